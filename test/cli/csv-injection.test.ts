/**
 * The command line's CSV is safe in a spreadsheet and its XLSX holds text as text (issue #18,
 * item 5): school names, departments and issue descriptions that begin with `=`, `+`, `-`, `@`, a
 * tab or a carriage return are written with a single quote in front in `--format csv`; in
 * `--format xlsx` they are string cells (never formulas) holding exactly the text given.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { parseCsvRecords } from '../../src/io/compulsory-csv.js';
import { handLedgerDocument } from '../fixtures/ledger-hand.js';
import { ROOT, runCli, scratchFile, useCli } from './run.js';

const cli = useCli('dudao-injection-');

const run = (...args: string[]) => runCli(cli.script, args);
const HYPERLINK = '=HYPERLINK("http://x","y")';
const ATTACKS = [HYPERLINK, '+1', '-1+2', '@SUM(A1)', '\tx', '\rx'] as const;

/** The sample county with the attacks as school names. */
function attackedCounty(): string {
  const county = JSON.parse(readFileSync(join(ROOT, 'examples/county-compulsory.json'), 'utf8')) as {
    schools: { name: string }[];
  };
  ATTACKS.forEach((attack, i) => {
    (county.schools[i] as { name: string }).name = attack;
  });
  return scratchFile(cli.dir, 'county.json', JSON.stringify(county));
}

/** The hand ledger with attacks as descriptions and departments (A08, B02, C04 are overdue). */
function attackedLedger(): string {
  let text = JSON.stringify(handLedgerDocument);
  const replace: Record<string, string> = {
    新建小区配套学校未同步建设: HYPERLINK,
    操场被占用: '\tx',
    教职工编制缺口: '\rx',
    住建局: '+1',
    自然资源局: '-1+2',
    编办: '@SUM(A1)',
  };
  for (const [from, to] of Object.entries(replace))
    text = text.replaceAll(from, JSON.stringify(to).slice(1, -1));
  return scratchFile(cli.dir, 'ledger.json', text);
}

function expectSafe(csv: string): string[] {
  const cells = parseCsvRecords(csv).flatMap((r) => r.cells);
  for (const cell of cells) if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
  return cells;
}

describe.concurrent('--format csv neutralises text a spreadsheet would run', () => {
  it('assess: school names', async () => {
    const { stdout, status } = await run(
      'assess',
      'compulsory-quality-2017',
      attackedCounty(),
      '--format',
      'csv',
    );
    expect(status).toBe(0);
    const cells = expectSafe(stdout);
    for (const attack of ATTACKS) expect(cells).toContain(`'${attack}`);
  });

  it('ledger: descriptions and departments', async () => {
    const file = attackedLedger();
    const { stdout, status } = await run('ledger', file, '--as-of', '2021-12-10', '--format', 'csv');
    expect(status).toBe(0);
    const cells = expectSafe(stdout);
    for (const attack of ATTACKS) expect(cells).toContain(`'${attack}`);
  });

  it('template: the header line has nothing to neutralise', async () => {
    const { stdout, status } = await run('template', 'compulsory');
    expect(status).toBe(0);
    expect(expectSafe(stdout).length).toBeGreaterThan(5);
  });
});

describe('--format xlsx writes text as string cells, never formulas', () => {
  it('the method tells them apart: a formula cell reads back empty, a string cell as its text', async () => {
    const bytes = await writeXlsxFile([[{ value: 'SUM(1,2)', type: 'Formula' }, HYPERLINK]]).toBuffer();
    const [sheet] = await readXlsxFile(bytes);
    expect(sheet?.data[0]).toEqual([null, HYPERLINK]);
  });

  it('assess: the school names are exactly the text given, with no quote added', async () => {
    const out = join(cli.dir, 'assess.xlsx');
    const { status } = await run(
      'assess',
      'compulsory-quality-2017',
      attackedCounty(),
      '--format',
      'xlsx',
      '--out',
      out,
    );
    expect(status).toBe(0);
    const sheets = await readXlsxFile(out, { trim: false });
    const sections = sheets.find((s) => s.sheet === '学校学段指标');
    const names = new Set(sections?.data.slice(1).map((row) => row[1]));
    for (const attack of ATTACKS) expect(names).toContain(attack);
  });

  it('ledger: the descriptions and departments are exactly the text given', async () => {
    const out = join(cli.dir, 'ledger.xlsx');
    const file = attackedLedger();
    const { status } = await run('ledger', file, '--as-of', '2021-12-10', '--format', 'xlsx', '--out', out);
    expect(status).toBe(0);
    const sheets = await readXlsxFile(out, { trim: false });
    const cells = sheets.flatMap((s) => s.data.flat());
    for (const attack of ATTACKS) expect(cells).toContain(attack);
  });
});
