/**
 * `dudao validate` and broken input end to end: exit 0 for a valid file with its kind named,
 * exit 1 for invalid input with every problem printed at its path, exit 2 for usage errors
 * (data contract section 4). With `--format json`, stdout holds exactly one JSON document even
 * when the input is invalid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, scratchFile, useCli } from './run.js';

const cli = useCli('dudao-cli-');

const run = (...args: string[]) => runCli(cli.script, args);
const example = (name: string): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, 'examples', name), 'utf8'));

/** The example county with one change, written to a scratch file. */
function brokenCompulsory(name: string, change: (county: { schools: Record<string, unknown>[] }) => void) {
  const county = example('county-compulsory.json') as unknown as { schools: Record<string, unknown>[] };
  change(county);
  return scratchFile(cli.dir, name, JSON.stringify(county));
}

describe.concurrent('dudao validate recognises the three kinds of document', () => {
  it('a compulsory-education dataset', async () => {
    const { stdout, status } = await run('validate', 'examples/county-compulsory.json');
    expect(status).toBe(0);
    expect(stdout).toBe(
      '# examples/county-compulsory.json: valid / 校验通过\n\nkind: compulsory-education dataset / 义务教育数据: 示例县（示例数据，非真实） (610399) 2021, 9 schools\n',
    );
  });

  it('a preschool dataset (it has "kindergartens")', async () => {
    const { stdout, status } = await run('validate', 'examples/county-preschool.json');
    expect(status).toBe(0);
    expect(stdout).toContain('valid / 校验通过');
    expect(stdout).toContain(
      'kind: preschool dataset / 学前教育数据: 示例县（示例数据，非真实） (610399) 2021, 10 kindergartens',
    );
  });

  it('an issue ledger (it has "events"), replayed as well', async () => {
    const { stdout, status } = await run('validate', 'examples/ledger.json');
    expect(status).toBe(0);
    expect(stdout).toContain('valid / 校验通过');
    expect(stdout).toContain('kind: issue ledger / 整改台账: 148 events, 41 issues');
  });

  it('an impossible transition in a ledger is invalid input at events[i] (exit 1)', async () => {
    const ledger = example('ledger.json') as { events: unknown[] };
    // A15 is still open on 2021-12-31: it cannot be closed without verification.
    ledger.events.push({ type: 'issue-closed', at: '2021-12-31', issueId: 'A15' });
    const file = scratchFile(cli.dir, 'impossible.json', JSON.stringify(ledger));
    const { stdout, stderr, status } = await run('validate', file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^events\[148\]: .*A15.* \[invalid-transition\]\n$/);
  });

  it('a malformed ledger event is reported at its field path (exit 1)', async () => {
    const ledger = example('ledger.json') as { events: Record<string, unknown>[] };
    (ledger.events[3] as Record<string, unknown>).at = '2021-02-30';
    const file = scratchFile(cli.dir, 'bad-date.json', JSON.stringify(ledger));
    const { stderr, status } = await run('validate', file);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^events\[3\]\.at: /);
    expect(stderr).toContain('[invalid-date]');
  });
});

