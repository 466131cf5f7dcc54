/**
 * Small helpers shared by the assessment tests: finding a section or a result by id, and an
 * independent high-precision reference for the enrolment-weighted CV (standards.md 2.1), written
 * from the formula and not from dudao's own statistics code.
 */
import DecimalJs from 'decimal.js';
import { expect } from 'vitest';
import type { CompulsoryAssessment } from '../../src/assess/county.js';
import type { CountyIndicatorResult, IndicatorResult, SectionAssessment } from '../../src/assess/types.js';

/** 60 significant digits, independent of dudao's 40-digit Decimal. */
export const HP = DecimalJs.clone({ precision: 60, rounding: DecimalJs.ROUND_HALF_EVEN });
export type HP = InstanceType<typeof HP>;

/** The section of a school and stage, or a failed expectation. */
export function sectionOf(
  assessment: CompulsoryAssessment,
  schoolId: string,
  stage: 'primary' | 'junior',
): SectionAssessment {
  const found = assessment.sections.find((s) => s.schoolId === schoolId && s.stage === stage);
  if (found === undefined) throw new Error(`no section ${schoolId}/${stage}`);
  return found;
}

/** One indicator's result in a section. */
export function resultOf(section: SectionAssessment, indicator: string): IndicatorResult {
  const found = section.results.find((r) => r.indicator === indicator);
  if (found === undefined) throw new Error(`no result ${indicator} in ${section.schoolId}/${section.stage}`);
  return found;
}

/** A county-level result by indicator id. */
export function countyResultOf(assessment: CompulsoryAssessment, indicator: string): CountyIndicatorResult {
  const found = [...assessment.countyIndicators, ...assessment.preconditions, ...assessment.vetoes].find(
    (r) => r.indicator === indicator,
  );
  if (found === undefined) throw new Error(`no county result ${indicator}`);
  return found;
}

/** The CV entry of an indicator and stage. */
export function variationOf(
  assessment: CompulsoryAssessment,
  indicator: string,
  stage: 'primary' | 'junior',
) {
  const found = assessment.variation.find((v) => v.indicator === indicator && v.stage === stage);
  if (found === undefined) throw new Error(`no CV for ${indicator}/${stage}`);
  return found;
}

/**
 * `value` to `digits` significant digits, as a string (for non-terminating values). A number (a
 * result's figure) holds at most 15 digits: ask for more from `exactValueOf(result)`.
 */
export function sig(
  value: { toSignificantDigits(n: number): { toString(): string } } | number | null | undefined,
  digits = 20,
): string {
  if (value === null || value === undefined) throw new Error('value is missing');
  if (typeof value === 'number') {
    if (digits > 15) throw new Error(`a number has no ${digits} significant digits: use exactValueOf`);
    return new HP(value).toSignificantDigits(digits).toString();
  }
  return value.toSignificantDigits(digits).toString();
}

/**
 * Asserts that `actual` agrees with `expected` to `digits` significant digits:
 * |actual − expected| ≤ 10^(−digits) × |expected|.
 */
export function expectSignificant(
  actual: { toString(): string } | null | undefined,
  expected: HP,
  digits = 12,
): void {
  expect(actual, 'value is missing').not.toBeNull();
  expect(actual, 'value is missing').toBeDefined();
  const a = new HP((actual as { toString(): string }).toString());
  const tolerance = expected.abs().times(new HP(10).pow(-digits));
  const error = a.minus(expected).abs();
  expect(
    error.lte(tolerance),
    `${a.toString()} differs from ${expected.toString()} beyond ${digits} digits`,
  ).toBe(true);
}

/**
 * The enrolment-weighted CV written out from standards.md 2.1, in 60-digit arithmetic:
 * P = Σ pᵢ, mean = Σ pᵢxᵢ / P, S = √(Σ (pᵢ/P)(xᵢ − mean)²), CV = S / mean.
 * `values` are [numerator, denominator] pairs so nothing is rounded before the sums.
 */
export function referenceCv(
  values: readonly (readonly [number | string, number | string])[],
  weights: readonly (number | string)[],
): { mean: HP; s: HP; cv: HP } {
  const xs = values.map(([n, d]) => new HP(n).div(d));
  const ps = weights.map((w) => new HP(w));
  const total = ps.reduce((a, b) => a.plus(b), new HP(0));
  const mean = xs.reduce((acc, x, i) => acc.plus(x.times(ps[i] as HP)), new HP(0)).div(total);
  const variance = xs.reduce(
    (acc, x, i) => acc.plus((ps[i] as HP).div(total).times(x.minus(mean).pow(2))),
    new HP(0),
  );
  const s = variance.sqrt();
  return { mean, s, cv: s.div(mean) };
}
