/**
 * Calendar dates as whole day numbers, by arithmetic only: `YYYY-MM-DD` strings are checked and
 * turned into days since 1970-01-01 without `Date`, so no answer depends on the process time
 * zone and the ledger's hot loops stay cheap. (The scoring helpers that users call directly use
 * date-fns; tests check that both agree.)
 * @module
 */

const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

function digit(text: string, i: number): number {
  const c = text.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : Number.NaN;
}

/**
 * The day number of a calendar date `YYYY-MM-DD` (日期序号): days since 1970-01-01 in the
 * proleptic Gregorian calendar, or `NaN` when the text is not a real date (`2021-02-30`,
 * `2021-13-01`, `21-1-1`).
 *
 * @category Ledger
 * @param date - the date text
 * @returns whole days since 1970-01-01, or NaN
 * @example
 * ```ts
 * dayNumber('1970-01-02'); //=> 1
 * dayNumber('2021-02-30'); //=> NaN
 * ```
 */
export function dayNumber(date: string): number {
  if (date.length !== 10 || date.charCodeAt(4) !== 45 || date.charCodeAt(7) !== 45) return Number.NaN;
  const year = digit(date, 0) * 1000 + digit(date, 1) * 100 + digit(date, 2) * 10 + digit(date, 3);
  const month = digit(date, 5) * 10 + digit(date, 6);
  const day = digit(date, 8) * 10 + digit(date, 9);
  if (!(month >= 1 && month <= 12 && day >= 1)) return Number.NaN; // also rejects NaN
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const length =
    month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  if (day > length) return Number.NaN;
  // Days before 1 January of `year`, counted from 0001-01-01, minus the same for 1970.
  const y = year - 1;
  const daysBeforeYear = y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);
  const dayOfYear = (DAYS_BEFORE_MONTH[month - 1] as number) + (month > 2 && leap ? 1 : 0) + day - 1;
  return daysBeforeYear + dayOfYear - 719_162;
}

/**
 * The calendar date `YYYY-MM-DD` of a day number (the inverse of {@link dayNumber}).
 *
 * @category Ledger
 * @param days - whole days since 1970-01-01 (years 0001 to 9999)
 * @returns the date text
 * @example
 * ```ts
 * dateOfDayNumber(0); //=> '1970-01-01'
 * dateOfDayNumber(18_628); //=> '2021-01-01'
 * ```
 */
export function dateOfDayNumber(days: number): string {
  // Howard Hinnant's civil_from_days.
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
