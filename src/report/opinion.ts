/**
 * The supervision opinion (督导意见书 / 督导反馈意见) as data: what an inspection found in a county,
 * built from the city's documents (counties with their datasets, the issue ledger, the
 * inspections) on a day, in the order offices write it: 基本情况, 主要成效（达标情况）, 存在问题
 * (共性问题, 个性问题), for a return visit 整改复查情况, 督导意见 (requirements, deadline, units,
 * how to report back) and 附件 (the issue list). 《教育督导条例》 arts. 20–22: the office issues an
 * opinion with a deadline, the county rectifies and reports, the office re-checks.
 *
 * The document is plain data (sections with headings, paragraphs, lists and tables, every text in
 * Chinese and English) that the Markdown, HTML and DOCX renderers print as it is. People read
 * names: counties, schools and kindergartens by name, categories in Chinese, the inspection by its
 * title. Figures are rounded here, for reading; decisions come from the assessments.
 * @module
 */
import * as z from 'zod/mini';
import { assessCompulsory, type CompulsoryAssessment } from '../assess/county.js';
import { explainResult } from '../assess/explain.js';
import { assessPreschool } from '../assess/preschool.js';
import type { PreschoolAssessment } from '../assess/preschool-types.js';
import type { IndicatorResult } from '../assess/types.js';
import { DudaoError, dudaoError, type FieldPath, quoteInput, withinPath } from '../error.js';
import { expectKind } from '../guard.js';
import { compulsoryQuality2017 } from '../indicators/compulsory-quality-2017.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import { preschool2020 } from '../indicators/preschool-2020.js';
import type { IndicatorSet, Label } from '../indicators/types.js';
import { issueCategoryLabel } from '../ledger/categories.js';
import { loadLedger, replayLedger } from '../ledger/fold.js';
import { compareText } from '../ledger/query.js';
import {
  EMPTY_LEDGER_STATE,
  ISSUE_STATUS_LABELS,
  type IssueState,
  type IssueStatus,
  isRectifiedStatus,
  type LedgerState,
  RECHECK_OUTCOME_LABELS,
} from '../ledger/types.js';
import { dateSchema, TEXT_LIMITS } from '../schema/common.js';
import { type CityInput, cityInputSchema, type Inspection, inspectionsSchema } from '../schema/inspection.js';
import { parseWithSchema } from '../schema/parse.js';
import { returnVisitSentence, returnVisitSummary } from '../scoring/return-visit.js';
import { STAGE_LABELS } from './labels.js';
import { inspectionTitle, KIND_LABELS, LEVEL_LABELS } from './names.js';

/**
 * What the caller decides of a supervision opinion (督导意见书): the inspection, the day, the
 * issuing office, the recipient, the deadline for the rectification report and, optionally, the
 * document number, the county (when the inspection covered several), the inspection's title and
 * the indicator sets.
 *
 * @category Reports
 * @example
 * ```ts
 * const options: SupervisionOpinionOptions = {
 *   inspection: 'SL-2025-05-process', county: '990102', asOf: '2025-06-10',
 *   issuer: '示例市人民政府教育督导室', recipient: '西山县人民政府', deadline: '2025-09-30',
 *   documentNumber: '示督〔2025〕12号',
 * };
 * ```
 */
export interface SupervisionOpinionOptions {
  /** The inspection's id (督导活动编号), as in the city's `inspections`. */
  readonly inspection: string;
  /** The day of the opinion (成文日期, YYYY-MM-DD): ledger events after it are left out. */
  readonly asOf: string;
  /** The issuing office (发文机关), e.g. 示例市人民政府教育督导室. */
  readonly issuer: string;
  /** The recipient (主送机关), e.g. 西山县人民政府. */
  readonly recipient: string;
  /** The day by which the rectification must be done and reported (整改时限, YYYY-MM-DD), not before `asOf`. */
  readonly deadline: string;
  /** The document number (文号), e.g. 示督〔2025〕12号. */
  readonly documentNumber?: string | undefined;
  /** The county the opinion is addressed to (a code of the inspection's counties); default: every county of the inspection. */
  readonly county?: string | undefined;
  /** The inspection's title (督导活动名称); default: made from its level, kind and dates. */
  readonly title?: string | undefined;
  /** The compulsory-education set (default `compulsoryQuality2017`). */
  readonly compulsorySet?: IndicatorSet | undefined;
  /** The preschool set (default `preschool2020`). */
  readonly preschoolSet?: IndicatorSet | undefined;
}

/**
 * A sub-heading inside a section of an opinion, e.g. （一）共性问题.
 *
 * @category Reports
 * @example
 * ```ts
 * const block: OpinionHeading = { kind: 'heading', text: { zh: '（一）共性问题', en: '(1) Common problems' } };
 * ```
 */
export interface OpinionHeading {
  /** `heading`. */
  readonly kind: 'heading';
  /** The heading. */
  readonly text: Label;
}

/**
 * A paragraph of an opinion.
 *
 * @category Reports
 * @example
 * ```ts
 * const block: OpinionParagraph = { kind: 'paragraph', text: { zh: '……', en: '…' } };
 * ```
 */
export interface OpinionParagraph {
  /** `paragraph`. */
  readonly kind: 'paragraph';
  /** The text. */
  readonly text: Label;
}

/**
 * A list of an opinion: numbered (1. 2. 3.) or not.
 *
 * @category Reports
 * @example
 * ```ts
 * const block: OpinionList = { kind: 'list', ordered: true, items: [{ zh: '严格控制班额', en: '严格控制班额' }] };
 * ```
 */
export interface OpinionList {
  /** `list`. */
  readonly kind: 'list';
  /** Numbered. */
  readonly ordered: boolean;
  /** The items. */
  readonly items: readonly Label[];
}

/**
 * A table of an opinion: a caption, the column headings and the rows, every cell in both
 * languages (names and descriptions from the data are the same text twice).
 *
 * @category Reports
 * @example
 * ```ts
 * const block: OpinionTable = {
 *   kind: 'table', caption: { zh: '问题清单', en: 'Issue list' },
 *   columns: [{ zh: '序号', en: 'No.' }], rows: [[{ zh: '1', en: '1' }]],
 * };
 * ```
 */
export interface OpinionTable {
  /** `table`. */
  readonly kind: 'table';
  /** The caption (表题). */
  readonly caption: Label;
  /** Column headings. */
  readonly columns: readonly Label[];
  /** Rows, each with one cell per column. */
  readonly rows: readonly (readonly Label[])[];
}

/**
 * One block of a section of an opinion.
 *
 * @category Reports
 * @example
 * ```ts
 * const texts = section.blocks.filter((b): b is OpinionParagraph => b.kind === 'paragraph');
 * ```
 */
export type OpinionBlock = OpinionHeading | OpinionParagraph | OpinionList | OpinionTable;

