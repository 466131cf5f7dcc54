/**
 * The command line's manners: the version, help for one command, a usage error that prints the
 * usage of the command it happened in, and `dudao init`, which writes the example files from the
 * bundled sample city and never replaces a file unless told to.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exampleFiles, INIT_DIR, previousYear } from '../../src/cli/commands/init.js';
import { sampleCity } from '../../src/sample/index.js';
import { parseCompulsoryDataset } from '../../src/schema/compulsory.js';
import { ROOT, runCli, useCli } from './run.js';

const cli = useCli('dudao-manners-');
const run = (...args: string[]) => runCli(cli.script, args);
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };

describe.concurrent('version and help', () => {
  it.each(['--version', '-v'])('%s prints the version of package.json, exit 0', async (flag) => {
    expect(await run(flag)).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('dudao help <command> prints the help of that command, as <command> --help does', async () => {
    const [help, flag] = await Promise.all([run('help', 'ledger'), run('ledger', '--help')]);
    expect(help.status).toBe(0);
    expect(help.stdout).toBe(flag.stdout);
    expect(help.stdout.startsWith('dudao ledger <file> --as-of YYYY-MM-DD [options]')).toBe(true);
  });

  it('dudao help <unknown> is a usage error with the overview', async () => {
    const { status, stderr } = await run('help', 'colour');
    expect(status).toBe(2);
    expect(stderr).toContain('dudao: unknown command "colour"');
    expect(stderr).toContain('dudao init ');
  });

  it('the overview lists init first', async () => {
    const { stdout } = await run('--help');
    expect(stdout).toMatch(/Usage:\n {2}dudao init /);
  });
});

describe.concurrent('a usage error prints the usage of its command, not the overview', () => {
  it.each([
    [['ledger', 'x.json'], 'ledger needs --as-of', 'Usage: dudao ledger <file> --as-of YYYY-MM-DD [options]'],
    [
      ['city', 'x.json', '--colour'],
      'unknown option --colour',
      'Usage: dudao city <file> --as-of YYYY-MM-DD',
    ],
    [
      ['template', 'compulsory', '--format', 'md'],
      '--format must be one of csv, xlsx',
      'Usage: dudao template',
    ],
    [['init', 'a', 'b'], 'init takes one folder', 'Usage: dudao init [dir] [--force]'],
    [['progress', 'compulsory-quality-2017', 'a.json'], 'progress needs', 'Usage: dudao progress <set-id>'],
  ])('%j', async (args, message, usage) => {
    const { status, stderr, stdout } = await run(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain(usage);
    expect(stderr).not.toContain('Usage:\n  dudao init');
  });
});

describe('dudao init', () => {
  it('writes the example files into dudao-examples by default, each as exampleFiles() makes it', async () => {
    const where = join(cli.dir, 'fresh');
    mkdirSync(where);
    // run in an empty folder, as after `npm install dudao`
    const { status, stdout } = await runCli(cli.script, ['init'], { cwd: where });
    expect(status).toBe(0);
    const files = exampleFiles();
    expect(readdirSync(join(where, INIT_DIR)).sort()).toEqual(files.map((f) => f.name).sort());
    for (const file of files) {
      expect(readFileSync(join(where, INIT_DIR, file.name), 'utf8')).toBe(file.text);
      expect(stdout).toContain(`wrote ${join(INIT_DIR, file.name)}`);
    }
    expect(stdout).toContain(sampleCity.notice.zh);
  });

  it('the files are the sample city’s own documents', () => {
    const byName = new Map(exampleFiles().map((f) => [f.name, f.text]));
    const [, xishan] = sampleCity.counties;
    expect(JSON.parse(byName.get('county-compulsory.json') ?? '')).toEqual(xishan?.compulsory);
    expect(JSON.parse(byName.get('county-preschool.json') ?? '')).toEqual(xishan?.preschool);
    expect(JSON.parse(byName.get('ledger.json') ?? '')).toEqual(sampleCity.ledger);
    expect(JSON.parse(byName.get('city.json') ?? '')).toEqual(sampleCity.city);
    const data = JSON.parse(byName.get('city-data.json') ?? '');
    expect(data.ledger).toEqual(sampleCity.ledger);
    expect(data.inspections).toEqual(sampleCity.inspections);
    expect(data.plans).toEqual(sampleCity.plans);
    expect(data.counties).toEqual(
      sampleCity.counties.map((c) => ({
        code: c.code,
        name: c.name,
        compulsory: c.compulsory,
        preschool: c.preschool,
      })),
    );
    const lines = (byName.get('counties.jsonl') ?? '').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(sampleCity.counties.map((c) => c.compulsory));
  });

  it('the year before: 15 % fewer teachers rotated, 3 % fewer satisfied, 20 % less equipment', () => {
    const [, xishan] = sampleCity.counties;
    const now = xishan?.compulsory as NonNullable<typeof xishan>['compulsory'];
    const before = parseCompulsoryDataset(previousYear(now));
    expect(before.year).toBe(now.year - 1);
    // 西山县: 71 of 652 teachers rotated in the sample's year; ⌊71 × 0.85⌋ = 60 the year before,
    // and the 16 key teachers among them stay 16 (of 60).
    expect(now.countyFacts?.['teacher-exchange']).toEqual({ numerator: 71, denominator: 652 });
    expect(before.countyFacts?.['teacher-exchange']).toMatchObject({ numerator: 60, denominator: 652 });
    expect(before.countyFacts?.['teacher-exchange-key']).toMatchObject({ numerator: 16, denominator: 60 });
    // 1020 of 1200 satisfied; ⌊1020 × 0.97⌋ = 989.
    expect(before.survey).toMatchObject({ respondents: 1200, satisfied: 989 });
    const equipment = (d: typeof now) => d.schools.map((s) => s.sections.primary?.stock?.equipmentValue);
    expect(equipment(before)[0]).toBe(Math.round(Number(equipment(now)[0]) * 0.8));
    // the input is not changed
    expect(now.year).toBe(sampleCity.year);
  });

  it('refuses to replace a file that exists (exit 2, nothing written); --force replaces', async () => {
    const dir = join(cli.dir, 'taken');
    mkdirSync(dir);
    writeFileSync(join(dir, 'ledger.json'), 'mine');
    const refused = await run('init', dir);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(
      `dudao: ${join(dir, 'ledger.json')} already exists: give --force to replace`,
    );
    expect(refused.stderr).toContain('Usage: dudao init [dir] [--force]');
    expect(readdirSync(dir)).toEqual(['ledger.json']);
    expect(readFileSync(join(dir, 'ledger.json'), 'utf8')).toBe('mine');
    const forced = await run('init', dir, '--force');
    expect(forced.status).toBe(0);
    expect(readdirSync(dir)).toHaveLength(exampleFiles().length);
    expect(JSON.parse(readFileSync(join(dir, 'ledger.json'), 'utf8'))).toEqual(sampleCity.ledger);
  });

  it('every file it writes is valid input (dudao validate exits 0)', async () => {
    const dir = join(cli.dir, 'valid');
    expect((await run('init', dir)).status).toBe(0);
    const inputs = exampleFiles()
      .map((f) => f.name)
      .filter((name) => name.endsWith('.json') || name.endsWith('.jsonl'))
      // The two city files are read by `dudao city` and `dudao opinion` (formats.test.ts runs both).
      .filter((name) => name !== 'city.json' && name !== 'city-data.json');
    const runs = await Promise.all(inputs.map((name) => run('validate', join(dir, name))));
    for (const [i, r] of runs.entries()) expect([inputs[i], r.status, r.stderr]).toEqual([inputs[i], 0, '']);
  });
});
