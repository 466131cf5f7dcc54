/**
 * The shapes of an explained assessment: what every indicator result, school-section result,
 * variation result and verdict carries, so that an app can show where each number came from.
 * @module
 */
import type { Comparator, Label, Stage } from '../indicators/types.js';

/**
 * The state of one indicator: `met`, `unmet`, `unknown` (a figure it needs is missing: never
 * counted as met), `not-applicable` (the indicator does not apply here) or `measured` (a value
 * with no threshold of its own, compared only through the CV rule).
 * @category Assessment
 * @example
 * ```ts
 * const status: IndicatorStatus = 'unknown';
 * ```
 */
export type IndicatorStatus = 'met' | 'unmet' | 'unknown' | 'not-applicable' | 'measured';

/**
 * A figure of a result: a JavaScript number, the double nearest the exact value, correct to at
 * least 12 significant digits (a JSON number read from the dataset is that number itself).
 * Every decision (`met`, `passed`, `aboveFloor`, `withinLimit`) was taken on the exact values
 * before rounding: a value exactly on its threshold meets it. Results are plain data, so they
 * survive `JSON.stringify`, `structuredClone` and `postMessage` unchanged; the exact value of an
 * indicator result is {@link exactValueOf}, and the JSON documents of the command line write
 * figures as decimal strings ({@link toJsonDocument}).
 * @category Assessment
 * @example
 * ```ts
 * const value: Figure = 4.2;
 * ```
 */
export type Figure = number;

/**
 * A figure that dudao derived rather than read, such as a nine-year school's books split
 * between its primary and junior sections by weighted pupils.
 * @category Assessment
 * @example
 * ```ts
 * const derived: DerivedFigure = {
 *   field: 'books', rule: 'split-by-weighted-pupils', schoolTotal: 23226,
 *   weighted: 166, weightedTotal: 397, share: 166 / 397, value: (23226 * 166) / 397,
 *   exact: { numerator: '3855516', denominator: '397', scale: 1 },
 *   explanation: { en: '23226 × 166 ÷ 397 (weighted pupils 166 + 1.1 × 210 = 397)', zh: '23226 × 166 ÷ 397（加权学生数 166 + 1.1 × 210 = 397）' },
 * };
 * ```
 */
export interface DerivedFigure {
  /** The stock field, e.g. `books`. */
  readonly field: string;
  /** How it was derived. */
  readonly rule: 'split-by-weighted-pupils';
  /** The whole-school figure from `sharedStock`. */
  readonly schoolTotal: Figure;
  /** Weighted pupils of the section. */
  readonly weighted: Figure;
  /** Weighted pupils of the school. */
  readonly weightedTotal: Figure;
  /** This section's share of it (weighted pupils of the section ÷ weighted pupils of the school). */
  readonly share: Figure;
  /** The section's figure: total × share. */
  readonly value: Figure;
  /** The exact fraction behind `value`: total × weighted ÷ weightedTotal, in decimal strings. */
  readonly exact: ExactFraction;
  /** The arithmetic in words. */
  readonly explanation: Label;
}

/**
 * A figure given in a form counties publish and turned into the one an indicator reads (an input
 * of a result): a resource given as a rate (`derived: 'rate'`: rate × pupils ÷ per, from a
 * section's `rates`), or an amount given in 万元 (`derived: 'unit'`: × 10 000 yuan). Exact: the
 * amount used is `exact`; `value` is its nearest number.
 * @category Assessment
 * @example
 * ```ts
 * const input: InputFigure = {
 *   field: 'teachers.aboveRequiredQualification', derived: 'rate', given: 4.2, per: 100, pupils: 500,
 *   value: 21, exact: '21',
 *   explanation: { en: 'teachers.aboveRequiredQualification 4.2 per 100 pupils × 500 pupils ÷ 100 = 21 (derived from the rate per 100 pupils)',
 *     zh: 'teachers.aboveRequiredQualification 每百名学生 4.2 × 在校生 500 人 ÷ 100 = 21（由每百名学生拥有量推算）' },
 * };
 * ```
 */
