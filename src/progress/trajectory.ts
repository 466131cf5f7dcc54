/**
 * A county's assessments over time (发展轨迹): readiness and every indicator at each date, and for
 * each indicator still unmet an estimate of when it would be met if its recent trend continued.
 * The estimate is a least-squares line through the last few points: a projection, not a promise.
 * @module
 */

import { expectAssessment } from '../assess/guards.js';
import type { Figure, IndicatorStatus } from '../assess/types.js';
import { dudaoError, type SafeResult, safely } from '../error.js';
import { eachOf, expectKind, expectShape } from '../guard.js';
import type { Label, Stage } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import { assertComparable } from './compare.js';
import {
  type ExactProgressItem,
  exactProgressItems,
  type ProgressAssessment,
  type ProgressItemKind,
  type ProgressOptions,
  progressOptionsOf,
} from './items.js';
import { type Readiness, readinessOfItems } from './readiness.js';

/**
 * An assessment with the date it describes (`YYYY-MM-DD`), e.g. the end of its data year.
 * @category Progress
 * @example
 * ```ts
 * const point: DatedAssessment = { date: '2021-12-31', assessment };
 * ```
 */
export interface DatedAssessment {
  /** A calendar date, `YYYY-MM-DD`. */
  readonly date: string;
  /** The assessment. */
  readonly assessment: ProgressAssessment;
}

/**
 * Options of {@link trajectory}.
 * @category Progress
 * @example
 * ```ts
 * const options: TrajectoryOptions = { targetYear: 2027, window: 3, set: compulsoryQuality2017 };
 * ```
 */
export interface TrajectoryOptions extends ProgressOptions {
  /** The year the county aims to be recognised in: a projection later than it is `not-before-target`. */
  readonly targetYear?: number;
  /** How many of the latest points the trend is fitted to (at least 2; default 3). */
  readonly window?: number;
}

/**
 * One item's value at one date.
 * @category Progress
 * @example
 * ```ts
 * const v: SeriesValue = { date: '2021-12-31', value: 9.5, status: 'unmet', met: false, gap: 0.5 };
 * ```
 */
export interface SeriesValue {
  /** The date. */
  readonly date: string;
  /** The value; null when unknown, a judgement, or absent that year. */
  readonly value: Figure | null;
  /** The decision, or `absent` when the item is not in that assessment. */
  readonly status: IndicatorStatus | 'absent';
  /** `true`/`false` once decided. */
  readonly met: boolean | null;
  /** Signed distance to the threshold. */
  readonly gap: Figure | null;
}

/**
 * One item over time.
 * @category Progress
 * @example
 * ```ts
 * trajectory(points).series.find((s) => s.key === 'county:teacher-exchange')?.values.length; //=> 3
 * ```
 */
export interface ItemSeries {
  /** The item's key. */
  readonly key: string;
  /** What it is. */
  readonly kind: ProgressItemKind;
  /** The indicator. */
  readonly indicator: string | null;
  /** The stage. */
  readonly stage?: Stage;
  /** The school or kindergarten. */
  readonly institutionId?: string;
  /** The name. */
  readonly name: Label;
  /** Whether it counts in readiness (at any date). */
  readonly counted: boolean;
  /** One value per date, in date order. */
  readonly values: readonly SeriesValue[];
}

/**
 * What a projection found: `projected` (met by `date` if the trend continues), `not-before-target`
 * (projected, but after the target year), `no-trend` (the trend is flat or moves away from the
 * threshold, or would take more than 1000 years), `insufficient-data` (fewer than 2 values in the
 * window), `not-projectable` (no value to follow: a judgement on evidence or an aggregate).
 * @category Progress
 * @example
 * ```ts
 * const status: ProjectionStatus = 'no-trend';
 * ```
 */
export type ProjectionStatus =
  | 'projected'
  | 'not-before-target'
  | 'no-trend'
  | 'insufficient-data'
  | 'not-projectable';

/**
 * When an unmet indicator would be met if its recent trend continued (预计达标时间), as an
 * estimate.
 * @category Progress
 * @example
 * ```ts
 * const p = trajectory(points, { targetYear: 2025 }).projections[0];
 * p?.year; //=> 2024
 * ```
 */
export interface Projection {
  /** The item's key. */
  readonly key: string;
  /** What it is. */
  readonly kind: ProgressItemKind;
  /** The indicator. */
  readonly indicator: string | null;
  /** The stage. */
  readonly stage?: Stage;
  /** The school or kindergarten. */
  readonly institutionId?: string;
  /** The name. */
  readonly name: Label;
  /** What was found. */
  readonly status: ProjectionStatus;
  /** Points the line was fitted to. */
  readonly pointsUsed: number;
  /** The fitted slope per day (the nearest number to the slope worked out to 40 digits, from which the date was found); null when not fitted. */
  readonly slopePerDay: Figure | null;
  /** slopePerDay × 365.25, for display. */
  readonly slopePerYear: Figure | null;
  /** The estimated date (`YYYY-MM-DD`) the threshold would be reached; null unless projected. */
  readonly date: string | null;
  /** Its year. */
  readonly year: number | null;
  /** In words. */
  readonly explanation: Label;
}

