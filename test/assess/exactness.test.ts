/**
 * Exactness at the threshold (worked example 5): every decision compares exact values, so a value
 * exactly at its threshold meets it and a value a hair beyond does not. Synthetic datasets.
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import {
  type DatasetData,
  dataset,
  primaryMeetingAll,
  type Resources2017,
  type SchoolData,
  school,
  section2017,
} from '../fixtures/compulsory-builders.js';
import { resultOf, sectionOf, variationOf } from './helpers.js';

const SET = compulsoryQuality2017;

function oneSection(pupils: number, change: Partial<Resources2017>) {
  const data = dataset([
    school('e1', 'primary', section2017(pupils, { ...primaryMeetingAll(pupils), ...change })),
  ]);
  return sectionOf(assessCompulsory(data, SET), 'e1', 'primary');
}

describe('worked example 5: exactness at the threshold', () => {
  it('21 teachers above the required qualification for 500 pupils: 21 ÷ 500 × 100 = 4.2 meets ≥ 4.2', () => {
    const r = resultOf(oneSection(500, { qualified: 21 }), 'qualified-teachers-per-100');
    expect([r.value?.toString(), r.met]).toEqual(['4.2', true]);
  });

  it('20 for 500 pupils (4.0) does not: shortfall 0.2', () => {
    const r = resultOf(oneSection(500, { qualified: 20 }), 'qualified-teachers-per-100');
    expect([r.value?.toString(), r.met, r.shortfall?.toString()]).toEqual(['4', false, '0.2']);
  });

  it('passes 6 of 7 with one value at 3.57 = 0.85 × 4.2 (357 teachers for 10 000 pupils; synthetic)', () => {
    const section = oneSection(10000, { qualified: 357 });
    const r = resultOf(section, 'qualified-teachers-per-100');
    expect([r.value?.toString(), r.status, r.aboveFloor]).toEqual(['3.57', 'unmet', true]);
    expect([section.metCount, section.passed]).toEqual([6, true]);
  });

  it('fails 6 of 7 with one value at 3.569 < 3.57 (3569 teachers for 100 000 pupils; synthetic)', () => {
    const section = oneSection(100000, { qualified: 3569 });
    const r = resultOf(section, 'qualified-teachers-per-100');
    expect([r.value?.toString(), r.status, r.aboveFloor]).toEqual(['3.569', 'unmet', false]);
    expect([section.metCount, section.passed]).toEqual([6, false]);
  });

  it('with realistic figures: equipment 170 000 yuan for 100 pupils (1700 = 85 % of 2000) passes, 169 800 (1698) fails', () => {
    const at = oneSection(100, { equipment: 170000 });
    expect([resultOf(at, 'equipment-value-per-pupil').value?.toString(), at.passed]).toEqual(['1700', true]);
    const below = oneSection(100, { equipment: 169800 });
    expect([resultOf(below, 'equipment-value-per-pupil').value?.toString(), below.passed]).toEqual([
      '1698',
      false,
    ]);
  });

  it('sports area 637.5 m² for 100 pupils (6.375 = 85 % of 7.5) passes; 637.49 m² fails', () => {
    expect(oneSection(100, { sports: '637.5' }).passed).toBe(true);
    expect(oneSection(100, { sports: '637.49' }).passed).toBe(false);
  });

  it('decides a value 1e-20 below the floor as below it (sports area 637.49999999999999999999 m²)', () => {
    const section = oneSection(100, { sports: '637.49999999999999999999' });
    expect(resultOf(section, 'sports-area-per-pupil').aboveFloor).toBe(false);
    expect(section.passed).toBe(false);
  });
});

describe('a CV exactly on its limit meets it', () => {
  const twoSchools = (
    stage: 'primary' | 'junior',
    a: Resources2017,
    b: Resources2017,
    pupils = 100,
  ): DatasetData =>
    dataset([school('c1', stage, section2017(pupils, a)), school('c2', stage, section2017(pupils, b))]);

  it('key teachers per 100 of 1 and 3 with equal pupils: mean 2, S = 1, CV = 1/2 = 0.5 ≤ 0.50', () => {
    const base = primaryMeetingAll(100);
    const a = assessCompulsory(twoSchools('primary', { ...base, key: 1 }, { ...base, key: 3 }), SET);
    const v = variationOf(a, 'key-teachers-per-100', 'primary');
    expect(v.mean?.toString()).toBe('2');
    expect(v.standardDeviation?.toString()).toBe('1');
    expect(v.cv?.toString()).toBe('0.5');
    expect([v.status, v.met]).toEqual(['met', true]);
  });

  it('junior teaching area 11 and 29 m² per pupil: CV = 18 / 40 = 0.45 ≤ 0.45, met', () => {
    const base: Resources2017 = {
      qualified: 6,
      key: 1,
      peArt: 1,
      teaching: 1100,
      sports: 1100,
      equipment: 260000,
      multimedia: 3,
    };
    const a = assessCompulsory(twoSchools('junior', base, { ...base, teaching: 2900 }), SET);
    const v = variationOf(a, 'teaching-area-per-pupil', 'junior');
    expect(v.cv?.toString()).toBe('0.45');
    expect(v.met).toBe(true);
  });

  it('junior teaching area 11 and 29.00000000000000001 m² per pupil: CV just over 0.45, unmet', () => {
    // CV = (18 + 1e-17) / (40 + 1e-17) = 0.45 + 1.375e-19: floats cannot see it, the decision must.
    const base: Resources2017 = {
      qualified: 6,
      key: 1,
      peArt: 1,
      teaching: 1100,
      sports: 1100,
      equipment: 260000,
      multimedia: 3,
    };
    const a = assessCompulsory(
      twoSchools('junior', base, { ...base, teaching: '2900.000000000000001' }),
      SET,
    );
    const v = variationOf(a, 'teaching-area-per-pupil', 'junior');
    expect(v.met).toBe(false);
    // (the county facts are absent, so the other reasons are 'unknown')
    expect(a.reasons.filter((r) => r.code !== 'unknown').map((r) => [r.code, r.indicator, r.stage])).toEqual([
      ['cv-over-limit', 'teaching-area-per-pupil', 'junior'],
    ]);
  });
});

/**
 * Two junior schools of 200 pupils, so each single CV is |a − b| / (a + b). `t` lists, per
 * school, teaching area, sports area, equipment, computers, books, full-time, qualified and
 * senior-title teachers.
 */
