/**
 * The preschool metric registry (学前教育指标计算方法): how each indicator of a preschool set is
 * computed from a kindergarten or from the county's kindergartens, keyed by metric id, as
 * `assess/metrics.ts` does for compulsory education. County facts, the survey and the vetoes are
 * read by the same metrics as the compulsory sets (`county-fact-*`, `survey-satisfaction`,
 * `veto-flag`).
 * @module
 */
import type { Indicator, IndicatorSet, Label, Stage } from '../indicators/types.js';
import { compareValueTo, type PreparedThreshold, thresholdOf } from '../numeric/decide.js';
import { Decimal, toDecimal } from '../numeric/decimal.js';
import { type MoneyUnit, type Quantity, yuanPerUnit } from '../schema/common.js';
import type {
  Kindergarten,
  KindergartenClass,
  KindergartenOwnership,
  PreschoolDataset,
} from '../schema/preschool.js';
import { evaluateIndicator, thresholdFor } from './evaluate.js';
import { HUNDRED, ONE, satisfies } from './exact.js';
import {
  type CountyContext,
  compulsoryMetrics,
  lacksThreshold,
  type MetricOutcome,
  type MetricQuantity,
} from './metrics.js';
import { PlainRatioOutcome, PlainValueOutcome, plainNumberOf } from './plain-ratio.js';
import type { IndicatorResult } from './types.js';

const STAGE: Stage = 'kindergarten';

/**
 * The planning year from which the stricter premises rule applies (2017: probably the year
 * 《幼儿园建设标准》建标175-2016 took effect). Kindergartens planned in or after it must all meet the
 * per-child norms; at least half of the older ones must.
 * @category Assessment
 * @example
 * ```ts
 * PLANNING_CUTOFF_YEAR; //=> 2017
 * ```
 */
export const PLANNING_CUTOFF_YEAR = 2017;

/**
 * Whether a kindergarten is public (公办园): run by an education department or by another public
 * body (公办性质).
 * @category Assessment
 * @param ownership - the kindergarten's ownership
 * @returns `true` for `public-education` and `public-other`
 * @example
 * ```ts
 * isPublicKindergarten('public-other'); //=> true
 * isPublicKindergarten('private-inclusive'); //=> false
 * ```
 */
export function isPublicKindergarten(ownership: KindergartenOwnership): boolean {
  return ownership === 'public-education' || ownership === 'public-other';
}

/**
 * Whether a kindergarten is inclusive (普惠性幼儿园): public, or private and recognised as
 * inclusive (普惠性民办园).
 * @category Assessment
 * @param ownership - the kindergarten's ownership
 * @returns `true` for every ownership except `private-other`
 * @example
 * ```ts
 * isInclusiveKindergarten('private-inclusive'); //=> true
 * isInclusiveKindergarten('private-other'); //=> false
 * ```
 */
export function isInclusiveKindergarten(ownership: KindergartenOwnership): boolean {
  return ownership !== 'private-other';
}

/**
 * What a preschool county metric can see: the validated dataset and the indicator set (whose
 * per-kindergarten norms decide the county shares).
 * @category Assessment
 * @example
 * ```ts
 * const context: PreschoolContext = { dataset: parsePreschoolDataset(input), set: preschool2020 };
 * ```
 */
export interface PreschoolContext {
  /** The dataset, validated. */
  readonly dataset: PreschoolDataset;
  /** The indicator set being applied. */
  readonly set: IndicatorSet;
  /**
   * The kindergartens already assessed against `set`, in the dataset's order, when the caller
   * has them: county metrics then reuse their per-kindergarten checks instead of repeating them.
   */
  readonly kindergartens?: readonly KindergartenChecks[];
}

/**
 * What a county metric may reuse from an assessed kindergarten: its results and its class counts.
 * @category Assessment
 * @example
 * ```ts
 * const checks: KindergartenChecks = { results: [], classCount: { total: 0, within: 0, over: 0, uncapped: 0 } };
 * ```
 */
export interface KindergartenChecks {
  /** The kindergarten's indicator results. */
  readonly results: readonly IndicatorResult[];
  /** Its classes within, over and without a cap. */
  readonly classCount: {
    /** Every class. */
    readonly total: number;
    /** Classes within their cap. */
    readonly within: number;
    /** Classes over their cap. */
    readonly over: number;
    /** Classes of a type without a cap. */
    readonly uncapped: number;
  };
}

/**
 * A metric computed for one kindergarten (per-child areas, the largest class of a type).
 * Missing figures are named relative to the kindergarten (`areas.outdoorPlay`).
 * @category Assessment
 * @example
 * ```ts
 * preschoolMetrics['kindergarten-building-area-per-child']?.level; //=> 'kindergarten'
 * ```
 */
