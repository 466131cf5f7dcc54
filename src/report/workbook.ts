/**
 * Reports as workbooks (工作簿): a list of named tables, one per spreadsheet sheet; the tables
 * the CSV renderings of `report/csv.ts` write are among them. A number cell's text is rounded by
 * the report rules (percentages 2 decimals, CVs 3, areas 2, money 0, counts whole); assessment
 * workbooks store the number itself at full precision with a number format that shows that
 * rounding, so that a spreadsheet can sum and sort them; everything else is text. Pure: writing the `.xlsx` file is
 * the command line's job.
 * @module
 */
import type { CompulsoryAssessment } from '../assess/county.js';
import { exactValueOf } from '../assess/explain.js';
import { type CompulsoryGaps, compulsoryGaps } from '../assess/gap.js';
import { expectCompulsoryAssessment, expectPreschoolAssessment } from '../assess/guards.js';
import type { MetricQuantity } from '../assess/metrics.js';
import { type PreschoolGaps, preschoolGaps } from '../assess/preschool-gap.js';
import type { PreschoolAssessment } from '../assess/preschool-types.js';
import type { CountyIndicatorResult, Figure, IndicatorResult, IndicatorStatus } from '../assess/types.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet } from '../indicators/types.js';
import type { WorkbookCell, WorkbookTable } from '../io/table.js';
import { ISSUE_STATUS_LABELS, ISSUE_STATUSES } from '../ledger/types.js';
import { Decimal } from '../numeric/decimal.js';
import { BREAKDOWN_DIMENSIONS } from '../scoring/breakdown.js';
import { expectLedgerReport } from '../scoring/guards.js';
import type { LedgerReport } from '../scoring/report.js';
import type { RectificationSummary } from '../scoring/summary.js';
import {
  comparisonHeadings,
  comparisonTexts,
  INFORMATIONAL_COMPOSITE_HEADING,
  roundingPlaces,
} from './cv-figures.js';
import { formatDecimal, type Lang, placesForUnit } from './format.js';
import { reportOptionsOf } from './guards.js';
import { decimalString } from './json.js';
import { STATUS_LABELS } from './labels.js';
import { keyText } from './ledger-markdown.js';
import { countyName, namesOption, type ReportNames } from './names.js';

// The table types live in io/ (CSV and templates use them too); they are part of this module's API.
export type { WorkbookCell, WorkbookNumber, WorkbookTable } from '../io/table.js';

/**
 * Options of the workbook builders.
 * @category Reports
 * @example
 * ```ts
 * const options: WorkbookOptions = { lang: 'en' };
 * ```
 */
export interface WorkbookOptions {
  /** Sheet names, headers and labels: `zh` (default) or `en`. */
  readonly lang?: Lang;
}

/**
 * Options of {@link ledgerWorkbook}: the language and the names to print for ids.
 * @category Reports
 * @example
 * ```ts
 * const options: LedgerWorkbookOptions = { lang: 'zh', names: namesFromCity(sampleCity) };
 * ```
 */
export interface LedgerWorkbookOptions extends WorkbookOptions {
  /** Names to print for county codes, school and kindergarten ids and inspection ids. */
  readonly names?: ReportNames | undefined;
}

type Words = { readonly zh: string; readonly en: string };

const STAGE: Readonly<Record<'primary' | 'junior', Words>> = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior' },
};

// The `met` column: a decision reads yes or no; undecided states say why (as in report/csv.ts).
const MET: Readonly<Record<IndicatorStatus, Words>> = {
  met: { zh: '是', en: 'yes' },
  unmet: { zh: '否', en: 'no' },
  unknown: { zh: '无法判定', en: 'unknown' },
  'not-applicable': { zh: '不适用', en: 'n/a' },
  measured: { zh: '', en: '' },
};

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * A number cell from the text a report shows (`'4.90'` → 4.9 shown with 2 decimals); text that
 * is not a plain decimal (e.g. `∞`) stays text, and empty text is an empty cell.
 */
