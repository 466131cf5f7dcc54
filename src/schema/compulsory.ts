/**
 * The executable form of the compulsory-education dataset (义务教育数据集, [data contract, section 1](../../docs/data-contract.md#1-compulsory-education-dataset)):
 * a county, its schools with one section per compulsory stage, county-level facts, vetoes and
 * the satisfaction survey. Cross-field rules (stages a kind of school can have, senior pupils for
 * the split of shared stock, ids) are checked here so that the assessment can trust its input.
 *
 * Objects are strict: an unknown field is rejected (`unknown-key`, with the closest known field
 * suggested), because a misspelt optional field such as `"pupil"` or `"fulltime"` would otherwise
 * vanish silently and turn indicators into "unknown". Fields added to the contract later arrive
 * with a new dudao version that knows them. The one extra key accepted at the root is `$schema`,
 * so that a JSON file can point editors to the generated JSON Schema.
 * @module
 */
import * as z from 'zod/mini';
import type { SafeResult } from '../error.js';
import { toDecimal } from '../numeric/decimal.js';
import { exactTimes } from '../numeric/rational.js';
import {
  areaSchema,
  checkMoneyInUnit,
  compareQuantities,
  countSchema,
  countyFactsSchema,
  countySchema,
  idSchema,
  isCount,
  isNonNegativeDecimal,
  listWithUniqueIds,
  longTextSchema,
  moneySchema,
  moneyUnitSchema,
  nameSchema,
  QUANTITY_LIMITS,
  rateSchema,
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
 * The kinds of school (学校类型): 小学 `primary`, 初级中学 `junior`, 九年一贯制学校 `nine-year`,
 * 十二年一贯制学校 `twelve-year`, 完全中学 `complete-secondary`, 教学点 `teaching-point`,
 * 特殊教育学校 `special-education`.
 *
 * @category Schemas
 * @example
 * ```ts
 * schoolKindSchema.options; //=> ['primary', 'junior', 'nine-year', …]
 * ```
 */
export const schoolKindSchema: z.ZodMiniType<
  | 'primary'
  | 'junior'
  | 'nine-year'
  | 'twelve-year'
  | 'complete-secondary'
  | 'teaching-point'
  | 'special-education'
> = /* @__PURE__ */ z.enum([
  'primary',
  'junior',
  'nine-year',
  'twelve-year',
  'complete-secondary',
  'teaching-point',
  'special-education',
]);

/**
 * A kind of school (学校类型).
 *
 * @category Schemas
 * @example
 * ```ts
 * const kind: SchoolKind = 'nine-year';
 * ```
 */
export type SchoolKind = z.infer<typeof schoolKindSchema>;

/**
 * Who runs a school (办学性质): 公办 `public` or 民办 `private`.
 *
 * @category Schemas
 * @example
 * ```ts
 * schoolOwnershipSchema.parse('public'); //=> 'public'
 * ```
 */
export const schoolOwnershipSchema: z.ZodMiniType<'public' | 'private'> = /* @__PURE__ */ z.enum([
  'public',
  'private',
]);

/**
 * Teacher counts of one school section (教师数). Every field is optional: a missing figure makes
 * the indicators that need it "unknown" in the assessment, it is not an input error.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(teacherCountsSchema, { fullTime: 48, aboveRequiredQualification: 40, pe: 3 });
 * ```
 */
export const teacherCountsSchema = /* @__PURE__ */ z.strictObject({
  /** 专任教师 */
  fullTime: z.optional(countSchema),
  /** 高于规定学历教师 */
  aboveRequiredQualification: z.optional(countSchema),
  /** 县级以上骨干教师 */
  keyCountyOrAbove: z.optional(countSchema),
  /** 体育专任教师 */
  pe: z.optional(countSchema),
  /** 音乐专任教师 */
  music: z.optional(countSchema),
  /** 美术专任教师 */
  art: z.optional(countSchema),
  /** 中级及以上专业技术职务教师 (basic balance 2012) */
  seniorTitle: z.optional(countSchema),
  /** 持教师资格证教师 */
  certified: z.optional(countSchema),
});

/**
 * Teacher counts of one school section (教师数).
 *
 * @category Schemas
 * @example
 * ```ts
 * const teachers: TeacherCounts = { fullTime: 48, keyCountyOrAbove: 9 };
 * ```
 */
export interface TeacherCounts extends z.infer<typeof teacherCountsSchema> {}

function checkStock(value: unknown, ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void }): void {
  if (!isRecord(value) || value.equipmentValueUnit === undefined) return;
  if (value.equipmentValue === undefined) {
    addDudaoIssue(ctx, ['equipmentValue'], {
      code: 'required',
      message: 'is required when equipmentValueUnit is given (a unit without an amount)',
      messageZh: '填写了 equipmentValueUnit（金额单位）时必须填写教学仪器设备值',
    });
    return;
  }
  checkMoneyInUnit(value.equipmentValue, value.equipmentValueUnit, ctx, ['equipmentValue']);
}

