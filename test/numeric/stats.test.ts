import DecimalJs from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { type DecimalInput, toDecimal } from '../../src/numeric/decimal.js';
import {
  addRational,
  compareRational,
  divRational,
  mulRational,
  rationalFromDecimal,
  rationalSqrtToDecimal,
  rationalToDecimal,
  reduceRational,
  subRational,
} from '../../src/numeric/rational.js';
import {
  addToVariation,
  createVariationAccumulator,
  mergeVariation,
  variationAccumulatorFromJSON,
  variationAccumulatorToJSON,
  variationResult,
} from '../../src/numeric/variation/accumulator.js';
import { floatCoefficientOfVariation } from '../../src/numeric/variation/float-filter.js';
import {
  coefficientOfVariation,
  compositeCoefficientOfVariation,
} from '../../src/numeric/variation/index.js';
import type {
  Ratio,
  VariationAccumulator,
  VariationResult,
  VariationValue,
} from '../../src/numeric/variation/types.js';

// An independent high-precision calculator for expected values (not dudao's constructor).
const HP = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_EVEN });

/** Asserts `actual` agrees with `expected` to 12 significant digits (relative error ≤ 5e-13). */
function expectDigits(actual: number | null | undefined, expected: DecimalJs.Value): void {
  expect(typeof actual).toBe('number');
  const a = new HP(actual as number);
  const e = new HP(expected);
  if (e.isZero()) {
    expect(a.isZero()).toBe(true);
    return;
  }
  const relative = a.minus(e).abs().div(e.abs());
  expect(
    relative.lte('5e-13'),
    `${a.toString()} vs ${e.toString()} (relative error ${relative.toExponential(3)})`,
  ).toBe(true);
}

function sameCv(a: VariationResult, b: VariationResult): void {
  if (a.cv === null || b.cv === null) {
    expect(a.cv).toBe(b.cv);
    expect(a.reason).toBe(b.reason);
  } else {
    expectDigits(a.cv, b.cv.toString());
  }
  expectDigits(a.mean, b.mean.toString());
  expectDigits(a.standardDeviation, b.standardDeviation.toString());
  expect(a.totalWeight.toString()).toBe(b.totalWeight.toString());
  expect(a.withinLimit).toBe(b.withinLimit);
}

/** The weighted CV of standards.md 2.1 computed directly at 60 digits, from decimal strings. */
function referenceCv(values: readonly DecimalJs.Value[], weights: readonly DecimalJs.Value[]) {
  const W = weights.reduce<DecimalJs>((s, w) => s.plus(w), new HP(0));
  const mean = values
    .reduce<DecimalJs>((s, x, i) => s.plus(new HP(x).times(weights[i] ?? 0)), new HP(0))
    .div(W);
  const variance = values.reduce<DecimalJs>(
    (s, x, i) => s.plus(new HP(weights[i] ?? 0).div(W).times(new HP(x).minus(mean).pow(2))),
    new HP(0),
  );
  const S = variance.sqrt();
  return { mean, S, cv: S.div(mean), W };
}

function expectError(fn: () => unknown, code: string, path: readonly (string | number)[]): void {
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

function accumulate(
  values: readonly VariationValue[],
  weights: readonly DecimalInput[],
): VariationAccumulator {
  return values.reduce<VariationAccumulator>(
    (acc, x, i) => addToVariation(acc, x, weights[i] ?? 0),
    createVariationAccumulator(),
  );
}

const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// Worked example 1 (source S5): five primary schools, books and pupils.
const PUPILS = [45, 37, 89, 76, 55] as const;
const BOOKS = [279, 137, 935, 160, 402] as const;
const BOOKS_PER_PUPIL: Ratio[] = BOOKS.map((b, i) => ({ numerator: b, denominator: PUPILS[i] ?? 1 }));

describe('coefficientOfVariation: worked example 1 (books per pupil, S5)', () => {
  const reference = referenceCv(
    BOOKS.map((b, i) => new HP(b).div(PUPILS[i] ?? 1)),
    [...PUPILS],
  );

  it('the reference itself matches the document: mean 6.3344, S 3.2639, CV 0.5153', () => {
    expect(reference.mean.toFixed(4)).toBe('6.3344');
    expect(reference.S.toFixed(4)).toBe('3.2639');
    expect(reference.cv.toFixed(5)).toBe('0.51526');
  });

  it('the CV is weighted by enrolment: 0.51526, to 12 significant digits, with exact ratios', () => {
    const result = coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS);
    expectDigits(result.cv, reference.cv);
    expectDigits(result.mean, new HP(1913).div(302));
    expectDigits(result.standardDeviation, reference.S);
    expect(result.totalWeight.toString()).toBe('302');
    expect(result.count).toBe(5);
  });

  it('gives the same answer from per-pupil floats, from strings and from the exact path', () => {
    const floats = BOOKS.map((b, i) => b / (PUPILS[i] ?? 1));
    expectDigits(coefficientOfVariation(floats, PUPILS).cv, reference.cv);
    expectDigits(coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS.map(String)).cv, reference.cv);
    expectDigits(coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS, { exact: true }).cv, reference.cv);
  });

  it('is not the unweighted population CV 0.48877', () => {
    const unweighted = referenceCv(
      BOOKS.map((b, i) => new HP(b).div(PUPILS[i] ?? 1)),
      [1, 1, 1, 1, 1],
    );
    expect(unweighted.cv.toFixed(5)).toBe('0.48877');
    const result = coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS);
    expect(result.cv?.toFixed(5)).toBe('0.51526');
    expect(new HP(result.cv ?? Number.NaN).minus(unweighted.cv).abs().gt(0.02)).toBe(true);
  });

  it('fails the 2017 primary limit 0.50 and meets the 2012-style 0.65', () => {
    expect(coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS, { limit: '0.50' })).toMatchObject({
      withinLimit: false,
    });
    const met = coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS, { limit: '0.65' });
    expect(met.withinLimit).toBe(true);
    expect(met.limit?.toString()).toBe('0.65');
  });

  it('the published 2-decimal figure 0.52 is what compareRounded: 2 compares', () => {
    expect(
      coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS, { limit: '0.52', compareRounded: 2 }).withinLimit,
    ).toBe(true);
    expect(
      coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS, { limit: '0.51', compareRounded: 2 }).withinLimit,
    ).toBe(false);
    expect(
      coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS, { limit: '0.515', compareRounded: 3 }).withinLimit,
    ).toBe(true);
    expect(coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS, { limit: '0.515' }).withinLimit).toBe(false);
  });
});

