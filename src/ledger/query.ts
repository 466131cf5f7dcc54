/**
 * Selections from a ledger state (台账查询): one issue by id, an issue as it stood on a date, and
 * the issues that are overdue, of a department, from an inspection, of a school or in a status.
 * Every selection keeps the order in which issues were raised unless it says otherwise.
 * @module
 */
import { expectKind, expectOneOf, optionsOf } from '../guard.js';
import { dateSchema } from '../schema/common.js';
import { parseWithSchema } from '../schema/parse.js';
import { expectIssueState, expectLedgerState } from './guards.js';
import { ISSUE_STATUSES, type IssueState, type IssueStatus, type LedgerState } from './types.js';

// A day given as an argument or option: a calendar date YYYY-MM-DD.
function dayOf(value: unknown, path: (string | number)[]): string {
  return parseWithSchema(dateSchema, value, path);
}

/**
 * Finds an issue by its id.
 *
 * @category Ledger
 * @param state - a ledger state
 * @param id - the issue's id
 * @returns the issue, or undefined
 * @example
 * ```ts
 * findIssue(state, 'QY-2021-001')?.status; //=> 'closed'
 * ```
 */
export function findIssue(state: LedgerState, id: string): IssueState | undefined {
  expectLedgerState(state);
  expectKind(id, 'string', ['id']);
  for (const issue of state.issues) if (issue.id === id) return issue;
  return undefined;
}

/**
 * An issue as it stood at the end of a day (问题某日状态): the status, the deadline in force and the
 * rectification behind a rectified-or-later status.
 *
 * @category Ledger
 * @example
 * ```ts
 * const snapshot: IssueSnapshot = { status: 'in-progress', deadline: '2021-10-31', rectifiedAt: null, rectifiedOnTime: null };
 * ```
 */
export interface IssueSnapshot {
  /** The status after every event dated on or before the day. */
  readonly status: IssueStatus;
  /** The deadline in force that day. */
  readonly deadline: string;
  /** The date of the rectification report behind a rectified, verified or closed status; null otherwise. */
  readonly rectifiedAt: string | null;
  /** Whether that report was on time; null when not rectified. */
  readonly rectifiedOnTime: boolean | null;
}

/**
 * An issue as it stood at the end of `asOf` (问题某日状态), from its dated history: events dated
 * after `asOf` are ignored, so a state replayed up to today answers for any earlier day exactly as
 * a replay of the events up to that day would. Null when the issue was raised after `asOf`.
 *
 * @category Ledger
 * @param issue - an issue of a replayed state
 * @param asOf - the day, `YYYY-MM-DD`
 * @returns the snapshot, or null
 * @example
 * ```ts
 * issueAsOf(issue, '2021-08-01')?.status; //=> 'in-progress'
 * issueAsOf(issue, '2021-01-01'); //=> null (raised 2021-04-20)
 * ```
 */
export function issueAsOf(issue: IssueState, asOf: string): IssueSnapshot | null {
  expectIssueState(issue);
  return snapshotAsOf(issue, dayOf(asOf, ['asOf']));
}

/**
 * {@link issueAsOf} of an issue and a day already checked (the scores call it for every issue).
 * @internal
 */
export function snapshotAsOf(issue: IssueState, asOf: string): IssueSnapshot | null {
  if (issue.raisedAt > asOf) return null;
  if (issue.lastEventAt <= asOf) {
    return {
      status: issue.status,
      deadline: issue.deadline,
      rectifiedAt: issue.rectifiedAt,
      rectifiedOnTime: issue.rectifiedOnTime,
    };
  }
  let status: IssueStatus = 'open';
  for (const t of issue.transitions) {
    if (t.at > asOf) break;
    status = t.to;
  }
  let deadline = issue.deadline;
  for (const d of issue.deadlines) {
    if (d.at > asOf) break;
    deadline = d.deadline;
  }
  let rectifiedAt: string | null = null;
  let rectifiedOnTime: boolean | null = null;
  if (status === 'rectified' || status === 'verified' || status === 'closed') {
    // The latest first report on or before the day: any later return to work (failed check,
    // reopening) needs a new first report before the issue is rectified again.
    for (const r of issue.rectifications) {
      if (r.at > asOf) break;
      if (!r.supplementary) {
        rectifiedAt = r.at;
        rectifiedOnTime = r.onTime;
      }
    }
  }
  return { status, deadline, rectifiedAt, rectifiedOnTime };
}

/**
 * Tells whether an issue is overdue at the end of `asOf` (逾期未整改): not yet rectified (open or
 * in progress) and its deadline in force is before `asOf`. The deadline day itself is on time;
 * rectified, verified, closed and withdrawn issues are never overdue.
 *
 * @category Ledger
 * @param issue - an issue of a replayed state
 * @param asOf - the day, `YYYY-MM-DD`
 * @returns whether it is overdue
 * @example
 * ```ts
 * isIssueOverdue(issue, '2021-10-31'); //=> false (the deadline day)
 * isIssueOverdue(issue, '2021-11-01'); //=> true (when still in progress)
 * ```
 */
