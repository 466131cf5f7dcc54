/**
 * What it would take (差距测算): for each unmet school indicator the smallest addition that meets
 * it, in its natural unit (whole teachers and rooms, m², yuan); for each CV over its limit a
 * levelling plan (raise every school below a floor to that floor); and for each section failing
 * the 6-of-7 rule the cheapest set of indicators to fix.
 *
 * The plans are worked out exactly (Decimals, from the exact fraction of each result) and only
 * the returned figures are numbers ({@link Figure}).
 * @module
 */
import { optionsOf } from '../guard.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet, Label } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import { exactTimes } from '../numeric/rational.js';
import { coefficientOfVariation } from '../numeric/variation/index.js';
import type { CompulsoryAssessment } from './county.js';
import { type ExactDecimalFraction, exactFractionOf, exactValueOf } from './explain.js';
import { expectCompulsoryAssessment } from './guards.js';
import { compulsoryMetrics, type Metric, type MetricQuantity } from './metrics.js';
import type { DerivedFigure, Figure, IndicatorResult, SectionAssessment } from './types.js';

/**
 * The smallest change that meets one unmet indicator of one school section. Figures are numbers
 * ({@link Figure}); the change was worked out exactly and rounded up to whole units where the
 * resource is counted.
 * @category Gap
 * @example
 * ```ts
 * const gap: IndicatorGap = { schoolId: 's03', stage: 'primary', indicator: 'key-teachers-per-100',
 *   quantity: 'persons', current: 3, required: 4.5, change: 2,
 *   explanation: { en: 'add 2 persons (need 4.5 for 450, have 3)', zh: '需增加 2 人（按学生 450 人计需 4.5 人，现有 3 人）' } };
 * ```
 */
export interface IndicatorGap {
  /** The school. */
  readonly schoolId: string;
  /** The stage. */
  readonly stage?: string;
  /** The indicator. */
  readonly indicator: string;
  /** What is added (persons, rooms, items are whole numbers; area and money are decimals). */
  readonly quantity: MetricQuantity;
  /** The resource the section has (for stock reported for the whole school: the school's). */
  readonly current: Figure;
  /** The resource the threshold requires (threshold × pupils ÷ scale; for stock reported for the whole school: the school's total that gives the section its share). */
  readonly required: Figure;
  /** The smallest addition (≥) or reduction (≤, as a positive number) that meets the threshold. */
  readonly change: Figure;
  /** The change in words (figures as the exact values, up to 4 decimals where they are long). */
  readonly explanation: Label;
}

/**
 * A levelling plan for a CV over its limit: every school section below `floor` (a per-pupil or
 * per-100 value) is raised to it, which brings the CV within the limit; verified by recomputing
 * the CV exactly. Figures are numbers ({@link Figure}).
 * @category Gap
 * @example
 * ```ts
 * const plan = compulsoryGaps(assessment, compulsoryQuality2017).levelling[0];
 * plan !== undefined && plan.cvAfter <= plan.limit; //=> true
 * plan?.additions[0]; //=> { schoolId: 'l1', before: 100, addition: 468.02, after: 568.02 }
 * ```
 */
export interface LevellingPlan {
  /** The indicator. */
  readonly indicator: string;
  /** The stage. */
  readonly stage: 'primary' | 'junior';
  /** The CV limit. */
  readonly limit: Figure;
  /** The CV now. */
  readonly cvBefore: Figure;
  /** The CV once the plan is carried out (recomputed exactly, then given as a number). */
  readonly cvAfter: Figure;
  /** The floor value (in the indicator's unit: per pupil or per 100 pupils). */
  readonly floor: Figure;
  /** What each school section below the floor receives, in resource units. */
  readonly additions: readonly {
    /** The school. */
    readonly schoolId: string;
    /** Its resource now. */
    readonly before: Figure;
    /** What it receives. */
    readonly addition: Figure;
    /** Its resource afterwards. */
    readonly after: Figure;
  }[];
  /** The sum of the additions. */
  readonly totalAddition: Figure;
  /** What is added. */
  readonly quantity: MetricQuantity;
  /** Whether the recomputed CV is within the limit (always true for a returned plan). */
  readonly verified: boolean;
}

