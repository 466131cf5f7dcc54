/**
 * Output formats that cannot lie: every command in every format it offers, written to standard
 * output (where the format allows) and to an `--out` file named by the format's extension, and the
 * bytes checked to be that format (JSON parses, JSON Lines parse line by line, CSV starts with the
 * UTF-8 byte order mark and its header, XLSX is a zip holding xl/workbook.xml, DOCX one holding
 * word/document.xml, HTML starts with
 * `<!doctype html>`, Markdown with `#`). Then the rules: a `--format` that contradicts the
 * extension, an extension that names no format, and a format the command does not write are
 * usage errors (exit 2) that name both and print the command's usage; `--no-bom` leaves the mark
 * out. The inputs are the files `dudao init` writes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { COMPULSORY_CSV_COLUMNS } from '../../src/io/compulsory-columns.js';
import { sampleCity } from '../../src/sample/index.js';
import { runCli, useCli } from './run.js';

const cli = useCli('dudao-formats-');
const run = (...args: string[]) => runCli(cli.script, args);
const ex = (name: string): string => join(cli.dir, 'ex', name);
const asOf = sampleCity.asOf;

beforeAll(async () => {
  const init = await run('init', join(cli.dir, 'ex'));
  expect(init.status, init.stderr).toBe(0);
});

type Format = 'md' | 'json' | 'jsonl' | 'csv' | 'xlsx' | 'html' | 'docx';

const TEMPLATE_HEADER = COMPULSORY_CSV_COLUMNS.map((c) => c.zh).join(',');

/** A command, its arguments, the formats it writes and, for CSV, the header line it starts with. */
interface Case {
  readonly name: string;
  readonly args: () => string[];
  readonly formats: readonly Format[];
  readonly csvHeader?: string;
}

const CASES: readonly Case[] = [
  { name: 'validate', args: () => ['validate', ex('county-compulsory.json')], formats: ['md', 'json'] },
  {
    name: 'assess (compulsory)',
    args: () => ['assess', 'compulsory-quality-2017', ex('county-compulsory.json')],
    formats: ['md', 'json', 'jsonl', 'csv', 'xlsx', 'html'],
    csvHeader: '学校代码,学校名称,学段,指标编号,指标,值,标准,是否达标,分子,分母',
  },
  {
    name: 'assess (preschool)',
    args: () => ['assess', 'preschool-2020', ex('county-preschool.json')],
    formats: ['md', 'json', 'jsonl', 'csv', 'xlsx', 'html'],
    csvHeader: '方面,指标编号,指标,值,标准,是否达标,分子,分母',
  },
  {
    name: 'assess (many counties)',
    args: () => ['assess', 'compulsory-quality-2017', ex('counties.jsonl')],
    formats: ['md', 'json', 'jsonl', 'html'],
  },
  {
    name: 'ledger',
    args: () => ['ledger', ex('ledger.json'), '--as-of', asOf],
    formats: ['md', 'json', 'csv', 'xlsx', 'html'],
    csvHeader:
      '分类维度,分组,问题总数,撤回,计入整改率,未整改,正在整改,已整改,核查通过,已销号,已撤回,已整改合计,整改率（%）,核查确认整改率（%）,逾期未整改,是否清零',
  },
  {
    name: 'progress',
    args: () => [
      'progress',
      'compulsory-quality-2017',
      ex(`county-compulsory-${sampleCity.year - 1}.json`),
      ex('county-compulsory.json'),
    ],
    formats: ['md', 'json'],
  },
  { name: 'city', args: () => ['city', ex('city.json'), '--as-of', asOf], formats: ['md', 'json', 'html'] },
  { name: 'demo', args: () => ['demo'], formats: ['md', 'html'] },
  {
    name: 'template',
    args: () => ['template', 'compulsory'],
    formats: ['csv', 'xlsx'],
    csvHeader: TEMPLATE_HEADER,
  },
  {
    name: 'recheck',
    args: () => ['recheck', ex('ledger.json'), '--inspection', 'SL-2025-11-return', '--as-of', asOf],
    formats: ['md', 'json', 'csv', 'xlsx'],
    csvHeader:
      '分类维度,分组,应复查,已复查,已整改,基本整改,未整改,不再适用,未复查,新发现问题,计入复查整改率,复查整改率（%）',
  },
  {
    name: 'opinion',
    args: () => [
      'opinion',
      ex('city-data.json'),
      '--inspection',
      'SL-2025-11-return',
      '--county',
      '990102',
      '--as-of',
      '2025-12-05',
      '--issuer',
      '示例市人民政府教育督导室',
      '--recipient',
      '西山县人民政府',
      '--deadline',
      '2026-03-31',
    ],
    formats: ['md', 'json', 'html', 'docx'],
  },
  {
    name: 'ledger (issue sheet)',
    args: () => [
      'ledger',
      ex('ledger.json'),
      '--as-of',
      asOf,
      '--sheet',
      'issues',
      '--city',
      ex('city-data.json'),
    ],
    formats: ['csv', 'xlsx'],
    csvHeader:
      '序号,问题来源,县（区）,学校/单位,问题类别,共性/个性,问题描述,整改措施,牵头单位,配合单位,责任人,整改时限,整改进展,佐证材料,当前状态,销号日期',
  },
  {
    name: 'survey plan',
    args: () => ['survey', 'plan', ex('survey.json')],
    formats: ['md', 'json', 'csv'],
    csvHeader: '调查对象,区域,问卷数',
  },
  { name: 'survey assess', args: () => ['survey', 'assess', ex('survey.json')], formats: ['md', 'json'] },
];

