/**
 * The progress series of a ledger (整改进度曲线): the rectification summary at each sample day, in
 * one pass over the history.
 *
 * How one pass suffices: between two of its own events an issue's status, deadline in force and
 * on-time flag are constant, so each issue's history is a chain of segments `[start, end)`. A
 * segment adds 1 to its status on every sample day inside it, and an open or in-progress segment
 * adds 1 to `overdue` on the sample days after its deadline. Each segment is recorded as +1/−1 at
 * the first sample days on or after its ends (difference arrays), and a running sum over the
 * sample days gives every count. Events are read once, in the order recorded, with no sorting,
 * and the answer is the same as replaying the events dated up to each day (tests check it),
 * even when events of different issues are not in date order.
 * @module
 */
import { dudaoError, quoteInput } from '../error.js';
import { dayNumber } from '../ledger/calendar.js';
import { expectEventList } from '../ledger/guards.js';
import { badDateOf, type IssueCursor, isRuleProblem, issueIdOf, nextStatus } from '../ledger/rules.js';
import type { IssueStatus } from '../ledger/types.js';
import type { LedgerEvent } from '../schema/ledger.js';
import { calendarSteps, type SeriesStep } from './dates.js';
import { expectScoreOptions } from './guards.js';
import { emptyCounts, type RectificationSummary, summaryFromCounts } from './summary.js';

/**
 * Options of {@link progressSeries}.
 *
 * @category Scoring
 * @example
 * ```ts
 * const options: ProgressSeriesOptions = { from: '2021-01-01', to: '2022-12-31', every: 'week' };
 * ```
 */
export interface ProgressSeriesOptions {
  /** The first sample day, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last possible sample day, `YYYY-MM-DD`. */
  readonly to: string;
  /** The step between sample days. */
  readonly every: SeriesStep;
}

/**
 * The progress series of a ledger (整改进度曲线): one summary per sample day.
 *
 * @category Scoring
 * @example
 * ```ts
 * const series: ProgressSeries = progressSeries(events, { from: '2021-04-01', to: '2021-12-31', every: 'month' });
 * series.points.map((p) => p.asOf); //=> ['2021-04-01', '2021-05-01', …, '2021-12-01'] (9 points)
 * ```
 */
export interface ProgressSeries {
  /** The first sample day. */
  readonly from: string;
  /** The last possible sample day. */
  readonly to: string;
  /** The step. */
  readonly every: SeriesStep;
  /** The summary at the end of each sample day, in order. */
  readonly points: readonly RectificationSummary[];
}

const STEPS: readonly SeriesStep[] = ['day', 'week', 'month'];
const STATUS_INDEX: Readonly<Record<IssueStatus, number>> = {
  open: 0,
  'in-progress': 1,
  rectified: 2,
  verified: 3,
  closed: 4,
  withdrawn: 5,
};
const STATUS_OF: readonly IssueStatus[] = [
  'open',
  'in-progress',
  'rectified',
  'verified',
  'closed',
  'withdrawn',
];

// One issue during the pass: what the rules read, and the segment under way.
interface Track extends IssueCursor {
  status: IssueStatus;
  lastEventAt: string;
  deadline: string;
  deadlineDay: number;
  onTime: boolean;
  start: number;
}

function isDate(text: string): boolean {
  return !Number.isNaN(dayNumber(text));
}

/**
 * The rectification summary at each sample day from `from` to `to` (整改进度曲线), computed in one
 * pass over the history (see the module notes). Each point equals
 * `rectificationSummary(replayLedger(events dated up to that day), { asOf: that day })`.
 *
 * The whole history is checked as `replayLedger` checks it (impossible events are rejected with
 * the path `['events', i]`), including events after `to`.
 *
 * @category Scoring
 * @param events - the history, in the order recorded
 * @param options - `from`, `to` and `every` (`day`, `week` or `month`)
 * @returns the series
 * @throws {@link DudaoError} for an impossible event, `invalid-date` at `['from']` / `['to']`, `invalid-range`, `invalid-enum` at `['every']`
 * @example
 * ```ts
 * const series = progressSeries(events, { from: '2021-01-01', to: '2022-12-31', every: 'week' });
 * series.points.length; //=> 105 (2021-01-01, 2021-01-08, …, 2022-12-30)
 * ```
 */
