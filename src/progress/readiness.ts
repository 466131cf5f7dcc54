/**
 * One documented, reproducible measure of how ready a county is (达标进度): the share of
 * indicators met, per aspect and overall, as exact fractions; the share of school sections (or
 * kindergartens) passing; and a distance score. Vetoes and missing facts are reported beside the
 * score, never folded into it.
 * @module
 */
import { expectAssessment } from '../assess/guards.js';
import type { Figure } from '../assess/types.js';
import type { Label } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';
import {
  type ExactProgressItem,
  exactProgressItems,
  isPreschoolAssessment,
  type ProgressAssessment,
  type ProgressOptions,
  progressOptionsOf,
} from './items.js';

/**
 * A share of indicators met, as an exact fraction `met / counted` and its value.
 * @category Progress
 * @example
 * ```ts
 * const share: ReadinessShare = { met: 12, unmet: 2, unknown: 1, counted: 15, share: 0.8 };
 * share.share; //=> 0.8
 * ```
 */
export interface ReadinessShare {
  /** Indicators met. */
  readonly met: number;
  /** Indicators decided and not met. */
  readonly unmet: number;
  /** Indicators that missing facts leave undecided (in the denominator, never counted as met). */
  readonly unknown: number;
  /** met + unmet + unknown: the denominator. */
  readonly counted: number;
  /** met ÷ counted (the nearest double; the exact fraction is `met / counted`); null when nothing is counted. */
  readonly share: Figure | null;
}

/**
 * The readiness share of one aspect (e.g. `government-guarantee`, or `variation` for the CVs).
 * @category Progress
 * @example
 * ```ts
 * readiness(assessment).byAspect.map((a) => a.aspect); //=> ['precondition', 'government-guarantee', …]
 * ```
 */
export interface AspectReadiness extends ReadinessShare {
  /** The aspect. */
  readonly aspect: string;
}

/**
 * How many school sections pass the 6-of-7 rule (compulsory 2017), or how many kindergartens
 * comply with every check (preschool).
 * @category Progress
 * @example
 * ```ts
 * readiness(assessment).sections.share; //=> 0.5
 * ```
 */
export interface InstitutionReadiness {
  /** `section` (school sections under a per-section rule) or `kindergarten`. */
  readonly unit: 'section' | 'kindergarten';
  /** Passing (compliant). */
  readonly passing: number;
  /** Failing (non-compliant). */
  readonly failing: number;
  /** Undecided for missing data. */
  readonly unknown: number;
  /** passing + failing + unknown (sections of a set without a per-section rule, such as 2012, are not counted). */
  readonly counted: number;
  /** passing ÷ counted (the exact fraction is `passing / counted`); null when nothing is counted. */
  readonly share: Figure | null;
}

/**
 * One unmet indicator's contribution to the distance score.
 * @category Progress
 * @example
 * ```ts
 * const d: DistanceTerm = { key: 'county:teacher-exchange', name: { zh: '…', en: '…' }, relativeShortfall: 0.05 };
 * ```
 */
export interface DistanceTerm {
  /** The item's key. */
  readonly key: string;
  /** Its name. */
  readonly name: Label;
  /** Its relative shortfall, 0…1. */
  readonly relativeShortfall: Figure;
}

/**
 * The readiness of a county (达标进度) in one assessment. See {@link readiness} for the formula.
 * @category Progress
 * @example
 * ```ts
 * const r: Readiness = readiness(assessment);
 * `${r.indicators.met}/${r.indicators.counted}`; //=> '12/15'
 * ```
 */
export interface Readiness {
  /** The set's id. */
  readonly set: string;
  /** The county. */
  readonly county: {
    /** Its code. */
    readonly code: string;
    /** Its name. */
    readonly name: string;
  };
  /** The data year. */
  readonly year: number;
  /** The assessment's verdict. */
  readonly status: 'passed' | 'failed' | 'incomplete';
  /** Every counted indicator. */
  readonly indicators: ReadinessShare;
  /** Per aspect, in the order the aspects first appear. */
  readonly byAspect: readonly AspectReadiness[];
  /** School sections passing the per-section rule, or kindergartens complying. */
  readonly sections: InstitutionReadiness;
  /** The distance score. */
  readonly distance: {
    /** Mean relative shortfall over the decided indicators (0 = every decided indicator met, 1 = every one missed by its whole threshold or more); null when none is decided. */
    readonly value: Figure | null;
    /** Decided indicators (met + unmet): the denominator. */
    readonly decided: number;
    /** Sum of the relative shortfalls: the numerator. */
    readonly sum: Figure;
    /** The unmet indicators and their relative shortfalls, largest first (ordered on their exact values). */
    readonly terms: readonly DistanceTerm[];
  };
  /** The vetoes (一票否决), outside the score. */
  readonly vetoes: {
    /** Veto conditions that occurred (ids). */
    readonly triggered: readonly string[];
    /** Veto conditions not decided for missing facts (ids). */
    readonly unknown: readonly string[];
    /** Veto conditions checked. */
    readonly total: number;
  };
  /** Counted indicators that missing facts leave undecided, with what is missing. */
  readonly unknown: readonly {
    /** The item's key. */
    readonly key: string;
    /** Its name. */
    readonly name: Label;
    /** The assessment's explanation (what is missing). */
    readonly explanation: Label;
  }[];
  /** The measure in words. */
  readonly explanation: Label;
}

