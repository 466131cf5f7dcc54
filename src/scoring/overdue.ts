/**
 * The overdue list (逾期未整改清单): each issue that is open or in progress past its deadline in
 * force, with how many days it is overdue, longest overdue first.
 * @module
 */
import { expectLedgerState } from '../ledger/guards.js';
import { compareText, snapshotAsOf } from '../ledger/query.js';
import type { IssueStatus, LedgerState } from '../ledger/types.js';
import { daysOverdue, parseCalendarDate } from './dates.js';
import { expectScoreOptions } from './guards.js';

/**
 * One overdue issue (逾期未整改问题).
 *
 * @category Scoring
 * @example
 * ```ts
 * const entry: OverdueEntry = {
 *   id: 'QY-2021-007', county: '610328', description: '体育场地不足', status: 'in-progress',
 *   deadline: '2021-10-31', daysOverdue: 40, severity: 'major', lead: ['教育局'], supporting: ['自然资源局'],
 * };
 * ```
 */
export interface OverdueEntry {
  /** The issue's id. */
  readonly id: string;
  /** Its county. */
  readonly county: string;
  /** Its description. */
  readonly description: string;
  /** `open` or `in-progress`. */
  readonly status: IssueStatus;
  /** The deadline in force. */
  readonly deadline: string;
  /** Calendar days past the deadline (at least 1). */
  readonly daysOverdue: number;
  /** `major` or `minor`. */
  readonly severity: 'major' | 'minor';
  /** Lead units (牵头单位). */
  readonly lead: readonly string[];
  /** Supporting units (配合单位). */
  readonly supporting: readonly string[];
}

/**
 * The overdue issues at the end of `asOf` (逾期未整改清单), sorted by days overdue (most first),
 * then by id. The deadline day itself is on time.
 *
 * @category Scoring
 * @param state - a replayed ledger
 * @param options - `asOf`: the day, `YYYY-MM-DD`
 * @returns the list
 * @throws {@link DudaoError} `invalid-date` at `['asOf']`
 * @example
 * ```ts
 * overdueList(state, { asOf: '2021-12-10' }).map((e) => [e.id, e.daysOverdue]); //=> [['B02', 101], ['A08', 40], ['C04', 40]]
 * ```
 */
export function overdueList(
  state: LedgerState,
  options: {
    /** The day, `YYYY-MM-DD`. */
    readonly asOf: string;
  },
): OverdueEntry[] {
  expectLedgerState(state);
  expectScoreOptions(options);
  const asOf = options.asOf;
  parseCalendarDate(asOf, ['asOf']);
  const entries: OverdueEntry[] = [];
  for (const issue of state.issues) {
    const snapshot = snapshotAsOf(issue, asOf);
    if (snapshot === null) continue;
    if (snapshot.status !== 'open' && snapshot.status !== 'in-progress') continue;
    if (!(snapshot.deadline < asOf)) continue;
    entries.push({
      id: issue.id,
      county: issue.issue.county,
      description: issue.issue.description,
      status: snapshot.status,
      deadline: snapshot.deadline,
      daysOverdue: daysOverdue(snapshot.deadline, asOf),
      severity: issue.issue.severity,
      lead: issue.lead,
      supporting: issue.supporting,
    });
  }
  return entries.sort((a, b) => b.daysOverdue - a.daysOverdue || compareText(a.id, b.id));
}
