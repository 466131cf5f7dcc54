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
    expect(sheets.map((s) => s.sheet)).toEqual([
      '学校数据',
      '县级指标',
      '一票否决',
      '社会认可度',
      '填表说明',
    ]);
    expect(sheets[0]?.data).toEqual([COMPULSORY_CSV_COLUMNS.map((c) => c.zh)]);
    const explanation = sheets[4]?.data ?? [];
    expect(explanation[0]).toEqual([
      '工作表 / Sheet',
      '列名 / Column',
      '单位 / Unit',
      '必填 / Required',
      '示例 / Example',
      '说明',
      'Meaning',
    ]);
    const school = explanation.filter((row) => row[0] === '学校数据');
    expect(school).toHaveLength(COMPULSORY_CSV_COLUMNS.length);
    expect(school[0]).toEqual([
      '学校数据',
      '学校代码',
      null,
      '是 / yes',
      's01',
      '学校唯一编号；同一学校的多个学段填同一代码',
      'unique school id; every section of a school repeats it',
    ]);
    const area = school.find((row) => row[1] === '教学及辅助用房面积');
    expect(area?.slice(2, 5)).toEqual(['平方米 / m²', '否 / no', '3900.5']);
    const money = school.find((row) => row[1] === '教学仪器设备值(元)');
    expect(money?.[2]).toBe('元 / yuan');
  });

  it('--lang en writes English headers; --out FILE.xlsx alone picks the xlsx format', async () => {
    const out = join(cli.dir, 'en.xlsx');
    expect((await run('template', 'compulsory', '--lang', 'en', '--out', out)).status).toBe(0);
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['schools', '县级指标', '一票否决', '社会认可度', '填表说明']);
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
