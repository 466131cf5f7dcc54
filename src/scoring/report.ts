/**
 * The ledger report (整改情况报告): what `dudao ledger` prints, as data. The summary, every
 * breakdown, the weighted score and the overdue list on one day, and its JSON form ([data contract,
 * section 4](../../docs/data-contract.md#4-command-line-output): the summary's fields at the top level, rates as decimal strings).
 * @module
 */

import type { Figure } from '../assess/types.js';
import { expectOneOf } from '../guard.js';
import { expectLedgerState } from '../ledger/guards.js';
import type { LedgerState } from '../ledger/types.js';
import { Decimal, decimalToJSON } from '../numeric/decimal.js';
import {
  BREAKDOWN_DIMENSIONS,
  type BreakdownDimension,
  type BreakdownRow,
  rectificationBreakdown,
} from './breakdown.js';
import { expectLedgerReport, expectScoreOptions } from './guards.js';
import { type OverdueEntry, overdueList } from './overdue.js';
import {
  type RectificationSummary,
  type RectificationSummaryJSON,
  rectificationSummary,
  rectificationSummaryToJSON,
} from './summary.js';
import { type ScoreWeights, type WeightedScore, weightedScore } from './weighted.js';

/**
 * A ledger report (整改情况报告) on one day.
 *
 * @category Scoring
 * @example
 * ```ts
 * const report: LedgerReport = ledgerReport(state, { asOf: '2021-12-10' });
 * report.summary.overdue; //=> 3
 * ```
 */
export interface LedgerReport {
  /** The day. */
  readonly asOf: string;
  /** The summary of the whole ledger. */
  readonly summary: RectificationSummary;
  /** The summary per group, for every dimension. */
  readonly breakdowns: Readonly<Record<BreakdownDimension, readonly BreakdownRow[]>>;
  /** Whether the `responsible` breakdown counts lead units only or every unit. */
  readonly responsible: 'lead' | 'all';
  /** The weighted score. */
  readonly weighted: WeightedScore;
  /** The overdue issues, most days overdue first. */
  readonly overdue: readonly OverdueEntry[];
}

/**
 * Builds the ledger report on a day (整改情况报告): summary, breakdowns by every dimension, the
 * weighted score and the overdue list.
 *
 * @category Scoring
 * @param state - a replayed ledger
 * @param options - `asOf`; `responsible` (`lead` default, or `all`); `weights` for the weighted score
 * @returns the report
 * @throws {@link DudaoError} `invalid-date` at `['asOf']`, and the weight codes of `weightedScore`
 * @example
 * ```ts
 * ledgerReport(state, { asOf: '2021-12-10' }).breakdowns.county.map((r) => r.key); //=> ['610323', '610328', '610330']
 * ```
 */
export function ledgerReport(
  state: LedgerState,
  options: {
    /** The day, `YYYY-MM-DD`. */
    readonly asOf: string;
    /** For the `responsible` breakdown: lead units only (default) or every unit. */
    readonly responsible?: 'lead' | 'all';
    /** Weights of the weighted score. */
    readonly weights?: ScoreWeights;
  },
): LedgerReport {
  expectLedgerState(state);
  expectScoreOptions(options);
  if (options.responsible !== undefined) expectOneOf(options.responsible, ['lead', 'all'], ['responsible']);
  const { asOf } = options;
  const responsible = options.responsible ?? 'lead';
  const summary = rectificationSummary(state, { asOf });
  const breakdowns = {} as Record<BreakdownDimension, readonly BreakdownRow[]>;
  for (const by of BREAKDOWN_DIMENSIONS)
    breakdowns[by] = rectificationBreakdown(state, { asOf, by, responsible });
  const weighted = weightedScore(
    state,
    options.weights === undefined ? { asOf } : { asOf, weights: options.weights },
  );
  return { asOf, summary, breakdowns, responsible, weighted, overdue: overdueList(state, { asOf }) };
}

