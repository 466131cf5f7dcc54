/**
 * The five chart kinds of the HTML report, as SVG strings built from plain rows: schools' values
 * against a threshold and the county mean (`indicator-values`), CVs against their limits
 * (`cv-limits`), a school × indicator grid (`school-grid`), the rectification rate over time
 * (`rectification-trend`) and the rate per responsible unit (`rectification-by-unit`). Values
 * come as numbers or exact Decimals and are worked on as Decimals (a number read as its shortest
 * decimal); they become numbers only for pixel positions, and every number printed goes through
 * the report rounding rules.
 * @module
 */
import { dayNumber } from '../../ledger/calendar.js';
import { Decimal } from '../../numeric/decimal.js';
import { formatDecimal, type Lang } from '../format.js';
import { percentText } from '../ledger-markdown.js';
import {
  CHART_COLOURS,
  type ChartFigure,
  chartDecimal,
  escapeXml,
  fitText,
  type LegendItem,
  largest,
  legend,
  linearScale,
  niceTicks,
  px,
  svgOpen,
  type Ticks,
  textWidth,
  tickText,
  toPixelNumber,
} from './primitives.js';

/**
 * How a mark is coloured: `met`, `floor` (not met, but at least 85 % of the standard), `unmet`,
 * `unknown` (missing data), `excluded` (left out, or not applicable) or `measured` (a value with
 * no standard of its own).
 * @category Reports
 * @example
 * ```ts
 * const status: MarkStatus = 'floor';
 * ```
 */
export type MarkStatus = 'met' | 'floor' | 'unmet' | 'unknown' | 'excluded' | 'measured';

const WORDS = {
  met: { zh: '达标', en: 'met' },
  floor: { zh: '未达标但不低于标准的85%', en: 'not met, ≥ 85 % of the standard' },
  unmet: { zh: '未达标', en: 'not met' },
  unknown: { zh: '缺少数据', en: 'missing data' },
  excluded: { zh: '不适用或未纳入', en: 'not applicable or left out' },
  measured: { zh: '仅测算（无单项标准）', en: 'measured (no standard of its own)' },
  standard: { zh: '标准', en: 'standard' },
  floorLine: { zh: '标准的85%', en: '85 % of the standard' },
  mean: { zh: '县域均值', en: 'county mean' },
  limit: { zh: '差异系数标准', en: 'CV limit' },
  cv: { zh: '差异系数', en: 'coefficient of variation' },
  target: { zh: '目标', en: 'target' },
  targetDate: { zh: '目标日期', en: 'target date' },
  rate: { zh: '整改率', en: 'rectification rate' },
  strict: { zh: '核查确认整改率（核查通过及销号）', en: 'strict rate (verified or closed)' },
  belowTarget: { zh: '低于目标', en: 'below target' },
  atTarget: { zh: '达到目标', en: 'at or above target' },
  noData: { zh: '无数据', en: 'no data' },
  date: { zh: '日期', en: 'date' },
  rows: { zh: '行', en: 'rows' },
} as const;

const GLYPH: Readonly<Record<MarkStatus, string>> = {
  met: '✓',
  floor: '△',
  unmet: '✗',
  unknown: '?',
  excluded: '–',
  measured: '·',
};

const FONT = 12;
const WIDTH = 640;
const CV_WIDTH = 820;
// Room for a grid's rotated column heads.
const HEAD = 230;

// A value rounded for display; `∞` when not finite.
function fixed(value: Decimal | null, places: number): string {
  return value !== null && !value.isFinite() ? '∞' : formatDecimal(value, places);
}

// A share as a percentage (at most 2 decimals); `—` when absent or not finite.
function rateText(share: Decimal | null): string {
  return share === null || !share.isFinite() ? '—' : percentText(share);
}

function colourOf(status: MarkStatus): string {
  return status === 'measured' ? CHART_COLOURS.series2 : CHART_COLOURS[status];
}

function statusLegend(statuses: Iterable<MarkStatus>, lang: Lang, glyphs = false): LegendItem[] {
  const present = new Set(statuses);
  const order: MarkStatus[] = ['met', 'floor', 'unmet', 'unknown', 'excluded', 'measured'];
  return order
    .filter((s) => present.has(s))
    .map((s) => ({
      label: glyphs ? `${GLYPH[s]} ${WORDS[s][lang]}` : WORDS[s][lang],
      colour: colourOf(s),
      mark: 'box' as const,
    }));
}

function labelColumn(labels: readonly string[], max: number): number {
  let widest = 40;
  for (const label of labels) widest = Math.max(widest, textWidth(label, FONT));
  return Math.min(max, widest) + 12;
}