/**
 * The sections of an opinion, in the order they are written: 基本情况 `basics`, 主要成效
 * `achievements`, 存在问题 `problems`, 整改复查情况 `recheck` (return visits only), 督导意见
 * `requirements`, 附件 `annex`.
 *
 * @category Reports
 * @example
 * ```ts
 * const id: OpinionSectionId = 'requirements';
 * ```
 */
export type OpinionSectionId = 'basics' | 'achievements' | 'problems' | 'recheck' | 'requirements' | 'annex';

/**
 * One section of an opinion: its id, its numbered heading and its blocks.
 *
 * @category Reports
 * @example
 * ```ts
 * const basics: OpinionSection = supervisionOpinion(sampleCity, options).sections[0]!;
 * basics.heading.zh; //=> '一、基本情况'
 * ```
 */
export interface OpinionSection {
  /** Which section. */
  readonly id: OpinionSectionId;
  /** Its heading, numbered (一、二、…; the annex is 附件). */
  readonly heading: Label;
  /** Its content. */
  readonly blocks: readonly OpinionBlock[];
}

/**
 * One row of the issue list of an opinion (附件：问题清单).
 *
 * @category Reports
 * @example
 * ```ts
 * const row: OpinionIssue = supervisionOpinion(sampleCity, options).issues[0]!;
 * row.where; //=> '西山县第三小学'
 * ```
 */
export interface OpinionIssue {
  /** 序号, from 1. */
  readonly number: number;
  /** The issue's id (问题编号). */
  readonly id: string;
  /** The county's name. */
  readonly county: string;
  /** The school, kindergarten or department by name (学校/单位); 县域 for a county-wide issue. */
  readonly where: Label;
  /** The category in both languages (问题类别). */
  readonly category: Label;
  /** 共性 or 个性. */
  readonly commonality: 'common' | 'individual';
  /** The description (问题描述). */
  readonly description: string;
  /** Lead units (牵头单位). */
  readonly lead: readonly string[];
  /** Supporting units (配合单位). */
  readonly supporting: readonly string[];
  /** The deadline in force on the day of the opinion (整改时限). */
  readonly deadline: string;
  /** The status on the day of the opinion. */
  readonly status: IssueStatus;
  /** `this`: fed back by this inspection; `earlier`: an earlier issue the return visit found not yet rectified. */
  readonly origin: 'this' | 'earlier';
}

/**
 * A supervision opinion (督导意见书) as data: who issues it to whom, on which day, with which
 * deadline, the inspection it concludes, the counties concerned, the issue list and the sections
 * in order. Every text is in Chinese and English; render it with
 * `renderSupervisionOpinionMarkdown`, `renderSupervisionOpinionHtml` or
 * `renderSupervisionOpinionDocx`.
 *
 * @category Reports
 * @example
 * ```ts
 * const opinion: SupervisionOpinion = supervisionOpinion(sampleCity, options);
 * opinion.sections.map((s) => s.id); //=> ['basics', 'achievements', 'problems', 'requirements', 'annex']
 * ```
 */
export interface SupervisionOpinion {
  /** The document's title (督导意见书). */
  readonly title: Label;
  /** What it is about, e.g. 关于西山县义务教育优质均衡发展和学前教育普及普惠省级过程督导的督导意见. */
  readonly subject: Label;
  /** The document number (文号); null when not given. */
  readonly documentNumber: string | null;
  /** The issuing office (发文机关). */
  readonly issuer: string;
  /** The recipient (主送机关). */
  readonly recipient: string;
  /** The day of the opinion (成文日期). */
  readonly date: string;
  /** The deadline for the rectification report (整改时限). */
  readonly deadline: string;
  /** The inspection: id, title, kind, level and dates. */
  readonly inspection: {
    /** Its id. */
    readonly id: string;
    /** Its title (督导活动名称). */
    readonly title: Label;
    /** Its kind. */
    readonly kind: Inspection['kind'];
    /** Its level. */
    readonly level: Inspection['level'];
    /** First day. */
    readonly start: string;
    /** Last day. */
    readonly end: string;
  };
  /** The counties the opinion concerns, by code and name. */
  readonly counties: readonly {
    /** County code. */
    readonly code: string;
    /** County name. */
    readonly name: Label;
  }[];
  /** The issue list (附件), in the order raised: this inspection's issues, then (a return visit) the earlier ones still open. */
  readonly issues: readonly OpinionIssue[];
  /** The sections, in order. */
  readonly sections: readonly OpinionSection[];
}

// ── Validation ─────────────────────────────────────────────────────────────────────────────────

const textSchema = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.name));
const idText = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id));

/**
 * The zod schema of {@link SupervisionOpinionOptions} as data (the indicator sets aside, which are
 * checked by shape): what `dudao/schemas/supervision-opinion-options.json` is made from.
 * @internal
 * @example
 * ```ts
 * parseWithSchema(supervisionOpinionOptionsSchema, { inspection: 'SL-2025-11-return', asOf: '2025-12-05',
 *   issuer: '示例市人民政府教育督导室', recipient: '西山县人民政府', deadline: '2026-03-31' }).deadline; //=> '2026-03-31'
 * ```
 */
export const supervisionOpinionOptionsSchema = /* @__PURE__ */ z.strictObject({
  inspection: idText,
  asOf: dateSchema,
  issuer: textSchema,
  recipient: textSchema,
  deadline: dateSchema,
  documentNumber: z.optional(textSchema),
  county: z.optional(idText),
  title: z.optional(textSchema),
  compulsorySet: z.optional(z.unknown()),
  preschoolSet: z.optional(z.unknown()),
});

// ── Words ──────────────────────────────────────────────────────────────────────────────────────

const PROGRAMME_LABELS: Readonly<Record<string, Label>> = {
  'compulsory-basic': { zh: '义务教育基本均衡发展', en: 'basic balance of compulsory education' },
  'compulsory-quality': { zh: '义务教育优质均衡发展', en: 'high-quality balance of compulsory education' },
  preschool: { zh: '学前教育普及普惠', en: 'universal and inclusive preschool education' },
  'supervision-reform': { zh: '教育督导体制机制改革', en: 'supervision reform' },
};

const MODE_LABELS: Readonly<Record<string, Label>> = {
  immediate: { zh: '立行立改', en: 'immediate' },
  deadline: { zh: '限期整改', en: 'by the deadline' },
  'long-term': { zh: '长期坚持', en: 'long-term' },
};

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function numeral(n: number): string {
  if (n <= 10) return NUMERALS[n - 1] as string;
  if (n < 20) return `十${NUMERALS[n - 11] as string}`;
  return String(n);
}

function plural(n: number, word: string): string {
  return n === 1 ? word : `${word}s`;
}

function same(text: string): Label {
  return { zh: text, en: text };
}

function label(zh: string, en: string): Label {
  return { zh, en };
}

// A date written the Chinese way: 2025年5月12日.
function dateZh(date: string): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

function joinZh(items: readonly string[]): string {
  return items.join('、');
}

