/**
 * The JSON Schemas shipped as `dudao/schemas/<name>.json` (scripts/json-schemas.ts): each compiles
 * in a strict validator, names itself with an `$id` and a title and description in English and
 * Chinese; the forms of the value checks accept exactly what the library accepts (decimal strings
 * in exponent notation aside, which they refuse); the build writes exactly these files, where
 * package.json exports them.
 */

import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtSchemaFiles, schemaDir } from '../../scripts/build-schemas.mjs';
import {
  type JsonSchema,
  jsonSchemaFiles,
  PATTERNS,
  SCHEMA_BASE,
  schemaFileText,
} from '../../scripts/json-schemas.js';
import { toDecimal } from '../../src/numeric/decimal.js';
import {
  areaSchema,
  countSchema,
  dateSchema,
  idSchema,
  isCount,
  isNonNegativeDecimal,
  isShare,
  moneySchema,
} from '../../src/schema/common.js';
import { splitWeightsSchema } from '../../src/schema/indicator-set.js';

const files = jsonSchemaFiles();
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const { schema } of files) ajv.addSchema(schema as JsonSchema);

// A validator of one part of a published schema, e.g. `$defs/count` of the compulsory dataset.
function validatorOf(file: string, pointer: string): (value: unknown) => boolean {
  const validate = ajv.compile({ $ref: `${SCHEMA_BASE}${file}#${pointer}` });
  return (value) => validate(value) === true;
}

const matches = (pattern: string, text: string): boolean => new RegExp(pattern, 'u').test(text);
const EXPONENT = /[eE]/;

// Strings shaped like decimals around the limits: signs, leading zeros, up to 16 integer and 25
// decimal digits, a point anywhere, sometimes an exponent; and strings of any characters.
const digits = (maxLength: number): fc.Arbitrary<string> =>
  fc.string({ unit: fc.constantFrom('0', '0', '0', '1', '1', '5', '9'), maxLength });
const decimalLike: fc.Arbitrary<string> = fc
  .tuple(
    fc.constantFrom('', '', '+', '-'),
    digits(16),
    fc.constantFrom('', '.', '.', '.'),
    digits(26),
    fc.constantFrom('', '', '', 'e3', 'E+2', 'e-5', 'e0', 'e-25'),
  )
  .map((parts) => parts.join(''));
const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: decimalLike },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('0', '1', '.', '+', '-', 'e', ' ', 'x', '٣') }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 45 }) },
);

// The edges of every limit, in digits.
function edges(integerDigits: number, places: number): string[] {
  const nines = '9'.repeat(integerDigits);
  const max = `1${'0'.repeat(integerDigits)}`;
  return [
    max,
    `${max}.`,
    `${max}.0`,
    `${max}.${'0'.repeat(30)}`,
    `${max}.1`,
    `${max}0`,
    `0${max}`,
    nines,
    `${nines}.${'9'.repeat(places)}`,
    `${nines}.${'9'.repeat(places + 1)}`,
    `0.${'0'.repeat(places - 1)}1`,
    `0.${'0'.repeat(places)}1`,
    `.${'1'.repeat(places)}`,
    `.${'1'.repeat(places)}000`,
    `.${'1'.repeat(places + 1)}`,
    '0',
    '-0',
    '+0',
    '-0.000',
    '.0',
    '0.',
    '-.0',
    '.',
    '-',
    '+',
    '',
    '5.',
    '.5',
    '+5',
    '-5',
    '1e3',
    '0e5',
    '٣',
    '1 ',
    '0x10',
    '1'.repeat(41),
  ];
}

