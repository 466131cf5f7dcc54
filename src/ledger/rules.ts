/**
 * The transition rules of the ledger in one place (整改流程规则): which event is possible in which
 * status, and what status it leads to. The replay, the commands and the progress series all ask
 * these rules, so they can never disagree.
 *
 * | event | allowed from | leads to |
 * |---|---|---|
 * | `issue-raised` | (a new id) | `open` |
 * | `measure-added`, `progress-reported` | `open`, `in-progress`, `rectified` | `in-progress` (from open); otherwise unchanged |
 * | `rectification-reported` | `open`, `in-progress` | `rectified` |
 * | `rectification-reported` | `rectified` | `rectified` (supplementary evidence: the rectification date stays) |
 * | `verification-passed` | `rectified` | `verified` |
 * | `verification-failed` | `rectified` | `in-progress` |
 * | `deadline-extended` | `open`, `in-progress` (new deadline later than the one in force) | unchanged |
 * | `issue-closed` | `verified` | `closed` |
 * | `issue-reopened` | `closed`, `verified` | `in-progress` |
 * | `issue-withdrawn` | `open`, `in-progress`, `rectified`, `verified` | `withdrawn` |
 * | `issue-rechecked`, outcome `rectified` | `rectified` | `verified` (the recheck verifies the report) |
 * | `issue-rechecked`, outcome `rectified` | `verified`, `closed` | unchanged (confirmed) |
 * | `issue-rechecked`, outcome `basically-rectified` | `open`, `in-progress`, `rectified`, `verified`, `closed` | `in-progress` |
 * | `issue-rechecked`, outcome `not-rectified` | `open` | `open` |
 * | `issue-rechecked`, outcome `not-rectified` | `in-progress`, `rectified`, `verified`, `closed` | `in-progress` |
 * | `issue-rechecked`, outcome `not-applicable` | `open`, `in-progress`, `rectified`, `verified` | `withdrawn` |
 * | `issue-rechecked`, outcome `not-applicable` | `closed` | `closed` (history stays) |
 *
 * Always impossible: an event for an unknown id (`unknown-issue`), raising an id twice
 * (`duplicate-issue`), any event after withdrawal (`issue-withdrawn`), an event dated before the
 * issue was raised (`before-raised`) or before the issue's previous event (`date-backwards`), a
 * first deadline before the raise date (`deadline-before-raised`), an extension that is not later
 * (`deadline-not-later`). Every other impossible step is `invalid-transition`.
 *
 * Why: a verified or closed issue is finished, so new measures, progress or reports need a
 * reopening first; an extension makes sense only while the work is under way; a closed issue is
 * history and is reopened, not withdrawn.
 *
 * Rechecks (复查, at a return visit): the supervising body checks each earlier issue on site.
 * - `rectified` (已整改) counts as verification (核查通过), so, like `verification-passed`, it
 *   needs the county's report first (《教育督导条例》 arts. 20–22: the unit rectifies and reports,
 *   the office checks): on an open or in-progress issue it is `invalid-transition` (record the
 *   `rectification-reported` first). On a verified or closed issue it confirms that the issue has
 *   not come back.
 * - `basically-rectified` (基本整改) means something remains to be done. Partly rectified work
 *   counts as not rectified (standards.md section 0 and rl-rate; 正在整改 含部分整改, rl-status),
 *   so the issue is in progress: a report is not accepted (as a failed verification), and a
 *   verified or closed issue is reopened. The outcome itself is kept, so a return-visit summary
 *   still tells 基本整改 from 未整改.
 * - `not-rectified` (未整改) keeps an open issue open and sends any other back to work: a
 *   reported rectification fails its check, a verified or closed issue is reopened.
 * - `not-applicable` (不再适用: the school merged or closed, the rule no longer in force) takes
 *   the issue out of every rate as a withdrawal does; a closed issue stays closed, because its
 *   close-out is history.
 * @module
 */
import { type DudaoErrorCode, quoteInput } from '../error.js';
import type { LedgerEvent, LedgerEventType } from '../schema/ledger.js';
import { ISSUE_STATUS_LABELS, type IssueStatus } from './types.js';

/**
 * The facts about an issue that the rules read.
 * @internal
 */
export interface IssueCursor {
  readonly status: IssueStatus;
  readonly raisedAt: string;
  readonly lastEventAt: string;
  readonly deadline: string;
}

/**
 * Why an event is impossible: a code, the field concerned (relative to the event), and messages.
 * @internal
 */
export interface RuleProblem {
  readonly code: DudaoErrorCode;
  readonly field: string | null;
  readonly message: string;
  readonly messageZh: string;
}

