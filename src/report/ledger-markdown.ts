/**
 * The ledger report in Markdown (整改情况报告), in Chinese or English: a one-sentence summary such
 * as "问题整改率 82.50%（33/40），逾期未整改 3 项", the figures, issues per status, every breakdown and
 * the overdue list. Numbers are rounded here and only here (percentages to at most 2 decimals).
 * @module
 */
import type { Figure } from '../assess/types.js';
import { expectOneOf } from '../guard.js';
import { labelled } from '../indicators/label.js';
import type { Label } from '../indicators/types.js';
import { issueCategoryLabel } from '../ledger/categories.js';
import { ISSUE_STATUS_LABELS, ISSUE_STATUSES } from '../ledger/types.js';
import { Decimal } from '../numeric/decimal.js';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '../scoring/breakdown.js';
import { expectLedgerReport, expectSummary } from '../scoring/guards.js';
import type { LedgerReport } from '../scoring/report.js';
import type { RectificationSummary } from '../scoring/summary.js';
import type { WeightedScore } from '../scoring/weighted.js';
import { formatDecimal, type Lang } from './format.js';
import { reportOptionsOf } from './guards.js';
import { decimalString } from './json.js';
import { countyName, inspectionName, namesOption, type ReportNames, scopeName } from './names.js';

const DIMENSION: Readonly<Record<BreakdownDimension, Label>> = {
  county: { zh: '按县（区）', en: 'By county' },
  programme: { zh: '按督导项目', en: 'By programme' },
  source: { zh: '按督导活动（问题来源）', en: 'By source inspection' },
  level: { zh: '按督导层级', en: 'By inspection level' },
  category: { zh: '按问题类别', en: 'By category' },
  commonality: { zh: '按共性 / 个性', en: 'By commonality' },
  scope: { zh: '按问题范围', en: 'By scope' },
  'scope-kind': { zh: '按范围类型', en: 'By kind of scope' },
  responsible: { zh: '按责任单位', en: 'By responsible unit' },
  severity: { zh: '按严重程度', en: 'By severity' },
  mode: { zh: '按整改方式', en: 'By rectification mode' },
};

const KEY_WORDS: Readonly<Record<string, Label>> = {
  common: { zh: '共性问题', en: 'common' },
  individual: { zh: '个性问题', en: 'individual' },
  major: { zh: '重大问题', en: 'major' },
  minor: { zh: '一般问题', en: 'minor' },
  immediate: { zh: '立行立改', en: 'immediate' },
  deadline: { zh: '限期整改', en: 'by deadline' },
  'long-term': { zh: '长期坚持', en: 'long-term' },
  national: { zh: '国家级', en: 'national' },
  provincial: { zh: '省级', en: 'provincial' },
  municipal: { zh: '市级', en: 'municipal' },
  'compulsory-basic': { zh: '义务教育基本均衡', en: 'compulsory (basic balance)' },
  'compulsory-quality': { zh: '义务教育优质均衡', en: 'compulsory (high-quality balance)' },
  preschool: { zh: '学前教育普及普惠', en: 'preschool' },
  'supervision-reform': { zh: '督导体制机制改革', en: 'supervision reform' },
  school: { zh: '学校', en: 'school' },
  kindergarten: { zh: '幼儿园', en: 'kindergarten' },
  department: { zh: '部门', en: 'department' },
};

// `county` is a county code under `county`, and the county as a whole under the scopes.
const COUNTY_SCOPE: Label = { zh: '县域', en: 'county' };
const COUNTY_LEVEL: Label = { zh: '县级', en: 'county' };

/**
 * A breakdown key for reading: a county's name, an inspection's title, a category's label, a
 * school's name, or the words for a level, mode or severity; the key itself when nothing names it.
 * @internal
 */
