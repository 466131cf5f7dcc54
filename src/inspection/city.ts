/**
 * The city's view of its counties' creations (市级督导工作视图): per county and programme the stage,
 * target year, on-track flag, latest verdict and rectification figures; for the city, how many
 * inspections were held, how many schools and kindergartens they assessed, whether every target
 * county was covered (institution by institution when the institutions are given, county by
 * county otherwise), how many problem aspects and supervision opinions they produced, and how
 * many counties stand at each stage. Ledger figures come in as plain summaries, so this module
 * does not depend on the ledger.
 * @module
 */

import * as z from 'zod/mini';
import type { Figure } from '../assess/types.js';
import { dudaoError } from '../error.js';
import { expectKind } from '../guard.js';
import type { Programme } from '../indicators/types.js';
import { toDecimal } from '../numeric/decimal.js';
import { dateSchema } from '../schema/common.js';
import { programmeSchema } from '../schema/indicator-set.js';
import {
  CREATION_STAGES,
  type CreationPlan,
  type CreationStage,
  cityAssessmentVerdictSchema,
  creationPlanSchema,
  inspectionsSchema,
  parseCityDocument,
} from '../schema/inspection.js';
import { parseWithSchema } from '../schema/parse.js';
import { type CoverageEntry, type CoverageFigures, coverage } from './coverage.js';
import { planStatus } from './plan.js';

/**
 * A county's rectification figures (整改情况) for one programme, e.g. `{ county, programme,
 * ...rectificationSummary(state, { asOf }) }`: only `rate` and `overdue` are read.
 *
 * @category Inspections
 * @example
 * ```ts
 * const s: CityLedgerSummary = { county: '999401', programme: 'compulsory-quality', rate: 0.825, overdue: 2 };
 * ```
 */
export interface CityLedgerSummary {
  /** County code. */
  readonly county: string;
  /** Programme. */
  readonly programme: Programme;
  /** 整改率 as a share (0.825 = 82.5 %); null when there is nothing to rate. */
  readonly rate: Figure | null;
  /** Issues overdue (逾期未整改). */
  readonly overdue: number;
}

/**
 * The part of an assessment the city report reads (评估结论): county, programme, year and status.
 * A `CompulsoryAssessment`, a preschool assessment and a `SupervisionReformAssessment` all fit.
 *
 * @category Inspections
 * @example
 * ```ts
 * const v: CityAssessmentVerdict = { county: { code: '999401' }, programme: 'compulsory-quality', year: 2023, status: 'failed' };
 * ```
 */
export interface CityAssessmentVerdict {
  /** The county. */
  readonly county: {
    /** Its code. */
    readonly code: string;
  };
  /** Programme. */
  readonly programme: string;
  /** Data year. */
  readonly year: number;
  /** `passed`, `failed` or `incomplete`. */
  readonly status: 'passed' | 'failed' | 'incomplete';
}

/**
 * What {@link cityReport} reads: the target counties, their creation plans, the inspections, and
 * optionally rectification summaries, assessments and the institutions to cover.
 *
 * @category Inspections
 * @example
 * ```ts
 * const input: CityReportInput = { counties: [{ code: '999401', name: '甲县' }], plans: [], inspections: [] };
 * ```
 */
export interface CityReportInput {
  /** The city's target counties (创建县), code and name. */
  readonly counties: readonly {
    /** County code. */
    readonly code: string;
    /** County name. */
    readonly name: string;
  }[];
  /** Creation plans (创建规划), one per county and programme (validated here). */
  readonly plans: readonly unknown[];
  /** Inspections (督导活动) held in the city (validated here; ids unique). */
  readonly inspections: readonly unknown[];
  /** Rectification figures per county and programme. */
  readonly ledgerSummaries?: readonly CityLedgerSummary[];
  /** Assessments; the latest year per county and programme is the verdict shown. */
  readonly assessments?: readonly CityAssessmentVerdict[];
  /**
   * The schools and kindergartens to cover (督导对象), e.g. from `institutionsFromCompulsory` and
   * `institutionsFromPreschool` (validated here). When given, full coverage (全覆盖) means every
   * in-scope institution of every target county visited at least once (see {@link coverage});
   * when left out, it means every target county inspected at least once.
   */
  readonly institutions?: readonly unknown[];
}

