/** `dudao recheck <ledger.json> --inspection <id> --as-of YYYY-MM-DD`: a return visit's recheck report. */

import { assessCompulsory } from '../../assess/county.js';
import type { FindingsAssessment } from '../../assess/findings.js';
import { assessPreschool } from '../../assess/preschool.js';
import { DudaoError, type DudaoIssue } from '../../error.js';
import { compulsoryQuality2017 } from '../../indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../indicators/preschool-2020.js';
import type { IndicatorSet } from '../../indicators/types.js';
import { type RecheckSuggestion, recheckSuggestions } from '../../inspection/recheck-suggestions.js';
import { formatCsv } from '../../io/csv.js';
import { loadLedger } from '../../ledger/fold.js';
import { toJsonDocument } from '../../report/json.js';
import { namesFromCity } from '../../report/names.js';
import { renderReturnVisitMarkdown, returnVisitWorkbook } from '../../report/return-visit.js';
import { workbookCellText } from '../../report/workbook.js';
import type { CityInput } from '../../schema/inspection.js';
import { returnVisitSummary, returnVisitSummaryToJSON } from '../../scoring/return-visit.js';
import { streamToOutput, writeJson } from '../output.js';
import {
  choice,
  EXIT_OK,
  indicatorSetOf,
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

export const recheckCommand: SpreadsheetCommand = {
  name: 'recheck',
  summary: 'recheck report of a return visit (回访督导复查情况)',
  help: `dudao recheck <ledger.json> --inspection <id> --as-of YYYY-MM-DD [options]

Report what a return visit (回访督导, 回头看) made of the issues fed back earlier: how many were
due for recheck and were rechecked, the outcomes (已整改, 基本整改, 未整改, 不再适用), the issues it
newly found, per county, per school and kindergarten and per responsible unit, the visit's own
rectification rate (the issues it found rectified), and every issue due with its outcome. The
visit is the inspection whose id the ledger's issue-rechecked events and new issues name. With
--assessment, a later dataset of a county is assessed and set beside each issue's outcome: a
suggestion of what the data show met; the recheck decides.

Options:
  --inspection <id>       the return visit's inspection id (required)
  --as-of <YYYY-MM-DD>    the day to report on (required: there is no hidden clock)
  --assessment <file>     a later county dataset (JSON, as dudao/schemas/compulsory-dataset.json or preschool-dataset.json)
  --set <id|file.json>    the indicator set for --assessment: a built-in set id or a custom set
                          file (default compulsory-quality-2017, or preschool-2020 for a
                          preschool dataset)
  --format md|json|csv|xlsx
                          output format (default md, or xlsx when --out ends in .xlsx); json
                          prints exactly one JSON document; csv prints the tables one after the
                          other, an empty line between them; xlsx writes one sheet per table and
                          needs --out
  --lang zh|en            report language for md, csv and xlsx (default zh)
  --responsible lead|all  units: lead units only (default) or lead and supporting units
  --city <file>           the city's documents (dudao init's city-data.json), for the names of
                          counties, schools, kindergartens and inspections (ids otherwise)
  --out <file>            write to a file instead of standard output (its extension names the
                          format when --format is not given)
  --no-bom                csv: leave out the UTF-8 byte order mark that Excel needs`,
  json: true,
  options: ['inspection', 'as-of', 'assessment', 'set', 'format', 'lang', 'out', 'responsible', 'city'],
  switches: ['no-bom'],
  run: (args) => {
    const [file] = args.positional;
    if (file === undefined) {
      throw new UsageError('recheck needs a ledger file', {
        code: 'missing-argument',
        messageZh: 'recheck 需要一个台账文件',
      });
    }
    const inspection = args.flags.get('inspection');
    if (typeof inspection !== 'string' || inspection === '') {
      throw new UsageError('recheck needs --inspection <id> (the return visit)', {
        code: 'missing-option',
        messageZh: 'recheck 需要 --inspection <id>（回访督导活动编号）',
      });
    }
    const asOf = requireAsOf(args, 'recheck');
    const format = outputFormat(args, 'recheck', ['md', 'json', 'csv', 'xlsx'] as const, 'md');
    const xlsxOut = format === 'xlsx' ? requireOutFile(args, 'xlsx') : '';
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    const responsible = choice(args, 'responsible', ['lead', 'all'] as const, 'lead');
    const datasetFile = args.flags.get('assessment');
    const setFlag = args.flags.get('set');
    if (typeof setFlag === 'string' && typeof datasetFile !== 'string') {
      throw new UsageError('--set goes with --assessment', {
        code: 'missing-option',
        messageZh: '--set 须与 --assessment 一起使用',
      });
    }
    const { state } = loadLedger(readJson(file));
    const summary = returnVisitSummary(state, { inspection, asOf, responsible });
    let suggestions: RecheckSuggestion[] | undefined;
    if (typeof datasetFile === 'string') {
      const later = assessLater(readJson(datasetFile), typeof setFlag === 'string' ? setFlag : undefined);
      suggestions = recheckSuggestions(state, summary, later);
    }
    const cityFile = args.flags.get('city');
    const names = typeof cityFile === 'string' ? namesFromCity(readJson(cityFile) as CityInput) : undefined;
    const options = {
      lang,
      ...(suggestions === undefined ? {} : { suggestions }),
      ...(names === undefined ? {} : { names }),
    };
    const out = args.flags.get('out');
    if (format === 'xlsx') {
      return writeWorkbook(returnVisitWorkbook(summary, options), xlsxOut).then(() => EXIT_OK);
    }
    if (format === 'md') {
      writeOutput(renderReturnVisitMarkdown(summary, options), out);
      return EXIT_OK;
    }
    if (format === 'csv') {
      const tables = returnVisitWorkbook(summary, options);
      const text = tables
        .map((t) => formatCsv([t.columns, ...t.rows.map((row) => row.map(workbookCellText))]))
        .join('\r\n');
      writeOutput(withBom(args) ? `\uFEFF${text}` : text, out);
      return EXIT_OK;
    }
    const document = toJsonDocument({
      ...returnVisitSummaryToJSON(summary),
      ...(suggestions === undefined ? {} : { suggestions }),
    });
    return streamToOutput(out, (sink) => writeJson(sink, document)).then(() => EXIT_OK);
  },
};

// The set for --assessment: a built-in id, or a custom set file; by default the one that fits
// the dataset (a preschool dataset lists kindergartens).
function setFor(dataset: unknown, flag: string | undefined): IndicatorSet {
  if (flag === undefined) {
    const preschool = typeof dataset === 'object' && dataset !== null && 'kindergartens' in dataset;
    return preschool ? preschool2020 : compulsoryQuality2017;
  }
  return indicatorSetOf(flag);
}

// Assesses the later dataset; its problems are reported under `assessment` (the option's file).
function assessLater(dataset: unknown, flag: string | undefined): FindingsAssessment {
  const set = setFor(dataset, flag);
  if (set.programme === 'supervision-reform') {
    throw new UsageError('--assessment takes a compulsory or preschool dataset', {
      code: 'invalid-option-value',
      messageZh: '--assessment 须为义务教育或学前教育数据集',
    });
  }
  try {
    return set.programme === 'preschool' ? assessPreschool(dataset, set) : assessCompulsory(dataset, set);
  } catch (error) {
    if (!(error instanceof DudaoError)) throw error;
    const [first, ...rest] = error.issues.map((issue) => ({ ...issue, path: ['assessment', ...issue.path] }));
    throw new DudaoError([first as DudaoIssue, ...rest]);
  }
}
