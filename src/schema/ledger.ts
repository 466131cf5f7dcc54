/**
 * The executable form of the issue ledger (问题整改台账, [data contract, section 3](../../docs/data-contract.md#3-issue-ledger)): a document is its
 * history, an ordered list of events; state is always derived by replaying it (see `ledger/`).
 * These schemas check the shape of each event (field names, calendar dates, enums); whether an
 * event is possible in the history (closing an unverified issue, dates going backwards) is checked
 * by the replay, which knows the state.
 *
 * Objects are strict, as in the datasets: a misspelt field (`"issueID"`) is rejected with the
 * closest known field suggested, never dropped silently.
 * @module
 */
import * as z from 'zod/mini';
import { quoteInput, type SafeResult } from '../error.js';
import { dateSchema, idSchema, longTextSchema, schemaVersionSchema, TEXT_LIMITS } from './common.js';
import { programmeSchema, stageSchema } from './indicator-set.js';
import { addDudaoIssue, parseWithSchema, safeParseWithSchema, valueSchema } from './parse.js';
import { noPrototypeKey } from './refine.js';

const ALWAYS = { when: (): boolean => true };

// Free text (descriptions, measures, units, reasons): non-empty, at most TEXT_LIMITS.text characters.
const textSchema = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.text));

/**
 * The level of the body that ran the inspection an issue comes from (督导层级): `national`
 * (国家), `provincial` (省级), `municipal` (市级) or `county` (县级).
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(inspectionLevelSchema, 'provincial'); //=> 'provincial'
 * ```
 */
export const inspectionLevelSchema: z.ZodMiniType<'national' | 'provincial' | 'municipal' | 'county'> =
  /* @__PURE__ */ z.enum(['national', 'provincial', 'municipal', 'county']);

/**
 * The level of an inspection (督导层级).
 *
 * @category Ledger
 * @example
 * ```ts
 * const level: InspectionLevel = 'municipal';
 * ```
 */
export type InspectionLevel = z.infer<typeof inspectionLevelSchema>;

/**
 * Where an issue comes from (问题来源): the inspection (督导活动) that found it and its level.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(issueSourceSchema, { inspection: 'sx-2021-04-process', level: 'provincial' });
 * ```
 */
export const issueSourceSchema = /* @__PURE__ */ z.strictObject({
  /** The inspection's id, e.g. `sx-2021-04-process` (过程督导). */
  inspection: idSchema,
  /** Who ran it. */
  level: inspectionLevelSchema,
});

/**
 * Where an issue comes from (问题来源).
 *
 * @category Ledger
 * @example
 * ```ts
 * const source: IssueSource = { inspection: 'sx-2021-04-process', level: 'provincial' };
 * ```
 */
export interface IssueSource extends z.infer<typeof issueSourceSchema> {}

// The loose objects below are gates in front of strict ones; `noPrototypeKey` in front of them
// refuses an own `__proto__` key, as every strict object refuses an unknown one.

/**
 * What an issue concerns (问题范围): the county as a whole (`{ kind: 'county' }`), one school
 * (`{ kind: 'school', schoolId }`), one kindergarten (`{ kind: 'kindergarten', kindergartenId }`)
 * or one department of the county government (`{ kind: 'department', unit }`, e.g. 财政局).
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(issueScopeSchema, { kind: 'school', schoolId: 's03' });
 * parseWithSchema(issueScopeSchema, { kind: 'department', unit: '编办' });
 * ```
 */
