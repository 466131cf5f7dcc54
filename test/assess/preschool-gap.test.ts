/**
 * What it would take for a preschool county (`preschoolGaps`), as plain data: every figure a
 * number worked out exactly, the words unchanged, and the whole result cloneable. The synthetic
 * county of test/fixtures/preschool-county.ts and worked example 3 (test/fixtures/preschool-hengnan.ts);
 * the hand-worked numbers are derived in test/assess/preschool-county.test.ts and
 * test/assess/preschool-example.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { assessPreschool } from '../../src/assess/preschool.js';
import { preschoolGaps } from '../../src/assess/preschool-gap.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { preschoolCounty } from '../fixtures/preschool-county.js';
import { hengnan2020 } from '../fixtures/preschool-hengnan.js';
import { expectPlainFigures } from './plain-figures.js';

const SET = preschool2020;
const county = preschoolGaps(assessPreschool(preschoolCounty, SET), SET);
const hengnan = preschoolGaps(assessPreschool(hengnan2020, SET), SET);

const FIGURES = new Set([
  'threshold',
  'enrolled',
  'population',
  'required',
  'places',
  'meanKindergartenSize',
  'current',
  'allChildren',
  'children',
  'childrenConverted',
  'teachers',
  'directors',
  'hire',
  'cap',
  'area',
  'shortfall',
]);

describe('preschoolGaps: plain data', () => {
  it('survives structuredClone and JSON unchanged (no Decimal, class or getter inside)', () => {
    for (const gaps of [county, hengnan]) {
      expect(structuredClone(gaps)).toEqual(gaps);
      expect(JSON.parse(JSON.stringify(gaps))).toEqual(gaps);
    }
  });

  it('gives every figure of every part as a finite number', () => {
    const seen = new Set<string>();
    for (const gaps of [county, hengnan]) {
      const { figures, keys } = expectPlainFigures(gaps, FIGURES);
      expect(figures).toBeGreaterThan(0);
      for (const key of keys) seen.add(key);
    }
    expect([...seen].sort()).toEqual([...FIGURES].sort());
  });
});

describe('preschoolGaps: figures worked out exactly, given as numbers', () => {
  it('worked example 3: 574 places, 2256 and 2161 children to move, 691 teachers to hire', () => {
    expect(hengnan.grossEnrolment).toMatchObject({
      threshold: 85,
      enrolled: 25113,
      population: 30220,
      required: 25687,
      places: 574,
      kindergartensNeeded: 4,
    });
    // 25113 ÷ 155 = 162.0193548…, the double nearest it.
    expect(hengnan.grossEnrolment?.meanKindergartenSize).toBe(25113 / 155);
    expect(hengnan.publicShare).toMatchObject({
      current: 10301,
      allChildren: 25113,
      required: 12557,
      children: 2256,
    });
    expect(hengnan.publicShare?.childrenConverted).toBe(2358);
    expect(hengnan.inclusiveCoverage).toMatchObject({
      required: 20091,
      children: 2161,
      childrenConverted: 2227,
    });
    expect(hengnan.teachers).toMatchObject({
      threshold: 15,
      children: 25113,
      teachers: 984,
      required: 1675,
      hire: 691,
    });
  });

  it('premises: 10.44 × 91 − 900 = 50.04 m² exactly (the float sum would give 50.039999…)', () => {
    expect(10.44 * 91 - 900).not.toBe(50.04);
    expect(county.premises.map((p) => [p.kindergartenId, p.area, p.required, p.shortfall])).toEqual([
      ['k02', 300, 360, 60],
      ['k05', 900, 950.04, 50.04],
      ['k06', 400, 464, 64],
      ['k06', 800, 947.72, 147.72],
      ['k06', 1100, 1211.04, 111.04],
    ]);
  });

  it('classes and certification: counts as numbers', () => {
    expect(county.classes?.splits[0]).toMatchObject({
      kindergartenId: 'k02',
      classIndex: 2,
      extraClasses: 1,
    });
    expect(typeof county.classes?.splits[0]?.children).toBe('number');
    expect(typeof county.classes?.splits[0]?.cap).toBe('number');
    expect(county.certification).toEqual({ teachers: 2, directors: 1 });
  });

  it('writes the same words as before, from the exact figures', () => {
    expect(hengnan.teachers?.explanation.en).toBe(
      '691 more full-time teachers: ceil(25113 ÷ 15) = 1675 needed, 984 now',
    );
    expect(hengnan.grossEnrolment?.explanation.en).toBe(
      '574 more places: ceil(85 × 30220 ÷ 100) = 25687 children needed, 25113 enrolled; about 4 new kindergartens at the county’s mean size of 162.019355… children (an estimate)',
    );
    expect(county.publicShare?.explanation.en).toBe(
      '17 children to move into public places: ceil(50 × 862 ÷ 100) = 431 needed, 414 now; converting 1 kindergarten, largest first (k07), moves 125 (an estimate)',
    );
  });
});