export interface InputFigure {
  /** The field, as a path in the section: `teachers.aboveRequiredQualification`, `stock.equipmentValue`. */
  readonly field: string;
  /** How it was derived: from a rate, or from another unit. */
  readonly derived: 'rate' | 'unit';
  /** What was given: the rate, or the amount in its unit. */
  readonly given: Figure;
  /** For a rate: 1 (生均, per pupil) or 100 (每百名, per 100 pupils). */
  readonly per?: Figure;
  /** For a rate: the section's pupils it was multiplied by. */
  readonly pupils?: Figure;
  /** For an amount: the unit it was given in. */
  readonly unit?: '万元';
  /** The amount used (a count, m² or yuan). */
  readonly value: Figure;
  /** The amount used, exactly, as a decimal string. */
  readonly exact: string;
  /** The arithmetic in words, marked as derived. */
  readonly explanation: Label;
}

/**
 * The exact fraction behind a value, in decimal strings: value = numerator ÷ denominator ×
 * scale. A result carries it when its `numerator` and `denominator` numbers do not stand exactly
 * for the figures decided on (a split figure, a decimal string with more digits than a double
 * holds).
 * @category Assessment
 * @example
 * ```ts
 * const f: ExactFraction = { numerator: '3855516', denominator: '65902', scale: 1 };
 * ```
 */
export interface ExactFraction {
  /** Numerator, a decimal string. */
  readonly numerator: string;
  /** Denominator (> 0), a decimal string. */
  readonly denominator: string;
  /** 100 for "per 100", else 1. */
  readonly scale: Figure;
}

/**
 * One indicator's result, explained: the value with the numerator and denominator it came from,
 * the threshold and comparator, the decision and the shortfall.
 *
 * Plain data: every figure is a number ({@link Figure}), the decision was taken exactly, and
 * {@link explainResult} writes the arithmetic in words ("21 ÷ 500 × 100 = 4.2 ≥ 4.2").
 * @category Assessment
 * @example
 * ```ts
 * const result: IndicatorResult = {
 *   indicator: 'qualified-teachers-per-100', status: 'met', met: true,
 *   value: 4.2, numerator: 21, denominator: 500, scale: 100,
 *   threshold: 4.2, comparator: 'gte', shortfall: null, basis: 'schools',
 * };
 * ```
 */
export interface IndicatorResult {
  /** The indicator id. */
  readonly indicator: string;
  /** The stage, for stage-specific indicators. */
  readonly stage?: Stage;
  /** The decision. */
  readonly status: IndicatorStatus;
  /** `true` or `false` once decided; `null` for unknown, not applicable or measured-only. */
  readonly met: boolean | null;
  /** The value compared (null for judgements and unknowns). */
  readonly value: Figure | null;
  /** For ratios: the numerator (resource, or the fact's numerator). */
  readonly numerator?: Figure;
  /** For ratios: the denominator (pupils, respondents…). */
  readonly denominator?: Figure;
  /** For ratios: 100 for "per 100" and percentages, else 1. */
  readonly scale?: Figure;
  /** The threshold (null for judgements, unknowns of indicators without one, and measured-only values). */
  readonly threshold: Figure | null;
  /** How value and threshold are compared. */
  readonly comparator: Comparator;
  /** How far from the threshold an unmet value is (threshold − value for ≥, value − threshold for ≤); null when met or unknown. */
  readonly shortfall: Figure | null;
  /** For the 6-of-7 rule: whether an unmet value still reaches the floor (the set's `floorRatio` of the threshold). */
  readonly aboveFloor?: boolean | null;
  /** Figures that were missing when the status is `unknown`. */
  readonly missing?: readonly string[];
  /** Why the indicator does not apply, when the status is `not-applicable`. */
  readonly reason?: string;
  /** Figures derived rather than read. */
  readonly derived?: readonly DerivedFigure[];
  /**
   * Figures the result read that were given in another form and turned into counts or yuan: a
   * rate (生均值 / 每百名, `derived: 'rate'`) or an amount in 万元 (`derived: 'unit'`). Absent when
   * every figure was read as given.
   */
  readonly inputs?: readonly InputFigure[];
  /**
   * The exact fraction behind the value (value = numerator ÷ denominator × scale), which the
   * decision used: present only when the `numerator` and `denominator` numbers do not stand
   * exactly for it (derived figures, decimal strings longer than a double holds).
   */
  readonly exact?: ExactFraction;
  /** Where the value came from: read from the schools, a county fact, or a judgement on evidence. */
  readonly basis?: 'schools' | 'fact' | 'judgement' | 'survey' | 'veto';
  /** The note attached to a judgement. */
  readonly note?: string;
}

