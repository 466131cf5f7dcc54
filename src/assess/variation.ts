/**
 * The inter-school coefficient of variation (校际差异系数) per indicator and stage, weighted by
 * enrolment, and the composite of the basic-balance rule (the mean of the single CVs).
 * @module
 */
import type { IndicatorSet } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import {
  addToVariation,
  compositeFromAccumulators,
  createVariationAccumulator,
} from '../numeric/variation/accumulator.js';
import { coefficientOfVariation } from '../numeric/variation/index.js';
import type { Ratio, VariationAccumulator, VariationResult } from '../numeric/variation/types.js';
import { plainFiguresOf, type ThresholdCache } from './institution.js';
import type {
  CompositeEntry,
  ExactFraction,
  IndicatorStatus,
  SectionAssessment,
  VariationEntry,
} from './types.js';

const STAGES = ['primary', 'junior'] as const;

// An entry for a computed CV. Its Decimals are read through from the CV's result when someone
// looks (the fast path makes them on first read): own enumerable getters, so JSON, spreads and
// deep equality see values.
function measuredEntry(
  indicator: string,
  stage: 'primary' | 'junior',
  status: IndicatorStatus,
  result: VariationResult,
  limit: Decimal | null,
  met: boolean | null,
): VariationEntry {
  return {
    indicator,
    stage,
    status,
    get cv(): Decimal | null {
      return result.cv;
    },
    get mean(): Decimal | null {
      return result.mean;
    },
    get standardDeviation(): Decimal | null {
      return result.standardDeviation;
    },
    count: result.count,
    totalWeight: result.totalWeight,
    limit,
    met,
  };
}

/**
 * The CVs of a county: per indicator and stage, and the composites of a composite rule.
 * @category Assessment
 * @example
 * ```ts
 * const { variation, composite }: VariationAssessment = assessVariation(sections, compulsoryBasic2012);
 * ```
 */
export interface VariationAssessment {
  /** One entry per indicator and stage. */
  readonly variation: VariationEntry[];
  /** Composite per stage (composite rules only). */
  readonly composite: CompositeEntry[] | undefined;
}

/**
 * Computes the CV of every variation indicator of a set, per stage, over the sections in scope,
 * and (for composite rules) the composite per stage.
 *
 * Each section's value enters exactly (numerator ÷ denominator × scale) with its pupils as the
 * weight; a missing value makes that CV `unknown`, never a CV over fewer schools.
 *
 * @category Assessment
 * @param sections - the assessed sections in scope
 * @param set - the indicator set (its `rules.variation`)
 * @param cache - the cache the sections were assessed with, if any: where the sections' inputs
 *   were plain numbers, it holds them, and the CVs are computed from them (the same values, read
 *   without making the results' Decimals)
 * @returns the per-indicator entries and, for composite rules, the composites
 * @example
 * ```ts
 * const { variation } = assessVariation(assessment.sections, compulsoryQuality2017);
 * variation.length; //=> 14 (7 indicators × 2 stages, when both stages have schools)
 * ```
 */
