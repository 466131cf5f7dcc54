/**
 * Deadline arithmetic on calendar dates. The suite runs under TZ=UTC, Asia/Shanghai and
 * America/Los_Angeles (npm run test:unit); the answers must not change, so they are compared with
 * plain day-number arithmetic that never touches Date.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumber } from '../../src/ledger/calendar.js';
import {
  calendarSteps,
  daysOverdue,
  daysToDeadline,
  formatCalendarDate,
  isOverdue,
  parseCalendarDate,
} from '../../src/scoring/dates.js';

const day = fc.integer({ min: dayNumber('1990-01-01'), max: dayNumber('2060-12-31') }).map(dateOfDayNumber);

describe(`calendar dates (TZ=${process.env.TZ ?? 'unset'})`, () => {
  it('the deadline day itself is on time; the next day is 1 day overdue', () => {
    expect(daysToDeadline('2021-10-31', '2021-10-31')).toBe(0);
    expect(isOverdue('2021-10-31', '2021-10-31')).toBe(false);
    expect(daysOverdue('2021-10-31', '2021-11-01')).toBe(1);
    expect(isOverdue('2021-10-31', '2021-11-01')).toBe(true);
    expect(daysOverdue('2021-08-31', '2021-12-10')).toBe(101);
    expect(daysToDeadline('2021-10-31', '2021-10-01')).toBe(30);
  });

  it('counts across daylight-saving changes, month ends and leap days', () => {
    expect(daysToDeadline('2021-03-15', '2021-03-13')).toBe(2); // US DST starts 2021-03-14
    expect(daysToDeadline('2021-11-08', '2021-11-06')).toBe(2); // US DST ends 2021-11-07
    expect(daysToDeadline('2024-03-01', '2024-02-28')).toBe(2);
    expect(daysToDeadline('1988-04-11', '1988-04-09')).toBe(2); // China used DST 1986–1991
  });

  it('agrees with day-number arithmetic on any pair of days', () => {
    fc.assert(
      fc.property(day, day, (deadline, asOf) => {
        const difference = dayNumber(deadline) - dayNumber(asOf);
        expect(daysToDeadline(deadline, asOf)).toBe(difference);
        expect(daysOverdue(deadline, asOf)).toBe(Math.max(0, -difference));
        expect(isOverdue(deadline, asOf)).toBe(asOf > deadline);
        expect(formatCalendarDate(parseCalendarDate(deadline))).toBe(deadline);
      }),
    );
  });

  it('day numbers round-trip and reject dates that do not exist', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2021-01-01')).toBe(18_628);
    for (const bad of [
      '2021-02-30',
      '2021-13-01',
      '2021-00-10',
      '2100-02-29',
      '21-01-01',
      '2021-1-01',
      '2021-01-0x',
      '',
    ]) {
      expect(Number.isNaN(dayNumber(bad)), bad).toBe(true);
    }
    expect(dayNumber('2000-02-29')).toBe(11_016);
    fc.assert(
      fc.property(fc.integer({ min: -700_000, max: 2_900_000 }), (n) => {
        expect(dayNumber(dateOfDayNumber(n))).toBe(n);
      }),
    );
  });

  it('rejects a malformed date with its path', () => {
    expect(() => daysToDeadline('2021-02-30', '2021-03-01')).toThrow(
      expect.objectContaining({ code: 'invalid-date', path: ['deadline'] }),
    );
  });

  it('steps by day, week and month; months never drift', () => {
    expect(calendarSteps('2021-01-31', '2021-05-31', 'month')).toEqual([
      '2021-01-31',
      '2021-02-28',
      '2021-03-31',
      '2021-04-30',
      '2021-05-31',
    ]);
    expect(calendarSteps('2021-03-10', '2021-03-30', 'week')).toEqual([
      '2021-03-10',
      '2021-03-17',
      '2021-03-24',
    ]);
    expect(calendarSteps('2021-11-06', '2021-11-08', 'day')).toEqual([
      '2021-11-06',
      '2021-11-07',
      '2021-11-08',
    ]);
    expect(calendarSteps('2021-01-01', '2022-12-31', 'week')).toHaveLength(105);
    expect(() => calendarSteps('2021-02-01', '2021-01-01', 'day')).toThrow(
      expect.objectContaining({ code: 'invalid-range' }),
    );
  });

  it('daily steps are consecutive day numbers', () => {
    fc.assert(
      fc.property(day, fc.nat({ max: 400 }), (from, length) => {
        const to = dateOfDayNumber(dayNumber(from) + length);
        const days = calendarSteps(from, to, 'day');
        expect(days).toEqual(
          Array.from({ length: length + 1 }, (_, k) => dateOfDayNumber(dayNumber(from) + k)),
        );
      }),
      { numRuns: 30 },
    );
  });
});
