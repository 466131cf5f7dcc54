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
import { z } from 'zod';
import { type Decimal, isDecimal, toDecimal } from '../numeric/decimal.js';
import { addDudaoIssue, type BilingualProblem, valueSchema } from './parse.js';
import { refineWith } from './refine.js';

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

// A plain decimal literal, optionally with an exponent (the same grammar as toDecimal accepts).
const DECIMAL_STRING = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
// The common cases, accepted without building a Decimal.
const PLAIN_COUNT = /^\+?\d+$/;
const PLAIN_NON_NEGATIVE = /^\+?(?:\d+\.?\d*|\.\d+)$/;
const INFINITY_STRING = /^[+-]?Infinity$/;

/**
 * Tells whether a value is a valid count (计数): a non-negative integer given as a JSON number, a
 * decimal string (`"812"`) or a Decimal.
 *
 * @category Schemas
 * @param value - anything
 * @returns `true` when {@link countSchema} accepts the value
 * @example
 * ```ts
 * isCount('812'); //=> true
 * isCount(812.5); //=> false
 * isCount(-3); //=> false
 * ```
 */
export function isCount(value: unknown): value is Quantity {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0;
  if (typeof value === 'string') {
    if (PLAIN_COUNT.test(value)) return true;
    if (!DECIMAL_STRING.test(value)) return false;
    const decimal = toDecimal(value);
    return decimal.isFinite() && decimal.isInteger() && !decimal.isNegative();
  }
  return isDecimal(value) && value.isFinite() && value.isInteger() && (value.isZero() || !value.isNegative());
}

/**
 * Tells whether a value is a valid non-negative decimal (非负数) such as an area or an amount of
 * money: a finite JSON number, a decimal string (`"3900.5"`) or a Decimal, at least zero.
 *
 * @category Schemas
 * @param value - anything
 * @returns `true` when {@link areaSchema} and {@link moneySchema} accept the value
 * @example
 * ```ts
 * isNonNegativeDecimal('3900.5'); //=> true
 * isNonNegativeDecimal(-0.5); //=> false
 * isNonNegativeDecimal(Number.NaN); //=> false
 * ```
 */
