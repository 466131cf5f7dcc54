/**
 * Rechecks (复查, `issue-rechecked`): every outcome from every status (the transition table of
 * rules.ts), what the replay records, the command `recordRecheck` and its errors with their paths,
 * `raiseIssue` checked against known inspections, the schema, the seal over a recheck, and
 * ledgers (and saved states) written before rechecks existed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type KnownInspection,
  ledgerInspectionProblems,
  raiseIssue,
  recordRecheck,
} from '../../src/ledger/events.js';
import { loadLedger, replayLedger } from '../../src/ledger/fold.js';
import { sealLedgerDocument, verifyLedgerDocument } from '../../src/ledger/seal.js';
import { EMPTY_LEDGER_STATE, type IssueStatus, type LedgerState } from '../../src/ledger/types.js';
import { sampleCity } from '../../src/sample/index.js';
import {
  type Issue,
  type IssueRecheckedEvent,
  type LedgerEvent,
  type RecheckOutcome,
  safeParseLedgerDocument,
} from '../../src/schema/ledger.js';
import { rectificationSummary } from '../../src/scoring/summary.js';
import { contractIssue, rejection } from '../fixtures/ledger-contract.js';
import { handLedgerEvents } from '../fixtures/ledger-hand.js';
import { deepFreeze } from './arbitrary.js';

const ROOT = join(import.meta.dirname, '../..');
const CHINESE = /[\u4e00-\u9fff]/;
const VISIT = 'bj-2021-11-return';

const issue: Issue = contractIssue;

const raise: LedgerEvent = { type: 'issue-raised', at: '2021-04-20', issue };
const measure: LedgerEvent = { type: 'measure-added', at: '2021-05-01', issueId: 'Q1', text: '分班' };
const rectify: LedgerEvent = {
  type: 'rectification-reported',
  at: '2021-05-01',
  issueId: 'Q1',
  evidence: [{ title: '分班名册' }],
};
const verify: LedgerEvent = { type: 'verification-passed', at: '2021-05-02', issueId: 'Q1', by: '省督导组' };
const close: LedgerEvent = { type: 'issue-closed', at: '2021-05-03', issueId: 'Q1' };
const withdraw: LedgerEvent = { type: 'issue-withdrawn', at: '2021-05-01', issueId: 'Q1', reason: '重复' };

const HISTORIES: Record<IssueStatus, LedgerEvent[]> = {
  open: [raise],
  'in-progress': [raise, measure],
  rectified: [raise, rectify],
  verified: [raise, rectify, verify],
  closed: [raise, rectify, verify, close],
  withdrawn: [raise, withdraw],
};

const recheck = (outcome: RecheckOutcome, extra: Partial<IssueRecheckedEvent> = {}): IssueRecheckedEvent => ({
  type: 'issue-rechecked',
  at: '2021-11-10',
  issueId: 'Q1',
  inspection: VISIT,
  outcome,
  finding: '复查情况',
  ...extra,
});

const X = 'invalid-transition';
const W = 'issue-withdrawn';

/** Each outcome from each status: the status reached, or the code of the rejection. */
const TABLE: Record<RecheckOutcome, Record<IssueStatus, string>> = {
  rectified: {
    open: X,
    'in-progress': X,
    rectified: 'verified',
    verified: 'verified',
    closed: 'closed',
    withdrawn: W,
  },
  'basically-rectified': {
    open: 'in-progress',
    'in-progress': 'in-progress',
    rectified: 'in-progress',
    verified: 'in-progress',
    closed: 'in-progress',
    withdrawn: W,
  },
  'not-rectified': {
    open: 'open',
    'in-progress': 'in-progress',
    rectified: 'in-progress',
    verified: 'in-progress',
    closed: 'in-progress',
    withdrawn: W,
  },
  'not-applicable': {
    open: 'withdrawn',
    'in-progress': 'withdrawn',
    rectified: 'withdrawn',
    verified: 'withdrawn',
    closed: 'closed',
    withdrawn: W,
  },
};

