/**
 * CSV input for the compulsory-education dataset (义务教育数据 CSV 导入): a CSV file with one row
 * per school section (学段) and Chinese or English column headers becomes a
 * {@link CompulsoryDataset}. The records go through the same table reader as spreadsheet sheets
 * (`io/compulsory-reader.ts`): cells keep their text as decimal strings (never parsed to floats),
 * and every bad cell is reported with its line and column (`['csv', 'row', N, 'column',
 * '<header>']`) before anything is assessed. Pure and browser-safe: no `node:*`.
 * @module
 */
import { DudaoError, type DudaoIssue, dudaoError } from '../error.js';
import { langOf, optionsOf } from '../guard.js';
import type { CompulsoryDataset } from '../schema/compulsory.js';
import { COMPULSORY_CSV_COLUMNS } from './compulsory-columns.js';
import { type CompulsoryCsvOptions, compulsoryDatasetFromTable } from './compulsory-reader.js';
import { csvField } from './csv.js';
import { type DecodedText, decodeText, ENCODING_LABELS, type TextEncodingChoice } from './encoding.js';

export {
  COMPULSORY_CSV_COLUMNS,
  type CompulsoryCsvColumn,
  type CompulsoryCsvColumnType,
} from './compulsory-columns.js';
export type { CompulsoryCsvOptions } from './compulsory-reader.js';

/**
 * One record of a CSV file: its cells and the 1-based line of the file where it starts.
 *
 * @category Input
 * @example
 * ```ts
 * const record: CsvRecord = { line: 2, cells: ['s01', '城关小学'] };
 * ```
 */
export interface CsvRecord {
  /** The 1-based line number in the file where the record starts. */
  readonly line: number;
  /** The cells, unquoted, as text. */
  readonly cells: readonly string[];
}

/**
 * Parses CSV text as RFC 4180 (CSV 解析): fields separated by commas, optionally quoted with `"`
 * (a doubled `""` inside quotes is one quote; quoted fields may hold commas and line breaks),
 * records ended by CRLF or LF; a leading UTF-8 byte order mark is dropped. A final line break does
 * not make an empty record.
 *
 * @category Input
 * @param text - the file's text
 * @returns the records with the line each starts on
 * @throws {@link DudaoError} `csv-unclosed-quote` when a quoted field is never closed
 * @example
 * ```ts
 * parseCsvRecords('a,"b,""c"""\r\n1,2\n');
 * //=> [{ line: 1, cells: ['a', 'b,"c"'] }, { line: 2, cells: ['1', '2'] }]
 * ```
 */
export function parseCsvRecords(text: string): CsvRecord[] {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let quoted = false;
  let quoteLine = 1;
  let i = 0;
  const endRecord = (): void => {
    cells.push(field);
    records.push({ line: recordLine, cells });
    cells = [];
    field = '';
  };
  while (i < source.length) {
    const c = source[i] as string;
    if (quoted) {
      if (c === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (c === '\n') line += 1;
        field += c;
      }
      i += 1;
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      cells.push(field);
      field = '';
    } else if (c === '\r' || c === '\n') {
      endRecord();
      if (c === '\r' && source[i + 1] === '\n') i += 1;
      line += 1;
      recordLine = line;
    } else field += c;
    i += 1;
  }
  if (quoted) {
    throw new DudaoError([
      {
        code: 'csv-unclosed-quote',
        path: ['csv', 'row', quoteLine],
        message: `a quoted field starting on line ${quoteLine} is never closed`,
        messageZh: `第 ${quoteLine} 行开始的带引号字段没有结束引号`,
      },
    ]);
  }
  if (field !== '' || cells.length > 0) endRecord();
  return records;
}

/**
 * Options of {@link compulsoryDatasetFromCsv}: the county and year the table does not hold (and
 * optional county facts, vetoes and survey), and the encoding of the file when it is given as bytes.
 *
 * @category Input
 * @example
 * ```ts
 * const options: CompulsoryCsvReadOptions = { county: { code: '610328', name: '示例县' }, year: 2021, encoding: 'auto' };
 * ```
 */
