/**
 * The zod contracts of the supervision side of a creation (创建): the supervision-reform dataset
 * of a county, inspections (督导活动) with their teams, visits, interviews, findings and opinions,
 * the institutions an inspection should cover, a county's creation plan (创建规划) with its
 * certification stages, and the city document that `dudao city` reads. Cross-field rules (dates in order, interview counts adding up, stages in
 * order) are checked here, each with a stable code and a path, so that `inspection/` can trust
 * its input.
 * @module
 */
import * as z from 'zod/mini';
import type { SafeResult } from '../error.js';
import { toDecimal } from '../numeric/decimal.js';
import {
  countSchema,
  countyFactsSchema,
  countySchema,
  dateSchema,
  describeShare,
  idSchema,
  isCount,
  isShare,
  listWithUniqueIds,
  longTextSchema,
  nameSchema,
  type Quantity,
  schemaVersionSchema,
  TEXT_LIMITS,
  vetoesSchema,
  yearSchema,
} from './common.js';
import { programmeSchema } from './indicator-set.js';
import { inspectionLevelSchema } from './ledger.js';
import { addDudaoIssue, parseWithSchema, safeParseWithSchema, valueSchema } from './parse.js';

// Refinements that must run even when a sibling field already failed, so that one parse reports
// every problem of a document. They read the value defensively.
const ALWAYS = { when: (): boolean => true };

// Free text: non-empty, at most TEXT_LIMITS.text characters.
const textSchema = /* @__PURE__ */ z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.text));

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isDateString(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value);
}

// ── Supervision reform dataset ──────────────────────────────────────────────────────────────────

/**
 * The supervision-reform dataset of one county and year (教育督导体制机制改革数据集):
 * `schemaVersion` 1, `county`, `year`, `countyFacts` keyed by indicator id (or the standards
 * file's row id such as `rf-ratio`) and optional `vetoes`. A county fact is a ratio
 * `{ numerator, denominator }`, a value `{ value }` or a judgement `{ met, note? }`.
 *
 * @category Inspections
 * @example
 * ```ts
 * parseWithSchema(supervisionReformDatasetSchema, {
 *   schemaVersion: 1,
 *   county: { code: '610328', name: '示例县' },
 *   year: 2022,
 *   countyFacts: { 'schools-per-inspector': { numerator: 120, denominator: 26 } },
 * }).year; //=> 2022
 * ```
 */
export const supervisionReformDatasetSchema = /* @__PURE__ */ z.strictObject({
  /** JSON Schema reference for editors; ignored by dudao. */
  $schema: z.optional(longTextSchema),
  /** 数据格式版本: 1 */
  schemaVersion: schemaVersionSchema,
  /** 县 */
  county: countySchema,
  /** 年度 */
  year: yearSchema,
  /** 县级指标事实, keyed by indicator id */
  countyFacts: countyFactsSchema,
  /** 一票否决, keyed by id (the built-in set has none) */
  vetoes: z.optional(vetoesSchema),
});

/**
 * A supervision-reform dataset (教育督导体制机制改革数据集) after validation.
 *
 * @category Inspections
 * @example
 * ```ts
 * const dataset: SupervisionReformDataset = {
 *   schemaVersion: 1, county: { code: '610328', name: '示例县' }, year: 2022, countyFacts: {},
 * };
 * ```
 */
export interface SupervisionReformDataset extends z.infer<typeof supervisionReformDatasetSchema> {}

// ── Inspections ────────────────────────────────────────────────────────────────────────────────

/**
 * The kinds of inspection (督导活动类型): 过程督导 `process`, 回访督导 (回头看) `return-visit`,
 * 省级评估 `provincial-assessment`, 国家认定核查 `national-check`, 专项抽查 `spot-check`.
 *
 * @category Inspections
 * @example
 * ```ts
 * parseWithSchema(inspectionKindSchema, 'return-visit'); //=> 'return-visit'
 * ```
 */
export const inspectionKindSchema: z.ZodMiniType<
  'process' | 'return-visit' | 'provincial-assessment' | 'national-check' | 'spot-check'
> = /* @__PURE__ */ z.enum([
  'process',
  'return-visit',
  'provincial-assessment',
  'national-check',
  'spot-check',
]);

/**
 * A kind of inspection (督导活动类型).
 *
 * @category Inspections
 * @example
 * ```ts
 * const kind: InspectionKind = 'process';
 * ```
 */
export type InspectionKind = z.infer<typeof inspectionKindSchema>;