const STOCK_FIELDS = [
  'teachingAuxiliaryArea',
  'sportsArea',
  'equipmentValue',
  'multimediaClassrooms',
  'computers',
  'books',
  'musicRooms',
  'artRooms',
] as const;

/**
 * Stock resources (办学条件存量) of a school section, or of a whole school when reported in
 * `sharedStock`: areas in m², equipment value in yuan, rooms, computers, books, and the area of
 * each music and art room. Every field is optional.
 *
 * Equipment value may be given in 万元, as the statistics forms report it, with
 * `equipmentValueUnit: '万元'` beside it (default `元`); it is converted to yuan exactly. Codes:
 * `too-big` at `equipmentValue` above 10⁹ 万元, `required` at `equipmentValue` when a unit is given
 * without the amount.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(schoolStockSchema, {
 *   teachingAuxiliaryArea: '3900.5', // 教学及辅助用房面积
 *   sportsArea: 6500, // 体育运动场馆面积
 *   equipmentValue: 1800000, // 教学仪器设备值
 *   musicRooms: [96, 100],
 * });
 * parseWithSchema(schoolStockSchema, { equipmentValue: '180.5', equipmentValueUnit: '万元' }); // 1 805 000 yuan
 * ```
 */
export const schoolStockSchema = /* @__PURE__ */ refineWith(
  z.strictObject({
    /** 教学及辅助用房面积, m² */
    teachingAuxiliaryArea: z.optional(areaSchema),
    /** 体育运动场馆面积, m² */
    sportsArea: z.optional(areaSchema),
    /** 教学仪器设备值, yuan */
    equipmentValue: z.optional(moneySchema),
    /** 网络多媒体教室 */
    multimediaClassrooms: z.optional(countSchema),
    /** 教学用计算机 (basic balance 2012) */
    computers: z.optional(countSchema),
    /** 图书册数 (basic balance 2012) */
    books: z.optional(countSchema),
    /** area of each music room (音乐专用教室), m² */
    musicRooms: z.optional(z.array(areaSchema)),
    /** area of each art room (美术专用教室), m² */
    artRooms: z.optional(z.array(areaSchema)),
    /** the unit of equipmentValue: 元 (default) or 万元 */
    equipmentValueUnit: z.optional(moneyUnitSchema),
  }),
  checkStock,
);

/**
 * Stock resources (办学条件存量) of a section or a whole school.
 *
 * @category Schemas
 * @example
 * ```ts
 * const stock: SchoolStock = { books: 24000, computers: 90 };
 * ```
 */
export interface SchoolStock extends z.infer<typeof schoolStockSchema> {}

// The fields a section may give as a rate, with the kind of quantity each derives (its limit).
const RATE_FIELDS = {
  fullTime: 'teachers',
  aboveRequiredQualification: 'teachers',
  keyCountyOrAbove: 'teachers',
  pe: 'teachers',
  music: 'teachers',
  art: 'teachers',
  seniorTitle: 'teachers',
  certified: 'teachers',
  teachingAuxiliaryArea: 'stock',
  sportsArea: 'stock',
  equipmentValue: 'stock',
  multimediaClassrooms: 'stock',
  computers: 'stock',
  books: 'stock',
} as const;

