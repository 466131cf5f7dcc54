/**
 * The shapes of a replayed ledger: an issue's status and everything that happened to it, and the
 * state of the whole ledger. Plain data (arrays and objects, no Maps or classes), so a state can
 * be stored, sent as JSON and compared with `toEqual`.
 * @module
 */
import type { Evidence, Issue, LedgerEventType, RecheckOutcome } from '../schema/ledger.js';

/**
 * The status of an issue (整改状态), derived from its events:
 *
 * | status | 中文 | reached by |
 * |---|---|---|
 * | `open` | 未整改 | `issue-raised` |
 * | `in-progress` | 正在整改 (含部分整改) | `measure-added` or `progress-reported` on an open issue; `verification-failed`; `issue-reopened`; a recheck (`issue-rechecked`) that finds the work basically done or not done |
 * | `rectified` | 已整改 (reported) | `rectification-reported` |
 * | `verified` | 核查通过 | `verification-passed`; a recheck that finds a reported rectification done |
 * | `closed` | 销号 | `issue-closed` |
 * | `withdrawn` | 已撤回 | `issue-withdrawn`; a recheck that finds the issue no longer applicable |
 *
 * @category Ledger
 * @example
 * ```ts
 * const status: IssueStatus = 'in-progress';
 * ```
 */
export type IssueStatus = 'open' | 'in-progress' | 'rectified' | 'verified' | 'closed' | 'withdrawn';

/**
 * Every issue status, in the order of the rectification cycle, `withdrawn` last.
 *
 * @category Ledger
 * @example
 * ```ts
 * ISSUE_STATUSES[0]; //=> 'open'
 * ```
 */
export const ISSUE_STATUSES: readonly IssueStatus[] = [
  'open',
  'in-progress',
  'rectified',
  'verified',
  'closed',
  'withdrawn',
];

/**
 * The name of each status in Chinese (as ledgers write it) and English.
 *
 * @category Ledger
 * @example
 * ```ts
 * ISSUE_STATUS_LABELS.rectified.zh; //=> '已整改'
 * ```
 */
export const ISSUE_STATUS_LABELS: Readonly<
  Record<
    IssueStatus,
    {
      /** Chinese. */
      readonly zh: string;
      /** English. */
      readonly en: string;
    }
  >
> = {
  open: { zh: '未整改', en: 'open' },
  'in-progress': { zh: '正在整改', en: 'in progress' },
  rectified: { zh: '已整改', en: 'rectified (reported)' },
  verified: { zh: '核查通过', en: 'verified' },
  closed: { zh: '已销号', en: 'closed' },
  withdrawn: { zh: '已撤回', en: 'withdrawn' },
};

/**
 * Tells whether a status counts as rectified (已整改) for the rectification rate: `rectified`
 * (the county's report) or any later state (`verified`, `closed`).
 *
 * @category Ledger
 * @param status - a status
 * @returns `true` for `rectified`, `verified` and `closed`
 * @example
 * ```ts
 * isRectifiedStatus('verified'); //=> true
 * isRectifiedStatus('in-progress'); //=> false
 * ```
 */
export function isRectifiedStatus(status: IssueStatus): boolean {
  return status === 'rectified' || status === 'verified' || status === 'closed';
}

/**
 * A dated note: a measure (整改措施) or a progress report (整改进展).
 *
 * @category Ledger
 * @example
 * ```ts
 * const note: NoteEntry = { at: '2021-05-02', text: '分班并增加教室2间' };
 * ```
 */
export interface NoteEntry {
  /** The date. */
  readonly at: string;
  /** The text. */
  readonly text: string;
}

/**
 * A dated reason: a reopening (重新整改) or a withdrawal (撤回).
 *
 * @category Ledger
 * @example
 * ```ts
 * const entry: ReasonEntry = { at: '2021-05-01', reason: '与 QY-2021-001 重复' };
 * ```
 */
export interface ReasonEntry {
  /** The date. */
  readonly at: string;
  /** Why. */
  readonly reason: string;
}

/**
 * One deadline of an issue (整改时限): the first one (set when raised, `reason` null) or an
 * extension.
 *
 * @category Ledger
 * @example
 * ```ts
 * const entry: DeadlineEntry = { at: '2021-10-20', deadline: '2022-03-31', reason: '新建校舍需跨年度' };
 * ```
 */
export interface DeadlineEntry {
  /** When it was set: the raise date, or the date of the extension. */
  readonly at: string;
  /** The deadline. */
  readonly deadline: string;
  /** Why it was extended; null for the first deadline. */
  readonly reason: string | null;
}

