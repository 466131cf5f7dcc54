/**
 * Field schemas shared by every dudao document: counts, areas, money, dates, ids, the schema
 * version, the county, county-level facts, vetoes and the satisfaction survey.
 *
 * Quantities are checked, not converted: a valid count or area keeps the form it was given in
 * (`812`, `"812"` or a Decimal), typed {@link Quantity}, and becomes a Decimal only where a
 * computation needs it. Checking 200,000 school sections then costs a `typeof` and a
 * `Number.isInteger` per field instead of a Decimal allocation.
 * @module
 */
import * as z from 'zod/mini';
import { type Decimal, isDecimal, toDecimal } from '../numeric/decimal.js';
import { addDudaoIssue, type BilingualProblem, valueSchema } from './parse.js';
import { recordOf, refineWith } from './refine.js';

/**
 * A validated measured quantity (数量) in the form it was given: a JSON number, a decimal string
 * such as `"3900.5"`, or a Decimal. Pass it to `toDecimal` when exact arithmetic is needed.
 *
 * @category Schemas
 * @example
 * ```ts
 * const pupils: Quantity = 812;
 * const area: Quantity = '3900.5';
 * toDecimal(area).plus(pupils).toString(); //=> '4712.5'
 * ```
 */
export type Quantity = number | string | Decimal;

/**
 * The range of every quantity (数值范围) the [data contract](../../docs/data-contract.md#conventions)
 * accepts, enforced by the schemas. Each
 * limit is far above anything a real county reports, so that no valid input is refused, and low
 * enough that nothing accepted can make an assessment loop, allocate without bound or lose
 * exactness (a value has at most 13 integer and 20 decimal digits, 33 significant digits in all,
 * within the 40 digits dudao computes with).
 *
 * - `count` (计数: pupils, teachers, classes, rooms, books, children, population aged 3 to 5,
 *   survey respondents): a safe integer of at most 100,000,000. China's whole compulsory-education
 *   enrolment is about 160 million and its preschool enrolment about 41 million (MoE statistical
 *   bulletins, 2022–2023); the most populous counties have 2 to 3 million residents and a few
 *   hundred thousand pupils; the National Library holds about 40 million volumes.
 * - `area` (面积, m²): at most 1,000,000,000 m² (1,000 km²) with at most 20 decimal places. The
 *   largest school campuses are about 1 km² (10⁶ m²).
 * - `money` (金额, yuan): at most 10¹³ yuan (10 trillion) with at most 20 decimal places. China's
 *   total education spending is about 6.5 × 10¹² yuan a year (2023); a county's education budget
 *   is at most 10¹⁰ to 10¹¹ yuan.
 * - `value` (county-level ratios and values in `countyFacts`): as money, at most 10¹³, at most
 *   20 decimal places.
 * - `decimalPlaces`: 20, counted on the value (`"1.500"` has 1); `"1e-21"` and `5e-324` are refused.
 * - `stringLength`: a decimal string has at most 40 characters. Exponent notation is accepted when
 *   the value stays within these limits (`"1e8"` pupils, `"3.9005e3"` m²); `"1e999999999"`,
 *   `"1e-999999999"`, `"1e10001"`, `1e42` and `1e308` are refused.
 *
 * Codes: `too-big` (above the limit), `too-precise` (more decimal places), `too-long` (a longer
 * string); messages quote at most the first 40 characters of the value as given.
 *
 * @category Schemas
 * @example
 * ```ts
 * QUANTITY_LIMITS.count; //=> 100000000
 * safeParseWithSchema(countSchema, 1e42).success; //=> false (code 'too-big')
 * ```
 */
export const QUANTITY_LIMITS = {
  /** Largest count (pupils, teachers, rooms, books, children). */
  count: 100_000_000,
  /** Largest area, m². */
  area: 1_000_000_000,
  /** Largest amount of money, yuan. */
  money: 10_000_000_000_000,
  /** Largest county-level value, numerator or denominator. */
  value: 10_000_000_000_000,
  /** Most decimal places of any quantity. */
  decimalPlaces: 20,
  /** Most characters of a decimal string. */
  stringLength: 40,
} as const;

/**
 * Length limits of texts (文本长度上限), generous so that no real document is refused and small
 * enough that nothing allocates without bound or is echoed at length in a message: ids and keys
 * (学校编号, 指标编号, 问题编号, county codes) at most 200 characters, names (学校名称, 单位, 类别)
 * at most 500, free text (问题描述, 整改措施, 说明) at most 10,000. zod reports a longer text
 * with code `too-big`, without quoting it.
 *
 * @category Schemas
 * @example
 * ```ts
 * TEXT_LIMITS.id; //=> 200
 * ```
 */