/**
 * The cheapest way for a section failing the 6-of-7 rule to pass: which indicators to bring to
 * the threshold and which only to the 85 % floor.
 * @category Gap
 * @example
 * ```ts
 * const fix: SectionFix = { schoolId: 's05', stage: 'junior', fixes: [{ indicator: 'sports-area-per-pupil', target: 'floor', change: 120.5 }] };
 * ```
 */
export interface SectionFix {
  /** The school. */
  readonly schoolId: string;
  /** The stage. */
  readonly stage: 'primary' | 'junior';
  /** The indicators to fix, with the target and the addition in resource units. */
  readonly fixes: readonly {
    /** The indicator to fix. */
    readonly indicator: string;
    /** Bring it to the full threshold, or only to the 85 % floor. */
    readonly target: 'threshold' | 'floor';
    /** The addition, in resource units. */
    readonly change: Figure;
  }[];
}

/**
 * Everything {@link compulsoryGaps} works out: plain data (numbers, strings and booleans), so it
 * survives `structuredClone`, `postMessage` and `JSON.stringify` unchanged.
 * @category Gap
 * @example
 * ```ts
 * const gaps: CompulsoryGaps = compulsoryGaps(assessment, compulsoryQuality2017);
 * gaps.indicators.length; //=> 3
 * structuredClone(gaps); // a deep copy equal to gaps
 * ```
 */
export interface CompulsoryGaps {
  /** One entry per unmet school indicator. */
  readonly indicators: readonly IndicatorGap[];
  /** One plan per CV over its limit. */
  readonly levelling: readonly LevellingPlan[];
  /** One entry per section failing the 6-of-7 rule. */
  readonly sections: readonly SectionFix[];
}

const WHOLE: ReadonlySet<MetricQuantity> = new Set(['persons', 'rooms', 'items', 'pupils']);

const UNIT: Record<MetricQuantity, Label> = {
  persons: { en: 'persons', zh: '人' },
  rooms: { en: 'rooms', zh: '间' },
  items: { en: 'items', zh: '件（册、台）' },
  area: { en: 'm²', zh: '平方米' },
  money: { en: 'yuan', zh: '元' },
  pupils: { en: 'pupils', zh: '人' },
  other: { en: '', zh: '' },
};

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

// A figure with its unit in Chinese, a space between (平方米, 人, 间 …); a bare figure when there is none.
function withUnit(figure: Decimal, unit: Label): string {
  return unit.zh === '' ? `${figure}` : `${figure} ${unit.zh}`;
}

function roundChange(value: Decimal, quantity: MetricQuantity): Decimal {
  if (value.lte(0)) return ZERO;
  return WHOLE.has(quantity) ? value.toDecimalPlaces(0, Decimal.ROUND_CEIL) : value;
}

/**
 * The exact threshold of a result, as a Decimal; null when the result has no threshold.
 * @internal
 */
export function exactThresholdOf(result: IndicatorResult): Decimal | null {
  // Indicator sets give thresholds with at most 15 significant digits (the schema refuses more),
  // so the number a result carries stands exactly for the threshold decided on.
  return result.threshold === null ? null : new Decimal(result.threshold);
}

/**
 * The exact pieces of a split figure (total × weighted ÷ weightedTotal): the weighted total is
 * the denominator of its exact fraction, and total × weighted its numerator. The total and the
 * section's weighted pupils are numbers that stand exactly for their values in every real case
 * (a JSON number is itself; weighted pupils are a count times a weight of a few digits); the
 * numerator tells which one is exact when one of them has more digits than a double holds.
 */
function splitParts(derived: DerivedFigure): { total: Decimal; weighted: Decimal; weightedTotal: Decimal } {
  const product = new Decimal(derived.exact.numerator);
  const weightedTotal = new Decimal(derived.exact.denominator);
  const total = new Decimal(derived.schoolTotal);
  const weighted = new Decimal(derived.weighted);
  if (exactTimes(total, weighted).eq(product)) return { total, weighted, weightedTotal };
  if (!weighted.isZero()) {
    const exactTotal = product.div(weighted);
    if (exactTimes(exactTotal, weighted).eq(product)) return { total: exactTotal, weighted, weightedTotal };
  }
  if (!total.isZero()) {
    const exactWeighted = product.div(total);
    if (exactTimes(total, exactWeighted).eq(product))
      return { total, weighted: exactWeighted, weightedTotal };
  }
  return { total, weighted, weightedTotal };
}

