/**
 * The executable form of the preschool dataset (学前教育数据集, [data contract, section 2](../../docs/data-contract.md#2-preschool-dataset)): a county,
 * its resident population aged 3 to 5, its kindergartens with classes, staff and areas,
 * county-level facts, vetoes and the satisfaction survey.
 *
 * Objects are strict, as in the compulsory dataset: an unknown field is rejected (`unknown-key`,
 * with the closest known field suggested) so that a typo cannot silently turn an indicator into
 * "unknown". The root also accepts `$schema`, for editors.
 * @module
 */
import * as z from 'zod/mini';
import type { SafeResult } from '../error.js';
import { toDecimal } from '../numeric/decimal.js';
import {
  areaSchema,
  checkMoneyInUnit,
  compareQuantities,
  countSchema,
  countyFactsSchema,
  countySchema,
  idSchema,
  isCount,
  listWithUniqueIds,
  longTextSchema,
  moneySchema,
  moneyUnitSchema,
  nameSchema,
  schemaVersionSchema,
  surveySchema,
  vetoesSchema,
  yearSchema,
} from './common.js';
import { addDudaoIssue, parseWithSchema, safeParseWithSchema } from './parse.js';
import { refineWith } from './refine.js';
import { markValidated, type Validated } from './validated.js';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Who runs a kindergarten (办园性质): 教育部门办 `public-education`, other public bodies
 * (其他公办性质) `public-other`, 普惠性民办 `private-inclusive`, other private `private-other`.
 * The first two are 公办园; the first three are 普惠性.
 *
 * @category Schemas
 * @example
 * ```ts
 * kindergartenOwnershipSchema.parse('private-inclusive'); //=> 'private-inclusive'
 * ```
 */
export const kindergartenOwnershipSchema: z.ZodMiniType<
  'public-education' | 'public-other' | 'private-inclusive' | 'private-other'
> = /* @__PURE__ */ z.enum(['public-education', 'public-other', 'private-inclusive', 'private-other']);

/**
 * Who runs a kindergarten (办园性质).
 *
 * @category Schemas
 * @example
 * ```ts
 * const ownership: KindergartenOwnership = 'public-education';
 * ```
 */
export type KindergartenOwnership = z.infer<typeof kindergartenOwnershipSchema>;

/**
 * One class of a kindergarten (班级): its type, 小班 `small`, 中班 `middle`, 大班 `large` or
 * 混合班 `mixed`, and its children (幼儿数).
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(kindergartenClassSchema, { type: 'small', children: 25 });
 * ```
 */
export const kindergartenClassSchema = /* @__PURE__ */ z.strictObject({
  /** 小班 / 中班 / 大班 / 混合班 */
  type: z.enum(['small', 'middle', 'large', 'mixed']) as z.ZodMiniType<
    'small' | 'middle' | 'large' | 'mixed'
  >,
  /** 幼儿数 */
  children: countSchema,
});

/**
 * One class of a kindergarten (班级).
 *
 * @category Schemas
 * @example
 * ```ts
 * const kindergartenClass: KindergartenClass = { type: 'mixed', children: 28 };
 * ```
 */
export interface KindergartenClass extends z.infer<typeof kindergartenClassSchema> {}

function checkStaff(value: unknown, ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void }): void {
  if (!isRecord(value)) return;
  const pairs = [
    ['certifiedTeachers', 'fullTimeTeachers', '持证专任教师数', '专任教师数'],
    ['certifiedDirectors', 'directors', '持证园长数', '园长数'],
  ] as const;
  for (const [part, whole, partZh, wholeZh] of pairs) {
    const certified = value[part];
    const total = value[whole];
    if (!isCount(certified) || !isCount(total) || compareQuantities(certified, total) <= 0) continue;
    addDudaoIssue(ctx, [part], {
      code: 'certified-exceeds-total',
      message: `${part} cannot exceed ${whole} (${String(certified)} > ${String(total)})`,
      messageZh: `${partZh}不能超过${wholeZh}（${String(certified)} > ${String(total)}）`,
    });
  }
  const established = value.establishedTeachers;
  const other = value.nonEstablishedTeachers;
  const fullTime = value.fullTimeTeachers;
  if (isCount(established) && isCount(other) && isCount(fullTime)) {
    const sum = toDecimal(established).plus(toDecimal(other));
    if (sum.gt(toDecimal(fullTime))) {
      addDudaoIssue(ctx, ['nonEstablishedTeachers'], {
        code: 'parts-exceed-total',
        message: `establishedTeachers + nonEstablishedTeachers cannot exceed fullTimeTeachers (${String(established)} + ${String(other)} > ${String(fullTime)})`,
        messageZh: `在编与非在编专任教师数之和不能超过专任教师数（${String(established)} + ${String(other)} > ${String(fullTime)}）`,
      });
    }
  }
}