export interface CompulsoryCsvReadOptions extends CompulsoryCsvOptions {
  /**
   * The encoding of a file given as bytes (default `auto`: a byte order mark, else UTF-8 when the
   * bytes are valid UTF-8, else GB18030/GBK; see {@link decodeText}). Not used for text.
   */
  readonly encoding?: TextEncodingChoice | undefined;
}

// Header problems (the headers could not be read as the template's): when the bytes were decoded
// here, each message says which encoding they were read as, and how to read them otherwise.
const HEADER_CODES: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'missing-column',
  'unknown-column',
  'unnamed-column',
  'duplicate-column',
]);

function withEncoding(issue: DudaoIssue, decoded: DecodedText): DudaoIssue {
  if (!HEADER_CODES.has(issue.code)) return issue;
  const label = ENCODING_LABELS[decoded.encoding];
  const how = !decoded.detected
    ? {
        en: `read as ${label.en}, as given; if the headers look garbled, try encoding auto`,
        zh: `按指定的${label.zh}读取；如表头显示为乱码，请改用编码 auto`,
      }
    : decoded.bom
      ? { en: `read as ${label.en}, by its byte order mark`, zh: `依据字节顺序标记按${label.zh}读取` }
      : decoded.encoding === 'gb18030'
        ? {
            en: `read as ${label.en}: the file is not valid UTF-8; give the encoding to read it otherwise`,
            zh: `按${label.zh}读取：文件不是有效的 UTF-8；如需按其他编码读取，请指定编码`,
          }
        : { en: `read as ${label.en}`, zh: `按${label.zh}读取` };
  return { ...issue, message: `${issue.message} (${how.en})`, messageZh: `${issue.messageZh}（${how.zh}）` };
}

/**
 * Reads a compulsory-education CSV (义务教育数据 CSV) into a validated {@link CompulsoryDataset}.
 * One row per school section: 学段 is 小学 or 初中 (`primary` or `junior`); rows sharing a 学校代码
 * are merged into one school, and its name, kind, ownership, township and senior pupils must
 * agree. Headers may be Chinese or English (see {@link COMPULSORY_CSV_COLUMNS}); blank lines are
 * skipped. Quantities stay decimal strings exactly as written.
 *
 * The file may be given as text or as its bytes: bytes are read as UTF-8 (with or without a byte
 * order mark) or GB18030/GBK, the encoding of "CSV (逗号分隔)" saved by Excel on a Chinese Windows
 * system, detected as {@link decodeText} says unless `options.encoding` names one; when the
 * headers cannot be read, the error says which encoding was used.
 *
 * Every problem is reported at once, each at `['csv', 'row', N, 'column', header]` (N the 1-based
 * line in the file, header as written), with the codes of `compulsoryDatasetFromTable`; a record
 * whose cell count differs from the header's is `wrong-cell-count`. A table without such problems
 * is then validated as [data contract, section 1](../../docs/data-contract.md#1-compulsory-education-dataset), and those problems (e.g. `not-integer`,
 * `stage-not-allowed`) are mapped back to their row and column where they have one.
 *
 * @category Input
 * @param file - the CSV file's text, or its bytes (a `Uint8Array`, e.g. a Node.js `Buffer`)
 * @param options - county, year, optional county facts, vetoes and survey, and the encoding of bytes
 * @returns the dataset
 * @throws {@link DudaoError} listing every problem
 * @example
 * ```ts
 * const dataset = compulsoryDatasetFromCsv(
 *   '学校代码,学校名称,学校类型,办学性质,学段,在校生数,班级数\ns01,城关小学,小学,公办,小学,812,18\n',
 *   { county: { code: '610328', name: '示例县' }, year: 2021 },
 * );
 * dataset.schools[0]?.sections.primary?.pupils; //=> '812'
 * ```
 */