/**
 * A ratio result in exact terms: its exact fraction, and the factor `k` by which the fraction's
 * numerator and denominator exceed the section's own amount and pupils (the school's weighted
 * pupils for stock split between sections, else 1). The section's amount is numerator ÷ k and
 * its pupils denominator ÷ k.
 */
interface ExactRatio {
  readonly fraction: ExactDecimalFraction;
  readonly k: Decimal;
  readonly split: { total: Decimal; weighted: Decimal; weightedTotal: Decimal; share: Decimal } | null;
}

function exactRatioOf(result: IndicatorResult): ExactRatio | null {
  if (result.numerator === undefined || result.denominator === undefined || result.scale === undefined)
    return null;
  const fraction = exactFractionOf(result);
  if (fraction === null) return null;
  const derived = result.derived?.[0];
  if (derived === undefined) return { fraction, k: ONE, split: null };
  const parts = splitParts(derived);
  return {
    fraction,
    k: parts.weightedTotal,
    split: parts.weighted.isZero() ? null : { ...parts, share: parts.weighted.div(parts.weightedTotal) },
  };
}

/** The section's resource a target value requires: target × pupils ÷ scale, exactly. */
function requiredFor(ratio: ExactRatio, target: Decimal): Decimal {
  const { fraction, k } = ratio;
  return target.times(fraction.denominator).div(fraction.scale).div(k);
}

/** What the section must add to reach a target value: (target × denominator ÷ scale − numerator) ÷ k, exactly. */
function additionFor(ratio: ExactRatio, target: Decimal, quantity: MetricQuantity): Decimal {
  const { fraction, k } = ratio;
  return roundChange(
    target.times(fraction.denominator).div(fraction.scale).minus(fraction.numerator).div(k),
    quantity,
  );
}

function quantityOf(
  set: IndicatorSet,
  registry: Readonly<Record<string, Metric>>,
  id: string,
): MetricQuantity {
  const indicator = set.indicators.find((i) => i.id === id);
  return indicator === undefined ? 'other' : (registry[indicator.metric]?.quantity ?? 'other');
}

interface ExactGap {
  readonly current: Decimal;
  readonly required: Decimal;
  readonly change: Decimal;
  readonly explanation: Label;
}

// The smallest change, in Decimals (the fixes of a failing section reuse its change).
function exactIndicatorGap(
  _set: IndicatorSet,
  _stage: string | undefined,
  result: IndicatorResult,
  quantity: MetricQuantity,
): ExactGap | null {
  if (result.status !== 'unmet' || result.value === null) return null;
  const threshold = exactThresholdOf(result);
  const value = exactValueOf(result);
  if (threshold === null || value === null) return null;
  const unit = UNIT[quantity];
  if (result.comparator === 'gte' || result.comparator === 'gt' || result.comparator === 'eq') {
    const ratio = exactRatioOf(result);
    if (ratio === null) {
      const change = roundChange(threshold.minus(value), quantity);
      return {
        current: value,
        required: threshold,
        change,
        explanation: {
          en: `raise from ${value} to ${threshold} (${change} ${unit.en})`,
          zh: `由 ${value} 提高到 ${threshold}（${change}${unit.zh}）`,
        },
      };
    }
    const { fraction, split } = ratio;
    if (split !== null) {
      // Stock reported for the whole school: what the school must hold so that this section's
      // share (split by weighted pupils) reaches the threshold: T × weighted × scale ÷
      // (weightedTotal × pupils) ≥ threshold.
      const requiredTotal = threshold.times(fraction.denominator).div(fraction.scale.times(split.weighted));
      const change = roundChange(requiredTotal.minus(split.total), quantity);
      return {
        current: split.total,
        required: requiredTotal,
        change,
        explanation: {
          en: `add ${change} ${unit.en} to the whole school's stock (the section's share is ${split.share.toDecimalPlaces(4)} of it: need ${requiredTotal.toDecimalPlaces(4)}, have ${split.total})`,
          zh: `全校需增加 ${withUnit(change, unit)}（本学段按加权学生数分摊 ${split.share.toDecimalPlaces(4)}：需 ${withUnit(requiredTotal.toDecimalPlaces(4), unit)}，现有 ${withUnit(split.total, unit)}）`,
        },
      };
    }
    const required = requiredFor(ratio, threshold);
    const current = fraction.numerator.div(ratio.k);
    let change = roundChange(required.minus(current), quantity);
    // "greater than" needs strictly more than the required amount.
    if (result.comparator === 'gt' && current.plus(change).lte(required)) {
      change = WHOLE.has(quantity) ? change.plus(1) : change.plus(new Decimal('0.01'));
    }
    const pupils = fraction.denominator.div(ratio.k);
    return {
      current,
      required,
      change,
      explanation: {
        en: `add ${change} ${unit.en} (need ${required.toDecimalPlaces(4)} for ${pupils}, have ${current.toDecimalPlaces(4)})`,
        zh: `需增加 ${withUnit(change, unit)}（按学生 ${pupils} 人计需 ${withUnit(required.toDecimalPlaces(4), unit)}，现有 ${withUnit(current.toDecimalPlaces(4), unit)}）`,
      },
    };
  }
  const change = roundChange(value.minus(threshold), quantity);
  return {
    current: value,
    required: threshold,
    change,
    explanation: {
      en: `reduce from ${value} to ${threshold} (by ${change} ${unit.en})`,
      zh: `由 ${value} 降至 ${threshold}（减少 ${change}${unit.zh}）`,
    },
  };
}

