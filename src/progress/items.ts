/**
 * The requirements of an assessment as one flat list of comparable items (重点指标), so that two
 * assessments of a county can be compared, scored and followed over time the same way whatever
 * the programme: county indicators, CVs, school sections and kindergartens each become an item
 * with a stable key, a value, a threshold and a signed gap.
 * @module
 */
import type { CompulsoryAssessment } from '../assess/county.js';
import { exactValueOf, explainResult } from '../assess/explain.js';
import { expectAssessment } from '../assess/guards.js';
import type { PreschoolAssessment } from '../assess/preschool-types.js';
import type { CountyIndicatorResult, Figure, IndicatorResult, IndicatorStatus } from '../assess/types.js';
import { type FieldKind, optionsOf } from '../guard.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { Comparator, IndicatorSet, Label, Stage } from '../indicators/types.js';
import { Decimal } from '../numeric/decimal.js';

/**
 * An assessment that progress can follow: a compulsory-education assessment
 * ({@link assessCompulsory}) or a preschool one ({@link assessPreschool}).
 * @category Progress
 * @example
 * ```ts
 * const a: ProgressAssessment = assessCompulsory(dataset, compulsoryQuality2017);
 * ```
 */
export type ProgressAssessment = CompulsoryAssessment | PreschoolAssessment;

/**
 * What an item is: a county-level requirement (`precondition`, `county`, `social-recognition`,
 * `variation` for one CV, `composite` for a 2012 composite CV), a `veto`, or one indicator of one
 * school `section` or `kindergarten`.
 * @category Progress
 * @example
 * ```ts
 * const kind: ProgressItemKind = 'variation';
 * ```
 */
export type ProgressItemKind =
  | 'precondition'
  | 'county'
  | 'social-recognition'
  | 'variation'
  | 'composite'
  | 'veto'
  | 'section'
  | 'kindergarten';

/**
 * One requirement of an assessment, flattened for progress (重点指标): its value, threshold and
 * decision, and two distances to the threshold.
 *
 * - `gap` (signed distance): threshold − value for `gte`/`gt`, value − threshold for
 *   `lte`/`lt` (a CV: CV − limit), |value − threshold| for `eq`. Positive means on the wrong side;
 *   zero or negative means at or beyond the threshold. Null without a value or a threshold.
 * - `relativeShortfall` (the readiness distance, 0…1): 0 when met; when unmet, shortfall ÷
 *   |threshold| capped at 1; for a school-level indicator aggregated over the county, the largest
 *   such figure among the failing schools; 1 when unmet without a value to scale (a judgement on
 *   evidence, a threshold of 0, or an aggregate whose threshold differs by stage). Null when not
 *   decided (unknown, not applicable, measured only).
 *
 * Plain data: figures are numbers ({@link Figure}), each the double nearest a difference or
 * quotient worked out exactly from the exact value of the result ({@link exactValueOf}); a CV
 * item starts from the CV as reported.
 * @category Progress
 * @example
 * ```ts
 * const cv = progressItems(assessment).find((i) => i.key === 'variation:sports-area-per-pupil:primary');
 * cv?.gap; //=> 0.0151515151515151 (the CV 17/33 as reported, 0.5151515151515151, − 0.5)
 * ```
 */
export interface ProgressItem {
  /**
   * A key that is the same in every assessment of the county: `county:<id>`, `precondition:<id>`,
   * `social-recognition:<id>`, `veto:<id>`, `variation:<id>:<stage>`, `composite:<stage>`,
   * `section:<school>:<stage>:<id>`, `kindergarten:<kindergarten>:<id>`.
   */
  readonly key: string;
  /** What the item is. */
  readonly kind: ProgressItemKind;
  /** The indicator id (null for a composite CV). */
  readonly indicator: string | null;
  /** The stage, for stage-specific items. */
  readonly stage?: Stage;
  /** The school or kindergarten, for institution items. */
  readonly institutionId?: string;
  /** The institution's name, for institution items. */
  readonly institutionName?: string;
  /**
   * The group the readiness score reports it under: the county indicator's aspect, `variation`
   * for every CV and composite (校际差异系数), `veto`, or `institution` for section and
   * kindergarten items.
   */
  readonly aspect: string;
  /** The item's name in both languages (from the indicator set when one is given, else the id). */
  readonly name: Label;
  /** The value compared (the CV for CV items); null for judgements, aggregates and unknowns. */
  readonly value: Figure | null;
  /** The threshold (the limit for CV items). */
  readonly threshold: Figure | null;
  /** How value and threshold are compared (`lte` for CV items). */
  readonly comparator: Comparator;
  /** The decision. */
  readonly status: IndicatorStatus;
  /** `true` or `false` once decided; null otherwise. */
  readonly met: boolean | null;
  /** Signed distance to the threshold (see the type's description). */
  readonly gap: Figure | null;
  /** The readiness distance, 0…1 (see the type's description). */
  readonly relativeShortfall: Figure | null;
  /** Whether the item counts in the readiness share of indicators met (county-level, not advisory, not a veto, decided or unknown). */
  readonly counted: boolean;
  /** The assessment's own explanation of the value. */
  readonly explanation: Label;
}

