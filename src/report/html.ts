/**
 * The HTML report (督导评估报告网页): one self-contained page, in Chinese or English, with the
 * pictures an analyst would rather look at than read (each school's values against the standard
 * and the county mean, CVs against their limits, a school × indicator grid, the rectification rate
 * over time and per responsible unit) beside the tables and verdicts of the Markdown reports.
 * The page makes no network request: styles are inline, charts are inline SVG built by dudao, and
 * there is no script. Numbers are rounded here and only here.
 * @module
 */
import type { CompulsoryAssessment } from '../assess/county.js';
import type { CompulsoryGaps } from '../assess/gap.js';
import {
  expectCompulsoryAssessment,
  expectCompulsoryGaps,
  expectPreschoolAssessment,
  expectPreschoolGaps,
} from '../assess/guards.js';
import type { PreschoolGaps } from '../assess/preschool-gap.js';
import type { PreschoolAssessment } from '../assess/preschool-types.js';
import { eachOf, expectShape } from '../guard.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet, Label } from '../indicators/types.js';
import type { CityReport } from '../inspection/city.js';
import { expectCityReport } from '../inspection/guards.js';
import { type Decimal, type DecimalInput, toDecimal } from '../numeric/decimal.js';
import type { BreakdownRow } from '../scoring/breakdown.js';
import { expectLedgerReport, expectReturnVisitSummary, expectSummary } from '../scoring/guards.js';
import type { LedgerReport } from '../scoring/report.js';
import type { ReturnVisitSummary } from '../scoring/return-visit.js';
import type { ProgressSeries } from '../scoring/series.js';
import type { Lang } from './format.js';
import { expectText, reportOptionsOf } from './guards.js';
import { compulsorySection, preschoolSection } from './html-assessment.js';
import { esc, say, words } from './html-common.js';
import { citySection, ledgerSection } from './html-ledger.js';
import { opinionSection, returnVisitSection } from './html-visit.js';
import { namesOption, type ReportNames } from './names.js';
import { expectSupervisionOpinion, type SupervisionOpinion } from './opinion.js';

/**
 * One compulsory-education county in an HTML report.
 * @category Reports
 * @example
 * ```ts
 * const assessment = assessCompulsory(dataset, compulsoryQuality2017);
 * const entry: HtmlCompulsoryEntry = { assessment, set: compulsoryQuality2017, gaps: compulsoryGaps(assessment, compulsoryQuality2017) };
 * ```
 */
export interface HtmlCompulsoryEntry {
  /** The assessment, from `assessCompulsory`. */
  readonly assessment: CompulsoryAssessment;
  /** The set it was made with (names, units, the 6-of-7 rule). */
  readonly set: IndicatorSet;
  /** What it would take, from `compulsoryGaps`; listed when given. */
  readonly gaps?: CompulsoryGaps;
}

/**
 * One preschool county in an HTML report.
 * @category Reports
 * @example
 * ```ts
 * const assessment = assessPreschool(dataset, preschool2020);
 * const entry: HtmlPreschoolEntry = { assessment, set: preschool2020, gaps: preschoolGaps(assessment, preschool2020) };
 * ```
 */
export interface HtmlPreschoolEntry {
  /** The assessment, from `assessPreschool`. */
  readonly assessment: PreschoolAssessment;
  /** The set it was made with (names and units). */
  readonly set: IndicatorSet;
  /** What it would take, from `preschoolGaps`; listed when given. */
  readonly gaps?: PreschoolGaps;
}

/**
 * The ledger in an HTML report: the report on a day, and optionally its progress series (for the
 * rate-over-time chart), the rows of the by-unit chart and the target.
 * @category Reports
 * @example
 * ```ts
 * const entry: HtmlLedgerEntry = {
 *   report: ledgerReport(state, { asOf: '2021-12-10' }),
 *   series: progressSeries(events, { from: '2021-04-20', to: '2021-12-10', every: 'week' }),
 *   target: { rate: 1, date: '2021-12-31' },
 * };
 * ```
 */
export interface HtmlLedgerEntry {
  /** The ledger report, from `ledgerReport`. */
  readonly report: LedgerReport;
  /** The progress series, from `progressSeries`; the rate-over-time chart is drawn only when given. */
  readonly series?: ProgressSeries;
  /** Rows of the by-unit chart; default: the report's `responsible` breakdown. */
  readonly byUnit?: readonly BreakdownRow[];
  /** The target drawn on both charts. */
  readonly target?: {
    /** The target rate as a share in [0, 1] (default 1: every issue rectified, 清零). */
    readonly rate?: DecimalInput;
    /** A target day, `YYYY-MM-DD`, drawn on the rate-over-time chart. */
    readonly date?: string;
  };
  /** The section heading; default "问题整改情况（截至 …）" / "Rectification of issues (as of …)". */
  readonly title?: Label | string;
}

