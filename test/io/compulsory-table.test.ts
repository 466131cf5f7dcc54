/**
 * The table reader behind CSV and spreadsheet input: a sheet's rows (numbers, booleans, blanks,
 * leading empty rows) become the same dataset as the equivalent CSV, and every problem is placed
 * at its sheet, row and column. Also the cell text rules and the spreadsheet template tables.
 */
import { describe, expect, it } from 'vitest';
import { DudaoError, type DudaoIssue, formatPath } from '../../src/error.js';
import { COMPULSORY_CSV_COLUMNS } from '../../src/io/compulsory-columns.js';
import { compulsoryDatasetFromCsv } from '../../src/io/compulsory-csv.js';
import {
  compulsoryDatasetFromSheet,
  compulsoryDatasetFromTable,
  type SheetRows,
  tableCellText,
} from '../../src/io/compulsory-reader.js';
import { COLUMNS_SHEET_NAME, compulsoryTemplateWorkbook } from '../../src/io/compulsory-template.js';
import { columnLetter } from '../../src/io/sheet-header.js';

const OPTIONS = { county: { code: '610328', name: '示例县' }, year: 2021 };
const HEAD = ['学校代码', '学校名称', '学校类型', '办学性质', '学段', '在校生数', '班级数'];

function issuesOf(sheet: SheetRows): DudaoIssue[] {
  try {
    compulsoryDatasetFromSheet(sheet, OPTIONS);
  } catch (error) {
    expect(error).toBeInstanceOf(DudaoError);
    return [...(error as DudaoError).issues];
  }
  throw new Error('expected a DudaoError');
}

const brief = (issues: DudaoIssue[]) => issues.map((i) => `${formatPath(i.path)} [${i.code}]`);

