import DecimalJs from 'decimal.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { Decimal, decimalToJSON, isDecimal, toDecimal } from '../../src/numeric/decimal.js';
import {
  coefficientOfVariation,
  compositeCoefficientOfVariation,
} from '../../src/numeric/variation/index.js';

function expectError(fn: () => unknown, code: string, path: readonly (string | number)[] = []): void {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DudaoError);
    expect((error as DudaoError).code).toBe(code);
    expect((error as DudaoError).path).toEqual(path);
    return;
  }
  expect.unreachable(`expected DudaoError ${code}`);
}

describe('toDecimal', () => {
  it('NaN is not-a-number', () => {
    expectError(() => toDecimal(Number.NaN), 'not-a-number');
    expectError(() => toDecimal(new DecimalJs(Number.NaN)), 'not-a-number');
  });

  it('±Infinity is not-finite (numbers, strings and Decimals)', () => {
    expectError(() => toDecimal(Number.POSITIVE_INFINITY), 'not-finite');
    expectError(() => toDecimal(Number.NEGATIVE_INFINITY), 'not-finite');
    expectError(() => toDecimal('Infinity'), 'not-finite');
    expectError(() => toDecimal('-Infinity'), 'not-finite');
    expectError(() => toDecimal(new DecimalJs(Number.POSITIVE_INFINITY)), 'not-finite');
  });

  it("text that is not a plain decimal is not-a-number: '', ' 1', '0x10', 'abc', '1,5'", () => {
    for (const text of ['', ' 1', '1 ', '0x10', 'abc', '1,5', 'NaN', '1e', '.']) {
      expectError(() => toDecimal(text), 'not-a-number');
    }
  });

  it('null, undefined, booleans, objects and arrays are not-a-number', () => {
    for (const value of [null, undefined, true, {}, [], [1], { value: 1 }, 1n]) {
      expectError(() => toDecimal(value), 'not-a-number');
    }
  });

  it('the error carries the path and both messages', () => {
    try {
      toDecimal('abc', { path: ['survey', 'respondents'] });
      expect.unreachable();
    } catch (error) {
      const e = error as DudaoError;
      expect(e.path).toEqual(['survey', 'respondents']);
      expect(e.message).toBe('survey.respondents: must be a decimal number (got "abc")');
      expect(e.messageZh).toContain('survey.respondents');
    }
  });

  it('negatives are rejected with nonNegative (code negative), zero is not', () => {
    expectError(() => toDecimal(-3, { path: ['pupils'], nonNegative: true }), 'negative', ['pupils']);
    expectError(() => toDecimal('-0.001', { nonNegative: true }), 'negative');
    expect(toDecimal(0, { nonNegative: true }).toString()).toBe('0');
    expect(toDecimal(-3).toString()).toBe('-3');
  });

  it('fractions are rejected with integer (code not-integer)', () => {
    expectError(() => toDecimal('12.5', { integer: true, path: ['classes'] }), 'not-integer', ['classes']);
    expect(toDecimal('12.0', { integer: true }).toString()).toBe('12');
    expect(toDecimal('1.2e1', { integer: true }).toString()).toBe('12');
  });

  it("'-0' and -0 read as 0, which is not negative", () => {
    for (const zero of ['-0', -0, '-0.000', new DecimalJs('-0')]) {
      const value = toDecimal(zero, { nonNegative: true });
      expect(value.toString()).toBe('0');
      expect(value.isNegative()).toBe(false);
      expect(Object.is(value.toNumber(), -0)).toBe(false);
    }
  });

  it('0.1 reads as one tenth, so 0.1 + 0.2 is exactly 0.3', () => {
    expect(toDecimal(0.1).eq(new Decimal(1).div(10))).toBe(true);
    expect(toDecimal(0.1).plus(toDecimal(0.2)).toString()).toBe('0.3');
    expect(toDecimal(1 / 3).toString()).toBe('0.3333333333333333');
  });

  it('accepts strings with exponents and signs, and Decimals from any constructor', () => {
    expect(toDecimal('+1.5e3').toString()).toBe('1500');
    expect(toDecimal('.5').toString()).toBe('0.5');
    const global = new DecimalJs('3900.5');
    const value = toDecimal(global);
    expect(value.toString()).toBe('3900.5');
    expect(value).toBeInstanceOf(Decimal);
    expect(isDecimal(global)).toBe(true);
  });

  it("a Decimal of another constructor is copied into dudao's, so arithmetic on it runs at 40 digits; dudao's own is used as it is", () => {
    const fiveDigits = DecimalJs.clone({ precision: 5 });
    const foreign = new fiveDigits(1);
    const read = toDecimal(foreign);
    expect(read).not.toBe(foreign);
    expect(read.constructor).toBe(Decimal);
    expect(read.div(3).toString()).toBe('0.3333333333333333333333333333333333333333');
    const own = new Decimal('3900.5');
    expect(toDecimal(own)).toBe(own);
    expect(toDecimal(new Decimal('-0')).isNegative()).toBe(false);
  });
});

