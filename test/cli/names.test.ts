/**
 * `--city` on `dudao ledger` and `dudao recheck` (issue #14 item 4): the city's documents give the
 * names of counties, schools, kindergartens and inspections, so the reports print names where a
 * ledger alone knows only ids.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
const dir = mkdtempSync(join(tmpdir(), 'dudao-names-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ledgerFile = join(dir, 'ledger.json');
const cityFile = join(dir, 'city.json');
writeFileSync(ledgerFile, JSON.stringify(sampleCity.ledger));
writeFileSync(cityFile, JSON.stringify(sampleCity));

const run = (...args: string[]) => runCli(cli.script, args);

describe.concurrent('--city: names, not ids', () => {
  it('ledger md: counties, inspections, categories and schools by name', async () => {
    const { stdout, stderr, status } = await run(
      'ledger',
      ledgerFile,
      '--as-of',
      sampleCity.asOf,
      '--city',
      cityFile,
    );
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toContain('| 东湖县 | 20 | 1 | 17 |');
    expect(stdout).toContain('| 省级过程督导（2025-05-12至2025-05-23） |');
    expect(stdout).toContain('| 大班额 |');
    expect(stdout).toContain('| 东湖县城关第一小学 |');
  });

  it('ledger csv: the same names in the summary table', async () => {
    const { stdout, status } = await run(
      'ledger',
      ledgerFile,
      '--as-of',
      sampleCity.asOf,
      '--city',
      cityFile,
      '--format',
      'csv',
    );
    expect(status).toBe(0);
    expect(stdout).toContain('\r\n县（区）,东湖县,');
    expect(stdout).not.toContain(',990101,');
  });

  it('ledger without --city: codes as written, categories in Chinese', async () => {
    const { stdout, status } = await run('ledger', ledgerFile, '--as-of', sampleCity.asOf);
    expect(status).toBe(0);
    expect(stdout).toContain('| 990101 | 20 | 1 | 17 |');
    expect(stdout).toContain('| 大班额 |');
  });

  it('recheck md: the visit by its title, counties by name', async () => {
    const { stdout, stderr, status } = await run(
      'recheck',
      ledgerFile,
      '--inspection',
      'SL-2025-11-return',
      '--as-of',
      sampleCity.asOf,
      '--city',
      cityFile,
    );
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout.split('\n')[0]).toContain('市级回访督导（2025-11-');
    expect(stdout).not.toMatch(/\| 99010\d \|/);
  });

  it('a --city file that is not a city: exit 1 with the problem at its path', async () => {
    const bad = join(dir, 'bad-city.json');
    writeFileSync(bad, JSON.stringify({ counties: [] }));
    const { stderr, status } = await run('ledger', ledgerFile, '--as-of', sampleCity.asOf, '--city', bad);
    expect(status).toBe(1);
    expect(stderr).toContain('counties');
  });
});