function joinEn(items: readonly string[]): string {
  return items.join(', ');
}

// ── Names ──────────────────────────────────────────────────────────────────────────────────────

interface CountyData {
  readonly code: string;
  readonly name: Label;
  readonly compulsory?: CompulsoryAssessment;
  readonly preschool?: PreschoolAssessment;
  readonly compulsorySet: IndicatorSet;
  readonly preschoolSet: IndicatorSet;
  readonly schools: ReadonlyMap<string, string>;
  readonly kindergartens: ReadonlyMap<string, string>;
}

function whereOf(issue: IssueState, county: CountyData | undefined): Label {
  const scope = issue.issue.scope;
  switch (scope.kind) {
    case 'county':
      return label('县域', 'county-wide');
    case 'school':
      return same(county?.schools.get(scope.schoolId) ?? scope.schoolId);
    case 'kindergarten':
      return same(county?.kindergartens.get(scope.kindergartenId) ?? scope.kindergartenId);
    default:
      return same(scope.unit);
  }
}

function indicatorName(data: CountyData | undefined, programme: string, id: string): Label {
  const sets: IndicatorSet[] = [];
  if (data?.compulsory !== undefined) sets.push(data.compulsorySet);
  if (data?.preschool !== undefined) sets.push(data.preschoolSet);
  const ordered = programme === 'preschool' ? sets.reverse() : sets;
  for (const set of ordered) {
    const found = set.indicators.find((i) => i.id === id || (i.aliases ?? []).includes(id));
    if (found !== undefined) return { zh: found.name.zh, en: found.name.en };
  }
  return same(id);
}

// The result of an indicator for one institution in the county's assessments.
function resultFor(data: CountyData | undefined, issue: IssueState): IndicatorResult | undefined {
  const indicator = issue.issue.indicator;
  if (data === undefined || indicator === undefined) return undefined;
  const scope = issue.issue.scope;
  if (scope.kind === 'school' && data.compulsory !== undefined) {
    const sections = data.compulsory.sections.filter(
      (s) =>
        s.schoolId === scope.schoolId && (issue.issue.stage === undefined || s.stage === issue.issue.stage),
    );
    for (const section of sections) {
      const r = section.results.find((x) => x.indicator === indicator);
      if (r !== undefined && r.met === false) return r;
    }
    for (const section of sections) {
      const r = section.results.find((x) => x.indicator === indicator);
      if (r !== undefined) return r;
    }
    return data.compulsory.schools
      .find((s) => s.schoolId === scope.schoolId)
      ?.results.find((x) => x.indicator === indicator);
  }
  if (scope.kind === 'kindergarten' && data.preschool !== undefined) {
    return data.preschool.kindergartens
      .find((k) => k.kindergartenId === scope.kindergartenId)
      ?.results.find((x) => x.indicator === indicator);
  }
  if (scope.kind === 'county' || scope.kind === 'department') {
    const lists = [
      ...(data.compulsory === undefined
        ? []
        : [data.compulsory.countyIndicators, data.compulsory.preconditions, data.compulsory.vetoes]),
      ...(data.preschool === undefined ? [] : [data.preschool.countyIndicators, data.preschool.vetoes]),
    ];
    for (const list of lists) {
      const r = list.find(
        (x) =>
          x.indicator === indicator && (issue.issue.stage === undefined || x.stage === issue.issue.stage),
      );
      if (r !== undefined) return r;
    }
  }
  return undefined;
}

// ── The sections ───────────────────────────────────────────────────────────────────────────────

interface Context {
  readonly inspection: Inspection;
  readonly title: Label;
  readonly counties: readonly CountyData[];
  readonly byCode: ReadonlyMap<string, CountyData>;
  readonly state: LedgerState;
  readonly asOf: string;
  readonly options: SupervisionOpinionOptions;
}