function junior2012(c: readonly (number | string)[], d: readonly (number | string)[]): DatasetData {
  const make = (id: string, t: readonly (number | string)[]): SchoolData =>
    school(id, 'junior', {
      pupils: 200,
      classes: 4,
      teachers: {
        fullTime: t[5] as number,
        aboveRequiredQualification: t[6] as number,
        seniorTitle: t[7] as number,
      },
      stock: {
        teachingAuxiliaryArea: t[0] as number,
        sportsArea: t[1] as number,
        equipmentValue: t[2] as number,
        computers: t[3] as number,
        books: t[4] as number,
      },
    });
  return dataset([make('jC', c), make('jD', d)], {
    countyFacts: { 'provincial-basic-standards': { met: true }, 'government-work-score': { value: 90 } },
  });
}

describe('the 2012 composite decided exactly', () => {
  // The composite is decided from each CV's exact sums (compositeFromAccumulators), not from the
  // reported CVs: rounding 2/3 to 15 or 40 digits would tip a composite of exactly 0.55.

  it('meets 0.55 when the composite is exactly 0.55 with CVs of 2/3: (3 × 2/3 + 2 × 0.6 + 3 × 0.4) / 8', () => {
    // teaching 1 vs 5, sports 1 vs 5, equipment 1000 vs 5000 per pupil → 4/6 = 2/3 each;
    // computers 10 vs 40 per 100, books 20 vs 80 per pupil → 0.6 each;
    // teachers 6 vs 14, qualified 6 vs 14, senior title 3 vs 7 → 0.4 each.
    // Sum = 2 + 1.2 + 1.2 = 4.4; composite = 4.4 / 8 = 0.55 ≤ 0.55.
    const a = assessCompulsory(
      junior2012([200, 200, 200000, 20, 4000, 6, 6, 3], [1000, 1000, 1000000, 80, 16000, 14, 14, 7]),
      compulsoryBasic2012,
    );
    const composite = a.composite?.find((c) => c.stage === 'junior');
    expect(composite?.met).toBe(true);
    expect(a.status).toBe('passed');
  });

  it('does not meet 0.55 when the composite is 0.55 + 2.5e-17 (one CV is 0.6 + 2e-16)', () => {
    // As the at-limit county of compulsory-2012.test.ts, with school jD's teaching area
    // 1600.000000000001 m² instead of 1600: per pupil 2 vs 8.000000000000005, CV = (6 + 5e-15) / (10 + 5e-15)
    // = 0.6 + 2e-16 (to first order), so the composite (4.4 + 2e-16) / 8 exceeds 0.55.
    const a = assessCompulsory(
      junior2012(
        [400, 200, 200000, 20, 4000, 10, 8, 2],
        ['1600.000000000001', 1800, 800000, 80, 16000, 15, 12, 18],
      ),
      compulsoryBasic2012,
    );
    const composite = a.composite?.find((c) => c.stage === 'junior');
    expect(composite?.met).toBe(false);
  });

  it('the same county without the 1e-12 m² meets 0.55 exactly (control for the test above)', () => {
    const a = assessCompulsory(
      junior2012([400, 200, 200000, 20, 4000, 10, 8, 2], [1600, 1800, 800000, 80, 16000, 15, 12, 18]),
      compulsoryBasic2012,
    );
    expect(a.composite?.find((c) => c.stage === 'junior')?.met).toBe(true);
  });
});
