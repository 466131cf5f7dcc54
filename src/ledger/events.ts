/**
 * Commands (台账操作): each checks a proposed step against the current state and returns the event
 * to append, or throws a {@link DudaoError} saying why the step is impossible. They never change
 * the state; append the event to the history and replay (`replayLedger([event], state)`) to move
 * on. The rules are those of `rules.ts`, shared with the replay.
 * @module
 */
import type { z } from 'zod';
import { dudaoError } from '../error.js';
import { expectKind } from '../guard.js';
import {
  type DeadlineExtendedEvent,
  deadlineExtendedEventSchema,
  type IssueClosedEvent,
  type IssueRaisedEvent,
  type IssueReopenedEvent,
  type IssueWithdrawnEvent,
  issueClosedEventSchema,
  issueRaisedEventSchema,
  issueReopenedEventSchema,
  issueWithdrawnEventSchema,
  type LedgerEvent,
  type MeasureAddedEvent,
  measureAddedEventSchema,
  type ProgressReportedEvent,
  progressReportedEventSchema,
  type RectificationReportedEvent,
  rectificationReportedEventSchema,
  type VerificationFailedEvent,
  type VerificationPassedEvent,
  verificationFailedEventSchema,
  verificationPassedEventSchema,
} from '../schema/ledger.js';
import { parseWithSchema } from '../schema/parse.js';
import { expectLedgerState } from './guards.js';
import { isRuleProblem, issueIdOf, nextStatus } from './rules.js';
import type { IssueState, LedgerState } from './types.js';

/**
 * What a command takes: the event without its `type` (the command supplies it).
 *
 * @category Ledger
 * @example
 * ```ts
 * const input: EventInput<MeasureAddedEvent> = { at: '2021-05-02', issueId: 'QY-2021-001', text: '分班' };
 * ```
 */
export type EventInput<E extends LedgerEvent> = Omit<E, 'type'>;

function findById(state: LedgerState, id: string): IssueState | undefined {
  for (const issue of state.issues) if (issue.id === id) return issue;
  return undefined;
}

function command<E extends LedgerEvent>(
  schema: z.ZodType<E>,
  type: E['type'],
  state: LedgerState,
  input: EventInput<E>,
): E {
  expectLedgerState(state);
  expectKind(input, 'object', [], { en: 'the event to record, as an object', zh: '要记录的事件（对象）' });
  // The input is validated as the event it becomes; paths are relative to the input.
  const event = parseWithSchema(schema, { ...input, type }) as E;
  const to = nextStatus(findById(state, issueIdOf(event)), event);
  if (isRuleProblem(to)) {
    throw dudaoError(to.code, to.field === null ? [] : [to.field], to.message, to.messageZh);
  }
  return event;
}

/**
 * Raises an issue (提出问题): checks the issue (shape, a new id, a deadline not before `at`) and
 * returns the `issue-raised` event.
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issue }`
 * @returns the event to append
 * @throws {@link DudaoError} `duplicate-issue` (path `['issue']`), `deadline-before-raised`, or a schema code
 * @example
 * ```ts
 * const event = raiseIssue(EMPTY_LEDGER_STATE, { at: '2021-04-20', issue });
 * event.type; //=> 'issue-raised'
 * ```
 */
export function raiseIssue(state: LedgerState, input: EventInput<IssueRaisedEvent>): IssueRaisedEvent {
  return command(issueRaisedEventSchema, 'issue-raised', state, input);
}

/**
 * Adds a rectification measure (添加整改措施). An open issue becomes in progress; allowed on open,
 * in-progress and rectified issues.
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issueId, text }`
 * @returns the `measure-added` event
 * @throws {@link DudaoError} `unknown-issue` (path `['issueId']`), `issue-withdrawn`, `before-raised`, `date-backwards` (path `['at']`), `invalid-transition`
 * @example
 * ```ts
 * addMeasure(state, { at: '2021-05-02', issueId: 'QY-2021-001', text: '分班并增加教室2间' }).type; //=> 'measure-added'
 * ```
 */
export function addMeasure(state: LedgerState, input: EventInput<MeasureAddedEvent>): MeasureAddedEvent {
  return command(measureAddedEventSchema, 'measure-added', state, input);
}

/**
 * Reports progress (报告整改进展). An open issue becomes in progress; allowed on open, in-progress
 * and rectified issues (the status of a rectified issue stays).
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issueId, text }`
 * @returns the `progress-reported` event
 * @throws {@link DudaoError} as {@link addMeasure}
 * @example
 * ```ts
 * reportProgress(state, { at: '2021-07-01', issueId: 'QY-2021-001', text: '已完成分班方案' }).type; //=> 'progress-reported'
 * ```
 */
export function reportProgress(
  state: LedgerState,
  input: EventInput<ProgressReportedEvent>,
): ProgressReportedEvent {
  return command(progressReportedEventSchema, 'progress-reported', state, input);
}

