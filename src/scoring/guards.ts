/**
 * Argument checks of the scores (整改评分参数检查): the options every score takes (`asOf`) and
 * the shapes of dudao's own summaries and reports when they are passed back in (to JSON, to a
 * projection, to a report). Their nested values are trusted.
 * @module
 */
import type { FieldPath } from '../error.js';
import { expectKind, expectShape, shapeOf } from '../guard.js';
import type { LedgerReport } from './report.js';
import type { ReturnVisitCounts, ReturnVisitSummary } from './return-visit.js';
import type { RectificationSummary } from './summary.js';

/**
 * Throws a DudaoError unless the options of a score are an object (its fields are checked by
 * each score, at paths of their own name: `['asOf']`).
 * @internal
 */
export function expectScoreOptions(value: unknown): void {
  expectKind(value, 'object', ['options'], {
    en: 'an object of options with asOf (YYYY-MM-DD)',
    zh: '含 asOf（YYYY-MM-DD）的选项对象',
  });
}

const SUMMARY = /* @__PURE__ */ shapeOf({
  asOf: 'string',
  total: 'number',
  withdrawn: 'number',
  counted: 'number',
  byStatus: 'object',
  rectified: 'number',
  verifiedOrClosed: 'number',
  rate: 'number|null',
  strictRate: 'number|null',
  rateNote: 'object|null',
  overdue: 'number',
  onTime: 'number',
  onTimeRate: 'number|null',
  cleared: 'boolean',
});

/**
 * Throws a DudaoError unless `value` looks like a rectification summary.
 * @internal
 */
export function expectSummary(
  value: unknown,
  path: FieldPath = ['summary'],
): asserts value is RectificationSummary {
  expectShape(
    value,
    path,
    {
      en: 'a rectification summary (from rectificationSummary or summarizeIssues)',
      zh: '整改情况汇总（由 rectificationSummary 或 summarizeIssues 得到）',
    },
    SUMMARY,
  );
}

const LEDGER_REPORT = /* @__PURE__ */ shapeOf({
  asOf: 'string',
  summary: 'object',
  breakdowns: 'object',
  responsible: 'string',
  weighted: 'object',
  overdue: 'array',
});

/**
 * Throws a DudaoError unless `value` looks like a ledger report.
 * @internal
 */
export function expectLedgerReport(
  value: unknown,
  path: FieldPath = ['report'],
): asserts value is LedgerReport {
  expectShape(
    value,
    path,
    { en: 'a ledger report (from ledgerReport)', zh: '整改台账报告（由 ledgerReport 得到）' },
    LEDGER_REPORT,
  );
  expectSummary((value as LedgerReport).summary, [...path, 'summary']);
}

const OUTCOME_COUNTS = /* @__PURE__ */ shapeOf({
  rectified: 'number',
  'basically-rectified': 'number',
  'not-rectified': 'number',
  'not-applicable': 'number',
});

const VISIT_COUNTS = /* @__PURE__ */ shapeOf({
  due: 'number',
  rechecked: 'number',
  notRechecked: 'number',
  outcomes: 'object',
  newIssues: 'number',
  rated: 'number',
  rate: 'number|null',
});

/**
 * Throws a DudaoError unless `value` looks like the counts of a return visit (a summary or one
 * of its groups).
 * @internal
 */
export function expectReturnVisitCounts(
  value: unknown,
  path: FieldPath = ['counts'],
): asserts value is ReturnVisitCounts {
  expectShape(
    value,
    path,
    {
      en: 'the counts of a return visit (from returnVisitSummary)',
      zh: '回访督导统计（由 returnVisitSummary 得到）',
    },
    VISIT_COUNTS,
  );
  expectShape(
    (value as ReturnVisitCounts).outcomes,
    [...path, 'outcomes'],
    { en: 'the recheck outcomes counted', zh: '复查结论统计' },
    OUTCOME_COUNTS,
  );
}

const VISIT_SUMMARY = /* @__PURE__ */ shapeOf({
  inspection: 'string',
  asOf: 'string',
  start: 'string|null',
  counties: 'array',
  rateNote: 'object|null',
  byCounty: 'array',
  bySchool: 'array',
  byUnit: 'array',
  items: 'array',
  found: 'array',
  outside: 'array',
  sentence: 'object',
});

/**
 * Throws a DudaoError unless `value` looks like a return visit summary.
 * @internal
 */
export function expectReturnVisitSummary(
  value: unknown,
  path: FieldPath = ['summary'],
): asserts value is ReturnVisitSummary {
  expectReturnVisitCounts(value, path);
  expectShape(
    value,
    path,
    {
      en: 'a return visit summary (from returnVisitSummary)',
      zh: '回访督导汇总（由 returnVisitSummary 得到）',
    },
    VISIT_SUMMARY,
  );
}
