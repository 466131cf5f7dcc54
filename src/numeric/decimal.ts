/**
 * Exact decimal arithmetic for dudao: a private Decimal constructor (the user's global `Decimal`
 * configuration is never read or changed), strict conversion of inputs, and the JSON form of
 * results (decimal strings, so a round trip through JSON loses nothing).
 * @module
 */
// The named export, not the default one: decimal.js ships one `decimal.d.ts` for both `import`
// and `require`, and TypeScript reads it as CommonJS (the package is not `"type": "module"`).
// Under node16/nodenext an ES module's default import of it is the whole `module.exports`, so a
// default import would break our ESM declarations there; `{ Decimal }` is the class in every
// resolution, and at run time too (decimal.mjs exports it, decimal.js sets `Decimal.Decimal`).
import { Decimal as DecimalJs } from 'decimal.js';
import { dudaoError, type FieldPath } from '../error.js';
import { expectWholeNumber, optionsOf, pathOf, wrongKind } from '../guard.js';

/**
 * dudao's own Decimal constructor: a clone of decimal.js with 40 significant digits, rounding half
 * up, and plain (never exponential) string output. Use it to build values you pass to dudao or to
 * read results; the global `Decimal` is left exactly as you configured it.
 *
 * @category Numbers
 * @example
 * ```ts
 * new Decimal(21).div(500).times(100).toString(); //=> '4.2'
 * ```
 */
export const Decimal: typeof DecimalJs = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

/**
 * A decimal value: an instance of decimal.js. Any decimal.js instance is accepted as input,
 * including ones from the user's own (global) constructor.
 *
 * @category Numbers
 * @example
 * ```ts
 * const d: Decimal = new Decimal('3900.5');
 * ```
 */
export type Decimal = DecimalJs;

/**
 * Anything dudao accepts where a quantity is expected: a finite JSON number, a decimal string
 * such as `"3900.5"`, or a Decimal.
 *
 * @category Numbers
 * @example
 * ```ts
 * const values: DecimalInput[] = [812, '3900.5', new Decimal('0.85')];
 * ```
 */
export type DecimalInput = number | string | DecimalJs;

/**
 * What {@link toDecimal} checks besides being a finite number.
 *
 * @category Numbers
 * @example
 * ```ts
 * const countRules: ToDecimalOptions = { path: ['pupils'], nonNegative: true, integer: true };
 * ```
 */
export interface ToDecimalOptions {
  /** Where the value sits in the input, for the error message. Default: the root. */
  readonly path?: FieldPath;
  /** Reject values below zero (code `negative`). Default `false`. */
  readonly nonNegative?: boolean;
  /** Reject values with a fractional part (code `not-integer`). Default `false`. */
  readonly integer?: boolean;
}

// A plain decimal literal, optionally with an exponent. Rejects '', ' 1', '0x10', 'Infinity', 'NaN'.
/** A decimal string as {@link toDecimal} accepts it. @internal */
export const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Converts an input quantity to a Decimal, or throws a {@link DudaoError} naming the path and the
 * rule: `not-a-number` (NaN, an empty or non-numeric string, another type), `not-finite`
 * (±Infinity), `negative` and `not-integer` (when asked for).
 *
 * A JSON number is read as the decimal it prints as (`0.1` is exactly one tenth).
 *
 * @category Numbers
 * @param input - a number, decimal string or Decimal
 * @param options - the path for errors, and whether negatives or fractions are rejected
 * @returns the value as a Decimal of dudao's private constructor
 * @throws {@link DudaoError} when the input is not an acceptable number
 * @example
 * ```ts
 * toDecimal('3900.5').toString(); //=> '3900.5'
 * toDecimal(-1, { path: ['pupils'], nonNegative: true });
 * //=> throws DudaoError { code: 'negative', path: ['pupils'] }
 * ```
 */
