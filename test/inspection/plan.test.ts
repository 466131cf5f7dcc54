import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { DEFAULT_CREATION_SCHEDULE, planStatus } from '../../src/inspection/plan.js';
import { parseCreationPlan, safeParseCreationPlan } from '../../src/schema/inspection.js';
import { expectPlainData } from '../progress/helpers.js';

/** SYNTHETIC plan of county 999301: 优质均衡 by 2024. */
const plan = {
  county: '999301',
  programme: 'compulsory-quality',
  targetYear: 2024,
  stages: [
    { stage: 'planned', date: '2021-03-01' },
    { stage: 'process-supervision', date: '2022-04-11' },
    { stage: 'self-assessed', date: '2024-05-20' },
    { stage: 'city-reviewed', date: '2024-09-10' },
  ],
};

function failure(fn: () => unknown): DudaoError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DudaoError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

const withStages = (stages: { stage: string; date: string }[], programme = 'compulsory-quality') => ({
  ...plan,
  programme,
  stages,
});

describe('parseCreationPlan (创建规划)', () => {
  it('reads a plan in stage order', () => {
    expect(parseCreationPlan(plan)).toEqual(plan);
  });

  it('allows a skipped stage (no process supervision) but never a stage out of order', () => {
    expect(() =>
      parseCreationPlan(
        withStages([
          { stage: 'planned', date: '2021-03-01' },
          { stage: 'self-assessed', date: '2024-05-20' },
        ]),
      ),
    ).not.toThrow();
    const error = failure(() =>
      parseCreationPlan(
        withStages([
          { stage: 'city-reviewed', date: '2024-05-01' },
          { stage: 'self-assessed', date: '2024-06-01' },
        ]),
      ),
    );
    expect(error.code).toBe('stage-out-of-order');
    expect(error.path).toEqual(['stages', 1, 'stage']);
    expect(error.messageZh).toMatch(/^stages\[1\]\.stage: "县级自评"不能排在"市级复核"之后/);
  });

  it('rejects a stage listed twice', () => {
    const error = failure(() =>
      parseCreationPlan(
        withStages([
          { stage: 'planned', date: '2021-03-01' },
          { stage: 'planned', date: '2021-04-01' },
        ]),
      ),
    );
    expect(error.code).toBe('stage-out-of-order');
  });

  it('rejects dates going backwards at the later stage (date-goes-backwards)', () => {
    const error = failure(() =>
      parseCreationPlan(
        withStages([
          { stage: 'planned', date: '2021-03-01' },
          { stage: 'self-assessed', date: '2020-12-31' },
        ]),
      ),
    );
    expect(error.code).toBe('date-goes-backwards');
    expect(error.path).toEqual(['stages', 1, 'date']);
    expect(error.message).toBe("stages[1].date: 2020-12-31 is before the previous stage's date 2021-03-01");
  });

  it('allows revocation after national certification for preschool and 优质均衡 only', () => {
    const certifiedThenRevoked = [
      { stage: 'nationally-certified', date: '2025-11-01' },
      { stage: 'revoked', date: '2028-06-01' },
    ];
    expect(() => parseCreationPlan(withStages(certifiedThenRevoked, 'preschool'))).not.toThrow();
    expect(() => parseCreationPlan(withStages(certifiedThenRevoked))).not.toThrow();
    expect(
      failure(() => parseCreationPlan(withStages(certifiedThenRevoked, 'compulsory-basic'))),
    ).toMatchObject({
      code: 'revocation-not-allowed',
      path: ['stages', 1, 'stage'],
    });
    expect(
      failure(() =>
        parseCreationPlan(
          withStages([
            { stage: 'applied-national', date: '2025-03-01' },
            { stage: 'revoked', date: '2026-01-01' },
          ]),
        ),
      ),
    ).toMatchObject({ code: 'revoked-before-certified', path: ['stages', 1, 'stage'] });
  });

  it('rejects a programme that is not a creation, an unknown stage and an impossible date', () => {
    expect(failure(() => parseCreationPlan({ ...plan, programme: 'supervision-reform' })).path).toEqual([
      'programme',
    ]);
    expect(
      failure(() => parseCreationPlan(withStages([{ stage: 'approved', date: '2021-03-01' }]))).path,
    ).toEqual(['stages', 0, 'stage']);
    const result = safeParseCreationPlan(withStages([{ stage: 'planned', date: '2021-02-29' }]));
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error).toMatchObject({ code: 'invalid-date', path: ['stages', 0, 'date'] });
  });
});

