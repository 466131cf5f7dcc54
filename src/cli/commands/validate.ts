/**
 * `dudao validate <file>`: check a compulsory-education dataset, a preschool dataset, an issue
 * ledger or a social-recognition survey, and print every problem with its path (exit 1), or
 * "valid / 校验通过" and the kind.
 */
import { parseRecognitionSurvey } from '../../assess/survey.js';
import { DudaoError, type DudaoIssue } from '../../error.js';
import type { IndicatorSet } from '../../indicators/types.js';
import { loadLedger } from '../../ledger/fold.js';
import { parseCompulsoryDataset } from '../../schema/compulsory.js';
import { parsePreschoolDataset } from '../../schema/preschool.js';
import { type CountyInput, openCountyInput } from '../input.js';
import {
  EXIT_OK,
  indicatorSetOf,
  jsonText,
  outputFormat,
  type ParsedArgs,
  type SpreadsheetCommand,
  UsageError,
  writeOutput,
} from '../shared.js';
import { isXlsxFile } from '../xlsx.js';
import {
  CSV_INPUT_OPTIONS,
  isCsvFile,
  readCompulsoryCsvFile,
  readCompulsoryXlsxFile,
  rejectXls,
} from './template.js';

/** The kinds of document `validate` recognises, and how it names them. */
type DocumentKind = 'compulsory' | 'preschool' | 'ledger' | 'survey';

// A ledger has `events`, a preschool dataset `kindergartens`, a survey its sampling `frame`;
// anything else is checked as a compulsory dataset, so that a stray object is reported against
// the most common schema.
function kindOf(data: unknown): DocumentKind {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return 'compulsory';
  if ('events' in data) return 'ledger';
  if ('kindergartens' in data) return 'preschool';
  if ('frame' in data) return 'survey';
  return 'compulsory';
}

/**
 * What `validate --format json` prints for a valid file: `ok`, the file, its kind and what it
 * holds (the county, year and number of schools or kindergartens of a dataset; the number of
 * events and issues of a ledger).
 */
type ValidDocument =
  | {
      readonly ok: true;
      readonly file: string;
      readonly kind: 'compulsory' | 'preschool';
      readonly county: { readonly code: string; readonly name: string };
      readonly year: number;
      readonly schools?: number;
      readonly kindergartens?: number;
    }
  | {
      readonly ok: true;
      readonly file: string;
      readonly kind: 'ledger';
      readonly events: number;
      readonly issues: number;
    }
  | {
      readonly ok: true;
      readonly file: string;
      readonly kind: 'survey';
      readonly county: { readonly code: string; readonly name: string };
      readonly year: number | null;
      readonly respondents: number;
    }
  | {
      readonly ok: true;
      readonly file: string;
      readonly kind: 'counties';
      readonly counties: number;
      readonly compulsory: number;
      readonly preschool: number;
    };

/** What is checked, and what is printed for each kind: a line of text and the JSON document. */
function check(kind: DocumentKind, data: unknown, file: string): { text: string; json: ValidDocument } {
  switch (kind) {
    case 'ledger': {
      // loadLedger also replays: an impossible transition is invalid input at `events[i]`.
      const { document, state } = loadLedger(data);
      const events = document.events.length;
      const issues = state.issues.length;
      return {
        text: `issue ledger / 整改台账: ${events} events, ${issues} issues`,
        json: { ok: true, file, kind, events, issues },
      };
    }
    case 'survey': {
      const survey = parseRecognitionSurvey(data);
      const respondents =
        survey.respondents?.length ??
        (survey.cells ?? []).reduce((sum, cell) => sum + Number(cell.respondents.toString()), 0);
      const year = survey.year ?? null;
      return {
        text: `social-recognition survey / 社会认可度调查: ${survey.county.name} (${survey.county.code})${year === null ? '' : ` ${year}`}, ${respondents} respondents`,
        json: {
          ok: true,
          file,
          kind,
          county: { code: survey.county.code, name: survey.county.name },
          year,
          respondents,
        },
      };
    }
    case 'preschool': {
      const { county, year, kindergartens } = parsePreschoolDataset(data);
      return {
        text: `preschool dataset / 学前教育数据: ${county.name} (${county.code}) ${year}, ${kindergartens.length} kindergartens`,
        json: {
          ok: true,
          file,
          kind,
          county: { code: county.code, name: county.name },
          year,
          kindergartens: kindergartens.length,
        },
      };
    }
    case 'compulsory': {
      const { county, year, schools } = parseCompulsoryDataset(data);
      return {
        text: `compulsory-education dataset / 义务教育数据: ${county.name} (${county.code}) ${year}, ${schools.length} schools`,
        json: {
          ok: true,
          file,
          kind,
          county: { code: county.code, name: county.name },
          year,
          schools: schools.length,
        },
      };
    }
  }
}

