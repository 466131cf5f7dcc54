/**
 * Names, not ids (issue #14 item 4): every ledger and return-visit report prints county names,
 * school and kindergarten names, inspection titles and Chinese category labels when it is given
 * the names (`namesFromCity`), and an id that has no name prints as written.
 */
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { assessCity } from '../../src/inspection/assess-city.js';
import { cityReportFromDocument } from '../../src/inspection/city.js';
import { loadLedger } from '../../src/ledger/fold.js';
import { renderCityAssessmentMarkdown } from '../../src/report/city-assessment.js';
import { renderCityMarkdown } from '../../src/report/city-markdown.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { renderLedgerMarkdown } from '../../src/report/ledger-markdown.js';
import { namesFromCity } from '../../src/report/names.js';
import { renderReturnVisitMarkdown, returnVisitWorkbook } from '../../src/report/return-visit.js';
import { ledgerWorkbook, workbookCellText } from '../../src/report/workbook.js';
import { sampleCity } from '../../src/sample/index.js';
import { ledgerReport } from '../../src/scoring/report.js';
import { returnVisitSummary } from '../../src/scoring/return-visit.js';

const { state } = loadLedger(sampleCity.ledger);
const report = ledgerReport(state, { asOf: sampleCity.asOf });
const names = namesFromCity(sampleCity);
const PROCESS = '省级过程督导（2025-05-12至2025-05-23）';
const VISIT_ZH = '市级回访督导';

// A county, a school and a kindergarten that the sample ledger names.
const DH01 = '东湖县城关第一小学';

describe('namesFromCity', () => {
  it('names every county by code (both languages), every school and kindergarten by id, every inspection by its title', () => {
    expect(names.counties?.['990101']).toEqual({ zh: '东湖县', en: 'Donghu County' });
    expect(names.counties?.['990103']).toEqual({ zh: '南川区', en: 'Nanchuan District' });
    expect(names.institutions?.DH01).toBe(DH01);
    const schools = sampleCity.counties.reduce(
      (n, c) => n + c.compulsory.schools.length + c.preschool.kindergartens.length,
      0,
    );
    expect(Object.keys(names.institutions ?? {})).toHaveLength(schools);
    expect(Object.keys(names.inspections ?? {})).toEqual(sampleCity.inspections.map((i) => i.id));
    expect(names.inspections?.['SL-2025-05-process']).toEqual({
      zh: PROCESS,
      en: 'provincial process supervision, 2025-05-12 to 2025-05-23',
    });
  });

  it('takes a city whose county names are plain text and that lists no inspection', () => {
    expect(namesFromCity({ counties: [{ code: '990101', name: '东湖县' }] })).toEqual({
      counties: { '990101': '东湖县' },
      institutions: {},
      inspections: {},
    });
  });

  it('rejects a document that is not a city with a DudaoError at its path', () => {
    expect(() => namesFromCity({ counties: [] } as never)).toThrow(DudaoError);
    expect(() => namesFromCity(42 as never)).toThrow(DudaoError);
  });
});

describe('the ledger report in Markdown', () => {
  const md = renderLedgerMarkdown(report, { names });

  it('names counties, inspections, categories and schools in the breakdowns', () => {
    expect(md).toContain('| 东湖县 | 20 | 1 | 17 |');
    expect(md).not.toMatch(/^\| 990101 \|/m);
    expect(md).toContain(`| ${PROCESS} |`);
    expect(md).toContain('| 大班额 | 5 | 0 | 3 |');
    expect(md).not.toContain('| large-classes |');
    expect(md).toContain(`| ${DH01} |`);
    expect(md).not.toContain('| 学校 DH01 |');
  });

  it('names the county of each overdue issue', () => {
    const overdue = md.slice(md.indexOf('## 逾期未整改问题'));
    expect(overdue).toMatch(/\| (西山县|南川区) \|/);
    expect(overdue).not.toMatch(/\| 99010\d \|/);
  });

  it('without names, categories still read in Chinese; codes and ids print as written', () => {
    const plain = renderLedgerMarkdown(report);
    expect(plain).toContain('| 990101 | 20 | 1 | 17 |');
    expect(plain).toContain('| 大班额 | 5 | 0 | 3 |');
    expect(plain).toContain('| SL-2025-05-process |');
    expect(plain).toContain('| 学校 DH01 |');
  });

  it('an id missing from the names falls back to the id', () => {
    const partial = renderLedgerMarkdown(report, { names: { counties: { '990101': '东湖县' } } });
    expect(partial).toContain('| 东湖县 | 20 |');
    expect(partial).toContain('| 990102 | 27 |');
    expect(partial).toContain('| SL-2025-05-process |');
  });

  it('English reports print English county names and the English category labels', () => {
    const en = renderLedgerMarkdown(report, { lang: 'en', names });
    expect(en).toContain('| Donghu County | 20 |');
    expect(en).toContain('| large classes | 5 |');
  });

  it('rejects names of the wrong shape with a DudaoError at options.names', () => {
    try {
      renderLedgerMarkdown(report, { names: { counties: { '990101': 7 } } as never });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DudaoError);
      expect((e as DudaoError).path.slice(0, 2)).toEqual(['options', 'names']);
    }
    expect(() => renderLedgerMarkdown(report, { names: 'names' as never })).toThrow(DudaoError);
  });
});

