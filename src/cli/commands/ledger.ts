/** `dudao ledger <file> --as-of YYYY-MM-DD`: the rectification report of an issue ledger. */
import { dayNumber } from '../../ledger/calendar.js';
import { loadLedger } from '../../ledger/fold.js';
import { renderLedgerCsv } from '../../report/csv.js';
import { renderLedgerMarkdown } from '../../report/ledger-markdown.js';
import { ledgerWorkbook } from '../../report/workbook.js';
import { ledgerReport, ledgerReportToJSON } from '../../scoring/report.js';
import {
  choice,
  defaultFormat,
  EXIT_OK,
  readJson,
  requireOutFile,
  type SpreadsheetCommand,
  toJsonDocument,
  UsageError,
  writeOutput,
} from '../shared.js';
import { writeWorkbook } from '../xlsx.js';

export const ledgerCommand: SpreadsheetCommand = {
  name: 'ledger',
  summary: 'rectification report of an issue ledger (整改台账)',
  help: `dudao ledger <file> --as-of YYYY-MM-DD [options]

Replay an issue ledger (问题整改台账, data contract section 3) and report on a day: issues per
status, the rectification rate (整改率) and its strict variant, overdue issues, whether the ledger
is cleared (清零), breakdowns by county, inspection, department and more, and the overdue list.
The whole history is checked; events dated after --as-of are not counted.

Options:
  --as-of <YYYY-MM-DD>    the day to report on (required: there is no hidden clock)
  --format md|json|csv|xlsx
                          output format (default md, or xlsx when --out ends in .xlsx); json
                          prints exactly one JSON document; csv prints the summary and
                          breakdown table, an empty line and the overdue list; xlsx writes one
                          sheet per table and needs --out
  --lang zh|en            report language for md and csv (default zh)
  --responsible lead|all  departments: lead units only (default) or lead and supporting units
  --out <file>            write to a file instead of standard output`,
  json: true,
  options: ['as-of', 'format', 'lang', 'out', 'responsible'],
  run: (args) => {
    const [file] = args.positional;
    if (file === undefined) {
      throw new UsageError('ledger needs a file', {
        code: 'missing-argument',
        messageZh: 'ledger 需要一个文件',
      });
    }
    const asOf = args.flags.get('as-of');
    if (typeof asOf !== 'string') {
      throw new UsageError('ledger needs --as-of YYYY-MM-DD (the day to report on)', {
        code: 'missing-option',
        messageZh: 'ledger 需要 --as-of YYYY-MM-DD（报告所针对的日期）',
      });
    }
    if (Number.isNaN(dayNumber(asOf))) {
      throw new UsageError(`--as-of must be a calendar date written YYYY-MM-DD (got "${asOf}")`, {
        code: 'invalid-date',
        messageZh: `--as-of 必须是 YYYY-MM-DD 格式的有效日期（实际为 "${asOf}"）`,
      });
    }
    const format = choice(args, 'format', ['md', 'json', 'csv', 'xlsx'] as const, defaultFormat(args, 'md'));
    const xlsxOut = format === 'xlsx' ? requireOutFile(args, 'xlsx') : '';
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    const responsible = choice(args, 'responsible', ['lead', 'all'] as const, 'lead');
    const { document, state } = loadLedger(readJson(file));
    const report = ledgerReport(state, { asOf, responsible });
    const out = args.flags.get('out');
    if (format === 'xlsx')
      return writeWorkbook(ledgerWorkbook(report, { lang }), xlsxOut).then(() => EXIT_OK);
    if (format === 'json') {
      const eventsAfterAsOf = document.events.filter((e) => e.at > asOf).length;
      writeOutput(toJsonDocument({ ...ledgerReportToJSON(report), eventsAfterAsOf }), out);
    } else if (format === 'csv') writeOutput(renderLedgerCsv(report, { lang }), out);
    else writeOutput(renderLedgerMarkdown(report, { lang }), out);
    return EXIT_OK;
  },
};