export interface KindergartenMetric {
  /** Computed per kindergarten. */
  readonly level: 'kindergarten';
  /** What the numerator counts. */
  readonly quantity: MetricQuantity;
  /** The figures it reads, for messages. */
  readonly reads: Label;
  /** Computes the outcome for one kindergarten. */
  readonly compute: (kindergarten: Kindergarten) => MetricOutcome;
}

/**
 * A metric computed once for the county. Figures that also make sense for one kindergarten
 * (children per teacher, certified staff) say so with `perKindergarten`.
 * @category Assessment
 * @example
 * ```ts
 * preschoolMetrics['preschool-children-per-teacher']?.level; //=> 'county'
 * ```
 */
export interface PreschoolCountyMetric {
  /** Computed once for the county. */
  readonly level: 'county';
  /** What the numerator counts. */
  readonly quantity: MetricQuantity;
  /** The figures it reads, for messages. */
  readonly reads: Label;
  /** Computes the outcome for the county and one indicator. */
  readonly compute: (context: PreschoolContext, indicator: Indicator) => MetricOutcome;
  /** The same figure for one kindergarten, reported beside the county figure. */
  readonly perKindergarten?: (kindergarten: Kindergarten) => MetricOutcome;
}

/**
 * Any metric of the preschool registry.
 * @category Assessment
 * @example
 * ```ts
 * const metric: PreschoolMetric | undefined = preschoolMetrics['preschool-gross-enrolment'];
 * ```
 */
export type PreschoolMetric = KindergartenMetric | PreschoolCountyMetric;

const d = (q: Quantity): Decimal => toDecimal(q);

function ratio(
  numerator: Decimal,
  denominator: Decimal,
  scale: Decimal,
  basis: 'schools' | 'fact' | 'survey' = 'schools',
): MetricOutcome {
  return { kind: 'ratio', numerator, denominator, exact: { numerator, denominator, scale }, basis };
}

/**
 * A ratio of two input quantities. When both are plain JSON numbers the outcome also carries the
 * float (so decisions far from the threshold skip Decimal arithmetic) and the plain figures.
 */
/**
 * A running sum of head counts: whole numbers added as integers while they stay exact, in
 * Decimal from the first figure that is not (a decimal string, a huge count).
 */
class HeadCount {
  #whole = 0;
  #decimal: Decimal | undefined;

  /** Adds a ratio outcome's numerator or denominator, read as a plain number when it has one. */
  add(plain: number | undefined, exact: () => Decimal): void {
    if (this.#decimal === undefined && plain !== undefined && Number.isSafeInteger(plain)) {
      const next = this.#whole + plain;
      if (Number.isSafeInteger(next)) {
        this.#whole = next;
        return;
      }
    }
    this.#decimal = (this.#decimal ?? new Decimal(this.#whole)).plus(exact());
  }

  /** The sum. */
  value(): Decimal {
    return this.#decimal ?? new Decimal(this.#whole);
  }

  /** The sum as a plain number, while it is a whole number summed exactly. */
  plain(): number | undefined {
    return this.#decimal === undefined ? this.#whole : undefined;
  }
}

/** Two sums of head counts as a ratio: plain (decided in exact integers when whole) while both are. */
function headCountRatio(
  numerator: HeadCount,
  denominator: HeadCount,
  scale: Decimal,
  scaleNumber: number,
): MetricOutcome {
  const n = numerator.plain();
  const m = denominator.plain();
  if (n !== undefined && m !== undefined && m > 0) {
    return new PlainRatioOutcome(n, m, scale, scaleNumber);
  }
  return ratio(numerator.value(), denominator.value(), scale);
}

/** part ÷ whole × 100 for two whole counts (whole > 0): decided in exact integers at 100 %. */
function countShare(part: number, whole: number): MetricOutcome {
  return new PlainRatioOutcome(part, whole, HUNDRED, 100);
}

const NO_CHILDREN: MetricOutcome = Object.freeze({ kind: 'not-applicable', reason: 'no children' });

/** Whether a kindergarten enrols no children (read without a Decimal when it is a plain number). */
function noChildren(kindergarten: Kindergarten): boolean {
  const count = kindergarten.children;
  return typeof count === 'number' ? count === 0 : d(count).isZero();
}

function quantityRatio(num: Quantity, den: Quantity, scale: Decimal, scaleNumber: number): MetricOutcome {
  const n = plainNumberOf(num);
  const m = plainNumberOf(den);
  if (n !== undefined && m !== undefined && m > 0) {
    return new PlainRatioOutcome(n, m, scale, scaleNumber);
  }
  return ratio(d(num), d(den), scale);
}

function compulsoryContext(context: PreschoolContext): CountyContext {
  return {
    facts: context.dataset.countyFacts,
    vetoes: context.dataset.vetoes,
    survey: context.dataset.survey,
    schools: [],
  };
}

