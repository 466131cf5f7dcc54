/**
 * `.xlsx` files for the command line (电子表格读写): read a workbook into sheets of cell rows, and
 * write a workbook of report tables, one sheet per table. The only module that imports the XLSX
 * libraries (read-excel-file, write-excel-file), so that the library core stays browser-safe.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import readXlsxFile, { InvalidInputError } from 'read-excel-file/universal';
import writeXlsxFile, { type Cell, type Feature, type Sheet } from 'write-excel-file/node';
import {
  getCellAddress,
  getOrderOfSiblings,
  insertElementMarkupAccordingToOrderOfSiblings,
  sanitizeAttributeValue,
  sanitizeTextContent,
} from 'write-excel-file/utility';
import { DudaoError } from '../error.js';
import type { SheetRows, TableCell } from '../io/compulsory-reader.js';
import type { DropDownList } from '../io/county-workbook.js';
import { Decimal } from '../numeric/decimal.js';
import type { WorkbookCell, WorkbookTable } from '../report/workbook.js';
import { cannotRead, UsageError } from './shared.js';

/** Whether a file is read or written as a spreadsheet (its name ends in `.xlsx`). */
export function isXlsxFile(file: string): boolean {
  return file.toLowerCase().endsWith('.xlsx');
}

// A number cell's stored text ("812", "1.5E-3") written out in full, so that it stays exact.
function plainNumber(text: string): string {
  try {
    return new Decimal(text).toFixed();
  } catch {
    return text;
  }
}

function cellOf(value: unknown): TableCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  // A date-formatted number cell: its calendar day, as the spreadsheet shows it.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return String(value);
}

/**
 * Reads every sheet of an `.xlsx` file as rows of cells, `rows[0]` being row 1. Number cells
 * arrive as their exact decimal text (never through a float); an unreadable file is a usage
 * error, a file that is not a workbook is invalid input (`empty-file`, `invalid-xlsx`).
 */
export async function readWorkbook(file: string): Promise<SheetRows[]> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw cannotRead(file, error);
  }
  if (bytes.length === 0) {
    throw new DudaoError([
      {
        code: 'empty-file',
        path: ['xlsx'],
        message: `${file} is empty: it needs a sheet with a header row and at least one row of data`,
        messageZh: `${file} 为空：需要一个含表头行和至少一行数据的工作表`,
      },
    ]);
  }
  try {
    // The universal entry reads an ArrayBuffer with fflate alone; the `/node` entry would stream
    // through unzipper and graceful-fs, which cannot be bundled into one ES module.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const sheets = await readXlsxFile<string>(buffer, { parseNumber: plainNumber });
    return sheets.map((s) => ({ name: s.sheet, rows: s.data.map((row) => row.map(cellOf)) }));
  } catch (error) {
    const [why, whyZh] = reasonOf(error);
    throw new DudaoError([
      {
        code: 'invalid-xlsx',
        path: ['xlsx'],
        message: `${file} cannot be read as an .xlsx workbook: ${why}`,
        messageZh: `${file} 无法作为 .xlsx 工作簿读取：${whyZh}`,
      },
    ]);
  }
}

// Why a file is not a readable workbook, in English and Chinese.
function reasonOf(error: unknown): [string, string] {
  if (error instanceof InvalidInputError) {
    switch (error.code) {
      case 'XLS_FILE_NOT_SUPPORTED':
        return ['it is a legacy .xls workbook; save it as .xlsx', '这是旧版 .xls 工作簿，请另存为 .xlsx'];
      case 'INVALID_ZIP':
        return ['the file is damaged (not a valid archive)', '文件已损坏（不是有效的压缩包）'];
      default:
        return ['it is not a spreadsheet', '它不是电子表格文件'];
    }
  }
  const message = (error as Error).message;
  return [`the workbook is damaged (${message})`, `工作簿已损坏（${message}）`];
}

// Text is written as a string cell, stated rather than left to the library's default, so that a
// school named `=HYPERLINK(…)` is shown as that text and never becomes a formula. It is written
// exactly as given: unlike CSV, a typed cell needs no quote in front.
function writtenCell(cell: WorkbookCell): Cell {
  if (cell === null) return null;
  if (typeof cell === 'string') return { value: cell, type: String };
  return {
    value: cell.value,
    type: Number,
    format: cell.format ?? (cell.places > 0 ? `0.${'0'.repeat(cell.places)}` : '0'),
  };
}

