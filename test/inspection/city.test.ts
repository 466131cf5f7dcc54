import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { cityReport } from '../../src/inspection/city.js';
import { citySummarySentence, renderCityMarkdown } from '../../src/report/city-markdown.js';
import {
  CITY_COUNTIES,
  cityAssessments,
  cityInspections,
  cityLedgerSummaries,
  cityPlans,
} from '../fixtures/city-report.js';

const input = () => ({
  counties: CITY_COUNTIES,
  plans: cityPlans,
  inspections: cityInspections(),
  ledgerSummaries: cityLedgerSummaries,
  assessments: cityAssessments,
});

describe('cityReport (市级督导工作视图), synthetic city of 5 counties', () => {
  const report = cityReport(input(), { asOf: '2024-12-31' });

  it('counts 8 inspections begun by 2024-12-31 (the one of 2025-01-10 is left out)', () => {
    expect(report.city.inspections).toBe(8);
  });

  it('counts 50 + 48 + 46 + 45 + 45 = 234 distinct schools and kindergartens; return visits add none', () => {
    expect(report.city.institutionsAssessed).toBe(234);
  });

  it('covers all 5 target counties (全覆盖)', () => {
    expect(report.city).toMatchObject({
      targetCounties: 5,
      countiesInspected: 5,
      fullCoverage: true,
      countiesNotInspected: [],
    });
  });

  it('finds 22 problem aspects in 25 supervision opinions (opinions 23–25 repeat aspects 1–3)', () => {
    expect(report.city.opinions).toBe(25);
    expect(report.city.problemAspects).toBe(22);
    expect(report.city.aspects[0]).toBe('学校规划布局');
  });

  it('adds up findings, departments and interviews: 5 counties × 2 issues, 3 departments, 8 × 30 people', () => {
    expect(report.city.findings).toBe(10);
    expect(report.city.departmentsVisited).toBe(3);
    expect(report.city.interviewed).toBe(240);
  });

  it('gives each county its stage, target year, on-track flag, latest verdict and rectification figures', () => {
    expect(
      report.rows.map((r) => [
        r.name,
        r.stage,
        r.targetYear,
        r.onTrack,
        r.verdict?.status ?? null,
        r.rectificationRate,
        r.overdue,
        r.inspections,
      ]),
    ).toEqual([
      ['甲县', 'provincially-assessed', 2024, true, 'passed', 0.825, 0, 2],
      ['乙县', 'self-assessed', 2024, true, 'incomplete', 2 / 3, 3, 2],
      ['丙县', 'process-supervision', 2025, true, null, null, null, 1],
      ['丁区', 'process-supervision', 2026, true, null, null, null, 2],
      ['戊县', 'planned', 2027, true, null, null, null, 1],
    ]);
  });

  it('a week later, 乙县 (target 2024, only self-assessed) is behind schedule', () => {
    const later = cityReport(input(), { asOf: '2025-01-07' });
    expect(later.rows.find((r) => r.county === '999402')?.onTrack).toBe(false);
    expect(later.rows.find((r) => r.county === '999401')?.onTrack).toBe(true);
  });

  it('counts plans per stage, in stage order', () => {
    const counts = Object.fromEntries(
      report.city.countiesPerStage.filter((s) => s.count > 0).map((s) => [s.stage, s.count]),
    );
    expect(counts).toEqual({
      planned: 1,
      'process-supervision': 2,
      'self-assessed': 1,
      'provincially-assessed': 1,
    });
  });

  it('reports a county no inspection reached, and a target county without a plan', () => {
    const sixth = { code: '999406', name: '己县' };
    const r = cityReport({ ...input(), counties: [...CITY_COUNTIES, sixth] }, { asOf: '2024-12-31' });
    expect(r.city).toMatchObject({
      fullCoverage: false,
      countiesInspected: 5,
      countiesNotInspected: ['999406'],
    });
    expect(r.countiesWithoutPlan).toEqual(['999406']);
  });

  it('rejects a bad plan, a repeated county and a bad day with paths', () => {
    const badPlan = {
      ...cityPlans[0],
      stages: [
        { stage: 'self-assessed', date: '2024-01-01' },
        { stage: 'planned', date: '2024-02-01' },
      ],
    };
    expect(() =>
      cityReport({ ...input(), plans: [cityPlans[1], badPlan] }, { asOf: '2024-12-31' }),
    ).toThrowError(
      expect.objectContaining({ code: 'stage-out-of-order', path: ['plans', 1, 'stages', 1, 'stage'] }),
    );
    expect(() =>
      cityReport({ ...input(), counties: [...CITY_COUNTIES, CITY_COUNTIES[0]] }, { asOf: '2024-12-31' }),
    ).toThrowError(expect.objectContaining({ code: 'duplicate-id', path: ['counties', 5, 'code'] }));
    expect(() => cityReport(input(), { asOf: '2024-12-32' })).toThrowError(DudaoError);
  });
});

describe('renderCityMarkdown', () => {
  const report = cityReport(input(), { asOf: '2024-12-31' });

  it('writes the summary paragraph in Chinese', () => {
    expect(citySummarySentence(report, 'zh')).toBe(
      '截至 2024-12-31，累计开展督导 8 次，督导评估学校（幼儿园）264 所次，覆盖 234 所，走访部门 3 个，访谈 240 人，实现 5 个创建县（区）全覆盖，发现问题 22 个方面，下发督导意见 25 条。',
    );
  });

  it('writes the summary paragraph in English', () => {
    expect(citySummarySentence(report, 'en')).toBe(
      'As of 2024-12-31: 8 supervisions so far, 264 visits to 234 schools and kindergartens, 3 departments visited, 240 people interviewed, full coverage of the 5 target counties, 22 aspects of problems found, 25 supervision opinions issued.',
    );
  });

  it('renders the county table with rates to 2 decimals (33/40 = 82.50 %, 2/3 = 66.67 %)', () => {
    const zh = renderCityMarkdown(report, { lang: 'zh' });
    expect(zh.split('\n')[0]).toBe('# 全市督导工作情况（截至 2024-12-31）');
    expect(zh).toContain(
      '| 甲县 | 义务教育优质均衡 | 省级评估 | 2024 | 按期 | 达到评估标准（2024） | 82.50% | 0 |',
    );
    expect(zh).toContain(
      '| 乙县 | 义务教育优质均衡 | 县级自评 | 2024 | 按期 | 数据不全（2024） | 66.67% | 3 |',
    );
    expect(zh).toContain('| 戊县 | 义务教育优质均衡 | 制定创建规划 | 2027 | 按期 | — | — | — |');
    expect(zh).toContain('| 过程督导 | 2 |');
    const en = renderCityMarkdown(report, { lang: 'en' });
    expect(en).toContain(
      '| 甲县 | compulsory education, high-quality balance | provincial assessment | 2024 | yes | passed (2024) | 82.50% | 0 |',
    );
    expect(en.endsWith('\n')).toBe(true);
  });

  it('says which counties are not yet covered when coverage is partial', () => {
    const r = cityReport(
      { ...input(), counties: [...CITY_COUNTIES, { code: '999406', name: '己县' }] },
      { asOf: '2024-12-31' },
    );
    expect(citySummarySentence(r, 'en')).toContain('5 of 6 target counties covered (not yet: 999406)');
    expect(renderCityMarkdown(r)).toContain('尚无创建规划的目标县：999406');
  });
});
