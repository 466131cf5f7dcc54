/**
 * The building blocks of dudao's SVG charts: escaping, pixel coordinates that can never be NaN,
 * linear scales, axis ticks chosen on exact decimals (so that tick labels go through the report
 * rounding rules), text-width estimates for Chinese and Latin labels, and legends. Pure string
 * builders: no DOM, so they run in Node and in a browser alike.
 * @module
 */
import { Decimal } from '../../numeric/decimal.js';
import { formatDecimal } from '../format.js';

/**
 * Escapes text for HTML and SVG, in element content and in quoted attributes alike.
 * @category Reports
 * @param text - any text, e.g. a school name
 * @returns the text with `& < > " '` escaped
 * @example
 * ```ts
 * escapeXml('<script>"a" & b</script>'); //=> '&lt;script&gt;&quot;a&quot; &amp; b&lt;/script&gt;'
 * ```
 */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * A pixel coordinate as SVG text: rounded to 2 decimals, and `0` for anything that is not a
 * finite number, so that no chart ever says `NaN` or `Infinity`.
 * @category Reports
 * @param value - a coordinate
 * @returns its text
 * @example
 * ```ts
 * px(12.3456); //=> '12.35'
 * px(Number.NaN); //=> '0'
 * ```
 */
export function px(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/**
 * A linear map from a domain of values to a range of pixels. A domain of zero width maps every
 * value to the start of the range; values that are not finite map to the nearer end (`+∞` to the
 * end, anything else to the start); values outside the domain are clamped.
 * @category Reports
 * @param domain - `[low, high]` values
 * @param range - `[start, end]` pixels
 * @returns the map
 * @example
 * ```ts
 * linearScale([0, 5], [100, 600])(3); //=> 400
 * ```
 */
export function linearScale(
  domain: readonly [number, number],
  range: readonly [number, number],
): (value: number) => number {
  const [d0, d1] = domain;
  const [r0, r1] = range;
  const width = d1 - d0;
  if (!Number.isFinite(width) || width <= 0) return () => r0;
  return (value: number) => {
    if (Number.isNaN(value)) return r0;
    const t = Math.min(1, Math.max(0, (value - d0) / width));
    return r0 + t * (r1 - r0);
  };
}

/**
 * The ticks of a value axis that starts at zero: steps of 1, 2 or 5 × 10ⁿ, computed on exact
 * decimals so that a tick label is the tick's value, printed with the decimals its step needs.
 * @category Reports
 * @example
 * ```ts
 * const ticks: Ticks = niceTicks(new Decimal('4.6'));
 * ticks.places; //=> 0
 * ```
 */
export interface Ticks {
  /** The tick values, from 0 to `max`. */
  readonly values: readonly Decimal[];
  /** The top of the axis (the last tick). */
  readonly max: Decimal;
  /** Decimals a tick label needs. */
  readonly places: number;
}

/**
 * Chooses about `count` round ticks from 0 up to at least `max`. A `max` that is not positive or
 * not finite gives the axis 0–1.
 * @category Reports
 * @param max - the largest value to show
 * @param count - about how many steps (default 5)
 * @returns the ticks
 * @example
 * ```ts
 * niceTicks(new Decimal('4.6')).values.map(String); //=> ['0', '1', '2', '3', '4', '5']
 * niceTicks(new Decimal('0.53')).max.toString(); //=> '0.6'
 * ```
 */
export function niceTicks(max: Decimal, count = 5): Ticks {
  const top = max.isFinite() && max.gt(0) ? max : new Decimal(1);
  const raw = top.div(Math.max(1, Math.floor(count)));
  // `e` is the exact base-10 exponent of a decimal: no float logarithm, so no -Infinity for tiny values.
  const power = new Decimal(10).pow(raw.e);
  const fraction = raw.div(power);
  const factor = fraction.lte(1) ? 1 : fraction.lte(2) ? 2 : fraction.lte(5) ? 5 : 10;
  const step = power.times(factor);
  const steps = top.div(step).ceil().toNumber();
  const values: Decimal[] = [];
  for (let i = 0; i <= steps; i++) values.push(step.times(i));
  return { values, max: step.times(steps), places: Math.max(0, -step.e) };
}

/**
 * A figure a chart shows: a number (a figure of a result) or an exact Decimal. Charts work on its
 * Decimal ({@link chartDecimal}), so that ticks and labels are exact decimals.
 * @category Reports
 * @example
 * ```ts
 * const values: ChartFigure[] = [4.44, new Decimal(21).div(500).times(100)];
 * ```
 */
export type ChartFigure = number | Decimal;

/**
 * A chart figure as a Decimal: a number is read as its shortest decimal (`0.1` is one tenth), a
 * Decimal is kept; null and undefined give null.
 * @category Reports
 * @param value - a number, a Decimal, or null
 * @returns the Decimal, or null
 * @example
 * ```ts
 * chartDecimal(0.1)?.toString(); //=> '0.1'
 * ```
 */
export function chartDecimal(value: ChartFigure | null | undefined): Decimal | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'number' ? new Decimal(value) : value;
}

