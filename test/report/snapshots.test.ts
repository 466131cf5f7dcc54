/**
 * Pinned reports: the Markdown and CSV that `dudao assess` and `dudao ledger` print for the
 * examples, in Chinese and English, kept as readable files under `__snapshots__/` (CSV with its
 * CRLF line ends shown as plain line breaks). A change to any report shows up as a reviewable
 * diff of those files; `vitest -u` rewrites them. The CSV is written from the workbook tables
 * (`--format xlsx`), so the snapshots pin both; the tables keep numbers as numbers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryGaps } from '../../src/assess/gap.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { preschoolGaps } from '../../src/assess/preschool-gap.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import type { IndicatorSet } from '../../src/indicators/types.js';
import { loadLedger } from '../../src/ledger/fold.js';
import {
  renderCompulsoryCsv,
  renderLedgerCsv,
  renderPreschoolCsv,
  renderVariationCsv,
} from '../../src/report/csv.js';
import type { Lang } from '../../src/report/format.js';
import { renderHtmlReport } from '../../src/report/html.js';
import { renderLedgerMarkdown } from '../../src/report/ledger-markdown.js';
import { renderCompulsoryMarkdown } from '../../src/report/markdown.js';
import { renderPreschoolMarkdown } from '../../src/report/preschool-markdown.js';
import { compulsoryWorkbook, ledgerWorkbook, preschoolWorkbook } from '../../src/report/workbook.js';
import { ledgerReport } from '../../src/scoring/report.js';

const example = (name: string): unknown =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../examples', name), 'utf8'));

const AS_OF = '2021-12-10';
const LANGS: readonly Lang[] = ['zh', 'en'];

function compulsory(set: IndicatorSet) {
  return assessCompulsory(example('county-compulsory.json'), set);
}
const preschool = () => assessPreschool(example('county-preschool.json'), preschool2020);
const ledger = () => ledgerReport(loadLedger(example('ledger.json')).state, { asOf: AS_OF });

/** CSV as the command prints it, checked for CRLF line ends, then shown with plain line breaks. */
function readableCsv(csv: string): string {
  expect(csv.endsWith('\r\n')).toBe(true);
  return csv.replaceAll('\r\n', '\n');
}

describe('pinned reports (examples/*.json)', () => {
  for (const lang of LANGS) {
    it(`compulsory-quality-2017, ${lang}: Markdown and CSV`, async () => {
      const assessment = compulsory(compulsoryQuality2017);
      const gaps = compulsoryGaps(assessment, compulsoryQuality2017);
      await expect(
        renderCompulsoryMarkdown(assessment, compulsoryQuality2017, { lang, gaps }),
      ).toMatchFileSnapshot(`__snapshots__/compulsory-quality-2017.${lang}.md`);
      const csv = `${renderCompulsoryCsv(assessment, compulsoryQuality2017, { lang })}\r\n${renderVariationCsv(assessment, compulsoryQuality2017, { lang })}`;
      await expect(readableCsv(csv)).toMatchFileSnapshot(`__snapshots__/compulsory-quality-2017.${lang}.csv`);
    });

    it(`preschool-2020, ${lang}: Markdown and CSV`, async () => {
      const assessment = preschool();
      const gaps = preschoolGaps(assessment, preschool2020);
      await expect(renderPreschoolMarkdown(assessment, preschool2020, { lang, gaps })).toMatchFileSnapshot(
        `__snapshots__/preschool-2020.${lang}.md`,
      );
      await expect(readableCsv(renderPreschoolCsv(assessment, preschool2020, { lang }))).toMatchFileSnapshot(
        `__snapshots__/preschool-2020.${lang}.csv`,
      );
    });

    it(`ledger on ${AS_OF}, ${lang}: Markdown and CSV`, async () => {
      const report = ledger();
      await expect(renderLedgerMarkdown(report, { lang })).toMatchFileSnapshot(
        `__snapshots__/ledger.${lang}.md`,
      );
      await expect(readableCsv(renderLedgerCsv(report, { lang }))).toMatchFileSnapshot(
        `__snapshots__/ledger.${lang}.csv`,
      );
    });
  }
});