export function isIssueOverdue(issue: IssueState, asOf: string): boolean {
  expectIssueState(issue);
  const snapshot = snapshotAsOf(issue, dayOf(asOf, ['asOf']));
  if (snapshot === null) return false;
  return (snapshot.status === 'open' || snapshot.status === 'in-progress') && snapshot.deadline < asOf;
}

/**
 * The issues overdue at the end of `asOf` (逾期未整改问题), longest overdue first (earliest deadline
 * in force), then by id.
 *
 * @category Ledger
 * @param state - a ledger state
 * @param options - `asOf`: the day, `YYYY-MM-DD`
 * @returns the overdue issues
 * @example
 * ```ts
 * overdueIssues(state, { asOf: '2021-12-10' }).map((i) => i.id); //=> ['B02', 'A08', 'C04']
 * ```
 */
export function overdueIssues(
  state: LedgerState,
  options: {
    /** The day, `YYYY-MM-DD`. */
    readonly asOf: string;
  },
): IssueState[] {
  expectLedgerState(state);
  expectKind(options, 'object', ['options']);
  const asOf = dayOf(options.asOf, ['options', 'asOf']);
  const found: { issue: IssueState; deadline: string }[] = [];
  for (const issue of state.issues) {
    const snapshot = snapshotAsOf(issue, asOf);
    if (snapshot === null) continue;
    if ((snapshot.status === 'open' || snapshot.status === 'in-progress') && snapshot.deadline < asOf) {
      found.push({ issue, deadline: snapshot.deadline });
    }
  }
  found.sort((a, b) => compareText(a.deadline, b.deadline) || compareText(a.issue.id, b.issue.id));
  return found.map((f) => f.issue);
}

/**
 * The issues a department is responsible for (责任单位的问题): as lead (牵头) only, or in any role.
 *
 * @category Ledger
 * @param state - a ledger state
 * @param unit - the department, e.g. `财政局`
 * @param options - `role`: `lead` or `any` (default `any`)
 * @returns the issues
 * @example
 * ```ts
 * issuesOfUnit(state, '财政局', { role: 'lead' }).length; //=> 3
 * ```
 */
export function issuesOfUnit(
  state: LedgerState,
  unit: string,
  options: {
    /** `lead`: only issues it leads; `any` (default): also those it supports. */
    readonly role?: 'lead' | 'any';
  } = {},
): IssueState[] {
  expectLedgerState(state);
  expectKind(unit, 'string', ['unit']);
  const { role } = optionsOf(options);
  if (role !== undefined) expectOneOf(role, ['lead', 'any'], ['options', 'role']);
  const leadOnly = role === 'lead';
  return state.issues.filter(
    (issue) => issue.lead.includes(unit) || (!leadOnly && issue.supporting.includes(unit)),
  );
}

/**
 * The issues found by one inspection (某次督导反馈的问题).
 *
 * @category Ledger
 * @param state - a ledger state
 * @param inspection - the inspection's id, as in `issue.source.inspection`
 * @returns the issues
 * @example
 * ```ts
 * issuesFromInspection(state, 'sx-2021-04-process').length; //=> 25
 * ```
 */
export function issuesFromInspection(state: LedgerState, inspection: string): IssueState[] {
  expectLedgerState(state);
  expectKind(inspection, 'string', ['inspection']);
  return state.issues.filter((issue) => issue.issue.source.inspection === inspection);
}

/**
 * The issues concerning one school (学校的问题): scope `{ kind: 'school', schoolId }`.
 *
 * @category Ledger
 * @param state - a ledger state
 * @param schoolId - the school's id
 * @returns the issues
 * @example
 * ```ts
 * issuesOfSchool(state, 'a-s01').map((i) => i.id); //=> ['A01', 'A16']
 * ```
 */
export function issuesOfSchool(state: LedgerState, schoolId: string): IssueState[] {
  expectLedgerState(state);
  expectKind(schoolId, 'string', ['schoolId']);
  return state.issues.filter(
    (issue) => issue.issue.scope.kind === 'school' && issue.issue.scope.schoolId === schoolId,
  );
}

/**
 * The issues in a status (某状态的问题), now or at the end of `asOf`.
 *
 * @category Ledger
 * @param state - a ledger state
 * @param status - the status
 * @param options - `asOf`: a day to look back to (default: the current status)
 * @returns the issues
 * @example
 * ```ts
 * issuesWithStatus(state, 'rectified').length; //=> 7
 * ```
 */
export function issuesWithStatus(
  state: LedgerState,
  status: IssueStatus,
  options: {
    /** A day `YYYY-MM-DD` to look back to; default: the current status. */
    readonly asOf?: string;
  } = {},
): IssueState[] {
  expectLedgerState(state);
  expectOneOf(status, ISSUE_STATUSES, ['status']);
  const given = optionsOf(options).asOf;
  if (given === undefined) return state.issues.filter((issue) => issue.status === status);
  const asOf = dayOf(given, ['options', 'asOf']);
  return state.issues.filter((issue) => snapshotAsOf(issue, asOf)?.status === status);
}

/**
 * Compares texts by UTF-16 code units: the same order on every machine and locale (unlike
 * `localeCompare`).
 * @internal
 */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
