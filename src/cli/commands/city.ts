/** `dudao city <file> --as-of YYYY-MM-DD`: the city's view of its counties' creations. */
import { cityReportFromDocument } from '../../inspection/city.js';
import { renderCityMarkdown } from '../../report/city-markdown.js';
import { renderHtmlReport } from '../../report/html.js';
import { toJsonDocument } from '../../report/json.js';
import { namesFromCity } from '../../report/names.js';
import type { CityInput } from '../../schema/inspection.js';
import {
  type Command,
  choice,
  EXIT_OK,
  jsonText,
  outputFormat,
  readJson,
  requireAsOf,
  UsageError,
  writeOutput,
} from '../shared.js';

export const cityCommand: Command = {
  name: 'city',
  summary: "the city's view of its counties' creations (市级督导工作情况)",
  help: `dudao city <file> --as-of YYYY-MM-DD [options]

Report on a city's target counties (市级督导工作情况) from one JSON document:
  { "schemaVersion": 1, "counties": [{ "code", "name" }], "plans": [...], "inspections": [...],
    "ledgerSummaries"?: [{ "county", "programme", "rate", "overdue" }],
    "assessments"?: [{ "county": { "code" }, "programme", "year", "status" }],
    "institutions"?: [{ "county", "programme", "id", "inScope" }] }
Per county and programme: the creation stage, target year, on-track flag, latest verdict,
rectification rate and overdue issues; for the city: inspections so far, schools and
kindergartens assessed, coverage (全覆盖), problem aspects and supervision opinions. With
"institutions", full coverage means every in-scope school and kindergarten of every target county
visited at least once; without, every target county inspected at least once. Inspections that
begin after --as-of are not counted.

Options:
  --as-of <YYYY-MM-DD>    the day to report on (required: there is no hidden clock)
  --format md|json|html   output format (default md, or the one the extension of --out names:
                          .md .json .html); json prints exactly one JSON document; html writes
                          one self-contained page
  --lang zh|en            report language for md and html (default zh)
  --out <file>            write to a file instead of standard output`,
  json: true,
  options: ['as-of', 'format', 'lang', 'out'],
  run: (args) => {
    const [file, ...rest] = args.positional;
    if (file === undefined) throw new UsageError('city needs a file');
    if (rest.length > 0) throw new UsageError('city reads one file');
    const asOf = requireAsOf(args, 'city');
    const format = outputFormat(args, 'city', ['md', 'json', 'html'] as const, 'md');
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    const document = readJson(file);
    const report = cityReportFromDocument(document, { asOf });
    // The counties' names and the inspections' titles, for the codes the report lists.
    const names = namesFromCity(document as CityInput);
    const out = args.flags.get('out');
    if (format === 'json') writeOutput(jsonText(toJsonDocument(report)), out);
    else if (format === 'html') {
      const title = { zh: `市级督导工作情况（截至 ${asOf}）`, en: `The city's supervision as of ${asOf}` };
      writeOutput(renderHtmlReport({ title, city: report }, { lang, names }), out);
    } else writeOutput(renderCityMarkdown(report, { lang, names }), out);
    return EXIT_OK;
  },
};