describe('planStatus (创建进展)', () => {
  it('by default expects the provincial assessment by 31 December of the target year and the application by 31 March after', () => {
    expect(DEFAULT_CREATION_SCHEDULE).toEqual({
      'provincially-assessed': { yearOffset: 0, monthDay: '12-31' },
      'applied-national': { yearOffset: 1, monthDay: '03-31' },
    });
  });

  it('in mid-2024 the county is at city review, on track, with the provincial assessment next (due 2024-12-31)', () => {
    const status = planStatus(plan, { asOf: '2024-10-01' });
    expect(status.current).toBe('city-reviewed');
    expect(status.currentDate).toBe('2024-09-10');
    expect(status.expected).toBeNull();
    expect(status.onTrack).toBe(true);
    expect(status.next).toEqual({ stage: 'provincially-assessed', deadline: '2024-12-31' });
    expect(status.missing.stages).toEqual([
      'provincially-assessed',
      'publicly-notified',
      'applied-national',
      'nationally-certified',
    ]);
    expect(status.explanation.zh).toBe('2024-10-01：当前阶段：市级复核；尚无到期节点，按期推进');
  });

  it('the deadline day itself is on time; the day after without a provincial assessment is behind', () => {
    expect(planStatus(plan, { asOf: '2024-12-31' }).onTrack).toBe(true);
    const late = planStatus(plan, { asOf: '2025-01-01' });
    expect(late.onTrack).toBe(false);
    expect(late.expected).toBe('provincially-assessed');
    expect(late.expectedBy).toBe('2024-12-31');
    expect(late.overdue).toEqual([{ stage: 'provincially-assessed', deadline: '2024-12-31' }]);
    expect(late.explanation.en).toBe(
      '2025-01-01: stage reached: city review; provincial assessment was due by 2024-12-31: behind schedule',
    );
  });

  it('a stage dated after asOf is scheduled, not reached', () => {
    const scheduled = {
      ...plan,
      stages: [...plan.stages, { stage: 'provincially-assessed', date: '2024-11-20' }],
    };
    const status = planStatus(scheduled, { asOf: '2024-10-01' });
    expect(status.current).toBe('city-reviewed');
    expect(status.scheduled).toEqual([{ stage: 'provincially-assessed', date: '2024-11-20' }]);
    expect(planStatus(scheduled, { asOf: '2025-02-01' })).toMatchObject({
      current: 'provincially-assessed',
      onTrack: true,
    });
  });

  it('after 31 March 2025 the application is due too; reaching it (skipping the public notice) is on track', () => {
    const applied = {
      ...plan,
      stages: [
        ...plan.stages,
        { stage: 'provincially-assessed', date: '2024-11-20' },
        { stage: 'applied-national', date: '2025-03-15' },
      ],
    };
    const status = planStatus(applied, { asOf: '2025-04-01' });
    expect(status).toMatchObject({
      current: 'applied-national',
      expected: 'applied-national',
      onTrack: true,
      overdue: [],
    });
    expect(status.next).toEqual({ stage: 'nationally-certified', deadline: null });
  });

  it('a revoked certification is never on track and has nothing left to reach', () => {
    const revoked = withStages([
      { stage: 'nationally-certified', date: '2025-11-01' },
      { stage: 'revoked', date: '2028-06-01' },
    ]);
    const status = planStatus(revoked, { asOf: '2028-07-01' });
    expect(status).toMatchObject({ current: 'revoked', onTrack: false, next: null });
    expect(status.missing.stages).toEqual([]);
  });

  it('a plan with no stage yet is on track until the first deadline passes', () => {
    const empty = withStages([]);
    expect(planStatus(empty, { asOf: '2024-01-01' })).toMatchObject({ current: null, onTrack: true });
    expect(planStatus(empty, { asOf: '2025-01-01' }).onTrack).toBe(false);
    expect(planStatus(empty, { asOf: '2024-01-01' }).next?.stage).toBe('planned');
    // planned has no deadline of its own: the provincial assessment's binds it
    expect(planStatus(empty, { asOf: '2024-01-01' }).next?.deadline).toBe('2024-12-31');
  });

  it('lists the unmet and undecided requirements of an assessment, and the open ledger issues', () => {
    const assessment = {
      status: 'failed',
      reasons: [
        {
          code: 'indicator-unmet',
          indicator: 'teacher-exchange',
          en: 'teacher exchange: not met',
          zh: '教师交流轮岗：未达标',
        },
        { code: 'unknown', indicator: 'class-size', en: 'class size: unknown', zh: '班额：无法判定' },
      ],
    };
    const status = planStatus(plan, { asOf: '2024-10-01', assessment, ledgerOpenIssues: ['q-003', 'q-011'] });
    expect(status.missing.unmet.map((r) => r.indicator)).toEqual(['teacher-exchange']);
    expect(status.missing.undecided.map((r) => r.indicator)).toEqual(['class-size']);
    expect(status.missing.openIssues).toEqual({ count: 2, ids: ['q-003', 'q-011'] });
    expect(planStatus(plan, { asOf: '2024-10-01', ledgerOpenIssues: 7 }).missing.openIssues).toEqual({
      count: 7,
      ids: [],
    });
    expect(planStatus(plan, { asOf: '2024-10-01' }).missing.openIssues).toBeNull();
  });

  it('is plain data: structuredClone gives an equal copy, every number finite', () => {
    expectPlainData(planStatus(plan, { asOf: '2024-10-01', ledgerOpenIssues: ['q-003'] }));
  });

  it('follows a province’s own schedule (self-assessment by 30 June)', () => {
    const late = withStages([{ stage: 'planned', date: '2021-03-01' }]);
    const status = planStatus(late, {
      asOf: '2024-07-01',
      schedule: { ...DEFAULT_CREATION_SCHEDULE, 'self-assessed': { yearOffset: 0, monthDay: '06-30' } },
    });
    expect(status).toMatchObject({ onTrack: false, expected: 'self-assessed', expectedBy: '2024-06-30' });
  });

  it('rejects a bad asOf, a bad schedule entry and a negative issue count, with paths', () => {
    expect(failure(() => planStatus(plan, { asOf: '2024-13-01' }))).toMatchObject({
      code: 'invalid-date',
      path: ['asOf'],
    });
    expect(
      failure(() =>
        planStatus(plan, {
          asOf: '2024-10-01',
          schedule: { 'self-assessed': { yearOffset: 0, monthDay: '02-30' } },
        }),
      ),
    ).toMatchObject({ code: 'invalid-date', path: ['schedule', 'self-assessed', 'monthDay'] });
    expect(
      failure(() =>
        planStatus(plan, {
          asOf: '2024-10-01',
          schedule: { 'self-assessed': { yearOffset: 0.5, monthDay: '06-30' } },
        }),
      ),
    ).toMatchObject({ code: 'invalid-schedule', path: ['schedule', 'self-assessed'] });
    expect(failure(() => planStatus(plan, { asOf: '2024-10-01', ledgerOpenIssues: -1 }))).toMatchObject({
      code: 'negative',
      path: ['ledgerOpenIssues'],
    });
  });
});