export function progressSeries(
  events: readonly LedgerEvent[],
  options: ProgressSeriesOptions,
): ProgressSeries {
  expectEventList(events);
  expectScoreOptions(options);
  const { from, to, every } = options;
  if (!STEPS.includes(every)) {
    throw dudaoError(
      'invalid-enum',
      ['every'],
      `must be one of day, week, month (got ${quoteInput(every)})`,
      `必须是 day、week、month 之一（实际为 ${quoteInput(every)}）`,
    );
  }
  const dates = calendarSteps(from, to, every);
  const n = dates.length;
  const sampleDays = Int32Array.from(dates, dayNumber);
  const width = n + 1;
  const slot = (day: number): number => {
    // The first sample index whose day is on or after `day` (n when none is).
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((sampleDays[mid] as number) < day) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const raised = new Int32Array(width);
  const byStatus = new Int32Array(6 * width);
  const overdue = new Int32Array(width);
  const onTime = new Int32Array(width);

  // Records the segment of `track` that ends on `end` (exclusive; Infinity for the last one).
  const close = (track: Track, end: number): void => {
    const a = slot(track.start);
    const b = end === Number.POSITIVE_INFINITY ? n : slot(end);
    if (a === b) return;
    const s = STATUS_INDEX[track.status];
    byStatus[s * width + a] = (byStatus[s * width + a] as number) + 1;
    byStatus[s * width + b] = (byStatus[s * width + b] as number) - 1;
    if (s <= 1) {
      const late = Math.max(track.start, track.deadlineDay + 1);
      if (late < end) {
        const c = slot(late);
        if (c < b) {
          overdue[c] = (overdue[c] as number) + 1;
          overdue[b] = (overdue[b] as number) - 1;
        }
      }
    } else if (s <= 4 && track.onTime) {
      onTime[a] = (onTime[a] as number) + 1;
      onTime[b] = (onTime[b] as number) - 1;
    }
  };

  const tracks = new Map<string, Track>();
  for (let i = 0; i < events.length; i++) {
    const event = events[i] as LedgerEvent;
    const badDate = badDateOf(event, isDate);
    if (badDate !== null) {
      const shown = JSON.stringify(badDate.value);
      throw dudaoError(
        'invalid-date',
        ['events', i, ...badDate.path],
        `is not a calendar date written YYYY-MM-DD (got ${shown})`,
        `不是 YYYY-MM-DD 格式的有效日期（实际为 ${shown}）`,
      );
    }
    const id = issueIdOf(event);
    const track = tracks.get(id);
    const next = nextStatus(track, event);
    if (isRuleProblem(next)) throw dudaoError(next.code, ['events', i], next.message, next.messageZh);
    const day = dayNumber(event.at);
    if (event.type === 'issue-raised') {
      const k = slot(day);
      raised[k] = (raised[k] as number) + 1;
      tracks.set(id, {
        status: 'open',
        raisedAt: event.at,
        lastEventAt: event.at,
        deadline: event.issue.deadline,
        deadlineDay: dayNumber(event.issue.deadline),
        onTime: false,
        start: day,
      });
      continue;
    }
    const t = track as Track;
    let deadline = t.deadline;
    let onTimeNow = t.onTime;
    if (event.type === 'deadline-extended') deadline = event.deadline;
    else if (event.type === 'rectification-reported' && t.status !== 'rectified')
      onTimeNow = event.at <= deadline;
    else if (next === 'in-progress' || next === 'open') onTimeNow = false;
    if (next !== t.status || deadline !== t.deadline || onTimeNow !== t.onTime) {
      close(t, day);
      t.status = next;
      if (deadline !== t.deadline) {
        t.deadline = deadline;
        t.deadlineDay = dayNumber(deadline);
      }
      t.onTime = onTimeNow;
      t.start = day;
    }
    t.lastEventAt = event.at;
  }
  for (const track of tracks.values()) close(track, Number.POSITIVE_INFINITY);

  const points: RectificationSummary[] = [];
  let total = 0;
  const statusRun = new Int32Array(6);
  let overdueRun = 0;
  let onTimeRun = 0;
  for (let j = 0; j < n; j++) {
    total += raised[j] as number;
    for (let s = 0; s < 6; s++) statusRun[s] = (statusRun[s] as number) + (byStatus[s * width + j] as number);
    overdueRun += overdue[j] as number;
    onTimeRun += onTime[j] as number;
    const counts = emptyCounts();
    counts.total = total;
    for (let s = 0; s < 6; s++) counts.byStatus[STATUS_OF[s] as IssueStatus] = statusRun[s] as number;
    counts.overdue = overdueRun;
    counts.onTime = onTimeRun;
    points.push(summaryFromCounts(dates[j] as string, counts));
  }
  return { from, to, every, points };
}
