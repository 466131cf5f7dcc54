/**
 * A return visit's recheck report (回访督导复查情况报告), in Chinese or English: the sentence
 * "复查问题 N 个：已整改 a 个，基本整改 b 个，未整改 c 个；新发现问题 d 个", the figures, the groups
 * per county, school and responsible unit, every issue due for recheck with its outcome, the new
 * issues, and what later data suggest. As Markdown, and as workbook tables (for CSV and XLSX).
 * Numbers are rounded here and only here (the rate in percent, at most 2 decimals, from its exact
 * fraction).
 * @module
 */
import type { RecheckSuggestion } from '../inspection/recheck-suggestions.js';
import type { WorkbookCell, WorkbookTable } from '../io/table.js';
import { ISSUE_STATUS_LABELS, RECHECK_OUTCOME_LABELS, RECHECK_OUTCOMES } from '../ledger/types.js';
import { Decimal } from '../numeric/decimal.js';
import { expectReturnVisitSummary } from '../scoring/guards.js';
import type { ReturnVisitCounts, ReturnVisitGroup, ReturnVisitSummary } from '../scoring/return-visit.js';
import { formatDecimal, type Lang } from './format.js';
import { reportOptionsOf } from './guards.js';
import { percentText } from './ledger-markdown.js';
import { countyName, inspectionName, namesOption, type ReportNames, scopeName } from './names.js';

/**
 * Options of the return-visit renderers.
 *
 * @category Reports
 * @example
 * ```ts
 * const options: ReturnVisitReportOptions = { lang: 'en', suggestions };
 * ```
 */
export interface ReturnVisitReportOptions {
  /** Report language: `zh` (default) or `en`. */
  readonly lang?: Lang;
  /** What later data suggest for the issues due (from `recheckSuggestions`); shown when given. */
  readonly suggestions?: readonly RecheckSuggestion[];
  /** Names to print for county codes, school and kindergarten ids and inspection ids. */
  readonly names?: ReportNames | undefined;
}

type Words = { readonly zh: string; readonly en: string };

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * A return visit's rate as a percentage, from its exact fraction; `—` when nothing is rated.
 * @internal
 */
export function returnVisitRateText(c: ReturnVisitCounts): string {
  return c.rate === null || c.rated === 0 ? '—' : percentText(new Decimal(c.outcomes.rectified).div(c.rated));
}

function metText(met: boolean | null, lang: Lang): string {
  if (met === null) return lang === 'zh' ? '无法判定' : 'undecided';
  if (lang === 'zh') return met ? '已达标' : '未达标';
  return met ? 'met' : 'unmet';
}

function agreesText(agrees: boolean | null, lang: Lang): string {
  if (agrees === null) return '—';
  if (lang === 'zh') return agrees ? '一致' : '不一致';
  return agrees ? 'agrees' : 'differs';
}

function groupRow(label: string, g: ReturnVisitCounts): string {
  const o = g.outcomes;
  return `| ${cell(label)} | ${g.due} | ${g.rechecked} | ${o.rectified} | ${o['basically-rectified']} | ${o['not-rectified']} | ${o['not-applicable']} | ${g.notRechecked} | ${g.newIssues} | ${returnVisitRateText(g)} |`;
}

/**
 * Renders a return-visit summary as Markdown (回访督导复查情况报告): the sentence, the figures, the
 * groups per county, per school and kindergarten and per responsible unit, every issue due for
 * recheck with its outcome and finding, the new issues and, when given, what later data suggest.
 *
 * @category Reports
 * @param summary - from `returnVisitSummary`
 * @param options - `lang` (`zh` default), `suggestions`, `names` (see `namesFromCity`)
 * @returns a Markdown document
 * @example
 * ```ts
 * const md = renderReturnVisitMarkdown(returnVisitSummary(state, { inspection: 'SL-2025-11-return' }));
 * md.includes('复查问题 49 个：'); //=> true
 * ```
 */
