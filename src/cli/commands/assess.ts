/**
 * `dudao assess <set-id> <file>`: assess a county dataset against an indicator set, or many
 * counties (a JSON array or JSON Lines) county by county, as a stream.
 */
import { assessCompulsory, type CompulsoryAssessment } from '../../assess/county.js';
import { compulsoryGaps } from '../../assess/gap.js';
import { assessPreschool } from '../../assess/preschool.js';
import { preschoolGaps } from '../../assess/preschool-gap.js';
import type { PreschoolAssessment } from '../../assess/preschool-types.js';
import { DudaoError, type DudaoIssue } from '../../error.js';
import type { IndicatorSet } from '../../indicators/types.js';
import { assessSupervisionReform } from '../../inspection/reform.js';
import { renderCompulsoryCsv, renderPreschoolCsv, renderVariationCsv } from '../../report/csv.js';
import { renderHtmlReport } from '../../report/html.js';
import { toJsonDocument } from '../../report/json.js';
import { renderCompulsoryMarkdown } from '../../report/markdown.js';
import { renderPreschoolMarkdown } from '../../report/preschool-markdown.js';
import { renderSupervisionReformMarkdown } from '../../report/reform-markdown.js';
import { compulsoryWorkbook, preschoolWorkbook } from '../../report/workbook.js';
import { readCompulsoryDataset, readPreschoolDataset } from '../../schema/read.js';
import { type CountyInput, openCountyInput } from '../input.js';
import { streamToOutput, writeJson, writeJsonArray } from '../output.js';
import { progressBar } from '../progress.js';
import {
  choice,
  EXIT_OK,
  indicatorSetOf,
  outputFormat,
  requireOutFile,
  type SpreadsheetCommand,
  UsageError,
  withBom,
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

type Lang = 'zh' | 'en';
type Format = 'md' | 'json' | 'jsonl' | 'csv' | 'xlsx' | 'html';

export const assessCommand: SpreadsheetCommand = {
  name: 'assess',
  summary: 'assess a county dataset (督导评估)',
  help: `dudao assess <set-id> <file> [options]
       dudao assess <file> --set <custom.json> [options]

Assess a county dataset against an indicator set (督导评估) and explain every number. The file is
JSON (as dudao/schemas/compulsory-dataset.json or preschool-dataset.json), or for compulsory
sets a table filled from "dudao template compulsory": a .csv file or an .xlsx workbook (its
first sheet).

Many counties (a city, a province or the nation) come as a JSON file holding an array of county
datasets, or as JSON Lines (a .jsonl file, one county dataset per line). Both are read county by
county, twice: first every county is checked (any problem: exit 1, every problem printed with a
path that starts with the county's index, and nothing written), then each is assessed and
written as soon as it is done, so memory does not grow with the number of counties. Formats md,
json (one JSON array), jsonl (one line per county) and html (one page, built in memory). A
progress bar shows on standard error when it is a terminal.

Options:
  --set <custom.json>        use an indicator set from a JSON file (e.g. a provincial variant);
                             <set-id> may then be left out: dudao assess <file> --set <custom.json>
  --format md|json|jsonl|csv|xlsx|html
                             output format (default md, or the one the extension of --out
                             names: .md .json .jsonl .csv .xlsx .html; a --format that
                             contradicts it is a usage error); json prints exactly one JSON
                             document (for many counties, an array written county by county);
                             jsonl prints one compact JSON document per county per line (JSON
                             Lines); html writes one self-contained page with charts;
                             csv: compulsory sets print the school-section table, an empty line
                             and the CV table; preschool sets print the county indicators;
                             xlsx writes the same tables, one sheet each (needs --out)
  --lang zh|en               report language for md, csv, xlsx and html (default zh)
  --out <file>               write to a file instead of standard output
  --no-bom                   csv: leave out the UTF-8 byte order mark that Excel needs
  --county-code, --county-name, --year   required when <file> is a .csv or .xlsx table
  --encoding auto|utf-8|gb18030|gbk      the encoding of a .csv file (default auto: a byte order
                             mark, else UTF-8 when the file is valid UTF-8, else GB18030/GBK,
                             as Excel saves "CSV (逗号分隔)" on a Chinese Windows system)`,
  json: true,
  options: ['format', 'lang', 'out', 'set', ...CSV_INPUT_OPTIONS],
  switches: ['no-bom'],
  run: (args) => {
    const custom = args.flags.get('set');
    // With --set the set comes from its file, and <set-id> may be left out.
    const [setId, file] =
      typeof custom === 'string' && args.positional.length === 1
        ? [undefined, args.positional[0]]
        : args.positional;
    if (file === undefined) {
      throw new UsageError('assess needs <set-id> and <file> (or <file> and --set <custom.json>)', {
        code: 'missing-argument',
        messageZh: 'assess 需要 <set-id> 和 <file>（或 <file> 与 --set <custom.json>）',
      });
    }
    const format: Format = outputFormat(
      args,
      'assess',
      ['md', 'json', 'jsonl', 'csv', 'xlsx', 'html'] as const,
      'md',
    );
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    const out = args.flags.get('out');
    // A workbook is binary: it never goes to a terminal.
    const xlsxOut = format === 'xlsx' ? requireOutFile(args, 'xlsx') : '';
    rejectXls(file);
    // The set: a file given with --set, else the built-in set (or set file) <set-id> names.
    const set = indicatorSetOf(typeof custom === 'string' ? custom : String(setId));
    if (
      isTableFile(file) &&
      (set.programme === 'supervision-reform' || (set.programme === 'preschool' && !isXlsxFile(file)))
    ) {
      throw new UsageError('CSV input is for compulsory sets; XLSX input for compulsory and preschool sets');
    }
    if (
      set.programme === 'supervision-reform' &&
      (format === 'csv' || format === 'xlsx' || format === 'html')
    ) {
      throw new UsageError(`--format ${format} is not available for supervision-reform sets`);
    }
    const report = (data: unknown): number | Promise<number> => {
      if (format === 'xlsx') {
        const workbook =
          set.programme === 'preschool'
            ? preschoolWorkbook(assessPreschool(data, set), set, { lang })
            : compulsoryWorkbook(assessCompulsory(data, set), set, { lang });
        return writeWorkbook(workbook, xlsxOut).then(() => EXIT_OK);
      }
      const one = assessOne(data, set, lang);
      if (format === 'html') writeOutput(htmlOf(set, [one], lang), out);
      else if (format === 'csv') writeOutput(one.csv(withBom(args)), out);
      else if (format === 'jsonl') writeOutput(`${JSON.stringify(one.json())}\n`, out);
      else if (format === 'json')
        return streamToOutput(out, (sink) => writeJson(sink, one.json())).then(() => EXIT_OK);
      else writeOutput(one.markdown(), out);
      return EXIT_OK;
    };
    if (isXlsxFile(file)) return readCompulsoryXlsxFile(file, args, set).then(report);
    if (isCsvFile(file)) return report(readCompulsoryCsvFile(file, args));
    const input = openCountyInput(file);
    if (!input.many) return report(input.value);
    if (format === 'csv' || format === 'xlsx') {
      throw new UsageError(`--format ${format} takes one county; many counties are md, json, jsonl or html`);
    }
    return assessMany(input, set, format, lang, out);
  },
};

/**
 * One county assessed: its JSON document (the assessment with its gaps, figures as decimal
 * strings: `toJsonDocument`) and its reports, made when asked for.
 */
interface Assessed {
  /** The `--format json` document of the county. */
  readonly json: () => unknown;
  /** The Markdown report. */
  readonly markdown: () => string;
  /** The CSV tables (compulsory and preschool sets), with a byte order mark when asked. */
  readonly csv: (bom: boolean) => string;
  /** What the HTML page shows (compulsory and preschool sets). */
  readonly compulsory?: CompulsoryEntry;
  readonly preschool?: PreschoolEntry;
}

function assessOne(data: unknown, set: IndicatorSet, lang: Lang): Assessed {
  if (set.programme === 'preschool') {
    const assessment = assessPreschool(data, set);
    const gaps = preschoolGaps(assessment, set);
    return {
      json: () => toJsonDocument({ ...assessment, gaps }),
      markdown: () => renderPreschoolMarkdown(assessment, set, { lang, gaps }),
      csv: (bom) => renderPreschoolCsv(assessment, set, { lang, bom }),
      preschool: { assessment, set, gaps },
    };
  }
  if (set.programme === 'supervision-reform') {
    const assessment = assessSupervisionReform(data, set);
    return {
      json: () => toJsonDocument(assessment),
      markdown: () => renderSupervisionReformMarkdown(assessment, set, { lang }),
      csv: () => '',
    };
  }
  const assessment = assessCompulsory(data, set);
  const gaps = compulsoryGaps(assessment, set);
  return {
    json: () => toJsonDocument({ ...assessment, gaps }),
    markdown: () => renderCompulsoryMarkdown(assessment, set, { lang, gaps }),
    csv: (bom) =>
      `${renderCompulsoryCsv(assessment, set, { lang, bom })}\r\n${renderVariationCsv(assessment, set, { lang })}`,
    compulsory: { assessment, set, gaps },
  };
}

// The first pass over many counties checks each one as the assessment would, and assesses none.
function checkOne(data: unknown, set: IndicatorSet): void {
  if (set.programme === 'preschool') readPreschoolDataset(data);
  else if (set.programme === 'supervision-reform') assessSupervisionReform(data, set);
  else readCompulsoryDataset(data);
}

// A county's problems, their paths starting with its index.
function issuesAt(index: number, error: DudaoError): DudaoIssue[] {
  return error.issues.map((issue) => ({ ...issue, path: [index, ...issue.path] }));
}

/**
 * Assesses many counties, county by county, in two passes over the file: the first checks every
 * county (every problem reported, paths starting with the county's index, nothing written), the
 * second assesses each and writes it at once. Only `html`, one page of every county, is built in
 * memory.
 */
async function assessMany(
  input: Extract<CountyInput, { many: true }>,
  set: IndicatorSet,
  format: 'md' | 'json' | 'jsonl' | 'html',
  lang: Lang,
  out: string | true | undefined,
): Promise<number> {
  const issues: DudaoIssue[] = [];
  let total = 0;
  for await (const item of input.counties()) {
    total += 1;
    if ('invalid' in item) {
      issues.push(item.invalid);
      continue;
    }
    try {
      checkOne(item.value, set);
    } catch (error) {
      if (!(error instanceof DudaoError)) throw error;
      issues.push(...issuesAt(item.index, error));
    }
  }
  const [firstIssue, ...otherIssues] = issues;
  if (firstIssue !== undefined) throw new DudaoError([firstIssue, ...otherIssues]);

  const bar = progressBar(total, lang === 'zh' ? '评估中 assessing' : 'assessing 评估中');
  async function* assessed(): AsyncGenerator<Assessed> {
    for await (const item of input.counties()) {
      let one: Assessed;
      try {
        // The file changed since the first pass: report it as the first pass would have.
        if ('invalid' in item) throw new DudaoError([item.invalid]);
        one = assessOne(item.value, set, lang);
      } catch (error) {
        if (!(error instanceof DudaoError) || 'invalid' in item) throw error;
        const [first, ...rest] = issuesAt(item.index, error);
        throw new DudaoError([first as DudaoIssue, ...rest]);
      }
      bar.tick();
      yield one;
    }
  }
  try {
    if (format === 'html') {
      const counties: Assessed[] = [];
      for await (const one of assessed()) counties.push(one);
      writeOutput(htmlOf(set, counties, lang), out);
      return EXIT_OK;
    }
    await streamToOutput(out, async (sink) => {
      if (format === 'json') {
        await writeJsonArray(
          sink,
          mapAsync(assessed(), (one) => one.json()),
        );
        return;
      }
      let count = 0;
      for await (const one of assessed()) {
        if (format === 'jsonl') await sink.write(`${JSON.stringify(one.json())}\n`);
        else await sink.write(count === 0 ? one.markdown() : `\n${one.markdown()}`);
        count += 1;
      }
    });
    return EXIT_OK;
  } finally {
    bar.done();
  }
}

async function* mapAsync<T, U>(items: AsyncIterable<T>, f: (item: T) => U): AsyncGenerator<U> {
  for await (const item of items) yield f(item);
}

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
function htmlOf(set: IndicatorSet, counties: readonly Assessed[], lang: Lang): string {
  const compulsory = counties.flatMap((c) => (c.compulsory === undefined ? [] : [c.compulsory]));
  const preschool = counties.flatMap((c) => (c.preschool === undefined ? [] : [c.preschool]));
  const first = compulsory[0]?.assessment.county ?? preschool[0]?.assessment.county;
  const title =
    counties.length === 1 && first !== undefined
      ? {
          zh: `${first.name}（${first.code}）${set.name.zh}`,
          en: `${first.name} (${first.code}): ${set.name.en}`,
        }
      : { zh: `${set.name.zh}：${counties.length} 个县`, en: `${set.name.en}: ${counties.length} counties` };
  return renderHtmlReport({ title, compulsory, preschool }, { lang });
}
