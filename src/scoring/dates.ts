/**
 * Calendar arithmetic for deadlines (整改时限), with date-fns on calendar dates. A `YYYY-MM-DD`
 * text is read as that day at local midnight and every difference is counted in calendar days,
 * so the answers are the same in every process time zone (tests run under UTC, Asia/Shanghai and
 * America/Los_Angeles). The deadline day itself is on time.
 * @module
 */
import { addDays, addMonths, addWeeks, differenceInCalendarDays } from 'date-fns';
import { dudaoError, type FieldPath, quoteInput } from '../error.js';
import { dayNumber } from '../ledger/calendar.js';

/**
 * Reads a calendar date `YYYY-MM-DD` (日期) as a `Date` at local midnight of that day, or throws
 * `invalid-date` for a text that is not a real date (`2021-02-30`).
 *
 * @category Scoring
 * @param text - the date
 * @param path - where the date sits in the input, for the error
 * @returns the local-midnight Date
 * @throws {@link DudaoError} `invalid-date`
 * @example
 * ```ts
 * parseCalendarDate('2021-10-31').getDate(); //=> 31
 * ```
 */
export function parseCalendarDate(text: string, path: FieldPath = []): Date {
  if (typeof text !== 'string' || Number.isNaN(dayNumber(text))) {
    const shown = quoteInput(text);
    throw dudaoError(
      'invalid-date',
      path,
      `is not a calendar date written YYYY-MM-DD (got ${shown})`,
      `不是 YYYY-MM-DD 格式的有效日期（实际为 ${shown}）`,
    );
  }
  const date = new Date(0);
  date.setFullYear(Number(text.slice(0, 4)), Number(text.slice(5, 7)) - 1, Number(text.slice(8, 10)));
  date.setHours(0, 0, 0, 0);
  return date;
}

/**
 * Writes a `Date` as the calendar date `YYYY-MM-DD` of its local day.
 *
 * @category Scoring
 * @param date - a Date
 * @returns the date text
 * @example
 * ```ts
 * formatCalendarDate(parseCalendarDate('2024-02-29')); //=> '2024-02-29'
 * ```
 */
export function formatCalendarDate(date: Date): string {
  const y = String(date.getFullYear()).padStart(4, '0');
  const m = String(date.getMonth() + 1).padStart(2, '0');
  const d = String(date.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Days left until a deadline (距整改时限天数): positive before it, 0 on the deadline day, negative
 * once it has passed.
 *
 * @category Scoring
 * @param deadline - the deadline, `YYYY-MM-DD`
 * @param asOf - the day, `YYYY-MM-DD`
 * @returns calendar days from `asOf` to `deadline`
 * @throws {@link DudaoError} `invalid-date`
 * @example
 * ```ts
 * daysToDeadline('2021-10-31', '2021-10-01'); //=> 30
 * daysToDeadline('2021-10-31', '2021-11-02'); //=> -2
 * ```
 */
export function daysToDeadline(deadline: string, asOf: string): number {
  return differenceInCalendarDays(
    parseCalendarDate(deadline, ['deadline']),
    parseCalendarDate(asOf, ['asOf']),
  );
}

/**
 * Days past a deadline (逾期天数): 0 up to and including the deadline day, then 1, 2, …
 *
 * @category Scoring
 * @param deadline - the deadline, `YYYY-MM-DD`
 * @param asOf - the day, `YYYY-MM-DD`
 * @returns whole days overdue, at least 0
 * @throws {@link DudaoError} `invalid-date`
 * @example
 * ```ts
 * daysOverdue('2021-10-31', '2021-10-31'); //=> 0
 * daysOverdue('2021-10-31', '2021-12-10'); //=> 40
 * ```
 */
export function daysOverdue(deadline: string, asOf: string): number {
  return Math.max(0, -daysToDeadline(deadline, asOf));
}

/**
 * Tells whether a deadline has passed on `asOf` (逾期): `asOf` is after the deadline day. Whether
 * an issue is overdue also depends on its status: see `isIssueOverdue`.
 *
 * @category Scoring
 * @param deadline - the deadline, `YYYY-MM-DD`
 * @param asOf - the day, `YYYY-MM-DD`
 * @returns `true` from the day after the deadline
 * @throws {@link DudaoError} `invalid-date`
 * @example
 * ```ts
 * isOverdue('2021-10-31', '2021-10-31'); //=> false
 * isOverdue('2021-10-31', '2021-11-01'); //=> true
 * ```
 */
export function isOverdue(deadline: string, asOf: string): boolean {
  return daysOverdue(deadline, asOf) > 0;
}

/**
 * How often a progress series samples the ledger: every day, every week (7 days) or every month
 * (the same day of each month, or the month's last day when it is shorter).
 *
 * @category Scoring
 * @example
 * ```ts
 * const every: SeriesStep = 'week';
 * ```
 */
export type SeriesStep = 'day' | 'week' | 'month';

/**
 * The sample days from `from` to `to` (统计日期): `from`, then steps of `every`, up to and
 * including `to` when a step lands on it (a step past `to` is not taken). Months step from
 * `from` each time (31 January, 28 February, 31 March…), so they never drift.
 *
 * @category Scoring
 * @param from - the first day, `YYYY-MM-DD`
 * @param to - the last possible day, `YYYY-MM-DD` (not before `from`)
 * @param every - `day`, `week` or `month`
 * @returns the days, ascending
 * @throws {@link DudaoError} `invalid-date` (paths `['from']`, `['to']`), `invalid-range` when `to` is before `from`
 * @example
 * ```ts
 * calendarSteps('2021-01-31', '2021-04-30', 'month'); //=> ['2021-01-31', '2021-02-28', '2021-03-31', '2021-04-30']
 * ```
 */
export function calendarSteps(from: string, to: string, every: SeriesStep): string[] {
  const start = parseCalendarDate(from, ['from']);
  const end = parseCalendarDate(to, ['to']);
  if (differenceInCalendarDays(end, start) < 0) {
    throw dudaoError(
      'invalid-range',
      ['to'],
      `must not be before from (${from} > ${to})`,
      `结束日期不能早于开始日期（${from} > ${to}）`,
    );
  }
  const days: string[] = [];
  for (let k = 0; ; k++) {
    const date =
      every === 'day' ? addDays(start, k) : every === 'week' ? addWeeks(start, k) : addMonths(start, k);
    if (differenceInCalendarDays(end, date) < 0) break;
    days.push(formatCalendarDate(date));
  }
  return days;
}
