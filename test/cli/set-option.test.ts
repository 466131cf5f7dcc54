// One rule for naming an indicator set on the command line: a built-in set id, else a custom set
// file (.json), in every command that takes one (assess, progress, recheck, validate, template).

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compulsoryRoundedExample, preschoolProvincialExample } from '../fixtures/provincial-examples.js';
import { runCli, useCli } from './run.js';

const cli = useCli('dudao-set-option-');
const run = (...args: string[]) => runCli(cli.script, args);

function setFile(name: string, set: unknown): string {
  const file = join(cli.dir, name);
  writeFileSync(file, JSON.stringify(set));
  return file;
}

describe.concurrent('a set is a built-in id or a custom set file, in every command', () => {
  it('assess: <set-id> may be a set file, and gives what --set gives', async () => {
    const file = setFile('rounded.json', compulsoryRoundedExample);
    const [positional, option] = await Promise.all([
      run('assess', file, 'examples/county-compulsory.json', '--format', 'json'),
      run('assess', 'examples/county-compulsory.json', '--set', file, '--format', 'json'),
    ]);
    expect(positional.status).toBe(0);
    expect(JSON.parse(positional.stdout).set).toBe(compulsoryRoundedExample.id);
    expect(positional.stdout).toBe(option.stdout);
  });

  it('template: --set takes a set file; a set of the other programme is a usage error', async () => {
    const file = setFile('henan.json', preschoolProvincialExample);
    const out = join(cli.dir, 'preschool.xlsx');
    expect((await run('template', 'preschool', '--out', out, '--set', file)).status).toBe(0);
    const wrong = await run(
      'template',
      'compulsory',
      '--format',
      'xlsx',
      '--out',
      join(cli.dir, 'c.xlsx'),
      '--set',
      file,
    );
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--set must be a compulsory-education set');
  });

  it('an unknown name says what a set may be, in every command', async () => {
    const [assess, template] = await Promise.all([
      run('assess', 'no-such-set', 'examples/county-compulsory.json'),
      run(
        'template',
        'compulsory',
        '--format',
        'xlsx',
        '--out',
        join(cli.dir, 'x.xlsx'),
        '--set',
        'no-such-set',
      ),
    ]);
    for (const r of [assess, template]) {
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('unknown set "no-such-set"');
      expect(r.stderr).toContain('or a custom set file (.json)');
    }
  });
});