describe('compositeCoefficientOfVariation: worked example 4 (basic balance, S8)', () => {
  const singles = [0.437, 0.419, 0.255, 0.188, 0.171, 0.263, 0.263, 0.42];

  it('the composite is the arithmetic mean of the 8 single CVs: exactly 0.302', () => {
    const result = compositeCoefficientOfVariation(singles);
    expect(result.cv.toString()).toBe('0.302');
    expect(result.count).toBe(8);
    expect(result.components.map(String)).toEqual([
      '0.437',
      '0.419',
      '0.255',
      '0.188',
      '0.171',
      '0.263',
      '0.263',
      '0.42',
    ]);
  });

  it('meets the primary limit 0.65, and a limit equal to the composite exactly', () => {
    expect(compositeCoefficientOfVariation(singles, { limit: '0.65' }).withinLimit).toBe(true);
    expect(compositeCoefficientOfVariation(singles, { limit: '0.302' }).withinLimit).toBe(true);
    expect(compositeCoefficientOfVariation(singles, { limit: '0.30199999999999999999999' }).withinLimit).toBe(
      false,
    );
  });

  it('decides a mean with a repeating expansion exactly: (0.1 + 0.2 + 0.2) / 3 = 0.1666… ≤ 1/6 rounded up', () => {
    const result = compositeCoefficientOfVariation([0.1, 0.2, 0.2], {
      limit: '0.16666666666666666666666666666666666666666667',
    });
    expect(result.withinLimit).toBe(true);
    expect(
      compositeCoefficientOfVariation([0.1, 0.2, 0.2], {
        limit: '0.16666666666666666666666666666666666666666666',
      }).withinLimit,
    ).toBe(false);
  });

  it('with compareRounded: 2, 0.655 rounds to 0.66 and fails 0.65; 0.6549 rounds to 0.65 and meets it', () => {
    expect(compositeCoefficientOfVariation([0.655], { limit: 0.65, compareRounded: 2 }).withinLimit).toBe(
      false,
    );
    expect(compositeCoefficientOfVariation([0.6549], { limit: 0.65, compareRounded: 2 }).withinLimit).toBe(
      true,
    );
  });
});

