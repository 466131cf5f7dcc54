import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { COMPULSORY_CSV_COLUMNS } from '../../src/io/compulsory-columns.js';
import { runCli, useCli } from './run.js';

const cli = useCli('dudao-template-xlsx-');

const run = (...args: string[]) => runCli(cli.script, args);

describe.concurrent('dudao template compulsory --format xlsx', () => {
  it('writes the data sheet with the Chinese headers and the explanation sheet', async () => {
    const out = join(cli.dir, 'zh.xlsx');
    expect(await run('template', 'compulsory', '--format', 'xlsx', '--out', out)).toMatchObject({
      status: 0,
      stdout: '',
      stderr: '',
    });
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['学校数据', '说明 (Columns)']);
    expect(sheets[0]?.data).toEqual([COMPULSORY_CSV_COLUMNS.map((c) => c.zh)]);
    const explanation = sheets[1]?.data ?? [];
    expect(explanation[0]).toEqual([
      '列名 / Column',
      '英文列名 / English header',
      '单位 / Unit',
      '必填 / Required',
      '示例 / Example',
      '说明',
      'Meaning',
    ]);
    expect(explanation).toHaveLength(COMPULSORY_CSV_COLUMNS.length + 1);
    expect(explanation[1]).toEqual([
      '学校代码',
      'school id',
      null,
      '是 / yes',
      's01',
      '学校唯一编号；同一学校的多个学段填同一代码',
      'unique school id; every section of a school repeats it',
    ]);
    const area = explanation.find((row) => row[0] === '教学及辅助用房面积');
    expect(area?.slice(1, 5)).toEqual(['teaching auxiliary area', '平方米 / m²', '否 / no', '3900.5']);
  });

  it('--lang en writes English headers; --out FILE.xlsx alone picks the xlsx format', async () => {
    const out = join(cli.dir, 'en.xlsx');
    expect((await run('template', 'compulsory', '--lang', 'en', '--out', out)).status).toBe(0);
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['schools', '说明 (Columns)']);
    expect(sheets[0]?.data[0]?.slice(0, 4)).toEqual(['school id', 'school name', 'school kind', 'ownership']);
  });

  it('a workbook never goes to a terminal: --format xlsx without --out is a usage error', async () => {
    const result = await run('template', 'compulsory', '--format', 'xlsx');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe(
      'dudao: --format xlsx writes a binary file: give --out FILE.xlsx',
    );
  });
});