const teamGroupSchema = /* @__PURE__ */ z.strictObject({
  /** The group's name, e.g. 第一组. */
  name: textSchema,
  /** Its members. */
  members: z.array(textSchema),
  /** What it checks, e.g. 资源配置, 政府保障. */
  focus: z.array(textSchema),
});

const visitSchema = /* @__PURE__ */ z.strictObject({
  /** The county code of the institution. */
  county: idSchema,
  /** The institution's id, as in the county's dataset. */
  id: idSchema,
  /** A school or a kindergarten, when the id alone does not say. */
  kind: z.optional(z.enum(['school', 'kindergarten']) as z.ZodMiniType<'school' | 'kindergarten'>),
});

const interviewsSchema = /* @__PURE__ */ z
  .strictObject({
    /** Everyone interviewed (访谈总人数). */
    total: countSchema,
    /** Officials and department staff (干部). */
    officials: countSchema,
    /** Teachers and principals (教师). */
    teachers: countSchema,
    /** Parents (家长). */
    parents: countSchema,
    /** Anyone else (其他). */
    others: countSchema,
  })
  .check(
    z.superRefine((value: unknown, ctx) => {
      if (!isRecord(value)) return;
      const parts = [value.officials, value.teachers, value.parents, value.others];
      if (!isCount(value.total) || !parts.every(isCount)) return;
      let sum = toDecimal(0);
      for (const part of parts) sum = sum.plus(toDecimal(part as Quantity));
      const total = toDecimal(value.total);
      if (!sum.eq(total)) {
        addDudaoIssue(ctx, ['total'], {
          code: 'interviews-sum',
          message: `officials + teachers + parents + others = ${sum}, but total is ${total}`,
          messageZh: `干部、教师、家长和其他访谈人数之和为 ${sum}，与总人数 ${total} 不符`,
        });
      }
    }, ALWAYS),
  );

const opinionSchema = /* @__PURE__ */ z.strictObject({
  /** The opinion's text (督导意见). */
  text: textSchema,
  /** The problem aspect it addresses, e.g. 资源配置, 教师队伍. */
  category: textSchema,
});

/**
 * One inspection (督导活动): who ran it (`level`), what kind it was, the programmes and counties it
 * covered, its dates, its team of checking groups, the schools and kindergartens and the
 * departments it visited, the people it interviewed, the ledger issues it found (`findings`, issue
 * ids) and the supervision opinions (督导意见) it issued.
 *
 * Rules, each with its code and path (relative to the inspection):
 * - `end-before-start` at `dates.end`: the inspection ends before it starts;
 * - `interviews-sum` at `interviews.total`: the parts do not add up to the total;
 * - `county-not-inspected` at `institutionsVisited[i].county`: a visit in a county the inspection
 *   does not list.
 *
 * `institutionsVisited`, `departmentsVisited`, `findings` and `opinions` default to `[]`; `team`
 * and `interviews` may be left out.
 *
 * @category Inspections
 * @example
 * ```ts
 * parseWithSchema(inspectionSchema, {
 *   id: 'bj-2022-process-1',
 *   kind: 'process',
 *   level: 'municipal',
 *   programmes: ['compulsory-quality'],
 *   counties: ['610328'],
 *   dates: { start: '2022-04-11', end: '2022-04-13' },
 *   institutionsVisited: [{ county: '610328', id: 's01' }],
 * }).findings; //=> []
 * ```
 */
