/**
 * `dudao template compulsory --format csv|xlsx`: write an empty data template (数据模板) — a CSV
 * header line with a Markdown explanation beside it, or a workbook with the data sheet and a
 * sheet explaining each column. Also the table input of `assess` and `validate`:
 * {@link isTableFile}, {@link readCompulsoryCsvFile} and {@link readCompulsoryXlsxFile}.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { DudaoError } from '../../error.js';
import type { IndicatorSet } from '../../indicators/types.js';
import { compulsoryCsvTemplate, compulsoryDatasetFromCsv } from '../../io/compulsory-csv.js';
import type { CompulsoryCsvOptions } from '../../io/compulsory-reader.js';
import {
  COUNTY_WORKBOOK_SHEETS,
  compulsoryDatasetFromWorkbook,
  countyWorkbookTemplate,
  preschoolDatasetFromWorkbook,
} from '../../io/county-workbook.js';
import { TEXT_ENCODING_CHOICES } from '../../io/encoding.js';
import type { CompulsoryDataset } from '../../schema/compulsory.js';
import type { PreschoolDataset } from '../../schema/preschool.js';
import {
  cannotRead,
  choice,
  EXIT_OK,
  indicatorSetOf,
  outputFormat,
  type ParsedArgs,
  requireOutFile,
  type SpreadsheetCommand,
  UsageError,
  withBom,
} from '../shared.js';
import { isXlsxFile, readWorkbook, writeWorkbook } from '../xlsx.js';

/** The valued options `assess` and `validate` take for table (CSV or XLSX) input. */
export const CSV_INPUT_OPTIONS: readonly string[] = ['county-code', 'county-name', 'year', 'encoding'];

/** Whether a file is read as CSV (its name ends in `.csv`). */
export function isCsvFile(file: string): boolean {
  return file.toLowerCase().endsWith('.csv');
}

/** Whether a file is read as a compulsory-education table (`.csv` or `.xlsx`), not as JSON. */
export function isTableFile(file: string): boolean {
  return isCsvFile(file) || isXlsxFile(file);
}

/** Rejects a legacy `.xls` workbook, which cannot be read: it must be saved again as `.xlsx`. */
export function rejectXls(file: string): void {
  if (file.toLowerCase().endsWith('.xls')) {
    throw new UsageError(`${file}: legacy .xls workbooks cannot be read; save it as .xlsx`);
  }
}

// The county and year a table does not hold, from --county-code, --county-name and --year.
function tableOptions(args: ParsedArgs, what: string): CompulsoryCsvOptions {
  const code = args.flags.get('county-code');
  const name = args.flags.get('county-name');
  const year = args.flags.get('year');
  if (typeof code !== 'string' || typeof name !== 'string' || typeof year !== 'string') {
    throw new UsageError(`${what} needs --county-code, --county-name and --year`);
  }
  if (!/^\d{4}$/.test(year)) throw new UsageError('--year must be a year such as 2021');
  return { county: { code, name }, year: Number(year) };
}

/**
 * Reads a compulsory-education CSV with the county and year from `--county-code`,
 * `--county-name` and `--year` (usage error when one is missing), in the encoding of `--encoding`
 * (default `auto`: UTF-8 with or without a byte order mark, else GB18030/GBK); bad cells are
 * invalid input.
 */
export function readCompulsoryCsvFile(file: string, args: ParsedArgs): CompulsoryDataset {
  const options = tableOptions(args, 'a .csv file');
  const encoding = choice(args, 'encoding', TEXT_ENCODING_CHOICES, 'auto');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
  return compulsoryDatasetFromCsv(bytes, { ...options, encoding });
}

/**
 * Reads a compulsory-education workbook (the filled county workbook, or any workbook whose first
 * sheet is a school table) with the county and year from the options, as
 * {@link readCompulsoryCsvFile} does: the school sheet, and the sheets 县级指标, 一票否决 and
 * 社会认可度 when present. With the set, indicator and veto ids are checked against it. Bad cells
 * are reported at `sheet.<name>.row[N].column.<header>`.
 */
export async function readCompulsoryXlsxFile(
  file: string,
  args: ParsedArgs,
  set?: IndicatorSet,
): Promise<CompulsoryDataset | PreschoolDataset> {
  const options = tableOptions(args, 'an .xlsx file');
  const sheets = await readWorkbook(file);
  if (sheets.length === 0) {
    throw new DudaoError([
      {
        code: 'empty-file',
        path: ['xlsx'],
        message: `${file} has no sheet`,
        messageZh: `${file} 没有工作表`,
      },
    ]);
  }
  const withSet = set === undefined ? options : { ...options, set };
  // A preschool workbook: read for a preschool set, or (validate) recognised by its kindergarten sheet.
  const preschool =
    set === undefined
      ? sheets.some((s) => s.name === COUNTY_WORKBOOK_SHEETS.kindergartens || s.name === 'kindergartens')
      : set.programme === 'preschool';
  return preschool
    ? preschoolDatasetFromWorkbook(sheets, withSet)
    : compulsoryDatasetFromWorkbook(sheets, withSet);
}

