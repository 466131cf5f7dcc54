/**
 * Display rounding for reports: the only place where numbers are rounded. Percentages 2 decimals,
 * CVs 3, areas 2, money 0 (yuan), per-100 ratios 2, unless a caller asks otherwise.
 * @module
 */
import DecimalJs from 'decimal.js';
import type { IndicatorSet } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';

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
 * Rounds a value half up to a number of decimals for display; `—` for null.
 * @category Reports
 * @param value - the exact value, or null
 * @param places - decimals to show
 * @returns the rounded text
 * @example
 * ```ts
 * formatDecimal(new Decimal('0.515258'), 3); //=> '0.515'
 * formatDecimal(null, 3); //=> '—'
 * ```
 */
export function formatDecimal(value: Decimal | null | undefined, places: number): string {
  if (value === null || value === undefined) return '—';
  return new DecimalJs(value).toFixed(places, DecimalJs.ROUND_HALF_UP);
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
