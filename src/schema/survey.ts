/**
 * The social-recognition survey (社会认可度调查) as a document, and the sampling and scoring rules
 * it is judged by: respondent groups, urban/town/rural areas, per-question answers (either counts
 * per group × area, as questionnaire platforms export them, or one record per respondent), and a
 * rules object whose provincial variants are validated like any other input.
 * @module
 */
import * as z from 'zod/mini';
import {
  addRational,
  compareRational,
  RATIONAL_ZERO,
  rational,
  rationalFromDecimal,
} from '../numeric/rational.js';
import {
  compareQuantities,
  countSchema,
  countySchema,
  describeShare,
  idSchema,
  isCount,
  isNonNegativeDecimal,
  isShare,
  listWithUniqueIds,
  longTextSchema,
  nameSchema,
  type Quantity,
  schemaVersionSchema,
  yearSchema,
} from './common.js';
import { labelSchema } from './indicator-set.js';
import { addDudaoIssue, type BilingualProblem, valueSchema } from './parse.js';
import { recordOf, refineWith } from './refine.js';

/**
 * The respondent groups (调查对象类别) of a social-recognition survey, in report order: parents
 * (学生家长), students (学生), teachers (教师), principals and kindergarten directors (校长、园长),
 * deputies to the people's congress and CPPCC members (人大代表、政协委员), and other residents
 * (其他群众、社会人士).
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * SURVEY_GROUPS[0]; //=> 'parents'
 * ```
 */
export const SURVEY_GROUPS = [
  'parents',
  'students',
  'teachers',
  'principals',
  'deputies',
  'residents',
] as const;

/**
 * A respondent group (调查对象类别), one of {@link SURVEY_GROUPS}.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const group: SurveyGroup = 'deputies'; // 人大代表、政协委员
 * ```
 */
export type SurveyGroup = (typeof SURVEY_GROUPS)[number];

/**
 * The areas (城乡分类) a respondent lives in, after the statistical urban–rural division: urban
 * (城区), town (镇区) and rural (乡村).
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * SURVEY_AREAS; //=> ['urban', 'town', 'rural']
 * ```
 */
export const SURVEY_AREAS = ['urban', 'town', 'rural'] as const;

/**
 * An area (城乡分类), one of {@link SURVEY_AREAS}.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const area: SurveyArea = 'rural'; // 乡村
 * ```
 */
export type SurveyArea = (typeof SURVEY_AREAS)[number];

/**
 * Size limits of a survey document (调查数据规模上限), far above any real county survey (1.5 ‰ of the
 * most populous county, about 3 million residents, is 4,500 questionnaires) and low enough that
 * every count stays exact: at most 1,000,000 respondents in all, 100 questions, 20 answer options.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * SURVEY_LIMITS.respondents; //=> 1000000
 * ```
 */
export const SURVEY_LIMITS = {
  /** Most respondents in one survey (the sum over cells, or the length of `respondents`). */
  respondents: 1_000_000,
  /** Most questions answered in one cell or by one respondent. */
  questions: 100,
  /** Most answer options in the rules' scale. */
  options: 20,
} as const;

const groupSchema: z.ZodMiniType<SurveyGroup> = /* @__PURE__ */ z.enum(SURVEY_GROUPS);

const GROUP_ZH: Readonly<Record<SurveyGroup, string>> = {
  parents: '学生家长',
  students: '学生',
  teachers: '教师',
  principals: '校（园）长',
  deputies: '人大代表、政协委员',
  residents: '其他群众',
};
const areaSchema: z.ZodMiniType<SurveyArea> = /* @__PURE__ */ z.enum(SURVEY_AREAS);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function countNumber(value: Quantity): number {
  return typeof value === 'number' ? value : Number(value.toString());
}

// A record keyed by question id with at most SURVEY_LIMITS.questions keys.
function questionsRecord<T extends z.ZodMiniType>(value: T) {
  return refineWith(recordOf(idSchema, value), (record: unknown, ctx) => {
    if (!isRecord(record)) return;
    const size = Object.keys(record).length;
    if (size > SURVEY_LIMITS.questions) {
      addDudaoIssue(ctx, [], {
        code: 'too-big',
        message: `must have at most ${SURVEY_LIMITS.questions} questions (got ${size})`,
        messageZh: `题目不能超过 ${SURVEY_LIMITS.questions} 道（实际为 ${size} 道）`,
      });
    }
  });
}