// County facts, the survey and the vetoes are read exactly as for compulsory education.
function borrowed(id: string): PreschoolCountyMetric {
  const metric = compulsoryMetrics[id];
  if (metric === undefined || metric.level !== 'county') throw new Error(`no county metric "${id}"`);
  return {
    level: 'county',
    quantity: metric.quantity,
    reads: metric.reads,
    compute: (context, indicator) => metric.compute(compulsoryContext(context), indicator),
  };
}

const FACT_PERCENT = borrowed('county-fact-percent');
const FACT_RATIO = borrowed('county-fact-ratio');
const FACT_VALUE = borrowed('county-fact-value');

// A computed county figure that a county fact (by id or alias) replaces when it is given.
function factFirst(
  fact: PreschoolCountyMetric,
  quantity: MetricQuantity,
  reads: Label,
  compute: (context: PreschoolContext, indicator: Indicator) => MetricOutcome,
  perKindergarten?: (kindergarten: Kindergarten) => MetricOutcome,
): PreschoolCountyMetric {
  return {
    level: 'county',
    quantity,
    reads,
    compute: (context, indicator) => {
      const given = fact.compute(context, indicator);
      return given.kind === 'missing' ? compute(context, indicator) : given;
    },
    ...(perKindergarten === undefined ? {} : { perKindergarten }),
  };
}

// Whatever provision enrols children: a kindergarten, or a class attached to a primary school.
interface Provision {
  readonly ownership: KindergartenOwnership;
  readonly children: Quantity;
}

/**
 * Children enrolled in preschool provision (在园（班）幼儿) that `keep` selects: the kindergartens
 * and the classes attached to primary schools (小学附设幼儿班), which count in the access figures.
 */
function enrolled(dataset: PreschoolDataset, keep: (ownership: KindergartenOwnership) => boolean): Decimal {
  const kindergartens = childrenOf(dataset.kindergartens, (k) => keep(k.ownership));
  const attached = dataset.attachedClasses;
  if (attached === undefined || attached.length === 0) return kindergartens;
  return kindergartens.plus(childrenOf(attached, (a) => keep(a.ownership)));
}

function childrenOf<P extends Provision>(kindergartens: readonly P[], keep: (k: P) => boolean): Decimal {
  // Head counts are whole numbers: summed as integers while they stay exact, else as Decimals.
  let whole = 0;
  let sum: Decimal | undefined;
  for (const kindergarten of kindergartens) {
    if (!keep(kindergarten)) continue;
    const children = kindergarten.children;
    if (sum === undefined && typeof children === 'number' && Number.isSafeInteger(whole + children)) {
      whole += children;
    } else {
      sum = (sum ?? new Decimal(whole)).plus(d(children));
    }
  }
  return sum ?? new Decimal(whole);
}

function shareByChildren(keep: (ownership: KindergartenOwnership) => boolean) {
  return (context: PreschoolContext): MetricOutcome => {
    const all = enrolled(context.dataset, () => true);
    if (all.isZero()) return { kind: 'not-applicable', reason: 'no children enrolled' };
    const part = enrolled(context.dataset, keep);
    return ratio(part, all, HUNDRED);
  };
}

type AreaField = 'outdoorPlay' | 'activityRooms' | 'building';

function areaPerChild(field: AreaField): (kindergarten: Kindergarten) => MetricOutcome {
  return (kindergarten) => {
    if (noChildren(kindergarten)) return NO_CHILDREN;
    const area = kindergarten.areas?.[field];
    if (area === undefined) return { kind: 'missing', missing: [`areas.${field}`] };
    return quantityRatio(area, kindergarten.children, ONE, 1);
  };
}

type ClassType = KindergartenClass['type'];

const NOT_APPLICABLE_CLASSES: Readonly<Record<ClassType, MetricOutcome>> = Object.freeze({
  small: { kind: 'not-applicable', reason: 'no small classes' },
  middle: { kind: 'not-applicable', reason: 'no middle classes' },
  large: { kind: 'not-applicable', reason: 'no large classes' },
  mixed: { kind: 'not-applicable', reason: 'no mixed classes' },
});

function largestClass(type: ClassType): (kindergarten: Kindergarten) => MetricOutcome {
  return (kindergarten) => {
    // Head counts are compared as numbers when all are plain numbers, else as Decimals.
    let found = false;
    let plain = true;
    let largest = Number.NEGATIVE_INFINITY;
    for (const item of kindergarten.classes) {
      if (item.type !== type) continue;
      found = true;
      const children = plainNumberOf(item.children);
      if (children === undefined) {
        plain = false;
        break;
      }
      if (children > largest) largest = children;
    }
    if (!found) return NOT_APPLICABLE_CLASSES[type];
    if (plain) return new PlainValueOutcome(largest);
    let exact: Decimal | null = null;
    for (const item of kindergarten.classes) {
      if (item.type !== type) continue;
      const children = d(item.children);
      if (exact === null || children.gt(exact)) exact = children;
    }
    return { kind: 'value', value: exact as Decimal, basis: 'schools' };
  };
}