export function keyText(by: BreakdownDimension, key: string, lang: Lang, names?: ReportNames): string {
  if (by === 'county') return countyName(names, key, lang);
  if (by === 'source') return inspectionName(names, key, lang);
  if (by === 'category') return issueCategoryLabel(key)[lang];
  if (by === 'responsible') return key;
  if (key === 'county') return (by === 'level' ? COUNTY_LEVEL : COUNTY_SCOPE)[lang];
  if (by === 'scope') return scopeName(names, key, lang);
  return labelled(key, KEY_WORDS)[lang];
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * A share as a percentage for reading: × 100, rounded half up to 2 decimals, as every report
 * shows percentages (`0.825` → `82.50%`, `0.65` → `65.00%`, `29/33` → `87.88%`); `—` for null. A
 * number is read as its shortest decimal; give the exact Decimal of a ratio
 * (`new Decimal(29).div(33)`) when there is one.
 *
 * @category Reports
 * @param share - a share in [0, 1] (a number or a Decimal), or null
 * @returns the percentage text
 * @example
 * ```ts
 * percentText(0.825); //=> '82.50%'
 * percentText(new Decimal(29).div(33)); //=> '87.88%'
 * percentText(null); //=> '—'
 * ```
 */
export function percentText(share: Figure | Decimal | null): string {
  if (share === null) return '—';
  return `${formatDecimal(new Decimal(share).times(100), 2)}%`;
}

/**
 * The rates of a summary as percentages, each from its exact fraction of counts (rectified ÷
 * counted, verified or closed ÷ counted, on time ÷ rectified), `—` when null.
 * @internal
 */
export function summaryPercents(s: RectificationSummary): {
  readonly rate: string;
  readonly strictRate: string;
  readonly onTimeRate: string;
} {
  const ratio = (figure: Figure | null, numerator: number, denominator: number): string =>
    figure === null || denominator === 0 ? '—' : percentText(new Decimal(numerator).div(denominator));
  return {
    rate: ratio(s.rate, s.rectified, s.counted),
    strictRate: ratio(s.strictRate, s.verifiedOrClosed, s.counted),
    onTimeRate: ratio(s.onTimeRate, s.onTime, s.rectified),
  };
}

/**
 * The weighted score and its strict variant as percentages, from the weight sums they divide.
 * @internal
 */
export function scorePercents(w: WeightedScore): { readonly score: string; readonly strictScore: string } {
  const ratio = (figure: Figure | null, weight: Figure): string =>
    figure === null || w.totalWeight === 0 ? '—' : percentText(new Decimal(weight).div(w.totalWeight));
  return { score: ratio(w.score, w.rectifiedWeight), strictScore: ratio(w.strictScore, w.verifiedWeight) };
}

/**
 * The one-sentence summary of a ledger (整改情况摘要), e.g. "问题整改率 82.50%（33/40），逾期未整改 3 项".
 *
 * @category Reports
 * @param summary - the summary
 * @param lang - `zh` (default) or `en`
 * @returns the sentence
 * @example
 * ```ts
 * ledgerSentence(rectificationSummary(state, { asOf: '2021-12-10' }));
 * //=> '问题整改率 82.50%（33/40），逾期未整改 3 项'
 * ```
 */
export function ledgerSentence(summary: RectificationSummary, lang: Lang = 'zh'): string {
  expectSummary(summary);
  expectOneOf(lang, ['zh', 'en'], ['lang']);
  if (summary.rate === null) {
    return lang === 'zh'
      ? `暂无可计算整改率的问题（问题 ${summary.total} 项，已撤回 ${summary.withdrawn} 项）`
      : `No issue to rate (${summary.total} issues, ${summary.withdrawn} withdrawn)`;
  }
  const rate = summaryPercents(summary).rate;
  if (lang === 'zh') {
    const tail = summary.cleared ? '，已全部销号清零' : `，逾期未整改 ${summary.overdue} 项`;
    return `问题整改率 ${rate}（${summary.rectified}/${summary.counted}）${tail}`;
  }
  const tail = summary.cleared ? ', every issue closed (cleared)' : `, ${summary.overdue} overdue`;
  return `Rectification rate ${rate} (${summary.rectified}/${summary.counted})${tail}`;
}

function weightsText(w: WeightedScore, lang: Lang): string {
  const categories = Object.entries(w.weights.categories).map(([c, f]) => `${c} × ${decimalString(f)}`);
  if (lang === 'zh') {
    const base = `重大问题权重 ${decimalString(w.weights.major)}，一般问题权重 ${decimalString(w.weights.minor)}`;
    return categories.length === 0 ? base : `${base}；类别系数 ${categories.join('、')}`;
  }
  const base = `major ${decimalString(w.weights.major)}, minor ${decimalString(w.weights.minor)}`;
  return categories.length === 0 ? base : `${base}; category factors ${categories.join(', ')}`;
}

function summaryRow(label: string, s: RectificationSummary): string {
  const p = summaryPercents(s);
  return `| ${cell(label)} | ${s.total} | ${s.withdrawn} | ${s.rectified} | ${p.rate} | ${p.strictRate} | ${s.overdue} | ${p.onTimeRate} | ${s.cleared ? '✓' : '—'} |`;
}

/**
 * Renders a ledger report as Markdown (整改情况报告): the summary sentence, the figures, issues per
 * status, every breakdown and the overdue list, in Chinese (default) or English.
 *
 * @category Reports
 * @param report - from `ledgerReport`
 * @param options - `lang`: `zh` (default) or `en`; `names`: names for ids (see `namesFromCity`)
 * @returns a Markdown document
 * @example
 * ```ts
 * const md = renderLedgerMarkdown(ledgerReport(state, { asOf: '2021-12-10' }));
 * md.includes('问题整改率 82.50%（33/40），逾期未整改 3 项'); //=> true
 * ```
 */
export function renderLedgerMarkdown(
  report: LedgerReport,
  options: {
    /** Report language: `zh` (default) or `en`. */
    readonly lang?: Lang;
    /** Names to print for county codes, school and kindergarten ids and inspection ids. */
    readonly names?: ReportNames | undefined;
  } = {},
): string {
  expectLedgerReport(report);
  const lang = reportOptionsOf(options, { names: 'object' }).lang;
  const names = namesOption(options.names);
  const zh = lang === 'zh';
  const s = report.summary;
  const out: string[] = [];
  out.push(zh ? `# 问题整改情况（截至 ${report.asOf}）` : `# Rectification of issues (as of ${report.asOf})`);
  out.push('');
  out.push(`${ledgerSentence(s, lang)}${zh ? '。' : '.'}`);
  out.push('');
  const w = report.weighted;
  const p = summaryPercents(s);
  const score = scorePercents(w).score;
  if (zh) {
    out.push(`- 问题总数 ${s.total} 项，其中已撤回 ${s.withdrawn} 项，纳入统计 ${s.counted} 项`);
    out.push(`- 已整改（含核查通过、已销号）${s.rectified} 项，整改率 ${p.rate}`);
    out.push(`- 核查通过及已销号 ${s.verifiedOrClosed} 项，核查确认整改率 ${p.strictRate}`);
    out.push(`- 按期整改 ${s.onTime} 项，占已整改的 ${p.onTimeRate}`);
    out.push(`- 逾期未整改 ${s.overdue} 项`);
    out.push(`- 清零：${s.cleared ? '是' : '否'}`);
    out.push(`- 加权整改得分 ${score}（${weightsText(w, lang)}）`);
  } else {
    out.push(`- ${s.total} issues, ${s.withdrawn} withdrawn, ${s.counted} counted`);
    out.push(`- rectified (reported, verified or closed): ${s.rectified}, rate ${p.rate}`);
    out.push(`- verified or closed: ${s.verifiedOrClosed}, strict rate ${p.strictRate}`);
    out.push(`- rectified on time: ${s.onTime}, ${p.onTimeRate} of those rectified`);
    out.push(`- overdue: ${s.overdue}`);
    out.push(`- cleared: ${s.cleared ? 'yes' : 'no'}`);
    out.push(`- weighted score: ${score} (${weightsText(w, lang)})`);
  }
  if (s.rateNote !== null) out.push(`- ${s.rateNote[lang]}`);
  out.push('');

  out.push(zh ? '## 各状态问题数' : '## Issues per status');
  out.push('');
  out.push(zh ? '| 状态 | 问题数 |' : '| Status | Issues |');
  out.push('|---|---:|');
  for (const status of ISSUE_STATUSES)
    out.push(`| ${ISSUE_STATUS_LABELS[status][lang]} | ${s.byStatus[status]} |`);
  out.push('');

  out.push(zh ? '## 分类统计' : '## Breakdowns');
  const header = zh
    ? '| 分组 | 问题数 | 已撤回 | 已整改 | 整改率 | 核查确认整改率 | 逾期 | 按期整改率 | 清零 |'
    : '| Group | Issues | Withdrawn | Rectified | Rate | Strict rate | Overdue | On time | Cleared |';
  for (const by of BREAKDOWN_DIMENSIONS) {
    const rows = report.breakdowns[by];
    if (rows.length === 0) continue;
    out.push('');
    let title = DIMENSION[by][lang];
    if (by === 'responsible') {
      title += zh
        ? report.responsible === 'lead'
          ? '（牵头单位）'
          : '（牵头及配合单位，一项问题计入每个单位）'
        : report.responsible === 'lead'
          ? ' (lead units)'
          : ' (lead and supporting units; an issue counts for each)';
    }
    out.push(`### ${title}`);
    out.push('');
    out.push(header);
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|:---:|');
    for (const row of rows) out.push(summaryRow(keyText(by, row.key, lang, names), row.summary));
  }
  out.push('');

  out.push(zh ? '## 逾期未整改问题' : '## Overdue issues');
  out.push('');
  if (report.overdue.length === 0) {
    out.push(zh ? '无。' : 'None.');
  } else {
    out.push(
      zh
        ? '| 问题编号 | 县（区） | 问题描述 | 状态 | 整改时限 | 逾期天数 | 牵头单位 |'
        : '| Issue id | County | Description | Status | Deadline | Days overdue | Lead |',
    );
    out.push('|---|---|---|---|---|---:|---|');
    for (const e of report.overdue) {
      out.push(
        `| ${cell(e.id)} | ${cell(countyName(names, e.county, lang))} | ${cell(e.description)} | ${ISSUE_STATUS_LABELS[e.status][lang]} | ${e.deadline} | ${e.daysOverdue} | ${cell(e.lead.join(zh ? '、' : ', '))} |`,
      );
    }
  }
  out.push('');
  return out.join('\n');
}
