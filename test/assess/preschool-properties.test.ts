/**
 * Laws of the preschool assessment checked on random synthetic counties (fast-check): moving
 * children from private-other into inclusive places never lowers inclusive coverage, and every
 * gap plan, applied to the data, meets its threshold (and is the smallest whole number that does).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactFractionOf } from '../../src/assess/explain.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { preschoolGaps } from '../../src/assess/preschool-gap.js';
import type { IndicatorResult } from '../../src/assess/types.js';
import { customizeIndicatorSet } from '../../src/indicators/customize.js';
import { preschool2020, preschool2020Henan } from '../../src/indicators/preschool-2020.js';
import type { IndicatorSet } from '../../src/indicators/types.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { kindergarten, preschoolDataset, spread } from '../fixtures/preschool-builders.js';
import { countyOf } from '../fixtures/preschool-helpers.js';

// biome-ignore lint/suspicious/noExplicitAny: datasets are plain JSON, edited field by field
type Loose = any;

const OWNERSHIPS = ['public-education', 'public-other', 'private-inclusive', 'private-other'] as const;
const TYPES = ['small', 'middle', 'large', 'mixed'] as const;

const classArb = fc.tuple(fc.constantFrom(...TYPES), fc.integer({ min: 0, max: 70 }));
const kindergartenArb = fc.record({
  ownership: fc.constantFrom(...OWNERSHIPS),
  classes: fc.array(classArb, { minLength: 1, maxLength: 6 }),
  teachers: fc.integer({ min: 0, max: 15 }),
});

/** A county of 1–12 kindergartens (children = the sum of their classes) with at least one child. */
const countyArb = fc
  .array(kindergartenArb, { minLength: 1, maxLength: 12 })
  .filter((ks) => ks.some((k) => k.classes.some(([, n]) => n > 0)))
  .chain((ks) => {
    const children = ks.reduce((s, k) => s + k.classes.reduce((t, [, n]) => t + n, 0), 0);
    return fc.record({
      kindergartens: fc.constant(ks),
      population: fc.integer({ min: 1, max: 2 * children + 10 }),
    });
  });

function build(county: {
  kindergartens: readonly {
    ownership: (typeof OWNERSHIPS)[number];
    classes: readonly (readonly [string, number])[];
    teachers: number;
  }[];
  population: number;
}): Loose {
  return preschoolDataset(
    county.kindergartens.map((k, i) =>
      kindergarten({
        id: `k${i}`,
        ownership: k.ownership,
        classes: k.classes as Loose,
        teachers: k.teachers,
        certifiedTeachers: k.teachers,
        directors: 1,
        certifiedDirectors: 1,
      }),
    ),
    { population: county.population },
  );
}

/** Exact values of two county results (numerator ÷ denominator, same scale), compared by cross-multiplying. */
function atLeast(a: IndicatorResult, b: IndicatorResult) {
  const x = exactFractionOf(a);
  const y = exactFractionOf(b);
  if (x === null || y === null) throw new Error('not a ratio');
  return x.numerator.times(y.denominator).gte(y.numerator.times(x.denominator));
}

describe('moving children from private-other to private-inclusive', () => {
  it('never lowers inclusive coverage (moving some children, or recognising the kindergarten as inclusive)', () => {
    fc.assert(
      fc.property(
        countyArb,
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 0, max: 200 }),
        (county, otherChildren, inclusiveChildren, moveSeed) => {
          const data = build(county);
          data.kindergartens.push(
            kindergarten({ id: 'po', ownership: 'private-other', children: otherChildren, teachers: 1 }),
            kindergarten({
              id: 'pi',
              ownership: 'private-inclusive',
              children: inclusiveChildren,
              teachers: 1,
            }),
          );
          const before = countyOf(assessPreschool(data, preschool2020), 'inclusive-coverage');
          const moved = structuredClone(data);
          const m = otherChildren === 0 ? 0 : moveSeed % (otherChildren + 1);
          moved.kindergartens[moved.kindergartens.length - 2].children = otherChildren - m;
          moved.kindergartens[moved.kindergartens.length - 1].children = inclusiveChildren + m;
          const after = countyOf(assessPreschool(moved, preschool2020), 'inclusive-coverage');
          expect(atLeast(after, before)).toBe(true);
          const recognised = structuredClone(data);
          recognised.kindergartens[recognised.kindergartens.length - 2].ownership = 'private-inclusive';
          expect(
            atLeast(countyOf(assessPreschool(recognised, preschool2020), 'inclusive-coverage'), before),
          ).toBe(true);
        },
      ),
    );
  });
});