function xAxis(
  ticks: Ticks,
  scale: (v: number) => number,
  top: number,
  bottom: number,
  format: (v: Decimal) => string,
): string {
  const parts: string[] = [];
  for (const t of ticks.values) {
    const x = px(scale(t.toNumber()));
    parts.push(
      `<line class="grid" data-tick="${escapeXml(format(t))}" x1="${x}" y1="${px(top)}" x2="${x}" y2="${px(bottom)}" stroke="${CHART_COLOURS.grid}"/>`,
      `<text x="${x}" y="${px(bottom + 14)}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${escapeXml(format(t))}</text>`,
    );
  }
  parts.push(
    `<line class="axis" x1="${px(scale(0))}" y1="${px(bottom)}" x2="${px(scale(ticks.max.toNumber()))}" y2="${px(bottom)}" stroke="${CHART_COLOURS.axis}"/>`,
  );
  return parts.join('');
}

/**
 * One school's bar in an `indicator-values` chart.
 * @category Reports
 * @example
 * ```ts
 * const bar: ValueBar = { label: '城关第一小学', value: 4.44, status: 'met' };
 * ```
 */
export interface ValueBar {
  /** The school or kindergarten (plain text; escaped when drawn). */
  readonly label: string;
  /** Its value; null when missing. A value that is not finite is drawn to the end of the axis as `∞`. */
  readonly value: ChartFigure | null;
  /** How the bar is coloured. */
  readonly status: MarkStatus;
}

/**
 * What an `indicator-values` chart shows: one indicator and stage, every school's value against
 * the threshold, the 85 % floor and the county mean.
 * @category Reports
 * @example
 * ```ts
 * const input: IndicatorValuesChart = {
 *   title: '小学 生均教学及辅助用房面积', unit: '平方米/生', places: 2, comparator: '≥',
 *   threshold: 4.5, floor: 3.825, mean: 4.64,
 *   bars: [{ label: '城关第一小学', value: 4.6, status: 'met' }],
 * };
 * ```
 */
export interface IndicatorValuesChart {
  /** The chart title (plain text). */
  readonly title: string;
  /** The unit, shown as the axis title (plain text, in the report language). */
  readonly unit: string;
  /** Decimals for values, from the report rounding rules. */
  readonly places: number;
  /** The comparator symbol shown with the threshold (`≥`, `≤`, …). */
  readonly comparator: string;
  /** The threshold; null when the indicator has none. */
  readonly threshold: ChartFigure | null;
  /** The 85 % floor of the 6-of-7 rule; null when it does not apply. */
  readonly floor: ChartFigure | null;
  /** The county mean; null when not known. */
  readonly mean: ChartFigure | null;
  /** One bar per school, in the order given. */
  readonly bars: readonly ValueBar[];
}

/**
 * Draws schools' values of one indicator and stage as horizontal bars, with the threshold
 * (dashed black), the 85 % floor (dashed orange) and the county mean (blue) as vertical lines.
 * The value axis starts at 0 and ends at a round number above every value and line.
 * @category Reports
 * @param chart - what to draw
 * @param lang - `zh` or `en`
 * @returns an `<svg data-chart="indicator-values">`
 * @example
 * ```ts
 * indicatorValuesChart(input, 'zh').includes('data-chart="indicator-values"'); //=> true
 * ```
 */