const RATE_LIMITS: Readonly<Record<keyof typeof RATE_FIELDS, number>> = {
  fullTime: QUANTITY_LIMITS.count,
  aboveRequiredQualification: QUANTITY_LIMITS.count,
  keyCountyOrAbove: QUANTITY_LIMITS.count,
  pe: QUANTITY_LIMITS.count,
  music: QUANTITY_LIMITS.count,
  art: QUANTITY_LIMITS.count,
  seniorTitle: QUANTITY_LIMITS.count,
  certified: QUANTITY_LIMITS.count,
  teachingAuxiliaryArea: QUANTITY_LIMITS.area,
  sportsArea: QUANTITY_LIMITS.area,
  equipmentValue: QUANTITY_LIMITS.money,
  multimediaClassrooms: QUANTITY_LIMITS.count,
  computers: QUANTITY_LIMITS.count,
  books: QUANTITY_LIMITS.count,
};

/**
 * Resources of a school section given as rates (生均值 / 每百名学生拥有量) instead of counts, keyed
 * by the field they stand for: a teacher count (`fullTime`, `aboveRequiredQualification`,
 * `keyCountyOrAbove`, `pe`, `music`, `art`, `seniorTitle`, `certified`) or a stock figure
 * (`teachingAuxiliaryArea`, `sportsArea`, `equipmentValue` in yuan, `multimediaClassrooms`,
 * `computers`, `books`). Each is a {@link rateSchema | rate}: dudao derives the amount exactly as
 * rate × pupils ÷ per and marks every result that reads it as derived.
 *
 * A derived teacher or room count need not be a whole number: 4.2 per 100 of 812 pupils is
 * 34.104 teachers, and dudao keeps that exact figure (the rate is what the county published;
 * rounding it would move the compared value off the published rate). The assessment warns
 * (`derived-count-not-whole`) so that a county can give the count instead.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(sectionRatesSchema, {
 *   aboveRequiredQualification: { rate: '4.2', per: 100 }, // 每百名学生拥有高于规定学历教师数
 *   equipmentValue: { rate: 2000, per: 1 }, // 生均教学仪器设备值, yuan
 * });
 * ```
 */
export const sectionRatesSchema = /* @__PURE__ */ z.strictObject({
  /** 专任教师 per pupil or per 100 pupils */
  fullTime: z.optional(rateSchema),
  /** 高于规定学历教师 */
  aboveRequiredQualification: z.optional(rateSchema),
  /** 县级以上骨干教师 */
  keyCountyOrAbove: z.optional(rateSchema),
  /** 体育专任教师 */
  pe: z.optional(rateSchema),
  /** 音乐专任教师 */
  music: z.optional(rateSchema),
  /** 美术专任教师 */
  art: z.optional(rateSchema),
  /** 中级及以上专业技术职务教师 */
  seniorTitle: z.optional(rateSchema),
  /** 持教师资格证教师 */
  certified: z.optional(rateSchema),
  /** 教学及辅助用房面积, m² */
  teachingAuxiliaryArea: z.optional(rateSchema),
  /** 体育运动场馆面积, m² */
  sportsArea: z.optional(rateSchema),
  /** 教学仪器设备值, yuan */
  equipmentValue: z.optional(rateSchema),
  /** 网络多媒体教室 */
  multimediaClassrooms: z.optional(rateSchema),
  /** 教学用计算机 */
  computers: z.optional(rateSchema),
  /** 图书册数 */
  books: z.optional(rateSchema),
});

/**
 * Resources of a school section given as rates (生均值 / 每百名学生拥有量).
 *
 * @category Schemas
 * @example
 * ```ts
 * const rates: SectionRates = { aboveRequiredQualification: { rate: '4.2', per: 100 } };
 * ```
 */
export interface SectionRates extends z.infer<typeof sectionRatesSchema> {}

/**
 * The fields a school section may give as a rate (see {@link sectionRatesSchema}), each with the
 * group it belongs to.
 * @internal
 */
export const SECTION_RATE_FIELDS: Readonly<Record<keyof SectionRates, 'teachers' | 'stock'>> = RATE_FIELDS;

