/**
 * Per-school results: every institution indicator for each school section (and once per school
 * for school-level metrics), and the 6-of-7 rule with its 85 % floor (教督〔2017〕6号).
 * @module
 */
import type { Indicator, IndicatorSet, Stage } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import type { School } from '../schema/compulsory.js';
import { evaluateIndicator, thresholdFor } from './evaluate.js';
import type { Metric } from './metrics.js';
import type { EffectiveSection } from './split.js';
import type { DerivedFigure, IndicatorResult, SchoolAssessment, SectionAssessment } from './types.js';

/**
 * Looks a metric up, or throws a clear error naming the indicator (a custom set may name a
 * metric dudao does not have).
 * @internal
 */
export function metricFor(registry: Readonly<Record<string, Metric>>, indicator: Indicator): Metric {
  const metric = registry[indicator.metric];
  if (metric === undefined) {
    throw new Error(`unknown metric "${indicator.metric}" for indicator "${indicator.id}"`);
  }
  return metric;
}

/**
 * The tally of the 6-of-7 rule for one section.
 * @category Assessment
 * @example
 * ```ts
 * const tally: MinMetTally = { metCount: 6, unmetCount: 1, unknownCount: 0, passed: true };
 * ```
 */
export interface MinMetTally {
  /** Counted indicators met. */
  readonly metCount: number;
  /** Counted indicators not met. */
  readonly unmetCount: number;
  /** Counted indicators with missing data. */
  readonly unknownCount: number;
  /** The rule's verdict; null when missing data leaves it open. */
  readonly passed: boolean | null;
}

/**
 * A threshold read once: the Decimal and its float.
 * @category Assessment
 * @example
 * ```ts
 * const t: CachedThreshold = { value: new Decimal('4.2'), approx: 4.2 };
 * ```
 */
export interface CachedThreshold {
  /** The threshold (null when the indicator has none for the stage). */
  readonly value: Decimal | null;
  /** The threshold as a float (for fast decisions far from it). */
  readonly approx: number | undefined;
}

/**
 * Thresholds read once per assessment rather than once per school: a county assessment makes
 * thousands of decisions against the same few thresholds. Created fresh by each call, so no
 * state outlives it.
 * @category Assessment
 * @example
 * ```ts
 * const cache = createThresholdCache();
 * cache.threshold(indicator, 'primary').value?.toString(); //=> '4.2'
 * ```
 */
export interface ThresholdCache {
  /** The threshold of an indicator for a stage (and its float). */
  readonly threshold: (indicator: Indicator, stage: Stage | undefined) => CachedThreshold;
  /** The set's floor ratio as a Decimal. */
  readonly floorRatio: (set: IndicatorSet) => Decimal | undefined;
}

/**
 * Creates a {@link ThresholdCache} for one assessment.
 * @category Assessment
 * @returns an empty cache
 * @example
 * ```ts
 * createThresholdCache().floorRatio(compulsoryQuality2017)?.toString(); //=> '0.85'
 * ```
 */
export function createThresholdCache(): ThresholdCache {
  const thresholds = new Map<Indicator, Map<string, { value: Decimal | null; approx: number | undefined }>>();
  const floors = new Map<IndicatorSet, Decimal | undefined>();
  return {
    threshold: (indicator, stage) => {
      let byStage = thresholds.get(indicator);
      if (byStage === undefined) {
        byStage = new Map();
        thresholds.set(indicator, byStage);
      }
      const key = stage ?? '';
      let entry = byStage.get(key);
      if (entry === undefined) {
        const value = thresholdFor(indicator, stage);
        entry = { value, approx: value === null ? undefined : value.toNumber() };
        byStage.set(key, entry);
      }
      return entry;
    },
    floorRatio: (set) => {
      if (!floors.has(set))
        floors.set(set, set.rules.floorRatio === undefined ? undefined : new Decimal(set.rules.floorRatio));
      return floors.get(set);
    },
  };
}

/**
 * Applies the 6-of-7 rule to a section's results: at least `minMet` of the counted indicators
 * met and every unmet one at or above the floor. Missing data leaves the answer open (`null`)
 * unless the rule fails or passes whatever the missing values are.
 * @category Assessment
 * @param counted - results of the indicators that count towards the rule
 * @param minMet - how many must be met (6)
 * @returns `{ metCount, unmetCount, unknownCount, passed }`
 * @example
 * ```ts
 * // six met, one at 3.57 against 4.2 (= 85 %): passes
 * applyMinMetRule(results, 6).passed; //=> true
 * ```
 */