export function indicatorValuesChart(input: IndicatorValuesChart, lang: Lang): string {
  const chart = {
    ...input,
    threshold: chartDecimal(input.threshold),
    floor: chartDecimal(input.floor),
    mean: chartDecimal(input.mean),
    bars: input.bars.map((b) => ({ ...b, value: chartDecimal(b.value) })),
  };
  const rowHeight = 20;
  const left = labelColumn(
    chart.bars.map((b) => b.label),
    200,
  );
  const right = 64;
  const top = 10;
  const n = chart.bars.length;
  const plotHeight = Math.max(1, n) * rowHeight;
  const bottom = top + plotHeight;
  const infinite = chart.bars.some((b) => b.value !== null && !b.value.isFinite());
  const top0 = largest([...chart.bars.map((b) => b.value), chart.threshold, chart.mean, chart.floor]);
  const ticks = niceTicks(top0 === null ? new Decimal(0) : top0.times('1.04'));
  const scale = linearScale([0, ticks.max.toNumber()], [left, WIDTH - right]);
  const value = (v: Decimal): string => (v.isFinite() ? formatDecimal(v, chart.places) : '∞');

  const body: string[] = [];
  const labels: string[] = [];
  // Value labels go on top of the threshold and mean lines, so they are drawn last.
  const values: string[] = [];
  body.push(xAxis(ticks, scale, top, bottom, (t) => tickText(t, ticks.places)));
  chart.bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    const label = fitText(bar.label, left - 12, FONT);
    const full = label === bar.label ? '' : `<title>${escapeXml(bar.label)}</title>`;
    labels.push(`<text x="${px(left - 6)}" y="${px(y + 14)}">${full}${escapeXml(label)}</text>`);
    if (bar.value === null) {
      body.push(
        `<rect class="bar" x="${px(left)}" y="${px(y + 4)}" width="10" height="12" fill="${CHART_COLOURS.unknown}" stroke="${CHART_COLOURS.axis}" stroke-width="0.5"/>`,
        `<text x="${px(left + 14)}" y="${px(y + 14)}" fill="${CHART_COLOURS.axis}">${WORDS.unknown[lang]}</text>`,
      );
      return;
    }
    const end = bar.value.isFinite() ? scale(toPixelNumber(bar.value) ?? 0) : scale(ticks.max.toNumber());
    body.push(
      `<rect class="bar" data-status="${bar.status}" x="${px(left)}" y="${px(y + 4)}" width="${px(Math.max(0, end - left))}" height="13" fill="${colourOf(bar.status)}"/>`,
    );
    values.push(`<text class="value" x="${px(end + 4)}" y="${px(y + 14)}">${value(bar.value)}</text>`);
  });
  if (n === 0) {
    body.push(
      `<text x="${px((left + WIDTH - right) / 2)}" y="${px(top + 14)}" font-size="${FONT}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${WORDS.noData[lang]}</text>`,
    );
  }
  const items: LegendItem[] = statusLegend(
    chart.bars.map((b) => (b.value === null ? 'unknown' : b.status)),
    lang,
  );
  const line = (role: string, v: Decimal | null, colour: string, dash: string): void => {
    if (v === null || !v.isFinite()) return;
    const x = px(scale(v.toNumber()));
    body.push(
      `<line data-role="${role}" x1="${x}" y1="${px(top - 6)}" x2="${x}" y2="${px(bottom)}" stroke="${colour}" stroke-width="2"${dash === '' ? '' : ` stroke-dasharray="${dash}"`}/>`,
    );
  };
  line('floor', chart.floor, CHART_COLOURS.floor, '3 3');
  line('mean', chart.mean, CHART_COLOURS.mean, '');
  line('threshold', chart.threshold, CHART_COLOURS.threshold, '6 3');
  if (chart.threshold !== null)
    items.push({
      label: `${WORDS.standard[lang]} ${chart.comparator} ${value(chart.threshold)}`.replace(/ {2}/g, ' '),
      colour: CHART_COLOURS.threshold,
      mark: 'dash',
    });
  if (chart.floor !== null)
    items.push({
      label: `${WORDS.floorLine[lang]} ${value(chart.floor)}`,
      colour: CHART_COLOURS.floor,
      mark: 'dash',
    });
  if (chart.mean !== null)
    items.push({
      label: `${WORDS.mean[lang]} ${value(chart.mean)}`,
      colour: CHART_COLOURS.mean,
      mark: 'line',
    });

  const axisTitle = `<text x="${px((left + WIDTH - right) / 2)}" y="${px(bottom + 30)}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${escapeXml(chart.unit)}${infinite ? ' (∞)' : ''}</text>`;
  const key = legend(items, 8, bottom + 38, WIDTH - 16);
  const height = bottom + 38 + key.height + 6;
  const unmet = chart.bars.filter((b) => b.status === 'unmet' || b.status === 'floor').length;
  const description =
    lang === 'zh'
      ? `${n} 所学校；${chart.threshold === null ? '无标准' : `标准 ${chart.comparator} ${value(chart.threshold)}`}；未达标 ${unmet} 所${chart.mean === null ? '' : `；县域均值 ${value(chart.mean)}`}`
      : `${n} schools; ${chart.threshold === null ? 'no standard' : `standard ${chart.comparator} ${value(chart.threshold)}`}; ${unmet} not met${chart.mean === null ? '' : `; county mean ${value(chart.mean)}`}`;
  return `${svgOpen('indicator-values', WIDTH, height, chart.title, description)}${body.join('')}<g font-size="12" text-anchor="end">${labels.join('')}</g><g stroke="#FFFFFF" stroke-width="3" paint-order="stroke">${values.join('')}</g>${axisTitle}${key.svg}</svg>`;
}

/**
 * One row of a `cv-limits` chart: a CV (or composite CV) of one indicator and stage.
 * @category Reports
 * @example
 * ```ts
 * const row: CvRow = { label: '小学 生均体育运动场馆面积', cv: 0.082, limit: 0.5, status: 'met' };
 * ```
 */
export interface CvRow {
  /** What the CV is of (plain text). */
  readonly label: string;
  /** The CV; null when it could not be computed. */
  readonly cv: ChartFigure | null;
  /** Its limit; null when none applies. */
  readonly limit: ChartFigure | null;
  /** How the bar is coloured. */
  readonly status: MarkStatus;
}

/**
 * Draws CVs as horizontal bars (3 decimals), each with a black tick at its own limit (2 decimals),
 * since primary and junior limits differ.
 * @category Reports
 * @param title - the chart title
 * @param rows - one row per indicator and stage
 * @param lang - `zh` or `en`
 * @returns an `<svg data-chart="cv-limits">`
 * @example
 * ```ts
 * cvLimitsChart('差异系数', [row], 'zh').includes('data-chart="cv-limits"'); //=> true
 * ```
 */
