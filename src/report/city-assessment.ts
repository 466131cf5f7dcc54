/**
 * The whole city in one document: the result of `assessCity` as Markdown or as a self-contained
 * HTML page. What `dudao demo` prints for the bundled sample city.
 * @module
 */
import type { Label } from '../indicators/types.js';
import type { CityAssessment } from '../inspection/assess-city.js';
import { expectCityAssessment } from '../inspection/guards.js';
import { expectReturnVisitSummary } from '../scoring/guards.js';
import type { ReturnVisitSummary } from '../scoring/return-visit.js';
import { renderCityMarkdown } from './city-markdown.js';
import type { Lang } from './format.js';
import { expectText, reportOptionsOf } from './guards.js';
import { renderHtmlReport } from './html.js';
import { renderLedgerMarkdown } from './ledger-markdown.js';
import { renderCompulsoryMarkdown } from './markdown.js';
import { namesOption, type ReportName, type ReportNames } from './names.js';
import { expectSupervisionOpinion, type SupervisionOpinion } from './opinion.js';
import { renderSupervisionOpinionMarkdown } from './opinion-markdown.js';
import { renderPreschoolMarkdown } from './preschool-markdown.js';
import { renderReturnVisitMarkdown } from './return-visit.js';

/**
 * Options of {@link renderCityAssessmentMarkdown} and {@link renderCityAssessmentHtml}.
 * @category Reports
 * @example
 * ```ts
 * const options: CityAssessmentReportOptions = { lang: 'en', title: { zh: '示例市', en: 'Sample city' } };
 * ```
 */
export interface CityAssessmentReportOptions {
  /** `zh` (default) or `en`. */
  readonly lang?: Lang;
  /** The document's title (default: "督导评估报告" / "Supervision report" with the day). */
  readonly title?: Label | string;
  /** A notice shown first, e.g. that the data is synthetic (示例数据). */
  readonly notice?: Label | string;
  /**
   * Names for ids in the ledger section, over those the result carries (county names, the names
   * of the schools and kindergartens assessed); inspection titles come only from here (see
   * `namesFromCity`).
   */
  readonly names?: ReportNames | undefined;
  /** A return visit's recheck of the issues (from `returnVisitSummary`), shown after the ledger. */
  readonly returnVisit?: ReturnVisitSummary | undefined;
  /** A supervision opinion (from `supervisionOpinion`), shown last; the return visit links to it in HTML. */
  readonly opinion?: SupervisionOpinion | undefined;
}

// The names the result carries (counties, schools and kindergartens assessed), under those given.
function namesOf(result: CityAssessment, given: ReportNames | undefined): ReportNames {
  const counties: Record<string, ReportName> = {};
  const institutions: Record<string, ReportName> = {};
  for (const county of result.counties) {
    counties[county.code] = { zh: county.name.zh, en: county.name.en };
    for (const school of county.compulsory?.assessment.schools ?? [])
      institutions[school.schoolId] = school.schoolName;
    for (const k of county.preschool?.assessment.kindergartens ?? [])
      institutions[k.kindergartenId] = k.kindergartenName;
  }
  return {
    counties: { ...counties, ...given?.counties },
    institutions: { ...institutions, ...given?.institutions },
    ...(given?.inspections === undefined ? {} : { inspections: given.inspections }),
  };
}