export function assessVariation(
  sections: readonly SectionAssessment[],
  set: IndicatorSet,
  cache?: ThresholdCache,
): VariationAssessment {
  const rule = set.rules.variation;
  if (rule === undefined) return { variation: [], composite: undefined };
  const perIndicator = rule.method === 'per-indicator';
  const rounded = rule.compareRounded === undefined ? {} : { compareRounded: rule.compareRounded };
  const variation: VariationEntry[] = [];
  const composite: CompositeEntry[] = [];

  for (const stage of STAGES) {
    const stageSections = sections.filter((s) => s.stage === stage);
    if (stageSections.length === 0) continue;
    const rawLimit = rule.limits[stage] ?? rule.limits.all;
    const limit = rawLimit === undefined ? null : new Decimal(rawLimit);
    const components: { indicator: string; cv: Decimal | null }[] = [];
    // Composite rules decide the mean of the CVs exactly from each CV's exact sums.
    const accumulators: VariationAccumulator[] = [];
    // Σ pupils of the stage (the same for every indicator), summed only when some CV needs it.
    let stageWeight: Decimal | undefined;
    const stageTotal = (): Decimal => {
      if (stageWeight === undefined) {
        let total = new Decimal(0);
        for (const section of stageSections) total = total.plus(section.pupils);
        stageWeight = total;
      }
      return stageWeight;
    };
    const plainOf = stageSections.map((section) => plainFiguresOf(cache, section));
    for (const indicatorId of rule.indicators) {
      const values: Ratio[] = [];
      const weights: (Decimal | number)[] = [];
      const missing: string[] = [];
      // Sections of one set and stage list their results in the same order: try the position
      // found last, then search. Sections whose plan the cache recorded give the position from
      // the plan (one lookup per plan), and a plain value there needs no result at all.
      let position = -1;
      let planIds: readonly string[] | undefined;
      let planPosition = -1;
      for (let k = 0; k < stageSections.length; k++) {
        const section = stageSections[k] as SectionAssessment;
        const plain = plainOf[k];
        if (plain !== undefined) {
          if (plain.indicators !== planIds) {
            planIds = plain.indicators;
            planPosition = planIds.indexOf(indicatorId);
          }
          // A plain value is recorded only for a ratio of plain inputs (never a derived one,
          // never an unknown or not-applicable result).
          const plainValue = planPosition >= 0 ? plain.values[planPosition] : undefined;
          if (plainValue !== undefined) {
            values.push(plainValue);
            weights.push(plain.pupils ?? section.pupils);
            continue;
          }
        }
        const results = section.results;
        let result = position >= 0 ? results[position] : undefined;
        if (result === undefined || result.indicator !== indicatorId) {
          position = results.findIndex((r) => r.indicator === indicatorId);
          result = position >= 0 ? results[position] : undefined;
        }
        if (result === undefined || result.status === 'unknown' || result.status === 'not-applicable') {
          missing.push(section.schoolId);
          continue;
        }
        const exact = result.exact;
        if (exact !== undefined) {
          // A derived figure (whole-school stock split by weighted pupils): its exact fraction,
          // without the 40-digit division of the amount shown to people.
          values.push(exact);
          weights.push(plain?.pupils ?? section.pupils);
          continue;
        }
        if (
          result.numerator === undefined ||
          result.denominator === undefined ||
          result.scale === undefined
        ) {
          missing.push(section.schoolId);
          continue;
        }
        values.push(exactValueOf(result));
        weights.push(plain?.pupils ?? section.pupils);
      }
      if (missing.length > 0) {
        variation.push({
          indicator: indicatorId,
          stage,
          status: 'unknown',
          cv: null,
          mean: null,
          standardDeviation: null,
          count: stageSections.length,
          totalWeight: stageTotal(),
          limit: perIndicator ? limit : null,
          met: null,
          missing,
        });
        components.push({ indicator: indicatorId, cv: null });
        continue;
      }
      const cv = coefficientOfVariation(values, weights, {
        ...(perIndicator && limit !== null ? { limit } : {}),
        ...rounded,
      });
      const met = perIndicator && limit !== null ? (cv.withinLimit ?? null) : null;
      // A mean of 0 (no section has any of the resource) leaves the CV undefined: there is no
      // dispersion to judge, and every section already fails the resource itself.
      // (`reason` is given exactly when the CV is null; reading it leaves the Decimals unmade.)
      const status: IndicatorStatus =
        cv.reason !== undefined
          ? 'not-applicable'
          : !perIndicator || limit === null
            ? 'measured'
            : met
              ? 'met'
              : 'unmet';
      variation.push(measuredEntry(indicatorId, stage, status, cv, perIndicator ? limit : null, met));
      if (!perIndicator) {
        components.push({ indicator: indicatorId, cv: cv.cv });
        let acc = createVariationAccumulator();
        values.forEach((value, i) => {
          acc = addToVariation(acc, value, weights[i] as Decimal | number);
        });
        accumulators.push(acc);
      }
    }
    if (!perIndicator && limit !== null) {
      const known = components.every((c) => c.cv !== null);
      if (!known) {
        composite.push({ stage, cv: null, limit, met: null, status: 'unknown', components });
      } else {
        const result = compositeFromAccumulators(accumulators, { limit, ...rounded });
        const met = result.withinLimit ?? null;
        composite.push({
          stage,
          cv: result.cv,
          limit,
          met,
          status: met === null ? 'unknown' : met ? 'met' : 'unmet',
          components,
        });
      }
    }
  }
  return { variation, composite: perIndicator ? undefined : composite };
}

/**
 * The exact ratio behind a section result, as the CV functions take it.
 * @internal
 */
export function exactValueOf(result: {
  readonly numerator?: Decimal;
  readonly denominator?: Decimal;
  readonly scale?: Decimal;
  readonly exact?: ExactFraction;
}): Ratio {
  if (result.exact !== undefined) return result.exact;
  return {
    numerator: result.numerator as Decimal,
    denominator: result.denominator as Decimal,
    scale: result.scale as Decimal,
  };
}
