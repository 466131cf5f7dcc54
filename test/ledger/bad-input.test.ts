/**
 * Impossible histories and malformed ledgers: every transition of every status (allowed or
 * rejected with its code), unknown ids, duplicate raises, dates going backwards, malformed dates.
 * Each rejection names its code and its path.
 */

import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { addMeasure } from '../../src/ledger/events.js';
import { loadLedger, replayLedger } from '../../src/ledger/fold.js';
import type { IssueStatus } from '../../src/ledger/types.js';
import { TEXT_LIMITS } from '../../src/schema/common.js';
import type { Issue, LedgerEvent, LedgerEventType } from '../../src/schema/ledger.js';
import { parseLedgerDocument, safeParseLedgerDocument } from '../../src/schema/ledger.js';
import { contractIssue, rejection } from '../fixtures/ledger-contract.js';

const CHINESE = /[\u4e00-\u9fff]/;

const issue: Issue = contractIssue;

const raise: LedgerEvent = { type: 'issue-raised', at: '2021-04-20', issue };
const measure = (at: string): LedgerEvent => ({ type: 'measure-added', at, issueId: 'Q1', text: '分班' });
const rectify = (at: string): LedgerEvent => ({
  type: 'rectification-reported',
  at,
  issueId: 'Q1',
  evidence: [{ title: '分班名册' }],
});
const verify = (at: string): LedgerEvent => ({
  type: 'verification-passed',
  at,
  issueId: 'Q1',
  by: '督导组',
});
const close = (at: string): LedgerEvent => ({ type: 'issue-closed', at, issueId: 'Q1' });
const withdraw = (at: string): LedgerEvent => ({
  type: 'issue-withdrawn',
  at,
  issueId: 'Q1',
  reason: '重复',
});

/** A history that leaves Q1 in each status. */
const HISTORIES: Record<IssueStatus, LedgerEvent[]> = {
  open: [raise],
  'in-progress': [raise, measure('2021-05-01')],
  rectified: [raise, rectify('2021-05-01')],
  verified: [raise, rectify('2021-05-01'), verify('2021-05-02')],
  closed: [raise, rectify('2021-05-01'), verify('2021-05-02'), close('2021-05-03')],
  withdrawn: [raise, withdraw('2021-05-01')],
};

/** Each event type, dated 2021-06-01. */
const CANDIDATES: Record<LedgerEventType, LedgerEvent> = {
  'issue-raised': { type: 'issue-raised', at: '2021-06-01', issue: { ...issue, deadline: '2021-12-31' } },
  'measure-added': measure('2021-06-01'),
  'progress-reported': { type: 'progress-reported', at: '2021-06-01', issueId: 'Q1', text: '推进中' },
  'rectification-reported': rectify('2021-06-01'),
  'verification-passed': verify('2021-06-01'),
  'verification-failed': { type: 'verification-failed', at: '2021-06-01', issueId: 'Q1', reason: '未到位' },
  'deadline-extended': {
    type: 'deadline-extended',
    at: '2021-06-01',
    issueId: 'Q1',
    deadline: '2021-12-31',
    reason: '工程跨年度',
  },
  'issue-reopened': { type: 'issue-reopened', at: '2021-06-01', issueId: 'Q1', reason: '反弹' },
  'issue-withdrawn': withdraw('2021-06-01'),
  'issue-closed': close('2021-06-01'),
  'issue-rechecked': {
    type: 'issue-rechecked',
    at: '2021-06-01',
    issueId: 'Q1',
    inspection: 'sx-2021-06-return',
    outcome: 'not-rectified',
    finding: '仍有两个班超过45人',
  },
};

const X = 'invalid-transition';
const W = 'issue-withdrawn';
const D = 'duplicate-issue';