export const TEXT_LIMITS = {
  /** Ids and keys. */
  id: 200,
  /** Names, units, categories. */
  name: 500,
  /** Free text: descriptions, measures, notes. */
  text: 10_000,
} as const;

// A plain decimal literal, optionally with an exponent (the same grammar as toDecimal accepts).
const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// The common cases, accepted without building a Decimal.
const PLAIN_COUNT = /^\+?\d+$/;
const PLAIN_NON_NEGATIVE = /^\+?(?:\d+\.?\d*|\.\d+)$/;
const INFINITY_STRING = /^[+-]?Infinity$/;
// Where an exponent is this long, the value is refused without building a Decimal (decimal.js
// would turn 1e±(10¹⁶) into Infinity or 0).
const EXPONENT = /^([+-]?)(\d*)\.?(\d*)[eE]([+-]?)(\d+)$/;
// A JSON number of at least this size has at most 19 decimal places (17 significant digits).
const FEW_DECIMALS = 0.001;

type Verdict =
  | 'ok'
  | 'required'
  | 'invalid-type'
  | 'not-a-number'
  | 'not-finite'
  | 'negative'
  | 'not-integer'
  | 'too-big'
  | 'too-precise'
  | 'too-long';

// The limits of one kind of quantity. `max` is at most 10¹³, so every integer up to it is a safe
// integer; `decimalPlaces` is at least 20, so a JSON number of at least FEW_DECIMALS is within it.
interface Limits {
  readonly integer: boolean;
  readonly max: number;
  readonly decimalPlaces: number;
  readonly stringLength: number;
}

const { decimalPlaces, stringLength } = QUANTITY_LIMITS;
const COUNT: Limits = { integer: true, max: QUANTITY_LIMITS.count, decimalPlaces, stringLength };
const AREA: Limits = { integer: false, max: QUANTITY_LIMITS.area, decimalPlaces, stringLength };
const MONEY: Limits = { integer: false, max: QUANTITY_LIMITS.money, decimalPlaces, stringLength };
const VALUE: Limits = { integer: false, max: QUANTITY_LIMITS.value, decimalPlaces, stringLength };
// A share dudao computed (整改率 = 33 ÷ 40) carries 40 significant digits, so its decimal string is
// longer than a measured quantity's: 1 ÷ 3 is "0." and 40 threes. Still bounded.
const SHARE: Limits = { integer: false, max: 1, decimalPlaces: 60, stringLength: 64 };

// The rules of a quantity, in the order problems are reported: type, finiteness, sign, integer,
// magnitude, decimal places.
function verdictOf(input: unknown, limits: Limits): Verdict {
  if (typeof input === 'number') {
    if (
      input >= 0 &&
      input <= limits.max &&
      (limits.integer ? Number.isInteger(input) : input === 0 || input >= FEW_DECIMALS)
    )
      return 'ok';
    return numberVerdict(input, limits);
  }
  if (typeof input === 'string') return stringVerdict(input, limits);
  if (isDecimal(input)) return decimalVerdict(input, limits);
  return input === undefined ? 'required' : 'invalid-type';
}

function numberVerdict(input: number, limits: Limits): Verdict {
  if (Number.isNaN(input)) return 'not-a-number';
  if (!Number.isFinite(input)) return 'not-finite';
  if (input < 0) return 'negative';
  if (limits.integer && !Number.isInteger(input)) return 'not-integer';
  if (input > limits.max) return 'too-big';
  // Read as the decimal it prints as (as toDecimal does): 1e-21 has 21 decimal places.
  return toDecimal(input).decimalPlaces() > limits.decimalPlaces ? 'too-precise' : 'ok';
}