function pick(text: Label | string, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

function titleOf(result: CityAssessment, options: CityAssessmentReportOptions, lang: Lang): string {
  if (options.title !== undefined) return pick(options.title, lang);
  return lang === 'zh' ? `督导评估报告（截至 ${result.asOf}）` : `Supervision report (as of ${result.asOf})`;
}

// Each report is a document of its own with a level-1 title; inside the city's document it is a
// section one level down.
function demote(markdown: string): string {
  return markdown.replace(/^(#+) /gm, '#$1 ');
}

/**
 * Renders a city's results as one Markdown document: the city report first, then for each
 * county its compulsory-education and preschool reports with their gaps, then the ledger, and,
 * when given, a return visit's recheck and a supervision opinion.
 * Numbers are rounded here only (percentages 2 decimals, CVs 3, areas 2, money 0).
 * @category Reports
 * @param result - what `assessCity` returned
 * @param options - language, title, notice, names for ids, and the return visit and opinion to add
 * @returns the Markdown document
 * @example
 * ```ts
 * const md = renderCityAssessmentMarkdown(assessCity(sampleCity, { asOf: sampleCity.asOf }), { lang: 'en' });
 * md.startsWith('# Supervision report (as of 2026-03-31)'); //=> true
 * ```
 */
export function renderCityAssessmentMarkdown(
  result: CityAssessment,
  options: CityAssessmentReportOptions = {},
): string {
  expectCityAssessment(result);
  checkTitles(options);
  const lang = reportOptionsOf(options).lang;
  const names = namesOf(result, namesOption(options.names));
  const parts: string[] = [`# ${titleOf(result, options, lang)}\n`];
  if (options.notice !== undefined) parts.push(`> ${pick(options.notice, lang)}\n`);
  parts.push(demote(renderCityMarkdown(result.city, { lang, names })));
  for (const county of result.counties) {
    parts.push(
      lang === 'zh' ? `## ${county.name.zh}（${county.code}）\n` : `## ${county.name.en} (${county.code})\n`,
    );
    if (county.compulsory !== undefined) {
      const { assessment, gaps } = county.compulsory;
      parts.push(
        demote(demote(renderCompulsoryMarkdown(assessment, result.sets.compulsory, { lang, gaps }))),
      );
    }
    if (county.preschool !== undefined) {
      const { assessment, gaps } = county.preschool;
      parts.push(demote(demote(renderPreschoolMarkdown(assessment, result.sets.preschool, { lang, gaps }))));
    }
  }
  if (result.ledger !== undefined)
    parts.push(demote(renderLedgerMarkdown(result.ledger.report, { lang, names })));
  if (options.returnVisit !== undefined)
    parts.push(demote(renderReturnVisitMarkdown(options.returnVisit, { lang, names })));
  if (options.opinion !== undefined)
    parts.push(demote(renderSupervisionOpinionMarkdown(options.opinion, { lang })));
  return parts.join('\n');
}

/**
 * Renders a city's results as one self-contained HTML page (no script, no request) with the
 * charts of {@link renderHtmlReport}: every county's schools and kindergartens against the
 * thresholds, the CVs against their limits, the school × indicator grids, the ledger's
 * rectification over time against 清零 (100 %) and by responsible unit, and the city report.
 * @category Reports
 * @param result - what `assessCity` returned
 * @param options - language, title, notice, names for ids, and the return visit and opinion to add
 * @returns the HTML document
 * @example
 * ```ts
 * const html = renderCityAssessmentHtml(assessCity(sampleCity, { asOf: sampleCity.asOf }));
 * html.startsWith('<!doctype html>'); //=> true
 * ```
 */
export function renderCityAssessmentHtml(
  result: CityAssessment,
  options: CityAssessmentReportOptions = {},
): string {
  expectCityAssessment(result);
  checkTitles(options);
  const lang = reportOptionsOf(options).lang;
  const names = namesOf(result, namesOption(options.names));
  const compulsory = result.counties.flatMap((county) =>
    county.compulsory === undefined
      ? []
      : [
          {
            assessment: county.compulsory.assessment,
            set: result.sets.compulsory,
            gaps: county.compulsory.gaps,
          },
        ],
  );
  const preschool = result.counties.flatMap((county) =>
    county.preschool === undefined
      ? []
      : [
          {
            assessment: county.preschool.assessment,
            set: result.sets.preschool,
            gaps: county.preschool.gaps,
          },
        ],
  );
  return renderHtmlReport(
    {
      title: options.title ?? titleOf(result, options, lang),
      ...(options.notice === undefined ? {} : { notice: options.notice }),
      city: result.city,
      compulsory,
      preschool,
      ...(result.ledger === undefined
        ? {}
        : { ledger: { report: result.ledger.report, series: result.ledger.series } }),
      ...(options.returnVisit === undefined ? {} : { returnVisit: options.returnVisit }),
      ...(options.opinion === undefined ? {} : { opinion: options.opinion }),
    },
    { lang, names },
  );
}

// The title and notice, when given, are texts.
function checkTitles(options: CityAssessmentReportOptions | undefined): void {
  const { title, notice, returnVisit, opinion } = reportOptionsOf(options, {
    names: 'object',
    returnVisit: 'object',
    opinion: 'object',
  });
  if (title !== undefined) expectText(title, ['options', 'title']);
  if (returnVisit !== undefined) expectReturnVisitSummary(returnVisit, ['options', 'returnVisit']);
  if (opinion !== undefined) expectSupervisionOpinion(opinion, ['options', 'opinion']);
  if (notice !== undefined) expectText(notice, ['options', 'notice']);
}
