/**
 * The county assessment for the preschool sets (县域学前教育普及普惠, 教督〔2020〕1号): access by
 * children, government guarantee, care quality, social recognition and vetoes, each explained;
 * every kindergarten's class sizes, premises, staffing and certification; the verdict with its
 * reasons in Chinese and English; and what it would take to meet what is not met.
 * @module
 */
import { dudaoError, type SafeResult, safely } from '../error.js';
import type { Indicator, IndicatorSet, Label } from '../indicators/types.js';
import { ceilDivide } from '../numeric/decide.js';
import { Decimal, toDecimal } from '../numeric/decimal.js';
import type { Quantity } from '../schema/common.js';
import type {
  Kindergarten,
  KindergartenClass,
  KindergartenOwnership,
  PreschoolDataset,
} from '../schema/preschool.js';
import { readPreschoolDataset } from '../schema/read.js';
import {
  countyIndicatorResult,
  type EvaluateOptions,
  evaluateIndicator,
  plainIndicatorResult,
} from './evaluate.js';
import { HUNDRED, ZERO } from './exact.js';
import { type AssessmentHeader, assessmentHeader } from './header.js';
import { type CachedThreshold, createThresholdCache } from './institution.js';
import type { MetricOutcome } from './metrics.js';
import {
  AREA_NORM_METRICS,
  checkClassSize,
  classCapIndicators,
  isInclusiveKindergarten,
  isPublicKindergarten,
  PLANNING_CUTOFF_YEAR,
  type PreschoolContext,
  type PreschoolMetric,
  preschoolMetrics,
  readCaps,
} from './preschool-metrics.js';
import type {
  CountyIndicatorResult,
  DataWarning,
  IndicatorResult,
  IndicatorStatus,
  VerdictReason,
} from './types.js';

const STAGE = 'kindergarten' as const;
const OWNERSHIPS: readonly KindergartenOwnership[] = [
  'public-education',
  'public-other',
  'private-inclusive',
  'private-other',
];

/**
 * Options of {@link assessPreschool}. There are no public options yet; the parameter keeps the
 * signature stable for options to come.
 * @category Assessment
 * @example
 * ```ts
 * const options: PreschoolAssessOptions = {};
 * ```
 */
export interface PreschoolAssessOptions {
  /**
   * A metric registry extending or replacing the built-in one (for custom metrics). Not public:
   * a metric's contract still carries the assessment's internal figures.
   * @internal
   */
  readonly metrics?: Readonly<Record<string, PreschoolMetric>>;
}

/**
 * One class of a kindergarten checked against the cap of its type (小班 25, 中班 30, 大班 35,
 * 混合班 30 in the national set).
 * @category Assessment
 * @example
 * ```ts
 * const check: ClassSizeCheck = { index: 2, type: 'large', children: new Decimal(38), cap: new Decimal(35),
 *   status: 'over', excess: new Decimal(3), extraClassesNeeded: 1, boarding: false };
 * ```
 */
export interface ClassSizeCheck {
  /** The class's position in the kindergarten's `classes`. */
  readonly index: number;
  /** Its type. */
  readonly type: KindergartenClass['type'];
  /** Its children. */
  readonly children: Decimal;
  /** The cap of its type; null when the set has none. */
  readonly cap: Decimal | null;
  /** `within` the cap, `over` it, or `uncapped` (the set has no cap for the type). */
  readonly status: 'within' | 'over' | 'uncapped';
  /** Children above the cap (0 unless over). */
  readonly excess: Decimal;
  /** Extra classes a split needs so that every part is within the cap: ceil(children ÷ cap) − 1 (0 unless over). */
  readonly extraClassesNeeded: number;
  /** The kindergarten boards children: its classes should be smaller than the ordinary cap (no number is given). */
  readonly boarding: boolean;
}

/**
 * Whether a kindergarten meets a group of checks: `compliant`, `non-compliant`, `unknown`
 * (a figure is missing) or `not-applicable` (no children, or nothing to check).
 * @category Assessment
 * @example
 * ```ts
 * const c: ComplianceStatus = 'non-compliant';
 * ```
 */
export type ComplianceStatus = 'compliant' | 'non-compliant' | 'unknown' | 'not-applicable';

/**
 * Something to look at in a kindergarten that is not a data error, such as a boarding
 * kindergarten whose classes should be smaller than the ordinary caps.
 * @category Assessment
 * @example
 * ```ts
 * const flag: KindergartenFlag = { code: 'boarding-class-size', kindergartenId: 'k07',
 *   en: 'boarding kindergarten: …', zh: '寄宿制幼儿园：…' };
 * ```
 */
export interface KindergartenFlag {
  /** The kind of flag, e.g. `boarding-class-size`. */
  readonly code: string;
  /** The kindergarten. */
  readonly kindergartenId: string;
  /** English. */
  readonly en: string;
  /** Chinese. */
  readonly zh: string;
}

/**
 * One kindergarten's results (幼儿园评估结果): the per-child premises norms, the largest class of
 * each type, children per full-time teacher and certified staff (the county figures computed for
 * this kindergarten alone), every class against its cap, and what it complies with.
 * @category Assessment
 * @example
 * ```ts
 * const k = assessPreschool(dataset, preschool2020).kindergartens[0];
 * k?.compliance.classSizes; //=> 'compliant'
 * ```
 */
