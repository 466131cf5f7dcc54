/**
 * A weighted rectification score (加权整改得分): like the rectification rate, but a major issue
 * weighs more than a minor one, and categories may weigh more or less. No national points scheme
 * exists (standards.md section 7, question 7); the default is dudao's and is written here.
 * @module
 */
import type { Figure } from '../assess/types.js';
import { expectKind } from '../guard.js';
import type { Label } from '../indicators/types.js';
import { expectLedgerState } from '../ledger/guards.js';
import { snapshotAsOf } from '../ledger/query.js';
import type { LedgerState } from '../ledger/types.js';
import { Decimal, type DecimalInput, toDecimal } from '../numeric/decimal.js';
import { parseCalendarDate } from './dates.js';
import { expectScoreOptions } from './guards.js';

/**
 * Weights of {@link weightedScore}. An issue weighs `severity weight × category weight`: by
 * default major 2, minor 1, and every category 1.
 *
 * @category Scoring
 * @example
 * ```ts
 * const weights: ScoreWeights = { major: 3, minor: 1, categories: { 'large-classes': 2 } };
 * ```
 */
export interface ScoreWeights {
  /** Weight of a major issue (重大问题). Default 2. */
  readonly major?: DecimalInput;
  /** Weight of a minor issue (一般问题). Default 1. */
  readonly minor?: DecimalInput;
  /** Extra factor per category id; categories not listed weigh 1. */
  readonly categories?: Readonly<Record<string, DecimalInput>>;
}

/**
 * The default weights: major 2, minor 1, no category factors.
 *
 * @category Scoring
 * @example
 * ```ts
 * DEFAULT_SCORE_WEIGHTS.major; //=> 2
 * ```
 */
export const DEFAULT_SCORE_WEIGHTS: {
  /** Major issues weigh 2. */
  readonly major: 2;
  /** Minor issues weigh 1. */
  readonly minor: 1;
} = { major: 2, minor: 1 };

/**
 * A weighted rectification score (加权整改得分). Plain data: weights, sums and scores are numbers
 * ({@link Figure}), each the double nearest the exact figure (the sums are added exactly, the
 * scores divided to 40 digits, before rounding).
 *
 * @category Scoring
 * @example
 * ```ts
 * const score: WeightedScore = weightedScore(state, { asOf: '2021-12-10' });
 * score.rectifiedWeight; //=> 45 (of a total weight of 58)
 * ```
 */
export interface WeightedScore {
  /** The day. */
  readonly asOf: string;
  /** The weights applied. */
  readonly weights: {
    /** Weight of a major issue. */
    readonly major: Figure;
    /** Weight of a minor issue. */
    readonly minor: Figure;
    /** Factor per category (categories not listed weigh 1). */
    readonly categories: Readonly<Record<string, Figure>>;
  };
  /** Σ weight of the issues that are not withdrawn. */
  readonly totalWeight: Figure;
  /** Σ weight of the rectified (or later) issues. */
  readonly rectifiedWeight: Figure;
  /** Σ weight of the verified or closed issues. */
  readonly verifiedWeight: Figure;
  /** rectifiedWeight ÷ totalWeight; null when totalWeight is 0. */
  readonly score: Figure | null;
  /** verifiedWeight ÷ totalWeight; null when totalWeight is 0. */
  readonly strictScore: Figure | null;
  /** Why the scores are null; null when they are given. */
  readonly note: Label | null;
}

/**
 * The weighted rectification score of a ledger on a day (加权整改得分): Σ weight of rectified
 * issues (已整改, 核查通过, 已销号) ÷ Σ weight of issues not withdrawn, and the strict variant
 * (verified or closed only). Issues raised after `asOf` and events after it are ignored, as in
 * `rectificationSummary`. With equal weights the score equals the rectification rate.
 *
 * @category Scoring
 * @param state - a replayed ledger
 * @param options - `asOf`; `weights` (default major 2, minor 1, every category 1)
 * @returns the score (worked out exactly, given as numbers)
 * @throws {@link DudaoError} `invalid-date` at `['asOf']`; `negative` / `not-a-number` at `['weights', …]`
 * @example
 * ```ts
 * // 3 major issues (2 rectified) and 2 minor (1 rectified): (2×2 + 1) ÷ (3×2 + 2) = 5/8
 * weightedScore(state, { asOf: '2021-12-10' }).score; //=> 0.625
 * ```
 */
export function weightedScore(
  state: LedgerState,
  options: {
    /** The day, `YYYY-MM-DD`. */
    readonly asOf: string;
    /** The weights; default {@link DEFAULT_SCORE_WEIGHTS}. */
    readonly weights?: ScoreWeights;
  },
): WeightedScore {
  expectLedgerState(state);
  expectScoreOptions(options);
  if (options.weights !== undefined) expectKind(options.weights, 'object', ['weights']);
  const asOf = options.asOf;
  parseCalendarDate(asOf, ['asOf']);
  const weights = options.weights ?? {};
  const severity = {
    major: toDecimal(weights.major ?? DEFAULT_SCORE_WEIGHTS.major, {
      path: ['weights', 'major'],
      nonNegative: true,
    }),
    minor: toDecimal(weights.minor ?? DEFAULT_SCORE_WEIGHTS.minor, {
      path: ['weights', 'minor'],
      nonNegative: true,
    }),
  };
  const categories = new Map<string, Decimal>();
  for (const [category, value] of Object.entries(weights.categories ?? {})) {
    categories.set(
      category,
      toDecimal(value, { path: ['weights', 'categories', category], nonNegative: true }),
    );
  }
  let total = new Decimal(0);
  let rectified = new Decimal(0);
  let verified = new Decimal(0);
  for (const issue of state.issues) {
    const snapshot = snapshotAsOf(issue, asOf);
    if (snapshot === null || snapshot.status === 'withdrawn') continue;
    const factor = categories.get(issue.issue.category);
    const weight =
      factor === undefined ? severity[issue.issue.severity] : severity[issue.issue.severity].times(factor);
    total = total.plus(weight);
    if (snapshot.status === 'rectified' || snapshot.status === 'verified' || snapshot.status === 'closed') {
      rectified = rectified.plus(weight);
    }
    if (snapshot.status === 'verified' || snapshot.status === 'closed') verified = verified.plus(weight);
  }
  const scored = !total.isZero();
  return {
    asOf,
    weights: {
      major: severity.major.toNumber(),
      minor: severity.minor.toNumber(),
      categories: Object.fromEntries(
        [...categories].map(([category, factor]) => [category, factor.toNumber()]),
      ),
    },
    totalWeight: total.toNumber(),
    rectifiedWeight: rectified.toNumber(),
    verifiedWeight: verified.toNumber(),
    score: scored ? rectified.div(total).toNumber() : null,
    strictScore: scored ? verified.div(total).toNumber() : null,
    note: scored
      ? null
      : {
          en: 'no weight to score: no issue that is not withdrawn, or every weight is 0',
          zh: '无可计分的问题：没有未撤回的问题，或权重均为 0',
        },
  };
}
