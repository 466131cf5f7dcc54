/**
 * Laws of progress, checked on random SYNTHETIC counties of 2 to 5 primary schools under the 2017
 * set: an assessment compared with itself shows no change; raising a section that is below the
 * county mean (and stays at or below the new mean) never lowers its results nor raises the CV;
 * a trajectory of one assessment projects nothing. (Raising a school that is above the mean can
 * raise the CV, so readiness is not monotone in resources; that is why the law is stated this way.)
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { compareAssessments } from '../../src/progress/compare.js';
import { trajectory } from '../../src/progress/trajectory.js';
import {
  dataset,
  type Resources2017,
  type SchoolData,
  school,
  section2017,
} from '../fixtures/compulsory-builders.js';

const set = compulsoryQuality2017;

const schoolArb = fc.record({
  pupils: fc.integer({ min: 50, max: 1500 }),
  qualified: fc.integer({ min: 0, max: 100 }),
  key: fc.integer({ min: 0, max: 30 }),
  peArt: fc.integer({ min: 0, max: 30 }),
  teaching: fc.integer({ min: 0, max: 10_000 }),
  sports: fc.integer({ min: 0, max: 20_000 }),
  equipment: fc.integer({ min: 0, max: 4_000_000 }),
  multimedia: fc.integer({ min: 0, max: 40 }),
});
/** A school's pupils and its seven resource figures. */
type SchoolFigures = Resources2017 & { pupils: number };

function county(schools: readonly SchoolFigures[], exchange: number) {
  const list: SchoolData[] = schools.map((s, i) => school(`s${i + 1}`, 'primary', section2017(s.pupils, s)));
  return dataset(list, { countyFacts: { 'teacher-exchange': { numerator: exchange, denominator: 600 } } });
}

describe('progress laws', () => {
  it('comparing an assessment with itself shows no change', () => {
    fc.assert(
      fc.property(
        fc.array(schoolArb, { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 0, max: 600 }),
        (schools, ex) => {
          const a = assessCompulsory(county(schools, ex), set);
          const c = compareAssessments(a, a, { set });
          expect(c.metChange).toBe(0);
          expect(c.newlyMet).toEqual([]);
          expect(c.newlyLost).toEqual([]);
          expect(c.sections).toEqual({ newlyPassing: [], newlyFailing: [] });
          expect(c.institutions).toEqual({ added: [], gone: [] });
          for (const x of c.changes) {
            expect(x.movement === 'still-met' || x.movement === 'still-not-met').toBe(true);
            expect(x.valueChange === null || x.valueChange === 0).toBe(true);
            expect(x.gapChange === null || x.gapChange === 0).toBe(true);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('raising a below-mean section, staying at or below the new mean, never lowers its results nor raises the CV', () => {
    fc.assert(
      fc.property(
        fc.array(schoolArb, { minLength: 2, maxLength: 5 }),
        fc.nat(),
        fc.integer({ min: 1, max: 100 }),
        (schools, pick, percent) => {
          const k = pick % schools.length;
          const target = schools[k] as SchoolFigures;
          const R = schools.reduce((sum, s) => sum.plus(s.sports), new Decimal(0));
          const P = schools.reduce((sum, s) => sum + s.pupils, 0);
          const p = target.pupils;
          const r = new Decimal(target.sports);
          // Below the mean: r/p < R/P. The largest raise δ keeping (r + δ)/p ≤ (R + δ)/P is
          // δmax = (R·p − r·P) ÷ (P − p); we take percent % of it, rounded down to 6 decimals.
          fc.pre(R.gt(0) && r.times(P).lt(R.times(p)));
          const max = R.times(p)
            .minus(r.times(P))
            .div(P - p);
          const delta = max.times(percent).div(100).toDecimalPlaces(6, Decimal.ROUND_DOWN);
          fc.pre(delta.gt(0));
          const raised = schools.map((s, i) => (i === k ? { ...s, sports: r.plus(delta).toString() } : s));
          const before = assessCompulsory(county(schools, 60), set);
          const after = assessCompulsory(county(raised, 60), set);
          const c = compareAssessments(before, after, { set });
          const key = `section:s${k + 1}:primary:sports-area-per-pupil`;
          const own = c.changes.find((x) => x.key === key);
          // The changes are worked out exactly before rounding, so their signs are exact.
          expect(own?.valueChange).toBeGreaterThan(0);
          expect(own?.gapChange).toBeLessThan(0);
          expect(own?.movement).not.toBe('newly-lost');
          for (const x of c.changes.filter((y) => y.kind === 'section' && y.key !== key)) {
            expect(x.valueChange === null || x.valueChange === 0).toBe(true);
          }
          const sb = before.sections[k];
          const sa = after.sections[k];
          expect((sa?.metCount ?? 0) >= (sb?.metCount ?? 0)).toBe(true);
          expect(c.sections.newlyFailing).toEqual([]);
          const cv = c.variation.find((x) => x.key === 'variation:sports-area-per-pupil:primary');
          const cb = cv?.before?.value;
          const ca = cv?.after?.value;
          if (cb != null && ca != null) {
            // The CV is correct to at least 12 significant digits (numeric/variation/float-filter.ts): allow that much.
            expect(ca - cb <= cb * 1e-11).toBe(true);
          }
          expect(cv?.movement).not.toBe('newly-lost');
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a trajectory of one assessment projects nothing', () => {
    fc.assert(
      fc.property(
        fc.array(schoolArb, { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 0, max: 600 }),
        (schools, ex) => {
          const a = assessCompulsory(county(schools, ex), set);
          const t = trajectory([{ date: '2023-12-31', assessment: a }], { set, targetYear: 2030 });
          expect(t.projections).toEqual([]);
          expect(t.points).toHaveLength(1);
        },
      ),
      { numRuns: 20 },
    );
  });
});
