import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ceilDivide,
  compareRatioTo,
  compareValueTo,
  cvLimitOf,
  cvWithinLimitExactly,
  cvWithinLimitFiltered,
  scaleThreshold,
  thresholdOf,
} from '../../src/numeric/decide.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { exactTimes } from '../../src/numeric/rational.js';

// An independent reference: a decimal string as an integer mantissa and a power of ten, and
// signs worked out in BigInt with no float anywhere.
function parse(text: string): { m: bigint; k: number } {
  const match = /^(-?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text);
  if (match === null) throw new Error(`bad decimal ${text}`);
  const frac = match[3] ?? '';
  const m = BigInt(`${match[1]}${match[2] ?? ''}${frac}` || '0');
  return { m, k: frac.length - Number(match[4] ?? '0') };
}

function scaleTo(x: { m: bigint; k: number }, k: number): bigint {
  return x.m * 10n ** BigInt(k - x.k);
}

function referenceRatioSign(n: string, d: string, s: string, t: string): number {
  // sign(n·s − t·d) with every term brought to a common power of ten.
  const [pn, pd, ps, pt] = [parse(n), parse(d), parse(s), parse(t)];
  const k = Math.max(pn.k + ps.k, pt.k + pd.k);
  const left = scaleTo({ m: pn.m * ps.m, k: pn.k + ps.k }, k);
  const right = scaleTo({ m: pt.m * pd.m, k: pt.k + pd.k }, k);
  return left > right ? 1 : left < right ? -1 : 0;
}

function referenceCeil(a: string, b: string): bigint {
  const [pa, pb] = [parse(a), parse(b)];
  const k = Math.max(pa.k, pb.k);
  const x = scaleTo(pa, k);
  const y = scaleTo(pb, k);
  const q = x / y;
  return x > q * y ? q + 1n : q;
}

