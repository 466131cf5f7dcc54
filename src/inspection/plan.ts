/**
 * Where a county's creation (创建) stands: the stage reached by a date, whether it is on track for
 * its target year, and what is still missing (stages, unmet indicators, open ledger issues). The
 * schedule a plan is measured against is data with a documented default, never hidden in code.
 * @module
 */
import { dudaoError, quoteInput } from '../error.js';
import { eachOf, expectKind, expectShape, wrongKind } from '../guard.js';
import type { Label } from '../indicators/types.js';
import { dateSchema } from '../schema/common.js';
import {
  CREATION_STAGE_LABELS,
  CREATION_STAGES,
  type CreationPlan,
  type CreationStage,
  creationPlanSchema,
} from '../schema/inspection.js';
import { parseWithSchema } from '../schema/parse.js';

/**
 * When a stage is due, relative to the plan's target year T: by `monthDay` of year T +
 * `yearOffset` (the day itself counts as on time).
 *
 * @category Inspections
 * @example
 * ```ts
 * const byYearEnd: StageDeadline = { yearOffset: 0, monthDay: '12-31' };
 * ```
 */
export interface StageDeadline {
  /** Years after the target year (0: the target year itself). */
  readonly yearOffset: number;
  /** Month and day, `MM-DD`. */
  readonly monthDay: string;
}

/**
 * The deadlines a creation plan is measured against (创建进度要求), by stage. Stages without one
 * are never overdue on their own.
 *
 * @category Inspections
 * @example
 * ```ts
 * const schedule: CreationSchedule = { ...DEFAULT_CREATION_SCHEDULE, 'self-assessed': { yearOffset: 0, monthDay: '06-30' } };
 * ```
 */
export type CreationSchedule = Readonly<Partial<Record<CreationStage, StageDeadline>>>;

/**
 * dudao's default schedule (默认创建进度): the provincial assessment by the end of the target year
 * (the target year is the year the county means to pass it), and the application for national
 * certification by 31 March of the year after (provincial application materials are due by the end
 * of March each year: standards.md §1.1 qb-procedure, low confidence). Earlier stages have no
 * deadline of their own: they are due by the time a later stage is. Pass `schedule` to
 * {@link planStatus} for a province's own timetable.
 *
 * @category Inspections
 * @example
 * ```ts
 * DEFAULT_CREATION_SCHEDULE['provincially-assessed']; //=> { yearOffset: 0, monthDay: '12-31' }
 * ```
 */
export const DEFAULT_CREATION_SCHEDULE: CreationSchedule = {
  'provincially-assessed': { yearOffset: 0, monthDay: '12-31' },
  'applied-national': { yearOffset: 1, monthDay: '03-31' },
};

/**
 * The part of an assessment that {@link planStatus} reads: its reasons (`code` `unknown` for what
 * is undecided, anything else for what is unmet). A `CompulsoryAssessment`, a preschool
 * assessment and a `SupervisionReformAssessment` all fit.
 *
 * @category Inspections
 * @example
 * ```ts
 * const a: AssessmentReasons = { reasons: [{ code: 'indicator-unmet', indicator: 'teacher-exchange', en: '…', zh: '…' }] };
 * ```
 */
export interface AssessmentReasons {
  /** The verdict's reasons. */
  readonly reasons: readonly {
    /** `unknown` when undecided; otherwise why it failed. */
    readonly code: string;
    /** The indicator concerned. */
    readonly indicator?: string;
    /** English. */
    readonly en: string;
    /** Chinese. */
    readonly zh: string;
  }[];
}

/**
 * Options of {@link planStatus}.
 *
 * @category Inspections
 * @example
 * ```ts
 * const options: PlanStatusOptions = { asOf: '2024-06-30', ledgerOpenIssues: 7 };
 * ```
 */
export interface PlanStatusOptions {
  /** The day the status is taken (YYYY-MM-DD); stages dated later are scheduled, not reached. */
  readonly asOf: string;
  /** The latest assessment of the county: its unmet and undecided indicators are missing. */
  readonly assessment?: AssessmentReasons;
  /** Open ledger issues: a count, or their ids. */
  readonly ledgerOpenIssues?: number | readonly string[];
  /** Deadlines by stage; default {@link DEFAULT_CREATION_SCHEDULE}. */
  readonly schedule?: CreationSchedule;
}