export function renderReturnVisitMarkdown(
  summary: ReturnVisitSummary,
  options: ReturnVisitReportOptions = {},
): string {
  expectReturnVisitSummary(summary);
  const lang = reportOptionsOf(options, { names: 'object' }).lang;
  const names = namesOption(options.names);
  const zh = lang === 'zh';
  const s = summary;
  const county = (code: string) => countyName(names, code, lang);
  const scope = (key: string) => scopeName(names, key, lang);
  const visit = inspectionName(names, s.inspection, lang);
  const out: string[] = [];
  out.push(
    zh
      ? `# 回访督导复查情况（${visit}，截至 ${s.asOf}）`
      : `# Return visit: recheck of issues (${visit}, as of ${s.asOf})`,
  );
  out.push('');
  out.push(`${s.sentence[lang]}${zh ? '。' : '.'}`);
  out.push('');
  const counties = s.counties.map(county).join(zh ? '、' : ', ') || '—';
  const rate = returnVisitRateText(s);
  if (zh) {
    out.push(`- 回访开始日期 ${s.start ?? '—'}，涉及县（区）${counties}`);
    out.push(`- 应复查问题 ${s.due} 个，已复查 ${s.rechecked} 个，未复查 ${s.notRechecked} 个`);
    out.push(
      `- 复查整改率（经本次复查确认已整改 ÷ 已复查且仍适用）${rate}（${s.outcomes.rectified}/${s.rated}）；基本整改按未整改计`,
    );
    out.push(`- 新发现问题 ${s.newIssues} 个`);
  } else {
    out.push(`- visit began ${s.start ?? '—'}; counties ${counties}`);
    out.push(`- due for recheck: ${s.due}; rechecked: ${s.rechecked}; not rechecked: ${s.notRechecked}`);
    out.push(
      `- the visit's rectification rate (found rectified ÷ rechecked and still applicable): ${rate} (${s.outcomes.rectified}/${s.rated}); basically rectified counts as not rectified`,
    );
    out.push(`- new issues found: ${s.newIssues}`);
  }
  if (s.rateNote !== null) out.push(`- ${s.rateNote[lang]}`);
  out.push('');

  const header = zh
    ? '| 分组 | 应复查 | 已复查 | 已整改 | 基本整改 | 未整改 | 不再适用 | 未复查 | 新发现问题 | 复查整改率 |'
    : '| Group | Due | Rechecked | Rectified | Basically | Not rectified | No longer applicable | Not rechecked | New issues | Rate |';
  const groups: readonly [Words, readonly ReturnVisitGroup[], (key: string) => string][] = [
    [{ zh: '按县（区）', en: 'By county' }, s.byCounty, county],
    [{ zh: '按学校（幼儿园）', en: 'By school and kindergarten' }, s.bySchool, scope],
    [{ zh: '按责任单位', en: 'By responsible unit' }, s.byUnit, (k) => k],
  ];
  for (const [title, rows, label] of groups) {
    out.push(`## ${title[lang]}`);
    out.push('');
    if (rows.length === 0) {
      out.push(zh ? '无。' : 'None.');
      out.push('');
      continue;
    }
    out.push(header);
    out.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
    for (const row of rows) out.push(groupRow(label(row.key), row));
    out.push('');
  }

  out.push(zh ? '## 复查问题清单' : '## Issues due for recheck');
  out.push('');
  if (s.items.length === 0) out.push(zh ? '无。' : 'None.');
  else {
    out.push(
      zh
        ? '| 编号 | 县（区） | 范围 | 问题描述 | 复查前状态 | 复查结论 | 复查日期 | 复查情况 | 佐证材料 | 当前状态 |'
        : '| Id | County | Scope | Description | Before | Outcome | Date | Finding | Evidence | Status now |',
    );
    out.push('|---|---|---|---|---|---|---|---|---|---|');
    for (const item of s.items) {
      const r = item.recheck;
      const outcome =
        r === null ? (zh ? '未复查' : 'not rechecked') : RECHECK_OUTCOME_LABELS[r.outcome][lang];
      const evidence = r === null ? '' : r.evidence.map((e) => e.title).join(zh ? '、' : '; ');
      out.push(
        `| ${cell(item.issueId)} | ${cell(county(item.county))} | ${cell(scope(item.scope))} | ${cell(item.description)} | ${ISSUE_STATUS_LABELS[item.before][lang]} | ${outcome} | ${r?.at ?? '—'} | ${cell(r?.finding ?? '')} | ${cell(evidence)} | ${ISSUE_STATUS_LABELS[item.status][lang]} |`,
      );
    }
  }
  out.push('');

  out.push(zh ? '## 新发现问题' : '## New issues found');
  out.push('');
  if (s.found.length === 0) out.push(zh ? '无。' : 'None.');
  else {
    out.push(
      zh
        ? '| 编号 | 县（区） | 范围 | 问题描述 | 提出日期 | 整改时限 | 当前状态 |'
        : '| Id | County | Scope | Description | Raised | Deadline | Status now |',
    );
    out.push('|---|---|---|---|---|---|---|');
    for (const f of s.found) {
      out.push(
        `| ${cell(f.issueId)} | ${cell(county(f.county))} | ${cell(scope(f.scope))} | ${cell(f.description)} | ${f.raisedAt} | ${f.deadline} | ${ISSUE_STATUS_LABELS[f.status][lang]} |`,
      );
    }
  }
  out.push('');

  if (s.outside.length > 0) {
    out.push(zh ? '## 应复查范围外的复查' : '## Rechecks outside the issues due');
    out.push('');
    out.push(
      zh
        ? `本次回访还复查了以下问题（本次新发现或回访开始后提出的问题等），未计入上述统计：${s.outside.join('、')}。`
        : `The visit also rechecked these issues (its own new issues, or issues raised after it began); they are not in the figures above: ${s.outside.join(', ')}.`,
    );
    out.push('');
  }

  const suggestions = options.suggestions;
  if (suggestions !== undefined) {
    out.push(
      zh
        ? '## 数据核对（供复查参考，以复查结论为准）'
        : '## What the data show (a suggestion; the recheck decides)',
    );
    out.push('');
    if (suggestions.length === 0) out.push(zh ? '无可核对的问题。' : 'No issue to check against the data.');
    else {
      out.push(
        zh
          ? '| 编号 | 指标 | 数据显示 | 依据 | 复查结论 | 是否一致 |'
          : '| Id | Indicator | Data show | Basis | Outcome | Agreement |',
      );
      out.push('|---|---|---|---|---|---|');
      for (const g of suggestions) {
        const outcome =
          g.outcome === null ? (zh ? '未复查' : 'not rechecked') : RECHECK_OUTCOME_LABELS[g.outcome][lang];
        out.push(
          `| ${cell(g.issueId)} | ${cell(g.indicator)} | ${metText(g.met, lang)} | ${cell(g.explanation?.[lang] ?? '—')} | ${outcome} | ${agreesText(g.agrees, lang)} |`,
        );
      }
    }
    out.push('');
  }
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
}