// Column width in characters: a CJK character is about two Latin ones wide.
function widthOf(text: string): number {
  let width = 0;
  for (const ch of text) width += (ch.codePointAt(0) ?? 0) > 0x2e80 ? 2 : 1;
  return width;
}

// The sheets write-excel-file writes for report tables: bold, frozen header row, fitted widths.
function workbookSheets(tables: readonly WorkbookTable[]): Sheet<never>[] {
  return tables.map((table) => {
    // a loop, not Math.max(...rows): a national table has more rows than a call has arguments
    const widths = table.columns.map((header, i) => {
      let width = Math.max(8, widthOf(header));
      for (const row of table.rows) {
        const cell = row[i] ?? null;
        width = Math.max(width, widthOf(cell === null ? '' : typeof cell === 'string' ? cell : cell.text));
      }
      return Math.min(60, width + 2);
    });
    return {
      sheet: table.name,
      data: [
        table.columns.map((header) => ({ value: header, fontWeight: 'bold' as const })),
        ...table.rows.map((row) => row.map(writtenCell)),
      ],
      columns: widths.map((width) => ({ width })),
      stickyRowsCount: 1,
    };
  });
}

// What the node entry of write-excel-file writes files from (its own type, not exported by name).
type XlsxFileContent = NonNullable<Parameters<typeof writeXlsxFile>[1]>['features'] extends
  | readonly Feature<infer C>[]
  | undefined
  ? C
  : never;

// The <dataValidations> element of one sheet: each drop-down list as a `list` validation with its
// values inline (`"公办,民办"`, quotes doubled), blanks allowed, other values refused with a message.
function dataValidationsXml(lists: readonly DropDownList[]): string {
  const items = lists.map((list) => {
    const from = getCellAddress(list.fromRow - 1, list.column);
    const to = getCellAddress(list.toRow - 1, list.column);
    const formula = `"${list.values.map((v) => v.replaceAll('"', '""')).join(',')}"`;
    const allowed = list.values.join('、');
    return (
      `<dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1"` +
      ` errorTitle="${sanitizeAttributeValue('请从下拉列表选择')}"` +
      ` error="${sanitizeAttributeValue(`只能填：${allowed}`)}"` +
      ` sqref="${from}:${to}"><formula1>${sanitizeTextContent(formula)}</formula1></dataValidation>`
    );
  });
  return `<dataValidations count="${lists.length}">${items.join('')}</dataValidations>`;
}

/**
 * A write-excel-file feature that adds drop-down lists (data validation) to the sheets they name:
 * the library writes no data validation itself, and its features may edit a sheet's XML. The
 * element goes where the schema orders it among the worksheet's children.
 */
export function dropDownFeature(
  tables: readonly WorkbookTable[],
  lists: readonly DropDownList[],
): Feature<XlsxFileContent> {
  return {
    files: {
      transform: {
        'xl/worksheets/sheet{id}.xml': {
          transform: (xml, _options, { sheetIndex }) => {
            const name = tables[sheetIndex]?.name;
            const mine = lists.filter((list) => list.sheet === name);
            if (mine.length === 0) return xml;
            const order = getOrderOfSiblings('xl/worksheets/sheet{id}.xml', 'worksheet') ?? [];
            return insertElementMarkupAccordingToOrderOfSiblings(
              xml,
              dataValidationsXml(mine),
              order,
              'worksheet',
            );
          },
        },
      },
    },
  };
}

/**
 * Writes report tables to an `.xlsx` file, one sheet per table, with the drop-down lists given
 * (templates).
 */
export async function writeWorkbook(
  tables: readonly WorkbookTable[],
  file: string,
  dropDowns: readonly DropDownList[] = [],
): Promise<void> {
  const sheets = workbookSheets(tables);
  const bytes = await (dropDowns.length === 0
    ? writeXlsxFile(sheets)
    : writeXlsxFile(sheets, { features: [dropDownFeature(tables, dropDowns)] })
  ).toBuffer();
  try {
    writeFileSync(file, bytes);
  } catch (error) {
    const reason = (error as Error).message;
    throw new UsageError(`cannot write ${file}: ${reason}`, {
      code: 'cannot-write',
      messageZh: `无法写入 ${file}：${reason}`,
    });
  }
}