export function compulsoryDatasetFromCsv(
  file: string | Uint8Array,
  options: CompulsoryCsvReadOptions,
): CompulsoryDataset {
  if (typeof file !== 'string' && !(file instanceof Uint8Array)) {
    throw dudaoError(
      file === undefined ? 'required' : 'invalid-type',
      ['file'],
      'must be the text of a CSV file, or its bytes (a Uint8Array)',
      '必须是 CSV 文件的文本或其字节（Uint8Array）',
    );
  }
  const { encoding, ...tableOptions } = optionsOf(options, {
    encoding: 'string',
  }) as CompulsoryCsvReadOptions;
  const decoded = typeof file === 'string' ? null : decodeText(file, { encoding });
  const text = decoded === null ? (file as string) : decoded.text;
  try {
    return compulsoryDatasetFromTable(
      {
        source: { path: ['csv'], name: { zh: 'CSV 文件', en: 'the CSV file' }, fixedWidth: true },
        rows: parseCsvRecords(text).map((r) => ({ row: r.line, cells: r.cells })),
      },
      tableOptions,
    );
  } catch (error) {
    if (decoded === null || !(error instanceof DudaoError)) throw error;
    const [first, ...rest] = error.issues;
    if (first === undefined) throw error;
    throw new DudaoError([
      withEncoding(first, decoded),
      ...rest.map((issue) => withEncoding(issue, decoded)),
    ]);
  }
}

/**
 * An empty compulsory-education CSV template (义务教育数据模板): the header line, and a Markdown
 * table explaining each column, both in the chosen language.
 *
 * @category Input
 * @param options - `lang`: `zh` (default) for Chinese headers, `en` for English headers
 * @returns `csv`: the header line ended by CRLF; `explanation`: Markdown, one table row per column
 * @example
 * ```ts
 * compulsoryCsvTemplate({ lang: 'zh' }).csv.startsWith('学校代码,学校名称,学校类型'); //=> true
 * ```
 */
export function compulsoryCsvTemplate(
  options: {
    /** Language of the headers and the explanation: `zh` (default) or `en`. */
    readonly lang?: 'zh' | 'en';
  } = {},
): {
  /** The header line, ended by CRLF. */
  readonly csv: string;
  /** A Markdown table explaining every column. */
  readonly explanation: string;
} {
  const zh = langOf(optionsOf(options).lang) === 'zh';
  const csv = `${COMPULSORY_CSV_COLUMNS.map((c) => csvField(zh ? c.zh : c.en)).join(',')}\r\n`;
  const cellText = (text: string): string => text.replaceAll('|', '\\|');
  const lines = zh
    ? [
        '# 义务教育数据模板：各列说明',
        '',
        '每行填报一所学校的一个学段（小学或初中）；九年一贯制等学校的两个学段各占一行，学校代码相同。数字按原样填写，不要加千位分隔符。',
        '',
        '| 列名 | 英文列名 | 必填 | 说明 | 单位 | 示例 |',
        '| --- | --- | --- | --- | --- | --- |',
        ...COMPULSORY_CSV_COLUMNS.map(
          (c) =>
            `| ${cellText(c.zh)} | ${cellText(c.en)} | ${c.required ? '是' : '否'} | ${cellText(c.explanationZh)} | ${c.unit?.zh ?? ''} | ${cellText(c.example)} |`,
        ),
      ]
    : [
        '# Compulsory-education data template: the columns',
        '',
        'One row per school section (primary or junior); the two sections of a nine-year school are two rows with the same school id. Write numbers as they are, without thousands separators.',
        '',
        '| Column | Chinese column | Required | Meaning | Unit | Example |',
        '| --- | --- | --- | --- | --- | --- |',
        ...COMPULSORY_CSV_COLUMNS.map(
          (c) =>
            `| ${cellText(c.en)} | ${cellText(c.zh)} | ${c.required ? 'yes' : 'no'} | ${cellText(c.explanationEn)} | ${c.unit?.en ?? ''} | ${cellText(c.example)} |`,
        ),
      ];
  return { csv, explanation: `${lines.join('\n')}\n` };
}
