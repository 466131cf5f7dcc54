/**
 * Commands (台账操作): each checks a proposed step against the current state and returns the event
 * to append, or throws a {@link DudaoError} saying why the step is impossible. They never change
 * the state; append the event to the history and replay (`replayLedger([event], state)`) to move
 * on. The rules are those of `rules.ts`, shared with the replay.
 * @module
 */
import * as z from 'zod/mini';
import {
  DudaoError,
  type DudaoErrorCode,
  type DudaoIssue,
  dudaoError,
  type FieldPath,
  quoteInput,
} from '../error.js';
import { expectKind, expectShape, optionsOf, shapeOf } from '../guard.js';
import {
  type DeadlineExtendedEvent,
  deadlineExtendedEventSchema,
  type InspectionLevel,
  type IssueClosedEvent,
  type IssueRaisedEvent,
  type IssueRecheckedEvent,
  type IssueReopenedEvent,
  type IssueWithdrawnEvent,
  issueClosedEventSchema,
  issueRaisedEventSchema,
  issueRecheckedEventSchema,
  issueReopenedEventSchema,
  issueWithdrawnEventSchema,
  type LedgerEvent,
  ledgerEventSchema,
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
  schema: z.ZodMiniType<E>,
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
 * An inspection (督导活动) as the ledger's commands check it: its id and, when known, its level,
 * the counties it covered and its dates. An `Inspection` of a city document is one.
 *
 * @category Ledger
 * @example
 * ```ts
 * const visit: KnownInspection = {
 *   id: 'SL-2025-11-return', level: 'municipal', counties: ['990101'], dates: { start: '2025-11-10', end: '2025-11-21' },
 * };
 * ```
 */
export interface KnownInspection {
  /** The inspection's id (督导活动编号). */
  readonly id: string;
  /** Who ran it; when given, an issue it raises must name the same level. */
  readonly level?: InspectionLevel | undefined;
  /** The county codes it covered; when given, it raises and rechecks issues of these counties only. */
  readonly counties?: readonly string[] | undefined;
  /** Its first and last day; when given, nothing it records may be dated before the first. */
  readonly dates?:
    | {
        /** First day, `YYYY-MM-DD`. */
        readonly start: string;
        /** Last day, `YYYY-MM-DD`. */
        readonly end?: string | undefined;
      }
    | undefined;
}

/**
 * Options of the commands that name an inspection ({@link raiseIssue}, {@link recordRecheck}).
 *
 * @category Ledger
 * @example
 * ```ts
 * const options: InspectionCheckOptions = { inspections: [{ id: 'SL-2025-11-return', level: 'municipal' }] };
 * ```
 */
export interface InspectionCheckOptions {
  /**
   * The inspections known (e.g. a city document's `inspections`). When given, the inspection an
   * event names must be one of them, and its level, counties and first day are checked. Default:
   * not checked (a ledger on its own does not know its inspections).
   */
  readonly inspections?: readonly KnownInspection[] | undefined;
}

interface InspectionRef {
  readonly id: string;
  readonly idPath: FieldPath;
  readonly at: string;
  readonly atPath: FieldPath;
  readonly county: string | undefined;
  readonly countyPath: FieldPath;
  readonly level?: InspectionLevel;
  readonly levelPath?: FieldPath;
}

// What is wrong with what an event says about its inspection, given the inspections known.
function inspectionProblem(known: readonly KnownInspection[], ref: InspectionRef): DudaoIssue | null {
  const issue = (code: DudaoErrorCode, path: FieldPath, message: string, messageZh: string): DudaoIssue => ({
    code,
    path,
    message,
    messageZh,
  });
  const inspection = known.find((k) => k.id === ref.id);
  if (inspection === undefined) {
    const list = known.map((k) => quoteInput(k.id)).slice(0, 10);
    return issue(
      'unknown-inspection',
      ref.idPath,
      `no inspection ${quoteInput(ref.id)} is known (known: ${list.join(', ') || 'none'})`,
      `未找到编号为 ${quoteInput(ref.id)} 的督导活动（已知：${list.join('、') || '无'}）`,
    );
  }
  if (ref.level !== undefined && inspection.level !== undefined && inspection.level !== ref.level) {
    return issue(
      'level-mismatch',
      ref.levelPath ?? [],
      `inspection ${quoteInput(ref.id)} is ${inspection.level}, not ${ref.level}`,
      `督导活动 ${quoteInput(ref.id)} 的层级为 ${inspection.level}，而不是 ${ref.level}`,
    );
  }
  const start = inspection.dates?.start;
  if (start !== undefined && ref.at < start) {
    return issue(
      'before-inspection',
      ref.atPath,
      `is dated ${ref.at}, before inspection ${quoteInput(ref.id)} began (${start})`,
      `日期 ${ref.at} 早于督导活动 ${quoteInput(ref.id)} 的开始日期 ${start}`,
    );
  }
  const counties = inspection.counties;
  if (counties !== undefined && ref.county !== undefined && !counties.includes(ref.county)) {
    return issue(
      'county-not-inspected',
      ref.countyPath,
      `county ${quoteInput(ref.county)} is not among the counties of inspection ${quoteInput(ref.id)} (${counties.join(', ')})`,
      `县 ${quoteInput(ref.county)} 不在督导活动 ${quoteInput(ref.id)} 的县（${counties.join('、')}）之列`,
    );
  }
  return null;
}

// Throws a DudaoError unless `value` is a list of inspections known (each with an id).
function expectKnownInspections(
  value: unknown,
  path: FieldPath,
): asserts value is readonly KnownInspection[] {
  expectKind(value, 'array', path, { en: 'an array of inspections', zh: '督导活动数组' });
  const list = value as readonly unknown[];
  for (let i = 0; i < list.length; i++) {
    const inspection = list[i];
    expectShape(
      inspection,
      [...path, i],
      { en: 'an inspection with an id', zh: '带编号的督导活动' },
      KNOWN_INSPECTION,
    );
    const { dates } = inspection as KnownInspection;
    if (dates !== undefined) {
      expectShape(dates, [...path, i, 'dates'], { en: 'first and last day', zh: '起止日期' }, KNOWN_DATES);
    }
  }
}

const KNOWN_INSPECTION = /* @__PURE__ */ shapeOf({
  id: 'string',
  level: 'string?',
  counties: 'array?',
  dates: 'object?',
});

const KNOWN_DATES = /* @__PURE__ */ shapeOf({ start: 'string', end: 'string?' });

const ledgerEventListSchema = /* @__PURE__ */ z.array(ledgerEventSchema);

// Throws what is wrong with an event's inspection, when the inspections are known.
function checkInspection(options: InspectionCheckOptions, ref: InspectionRef): void {
  const { inspections } = optionsOf(options, { inspections: 'array' });
  if (inspections === undefined) return;
  expectKnownInspections(inspections, ['options', 'inspections']);
  const problem = inspectionProblem(inspections, ref);
  if (problem !== null) throw new DudaoError([problem]);
}

/**
 * Checks every inspection a ledger names against the inspections known (台账与督导活动核对), e.g.
 * a city document's ledger against its `inspections`: each issue's source (问题来源) and each
 * recheck's inspection, as {@link raiseIssue} and {@link recordRecheck} check one event. The
 * events are taken as they are (validate and replay them first: `loadLedger`); a recheck of an
 * issue not raised before it is left to the replay.
 *
 * @category Ledger
 * @param events - the ledger's events
 * @param inspections - the inspections known
 * @returns every problem, with its path `['events', i, …]`; empty when all agree
 * @example
 * ```ts
 * ledgerInspectionProblems(sampleCity.ledger.events, sampleCity.inspections); //=> []
 * ledgerInspectionProblems(events, []).map((p) => p.code); //=> ['unknown-inspection', …]
 * ```
 */
export function ledgerInspectionProblems(
  events: readonly LedgerEvent[],
  inspections: readonly KnownInspection[],
): DudaoIssue[] {
  const list = parseWithSchema(ledgerEventListSchema, events, ['events']);
  expectKnownInspections(inspections, ['inspections']);
  const problems: DudaoIssue[] = [];
  const countyOf = new Map<string, string>();
  list.forEach((event, i) => {
    let problem: DudaoIssue | null = null;
    if (event.type === 'issue-raised') {
      countyOf.set(event.issue.id, event.issue.county);
      problem = inspectionProblem(inspections, {
        id: event.issue.source.inspection,
        idPath: ['events', i, 'issue', 'source', 'inspection'],
        at: event.at,
        atPath: ['events', i, 'at'],
        county: event.issue.county,
        countyPath: ['events', i, 'issue', 'county'],
        level: event.issue.source.level,
        levelPath: ['events', i, 'issue', 'source', 'level'],
      });
    } else if (event.type === 'issue-rechecked') {
      problem = inspectionProblem(inspections, {
        id: event.inspection,
        idPath: ['events', i, 'inspection'],
        at: event.at,
        atPath: ['events', i, 'at'],
        county: countyOf.get(event.issueId),
        countyPath: ['events', i, 'issueId'],
      });
    }
    if (problem !== null) problems.push(problem);
  });
  return problems;
}

/**
 * Raises an issue (提出问题): checks the issue (shape, a new id, a deadline not before `at`) and
 * returns the `issue-raised` event. The issue's `source` names the inspection that found it (问题
 * 来源) and its level: an issue newly found at a return visit names the return visit.
 *
 * With `options.inspections` (e.g. a city document's), the source must be a known inspection
 * (`unknown-inspection` at `['issue', 'source', 'inspection']`) of the same level
 * (`level-mismatch` at `['issue', 'source', 'level']`) that covered the issue's county
 * (`county-not-inspected` at `['issue', 'county']`), and the issue cannot be raised before the
 * inspection began (`before-inspection` at `['at']`).
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issue }`
 * @param options - `inspections`: the inspections known, to check the source against
 * @returns the event to append
 * @throws {@link DudaoError} `duplicate-issue` (path `['issue']`), `deadline-before-raised`, the
 *   inspection codes above, or a schema code
 * @example
 * ```ts
 * const event = raiseIssue(EMPTY_LEDGER_STATE, { at: '2021-04-20', issue });
 * event.type; //=> 'issue-raised'
 * raiseIssue(state, { at: '2025-11-28', issue: { ...issue, source: { inspection: 'SL-2025-11-return', level: 'municipal' } } },
 *   { inspections: [{ id: 'SL-2025-11-return', level: 'municipal' }] }).issue.source.inspection; //=> 'SL-2025-11-return'
 * ```
 */
export function raiseIssue(
  state: LedgerState,
  input: EventInput<IssueRaisedEvent>,
  options: InspectionCheckOptions = {},
): IssueRaisedEvent {
  const event = command(issueRaisedEventSchema, 'issue-raised', state, input);
  checkInspection(options, {
    id: event.issue.source.inspection,
    idPath: ['issue', 'source', 'inspection'],
    at: event.at,
    atPath: ['at'],
    county: event.issue.county,
    countyPath: ['issue', 'county'],
    level: event.issue.source.level,
    levelPath: ['issue', 'source', 'level'],
  });
  return event;
}

/**
 * Records a recheck (记录复查结论): an inspection, usually a return visit (回访督导), checked an
 * earlier issue and found it `rectified` (已整改), `basically-rectified` (基本整改),
 * `not-rectified` (未整改) or `not-applicable` (不再适用), with what it found and its evidence.
 *
 * What the outcome does to the issue (the ledger rules give the reasons):
 * - `rectified` verifies a reported rectification (→ verified, as {@link passVerification}) and
 *   confirms a verified or closed issue; on an open or in-progress issue it is
 *   `invalid-transition`: record the county's report ({@link reportRectification}) first;
 * - `basically-rectified` puts the issue in progress (a report is not accepted; a verified or
 *   closed issue is reopened): partly rectified counts as not rectified;
 * - `not-rectified` keeps an open issue open and puts any other in progress;
 * - `not-applicable` takes the issue out of the rates as a withdrawal does (a closed issue
 *   stays closed).
 *
 * A recheck of an unknown issue is `unknown-issue` (path `['issueId']`), of a withdrawn one
 * `issue-withdrawn`, one dated before the issue was raised `before-raised` (path `['at']`). With
 * `options.inspections`, the inspection must be known (`unknown-inspection` at
 * `['inspection']`), must have covered the issue's county (`county-not-inspected` at
 * `['issueId']`) and the recheck cannot be dated before it began (`before-inspection` at `['at']`).
 *
 * @category Ledger
 * @param state - the current state
 * @param input - `{ at, issueId, inspection, outcome, finding, evidence?, by? }`
 * @param options - `inspections`: the inspections known, to check `inspection` against
 * @returns the `issue-rechecked` event
 * @throws {@link DudaoError} the codes above, `date-backwards`, or a schema code
 * @example
 * ```ts
 * recordRecheck(state, {
 *   at: '2025-11-12', issueId: 'DH-2505-01', inspection: 'SL-2025-11-return',
 *   outcome: 'basically-rectified', finding: '综合楼已封顶，尚未交付使用',
 * }).outcome; //=> 'basically-rectified'
 * ```
 */
export function recordRecheck(
  state: LedgerState,
  input: EventInput<IssueRecheckedEvent>,
  options: InspectionCheckOptions = {},
): IssueRecheckedEvent {
  const event = command(issueRecheckedEventSchema, 'issue-rechecked', state, input);
  checkInspection(options, {
    id: event.inspection,
    idPath: ['inspection'],
    at: event.at,
    atPath: ['at'],
    county: findById(state, event.issueId)?.issue.county,
    countyPath: ['issueId'],
  });
  return event;
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
 * Withdraws an issue raised in error or merged (撤回问题). Allowed unless the issue is closed;
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
