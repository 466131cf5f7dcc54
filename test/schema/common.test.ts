import DecimalJs from 'decimal.js';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { DudaoIssue } from '../../src/error.js';
import { Decimal } from '../../src/numeric/decimal.js';
import {
  areaSchema,
  compareQuantities,
  countSchema,
  countyFactSchema,
  dateSchema,
  idSchema,
  isCount,
  isNonNegativeDecimal,
  listWithUniqueIds,
  moneySchema,
  type Quantity,
  schemaVersionSchema,
  surveySchema,
  yearSchema,
} from '../../src/schema/common.js';
import { safeParseWithSchema } from '../../src/schema/parse.js';

const CHINESE = /[\u4e00-\u9fff]/;

function issuesOf(schema: z.core.$ZodType, input: unknown): readonly DudaoIssue[] {
  const result = safeParseWithSchema(schema, input);
  if (result.success) return expect.unreachable(`expected ${JSON.stringify(input)} to be rejected`);
  for (const issue of result.error.issues) expect(issue.messageZh).toMatch(CHINESE);
  return result.error.issues;
}

function codeOf(schema: z.core.$ZodType, input: unknown): string | undefined {
  return issuesOf(schema, input)[0]?.code;
}

describe('countSchema (计数)', () => {
  it('accepts non-negative integers as numbers, digit strings and Decimals, keeping the given form', () => {
    const decimal = new Decimal(812);
    for (const value of [
      0,
      812,
      '812',
      '0',
      '+7',
      '812.0',
      '8.12e2',
      decimal,
      new DecimalJs('1e3'),
      -0,
      '-0',
    ]) {
      const result = safeParseWithSchema(countSchema, value);
      expect(result.success).toBe(true);
      if (result.success) expect(result.data).toBe(value);
    }
  });

  it('fractions are not-integer: 812.5 and "812.5"', () => {
    expect(codeOf(countSchema, 812.5)).toBe('not-integer');
    expect(codeOf(countSchema, '812.5')).toBe('not-integer');
    expect(codeOf(countSchema, new Decimal('812.5'))).toBe('not-integer');
    const [issue] = issuesOf(countSchema, 812.5);
    expect(issue?.message).toBe('must be a whole number (got 812.5)');
    expect(issue?.messageZh).toBe('必须是整数（实际为 812.5）');
  });

  it('negative counts are negative, and the message repeats the input exactly', () => {
    expect(codeOf(countSchema, -3)).toBe('negative');
    expect(codeOf(countSchema, '-3')).toBe('negative');
    expect(codeOf(countSchema, '-0.5')).toBe('negative');
    expect(issuesOf(countSchema, '-3')[0]?.message).toBe('must not be negative (got "-3")');
  });

  it('NaN and non-numeric strings are not-a-number', () => {
    for (const value of [Number.NaN, 'abc', '', ' 1', '1,5', 'NaN', '0x10', new DecimalJs(Number.NaN)]) {
      expect(codeOf(countSchema, value)).toBe('not-a-number');
    }
  });

  it('Infinity is not-finite (numbers, strings, Decimals)', () => {
    for (const value of [
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
      'Infinity',
      '-Infinity',
      new DecimalJs(Number.POSITIVE_INFINITY),
    ]) {
      expect(codeOf(countSchema, value)).toBe('not-finite');
    }
  });

  it('booleans, null, objects and arrays are invalid-type; a missing count is required', () => {
    for (const value of [true, null, {}, [812]]) expect(codeOf(countSchema, value)).toBe('invalid-type');
    expect(codeOf(countSchema, undefined)).toBe('required');
  });

  it('plain zod users get the English message too', () => {
    expect(countSchema.safeParse(-3).error?.issues[0]?.message).toBe('must not be negative (got -3)');
  });
});

describe('areaSchema (面积) and moneySchema (金额)', () => {
  it('accept non-negative decimals as numbers, decimal strings and Decimals, keeping the given form', () => {
    for (const schema of [areaSchema, moneySchema]) {
      for (const value of [0, 3900.5, '3900.5', '.5', '1.5e3', new Decimal('0.1')]) {
        const result = safeParseWithSchema(schema, value);
        expect(result.success).toBe(true);
        if (result.success) expect(result.data).toBe(value);
      }
    }
  });

  it('reject negatives, NaN, Infinity and non-numeric strings with their codes', () => {
    for (const schema of [areaSchema, moneySchema]) {
      expect(codeOf(schema, -0.5)).toBe('negative');
      expect(codeOf(schema, '-3900.5')).toBe('negative');
      expect(codeOf(schema, Number.NaN)).toBe('not-a-number');
      expect(codeOf(schema, Number.POSITIVE_INFINITY)).toBe('not-finite');
      expect(codeOf(schema, '3900,5')).toBe('not-a-number');
      expect(codeOf(schema, '3 900')).toBe('not-a-number');
    }
  });
});

describe('isCount, isNonNegativeDecimal and compareQuantities', () => {
  it('agree with the schemas', () => {
    expect(isCount('812')).toBe(true);
    expect(isCount('812.5')).toBe(false);
    expect(isNonNegativeDecimal('812.5')).toBe(true);
    expect(isNonNegativeDecimal('-1')).toBe(false);
  });

  it('compare exactly across forms: "30" > 29, 0 = "0.0", 0.1 + 0.2 is not 0.3 but "0.3" = 0.3', () => {
    expect(compareQuantities('30', 29)).toBe(1);
    expect(compareQuantities(0, '0.0')).toBe(0);
    expect(compareQuantities(0.3, '0.3')).toBe(0);
    expect(compareQuantities('12345678901234567890', '12345678901234567891')).toBe(-1);
    expect(compareQuantities(new Decimal('2.5'), 2)).toBe(1);
  });
});

