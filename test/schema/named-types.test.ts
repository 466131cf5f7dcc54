/**
 * The data types are interfaces (so the reference names them in every signature) whose fields
 * are exactly what the schemas infer: a named field type (`schools: School[]`) must not change
 * what a document holds. These checks are made by the type checker (`npm run typecheck`).
 */
import { describe, expectTypeOf, it } from 'vitest';
import type { z } from 'zod';
import type { Indicator, IndicatorSet } from '../../src/indicators/types.js';
import type { County, countySchema, Survey, surveySchema } from '../../src/schema/common.js';
import type {
  CompulsoryDataset,
  compulsoryDatasetSchema,
  School,
  SchoolSection,
  schoolSchema,
  schoolSectionSchema,
} from '../../src/schema/compulsory.js';
import type { indicatorSchema, indicatorSetSchema } from '../../src/schema/indicator-set.js';
import type {
  CityDocument,
  CreationPlan,
  cityDocumentSchema,
  creationPlanSchema,
  Inspection,
  inspectionSchema,
} from '../../src/schema/inspection.js';
import type {
  Issue,
  IssueRaisedEvent,
  issueRaisedEventSchema,
  issueSchema,
  LedgerDocument,
  ledgerDocumentSchema,
} from '../../src/schema/ledger.js';
import type {
  Kindergarten,
  kindergartenSchema,
  PreschoolDataset,
  preschoolDatasetSchema,
} from '../../src/schema/preschool.js';

describe('the named data types', () => {
  it('have exactly the fields their schemas infer', () => {
    expectTypeOf<CompulsoryDataset>().toEqualTypeOf<z.infer<typeof compulsoryDatasetSchema>>();
    expectTypeOf<School>().toEqualTypeOf<z.infer<typeof schoolSchema>>();
    expectTypeOf<SchoolSection>().toEqualTypeOf<z.infer<typeof schoolSectionSchema>>();
    expectTypeOf<PreschoolDataset>().toEqualTypeOf<z.infer<typeof preschoolDatasetSchema>>();
    expectTypeOf<Kindergarten>().toEqualTypeOf<z.infer<typeof kindergartenSchema>>();
    expectTypeOf<IndicatorSet>().toEqualTypeOf<z.infer<typeof indicatorSetSchema>>();
    expectTypeOf<Indicator>().toEqualTypeOf<z.infer<typeof indicatorSchema>>();
    expectTypeOf<IssueRaisedEvent>().toEqualTypeOf<z.infer<typeof issueRaisedEventSchema>>();
    expectTypeOf<Issue>().toEqualTypeOf<z.infer<typeof issueSchema>>();
    expectTypeOf<LedgerDocument>().toEqualTypeOf<z.infer<typeof ledgerDocumentSchema>>();
    expectTypeOf<CityDocument>().toEqualTypeOf<z.infer<typeof cityDocumentSchema>>();
    expectTypeOf<CreationPlan>().toEqualTypeOf<z.infer<typeof creationPlanSchema>>();
    expectTypeOf<Inspection>().toEqualTypeOf<z.infer<typeof inspectionSchema>>();
    expectTypeOf<County>().toEqualTypeOf<z.infer<typeof countySchema>>();
    expectTypeOf<Survey>().toEqualTypeOf<z.infer<typeof surveySchema>>();
  });

  it('name their parts: a dataset holds School, an event holds Issue', () => {
    expectTypeOf<CompulsoryDataset['schools']>().toEqualTypeOf<School[]>();
    expectTypeOf<PreschoolDataset['kindergartens']>().toEqualTypeOf<Kindergarten[]>();
    expectTypeOf<IssueRaisedEvent['issue']>().toEqualTypeOf<Issue>();
    expectTypeOf<IndicatorSet['indicators']>().toEqualTypeOf<Indicator[]>();
  });
});
