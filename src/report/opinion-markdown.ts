/**
 * A supervision opinion (督导意见书) as Markdown, in Chinese or English: the title, the document
 * number, the subject, the recipient, the sections in order, the signature (issuing office and
 * date) and the annexed issue list, laid out as the document is written on paper.
 * @module
 */
import type { Lang } from './format.js';
import { reportOptionsOf } from './guards.js';
import {
  expectSupervisionOpinion,
  type OpinionBlock,
  type OpinionSection,
  opinionDateText,
  type SupervisionOpinion,
} from './opinion.js';

/**
 * Options of the supervision-opinion renderers.
 *
 * @category Reports
 * @example
 * ```ts
 * const options: OpinionRenderOptions = { lang: 'zh' };
 * ```
 */
export interface OpinionRenderOptions {
  /** Language: `zh` (default) or `en`. */
  readonly lang?: Lang;
}

function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function blockMarkdown(block: OpinionBlock, lang: Lang): string[] {
  switch (block.kind) {
    case 'heading':
      return [`### ${block.text[lang]}`, ''];
    case 'paragraph':
      return [block.text[lang], ''];
    case 'list':
      return [...block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${item[lang]}`), ''];
    default: {
      const out = [`**${block.caption[lang]}**`, ''];
      out.push(`| ${block.columns.map((c) => cell(c[lang])).join(' | ')} |`);
      out.push(`|${block.columns.map(() => '---').join('|')}|`);
      for (const row of block.rows) out.push(`| ${row.map((c) => cell(c[lang])).join(' | ')} |`);
      out.push('');
      return out;
    }
  }
}

function sectionMarkdown(section: OpinionSection, lang: Lang): string[] {
  return [`## ${section.heading[lang]}`, '', ...section.blocks.flatMap((b) => blockMarkdown(b, lang))];
}

/**
 * Renders a supervision opinion (督导意见书) as Markdown: the title and document number, the
 * subject, the recipient (主送), the sections (基本情况, 主要成效, 存在问题, 整改复查情况 for a
 * return visit, 督导意见), the issuing office and the date, then the annexed issue list (附件).
 *
 * @category Reports
 * @param opinion - from `supervisionOpinion`
 * @param options - `lang` (`zh` default)
 * @returns a Markdown document
 * @example
 * ```ts
 * const md = renderSupervisionOpinionMarkdown(supervisionOpinion(sampleCity, options));
 * md.startsWith('# 督导意见书'); //=> true
 * ```
 */
export function renderSupervisionOpinionMarkdown(
  opinion: SupervisionOpinion,
  options: OpinionRenderOptions = {},
): string {
  expectSupervisionOpinion(opinion);
  const lang = reportOptionsOf(options).lang;
  const zh = lang === 'zh';
  const out: string[] = [`# ${opinion.title[lang]}`, ''];
  if (opinion.documentNumber !== null) out.push(opinion.documentNumber, '');
  out.push(`**${opinion.subject[lang]}**`, '');
  out.push(zh ? `${opinion.recipient}：` : `To: ${opinion.recipient}`, '');
  const annex = opinion.sections.filter((s) => s.id === 'annex');
  for (const section of opinion.sections) {
    if (section.id !== 'annex') out.push(...sectionMarkdown(section, lang));
  }
  if (annex.length > 0) out.push(zh ? '附件：问题清单' : 'Annex: issue list', '');
  out.push(opinion.issuer, '', opinionDateText(opinion.date, lang), '');
  for (const section of annex) out.push('---', '', ...sectionMarkdown(section, lang));
  while (out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}\n`;
}
