/**
 * The zod contract for indicator sets, so that a province can ship its own set as JSON and have
 * it checked before any county is assessed. The TypeScript types of `indicators/` are inferred
 * from these schemas, so the contract is written once.
 * @module
 */
import * as z from 'zod/mini';
import { QUANTITY_LIMITS, TEXT_LIMITS } from './common.js';
import { addDudaoIssue } from './parse.js';

// A published standard has a few significant digits. At most 15 (DBL_DIG) guarantees that the
// number a result shows for a threshold, limit or ratio stands exactly for it, so that
// `new Decimal(result.threshold)` is the threshold decided on.
const MAX_SIGNIFICANT = 15;

function significantDigits(text: string): number {
  return text.replace(/^[+-]/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length;
}

const decimalString = z.string().check(
  z.maxLength(QUANTITY_LIMITS.stringLength),
  z.regex(/^[+-]?(?:\d+\.?\d*|\.\d+)$/, { message: 'must be a decimal string such as "4.2"' }),
  z.superRefine((text, ctx) => {
    if (significantDigits(text) > MAX_SIGNIFICANT)
      addDudaoIssue(ctx, [], {
        code: 'too-precise',
        message: `must have at most ${MAX_SIGNIFICANT} significant digits (got ${text.length > 40 ? `${text.slice(0, 40)}…` : text})`,
        messageZh: `有效数字不得超过 ${MAX_SIGNIFICANT} 位（实际为 ${text.length > 40 ? `${text.slice(0, 40)}…` : text}）`,
      });
  }),
);

/**
 * A label in both languages.
 * @category Indicators
 * @example
 * ```ts
 * labelSchema.parse({ zh: '社会认可度', en: 'social recognition' }).en; //=> 'social recognition'
 * ```
 */
export const labelSchema = z.object({
  /** Chinese (zh-CN). */
  zh: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.name)),
  /** English. */
  en: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.name)),
});

/**
 * The programmes dudao knows.
 * @category Indicators
 * @example
 * ```ts
 * programmeSchema.parse('preschool'); //=> 'preschool'
 * ```
 */
export const programmeSchema: z.ZodMiniType<
  'compulsory-basic' | 'compulsory-quality' | 'preschool' | 'supervision-reform'
> = z.enum(['compulsory-basic', 'compulsory-quality', 'preschool', 'supervision-reform']);

/**
 * Stages an indicator can apply to.
 * @category Indicators
 * @example
 * ```ts
 * stageSchema.parse('junior'); //=> 'junior'
 * ```
 */
export const stageSchema: z.ZodMiniType<'primary' | 'junior' | 'kindergarten'> = z.enum([
  'primary',
  'junior',
  'kindergarten',
]);

/**
 * How a value is compared with its threshold.
 * @category Indicators
 * @example
 * ```ts
 * comparatorSchema.safeParse('gte').success; //=> true
 * ```
 */
export const comparatorSchema: z.ZodMiniType<'gte' | 'gt' | 'lte' | 'lt' | 'eq' | 'bool' | 'none'> = z.enum([
  'gte',
  'gt',
  'lte',
  'lt',
  'eq',
  'bool',
  'none',
]);

/**
 * Where an indicator is measured.
 * @category Indicators
 * @example
 * ```ts
 * scopeSchema.parse('county'); //=> 'county'
 * ```
 */
export const scopeSchema: z.ZodMiniType<'institution' | 'county'> = z.enum(['institution', 'county']);

/**
 * How sure the standards file is of an indicator (see standards.md, "How to read this file").
 * @category Indicators
 * @example
 * ```ts
 * confidenceSchema.parse('medium'); //=> 'medium'
 * ```
 */
export const confidenceSchema: z.ZodMiniType<
  'high' | 'medium-high' | 'medium' | 'medium-low' | 'low-medium' | 'low'
> = z.enum(['high', 'medium-high', 'medium', 'medium-low', 'low-medium', 'low']);