/**
 * A school section's results and the 6-of-7 rule (教督〔2017〕6号: each school meets at least 6 of
 * the 7 resource indicators, and every unmet one reaches at least 85 % of its standard).
 * @category Assessment
 * @example
 * ```ts
 * const section = assessment.sections[0];
 * section?.metCount; //=> 7
 * section?.passed; //=> true
 * ```
 */
export interface SectionAssessment {
  /** The school's id. */
  readonly schoolId: string;
  /** The school's name. */
  readonly schoolName: string;
  /** The school's kind. */
  readonly kind: string;
  /** The stage of this section. */
  readonly stage: 'primary' | 'junior';
  /** Pupils of the section (the CV weight). */
  readonly pupils: Figure;
  /** Every institution indicator evaluated for the section. */
  readonly results: readonly IndicatorResult[];
  /** Indicators counting towards the rule that are met. */
  readonly metCount: number;
  /** Indicators counting towards the rule that are not met. */
  readonly unmetCount: number;
  /** Indicators counting towards the rule whose data is missing. */
  readonly unknownCount: number;
  /** The rule applied: at least `minMet` met and every unmet ≥ `floorRatio` × threshold; null when the set has none (2012). */
  readonly rule: {
    /** How many must be met. */
    readonly minMet: number;
    /** The floor for unmet ones, as a share of the threshold. */
    readonly floorRatio: Figure;
    /** How many indicators count. */
    readonly counted: number;
  } | null;
  /** Whether the section passes the rule; null when the set has no rule or missing data leaves it open. */
  readonly passed: boolean | null;
  /** Stock figures derived by splitting whole-school stock. */
  readonly derived: readonly DerivedFigure[];
}

/**
 * Results of indicators measured once per school (music and art rooms per 12 classes, room
 * areas, school size).
 * @category Assessment
 * @example
 * ```ts
 * assessment.schools[0]?.results.map((r) => r.indicator); //=> ['music-art-rooms', 'music-room-area', …]
 * ```
 */
export interface SchoolAssessment {
  /** The school's id. */
  readonly schoolId: string;
  /** The school's name. */
  readonly schoolName: string;
  /** The results. */
  readonly results: readonly IndicatorResult[];
}

/**
 * A school left out of the resource indicators and the CV, with the reason (never dropped
 * silently).
 * @category Assessment
 * @example
 * ```ts
 * const exclusion: Exclusion = { schoolId: 's09', schoolName: '某教学点', kind: 'teaching-point', reason: 'teaching-point-below-50', pupils: 32,
 *   explanation: { en: 'teaching point with 32 pupils (< 50)', zh: '教学点，在校生 32 人（不足 50 人）' } };
 * ```
 */
export interface Exclusion {
  /** The school's id. */
  readonly schoolId: string;
  /** The school's name. */
  readonly schoolName: string;
  /** The school's kind. */
  readonly kind: string;
  /** `special-education`, `teaching-point-below-N`, `teaching-point`, `kind-excluded` or `ownership`. */
  readonly reason: string;
  /** Compulsory pupils of the school. */
  readonly pupils: Figure;
  /** The reason in words. */
  readonly explanation: Label;
}