/**
 * The metric id of the per-kindergarten norm for each area field.
 * @category Assessment
 * @example
 * ```ts
 * AREA_NORM_METRICS.building; //=> 'kindergarten-building-area-per-child'
 * ```
 */
export const AREA_NORM_METRICS: Readonly<Record<'outdoorPlay' | 'activityRooms' | 'building', string>> = {
  outdoorPlay: 'kindergarten-outdoor-play-area-per-child',
  activityRooms: 'kindergarten-activity-room-area-per-child',
  building: 'kindergarten-building-area-per-child',
};

/**
 * The metric id of the class-size cap for each class type (小班, 中班, 大班, 混合班).
 * @category Assessment
 * @example
 * ```ts
 * CLASS_CAP_METRICS.mixed; //=> 'kindergarten-largest-mixed-class'
 * ```
 */
export const CLASS_CAP_METRICS: Readonly<Record<KindergartenClass['type'], string>> = {
  small: 'kindergarten-largest-small-class',
  middle: 'kindergarten-largest-middle-class',
  large: 'kindergarten-largest-large-class',
  mixed: 'kindergarten-largest-mixed-class',
};

/**
 * The class-size cap indicator of a set for each class type, when the set has one.
 * @category Assessment
 * @param set - a preschool indicator set
 * @returns the cap indicator per class type (a type without one is not capped)
 * @example
 * ```ts
 * classCapIndicators(preschool2020).small?.thresholds; //=> { all: '25' }
 * ```
 */
export function classCapIndicators(set: IndicatorSet): Partial<Record<KindergartenClass['type'], Indicator>> {
  const caps: Partial<Record<ClassType, Indicator>> = {};
  for (const type of Object.keys(CLASS_CAP_METRICS) as ClassType[]) {
    const indicator = set.indicators.find((i) => i.metric === CLASS_CAP_METRICS[type]);
    if (indicator !== undefined) caps[type] = indicator;
  }
  return caps;
}

/**
 * Every cap of a set read once (see {@link readCap}).
 * @internal
 */
export function readCaps(
  caps: Partial<Record<ClassType, Indicator>>,
): Partial<Record<ClassType, CapThreshold | null>> {
  const read: Partial<Record<ClassType, CapThreshold | null>> = {};
  for (const type of Object.keys(caps) as ClassType[]) {
    const cap = caps[type];
    if (cap !== undefined) read[type] = readCap(cap);
  }
  return read;
}

/**
 * Checks one class against the cap of its type (班额达标): exactly, with the cap indicator's
 * comparator.
 * @category Assessment
 * @param item - the class
 * @param cap - the cap indicator of its type, if the set has one
 * @param threshold - the cap read by {@link readCap}, when the caller has it already
 * @returns `within`, `over`, or `uncapped` when the set has no cap for the type
 * @example
 * ```ts
 * checkClassSize({ type: 'small', children: 25 }, classCapIndicators(preschool2020).small); //=> 'within'
 * checkClassSize({ type: 'small', children: 26 }, classCapIndicators(preschool2020).small); //=> 'over'
 * ```
 */
export function checkClassSize(
  item: KindergartenClass,
  cap: Indicator | undefined,
  threshold: CapThreshold | null = cap === undefined ? null : readCap(cap),
): 'within' | 'over' | 'uncapped' {
  if (cap === undefined || threshold === null) return 'uncapped';
  const children = item.children;
  const sign = compareValueTo(plainNumberOf(children) ?? d(children), threshold.prepared);
  return satisfies(sign, cap.comparator) ? 'within' : 'over';
}

/**
 * A class-size cap read once, as a Decimal and prepared for exact decisions, so that a county's
 * classes are checked without reading the cap again for each.
 * @category Assessment
 * @example
 * ```ts
 * const cap: CapThreshold = { value: new Decimal(25), prepared: thresholdOf(25) };
 * ```
 */
export interface CapThreshold {
  /** The cap. */
  readonly value: Decimal;
  /** The cap prepared for decisions. */
  readonly prepared: PreparedThreshold;
}

/**
 * The kindergarten cap of a class-size indicator, or null when it has none.
 * @category Assessment
 * @param cap - a class-size cap indicator
 * @returns the cap as a Decimal and prepared for decisions
 * @example
 * ```ts
 * readCap(classCapIndicators(preschool2020).small!)?.value.toString(); //=> '25'
 * ```
 */