export const inspectionSchema = /* @__PURE__ */ z
  .strictObject({
    /** 督导活动编号, unique among inspections; issues cite it as `source.inspection`. */
    id: idSchema,
    /** 督导活动类型 */
    kind: inspectionKindSchema,
    /** 督导层级 */
    level: inspectionLevelSchema,
    /** The programmes inspected (at least one). */
    programmes: z.array(programmeSchema).check(z.minLength(1)),
    /** County codes inspected (at least one). */
    counties: z.array(idSchema).check(z.minLength(1)),
    /** When: first and last day, both included. */
    dates: z.strictObject({
      /** First day (YYYY-MM-DD). */
      start: dateSchema,
      /** Last day (YYYY-MM-DD), not before `start`. */
      end: dateSchema,
    }),
    /** 督导组: the checking groups. */
    team: z.optional(
      z.strictObject({
        /** The checking groups (检查组). */
        groups: z.array(teamGroupSchema),
      }),
    ),
    /** Schools and kindergartens visited (实地察看); a repeat counts once. */
    institutionsVisited: z._default(z.array(visitSchema), []),
    /** Departments visited (走访部门), e.g. 财政局. */
    departmentsVisited: z._default(z.array(textSchema), []),
    /** People interviewed (访谈). */
    interviews: z.optional(interviewsSchema),
    /** Ids of the ledger issues it fed back (问题清单). */
    findings: z._default(z.array(idSchema), []),
    /** Supervision opinions issued (督导意见). */
    opinions: z._default(z.array(opinionSchema), []),
  })
  .check(
    z.superRefine((value: unknown, ctx) => {
      if (!isRecord(value)) return;
      const dates = value.dates;
      if (
        isRecord(dates) &&
        isDateString(dates.start) &&
        isDateString(dates.end) &&
        dates.end < dates.start
      ) {
        addDudaoIssue(ctx, ['dates', 'end'], {
          code: 'end-before-start',
          message: `the inspection ends (${dates.end}) before it starts (${dates.start})`,
          messageZh: `督导结束日期（${dates.end}）早于开始日期（${dates.start}）`,
        });
      }
      const counties = Array.isArray(value.counties) ? value.counties : undefined;
      if (counties === undefined || !Array.isArray(value.institutionsVisited)) return;
      value.institutionsVisited.forEach((visit: unknown, i) => {
        if (!isRecord(visit) || typeof visit.county !== 'string') return;
        if (!counties.includes(visit.county)) {
          addDudaoIssue(ctx, ['institutionsVisited', i, 'county'], {
            code: 'county-not-inspected',
            message: `county "${visit.county}" is not among the inspection's counties (${counties.join(', ')})`,
            messageZh: `县 "${visit.county}" 不在本次督导的县（${counties.join('、')}）之列`,
          });
        }
      });
    }, ALWAYS),
  );

/**
 * An inspection (督导活动) after validation.
 *
 * @category Inspections
 * @example
 * ```ts
 * const inspection: Inspection = parseInspection(input);
 * inspection.institutionsVisited.length; //=> 12
 * ```
 */
export interface Inspection extends z.infer<typeof inspectionSchema> {}

/**
 * A list of inspections (督导活动) whose ids are unique (`duplicate-id` at `[i, 'id']`).
 *
 * @category Inspections
 * @example
 * ```ts
 * safeParseWithSchema(inspectionsSchema, [a, a]).success; //=> false (code 'duplicate-id', path [1, 'id'])
 * ```
 */
export const inspectionsSchema = /* @__PURE__ */ listWithUniqueIds(inspectionSchema, {
  en: 'inspection',
  zh: '督导活动',
});

/**
 * Validates one inspection (督导活动) and returns it typed, with `[]` for the lists left out, or
 * throws a {@link DudaoError} listing every problem with its code and path.
 *
 * @category Inspections
 * @param input - untrusted data
 * @returns the inspection
 * @throws {@link DudaoError} when the input breaks the contract
 * @example
 * ```ts
 * parseInspection({ ...inspection, dates: { start: '2022-04-13', end: '2022-04-11' } });
 * //=> throws DudaoError { code: 'end-before-start', path: ['dates', 'end'] }
 * ```
 */
export function parseInspection(input: unknown): Inspection {
  return parseWithSchema(inspectionSchema, input);
}

/**
 * Validates one inspection (督导活动) like {@link parseInspection}, but returns
 * `{ success, data | error }` instead of throwing.
 *
 * @category Inspections
 * @param input - untrusted data
 * @returns the inspection, or the {@link DudaoError} listing every problem
 * @example
 * ```ts
 * safeParseInspection({ id: 'x' }).success; //=> false
 * ```
 */
export function safeParseInspection(input: unknown): SafeResult<Inspection> {
  return safeParseWithSchema(inspectionSchema, input);
}

/**
 * Validates a list of inspections (督导活动): each as {@link parseInspection}, and no id twice
 * (`duplicate-id` at `[i, 'id']`).
 *
 * @category Inspections
 * @param input - untrusted data: an array of inspections
 * @returns the inspections, in the given order
 * @throws {@link DudaoError} when an inspection is invalid or an id repeats
 * @example
 * ```ts
 * parseInspections([first, { ...second, id: first.id }]);
 * //=> throws DudaoError { code: 'duplicate-id', path: [1, 'id'] }
 * ```
 */
export function parseInspections(input: unknown): Inspection[] {
  return parseWithSchema(inspectionsSchema, input);
}

/**
 * Validates a list of inspections (督导活动) like {@link parseInspections}, but returns
 * `{ success, data | error }` instead of throwing.
 *
 * @category Inspections
 * @param input - untrusted data
 * @returns the inspections, or the {@link DudaoError} listing every problem
 * @example
 * ```ts
 * safeParseInspections('not a list').success; //=> false
 * ```
 */