/**
 * A {@link ProgressItem} with its figures as exact Decimals, what comparisons, readiness and
 * trajectories compute with before they round to numbers.
 * @internal
 */
export interface ExactProgressItem
  extends Omit<ProgressItem, 'value' | 'threshold' | 'gap' | 'relativeShortfall'> {
  /** The exact value. */
  readonly value: Decimal | null;
  /** The threshold. */
  readonly threshold: Decimal | null;
  /** The exact signed distance. */
  readonly gap: Decimal | null;
  /** The exact readiness distance. */
  readonly relativeShortfall: Decimal | null;
}

/**
 * Options shared by the progress functions.
 * @category Progress
 * @example
 * ```ts
 * const options: ProgressOptions = { set: compulsoryQuality2017 };
 * ```
 */
export interface ProgressOptions {
  /** The indicator set the assessments were made with, for names in explanations (ids are shown without it). Its id must match the assessments'. */
  readonly set?: IndicatorSet;
}

const ZERO = new Decimal(0);
const ONE = new Decimal(1);

const STAGE_LABEL: Readonly<Record<Stage, Label>> = {
  primary: { zh: '小学', en: 'primary' },
  junior: { zh: '初中', en: 'junior' },
  kindergarten: { zh: '幼儿园', en: 'kindergarten' },
};

/**
 * Whether an assessment is a preschool one.
 * @category Progress
 * @param assessment - a compulsory or preschool assessment
 * @returns true for a {@link PreschoolAssessment}
 * @example
 * ```ts
 * isPreschoolAssessment(assessCompulsory(dataset, compulsoryQuality2017)); //=> false
 * ```
 */
export function isPreschoolAssessment(assessment: ProgressAssessment): assessment is PreschoolAssessment {
  return 'kindergartens' in assessment;
}

/**
 * The signed distance of a value to its threshold: positive on the wrong side (see
 * {@link ProgressItem}); null without a value, a threshold or a numeric comparator.
 * @category Progress
 * @param value - the value
 * @param threshold - the threshold
 * @param comparator - how they are compared
 * @returns the gap, exact
 * @internal
 * @example
 * ```ts
 * signedGap(new Decimal('9.5'), new Decimal(10), 'gte')?.toString(); //=> '0.5'
 * signedGap(new Decimal('0.47'), new Decimal('0.50'), 'lte')?.toString(); //=> '-0.03'
 * ```
 */
export function signedGap(
  value: Decimal | null,
  threshold: Decimal | null,
  comparator: Comparator,
): Decimal | null {
  if (value === null || threshold === null) return null;
  switch (comparator) {
    case 'gte':
    case 'gt':
      return threshold.minus(value);
    case 'lte':
    case 'lt':
      return value.minus(threshold);
    case 'eq':
      return value.minus(threshold).abs();
    default:
      return null;
  }
}

function relativeOf(value: Decimal | null, threshold: Decimal | null, comparator: Comparator): Decimal {
  const gap = signedGap(value, threshold, comparator);
  if (gap === null || threshold === null || threshold.isZero()) return ONE;
  const relative = Decimal.max(gap, ZERO).div(threshold.abs());
  return Decimal.min(relative, ONE);
}

function relativeShortfallOf(
  result: IndicatorResult | CountyIndicatorResult,
  value: Decimal | null,
  threshold: Decimal | null,
): Decimal | null {
  if (result.status === 'met') return ZERO;
  if (result.status !== 'unmet') return null;
  const failing = 'failing' in result ? result.failing : undefined;
  if (result.value === null && failing !== undefined && failing.length > 0) {
    let worst = ZERO;
    for (const f of failing) {
      // A failing school's value is known here only as its reported figure.
      const value = f.value === null ? null : new Decimal(f.value);
      worst = Decimal.max(worst, relativeOf(value, threshold, result.comparator));
    }
    return worst;
  }
  return relativeOf(value, threshold, result.comparator);
}