function count(n: number): WorkbookCell {
  return { value: n, text: String(n), places: 0 };
}

function percentCell(c: ReturnVisitCounts): WorkbookCell {
  if (c.rate === null || c.rated === 0) return null;
  const text = formatDecimal(new Decimal(c.outcomes.rectified).times(100).div(c.rated), 2);
  return { value: Number(text), text, places: 2 };
}

function countCells(c: ReturnVisitCounts): WorkbookCell[] {
  return [
    count(c.due),
    count(c.rechecked),
    ...RECHECK_OUTCOMES.map((o) => count(c.outcomes[o])),
    count(c.notRechecked),
    count(c.newIssues),
    count(c.rated),
    percentCell(c),
  ];
}

/**
 * A return-visit summary as tables (回访督导复查工作簿), for CSV and XLSX: the figures (复查情况统计 /
 * Recheck summary: one row for the visit and one per county, school or kindergarten and
 * responsible unit), the issues due for recheck with their outcomes (复查问题清单 / Issues due),
 * the new issues (新发现问题 / New issues) and, when given, what later data suggest (数据核对 /
 * Data check). Rates in percent, 2 decimals, from their exact fractions.
 *
 * @category Reports
 * @param summary - from `returnVisitSummary`
 * @param options - `lang` (`zh` default), `suggestions`, `names` (see `namesFromCity`)
 * @returns the tables
 * @example
 * ```ts
 * returnVisitWorkbook(summary, { lang: 'en' }).map((t) => t.name); //=> ['Recheck summary', 'Issues due', 'New issues']
 * ```
 */