const SETS: readonly IndicatorSet[] = [
  preschool2020,
  preschool2020Henan,
  customizeIndicatorSet(preschool2020, {
    id: 'preschool-odd-thresholds',
    thresholds: {
      'gross-enrolment': { all: '87.5' },
      'public-share': { all: '33.3' },
      'inclusive-coverage': { all: '66.67' },
      'children-per-teacher': { all: '7' },
    },
  }),
];

describe('every gap plan, applied to the data, meets its threshold', () => {
  it('places, conversions, teachers and class splits', () => {
    fc.assert(
      fc.property(countyArb, fc.constantFrom(...SETS), (county, set) => {
        const data = build(county);
        const assessment = assessPreschool(data, set);
        const gaps = preschoolGaps(assessment, set);
        const reassess = (edited: Loose, id: string) => countyOf(assessPreschool(edited, set), id);

        const gross = gaps.grossEnrolment;
        expect(gross === null).toBe(countyOf(assessment, 'gross-enrolment').status !== 'unmet');
        if (gross?.places != null) {
          const places = gross.places;
          const more = structuredClone(data);
          more.kindergartens.push(
            kindergarten({ id: 'new', ownership: 'public-education', children: places }),
          );
          expect(reassess(more, 'gross-enrolment').met).toBe(true);
          if (places > 0) {
            more.kindergartens[more.kindergartens.length - 1].children = places - 1;
            expect(reassess(more, 'gross-enrolment').met).toBe(false);
          }
        }

        for (const [gap, id, to] of [
          [gaps.publicShare, 'public-share', 'public-other'],
          [gaps.inclusiveCoverage, 'inclusive-coverage', 'private-inclusive'],
        ] as const) {
          expect(gap === null).toBe(countyOf(assessment, id).status !== 'unmet');
          if (gap === null) continue;
          expect(gap.sufficient).toBe(true);
          // `required` is the smallest whole number of children that meets the threshold.
          // (Counts and thresholds of a few digits: each number reads back as its exact decimal.)
          const required = new Decimal(gap.required);
          const needed = new Decimal(gap.threshold).times(gap.allChildren);
          expect(required.times(100).gte(needed)).toBe(true);
          expect(required.minus(1).times(100).lt(needed)).toBe(true);
          const converted = structuredClone(data);
          for (const c of gap.conversions) {
            const k = converted.kindergartens.find((x: Loose) => x.id === c.kindergartenId);
            k.ownership = to;
          }
          expect(reassess(converted, id).met).toBe(true);
        }

        const teachers = gaps.teachers;
        expect(teachers === null).toBe(countyOf(assessment, 'children-per-teacher').status !== 'unmet');
        if (teachers !== null) {
          const hire = teachers.hire;
          const hired = structuredClone(data);
          hired.kindergartens[0].staff.fullTimeTeachers += hire;
          expect(reassess(hired, 'children-per-teacher').met).toBe(true);
          if (hire > 0) {
            hired.kindergartens[0].staff.fullTimeTeachers -= 1;
            expect(reassess(hired, 'children-per-teacher').met).toBe(false);
          }
        }

        const split = structuredClone(data);
        for (const s of gaps.classes?.splits ?? []) {
          const k = split.kindergartens.find((x: Loose) => x.id === s.kindergartenId);
          const parts = spread(s.children, s.extraClasses + 1);
          expect(parts.every((p) => new Decimal(p).lte(s.cap))).toBe(true);
          k.classes[s.classIndex].children = parts[0];
          for (const p of parts.slice(1)) k.classes.push({ type: s.type, children: p });
        }
        const after = assessPreschool(split, set);
        expect(after.compliance.classes.over).toBe(0);
        expect(countyOf(after, 'classes-within-size').value?.toString()).toBe('100');
      }),
    );
  });
});