/** Checks many county datasets one by one; every problem is reported, its path starting with the index. */
async function checkCounties(
  input: Extract<CountyInput, { many: true }>,
): Promise<{ compulsory: number; preschool: number }> {
  const issues: DudaoIssue[] = [];
  let compulsory = 0;
  let preschool = 0;
  for await (const item of input.counties()) {
    if ('invalid' in item) {
      issues.push(item.invalid);
      continue;
    }
    const preschoolData = kindOf(item.value) === 'preschool';
    try {
      if (preschoolData) parsePreschoolDataset(item.value);
      else parseCompulsoryDataset(item.value);
    } catch (error) {
      if (!(error instanceof DudaoError)) throw error;
      for (const issue of error.issues) issues.push({ ...issue, path: [item.index, ...issue.path] });
    }
    if (preschoolData) preschool += 1;
    else compulsory += 1;
  }
  const [first, ...rest] = issues;
  if (first !== undefined) throw new DudaoError([first, ...rest]);
  return { compulsory, preschool };
}

/** The `validate` command (数据校验). */
export const validateCommand: SpreadsheetCommand = {
  name: 'validate',
  summary: 'check a dataset, ledger or survey (数据校验); print every problem with its path',
  help: `dudao validate <file> [options]

Check a file (数据校验) and say what it is:
  - a compulsory-education dataset (义务教育数据, dudao/schemas/compulsory-dataset.json),
  - a preschool dataset (学前教育数据): it has "kindergartens",
  - an issue ledger (整改台账, dudao/schemas/ledger-document.json): it has "events"; its history is replayed as well, so an
    impossible transition (e.g. closing an issue that was never raised) is reported at events[i],
  - a social-recognition survey (社会认可度调查, dudao/schemas/recognition-survey.json): it has
    "frame" (see dudao survey),
  - many county datasets, as dudao assess reads them: a JSON array, or JSON Lines (a .jsonl file,
    one county per line), read county by county; paths start with the county's index.
Every problem is printed with its field path, in English and Chinese; the exit code is 1 when
there is any, 0 when the file is valid. A .csv file is read as a compulsory-education table, an
.xlsx file as the county workbook (see dudao template: its school or kindergarten sheet, 县级指标,
一票否决 and 社会认可度; a workbook with another first sheet is read as a school table); every
bad cell is printed with its sheet, row and column, and the file needs --county-code,
--county-name and --year.

Options:
  --format md|json        md (default, or the format the extension of --out names: .md or
                          .json): "valid / 校验通过" and the kind of file, as Markdown;
                          json: exactly one JSON document, { "ok": true, "file", "kind", … } for
                          a valid file ("kind": compulsory, preschool, ledger or survey, with the
                          county, year and counts), the JSON error document for an invalid one
  --out <file>            write to a file instead of standard output (errors still go to the
                          terminal: standard error, and standard output with --format json)
  --county-code, --county-name, --year   required when <file> is a .csv or .xlsx table
  --set <id|file.json>    .xlsx: check the ids of 县级指标 and 一票否决 against this set (a built-in
                          set id or a custom set file),
                          and that rows judged on evidence hold 达到/未达到, not a number
  --encoding auto|utf-8|gb18030|gbk      the encoding of a .csv file (default auto: a byte order
                             mark, else UTF-8 when the file is valid UTF-8, else GB18030/GBK,
                             as Excel saves "CSV (逗号分隔)" on a Chinese Windows system)`,
  json: true,
  options: ['format', 'out', 'set', ...CSV_INPUT_OPTIONS],
  run: (args) => {
    const [file] = args.positional;
    if (file === undefined) {
      throw new UsageError('validate needs a file', {
        code: 'missing-argument',
        messageZh: 'validate 需要一个文件',
      });
    }
    if (args.positional.length > 1) throw new UsageError('validate checks one file at a time');
    const format = outputFormat(args, 'validate', ['md', 'json'] as const, 'md');
    rejectXls(file);
    const report = (data: unknown): number => {
      const { text, json } = check(kindOf(data), data, file);
      const out = args.flags.get('out');
      if (format === 'json') writeOutput(jsonText(json), out);
      else writeOutput(`# ${file}: valid / 校验通过\n\nkind: ${text}\n`, out);
      return EXIT_OK;
    };
    if (isXlsxFile(file)) return readCompulsoryXlsxFile(file, args, workbookSet(args)).then(report);
    if (args.flags.has('set')) throw new UsageError('--set is for an .xlsx county workbook');
    if (isCsvFile(file)) return report(readCompulsoryCsvFile(file, args));
    const input = openCountyInput(file);
    if (!input.many) return report(input.value);
    return checkCounties(input).then(({ compulsory, preschool }) => {
      const counties = compulsory + preschool;
      const out = args.flags.get('out');
      if (format === 'json') {
        writeOutput(jsonText({ ok: true, file, kind: 'counties', counties, compulsory, preschool }), out);
      } else {
        writeOutput(
          `# ${file}: valid / 校验通过\n\nkind: ${counties} county datasets / 县级数据 (compulsory-education / 义务教育 ${compulsory}, preschool / 学前教育 ${preschool})\n`,
          out,
        );
      }
      return EXIT_OK;
    });
  },
};

// The built-in set a workbook is checked against (--set), if any.
function workbookSet(args: ParsedArgs): IndicatorSet | undefined {
  const id = args.flags.get('set');
  if (typeof id !== 'string') return undefined;
  const set = indicatorSetOf(id);
  if (set.programme === 'supervision-reform') {
    throw new UsageError(`--set must be a compulsory or preschool set (got "${id}")`);
  }
  return set;
}
