/**
 * The hand-worked city of test/fixtures/city-hand.ts: four target counties (two compulsory
 * creations, one preschool, one both), eight inspections, and every figure of `cityReport`
 * derived in a comment beside its expected value.
 */
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { cityReport } from '../../src/inspection/city.js';
import { citySummarySentence, renderCityMarkdown } from '../../src/report/city-markdown.js';
import {
  HAND_COUNTIES,
  handAssessments,
  handInspections,
  handInstitutions,
  handLedgerSummaries,
  handPlans,
} from '../fixtures/city-hand.js';
import { expectPlainData } from '../progress/helpers.js';

const input = (withInstitutions = true) => ({
  counties: HAND_COUNTIES,
  plans: handPlans,
  inspections: handInspections(),
  ledgerSummaries: handLedgerSummaries,
  assessments: handAssessments,
  ...(withInstitutions ? { institutions: handInstitutions } : {}),
});

const full = (n: number) => ({ visited: n, total: n, share: 1, full: true, missing: [] });

describe('cityReport, hand-worked city of 4 counties and 8 inspections (2024-12-31)', () => {
  const report = cityReport(input(), { asOf: '2024-12-31' });

  it('gives every row: stage, target year, schedule, verdict, rectification, inspections, coverage', () => {
    expect(report.asOf).toBe('2024-12-31');
    expect(report.rows).toEqual([
      {
        county: '999501',
        name: '甲县',
        programme: 'compulsory-quality',
        // last stage dated on or before 2024-12-31: provincially-assessed (2024-11-20)
        stage: 'provincially-assessed',
        targetYear: 2024,
        // no deadline has passed yet (provincial assessment due 2024-12-31, the day itself)
        onTrack: true,
        // latest year wins: 2024 passed over 2023 failed
        verdict: { status: 'passed', year: 2024 },
        rectificationRate: 0.9, // 9 ÷ 10
        overdue: 0,
        inspections: 3, // i1, i5, i8
        // a-s1, a-s2 (i1) + a-s3 (i5) = 3 of 3; a-x1 (special education) is out of scope
        coverage: full(3),
      },
      {
        county: '999502',
        name: '乙县',
        programme: 'compulsory-quality',
        // self-assessed is dated 2025-06-30: scheduled, not reached
        stage: 'process-supervision',
        targetYear: 2025,
        onTrack: true,
        verdict: null,
        rectificationRate: null, // no summary
        overdue: null, // no summary
        inspections: 2, // i2, i6 (i6 lists 999502 and 999504)
        // b-s1 (i2) + b-s2 (i6) = 2 of 2; the teaching point b-t1 was visited but is out of scope
        coverage: full(2),
      },
      {
        county: '999503',
        name: '丙县',
        programme: 'preschool',
        stage: 'process-supervision',
        targetYear: 2023,
        // provincial assessment due 2023-12-31 and application due 2024-03-31, neither reached
        onTrack: false,
        verdict: { status: 'incomplete', year: 2023 },
        rectificationRate: 1 / 3, // 1 ÷ 3, the nearest number
        overdue: 2,
        inspections: 1, // i3
        // c-k1, c-k2 (i3) = 2 of 4 = 0.5
        coverage: { visited: 2, total: 4, share: 0.5, full: false, missing: ['c-k3', 'c-k4'] },
      },
      {
        county: '999504',
        name: '丁区',
        programme: 'compulsory-quality',
        stage: 'process-supervision',
        targetYear: 2026,
        onTrack: true,
        verdict: null, // only the preschool creation was assessed
        rectificationRate: null, // a summary with nothing to rate
        overdue: 0, // … but a summary all the same
        inspections: 2, // i4 (both programmes), i6
        // d-s1 (i4) + d-s2 (i6) = 2 of 2; d-k1 visited in i4 belongs to the preschool programme
        coverage: full(2),
      },
      {
        county: '999504',
        name: '丁区',
        programme: 'preschool',
        stage: 'self-assessed', // 2024-10-15
        targetYear: 2025,
        onTrack: true,
        verdict: { status: 'failed', year: 2024 },
        rectificationRate: null,
        overdue: null,
        inspections: 2, // i4, i7
        // d-k1 (i4) + d-k2 (i7) = 2 of 2
        coverage: full(2),
      },
    ]);
    expect(report.countiesWithoutPlan).toEqual([]);
  });

  it('gives every city total', () => {
    expect(report.city).toEqual({
      inspections: 8, // i1–i8, all begun by 2024-12-31
      // 16 visits (2+2+2+2+2+2+1+3); a-s2 three times, a-s1 and a-s3 twice: 16 − 4 = 12 distinct
      institutionsAssessed: 12,
      institutionVisits: 16,
      targetCounties: 4,
      countiesInspected: 4, // every county is listed by some inspection
      countiesNotInspected: [],
      coverageBasis: 'institutions',
      // 丙县 has c-k3 and c-k4 unvisited
      fullCoverage: false,
      countiesCovered: 3,
      countiesNotCovered: ['999503'],
      institutionsInScope: 13, // 3 + 2 + 4 + 2 + 2
      institutionsInScopeVisited: 11, // 3 + 2 + 2 + 2 + 2
      // first appearances: 资源配置, 教师队伍 (i1), 普惠性资源, 保教质量 (i3), 校园安全 (i6)
      problemAspects: 5,
      aspects: ['资源配置', '教师队伍', '普惠性资源', '保教质量', '校园安全'],
      opinions: 10, // 2 + 1 + 2 + 2 + 1 + 1 + 1 + 0
      // a-q1, a-q2, b-q1, c-q1, d-q1, d-q2, d-q3 (a-q1 again in i5 counts once)
      findings: 7,
      departmentsVisited: 4, // 财政局, 编办, 发改委, 人社局
      interviewed: 72, // 20 (i1) + 12 (i3) + 10 (i5) + 30 (i8)
      countiesPerStage: [
        { stage: 'none', count: 0 },
        { stage: 'planned', count: 0 },
        { stage: 'process-supervision', count: 3 }, // 乙县, 丙县, 丁区 (优质均衡)
        { stage: 'self-assessed', count: 1 }, // 丁区 (学前)
        { stage: 'city-reviewed', count: 0 },
        { stage: 'provincially-assessed', count: 1 }, // 甲县
        { stage: 'publicly-notified', count: 0 },
        { stage: 'applied-national', count: 0 },
        { stage: 'nationally-certified', count: 0 },
        { stage: 'revoked', count: 0 },
      ],
    });
  });

  it('gives the coverage of every county and programme, inspection by inspection', () => {
    const step = (inspection: string, own: [number, number], cumulative: [number, number]) => ({
      inspection,
      own,
      cumulative,
    });
    const summary = report.coverage?.map((entry) => ({
      at: `${entry.county}/${entry.programme}`,
      outOfScope: entry.outOfScope,
      unlisted: entry.unlisted,
      steps: entry.steps.map((s) =>
        step(s.inspection, [s.own.visited, s.own.total], [s.cumulative.visited, s.cumulative.total]),
      ),
    }));
    expect(summary).toEqual([
      {
        at: '999501/compulsory-quality',
        outOfScope: ['a-x1'],
        unlisted: [],
        // i1: a-s1, a-s2; i5: a-s2 again + a-s3; i8: all three again
        steps: [step('i1', [2, 3], [2, 3]), step('i5', [2, 3], [3, 3]), step('i8', [3, 3], [3, 3])],
      },
      {
        at: '999502/compulsory-quality',
        outOfScope: ['b-t1'],
        unlisted: [],
        // i2: b-s1 (b-t1 out of scope); i6: b-s2
        steps: [step('i2', [1, 2], [1, 2]), step('i6', [1, 2], [2, 2])],
      },
      { at: '999503/preschool', outOfScope: [], unlisted: [], steps: [step('i3', [2, 4], [2, 4])] },
      {
        at: '999504/compulsory-quality',
        outOfScope: [],
        unlisted: [],
        steps: [step('i4', [1, 2], [1, 2]), step('i6', [1, 2], [2, 2])],
      },
      {
        at: '999504/preschool',
        outOfScope: [],
        unlisted: [],
        steps: [step('i4', [1, 2], [1, 2]), step('i7', [1, 2], [2, 2])],
      },
    ]);
    // 甲县 after i1: 2 of 3, the exact fraction in the counts beside the nearest number
    const first = report.coverage?.[0]?.steps[0]?.cumulative;
    expect([first?.visited, first?.total, first?.share]).toEqual([2, 3, 2 / 3]);
  });

  it('is plain data: structuredClone gives an equal copy, every figure a finite number', () => {
    expectPlainData(report);
    expectPlainData(cityReport(input(false), { asOf: '2024-12-31' }));
  });

  it('counts an institution visited three times once, in coverage and in the assessed total', () => {
    const visits = handInspections().flatMap((i) => i.institutionsVisited as { id: string }[]);
    expect(visits.filter((v) => v.id === 'a-s2')).toHaveLength(3);
    expect(visits).toHaveLength(16);
    expect(report.city.institutionsAssessed).toBe(12);
    expect(report.rows[0]?.coverage?.visited).toBe(3);
  });

  it('does not hold an out-of-scope institution against coverage: 甲县 is full with its special-education school unvisited', () => {
    const entry = report.coverage?.find((e) => e.county === '999501');
    expect(entry?.outOfScope).toEqual(['a-x1']);
    expect(entry?.cumulative).toMatchObject({ visited: 3, total: 3, full: true, missing: [] });
    // and visiting one (乙县's teaching point b-t1) adds nothing: 1 of 2 after i2
    expect(report.coverage?.find((e) => e.county === '999502')?.steps[0]?.own.visited).toBe(1);
  });

  it('writes the summary paragraph with the institutions not yet covered', () => {
    expect(citySummarySentence(report, 'zh')).toBe(
      '截至 2024-12-31，累计开展督导 8 次，督导评估学校（幼儿园）16 所次，覆盖 12 所，走访部门 4 个，访谈 72 人，覆盖 4 个创建县（区）中的 3 个（范围内学校和幼儿园 13 所，已督导 11 所；尚未全覆盖：999503），发现问题 5 个方面，下发督导意见 10 条。',
    );
    expect(citySummarySentence(report, 'en')).toBe(
      'As of 2024-12-31: 8 supervisions so far, 16 visits to 12 schools and kindergartens, 4 departments visited, 72 people interviewed, 3 of 4 target counties fully covered (11 of 13 in-scope schools and kindergartens visited; not yet: 999503), 5 aspects of problems found, 10 supervision opinions issued.',
    );
  });

  it('renders the coverage table (2 of 4 = 50.00 %)', () => {
    const zh = renderCityMarkdown(report, { lang: 'zh' });
    expect(zh).toContain('## 督导覆盖面');
    expect(zh).toContain('| 丙县 | 学前教育普及普惠 | 4 | 2 | 50.00% | c-k3、c-k4 |');
    expect(zh).toContain('| 甲县 | 义务教育优质均衡 | 3 | 3 | 100.00% | — |');
    expect(zh).toContain(
      '| 丙县 | 学前教育普及普惠 | 过程督导 | 2023 | 滞后 | 数据不全（2023） | 33.33% | 2 |',
    );
    const en = renderCityMarkdown(report, { lang: 'en' });
    expect(en).toContain('| 丙县 | preschool, universal and inclusive | 4 | 2 | 50.00% | c-k3, c-k4 |');
  });
});

