/**
 * The progress series and the clearance projection, on the hand-worked ledger and on small
 * examples whose answers can be checked on paper.
 */
import { describe, expect, it } from 'vitest';
import { replayLedger } from '../../src/ledger/fold.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { projectClearance } from '../../src/scoring/projection.js';
import { progressSeries } from '../../src/scoring/series.js';
import { type RectificationSummary, rectificationSummary } from '../../src/scoring/summary.js';
import { handLedgerEvents, handLedgerEventsByIssue } from '../fixtures/ledger-hand.js';
import { expectPlainData, near } from '../progress/helpers.js';

describe('progressSeries of the hand-worked ledger', () => {
  const series = progressSeries(handLedgerEvents, { from: '2021-04-01', to: '2021-12-31', every: 'week' });

  it('samples every 7 days from the first day', () => {
    expect(series.points.map((p) => p.asOf).slice(0, 4)).toEqual([
      '2021-04-01',
      '2021-04-08',
      '2021-04-15',
      '2021-04-22',
    ]);
    expect(series.points).toHaveLength(40);
  });

  it('before the first inspection nothing exists; after it, 25 open issues', () => {
    expect(series.points[2]?.total).toBe(0);
    expect(series.points[2]?.rate).toBeNull();
    expect(series.points[3]?.total).toBe(25);
    expect(series.points[3]?.byStatus.open).toBe(25);
  });

  it('each point equals a replay of the events up to that day', () => {
    for (const point of series.points) {
      const upTo = replayLedger(handLedgerEvents.filter((e) => e.at <= point.asOf));
      expect(point).toEqual(rectificationSummary(upTo, { asOf: point.asOf }));
    }
  });

  it('is the same when the history is grouped by issue instead of dated in order', () => {
    expect(
      progressSeries(handLedgerEventsByIssue, { from: '2021-04-01', to: '2021-12-31', every: 'week' }),
    ).toEqual(series);
  });

  it('on 2021-12-10 (a daily series) gives the hand-worked figures', () => {
    const daily = progressSeries(handLedgerEvents, { from: '2021-12-09', to: '2021-12-10', every: 'day' });
    const last = daily.points.at(-1);
    expect([last?.total, last?.rectified, last?.rate, last?.overdue]).toEqual([41, 33, 0.825, 3]);
    // B01 is closed on 12-10: one more closed than the day before.
    expect((last?.byStatus.closed ?? 0) - (daily.points[0]?.byStatus.closed ?? 0)).toBe(1);
  });

  it('is plain data: structuredClone gives an equal copy, every rate a finite number', () => {
    expectPlainData(series);
  });

  it('checks its options', () => {
    expect(() =>
      progressSeries(handLedgerEvents, { from: '2021-04-31', to: '2021-12-31', every: 'week' }),
    ).toThrow(expect.objectContaining({ code: 'invalid-date', path: ['from'] }));
    expect(() =>
      progressSeries(handLedgerEvents, { from: '2021-04-01', to: '2021-12-31', every: 'year' as 'week' }),
    ).toThrow(expect.objectContaining({ code: 'invalid-enum', path: ['every'] }));
  });
});

/** A series point with only what the projection reads. */
function point(asOf: string, counted: number, closed: number): RectificationSummary {
  return {
    asOf,
    total: counted,
    withdrawn: 0,
    counted,
    byStatus: { open: counted - closed, 'in-progress': 0, rectified: 0, verified: 0, closed, withdrawn: 0 },
    rectified: closed,
    verifiedOrClosed: closed,
    rate: counted === 0 ? null : closed / counted,
    strictRate: counted === 0 ? null : closed / counted,
    rateNote: null,
    overdue: 0,
    onTime: closed,
    onTimeRate: null,
    cleared: closed === counted,
  };
}