const EVENT_ZH: Readonly<Record<LedgerEventType, string>> = {
  'issue-raised': '提出问题',
  'measure-added': '添加整改措施',
  'progress-reported': '报告整改进展',
  'rectification-reported': '报告已整改',
  'verification-passed': '核查通过',
  'verification-failed': '核查未通过',
  'deadline-extended': '延长整改时限',
  'issue-reopened': '重新整改',
  'issue-withdrawn': '撤回问题',
  'issue-closed': '销号',
  'issue-rechecked': '复查',
};

// What each event needs, for the message of an invalid transition.
const NEEDS: Readonly<Record<LedgerEventType, { readonly en: string; readonly zh: string }>> = {
  'issue-raised': { en: 'a new id', zh: '新的问题编号' },
  'measure-added': {
    en: 'an open, in-progress or rectified issue (reopen a verified or closed one first)',
    zh: '未整改、正在整改或已整改的问题（核查通过或已销号的问题须先重新整改）',
  },
  'progress-reported': {
    en: 'an open, in-progress or rectified issue (reopen a verified or closed one first)',
    zh: '未整改、正在整改或已整改的问题（核查通过或已销号的问题须先重新整改）',
  },
  'rectification-reported': {
    en: 'an open, in-progress or rectified issue (reopen a verified or closed one first)',
    zh: '未整改、正在整改或已整改的问题（核查通过或已销号的问题须先重新整改）',
  },
  'verification-passed': { en: 'an issue reported rectified', zh: '已报告整改的问题' },
  'verification-failed': { en: 'an issue reported rectified', zh: '已报告整改的问题' },
  'deadline-extended': { en: 'an open or in-progress issue', zh: '未整改或正在整改的问题' },
  'issue-reopened': { en: 'a closed or verified issue', zh: '已销号或核查通过的问题' },
  'issue-withdrawn': {
    en: 'an issue that is not closed (reopen a closed one first)',
    zh: '未销号的问题（已销号的问题须先重新整改）',
  },
  'issue-closed': { en: 'a verified issue', zh: '核查通过的问题' },
  'issue-rechecked': {
    en: 'an issue reported rectified for a rectified outcome (record its rectification-reported first)',
    zh: '已报告整改的问题方可复查为「已整改」（须先报告已整改）',
  },
};

function problem(
  code: DudaoErrorCode,
  field: string | null,
  message: string,
  messageZh: string,
): RuleProblem {
  return { code, field, message, messageZh };
}

function invalid(event: LedgerEvent, id: string, status: IssueStatus): RuleProblem {
  const needs = NEEDS[event.type];
  return problem(
    'invalid-transition',
    null,
    `cannot apply ${event.type} to issue ${quoteInput(id)}: it is ${ISSUE_STATUS_LABELS[status].en}; ${event.type} needs ${needs.en}`,
    `问题 ${quoteInput(id)} 不能${EVENT_ZH[event.type]}：当前状态为「${ISSUE_STATUS_LABELS[status].zh}」，${EVENT_ZH[event.type]}须为${needs.zh}`,
  );
}

/**
 * The id of the issue an event concerns.
 * @internal
 */
export function issueIdOf(event: LedgerEvent): string {
  return event.type === 'issue-raised' ? event.issue.id : event.issueId;
}

/**
 * The status an event leads to, or why it is impossible. `cursor` is the issue's current facts
 * (undefined when no issue has the event's id). Dates are valid `YYYY-MM-DD` strings, so string
 * order is date order.
 * @internal
 */
