/**
 * What it would take (差距测算): for each unmet school indicator the smallest addition that meets
 * it, in its natural unit (whole teachers and rooms, m², yuan); for each CV over its limit a
 * levelling plan (raise every school below a floor to that floor); and for each section failing
 * the 6-of-7 rule the cheapest set of indicators to fix.
 * @module
 */
import DecimalJs from 'decimal.js';
import type { IndicatorSet, Label } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import { coefficientOfVariation } from '../numeric/variation/index.js';
import type { CompulsoryAssessment } from './county.js';
import { compulsoryMetrics, type Metric, type MetricQuantity } from './metrics.js';
import type { IndicatorResult, SectionAssessment } from './types.js';
import { exactValueOf } from './variation.js';

/**
 * The smallest change that meets one unmet indicator of one school section.
 * @category Gap
 * @example
 * ```ts
 * const gap: IndicatorGap = { schoolId: 's03', stage: 'primary', indicator: 'key-teachers-per-100',
 *   quantity: 'persons', current: new Decimal(3), required: new Decimal('4.5'), change: new Decimal(2),
 *   explanation: { en: '2 more key teachers (need 4.5 for 450 pupils, have 3)', zh: '需增加骨干教师 2 人（450 名学生需 4.5 人，现有 3 人）' } };
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
  /** The resource the section has. */
  readonly current: Decimal;
  /** The resource the threshold requires (threshold × pupils ÷ scale). */
  readonly required: Decimal;
  /** The smallest addition (≥) or reduction (≤, as a positive number) that meets the threshold. */
  readonly change: Decimal;
  /** The change in words. */
  readonly explanation: Label;
}

/**
 * A levelling plan for a CV over its limit: every school section below `floor` (a per-pupil or
 * per-100 value) is raised to it, which brings the CV within the limit; verified by recomputing
 * the CV.
 * @category Gap
 * @example
 * ```ts
 * const plan = compulsoryGaps(assessment, compulsoryQuality2017).levelling[0];
 * plan?.cvAfter.lte(plan.limit); //=> true
 * ```
 */
export interface LevellingPlan {
  /** The indicator. */
  readonly indicator: string;
  /** The stage. */
  readonly stage: 'primary' | 'junior';
  /** The CV limit. */
  readonly limit: Decimal;
  /** The CV now. */
  readonly cvBefore: Decimal;
  /** The CV once the plan is carried out (recomputed exactly). */
  readonly cvAfter: Decimal;
  /** The floor value (in the indicator's unit: per pupil or per 100 pupils). */
  readonly floor: Decimal;
  /** What each school section below the floor receives, in resource units. */
  readonly additions: readonly {
    /** The school. */
    readonly schoolId: string;
    /** Its resource now. */
    readonly before: Decimal;
    /** What it receives. */
    readonly addition: Decimal;
    /** Its resource afterwards. */
    readonly after: Decimal;
  }[];
  /** The sum of the additions. */
  readonly total: Decimal;
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
 * const fix: SectionFix = { schoolId: 's05', stage: 'junior', fixes: [{ indicator: 'sports-area-per-pupil', target: 'floor', change: new Decimal('120.5') }] };
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
    readonly change: Decimal;
  }[];
}

/**
 * Everything {@link compulsoryGaps} works out.
 * @category Gap
 * @example
 * ```ts
 * const gaps: CompulsoryGaps = compulsoryGaps(assessment, compulsoryQuality2017);
 * gaps.indicators.length; //=> 3
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

function roundChange(value: Decimal, quantity: MetricQuantity): Decimal {
  if (value.lte(0)) return new Decimal(0);
  return WHOLE.has(quantity) ? value.toDecimalPlaces(0, DecimalJs.ROUND_CEIL) : value;
}

/**
 * The resource a target value requires: target × denominator ÷ scale, using the exact ratio.
 * For split stock the denominator is the section's pupils.
 */
function requiredFor(result: IndicatorResult, target: Decimal): Decimal | null {
  if (result.denominator === undefined || result.scale === undefined) return null;
  return target.times(result.denominator).div(result.scale);
}

function quantityOf(
  set: IndicatorSet,
  registry: Readonly<Record<string, Metric>>,
  id: string,
): MetricQuantity {
  const indicator = set.indicators.find((i) => i.id === id);
  return indicator === undefined ? 'other' : (registry[indicator.metric]?.quantity ?? 'other');
}

