/**
 * Figures given in the forms counties publish, turned into the counts and yuan the indicators
 * read: a resource given as a rate (生均值 / 每百名学生拥有量) becomes rate × pupils ÷ per, and an
 * amount in 万元 becomes yuan, exactly. Every result that reads such a figure lists it in
 * `inputs`, so that its explanation says the figure was derived. Sections given in counts and yuan
 * (the common case) pass through untouched.
 * @module
 */
import { Decimal, toDecimal } from '../numeric/decimal.js';
import { exactTimes } from '../numeric/rational.js';
import type { MoneyUnit, Quantity } from '../schema/common.js';
import {
  type SchoolSection,
  type SchoolStock,
  SECTION_RATE_FIELDS,
  type SectionRates,
  type TeacherCounts,
} from '../schema/compulsory.js';
import { plainNumberOf } from './plain-ratio.js';
import type { InputFigure } from './types.js';

/**
 * A section with its rates and units resolved: its teachers and stock as counts and yuan, and the
 * figures that were derived, keyed by field (`aboveRequiredQualification`, `equipmentValue`).
 * @internal
 */
export interface ResolvedSection {
  /** The section with derived figures in place of rates, and yuan in place of 万元. */
  readonly section: SchoolSection;
  /** The derived figures, by field. */
  readonly inputs: Readonly<Partial<Record<string, InputFigure>>>;
}

// A derived amount in the form the rest of dudao reads: the JSON number that stands exactly for
// it when there is one (so that the figure takes the same paths as a count read from a file), else
// its decimal string.
function quantityOf(amount: Decimal): Quantity {
  const text = amount.toFixed();
  return plainNumberOf(text) ?? text;
}

/**
 * An amount of money in yuan (元), exactly: 万元 × 10 000.
 * @internal
 */
export function yuanOf(amount: Quantity, unit: MoneyUnit | undefined): Decimal {
  const value = toDecimal(amount);
  return unit === '万元' ? value.times(10_000) : value;
}

/**
 * The input figure of an amount given in 万元 and converted to yuan.
 * @internal
 */
export function unitInput(field: string, amount: Quantity, yuan: Decimal): InputFigure {
  const given = toDecimal(amount).toFixed();
  const value = yuan.toFixed();
  return {
    field,
    derived: 'unit',
    given: Number(given),
    unit: '万元',
    value: yuan.toNumber(),
    exact: value,
    explanation: {
      en: `${field} ${given} 万元 = ${value} yuan (converted from 万元)`,
      zh: `${field} ${given} 万元 = ${value} 元（由万元换算）`,
    },
  };
}

function rateInput(
  field: string,
  rate: Quantity,
  per: 1 | 100,
  pupils: Quantity,
  amount: Decimal,
): InputFigure {
  const given = toDecimal(rate).toFixed();
  const count = toDecimal(pupils).toFixed();
  const value = amount.toFixed();
  const of = per === 1 ? 'per pupil' : 'per 100 pupils';
  const ofZh = per === 1 ? '生均' : '每百名学生';
  return {
    field,
    derived: 'rate',
    given: Number(given),
    per,
    pupils: Number(count),
    value: amount.toNumber(),
    exact: value,
    explanation: {
      en: `${field} ${given} ${of} × ${count} pupils${per === 1 ? '' : ' ÷ 100'} = ${value} (derived from the ${per === 1 ? 'per-pupil rate' : 'rate per 100 pupils'})`,
      zh: `${field} ${ofZh} ${given} × 在校生 ${count} 人${per === 1 ? '' : ' ÷ 100'} = ${value}（由${per === 1 ? '生均值' : '每百名学生拥有量'}推算）`,
    },
  };
}

/**
 * Whether a section gives anything in a form that needs resolving (a rate, or equipment value in
 * 万元): one or two property reads for the common section.
 * @internal
 */
export function needsResolving(section: SchoolSection): boolean {
  return section.rates !== undefined || section.stock?.equipmentValueUnit === '万元';
}

/**
 * Resolves a section's rates and units (see the module), or returns undefined when it has none.
 * Rates derive rate × pupils ÷ per, exactly (a product of two decimals divided by 1 or 100 always
 * terminates); a derived count that is not whole is kept as the exact fraction.
 * @internal
 */
export function resolveSection(section: SchoolSection): ResolvedSection | undefined {
  if (!needsResolving(section)) return undefined;
  const inputs: Partial<Record<string, InputFigure>> = {};
  const teachers: Record<string, Quantity | undefined> = { ...section.teachers };
  const stock: Record<string, unknown> | undefined =
    section.stock === undefined ? undefined : { ...section.stock };
  let resolvedStock = stock;
  const unit = section.stock?.equipmentValueUnit;
  const equipment = section.stock?.equipmentValue;
  if (unit === '万元' && equipment !== undefined && stock !== undefined) {
    const yuan = yuanOf(equipment, unit);
    stock.equipmentValue = quantityOf(yuan);
    stock.equipmentValueUnit = undefined;
    inputs.equipmentValue = unitInput('stock.equipmentValue', equipment, yuan);
  }
  const rates: SectionRates = section.rates ?? {};
  for (const field of Object.keys(SECTION_RATE_FIELDS) as (keyof SectionRates)[]) {
    const given = rates[field];
    if (given === undefined) continue;
    const amount = exactTimes(toDecimal(given.rate), toDecimal(section.pupils)).div(given.per);
    const group = SECTION_RATE_FIELDS[field];
    if (group === 'teachers') teachers[field] = quantityOf(amount);
    else {
      resolvedStock ??= {};
      resolvedStock[field] = quantityOf(amount);
    }
    inputs[field] = rateInput(`${group}.${field}`, given.rate, given.per, section.pupils, amount);
  }
  const resolved: SchoolSection = {
    ...section,
    teachers: teachers as TeacherCounts,
    ...(resolvedStock === undefined ? {} : { stock: resolvedStock as SchoolStock }),
  };
  return { section: resolved, inputs };
}

/**
 * The figures a metric reads that were derived, in the order of `fields`, or undefined when none
 * was.
 * @internal
 */
export function inputsOf(
  inputs: Readonly<Partial<Record<string, InputFigure>>> | undefined,
  fields: readonly string[],
): readonly InputFigure[] | undefined {
  if (inputs === undefined) return undefined;
  let used: InputFigure[] | undefined;
  for (const field of fields) {
    const input = inputs[field];
    if (input === undefined) continue;
    used ??= [];
    used.push(input);
  }
  return used;
}

/** Whether a derived count is not a whole number. @internal */
export function notWhole(input: InputFigure): boolean {
  return !new Decimal(input.exact).isInteger();
}
