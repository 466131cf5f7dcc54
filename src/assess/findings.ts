/**
 * The bridge from assessments to the issue ledger (评估发现问题 → 整改台账): what an assessment found
 * unmet becomes `issue-raised` events, and a later assessment tells which earlier issues its data
 * now shows as met. This module may know both sides; `ledger/` knows nothing of assessments.
 * @module
 */
import * as z from 'zod/mini';
import { dudaoError } from '../error.js';
import { builtInIndicatorSets } from '../indicators/built-in.js';
import { expectIndicatorSet } from '../indicators/guards.js';
import type { IndicatorSet, Label } from '../indicators/types.js';
import { dayNumber } from '../ledger/calendar.js';
import { replayLedger } from '../ledger/fold.js';
import { expectLedgerState } from '../ledger/guards.js';
import type { IssueStatus, LedgerState } from '../ledger/types.js';
import { Decimal } from '../numeric/decimal.js';
import { idSchema } from '../schema/common.js';
import type {
  InspectionLevel,
  Issue,
  IssueRaisedEvent,
  LedgerEvent,
  ResponsibleUnit,
} from '../schema/ledger.js';
import { inspectionLevelSchema, issueSchema } from '../schema/ledger.js';
import { parseWithSchema } from '../schema/parse.js';
import type { CompulsoryAssessment } from './county.js';
import { explainResult } from './explain.js';
import { expectAssessment } from './guards.js';
import type { PreschoolAssessment } from './preschool-types.js';
import type { CountyIndicatorResult, Figure, IndicatorResult, IndicatorStatus } from './types.js';

/**
 * An assessment findings can be drawn from: compulsory education (基本均衡 2012, 优质均衡 2017)
 * or preschool (普及普惠 2020).
 *
 * @category Findings
 * @example
 * ```ts
 * const assessment: FindingsAssessment = assessCompulsory(dataset, compulsoryQuality2017);
 * ```
 */
export type FindingsAssessment = CompulsoryAssessment | PreschoolAssessment;

/**
 * Options of {@link findingsFromAssessment}.
 *
 * @category Findings
 * @example
 * ```ts
 * const options: FindingsOptions = {
 *   inspection: { id: 'sx-2021-04-process', level: 'provincial' }, at: '2021-04-20', deadline: '2021-10-31',
 * };
 * ```
 */
export interface FindingsOptions {
  /** The inspection (督导活动) the findings are fed back by. */
  readonly inspection: {
    /** Its id, e.g. `sx-2021-04-process`. */
    readonly id: string;
    /** Its level. */
    readonly level: InspectionLevel;
  };
  /** The date the issues are raised, `YYYY-MM-DD`. */
  readonly at: string;
  /** The deadline (整改时限) of every issue, `YYYY-MM-DD`. */
  readonly deadline: string;
  /** Prefix of the issue ids. Default: the inspection's id. */
  readonly idPrefix?: string;
  /** The set the assessment used, for indicator names and aspects. Default: the built-in set with the assessment's set id. */
  readonly set?: IndicatorSet;
  /** Units responsible for every issue. Default: `[{ unit: '教育局', lead: true }]`. */
  readonly responsible?: readonly ResponsibleUnit[];
  /** The rectification mode. Default `deadline` (限期整改). */
  readonly mode?: Issue['mode'];
}

// What the options must be; the set is checked apart (its own shape), the dates below (with
// their historical paths `['at']`, `['deadline']`).
const findingsOptionsSchema = /* @__PURE__ */ z.object({
  inspection: z.object({ id: idSchema, level: inspectionLevelSchema }),
  at: z.string(),
  deadline: z.string(),
  idPrefix: z.optional(idSchema),
  set: z.optional(z.unknown()),
  responsible: z.optional(issueSchema.shape.responsible),
  mode: z.optional(issueSchema.shape.mode),
});

const STAGE_ZH: Readonly<Record<string, string>> = {
  primary: '小学',
  junior: '初中',
  kindergarten: '幼儿园',
};