function stringVerdict(input: string, limits: Limits): Verdict {
  const { integer, max } = limits;
  if (input.length > limits.stringLength) return 'too-long';
  // Number() of a digit string rounds monotonically and max + 1 is a safe integer, so comparing
  // it with max is exact; a short enough fraction after an integer part below max is in range.
  if (PLAIN_COUNT.test(input)) return Number(input) <= max ? 'ok' : 'too-big';
  if (!integer && PLAIN_NON_NEGATIVE.test(input)) {
    const dot = input.indexOf('.');
    if (input.length - dot - 1 <= limits.decimalPlaces && Number(input.slice(0, dot)) < max) return 'ok';
  }
  if (INFINITY_STRING.test(input)) return 'not-finite';
  if (!DECIMAL_STRING.test(input)) return 'not-a-number';
  const exponent = EXPONENT.exec(input);
  if (exponent !== null && (exponent[5] ?? '').replace(/^0+/, '').length > 6) {
    // |exponent| ≥ 10⁶: any non-zero mantissa is far outside every limit.
    if (!/[1-9]/.test(`${exponent[2]}${exponent[3]}`)) return 'ok';
    if (exponent[1] === '-') return 'negative';
    if (exponent[4] === '-') return integer ? 'not-integer' : 'too-precise';
    return 'too-big';
  }
  return decimalVerdict(toDecimal(input), limits);
}

function decimalVerdict(input: Decimal, limits: Limits): Verdict {
  if (input.isNaN()) return 'not-a-number';
  if (!input.isFinite()) return 'not-finite';
  if (input.isNegative() && !input.isZero()) return 'negative';
  if (limits.integer && !input.isInteger()) return 'not-integer';
  if (input.gt(limits.max)) return 'too-big';
  return input.decimalPlaces() > limits.decimalPlaces ? 'too-precise' : 'ok';
}

/**
 * Tells whether a value is a valid count (计数): a non-negative integer of at most
 * `QUANTITY_LIMITS.count` (100,000,000) given as a JSON number, a decimal string (`"812"`) or a
 * Decimal.
 *
 * @category Schemas
 * @param value - anything
 * @returns `true` when {@link countSchema} accepts the value
 * @example
 * ```ts
 * isCount('812'); //=> true
 * isCount(812.5); //=> false
 * isCount(-3); //=> false
 * isCount(1e42); //=> false (above 100,000,000)
 * ```
 */
export function isCount(value: unknown): value is Quantity {
  return verdictOf(value, COUNT) === 'ok';
}

/**
 * Tells whether a value is a valid non-negative decimal (非负数) within dudao's widest limit: a
 * finite JSON number, a decimal string (`"3900.5"`) or a Decimal, between 0 and
 * `QUANTITY_LIMITS.value` (10¹³), with at most 20 decimal places. Areas have a lower limit
 * (see {@link areaSchema}).
 *
 * @category Schemas
 * @param value - anything
 * @returns `true` when {@link moneySchema} accepts the value
 * @example
 * ```ts
 * isNonNegativeDecimal('3900.5'); //=> true
 * isNonNegativeDecimal(-0.5); //=> false
 * isNonNegativeDecimal(Number.NaN); //=> false
 * isNonNegativeDecimal('1e999999999'); //=> false
 * ```
 */
export function isNonNegativeDecimal(value: unknown): value is Quantity {
  return verdictOf(value, VALUE) === 'ok';
}

function isArea(value: unknown): value is Quantity {
  return verdictOf(value, AREA) === 'ok';
}

function isMoney(value: unknown): value is Quantity {
  return verdictOf(value, MONEY) === 'ok';
}

/**
 * Tells whether a value is a valid share (比例, such as a rectification rate 整改率): a number, a
 * decimal string or a Decimal from 0 to 1, with at most 60 decimal places and, as a string, at most
 * 64 characters, so that a share dudao computed (40 significant digits) is accepted as it is.
 *
 * @category Schemas
 * @param value - anything
 * @returns `true` for a share from 0 to 1 within those limits
 * @example
 * ```ts
 * isShare('0.825'); //=> true
 * isShare(new Decimal(1).div(3)); //=> true
 * isShare(1.2); //=> false
 * ```
 */
export function isShare(value: unknown): value is Quantity {
  return verdictOf(value, SHARE) === 'ok';
}

/**
 * Compares two valid quantities (数量比较) exactly: `-1` when `a < b`, `0` when equal, `1` when `a > b`.
 * Two JSON numbers are compared directly; anything else through dudao's Decimal.
 *
 * @category Schemas
 * @param a - a quantity accepted by one of the quantity schemas
 * @param b - another one
 * @returns the sign of `a − b`
 * @example
 * ```ts
 * compareQuantities('30', 29); //=> 1
 * compareQuantities(0, '0.0'); //=> 0
 * ```
 */