/**
 * The sampling frame (抽样框) of a county: its resident population (常住人口, > 0) and how that
 * population divides between urban (城区), town (镇区) and rural (乡村) areas (counts; at least one
 * above 0). The areas' own total sets the proportions, so figures from a census table that do
 * not add up exactly to `population` are accepted. Codes: `not-positive` at `population` or
 * `areas`.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * parseWithSchema(surveyFrameSchema, {
 *   population: 400000,
 *   areas: { urban: 160000, town: 80000, rural: 160000 },
 * }).population; //=> 400000
 * ```
 */
export const surveyFrameSchema = /* @__PURE__ */ refineWith(
  z.strictObject({
    /** 常住人口 */
    population: countSchema,
    /** 城区、镇区、乡村常住人口 */
    areas: z.strictObject({
      /** 城区 */
      urban: countSchema,
      /** 镇区 */
      town: countSchema,
      /** 乡村 */
      rural: countSchema,
    }),
  }),
  (value: unknown, ctx) => {
    if (!isRecord(value)) return;
    if (isCount(value.population) && compareQuantities(value.population, 0) === 0) {
      addDudaoIssue(ctx, ['population'], {
        code: 'not-positive',
        message: 'the resident population must be greater than 0 (got 0)',
        messageZh: '常住人口必须大于 0（实际为 0）',
      });
    }
    const areas = value.areas;
    if (!isRecord(areas)) return;
    const counts = SURVEY_AREAS.map((area) => areas[area]);
    if (counts.every((count) => isCount(count) && compareQuantities(count, 0) === 0)) {
      addDudaoIssue(ctx, ['areas'], {
        code: 'not-positive',
        message: 'at least one of urban, town and rural population must be greater than 0',
        messageZh: '城区、镇区、乡村常住人口至少有一项大于 0',
      });
    }
  },
);

/**
 * A county's sampling frame (抽样框): resident population and its urban/town/rural division.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const frame: SurveyFrame = { population: 400000, areas: { urban: 160000, town: 80000, rural: 160000 } };
 * ```
 */
export interface SurveyFrame extends z.infer<typeof surveyFrameSchema> {}

/**
 * One cell of an aggregated survey (汇总数据): the respondents of one group in one area and, for
 * each question, how many chose each answer option (`answers[questionId][optionId]`). A
 * respondent may skip a question, so a question's counts may add up to less than `respondents`,
 * never to more (code `answers-exceed-respondents`).
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * parseWithSchema(surveyCellSchema, {
 *   group: 'parents', area: 'urban', respondents: 120,
 *   answers: { overall: { satisfied: 80, 'fairly-satisfied': 30, neutral: 6, dissatisfied: 4 } },
 * }).respondents; //=> 120
 * ```
 */
export const surveyCellSchema = /* @__PURE__ */ refineWith(
  z.strictObject({
    /** 调查对象类别 */
    group: groupSchema,
    /** 城区、镇区或乡村 */
    area: areaSchema,
    /** 有效问卷数（人） */
    respondents: countSchema,
    /** 各题各选项人数 */
    answers: questionsRecord(recordOf(idSchema, countSchema)),
  }),
  (value: unknown, ctx) => {
    if (!isRecord(value) || !isCount(value.respondents) || !isRecord(value.answers)) return;
    const respondents = countNumber(value.respondents);
    for (const [question, options] of Object.entries(value.answers)) {
      if (!isRecord(options)) continue;
      let sum = 0;
      for (const count of Object.values(options)) if (isCount(count)) sum += countNumber(count);
      if (sum > respondents) {
        addDudaoIssue(ctx, ['answers', question], {
          code: 'answers-exceed-respondents',
          message: `question "${question}" has ${sum} answers but the cell has ${respondents} respondents`,
          messageZh: `第 "${question}" 题共有 ${sum} 个回答，但该类别只有 ${respondents} 名调查对象`,
        });
      }
    }
  },
);

/**
 * One cell of an aggregated survey (汇总数据的一格).
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const cell: SurveyCell = { group: 'teachers', area: 'rural', respondents: 30, answers: { overall: { satisfied: 27, dissatisfied: 3 } } };
 * ```
 */
