/**
 * `dudao ledger` end to end on the example ledger (the hand-worked ledger of
 * test/fixtures/ledger-hand.ts: 41 issues, figures on 2021-12-10 worked out by hand).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli } from './run.js';

let cli: ReturnType<typeof buildCli>;
beforeAll(() => {
  cli = buildCli();
});
afterAll(() => cli.cleanup());

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
    expect(stdout).toContain('问题整改率 82.5%（33/40），逾期未整改 3 项');
  });

  it('csv: the summary and breakdown table, an empty line, then the overdue list', async () => {
    const { stdout, status } = await run(...LEDGER, '--format', 'csv');
    expect(status).toBe(0);
    const [summary, overdue] = stdout.split('\r\n\r\n') as [string, string];
    expect(summary.split('\r\n').slice(0, 3)).toEqual([
      '分类维度,分组,问题总数,撤销,计入整改率,未整改,正在整改,已整改,核查通过,已销号,已撤销,已整改合计,整改率（%）,严格整改率（%）,逾期未整改,是否清零',
      '全部,,41,1,40,2,5,7,5,21,1,33,82.50,65.00,3,否',
      '县（区）,610323,20,0,20,1,2,4,2,11,0,17,85.00,65.00,1,否',
    ]);
    expect(overdue.split('\r\n').slice(0, 2)).toEqual([
      '问题编号,县（区）,问题描述,状态,整改期限,逾期天数,严重程度,牵头单位,配合单位',
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