/**
 * Thresholds keyed by stage, with `all` for one value that holds for every stage.
 * @category Indicators
 * @example
 * ```ts
 * thresholdsSchema.parse({ primary: '4.2', junior: '5.3' }).junior; //=> '5.3'
 * ```
 */
export const thresholdsSchema = z.strictObject({
  /** For every stage without its own threshold. */
  all: z.optional(decimalString),
  /** Primary (小学). */
  primary: z.optional(decimalString),
  /** Junior secondary (初中). */
  junior: z.optional(decimalString),
  /** Kindergarten (幼儿园). */
  kindergarten: z.optional(decimalString),
});

/**
 * One indicator of a set: plain, serialisable data.
 * @category Indicators
 * @example
 * ```ts
 * indicatorSchema.safeParse(compulsoryQuality2017.indicators[0]).success; //=> true
 * ```
 */
export const indicatorSchema = z.strictObject({
  /** Stable kebab-case id, e.g. `key-teachers-per-100`. */
  id: z
    .string()
    .check(
      z.maxLength(TEXT_LIMITS.id),
      z.regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be a kebab-case id' }),
    ),
  /** Name in Chinese and English. */
  name: labelSchema,
  /** A longer description. */
  description: z.optional(labelSchema),
  /** The programme it belongs to. */
  programme: programmeSchema,
  /** The aspect, e.g. `resource-allocation`, `government-guarantee`, `education-quality`, `social-recognition`, `veto`, `precondition`. */
  aspect: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id)),
  /** The item of the standard it belongs to, when an item has several checks (15 government-guarantee items). */
  item: z.optional(z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id))),
  /** Measured per institution or once for the county. */
  scope: scopeSchema,
  /** The stages it applies to (empty: the county as a whole). */
  stages: z.array(stageSchema),
  /** The metric id in the registry that computes its value. */
  metric: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id)),
  /** How the value meets the threshold. */
  comparator: comparatorSchema,
  /** Thresholds as decimal strings, per stage. */
  thresholds: thresholdsSchema,
  /** The unit of the value. */
  unit: z.optional(labelSchema),
  /** Failing it fails the county whatever else holds (一票否决). */
  veto: z.optional(z.boolean()),
  /** Reported for reference only; does not decide the verdict. */
  advisory: z.optional(z.boolean()),
  /**
   * The threshold is a provincial parameter that the national text does not fix: the set may
   * leave `thresholds` empty, and then a figure leaves the indicator unknown until a provincial
   * set supplies one (a judgement `{ met }` on evidence still decides it).
   */
  provincialThreshold: z.optional(z.boolean()),
  /** Counts towards the set's `minMet` rule (the 7 resource indicators of 2017). */
  countsTowardsMinMet: z.optional(z.boolean()),
  /** Other ids accepted as keys of `countyFacts` and `vetoes`. */
  aliases: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id)))),
  /** Where the indicator comes from. */
  source: z.strictObject({
    /** The document, e.g. 教督〔2017〕6号. */
    document: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.name)),
    /** The article or table row. */
    clause: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.text))),
    /** How sure the sources are. */
    confidence: z.optional(confidenceSchema),
    /** Anything a reader should know. */
    note: z.optional(z.string().check(z.maxLength(TEXT_LIMITS.text))),
  }),
});

/**
 * The inter-school coefficient-of-variation rule of a set.
 * @category Indicators
 * @example
 * ```ts
 * variationRuleSchema.parse(compulsoryBasic2012.rules.variation).method; //=> 'composite'
 * ```
 */
export const variationRuleSchema = z.strictObject({
  /** Each indicator on its own (2017) or the mean of the single CVs (2012). */
  method: z.enum(['per-indicator', 'composite']) as z.ZodMiniType<'per-indicator' | 'composite'>,
  /** The indicators whose CV is computed. */
  indicators: z.array(z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id))).check(z.minLength(1)),
  /** CV limits per stage. */
  limits: thresholdsSchema,
  /** Compare the CV rounded half up to this many decimals, where official practice does. */
  compareRounded: z.optional(z.number().check(z.int(), z.gte(0), z.lte(20))),
});