/**
 * A rectification report (整改报告) with its evidence and whether it was on time.
 *
 * `onTime` compares the report's date with the deadline in force on that date (the first
 * deadline, or the latest extension dated on or before the report); the deadline day itself is on
 * time. A report on an issue that is already `rectified` adds evidence (`supplementary: true`):
 * it changes neither the status nor the rectification date.
 *
 * @category Ledger
 * @example
 * ```ts
 * const entry: RectificationEntry = {
 *   at: '2021-09-01', evidence: [{ title: '分班名册' }], text: null,
 *   deadline: '2021-10-31', onTime: true, supplementary: false,
 * };
 * ```
 */
export interface RectificationEntry {
  /** The date of the report. */
  readonly at: string;
  /** The evidence (佐证材料). */
  readonly evidence: readonly Evidence[];
  /** What was done, when given. */
  readonly text: string | null;
  /** The deadline in force on that date. */
  readonly deadline: string;
  /** `at` ≤ `deadline`. */
  readonly onTime: boolean;
  /** Extra evidence for an issue already reported rectified. */
  readonly supplementary: boolean;
}

/**
 * A verification (核查) and its outcome.
 *
 * @category Ledger
 * @example
 * ```ts
 * const entry: VerificationEntry = { at: '2021-12-05', passed: true, by: '市回访督导组', reason: null };
 * ```
 */
export interface VerificationEntry {
  /** The date of the check. */
  readonly at: string;
  /** Passed (核查通过) or failed. */
  readonly passed: boolean;
  /** Who checked, when given. */
  readonly by: string | null;
  /** What a failed check found, when given. */
  readonly reason: string | null;
}

/**
 * Every recheck outcome (复查结论), from the best to the last: `rectified` (已整改),
 * `basically-rectified` (基本整改), `not-rectified` (未整改), `not-applicable` (不再适用).
 *
 * @category Ledger
 * @example
 * ```ts
 * RECHECK_OUTCOMES[1]; //=> 'basically-rectified'
 * ```
 */
export const RECHECK_OUTCOMES: readonly RecheckOutcome[] = [
  'rectified',
  'basically-rectified',
  'not-rectified',
  'not-applicable',
];

/**
 * The name of each recheck outcome in Chinese (as return-visit reports write it) and English.
 *
 * @category Ledger
 * @example
 * ```ts
 * RECHECK_OUTCOME_LABELS['basically-rectified'].zh; //=> '基本整改'
 * ```
 */
export const RECHECK_OUTCOME_LABELS: Readonly<
  Record<
    RecheckOutcome,
    {
      /** Chinese. */
      readonly zh: string;
      /** English. */
      readonly en: string;
    }
  >
> = {
  rectified: { zh: '已整改', en: 'rectified' },
  'basically-rectified': { zh: '基本整改', en: 'basically rectified' },
  'not-rectified': { zh: '未整改', en: 'not rectified' },
  'not-applicable': { zh: '不再适用', en: 'no longer applicable' },
};

/**
 * A recheck (复查) by an inspection, usually a return visit: its outcome, what it found, the
 * evidence, and the issue's status just before it (`from`) and after it (`to`).
 *
 * @category Ledger
 * @example
 * ```ts
 * const entry: RecheckEntry = {
 *   at: '2025-11-12', inspection: 'SL-2025-11-return', outcome: 'rectified', finding: '已完工并投入使用',
 *   evidence: [], by: null, from: 'rectified', to: 'verified',
 * };
 * ```
 */
export interface RecheckEntry {
  /** The date of the recheck. */
  readonly at: string;
  /** The inspection that rechecked the issue. */
  readonly inspection: string;
  /** The outcome (复查结论). */
  readonly outcome: RecheckOutcome;
  /** What it found (复查情况). */
  readonly finding: string;
  /** The evidence recorded with it (empty when none). */
  readonly evidence: readonly Evidence[];
  /** Who rechecked, when given. */
  readonly by: string | null;
  /** The status before the recheck. */
  readonly from: IssueStatus;
  /** The status after it. */
  readonly to: IssueStatus;
}

/**
 * A close-out (销号).
 *
 * @category Ledger
 * @example
 * ```ts
 * const closure: ClosureEntry = { at: '2021-12-10', by: null };
 * ```
 */
export interface ClosureEntry {
  /** The date. */
  readonly at: string;
  /** Who approved it, when given. */
  readonly by: string | null;
}