const ZERO = new Decimal(0);

function exactShare(met: number, counted: number): Decimal | null {
  return counted === 0 ? null : new Decimal(met).div(counted);
}

// A quotient of two safe integers in floating point is the double nearest the exact fraction.
function share(met: number, counted: number): Figure | null {
  return counted === 0 ? null : met / counted;
}

function tally(items: readonly ExactProgressItem[]): ReadinessShare {
  let met = 0;
  let unmet = 0;
  let unknown = 0;
  for (const item of items) {
    if (item.status === 'met') met += 1;
    else if (item.status === 'unmet') unmet += 1;
    else if (item.status === 'unknown') unknown += 1;
  }
  const counted = met + unmet + unknown;
  return { met, unmet, unknown, counted, share: share(met, counted) };
}

function percent(value: Decimal | null): string {
  return value === null ? '—' : `${value.times(100).toFixed(2, Decimal.ROUND_HALF_UP)}%`;
}

/**
 * Readiness from items already extracted with exact figures (what {@link readiness} does after
 * `exactProgressItems`); used by comparisons and trajectories so the items are built once.
 * @internal
 * @param assessment - the assessment
 * @param items - its progress items, exact
 * @returns the readiness
 * @example
 * ```ts
 * readinessOfItems(assessment, exactProgressItems(assessment)).indicators.met; //=> 12
 * ```
 */
export function readinessOfItems(
  assessment: ProgressAssessment,
  items: readonly ExactProgressItem[],
): Readiness {
  const counted = items.filter((i) => i.counted);
  const indicators = tally(counted);
  const aspects: string[] = [];
  for (const item of counted) if (!aspects.includes(item.aspect)) aspects.push(item.aspect);
  const byAspect = aspects.map((aspect) => ({
    aspect,
    ...tally(counted.filter((i) => i.aspect === aspect)),
  }));

  let passing = 0;
  let failing = 0;
  let undecided = 0;
  if (isPreschoolAssessment(assessment)) {
    for (const k of assessment.kindergartens) {
      if (k.compliance.all === 'compliant') passing += 1;
      else if (k.compliance.all === 'non-compliant') failing += 1;
      else if (k.compliance.all === 'unknown') undecided += 1;
    }
  } else {
    for (const s of assessment.sections) {
      if (s.rule === null) continue;
      if (s.passed === true) passing += 1;
      else if (s.passed === false) failing += 1;
      else undecided += 1;
    }
  }
  const sectionCount = passing + failing + undecided;
  const sections: InstitutionReadiness = {
    unit: isPreschoolAssessment(assessment) ? 'kindergarten' : 'section',
    passing,
    failing,
    unknown: undecided,
    counted: sectionCount,
    share: share(passing, sectionCount),
  };

  let sum = ZERO;
  let decided = 0;
  const exactTerms: { key: string; name: Label; relativeShortfall: Decimal }[] = [];
  for (const item of counted) {
    if (item.relativeShortfall === null) continue;
    decided += 1;
    sum = sum.plus(item.relativeShortfall);
    if (item.status === 'unmet')
      exactTerms.push({ key: item.key, name: item.name, relativeShortfall: item.relativeShortfall });
  }
  // Ordered on the exact shortfalls: two that round to the same number keep their true order.
  exactTerms.sort((a, b) => b.relativeShortfall.comparedTo(a.relativeShortfall));
  const terms: DistanceTerm[] = exactTerms.map((t) => ({
    key: t.key,
    name: t.name,
    relativeShortfall: t.relativeShortfall.toNumber(),
  }));
  const exactDistance = decided === 0 ? null : sum.div(decided);
  const distance = {
    value: exactDistance === null ? null : exactDistance.toNumber(),
    decided,
    sum: sum.toNumber(),
    terms,
  };

  const vetoItems = items.filter((i) => i.kind === 'veto');
  const vetoes = {
    triggered: vetoItems.filter((i) => i.status === 'unmet').map((i) => i.indicator ?? i.key),
    unknown: vetoItems.filter((i) => i.status === 'unknown').map((i) => i.indicator ?? i.key),
    total: vetoItems.length,
  };
  const unknown = counted
    .filter((i) => i.status === 'unknown')
    .map((i) => ({ key: i.key, name: i.name, explanation: i.explanation }));

  const unitZh =
    sections.unit === 'kindergarten' ? '所幼儿园全部合规' : '个学校学段达到“6项达标、余项不低于85%”';
  const unitEn =
    sections.unit === 'kindergarten'
      ? 'kindergartens comply with every check'
      : 'school sections pass the 6-of-7 rule';
  const explanation: Label = {
    zh: `指标达标 ${indicators.met}/${indicators.counted} 项（${percent(exactShare(indicators.met, indicators.counted))}），未达标 ${indicators.unmet} 项，缺少数据 ${indicators.unknown} 项；${sections.counted === 0 ? '' : `${sections.passing}/${sections.counted} ${unitZh}；`}距离分 ${exactDistance === null ? '—' : exactDistance.toDecimalPlaces(4).toString()}（${decided} 项已判定指标的相对差距平均值）；一票否决情形 ${vetoes.triggered.length} 项${vetoes.unknown.length > 0 ? `，无法判定 ${vetoes.unknown.length} 项` : ''}`,
    en: `${indicators.met} of ${indicators.counted} indicators met (${percent(exactShare(indicators.met, indicators.counted))}), ${indicators.unmet} not met, ${indicators.unknown} missing data; ${sections.counted === 0 ? '' : `${sections.passing} of ${sections.counted} ${unitEn}; `}distance ${exactDistance === null ? '—' : exactDistance.toDecimalPlaces(4).toString()} (mean relative shortfall of ${decided} decided indicators); ${vetoes.triggered.length} veto condition(s) occurred${vetoes.unknown.length > 0 ? `, ${vetoes.unknown.length} undecided` : ''}`,
  };

  return {
    set: assessment.set,
    county: { code: assessment.county.code, name: assessment.county.name },
    year: assessment.year,
    status: assessment.status,
    indicators,
    byAspect,
    sections,
    distance,
    vetoes,
    unknown,
    explanation,
  };
}