/**
 * The enrolment-weighted inter-school coefficient of variation (差异系数) of one indicator and
 * stage, against its limit.
 * @category Assessment
 * @example
 * ```ts
 * const v = assessment.variation.find((x) => x.indicator === 'books-per-pupil' && x.stage === 'primary');
 * v?.cv?.toFixed(3); //=> '0.515'
 * ```
 */
export interface VariationEntry {
  /** The indicator id. */
  readonly indicator: string;
  /** The stage. */
  readonly stage: 'primary' | 'junior';
  /** `met`, `unmet`, `unknown` (a section's value is missing) or `measured` (composite rule: judged through the composite). */
  readonly status: IndicatorStatus;
  /** The CV; null when unknown or when the mean is 0. */
  readonly cv: Figure | null;
  /** The enrolment-weighted mean (= total resource ÷ total pupils). */
  readonly mean: Figure | null;
  /** The weighted standard deviation S. */
  readonly standardDeviation: Figure | null;
  /** Number of school sections. */
  readonly count: number;
  /** Total pupils. */
  readonly totalWeight: Figure;
  /** The limit, for per-indicator rules. */
  readonly limit: Figure | null;
  /** The decision (per-indicator rules); null otherwise. */
  readonly met: boolean | null;
  /** Sections whose value was missing. */
  readonly missing?: readonly string[];
  /** Present when the set declares a rounding convention (`variation.compareRounded`): both comparisons. */
  readonly rounding?: RoundedComparison;
}

/**
 * Both comparisons of a CV with its limit when a set declares that the official practice compares
 * the CV rounded half up to `places` decimals (`rules.variation.compareRounded`): `met` of the
 * entry follows the set's convention; `exactMet` is what the exact CV gives. Both decided exactly.
 * A published CV of 0.501787 meets ≤ 0.50 at 2 decimals (0.50) and fails at 3 (0.502) or exactly.
 * @category Assessment
 * @example
 * ```ts
 * const r: RoundedComparison = { places: 2, roundedCv: 0.5, roundedMet: true, exactMet: false,
 *   explanation: { en: 'CV 0.501787… rounded to 2 decimals is 0.50 ≤ 0.50 (the set compares the rounded figure); exactly 0.501787… > 0.50', zh: '…' } };
 * ```
 */
export interface RoundedComparison {
  /** Decimals the set rounds the CV to (half up) before comparing. */
  readonly places: number;
  /** The CV rounded half up to `places` decimals. */
  readonly roundedCv: Figure | null;
  /** The decision on the rounded CV (the set's convention; the entry's `met`). */
  readonly roundedMet: boolean | null;
  /** The decision on the exact CV. */
  readonly exactMet: boolean | null;
  /** Both comparisons in words. */
  readonly explanation: Label;
}

/**
 * The 2017 "综合差异系数" many counties print: the mean of the single CVs of one stage. For
 * information only: 教督〔2017〕6号 judges each CV on its own (no composite), so it has no limit
 * and no verdict.
 * @category Assessment
 * @example
 * ```ts
 * assessment.informationalComposite?.[0]?.label.zh; //=> '综合差异系数（仅供参考，不作判定）'
 * ```
 */
export interface InformationalComposite {
  /** The stage. */
  readonly stage: 'primary' | 'junior';
  /** The mean of the single CVs; null when one is unknown. */
  readonly cv: Figure | null;
  /** The single CVs averaged. */
  readonly components: readonly {
    /** The indicator. */
    readonly indicator: string;
    /** Its CV (null when unknown). */
    readonly cv: Figure | null;
  }[];
  /** What the figure is. */
  readonly label: Label;
  /** Why it decides nothing. */
  readonly note: Label;
}