export interface SurveyCell extends z.infer<typeof surveyCellSchema> {}

/**
 * One respondent's questionnaire (单份问卷): group, area and the option chosen for each question
 * answered (`answers[questionId] = optionId`), with an optional id (问卷编号).
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * parseWithSchema(surveyRespondentSchema, { group: 'parents', area: 'rural', answers: { overall: 'satisfied' } }).area; //=> 'rural'
 * ```
 */
export const surveyRespondentSchema = /* @__PURE__ */ z.strictObject({
  /** 问卷编号 */
  id: z.optional(idSchema),
  /** 调查对象类别 */
  group: groupSchema,
  /** 城区、镇区或乡村 */
  area: areaSchema,
  /** 各题所选选项 */
  answers: questionsRecord(idSchema),
});

/**
 * One respondent's questionnaire (单份问卷).
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const one: SurveyRespondent = { group: 'deputies', area: 'urban', answers: { overall: 'fairly-satisfied' } };
 * ```
 */
export interface SurveyRespondent extends z.infer<typeof surveyRespondentSchema> {}

const CELL_LIST_LIMIT = 1000;

function validExceedsIssued(
  ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void },
  valid: number,
  issued: Quantity,
): void {
  addDudaoIssue(ctx, ['issued'], {
    code: 'valid-exceeds-issued',
    message: `${valid} valid questionnaires cannot exceed the ${String(issued)} issued`,
    messageZh: `有效问卷 ${valid} 份不能多于发放的 ${String(issued)} 份`,
  });
}

/**
 * A social-recognition survey document (社会认可度调查数据), `schemaVersion: 1`: the county, the
 * year (optional), the sampling frame, and the answers in exactly one of two forms (code
 * `survey-form` otherwise):
 * - `cells`: counts per group × area × question × option, as questionnaire platforms export them
 *   (one cell per group and area: code `duplicate-cell` for a repeat);
 * - `respondents`: one record per valid questionnaire.
 *
 * `issued` (optional) is the number of questionnaires handed out, for the valid-return check; the
 * valid ones cannot exceed it (code `valid-exceeds-issued`).
 * At most 1,000,000 respondents in all ({@link SURVEY_LIMITS}, code `too-big`). Option ids are
 * checked against the rules' scale when the survey is assessed.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const survey = parseWithSchema(recognitionSurveySchema, {
 *   schemaVersion: 1,
 *   county: { code: '610328', name: '示例县' },
 *   frame: { population: 400000, areas: { urban: 160000, town: 80000, rural: 160000 } },
 *   respondents: [{ group: 'parents', area: 'urban', answers: { overall: 'satisfied' } }],
 * });
 * survey.respondents?.length; //=> 1
 * ```
 */
