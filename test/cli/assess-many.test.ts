/**
 * `dudao assess` with `--format html`, and on a JSON array of county datasets (a city, a province
 * or the nation): each county assessed in turn, invalid counties reported by index, and no
 * progress bar when standard error is not a terminal (as here).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleCity } from '../../src/sample/index.js';
import { buildCli, runCli } from './run.js';

let cli: ReturnType<typeof buildCli>;
beforeAll(() => {
  cli = buildCli();
});
afterAll(() => cli.cleanup());

const run = (...args: string[]) => runCli(cli.script, args);
const dir = mkdtempSync(join(tmpdir(), 'dudao-assess-many-'));
const cityFile = join(dir, 'city.json');
writeFileSync(cityFile, JSON.stringify(sampleCity.counties.map((c) => c.compulsory)));
const kindergartensFile = join(dir, 'kindergartens.json');
writeFileSync(kindergartensFile, JSON.stringify(sampleCity.counties.map((c) => c.preschool)));

describe.concurrent('dudao assess --format html', () => {
  it('writes one page with the charts of one county, for compulsory and preschool sets', async () => {
    for (const [set, file, charts] of [
      [
        'compulsory-quality-2017',
        'examples/county-compulsory.json',
        ['indicator-values', 'cv-limits', 'school-grid'],
      ],
      ['preschool-2020', 'examples/county-preschool.json', ['indicator-values', 'school-grid']],
    ] as const) {
      const out = join(dir, `${set}.html`);
      const { stdout, stderr, status } = await run('assess', set, file, '--out', out);
      expect([status, stdout, stderr]).toEqual([0, '', '']);
      const html = readFileSync(out, 'utf8');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      for (const kind of charts) expect(html).toContain(`data-chart="${kind}"`);
    }
  });

  it('is not available for the supervision-reform checklist (exit 2)', async () => {
    const { status } = await run(
      'assess',
      'supervision-reform-2020',
      'examples/county-supervision-reform.json',
      '--format',
      'html',
    );
    expect(status).toBe(2);
  });
});

describe.concurrent('dudao assess on an array of counties', () => {
  it('md: one report per county, in order, and nothing on stderr (not a terminal)', async () => {
    const { stdout, stderr, status } = await run('assess', 'compulsory-quality-2017', cityFile);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const titles = stdout.split('\n').filter((line) => line.startsWith('# '));
    expect(titles).toEqual([
      '# 东湖县（990101）县域义务教育优质均衡发展督导评估（教督〔2017〕6号）',
      '# 西山县（990102）县域义务教育优质均衡发展督导评估（教督〔2017〕6号）',
      '# 南川区（990103）县域义务教育优质均衡发展督导评估（教督〔2017〕6号）',
    ]);
  });

  it('json: one JSON document, an array of assessments with their verdicts', async () => {
    const { stdout, status } = await run('assess', 'preschool-2020', kindergartensFile, '--format', 'json');
    expect(status).toBe(0);
    const parsed = JSON.parse(stdout) as { county: { code: string }; status: string }[];
    expect(parsed.map((a) => [a.county.code, a.status])).toEqual([
      ['990101', 'passed'],
      ['990102', 'failed'],
      ['990103', 'failed'],
    ]);
  });

  it('an invalid county is reported at its index and nothing is printed (exit 1)', async () => {
    const broken = sampleCity.counties.map((c) => c.compulsory) as unknown[];
    const file = join(dir, 'broken.json');
    const second = JSON.parse(JSON.stringify(broken[1])) as {
      schools: { sections: { primary?: { pupils: unknown } } }[];
    };
    const section = second.schools.find((s) => s.sections.primary !== undefined)?.sections.primary;
    if (section === undefined) throw new Error('the sample has primary sections');
    section.pupils = -5;
    writeFileSync(file, JSON.stringify([broken[0], second, broken[2]]));
    const { stdout, stderr, status } = await run('assess', 'compulsory-quality-2017', file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^\[1\]\.schools\[\d+\]\.sections\.primary\.pupils: /);
  });

  it('csv and xlsx take one county: a usage error (exit 2)', async () => {
    const { stdout, status } = await run('assess', 'compulsory-quality-2017', cityFile, '--format', 'csv');
    expect([status, stdout]).toEqual([2, '']);
  });
});