describe('coefficientOfVariation: exact decisions at the limit', () => {
  it('values 1 and 3 with equal weights: mean 2, S 1, CV exactly 0.5 meets ≤ 0.5', () => {
    const result = coefficientOfVariation([1, 3], [1, 1], { limit: 0.5 });
    expect(result.cv?.toString()).toBe('0.5');
    expect(result.mean.toString()).toBe('2');
    expect(result.standardDeviation.toString()).toBe('1');
    expect(result.withinLimit).toBe(true);
  });

  it('values 1/3 and 1 as ratios with equal weights: CV exactly 0.5 meets ≤ 0.5', () => {
    const result = coefficientOfVariation(
      [
        { numerator: 1, denominator: 3 },
        { numerator: 1, denominator: 1 },
      ],
      [1, 1],
      { limit: '0.5' },
    );
    expect(result.cv?.toString()).toBe('0.5');
    expect(result.withinLimit).toBe(true);
  });

  it('a value nudged up by 1e-15 relative fails ≤ 0.5; nudged down it meets it', () => {
    for (const three of ['3.000000000000003', 3.000000000000003]) {
      expect(coefficientOfVariation([1, three], [1, 1], { limit: 0.5 }).withinLimit).toBe(false);
    }
    for (const three of ['2.999999999999997', 2.999999999999997]) {
      expect(coefficientOfVariation([1, three], [1, 1], { limit: 0.5 }).withinLimit).toBe(true);
    }
    // The same in a larger county: 1000 schools on the limit, one nudged.
    const values: string[] = [];
    const weights: number[] = [];
    for (let i = 0; i < 500; i++) values.push('1', '3');
    for (let i = 0; i < 500; i++) weights.push(37 + i, 37 + i);
    expect(coefficientOfVariation(values, weights, { limit: 0.5 }).withinLimit).toBe(true);
    values[999] = '3.000000000000003';
    expect(coefficientOfVariation(values, weights, { limit: 0.5 }).withinLimit).toBe(false);
    values[999] = '2.999999999999997';
    expect(coefficientOfVariation(values, weights, { limit: 0.5 }).withinLimit).toBe(true);
  });

  it('the float path declines to decide on the limit, so the exact path does', () => {
    expect(floatCoefficientOfVariation([1, 3], [1, 1], { limit: 0.5 })).toBeUndefined();
    expect(floatCoefficientOfVariation([1, '3.000000000000003'], [1, 1], { limit: 0.5 })).toBeUndefined();
  });

  it('compareRounded: 3 compares the CV rounded half up: 0.5005 → 0.501 fails 0.5, 0.5004 → 0.500 meets it', () => {
    // Two values 1 and x with equal weights have CV (x − 1) / (x + 1); x = 1.5005 / 0.4995 gives 0.5005.
    const at = (cv: string): Ratio => {
      const c = new HP(cv);
      return { numerator: c.plus(1).toString(), denominator: new HP(1).minus(c).toString() };
    };
    expect(coefficientOfVariation([1, at('0.5005')], [1, 1]).cv?.toString()).toBe('0.5005');
    expect(
      coefficientOfVariation([1, at('0.5005')], [1, 1], { limit: 0.5, compareRounded: 3 }).withinLimit,
    ).toBe(false);
    expect(
      coefficientOfVariation([1, at('0.5005')], [1, 1], { limit: 0.501, compareRounded: 3 }).withinLimit,
    ).toBe(true);
    expect(
      coefficientOfVariation([1, at('0.5004')], [1, 1], { limit: 0.5, compareRounded: 3 }).withinLimit,
    ).toBe(true);
    expect(coefficientOfVariation([1, at('0.5004')], [1, 1], { limit: 0.5 }).withinLimit).toBe(false);
    // A limit with more decimals than k: round(cv, 3) ≤ 0.5009 ⇔ round(cv, 3) ≤ 0.500.
    expect(
      coefficientOfVariation([1, at('0.5005')], [1, 1], { limit: '0.5009', compareRounded: 3 }).withinLimit,
    ).toBe(false);
  });

  it('one value gives CV 0 (S 0), which meets any limit ≥ 0', () => {
    const result = coefficientOfVariation([7.5], [120], { limit: 0 });
    expect(result.cv?.toString()).toBe('0');
    expect(result.standardDeviation.toString()).toBe('0');
    expect(result.withinLimit).toBe(true);
  });

  it('values outside the float range are still exact: 1e-200 and 3e-200 give CV 0.5', () => {
    const result = coefficientOfVariation([1e-200, '3e-200'], [1, 1], { limit: 0.5 });
    expect(result.cv?.toString()).toBe('0.5');
    expect(result.withinLimit).toBe(true);
    expect(coefficientOfVariation(['1e300', '3e300'], ['1e-300', '1e-300']).cv?.toString()).toBe('0.5');
  });

  it('a zero mean gives cv null with reason zero-mean; a negative mean, reason negative-mean', () => {
    const zero = coefficientOfVariation([-1, 1], [1, 1], { limit: 0.5 });
    expect(zero).toMatchObject({ cv: null, reason: 'zero-mean', withinLimit: null });
    expect(zero.mean.toString()).toBe('0');
    expect(zero.standardDeviation.toString()).toBe('1');
    const negative = coefficientOfVariation([-1, -3], [1, 1], { limit: 0.5 });
    expect(negative).toMatchObject({ cv: null, reason: 'negative-mean', withinLimit: null });
    expect(negative.mean.toString()).toBe('-2');
    expect(coefficientOfVariation([0, 0], [1, 2]).reason).toBe('zero-mean');
  });

  it('weights of 0 leave a school out of the statistics but in the count', () => {
    const result = coefficientOfVariation([1, 3, 1000], [1, 1, 0], { limit: 0.5 });
    expect(result.cv?.toString()).toBe('0.5');
    expect(result.count).toBe(3);
    expect(result.totalWeight.toString()).toBe('2');
  });

  it('the total weight is exact for decimal weights: 0.1 + 0.2 = 0.3', () => {
    expect(coefficientOfVariation([1, 2], [0.1, 0.2]).totalWeight.toString()).toBe('0.3');
    expect(coefficientOfVariation([1, 2], ['0.1', '0.2']).totalWeight.toString()).toBe('0.3');
  });

  it('inputs are never mutated', () => {
    const values = Object.freeze([...BOOKS_PER_PUPIL.map((r) => Object.freeze({ ...r }))]);
    const weights = Object.freeze([...PUPILS]);
    expect(() => coefficientOfVariation(values, weights, { limit: 0.5 })).not.toThrow();
    expect(() => coefficientOfVariation(values, weights, { limit: 0.5, exact: true })).not.toThrow();
    const acc = createVariationAccumulator();
    const before = variationAccumulatorToJSON(acc);
    addToVariation(acc, 1, 1);
    expect(variationAccumulatorToJSON(acc)).toEqual(before);
  });

  it('the global Decimal configuration is neither read nor changed', () => {
    const saved = { precision: DecimalJs.precision, rounding: DecimalJs.rounding };
    DecimalJs.set({ precision: 5, rounding: DecimalJs.ROUND_DOWN });
    try {
      const result = coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS, {
        limit: new DecimalJs('0.65'),
        exact: true,
      });
      expect(result.cv?.toFixed(12)).toBe('0.515256629884');
      expect(DecimalJs.precision).toBe(5);
      expect(DecimalJs.rounding).toBe(DecimalJs.ROUND_DOWN);
    } finally {
      DecimalJs.set(saved);
    }
  });
});

