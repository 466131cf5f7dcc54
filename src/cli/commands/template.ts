/**
 * `dudao template compulsory --format csv`: write an empty data template (数据模板) and, with
 * `--out`, a Markdown file explaining its columns beside it. Also the CSV input of `assess` and
 * `validate`: {@link isCsvFile} and {@link readCompulsoryCsvFile}.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { compulsoryCsvTemplate, compulsoryDatasetFromCsv } from '../../io/compulsory-csv.js';
import type { CompulsoryDataset } from '../../schema/compulsory.js';
import { type Command, choice, EXIT_OK, type ParsedArgs, UsageError } from '../shared.js';

/** The valued options `assess` and `validate` take for CSV input. */
export const CSV_INPUT_OPTIONS: readonly string[] = ['county-code', 'county-name', 'year'];

/** Whether a file is read as CSV (its name ends in `.csv`). */
export function isCsvFile(file: string): boolean {
  return file.toLowerCase().endsWith('.csv');
}

/**
 * Reads a compulsory-education CSV with the county and year from `--county-code`,
 * `--county-name` and `--year` (usage error when one is missing); bad cells are invalid input.
 */
export function readCompulsoryCsvFile(file: string, args: ParsedArgs): CompulsoryDataset {
  const code = args.flags.get('county-code');
  const name = args.flags.get('county-name');
  const year = args.flags.get('year');
  if (typeof code !== 'string' || typeof name !== 'string' || typeof year !== 'string') {
    throw new UsageError('a .csv file needs --county-code, --county-name and --year');
  }
  if (!/^\d{4}$/.test(year)) throw new UsageError('--year must be a year such as 2021');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return compulsoryDatasetFromCsv(text, { county: { code, name }, year: Number(year) });
}

/** The `template` command (数据模板). */
export const templateCommand: Command = {
  name: 'template',
  summary: 'write an empty data template (数据模板)',
  help: `dudao template compulsory [--format csv] [--lang zh|en] [--out FILE]

Write an empty compulsory-education data template (义务教育数据模板): one header line, one row per
school section (学段) to fill in. With --out, a Markdown file explaining every column is written
beside it as <name>.columns.md; without, the template goes to standard output.
Read a filled template with: dudao assess <set-id> FILE.csv --county-code C --county-name N --year Y

Options:
  --format csv     template format (only csv for now)
  --lang zh|en     Chinese (default) or English headers
  --out <file>     write the template to a file (and the column explanation beside it)`,
  options: ['format', 'lang', 'out'],
  run: (args) => {
    const [what] = args.positional;
    if (what !== 'compulsory') throw new UsageError('template needs the kind of data: compulsory');
    if (args.positional.length > 1) throw new UsageError('template takes one kind of data');
    choice(args, 'format', ['csv'] as const, 'csv');
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    const { csv, explanation } = compulsoryCsvTemplate({ lang });
    const out = args.flags.get('out');
    // A byte order mark lets spreadsheet programs read the Chinese headers as UTF-8.
    if (typeof out === 'string') {
      writeFileSync(out, `\uFEFF${csv}`);
      writeFileSync(`${out.replace(/\.csv$/i, '')}.columns.md`, explanation);
    } else process.stdout.write(csv);
    return EXIT_OK;
  },
};
