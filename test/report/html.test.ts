/**
 * The self-contained HTML report: built from the bundled examples (as `dudao demo`) and from
 * small synthetic counties, it has every chart kind, the verdicts and tables, no script, no
 * external URL, escaped names, Chinese or English words, and no NaN/Infinity even for degenerate
 * inputs (no school, equal values, one-day series, empty ledger).
 */

import { describe, expect, it } from 'vitest';
import compulsoryExample from '../../examples/county-compulsory.json' with { type: 'json' };
import ledgerExample from '../../examples/ledger.json' with { type: 'json' };
import { assessCompulsory } from '../../src/assess/county.js';
import { DudaoError } from '../../src/error.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { cityReport } from '../../src/inspection/city.js';
import { loadLedger } from '../../src/ledger/fold.js';
import { citySummarySentence } from '../../src/report/city-markdown.js';
import { type HtmlReportInput, renderHtmlReport } from '../../src/report/html.js';
import { ledgerReport } from '../../src/scoring/report.js';
import { progressSeries } from '../../src/scoring/series.js';
import { demoReportInput } from '../browser/demo-report.js';
import {
  HAND_COUNTIES,
  handAssessments,
  handInspections,
  handInstitutions,
  handLedgerSummaries,
  handPlans,
} from '../fixtures/city-hand.js';
import {
  dataset,
  primaryMeetingAll,
  type Resources2017,
  school,
  section2017,
} from '../fixtures/compulsory-builders.js';

const KINDS = [
  'indicator-values',
  'cv-limits',
  'school-grid',
  'rectification-trend',
  'rectification-by-unit',
];

function chartKinds(html: string): string[] {
  return [...html.matchAll(/<svg [^>]*data-chart="([a-z-]+)"/g)].map((m) => m[1] ?? '');
}

function count(html: string, kind: string): number {
  return chartKinds(html).filter((k) => k === kind).length;
}