/** Why the bytes are not the format, or '' when they are. */
function notFormat(format: Format, bytes: Buffer, csvHeader?: string): string {
  const text = bytes.toString('utf8');
  switch (format) {
    case 'json':
      try {
        JSON.parse(text);
        return '';
      } catch (error) {
        return `not JSON: ${(error as Error).message}`;
      }
    case 'jsonl': {
      const lines = text.split('\n');
      if (lines.pop() !== '' || lines.length === 0) return 'JSON Lines end with a line break';
      for (const line of lines) {
        try {
          JSON.parse(line);
        } catch {
          return `a line is not JSON: ${line.slice(0, 60)}`;
        }
      }
      return '';
    }
    case 'csv': {
      if (!text.startsWith('\uFEFF')) return 'no UTF-8 byte order mark';
      const header = text.slice(1, text.indexOf('\r\n'));
      return csvHeader === undefined || header === csvHeader ? '' : `header ${header}`;
    }
    case 'xlsx':
      // A zip (local file header PK\3\4) whose directory names the workbook part.
      return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) &&
        bytes.includes('xl/workbook.xml')
        ? ''
        : 'not a zip with xl/workbook.xml';
    case 'docx':
      // A zip whose directory names the main document part of a Word file.
      return bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04])) &&
        bytes.includes('word/document.xml')
        ? ''
        : 'not a zip with word/document.xml';
    case 'html':
      return text.startsWith('<!doctype html>') ? '' : `starts ${text.slice(0, 40)}`;
    case 'md':
      return text.startsWith('#') ? '' : `starts ${text.slice(0, 40)}`;
  }
}

const EXTENSION: Readonly<Record<Format, string>> = {
  md: 'md',
  json: 'json',
  jsonl: 'jsonl',
  csv: 'csv',
  xlsx: 'xlsx',
  html: 'html',
  docx: 'docx',
};

const STDOUT_ROWS = CASES.flatMap((c) =>
  c.formats.filter((f) => f !== 'xlsx' && f !== 'docx').map((format) => [c.name, format, c] as const),
);
const FILE_ROWS = CASES.flatMap((c) => c.formats.map((format) => [c.name, format, c] as const));

// The table runs about 70 processes; the bytes of a format do not depend on the time zone, so it
// runs in one of the three zones `npm run test:unit` uses (dates are tested in each elsewhere).
const OTHER_ZONE = process.env.TZ !== undefined && process.env.TZ !== 'UTC';

describe.skipIf(OTHER_ZONE).concurrent('every command in every format, to standard output', () => {
  it.each(STDOUT_ROWS)('%s --format %s', async (_name, format, c) => {
    const { stdout, stderr, status } = await run(...c.args(), '--format', format);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(notFormat(format, Buffer.from(stdout, 'utf8'), c.csvHeader)).toBe('');
  });
});

describe
  .skipIf(OTHER_ZONE)
  .concurrent('every command in every format, to --out FILE.<format> (the extension decides)', () => {
    it.each(FILE_ROWS)('%s --out FILE.%s', async (name, format, c) => {
      const out = join(cli.dir, `${name.replace(/\W+/g, '-')}.${EXTENSION[format]}`);
      const { stdout, stderr, status } = await run(...c.args(), '--out', out);
      expect(stderr).toBe('');
      expect(status).toBe(0);
      expect(stdout).toBe('');
      expect(notFormat(format, readFileSync(out), c.csvHeader)).toBe('');
    });
  });

describe.concurrent('a --format and an --out extension that agree', () => {
  it.each([
    ['ledger', 'html'],
    ['assess (compulsory)', 'csv'],
    ['validate', 'json'],
  ] as const)('%s --format %s --out FILE.%s', async (name, format) => {
    const c = CASES.find((x) => x.name === name) as Case;
    const out = join(cli.dir, `agree-${format}.${format.toUpperCase()}`);
    const { status, stderr } = await run(...c.args(), '--format', format, '--out', out);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(notFormat(format, readFileSync(out), c.csvHeader)).toBe('');
  });
});

