/**
 * `dudao city`: the command's `run` called directly on a document written to a temporary
 * directory (no process is spawned), with standard output captured.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { cityCommand } from '../../src/cli/commands/city.js';
import { EXIT_OK, parseArgs, UsageError } from '../../src/cli/shared.js';
import { DudaoError } from '../../src/error.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { parseCityDocument, safeParseCityDocument } from '../../src/schema/inspection.js';
import {
  HAND_COUNTIES,
  handAssessments,
  handInspections,
  handInstitutions,
  handLedgerSummariesJson,
  handPlans,
} from '../fixtures/city-hand.js';

const dir = mkdtempSync(join(tmpdir(), 'dudao-city-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const document = () => ({
  schemaVersion: 1,
  counties: HAND_COUNTIES,
  plans: handPlans,
  inspections: handInspections(),
  ledgerSummaries: handLedgerSummariesJson,
  assessments: handAssessments,
  institutions: handInstitutions,
});

function write(name: string, value: unknown): string {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  return file;
}

/** Runs `dudao city …argv` in-process; returns the exit code and what went to standard output. */
function city(argv: readonly string[]): { code: number; stdout: string } {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  });
  const code = cityCommand.run(parseArgs(argv, cityCommand.options));
  return { code, stdout };
}

/** The error `run` throws (main turns DudaoError into exit 1 and UsageError into exit 2). */
function thrown(argv: readonly string[]): unknown {
  try {
    city(argv);
  } catch (error) {
    return error;
  }
  throw new Error('expected the command to throw');
}

