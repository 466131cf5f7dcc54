/**
 * Replay (台账回放): a ledger's state is derived by folding its events, in order, through the
 * transition rules (see `rules.ts`). Replaying is deterministic, never mutates its inputs, and
 * can continue from an earlier state: replaying `a ++ b` equals replaying `b` from the state of
 * `a`.
 * @module
 */
import { dudaoError, type FieldPath, quoteInput } from '../error.js';
import { type LedgerDocument, type LedgerEvent, parseLedgerDocument } from '../schema/ledger.js';
import { dayNumber } from './calendar.js';
import { expectEventList, expectLedgerState } from './guards.js';
import { badDateOf, isRuleProblem, issueIdOf, nextStatus } from './rules.js';
import {
  type ClosureEntry,
  type DeadlineEntry,
  EMPTY_LEDGER_STATE,
  type IssueState,
  type IssueStatus,
  type LedgerState,
  type NoteEntry,
  type ReasonEntry,
  type RecheckEntry,
  type RectificationEntry,
  type TransitionEntry,
  type VerificationEntry,
} from './types.js';

// The working copy of an issue during one replay: the same fields, writable.
interface Draft {
  id: string;
  issue: IssueState['issue'];
  status: IssueStatus;
  raisedAt: string;
  lastEventAt: string;
  deadline: string;
  deadlines: DeadlineEntry[];
  measures: NoteEntry[];
  progress: NoteEntry[];
  rectifications: RectificationEntry[];
  verifications: VerificationEntry[];
  reopenings: ReasonEntry[];
  rechecks: RecheckEntry[];
  transitions: TransitionEntry[];
  rectifiedAt: string | null;
  rectifiedOnTime: boolean | null;
  verifiedAt: string | null;
  closure: ClosureEntry | null;
  withdrawal: ReasonEntry | null;
  lead: readonly string[];
  supporting: readonly string[];
  eventCount: number;
}

function isDate(text: string): boolean {
  return !Number.isNaN(dayNumber(text));
}

function draftOf(issue: IssueState): Draft {
  return {
    ...issue,
    deadlines: issue.deadlines.slice(),
    measures: issue.measures.slice(),
    progress: issue.progress.slice(),
    rectifications: issue.rectifications.slice(),
    verifications: issue.verifications.slice(),
    reopenings: issue.reopenings.slice(),
    rechecks: issue.rechecks.slice(),
    transitions: issue.transitions.slice(),
  };
}

// The lead (牵头) and supporting (配合) units of an issue: units marked `lead`, or the first unit
// when none is marked.
function unitsOf(issue: IssueState['issue']): {
  readonly lead: readonly string[];
  readonly supporting: readonly string[];
} {
  const marked = issue.responsible.some((r) => r.lead === true);
  const lead: string[] = [];
  const supporting: string[] = [];
  issue.responsible.forEach((r, i) => {
    if (marked ? r.lead === true : i === 0) lead.push(r.unit);
    else supporting.push(r.unit);
  });
  return { lead, supporting };
}

function newDraft(event: Extract<LedgerEvent, { type: 'issue-raised' }>): Draft {
  const { lead, supporting } = unitsOf(event.issue);
  return {
    id: event.issue.id,
    issue: event.issue,
    status: 'open',
    raisedAt: event.at,
    lastEventAt: event.at,
    deadline: event.issue.deadline,
    deadlines: [{ at: event.at, deadline: event.issue.deadline, reason: null }],
    measures: [],
    progress: [],
    rectifications: [],
    verifications: [],
    reopenings: [],
    rechecks: [],
    transitions: [{ at: event.at, event: 'issue-raised', from: null, to: 'open' }],
    rectifiedAt: null,
    rectifiedOnTime: null,
    verifiedAt: null,
    closure: null,
    withdrawal: null,
    lead,
    supporting,
    eventCount: 1,
  };
}