export interface KindergartenAssessment {
  /** The kindergarten's id. */
  readonly kindergartenId: string;
  /** Its name. */
  readonly kindergartenName: string;
  /** Its ownership. */
  readonly ownership: KindergartenOwnership;
  /** Public (公办园): run by an education department or another public body. */
  readonly isPublic: boolean;
  /** Inclusive (普惠性): public, or inclusive private. */
  readonly isInclusive: boolean;
  /** Children enrolled. */
  readonly children: Decimal;
  /** Its township, when given. */
  readonly township?: string;
  /** Whether it boards children. */
  readonly boarding: boolean;
  /** The year its premises were planned; null when not given. */
  readonly plannedYear: number | null;
  /** `from-2017` (planned in or after 2017: every kindergarten must meet the norms), `before-2017` (half must), or `unknown`. */
  readonly planning: 'from-2017' | 'before-2017' | 'unknown';
  /** Institution indicators of the set, then county figures computed for this kindergarten (children per teacher, certified staff). */
  readonly results: readonly IndicatorResult[];
  /** Every class against its cap. */
  readonly classes: readonly ClassSizeCheck[];
  /** How many classes are within their cap, over it, or uncapped. */
  readonly classCount: {
    /** Classes listed. */
    readonly total: number;
    /** Within their cap. */
    readonly within: number;
    /** Over their cap. */
    readonly over: number;
    /** Of a type the set does not cap. */
    readonly uncapped: number;
  };
  /** What the kindergarten complies with. */
  readonly compliance: {
    /** Every per-child premises norm. */
    readonly premises: ComplianceStatus;
    /** Every class within its cap. */
    readonly classSizes: ComplianceStatus;
    /** Children per full-time teacher within the limit. */
    readonly staffing: ComplianceStatus;
    /** Every teacher and director certified. */
    readonly certified: ComplianceStatus;
    /** All four. */
    readonly all: ComplianceStatus;
  };
  /** Flags such as a boarding kindergarten. */
  readonly flags: readonly KindergartenFlag[];
}

/**
 * How many kindergartens comply with a group of checks, and their share.
 * @category Assessment
 * @example
 * ```ts
 * const t: ComplianceTally = { applicable: 10, compliant: 7, nonCompliant: 2, unknown: 1, share: new Decimal(70) };
 * ```
 */
export interface ComplianceTally {
  /** Kindergartens the checks apply to (compliant + non-compliant + unknown). */
  readonly applicable: number;
  /** Compliant. */
  readonly compliant: number;
  /** Not compliant. */
  readonly nonCompliant: number;
  /** Not decided (missing data). */
  readonly unknown: number;
  /** compliant ÷ applicable × 100 (unknown ones are not counted as compliant); null when none applies. */
  readonly share: Decimal | null;
}

/**
 * Counts and shares of compliant kindergartens and classes in the county.
 * @category Assessment
 * @example
 * ```ts
 * assessment.compliance.classes.within; //=> 25
 * assessment.compliance.classes.share?.toFixed(2); //=> '86.21'
 * ```
 */
export interface PreschoolCompliance {
  /** Kindergartens in the dataset. */
  readonly kindergartens: number;
  /** Kindergartens meeting every per-child premises norm. */
  readonly premises: ComplianceTally;
  /** Kindergartens with every class within its cap. */
  readonly classSizes: ComplianceTally;
  /** Kindergartens within the children-per-teacher limit. */
  readonly staffing: ComplianceTally;
  /** Kindergartens whose teachers and directors are all certified. */
  readonly certified: ComplianceTally;
  /** Kindergartens complying with all four. */
  readonly all: ComplianceTally;
  /** Classes. */
  readonly classes: {
    /** Classes listed. */
    readonly total: number;
    /** Within their cap. */
    readonly within: number;
    /** Over their cap. */
    readonly over: number;
    /** Of a type the set does not cap. */
    readonly uncapped: number;
    /** within ÷ (within + over) × 100; null when no class is capped. */
    readonly share: Decimal | null;
  };
}

/**
 * A share counted by kindergartens rather than by children. Reported for reference only: the
 * official inclusive coverage and public share count children (S25: 89.55 % by children against
 * 84.96 % by kindergartens nationally in 2022).
 * @category Assessment
 * @example
 * ```ts
 * assessment.byKindergarten.publicShare.explanation.en;
 * //=> 'by kindergartens: 5 of 10 kindergartens are public (not the official measure, which counts children)'
 * ```
 */
export interface KindergartenCountShare {
  /** Kindergartens of the kind. */
  readonly numerator: Decimal;
  /** All kindergartens. */
  readonly denominator: Decimal;
  /** numerator ÷ denominator × 100; null when there is no kindergarten. */
  readonly value: Decimal | null;
  /** The figure in words, labelled as by kindergartens. */
  readonly explanation: Label;
}

/**
 * County totals of a preschool dataset.
 * @category Assessment
 * @example
 * ```ts
 * assessment.totals.children.toString(); //=> '25113'
 * ```
 */
export interface PreschoolTotals {
  /** Kindergartens. */
  readonly kindergartens: number;
  /** Children enrolled (在园幼儿数). */
  readonly children: Decimal;
  /** Resident population aged 3 to 5 (学前三年适龄人口). */
  readonly populationAged3to5: Decimal;
  /** Kindergartens and children per ownership. */
  readonly byOwnership: Readonly<
    Record<
      KindergartenOwnership,
      {
        /** Kindergartens. */
        readonly kindergartens: number;
        /** Children. */
        readonly children: Decimal;
      }
    >
  >;
  /** Classes listed. */
  readonly classes: number;
  /** Full-time teachers; null when a kindergarten does not give them. */
  readonly fullTimeTeachers: Decimal | null;
}

/**
 * Kindergartens per township named in the data, for the rule of one public central kindergarten
 * per township (a township without any public kindergarten cannot have a public central one).
 * @category Assessment
 * @example
 * ```ts
 * const t: TownshipSummary = { township: '城关镇', kindergartens: 4, publicKindergartens: 2 };
 * ```
 */
export interface TownshipSummary {
  /** The township (乡镇) as written in the data. */
  readonly township: string;
  /** Kindergartens in it. */
  readonly kindergartens: number;
  /** Public kindergartens in it. */
  readonly publicKindergartens: number;
}

/**
 * The explained assessment of a county against a preschool set (县域学前教育普及普惠督导评估结果).
 * @category Assessment
 * @example
 * ```ts
 * const a: PreschoolAssessment = assessPreschool(dataset, preschool2020);
 * a.status; //=> 'failed'
 * a.countyIndicators.find((r) => r.indicator === 'public-share')?.explanation.en; //=> '10301 ÷ 25113 × 100 = 41.018596… < 50'
 * ```
 */
