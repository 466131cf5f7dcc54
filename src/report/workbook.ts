/**
 * Reports as workbooks (工作簿): a list of named tables, one per spreadsheet sheet, with the same
 * content as the CSV renderings of `report/csv.ts`. Numbers are rounded by the report rules
 * (percentages 2 decimals, CVs 3, areas 2, money 0, counts whole) and kept as numbers, so that a
 * spreadsheet can sum and sort them; everything else is text. Pure: writing the `.xlsx` file is
 * the command line's job.
 * @module
 */
import type { CompulsoryAssessment } from '../assess/county.js';
import { exactValueOf } from '../assess/explain.js';
import { expectCompulsoryAssessment, expectPreschoolAssessment } from '../assess/guards.js';
import type { PreschoolAssessment } from '../assess/preschool-types.js';
import type { Figure, IndicatorResult, IndicatorStatus } from '../assess/types.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet } from '../indicators/types.js';
import type { WorkbookCell, WorkbookTable } from '../io/table.js';
import { ISSUE_STATUS_LABELS, ISSUE_STATUSES } from '../ledger/types.js';
import { Decimal } from '../numeric/decimal.js';
import { BREAKDOWN_DIMENSIONS } from '../scoring/breakdown.js';
import { expectLedgerReport } from '../scoring/guards.js';
import type { LedgerReport } from '../scoring/report.js';
import type { RectificationSummary } from '../scoring/summary.js';
import { formatDecimal, type Lang, placesForUnit } from './format.js';
import { reportOptionsOf } from './guards.js';
import { decimalString } from './json.js';

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

function rounded(value: Figure | Decimal | null | undefined, places: number): WorkbookCell {
  if (value === null || value === undefined) return null;
  if (!new Decimal(value).isFinite()) return '∞';
  return fromText(formatDecimal(value, places));
}

// Counts are whole; a derived (split) figure has a fraction and is shown like its value.
function quantity(value: Figure | undefined, places: number): WorkbookCell {
  if (value === undefined) return null;
  return Number.isInteger(value) ? fromText(decimalString(value)) : rounded(value, places);
}

function nameOf(set: IndicatorSet, id: string, lang: Lang): string {
  return set.indicators.find((i) => i.id === id)?.name[lang] ?? id;
}

function placesOf(set: IndicatorSet, id: string): number {
  return placesForUnit(set.indicators.find((i) => i.id === id)?.unit?.en);
}

function resultCells(set: IndicatorSet, r: IndicatorResult, lang: Lang): WorkbookCell[] {
  const places = placesOf(set, r.indicator);
  return [
    r.indicator,
    nameOf(set, r.indicator, lang),
    // Rounded from the exact value the decision was taken on.
    rounded(exactValueOf(r), places),
    r.threshold === null ? null : fromText(decimalString(r.threshold)),
    text(MET[r.status][lang]),
    quantity(r.numerator, places),
    quantity(r.denominator, places),
  ];
}

/**
 * A compulsory-education assessment as two tables (义务教育评估工作簿): the school sections, one
 * row per section and indicator (学校学段指标 / School sections), and the inter-school
 * coefficients of variation with the composite CV where the set has one (校际差异系数 /
 * Variation). The content is that of `renderCompulsoryCsv` and `renderVariationCsv`.
 *
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang` (`zh` default)
 * @returns the two tables
 * @example
 * ```ts
 * compulsoryWorkbook(assessCompulsory(dataset, compulsoryQuality2017), compulsoryQuality2017).map((t) => t.name);
 * //=> ['学校学段指标', '校际差异系数']
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
  const sections: WorkbookCell[][] = [];
  for (const s of assessment.sections) {
    for (const r of s.results) {
      sections.push([s.schoolId, s.schoolName, STAGE[s.stage][lang], ...resultCells(set, r, lang)]);
    }
  }
  const variation: WorkbookCell[][] = assessment.variation.map((v) => [
    STAGE[v.stage][lang],
    v.indicator,
    nameOf(set, v.indicator, lang),
    rounded(v.cv, 3),
    rounded(v.mean, placesOf(set, v.indicator)),
    rounded(v.limit, 2),
    text(MET[v.status][lang]),
  ]);
  for (const c of assessment.composite ?? []) {
    variation.push([
      STAGE[c.stage][lang],
      'composite',
      lang === 'zh' ? '综合差异系数' : 'composite CV',
      rounded(c.cv, 3),
      null,
      rounded(c.limit, 2),
      text(MET[c.status][lang]),
    ]);
  }
  return [
    {
      name: lang === 'zh' ? '学校学段指标' : 'School sections',
      columns:
        lang === 'zh'
          ? ['学校代码', '学校名称', '学段', '指标编号', '指标', '值', '标准', '是否达标', '分子', '分母']
          : [
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
      rows: sections,
    },
    {
      name: lang === 'zh' ? '校际差异系数' : 'Variation',
      columns:
        lang === 'zh'
          ? ['学段', '指标编号', '指标', '差异系数', '均值', '标准（≤）', '是否达标']
          : ['stage', 'indicator id', 'indicator', 'CV', 'mean', 'limit (≤)', 'met'],
      rows: variation,
    },
  ];
}

/**
 * A preschool assessment as one table (学前教育评估工作簿): the county indicators, then social
 * recognition and the vetoes (县级指标 / County indicators), as `renderPreschoolCsv` writes them.
 *
 * @category Reports
 * @param assessment - the assessment
 * @param set - the set it was made with (for names and units)
 * @param options - `lang` (`zh` default)
 * @returns the one table
 * @example
 * ```ts
 * preschoolWorkbook(assessPreschool(dataset, preschool2020), preschool2020, { lang: 'en' })[0]?.name;
 * //=> 'County indicators'
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
  const all = [
    ...assessment.countyIndicators,
    ...(assessment.socialRecognition === null ? [] : [assessment.socialRecognition]),
    ...assessment.vetoes,
  ];
  return [
    {
      name: lang === 'zh' ? '县级指标' : 'County indicators',
      columns:
        lang === 'zh'
          ? ['方面', '指标编号', '指标', '值', '标准', '是否达标', '分子', '分母']
          : ['aspect', 'indicator id', 'indicator', 'value', 'threshold', 'met', 'numerator', 'denominator'],
      rows: all.map((r) => [r.aspect, ...resultCells(set, r, lang)]),
    },
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
 * @param options - `lang` (`zh` default)
 * @returns the two tables
 * @example
 * ```ts
 * ledgerWorkbook(ledgerReport(state, { asOf: '2021-12-10' }), { lang: 'en' }).map((t) => t.name);
 * //=> ['Rectification summary', 'Overdue issues']
 * ```
 */
export function ledgerWorkbook(report: LedgerReport, options: WorkbookOptions = {}): WorkbookTable[] {
  expectLedgerReport(report);
  const lang = reportOptionsOf(options).lang;
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
        text(row.key),
        ...summaryCells(row.summary, lang),
      ]);
    }
  }
  const overdueRows: WorkbookCell[][] = report.overdue.map((e) => [
    e.id,
    e.county,
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
