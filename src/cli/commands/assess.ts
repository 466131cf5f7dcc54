/** `dudao assess <set-id> <file>`: assess a county dataset against an indicator set. */
import { assessCompulsory } from '../../assess/county.js';
import { compulsoryGaps } from '../../assess/gap.js';
import { assessPreschool, preschoolGaps } from '../../assess/preschool.js';
import { builtInIndicatorSets } from '../../indicators/built-in.js';
import { parseIndicatorSet } from '../../indicators/parse.js';
import type { IndicatorSet } from '../../indicators/types.js';
import { assessSupervisionReform } from '../../inspection/reform.js';
import { renderCompulsoryCsv, renderPreschoolCsv, renderVariationCsv } from '../../report/csv.js';
import { renderCompulsoryMarkdown } from '../../report/markdown.js';
import { renderPreschoolMarkdown } from '../../report/preschool-markdown.js';
import { renderSupervisionReformMarkdown } from '../../report/reform-markdown.js';
import { compulsoryWorkbook, preschoolWorkbook } from '../../report/workbook.js';
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
import { isXlsxFile, writeWorkbook } from '../xlsx.js';
import {
  CSV_INPUT_OPTIONS,
  isCsvFile,
  isTableFile,
  readCompulsoryCsvFile,
  readCompulsoryXlsxFile,
  rejectXls,
} from './template.js';

export const assessCommand: SpreadsheetCommand = {
  name: 'assess',
  summary: 'assess a county dataset (督导评估)',
  help: `dudao assess <set-id> <file> [options]

Assess a county dataset against an indicator set (督导评估) and explain every number. The file is
JSON (data contract section 1 or 2), or for compulsory sets a table filled from
"dudao template compulsory": a .csv file or an .xlsx workbook (its first sheet).

Options:
  --set <custom.json>        use an indicator set from a JSON file (e.g. a provincial variant)
  --format md|json|csv|xlsx  output format (default md, or xlsx when --out ends in .xlsx);
                             json prints exactly one JSON document;
                             csv: compulsory sets print the school-section table, an empty line
                             and the CV table; preschool sets print the county indicators;
                             xlsx writes the same tables, one sheet each (needs --out)
  --lang zh|en               report language for md, csv and xlsx (default zh)
  --out <file>               write to a file instead of standard output
  --county-code, --county-name, --year   required when <file> is a .csv or .xlsx table`,
  options: ['format', 'lang', 'out', 'set', ...CSV_INPUT_OPTIONS],
  run: (args) => {
    const [setId, file] = args.positional;
    if (setId === undefined || file === undefined) throw new UsageError('assess needs <set-id> and <file>');
    const format = choice(args, 'format', ['md', 'json', 'csv', 'xlsx'] as const, defaultFormat(args, 'md'));
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    const out = args.flags.get('out');
    // A workbook is binary: it never goes to a terminal.
    const xlsxOut = format === 'xlsx' ? requireOutFile(args, 'xlsx') : '';
    rejectXls(file);
    const custom = args.flags.get('set');
    let set: IndicatorSet;
    if (typeof custom === 'string') set = parseIndicatorSet(readJson(custom));
    else {
      const builtIn = Object.hasOwn(builtInIndicatorSets, setId) ? builtInIndicatorSets[setId] : undefined;
      if (builtIn === undefined) {
        throw new UsageError(
          `unknown set "${setId}"; known: ${Object.keys(builtInIndicatorSets).join(', ')}`,
        );
      }
      set = builtIn;
    }
    if (isTableFile(file) && (set.programme === 'preschool' || set.programme === 'supervision-reform')) {
      throw new UsageError('CSV and XLSX input is for compulsory sets');
    }
    if (set.programme === 'preschool') {
      const assessment = assessPreschool(readJson(file), set);
      if (format === 'xlsx') {
        return writeWorkbook(preschoolWorkbook(assessment, set, { lang }), xlsxOut).then(() => EXIT_OK);
      }
      const gaps = preschoolGaps(assessment, set);
      if (format === 'json') writeOutput(toJsonDocument({ ...assessment, gaps }), out);
      else if (format === 'csv') writeOutput(renderPreschoolCsv(assessment, set, { lang }), out);
      else writeOutput(renderPreschoolMarkdown(assessment, set, { lang, gaps }), out);
      return EXIT_OK;
    }
    if (set.programme === 'supervision-reform') {
      if (format === 'csv' || format === 'xlsx') {
        throw new UsageError(`--format ${format} is not available for supervision-reform sets`);
      }
      const assessment = assessSupervisionReform(readJson(file), set);
      if (format === 'json') writeOutput(toJsonDocument(assessment), out);
      else writeOutput(renderSupervisionReformMarkdown(assessment, set, { lang }), out);
      return EXIT_OK;
    }
    const report = (data: unknown): number | Promise<number> => {
      const assessment = assessCompulsory(data, set);
      if (format === 'xlsx') {
        return writeWorkbook(compulsoryWorkbook(assessment, set, { lang }), xlsxOut).then(() => EXIT_OK);
      }
      const gaps = compulsoryGaps(assessment, set);
      if (format === 'json') writeOutput(toJsonDocument({ ...assessment, gaps }), out);
      else if (format === 'csv') {
        const sections = renderCompulsoryCsv(assessment, set, { lang });
        writeOutput(`${sections}\r\n${renderVariationCsv(assessment, set, { lang })}`, out);
      } else writeOutput(renderCompulsoryMarkdown(assessment, set, { lang, gaps }), out);
      return EXIT_OK;
    };
    if (isXlsxFile(file)) return readCompulsoryXlsxFile(file, args).then(report);
    return report(isCsvFile(file) ? readCompulsoryCsvFile(file, args) : readJson(file));
  },
};