function indicatorGap(
  section: { schoolId: string; stage?: string },
  result: IndicatorResult,
  quantity: MetricQuantity,
): IndicatorGap | null {
  if (result.status !== 'unmet' || result.threshold === null || result.value === null) return null;
  const unit = UNIT[quantity];
  const stage = section.stage === undefined ? {} : { stage: section.stage };
  if (result.comparator === 'gte' || result.comparator === 'gt' || result.comparator === 'eq') {
    const required = requiredFor(result, result.threshold);
    if (required === null || result.numerator === undefined) {
      const change = roundChange(result.threshold.minus(result.value), quantity);
      return {
        schoolId: section.schoolId,
        ...stage,
        indicator: result.indicator,
        quantity,
        current: result.value,
        required: result.threshold,
        change,
        explanation: {
          en: `raise from ${result.value} to ${result.threshold} (${change} ${unit.en})`,
          zh: `由 ${result.value} 提高到 ${result.threshold}（${change}${unit.zh}）`,
        },
      };
    }
    const shared = result.derived?.[0];
    if (shared !== undefined && !shared.share.isZero()) {
      // Stock reported for the whole school: what the school must hold so that this section's
      // share (split by weighted pupils) reaches the threshold.
      const requiredTotal = required.div(shared.share);
      const change = roundChange(requiredTotal.minus(shared.total), quantity);
      return {
        schoolId: section.schoolId,
        ...stage,
        indicator: result.indicator,
        quantity,
        current: shared.total,
        required: requiredTotal,
        change,
        explanation: {
          en: `add ${change} ${unit.en} to the whole school's stock (the section's share is ${shared.share.toDecimalPlaces(4)} of it: need ${requiredTotal.toDecimalPlaces(4)}, have ${shared.total})`,
          zh: `全校需增加 ${change}${unit.zh}（本学段按加权学生数分摊 ${shared.share.toDecimalPlaces(4)}：需 ${requiredTotal.toDecimalPlaces(4)}，现有 ${shared.total}）`,
        },
      };
    }
    let change = roundChange(required.minus(result.numerator), quantity);
    // "greater than" needs strictly more than the required amount.
    if (result.comparator === 'gt' && result.numerator.plus(change).lte(required)) {
      change = WHOLE.has(quantity) ? change.plus(1) : change.plus(new Decimal('0.01'));
    }
    return {
      schoolId: section.schoolId,
      ...stage,
      indicator: result.indicator,
      quantity,
      current: result.numerator,
      required,
      change,
      explanation: {
        en: `add ${change} ${unit.en} (need ${required.toDecimalPlaces(4)} for ${result.denominator}, have ${result.numerator.toDecimalPlaces(4)})`,
        zh: `需增加 ${change}${unit.zh}（按 ${result.denominator} 计需 ${required.toDecimalPlaces(4)}，现有 ${result.numerator.toDecimalPlaces(4)}）`,
      },
    };
  }
  const change = roundChange(result.value.minus(result.threshold), quantity);
  return {
    schoolId: section.schoolId,
    ...stage,
    indicator: result.indicator,
    quantity,
    current: result.value,
    required: result.threshold,
    change,
    explanation: {
      en: `reduce from ${result.value} to ${result.threshold} (by ${change} ${unit.en})`,
      zh: `由 ${result.value} 降至 ${result.threshold}（减少 ${change}${unit.zh}）`,
    },
  };
}