/** No NaN, Infinity or undefined anywhere; every svg with role, title, viewBox and size. */
function expectWellFormed(html: string): void {
  expect(html).not.toMatch(/NaN|Infinity|undefined|\[object /);
  for (const svg of html.match(/<svg [^>]*>/g) ?? []) {
    expect(svg).toMatch(/role="img"/);
    expect(svg).toMatch(/viewBox="0 0 \d+(\.\d+)? \d+(\.\d+)?" width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
  }
  expect((html.match(/<svg /g) ?? []).length).toBe((html.match(/<\/svg>/g) ?? []).length);
  expect((html.match(/<svg [^>]*><title>[^<]+<\/title><desc>/g) ?? []).length).toBe(
    (html.match(/<svg /g) ?? []).length,
  );
}

const junior = (pupils: number, i: number): Resources2017 => ({
  qualified: 6 * (pupils / 100),
  key: pupils / 100 + (i % 3),
  peArt: pupils / 100,
  teaching: 6 * pupils + i,
  sports: 11 * pupils - 3 * i,
  equipment: 2600 * pupils + 100 * i,
  multimedia: 3 * (pupils / 100),
});

describe('the demo report (bundled sample county, as dudao demo)', () => {
  const zh = renderHtmlReport(demoReportInput(), { lang: 'zh' });
  const en = renderHtmlReport(demoReportInput(), { lang: 'en' });

  it('is one HTML page in the asked language, with the 示例数据 notice', () => {
    expect(zh.startsWith('<!doctype html>\n<html lang="zh-CN">')).toBe(true);
    expect(en.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(zh).toContain(
      '<p class="notice" role="note">示例数据：本报告由随包附带的虚构数据计算得出，非真实县域。</p>',
    );
    expect(en).toContain('Synthetic data (示例数据)');
    expect(zh).toContain('<title>dudao 演示：示例县督导评估报告</title>');
  });

  it('has every chart kind: 31 indicator charts, 1 CV chart, 2 grids, the trend and the by-unit chart', () => {
    // compulsory: 8 section indicators (7 resources + class size) × 2 stages + 5 school-level ones;
    // preschool: 10 kindergarten indicators that apply somewhere (mixed-age classes included).
    for (const html of [zh, en]) {
      expect(new Set(chartKinds(html))).toEqual(new Set(KINDS));
      expect(count(html, 'indicator-values')).toBe(8 * 2 + 5 + 10);
      expect(count(html, 'cv-limits')).toBe(1);
      expect(count(html, 'school-grid')).toBe(2);
      expect(count(html, 'rectification-trend')).toBe(1);
      expect(count(html, 'rectification-by-unit')).toBe(1);
    }
  });

  it('loads nothing: no script, no URL, no external resource, and a policy that forbids them', () => {
    for (const html of [zh, en]) {
      expect(html).not.toMatch(/<script|https?:|\/\/[a-z]|\ssrc=|url\(|@import|<link|<img|<iframe/i);
      for (const href of html.match(/href="[^"]*"/g) ?? []) expect(href).toMatch(/^href="#[a-z0-9-]+"$/);
      expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    }
  });

  it('prints no NaN or Infinity, and every chart is accessible', () => {
    expectWellFormed(zh);
    expectWellFormed(en);
  });

  it('shows the verdicts, reasons and key numbers rounded by the report rules', () => {
    expect(zh).toContain('结论：<strong class="verdict failed">未达到评估标准</strong>');
    // 河口镇初级中学 (junior): 1 of 7 met
    expect(zh).toContain('1/7 ✗');
    // primary qualified teachers: CV 0.03364… → 0.034, limit 0.50; mean 4.335… → 4.34
    expect(zh).toContain('0.034 / ≤ 0.50');
    expect(zh).toContain('县域均值 4.34');
    // equipment (yuan): no decimals; 1843.75 → 1844
    expect(zh).toContain('>1844</text>');
    // school size counts pupils: no decimals
    expect(zh).toContain('>1620</text>');
    // the ledger on 2021-12-10
    expect(zh).toContain('问题整改率 82.50%（33/40），逾期未整改 3 项。');
    expect(zh).toContain('85.71%（6/7）');
    expect(zh).toContain('目标 100.00%');
    expect(en).toContain('Rectification rate 82.50% (33/40), 3 overdue.');
  });

  it('speaks Chinese or English throughout', () => {
    for (const words of [
      '校际差异系数与标准',
      '学校 × 指标达标情况',
      '各责任单位整改率（牵头单位）',
      '整改率变化',
      '达标差距测算',
    ])
      expect(zh).toContain(words);
    for (const words of [
      'Inter-school coefficients of variation against their limits',
      'Schools × indicators',
      'Rectification rate by responsible unit (lead units)',
      'Rectification rate over time',
      'What it would take',
      'Verdict: ',
    ])
      expect(en).toContain(words);
    for (const words of ['校际差异系数与标准', '结论：', '县域均值', '达标差距测算'])
      expect(en).not.toContain(words);
  });

  it('is deterministic and leaves its input untouched', () => {
    const input = demoReportInput();
    const before = JSON.stringify(input);
    const a = renderHtmlReport(input, { lang: 'zh' });
    expect(renderHtmlReport(input, { lang: 'zh' })).toBe(a);
    expect(JSON.stringify(input)).toBe(before);
    expect(a).toBe(zh);
  });

  it('defaults to Chinese', () => {
    expect(renderHtmlReport(demoReportInput())).toBe(zh);
  });
});

describe('escaping', () => {
  it('escapes a school name holding a script, in tables, charts and tooltips', () => {
    const data = structuredClone(compulsoryExample) as { schools: { name: string }[] };
    const first = data.schools[0];
    if (first === undefined) throw new Error('no school');
    first.name = '<script>alert("x")</script>&';
    const assessment = assessCompulsory(data, compulsoryQuality2017);
    const html = renderHtmlReport({
      title: '<b>报告</b>',
      notice: '"示例"',
      compulsory: [{ assessment, set: compulsoryQuality2017 }],
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<b>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;');
    expect(html).toContain('<title>&lt;b&gt;报告&lt;/b&gt;</title>');
    expect(html).toContain('&quot;示例&quot;');
  });
});

describe('degenerate inputs', () => {
  const emptyLedger = loadLedger({ schemaVersion: 1, events: [] });

  it('a county with no school, an empty ledger and a one-day series: still a page, no NaN', () => {
    const assessment = assessCompulsory(dataset([]), compulsoryQuality2017);
    const input: HtmlReportInput = {
      title: { zh: '空县', en: 'Empty county' },
      compulsory: [{ assessment, set: compulsoryQuality2017 }],
      ledger: {
        report: ledgerReport(emptyLedger.state, { asOf: '2021-12-10' }),
        series: progressSeries([], { from: '2021-12-10', to: '2021-12-10', every: 'day' }),
      },
    };
    for (const lang of ['zh', 'en'] as const) {
      const html = renderHtmlReport(input, { lang });
      expectWellFormed(html);
      expect(count(html, 'rectification-trend')).toBe(1);
      expect(count(html, 'rectification-by-unit')).toBe(1);
      expect(count(html, 'school-grid')).toBe(0);
      expect(count(html, 'indicator-values')).toBe(0);
      expect(html).toContain(lang === 'zh' ? '无数据' : 'no data');
    }
    expect(renderHtmlReport(input)).toContain('暂无可计算整改率的问题（问题 0 项，已撤回 0 项）');
  });

  it('schools with equal values: CV 0.000, every bar at the same length', () => {
    const same = section2017(200, primaryMeetingAll(200));
    const assessment = assessCompulsory(
      dataset([school('s1', 'primary', same), school('s2', 'primary', same)]),
      compulsoryQuality2017,
    );
    const html = renderHtmlReport({ title: 't', compulsory: [{ assessment, set: compulsoryQuality2017 }] });
    expectWellFormed(html);
    expect(html).toContain('0.000 / ≤ 0.50');
    expect(count(html, 'indicator-values')).toBeGreaterThanOrEqual(7);
  });

  it('a ledger with a target rate and day draws both', () => {
    const { document, state } = loadLedger(ledgerExample);
    const html = renderHtmlReport(
      {
        title: 't',
        ledger: {
          report: ledgerReport(state, { asOf: '2021-06-01' }),
          series: progressSeries(document.events, { from: '2021-05-01', to: '2021-06-01', every: 'week' }),
          target: { rate: '0.9', date: '2021-06-30' },
          title: { zh: '甲县整改', en: 'County A' },
        },
      },
      { lang: 'en' },
    );
    expectWellFormed(html);
    expect(html).toContain('<h2>County A</h2>');
    expect(html).toContain('target 90.00%');
    expect(html).toContain('data-role="target-date"');
    expect(html).toContain('target date 2021-06-30');
  });
});

describe('the 2012 basic-balance set', () => {
  it('draws the composite CV against its limit beside the single CVs, judged only through it', () => {
    const assessment = assessCompulsory(compulsoryExample, compulsoryBasic2012);
    const html = renderHtmlReport({ title: 't', compulsory: [{ assessment, set: compulsoryBasic2012 }] });
    expectWellFormed(html);
    expect(count(html, 'cv-limits')).toBe(1);
    expect(html).toContain('小学 综合差异系数');
    expect(html).toMatch(/\d\.\d{3} \/ ≤ 0\.65/);
    expect(html).toContain('仅测算（无单项标准）');
  });
});

describe('the ledger target', () => {
  it('rejects a target rate that is not a non-negative number, naming the field', () => {
    const report = ledgerReport(loadLedger(ledgerExample).state, { asOf: '2021-12-10' });
    for (const [rate, code] of [
      ['abc', 'not-a-number'],
      [Number.POSITIVE_INFINITY, 'not-finite'],
      [-0.5, 'negative'],
    ] as const) {
      let caught: unknown;
      try {
        renderHtmlReport({ title: 't', ledger: { report, target: { rate } } });
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(DudaoError);
      expect((caught as DudaoError).code).toBe(code);
      expect((caught as DudaoError).path).toEqual(['ledger', 'target', 'rate']);
    }
  });
});

describe('the city section', () => {
  it('gives the summary sentence and one row per county and programme', () => {
    const report = cityReport(
      {
        counties: HAND_COUNTIES,
        plans: handPlans,
        inspections: handInspections(),
        ledgerSummaries: handLedgerSummaries,
        assessments: handAssessments,
        institutions: handInstitutions,
      },
      { asOf: '2024-12-31' },
    );
    const html = renderHtmlReport({ title: 't', city: report }, { lang: 'zh' });
    expectWellFormed(html);
    expect(html).toContain(`<p class="lead">${citySummarySentence(report, 'zh')}</p>`);
    expect(html).toContain('全市督导工作情况（截至 2024-12-31）');
    expect((html.match(/<tr>/g) ?? []).length).toBe(report.rows.length + 1);
  });
});

describe('size', () => {
  it('a county of 80 school sections × 8 indicators renders in well under 1 MB', () => {
    const schools = [];
    for (let i = 0; i < 40; i++) {
      const p = primaryMeetingAll(300 + 100 * (i % 5));
      schools.push(
        school(
          `p${i}`,
          'primary',
          section2017(300 + 100 * (i % 5), { ...p, sports: Number(p.sports) - 40 * i }),
        ),
        school(`j${i}`, 'junior', section2017(400, junior(400, i))),
      );
    }
    const assessment = assessCompulsory(dataset(schools), compulsoryQuality2017);
    expect(assessment.sections.length).toBe(80);
    const html = renderHtmlReport({
      title: '大县',
      compulsory: [{ assessment, set: compulsoryQuality2017 }],
    });
    expectWellFormed(html);
    const bytes = new TextEncoder().encode(html).length;
    expect(bytes).toBeLessThan(600_000);
  });
});