function fromText(text: string): WorkbookCell {
  if (text === '') return null;
  if (!DECIMAL_TEXT.test(text)) return text;
  const dot = text.indexOf('.');
  return { value: Number(text), text, places: dot < 0 ? 0 : text.length - dot - 1 };
}

function text(words: string): WorkbookCell {
  return words === '' ? null : words;
}

/** How a full-precision number is shown in a spreadsheet: a share, a CV, or its decimals. */
type Shown = 'percent' | 'cv' | 'plain';

const FORMAT: Readonly<Record<Exclude<Shown, 'plain'>, string>> = { percent: '0.00%', cv: '0.000' };

/**
 * A number cell at full precision: the text is the report's rounding (what CSV writes), the
 * value is the number itself, and the number format rounds what the spreadsheet shows. A
 * percentage is stored as its share (4.444…% as 0.04444…) under the format `0.00%`.
 */
function full(
  value: Figure | Decimal | null | undefined,
  places: number,
  shown: Shown = 'plain',
): WorkbookCell {
  if (value === null || value === undefined) return null;
  const exact = new Decimal(value);
  if (!exact.isFinite()) return '∞';
  const cell = fromText(formatDecimal(exact, places));
  if (cell === null || typeof cell === 'string') return cell;
  if (shown === 'plain') return { ...cell, value: exact.toNumber() };
  return {
    ...cell,
    value: (shown === 'percent' ? exact.div(100) : exact).toNumber(),
    format: FORMAT[shown],
  };
}

// A percentage cell written as text already (a threshold) stored as its share, shown as percent.
function asShare(cell: WorkbookCell): WorkbookCell {
  if (cell === null || typeof cell === 'string') return cell;
  return { ...cell, value: new Decimal(cell.text).div(100).toNumber(), format: FORMAT.percent };
}

// Counts are whole; a derived (split) figure has a fraction and is shown like its value.
function quantity(value: Figure | undefined, places: number): WorkbookCell {
  if (value === undefined) return null;
  return Number.isInteger(value) ? fromText(decimalString(value)) : full(value, places);
}

function nameOf(set: IndicatorSet, id: string, lang: Lang): string {
  return set.indicators.find((i) => i.id === id)?.name[lang] ?? id;
}

function placesOf(set: IndicatorSet, id: string): number {
  return placesForUnit(set.indicators.find((i) => i.id === id)?.unit?.en);
}

function isPercent(set: IndicatorSet, id: string): boolean {
  return set.indicators.find((i) => i.id === id)?.unit?.en === '%';
}

function resultCells(set: IndicatorSet, r: IndicatorResult, lang: Lang): WorkbookCell[] {
  const places = placesOf(set, r.indicator);
  const percent = isPercent(set, r.indicator);
  const threshold = r.threshold === null ? null : fromText(decimalString(r.threshold));
  return [
    r.indicator,
    nameOf(set, r.indicator, lang),
    // The exact value the decision was taken on, at full precision; its text rounded.
    full(exactValueOf(r), places, percent ? 'percent' : 'plain'),
    percent ? asShare(threshold) : threshold,
    text(MET[r.status][lang]),
    quantity(r.numerator, places),
    quantity(r.denominator, places),
  ];
}

const SECTION_COLUMNS: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['学校代码', '学校名称', '学段', '指标编号', '指标', '值', '标准', '是否达标', '分子', '分母'],
  en: [
    'school id',
    'school name',
    'stage',
    'indicator id',
    'indicator',
    'value',
    'threshold',
    'met',
    'numerator',
    'denominator',
  ],
};

const COUNTY_COLUMNS: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['方面', '指标编号', '指标', '值', '标准', '是否达标', '分子', '分母'],
  en: ['aspect', 'indicator id', 'indicator', 'value', 'threshold', 'met', 'numerator', 'denominator'],
};

/**
 * The school sections table of a compulsory assessment (学校学段指标), as `renderCompulsoryCsv`
 * writes it. Arguments already checked.
 * @internal
 */
