/**
 * School sections (学段) as the assessment sees them: each stage of a school with its own pupils
 * and teachers, and the stock reported for the whole school (`sharedStock`) divided between the
 * sections by weighted pupils, primary : junior : senior = 1 : 1.1 : 1.32 (complete secondary
 * schools: junior : senior = 1 : 1.2), as in the basic-balance guidance (standards.md 2.3).
 * @module
 */
import { nationalSplitWeights } from '../indicators/split-weights.js';
import type { IndicatorSetRules, Label } from '../indicators/types.js';
import { Decimal, toDecimal } from '../numeric/decimal.js';
import { exactTimes } from '../numeric/rational.js';
import type { Quantity } from '../schema/common.js';
import type { School, SchoolSection } from '../schema/compulsory.js';
import { resolveSection, unitInput, yuanOf } from './inputs.js';
import { plainNumberOf } from './plain-ratio.js';
import type { DerivedFigure, InputFigure } from './types.js';

/**
 * The stock fields that a school may report for the whole school and that are split between
 * its sections.
 * @category Assessment
 * @example
 * ```ts
 * SPLIT_STOCK_FIELDS.includes('books'); //=> true
 * ```
 */
export const SPLIT_STOCK_FIELDS = [
  'teachingAuxiliaryArea',
  'sportsArea',
  'equipmentValue',
  'multimediaClassrooms',
  'computers',
  'books',
] as const;

/**
 * One of {@link SPLIT_STOCK_FIELDS}.
 * @category Assessment
 * @example
 * ```ts
 * const field: SplitStockField = 'sportsArea';
 * ```
 */
export type SplitStockField = (typeof SPLIT_STOCK_FIELDS)[number];

/**
 * A stock figure attributed to a section: the section's own figure as reported, or its share of
 * a whole-school figure (split by weighted pupils) with the figures its results need, worked out
 * once per school.
 * @category Assessment
 * @example
 * ```ts
 * const books: SectionStockFigure = { numerator: new Decimal(24000), denominator: new Decimal(1) };
 * ```
 */
export interface SectionStockFigure {
  /** Exact numerator of the amount. */
  readonly numerator: Decimal;
  /** Exact denominator of the amount (1 unless split). */
  readonly denominator: Decimal;
  /** The figure as reported, when it is not derived. */
  readonly raw?: Quantity;
  /** The reported figure as a plain number that stands exactly for it, when there is one. */
  readonly plain?: number | undefined;
  /** How the figure was derived, when it was. */
  readonly derived?: DerivedFigure;
  /**
   * A derived figure per pupil of the section, exactly, in decimal strings: (total × weighted) ÷
   * (weightedTotal × pupils), the exact fraction of the section's ratio results.
   */
  readonly perPupil?: { readonly numerator: string; readonly denominator: string };
}

/**
 * A school section ready for the indicators: its school, stage, pupils, teachers and the stock
 * attributed to it.
 * @category Assessment
 * @example
 * ```ts
 * const [section] = schoolSections(school, compulsoryQuality2017.rules);
 * section?.stage; //=> 'primary'
 * ```
 */
export interface EffectiveSection {
  /** The school the section belongs to. */
  readonly school: School;
  /** `primary` or `junior`. */
  readonly stage: 'primary' | 'junior';
  /** The section as reported. */
  readonly section: SchoolSection;
  /** Pupils of the section, as a Decimal. */
  readonly pupils: Decimal;
  /** The pupils as a plain number that stands exactly for them, when there is one. */
  readonly pupilsPlain: number | undefined;
  /** Stock figures attributed to the section, by field (absent when not reported). */
  readonly stock: Partial<Record<SplitStockField, SectionStockFigure>>;
  /**
   * Figures the section gave as rates (生均值 / 每百名) or in 万元, by field, as `section` holds
   * them resolved into counts and yuan; absent when it gave none.
   */
  readonly inputs?: Readonly<Partial<Record<string, InputFigure>>>;
}

function decimal(q: Quantity): Decimal {
  // toDecimal, with its common case (a finite non-zero JSON number) inlined: the same value.
  return typeof q === 'number' && q !== 0 && Number.isFinite(q) ? new Decimal(q) : toDecimal(q);
}

const ONE = new Decimal(1);
const ZERO = new Decimal(0);

// A split weight (a decimal string or number of the set's rules) as a Decimal.
function weightDecimal(raw: string | number): Decimal {
  return new Decimal(raw);
}

/** A quantity as a float: exact enough for decisions far from a threshold. */
export function approxOf(q: Quantity): number {
  return typeof q === 'number' ? q : Number(q.toString());
}