export function cvLimitsChart(title: string, input: readonly CvRow[], lang: Lang): string {
  const rows = input.map((r) => ({ ...r, cv: chartDecimal(r.cv), limit: chartDecimal(r.limit) }));
  const rowHeight = 20;
  const width = CV_WIDTH;
  const left = labelColumn(
    rows.map((r) => r.label),
    360,
  );
  const right = 100;
  const top = 10;
  const n = rows.length;
  const bottom = top + Math.max(1, n) * rowHeight;
  const max = largest(rows.flatMap((r) => [r.cv, r.limit]));
  const ticks = niceTicks(max === null ? new Decimal(0) : max.times('1.04'));
  const scale = linearScale([0, ticks.max.toNumber()], [left, width - right]);
  const body: string[] = [xAxis(ticks, scale, top, bottom, (t) => tickText(t, ticks.places))];
  const labels: string[] = [];
  rows.forEach((row, i) => {
    const y = top + i * rowHeight;
    const label = fitText(row.label, left - 12, FONT);
    const full = label === row.label ? '' : `<title>${escapeXml(row.label)}</title>`;
    labels.push(`<text x="${px(left - 6)}" y="${px(y + 14)}">${full}${escapeXml(label)}</text>`);
    const cv = toPixelNumber(row.cv);
    const end = cv === null ? left : scale(cv);
    const status: MarkStatus = row.cv === null ? 'unknown' : row.status;
    body.push(
      `<rect class="bar" data-status="${status}" x="${px(left)}" y="${px(y + 4)}" width="${px(cv === null ? 10 : Math.max(0, end - left))}" height="13" fill="${colourOf(status)}"${cv === null ? ` stroke="${CHART_COLOURS.axis}" stroke-width="0.5"` : ''}/>`,
    );
    const limit = toPixelNumber(row.limit);
    if (limit !== null) {
      const x = px(scale(limit));
      body.push(
        `<line data-role="limit" x1="${x}" y1="${px(y + 1)}" x2="${x}" y2="${px(y + 20)}" stroke="${CHART_COLOURS.threshold}" stroke-width="2.5"/>`,
      );
    }
    const text = `${fixed(row.cv, 3)}${row.limit === null ? '' : ` / ≤ ${fixed(row.limit, 2)}`}`;
    body.push(
      `<text class="value" x="${px(Math.max(end + 4, limit === null ? 0 : scale(limit) + 4))}" y="${px(y + 14)}">${escapeXml(text)}</text>`,
    );
  });
  if (n === 0) {
    body.push(
      `<text x="${px((left + width - right) / 2)}" y="${px(top + 14)}" font-size="${FONT}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${WORDS.noData[lang]}</text>`,
    );
  }
  const items = statusLegend(
    rows.map((r) => (r.cv === null ? 'unknown' : r.status)),
    lang,
  );
  items.push({ label: WORDS.limit[lang], colour: CHART_COLOURS.threshold, mark: 'line' });
  const axisTitle = `<text x="${px((left + width - right) / 2)}" y="${px(bottom + 30)}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${WORDS.cv[lang]}</text>`;
  const key = legend(items, 8, bottom + 38, width - 16);
  const over = rows.filter((r) => r.status === 'unmet').length;
  const description =
    lang === 'zh'
      ? `${n} 项差异系数，超过标准 ${over} 项`
      : `${n} coefficients of variation, ${over} over the limit`;
  return `${svgOpen('cv-limits', width, bottom + 38 + key.height + 6, title, description)}${body.join('')}<g font-size="12" text-anchor="end">${labels.join('')}</g>${axisTitle}${key.svg}</svg>`;
}

/**
 * One cell of a `school-grid` chart.
 * @category Reports
 * @example
 * ```ts
 * const cell: GridCell = { status: 'floor', text: '0.94 (≥ 1)' };
 * ```
 */
export interface GridCell {
  /** How the cell is coloured. */
  readonly status: MarkStatus;
  /** The value and standard, shown as the cell's tooltip (plain text, already rounded). */
  readonly text: string;
}

/**
 * One row of a `school-grid` chart: a school section or kindergarten.
 * @category Reports
 * @example
 * ```ts
 * const row: GridRow = { label: '河口镇初级中学（初中）', cells: [{ status: 'unmet', text: '5.00' }], summary: '2/7', status: 'unmet' };
 * ```
 */
export interface GridRow {
  /** The school (plain text). */
  readonly label: string;
  /** One cell per column. */
  readonly cells: readonly GridCell[];
  /** The text after the row, e.g. `6/7`. */
  readonly summary: string;
  /** The colour of the summary text's mark. */
  readonly status: MarkStatus;
}