// Applies an event already checked by the rules to a draft.
function apply(draft: Draft, event: LedgerEvent, to: IssueStatus): void {
  const from = draft.status;
  const at = event.at;
  switch (event.type) {
    case 'issue-raised':
      return; // handled by newDraft
    case 'measure-added':
      draft.measures.push({ at, text: event.text });
      break;
    case 'progress-reported':
      draft.progress.push({ at, text: event.text });
      break;
    case 'rectification-reported': {
      const supplementary = from === 'rectified';
      const onTime = at <= draft.deadline;
      draft.rectifications.push({
        at,
        evidence: event.evidence,
        text: event.text ?? null,
        deadline: draft.deadline,
        onTime,
        supplementary,
      });
      if (!supplementary) {
        draft.rectifiedAt = at;
        draft.rectifiedOnTime = onTime;
      }
      break;
    }
    case 'verification-passed':
      draft.verifications.push({ at, passed: true, by: event.by, reason: null });
      draft.verifiedAt = at;
      break;
    case 'verification-failed':
      draft.verifications.push({ at, passed: false, by: event.by ?? null, reason: event.reason ?? null });
      draft.rectifiedAt = null;
      draft.rectifiedOnTime = null;
      break;
    case 'deadline-extended':
      draft.deadlines.push({ at, deadline: event.deadline, reason: event.reason });
      draft.deadline = event.deadline;
      break;
    case 'issue-closed':
      draft.closure = { at, by: event.by ?? null };
      break;
    case 'issue-reopened':
      draft.reopenings.push({ at, reason: event.reason });
      draft.rectifiedAt = null;
      draft.rectifiedOnTime = null;
      draft.verifiedAt = null;
      draft.closure = null;
      break;
    case 'issue-withdrawn':
      draft.withdrawal = { at, reason: event.reason };
      draft.rectifiedAt = null;
      draft.rectifiedOnTime = null;
      draft.verifiedAt = null;
      break;
    case 'issue-rechecked': {
      const by = event.by ?? null;
      draft.rechecks.push({
        at,
        inspection: event.inspection,
        outcome: event.outcome,
        finding: event.finding,
        evidence: event.evidence ?? [],
        by,
        from,
        to,
      });
      if (to === 'withdrawn') {
        // No longer applicable: out of the rates, as a withdrawal.
        draft.withdrawal = { at, reason: event.finding };
        draft.rectifiedAt = null;
        draft.rectifiedOnTime = null;
        draft.verifiedAt = null;
        break;
      }
      if (from === 'rectified') {
        // The recheck is the check of the county's report (核查).
        const passed = to === 'verified';
        draft.verifications.push({ at, passed, by, reason: passed ? null : event.finding });
        if (passed) draft.verifiedAt = at;
      }
      if (to === 'in-progress' && (from === 'verified' || from === 'closed')) {
        draft.reopenings.push({ at, reason: event.finding });
      }
      if (to === 'in-progress' || to === 'open') {
        draft.rectifiedAt = null;
        draft.rectifiedOnTime = null;
        draft.verifiedAt = null;
        draft.closure = null;
      }
      break;
    }
  }
  if (to !== from) {
    draft.transitions.push({ at, event: event.type, from, to });
    draft.status = to;
  }
  draft.lastEventAt = at;
  draft.eventCount += 1;
}

/**
 * Replays a ledger's events (台账回放) into its state: every issue with its status, dated steps,
 * deadlines, evidence and verifications. With `from`, the events continue that state, so
 * replaying a history in chunks gives the same state as replaying it in one go.
 *
 * An impossible event is rejected with a {@link DudaoError} whose path is `['events', i]` (`i`
 * its index in `events`; `['events', i, 'at']` for a date that is not a real calendar date) and
 * whose reason is given in English and Chinese. The codes are listed in the transition table
 * (`unknown-issue`, `duplicate-issue`, `issue-withdrawn`, `before-raised`, `date-backwards`,
 * `deadline-before-raised`, `deadline-not-later`, `invalid-transition`, `invalid-date`). Nothing
 * is mutated, neither `events` nor `from`: a rejected event leaves the caller's state as it was.
 *
 * Events are trusted to have the shapes of the data contract (validate untrusted input with
 * `parseLedgerDocument` or `loadLedger` first); only their dates are checked here, because the
 * rules compare them.
 *
 * @category Ledger
 * @param events - the events, in the order recorded
 * @param from - the state to continue from (default: the empty ledger)
 * @returns the new state; issues in the order raised
 * @throws {@link DudaoError} for the first impossible event
 * @example
 * ```ts
 * const state = replayLedger([
 *   { type: 'issue-raised', at: '2021-04-20', issue },
 *   { type: 'measure-added', at: '2021-05-02', issueId: issue.id, text: '分班' },
 * ]);
 * state.issues[0]?.status; //=> 'in-progress'
 * replayLedger([{ type: 'issue-closed', at: '2021-05-03', issueId: issue.id }], state);
 * //=> throws DudaoError { code: 'invalid-transition', path: ['events', 0] }
 * ```
 */