/**
 * Where a creation plan stands on a day (创建进展): the stage reached, the stage expected by the
 * schedule, whether the county is on track, and what is missing.
 *
 * @category Inspections
 * @example
 * ```ts
 * const status: PlanStatus = planStatus(plan, { asOf: '2025-01-15' });
 * status.onTrack; //=> false
 * ```
 */
export interface PlanStatus {
  /** County code. */
  readonly county: string;
  /** Programme. */
  readonly programme: CreationPlan['programme'];
  /** Target year. */
  readonly targetYear: number;
  /** The day of the status. */
  readonly asOf: string;
  /** The last stage reached on or before `asOf`; null when none. */
  readonly current: CreationStage | null;
  /** The date it was reached. */
  readonly currentDate: string | null;
  /** Stages reached on or before `asOf`, in order. */
  readonly reached: readonly {
    /** The stage. */
    readonly stage: CreationStage;
    /** When. */
    readonly date: string;
  }[];
  /** Stages the plan dates after `asOf`. */
  readonly scheduled: readonly {
    /** The stage. */
    readonly stage: CreationStage;
    /** When it is planned. */
    readonly date: string;
  }[];
  /** The latest stage whose deadline has passed (before `asOf`); null when none has. */
  readonly expected: CreationStage | null;
  /** Its deadline. */
  readonly expectedBy: string | null;
  /** Not revoked, and the stage reached is at least the stage expected. */
  readonly onTrack: boolean;
  /** Stages with a passed deadline that neither they nor a later stage reached. */
  readonly overdue: readonly {
    /** The stage. */
    readonly stage: CreationStage;
    /** Its deadline. */
    readonly deadline: string;
  }[];
  /** The next stage to reach and its deadline (null when it has none); null once certified or revoked. */
  readonly next: {
    /** The stage. */
    readonly stage: CreationStage;
    /** Its deadline, or null. */
    readonly deadline: string | null;
  } | null;
  /** What is missing. */
  readonly missing: {
    /** Stages after the current one, up to national certification. */
    readonly stages: readonly CreationStage[];
    /** Unmet requirements of the assessment (reasons whose code is not `unknown`). */
    readonly unmet: AssessmentReasons['reasons'];
    /** Undecided requirements of the assessment (code `unknown`). */
    readonly undecided: AssessmentReasons['reasons'];
    /** Open ledger issues, when given. */
    readonly openIssues: {
      /** How many. */
      readonly count: number;
      /** Their ids, when given as a list. */
      readonly ids: readonly string[];
    } | null;
  };
  /** One sentence, in both languages. */
  readonly explanation: Label;
}

// The options' kinds: the day is validated below, the schedule's entries where they are read.
function checkPlanOptions(options: PlanStatusOptions): void {
  expectKind(options, 'object', ['options'], {
    en: 'an object of options with asOf (YYYY-MM-DD)',
    zh: '含 asOf（YYYY-MM-DD）的选项对象',
  });
  const { schedule, assessment, ledgerOpenIssues } = options;
  if (schedule !== undefined) {
    expectKind(schedule, 'object', ['schedule']);
    for (const stage of CREATION_STAGES) {
      if (schedule[stage] !== undefined) expectKind(schedule[stage], 'object', ['schedule', stage]);
    }
  }
  if (assessment !== undefined) {
    const what = { en: 'an assessment with its reasons', zh: '含 reasons 的评估结果' };
    expectShape(assessment, ['assessment'], what, { reasons: 'array' });
    eachOf(assessment.reasons, (reason, i) => {
      expectShape(reason, ['assessment', 'reasons', i], { en: 'a reason', zh: '原因' }, { code: 'string' });
    });
  }
  if (ledgerOpenIssues !== undefined && typeof ledgerOpenIssues !== 'number') {
    const what = { en: 'a number of issues or a list of issue ids', zh: '问题数量或问题编号列表' };
    if (!Array.isArray(ledgerOpenIssues)) wrongKind(ledgerOpenIssues, ['ledgerOpenIssues'], what);
    eachOf(ledgerOpenIssues, (id, i) => {
      expectKind(id, 'string', ['ledgerOpenIssues', i]);
    });
  }
}