/**
 * One county and programme in the city's view.
 *
 * @category Inspections
 * @example
 * ```ts
 * report.rows[0]; //=> { county: '999401', name: '甲县', programme: 'compulsory-quality', stage: 'provincially-assessed', … }
 * ```
 */
export interface CityCountyRow {
  /** County code. */
  readonly county: string;
  /** County name. */
  readonly name: string;
  /** Programme. */
  readonly programme: CreationPlan['programme'];
  /** Stage reached by `asOf`; null when none. */
  readonly stage: CreationStage | null;
  /** Target year of the plan. */
  readonly targetYear: number;
  /** On track by the plan's schedule (see `planStatus`). */
  readonly onTrack: boolean;
  /** The latest assessment's status and year; null when none was given. */
  readonly verdict: {
    /** `passed`, `failed` or `incomplete`. */
    readonly status: 'passed' | 'failed' | 'incomplete';
    /** Its data year. */
    readonly year: number;
  } | null;
  /** 整改率 from the summary; null when no summary was given or it has none. */
  readonly rectificationRate: Figure | null;
  /** Overdue issues from the summary; null when no summary was given. */
  readonly overdue: number | null;
  /** Inspections (begun by `asOf`) of this county and programme. */
  readonly inspections: number;
  /** Coverage of this county and programme's in-scope institutions; null when no institutions were given, or none of this county and programme. */
  readonly coverage: CoverageFigures | null;
}

/**
 * The city's totals (全市督导工作概况).
 *
 * @category Inspections
 * @example
 * ```ts
 * report.city.inspections; //=> 8
 * ```
 */
export interface CityTotals {
  /** Inspections begun on or before `asOf` (督导次数). */
  readonly inspections: number;
  /** Distinct schools and kindergartens they visited (实地督导评估学校和幼儿园数), by county and id. */
  readonly institutionsAssessed: number;
  /** Visits to schools and kindergartens (督导评估所次): an institution visited twice counts twice. */
  readonly institutionVisits: number;
  /** Target counties. */
  readonly targetCounties: number;
  /** Target counties that at least one inspection covered. */
  readonly countiesInspected: number;
  /** Target counties no inspection covered. */
  readonly countiesNotInspected: readonly string[];
  /**
   * What coverage is measured on: `institutions` (every in-scope school and kindergarten of the
   * target counties, when `institutions` were given) or `counties` (each target county inspected
   * at least once, the fallback).
   */
  readonly coverageBasis: 'institutions' | 'counties';
  /**
   * Every target county covered (全覆盖): on the `institutions` basis, every in-scope institution
   * of every target county visited at least once; on the `counties` basis, every target county
   * inspected at least once. False when there is no target county.
   */
  readonly fullCoverage: boolean;
  /** Target counties covered on the basis used (on `institutions`: at least one in-scope institution, all of them visited). */
  readonly countiesCovered: number;
  /** Target counties not covered on the basis used, in the order of `counties`. */
  readonly countiesNotCovered: readonly string[];
  /** In-scope institutions of the target counties, over every programme; null on the `counties` basis. */
  readonly institutionsInScope: number | null;
  /** Those visited at least once by `asOf`; null on the `counties` basis. */
  readonly institutionsInScopeVisited: number | null;
  /** Distinct categories of the supervision opinions (发现问题方面). */
  readonly problemAspects: number;
  /** The categories, in order of first appearance. */
  readonly aspects: readonly string[];
  /** Supervision opinions issued (督导意见条数). */
  readonly opinions: number;
  /** Distinct ledger issues fed back (反馈问题数). */
  readonly findings: number;
  /** Distinct departments visited (走访部门数). */
  readonly departmentsVisited: number;
  /** People interviewed, where inspections recorded it (访谈人数). */
  readonly interviewed: number;
  /** How many plans stand at each stage, in stage order (`none`: no stage reached yet). */
  readonly countiesPerStage: readonly {
    /** The stage. */
    readonly stage: CreationStage | 'none';
    /** How many county plans stand there. */
    readonly count: number;
  }[];
}