export function safeParseInspections(input: unknown): SafeResult<Inspection[]> {
  return safeParseWithSchema(inspectionsSchema, input);
}

// ── Institutions to cover ──────────────────────────────────────────────────────────────────────

/**
 * An institution an inspection should cover (督导对象): a school or kindergarten of a county and
 * programme, and whether it is in the programme's scope (`inScope: false` for special-education
 * schools and small teaching points under 优质均衡, for example). `township` (乡镇) lets
 * {@link planTeams} keep a township together.
 *
 * @category Inspections
 * @example
 * ```ts
 * parseWithSchema(scopedInstitutionSchema, {
 *   county: '610328', programme: 'compulsory-quality', id: 's01', inScope: true, township: '城关镇',
 * }).inScope; //=> true
 * ```
 */
export const scopedInstitutionSchema = /* @__PURE__ */ z.strictObject({
  /** County code. */
  county: idSchema,
  /** The programme whose scope is meant. */
  programme: programmeSchema,
  /** The institution's id, as in the county's dataset. */
  id: idSchema,
  /** Counted for coverage (in the programme's scope). */
  inScope: z.boolean(),
  /** Its name, for messages. */
  name: z.optional(textSchema),
  /** Its township (乡镇). */
  township: z.optional(textSchema),
  /** A school or a kindergarten. */
  kind: z.optional(z.enum(['school', 'kindergarten']) as z.ZodMiniType<'school' | 'kindergarten'>),
  /** Why it is out of scope. */
  reason: z.optional(textSchema),
});

/**
 * An institution to cover (督导对象), in or out of a programme's scope.
 *
 * @category Inspections
 * @example
 * ```ts
 * const school: ScopedInstitution = { county: '610328', programme: 'compulsory-quality', id: 's01', inScope: true };
 * ```
 */
export interface ScopedInstitution extends z.infer<typeof scopedInstitutionSchema> {}

/**
 * A list of institutions to cover; the same county, programme and id may appear once only
 * (`duplicate-institution` at `[i, 'id']`).
 *
 * @category Inspections
 * @example
 * ```ts
 * parseWithSchema(scopedInstitutionsSchema, [school]).length; //=> 1
 * ```
 */
export const scopedInstitutionsSchema = /* @__PURE__ */ z.array(scopedInstitutionSchema).check(
  z.superRefine((items: unknown, ctx) => {
    if (!Array.isArray(items)) return;
    const first = new Map<string, number>();
    items.forEach((item: unknown, i) => {
      if (!isRecord(item)) return;
      const key = `${String(item.county)}\u0000${String(item.programme)}\u0000${String(item.id)}`;
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, i);
        return;
      }
      addDudaoIssue(ctx, [i, 'id'], {
        code: 'duplicate-institution',
        message: `institution "${String(item.id)}" of county ${String(item.county)} (${String(item.programme)}) is listed twice (first at index ${seen})`,
        messageZh: `县 ${String(item.county)} 的机构 "${String(item.id)}"（${String(item.programme)}）重复列出（首次出现在第 ${seen} 项）`,
      });
    });
  }, ALWAYS),
);

// ── Creation plans ─────────────────────────────────────────────────────────────────────────────

/**
 * The stages of a creation (创建阶段), in the order a county passes them: 制定规划 `planned`,
 * 过程督导 `process-supervision`, 县级自评 `self-assessed`, 市级复核 `city-reviewed`, 省级评估
 * `provincially-assessed`, 公示 `publicly-notified`, 申报国家认定 `applied-national`, 国家认定
 * `nationally-certified`, and 撤销 `revoked` (only after certification, preschool and 优质均衡).
 *
 * @category Inspections
 * @example
 * ```ts
 * CREATION_STAGES.indexOf('city-reviewed'); //=> 3
 * ```
 */
export const CREATION_STAGES = [
  'planned',
  'process-supervision',
  'self-assessed',
  'city-reviewed',
  'provincially-assessed',
  'publicly-notified',
  'applied-national',
  'nationally-certified',
  'revoked',
] as const;

/**
 * A stage of a creation (创建阶段), see {@link CREATION_STAGES}.
 *
 * @category Inspections
 * @example
 * ```ts
 * const stage: CreationStage = 'provincially-assessed';
 * ```
 */
export type CreationStage = (typeof CREATION_STAGES)[number];

/**
 * Chinese and English names of the creation stages (创建阶段名称).
 *
 * @category Inspections
 * @example
 * ```ts
 * CREATION_STAGE_LABELS['city-reviewed'].zh; //=> '市级复核'
 * ```
 */
