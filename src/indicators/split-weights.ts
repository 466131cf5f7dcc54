/**
 * The weights by which whole-school stock is split between the sections of a combined school
 * (拆分系数): one table, used by the built-in sets and as the default of the split.
 * @module
 */
import type { IndicatorSetRules } from './types.js';

/**
 * Weighted pupils for splitting stock reported for a whole nine-year, twelve-year or complete
 * secondary school: primary 1, junior 1.1, senior 1.32; in a complete secondary school, junior 1
 * and senior 1.2. The 1 : 1.1 primary : junior weight follows the national 2012 explanatory
 * note; the senior weights come from a 2015 provincial document (测算均衡系数拆分公式), so a set
 * may declare its own (`rules.splitWeights`).
 *
 * @category Indicator sets
 * @example
 * ```ts
 * nationalSplitWeights.junior; //=> '1.1'
 * ```
 */
export const nationalSplitWeights: NonNullable<IndicatorSetRules['splitWeights']> = Object.freeze({
  primary: '1',
  junior: '1.1',
  senior: '1.32',
  completeSecondarySenior: '1.2',
});
