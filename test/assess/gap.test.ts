/**
 * What it would take (`compulsoryGaps`): the smallest addition for an unmet school indicator, the
 * levelling plan for a CV over its limit, and the fixes for a section failing 6 of 7. Every
 * answer is checked by hand and by assessing the county again with the change applied.
 * Synthetic datasets.
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryGaps } from '../../src/assess/gap.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { coefficientOfVariation } from '../../src/numeric/variation/index.js';
import {
  dataset,
  primaryMeetingAll,
  type Resources2017,
  type SchoolData,
  type SectionData,
  school,
  section2017,
} from '../fixtures/compulsory-builders.js';
import { county2017 } from '../fixtures/county-2017.js';
import { expectSignificant, HP, resultOf, sectionOf, variationOf } from './helpers.js';
import { expectPlainFigures } from './plain-figures.js';

const SET = compulsoryQuality2017;

// A primary section of 450 pupils with 3 key teachers (3/450×100 = 0.667 < 1, below the floor
// 0.85) and 3062.5 m² of sports area (3062.5/450 = 6.806 < 7.5, above the floor 6.375); the other
// five indicators are met.
const G1: Resources2017 = {
  qualified: 23, // 5.11 per 100 ≥ 4.2
  key: 3,
  peArt: 5, // 1.11 per 100 ≥ 0.9
  teaching: 2250, // 5 ≥ 4.5
  sports: '3062.5',
  equipment: 990000, // 2200 ≥ 2000
  multimedia: 14, // 3.11 per 100 ≥ 2.3
};
const assessG1 = (r: Resources2017) =>
  assessCompulsory(dataset([school('g1', 'primary', section2017(450, r))]), SET);

describe('compulsoryGaps: the smallest addition for each unmet indicator', () => {
  const assessment = assessG1(G1);
  const gaps = compulsoryGaps(assessment, SET);
  const gapOf = (indicator: string) =>
    gaps.indicators.find((g) => g.schoolId === 'g1' && g.indicator === indicator);

  it('the section fails with 5 met', () => {
    const section = sectionOf(assessment, 'g1', 'primary');
    expect([section.metCount, section.passed]).toEqual([5, false]);
  });

  it('key teachers: 2 more (450 pupils need 1 × 450 / 100 = 4.5, so 5 whole teachers; 3 + 1 = 4 gives 0.889 < 1)', () => {
    const gap = gapOf('key-teachers-per-100');
    expect(gap?.quantity).toBe('persons');
    expect([gap?.current, gap?.required, gap?.change]).toEqual([3, 4.5, 2]);
    expect(gap?.explanation.en).toBe('add 2 persons (need 4.5 for 450, have 3)');
    // by hand: 4/450×100 = 0.888… < 1, 5/450×100 = 1.111… ≥ 1
    const meets = (key: number) =>
      resultOf(sectionOf(assessG1({ ...G1, key }), 'g1', 'primary'), 'key-teachers-per-100').met;
    expect(meets(3 + 1)).toBe(false);
    expect(meets(3 + 2)).toBe(true);
  });

  it('sports area: exactly 312.5 m² more (7.5 × 450 = 3375 − 3062.5)', () => {
    const gap = gapOf('sports-area-per-pupil');
    expect(gap?.quantity).toBe('area');
    expect(gap?.required).toBe(3375);
    expect(gap?.change).toBe(312.5);
    const meets = (sports: string) =>
      resultOf(sectionOf(assessG1({ ...G1, sports }), 'g1', 'primary'), 'sports-area-per-pupil').met;
    expect(meets('3375')).toBe(true);
    expect(meets('3374.99')).toBe(false);
  });

  it('lists nothing for the indicators that are met', () => {
    expect(gaps.indicators.map((g) => g.indicator)).toEqual([
      'key-teachers-per-100',
      'sports-area-per-pupil',
    ]);
  });

  it('in the synthetic county: 120 000 yuan for s02, 226.5 m² for s03, 1 key teacher and 2 rooms for s04', () => {
    const county = compulsoryGaps(assessCompulsory(county2017, SET), SET);
    // s02: 2000 × 400 − 680 000 = 120 000; s03: 7.5 × 200 − 1273.5 = 226.5;
    // s04: 1 × 350/100 = 3.5 key teachers → 4, one more; 2.3 × 350/100 = 8.05 rooms → 9, two more.
    expect(county.indicators.map((g) => [g.schoolId, g.indicator, g.change])).toEqual([
      ['s02', 'equipment-value-per-pupil', 120000],
      ['s03', 'sports-area-per-pupil', 226.5],
      ['s04', 'key-teachers-per-100', 1],
      ['s04', 'multimedia-rooms-per-100', 2],
    ]);
    // every CV of that county is within its limit: no levelling plan
    expect(county.levelling).toEqual([]);
  });
});

describe('compulsoryGaps: fixes for a section failing 6 of 7', () => {
  it('brings the nearer indicator to its threshold and the other to the 85 % floor, and then the section passes', () => {
    const gaps = compulsoryGaps(assessG1(G1), SET);
    // Relative shortfalls: sports (7.5 − 6.806)/7.5 = 0.093, key (1 − 0.667)/1 = 0.333. One more met
    // indicator is needed (6 − 5): sports to 7.5 (312.5 m²); key only to the floor 0.85 × 4.5 = 3.825
    // teachers, i.e. 4, one more.
    expect(gaps.sections).toHaveLength(1);
    expect(gaps.sections[0]?.schoolId).toBe('g1');
    expect(gaps.sections[0]?.fixes.map((f) => [f.indicator, f.target, f.change])).toEqual([
      ['sports-area-per-pupil', 'threshold', 312.5],
      ['key-teachers-per-100', 'floor', 1],
    ]);
    const fixed = sectionOf(assessG1({ ...G1, sports: '3375', key: 4 }), 'g1', 'primary');
    expect([fixed.metCount, fixed.passed]).toEqual([6, true]);
  });

  it('lists the fixes of the synthetic county: s03 to the floor (1.5 m²), s04 to the threshold', () => {
    const gaps = compulsoryGaps(assessCompulsory(county2017, SET), SET);
    // s03: floor 0.85 × 7.5 × 200 = 1275 m², has 1273.5 → 1.5 m².
    // s04: one more met indicator needed; rooms (2.3 − 2)/2.3 = 0.130 is nearer than key (1 − 0.857)/1 = 0.143.
    expect(
      gaps.sections.map((s) => [s.schoolId, s.fixes.map((f) => [f.indicator, f.target, f.change])]),
    ).toEqual([
      ['s03', [['sports-area-per-pupil', 'floor', 1.5]]],
      ['s04', [['multimedia-rooms-per-100', 'threshold', 2]]],
    ]);
  });
});

describe('compulsoryGaps: levelling a CV over its limit', () => {
  // Three primary schools of 100 pupils each; sports area 100, 200 and 1500 m² → 1, 2 and 15 m²
  // per pupil: mean 6, S² = ((1 − 6)² + (2 − 6)² + (15 − 6)²) / 3 = 122 / 3, S = 6.377, CV = 1.0628 > 0.50.
  const base = primaryMeetingAll(100);
  const data = dataset([
    school('l1', 'primary', section2017(100, { ...base, sports: 100 })),
    school('l2', 'primary', section2017(100, { ...base, sports: 200 })),
    school('l3', 'primary', section2017(100, { ...base, sports: 1500 })),
  ]);
  const assessment = assessCompulsory(data, SET);
  const gaps = compulsoryGaps(assessment, SET);
  const plan = gaps.levelling.find((p) => p.indicator === 'sports-area-per-pupil');

  it('starts from CV = √(122/3) / 6 = 1.06284… > 0.50', () => {
    const v = variationOf(assessment, 'sports-area-per-pupil', 'primary');
    expectSignificant(v.cv, new HP(122).div(3).sqrt().div(6));
    expect(v.met).toBe(false);
    expect(plan?.cvBefore).toBe(v.cv);
  });

  it('raises the schools below the floor and the recomputed CV is within 0.50', () => {
    expect(plan).toBeDefined();
    if (plan === undefined) return;
    expect(plan.verified).toBe(true);
    expect(plan.quantity).toBe('area');
    expect(plan.limit).toBe(0.5);
    // Recompute the CV from the plan with the statistics module, exactly.
    const after = new Map(plan.additions.map((a) => [a.schoolId, a.after]));
    const sports = [
      ['l1', 100],
      ['l2', 200],
      ['l3', 1500],
    ] as const;
    const values = sports.map(([id, area]) => ({ numerator: after.get(id) ?? area, denominator: 100 }));
    const check = coefficientOfVariation(values, [100, 100, 100], { limit: '0.50' });
    expect(check.withinLimit).toBe(true);
    expectSignificant(plan.cvAfter, new HP(check.cv?.toString() ?? 'NaN'));
    expect(plan.cvAfter).toBeLessThanOrEqual(0.5);
    // Every addition lifts its school to at least the floor, and the total is their sum (the
    // figures are short decimals: each number reads back as its exact decimal).
    for (const a of plan.additions) {
      expect(new HP(a.before).plus(a.addition).eq(a.after)).toBe(true);
      expect(new HP(a.after).div(100).gte(plan.floor)).toBe(true);
    }
    expect(
      new HP(plan.totalAddition).eq(plan.additions.reduce((s, a) => s.plus(a.addition), new HP(0))),
    ).toBe(true);
    // The smallest floor by hand: clipping 1 and 2 to F gives F, F, 15 with weights 2/3, 1/3, so
    // CV = √2 (15 − F) / (2F + 15) ≤ 0.5 ⇔ F ≥ (15√2 − 7.5) / (1 + √2) = 5.680194….
    // The plan's floor is that value rounded up (to 6 significant digits): at most 1e-5 above it.
    const smallest = new HP(2).sqrt().times(15).minus('7.5').div(new HP(2).sqrt().plus(1));
    expect(new HP(plan.floor).gte(smallest)).toBe(true);
    expect(new HP(plan.floor).lte(smallest.times('1.00001'))).toBe(true);
    // l3 (15 m² per pupil) is above the floor and receives nothing.
    expect(plan.additions.map((a) => a.schoolId)).not.toContain('l3');
  });

  it('once carried out, the county meets the CV limit for that indicator', () => {
    if (plan === undefined) throw new Error('no plan');
    const after = new Map(plan.additions.map((a) => [a.schoolId, a.after]));
    const levelled = dataset([
      school('l1', 'primary', section2017(100, { ...base, sports: after.get('l1') ?? 100 })),
      school('l2', 'primary', section2017(100, { ...base, sports: after.get('l2') ?? 200 })),
      school('l3', 'primary', section2017(100, { ...base, sports: 1500 })),
    ]);
    expect(variationOf(assessCompulsory(levelled, SET), 'sports-area-per-pupil', 'primary').met).toBe(true);
  });

  it('adds whole teachers when the resource is counted in persons (key teachers 1, 1, 8 per 100 pupils)', () => {
    // values 1, 1, 8: mean 10/3, S² = (2 · (7/3)² + (14/3)²) / 3 = 98/9, CV = (7√2/3) / (10/3) = 0.98995 > 0.50
    const teachers = dataset([
      school('k1', 'primary', section2017(100, { ...base, key: 1 })),
      school('k2', 'primary', section2017(100, { ...base, key: 1 })),
      school('k3', 'primary', section2017(100, { ...base, key: 8 })),
    ]);
    const a = assessCompulsory(teachers, SET);
    expectSignificant(
      variationOf(a, 'key-teachers-per-100', 'primary').cv,
      new HP(2).sqrt().times(7).div(10),
    );
    const p = compulsoryGaps(a, SET).levelling.find((x) => x.indicator === 'key-teachers-per-100');
    expect(p?.quantity).toBe('persons');
    expect(p?.additions.length).toBeGreaterThan(0);
    for (const addition of p?.additions ?? []) expect(Number.isInteger(addition.addition)).toBe(true);
    expect(p?.cvAfter).toBeLessThanOrEqual(0.5);
  });
});

describe('compulsoryGaps: stock reported for the whole school', () => {
  it('asks for the whole school addition that lifts the section share to the threshold', () => {
    // A nine-year school: 100 primary and 900 junior pupils share 21 multimedia rooms.
    // Weighted pupils 100 + 1.1 × 900 = 1090; the primary share is 100/1090 of the rooms,
    // i.e. 21 × 100/1090 = 1.927 rooms, 1.927 per 100 pupils < 2.3.
    // The school needs T rooms with T × 100/1090 ≥ 2.3 → T ≥ 25.07 → 26 rooms: 5 more.
    const teachers = {
      fullTime: 60,
      aboveRequiredQualification: 60,
      keyCountyOrAbove: 12,
      pe: 5,
      music: 3,
      art: 3,
    };
    const input = {
      schemaVersion: 1,
      county: { code: '000001', name: '合成县' },
      year: 2021,
      schools: [
        {
          id: 'n1',
          name: '九年制学校',
          kind: 'nine-year',
          ownership: 'public',
          sections: {
            primary: {
              pupils: 100,
              classes: 4,
              teachers: {
                ...teachers,
                fullTime: 10,
                aboveRequiredQualification: 10,
                keyCountyOrAbove: 2,
                pe: 1,
                music: 1,
                art: 1,
              },
            },
            junior: { pupils: 900, classes: 18, teachers },
          },
          sharedStock: {
            teachingAuxiliaryArea: 10000,
            sportsArea: 20000,
            equipmentValue: 5000000,
            multimediaClassrooms: 21,
          },
        },
      ],
      countyFacts: {},
      vetoes: {},
    };
    const assessment = assessCompulsory(input, SET);
    const gaps = compulsoryGaps(assessment, SET);
    const rooms = gaps.indicators.find(
      (g) => g.schoolId === 'n1' && g.stage === 'primary' && g.indicator === 'multimedia-rooms-per-100',
    );
    expect(rooms?.change).toBe(5);
    expect(rooms?.current).toBe(21);
    // 2.3 × 1090 / 100 = 25.07 rooms for the whole school
    expect(rooms?.required).toBe(25.07);
    // applied: 26 shared rooms meet it
    const after = assessCompulsory(
      {
        ...input,
        schools: [
          {
            ...input.schools[0],
            sharedStock: { ...input.schools[0]?.sharedStock, multimediaClassrooms: 26 },
          },
        ],
      },
      SET,
    );
    expect(resultOf(sectionOf(after, 'n1', 'primary'), 'multimedia-rooms-per-100').met).toBe(true);
  });
});

describe('compulsoryGaps: whole-school stock with more digits than a number holds', () => {
  it('works out the addition from the exact total, and writes it in full', () => {
    // 100 primary and 900 junior pupils share 5000.123456789012345678 m² of sports ground: the
    // primary share 100/1090 gives 4.587… m² per pupil < 7.5. The school needs 7.5 × 100 × 1090 /
    // 100 = 8175 m²: 8175 − 5000.123456789012345678 = 3174.876543210987654322 m² more (a number
    // keeps about 16 digits of it; the words keep them all).
    const withoutSports = (section: SectionData): SectionData => {
      const { sportsArea: _, ...stock } = section.stock ?? {};
      return { ...section, stock };
    };
    const nineYear: SchoolData = {
      ...school('n2', 'primary', withoutSports(section2017(100, primaryMeetingAll(100))), 'nine-year'),
      sections: {
        primary: withoutSports(section2017(100, primaryMeetingAll(100))),
        junior: withoutSports(section2017(900, primaryMeetingAll(900))),
      },
      sharedStock: { sportsArea: '5000.123456789012345678' },
    };
    const gaps = compulsoryGaps(assessCompulsory(dataset([nineYear]), SET), SET);
    const sports = gaps.indicators.find(
      (g) => g.stage === 'primary' && g.indicator === 'sports-area-per-pupil',
    );
    expect(sports?.required).toBe(8175);
    expect(sports?.current).toBe(5000.123456789012);
    expect(sports?.change).toBeCloseTo(3174.876543210988, 9);
    expect(sports?.explanation.en).toBe(
      "add 3174.876543210987654322 m² to the whole school's stock (the section's share is 0.0917 of it: need 8175, have 5000.123456789012345678)",
    );
  });
});

describe('compulsoryGaps: plain data', () => {
  const FIGURES = new Set([
    'current',
    'required',
    'change',
    'limit',
    'cvBefore',
    'cvAfter',
    'floor',
    'before',
    'addition',
    'after',
    'totalAddition',
  ]);
  const base = primaryMeetingAll(100);
  const levelled = compulsoryGaps(
    assessCompulsory(
      dataset([
        school('l1', 'primary', section2017(100, { ...base, sports: 100 })),
        school('l2', 'primary', section2017(100, { ...base, sports: 200 })),
        school('l3', 'primary', section2017(100, { ...base, sports: 1500 })),
      ]),
      SET,
    ),
    SET,
  );
  const failing = compulsoryGaps(assessG1(G1), SET);

  it('survives structuredClone unchanged (no Decimal, class or getter inside)', () => {
    for (const gaps of [failing, levelled, compulsoryGaps(assessCompulsory(county2017, SET), SET)]) {
      expect(structuredClone(gaps)).toEqual(gaps);
      expect(JSON.parse(JSON.stringify(gaps))).toEqual(gaps);
    }
  });

  it('gives every figure of the gaps, plans and fixes as a finite number', () => {
    const seen = new Set<string>();
    for (const gaps of [failing, levelled]) {
      const { figures, keys } = expectPlainFigures(gaps, FIGURES);
      expect(figures).toBeGreaterThan(0);
      for (const key of keys) seen.add(key);
    }
    expect([...seen].sort()).toEqual([...FIGURES].sort());
  });

  it('keeps the exact figures in its words: the levelling floor is rounded up from the exact solution', () => {
    const plan = levelled.levelling[0];
    expect(plan?.floor).toBe(5.6802);
    // l1 100 m² → 5.6802 × 100 = 568.02 m², l2 200 m² → 568.02 m²: 468.02 + 368.02 = 836.04 m².
    expect(plan?.additions).toEqual([
      { schoolId: 'l1', before: 100, addition: 468.02, after: 568.02 },
      { schoolId: 'l2', before: 200, addition: 368.02, after: 568.02 },
    ]);
    expect(plan?.totalAddition).toBe(836.04);
    expect(failing.indicators.map((g) => g.explanation.en)).toEqual([
      'add 2 persons (need 4.5 for 450, have 3)',
      'add 312.5 m² (need 3375 for 450, have 3062.5)',
    ]);
  });
});
