/**
 * Ratio outcomes of plain JSON numbers, shared by the compulsory and preschool metric registries.
 * Not re-exported by the package: results expose them only through their public fields.
 * @module
 */
import type { Decimal } from '../numeric/decimal.js';
import { toDecimal } from '../numeric/decimal.js';
import { exactTimes } from '../numeric/rational.js';
import type { Quantity } from '../schema/common.js';
import type { ExactRatio } from './exact.js';
import type { PlainRatio, ResultFigures } from './metrics.js';
import type { SectionStockFigure } from './split.js';
import type { DerivedFigure } from './types.js';

/**
 * A ratio outcome of plain JSON numbers (each exactly the decimal it stands for) whose Decimals
 * are made when first read: most sections are decided by the float far from the threshold, and
 * the CV reads `plain`, so most of these Decimals are never needed.
 */
export class PlainRatioOutcome {
  readonly kind = 'ratio' as const;
  readonly basis = 'schools' as const;
  readonly plain: PlainRatio;
  readonly #scale: Decimal;
  #numerator: Decimal | undefined;
  #denominator: Decimal | undefined;
  #exact: ExactRatio | undefined;

  constructor(numerator: number, denominator: number, scale: Decimal, scaleNumber: number) {
    this.plain = { numerator, denominator, scale: scaleNumber };
    this.#scale = scale;
  }

  get numerator(): Decimal {
    if (this.#numerator === undefined) this.#numerator = toDecimal(this.plain.numerator);
    return this.#numerator;
  }

  get denominator(): Decimal {
    if (this.#denominator === undefined) this.#denominator = toDecimal(this.plain.denominator);
    return this.#denominator;
  }

  get exact(): ExactRatio {
    if (this.#exact === undefined) {
      this.#exact = { numerator: this.numerator, denominator: this.denominator, scale: this.#scale };
    }
    return this.#exact;
  }
}

/**
 * A ratio outcome whose numerator is a section's share of a whole-school figure (split by
 * weighted pupils). Its result figures come with it, worked out once per school section by the
 * split (numbers, and the exact fraction in decimal strings, which decisions read); the Decimals
 * are made when first read (a shortfall within 0.1 % of its threshold, an explanation).
 */
export class DerivedRatioOutcome {
  readonly kind = 'ratio' as const;
  readonly basis = 'schools' as const;
  readonly denominator: Decimal;
  readonly derived: readonly DerivedFigure[];
  readonly figures: ResultFigures;
  readonly #figure: SectionStockFigure;
  readonly #scale: Decimal;
  #exact: ExactRatio | undefined;

  constructor(
    figure: SectionStockFigure,
    derived: DerivedFigure,
    perPupil: PerPupil,
    pupils: Decimal,
    pupilsFigure: number,
    scale: Decimal,
    scaleFigure: number,
  ) {
    this.denominator = pupils;
    this.derived = [derived];
    this.figures = {
      numerator: derived.value,
      denominator: pupilsFigure,
      scale: scaleFigure,
      exact: { numerator: perPupil.numerator, denominator: perPupil.denominator, scale: scaleFigure },
    };
    this.#figure = figure;
    this.#scale = scale;
  }

  /** The section's amount, shown to people. */
  get numerator(): Decimal {
    return this.#figure.numerator.div(this.#figure.denominator);
  }

  get exact(): ExactRatio {
    if (this.#exact === undefined) {
      const figure = this.#figure;
      this.#exact = {
        numerator: figure.numerator,
        denominator: exactTimes(figure.denominator, this.denominator),
        scale: this.#scale,
      };
    }
    return this.#exact;
  }
}

type PerPupil = NonNullable<SectionStockFigure['perPupil']>;

/**
 * A value outcome of one plain JSON number (a room's area, a class's children): its Decimal is
 * made when first read, the float decides far from the threshold.
 */
export class PlainValueOutcome {
  readonly kind = 'value' as const;
  readonly basis = 'schools' as const;
  readonly plainValue: number;
  #value: Decimal | undefined;

  constructor(value: number) {
    this.plainValue = value;
  }

  get value(): Decimal {
    if (this.#value === undefined) this.#value = toDecimal(this.plainValue);
    return this.#value;
  }
}

/**
 * A quantity as a plain number that stands exactly for it (the number whose shortest decimal
 * form is the quantity's value), or undefined: a JSON number is itself, the decimal strings
 * `"3900.5"` and `"3900.50"` are `3900.5`, and a string whose number would stand for another
 * decimal (20 digits, `"1e400"`) or a Decimal is left to exact arithmetic. Lets figures read
 * from spreadsheets, where numbers arrive as text, take the same fast paths as JSON numbers.
 */
export function plainNumberOf(q: Quantity): number | undefined {
  if (typeof q === 'number') return q;
  if (typeof q !== 'string') return undefined;
  const n = Number(q);
  if (!Number.isFinite(n)) return undefined;
  const shortest = String(n);
  if (shortest === q) return n;
  // The same decimal with trailing zeros in its fraction ("3900.50", "12.00"), as spreadsheets
  // write fixed decimals: without them it must read exactly as the number's shortest form.
  if (!FIXED_POINT.test(q)) return undefined;
  const trimmed = q.replace(TRAILING_ZEROS, '');
  return trimmed === shortest ? n : undefined;
}

const FIXED_POINT = /^-?\d+\.\d*$/;
// Zeros closing a fraction, and the point itself when nothing else is left after it.
const TRAILING_ZEROS = /\.?0*$/;