export const CREATION_STAGE_LABELS: Readonly<
  Record<
    CreationStage,
    {
      /** Chinese. */
      readonly zh: string;
      /** English. */
      readonly en: string;
    }
  >
> = {
  planned: { zh: '制定创建规划', en: 'plan adopted' },
  'process-supervision': { zh: '过程督导', en: 'process supervision' },
  'self-assessed': { zh: '县级自评', en: 'county self-assessment' },
  'city-reviewed': { zh: '市级复核', en: 'city review' },
  'provincially-assessed': { zh: '省级评估', en: 'provincial assessment' },
  'publicly-notified': { zh: '公示', en: 'public notice' },
  'applied-national': { zh: '申报国家认定', en: 'applied for national certification' },
  'nationally-certified': { zh: '通过国家认定', en: 'nationally certified' },
  revoked: { zh: '撤销认定', en: 'certification revoked' },
};

/**
 * The programmes whose national certification can be revoked (撤销): preschool (教督〔2020〕1号
 * provides for revocation) and 优质均衡; dudao allows it for 优质均衡 too although the 2017 text
 * was not retrieved (standards.md §7 open question 1).
 *
 * @category Inspections
 * @example
 * ```ts
 * REVOCABLE_PROGRAMMES.includes('preschool'); //=> true
 * ```
 */
export const REVOCABLE_PROGRAMMES: readonly string[] = ['preschool', 'compulsory-quality'];

const creationStageSchema: z.ZodMiniType<CreationStage> = /* @__PURE__ */ z.enum(CREATION_STAGES);

const creationProgrammeSchema: z.ZodMiniType<'compulsory-basic' | 'compulsory-quality' | 'preschool'> =
  /* @__PURE__ */ z.enum(['compulsory-basic', 'compulsory-quality', 'preschool']);

/**
 * A county's creation plan (创建规划): the programme, the target year (the year the county means
 * to pass the provincial assessment) and the stages reached or scheduled, each with its date.
 *
 * Rules, each with its code and path (relative to the plan):
 * - `stage-out-of-order` at `stages[i].stage`: a stage that comes before, or repeats, the one
 *   listed above it (stages may be skipped, never reordered);
 * - `date-goes-backwards` at `stages[i].date`: a date before the previous stage's date;
 * - `revocation-not-allowed` at `stages[i].stage`: `revoked` for 基本均衡;
 * - `revoked-before-certified` at `stages[i].stage`: `revoked` without `nationally-certified`
 *   listed before it.
 *
 * @category Inspections
 * @example
 * ```ts
 * parseWithSchema(creationPlanSchema, {
 *   county: '610328', programme: 'compulsory-quality', targetYear: 2024,
 *   stages: [{ stage: 'planned', date: '2021-03-01' }, { stage: 'process-supervision', date: '2022-04-11' }],
 * }).stages.length; //=> 2
 * ```
 */
