/**
 * The figures counties print beside dudao's CVs (issue #17 item 4), in words for the assessment
 * reports: both comparisons of a CV with its limit where a set declares that the official
 * practice compares the CV rounded (`rules.variation.compareRounded`), and the 2017 composite CV
 * (综合差异系数) that counties print, labelled as information that decides nothing.
 * @module
 * @internal
 */
import type { CompulsoryAssessment } from '../assess/county.js';
import type { Figure, RoundedComparison } from '../assess/types.js';
import type { Label } from '../indicators/types.js';
import { formatDecimal, type Lang } from './format.js';

/** The heading of the informational composite in every report. @internal */
export const INFORMATIONAL_COMPOSITE_HEADING: Label = {
  zh: '综合差异系数（仅供参考，不作判定依据）',
  en: 'Composite CV (for information only, not a basis for any verdict)',
};

/** The headings of the two comparison columns. @internal */
export function comparisonHeadings(places: number, lang: Lang): [string, string] {
  return lang === 'zh'
    ? [`修约比较（保留 ${places} 位小数）`, '精确比较']
    : [`Rounded comparison (${places} decimals)`, 'Exact comparison'];
}

function metWord(met: boolean | null, lang: Lang): string {
  if (met === null) return lang === 'zh' ? '无法判定' : 'undecided';
  if (lang === 'zh') return met ? '达标' : '未达标';
  return met ? 'met' : 'not met';
}

function sign(met: boolean | null): string {
  return met === null ? '?' : met ? '≤' : '>';
}

/**
 * Both comparisons of a CV with its limit, as texts: `0.50 ≤ 0.50 达标` (the CV rounded half up
 * to the set's decimals) and `0.501787 > 0.50 未达标` (the CV to 6 decimals, decided exactly);
 * empty texts where the entry has no rounding.
 * @internal
 */
export function comparisonTexts(
  entry: { readonly cv: Figure | null; readonly limit: Figure | null; readonly rounding?: RoundedComparison },
  lang: Lang,
): [string, string] {
  const r = entry.rounding;
  if (r === undefined || entry.cv === null || entry.limit === null) return ['', ''];
  const limit = formatDecimal(entry.limit, 2);
  return [
    `${formatDecimal(r.roundedCv, r.places)} ${sign(r.roundedMet)} ${limit} ${metWord(r.roundedMet, lang)}`,
    `${formatDecimal(entry.cv, 6)} ${sign(r.exactMet)} ${limit} ${metWord(r.exactMet, lang)}`,
  ];
}

/**
 * The decimals the assessment's CVs were compared at, when the set declares a rounding
 * convention; null when it compares exactly.
 * @internal
 */
export function roundingPlaces(assessment: CompulsoryAssessment): number | null {
  for (const e of [...assessment.variation, ...(assessment.composite ?? [])])
    if (e.rounding !== undefined) return e.rounding.places;
  return null;
}