function basics(ctx: Context): OpinionBlock[] {
  const i = ctx.inspection;
  const codes = new Set(ctx.counties.map((c) => c.code));
  const names = ctx.counties.map((c) => c.name);
  const programmes = i.programmes.map((p) => PROGRAMME_LABELS[p] ?? same(p));
  const visits = i.institutionsVisited.filter((v) => codes.has(v.county));
  const seen = new Set<string>();
  const schools: string[] = [];
  const kindergartens: string[] = [];
  for (const v of visits) {
    const key = `${v.county}/${v.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const data = ctx.byCode.get(v.county);
    const isKindergarten =
      v.kind === 'kindergarten' || (v.kind === undefined && data?.kindergartens.has(v.id) === true);
    if (isKindergarten) kindergartens.push(data?.kindergartens.get(v.id) ?? v.id);
    else schools.push(data?.schools.get(v.id) ?? v.id);
  }
  const same1 = i.dates.start === i.dates.end;
  const whenZh = same1
    ? dateZh(i.dates.start)
    : `${dateZh(i.dates.start)}至${i.dates.start.slice(0, 4) === i.dates.end.slice(0, 4) ? dateZh(i.dates.end).slice(5) : dateZh(i.dates.end)}`;
  const whenEn = same1 ? i.dates.start : `${i.dates.start} to ${i.dates.end}`;
  const blocks: OpinionBlock[] = [];
  const groups = i.team?.groups.length ?? 0;
  const countyZh = joinZh(names.map((n) => n.zh));
  const countyEn = joinEn(names.map((n) => n.en));
  blocks.push({
    kind: 'paragraph',
    text: label(
      `${whenZh}，${LEVEL_LABELS[i.level].zh}督导组对${countyZh}${joinZh(programmes.map((p) => p.zh))}工作开展了${KIND_LABELS[i.kind].zh}${ctx.options.title === undefined ? '' : `（${ctx.title.zh}）`}。` +
        (groups > 0 ? `督导组分${groups}个检查组，` : '督导组') +
        `采取听取汇报、查阅资料、实地察看、个别访谈和问卷调查等方式，实地察看学校${schools.length}所、幼儿园${kindergartens.length}所` +
        (i.departmentsVisited.length > 0
          ? `，走访${joinZh(i.departmentsVisited)}等${i.departmentsVisited.length}个部门`
          : '') +
        (i.interviews === undefined
          ? ''
          : `，访谈${i.interviews.total}人（干部${i.interviews.officials}人、教师${i.interviews.teachers}人、家长${i.interviews.parents}人、其他${i.interviews.others}人）`) +
        '。现将督导情况和意见反馈如下。',
      `From ${whenEn} a ${LEVEL_LABELS[i.level].en} team carried out a ${KIND_LABELS[i.kind].en}${ctx.options.title === undefined ? '' : ` (${ctx.title.en})`} of ${countyEn} on ${joinEn(programmes.map((p) => p.en))}. ` +
        (groups > 0 ? `In ${groups} groups, it ` : 'It ') +
        `heard reports, read the records, visited ${schools.length} schools and ${kindergartens.length} kindergartens` +
        (i.departmentsVisited.length > 0
          ? `, called on ${i.departmentsVisited.length} departments (${joinEn(i.departmentsVisited)})`
          : '') +
        (i.interviews === undefined
          ? ''
          : ` and interviewed ${i.interviews.total} people (${i.interviews.officials} officials, ${i.interviews.teachers} teachers, ${i.interviews.parents} parents, ${i.interviews.others} others)`) +
        '. Its findings and opinion follow.',
    ),
  });
  if (schools.length > 0 || kindergartens.length > 0) {
    const items: Label[] = [];
    if (schools.length > 0) items.push(label(`学校：${joinZh(schools)}`, `Schools: ${joinEn(schools)}`));
    if (kindergartens.length > 0)
      items.push(label(`幼儿园：${joinZh(kindergartens)}`, `Kindergartens: ${joinEn(kindergartens)}`));
    blocks.push({
      kind: 'paragraph',
      text: label('实地察看的学校和幼儿园：', 'Schools and kindergartens visited:'),
    });
    blocks.push({ kind: 'list', ordered: false, items });
  }
  return blocks;
}

const NAMES_SHOWN = 8;

// The indicators met, by name: all of them up to NAMES_SHOWN, else the first ones and how many more.
function metText(met: readonly Label[], total: number): Label {
  const shown = met.slice(0, NAMES_SHOWN);
  const more = met.length - shown.length;
  return label(
    `县级指标${total}项中${met.length}项达标` +
      (shown.length === 0 ? '' : `：${joinZh(shown.map((m) => m.zh))}${more > 0 ? `等${met.length}项` : ''}`),
    `${met.length} of ${total} county indicators met` +
      (shown.length === 0 ? '' : `: ${joinEn(shown.map((m) => m.en))}${more > 0 ? ` and ${more} more` : ''}`),
  );
}

function countNames(results: readonly IndicatorResult[], set: IndicatorSet): { met: Label[]; total: number } {
  const decided = results.filter((r) => r.met !== null);
  const met = decided
    .filter((r) => r.met === true)
    .map((r) => {
      const found = set.indicators.find((i) => i.id === r.indicator);
      const stage = r.stage === 'primary' || r.stage === 'junior' ? STAGE_LABELS[r.stage] : null;
      const name = found === undefined ? same(r.indicator) : found.name;
      return stage === null ? name : label(`${name.zh}（${stage.zh}）`, `${name.en} (${stage.en})`);
    });
  return { met, total: decided.length };
}

function verdictWords(status: string): Label {
  if (status === 'passed') return label('达到评估标准', 'meets the standard');
  if (status === 'failed') return label('未达到评估标准', 'does not meet the standard');
  return label('因数据不全暂无法判定是否达到评估标准', 'cannot be judged yet (data missing)');
}

function achievements(ctx: Context): OpinionBlock[] {
  const blocks: OpinionBlock[] = [];
  for (const county of ctx.counties) {
    const c = county.compulsory;
    const p = county.preschool;
    if (c === undefined && p === undefined) continue;
    if (ctx.counties.length > 1) blocks.push({ kind: 'heading', text: county.name });
    if (c !== undefined) {
      const set = county.compulsorySet;
      const verdict = verdictWords(c.status);
      blocks.push({
        kind: 'paragraph',
        text: label(
          `义务教育：按照${set.name.zh}测算，${county.name.zh}${c.year}年度数据${verdict.zh}。`,
          `Compulsory education: under ${set.name.en}, ${county.name.en}'s ${c.year} data ${verdict.en}.`,
        ),
      });
      const items: Label[] = [];
      const decided = c.sections.filter((s) => s.passed !== null);
      if (decided.length > 0) {
        const passed = decided.filter((s) => s.passed === true).length;
        items.push(
          label(
            `资源配置：参评的${decided.length}个学校学段中，${passed}个达到要求`,
            `Resource allocation: ${passed} of ${decided.length} school sections meet the requirement`,
          ),
        );
      }
      const variation = c.variation.filter((v) => v.met !== null);
      if (variation.length > 0) {
        const met = variation.filter((v) => v.met === true).length;
        items.push(
          label(
            `校际差异系数：${variation.length}项中${met}项达标`,
            `Variation between schools: ${met} of ${variation.length} coefficients within their limits`,
          ),
        );
      }
      const county1 = countNames([...c.preconditions, ...c.countyIndicators], set);
      if (county1.total > 0) {
        items.push(metText(county1.met, county1.total));
      }
      if (c.socialRecognition !== null && c.socialRecognition.met !== null) {
        const e = explainResult(c.socialRecognition);
        items.push(
          label(
            `社会认可度：${e.zh}，${c.socialRecognition.met ? '达到' : '未达到'}标准`,
            `Social recognition: ${e.en}, ${c.socialRecognition.met ? 'met' : 'not met'}`,
          ),
        );
      }
      if (items.length > 0) blocks.push({ kind: 'list', ordered: false, items });
    }
    if (p !== undefined) {
      const set = county.preschoolSet;
      const verdict = verdictWords(p.status);
      blocks.push({
        kind: 'paragraph',
        text: label(
          `学前教育：按照${set.name.zh}测算，${county.name.zh}${p.year}年度数据${verdict.zh}。`,
          `Preschool education: under ${set.name.en}, ${county.name.en}'s ${p.year} data ${verdict.en}.`,
        ),
      });
      const county1 = countNames(p.countyIndicators, set);
      const items: Label[] = [];
      if (county1.total > 0) {
        items.push(metText(county1.met, county1.total));
      }
      if (p.socialRecognition !== null && p.socialRecognition.met !== null) {
        const e = explainResult(p.socialRecognition);
        items.push(
          label(
            `社会认可度：${e.zh}，${p.socialRecognition.met ? '达到' : '未达到'}标准`,
            `Social recognition: ${e.en}, ${p.socialRecognition.met ? 'met' : 'not met'}`,
          ),
        );
      }
      if (items.length > 0) blocks.push({ kind: 'list', ordered: false, items });
    }
  }
  if (blocks.length === 0) {
    blocks.push({
      kind: 'paragraph',
      text: label(
        '本次督导所涉县（区）未提供评估数据，达标情况从略。',
        'No dataset was given for the counties inspected: the standards are not measured here.',
      ),
    });
  }
  return blocks;
}

interface Grouped {
  readonly key: string;
  readonly title: Label;
  readonly issues: readonly IssueState[];
}

