/**
 * Trajectories of the synthetic 进步县 (test/fixtures/progress-county.ts): readiness over time and
 * hand-worked least-squares projections.
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { trajectory } from '../../src/progress/trajectory.js';
import { progressCounty } from '../fixtures/progress-county.js';
import { assessed, near } from './helpers.js';

const set = compulsoryQuality2017;

/** The 2021 county with teacher exchange `n` of 600 (n/6 %). */
function withExchange(n: number | null) {
  const data = progressCounty(2021);
  if (n === null) delete data.countyFacts['teacher-exchange'];
  else data.countyFacts['teacher-exchange'] = { numerator: n, denominator: 600 };
  return assessCompulsory(data, set);
}

function projectionOf(t: ReturnType<typeof trajectory>, key: string) {
  const found = t.projections.find((p) => p.key === key);
  if (found === undefined) throw new Error(`no projection ${key}`);
  return found;
}

describe('trajectory of the hand-worked years', () => {
  const t = trajectory(
    [
      { date: '2021-12-31', assessment: assessed(2021) },
      { date: '2022-12-31', assessment: assessed(2022) },
    ],
    { set },
  );

  it('readiness at each date: 34/38 then 37/38', () => {
    expect(
      t.points.map((p) => [p.date, p.year, p.readiness.indicators.met, p.readiness.indicators.counted]),
    ).toEqual([
      ['2021-12-31', 2021, 34, 38],
      ['2022-12-31', 2022, 37, 38],
    ]);
    expect(t.targetYear).toBeNull();
  });

  it('every indicator over time, including institutions that come and go', () => {
    const exchange = t.series.find((s) => s.key === 'county:teacher-exchange');
    expect(exchange?.values.map((v) => [v.date, v.value, v.status, v.gap])).toEqual([
      ['2021-12-31', 9, 'unmet', 1],
      ['2022-12-31', 10.5, 'met', -0.5],
    ]);
    const key = t.series.find((s) => s.key === 'county:teacher-exchange-key');
    expect(key?.values.map((v) => v.status)).toEqual(['unknown', 'met']);
  });

  it('projects what is unmet at the latest date: teacher pay (worsening) and p2 multimedia rooms (flat): no-trend', () => {
    expect(t.projections.map((p) => [p.key, p.status])).toEqual([
      ['county:teacher-pay', 'no-trend'],
      ['section:p2:primary:multimedia-rooms-per-100', 'no-trend'],
    ]);
    // p2 multimedia 2 → 2: slope 0.
    expect(projectionOf(t, 'section:p2:primary:multimedia-rooms-per-100').slopePerDay).toBe(0);
    // teacher pay 196/193 → 190/193 over 365 days: slope −6/193 ÷ 365 < 0, away from ≥ 1.
    const pay = projectionOf(t, 'county:teacher-pay').slopePerDay;
    expect(pay).toBeLessThan(0);
    expect(near(pay, new Decimal(-6).div(193).div(365))).toBe(true);
  });
});

describe('projections', () => {
  it('two points, 8 % → 9 % in 365 days: 1 more point takes 365 days → 2022-12-31', () => {
    // slope = (9 − 8) ÷ 365 per day; need 10 − 9 = 1; days = ceil(1 ÷ (1/365)) = 365.
    const t = trajectory([
      { date: '2020-12-31', assessment: withExchange(48) },
      { date: '2021-12-31', assessment: withExchange(54) },
    ]);
    const p = projectionOf(t, 'county:teacher-exchange');
    expect(p).toMatchObject({ status: 'projected', pointsUsed: 2, date: '2022-12-31', year: 2022 });
    // per year: (1/365) × 365.25
    expect(near(p.slopePerYear, new Decimal('1.000684931506849315068493150684931506849'))).toBe(true);
    expect(p.explanation.zh).toContain('预计 2022 年达标（约 2022-12-31，估计值）');
  });

  it('after the target year: not-before-target, with the estimate kept', () => {
    const t = trajectory(
      [
        { date: '2020-12-31', assessment: withExchange(48) },
        { date: '2021-12-31', assessment: withExchange(54) },
      ],
      { targetYear: 2021 },
    );
    expect(projectionOf(t, 'county:teacher-exchange')).toMatchObject({
      status: 'not-before-target',
      year: 2022,
    });
    expect(t.targetYear).toBe(2021);
  });

  it('three points 7, 8, 8.5 ten days apart: least squares slope 0.075 a day → 20 days → 2021-02-10', () => {
    // x = −10, 0, 10 (centred), ȳ = 23.5/3; slope = Σ dx·dy ÷ Σ dx² = (10 × 1.5) ÷ 200 = 0.075.
    // need 10 − 8.5 = 1.5 → 1.5 ÷ 0.075 = 20 days after 2021-01-21.
    const points = [
      { date: '2021-01-01', assessment: withExchange(42) },
      { date: '2021-01-11', assessment: withExchange(48) },
      { date: '2021-01-21', assessment: withExchange(51) },
    ];
    const p = projectionOf(trajectory(points), 'county:teacher-exchange');
    expect(p).toMatchObject({ status: 'projected', pointsUsed: 3, date: '2021-02-10', year: 2021 });
    expect(p.slopePerDay).toBe(0.075);
    // window 2: the last two points only: 0.5 in 10 days = 0.05 a day → 30 days → 2021-02-20.
    const p2 = projectionOf(trajectory(points, { window: 2 }), 'county:teacher-exchange');
    expect(p2).toMatchObject({ pointsUsed: 2, date: '2021-02-20' });
  });

  it('worsening (9.5 % → 9 %): no-trend', () => {
    const t = trajectory([
      { date: '2020-12-31', assessment: withExchange(57) },
      { date: '2021-12-31', assessment: withExchange(54) },
    ]);
    expect(projectionOf(t, 'county:teacher-exchange').status).toBe('no-trend');
  });

  it('a value missing in the window leaves one point: insufficient-data', () => {
    const t = trajectory([
      { date: '2020-12-31', assessment: withExchange(null) },
      { date: '2021-12-31', assessment: withExchange(54) },
    ]);
    expect(projectionOf(t, 'county:teacher-exchange')).toMatchObject({
      status: 'insufficient-data',
      pointsUsed: 1,
    });
  });

  it('a judgement on evidence has no value to follow: not-projectable', () => {
    const data = progressCounty(2021);
    data.countyFacts['school-layout'] = { met: false };
    const a = assessCompulsory(data, set);
    const t = trajectory([
      { date: '2020-12-31', assessment: a },
      { date: '2021-12-31', assessment: a },
    ]);
    expect(projectionOf(t, 'county:school-layout').status).toBe('not-projectable');
  });

  it('one assessment projects nothing', () => {
    const t = trajectory([{ date: '2021-12-31', assessment: assessed(2021) }]);
    expect(t.projections).toEqual([]);
    expect(t.points).toHaveLength(1);
    expect(t.series.every((s) => s.values.length === 1)).toBe(true);
  });
});
