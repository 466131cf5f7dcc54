import { describe, expect, it } from 'vitest';
import {
  addToVariation,
  compositeFromAccumulators,
  createVariationAccumulator,
} from '../../src/numeric/variation/accumulator.js';
import type { VariationAccumulator } from '../../src/numeric/variation/types.js';

/** An accumulator of equally weighted values. */
function acc(values: readonly (number | string)[]): VariationAccumulator {
  let a = createVariationAccumulator();
  for (const v of values) a = addToVariation(a, v, 1);
  return a;
}

describe('compositeFromAccumulators: the 2012 composite decided exactly', () => {
  it('averages rational CVs exactly: 1 and 3 (CV 1/2) with 1 and 2 (CV 1/3) give 5/12', () => {
    // mean 2, S 1 → 0.5; mean 1.5, S 0.5 → 1/3; (1/2 + 1/3) / 2 = 5/12 = 0.41666…
    const result = compositeFromAccumulators([acc([1, 3]), acc([1, 2])], { limit: `0.41${'6'.repeat(43)}` });
    expect(result.components).toEqual([0.5, 1 / 3]);
    expect(result.cv).toBe(5 / 12);
    // the limit 0.4166… cut at 45 digits is below 5/12, so it is not met
    expect(result.withinLimit).toBe(false);
    expect(compositeFromAccumulators([acc([1, 3]), acc([1, 2])], { limit: '0.4167' }).withinLimit).toBe(true);
  });

  it('meets a limit equal to the exact mean even when the CVs do not terminate', () => {
    // three CVs of 2/3 (values 1 and 5) and one of 1/3 (values 1 and 2): mean (2 + 1/3) / 4 = 7/12
    // values 1 and 5: mean 3, S 2 → 2/3
    const accs = [acc([1, 5]), acc([1, 5]), acc([1, 5]), acc([1, 2])];
    // 7/12 has no finite decimal form, so compare against sums that do: CVs 2/3 × 3 + 0.6 × 2 + 0.4 × 3 = 4.4
    const eight = [
      acc([1, 5]),
      acc([1, 5]),
      acc([1, 5]),
      acc([1, 4]),
      acc([1, 4]),
      acc([3, 7]),
      acc([3, 7]),
      acc([3, 7]),
    ];
    expect(compositeFromAccumulators(eight, { limit: '0.55' }).withinLimit).toBe(true);
    expect(compositeFromAccumulators(eight, { limit: '0.549999999999999999999999999999' }).withinLimit).toBe(
      false,
    );
    expect(compositeFromAccumulators(accs).cv).toBe(7 / 12);
  });

  it('separates an irrational composite from a limit agreeing with it to 40 digits', () => {
    // values 1 and 1 + √2-ish are decimals, so use 0 and 1 with weights 1 and 2: CV = √(1/2) = 0.70710678…
    let a = createVariationAccumulator();
    a = addToVariation(a, 0, 1);
    a = addToVariation(a, 1, 2);
    const sqrtHalf = '0.7071067811865475244008443621048490392848359376884740365883';
    const just = sqrtHalf.slice(0, 50);
    expect(compositeFromAccumulators([a], { limit: just }).withinLimit).toBe(false);
    const above = `${sqrtHalf.slice(0, 49)}${Number(sqrtHalf[49]) + 1}`;
    expect(compositeFromAccumulators([a], { limit: above }).withinLimit).toBe(true);
  });

  it('rejects a component without a positive mean', () => {
    expect(() => compositeFromAccumulators([acc([0, 0])])).toThrow(
      expect.objectContaining({ code: 'zero-mean' }),
    );
  });
});