// Common problems (共性问题): issues marked common, and an indicator (or a category without one)
// found at two or more schools or kindergartens of the county. The rest are individual
// (个性问题), listed school by school.
function splitProblems(issues: readonly IssueState[], data: CountyData | undefined) {
  const keyOf = (s: IssueState) =>
    s.issue.indicator === undefined ? `c:${s.issue.category}` : `i:${s.issue.indicator}`;
  const institutions = new Map<string, Set<string>>();
  for (const s of issues) {
    const scope = s.issue.scope;
    if (scope.kind !== 'school' && scope.kind !== 'kindergarten') continue;
    const key = keyOf(s);
    const set = institutions.get(key) ?? new Set<string>();
    set.add(scope.kind === 'school' ? scope.schoolId : scope.kindergartenId);
    institutions.set(key, set);
  }
  const common = new Map<string, IssueState[]>();
  const individual: IssueState[] = [];
  for (const s of issues) {
    const key = keyOf(s);
    if (s.issue.commonality === 'common' || (institutions.get(key)?.size ?? 0) >= 2) {
      const list = common.get(key) ?? [];
      list.push(s);
      common.set(key, list);
    } else individual.push(s);
  }
  const groups: Grouped[] = [...common.entries()].map(([key, list]) => {
    const first = list[0] as IssueState;
    const category = issueCategoryLabel(first.issue.category);
    const indicator = first.issue.indicator;
    const title =
      indicator === undefined
        ? category
        : (() => {
            const name = indicatorName(data, first.issue.programme, indicator);
            return label(`${category.zh}：${name.zh}`, `${category.en}: ${name.en}`);
          })();
    return { key, title, issues: list };
  });
  const bySite = new Map<string, IssueState[]>();
  for (const s of individual) {
    const w = whereOf(s, data).zh;
    const list = bySite.get(w) ?? [];
    list.push(s);
    bySite.set(w, list);
  }
  return { groups, bySite };
}

function figureRow(s: IssueState, data: CountyData | undefined): Label[] {
  const r = resultFor(data, s);
  const where = whereOf(s, data);
  const stage = s.issue.stage === undefined ? null : STAGE_LABELS[s.issue.stage as 'primary'];
  const e = r === undefined ? null : explainResult(r);
  const met =
    r === undefined || r.met === null
      ? label('—', '—')
      : r.met
        ? label('达标', 'met')
        : label('未达标', 'not met');
  return [
    stage === null || stage === undefined
      ? where
      : label(`${where.zh}（${stage.zh}）`, `${where.en} (${stage.en})`),
    e === null ? same(s.issue.description) : e,
    met,
  ];
}

function problems(ctx: Context, issues: readonly IssueState[]): OpinionBlock[] {
  const blocks: OpinionBlock[] = [];
  if (issues.length === 0) {
    blocks.push({
      kind: 'paragraph',
      text: label('本次督导未发现新的问题。', 'The inspection found no new problem.'),
    });
    return blocks;
  }
  for (const county of ctx.counties) {
    const own = issues.filter((s) => s.issue.county === county.code);
    if (ctx.counties.length > 1) blocks.push({ kind: 'heading', text: county.name });
    if (own.length === 0) {
      blocks.push({ kind: 'paragraph', text: label('未发现问题。', 'No problem found.') });
      continue;
    }
    const { groups, bySite } = splitProblems(own, county);
    const individualCount = own.length - groups.reduce((n, g) => n + g.issues.length, 0);
    blocks.push({
      kind: 'paragraph',
      text: label(
        `督导发现问题${own.length}个，其中共性问题${groups.length}类（${own.length - individualCount}个），个性问题${individualCount}个。`,
        `${own.length} ${plural(own.length, 'problem')} found: ${groups.length} common ${plural(groups.length, 'problem')} (${own.length - individualCount} ${plural(own.length - individualCount, 'issue')}) and ${individualCount} individual ${plural(individualCount, 'issue')}.`,
      ),
    });
    blocks.push({ kind: 'heading', text: label('（一）共性问题', '(1) Common problems') });
    if (groups.length === 0) blocks.push({ kind: 'paragraph', text: label('无。', 'None.') });
    groups.forEach((g, n) => {
      const sites = [...new Set(g.issues.map((s) => whereOf(s, county).zh))];
      const sitesEn = [...new Set(g.issues.map((s) => whereOf(s, county).en))];
      const descriptions = [...new Set(g.issues.map((s) => s.issue.description))];
      blocks.push({
        kind: 'paragraph',
        text: label(
          `${n + 1}. ${g.title.zh}。涉及${joinZh(sites)}（${g.issues.length}个问题）。${descriptions.length === 1 ? descriptions[0] : ''}`.trimEnd(),
          `${n + 1}. ${g.title.en}: ${joinEn(sitesEn)} (${g.issues.length} ${plural(g.issues.length, 'issue')}).${descriptions.length === 1 ? ` ${descriptions[0]}` : ''}`,
        ),
      });
      const withFigures = g.issues.filter((s) => resultFor(county, s) !== undefined);
      if (withFigures.length > 0) {
        blocks.push({
          kind: 'table',
          caption: label(`${g.title.zh}：测算值与标准`, `${g.title.en}: figures against the standard`),
          columns: [
            label('学校（幼儿园）/范围', 'School, kindergarten or scope'),
            label('测算', 'Figures'),
            label('结论', 'Result'),
          ],
          rows: withFigures.map((s) => figureRow(s, county)),
        });
      }
      if (descriptions.length > 1) {
        g.issues.forEach((s, k) => {
          const w = whereOf(s, county);
          blocks.push({
            kind: 'paragraph',
            text: label(
              `（${k + 1}）${w.zh}：${s.issue.description}`,
              `(${k + 1}) ${w.en}: ${s.issue.description}`,
            ),
          });
        });
      }
    });
    blocks.push({ kind: 'heading', text: label('（二）个性问题', '(2) Individual problems') });
    if (bySite.size === 0) blocks.push({ kind: 'paragraph', text: label('无。', 'None.') });
    let n = 0;
    for (const [site, list] of bySite) {
      n += 1;
      const en = whereOf(list[0] as IssueState, county).en;
      blocks.push({
        kind: 'paragraph',
        text: label(
          `${n}. ${site}（${list.length}个问题）`,
          `${n}. ${en} (${list.length} ${plural(list.length, 'issue')})`,
        ),
      });
      list.forEach((s, k) => {
        const category = issueCategoryLabel(s.issue.category);
        const r = resultFor(county, s);
        const figures = r === undefined || r.met !== false ? null : explainResult(r);
        blocks.push({
          kind: 'paragraph',
          text: label(
            `（${k + 1}）【${category.zh}】${s.issue.description}${figures === null ? '' : `（测算：${figures.zh}）`}`,
            `(${k + 1}) [${category.en}] ${s.issue.description}${figures === null ? '' : ` (figures: ${figures.en})`}`,
          ),
        });
      });
    }
  }
  return blocks;
}

