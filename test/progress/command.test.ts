/**
 * `dudao progress`: the command's `run` called directly on datasets written to a temporary
 * directory (no process is spawned), with standard output captured. The figures are those of the
 * hand-worked county of test/fixtures/progress-county.ts (derived in compare.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { progressCommand } from '../../src/cli/commands/progress.js';
import { EXIT_OK, parseArgs, UsageError } from '../../src/cli/shared.js';
import { DudaoError } from '../../src/error.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { progressCounty } from '../fixtures/progress-county.js';
import { progressPreschool } from '../fixtures/progress-preschool.js';

const dir = mkdtempSync(join(tmpdir(), 'dudao-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

function write(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

const y2021 = write('county-2021.json', progressCounty(2021));
const y2022 = write('county-2022.json', progressCounty(2022));
const set = 'compulsory-quality-2017';

/** Runs `dudao progress …argv` in-process; returns the exit code and what went to standard output. */
function progress(argv: readonly string[]): { code: number; stdout: string } {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const code = progressCommand.run(parseArgs(argv, progressCommand.options));
  return { code, stdout };
}

/** The error `run` throws (main turns DudaoError into exit 1 and UsageError into exit 2). */
function thrown(argv: readonly string[]): unknown {
  try {
    progress(argv);
  } catch (error) {
    return error;
  }
  throw new Error('expected the command to throw');
}

