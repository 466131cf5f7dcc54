/**
 * The return-visit and supervision-opinion sections of the HTML report: what a return visit made
 * of the issues fed back earlier (the sentence, the figures, the groups per county and the issues
 * due with their outcomes), and the opinion the office sends the county, section by section, so
 * one page tells the whole story from inspection to opinion. The opinion's own A4 page is
 * `renderSupervisionOpinionHtml`; here it is a section of the report.
 * @module
 * @internal
 */
import { ISSUE_STATUS_LABELS, RECHECK_OUTCOME_LABELS, RECHECK_OUTCOMES } from '../ledger/types.js';
import type { ReturnVisitCounts, ReturnVisitSummary } from '../scoring/return-visit.js';
import type { Lang } from './format.js';
import { esc, list, table, words } from './html-common.js';
import { countyName, inspectionName, type ReportNames, scopeName } from './names.js';
import { type OpinionBlock, opinionDateText, type SupervisionOpinion } from './opinion.js';
import { returnVisitRateText } from './return-visit.js';

function countCells(label: string, c: ReturnVisitCounts): string[] {
  return [
    esc(label),
    String(c.due),
    String(c.rechecked),
    ...RECHECK_OUTCOMES.map((o) => String(c.outcomes[o])),
    String(c.notRechecked),
    String(c.newIssues),
    returnVisitRateText(c),
  ];
}

/**
 * The return-visit section: the sentence, the figures, the groups per county and per school and
 * kindergarten, and the issues due with their outcomes; a link to the opinion when the page has
 * one (`opinionId`).
 * @internal
 */
export function returnVisitSection(
  id: string,
  summary: ReturnVisitSummary,
  extra: { readonly names: ReportNames | undefined; readonly opinionId: string | null },
  lang: Lang,
): string {
  const zh = lang === 'zh';
  const { names } = extra;
  const visit = inspectionName(names, summary.inspection, lang);
  const out: string[] = [
    `<section id="${esc(id)}" class="report-section"><h2>${esc(words(lang, `回访督导复查情况（${visit}）`, `Return visit: recheck of issues (${visit})`))}</h2>`,
    `<p class="lead">${esc(`${summary.sentence[lang]}${zh ? '。' : '.'}`)}</p>`,
  ];
  const counties = summary.counties.map((c) => countyName(names, c, lang)).join(zh ? '、' : ', ') || '—';
  const rate = returnVisitRateText(summary);
  out.push(
    list(
      zh
        ? [
            `回访开始日期 ${summary.start ?? '—'}，涉及县（区）${counties}`,
            `应复查问题 ${summary.due} 个，已复查 ${summary.rechecked} 个，未复查 ${summary.notRechecked} 个`,
            `复查整改率（经本次复查确认已整改 ÷ 已复查且仍适用）${rate}（${summary.outcomes.rectified}/${summary.rated}）；基本整改按未整改计`,
            `新发现问题 ${summary.newIssues} 个`,
          ]
        : [
            `visit began ${summary.start ?? '—'}; counties ${counties}`,
            `due for recheck: ${summary.due}; rechecked: ${summary.rechecked}; not rechecked: ${summary.notRechecked}`,
            `the visit's rectification rate (found rectified ÷ rechecked and still applicable): ${rate} (${summary.outcomes.rectified}/${summary.rated}); basically rectified counts as not rectified`,
            `new issues found: ${summary.newIssues}`,
          ],
    ),
  );
  if (extra.opinionId !== null) {
    out.push(
      `<p><a href="#${esc(extra.opinionId)}">${esc(words(lang, '督导意见书（回访督导反馈意见）→', 'The supervision opinion of the visit →'))}</a></p>`,
    );
  }
  const header = [
    words(lang, '分组', 'Group'),
    words(lang, '应复查', 'Due'),
    words(lang, '已复查', 'Rechecked'),
    ...RECHECK_OUTCOMES.map((o) => RECHECK_OUTCOME_LABELS[o][lang]),
    words(lang, '未复查', 'Not rechecked'),
    words(lang, '新发现问题', 'New issues'),
    words(lang, '复查整改率', 'Rate'),
  ];
  const numeric = [1, 2, 3, 4, 5, 6, 7, 8, 9];
  out.push(
    `<h3>${esc(words(lang, '按县（区）', 'By county'))}</h3>`,
    table(
      header,
      summary.byCounty.map((g) => countCells(countyName(names, g.key, lang), g)),
      numeric,
    ),
    `<details><summary>${esc(words(lang, '按学校（幼儿园）', 'By school and kindergarten'))}</summary>`,
    table(
      header,
      summary.bySchool.map((g) => countCells(scopeName(names, g.key, lang), g)),
      numeric,
    ),
    '</details>',
    `<details><summary>${esc(words(lang, '复查问题清单', 'Issues due for recheck'))}</summary>`,
    table(
      zh
        ? ['编号', '县（区）', '范围', '问题描述', '复查结论', '复查日期', '当前状态']
        : ['Id', 'County', 'Scope', 'Description', 'Outcome', 'Date', 'Status now'],
      summary.items.map((item) => [
        esc(item.issueId),
        esc(countyName(names, item.county, lang)),
        esc(scopeName(names, item.scope, lang)),
        esc(item.description),
        esc(
          item.recheck === null
            ? words(lang, '未复查', 'not rechecked')
            : RECHECK_OUTCOME_LABELS[item.recheck.outcome][lang],
        ),
        esc(item.recheck?.at ?? '—'),
        esc(ISSUE_STATUS_LABELS[item.status][lang]),
      ]),
    ),
    '</details>',
    '</section>',
  );
  return out.join('');
}

function blockHtml(block: OpinionBlock, lang: Lang): string {
  switch (block.kind) {
    case 'heading':
      return `<h4>${esc(block.text[lang])}</h4>`;
    case 'paragraph':
      return `<p>${esc(block.text[lang])}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((i) => `<li>${esc(i[lang])}</li>`).join('')}</${tag}>`;
    }
    default:
      return `<p class="note">${esc(block.caption[lang])}</p>${table(
        block.columns.map((c) => esc(c[lang])),
        block.rows.map((r) => r.map((c) => esc(c[lang]))),
      )}`;
  }
}

/**
 * The supervision opinion as a section of the report: its title, subject and recipient, every
 * section with its blocks, the issuer and the date.
 * @internal
 */
export function opinionSection(id: string, opinion: SupervisionOpinion, lang: Lang): string {
  const zh = lang === 'zh';
  const out: string[] = [
    `<section id="${esc(id)}" class="report-section"><h2>${esc(opinion.title[lang])}</h2>`,
  ];
  if (opinion.documentNumber !== null) out.push(`<p class="meta">${esc(opinion.documentNumber)}</p>`);
  out.push(
    `<p class="lead">${esc(opinion.subject[lang])}</p>`,
    `<p>${esc(zh ? `${opinion.recipient}：` : `To: ${opinion.recipient}`)}</p>`,
  );
  for (const section of opinion.sections) {
    out.push(`<h3>${esc(section.heading[lang])}</h3>`, ...section.blocks.map((b) => blockHtml(b, lang)));
  }
  out.push(
    `<p class="meta">${esc(opinion.issuer)} · ${esc(opinionDateText(opinion.date, lang))}</p>`,
    '</section>',
  );
  return out.join('');
}