describe('workbook tables (the CSV and XLSX content)', () => {
  it('numbers are number cells at full precision with their rounding as text; words and ids stay text; blanks are empty', () => {
    const [, , sections, variation] = compulsoryWorkbook(
      compulsory(compulsoryQuality2017),
      compulsoryQuality2017,
    );
    expect(sections?.name).toBe('学校学段指标');
    expect(variation?.name).toBe('校际差异系数');
    // S01 (1620 pupils, 95 full-time teachers, 72 of them above the required qualification):
    // 72 ÷ 1620 × 100 = 4.444… stored as it is, shown as 4.44
    const qualified = sections?.rows.find((r) => r[0] === 'S01' && r[3] === 'qualified-teachers-per-100');
    expect(qualified).toEqual([
      'S01',
      '城关第一小学',
      '小学',
      'qualified-teachers-per-100',
      expect.any(String),
      { value: (72 / 1620) * 100, text: '4.44', places: 2 },
      { value: 4.2, text: '4.2', places: 1 },
      '是',
      { value: 72, text: '72', places: 0 },
      { value: 1620, text: '1620', places: 0 },
    ]);
    for (const row of variation?.rows ?? []) {
      expect(row[3]).toMatchObject({ places: 3, format: '0.000' }); // CV, 3 decimals
    }
    const [summary, overdue] = ledgerWorkbook(ledger(), { lang: 'en' });
    // the README's figures: on 2021-12-10 the rectification rate is 82.50 %, 3 issues overdue
    expect(summary?.rows[0]?.[0]).toBe('all');
    expect(summary?.rows[0]?.[1]).toBeNull();
    expect(summary?.rows[0]).toContainEqual({ value: 82.5, text: '82.50', places: 2 });
    expect(overdue?.name).toBe('Overdue issues');
    expect(overdue?.rows).toHaveLength(3);
  });

  it('sheet names are legal in spreadsheets (≤ 31 characters, none of []:*?/\\)', () => {
    for (const lang of LANGS) {
      const tables = [
        ...compulsoryWorkbook(compulsory(compulsoryBasic2012), compulsoryBasic2012, { lang }),
        ...preschoolWorkbook(preschool(), preschool2020, { lang }),
        ...ledgerWorkbook(ledger(), { lang }),
      ];
      for (const t of tables) {
        expect(t.name.length).toBeLessThanOrEqual(31);
        expect(t.name).not.toMatch(/[[\]:*?/\\]/);
      }
    }
  });
});

describe('reports of plain results', () => {
  it('render a result that crossed structuredClone (a worker boundary) exactly as the result itself', () => {
    const assessment = compulsory(compulsoryQuality2017);
    const gaps = compulsoryGaps(assessment, compulsoryQuality2017);
    const school = preschool();
    const report = ledger();
    for (const lang of LANGS) {
      expect(
        renderCompulsoryMarkdown(structuredClone(assessment), compulsoryQuality2017, {
          lang,
          gaps: structuredClone(gaps),
        }),
      ).toBe(renderCompulsoryMarkdown(assessment, compulsoryQuality2017, { lang, gaps }));
      expect(renderPreschoolMarkdown(structuredClone(school), preschool2020, { lang })).toBe(
        renderPreschoolMarkdown(school, preschool2020, { lang }),
      );
      expect(renderLedgerMarkdown(structuredClone(report), { lang })).toBe(
        renderLedgerMarkdown(report, { lang }),
      );
      expect(
        renderHtmlReport(
          {
            title: 't',
            compulsory: [{ assessment: structuredClone(assessment), set: compulsoryQuality2017 }],
          },
          { lang },
        ),
      ).toBe(
        renderHtmlReport({ title: 't', compulsory: [{ assessment, set: compulsoryQuality2017 }] }, { lang }),
      );
    }
  });

  it('workbook tables are plain data: structuredClone keeps them whole', () => {
    const tables = [
      ...compulsoryWorkbook(compulsory(compulsoryBasic2012), compulsoryBasic2012),
      ...preschoolWorkbook(preschool(), preschool2020),
      ...ledgerWorkbook(ledger()),
    ];
    expect(structuredClone(tables)).toEqual(tables);
  });
});