export const issueScopeSchema = /* @__PURE__ */ z.pipe(
  noPrototypeKey(),
  z.pipe(
    z.looseObject({
      /** County, school, kindergarten or department. */
      kind: z.enum(['county', 'school', 'kindergarten', 'department']) as z.ZodMiniType<
        'county' | 'school' | 'kindergarten' | 'department'
      >,
      /** For a school. */
      schoolId: z.optional(z.unknown()),
      /** For a kindergarten. */
      kindergartenId: z.optional(z.unknown()),
      /** For a department. */
      unit: z.optional(z.unknown()),
    }),
    z.discriminatedUnion('kind', [
      z.strictObject({
        /** The county as a whole (县域). */
        kind: z.literal('county'),
      }),
      z.strictObject({
        /** One school (学校). */
        kind: z.literal('school'),
        /** The school's id in the county's dataset. */
        schoolId: idSchema,
      }),
      z.strictObject({
        /** One kindergarten (幼儿园). */
        kind: z.literal('kindergarten'),
        /** The kindergarten's id in the county's dataset. */
        kindergartenId: idSchema,
      }),
      z.strictObject({
        /** One department (部门). */
        kind: z.literal('department'),
        /** The department, e.g. `财政局`. */
        unit: textSchema,
      }),
    ]),
  ),
);

/**
 * What an issue concerns (问题范围).
 *
 * @category Ledger
 * @example
 * ```ts
 * const scope: IssueScope = { kind: 'school', schoolId: 's03' };
 * ```
 */
export type IssueScope = z.infer<typeof issueScopeSchema>;

/**
 * A unit responsible for rectifying an issue (责任单位), with an optional named person (责任人).
 * `lead: true` marks the lead unit (牵头单位); the others support (配合单位). When no unit of an
 * issue is marked lead, the first one listed leads.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(responsibleUnitSchema, { unit: '教育局', lead: true, person: '张三' });
 * ```
 */
export const responsibleUnitSchema = /* @__PURE__ */ z.strictObject({
  /** The department, e.g. `教育局`. */
  unit: textSchema,
  /** The lead unit (牵头单位). Default: not lead (unless no unit of the issue is marked lead, then the first leads). */
  lead: z.optional(z.boolean()),
  /** The person responsible (责任人). */
  person: z.optional(textSchema),
});

/**
 * A unit responsible for rectifying an issue (责任单位).
 *
 * @category Ledger
 * @example
 * ```ts
 * const unit: ResponsibleUnit = { unit: '财政局' };
 * ```
 */
export interface ResponsibleUnit extends z.infer<typeof responsibleUnitSchema> {}

/**
 * An issue as it is raised (问题): its id, county, programme, source inspection, category, scope,
 * commonality (共性 / 个性), the indicator it concerns, a description, severity, rectification
 * mode (立行立改 / 限期整改 / 长期坚持), the deadline (整改时限) and the responsible units (at least
 * one; a unit may appear only once: `duplicate-unit`).
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(issueSchema, {
 *   id: 'QY-2021-001', county: '610328', programme: 'compulsory-quality',
 *   source: { inspection: 'sx-2021-04-process', level: 'provincial' },
 *   category: 'large-classes', scope: { kind: 'school', schoolId: 's03' }, commonality: 'individual',
 *   indicator: 'class-size', description: '二年级两个班超过45人', severity: 'major', mode: 'deadline',
 *   deadline: '2021-10-31', responsible: [{ unit: '教育局', lead: true }, { unit: '财政局' }],
 * }).id; //=> 'QY-2021-001'
 * ```
 */