/** The transition table: the status reached, or the code of the rejection. */
const TABLE: Record<LedgerEventType, Record<IssueStatus, IssueStatus | string>> = {
  'issue-raised': { open: D, 'in-progress': D, rectified: D, verified: D, closed: D, withdrawn: D },
  'measure-added': {
    open: 'in-progress',
    'in-progress': 'in-progress',
    rectified: 'rectified',
    verified: X,
    closed: X,
    withdrawn: W,
  },
  'progress-reported': {
    open: 'in-progress',
    'in-progress': 'in-progress',
    rectified: 'rectified',
    verified: X,
    closed: X,
    withdrawn: W,
  },
  'rectification-reported': {
    open: 'rectified',
    'in-progress': 'rectified',
    rectified: 'rectified',
    verified: X,
    closed: X,
    withdrawn: W,
  },
  'verification-passed': {
    open: X,
    'in-progress': X,
    rectified: 'verified',
    verified: X,
    closed: X,
    withdrawn: W,
  },
  'verification-failed': {
    open: X,
    'in-progress': X,
    rectified: 'in-progress',
    verified: X,
    closed: X,
    withdrawn: W,
  },
  'deadline-extended': {
    open: 'open',
    'in-progress': 'in-progress',
    rectified: X,
    verified: X,
    closed: X,
    withdrawn: W,
  },
  'issue-reopened': {
    open: X,
    'in-progress': X,
    rectified: X,
    verified: 'in-progress',
    closed: 'in-progress',
    withdrawn: W,
  },
  'issue-withdrawn': {
    open: 'withdrawn',
    'in-progress': 'withdrawn',
    rectified: 'withdrawn',
    verified: 'withdrawn',
    closed: X,
    withdrawn: W,
  },
  'issue-closed': { open: X, 'in-progress': X, rectified: X, verified: 'closed', closed: X, withdrawn: W },
  // Outcome not-rectified; every outcome has its own table in recheck.test.ts.
  'issue-rechecked': {
    open: 'open',
    'in-progress': 'in-progress',
    rectified: 'in-progress',
    verified: 'in-progress',
    closed: 'in-progress',
    withdrawn: W,
  },
};

const STATUSES: readonly IssueStatus[] = [
  'open',
  'in-progress',
  'rectified',
  'verified',
  'closed',
  'withdrawn',
];

describe('the transition table: every event type from every status', () => {
  for (const [type, row] of Object.entries(TABLE) as [LedgerEventType, Record<IssueStatus, string>][]) {
    for (const from of STATUSES) {
      const expected = row[from];
      const allowed = (STATUSES as readonly string[]).includes(expected);
      it(`${type} on a ${from} issue → ${allowed ? expected : `rejected (${expected})`}`, () => {
        const history = HISTORIES[from];
        const event = CANDIDATES[type];
        if (allowed) {
          expect(replayLedger([...history, event]).issues[0]?.status).toBe(expected);
          return;
        }
        // In one history, the path is the event's index in it…
        const whole = rejection(() => replayLedger([...history, event]));
        expect(whole.code).toBe(expected);
        expect(whole.path).toEqual(['events', history.length]);
        expect(whole.messageZh).toMatch(CHINESE);
        // …and when continuing a state, its index in the new events.
        const state = replayLedger(history);
        const continued = rejection(() => replayLedger([event], state));
        expect([continued.code, continued.path]).toEqual([expected, ['events', 0]]);
      });
    }
  }
});