// What each finding needs besides the common fields.
interface Draft {
  readonly key: string;
  readonly category: string;
  readonly scope: Issue['scope'];
  readonly commonality: Issue['commonality'];
  readonly indicator: string;
  readonly stage?: 'primary' | 'junior' | 'kindergarten';
  readonly severity: Issue['severity'];
  readonly description: string;
}

function nameOf(set: IndicatorSet | undefined, id: string): string {
  return set?.indicators.find((i) => i.id === id)?.name.zh ?? id;
}

function aspectOf(set: IndicatorSet | undefined, id: string, fallback: string): string {
  return set?.indicators.find((i) => i.id === id)?.aspect ?? fallback;
}

// A CV to 3 decimals, rounded half up on its decimal form (never Number.prototype.toFixed, which
// rounds the binary value).
function cvText(cv: Figure | null): string {
  return cv === null ? '—' : new Decimal(cv).toFixed(3);
}

// A limit as its decimal (a limit of the set, of a few digits, reads back exactly from its number).
function limitText(limit: Figure | null): string {
  return limit === null ? '—' : new Decimal(limit).toString();
}

function countyDraft(
  set: IndicatorSet | undefined,
  r: CountyIndicatorResult,
  category: string,
  prefix: string,
): Draft {
  const stage =
    r.stage === 'primary' || r.stage === 'junior' || r.stage === 'kindergarten' ? r.stage : undefined;
  const what = category === 'veto' ? '存在一票否决情形' : `未达标：${explainResult(r).zh}`;
  return {
    // A county indicator has one result (a set names one id per stage where stages differ).
    key: `${prefix}/county/${r.indicator}`,
    category,
    scope: { kind: 'county' },
    commonality: 'common',
    indicator: r.indicator,
    ...(stage === undefined ? {} : { stage }),
    severity: r.advisory ? 'minor' : 'major',
    description: `${nameOf(set, r.indicator)}${what}`,
  };
}