export const issueSchema = /* @__PURE__ */ z.strictObject({
  /** The issue's number in the ledger (问题编号), unique in the ledger. */
  id: idSchema,
  /** The county's administrative division code (行政区划代码). */
  county: idSchema,
  /** The programme the issue belongs to. */
  programme: programmeSchema,
  /** The inspection that found it (问题来源). */
  source: issueSourceSchema,
  /** Free text or a known category id, e.g. `large-classes`, `variation`, `government-guarantee`. */
  category: textSchema,
  /** What it concerns. */
  scope: issueScopeSchema,
  /** `common` (共性问题: found across schools or departments) or `individual` (个性问题). */
  commonality: z.enum(['common', 'individual']) as z.ZodMiniType<'common' | 'individual'>,
  /** The indicator it concerns, when there is one (e.g. `class-size`). */
  indicator: z.optional(textSchema),
  /** The stage concerned, when the issue is about one stage (a school section, a stage's CV). */
  stage: z.optional(stageSchema),
  /** The problem in words (问题描述). */
  description: textSchema,
  /** `major` or `minor`. */
  severity: z.enum(['major', 'minor']) as z.ZodMiniType<'major' | 'minor'>,
  /** `immediate` (立行立改), `deadline` (限期整改) or `long-term` (长期坚持). */
  mode: z.enum(['immediate', 'deadline', 'long-term']) as z.ZodMiniType<
    'immediate' | 'deadline' | 'long-term'
  >,
  /** The deadline first set (整改时限); a `deadline-extended` event moves it. */
  deadline: dateSchema,
  /** The units responsible (责任单位), lead first by convention. */
  responsible: z.array(responsibleUnitSchema).check(
    z.minLength(1),
    z.superRefine((units: unknown, ctx) => {
      if (!Array.isArray(units)) return;
      const seen = new Map<string, number>();
      units.forEach((entry: unknown, index) => {
        const unit = (entry as { unit?: unknown } | null)?.unit;
        if (typeof unit !== 'string') return;
        const first = seen.get(unit);
        if (first === undefined) seen.set(unit, index);
        else {
          addDudaoIssue(ctx, [index, 'unit'], {
            code: 'duplicate-unit',
            message: `unit ${quoteInput(unit)} is listed more than once (first at index ${first})`,
            messageZh: `责任单位 ${quoteInput(unit)} 重复（首次出现在第 ${first} 项）`,
          });
        }
      });
    }, ALWAYS),
  ),
});

/**
 * An issue as raised (问题).
 *
 * @category Ledger
 * @example
 * ```ts
 * const issue: Issue = parseWithSchema(issueSchema, input);
 * issue.deadline; //=> '2021-10-31'
 * ```
 */
export interface Issue extends z.infer<typeof issueSchema> {}

/**
 * One document proving a rectification (佐证材料): a title and an optional reference (a file path,
 * a URL, an archive number).
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(evidenceSchema, { title: '分班名册', ref: 'docs/001.pdf' });
 * ```
 */
export const evidenceSchema = /* @__PURE__ */ z.strictObject({
  /** What the document is. */
  title: textSchema,
  /** Where to find it. */
  ref: z.optional(textSchema),
});

/**
 * One document proving a rectification (佐证材料).
 *
 * @category Ledger
 * @example
 * ```ts
 * const evidence: Evidence = { title: '分班名册', ref: 'docs/001.pdf' };
 * ```
 */
export interface Evidence extends z.infer<typeof evidenceSchema> {}

/**
 * `issue-raised` (提出问题): an inspection feeds back an issue. Opens it (`open`, 未整改).
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(issueRaisedEventSchema, { type: 'issue-raised', at: '2021-04-20', issue }).issue.id; //=> 'QY-2021-001'
 * ```
 */
export const issueRaisedEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('issue-raised'),
  /** The date the issue was fed back. */
  at: dateSchema,
  /** The issue. */
  issue: issueSchema,
});

/**
 * `measure-added` (制定整改措施): a rectification measure is recorded. Moves `open` to
 * `in-progress`.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(measureAddedEventSchema, { type: 'measure-added', at: '2021-05-02', issueId: 'QY-2021-001', text: '分班并增加教室2间' });
 * ```
 */
export const measureAddedEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('measure-added'),
  /** The date. */
  at: dateSchema,
  /** The issue concerned. */
  issueId: idSchema,
  /** The measure (整改措施). */
  text: textSchema,
});

/**
 * `progress-reported` (报告整改进展): a progress note. Moves `open` to `in-progress`.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(progressReportedEventSchema, { type: 'progress-reported', at: '2021-07-01', issueId: 'QY-2021-001', text: '已完成分班方案' });
 * ```
 */
export const progressReportedEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('progress-reported'),
  /** The date. */
  at: dateSchema,
  /** The issue concerned. */
  issueId: idSchema,
  /** The progress (整改进展). */
  text: textSchema,
});

/**
 * `rectification-reported` (报告已整改): the county reports the issue fixed, with at least one piece
 * of evidence (佐证材料). Moves the issue to `rectified`.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(rectificationReportedEventSchema, {
 *   type: 'rectification-reported', at: '2021-09-01', issueId: 'QY-2021-001',
 *   evidence: [{ title: '分班名册', ref: 'docs/001.pdf' }],
 * });
 * ```
 */
