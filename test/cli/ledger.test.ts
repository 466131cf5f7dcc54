/**
 * `dudao ledger` end to end on the example ledger (the hand-worked ledger of
 * test/fixtures/ledger-hand.ts: 41 issues, figures on 2021-12-10 worked out by hand).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLedger } from '../../src/ledger/fold.js';
import { renderLedgerCsv } from '../../src/report/csv.js';
import { ledgerReport, ledgerReportToJSON } from '../../src/scoring/report.js';
import { buildCli, ROOT, runCli, scratchFile } from './run.js';

let cli: ReturnType<typeof buildCli>;
beforeAll(() => {
  cli = buildCli();
});
afterAll(() => cli.cleanup());
const dir = mkdtempSync(join(tmpdir(), 'dudao-ledger-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => runCli(cli.script, args);
const LEDGER = ['ledger', 'examples/ledger.json', '--as-of', '2021-12-10'];

describe.concurrent('dudao ledger examples/ledger.json --as-of 2021-12-10', () => {
  it('json: 33 of 40 rectified (82.5 %), 26 verified or closed (65 %), 3 overdue, not cleared', async () => {
    const { stdout, stderr, status } = await run(...LEDGER, '--format', 'json');
    expect(status).toBe(0);
    expect(stderr).toBe('');
    const doc = JSON.parse(stdout);
    expect(doc).toMatchObject({
      asOf: '2021-12-10',
      total: 41,
      withdrawn: 1,
      byStatus: { open: 2, 'in-progress': 5, rectified: 7, verified: 5, closed: 21, withdrawn: 1 },
      rectified: 33,
      rate: '0.825',
      strictRate: '0.65',
      overdue: 3,
      cleared: false,
    });
  });

  it('md: the one-sentence summary', async () => {
    const { stdout, status } = await run(...LEDGER);
    expect(status).toBe(0);
    expect(stdout).toContain('问题整改率 82.50%（33/40），逾期未整改 3 项');
  });

  it('csv: a byte order mark, the summary and breakdown table, an empty line, then the overdue list', async () => {
    const { stdout, status } = await run(...LEDGER, '--format', 'csv');
    expect(status).toBe(0);
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    const [summary, overdue] = stdout.slice(1).split('\r\n\r\n') as [string, string];
    expect(summary.split('\r\n').slice(0, 3)).toEqual([
      '分类维度,分组,问题总数,撤回,计入整改率,未整改,正在整改,已整改,核查通过,已销号,已撤回,已整改合计,整改率（%）,核查确认整改率（%）,逾期未整改,是否清零',
      '全部,,41,1,40,2,5,7,5,21,1,33,82.50,65.00,3,否',
      '县（区）,610323,20,0,20,1,2,4,2,11,0,17,85.00,65.00,1,否',
    ]);
    expect(overdue.split('\r\n').slice(0, 2)).toEqual([
      '问题编号,县（区）,问题描述,状态,整改时限,逾期天数,严重程度,牵头单位,配合单位',
      'B02,610328,示例：操场被占用,正在整改,2021-08-31,101,重大,自然资源局,教育局',
    ]);
  });

  it('a missing --as-of is a usage error (exit 2): there is no hidden clock', async () => {
    const { stdout, stderr, status } = await run('ledger', 'examples/ledger.json');
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--as-of');
  });
});

/** A ledger of many counties: per county one issue closed, one rectified, one overdue. */
function manyCounties(counties: number): unknown {
  const issue = (county: number, n: number) => ({
    id: `${county}-${n}`,
    county: String(100000 + county),
    programme: 'compulsory-quality',
    source: { inspection: `insp-${county % 50}`, level: 'provincial' },
    category: 'large-classes',
    scope: { kind: 'county' },
    commonality: 'individual',
    description: '示例：大班额',
    severity: n === 0 ? 'major' : 'minor',
    mode: 'deadline',
    deadline: '2021-06-30',
    responsible: [{ unit: `教育局${county % 7}`, lead: true }],
  });
  const events: unknown[] = [];
  for (let c = 0; c < counties; c += 1) {
    for (let n = 0; n < 3; n += 1)
      events.push({ type: 'issue-raised', at: '2021-04-20', issue: issue(c, n) });
    events.push({
      type: 'rectification-reported',
      at: '2021-05-01',
      issueId: `${c}-0`,
      evidence: [{ title: '整改报告' }],
    });
    events.push({ type: 'verification-passed', at: '2021-05-10', issueId: `${c}-0`, by: '市督导组' });
    events.push({ type: 'issue-closed', at: '2021-05-11', issueId: `${c}-0` });
    events.push({
      type: 'rectification-reported',
      at: '2021-06-01',
      issueId: `${c}-1`,
      evidence: [{ title: '整改报告' }],
    });
  }
  return { schemaVersion: 1, events };
}

describe.concurrent('dudao ledger writes json and csv as a stream, the same documents as before', () => {
  const input = manyCounties(2000);
  const file = scratchFile(dir, 'many-counties.json', JSON.stringify(input));
  const report = ledgerReport(loadLedger(input).state, { asOf: '2021-12-10' });

  it('json: byte for byte JSON.stringify(report, null, 2), one breakdown row per county', async () => {
    const { stdout, status } = await run('ledger', file, '--as-of', '2021-12-10', '--format', 'json');
    expect(status).toBe(0);
    expect(stdout).toBe(
      `${JSON.stringify({ ...ledgerReportToJSON(report), eventsAfterAsOf: 0 }, null, 2)}\n`,
    );
    const doc = JSON.parse(stdout);
    expect(doc.breakdowns.county).toHaveLength(2000);
    // 2000 closed of 6000 issues; 2000 rectified not yet verified; 2000 overdue.
    expect(doc).toMatchObject({ total: 6000, rectified: 4000, overdue: 2000, cleared: false });
  });

  it('csv --out FILE: the text of renderLedgerCsv with its byte order mark, written to the file', async () => {
    const out = join(dir, 'many-counties.csv');
    const { stdout, status } = await run(
      'ledger',
      file,
      '--as-of',
      '2021-12-10',
      '--format',
      'csv',
      '--out',
      out,
    );
    expect([status, stdout]).toEqual([0, '']);
    expect(readFileSync(out, 'utf8')).toBe(renderLedgerCsv(report, { bom: true }));
  });

  it('json --out FILE on the example ledger: the same document as on standard output', async () => {
    const out = join(dir, 'example.json');
    const toFile = await run(...LEDGER, '--format', 'json', '--out', out);
    expect([toFile.status, toFile.stdout]).toEqual([0, '']);
    const stdout = (await run(...LEDGER, '--format', 'json')).stdout;
    expect(readFileSync(out, 'utf8')).toBe(stdout);
    const example = loadLedger(JSON.parse(readFileSync(join(ROOT, 'examples/ledger.json'), 'utf8')));
    const expected = ledgerReportToJSON(ledgerReport(example.state, { asOf: '2021-12-10' }));
    expect(JSON.parse(stdout)).toMatchObject(JSON.parse(JSON.stringify(expected)));
  });
});