describe('impossible histories', () => {
  it('closing an unverified issue: invalid-transition, with the reason in both languages', () => {
    const error = rejection(() => replayLedger([raise, rectify('2021-05-01'), close('2021-05-02')]));
    expect(error.code).toBe('invalid-transition');
    expect(error.path).toEqual(['events', 2]);
    expect(error.message).toContain('needs a verified issue');
    expect(error.messageZh).toContain('当前状态为「已整改」');
  });

  it('verifying an issue that was never rectified', () => {
    const error = rejection(() => replayLedger([raise, measure('2021-05-01'), verify('2021-05-02')]));
    expect([error.code, error.path]).toEqual(['invalid-transition', ['events', 2]]);
  });

  it('an event for an unknown issue id', () => {
    const error = rejection(() =>
      replayLedger([raise, { type: 'measure-added', at: '2021-05-01', issueId: 'Q9', text: '分班' }]),
    );
    expect([error.code, error.path]).toEqual(['unknown-issue', ['events', 1]]);
    expect(error.messageZh).toContain('"Q9"');
  });

  it('an event before the issue was raised, in the history (unknown id at that point)', () => {
    const error = rejection(() => replayLedger([measure('2021-05-01'), raise]));
    expect([error.code, error.path]).toEqual(['unknown-issue', ['events', 0]]);
  });

  it('an event dated before the issue was raised', () => {
    const error = rejection(() => replayLedger([raise, measure('2021-04-19')]));
    expect([error.code, error.path]).toEqual(['before-raised', ['events', 1]]);
  });

  it('a duplicate raise', () => {
    const error = rejection(() => replayLedger([raise, { ...raise, at: '2021-05-01' }]));
    expect([error.code, error.path]).toEqual(['duplicate-issue', ['events', 1]]);
  });

  it('dates going backwards for one issue (before its previous event)', () => {
    const error = rejection(() => replayLedger([raise, measure('2021-06-01'), rectify('2021-05-31')]));
    expect([error.code, error.path]).toEqual(['date-backwards', ['events', 2]]);
    expect(error.messageZh).toContain('早于问题 "Q1" 的上一事件日期 2021-06-01');
  });

  it('dates may go backwards across issues, and may repeat for one issue', () => {
    const other = { ...raise, at: '2021-04-01', issue: { ...issue, id: 'Q2' } };
    const state = replayLedger([raise, measure('2021-06-01'), other, measure('2021-06-01')]);
    expect(state.issues.map((i) => i.id)).toEqual(['Q1', 'Q2']);
  });

  it('events after withdrawal', () => {
    const error = rejection(() => replayLedger([raise, withdraw('2021-05-01'), measure('2021-05-02')]));
    expect([error.code, error.path]).toEqual(['issue-withdrawn', ['events', 2]]);
  });

  it('a first deadline before the raise date', () => {
    const error = rejection(() => replayLedger([{ ...raise, issue: { ...issue, deadline: '2021-04-19' } }]));
    expect([error.code, error.path]).toEqual(['deadline-before-raised', ['events', 0]]);
  });

  it('an extension that is not later than the deadline in force', () => {
    const error = rejection(() =>
      replayLedger([
        raise,
        { type: 'deadline-extended', at: '2021-05-01', issueId: 'Q1', deadline: '2021-10-31', reason: '—' },
      ]),
    );
    expect([error.code, error.path]).toEqual(['deadline-not-later', ['events', 1]]);
  });

  it('a malformed date (2021-02-30) met by the replay itself', () => {
    const error = rejection(() => replayLedger([raise, measure('2021-02-30')]));
    expect([error.code, error.path]).toEqual(['invalid-date', ['events', 1, 'at']]);
    const deadline = rejection(() =>
      replayLedger([{ ...raise, issue: { ...issue, deadline: '2021-11-31' } }]),
    );
    expect([deadline.code, deadline.path]).toEqual(['invalid-date', ['events', 0, 'issue', 'deadline']]);
  });

  it('a rejected event leaves the state it continues unchanged', () => {
    const state = replayLedger([raise, rectify('2021-05-01')]);
    const before = structuredClone(state);
    expect(() => replayLedger([measure('2021-05-02'), close('2021-05-03')], state)).toThrow(DudaoError);
    expect(state).toEqual(before);
  });
});

