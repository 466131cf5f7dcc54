/**
 * `dudao demo`: the bundled sample city (synthetic data, 示例数据) end to end: both assessments of
 * every county with their gaps, the issue ledger on the sample's day, the city report, the
 * municipal return visit's recheck and its supervision opinion, as one
 * Markdown document or one self-contained HTML page. The sample ships inside the package, so the
 * command works from an installed package.
 */
import { assessCity } from '../../inspection/assess-city.js';
import { loadLedger } from '../../ledger/fold.js';
import { renderCityAssessmentHtml, renderCityAssessmentMarkdown } from '../../report/city-assessment.js';
import type { Lang } from '../../report/format.js';
import { namesFromCity } from '../../report/names.js';
import { supervisionOpinion } from '../../report/opinion.js';
import { sampleCity } from '../../sample/index.js';
import type { Inspection } from '../../schema/inspection.js';
import { returnVisitSummary } from '../../scoring/return-visit.js';
import { type Command, choice, EXIT_OK, outputFormat, UsageError, writeOutput } from '../shared.js';

// The return visit's opinion: dated after the visit (2025-11-10 to 21), with a deadline that the
// sample's day (2026-03-31) reaches.
const OPINION_DATE = '2025-12-05';
const OPINION_DEADLINE = '2026-03-31';

/**
 * Renders the demo document of the sample city.
 * @param format - `md` or `html`
 * @param lang - report language
 * @returns the document
 */
export function renderDemo(format: 'md' | 'html', lang: Lang): string {
  const result = assessCity(sampleCity, { asOf: sampleCity.asOf });
  const title =
    lang === 'zh'
      ? `dudao 演示：${sampleCity.name.zh}督导评估报告（截至 ${sampleCity.asOf}）`
      : `dudao demo: ${sampleCity.name.en}, supervision report as of ${sampleCity.asOf}`;
  const names = namesFromCity(sampleCity);
  // The municipal return visit: what it made of the issues fed back in May, and the opinion the
  // city's office sent the counties a fortnight after it ended.
  const visit = sampleCity.inspections.find((i) => i.kind === 'return-visit') as Inspection;
  const state = result.ledger?.state ?? loadLedger(sampleCity.ledger).state;
  const returnVisit = returnVisitSummary(state, { inspection: visit.id, asOf: sampleCity.asOf });
  const recipients = visit.counties.map((code) => {
    const county = sampleCity.counties.find((c) => c.code === code);
    return county === undefined ? code : county.name.zh;
  });
  const opinion = supervisionOpinion(sampleCity, {
    inspection: visit.id,
    asOf: OPINION_DATE,
    issuer: `${sampleCity.name.zh}人民政府教育督导室`,
    recipient: `${recipients.join('、')}人民政府`,
    deadline: OPINION_DEADLINE,
  });
  const options = { lang, title, notice: sampleCity.notice, names, returnVisit, opinion };
  return format === 'html'
    ? renderCityAssessmentHtml(result, options)
    : renderCityAssessmentMarkdown(result, options);
}

/** The `demo` command. */
export const demoCommand: Command = {
  name: 'demo',
  summary: 'the bundled sample city end to end (示例数据): md or html',
  help: `dudao demo [options]

Run the whole chain on the bundled sample city (示例市, synthetic data describing no real place):
for each of its three counties the compulsory-education assessment (compulsory-quality-2017) and
the preschool assessment (preschool-2020) with what it would take to pass, the issue ledger of a
provincial process supervision and a municipal return visit on ${sampleCity.asOf}, the city
report (创建进展, 整改率, 督导覆盖), the return visit's recheck of the issues (回访督导复查情况) and
the supervision opinion it led to (督导意见书). Prints one Markdown document, or writes one
self-contained HTML page with charts, in which the return visit links to the opinion.

Options:
  --format md|html        output format (default md, or the one the extension of --out names:
                          .md or .html)
  --lang zh|en            report language (default zh)
  --out <file>            write to a file instead of standard output

Examples:
  dudao demo
  dudao demo --format html --out report.html`,
  options: ['format', 'lang', 'out'],
  run: (args) => {
    if (args.positional.length > 0)
      throw new UsageError('demo takes no file: it uses the bundled sample city');
    const out = args.flags.get('out');
    const format = outputFormat(args, 'demo', ['md', 'html'] as const, 'md');
    const lang = choice(args, 'lang', ['zh', 'en'] as const, 'zh');
    writeOutput(renderDemo(format, lang), out);
    return EXIT_OK;
  },
};