/**
 * Staff of a kindergarten (教职工): total staff (教职工总数), full-time teachers (专任教师), carers
 * (保育员), teachers holding a certificate (持证专任教师), directors (园长) and certified directors
 * (持证园长), and the full-time teachers on the establishment (在编) and not (非在编), on which the
 * pay-ratio item rests. Every field is optional; certified counts may not exceed their totals
 * (`certified-exceeds-total`, at the certified field), nor established and non-established
 * teachers together the full-time teachers (`parts-exceed-total`, at `nonEstablishedTeachers`).
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(kindergartenStaffSchema, { total: 52, fullTimeTeachers: 30, certifiedTeachers: 29 });
 * ```
 */
export const kindergartenStaffSchema = /* @__PURE__ */ refineWith(
  z.strictObject({
    /** 教职工总数 */
    total: z.optional(countSchema),
    /** 专任教师 */
    fullTimeTeachers: z.optional(countSchema),
    /** 保育员 */
    carers: z.optional(countSchema),
    /** 持教师资格证的专任教师 */
    certifiedTeachers: z.optional(countSchema),
    /** 园长 */
    directors: z.optional(countSchema),
    /** 持园长资格（任职资格）证的园长 */
    certifiedDirectors: z.optional(countSchema),
    /** 在编专任教师 (teachers on the establishment, 编制内) */
    establishedTeachers: z.optional(countSchema),
    /** 非在编专任教师 (teachers not on the establishment: contract, agency) */
    nonEstablishedTeachers: z.optional(countSchema),
  }),
  checkStaff,
);

/**
 * Areas of a kindergarten in m² (面积): outdoor play area (室外游戏场地), children's activity rooms
 * (幼儿活动用房) and the whole building (园舍建筑面积). Every field is optional.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(kindergartenAreasSchema, { outdoorPlay: 1800, activityRooms: '3500.5' });
 * ```
 */
export const kindergartenAreasSchema = /* @__PURE__ */ z.strictObject({
  /** 室外游戏场地面积 */
  outdoorPlay: z.optional(areaSchema),
  /** 幼儿活动用房建筑面积 */
  activityRooms: z.optional(areaSchema),
  /** 园舍建筑面积 */
  building: z.optional(areaSchema),
});

/**
 * The annual pay of a kindergarten's full-time teachers (专任教师年工资总额), on the establishment
 * (在编) and not (非在编), for the pay-ratio item (非在编教师平均工资 ÷ 在编教师平均工资): the
 * county's average pay of each group is its pay ÷ its teachers (`staff.establishedTeachers`,
 * `staff.nonEstablishedTeachers`) over the public kindergartens. Amounts are money, in yuan unless
 * a sibling `establishedUnit` / `nonEstablishedUnit` says `万元` (converted exactly). Codes:
 * `too-big` above 10⁹ 万元, `required` at the amount when its unit is given without it.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(teacherPaySchema, { established: 1_200_000, nonEstablished: '54.6', nonEstablishedUnit: '万元' });
 * ```
 */
export const teacherPaySchema = /* @__PURE__ */ refineWith(
  z.strictObject({
    /** 在编专任教师年工资总额 */
    established: z.optional(moneySchema),
    /** unit of `established`: 元 (default) or 万元 */
    establishedUnit: z.optional(moneyUnitSchema),
    /** 非在编专任教师年工资总额 */
    nonEstablished: z.optional(moneySchema),
    /** unit of `nonEstablished`: 元 (default) or 万元 */
    nonEstablishedUnit: z.optional(moneyUnitSchema),
  }),
  (value: unknown, ctx) => {
    if (!isRecord(value)) return;
    for (const field of ['established', 'nonEstablished'] as const) {
      const unit = value[`${field}Unit`];
      if (unit === undefined) continue;
      if (value[field] === undefined) {
        addDudaoIssue(ctx, [field], {
          code: 'required',
          message: `is required when ${field}Unit is given (a unit without an amount)`,
          messageZh: `填写了 ${field}Unit（金额单位）时必须填写金额`,
        });
      } else checkMoneyInUnit(value[field], unit, ctx, [field]);
    }
  },
);

/**
 * The annual pay of a kindergarten's teachers, established and not (专任教师年工资总额).
 *
 * @category Schemas
 * @example
 * ```ts
 * const pay: TeacherPay = { established: 1_200_000, nonEstablished: 546_000 };
 * ```
 */
