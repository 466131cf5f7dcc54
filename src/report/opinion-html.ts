/**
 * A supervision opinion (督导意见书) as one self-contained HTML page that prints cleanly on A4:
 * page size and margins after the layout of official documents (GB/T 9704: top 37 mm, bottom
 * 35 mm, binding side 28 mm, outer side 26 mm), a 仿宋 body and 宋体 / 黑体 headings with
 * fallbacks on every system, table headers repeated on each page, rows never split, and the
 * annexed issue list on its own landscape pages. No script, no external resource.
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
import type { OpinionRenderOptions } from './opinion-markdown.js';
import { escapeXml as esc } from './svg/primitives.js';

// Fonts: what Chinese offices use, then what Windows, macOS and Linux ship, then the generic family.
const BODY_FONTS =
  '"FangSong_GB2312", "仿宋_GB2312", "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", "SimSun", serif';
const TITLE_FONTS =
  '"FZXiaoBiaoSong-B05S", "方正小标宋简体", "STSong", "SimSun", "宋体", "Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", serif';
const HEADING_FONTS =
  '"SimHei", "黑体", "STHeiti", "Heiti SC", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", sans-serif';

const CSS = `
@page { size: A4; margin: 37mm 26mm 35mm 28mm; }
@page annex { size: A4 landscape; margin: 28mm 25mm 26mm 25mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0 auto; max-width: 210mm; padding: 12mm; color: #000; background: #fff;
  font-family: ${BODY_FONTS}; font-size: 16pt; line-height: 1.75; }
h1 { font-family: ${TITLE_FONTS}; font-size: 22pt; font-weight: normal; text-align: center; margin: 0 0 6mm; letter-spacing: 0.1em; }
.number { text-align: center; margin: 0 0 8mm; }
.subject { font-family: ${TITLE_FONTS}; font-size: 18pt; text-align: center; margin: 0 0 8mm; }
.recipient { margin: 0; }
.number, .subject, .recipient { text-indent: 0; }
h2 { font-family: ${HEADING_FONTS}; font-size: 16pt; font-weight: normal; margin: 4mm 0 0; break-after: avoid; page-break-after: avoid; }
h3 { font-family: ${BODY_FONTS}; font-size: 16pt; font-weight: bold; margin: 2mm 0 0; break-after: avoid; page-break-after: avoid; }
p { margin: 0; text-indent: 2em; orphans: 2; widows: 2; }
ul, ol { margin: 0; padding-left: 4em; }
li { break-inside: avoid; page-break-inside: avoid; }
.caption { text-indent: 0; text-align: center; font-weight: bold; margin-top: 3mm; break-after: avoid; page-break-after: avoid; }
table { width: 100%; border-collapse: collapse; font-size: 12pt; line-height: 1.4; margin: 2mm 0 4mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 1mm 1.5mm; vertical-align: top; text-align: left; }
th { font-family: ${HEADING_FONTS}; font-weight: normal; text-align: center; }
.signature { margin-top: 12mm; text-align: right; text-indent: 0; }
.signature p { text-indent: 0; }
.annex-note { margin-top: 6mm; text-indent: 0; }
.annex { break-before: page; page-break-before: always; page: annex; }
.annex h2 { font-family: ${HEADING_FONTS}; }
.annex table { font-size: 10.5pt; }
@media print { body { max-width: none; padding: 0; } }
`;

function blockHtml(block: OpinionBlock, lang: Lang): string {
  switch (block.kind) {
    case 'heading':
      return `<h3>${esc(block.text[lang])}</h3>`;
    case 'paragraph':
      return `<p>${esc(block.text[lang])}</p>`;
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul';
      return `<${tag}>${block.items.map((i) => `<li>${esc(i[lang])}</li>`).join('')}</${tag}>`;
    }
    default: {
      const head = block.columns.map((c) => `<th scope="col">${esc(c[lang])}</th>`).join('');
      const body = block.rows
        .map((r) => `<tr>${r.map((c) => `<td>${esc(c[lang])}</td>`).join('')}</tr>`)
        .join('');
      return `<p class="caption">${esc(block.caption[lang])}</p><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table>`;
    }
  }
}

function sectionHtml(section: OpinionSection, lang: Lang): string {
  const cls = section.id === 'annex' ? ' class="annex"' : '';
  return `<section id="${section.id}"${cls}><h2>${esc(section.heading[lang])}</h2>${section.blocks.map((b) => blockHtml(b, lang)).join('')}</section>`;
}

/**
 * Renders a supervision opinion (督导意见书) as one self-contained HTML page for printing on A4
 * (`@page { size: A4 }`, margins after the layout of official documents, 仿宋 body with
 * fallbacks, table headers repeated on each page, the issue list on landscape pages of its own).
 * No script and no external resource: the file can be mailed, archived and printed as it is.
 *
 * @category Reports
 * @param opinion - from `supervisionOpinion`
 * @param options - `lang` (`zh` default)
 * @returns the HTML page
 * @example
 * ```ts
 * const html = renderSupervisionOpinionHtml(supervisionOpinion(sampleCity, options));
 * html.includes('@page { size: A4;'); //=> true
 * ```
 */
export function renderSupervisionOpinionHtml(
  opinion: SupervisionOpinion,
  options: OpinionRenderOptions = {},
): string {
  expectSupervisionOpinion(opinion);
  const lang = reportOptionsOf(options).lang;
  const zh = lang === 'zh';
  const body: string[] = [`<h1>${esc(opinion.title[lang])}</h1>`];
  if (opinion.documentNumber !== null) body.push(`<p class="number">${esc(opinion.documentNumber)}</p>`);
  body.push(`<p class="subject">${esc(opinion.subject[lang])}</p>`);
  body.push(`<p class="recipient">${esc(zh ? `${opinion.recipient}：` : `To: ${opinion.recipient}`)}</p>`);
  const annex = opinion.sections.filter((s) => s.id === 'annex');
  for (const section of opinion.sections) if (section.id !== 'annex') body.push(sectionHtml(section, lang));
  if (annex.length > 0) body.push(`<p class="annex-note">${zh ? '附件：问题清单' : 'Annex: issue list'}</p>`);
  body.push(
    `<div class="signature"><p>${esc(opinion.issuer)}</p><p>${esc(opinionDateText(opinion.date, lang))}</p></div>`,
  );
  for (const section of annex) body.push(sectionHtml(section, lang));
  const title = `${opinion.title[lang]}${zh ? '：' : ': '}${opinion.subject[lang]}`;
  return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}
