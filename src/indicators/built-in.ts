/**
 * The indicator sets that ship with dudao, by id, so that the CLI and apps can pick one by name
 * (`dudao assess compulsory-quality-2017 …`). Importing a single set module instead keeps the
 * others out of a bundle.
 * @module
 */
import { DudaoError, quoteInput } from '../error.js';
import { expectKind } from '../guard.js';
import { compulsoryBasic2012 } from './compulsory-basic-2012.js';
import { compulsoryQuality2017 } from './compulsory-quality-2017.js';
import { preschool2020, preschool2020Henan } from './preschool-2020.js';
import { supervisionReform2020 } from './supervision-reform-2020.js';
import type { IndicatorSet } from './types.js';

/**
 * The built-in indicator sets (内置指标体系), keyed by id: `compulsory-basic-2012`,
 * `compulsory-quality-2017`, `preschool-2020`, its Henan variant `preschool-2020-henan` and
 * `supervision-reform-2020`. The
 * sets are frozen; derive variants with `customizeIndicatorSet`.
 *
 * @category Indicators
 * @example
 * ```ts
 * Object.keys(builtInIndicatorSets);
 * //=> ['compulsory-basic-2012', 'compulsory-quality-2017', 'preschool-2020', 'preschool-2020-henan', 'supervision-reform-2020']
 * builtInIndicatorSets['compulsory-quality-2017']?.rules.minMet; //=> 6
 * ```
 */
export const builtInIndicatorSets: Readonly<Record<string, IndicatorSet>> = /* @__PURE__ */ Object.freeze({
  // Literal keys, not `set.id`: a property read would keep every set in bundles that never use this record.
  'compulsory-basic-2012': compulsoryBasic2012,
  'compulsory-quality-2017': compulsoryQuality2017,
  'preschool-2020': preschool2020,
  'preschool-2020-henan': preschool2020Henan,
  'supervision-reform-2020': supervisionReform2020,
});

/**
 * Looks up a built-in indicator set (内置指标体系) by id, or throws a {@link DudaoError} with code
 * `unknown-set` that lists the known ids.
 *
 * @category Indicators
 * @param id - a set id such as `compulsory-quality-2017`
 * @returns the built-in set (frozen)
 * @throws {@link DudaoError} `unknown-set` when no built-in set has this id
 * @example
 * ```ts
 * getIndicatorSet('compulsory-basic-2012').rules.variation?.method; //=> 'composite'
 * getIndicatorSet('compulsory-2017');
 * //=> throws DudaoError { code: 'unknown-set', message: 'unknown indicator set "compulsory-2017" (known: compulsory-basic-2012, compulsory-quality-2017, preschool-2020, preschool-2020-henan, supervision-reform-2020)' }
 * ```
 */
export function getIndicatorSet(id: string): IndicatorSet {
  expectKind(id, 'string', ['id'], { en: 'the id of an indicator set', zh: '指标体系编号' });
  const set = Object.hasOwn(builtInIndicatorSets, id) ? builtInIndicatorSets[id] : undefined;
  if (set !== undefined) return set;
  const known = Object.keys(builtInIndicatorSets).join(', ');
  throw new DudaoError([
    {
      code: 'unknown-set',
      path: [],
      message: `unknown indicator set ${quoteInput(id)} (known: ${known})`,
      messageZh: `未知的指标体系 ${quoteInput(id)}（已有：${known}）`,
    },
  ]);
}