export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  const x = exactNumber(a);
  const y = exactNumber(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  const sign = toDecimal(a).cmp(toDecimal(b));
  return sign < 0 ? -1 : sign > 0 ? 1 : 0;
}

// The value as a JSON number when that is exact: numbers, and short digit strings such as "812"
// (at most 15 digits, below 2^53). Anything else is compared as a Decimal.
function exactNumber(value: Quantity): number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.length <= 15 && PLAIN_COUNT.test(value)) return Number(value);
  return undefined;
}

// A rejected value as given, shortened to its first 40 characters: a message never shows a
// different number from the input, and never an expanded one.
function shown(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (isDecimal(input)) return shownDecimal(input);
  return String(input);
}

function shownDecimal(input: Decimal): string {
  if (!input.isFinite()) return input.toString();
  const text = Math.abs(input.e) < 40 && input.sd() <= 40 ? input.toFixed() : input.toExponential();
  if (text.length <= 40) return text;
  const exponent = text.indexOf('e');
  return exponent < 0 ? `${text.slice(0, 40)}…` : `${text.slice(0, 30)}…${text.slice(exponent)}`;
}

function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

// Explains why a value is not a valid quantity. Runs only for rejected values.
function describeQuantity(input: unknown, limits: Limits): BilingualProblem {
  const { integer, max } = limits;
  const verdict = verdictOf(input, limits);
  switch (verdict) {
    case 'required':
      return { code: 'required', message: 'is required but missing', messageZh: '缺少必填项' };
    case 'invalid-type':
      return {
        code: 'invalid-type',
        message: `must be a number or a decimal string (got ${kindOf(input)})`,
        messageZh: `必须是数字或十进制数字字符串（实际为 ${kindOf(input)}）`,
      };
    case 'not-a-number':
      return typeof input === 'string'
        ? {
            code: 'not-a-number',
            message: `must be a number or a decimal string such as "3900.5" (got ${shown(input)})`,
            messageZh: `必须是数字或十进制数字字符串，如 "3900.5"（实际为 ${shown(input)}）`,
          }
        : {
            code: 'not-a-number',
            message: 'must be a number (got NaN)',
            messageZh: '必须是数字（实际为 NaN）',
          };
    case 'not-finite':
      return {
        code: 'not-finite',
        message: `must be a finite number (got ${shown(input)})`,
        messageZh: `必须是有限数值（实际为 ${shown(input)}）`,
      };
    case 'negative':
      return {
        code: 'negative',
        message: `must not be negative (got ${shown(input)})`,
        messageZh: `不能为负数（实际为 ${shown(input)}）`,
      };
    case 'not-integer':
      return {
        code: 'not-integer',
        message: `must be a whole number (got ${shown(input)})`,
        messageZh: `必须是整数（实际为 ${shown(input)}）`,
      };
    case 'too-big':
      return {
        code: 'too-big',
        message: `must be at most ${max} (got ${shown(input)})`,
        messageZh: `不能大于 ${max}（实际为 ${shown(input)}）`,
      };
    case 'too-precise':
      return {
        code: 'too-precise',
        message: `must have at most ${limits.decimalPlaces} decimal places (got ${shown(input)})`,
        messageZh: `小数位数不能超过 ${limits.decimalPlaces} 位（实际为 ${shown(input)}）`,
      };
    case 'too-long':
      return {
        code: 'too-long',
        message: `must be a decimal string of at most ${limits.stringLength} characters (got ${shown(input)})`,
        messageZh: `十进制数字字符串不能超过 ${limits.stringLength} 个字符（实际为 ${shown(input)}）`,
      };
    default:
      return integer
        ? { code: 'invalid', message: 'must be a non-negative whole number', messageZh: '必须是非负整数' }
        : { code: 'invalid', message: 'must be a non-negative number', messageZh: '必须是非负数' };
  }
}

const describeCount = (input: unknown): BilingualProblem => describeQuantity(input, COUNT);
const describeArea = (input: unknown): BilingualProblem => describeQuantity(input, AREA);
const describeMoney = (input: unknown): BilingualProblem => describeQuantity(input, MONEY);
const describeValue = (input: unknown): BilingualProblem => describeQuantity(input, VALUE);

/**
 * Explains why a value is not a valid share (see {@link isShare}), with the codes of the quantity
 * schemas (`too-big` above 1, `negative`, `too-precise`, …).
 *
 * @category Schemas
 * @param input - a value {@link isShare} refused
 * @returns the problem, in English and Chinese
 * @example
 * ```ts
 * describeShare(1.2).code; //=> 'too-big'
 * ```
 */