export const creationPlanSchema = /* @__PURE__ */ z
  .strictObject({
    /** County code. */
    county: idSchema,
    /** The programme being created: 基本均衡, 优质均衡 or 学前普及普惠. */
    programme: creationProgrammeSchema,
    /** The year the county means to pass the provincial assessment (创建目标年度). */
    targetYear: yearSchema,
    /** Stages reached (date on or before `asOf`) or scheduled (a later date), in order. */
    stages: z.array(
      z.strictObject({
        /** The stage. */
        stage: creationStageSchema,
        /** When it was (or will be) reached. */
        date: dateSchema,
      }),
    ),
  })
  .check(
    z.superRefine((value: unknown, ctx) => {
      if (!isRecord(value) || !Array.isArray(value.stages)) return;
      const programme = value.programme;
      let previousIndex = -1;
      let previousStage: string | undefined;
      let previousDate: string | undefined;
      let certified = false;
      value.stages.forEach((entry: unknown, i) => {
        if (!isRecord(entry)) return;
        const stage = entry.stage;
        const index = typeof stage === 'string' ? (CREATION_STAGES as readonly string[]).indexOf(stage) : -1;
        if (index >= 0) {
          if (index <= previousIndex && previousStage !== undefined) {
            const label = CREATION_STAGE_LABELS[stage as CreationStage];
            const before = CREATION_STAGE_LABELS[previousStage as CreationStage];
            addDudaoIssue(ctx, ['stages', i, 'stage'], {
              code: 'stage-out-of-order',
              message: `"${String(stage)}" (${label.en}) cannot follow "${previousStage}" (${before.en}); stages go ${CREATION_STAGES.join(' → ')}`,
              messageZh: `"${label.zh}"不能排在"${before.zh}"之后（阶段顺序：${CREATION_STAGES.map((s) => CREATION_STAGE_LABELS[s].zh).join(' → ')}）`,
            });
          }
          if (stage === 'revoked') {
            if (typeof programme === 'string' && !REVOCABLE_PROGRAMMES.includes(programme)) {
              addDudaoIssue(ctx, ['stages', i, 'stage'], {
                code: 'revocation-not-allowed',
                message: `a ${programme} certification has no revocation stage (only ${REVOCABLE_PROGRAMMES.join(', ')})`,
                messageZh: `${programme} 认定没有撤销阶段（仅适用于 ${REVOCABLE_PROGRAMMES.join('、')}）`,
              });
            } else if (!certified) {
              addDudaoIssue(ctx, ['stages', i, 'stage'], {
                code: 'revoked-before-certified',
                message: 'a certification can be revoked only after "nationally-certified"',
                messageZh: '只有在"通过国家认定"之后才能撤销认定',
              });
            }
          }
          if (stage === 'nationally-certified') certified = true;
          if (index > previousIndex) {
            previousIndex = index;
            previousStage = stage as string;
          }
        }
        const date = entry.date;
        if (isDateString(date)) {
          if (previousDate !== undefined && date < previousDate) {
            addDudaoIssue(ctx, ['stages', i, 'date'], {
              code: 'date-goes-backwards',
              message: `${date} is before the previous stage's date ${previousDate}`,
              messageZh: `${date} 早于上一阶段的日期 ${previousDate}`,
            });
          } else previousDate = date;
        }
      });
    }, ALWAYS),
  );

/**
 * A county's creation plan (创建规划) after validation.
 *
 * @category Inspections
 * @example
 * ```ts
 * const plan: CreationPlan = { county: '610328', programme: 'preschool', targetYear: 2025, stages: [] };
 * ```
 */
export interface CreationPlan extends z.infer<typeof creationPlanSchema> {}

/**
 * Validates a creation plan (创建规划) and returns it typed, or throws a {@link DudaoError}
 * listing every problem with its code and path (stages out of order, dates going backwards, a
 * revocation that cannot happen).
 *
 * @category Inspections
 * @param input - untrusted data
 * @returns the plan
 * @throws {@link DudaoError} when the plan breaks the contract
 * @example
 * ```ts
 * parseCreationPlan({
 *   county: '610328', programme: 'compulsory-quality', targetYear: 2024,
 *   stages: [{ stage: 'city-reviewed', date: '2024-05-01' }, { stage: 'self-assessed', date: '2024-06-01' }],
 * });
 * //=> throws DudaoError { code: 'stage-out-of-order', path: ['stages', 1, 'stage'] }
 * ```
 */
export function parseCreationPlan(input: unknown): CreationPlan {
  return parseWithSchema(creationPlanSchema, input);
}

/**
 * Validates a creation plan (创建规划) like {@link parseCreationPlan}, but returns
 * `{ success, data | error }` instead of throwing.
 *
 * @category Inspections
 * @param input - untrusted data
 * @returns the plan, or the {@link DudaoError} listing every problem
 * @example
 * ```ts
 * safeParseCreationPlan({ county: '610328' }).success; //=> false
 * ```
 */
export function safeParseCreationPlan(input: unknown): SafeResult<CreationPlan> {
  return safeParseWithSchema(creationPlanSchema, input);
}

// ── City document ──────────────────────────────────────────────────────────────────────────────

// A share above 1 is most likely a percentage (82.5 for 0.825): said so in the message.
const shareSchema = /* @__PURE__ */ valueSchema(isShare, (input) => {
  const problem = describeShare(input);
  if (problem.code === 'invalid-type' || problem.code === 'not-a-number') {
    return {
      code: 'invalid-share',
      message: 'must be a share from 0 to 1, as a number or a decimal string such as "0.825"',
      messageZh: '必须是 0 到 1 之间的比例，数字或十进制数字字符串，如 "0.825"',
    };
  }
  if (problem.code !== 'too-big') return problem;
  return {
    code: 'share-above-one',
    message: `a share must not exceed 1: ${problem.message} (0.825 means 82.5 %)`,
    messageZh: `比例不能大于 1：${problem.messageZh}（0.825 表示 82.5%）`,
  };
});

