/**
 * Spreadsheets end to end, through the built command line: the `.xlsx` template filled with the
 * sample county's schools assesses exactly as the same data in JSON; `assess --format xlsx`
 * writes one sheet per report table with numbers as numbers; a workbook never goes to a
 * terminal (exit 2).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { COMPULSORY_CSV_COLUMNS } from '../../src/io/compulsory-columns.js';
import { ROOT, runCli, scratchFile, useCli } from './run.js';

const cli = useCli('dudao-xlsx-');

const run = (...args: string[]) => runCli(cli.script, args);
const COUNTY = ['--county-code', '610399', '--county-name', '示例县', '--year', '2021'];

type Json = Record<string, unknown>;
const KIND_ZH: Record<string, string> = {
  primary: '小学',
  junior: '初中',
  'nine-year': '九年一贯制',
  'twelve-year': '十二年一贯制',
  'complete-secondary': '完全中学',
  'teaching-point': '教学点',
  'special-education': '特殊教育学校',
};

/**
 * The sample county reduced to what a school table holds: its schools (S05's shared stock,
 * which has no column, taken out) and the county given on the command line.
 */
function sampleSchoolsOnly(): Json {
  const sample = JSON.parse(readFileSync(join(ROOT, 'examples/county-compulsory.json'), 'utf8')) as Json;
  const schools = (sample.schools as Json[]).map((s) => {
    const { sharedStock: _shared, ...rest } = s;
    return rest;
  });
  return {
    schemaVersion: 1,
    county: { code: '610399', name: '示例县' },
    year: 2021,
    schools,
    countyFacts: {},
    vetoes: {},
  };
}

/** One table row per school section, in the template's column order, numbers as number cells. */
function rowsOf(dataset: Json, headers: readonly string[]): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const school of dataset.schools as Json[]) {
    for (const [stage, section] of Object.entries(school.sections as Record<string, Json>)) {
      rows.push(
        headers.map((header) => {
          const column = COMPULSORY_CSV_COLUMNS.find((c) => c.zh === header);
          if (column === undefined) throw new Error(`no column ${header}`);
          let value: unknown;
          if (column.field === 'stage') value = stage === 'primary' ? '小学' : '初中';
          else if (column.field === 'kind') value = KIND_ZH[school.kind as string];
          else if (column.field === 'ownership') value = school.ownership === 'public' ? '公办' : '民办';
          else if (column.field.startsWith('sections.<stage>.')) {
            const path = column.field.slice('sections.<stage>.'.length).split('.');
            value = path.reduce<unknown>((v, key) => (v as Json | undefined)?.[key], section);
          } else value = school[column.field];
          if (value === undefined) return null;
          if (Array.isArray(value)) return value.join(';');
          if (column.type !== 'text' && /^\d+(\.\d+)?$/.test(String(value))) return Number(value);
          return String(value);
        }),
      );
    }
  }
  return rows;
}

