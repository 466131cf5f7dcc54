/**
 * When will the ledger be cleared (清零预测)? A straight line fitted by least squares to the
 * outstanding issues (not withdrawn, not yet closed) over the last points of a progress series,
 * extended to zero. It says plainly when the history cannot support a projection.
 * @module
 */
import type { Figure } from '../assess/types.js';
import { dudaoError, quoteInput } from '../error.js';
import { eachOf, expectShape } from '../guard.js';
import type { Label } from '../indicators/types.js';
import { dateOfDayNumber, dayNumber } from '../ledger/calendar.js';
import { Decimal } from '../numeric/decimal.js';
import { expectScoreOptions, expectSummary } from './guards.js';
import type { ProgressSeries } from './series.js';
import type { RectificationSummary } from './summary.js';

/**
 * Options of {@link projectClearance}.
 *
 * @category Scoring
 * @example
 * ```ts
 * const options: ClearanceOptions = { target: '2022-06-30', window: 8 };
 * ```
 */
export interface ClearanceOptions {
  /** The day the ledger should be cleared by (清零目标日期), `YYYY-MM-DD`. */
  readonly target: string;
  /** How many of the latest points the line is fitted to (at least 2). Default 8. */
  readonly window?: number;
}

/**
 * A clearance projection (清零预测).
 *
 * - `projected`: the fitted line reaches zero on `date`;
 * - `cleared`: the last point is already cleared;
 * - `insufficient-history`: fewer than 2 points;
 * - `no-downward-trend`: outstanding issues are not falling over the window.
 *
 * @category Scoring
 * @example
 * ```ts
 * const p: ClearanceProjection = projectClearance(series, { target: '2022-06-30' });
 * p.status; //=> 'projected'
 * p.date; //=> '2022-04-18'
 * p.meetsTarget; //=> true
 * ```
 */
export interface ClearanceProjection {
  /** What could be said. */
  readonly status: 'projected' | 'cleared' | 'insufficient-history' | 'no-downward-trend';
  /** The projected clearance day (for `cleared`, the last point's day); null otherwise. */
  readonly date: string | null;
  /** The target day. */
  readonly target: string;
  /** Whether `date` is on or before the target; null when there is no date. */
  readonly meetsTarget: boolean | null;
  /** Outstanding issues (not withdrawn, not closed) at the last point; null without points. */
  readonly outstanding: number | null;
  /** The fitted change in outstanding issues per day (negative when falling; the nearest number to the exact slope the date was found from); null when not fitted. */
  readonly slopePerDay: Figure | null;
  /** Points the line was fitted to. */
  readonly points: number;
  /** The finding in words. */
  readonly note: Label;
}

function outstandingOf(point: RectificationSummary): number {
  return point.counted - point.byStatus.closed;
}

/**
 * Projects the day a ledger will be cleared (清零预测) from the recent pace of closures: a least
 * squares line through the outstanding issues (counted − closed) of the last `window` points
 * (default 8), extended until it reaches zero. The projected day is the first whole day on or
 * after the crossing, and never earlier than the day after the last point (work still
 * outstanding cannot have finished in the past). With fewer than 2 points, or when outstanding
 * issues are not falling, it says so instead of guessing. Exact arithmetic throughout.
 *
 * @category Scoring
 * @param series - a progress series (or its points)
 * @param options - `target` day; `window` of points (default 8)
 * @returns the projection
 * @throws {@link DudaoError} `invalid-date` at `['target']`, `too-small` at `['window']`
 * @example
 * ```ts
 * // outstanding 40, 30, 20 on three consecutive Mondays: −10 every 7 days, zero two weeks later
 * projectClearance(series, { target: '2021-12-31' }); //=> { status: 'projected', date: '2021-11-29', meetsTarget: true, … }
 * ```
 */