/**
 * The city's view (市级督导工作视图) on one day.
 *
 * @category Inspections
 * @example
 * ```ts
 * const report: CityReport = cityReport(input, { asOf: '2024-12-31' });
 * ```
 */
export interface CityReport {
  /** The day. */
  readonly asOf: string;
  /** One row per plan, by county code then programme. */
  readonly rows: readonly CityCountyRow[];
  /** Target counties with no plan. */
  readonly countiesWithoutPlan: readonly string[];
  /** The city's totals. */
  readonly city: CityTotals;
  /** Coverage per county and programme of every institution given (see {@link coverage}), by inspections begun by `asOf`; null when no institutions were given. */
  readonly coverage: readonly CoverageEntry[] | null;
}

// What cityReport reads of its input, every problem reported at once; the institutions are
// validated by coverage (with their inspections).
const cityReportInputSchema = /* @__PURE__ */ z.object({
  counties: z.array(z.object({ code: z.string(), name: z.string() })),
  plans: z.array(creationPlanSchema),
  inspections: inspectionsSchema,
  ledgerSummaries: z.optional(
    z.array(
      z.object({
        county: z.string(),
        programme: programmeSchema,
        rate: z.nullable(z.number().check(z.gte(0), z.lte(1))),
        overdue: z.number().check(z.int(), z.gte(0)),
      }),
    ),
  ),
  assessments: z.optional(z.array(cityAssessmentVerdictSchema)),
  institutions: z.optional(z.array(z.unknown())),
});