describe('malformed ledger documents (schema)', () => {
  const doc = (events: unknown[]) => ({ schemaVersion: 1, events });

  it('a date that is not on the calendar: invalid-date at its path', () => {
    const error = rejection(() => parseLedgerDocument(doc([{ ...raise, at: '2021-02-30' }])));
    expect([error.code, error.path]).toEqual(['invalid-date', ['events', 0, 'at']]);
    expect(error.messageZh).toMatch(CHINESE);
  });

  it('every problem of a document at once', () => {
    const result = safeParseLedgerDocument(
      doc([
        { ...raise, issue: { ...issue, deadline: '2021-13-01' } },
        { type: 'issue-closed', at: '2021-5-1', issueId: 'Q1' },
        { type: 'deadline-extended', at: '2021-05-01', issueId: 'Q1', deadline: '2021-02-29', reason: 'x' },
      ]),
    );
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
        ['invalid-date', ['events', 0, 'issue', 'deadline']],
        ['invalid-date', ['events', 1, 'at']],
        ['invalid-date', ['events', 2, 'deadline']],
      ]);
    }
  });

  it('an unknown event type: invalid-enum at type', () => {
    const error = rejection(() =>
      parseLedgerDocument(doc([{ type: 'issue-deleted', at: '2021-05-01', issueId: 'Q1' }])),
    );
    expect([error.code, error.path]).toEqual(['invalid-enum', ['events', 0, 'type']]);
  });

  it('a misspelt field: unknown-key with a suggestion', () => {
    const error = rejection(() =>
      parseLedgerDocument(doc([{ type: 'issue-closed', at: '2021-05-01', issueID: 'Q1' }])),
    );
    expect(error.issues.map((i) => [i.code, i.path])).toContainEqual([
      'unknown-key',
      ['events', 0, 'issueID'],
    ]);
    expect(error.issues.find((i) => i.code === 'unknown-key')?.message).toContain('"issueId"');
  });

  it('a rectification without evidence: too-small', () => {
    const error = rejection(() =>
      parseLedgerDocument(
        doc([{ type: 'rectification-reported', at: '2021-05-01', issueId: 'Q1', evidence: [] }]),
      ),
    );
    expect([error.code, error.path]).toEqual(['too-small', ['events', 0, 'evidence']]);
  });

  it('a unit listed twice among the responsible units: duplicate-unit', () => {
    const twice = { ...issue, responsible: [{ unit: '教育局', lead: true }, { unit: '教育局' }] };
    const error = rejection(() => parseLedgerDocument(doc([{ ...raise, issue: twice }])));
    expect([error.code, error.path]).toEqual([
      'duplicate-unit',
      ['events', 0, 'issue', 'responsible', 1, 'unit'],
    ]);
  });

  it('a scope of an unknown kind: invalid-enum at scope.kind', () => {
    const bad = { ...issue, scope: { kind: 'village' } };
    const error = rejection(() => parseLedgerDocument(doc([{ ...raise, issue: bad }])));
    expect([error.code, error.path]).toEqual(['invalid-enum', ['events', 0, 'issue', 'scope', 'kind']]);
  });

  it('no responsible unit: too-small', () => {
    const error = rejection(() =>
      parseLedgerDocument(doc([{ ...raise, issue: { ...issue, responsible: [] } }])),
    );
    expect([error.code, error.path]).toEqual(['too-small', ['events', 0, 'issue', 'responsible']]);
  });

  it('schemaVersion 2 is refused', () => {
    const error = rejection(() => parseLedgerDocument({ schemaVersion: 2, events: [] }));
    expect([error.code, error.path]).toEqual(['schema-version', ['schemaVersion']]);
  });

  it('loadLedger checks the shape first, then the history', () => {
    const shape = rejection(() => loadLedger(doc([{ ...raise, at: '2021-02-30' }])));
    expect([shape.code, shape.path]).toEqual(['invalid-date', ['events', 0, 'at']]);
    const history = rejection(() => loadLedger(doc([raise, close('2021-05-01')])));
    expect([history.code, history.path]).toEqual(['invalid-transition', ['events', 1]]);
  });
});