export function readCap(cap: Indicator): CapThreshold | null {
  const value = thresholdFor(cap, STAGE);
  return value === null ? null : { value, prepared: thresholdOf(value) };
}

const kindergartenMetrics = {
  'kindergarten-outdoor-play-area-per-child': {
    level: 'kindergarten',
    quantity: 'area',
    reads: { en: 'areas.outdoorPlay ÷ children', zh: '室外游戏场地面积 ÷ 在园幼儿数' },
    compute: areaPerChild('outdoorPlay'),
  },
  'kindergarten-activity-room-area-per-child': {
    level: 'kindergarten',
    quantity: 'area',
    reads: { en: 'areas.activityRooms ÷ children', zh: '幼儿活动用房建筑面积 ÷ 在园幼儿数' },
    compute: areaPerChild('activityRooms'),
  },
  'kindergarten-building-area-per-child': {
    level: 'kindergarten',
    quantity: 'area',
    reads: { en: 'areas.building ÷ children', zh: '园舍建筑面积 ÷ 在园幼儿数' },
    compute: areaPerChild('building'),
  },
  'kindergarten-largest-small-class': {
    level: 'kindergarten',
    quantity: 'pupils',
    reads: { en: 'the largest small class', zh: '最大小班班额' },
    compute: largestClass('small'),
  },
  'kindergarten-largest-middle-class': {
    level: 'kindergarten',
    quantity: 'pupils',
    reads: { en: 'the largest middle class', zh: '最大中班班额' },
    compute: largestClass('middle'),
  },
  'kindergarten-largest-large-class': {
    level: 'kindergarten',
    quantity: 'pupils',
    reads: { en: 'the largest large class', zh: '最大大班班额' },
    compute: largestClass('large'),
  },
  'kindergarten-largest-mixed-class': {
    level: 'kindergarten',
    quantity: 'pupils',
    reads: { en: 'the largest mixed-age class', zh: '最大混合班班额' },
    compute: largestClass('mixed'),
  },
} as const satisfies Record<string, KindergartenMetric>;

function areaShare(field: AreaField, cohort: 'from-cutoff' | 'before-cutoff'): PreschoolCountyMetric {
  const inCohort = (year: number): boolean =>
    cohort === 'from-cutoff' ? year >= PLANNING_CUTOFF_YEAR : year < PLANNING_CUTOFF_YEAR;
  const when = cohort === 'from-cutoff' ? 'in or after' : 'before';
  const whenZh = cohort === 'from-cutoff' ? '及以后' : '以前';
  return factFirst(
    FACT_PERCENT,
    'other',
    {
      en: `kindergartens planned ${when} ${PLANNING_CUTOFF_YEAR} meeting the ${field} norm ÷ those kindergartens × 100`,
      zh: `${PLANNING_CUTOFF_YEAR}年${whenZh}规划设计的幼儿园中生均面积达标的所数 ÷ 该类幼儿园数 × 100`,
    },
    (context) => {
      const norm = context.set.indicators.find((i) => i.metric === AREA_NORM_METRICS[field]);
      if (norm === undefined) return { kind: 'not-applicable', reason: 'the set has no per-child norm' };
      const compute = kindergartenMetrics[AREA_NORM_METRICS[field] as keyof typeof kindergartenMetrics];
      const threshold = thresholdFor(norm, STAGE);
      const options = {
        stage: STAGE,
        threshold,
        prepared: threshold === null ? null : thresholdOf(threshold),
      };
      const missing: string[] = [];
      let counted = 0;
      let met = 0;
      context.dataset.kindergartens.forEach((kindergarten, i) => {
        if (noChildren(kindergarten)) return;
        if (kindergarten.plannedYear === undefined) {
          missing.push(`kindergartens[${i}].plannedYear`);
          return;
        }
        if (!inCohort(kindergarten.plannedYear)) return;
        const result =
          context.kindergartens?.[i]?.results.find((r) => r.indicator === norm.id) ??
          evaluateIndicator(norm, compute.compute(kindergarten), options);
        if (result.status === 'unknown') {
          for (const path of result.missing ?? []) missing.push(`kindergartens[${i}].${path}`);
          return;
        }
        if (result.status === 'not-applicable') return;
        counted += 1;
        if (result.met === true) met += 1;
      });
      if (missing.length > 0) return { kind: 'missing', missing };
      if (counted === 0) {
        return {
          kind: 'not-applicable',
          reason: `no kindergarten with children planned ${when} ${PLANNING_CUTOFF_YEAR}`,
        };
      }
      return countShare(met, counted);
    },
  );
}