export function sectionsTable(
  assessment: CompulsoryAssessment,
  set: IndicatorSet,
  lang: Lang,
): WorkbookTable {
  const rows: WorkbookCell[][] = [];
  for (const s of assessment.sections) {
    for (const r of s.results) {
      rows.push([s.schoolId, s.schoolName, STAGE[s.stage][lang], ...resultCells(set, r, lang)]);
    }
  }
  return { name: lang === 'zh' ? '学校学段指标' : 'School sections', columns: SECTION_COLUMNS[lang], rows };
}

/**
 * The inter-school CV table of a compulsory assessment (校际差异系数), as `renderVariationCsv`
 * writes it: CVs at full precision shown with 3 decimals, then the composite CV of each stage
 * where the set has one. Where the set compares rounded CVs (`rules.variation.compareRounded`),
 * two more columns give both comparisons as text (修约比较, 精确比较); the 2017 composite CV
 * counties print follows, one row per stage (`informational-composite`), marked 仅供参考，不作判定依据.
 * Arguments already checked.
 * @internal
 */
export function variationTable(
  assessment: CompulsoryAssessment,
  set: IndicatorSet,
  lang: Lang,
): WorkbookTable {
  const places = roundingPlaces(assessment);
  // Both comparisons of an entry, only where the set rounds; empty cells where the entry has none.
  const compared = (entry: Parameters<typeof comparisonTexts>[0]): WorkbookCell[] =>
    places === null ? [] : comparisonTexts(entry, lang).map(text);
  const rows: WorkbookCell[][] = assessment.variation.map((v) => [
    STAGE[v.stage][lang],
    v.indicator,
    nameOf(set, v.indicator, lang),
    full(v.cv, 3, 'cv'),
    full(v.mean, placesOf(set, v.indicator)),
    full(v.limit, 2),
    text(MET[v.status][lang]),
    ...compared(v),
  ]);
  for (const c of assessment.composite ?? []) {
    rows.push([
      STAGE[c.stage][lang],
      'composite',
      lang === 'zh' ? '综合差异系数' : 'composite CV',
      full(c.cv, 3, 'cv'),
      null,
      full(c.limit, 2),
      text(MET[c.status][lang]),
      ...compared(c),
    ]);
  }
  for (const c of assessment.informationalComposite ?? []) {
    rows.push([
      STAGE[c.stage][lang],
      'informational-composite',
      INFORMATIONAL_COMPOSITE_HEADING[lang],
      full(c.cv, 3, 'cv'),
      null,
      null,
      lang === 'zh' ? '仅供参考，不作判定依据' : 'for information only; no verdict',
      ...(places === null ? [] : [null, null]),
    ]);
  }
  const columns =
    lang === 'zh'
      ? ['学段', '指标编号', '指标', '差异系数', '均值', '标准（≤）', '是否达标']
      : ['stage', 'indicator id', 'indicator', 'CV', 'mean', 'limit (≤)', 'met'];
  return {
    name: lang === 'zh' ? '校际差异系数' : 'Variation',
    columns: places === null ? columns : [...columns, ...comparisonHeadings(places, lang)],
    rows,
  };
}

/**
 * The county-level results (县级指标): preconditions, county indicators, social recognition and
 * vetoes, one row each; for a preschool assessment what `renderPreschoolCsv` writes. Arguments
 * already checked.
 * @internal
 */
export function countyTable(
  assessment: CompulsoryAssessment | PreschoolAssessment,
  set: IndicatorSet,
  lang: Lang,
): WorkbookTable {
  const all: readonly CountyIndicatorResult[] = [
    ...('preconditions' in assessment ? assessment.preconditions : []),
    ...assessment.countyIndicators,
    ...(assessment.socialRecognition === null ? [] : [assessment.socialRecognition]),
    ...assessment.vetoes,
  ];
  return {
    name: lang === 'zh' ? '县级指标' : 'County indicators',
    columns: COUNTY_COLUMNS[lang],
    rows: all.map((r) => [r.aspect, ...resultCells(set, r, lang)]),
  };
}

