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
import type {
  CompositeEntry,
  IndicatorResult,
  IndicatorStatus,
  InformationalComposite,
  RoundedComparison,
  SectionAssessment,
  VariationEntry,
} from './types.js';

const STAGES = ['primary', 'junior'] as const;

// An entry for a computed CV.
function measuredEntry(
  indicator: string,
  stage: 'primary' | 'junior',
  status: IndicatorStatus,
  result: VariationResult,
  limit: number | null,
  met: boolean | null,
): VariationEntry {
  return {
    indicator,
    stage,
    status,
    cv: result.cv,
    mean: result.mean,
    standardDeviation: result.standardDeviation,
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
  /** The mean of the single CVs per stage, for information (per-indicator rules only). */
  readonly informationalComposite?: InformationalComposite[];
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
): VariationAssessment {
  const rule = set.rules.variation;
  if (rule === undefined) return { variation: [], composite: undefined };
  const perIndicator = rule.method === 'per-indicator';
  const rounded = rule.compareRounded === undefined ? {} : { compareRounded: rule.compareRounded };
  const variation: VariationEntry[] = [];
  const composite: CompositeEntry[] = [];
  const informational: InformationalComposite[] = [];

  for (const stage of STAGES) {
    const stageSections = sections.filter((s) => s.stage === stage);
    if (stageSections.length === 0) continue;
    const rawLimit = rule.limits[stage] ?? rule.limits.all;
    const limit = rawLimit === undefined ? null : new Decimal(rawLimit);
    const limitFigure = limit === null ? null : limit.toNumber();
    const components: { indicator: string; cv: number | null }[] = [];
    // Composite rules decide the mean of the CVs exactly from each CV's exact sums.
    const accumulators: VariationAccumulator[] = [];
    // Σ pupils of the stage (the same for every indicator), summed only when some CV needs it.
    let stageWeight: number | undefined;
    const stageTotal = (): number => {
      if (stageWeight === undefined) {
        let total = new Decimal(0);
        for (const section of stageSections) total = total.plus(section.pupils);
        stageWeight = total.toNumber();
      }
      return stageWeight;
    };
    for (const indicatorId of rule.indicators) {
      const values: Ratio[] = [];
      const weights: number[] = [];
      const missing: string[] = [];
      // Sections of one set and stage list their results in the same order: try the position
      // found last, then search.
      let position = -1;
      for (const section of stageSections) {
        const results = section.results;
        let result = position >= 0 ? results[position] : undefined;
        if (result === undefined || result.indicator !== indicatorId) {
          position = results.findIndex((r) => r.indicator === indicatorId);
          result = position >= 0 ? results[position] : undefined;
        }
        const value = result === undefined ? undefined : exactRatioOf(result);
        if (value === undefined) {
          missing.push(section.schoolId);
          continue;
        }
        values.push(value);
        // Pupils are whole numbers within the safe integers: the number is exact.
        weights.push(section.pupils);
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
          limit: perIndicator ? limitFigure : null,
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
      const entry = measuredEntry(indicatorId, stage, status, cv, perIndicator ? limitFigure : null, met);
      if (perIndicator && limit !== null && rule.compareRounded !== undefined && cv.cv !== null) {
        const exactMet = coefficientOfVariation(values, weights, { limit }).withinLimit ?? null;
        variation.push({
          ...entry,
          rounding: roundedComparison(cv.cv, limit, rule.compareRounded, met, exactMet),
        });
      } else variation.push(entry);
      components.push({ indicator: indicatorId, cv: cv.cv });
      if (!perIndicator) {
        let acc = createVariationAccumulator();
        values.forEach((value, i) => {
          acc = addToVariation(acc, value, weights[i] as number);
        });
        accumulators.push(acc);
      }
    }
    if (perIndicator) informational.push(informationalOf(stage, components));
    if (!perIndicator && limit !== null) {
      const known = components.every((c) => c.cv !== null);
      if (!known) {
        composite.push({
          stage,
          cv: null,
          limit: limitFigure as number,
          met: null,
          status: 'unknown',
          components,
        });
      } else {
        const result = compositeFromAccumulators(accumulators, { limit, ...rounded });
        const met = result.withinLimit ?? null;
        const entry: CompositeEntry = {
          stage,
          cv: result.cv,
          limit: limitFigure as number,
          met,
          status: met === null ? 'unknown' : met ? 'met' : 'unmet',
          components,
        };
        if (rule.compareRounded !== undefined && result.cv !== null) {
          const exactMet = compositeFromAccumulators(accumulators, { limit }).withinLimit ?? null;
          composite.push({
            ...entry,
            rounding: roundedComparison(result.cv, limit, rule.compareRounded, met, exactMet),
          });
        } else composite.push(entry);
      }
    }
  }
  if (!perIndicator) return { variation, composite };
  return { variation, composite: undefined, informationalComposite: informational };
}

const INFORMATIONAL_LABEL = {
  zh: '综合差异系数（仅供参考，不作判定）',
  en: 'composite CV (for information, no verdict)',
};
const INFORMATIONAL_NOTE = {
  zh: '各项差异系数的算术平均数，许多县在报表中列出。教督〔2017〕6号对每项指标的差异系数分别判定，不设综合差异系数，故不据此判定。',
  en: 'The arithmetic mean of the single CVs, which many counties print. 教督〔2017〕6号 judges each CV on its own and has no composite, so nothing is decided on it.',
};

/**
 * The mean of the single CVs of one stage, for information: the figure counties print as
 * "综合差异系数" beside the per-indicator CVs of 2017. A mean of figures, decided on nothing.
 */
function informationalOf(
  stage: 'primary' | 'junior',
  components: { indicator: string; cv: number | null }[],
): InformationalComposite {
  let cv: number | null = null;
  if (components.length > 0 && components.every((c) => c.cv !== null)) {
    let sum = new Decimal(0);
    for (const c of components) sum = sum.plus(c.cv as number);
    cv = sum.div(components.length).toNumber();
  }
  return { stage, cv, components, label: INFORMATIONAL_LABEL, note: INFORMATIONAL_NOTE };
}

/**
 * Both comparisons of a CV with its limit under a set's rounding convention: the decisions come
 * from the exact CV (`exactMet`) and from the CV rounded half up (`roundedMet`), both exact; the
 * rounded figure shown is that of the CV as reported.
 */
function roundedComparison(
  cv: number,
  limit: Decimal,
  places: number,
  roundedMet: boolean | null,
  exactMet: boolean | null,
): RoundedComparison {
  const rounded = new Decimal(cv).toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
  const shown = new Decimal(cv).toDecimalPlaces(6);
  const exact = shown.eq(cv) ? shown.toFixed() : `${shown.toFixed()}…`;
  const limitText = limit.toFixed(Math.max(places, limit.decimalPlaces()));
  const r = rounded.toFixed(places);
  const cmp = (met: boolean | null): string => (met === null ? '?' : met ? '≤' : '>');
  return {
    places,
    roundedCv: rounded.toNumber(),
    roundedMet,
    exactMet,
    explanation: {
      en: `CV ${exact} rounded to ${places} decimals is ${r} ${cmp(roundedMet)} ${limitText} (the set compares the rounded figure: ${roundedMet ? 'met' : 'not met'}); exactly, ${exact} ${cmp(exactMet)} ${limitText} (${exactMet ? 'met' : 'not met'})`,
      zh: `差异系数 ${exact} 保留 ${places} 位小数为 ${r} ${cmp(roundedMet)} ${limitText}（本指标体系按修约值比较：${roundedMet ? '达标' : '未达标'}）；按精确值 ${exact} ${cmp(exactMet)} ${limitText}（${exactMet ? '达标' : '未达标'}）`,
    },
  };
}

/**
 * The exact ratio behind a section result, as the CV functions take it: the result itself (its
 * numerator, denominator and scale numbers stand exactly for the figures) or its `exact` strings;
 * undefined when the result has no value to enter the CV.
 */
function exactRatioOf(result: IndicatorResult): Ratio | undefined {
  if (result.status === 'unknown' || result.status === 'not-applicable') return undefined;
  if (result.exact !== undefined) return result.exact;
  if (result.numerator === undefined || result.denominator === undefined || result.scale === undefined)
    return undefined;
  return result as Ratio;
}
