/**
 * The ledger and city sections of the HTML report: the rectification summary, the rate over time
 * against the target, the rate per responsible unit, issues per status, breakdowns and the
 * overdue list; and the city's counties with their stages and rates.
 * @module
 * @internal
 */
import type { CityReport } from '../inspection/city.js';
import { ISSUE_STATUS_LABELS, ISSUE_STATUSES } from '../ledger/types.js';
import { Decimal } from '../numeric/decimal.js';
import { CREATION_STAGE_LABELS } from '../schema/inspection.js';
import type { BreakdownDimension, BreakdownRow } from '../scoring/breakdown.js';
import type { LedgerReport } from '../scoring/report.js';
import type { ProgressSeries } from '../scoring/series.js';
import type { RectificationSummary } from '../scoring/summary.js';
import { citySummarySentence } from './city-markdown.js';
import type { Lang } from './format.js';
import { esc, figure, list, table, words } from './html-common.js';
import { keyText, ledgerSentence, percentText, scorePercents, summaryPercents } from './ledger-markdown.js';
import { countyName, type ReportNames } from './names.js';
import { rectificationByUnitChart, rectificationTrendChart } from './svg/charts.js';

const DIMENSIONS: readonly [BreakdownDimension, string, string][] = [
  ['county', '按县（区）', 'By county'],
  ['source', '按督导活动（问题来源）', 'By source inspection'],
  ['category', '按问题类别', 'By category'],
  ['responsible', '按责任单位', 'By responsible unit'],
];

// A summary's rate and strict rate as exact Decimals, from their fractions of counts.
function exactRates(s: RectificationSummary): { rate: Decimal | null; strictRate: Decimal | null } {
  const share = (rate: number | null, part: number): Decimal | null =>
    rate === null || s.counted === 0 ? null : new Decimal(part).div(s.counted);
  return { rate: share(s.rate, s.rectified), strictRate: share(s.strictRate, s.verifiedOrClosed) };
}

function summaryCells(label: string, s: RectificationSummary): string[] {
  const p = summaryPercents(s);
  return [
    esc(label),
    String(s.total),
    String(s.withdrawn),
    String(s.rectified),
    p.rate,
    p.strictRate,
    String(s.overdue),
    p.onTimeRate,
    s.cleared ? '✓' : '—',
  ];
}

/**
 * The ledger section.
 * @internal
 */
export function ledgerSection(
  id: string,
  report: LedgerReport,
  extra: {
    /** Heading. */ readonly title: string | null;
    /** The series. */ readonly series: ProgressSeries | undefined;
    /** Rows of the by-unit chart. */ readonly byUnit: readonly BreakdownRow[];
    /** Target rate. */ readonly target: Decimal | null;
    /** Target day. */ readonly targetDate: string | null;
    /** Names for ids. */ readonly names?: ReportNames | undefined;
  },
  lang: Lang,
): string {
  const zh = lang === 'zh';
  const s = report.summary;
  const p = summaryPercents(s);
  const score = scorePercents(report.weighted).score;
  const out: string[] = [];
  const heading =
    extra.title ??
    (zh ? `问题整改情况（截至 ${report.asOf}）` : `Rectification of issues (as of ${report.asOf})`);
  out.push(
    `<section id="${esc(id)}" class="report-section"><h2>${esc(heading)}</h2>`,
    `<p class="lead">${esc(`${ledgerSentence(s, lang)}${zh ? '。' : '.'}`)}</p>`,
  );
  out.push(
    list(
      zh
        ? [
            `问题总数 ${s.total} 项，其中已撤回 ${s.withdrawn} 项，纳入统计 ${s.counted} 项`,
            `已整改（含核查通过、已销号）${s.rectified} 项，整改率 ${p.rate}`,
            `核查通过及已销号 ${s.verifiedOrClosed} 项，核查确认整改率 ${p.strictRate}`,
            `按期整改 ${s.onTime} 项，占已整改的 ${p.onTimeRate}`,
            `逾期未整改 ${s.overdue} 项`,
            `加权整改得分 ${score}`,
          ]
        : [
            `${s.total} issues, ${s.withdrawn} withdrawn, ${s.counted} counted`,
            `rectified (reported, verified or closed): ${s.rectified}, rate ${p.rate}`,
            `verified or closed: ${s.verifiedOrClosed}, strict rate ${p.strictRate}`,
            `rectified on time: ${s.onTime}, ${p.onTimeRate} of those rectified`,
            `overdue: ${s.overdue}`,
            `weighted score: ${score}`,
          ],
    ),
  );
  if (s.rateNote !== null) out.push(`<p class="note">${esc(s.rateNote[lang])}</p>`);

  const charts: string[] = [];
  if (extra.series !== undefined) {
    const title = words(lang, '整改率变化', 'Rectification rate over time');
    charts.push(
      figure(
        title,
        rectificationTrendChart(
          title,
          extra.series.points.map((p) => ({ date: p.asOf, ...exactRates(p) })),
          extra.target,
          extra.targetDate,
          lang,
        ),
      ),
    );
  }
  const unitTitle =
    report.responsible === 'lead'
      ? words(lang, '各责任单位整改率（牵头单位）', 'Rectification rate by responsible unit (lead units)')
      : words(
          lang,
          '各责任单位整改率（牵头及配合单位）',
          'Rectification rate by responsible unit (lead and supporting)',
        );
  charts.push(
    figure(
      unitTitle,
      rectificationByUnitChart(
        unitTitle,
        extra.byUnit.map((r) => ({
          label: r.key,
          rate: exactRates(r.summary).rate,
          rectified: r.summary.rectified,
          counted: r.summary.counted,
        })),
        extra.target,
        lang,
      ),
    ),
  );
  out.push(`<div class="charts">${charts.join('')}</div>`);

  out.push(
    `<h3>${words(lang, '各状态问题数', 'Issues per status')}</h3>`,
    table(
      [words(lang, '状态', 'Status'), words(lang, '问题数', 'Issues')],
      ISSUE_STATUSES.map((st) => [esc(ISSUE_STATUS_LABELS[st][lang]), String(s.byStatus[st])]),
      [1],
    ),
  );
  const header = zh
    ? ['分组', '问题数', '已撤回', '已整改', '整改率', '核查确认整改率', '逾期', '按期整改率', '清零']
    : ['Group', 'Issues', 'Withdrawn', 'Rectified', 'Rate', 'Strict rate', 'Overdue', 'On time', 'Cleared'];
  for (const [by, zhTitle, enTitle] of DIMENSIONS) {
    const rows = report.breakdowns[by];
    if (rows.length === 0) continue;
    out.push(
      `<h3>${words(lang, zhTitle, enTitle)}</h3>`,
      table(
        header,
        rows.map((r) => summaryCells(keyText(by, r.key, lang, extra.names), r.summary)),
        [1, 2, 3, 4, 5, 6, 7],
      ),
    );
  }
  out.push(`<h3>${words(lang, '逾期未整改问题', 'Overdue issues')}</h3>`);
  if (report.overdue.length === 0) out.push(`<p>${words(lang, '无。', 'None.')}</p>`);
  else
    out.push(
      table(
        zh
          ? ['问题编号', '县（区）', '问题描述', '状态', '整改时限', '逾期天数', '牵头单位']
          : ['Issue id', 'County', 'Description', 'Status', 'Deadline', 'Days overdue', 'Lead'],
        report.overdue.map((e) => [
          esc(e.id),
          esc(countyName(extra.names, e.county, lang)),
          esc(e.description),
          esc(ISSUE_STATUS_LABELS[e.status][lang]),
          esc(e.deadline),
          String(e.daysOverdue),
          esc(e.lead.join(zh ? '、' : ', ')),
        ]),
        [5],
      ),
    );
  out.push('</section>');
  return out.join('');
}