describe.concurrent('invalid input: exit 1, every problem printed with its path', () => {
  it('an empty file is not valid JSON', async () => {
    const file = scratchFile(cli.dir, 'empty.json', '');
    const { stdout, stderr, status } = await run('validate', file);
    expect(status).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('[invalid-json]');
  });

  it('invalid JSON', async () => {
    const file = scratchFile(cli.dir, 'broken.json', '{ "schemaVersion": 1, ');
    const { stderr, status } = await run('assess', 'compulsory-quality-2017', file);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^\(root\): .*is not valid JSON.* \[invalid-json\]\n$/);
  });

  it('a text in a number cell ("pupils": "abc") names the cell', async () => {
    const file = brokenCompulsory('abc.json', (county) => {
      const school = county.schools[0] as { sections: { primary: Record<string, unknown> } };
      school.sections.primary.pupils = 'abc';
    });
    for (const args of [
      ['validate', file],
      ['assess', 'compulsory-quality-2017', file],
    ]) {
      const { stdout, stderr, status } = await run(...args);
      expect(status).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^schools\[0\]\.sections\.primary\.pupils: .*"abc".* \[not-a-number\]\n$/);
    }
  });

  it('an unknown school kind', async () => {
    const file = brokenCompulsory('kind.json', (county) => {
      (county.schools[1] as Record<string, unknown>).kind = 'college';
    });
    const { stderr, status } = await run('validate', file);
    expect(status).toBe(1);
    expect(stderr).toMatch(/^schools\[1\]\.kind: /);
    expect(stderr).toContain('[invalid-enum]');
  });

  it('--format json on invalid input prints exactly one JSON document: the error with its issues', async () => {
    const file = brokenCompulsory('abc-json.json', (county) => {
      const school = county.schools[0] as { sections: { primary: Record<string, unknown> } };
      school.sections.primary.pupils = 'abc';
    });
    const { stdout, status } = await run('assess', 'compulsory-quality-2017', file, '--format', 'json');
    expect(status).toBe(1);
    const doc = JSON.parse(stdout);
    expect(doc.error.issues).toEqual([
      expect.objectContaining({
        code: 'not-a-number',
        path: ['schools', 0, 'sections', 'primary', 'pupils'],
      }),
    ]);
  });

  it('--format json on a ledger with an impossible history prints one JSON document', async () => {
    const ledger = example('ledger.json') as { events: unknown[] };
    ledger.events.push({ type: 'issue-closed', at: '2021-12-31', issueId: 'A15' });
    const file = scratchFile(cli.dir, 'impossible-json.json', JSON.stringify(ledger));
    const { stdout, status } = await run('ledger', file, '--as-of', '2021-12-31', '--format', 'json');
    expect(status).toBe(1);
    expect(JSON.parse(stdout).error.issues[0]).toMatchObject({
      code: 'invalid-transition',
      path: ['events', 148],
    });
  });
});

