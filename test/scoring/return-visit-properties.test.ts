/**
 * Laws of the return-visit summary on random valid histories with rechecks by two visits
 * (test/ledger/arbitrary.ts): the outcomes add up to the rechecked issues, no more issues are
 * rechecked than were due, every rate is in [0, 1] (null exactly when nothing is rated), and the
 * counties partition the visit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { replayLedger } from '../../src/ledger/fold.js';
import { type ReturnVisitCounts, returnVisitSummary } from '../../src/scoring/return-visit.js';
import { dayArbitrary, historyArbitrary } from '../ledger/arbitrary.js';

function lawsOf(c: ReturnVisitCounts): void {
  const o = c.outcomes;
  expect(o.rectified + o['basically-rectified'] + o['not-rectified'] + o['not-applicable']).toBe(c.rechecked);
  expect(c.rechecked <= c.due).toBe(true);
  expect(c.notRechecked).toBe(c.due - c.rechecked);
  expect(c.rated).toBe(c.rechecked - o['not-applicable']);
  expect(c.rate === null).toBe(c.rated === 0);
  if (c.rate !== null) {
    expect(c.rate >= 0 && c.rate <= 1).toBe(true);
    expect(c.rate).toBe(o.rectified / c.rated);
  }
  for (const n of [c.due, c.rechecked, c.newIssues, ...Object.values(o)]) {
    expect(Number.isSafeInteger(n) && n >= 0).toBe(true);
  }
}

describe('return-visit summary laws', () => {
  it('outcomes add up to rechecked, rechecked ≤ due, rates in [0, 1], for the visit and every group', () => {
    let seen = 0;
    fc.assert(
      fc.property(
        historyArbitrary(),
        dayArbitrary,
        fc.constantFrom('visit-1', 'visit-2'),
        (events, asOf, visit) => {
          const state = replayLedger(events);
          const known = state.issues.some((i) => i.rechecks.some((r) => r.inspection === visit));
          if (!known) {
            expect(() => returnVisitSummary(state, { inspection: visit, asOf })).toThrow(DudaoError);
            return;
          }
          seen += 1;
          const s = returnVisitSummary(state, { inspection: visit, asOf });
          lawsOf(s);
          for (const g of [...s.byCounty, ...s.bySchool, ...s.byUnit]) lawsOf(g);
          // Every due issue is in exactly one county.
          expect(s.byCounty.reduce((n, g) => n + g.due, 0)).toBe(s.due);
          expect(s.byCounty.reduce((n, g) => n + g.rechecked, 0)).toBe(s.rechecked);
          expect(s.items).toHaveLength(s.due);
          expect(s.items.filter((i) => i.recheck !== null)).toHaveLength(s.rechecked);
          expect(s.found).toHaveLength(s.newIssues);
          // Every recheck the summary shows is the visit's, dated on or before the day.
          for (const item of s.items) {
            if (item.recheck === null) continue;
            expect(item.recheck.inspection).toBe(visit);
            expect(item.recheck.at <= asOf).toBe(true);
          }
          expect(JSON.parse(JSON.stringify(s))).toEqual(s);
        },
      ),
    );
    // The generator does produce visits (a property over nothing proves nothing).
    expect(seen).toBeGreaterThan(10);
  });
});