export function describeShare(input: unknown): BilingualProblem {
  return describeQuantity(input, SHARE);
}

/**
 * A count (计数, e.g. 在校生数, 班数, 专任教师数): a non-negative integer of at most 100,000,000
 * ({@link QUANTITY_LIMITS}), given as a JSON number, an integer decimal string such as `"812"`
 * (at most 40 characters), or a Decimal. The parsed value keeps the given form.
 * Rejections: `not-integer` (`812.5`, `"812.5"`), `negative`, `not-finite` (Infinity),
 * `not-a-number` (NaN, `"abc"`, `""`), `invalid-type` (booleans, objects, null), `too-big`
 * (`1e42`, `"1e999999999"`), `too-long`.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(countSchema, 812); //=> 812
 * parseWithSchema(countSchema, '812'); //=> '812'
 * safeParseWithSchema(countSchema, '812.5').success; //=> false (code 'not-integer')
 * ```
 */
export const countSchema: z.ZodMiniCustom<Quantity, Quantity> = /* @__PURE__ */ valueSchema(
  isCount,
  describeCount,
);

/**
 * An area in square metres (面积, 平方米): a non-negative decimal of at most 10⁹ m² with at most
 * 20 decimal places ({@link QUANTITY_LIMITS}), given as a JSON number, a decimal string such as
 * `"3900.5"` (at most 40 characters), or a Decimal. The parsed value keeps the given form.
 * Rejections: `negative`, `not-finite`, `not-a-number`, `invalid-type`, `too-big`, `too-precise`
 * (`"1e-999999999"`), `too-long`.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(areaSchema, '3900.5'); //=> '3900.5'
 * safeParseWithSchema(areaSchema, -1).success; //=> false (code 'negative')
 * ```
 */
export const areaSchema: z.ZodMiniCustom<Quantity, Quantity> = /* @__PURE__ */ valueSchema(
  isArea,
  describeArea,
);

/**
 * An amount of money in yuan (金额, 元): a non-negative decimal of at most 10¹³ yuan with at most
 * 20 decimal places ({@link QUANTITY_LIMITS}), given as a JSON number, a decimal string such as
 * `"1800000.50"` (at most 40 characters), or a Decimal. The parsed value keeps the given form.
 * Rejections: `negative`, `not-finite`, `not-a-number`, `invalid-type`, `too-big`, `too-precise`,
 * `too-long`.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(moneySchema, 1800000); //=> 1800000
 * safeParseWithSchema(moneySchema, 'Infinity').success; //=> false (code 'not-finite')
 * ```
 */
export const moneySchema: z.ZodMiniCustom<Quantity, Quantity> = /* @__PURE__ */ valueSchema(
  isMoney,
  describeMoney,
);

// A non-negative decimal that is neither an area nor money (county-level ratios and values).
const nonNegativeDecimalSchema = /* @__PURE__ */ valueSchema(isNonNegativeDecimal, describeValue);

const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Plain arithmetic on the three numbers, so the answer never depends on the process time zone.
function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DATE_SHAPE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= daysInMonth;
}

function describeDate(input: unknown): BilingualProblem {
  if (input === undefined)
    return { code: 'required', message: 'is required but missing', messageZh: '缺少必填项' };
  if (typeof input !== 'string') {
    return {
      code: 'invalid-type',
      message: `must be a date string YYYY-MM-DD (got ${kindOf(input)})`,
      messageZh: `必须是 YYYY-MM-DD 格式的日期字符串（实际为 ${kindOf(input)}）`,
    };
  }
  if (!DATE_SHAPE.test(input)) {
    return {
      code: 'invalid-date',
      message: `must be a date written YYYY-MM-DD (got ${shown(input)})`,
      messageZh: `日期必须写作 YYYY-MM-DD（实际为 ${shown(input)}）`,
    };
  }
  return {
    code: 'invalid-date',
    message: `is not a date of the calendar (got ${shown(input)})`,
    messageZh: `日历上不存在该日期（实际为 ${shown(input)}）`,
  };
}

/**
 * A calendar date (日期) written `YYYY-MM-DD` that really exists: `2021-02-30` and `2021-13-01`
 * are rejected (code `invalid-date`), `2024-02-29` is accepted. Checked by arithmetic, so the
 * result never depends on the time zone. The parsed value is the string itself.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(dateSchema, '2024-02-29'); //=> '2024-02-29'
 * safeParseWithSchema(dateSchema, '2021-02-30').success; //=> false (code 'invalid-date')
 * ```
 */
