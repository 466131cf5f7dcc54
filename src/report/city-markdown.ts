/**
 * The Markdown rendering of the city's view (市级督导工作情况), in Chinese or English: the summary
 * paragraph a city writes in its work report, a table per county and programme, the coverage of
 * schools and kindergartens when it was measured, and the number of counties at each stage. Rates
 * and shares are rounded here and only here (percentages to 2 decimals).
 * @module
 */

import { expectOneOf } from '../guard.js';
import type { CityReport } from '../inspection/city.js';
import { expectCityReport } from '../inspection/guards.js';
import { Decimal } from '../numeric/decimal.js';
import { CREATION_STAGE_LABELS } from '../schema/inspection.js';
import { formatDecimal, type Lang } from './format.js';
import { reportOptionsOf } from './guards.js';
import { countyName, institutionName, namesOption, type ReportNames } from './names.js';

const PROGRAMME: Record<string, { zh: string; en: string }> = {
  'compulsory-basic': { zh: '义务教育基本均衡', en: 'compulsory education, basic balance' },
  'compulsory-quality': { zh: '义务教育优质均衡', en: 'compulsory education, high-quality balance' },
  preschool: { zh: '学前教育普及普惠', en: 'preschool, universal and inclusive' },
  'supervision-reform': { zh: '教育督导体制机制改革', en: 'supervision reform' },
};

const VERDICT = {
  passed: { zh: '达到评估标准', en: 'passed' },
  failed: { zh: '未达到评估标准', en: 'not passed' },
  incomplete: { zh: '数据不全', en: 'incomplete' },
} as const;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * The summary paragraph of a city report (全市督导工作概述): inspections so far, schools and
 * kindergartens assessed, coverage of the target counties, problem aspects found and supervision
 * opinions issued. When coverage was measured on institutions and is not full, the paragraph
 * gives the in-scope schools and kindergartens and how many were visited.
 *
 * @category Reports
 * @param report - the result of {@link cityReport}
 * @param lang - `zh` or `en`
 * @returns one paragraph
 * @example
 * ```ts
 * citySummarySentence(report, 'en');
 * //=> 'As of 2024-12-31: 8 supervisions so far, 264 visits to 234 schools and kindergartens, 3 departments visited, 240 people interviewed, full coverage of the 5 target counties, 22 aspects of problems found, 25 supervision opinions issued.'
 * citySummarySentence(report, 'zh');
 * //=> '截至 2024-12-31，累计开展督导 8 次，督导评估学校（幼儿园）264 所次，覆盖 234 所，走访部门 3 个，访谈 240 人，实现 5 个创建县（区）全覆盖，发现问题 22 个方面，下发督导意见 25 条。'
 * ```
 */
export function citySummarySentence(report: CityReport, lang: Lang): string {
  expectCityReport(report);
  expectOneOf(lang, ['zh', 'en'], ['lang']);
  const c = report.city;
  const byInstitutions = c.coverageBasis === 'institutions';
  if (lang === 'zh') {
    const coverage = c.fullCoverage
      ? `实现 ${c.targetCounties} 个创建县（区）全覆盖`
      : byInstitutions
        ? `覆盖 ${c.targetCounties} 个创建县（区）中的 ${c.countiesCovered} 个（范围内学校和幼儿园 ${c.institutionsInScope} 所，已督导 ${c.institutionsInScopeVisited} 所；尚未全覆盖：${c.countiesNotCovered.join('、')}）`
        : `覆盖 ${c.targetCounties} 个创建县（区）中的 ${c.countiesCovered} 个（尚未覆盖：${c.countiesNotCovered.join('、')}）`;
    const contacts = `${c.departmentsVisited > 0 ? `，走访部门 ${c.departmentsVisited} 个` : ''}${c.interviewed > 0 ? `，访谈 ${c.interviewed} 人` : ''}`;
    return `截至 ${report.asOf}，累计开展督导 ${c.inspections} 次，督导评估学校（幼儿园）${c.institutionVisits} 所次，覆盖 ${c.institutionsAssessed} 所${contacts}，${coverage}，发现问题 ${c.problemAspects} 个方面，下发督导意见 ${c.opinions} 条。`;
  }
  const coverage = c.fullCoverage
    ? `full coverage of the ${c.targetCounties} target counties`
    : byInstitutions
      ? `${c.countiesCovered} of ${c.targetCounties} target counties fully covered (${c.institutionsInScopeVisited} of ${c.institutionsInScope} in-scope schools and kindergartens visited; not yet: ${c.countiesNotCovered.join(', ')})`
      : `${c.countiesCovered} of ${c.targetCounties} target counties covered (not yet: ${c.countiesNotCovered.join(', ')})`;
  const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
  const contacts = `${c.departmentsVisited > 0 ? `, ${plural(c.departmentsVisited, 'department', 'departments')} visited` : ''}${c.interviewed > 0 ? `, ${plural(c.interviewed, 'person', 'people')} interviewed` : ''}`;
  return `As of ${report.asOf}: ${plural(c.inspections, 'supervision', 'supervisions')} so far, ${plural(c.institutionVisits, 'visit', 'visits')} to ${c.institutionsAssessed} schools and kindergartens${contacts}, ${coverage}, ${plural(c.problemAspects, 'aspect', 'aspects')} of problems found, ${plural(c.opinions, 'supervision opinion', 'supervision opinions')} issued.`;
}