describe('the transition table of rechecks: every outcome from every status', () => {
  for (const [outcome, row] of Object.entries(TABLE) as [RecheckOutcome, Record<IssueStatus, string>][]) {
    for (const [from, expected] of Object.entries(row) as [IssueStatus, string][]) {
      const allowed = expected !== X && expected !== W;
      it(`${outcome} on a ${from} issue → ${allowed ? expected : `rejected (${expected})`}`, () => {
        const history = HISTORIES[from];
        const event = recheck(outcome);
        if (allowed) {
          const state = replayLedger([...history, event]);
          expect(state.issues[0]?.status).toBe(expected);
          expect(state.issues[0]?.rechecks).toEqual([
            {
              at: '2021-11-10',
              inspection: VISIT,
              outcome,
              finding: '复查情况',
              evidence: [],
              by: null,
              from,
              to: expected,
            },
          ]);
          // The command agrees with the replay.
          expect(recordRecheck(replayLedger(history), event)).toEqual(event);
          return;
        }
        const error = rejection(() => replayLedger([...history, event]));
        expect([error.code, error.path]).toEqual([expected, ['events', history.length]]);
        expect(error.messageZh).toMatch(CHINESE);
      });
    }
  }

  it('a rectified outcome without a report says to record the report first', () => {
    const error = rejection(() => recordRecheck(replayLedger([raise, measure]), recheck('rectified')));
    expect(error.code).toBe('invalid-transition');
    expect(error.path).toEqual([]);
    expect(error.message).toContain('rectification-reported');
    expect(error.messageZh).toContain('复查');
  });
});

describe('what the replay records for each outcome', () => {
  it('rectified on a reported issue: a passed verification by the visit (核查通过)', () => {
    const s = replayLedger([...HISTORIES.rectified, recheck('rectified', { by: '市回访督导组' })]).issues[0];
    expect(s?.verifications).toEqual([{ at: '2021-11-10', passed: true, by: '市回访督导组', reason: null }]);
    expect(s?.verifiedAt).toBe('2021-11-10');
    expect(s?.rectifiedAt).toBe('2021-05-01');
    expect(s?.transitions.at(-1)).toEqual({
      at: '2021-11-10',
      event: 'issue-rechecked',
      from: 'rectified',
      to: 'verified',
    });
  });

  it('rectified on a closed issue: confirmed, nothing else changes', () => {
    const before = replayLedger(HISTORIES.closed).issues[0];
    const after = replayLedger([...HISTORIES.closed, recheck('rectified')]).issues[0];
    expect(after?.status).toBe('closed');
    expect(after?.verifications).toEqual(before?.verifications);
    expect(after?.closure).toEqual(before?.closure);
    expect(after?.transitions).toEqual(before?.transitions);
  });

  it('basically or not rectified on a reported issue: a failed verification, the rectification date cleared', () => {
    for (const outcome of ['basically-rectified', 'not-rectified'] as const) {
      const s = replayLedger([...HISTORIES.rectified, recheck(outcome, { finding: '仍有一个班超过45人' })])
        .issues[0];
      expect(s?.verifications).toEqual([
        { at: '2021-11-10', passed: false, by: null, reason: '仍有一个班超过45人' },
      ]);
      expect([s?.rectifiedAt, s?.rectifiedOnTime]).toEqual([null, null]);
    }
  });

  it('basically or not rectified on a closed issue: reopened (问题反弹), the close-out cleared', () => {
    for (const outcome of ['basically-rectified', 'not-rectified'] as const) {
      const s = replayLedger([...HISTORIES.closed, recheck(outcome, { finding: '大班额反弹' })]).issues[0];
      expect(s?.reopenings).toEqual([{ at: '2021-11-10', reason: '大班额反弹' }]);
      expect([s?.closure, s?.verifiedAt, s?.rectifiedAt]).toEqual([null, null, null]);
    }
  });

  it('not applicable: out of the rates as a withdrawal, with the finding as its reason', () => {
    const state = replayLedger([
      ...HISTORIES.rectified,
      recheck('not-applicable', { finding: '学校已撤并' }),
    ]);
    expect(state.issues[0]?.withdrawal).toEqual({ at: '2021-11-10', reason: '学校已撤并' });
    const s = rectificationSummary(state, { asOf: '2021-12-31' });
    expect([s.total, s.withdrawn, s.counted, s.rate]).toEqual([1, 1, 0, null]);
  });

  it('keeps the evidence and who rechecked', () => {
    const evidence = [{ title: '现场照片', ref: 'photos/q1.jpg' }];
    const s = replayLedger([...HISTORIES.rectified, recheck('rectified', { evidence, by: '复查组' })])
      .issues[0];
    expect(s?.rechecks[0]).toMatchObject({ evidence, by: '复查组' });
  });

  it('no further event after a not-applicable outcome (it is withdrawn)', () => {
    const state = replayLedger([...HISTORIES['in-progress'], recheck('not-applicable')]);
    const error = rejection(() => replayLedger([recheck('not-rectified', { at: '2021-11-20' })], state));
    expect(error.code).toBe('issue-withdrawn');
  });
});

