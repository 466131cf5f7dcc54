/**
 * Laws of the compulsory assessment checked on random synthetic counties (fast-check): the
 * 6-of-7 verdict is scale-free, a school at the county mean never widens a CV, and every
 * levelling plan brings its CV within the limit.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryGaps } from '../../src/assess/gap.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { coefficientOfVariation } from '../../src/numeric/variation/index.js';
import { dataset, type Resources2017, school, section2017 } from '../fixtures/compulsory-builders.js';
import { expectSignificant, HP } from './helpers.js';

const SET = compulsoryQuality2017;

/**
 * A section of 1–2000 pupils whose resources fall around the thresholds. Areas and equipment are
 * a factor of the threshold (including 0.849, 0.85 and 1 exactly) times the pupils, or any value
 * in cents; teachers and rooms are whole numbers up to about 1.7 × the requirement.
 */
const factorArb = fc.oneof(
  { arbitrary: fc.constantFrom('0.849', '0.85', '0.9', '1', '1.2'), weight: 1 },
  { arbitrary: fc.integer({ min: 100, max: 200 }).map((n) => (n / 100).toString()), weight: 3 },
  { arbitrary: fc.integer({ min: 0, max: 200 }).map((n) => (n / 100).toString()), weight: 1 },
);
const sectionArb = fc
  .record({
    stage: fc.constantFrom('primary' as const, 'junior' as const),
    pupils: fc.integer({ min: 1, max: 2000 }),
  })
  .chain(({ stage, pupils }) => {
    const t =
      stage === 'primary'
        ? { teaching: '4.5', sports: '7.5', equipment: '2000' }
        : { teaching: '5.8', sports: '10.2', equipment: '2500' };
    const byFactor = (threshold: string) =>
      factorArb.map((f) => new Decimal(threshold).times(f).times(pupils).toString());
    // mostly at or above the requirement, so that both verdicts occur often
    const persons = (perHundred: number) => {
      const need = Math.ceil((pupils * perHundred) / 100);
      return fc.oneof(
        { arbitrary: fc.integer({ min: need, max: Math.ceil(need * 1.7) }), weight: 4 },
        { arbitrary: fc.integer({ min: 0, max: Math.ceil(need * 1.7) }), weight: 1 },
      );
    };
    return fc.record({
      stage: fc.constant(stage),
      pupils: fc.constant(pupils),
      resources: fc.record({
        qualified: persons(stage === 'primary' ? 4.2 : 5.3),
        key: persons(1),
        peArt: persons(0.9),
        teaching: byFactor(t.teaching),
        sports: byFactor(t.sports),
        equipment: byFactor(t.equipment),
        multimedia: persons(2.4),
      }),
    });
  });

function scaled(r: Resources2017, k: number): Resources2017 {
  const times = (q: number | string) => new Decimal(q).times(k).toString();
  return {
    qualified: r.qualified * k,
    key: r.key * k,
    peArt: r.peArt * k,
    teaching: times(r.teaching),
    sports: times(r.sports),
    equipment: times(r.equipment),
    multimedia: r.multimedia * k,
  };
}

function verdict(stage: 'primary' | 'junior', pupils: number, r: Resources2017) {
  const a = assessCompulsory(dataset([school('p1', stage, section2017(pupils, r))]), SET);
  const section = a.sections[0];
  return {
    passed: section?.passed,
    metCount: section?.metCount,
    results: section?.results.map((x) => [x.indicator, x.status, x.aboveFloor ?? null]),
  };
}