function checkRates(
  value: Record<string, unknown>,
  ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void },
): void {
  const rates = value.rates;
  if (!isRecord(rates)) return;
  const pupils = isCount(value.pupils) ? value.pupils : undefined;
  for (const field of Object.keys(RATE_FIELDS) as (keyof typeof RATE_FIELDS)[]) {
    const given = rates[field];
    if (!isRecord(given)) continue;
    const group = value[RATE_FIELDS[field]];
    if (isRecord(group) && group[field] !== undefined) {
      addDudaoIssue(ctx, ['rates', field], {
        code: 'given-twice',
        message: `"${field}" is given both as a count (${RATE_FIELDS[field]}.${field}) and as a rate; give it once`,
        messageZh: `"${field}" 同时以数量（${RATE_FIELDS[field]}.${field}）和比率填报，只能填报一处`,
      });
    }
    const rate = given.rate;
    const per = given.per;
    if (pupils === undefined || !isNonNegativeDecimal(rate) || (per !== 1 && per !== 100)) continue;
    const amount = exactTimes(toDecimal(rate), toDecimal(pupils)).div(per);
    const limit = RATE_LIMITS[field];
    if (amount.gt(limit)) {
      addDudaoIssue(ctx, ['rates', field, 'rate'], {
        code: 'too-big',
        message: `derives ${amount.toFixed()} (rate × pupils ÷ ${per}), above the limit ${limit} of ${field}`,
        messageZh: `推算所得 ${amount.toFixed()}（比率 × 在校生数 ÷ ${per}）超过 ${field} 的上限 ${limit}`,
      });
    }
  }
}

/**
 * One compulsory stage of a school (学段): pupils (在校生数), classes (班数), optional class sizes
 * (每班人数), teachers, and the section's own stock. A section with 0 pupils is rejected
 * (`no-pupils`): every per-pupil indicator would divide by zero.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(schoolSectionSchema, {
 *   pupils: 812,
 *   classes: 18,
 *   teachers: { fullTime: 48 },
 *   stock: { sportsArea: 6500 },
 * });
 * ```
 */
export const schoolSectionSchema = /* @__PURE__ */ refineWith(
  z.strictObject({
    /** 在校生数 */
    pupils: countSchema,
    /** 班数 */
    classes: countSchema,
    /** pupils in each class (每班人数) */
    classSizes: z.optional(z.array(countSchema)),
    /** 教师数 */
    teachers: teacherCountsSchema,
    /** the section's own stock (办学条件), when not reported in sharedStock */
    stock: z.optional(schoolStockSchema),
    /** resources given as rates (生均值 / 每百名) instead of counts */
    rates: z.optional(sectionRatesSchema),
  }),
  (value: unknown, ctx) => {
    if (!isRecord(value)) return;
    checkRates(value, ctx);
    if (!isCount(value.pupils)) return;
    if (compareQuantities(value.pupils, 0) === 0) {
      addDudaoIssue(ctx, ['pupils'], {
        code: 'no-pupils',
        message: 'a section needs at least one pupil (got 0): per-pupil indicators divide by it',
        messageZh: '学段在校生数必须大于 0（实际为 0）：生均指标以其为分母',
      });
    }
  },
);

/**
 * One compulsory stage of a school (学段).
 *
 * @category Schemas
 * @example
 * ```ts
 * const section: SchoolSection = { pupils: 812, classes: 18, teachers: { fullTime: 48 } };
 * ```
 */
export interface SchoolSection
  extends Omit<z.infer<typeof schoolSectionSchema>, 'teachers' | 'stock' | 'rates'> {
  /** full-time teachers by kind (专任教师); `{}` when none are known */
  teachers: TeacherCounts;
  /** the section's own stock (办学条件), when not reported in sharedStock */
  stock?: SchoolStock | undefined;
  /** resources given as rates (生均值 / 每百名) instead of counts */
  rates?: SectionRates | undefined;
}

type Stage = 'primary' | 'junior';

// Compulsory stages each kind of school may report (standards.md 0 and 2.3).
const STAGES_OF_KIND: Readonly<Record<SchoolKind, readonly Stage[]>> = {
  primary: ['primary'],
  junior: ['junior'],
  'teaching-point': ['primary'],
  'complete-secondary': ['junior'],
  'nine-year': ['primary', 'junior'],
  'twelve-year': ['primary', 'junior'],
  'special-education': ['primary', 'junior'],
};

const KIND_ZH: Readonly<Record<SchoolKind, string>> = {
  primary: '小学',
  junior: '初级中学',
  'teaching-point': '教学点',
  'complete-secondary': '完全中学',
  'nine-year': '九年一贯制学校',
  'twelve-year': '十二年一贯制学校',
  'special-education': '特殊教育学校',
};

const STAGE_ZH: Readonly<Record<Stage, string>> = { primary: '小学', junior: '初中' };