export function projectClearance(
  series: ProgressSeries | readonly RectificationSummary[],
  options: ClearanceOptions,
): ClearanceProjection {
  expectScoreOptions(options);
  if (Array.isArray(series)) eachOf(series, (point, i) => expectSummary(point, ['series', i]));
  else {
    const what = {
      en: 'a progress series (from progressSeries) or an array of summaries',
      zh: '整改进度序列（由 progressSeries 得到）或汇总数组',
    };
    expectShape(series, ['series'], what, { points: 'array' });
    eachOf((series as ProgressSeries).points, (point, i) => expectSummary(point, ['series', 'points', i]));
  }
  const target = options.target;
  if (typeof target !== 'string' || Number.isNaN(dayNumber(target))) {
    throw dudaoError(
      'invalid-date',
      ['target'],
      `is not a calendar date written YYYY-MM-DD (got ${quoteInput(target)})`,
      `不是 YYYY-MM-DD 格式的有效日期（实际为 ${quoteInput(target)}）`,
    );
  }
  const window = options.window ?? 8;
  if (!Number.isInteger(window) || window < 2) {
    throw dudaoError(
      'too-small',
      ['window'],
      `must be a whole number of at least 2 (got ${String(window)})`,
      `必须是不小于 2 的整数（实际为 ${String(window)}）`,
    );
  }
  const all = 'points' in series ? series.points : series;
  const used = all.slice(-window);
  const last = used.at(-1);
  const base = { target, points: used.length };
  if (last === undefined || used.length < 2) {
    return {
      ...base,
      status: 'insufficient-history',
      date: null,
      meetsTarget: null,
      outstanding: last === undefined ? null : outstandingOf(last),
      slopePerDay: null,
      note: {
        en: `not enough history to project: ${used.length} point(s), at least 2 are needed`,
        zh: `历史数据不足，无法预测：仅有 ${used.length} 个统计点，至少需要 2 个`,
      },
    };
  }
  const outstanding = outstandingOf(last);
  if (last.cleared) {
    return {
      ...base,
      status: 'cleared',
      date: last.asOf,
      meetsTarget: last.asOf <= target,
      outstanding,
      slopePerDay: null,
      note: { en: `cleared on ${last.asOf}`, zh: `截至 ${last.asOf} 已清零` },
    };
  }
  // Least squares y = a + b·x with x = days since the first used point.
  const x0 = dayNumber(used[0]?.asOf as string);
  let sx = new Decimal(0);
  let sy = new Decimal(0);
  let sxx = new Decimal(0);
  let sxy = new Decimal(0);
  for (const point of used) {
    const x = dayNumber(point.asOf) - x0;
    const y = outstandingOf(point);
    sx = sx.plus(x);
    sy = sy.plus(y);
    sxx = sxx.plus(x * x);
    sxy = sxy.plus(x * y);
  }
  const count = used.length;
  const denominator = sxx.times(count).minus(sx.times(sx));
  const slope = denominator.isZero() ? new Decimal(0) : sxy.times(count).minus(sx.times(sy)).div(denominator);
  if (!slope.isNegative() || slope.isZero()) {
    return {
      ...base,
      status: 'no-downward-trend',
      date: null,
      meetsTarget: null,
      outstanding,
      slopePerDay: slope.toNumber(),
      note: {
        en: `no downward trend over the last ${count} points (outstanding issues ${slope.isZero() ? 'flat' : 'rising'}): no clearance date can be projected`,
        zh: `最近 ${count} 个统计点未整改问题数未呈下降趋势（${slope.isZero() ? '持平' : '上升'}），无法预测清零日期`,
      },
    };
  }
  const intercept = sy.minus(slope.times(sx)).div(count);
  // a + b·x = 0 → x = −a / b; the first whole day on or after it.
  const crossing = intercept.neg().div(slope).ceil().toNumber();
  const lastDay = dayNumber(last.asOf);
  const day = Math.max(x0 + crossing, lastDay + 1);
  const date = dateOfDayNumber(day);
  const meetsTarget = date <= target;
  return {
    ...base,
    status: 'projected',
    date,
    meetsTarget,
    outstanding,
    slopePerDay: slope.toNumber(),
    note: {
      en: `${outstanding} issues outstanding, falling by ${slope.neg().times(7).toDecimalPlaces(2).toString()} a week: cleared around ${date}, ${meetsTarget ? 'on or before' : 'after'} the target ${target}`,
      zh: `未销号问题 ${outstanding} 项，每周约减少 ${slope.neg().times(7).toDecimalPlaces(2).toString()} 项，预计 ${date} 前后清零，${meetsTarget ? '可在' : '晚于'}目标日期 ${target}${meetsTarget ? '前完成' : ''}`,
    },
  };
}
