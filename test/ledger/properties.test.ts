/**
 * Laws of the ledger, checked on random valid histories (test/ledger/arbitrary.ts): replay in
 * chunks equals replay in one go, rates stay in [0, 1], withdrawing one issue changes nothing
 * about the others, a rectified issue is never overdue, a rejected event changes nothing, the
 * state survives JSON, and the progress series equals a replay per sample day.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { replayLedger } from '../../src/ledger/fold.js';
import { isIssueOverdue, issueAsOf } from '../../src/ledger/query.js';
import { isRectifiedStatus, type LedgerState } from '../../src/ledger/types.js';
import type { LedgerEvent } from '../../src/schema/ledger.js';
import { overdueList } from '../../src/scoring/overdue.js';
import { progressSeries } from '../../src/scoring/series.js';
import { rectificationSummary, summarizeIssues } from '../../src/scoring/summary.js';
import { dayArbitrary, deepFreeze, historyArbitrary } from './arbitrary.js';

describe('replay', () => {
  it('replaying in chunks (state + later events) equals replaying in one go', () => {
    fc.assert(
      fc.property(historyArbitrary(), fc.nat(), fc.nat(), (events, p, q) => {
        const cut1 = events.length === 0 ? 0 : p % (events.length + 1);
        const cut2 = cut1 + (events.length - cut1 === 0 ? 0 : q % (events.length - cut1 + 1));
        const whole = replayLedger(events);
        const first = replayLedger(events.slice(0, cut1));
        const second = replayLedger(events.slice(cut1, cut2), first);
        const third = replayLedger(events.slice(cut2), second);
        expect(third).toEqual(whole);
      }),
    );
  });

  it('is deterministic and its state survives a JSON round trip, also as a starting point', () => {
    fc.assert(
      fc.property(historyArbitrary(), fc.nat(), (events, p) => {
        const cut = events.length === 0 ? 0 : p % (events.length + 1);
        const whole = replayLedger(events);
        expect(replayLedger(events)).toEqual(whole);
        expect(JSON.parse(JSON.stringify(whole))).toEqual(whole);
        const head = JSON.parse(JSON.stringify(replayLedger(events.slice(0, cut)))) as LedgerState;
        expect(replayLedger(events.slice(cut), head)).toEqual(whole);
      }),
    );
  });

  it('never mutates its inputs: frozen events and a frozen starting state replay fine and stay equal', () => {
    fc.assert(
      fc.property(historyArbitrary(), fc.nat(), (events, p) => {
        const cut = events.length === 0 ? 0 : p % (events.length + 1);
        const frozenEvents = deepFreeze(structuredClone(events));
        const head = deepFreeze(replayLedger(frozenEvents.slice(0, cut)));
        const copy = structuredClone(head);
        replayLedger(frozenEvents.slice(cut), head);
        expect(head).toEqual(copy);
      }),
    );
  });

  it('a rejected event leaves the state unchanged', () => {
    fc.assert(
      fc.property(
        historyArbitrary(),
        fc.nat(),
        fc.constantFrom('close', 'verify', 'unknown', 'backwards', 'duplicate'),
        (events, pick, kind) => {
          const state = deepFreeze(replayLedger(events));
          const before = structuredClone(state);
          const target = state.issues[pick % Math.max(1, state.issues.length)];
          let bad: LedgerEvent;
          if (target === undefined || kind === 'unknown') {
            bad = { type: 'measure-added', at: '2021-06-01', issueId: 'no-such-issue', text: '—' };
          } else if (kind === 'close' && target.status !== 'verified') {
            bad = { type: 'issue-closed', at: target.lastEventAt, issueId: target.id };
          } else if (kind === 'verify' && target.status !== 'rectified') {
            bad = { type: 'verification-passed', at: target.lastEventAt, issueId: target.id, by: '—' };
          } else if (kind === 'duplicate') {
            bad = { type: 'issue-raised', at: target.lastEventAt, issue: target.issue };
          } else {
            bad = { type: 'issue-closed', at: '2000-01-01', issueId: target.id };
          }
          expect(() => replayLedger([bad], state)).toThrow(DudaoError);
          expect(state).toEqual(before);
        },
      ),
    );
  });
});

describe('summary laws', () => {
  it('the rates are in [0, 1] (or null), on any day', () => {
    fc.assert(
      fc.property(historyArbitrary(), dayArbitrary, (events, asOf) => {
        const s = rectificationSummary(replayLedger(events), { asOf });
        for (const rate of [s.rate, s.strictRate, s.onTimeRate]) {
          if (rate === null) continue;
          expect(rate >= 0 && rate <= 1).toBe(true);
        }
        expect(s.rate === null).toBe(s.counted === 0);
        if (s.rate !== null && s.strictRate !== null) expect(s.strictRate <= s.rate).toBe(true);
      }),
    );
  });

  it('withdrawing an issue never changes the counts of the other issues', () => {
    fc.assert(
      fc.property(
        historyArbitrary(),
        fc.nat(),
        fc.nat({ max: 30 }),
        dayArbitrary,
        (events, pick, gap, asOf) => {
          const state = replayLedger(events);
          const candidates = state.issues.filter((i) => i.status !== 'withdrawn' && i.status !== 'closed');
          const target = candidates[pick % Math.max(1, candidates.length)];
          if (target === undefined) return;
          const at = new Date(Date.parse(`${target.lastEventAt}T00:00:00Z`) + gap * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const after = replayLedger(
            [{ type: 'issue-withdrawn', at, issueId: target.id, reason: '重复' }],
            state,
          );
          const others = (s: LedgerState) => s.issues.filter((i) => i.id !== target.id);
          expect(summarizeIssues(others(after), { asOf })).toEqual(summarizeIssues(others(state), { asOf }));
          // The whole ledger changes only by that issue moving to withdrawn.
          const b = rectificationSummary(state, { asOf });
          const a = rectificationSummary(after, { asOf });
          expect(a.total).toBe(b.total);
          const was = issueAsOf(target, asOf)?.status;
          if (was !== undefined && asOf >= at) {
            expect(a.withdrawn).toBe(b.withdrawn + 1);
            expect(a.byStatus[was]).toBe(b.byStatus[was] - 1);
          }
        },
      ),
    );
  });

  it('no issue that is rectified or later is ever overdue', () => {
    fc.assert(
      fc.property(historyArbitrary(), dayArbitrary, (events, asOf) => {
        const state = replayLedger(events);
        for (const issue of state.issues) {
          const snapshot = issueAsOf(issue, asOf);
          if (snapshot !== null && (isRectifiedStatus(snapshot.status) || snapshot.status === 'withdrawn')) {
            expect(isIssueOverdue(issue, asOf)).toBe(false);
          }
        }
        for (const entry of overdueList(state, { asOf })) {
          expect(['open', 'in-progress']).toContain(entry.status);
          expect(entry.daysOverdue).toBeGreaterThan(0);
        }
        expect(overdueList(state, { asOf }).length).toBe(rectificationSummary(state, { asOf }).overdue);
      }),
    );
  });

  it('the summary of today’s state for an earlier day equals the summary of the history up to that day', () => {
    fc.assert(
      fc.property(historyArbitrary(), dayArbitrary, (events, asOf) => {
        const upTo = replayLedger(events.filter((e) => e.at <= asOf));
        expect(rectificationSummary(replayLedger(events), { asOf })).toEqual(
          rectificationSummary(upTo, { asOf }),
        );
      }),
    );
  });
});

describe('progressSeries', () => {
  it('equals a replay per sample day (events dated up to that day), for every step', () => {
    fc.assert(
      fc.property(
        historyArbitrary(80),
        dayArbitrary,
        fc.nat({ max: 400 }),
        fc.constantFrom('day', 'week', 'month') as fc.Arbitrary<'day' | 'week' | 'month'>,
        (events, from, length, every) => {
          const to = new Date(Date.parse(`${from}T00:00:00Z`) + length * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const series = progressSeries(events, { from, to, every });
          const state = replayLedger(events);
          for (const point of series.points) {
            const upTo = replayLedger(events.filter((e) => e.at <= point.asOf));
            expect(point).toEqual(rectificationSummary(upTo, { asOf: point.asOf }));
            expect(point).toEqual(rectificationSummary(state, { asOf: point.asOf }));
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rejects an impossible event exactly as the replay does', () => {
    fc.assert(
      fc.property(historyArbitrary(40), fc.nat(), (events, pick) => {
        if (events.length === 0) return;
        const victim = events[pick % events.length] as LedgerEvent;
        const broken = [...events, victim.type === 'issue-raised' ? victim : { ...victim, at: '2000-01-01' }];
        let replayError: DudaoError | undefined;
        try {
          replayLedger(broken);
        } catch (error) {
          replayError = error as DudaoError;
        }
        expect(replayError).toBeInstanceOf(DudaoError);
        expect(() =>
          progressSeries(broken, { from: '2021-01-01', to: '2021-12-31', every: 'month' }),
        ).toThrow(expect.objectContaining({ code: replayError?.code, path: replayError?.path }));
      }),
    );
  });
});