// Every unmet, decided requirement of an assessment, as a finding. Unknown results (missing data)
// are not findings: they are a data problem, reported by the assessment itself.
function draftsOf(assessment: FindingsAssessment, set: IndicatorSet | undefined, prefix: string): Draft[] {
  const drafts: Draft[] = [];
  const countyLevel = (r: CountyIndicatorResult, fallback: string): void => {
    // Aggregates of school or kindergarten results (`failing` listed) are raised per institution.
    if (r.status !== 'unmet' || r.failing !== undefined) return;
    drafts.push(countyDraft(set, r, aspectOf(set, r.indicator, fallback), prefix));
  };
  if ('sections' in assessment) {
    for (const r of assessment.preconditions) countyLevel(r, 'precondition');
    const advisory = new Map(assessment.countyIndicators.map((r) => [r.indicator, r.advisory] as const));
    for (const section of assessment.sections) {
      for (const r of section.results) {
        if (r.status !== 'unmet') continue;
        drafts.push({
          key: `${prefix}/school/${section.schoolId}/${section.stage}/${r.indicator}`,
          category: aspectOf(set, r.indicator, 'resource-allocation'),
          scope: { kind: 'school', schoolId: section.schoolId },
          commonality: 'individual',
          indicator: r.indicator,
          stage: section.stage,
          // Major when the section fails its rule (6 of 7) or the indicator fails the county.
          severity: section.passed === false || advisory.get(r.indicator) === false ? 'major' : 'minor',
          description: `${section.schoolName}（${STAGE_ZH[section.stage]}）${nameOf(set, r.indicator)}未达标：${explainResult(r).zh}`,
        });
      }
    }
    for (const school of assessment.schools) {
      for (const r of school.results) {
        if (r.status !== 'unmet') continue;
        drafts.push({
          key: `${prefix}/school/${school.schoolId}/${r.indicator}`,
          category: aspectOf(set, r.indicator, 'government-guarantee'),
          scope: { kind: 'school', schoolId: school.schoolId },
          commonality: 'individual',
          indicator: r.indicator,
          severity: advisory.get(r.indicator) === true ? 'minor' : 'major',
          description: `${school.schoolName}${nameOf(set, r.indicator)}未达标：${explainResult(r).zh}`,
        });
      }
    }
    for (const entry of assessment.variation) {
      if (entry.status !== 'unmet') continue;
      drafts.push({
        key: `${prefix}/cv/${entry.stage}/${entry.indicator}`,
        category: 'variation',
        scope: { kind: 'county' },
        commonality: 'common',
        indicator: entry.indicator,
        stage: entry.stage,
        severity: 'major',
        description: `${STAGE_ZH[entry.stage]}${nameOf(set, entry.indicator)}校际差异系数 ${cvText(entry.cv)} 超过 ${limitText(entry.limit)}`,
      });
    }
    for (const entry of assessment.composite ?? []) {
      if (entry.status !== 'unmet') continue;
      drafts.push({
        key: `${prefix}/cv/${entry.stage}/composite-cv`,
        category: 'variation',
        scope: { kind: 'county' },
        commonality: 'common',
        indicator: 'composite-cv',
        stage: entry.stage,
        severity: 'major',
        description: `${STAGE_ZH[entry.stage]}综合差异系数 ${cvText(entry.cv)} 超过 ${limitText(entry.limit)}`,
      });
    }
  } else {
    for (const kindergarten of assessment.kindergartens) {
      for (const r of kindergarten.results) {
        if (r.status !== 'unmet') continue;
        drafts.push({
          key: `${prefix}/kindergarten/${kindergarten.kindergartenId}/${r.indicator}`,
          category: aspectOf(set, r.indicator, 'kindergarten'),
          scope: { kind: 'kindergarten', kindergartenId: kindergarten.kindergartenId },
          commonality: 'individual',
          indicator: r.indicator,
          severity: 'minor',
          description: `${kindergarten.kindergartenName}${nameOf(set, r.indicator)}未达标：${explainResult(r).zh}`,
        });
      }
    }
  }
  for (const r of assessment.countyIndicators) countyLevel(r, 'government-guarantee');
  if (assessment.socialRecognition !== null) countyLevel(assessment.socialRecognition, 'social-recognition');
  for (const r of assessment.vetoes) {
    if (r.status === 'unmet') drafts.push(countyDraft(set, r, 'veto', prefix));
  }
  return drafts;
}

function programmeOf(assessment: FindingsAssessment): Issue['programme'] {
  const p = assessment.programme;
  if (
    p === 'compulsory-basic' ||
    p === 'compulsory-quality' ||
    p === 'preschool' ||
    p === 'supervision-reform'
  ) {
    return p;
  }
  throw dudaoError(
    'wrong-programme',
    ['assessment', 'programme'],
    `findings need a known programme (got ${JSON.stringify(p)})`,
    `无法识别评估所属项目（实际为 ${JSON.stringify(p)}）`,
  );
}

/**
 * Turns what an assessment found unmet into issues (评估发现问题转为整改台账问题): one `issue-raised`
 * event per finding, with category, scope, indicator, stage and a Chinese description filled in,
 * and deterministic ids (`<prefix>/school/<schoolId>/<stage>/<indicator>`,
 * `<prefix>/school/<schoolId>/<indicator>`, `<prefix>/kindergarten/<id>/<indicator>`,
 * `<prefix>/cv/<stage>/<indicator>`, `<prefix>/county/<indicator>`), so running it twice gives
 * the same events.
 *
 * Compulsory education: every unmet indicator of a school section (scope school, with its
 * stage), every unmet school-level indicator (rooms, school size), every CV over its limit and
 * unmet composite CV (scope county, category `variation`), every unmet county indicator,
 * precondition and social recognition, and every veto that occurred (category `veto`). County
 * indicators that only aggregate school results (those listing `failing` schools) are raised per
 * school, not again for the county. Preschool: every unmet kindergarten indicator (scope
 * kindergarten) and the county-level ones. Results that are `unknown` (missing data) are not
 * findings.
 *
 * Severity: `major` when the finding on its own fails the county (a section failing its 6-of-7
 * rule, a CV over its limit, a veto, a county requirement that is not advisory), `minor`
 * otherwise (an unmet indicator of a section that still passes, an advisory indicator).
 *
 * @category Findings
 * @param assessment - a compulsory or preschool assessment
 * @param options - the inspection, the dates, and optional id prefix, set, responsible units and mode
 * @returns the events, in the assessment's order
 * @throws {@link DudaoError} `invalid-date` for `at` or `deadline`, `wrong-programme`
 * @example
 * ```ts
 * const events = findingsFromAssessment(assessCompulsory(dataset, compulsoryQuality2017), {
 *   inspection: { id: 'sx-2021-04-process', level: 'provincial' }, at: '2021-04-20', deadline: '2021-10-31',
 * });
 * events[0]?.issue.id; //=> 'sx-2021-04-process/school/s02/primary/equipment-value-per-pupil'
 * replayLedger(events).issues.length; //=> events.length
 * ```
 */