/**
 * A decimal as a number for pixel positions only: null when absent or not finite.
 * @category Reports
 * @param value - a decimal, or null
 * @returns the number, or null
 * @example
 * ```ts
 * toPixelNumber(new Decimal('4.2')); //=> 4.2
 * toPixelNumber(null); //=> null
 * ```
 */
export function toPixelNumber(value: Decimal | null | undefined): number | null {
  if (value === null || value === undefined || !value.isFinite()) return null;
  const n = value.toNumber();
  return Number.isFinite(n) ? n : null;
}

/**
 * The largest finite value among some decimals (null when there is none).
 * @category Reports
 * @param values - decimals, nulls allowed
 * @returns the largest finite one, or null
 * @example
 * ```ts
 * largest([new Decimal(2), null, new Decimal(5)])?.toString(); //=> '5'
 * ```
 */
export function largest(values: readonly (Decimal | null | undefined)[]): Decimal | null {
  let best: Decimal | null = null;
  for (const v of values) {
    if (v === null || v === undefined || !v.isFinite()) continue;
    if (best === null || v.gt(best)) best = v;
  }
  return best;
}

/**
 * Estimated width of a label in pixels: a CJK character is about 1 em wide, a Latin one about
 * 0.6 em (good enough to lay out labels without a DOM).
 * @category Reports
 * @param text - the label
 * @param fontSize - the font size in pixels
 * @returns the estimated width
 * @example
 * ```ts
 * textWidth('城关一小', 12); //=> 48
 * ```
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    em += code >= 0x2e80 ? 1 : code >= 0x20 && /[A-Z0-9%@MW]/.test(ch) ? 0.68 : 0.56;
  }
  return em * fontSize;
}

/**
 * Shortens a label to fit a width, ending it with `…` when it had to be cut.
 * @category Reports
 * @param text - the label
 * @param width - the room in pixels
 * @param fontSize - the font size in pixels
 * @returns the label, cut when needed
 * @example
 * ```ts
 * fitText('河口镇中心小学', 50, 12); //=> '河口镇…'
 * ```
 */
export function fitText(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const chars = [...text];
  while (chars.length > 0 && textWidth(`${chars.join('')}…`, fontSize) > width) chars.pop();
  return `${chars.join('')}…`;
}

/**
 * Colours of the charts: the Okabe–Ito palette, which readers with any common colour-vision
 * deficiency can tell apart, plus greys for what is excluded or unknown.
 * @category Reports
 * @example
 * ```ts
 * CHART_COLOURS.met; //=> '#009E73'
 * ```
 */
export const CHART_COLOURS = {
  /** Met: bluish green. */
  met: '#009E73',
  /** Not met, but at least 85 % of the standard: orange. */
  floor: '#E69F00',
  /** Not met: vermilion. */
  unmet: '#D55E00',
  /** Missing data: light grey. */
  unknown: '#D9D9D9',
  /** Excluded or not applicable: mid grey. */
  excluded: '#8C8C8C',
  /** The threshold or limit line: near black. */
  threshold: '#222222',
  /** The county mean line: blue. */
  mean: '#0072B2',
  /** A target line: reddish purple. */
  target: '#CC79A7',
  /** A series: blue. */
  series: '#0072B2',
  /** A second series: sky blue. */
  series2: '#56B4E9',
  /** Axes and grid. */
  axis: '#666666',
  /** Grid lines. */
  grid: '#E5E5E5',
} as const;