describe.concurrent('usage errors: exit 2, nothing on stdout', () => {
  it.each([
    [
      'an unknown set id',
      ['assess', 'no-such-set', 'examples/county-compulsory.json'],
      'unknown set "no-such-set"',
    ],
    [
      'an unknown option',
      ['assess', 'compulsory-quality-2017', 'examples/county-compulsory.json', '--colour', 'red'],
      'unknown option --colour',
    ],
    ['a missing file', ['validate', 'examples/no-such-file.json'], 'cannot read examples/no-such-file.json'],
    [
      'a format the command does not have',
      ['assess', 'compulsory-quality-2017', 'examples/county-compulsory.json', '--format', 'xml'],
      '--format must be one of md, json, jsonl, csv',
    ],
    ['an unknown command', ['asess'], 'unknown command "asess"'],
    ['validate without a file', ['validate'], 'validate needs a file'],
  ])('%s', async (_, args, message) => {
    const { stdout, stderr, status } = await run(...args);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});

describe.concurrent('dudao validate --format md|json [--out FILE]', () => {
  it('json: one document for a valid dataset, its kind, county, year and count', async () => {
    const { stdout, stderr, status } = await run(
      'validate',
      'examples/county-compulsory.json',
      '--format',
      'json',
    );
    expect([status, stderr]).toEqual([0, '']);
    expect(JSON.parse(stdout)).toEqual({
      ok: true,
      file: 'examples/county-compulsory.json',
      kind: 'compulsory',
      county: { code: '610399', name: '示例县（示例数据，非真实）' },
      year: 2021,
      schools: 9,
    });
  });

  it('json: a preschool dataset counts kindergartens, a ledger its events and issues', async () => {
    const preschool = JSON.parse(
      (await run('validate', 'examples/county-preschool.json', '--format=json')).stdout,
    );
    expect(preschool).toMatchObject({ ok: true, kind: 'preschool', year: 2021, kindergartens: 10 });
    const ledger = JSON.parse((await run('validate', 'examples/ledger.json', '--format', 'json')).stdout);
    expect(ledger).toEqual({
      ok: true,
      file: 'examples/ledger.json',
      kind: 'ledger',
      events: 148,
      issues: 41,
    });
  });

  it('json on an invalid file: the error document with every problem (exit 1)', async () => {
    const file = brokenCompulsory('validate-json.json', (county) => {
      (county.schools[1] as Record<string, unknown>).kind = 'college';
    });
    const { stdout, status } = await run('validate', file, '--format', 'json');
    expect(status).toBe(1);
    expect(JSON.parse(stdout)).toMatchObject({
      ok: false,
      exitCode: 1,
      error: { name: 'DudaoError', issues: [{ code: 'invalid-enum', path: ['schools', 1, 'kind'] }] },
    });
  });

  it('json on a missing file: the error document of a usage error (exit 2), validate usage on stderr', async () => {
    const { stdout, stderr, status } = await run(
      'validate',
      'examples/no-such-file.json',
      '--format',
      'json',
    );
    expect(status).toBe(2);
    expect(JSON.parse(stdout).error).toMatchObject({ name: 'UsageError', code: 'cannot-read' });
    expect(stderr).toContain('Usage: dudao validate <file> [options]');
  });

  it('md is the default text; --out writes either format to a file and prints nothing', async () => {
    const md = await run('validate', 'examples/ledger.json', '--format', 'md');
    expect(md.stdout).toBe(
      '# examples/ledger.json: valid / 校验通过\n\nkind: issue ledger / 整改台账: 148 events, 41 issues\n',
    );
    const mdOut = join(cli.dir, 'validate.md');
    const toFile = await run('validate', 'examples/ledger.json', '--out', mdOut);
    expect([toFile.status, toFile.stdout]).toEqual([0, '']);
    expect(readFileSync(mdOut, 'utf8')).toBe(md.stdout);
    const jsonOut = join(cli.dir, 'validate.json');
    const json = await run('validate', 'examples/ledger.json', '--format', 'json', '--out', jsonOut);
    expect([json.status, json.stdout]).toEqual([0, '']);
    expect(JSON.parse(readFileSync(jsonOut, 'utf8'))).toMatchObject({ ok: true, kind: 'ledger' });
  });

  it('a format validate does not have is a usage error (exit 2)', async () => {
    const { status, stderr } = await run('validate', 'examples/ledger.json', '--format', 'csv');
    expect(status).toBe(2);
    expect(stderr).toContain('--format must be one of md, json');
  });
});

describe.concurrent('dudao validate on many counties (a JSON array or JSON Lines)', () => {
  const compulsory = JSON.stringify(example('county-compulsory.json'));
  const preschool = JSON.stringify(example('county-preschool.json'));

  it('checks every county and counts them by kind', async () => {
    const file = scratchFile(cli.dir, 'counties.jsonl', `${compulsory}\n${preschool}\n${compulsory}\n`);
    const md = await run('validate', file);
    expect(md.status).toBe(0);
    expect(md.stdout).toBe(
      `# ${file}: valid / 校验通过\n\nkind: 3 county datasets / 县级数据 (compulsory-education / 义务教育 2, preschool / 学前教育 1)\n`,
    );
    const array = scratchFile(cli.dir, 'counties-array.json', `[${compulsory},${preschool}]`);
    const json = await run('validate', array, '--format', 'json');
    expect(JSON.parse(json.stdout)).toEqual({
      ok: true,
      file: array,
      kind: 'counties',
      counties: 2,
      compulsory: 1,
      preschool: 1,
    });
  });

  it('reports every problem of every county, its path starting with the index (exit 1)', async () => {
    const broken = example('county-compulsory.json') as { year: unknown };
    broken.year = 'this year';
    const file = scratchFile(
      cli.dir,
      'broken-counties.jsonl',
      `${compulsory}\n${JSON.stringify(broken)}\nnot json\n`,
    );
    const { stdout, stderr, status } = await run('validate', file);
    expect([status, stdout]).toEqual([1, '']);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^\[1\]\.year: /);
    expect(lines[1]).toMatch(/^\[2\]: .*line 3 is not valid JSON.*\[invalid-json\]$/);
  });
});
