/**
 * Every error code with what it means and a call that provokes it: the source of the table of
 * error codes in docs/errors.md (error-table.test.ts writes the table from the errors these
 * calls really throw, so its messages and paths are dudao's own). The type requires one entry per
 * DudaoErrorCode and no other: a code added to the union does not compile here until it is
 * described and provoked.
 */
import { createRequire } from 'node:module';
import { z } from 'zod';
import { initCommand } from '../../src/cli/commands/init.js';
import { errorDocument } from '../../src/cli/errors.js';
import { outputFormat, parseArgs, UsageError } from '../../src/cli/shared.js';
import type { DudaoErrorCode } from '../../src/index.js';
import * as dudao from '../../src/index.js';
import { loadOptionalPackage } from '../../src/report/optional-package.js';

const {
  assessSurvey,
  customizeSurveyRules,
  parseRecognitionSurvey,
  SURVEY_RULES,
  addMeasure,
  addToVariation,
  assessCompulsory,
  assessPreschool,
  assessSupervisionReform,
  canonicalJson,
  closeIssue,
  coefficientOfVariation,
  compareAssessments,
  compositeFromAccumulators,
  compulsoryBasic2012,
  compulsoryDatasetFromCsv,
  decodeText,
  compulsoryQuality2017,
  coverage,
  coverageOf,
  createVariationAccumulator,
  customizeIndicatorSet,
  daysToDeadline,
  extendDeadline,
  getIndicatorSet,
  institutionsFromCompulsory,
  parseCityDocument,
  parseCompulsoryDataset,
  parseCreationPlan,
  parseIndicatorSet,
  parseInspection,
  parseLedgerDocument,
  parsePreschoolDataset,
  parseWithSchema,
  planStatus,
  planTeams,
  preschool2020,
  progressSeries,
  raiseIssue,
  replayLedger,
  sampleCity,
  signLedgerDocument,
  supervisionReform2020,
  toDecimal,
  trajectory,
  variationAccumulatorFromJSON,
} = dudao;

/** How an entry provokes its code. */
export type Provocation =
  /** A call that throws (or rejects with) a DudaoError, or returns a failed SafeResult. */
  | { readonly call: () => unknown }
  /**
   * A run of the command line (arguments after `dudao`), whose JSON error document on standard
   * output has the code. `{dir}` stands for a scratch folder (shown without it in the table).
   */
  | { readonly cli: readonly string[] };

/** One row of the table. */
export interface CatalogueEntry {
  /** What the code means, in a sentence (English). */
  readonly meaning: string;
  /** How to provoke it. */
  readonly example: Provocation;
}

/** The JSON error document of the usage error a command-line step throws (as `--format json` prints it). */
const usageOf = (step: () => unknown): unknown => {
  try {
    return step();
  } catch (error) {
    return errorDocument(error);
  }
};

// ── Valid values to break ───────────────────────────────────────────────────────────────────────

const [east, west] = sampleCity.counties as unknown as [
  (typeof sampleCity.counties)[number],
  (typeof sampleCity.counties)[number],
];
const dataset = east.compulsory;
const school = dataset.schools[0] as (typeof dataset.schools)[number];
const primary = school.sections.primary as NonNullable<typeof school.sections.primary>;
const kindergarten = east.preschool.kindergartens[0] as (typeof east.preschool.kindergartens)[number];
const plan = sampleCity.plans[0] as (typeof sampleCity.plans)[number];
const inspection = sampleCity.inspections[0] as (typeof sampleCity.inspections)[number];
const events = sampleCity.ledger.events;
const state = replayLedger(events);
const raised = events.find((e) => e.type === 'issue-raised') as dudao.IssueRaisedEvent;
const issueIn = (status: dudao.IssueStatus): dudao.IssueState => {
  const found = state.issues.find((issue) => issue.status === status);
  if (found === undefined) throw new Error(`the sample ledger has no ${status} issue`);
  return found;
};
const later = '2029-12-31';
const surveyCell: dudao.SurveyCell = {
  group: 'parents',
  area: 'urban',
  respondents: 2,
  answers: { overall: { satisfied: 2 } },
};
const survey = (): dudao.RecognitionSurvey => ({
  schemaVersion: 1,
  county: { code: '610328', name: '示例县' },
  frame: { population: 400000, areas: { urban: 1, town: 0, rural: 0 } },
  cells: [surveyCell],
});
const setJson = (): Record<string, unknown> => JSON.parse(JSON.stringify(compulsoryQuality2017));
const withSchool = (changes: Record<string, unknown>): unknown => ({
  ...dataset,
  schools: [{ ...school, ...changes }],
});
const withPrimary = (changes: Record<string, unknown>): unknown =>
  withSchool({ sections: { primary: { ...primary, ...changes } } });
const withStock = (changes: Record<string, unknown>): unknown =>
  withPrimary({ stock: { ...primary.stock, ...changes } });