describe('the published JSON Schemas', () => {
  it('compile under Ajv in strict mode (draft 2020-12, with formats)', () => {
    for (const { file, schema } of files) {
      const strict = new Ajv2020({ strict: true });
      addFormats(strict);
      expect(() => strict.compile(schema as JsonSchema), file).not.toThrow();
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('each have a stable $id, and a title and a description in English and Chinese', () => {
    expect(files.map((f) => f.file)).toEqual([
      'compulsory-dataset.json',
      'preschool-dataset.json',
      'supervision-reform-dataset.json',
      'ledger-document.json',
      'indicator-set.json',
      'city-document.json',
      'recognition-survey.json',
      'supervision-opinion-options.json',
    ]);
    for (const { file, schema } of files) {
      expect(schema.$id).toBe(`https://dudao.dev/schemas/${file}`);
      for (const text of [schema.title, schema.description]) {
        expect(typeof text, file).toBe('string');
        expect(text, file).toMatch(/[A-Za-z]{4}/);
        expect(text, file).toMatch(/[\u4e00-\u9fff]{2}/);
      }
    }
  });

  it('refuse "五百" pupils and 812.5 pupils, accept 812 and "812"', () => {
    const pupils = validatorOf('compulsory-dataset.json', '/$defs/schoolSection/properties/pupils');
    expect([812, '812', '+812', '812.0'].map(pupils)).toEqual([true, true, true, true]);
    expect(['五百', 812.5, '812.5', -1, '-1', 0, '0', 1e8 + 1, '1e999999999', null].map(pupils)).toEqual(
      Array(10).fill(false),
    );
    expect(countSchema.safeParse('五百').success).toBe(false);
  });

  it('describe the forms counties publish: rates and pupils, money in 万元, attached classes, no population', () => {
    const rates = validatorOf('compulsory-dataset.json', '/$defs/schoolSection/properties/rates');
    expect(
      rates({ aboveRequiredQualification: { rate: '4.2', per: 100 }, books: { rate: 25, per: 1 } }),
    ).toBe(true);
    expect(
      [{ pe: { rate: 1, per: 10 } }, { pe: { rate: -1, per: 1 } }, { classes: { rate: 1, per: 1 } }].map(
        rates,
      ),
    ).toEqual([false, false, false]);
    const stock = validatorOf('compulsory-dataset.json', '/$defs/schoolStock');
    expect(stock({ equipmentValue: '180.5', equipmentValueUnit: '万元' })).toBe(true);
    expect(stock({ equipmentValue: 180, equipmentValueUnit: '千元' })).toBe(false);
    const preschool = validatorOf('preschool-dataset.json', '');
    const county = { code: '610323', name: '示例县' };
    const base = { schemaVersion: 1, county, year: 2021, kindergartens: [], countyFacts: {}, vetoes: {} };
    expect(preschool(base)).toBe(true);
    expect(
      preschool({
        ...base,
        attachedClasses: [
          { id: 'a01', name: '李家村小学附设幼儿班', ownership: 'public-education', children: 28 },
        ],
      }),
    ).toBe(true);
    expect(
      preschool({ ...base, attachedClasses: [{ id: 'a01', name: 'x', ownership: 'public', children: 28 }] }),
    ).toBe(false);
  });

  it("count a text's length in characters, as the library does (𠀀 is one character, two UTF-16 units)", () => {
    const code = validatorOf('compulsory-dataset.json', '/properties/county/properties/code');
    expect([code('𠀀'.repeat(200)), idSchema.safeParse('𠀀'.repeat(200)).success]).toEqual([true, true]);
    expect([code('𠀀'.repeat(201)), idSchema.safeParse('𠀀'.repeat(201)).success]).toEqual([false, false]);
  });

  it('refuse decimal strings in exponent notation, which the library reads (documented)', () => {
    const count = validatorOf('compulsory-dataset.json', '/$defs/count');
    expect(isCount('1e3')).toBe(true);
    expect(count('1e3')).toBe(false);
    expect(count('1000')).toBe(true);
  });
});

describe('the survey and the opinion options', () => {
  const survey = validatorOf('recognition-survey.json', '');
  const options = validatorOf('supervision-opinion-options.json', '');
  const frame = { population: 400000, areas: { urban: 160000, town: 80000, rural: 160000 } };
  const cell = {
    group: 'parents',
    area: 'urban',
    respondents: 120,
    answers: { overall: { satisfied: 110 } },
  };
  const base = { schemaVersion: 1, county: { code: '610328', name: '示例县' }, frame };

  it('a survey gives its answers as cells or as respondents, exactly one (survey-form)', () => {
    expect(survey({ ...base, cells: [cell] })).toBe(true);
    expect(
      survey({
        ...base,
        respondents: [{ group: 'parents', area: 'rural', answers: { overall: 'satisfied' } }],
      }),
    ).toBe(true);
    expect(survey(base)).toBe(false);
    expect(survey({ ...base, cells: [cell], respondents: [] })).toBe(false);
  });

  it('a survey has a resident population above 0, at most 100 questions a cell, known groups and areas', () => {
    expect(survey({ ...base, frame: { ...frame, population: 0 }, cells: [cell] })).toBe(false);
    expect(survey({ ...base, frame: { ...frame, population: '0.0' }, cells: [cell] })).toBe(false);
    const answers = (n: number) =>
      Object.fromEntries(Array.from({ length: n }, (_, i) => [`q${i}`, { satisfied: 1 }]));
    expect(survey({ ...base, cells: [{ ...cell, answers: answers(100) }] })).toBe(true);
    expect(survey({ ...base, cells: [{ ...cell, answers: answers(101) }] })).toBe(false);
    expect(survey({ ...base, cells: [{ ...cell, group: 'pupils' }] })).toBe(false);
    expect(survey({ ...base, cells: [{ ...cell, area: 'suburb' }] })).toBe(false);
  });

  it('opinion options: the five required fields, real dates, no unknown field', () => {
    const valid = {
      inspection: 'SL-2025-11-return',
      asOf: '2025-12-05',
      issuer: '示例市人民政府教育督导室',
      recipient: '西山县人民政府',
      deadline: '2026-03-31',
    };
    expect(options(valid)).toBe(true);
    expect(
      options({ ...valid, documentNumber: '示督〔2025〕12号', county: '990102', title: '回访督导' }),
    ).toBe(true);
    expect(options({ ...valid, deadline: '2026-02-30' })).toBe(false);
    expect(options({ ...valid, lang: 'zh' })).toBe(false);
    const { issuer: _, ...noIssuer } = valid;
    expect(options(noIssuer)).toBe(false);
  });
});

describe('the forms of the value checks', () => {
  it('count: a pattern that accepts exactly the counts the library accepts without exponent', () => {
    const check = (text: string): void => {
      const expected = isCount(text) && !EXPONENT.test(text);
      expect(matches(PATTERNS.count, text) && text.length <= 40, JSON.stringify(text)).toBe(expected);
    };
    for (const text of edges(8, 20)) check(text);
    fc.assert(fc.property(anyText, check), { numRuns: 3000 });
  });

  it('area, money and county values: patterns that accept exactly what the library accepts without exponent', () => {
    const kinds = [
      {
        name: 'area',
        pattern: PATTERNS.area,
        digits: 9,
        accepts: (t: string) => areaSchema.safeParse(t).success,
      },
      {
        name: 'money',
        pattern: PATTERNS.money,
        digits: 13,
        accepts: (t: string) => moneySchema.safeParse(t).success,
      },
      { name: 'value', pattern: PATTERNS.value, digits: 13, accepts: isNonNegativeDecimal },
    ];
    for (const kind of kinds) {
      const check = (text: string): void => {
        const expected = kind.accepts(text) && !EXPONENT.test(text);
        expect(matches(kind.pattern, text) && text.length <= 40, `${kind.name} ${JSON.stringify(text)}`).toBe(
          expected,
        );
      };
      for (const text of edges(kind.digits, 20)) check(text);
      fc.assert(fc.property(anyText, check), { numRuns: 2000 });
    }
  });

  it('share: a pattern that accepts exactly the shares from 0 to 1 the library accepts without exponent', () => {
    const check = (text: string): void => {
      const expected = isShare(text) && !EXPONENT.test(text);
      expect(matches(PATTERNS.share, text) && text.length <= 64, JSON.stringify(text)).toBe(expected);
    };
    for (const text of [
      ...edges(0, 60),
      '1',
      '1.000',
      '1.0001',
      `0.${'3'.repeat(60)}`,
      `0.${'3'.repeat(61)}`,
    ])
      check(text);
    fc.assert(fc.property(anyText, check), { numRuns: 2000 });
  });

  it('thresholds: a pattern that accepts exactly the decimal strings of at most 15 significant digits', () => {
    const threshold = splitWeightsSchema.shape.primary;
    const check = (text: string): void => {
      const expected = threshold.safeParse(text).success;
      expect(matches(PATTERNS.threshold, text) && text.length <= 40, JSON.stringify(text)).toBe(expected);
    };
    for (const text of [
      ...edges(15, 14),
      '123456789012345',
      '1234567890123456',
      '1234567890123450000',
      '0.000123456789012345',
      '0.0001234567890123456',
      '12345678.9012345',
      '12345678.90123456',
      '1.00000000000001',
      '1.000000000000001',
      '1.000000000000000',
    ])
      check(text);
    fc.assert(fc.property(anyText, check), { numRuns: 3000 });
  });

  it('floor ratio: a pattern that accepts exactly the decimal strings from 0 to 1', () => {
    const threshold = splitWeightsSchema.shape.primary;
    const check = (text: string): void => {
      if (!threshold.safeParse(text).success) return;
      const value = toDecimal(text);
      expect(matches(PATTERNS.unitInterval, text), text).toBe(value.gte(0) && value.lte(1));
    };
    for (const text of ['0', '-0', '0.85', '.85', '1', '1.0', '1.01', '-0.5', '00.5', '01', '+1', '2'])
      check(text);
    fc.assert(fc.property(anyText, check), { numRuns: 2000 });
  });

  it('date: a pattern that accepts exactly the calendar dates the library accepts', () => {
    const part = (max: number, width: number): fc.Arbitrary<string> =>
      fc.integer({ min: 0, max }).map((n) => String(n).padStart(width, '0'));
    const dateLike = fc.oneof(
      fc.tuple(part(9999, 4), part(13, 2), part(32, 2)).map((p) => p.join('-')),
      fc
        .tuple(fc.constantFrom(1900, 2000, 2024, 2100, 2023, 0, 400, 1600), fc.constantFrom(2), part(30, 2))
        .map(([year, month, day]) => `${String(year).padStart(4, '0')}-0${month}-${day}`),
      fc.string({ unit: fc.constantFrom('0', '1', '2', '9', '-'), maxLength: 11 }),
    );
    const check = (text: string): void => {
      expect(matches(PATTERNS.date, text), text).toBe(dateSchema.safeParse(text).success);
    };
    for (const text of [
      '2024-02-29',
      '2023-02-29',
      '1900-02-29',
      '2000-02-29',
      '0000-02-29',
      '2021-04-31',
      '2021-4-01',
    ])
      check(text);
    fc.assert(fc.property(dateLike, check), { numRuns: 3000 });
  });

  it('numbers: counts and areas as JSON numbers, accepted exactly as the library accepts them', () => {
    const count = validatorOf('compulsory-dataset.json', '/$defs/count');
    const area = validatorOf('compulsory-dataset.json', '/$defs/area');
    const number = fc.oneof(
      fc.integer({ min: -10, max: 200_000_000 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1, max: 2e9 }),
      fc.double({ noNaN: true, noDefaultInfinity: true, min: 0, max: 0.01 }),
      fc.constantFrom(0, -0, 1e8, 1e8 + 1, 1e9, 1e9 + 1e-6, 1e-20, 1e-21, 5e-324, 0.001, 2 ** 53),
    );
    fc.assert(
      fc.property(number, (value) => {
        expect(count(value), String(value)).toBe(isCount(value));
        const library = areaSchema.safeParse(value).success;
        if (library) expect(area(value), String(value)).toBe(true);
        // Refused by the library, accepted here: only more than 20 decimal places between 10⁻²⁰
        // and 0.001, which a binary number cannot be checked for in JSON Schema.
        else if (area(value)) expect(value >= 1e-20 && value < 0.001, String(value)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the files the package ships', () => {
  it('are what the build script writes (no drift)', async () => {
    const built = await builtSchemaFiles();
    expect(built).toEqual(files.map(({ file, schema }) => ({ file, text: schemaFileText(schema) })));
  });

  it('are exported as dudao/schemas/<name>.json from where the build writes them', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    expect(pkg.exports['./schemas/*.json']).toBe(`./${schemaDir}/*.json`);
    expect(pkg.files).toContain('dist');
    expect(pkg.scripts.build).toMatch(/&& node scripts\/build-schemas\.mjs$/);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    for (const { file } of files) expect(readme.includes(`dudao/schemas/${file}`), file).toBe(true);
  });
});
