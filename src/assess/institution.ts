/**
 * Per-school results: every institution indicator for each school section (and once per school
 * for school-level metrics), and the 6-of-7 rule with its 85 % floor (教督〔2017〕6号).
 * @module
 */
import type { Indicator, IndicatorSet, Stage } from '../indicators/types.js';
import { type PreparedThreshold, thresholdOf } from '../numeric/decide.js';
import { Decimal } from '../numeric/decimal.js';
import type { School } from '../schema/compulsory.js';
import { type EvaluateOptions, evaluateIndicator, floorBoundOf, thresholdFor } from './evaluate.js';
import type { Metric, SchoolMetric, SectionMetric } from './metrics.js';
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
 * A threshold read once: the Decimal and its form prepared for exact decisions.
 * @category Assessment
 * @example
 * ```ts
 * const t: CachedThreshold = { value: new Decimal('4.2'), prepared: thresholdOf('4.2') };
 * ```
 */
export interface CachedThreshold {
  /** The threshold (null when the indicator has none for the stage). */
  readonly value: Decimal | null;
  /** The threshold prepared for decisions (null when there is none). */
  readonly prepared: PreparedThreshold | null;
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
  return new AssessmentCache();
}

// What one assessment works out once and reuses: thresholds, floor ratios and the plans of the
// section and school indicators. Each
// assessment makes its own (no module keeps state between calls); a ThresholdCache made any other
// way simply gets none of the reuse.
class AssessmentCache implements ThresholdCache {
  readonly #thresholds = new Map<Indicator, Map<string, CachedThreshold>>();
  readonly #floors = new Map<IndicatorSet, Decimal | undefined>();
  readonly sectionPlans: SectionPlan[] = [];
  readonly schoolPlans: SchoolPlan[] = [];

  readonly threshold = (indicator: Indicator, stage: Stage | undefined): CachedThreshold => {
    let byStage = this.#thresholds.get(indicator);
    if (byStage === undefined) {
      byStage = new Map();
      this.#thresholds.set(indicator, byStage);
    }
    const key = stage ?? '';
    let entry = byStage.get(key);
    if (entry === undefined) {
      const value = thresholdFor(indicator, stage);
      entry = { value, prepared: value === null ? null : thresholdOf(value) };
      byStage.set(key, entry);
    }
    return entry;
  };