/**
 * One entry of a chart legend.
 * @category Reports
 * @example
 * ```ts
 * const item: LegendItem = { label: '达标', colour: CHART_COLOURS.met, mark: 'box' };
 * ```
 */
export interface LegendItem {
  /** The words (already in the report language; numbers already rounded). */
  readonly label: string;
  /** The colour. */
  readonly colour: string;
  /** A filled box, a solid line or a dashed line. */
  readonly mark: 'box' | 'line' | 'dash';
}

/**
 * Lays out a legend in rows that fit a width, as SVG.
 * @category Reports
 * @param items - the entries
 * @param x - left edge
 * @param y - top edge
 * @param width - the room for a row
 * @returns the SVG and the height it takes
 * @example
 * ```ts
 * legend([{ label: 'met', colour: CHART_COLOURS.met, mark: 'box' }], 0, 0, 300).height; //=> 18
 * ```
 */
export function legend(
  items: readonly LegendItem[],
  x: number,
  y: number,
  width: number,
): {
  /** The SVG group. */
  readonly svg: string;
  /** Its height in pixels. */
  readonly height: number;
} {
  const rowHeight = 18;
  const parts: string[] = [];
  let cx = x;
  let row = 0;
  for (const item of items) {
    const w = 22 + textWidth(item.label, 11) + 14;
    if (cx > x && cx + w > x + width) {
      row += 1;
      cx = x;
    }
    const cy = y + row * rowHeight + 9;
    const mark =
      item.mark === 'box'
        ? `<rect x="${px(cx)}" y="${px(cy - 5)}" width="14" height="10" fill="${item.colour}" stroke="#333" stroke-width="0.5"/>`
        : `<line x1="${px(cx)}" y1="${px(cy)}" x2="${px(cx + 16)}" y2="${px(cy)}" stroke="${item.colour}" stroke-width="2"${item.mark === 'dash' ? ' stroke-dasharray="4 3"' : ''}/>`;
    parts.push(`${mark}<text x="${px(cx + 20)}" y="${px(cy + 4)}">${escapeXml(item.label)}</text>`);
    cx += w;
  }
  const height = items.length === 0 ? 0 : (row + 1) * rowHeight;
  return { svg: `<g class="legend">${parts.join('')}</g>`, height };
}

/**
 * A tick label: the tick's exact value with the decimals the step needs.
 * @category Reports
 * @param value - the tick value
 * @param places - decimals
 * @returns the label
 * @example
 * ```ts
 * tickText(new Decimal('0.1'), 1); //=> '0.1'
 * ```
 */
export function tickText(value: Decimal, places: number): string {
  return formatDecimal(value, places);
}

/**
 * Opens an accessible SVG chart: `role="img"`, `data-chart`, a viewBox with explicit width and
 * height, a `<title>` and a `<desc>`.
 * @category Reports
 * @param kind - the chart kind, e.g. `indicator-values`
 * @param width - width in pixels
 * @param height - height in pixels
 * @param title - the title (plain text, escaped here)
 * @param description - the description (plain text, escaped here)
 * @returns the opening of the SVG, through the description
 * @example
 * ```ts
 * svgOpen('cv-limits', 640, 200, 'CV', 'CVs against their limits').startsWith('<svg'); //=> true
 * ```
 */
export function svgOpen(
  kind: string,
  width: number,
  height: number,
  title: string,
  description: string,
): string {
  const w = px(width);
  const h = px(height);
  return `<svg class="chart" role="img" data-chart="${escapeXml(kind)}" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" font-family="inherit" font-size="11"><title>${escapeXml(title)}</title><desc>${escapeXml(description)}</desc>`;
}