describe('coefficientOfVariation: invalid input is an error with a code and a path', () => {
  it('empty input: empty', () => {
    expectError(() => coefficientOfVariation([], []), 'empty', ['values']);
  });

  it('values and weights of different lengths: length-mismatch', () => {
    expectError(() => coefficientOfVariation([1, 2], [1]), 'length-mismatch', ['weights']);
  });

  it('all weights zero: zero-total-weight (fast and exact paths)', () => {
    expectError(() => coefficientOfVariation([1, 2], [0, 0]), 'zero-total-weight', ['weights']);
    expectError(() => coefficientOfVariation([1, 2], ['0', 0], { exact: true }), 'zero-total-weight', [
      'weights',
    ]);
    expectError(() => coefficientOfVariation(['1', '2'], ['0', '0.0']), 'zero-total-weight', ['weights']);
  });

  it('a negative weight: negative, at [...path, weights, i]', () => {
    expectError(() => coefficientOfVariation([1, 2, 3], [1, -1, 1]), 'negative', ['weights', 1]);
    expectError(
      () => coefficientOfVariation([1, 2, 3], [1, 1, '-0.5'], { path: ['county', 'primary'] }),
      'negative',
      ['county', 'primary', 'weights', 2],
    );
  });

  it('values that are not numbers: toDecimal’s codes at [values, i]', () => {
    expectError(() => coefficientOfVariation([1, 2, 3, Number.NaN], [1, 1, 1, 1]), 'not-a-number', [
      'values',
      3,
    ]);
    expectError(() => coefficientOfVariation([1, Number.POSITIVE_INFINITY], [1, 1]), 'not-finite', [
      'values',
      1,
    ]);
    expectError(() => coefficientOfVariation([1, 'abc'], [1, 1]), 'not-a-number', ['values', 1]);
    expectError(() => coefficientOfVariation([1, ''], [1, 1]), 'not-a-number', ['values', 1]);
    expectError(() => coefficientOfVariation([1, null as unknown as number], [1, 1]), 'not-a-number', [
      'values',
      1,
    ]);
    expectError(() => coefficientOfVariation([1, '1e99999999999999999'], [1, 1]), 'not-finite', [
      'values',
      1,
    ]);
    expectError(() => coefficientOfVariation([1, 2], [1, Number.NaN]), 'not-a-number', ['weights', 1]);
    expectError(() => coefficientOfVariation([1, 2], [1, 'x'], { exact: true }), 'not-a-number', [
      'weights',
      1,
    ]);
  });

  it('a ratio with a zero or invalid part: zero-denominator / not-a-number at its field', () => {
    expectError(() => coefficientOfVariation([{ numerator: 1, denominator: 0 }], [1]), 'zero-denominator', [
      'values',
      0,
      'denominator',
    ]);
    expectError(
      () => coefficientOfVariation([1, { numerator: 'x', denominator: 2 }], [1, 1]),
      'not-a-number',
      ['values', 1, 'numerator'],
    );
    expectError(
      () =>
        coefficientOfVariation([{ numerator: 1, denominator: 2, scale: Number.NaN }], [1], { exact: true }),
      'not-a-number',
      ['values', 0, 'scale'],
    );
  });

  it('a negative limit or an invalid compareRounded: negative / invalid-option', () => {
    expectError(() => coefficientOfVariation([1], [1], { limit: -0.1 }), 'negative', ['limit']);
    expectError(
      () => coefficientOfVariation([1], [1], { limit: 0.5, compareRounded: 1.5 }),
      'invalid-option',
      ['compareRounded'],
    );
  });

  it('absurd magnitudes: out-of-range', () => {
    expectError(() => coefficientOfVariation([1, '1e20000'], [1, 1]), 'out-of-range', ['values', 1]);
  });

  it('not a list: not-a-list', () => {
    expectError(() => coefficientOfVariation(null as unknown as number[], [1]), 'not-a-list', ['values']);
  });

  it('composite: empty, negative CV at [cvs, i]', () => {
    expectError(() => compositeCoefficientOfVariation([]), 'empty', ['cvs']);
    expectError(() => compositeCoefficientOfVariation([0.3, 0.2, -0.1]), 'negative', ['cvs', 2]);
  });

  it('accumulator: invalid value or weight at [...path, value | weight]; empty; zero total weight', () => {
    expectError(() => addToVariation(createVariationAccumulator(), 1, -2, ['schools', 4]), 'negative', [
      'schools',
      4,
      'weight',
    ]);
    expectError(() => addToVariation(createVariationAccumulator(), 'x', 2), 'not-a-number', ['value']);
    expectError(() => variationResult(createVariationAccumulator()), 'empty', ['values']);
    expectError(
      () => variationResult(addToVariation(createVariationAccumulator(), 1, 0)),
      'zero-total-weight',
      ['weights'],
    );
  });

  it('accumulator JSON: malformed or inconsistent data is invalid-accumulator', () => {
    const good = variationAccumulatorToJSON(accumulate([1, 3], [1, 1]));
    expectError(() => variationAccumulatorFromJSON(null), 'invalid-accumulator', []);
    expectError(() => variationAccumulatorFromJSON({ ...good, version: 2 }), 'invalid-accumulator', ['type']);
    expectError(() => variationAccumulatorFromJSON({ ...good, count: -1 }), 'invalid-accumulator', ['count']);
    expectError(
      () => variationAccumulatorFromJSON({ ...good, weightedSum: '1/0' }, ['shard']),
      'invalid-accumulator',
      ['shard', 'weightedSum'],
    );
    // W·Σwx² < (Σwx)² is impossible for real data.
    expectError(
      () => variationAccumulatorFromJSON({ ...good, weightedSumOfSquares: '1' }),
      'invalid-accumulator',
      [],
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const valueArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => n / 100), // e.g. 12.34 per pupil
  fc.double({ min: 0.001, max: 1e6, noNaN: true }), // any double, read as the decimal it prints as
);
const weightArb = fc.integer({ min: 0, max: 5000 });
const rowsArb = fc
  .array(fc.tuple(valueArb, weightArb), { minLength: 1, maxLength: 40 })
  .filter((rows) => rows.some(([, w]) => w > 0));
const scaleArb = fc.oneof(
  fc.integer({ min: 1, max: 1_000_000 }).map((n) => new DecimalJs(n).div(1000)),
  fc.constantFrom('0.001', '7', '1e6', '0.37'),
);
const RUNS = { numRuns: 150 };

const columns = (rows: readonly (readonly [number, number])[]) => ({
  values: rows.map(([x]) => x),
  weights: rows.map(([, w]) => w),
});

describe('coefficientOfVariation: laws (fast-check)', () => {
  it('is invariant under scaling the values by k > 0', () => {
    fc.assert(
      fc.property(rowsArb, scaleArb, (rows, k) => {
        const { values, weights } = columns(rows);
        const scaled = values.map((x) => new DecimalJs(x).times(k));
        const a = coefficientOfVariation(values, weights, { limit: 0.5 });
        const b = coefficientOfVariation(scaled, weights, { limit: 0.5 });
        if (a.cv === null || b.cv === null) expect(a.cv).toBe(b.cv);
        else expectDigits(b.cv, a.cv.toString());
        expect(b.withinLimit).toBe(a.withinLimit);
      }),
      RUNS,
    );
  });

  it('is invariant under permuting the schools', () => {
    fc.assert(
      fc.property(
        rowsArb.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length })),
        ),
        ([rows, shuffled]) => {
          const a = coefficientOfVariation(columns(rows).values, columns(rows).weights, { limit: 0.5 });
          const b = coefficientOfVariation(columns(shuffled).values, columns(shuffled).weights, {
            limit: 0.5,
          });
          sameCv(b, a);
        },
      ),
      RUNS,
    );
  });

  it('is invariant under scaling the weights by k > 0', () => {
    fc.assert(
      fc.property(rowsArb, scaleArb, (rows, k) => {
        const { values, weights } = columns(rows);
        const a = coefficientOfVariation(values, weights, { limit: 0.5 });
        const b = coefficientOfVariation(
          values,
          weights.map((w) => new DecimalJs(w).times(k)),
          { limit: 0.5 },
        );
        if (a.cv === null || b.cv === null) expect(a.cv).toBe(b.cv);
        else expectDigits(b.cv, a.cv.toString());
        expect(b.withinLimit).toBe(a.withinLimit);
      }),
      RUNS,
    );
  });

  it('equal values give CV exactly 0', () => {
    fc.assert(
      fc.property(
        valueArb.filter((x) => x > 0),
        fc.array(weightArb, { minLength: 1, maxLength: 30 }),
        (x, ws) => {
          fc.pre(ws.some((w) => w > 0));
          const result = coefficientOfVariation(
            ws.map(() => x),
            ws,
            { limit: 0 },
          );
          expect(result.cv).toBe(0);
          expect(result.standardDeviation).toBe(0);
          expect(result.withinLimit).toBe(true);
          expect(result.mean).toBe(x);
        },
      ),
      RUNS,
    );
  });

  it('never returns NaN or Infinity for valid input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: -1e6, max: 1e6, noNaN: true }), weightArb), {
          minLength: 1,
          maxLength: 30,
        }),
        (rows) => {
          const { values, weights } = columns(rows);
          fc.pre(weights.some((w) => w > 0));
          const result = coefficientOfVariation(values, weights, { limit: 0.5 });
          for (const d of [result.cv, result.mean, result.standardDeviation, result.totalWeight]) {
            if (d !== null) expect(Number.isFinite(d)).toBe(true);
          }
          expect(
            result.cv === null ? result.withinLimit === null : typeof result.withinLimit === 'boolean',
          ).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('merging shards (in any order, through JSON) equals one pass over all schools', () => {
    fc.assert(
      fc.property(rowsArb, fc.nat(), fc.nat(), (rows, cut1, cut2) => {
        const { values, weights } = columns(rows);
        const [i, j] = [cut1 % (rows.length + 1), cut2 % (rows.length + 1)].sort((p, q) => p - q) as [
          number,
          number,
        ];
        const shard = (from: number, to: number) =>
          accumulate(values.slice(from, to), weights.slice(from, to));
        const whole = accumulate(values, weights);
        const viaJson = (acc: VariationAccumulator) =>
          variationAccumulatorFromJSON(JSON.parse(JSON.stringify(variationAccumulatorToJSON(acc))));
        const merged = mergeVariation(
          viaJson(shard(j, rows.length)),
          mergeVariation(shard(i, j), viaJson(shard(0, i))),
        );
        expect(variationAccumulatorToJSON(merged)).toEqual(variationAccumulatorToJSON(whole));

        const direct = coefficientOfVariation(values, weights);
        const limit = direct.cv ?? 0.5; // a limit at (the 15-digit rounding of) the CV itself
        const fromMerged = variationResult(merged, { limit });
        expect(plain(fromMerged)).toEqual(plain(variationResult(whole, { limit })));
        sameCv(fromMerged, coefficientOfVariation(values, weights, { limit }));
      }),
      RUNS,
    );
  });
});