/**
 * Draws a school × indicator grid: a coloured cell with a glyph (✓ met, △ within 85 %, ✗ not met,
 * ? missing, – excluded or not applicable) for each school and indicator, with the indicators
 * as rotated column heads.
 * @category Reports
 * @param title - the chart title
 * @param columns - the indicator names (plain text)
 * @param rows - the schools
 * @param lang - `zh` or `en`
 * @returns an `<svg data-chart="school-grid">`
 * @example
 * ```ts
 * schoolGridChart('学校达标情况', ['生均教学及辅助用房面积'], [row], 'zh').includes('data-chart="school-grid"'); //=> true
 * ```
 */
export function schoolGridChart(
  title: string,
  columns: readonly string[],
  rows: readonly GridRow[],
  lang: Lang,
): string {
  const cellWidth = 30;
  const cellHeight = 20;
  const left = labelColumn(
    rows.map((r) => r.label),
    220,
  );
  let headWidth = 40;
  for (const c of columns) headWidth = Math.max(headWidth, Math.min(HEAD, textWidth(c, 11)));
  const top = Math.ceil(headWidth * 0.71) + 18;
  const gridRight = left + columns.length * cellWidth;
  const width = Math.max(420, gridRight + 64 + Math.ceil(headWidth * 0.71));
  const bottom = top + Math.max(1, rows.length) * cellHeight;
  const body: string[] = [];
  const labels: string[] = [];
  const cells: string[] = [];
  columns.forEach((c, j) => {
    const x = left + j * cellWidth + cellWidth / 2;
    const label = fitText(c, HEAD, 11);
    const full = label === c ? '' : `<title>${escapeXml(c)}</title>`;
    body.push(
      `<text transform="translate(${px(x + 4)},${px(top - 6)}) rotate(-45)">${full}${escapeXml(label)}</text>`,
    );
  });
  const used = new Set<MarkStatus>();
  rows.forEach((row, i) => {
    const y = top + i * cellHeight;
    const label = fitText(row.label, left - 12, FONT);
    const full = label === row.label ? '' : `<title>${escapeXml(row.label)}</title>`;
    labels.push(`<text x="${px(left - 6)}" y="${px(y + 14)}">${full}${escapeXml(label)}</text>`);
    row.cells.forEach((cell, j) => {
      used.add(cell.status);
      const x = left + j * cellWidth;
      const dark = cell.status === 'met' || cell.status === 'unmet' || cell.status === 'excluded';
      const heading = columns[j] ?? '';
      cells.push(
        `<g class="cell" data-status="${cell.status}"><title>${escapeXml(`${row.label} · ${heading}: ${cell.text} (${WORDS[cell.status][lang]})`)}</title><rect x="${px(x + 1)}" y="${px(y + 1)}" width="${cellWidth - 2}" height="${cellHeight - 2}" fill="${colourOf(cell.status)}"/><text x="${px(x + cellWidth / 2)}" y="${px(y + 14)}" fill="${dark ? '#FFFFFF' : '#222222'}">${GLYPH[cell.status]}</text></g>`,
      );
    });
    body.push(
      `<text x="${px(gridRight + 8)}" y="${px(y + 14)}" fill="${row.status === 'unmet' ? CHART_COLOURS.unmet : '#222222'}">${escapeXml(row.summary)}</text>`,
    );
  });
  if (rows.length === 0 || columns.length === 0) {
    body.push(
      `<text x="${px(left)}" y="${px(top + 14)}" font-size="${FONT}" fill="${CHART_COLOURS.axis}">${WORDS.noData[lang]}</text>`,
    );
  }
  body.push(
    `<rect class="frame" x="${px(left)}" y="${px(top)}" width="${px(columns.length * cellWidth)}" height="${px(bottom - top)}" fill="none" stroke="${CHART_COLOURS.axis}" stroke-width="0.5"/>`,
  );
  const key = legend(statusLegend(used, lang, true), 8, bottom + 10, width - 16);
  const counts = (['met', 'floor', 'unmet', 'unknown'] as const).map(
    (s) => rows.flatMap((r) => r.cells).filter((c) => c.status === s).length,
  );
  const description =
    lang === 'zh'
      ? `${rows.length} 行 × ${columns.length} 项指标：达标 ${counts[0]}，未达标但不低于85% ${counts[1]}，未达标 ${counts[2]}，缺少数据 ${counts[3]}`
      : `${rows.length} ${WORDS.rows.en} × ${columns.length} indicators: ${counts[0]} met, ${counts[1]} within 85 %, ${counts[2]} not met, ${counts[3]} missing`;
  return `${svgOpen('school-grid', width, bottom + 10 + key.height + 6, title, description)}${body.join('')}<g font-size="12" text-anchor="end">${labels.join('')}</g><g text-anchor="middle">${cells.join('')}</g>${key.svg}</svg>`;
}

/**
 * One sample day of a `rectification-trend` chart.
 * @category Reports
 * @example
 * ```ts
 * const point: TrendPoint = { date: '2021-12-10', rate: 0.825, strictRate: new Decimal(20).div(40) };
 * ```
 */
