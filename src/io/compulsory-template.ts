/**
 * The compulsory-education spreadsheet template (义务教育数据模板): an empty data sheet under the
 * column headers, and a sheet explaining every column in Chinese and English.
 * @module
 */
import { langOf, optionsOf } from '../guard.js';
import type { Label } from '../indicators/types.js';
import { COMPULSORY_CSV_COLUMNS } from './compulsory-columns.js';
import type { WorkbookTable } from './table.js';

/**
 * The sheet explaining the columns of the spreadsheet template (a legal sheet name: no `/`).
 *
 * @example
 * ```ts
 * compulsoryTemplateWorkbook()[1]?.name === COLUMNS_SHEET_NAME; //=> true
 * ```
 */
export const COLUMNS_SHEET_NAME = '说明 (Columns)';

/**
 * The compulsory-education spreadsheet template (义务教育数据模板工作簿) as two tables: the data
 * sheet with only the header row (学校数据 with Chinese headers, `schools` with English ones),
 * and 说明 (Columns), one row per column with its Chinese and English headers, unit, whether it is
 * required, an example value and its meaning in both languages. The command line writes them as
 * an `.xlsx` file; {@link compulsoryDatasetFromSheet} reads the filled data sheet back.
 *
 * @category Input
 * @param options - `lang`: `zh` (default) for Chinese headers, `en` for English headers
 * @returns the data table (no rows) and the explanation table
 * @example
 * ```ts
 * compulsoryTemplateWorkbook().map((t) => t.name); //=> ['学校数据', '说明 (Columns)']
 * ```
 */
export function compulsoryTemplateWorkbook(
  options: {
    /** Language of the data sheet's headers: `zh` (default) or `en`. */
    readonly lang?: 'zh' | 'en';
  } = {},
): WorkbookTable[] {
  const zh = langOf(optionsOf(options).lang) === 'zh';
  const both = (label: Label | null): string | null => (label === null ? null : `${label.zh} / ${label.en}`);
  return [
    {
      name: zh ? '学校数据' : 'schools',
      columns: COMPULSORY_CSV_COLUMNS.map((c) => (zh ? c.zh : c.en)),
      rows: [],
    },
    {
      name: COLUMNS_SHEET_NAME,
      columns: [
        '列名 / Column',
        '英文列名 / English header',
        '单位 / Unit',
        '必填 / Required',
        '示例 / Example',
        '说明',
        'Meaning',
      ],
      rows: COMPULSORY_CSV_COLUMNS.map((c) => [
        c.zh,
        c.en,
        both(c.unit),
        c.required ? '是 / yes' : '否 / no',
        c.example,
        c.explanationZh,
        c.explanationEn,
      ]),
    },
  ];
}