// Kinds that may have senior-secondary pupils (高中). Special-education schools often run a
// senior (vocational) department; their stock is never split because they are excluded from the
// resource indicators, but their data must not be rejected for it.
const KINDS_WITH_SENIOR: ReadonlySet<string> = new Set([
  'twelve-year',
  'complete-secondary',
  'special-education',
]);

const NO_STAGES: readonly Stage[] = [];
const PRIMARY_ONLY: readonly Stage[] = ['primary'];
const JUNIOR_ONLY: readonly Stage[] = ['junior'];
const BOTH_STAGES: readonly Stage[] = ['primary', 'junior'];

function checkSchool(value: unknown, ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void }): void {
  if (!isRecord(value)) return;
  const { kind, sections, sharedStock, seniorPupils } = value;
  const knownKind =
    typeof kind === 'string' && Object.hasOwn(STAGES_OF_KIND, kind) ? (kind as SchoolKind) : undefined;

  if (isRecord(sections)) {
    // The stages present, without allocating for the usual one- or two-section school.
    const present =
      sections.primary === undefined
        ? sections.junior === undefined
          ? NO_STAGES
          : JUNIOR_ONLY
        : sections.junior === undefined
          ? PRIMARY_ONLY
          : BOTH_STAGES;
    if (present.length === 0) {
      addDudaoIssue(ctx, ['sections'], {
        code: 'no-sections',
        message: 'a school needs at least one section ("primary" or "junior")',
        messageZh: '学校至少要有一个学段（"primary" 或 "junior"）',
      });
    }
    if (knownKind !== undefined) {
      const allowed = STAGES_OF_KIND[knownKind];
      for (const stage of present) {
        if (allowed.includes(stage)) continue;
        addDudaoIssue(ctx, ['sections', stage], {
          code: 'stage-not-allowed',
          message: `a ${knownKind} school cannot have a ${stage} section (allowed: ${allowed.join(', ')})`,
          messageZh: `${KIND_ZH[knownKind]}不能有${STAGE_ZH[stage]}学段（允许：${allowed.map((s) => STAGE_ZH[s]).join('、')}）`,
        });
      }
    }
    if (isRecord(sharedStock)) {
      for (const stage of present) {
        const section = sections[stage];
        const rates = isRecord(section) ? section.rates : undefined;
        if (isRecord(rates)) {
          for (const field of STOCK_FIELDS) {
            if (rates[field] === undefined || sharedStock[field] === undefined) continue;
            addDudaoIssue(ctx, ['sections', stage, 'rates', field], {
              code: 'stock-reported-twice',
              message: `"${field}" is given as a rate for the ${stage} section and in sharedStock; report it once`,
              messageZh: `"${field}" 同时以${STAGE_ZH[stage]}学段比率和 sharedStock 填报，只能填报一处`,
            });
          }
        }
        if (!isRecord(section) || !isRecord(section.stock)) continue;
        const stock = section.stock;
        for (const field of STOCK_FIELDS) {
          if (stock[field] === undefined || sharedStock[field] === undefined) continue;
          addDudaoIssue(ctx, ['sections', stage, 'stock', field], {
            code: 'stock-reported-twice',
            message: `"${field}" is reported both for the ${stage} section and in sharedStock; report it once`,
            messageZh: `"${field}" 同时在${STAGE_ZH[stage]}学段和 sharedStock 中填报，只能填报一处`,
          });
        }
      }
    }
  }

  if (seniorPupils === undefined) {
    if (knownKind === 'twelve-year') {
      addDudaoIssue(ctx, ['seniorPupils'], {
        code: 'missing-senior-pupils',
        message: 'a twelve-year school needs seniorPupils (senior pupils weigh 1.32 in the split of stock)',
        messageZh: '十二年一贯制学校必须填写 seniorPupils（高中在校生数，拆分办学条件时权重为 1.32）',
      });
    } else if (knownKind === 'complete-secondary' && sharedStock !== undefined) {
      addDudaoIssue(ctx, ['seniorPupils'], {
        code: 'missing-senior-pupils',
        message:
          'a complete secondary school with sharedStock needs seniorPupils to split the stock (weight 1.2)',
        messageZh: '填报 sharedStock 的完全中学必须填写 seniorPupils（高中在校生数，拆分权重为 1.2）',
      });
    }
  } else if (
    knownKind !== undefined &&
    !KINDS_WITH_SENIOR.has(knownKind) &&
    isCount(seniorPupils) &&
    compareQuantities(seniorPupils, 0) > 0
  ) {
    addDudaoIssue(ctx, ['seniorPupils'], {
      code: 'senior-pupils-not-allowed',
      message: `a ${knownKind} school has no senior stage (got seniorPupils ${String(seniorPupils)})`,
      messageZh: `${KIND_ZH[knownKind]}没有高中学段（实际 seniorPupils 为 ${String(seniorPupils)}）`,
    });
  }
}