// The verdict (结论): the county, the year, the set, the status, then every reason.
function verdictTable(assessment: CompulsoryAssessment | PreschoolAssessment, lang: Lang): WorkbookTable {
  const zh = lang === 'zh';
  const item = (label: string, content: WorkbookCell): WorkbookCell[] => [
    label,
    content,
    null,
    null,
    null,
    null,
  ];
  const rows: WorkbookCell[][] = [
    item(
      zh ? '县（区）' : 'county',
      zh
        ? `${assessment.county.name}（${assessment.county.code}）`
        : `${assessment.county.name} (${assessment.county.code})`,
    ),
    item(zh ? '年度' : 'year', fromText(String(assessment.year))),
    item(zh ? '指标体系' : 'indicator set', `${assessment.set} ${assessment.setVersion}`),
    item(zh ? '结论' : 'verdict', STATUS_LABELS[assessment.status][lang]),
  ];
  for (const r of assessment.reasons) {
    const stage = r.stage === 'primary' || r.stage === 'junior' ? STAGE[r.stage][lang] : (r.stage ?? '');
    rows.push([
      zh ? '原因' : 'reason',
      r[lang],
      r.code,
      text(r.indicator ?? ''),
      text(r.schoolId ?? ''),
      text(stage),
    ]);
  }
  return {
    name: zh ? '结论' : 'Verdict',
    columns: zh
      ? ['项目', '内容', '原因代码', '指标编号', '学校代码', '学段']
      : ['item', 'content', 'reason code', 'indicator id', 'school id', 'stage'],
    rows,
  };
}

const QUANTITY: Readonly<Record<MetricQuantity, Words>> = {
  persons: { zh: '人', en: 'persons' },
  rooms: { zh: '间', en: 'rooms' },
  items: { zh: '件（册、台）', en: 'items' },
  area: { zh: '平方米', en: 'm²' },
  money: { zh: '元', en: 'yuan' },
  pupils: { zh: '人', en: 'pupils' },
  other: { zh: '', en: '' },
};

// A figure of a gap: whole numbers as they are, the rest at full precision shown with 2 decimals.
function amount(value: Figure | null): WorkbookCell {
  return value === null ? null : Number.isInteger(value) ? fromText(decimalString(value)) : full(value, 2);
}

const GAP_COLUMNS: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['类别', '学校（幼儿园）代码', '学段', '指标编号', '指标', '现值', '要求', '差额', '单位', '说明'],
  en: [
    'kind',
    'school / kindergarten id',
    'stage',
    'indicator id',
    'indicator',
    'current',
    'required',
    'change',
    'unit',
    'explanation',
  ],
};

function gapTable(rows: WorkbookCell[][], lang: Lang): WorkbookTable {
  return { name: lang === 'zh' ? '差距' : 'Gaps', columns: GAP_COLUMNS[lang], rows };
}

function stageOf(stage: string | undefined, lang: Lang): WorkbookCell {
  if (stage === 'primary' || stage === 'junior') return STAGE[stage][lang];
  return text(stage ?? '');
}