describe('the ledger report as tables (CSV and XLSX) and HTML', () => {
  it('the summary table names counties, inspections, categories and schools; the overdue list names counties', () => {
    const [summary, overdue] = ledgerWorkbook(report, { names });
    const keys = summary?.rows.map((row) => workbookCellText(row[1] ?? null)) ?? [];
    expect(keys).toContain('东湖县');
    expect(keys).toContain('大班额');
    expect(keys).toContain(DH01);
    expect(keys).not.toContain('990101');
    expect(keys).not.toContain('large-classes');
    for (const row of overdue?.rows ?? []) expect(['东湖县', '西山县', '南川区']).toContain(row[1]);
  });

  it('the HTML ledger section names counties and categories', () => {
    const html = renderHtmlReport({ title: 't', ledger: { report } }, { names });
    expect(html).toContain('<td>东湖县</td>');
    expect(html).toContain('<td>大班额</td>');
    expect(html).not.toContain('<td>990101</td>');
  });
});

describe('the return visit’s reports', () => {
  const summary = returnVisitSummary(state, { inspection: 'SL-2025-11-return', asOf: sampleCity.asOf });

  it('Markdown: the visit by its title, counties and schools by name', () => {
    const md = renderReturnVisitMarkdown(summary, { names });
    const title = md.split('\n')[0] ?? '';
    expect(title).toContain(VISIT_ZH);
    expect(title).not.toContain('SL-2025-11-return');
    expect(md).toMatch(/涉及县（区）(东湖县|西山县|南川区)/);
    expect(md).not.toMatch(/\| 99010\d \|/);
    expect(md).not.toMatch(/\| 学校 [A-Z]{2}\d\d \|/);
  });

  it('Markdown without names keeps the ids, the kind of scope in words', () => {
    const md = renderReturnVisitMarkdown(summary);
    expect(md.split('\n')[0]).toContain('SL-2025-11-return');
    expect(md).toMatch(/\| 99010\d \|/);
    expect(md).toMatch(/\| (学校|幼儿园) [A-Z]{2}\d\d \|/);
  });

  it('tables: the groups, the issues due and the new issues by name; the source by its title', () => {
    const [groups, due, found] = returnVisitWorkbook(summary, { names });
    const countyRows = groups?.rows.filter((r) => r[0] === '县（区）') ?? [];
    expect(countyRows.length).toBeGreaterThan(0);
    for (const row of countyRows) expect(['东湖县', '西山县', '南川区']).toContain(row[1]);
    for (const row of due?.rows ?? []) {
      expect(['东湖县', '西山县', '南川区']).toContain(row[1]);
      expect(row[4]).toBe(PROCESS);
    }
    for (const row of found?.rows ?? []) expect(String(row[2])).not.toMatch(/^(school|kindergarten):/);
  });
});

describe('the city report', () => {
  // The sample city's document with a fourth target county that has no creation plan yet.
  const document = {
    ...sampleCity.city,
    counties: [...sampleCity.city.counties, { code: '990104', name: '北岭县' }],
  };
  const city = cityReportFromDocument(document, { asOf: sampleCity.asOf });

  it('names the target counties without a plan', () => {
    expect(city.countiesWithoutPlan).toEqual(['990104']);
    expect(renderCityMarkdown(city, { names: namesFromCity(document) })).toContain(
      '尚无创建规划的目标县：北岭县',
    );
    expect(renderCityMarkdown(city)).toContain('尚无创建规划的目标县：990104');
    const html = renderHtmlReport({ title: 't', city }, { names: namesFromCity(document) });
    expect(html).toContain('尚无创建规划的目标县：北岭县');
  });
});

describe('the city document with the return visit and the opinion', () => {
  it('rejects a return visit or an opinion that is not one, at its option', () => {
    const result = assessCity(sampleCity, { asOf: sampleCity.asOf });
    for (const [key, value] of [
      ['returnVisit', { inspection: 1 }],
      ['opinion', 'opinion'],
    ] as const) {
      try {
        renderCityAssessmentMarkdown(result, { [key]: value } as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DudaoError);
        expect((e as DudaoError).path.slice(0, 2)).toEqual(['options', key]);
      }
    }
  });
});