describe('tableCellText', () => {
  it('writes numbers in full as decimals, booleans as TRUE/FALSE, blanks as empty text, and trims text', () => {
    expect(tableCellText(812)).toBe('812');
    expect(tableCellText(3900.5)).toBe('3900.5');
    expect(tableCellText(1e-7)).toBe('0.0000001');
    expect(tableCellText(1e21)).toBe('1000000000000000000000');
    expect(tableCellText(Number.NaN)).toBe('NaN');
    expect(tableCellText(true)).toBe('TRUE');
    expect(tableCellText(null)).toBe('');
    expect(tableCellText(undefined)).toBe('');
    expect(tableCellText('  城关小学 ')).toBe('城关小学');
  });

  it('names columns by their spreadsheet letters', () => {
    expect([0, 6, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      'A',
      'G',
      'Z',
      'AA',
      'AB',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });
});

describe('compulsoryDatasetFromSheet', () => {
  it('reads number cells exactly and gives the same dataset as the equivalent CSV', () => {
    const sheet: SheetRows = {
      name: '学校数据',
      rows: [
        [...HEAD, '教学及辅助用房面积', '各班人数'],
        ['s01', '城关小学', '小学', '公办', '小学', 90, 2, 3900.5, '45;45'],
        // a school id typed as a number stays its text
        [1002, '东风学校', '九年一贯制', '公办', '初中', 60, 2, null],
      ],
    };
    const csv = [
      `${HEAD.join(',')},教学及辅助用房面积,各班人数`,
      's01,城关小学,小学,公办,小学,90,2,3900.5,45;45',
      '1002,东风学校,九年一贯制,公办,初中,60,2,,',
    ].join('\n');
    const fromSheet = compulsoryDatasetFromSheet(sheet, OPTIONS);
    expect(fromSheet).toEqual(compulsoryDatasetFromCsv(csv, OPTIONS));
    expect(fromSheet.schools[0]?.sections.primary?.stock?.teachingAuxiliaryArea).toBe('3900.5');
    expect(fromSheet.schools[1]?.id).toBe('1002');
  });

  it('matches headers written with full-width brackets, spaces or English capitals', () => {
    const rows = (headers: string[]) => ({
      name: '学校数据',
      rows: [
        [...HEAD, ...headers],
        ['s01', '城关小学', '小学', '公办', '小学', 90, 2, 1800000, 3900.5],
      ],
    });
    const expected = compulsoryDatasetFromSheet(rows(['教学仪器设备值(元)', '教学及辅助用房面积']), OPTIONS);
    for (const headers of [
      ['教学仪器设备值（元）', ' 教学及辅助用房面积 '],
      ['教学仪器设备值 (元)', '教学及辅助用房　面积'],
      ['Equipment Value (yuan)', 'TEACHING AUXILIARY AREA'],
    ]) {
      expect(compulsoryDatasetFromSheet(rows(headers), OPTIONS)).toEqual(expected);
    }
    expect(expected.schools[0]?.sections.primary?.stock?.equipmentValue).toBe('1800000');
  });

  it('keeps sheet row numbers: leading empty rows count, blank rows are skipped, short rows are padded', () => {
    const issues = issuesOf({
      name: '学校数据',
      rows: [
        [],
        [null, null],
        HEAD,
        ['s01', 'a', '小学', '公办', '小学', '八十', 2],
        [],
        ['s02', 'b', '小学'],
      ],
    });
    expect(brief(issues)).toEqual([
      'sheet.学校数据.row[4].column.在校生数 [not-a-number]',
      'sheet.学校数据.row[6].column.办学性质 [required]',
      'sheet.学校数据.row[6].column.学段 [required]',
      'sheet.学校数据.row[6].column.在校生数 [required]',
      'sheet.学校数据.row[6].column.班级数 [required]',
    ]);
    expect(issues[0]?.message).toBe('"pupils" must be a number (got "八十")');
    expect(issues[0]?.messageZh).toBe('「在校生数」必须是数字（实际为 "八十"）');
  });

  it('an empty sheet, and a sheet with only the header, are empty files named by the sheet', () => {
    const empty = issuesOf({ name: '学校数据', rows: [] });
    expect(empty.map((i) => [i.code, i.path, i.message, i.messageZh])).toEqual([
      [
        'empty-file',
        ['sheet', '学校数据'],
        'sheet "学校数据" is empty: it needs a header row and at least one row of data',
        '工作表「学校数据」为空：需要表头行和至少一行数据',
      ],
    ]);
    const headerOnly = issuesOf({ name: 'schools', rows: [HEAD] });
    expect(headerOnly.map((i) => [i.path, i.message])).toEqual([
      [['sheet', 'schools'], 'sheet "schools" has a header row but no rows of data'],
    ]);
  });

  it('ignores a column with neither header nor data, and names one with data by its letter', () => {
    const ok = compulsoryDatasetFromSheet(
      {
        name: 'S',
        rows: [
          [...HEAD, null],
          ['s01', 'a', '小学', '公办', '小学', 80, 2, null],
        ],
      },
      OPTIONS,
    );
    expect(ok.schools).toHaveLength(1);
    const issues = issuesOf({
      name: 'S',
      rows: [
        [...HEAD, null, '乡镇'],
        ['s01', 'a', '小学', '公办', '小学', 80, 2, 'x', '城关镇'],
      ],
    });
    expect(issues.map((i) => [formatPath(i.path), i.message, i.messageZh])).toEqual([
      ['sheet.S.row[1].column.H', 'column H holds data but has no header', '第 H 列有数据但没有表头'],
    ]);
  });

  it('an unknown school kind lists the allowed values in both languages', () => {
    const [issue] = issuesOf({ name: 'S', rows: [HEAD, ['s01', 'a', '职业高中', '公办', '小学', 80, 2]] });
    expect(issue?.code).toBe('unknown-school-kind');
    expect(formatPath(issue?.path ?? [])).toBe('sheet.S.row[2].column.学校类型');
    expect(issue?.message.startsWith('unknown school kind "职业高中" (allowed: 小学, 初中,')).toBe(true);
    expect(issue?.messageZh.startsWith('未知的学校类型 "职业高中"（允许：小学, 初中,')).toBe(true);
  });

  it('maps contract rules back to the sheet cell', () => {
    const issues = issuesOf({
      name: 'S',
      rows: [
        [...HEAD, '高中在校生数'],
        ['s01', 'a', '小学', '公办', '小学', 80, 2.5],
        ['s02', 'b', '十二年一贯制', '公办', '小学', 80, 2],
      ],
    });
    expect(brief(issues)).toEqual([
      'sheet.S.row[2].column.班级数 [not-integer]',
      'sheet.S.row[3].column.高中在校生数 [missing-senior-pupils]',
    ]);
  });
});

describe('compulsoryDatasetFromTable', () => {
  it('checks the cell count only for fixed-width sources', () => {
    const rows = [
      { row: 1, cells: HEAD },
      { row: 2, cells: ['s01', 'a', '小学', '公办', '小学', '80', '2', ''] },
    ];
    const name = { zh: '表', en: 'the table' };
    expect(() =>
      compulsoryDatasetFromTable({ source: { path: ['t'], name, fixedWidth: true }, rows }, OPTIONS),
    ).toThrow(expect.objectContaining({ code: 'wrong-cell-count', path: ['t', 'row', 2] }));
    const dataset = compulsoryDatasetFromTable(
      { source: { path: ['t'], name, fixedWidth: false }, rows },
      OPTIONS,
    );
    expect(dataset.schools[0]?.sections.primary?.pupils).toBe('80');
  });
});

describe('compulsoryTemplateWorkbook', () => {
  it('has the data sheet (headers only) and the column explanation sheet, both legal sheet names', () => {
    const [data, columns] = compulsoryTemplateWorkbook();
    expect(data?.name).toBe('学校数据');
    expect(data?.columns).toEqual(COMPULSORY_CSV_COLUMNS.map((c) => c.zh));
    expect(data?.rows).toEqual([]);
    expect(columns?.name).toBe(COLUMNS_SHEET_NAME);
    for (const table of compulsoryTemplateWorkbook({ lang: 'en' })) {
      expect(table.name.length).toBeLessThanOrEqual(31);
      expect(table.name).not.toMatch(/[[\]:*?/\\]/);
    }
    expect(compulsoryTemplateWorkbook({ lang: 'en' })[0]?.columns.slice(0, 3)).toEqual([
      'school id',
      'school name',
      'school kind',
    ]);
  });

  it('explains each column: zh and en headers, unit, required, example, meaning in both languages', () => {
    const columns = compulsoryTemplateWorkbook()[1];
    expect(columns?.rows).toHaveLength(COMPULSORY_CSV_COLUMNS.length);
    const row = (zh: string) => columns?.rows.find((r) => r[0] === zh);
    expect(row('在校生数')).toEqual([
      '在校生数',
      'pupils',
      '人 / persons',
      '是 / yes',
      '812',
      '本学段在校生数',
      'pupils of the section',
    ]);
    expect(row('教学仪器设备值(元)')?.slice(2, 5)).toEqual(['元 / yuan', '否 / no', '1800000']);
    expect(row('学校名称')?.[2]).toBeNull();
  });

  it('every example value is accepted by its own column', () => {
    const headers = COMPULSORY_CSV_COLUMNS.map((c) => c.zh);
    const examples = COMPULSORY_CSV_COLUMNS.map((c) => c.example);
    // the examples describe a nine-year school's primary section with senior pupils, which the
    // contract rejects only for the senior count: take that one out
    const senior = headers.indexOf('高中在校生数');
    examples[senior] = '';
    const dataset = compulsoryDatasetFromSheet({ name: 'S', rows: [headers, examples] }, OPTIONS);
    expect(dataset.schools[0]?.sections.primary?.stock?.musicRooms).toEqual(['96', '100']);
  });
});