export function nextStatus(cursor: IssueCursor | undefined, event: LedgerEvent): IssueStatus | RuleProblem {
  if (event.type === 'issue-raised') {
    const id = event.issue.id;
    if (cursor !== undefined) {
      return problem(
        'duplicate-issue',
        'issue',
        `issue ${quoteInput(id)} was already raised (on ${cursor.raisedAt})`,
        `问题 ${quoteInput(id)} 已于 ${cursor.raisedAt} 提出，不能重复提出`,
      );
    }
    if (event.issue.deadline < event.at) {
      return problem(
        'deadline-before-raised',
        'issue',
        `the deadline ${event.issue.deadline} of issue ${quoteInput(id)} is before the date it is raised (${event.at})`,
        `问题 ${quoteInput(id)} 的整改时限 ${event.issue.deadline} 早于提出日期 ${event.at}`,
      );
    }
    return 'open';
  }
  const id = event.issueId;
  if (cursor === undefined) {
    return problem(
      'unknown-issue',
      'issueId',
      `no issue ${quoteInput(id)} has been raised before this event`,
      `此前未提出编号为 ${quoteInput(id)} 的问题`,
    );
  }
  const status = cursor.status;
  if (status === 'withdrawn') {
    return problem(
      'issue-withdrawn',
      null,
      `issue ${quoteInput(id)} was withdrawn and accepts no further event (${event.type})`,
      `问题 ${quoteInput(id)} 已撤回，不能再${EVENT_ZH[event.type]}`,
    );
  }
  if (event.at < cursor.raisedAt) {
    return problem(
      'before-raised',
      'at',
      `${event.type} is dated ${event.at}, before issue ${quoteInput(id)} was raised (${cursor.raisedAt})`,
      `${EVENT_ZH[event.type]}日期 ${event.at} 早于问题 ${quoteInput(id)} 的提出日期 ${cursor.raisedAt}`,
    );
  }
  if (event.at < cursor.lastEventAt) {
    return problem(
      'date-backwards',
      'at',
      `${event.type} is dated ${event.at}, before the previous event of issue ${quoteInput(id)} (${cursor.lastEventAt})`,
      `${EVENT_ZH[event.type]}日期 ${event.at} 早于问题 ${quoteInput(id)} 的上一事件日期 ${cursor.lastEventAt}`,
    );
  }
  switch (event.type) {
    case 'measure-added':
    case 'progress-reported':
      if (status === 'open') return 'in-progress';
      if (status === 'in-progress' || status === 'rectified') return status;
      return invalid(event, id, status);
    case 'rectification-reported':
      if (status === 'open' || status === 'in-progress' || status === 'rectified') return 'rectified';
      return invalid(event, id, status);
    case 'verification-passed':
      return status === 'rectified' ? 'verified' : invalid(event, id, status);
    case 'verification-failed':
      return status === 'rectified' ? 'in-progress' : invalid(event, id, status);
    case 'deadline-extended':
      if (status !== 'open' && status !== 'in-progress') return invalid(event, id, status);
      if (event.deadline <= cursor.deadline) {
        return problem(
          'deadline-not-later',
          'deadline',
          `the new deadline ${event.deadline} of issue ${quoteInput(id)} is not later than the one in force (${cursor.deadline})`,
          `问题 ${quoteInput(id)} 的新整改时限 ${event.deadline} 不晚于现行时限 ${cursor.deadline}`,
        );
      }
      return status;
    case 'issue-closed':
      return status === 'verified' ? 'closed' : invalid(event, id, status);
    case 'issue-reopened':
      return status === 'closed' || status === 'verified' ? 'in-progress' : invalid(event, id, status);
    case 'issue-withdrawn':
      return status === 'closed' ? invalid(event, id, status) : 'withdrawn';
    case 'issue-rechecked':
      return recheckedStatus(event.outcome, status) ?? invalid(event, id, status);
  }
}

/**
 * The status a recheck outcome leads to from a status (withdrawn excluded), or null when the
 * outcome is impossible there (a `rectified` outcome without a reported rectification).
 * @internal
 */
export function recheckedStatus(
  outcome: Extract<LedgerEvent, { type: 'issue-rechecked' }>['outcome'],
  status: IssueStatus,
): IssueStatus | null {
  switch (outcome) {
    case 'rectified':
      if (status === 'rectified') return 'verified';
      return status === 'verified' || status === 'closed' ? status : null;
    case 'basically-rectified':
      return 'in-progress';
    case 'not-rectified':
      return status === 'open' ? 'open' : 'in-progress';
    case 'not-applicable':
      return status === 'closed' ? 'closed' : 'withdrawn';
  }
}

/**
 * Tells a rule problem from a status.
 * @internal
 */
export function isRuleProblem(value: IssueStatus | RuleProblem): value is RuleProblem {
  return typeof value !== 'string';
}

/**
 * Checks the date fields of an event (`at`, and the deadline it carries): each must be a real
 * calendar date. Returns the field and value of the first bad one, or null.
 * @internal
 */
export function badDateOf(
  event: LedgerEvent,
  isDate: (text: string) => boolean,
): { readonly path: readonly string[]; readonly value: unknown } | null {
  if (typeof event.at !== 'string' || !isDate(event.at)) return { path: ['at'], value: event.at };
  if (event.type === 'issue-raised') {
    const deadline = event.issue.deadline;
    if (typeof deadline !== 'string' || !isDate(deadline)) {
      return { path: ['issue', 'deadline'], value: deadline };
    }
  } else if (event.type === 'deadline-extended') {
    if (typeof event.deadline !== 'string' || !isDate(event.deadline)) {
      return { path: ['deadline'], value: event.deadline };
    }
  }
  return null;
}