function recheck(ctx: Context, stillOpen: readonly IssueState[]): OpinionBlock[] {
  const i = ctx.inspection;
  const summary = returnVisitSummary(ctx.state, {
    inspection: {
      id: i.id,
      counties: ctx.counties.map((c) => c.code),
      dates: i.dates,
      programmes: i.programmes,
    },
    asOf: ctx.asOf,
  });
  const blocks: OpinionBlock[] = [];
  // One county: its own group (the summary's new issues count every county of the visit).
  const only =
    ctx.counties.length === 1 ? summary.byCounty.find((g) => g.key === ctx.counties[0]?.code) : undefined;
  const counts = only ?? summary;
  const sentence = returnVisitSentence(counts);
  blocks.push({
    kind: 'paragraph',
    text: label(
      `本次回访对此前督导反馈的${counts.due}个问题逐项复查。${sentence.zh}。`,
      `The visit rechecked, item by item, the ${counts.due} ${plural(counts.due, 'issue')} fed back earlier. ${sentence.en}.`,
    ),
  });
  if (summary.items.length > 0) {
    const issueOf = new Map(ctx.state.issues.map((s) => [s.id, s]));
    blocks.push({
      kind: 'table',
      caption: label('复查问题及结论', 'Rechecked issues and outcomes'),
      columns: [
        label('序号', 'No.'),
        label('学校/单位', 'School or unit'),
        label('问题描述', 'Problem'),
        label('复查结论', 'Outcome'),
        label('复查情况', 'Finding'),
        label('当前状态', 'Status'),
      ],
      rows: summary.items.map((item, n) => {
        const state = issueOf.get(item.issueId) as IssueState;
        const r = item.recheck;
        return [
          same(String(n + 1)),
          whereOf(state, ctx.byCode.get(item.county)),
          same(item.description),
          r === null ? label('未复查', 'not rechecked') : RECHECK_OUTCOME_LABELS[r.outcome],
          same(r?.finding ?? '—'),
          ISSUE_STATUS_LABELS[item.status],
        ];
      }),
    });
  }
  blocks.push({
    kind: 'paragraph',
    text:
      stillOpen.length === 0
        ? label(
            '复查的问题均已整改或不再适用。',
            'Every rechecked issue is rectified or no longer applicable.',
          )
        : label(
            `截至${dateZh(ctx.asOf)}，仍有${stillOpen.length}个问题未完成整改，列入附件问题清单，须继续整改。`,
            `On ${ctx.asOf}, ${stillOpen.length} of these issues are not yet rectified; they are in the issue list (annex) and must still be rectified.`,
          ),
  });
  return blocks;
}

function requirements(ctx: Context, rows: readonly OpinionIssue[]): OpinionBlock[] {
  const o = ctx.options;
  const blocks: OpinionBlock[] = [];
  const opinions = ctx.inspection.opinions;
  const items: Label[] =
    opinions.length > 0
      ? opinions.map((x) => same(`${x.text}（${x.category}）`))
      : [...new Set(rows.map((r) => r.category.zh))].map((zh) => {
          const r = rows.find((x) => x.category.zh === zh) as OpinionIssue;
          const n = rows.filter((x) => x.category.zh === zh).length;
          return label(
            `切实解决${zh}方面的问题（${n}个）。`,
            `Resolve the ${n} problems of ${r.category.en}.`,
          );
        });
  blocks.push({
    kind: 'paragraph',
    text: label(
      '针对督导发现的问题，提出如下督导意见：',
      'On the problems found, the opinion of the inspection is:',
    ),
  });
  if (items.length > 0) blocks.push({ kind: 'list', ordered: true, items });
  const modes = new Map<string, number>();
  for (const r of rows) {
    const issue = ctx.state.issues.find((s) => s.id === r.id) as IssueState;
    modes.set(issue.issue.mode, (modes.get(issue.issue.mode) ?? 0) + 1);
  }
  const modeList = ['immediate', 'deadline', 'long-term'].filter((m) => modes.has(m));
  blocks.push({
    kind: 'paragraph',
    text: label(
      `请${o.recipient}依据《教育督导条例》第二十条至第二十二条，对照附件问题清单逐项制定整改方案，明确整改措施、牵头单位、配合单位、责任人和整改时限，于${dateZh(o.deadline)}前完成整改，并将整改情况书面报告${o.issuer}。` +
        (modeList.length > 0
          ? `问题清单中${modeList.map((m) => `${(MODE_LABELS[m] as Label).zh}${modes.get(m)}个`).join('、')}：立行立改的问题应立即整改到位，限期整改的问题须在整改时限内完成，长期坚持的问题须建立长效机制并定期报告进展。`
          : '') +
        `${o.issuer}将适时组织复查（回访督导），逐项核查整改情况，整改到位的问题予以销号。`,
      `Under arts. 20–22 of the Regulations on Education Supervision, ${o.recipient} is asked to draw up a plan for each issue of the annexed list (measures, lead and supporting units, persons responsible, deadlines), to complete the rectification by ${o.deadline}, and to report it in writing to ${o.issuer}.` +
        (modeList.length > 0
          ? ` Of the issues listed, ${modeList.map((m) => `${modes.get(m)} ${(MODE_LABELS[m] as Label).en}`).join(', ')}: immediate ones are fixed at once, those with a deadline within it, long-term ones under a lasting mechanism with regular progress reports.`
          : '') +
        ` ${o.issuer} will recheck (return visit) each issue and close those rectified.`,
    ),
  });
  const units = new Map<string, { lead: number; supporting: number }>();
  for (const r of rows) {
    for (const u of r.lead) {
      const e = units.get(u) ?? { lead: 0, supporting: 0 };
      e.lead += 1;
      units.set(u, e);
    }
    for (const u of r.supporting) {
      const e = units.get(u) ?? { lead: 0, supporting: 0 };
      e.supporting += 1;
      units.set(u, e);
    }
  }
  if (units.size > 0) {
    const ordered = [...units.entries()].sort(
      (a, b) => b[1].lead - a[1].lead || b[1].supporting - a[1].supporting || compareText(a[0], b[0]),
    );
    blocks.push({
      kind: 'table',
      caption: label('责任单位及问题数', 'Responsible units and their issues'),
      columns: [label('单位', 'Unit'), label('牵头问题数', 'Leads'), label('配合问题数', 'Supports')],
      rows: ordered.map(([unit, n]) => [same(unit), same(String(n.lead)), same(String(n.supporting))]),
    });
  }
  return blocks;
}

function annex(rows: readonly OpinionIssue[]): OpinionBlock[] {
  if (rows.length === 0) return [{ kind: 'paragraph', text: label('无。', 'None.') }];
  const anyEarlier = rows.some((r) => r.origin === 'earlier');
  return [
    {
      kind: 'table',
      caption: label('问题清单', 'Issue list'),
      columns: [
        label('序号', 'No.'),
        label('问题编号', 'Id'),
        label('县（区）', 'County'),
        label('学校/单位', 'School or unit'),
        label('问题类别', 'Category'),
        label('共性/个性', 'Common/individual'),
        label('问题描述', 'Problem'),
        label('牵头单位', 'Lead'),
        label('配合单位', 'Supporting'),
        label('整改时限', 'Deadline'),
        label('当前状态', 'Status'),
        ...(anyEarlier ? [label('问题来源', 'Source')] : []),
      ],
      rows: rows.map((r) => [
        same(String(r.number)),
        same(r.id),
        same(r.county),
        r.where,
        r.category,
        r.commonality === 'common' ? label('共性', 'common') : label('个性', 'individual'),
        same(r.description),
        same(joinZh(r.lead)),
        same(r.supporting.length === 0 ? '—' : joinZh(r.supporting)),
        same(r.deadline),
        ISSUE_STATUS_LABELS[r.status],
        ...(anyEarlier
          ? [
              r.origin === 'this'
                ? label('本次督导', 'this inspection')
                : label('此前督导，复查未完成整改', 'earlier; not yet rectified'),
            ]
          : []),
      ]),
    },
  ];
}