const csvOptions = { county: { code: '610328', name: '示例县' }, year: 2021 };
const csv = (text: string): unknown => compulsoryDatasetFromCsv(text, csvOptions);
const HEADER = 'school id,school name,school kind,ownership,stage,pupils,classes';
const SCHOOL_SHEET = {
  name: '学校数据',
  rows: [
    ['学校代码', '学校名称', '学校类型', '办学性质', '学段', '在校生数', '班级数'],
    ['s01', '城关小学', '小学', '公办', '小学', 812, 18],
  ],
};
const workbook = (sheets: readonly dudao.SheetRows[]): unknown =>
  dudao.compulsoryDatasetFromWorkbook(sheets, { ...csvOptions, set: compulsoryQuality2017 });
const countySheet = (row: readonly (string | number | null)[]): dudao.SheetRows => ({
  name: '县级指标',
  rows: [['指标代码', '数值', '达到/未达到', '佐证说明'], row],
});
const institutions = () => institutionsFromCompulsory(dataset, compulsoryQuality2017);
const assessEast = () => assessCompulsory(dataset, compulsoryQuality2017);
const points = () => {
  const a = assessEast();
  return [
    { date: '2024-12-31', assessment: a },
    { date: '2025-12-31', assessment: a },
  ];
};

// ── The catalogue, in the order of DUDAO_ERROR_CODES ─────────────────────────────────────────

