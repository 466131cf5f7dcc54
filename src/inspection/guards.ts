/**
 * Argument checks of the city's results (市级结果参数检查): what the renderers ask of a city
 * report, a city assessment or a supervision-reform assessment before they read it. These are
 * dudao's own results: their kind and main fields are checked, their nested values trusted.
 * @module
 */
import type { FieldPath } from '../error.js';
import { expectShape, shapeOf } from '../guard.js';
import type { CityAssessment } from './assess-city.js';
import type { CityReport } from './city.js';
import type { SupervisionReformAssessment } from './reform.js';

const CITY_REPORT = /* @__PURE__ */ shapeOf({
  asOf: 'string',
  rows: 'array',
  countiesWithoutPlan: 'array',
  city: 'object',
  coverage: 'array|null',
});

const CITY_TOTALS = /* @__PURE__ */ shapeOf({
  coverageBasis: 'string',
  countiesNotCovered: 'array',
  countiesNotInspected: 'array',
  aspects: 'array',
  countiesPerStage: 'array',
});

/**
 * Throws a DudaoError unless `value` looks like a city report.
 * @internal
 */
export function expectCityReport(value: unknown, path: FieldPath = ['report']): asserts value is CityReport {
  expectShape(
    value,
    path,
    {
      en: 'a city report (from cityReport or cityReportFromDocument)',
      zh: '市级报告（由 cityReport 或 cityReportFromDocument 得到）',
    },
    CITY_REPORT,
  );
  expectShape(
    (value as CityReport).city,
    [...path, 'city'],
    { en: "the city's totals", zh: '全市合计' },
    CITY_TOTALS,
  );
}

const CITY_ASSESSMENT = /* @__PURE__ */ shapeOf({
  asOf: 'string',
  sets: 'object',
  counties: 'array',
  ledger: 'object?',
  city: 'object',
});

/**
 * Throws a DudaoError unless `value` looks like a city assessment.
 * @internal
 */
export function expectCityAssessment(
  value: unknown,
  path: FieldPath = ['result'],
): asserts value is CityAssessment {
  expectShape(
    value,
    path,
    { en: 'a city assessment (from assessCity)', zh: '全市评估结果（由 assessCity 得到）' },
    CITY_ASSESSMENT,
  );
  expectCityReport((value as CityAssessment).city, [...path, 'city']);
}

const REFORM_ASSESSMENT = /* @__PURE__ */ shapeOf({
  set: 'string',
  programme: 'string',
  county: 'object',
  year: 'number',
  status: 'string',
  passed: 'boolean',
  countyIndicators: 'array',
  reasons: 'array',
  unusedFacts: 'array',
});

/**
 * Throws a DudaoError unless `value` looks like a supervision-reform assessment.
 * @internal
 */
export function expectReformAssessment(
  value: unknown,
  path: FieldPath = ['assessment'],
): asserts value is SupervisionReformAssessment {
  expectShape(
    value,
    path,
    {
      en: 'a supervision-reform assessment (from assessSupervisionReform)',
      zh: '督导体制机制改革评估结果（由 assessSupervisionReform 得到）',
    },
    REFORM_ASSESSMENT,
  );
}