interface Point {
  schoolId: string;
  value: number;
  weight: number;
  result: IndicatorResult;
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

function levellingPlan(
  sections: readonly SectionAssessment[],
  indicator: string,
  stage: 'primary' | 'junior',
  limit: Decimal,
  cvBefore: Decimal,
  quantity: MetricQuantity,
): LevellingPlan | null {
  const points: Point[] = [];
  for (const section of sections) {
    if (section.stage !== stage) continue;
    const result = section.results.find((r) => r.indicator === indicator);
    if (result?.value === null || result?.value === undefined || result.numerator === undefined) return null;
    points.push({
      schoolId: section.schoolId,
      value: result.value.toNumber(),
      weight: section.pupils.toNumber(),
      result,
    });
  }
  if (points.length === 0) return null;
  let floor = new Decimal(smallestFloat(points, limit.toNumber())).toSignificantDigits(6, DecimalJs.ROUND_UP);
  for (let attempt = 0; attempt < 60; attempt += 1) {
    const additions: { schoolId: string; before: Decimal; addition: Decimal; after: Decimal }[] = [];
    const values = points.map((p) => {
      const r = p.result;
      const exact = exactValueOf(r);
      if ((r.value as Decimal).gte(floor)) return exact;
      const needed = requiredFor(r, floor) as Decimal;
      const addition = roundChange(needed.minus(r.numerator as Decimal), quantity);
      const after = (r.numerator as Decimal).plus(addition);
      additions.push({ schoolId: p.schoolId, before: r.numerator as Decimal, addition, after });
      return { numerator: after, denominator: r.denominator as Decimal, scale: r.scale as Decimal };
    });
    const weights = points.map((p) => p.result.denominator as Decimal);
    const check = coefficientOfVariation(values, weights, { limit });
    if (check.withinLimit === true && check.cv !== null) {
      return {
        indicator,
        stage,
        limit,
        cvBefore,
        cvAfter: check.cv,
        floor,
        additions,
        total: additions.reduce((s, a) => s.plus(a.addition), new Decimal(0)),
        quantity,
        verified: true,
      };
    }
    // Rounding the floor (or whole units) left the CV a hair over: nudge the floor up.
    floor = floor.times(new Decimal(1).plus(new Decimal(2).pow(attempt).times('1e-6')));
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
 * recomputing the CV).
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
 * @category Gap
 * @param assessment - a compulsory assessment
 * @param set - the set it was made with
 * @param options - no public options yet
 * @returns the gaps, plans and fixes
 * @example
 * ```ts
 * const gaps = compulsoryGaps(assessCompulsory(dataset, compulsoryQuality2017), compulsoryQuality2017);
 * gaps.indicators[0]?.explanation.en; //=> 'add 2 persons (need 4.5 for 450, have 3)'
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
  const registry =
    options.metrics === undefined ? compulsoryMetrics : { ...compulsoryMetrics, ...options.metrics };
  const indicators: IndicatorGap[] = [];
  for (const section of assessment.sections) {
    for (const result of section.results) {
      const gap = indicatorGap(section, result, quantityOf(set, registry, result.indicator));
      if (gap !== null) indicators.push(gap);
    }
  }
  for (const school of assessment.schools) {
    for (const result of school.results) {
      const gap = indicatorGap(school, result, quantityOf(set, registry, result.indicator));
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
      entry.limit,
      entry.cv,
      quantityOf(set, registry, entry.indicator),
    );
    if (plan !== null) levelling.push(plan);
  }

  const sections: SectionFix[] = [];
  const floorRatio = set.rules.floorRatio === undefined ? null : new Decimal(set.rules.floorRatio);
  const minMet = set.rules.minMet;
  for (const section of assessment.sections) {
    if (section.passed !== false || minMet === undefined) continue;
    const counted = new Set(set.indicators.filter((i) => i.countsTowardsMinMet === true).map((i) => i.id));
    const unmet = section.results.filter((r) => counted.has(r.indicator) && r.status === 'unmet');
    const relative = (r: IndicatorResult): Decimal =>
      r.threshold === null || r.threshold.isZero() || r.shortfall === null
        ? new Decimal(Infinity)
        : r.shortfall.div(r.threshold);
    const byCost = [...unmet].sort((a, b) => relative(a).cmp(relative(b)));
    const needFull = Math.max(0, minMet - section.metCount);
    const fixes: { indicator: string; target: 'threshold' | 'floor'; change: Decimal }[] = [];
    byCost.forEach((result, index) => {
      const quantity = quantityOf(set, registry, result.indicator);
      if (index < needFull) {
        const gap = indicatorGap(section, result, quantity);
        if (gap !== null)
          fixes.push({ indicator: result.indicator, target: 'threshold', change: gap.change });
      } else if (result.aboveFloor === false && floorRatio !== null && result.threshold !== null) {
        const required = requiredFor(result, result.threshold.times(floorRatio));
        if (required !== null && result.numerator !== undefined) {
          fixes.push({
            indicator: result.indicator,
            target: 'floor',
            change: roundChange(required.minus(result.numerator), quantity),
          });
        }
      }
    });
    sections.push({ schoolId: section.schoolId, stage: section.stage, fixes });
  }
  return { indicators, levelling, sections };
}
