/**
 * The rectification summary of a ledger on a day (整改情况汇总): issues per status, the
 * rectification rate (整改率) and its strict variant, overdue issues, on-time rectification and
 * whether the ledger is cleared (清零). Rates are numbers, each the double nearest its exact
 * fraction of counts; their JSON form ({@link rectificationSummaryToJSON}) is the exact fraction as
 * a decimal string. Rounding is for reports only.
 *
 * Decisions (standards.md section 0):
 * - rate = rectified ÷ (total − withdrawn), where rectified counts the statuses `rectified` (the
 *   county's report, 已整改), `verified` and `closed`; partly rectified work is in progress and
 *   does not count. strictRate counts only `verified` and `closed` (checked by the supervising
 *   body). With nothing to rate (every issue withdrawn, or none raised) both are null with a
 *   reason, never NaN.
 * - overdue: open or in progress, and the deadline in force is before the day (the deadline day
 *   itself is on time). A rectified, verified or closed issue is never overdue.
 * - on time: among rectified issues, those whose rectification report (the one behind the current
 *   status) is dated on or before the deadline in force on the report's date, extensions granted
 *   before the report included. An extension granted after the deadline has passed still counts
 *   for a later report: it was in force when the report came.
 * - cleared: every issue that is not withdrawn is closed. An empty ledger (or one whose issues
 *   are all withdrawn) is cleared: there is nothing left to rectify; its rates are null.
 * @module
 */
import type { Figure } from '../assess/types.js';
import { wrongKind } from '../guard.js';
import type { Label } from '../indicators/types.js';
import { expectIssueState, expectLedgerState } from '../ledger/guards.js';
import { snapshotAsOf } from '../ledger/query.js';
import type { IssueState, IssueStatus, LedgerState } from '../ledger/types.js';
import { Decimal, decimalToJSON } from '../numeric/decimal.js';
import { parseCalendarDate } from './dates.js';
import { expectScoreOptions, expectSummary } from './guards.js';

/**
 * Issues per status (各状态问题数).
 *
 * @category Scoring
 * @example
 * ```ts
 * const counts: StatusCounts = { open: 2, 'in-progress': 5, rectified: 8, verified: 4, closed: 20, withdrawn: 1 };
 * ```
 */
export interface StatusCounts {
  /** 未整改. */
  readonly open: number;
  /** 正在整改. */
  readonly 'in-progress': number;
  /** 已整改 (reported, not yet verified). */
  readonly rectified: number;
  /** 核查通过. */
  readonly verified: number;
  /** 已销号. */
  readonly closed: number;
  /** 已撤回. */
  readonly withdrawn: number;
}

/**
 * The rectification summary of a ledger on a day (整改情况汇总). Plain data: the rates are numbers
 * ({@link Figure}), each the double nearest its exact fraction, whose counts are fields of the
 * summary (`rate` = `rectified / counted`); {@link rectificationSummaryToJSON} writes the exact
 * fractions as decimal strings.
 *
 * @category Scoring
 * @example
 * ```ts
 * const s: RectificationSummary = rectificationSummary(state, { asOf: '2021-12-10' });
 * s.rate; //=> 0.825 (33 of 40)
 * ```
 */
export interface RectificationSummary {
  /** The day, `YYYY-MM-DD`: events dated after it are not counted. */
  readonly asOf: string;
  /** Issues raised on or before `asOf`, withdrawn ones included. */
  readonly total: number;
  /** Withdrawn issues (已撤回), left out of every rate. */
  readonly withdrawn: number;
  /** The denominator of the rates: total − withdrawn. */
  readonly counted: number;
  /** Issues per status. */
  readonly byStatus: StatusCounts;
  /** Issues rectified or later (已整改 + 核查通过 + 已销号). */
  readonly rectified: number;
  /** Issues verified or closed (核查通过 + 已销号). */
  readonly verifiedOrClosed: number;
  /** 整改率 = rectified ÷ counted; null when counted is 0. */
  readonly rate: Figure | null;
  /** Strict 整改率 = verifiedOrClosed ÷ counted; null when counted is 0. */
  readonly strictRate: Figure | null;
  /** Why the rates are null (no issue left to rate); null when they are given. */
  readonly rateNote: Label | null;
  /** Issues overdue (逾期未整改): open or in progress past the deadline in force. */
  readonly overdue: number;
  /** Rectified issues whose report came on or before the deadline then in force (按期整改). */
  readonly onTime: number;
  /** onTime ÷ rectified; null when nothing is rectified. */
  readonly onTimeRate: Figure | null;
  /** 清零: every issue that is not withdrawn is closed (true for an empty ledger). */
  readonly cleared: boolean;
}