export interface PreschoolAssessment extends AssessmentHeader {
  /** County totals. */
  readonly totals: PreschoolTotals;
  /** Access, government-guarantee and care-quality indicators of the county, in the set's order. */
  readonly countyIndicators: readonly CountyIndicatorResult[];
  /** Social recognition (社会认可度), when the set has it. */
  readonly socialRecognition: CountyIndicatorResult | null;
  /** The veto conditions (一票否决). */
  readonly vetoes: readonly CountyIndicatorResult[];
  /** Inclusive coverage and public share counted by kindergartens: for reference, not the official (by children) figures. */
  readonly byKindergarten: {
    /** Public and inclusive private kindergartens ÷ kindergartens × 100. */
    readonly inclusiveCoverage: KindergartenCountShare;
    /** Public kindergartens ÷ kindergartens × 100. */
    readonly publicShare: KindergartenCountShare;
  };
  /** Every kindergarten, in the dataset's order. */
  readonly kindergartens: readonly KindergartenAssessment[];
  /** Counts and shares of compliant kindergartens and classes. */
  readonly compliance: PreschoolCompliance;
  /** Kindergartens per township named in the data. */
  readonly townships: readonly TownshipSummary[];
  /** Why the county did not pass, or what is undecided. Empty when it passed. */
  readonly reasons: readonly VerdictReason[];
  /** Flags on kindergartens (boarding). */
  readonly flags: readonly KindergartenFlag[];
  /** Oddities in the data that did not stop the assessment. */
  readonly warnings: readonly DataWarning[];
}

function metricFor(
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

// ⌈a ÷ b⌉ (b > 0) in exact integer arithmetic, at any size, as a Decimal.
function ceilDiv(a: Decimal, b: Decimal): Decimal {
  return new Decimal(ceilDivide(a, b).toString());
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
    const children =
      typeof plainChildren === 'number' && Number.isSafeInteger(plainChildren)
        ? new Decimal(plainChildren + 0) // + 0 turns a -0 from JSON into 0, as toDecimal does
        : toDecimal(plainChildren);
    const cap = status === 'uncapped' ? null : (threshold?.value ?? null);
    const over = status === 'over' && cap !== null;
    return {
      index,
      type: item.type,
      children,
      cap,
      status,
      excess: over ? children.minus(cap) : ZERO,
      extraClassesNeeded: over && cap.gt(0) ? extraClasses(item.children, children, cap) : 0,
      boarding,
    };
  });
}

