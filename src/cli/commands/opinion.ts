/** `dudao opinion <city.json> --inspection <id> --as-of …`: the supervision opinion (督导意见书) of an inspection. */
import { DudaoError } from '../../error.js';
import { toJsonDocument } from '../../report/json.js';
import { supervisionOpinion } from '../../report/opinion.js';
import { renderSupervisionOpinionDocx } from '../../report/opinion-docx.js';
import { renderSupervisionOpinionHtml } from '../../report/opinion-html.js';
import { renderSupervisionOpinionMarkdown } from '../../report/opinion-markdown.js';
import type { CityInput } from '../../schema/inspection.js';
import {
  choice,
  EXIT_OK,
  jsonText,
  outputFormat,
  type ParsedArgs,
  readJson,
  requireAsOf,
  requireOutFile,
  type SpreadsheetCommand,
  UsageError,
  writeOutput,
} from '../shared.js';

function required(args: ParsedArgs, flag: string, en: string, zh: string): string {
  const value = args.flags.get(flag);
  if (typeof value !== 'string' || value === '') {
    throw new UsageError(`opinion needs --${flag} ${en}`, {
      code: 'missing-option',
      messageZh: `opinion 需要 --${flag} ${zh}`,
    });
  }
  return value;
}

function optional(args: ParsedArgs, flag: string): string | undefined {
  const value = args.flags.get(flag);
  return typeof value === 'string' ? value : undefined;
}

export const opinionCommand: SpreadsheetCommand = {
  name: 'opinion',
  summary: 'the supervision opinion of an inspection (督导意见书): md, html, docx or json',
  help: `dudao opinion <city.json> --inspection <id> --as-of YYYY-MM-DD --issuer <office> --recipient <body> --deadline YYYY-MM-DD [options]

Write the supervision opinion (督导意见书 / 督导反馈意见) an office sends after an inspection, from
one file holding the city's documents: its counties with their datasets, the issue ledger and the
inspections ({ "counties": [{ "code", "name", "compulsory"?, "preschool"? }], "ledger"?,
"inspections", "plans"? }; "dudao init" writes one as city-data.json). Sections: 基本情况, 主要成效
（达标情况）, 存在问题 (共性问题, 个性问题), 整改复查情况 for a return visit, 督导意见 (requirements,
deadline, responsible units, how to report back) and 附件 (the issue list). The ledger is read as
it stands at the end of --as-of.

Options:
  --inspection <id>       the inspection (required)
  --as-of <YYYY-MM-DD>    the day of the opinion (required: there is no hidden clock)
  --issuer <office>       the issuing office, e.g. 示例市人民政府教育督导室 (required)
  --recipient <body>      the recipient, e.g. 西山县人民政府 (required)
  --deadline <YYYY-MM-DD> the day by which the rectification is done and reported (required)
  --county <code>         the county addressed, when the inspection covered several (default: all)
  --number <text>         the document number (文号), e.g. 示督〔2025〕12号
  --title <text>          the inspection's title (default: from its level, kind and dates)
  --format md|html|docx|json
                          output format (default md, or the one the extension of --out names);
                          html is one page that prints on A4; docx is a Word document and needs
                          --out and the docx package (npm install docx); json prints exactly one
                          JSON document
  --lang zh|en            language for md, html and docx (default zh)
  --out <file>            write to a file instead of standard output

Example:
  dudao opinion city-data.json --inspection SL-2025-11-return --county 990102 --as-of 2025-12-05 \\
    --issuer 示例市人民政府教育督导室 --recipient 西山县人民政府 --deadline 2026-03-31 --out 督导意见书.docx`,
  json: true,
  options: [
    'inspection',
    'as-of',
    'issuer',
    'recipient',
    'deadline',
    'county',
    'number',
    'title',
    'format',
    'lang',
    'out',
  ],
  run: (args) => {
    const [file, ...rest] = args.positional;
    if (file === undefined) {
      throw new UsageError('opinion needs a city file', {
        code: 'missing-argument',
        messageZh: 'opinion 需要一个市级数据文件',
      });
    }
    if (rest.length > 0) throw new UsageError('opinion reads one file');
    const inspection = required(args, 'inspection', '<id>', '<督导活动编号>');
    const asOf = requireAsOf(args, 'opinion');
    const issuer = required(args, 'issuer', '<office>', '<发文机关>');
    const recipient = required(args, 'recipient', '<body>', '<主送机关>');
    const deadline = required(args, 'deadline', 'YYYY-MM-DD', 'YYYY-MM-DD（整改时限）');
    const format = outputFormat(args, 'opinion', ['md', 'html', 'docx', 'json'] as const, 'md');
    const docxOut = format === 'docx' ? requireOutFile(args, 'docx') : '';
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    const county = optional(args, 'county');
    const documentNumber = optional(args, 'number');
    const title = optional(args, 'title');
    const opinion = supervisionOpinion(readJson(file) as CityInput, {
      inspection,
      asOf,
      issuer,
      recipient,
      deadline,
      ...(county === undefined ? {} : { county }),
      ...(documentNumber === undefined ? {} : { documentNumber }),
      ...(title === undefined ? {} : { title }),
    });
    const out = args.flags.get('out');
    if (format === 'docx') {
      return renderSupervisionOpinionDocx(opinion, { lang }).then(
        (bytes) => {
          writeOutput(bytes, docxOut);
          return EXIT_OK;
        },
        (error: unknown) => {
          // `docx` is an optional peer dependency: its absence is a usage error (exit 2), like a
          // missing file, not invalid input.
          if (error instanceof DudaoError && error.code === 'missing-dependency') {
            throw new UsageError(error.message, { code: error.code, messageZh: error.messageZh });
          }
          throw error;
        },
      );
    }
    if (format === 'json') writeOutput(jsonText(toJsonDocument(opinion)), out);
    else if (format === 'html') writeOutput(renderSupervisionOpinionHtml(opinion, { lang }), out);
    else writeOutput(renderSupervisionOpinionMarkdown(opinion, { lang }), out);
    return EXIT_OK;
  },
};
