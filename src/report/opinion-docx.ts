/**
 * A supervision opinion (督导意见书) as a Word document (DOCX), because Word files are what offices
 * file, edit and stamp. Written with the `docx` library (MIT, actively maintained, runs in Node and
 * in browsers, no native code), loaded only when this renderer is called, so a bundle that never
 * writes DOCX does not carry it. A4 portrait with the margins of official documents (GB/T 9704),
 * 仿宋 body at 三号 (16 pt), a 小标宋 title, 黑体 headings, and the annexed issue list in a
 * landscape section of its own, its header row repeated on each page.
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
import { loadOptionalPackage } from './optional-package.js';

type Docx = typeof import('docx');
// An optional peer dependency: installed by the apps that write DOCX.
const DOCX = { name: 'docx', needed: { en: 'DOCX output', zh: '输出 DOCX ' } } as const;
type Child = InstanceType<Docx['Paragraph']> | InstanceType<Docx['Table']>;

// Twentieths of a point per millimetre.
const TWIPS_PER_MM = 1440 / 25.4;
const mm = (value: number): number => Math.round(value * TWIPS_PER_MM);
// A4 in twips: 210 × 297 mm.
const A4 = { width: 11906, height: 16838 } as const;

const LATIN = 'Times New Roman';
const FONTS = {
  body: { ascii: LATIN, hAnsi: LATIN, eastAsia: '仿宋_GB2312', cs: LATIN },
  title: { ascii: LATIN, hAnsi: LATIN, eastAsia: '方正小标宋简体', cs: LATIN },
  heading: { ascii: LATIN, hAnsi: LATIN, eastAsia: '黑体', cs: LATIN },
  bold: { ascii: LATIN, hAnsi: LATIN, eastAsia: '楷体_GB2312', cs: LATIN },
} as const;
// Sizes in half-points: 二号 22 pt, 三号 16 pt, 小四 12 pt, 五号 10.5 pt.
const SIZE = { title: 44, body: 32, table: 24, annex: 21 } as const;

function run(d: Docx, text: string, font: keyof typeof FONTS, size: number, bold = false) {
  return new d.TextRun({ text, font: { ...FONTS[font] }, size, bold });
}

function para(
  d: Docx,
  text: string,
  options: {
    font?: keyof typeof FONTS;
    size?: number;
    indent?: boolean;
    align?: 'center' | 'right' | 'left';
    heading?: 1 | 2;
    keepNext?: boolean;
    bold?: boolean;
  } = {},
) {
  const align =
    options.align === 'center'
      ? d.AlignmentType.CENTER
      : options.align === 'right'
        ? d.AlignmentType.RIGHT
        : d.AlignmentType.JUSTIFIED;
  return new d.Paragraph({
    children: [run(d, text, options.font ?? 'body', options.size ?? SIZE.body, options.bold)],
    alignment: align,
    ...(options.heading === undefined
      ? {}
      : { heading: options.heading === 1 ? d.HeadingLevel.HEADING_1 : d.HeadingLevel.HEADING_2 }),
    ...(options.indent === false ? {} : { indent: { firstLine: 640 } }),
    spacing: { line: 560, lineRule: d.LineRuleType.EXACT },
    keepNext: options.keepNext ?? false,
  });
}

function tableOf(d: Docx, block: Extract<OpinionBlock, { kind: 'table' }>, lang: Lang, size: number) {
  const cell = (text: string, header: boolean) =>
    new d.TableCell({
      children: [
        new d.Paragraph({
          children: [run(d, text, header ? 'heading' : 'body', size)],
          alignment: header ? d.AlignmentType.CENTER : d.AlignmentType.LEFT,
        }),
      ],
    });
  return new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [
      new d.TableRow({
        tableHeader: true,
        cantSplit: true,
        children: block.columns.map((c) => cell(c[lang], true)),
      }),
      ...block.rows.map(
        (r) => new d.TableRow({ cantSplit: true, children: r.map((c) => cell(c[lang], false)) }),
      ),
    ],
  });
}

function blockChildren(d: Docx, block: OpinionBlock, lang: Lang, tableSize: number): Child[] {
  switch (block.kind) {
    case 'heading':
      return [para(d, block.text[lang], { font: 'bold', heading: 2, keepNext: true })];
    case 'paragraph':
      return [para(d, block.text[lang])];
    case 'list':
      return block.items.map((item, i) => para(d, `${block.ordered ? `${i + 1}. ` : '· '}${item[lang]}`));
    default:
      return [
        para(d, block.caption[lang], { align: 'center', indent: false, keepNext: true, font: 'heading' }),
        tableOf(d, block, lang, tableSize),
      ];
  }
}

function sectionChildren(d: Docx, section: OpinionSection, lang: Lang, tableSize: number): Child[] {
  return [
    para(d, section.heading[lang], { font: 'heading', heading: 1, keepNext: true }),
    ...section.blocks.flatMap((b) => blockChildren(d, b, lang, tableSize)),
  ];
}

/**
 * Renders a supervision opinion (督导意见书) as a Word document (DOCX, Office Open XML): A4 with
 * the margins of official documents, a 仿宋 body at 16 pt, a 小标宋 title, 黑体 headings (Word
 * headings 1 and 2, so the navigation pane lists the sections), the signature, and the issue list
 * (附件) on landscape pages with its header row repeated. Offices file and edit it in Word or WPS.
 *
 * Asynchronous: the `docx` library is loaded on the first call, so a bundle that never writes
 * DOCX does not carry it. `docx` is an optional peer dependency (`npm install docx`): when it is
 * not installed, the promise rejects with a `DudaoError` whose code is `missing-dependency`. Works in Node and in browsers (wrap the bytes in a `Blob` to download).
 *
 * @category Reports
 * @param opinion - from `supervisionOpinion`
 * @param options - `lang` (`zh` default)
 * @returns the bytes of the .docx file
 * @example
 * ```ts
 * const bytes = await renderSupervisionOpinionDocx(supervisionOpinion(sampleCity, options));
 * writeFileSync('督导意见书.docx', bytes);
 * bytes[0] === 0x50 && bytes[1] === 0x4b; //=> true (a zip archive)
 * ```
 */