/**
 * How ready a county is (达标进度), as one reproducible measure with three parts.
 *
 * 1. **Share of indicators met**, overall and per aspect: met ÷ counted, where counted = met +
 *    unmet + unknown over the county-level requirements of {@link progressItems} (preconditions,
 *    county indicators including school-level ones aggregated over the county, social
 *    recognition, each CV with a limit, each composite CV; every CV is in the aspect
 *    `variation`). An unknown indicator stays in the denominator and is never counted as met.
 *    Given as the exact fraction (`met`, `counted`) and its value.
 * 2. **Share of school sections passing** the per-section rule (6 of 7 met, the rest ≥ 85 %):
 *    passing ÷ (passing + failing + undecided). For a preschool assessment: kindergartens whose
 *    `compliance.all` is compliant ÷ those it applies to. Sets without a per-section rule (2012)
 *    count none (share null).
 * 3. **Distance score** = (Σ relative shortfall) ÷ (number of decided indicators), over the
 *    counted indicators that are met or unmet. Relative shortfall = 0 when met; when unmet,
 *    shortfall ÷ |threshold| capped at 1 (for a CV: (CV − limit) ÷ limit); for a school-level
 *    indicator aggregated over the county, the largest relative shortfall among its failing
 *    schools; 1 for an unmet judgement on evidence or a threshold of 0. 0 means every decided
 *    indicator is met; 1 means every one is missed by at least its whole threshold.
 *
 * Vetoes are listed under `vetoes` and missing facts under `unknown`; neither changes the
 * distance score. Divisions are carried to 40 significant digits, the terms are ordered on those
 * exact values, and each figure returned is the double nearest to its exact value.
 *
 * Readiness is not monotone in resources: raising a school that is already above the county
 * mean raises the CV of that indicator, which can turn a met CV into an unmet one.
 *
 * @category Progress
 * @param assessment - a compulsory or preschool assessment
 * @param options - `set` for names
 * @returns the readiness, with its explanation in both languages
 * @example
 * ```ts
 * const r = readiness(assessCompulsory(dataset, compulsoryQuality2017));
 * r.indicators.share; //=> 0.8 (12 of 15)
 * r.vetoes.triggered; //=> ['illegal-school-choice']
 * ```
 */
export function readiness(assessment: ProgressAssessment, options: ProgressOptions = {}): Readiness {
  expectAssessment(assessment);
  progressOptionsOf(options);
  return readinessOfItems(assessment, exactProgressItems(assessment, options));
}