export function returnVisitWorkbook(
  summary: ReturnVisitSummary,
  options: ReturnVisitReportOptions = {},
): WorkbookTable[] {
  expectReturnVisitSummary(summary);
  const lang = reportOptionsOf(options, { names: 'object' }).lang;
  const names = namesOption(options.names);
  const county = (code: string) => countyName(names, code, lang);
  const scope = (key: string) => scopeName(names, key, lang);
  const zh = lang === 'zh';
  const join = (list: readonly string[]): WorkbookCell =>
    list.length === 0 ? null : list.join(zh ? '、' : '; ');
  const summaryRows: WorkbookCell[][] = [[zh ? '全部' : 'all', null, ...countCells(summary)]];
  const dimensions: readonly [Words, readonly ReturnVisitGroup[], (key: string) => string][] = [
    [{ zh: '县（区）', en: 'county' }, summary.byCounty, county],
    [{ zh: '学校（幼儿园）', en: 'school' }, summary.bySchool, scope],
    [{ zh: '责任单位', en: 'unit' }, summary.byUnit, (key) => key],
  ];
  for (const [dimension, rows, name] of dimensions) {
    for (const row of rows) summaryRows.push([dimension[lang], name(row.key), ...countCells(row)]);
  }
  const outcomeHeaders = RECHECK_OUTCOMES.map((o) => RECHECK_OUTCOME_LABELS[o][lang]);
  const tables: WorkbookTable[] = [
    {
      name: zh ? '复查情况统计' : 'Recheck summary',
      columns: zh
        ? [
            '分类维度',
            '分组',
            '应复查',
            '已复查',
            ...outcomeHeaders,
            '未复查',
            '新发现问题',
            '计入复查整改率',
            '复查整改率（%）',
          ]
        : [
            'dimension',
            'key',
            'due',
            'rechecked',
            ...outcomeHeaders,
            'not rechecked',
            'new issues',
            'rated',
            'rate (%)',
          ],
      rows: summaryRows,
    },
    {
      name: zh ? '复查问题清单' : 'Issues due',
      columns: zh
        ? [
            '问题编号',
            '县（区）',
            '范围',
            '问题描述',
            '问题来源',
            '牵头单位',
            '复查前状态',
            '复查结论',
            '复查日期',
            '复查情况',
            '佐证材料',
            '当前状态',
          ]
        : [
            'issue id',
            'county',
            'scope',
            'description',
            'source',
            'lead',
            'before',
            'outcome',
            'date',
            'finding',
            'evidence',
            'status now',
          ],
      rows: summary.items.map((item) => {
        const r = item.recheck;
        return [
          item.issueId,
          county(item.county),
          scope(item.scope),
          item.description,
          inspectionName(names, item.source, lang),
          join(item.lead),
          ISSUE_STATUS_LABELS[item.before][lang],
          r === null ? (zh ? '未复查' : 'not rechecked') : RECHECK_OUTCOME_LABELS[r.outcome][lang],
          r?.at ?? null,
          r?.finding ?? null,
          r === null
            ? null
            : join(r.evidence.map((e) => (e.ref === undefined ? e.title : `${e.title} (${e.ref})`))),
          ISSUE_STATUS_LABELS[item.status][lang],
        ];
      }),
    },
    {
      name: zh ? '新发现问题' : 'New issues',
      columns: zh
        ? ['问题编号', '县（区）', '范围', '问题描述', '牵头单位', '提出日期', '整改时限', '当前状态']
        : ['issue id', 'county', 'scope', 'description', 'lead', 'raised', 'deadline', 'status now'],
      rows: summary.found.map((f) => [
        f.issueId,
        county(f.county),
        scope(f.scope),
        f.description,
        join(f.lead),
        f.raisedAt,
        f.deadline,
        ISSUE_STATUS_LABELS[f.status][lang],
      ]),
    },
  ];
  const suggestions = options.suggestions;
  if (suggestions !== undefined) {
    tables.push({
      name: zh ? '数据核对' : 'Data check',
      columns: zh
        ? ['问题编号', '县（区）', '指标', '数据显示', '依据', '复查结论', '是否一致', '说明']
        : ['issue id', 'county', 'indicator', 'data show', 'basis', 'outcome', 'agreement', 'note'],
      rows: suggestions.map((g) => [
        g.issueId,
        county(g.county),
        g.indicator,
        metText(g.met, lang),
        g.explanation?.[lang] ?? null,
        g.outcome === null ? (zh ? '未复查' : 'not rechecked') : RECHECK_OUTCOME_LABELS[g.outcome][lang],
        agreesText(g.agrees, lang),
        g.note[lang],
      ]),
    });
  }
  return tables;
}