/**
 * One school (学校): id, name, kind, ownership, optional township (乡镇), one section per
 * compulsory stage, optional stock for the whole school (`sharedStock`, split between sections by
 * weighted pupils 1 : 1.1 : 1.32) and senior pupils (高中在校生数) for that split.
 *
 * Rules, each with its code and path (relative to the school):
 * - `no-sections` at `sections`: neither `primary` nor `junior`;
 * - `stage-not-allowed` at `sections.<stage>`: primary schools and teaching points have only
 *   `primary`; junior and complete secondary schools only `junior`; nine-year, twelve-year and
 *   special-education schools either or both;
 * - `missing-senior-pupils` at `seniorPupils`: a twelve-year school without it, or a complete
 *   secondary school with `sharedStock` without it;
 * - `senior-pupils-not-allowed` at `seniorPupils`: more than 0 on a kind without a senior stage
 *   (0 is allowed everywhere; special-education schools may have senior pupils);
 * - `stock-reported-twice` at `sections.<stage>.stock.<field>`: a field in both the section's
 *   stock and `sharedStock`.
 *
 * @category Schemas
 * @example
 * ```ts
 * parseWithSchema(schoolSchema, {
 *   id: 's01',
 *   name: '城关小学',
 *   kind: 'primary',
 *   ownership: 'public',
 *   sections: { primary: { pupils: 812, classes: 18, teachers: { fullTime: 48 } } },
 * });
 * ```
 */
export const schoolSchema = /* @__PURE__ */ refineWith(
  z.strictObject({
    /** 学校编号, unique in the dataset */
    id: idSchema,
    /** 学校名称 */
    name: nameSchema,
    /** 学校类型 */
    kind: schoolKindSchema,
    /** 办学性质 */
    ownership: schoolOwnershipSchema,
    /** 乡镇 */
    township: z.optional(nameSchema),
    /** one section per compulsory stage (学段) */
    sections: z.strictObject({
      /** 小学学段 */
      primary: z.optional(schoolSectionSchema),
      /** 初中学段 */
      junior: z.optional(schoolSectionSchema),
    }),
    /** stock reported for the whole school, split between sections by weighted pupils */
    sharedStock: z.optional(schoolStockSchema),
    /** 高中在校生数 */
    seniorPupils: z.optional(countSchema),
  }),
  checkSchool,
);

/**
 * One school (学校).
 *
 * @category Schemas
 * @example
 * ```ts
 * const school: School = {
 *   id: 's01',
 *   name: '城关小学',
 *   kind: 'primary',
 *   ownership: 'public',
 *   sections: { primary: { pupils: 812, classes: 18, teachers: {} } },
 * };
 * ```
 */
export interface School extends Omit<z.infer<typeof schoolSchema>, 'sections' | 'sharedStock'> {
  /** one section per compulsory stage (学段) */
  sections: {
    /** 小学 */
    primary?: SchoolSection | undefined;
    /** 初中 */
    junior?: SchoolSection | undefined;
  };
  /** stock reported for the whole school, split between sections by weighted pupils */
  sharedStock?: SchoolStock | undefined;
}

/**
 * The compulsory-education dataset of one county and year (县域义务教育数据集), exactly as [data
 * contract, section 1](../../docs/data-contract.md#1-compulsory-education-dataset): `schemaVersion` 1, `county`, `year`, `schools` (ids unique: `duplicate-id`
 * at `schools[i].id`), `countyFacts` keyed by indicator id, `vetoes`, and an optional `survey`.
 * See {@link schoolSchema} for the rules on each school. Every problem of a document is reported
 * in one parse.
 *
 * @category Schemas
 * @example
 * ```ts
 * const dataset = parseWithSchema(compulsoryDatasetSchema, JSON.parse(text));
 * dataset.schools[0]?.sections.primary?.pupils; //=> 812 (as given: number, string or Decimal)
 * ```
 */
