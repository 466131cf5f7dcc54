/**
 * Argument checks of assessments (评估结果参数检查): what the functions that read an assessment
 * (gaps, findings, progress, reports) ask of it before they do. An assessment is dudao's own
 * result: its kind and main fields are checked, its nested values are trusted (pass what
 * `assessCompulsory` or `assessPreschool` returned, also after a round trip through JSON).
 * @module
 */
import type { FieldPath } from '../error.js';
import { expectKind, expectShape, type FieldKind, shapeOf } from '../guard.js';
import type { School } from '../schema/compulsory.js';
import type { CompulsoryAssessment } from './county.js';
import type { PreschoolAssessment } from './preschool-types.js';
import type { CountyIndicatorResult, IndicatorResult } from './types.js';

const HEADER: Readonly<Record<string, FieldKind>> = {
  set: 'string',
  setVersion: 'string',
  programme: 'string',
  county: 'object',
  year: 'number',
  status: 'string',
  passed: 'boolean',
};

const COMPULSORY_ASSESSMENT = /* @__PURE__ */ shapeOf({
  ...HEADER,
  sections: 'array',
  schools: 'array',
  excluded: 'array',
  variation: 'array',
  composite: 'array?',
  preconditions: 'array',
  countyIndicators: 'array',
  vetoes: 'array',
  socialRecognition: 'object|null',
  reasons: 'array',
  warnings: 'array',
});

/**
 * Throws a DudaoError unless `value` looks like a compulsory-education assessment.
 * @internal
 */
export function expectCompulsoryAssessment(
  value: unknown,
  path: FieldPath = ['assessment'],
): asserts value is CompulsoryAssessment {
  expectShape(
    value,
    path,
    {
      en: 'a compulsory-education assessment (from assessCompulsory)',
      zh: '义务教育评估结果（由 assessCompulsory 得到）',
    },
    COMPULSORY_ASSESSMENT,
  );
}

const PRESCHOOL_ASSESSMENT = /* @__PURE__ */ shapeOf({
  ...HEADER,
  totals: 'object',
  countyIndicators: 'array',
  socialRecognition: 'object|null',
  vetoes: 'array',
  byKindergarten: 'object',
  kindergartens: 'array',
  compliance: 'object',
  townships: 'array',
  reasons: 'array',
  flags: 'array',
  warnings: 'array',
});

/**
 * Throws a DudaoError unless `value` looks like a preschool assessment.
 * @internal
 */
export function expectPreschoolAssessment(
  value: unknown,
  path: FieldPath = ['assessment'],
): asserts value is PreschoolAssessment {
  expectShape(
    value,
    path,
    {
      en: 'a preschool assessment (from assessPreschool)',
      zh: '学前教育评估结果（由 assessPreschool 得到）',
    },
    PRESCHOOL_ASSESSMENT,
  );
}

/**
 * Throws a DudaoError unless `value` looks like an assessment of either programme (by its
 * `programme`: `preschool`, or a compulsory one).
 * @internal
 */
export function expectAssessment(
  value: unknown,
  path: FieldPath = ['assessment'],
): asserts value is CompulsoryAssessment | PreschoolAssessment {
  expectKind(value, 'object', path, {
    en: 'an assessment (from assessCompulsory or assessPreschool)',
    zh: '评估结果（由 assessCompulsory 或 assessPreschool 得到）',
  });
  if ((value as { programme?: unknown }).programme === 'preschool') expectPreschoolAssessment(value, path);
  else expectCompulsoryAssessment(value, path);
}

const SCHOOL = /* @__PURE__ */ shapeOf({
  id: 'string',
  name: 'string',
  kind: 'string',
  ownership: 'string',
  sections: 'object',
});

/**
 * Throws a DudaoError unless `value` looks like a school of a compulsory dataset.
 * @internal
 */
export function expectSchool(value: unknown, path: FieldPath = ['school']): asserts value is School {
  expectShape(
    value,
    path,
    { en: 'a school of a compulsory-education dataset', zh: '义务教育数据集中的学校' },
    SCHOOL,
  );
}

const INDICATOR_RESULT = /* @__PURE__ */ shapeOf({
  indicator: 'string',
  status: 'string',
  met: 'boolean|null',
  value: 'number|null',
  threshold: 'number|null',
  comparator: 'string',
  shortfall: 'number|null',
  exact: 'object?',
  derived: 'array?',
  inputs: 'array?',
  missing: 'array?',
  failing: 'array?',
});

/**
 * Throws a DudaoError unless `value` looks like an indicator result (of a school section or of
 * the county).
 * @internal
 */
export function expectIndicatorResult(
  value: unknown,
  path: FieldPath = ['result'],
): asserts value is IndicatorResult | CountyIndicatorResult {
  expectShape(
    value,
    path,
    { en: 'an indicator result (from an assessment)', zh: '指标结果（来自评估结果）' },
    INDICATOR_RESULT,
  );
}

const COMPULSORY_GAPS = /* @__PURE__ */ shapeOf({
  indicators: 'array',
  levelling: 'array',
  sections: 'array',
});

/**
 * Throws a DudaoError unless `value` looks like the gaps of a compulsory-education assessment.
 * @internal
 */
export function expectCompulsoryGaps(value: unknown, path: FieldPath = ['options', 'gaps']): void {
  expectShape(
    value,
    path,
    { en: 'the gaps from compulsoryGaps', zh: '由 compulsoryGaps 得到的差距' },
    COMPULSORY_GAPS,
  );
}

const PRESCHOOL_GAPS = /* @__PURE__ */ shapeOf({
  grossEnrolment: 'object|null',
  publicShare: 'object|null',
  inclusiveCoverage: 'object|null',
  teachers: 'object|null',
  classes: 'object|null',
  certification: 'object|null',
  premises: 'array',
});

/**
 * Throws a DudaoError unless `value` looks like the gaps of a preschool assessment.
 * @internal
 */
export function expectPreschoolGaps(value: unknown, path: FieldPath = ['options', 'gaps']): void {
  expectShape(
    value,
    path,
    { en: 'the gaps from preschoolGaps', zh: '由 preschoolGaps 得到的差距' },
    PRESCHOOL_GAPS,
  );
}