describe('error messages quote at most a short prefix of what was given (issue #18, item 3)', () => {
  // 1 MB of id: a message that repeated it would be a megabyte long.
  const huge = `Q-${'长'.repeat(350_000)}`;
  const prefix = `"Q-${'长'.repeat(38)}…"`;
  const bigIssue: Issue = { ...issue, id: huge };
  const bigRaise: LedgerEvent = { type: 'issue-raised', at: '2021-04-20', issue: bigIssue };
  const on = (event: Omit<LedgerEvent, 'issueId'> & { type: LedgerEventType }): LedgerEvent =>
    ({ ...event, issueId: huge }) as LedgerEvent;

  function expectShort(error: DudaoError): void {
    for (const text of [error.message, error.messageZh]) {
      expect(text.length).toBeLessThan(300);
      expect(text).toContain(prefix);
    }
  }

  it('an unknown issue id of 1 MB: the replay quotes its first 40 characters, a command refuses its length', () => {
    const event = on({ type: 'measure-added', at: '2021-05-01', text: '分班' } as never);
    const replayed = rejection(() => replayLedger([raise, event]));
    expect(replayed.code).toBe('unknown-issue');
    expectShort(replayed);
    const commanded = rejection(() =>
      addMeasure(replayLedger([raise]), { at: '2021-05-01', issueId: huge, text: '分班' }),
    );
    // TEXT_LIMITS.id: refused at its field without being quoted.
    expect(commanded.code).toBe('too-big');
    expect(commanded.path.at(-1)).toBe('issueId');
    for (const text of [commanded.message, commanded.messageZh]) expect(text.length).toBeLessThan(300);
  });

  it('an unknown issue id of the longest accepted length, in the replay and in a command: its first 40 characters and …', () => {
    const long = `Q-${'长'.repeat(TEXT_LIMITS.id - 2)}`;
    const event = { type: 'measure-added', at: '2021-05-01', issueId: long, text: '分班' } as LedgerEvent;
    const replayed = rejection(() => replayLedger([raise, event]));
    expect(replayed.code).toBe('unknown-issue');
    expectShort(replayed);
    const commanded = rejection(() =>
      addMeasure(replayLedger([raise]), { at: '2021-05-01', issueId: long, text: '分班' }),
    );
    expect(commanded.code).toBe('unknown-issue');
    expectShort(commanded);
  });

  it('every other rule that names the issue: duplicate, deadline, withdrawn, dates, transition, extension', () => {
    const cases: [string, LedgerEvent[]][] = [
      ['duplicate-issue', [bigRaise, { ...bigRaise, at: '2021-05-01' }]],
      ['deadline-before-raised', [{ ...bigRaise, issue: { ...bigIssue, deadline: '2021-04-19' } }]],
      [
        'issue-withdrawn',
        [
          bigRaise,
          on({ type: 'issue-withdrawn', at: '2021-05-01', reason: '重复' } as never),
          on({ type: 'measure-added', at: '2021-05-02', text: '分班' } as never),
        ],
      ],
      ['before-raised', [bigRaise, on({ type: 'measure-added', at: '2021-04-19', text: '分班' } as never)]],
      [
        'date-backwards',
        [
          bigRaise,
          on({ type: 'measure-added', at: '2021-06-01', text: '分班' } as never),
          on({ type: 'progress-reported', at: '2021-05-01', text: '推进' } as never),
        ],
      ],
      ['invalid-transition', [bigRaise, on({ type: 'issue-closed', at: '2021-05-01' } as never)]],
      [
        'deadline-not-later',
        [
          bigRaise,
          on({ type: 'deadline-extended', at: '2021-05-01', deadline: '2021-10-01', reason: '—' } as never),
        ],
      ],
    ];
    for (const [code, events] of cases) {
      const error = rejection(() => replayLedger(events));
      expect(error.code).toBe(code);
      expectShort(error);
    }
  });

  it('a 1 MB text where the replay expects a date', () => {
    const error = rejection(() =>
      replayLedger([raise, { ...measure('2021-05-01'), at: huge } as LedgerEvent]),
    );
    expect([error.code, error.path]).toEqual(['invalid-date', ['events', 1, 'at']]);
    expectShort(error);
  });

  it('a unit of the longest accepted length listed twice among the responsible units (schema)', () => {
    const long = `Q-${'长'.repeat(TEXT_LIMITS.name - 2)}`;
    const twice = { ...issue, responsible: [{ unit: long, lead: true }, { unit: long }] };
    const error = rejection(() =>
      parseLedgerDocument({ schemaVersion: 1, events: [{ ...raise, issue: twice }] }),
    );
    expect(error.code).toBe('duplicate-unit');
    expectShort(error);
  });
});

describe('an own `__proto__` key (as JSON.parse makes one) is refused, never dropped', () => {
  const document = (events: string) => `{"schemaVersion":1,"events":[${events}]}`;
  const raised = JSON.stringify(raise);

  it('in an event: unknown-key at the event, like any unknown field', () => {
    const text = document(
      `${raised},{"type":"issue-closed","at":"2021-12-10","issueId":"Q1","__proto__":{"x":1}}`,
    );
    const result = safeParseLedgerDocument(JSON.parse(text));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-key', ['events', 1, '__proto__']],
    ]);
    expect(result.error.issues[0]?.messageZh).toMatch(CHINESE);
  });

  it("in an issue's scope", () => {
    const scoped = JSON.stringify({ ...raise, issue: { ...issue, scope: { kind: 'county' } } }).replace(
      '"scope":{"kind":"county"}',
      '"scope":{"kind":"county","__proto__":{"polluted":true}}',
    );
    const result = safeParseLedgerDocument(JSON.parse(document(scoped)));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown-key', ['events', 0, 'issue', 'scope', '__proto__']],
    ]);
  });
});