describe('coefficientOfVariation: the float path decides as the exact path', () => {
  it('on random data with limits at, and 1e-15 around, the CV rounded to 1–20 digits', () => {
    let floatDecided = 0;
    let floatDeclined = 0;
    fc.assert(
      fc.property(
        rowsArb,
        fc.integer({ min: 1, max: 20 }),
        fc.constantFrom(-1, 0, 1),
        fc.constantFrom<number | undefined>(undefined, undefined, 2, 3),
        (rows, digits, nudge, compareRounded) => {
          const { values, weights } = columns(rows);
          const exact = coefficientOfVariation(values, weights, { exact: true });
          fc.pre(exact.cv !== null);
          // The CV to 60 digits from the formula, independent of dudao: limits are placed on it.
          const cv = referenceCv(values, weights).cv;
          const rounded = cv.toSignificantDigits(digits);
          const limit = rounded.plus(rounded.times(nudge).times('1e-15'));
          const options = compareRounded === undefined ? { limit } : { limit, compareRounded };
          const reference = coefficientOfVariation(values, weights, { ...options, exact: true });
          const auto = coefficientOfVariation(values, weights, options);
          const fast = floatCoefficientOfVariation(values, weights, options);
          expect(auto.withinLimit).toBe(reference.withinLimit);
          sameCv(auto, reference);
          if (fast === undefined) floatDeclined++;
          else {
            floatDecided++;
            expect(fast.withinLimit).toBe(reference.withinLimit);
            sameCv(fast, reference);
          }
          // The exact path agrees with comparing the 60-digit reference CV, away from ties.
          const target =
            compareRounded === undefined
              ? limit
              : limit
                  .toDecimalPlaces(compareRounded, DecimalJs.ROUND_DOWN)
                  .plus(new DecimalJs(10).pow(-compareRounded).div(2));
          if (cv.minus(target).abs().gt(cv.times('1e-35'))) {
            expect(reference.withinLimit).toBe(compareRounded === undefined ? cv.lte(target) : cv.lt(target));
          }
        },
      ),
      { numRuns: 200 },
    );
    expect(floatDecided).toBeGreaterThan(20);
    expect(floatDeclined).toBeGreaterThan(5);
  });

  it('on data built to sit exactly on the limit, and one part in 10^15 off it', () => {
    // Pairs m − d and m + d with a shared weight keep mean m and S d, so CV = d / m exactly.
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.array(
          weightArb.filter((w) => w > 0),
          { minLength: 1, maxLength: 30 },
        ),
        scaleArb,
        (k, pairWeights, scale) => {
          const values: DecimalJs[] = [];
          const weights: number[] = [];
          for (const w of pairWeights) {
            values.push(new DecimalJs(1000 - k).times(scale), new DecimalJs(1000 + k).times(scale));
            weights.push(w, w);
          }
          const limit = new DecimalJs(k).div(1000);
          const on = coefficientOfVariation(values, weights, { limit });
          expect(on.cv).toBe(limit.toNumber());
          expect(on.withinLimit).toBe(true);
          const below = limit.minus(limit.times('1e-15'));
          expect(coefficientOfVariation(values, weights, { limit: below }).withinLimit).toBe(false);
          expect(floatCoefficientOfVariation(values, weights, { limit })?.withinLimit ?? true).toBe(true);
          expect(floatCoefficientOfVariation(values, weights, { limit: below })?.withinLimit ?? false).toBe(
            false,
          );
        },
      ),
      RUNS,
    );
  });
});

