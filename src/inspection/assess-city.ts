/**
 * The whole chain for a city in one call: both assessments of every county with their gaps, the
 * ledger's report, progress series and rectification by responsible unit on a day, and the city
 * report fed with all of them. What `dudao demo` runs on the bundled sample city, and what an
 * app needs for a city dashboard.
 * @module
 */
import { assessCompulsory, type CompulsoryAssessment } from '../assess/county.js';
import { type CompulsoryGaps, compulsoryGaps } from '../assess/gap.js';
import { assessPreschool } from '../assess/preschool.js';
import { type PreschoolGaps, preschoolGaps } from '../assess/preschool-gap.js';
import type { PreschoolAssessment } from '../assess/preschool-types.js';
import { withinPath } from '../error.js';
import { expectKind, expectOneOf } from '../guard.js';
import { compulsoryQuality2017 } from '../indicators/compulsory-quality-2017.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import { preschool2020 } from '../indicators/preschool-2020.js';
import type { IndicatorSet, Label } from '../indicators/types.js';
import { loadLedger, replayLedger } from '../ledger/fold.js';
import type { LedgerState } from '../ledger/types.js';
import { dateSchema } from '../schema/common.js';
import { type CityInput, cityInputSchema } from '../schema/inspection.js';
import { parseWithSchema } from '../schema/parse.js';
import { type LedgerReport, ledgerReport } from '../scoring/report.js';
import { type ProgressSeries, progressSeries } from '../scoring/series.js';
import { summarizeIssues } from '../scoring/summary.js';
import { type CityAssessmentVerdict, type CityLedgerSummary, type CityReport, cityReport } from './city.js';
import { institutionsFromCompulsory, institutionsFromPreschool } from './coverage.js';

/**
 * Options of {@link assessCity}.
 * @category Inspections
 * @example
 * ```ts
 * const options: AssessCityOptions = { asOf: '2026-03-31', every: 'month' };
 * ```
 */
export interface AssessCityOptions {
  /** The day of the report (YYYY-MM-DD): ledger events after it are left out. */
  readonly asOf: string;
  /** The compulsory-education set (default `compulsoryQuality2017`). */
  readonly compulsorySet?: IndicatorSet;
  /** The preschool set (default `preschool2020`). */
  readonly preschoolSet?: IndicatorSet;
  /** The step of the ledger's progress series (default `month`). */
  readonly every?: 'day' | 'week' | 'month';
}

/**
 * One county of a {@link CityAssessment}: its assessments with their gaps.
 * @category Inspections
 * @example
 * ```ts
 * const county: CityCountyAssessment = assessCity(sampleCity, { asOf: sampleCity.asOf }).counties[0]!;
 * county.compulsory?.assessment.status; //=> 'passed'
 * ```
 */
export interface CityCountyAssessment {
  /** County code. */
  readonly code: string;
  /** County name in both languages (the one text twice when only one was given). */
  readonly name: Label;
  /** The compulsory-education assessment and what it would take to pass. */
  readonly compulsory?: {
    /** The explained assessment. */
    readonly assessment: CompulsoryAssessment;
    /** The smallest additions to pass. */
    readonly gaps: CompulsoryGaps;
  };
  /** The preschool assessment and what it would take to pass. */
  readonly preschool?: {
    /** The explained assessment. */
    readonly assessment: PreschoolAssessment;
    /** The places, kindergartens, teachers and classes needed. */
    readonly gaps: PreschoolGaps;
  };
}

/**
 * Everything {@link assessCity} computed.
 * @category Inspections
 * @example
 * ```ts
 * const result: CityAssessment = assessCity(sampleCity, { asOf: sampleCity.asOf });
 * result.city.rows.length; //=> 6
 * ```
 */
export interface CityAssessment {
  /** The day of the report. */
  readonly asOf: string;
  /** The sets applied. */
  readonly sets: {
    /** The compulsory-education set. */
    readonly compulsory: IndicatorSet;
    /** The preschool set. */
    readonly preschool: IndicatorSet;
  };
  /** Each county, in the input's order. */
  readonly counties: readonly CityCountyAssessment[];
  /** The ledger on `asOf`, when the city has one. */
  readonly ledger?: {
    /** The ledger's state after the events up to `asOf`. */
    readonly state: LedgerState;
    /** Rectification figures, breakdowns (by responsible unit among them) and overdue issues. */
    readonly report: LedgerReport;
    /** Rectification over time, from the first event to `asOf`. */
    readonly series: ProgressSeries;
  };
  /** The city report, with verdicts, rectification and coverage of institutions. */
  readonly city: CityReport;
}

function labelOf(name: Label | string): Label {
  return typeof name === 'string' ? { zh: name, en: name } : { zh: name.zh, en: name.en };
}

const PROGRAMMES = ['compulsory-quality', 'preschool'] as const;

