/**
 * Data in the forms counties publish (issue 17, item 3): resources of a school section given as a
 * rate (生均值 / 每百名) with the pupils, and equipment value in 万元. Known answers worked by hand,
 * the law that a rate-and-pupils section is assessed exactly as the same section given in counts
 * whenever the rate is exact, and bad input for every new field.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { exactValueOf, explainResult } from '../../src/assess/explain.js';
import { compulsoryGaps } from '../../src/assess/gap.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { safeParseCompulsoryDataset } from '../../src/schema/compulsory.js';
import {
  dataset,
  primaryMeetingAll,
  type SchoolData,
  school,
  section2017,
} from '../fixtures/compulsory-builders.js';
import { deepFreeze } from '../fixtures/preschool-builders.js';
import { HP, resultOf, sectionOf } from './helpers.js';

const SET = compulsoryQuality2017;

function issuesOf(input: unknown): { code: string; path: string }[] {
  const result = safeParseCompulsoryDataset(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
}

describe('a section given as rates and pupils (生均 / 每百名)', () => {
  it('4.2 qualified teachers per 100 of 500 pupils derive 21 teachers: 21 ÷ 500 × 100 = 4.2 ≥ 4.2, marked as derived', () => {
    const section = { ...section2017(500, primaryMeetingAll(500)) };
    const { aboveRequiredQualification: _, ...teachers } = section.teachers;
    const a = assessCompulsory(
      dataset([
        school('p1', 'primary', {
          ...section,
          teachers,
          rates: { aboveRequiredQualification: { rate: '4.2', per: 100 } },
        } as never),
      ]),
      SET,
    );
    const result = resultOf(sectionOf(a, 'p1', 'primary'), 'qualified-teachers-per-100');
    expect(result.status).toBe('met');
    expect(result.numerator).toBe(21);
    expect(result.denominator).toBe(500);
    expect(result.value).toBe(4.2);
    expect(result.inputs).toEqual([
      {
        field: 'teachers.aboveRequiredQualification',
        derived: 'rate',
        given: 4.2,
        per: 100,
        pupils: 500,
        value: 21,
        exact: '21',
        explanation: {
          en: 'teachers.aboveRequiredQualification 4.2 per 100 pupils × 500 pupils ÷ 100 = 21 (derived from the rate per 100 pupils)',
          zh: 'teachers.aboveRequiredQualification 每百名学生 4.2 × 在校生 500 人 ÷ 100 = 21（由每百名学生拥有量推算）',
        },
      },
    ]);
    expect(explainResult(result)).toEqual({
      en: '21 ÷ 500 × 100 = 4.2 ≥ 4.2 (derived from the rate per 100 pupils)',
      zh: '21 ÷ 500 × 100 = 4.2 ≥ 4.2（由每百名学生拥有量推算）',
    });
    // the other indicators, given as counts, are not marked
    expect(resultOf(sectionOf(a, 'p1', 'primary'), 'key-teachers-per-100').inputs).toBeUndefined();
  });

  it('a per-pupil rate: 2000 yuan of equipment per pupil for 812 pupils is 1 624 000 yuan, 2000 ≥ 2000 (由生均值推算)', () => {
    const section = section2017(812, { ...primaryMeetingAll(800), equipment: 0 });
    const { equipmentValue: _, ...stock } = section.stock ?? {};
    const a = assessCompulsory(
      dataset([
        school('p1', 'primary', {
          ...section,
          stock,
          rates: { equipmentValue: { rate: 2000, per: 1 } },
        } as never),
      ]),
      SET,
    );
    const result = resultOf(sectionOf(a, 'p1', 'primary'), 'equipment-value-per-pupil');
    expect(result.numerator).toBe(1_624_000);
    expect(result.value).toBe(2000);
    expect(result.status).toBe('met');
    expect(explainResult(result).zh).toBe('1624000 ÷ 812 = 2000 ≥ 2000（由生均值推算）');
    expect(explainResult(result).en).toContain('(derived from the per-pupil rate)');
  });

  it('a derived count that is not whole is kept exact: 4.2 per 100 of 812 pupils is 34.104 teachers, exactly 4.2 (met), with a warning', () => {
    const section = section2017(812, primaryMeetingAll(800));
    const { aboveRequiredQualification: _, ...teachers } = section.teachers;
    const a = assessCompulsory(
      dataset([
        school('p1', 'primary', {
          ...section,
          teachers,
          rates: { aboveRequiredQualification: { rate: '4.2', per: 100 } },
        } as never),
      ]),
      SET,
    );
    const result = resultOf(sectionOf(a, 'p1', 'primary'), 'qualified-teachers-per-100');
    expect(result.numerator).toBe(34.104);
    expect(exactValueOf(result)?.toString()).toBe('4.2');
    expect(result.met).toBe(true);
    expect(a.warnings).toContainEqual({
      code: 'derived-count-not-whole',
      path: ['schools', 0, 'sections', 'primary', 'rates', 'aboveRequiredQualification'],
      en: 'teachers.aboveRequiredQualification derived from its rate is 34.104, not a whole number: the exact figure is used; give the count if the county has it',
      zh: 'teachers.aboveRequiredQualification 由比率推算为 34.104，不是整数：按精确值计算；如有实际人数，请填写人数',
    });
  });

  it('a rate just below the floor decides exactly: 3.569 per 100 (< 0.85 × 4.2 = 3.57) fails the 6-of-7 rule, 3.57 passes', () => {
    const verdict = (rate: string) => {
      const section = section2017(1000, primaryMeetingAll(1000));
      const { aboveRequiredQualification: _, ...teachers } = section.teachers;
      const a = assessCompulsory(
        dataset([
          school('p1', 'primary', {
            ...section,
            teachers,
            rates: { aboveRequiredQualification: { rate, per: 100 } },
          } as never),
        ]),
        SET,
      );
      return sectionOf(a, 'p1', 'primary').passed;
    };
    expect(verdict('3.57')).toBe(true);
    expect(verdict('3.569')).toBe(false);
  });

  it('the 2012 set reads rates too: 0.05 full-time teachers per pupil of 600 pupils is 30 teachers', () => {
    const a = assessCompulsory(
      dataset([
        school('p1', 'primary', {
          pupils: 600,
          classes: 12,
          teachers: {},
          rates: { fullTime: { rate: '0.05', per: 1 }, books: { rate: 25, per: 1 } },
        } as never),
      ]),
      compulsoryBasic2012,
    );
    const section = sectionOf(a, 'p1', 'primary');
    expect(resultOf(section, 'teachers-per-pupil').numerator).toBe(30);
    expect(resultOf(section, 'books-per-pupil').numerator).toBe(15_000);
    expect(resultOf(section, 'books-per-pupil').inputs?.[0]?.derived).toBe('rate');
  });
});

describe('inputs are never mutated', () => {
  it('a frozen dataset with rates and 万元 is assessed, and reads the same afterwards', () => {
    const section = section2017(500, primaryMeetingAll(500));
    const { aboveRequiredQualification: _, ...teachers } = section.teachers;
    const input = deepFreeze(
      dataset([
        school('p1', 'primary', {
          ...section,
          teachers,
          stock: { ...section.stock, equipmentValue: 110, equipmentValueUnit: '万元' },
          rates: { aboveRequiredQualification: { rate: '4.2', per: 100 } },
        } as never),
      ]) as unknown as Record<string, unknown>,
    );
    const before = JSON.stringify(input);
    const a = assessCompulsory(input, SET);
    expect(resultOf(sectionOf(a, 'p1', 'primary'), 'equipment-value-per-pupil').numerator).toBe(1_100_000);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('county figures computed from the schools read rates too', () => {
  it('certified teachers: 0.05 per pupil of 600 pupils (30) of 30 full-time teachers is 100 %', () => {
    const a = assessCompulsory(
      dataset([
        school('p1', 'primary', {
          ...section2017(600, primaryMeetingAll(600)),
          teachers: { fullTime: 30 },
          rates: { certified: { rate: '0.05', per: 1 } },
        } as never),
      ]),
      SET,
    );
    const certified = a.countyIndicators.find((r) => r.indicator === 'certified-teachers');
    expect(certified).toMatchObject({ status: 'met', numerator: 30, denominator: 30, value: 100 });
  });
});

describe('equipment value in 万元', () => {
  it('180.5 万元 for 900 pupils is 1 805 000 yuan: 2005.555… ≥ 2000, marked as converted', () => {
    const section = section2017(900, primaryMeetingAll(900));
    const a = assessCompulsory(
      dataset([
        school('p1', 'primary', {
          ...section,
          stock: { ...section.stock, equipmentValue: '180.5', equipmentValueUnit: '万元' },
        } as never),
      ]),
      SET,
    );
    const result = resultOf(sectionOf(a, 'p1', 'primary'), 'equipment-value-per-pupil');
    expect(result.numerator).toBe(1_805_000);
    expect(exactValueOf(result)?.toString()).toBe(
      new HP(1_805_000).div(900).toSignificantDigits(40).toString(),
    );
    expect(result.status).toBe('met');
    expect(result.inputs?.[0]).toMatchObject({
      field: 'stock.equipmentValue',
      derived: 'unit',
      given: 180.5,
      unit: '万元',
      exact: '1805000',
    });
    expect(explainResult(result).zh).toBe('1805000 ÷ 900 = 2005.555556… ≥ 2000（由万元换算）');
  });

  it('元 declared explicitly changes nothing', () => {
    const section = section2017(900, primaryMeetingAll(900));
    const plain = assessCompulsory(dataset([school('p1', 'primary', section)]), SET);
    const declared = assessCompulsory(
      dataset([
        school('p1', 'primary', {
          ...section,
          stock: { ...section.stock, equipmentValueUnit: '元' },
        } as never),
      ]),
      SET,
    );
    expect(declared.sections).toEqual(plain.sections);
  });

  it('whole-school equipment in 万元 is split in yuan: 260 万元 for 166 primary and 210 junior pupils (weighted 397)', () => {
    const nine: SchoolData = {
      id: 'n1',
      name: '九年一贯制学校',
      kind: 'nine-year',
      ownership: 'public',
      sections: {
        primary: { pupils: 166, classes: 6, teachers: {} },
        junior: { pupils: 210, classes: 6, teachers: {} },
      },
      sharedStock: { equipmentValue: 260, equipmentValueUnit: '万元' } as never,
    };
    const inYuan: SchoolData = { ...nine, sharedStock: { equipmentValue: 2_600_000 } };
    const a = assessCompulsory(dataset([nine]), SET);
    const b = assessCompulsory(dataset([inYuan]), SET);
    const converted = resultOf(sectionOf(a, 'n1', 'primary'), 'equipment-value-per-pupil');
    const given = resultOf(sectionOf(b, 'n1', 'primary'), 'equipment-value-per-pupil');
    // 2 600 000 × 166 ÷ 397 ÷ 166 = 6549.118…
    expect(converted.value).toBe(given.value);
    expect(converted.exact).toEqual(given.exact);
    expect(converted.inputs?.[0]?.field).toBe('sharedStock.equipmentValue');
    expect(given.inputs).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// The law: a section given as rates and pupils is assessed as the same section given in counts,
// whenever every rate is exact (count × per ÷ pupils terminates).

const TEACHER_FIELDS = ['fullTime', 'aboveRequiredQualification', 'keyCountyOrAbove', 'pe'] as const;
const STOCK_FIELDS = [
  'teachingAuxiliaryArea',
  'sportsArea',
  'equipmentValue',
  'multimediaClassrooms',
] as const;

// count × per ÷ pupils as a decimal string when it terminates, else undefined.
function exactRate(count: number | string, per: 1 | 100, pupils: number): string | undefined {
  const rate = new HP(count).times(per).div(pupils);
  return rate.times(pupils).div(per).eq(new HP(count)) && rate.decimalPlaces() <= 20
    ? rate.toFixed()
    : undefined;
}

// What differs by construction: the `inputs` of results and the marks in explanations.
function withoutMarks(value: unknown): unknown {
  if (typeof value === 'string')
    return value.replace(/ ?[（(](?:derived from|由|converted from)[^）)]*[）)]/g, '');
  if (Array.isArray(value)) return value.map(withoutMarks);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, entry] of Object.entries(value)) if (key !== 'inputs') out[key] = withoutMarks(entry);
    return out;
  }
  return value;
}

const pupilsArb = fc.oneof(
  fc.constantFrom(100, 125, 200, 250, 400, 500, 625, 800, 1000, 1250, 1600, 2000),
  fc.integer({ min: 1, max: 2000 }),
);
const sectionArb = pupilsArb.chain((pupils) =>
  fc.record({
    pupils: fc.constant(pupils),
    teachers: fc.record({
      fullTime: fc.integer({ min: 0, max: 150 }),
      aboveRequiredQualification: fc.integer({ min: 0, max: 120 }),
      keyCountyOrAbove: fc.integer({ min: 0, max: 40 }),
      pe: fc.integer({ min: 0, max: 30 }),
    }),
    stock: fc.record({
      teachingAuxiliaryArea: fc.integer({ min: 0, max: 2_000_000 }).map((n) => (n / 100).toString()),
      sportsArea: fc.integer({ min: 0, max: 30_000 }),
      equipmentValue: fc.integer({ min: 0, max: 8_000_000 }),
      multimediaClassrooms: fc.integer({ min: 0, max: 60 }),
    }),
    asRate: fc.record({
      fields: fc.subarray([...TEACHER_FIELDS, ...STOCK_FIELDS]),
      per: fc.constantFrom(1 as const, 100 as const),
    }),
    wan: fc.boolean(),
  }),
);

describe('law: rates and pupils give the assessment of the same counts whenever the rate is exact', () => {
  it('on random counties (property, fast-check)', () => {
    let derivedSeen = 0;
    fc.assert(
      fc.property(fc.array(sectionArb, { minLength: 1, maxLength: 5 }), (sections) => {
        const counts: SchoolData[] = [];
        const rated: SchoolData[] = [];
        sections.forEach((s, i) => {
          const base = {
            pupils: s.pupils,
            classes: 1,
            teachers: { ...s.teachers, music: 0, art: 0 },
            stock: { ...s.stock },
          };
          counts.push(school(`s${i}`, 'primary', base));
          const teachers: Record<string, unknown> = { ...base.teachers };
          const stock: Record<string, unknown> = { ...base.stock };
          const rates: Record<string, unknown> = {};
          for (const field of s.asRate.fields) {
            const group = (TEACHER_FIELDS as readonly string[]).includes(field) ? teachers : stock;
            const rate = exactRate(group[field] as number | string, s.asRate.per, s.pupils);
            if (rate === undefined) continue;
            delete group[field];
            rates[field] = { rate, per: s.asRate.per };
            derivedSeen += 1;
          }
          if (s.wan && stock.equipmentValue !== undefined) {
            stock.equipmentValue = new HP(stock.equipmentValue as number).div(10_000).toFixed();
            stock.equipmentValueUnit = '万元';
          }
          rated.push(school(`s${i}`, 'primary', { ...base, teachers, stock, rates } as never));
        });
        const a = assessCompulsory(dataset(counts), SET);
        const b = assessCompulsory(dataset(rated), SET);
        expect(withoutMarks(b)).toEqual(withoutMarks(a));
        // and so are the gaps worked out from it
        expect(withoutMarks(compulsoryGaps(b, SET))).toEqual(withoutMarks(compulsoryGaps(a, SET)));
      }),
      { numRuns: 120 },
    );
    // the generator does give rates, so the law is not checked on counts alone
    expect(derivedSeen).toBeGreaterThan(50);
  });
});

// ---------------------------------------------------------------------------------------------

describe('bad input in the new fields (codes and paths)', () => {
  const base = section2017(500, primaryMeetingAll(500));
  const withSection = (changes: Record<string, unknown>) =>
    dataset([school('p1', 'primary', { ...base, ...changes } as never)]);
  const at = 'schools.0.sections.primary';

  it('a rate must be a non-negative decimal', () => {
    expect(issuesOf(withSection({ rates: { seniorTitle: { rate: -1, per: 100 } } }))).toEqual([
      { code: 'negative', path: `${at}.rates.seniorTitle.rate` },
    ]);
    expect(issuesOf(withSection({ rates: { seniorTitle: { rate: 'abc', per: 100 } } }))).toEqual([
      { code: 'not-a-number', path: `${at}.rates.seniorTitle.rate` },
    ]);
  });

  it('per is 1 or 100, and required', () => {
    expect(issuesOf(withSection({ rates: { seniorTitle: { rate: 1, per: 10 } } }))).toEqual([
      { code: 'invalid-enum', path: `${at}.rates.seniorTitle.per` },
    ]);
    expect(issuesOf(withSection({ rates: { seniorTitle: { rate: 1 } } }))).toEqual([
      { code: 'required', path: `${at}.rates.seniorTitle.per` },
    ]);
  });

  it('an unknown field in rates or in a rate is refused', () => {
    expect(issuesOf(withSection({ rates: { classes: { rate: 1, per: 1 } } }))).toEqual([
      { code: 'unknown-key', path: `${at}.rates.classes` },
    ]);
    expect(issuesOf(withSection({ rates: { seniorTitle: { rate: 1, per: 1, unit: '万元' } } }))).toEqual([
      { code: 'unknown-key', path: `${at}.rates.seniorTitle.unit` },
    ]);
  });

  it('a field given both as a count and as a rate is refused (given-twice)', () => {
    expect(issuesOf(withSection({ rates: { pe: { rate: 1, per: 100 } } }))).toEqual([
      { code: 'given-twice', path: `${at}.rates.pe` },
    ]);
    expect(issuesOf(withSection({ rates: { sportsArea: { rate: 8, per: 1 } } }))).toEqual([
      { code: 'given-twice', path: `${at}.rates.sportsArea` },
    ]);
  });

  it('a rate for a stock field the school reports in sharedStock is refused (stock-reported-twice)', () => {
    const { sportsArea: _, ...stock } = base.stock ?? {};
    const input = dataset([
      {
        ...school(
          'n1',
          'primary',
          { ...base, stock, rates: { sportsArea: { rate: 8, per: 1 } } } as never,
          'nine-year',
        ),
        sharedStock: { sportsArea: 9000 },
      },
    ]);
    expect(issuesOf(input)).toEqual([
      { code: 'stock-reported-twice', path: 'schools.0.sections.primary.rates.sportsArea' },
    ]);
  });

  it('a rate deriving more than the field allows is refused (too-big at the rate)', () => {
    const { pe: _, ...teachers } = base.teachers;
    // 1e6 per pupil × 500 pupils = 5e8 teachers > 100 000 000
    expect(issuesOf(withSection({ teachers, rates: { pe: { rate: 1e6, per: 1 } } }))).toEqual([
      { code: 'too-big', path: `${at}.rates.pe.rate` },
    ]);
  });

  it('a money unit is 元 or 万元; the amount in 万元 stays within 10¹³ yuan; a unit needs its amount', () => {
    const stock = base.stock ?? {};
    expect(issuesOf(withSection({ stock: { ...stock, equipmentValueUnit: '千元' } }))).toEqual([
      { code: 'invalid-enum', path: `${at}.stock.equipmentValueUnit` },
    ]);
    expect(
      issuesOf(
        withSection({ stock: { ...stock, equipmentValue: '1000000001', equipmentValueUnit: '万元' } }),
      ),
    ).toEqual([{ code: 'too-big', path: `${at}.stock.equipmentValue` }]);
    const { equipmentValue: _, ...withoutAmount } = stock;
    expect(issuesOf(withSection({ stock: { ...withoutAmount, equipmentValueUnit: '万元' } }))).toEqual([
      { code: 'required', path: `${at}.stock.equipmentValue` },
    ]);
    expect(
      issuesOf(
        dataset([
          {
            ...school('n1', 'primary', { ...base, stock: undefined } as never, 'nine-year'),
            sharedStock: { equipmentValueUnit: 'wan' } as never,
          },
        ]),
      ),
    ).toEqual([
      { code: 'invalid-enum', path: 'schools.0.sharedStock.equipmentValueUnit' },
      { code: 'required', path: 'schools.0.sharedStock.equipmentValue' },
    ]);
  });

  it('errors on counts stay as they were (a negative count is still `negative`, not a union error)', () => {
    expect(issuesOf(withSection({ teachers: { ...base.teachers, pe: -3 } }))).toEqual([
      { code: 'negative', path: `${at}.teachers.pe` },
    ]);
  });
});
