/**
 * CSV renderings (逗号分隔值表格) of assessments and ledger reports, for spreadsheets: RFC 4180
 * quoting and CRLF line ends, Chinese or English headers, an optional UTF-8 byte order mark (so
 * that Excel reads Chinese text correctly). Numbers are rounded here for display only:
 * percentages 2 decimals, CVs 3, areas 2, money 0; counts are written as they are. The tables
 * are those of `report/workbook.ts` (the same content as `--format xlsx`), written by
 * `io/csv.ts`: text cells that a spreadsheet would run as a formula (beginning with `=`, `+`,
 * `-`, `@`, a tab or a carriage return: a school name, a department, an issue description) get a
 * single quote in front, number cells are written as they are.
 * @module
 */
import type { CompulsoryAssessment } from '../assess/county.js';
import { expectCompulsoryAssessment, expectPreschoolAssessment } from '../assess/guards.js';
import type { PreschoolAssessment } from '../assess/preschool-types.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet } from '../indicators/types.js';
import { formatCsv } from '../io/csv.js';
import type { WorkbookTable } from '../io/table.js';
import type { LedgerReport } from '../scoring/report.js';
import type { Lang } from './format.js';
import { reportOptionsOf } from './guards.js';
import type { ReportNames } from './names.js';
import { countyTable, ledgerWorkbook, sectionsTable, variationTable } from './workbook.js';

/**
 * Options of the CSV renderers.
 * @category Reports
 * @example
 * ```ts
 * const options: CsvOptions = { lang: 'en', bom: true };
 * ```
 */
export interface CsvOptions {
  /** Header and label language: `zh` (default) or `en`. */
  readonly lang?: Lang;
  /** Start with a UTF-8 byte order mark (U+FEFF), which Excel needs to read UTF-8; default false. */
  readonly bom?: boolean;
}

/**
 * Options of {@link renderLedgerCsv}: the CSV options and the names to print for ids.
 * @category Reports
 * @example
 * ```ts
 * const options: LedgerCsvOptions = { bom: true, names: namesFromCity(sampleCity) };
 * ```
 */
export interface LedgerCsvOptions extends CsvOptions {
  /** Names to print for county codes, school and kindergarten ids and inspection ids. */
  readonly names?: ReportNames | undefined;
}

const CRLF = '\r\n';

/**
 * Writes one workbook table as CSV (工作表转 CSV): the header line, then the rows, as
 * `formatCsv` writes them (RFC 4180, CRLF; text cells beginning with `=`, `+`, `-`, `@`, a tab or
 * a carriage return get a single quote in front, number cells are written as they are). The CSV
 * renderers below write their tables this way.
 *
 * @category Reports
 * @param table - the table
 * @param options - `bom`: start with a UTF-8 byte order mark (default false)
 * @returns the CSV text
 * @example
 * ```ts
 * workbookTableToCsv({ name: 't', columns: ['id', 'n'], rows: [['s01', { value: 2, text: '2', places: 0 }]] });
 * //=> 'id,n\r\ns01,2\r\n'
 * ```
 */
export function workbookTableToCsv(
  table: WorkbookTable,
  options: {
    /** Start with a UTF-8 byte order mark (U+FEFF). */
    readonly bom?: boolean;
  } = {},
): string {
  return formatCsv([table.columns, ...table.rows], options);
}

/**
 * Renders a compulsory-education assessment's school sections as CSV (学校资源配置明细表): one row
 * per school section and indicator, with school id, school name, stage, indicator id, indicator
 * name, value, threshold, met, numerator and denominator. The `met` column reads 是 / 否 (yes /
 * no), or why it is undecided (无法判定, 不适用).
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang` (`zh` default) and `bom`
 * @returns the CSV text
 * @example
 * ```ts
 * renderCompulsoryCsv(assessCompulsory(dataset, compulsoryQuality2017), compulsoryQuality2017, { lang: 'en' }).split('\r\n')[0];
 * //=> 'school id,school name,stage,indicator id,indicator,value,threshold,met,numerator,denominator'
 * ```
 */
