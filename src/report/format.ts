/**
 * Display rounding for reports: the only place where numbers are rounded. Percentages 2 decimals,
 * CVs 3, areas 2, money 0 (yuan), per-100 ratios 2, unless a caller asks otherwise.
 * @module
 */
import { expectWholeNumber, wrongKind } from '../guard.js';
import type { IndicatorSet } from '../indicators/types.js';
import { Decimal, isDecimal, MAX_PLACES, toDecimal } from '../numeric/decimal.js';

/**
 * Report language: `zh` (简体中文) or `en`.
 * @category Reports
 * @example
 * ```ts
 * const lang: Lang = 'zh';
 * ```
 */
export type Lang = 'zh' | 'en';

/**
 * Rounds a value half up to a number of decimals for display; `—` for null. A number is rounded
 * on its decimal form, the shortest decimal that reads back as it (`1.005` is 1.005, so it shows
 * `1.01`), never on its binary value as `Number.prototype.toFixed` does (`(1.005).toFixed(2)` is
 * `'1.00'`); a Decimal is rounded on all its digits.
 * @category Reports
 * @param value - the figure (a number or a Decimal), or null
 * @param places - decimals to show
 * @returns the rounded text
 * @example
 * ```ts
 * formatDecimal(0.515258, 3); //=> '0.515'
 * formatDecimal(1.005, 2); //=> '1.01'
 * formatDecimal(new Decimal('0.5155'), 3); //=> '0.516'
 * formatDecimal(null, 3); //=> '—'
 * ```
 */
export function formatDecimal(value: number | Decimal | null | undefined, places: number): string {
  expectWholeNumber(places, 0, MAX_PLACES, ['places']);
  if (value === null || value === undefined) return '—';
  if (typeof value !== 'number' && !isDecimal(value)) {
    wrongKind(value, ['value'], { en: 'a number, a Decimal or null', zh: '数字、Decimal 数值或 null' });
  }
  return toDecimal(value, { path: ['value'] }).toFixed(places, Decimal.ROUND_HALF_UP);
}

/**
 * Decimals shown for a unit: whole counts (pupils, children, schools, accidents) 0, yuan 0,
 * m² 2, % 2, others 2.
 * @category Reports
 * @param unit - the indicator's unit (English label)
 * @returns the number of decimals
 * @example
 * ```ts
 * placesForUnit('yuan'); //=> 0
 * placesForUnit('pupils'); //=> 0
 * placesForUnit('m² per pupil'); //=> 2
 * ```
 */
export function placesForUnit(unit: string | undefined): number {
  if (unit === undefined) return 2;
  if (unit.startsWith('yuan') || COUNT_UNITS.has(unit)) return 0;
  return 2;
}

// Units that count whole things.
const COUNT_UNITS: ReadonlySet<string> = new Set(['pupils', 'children', 'schools', 'accidents']);

/**
 * The floor of a set's 6-of-7 rule as a percentage for messages: `floorRatio` × 100 (`'85'`
 * nationally; a provincial set with `floorRatio: '0.9'` gives `'90'`).
 * @param set - the indicator set
 * @returns the percentage, exactly, without a sign (`'85'` when the set declares no floor)
 * @internal
 */
export function floorPercentOf(set: Pick<IndicatorSet, 'rules'>): string {
  return new Decimal(set.rules.floorRatio ?? '0.85').times(100).toString();
}
