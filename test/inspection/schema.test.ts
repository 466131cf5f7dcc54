import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import {
  parseInspection,
  parseInspections,
  safeParseInspection,
  safeParseInspections,
} from '../../src/schema/inspection.js';

/** A SYNTHETIC municipal process supervision of county 999201. */
function inspection(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'city-2022-process-1',
    kind: 'process',
    level: 'municipal',
    programmes: ['compulsory-quality'],
    counties: ['999201'],
    dates: { start: '2022-04-11', end: '2022-04-13' },
    team: {
      groups: [
        { name: '第一组', members: ['张督学', '李督学'], focus: ['资源配置'] },
        { name: '第二组', members: ['王督学'], focus: ['政府保障'] },
      ],
    },
    institutionsVisited: [
      { county: '999201', id: 's01' },
      { county: '999201', id: 's02', kind: 'school' },
    ],
    departmentsVisited: ['财政局', '编办'],
    interviews: { total: 40, officials: 6, teachers: 20, parents: 12, others: 2 },
    findings: ['q-001', 'q-002'],
    opinions: [{ text: '加快补充音乐、美术教师', category: '教师队伍' }],
    ...extra,
  };
}

function failure(fn: () => unknown): DudaoError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DudaoError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('parseInspection (督导活动)', () => {
  it('reads a full inspection unchanged', () => {
    const input = inspection();
    expect(parseInspection(input)).toEqual(input);
  });

  it('fills the lists left out with [] and keeps team and interviews absent', () => {
    const parsed = parseInspection({
      id: 'x',
      kind: 'spot-check',
      level: 'county',
      programmes: ['preschool'],
      counties: ['999201'],
      dates: { start: '2022-05-01', end: '2022-05-01' },
    });
    expect(parsed.institutionsVisited).toEqual([]);
    expect(parsed.departmentsVisited).toEqual([]);
    expect(parsed.findings).toEqual([]);
    expect(parsed.opinions).toEqual([]);
    expect(parsed.team).toBeUndefined();
    expect(parsed.interviews).toBeUndefined();
  });

  it('rejects an end date before the start at dates.end (end-before-start)', () => {
    const error = failure(() =>
      parseInspection(inspection({ dates: { start: '2022-04-13', end: '2022-04-11' } })),
    );
    expect(error.code).toBe('end-before-start');
    expect(error.path).toEqual(['dates', 'end']);
    expect(error.messageZh).toBe('dates.end: 督导结束日期（2022-04-11）早于开始日期（2022-04-13）');
  });

  it('rejects a date that is not a calendar date (2022-02-30)', () => {
    const error = failure(() =>
      parseInspection(inspection({ dates: { start: '2022-02-30', end: '2022-03-01' } })),
    );
    expect(error.code).toBe('invalid-date');
    expect(error.path).toEqual(['dates', 'start']);
  });

  it('rejects interview counts that do not add up: 6 + 20 + 12 + 2 = 40, not 41 (interviews-sum at interviews.total)', () => {
    const error = failure(() =>
      parseInspection(
        inspection({ interviews: { total: 41, officials: 6, teachers: 20, parents: 12, others: 2 } }),
      ),
    );
    expect(error.code).toBe('interviews-sum');
    expect(error.path).toEqual(['interviews', 'total']);
    expect(error.message).toBe(
      'interviews.total: officials + teachers + parents + others = 40, but total is 41',
    );
  });

  it('rejects a negative or fractional interview count at its path', () => {
    const error = failure(() =>
      parseInspection(
        inspection({ interviews: { total: 40, officials: -6, teachers: 20, parents: 12, others: 2 } }),
      ),
    );
    expect(error.code).toBe('negative');
    expect(error.path).toEqual(['interviews', 'officials']);
  });

  it('rejects a visit in a county the inspection does not list (county-not-inspected)', () => {
    const error = failure(() =>
      parseInspection(inspection({ institutionsVisited: [{ county: '999299', id: 's01' }] })),
    );
    expect(error.code).toBe('county-not-inspected');
    expect(error.path).toEqual(['institutionsVisited', 0, 'county']);
  });

  it('rejects an unknown kind, level or programme, and an empty county list', () => {
    expect(failure(() => parseInspection(inspection({ kind: 'audit' }))).path).toEqual(['kind']);
    expect(failure(() => parseInspection(inspection({ level: 'township' }))).code).toBe('invalid-enum');
    expect(failure(() => parseInspection(inspection({ programmes: ['senior'] }))).path).toEqual([
      'programmes',
      0,
    ]);
    expect(failure(() => parseInspection(inspection({ counties: [] }))).code).toBe('too-small');
  });

  it('rejects a misspelt field with a suggestion (unknown-key)', () => {
    const input = inspection();
    input.finding = input.findings;
    delete input.findings;
    const error = failure(() => parseInspection(input));
    expect(error.code).toBe('unknown-key');
    expect(error.path).toEqual(['finding']);
    expect(error.message).toContain('did you mean "findings"?');
  });

  it('reports every problem of one inspection in one go', () => {
    const result = safeParseInspection(
      inspection({
        dates: { start: '2022-04-13', end: '2022-04-11' },
        interviews: { total: 1, officials: 0, teachers: 0, parents: 0, others: 0 },
      }),
    );
    expect(result.success).toBe(false);
    if (!result.success)
      expect(result.error.issues.map((i) => i.code).sort()).toEqual(['end-before-start', 'interviews-sum']);
  });
});

describe('parseInspections', () => {
  it('reads a list in order', () => {
    const second = inspection({ id: 'city-2022-return-1', kind: 'return-visit' });
    expect(parseInspections([inspection(), second]).map((i) => i.id)).toEqual([
      'city-2022-process-1',
      'city-2022-return-1',
    ]);
  });

  it('rejects a repeated id at [1, "id"] (duplicate-id)', () => {
    const error = failure(() => parseInspections([inspection(), inspection()]));
    expect(error.code).toBe('duplicate-id');
    expect(error.path).toEqual([1, 'id']);
  });

  it('prefixes paths with the index of the inspection', () => {
    const result = safeParseInspections([
      inspection(),
      inspection({ id: 'b', dates: { start: '2022-04-13', end: '2022-04-12' } }),
    ]);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.path).toEqual([1, 'dates', 'end']);
  });
});
