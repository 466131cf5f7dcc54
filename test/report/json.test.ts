/**
 * The JSON document of a result (data contract section 4): figures as plain decimal strings,
 * counts as JSON numbers, and every indicator result with its explanation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { explainResult } from '../../src/assess/explain.js';
import type { IndicatorResult } from '../../src/assess/types.js';
import { DudaoError } from '../../src/error.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { COUNT_KEYS, decimalString, toJsonDocument } from '../../src/report/json.js';

// 21 qualified teachers for 500 pupils: 4.2 per 100, exactly on the threshold (教督〔2017〕6号).
const onThreshold: IndicatorResult = {
  indicator: 'qualified-teachers-per-100',
  stage: 'primary',
  status: 'met',
  met: true,
  value: 4.2,
  numerator: 21,
  denominator: 500,
  scale: 100,
  threshold: 4.2,
  comparator: 'gte',
  shortfall: null,
  basis: 'schools',
};

describe('decimalString writes a number in plain decimal notation', () => {
  it.each([
    [4.2, '4.2'],
    [1e-7, '0.0000001'],
    [1e21, '1000000000000000000000'],
    [-0, '0'],
    [0, '0'],
    [-3.5, '-3.5'],
    [0.1 + 0.2, '0.30000000000000004'],
    [123456789.125, '123456789.125'],
    [5e-324, `0.${'0'.repeat(323)}5`],
    [0.000001, '0.000001'],
    [1.23e-7, '0.000000123'],
    [-1e-7, '-0.0000001'],
    [999999999999999900000, '999999999999999900000'],
    [-1.5e300, `-15${'0'.repeat(299)}`],
  ])('%s → %s', (x, text) => {
    expect(decimalString(x)).toBe(text);
  });

  it('refuses NaN and ±Infinity with a DudaoError at the path, never printing them', () => {
    expect(() => decimalString(Number.NaN, ['value'])).toThrow(DudaoError);
    for (const [x, code] of [
      [Number.NaN, 'not-a-number'],
      [Number.POSITIVE_INFINITY, 'not-finite'],
      [Number.NEGATIVE_INFINITY, 'not-finite'],
    ] as const) {
      try {
        decimalString(x, ['sections', 0, 'value']);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(DudaoError);
        expect((error as DudaoError).code).toBe(code);
        expect((error as DudaoError).path).toEqual(['sections', 0, 'value']);
      }
    }
  });

  it('reads back as the same number, for any finite double, and never has an exponent', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const text = decimalString(x);
        expect(text).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(text)).toBe(x === 0 ? 0 : x);
      }),
      { numRuns: 2000 },
    );
  });

  it('is the shortest decimal of the number: no digits beyond what Number#toString gives', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        expect(new Decimal(decimalString(x)).eq(new Decimal(String(x)))).toBe(true);
      }),
    );
  });
});

describe('toJsonDocument: the JSON document of a result', () => {
  it('writes figures as decimal strings and keeps counts as numbers', () => {
    expect(toJsonDocument({ metCount: 6, unmetCount: 1, value: 4.2, pupils: 812, cv: 1e-7 })).toEqual({
      metCount: 6,
      unmetCount: 1,
      value: '4.2',
      pupils: '812',
      cv: '0.0000001',
    });
  });

  it('gives what its documentation says', () => {
    const result: IndicatorResult = {
      indicator: 'qualified-teachers-per-100',
      status: 'met',
      met: true,
      value: 4.2,
      numerator: 21,
      denominator: 500,
      scale: 100,
      threshold: 4.2,
      comparator: 'gte',
      shortfall: null,
    };
    expect(toJsonDocument(result)).toEqual({
      indicator: 'qualified-teachers-per-100',
      status: 'met',
      met: true,
      value: '4.2',
      numerator: '21',
      denominator: '500',
      scale: '100',
      threshold: '4.2',
      comparator: 'gte',
      shortfall: null,
      explanation: { en: '21 ÷ 500 × 100 = 4.2 ≥ 4.2', zh: '21 ÷ 500 × 100 = 4.2 ≥ 4.2' },
    });
  });

  it('writes a fraction under a count key as a decimal string (counts are whole)', () => {
    expect(toJsonDocument({ count: 2.5 })).toEqual({ count: '2.5' });
  });

  it('writes -0 as 0, a count or a figure', () => {
    const doc = toJsonDocument({ count: -0, value: -0 }) as { count: number; value: string };
    expect(Object.is(doc.count, 0)).toBe(true);
    expect(doc.value).toBe('0');
  });

  it('reads a total as a count everywhere; the figures that are totals have their own names', () => {
    const doc = toJsonDocument({
      classCount: { total: 12, within: 10, over: 2, uncapped: 0 },
      derived: [{ field: 'books', schoolTotal: 23226, share: 166 / 397 }],
      levelling: [{ totalAddition: 1520.5 }],
      publicShare: { allChildren: 980 },
      coverage: { visited: 3, total: 4, share: 0.75 },
    });
    expect(doc).toEqual({
      classCount: { total: 12, within: 10, over: 2, uncapped: 0 },
      derived: [{ field: 'books', schoolTotal: '23226', share: decimalString(166 / 397) }],
      levelling: [{ totalAddition: '1520.5' }],
      publicShare: { allChildren: '980' },
      coverage: { visited: 3, total: 4, share: '0.75' },
    });
  });

  it('keeps the indices of a warning path as numbers', () => {
    expect(toJsonDocument({ warnings: [{ code: 'x', path: ['schools', 3, 'pupils'] }] })).toEqual({
      warnings: [{ code: 'x', path: ['schools', 3, 'pupils'] }],
    });
  });

  it('adds its explanation to every indicator result, wherever it sits', () => {
    const doc = toJsonDocument({
      sections: [{ results: [onThreshold] }],
      socialRecognition: {
        ...onThreshold,
        indicator: 'social-recognition',
        status: 'unknown',
        met: null,
        value: null,
        missing: ['survey'],
      },
    }) as {
      sections: { results: Record<string, unknown>[] }[];
      socialRecognition: Record<string, unknown>;
    };
    expect(doc.sections[0]?.results[0]).toEqual({
      indicator: 'qualified-teachers-per-100',
      stage: 'primary',
      status: 'met',
      met: true,
      value: '4.2',
      numerator: '21',
      denominator: '500',
      scale: '100',
      threshold: '4.2',
      comparator: 'gte',
      shortfall: null,
      basis: 'schools',
      explanation: { en: '21 ÷ 500 × 100 = 4.2 ≥ 4.2', zh: '21 ÷ 500 × 100 = 4.2 ≥ 4.2' },
    });
    expect(doc.socialRecognition.explanation).toEqual({
      en: 'unknown: missing survey',
      zh: '无法判定：缺少 survey',
    });
  });

  it('explains a split figure from its exact fraction, which stays decimal strings', () => {
    const split: IndicatorResult = {
      indicator: 'books-per-pupil',
      status: 'measured',
      met: null,
      value: 3855516 / 65902,
      numerator: 3855516 / 397,
      denominator: 166,
      scale: 1,
      threshold: null,
      comparator: 'none',
      shortfall: null,
      exact: { numerator: '3855516', denominator: '65902', scale: 1 },
    };
    const doc = toJsonDocument(split) as Record<string, unknown>;
    expect(doc.exact).toEqual({ numerator: '3855516', denominator: '65902', scale: '1' });
    // The value explained is the exact one, 3855516 ÷ 65902 = 58.5037783…, not the number rounded.
    expect(doc.explanation).toEqual(explainResult(split));
    expect((doc.explanation as { en: string }).en).toMatch(/= 58\.503778…$/);
  });

  it('leaves out keys holding undefined, as JSON.stringify does, and writes null for them in arrays', () => {
    const withHoles = { ...onThreshold, aboveFloor: undefined, missing: undefined, list: [1.5, undefined] };
    const doc = toJsonDocument(withHoles) as Record<string, unknown>;
    expect('aboveFloor' in doc).toBe(false);
    expect('missing' in doc).toBe(false);
    expect(doc.list).toEqual(['1.5', null]);
  });

  it('converts nested arrays item by item, the array key deciding for its numbers', () => {
    expect(toJsonDocument({ values: [[1, 2.5], [3]], path: [[0, 'a']], matrix: [] })).toEqual({
      values: [['1', '2.5'], ['3']],
      path: [[0, 'a']],
      matrix: [],
    });
  });

  it('does not mutate its input', () => {
    const input = { sections: [{ metCount: 7, results: [onThreshold], pupils: 812 }] };
    const before = structuredClone(input);
    const doc = toJsonDocument(input);
    expect(input).toEqual(before);
    expect('explanation' in onThreshold).toBe(false);
    expect(doc).not.toBe(input);
  });

  it('gives a document that JSON keeps as it is, and a document of a document is the same', () => {
    const doc = toJsonDocument({ sections: [{ metCount: 7, results: [onThreshold], pupils: 812 }], cv: 0.2 });
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(structuredClone(doc)).toEqual(doc);
    expect(toJsonDocument(doc)).toEqual(doc);
  });

  it('writes a Decimal as its plain decimal string, with all its digits', () => {
    expect(
      toJsonDocument({
        rate: new Decimal(33).div(40),
        tiny: new Decimal('1e-9'),
        third: new Decimal(1).div(3),
      }),
    ).toEqual({
      rate: '0.825',
      tiny: '0.000000001',
      third: `0.${'3'.repeat(40)}`,
    });
  });

  it('honours toJSON, as JSON.stringify does', () => {
    expect(toJsonDocument({ at: new Date(Date.UTC(2021, 11, 10)) })).toEqual({
      at: '2021-12-10T00:00:00.000Z',
    });
  });

  it('refuses a NaN or infinite figure with a DudaoError at its path', () => {
    try {
      toJsonDocument({ sections: [{ value: 1 }, { value: Number.POSITIVE_INFINITY }] });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DudaoError);
      expect((error as DudaoError).code).toBe('not-finite');
      expect((error as DudaoError).path).toEqual(['sections', 1, 'value']);
    }
    expect(() => toJsonDocument({ count: Number.NaN })).toThrow(DudaoError);
  });

  it('refuses a circular structure (invalid-value at the path of the cycle), but copies a shared one', () => {
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = cycle;
    expect(() => toJsonDocument(cycle)).toThrow(
      expect.objectContaining({ code: 'invalid-value', path: ['self'] }),
    );
    expect(() => toJsonDocument({ n: 10n })).toThrow(
      expect.objectContaining({ code: 'invalid-type', path: ['n'] }),
    );
    let deep: unknown = 1;
    for (let i = 0; i < 300; i++) deep = [deep];
    expect(() => toJsonDocument(deep)).toThrow(expect.objectContaining({ code: 'too-big' }));
    const shared = { value: 0.5 };
    expect(toJsonDocument({ a: shared, b: [shared] })).toEqual({
      a: { value: '0.5' },
      b: [{ value: '0.5' }],
    });
  });

  it('writes a number at the root, and strings, booleans and null, as they are', () => {
    expect(toJsonDocument(0.25)).toBe('0.25');
    expect(toJsonDocument('4.2')).toBe('4.2');
    expect(toJsonDocument(true)).toBe(true);
    expect(toJsonDocument(null)).toBe(null);
  });

  it('counts include what the command line always wrote as numbers', () => {
    for (const key of ['metCount', 'count', 'year', 'total', 'rectified', 'overdue', 'daysOverdue', 'path'])
      expect(COUNT_KEYS.has(key)).toBe(true);
    for (const key of [
      'value',
      'pupils',
      'cv',
      'mean',
      'threshold',
      'shortfall',
      'rate',
      'share',
      'children',
    ])
      expect(COUNT_KEYS.has(key)).toBe(false);
  });

  it('writes no JSON number outside the count keys, for any nested data', () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.integer(),
        fc.string(),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(
          fc.constantFrom('value', 'count', 'total', 'derived', 'metCount', 'cv', 'path'),
          tie('value'),
          {
            maxKeys: 4,
          },
        ),
      ),
    })).value;
    fc.assert(
      fc.property(json, (value) => {
        const numbers: [string, number][] = [];
        const walk = (v: unknown, key: string): void => {
          if (typeof v === 'number') numbers.push([key, v]);
          else if (Array.isArray(v)) for (const x of v) walk(x, key);
          else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, k);
          else if (typeof v === 'string' && key !== '') expect(v).not.toMatch(/^-?\d+(\.\d+)?e/i);
        };
        walk(toJsonDocument(value), '');
        for (const [key, n] of numbers) {
          expect(COUNT_KEYS.has(key)).toBe(true);
          expect(Number.isSafeInteger(n)).toBe(true);
        }
      }),
    );
  });
});