export const rectificationReportedEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('rectification-reported'),
  /** The date of the report. */
  at: dateSchema,
  /** The issue concerned. */
  issueId: idSchema,
  /** The evidence (at least one document). */
  evidence: z.array(evidenceSchema).check(z.minLength(1)),
  /** What was done, in words. */
  text: z.optional(textSchema),
});

/**
 * `verification-passed` (核查通过): the supervising body checked the evidence and accepts it.
 * Moves `rectified` to `verified`.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(verificationPassedEventSchema, { type: 'verification-passed', at: '2021-12-05', issueId: 'QY-2021-001', by: '市回访督导组' });
 * ```
 */
export const verificationPassedEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('verification-passed'),
  /** The date of the check. */
  at: dateSchema,
  /** The issue concerned. */
  issueId: idSchema,
  /** Who checked (核查单位), e.g. `市回访督导组`. */
  by: textSchema,
});

/**
 * `verification-failed` (核查未通过): the check found the issue not fixed. Moves `rectified` back
 * to `in-progress`.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(verificationFailedEventSchema, { type: 'verification-failed', at: '2021-11-05', issueId: 'QY-2021-001', by: '市回访督导组', reason: '仍有一个班超过45人' });
 * ```
 */
export const verificationFailedEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('verification-failed'),
  /** The date of the check. */
  at: dateSchema,
  /** The issue concerned. */
  issueId: idSchema,
  /** Who checked. */
  by: z.optional(textSchema),
  /** What was found. */
  reason: z.optional(textSchema),
});

/**
 * `deadline-extended` (延长整改时限): a new, later deadline and the reason. Allowed while the issue
 * is `open` or `in-progress`.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(deadlineExtendedEventSchema, { type: 'deadline-extended', at: '2021-10-20', issueId: 'QY-2021-001', deadline: '2022-03-31', reason: '新建校舍需跨年度' });
 * ```
 */
export const deadlineExtendedEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('deadline-extended'),
  /** The date of the decision. */
  at: dateSchema,
  /** The issue concerned. */
  issueId: idSchema,
  /** The new deadline (later than the one in force). */
  deadline: dateSchema,
  /** Why. */
  reason: textSchema,
});

/**
 * `issue-reopened` (问题反弹, 重新整改): a closed (or verified) issue is found again. Moves it back
 * to `in-progress`.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(issueReopenedEventSchema, { type: 'issue-reopened', at: '2022-03-01', issueId: 'QY-2021-001', reason: '回头看发现大班额反弹' });
 * ```
 */
export const issueReopenedEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('issue-reopened'),
  /** The date. */
  at: dateSchema,
  /** The issue concerned. */
  issueId: idSchema,
  /** Why. */
  reason: textSchema,
});

/**
 * `issue-withdrawn` (撤回问题): raised in error or merged into another issue. A withdrawn issue is
 * left out of every rate and accepts no further event.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(issueWithdrawnEventSchema, { type: 'issue-withdrawn', at: '2021-05-01', issueId: 'QY-2021-002', reason: '与 QY-2021-001 重复' });
 * ```
 */
export const issueWithdrawnEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('issue-withdrawn'),
  /** The date. */
  at: dateSchema,
  /** The issue concerned. */
  issueId: idSchema,
  /** Why (raised in error, merged into …). */
  reason: textSchema,
});

/**
 * `issue-closed` (销号): struck off after verification. Moves `verified` to `closed`.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(issueClosedEventSchema, { type: 'issue-closed', at: '2021-12-10', issueId: 'QY-2021-001' });
 * ```
 */
export const issueClosedEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('issue-closed'),
  /** The date. */
  at: dateSchema,
  /** The issue concerned. */
  issueId: idSchema,
  /** Who approved the close-out (销号审核人). */
  by: z.optional(textSchema),
});

/**
 * The outcome of a recheck (复查结论) at a return visit (回访督导): `rectified` (已整改),
 * `basically-rectified` (基本整改: largely done, something remains), `not-rectified` (未整改) or
 * `not-applicable` (不再适用: the issue no longer applies, e.g. the school was merged or closed).
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(recheckOutcomeSchema, 'basically-rectified'); //=> 'basically-rectified'
 * ```
 */