function certifiedShare(
  part: 'certifiedTeachers' | 'certifiedDirectors',
  whole: 'fullTimeTeachers' | 'directors',
): { county: (context: PreschoolContext) => MetricOutcome; one: (k: Kindergarten) => MetricOutcome } {
  const one = (kindergarten: Kindergarten): MetricOutcome => {
    const total = kindergarten.staff[whole];
    if (total === undefined) return { kind: 'missing', missing: [`staff.${whole}`] };
    if (d(total).isZero()) return { kind: 'not-applicable', reason: `no ${whole}` };
    const certified = kindergarten.staff[part];
    if (certified === undefined) return { kind: 'missing', missing: [`staff.${part}`] };
    return quantityRatio(certified, total, HUNDRED, 100);
  };
  const county = (context: PreschoolContext): MetricOutcome => {
    const missing: string[] = [];
    const certified = new HeadCount();
    const total = new HeadCount();
    context.dataset.kindergartens.forEach((kindergarten, i) => {
      const outcome = one(kindergarten);
      if (outcome.kind === 'missing') {
        for (const path of outcome.missing) missing.push(`kindergartens[${i}].${path}`);
      } else if (outcome.kind === 'ratio') {
        certified.add(outcome.plain?.numerator, () => outcome.numerator);
        total.add(outcome.plain?.denominator, () => outcome.denominator);
      }
    });
    if (missing.length > 0) return { kind: 'missing', missing };
    if (total.value().isZero()) return { kind: 'not-applicable', reason: `no ${whole}` };
    return headCountRatio(certified, total, HUNDRED, 100);
  };
  return { county, one };
}

// A pay amount in yuan, exactly (万元 × 10 000).
function yuan(amount: Quantity, unit: MoneyUnit | undefined): Decimal {
  const value = d(amount);
  return yuanPerUnit(unit) === 1 ? value : value.times(10_000);
}

/**
 * 公办园非在编教师平均工资 ÷ 在编教师平均工资 × 100 from the public kindergartens' teachers and
 * pay: (Σ non-established pay ÷ Σ non-established teachers) ÷ (Σ established pay ÷ Σ established
 * teachers) × 100, decided on the exact fraction (Σ non-established pay × Σ established teachers)
 * ÷ (Σ non-established teachers × Σ established pay). A county fact takes precedence; without one,
 * and without pay in any kindergarten, the outcome is exactly the county fact's (missing).
 */
const nonEstablishedPay: PreschoolCountyMetric = {
  level: 'county',
  quantity: 'money',
  reads: {
    en: 'countyFacts, else public kindergartens: (Σ teacherPay.nonEstablished ÷ Σ staff.nonEstablishedTeachers) ÷ (Σ teacherPay.established ÷ Σ staff.establishedTeachers) × 100',
    zh: '县级材料；缺省时按公办园计算：（非在编教师工资总额 ÷ 非在编专任教师数）÷（在编教师工资总额 ÷ 在编专任教师数）× 100',
  },
  compute: (context, indicator) => {
    const given = FACT_PERCENT.compute(context, indicator);
    const kindergartens = context.dataset.kindergartens;
    if (given.kind !== 'missing' || !kindergartens.some((k) => k.teacherPay !== undefined)) return given;
    if (lacksThreshold(indicator))
      return { kind: 'missing', missing: [`thresholds.${indicator.id} (provincial parameter)`] };
    const missing: string[] = [];
    let establishedPay = new Decimal(0);
    let establishedTeachers = new Decimal(0);
    let otherPay = new Decimal(0);
    let otherTeachers = new Decimal(0);
    kindergartens.forEach((kindergarten, i) => {
      if (!isPublicKindergarten(kindergarten.ownership)) return;
      const { staff } = kindergarten;
      const pay = kindergarten.teacherPay;
      const groups = [
        [
          'establishedTeachers',
          'established',
          staff.establishedTeachers,
          pay?.established,
          pay?.establishedUnit,
        ],
        [
          'nonEstablishedTeachers',
          'nonEstablished',
          staff.nonEstablishedTeachers,
          pay?.nonEstablished,
          pay?.nonEstablishedUnit,
        ],
      ] as const;
      for (const [teachersField, payField, teachers, amount, unit] of groups) {
        if (teachers === undefined) {
          missing.push(`kindergartens[${i}].staff.${teachersField}`);
          continue;
        }
        const count = d(teachers);
        // A group without teachers has no pay to report.
        if (amount === undefined && !count.isZero()) {
          missing.push(`kindergartens[${i}].teacherPay.${payField}`);
          continue;
        }
        const total = amount === undefined ? new Decimal(0) : yuan(amount, unit);
        if (payField === 'established') {
          establishedTeachers = establishedTeachers.plus(count);
          establishedPay = establishedPay.plus(total);
        } else {
          otherTeachers = otherTeachers.plus(count);
          otherPay = otherPay.plus(total);
        }
      }
    });
    if (missing.length > 0) return { kind: 'missing', missing };
    if (establishedTeachers.isZero() || establishedPay.isZero())
      return { kind: 'not-applicable', reason: 'no established teachers with pay in public kindergartens' };
    if (otherTeachers.isZero())
      return { kind: 'not-applicable', reason: 'no non-established teachers in public kindergartens' };
    // Shown: the two average pays; decided: the exact fraction without dividing.
    const numerator = otherPay.times(establishedTeachers);
    const denominator = otherTeachers.times(establishedPay);
    return {
      kind: 'ratio',
      numerator: otherPay.div(otherTeachers),
      denominator: establishedPay.div(establishedTeachers),
      exact: { numerator, denominator, scale: HUNDRED },
      basis: 'schools',
    };
  },
};