export const dateSchema: z.ZodMiniCustom<string, string> = /* @__PURE__ */ valueSchema(
  isCalendarDate,
  describeDate,
);

/**
 * An id (编号): a non-empty string of at most 200 characters ({@link TEXT_LIMITS}), unique within its list (a list checks uniqueness, see
 * {@link listWithUniqueIds}).
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(idSchema, 's01'); //=> 's01'
 * safeParseWithSchema(idSchema, '').success; //=> false (code 'too-small')
 * ```
 */
export const idSchema: z.ZodMiniString = /* @__PURE__ */ z
  .string()
  .check(z.minLength(1), z.maxLength(TEXT_LIMITS.id));

/**
 * A name (名称: a school, a county, a unit, a category): a non-empty string of at most 500
 * characters ({@link TEXT_LIMITS}).
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(nameSchema, '城关小学'); //=> '城关小学'
 * safeParseWithSchema(nameSchema, '校'.repeat(501)).success; //=> false (code 'too-big')
 * ```
 */
export const nameSchema: z.ZodMiniString = /* @__PURE__ */ z
  .string()
  .check(z.minLength(1), z.maxLength(TEXT_LIMITS.name));

/**
 * Free text (文字说明: a description, a measure, a note): a string of at most 10,000 characters
 * ({@link TEXT_LIMITS}). Add `.check(z.minLength(1))` (zod/mini) where it may not be empty.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(longTextSchema, '二年级两个班超过45人'); //=> '二年级两个班超过45人'
 * ```
 */
export const longTextSchema: z.ZodMiniString = /* @__PURE__ */ z
  .string()
  .check(z.maxLength(TEXT_LIMITS.text));

/**
 * The version of the data contract (数据格式版本) a document follows. Only `1` exists; any other
 * value, or none, is rejected with code `schema-version`.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(schemaVersionSchema, 1); //=> 1
 * safeParseWithSchema(schemaVersionSchema, 2).success; //=> false
 * ```
 */
export const schemaVersionSchema: z.ZodMiniLiteral<1> = /* @__PURE__ */ z.literal(1);

/**
 * A calendar year (年度) as a JSON integer between 1900 and 2100: the school year of a dataset,
 * or the year premises were planned.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(yearSchema, 2021); //=> 2021
 * safeParseWithSchema(yearSchema, 2021.5).success; //=> false (code 'not-integer')
 * ```
 */
export const yearSchema: z.ZodMiniInt = /* @__PURE__ */ z.int().check(z.gte(1900), z.lte(2100));

/**
 * The county (县, 县级行政区) a dataset describes: its administrative division code (行政区划代码),
 * name, and optionally its province (省) and city (市).
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(countySchema, { code: '610328', name: '示例县', province: '陕西省', city: '宝鸡市' });
 * ```
 */
export const countySchema = /* @__PURE__ */ z.strictObject({
  /** 行政区划代码 */
  code: idSchema,
  /** 县名 */
  name: nameSchema,
  /** 省 */
  province: z.optional(nameSchema),
  /** 市 */
  city: z.optional(nameSchema),
});

/**
 * The county a dataset describes (县).
 *
 * @category Schemas
 * @example
 * ```ts
 * const county: County = { code: '610328', name: '示例县' };
 * ```
 */
export interface County extends z.infer<typeof countySchema> {}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const countyRatioSchema = /* @__PURE__ */ refineWith(
  z.strictObject({
    /** 分子 */
    numerator: nonNegativeDecimalSchema,
    /** 分母, greater than 0 */
    denominator: nonNegativeDecimalSchema,
  }),
  (value: unknown, ctx) => {
    if (!isRecord(value) || !isNonNegativeDecimal(value.denominator)) return;
    if (compareQuantities(value.denominator, 0) === 0) {
      addDudaoIssue(ctx, ['denominator'], {
        code: 'not-positive',
        message: 'a ratio needs a denominator greater than 0 (got 0)',
        messageZh: '比值的分母必须大于 0（实际为 0）',
      });
    }
  },
);