export interface TrendPoint {
  /** The day, `YYYY-MM-DD`. */
  readonly date: string;
  /** The rectification rate as a share in [0, 1]; null when nothing can be rated. */
  readonly rate: ChartFigure | null;
  /** The strict rate (verified or closed), when drawn. */
  readonly strictRate?: ChartFigure | null;
}

function pathOf(points: readonly { x: number; y: number | null }[]): string {
  let d = '';
  let pen = false;
  for (const p of points) {
    if (p.y === null) {
      pen = false;
      continue;
    }
    d += `${pen ? 'L' : 'M'}${px(p.x)} ${px(p.y)}`;
    pen = true;
  }
  return d;
}

/**
 * Draws the rectification rate over time (0–100 %) as a line, the strict rate as a dashed line,
 * the target rate as a horizontal line and the target day, when given, as a vertical one.
 * Days with nothing to rate leave a gap in the line.
 * @category Reports
 * @param title - the chart title
 * @param points - the sample days, in order
 * @param targetRate - the target rate as a share (e.g. 1 for 100 %); null (or not finite) for none
 * @param targetDate - the target day, `YYYY-MM-DD`; null for none
 * @param lang - `zh` or `en`
 * @returns an `<svg data-chart="rectification-trend">`
 * @example
 * ```ts
 * rectificationTrendChart('整改率', points, 1, null, 'zh').includes('data-chart="rectification-trend"'); //=> true
 * ```
 */
