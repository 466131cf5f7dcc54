/**
 * Exit codes that mean one thing: 0 done (also when a county fails a standard), 1 invalid input,
 * 2 usage error, 70 internal error (an exception nobody expected: one line on standard error, the
 * stack trace only with --debug). With `--format json` standard output holds exactly one JSON
 * document, the error document `{ ok: false, exitCode, error: { name, code, path, message,
 * messageZh, issues } }`, for every kind of failure.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli, scratchFile, useCli } from './run.js';

const cli = useCli('dudao-exit-');

const run = (...args: string[]) => runCli(cli.script, args);
const COMPULSORY = ['assess', 'compulsory-quality-2017', 'examples/county-compulsory.json'];
const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

describe.concurrent('exit 0: done', () => {
  it('a county that fails the standard is a result, not an error', async () => {
    const { stdout, status } = await run(...COMPULSORY, '--format', 'json');
    expect(status).toBe(0);
    expect(JSON.parse(stdout).passed).toBe(false);
  });

  it('--version prints the version of package.json', async () => {
    const { stdout, stderr, status } = await run('--version');
    expect([status, stdout, stderr]).toEqual([0, `${version}\n`, '']);
  });
});

describe.concurrent('exit 1: invalid input, with --format json one error document', () => {
  it('a bad cell: ok false, exitCode 1, the DudaoError with every issue at its path', async () => {
    const county = JSON.parse(readFileSync(join(ROOT, 'examples/county-compulsory.json'), 'utf8'));
    county.schools[0].sections.primary.pupils = -3;
    county.schools[1].kind = 'college';
    const file = scratchFile(cli.dir, 'two-problems.json', JSON.stringify(county));
    const { stdout, stderr, status } = await run(
      'assess',
      'compulsory-quality-2017',
      file,
      '--format',
      'json',
    );
    expect(status).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(2);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({ ok: false, exitCode: 1, error: { name: 'DudaoError' } });
    expect(doc.error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ['schools', 0, 'sections', 'primary', 'pupils'],
      ['schools', 1, 'kind'],
    ]);
    expect(doc.error.code).toBe(doc.error.issues[0].code);
  });
});

describe.concurrent('exit 2: usage errors, the command usage on stderr, with --format json one document', () => {
  it.each([
    [
      'a missing file',
      ['assess', 'compulsory-quality-2017', 'examples/no-such-file.json', '--format', 'json'],
      'cannot-read',
      'cannot read examples/no-such-file.json',
      'Usage: dudao assess <set-id> <file> [options]',
    ],
    [
      'a bad date',
      ['ledger', 'examples/ledger.json', '--as-of', '2021-02-30', '--format', 'json'],
      'invalid-date',
      '--as-of must be a calendar date written YYYY-MM-DD (got "2021-02-30")',
      'Usage: dudao ledger <file> --as-of YYYY-MM-DD [options]',
    ],
    [
      'an unknown option, before --format',
      [
        'assess',
        'compulsory-quality-2017',
        'examples/county-compulsory.json',
        '--colour',
        'red',
        '--format=json',
      ],
      'unknown-option',
      'unknown option --colour',
      'Usage: dudao assess <set-id> <file> [options]',
    ],
    [
      'a missing --as-of',
      ['ledger', 'examples/ledger.json', '--format', 'json'],
      'missing-option',
      'ledger needs --as-of YYYY-MM-DD',
      'Usage: dudao ledger <file> --as-of YYYY-MM-DD [options]',
    ],
  ])('%s', async (_, args, code, message, usage) => {
    const { stdout, stderr, status } = await run(...args);
    expect(status).toBe(2);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({
      ok: false,
      exitCode: 2,
      error: { name: 'UsageError', code, path: [], issues: [{ code, path: [] }] },
    });
    expect(doc.error.message).toContain(message);
    expect(doc.error.messageZh).toMatch(/[\u4e00-\u9fff]/);
    expect(stderr.startsWith(`dudao: ${message}`)).toBe(true);
    // The command's usage, not the list of every command.
    expect(stderr).toContain(usage);
    expect(stderr).not.toContain('dudao template');
  });

  it('an unknown command prints the list of commands (and the JSON document when asked)', async () => {
    const { stdout, stderr, status } = await run('asess', '--format', 'json');
    expect(status).toBe(2);
    expect(stderr).toContain('dudao template');
    expect(JSON.parse(stdout).error.code).toBe('unknown-command');
  });

  it('without --format json, nothing on stdout', async () => {
    const { stdout, status } = await run('ledger', 'examples/ledger.json', '--as-of', 'tomorrow');
    expect([status, stdout]).toEqual([2, '']);
  });

  it('a command without json output prints no JSON document (demo --format json)', async () => {
    const { stdout, stderr, status } = await run('demo', '--format', 'json');
    expect([status, stdout]).toEqual([2, '']);
    expect(stderr).toContain('Usage: dudao demo [options]');
  });
});

// /dev/full accepts the file to be opened and fails every write with ENOSPC: an I/O failure no
// command expects, so an honest internal error (Linux only).
describe.runIf(existsSync('/dev/full')).concurrent('exit 70: internal error', () => {
  // The failed run must close /dev/full, never remove it.
  afterAll(() => expect(statSync('/dev/full').isCharacterDevice()).toBe(true));

  it('one line on stderr, no stack trace', async () => {
    const { stdout, stderr, status } = await run(...COMPULSORY, '--out', '/dev/full');
    expect(status).toBe(70);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^dudao: internal error: Error: ENOSPC[^\n]*--debug[^\n]*\n$/);
  });

  it('--debug, before or after the command, adds the stack trace', async () => {
    for (const args of [
      [...COMPULSORY, '--out', '/dev/full', '--debug'],
      ['--debug', ...COMPULSORY, '--out', '/dev/full'],
    ]) {
      const { stderr, status } = await run(...args);
      expect(status).toBe(70);
      expect(stderr).toMatch(/^dudao: internal error: Error: ENOSPC/);
      expect(stderr).toMatch(/\n {4}at /);
    }
  });

  it('--format json: one error document with exitCode 70', async () => {
    const { stdout, status } = await run(
      'ledger',
      'examples/ledger.json',
      '--as-of',
      '2021-12-10',
      '--format',
      'json',
      '--out',
      '/dev/full',
    );
    expect(status).toBe(70);
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({
      ok: false,
      exitCode: 70,
      error: { name: 'InternalError', code: 'internal-error', path: [] },
    });
    expect(doc.error.message).toMatch(/^internal error: Error: ENOSPC/);
  });
});
