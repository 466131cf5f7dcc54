/**
 * What it would take for a county to meet the preschool indicators it does not meet (学前教育差距测算):
 * places, children to move into public or inclusive places, teachers to hire, classes to split,
 * staff to certify and the floor area each kindergarten lacks.
 *
 * The figures are worked out exactly (Decimals, from the exact fraction of each result) and only
 * the returned figures are numbers ({@link Figure}).
 * @module
 */
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet, Label } from '../indicators/types.js';
import { ceilDivide } from '../numeric/decide.js';
import { Decimal } from '../numeric/decimal.js';
import type { KindergartenClass, KindergartenOwnership } from '../schema/preschool.js';
import { exactFractionOf, exactValueOf, showFigure } from './explain.js';
import { exactThresholdOf } from './gap.js';
import { expectPreschoolAssessment } from './guards.js';
import { AREA_NORM_METRICS } from './preschool-metrics.js';
import type { KindergartenAssessment, PreschoolAssessment } from './preschool-types.js';
import type { CountyIndicatorResult, Figure, IndicatorResult } from './types.js';

// ⌈a ÷ b⌉ (b > 0) in exact integer arithmetic, at any size, as a Decimal.
function ceilDiv(a: Decimal, b: Decimal): Decimal {
  return new Decimal(ceilDivide(a, b).toString());
}

// A count of the assessment (children, kindergartens) as a Decimal: counts are whole numbers
// below 2^53 (validation bounds them), so the number is exactly the count.
function count(n: Figure): Decimal {
  return new Decimal(n);
}

/**
 * Places needed to reach the gross enrolment rate (毛入园率差距): whole children, and an estimate of
 * new kindergartens at the county's mean kindergarten size.
 * @category Gap
 * @example
 * ```ts
 * preschoolGaps(assessment, preschool2020).grossEnrolment?.places; //=> 574
 * ```
 */