describe('dateSchema (日期)', () => {
  it('accepts dates that exist, including 29 February of a leap year', () => {
    for (const value of ['2021-01-31', '2024-02-29', '2000-02-29', '2021-12-31']) {
      expect(safeParseWithSchema(dateSchema, value)).toEqual({ success: true, data: value });
    }
  });

  it('rejects dates that do not exist: 2021-02-30, 2023-02-29, 1900-02-29, 2021-04-31, 2021-13-01, 2021-00-10', () => {
    for (const value of [
      '2021-02-30',
      '2023-02-29',
      '1900-02-29',
      '2021-04-31',
      '2021-13-01',
      '2021-00-10',
    ]) {
      expect(codeOf(dateSchema, value)).toBe('invalid-date');
    }
  });

  it('rejects other spellings and types', () => {
    expect(codeOf(dateSchema, '2021-1-1')).toBe('invalid-date');
    expect(codeOf(dateSchema, '2021-01-01T00:00:00Z')).toBe('invalid-date');
    expect(codeOf(dateSchema, 20210101)).toBe('invalid-type');
  });
});

describe('idSchema, schemaVersionSchema and yearSchema', () => {
  it('an id is a non-empty string', () => {
    expect(safeParseWithSchema(idSchema, 's01').success).toBe(true);
    expect(codeOf(idSchema, '')).toBe('too-small');
    expect(codeOf(idSchema, 1)).toBe('invalid-type');
  });

  it('schemaVersion must be 1', () => {
    expect(safeParseWithSchema(schemaVersionSchema, 1).success).toBe(true);
    expect(codeOf(schemaVersionSchema, 2)).toBe('invalid-value');
    const wrapped = z.object({ schemaVersion: schemaVersionSchema });
    const [issue] = issuesOf(wrapped, { schemaVersion: 2 });
    expect(issue).toMatchObject({ code: 'schema-version', path: ['schemaVersion'] });
    expect(issue?.message).toContain('unsupported schemaVersion 2');
    expect(issuesOf(wrapped, {})[0]?.code).toBe('schema-version');
  });

  it('a year is a whole number between 1900 and 2100', () => {
    expect(safeParseWithSchema(yearSchema, 2021).success).toBe(true);
    expect(codeOf(yearSchema, 2021.5)).toBe('not-integer');
    expect(codeOf(yearSchema, 1800)).toBe('too-small');
    expect(codeOf(yearSchema, '2021')).toBe('invalid-type');
  });
});

describe('surveySchema (社会认可度调查)', () => {
  it('accepts satisfied ≤ respondents', () => {
    expect(safeParseWithSchema(surveySchema, { respondents: 1200, satisfied: 1068 }).success).toBe(true);
    expect(safeParseWithSchema(surveySchema, { respondents: '10', satisfied: '10' }).success).toBe(true);
  });

  it('no respondents is not-positive at respondents', () => {
    expect(issuesOf(surveySchema, { respondents: 0, satisfied: 0 })[0]).toMatchObject({
      code: 'not-positive',
      path: ['respondents'],
    });
  });

  it('more satisfied than respondents is satisfied-exceeds-respondents at satisfied', () => {
    expect(issuesOf(surveySchema, { respondents: 10, satisfied: '11' })[0]).toMatchObject({
      code: 'satisfied-exceeds-respondents',
      path: ['satisfied'],
    });
  });
});

describe('countyFactSchema (县级指标事实)', () => {
  it('accepts the three shapes of the contract', () => {
    for (const fact of [
      { numerator: 61, denominator: 580 },
      { value: '6000' },
      { met: true, note: '规划已批复' },
    ]) {
      expect(safeParseWithSchema(countyFactSchema, fact)).toEqual({ success: true, data: fact });
    }
  });

  it('a zero denominator is not-positive at denominator', () => {
    expect(issuesOf(countyFactSchema, { numerator: 1, denominator: 0 })).toEqual([
      expect.objectContaining({ code: 'not-positive', path: ['denominator'] }),
    ]);
  });

  it('reports the problem of the closest shape: a ratio without denominator, a bad value', () => {
    expect(issuesOf(countyFactSchema, { numerator: 61 })).toEqual([
      expect.objectContaining({ code: 'required', path: ['denominator'] }),
    ]);
    expect(issuesOf(countyFactSchema, { value: -1 })).toEqual([
      expect.objectContaining({ code: 'negative', path: ['value'] }),
    ]);
  });

  it('an empty fact lists the allowed shapes', () => {
    const [issue] = issuesOf(countyFactSchema, {});
    expect(issue?.code).toBe('invalid-shape');
    expect(issue?.message).toContain('{ numerator, denominator } | { value } | { met, note? }');
  });
});

describe('listWithUniqueIds', () => {
  it('reports every repeat of an id at [index, "id"], naming the first use', () => {
    const list = listWithUniqueIds(z.object({ id: idSchema }), { en: 'school', zh: '学校' });
    const issues = issuesOf(list, [{ id: 'a' }, { id: 'b' }, { id: 'a' }, { id: 'a' }]);
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ['duplicate-id', [2, 'id']],
      ['duplicate-id', [3, 'id']],
    ]);
    expect(issues[0]?.message).toBe('school id "a" is used more than once (first at index 0)');
    expect(issues[0]?.messageZh).toBe('学校编号 "a" 重复（首次出现在第 0 项）');
  });
});

describe('Quantity', () => {
  it('is the parsed type of every quantity schema', () => {
    const parsed: Quantity = countSchema.parse('812');
    expect(parsed).toBe('812');
  });
});