  readonly floorRatio = (set: IndicatorSet): Decimal | undefined => {
    if (!this.#floors.has(set))
      this.#floors.set(
        set,
        set.rules.floorRatio === undefined ? undefined : new Decimal(set.rules.floorRatio),
      );
    return this.#floors.get(set);
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
  const plan = sectionPlan(cache, set, registry, section.stage, floorRatio);
  for (const step of plan.steps) {
    const { indicator, metric, counts } = step;
    const outcome = metric.compute(section);
    const result = evaluateIndicator(indicator, outcome, step.options);
    results.push(result);
    if (counts) counted.push(result);
    const figures = result.derived;
    if (figures !== undefined)
      for (const figure of figures) if (!derived.includes(figure)) derived.push(figure);
  }
  // Fixed-shape literals (the key order is the one the results have always had).
  // Pupils are whole numbers within the safe integers (validated): the number is exact.
  const pupils = section.pupilsPlain ?? section.pupils.toNumber();
  let assessment: SectionAssessment;
  if (set.rules.minMet === undefined) {
    const tally = applyMinMetRule(counted, 0);
    assessment = {
      schoolId: section.school.id,
      schoolName: section.school.name,
      kind: section.school.kind,
      stage: section.stage,
      pupils,
      results,
      derived,
      metCount: tally.metCount,
      unmetCount: tally.unmetCount,
      unknownCount: tally.unknownCount,
      rule: null,
      passed: null,
    };
  } else {
    const tally = applyMinMetRule(counted, set.rules.minMet);
    assessment = {
      schoolId: section.school.id,
      schoolName: section.school.name,
      kind: section.school.kind,
      stage: section.stage,
      pupils,
      results,
      derived,
      metCount: tally.metCount,
      unmetCount: tally.unmetCount,
      unknownCount: tally.unknownCount,
      passed: tally.passed,
      rule: {
        minMet: set.rules.minMet,
        floorRatio: plan.floorRatioFigure,
        counted: counted.length,
      },
    };
  }
  return assessment;
}

interface SectionStep {
  readonly indicator: Indicator;
  readonly metric: SectionMetric;
  readonly counts: boolean;
  readonly options: EvaluateOptions;
}

interface SectionPlan {
  readonly set: IndicatorSet;
  readonly registry: Readonly<Record<string, Metric>>;
  readonly stage: Stage;
  readonly floorRatio: Decimal | undefined;
  /** The floor ratio as a number (0 when there is none). */
  readonly floorRatioFigure: number;
  readonly steps: readonly SectionStep[];
  /** The indicator id of each step. */
  readonly ids: readonly string[];
}

// The section-level indicators of a set for a stage, with their metrics and evaluation options,
// worked out once per assessment (in its cache) rather than once per section.
function sectionPlan(
  cache: ThresholdCache,
  set: IndicatorSet,
  registry: Readonly<Record<string, Metric>>,
  stage: Stage,
  floorRatio: Decimal | undefined,
): SectionPlan {
  const plans = cache instanceof AssessmentCache ? cache.sectionPlans : undefined;
  for (const plan of plans ?? []) {
    if (
      plan.set === set &&
      plan.registry === registry &&
      plan.stage === stage &&
      plan.floorRatio === floorRatio
    )
      return plan;
  }
  const steps: SectionStep[] = [];
  for (const indicator of set.indicators) {
    if (indicator.scope !== 'institution' || !indicator.stages.includes(stage)) continue;
    const metric = metricFor(registry, indicator);
    if (metric.level !== 'section') continue;
    const counts = indicator.countsTowardsMinMet === true;
    const threshold = cache.threshold(indicator, stage);
    const base = { stage, threshold: threshold.value, prepared: threshold.prepared };
    steps.push({
      indicator,
      metric,
      counts,
      options:
        counts && floorRatio !== undefined
          ? {
              ...base,
              floorRatio,
              ...(threshold.value === null
                ? {}
                : { floorBound: floorBoundOf(threshold.value, floorRatio, indicator.comparator) }),
            }
          : base,
    });
  }
  const plan = {
    set,
    registry,
    stage,
    floorRatio,
    floorRatioFigure: floorRatio === undefined ? 0 : floorRatio.toNumber(),
    steps,
    ids: steps.map((step) => step.indicator.id),
  };
  plans?.push(plan);
  return plan;
}

interface SchoolStep {
  readonly indicator: Indicator;
  readonly metric: SchoolMetric;
  readonly options: EvaluateOptions;
}

interface SchoolPlan {
  readonly set: IndicatorSet;
  readonly registry: Readonly<Record<string, Metric>>;
  readonly steps: readonly SchoolStep[];
}

function schoolPlan(
  cache: ThresholdCache,
  set: IndicatorSet,
  registry: Readonly<Record<string, Metric>>,
): readonly SchoolStep[] {
  const plans = cache instanceof AssessmentCache ? cache.schoolPlans : undefined;
  for (const plan of plans ?? []) if (plan.set === set && plan.registry === registry) return plan.steps;
  const steps: SchoolStep[] = [];
  for (const indicator of set.indicators) {
    if (indicator.scope !== 'institution') continue;
    const metric = metricFor(registry, indicator);
    if (metric.level !== 'school') continue;
    const threshold = cache.threshold(indicator, undefined);
    steps.push({
      indicator,
      metric,
      options: { threshold: threshold.value, prepared: threshold.prepared },
    });
  }
  plans?.push({ set, registry, steps });
  return steps;
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
  for (const step of schoolPlan(cache, set, registry)) {
    results.push(evaluateIndicator(step.indicator, step.metric.compute(school), step.options));
  }
  return { schoolId: school.id, schoolName: school.name, results };
}