function indicatorGap(
  set: IndicatorSet,
  section: { schoolId: string; stage?: string },
  result: IndicatorResult,
  quantity: MetricQuantity,
): IndicatorGap | null {
  const gap = exactIndicatorGap(set, section.stage, result, quantity);
  if (gap === null) return null;
  return {
    schoolId: section.schoolId,
    ...(section.stage === undefined ? {} : { stage: section.stage }),
    indicator: result.indicator,
    quantity,
    current: gap.current.toNumber(),
    required: gap.required.toNumber(),
    change: gap.change.toNumber(),
    explanation: gap.explanation,
  };
}

interface Point {
  schoolId: string;
  value: number;
  weight: number;
  result: IndicatorResult;
  ratio: ExactRatio;
  exactValue: Decimal;
}

/** The smallest floor F (float) such that clipping every value below F to F gives CV ≤ limit. */
function smallestFloat(points: readonly Point[], limit: number): number {
  const sorted = [...points].sort((a, b) => a.value - b.value);
  const W = sorted.reduce((s, p) => s + p.weight, 0);
  const c = 1 + limit * limit;
  let A = sorted.reduce((s, p) => s + p.weight * p.value, 0);
  let B = sorted.reduce((s, p) => s + p.weight * p.value * p.value, 0);
  let WL = 0;
  for (let k = 0; k < sorted.length; k += 1) {
    const point = sorted[k] as Point;
    WL += point.weight;
    A -= point.weight * point.value;
    B -= point.weight * point.value * point.value;
    const lo = point.value;
    const hi = k + 1 < sorted.length ? (sorted[k + 1] as Point).value : Number.POSITIVE_INFINITY;
    // f(F) = a F² + b F + c0 ≤ 0 on [lo, hi]
    const a = WL * (W - c * WL);
    const b = -2 * c * WL * A;
    const c0 = W * B - c * A * A;
    const f = (x: number): number => a * x * x + b * x + c0;
    if (f(lo) <= 0) return lo;
    let candidate: number | null = null;
    if (a === 0) {
      if (b !== 0) candidate = -c0 / b;
    } else {
      const disc = b * b - 4 * a * c0;
      if (disc >= 0) {
        const r = Math.sqrt(disc);
        const roots = [(-b - r) / (2 * a), (-b + r) / (2 * a)].sort((x, y) => x - y);
        candidate = roots.find((x) => x >= lo && x <= hi) ?? null;
      }
    }
    if (candidate !== null && candidate >= lo && candidate <= hi) return candidate;
    if (!Number.isFinite(hi)) return lo;
  }
  return (sorted[sorted.length - 1] as Point).value;
}