describe("a user's global Decimal configuration is untouched", () => {
  let saved: { precision: number; rounding: DecimalJs.Rounding };
  beforeEach(() => {
    saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };
    DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
  });
  afterEach(() => {
    DecimalJs.set(saved);
  });

  it('precision 5 and ROUND_DOWN stay as set after using dudao, and do not affect its results', () => {
    const third = toDecimal(1).div(3);
    expect(third.toString()).toBe('0.3333333333333333333333333333333333333333'); // 40 digits, not 5
    expect(toDecimal(2).div(3).toString().endsWith('7')).toBe(true); // half up, not down
    const cv = coefficientOfVariation(
      [{ numerator: 137, denominator: 37 }, 6.2, '10.5056179775280898876404494382022471910112'],
      [37, 45, new DecimalJs(89)],
      { limit: new DecimalJs('0.5') },
    );
    expect(cv.cv?.toString().length).toBeGreaterThan(10);
    compositeCoefficientOfVariation([0.437, 0.419, '0.255']);
    coefficientOfVariation([1, 3], [1, 1], { limit: 0.5, exact: true });
    expect(DecimalJs.precision).toBe(5);
    expect(DecimalJs.rounding).toBe(DecimalJs.ROUND_DOWN);
    expect(new DecimalJs(2).div(3).toString()).toBe('0.66666');
  });
});

describe('decimalToJSON', () => {
  it('never uses exponent notation: 1e-7 → 0.0000001, 1e21 → 1000000000000000000000', () => {
    expect(decimalToJSON(new Decimal('1e-7'))).toBe('0.0000001');
    expect(decimalToJSON(new Decimal('1e21'))).toBe('1000000000000000000000');
    // Also for a Decimal of the global constructor, whose toString would say '1e+21'.
    expect(new DecimalJs('1e21').toString()).toBe('1e+21');
    expect(decimalToJSON(new DecimalJs('1e21'))).toBe('1000000000000000000000');
    expect(decimalToJSON(new DecimalJs('-1e-7'))).toBe('-0.0000001');
  });

  it('writes zero as 0, never -0', () => {
    expect(decimalToJSON(new Decimal('-0'))).toBe('0');
  });

  it('a CV result (numbers) survives a JSON round trip bit for bit', () => {
    const result = coefficientOfVariation(
      [
        { numerator: 279, denominator: 45 },
        { numerator: 137, denominator: 37 },
        { numerator: 935, denominator: 89 },
      ],
      [45, 37, 89],
      { limit: '0.5', exact: true },
    );
    expect(JSON.parse(JSON.stringify(result))).toStrictEqual(result);
    // a Decimal of the exact path written by decimalToJSON keeps every digit
    const exactMean = new Decimal(279 + 137 + 935).div(45 + 37 + 89);
    const back = JSON.parse(JSON.stringify({ mean: decimalToJSON(exactMean) })) as { mean: string };
    expect(toDecimal(back.mean).eq(exactMean)).toBe(true);
    expect(back.mean.replace('.', '').replace(/^0+/, '').length).toBe(40);
    expect(result.mean).toBe(exactMean.toNumber());
  });
});