export function replayLedger(
  events: readonly LedgerEvent[],
  from: LedgerState = EMPTY_LEDGER_STATE,
): LedgerState {
  expectEventList(events);
  expectLedgerState(from, ['from']);
  return replayAt(events, from, ['events']);
}

// A state saved before rechecks existed has issues without a `rechecks` list: read it as empty
// (a copy of those issues; the caller's state is not changed).
function withRechecks(issues: readonly IssueState[]): readonly IssueState[] {
  const missing = (issue: IssueState): boolean =>
    (issue as { rechecks?: readonly RecheckEntry[] }).rechecks === undefined;
  if (!issues.some(missing)) return issues;
  return issues.map((issue) => (missing(issue) ? { ...issue, rechecks: [] } : issue));
}

// Replays with error paths under `prefix` (e.g. `['events']`).
function replayAt(events: readonly LedgerEvent[], from: LedgerState, prefix: FieldPath): LedgerState {
  const base = withRechecks(from.issues);
  const issues: IssueState[] = base.slice();
  const index = new Map<string, number>();
  for (let i = 0; i < base.length; i++) index.set((base[i] as IssueState).id, i);
  // Issues of `from` are copied the first time an event touches them (copy on write).
  const copied = new Uint8Array(base.length);
  let lastEventAt = from.lastEventAt;

  for (let i = 0; i < events.length; i++) {
    const event = events[i] as LedgerEvent;
    const badDate = badDateOf(event, isDate);
    if (badDate !== null) {
      const shown = quoteInput(badDate.value);
      throw dudaoError(
        'invalid-date',
        [...prefix, i, ...badDate.path],
        `is not a calendar date written YYYY-MM-DD (got ${shown})`,
        `不是 YYYY-MM-DD 格式的有效日期（实际为 ${shown}）`,
      );
    }
    const id = issueIdOf(event);
    const at = index.get(id);
    const current = at === undefined ? undefined : (issues[at] as IssueState);
    const to = nextStatus(current, event);
    if (isRuleProblem(to)) throw dudaoError(to.code, [...prefix, i], to.message, to.messageZh);
    if (event.type === 'issue-raised') {
      index.set(id, issues.length);
      issues.push(newDraft(event));
    } else {
      const k = at as number;
      let draft: Draft;
      if (k < base.length && copied[k] === 0) {
        draft = draftOf(current as IssueState);
        issues[k] = draft;
        copied[k] = 1;
      } else draft = current as Draft;
      apply(draft, event, to);
    }
    if (lastEventAt === null || event.at > lastEventAt) lastEventAt = event.at;
  }
  return { issues, eventCount: from.eventCount + events.length, lastEventAt };
}

/**
 * Validates a ledger document and replays it (读取台账): the shape of every event is checked first
 * (every problem reported at once, e.g. `invalid-date` at `['events', 3, 'at']`), then the
 * history (the first impossible event, at `['events', i]`).
 *
 * @category Ledger
 * @param input - untrusted data, e.g. `JSON.parse` of a ledger file
 * @returns the document and its state
 * @throws {@link DudaoError} for invalid input or an impossible history
 * @example
 * ```ts
 * const { state } = loadLedger({ schemaVersion: 1, events: [{ type: 'issue-raised', at: '2021-04-20', issue }] });
 * state.issues[0]?.status; //=> 'open'
 * ```
 */
export function loadLedger(input: unknown): {
  /** The validated document. */
  readonly document: LedgerDocument;
  /** Its state after replay. */
  readonly state: LedgerState;
} {
  const document = parseLedgerDocument(input);
  return { document, state: replayAt(document.events, EMPTY_LEDGER_STATE, ['events']) };
}