export const recognitionSurveySchema = /* @__PURE__ */ refineWith(
  z.strictObject({
    /** 数据格式版本 */
    schemaVersion: schemaVersionSchema,
    /** 被调查县 */
    county: countySchema,
    /** 调查年度 */
    year: z.optional(yearSchema),
    /** 抽样框 */
    frame: surveyFrameSchema,
    /** 发放问卷数（可选）：有效问卷回收率的分母 */
    issued: z.optional(countSchema),
    /** 汇总数据：类别 × 城乡 × 题目 × 选项 */
    cells: z.optional(z.array(surveyCellSchema).check(z.maxLength(CELL_LIST_LIMIT))),
    /** 逐份问卷 */
    respondents: z.optional(z.array(surveyRespondentSchema).check(z.maxLength(SURVEY_LIMITS.respondents))),
  }),
  (value: unknown, ctx) => {
    if (!isRecord(value)) return;
    const hasCells = value.cells !== undefined;
    const hasRespondents = value.respondents !== undefined;
    if (hasCells === hasRespondents) {
      addDudaoIssue(ctx, [], {
        code: 'survey-form',
        message: hasCells
          ? 'give the answers either as "cells" (counts) or as "respondents" (one per questionnaire), not both'
          : 'the answers are missing: give "cells" (counts per group and area) or "respondents" (one per questionnaire)',
        messageZh: hasCells
          ? '答卷只能以 "cells"（汇总人数）或 "respondents"（逐份问卷）之一给出，不能同时给出'
          : '缺少答卷：请给出 "cells"（按类别和城乡汇总的人数）或 "respondents"（逐份问卷）',
      });
    }
    if (
      Array.isArray(value.respondents) &&
      isCount(value.issued) &&
      value.respondents.length > countNumber(value.issued)
    )
      validExceedsIssued(ctx, value.respondents.length, value.issued);
    if (!Array.isArray(value.cells)) return;
    const seen = new Map<string, number>();
    let total = 0;
    value.cells.forEach((cell: unknown, index) => {
      if (!isRecord(cell)) return;
      if (isCount(cell.respondents)) total += countNumber(cell.respondents);
      if (typeof cell.group !== 'string' || typeof cell.area !== 'string') return;
      const key = `${cell.group}/${cell.area}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, index);
        return;
      }
      addDudaoIssue(ctx, ['cells', index], {
        code: 'duplicate-cell',
        message: `group "${cell.group}" in area "${cell.area}" is given twice (first at index ${first})`,
        messageZh: `类别 "${cell.group}" 与城乡 "${cell.area}" 的数据重复（首次出现在第 ${first} 项）`,
      });
    });
    if (isCount(value.issued) && total > countNumber(value.issued))
      validExceedsIssued(ctx, total, value.issued);
    if (total > SURVEY_LIMITS.respondents) {
      addDudaoIssue(ctx, ['cells'], {
        code: 'too-big',
        message: `must have at most ${SURVEY_LIMITS.respondents} respondents in all (got ${total})`,
        messageZh: `调查对象总数不能超过 ${SURVEY_LIMITS.respondents}（实际为 ${total}）`,
      });
    }
  },
);

/**
 * A social-recognition survey document (社会认可度调查数据).
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const survey: RecognitionSurvey = {
 *   schemaVersion: 1,
 *   county: { code: '610328', name: '示例县' },
 *   frame: { population: 400000, areas: { urban: 160000, town: 80000, rural: 160000 } },
 *   cells: [{ group: 'parents', area: 'urban', respondents: 2, answers: { overall: { satisfied: 2 } } }],
 * };
 * ```
 */
export interface RecognitionSurvey extends z.infer<typeof recognitionSurveySchema> {}

// ── Rules ──────────────────────────────────────────────────────────────────────────────────────

const shareSchema = /* @__PURE__ */ valueSchema(isShare, describeShare);

function describePercent(input: unknown): BilingualProblem {
  if (isNonNegativeDecimal(input)) {
    return {
      code: 'out-of-range',
      message: `must be a percentage from 0 to 100 (got ${String(input)})`,
      messageZh: `必须是 0 到 100 之间的百分数（实际为 ${String(input)}）`,
    };
  }
  return describeShare(input);
}

function isPercent(input: unknown): input is Quantity {
  return isNonNegativeDecimal(input) && compareQuantities(input, 100) <= 0;
}

const percentSchema = /* @__PURE__ */ valueSchema(isPercent, describePercent);

const groupRuleSchema = /* @__PURE__ */ z.strictObject({
  /** 计划占比 (0–1) */
  share: shareSchema,
  /** 最低占比 (0–1)，null 表示不检查 */
  minShare: z.nullable(shareSchema),
});

const groupRulesSchema = /* @__PURE__ */ z.strictObject({
  /** 学生家长 */
  parents: groupRuleSchema,
  /** 学生 */
  students: groupRuleSchema,
  /** 教师 */
  teachers: groupRuleSchema,
  /** 校（园）长 */
  principals: groupRuleSchema,
  /** 人大代表、政协委员 */
  deputies: groupRuleSchema,
  /** 其他群众 */
  residents: groupRuleSchema,
});

const groupChangeSchema = /* @__PURE__ */ z.optional(
  z.strictObject({
    /** 计划占比 (0–1) */
    share: z.optional(shareSchema),
    /** 最低占比 (0–1)，null 表示不检查 */
    minShare: z.optional(z.nullable(shareSchema)),
  }),
);

const optionSchema = /* @__PURE__ */ z.strictObject({
  /** 选项编号 */
  id: idSchema,
  /** 选项名称 */
  name: labelSchema,
  /** 计为满意、不满意，或不计入（如"不了解"） */
  counts: z.enum(['satisfied', 'not-satisfied', 'excluded']) as z.ZodMiniType<
    'satisfied' | 'not-satisfied' | 'excluded'
  >,
});

const sourceSchema = /* @__PURE__ */ z.strictObject({
  /** The rule it supports, e.g. `sampling.rate`. */
  rule: nameSchema,
  /** The document or page. */
  source: longTextSchema.check(z.minLength(1)),
  /** How well attested: high, medium or low. */
  confidence: z.enum(['high', 'medium', 'low']) as z.ZodMiniType<'high' | 'medium' | 'low'>,
  /** What is attested nationally and what is provincial practice. */
  note: z.optional(longTextSchema),
});

const ruleFields = {
  /** 规则编号 */
  id: idSchema,
  /** 规则名称 */
  name: labelSchema,
  /** 样本量：常住人口 × rate，不少于 minimum，不多于 maximum */
  sampling: z.strictObject({
    /** 抽样比例 (e.g. "0.0015" = 1.5 ‰) */
    rate: shareSchema,
    /** 最少问卷数 */
    minimum: countSchema,
    /** 最多问卷数，null 表示不限 */
    maximum: z.nullable(countSchema),
  }),
  /** 各类调查对象的计划占比与最低占比 */
  groups: groupRulesSchema,
  /** 城乡样本占比与人口占比之差的上限 (0–1) */
  areaTolerance: shareSchema,
  /** 有效问卷回收率下限 (0–1)，null 表示不检查；调查数据给出发放数时才检查 */
  minReturnRate: z.nullable(shareSchema),
  /** 答案选项及其计分 */
  options: listWithUniqueIds(optionSchema, { en: 'option', zh: '选项' }).check(
    z.minLength(1),
    z.maxLength(SURVEY_LIMITS.options),
  ),
  /** 认可度达标线，百分数 */
  threshold: percentSchema,
  /** 总体满意度所依据的题目；null 表示全部题目合计 */
  overallQuestion: z.nullable(idSchema),
  /** 依据 */
  sources: z.array(sourceSchema).check(z.maxLength(100)),
};

// The cross-field rules of a complete rules object.
function checkRules(value: unknown, ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void }): void {
  if (!isRecord(value)) return;
  const groups = value.groups;
  if (isRecord(groups)) {
    let complete = true;
    const shares: string[] = [];
    for (const group of SURVEY_GROUPS) {
      const rule = groups[group];
      if (!isRecord(rule) || !isShare(rule.share)) {
        complete = false;
        continue;
      }
      shares.push(String(rule.share));
      if (isShare(rule.minShare) && compareQuantities(rule.minShare, rule.share) > 0) {
        addDudaoIssue(ctx, ['groups', group, 'minShare'], {
          code: 'min-above-share',
          message: `the minimum share of ${group} (${String(rule.minShare)}) is above its planned share (${String(rule.share)})`,
          messageZh: `${GROUP_ZH[group]}的最低占比（${String(rule.minShare)}）高于其计划占比（${String(rule.share)}）`,
        });
      }
    }
    if (complete) {
      let sum = RATIONAL_ZERO;
      for (const group of SURVEY_GROUPS) {
        sum = addRational(sum, rationalFromDecimal((groups[group] as { share: Quantity }).share));
      }
      if (compareRational(sum, rational(1n)) !== 0) {
        addDudaoIssue(ctx, ['groups'], {
          code: 'shares-not-one',
          message: `the planned shares of the groups must add up to 1 (got ${shares.join(' + ')})`,
          messageZh: `各类调查对象的计划占比之和必须为 1（实际为 ${shares.join(' + ')}）`,
        });
      }
    }
  }
  const options = value.options;
  if (Array.isArray(options) && options.length > 0) {
    if (!options.some((option: unknown) => isRecord(option) && option.counts === 'satisfied')) {
      addDudaoIssue(ctx, ['options'], {
        code: 'no-satisfied-option',
        message: 'at least one answer option must count as satisfied',
        messageZh: '至少要有一个选项计为满意',
      });
    }
  }
  const sampling = value.sampling;
  if (isRecord(sampling) && isCount(sampling.minimum) && isCount(sampling.maximum)) {
    if (compareQuantities(sampling.maximum, sampling.minimum) < 0) {
      addDudaoIssue(ctx, ['sampling', 'maximum'], {
        code: 'invalid-range',
        message: `the maximum sample (${String(sampling.maximum)}) is below the minimum (${String(sampling.minimum)})`,
        messageZh: `样本量上限（${String(sampling.maximum)}）低于下限（${String(sampling.minimum)}）`,
      });
    }
  }
}

/**
 * The sampling and scoring rules of a social-recognition survey (社会认可度调查规则), as data:
 * sample size (resident population × `rate`, at least `minimum`, at most `maximum`), the planned
 * share of each respondent group and the minimum share checked (parents ≥ 50 %), how far each
 * area's share of the sample may stray from its share of the population (`areaTolerance`), the
 * answer options and whether each counts as satisfied, not satisfied or is left out (不了解), the
 * threshold (percent), the question the overall figure rests on (`null`: every question pooled),
 * and the sources. Codes: `shares-not-one` (planned shares must add up to exactly 1),
 * `min-above-share`, `no-satisfied-option`, `invalid-range` (maximum below minimum),
 * `duplicate-id` (two options with one id).
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * parseWithSchema(surveyRulesSchema, SURVEY_RULES).id; //=> 'national-default'
 * ```
 */
export const surveyRulesSchema = /* @__PURE__ */ refineWith(z.strictObject(ruleFields), checkRules);

/**
 * The rules of a social-recognition survey (社会认可度调查规则). See {@link SURVEY_RULES} for the
 * national defaults.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const rules: SurveyRules = SURVEY_RULES;
 * rules.sampling.rate; //=> '0.0015'
 * ```
 */
export interface SurveyRules extends z.infer<typeof surveyRulesSchema> {}

/**
 * A provincial variant of the survey rules (省级调查规则) as changes to a base: a new `id` and
 * `name` (required, so a variant is never taken for the national rules) and any of the other
 * fields. `sampling` and each group's entry in `groups` may be partial; `options` replaces the
 * scale whole; `sources` are added to the base's. The merged rules are validated again by
 * {@link customizeSurveyRules}.
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * parseWithSchema(surveyRulesOverrideSchema, {
 *   id: 'gs-2013', name: { zh: '甘肃省', en: 'Gansu' },
 *   sampling: { minimum: 600 },
 *   groups: { parents: { share: '0.6' }, residents: { share: '0' } },
 * }).id; //=> 'gs-2013'
 * ```
 */
export const surveyRulesOverrideSchema = /* @__PURE__ */ z.strictObject({
  /** 新规则编号 */
  id: idSchema,
  /** 新规则名称 */
  name: labelSchema,
  /** 样本量的改动 */
  sampling: z.optional(
    z.strictObject({
      /** 抽样比例 */
      rate: z.optional(shareSchema),
      /** 最少问卷数 */
      minimum: z.optional(countSchema),
      /** 最多问卷数，null 表示不限 */
      maximum: z.optional(z.nullable(countSchema)),
    }),
  ),
  /** 各类调查对象占比的改动 */
  groups: z.optional(
    z.strictObject({
      /** 学生家长 */
      parents: groupChangeSchema,
      /** 学生 */
      students: groupChangeSchema,
      /** 教师 */
      teachers: groupChangeSchema,
      /** 校（园）长 */
      principals: groupChangeSchema,
      /** 人大代表、政协委员 */
      deputies: groupChangeSchema,
      /** 其他群众 */
      residents: groupChangeSchema,
    }),
  ),
  /** 城乡占比允许偏差 */
  areaTolerance: z.optional(shareSchema),
  /** 有效问卷回收率下限 */
  minReturnRate: z.optional(z.nullable(shareSchema)),
  /** 答案选项（整体替换） */
  options: z.optional(ruleFields.options),
  /** 达标线，百分数 */
  threshold: z.optional(percentSchema),
  /** 总体满意度所依据的题目 */
  overallQuestion: z.optional(z.nullable(idSchema)),
  /** 补充的依据 */
  sources: z.optional(z.array(sourceSchema).check(z.maxLength(100))),
});

/**
 * A provincial variant of the survey rules, as changes to a base (省级调查规则).
 *
 * @category Social recognition survey
 * @example
 * ```ts
 * const henan: SurveyRulesOverride = { id: 'ha-2022', name: { zh: '河南省', en: 'Henan' }, sampling: { rate: '0.001' } };
 * ```
 */
export interface SurveyRulesOverride extends z.infer<typeof surveyRulesOverrideSchema> {}