describe('dudao city', () => {
  const file = write('city.json', document());

  it('prints the Markdown report in Chinese by default (exit 0)', () => {
    const { code, stdout } = city([file, '--as-of', '2024-12-31']);
    expect(code).toBe(EXIT_OK);
    expect(stdout.split('\n')[0]).toBe('# 全市督导工作情况（截至 2024-12-31）');
    expect(stdout).toContain(
      '截至 2024-12-31，累计开展督导 8 次，督导评估学校（幼儿园）16 所次，覆盖 12 所，走访部门 4 个，访谈 72 人，覆盖 4 个创建县（区）中的 3 个（范围内学校和幼儿园 13 所，已督导 11 所；尚未全覆盖：999503），发现问题 5 个方面，下发督导意见 10 条。',
    );
    // 9/10 and 1/3 read from decimal strings in the document
    expect(stdout).toContain(
      '| 甲县 | 义务教育优质均衡 | 省级评估 | 2024 | 按期 | 达到评估标准（2024） | 90.00% | 0 |',
    );
    expect(stdout).toContain('| 丙县 | 学前教育普及普惠 | 4 | 2 | 50.00% | c-k3、c-k4 |');
    expect(stdout.endsWith('\n')).toBe(true);
  });

  it('prints English with --lang en', () => {
    const { stdout } = city([file, '--as-of', '2024-12-31', '--lang', 'en']);
    expect(stdout.split('\n')[0]).toBe('# Supervision in the city (as of 2024-12-31)');
    expect(stdout).toContain('3 of 4 target counties fully covered');
  });

  it('prints exactly one JSON document with --format json, figures as decimal strings', () => {
    const { code, stdout } = city([file, '--as-of=2024-12-31', '--format', 'json']);
    expect(code).toBe(EXIT_OK);
    const parsed = JSON.parse(stdout);
    expect(parsed.city).toMatchObject({ inspections: 8, institutionsAssessed: 12, fullCoverage: false });
    // The document gave 1/3 to 40 digits; the report holds the nearest number, written back as a
    // decimal string correct to at least 12 significant digits.
    const rate = parsed.rows[2].rectificationRate;
    expect(typeof rate).toBe('string');
    expect(new Decimal(rate).minus(new Decimal(1).div(3)).abs().lt('1e-16')).toBe(true);
    expect(parsed.rows[0].coverage).toEqual({ visited: 3, total: 3, share: '1', full: true, missing: [] });
  });

  it('falls back to county-level coverage when the document has no institutions', () => {
    const { institutions: _unused, ...rest } = document();
    const plain = write('city-plain.json', rest);
    const parsed = JSON.parse(city([plain, '--as-of', '2024-12-31', '--format', 'json']).stdout);
    expect(parsed.city).toMatchObject({ coverageBasis: 'counties', fullCoverage: true });
    expect(parsed.coverage).toBeNull();
  });

  it('writes to --out instead of standard output', () => {
    const out = join(dir, 'report.md');
    const { stdout } = city([file, '--as-of', '2024-12-31', '--out', out]);
    expect(stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toContain('# 全市督导工作情况');
  });

  it('rejects an invalid document with every problem and its path (exit 1)', () => {
    const bad = document();
    (bad.inspections[1] as { dates: unknown }).dates = { start: '2023-04-11', end: '2023-04-10' };
    const badFile = write('city-bad.json', {
      ...bad,
      ledgerSummaries: [{ county: '999501', programme: 'compulsory-quality', rate: '1.2', overdue: 0 }],
      counties: [...HAND_COUNTIES, HAND_COUNTIES[0]],
    });
    const error = thrown([badFile, '--as-of', '2024-12-31']);
    expect(error).toBeInstanceOf(DudaoError);
    expect((error as DudaoError).issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-id', ['counties', 4, 'code']],
      ['end-before-start', ['inspections', 1, 'dates', 'end']],
      ['share-above-one', ['ledgerSummaries', 0, 'rate']],
    ]);
  });

  it('rejects malformed JSON as invalid input (exit 1)', () => {
    const error = thrown([write('broken.json', '{"schemaVersion": 1,'), '--as-of', '2024-12-31']);
    expect(error).toBeInstanceOf(DudaoError);
    expect((error as DudaoError).code).toBe('invalid-json');
  });

  it('treats a missing file, a missing or bad --as-of and a bad --format as usage errors (exit 2)', () => {
    expect(thrown([])).toBeInstanceOf(UsageError);
    expect(thrown([file])).toBeInstanceOf(UsageError);
    expect(thrown([file, '--as-of', '2024-02-30'])).toBeInstanceOf(UsageError);
    expect(thrown([file, '--as-of', '2024-12-31', '--format', 'csv'])).toBeInstanceOf(UsageError);
    expect(thrown([join(dir, 'missing.json'), '--as-of', '2024-12-31'])).toBeInstanceOf(UsageError);
    expect(() => parseArgs([file, '--verbose'], cityCommand.options)).toThrow(UsageError);
  });
});

describe('cityDocumentSchema', () => {
  it('accepts the hand-worked document and keeps the forms given', () => {
    const parsed = parseCityDocument(document());
    expect(parsed.ledgerSummaries?.[0]?.rate).toBe('0.9');
    expect(parsed.institutions).toHaveLength(15);
  });

  it('accepts assessments and summaries with extra fields (the JSON of `dudao assess`, a spread summary)', () => {
    const result = safeParseCityDocument({
      ...document(),
      assessments: [
        {
          county: { code: '999501', name: '甲县' },
          programme: 'compulsory-quality',
          year: 2024,
          status: 'passed',
          set: 'x',
        },
      ],
      ledgerSummaries: [
        { county: '999501', programme: 'compulsory-quality', rate: null, overdue: '3', total: 0 },
      ],
    });
    expect(result.success).toBe(true);
  });

  it('rejects an unknown top-level field, a wrong schemaVersion and a bad institution, with paths', () => {
    const result = safeParseCityDocument({
      ...document(),
      schemaVersion: 2,
      extra: true,
      institutions: [{ county: '999501', programme: 'preschool', id: 'k', inScope: 'yes' }],
    });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map((i) => i.path)).toEqual(
        expect.arrayContaining([['schemaVersion'], ['extra'], ['institutions', 0, 'inScope']]),
      );
    }
  });
});