/** The exact limit of a CV rule for a stage: the set's decimal string when it is the entry's limit. */
function exactLimitOf(set: IndicatorSet, stage: 'primary' | 'junior', limit: Figure): Decimal {
  const limits = set.rules.variation?.limits;
  const raw = limits === undefined ? undefined : (limits[stage] ?? limits.all);
  if (raw !== undefined) {
    const exact = new Decimal(raw);
    if (exact.toNumber() === limit) return exact;
  }
  // A limit of up to 15 significant digits (every published one) is read back exactly.
  return new Decimal(limit);
}

function levellingPlan(
  sections: readonly SectionAssessment[],
  indicator: string,
  stage: 'primary' | 'junior',
  limit: Decimal,
  cvBefore: Figure,
  quantity: MetricQuantity,
): LevellingPlan | null {
  const points: Point[] = [];
  for (const section of sections) {
    if (section.stage !== stage) continue;
    const result = section.results.find((r) => r.indicator === indicator);
    if (result?.value === null || result?.value === undefined) return null;
    const ratio = exactRatioOf(result);
    const exactValue = exactValueOf(result);
    if (ratio === null || exactValue === null) return null;
    points.push({
      schoolId: section.schoolId,
      value: result.value,
      weight: section.pupils,
      result,
      ratio,
      exactValue,
    });
  }
  if (points.length === 0) return null;
  let floor = new Decimal(smallestFloat(points, limit.toNumber())).toSignificantDigits(6, Decimal.ROUND_UP);
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const additions: { schoolId: string; before: Decimal; addition: Decimal; after: Decimal }[] = [];
    const values = points.map((p) => {
      const { fraction, k } = p.ratio;
      if (p.exactValue.gte(floor)) return fraction;
      const addition = additionFor(p.ratio, floor, quantity);
      const before = fraction.numerator.div(k);
      additions.push({ schoolId: p.schoolId, before, addition, after: before.plus(addition) });
      // The section's amount grows by the addition: the fraction's numerator by addition × k.
      return {
        numerator: fraction.numerator.plus(addition.times(k)),
        denominator: fraction.denominator,
        scale: fraction.scale,
      };
    });
    // Section pupils are whole numbers below 2^53: each number is exact.
    const weights = points.map((p) => p.weight);
    const check = coefficientOfVariation(values, weights, { limit });
    if (check.withinLimit === true && check.cv !== null) {
      return {
        indicator,
        stage,
        limit: limit.toNumber(),
        cvBefore,
        cvAfter: check.cv,
        floor: floor.toNumber(),
        additions: additions.map((a) => ({
          schoolId: a.schoolId,
          before: a.before.toNumber(),
          addition: a.addition.toNumber(),
          after: a.after.toNumber(),
        })),
        totalAddition: additions.reduce((s, a) => s.plus(a.addition), ZERO).toNumber(),
        quantity,
        verified: true,
      };
    }
    // Rounding the floor (or whole units) left the CV a hair over: nudge the floor up.
    floor = floor.times(ONE.plus(new Decimal(2).pow(attempt).times('1e-6')));
  }
  return null;
}

/**
 * Works out what it would take for a county to meet what it does not: the smallest addition for
 * each unmet school indicator, a levelling plan for each CV over its limit, and the cheapest fix
 * for each section failing the 6-of-7 rule.
 *
 * The levelling plan finds the smallest floor F such that raising every section below F to F
 * brings the CV within the limit (solved exactly between consecutive values, then rounded up to
 * 6 significant digits and to whole units where the resource is counted, and verified by
 * recomputing the CV exactly).
 *
 * Cheapest fix: every unmet indicator must reach at least the floor; if that leaves fewer than
 * `minMet` met, the unmet indicators with the smallest relative shortfall (shortfall ÷
 * threshold) are brought to the full threshold. Teachers, rooms, m² and yuan have no common
 * price, so "cheapest" means the smallest relative effort.
 *
 * For stock reported for the whole school (`sharedStock`), the addition is to the whole school's
 * figure, so that the section's share after the split meets the threshold. A levelling plan
 * lists each section's own share of the addition.
 *
 * Every decision (rounding up to whole units, which sections lie below the floor, which
 * indicators are nearest their threshold) is taken on exact values, from the exact fraction of
 * each result ({@link exactFractionOf}); the returned figures are numbers ({@link Figure}).
 *
 * @category Gap
 * @param assessment - a compulsory assessment
 * @param set - the set it was made with
 * @param options - no public options yet
 * @returns the gaps, plans and fixes
 * @example
 * ```ts
 * const gaps = compulsoryGaps(assessCompulsory(dataset, compulsoryQuality2017), compulsoryQuality2017);
 * gaps.indicators[0]?.explanation.en; //=> 'add 2 persons (need 4.5 for 450, have 3)'
 * gaps.indicators[0]?.change; //=> 2
 * ```
 */