describe.concurrent('formats that would lie are usage errors (exit 2), with the command’s usage', () => {
  it('--format md with --out FILE.csv: names both, writes nothing', async () => {
    const out = join(cli.dir, '评估.csv');
    const c = CASES[1] as Case;
    const { stdout, stderr, status } = await run(...c.args(), '--format', 'md', '--out', out);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`dudao: --format md contradicts --out ${out}, a .csv file (csv)`);
    expect(stderr).toContain('Usage: dudao assess <set-id> <file> [options]');
    expect(existsSync(out)).toBe(false);
  });

  it('with --format json the error document says format-mismatch', async () => {
    const out = join(cli.dir, 'mismatch-ledger.md');
    const { stdout, status } = await run(
      'ledger',
      ex('ledger.json'),
      '--as-of',
      asOf,
      '--format',
      'json',
      '--out',
      out,
    );
    expect(status).toBe(2);
    expect(JSON.parse(stdout).error).toMatchObject({ name: 'UsageError', code: 'format-mismatch' });
    expect(existsSync(out)).toBe(false);
  });

  it('an extension that names no format, without --format: unknown-extension', async () => {
    const out = join(cli.dir, 'ledger.txt');
    const { stderr, status } = await run('ledger', ex('ledger.json'), '--as-of', asOf, '--out', out);
    expect(status).toBe(2);
    expect(stderr).toContain(
      `dudao: --out ${out} ends in .txt, which names no format: end it in .md, .json, .csv, .xlsx, .html, or give --format`,
    );
    expect(stderr).toContain('Usage: dudao ledger <file> --as-of YYYY-MM-DD [options]');
    expect(existsSync(out)).toBe(false);
  });

  it('the same file with --format md is Markdown', async () => {
    const out = join(cli.dir, 'ledger-report.txt');
    const { status } = await run(
      'ledger',
      ex('ledger.json'),
      '--as-of',
      asOf,
      '--format',
      'md',
      '--out',
      out,
    );
    expect(status).toBe(0);
    expect(notFormat('md', readFileSync(out))).toBe('');
  });

  it('an extension naming a format the command does not write: unsupported-format', async () => {
    const out = join(cli.dir, 'valid.csv');
    const { stderr, status } = await run('validate', ex('ledger.json'), '--out', out);
    expect(status).toBe(2);
    expect(stderr).toContain(`dudao: validate does not write csv (--out ${out}); it writes md, json`);
    expect(stderr).toContain('Usage: dudao validate <file> [options]');
  });

  it('a --format the command does not write: invalid-option-value', async () => {
    const { stderr, status } = await run(
      'progress',
      'compulsory-quality-2017',
      ex('county-compulsory.json'),
      ex('county-compulsory.json'),
      '--format',
      'csv',
    );
    expect(status).toBe(2);
    expect(stderr).toContain('dudao: --format must be one of md, json');
    expect(stderr).toContain('Usage: dudao progress <set-id>');
  });
});

describe.concurrent('CSV as Excel reads it', () => {
  it('assess --format csv: the byte order mark, and the school columns named as in the template', async () => {
    const { stdout } = await run(...(CASES[1] as Case).args(), '--format', 'csv');
    expect(stdout.startsWith('\uFEFF')).toBe(true);
    const header = stdout.slice(1, stdout.indexOf('\r\n')).split(',');
    expect(header.slice(0, 2)).toEqual([COMPULSORY_CSV_COLUMNS[0]?.zh, COMPULSORY_CSV_COLUMNS[1]?.zh]);
    expect(header).toContain(COMPULSORY_CSV_COLUMNS.find((c) => c.field === 'stage')?.zh);
  });

  it('--lang en: the English names of the template', async () => {
    const { stdout } = await run(...(CASES[1] as Case).args(), '--format', 'csv', '--lang', 'en');
    const header = stdout.slice(1, stdout.indexOf('\r\n')).split(',');
    expect(header.slice(0, 3)).toEqual(
      ['id', 'name', 'stage'].map((field) => COMPULSORY_CSV_COLUMNS.find((c) => c.field === field)?.en),
    );
  });

  it.each([
    ['assess', (CASES[1] as Case).args],
    ['ledger', (CASES[4] as Case).args],
    ['template', (CASES[8] as Case).args],
  ] as const)('%s --no-bom leaves the mark out', async (_name, args) => {
    const { stdout, status } = await run(...args(), '--format', 'csv', '--no-bom');
    expect(status).toBe(0);
    expect(stdout.length).toBeGreaterThan(0);
    expect(stdout.startsWith('\uFEFF')).toBe(false);
  });
});