const CERTIFIED_INDEX = /* @__PURE__ */ CREATION_STAGES.indexOf('nationally-certified');

// A schedule entry as a message shows it: its two fields, each quoted and bounded.
function shownEntry(entry: StageDeadline): string {
  return `{ yearOffset: ${quoteInput(entry.yearOffset)}, monthDay: ${quoteInput(entry.monthDay)} }`;
}

function deadlineOf(targetYear: number, entry: StageDeadline, stage: CreationStage): string {
  if (
    !Number.isInteger(entry.yearOffset) ||
    Math.abs(entry.yearOffset) > 100 ||
    typeof entry.monthDay !== 'string' ||
    !/^\d{2}-\d{2}$/.test(entry.monthDay)
  ) {
    throw dudaoError(
      'invalid-schedule',
      ['schedule', stage],
      `needs a whole yearOffset and monthDay "MM-DD" (got ${shownEntry(entry)})`,
      `需要整数 yearOffset 和 "MM-DD" 格式的 monthDay（实际为 ${shownEntry(entry)}）`,
    );
  }
  const date = `${String(targetYear + entry.yearOffset).padStart(4, '0')}-${entry.monthDay}`;
  parseWithSchema(dateSchema, date, ['schedule', stage, 'monthDay']);
  return date;
}

/**
 * Tells where a county's creation plan stands on a day (创建进展): the stage reached, whether it
 * is on track, and what is missing.
 *
 * The on-track rule: each stage with a deadline in the schedule (default: provincial assessment
 * by 31 December of the target year, application for national certification by 31 March of the
 * next year) is due on that day, and the day itself counts as on time. The stage expected on
 * `asOf` is the latest one whose deadline is before `asOf`; the county is on track when the stage
 * it has reached (the last one dated on or before `asOf`) comes at or after the expected one in
 * {@link CREATION_STAGES}, and its certification has not been revoked. Skipped stages do not
 * matter once a later one is reached. Before the first deadline every county that has not been
 * revoked is on track; the schedule, not the verdict of an assessment, decides it.
 *
 * Missing: the stages still to reach up to national certification; with `assessment`, its unmet
 * and undecided requirements; with `ledgerOpenIssues`, the open issues.
 *
 * @category Inspections
 * @param plan - the creation plan (validated here)
 * @param options - the day, and optionally the latest assessment, the open ledger issues and a schedule
 * @returns the status
 * @throws {@link DudaoError} when the plan, `asOf` or the schedule is invalid
 * @example
 * ```ts
 * const plan = {
 *   county: '999301', programme: 'compulsory-quality', targetYear: 2024,
 *   stages: [
 *     { stage: 'planned', date: '2021-03-01' },
 *     { stage: 'self-assessed', date: '2024-05-20' },
 *     { stage: 'city-reviewed', date: '2024-09-10' },
 *   ],
 * };
 * planStatus(plan, { asOf: '2024-12-31' }).onTrack; //=> true (the deadline day itself)
 * planStatus(plan, { asOf: '2025-01-01' }).overdue; //=> [{ stage: 'provincially-assessed', deadline: '2024-12-31' }]
 * planStatus(plan, { asOf: '2025-01-01', ledgerOpenIssues: ['q-003'] }).missing.openIssues; //=> { count: 1, ids: ['q-003'] }
 * ```
 */