/**
 * Splits a school into its sections, attributing whole-school stock by weighted pupils.
 *
 * Weighted pupils: primary × 1 + junior × 1.1 + senior × 1.32 for nine-year and twelve-year
 * schools; junior × 1 + senior × 1.2 for complete secondary schools (the weights are the set's
 * `splitWeights`). A section's share of a whole-school figure is its weighted pupils over the
 * school's.
 *
 * @category Assessment
 * @param school - a validated school
 * @param rules - the indicator set's rules (for `splitWeights`)
 * @returns one entry per compulsory section, primary first
 * @example
 * ```ts
 * // Worked example 2: 166 primary and 210 junior pupils share 23 226 books.
 * const [primary, junior] = schoolSections(nineYearSchool, compulsoryQuality2017.rules);
 * primary?.stock.books?.derived?.value.toFixed(1); //=> '9711.6'
 * junior?.stock.books?.derived?.value.toFixed(1); //=> '13514.4'
 * ```
 */
export function schoolSections(school: School, rules: IndicatorSetRules): EffectiveSection[] {
  // Nothing reported for the whole school (the common case): no weighted pupils to compute.
  if (school.sharedStock === undefined) return ownSections(school);
  const weights = rules.splitWeights ?? nationalSplitWeights;
  const stages: ('primary' | 'junior')[] = [];
  if (school.sections.primary !== undefined) stages.push('primary');
  if (school.sections.junior !== undefined) stages.push('junior');

  const senior = school.seniorPupils === undefined ? ZERO : decimal(school.seniorPupils);
  const complete = school.kind === 'complete-secondary';
  const weightOf = (stage: 'primary' | 'junior'): Decimal =>
    complete ? ONE : weightDecimal(stage === 'primary' ? weights.primary : weights.junior);
  const seniorWeight = weightDecimal(complete ? weights.completeSecondarySenior : weights.senior);

  const parts: { stage: 'primary' | 'junior'; pupils: Decimal; weighted: Decimal; weight: Decimal }[] = [];
  let weightedTotal = senior.times(seniorWeight);
  for (const stage of stages) {
    const section = school.sections[stage] as SchoolSection;
    const pupils = decimal(section.pupils);
    const weight = weightOf(stage);
    const weighted = pupils.times(weight);
    weightedTotal = weightedTotal.plus(weighted);
    parts.push({ stage, pupils, weighted, weight });
  }
  let describedTotal: Label | undefined;
  const describeTotal = (): Label => {
    if (describedTotal === undefined) describedTotal = describeTotalOnce();
    return describedTotal;
  };
  const describeTotalOnce = (): Label => {
    const termsEn: string[] = [];
    for (const p of parts) termsEn.push(p.weight.eq(1) ? p.pupils.toString() : `${p.weight} × ${p.pupils}`);
    if (!senior.isZero()) termsEn.push(`${seniorWeight} × ${senior}`);
    const sum = termsEn.join(' + ');
    return { en: `weighted pupils ${sum} = ${weightedTotal}`, zh: `加权学生数 ${sum} = ${weightedTotal}` };
  };

  // Each whole-school figure read once per school, with its number and decimal string.
  const totals = new Map<SplitStockField, SchoolTotal>();
  const sharedUnit = school.sharedStock.equipmentValueUnit;
  const sharedInput =
    sharedUnit === '万元' && school.sharedStock.equipmentValue !== undefined
      ? unitInput(
          'sharedStock.equipmentValue',
          school.sharedStock.equipmentValue,
          yuanOf(school.sharedStock.equipmentValue, sharedUnit),
        )
      : undefined;
  const totalOf = (field: SplitStockField, shared: Quantity): SchoolTotal => {
    let total = totals.get(field);
    if (total === undefined) {
      // Equipment value given in 万元 for the whole school: split in yuan.
      const value =
        field === 'equipmentValue' && sharedUnit === '万元' ? yuanOf(shared, sharedUnit) : decimal(shared);
      total = { value, figure: value.toNumber(), text: value.toString() };
      totals.set(field, total);
    }
    return total;
  };
  const weightedTotalFigure = weightedTotal.toNumber();
  const weightedTotalText = weightedTotal.toString();

  return parts.map((part) => {
    const given = school.sections[part.stage] as SchoolSection;
    const resolved = resolveSection(given);
    const section = resolved === undefined ? given : resolved.section;
    let inputs = resolved?.inputs;
    const stock: Partial<Record<SplitStockField, SectionStockFigure>> = {};
    // Worked out once per section, shared by its split figures.
    let share: SectionShare | undefined;
    for (const field of SPLIT_STOCK_FIELDS) {
      const own = section.stock?.[field];
      if (own !== undefined) {
        stock[field] = new ReportedFigure(own);
        continue;
      }
      const shared = school.sharedStock?.[field];
      if (shared === undefined) continue;
      if (field === 'equipmentValue' && sharedInput !== undefined)
        inputs = { ...inputs, equipmentValue: sharedInput };
      if (part.weighted.eq(weightedTotal)) {
        const inYuan = field === 'equipmentValue' && sharedInput !== undefined;
        const total = inYuan ? totalOf(field, shared).value : decimal(shared);
        stock[field] = {
          numerator: total,
          denominator: ONE,
          raw: inYuan ? total.toFixed() : shared,
        };
        continue;
      }
      if (share === undefined) {
        share = {
          weighted: part.weighted,
          weightedFigure: part.weighted.toNumber(),
          weightedText: part.weighted.toString(),
          // The denominator of the section's ratios: weightedTotal × pupils, exactly.
          perPupilDenominator: exactTimes(weightedTotal, part.pupils).toString(),
        };
      }
      stock[field] = splitFigure(
        field,
        totalOf(field, shared),
        share,
        weightedTotal,
        weightedTotalFigure,
        weightedTotalText,
        describeTotal(),
      );
    }
    const effective: EffectiveSection = {
      school,
      stage: part.stage,
      section,
      pupils: part.pupils,
      pupilsPlain: plainNumberOf(section.pupils),
      stock,
    };
    return inputs === undefined ? effective : { ...effective, inputs };
  });
}