export function findingsFromAssessment(
  assessment: FindingsAssessment,
  options: FindingsOptions,
): IssueRaisedEvent[] {
  expectAssessment(assessment);
  parseWithSchema(findingsOptionsSchema, options);
  if (options.set !== undefined) expectIndicatorSet(options.set, ['set']);
  for (const field of ['at', 'deadline'] as const) {
    if (Number.isNaN(dayNumber(options[field]))) {
      throw dudaoError(
        'invalid-date',
        [field],
        `is not a calendar date written YYYY-MM-DD (got ${JSON.stringify(options[field])})`,
        `不是 YYYY-MM-DD 格式的有效日期（实际为 ${JSON.stringify(options[field])}）`,
      );
    }
  }
  const set = options.set ?? builtInIndicatorSets[assessment.set];
  const prefix = options.idPrefix ?? options.inspection.id;
  const programme = programmeOf(assessment);
  const responsible = options.responsible ?? [{ unit: '教育局', lead: true }];
  return draftsOf(assessment, set, prefix).map((draft) => ({
    type: 'issue-raised',
    at: options.at,
    issue: {
      id: draft.key,
      county: assessment.county.code,
      programme,
      source: { inspection: options.inspection.id, level: options.inspection.level },
      category: draft.category,
      scope: draft.scope,
      commonality: draft.commonality,
      indicator: draft.indicator,
      ...(draft.stage === undefined ? {} : { stage: draft.stage }),
      description: draft.description,
      severity: draft.severity,
      mode: options.mode ?? 'deadline',
      deadline: options.deadline,
      responsible: responsible.map((r) => ({ ...r })),
    },
  }));
}

/**
 * What a later assessment says about an earlier issue (复评核对): whether the data now meet the
 * indicator the issue concerns.
 *
 * @category Findings
 * @example
 * ```ts
 * const check: FindingCheck = {
 *   issueId: 'sx-2021-04-process/school/s03/primary/sports-area-per-pupil', status: 'rectified',
 *   indicator: 'sports-area-per-pupil', met: true, explanation: { en: '…', zh: '…' },
 * };
 * ```
 */
export interface FindingCheck {
  /** The issue. */
  readonly issueId: string;
  /** Its status in the ledger (unchanged: this is a suggestion, not a transition). */
  readonly status: IssueStatus;
  /** The indicator it concerns. */
  readonly indicator: string;
  /** `true` when every matching result of the later assessment is met, `false` when one is unmet, null when it does not decide (not assessed, data missing). */
  readonly met: boolean | null;
  /** The later result's explanation (the first unmet one, else the first one); null when none matched. */
  readonly explanation: Label | null;
}