const certifiedTeachers = certifiedShare('certifiedTeachers', 'fullTimeTeachers');
const certifiedDirectors = certifiedShare('certifiedDirectors', 'directors');

function childrenPerTeacher(kindergarten: Kindergarten): MetricOutcome {
  if (noChildren(kindergarten)) return NO_CHILDREN;
  const teachers = kindergarten.staff.fullTimeTeachers;
  if (teachers === undefined) return { kind: 'missing', missing: ['staff.fullTimeTeachers'] };
  // No teacher at all for enrolled children: the ratio is infinite and the exact comparison
  // (children × 1 against 15 × 0) still decides it.
  return quantityRatio(kindergarten.children, teachers, ONE, 1);
}

/**
 * The built-in metrics of the preschool sets, keyed by metric id.
 *
 * - Kindergarten metrics: per-child areas (`areas.* ÷ children`) and the largest class of each
 *   type.
 * - County metrics computed from the kindergartens: gross enrolment (Σ children ÷
 *   populationAged3to5 × 100), inclusive coverage and public share **by children**, the share of
 *   classes within their cap, children per full-time teacher, certified teachers and directors,
 *   and the six premises shares (kindergartens meeting a per-child norm, planned in or after 2017
 *   or before). Each reads `countyFacts[id]` (or an alias) first when it is given: a reported
 *   figure takes precedence, and the result says `basis: 'fact'`.
 * - `preschool-major-accidents`: a count in `countyFacts` (`{ value }`) or a judgement, else the
 *   veto flag `major-accidents` (the same event recorded once).
 * - Shared with compulsory education: `county-fact-judgement`, `county-fact-value`,
 *   `county-fact-ratio`, `county-fact-percent`, `survey-satisfaction`, `veto-flag`.
 *
 * A figure that is missing makes the outcome `missing`, naming every missing field
 * (`kindergartens[3].staff.fullTimeTeachers`); it is never counted as met.
 *
 * @category Assessment
 * @example
 * ```ts
 * Object.keys(preschoolMetrics).includes('preschool-inclusive-coverage'); //=> true
 * ```
 */