const PROGRAMME: Record<string, [string, string]> = {
  'compulsory-basic': ['义务教育基本均衡', 'compulsory education, basic balance'],
  'compulsory-quality': ['义务教育优质均衡', 'compulsory education, high-quality balance'],
  preschool: ['学前教育普及普惠', 'preschool, universal and inclusive'],
  'supervision-reform': ['教育督导体制机制改革', 'supervision reform'],
};

/**
 * The city section.
 * @internal
 */
export function citySection(
  id: string,
  report: CityReport,
  lang: Lang,
  names?: ReportNames | undefined,
): string {
  const zh = lang === 'zh';
  const verdict = {
    passed: ['达到评估标准', 'passed'],
    failed: ['未达到评估标准', 'not passed'],
    incomplete: ['数据不全', 'incomplete'],
  };
  const rows = report.rows.map((row) => {
    const programme = PROGRAMME[row.programme];
    return [
      esc(row.name),
      esc(programme === undefined ? row.programme : zh ? programme[0] : programme[1]),
      row.stage === null ? '—' : esc(CREATION_STAGE_LABELS[row.stage][lang]),
      String(row.targetYear),
      row.onTrack
        ? words(lang, '按期', 'yes')
        : `<span class="s-unmet">${words(lang, '滞后', 'behind')}</span>`,
      row.verdict === null
        ? '—'
        : esc(
            `${verdict[row.verdict.status][zh ? 0 : 1]}${zh ? `（${row.verdict.year}）` : ` (${row.verdict.year})`}`,
          ),
      percentText(row.rectificationRate),
      row.overdue === null ? '—' : String(row.overdue),
    ];
  });
  const out = [
    `<section id="${esc(id)}" class="report-section"><h2>${esc(zh ? `全市督导工作情况（截至 ${report.asOf}）` : `Supervision in the city (as of ${report.asOf})`)}</h2>`,
    `<p class="lead">${esc(citySummarySentence(report, lang))}</p>`,
    table(
      zh
        ? ['县', '创建项目', '当前阶段', '目标年度', '进度', '最近评估结论', '整改率', '逾期问题']
        : [
            'County',
            'Programme',
            'Stage',
            'Target year',
            'On track',
            'Latest verdict',
            'Rectification rate',
            'Overdue',
          ],
      rows,
      [6, 7],
    ),
  ];
  if (report.countiesWithoutPlan.length > 0)
    out.push(
      `<p>${esc(
        zh
          ? `尚无创建规划的目标县：${report.countiesWithoutPlan.map((c) => countyName(names, c, lang)).join('、')}`
          : `Target counties without a plan: ${report.countiesWithoutPlan.map((c) => countyName(names, c, lang)).join(', ')}`,
      )}</p>`,
    );
  out.push('</section>');
  return out.join('');
}
