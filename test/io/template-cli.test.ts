/**
 * `dudao template compulsory` and CSV input of `assess` and `validate`, end to end: the template
 * written, filled and assessed; bad cells reported at their line and column (exit 1); a CSV
 * without the county and year options is a usage error (exit 2).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COMPULSORY_CSV_COLUMNS } from '../../src/io/compulsory-csv.js';
import { runCli, scratchFile, useCli } from '../cli/run.js';
import { gbk } from '../fixtures/gbk.js';

const cli = useCli('dudao-template-');

const run = (...args: string[]) => runCli(cli.script, args);
const COUNTY = ['--county-code', '610328', '--county-name', '示例县', '--year', '2021'];

/** The template from `--out`, filled with two schools (one nine-year school on two rows). */
function filled(template: string): string {
  const headers = template.replace('\uFEFF', '').trim().split(',');
  const row = (values: Record<string, string>) => headers.map((h) => values[h] ?? '').join(',');
  const school = { 学校代码: 's02', 学校名称: '东风学校', 学校类型: '九年一贯制', 办学性质: '公办' };
  return [
    template.trim(),
    row({
      学校代码: 's01',
      学校名称: '城关小学',
      学校类型: '小学',
      办学性质: '公办',
      学段: '小学',
      在校生数: '812',
      班级数: '18',
      专任教师数: '48',
    }),
    row({ ...school, 学段: '小学', 在校生数: '300', 班级数: '8', 专任教师数: '20' }),
    row({ ...school, 学段: '初中', 在校生数: '200', 班级数: '5', 专任教师数: '18' }),
  ].join('\r\n');
}

describe.concurrent('dudao template compulsory', () => {
  it('prints the header line (Chinese by default, English with --lang en)', async () => {
    const zh = await run('template', 'compulsory', '--format', 'csv');
    expect(zh.status).toBe(0);
    expect(zh.stdout).toBe(`\uFEFF${COMPULSORY_CSV_COLUMNS.map((c) => c.zh).join(',')}\r\n`);
    const en = await run('template', 'compulsory', '--lang', 'en');
    expect(en.stdout.startsWith('\uFEFFschool id,school name,')).toBe(true);
  });

  it('rejects an unknown kind of data or format (exit 2)', async () => {
    expect((await run('template', 'kindergartens')).status).toBe(2);
    // The preschool template is the workbook only: no --out, or csv, is a usage error.
    expect((await run('template', 'preschool')).status).toBe(2);
    expect((await run('template', 'preschool', '--format', 'csv')).status).toBe(2);
    expect((await run('template', 'compulsory', '--format', 'ods')).status).toBe(2);
  });

  it('round trip: template with --out and its explanation → filled → validated and assessed', async () => {
    const out = join(cli.dir, 'county.csv');
    const written = await run('template', 'compulsory', '--out', out);
    expect(written.status).toBe(0);
    expect(readFileSync(join(cli.dir, 'county.columns.md'), 'utf8')).toContain(
      '| 学校代码 | school id | 是 |',
    );
    const file = scratchFile(cli.dir, 'filled.csv', filled(readFileSync(out, 'utf8')));

    const validated = await run('validate', file, ...COUNTY);
    expect(validated.status).toBe(0);
    expect(validated.stdout).toContain('义务教育数据: 示例县 (610328) 2021, 2 schools');

    const assessed = await run('assess', 'compulsory-quality-2017', file, ...COUNTY, '--format', 'json');
    expect(assessed.status).toBe(0);
    const json = JSON.parse(assessed.stdout) as { sections: { schoolId: string; stage: string }[] };
    expect(json.sections.map((s) => `${s.schoolId}/${s.stage}`)).toEqual([
      's01/primary',
      's02/primary',
      's02/junior',
    ]);
  });

  it('the filled template saved as GBK (Excel\'s "CSV (逗号分隔)") gives the assessment of the UTF-8 one', async () => {
    const out = join(cli.dir, 'gbk-template.csv');
    expect((await run('template', 'compulsory', '--out', out)).status).toBe(0);
    const text = filled(readFileSync(out, 'utf8').replace('\uFEFF', ''));
    const utf8File = scratchFile(cli.dir, 'utf8.csv', text);
    const gbkFile = join(cli.dir, 'gbk.csv');
    writeFileSync(gbkFile, gbk(text));
    const assess = (file: string, ...more: string[]) =>
      run('assess', 'compulsory-quality-2017', file, ...COUNTY, '--format', 'json', ...more);
    const [fromUtf8, fromGbk, forced] = await Promise.all([
      assess(utf8File),
      assess(gbkFile),
      assess(gbkFile, '--encoding', 'gbk'),
    ]);
    expect(fromUtf8.status).toBe(0);
    expect(fromGbk.status, fromGbk.stderr).toBe(0);
    expect(fromGbk.stdout).toBe(fromUtf8.stdout);
    expect(forced.stdout).toBe(fromUtf8.stdout);
    const wrong = await assess(gbkFile, '--encoding', 'utf-8');
    expect(wrong.status).toBe(1);
    expect(wrong.stdout).toContain('"invalid-encoding"');
    expect((await assess(gbkFile, '--encoding', 'big5')).status).toBe(2);
  });

  it('a CSV with bad cells: every problem at its line and column, exit 1, nothing assessed', async () => {
    const file = scratchFile(
      cli.dir,
      'bad.csv',
      '学校代码,学校名称,学校类型,办学性质,学段,在校生数,班级数\ns01,a,小学,公办,小学,八十,2\n',
    );
    const { status, stdout, stderr } = await run('assess', 'compulsory-quality-2017', file, ...COUNTY);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('csv.row[2].column.在校生数: "pupils" must be a number (got "八十")');
  });

  it('a CSV without --county-code, --county-name or --year is a usage error (exit 2)', async () => {
    const file = scratchFile(cli.dir, 'plain.csv', '学校代码\n');
    expect((await run('validate', file)).status).toBe(2);
    expect((await run('assess', 'compulsory-quality-2017', file, '--year', '2021')).status).toBe(2);
  });
});