describe('recordRecheck: bad input, with codes and paths', () => {
  const state = deepFreeze(replayLedger(HISTORIES.rectified));
  const input = (extra: Partial<IssueRecheckedEvent> = {}) => {
    const { type: _type, ...rest } = recheck('rectified', extra);
    return rest;
  };
  const visit: KnownInspection = {
    id: VISIT,
    level: 'municipal',
    counties: ['610328'],
    dates: { start: '2021-11-08', end: '2021-11-12' },
  };

  it('a recheck of an unknown issue: unknown-issue at ["issueId"]', () => {
    const error = rejection(() => recordRecheck(state, input({ issueId: 'Q9' })));
    expect([error.code, error.path]).toEqual(['unknown-issue', ['issueId']]);
    expect(error.message).toContain('"Q9"');
    // In a history, at the event.
    const replayed = rejection(() => replayLedger([raise, recheck('not-rectified', { issueId: 'Q9' })]));
    expect([replayed.code, replayed.path]).toEqual(['unknown-issue', ['events', 1]]);
  });

  it('a recheck dated before the issue was raised: before-raised at ["at"]', () => {
    const error = rejection(() => recordRecheck(state, input({ at: '2021-04-01' })));
    expect([error.code, error.path]).toEqual(['before-raised', ['at']]);
    expect(error.message).toContain('2021-04-20');
    expect(error.messageZh).toContain('复查日期 2021-04-01 早于问题');
  });

  it("a recheck dated before the issue's previous event: date-backwards at ['at']", () => {
    const error = rejection(() => recordRecheck(state, input({ at: '2021-04-25' })));
    expect([error.code, error.path]).toEqual(['date-backwards', ['at']]);
  });

  it('a recheck of a withdrawn issue: issue-withdrawn', () => {
    const error = rejection(() => recordRecheck(replayLedger(HISTORIES.withdrawn), input()));
    expect(error.code).toBe('issue-withdrawn');
    expect(error.messageZh).toContain('已撤回，不能再复查');
  });

  it('an unknown inspection, when the inspections are known: unknown-inspection at ["inspection"]', () => {
    expect(recordRecheck(state, input(), { inspections: [visit] }).inspection).toBe(VISIT);
    const error = rejection(() =>
      recordRecheck(state, input({ inspection: 'bj-2099-return' }), { inspections: [visit] }),
    );
    expect([error.code, error.path]).toEqual(['unknown-inspection', ['inspection']]);
    expect(error.message).toContain(VISIT);
    // Without the inspections, any id is taken: the ledger alone does not know them.
    expect(recordRecheck(state, input({ inspection: 'bj-2099-return' })).inspection).toBe('bj-2099-return');
  });

  it('a recheck before the inspection began, or in a county it did not cover', () => {
    const early = rejection(() =>
      recordRecheck(state, input({ at: '2021-11-01' }), { inspections: [visit] }),
    );
    expect([early.code, early.path]).toEqual(['before-inspection', ['at']]);
    const elsewhere = rejection(() =>
      recordRecheck(state, input(), { inspections: [{ ...visit, counties: ['610323'] }] }),
    );
    expect([elsewhere.code, elsewhere.path]).toEqual(['county-not-inspected', ['issueId']]);
  });

  it('schema problems: an unknown outcome, a missing finding, a misspelt field', () => {
    const outcome = rejection(() =>
      recordRecheck(state, { ...input(), outcome: 'fixed' as unknown as RecheckOutcome }),
    );
    expect([outcome.code, outcome.path]).toEqual(['invalid-enum', ['outcome']]);
    const { finding: _f, ...withoutFinding } = input();
    const missing = rejection(() => recordRecheck(state, withoutFinding as never));
    expect(missing.path).toEqual(['finding']);
    const document = { schemaVersion: 1, events: [raise, { ...recheck('rectified'), findings: 'x' }] };
    const result = safeParseLedgerDocument(document);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.some((i) => i.path.join('.') === 'events.1.findings')).toBe(true);
    }
  });

  it('never changes the state', () => {
    const copy = structuredClone(state);
    recordRecheck(state, input());
    expect(state).toEqual(copy);
  });
});