/**
 * Runs the whole chain for a city on a day: `assessCompulsory` and `compulsoryGaps`,
 * `assessPreschool` and `preschoolGaps` for every county that has the dataset, the ledger's
 * report and progress series from the events up to `asOf`, and `cityReport` with every county's
 * verdicts, rectification rates and overdue counts, and coverage counted over the institutions
 * of the datasets. Invalid input throws a `DudaoError` with every problem at its path in the
 * city's documents (`counties[1].compulsory.schools[3].sections.primary.pupils`, `asOf`).
 * @category Inspections
 * @param raw - the city's documents (validated here)
 * @param options - the day, the sets and the series step
 * @returns every result, ready for the renderers
 * @example
 * ```ts
 * const result = assessCity(sampleCity, { asOf: sampleCity.asOf });
 * result.counties.map((c) => c.compulsory?.assessment.status); //=> ['passed', 'failed', 'failed']
 * result.ledger?.report.summary.total; //=> 80
 * ```
 */
export function assessCity(raw: CityInput, options: AssessCityOptions): CityAssessment {
  const input = parseWithSchema(cityInputSchema, raw);
  expectKind(options, 'object', ['options'], {
    en: 'an object of options with asOf (YYYY-MM-DD)',
    zh: '含 asOf（YYYY-MM-DD）的选项对象',
  });
  if (options.compulsorySet !== undefined) expectIndicatorSet(options.compulsorySet, ['compulsorySet']);
  if (options.preschoolSet !== undefined) expectIndicatorSet(options.preschoolSet, ['preschoolSet']);
  if (options.every !== undefined) expectOneOf(options.every, ['day', 'week', 'month'], ['every']);
  const asOf = parseWithSchema(dateSchema, options.asOf, ['asOf']);
  const compulsorySet = options.compulsorySet ?? compulsoryQuality2017;
  const preschoolSet = options.preschoolSet ?? preschool2020;

  const counties: CityCountyAssessment[] = input.counties.map((county, i) => {
    const name = labelOf(county.name);
    let result: CityCountyAssessment = { code: county.code, name };
    if (county.compulsory !== undefined) {
      const assessment = withinPath(['counties', i, 'compulsory'], () =>
        assessCompulsory(county.compulsory, compulsorySet),
      );
      result = { ...result, compulsory: { assessment, gaps: compulsoryGaps(assessment, compulsorySet) } };
    }
    if (county.preschool !== undefined) {
      const assessment = withinPath(['counties', i, 'preschool'], () =>
        assessPreschool(county.preschool, preschoolSet),
      );
      result = { ...result, preschool: { assessment, gaps: preschoolGaps(assessment, preschoolSet) } };
    }
    return result;
  });

  let ledger: CityAssessment['ledger'];
  const ledgerSummaries: CityLedgerSummary[] = [];
  if (input.ledger !== undefined) {
    const { document } = withinPath(['ledger'], () => loadLedger(input.ledger));
    const events = document.events.filter((event) => event.at <= asOf);
    const state = replayLedger(events);
    let first = asOf;
    for (const event of events) if (event.at < first) first = event.at;
    ledger = {
      state,
      report: ledgerReport(state, { asOf }),
      series: progressSeries(events, { from: first, to: asOf, every: options.every ?? 'month' }),
    };
    for (const county of input.counties) {
      for (const programme of PROGRAMMES) {
        const issues = state.issues.filter(
          (issue) => issue.issue.county === county.code && issue.issue.programme === programme,
        );
        if (issues.length === 0) continue;
        const summary = summarizeIssues(issues, { asOf });
        ledgerSummaries.push({
          county: county.code,
          programme,
          rate: summary.rate,
          overdue: summary.overdue,
        });
      }
    }
  }

  const assessments: CityAssessmentVerdict[] = [];
  const institutions: unknown[] = [];
  counties.forEach((county, i) => {
    const source = input.counties[i] as CityInput['counties'][number];
    if (county.compulsory !== undefined) {
      assessments.push({
        county: { code: county.code },
        programme: 'compulsory-quality',
        year: county.compulsory.assessment.year,
        status: county.compulsory.assessment.status,
      });
      institutions.push(...institutionsFromCompulsory(source.compulsory, compulsorySet));
    }
    if (county.preschool !== undefined) {
      assessments.push({
        county: { code: county.code },
        programme: 'preschool',
        year: county.preschool.assessment.year,
        status: county.preschool.assessment.status,
      });
      institutions.push(...institutionsFromPreschool(source.preschool));
    }
  });

  const city = cityReport(
    {
      counties: counties.map((c) => ({ code: c.code, name: c.name.zh })),
      plans: input.plans ?? [],
      inspections: input.inspections ?? [],
      ledgerSummaries,
      assessments,
      ...(institutions.length === 0 ? {} : { institutions }),
    },
    { asOf },
  );

  return {
    asOf,
    sets: { compulsory: compulsorySet, preschool: preschoolSet },
    counties,
    ...(ledger === undefined ? {} : { ledger }),
    city,
  };
}