// The set a workbook template is written for: --set, else 优质均衡 2017 or 普及普惠 2020.
function templateSet(args: ParsedArgs, preschool: boolean): IndicatorSet {
  const id = args.flags.get('set');
  const wanted = typeof id === 'string' ? id : preschool ? 'preschool-2020' : 'compulsory-quality-2017';
  const set = indicatorSetOf(wanted);
  const fits = preschool
    ? set.programme === 'preschool'
    : set.programme === 'compulsory-basic' || set.programme === 'compulsory-quality';
  if (!fits) {
    throw new UsageError(
      preschool
        ? `--set must be a preschool set, e.g. preschool-2020 (got "${wanted}")`
        : `--set must be a compulsory-education set, e.g. compulsory-quality-2017 or compulsory-basic-2012 (got "${wanted}")`,
    );
  }
  return set;
}

/** The `template` command (数据模板). */
export const templateCommand: SpreadsheetCommand = {
  name: 'template',
  summary: 'write an empty data template or county workbook (数据模板 / 县域填报工作簿)',
  help: `dudao template compulsory [--format csv|xlsx] [--lang zh|en] [--out FILE] [--no-bom]
                         [--set <id|file.json>] [--money-unit yuan|wan-yuan]
       dudao template preschool --out FILE.xlsx [--lang zh|en] [--set <id|file.json>]

Write an empty compulsory-education data template (义务教育数据模板): one header row, then one
row per school section (学段) to fill in.
  csv    the header line, after a UTF-8 byte order mark so that Excel reads the Chinese headers
         (--no-bom leaves it out); with --out, a Markdown file explaining every column is
         written beside it as <name>.columns.md; without, the template goes to standard output.
  xlsx   the county workbook (县域填报工作簿, needs --out), everything a county fills:
           学校数据   the school sheet (schools with --lang en), the columns of the CSV template
           县级指标   one row per county-level indicator of the set: a value, or 达到/未达到 with a
                      note; unit, standard and source beside it. An empty row is "not given".
           一票否决   one row per veto: 存在/不存在 and a note
           社会认可度 the survey: respondents (调查人数) and satisfied (满意人数)
           填表说明   every column of every sheet explained in Chinese and English
         Coded columns (学校类型, 办学性质, 学段, 达到/未达到, 存在/不存在) have drop-down lists.
  preschool  the same workbook for a preschool set (default preschool-2020), with the
         kindergarten sheet 幼儿园数据 (kindergartens with --lang en: one row per kindergarten,
         classes as class sizes per type, e.g. 小班各班人数 25;26; 办园性质 and 寄宿制 as
         drop-downs) and 学前三年适龄人口 as the first row of 县级指标. xlsx only.
Read a filled template with: dudao assess <set-id> FILE.csv|FILE.xlsx --county-code C --county-name N --year Y
(or dudao validate FILE.xlsx with the same options).

Options:
  --format csv|xlsx  template format (default csv, or the one the extension of --out names:
                     .csv or .xlsx)
  --lang zh|en       Chinese (default) or English headers
  --out <file>       write the template to a file (required for xlsx)
  --no-bom           csv: leave out the UTF-8 byte order mark
  --set <id|file.json>  xlsx: the set whose county indicators and vetoes are listed, a built-in
                     set id or a custom set file (default compulsory-quality-2017, or compulsory-basic-2012; preschool:
                     preschool-2020)
  --money-unit yuan|wan-yuan
                     xlsx: the unit of money columns, stated in their header: 元 (default)
                     or 万元; a filled workbook is read back in 元, converted exactly`,
  options: ['format', 'lang', 'out', 'set', 'money-unit'],
  switches: ['no-bom'],
  run: (args) => {
    const [what] = args.positional;
    if (what !== 'compulsory' && what !== 'preschool') {
      throw new UsageError('template needs the kind of data: compulsory or preschool');
    }
    if (args.positional.length > 1) throw new UsageError('template takes one kind of data');
    const format = outputFormat(
      args,
      'template',
      ['csv', 'xlsx'] as const,
      what === 'preschool' ? 'xlsx' : 'csv',
    );
    if (what === 'preschool' && format !== 'xlsx') {
      throw new UsageError(
        'template preschool writes the county workbook: --format xlsx with --out FILE.xlsx',
      );
    }
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    if (format === 'xlsx') {
      const out = requireOutFile(args, 'xlsx');
      const unit = choice(args, 'money-unit', ['yuan', 'wan-yuan'] as const, 'yuan');
      const moneyUnit = unit === 'wan-yuan' ? '万元' : '元';
      const set = templateSet(args, what === 'preschool');
      const { tables, dropDowns } = countyWorkbookTemplate(set, { lang, moneyUnit });
      return writeWorkbook(tables, out, dropDowns).then(() => EXIT_OK);
    }
    if (args.flags.has('set') || args.flags.has('money-unit')) {
      throw new UsageError('--set and --money-unit are for the xlsx workbook (--format xlsx)');
    }
    const { csv, explanation } = compulsoryCsvTemplate({ lang });
    const out = args.flags.get('out');
    // A byte order mark lets spreadsheet programs read the Chinese headers as UTF-8.
    const text = withBom(args) ? `\uFEFF${csv}` : csv;
    if (typeof out === 'string') {
      try {
        writeFileSync(out, text);
        writeFileSync(`${out.replace(/\.csv$/i, '')}.columns.md`, explanation);
      } catch (error) {
        throw new UsageError(`cannot write ${out}: ${(error as Error).message}`);
      }
    } else process.stdout.write(text);
    return EXIT_OK;
  },
};