// The threshold decided on: an indicator set's thresholds have at most 15 significant digits,
// so the number of the result reads back as exactly that decimal.
function thresholdOf(result: IndicatorResult): Decimal | null {
  return result.threshold === null ? null : new Decimal(result.threshold);
}

function indicatorName(set: IndicatorSet | undefined, id: string): Label {
  const found = set?.indicators.find((i) => i.id === id);
  return found === undefined ? { zh: id, en: id } : { zh: found.name.zh, en: found.name.en };
}

function fromResult(
  result: IndicatorResult | CountyIndicatorResult,
  kind: ProgressItemKind,
  key: string,
  aspect: string,
  name: Label,
  counted: boolean,
  extra: { institutionId?: string; institutionName?: string },
): ExactProgressItem {
  const value = exactValueOf(result);
  const threshold = thresholdOf(result);
  return {
    key,
    kind,
    indicator: result.indicator,
    ...(result.stage === undefined ? {} : { stage: result.stage }),
    ...extra,
    aspect,
    name,
    value,
    threshold,
    comparator: result.comparator,
    status: result.status,
    met: result.met,
    gap: signedGap(value, threshold, result.comparator),
    relativeShortfall: relativeShortfallOf(result, value, threshold),
    counted,
    explanation: explainResult(result),
  };
}

function isCountable(result: CountyIndicatorResult): boolean {
  // Social recognition and some preschool county indicators carry `veto: true` (missing them
  // fails the county) but they are indicators of their own aspect: they count. Only the results
  // listed under `vetoes` are kept out of the share.
  return (
    !result.advisory && (result.status === 'met' || result.status === 'unmet' || result.status === 'unknown')
  );
}

function countyItems(
  results: readonly CountyIndicatorResult[],
  kind: 'precondition' | 'county' | 'social-recognition' | 'veto',
  set: IndicatorSet | undefined,
): ExactProgressItem[] {
  return results.map((r) => {
    const key = `${kind}:${r.indicator}`;
    const counted = kind !== 'veto' && isCountable(r);
    return fromResult(
      r,
      kind,
      key,
      kind === 'veto' ? 'veto' : r.aspect,
      indicatorName(set, r.indicator),
      counted,
      {},
    );
  });
}

function cvItem(
  entry: {
    readonly cv: Figure | null;
    readonly status: IndicatorStatus;
    readonly met: boolean | null;
  },
  limitFigure: Figure | null,
  key: string,
  kind: 'variation' | 'composite',
  indicator: string | null,
  stage: 'primary' | 'junior',
  name: Label,
): ExactProgressItem {
  const decided = entry.status === 'met' || entry.status === 'unmet';
  // The CV is the reported figure (correct to at least 12 significant digits; its decision was
  // taken exactly by the assessment); the limit has at most 15 significant digits, so its number
  // reads back as exactly the limit.
  const value = entry.cv === null ? null : new Decimal(entry.cv);
  const limit = limitFigure === null ? null : new Decimal(limitFigure);
  const gap = signedGap(value, limit, 'lte');
  let relativeShortfall: Decimal | null = null;
  if (entry.status === 'met') relativeShortfall = ZERO;
  else if (entry.status === 'unmet') relativeShortfall = relativeOf(value, limit, 'lte');
  const cv = value === null ? '—' : value.toString();
  const limitText = limit === null ? '' : ` (≤ ${limit.toString()})`;
  return {
    key,
    kind,
    indicator,
    stage,
    aspect: 'variation',
    name,
    value,
    threshold: limit,
    comparator: 'lte',
    status: entry.status,
    met: decided ? entry.met : null,
    gap,
    relativeShortfall,
    counted: decided || entry.status === 'unknown',
    explanation: {
      en: `CV ${cv}${limitText}`,
      zh: `差异系数 ${cv}${limit === null ? '' : `（≤ ${limit.toString()}）`}`,
    },
  };
}

/**
 * Flattens an assessment into its progress items (重点指标): preconditions, county indicators,
 * social recognition, every CV and composite CV, vetoes, then every school-section (or
 * kindergarten) indicator. Keys are stable across years, so two assessments of the same county
 * line up item by item.
 *
 * Items counted in the readiness share (`counted`): preconditions, county indicators (including
 * school-level indicators aggregated over the county), social recognition, per-indicator CVs
 * with a limit and composite CVs, when they are not advisory and are met, unmet or unknown.
 * Vetoes and institution items are listed but not counted.
 *
 * @category Progress
 * @param assessment - a compulsory or preschool assessment
 * @param options - `set` for names (ids are used without it)
 * @returns the items, in the order described
 * @example
 * ```ts
 * const items = progressItems(assessCompulsory(dataset, compulsoryQuality2017), { set: compulsoryQuality2017 });
 * items.find((i) => i.key === 'county:teacher-exchange')?.met; //=> true
 * ```
 */
