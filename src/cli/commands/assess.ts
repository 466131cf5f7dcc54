/** `dudao assess <set-id> <file>`: assess a county dataset against an indicator set. */
import { assessCompulsory, type CompulsoryAssessment } from '../../assess/county.js';
import { compulsoryGaps } from '../../assess/gap.js';
import { assessPreschool, type PreschoolAssessment, preschoolGaps } from '../../assess/preschool.js';
import { DudaoError, type DudaoIssue } from '../../error.js';
import { builtInIndicatorSets } from '../../indicators/built-in.js';
import { parseIndicatorSet } from '../../indicators/parse.js';
import type { IndicatorSet } from '../../indicators/types.js';
import { assessSupervisionReform } from '../../inspection/reform.js';
import { renderCompulsoryCsv, renderPreschoolCsv, renderVariationCsv } from '../../report/csv.js';
import { renderHtmlReport } from '../../report/html.js';
import { renderCompulsoryMarkdown } from '../../report/markdown.js';
import { renderPreschoolMarkdown } from '../../report/preschool-markdown.js';
import { renderSupervisionReformMarkdown } from '../../report/reform-markdown.js';
import { compulsoryWorkbook, preschoolWorkbook } from '../../report/workbook.js';
import { progressBar } from '../progress.js';
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
"dudao template compulsory": a .csv file or an .xlsx workbook (its first sheet). A JSON file
holding an array of county datasets (a city, a province or the nation) is assessed county by
county, with a progress bar on standard error when it is a terminal; md, json and html only.

