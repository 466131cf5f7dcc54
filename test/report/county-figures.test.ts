/**
 * The figures counties print, in the assessment reports (issue #17 item 4): where a set compares
 * rounded CVs (`rules.variation.compareRounded`), the Markdown, HTML and CSV reports show both the
 * rounded and the exact comparison of each CV; the 2017 composite CV (综合差异系数, the mean of the
 * single CVs) appears labelled as information that decides nothing.
 *
 * The county: two primary schools of 100 pupils with 1501.787 and 498.213 yuan of equipment per
 * pupil: mean 1000, S = 501.787, CV = 0.501787 exactly; every other CV is 0. At 2 decimals the CV
 * is 0.50 ≤ 0.50 (met); exactly 0.501787 > 0.50 (not met). The composite is
 * (0.501787 + 6 × 0) ÷ 7 = 0.0716838…, shown as 0.072.
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { renderVariationCsv } from '../../src/report/csv.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { renderCompulsoryMarkdown } from '../../src/report/markdown.js';
import { dataset, primaryMeetingAll, school, section2017 } from '../fixtures/compulsory-builders.js';
import { compulsoryRoundedExample } from '../fixtures/provincial-examples.js';

function twoSchools() {
  const base = primaryMeetingAll(100);
  return dataset([
    school('a', 'primary', section2017(100, { ...base, equipment: '150178.7' })),
    school('b', 'primary', section2017(100, { ...base, equipment: '49821.3' })),
  ]);
}

const rounded = assessCompulsory(twoSchools(), compulsoryRoundedExample);
const exact = assessCompulsory(twoSchools(), compulsoryQuality2017);

describe('Markdown', () => {
  it('a set that rounds: both comparisons beside the result, and why', () => {
    const md = renderCompulsoryMarkdown(rounded, compulsoryRoundedExample);
    expect(md).toContain(
      '| 学段 | 指标 | 差异系数 | 均值 | 标准 | 结果 | 修约比较（保留 2 位小数） | 精确比较 |',
    );
    const row = md.split('\n').find((l) => l.includes('| 0.502 |')) ?? '';
    expect(row).toContain('| ≤ 0.50 | 达标 | 0.50 ≤ 0.50 达标 | 0.501787 > 0.50 未达标 |');
    expect(md).toContain('本指标体系按差异系数保留 2 位小数（四舍五入）后与标准比较');
    const en = renderCompulsoryMarkdown(rounded, compulsoryRoundedExample, { lang: 'en' });
    expect(en).toContain('| Rounded comparison (2 decimals) | Exact comparison |');
    expect(en).toContain('| 0.50 ≤ 0.50 met | 0.501787 > 0.50 not met |');
  });

  it('a set that compares exactly (the national default): no comparison columns', () => {
    const md = renderCompulsoryMarkdown(exact, compulsoryQuality2017);
    expect(md).toContain('| 学段 | 指标 | 差异系数 | 均值 | 标准 | 结果 |\n');
    expect(md).not.toContain('修约比较');
  });

  it('the 2017 composite CV, labelled informational: 0.501787 ÷ 7 = 0.072 over 7 CVs', () => {
    const md = renderCompulsoryMarkdown(exact, compulsoryQuality2017);
    expect(md).toContain('## 综合差异系数（仅供参考，不作判定依据）');
    expect(md).toContain('| 小学 | 0.072 | 7 | 仅供参考，不作判定依据 |');
    expect(md).toContain('不设综合差异系数，故不据此判定');
    const en = renderCompulsoryMarkdown(exact, compulsoryQuality2017, { lang: 'en' });
    expect(en).toContain('## Composite CV (for information only, not a basis for any verdict)');
    expect(en).toContain('| primary | 0.072 | 7 | for information only; no verdict |');
  });

  it('the 2012 set, whose composite decides, has no informational composite', () => {
    const md = renderCompulsoryMarkdown(
      assessCompulsory(twoSchools(), compulsoryBasic2012),
      compulsoryBasic2012,
    );
    expect(md).not.toContain('仅供参考，不作判定依据');
  });
});

describe('CSV', () => {
  it('a set that rounds: two more columns with both comparisons; the informational composite as a row', () => {
    const lines = renderVariationCsv(rounded, compulsoryRoundedExample).split('\r\n');
    expect(lines[0]).toBe(
      '学段,指标编号,指标,差异系数,均值,标准（≤）,是否达标,修约比较（保留 2 位小数）,精确比较',
    );
    const equipment = lines.find((l) => l.includes(',equipment-value-per-pupil,')) ?? '';
    expect(equipment.endsWith(',是,0.50 ≤ 0.50 达标,0.501787 > 0.50 未达标')).toBe(true);
    expect(lines).toContain(
      '小学,informational-composite,综合差异系数（仅供参考，不作判定依据）,0.072,,,仅供参考，不作判定依据,,',
    );
  });

  it('a set that compares exactly: the usual seven columns, the informational composite last', () => {
    const lines = renderVariationCsv(exact, compulsoryQuality2017)
      .split('\r\n')
      .filter((l) => l !== '');
    expect(lines[0]).toBe('学段,指标编号,指标,差异系数,均值,标准（≤）,是否达标');
    expect(lines.at(-1)).toBe(
      '小学,informational-composite,综合差异系数（仅供参考，不作判定依据）,0.072,,,仅供参考，不作判定依据',
    );
  });
});

describe('HTML', () => {
  it('both comparisons in the table of CVs, and the informational composite under its label', () => {
    const html = renderHtmlReport({
      title: 't',
      compulsory: [{ assessment: rounded, set: compulsoryRoundedExample }],
    });
    expect(html).toContain('<th>修约比较（保留 2 位小数）</th><th>精确比较</th>');
    expect(html).toContain('<td>0.50 ≤ 0.50 达标</td><td>0.501787 &gt; 0.50 未达标</td>');
    expect(html).toContain('<h3>综合差异系数（仅供参考，不作判定依据）</h3>');
    const plain = renderHtmlReport({
      title: 't',
      compulsory: [{ assessment: exact, set: compulsoryQuality2017 }],
    });
    expect(plain).not.toContain('修约比较');
    expect(plain).toContain('<h3>综合差异系数（仅供参考，不作判定依据）</h3>');
  });
});