export function planStatus(plan: unknown, options: PlanStatusOptions): PlanStatus {
  checkPlanOptions(options);
  const parsed = parseWithSchema(creationPlanSchema, plan);
  const asOf = parseWithSchema(dateSchema, options.asOf, ['asOf']);
  const schedule = options.schedule ?? DEFAULT_CREATION_SCHEDULE;
  const reached = parsed.stages.filter((s) => s.date <= asOf);
  const scheduled = parsed.stages.filter((s) => s.date > asOf);
  const last = reached[reached.length - 1];
  const current = last?.stage ?? null;
  const currentIndex = current === null ? -1 : CREATION_STAGES.indexOf(current);
  const revoked = current === 'revoked';

  const deadlines = new Map<CreationStage, string>();
  for (const stage of CREATION_STAGES) {
    const entry = schedule[stage];
    if (entry !== undefined) deadlines.set(stage, deadlineOf(parsed.targetYear, entry, stage));
  }
  let expected: CreationStage | null = null;
  let expectedBy: string | null = null;
  const overdue: { stage: CreationStage; deadline: string }[] = [];
  for (const stage of CREATION_STAGES) {
    const deadline = deadlines.get(stage);
    if (deadline === undefined || deadline >= asOf) continue;
    expected = stage;
    expectedBy = deadline;
    if (CREATION_STAGES.indexOf(stage) > currentIndex) overdue.push({ stage, deadline });
  }
  const expectedIndex = expected === null ? -1 : CREATION_STAGES.indexOf(expected);
  const onTrack = !revoked && currentIndex >= expectedIndex;

  const stillToReach = revoked
    ? []
    : CREATION_STAGES.filter((_stage, i) => i > currentIndex && i <= CERTIFIED_INDEX);
  const nextStage = stillToReach[0];
  const next =
    nextStage === undefined ? null : { stage: nextStage, deadline: nextDeadline(nextStage, deadlines) };

  const reasons = options.assessment?.reasons ?? [];
  const open = options.ledgerOpenIssues;
  if (typeof open === 'number' && !(Number.isInteger(open) && open >= 0)) {
    throw dudaoError(
      'negative',
      ['ledgerOpenIssues'],
      `must be a whole number, at least 0 (got ${open})`,
      `必须是不小于 0 的整数（实际为 ${open}）`,
    );
  }
  const openIssues =
    open === undefined
      ? null
      : typeof open === 'number'
        ? { count: open, ids: [] }
        : { count: open.length, ids: [...open] };

  return {
    county: parsed.county,
    programme: parsed.programme,
    targetYear: parsed.targetYear,
    asOf,
    current,
    currentDate: last?.date ?? null,
    reached,
    scheduled,
    expected,
    expectedBy,
    onTrack,
    overdue,
    next,
    missing: {
      stages: stillToReach,
      unmet: reasons.filter((r) => r.code !== 'unknown'),
      undecided: reasons.filter((r) => r.code === 'unknown'),
      openIssues,
    },
    explanation: explain(current, expected, expectedBy, onTrack, revoked, asOf),
  };
}

// The deadline that binds the next stage: its own, or the first later stage's (reaching a later
// stage by its deadline requires passing this one first).
function nextDeadline(stage: CreationStage, deadlines: ReadonlyMap<CreationStage, string>): string | null {
  for (const later of CREATION_STAGES.slice(CREATION_STAGES.indexOf(stage))) {
    const deadline = deadlines.get(later);
    if (deadline !== undefined) return deadline;
  }
  return null;
}

function explain(
  current: CreationStage | null,
  expected: CreationStage | null,
  expectedBy: string | null,
  onTrack: boolean,
  revoked: boolean,
  asOf: string,
): Label {
  const now = current === null ? null : CREATION_STAGE_LABELS[current];
  const stageEn = now === null ? 'no stage reached' : `stage reached: ${now.en}`;
  const stageZh = now === null ? '尚未进入任何阶段' : `当前阶段：${now.zh}`;
  if (revoked) {
    return { en: `${asOf}: certification revoked; not on track`, zh: `${asOf}：认定已撤销，未按期推进` };
  }
  if (expected === null || expectedBy === null) {
    return {
      en: `${asOf}: ${stageEn}; no deadline has passed yet, on track`,
      zh: `${asOf}：${stageZh}；尚无到期节点，按期推进`,
    };
  }
  const want = CREATION_STAGE_LABELS[expected];
  return onTrack
    ? {
        en: `${asOf}: ${stageEn}; ${want.en} was due by ${expectedBy}: on track`,
        zh: `${asOf}：${stageZh}；${want.zh}应于 ${expectedBy} 前完成：按期推进`,
      }
    : {
        en: `${asOf}: ${stageEn}; ${want.en} was due by ${expectedBy}: behind schedule`,
        zh: `${asOf}：${stageZh}；${want.zh}应于 ${expectedBy} 前完成：进度滞后`,
      };
}