export const CATALOGUE: { readonly [C in DudaoErrorCode]: CatalogueEntry } = {
  // A value that breaks its schema
  required: {
    meaning: 'A required field or argument is missing.',
    example: { call: () => parseCompulsoryDataset({ ...dataset, schools: undefined }) },
  },
  'invalid-type': {
    meaning: 'A value or an argument is of the wrong kind (a string for a list, null for an object).',
    example: { call: () => parseCompulsoryDataset({ ...dataset, schools: 'none' }) },
  },
  'invalid-value': {
    meaning: 'A value is not the one value allowed there (a circular structure for `toJsonDocument`).',
    example: { call: () => parseWithSchema(dudao.issueRaisedEventSchema, { ...raised, type: 'raised' }) },
  },
  'invalid-enum': {
    meaning: 'A value is not one of the names allowed (a school kind, a status, a language).',
    example: { call: () => parseCompulsoryDataset(withSchool({ kind: 'college' })) },
  },
  'invalid-shape': {
    meaning: 'A value matches none of the forms allowed (a county fact is a ratio, a value or a judgement).',
    example: {
      call: () => parseCompulsoryDataset({ ...dataset, countyFacts: { 'teacher-exchange': { share: 1 } } }),
    },
  },
  'invalid-format': {
    meaning: 'A text does not have its format (an id in kebab case, a decimal string).',
    example: { call: () => parseIndicatorSet({ ...setJson(), id: 'Province 2017' }) },
  },
  'invalid-element': {
    meaning: 'An entry of a Map or a Set breaks its schema (schemas of your own, through `parseWithSchema`).',
    example: {
      call: () =>
        parseWithSchema(z.map(z.object({ id: z.string() }), z.number()), new Map([[{ id: 's01' }, 'many']])),
    },
  },
  'not-multiple-of': {
    meaning: 'A number is not a multiple of the step its schema requires (schemas of your own).',
    example: { call: () => parseWithSchema(z.number().multipleOf(5), 12) },
  },
  'unknown-key': {
    meaning: 'A field that the document does not have, with the closest known field when there is one.',
    example: { call: () => parseCompulsoryDataset({ ...dataset, schoolz: [] }) },
  },
  'too-small': {
    meaning: 'A number, a text or a list is below its minimum (at least one responsible unit).',
    example: { call: () => parseWithSchema(dudao.issueSchema, { ...raised.issue, responsible: [] }) },
  },
  'too-big': {
    meaning: 'A number, a text or a list is above its maximum, or a structure is nested too deep.',
    example: { call: () => parseCompulsoryDataset(withPrimary({ pupils: 1e14 })) },
  },
  'too-long': {
    meaning: 'A decimal string is longer than any quantity needs.',
    example: { call: () => parseCompulsoryDataset(withPrimary({ pupils: '1'.repeat(60) })) },
  },
  'too-precise': {
    meaning: 'A quantity has more decimals (or significant digits) than dudao keeps exactly.',
    example: { call: () => parseCompulsoryDataset(withStock({ sportsArea: `1.${'1'.repeat(30)}` })) },
  },
  'not-integer': {
    meaning: 'A count (pupils, classes, teachers) has a fractional part.',
    example: { call: () => parseCompulsoryDataset(withPrimary({ pupils: '812.5' })) },
  },
  negative: {
    meaning: 'A count or a quantity is below zero.',
    example: { call: () => parseCompulsoryDataset(withPrimary({ pupils: -3 })) },
  },
  'not-positive': {
    meaning: 'A denominator or a number of respondents is zero.',
    example: {
      call: () =>
        parseCompulsoryDataset({
          ...dataset,
          countyFacts: { 'teacher-exchange': { numerator: 1, denominator: 0 } },
        }),
    },
  },
  'not-finite': {
    meaning: 'A number is ±Infinity.',
    example: { call: () => toDecimal('Infinity', { path: ['limit'] }) },
  },
  'not-a-number': {
    meaning: 'A value that must be a number is NaN, empty or not numeric text.',
    example: { call: () => toDecimal('abc', { path: ['survey', 'respondents'] }) },
  },
  'out-of-range': {
    meaning: 'A ratio or a magnitude lies outside what it can be (a floor ratio above 1).',
    example: {
      call: () =>
        parseIndicatorSet({
          ...setJson(),
          rules: { ...compulsoryQuality2017.rules, floorRatio: '1.5' },
        }),
    },
  },
  'invalid-date': {
    meaning: 'A date is not a calendar date written `YYYY-MM-DD`.',
    example: { call: () => daysToDeadline('2024-02-30', '2024-03-01') },
  },
  'invalid-range': {
    meaning:
      'A range ends before it starts (a range of days; a survey sample whose maximum is below its minimum).',
    example: { call: () => progressSeries(events, { from: '2025-12-31', to: '2025-01-01', every: 'month' }) },
  },
  'invalid-option': {
    meaning: 'An option or a parameter that takes a bounded value (decimals, a window) got another.',
    example: { call: () => coefficientOfVariation([1, 3], [1, 1], { limit: 0.5, compareRounded: 1.5 }) },
  },
  'schema-version': {
    meaning: 'A document is missing `schemaVersion` or has one this version of dudao does not read.',
    example: { call: () => parseCompulsoryDataset({ ...dataset, schemaVersion: 2 }) },
  },
  invalid: {
    meaning: 'A refinement of a schema of your own failed (through `parseWithSchema`).',
    example: {
      call: () =>
        parseWithSchema(
          z.string().refine(() => false, 'is not accepted'),
          'x',
        ),
    },
  },

  // Identifiers that must be unique
  'duplicate-id': {
    meaning: 'Two items of a list have the same id (schools, kindergartens, inspections, counties).',
    example: { call: () => parseCompulsoryDataset({ ...dataset, schools: [school, school] }) },
  },
  'duplicate-institution': {
    meaning: 'An institution to cover is listed twice for the same county and programme.',
    example: {
      call: () => {
        const [first] = institutions();
        return planTeams([first, first], { groups: 1, by: 'none' });
      },
    },
  },
  'duplicate-unit': {
    meaning: 'A responsible unit is listed twice for one issue.',
    example: {
      call: () =>
        parseWithSchema(dudao.issueSchema, {
          ...raised.issue,
          responsible: [{ unit: '教育局', lead: true }, { unit: '教育局' }],
        }),
    },
  },
  'duplicate-group-name': {
    meaning: 'Two inspection groups have the same name.',
    example: { call: () => planTeams(institutions(), { groups: ['第一组', '第一组'], by: 'none' }) },
  },
  'duplicate-date': {
    meaning: 'Two assessments of a trajectory have the same date.',
    example: {
      call: () => {
        const [first] = points();
        return trajectory([first, first] as never);
      },
    },
  },

  // Cross-field rules of the datasets
  'no-sections': {
    meaning: 'A school has neither a primary nor a junior section.',
    example: { call: () => parseCompulsoryDataset(withSchool({ sections: {} })) },
  },
  'no-pupils': {
    meaning: 'A school section has no pupils.',
    example: { call: () => parseCompulsoryDataset(withPrimary({ pupils: 0 })) },
  },
  'stage-not-allowed': {
    meaning: 'A school has a section its kind cannot have (a junior section in a primary school).',
    example: { call: () => parseCompulsoryDataset(withSchool({ sections: { primary, junior: primary } })) },
  },
  'stock-reported-twice': {
    meaning: 'A stock field is reported both for a section and in `sharedStock`.',
    example: {
      call: () =>
        parseCompulsoryDataset(
          withSchool({ kind: 'nine-year', sections: { primary }, sharedStock: { sportsArea: 100 } }),
        ),
    },
  },
  'missing-senior-pupils': {
    meaning: 'A twelve-year school (or a complete secondary school sharing stock) lacks `seniorPupils`.',
    example: { call: () => parseCompulsoryDataset(withSchool({ kind: 'twelve-year' })) },
  },
  'senior-pupils-not-allowed': {
    meaning: 'A school without a senior stage reports senior pupils.',
    example: { call: () => parseCompulsoryDataset(withSchool({ seniorPupils: 300 })) },
  },
  'given-twice': {
    meaning: 'A resource of a school section is given both as a count and as a rate (`rates`).',
    example: {
      call: () =>
        parseCompulsoryDataset(
          withPrimary({
            teachers: { ...primary.teachers, keyCountyOrAbove: 9 },
            rates: { keyCountyOrAbove: { rate: 1, per: 100 } },
          }),
        ),
    },
  },
  'parts-exceed-total': {
    meaning:
      'Established and non-established teachers of a kindergarten together exceed its full-time teachers.',
    example: {
      call: () =>
        parsePreschoolDataset({
          ...east.preschool,
          kindergartens: [
            {
              ...kindergarten,
              staff: {
                ...kindergarten.staff,
                fullTimeTeachers: 10,
                establishedTeachers: 6,
                nonEstablishedTeachers: 5,
              },
            },
          ],
        }),
    },
  },
  'certified-exceeds-total': {
    meaning: 'More certified teachers (or directors) than teachers (or directors).',
    example: {
      call: () =>
        parsePreschoolDataset({
          ...east.preschool,
          kindergartens: [
            {
              ...kindergarten,
              staff: {
                ...kindergarten.staff,
                certifiedTeachers: Number(kindergarten.staff.fullTimeTeachers) + 1,
              },
            },
          ],
        }),
    },
  },
  'satisfied-exceeds-respondents': {
    meaning: 'A survey counts more satisfied respondents than respondents.',
    example: {
      call: () => parseCompulsoryDataset({ ...dataset, survey: { respondents: 400, satisfied: 401 } }),
    },
  },

  // The social-recognition survey and its rules
  'survey-form': {
    meaning:
      'A survey document gives its answers both as counts ("cells") and per respondent, or in neither form.',
    example: { call: () => parseRecognitionSurvey({ ...survey(), cells: undefined }) },
  },
  'duplicate-cell': {
    meaning: 'A survey document gives the same respondent group and area twice.',
    example: {
      call: () => parseRecognitionSurvey({ ...survey(), cells: [surveyCell, surveyCell] }),
    },
  },
  'answers-exceed-respondents': {
    meaning: "A question's answers in a survey cell add up to more than the cell's respondents.",
    example: {
      call: () =>
        parseRecognitionSurvey({
          ...survey(),
          cells: [{ ...surveyCell, respondents: 2, answers: { overall: { satisfied: 3 } } }],
        }),
    },
  },
  'unknown-answer-option': {
    meaning: "A survey answer uses an option that the rules' answer scale does not list.",
    example: {
      call: () =>
        assessSurvey({ ...survey(), cells: [{ ...surveyCell, answers: { overall: { 'very-happy': 2 } } }] }),
    },
  },
  'shares-not-one': {
    meaning: "The survey rules' planned group shares do not add up to exactly 1.",
    example: {
      call: () =>
        customizeSurveyRules(SURVEY_RULES, {
          id: 'x',
          name: { zh: '例', en: 'x' },
          groups: { parents: { share: '0.6' } },
        }),
    },
  },
  'min-above-share': {
    meaning: "A group's minimum share in the survey rules is above its planned share.",
    example: {
      call: () =>
        customizeSurveyRules(SURVEY_RULES, {
          id: 'x',
          name: { zh: '例', en: 'x' },
          groups: { students: { minShare: '0.2' } },
        }),
    },
  },
  'no-satisfied-option': {
    meaning: "No answer option of the survey rules' scale counts as satisfied.",
    example: {
      call: () =>
        customizeSurveyRules(SURVEY_RULES, {
          id: 'x',
          name: { zh: '例', en: 'x' },
          options: [{ id: 'no', name: { zh: '不满意', en: 'no' }, counts: 'not-satisfied' }],
        }),
    },
  },

  'valid-exceeds-issued': {
    meaning: 'A survey document counts more valid questionnaires than it says were issued.',
    example: { call: () => parseRecognitionSurvey({ ...survey(), issued: 1 }) },
  },

  // Indicator sets
  'unknown-set': {
    meaning: 'No built-in indicator set has this id.',
    example: { call: () => getIndicatorSet('compulsory-quality-2030') },
  },
  'unknown-indicator': {
    meaning: 'A change or a rule names an indicator the set does not have.',
    example: {
      call: () =>
        customizeIndicatorSet(compulsoryQuality2017, {
          id: 'province-2017',
          thresholds: { 'class-sise': { primary: '40' } },
        }),
    },
  },
  'duplicate-alias': {
    meaning: "An indicator's alias is already another indicator's id or alias.",
    example: {
      call: () => {
        const set = setJson() as { indicators: { id: string; aliases?: string[] }[] };
        const [first, second] = set.indicators as [{ id: string }, { aliases?: string[] }];
        second.aliases = [first.id];
        return parseIndicatorSet(set);
      },
    },
  },
  'same-id': {
    meaning: 'A variant of an indicator set keeps the id of the set it is based on.',
    example: { call: () => customizeIndicatorSet(compulsoryQuality2017, { id: compulsoryQuality2017.id }) },
  },
  'missing-threshold': {
    meaning: 'A comparing indicator has no threshold for one of its stages.',
    example: {
      call: () => {
        const set = setJson() as { indicators: { comparator: string; thresholds: unknown }[] };
        const comparing = set.indicators.find((i) => i.comparator === 'gte') as { thresholds: unknown };
        comparing.thresholds = {};
        return parseIndicatorSet(set);
      },
    },
  },
  'missing-limit': {
    meaning: 'A variation rule has no CV limit for one of its stages.',
    example: {
      call: () => {
        const set = setJson() as { rules: { variation?: { limits: unknown } } };
        if (set.rules.variation === undefined) throw new Error('the 2017 set has no variation rule');
        set.rules.variation.limits = {};
        return parseIndicatorSet(set);
      },
    },
  },
  'min-met-too-large': {
    meaning: 'A set asks for more met indicators per section than it counts.',
    example: {
      call: () => parseIndicatorSet({ ...setJson(), rules: { ...compulsoryQuality2017.rules, minMet: 99 } }),
    },
  },
  'wrong-programme': {
    meaning: 'A set of another programme was given (a preschool set to `assessCompulsory`).',
    example: { call: () => assessCompulsory(dataset, preschool2020) },
  },
  'unknown-metric': {
    meaning: "An indicator's metric is not one dudao computes.",
    example: {
      call: () => {
        const set = setJson() as { indicators: { metric: string }[] };
        (set.indicators[0] as { metric: string }).metric = 'books-per-teacher';
        return assessCompulsory(dataset, parseIndicatorSet(set));
      },
    },
  },
  'unsupported-metric': {
    meaning: 'A supervision-reform set uses a metric that is not a county metric.',
    example: {
      call: () => {
        const set = JSON.parse(JSON.stringify(supervisionReform2020)) as { indicators: { metric: string }[] };
        (set.indicators[0] as { metric: string }).metric = 'class-size';
        return assessSupervisionReform({}, parseIndicatorSet(set));
      },
    },
  },
  'metric-scope': {
    meaning: "A preschool indicator's metric is for another level (a county metric on kindergartens).",
    example: {
      call: () => {
        const set = JSON.parse(JSON.stringify(preschool2020)) as {
          indicators: { scope: string; metric: string }[];
        };
        const perKindergarten = set.indicators.find((i) => i.scope === 'institution') as { metric: string };
        perKindergarten.metric = 'preschool-gross-enrolment';
        return assessPreschool(east.preschool, parseIndicatorSet(set));
      },
    },
  },

  // Inspections, creation plans and the city
  'end-before-start': {
    meaning: 'An inspection ends before it starts.',
    example: {
      call: () => parseInspection({ ...inspection, dates: { start: '2025-05-23', end: '2025-05-12' } }),
    },
  },
  'county-not-inspected': {
    meaning: 'An inspection visits an institution of a county it does not list.',
    example: {
      call: () =>
        parseInspection({
          ...inspection,
          institutionsVisited: [{ county: '999999', id: 'DH01', kind: 'school' }],
        }),
    },
  },
  'interviews-sum': {
    meaning: "An inspection's interviews do not add up to their total.",
    example: {
      call: () =>
        parseInspection({
          ...inspection,
          interviews: { total: 50, officials: 10, teachers: 20, parents: 15, others: 0 },
        }),
    },
  },
  'date-goes-backwards': {
    meaning: "A creation plan's stages are dated backwards.",
    example: {
      call: () =>
        parseCreationPlan({
          ...plan,
          stages: [
            { stage: 'planned', date: '2021-06-30' },
            { stage: 'process-supervision', date: '2021-05-12' },
          ],
        }),
    },
  },
  'stage-out-of-order': {
    meaning: "A creation plan's stages are not in the order of `CREATION_STAGES`.",
    example: {
      call: () =>
        parseCreationPlan({
          ...plan,
          stages: [
            { stage: 'self-assessed', date: '2025-06-30' },
            { stage: 'planned', date: '2025-07-30' },
          ],
        }),
    },
  },
  'revocation-not-allowed': {
    meaning: 'A plan of a programme whose certification cannot be revoked has a `revoked` stage.',
    example: {
      call: () =>
        parseCreationPlan({
          ...plan,
          programme: 'compulsory-basic',
          stages: [
            { stage: 'nationally-certified', date: '2020-06-30' },
            { stage: 'revoked', date: '2024-06-30' },
          ],
        }),
    },
  },
  'revoked-before-certified': {
    meaning: 'A plan is revoked without having been certified.',
    example: {
      call: () =>
        parseCreationPlan({
          ...plan,
          stages: [
            { stage: 'planned', date: '2021-06-30' },
            { stage: 'revoked', date: '2024-06-30' },
          ],
        }),
    },
  },
  'invalid-share': {
    meaning: 'A share (a rectification rate in a city document) is not a number from 0 to 1.',
    example: {
      call: () =>
        parseCityDocument({
          ...sampleCity.city,
          ledgerSummaries: [{ county: east.code, programme: 'compulsory-quality', rate: 'most', overdue: 0 }],
        }),
    },
  },
  'share-above-one': {
    meaning: 'A share is above 1, most likely a percentage (82.5 for 0.825).',
    example: {
      call: () =>
        parseCityDocument({
          ...sampleCity.city,
          ledgerSummaries: [{ county: east.code, programme: 'compulsory-quality', rate: 82.5, overdue: 0 }],
        }),
    },
  },
  'invalid-schedule': {
    meaning: 'A stage of a creation schedule lacks a whole `yearOffset` or a `monthDay` written `MM-DD`.',
    example: {
      call: () =>
        planStatus(plan, {
          asOf: '2026-03-31',
          schedule: { 'provincially-assessed': { yearOffset: 0, monthDay: '12/31' } },
        }),
    },
  },
  'no-institutions': {
    meaning: 'Coverage has no institutions of this county and programme.',
    example: {
      call: () => coverageOf(coverage(sampleCity.inspections, institutions()), '999999', 'preschool'),
    },
  },
  'invalid-groups': {
    meaning: 'The inspection groups are not a whole number from 1 to 1000 or a list of names.',
    example: { call: () => planTeams(institutions(), { groups: 0, by: 'none' }) },
  },

  // The issue ledger
  'duplicate-issue': {
    meaning: 'An issue is raised with the id of an issue already raised.',
    example: { call: () => raiseIssue(state, { at: later, issue: raised.issue }) },
  },
  'unknown-issue': {
    meaning: 'An event concerns an issue that was never raised.',
    example: { call: () => addMeasure(state, { at: later, issueId: 'QY-2099-001', text: '分班' }) },
  },
  'deadline-before-raised': {
    meaning: "An issue's deadline is before the day it is raised.",
    example: {
      call: () =>
        raiseIssue(state, {
          at: later,
          issue: { ...raised.issue, id: 'QY-2029-001', deadline: '2029-06-30' },
        }),
    },
  },
  'deadline-not-later': {
    meaning: 'An extended deadline is not later than the one in force.',
    example: {
      call: () => {
        const issue = issueIn('in-progress');
        return extendDeadline(state, {
          at: later,
          issueId: issue.id,
          deadline: issue.deadline,
          reason: '工期',
        });
      },
    },
  },
  'before-raised': {
    meaning: 'An event is dated before its issue was raised.',
    example: {
      call: () => addMeasure(state, { at: '2000-01-01', issueId: issueIn('open').id, text: '分班' }),
    },
  },
  'date-backwards': {
    meaning: 'An event is dated before the previous event of its issue.',
    example: {
      call: () => {
        const issue = state.issues.find((i) => i.status === 'in-progress' && i.lastEventAt > i.raisedAt);
        if (issue === undefined) throw new Error('the sample ledger has no issue with two dated events');
        return addMeasure(state, { at: issue.raisedAt, issueId: issue.id, text: '分班' });
      },
    },
  },
  'issue-withdrawn': {
    meaning: 'An event concerns an issue that was withdrawn.',
    example: { call: () => addMeasure(state, { at: later, issueId: issueIn('withdrawn').id, text: '分班' }) },
  },
  'invalid-transition': {
    meaning: "An event cannot follow the issue's status (closing an issue that is not verified).",
    example: { call: () => closeIssue(state, { at: later, issueId: issueIn('open').id }) },
  },
  'invalid-hash': {
    meaning: "A ledger seal's head is not a SHA-256 hash in hexadecimal.",
    example: {
      call: () =>
        parseLedgerDocument({ ...sampleCity.ledger, seal: { head: 'not-a-hash', count: events.length } }),
    },
  },
  'invalid-count': {
    meaning: "A ledger seal's count is not a whole number of events.",
    example: {
      call: () => parseLedgerDocument({ ...sampleCity.ledger, seal: { head: '0'.repeat(64), count: -1 } }),
    },
  },
  'not-canonical': {
    meaning: 'A value cannot be written as canonical JSON (NaN, a function, nesting deeper than 64).',
    example: { call: () => canonicalJson({ rate: Number.NaN }) },
  },
  'invalid-signature': {
    meaning: 'The signing function did not return a signature as non-empty text.',
    example: { call: () => signLedgerDocument(sampleCity.ledger, () => '') },
  },

  'unknown-inspection': {
    meaning:
      'A ledger event names an inspection that is not among those known (or a return visit has no record).',
    example: {
      call: () => {
        const { type: _, ...input } = raised;
        return raiseIssue(replayLedger([]), input, { inspections: [] });
      },
    },
  },
  'level-mismatch': {
    meaning: 'An issue names an inspection of another level than the inspection has.',
    example: {
      call: () => {
        const { type: _, ...input } = raised;
        const level = raised.issue.source.level === 'municipal' ? 'provincial' : 'municipal';
        return raiseIssue(replayLedger([]), input, {
          inspections: [{ id: raised.issue.source.inspection, level }],
        });
      },
    },
  },
  'before-inspection': {
    meaning: 'An issue or a recheck is dated before the inspection that made it began.',
    example: {
      call: () => {
        const { type: _, ...input } = raised;
        return raiseIssue(replayLedger([]), input, {
          inspections: [{ id: raised.issue.source.inspection, dates: { start: later } }],
        });
      },
    },
  },
  // Statistics
  empty: {
    meaning: 'A coefficient of variation is asked of no values.',
    example: { call: () => coefficientOfVariation([], []) },
  },
  'not-a-list': {
    meaning: 'The values or weights of a coefficient of variation are not a list.',
    example: { call: () => coefficientOfVariation(4.5 as never, [812]) },
  },
  'length-mismatch': {
    meaning: 'There is not one weight per value.',
    example: { call: () => coefficientOfVariation([4.5, 5], [812]) },
  },
  'zero-denominator': {
    meaning: 'A ratio value has a denominator of zero.',
    example: { call: () => coefficientOfVariation([{ numerator: 279, denominator: 0 }], [45]) },
  },
  'zero-total-weight': {
    meaning: 'The weights add up to zero.',
    example: { call: () => coefficientOfVariation([4.5, 5], [0, 0]) },
  },
  'zero-mean': {
    meaning: 'A composite CV meets an accumulator whose mean is not positive.',
    example: {
      call: () => compositeFromAccumulators([addToVariation(createVariationAccumulator(), 0, 812)]),
    },
  },
  'invalid-accumulator': {
    meaning: 'A variation accumulator (or its JSON form) is not one dudao made.',
    example: { call: () => variationAccumulatorFromJSON({ type: 'accumulator', version: 1 }) },
  },

  // Progress across assessments
  'different-set': {
    meaning: 'Assessments of different indicator sets are compared.',
    example: { call: () => compareAssessments(assessEast(), assessCompulsory(dataset, compulsoryBasic2012)) },
  },
  'different-county': {
    meaning: 'Assessments of different counties are compared.',
    example: {
      call: () => compareAssessments(assessEast(), assessCompulsory(west.compulsory, compulsoryQuality2017)),
    },
  },
  'empty-trajectory': {
    meaning: 'A trajectory is asked of no assessment.',
    example: { call: () => trajectory([]) },
  },
  'invalid-window': {
    meaning: 'The window of a trajectory is not a whole number of at least 2.',
    example: { call: () => trajectory(points(), { window: 1 }) },
  },
  'dates-not-increasing': {
    meaning: 'The assessments of a trajectory are not in date order.',
    example: { call: () => trajectory(points().reverse()) },
  },

  // School tables
  'empty-file': {
    meaning: 'A table (CSV text, a sheet, a workbook) has no header row or no data.',
    example: { call: () => csv('') },
  },
  'csv-unclosed-quote': {
    meaning: 'A quoted CSV field is never closed.',
    example: { call: () => csv(`${HEADER}\ns01,"城关小学,primary,public,primary,812,18\n`) },
  },
  'unnamed-column': {
    meaning: 'A column has data but no header.',
    example: { call: () => csv(`${HEADER},\ns01,城关小学,primary,public,primary,812,18,x\n`) },
  },
  'unknown-column': {
    meaning: 'A header is not one of the columns dudao reads.',
    example: { call: () => csv(`${HEADER},colour\ns01,城关小学,primary,public,primary,812,18,red\n`) },
  },
  'duplicate-column': {
    meaning: 'Two headers name the same column.',
    example: { call: () => csv(`${HEADER},pupils\ns01,城关小学,primary,public,primary,812,18,812\n`) },
  },
  'missing-column': {
    meaning: 'A required column is missing.',
    example: { call: () => csv('school id,school name\ns01,城关小学\n') },
  },
  'wrong-cell-count': {
    meaning: 'A CSV row has more or fewer cells than the header.',
    example: { call: () => csv(`${HEADER}\ns01,城关小学,primary,public,primary,812\n`) },
  },
  'unknown-school-kind': {
    meaning: 'A school kind in a table is not one dudao knows.',
    example: { call: () => csv(`${HEADER}\ns01,城关小学,college,public,primary,812,18\n`) },
  },
  'unknown-ownership': {
    meaning: 'An ownership in a table is not public or private.',
    example: { call: () => csv(`${HEADER}\ns01,城关小学,primary,mixed,primary,812,18\n`) },
  },
  'unknown-stage': {
    meaning: 'A stage in a table is not primary or junior.',
    example: { call: () => csv(`${HEADER}\ns01,城关小学,primary,public,senior,812,18\n`) },
  },
  'duplicate-section': {
    meaning: 'Two rows give the same section of a school.',
    example: {
      call: () =>
        csv(
          `${HEADER}\ns01,城关小学,primary,public,primary,812,18\ns01,城关小学,primary,public,primary,812,18\n`,
        ),
    },
  },
  'conflicting-rows': {
    meaning: 'Two rows of one school disagree on a field of the school (its name, kind or ownership).',
    example: {
      call: () =>
        csv(
          `${HEADER}\ns01,城关小学,nine-year,public,primary,812,18\ns01,城关中学,nine-year,public,junior,640,14\n`,
        ),
    },
  },

  'missing-sheet': {
    meaning:
      'A county workbook has no school sheet (学校数据): every sheet it has is one of the county-level sheets.',
    example: { call: () => workbook([countySheet(['teacher-exchange', 12.5, null, null])]) },
  },
  'unknown-choice': {
    meaning:
      'A coded cell of the county workbook holds a value outside its drop-down list (达到/未达到, 存在/不存在).',
    example: { call: () => workbook([SCHOOL_SHEET, countySheet(['school-layout', null, '好', null])]) },
  },
  'value-and-judgement': {
    meaning: 'A row of the county sheet (县级指标) gives both a value and 达到/未达到; it takes one of them.',
    example: { call: () => workbook([SCHOOL_SHEET, countySheet(['teacher-exchange', 12.5, '达到', null])]) },
  },
  'judgement-required': {
    meaning:
      'A county indicator judged on evidence (达到/未达到) was given a number in the county sheet (县级指标) of a workbook read with its set.',
    example: { call: () => workbook([SCHOOL_SHEET, countySheet(['school-layout', 1, null, null])]) },
  },

  'invalid-encoding': {
    meaning: "A file said to be UTF-8 is not valid UTF-8 (a GB18030/GBK file read with `encoding: 'utf-8'`).",
    example: {
      call: () =>
        decodeText(new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0xb4, 0xfa, 0xc2, 0xeb]), { encoding: 'utf-8' }),
    },
  },
  'unsupported-encoding': {
    meaning:
      "The JavaScript runtime's TextDecoder cannot read GB18030 (a Node.js built without full ICU data).",
    example: {
      call: () => {
        // A runtime without GB18030: its TextDecoder refuses the label, as such a build does.
        const { TextDecoder: saved } = globalThis;
        globalThis.TextDecoder = new Proxy(saved, {
          construct(target, args: ConstructorParameters<typeof TextDecoder>) {
            if (args[0] === 'gb18030') throw new RangeError('The "gb18030" encoding is not supported');
            return Reflect.construct(target, args);
          },
        });
        try {
          return decodeText(new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0xb4, 0xfa, 0xc2, 0xeb]));
        } finally {
          globalThis.TextDecoder = saved;
        }
      },
    },
  },
  'missing-dependency': {
    meaning:
      'An optional package a format needs is not installed: DOCX output needs `docx` (`npm install docx`).',
    example: {
      // Node's own resolver, from a folder with no node_modules above it: the package is absent.
      call: () =>
        loadOptionalPackage({ name: 'docx', needed: { en: 'DOCX output', zh: '输出 DOCX ' } }, async () =>
          createRequire('/dudao-no-such-folder/index.js')('docx'),
        ),
    },
  },
  // The command line
  'invalid-json': {
    meaning: 'A file (or a text) is not valid JSON.',
    example: { cli: ['validate', '{dir}/county.json', '--format', 'json'] },
  },
  'invalid-xlsx': {
    meaning: 'A file named `.xlsx` cannot be read as a workbook.',
    example: {
      cli: [
        'validate',
        '{dir}/schools.xlsx',
        '--county-code',
        '610328',
        '--county-name',
        '示例县',
        '--year',
        '2021',
        '--format',
        'json',
      ],
    },
  },
  usage: {
    meaning: 'A usage error of the command line that has no more precise code.',
    // Every usage error of the command line has a precise code today: the document of one without.
    example: { call: () => errorDocument(new UsageError('validate needs a file')) },
  },
  'unknown-command': {
    meaning: 'The command line has no such command.',
    example: { cli: ['asses', '--format', 'json'] },
  },
  'unknown-option': {
    meaning: 'A command has no such option.',
    example: { cli: ['validate', 'examples/county-compulsory.json', '--format', 'json', '--colour', 'red'] },
  },
  'missing-option': {
    meaning: 'A command needs an option that was not given (`--as-of`, `--out` for a workbook).',
    example: { cli: ['ledger', 'examples/ledger.json', '--format', 'json'] },
  },
  'missing-value': {
    meaning: 'An option was given without its value.',
    example: { cli: ['validate', 'examples/county-compulsory.json', '--format', 'json', '--out'] },
  },
  'missing-argument': {
    meaning: 'A command needs an argument that was not given (a file, a set id).',
    example: { cli: ['validate', '--format', 'json'] },
  },
  'invalid-option-value': {
    meaning: 'An option does not take the value given.',
    example: {
      cli: ['ledger', 'examples/ledger.json', '--as-of', '2021-12-10', '--format', 'json', '--lang', 'fr'],
    },
  },
  'cannot-read': {
    meaning: 'A file cannot be read (missing, a folder, no access).',
    example: { cli: ['validate', 'no-such-file.json', '--format', 'json'] },
  },
  'cannot-write': {
    meaning: 'The `--out` file cannot be opened for writing.',
    example: {
      cli: [
        'ledger',
        'examples/ledger.json',
        '--as-of',
        '2021-12-10',
        '--format',
        'json',
        '--out',
        'no-such-folder/ledger.json',
      ],
    },
  },
  'file-exists': {
    meaning: '`dudao init` would replace files that exist (give `--force`, or another folder).',
    example: { call: () => usageOf(() => initCommand.run(parseArgs(['examples'], [], ['force']))) },
  },
  'format-mismatch': {
    meaning: '`--format` contradicts the extension of the `--out` file.',
    example: {
      cli: [
        'ledger',
        'examples/ledger.json',
        '--as-of',
        '2021-12-10',
        '--format',
        'json',
        '--out',
        '{dir}/ledger.csv',
      ],
    },
  },
  'unknown-extension': {
    meaning: 'The `--out` file has an extension that names no format, and no `--format` is given.',
    example: {
      call: () =>
        usageOf(() =>
          outputFormat(parseArgs(['--out', 'ledger.txt'], ['out']), 'ledger', ['md', 'csv'], 'md'),
        ),
    },
  },
  'unsupported-format': {
    meaning: 'The extension of the `--out` file names a format the command does not write.',
    example: {
      call: () =>
        usageOf(() =>
          outputFormat(parseArgs(['--out', 'result.xlsx'], ['out']), 'validate', ['md', 'json'], 'md'),
        ),
    },
  },
  'internal-error': {
    meaning:
      'An exception nobody expected: a bug of dudao (exit code 70), reported in the JSON error document.',
    // A bug cannot be provoked on purpose: the document the command line prints for one.
    example: { call: () => errorDocument(new RangeError('Invalid string length')) },
  },
};
