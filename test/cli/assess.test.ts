/**
 * `dudao sets` and `dudao assess` end to end (data contract section 4): the command run as a
 * separate process on the bundled examples, in every format and both languages.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from './run.js';

let cli: ReturnType<typeof buildCli>;
beforeAll(() => {
  cli = buildCli();
});
afterAll(() => cli.cleanup());

const run = (...args: string[]) => runCli(cli.script, args);
const COMPULSORY = ['assess', 'compulsory-quality-2017', 'examples/county-compulsory.json'];
const PRESCHOOL = ['assess', 'preschool-2020', 'examples/county-preschool.json'];
const DECIMAL = /^-?\d+(\.\d+)?$/;

describe.concurrent('dudao sets', () => {
  it('lists every built-in set id, tab-separated with version and names, exit 0', async () => {
    const { stdout, status } = await run('sets');
    expect(status).toBe(0);
    const ids = stdout
      .trim()
      .split('\n')
      .map((line) => line.split('\t')[0]);
    expect(ids).toEqual(
      expect.arrayContaining([
        'compulsory-basic-2012',
        'compulsory-quality-2017',
        'preschool-2020',
        'supervision-reform-2020',
      ]),
    );
  });
});

describe.concurrent('dudao assess compulsory-quality-2017 (the example county)', () => {
  it('md: prints the verdict line in Chinese by default, exit 0 although the county fails', async () => {
    const { stdout, stderr, status } = await run(...COMPULSORY);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('**结论：未达到评估标准**');
    expect(stdout).toContain('示例数据');
  });

  it('md --lang en: the verdict line in English', async () => {
    const { stdout, status } = await run(...COMPULSORY, '--lang', 'en');
    expect(status).toBe(0);
    expect(stdout).toContain('**Verdict: not passed**');
    expect(stdout).toContain('## Inter-school coefficients of variation');
  });

  it('json: exactly one document with the fields of the data contract, decimals as strings', async () => {
    const { stdout, status } = await run(...COMPULSORY, '--format', 'json');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({
      set: 'compulsory-quality-2017',
      county: { code: '610399', name: '示例县（示例数据，非真实）' },
      passed: false,
    });
    for (const key of ['sections', 'excluded', 'variation', 'countyIndicators', 'vetoes']) {
      expect(Array.isArray(doc[key]), key).toBe(true);
    }
    expect(doc.sections).toHaveLength(8);
    expect(doc.excluded.map((e: { reason: string }) => e.reason)).toEqual([
      'teaching-point-below-50',
      'special-education',
    ]);
    // 72 ÷ 1620 × 100 = 4.4444…: carried to far more than 12 significant digits.
    const first = doc.sections[0].results[0];
    expect(first).toMatchObject({ indicator: 'qualified-teachers-per-100', threshold: '4.2', met: true });
    expect(first.value).toMatch(/^4\.4444444444444/);
    for (const v of doc.variation) {
      expect(v.cv).toMatch(DECIMAL);
      expect(typeof v.met).toBe('boolean');
    }
    expect(doc.socialRecognition).toMatchObject({ value: '89', threshold: '85', met: true });
  });

  it('csv: a byte order mark, the school-section table, an empty line, then the CV table (zh headers, CRLF)', async () => {
    const { stdout, status } = await run(...COMPULSORY, '--format', 'csv');
    expect(status).toBe(0);
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    const [sections, variation] = stdout.slice(1).split('\r\n\r\n') as [string, string];
    const rows = sections.split('\r\n');
    expect(rows[0]).toBe('学校代码,学校名称,学段,指标编号,指标,值,标准,是否达标,分子,分母');
    // 72 ÷ 1620 × 100 = 4.444… → 4.44 for display; 7452.5 m² ÷ 1620 = 4.600… → 4.60.
    expect(rows[1]).toBe(
      'S01,城关第一小学,小学,qualified-teachers-per-100,每百名学生拥有高于规定学历教师数,4.44,4.2,是,72,1620',
    );
    expect(rows[4]).toBe(
      'S01,城关第一小学,小学,teaching-area-per-pupil,生均教学及辅助用房面积,4.60,4.5,是,7452.50,1620',
    );
    // Eight school sections in scope, each with the 7 resource indicators and the class size.
    expect(rows.filter((row) => row.startsWith('S01,')).map((row) => row.split(',')[3])).toEqual([
      'qualified-teachers-per-100',
      'key-teachers-per-100',
      'pe-art-teachers-per-100',
      'teaching-area-per-pupil',
      'sports-area-per-pupil',
      'equipment-value-per-pupil',
      'multimedia-rooms-per-100',
      'class-size',
    ]);
    expect(rows).toHaveLength(1 + 8 * 8);
    expect(variation.split('\r\n')[0]).toBe('学段,指标编号,指标,差异系数,均值,标准（≤）,是否达标');
    expect(variation.split('\r\n')[1]).toBe(
      '小学,qualified-teachers-per-100,每百名学生拥有高于规定学历教师数,0.034,4.34,0.50,是',
    );
  });

  it('csv --lang en: English headers and labels', async () => {
    const { stdout } = await run(...COMPULSORY, '--format', 'csv', '--lang', 'en');
    expect(stdout.split('\r\n')[0]).toBe(
      '\uFEFFschool id,school name,stage,indicator id,indicator,value,threshold,met,numerator,denominator',
    );
    expect(stdout).toContain('\r\n\r\nstage,indicator id,indicator,CV,mean,limit (≤),met\r\nprimary,');
  });

  it('--out writes the report to a file and prints nothing', async () => {
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'dudao-out-'));
    try {
      const out = join(dir, 'report.csv');
      const { stdout, status } = await run(...COMPULSORY, '--format', 'csv', '--out', out);
      expect(status).toBe(0);
      expect(stdout).toBe('');
      expect(readFileSync(out, 'utf8').startsWith('\uFEFF学校代码,')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.concurrent('dudao assess preschool-2020 (the example county)', () => {
  it('md: the verdict line', async () => {
    const { stdout, status } = await run(...PRESCHOOL);
    expect(status).toBe(0);
    expect(stdout).toContain('**结论：未达到评估标准**');
  });

  it('json: one document with the county indicators, decimals as strings', async () => {
    const { stdout, status } = await run(...PRESCHOOL, '--format', 'json');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ set: 'preschool-2020', passed: false });
    const byId = new Map(doc.countyIndicators.map((r: { indicator: string }) => [r.indicator, r]));
    // 862 children of 1000 aged 3 to 5 = 86.2 %; 414 of 862 in public kindergartens = 48.03 % < 50.
    expect(byId.get('gross-enrolment')).toMatchObject({ value: '86.2', threshold: '85', met: true });
    expect(byId.get('public-share')).toMatchObject({ threshold: '50', met: false });
  });

  it('csv --lang en: one row per county indicator, percentages to 2 decimals', async () => {
    const { stdout, status } = await run(...PRESCHOOL, '--format', 'csv', '--lang', 'en');
    expect(status).toBe(0);
    const rows = stdout.split('\r\n');
    expect(rows.slice(0, 4)).toEqual([
      '\uFEFFaspect,indicator id,indicator,value,threshold,met,numerator,denominator',
      'access,gross-enrolment,three-year gross preschool enrolment rate,86.20,85,yes,862,1000',
      'access,inclusive-coverage,inclusive kindergarten coverage,86.54,80,yes,746,862',
      'access,public-share,share of children in public kindergartens,48.03,50,no,414,862',
    ]);
    expect(rows).toContain('social-recognition,social-recognition,social recognition,87.00,85,yes,783,900');
  });
});

describe.concurrent('dudao assess supervision-reform-2020 (the example checklist)', () => {
  const REFORM = ['assess', 'supervision-reform-2020', 'examples/county-supervision-reform.json'];

  it('md: the unpaid part-time allowance and 11 of 12 principals reviewed fail the county, exit 0', async () => {
    const { stdout, status } = await run(...REFORM);
    expect(status).toBe(0);
    expect(stdout).toContain('**结论：未达到评估标准**');
    expect(stdout).toContain('兼职督学');
  });

  it('json: 96 schools ÷ 20 inspectors = 4.8 ≤ 5 is met; 11 ÷ 12 × 100 < 100 is not', async () => {
    const { stdout, status } = await run(...REFORM, '--format', 'json');
    expect(status).toBe(0);
    const doc = JSON.parse(stdout) as {
      passed: boolean;
      countyIndicators: { indicator: string; value: string | null; met: boolean | null }[];
    };
    expect(doc.passed).toBe(false);
    const ratio = doc.countyIndicators.find((r) => r.indicator === 'schools-per-inspector');
    expect(ratio?.value).toBe('4.8');
    expect(ratio?.met).toBe(true);
    expect(doc.countyIndicators.find((r) => r.indicator === 'principal-term-review')?.met).toBe(false);
  });
});