// What it would take (差距) for a compulsory county: unmet school indicators, CV levelling plans
// and the sections failing the 6-of-7 rule, one row per change.
function compulsoryGapTable(gaps: CompulsoryGaps, set: IndicatorSet, lang: Lang): WorkbookTable {
  const zh = lang === 'zh';
  const rows: WorkbookCell[][] = [];
  for (const g of gaps.indicators) {
    rows.push([
      zh ? '学校指标' : 'school indicator',
      g.schoolId,
      stageOf(g.stage, lang),
      g.indicator,
      nameOf(set, g.indicator, lang),
      amount(g.current),
      amount(g.required),
      amount(g.change),
      text(QUANTITY[g.quantity][lang]),
      text(g.explanation[lang]),
    ]);
  }
  for (const p of gaps.levelling) {
    const after = formatDecimal(p.cvAfter, 3);
    rows.push([
      zh ? '校际差异系数' : 'CV levelling',
      null,
      stageOf(p.stage, lang),
      p.indicator,
      nameOf(set, p.indicator, lang),
      full(p.cvBefore, 3, 'cv'),
      full(p.limit, 3, 'cv'),
      amount(p.totalAddition),
      text(QUANTITY[p.quantity][lang]),
      zh
        ? `${p.additions.length} 个学校学段补足至 ${formatDecimal(p.floor, 2)}，差异系数降为 ${after}`
        : `${p.additions.length} school sections brought up to ${formatDecimal(p.floor, 2)}: CV ${after}`,
    ]);
  }
  for (const s of gaps.sections) {
    for (const f of s.fixes) {
      rows.push([
        zh ? '学校学段（7项中6项）' : 'section (6 of 7)',
        s.schoolId,
        stageOf(s.stage, lang),
        f.indicator,
        nameOf(set, f.indicator, lang),
        null,
        null,
        amount(f.change),
        null,
        f.target === 'threshold'
          ? zh
            ? '达到标准'
            : 'up to the threshold'
          : zh
            ? '达到最低线'
            : 'up to the floor',
      ]);
    }
  }
  return gapTable(rows, lang);
}

// What it would take (差距) for a preschool county, one row per part of `preschoolGaps`.
function preschoolGapTable(gaps: PreschoolGaps, set: IndicatorSet, lang: Lang): WorkbookTable {
  const zh = lang === 'zh';
  const county = zh ? '县级指标' : 'county indicator';
  const children = zh ? '人' : 'children';
  const row = (
    id: string | null,
    current: Figure | null,
    required: Figure | null,
    change: Figure | null,
    unit: string,
    explanation: string,
  ): WorkbookCell[] => [
    county,
    null,
    null,
    text(id ?? ''),
    id === null ? null : nameOf(set, id, lang),
    amount(current),
    amount(required),
    amount(change),
    text(unit),
    text(explanation),
  ];
  const rows: WorkbookCell[][] = [];
  const e = gaps.grossEnrolment;
  if (e !== null)
    rows.push(row(e.indicator, e.enrolled, e.required, e.places, children, e.explanation[lang]));
  for (const c of [gaps.publicShare, gaps.inclusiveCoverage]) {
    if (c !== null)
      rows.push(row(c.indicator, c.current, c.required, c.children, children, c.explanation[lang]));
  }
  const t = gaps.teachers;
  if (t !== null) {
    rows.push(row(t.indicator, t.teachers, t.required, t.hire, zh ? '人' : 'teachers', t.explanation[lang]));
  }
  const k = gaps.classes;
  if (k !== null)
    rows.push(row(null, null, null, k.extraClasses, zh ? '个班' : 'classes', k.explanation[lang]));
  const cert = gaps.certification;
  if (cert !== null) {
    rows.push(
      row(
        null,
        null,
        null,
        cert.teachers,
        zh ? '人' : 'teachers',
        zh ? '未持证专任教师' : 'uncertified full-time teachers',
      ),
    );
    rows.push(
      row(
        null,
        null,
        null,
        cert.directors,
        zh ? '人' : 'directors',
        zh ? '未持证园长' : 'uncertified directors',
      ),
    );
  }
  for (const p of gaps.premises) {
    rows.push([
      zh ? '园舍' : 'premises',
      p.kindergartenId,
      null,
      p.indicator,
      nameOf(set, p.indicator, lang),
      full(p.area, 2),
      full(p.required, 2),
      full(p.shortfall, 2),
      zh ? '平方米' : 'm²',
      null,
    ]);
  }
  return gapTable(rows, lang);
}

