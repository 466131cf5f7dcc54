/**
 * dudao (督导): China's county-level education supervision standards as exact, explained, pure
 * functions. This file only re-exports; each module says what it holds.
 * @module dudao
 */

export * from './assess/county.js';
export * from './assess/evaluate.js';
export * from './assess/exact.js';
export * from './assess/findings.js';
export * from './assess/gap.js';
export * from './assess/institution.js';
export * from './assess/metrics.js';
export * from './assess/preschool.js';
export * from './assess/preschool-metrics.js';
export * from './assess/split.js';
export * from './assess/types.js';
export * from './assess/variation.js';
export * from './error.js';
export * from './indicators/built-in.js';
export * from './indicators/compulsory-basic-2012.js';
export * from './indicators/compulsory-quality-2017.js';
export * from './indicators/customize.js';
export * from './indicators/parse.js';
export * from './indicators/preschool-2020.js';
export * from './indicators/supervision-reform-2020.js';
export * from './indicators/types.js';
export * from './inspection/assess-city.js';
export * from './inspection/city.js';
export * from './inspection/coverage.js';
export * from './inspection/plan.js';
export * from './inspection/reform.js';
export * from './inspection/teams.js';
export * from './io/compulsory-csv.js';
export * from './io/compulsory-table.js';
export * from './io/csv.js';
export { dateOfDayNumber, dayNumber } from './ledger/calendar.js';
export * from './ledger/events.js';
export { loadLedger, replayLedger } from './ledger/fold.js';
export {
  findIssue,
  type IssueSnapshot,
  isIssueOverdue,
  issueAsOf,
  issuesFromInspection,
  issuesOfSchool,
  issuesOfUnit,
  issuesWithStatus,
  overdueIssues,
} from './ledger/query.js';
export * from './ledger/seal.js';
export * from './ledger/types.js';
export * from './numeric/decimal.js';
export * from './numeric/stats.js';
export * from './progress/compare.js';
export * from './progress/items.js';
export * from './progress/readiness.js';
export * from './progress/trajectory.js';
export * from './report/city-assessment.js';
export * from './report/city-markdown.js';
export * from './report/csv.js';
export * from './report/format.js';
// HTML report
export {
  type HtmlCompulsoryEntry,
  type HtmlLedgerEntry,
  type HtmlPreschoolEntry,
  type HtmlReportInput,
  type HtmlReportOptions,
  renderHtmlReport,
} from './report/html.js';
export * from './report/labels.js';
export * from './report/ledger-markdown.js';
export * from './report/markdown.js';
export * from './report/preschool-markdown.js';
export * from './report/progress-markdown.js';
export * from './report/reform-markdown.js';
export * from './report/workbook.js';
// Bundled sample data (示例数据)
export { type SampleCity, type SampleCounty, sampleCity } from './sample/index.js';
export * from './schema/common.js';
export * from './schema/compulsory.js';
export * from './schema/indicator-set.js';
export * from './schema/inspection.js';
export * from './schema/ledger.js';
export * from './schema/parse.js';
export * from './schema/preschool.js';
export * from './scoring/breakdown.js';
export * from './scoring/dates.js';
export * from './scoring/overdue.js';
export * from './scoring/projection.js';
export * from './scoring/report.js';
export * from './scoring/series.js';
export {
  type RectificationSummary,
  type RectificationSummaryJSON,
  rectificationSummary,
  rectificationSummaryToJSON,
  type StatusCounts,
  summarizeIssues,
} from './scoring/summary.js';
export * from './scoring/weighted.js';