export function toDecimal(input: unknown, options: ToDecimalOptions = {}): Decimal {
  // Called for every quantity: only what a wrong options argument would break is checked here.
  if (typeof options !== 'object' || options === null) optionsOf(options);
  // The path is only read for an error, and checked then (toDecimal runs for every quantity).
  const at = (): FieldPath => (options.path === undefined ? [] : pathOf(options.path));
  let value: Decimal;
  if (typeof input === 'number') {
    if (Number.isNaN(input)) {
      throw dudaoError('not-a-number', at(), 'must be a number (got NaN)', '必须是数字（实际为 NaN）');
    }
    if (!Number.isFinite(input)) {
      throw dudaoError(
        'not-finite',
        at(),
        `must be a finite number (got ${input})`,
        `必须是有限数值（实际为 ${input}）`,
      );
    }
    value = new Decimal(Object.is(input, -0) ? 0 : input);
  } else if (typeof input === 'string') {
    if (!DECIMAL_STRING.test(input)) {
      const shown = shownInput(input);
      if (/^[+-]?Infinity$/.test(input)) {
        throw dudaoError(
          'not-finite',
          at(),
          `must be a finite number (got ${shown})`,
          `必须是有限数值（实际为 ${shown}）`,
        );
      }
      throw dudaoError(
        'not-a-number',
        at(),
        `must be a decimal number (got ${shown})`,
        `必须是十进制数字（实际为 ${shown}）`,
      );
    }
    value = new Decimal(input);
  } else if (DecimalJs.isDecimal(input)) {
    if (input.isNaN()) {
      throw dudaoError('not-a-number', at(), 'must be a number (got NaN)', '必须是数字（实际为 NaN）');
    }
    if (!input.isFinite()) {
      throw dudaoError(
        'not-finite',
        at(),
        `must be a finite number (got ${shownInput(input)})`,
        `必须是有限数值（实际为 ${shownInput(input)}）`,
      );
    }
    // dudao's own Decimals are immutable and carry its configuration: used as they are. Any
    // other constructor's (an app's own decimal.js settings travel with its instances, and
    // arithmetic follows them) are copied into dudao's.
    value = input.constructor === Decimal ? input : new Decimal(input);
  } else {
    const kind = input === null ? 'null' : Array.isArray(input) ? 'array' : typeof input;
    throw dudaoError(
      'not-a-number',
      at(),
      `must be a number or a decimal string (got ${kind})`,
      `必须是数字或十进制数字字符串（实际为 ${kind}）`,
    );
  }
  if (value.isZero()) value = new Decimal(0);
  if (options.nonNegative === true && value.isNegative()) {
    throw dudaoError(
      'negative',
      at(),
      `must not be negative (got ${shownInput(input)})`,
      `不能为负数（实际为 ${shownInput(input)}）`,
    );
  }
  if (options.integer === true && !value.isInteger()) {
    throw dudaoError(
      'not-integer',
      at(),
      `must be a whole number (got ${shownInput(input)})`,
      `必须是整数（实际为 ${shownInput(input)}）`,
    );
  }
  return value;
}

// The input as given, shortened to about 40 characters: a message never expands 1e999999999
// into its digits, and never shows a number other than the input.
function shownInput(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (!DecimalJs.isDecimal(input)) return String(input);
  if (!input.isFinite()) return input.toString();
  const text = Math.abs(input.e) < 40 && input.sd() <= 40 ? input.toFixed() : input.toExponential();
  if (text.length <= 40) return text;
  const exponent = text.indexOf('e');
  return exponent < 0 ? `${text.slice(0, 40)}…` : `${text.slice(0, 30)}…${text.slice(exponent)}`;
}

/**
 * The most decimals a display rounding shows: beyond any figure a number can hold (the smallest
 * is 5e-324), and short enough that rounding never builds a long string.
 * @internal
 */
export const MAX_PLACES = 1000;

/**
 * Throws a DudaoError unless `value` is a finite Decimal (`invalid-type`, or `not-a-number` /
 * `not-finite` for a Decimal NaN or ±Infinity).
 * @internal
 */
export function expectFiniteDecimal(value: unknown, path: FieldPath): asserts value is Decimal {
  if (!DecimalJs.isDecimal(value)) wrongKind(value, path, { en: 'a Decimal', zh: 'Decimal 数值' });
  toDecimal(value, { path });
}

/**
 * Tells whether a value is a Decimal (from dudao's constructor or any other decimal.js
 * constructor).
 *
 * @category Numbers
 * @param value - anything
 * @returns `true` for a decimal.js instance
 * @example
 * ```ts
 * isDecimal(new Decimal(1)); //=> true
 * isDecimal('1'); //=> false
 * ```
 */
export function isDecimal(value: unknown): value is Decimal {
  return DecimalJs.isDecimal(value);
}

/**
 * The JSON form of a decimal result: a plain decimal string with every digit dudao computed
 * (never exponential notation, never a float).
 *
 * @category Numbers
 * @param value - a Decimal
 * @returns its plain decimal string
 * @example
 * ```ts
 * decimalToJSON(new Decimal(1).div(8)); //=> '0.125'
 * decimalToJSON(new Decimal('1e-7')); //=> '0.0000001'
 * ```
 */
export function decimalToJSON(value: Decimal): string {
  expectFiniteDecimal(value, ['value']);
  return value.isZero() ? '0' : value.toFixed();
}

/**
 * Rounds a decimal for display, half up, to a fixed number of decimal places. Reports use it;
 * threshold decisions never do (unless an indicator set asks for `compareRounded`).
 *
 * @category Numbers
 * @param value - the exact value
 * @param places - decimal places to keep
 * @returns the rounded value as a string with exactly `places` decimals
 * @example
 * ```ts
 * roundForDisplay(new Decimal('0.51525'), 3); //=> '0.515'
 * roundForDisplay(new Decimal('4.2'), 2); //=> '4.20'
 * ```
 */
export function roundForDisplay(value: Decimal, places: number): string {
  expectFiniteDecimal(value, ['value']);
  expectWholeNumber(places, 0, MAX_PLACES, ['places']);
  return new Decimal(value).toFixed(places, DecimalJs.ROUND_HALF_UP);
}