/**
 * A compulsory-education assessment as a workbook (义务教育评估工作簿), one sheet each: the
 * verdict with every reason (结论 / Verdict), the county indicators (县级指标 / County
 * indicators), the school sections, one row per section and indicator (学校学段指标 / School
 * sections), the inter-school coefficients of variation with the composite CV where the set has
 * one (校际差异系数 / Variation: the columns and rows `renderVariationCsv` writes, so both
 * comparisons of each CV where the set compares rounded CVs, and the 2017 composite CV marked as
 * information only), and what it would take (差距 / Gaps, from `compulsoryGaps`).
 * Numbers are stored at full precision with a number format (`0.00%` for percentages, stored as
 * shares; `0.000` for CVs); their text is the report's rounding, as `renderCompulsoryCsv` and
 * `renderVariationCsv` write the school sections and the CVs.
 *
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang` (`zh` default)
 * @returns the five tables
 * @example
 * ```ts
 * compulsoryWorkbook(assessCompulsory(dataset, compulsoryQuality2017), compulsoryQuality2017).map((t) => t.name);
 * //=> ['结论', '县级指标', '学校学段指标', '校际差异系数', '差距']
 * ```
 */
export function compulsoryWorkbook(
  assessment: CompulsoryAssessment,
  set: IndicatorSet,
  options: WorkbookOptions = {},
): WorkbookTable[] {
  expectCompulsoryAssessment(assessment);
  expectIndicatorSet(set);
  const lang = reportOptionsOf(options).lang;
  return [
    verdictTable(assessment, lang),
    countyTable(assessment, set, lang),
    sectionsTable(assessment, set, lang),
    variationTable(assessment, set, lang),
    compulsoryGapTable(compulsoryGaps(assessment, set), set, lang),
  ];
}

/**
 * A preschool assessment as a workbook (学前教育评估工作簿), one sheet each: the verdict with
 * every reason (结论 / Verdict), the county indicators, then social recognition and the vetoes
 * (县级指标 / County indicators, as `renderPreschoolCsv` writes them), and what it would take
 * (差距 / Gaps, from `preschoolGaps`). Numbers are stored at full precision with a number format
 * (`0.00%` for percentages, stored as shares).
 *
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang` (`zh` default)
 * @returns the three tables
 * @example
 * ```ts
 * preschoolWorkbook(assessPreschool(dataset, preschool2020), preschool2020, { lang: 'en' }).map((t) => t.name);
 * //=> ['Verdict', 'County indicators', 'Gaps']
 * ```
 */
export function preschoolWorkbook(
  assessment: PreschoolAssessment,
  set: IndicatorSet,
  options: WorkbookOptions = {},
): WorkbookTable[] {
  expectPreschoolAssessment(assessment);
  expectIndicatorSet(set);
  const lang = reportOptionsOf(options).lang;
  return [
    verdictTable(assessment, lang),
    countyTable(assessment, set, lang),
    preschoolGapTable(preschoolGaps(assessment, set), set, lang),
  ];
}

const DIMENSION_ZH: Readonly<Record<string, string>> = {
  all: '全部',
  county: '县（区）',
  programme: '督导项目',
  source: '督导活动',
  level: '督导层级',
  category: '问题类别',
  commonality: '共性 / 个性',
  scope: '问题范围',
  'scope-kind': '范围类型',
  responsible: '责任单位',
  severity: '严重程度',
  mode: '整改方式',
};

// A rate in percent from its exact fraction of counts; empty when there is no rate.
function percent(rate: Figure | null, part: number, whole: number): WorkbookCell {
  return rate === null || whole === 0
    ? null
    : fromText(formatDecimal(new Decimal(part).times(100).div(whole), 2));
}

function count(n: number): WorkbookCell {
  return { value: n, text: String(n), places: 0 };
}

function summaryCells(s: RectificationSummary, lang: Lang): WorkbookCell[] {
  return [
    count(s.total),
    count(s.withdrawn),
    count(s.counted),
    ...ISSUE_STATUSES.map((status) => count(s.byStatus[status])),
    count(s.rectified),
    percent(s.rate, s.rectified, s.counted),
    percent(s.strictRate, s.verifiedOrClosed, s.counted),
    count(s.overdue),
    lang === 'zh' ? (s.cleared ? '是' : '否') : s.cleared ? 'yes' : 'no',
  ];
}