// ── The whole document ─────────────────────────────────────────────────────────────────────────

function countyName(name: string | { readonly zh: string; readonly en: string }): Label {
  return typeof name === 'string' ? same(name) : { zh: name.zh, en: name.en };
}

function namesOf(list: unknown, idKey: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!Array.isArray(list)) return out;
  for (const item of list as Record<string, unknown>[]) {
    const id = item[idKey];
    const name = item.name;
    if (typeof id === 'string' && typeof name === 'string') out.set(id, name);
  }
  return out;
}

/**
 * Builds a supervision opinion (督导意见书 / 督导反馈意见) as data from a city's documents (what
 * `assessCity` takes: counties with their datasets, the ledger and the inspections; `sampleCity`
 * is one) on a day: 一、基本情况 (dates, schools and kindergartens visited by name, departments,
 * interviews); 二、主要成效（达标情况） (the verdict of each assessment and the indicators met);
 * 三、存在问题 (共性问题: an indicator found wanting at two or more schools, or issues marked
 * common, with each school's figures against the standard; 个性问题: school by school, item by
 * item); for a return visit 整改复查情况 (every earlier issue with its recheck outcome, and what
 * is still open); 督导意见 (the inspection's opinions, the deadline, the rectification modes, the
 * lead and supporting units, how to report back, 《教育督导条例》 arts. 20–22); 附件 (the issue
 * list).
 *
 * The problems are the issues the inspection fed back (issues whose source is the inspection),
 * as the ledger stands at the end of `asOf` (withdrawn ones left out); the issue list adds, for a
 * return visit, the earlier issues still not rectified. Pure: the same input gives the same
 * document.
 *
 * @category Reports
 * @param city - the city's documents (validated here)
 * @param options - the inspection, the day, the issuer, the recipient, the deadline, and optionally the document number, county, title and sets
 * @returns the opinion
 * @throws {@link DudaoError} `unknown-inspection` at `['options', 'inspection']` for an id the
 *   city does not list; `county-not-inspected` at `['options', 'county']`; `before-inspection`
 *   at `['options', 'asOf']` when the opinion is dated before the inspection began;
 *   `invalid-range` at `['options', 'deadline']` for a deadline before `asOf`; invalid input
 *   at its path in the city's documents
 * @example
 * ```ts
 * const opinion = supervisionOpinion(sampleCity, {
 *   inspection: 'SL-2025-05-process', county: '990102', asOf: '2025-06-10',
 *   issuer: '示例市人民政府教育督导室', recipient: '西山县人民政府', deadline: '2025-09-30',
 * });
 * opinion.sections.map((s) => s.heading.zh);
 * //=> ['一、基本情况', '二、主要成效（达标情况）', '三、存在问题', '四、督导意见', '附件：问题清单']
 * ```
 */