export const preschoolMetrics: Readonly<Record<string, PreschoolMetric>> = {
  ...kindergartenMetrics,
  'preschool-gross-enrolment': factFirst(
    FACT_PERCENT,
    'pupils',
    { en: 'Σ children ÷ populationAged3to5 × 100', zh: '在园幼儿数 ÷ 学前三年适龄人口 × 100' },
    (context) => {
      // A county that publishes no population aged 3 to 5: gross enrolment is unknown (the
      // assessment also warns, code `population-not-given`), not an input error.
      const given = context.dataset.populationAged3to5;
      if (given === undefined) return { kind: 'missing', missing: ['populationAged3to5'] };
      const population = d(given);
      if (population.isZero()) return { kind: 'missing', missing: ['populationAged3to5'] };
      return ratio(
        enrolled(context.dataset, () => true),
        population,
        HUNDRED,
      );
    },
  ),
  'preschool-inclusive-coverage': factFirst(
    FACT_PERCENT,
    'pupils',
    {
      en: 'children in public and inclusive private kindergartens ÷ all children × 100',
      zh: '（公办园 + 普惠性民办园）在园幼儿数 ÷ 在园幼儿总数 × 100',
    },
    shareByChildren(isInclusiveKindergarten),
  ),
  'preschool-public-share': factFirst(
    FACT_PERCENT,
    'pupils',
    {
      en: 'children in public kindergartens ÷ all children × 100',
      zh: '公办园在园幼儿数 ÷ 在园幼儿总数 × 100',
    },
    shareByChildren(isPublicKindergarten),
  ),
  'preschool-classes-within-size': factFirst(
    FACT_PERCENT,
    'other',
    { en: 'classes within their cap ÷ classes × 100', zh: '班额达标班级数 ÷ 班级总数 × 100' },
    (context) => {
      const caps = classCapIndicators(context.set);
      const read = readCaps(caps);
      const missing: string[] = [];
      let total = 0;
      let within = 0;
      context.dataset.kindergartens.forEach((kindergarten, i) => {
        if (kindergarten.classes.length === 0) {
          if (!noChildren(kindergarten)) missing.push(`kindergartens[${i}].classes`);
          return;
        }
        const counted = context.kindergartens?.[i]?.classCount;
        if (counted !== undefined) {
          total += counted.within + counted.over;
          within += counted.within;
          return;
        }
        for (const item of kindergarten.classes) {
          const check = checkClassSize(item, caps[item.type], read[item.type]);
          if (check === 'uncapped') continue;
          total += 1;
          if (check === 'within') within += 1;
        }
      });
      if (missing.length > 0) return { kind: 'missing', missing };
      if (total === 0) return { kind: 'not-applicable', reason: 'no classes with a cap' };
      return countShare(within, total);
    },
  ),
  'preschool-children-per-teacher': factFirst(
    FACT_RATIO,
    'persons',
    { en: 'Σ children ÷ Σ staff.fullTimeTeachers', zh: '在园幼儿数 ÷ 专任教师数' },
    (context) => {
      const missing: string[] = [];
      const children = new HeadCount();
      const teachers = new HeadCount();
      context.dataset.kindergartens.forEach((kindergarten, i) => {
        const outcome = childrenPerTeacher(kindergarten);
        if (outcome.kind === 'missing') {
          for (const path of outcome.missing) missing.push(`kindergartens[${i}].${path}`);
        } else if (outcome.kind === 'ratio') {
          children.add(outcome.plain?.numerator, () => outcome.numerator);
          teachers.add(outcome.plain?.denominator, () => outcome.denominator);
        } else if (kindergarten.staff.fullTimeTeachers !== undefined) {
          // A kindergarten without children still employs its teachers.
          const employed = kindergarten.staff.fullTimeTeachers;
          teachers.add(plainNumberOf(employed), () => d(employed));
        }
      });
      if (missing.length > 0) return { kind: 'missing', missing };
      if (children.value().isZero()) return { kind: 'not-applicable', reason: 'no children enrolled' };
      return headCountRatio(children, teachers, ONE, 1);
    },
    childrenPerTeacher,
  ),
  'preschool-certified-teachers': factFirst(
    FACT_PERCENT,
    'persons',
    {
      en: 'Σ staff.certifiedTeachers ÷ Σ staff.fullTimeTeachers × 100',
      zh: '持证专任教师数 ÷ 专任教师数 × 100',
    },
    certifiedTeachers.county,
    certifiedTeachers.one,
  ),
  'preschool-certified-directors': factFirst(
    FACT_PERCENT,
    'persons',
    { en: 'Σ staff.certifiedDirectors ÷ Σ staff.directors × 100', zh: '持证园长数 ÷ 园长数 × 100' },
    certifiedDirectors.county,
    certifiedDirectors.one,
  ),
  'preschool-outdoor-play-area-share-from-2017': areaShare('outdoorPlay', 'from-cutoff'),
  'preschool-outdoor-play-area-share-before-2017': areaShare('outdoorPlay', 'before-cutoff'),
  'preschool-activity-room-area-share-from-2017': areaShare('activityRooms', 'from-cutoff'),
  'preschool-activity-room-area-share-before-2017': areaShare('activityRooms', 'before-cutoff'),
  'preschool-building-area-share-from-2017': areaShare('building', 'from-cutoff'),
  'preschool-building-area-share-before-2017': areaShare('building', 'before-cutoff'),
  'preschool-non-established-teacher-pay': nonEstablishedPay,
  'preschool-major-accidents': {
    level: 'county',
    quantity: 'other',
    reads: {
      en: 'countyFacts (accident count or judgement), else vetoes["major-accidents"]',
      zh: '县级材料（事故起数或判定），缺省时读取一票否决事项 major-accidents',
    },
    compute: (context, indicator) => {
      const given = FACT_VALUE.compute(context, indicator);
      if (given.kind !== 'missing') return given;
      const veto = context.set.indicators.find((i) => i.id === 'major-accidents');
      const keys = ['major-accidents', ...(veto?.aliases ?? [])];
      let flag: boolean | undefined;
      for (const key of keys) flag ??= context.dataset.vetoes[key];
      if (flag === undefined) {
        return { kind: 'missing', missing: [`countyFacts.${indicator.id}`, 'vetoes.major-accidents'] };
      }
      return { kind: 'judgement', met: !flag, basis: 'veto' };
    },
  },
  'county-fact-judgement': borrowed('county-fact-judgement'),
  'county-fact-value': FACT_VALUE,
  'county-fact-ratio': FACT_RATIO,
  'county-fact-percent': FACT_PERCENT,
  'survey-satisfaction': borrowed('survey-satisfaction'),
  'veto-flag': borrowed('veto-flag'),
};