describe('projectClearance', () => {
  it('a straight fall of 10 a week from 40: zero two weeks after the last point (30 → 20 → 10 → 0)', () => {
    const points = [point('2021-11-01', 40, 0), point('2021-11-08', 40, 10), point('2021-11-15', 40, 20)];
    const projection = projectClearance(points, { target: '2021-12-31' });
    expect(projection.status).toBe('projected');
    // The number nearest −10/7 (the date was found from the exact slope).
    expect(near(projection.slopePerDay, new Decimal(-10).div(7))).toBe(true);
    expect(projection.date).toBe('2021-11-29');
    expect(projection.meetsTarget).toBe(true);
    expect(projection.outstanding).toBe(20);
    expectPlainData(projection);
    expect(projectClearance(points, { target: '2021-11-28' }).meetsTarget).toBe(false);
    expect(projectClearance(points, { target: '2021-11-29' }).meetsTarget).toBe(true);
  });

  it('least squares over the window only: an old plateau is ignored with window 3', () => {
    const points = [
      point('2021-10-04', 40, 0),
      point('2021-10-11', 40, 0),
      point('2021-10-18', 40, 0),
      point('2021-11-01', 40, 0),
      point('2021-11-08', 40, 10),
      point('2021-11-15', 40, 20),
    ];
    expect(projectClearance(points, { target: '2021-12-31', window: 3 }).date).toBe('2021-11-29');
    expect(projectClearance(points, { target: '2021-12-31', window: 6 }).points).toBe(6);
  });

  it('the crossing is rounded up to a whole day: 10 → 7 in 7 days reaches 0 after 23⅓ more days', () => {
    const projection = projectClearance([point('2021-01-01', 10, 0), point('2021-01-08', 10, 3)], {
      target: '2021-03-01',
    });
    // y = 10 − 3x/7 = 0 at x = 70/3 = 23.33… days after 2021-01-01 → day 24 → 2021-01-25
    expect(projection.date).toBe('2021-01-25');
  });

  it('says plainly when there is not enough history', () => {
    const one = projectClearance([point('2021-11-01', 40, 0)], { target: '2021-12-31' });
    expect(one.status).toBe('insufficient-history');
    expect(one.date).toBeNull();
    expect(one.note.zh).toContain('至少需要 2 个');
    expect(projectClearance([], { target: '2021-12-31' }).outstanding).toBeNull();
  });

  it('says plainly when nothing is falling', () => {
    const flat = projectClearance([point('2021-11-01', 40, 5), point('2021-11-08', 40, 5)], {
      target: '2021-12-31',
    });
    expect(flat.status).toBe('no-downward-trend');
    expect(flat.note.en).toContain('flat');
    const rising = projectClearance([point('2021-11-01', 30, 5), point('2021-11-08', 40, 5)], {
      target: '2021-12-31',
    });
    expect(rising.status).toBe('no-downward-trend');
    expect(rising.note.zh).toContain('上升');
  });

  it('an already cleared ledger is reported as cleared', () => {
    const done = projectClearance([point('2021-11-01', 4, 2), point('2021-11-08', 4, 4)], {
      target: '2021-12-31',
    });
    expect([done.status, done.date, done.meetsTarget]).toEqual(['cleared', '2021-11-08', true]);
  });

  it('works on a series of the hand-worked ledger', () => {
    const series = progressSeries(handLedgerEvents, { from: '2021-04-01', to: '2021-12-10', every: 'week' });
    const projection = projectClearance(series, { target: '2022-06-30' });
    expect(['projected', 'no-downward-trend']).toContain(projection.status);
    expect(projection.points).toBe(8);
  });

  it('checks its options', () => {
    expect(() => projectClearance([], { target: '2021-02-30' })).toThrow(
      expect.objectContaining({ code: 'invalid-date' }),
    );
    expect(() => projectClearance([], { target: '2021-02-28', window: 1 })).toThrow(
      expect.objectContaining({ code: 'too-small', path: ['window'] }),
    );
  });
});
