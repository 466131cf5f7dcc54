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
import { plainNumberOf } from './plain-ratio.js';
import type { DerivedFigure } from './types.js';

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
 * A stock figure attributed to a section: `amount` for display, and the same amount as an exact
 * fraction (`numerator ÷ denominator`) for decisions.
 * @category Assessment
 * @example
 * ```ts
 * const books: SectionStockFigure = { amount: new Decimal(24000), numerator: new Decimal(24000), denominator: new Decimal(1) };
 * ```
 */
export interface SectionStockFigure {
  /** The section's amount (derived figures to 40 significant digits). */
  readonly amount: Decimal;
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
 * primary?.stock.books?.amount.toFixed(1); //=> '9711.6'
 * junior?.stock.books?.amount.toFixed(1); //=> '13514.4'
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

  return parts.map((part) => {
    const section = school.sections[part.stage] as SchoolSection;
    const stock: Partial<Record<SplitStockField, SectionStockFigure>> = {};
    for (const field of SPLIT_STOCK_FIELDS) {
      const own = section.stock?.[field];
      if (own !== undefined) {
        stock[field] = new ReportedFigure(own);
        continue;
      }
      const shared = school.sharedStock?.[field];
      if (shared === undefined) continue;
      const total = decimal(shared);
      if (part.weighted.eq(weightedTotal)) {
        stock[field] = {
          amount: total,
          numerator: total,
          denominator: ONE,
          raw: shared,
        };
        continue;
      }
      stock[field] = splitFigure(field, total, part.weighted, weightedTotal, describeTotal());
    }
    return {
      school,
      stage: part.stage,
      section,
      pupils: part.pupils,
      pupilsPlain: plainNumberOf(section.pupils),
      stock,
    };
  });
}

// A section's share of a whole-school figure: total × weighted ÷ weightedTotal, exact, with its
// derivation as plain data.
function splitFigure(
  field: string,
  total: Decimal,
  weighted: Decimal,
  weightedTotal: Decimal,
  how: Label,
): SectionStockFigure {
  const numerator = exactTimes(total, weighted);
  const amount = numerator.div(weightedTotal);
  // The numbers from doubles (correct to about 15 significant digits); the exact fraction in
  // decimal strings beside them.
  const totalFigure = total.toNumber();
  const weightedFigure = weighted.toNumber();
  const weightedTotalFigure = weightedTotal.toNumber();
  const derived: DerivedFigure = {
    field,
    rule: 'split-by-weighted-pupils',
    schoolTotal: totalFigure,
    weighted: weightedFigure,
    weightedTotal: weightedTotalFigure,
    share: weightedFigure / weightedTotalFigure,
    value: (totalFigure * weightedFigure) / weightedTotalFigure,
    exact: { numerator: numerator.toString(), denominator: weightedTotal.toString(), scale: 1 },
    explanation: {
      en: `${total} × ${weighted} ÷ ${weightedTotal} (${how.en})`,
      zh: `${total} × ${weighted} ÷ ${weightedTotal}（${how.zh}）`,
    },
  };
  return { amount, numerator, denominator: weightedTotal, derived };
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
    const section = school.sections[stage];
    if (section === undefined) continue;
    sections.push({
      school,
      stage,
      section,
      pupils: decimal(section.pupils),
      pupilsPlain: plainNumberOf(section.pupils),
      stock: ownStock(section),
    });
  }
  return sections;
}