function checkCounties(counties: CityReportInput['counties']): { id: string; name: string }[] {
  const seen = new Map<string, number>();
  return counties.map((county, i) => {
    if (typeof county.code !== 'string' || county.code.length === 0) {
      throw dudaoError(
        'too-small',
        ['counties', i, 'code'],
        'a county code must not be empty',
        '县代码不能为空',
      );
    }
    const first = seen.get(county.code);
    if (first !== undefined) {
      throw dudaoError(
        'duplicate-id',
        ['counties', i, 'code'],
        `county ${county.code} is listed twice (first at index ${first})`,
        `县 ${county.code} 重复列出（首次出现在第 ${first} 项）`,
      );
    }
    seen.set(county.code, i);
    return { id: county.code, name: county.name };
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Builds the city's view (市级督导工作视图) on a day: per county and programme the stage, target
 * year, on-track flag, latest verdict, rectification rate, overdue count and coverage; for the
 * city the number of inspections begun by `asOf`, the distinct schools and kindergartens they
 * assessed (each counted once, by county and id, in scope or not), whether every target county
 * was covered (全覆盖), the distinct problem aspects (the categories of their opinions) and the
 * opinions issued, and how many plans stand at each stage.
 *
 * Coverage has two bases:
 * - with `input.institutions`, it is computed by {@link coverage} from the inspections begun by
 *   `asOf`: a target county is covered when it has at least one in-scope institution and every
 *   one of them, in every programme listed for it, was visited at least once (a repeat visit
 *   counts once; out-of-scope institutions, such as special-education schools for the resource
 *   indicators, never count against it); full coverage is every target county covered;
 * - without them, a target county is covered when at least one inspection listed it (the
 *   county-level fallback), and full coverage is every target county inspected.
 *
 * @category Inspections
 * @param input - target counties, plans, inspections, and optionally ledger summaries, assessments and institutions
 * @param options - `asOf`, the day of the report (YYYY-MM-DD)
 * @returns the report
 * @throws {@link DudaoError} when a plan, an inspection, an institution, a county list or `asOf` is invalid
 * @example
 * ```ts
 * const report = cityReport(syntheticCity, { asOf: '2024-12-31' });
 * report.city.inspections; //=> 8
 * report.city.institutionsAssessed; //=> 234
 * report.city.fullCoverage; //=> true
 * [report.city.problemAspects, report.city.opinions]; //=> [22, 25]
 * // with the institutions to cover, one kindergarten left unvisited in 999403:
 * const strict = cityReport({ ...syntheticCity, institutions }, { asOf: '2024-12-31' });
 * [strict.city.coverageBasis, strict.city.fullCoverage, strict.city.countiesNotCovered];
 * //=> ['institutions', false, ['999403']]
 * ```
 */
export function cityReport(
  input: CityReportInput,
  options: {
    /** The day of the report (YYYY-MM-DD). */
    readonly asOf: string;
  },
): CityReport {
  const parsed = parseWithSchema(cityReportInputSchema, input);
  expectKind(options, 'object', ['options'], {
    en: 'an object of options with asOf (YYYY-MM-DD)',
    zh: '含 asOf（YYYY-MM-DD）的选项对象',
  });
  const asOf = parseWithSchema(dateSchema, options.asOf, ['asOf']);
  const counties = checkCounties(parsed.counties);
  const plans = parsed.plans;
  const inspections = parsed.inspections.filter((inspection) => inspection.dates.start <= asOf);
  const names = new Map(counties.map((c) => [c.id, c.name]));
  const entries = parsed.institutions === undefined ? null : coverage(inspections, parsed.institutions);

  const institutions = new Set<string>();
  const inspectedCounties = new Set<string>();
  const aspects: string[] = [];
  const findings = new Set<string>();
  const departments = new Set<string>();
  let opinions = 0;
  let interviewed = 0;
  let visits = 0;
  for (const inspection of inspections) {
    visits += inspection.institutionsVisited.length;
    for (const county of inspection.counties) inspectedCounties.add(county);
    for (const visit of inspection.institutionsVisited) institutions.add(`${visit.county}\u0000${visit.id}`);
    for (const opinion of inspection.opinions) {
      opinions += 1;
      if (!aspects.includes(opinion.category)) aspects.push(opinion.category);
    }
    for (const finding of inspection.findings) findings.add(finding);
    for (const department of inspection.departmentsVisited) departments.add(department);
    if (inspection.interviews !== undefined) interviewed += Number(inspection.interviews.total.toString());
  }

  const latest = new Map<string, CityAssessmentVerdict>();
  for (const assessment of parsed.assessments ?? []) {
    const key = `${assessment.county.code}\u0000${assessment.programme}`;
    const seen = latest.get(key);
    if (seen === undefined || assessment.year >= seen.year) latest.set(key, assessment);
  }
  const summaries = new Map<string, CityLedgerSummary>();
  for (const summary of parsed.ledgerSummaries ?? [])
    summaries.set(`${summary.county}\u0000${summary.programme}`, summary);

  const perStage = new Map<CreationStage | 'none', number>();
  const rows = [...plans]
    .sort((a, b) => compareText(a.county, b.county) || compareText(a.programme, b.programme))
    .map((plan): CityCountyRow => {
      const key = `${plan.county}\u0000${plan.programme}`;
      const status = planStatus(plan, { asOf });
      perStage.set(status.current ?? 'none', (perStage.get(status.current ?? 'none') ?? 0) + 1);
      const verdict = latest.get(key);
      const summary = summaries.get(key);
      const covered = entries?.find((e) => e.county === plan.county && e.programme === plan.programme);
      return {
        county: plan.county,
        name: names.get(plan.county) ?? plan.county,
        programme: plan.programme,
        stage: status.current,
        targetYear: plan.targetYear,
        onTrack: status.onTrack,
        verdict: verdict === undefined ? null : { status: verdict.status, year: verdict.year },
        rectificationRate: summary?.rate ?? null,
        overdue: summary === undefined ? null : summary.overdue,
        inspections: inspections.filter(
          (i) => i.counties.includes(plan.county) && i.programmes.includes(plan.programme),
        ).length,
        coverage: covered === undefined ? null : covered.cumulative,
      };
    });

  const notInspected = counties.map((c) => c.id).filter((code) => !inspectedCounties.has(code));
  let notCovered = notInspected;
  let inScope: number | null = null;
  let inScopeVisited: number | null = null;
  if (entries !== null) {
    inScope = 0;
    inScopeVisited = 0;
    const uncovered: string[] = [];
    for (const { id } of counties) {
      let total = 0;
      let visited = 0;
      for (const entry of entries) {
        if (entry.county !== id) continue;
        total += entry.cumulative.total;
        visited += entry.cumulative.visited;
      }
      inScope += total;
      inScopeVisited += visited;
      // visited ≤ total in every entry, so equal sums mean every entry is full
      if (total === 0 || visited < total) uncovered.push(id);
    }
    notCovered = uncovered;
  }
  const planned = new Set(plans.map((p) => p.county));
  return {
    asOf,
    rows,
    countiesWithoutPlan: counties.map((c) => c.id).filter((code) => !planned.has(code)),
    city: {
      inspections: inspections.length,
      institutionsAssessed: institutions.size,
      institutionVisits: visits,
      targetCounties: counties.length,
      countiesInspected: counties.length - notInspected.length,
      countiesNotInspected: notInspected,
      coverageBasis: entries === null ? 'counties' : 'institutions',
      fullCoverage: counties.length > 0 && notCovered.length === 0,
      countiesCovered: counties.length - notCovered.length,
      countiesNotCovered: notCovered,
      institutionsInScope: inScope,
      institutionsInScopeVisited: inScopeVisited,
      problemAspects: aspects.length,
      aspects,
      opinions,
      findings: findings.size,
      departmentsVisited: departments.size,
      interviewed,
      countiesPerStage: (['none', ...CREATION_STAGES] as const).map((stage) => ({
        stage,
        count: perStage.get(stage) ?? 0,
      })),
    },
    coverage: entries,
  };
}

/**
 * Builds the city's view (市级督导工作视图) from one JSON document, the one `dudao city` reads:
 * validates it with `cityDocumentSchema` (every problem at once, with paths from the document's
 * root), turns the rates of `ledgerSummaries` into numbers, and calls {@link cityReport}.
 *
 * @category Inspections
 * @param input - a city document: `{ schemaVersion: 1, counties, plans, inspections, ledgerSummaries?, assessments?, institutions? }`
 * @param options - `asOf`, the day of the report (YYYY-MM-DD)
 * @returns the report
 * @throws {@link DudaoError} when the document or `asOf` is invalid
 * @example
 * ```ts
 * const report = cityReportFromDocument(JSON.parse(text), { asOf: '2024-12-31' });
 * report.rows[0]?.rectificationRate; //=> 0.9
 * ```
 */
export function cityReportFromDocument(
  input: unknown,
  options: {
    /** The day of the report (YYYY-MM-DD). */
    readonly asOf: string;
  },
): CityReport {
  const document = parseCityDocument(input);
  return cityReport(
    {
      counties: document.counties,
      plans: document.plans,
      inspections: document.inspections,
      ...(document.ledgerSummaries === undefined
        ? {}
        : {
            ledgerSummaries: document.ledgerSummaries.map((summary) => ({
              county: summary.county,
              programme: summary.programme,
              rate: summary.rate === null ? null : toDecimal(summary.rate).toNumber(),
              overdue: toDecimal(summary.overdue).toNumber(),
            })),
          }),
      ...(document.assessments === undefined ? {} : { assessments: document.assessments }),
      ...(document.institutions === undefined ? {} : { institutions: document.institutions }),
    },
    options,
  );
}