/** What every kindergarten of one assessment shares: the indicators to evaluate, their metrics and thresholds. */
interface KindergartenPlan {
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

function kindergartenPlan(
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

function assessKindergarten(
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
  const children = toDecimal(kindergarten.children);
  const areaMetrics = AREA_METRIC_IDS;
  const metricOf = (r: IndicatorResult): string | undefined => plan.metricById.get(r.indicator);
  const premises = combine(
    results.filter((r) => areaMetrics.includes(metricOf(r) ?? '')).map((r) => r.status),
  );
  let classSizes: ComplianceStatus;
  if (classCount.over > 0) classSizes = 'non-compliant';
  else if (classes.length === 0) classSizes = children.isZero() ? 'not-applicable' : 'unknown';
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

function tally(statuses: readonly ComplianceStatus[]): ComplianceTally {
  const compliant = statuses.filter((s) => s === 'compliant').length;
  const nonCompliant = statuses.filter((s) => s === 'non-compliant').length;
  const unknown = statuses.filter((s) => s === 'unknown').length;
  const applicable = compliant + nonCompliant + unknown;
  return {
    applicable,
    compliant,
    nonCompliant,
    unknown,
    share: applicable === 0 ? null : new Decimal(compliant).times(HUNDRED).div(applicable),
  };
}

function countShare(part: number, all: number, what: Label): KindergartenCountShare {
  const numerator = new Decimal(part);
  const denominator = new Decimal(all);
  return {
    numerator,
    denominator,
    value: all === 0 ? null : numerator.times(HUNDRED).div(denominator),
    explanation: {
      en: `by kindergartens: ${part} of ${all} kindergartens are ${what.en} (not the official measure, which counts children)`,
      zh: `按幼儿园数计：${all}所幼儿园中${what.zh} ${part} 所（非官方口径；官方按在园幼儿数计）`,
    },
  };
}

function dataWarnings(dataset: PreschoolDataset, set: IndicatorSet): DataWarning[] {
  const warnings: DataWarning[] = [];
  dataset.kindergartens.forEach((kindergarten, i) => {
    if (kindergarten.classes.length === 0) return;
    // Head counts: compared as integers while they stay exact, else as Decimals.
    let whole = 0;
    let exactWhole = typeof kindergarten.children === 'number';
    for (const item of kindergarten.classes) {
      const count = item.children;
      if (typeof count === 'number' && Number.isSafeInteger(whole + count)) whole += count;
      else exactWhole = false;
    }
    if (exactWhole && whole === kindergarten.children) return;
    let sum = new Decimal(0);
    for (const item of kindergarten.classes) sum = sum.plus(toDecimal(item.children));
    const children = toDecimal(kindergarten.children);
    if (!sum.eq(children)) {
      warnings.push({
        code: 'class-children-sum',
        path: ['kindergartens', i, 'classes'],
        en: `children of the classes of ${kindergarten.id} add up to ${sum}, the kindergarten has ${children}`,
        zh: `${kindergarten.id} 各班幼儿数之和 ${sum} 与在园幼儿数 ${children} 不符`,
      });
    }
  });
  const known = new Set(set.indicators.flatMap((i) => [i.id, ...(i.aliases ?? [])]));
  for (const key of Object.keys(dataset.countyFacts)) {
    if (known.has(key)) continue;
    warnings.push({
      code: 'unused-fact',
      path: ['countyFacts', key],
      en: `countyFacts.${key} is not an indicator of ${set.id} and was not used`,
      zh: `countyFacts.${key} 不是指标体系 ${set.id} 的指标，未使用`,
    });
  }
  for (const key of Object.keys(dataset.vetoes)) {
    if (known.has(key)) continue;
    warnings.push({
      code: 'unused-veto',
      path: ['vetoes', key],
      en: `vetoes.${key} is not an indicator of ${set.id} and was not used`,
      zh: `vetoes.${key} 不是指标体系 ${set.id} 的指标，未使用`,
    });
  }
  return warnings;
}

function outcomeValue(outcome: MetricOutcome): Decimal | null {
  if (outcome.kind === 'ratio') {
    return outcome.exact.denominator.isZero()
      ? null
      : outcome.exact.numerator.times(outcome.exact.scale).div(outcome.exact.denominator);
  }
  return outcome.kind === 'value' ? outcome.value : null;
}

function show(value: Decimal): string {
  const rounded = value.toDecimalPlaces(6);
  return rounded.eq(value) ? value.toString() : `${rounded.toString()}…`;
}

// A long list of missing figures (a field absent from every kindergarten) is shortened in the
// explanation; `missing` keeps every path.
const MISSING_SHOWN = 5;

function shortened(result: IndicatorResult): IndicatorResult {
  const missing = result.missing ?? [];
  if (result.status !== 'unknown' || missing.length <= MISSING_SHOWN) return result;
  const head = missing.slice(0, MISSING_SHOWN - 2);
  const rest = missing.length - head.length;
  return {
    ...plainIndicatorResult(result),
    explanation: {
      en: `unknown: missing ${head.join(', ')} and ${rest} more`,
      zh: `无法判定：缺少 ${head.join('、')} 等 ${missing.length} 项`,
    },
  };
}

function countyResult(indicator: Indicator, raw: IndicatorResult): CountyIndicatorResult {
  return countyIndicatorResult(indicator, shortened(raw));
}

/**
 * Assesses a county's kindergartens against a preschool indicator set (县域学前教育普及普惠督导评估,
 * 教督〔2020〕1号) and explains every number.
 *
 * The dataset is validated first (a {@link DudaoError} lists every problem with its path).
 * County indicators come from the kindergartens where the data allows (gross enrolment,
 * inclusive coverage and public share by children, classes within their cap, children per
 * full-time teacher, certified staff, the premises shares by planning year) and from
 * `countyFacts`, the survey and the vetoes otherwise. A county fact given for a computed
 * indicator (by id or alias) takes precedence, e.g. a gross enrolment reported by the statistics
 * office as `{ numerator, denominator }`; the result then has `basis: 'fact'` and a warning
 * (`fact-differs-from-data`) says when the kindergartens give another figure. Every decision is
 * exact (85 % exactly meets ≥ 85; 17 000 ÷ 20 000 meets 85 %; 15.0 children per teacher meets ≤ 15)
 * and a missing figure makes its indicator `unknown`, never met.
 *
 * Each kindergarten gets its per-child areas, its classes against the caps of their type (boarding
 * kindergartens flagged: their classes should be smaller, but no number is given), children per
 * teacher and certified staff; the county gets counts and shares of compliant kindergartens and
 * classes, and the inclusive coverage and public share **by kindergartens**, for reference. Class
 * children that do not sum to a kindergarten's children are a warning (`class-children-sum`), not
 * an error.
 *
 * @category Assessment
 * @param input - a dataset from `parsePreschoolDataset`, or any `PreschoolDataset` (validated here)
 * @param set - a preschool indicator set, e.g. {@link preschool2020}
 * @param options - see {@link PreschoolAssessOptions}
 * @returns the explained assessment
 * @throws {@link DudaoError} when the dataset is invalid, the set is not a preschool set
 *   (`wrong-programme`) or names a metric dudao does not have (`unknown-metric`, `metric-scope`)
 * @example
 * ```ts
 * const assessment = assessPreschool(dataset, preschool2020);
 * assessment.countyIndicators.find((r) => r.indicator === 'inclusive-coverage')?.explanation.en;
 * //=> '17930 ÷ 25113 × 100 = 71.397284… < 80'
 * assessment.passed; //=> false
 * ```
 */
export function assessPreschool(
  input: unknown,
  set: IndicatorSet,
  options: PreschoolAssessOptions = {},
): PreschoolAssessment {
  if (set.programme !== 'preschool') {
    throw dudaoError(
      'wrong-programme',
      ['set', 'programme'],
      `set "${set.id}" is for ${set.programme}, not preschool education`,
      `指标体系 "${set.id}" 不属于学前教育（${set.programme}）`,
    );
  }
  const registry =
    options.metrics === undefined ? preschoolMetrics : { ...preschoolMetrics, ...options.metrics };
  set.indicators.forEach((indicator, i) => {
    metricFor(registry, indicator, i);
  });
  const dataset = readPreschoolDataset(input);
  const byId = new Map(set.indicators.map((i) => [i.id, i] as const));
  const caps = classCapIndicators(set);

  const plan = kindergartenPlan(set, registry);
  const kindergartens = dataset.kindergartens.map((k) => assessKindergarten(k, set, registry, caps, plan));

  // County metrics reuse the kindergartens' checks (same set, same order).
  const context: PreschoolContext = { dataset, set, kindergartens };
  const withoutFacts: PreschoolContext = { dataset: { ...dataset, countyFacts: {} }, set, kindergartens };
  const warnings = dataWarnings(dataset, set);
  const countyIndicators: CountyIndicatorResult[] = [];
  const vetoes: CountyIndicatorResult[] = [];
  let socialRecognition: CountyIndicatorResult | null = null;
  set.indicators.forEach((indicator, i) => {
    const metric = metricFor(registry, indicator, i);
    if (metric.level !== 'county') return;
    const result = countyResult(
      indicator,
      evaluateIndicator(indicator, metric.compute(context, indicator), { stage: STAGE }),
    );
    if (result.basis === 'fact' && !indicator.metric.startsWith('county-fact-')) {
      const computed = outcomeValue(metric.compute(withoutFacts, indicator));
      if (computed !== null && result.value !== null && !computed.eq(result.value)) {
        warnings.push({
          code: 'fact-differs-from-data',
          path: ['countyFacts', indicator.id],
          en: `${indicator.id}: countyFacts gives ${show(result.value)}, the kindergartens give ${show(computed)} (the fact is used)`,
          zh: `${indicator.name.zh}：县级材料为 ${show(result.value)}，按幼儿园数据计算为 ${show(computed)}（采用县级材料）`,
        });
      }
    }
    if (indicator.aspect === 'veto') vetoes.push(result);
    else if (indicator.aspect === 'social-recognition' && socialRecognition === null)
      socialRecognition = result;
    else countyIndicators.push(result);
  });

  const reasons: VerdictReason[] = [];
  let undecided = false;
  const judge = (result: CountyIndicatorResult, veto: boolean): void => {
    if (result.advisory || result.status === 'met' || result.status === 'not-applicable') return;
    if (result.status === 'measured') return;
    const indicator = byId.get(result.indicator);
    const name = indicator === undefined ? { en: result.indicator, zh: result.indicator } : indicator.name;
    if (result.status === 'unknown') {
      undecided = true;
      reasons.push({
        code: 'unknown',
        indicator: result.indicator,
        en: `${name.en}: ${result.explanation.en}`,
        zh: `${name.zh}：${result.explanation.zh}`,
      });
      return;
    }
    reasons.push({
      code: veto || result.veto ? 'veto' : 'indicator-unmet',
      indicator: result.indicator,
      en: `${name.en}: ${veto ? 'veto condition occurred' : `not met (${result.explanation.en})`}`,
      zh: `${name.zh}：${veto ? '存在一票否决情形' : `未达标（${result.explanation.zh}）`}`,
    });
  };
  for (const result of countyIndicators) judge(result, false);
  if (socialRecognition !== null) judge(socialRecognition, false);
  for (const result of vetoes) judge(result, true);
  const failed = reasons.some((r) => r.code !== 'unknown');
  const byOwnership = Object.fromEntries(
    OWNERSHIPS.map((o) => [o, { kindergartens: 0, children: new Decimal(0) }]),
  ) as Record<KindergartenOwnership, { kindergartens: number; children: Decimal }>;
  let children = new Decimal(0);
  let teachers: Decimal | null = new Decimal(0);
  let classTotal = 0;
  for (const kindergarten of dataset.kindergartens) {
    const entry = byOwnership[kindergarten.ownership];
    entry.kindergartens += 1;
    entry.children = entry.children.plus(toDecimal(kindergarten.children));
    children = children.plus(toDecimal(kindergarten.children));
    const fullTime = kindergarten.staff.fullTimeTeachers;
    teachers = teachers === null || fullTime === undefined ? null : teachers.plus(toDecimal(fullTime));
    classTotal += kindergarten.classes.length;
  }

  const count = dataset.kindergartens.length;
  const classWithin = kindergartens.reduce((s, k) => s + k.classCount.within, 0);
  const classOver = kindergartens.reduce((s, k) => s + k.classCount.over, 0);
  const townships = new Map<string, { kindergartens: number; publicKindergartens: number }>();
  for (const k of kindergartens) {
    if (k.township === undefined) continue;
    const entry = townships.get(k.township) ?? { kindergartens: 0, publicKindergartens: 0 };
    entry.kindergartens += 1;
    if (k.isPublic) entry.publicKindergartens += 1;
    townships.set(k.township, entry);
  }

  return {
    ...assessmentHeader(set, dataset, failed, undecided),
    totals: {
      kindergartens: count,
      children,
      populationAged3to5: toDecimal(dataset.populationAged3to5),
      byOwnership,
      classes: classTotal,
      fullTimeTeachers: teachers,
    },
    countyIndicators,
    socialRecognition,
    vetoes,
    byKindergarten: {
      inclusiveCoverage: countShare(kindergartens.filter((k) => k.isInclusive).length, count, {
        en: 'public or inclusive private',
        zh: '公办园或普惠性民办园',
      }),
      publicShare: countShare(kindergartens.filter((k) => k.isPublic).length, count, {
        en: 'public',
        zh: '公办园',
      }),
    },
    kindergartens,
    compliance: {
      kindergartens: count,
      premises: tally(kindergartens.map((k) => k.compliance.premises)),
      classSizes: tally(kindergartens.map((k) => k.compliance.classSizes)),
      staffing: tally(kindergartens.map((k) => k.compliance.staffing)),
      certified: tally(kindergartens.map((k) => k.compliance.certified)),
      all: tally(kindergartens.map((k) => k.compliance.all)),
      classes: {
        total: classTotal,
        within: classWithin,
        over: classOver,
        uncapped: classTotal - classWithin - classOver,
        share:
          classWithin + classOver === 0
            ? null
            : new Decimal(classWithin).times(HUNDRED).div(classWithin + classOver),
      },
    },
    townships: [...townships].map(([township, entry]) => ({ township, ...entry })),
    reasons,
    flags: kindergartens.flatMap((k) => k.flags),
    warnings,
  };
}

/**
 * {@link assessPreschool} without throwing (学前教育督导评估，安全版): invalid input comes back as
 * `{ success: false, error }`.
 * @category Assessment
 * @param input - a `PreschoolDataset`
 * @param set - a preschool indicator set
 * @param options - as for {@link assessPreschool}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * const result = safeAssessPreschool({ schemaVersion: 1 }, preschool2020);
 * result.success; //=> false
 * ```
 */
export function safeAssessPreschool(
  input: unknown,
  set: IndicatorSet,
  options: PreschoolAssessOptions = {},
): SafeResult<PreschoolAssessment> {
  return safely(() => assessPreschool(input, set, options));
}

// ── What it would take (差距测算) ─────────────────────────────────────────────────────────────

/**
 * Places needed to reach the gross enrolment rate (毛入园率差距): whole children, and an estimate of
 * new kindergartens at the county's mean kindergarten size.
 * @category Gap
 * @example
 * ```ts
 * preschoolGaps(assessment, preschool2020).grossEnrolment?.places?.toString(); //=> '574'
 * ```
 */
export interface EnrolmentGap {
  /** The indicator. */
  readonly indicator: string;
  /** The threshold (%). */
  readonly threshold: Decimal;
  /** Children enrolled (the ratio's numerator); null when the rate was given as a bare value. */
  readonly enrolled: Decimal | null;
  /** Population aged 3 to 5 (the ratio's denominator); null when the rate was given as a bare value. */
  readonly population: Decimal | null;
  /** Children the threshold requires: ceil(threshold × population ÷ 100). */
  readonly required: Decimal | null;
  /** Places to add: required − enrolled. */
  readonly places: Decimal | null;
  /** The county's mean kindergarten size (children ÷ kindergartens). */
  readonly meanKindergartenSize: Decimal | null;
  /** Estimated new kindergartens at the mean size: ceil(places ÷ mean size). */
  readonly kindergartensNeeded: number | null;
  /** The gap in words. */
  readonly explanation: Label;
}

/**
 * Children to move into public (or inclusive) places to reach the public share (or inclusive
 * coverage), and an estimate of the kindergartens to convert, largest first.
 * @category Gap
 * @example
 * ```ts
 * preschoolGaps(assessment, preschool2020).publicShare?.children.toString(); //=> '2256'
 * ```
 */
export interface ConversionGap {
  /** The indicator (`public-share` or `inclusive-coverage`). */
  readonly indicator: string;
  /** The threshold (%). */
  readonly threshold: Decimal;
  /** Children in public (or inclusive) places now. */
  readonly current: Decimal;
  /** All children. */
  readonly total: Decimal;
  /** Children the threshold requires: ceil(threshold × total ÷ 100). */
  readonly required: Decimal;
  /** Children to move: required − current. */
  readonly children: Decimal;
  /** Kindergartens to convert, largest first: non-public ones for the public share, `private-other` ones for inclusive coverage. */
  readonly conversions: readonly {
    /** The kindergarten. */
    readonly kindergartenId: string;
    /** Its name. */
    readonly kindergartenName: string;
    /** Its ownership now. */
    readonly ownership: KindergartenOwnership;
    /** Its children. */
    readonly children: Decimal;
  }[];
  /** Children in the converted kindergartens. */
  readonly childrenConverted: Decimal;
  /** Whether the conversions move enough children. */
  readonly sufficient: boolean;
  /** The gap in words. */
  readonly explanation: Label;
}

/**
 * Full-time teachers to hire for the children-per-teacher limit (专任教师缺口).
 * @category Gap
 * @example
 * ```ts
 * preschoolGaps(assessment, preschool2020).teachers?.hire.toString(); //=> '691'
 * ```
 */
export interface TeacherGap {
  /** The indicator. */
  readonly indicator: string;
  /** The limit (children per teacher). */
  readonly threshold: Decimal;
  /** Children. */
  readonly children: Decimal;
  /** Full-time teachers now. */
  readonly teachers: Decimal;
  /** Teachers the limit requires: ceil(children ÷ limit). */
  readonly required: Decimal;
  /** Teachers to hire for the county figure: required − teachers. */
  readonly hire: Decimal;
  /** Teachers each kindergarten over the limit would need on its own. */
  readonly byKindergarten: readonly {
    /** The kindergarten. */
    readonly kindergartenId: string;
    /** Teachers to hire there: ceil(children ÷ limit) − teachers. */
    readonly hire: Decimal;
  }[];
  /** The gap in words. */
  readonly explanation: Label;
}

/**
 * Oversized classes to split (超额班级拆分): each needs ceil(children ÷ cap) − 1 extra classes.
 * @category Gap
 * @example
 * ```ts
 * preschoolGaps(assessment, preschool2020).classes?.extraClasses; //=> 5
 * ```
 */
export interface ClassSplitGap {
  /** Every class over its cap. */
  readonly splits: readonly {
    /** The kindergarten. */
    readonly kindergartenId: string;
    /** The class's index in `classes`. */
    readonly classIndex: number;
    /** Its type. */
    readonly type: KindergartenClass['type'];
    /** Its children. */
    readonly children: Decimal;
    /** The cap. */
    readonly cap: Decimal;
    /** Extra classes: ceil(children ÷ cap) − 1. */
    readonly extraClasses: number;
  }[];
  /** Extra classes in all. */
  readonly extraClasses: number;
  /** The gap in words. */
  readonly explanation: Label;
}

/**
 * Premises below a per-child norm: the floor area a kindergarten lacks.
 * @category Gap
 * @example
 * ```ts
 * preschoolGaps(assessment, preschool2020).premises[0]?.shortfall.toString(); //=> '60'
 * ```
 */
export interface PremisesGap {
  /** The kindergarten. */
  readonly kindergartenId: string;
  /** The norm's indicator. */
  readonly indicator: string;
  /** Planned in or after 2017 (must meet the norm) or before (half of those must). */
  readonly planning: KindergartenAssessment['planning'];
  /** Its area now (m²). */
  readonly area: Decimal;
  /** The area the norm requires: norm × children (m²). */
  readonly required: Decimal;
  /** required − area (m²). */
  readonly shortfall: Decimal;
}

/**
 * Everything {@link preschoolGaps} works out; a part is null when its indicator is met, unknown,
 * or not in the set.
 * @category Gap
 * @example
 * ```ts
 * const gaps: PreschoolGaps = preschoolGaps(assessment, preschool2020);
 * ```
 */
export interface PreschoolGaps {
  /** Places for the gross enrolment rate. */
  readonly grossEnrolment: EnrolmentGap | null;
  /** Children to move into public places. */
  readonly publicShare: ConversionGap | null;
  /** Children to move into inclusive places. */
  readonly inclusiveCoverage: ConversionGap | null;
  /** Teachers to hire. */
  readonly teachers: TeacherGap | null;
  /** Classes to split (every class over its cap, whether or not the county share is met). */
  readonly classes: ClassSplitGap | null;
  /** Uncertified teachers and directors (to certify or replace), when a certification indicator is unmet. */
  readonly certification: {
    /** Full-time teachers without a certificate. */
    readonly teachers: Decimal;
    /** Directors without a certificate. */
    readonly directors: Decimal;
  } | null;
  /** Floor area each kindergarten lacks for each per-child norm it misses. */
  readonly premises: readonly PremisesGap[];
}

function resultByMetric(
  assessment: PreschoolAssessment,
  set: IndicatorSet,
  metric: string,
): CountyIndicatorResult | undefined {
  const indicator = set.indicators.find((i) => i.metric === metric);
  return indicator === undefined
    ? undefined
    : assessment.countyIndicators.find((r) => r.indicator === indicator.id);
}

function enrolmentGap(assessment: PreschoolAssessment, result: CountyIndicatorResult): EnrolmentGap | null {
  if (result.status !== 'unmet' || result.threshold === null) return null;
  const threshold = result.threshold;
  const { kindergartens, children } = assessment.totals;
  const mean = kindergartens === 0 || children.isZero() ? null : children.div(kindergartens);
  if (result.numerator === undefined || result.denominator === undefined || result.scale === undefined) {
    return {
      indicator: result.indicator,
      threshold,
      enrolled: null,
      population: null,
      required: null,
      places: null,
      meanKindergartenSize: mean,
      kindergartensNeeded: null,
      explanation: {
        en: `the rate was given as a value (${result.value?.toString() ?? '—'} %); places need the enrolled children and the population`,
        zh: `毛入园率以数值给出（${result.value?.toString() ?? '—'}%），测算学位缺口需要在园幼儿数和适龄人口数`,
      },
    };
  }
  const required = ceilDiv(threshold.times(result.denominator), result.scale);
  const places = required.minus(result.numerator);
  const needed = mean === null ? null : ceilDiv(places.times(kindergartens), children).toNumber();
  const meanText = mean === null ? '' : show(mean);
  return {
    indicator: result.indicator,
    threshold,
    enrolled: result.numerator,
    population: result.denominator,
    required,
    places,
    meanKindergartenSize: mean,
    kindergartensNeeded: needed,
    explanation: {
      en: `${places} more places: ceil(${threshold} × ${result.denominator} ÷ ${result.scale}) = ${required} children needed, ${result.numerator} enrolled${needed === null ? '' : `; about ${needed} new ${needed === 1 ? 'kindergarten' : 'kindergartens'} at the county’s mean size of ${meanText} children (an estimate)`}`,
      zh: `需新增学位 ${places} 个：需在园幼儿 ⌈${threshold} × ${result.denominator} ÷ ${result.scale}⌉ = ${required} 人，现有 ${result.numerator} 人${needed === null ? '' : `；按全县园均规模 ${meanText} 人估算，约需新建幼儿园 ${needed} 所（估算）`}`,
    },
  };
}

function conversionGap(
  assessment: PreschoolAssessment,
  result: CountyIndicatorResult,
  candidate: (k: KindergartenAssessment) => boolean,
  label: { en: string; zh: string },
): ConversionGap | null {
  if (result.status !== 'unmet' || result.threshold === null) return null;
  if (result.numerator === undefined || result.denominator === undefined || result.scale === undefined)
    return null;
  const threshold = result.threshold;
  const required = ceilDiv(threshold.times(result.denominator), result.scale);
  const children = required.minus(result.numerator);
  const ordered = assessment.kindergartens
    .filter(candidate)
    .sort(
      (a, b) =>
        b.children.cmp(a.children) ||
        (a.kindergartenId < b.kindergartenId ? -1 : a.kindergartenId > b.kindergartenId ? 1 : 0),
    );
  const conversions: ConversionGap['conversions'][number][] = [];
  let moved = new Decimal(0);
  for (const k of ordered) {
    if (moved.gte(children)) break;
    conversions.push({
      kindergartenId: k.kindergartenId,
      kindergartenName: k.kindergartenName,
      ownership: k.ownership,
      children: k.children,
    });
    moved = moved.plus(k.children);
  }
  const sufficient = moved.gte(children);
  return {
    indicator: result.indicator,
    threshold,
    current: result.numerator,
    total: result.denominator,
    required,
    children,
    conversions,
    childrenConverted: moved,
    sufficient,
    explanation: {
      en: `${children} children to move into ${label.en} places: ceil(${threshold} × ${result.denominator} ÷ ${result.scale}) = ${required} needed, ${result.numerator} now; converting ${conversions.length} ${conversions.length === 1 ? 'kindergarten' : 'kindergartens'}, largest first (${conversions.map((c) => c.kindergartenId).join(', ')}), moves ${moved}${sufficient ? '' : ' (not enough)'} (an estimate)`,
      zh: `需转入${label.zh}学位的幼儿 ${children} 人：需 ⌈${threshold} × ${result.denominator} ÷ ${result.scale}⌉ = ${required} 人，现有 ${result.numerator} 人；按规模从大到小转设 ${conversions.length} 所幼儿园（${conversions.map((c) => c.kindergartenId).join('、')}），可转入 ${moved} 人${sufficient ? '' : '（仍不足）'}（估算）`,
    },
  };
}

function teacherGap(assessment: PreschoolAssessment, result: CountyIndicatorResult): TeacherGap | null {
  if (result.status !== 'unmet' || result.threshold === null || result.threshold.lte(0)) return null;
  if (result.numerator === undefined || result.denominator === undefined || result.scale === undefined)
    return null;
  const limit = result.threshold;
  const required = ceilDiv(result.numerator.times(result.scale), limit);
  const hire = required.minus(result.denominator);
  const byKindergarten: TeacherGap['byKindergarten'][number][] = [];
  for (const k of assessment.kindergartens) {
    const own = k.results.find((r) => r.indicator === result.indicator);
    if (own?.status !== 'unmet' || own.numerator === undefined || own.denominator === undefined) continue;
    byKindergarten.push({
      kindergartenId: k.kindergartenId,
      hire: ceilDiv(own.numerator, limit).minus(own.denominator),
    });
  }
  return {
    indicator: result.indicator,
    threshold: limit,
    children: result.numerator,
    teachers: result.denominator,
    required,
    hire,
    byKindergarten,
    explanation: {
      en: `${hire} more full-time teachers: ceil(${result.numerator} ÷ ${limit}) = ${required} needed, ${result.denominator} now`,
      zh: `需增加专任教师 ${hire} 人：需 ⌈${result.numerator} ÷ ${limit}⌉ = ${required} 人，现有 ${result.denominator} 人`,
    },
  };
}

/**
 * Works out what it would take for a county to meet the preschool indicators it does not meet
 * (学前教育差距测算), in whole children, teachers and classes.
 *
 * - Gross enrolment: places = ceil(threshold × population ÷ 100) − enrolled, and an estimate of
 *   new kindergartens at the county's mean kindergarten size (children ÷ kindergartens).
 * - Public share and inclusive coverage: children to move = ceil(threshold × children ÷ 100) −
 *   children in public (inclusive) places, and an estimate of the kindergartens to convert:
 *   the largest non-public ones first for the public share, the largest `private-other` ones
 *   first for inclusive coverage (whole kindergartens, so they may move more children than
 *   needed). The two plans are independent: converting a `private-other` kindergarten to public
 *   raises both figures.
 * - Children per teacher: teachers to hire = ceil(children ÷ limit) − teachers, with what each
 *   kindergarten over the limit would need on its own.
 * - Class sizes: every class over its cap, with ceil(children ÷ cap) − 1 extra classes; splitting
 *   them all brings every class within its cap.
 * - Certification: uncertified teachers and directors; premises: the m² each kindergarten lacks
 *   for each per-child norm it misses.
 *
 * Each figure is exact and the smallest whole number that meets the threshold when applied to
 * the data.
 *
 * @category Gap
 * @param assessment - a preschool assessment
 * @param set - the set it was made with
 * @returns the gaps; a part is null when its indicator is met, unknown or not in the set
 * @example
 * ```ts
 * const gaps = preschoolGaps(assessPreschool(dataset, preschool2020), preschool2020);
 * gaps.grossEnrolment?.places?.toString(); //=> '574'
 * gaps.teachers?.hire.toString(); //=> '691'
 * ```
 */
export function preschoolGaps(assessment: PreschoolAssessment, set: IndicatorSet): PreschoolGaps {
  const gross = resultByMetric(assessment, set, 'preschool-gross-enrolment');
  const pub = resultByMetric(assessment, set, 'preschool-public-share');
  const inclusive = resultByMetric(assessment, set, 'preschool-inclusive-coverage');
  const ratio = resultByMetric(assessment, set, 'preschool-children-per-teacher');

  const splits: ClassSplitGap['splits'][number][] = [];
  for (const k of assessment.kindergartens) {
    for (const c of k.classes) {
      if (c.status !== 'over' || c.cap === null) continue;
      splits.push({
        kindergartenId: k.kindergartenId,
        classIndex: c.index,
        type: c.type,
        children: c.children,
        cap: c.cap,
        extraClasses: c.extraClassesNeeded,
      });
    }
  }
  const extra = splits.reduce((s, x) => s + x.extraClasses, 0);
  const classes: ClassSplitGap | null =
    splits.length === 0
      ? null
      : {
          splits,
          extraClasses: extra,
          explanation: {
            en: `split ${splits.length} oversized ${splits.length === 1 ? 'class' : 'classes'}, which needs ${extra} extra ${extra === 1 ? 'class' : 'classes'} (ceil(children ÷ cap) − 1 each)`,
            zh: `拆分超额班级 ${splits.length} 个，需增设班级 ${extra} 个（每班 ⌈幼儿数 ÷ 班额标准⌉ − 1）`,
          },
        };

  let certification: PreschoolGaps['certification'] = null;
  const certifiedUnmet = assessment.countyIndicators.some((r) => {
    const metric = set.indicators.find((i) => i.id === r.indicator)?.metric;
    return (
      r.status === 'unmet' &&
      (metric === 'preschool-certified-teachers' || metric === 'preschool-certified-directors')
    );
  });
  if (certifiedUnmet) {
    let teachers = new Decimal(0);
    let directors = new Decimal(0);
    for (const k of assessment.kindergartens) {
      for (const r of k.results) {
        if (r.numerator === undefined || r.denominator === undefined) continue;
        const metric = set.indicators.find((i) => i.id === r.indicator)?.metric;
        const missing = r.denominator.minus(r.numerator);
        if (metric === 'preschool-certified-teachers') teachers = teachers.plus(missing);
        if (metric === 'preschool-certified-directors') directors = directors.plus(missing);
      }
    }
    certification = { teachers, directors };
  }

  const areaMetrics: readonly string[] = Object.values(AREA_NORM_METRICS);
  const premises: PremisesGap[] = [];
  for (const k of assessment.kindergartens) {
    for (const r of k.results) {
      const metric = set.indicators.find((i) => i.id === r.indicator)?.metric ?? '';
      if (!areaMetrics.includes(metric) || r.status !== 'unmet') continue;
      if (r.numerator === undefined || r.denominator === undefined || r.threshold === null) continue;
      const required = r.threshold.times(r.denominator);
      premises.push({
        kindergartenId: k.kindergartenId,
        indicator: r.indicator,
        planning: k.planning,
        area: r.numerator,
        required,
        shortfall: required.minus(r.numerator),
      });
    }
  }

  return {
    grossEnrolment: gross === undefined ? null : enrolmentGap(assessment, gross),
    publicShare:
      pub === undefined
        ? null
        : conversionGap(assessment, pub, (k) => !k.isPublic, { en: 'public', zh: '公办园' }),
    inclusiveCoverage:
      inclusive === undefined
        ? null
        : conversionGap(assessment, inclusive, (k) => !k.isInclusive, {
            en: 'inclusive',
            zh: '普惠性幼儿园',
          }),
    teachers: ratio === undefined ? null : teacherGap(assessment, ratio),
    classes,
    certification,
    premises,
  };
}
