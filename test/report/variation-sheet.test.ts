/**
 * The CV sheet of the assessment workbook (校际差异系数, the `--format xlsx` content) with the
 * figures counties print: where a set compares rounded CVs (`rules.variation.compareRounded`),
 * two more columns give both comparisons, as the CSV writes them; the 2017 composite CV appears
 * as an informational row; numbers are stored at full precision.
 *
 * The county (as in county-figures.test.ts): two primary schools of 100 pupils with 1501.787 and
 * 498.213 yuan of equipment per pupil: mean 1000, S = 501.787, CV = 0.501787; every other CV is 0.
 * At 2 decimals 0.50 ≤ 0.50 (met); exactly 0.501787 > 0.50 (not met). The composite of the 2017
 * set is (0.501787 + 6 × 0) ÷ 7 = 0.0716838…, shown as 0.072.
 *
 * A set without `compareRounded` keeps the sheet it had before these columns: the golden file
 * `__golden__/variation-sheet.before.json` was written by the workbook before this change.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { customizeIndicatorSet } from '../../src/indicators/customize.js';
import type { IndicatorSet } from '../../src/indicators/types.js';
import { renderVariationCsv, workbookTableToCsv } from '../../src/report/csv.js';
import { compulsoryWorkbook, type WorkbookTable } from '../../src/report/workbook.js';
import { dataset, primaryMeetingAll, school, section2017 } from '../fixtures/compulsory-builders.js';
import { compulsoryRoundedExample } from '../fixtures/provincial-examples.js';

function twoSchools() {
  const base = primaryMeetingAll(100);
  return dataset([
    school('a', 'primary', section2017(100, { ...base, equipment: '150178.7' })),
    school('b', 'primary', section2017(100, { ...base, equipment: '49821.3' })),
  ]);
}

function sheet(set: IndicatorSet, lang: 'zh' | 'en' = 'zh'): WorkbookTable {
  const table = compulsoryWorkbook(assessCompulsory(twoSchools(), set), set, { lang })[3];
  if (table === undefined) throw new Error('no CV sheet');
  return table;
}

const BEFORE = JSON.parse(
  readFileSync(join(import.meta.dirname, '__golden__', 'variation-sheet.before.json'), 'utf8'),
) as Record<string, WorkbookTable>;

const CV = 0.501787;

describe('the CV sheet of a set that compares rounded CVs (2 decimals)', () => {
  it('two more columns: 0.501787 is met rounded (0.50 ≤ 0.50), not met exactly; the CV stored unrounded', () => {
    const table = sheet(compulsoryRoundedExample);
    expect(table.name).toBe('校际差异系数');
    expect(table.columns).toEqual([
      '学段',
      '指标编号',
      '指标',
      '差异系数',
      '均值',
      '标准（≤）',
      '是否达标',
      '修约比较（保留 2 位小数）',
      '精确比较',
    ]);
    const row = table.rows.find((r) => r[1] === 'equipment-value-per-pupil');
    expect(row).toEqual([
      '小学',
      'equipment-value-per-pupil',
      '生均教学仪器设备值',
      { value: expect.closeTo(CV, 12), text: '0.502', places: 3, format: '0.000' },
      { value: 1000, text: '1000', places: 0 },
      { value: 0.5, text: '0.50', places: 2 },
      '是',
      '0.50 ≤ 0.50 达标',
      '0.501787 > 0.50 未达标',
    ]);
    // the CV itself, not its rounding
    expect(row?.[3]).not.toMatchObject({ value: 0.502 });
    // every row has a cell under every column
    for (const r of table.rows) expect(r).toHaveLength(table.columns.length);
  });

  it('a CV of 0 (every other indicator): 0.00 ≤ limit both ways', () => {
    const table = sheet(compulsoryRoundedExample);
    const others = table.rows.filter(
      (r) => r[1] !== 'equipment-value-per-pupil' && r[1] !== 'informational-composite',
    );
    expect(others).toHaveLength(6);
    for (const r of others) {
      expect(r[3]).toMatchObject({ value: 0, text: '0.000' });
      expect(r[7]).toMatch(/^0\.00 ≤ 0\.\d\d 达标$/);
      expect(r[8]).toMatch(/^0\.000000 ≤ 0\.\d\d 达标$/);
    }
  });

  it('the informational composite: (0.501787 + 6 × 0) ÷ 7, a number shown 0.072, marked as deciding nothing', () => {
    const rows = sheet(compulsoryRoundedExample).rows.filter((r) => r[1] === 'informational-composite');
    expect(rows).toEqual([
      [
        '小学',
        'informational-composite',
        '综合差异系数（仅供参考，不作判定依据）',
        { value: expect.closeTo(CV / 7, 12), text: '0.072', places: 3, format: '0.000' },
        null,
        null,
        '仅供参考，不作判定依据',
        null,
        null,
      ],
    ]);
    const en = sheet(compulsoryRoundedExample, 'en');
    expect(en.columns.slice(7)).toEqual(['Rounded comparison (2 decimals)', 'Exact comparison']);
    expect(en.rows.find((r) => r[1] === 'equipment-value-per-pupil')?.slice(6)).toEqual([
      'yes',
      '0.50 ≤ 0.50 met',
      '0.501787 > 0.50 not met',
    ]);
    expect(en.rows.find((r) => r[1] === 'informational-composite')?.slice(2, 3)).toEqual([
      'Composite CV (for information only, not a basis for any verdict)',
    ]);
  });
});

describe('a 2012 set that compares rounded CVs: the composite decides, so it is compared both ways', () => {
  it('examples/county-compulsory.json: composite rows carry both comparisons; single CVs (no limit) leave them empty', () => {
    const set = customizeIndicatorSet(compulsoryBasic2012, {
      id: 'compulsory-basic-2012-rounded-test',
      rules: { variation: { compareRounded: 2 } },
    });
    const data = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../examples/county-compulsory.json'), 'utf8'),
    ) as unknown;
    const assessment = assessCompulsory(data as Parameters<typeof assessCompulsory>[0], set);
    const table = compulsoryWorkbook(assessment, set)[3] as WorkbookTable;
    expect(table.columns.slice(7)).toEqual(['修约比较（保留 2 位小数）', '精确比较']);
    const composite = table.rows.filter((r) => r[1] === 'composite');
    expect(composite).toHaveLength(2);
    for (const [i, row] of composite.entries()) {
      const entry = assessment.composite?.[i];
      const cv = entry?.cv ?? Number.NaN;
      expect(row[3]).toMatchObject({ value: cv, format: '0.000' });
      // rounded half up to 2 decimals and exactly to 6, both within the limit (met both ways)
      expect(row[7]).toBe(`${entry?.rounding?.roundedCv?.toFixed(2)} ≤ ${entry?.limit.toFixed(2)} 达标`);
      expect(row[8]).toMatch(new RegExp(`^${cv.toFixed(6).replace('.', '\\.')} ≤ 0\\.\\d\\d 达标$`));
    }
    for (const row of table.rows.filter((r) => r[1] !== 'composite'))
      expect(row.slice(5)).toEqual([null, null, null, null]);
    expect(workbookTableToCsv(table)).toBe(renderVariationCsv(assessment, set));
  });
});

describe('the same columns and rows as the CSV', () => {
  for (const set of [compulsoryRoundedExample, compulsoryQuality2017, compulsoryBasic2012]) {
    for (const lang of ['zh', 'en'] as const) {
      it(`${set.id} (${lang})`, () => {
        const assessment = assessCompulsory(twoSchools(), set);
        const table = compulsoryWorkbook(assessment, set, { lang })[3];
        expect(table).toBeDefined();
        expect(workbookTableToCsv(table as WorkbookTable)).toBe(
          renderVariationCsv(assessment, set, { lang }),
        );
      });
    }
  }
});

describe('a set without compareRounded: the sheet as before', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`compulsory-basic-2012 (${lang}): columns and rows exactly as before`, () => {
      const before = BEFORE[`compulsory-basic-2012.${lang}`];
      expect(before?.rows.length).toBeGreaterThan(0);
      expect(sheet(compulsoryBasic2012, lang)).toEqual(before);
    });

    it(`compulsory-quality-2017 (${lang}): columns and rows as before, then only the informational composite`, () => {
      const before = BEFORE[`compulsory-quality-2017.${lang}`];
      const table = sheet(compulsoryQuality2017, lang);
      expect(table.name).toBe(before?.name);
      expect(table.columns).toEqual(before?.columns);
      expect(table.columns).toHaveLength(7);
      const n = before?.rows.length ?? 0;
      expect(n).toBe(7);
      expect(table.rows.slice(0, n)).toEqual(before?.rows);
      expect(table.rows.slice(n).map((r) => r[1])).toEqual(['informational-composite']);
      expect(table.rows[n]?.[3]).toMatchObject({ text: '0.072', format: '0.000' });
      expect(table.rows[n]).toHaveLength(7);
    });
  }
});