// The later results that speak about an issue's indicator, for its scope and stage.
function matchingResults(
  later: FindingsAssessment,
  issue: Issue,
): { readonly status: IndicatorStatus; readonly explain: () => Label }[] {
  const { indicator, stage, scope } = issue;
  // Explained only for the one result a check shows.
  const out: { status: IndicatorStatus; explain: () => Label }[] = [];
  const push = (r: IndicatorResult): void => {
    out.push({ status: r.status, explain: () => explainResult(r) });
  };
  if (scope.kind === 'school' && 'sections' in later) {
    for (const section of later.sections) {
      if (section.schoolId !== scope.schoolId || (stage !== undefined && section.stage !== stage)) continue;
      for (const r of section.results) if (r.indicator === indicator) push(r);
    }
    for (const school of later.schools) {
      if (school.schoolId !== scope.schoolId) continue;
      for (const r of school.results) if (r.indicator === indicator) push(r);
    }
  } else if (scope.kind === 'kindergarten' && 'kindergartens' in later) {
    for (const k of later.kindergartens) {
      if (k.kindergartenId !== scope.kindergartenId) continue;
      for (const r of k.results) if (r.indicator === indicator) push(r);
    }
  } else if (scope.kind === 'county') {
    const variation = (): void => {
      if (!('variation' in later)) return;
      for (const v of later.variation) {
        if (v.indicator !== indicator || (stage !== undefined && v.stage !== stage)) continue;
        const cv = cvText(v.cv);
        const limit = limitText(v.limit);
        out.push({
          status: v.status,
          explain: () => ({ en: `CV ${cv} (limit ${limit})`, zh: `差异系数 ${cv}（限值 ${limit}）` }),
        });
      }
      for (const c of later.composite ?? []) {
        if (indicator !== 'composite-cv' || (stage !== undefined && c.stage !== stage)) continue;
        const cv = cvText(c.cv);
        const limit = limitText(c.limit);
        out.push({
          status: c.status,
          explain: () => ({
            en: `composite CV ${cv} (limit ${limit})`,
            zh: `综合差异系数 ${cv}（限值 ${limit}）`,
          }),
        });
      }
    };
    if (issue.category === 'variation') variation();
    else {
      const county = [
        ...('preconditions' in later ? later.preconditions : []),
        ...later.countyIndicators,
        ...later.vetoes,
        ...(later.socialRecognition === null ? [] : [later.socialRecognition]),
      ];
      for (const r of county) {
        if (r.indicator !== indicator || (stage !== undefined && r.stage !== undefined && r.stage !== stage))
          continue;
        push(r);
      }
      if (out.length === 0) variation();
    }
  }
  return out;
}

/**
 * Marks which earlier issues the data of a later assessment now show as met (复评核对): for each
 * issue of the same county that names an indicator and is not withdrawn, the later results for
 * its scope (the school and stage, the kindergarten, or the county) and indicator. This is a
 * suggestion for the inspectors, not a closure: no event is produced and statuses are untouched.
 *
 * @category Findings
 * @param history - the ledger's events, or its replayed state
 * @param later - the later assessment
 * @returns one check per such issue, in ledger order
 * @example
 * ```ts
 * const checks = metSinceFindings(events, assessCompulsory(datasetNextYear, compulsoryQuality2017));
 * checks.filter((c) => c.met === true).map((c) => c.issueId); //=> ['sx-2021-04-process/school/s03/primary/sports-area-per-pupil']
 * ```
 */
export function metSinceFindings(
  history: readonly LedgerEvent[] | LedgerState,
  later: FindingsAssessment,
): FindingCheck[] {
  expectAssessment(later, ['later']);
  if (!Array.isArray(history)) expectLedgerState(history, ['history']);
  const state: LedgerState = Array.isArray(history) ? replayLedger(history) : (history as LedgerState);
  const checks: FindingCheck[] = [];
  for (const { issue, status } of state.issues) {
    if (status === 'withdrawn' || issue.indicator === undefined || issue.county !== later.county.code)
      continue;
    const results = matchingResults(later, issue);
    const unmet = results.find((r) => r.status === 'unmet');
    const met =
      results.length === 0
        ? null
        : unmet !== undefined
          ? false
          : results.every((r) => r.status === 'met')
            ? true
            : null;
    checks.push({
      issueId: issue.id,
      status,
      indicator: issue.indicator,
      met,
      explanation: (unmet ?? results[0])?.explain() ?? null,
    });
  }
  return checks;
}