export function rectificationTrendChart(
  title: string,
  input: readonly TrendPoint[],
  targetRate: ChartFigure | null,
  targetDate: string | null,
  lang: Lang,
): string {
  const points = input.map((p) => ({
    date: p.date,
    rate: chartDecimal(p.rate),
    ...(p.strictRate === undefined ? {} : { strictRate: chartDecimal(p.strictRate) }),
  }));
  const targetShare = chartDecimal(targetRate);
  const target = targetShare?.isFinite() ? targetShare : null;
  const left = 52;
  const right = 60;
  const top = 14;
  const bottom = top + 220;
  const days = points.map((p) => dayNumber(p.date)).filter((d) => Number.isFinite(d));
  const targetDay = targetDate === null ? Number.NaN : dayNumber(targetDate);
  const all = Number.isFinite(targetDay) ? [...days, targetDay] : days;
  let d0 = all.length === 0 ? 0 : Math.min(...all);
  let d1 = all.length === 0 ? 1 : Math.max(...all);
  if (d1 === d0) {
    d0 -= 1;
    d1 += 1;
  }
  const x = linearScale([d0, d1], [left, WIDTH - right]);
  const y = linearScale([0, 100], [bottom, top]);
  const yOf = (share: Decimal | null | undefined): number | null => {
    const n = toPixelNumber(share === null || share === undefined ? null : share.times(100));
    return n === null ? null : y(n);
  };
  const body: string[] = [];
  for (let k = 0; k <= 5; k++) {
    const v = k * 20;
    body.push(
      `<line class="grid" x1="${px(left)}" y1="${px(y(v))}" x2="${px(WIDTH - right)}" y2="${px(y(v))}" stroke="${CHART_COLOURS.grid}"/>`,
      `<text x="${px(left - 6)}" y="${px(y(v) + 4)}" text-anchor="end" fill="${CHART_COLOURS.axis}">${v}%</text>`,
    );
  }
  body.push(
    `<line class="axis" x1="${px(left)}" y1="${px(bottom)}" x2="${px(WIDTH - right)}" y2="${px(bottom)}" stroke="${CHART_COLOURS.axis}"/>`,
    `<line class="axis" x1="${px(left)}" y1="${px(top)}" x2="${px(left)}" y2="${px(bottom)}" stroke="${CHART_COLOURS.axis}"/>`,
  );
  const labelCount = Math.min(points.length, 6);
  const shown = new Set<number>();
  for (let k = 0; k < labelCount; k++)
    shown.add(labelCount === 1 ? 0 : Math.round((k * (points.length - 1)) / (labelCount - 1)));
  for (const i of [...shown].sort((a, b) => a - b)) {
    const p = points[i];
    if (p === undefined) continue;
    const cx = x(dayNumber(p.date));
    body.push(
      `<line x1="${px(cx)}" y1="${px(bottom)}" x2="${px(cx)}" y2="${px(bottom + 4)}" stroke="${CHART_COLOURS.axis}"/>`,
      `<text x="${px(cx)}" y="${px(bottom + 16)}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${escapeXml(p.date)}</text>`,
    );
  }
  const items: LegendItem[] = [{ label: WORDS.rate[lang], colour: CHART_COLOURS.series, mark: 'line' }];
  const targetY = yOf(target);
  if (target !== null && targetY !== null) {
    body.push(
      `<line data-role="target" x1="${px(left)}" y1="${px(targetY)}" x2="${px(WIDTH - right)}" y2="${px(targetY)}" stroke="${CHART_COLOURS.target}" stroke-width="2" stroke-dasharray="6 3"/>`,
    );
    items.push({
      label: `${WORDS.target[lang]} ${rateText(target)}`,
      colour: CHART_COLOURS.target,
      mark: 'dash',
    });
  }
  if (targetDate !== null && Number.isFinite(targetDay)) {
    const tx = px(x(targetDay));
    body.push(
      `<line data-role="target-date" x1="${tx}" y1="${px(top)}" x2="${tx}" y2="${px(bottom)}" stroke="${CHART_COLOURS.target}" stroke-width="1.5" stroke-dasharray="2 3"/>`,
    );
    items.push({
      label: `${WORDS.targetDate[lang]} ${targetDate}`,
      colour: CHART_COLOURS.target,
      mark: 'dash',
    });
  }
  const xy = points.map((p) => ({ x: x(dayNumber(p.date)), y: yOf(p.rate) }));
  if (points.some((p) => p.strictRate !== undefined && p.strictRate !== null)) {
    const strict = pathOf(points.map((p) => ({ x: x(dayNumber(p.date)), y: yOf(p.strictRate) })));
    if (strict !== '')
      body.push(
        `<path class="series" data-series="strict" d="${strict}" fill="none" stroke="${CHART_COLOURS.series2}" stroke-width="2" stroke-dasharray="5 3"/>`,
      );
    items.push({ label: WORDS.strict[lang], colour: CHART_COLOURS.series2, mark: 'dash' });
  }
  const d = pathOf(xy);
  if (d !== '')
    body.push(
      `<path class="series" data-series="rate" d="${d}" fill="none" stroke="${CHART_COLOURS.series}" stroke-width="2.5"/>`,
    );
  if (points.length <= 60) {
    for (const p of xy)
      if (p.y !== null)
        body.push(
          `<circle cx="${px(p.x)}" cy="${px(p.y)}" r="${points.length === 1 ? 4 : 2.5}" fill="${CHART_COLOURS.series}"/>`,
        );
  }
  let final: { x: number; y: number; rate: Decimal; date: string } | null = null;
  for (let i = 0; i < points.length; i++) {
    const p = points[i];
    const at = xy[i];
    if (p !== undefined && p.rate !== null && at !== undefined && at.y !== null)
      final = { x: at.x, y: at.y, rate: p.rate, date: p.date };
  }
  if (final !== null) {
    body.push(
      `<circle cx="${px(final.x)}" cy="${px(final.y)}" r="4" fill="${CHART_COLOURS.series}"/>`,
      `<text class="value" x="${px(final.x + 6)}" y="${px(final.y - 6)}" font-size="12" font-weight="bold">${rateText(final.rate)}</text>`,
    );
  } else {
    body.push(
      `<text x="${px((left + WIDTH - right) / 2)}" y="${px((top + bottom) / 2)}" font-size="${FONT}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${WORDS.noData[lang]}</text>`,
    );
  }
  const axisTitle = `<text x="${px((left + WIDTH - right) / 2)}" y="${px(bottom + 32)}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${WORDS.date[lang]}</text>`;
  const key = legend(items, 8, bottom + 40, WIDTH - 16);
  const first = points.find((p) => p.rate !== null);
  const description =
    final === null
      ? WORDS.noData[lang]
      : lang === 'zh'
        ? `${first?.date ?? ''} 至 ${final.date} 共 ${points.length} 个时点，整改率由 ${rateText(first?.rate ?? null)} 变为 ${rateText(final.rate)}${target === null ? '' : `，目标 ${rateText(target)}`}`
        : `${points.length} days from ${first?.date ?? ''} to ${final.date}; the rate went from ${rateText(first?.rate ?? null)} to ${rateText(final.rate)}${target === null ? '' : `; target ${rateText(target)}`}`;
  return `${svgOpen('rectification-trend', WIDTH, bottom + 40 + key.height + 6, title, description)}${body.join('')}${axisTitle}${key.svg}</svg>`;
}

/**
 * One responsible unit's bar in a `rectification-by-unit` chart.
 * @category Reports
 * @example
 * ```ts
 * const bar: UnitBar = { label: '财政局', rate: new Decimal(6).div(7), rectified: 6, counted: 7 };
 * ```
 */
export interface UnitBar {
  /** The unit (plain text). */
  readonly label: string;
  /** Its rectification rate as a share in [0, 1]; null when nothing can be rated. */
  readonly rate: ChartFigure | null;
  /** Issues rectified. */
  readonly rectified: number;
  /** Issues counted. */
  readonly counted: number;
}

/**
 * Draws the rectification rate per responsible unit as horizontal bars (0–100 %), green at or
 * above the target and vermilion below it, with the target as a dashed line.
 * @category Reports
 * @param title - the chart title
 * @param bars - one bar per unit, in the order given
 * @param targetRate - the target rate as a share; null (or not finite) for none (bars are then blue)
 * @param lang - `zh` or `en`
 * @returns an `<svg data-chart="rectification-by-unit">`
 * @example
 * ```ts
 * rectificationByUnitChart('各责任单位整改率', [bar], 1, 'zh').includes('85.71%（6/7）'); //=> true
 * ```
 */