export function supervisionOpinion(city: CityInput, options: SupervisionOpinionOptions): SupervisionOpinion {
  expectKind(options, 'object', ['options'], {
    en: 'an object of options with inspection, asOf, issuer, recipient and deadline',
    zh: '含 inspection、asOf、issuer、recipient 和 deadline 的选项对象',
  });
  const o = parseWithSchema(supervisionOpinionOptionsSchema, options, [
    'options',
  ]) as SupervisionOpinionOptions;
  if (o.compulsorySet !== undefined) expectIndicatorSet(o.compulsorySet, ['options', 'compulsorySet']);
  if (o.preschoolSet !== undefined) expectIndicatorSet(o.preschoolSet, ['options', 'preschoolSet']);
  const input = parseWithSchema(cityInputSchema, city);
  const inspections = parseWithSchema(inspectionsSchema, input.inspections ?? [], ['inspections']);
  const inspection = inspections.find((x) => x.id === o.inspection);
  if (inspection === undefined) {
    const known = inspections.map((x) => quoteInput(x.id)).slice(0, 10);
    throw dudaoError(
      'unknown-inspection',
      ['options', 'inspection'],
      `the city lists no inspection ${quoteInput(o.inspection)} (inspections: ${known.join(', ') || 'none'})`,
      `本市督导活动中没有 ${quoteInput(o.inspection)}（已有：${known.join('、') || '无'}）`,
    );
  }
  if (o.county !== undefined && !inspection.counties.includes(o.county)) {
    throw dudaoError(
      'county-not-inspected',
      ['options', 'county'],
      `county ${quoteInput(o.county)} is not among the inspection's counties (${inspection.counties.join(', ')})`,
      `县 ${quoteInput(o.county)} 不在本次督导的县（${inspection.counties.join('、')}）之列`,
    );
  }
  if (o.asOf < inspection.dates.start) {
    throw dudaoError(
      'before-inspection',
      ['options', 'asOf'],
      `the opinion (${o.asOf}) cannot be dated before the inspection began (${inspection.dates.start})`,
      `督导意见书日期（${o.asOf}）不能早于督导开始日期（${inspection.dates.start}）`,
    );
  }
  if (o.deadline < o.asOf) {
    throw dudaoError(
      'invalid-range',
      ['options', 'deadline'],
      `the deadline (${o.deadline}) is before the day of the opinion (${o.asOf})`,
      `整改时限（${o.deadline}）早于督导意见书日期（${o.asOf}）`,
    );
  }
  const compulsorySet = o.compulsorySet ?? compulsoryQuality2017;
  const preschoolSet = o.preschoolSet ?? preschool2020;
  const codes = o.county === undefined ? inspection.counties : [o.county];

  const counties: CountyData[] = codes.map((code) => {
    const index = input.counties.findIndex((c) => c.code === code);
    const raw = index < 0 ? undefined : input.counties[index];
    const name = raw === undefined ? same(code) : countyName(raw.name);
    let compulsory: CompulsoryAssessment | undefined;
    let preschool: PreschoolAssessment | undefined;
    if (raw?.compulsory !== undefined && inspection.programmes.some((p) => p.startsWith('compulsory'))) {
      compulsory = withinPath(['counties', index, 'compulsory'], () =>
        assessCompulsory(raw.compulsory, compulsorySet),
      );
    }
    if (raw?.preschool !== undefined && inspection.programmes.includes('preschool')) {
      preschool = withinPath(['counties', index, 'preschool'], () =>
        assessPreschool(raw.preschool, preschoolSet),
      );
    }
    const data = raw as
      | { compulsory?: { schools?: unknown }; preschool?: { kindergartens?: unknown } }
      | undefined;
    return {
      code,
      name,
      ...(compulsory === undefined ? {} : { compulsory }),
      ...(preschool === undefined ? {} : { preschool }),
      compulsorySet,
      preschoolSet,
      schools: namesOf(data?.compulsory?.schools, 'id'),
      kindergartens: namesOf(data?.preschool?.kindergartens, 'id'),
    };
  });
  const byCode = new Map(counties.map((c) => [c.code, c]));

  let state: LedgerState = EMPTY_LEDGER_STATE;
  if (input.ledger !== undefined) {
    const { document } = withinPath(['ledger'], () => loadLedger(input.ledger));
    state = replayLedger(document.events.filter((e) => e.at <= o.asOf));
  }
  const title = o.title === undefined ? inspectionTitle(inspection) : same(o.title);
  const ctx: Context = { inspection, title, counties, byCode, state, asOf: o.asOf, options: o };

  const inScope = (s: IssueState) => byCode.has(s.issue.county) && s.status !== 'withdrawn';
  const found = state.issues.filter((s) => s.issue.source.inspection === inspection.id && inScope(s));
  const rechecked = state.issues.some((s) =>
    ((s as { rechecks?: readonly { inspection: string }[] }).rechecks ?? []).some(
      (r) => r.inspection === inspection.id,
    ),
  );
  const isVisit = inspection.kind === 'return-visit' || rechecked;
  const stillOpen = isVisit
    ? state.issues.filter(
        (s) =>
          s.issue.source.inspection !== inspection.id &&
          s.raisedAt < inspection.dates.start &&
          inScope(s) &&
          !isRectifiedStatus(s.status) &&
          (inspection.programmes as readonly string[]).includes(s.issue.programme),
      )
    : [];

  const issueRow = (s: IssueState, n: number, origin: 'this' | 'earlier'): OpinionIssue => {
    const data = byCode.get(s.issue.county);
    return {
      number: n,
      id: s.id,
      county: data?.name.zh ?? s.issue.county,
      where: whereOf(s, data),
      category: issueCategoryLabel(s.issue.category),
      commonality: s.issue.commonality,
      description: s.issue.description,
      lead: s.lead,
      supporting: s.supporting,
      deadline: s.deadline,
      status: s.status,
      origin,
    };
  };
  const rows: OpinionIssue[] = [
    ...found.map((s, n) => issueRow(s, n + 1, 'this')),
    ...stillOpen.map((s, n) => issueRow(s, found.length + n + 1, 'earlier')),
  ];

  const parts: [OpinionSectionId, Label, OpinionBlock[]][] = [
    ['basics', label('基本情况', 'Overview'), basics(ctx)],
    ['achievements', label('主要成效（达标情况）', 'Achievements (standards met)'), achievements(ctx)],
    ['problems', label('存在问题', 'Problems found'), problems(ctx, found)],
  ];
  if (isVisit)
    parts.push(['recheck', label('整改复查情况', 'Recheck of earlier issues'), recheck(ctx, stillOpen)]);
  parts.push(['requirements', label('督导意见', 'Opinion and requirements'), requirements(ctx, rows)]);
  const sections: OpinionSection[] = parts.map(([id, heading, blocks], n) => ({
    id,
    heading: label(`${numeral(n + 1)}、${heading.zh}`, `${n + 1}. ${heading.en}`),
    blocks,
  }));
  sections.push({ id: 'annex', heading: label('附件：问题清单', 'Annex: issue list'), blocks: annex(rows) });

  const countyZh = joinZh(counties.map((c) => c.name.zh));
  const countyEn = joinEn(counties.map((c) => c.name.en));
  const programmes = inspection.programmes.map((p) => PROGRAMME_LABELS[p] ?? same(p));
  return {
    title: label('督导意见书', 'Supervision opinion'),
    subject: label(
      `关于${countyZh}${joinZh(programmes.map((p) => p.zh)).replace(/、(?=[^、]*$)/, '和')}${title.zh.replace(/（.*）$/, '')}的督导意见`,
      `Opinion on the ${title.en.replace(/, \d{4}-.*$/, '')} of ${countyEn} (${joinEn(programmes.map((p) => p.en))})`,
    ),
    documentNumber: o.documentNumber ?? null,
    issuer: o.issuer,
    recipient: o.recipient,
    date: o.asOf,
    deadline: o.deadline,
    inspection: {
      id: inspection.id,
      title,
      kind: inspection.kind,
      level: inspection.level,
      start: inspection.dates.start,
      end: inspection.dates.end,
    },
    counties: counties.map((c) => ({ code: c.code, name: c.name })),
    issues: rows,
    sections,
  };
}

/**
 * The text of a date in an opinion, as Chinese documents write it (2025年9月30日) or as given
 * (English). Used by the opinion renderers.
 *
 * @internal
 * @param date - a calendar date (YYYY-MM-DD)
 * @param lang - `zh` or `en`
 * @returns the text
 * @example
 * ```ts
 * opinionDateText('2025-09-30', 'zh'); //=> '2025年9月30日'
 * ```
 */
export function opinionDateText(date: string, lang: 'zh' | 'en'): string {
  const day = parseWithSchema(dateSchema, date, ['date']);
  return lang === 'zh' ? dateZh(day) : day;
}

// ── The shape, checked by the renderers ────────────────────────────────────────────────────────

const longText = /* @__PURE__ */ z.string().check(z.maxLength(TEXT_LIMITS.text * 20));
const labelShape = /* @__PURE__ */ z.object({ zh: longText, en: longText });
const blockShape = /* @__PURE__ */ z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('heading'), text: labelShape }),
  z.object({ kind: z.literal('paragraph'), text: labelShape }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(labelShape) }),
  z.object({
    kind: z.literal('table'),
    caption: labelShape,
    columns: z.array(labelShape),
    rows: z.array(z.array(labelShape)),
  }),
]);
const opinionShape = /* @__PURE__ */ z.object({
  title: labelShape,
  subject: labelShape,
  documentNumber: z.nullable(longText),
  issuer: longText,
  recipient: longText,
  date: dateSchema,
  deadline: dateSchema,
  sections: z.array(
    z.object({
      id: z.enum(['basics', 'achievements', 'problems', 'recheck', 'requirements', 'annex']),
      heading: labelShape,
      blocks: z.array(blockShape),
    }),
  ),
});

/**
 * Throws a DudaoError unless `value` has the shape of a {@link SupervisionOpinion} (what the
 * renderers read of it), with the path of the first field that does not fit.
 * @internal
 */
export function expectSupervisionOpinion(
  value: unknown,
  path: FieldPath = ['opinion'],
): asserts value is SupervisionOpinion {
  parseWithSchema(opinionShape, value, path);
}