/**
 * What an HTML report shows. Every section is optional and drawn in this order: the city, the
 * compulsory-education counties, the preschool counties, the ledger, the return visit, the
 * supervision opinion.
 * @category Reports
 * @example
 * ```ts
 * const input: HtmlReportInput = {
 *   title: { zh: '示例县督导评估报告', en: 'Sample county supervision report' },
 *   notice: { zh: '示例数据，非真实', en: 'Synthetic data, not a real county' },
 *   compulsory: [{ assessment, set: compulsoryQuality2017 }],
 * };
 * ```
 */
export interface HtmlReportInput {
  /** The page title: one text, or Chinese and English. */
  readonly title: Label | string;
  /** A notice shown prominently under the title, e.g. 示例数据 (synthetic data). */
  readonly notice?: Label | string;
  /** The city's view, from `cityReport`. */
  readonly city?: CityReport;
  /** Compulsory-education counties. */
  readonly compulsory?: readonly HtmlCompulsoryEntry[];
  /** Preschool counties. */
  readonly preschool?: readonly HtmlPreschoolEntry[];
  /** The rectification ledger. */
  readonly ledger?: HtmlLedgerEntry;
  /** A return visit's recheck of the issues, from `returnVisitSummary`. */
  readonly returnVisit?: ReturnVisitSummary;
  /** A supervision opinion (督导意见书), from `supervisionOpinion`; the return visit links to it. */
  readonly opinion?: SupervisionOpinion;
}

/**
 * Options of {@link renderHtmlReport}.
 * @category Reports
 * @example
 * ```ts
 * const options: HtmlReportOptions = { lang: 'en' };
 * ```
 */
export interface HtmlReportOptions {
  /** Report language: `zh` (default) or `en`. */
  readonly lang?: Lang;
  /** Names to print in the ledger section for county codes, school and kindergarten ids and inspection ids. */
  readonly names?: ReportNames | undefined;
}

const STYLE = `
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:#f6f6f4;color:#222;font:14px/1.55 system-ui,-apple-system,"Segoe UI","PingFang SC","Hiragino Sans GB","Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif}
header,main,footer{max-width:1360px;margin:0 auto;padding:0 24px}
header{padding-top:20px}
h1{font-size:24px;margin:0 0 8px}
h2{font-size:20px;margin:0 0 6px;padding-top:4px}
h3{font-size:16px;margin:20px 0 6px}
h4{font-size:14px;margin:10px 0 4px}
.notice{border:2px solid #E69F00;background:#fff4dc;padding:8px 12px;font-weight:600;margin:8px 0}
nav ul{list-style:none;padding:0;margin:8px 0 0;display:flex;flex-wrap:wrap;gap:6px 18px}
nav a{color:#0060a0}
.report-section{background:#fff;border:1px solid #e2e2e2;border-radius:6px;padding:16px 20px;margin:18px 0}
.meta{color:#555;margin:0 0 6px}
.lead{font-size:15px;font-weight:600}
.note{color:#555;font-size:13px}
.verdict{display:inline-block;padding:1px 10px;border-radius:4px;color:#fff}
.verdict.passed{background:#007a5a}.verdict.failed{background:#b34a00}.verdict.incomplete{background:#6e6e6e}
.s-met{color:#00664a}.s-unmet{color:#a33b00;font-weight:600}.s-floor{color:#8a5a00;font-weight:600}
.s-unknown,.s-not-applicable,.s-measured,.s-incomplete{color:#666}
.s-passed{color:#00664a}.s-failed{color:#a33b00;font-weight:600}
.table{overflow-x:auto}
table{border-collapse:collapse;margin:6px 0 12px;font-size:13px;background:#fff}
th,td{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
th{background:#f0f0ee}
.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.charts{display:flex;flex-wrap:wrap;gap:14px;align-items:flex-start}
.charts>figure{flex:1 1 540px;max-width:658px}
figure{margin:6px 0;background:#fff;border:1px solid #e6e6e6;border-radius:4px;padding:8px;max-width:100%}
figcaption{font-weight:600;font-size:13px;margin:0 0 4px}
svg.chart{display:block;max-width:100%;height:auto}
details{margin:6px 0}
summary{cursor:pointer;color:#0060a0}
footer{color:#666;font-size:12px;padding-bottom:24px}
@media print{body{background:#fff}.report-section{border:none;padding:0}}
`.trim();