export interface TeacherPay extends z.infer<typeof teacherPaySchema> {}

/**
 * A preschool class attached to a primary school (小学附设幼儿班), a kind of preschool provision
 * that is not a kindergarten: its children count in the access figures (gross enrolment,
 * inclusive coverage, public share: 在园（班）幼儿), by the ownership of its school, and it is left
 * out of every kindergarten-level norm (class sizes, premises, staffing, certification, children per
 * teacher, the count of kindergartens).
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(attachedClassSchema, {
 *   id: 'a01',
 *   name: '李家村小学附设幼儿班',
 *   ownership: 'public-education',
 *   children: 28,
 * });
 * ```
 */
export const attachedClassSchema = /* @__PURE__ */ z.strictObject({
  /** 编号, unique among the attached classes */
  id: idSchema,
  /** 名称, e.g. the school's name and 附设幼儿班 */
  name: nameSchema,
  /** 办学性质 of the school it is attached to */
  ownership: kindergartenOwnershipSchema,
  /** 在班幼儿数 */
  children: countSchema,
  /** 班数 */
  classes: z.optional(countSchema),
  /** 乡镇 */
  township: z.optional(nameSchema),
});

/**
 * A preschool class attached to a primary school (小学附设幼儿班).
 *
 * @category Schemas
 * @example
 * ```ts
 * const attached: AttachedClass = { id: 'a01', name: '李家村小学附设幼儿班', ownership: 'public-education', children: 28 };
 * ```
 */
export interface AttachedClass extends z.infer<typeof attachedClassSchema> {}

/**
 * One kindergarten (幼儿园): id, name, ownership, children in the kindergarten (在园幼儿数), its
 * classes, staff, optional areas, the year its premises were planned (norms differ before 2017),
 * whether it boards children (寄宿制) and its township (乡镇, for one public central kindergarten
 * per township).
 *
 * Children in `classes` that do not add up to `children` are not a schema error: the assessment
 * reports the difference as a warning, so a dataset with an inconsistent class register can still
 * be assessed.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(kindergartenSchema, {
 *   id: 'k01',
 *   name: '县第一幼儿园',
 *   ownership: 'public-education',
 *   children: 420,
 *   classes: [{ type: 'small', children: 25 }],
 *   staff: { total: 52, fullTimeTeachers: 30 },
 * });
 * ```
 */
export const kindergartenSchema = /* @__PURE__ */ z.strictObject({
  /** 幼儿园编号, unique in the dataset */
  id: idSchema,
  /** 幼儿园名称 */
  name: nameSchema,
  /** 办园性质 */
  ownership: kindergartenOwnershipSchema,
  /** 在园幼儿数 */
  children: countSchema,
  /** 班级 */
  classes: z.array(kindergartenClassSchema),
  /** 教职工 */
  staff: kindergartenStaffSchema,
  /** 面积, m² */
  areas: z.optional(kindergartenAreasSchema),
  /** year the premises were planned or designed */
  plannedYear: z.optional(yearSchema),
  /** 寄宿制 */
  boarding: z.optional(z.boolean()),
  /** 乡镇 */
  township: z.optional(nameSchema),
  /** annual pay of its full-time teachers, established and not (专任教师年工资总额) */
  teacherPay: z.optional(teacherPaySchema),
});

/**
 * One kindergarten (幼儿园).
 *
 * @category Schemas
 * @example
 * ```ts
 * const kindergarten: Kindergarten = {
 *   id: 'k01',
 *   name: '县第一幼儿园',
 *   ownership: 'public-education',
 *   children: 420,
 *   classes: [],
 *   staff: {},
 * };
 * ```
 */
export interface Kindergarten extends z.infer<typeof kindergartenSchema> {}

/**
 * The preschool dataset of one county and year (县域学前教育数据集), exactly as [data contract,
 * section 2](../../docs/data-contract.md#2-preschool-dataset): `schemaVersion` 1, `county`, `year`, the resident population aged 3 to 5
 * (学前三年适龄人口, optional: without it gross enrolment is `unknown`), `kindergartens` (ids
 * unique: `duplicate-id` at `kindergartens[i].id`), optional `attachedClasses` (小学附设幼儿班,
 * ids unique among them), `countyFacts`, `vetoes` and an optional `survey`.
 *
 * Not an error here: children of a kindergarten's classes that do not sum to its `children`
 * (the assessment reports it as a warning). Every problem of a document is reported in one parse.
 *
 * @category Schemas
 * @example
 * ```ts
 * const dataset = parseWithSchema(preschoolDatasetSchema, JSON.parse(text));
 * dataset.populationAged3to5; //=> 9800
 * ```
 */