export function renderCompulsoryCsv(
  assessment: CompulsoryAssessment,
  set: IndicatorSet,
  options: CsvOptions = {},
): string {
  reportOptionsOf(options, { bom: 'boolean' });
  expectCompulsoryAssessment(assessment);
  expectIndicatorSet(set);
  return workbookTableToCsv(sectionsTable(assessment, set, options.lang ?? 'zh'), options);
}

/**
 * Renders the inter-school coefficients of variation as CSV (校际差异系数表): one row per stage
 * and indicator (CV 3 decimals, mean as its unit, limit 2 decimals), then the composite CV of
 * each stage where the set has one (compulsory-basic-2012), with the indicator id `composite`.
 * Where the set compares rounded CVs (`rules.variation.compareRounded`), two more columns give
 * both comparisons (修约比较, 精确比较); for the 2017 set, the composite CV counties print follows,
 * one row per stage with the indicator id `informational-composite`, marked 仅供参考，不作判定依据.
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang` (`zh` default) and `bom`
 * @returns the CSV text
 * @example
 * ```ts
 * renderVariationCsv(assessment, compulsoryQuality2017).split('\r\n')[0];
 * //=> '学段,指标编号,指标,差异系数,均值,标准（≤）,是否达标'
 * ```
 */
export function renderVariationCsv(
  assessment: CompulsoryAssessment,
  set: IndicatorSet,
  options: CsvOptions = {},
): string {
  reportOptionsOf(options, { bom: 'boolean' });
  expectCompulsoryAssessment(assessment);
  expectIndicatorSet(set);
  const lang = options.lang ?? 'zh';
  return workbookTableToCsv(variationTable(assessment, set, lang), options);
}

/**
 * Renders a preschool assessment's county indicators as CSV (学前教育县级指标表): one row per
 * indicator (access, government guarantee, care quality), then social recognition and the
 * vetoes, with aspect, indicator id, indicator name, value (percentages 2 decimals), threshold,
 * met, numerator and denominator.
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang` (`zh` default) and `bom`
 * @returns the CSV text
 * @example
 * ```ts
 * renderPreschoolCsv(assessPreschool(dataset, preschool2020), preschool2020, { lang: 'en' }).split('\r\n')[0];
 * //=> 'aspect,indicator id,indicator,value,threshold,met,numerator,denominator'
 * ```
 */
export function renderPreschoolCsv(
  assessment: PreschoolAssessment,
  set: IndicatorSet,
  options: CsvOptions = {},
): string {
  reportOptionsOf(options, { bom: 'boolean' });
  expectPreschoolAssessment(assessment);
  expectIndicatorSet(set);
  return workbookTableToCsv(countyTable(assessment, set, options.lang ?? 'zh'), options);
}

/**
 * Renders a ledger report as CSV (整改情况统计表): two tables separated by one empty line. The
 * first has one row for the whole ledger (dimension `all`) and one per group of every breakdown
 * (dimension and key as in the JSON, e.g. `county` / `610328`), with the issue counts per status,
 * the rectification rate and the strict rate in percent (2 decimals), the overdue count and
 * whether the group is cleared (清零). The second is the overdue list (逾期未整改清单), most days
 * overdue first. Spreadsheet users split at the empty line; JSON has the same figures exactly.
 * @category Reports
 * @param report - a ledger report (from `ledgerReport`)
 * @param options - `lang` (`zh` default), `bom` and `names` (see `namesFromCity`)
 * @returns the CSV text
 * @example
 * ```ts
 * renderLedgerCsv(ledgerReport(state, { asOf: '2021-12-10' }), { lang: 'en' }).split('\r\n')[1];
 * //=> 'all,,41,1,40,2,5,7,5,21,1,33,82.50,65.00,3,no'
 * ```
 */
export function renderLedgerCsv(report: LedgerReport, options: LedgerCsvOptions = {}): string {
  reportOptionsOf(options, { bom: 'boolean', names: 'object' });
  const tables = ledgerWorkbook(report, {
    lang: options.lang ?? 'zh',
    ...(options.names === undefined ? {} : { names: options.names }),
  });
  // The tables one after the other, an empty line between them; the mark only once, first.
  return tables
    .map((table, i) => workbookTableToCsv(table, { bom: i === 0 && options.bom === true }))
    .join(CRLF);
}
