/**
 * `dudao ledger <file> --as-of …`: the command's JSON document and its usage errors, run through
 * the command object (no child process).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerCommand } from '../../src/cli/commands/ledger.js';
import { parseArgs, UsageError } from '../../src/cli/shared.js';
import { DudaoError } from '../../src/error.js';
import { handLedgerDocument } from '../fixtures/ledger-hand.js';

const dir = mkdtempSync(join(tmpdir(), 'dudao-ledger-'));
const file = join(dir, 'ledger.json');
writeFileSync(file, JSON.stringify(handLedgerDocument));

// md runs synchronously and returns the exit code itself; json, csv (written as a stream) and
// xlsx return a promise of it. Usage errors are thrown before anything runs.
function run(argv: string[]): number | Promise<number> {
  return ledgerCommand.run(parseArgs(argv, ledgerCommand.options));
}

describe('dudao ledger', () => {
  it('--format json writes the contract fields at the top level, rates as decimal strings', async () => {
    const out = join(dir, 'out.json');
    expect(await run([file, '--as-of', '2021-12-10', '--format', 'json', '--out', out])).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json).toMatchObject({
      asOf: '2021-12-10',
      total: 41,
      withdrawn: 1,
      byStatus: { open: 2, 'in-progress': 5, rectified: 7, verified: 5, closed: 21, withdrawn: 1 },
      rectified: 33,
      rate: '0.825',
      strictRate: '0.65',
      overdue: 3,
      cleared: false,
      eventsAfterAsOf: 0,
    });
    expect(json.overdueIssues.map((e: { id: string }) => e.id)).toEqual(['B02', 'A08', 'C04']);
  });

  it('an earlier --as-of counts only the history up to that day', async () => {
    const out = join(dir, 'earlier.json');
    await run([file, '--as-of', '2021-06-30', '--format', 'json', '--out', out]);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.total).toBe(25);
    expect(json.eventsAfterAsOf).toBeGreaterThan(0);
  });

  it('--format md writes the report with its summary sentence', () => {
    const out = join(dir, 'out.md');
    run([file, '--as-of', '2021-12-10', '--out', out]);
    expect(readFileSync(out, 'utf8')).toContain('问题整改率 82.50%（33/40），逾期未整改 3 项');
  });

  it('--as-of is required and must be a real date (usage errors)', () => {
    expect(() => run([file])).toThrow(UsageError);
    expect(() => run([file, '--as-of', '2021-02-30'])).toThrow(UsageError);
    expect(() => run(['--as-of', '2021-12-10'])).toThrow(UsageError);
  });

  it('an impossible history is invalid input, with its path', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(
      bad,
      JSON.stringify({
        ...handLedgerDocument,
        events: [...handLedgerDocument.events, { type: 'issue-closed', at: '2021-12-11', issueId: 'A03' }],
      }),
    );
    expect(() => run([bad, '--as-of', '2021-12-10'])).toThrow(DudaoError);
    try {
      run([bad, '--as-of', '2021-12-10']);
    } catch (error) {
      expect((error as DudaoError).path).toEqual(['events', handLedgerDocument.events.length]);
    }
  });
});