/**
 * Reports an issue rectified (报告已整改), with evidence. Allowed on open and in-progress issues
 * (→ rectified) and on rectified ones (supplementary evidence).
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issueId, evidence, text? }`
 * @returns the `rectification-reported` event
 * @throws {@link DudaoError} as {@link addMeasure}; `too-small` at `['evidence']` without evidence
 * @example
 * ```ts
 * reportRectification(state, { at: '2021-09-01', issueId: 'QY-2021-001', evidence: [{ title: '分班名册' }] }).type;
 * //=> 'rectification-reported'
 * ```
 */
export function reportRectification(
  state: LedgerState,
  input: EventInput<RectificationReportedEvent>,
): RectificationReportedEvent {
  return command(rectificationReportedEventSchema, 'rectification-reported', state, input);
}

/**
 * Records a passed verification (核查通过). Only a rectified issue can be verified.
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issueId, by }`
 * @returns the `verification-passed` event
 * @throws {@link DudaoError} `invalid-transition` when the issue is not rectified, and the date and id codes
 * @example
 * ```ts
 * passVerification(state, { at: '2021-12-05', issueId: 'QY-2021-001', by: '市回访督导组' }).type; //=> 'verification-passed'
 * ```
 */
export function passVerification(
  state: LedgerState,
  input: EventInput<VerificationPassedEvent>,
): VerificationPassedEvent {
  return command(verificationPassedEventSchema, 'verification-passed', state, input);
}

/**
 * Records a failed verification (核查未通过): the rectified issue goes back to in progress.
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issueId, by?, reason? }`
 * @returns the `verification-failed` event
 * @throws {@link DudaoError} `invalid-transition` when the issue is not rectified, and the date and id codes
 * @example
 * ```ts
 * failVerification(state, { at: '2021-11-05', issueId: 'QY-2021-001', reason: '仍有大班额' }).type; //=> 'verification-failed'
 * ```
 */
export function failVerification(
  state: LedgerState,
  input: EventInput<VerificationFailedEvent>,
): VerificationFailedEvent {
  return command(verificationFailedEventSchema, 'verification-failed', state, input);
}

/**
 * Extends an issue's deadline (延长整改时限). Allowed on open and in-progress issues; the new
 * deadline must be later than the one in force.
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issueId, deadline, reason }`
 * @returns the `deadline-extended` event
 * @throws {@link DudaoError} `deadline-not-later` (path `['deadline']`), `invalid-transition`, and the date and id codes
 * @example
 * ```ts
 * extendDeadline(state, { at: '2021-10-20', issueId: 'QY-2021-001', deadline: '2022-03-31', reason: '跨年度工程' }).deadline;
 * //=> '2022-03-31'
 * ```
 */
export function extendDeadline(
  state: LedgerState,
  input: EventInput<DeadlineExtendedEvent>,
): DeadlineExtendedEvent {
  return command(deadlineExtendedEventSchema, 'deadline-extended', state, input);
}

/**
 * Closes an issue (销号). Only a verified issue can be closed.
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issueId, by? }`
 * @returns the `issue-closed` event
 * @throws {@link DudaoError} `invalid-transition` when the issue is not verified, and the date and id codes
 * @example
 * ```ts
 * closeIssue(state, { at: '2021-12-10', issueId: 'QY-2021-001' }).type; //=> 'issue-closed'
 * ```
 */
export function closeIssue(state: LedgerState, input: EventInput<IssueClosedEvent>): IssueClosedEvent {
  return command(issueClosedEventSchema, 'issue-closed', state, input);
}

/**
 * Reopens an issue found again (问题反弹, 重新整改). Allowed on closed and verified issues; the
 * issue goes back to in progress and keeps the deadline in force (extend it if needed).
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issueId, reason }`
 * @returns the `issue-reopened` event
 * @throws {@link DudaoError} `invalid-transition` when the issue is neither closed nor verified, and the date and id codes
 * @example
 * ```ts
 * reopenIssue(state, { at: '2022-03-01', issueId: 'QY-2021-001', reason: '回头看发现反弹' }).type; //=> 'issue-reopened'
 * ```
 */
export function reopenIssue(state: LedgerState, input: EventInput<IssueReopenedEvent>): IssueReopenedEvent {
  return command(issueReopenedEventSchema, 'issue-reopened', state, input);
}

/**
 * Withdraws an issue raised in error or merged (撤销问题). Allowed unless the issue is closed;
 * a withdrawn issue leaves every rate and accepts no further event.
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issueId, reason }`
 * @returns the `issue-withdrawn` event
 * @throws {@link DudaoError} `invalid-transition` for a closed issue, `issue-withdrawn` for a withdrawn one, and the date and id codes
 * @example
 * ```ts
 * withdrawIssue(state, { at: '2021-05-01', issueId: 'QY-2021-002', reason: '与 QY-2021-001 重复' }).type; //=> 'issue-withdrawn'
 * ```
 */
export function withdrawIssue(
  state: LedgerState,
  input: EventInput<IssueWithdrawnEvent>,
): IssueWithdrawnEvent {
  return command(issueWithdrawnEventSchema, 'issue-withdrawn', state, input);
}