export function rectificationByUnitChart(
  title: string,
  input: readonly UnitBar[],
  targetRate: ChartFigure | null,
  lang: Lang,
): string {
  const bars = input.map((b) => ({ ...b, rate: chartDecimal(b.rate) }));
  const targetShare = chartDecimal(targetRate);
  const target = targetShare?.isFinite() ? targetShare : null;
  const rowHeight = 22;
  const left = labelColumn(
    bars.map((b) => b.label),
    200,
  );
  const right = 110;
  const top = 10;
  const bottom = top + Math.max(1, bars.length) * rowHeight;
  const scale = linearScale([0, 100], [left, WIDTH - right]);
  const ticks: Ticks = {
    values: [0, 20, 40, 60, 80, 100].map((v) => new Decimal(v)),
    max: new Decimal(100),
    places: 0,
  };
  const body: string[] = [xAxis(ticks, scale, top, bottom, (t) => `${tickText(t, 0)}%`)];
  const labels: string[] = [];
  const used = new Set<'met' | 'unmet' | 'unknown'>();
  bars.forEach((bar, i) => {
    const y = top + i * rowHeight;
    const label = fitText(bar.label, left - 12, FONT);
    const full = label === bar.label ? '' : `<title>${escapeXml(bar.label)}</title>`;
    labels.push(`<text x="${px(left - 6)}" y="${px(y + 15)}">${full}${escapeXml(label)}</text>`);
    const rate = toPixelNumber(bar.rate === null ? null : bar.rate.times(100));
    const status =
      bar.rate === null ? 'unknown' : target === null ? null : bar.rate.gte(target) ? 'met' : 'unmet';
    if (status !== null) used.add(status);
    const fill = status === null ? CHART_COLOURS.series : colourOf(status);
    const end = rate === null ? left + 10 : scale(rate);
    body.push(
      `<rect class="bar" x="${px(left)}" y="${px(y + 4)}" width="${px(Math.max(0, end - left))}" height="14" fill="${fill}"${rate === null ? ` stroke="${CHART_COLOURS.axis}" stroke-width="0.5"` : ''}/>`,
      `<text class="value" x="${px(end + 4)}" y="${px(y + 15)}">${escapeXml(`${rateText(bar.rate)}${lang === 'zh' ? '（' : ' ('}${bar.rectified}/${bar.counted}${lang === 'zh' ? '）' : ')'}`)}</text>`,
    );
  });
  if (bars.length === 0) {
    body.push(
      `<text x="${px((left + WIDTH - right) / 2)}" y="${px(top + 15)}" font-size="${FONT}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${WORDS.noData[lang]}</text>`,
    );
  }
  const items: LegendItem[] = [];
  if (used.has('met')) items.push({ label: WORDS.atTarget[lang], colour: CHART_COLOURS.met, mark: 'box' });
  if (used.has('unmet'))
    items.push({ label: WORDS.belowTarget[lang], colour: CHART_COLOURS.unmet, mark: 'box' });
  if (used.has('unknown'))
    items.push({ label: WORDS.noData[lang], colour: CHART_COLOURS.unknown, mark: 'box' });
  if (target === null && bars.length > 0)
    items.push({ label: WORDS.rate[lang], colour: CHART_COLOURS.series, mark: 'box' });
  const targetX = toPixelNumber(target === null ? null : target.times(100));
  if (target !== null && targetX !== null) {
    const tx = px(scale(targetX));
    body.push(
      `<line data-role="target" x1="${tx}" y1="${px(top - 6)}" x2="${tx}" y2="${px(bottom)}" stroke="${CHART_COLOURS.target}" stroke-width="2" stroke-dasharray="6 3"/>`,
    );
    items.push({
      label: `${WORDS.target[lang]} ${rateText(target)}`,
      colour: CHART_COLOURS.target,
      mark: 'dash',
    });
  }
  const axisTitle = `<text x="${px((left + WIDTH - right) / 2)}" y="${px(bottom + 30)}" text-anchor="middle" fill="${CHART_COLOURS.axis}">${WORDS.rate[lang]}</text>`;
  const key = legend(items, 8, bottom + 38, WIDTH - 16);
  const below = target === null ? 0 : bars.filter((b) => b.rate?.lt(target)).length;
  const description =
    lang === 'zh'
      ? `${bars.length} 个责任单位${target === null ? '' : `，${below} 个低于目标 ${rateText(target)}`}`
      : `${bars.length} responsible units${target === null ? '' : `, ${below} below the target ${rateText(target)}`}`;
  return `${svgOpen('rectification-by-unit', WIDTH, bottom + 38 + key.height + 6, title, description)}${body.join('')}<g font-size="12" text-anchor="end">${labels.join('')}</g>${axisTitle}${key.svg}</svg>`;
}