/**
 * The counts a summary is built from.
 * @internal
 */
export interface SummaryCounts {
  total: number;
  byStatus: Record<IssueStatus, number>;
  overdue: number;
  onTime: number;
}

/** @internal */
export function emptyCounts(): SummaryCounts {
  return {
    total: 0,
    byStatus: { open: 0, 'in-progress': 0, rectified: 0, verified: 0, closed: 0, withdrawn: 0 },
    overdue: 0,
    onTime: 0,
  };
}

const NOTHING_TO_RATE: Label = {
  en: 'no issue to rate: none raised, or every issue withdrawn (total − withdrawn = 0)',
  zh: '无可计算整改率的问题：未提出问题或问题均已撤回（问题总数 − 已撤回数 = 0）',
};

/**
 * Adds one issue, as it stood on `asOf`, to the counts.
 * @internal
 */
export function countIssue(counts: SummaryCounts, issue: IssueState, asOf: string): void {
  const snapshot = snapshotAsOf(issue, asOf);
  if (snapshot === null) return;
  counts.total += 1;
  counts.byStatus[snapshot.status] += 1;
  const status = snapshot.status;
  if ((status === 'open' || status === 'in-progress') && snapshot.deadline < asOf) counts.overdue += 1;
  else if (snapshot.rectifiedOnTime === true && status !== 'withdrawn') counts.onTime += 1;
}

/**
 * Builds a summary from counts (shared by the summary, the breakdowns and the progress series, so
 * they agree to the last digit).
 * @internal
 */
export function summaryFromCounts(asOf: string, counts: SummaryCounts): RectificationSummary {
  const s = counts.byStatus;
  const withdrawn = s.withdrawn;
  const counted = counts.total - withdrawn;
  const rectified = s.rectified + s.verified + s.closed;
  const verifiedOrClosed = s.verified + s.closed;
  const rated = counted > 0;
  return {
    asOf,
    total: counts.total,
    withdrawn,
    counted,
    byStatus: {
      open: s.open,
      'in-progress': s['in-progress'],
      rectified: s.rectified,
      verified: s.verified,
      closed: s.closed,
      withdrawn,
    },
    rectified,
    verifiedOrClosed,
    // A quotient of two safe integers in floating point is the double nearest the exact fraction.
    rate: rated ? rectified / counted : null,
    strictRate: rated ? verifiedOrClosed / counted : null,
    rateNote: rated ? null : NOTHING_TO_RATE,
    overdue: counts.overdue,
    onTime: counts.onTime,
    onTimeRate: rectified > 0 ? counts.onTime / rectified : null,
    cleared: s.closed === counted,
  };
}

/**
 * Summarises any selection of issues of a state on a day (e.g. one department's).
 *
 * @category Scoring
 * @param issues - issues of a replayed state
 * @param options - `asOf`: the day, `YYYY-MM-DD`
 * @returns the summary of those issues
 * @throws {@link DudaoError} `invalid-date` at `['asOf']`
 * @example
 * ```ts
 * summarizeIssues(issuesOfUnit(state, '财政局', { role: 'lead' }), { asOf: '2021-12-10' }).total; //=> 7
 * ```
 */