/**
 * One county-level fact (县级指标事实), keyed by indicator id in `countyFacts`. It has one of three
 * shapes: a ratio `{ numerator, denominator }` (denominator > 0), a value `{ value }`, or a
 * judgement backed by evidence `{ met, note? }`. Numbers are non-negative decimals.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(countyFactSchema, { numerator: 61, denominator: 580 });
 * parseWithSchema(countyFactSchema, { value: 6000 });
 * parseWithSchema(countyFactSchema, { met: true, note: '规划已批复' });
 * ```
 */
export const countyFactSchema = /* @__PURE__ */ z.union([
  countyRatioSchema,
  z.strictObject({
    /** 数值 */
    value: nonNegativeDecimalSchema,
  }),
  z.strictObject({
    /** 是否达标 */
    met: z.boolean(),
    /** 佐证说明 */
    note: z.optional(longTextSchema),
  }),
]);

/**
 * A county-level fact (县级指标事实): a ratio, a value or a judgement.
 *
 * @category Schemas
 * @example
 * ```ts
 * const fact: CountyFact = { numerator: 61, denominator: 580 };
 * ```
 */
export type CountyFact = z.infer<typeof countyFactSchema>;

/**
 * County-level facts (县级指标事实) keyed by indicator id, e.g. `"teacher-exchange"`. Ids are not
 * checked against an indicator set here; the assessment reports facts it does not use.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(countyFactsSchema, {
 *   'teacher-exchange': { numerator: 61, denominator: 580 },
 *   'school-layout': { met: true },
 * });
 * ```
 */
export const countyFactsSchema = /* @__PURE__ */ recordOf(idSchema, countyFactSchema);

/**
 * Veto items (一票否决), keyed by id: `true` when the county committed the offence (e.g.
 * `"exam-admission"`, 考试招生), `false` when it did not.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(vetoesSchema, { 'exam-admission': false, 'key-schools-or-classes': false });
 * ```
 */
export const vetoesSchema = /* @__PURE__ */ recordOf(idSchema, z.boolean());

/**
 * The satisfaction survey (社会认可度调查): respondents (> 0) and how many of them were satisfied
 * (≤ respondents). Codes: `not-positive` at `respondents`, `satisfied-exceeds-respondents` at
 * `satisfied`.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(surveySchema, { respondents: 1200, satisfied: 1068 });
 * safeParseWithSchema(surveySchema, { respondents: 10, satisfied: 11 }).success; //=> false
 * ```
 */
export const surveySchema = /* @__PURE__ */ refineWith(
  z.strictObject({
    /** 调查对象人数 */
    respondents: countSchema,
    /** 满意人数 */
    satisfied: countSchema,
  }),
  (value: unknown, ctx) => {
    if (!isRecord(value) || !isCount(value.respondents)) return;
    const { respondents, satisfied } = value;
    if (compareQuantities(respondents, 0) === 0) {
      addDudaoIssue(ctx, ['respondents'], {
        code: 'not-positive',
        message: 'a survey needs at least one respondent (got 0)',
        messageZh: '调查对象人数必须大于 0（实际为 0）',
      });
    } else if (isCount(satisfied) && compareQuantities(satisfied, respondents) > 0) {
      addDudaoIssue(ctx, ['satisfied'], {
        code: 'satisfied-exceeds-respondents',
        message: `cannot exceed the number of respondents (${shown(satisfied)} > ${shown(respondents)})`,
        messageZh: `满意人数不能超过调查对象人数（${shown(satisfied)} > ${shown(respondents)}）`,
      });
    }
  },
);

/**
 * A satisfaction survey (社会认可度调查).
 *
 * @category Schemas
 * @example
 * ```ts
 * const survey: Survey = { respondents: 1200, satisfied: 1068 };
 * ```
 */
export interface Survey extends z.infer<typeof surveySchema> {}

/**
 * Wraps an item schema into a list schema whose items' `id` fields must be unique (编号不得重复).
 * Every repeat is reported with code `duplicate-id` at `[index, 'id']`, naming the first use.
 *
 * @category Schemas
 * @param item - the schema of one item (an object with an `id`)
 * @param noun - what the items are, in English and Chinese, for messages
 * @returns the list schema
 * @example
 * ```ts
 * const schools = listWithUniqueIds(z.object({ id: idSchema }), { en: 'school', zh: '学校' });
 * safeParseWithSchema(schools, [{ id: 's01' }, { id: 's01' }]).success; //=> false (path [1, 'id'])
 * ```
 */
