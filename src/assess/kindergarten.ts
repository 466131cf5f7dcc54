/**
 * Per-kindergarten results (幼儿园评估): the institution indicators and the county figures computed
 * for one kindergarten, every class against the cap of its type with the extra classes a split
 * needs, and what the kindergarten complies with.
 * @module
 */
import { dudaoError } from '../error.js';
import type { Indicator, IndicatorSet } from '../indicators/types.js';
import { ceilDivide } from '../numeric/decide.js';
import { Decimal, toDecimal } from '../numeric/decimal.js';
import type { Quantity } from '../schema/common.js';
import type { Kindergarten } from '../schema/preschool.js';
import { type EvaluateOptions, evaluateIndicator } from './evaluate.js';
import { type CachedThreshold, createThresholdCache } from './institution.js';
import { plainNumberOf } from './plain-ratio.js';
import {
  AREA_NORM_METRICS,
  type CapThreshold,
  checkClassSize,
  classCapIndicators,
  isInclusiveKindergarten,
  isPublicKindergarten,
  PLANNING_CUTOFF_YEAR,
  type PreschoolMetric,
  readCaps,
} from './preschool-metrics.js';
import type {
  ClassSizeCheck,
  ComplianceStatus,
  KindergartenAssessment,
  KindergartenFlag,
} from './preschool-types.js';
import type { IndicatorResult, IndicatorStatus } from './types.js';

const STAGE = 'kindergarten' as const;

/**
 * Looks a preschool metric up, or throws a {@link DudaoError} naming the indicator when the set
 * names a metric dudao does not have or one computed at another level.
 * @internal
 */
export function metricFor(
  registry: Readonly<Record<string, PreschoolMetric>>,
  indicator: Indicator,
  index: number,
): PreschoolMetric {
  const metric = registry[indicator.metric];
  if (metric === undefined) {
    throw dudaoError(
      'unknown-metric',
      ['set', 'indicators', index, 'metric'],
      `unknown metric "${indicator.metric}" for indicator "${indicator.id}"`,
      `指标 "${indicator.id}" 的计算方法 "${indicator.metric}" 未定义`,
    );
  }
  const wanted = indicator.scope === 'institution' ? 'kindergarten' : 'county';
  if (metric.level !== wanted) {
    throw dudaoError(
      'metric-scope',
      ['set', 'indicators', index, 'metric'],
      `indicator "${indicator.id}" is measured per ${indicator.scope} but metric "${indicator.metric}" is computed per ${metric.level}`,
      `指标 "${indicator.id}" 的范围（${indicator.scope}）与计算方法 "${indicator.metric}"（${metric.level}）不符`,
    );
  }
  return metric;
}

const AREA_METRIC_IDS: readonly string[] = Object.values(AREA_NORM_METRICS);

function combine(statuses: readonly IndicatorStatus[]): ComplianceStatus {
  if (statuses.includes('unmet')) return 'non-compliant';
  if (statuses.includes('unknown')) return 'unknown';
  if (statuses.every((s) => s === 'not-applicable' || s === 'measured')) return 'not-applicable';
  return 'compliant';
}

function fromCompliance(status: ComplianceStatus): IndicatorStatus {
  return status === 'compliant'
    ? 'met'
    : status === 'non-compliant'
      ? 'unmet'
      : status === 'unknown'
        ? 'unknown'
        : 'not-applicable';
}

// Extra classes a split needs: ceil(children ÷ cap) − 1, in exact integers when both are whole
// numbers (the usual case), else in Decimal.
function extraClasses(raw: Quantity, children: Decimal, cap: Decimal): number {
  const capNumber = cap.toNumber();
  if (
    typeof raw === 'number' &&
    Number.isSafeInteger(raw) &&
    Number.isSafeInteger(capNumber) &&
    cap.isInteger()
  ) {
    const whole = (raw - (raw % capNumber)) / capNumber;
    return (raw % capNumber === 0 ? whole : whole + 1) - 1;
  }
  return Number(ceilDivide(children, cap) - 1n);
}

function checkClasses(
  kindergarten: Kindergarten,
  caps: ReturnType<typeof classCapIndicators>,
  read: ReturnType<typeof readCaps>,
): ClassSizeCheck[] {
  const boarding = kindergarten.boarding === true;
  return kindergarten.classes.map((item, index) => {
    const indicator = caps[item.type];
    const threshold = read[item.type] ?? null;
    const status = checkClassSize(item, indicator, threshold);
    const plainChildren = item.children;
    const cap = status === 'uncapped' ? null : (threshold?.value ?? null);
    // Caps have at most 15 significant digits: their double stands exactly for them.
    const capFigure = cap === null ? null : (threshold as CapThreshold).prepared.float;
    const over = status === 'over' && cap !== null;
    if (typeof plainChildren === 'number' && Number.isSafeInteger(plainChildren)) {
      // A whole number of children (the usual case): every figure is exact in doubles.
      const children = plainChildren + 0; // + 0 turns a -0 from JSON into 0, as toDecimal does
      return {
        index,
        type: item.type,
        children,
        cap: capFigure,
        status,
        excess: over ? new Decimal(children).minus(cap).toNumber() : 0,
        extraClassesNeeded: over && cap.gt(0) ? extraClasses(plainChildren, new Decimal(children), cap) : 0,
        boarding,
      };
    }
    const children = toDecimal(plainChildren);
    return {
      index,
      type: item.type,
      children: children.toNumber(),
      cap: capFigure,
      status,
      excess: over ? children.minus(cap).toNumber() : 0,
      extraClassesNeeded: over && cap.gt(0) ? extraClasses(item.children, children, cap) : 0,
      boarding,
    };
  });
}