describe('coefficientOfVariation: ratios in decimal strings (as results write exact fractions)', () => {
  // 20-significant-digit parts, which no double holds: the float path reads their nearest
  // doubles, and must decide as the exact path, near the limit too.
  const partArb = fc
    .tuple(fc.bigInt({ min: 10n ** 19n, max: 10n ** 20n - 1n }), fc.integer({ min: 0, max: 12 }))
    .map(([digits, point]) => new DecimalJs(`${digits}e-${point}`).toString());

  it('the float path decides as the exact path, and as the same ratios given in Decimals', () => {
    let floatDecided = 0;
    fc.assert(
      fc.property(
        fc.array(fc.tuple(partArb, partArb, fc.integer({ min: 1, max: 3000 })), {
          minLength: 2,
          maxLength: 40,
        }),
        // Limits at, one part in 10^15 around, and 1 % around the CV.
        fc.constantFrom('0', '1e-15', '-1e-15', '0.01', '-0.01'),
        (rows, nudge) => {
          const strings = rows.map(([numerator, denominator]) => ({ numerator, denominator, scale: 100 }));
          const decimals = rows.map(([numerator, denominator]) => ({
            numerator: new DecimalJs(numerator),
            denominator: new DecimalJs(denominator),
            scale: 100,
          }));
          const weights = rows.map(([, , w]) => w);
          const exact = coefficientOfVariation(strings, weights, { exact: true });
          fc.pre(exact.cv !== null);
          const cv = new DecimalJs(exact.cv as number);
          const limit = cv.plus(cv.times(nudge));
          const reference = coefficientOfVariation(strings, weights, { limit, exact: true });
          const auto = coefficientOfVariation(strings, weights, { limit });
          expect(auto.withinLimit).toBe(reference.withinLimit);
          sameCv(auto, reference);
          expect(auto).toEqual(coefficientOfVariation(decimals, weights, { limit }));
          const fast = floatCoefficientOfVariation(strings, weights, { limit });
          if (fast !== undefined) {
            floatDecided++;
            expect(fast.withinLimit).toBe(reference.withinLimit);
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(floatDecided).toBeGreaterThan(20);
  });

  it('a part that is not a decimal string, or whose double is 0 or out of range, is read with full checks', () => {
    expectError(
      () => coefficientOfVariation([1, { numerator: '0x10', denominator: '2' }], [1, 1]),
      'not-a-number',
      ['values', 1, 'numerator'],
    );
    expectError(
      () => coefficientOfVariation([1, { numerator: '3', denominator: '0.0' }], [1, 1]),
      'zero-denominator',
      ['values', 1, 'denominator'],
    );
    // 1e-400 is not 0: the CV of 1e-400 and 2e-400 (equal weights) is 1/3, exactly as in Decimals.
    const tiny = coefficientOfVariation(
      [
        { numerator: '1e-400', denominator: '1' },
        { numerator: '2e-400', denominator: '1' },
      ],
      [1, 1],
      { limit: '0.3333333333333333333333' },
    );
    expect(tiny.cv).toBe(1 / 3);
    expect(tiny.withinLimit).toBe(false);
  });
});

describe('coefficientOfVariation: results are plain numbers', () => {
  const values = [1, 2, 3, 4, 10];
  const weights = [10, 20, 30, 40, 50];

  it('the fast and the exact path give the same fields, numbers correct to 12 digits, cloneable', () => {
    const fast = floatCoefficientOfVariation(values, weights, { limit: '0.5' }) as VariationResult;
    expect(fast).toBeDefined();
    const exact = coefficientOfVariation(values, weights, { limit: '0.5', exact: true });
    expect(Object.keys(fast)).toEqual([
      'cv',
      'mean',
      'standardDeviation',
      'count',
      'totalWeight',
      'limit',
      'withinLimit',
    ]);
    expect(Object.keys(exact)).toEqual(Object.keys(fast));
    sameCv(fast, exact);
    expect(structuredClone(fast)).toStrictEqual(fast);
    expect(JSON.parse(JSON.stringify(exact))).toStrictEqual(exact);
    expect([fast.limit, fast.totalWeight, fast.count]).toEqual([0.5, 150, 5]);
    expect(Object.keys(floatCoefficientOfVariation(values, weights) as VariationResult)).toEqual([
      'cv',
      'mean',
      'standardDeviation',
      'count',
      'totalWeight',
    ]);
  });

  it('reports the fast path to 15 significant digits: a mean of 0.15 reads 0.15', () => {
    // (0.1 + 0.2) ÷ 2 in floats is 0.15000000000000002; the reported figures drop those bits.
    expect((0.1 + 0.2) / 2).not.toBe(0.15);
    const result = floatCoefficientOfVariation([0.1, 0.2], [1, 1]) as VariationResult;
    expect(result).toBeDefined();
    expect([result.mean, result.standardDeviation]).toEqual([0.15, 0.05]);
    expect(result.cv).toBe(Number((1 / 3).toPrecision(15)));
  });
});

describe('accumulator', () => {
  it('adding schools one by one gives the same decision and digits as coefficientOfVariation', () => {
    const acc = accumulate(BOOKS_PER_PUPIL, [...PUPILS]);
    const result = variationResult(acc, { limit: '0.50' });
    sameCv(result, coefficientOfVariation(BOOKS_PER_PUPIL, PUPILS, { limit: '0.50' }));
    // the exact path: the double nearest the exact CV 0.515256629884476453860032714142…
    expect(result.cv).toBe(Number('0.515256629884476453860032714142'));
  });

  it('its JSON form is exact fractions: 6.2 × 45 → Σwx 279, Σwx² 8649/5', () => {
    expect(variationAccumulatorToJSON(addToVariation(createVariationAccumulator(), 6.2, 45))).toEqual({
      type: 'dudao.variation-accumulator',
      version: 1,
      count: 1,
      totalWeight: '45',
      weightedSum: '279',
      weightedSumOfSquares: '8649/5',
    });
  });

  it('values 1 and 3 in two shards: CV exactly 0.5, meets 0.5', () => {
    const merged = mergeVariation(
      addToVariation(createVariationAccumulator(), 1, 1),
      addToVariation(createVariationAccumulator(), toDecimal(3), '1'),
    );
    const result = variationResult(merged, { limit: 0.5 });
    expect(result.cv?.toString()).toBe('0.5');
    expect(result.withinLimit).toBe(true);
  });
});

describe('the TSDoc examples hold', () => {
  it('coefficientOfVariation, compositeCoefficientOfVariation and the accumulator examples', () => {
    const pupils = [45, 37, 89, 76, 55];
    const books = [279, 137, 935, 160, 402];
    const result = coefficientOfVariation(
      books.map((b, i) => ({ numerator: b, denominator: pupils[i] ?? 1 })),
      pupils,
      { limit: '0.50' },
    );
    expect(result.cv?.toFixed(4)).toBe('0.5153');
    expect(result.mean.toFixed(4)).toBe('6.3344');
    expect(result.withinLimit).toBe(false);
    expect(compositeCoefficientOfVariation([0.4, 0.6], { limit: 0.65 }).cv.toString()).toBe('0.5');
    const shard = JSON.stringify(
      variationAccumulatorToJSON(addToVariation(createVariationAccumulator(), 1, 1)),
    );
    const local = addToVariation(createVariationAccumulator(), 3, 1);
    expect(
      variationResult(mergeVariation(variationAccumulatorFromJSON(JSON.parse(shard)), local)).cv?.toString(),
    ).toBe('0.5');
  });
});

describe('rational helpers (exact arithmetic behind the decisions)', () => {
  const HU = DecimalJs.clone({ precision: 120, rounding: DecimalJs.ROUND_HALF_UP });

  it('a finite decimal is an integer over a power of ten; a number reads as the decimal it prints as', () => {
    expect(rationalFromDecimal(0.1)).toEqual({ n: 1n, d: 10n });
    expect(rationalFromDecimal('-2.50')).toEqual({ n: -250n, d: 100n });
    expect(rationalFromDecimal(new DecimalJs('1e3'))).toEqual({ n: 1000n, d: 1n });
    expect(rationalFromDecimal(1e-7)).toEqual({ n: 1n, d: 10_000_000n });
    expect(() => rationalFromDecimal(Number.NaN)).toThrow(RangeError);
  });

  it('add, sub, mul, div and compare are exact: 1/6 + 1/4 = 5/12, (2/3)(9/4) = 3/2', () => {
    expect(reduceRational(addRational({ n: 1n, d: 6n }, { n: 1n, d: 4n }))).toEqual({ n: 5n, d: 12n });
    expect(mulRational({ n: 2n, d: 3n }, { n: 9n, d: 4n })).toEqual({ n: 3n, d: 2n });
    expect(reduceRational(subRational({ n: 1n, d: 2n }, { n: 1n, d: 3n }))).toEqual({ n: 1n, d: 6n });
    expect(divRational({ n: 1n, d: 3n }, { n: -2n, d: 1n })).toEqual({ n: -1n, d: 6n });
    expect(compareRational({ n: 1n, d: 3n }, { n: 2n, d: 6n })).toBe(0);
  });

  it('rounding to significant digits is correct half up, for quotients and square roots', () => {
    expect(rationalToDecimal({ n: 2n, d: 3n }, 5).toString()).toBe('0.66667');
    expect(rationalToDecimal({ n: -1n, d: 8n }, 2).toString()).toBe('-0.13');
    expect(rationalToDecimal({ n: 9995n, d: 1n }, 3).toString()).toBe('10000');
    expect(rationalSqrtToDecimal({ n: 1n, d: 4n }, 10).toString()).toBe('0.5');
    expect(rationalSqrtToDecimal({ n: 2n, d: 1n }, 6).toString()).toBe('1.41421');
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 30n }),
        fc.integer({ min: 1, max: 30 }),
        (n, d, digits) => {
          const q = new HU(n.toString()).div(d.toString());
          expect(rationalToDecimal({ n, d }, digits).toFixed()).toBe(q.toSignificantDigits(digits).toFixed());
          const r = q.sqrt();
          expect(rationalSqrtToDecimal({ n, d }, digits).toFixed()).toBe(
            r.toSignificantDigits(digits).toFixed(),
          );
        },
      ),
      RUNS,
    );
  });
});