export function summarizeIssues(
  issues: Iterable<IssueState>,
  options: {
    /** The day, `YYYY-MM-DD`. */
    readonly asOf: string;
  },
): RectificationSummary {
  expectScoreOptions(options);
  if (typeof (issues as { [Symbol.iterator]?: unknown } | null)?.[Symbol.iterator] !== 'function') {
    wrongKind(issues, ['issues'], { en: 'an iterable of issue states', zh: '问题状态的可迭代集合' });
  }
  const checked: IssueState[] = [];
  for (const issue of issues) {
    expectIssueState(issue, ['issues', checked.length]);
    checked.push(issue);
  }
  return summaryOf(checked, options.asOf);
}

// The summary of issues already checked, on a day still to be checked.
function summaryOf(issues: readonly IssueState[], asOf: string): RectificationSummary {
  parseCalendarDate(asOf, ['asOf']);
  const counts = emptyCounts();
  for (const issue of issues) countIssue(counts, issue, asOf);
  return summaryFromCounts(asOf, counts);
}

/**
 * The rectification summary of a ledger at the end of a day (整改情况汇总): total, withdrawn,
 * issues per status, rectified, the rectification rate (整改率) and its strict variant, overdue
 * issues, on-time rectification, and whether the ledger is cleared (清零). Events dated after
 * `asOf` are ignored, so the summary of today's state for an earlier day equals the summary of
 * the history up to that day. See the module notes for each rule.
 *
 * @category Scoring
 * @param state - a replayed ledger
 * @param options - `asOf`: the day, `YYYY-MM-DD` (required: there is no hidden clock)
 * @returns the summary
 * @throws {@link DudaoError} `invalid-date` at `['asOf']`
 * @example
 * ```ts
 * const s = rectificationSummary(state, { asOf: '2021-12-10' });
 * s.total; //=> 41
 * s.withdrawn; //=> 1
 * s.rate; //=> 0.825 (33 ÷ 40)
 * s.overdue; //=> 3
 * ```
 */
export function rectificationSummary(
  state: LedgerState,
  options: {
    /** The day, `YYYY-MM-DD`. */
    readonly asOf: string;
  },
): RectificationSummary {
  expectLedgerState(state);
  expectScoreOptions(options);
  return summaryOf(state.issues, options.asOf);
}

/**
 * The JSON form of a summary ([data contract, section 4](../../docs/data-contract.md#4-command-line-output), `dudao ledger`): the same fields, rates as
 * decimal strings of their exact fractions (or null).
 *
 * @category Scoring
 * @example
 * ```ts
 * const json: RectificationSummaryJSON = rectificationSummaryToJSON(summary);
 * json.rate; //=> '0.825'
 * ```
 */
export type RectificationSummaryJSON = Omit<RectificationSummary, 'rate' | 'strictRate' | 'onTimeRate'> & {
  /** 整改率, as a decimal string. */
  readonly rate: string | null;
  /** Strict 整改率, as a decimal string. */
  readonly strictRate: string | null;
  /** On-time share, as a decimal string. */
  readonly onTimeRate: string | null;
};

/**
 * Writes a summary as JSON data: each rate as the decimal string of its exact fraction of counts
 * (`rectified / counted`, `verifiedOrClosed / counted`, `onTime / rectified`) to 40 significant
 * digits, not of the rounded number.
 *
 * @category Scoring
 * @param summary - a summary
 * @returns the JSON form
 * @example
 * ```ts
 * rectificationSummaryToJSON(rectificationSummary(state, { asOf: '2021-12-10' })).rate; //=> '0.825'
 * ```
 */
export function rectificationSummaryToJSON(summary: RectificationSummary): RectificationSummaryJSON {
  expectSummary(summary);
  const text = (rate: Figure | null, numerator: number, denominator: number): string | null =>
    rate === null || denominator === 0 ? null : decimalToJSON(new Decimal(numerator).div(denominator));
  return {
    ...summary,
    rate: text(summary.rate, summary.rectified, summary.counted),
    strictRate: text(summary.strictRate, summary.verifiedOrClosed, summary.counted),
    onTimeRate: text(summary.onTimeRate, summary.onTime, summary.rectified),
  };
}