/**
 * Renders a self-contained HTML report (督导评估报告网页) in Chinese or English: a title, the
 * notice (示例数据 when the data is synthetic), a table of contents and one section per city,
 * county and ledger given. Each assessment section has the verdict with its reasons, the CVs
 * against their limits (`data-chart="cv-limits"`), a school × indicator grid coloured met /
 * within 85 % / not met / left out (`school-grid`), a chart per indicator and stage of the
 * schools' values against the standard and the county mean (`indicator-values`), and the county
 * indicator tables; the ledger section has its summary, the rate over time against the target
 * (`rectification-trend`, when a series is given), the rate per responsible unit
 * (`rectification-by-unit`), and its tables.
 *
 * The page needs nothing from the network: inline CSS, inline SVG charts, no script, no font, no
 * image, and a content security policy that forbids loading anything. Every text from the data
 * (school names, descriptions) is escaped. Numbers are rounded for display here only:
 * percentages 2 decimals, CVs 3, areas 2, money 0 (yuan) or 2 (万元).
 * @category Reports
 * @param input - what to show; every section is optional
 * @param options - `lang`: `zh` (default) or `en`; `names`: names for ids in the ledger section (see `namesFromCity`)
 * @returns the page, starting `<!doctype html>`
 * @throws {@link DudaoError} `not-a-number`, `not-finite` or `negative` at `['ledger', 'target', 'rate']` for a bad target rate
 * @example
 * ```ts
 * const html = renderHtmlReport(
 *   { title: '示例县', notice: '示例数据', compulsory: [{ assessment, set: compulsoryQuality2017 }] },
 *   { lang: 'zh' },
 * );
 * html.startsWith('<!doctype html>'); //=> true
 * html.includes('data-chart="school-grid"'); //=> true
 * ```
 */
export function renderHtmlReport(input: HtmlReportInput, options: HtmlReportOptions = {}): string {
  checkHtmlInput(input);
  const lang = reportOptionsOf(options, { names: 'object' }).lang;
  const names = namesOption(options.names);
  const title = say(input.title, lang);
  const toc: [string, string][] = [];
  const sections: string[] = [];

  if (input.city !== undefined) {
    toc.push(['city', words(lang, '全市督导工作情况', 'The city')]);
    sections.push(citySection('city', input.city, lang, names));
  }
  (input.compulsory ?? []).forEach((entry, i) => {
    const id = `compulsory-${i + 1}`;
    toc.push([id, `${entry.assessment.county.name} · ${words(lang, '义务教育', 'compulsory education')}`]);
    sections.push(compulsorySection(id, entry.assessment, entry.set, entry.gaps, lang));
  });
  (input.preschool ?? []).forEach((entry, i) => {
    const id = `preschool-${i + 1}`;
    toc.push([id, `${entry.assessment.county.name} · ${words(lang, '学前教育', 'preschool')}`]);
    sections.push(preschoolSection(id, entry.assessment, entry.set, entry.gaps, lang));
  });
  if (input.ledger !== undefined) {
    const ledger = input.ledger;
    const rate: Decimal = toDecimal(ledger.target?.rate ?? 1, {
      path: ['ledger', 'target', 'rate'],
      nonNegative: true,
    });
    toc.push(['ledger', words(lang, '问题整改情况', 'Rectification of issues')]);
    sections.push(
      ledgerSection(
        'ledger',
        ledger.report,
        {
          title: ledger.title === undefined ? null : say(ledger.title, lang),
          series: ledger.series,
          byUnit: ledger.byUnit ?? ledger.report.breakdowns.responsible,
          target: rate,
          targetDate: ledger.target?.date ?? null,
          names,
        },
        lang,
      ),
    );
  }

  if (input.returnVisit !== undefined) {
    toc.push(['return-visit', words(lang, '回访督导复查情况', 'Return visit')]);
    sections.push(
      returnVisitSection(
        'return-visit',
        input.returnVisit,
        { names, opinionId: input.opinion === undefined ? null : 'opinion' },
        lang,
      ),
    );
  }
  if (input.opinion !== undefined) {
    toc.push(['opinion', words(lang, '督导意见书', 'Supervision opinion')]);
    sections.push(opinionSection('opinion', input.opinion, lang));
  }

  const notice =
    input.notice === undefined ? '' : `<p class="notice" role="note">${esc(say(input.notice, lang))}</p>`;
  const nav =
    toc.length < 2
      ? ''
      : `<nav aria-label="${words(lang, '目录', 'Contents')}"><ul>${toc.map(([id, text]) => `<li><a href="#${esc(id)}">${esc(text)}</a></li>`).join('')}</ul></nav>`;
  const footer = words(
    lang,
    '由 dudao 生成。数值仅在展示时舍入：百分比 2 位小数，差异系数 3 位，面积 2 位，金额（元）取整。',
    'Generated by dudao. Numbers are rounded for display only: percentages to 2 decimals, CVs 3, areas 2, money (yuan) 0.',
  );
  return [
    '<!doctype html>',
    `<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">`,
    '<head><meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title><style>${STYLE}</style></head>`,
    `<body><header><h1>${esc(title)}</h1>${notice}${nav}</header>`,
    `<main>${sections.join('\n')}</main>`,
    `<footer><p>${esc(footer)}</p></footer>`,
    '</body></html>',
    '',
  ].join('\n');
}

