/** Comparisons and trajectories refuse what cannot be compared, with codes and paths. */
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { compareAssessments, safeCompareAssessments } from '../../src/progress/compare.js';
import { safeTrajectory, trajectory } from '../../src/progress/trajectory.js';
import { assessed } from './helpers.js';

const a2021 = assessed(2021);
const a2022 = assessed(2022);

function caught(fn: () => unknown): DudaoError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DudaoError) return error;
    throw error;
  }
  throw new Error('expected a DudaoError');
}

describe('compareAssessments refuses', () => {
  it('assessments of different sets (id): different-set', () => {
    const e = caught(() => compareAssessments(a2021, { ...a2022, set: 'compulsory-basic-2012' }));
    expect(e.code).toBe('different-set');
    expect(e.path).toEqual(['set']);
    expect(e.messageZh).toContain('不同指标体系');
  });

  it('assessments of different versions of a set: different-set', () => {
    expect(caught(() => compareAssessments(a2021, { ...a2022, setVersion: '2.0.0' })).code).toBe(
      'different-set',
    );
  });

  it('a set option that is not the assessed set: different-set', () => {
    const e = caught(() => compareAssessments(a2021, a2022, { set: preschool2020 }));
    expect(e.code).toBe('different-set');
    expect(e.path).toEqual(['set', 'id']);
  });

  it('assessments of different counties: different-county', () => {
    const other = { ...a2022, county: { code: '999101', name: '邻县（合成数据）' } };
    const e = caught(() => compareAssessments(a2021, other));
    expect(e.code).toBe('different-county');
    expect(e.path).toEqual(['county', 'code']);
  });
});

describe('trajectory refuses', () => {
  it('unsorted dates: dates-not-increasing at the offending point', () => {
    const e = caught(() =>
      trajectory([
        { date: '2022-12-31', assessment: a2022 },
        { date: '2021-12-31', assessment: a2021 },
      ]),
    );
    expect(e.code).toBe('dates-not-increasing');
    expect(e.path).toEqual([1, 'date']);
  });

  it('duplicate dates: duplicate-date', () => {
    const e = caught(() =>
      trajectory([
        { date: '2021-12-31', assessment: a2021 },
        { date: '2021-12-31', assessment: a2022 },
      ]),
    );
    expect(e.code).toBe('duplicate-date');
    expect(e.path).toEqual([1, 'date']);
  });

  it('a date that is not a calendar date: invalid-date', () => {
    for (const date of ['2021-02-30', '2021/12/31', '21-12-31', '']) {
      const e = caught(() => trajectory([{ date, assessment: a2021 }]));
      expect(e.code).toBe('invalid-date');
      expect(e.path).toEqual([0, 'date']);
    }
  });

  it('no assessment: empty-trajectory; a window below 2: invalid-window', () => {
    expect(caught(() => trajectory([])).code).toBe('empty-trajectory');
    expect(caught(() => trajectory([{ date: '2021-12-31', assessment: a2021 }], { window: 1 })).code).toBe(
      'invalid-window',
    );
  });

  it('another county or set among the points, with its index', () => {
    const other = { ...a2022, county: { code: '999101', name: '邻县（合成数据）' } };
    const e = caught(() =>
      trajectory([
        { date: '2021-12-31', assessment: a2021 },
        { date: '2022-12-31', assessment: other },
      ]),
    );
    expect(e.code).toBe('different-county');
    expect(e.path).toEqual([1, 'assessment', 'county', 'code']);
    const f = caught(() => trajectory([{ date: '2021-12-31', assessment: a2021 }], { set: preschool2020 }));
    expect(f.code).toBe('different-set');
    expect(
      trajectory([{ date: '2021-12-31', assessment: a2021 }], { set: compulsoryQuality2017 }).points,
    ).toHaveLength(1);
  });
});

describe('safeCompareAssessments and safeTrajectory return the error instead of throwing', () => {
  it('safeCompareAssessments: the comparison, or different-county / different-set as data', () => {
    const ok = safeCompareAssessments(a2021, a2022, { set: compulsoryQuality2017 });
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data).toEqual(compareAssessments(a2021, a2022, { set: compulsoryQuality2017 }));
    const other = { ...a2022, county: { code: '999101', name: '邻县（合成数据）' } };
    const bad = safeCompareAssessments(a2021, other);
    expect(bad.success).toBe(false);
    if (!bad.success) {
      expect(bad.error).toBeInstanceOf(DudaoError);
      expect([bad.error.code, bad.error.path]).toEqual(['different-county', ['county', 'code']]);
    }
    const wrongSet = safeCompareAssessments(a2021, a2022, { set: preschool2020 });
    expect(!wrongSet.success && wrongSet.error.code).toBe('different-set');
  });

  it('safeTrajectory: the trajectory, or empty-trajectory / dates-not-increasing / invalid-window as data', () => {
    const points = [
      { date: '2021-12-31', assessment: a2021 },
      { date: '2022-12-31', assessment: a2022 },
    ];
    const ok = safeTrajectory(points, { set: compulsoryQuality2017 });
    expect(ok.success).toBe(true);
    if (ok.success) expect(ok.data).toEqual(trajectory(points, { set: compulsoryQuality2017 }));
    const empty = safeTrajectory([]);
    expect(!empty.success && empty.error.code).toBe('empty-trajectory');
    const backwards = safeTrajectory([...points].reverse());
    expect(!backwards.success && [backwards.error.code, backwards.error.path]).toEqual([
      'dates-not-increasing',
      [1, 'date'],
    ]);
    expect(safeTrajectory(points, { window: 1 }).success).toBe(false);
  });

  it('returns a missing assessment as an error, with its place', () => {
    const compared = safeCompareAssessments(a2021, null as never);
    expect(!compared.success && [compared.error.code, compared.error.path]).toEqual([
      'invalid-type',
      ['after'],
    ]);
    const traced = safeTrajectory([{ date: '2021-12-31', assessment: null as never }]);
    expect(!traced.success && [traced.error.code, traced.error.path]).toEqual([
      'invalid-type',
      [0, 'assessment'],
    ]);
  });

  it("rethrows what is not a DudaoError: the caller's own exception (a getter that throws)", () => {
    const thrown = new Error('getter');
    const hostile = Object.defineProperty({ ...a2021 }, 'programme', {
      get: () => {
        throw thrown;
      },
    });
    expect(() => safeCompareAssessments(a2021, hostile)).toThrow(thrown);
    expect(() => safeTrajectory([{ date: '2021-12-31', assessment: hostile }])).toThrow(thrown);
  });
});