export function compulsoryGaps(
  assessment: CompulsoryAssessment,
  set: IndicatorSet,
  options: {
    /** The metric registry of an assessment made with custom metrics (not public, as there). @internal */
    readonly metrics?: Readonly<Record<string, Metric>>;
  } = {},
): CompulsoryGaps {
  expectCompulsoryAssessment(assessment);
  expectIndicatorSet(set);
  optionsOf(options, { metrics: 'object' });
  const registry =
    options.metrics === undefined ? compulsoryMetrics : { ...compulsoryMetrics, ...options.metrics };
  const indicators: IndicatorGap[] = [];
  for (const section of assessment.sections) {
    for (const result of section.results) {
      const gap = indicatorGap(set, section, result, quantityOf(set, registry, result.indicator));
      if (gap !== null) indicators.push(gap);
    }
  }
  for (const school of assessment.schools) {
    for (const result of school.results) {
      const gap = indicatorGap(set, school, result, quantityOf(set, registry, result.indicator));
      if (gap !== null) indicators.push(gap);
    }
  }

  const levelling: LevellingPlan[] = [];
  for (const entry of assessment.variation) {
    if (entry.status !== 'unmet' || entry.limit === null || entry.cv === null) continue;
    const plan = levellingPlan(
      assessment.sections,
      entry.indicator,
      entry.stage,
      exactLimitOf(set, entry.stage, entry.limit),
      entry.cv,
      quantityOf(set, registry, entry.indicator),
    );
    if (plan !== null) levelling.push(plan);
  }

  const sections: SectionFix[] = [];
  const floorRatio = set.rules.floorRatio === undefined ? null : new Decimal(set.rules.floorRatio);
  const minMet = set.rules.minMet;
  const counted = new Set(set.indicators.filter((i) => i.countsTowardsMinMet === true).map((i) => i.id));
  for (const section of assessment.sections) {
    if (section.passed !== false || minMet === undefined) continue;
    // The relative shortfall (shortfall ÷ threshold) of each unmet counted indicator, exactly.
    const unmet = section.results
      .filter((r) => counted.has(r.indicator) && r.status === 'unmet')
      .map((result) => {
        const threshold = exactThresholdOf(result);
        const value = exactValueOf(result);
        let relative = new Decimal(Infinity);
        if (threshold !== null && !threshold.isZero() && value !== null && result.shortfall !== null) {
          const gte = result.comparator === 'gte' || result.comparator === 'gt';
          const shortfall = gte ? threshold.minus(value) : value.minus(threshold);
          relative = (result.comparator === 'eq' ? shortfall.abs() : shortfall).div(threshold);
        }
        return { result, threshold, relative };
      });
    const byCost = [...unmet].sort((a, b) => a.relative.cmp(b.relative));
    const needFull = Math.max(0, minMet - section.metCount);
    const fixes: { indicator: string; target: 'threshold' | 'floor'; change: Figure }[] = [];
    byCost.forEach(({ result, threshold }, index) => {
      const quantity = quantityOf(set, registry, result.indicator);
      if (index < needFull) {
        const gap = exactIndicatorGap(set, section.stage, result, quantity);
        if (gap !== null)
          fixes.push({ indicator: result.indicator, target: 'threshold', change: gap.change.toNumber() });
      } else if (result.aboveFloor === false && floorRatio !== null && threshold !== null) {
        const ratio = exactRatioOf(result);
        if (ratio !== null) {
          fixes.push({
            indicator: result.indicator,
            target: 'floor',
            change: additionFor(ratio, threshold.times(floorRatio), quantity).toNumber(),
          });
        }
      }
    });
    sections.push({ schoolId: section.schoolId, stage: section.stage, fixes });
  }
  return { indicators, levelling, sections };
}