Options:
  --set <custom.json>        use an indicator set from a JSON file (e.g. a provincial variant)
  --format md|json|csv|xlsx|html
                             output format (default md, or xlsx / html when --out ends in
                             .xlsx / .html); json prints exactly one JSON document;
                             html writes one self-contained page with charts;
                             csv: compulsory sets print the school-section table, an empty line
                             and the CV table; preschool sets print the county indicators;
                             xlsx writes the same tables, one sheet each (needs --out)
  --lang zh|en               report language for md, csv and xlsx (default zh)
  --out <file>               write to a file instead of standard output
  --county-code, --county-name, --year   required when <file> is a .csv or .xlsx table`,
  json: true,
  options: ['format', 'lang', 'out', 'set', ...CSV_INPUT_OPTIONS],
  run: (args) => {
    const [setId, file] = args.positional;
    if (setId === undefined || file === undefined) {
      throw new UsageError('assess needs <set-id> and <file>', {
        code: 'missing-argument',
        messageZh: 'assess 需要 <set-id> 和 <file>',
      });
    }
    const outFlag = args.flags.get('out');
    const htmlOut = typeof outFlag === 'string' && /\.html?$/i.test(outFlag);
    const format = choice(
      args,
      'format',
      ['md', 'json', 'csv', 'xlsx', 'html'] as const,
      htmlOut ? 'html' : defaultFormat(args, 'md'),
    );
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
        const known = Object.keys(builtInIndicatorSets).join(', ');
        throw new UsageError(`unknown set "${setId}"; known: ${known}`, {
          code: 'unknown-set',
          messageZh: `未知的指标体系 "${setId}"；可用：${known}`,
        });
      }
      set = builtIn;
    }
    if (isTableFile(file) && (set.programme === 'preschool' || set.programme === 'supervision-reform')) {
      throw new UsageError('CSV and XLSX input is for compulsory sets');
    }
    // JSON is read once; a table file is read below, by its own reader.
    const json = isTableFile(file) ? undefined : readJson(file);
    if (Array.isArray(json) && set.programme !== 'supervision-reform') {
      if (format !== 'md' && format !== 'json' && format !== 'html') {
        throw new UsageError(`--format ${format} takes one county; an array of counties is md, json or html`);
      }
      writeOutput(assessMany(json, set, format, lang), out);
      return EXIT_OK;
    }
    if (set.programme === 'preschool') {
      const assessment = assessPreschool(json, set);
      if (format === 'xlsx') {
        return writeWorkbook(preschoolWorkbook(assessment, set, { lang }), xlsxOut).then(() => EXIT_OK);
      }
      const gaps = preschoolGaps(assessment, set);
      if (format === 'html') writeOutput(htmlOf(set, [], [{ assessment, set, gaps }], lang), out);
      else if (format === 'json') writeOutput(toJsonDocument({ ...assessment, gaps }), out);
      else if (format === 'csv') writeOutput(renderPreschoolCsv(assessment, set, { lang }), out);
      else writeOutput(renderPreschoolMarkdown(assessment, set, { lang, gaps }), out);
      return EXIT_OK;
    }
    if (set.programme === 'supervision-reform') {
      if (format === 'csv' || format === 'xlsx' || format === 'html') {
        throw new UsageError(`--format ${format} is not available for supervision-reform sets`);
      }
      const assessment = assessSupervisionReform(json, set);
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
      if (format === 'html') writeOutput(htmlOf(set, [{ assessment, set, gaps }], [], lang), out);
      else if (format === 'json') writeOutput(toJsonDocument({ ...assessment, gaps }), out);
      else if (format === 'csv') {
        const sections = renderCompulsoryCsv(assessment, set, { lang });
        writeOutput(`${sections}\r\n${renderVariationCsv(assessment, set, { lang })}`, out);
      } else writeOutput(renderCompulsoryMarkdown(assessment, set, { lang, gaps }), out);
      return EXIT_OK;
    };
    if (isXlsxFile(file)) return readCompulsoryXlsxFile(file, args).then(report);
    return report(isCsvFile(file) ? readCompulsoryCsvFile(file, args) : json);
  },
};

type Lang = 'zh' | 'en';
type CompulsoryEntry = {
  assessment: CompulsoryAssessment;
  set: IndicatorSet;
  gaps: ReturnType<typeof compulsoryGaps>;
};
type PreschoolEntry = {
  assessment: PreschoolAssessment;
  set: IndicatorSet;
  gaps: ReturnType<typeof preschoolGaps>;
};

/** One HTML page for the assessed counties of a set. */
function htmlOf(
  set: IndicatorSet,
  compulsory: readonly CompulsoryEntry[],
  preschool: readonly PreschoolEntry[],
  lang: Lang,
): string {
  const counties = compulsory.length + preschool.length;
  const first = compulsory[0]?.assessment.county ?? preschool[0]?.assessment.county;
  const title =
    counties === 1 && first !== undefined
      ? {
          zh: `${first.name}（${first.code}）${set.name.zh}`,
          en: `${first.name} (${first.code}): ${set.name.en}`,
        }
      : { zh: `${set.name.zh}：${counties} 个县`, en: `${set.name.en}: ${counties} counties` };
  return renderHtmlReport({ title, compulsory, preschool }, { lang });
}

/**
 * Assesses an array of county datasets, county by county, with a progress bar on a terminal.
 * Every invalid county is reported (paths start with its index) and nothing is printed then.
 */
function assessMany(
  data: readonly unknown[],
  set: IndicatorSet,
  format: 'md' | 'json' | 'html',
  lang: Lang,
): string {
  const compulsory: CompulsoryEntry[] = [];
  const preschool: PreschoolEntry[] = [];
  const issues: DudaoIssue[] = [];
  const bar = progressBar(data.length, lang === 'zh' ? '评估中 assessing' : 'assessing 评估中');
  try {
    data.forEach((county, i) => {
      try {
        if (set.programme === 'preschool') {
          const assessment = assessPreschool(county, set);
          preschool.push({ assessment, set, gaps: preschoolGaps(assessment, set) });
        } else {
          const assessment = assessCompulsory(county, set);
          compulsory.push({ assessment, set, gaps: compulsoryGaps(assessment, set) });
        }
      } catch (error) {
        if (!(error instanceof DudaoError)) throw error;
        for (const issue of error.issues) issues.push({ ...issue, path: [i, ...issue.path] });
      }
      bar.tick();
    });
  } finally {
    bar.done();
  }
  const [firstIssue, ...otherIssues] = issues;
  if (firstIssue !== undefined) throw new DudaoError([firstIssue, ...otherIssues]);
  if (format === 'html') return htmlOf(set, compulsory, preschool, lang);
  if (format === 'json') {
    return toJsonDocument(
      [...compulsory, ...preschool].map(({ assessment, gaps }) => ({ ...assessment, gaps })),
    );
  }
  const documents = [
    ...compulsory.map(({ assessment, gaps }) => renderCompulsoryMarkdown(assessment, set, { lang, gaps })),
    ...preschool.map(({ assessment, gaps }) => renderPreschoolMarkdown(assessment, set, { lang, gaps })),
  ];
  return documents.join('\n');
}