export const preschoolDatasetSchema = /* @__PURE__ */ z.strictObject({
  /** JSON Schema reference for editors; ignored by dudao. */
  $schema: z.optional(longTextSchema),
  /** 数据格式版本: 1 */
  schemaVersion: schemaVersionSchema,
  /** 县 */
  county: countySchema,
  /** 年度 */
  year: yearSchema,
  /** 学前三年适龄人口 (resident); without it gross enrolment is unknown */
  populationAged3to5: z.optional(countSchema),
  /** 幼儿园 */
  kindergartens: listWithUniqueIds(kindergartenSchema, { en: 'kindergarten', zh: '幼儿园' }),
  /** 小学附设幼儿班 */
  attachedClasses: z.optional(
    listWithUniqueIds(attachedClassSchema, { en: 'attached class', zh: '附设幼儿班' }),
  ),
  /** 县级指标事实, keyed by indicator id */
  countyFacts: countyFactsSchema,
  /** 一票否决, keyed by id */
  vetoes: vetoesSchema,
  /** 社会认可度调查 */
  survey: z.optional(surveySchema),
});

/**
 * A preschool dataset (县域学前教育数据集) after validation.
 *
 * @category Schemas
 * @example
 * ```ts
 * const dataset: PreschoolDataset = parsePreschoolDataset(input);
 * ```
 */
export interface PreschoolDataset
  extends Omit<z.infer<typeof preschoolDatasetSchema>, 'kindergartens' | 'attachedClasses'> {
  /** 幼儿园 */
  kindergartens: Kindergarten[];
  /** 小学附设幼儿班 */
  attachedClasses?: AttachedClass[] | undefined;
}

/**
 * A preschool dataset that passed {@link preschoolDatasetSchema} (已校验的学前教育数据集), as
 * {@link parsePreschoolDataset} and {@link safeParsePreschoolDataset} return it: zod's copy of the
 * input, frozen all the way down, with a private mark that `assessPreschool` recognises, so that it
 * is assessed without being validated again. The mark is a non-enumerable property keyed by a
 * private symbol: `JSON.stringify`, spread and `Object.keys` see only the data, and a copy (spread,
 * `structuredClone`, a JSON round trip) or an object built by hand has no mark and is validated
 * again when assessed. Writing to it throws a `TypeError` (in strict code); edit a copy instead.
 *
 * @category Schemas
 * @example
 * ```ts
 * const dataset: ValidPreschoolDataset = parsePreschoolDataset(JSON.parse(text)); // validated once
 * assessPreschool(dataset, preschool2020); // not validated again
 * ```
 */
export type ValidPreschoolDataset = Validated<PreschoolDataset, 'preschool-dataset'>;

/**
 * Validates a preschool dataset (学前教育数据集) and returns it typed, or throws a
 * {@link DudaoError} listing every problem with its code, path and English and Chinese message.
 * The input is not mutated; quantities keep the form they were given in. The result is zod's copy,
 * frozen and marked as validated ({@link ValidPreschoolDataset}): the assessments use it without
 * validating it again.
 *
 * @category Schemas
 * @param input - untrusted data, e.g. `JSON.parse` of a file following [data contract, section 2](../../docs/data-contract.md#2-preschool-dataset)
 * @returns the validated dataset (frozen)
 * @throws {@link DudaoError} when the input breaks the contract
 * @example
 * ```ts
 * parsePreschoolDataset(input).kindergartens.length; //=> 1
 * ```
 */
export function parsePreschoolDataset(input: unknown): ValidPreschoolDataset {
  return markValidated(parseWithSchema(preschoolDatasetSchema, input), 'preschool-dataset');
}

/**
 * Validates a preschool dataset (学前教育数据集) like {@link parsePreschoolDataset}, but returns `{ success, data | error }` instead of throwing.
 *
 * @category Schemas
 * @param input - untrusted data
 * @returns the validated dataset (frozen), or the {@link DudaoError} listing every problem
 * @example
 * ```ts
 * const result = safeParsePreschoolDataset(input);
 * if (!result.success) result.error.code; //=> e.g. 'duplicate-id'
 * ```
 */
export function safeParsePreschoolDataset(input: unknown): SafeResult<ValidPreschoolDataset> {
  const result = safeParseWithSchema(preschoolDatasetSchema, input);
  return result.success ? { success: true, data: markValidated(result.data, 'preschool-dataset') } : result;
}
