/**
 * Exact rational numbers over BigInt, for the few decisions that floating point and 40-digit
 * decimals cannot settle (a coefficient of variation that sits exactly on its limit). Values are
 * plain objects `{ n, d }` with `d > 0`; sums keep their denominator at the least common multiple
 * of the terms' denominators and are fully reduced only when asked ({@link reduceRational}).
 * Internal to dudao: not part of the package's public API.
 * @module
 */
import { Decimal } from './decimal.js';

// The significant digits of dudao's Decimal constructor.
const DECIMAL_PRECISION = 40;

/**
 * An exact rational number `n / d` with `d > 0`. Not necessarily in lowest terms: compare with
 * {@link compareRational}, never with `===` on the fields.
 *
 * @category Numbers
 * @example
 * ```ts
 * const third: Rational = { n: 1n, d: 3n };
 * ```
 */
export interface Rational {
  /** Numerator (carries the sign). */
  readonly n: bigint;
  /** Denominator, always positive. */
  readonly d: bigint;
}

/**
 * Zero as a rational.
 *
 * @category Numbers
 * @example
 * ```ts
 * signRational(RATIONAL_ZERO); //=> 0
 * ```
 */
export const RATIONAL_ZERO: Rational = Object.freeze({ n: 0n, d: 1n });

/**
 * Greatest common divisor of two BigInts (non-negative result; `gcd(0, 0) = 0`).
 *
 * @category Numbers
 * @param a - an integer
 * @param b - an integer
 * @returns the greatest common divisor of `|a|` and `|b|`
 * @example
 * ```ts
 * gcdBigInt(12n, -18n); //=> 6n
 * ```
 */
export function gcdBigInt(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  // Start with the larger modulo the smaller: when one operand is small (a school's enrolment)
  // the first step already brings the other one down to its size.
  if (x < y) {
    const t = x;
    x = y;
    y = t;
  }
  while (y !== 0n) {
    const r = x % y;
    x = y;
    y = r;
  }
  return x;
}

/**
 * Builds the rational `n / d` (the sign is moved to the numerator; not reduced).
 *
 * @category Numbers
 * @param n - numerator
 * @param d - denominator, not zero (default `1n`)
 * @returns `{ n, d }` with `d > 0`
 * @throws RangeError when `d` is zero
 * @example
 * ```ts
 * rational(3n, -4n); //=> { n: -3n, d: 4n }
 * ```
 */
export function rational(n: bigint, d = 1n): Rational {
  if (d === 0n) throw new RangeError('rational: zero denominator');
  return d < 0n ? { n: -n, d: -d } : { n, d };
}

/**
 * Reduces a rational to lowest terms.
 *
 * @category Numbers
 * @param r - a rational
 * @returns the same value with `gcd(n, d) = 1` (zero becomes `0 / 1`)
 * @example
 * ```ts
 * reduceRational({ n: 10n, d: 100n }); //=> { n: 1n, d: 10n }
 * ```
 */
export function reduceRational(r: Rational): Rational {
  if (r.n === 0n) return RATIONAL_ZERO;
  const g = gcdBigInt(r.n, r.d);
  return g === 1n ? r : { n: r.n / g, d: r.d / g };
}

const POW10_CACHE: bigint[] = [];

/**
 * `10 ** k` as a BigInt (small powers are cached).
 *
 * @category Numbers
 * @param k - a non-negative integer exponent
 * @returns ten to the power `k`
 * @example
 * ```ts
 * pow10(3); //=> 1000n
 * ```
 */
export function pow10(k: number): bigint {
  if (k < 64) {
    let p = POW10_CACHE[k];
    if (p === undefined) {
      p = 10n ** BigInt(k);
      POW10_CACHE[k] = p;
    }
    return p;
  }
  return 10n ** BigInt(k);
}

// Exponents beyond this are refused: 10^k with |k| above it would not fit in memory anyway.
const MAX_EXPONENT = 100_000;
const DECIMAL_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/**
 * Reads a finite decimal exactly: every finite decimal is an integer over a power of ten. A JS
 * number is read as the decimal it prints as (`0.1` is exactly one tenth), as the Decimal
 * constructor does.
 *
 * @category Numbers
 * @param value - a Decimal (any decimal.js constructor), a finite number, or a decimal string
 * @returns the exact value as a rational (not necessarily reduced)
 * @throws RangeError for NaN, ±Infinity, text that is not a decimal, or an exponent beyond ±100000
 * @example
 * ```ts
 * rationalFromDecimal(0.1); //=> { n: 1n, d: 10n }
 * rationalFromDecimal('-2.50'); //=> { n: -250n, d: 100n }
 * rationalFromDecimal(new Decimal('1e3')); //=> { n: 1000n, d: 1n }
 * ```
 */