export const recheckOutcomeSchema: z.ZodMiniType<
  'rectified' | 'basically-rectified' | 'not-rectified' | 'not-applicable'
> = /* @__PURE__ */ z.enum(['rectified', 'basically-rectified', 'not-rectified', 'not-applicable']);

/**
 * The outcome of a recheck (复查结论).
 *
 * @category Ledger
 * @example
 * ```ts
 * const outcome: RecheckOutcome = 'not-rectified';
 * ```
 */
export type RecheckOutcome = z.infer<typeof recheckOutcomeSchema>;

/**
 * `issue-rechecked` (复查): an inspection, usually a return visit (回访督导, 回头看), checked an
 * issue fed back earlier and records its outcome, what it found (`finding`, 复查情况) and the
 * evidence it saw or collected. How each outcome moves the issue's status is the transition table
 * of the ledger rules: a `rectified` outcome verifies a reported rectification (核查通过);
 * `basically-rectified` and `not-rectified` leave or send the issue back to work; `not-applicable`
 * takes it out of the rates, as a withdrawal does.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(issueRecheckedEventSchema, {
 *   type: 'issue-rechecked', at: '2025-11-12', issueId: 'DH-2505-01', inspection: 'SL-2025-11-return',
 *   outcome: 'rectified', finding: '运动场扩建已完工并投入使用', evidence: [{ title: '现场照片', ref: 'photos/dh09.jpg' }],
 * }).outcome; //=> 'rectified'
 * ```
 */
export const issueRecheckedEventSchema = /* @__PURE__ */ z.strictObject({
  /** The event type. */
  type: z.literal('issue-rechecked'),
  /** The date of the recheck. */
  at: dateSchema,
  /** The issue concerned. */
  issueId: idSchema,
  /** The inspection that rechecked it (督导活动编号), e.g. a municipal return visit. */
  inspection: idSchema,
  /** The outcome (复查结论). */
  outcome: recheckOutcomeSchema,
  /** What the recheck found (复查情况), in words. */
  finding: textSchema,
  /** Evidence seen or collected (佐证材料), when there is any. */
  evidence: z.optional(z.array(evidenceSchema)),
  /** Who rechecked (复查组), e.g. `市回访督导组`. */
  by: z.optional(textSchema),
});

/**
 * Every event type of the ledger, in the order of the data contract.
 *
 * @category Ledger
 * @example
 * ```ts
 * LEDGER_EVENT_TYPES.includes('issue-closed'); //=> true
 * ```
 */
export const LEDGER_EVENT_TYPES: readonly [
  'issue-raised',
  'measure-added',
  'progress-reported',
  'rectification-reported',
  'verification-passed',
  'verification-failed',
  'deadline-extended',
  'issue-reopened',
  'issue-withdrawn',
  'issue-closed',
  'issue-rechecked',
] = [
  'issue-raised',
  'measure-added',
  'progress-reported',
  'rectification-reported',
  'verification-passed',
  'verification-failed',
  'deadline-extended',
  'issue-reopened',
  'issue-withdrawn',
  'issue-closed',
  'issue-rechecked',
];

const eventUnion = /* @__PURE__ */ z.discriminatedUnion('type', [
  issueRaisedEventSchema,
  measureAddedEventSchema,
  progressReportedEventSchema,
  rectificationReportedEventSchema,
  verificationPassedEventSchema,
  verificationFailedEventSchema,
  deadlineExtendedEventSchema,
  issueReopenedEventSchema,
  issueWithdrawnEventSchema,
  issueClosedEventSchema,
  issueRecheckedEventSchema,
]);