export function isNonNegativeDecimal(value: unknown): value is Quantity {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0;
  if (typeof value === 'string') {
    if (PLAIN_NON_NEGATIVE.test(value)) return true;
    if (!DECIMAL_STRING.test(value)) return false;
    const decimal = toDecimal(value);
    return decimal.isFinite() && !decimal.isNegative();
  }
  return isDecimal(value) && value.isFinite() && (value.isZero() || !value.isNegative());
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

function shown(input: unknown): string {
  if (typeof input === 'string') return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (isDecimal(input)) return input.toString();
  return String(input);
}

function kindOf(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'array';
  return typeof input;
}

// Explains why a value is not a count (integer = true) or not a non-negative decimal. Runs only
// for rejected values; the messages repeat the input exactly as given.
function describeQuantity(input: unknown, integer: boolean): BilingualProblem {
  if (input === undefined) {
    return { code: 'required', message: 'is required but missing', messageZh: '缺少必填项' };
  }
  let decimal: Decimal | undefined;
  if (typeof input === 'number') {
    if (Number.isNaN(input)) {
      return {
        code: 'not-a-number',
        message: 'must be a number (got NaN)',
        messageZh: '必须是数字（实际为 NaN）',
      };
    }
    if (!Number.isFinite(input)) return notFinite(input);
    if (input < 0) return negative(input);
    if (integer && !Number.isInteger(input)) return notInteger(input);
  } else if (typeof input === 'string') {
    if (INFINITY_STRING.test(input)) return notFinite(input);
    if (!DECIMAL_STRING.test(input)) {
      return {
        code: 'not-a-number',
        message: `must be a number or a decimal string such as "3900.5" (got ${shown(input)})`,
        messageZh: `必须是数字或十进制数字字符串，如 "3900.5"（实际为 ${shown(input)}）`,
      };
    }
    decimal = toDecimal(input);
  } else if (isDecimal(input)) {
    if (input.isNaN()) {
      return {
        code: 'not-a-number',
        message: 'must be a number (got NaN)',
        messageZh: '必须是数字（实际为 NaN）',
      };
    }
    decimal = input;
  } else {
    return {
      code: 'invalid-type',
      message: `must be a number or a decimal string (got ${kindOf(input)})`,
      messageZh: `必须是数字或十进制数字字符串（实际为 ${kindOf(input)}）`,
    };
  }
  if (decimal !== undefined) {
    if (!decimal.isFinite()) return notFinite(input);
    if (decimal.isNegative() && !decimal.isZero()) return negative(input);
    if (integer && !decimal.isInteger()) return notInteger(input);
  }
  return integer
    ? { code: 'invalid', message: 'must be a non-negative whole number', messageZh: '必须是非负整数' }
    : { code: 'invalid', message: 'must be a non-negative number', messageZh: '必须是非负数' };
}

function notFinite(input: unknown): BilingualProblem {
  return {
    code: 'not-finite',
    message: `must be a finite number (got ${shown(input)})`,
    messageZh: `必须是有限数值（实际为 ${shown(input)}）`,
  };
}

function negative(input: unknown): BilingualProblem {
  return {
    code: 'negative',
    message: `must not be negative (got ${shown(input)})`,
    messageZh: `不能为负数（实际为 ${shown(input)}）`,
  };
}

function notInteger(input: unknown): BilingualProblem {
  return {
    code: 'not-integer',
    message: `must be a whole number (got ${shown(input)})`,
    messageZh: `必须是整数（实际为 ${shown(input)}）`,
  };
}

const describeCount = (input: unknown): BilingualProblem => describeQuantity(input, true);
const describeNonNegative = (input: unknown): BilingualProblem => describeQuantity(input, false);

/**
 * A count (计数, e.g. 在校生数, 班数, 专任教师数): a non-negative integer, given as a JSON number,
 * an integer decimal string such as `"812"`, or a Decimal. The parsed value keeps the given form.
 * Rejections: `not-integer` (`812.5`, `"812.5"`), `negative`, `not-finite` (Infinity),
 * `not-a-number` (NaN, `"abc"`, `""`), `invalid-type` (booleans, objects, null).
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(countSchema, 812); //=> 812
 * parseWithSchema(countSchema, '812'); //=> '812'
 * safeParseWithSchema(countSchema, '812.5').success; //=> false (code 'not-integer')
 * ```
 */
export const countSchema: z.ZodCustom<Quantity, Quantity> = /* @__PURE__ */ valueSchema(
  isCount,
  describeCount,
);

/**
 * An area in square metres (面积, 平方米): a non-negative decimal given as a JSON number, a
 * decimal string such as `"3900.5"`, or a Decimal. The parsed value keeps the given form.
 * Rejections: `negative`, `not-finite`, `not-a-number`, `invalid-type`.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(areaSchema, '3900.5'); //=> '3900.5'
 * safeParseWithSchema(areaSchema, -1).success; //=> false (code 'negative')
 * ```
 */
export const areaSchema: z.ZodCustom<Quantity, Quantity> = /* @__PURE__ */ valueSchema(
  isNonNegativeDecimal,
  describeNonNegative,
);

/**
 * An amount of money in yuan (金额, 元): a non-negative decimal given as a JSON number, a decimal
 * string such as `"1800000.50"`, or a Decimal. The parsed value keeps the given form.
 * Rejections: `negative`, `not-finite`, `not-a-number`, `invalid-type`.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(moneySchema, 1800000); //=> 1800000
 * safeParseWithSchema(moneySchema, 'Infinity').success; //=> false (code 'not-finite')
 * ```
 */
export const moneySchema: z.ZodCustom<Quantity, Quantity> = /* @__PURE__ */ valueSchema(
  isNonNegativeDecimal,
  describeNonNegative,
);

// A non-negative decimal that is neither an area nor money (county-level ratios and values).
const nonNegativeDecimalSchema = /* @__PURE__ */ valueSchema(isNonNegativeDecimal, describeNonNegative);

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
export const dateSchema: z.ZodCustom<string, string> = /* @__PURE__ */ valueSchema(
  isCalendarDate,
  describeDate,
);

/**
 * An id (编号): a non-empty string, unique within its list (a list checks uniqueness, see
 * {@link listWithUniqueIds}).
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(idSchema, 's01'); //=> 's01'
 * safeParseWithSchema(idSchema, '').success; //=> false (code 'too-small')
 * ```
 */
export const idSchema: z.ZodString = /* @__PURE__ */ z.string().min(1);

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
export const schemaVersionSchema: z.ZodLiteral<1> = /* @__PURE__ */ z.literal(1);

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
export const yearSchema: z.ZodInt = /* @__PURE__ */ z.int().min(1900).max(2100);

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
  name: z.string().min(1),
  /** 省 */
  province: z.string().min(1).optional(),
  /** 市 */
  city: z.string().min(1).optional(),
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
export type County = z.infer<typeof countySchema>;

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
    note: z.string().optional(),
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
export const countyFactsSchema = /* @__PURE__ */ z.record(z.string().min(1), countyFactSchema);

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
export const vetoesSchema = /* @__PURE__ */ z.record(z.string().min(1), z.boolean());

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
export type Survey = z.infer<typeof surveySchema>;

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
export function listWithUniqueIds<T extends z.ZodType>(
  item: T,
  noun: { readonly en: string; readonly zh: string },
): z.ZodArray<T> {
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