/**
 * A county's rectification figures (整改情况) for one programme in a city document: `county`,
 * `programme`, `rate` (整改率 as a share from 0 to 1, or null when there is nothing to rate) and
 * `overdue` (逾期未整改). Other fields are ignored, so `{ county, programme,
 * ...rectificationSummaryToJSON(summary) }` fits as it is.
 *
 * @category Inspections
 * @example
 * ```ts
 * parseWithSchema(cityLedgerSummarySchema, { county: '999501', programme: 'compulsory-quality', rate: '0.825', overdue: 2 }).rate;
 * //=> '0.825'
 * ```
 */
export const cityLedgerSummarySchema = /* @__PURE__ */ z.object({
  /** County code. */
  county: idSchema,
  /** Programme. */
  programme: programmeSchema,
  /** 整改率 as a share (0.825 = 82.5 %); null when there is nothing to rate. */
  rate: z.nullable(shareSchema),
  /** Issues overdue (逾期未整改). */
  overdue: countSchema,
});

/**
 * An assessment's verdict (评估结论) in a city document: `county.code`, `programme`, `year` and
 * `status`. Other fields are ignored, so the JSON that `dudao assess --format json` prints fits.
 *
 * @category Inspections
 * @example
 * ```ts
 * parseWithSchema(cityAssessmentVerdictSchema, {
 *   county: { code: '999501', name: '甲县' }, programme: 'compulsory-quality', year: 2024, status: 'passed',
 * }).county; //=> { code: '999501' }
 * ```
 */
export const cityAssessmentVerdictSchema = /* @__PURE__ */ z.object({
  /** The county. */
  county: z.object({
    /** Its code. */
    code: idSchema,
  }),
  /** Programme. */
  programme: programmeSchema,
  /** Data year. */
  year: yearSchema,
  /** `passed`, `failed` or `incomplete`. */
  status: z.enum(['passed', 'failed', 'incomplete']) as z.ZodMiniType<'passed' | 'failed' | 'incomplete'>,
});

/**
 * The document `dudao city` reads (市级督导工作数据): `schemaVersion` 1, the target `counties`
 * (code and name, codes unique: `duplicate-id` at `counties[i].code`), their creation `plans`,
 * the `inspections` (ids unique), and optionally `ledgerSummaries`, `assessments` and the
 * `institutions` to cover (each county, programme and id once). Every problem of a document is
 * reported in one parse, with its path.
 *
 * @category Inspections
 * @example
 * ```ts
 * parseCityDocument({
 *   schemaVersion: 1,
 *   counties: [{ code: '999501', name: '甲县' }],
 *   plans: [],
 *   inspections: [],
 * }).counties.length; //=> 1
 * ```
 */
export const cityDocumentSchema = /* @__PURE__ */ z.strictObject({
  /** JSON Schema reference for editors; ignored by dudao. */
  $schema: z.optional(longTextSchema),
  /** 数据格式版本: 1 */
  schemaVersion: schemaVersionSchema,
  /** The city's target counties (创建县). */
  counties: z
    .array(
      z.strictObject({
        /** County code. */
        code: idSchema,
        /** County name. */
        name: textSchema,
      }),
    )
    .check(
      z.superRefine((items: unknown, ctx) => {
        if (!Array.isArray(items)) return;
        const first = new Map<string, number>();
        items.forEach((item: unknown, i) => {
          if (!isRecord(item) || typeof item.code !== 'string') return;
          const seen = first.get(item.code);
          if (seen === undefined) {
            first.set(item.code, i);
            return;
          }
          addDudaoIssue(ctx, [i, 'code'], {
            code: 'duplicate-id',
            message: `county ${item.code} is listed twice (first at index ${seen})`,
            messageZh: `县 ${item.code} 重复列出（首次出现在第 ${seen} 项）`,
          });
        });
      }, ALWAYS),
    ),
  /** Creation plans (创建规划), one per county and programme. */
  plans: z.array(creationPlanSchema),
  /** Inspections (督导活动) held in the city. */
  inspections: inspectionsSchema,
  /** Rectification figures per county and programme. */
  ledgerSummaries: z.optional(z.array(cityLedgerSummarySchema)),
  /** Assessment verdicts; the latest year per county and programme is shown. */
  assessments: z.optional(z.array(cityAssessmentVerdictSchema)),
  /** Schools and kindergartens to cover; when given, coverage is measured on them. */
  institutions: z.optional(scopedInstitutionsSchema),
});

/**
 * A city document (市级督导工作数据) after validation.
 *
 * @category Inspections
 * @example
 * ```ts
 * const document: CityDocument = parseCityDocument(JSON.parse(text));
 * document.inspections.length; //=> 8
 * ```
 */