// The type is checked first, on its own, so that an unknown type is reported as `invalid-enum`
// at `type` listing the known ones (a bare discriminated union reports only "no matching form").
// The gate names every field of every event (accepting anything there), so that a misspelt
// field is answered with the closest known one.
const eventTypeGate = /* @__PURE__ */ z.looseObject({
  type: z.enum(LEDGER_EVENT_TYPES),
  at: z.optional(z.unknown()),
  issue: z.optional(z.unknown()),
  issueId: z.optional(z.unknown()),
  text: z.optional(z.unknown()),
  evidence: z.optional(z.unknown()),
  by: z.optional(z.unknown()),
  reason: z.optional(z.unknown()),
  deadline: z.optional(z.unknown()),
  inspection: z.optional(z.unknown()),
  outcome: z.optional(z.unknown()),
  finding: z.optional(z.unknown()),
});

/**
 * One event of the ledger (台账事件), any of the eleven types. An unknown `type` is rejected with
 * code `invalid-enum` at `type`; the other fields are checked against that type's schema.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(ledgerEventSchema, { type: 'issue-closed', at: '2021-12-10', issueId: 'QY-2021-001' }).type; //=> 'issue-closed'
 * safeParseWithSchema(ledgerEventSchema, { type: 'issue-closed', at: '2021-02-30', issueId: 'x' }).success; //=> false (invalid-date at ['at'])
 * ```
 */
export const ledgerEventSchema: z.ZodMiniType<LedgerEvent, unknown> = /* @__PURE__ */ z.pipe(
  z.pipe(noPrototypeKey(), eventTypeGate),
  eventUnion,
);

/**
 * One event of the ledger (台账事件).
 *
 * @category Ledger
 * @example
 * ```ts
 * const event: LedgerEvent = { type: 'issue-closed', at: '2021-12-10', issueId: 'QY-2021-001' };
 * ```
 */
export type LedgerEvent =
  | IssueRaisedEvent
  | MeasureAddedEvent
  | ProgressReportedEvent
  | RectificationReportedEvent
  | VerificationPassedEvent
  | VerificationFailedEvent
  | DeadlineExtendedEvent
  | IssueReopenedEvent
  | IssueWithdrawnEvent
  | IssueClosedEvent
  | IssueRecheckedEvent;

/**
 * The type of a ledger event, e.g. `verification-passed`.
 *
 * @category Ledger
 * @example
 * ```ts
 * const type: LedgerEventType = 'deadline-extended';
 * ```
 */
export type LedgerEventType = LedgerEvent['type'];

/**
 * `issue-raised` (提出问题).
 * @category Ledger
 * @example
 * ```ts
 * const e: IssueRaisedEvent = { type: 'issue-raised', at: '2021-04-20', issue };
 * ```
 */
export interface IssueRaisedEvent extends Omit<z.infer<typeof issueRaisedEventSchema>, 'issue'> {
  /** The issue. */
  issue: Issue;
}
/**
 * `measure-added` (制定整改措施).
 * @category Ledger
 * @example
 * ```ts
 * const e: MeasureAddedEvent = { type: 'measure-added', at: '2021-05-02', issueId: 'QY-2021-001', text: '分班' };
 * ```
 */
export interface MeasureAddedEvent extends z.infer<typeof measureAddedEventSchema> {}
/**
 * `progress-reported` (报告整改进展).
 * @category Ledger
 * @example
 * ```ts
 * const e: ProgressReportedEvent = { type: 'progress-reported', at: '2021-07-01', issueId: 'QY-2021-001', text: '已完成分班方案' };
 * ```
 */
export interface ProgressReportedEvent extends z.infer<typeof progressReportedEventSchema> {}
/**
 * `rectification-reported` (报告已整改).
 * @category Ledger
 * @example
 * ```ts
 * const e: RectificationReportedEvent = { type: 'rectification-reported', at: '2021-09-01', issueId: 'QY-2021-001', evidence: [{ title: '分班名册' }] };
 * ```
 */
export interface RectificationReportedEvent extends z.infer<typeof rectificationReportedEventSchema> {}
/**
 * `verification-passed` (核查通过).
 * @category Ledger
 * @example
 * ```ts
 * const e: VerificationPassedEvent = { type: 'verification-passed', at: '2021-12-05', issueId: 'QY-2021-001', by: '市回访督导组' };
 * ```
 */
