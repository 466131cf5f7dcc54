/**
 * `dudao assess` with `--format html`, and on a JSON array of county datasets (a city, a province
 * or the nation): each county assessed in turn, invalid counties reported by index, and no
 * progress bar when standard error is not a terminal (as here).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { compulsoryGaps } from '../../src/assess/gap.js';
import { builtInIndicatorSets } from '../../src/indicators/built-in.js';
import type { IndicatorSet } from '../../src/indicators/types.js';
import { toJsonDocument } from '../../src/report/json.js';
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

  it('json: the streamed array is the document JSON.stringify(toJsonDocument(assessments), null, 2) writes', async () => {
    const out = join(dir, 'city-assessments.json');
    const toFile = await run('assess', 'compulsory-quality-2017', cityFile, '--format', 'json', '--out', out);
    expect([toFile.status, toFile.stdout]).toEqual([0, '']);
    const set = builtInIndicatorSets['compulsory-quality-2017'] as IndicatorSet;
    const expected = sampleCity.counties.map(({ compulsory }) => {
      const assessment = assessCompulsory(compulsory, set);
      return toJsonDocument({ ...assessment, gaps: compulsoryGaps(assessment, set) });
    });
    expect(readFileSync(out, 'utf8')).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });

  it('jsonl: one compact JSON document per county per line, in order', async () => {
    const { stdout, stderr, status } = await run(
      'assess',
      'preschool-2020',
      kindergartensFile,
      '--format',
      'jsonl',
    );
    expect([status, stderr]).toEqual([0, '']);
    const lines = stdout.split('\n');
    expect(lines.pop()).toBe('');
    const parsed = lines.map((line) => JSON.parse(line) as { county: { code: string }; status: string });
    expect(parsed.map((a) => [a.county.code, a.status])).toEqual([
      ['990101', 'passed'],
      ['990102', 'failed'],
      ['990103', 'failed'],
    ]);
    expect(lines[0]).toBe(JSON.stringify(parsed[0]));
  });

  it('jsonl --out FILE writes the lines to the file and prints nothing', async () => {
    const out = join(dir, 'city-assessments.jsonl');
    const { stdout, status } = await run(
      'assess',
      'compulsory-quality-2017',
      cityFile,
      '--format',
      'jsonl',
      '--out',
      out,
    );
    expect([status, stdout]).toEqual([0, '']);
    const lines = readFileSync(out, 'utf8').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line).county.code)).toEqual(['990101', '990102', '990103']);
  });

  it('jsonl on one county prints one line', async () => {
    const { stdout, status } = await run(
      'assess',
      'compulsory-quality-2017',
      'examples/county-compulsory.json',
      '--format',
      'jsonl',
    );
    expect(status).toBe(0);
    expect(stdout.endsWith('\n')).toBe(true);
    expect(stdout.trimEnd().split('\n')).toHaveLength(1);
    expect(JSON.parse(stdout).county.code).toBe('610399');
  });
});

describe.concurrent('dudao assess on JSON Lines (.jsonl: one county per line)', () => {
  const lines = sampleCity.counties.map((c) => JSON.stringify(c.compulsory));
  const jsonlFile = join(dir, 'city.jsonl');
  writeFileSync(jsonlFile, `${lines.join('\n')}\n\n`);

  it('reads one county per line: md and json as from the JSON array', async () => {
    for (const format of ['md', 'json']) {
      const fromLines = await run('assess', 'compulsory-quality-2017', jsonlFile, '--format', format);
      const fromArray = await run('assess', 'compulsory-quality-2017', cityFile, '--format', format);
      expect(fromLines.status).toBe(0);
      expect(fromLines.stdout).toBe(fromArray.stdout);
    }
  });

  it('an invalid county is reported at its index; nothing is written, not even the --out file (exit 1)', async () => {
    const second = JSON.parse(lines[1] as string);
    second.year = 'last year';
    const file = join(dir, 'broken.jsonl');
    writeFileSync(file, [lines[0], JSON.stringify(second), lines[2]].join('\n'));
    const out = join(dir, 'broken-out.jsonl');
    const { stdout, stderr, status } = await run(
      'assess',
      'compulsory-quality-2017',
      file,
      '--format',
      'jsonl',
      '--out',
      out,
    );
    expect([status, stdout]).toEqual([1, '']);
    expect(stderr).toMatch(/^\[1\]\.year: /);
    expect(existsSync(out)).toBe(false);
  });

  it('a line that is not JSON: invalid-json at its index, with the line number (exit 1)', async () => {
    const file = join(dir, 'not-json.jsonl');
    writeFileSync(file, [lines[0], '{"schemaVersion": 1,', lines[2]].join('\n'));
    const { stdout, stderr, status } = await run(
      'assess',
      'compulsory-quality-2017',
      file,
      '--format',
      'json',
    );
    expect(status).toBe(1);
    expect(stderr).toMatch(/^\[1\]: .*line 2 is not valid JSON.*\[invalid-json\]\n$/);
    expect(JSON.parse(stdout)).toMatchObject({ ok: false, exitCode: 1, error: { issues: [{ path: [1] }] } });
  });

  it('the supervision-reform checklist, county by county', async () => {
    const reform = readFileSync('examples/county-supervision-reform.json', 'utf8');
    const file = join(dir, 'reform.jsonl');
    writeFileSync(file, `${JSON.stringify(JSON.parse(reform))}\n${JSON.stringify(JSON.parse(reform))}\n`);
    const { stdout, status } = await run('assess', 'supervision-reform-2020', file, '--format', 'jsonl');
    expect(status).toBe(0);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).passed),
    ).toEqual([false, false]);
  });
});