/**
 * A county's assessments over time.
 * @category Progress
 * @example
 * ```ts
 * const t: Trajectory = trajectory([{ date: '2021-12-31', assessment: a }, { date: '2022-12-31', assessment: b }]);
 * t.points.map((p) => p.readiness.indicators.met); //=> [9, 12]
 * ```
 */
export interface Trajectory {
  /** The set's id. */
  readonly set: string;
  /** The county (of the latest assessment). */
  readonly county: {
    /** Its code. */
    readonly code: string;
    /** Its name. */
    readonly name: string;
  };
  /** The target year, when given. */
  readonly targetYear: number | null;
  /** Readiness at each date. */
  readonly points: readonly {
    /** The date. */
    readonly date: string;
    /** The data year of the assessment. */
    readonly year: number;
    /** Its readiness. */
    readonly readiness: Readiness;
  }[];
  /** Every item over time (vetoes included). */
  readonly series: readonly ItemSeries[];
  /** For each counted indicator, school-section or kindergarten indicator unmet at the latest date; empty with a single assessment. */
  readonly projections: readonly Projection[];
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;
const HORIZON_DAYS = new Decimal(365_250);
const DAYS_PER_YEAR = new Decimal('365.25');

/** Days since 1970-01-01 of a calendar date, or null when it is not a valid `YYYY-MM-DD`. */
function dayNumber(text: string): number | null {
  const m = DATE.exec(text);
  if (m === null) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return ms / DAY_MS;
}

function dateOf(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function leastSquaresSlope(points: readonly { x: number; y: Decimal }[]): Decimal | null {
  const n = points.length;
  let sx = new Decimal(0);
  let sy = new Decimal(0);
  for (const p of points) {
    sx = sx.plus(p.x);
    sy = sy.plus(p.y);
  }
  const mx = sx.div(n);
  const my = sy.div(n);
  let sxy = new Decimal(0);
  let sxx = new Decimal(0);
  for (const p of points) {
    const dx = new Decimal(p.x).minus(mx);
    sxy = sxy.plus(dx.times(p.y.minus(my)));
    sxx = sxx.plus(dx.times(dx));
  }
  return sxx.isZero() ? null : sxy.div(sxx);
}

function figureOf(value: Decimal | null | undefined): Figure | null {
  return value === null || value === undefined ? null : value.toNumber();
}

function project(
  item: ExactProgressItem,
  history: readonly (ExactProgressItem | undefined)[],
  days: readonly number[],
  window: number,
  targetYear: number | undefined,
): Projection {
  const base = {
    key: item.key,
    kind: item.kind,
    indicator: item.indicator,
    ...(item.stage === undefined ? {} : { stage: item.stage }),
    ...(item.institutionId === undefined ? {} : { institutionId: item.institutionId }),
    name: item.name,
  };
  const none = { slopePerDay: null, slopePerYear: null, date: null, year: null };
  if (
    item.value === null ||
    item.threshold === null ||
    item.comparator === 'bool' ||
    item.comparator === 'none'
  ) {
    return {
      ...base,
      status: 'not-projectable',
      pointsUsed: 0,
      ...none,
      explanation: {
        zh: `${item.name.zh}：没有可外推的数值（佐证材料认定或按学校汇总的指标）`,
        en: `${item.name.en}: no value to extrapolate (a judgement on evidence or an aggregate over schools)`,
      },
    };
  }
  const start = Math.max(0, history.length - window);
  const used: { x: number; y: Decimal }[] = [];
  for (let i = start; i < history.length; i += 1) {
    const value = history[i]?.value ?? null;
    const day = days[i];
    if (value !== null && day !== undefined) used.push({ x: day, y: value });
  }
  if (used.length < 2) {
    return {
      ...base,
      status: 'insufficient-data',
      pointsUsed: used.length,
      ...none,
      explanation: {
        zh: `${item.name.zh}：最近 ${window} 次评估中有数值的不足 2 次，无法估计趋势`,
        en: `${item.name.en}: fewer than 2 values among the last ${window} assessments, no trend estimated`,
      },
    };
  }
  const slope = leastSquaresSlope(used);
  const lastDay = days[days.length - 1] as number;
  const need = item.threshold.minus(item.value);
  const wantUp =
    item.comparator === 'gte' || item.comparator === 'gt'
      ? true
      : item.comparator === 'lte' || item.comparator === 'lt'
        ? false
        : need.isPositive();
  const slopePerYear = slope === null ? null : slope.times(DAYS_PER_YEAR);
  const slopes = { slopePerDay: figureOf(slope), slopePerYear: figureOf(slopePerYear) };
  const perYear = slopePerYear === null ? '0' : slopePerYear.toSignificantDigits(4).toString();
  const towards = slope !== null && !slope.isZero() && (wantUp ? slope.isPositive() : slope.isNegative());
  const daysNeeded = towards
    ? need
        .abs()
        .div((slope as Decimal).abs())
        .ceil()
    : null;
  if (daysNeeded === null || daysNeeded.gt(HORIZON_DAYS)) {
    return {
      ...base,
      status: 'no-trend',
      pointsUsed: used.length,
      ...slopes,
      date: null,
      year: null,
      explanation: {
        zh: `${item.name.zh}：按最近 ${used.length} 次评估的趋势（每年 ${perYear}）${daysNeeded === null ? '持平或远离标准' : '千年内无法达到标准'}，无法预计达标时间`,
        en: `${item.name.en}: the trend of the last ${used.length} assessments (${perYear} a year) ${daysNeeded === null ? 'is flat or moves away from the threshold' : 'would take more than 1000 years'}; no date estimated`,
      },
    };
  }
  const date = dateOf(lastDay + Math.max(1, daysNeeded.toNumber()));
  const year = Number(date.slice(0, 4));
  const late = targetYear !== undefined && year > targetYear;
  return {
    ...base,
    status: late ? 'not-before-target' : 'projected',
    pointsUsed: used.length,
    ...slopes,
    date,
    year,
    explanation: {
      zh: `${item.name.zh}：按最近 ${used.length} 次评估的趋势（每年 ${perYear}），预计 ${year} 年达标（约 ${date}，估计值）${late ? `，晚于目标年 ${targetYear}` : ''}`,
      en: `${item.name.en}: at the trend of the last ${used.length} assessments (${perYear} a year), met in ${year} (about ${date}, an estimate)${late ? `, after the target year ${targetYear}` : ''}`,
    },
  };
}

/**
 * A county's assessments over time (发展轨迹): readiness at each date, every item's values, and
 * for each indicator unmet at the latest date the year it would be met if its recent trend
 * continued.
 *
 * Dates must be valid `YYYY-MM-DD`, strictly increasing; every assessment must be of the same
 * set (id and version) and county as the first.
 *
 * The projection, for an item with a numeric value and threshold that is unmet at the latest
 * date: fit a least-squares line value = a + b·day through the item's values at the last
 * `window` dates (default 3; dates without a value are skipped; at least 2 values needed); if
 * the slope b moves the value towards the threshold (up for ≥, down for ≤ and CVs), the
 * estimated date is the latest date + ceil(|threshold − latest value| ÷ |b|) days (at least 1),
 * i.e. the trend continued from where the county is now. A flat or adverse slope gives
 * `no-trend`; an estimate after `targetYear` gives `not-before-target` (with the date). One
 * assessment projects nothing (`projections` is empty). Section and kindergarten indicators
 * are projected too; vetoes are not.
 *
 * @category Progress
 * @param points - dated assessments, oldest first
 * @param options - `targetYear`, `window`, `set` for names
 * @returns the trajectory
 * @throws {@link DudaoError} `empty-trajectory`, `invalid-date`, `duplicate-date`, `dates-not-increasing`, `different-set`, `different-county`
 * @example
 * ```ts
 * const t = trajectory([
 *   { date: '2021-12-31', assessment: a2021 },
 *   { date: '2022-12-31', assessment: a2022 },
 * ], { targetYear: 2025 });
 * t.projections.find((p) => p.key === 'county:teacher-exchange')?.year; //=> 2024
 * ```
 */
export function trajectory(points: readonly DatedAssessment[], options: TrajectoryOptions = {}): Trajectory {
  progressOptionsOf(options, { window: 'number', targetYear: 'number' });
  expectKind(points, 'array', ['points'], {
    en: 'an array of dated assessments ({ date, assessment })',
    zh: '带日期的评估结果数组（{ date, assessment }）',
  });
  eachOf(points, (point, i) => {
    expectShape(
      point,
      [i],
      { en: 'a dated assessment ({ date, assessment })', zh: '带日期的评估结果（{ date, assessment }）' },
      {
        date: 'string',
      },
    );
    expectAssessment(point.assessment, [i, 'assessment']);
  });
  const first = points[0];
  if (first === undefined) {
    throw dudaoError(
      'empty-trajectory',
      [],
      'a trajectory needs at least one assessment',
      '发展轨迹至少需要一次评估结果',
    );
  }
  const window = options.window ?? 3;
  if (!Number.isInteger(window) || window < 2) {
    throw dudaoError(
      'invalid-window',
      ['window'],
      `window must be an integer ≥ 2 (got ${window})`,
      `window 必须是不小于 2 的整数（实际为 ${window}）`,
    );
  }
  const days: number[] = [];
  points.forEach((point, i) => {
    const day = dayNumber(point.date);
    if (day === null) {
      throw dudaoError(
        'invalid-date',
        [i, 'date'],
        `"${point.date}" is not a calendar date YYYY-MM-DD`,
        `"${point.date}" 不是有效日期（YYYY-MM-DD）`,
      );
    }
    const previous = days[i - 1];
    if (previous !== undefined && day === previous) {
      throw dudaoError(
        'duplicate-date',
        [i, 'date'],
        `date ${point.date} appears twice`,
        `日期 ${point.date} 重复`,
      );
    }
    if (previous !== undefined && day < previous) {
      throw dudaoError(
        'dates-not-increasing',
        [i, 'date'],
        `dates must be increasing: ${point.date} comes after ${points[i - 1]?.date}`,
        `日期必须递增：${point.date} 排在 ${points[i - 1]?.date} 之后`,
      );
    }
    if (i > 0) assertComparable(first.assessment, point.assessment, [i, 'assessment'], options);
    days.push(day);
  });
  if (options.set !== undefined)
    assertComparable(first.assessment, first.assessment, [0, 'assessment'], options);

  const itemsAt = points.map((p) => exactProgressItems(p.assessment, options));
  const byKeyAt = itemsAt.map((items) => new Map(items.map((i) => [i.key, i] as const)));
  const keys: string[] = [];
  const seen = new Set<string>();
  const latestOf = new Map<string, ExactProgressItem>();
  for (const items of itemsAt) {
    for (const item of items) {
      if (!seen.has(item.key)) {
        seen.add(item.key);
        keys.push(item.key);
      }
      latestOf.set(item.key, item);
    }
  }
  const series: ItemSeries[] = keys.map((key) => {
    const item = latestOf.get(key) as ExactProgressItem;
    const history = byKeyAt.map((m) => m.get(key));
    return {
      key,
      kind: item.kind,
      indicator: item.indicator,
      ...(item.stage === undefined ? {} : { stage: item.stage }),
      ...(item.institutionId === undefined ? {} : { institutionId: item.institutionId }),
      name: item.name,
      counted: history.some((h) => h?.counted === true),
      values: history.map((h, i) => ({
        date: points[i]?.date as string,
        value: figureOf(h?.value),
        status: h?.status ?? 'absent',
        met: h?.met ?? null,
        gap: figureOf(h?.gap),
      })),
    };
  });

  const projections: Projection[] = [];
  const last = itemsAt[itemsAt.length - 1] ?? [];
  if (points.length > 1) {
    for (const item of last) {
      if (item.status !== 'unmet' || item.kind === 'veto') continue;
      if (!item.counted && item.kind !== 'section' && item.kind !== 'kindergarten') continue;
      const history = byKeyAt.map((m) => m.get(item.key));
      projections.push(project(item, history, days, window, options.targetYear));
    }
  }

  const latest = points[points.length - 1] as DatedAssessment;
  return {
    set: latest.assessment.set,
    county: { code: latest.assessment.county.code, name: latest.assessment.county.name },
    targetYear: options.targetYear ?? null,
    points: points.map((p, i) => ({
      date: p.date,
      year: p.assessment.year,
      readiness: readinessOfItems(p.assessment, itemsAt[i] ?? []),
    })),
    series,
    projections,
  };
}

/**
 * {@link trajectory} (发展轨迹) without throwing: points that cannot form a trajectory come back as
 * `{ success: false, error }` (codes `empty-trajectory`, `invalid-date`, `duplicate-date`,
 * `dates-not-increasing`, `invalid-window`, `different-set`, `different-county`).
 *
 * @category Progress
 * @param points - dated assessments, oldest first
 * @param options - `targetYear`, `window`, `set` for names
 * @returns `{ success: true, data }` with the trajectory, or `{ success: false, error }`
 * @example
 * ```ts
 * safeTrajectory([]).success; //=> false
 * safeTrajectory([{ date: '2021-12-31', assessment: a2021 }]).success; //=> true
 * ```
 */
export function safeTrajectory(
  points: readonly DatedAssessment[],
  options: TrajectoryOptions = {},
): SafeResult<Trajectory> {
  return safely(() => trajectory(points, options));
}
