/** How the command line picks an output format from `--format` and the extension of `--out`. */
import { describe, expect, it } from 'vitest';
import { extensionOf, formatOfFile, outputFormat, parseArgs, UsageError } from '../../src/cli/shared.js';

const args = (...argv: string[]) => parseArgs(argv, ['format', 'out']);
const pick = (...argv: string[]) =>
  outputFormat(args(...argv), 'ledger', ['md', 'json', 'csv', 'html'] as const, 'md');

function usageCode(f: () => unknown): string {
  try {
    f();
  } catch (error) {
    if (error instanceof UsageError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('extensionOf and formatOfFile', () => {
  it.each([
    ['评估.CSV', 'csv', 'csv'],
    ['out/report.Markdown', 'markdown', 'md'],
    ['a.b/report', '', undefined],
    ['.csv', '', undefined],
    ['C:\\reports\\整改.htm', 'htm', 'html'],
    ['counties.ndjson', 'ndjson', 'jsonl'],
    ['report.txt', 'txt', undefined],
  ])('%s: extension %j, format %j', (file, extension, format) => {
    expect(extensionOf(file)).toBe(extension);
    expect(formatOfFile(file)).toBe(format);
  });
});

describe('outputFormat', () => {
  it('without --out: --format, else the default', () => {
    expect(pick()).toBe('md');
    expect(pick('--format', 'csv')).toBe('csv');
  });

  it('without --format: the format the extension names', () => {
    expect(pick('--out', 'a.HTML')).toBe('html');
    expect(pick('--out', 'a.json')).toBe('json');
  });

  it('a --format that agrees with the extension, or an extension that names none', () => {
    expect(pick('--out', 'a.csv', '--format', 'csv')).toBe('csv');
    expect(pick('--out', 'a.txt', '--format', 'md')).toBe('md');
  });

  it('usage errors: contradiction, no format named, a format the command does not write, a bad --format', () => {
    expect(usageCode(() => pick('--out', 'a.csv', '--format', 'md'))).toBe('format-mismatch');
    expect(usageCode(() => pick('--out', 'a.txt'))).toBe('unknown-extension');
    expect(usageCode(() => pick('--out', 'report'))).toBe('unknown-extension');
    expect(usageCode(() => pick('--out', 'a.xlsx'))).toBe('unsupported-format');
    expect(usageCode(() => pick('--format', 'xlsx'))).toBe('invalid-option-value');
  });

  it('a device takes --format or the default, whatever its name', () => {
    expect(pick('--out', '/dev/null')).toBe('md');
    expect(pick('--out', '/dev/null', '--format', 'json')).toBe('json');
  });
});

describe('switches', () => {
  it('take no value, and only when the command has them', () => {
    expect(parseArgs(['--no-bom', 'a.json'], [], ['no-bom']).flags.get('no-bom')).toBe(true);
    expect(parseArgs(['--no-bom', 'a.json'], [], ['no-bom']).positional).toEqual(['a.json']);
    expect(() => parseArgs(['--no-bom'], [])).toThrow(UsageError);
  });
});