// A decimal string for m × 10^-k.
function show(m: bigint, k: number): string {
  const negative = m < 0n;
  let digits = (negative ? -m : m).toString();
  if (k <= 0) return `${negative ? '-' : ''}${digits}${'0'.repeat(-k)}`;
  digits = digits.padStart(k + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -k)}.${digits.slice(-k)}`;
}

const THRESHOLDS = ['4.2', '4.5', '0.85', '100', '15', '1.8', '2000', '0.3', '85', '5.3'];

describe('the decision seam decides ratios exactly', () => {
  it('21 teachers ÷ 500 pupils × 100 = 4.2 meets ≥ 4.2 exactly', () => {
    expect(compareRatioTo(21, 500, 100, thresholdOf('4.2'))).toBe(0);
    expect(compareRatioTo(20, 500, 100, thresholdOf('4.2'))).toBe(-1);
    expect(compareRatioTo(22, 500, 100, thresholdOf('4.2'))).toBe(1);
  });

  it('a teaching area 10⁻⁴⁸ below 4.5 m² × 500 pupils is below 4.5 (40-digit products would round it up)', () => {
    const area = '2249.999999999999999999999999999999999999999999999999';
    expect(compareRatioTo(area, 500, 1, thresholdOf('4.5'))).toBe(-1);
    expect(compareRatioTo(new Decimal(area), new Decimal(500), new Decimal(1), thresholdOf('4.5'))).toBe(-1);
    expect(compareRatioTo('2250', 500, 1, thresholdOf('4.5'))).toBe(0);
  });

  it('a zero denominator puts a positive numerator above any threshold, and 0 ÷ 0 at zero', () => {
    expect(compareRatioTo(5, 0, 1, thresholdOf('1000000'))).toBe(1);
    expect(compareRatioTo(0, 0, 1, thresholdOf('0'))).toBe(0);
  });

  it('refuses a negative denominator', () => {
    expect(() => compareRatioTo(1, -1, 1, thresholdOf(1))).toThrow(RangeError);
  });

  it('property: 20-digit numerators placed a few ulps either side of a threshold are decided as exact arithmetic decides', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...THRESHOLDS),
        fc.integer({ min: 1, max: 2_000_000 }),
        fc.constantFrom('1', '100'),
        fc.integer({ min: -6, max: 6 }),
        fc.integer({ min: 16, max: 22 }),
        (t, denominator, scale, k, digits) => {
          // The numerator exactly at the threshold, t × d ÷ s, then moved by k units of its
          // `digits`-th significant digit (a few ulps of a double, or less).
          const pt = parse(t);
          const boundary = { m: pt.m * BigInt(denominator), k: pt.k };
          const shifted = scale === '100' ? { m: boundary.m, k: boundary.k + 2 } : boundary;
          const magnitude = show(shifted.m, shifted.k).replace(/^0\.0*|\./g, '').length;
          const extra = Math.max(0, digits - magnitude);
          const m = shifted.m * 10n ** BigInt(extra) + BigInt(k);
          const numerator = show(m, shifted.k + extra);
          const expected = referenceRatioSign(numerator, String(denominator), scale, t);
          expect(expected).toBe(Math.sign(k));
          expect(compareRatioTo(numerator, denominator, Number(scale), thresholdOf(t))).toBe(expected);
          expect(compareRatioTo(new Decimal(numerator), denominator, scale, thresholdOf(t))).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('property: any decimals of up to 40 characters decide as the BigInt reference does', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }))
      .map(([m, k]) => show(m, k));
    fc.assert(
      fc.property(
        decimal,
        decimal.filter((d) => parse(d).m > 0n),
        fc.constantFrom('1', '100', '12'),
        decimal,
        (n, d, s, t) => {
          expect(compareRatioTo(n, d, s, thresholdOf(t))).toBe(referenceRatioSign(n, d, s, t));
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('the decision seam decides values exactly', () => {
  it('0.15 meets = 0.15; one part in 10²⁰ either side does not', () => {
    expect(compareValueTo('0.15', thresholdOf('0.15'))).toBe(0);
    expect(compareValueTo('0.15000000000000000001', thresholdOf('0.15'))).toBe(1);
    expect(compareValueTo('0.14999999999999999999', thresholdOf('0.15'))).toBe(-1);
    expect(compareValueTo(0.15, thresholdOf('0.15'))).toBe(0);
  });

  it('property: 20-digit values a few ulps from a threshold', () => {
    fc.assert(
      fc.property(fc.constantFrom(...THRESHOLDS), fc.integer({ min: -6, max: 6 }), (t, k) => {
        const pt = parse(t);
        const value = show(pt.m * 10n ** 20n + BigInt(k), pt.k + 20);
        expect(compareValueTo(value, thresholdOf(t))).toBe(Math.sign(k));
        expect(compareValueTo(new Decimal(value), thresholdOf(t))).toBe(Math.sign(k));
      }),
      { numRuns: 500 },
    );
  });
});

describe('floors of the 6-of-7 rule are exact', () => {
  it('85 % of 4.2 is 3.57; 45 ÷ 0.85 = 900/17 exactly, which 900 ÷ 17 meets and no 40-digit decimal does', () => {
    expect(compareValueTo('3.57', scaleThreshold(thresholdOf('4.2'), '0.85', 'times'))).toBe(0);
    const ceiling = scaleThreshold(thresholdOf('45'), '0.85', 'div');
    expect(compareRatioTo(900, 17, 1, ceiling)).toBe(0);
    expect(compareValueTo(new Decimal(45).div('0.85'), ceiling)).not.toBe(0);
  });
});

describe('ceilDivide is exact at any size', () => {
  it('known answers', () => {
    expect(ceilDivide(421, 30)).toBe(15n);
    expect(ceilDivide(420, 30)).toBe(14n);
    expect(ceilDivide('4.5', '1.5')).toBe(3n);
    expect(ceilDivide(0, 7)).toBe(0n);
    // Above 10⁴¹, n − 1 = n at 40 digits: the stepping loop this replaces never ended.
    expect(ceilDivide('1e42', 25)).toBe(4n * 10n ** 40n);
    expect(ceilDivide('1000000000000000000000000000000000000000001', 25)).toBe(
      40000000000000000000000000000000000000001n,
    );
  });

  it('property: agrees with the BigInt reference on decimals of up to 60 digits', () => {
    const decimal = fc
      .tuple(fc.bigInt({ min: 0n, max: 10n ** 60n }), fc.integer({ min: 0, max: 20 }))
      .map(([m, k]) => show(m, k));
    fc.assert(
      fc.property(
        decimal,
        decimal.filter((d) => parse(d).m > 0n),
        (a, b) => {
          expect(ceilDivide(a, b)).toBe(referenceCeil(a, b));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('exactTimes keeps every digit of a product', () => {
  it('a 35-digit amount × 1234567.89 weighted pupils keeps all 43 digits (decimal.js keeps 40)', () => {
    const total = new Decimal('12345678901234567890123456789012.345');
    const weighted = new Decimal('1234567.89');
    expect(exactTimes(total, weighted).toFixed()).toBe('15241578751714678875171467887517145950.60205');
    expect(total.times(weighted).toFixed()).toBe('15241578751714678875171467887517145950.6');
  });
});

describe('CV limits are decided in the same seam', () => {
  it('values 1 and 3 with equal weights have CV 0.5 exactly: within ≤ 0.50, not within a rounded 0-decimal limit of 0', () => {
    // W·Σwx² − (Σwx)² = 2 · 10 − 16 = 4 and Σwx = 4, so CV² = 4 ÷ 16.
    const squares = { varianceNumerator: { n: 4n, d: 1n }, weightedSum: { n: 4n, d: 1n } };
    expect(cvWithinLimitExactly(squares, cvLimitOf('0.50'))).toBe(true);
    expect(cvWithinLimitExactly(squares, cvLimitOf('0.4999999999999999999999'))).toBe(false);
    expect(cvWithinLimitExactly({ value: { n: 1n, d: 2n } }, cvLimitOf('0.5'))).toBe(true);
  });

  it('compareRounded: round_half_up(cv, 2) ≤ 0.50 holds up to (not including) 0.505', () => {
    const limit = cvLimitOf('0.50', 2);
    expect(limit.bound).toEqual({ n: 505n, d: 1000n });
    expect(cvWithinLimitExactly({ value: { n: 5049999n, d: 10000000n } }, limit)).toBe(true);
    expect(cvWithinLimitExactly({ value: { n: 505n, d: 1000n } }, limit)).toBe(false);
    expect(() => cvLimitOf('0.5', 1.5)).toThrow(RangeError);
  });

  it('the float filter answers only when its error bound cannot reach the limit', () => {
    expect(cvWithinLimitFiltered(0.3, 1e-15, cvLimitOf('0.50'))).toBe(true);
    expect(cvWithinLimitFiltered(0.7, 1e-15, cvLimitOf('0.50'))).toBe(false);
    expect(cvWithinLimitFiltered(0.5, 1e-15, cvLimitOf('0.50'))).toBeUndefined();
    expect(cvWithinLimitFiltered(0.5 + 5e-16, 1e-15, cvLimitOf('0.50'))).toBeUndefined();
  });
});