// A whole-school figure of `sharedStock`: its Decimal, nearest double and decimal string.
interface SchoolTotal {
  readonly value: Decimal;
  readonly figure: number;
  readonly text: string;
}

// A section's weighted pupils in every form its split figures need.
interface SectionShare {
  readonly weighted: Decimal;
  readonly weightedFigure: number;
  readonly weightedText: string;
  readonly perPupilDenominator: string;
}

// A section's share of a whole-school figure: total × weighted ÷ weightedTotal, exact, with its
// derivation as plain data. The numbers come from doubles (correct to about 15 significant
// digits); the exact fractions beside them are decimal strings. No division is made: decisions
// compare the exact fraction without dividing.
function splitFigure(
  field: string,
  total: SchoolTotal,
  share: SectionShare,
  weightedTotal: Decimal,
  weightedTotalFigure: number,
  weightedTotalText: string,
  how: Label,
): SectionStockFigure {
  const numerator = exactTimes(total.value, share.weighted);
  const numeratorText = numerator.toString();
  const derived: DerivedFigure = {
    field,
    rule: 'split-by-weighted-pupils',
    schoolTotal: total.figure,
    weighted: share.weightedFigure,
    weightedTotal: weightedTotalFigure,
    share: share.weightedFigure / weightedTotalFigure,
    value: (total.figure * share.weightedFigure) / weightedTotalFigure,
    exact: { numerator: numeratorText, denominator: weightedTotalText, scale: 1 },
    explanation: {
      en: `${total.text} × ${share.weightedText} ÷ ${weightedTotalText} (${how.en})`,
      zh: `${total.text} × ${share.weightedText} ÷ ${weightedTotalText}（${how.zh}）`,
    },
  };
  return {
    numerator,
    denominator: weightedTotal,
    derived,
    perPupil: { numerator: numeratorText, denominator: share.perPupilDenominator },
  };
}

class ReportedFigure {
  readonly denominator = ONE;
  readonly raw: Quantity;
  readonly plain: number | undefined;
  #amount: Decimal | undefined;

  constructor(raw: Quantity) {
    this.raw = raw;
    this.plain = plainNumberOf(raw);
  }

  get amount(): Decimal {
    if (this.#amount === undefined) this.#amount = decimal(this.raw);
    return this.#amount;
  }

  get numerator(): Decimal {
    return this.amount;
  }
}

function ownStock(section: SchoolSection): Partial<Record<SplitStockField, SectionStockFigure>> {
  const stock: Partial<Record<SplitStockField, SectionStockFigure>> = {};
  const reported = section.stock;
  if (reported === undefined) return stock;
  for (const field of SPLIT_STOCK_FIELDS) {
    const own = reported[field];
    if (own === undefined) continue;
    stock[field] = new ReportedFigure(own);
  }
  return stock;
}

// The sections of a school without whole-school stock: each keeps its own figures.
function ownSections(school: School): EffectiveSection[] {
  const sections: EffectiveSection[] = [];
  for (const stage of ['primary', 'junior'] as const) {
    const given = school.sections[stage];
    if (given === undefined) continue;
    // Rates and 万元 (rare) resolved into counts and yuan; the common section is used as given.
    const resolved = resolveSection(given);
    const section = resolved === undefined ? given : resolved.section;
    const effective: EffectiveSection = {
      school,
      stage,
      section,
      pupils: decimal(section.pupils),
      pupilsPlain: plainNumberOf(section.pupils),
      stock: ownStock(section),
    };
    sections.push(resolved === undefined ? effective : { ...effective, inputs: resolved.inputs });
  }
  return sections;
}