// What the page reads of its input (paths from its root, as the target rate's): the title and
// notice, and each entry's results by their kind.
function checkHtmlInput(input: HtmlReportInput): void {
  const what = {
    en: 'what the report shows ({ title, compulsory?, preschool?, ledger?, city?, returnVisit?, opinion? })',
    zh: '报告内容（{ title, compulsory?, preschool?, ledger?, city?, returnVisit?, opinion? }）',
  };
  expectShape(input, [], what, {
    compulsory: 'array?',
    preschool: 'array?',
    ledger: 'object?',
    city: 'object?',
    returnVisit: 'object?',
    opinion: 'object?',
  });
  expectText(input.title, ['title']);
  if (input.returnVisit !== undefined) expectReturnVisitSummary(input.returnVisit, ['returnVisit']);
  if (input.opinion !== undefined) expectSupervisionOpinion(input.opinion, ['opinion']);
  if (input.notice !== undefined) expectText(input.notice, ['notice']);
  if (input.city !== undefined) expectCityReport(input.city, ['city']);
  const entry = { en: 'an entry ({ assessment, set, gaps? })', zh: '条目（{ assessment, set, gaps? }）' };
  eachOf(input.compulsory ?? [], (e, i) => {
    expectShape(e, ['compulsory', i], entry, { gaps: 'object?' });
    expectCompulsoryAssessment(e.assessment, ['compulsory', i, 'assessment']);
    expectIndicatorSet(e.set, ['compulsory', i, 'set']);
    if (e.gaps !== undefined) expectCompulsoryGaps(e.gaps, ['compulsory', i, 'gaps']);
  });
  eachOf(input.preschool ?? [], (e, i) => {
    expectShape(e, ['preschool', i], entry, { gaps: 'object?' });
    expectPreschoolAssessment(e.assessment, ['preschool', i, 'assessment']);
    expectIndicatorSet(e.set, ['preschool', i, 'set']);
    if (e.gaps !== undefined) expectPreschoolGaps(e.gaps, ['preschool', i, 'gaps']);
  });
  const ledger = input.ledger;
  if (ledger === undefined) return;
  const ledgerWhat = {
    en: 'the ledger ({ report, series?, byUnit?, target? })',
    zh: '台账（{ report, series?, byUnit?, target? }）',
  };
  expectShape(ledger, ['ledger'], ledgerWhat, { series: 'object?', byUnit: 'array?', target: 'object?' });
  expectLedgerReport(ledger.report, ['ledger', 'report']);
  if (ledger.title !== undefined) expectText(ledger.title, ['ledger', 'title']);
  if (ledger.series !== undefined) {
    const seriesWhat = {
      en: 'a progress series (from progressSeries)',
      zh: '整改进度序列（由 progressSeries 得到）',
    };
    expectShape(ledger.series, ['ledger', 'series'], seriesWhat, { points: 'array' });
    eachOf(ledger.series.points, (point, i) => {
      expectSummary(point, ['ledger', 'series', 'points', i]);
    });
  }
  eachOf(ledger.byUnit ?? [], (row, i) => {
    expectShape(row, ['ledger', 'byUnit', i], { en: 'a breakdown row', zh: '分类汇总行' }, { key: 'string' });
    expectSummary(row.summary, ['ledger', 'byUnit', i, 'summary']);
  });
  if (ledger.target !== undefined) {
    const targetWhat = { en: 'a target ({ rate?, date? })', zh: '目标（{ rate?, date? }）' };
    expectShape(ledger.target, ['ledger', 'target'], targetWhat, { date: 'string?' });
  }
}