export async function renderSupervisionOpinionDocx(
  opinion: SupervisionOpinion,
  options: OpinionRenderOptions = {},
): Promise<Uint8Array> {
  expectSupervisionOpinion(opinion);
  const lang = reportOptionsOf(options).lang;
  const zh = lang === 'zh';
  const d: Docx = await loadOptionalPackage(DOCX, () => import('docx'));
  const main: Child[] = [
    para(d, opinion.title[lang], { font: 'title', size: SIZE.title, align: 'center', indent: false }),
  ];
  if (opinion.documentNumber !== null)
    main.push(para(d, opinion.documentNumber, { align: 'center', indent: false }));
  main.push(para(d, opinion.subject[lang], { font: 'title', size: 36, align: 'center', indent: false }));
  main.push(para(d, zh ? `${opinion.recipient}：` : `To: ${opinion.recipient}`, { indent: false }));
  for (const section of opinion.sections) {
    if (section.id !== 'annex') main.push(...sectionChildren(d, section, lang, SIZE.table));
  }
  const annex = opinion.sections.filter((s) => s.id === 'annex');
  if (annex.length > 0) main.push(para(d, zh ? '附件：问题清单' : 'Annex: issue list'));
  main.push(para(d, ''));
  main.push(para(d, opinion.issuer, { align: 'right', indent: false }));
  main.push(para(d, opinionDateText(opinion.date, lang), { align: 'right', indent: false }));

  const portrait = {
    page: {
      size: { width: A4.width, height: A4.height },
      margin: { top: mm(37), bottom: mm(35), left: mm(28), right: mm(26) },
    },
  };
  const landscape = {
    page: {
      size: { width: A4.width, height: A4.height, orientation: d.PageOrientation.LANDSCAPE },
      margin: { top: mm(28), bottom: mm(26), left: mm(25), right: mm(25) },
    },
  };
  const document = new d.Document({
    creator: opinion.issuer,
    title: `${opinion.title[lang]} ${opinion.subject[lang]}`,
    styles: { default: { document: { run: { font: { ...FONTS.body }, size: SIZE.body } } } },
    sections: [
      { properties: portrait, children: main },
      ...annex.map((section) => ({
        properties: landscape,
        children: sectionChildren(d, section, lang, SIZE.annex),
      })),
    ],
  });
  return d.Packer.pack(document, 'uint8array');
}