export function applyMinMetRule(counted: readonly IndicatorResult[], minMet: number): MinMetTally {
  let metCount = 0;
  let unmetCount = 0;
  let unknownCount = 0;
  let belowFloor = false;
  for (const result of counted) {
    if (result.status === 'met') metCount += 1;
    else if (result.status === 'unmet') {
      unmetCount += 1;
      if (result.aboveFloor !== true) belowFloor = true;
    } else if (result.status === 'unknown') unknownCount += 1;
  }
  let passed: boolean | null;
  if (belowFloor || metCount + unknownCount < minMet) passed = false;
  else if (unknownCount === 0) passed = metCount >= minMet;
  else passed = null;
  return { metCount, unmetCount, unknownCount, passed };
}

/**
 * Evaluates every section-level institution indicator of a set for one school section.
 * @category Assessment
 * @param section - the section, with whole-school stock already split
 * @param set - the indicator set
 * @param registry - the metric registry
 * @returns the section's explained results and its 6-of-7 verdict
 * @example
 * ```ts
 * const [primary] = schoolSections(school, compulsoryQuality2017.rules);
 * assessSection(primary, compulsoryQuality2017, compulsoryMetrics).metCount; //=> 7
 * ```
 */
export function assessSection(
  section: EffectiveSection,
  set: IndicatorSet,
  registry: Readonly<Record<string, Metric>>,
  cache: ThresholdCache = createThresholdCache(),
): SectionAssessment {
  const floorRatio = cache.floorRatio(set);
  const results: IndicatorResult[] = [];
  const counted: IndicatorResult[] = [];
  const derived: DerivedFigure[] = [];
  for (const indicator of set.indicators) {
    if (indicator.scope !== 'institution' || !indicator.stages.includes(section.stage)) continue;
    const metric = metricFor(registry, indicator);
    if (metric.level !== 'section') continue;
    const counts = indicator.countsTowardsMinMet === true;
    const outcome = metric.compute(section);
    const threshold = cache.threshold(indicator, section.stage);
    const result = evaluateIndicator(
      indicator,
      outcome,
      counts && floorRatio !== undefined
        ? { stage: section.stage, threshold: threshold.value, thresholdApprox: threshold.approx, floorRatio }
        : { stage: section.stage, threshold: threshold.value, thresholdApprox: threshold.approx },
    );
    results.push(result);
    if (counts) counted.push(result);
    for (const figure of result.derived ?? []) if (!derived.includes(figure)) derived.push(figure);
  }
  const base = {
    schoolId: section.school.id,
    schoolName: section.school.name,
    kind: section.school.kind,
    stage: section.stage,
    pupils: section.pupils,
    results,
    derived,
  };
  if (set.rules.minMet === undefined) {
    const tally = applyMinMetRule(counted, 0);
    return {
      ...base,
      metCount: tally.metCount,
      unmetCount: tally.unmetCount,
      unknownCount: tally.unknownCount,
      rule: null,
      passed: null,
    };
  }
  const tally = applyMinMetRule(counted, set.rules.minMet);
  return {
    ...base,
    ...tally,
    rule: { minMet: set.rules.minMet, floorRatio: floorRatio ?? new Decimal(0), counted: counted.length },
  };
}

/**
 * Evaluates every school-level institution indicator of a set (rooms per 12 classes, room
 * areas, school size) for one school.
 * @category Assessment
 * @param school - the school
 * @param set - the indicator set
 * @param registry - the metric registry
 * @returns the school's results (empty when the set has no school-level indicators)
 * @example
 * ```ts
 * assessSchool(school, compulsoryQuality2017, compulsoryMetrics).results.length; //=> 5
 * ```
 */
export function assessSchool(
  school: School,
  set: IndicatorSet,
  registry: Readonly<Record<string, Metric>>,
  cache: ThresholdCache = createThresholdCache(),
): SchoolAssessment {
  const results: IndicatorResult[] = [];
  for (const indicator of set.indicators) {
    if (indicator.scope !== 'institution') continue;
    const metric = metricFor(registry, indicator);
    if (metric.level !== 'school') continue;
    const threshold = cache.threshold(indicator, undefined);
    results.push(
      evaluateIndicator(indicator, metric.compute(school), {
        threshold: threshold.value,
        thresholdApprox: threshold.approx,
      }),
    );
  }
  return { schoolId: school.id, schoolName: school.name, results };
}