describe.concurrent('xlsx input and output', () => {
  it('round trip: template xlsx → filled with the sample schools → assess equals the JSON input', async () => {
    const template = join(cli.dir, 'template.xlsx');
    const written = await run('template', 'compulsory', '--format', 'xlsx', '--out', template);
    expect(written).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const sheets = await readXlsxFile(template);
    const headers = sheets[0]?.data[0] as string[];
    expect(headers).toEqual(COMPULSORY_CSV_COLUMNS.map((c) => c.zh));

    const dataset = sampleSchoolsOnly();
    const filled = join(cli.dir, 'filled.xlsx');
    await writeXlsxFile([
      { sheet: sheets[0]?.sheet as string, data: [headers, ...rowsOf(dataset, headers)] },
      { sheet: sheets[1]?.sheet as string, data: sheets[1]?.data as string[][] },
    ]).toFile(filled);
    const json = scratchFile(cli.dir, 'schools.json', JSON.stringify(dataset));

    const [fromXlsx, fromJson] = await Promise.all([
      run('assess', 'compulsory-quality-2017', filled, ...COUNTY, '--format', 'json'),
      run('assess', 'compulsory-quality-2017', json, '--format', 'json'),
    ]);
    expect(fromXlsx.stderr).toBe('');
    expect(fromXlsx.status).toBe(0);
    expect(fromJson.status).toBe(0);
    const result = JSON.parse(fromXlsx.stdout) as {
      sections: { schoolId: string; stage: string }[];
      excluded: { schoolId: string }[];
    };
    // 9 schools on 10 rows (the nine-year school S05 has two); a small teaching point and the
    // special-education school are outside the resource indicators
    expect(result.sections.map((s) => `${s.schoolId}/${s.stage}`).join(' ')).toBe(
      'S01/primary S02/primary S03/primary S04/primary S05/primary S05/junior S06/junior S07/junior',
    );
    expect(result.excluded.map((e) => e.schoolId)).toEqual(['S08', 'S09']);
    expect(result).toEqual(JSON.parse(fromJson.stdout));

    const validated = await run('validate', filled, ...COUNTY);
    expect(validated.status).toBe(0);
    expect(validated.stdout).toBe(
      `# ${filled}: valid / 校验通过\n\nkind: compulsory-education dataset / 义务教育数据: 示例县 (610399) 2021, 9 schools\n`,
    );
  });

  it('assess --format xlsx: one sheet per table, the CSV tables among them, numbers as numbers', async () => {
    const out = join(cli.dir, 'report.xlsx');
    const args = ['assess', 'compulsory-quality-2017', 'examples/county-compulsory.json'];
    const [written, csv] = await Promise.all([
      run(...args, '--format', 'xlsx', '--out', out),
      run(...args, '--format', 'csv', '--no-bom'),
    ]);
    expect(written).toMatchObject({ status: 0, stdout: '', stderr: '' });
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['结论', '县级指标', '学校学段指标', '校际差异系数', '差距']);
    const sections = sheets[2]?.data ?? [];
    const csvLines = csv.stdout.split('\r\n');
    expect(sections[0]?.join(',')).toBe(csvLines[0]);
    expect(sections).toHaveLength(csvLines.indexOf(''));
    // s01's first indicator: value, threshold, numerator and denominator are number cells
    const first = sections[1] ?? [];
    const firstCsv = (csvLines[1] ?? '').split(',');
    expect(first.slice(0, 5)).toEqual(firstCsv.slice(0, 5));
    for (const i of [6, 8, 9]) {
      expect(typeof first[i]).toBe('number');
      expect(first[i]).toBe(Number(firstCsv[i]));
    }
    // the value at full precision; the CSV has it rounded to 2 decimals
    expect(typeof first[5]).toBe('number');
    expect(first[5]).not.toBe(Number(firstCsv[5]));
    expect((first[5] as number).toFixed(2)).toBe(firstCsv[5]);
  });

  it('assess --format xlsx for a preschool set; --out FILE.xlsx alone picks xlsx', async () => {
    const out = join(cli.dir, 'preschool.xlsx');
    const written = await run('assess', 'preschool-2020', 'examples/county-preschool.json', '--out', out);
    expect(written.status).toBe(0);
    const sheets = await readXlsxFile(out);
    expect(sheets.map((s) => s.sheet)).toEqual(['结论', '县级指标', '差距']);
    expect(sheets[1]?.data[0]?.slice(0, 4)).toEqual(['方面', '指标编号', '指标', '值']);
    const en = join(cli.dir, 'preschool-en.xlsx');
    await run('assess', 'preschool-2020', 'examples/county-preschool.json', '--out', en, '--lang', 'en');
    expect((await readXlsxFile(en)).map((s) => s.sheet)).toEqual(['Verdict', 'County indicators', 'Gaps']);
  });

  it('usage errors (exit 2): xlsx without --out, xlsx for supervision reform, table input for preschool, .xls', async () => {
    const noOut = await run(
      'assess',
      'compulsory-quality-2017',
      'examples/county-compulsory.json',
      '--format',
      'xlsx',
    );
    expect(noOut.status).toBe(2);
    expect(noOut.stdout).toBe('');
    expect(noOut.stderr.split('\n')[0]).toBe(
      'dudao: --format xlsx writes a binary file: give --out FILE.xlsx',
    );
    const template = await run('template', 'compulsory', '--format', 'xlsx');
    expect(template.status).toBe(2);
    const reform = await run(
      'assess',
      'supervision-reform-2020',
      'examples/county-supervision-reform.json',
      '--format',
      'xlsx',
      '--out',
      join(cli.dir, 'reform.xlsx'),
    );
    expect(reform.status).toBe(2);
    expect(reform.stderr.split('\n')[0]).toBe(
      'dudao: --format xlsx is not available for supervision-reform sets',
    );
    const preschool = await run('assess', 'preschool-2020', join(cli.dir, 'x.csv'), ...COUNTY);
    expect(preschool.stderr.split('\n')[0]).toBe(
      'dudao: CSV input is for compulsory sets; XLSX input for compulsory and preschool sets',
    );
    const xls = await run('validate', join(cli.dir, 'old.xls'), ...COUNTY);
    expect(xls.status).toBe(2);
    expect(xls.stderr.split('\n')[0]).toBe(
      `dudao: ${join(cli.dir, 'old.xls')}: legacy .xls workbooks cannot be read; save it as .xlsx`,
    );
    const noCounty = await run('validate', join(cli.dir, 'template.xlsx'));
    expect(noCounty.stderr.split('\n')[0]).toBe(
      'dudao: an .xlsx file needs --county-code, --county-name and --year',
    );
  });
});