describe('cityReport coverage: institutions or the county-level fallback', () => {
  it('without institutions, falls back to "every target county inspected": full coverage', () => {
    const report = cityReport(input(false), { asOf: '2024-12-31' });
    expect(report.city).toMatchObject({
      coverageBasis: 'counties',
      fullCoverage: true,
      countiesCovered: 4,
      countiesNotCovered: [],
      institutionsInScope: null,
      institutionsInScopeVisited: null,
    });
    expect(report.coverage).toBeNull();
    expect(report.rows.map((r) => r.coverage)).toEqual([null, null, null, null, null]);
    // the other figures do not depend on the basis
    const strict = cityReport(input(), { asOf: '2024-12-31' });
    expect(report.rows.map((r) => ({ ...r, coverage: null }))).toEqual(
      strict.rows.map((r) => ({ ...r, coverage: null })),
    );
    expect(citySummarySentence(report, 'zh')).toContain('实现 4 个创建县（区）全覆盖');
  });

  it('on 2024-05-19 (i1–i5 only) three counties are inspected but not fully covered', () => {
    const report = cityReport(input(), { asOf: '2024-05-19' });
    expect(report.city).toMatchObject({
      inspections: 5,
      countiesInspected: 4,
      fullCoverage: false,
      countiesCovered: 1, // 甲县 only
      // 乙县 lacks b-s2 (i6), 丙县 c-k3 and c-k4, 丁区 d-s2 (i6) and d-k2 (i7)
      countiesNotCovered: ['999502', '999503', '999504'],
      institutionsInScope: 13,
      institutionsInScopeVisited: 8, // 3 + 1 + 2 + 1 + 1
    });
    // the county-level fallback would call this full coverage
    expect(cityReport(input(false), { asOf: '2024-05-19' }).city.fullCoverage).toBe(true);
  });

  it('is full once a ninth inspection visits c-k3 and c-k4', () => {
    const ninth = {
      id: 'i9',
      kind: 'return-visit',
      level: 'municipal',
      programmes: ['preschool'],
      counties: ['999503'],
      dates: { start: '2024-12-16', end: '2024-12-17' },
      institutionsVisited: [
        { county: '999503', id: 'c-k3' },
        { county: '999503', id: 'c-k4' },
      ],
    };
    const report = cityReport(
      { ...input(), inspections: [...handInspections(), ninth] },
      { asOf: '2024-12-31' },
    );
    expect(report.city).toMatchObject({
      fullCoverage: true,
      countiesCovered: 4,
      countiesNotCovered: [],
      institutionsInScopeVisited: 13,
    });
    expect(citySummarySentence(report, 'zh')).toContain('实现 4 个创建县（区）全覆盖');
  });

  it('does not count a visit to a kindergarten under a compulsory-only inspection', () => {
    // i6 (compulsory only) also visiting c-k3 would not cover it for the preschool programme
    const inspections = handInspections().map((i) =>
      i.id === 'i6'
        ? {
            ...i,
            counties: ['999502', '999503', '999504'],
            institutionsVisited: [...(i.institutionsVisited as unknown[]), { county: '999503', id: 'c-k3' }],
          }
        : i,
    );
    const report = cityReport({ ...input(), inspections }, { asOf: '2024-12-31' });
    expect(report.rows.find((r) => r.county === '999503')?.coverage?.missing).toEqual(['c-k3', 'c-k4']);
    expect(report.city.institutionsAssessed).toBe(13); // but it was assessed
  });

  it('does not call a target county covered when none of its institutions were given', () => {
    const report = cityReport(
      { ...input(), counties: [...HAND_COUNTIES, { code: '999505', name: '戊县' }] },
      { asOf: '2024-12-31' },
    );
    expect(report.city.countiesNotCovered).toEqual(['999503', '999505']);
    expect(report.city.countiesNotInspected).toEqual(['999505']);
    expect(report.countiesWithoutPlan).toEqual(['999505']);
  });

  it('leaves institutions of a county outside the city out of the totals, but lists their coverage', () => {
    const outside = { county: '999599', programme: 'preschool', id: 'z-k1', inScope: true };
    const report = cityReport(
      { ...input(), institutions: [...handInstitutions, outside] },
      { asOf: '2024-12-31' },
    );
    expect(report.city.institutionsInScope).toBe(13);
    expect(report.coverage?.map((e) => e.county)).toContain('999599');
  });

  it('rejects an invalid institution with its path', () => {
    const bad = [...handInstitutions.slice(0, 2), { ...handInstitutions[2], inScope: 'yes' }];
    try {
      cityReport({ ...input(), institutions: bad }, { asOf: '2024-12-31' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DudaoError);
      expect((error as DudaoError).path).toEqual(['institutions', 2, 'inScope']);
    }
    expect(() =>
      cityReport(
        { ...input(), institutions: [...handInstitutions, handInstitutions[0]] },
        { asOf: '2024-12-31' },
      ),
    ).toThrowError(
      expect.objectContaining({ code: 'duplicate-institution', path: ['institutions', 15, 'id'] }),
    );
  });
});