/**
 * Renders the city's view (市级督导工作情况) as Markdown: a heading, the summary paragraph, a table
 * per county and programme (stage, target year, on track, latest verdict, rectification rate,
 * overdue issues), the coverage of in-scope schools and kindergartens per county and programme
 * (when the report measured it on institutions) and the number of counties at each stage.
 *
 * @category Reports
 * @param report - the result of {@link cityReport}
 * @param options - the language (`zh` default, or `en`) and `names` for ids
 * @returns the Markdown text, ending with a newline
 * @example
 * ```ts
 * renderCityMarkdown(report, { lang: 'zh' }).split('\n')[0]; //=> '# 全市督导工作情况（截至 2024-12-31）'
 * ```
 */
export function renderCityMarkdown(
  report: CityReport,
  options: {
    /** `zh` (default) or `en`. */
    readonly lang?: Lang;
    /** Names for county codes and school and kindergarten ids (see `namesFromCity`). */
    readonly names?: ReportNames | undefined;
  } = {},
): string {
  expectCityReport(report);
  const lang = reportOptionsOf(options, { names: 'object' }).lang;
  const given = namesOption(options.names);
  const zh = lang === 'zh';
  const out: string[] = [];
  out.push(
    zh ? `# 全市督导工作情况（截至 ${report.asOf}）` : `# Supervision in the city (as of ${report.asOf})`,
  );
  out.push('', citySummarySentence(report, lang), '');
  out.push(zh ? '## 各县创建进展' : '## Counties');
  out.push(
    '',
    zh
      ? '| 县 | 创建项目 | 当前阶段 | 目标年度 | 进度 | 最近评估结论 | 整改率 | 逾期问题 |'
      : '| County | Programme | Stage | Target year | On track | Latest verdict | Rectification rate | Overdue |',
    '|---|---|---|---|---|---|---|---|',
  );
  for (const row of report.rows) {
    const stage = row.stage === null ? '—' : CREATION_STAGE_LABELS[row.stage][lang];
    const onTrack = row.onTrack ? (zh ? '按期' : 'yes') : zh ? '滞后' : 'behind';
    const verdictText =
      row.verdict === null
        ? '—'
        : zh
          ? `${VERDICT[row.verdict.status].zh}（${row.verdict.year}）`
          : `${VERDICT[row.verdict.status].en} (${row.verdict.year})`;
    // A rate read back as a Decimal is its shortest decimal form, exact for any ratio of counts
    // that ends within 15 digits (every one a rounding to 2 decimals could hinge on).
    const rate =
      row.rectificationRate === null
        ? '—'
        : `${formatDecimal(new Decimal(row.rectificationRate).times(100), 2)}%`;
    const overdue = row.overdue === null ? '—' : String(row.overdue);
    const programme = PROGRAMME[row.programme]?.[lang] ?? row.programme;
    out.push(
      `| ${cell(row.name)} | ${cell(programme)} | ${stage} | ${row.targetYear} | ${onTrack} | ${verdictText} | ${rate} | ${overdue} |`,
    );
  }
  if (report.countiesWithoutPlan.length > 0) {
    out.push(
      '',
      zh
        ? `尚无创建规划的目标县：${report.countiesWithoutPlan.map((c) => countyName(given, c, lang)).join('、')}`
        : `Target counties without a plan: ${report.countiesWithoutPlan.map((c) => countyName(given, c, lang)).join(', ')}`,
    );
  }
  if (report.coverage !== null) {
    out.push('', zh ? '## 督导覆盖面' : '## Coverage of schools and kindergartens', '');
    out.push(
      zh
        ? '| 县 | 创建项目 | 范围内 | 已督导 | 覆盖率 | 未督导 |'
        : '| County | Programme | In scope | Visited | Share | Not yet visited |',
      '|---|---|---|---|---|---|',
    );
    const names = new Map(report.rows.map((r) => [r.county, r.name]));
    for (const entry of report.coverage) {
      const figures = entry.cumulative;
      // The share from its exact fraction, visited of total.
      const share =
        figures.share === null
          ? '—'
          : `${formatDecimal(new Decimal(figures.visited).div(figures.total).times(100), 2)}%`;
      const missing =
        figures.missing.length === 0
          ? '—'
          : figures.missing.map((m) => institutionName(given, m, lang)).join(zh ? '、' : ', ');
      const programme = PROGRAMME[entry.programme]?.[lang] ?? entry.programme;
      out.push(
        `| ${cell(names.get(entry.county) ?? countyName(given, entry.county, lang))} | ${cell(programme)} | ${figures.total} | ${figures.visited} | ${share} | ${cell(missing)} |`,
      );
    }
  }
  out.push('', zh ? '## 各阶段县数' : '## Counties per stage', '');
  out.push(zh ? '| 阶段 | 县数 |' : '| Stage | Counties |', '|---|---|');
  for (const { stage, count } of report.city.countiesPerStage) {
    if (count === 0) continue;
    const label = stage === 'none' ? (zh ? '尚未启动' : 'not started') : CREATION_STAGE_LABELS[stage][lang];
    out.push(`| ${label} | ${count} |`);
  }
  return `${out.join('\n')}\n`;
}