export interface CityDocument
  extends Omit<z.infer<typeof cityDocumentSchema>, 'plans' | 'inspections' | 'institutions'> {
  /** Creation plans (创建规划), one per county and programme. */
  plans: CreationPlan[];
  /** Inspections (督导活动) held in the city. */
  inspections: Inspection[];
  /** Schools and kindergartens to cover; when given, coverage is measured on them. */
  institutions?: ScopedInstitution[] | undefined;
}

/**
 * Validates a city document (市级督导工作数据) and returns it typed, or throws a
 * {@link DudaoError} listing every problem with its code and path.
 *
 * @category Inspections
 * @param input - untrusted data, e.g. `JSON.parse` of the file given to `dudao city`
 * @returns the document
 * @throws {@link DudaoError} when the input breaks the contract
 * @example
 * ```ts
 * parseCityDocument({ schemaVersion: 1, counties: [], plans: [], inspections: [], ledgerSummaries: [{ county: '999501', programme: 'preschool', rate: '1.2', overdue: 0 }] });
 * //=> throws DudaoError { code: 'share-above-one', path: ['ledgerSummaries', 0, 'rate'] }
 * ```
 */
export function parseCityDocument(input: unknown): CityDocument {
  return parseWithSchema(cityDocumentSchema, input);
}

/**
 * Validates a city document (市级督导工作数据) like {@link parseCityDocument}, but returns
 * `{ success, data | error }` instead of throwing.
 *
 * @category Inspections
 * @param input - untrusted data
 * @returns the document, or the {@link DudaoError} listing every problem
 * @example
 * ```ts
 * safeParseCityDocument({ schemaVersion: 2 }).success; //=> false
 * ```
 */
export function safeParseCityDocument(input: unknown): SafeResult<CityDocument> {
  return safeParseWithSchema(cityDocumentSchema, input);
}

/**
 * A city's documents for `assessCity`: its counties with their datasets, the issue ledger,
 * the inspections and the creation plans. `sampleCity` has this shape.
 * @category Inspections
 * @example
 * ```ts
 * const input: CityInput = sampleCity;
 * input.counties.length; //=> 3
 * ```
 */
export interface CityInput {
  /** The target counties (创建县). */
  readonly counties: readonly {
    /** County code (行政区划代码). */
    readonly code: string;
    /** County name, in both languages or as one text. */
    readonly name:
      | {
          /** 中文名. */
          readonly zh: string;
          /** English name. */
          readonly en: string;
        }
      | string;
    /** Its compulsory-education dataset ([data contract, section 1](../../docs/data-contract.md#1-compulsory-education-dataset)), if assessed. */
    readonly compulsory?: unknown;
    /** Its preschool dataset ([data contract, section 2](../../docs/data-contract.md#2-preschool-dataset)), if assessed. */
    readonly preschool?: unknown;
  }[];
  /** The city's issue ledger ([data contract, section 3](../../docs/data-contract.md#3-issue-ledger)), if any. */
  readonly ledger?: unknown;
  /** Inspections (督导活动) held in the city. */
  readonly inspections?: readonly unknown[] | undefined;
  /** Creation plans (创建规划), one per county and programme. */
  readonly plans?: readonly unknown[] | undefined;
}

/**
 * The outer shape of a city's documents for `assessCity`: its counties (code, name, and the
 * datasets, validated by their own schemas when assessed), the ledger, the inspections and the
 * creation plans. Other fields (such as `sampleCity`'s notice) are allowed and ignored.
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(cityInputSchema, { counties: [{ code: '990101', name: '东湖县' }] }).counties.length; //=> 1
 * ```
 */
export const cityInputSchema: z.ZodMiniType<CityInput> = /* @__PURE__ */ z.object({
  counties: z
    .array(
      z.object({
        code: idSchema,
        name: z.union([nameSchema, z.object({ zh: nameSchema, en: nameSchema })]),
        compulsory: z.optional(z.unknown()),
        preschool: z.optional(z.unknown()),
      }),
    )
    .check(
      z.minLength(1),
      z.superRefine((counties, ctx) => {
        const seen = new Set<string>();
        counties.forEach((county, i) => {
          if (seen.has(county.code)) {
            addDudaoIssue(ctx, [i, 'code'], {
              code: 'duplicate-id',
              message: `duplicate county code "${county.code}"`,
              messageZh: `县代码 "${county.code}" 重复`,
            });
          }
          seen.add(county.code);
        });
      }),
    ),
  ledger: z.optional(z.unknown()),
  inspections: z.optional(z.array(z.unknown())),
  plans: z.optional(z.array(z.unknown())),
});