export function rationalFromDecimal(value: Decimal | number | string): Rational {
  let text: string;
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return { n: BigInt(value), d: 1n };
    if (!Number.isFinite(value)) throw new RangeError(`rationalFromDecimal: not finite (${value})`);
    text = String(value);
  } else if (typeof value === 'string') {
    text = value;
  } else {
    if (!value.isFinite()) throw new RangeError('rationalFromDecimal: not finite');
    // Exponential form: its length follows the significant digits, not the magnitude.
    text = value.toExponential();
  }
  const match = DECIMAL_TEXT.exec(text);
  const intPart = match?.[2] ?? '';
  const fracPart = match?.[3] ?? '';
  if (match === null || intPart.length + fracPart.length === 0) {
    throw new RangeError(`rationalFromDecimal: not a decimal (${JSON.stringify(text)})`);
  }
  const exponent = Number(match[4] ?? '0') - fracPart.length;
  if (!(Math.abs(exponent) <= MAX_EXPONENT)) {
    throw new RangeError(`rationalFromDecimal: exponent out of range (${text})`);
  }
  let n = BigInt(intPart + fracPart);
  if (match[1] === '-') n = -n;
  if (n === 0n) return RATIONAL_ZERO;
  return exponent >= 0 ? { n: n * pow10(exponent), d: 1n } : { n, d: pow10(-exponent) };
}

/**
 * Adds two rationals exactly. The result's denominator is the least common multiple of the
 * operands' denominators (no full reduction, so a long sum stays cheap).
 *
 * @category Numbers
 * @param a - a rational
 * @param b - a rational
 * @returns `a + b`
 * @example
 * ```ts
 * addRational({ n: 1n, d: 6n }, { n: 1n, d: 4n }); //=> { n: 5n, d: 12n }
 * ```
 */
export function addRational(a: Rational, b: Rational): Rational {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  if (a.n === 0n) return b;
  if (b.n === 0n) return a;
  const g = gcdBigInt(a.d, b.d);
  if (g === 1n) return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
  const bd = b.d / g;
  return { n: a.n * bd + b.n * (a.d / g), d: a.d * bd };
}

/**
 * Negates a rational.
 *
 * @category Numbers
 * @param a - a rational
 * @returns `-a`
 * @example
 * ```ts
 * negateRational({ n: 1n, d: 3n }); //=> { n: -1n, d: 3n }
 * ```
 */
export function negateRational(a: Rational): Rational {
  return { n: -a.n, d: a.d };
}

/**
 * Subtracts two rationals exactly.
 *
 * @category Numbers
 * @param a - a rational
 * @param b - a rational
 * @returns `a − b`
 * @example
 * ```ts
 * subRational({ n: 1n, d: 2n }, { n: 1n, d: 3n }); //=> { n: 1n, d: 6n }
 * ```
 */
export function subRational(a: Rational, b: Rational): Rational {
  return addRational(a, negateRational(b));
}

/**
 * Multiplies two rationals exactly, cancelling common factors across the operands first (so
 * reduced operands give a reduced product).
 *
 * @category Numbers
 * @param a - a rational
 * @param b - a rational
 * @returns `a × b`
 * @example
 * ```ts
 * mulRational({ n: 2n, d: 3n }, { n: 9n, d: 4n }); //=> { n: 3n, d: 2n }
 * ```
 */
export function mulRational(a: Rational, b: Rational): Rational {
  if (a.n === 0n || b.n === 0n) return RATIONAL_ZERO;
  if (a.d === 1n && b.d === 1n) return { n: a.n * b.n, d: 1n };
  const g1 = gcdBigInt(a.n, b.d);
  const g2 = gcdBigInt(b.n, a.d);
  return { n: (a.n / g1) * (b.n / g2), d: (a.d / g2) * (b.d / g1) };
}

/**
 * Divides two rationals exactly.
 *
 * @category Numbers
 * @param a - the dividend
 * @param b - the divisor, not zero
 * @returns `a ÷ b`
 * @throws RangeError when `b` is zero
 * @example
 * ```ts
 * divRational({ n: 1n, d: 3n }, { n: 2n, d: 1n }); //=> { n: 1n, d: 6n }
 * ```
 */
export function divRational(a: Rational, b: Rational): Rational {
  if (b.n === 0n) throw new RangeError('divRational: division by zero');
  return mulRational(a, b.n < 0n ? { n: -b.d, d: -b.n } : { n: b.d, d: b.n });
}

