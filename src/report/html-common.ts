/**
 * Small helpers shared by the sections of the HTML report: escaping, tables, status words and
 * the mapping from an indicator result to a chart mark.
 * @module
 * @internal
 */
import { comparatorSymbol } from '../assess/exact.js';
import { exactValueOf } from '../assess/explain.js';
import type { Figure, IndicatorResult } from '../assess/types.js';
import type { Indicator, IndicatorSet, Label } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import { formatDecimal, type Lang, placesForUnit } from './format.js';
import { rowStatusLabel, STATUS_LABELS } from './labels.js';
import type { MarkStatus } from './svg/charts.js';
import { escapeXml } from './svg/primitives.js';

/** @internal */
export const esc = escapeXml;

/** Text in the report language, from a label or plain text. @internal */
export function say(text: Label | string, lang: Lang): string {
  return typeof text === 'string' ? text : text[lang];
}

/** Picks the words of the report language. @internal */
export function words(lang: Lang, zh: string, en: string): string {
  return lang === 'zh' ? zh : en;
}

/** An HTML table: headers and rows of cells already in HTML; `num` columns align right. @internal */
export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly number[] = [],
): string {
  const head = headers.map((h, i) => `<th${numeric.includes(i) ? ' class="num"' : ''}>${h}</th>`).join('');
  const body = rows
    .map(
      (r) =>
        `<tr>${r.map((c, i) => `<td${numeric.includes(i) ? ' class="num"' : ''}>${c}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<div class="table"><table><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

/** A figure around a chart, with a visible caption. @internal */
export function figure(caption: string, svg: string): string {
  return `<figure><figcaption>${esc(caption)}</figcaption>${svg}</figure>`;
}

/** A bulleted list of plain texts (escaped here). @internal */
export function list(items: readonly string[]): string {
  return items.length === 0 ? '' : `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>`;
}

/** A status word in a coloured span. @internal */
export function statusHtml(
  status: keyof typeof STATUS_LABELS | 'floor',
  lang: Lang,
  aboveFloor?: boolean | null,
  veto = false,
): string {
  if (status === 'floor' || (status === 'unmet' && aboveFloor === true)) {
    return `<span class="s-floor">${words(lang, '未达标（不低于标准的85%）', 'not met (≥ 85 % of the standard)')}</span>`;
  }
  const label =
    status === 'passed' || status === 'failed' || status === 'incomplete'
      ? STATUS_LABELS[status]
      : rowStatusLabel(status, veto);
  return `<span class="s-${status}">${esc(label[lang])}</span>`;
}

/** The verdict as a badge. @internal */
export function verdictHtml(status: 'passed' | 'failed' | 'incomplete', lang: Lang): string {
  return `<p class="verdict-line">${words(lang, '结论：', 'Verdict: ')}<strong class="verdict ${status}">${esc(STATUS_LABELS[status][lang])}</strong></p>`;
}

/** The indicator of a set by id. @internal */
export function indicatorOf(set: IndicatorSet, id: string): Indicator | undefined {
  return set.indicators.find((i) => i.id === id);
}

/** An indicator's name in the report language (its id when the set does not have it). @internal */
export function nameOf(set: IndicatorSet, id: string, lang: Lang): string {
  return indicatorOf(set, id)?.name[lang] ?? id;
}

/** Decimals for an indicator's values: the report rules (none for counts and yuan). @internal */
export function placesOf(set: IndicatorSet, id: string): number {
  return placesForUnit(indicatorOf(set, id)?.unit?.en);
}

/** A value rounded for display: `∞` when not finite, `—` when absent. @internal */
export function numberText(value: Figure | Decimal | null | undefined, places: number): string {
  if (value !== null && value !== undefined && !new Decimal(value).isFinite()) return '∞';
  return formatDecimal(value, places);
}

/** A result's value as text (empty for judgements without a value). @internal */
export function valueText(set: IndicatorSet, r: IndicatorResult): string {
  if (r.value === null) return r.basis === 'judgement' || r.basis === 'veto' ? '' : '—';
  // Rounded from the exact value the decision was taken on.
  return numberText(exactValueOf(r), placesOf(set, r.indicator));
}

/** A result's threshold with its comparator, rounded like its values. @internal */
export function thresholdText(set: IndicatorSet, r: IndicatorResult): string {
  if (r.threshold === null) return '';
  return `${comparatorSymbol(r.comparator)} ${numberText(r.threshold, placesOf(set, r.indicator))}`.trim();
}

/** How a result is drawn in a chart. @internal */
export function markOf(r: IndicatorResult): MarkStatus {
  switch (r.status) {
    case 'met':
      return 'met';
    case 'unmet':
      return r.aboveFloor === true ? 'floor' : 'unmet';
    case 'unknown':
      return 'unknown';
    case 'measured':
      return 'measured';
    default:
      return 'excluded';
  }
}