export function progressItems(assessment: ProgressAssessment, options: ProgressOptions = {}): ProgressItem[] {
  expectAssessment(assessment);
  progressOptionsOf(options);
  return exactProgressItems(assessment, options).map(plainProgressItem);
}

function figureOf(value: Decimal | null): Figure | null {
  return value === null ? null : value.toNumber();
}

/**
 * An item with its figures rounded to numbers: what {@link progressItems} returns.
 * @internal
 */
export function plainProgressItem(item: ExactProgressItem): ProgressItem {
  return {
    ...item,
    value: figureOf(item.value),
    threshold: figureOf(item.threshold),
    gap: figureOf(item.gap),
    relativeShortfall: figureOf(item.relativeShortfall),
  };
}

/**
 * The items of {@link progressItems} with exact figures, for comparisons, readiness and
 * trajectories.
 * @internal
 */
/**
 * Checks the options of the progress functions: an optional indicator `set`, plus the fields
 * `extra` lists (a trajectory's `window` and `targetYear`).
 * @internal
 */
export function progressOptionsOf<T extends ProgressOptions>(
  options: T | undefined,
  extra: Readonly<Record<string, FieldKind>> = {},
): T {
  const checked = optionsOf(options, { set: 'object', ...extra });
  if (checked.set !== undefined) expectIndicatorSet(checked.set, ['options', 'set']);
  return checked;
}

export function exactProgressItems(
  assessment: ProgressAssessment,
  options: ProgressOptions = {},
): ExactProgressItem[] {
  const set = options.set;
  const items: ExactProgressItem[] = [];
  if (isPreschoolAssessment(assessment)) {
    items.push(...countyItems(assessment.countyIndicators, 'county', set));
    if (assessment.socialRecognition !== null)
      items.push(...countyItems([assessment.socialRecognition], 'social-recognition', set));
    items.push(...countyItems(assessment.vetoes, 'veto', set));
    for (const k of assessment.kindergartens) {
      for (const r of k.results) {
        const name = indicatorName(set, r.indicator);
        items.push(
          fromResult(
            r,
            'kindergarten',
            `kindergarten:${k.kindergartenId}:${r.indicator}`,
            'institution',
            { zh: `${k.kindergartenName}${name.zh}`, en: `${k.kindergartenName}: ${name.en}` },
            false,
            { institutionId: k.kindergartenId, institutionName: k.kindergartenName },
          ),
        );
      }
    }
    return items;
  }
  items.push(...countyItems(assessment.preconditions, 'precondition', set));
  items.push(...countyItems(assessment.countyIndicators, 'county', set));
  if (assessment.socialRecognition !== null)
    items.push(...countyItems([assessment.socialRecognition], 'social-recognition', set));
  for (const entry of assessment.variation) {
    if (entry.status === 'not-applicable' || entry.status === 'measured') continue;
    const name = indicatorName(set, entry.indicator);
    const stage = STAGE_LABEL[entry.stage];
    items.push(
      cvItem(
        entry,
        entry.limit,
        `variation:${entry.indicator}:${entry.stage}`,
        'variation',
        entry.indicator,
        entry.stage,
        {
          zh: `${stage.zh}${name.zh}差异系数`,
          en: `CV of ${stage.en} ${name.en}`,
        },
      ),
    );
  }
  for (const entry of assessment.composite ?? []) {
    const stage = STAGE_LABEL[entry.stage];
    items.push(
      cvItem(entry, entry.limit, `composite:${entry.stage}`, 'composite', null, entry.stage, {
        zh: `${stage.zh}综合差异系数`,
        en: `${stage.en} composite CV`,
      }),
    );
  }
  items.push(...countyItems(assessment.vetoes, 'veto', set));
  for (const section of assessment.sections) {
    const stage = STAGE_LABEL[section.stage];
    for (const r of section.results) {
      const name = indicatorName(set, r.indicator);
      items.push(
        fromResult(
          r,
          'section',
          `section:${section.schoolId}:${section.stage}:${r.indicator}`,
          'institution',
          {
            zh: `${section.schoolName}（${stage.zh}）${name.zh}`,
            en: `${section.schoolName} (${stage.en}): ${name.en}`,
          },
          false,
          { institutionId: section.schoolId, institutionName: section.schoolName },
        ),
      );
    }
  }
  return items;
}