export function listWithUniqueIds<T extends z.ZodMiniType>(
  item: T,
  noun: { readonly en: string; readonly zh: string },
): z.ZodMiniArray<T> {
  return refineWith(z.array(item), (items: unknown, ctx) => {
    if (!Array.isArray(items)) return;
    const firstIndex = new Map<string, number>();
    items.forEach((entry: unknown, index) => {
      if (!isRecord(entry) || typeof entry.id !== 'string') return;
      const first = firstIndex.get(entry.id);
      if (first === undefined) {
        firstIndex.set(entry.id, index);
        return;
      }
      const id = shown(entry.id);
      addDudaoIssue(ctx, [index, 'id'], {
        code: 'duplicate-id',
        message: `${noun.en} id ${id} is used more than once (first at index ${first})`,
        messageZh: `${noun.zh}编号 ${id} 重复（首次出现在第 ${first} 项）`,
      });
    });
  });
}

/**
 * The unit a money amount is given in (金额单位): `元` (yuan, the default) or `万元` (10,000 yuan,
 * as the statistics forms report equipment value). A money field `X` declares it in a sibling
 * field `XUnit` (`equipmentValueUnit: '万元'`); dudao converts the amount to yuan exactly
 * (× 10,000, a shift of the decimal point) before any computation.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(moneyUnitSchema, '万元'); //=> '万元'
 * safeParseWithSchema(moneyUnitSchema, '千元').success; //=> false (code 'invalid-enum')
 * ```
 */
export const moneyUnitSchema: z.ZodMiniType<'元' | '万元'> = /* @__PURE__ */ z.enum(['元', '万元']);

/**
 * A unit of money (金额单位): `元` or `万元`.
 *
 * @category Schemas
 * @example
 * ```ts
 * const unit: MoneyUnit = '万元';
 * ```
 */
export type MoneyUnit = z.infer<typeof moneyUnitSchema>;

/**
 * How many yuan one unit is: 1 for `元`, 10,000 for `万元`.
 * @internal
 */
export function yuanPerUnit(unit: MoneyUnit | undefined): 1 | 10_000 {
  return unit === '万元' ? 10_000 : 1;
}

/**
 * Checks that a money amount given in `unit` stays within the money limit once converted to yuan
 * (at most 10¹³ yuan, that is 10⁹ 万元), and reports `too-big` at `path` otherwise. An amount that
 * is not a valid quantity is left to its own schema.
 * @internal
 */
export function checkMoneyInUnit(
  amount: unknown,
  unit: unknown,
  ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void },
  path: readonly (string | number)[],
): void {
  if (unit !== '万元' || !isMoney(amount)) return;
  const limit = QUANTITY_LIMITS.money / 10_000;
  if (compareQuantities(amount, limit) <= 0) return;
  addDudaoIssue(ctx, path, {
    code: 'too-big',
    message: `must be at most ${limit} 万元 (${QUANTITY_LIMITS.money} yuan) (got ${shown(amount)} 万元)`,
    messageZh: `不能大于 ${limit} 万元（${QUANTITY_LIMITS.money} 元）（实际为 ${shown(amount)} 万元）`,
  });
}

/**
 * A resource given as a rate (生均值 / 每百名学生拥有量) instead of a count: `rate` resources per
 * `per` pupils of the section, `per` being 1 (生均, per pupil) or 100 (每百名, per 100 pupils).
 * dudao derives the amount exactly: rate × pupils ÷ per. `rate` is a non-negative decimal with the
 * limits of a county value (at most 10¹³, 20 decimal places).
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(rateSchema, { rate: '4.2', per: 100 }); // 4.2 teachers per 100 pupils
 * parseWithSchema(rateSchema, { rate: 2000, per: 1 }); // 2000 yuan per pupil
 * safeParseWithSchema(rateSchema, { rate: 4.2, per: 10 }).success; //=> false (code 'invalid-enum')
 * ```
 */
export const rateSchema = /* @__PURE__ */ z.strictObject({
  /** the rate: resources per `per` pupils */
  rate: nonNegativeDecimalSchema,
  /** 1 for 生均 (per pupil), 100 for 每百名 (per 100 pupils) */
  per: z.literal([1, 100]) as z.ZodMiniType<1 | 100>,
});

/**
 * A resource given as a rate (生均值 / 每百名学生拥有量).
 *
 * @category Schemas
 * @example
 * ```ts
 * const rate: Rate = { rate: '4.2', per: 100 };
 * ```
 */
export interface Rate extends z.infer<typeof rateSchema> {}