export interface VerificationPassedEvent extends z.infer<typeof verificationPassedEventSchema> {}
/**
 * `verification-failed` (核查未通过).
 * @category Ledger
 * @example
 * ```ts
 * const e: VerificationFailedEvent = { type: 'verification-failed', at: '2021-11-05', issueId: 'QY-2021-001' };
 * ```
 */
export interface VerificationFailedEvent extends z.infer<typeof verificationFailedEventSchema> {}
/**
 * `deadline-extended` (延长整改时限).
 * @category Ledger
 * @example
 * ```ts
 * const e: DeadlineExtendedEvent = { type: 'deadline-extended', at: '2021-10-20', issueId: 'QY-2021-001', deadline: '2022-03-31', reason: '跨年度工程' };
 * ```
 */
export interface DeadlineExtendedEvent extends z.infer<typeof deadlineExtendedEventSchema> {}
/**
 * `issue-reopened` (问题反弹, 重新整改).
 * @category Ledger
 * @example
 * ```ts
 * const e: IssueReopenedEvent = { type: 'issue-reopened', at: '2022-03-01', issueId: 'QY-2021-001', reason: '反弹' };
 * ```
 */
export interface IssueReopenedEvent extends z.infer<typeof issueReopenedEventSchema> {}
/**
 * `issue-withdrawn` (撤回问题).
 * @category Ledger
 * @example
 * ```ts
 * const e: IssueWithdrawnEvent = { type: 'issue-withdrawn', at: '2021-05-01', issueId: 'QY-2021-002', reason: '重复' };
 * ```
 */
export interface IssueWithdrawnEvent extends z.infer<typeof issueWithdrawnEventSchema> {}
/**
 * `issue-closed` (销号).
 * @category Ledger
 * @example
 * ```ts
 * const e: IssueClosedEvent = { type: 'issue-closed', at: '2021-12-10', issueId: 'QY-2021-001' };
 * ```
 */
export interface IssueClosedEvent extends z.infer<typeof issueClosedEventSchema> {}

/**
 * `issue-rechecked` (复查).
 * @category Ledger
 * @example
 * ```ts
 * const e: IssueRecheckedEvent = {
 *   type: 'issue-rechecked', at: '2025-11-12', issueId: 'DH-2505-01', inspection: 'SL-2025-11-return',
 *   outcome: 'not-rectified', finding: '运动场扩建未完工',
 * };
 * ```
 */
export interface IssueRecheckedEvent extends z.infer<typeof issueRecheckedEventSchema> {}

const SEAL_HEAD = /^(?:[0-9a-f]{64})?$/;

/**
 * The seal of a ledger (台账封签): the head of the hash chain over the events (`head`, the
 * SHA-256 of the last event in the chain, 64 lowercase hex digits, or `""` for no events), how
 * many events it covers (`count`), and optionally an app's signature over both (`signature`,
 * opaque to dudao, e.g. hex HMAC-SHA-256 of `ledgerSealBytes(seal)`).
 *
 * Kept in a document, the seal catches damage and edits made without sealing again. Anyone can
 * compute a seal, so an edited document can be sealed again: only a seal kept elsewhere (the
 * caller's copy of `head` and `count`) or a signature with a key the editor lacks also catches
 * that, and a removed tail. See `verifyLedgerDocument`.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(ledgerSealSchema, { head: 'ab'.repeat(32), count: 12 }).count; //=> 12
 * safeParseWithSchema(ledgerSealSchema, { head: 'AB', count: 12 }).success; //=> false (invalid-hash at ['head'])
 * ```
 */
