/**
 * Argument checks of a ledger's state (台账状态参数检查): what the queries, the commands and the
 * scores ask of a state or an issue before they read it. A state is dudao's own result (from
 * `replayLedger` or `loadLedger`): its kind and main fields are checked, its nested values are
 * trusted.
 * @module
 */
import type { FieldPath } from '../error.js';
import { expectKind, expectOneOf, expectShape, shapeOf } from '../guard.js';
import { LEDGER_EVENT_TYPES } from '../schema/ledger.js';
import type { IssueState, LedgerState } from './types.js';

const LEDGER_STATE = /* @__PURE__ */ shapeOf({
  issues: 'array',
  eventCount: 'number',
  lastEventAt: 'string|null',
});

/**
 * Throws a DudaoError unless `value` looks like a ledger state (an object with `issues`,
 * `eventCount` and `lastEventAt`). Its issues are not checked one by one: a command on a large
 * ledger stays as cheap as the command.
 * @internal
 */
export function expectLedgerState(value: unknown, path: FieldPath = ['state']): asserts value is LedgerState {
  expectShape(
    value,
    path,
    {
      en: 'a ledger state (from replayLedger or loadLedger)',
      zh: '台账状态（由 replayLedger 或 loadLedger 得到）',
    },
    LEDGER_STATE,
  );
}

const ISSUE_STATE = /* @__PURE__ */ shapeOf({
  id: 'string',
  issue: 'object',
  status: 'string',
  raisedAt: 'string',
  lastEventAt: 'string',
  deadline: 'string',
  deadlines: 'array',
  measures: 'array',
  progress: 'array',
  rectifications: 'array',
  verifications: 'array',
  reopenings: 'array',
  transitions: 'array',
  rectifiedAt: 'string|null',
  rectifiedOnTime: 'boolean|null',
  verifiedAt: 'string|null',
  closure: 'object|null',
  withdrawal: 'object|null',
  lead: 'array',
  supporting: 'array',
  eventCount: 'number',
});

/**
 * Throws a DudaoError unless `value` looks like the state of one issue.
 * @internal
 */
export function expectIssueState(value: unknown, path: FieldPath = ['issue']): asserts value is IssueState {
  expectShape(
    value,
    path,
    { en: 'the state of an issue (from a ledger state)', zh: '问题状态（来自台账状态）' },
    ISSUE_STATE,
  );
}

/**
 * Throws a DudaoError unless `value` is an array of events, each an object with a known `type`
 * and the id of its issue (`issue.id` when raised, else `issueId`): what replaying reads before
 * the rules. Events are otherwise trusted (validate untrusted ones with `parseLedgerDocument`).
 * @internal
 */
export function expectEventList(value: unknown, path: FieldPath = ['events']): void {
  expectKind(value, 'array', path, { en: 'an array of ledger events', zh: '台账事件数组' });
  const events = value as readonly unknown[];
  for (let i = 0; i < events.length; i++) {
    const event = events[i];
    const at = [...path, i];
    expectKind(event, 'object', at, { en: 'a ledger event', zh: '台账事件' });
    const { type } = event as { type?: unknown };
    expectOneOf(type, LEDGER_EVENT_TYPES, [...at, 'type']);
    if (type === 'issue-raised') {
      expectShape(
        (event as { issue?: unknown }).issue,
        [...at, 'issue'],
        { en: 'an issue', zh: '问题' },
        { id: 'string' },
      );
    } else {
      expectKind((event as { issueId?: unknown }).issueId, 'string', [...at, 'issueId']);
    }
  }
}
