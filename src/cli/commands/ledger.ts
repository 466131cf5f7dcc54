/** `dudao ledger <file> --as-of YYYY-MM-DD`: the rectification report of an issue ledger. */

import { formatCsv } from '../../io/csv.js';
import { loadLedger } from '../../ledger/fold.js';
import { renderHtmlReport } from '../../report/html.js';
import { issueSheet } from '../../report/issue-sheet.js';
import { toJsonDocument } from '../../report/json.js';
import { renderLedgerMarkdown } from '../../report/ledger-markdown.js';
import { namesFromCity } from '../../report/names.js';
import {
  type LedgerWorkbookOptions,
  ledgerWorkbook,
  type WorkbookTable,
  workbookCellText,
} from '../../report/workbook.js';
import type { CityInput } from '../../schema/inspection.js';
import { type LedgerReport, ledgerReport, ledgerReportToJSON } from '../../scoring/report.js';
import { progressSeries } from '../../scoring/series.js';
import { type OutputSink, streamToOutput, writeJson } from '../output.js';
import {
  choice,
  EXIT_OK,
  outputFormat,
  readJson,
  requireAsOf,
  requireOutFile,
  type SpreadsheetCommand,
  UsageError,
  withBom,
  writeOutput,
} from '../shared.js';
import { writeWorkbook } from '../xlsx.js';

export const ledgerCommand: SpreadsheetCommand = {
  name: 'ledger',
  summary: 'rectification report of an issue ledger (整改台账)',
  help: `dudao ledger <file> --as-of YYYY-MM-DD [options]

Replay an issue ledger (问题整改台账, dudao/schemas/ledger-document.json) and report on a day: issues per
status, the rectification rate (整改率) and its strict variant, overdue issues, whether the ledger
is cleared (清零), breakdowns by county, inspection, department and more, and the overdue list.
The whole history is checked; events dated after --as-of are not counted.

Options:
  --as-of <YYYY-MM-DD>    the day to report on (required: there is no hidden clock)
  --format md|json|csv|xlsx|html
                          output format (default md, or the one the extension of --out names:
                          .md .json .csv .xlsx .html; a --format that contradicts it is a usage
                          error); json prints exactly one JSON document; csv prints the summary
                          and breakdown table, an empty line and the overdue list; json and csv
                          are written as a stream, group by group; xlsx writes one sheet per
                          table and needs --out; html writes one self-contained page with the
                          rectification rate month by month and by responsible unit as charts
  --lang zh|en            report language for md, csv, xlsx and html (default zh)
  --responsible lead|all  departments: lead units only (default) or lead and supporting units
  --sheet issues          csv and xlsx: the issue sheet (问题整改台账) offices exchange instead of
                          the report: one row per issue with 序号, 问题来源, 县（区）, 学校/单位,
                          问题类别, 共性/个性, 问题描述, 整改措施, 牵头单位, 配合单位, 责任人,
                          整改时限, 整改进展, 佐证材料, 当前状态, 销号日期
  --city <file>           the city's documents (dudao init's city-data.json), for the names of
                          counties, schools, kindergartens and inspections (ids otherwise)
  --out <file>            write to a file instead of standard output
  --no-bom                csv: leave out the UTF-8 byte order mark that Excel needs`,
  json: true,
  options: ['as-of', 'format', 'lang', 'out', 'responsible', 'sheet', 'city'],
  switches: ['no-bom'],
  run: (args) => {
    const [file] = args.positional;
    if (file === undefined) {
      throw new UsageError('ledger needs a file', {
        code: 'missing-argument',
        messageZh: 'ledger 需要一个文件',
      });
    }
    const asOf = requireAsOf(args, 'ledger');
    const format = outputFormat(args, 'ledger', ['md', 'json', 'csv', 'xlsx', 'html'] as const, 'md');
    const xlsxOut = format === 'xlsx' ? requireOutFile(args, 'xlsx') : '';
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    const responsible = choice(args, 'responsible', ['lead', 'all'] as const, 'lead');
    const sheet = args.flags.has('sheet') ? choice(args, 'sheet', ['issues'] as const, 'issues') : undefined;
    const cityFile = args.flags.get('city');
    if (sheet !== undefined && format !== 'csv' && format !== 'xlsx') {
      throw new UsageError(`--sheet issues writes csv or xlsx, not ${format}`, {
        code: 'invalid-option-value',
        messageZh: `--sheet issues 仅输出 csv 或 xlsx，不能输出 ${format}`,
      });
    }
    const { document, state } = loadLedger(readJson(file));
    const out = args.flags.get('out');
    const names = typeof cityFile === 'string' ? namesFromCity(readJson(cityFile) as CityInput) : undefined;
    if (sheet !== undefined) {
      const table = issueSheet(state, { asOf, lang, ...(names === undefined ? {} : { names }) });
      if (format === 'xlsx') return writeWorkbook([table], xlsxOut).then(() => EXIT_OK);
      const text = formatCsv([table.columns, ...table.rows.map((row) => row.map(workbookCellText))]);
      writeOutput(withBom(args) ? `\uFEFF${text}` : text, out);
      return EXIT_OK;
    }
    const report = ledgerReport(state, { asOf, responsible });
    const named = { lang, ...(names === undefined ? {} : { names }) };
    if (format === 'xlsx') return writeWorkbook(ledgerWorkbook(report, named), xlsxOut).then(() => EXIT_OK);
    if (format === 'md') {
      writeOutput(renderLedgerMarkdown(report, named), out);
      return EXIT_OK;
    }
    if (format === 'html') {
      // The rate month by month, from the first event to the day reported on.
      const events = document.events.filter((e) => e.at <= asOf);
      let from = asOf;
      for (const e of events) if (e.at < from) from = e.at;
      const series = progressSeries(events, { from, to: asOf, every: 'month' });
      const title = {
        zh: `问题整改情况报告（截至 ${asOf}）`,
        en: `Rectification report as of ${asOf}`,
      };
      writeOutput(renderHtmlReport({ title, ledger: { report, series } }, named), out);
      return EXIT_OK;
    }
    const eventsAfterAsOf = format === 'json' ? document.events.filter((e) => e.at > asOf).length : 0;
    return streamToOutput(out, (sink) =>
      format === 'json'
        ? writeJson(sink, toJsonDocument({ ...ledgerReportToJSON(report), eventsAfterAsOf }))
        : writeLedgerCsv(sink, report, named, withBom(args)),
    ).then(() => EXIT_OK);
  },
};

// Rows per piece of CSV: the text of a few hundred rows, never of a whole national table.
const CSV_ROWS = 256;

/**
 * The CSV of `renderLedgerCsv` (the tables one after the other, an empty line between them),
 * written a few rows at a time: one row per county, inspection and department of a national
 * ledger, and its overdue list, never as one string.
 */
async function writeLedgerCsv(
  sink: OutputSink,
  report: LedgerReport,
  options: LedgerWorkbookOptions,
  bom: boolean,
): Promise<void> {
  const tables: WorkbookTable[] = ledgerWorkbook(report, options);
  if (bom) await sink.write('\uFEFF');
  for (const [i, table] of tables.entries()) {
    if (i > 0) await sink.write('\r\n');
    await sink.write(formatCsv([table.columns]));
    for (let at = 0; at < table.rows.length; at += CSV_ROWS) {
      const rows = table.rows.slice(at, at + CSV_ROWS).map((row) => row.map(workbookCellText));
      await sink.write(formatCsv(rows));
    }
  }
}