describe('dudao progress', () => {
  it('prints the Markdown report in Chinese by default (exit 0): 40/46 → 45/46 requirements', () => {
    const { code, stdout } = progress([set, y2021, y2022]);
    expect(code).toBe(EXIT_OK);
    expect(stdout.startsWith('# 进步县（合成数据）（999100）重点指标完成情况')).toBe(true);
    expect(stdout).toContain('## 2021 → 2022');
    // teacher exchange 54/600 = 9 % → 63/600 = 10.5 %: newly met
    expect(stdout).toContain('| 每年交流轮岗教师比例 | 9.00 | 10.50 | 1.50 | 新达标 |');
    // dates default to the last day of each data year; requirements as the assessment counts
    // them: 38 county-level + 2 school sections + 6 vetoes = 46. 2021: 34 + 1 + (6 − 1) = 40;
    // 2022: 37 + 2 + 6 = 45, the one left being teacher pay, so the county still fails.
    expect(stdout).toContain(
      '| 2021-12-31 | 未达到评估标准 | 40/46 | 86.96% | 34/38 | 1/2 | 1 | 1 | 0.0041 |',
    );
    expect(stdout).toContain(
      '| 2022-12-31 | 未达到评估标准 | 45/46 | 97.83% | 37/38 | 2/2 | 0 | 0 | 0.0004 |',
    );
    expect(stdout.endsWith('\n')).toBe(true);
  });

  it('prints English with --lang en', () => {
    expect(progress([set, y2021, y2022, '--lang', 'en']).stdout).toContain('## Readiness over time');
  });

  it('prints one JSON document with --format json: comparisons and trajectory, Decimals as strings', () => {
    const { code, stdout } = progress([set, y2021, y2022, '--format', 'json', '--target-year', '2025']);
    expect(code).toBe(EXIT_OK);
    const parsed = JSON.parse(stdout);
    expect(parsed.comparisons).toHaveLength(1);
    expect(parsed.comparisons[0].newlyMet.map((x: { key: string }) => x.key)).toContain(
      'county:teacher-exchange',
    );
    expect(parsed.trajectory.targetYear).toBe(2025);
    expect(
      parsed.trajectory.points.map((p: { date: string; readiness: { indicators: { met: number } } }) => [
        p.date,
        p.readiness.indicators.met,
      ]),
    ).toEqual([
      ['2021-12-31', 34],
      ['2022-12-31', 37],
    ]);
  });

  it('takes dates from --dates, and compares each dataset with the one before', () => {
    const again = write('county-2022-again.json', progressCounty(2022));
    const { stdout } = progress([
      set,
      y2021,
      y2022,
      again,
      '--dates',
      '2021-09-01, 2022-09-01,2023-09-01',
      '--format',
      'json',
    ]);
    const parsed = JSON.parse(stdout);
    expect(parsed.comparisons).toHaveLength(2);
    expect(parsed.comparisons[1].newlyMet).toEqual([]);
    expect(parsed.trajectory.points.map((p: { date: string }) => p.date)).toEqual([
      '2021-09-01',
      '2022-09-01',
      '2023-09-01',
    ]);
  });

  it('assesses preschool datasets with a preschool set', () => {
    const p2021 = write('preschool-2021.json', progressPreschool(2021));
    const p2022 = write('preschool-2022.json', progressPreschool(2022));
    const parsed = JSON.parse(progress(['preschool-2020', p2021, p2022, '--format', 'json']).stdout);
    // 2021 under the national set: 23 counted (preschool.test.ts), of which funding per child (×2) and
    // the pay ratio are unknown here: provincial parameters with no national threshold since the
    // item-by-item audit (issue #17), so 17 met, 3 unmet, 3 unknown (22 of 25 before).
    expect(parsed.trajectory.points[0].readiness.indicators).toMatchObject({
      met: 17,
      unknown: 3,
      counted: 23,
    });
  });

  it('reads a custom set with --set (here the 2017 set written as JSON)', () => {
    const custom = write('custom-set.json', JSON.parse(JSON.stringify(compulsoryQuality2017)));
    const { code, stdout } = progress(['custom', y2021, y2022, '--set', custom]);
    expect(code).toBe(EXIT_OK);
    expect(stdout).toContain(
      '| 2022-12-31 | 未达到评估标准 | 45/46 | 97.83% | 37/38 | 2/2 | 0 | 0 | 0.0004 |',
    );
  });

  it('writes to --out instead of standard output, with CVs to 2 places when asked', () => {
    const out = join(dir, 'progress.md');
    const { stdout } = progress([set, y2021, y2022, '--out', out, '--cv-places', '2']);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('## 2021 → 2022');
  });

  it('rejects what cannot form a trajectory as invalid input (exit 1), with codes and paths', () => {
    // two datasets of 2022 without --dates: both dated 2022-12-31
    const same = thrown([set, y2022, write('county-2022-b.json', progressCounty(2022))]);
    expect(same).toBeInstanceOf(DudaoError);
    expect((same as DudaoError).code).toBe('duplicate-date');
    const other = write('other-county.json', {
      ...progressCounty(2022),
      county: { code: '999101', name: '邻县（合成数据）' },
    });
    expect((thrown([set, y2021, other]) as DudaoError).code).toBe('different-county');
    expect((thrown([set, y2021, y2022, '--window', '1']) as DudaoError).code).toBe('invalid-window');
    const invalid = write('invalid.json', { ...progressCounty(2022), year: 'x' });
    const error = thrown([set, y2021, invalid]);
    expect(error).toBeInstanceOf(DudaoError);
    expect((error as DudaoError).path).toEqual(['year']);
    expect((thrown([set, y2021, write('broken.json', '{')]) as DudaoError).code).toBe('invalid-json');
  });

  it('treats a wrong call as a usage error (exit 2)', () => {
    expect(thrown([set, y2021])).toBeInstanceOf(UsageError); // one dataset
    expect(thrown([])).toBeInstanceOf(UsageError);
    expect(thrown(['no-such-set', y2021, y2022])).toBeInstanceOf(UsageError);
    expect(thrown(['constructor', y2021, y2022])).toBeInstanceOf(UsageError); // not an own key
    expect(thrown(['supervision-reform-2020', y2021, y2022])).toBeInstanceOf(UsageError);
    expect(thrown([set, y2021, y2022, '--dates', '2021-12-31'])).toBeInstanceOf(UsageError);
    expect(thrown([set, y2021, y2022, '--target-year', 'soon'])).toBeInstanceOf(UsageError);
    expect(thrown([set, y2021, y2022, '--cv-places', '4'])).toBeInstanceOf(UsageError);
    expect(thrown([set, y2021, y2022, '--format', 'csv'])).toBeInstanceOf(UsageError);
    expect(thrown([set, y2021, join(dir, 'missing.json')])).toBeInstanceOf(UsageError);
  });
});