/**
 * A change of status, with the event that caused it (raising an issue is a transition from
 * `null`).
 *
 * @category Ledger
 * @example
 * ```ts
 * const t: TransitionEntry = { at: '2021-09-01', event: 'rectification-reported', from: 'in-progress', to: 'rectified' };
 * ```
 */
export interface TransitionEntry {
  /** The date. */
  readonly at: string;
  /** The event type. */
  readonly event: LedgerEventType;
  /** The status before; null when the issue was raised. */
  readonly from: IssueStatus | null;
  /** The status after. */
  readonly to: IssueStatus;
}

/**
 * One issue after replay (问题整改情况): the issue as raised, its current status, every dated
 * step (transitions, deadlines, measures, progress, rectifications with evidence, verifications,
 * reopenings, rechecks) and the units responsible.
 *
 * @category Ledger
 * @example
 * ```ts
 * const issue = replayLedger(events).issues[0];
 * issue?.status; //=> 'closed'
 * issue?.transitions.map((t) => t.to); //=> ['open', 'in-progress', 'rectified', 'verified', 'closed']
 * ```
 */
export interface IssueState {
  /** The issue's id. */
  readonly id: string;
  /** The issue as raised (its `deadline` is the first one; see {@link IssueState.deadline} for the one in force). */
  readonly issue: Issue;
  /** The current status. */
  readonly status: IssueStatus;
  /** The date it was raised. */
  readonly raisedAt: string;
  /** The date of its latest event (later events may not be dated earlier). */
  readonly lastEventAt: string;
  /** The deadline in force (the first one or the latest extension). */
  readonly deadline: string;
  /** Every deadline, the first one first. */
  readonly deadlines: readonly DeadlineEntry[];
  /** Rectification measures (整改措施). */
  readonly measures: readonly NoteEntry[];
  /** Progress reports (整改进展). */
  readonly progress: readonly NoteEntry[];
  /** Rectification reports with their evidence (佐证材料). */
  readonly rectifications: readonly RectificationEntry[];
  /** Verifications (核查), passed or failed; a recheck of a reported rectification is one too. */
  readonly verifications: readonly VerificationEntry[];
  /** Reopenings (重新整改), including rechecks that found a verified or closed issue not (fully) rectified. */
  readonly reopenings: readonly ReasonEntry[];
  /**
   * Rechecks (复查) by inspections, in order. A state saved before rechecks existed has none:
   * the replay reads a missing list as empty.
   */
  readonly rechecks: readonly RecheckEntry[];
  /** Every change of status, in order. */
  readonly transitions: readonly TransitionEntry[];
  /** The date of the rectification report behind the current status (rectified or later); null otherwise. */
  readonly rectifiedAt: string | null;
  /** Whether that report was on or before the deadline then in force; null when not rectified. */
  readonly rectifiedOnTime: boolean | null;
  /** The date of the verification behind the current status (verified or closed); null otherwise. */
  readonly verifiedAt: string | null;
  /** The close-out, when the issue is closed; null otherwise. */
  readonly closure: ClosureEntry | null;
  /** The withdrawal, when the issue is withdrawn; null otherwise. */
  readonly withdrawal: ReasonEntry | null;
  /** Lead units (牵头单位): those marked `lead`, or the first unit when none is. */
  readonly lead: readonly string[];
  /** Supporting units (配合单位): the others. */
  readonly supporting: readonly string[];
  /** How many events concern this issue. */
  readonly eventCount: number;
}

/**
 * The state of a ledger (台账状态): every issue in the order it was raised, how many events were
 * replayed, and the latest event date. Plain JSON-serialisable data: `JSON.parse(JSON.stringify(state))`
 * equals `state`, and a parsed copy can be passed back to `replayLedger` to continue.
 *
 * @category Ledger
 * @example
 * ```ts
 * const state: LedgerState = replayLedger(events);
 * state.issues.length; //=> 1
 * state.eventCount; //=> 6
 * ```
 */
export interface LedgerState {
  /** Every issue, in the order raised. */
  readonly issues: readonly IssueState[];
  /** Events replayed so far. */
  readonly eventCount: number;
  /** The latest event date seen; null for an empty ledger. */
  readonly lastEventAt: string | null;
}

/**
 * The state of a ledger with no events.
 *
 * @category Ledger
 * @example
 * ```ts
 * EMPTY_LEDGER_STATE.issues.length; //=> 0
 * ```
 */
export const EMPTY_LEDGER_STATE: LedgerState = /* @__PURE__ */ Object.freeze({
  issues: /* @__PURE__ */ Object.freeze([]),
  eventCount: 0,
  lastEventAt: null,
});