describe('properties of the compulsory assessment', () => {
  it("a section's verdict does not change when its resources and pupils are scaled by the same positive integer", () => {
    const seen = { passed: 0, failed: 0 };
    fc.assert(
      fc.property(sectionArb, fc.integer({ min: 2, max: 12 }), ({ stage, pupils, resources }, k) => {
        const before = verdict(stage, pupils, resources);
        const after = verdict(stage, pupils * k, scaled(resources, k));
        expect(after).toEqual(before);
        if (before.passed === true) seen.passed += 1;
        else seen.failed += 1;
      }),
      { numRuns: 100 },
    );
    // the generator reaches both verdicts, so the law is not checked on one side only
    expect(seen.passed).toBeGreaterThan(0);
    expect(seen.failed).toBeGreaterThan(0);
  });

  it('adding a school at the county mean (pupils m × P, each resource m × the county total) never raises a CV', () => {
    // Its value equals the weighted mean for every indicator, so the mean is unchanged and
    // S² shrinks by P / (P + p): CV_after = CV_before × √(P / (P + p)) exactly.
    const countyArb = fc.array(
      sectionArb.filter((s) => s.stage === 'primary'),
      { minLength: 2, maxLength: 10 },
    );
    fc.assert(
      fc.property(countyArb, fc.integer({ min: 1, max: 3 }), (sections, m) => {
        const schools = sections.map((s, i) =>
          school(`s${i}`, 'primary', section2017(s.pupils, s.resources)),
        );
        const total = sections.reduce((acc, s) => acc + s.pupils, 0);
        const sum = (f: (r: Resources2017) => number | string) =>
          sections.reduce((acc, s) => acc.plus(f(s.resources)), new Decimal(0)).times(m);
        const mean: Resources2017 = {
          qualified: sum((r) => r.qualified).toNumber(),
          key: sum((r) => r.key).toNumber(),
          peArt: sum((r) => r.peArt).toNumber(),
          teaching: sum((r) => r.teaching).toString(),
          sports: sum((r) => r.sports).toString(),
          equipment: sum((r) => r.equipment).toString(),
          multimedia: sum((r) => r.multimedia).toNumber(),
        };
        const before = assessCompulsory(dataset(schools), SET).variation;
        const after = assessCompulsory(
          dataset([...schools, school('mean', 'primary', section2017(total * m, mean))]),
          SET,
        ).variation;
        const shrink = new HP(total).div(total + total * m).sqrt();
        before.forEach((b, i) => {
          const a = after[i];
          expect(a?.indicator).toBe(b.indicator);
          if (b.cv === null) {
            expect(a?.cv).toBeNull();
            return;
          }
          expect((a?.cv ?? Number.NaN) <= b.cv).toBe(true);
          if (b.cv !== 0) expectSignificant(a?.cv, new HP(b.cv).times(shrink), 11);
          // a CV that met its limit still meets it
          if (b.met === true) expect(a?.met).toBe(true);
        });
      }),
      { numRuns: 40 },
    );
  });

  it('every levelling plan brings its CV within the limit (random counties of 3–15 primary sections)', () => {
    const wide = fc.record({
      pupils: fc.integer({ min: 1, max: 3000 }),
      perHundred: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 4, maxLength: 4 }),
      perPupilCents: fc.array(fc.integer({ min: 0, max: 3000 }), { minLength: 3, maxLength: 3 }),
      equipment: fc.integer({ min: 0, max: 6000 }),
    });
    let planned = 0;
    fc.assert(
      fc.property(fc.array(wide, { minLength: 3, maxLength: 15 }), (rows) => {
        const schools = rows.map((row, i) => {
          const [q, k, pe, mm] = row.perHundred as [number, number, number, number];
          const [t, s] = row.perPupilCents as [number, number, number];
          const r: Resources2017 = {
            qualified: Math.round((q * row.pupils) / 100),
            key: Math.round((k * row.pupils) / 100),
            peArt: Math.round((pe * row.pupils) / 100),
            teaching: new Decimal(t).times(row.pupils).div(100).toString(),
            sports: new Decimal(s).times(row.pupils).div(100).toString(),
            equipment: row.equipment * row.pupils,
            multimedia: Math.round((mm * row.pupils) / 100),
          };
          return {
            id: `w${i}`,
            pupils: row.pupils,
            r,
            data: school(`w${i}`, 'primary', section2017(row.pupils, r)),
          };
        });
        const a = assessCompulsory(dataset(schools.map((s) => s.data)), SET);
        const plans = compulsoryGaps(a, SET).levelling;
        planned += plans.length;
        const unmet = a.variation.filter((v) => v.status === 'unmet');
        expect(plans.map((p) => `${p.indicator}/${p.stage}`)).toEqual(
          unmet.map((v) => `${v.indicator}/${v.stage}`),
        );
        for (const plan of plans) {
          expect(plan.verified).toBe(true);
          expect(plan.cvAfter).toBeLessThanOrEqual(plan.limit);
          // recompute independently of the plan's own check: per-pupil (or per-100) values after the additions
          const after = new Map(plan.additions.map((x) => [x.schoolId, x.after]));
          const values = a.sections.map((section) => {
            const result = section.results.find((x) => x.indicator === plan.indicator);
            const numerator = after.get(section.schoolId) ?? result?.numerator ?? Number.NaN;
            return { numerator, denominator: section.pupils, scale: result?.scale ?? 1 };
          });
          const check = coefficientOfVariation(
            values,
            a.sections.map((s) => s.pupils),
            { limit: plan.limit },
          );
          expect(check.withinLimit).toBe(true);
          if (plan.quantity === 'persons' || plan.quantity === 'rooms') {
            for (const x of plan.additions) expect(Number.isInteger(x.addition)).toBe(true);
          }
        }
      }),
      { numRuns: 60 },
    );
    expect(planned).toBeGreaterThan(0);
  });
});