describe('raiseIssue: an issue newly found at a visit names the visit as its source', () => {
  const found: Issue = {
    ...issue,
    id: 'M1',
    source: { inspection: VISIT, level: 'municipal' },
    deadline: '2022-01-31',
  };
  const inspections: KnownInspection[] = [
    { id: VISIT, level: 'municipal', counties: ['610328'], dates: { start: '2021-11-08' } },
  ];

  it('a known inspection, its level, county and dates: accepted', () => {
    const event = raiseIssue(EMPTY_LEDGER_STATE, { at: '2021-11-12', issue: found }, { inspections });
    expect(event.issue.source).toEqual({ inspection: VISIT, level: 'municipal' });
  });

  it('rejects an unknown source, another level, another county, a date before the visit', () => {
    const cases: [Issue, string, string, (string | number)[]][] = [
      [
        { ...found, source: { inspection: 'x', level: 'municipal' } },
        '2021-11-12',
        'unknown-inspection',
        ['issue', 'source', 'inspection'],
      ],
      [
        { ...found, source: { inspection: VISIT, level: 'provincial' } },
        '2021-11-12',
        'level-mismatch',
        ['issue', 'source', 'level'],
      ],
      [{ ...found, county: '610323' }, '2021-11-12', 'county-not-inspected', ['issue', 'county']],
      [found, '2021-11-01', 'before-inspection', ['at']],
    ];
    for (const [candidate, at, code, path] of cases) {
      const error = rejection(() =>
        raiseIssue(EMPTY_LEDGER_STATE, { at, issue: candidate }, { inspections }),
      );
      expect([error.code, error.path]).toEqual([code, path]);
      expect(error.messageZh).toMatch(CHINESE);
    }
  });
});