/**
 * The sign of a rational.
 *
 * @category Numbers
 * @param a - a rational
 * @returns `-1`, `0` or `1`
 * @example
 * ```ts
 * signRational({ n: -1n, d: 3n }); //=> -1
 * ```
 */
export function signRational(a: Rational): -1 | 0 | 1 {
  return a.n < 0n ? -1 : a.n > 0n ? 1 : 0;
}

/**
 * Compares two rationals exactly (by cross-multiplication; no division).
 *
 * @category Numbers
 * @param a - a rational
 * @param b - a rational
 * @returns `-1` when `a < b`, `0` when equal, `1` when `a > b`
 * @example
 * ```ts
 * compareRational({ n: 1n, d: 3n }, { n: 2n, d: 6n }); //=> 0
 * ```
 */
export function compareRational(a: Rational, b: Rational): -1 | 0 | 1 {
  const left = a.d === b.d ? a.n : a.n * b.d;
  const right = a.d === b.d ? b.n : b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

function digitCount(x: bigint): number {
  return x.toString().length;
}

// A positive integer q with `digits` digits and the power of ten it is scaled by, as a Decimal.
function scaledToDecimal(negative: boolean, q: bigint, k: number): Decimal {
  return new Decimal(`${negative ? '-' : ''}${q.toString()}e${-k}`);
}

/**
 * Rounds a rational to a Decimal with the given number of significant digits, half away from
 * zero (ROUND_HALF_UP), correctly: the rounding is decided on the exact value, so there is no
 * double rounding. The digits are kept even beyond the 40 of dudao's Decimal.
 *
 * @category Numbers
 * @param r - a rational
 * @param significantDigits - how many significant digits to keep (a positive integer)
 * @returns the rounded value as a Decimal of dudao's constructor
 * @example
 * ```ts
 * rationalToDecimal({ n: 2n, d: 3n }, 5).toString(); //=> '0.66667'
 * rationalToDecimal({ n: 1913n, d: 302n }, 8).toString(); //=> '6.3344371'
 * ```
 */
export function rationalToDecimal(r: Rational, significantDigits: number): Decimal {
  if (!Number.isInteger(significantDigits) || significantDigits < 1) {
    throw new RangeError(`rationalToDecimal: significantDigits must be a positive integer`);
  }
  if (r.n === 0n) return new Decimal(0);
  const negative = r.n < 0n;
  const n = negative ? -r.n : r.n;
  const d = r.d;
  const low = pow10(significantDigits - 1);
  const high = low * 10n;
  // n/d lies in [10^(dn−dd−1), 10^(dn−dd+1)); choose k so that n/d · 10^k has `significantDigits`
  // digits before the point, correcting the estimate by one if needed.
  let k = significantDigits - (digitCount(n) - digitCount(d)) - 1;
  for (;;) {
    const num = k >= 0 ? n * pow10(k) : n;
    const den = k >= 0 ? d : d * pow10(-k);
    let q = num / den;
    if (q < low) {
      k += 1;
      continue;
    }
    if (q >= high) {
      k -= 1;
      continue;
    }
    const rem = num - q * den;
    if (2n * rem >= den) q += 1n;
    if (q === high) return scaledToDecimal(negative, low, k - 1);
    return scaledToDecimal(negative, q, k);
  }
}

/**
 * Integer square root: the largest integer whose square is at most `m`.
 *
 * @category Numbers
 * @param m - a non-negative integer
 * @returns `floor(√m)`
 * @example
 * ```ts
 * isqrtBigInt(99n); //=> 9n
 * ```
 */
export function isqrtBigInt(m: bigint): bigint {
  if (m < 0n) throw new RangeError('isqrtBigInt: negative');
  if (m < 2n) return m;
  // Newton's iteration from an upper bound decreases monotonically to floor(√m).
  let x = 1n << BigInt(Math.ceil(m.toString(16).length * 2));
  for (;;) {
    const y = (x + m / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/**
 * The square root of a non-negative rational, rounded half up to the given number of
 * significant digits, correctly (decided on the exact value).
 *
 * @category Numbers
 * @param r - a non-negative rational
 * @param significantDigits - how many significant digits to keep (a positive integer)
 * @returns `√r` rounded, as a Decimal of dudao's constructor
 * @throws RangeError when `r` is negative
 * @example
 * ```ts
 * rationalSqrtToDecimal({ n: 1n, d: 4n }, 10).toString(); //=> '0.5'
 * rationalSqrtToDecimal({ n: 2n, d: 1n }, 6).toString(); //=> '1.41421'
 * ```
 */
export function rationalSqrtToDecimal(r: Rational, significantDigits: number): Decimal {
  if (!Number.isInteger(significantDigits) || significantDigits < 1) {
    throw new RangeError(`rationalSqrtToDecimal: significantDigits must be a positive integer`);
  }
  if (r.n < 0n) throw new RangeError('rationalSqrtToDecimal: negative');
  if (r.n === 0n) return new Decimal(0);
  const { n, d } = r;
  const low = pow10(significantDigits - 1);
  const high = low * 10n;
  // √(n/d) · 10^k has `significantDigits` digits before the point; √(n/d) ≈ 10^((dn−dd)/2).
  let k = significantDigits - 1 - Math.floor((digitCount(n) - digitCount(d)) / 2);
  for (;;) {
    // N = n·10^(2k)/d = num/den exactly.
    const num = k >= 0 ? n * pow10(2 * k) : n;
    const den = k >= 0 ? d : d * pow10(-2 * k);
    let s = isqrtBigInt(num / den);
    if (s < low) {
      k += 1;
      continue;
    }
    if (s >= high) {
      k -= 1;
      continue;
    }
    // Round up when √N ≥ s + ½, i.e. 4·num ≥ den·(2s + 1)².
    const twoS1 = 2n * s + 1n;
    if (4n * num >= den * twoS1 * twoS1) s += 1n;
    if (s === high) return scaledToDecimal(false, low, k - 1);
    return scaledToDecimal(false, s, k);
  }
}

/**
 * An approximate float value of a rational (within a few units in the last place), for
 * floating-point fast paths that carry their own error bound.
 *
 * @category Numbers
 * @param r - a rational
 * @returns the nearest-ish double (±Infinity or 0 outside the double range)
 * @example
 * ```ts
 * rationalToNumber({ n: 1n, d: 4n }); //=> 0.25
 * ```
 */
export function rationalToNumber(r: Rational): number {
  return rationalToDecimal(r, 20).toNumber();
}

/**
 * The text form `"n/d"` (or `"n"` when the denominator is one) of a rational in lowest terms,
 * for JSON.
 *
 * @category Numbers
 * @param r - a rational
 * @returns its canonical text
 * @example
 * ```ts
 * rationalToString({ n: 10n, d: 4n }); //=> '5/2'
 * ```
 */
export function rationalToString(r: Rational): string {
  const { n, d } = reduceRational(r);
  return d === 1n ? n.toString() : `${n.toString()}/${d.toString()}`;
}

const RATIONAL_TEXT = /^(-?\d{1,100000})(?:\/(\d{1,100000}))?$/;

/**
 * Parses the text form written by {@link rationalToString}.
 *
 * @category Numbers
 * @param text - `"n/d"` or `"n"`, with `d > 0`
 * @returns the rational, or `undefined` when the text is not of that form
 * @example
 * ```ts
 * rationalFromString('5/2'); //=> { n: 5n, d: 2n }
 * rationalFromString('5/0'); //=> undefined
 * ```
 */
export function rationalFromString(text: string): Rational | undefined {
  const match = RATIONAL_TEXT.exec(text);
  if (match === null) return undefined;
  const n = BigInt(match[1] ?? '0');
  const d = match[2] === undefined ? 1n : BigInt(match[2]);
  if (d === 0n) return undefined;
  return { n, d };
}

/**
 * The exact product of two decimals, however many digits it has (decimal.js rounds a product to
 * the constructor's 40 significant digits; this does not). For the exact fractions behind
 * decisions, such as a section's share of whole-school stock (total × weighted pupils).
 *
 * @category Numbers
 * @param a - a finite decimal
 * @param b - a finite decimal
 * @returns `a × b` exactly, as a Decimal of dudao's constructor
 * @example
 * ```ts
 * exactTimes(new Decimal('12345678901234567890123456789012.345'), new Decimal('1234567.89')).toFixed();
 * //=> '15241578751714678875171467887517145950.60205'
 * ```
 */
export function exactTimes(a: Decimal, b: Decimal): Decimal {
  // A product of p and q significant digits has at most p + q: within the constructor's
  // precision, decimal.js multiplies exactly.
  if (a.sd() + b.sd() <= DECIMAL_PRECISION) return a.times(b);
  const x = rationalFromDecimal(a);
  const y = rationalFromDecimal(b);
  // Both denominators are powers of ten, so is their product: n / 10^k.
  const n = x.n * y.n;
  if (n === 0n) return new Decimal(0);
  const k = (x.d * y.d).toString().length - 1;
  return new Decimal(`${n.toString()}e-${k}`);
}