/**
 * The composite CV of the basic-balance rule (综合差异系数): the mean of the single CVs of one stage.
 * @category Assessment
 * @example
 * ```ts
 * assessment.composite?.[0]?.limit; //=> 0.65
 * ```
 */
export interface CompositeEntry {
  /** The stage. */
  readonly stage: 'primary' | 'junior';
  /** The composite CV; null when a component is unknown. */
  readonly cv: Figure | null;
  /** The limit. */
  readonly limit: Figure;
  /** The decision; null when unknown. */
  readonly met: boolean | null;
  /** `met`, `unmet` or `unknown`. */
  readonly status: IndicatorStatus;
  /** The single CVs averaged. */
  readonly components: readonly {
    /** The indicator. */
    readonly indicator: string;
    /** Its CV (null when unknown). */
    readonly cv: Figure | null;
  }[];
  /** Present when the set declares a rounding convention (`variation.compareRounded`): both comparisons. */
  readonly rounding?: RoundedComparison;
}

/**
 * A county-level result: a county indicator, or a school-level indicator aggregated over the
 * county (met only when every school in scope meets it).
 * @category Assessment
 * @example
 * ```ts
 * const exchange = assessment.countyIndicators.find((r) => r.indicator === 'teacher-exchange');
 * exchange?.threshold; //=> 10
 * ```
 */
export interface CountyIndicatorResult extends IndicatorResult {
  /** The indicator's aspect, e.g. `government-guarantee`. */
  readonly aspect: string;
  /** The item it belongs to, when an item has several checks. */
  readonly item?: string;
  /** Whether failing it fails the county whatever else holds. */
  readonly veto: boolean;
  /** Reported for reference only; does not decide the verdict. */
  readonly advisory: boolean;
  /** For aggregated school-level indicators: how many schools (or sections) it applies to. */
  readonly applicable?: number;
  /** For aggregated school-level indicators: whether it is counted by school section rather than by school. */
  readonly bySection?: boolean;
  /** For aggregated school-level indicators: the schools (and sections) that do not meet it. */
  readonly failing?: readonly {
    /** The school. */
    readonly schoolId: string;
    /** The stage, for section-level indicators. */
    readonly stage?: string;
    /** Its value. */
    readonly value: Figure | null;
  }[];
  /** For aggregated school-level indicators: schools whose data is missing. */
  readonly unknownSchools?: readonly string[];
}

/**
 * Why a county did not pass (or could not be decided), in both languages.
 * @category Assessment
 * @example
 * ```ts
 * const reason: VerdictReason = { code: 'cv-over-limit', indicator: 'sports-area-per-pupil', stage: 'primary',
 *   en: 'primary sports-area-per-pupil: CV 0.53 > 0.50', zh: '小学生均体育运动场馆面积差异系数 0.53 > 0.50' };
 * ```
 */
export interface VerdictReason {
  /** `precondition`, `section-failed`, `cv-over-limit`, `composite-over-limit`, `indicator-unmet`, `veto`, `unknown`. */
  readonly code: string;
  /** The indicator concerned. */
  readonly indicator?: string;
  /** The school concerned. */
  readonly schoolId?: string;
  /** The stage concerned. */
  readonly stage?: string;
  /** English. */
  readonly en: string;
  /** Chinese. */
  readonly zh: string;
}

/**
 * A data warning: something odd that does not stop the assessment (class sizes not adding up to
 * pupils, more certified teachers than teachers).
 * @category Assessment
 * @example
 * ```ts
 * const warning: DataWarning = { code: 'class-sizes-sum', path: ['schools', 0, 'sections', 'primary', 'classSizes'],
 *   en: 'class sizes add up to 800, pupils are 812', zh: '各班人数之和 800 与在校生数 812 不符' };
 * ```
 */
export interface DataWarning {
  /** The kind of warning. */
  readonly code: string;
  /** Where. */
  readonly path: readonly (string | number)[];
  /** English. */
  readonly en: string;
  /** Chinese. */
  readonly zh: string;
}