/**
 * Weights for dividing whole-school stock between sections by weighted pupils.
 * @category Indicators
 * @example
 * ```ts
 * splitWeightsSchema.parse({ primary: '1', junior: '1.1', senior: '1.32', completeSecondarySenior: '1.2' }).junior; //=> '1.1'
 * ```
 */
export const splitWeightsSchema = z.strictObject({
  /** Weight of a primary pupil (1). */
  primary: decimalString,
  /** Weight of a junior pupil (1.1). */
  junior: decimalString,
  /** Weight of a senior pupil in twelve-year schools (1.32). */
  senior: decimalString,
  /** Weight of a senior pupil in complete secondary schools, junior = 1 (1.2). */
  completeSecondarySenior: decimalString,
});

/**
 * The set's rules beside its indicators.
 * @category Indicators
 * @example
 * ```ts
 * indicatorSetRulesSchema.parse(compulsoryQuality2017.rules).minMet; //=> 6
 * ```
 */
export const indicatorSetRulesSchema = z.strictObject({
  /** How many counted indicators each school section must meet (6). */
  minMet: z.optional(z.number().check(z.int(), z.gte(0))),
  /** The floor for unmet counted indicators, as a share of the threshold (0.85). */
  floorRatio: z.optional(decimalString),
  /** The inter-school CV rule. */
  variation: z.optional(variationRuleSchema),
  /** School kinds left out of the institution indicators and the CV. */
  excludeKinds: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id)))),
  /** Teaching points below this many pupils are left out (`all`: every teaching point). */
  excludeTeachingPointsBelow: z.optional(z.union([z.number().check(z.int(), z.gte(0)), z.literal('all')])),
  /** Weights for splitting whole-school stock. */
  splitWeights: z.optional(splitWeightsSchema),
});

/**
 * A record of one change made by `customizeIndicatorSet`.
 * @category Indicators
 * @example
 * ```ts
 * customizationSchema.parse({ kind: 'drop', target: 'class-size' }).kind; //=> 'drop'
 * ```
 */
export const customizationSchema = z.strictObject({
  /** What changed. */
  kind: z.enum(['threshold', 'name', 'rule', 'add', 'drop', 'indicator']) as z.ZodMiniType<
    'threshold' | 'name' | 'rule' | 'add' | 'drop' | 'indicator'
  >,
  /** The indicator id or rule name changed. */
  target: z.string().check(z.maxLength(TEXT_LIMITS.id)),
  /** The value before. */
  from: z.optional(z.unknown()),
  /** The value after. */
  to: z.optional(z.unknown()),
});

/**
 * An indicator set: a versioned list of indicators with its rules.
 * @category Indicators
 * @example
 * ```ts
 * indicatorSetSchema.safeParse(compulsoryQuality2017).success; //=> true
 * ```
 */
export const indicatorSetSchema = z.strictObject({
  /** Stable kebab-case id, e.g. `compulsory-quality-2017`. */
  id: z
    .string()
    .check(
      z.maxLength(TEXT_LIMITS.id),
      z.regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be a kebab-case id' }),
    ),
  /** Version of the set's data. */
  version: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.id)),
  /** Name in Chinese and English. */
  name: labelSchema,
  /** The programme. */
  programme: programmeSchema,
  /** The document the set encodes. */
  source: z.string().check(z.minLength(1), z.maxLength(TEXT_LIMITS.name)),
  /** The set a customised set was derived from. */
  basedOn: z.optional(
    z.strictObject({
      /** Its id. */
      id: z.string().check(z.maxLength(TEXT_LIMITS.id)),
      /** Its version. */
      version: z.string().check(z.maxLength(TEXT_LIMITS.id)),
    }),
  ),
  /** What the customisation changed. */
  changes: z.optional(z.array(customizationSchema)),
  /** The set's rules. */
  rules: indicatorSetRulesSchema,
  /** The indicators. */
  indicators: z.array(indicatorSchema).check(z.minLength(1)),
});