export interface EnrolmentGap {
  /** The indicator. */
  readonly indicator: string;
  /** The threshold (%). */
  readonly threshold: Figure;
  /** Children enrolled (the ratio's numerator); null when the rate was given as a bare value. */
  readonly enrolled: Figure | null;
  /** Population aged 3 to 5 (the ratio's denominator); null when the rate was given as a bare value. */
  readonly population: Figure | null;
  /** Children the threshold requires: ceil(threshold × population ÷ 100). */
  readonly required: Figure | null;
  /** Places to add: required − enrolled. */
  readonly places: Figure | null;
  /** The county's mean kindergarten size (children ÷ kindergartens). */
  readonly meanKindergartenSize: Figure | null;
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
 * preschoolGaps(assessment, preschool2020).publicShare?.children; //=> 2256
 * ```
 */
export interface ConversionGap {
  /** The indicator (`public-share` or `inclusive-coverage`). */
  readonly indicator: string;
  /** The threshold (%). */
  readonly threshold: Figure;
  /** Children in public (or inclusive) places now. */
  readonly current: Figure;
  /** All children. */
  readonly allChildren: Figure;
  /** Children the threshold requires: ceil(threshold × total ÷ 100). */
  readonly required: Figure;
  /** Children to move: required − current. */
  readonly children: Figure;
  /** Kindergartens to convert, largest first: non-public ones for the public share, `private-other` ones for inclusive coverage. */
  readonly conversions: readonly {
    /** The kindergarten. */
    readonly kindergartenId: string;
    /** Its name. */
    readonly kindergartenName: string;
    /** Its ownership now. */
    readonly ownership: KindergartenOwnership;
    /** Its children. */
    readonly children: Figure;
  }[];
  /** Children in the converted kindergartens. */
  readonly childrenConverted: Figure;
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
 * preschoolGaps(assessment, preschool2020).teachers?.hire; //=> 691
 * ```
 */
export interface TeacherGap {
  /** The indicator. */
  readonly indicator: string;
  /** The limit (children per teacher). */
  readonly threshold: Figure;
  /** Children. */
  readonly children: Figure;
  /** Full-time teachers now. */
  readonly teachers: Figure;
  /** Teachers the limit requires: ceil(children ÷ limit). */
  readonly required: Figure;
  /** Teachers to hire for the county figure: required − teachers. */
  readonly hire: Figure;
  /** Teachers each kindergarten over the limit would need on its own. */
  readonly byKindergarten: readonly {
    /** The kindergarten. */
    readonly kindergartenId: string;
    /** Teachers to hire there: ceil(children ÷ limit) − teachers. */
    readonly hire: Figure;
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
    readonly children: Figure;
    /** The cap. */
    readonly cap: Figure;
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
 * preschoolGaps(assessment, preschool2020).premises[0]?.shortfall; //=> 60
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
  readonly area: Figure;
  /** The area the norm requires: norm × children (m²). */
  readonly required: Figure;
  /** required − area (m²). */
  readonly shortfall: Figure;
}

/**
 * Everything {@link preschoolGaps} works out; a part is null when its indicator is met, unknown,
 * or not in the set.
 * @category Gap
 * @example
 * ```ts
 * const gaps: PreschoolGaps = preschoolGaps(assessment, preschool2020);
 * gaps.certification; //=> null
 * structuredClone(gaps); // a deep copy equal to gaps (plain data)
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
    readonly teachers: Figure;
    /** Directors without a certificate. */
    readonly directors: Figure;
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

// The exact fraction of a ratio result with its `numerator`, `denominator` and `scale`, or null.
function ratioOf(
  result: IndicatorResult,
): { numerator: Decimal; denominator: Decimal; scale: Decimal } | null {
  if (result.numerator === undefined || result.denominator === undefined || result.scale === undefined)
    return null;
  return exactFractionOf(result);
}

function enrolmentGap(
  _set: IndicatorSet,
  assessment: PreschoolAssessment,
  result: CountyIndicatorResult,
): EnrolmentGap | null {
  const threshold = exactThresholdOf(result);
  if (result.status !== 'unmet' || threshold === null) return null;
  const { kindergartens } = assessment.totals;
  const children = count(assessment.totals.children);
  const mean = kindergartens === 0 || children.isZero() ? null : children.div(kindergartens);
  const fraction = ratioOf(result);
  if (fraction === null) {
    const value = exactValueOf(result)?.toString() ?? '—';
    return {
      indicator: result.indicator,
      threshold: threshold.toNumber(),
      enrolled: null,
      population: null,
      required: null,
      places: null,
      meanKindergartenSize: mean === null ? null : mean.toNumber(),
      kindergartensNeeded: null,
      explanation: {
        en: `the rate was given as a value (${value} %); places need the enrolled children and the population`,
        zh: `毛入园率以数值给出（${value}%），测算学位缺口需要在园幼儿数和适龄人口数`,
      },
    };
  }
  const { numerator, denominator, scale } = fraction;
  const required = ceilDiv(threshold.times(denominator), scale);
  const places = required.minus(numerator);
  const needed = mean === null ? null : ceilDiv(places.times(kindergartens), children).toNumber();
  const meanText = mean === null ? '' : showFigure(mean);
  return {
    indicator: result.indicator,
    threshold: threshold.toNumber(),
    enrolled: numerator.toNumber(),
    population: denominator.toNumber(),
    required: required.toNumber(),
    places: places.toNumber(),
    meanKindergartenSize: mean === null ? null : mean.toNumber(),
    kindergartensNeeded: needed,
    explanation: {
      en: `${places} more places: ceil(${threshold} × ${denominator} ÷ ${scale}) = ${required} children needed, ${numerator} enrolled${needed === null ? '' : `; about ${needed} new ${needed === 1 ? 'kindergarten' : 'kindergartens'} at the county’s mean size of ${meanText} children (an estimate)`}`,
      zh: `需新增学位 ${places} 个：需在园幼儿 ⌈${threshold} × ${denominator} ÷ ${scale}⌉ = ${required} 人，现有 ${numerator} 人${needed === null ? '' : `；按全县园均规模 ${meanText} 人估算，约需新建幼儿园 ${needed} 所（估算）`}`,
    },
  };
}

function conversionGap(
  _set: IndicatorSet,
  assessment: PreschoolAssessment,
  result: CountyIndicatorResult,
  candidate: (k: KindergartenAssessment) => boolean,
  label: { en: string; zh: string },
): ConversionGap | null {
  const threshold = exactThresholdOf(result);
  if (result.status !== 'unmet' || threshold === null) return null;
  const fraction = ratioOf(result);
  if (fraction === null) return null;
  const { numerator, denominator, scale } = fraction;
  const required = ceilDiv(threshold.times(denominator), scale);
  const children = required.minus(numerator);
  // Children are counts, so comparing their numbers is exact.
  const ordered = assessment.kindergartens
    .filter(candidate)
    .sort(
      (a, b) =>
        b.children - a.children ||
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
    moved = moved.plus(count(k.children));
  }
  const sufficient = moved.gte(children);
  return {
    indicator: result.indicator,
    threshold: threshold.toNumber(),
    current: numerator.toNumber(),
    allChildren: denominator.toNumber(),
    required: required.toNumber(),
    children: children.toNumber(),
    conversions,
    childrenConverted: moved.toNumber(),
    sufficient,
    explanation: {
      en: `${children} children to move into ${label.en} places: ceil(${threshold} × ${denominator} ÷ ${scale}) = ${required} needed, ${numerator} now; converting ${conversions.length} ${conversions.length === 1 ? 'kindergarten' : 'kindergartens'}, largest first (${conversions.map((c) => c.kindergartenId).join(', ')}), moves ${moved}${sufficient ? '' : ' (not enough)'} (an estimate)`,
      zh: `需转入${label.zh}学位的幼儿 ${children} 人：需 ⌈${threshold} × ${denominator} ÷ ${scale}⌉ = ${required} 人，现有 ${numerator} 人；按规模从大到小转设 ${conversions.length} 所幼儿园（${conversions.map((c) => c.kindergartenId).join('、')}），可转入 ${moved} 人${sufficient ? '' : '（仍不足）'}（估算）`,
    },
  };
}

function teacherGap(
  _set: IndicatorSet,
  assessment: PreschoolAssessment,
  result: CountyIndicatorResult,
): TeacherGap | null {
  const limit = exactThresholdOf(result);
  if (result.status !== 'unmet' || limit === null || limit.lte(0)) return null;
  const fraction = ratioOf(result);
  if (fraction === null) return null;
  const { numerator, denominator, scale } = fraction;
  const required = ceilDiv(numerator.times(scale), limit);
  const hire = required.minus(denominator);
  const byKindergarten: TeacherGap['byKindergarten'][number][] = [];
  for (const k of assessment.kindergartens) {
    const own = k.results.find((r) => r.indicator === result.indicator);
    if (own?.status !== 'unmet') continue;
    const ownFraction = ratioOf(own);
    if (ownFraction === null) continue;
    byKindergarten.push({
      kindergartenId: k.kindergartenId,
      hire: ceilDiv(ownFraction.numerator, limit).minus(ownFraction.denominator).toNumber(),
    });
  }
  return {
    indicator: result.indicator,
    threshold: limit.toNumber(),
    children: numerator.toNumber(),
    teachers: denominator.toNumber(),
    required: required.toNumber(),
    hire: hire.toNumber(),
    byKindergarten,
    explanation: {
      en: `${hire} more full-time teachers: ceil(${numerator} ÷ ${limit}) = ${required} needed, ${denominator} now`,
      zh: `需增加专任教师 ${hire} 人：需 ⌈${numerator} ÷ ${limit}⌉ = ${required} 人，现有 ${denominator} 人`,
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
 * the data: worked out in exact arithmetic from the exact fractions of the results, then given
 * as a number ({@link Figure}).
 *
 * @category Gap
 * @param assessment - a preschool assessment
 * @param set - the set it was made with
 * @returns the gaps; a part is null when its indicator is met, unknown or not in the set
 * @example
 * ```ts
 * const gaps = preschoolGaps(assessPreschool(dataset, preschool2020), preschool2020);
 * gaps.grossEnrolment?.places; //=> 574
 * gaps.teachers?.hire; //=> 691
 * ```
 */
export function preschoolGaps(assessment: PreschoolAssessment, set: IndicatorSet): PreschoolGaps {
  expectPreschoolAssessment(assessment);
  expectIndicatorSet(set);
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
        const fraction = ratioOf(r);
        if (fraction === null) continue;
        const metric = set.indicators.find((i) => i.id === r.indicator)?.metric;
        const missing = fraction.denominator.minus(fraction.numerator);
        if (metric === 'preschool-certified-teachers') teachers = teachers.plus(missing);
        if (metric === 'preschool-certified-directors') directors = directors.plus(missing);
      }
    }
    certification = { teachers: teachers.toNumber(), directors: directors.toNumber() };
  }

  const areaMetrics: readonly string[] = Object.values(AREA_NORM_METRICS);
  const premises: PremisesGap[] = [];
  for (const k of assessment.kindergartens) {
    for (const r of k.results) {
      const metric = set.indicators.find((i) => i.id === r.indicator)?.metric ?? '';
      if (!areaMetrics.includes(metric) || r.status !== 'unmet') continue;
      const fraction = ratioOf(r);
      const threshold = exactThresholdOf(r);
      if (fraction === null || threshold === null) continue;
      // The norm (m² per child) × children: the area the norm requires.
      const required = threshold.times(fraction.denominator).div(fraction.scale);
      premises.push({
        kindergartenId: k.kindergartenId,
        indicator: r.indicator,
        planning: k.planning,
        area: fraction.numerator.toNumber(),
        required: required.toNumber(),
        shortfall: required.minus(fraction.numerator).toNumber(),
      });
    }
  }

  return {
    grossEnrolment: gross === undefined ? null : enrolmentGap(set, assessment, gross),
    publicShare:
      pub === undefined
        ? null
        : conversionGap(set, assessment, pub, (k) => !k.isPublic, { en: 'public', zh: '公办园' }),
    inclusiveCoverage:
      inclusive === undefined
        ? null
        : conversionGap(set, assessment, inclusive, (k) => !k.isInclusive, {
            en: 'inclusive',
            zh: '普惠性幼儿园',
          }),
    teachers: ratio === undefined ? null : teacherGap(set, assessment, ratio),
    classes,
    certification,
    premises,
  };
}