export const compulsoryDatasetSchema = /* @__PURE__ */ z.strictObject({
  /** JSON Schema reference for editors; ignored by dudao. */
  $schema: z.optional(longTextSchema),
  /** 数据格式版本: 1 */
  schemaVersion: schemaVersionSchema,
  /** 县 */
  county: countySchema,
  /** 年度 */
  year: yearSchema,
  /** 学校 */
  schools: listWithUniqueIds(schoolSchema, { en: 'school', zh: '学校' }),
  /** 县级指标事实, keyed by indicator id */
  countyFacts: countyFactsSchema,
  /** 一票否决, keyed by id */
  vetoes: vetoesSchema,
  /** 社会认可度调查 */
  survey: z.optional(surveySchema),
});

/**
 * A compulsory-education dataset (县域义务教育数据集) after validation.
 *
 * @category Schemas
 * @example
 * ```ts
 * const dataset: CompulsoryDataset = parseCompulsoryDataset(input);
 * ```
 */
export interface CompulsoryDataset extends Omit<z.infer<typeof compulsoryDatasetSchema>, 'schools'> {
  /** 学校 */
  schools: School[];
}

/**
 * A compulsory dataset that passed {@link compulsoryDatasetSchema} (已校验的义务教育数据集), as
 * {@link parseCompulsoryDataset} and {@link safeParseCompulsoryDataset} return it: zod's copy of the
 * input, frozen all the way down, with a private mark that `assessCompulsory` recognises, so that it
 * is assessed without being validated again. The mark is a non-enumerable property keyed by a
 * private symbol: `JSON.stringify`, spread and `Object.keys` see only the data, and a copy (spread,
 * `structuredClone`, a JSON round trip) or an object built by hand has no mark and is validated
 * again when assessed. Writing to it throws a `TypeError` (in strict code); edit a copy instead.
 *
 * @category Schemas
 * @example
 * ```ts
 * const dataset: ValidCompulsoryDataset = parseCompulsoryDataset(JSON.parse(text)); // validated once
 * assessCompulsory(dataset, compulsoryQuality2017); // not validated again
 * ```
 */
export type ValidCompulsoryDataset = Validated<CompulsoryDataset, 'compulsory-dataset'>;

/**
 * Validates a compulsory-education dataset (义务教育数据集) and returns it typed, or throws a
 * {@link DudaoError} listing every problem with its code, path and English and Chinese message.
 * The input is not mutated; quantities keep the form they were given in. The result is zod's copy,
 * frozen and marked as validated ({@link ValidCompulsoryDataset}): the assessments use it without
 * validating it again.
 *
 * @category Schemas
 * @param input - untrusted data, e.g. `JSON.parse` of a file following [data contract, section 1](../../docs/data-contract.md#1-compulsory-education-dataset)
 * @returns the validated dataset (frozen)
 * @throws {@link DudaoError} when the input breaks the contract
 * @example
 * ```ts
 * try {
 *   parseCompulsoryDataset(input);
 * } catch (error) {
 *   if (error instanceof DudaoError) {
 *     error.issues[0]; //=> { code: 'negative', path: ['schools', 3, 'sections', 'primary', 'pupils'], … }
 *   }
 * }
 * ```
 */
export function parseCompulsoryDataset(input: unknown): ValidCompulsoryDataset {
  return markValidated(parseWithSchema(compulsoryDatasetSchema, input), 'compulsory-dataset');
}

/**
 * Validates a compulsory-education dataset (义务教育数据集) like {@link parseCompulsoryDataset}, but returns `{ success, data | error }` instead of
 * throwing.
 *
 * @category Schemas
 * @param input - untrusted data
 * @returns the validated dataset (frozen), or the {@link DudaoError} listing every problem
 * @example
 * ```ts
 * const result = safeParseCompulsoryDataset(input);
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.messageZh));
 * ```
 */
export function safeParseCompulsoryDataset(input: unknown): SafeResult<ValidCompulsoryDataset> {
  const result = safeParseWithSchema(compulsoryDatasetSchema, input);
  return result.success ? { success: true, data: markValidated(result.data, 'compulsory-dataset') } : result;
}
