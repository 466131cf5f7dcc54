/**
 * Broken input files through the built command line, each as CSV and as XLSX: a wrong header, an
 * empty file, a text in a number cell, an unknown school kind. Each prints the exact problem with
 * its place (CSV line or sheet row, and column), the rule, in English and Chinese; exits 1;
 * prints nothing on standard output and writes no report: nothing is assessed until the file is
 * clean.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { runCli, useCli } from './run.js';

const cli = useCli('dudao-broken-');

const COUNTY = ['--county-code', '610328', '--county-name', '示例县', '--year', '2021'];
const HEAD = ['学校代码', '学校名称', '学校类型', '办学性质', '学段', '在校生数', '班级数'];
type Rows = (string | number | null)[][];

/** Writes the rows as `<name>.csv` and as `<name>.xlsx` (sheet 学校数据), returns both paths. */
async function both(name: string, rows: Rows): Promise<{ csv: string; xlsx: string }> {
  const csv = join(cli.dir, `${name}.csv`);
  const xlsx = join(cli.dir, `${name}.xlsx`);
  writeFileSync(csv, rows.map((r) => r.map((c) => c ?? '').join(',')).join('\r\n'));
  await writeXlsxFile([{ sheet: '学校数据', data: rows }]).toFile(xlsx);
  return { csv, xlsx };
}

/** Assesses the file with a report file as output: exit 1, the expected stderr, no output at all. */
async function rejected(file: string, stderr: string): Promise<void> {
  const out = `${file}.report.md`;
  const result = await runCli(cli.script, [
    'assess',
    'compulsory-quality-2017',
    file,
    ...COUNTY,
    '--out',
    out,
  ]);
  expect(result.stderr).toBe(stderr);
  expect(result.status).toBe(1);
  expect(result.stdout).toBe('');
  expect(existsSync(out)).toBe(false);
}

describe.concurrent('broken files: every problem at its place, exit 1, nothing assessed', () => {
  it('a wrong header (在校学生数 for 在校生数)', async () => {
    const header = HEAD.map((h) => (h === '在校生数' ? '在校学生数' : h));
    const { csv, xlsx } = await both('wrong-header', [
      header,
      ['s01', '城关小学', '小学', '公办', '小学', 812, 18],
    ]);
    // A CSV file's header errors say how its bytes were read (here: valid UTF-8, so UTF-8); a
    // workbook has no encoding to name.
    const lines = (where: string, read: { en: string; zh: string } | null) =>
      `${where}.row[1].column.在校学生数: unknown column "在校学生数"${read === null ? '' : ` (${read.en})`} / 未知的列 "在校学生数"${read === null ? '' : `（${read.zh}）`} [unknown-column]\n` +
      `${where}.row[1].column.在校生数: the required column "pupils" (在校生数) is missing${read === null ? '' : ` (${read.en})`} / 缺少必填列「在校生数」（pupils）${read === null ? '' : `（${read.zh}）`} [missing-column]\n`;
    await rejected(csv, lines('csv', { en: 'read as UTF-8', zh: '按UTF-8读取' }));
    await rejected(xlsx, lines('sheet.学校数据', null));
  });

  it('an empty file, a sheet without rows, and a header without data', async () => {
    const csv = join(cli.dir, 'empty.csv');
    writeFileSync(csv, '');
    await rejected(
      csv,
      'csv: the CSV file is empty: it needs a header row and at least one row of data / CSV 文件为空：需要表头行和至少一行数据 [empty-file]\n',
    );
    const xlsx = join(cli.dir, 'empty.xlsx');
    writeFileSync(xlsx, '');
    await rejected(
      xlsx,
      `xlsx: ${xlsx} is empty: it needs a sheet with a header row and at least one row of data / ${xlsx} 为空：需要一个含表头行和至少一行数据的工作表 [empty-file]\n`,
    );
    const blank = join(cli.dir, 'blank-sheet.xlsx');
    await writeXlsxFile([{ sheet: '学校数据', data: [] }]).toFile(blank);
    await rejected(
      blank,
      'sheet.学校数据: sheet "学校数据" is empty: it needs a header row and at least one row of data / 工作表「学校数据」为空：需要表头行和至少一行数据 [empty-file]\n',
    );
    const headerOnly = await both('header-only', [HEAD]);
    await rejected(
      headerOnly.csv,
      'csv: the CSV file has a header row but no rows of data / CSV 文件只有表头，没有数据行 [empty-file]\n',
    );
    await rejected(
      headerOnly.xlsx,
      'sheet.学校数据: sheet "学校数据" has a header row but no rows of data / 工作表「学校数据」只有表头，没有数据行 [empty-file]\n',
    );
  });

  it('a text in a number cell (在校生数 = 八十 on row 3)', async () => {
    const { csv, xlsx } = await both('text-in-number', [
      HEAD,
      ['s01', '城关小学', '小学', '公办', '小学', 812, 18],
      ['s02', '东风小学', '小学', '公办', '小学', '八十', 2],
    ]);
    const line = (where: string) =>
      `${where}.row[3].column.在校生数: "pupils" must be a number (got "八十") / 「在校生数」必须是数字（实际为 "八十"） [not-a-number]\n`;
    await rejected(csv, line('csv'));
    await rejected(xlsx, line('sheet.学校数据'));
  });

  it('an unknown school kind (职业高中)', async () => {
    const { csv, xlsx } = await both('unknown-kind', [
      HEAD,
      ['s01', '县职教中心', '职业高中', '公办', '初中', 300, 6],
    ]);
    const allowed =
      '小学, 初中, 初级中学, 九年一贯制, 九年一贯制学校, 十二年一贯制, 十二年一贯制学校, 完全中学, 教学点, 特殊教育学校, 特殊教育, ' +
      'primary, junior, nine-year, twelve-year, complete-secondary, teaching-point, special-education';
    const line = (where: string) =>
      `${where}.row[2].column.学校类型: unknown school kind "职业高中" (allowed: ${allowed}) / 未知的学校类型 "职业高中"（允许：${allowed}） [unknown-school-kind]\n`;
    await rejected(csv, line('csv'));
    await rejected(xlsx, line('sheet.学校数据'));
  });

  it('a file named .xlsx that is not a workbook', async () => {
    const file = join(cli.dir, 'notes.xlsx');
    writeFileSync(file, '学校代码,学校名称\n');
    await rejected(
      file,
      `xlsx: ${file} cannot be read as an .xlsx workbook: it is not a spreadsheet / ${file} 无法作为 .xlsx 工作簿读取：它不是电子表格文件 [invalid-xlsx]\n`,
    );
  });

  it('validate reports the same problems with exit 1', async () => {
    const { xlsx } = await both('validate-kind', [HEAD, ['s01', 'a', '职高', '公办', '初中', 300, 6]]);
    const result = await runCli(cli.script, ['validate', xlsx, ...COUNTY]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(
      result.stderr.startsWith('sheet.学校数据.row[2].column.学校类型: unknown school kind "职高"'),
    ).toBe(true);
  });
});