describe('ledgerInspectionProblems: a whole ledger against the inspections known', () => {
  it('the sample city: every source and every recheck names one of its inspections', () => {
    expect(ledgerInspectionProblems(sampleCity.ledger.events, sampleCity.inspections)).toEqual([]);
  });

  it('names every problem at its event', () => {
    const inspections: KnownInspection[] = [
      { id: 'sx-2021-04-process', level: 'provincial', counties: ['610328'], dates: { start: '2021-04-12' } },
      { id: VISIT, level: 'municipal', counties: ['610323'], dates: { start: '2021-11-08' } },
    ];
    const events: LedgerEvent[] = [
      raise,
      {
        ...raise,
        issue: { ...issue, id: 'Q2', source: { inspection: 'sx-2021-04-process', level: 'municipal' } },
      },
      rectify,
      recheck('rectified'),
      recheck('not-rectified', { issueId: 'Q2', inspection: 'unknown-visit' }),
      recheck('not-rectified', { issueId: 'Q2', at: '2021-11-01' }),
    ];
    expect(ledgerInspectionProblems(events, inspections).map((p) => [p.code, p.path])).toEqual([
      ['level-mismatch', ['events', 1, 'issue', 'source', 'level']],
      ['county-not-inspected', ['events', 3, 'issueId']],
      ['unknown-inspection', ['events', 4, 'inspection']],
      ['before-inspection', ['events', 5, 'at']],
    ]);
  });
});

describe('ledgers written before rechecks existed', () => {
  it('the example ledger loads and replays as before: no issue has a recheck', () => {
    const text = readFileSync(join(ROOT, 'examples/ledger.json'), 'utf8');
    const { document, state } = loadLedger(JSON.parse(text));
    expect(document.events.some((e) => e.type === 'issue-rechecked')).toBe(false);
    expect(state.issues.every((i) => i.rechecks.length === 0)).toBe(true);
    expect(sealLedgerDocument(document).seal.count).toBe(document.events.length);
  });

  it('an old document (no recheck) keeps its figures; a recheck can be appended to it', () => {
    const old = JSON.parse(JSON.stringify({ schemaVersion: 1, events: handLedgerEvents }));
    const { state } = loadLedger(old);
    expect(rectificationSummary(state, { asOf: '2021-12-10' }).rate).toBe(33 / 40);
    const a07 = state.issues.find((i) => i.id === 'A07');
    expect(a07?.status).toBe('rectified');
    const next = replayLedger(
      [recheck('rectified', { issueId: 'A07', at: '2021-12-10', inspection: 'bj-2021-12-return' })],
      state,
    );
    expect(next.issues.find((i) => i.id === 'A07')?.status).toBe('verified');
  });

  it('a state saved before rechecks existed (issues without `rechecks`) continues', () => {
    const saved = JSON.parse(JSON.stringify(replayLedger(HISTORIES.rectified))) as LedgerState;
    for (const i of saved.issues) delete (i as { rechecks?: unknown }).rechecks;
    deepFreeze(saved);
    const next = replayLedger([recheck('rectified')], saved);
    expect(next.issues[0]?.rechecks).toHaveLength(1);
    expect(replayLedger([], saved).issues[0]?.rechecks).toEqual([]);
  });
});

describe('the seal covers rechecks', () => {
  const events: LedgerEvent[] = [
    raise,
    rectify,
    recheck('basically-rectified'),
    recheck('rectified', { at: '2021-11-20', evidence: [{ title: '现场照片' }], by: '复查组' }),
  ];
  const sealed = sealLedgerDocument({ schemaVersion: 1, events });

  it('seals and verifies a document with rechecks (with and without evidence)', () => {
    expect(verifyLedgerDocument(sealed)).toMatchObject({ ok: true, count: 4 });
    expect(verifyLedgerDocument(JSON.parse(JSON.stringify(sealed)))).toMatchObject({ ok: true });
  });

  it('an edited outcome, finding or inspection breaks the seal', () => {
    const edits: Partial<IssueRecheckedEvent>[] = [
      { outcome: 'rectified' },
      { finding: '已整改' },
      { inspection: 'other-visit' },
      { evidence: [] },
    ];
    for (const edit of edits) {
      const tampered = { ...sealed, events: sealed.events.map((e, i) => (i === 2 ? { ...e, ...edit } : e)) };
      expect(verifyLedgerDocument(tampered as never)).toMatchObject({ ok: false, reason: 'head' });
    }
  });
});