/**
 * The JSON form of a ledger report: the summary's fields at the top level (`asOf`, `total`,
 * `withdrawn`, `byStatus`, `rectified`, `rate`, `strictRate`, `overdue`, `cleared`, …), then
 * `breakdowns`, `weighted` and `overdueIssues`. Figures are decimal strings, counts numbers.
 *
 * @category Scoring
 * @example
 * ```ts
 * const json: LedgerReportJSON = ledgerReportToJSON(report);
 * json.rate; //=> '0.825'
 * ```
 */
export type LedgerReportJSON = RectificationSummaryJSON & {
  /** The summary per group, for every dimension. */
  readonly breakdowns: Readonly<
    Record<
      BreakdownDimension,
      readonly {
        /** The group's key. */
        readonly key: string;
        /** Its summary. */
        readonly summary: RectificationSummaryJSON;
      }[]
    >
  >;
  /** Whether the `responsible` breakdown counts lead units only or every unit. */
  readonly responsible: 'lead' | 'all';
  /** The weighted score, figures as decimal strings. */
  readonly weighted: {
    /** The weights applied, as decimal strings. */
    readonly weights: {
      /** Weight of a major issue. */
      readonly major: string;
      /** Weight of a minor issue. */
      readonly minor: string;
      /** Factor per category. */
      readonly categories: Readonly<Record<string, string>>;
    };
    /** Σ weight of issues not withdrawn. */
    readonly totalWeight: string;
    /** Σ weight of rectified issues. */
    readonly rectifiedWeight: string;
    /** Σ weight of verified or closed issues. */
    readonly verifiedWeight: string;
    /** The score. */
    readonly score: string | null;
    /** The strict score. */
    readonly strictScore: string | null;
  };
  /** The overdue issues, most days overdue first. */
  readonly overdueIssues: readonly OverdueEntry[];
};

/**
 * Writes a ledger report as JSON data (the `dudao ledger --format json` document): rates as the
 * decimal strings of their exact fractions of counts; weights and weight sums as the decimal
 * strings of their numbers (exact for any weight of up to 15 significant digits, which the sums of
 * such weights stay within), and the weighted scores as the quotient of those sums to 40
 * significant digits.
 *
 * @category Scoring
 * @param report - a report
 * @returns its JSON form
 * @example
 * ```ts
 * JSON.stringify(ledgerReportToJSON(ledgerReport(state, { asOf: '2021-12-10' })));
 * ```
 */
export function ledgerReportToJSON(report: LedgerReport): LedgerReportJSON {
  expectLedgerReport(report);
  const breakdowns = {} as Record<BreakdownDimension, { key: string; summary: RectificationSummaryJSON }[]>;
  for (const by of BREAKDOWN_DIMENSIONS) {
    breakdowns[by] = report.breakdowns[by].map((row) => ({
      key: row.key,
      summary: rectificationSummaryToJSON(row.summary),
    }));
  }
  const w = report.weighted;
  // A number read back as a Decimal is its shortest decimal form: the weight or sum as added.
  const figure = (x: Figure): string => decimalToJSON(new Decimal(x));
  const total = new Decimal(w.totalWeight);
  const score = (x: Figure | null, weight: Figure): string | null =>
    x === null || total.isZero() ? null : decimalToJSON(new Decimal(weight).div(total));
  return {
    ...rectificationSummaryToJSON(report.summary),
    breakdowns,
    responsible: report.responsible,
    weighted: {
      weights: {
        major: figure(w.weights.major),
        minor: figure(w.weights.minor),
        categories: Object.fromEntries(
          Object.entries(w.weights.categories).map(([category, factor]) => [category, figure(factor)]),
        ),
      },
      totalWeight: figure(w.totalWeight),
      rectifiedWeight: figure(w.rectifiedWeight),
      verifiedWeight: figure(w.verifiedWeight),
      score: score(w.score, w.rectifiedWeight),
      strictScore: score(w.strictScore, w.verifiedWeight),
    },
    overdueIssues: report.overdue,
  };
}
