/**
 * Every CSV dudao writes is safe to open in a spreadsheet (issue #18, item 5): user-supplied text
 * (school ids and names, indicator names of a custom set, issue descriptions, counties,
 * categories, departments) that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
 * written with a single quote in front (OWASP), and every number column is exactly what it was.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import type { IndicatorSet } from '../../src/indicators/types.js';
import { parseCsvRecords } from '../../src/io/compulsory-csv.js';
import { loadLedger } from '../../src/ledger/fold.js';
import {
  renderCompulsoryCsv,
  renderLedgerCsv,
  renderPreschoolCsv,
  renderVariationCsv,
  workbookTableToCsv,
} from '../../src/report/csv.js';
import { ledgerReport } from '../../src/scoring/report.js';
import { HAND_AS_OF, handLedgerDocument } from '../fixtures/ledger-hand.js';

const HYPERLINK = '=HYPERLINK("http://x","y")';
const ATTACKS = [HYPERLINK, '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'] as const;
const DANGEROUS = /^[=+\-@\t\r]/;
const NUMBER = /^-?\d+(\.\d+)?$/;

const example = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../examples', name), 'utf8'));

/** Every cell of a CSV text (tables separated by an empty line included). */
const cellsOf = (csv: string): string[][] => parseCsvRecords(csv).map((r) => [...r.cells]);

/** No cell starts with a character a spreadsheet would evaluate, unless it is a plain number. */
function expectSafe(csv: string): void {
  for (const row of cellsOf(csv)) {
    for (const cell of row) {
      if (DANGEROUS.test(cell)) expect(cell).toMatch(NUMBER);
    }
  }
}

/** Replaces texts everywhere in a JSON document (each replacement properly escaped). */
function replaceTexts<T>(value: T, replacements: Readonly<Record<string, string>>): T {
  let text = JSON.stringify(value);
  for (const [from, to] of Object.entries(replacements)) {
    text = text.replaceAll(JSON.stringify(from).slice(1, -1), JSON.stringify(to).slice(1, -1));
  }
  return JSON.parse(text) as T;
}

/** A set whose indicator names are attacks, as a custom (provincial) set could be. */
function attackedSet(set: IndicatorSet): IndicatorSet {
  return {
    ...set,
    indicators: set.indicators.map((indicator, i) => {
      const attack = ATTACKS[i % ATTACKS.length] as string;
      return { ...indicator, name: { zh: attack, en: attack } };
    }),
  };
}

describe('compulsory assessment CSV: school ids and names, indicator names', () => {
  const county = example('county-compulsory.json') as { schools: { id: string; name: string }[] };
  const attacked = structuredClone(county);
  ATTACKS.forEach((attack, i) => {
    (attacked.schools[i] as { name: string }).name = attack;
  });
  (attacked.schools[6] as { id: string }).id = '-7';
  const before = assessCompulsory(county, compulsoryQuality2017);
  const after = assessCompulsory(attacked, compulsoryQuality2017);

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: every attack is written with a quote in front; the numbers are unchanged`, () => {
      const csv = renderCompulsoryCsv(after, attackedSet(compulsoryQuality2017), { lang });
      expectSafe(csv);
      const rows = cellsOf(csv);
      const names = new Set(rows.map((r) => r[1]));
      for (const attack of ATTACKS) expect(names).toContain(`'${attack}`);
      expect(new Set(rows.map((r) => r[0]))).toContain("'-7");
      expect(new Set(rows.map((r) => r[4]))).toContain(`'${HYPERLINK}`);
      // value, threshold, met, numerator, denominator: as for the untouched county
      const plain = cellsOf(renderCompulsoryCsv(before, compulsoryQuality2017, { lang }));
      expect(rows.map((r) => r.slice(5))).toEqual(plain.map((r) => r.slice(5)));
    });
  }

  it('the variation CSV: indicator names of a custom set', () => {
    const csv = renderVariationCsv(after, attackedSet(compulsoryBasic2012));
    expectSafe(csv);
    expect(cellsOf(csv).map((r) => r[2])).toContain("'+1");
  });
});

describe('preschool assessment CSV: indicator names of a custom set', () => {
  it('every attack is neutralised, the figures are not', () => {
    const assessment = assessPreschool(example('county-preschool.json'), preschool2020);
    const csv = renderPreschoolCsv(assessment, attackedSet(preschool2020), { lang: 'en' });
    expectSafe(csv);
    const rows = cellsOf(csv);
    for (const attack of ATTACKS) expect(rows.map((r) => r[2])).toContain(`'${attack}`);
    const plain = cellsOf(renderPreschoolCsv(assessment, preschool2020, { lang: 'en' }));
    expect(rows.map((r) => r.slice(3))).toEqual(plain.map((r) => r.slice(3)));
  });
});

describe('ledger CSV: descriptions, counties, categories and departments', () => {
  const attacked = replaceTexts(handLedgerDocument, {
    新建小区配套学校未同步建设: HYPERLINK, // A08's description, overdue
    住建局: '+1',
    自然资源局: '-1+2',
    编办: '@SUM(A1)',
    操场被占用: '\tx', // B02's description, overdue
    教职工编制缺口: '\rx', // C04's description, overdue
    '610330': '-610330',
    'school-layout': '=1+2',
  });
  const report = (document: unknown) => ledgerReport(loadLedger(document).state, { asOf: HAND_AS_OF });

  for (const lang of ['zh', 'en'] as const) {
    it(`${lang}: every attack is written with a quote in front; the counts and rates are unchanged`, () => {
      const csv = renderLedgerCsv(report(attacked), { lang });
      expectSafe(csv);
      const cells = cellsOf(csv).flat();
      for (const attack of [...ATTACKS, '-610330', '=1+2']) expect(cells).toContain(`'${attack}`);
      const [summary, overdue] = csv.split('\r\n\r\n') as [string, string];
      const [plainSummary, plainOverdue] = renderLedgerCsv(report(handLedgerDocument), { lang }).split(
        '\r\n\r\n',
      ) as [string, string];
      const figures = (table: string) =>
        cellsOf(table)
          .map((r) => r.slice(2).join(','))
          .sort();
      expect(figures(summary)).toEqual(figures(plainSummary));
      expect(cellsOf(overdue).map((r) => r[5])).toEqual(cellsOf(plainOverdue).map((r) => r[5]));
    });
  }
});

describe('workbookTableToCsv: cells are told apart by type', () => {
  it('a negative number cell (a shortfall) is written as it is; the same text in a text cell is not', () => {
    const csv = workbookTableToCsv({
      name: 'gaps',
      columns: ['school', 'shortfall', 'note'],
      rows: [['-1+2', { value: -3.5, text: '-3.5', places: 1 }, '-3.5']],
    });
    expect(csv).toBe("school,shortfall,note\r\n'-1+2,-3.5,'-3.5\r\n");
  });
});