export const ledgerSealSchema = /* @__PURE__ */ z.strictObject({
  /** The chain head (链头哈希): SHA-256 of the last event's link, lowercase hex; `""` for no events. */
  head: valueSchema(
    (input): input is string => typeof input === 'string' && SEAL_HEAD.test(input),
    (input) => ({
      code: 'invalid-hash',
      message: `must be a SHA-256 hash, 64 lowercase hex digits (or "" for no events) (got ${quoteInput(input)})`,
      messageZh: `必须是 SHA-256 哈希值，即 64 位小写十六进制数字（无事件时为 ""）（实际为 ${quoteInput(input)}）`,
    }),
  ),
  /** How many events the chain covers (事件数). */
  count: valueSchema(
    (input): input is number => typeof input === 'number' && Number.isSafeInteger(input) && input >= 0,
    (input) => ({
      code: 'invalid-count',
      message: `must be a whole number of events, 0 or more (got ${quoteInput(input)})`,
      messageZh: `必须是不小于 0 的整数事件数（实际为 ${quoteInput(input)}）`,
    }),
  ),
  /** An app's signature over `ledgerSealBytes(seal)` (签名), e.g. hex HMAC-SHA-256; opaque to dudao. */
  signature: z.optional(z.string().check(z.minLength(1), z.maxLength(4096))),
});

/**
 * The seal of a ledger (台账封签): chain head, event count and an optional signature.
 *
 * @category Ledger
 * @example
 * ```ts
 * const seal: LedgerSeal = { head: '5d1c…', count: 41 };
 * ```
 */
export interface LedgerSeal extends z.infer<typeof ledgerSealSchema> {}

/**
 * A ledger document (整改台账, [data contract, section 3](../../docs/data-contract.md#3-issue-ledger)): `schemaVersion` 1 and its events, in the
 * order they were recorded. An optional `$schema` key lets editors find the JSON Schema; an
 * optional `seal` ({@link ledgerSealSchema}: `head`, `count`, `signature`) lets
 * `verifyLedgerDocument` tell whether the events are those that were sealed.
 *
 * @category Ledger
 * @example
 * ```ts
 * parseWithSchema(ledgerDocumentSchema, { schemaVersion: 1, events: [] }).events; //=> []
 * ```
 */
export const ledgerDocumentSchema = /* @__PURE__ */ z.strictObject({
  /** JSON Schema reference for editors; ignored by dudao. */
  $schema: z.optional(longTextSchema),
  /** 数据格式版本: 1 */
  schemaVersion: schemaVersionSchema,
  /** The history, in the order recorded. */
  events: z.array(ledgerEventSchema),
  /** The seal of the events (台账封签): chain head and count, and an app's signature if any. */
  seal: z.optional(ledgerSealSchema),
});

/**
 * A ledger document (整改台账) after validation.
 *
 * @category Ledger
 * @example
 * ```ts
 * const doc: LedgerDocument = parseLedgerDocument(JSON.parse(text));
 * ```
 */
export interface LedgerDocument extends z.infer<typeof ledgerDocumentSchema> {}

/**
 * Validates the shape of a ledger document (台账校验) and returns it typed, or throws a
 * {@link DudaoError} listing every problem with its path (e.g. `invalid-date` at
 * `['events', 3, 'at']` for `2021-02-30`). Whether the history is possible is checked by
 * `replayLedger` (or both at once by `loadLedger`).
 *
 * @category Ledger
 * @param input - untrusted data, e.g. `JSON.parse` of a ledger file
 * @returns the document
 * @throws {@link DudaoError} when the input breaks the contract
 * @example
 * ```ts
 * parseLedgerDocument({ schemaVersion: 1, events: [] }).events.length; //=> 0
 * parseLedgerDocument({ schemaVersion: 1, events: [{ type: 'issue-closed', at: '2021-02-30', issueId: 'x' }] });
 * //=> throws DudaoError { code: 'invalid-date', path: ['events', 0, 'at'] }
 * ```
 */
export function parseLedgerDocument(input: unknown): LedgerDocument {
  return parseWithSchema(ledgerDocumentSchema, input);
}

/**
 * Validates a ledger document (台账校验) like {@link parseLedgerDocument}, but returns
 * `{ success, data | error }` instead of throwing.
 *
 * @category Ledger
 * @param input - untrusted data
 * @returns the document, or the {@link DudaoError} listing every problem
 * @example
 * ```ts
 * safeParseLedgerDocument({ schemaVersion: 2, events: [] }).success; //=> false
 * ```
 */
export function safeParseLedgerDocument(input: unknown): SafeResult<LedgerDocument> {
  return safeParseWithSchema(ledgerDocumentSchema, input);
}