/**
 * A ledger report as two tables (整改台账工作簿), as `renderLedgerCsv` writes them: the summary
 * (整改情况统计 / Rectification summary), one row for the whole ledger and one per group of
 * every breakdown, with counts per status, rates in percent (2 decimals), overdue count and
 * whether the group is cleared; and the overdue list (逾期未整改清单 / Overdue issues).
 *
 * @category Reports
 * @param report - a ledger report (from `ledgerReport`)
 * @param options - `lang` (`zh` default); `names`: names for ids (see `namesFromCity`)
 * @returns the two tables
 * @example
 * ```ts
 * ledgerWorkbook(ledgerReport(state, { asOf: '2021-12-10' }), { lang: 'en' }).map((t) => t.name);
 * //=> ['Rectification summary', 'Overdue issues']
 * ```
 */
export function ledgerWorkbook(report: LedgerReport, options: LedgerWorkbookOptions = {}): WorkbookTable[] {
  expectLedgerReport(report);
  const lang = reportOptionsOf(options, { names: 'object' }).lang;
  const names = namesOption(options.names);
  const zh = lang === 'zh';
  const statusHeaders = ISSUE_STATUSES.map((status) =>
    zh ? ISSUE_STATUS_LABELS[status].zh : `status: ${ISSUE_STATUS_LABELS[status].en}`,
  );
  const summaryRows: WorkbookCell[][] = [
    [zh ? (DIMENSION_ZH.all as string) : 'all', null, ...summaryCells(report.summary, lang)],
  ];
  for (const by of BREAKDOWN_DIMENSIONS) {
    for (const row of report.breakdowns[by]) {
      summaryRows.push([
        zh ? (DIMENSION_ZH[by] ?? by) : by,
        text(keyText(by, row.key, lang, names)),
        ...summaryCells(row.summary, lang),
      ]);
    }
  }
  const overdueRows: WorkbookCell[][] = report.overdue.map((e) => [
    e.id,
    countyName(names, e.county, lang),
    e.description,
    ISSUE_STATUS_LABELS[e.status][lang],
    e.deadline,
    count(e.daysOverdue),
    zh ? (e.severity === 'major' ? '重大' : '一般') : e.severity,
    text(e.lead.join(zh ? '、' : '; ')),
    text(e.supporting.join(zh ? '、' : '; ')),
  ]);
  return [
    {
      name: zh ? '整改情况统计' : 'Rectification summary',
      columns: zh
        ? [
            '分类维度',
            '分组',
            '问题总数',
            '撤回',
            '计入整改率',
            ...statusHeaders,
            '已整改合计',
            '整改率（%）',
            '核查确认整改率（%）',
            '逾期未整改',
            '是否清零',
          ]
        : [
            'dimension',
            'key',
            'total',
            'withdrawn',
            'counted',
            ...statusHeaders,
            'rectified',
            'rate (%)',
            'strict rate (%)',
            'overdue',
            'cleared',
          ],
      rows: summaryRows,
    },
    {
      name: zh ? '逾期未整改清单' : 'Overdue issues',
      columns: zh
        ? [
            '问题编号',
            '县（区）',
            '问题描述',
            '状态',
            '整改时限',
            '逾期天数',
            '严重程度',
            '牵头单位',
            '配合单位',
          ]
        : [
            'issue id',
            'county',
            'description',
            'status',
            'deadline',
            'days overdue',
            'severity',
            'lead',
            'supporting',
          ],
      rows: overdueRows,
    },
  ];
}

/**
 * The text of one workbook cell as a CSV or Markdown table shows it (单元格文本): numbers as
 * rounded, empty cells as empty text.
 *
 * @category Reports
 * @param cell - the cell
 * @returns its text
 * @example
 * ```ts
 * workbookCellText({ value: 4.9, text: '4.90', places: 2 }); //=> '4.90'
 * workbookCellText(null); //=> ''
 * ```
 */
export function workbookCellText(cell: WorkbookCell): string {
  if (cell === null) return '';
  return typeof cell === 'string' ? cell : cell.text;
}