/** What every kindergarten of one assessment shares: the indicators to evaluate, their metrics and thresholds. */
export interface KindergartenPlan {
  readonly steps: readonly {
    readonly indicator: Indicator;
    readonly metric: PreschoolMetric;
    readonly threshold: CachedThreshold;
    /** The evaluation options, made once per assessment rather than once per kindergarten. */
    readonly options: EvaluateOptions;
  }[];
  readonly metricById: ReadonlyMap<string, string>;
  /** The class-size caps of the set, read once. */
  readonly caps: ReturnType<typeof readCaps>;
}

/**
 * Reads once what every kindergarten of one assessment shares: each indicator with its metric,
 * threshold and evaluation options, and the class-size caps.
 * @internal
 */
export function kindergartenPlan(
  set: IndicatorSet,
  registry: Readonly<Record<string, PreschoolMetric>>,
): KindergartenPlan {
  const cache = createThresholdCache();
  const steps = set.indicators.map((indicator, i) => {
    const threshold = cache.threshold(indicator, STAGE);
    return {
      indicator,
      metric: metricFor(registry, indicator, i),
      threshold,
      options: { stage: STAGE, threshold: threshold.value, prepared: threshold.prepared },
    };
  });
  return {
    steps,
    metricById: new Map(set.indicators.map((i) => [i.id, i.metric] as const)),
    caps: readCaps(classCapIndicators(set)),
  };
}

/**
 * Assesses one kindergarten: its institution indicators, the county figures computed for it
 * alone, every class against its cap, and what it complies with.
 * @internal
 */
export function assessKindergarten(
  kindergarten: Kindergarten,
  set: IndicatorSet,
  registry: Readonly<Record<string, PreschoolMetric>>,
  caps: ReturnType<typeof classCapIndicators>,
  plan: KindergartenPlan = kindergartenPlan(set, registry),
): KindergartenAssessment {
  const results: IndicatorResult[] = [];
  const countyFigures: IndicatorResult[] = [];
  for (const { indicator, metric, options } of plan.steps) {
    if (metric.level === 'kindergarten') {
      results.push(evaluateIndicator(indicator, metric.compute(kindergarten), options));
    } else if (metric.perKindergarten !== undefined) {
      countyFigures.push(evaluateIndicator(indicator, metric.perKindergarten(kindergarten), options));
    }
  }
  const classes = checkClasses(kindergarten, caps, plan.caps);
  let within = 0;
  let over = 0;
  let uncapped = 0;
  for (const c of classes) {
    if (c.status === 'within') within += 1;
    else if (c.status === 'over') over += 1;
    else uncapped += 1;
  }
  const classCount = { total: classes.length, within, over, uncapped };
  // Children are whole numbers within the safe integers (validated): a plain number stands for
  // them exactly; anything else is read in Decimal.
  const plainChildren = plainNumberOf(kindergarten.children);
  const children = plainChildren ?? toDecimal(kindergarten.children).toNumber();
  const areaMetrics = AREA_METRIC_IDS;
  const metricOf = (r: IndicatorResult): string | undefined => plan.metricById.get(r.indicator);
  const premises = combine(
    results.filter((r) => areaMetrics.includes(metricOf(r) ?? '')).map((r) => r.status),
  );
  let classSizes: ComplianceStatus;
  if (classCount.over > 0) classSizes = 'non-compliant';
  else if (classes.length === 0) classSizes = children === 0 ? 'not-applicable' : 'unknown';
  else classSizes = classCount.within > 0 ? 'compliant' : 'not-applicable';
  const staffing = combine(
    countyFigures.filter((r) => metricOf(r) === 'preschool-children-per-teacher').map((r) => r.status),
  );
  const certified = combine(
    countyFigures
      .filter((r) => {
        const metric = metricOf(r);
        return metric === 'preschool-certified-teachers' || metric === 'preschool-certified-directors';
      })
      .map((r) => r.status),
  );
  const all = combine([premises, classSizes, staffing, certified].map(fromCompliance));
  const flags: KindergartenFlag[] = [];
  if (kindergarten.boarding === true) {
    flags.push({
      code: 'boarding-class-size',
      kindergartenId: kindergarten.id,
      en: `${kindergarten.name} boards children: its classes should be smaller than the ordinary caps (幼儿园工作规程 art. 11 gives no number), so they are checked against the ordinary caps and flagged`,
      zh: `${kindergarten.name}为寄宿制幼儿园：班额应酌情减少（《幼儿园工作规程》未规定具体人数），此处按普通班额标准检查并提示`,
    });
  }
  const year = kindergarten.plannedYear;
  return {
    kindergartenId: kindergarten.id,
    kindergartenName: kindergarten.name,
    ownership: kindergarten.ownership,
    isPublic: isPublicKindergarten(kindergarten.ownership),
    isInclusive: isInclusiveKindergarten(kindergarten.ownership),
    children,
    ...(kindergarten.township === undefined ? {} : { township: kindergarten.township }),
    boarding: kindergarten.boarding === true,
    plannedYear: year ?? null,
    planning: year === undefined ? 'unknown' : year >= PLANNING_CUTOFF_YEAR ? 'from-2017' : 'before-2017',
    results: [...results, ...countyFigures],
    classes,
    classCount,
    compliance: { premises, classSizes, staffing, certified, all },
    flags,
  };
}
