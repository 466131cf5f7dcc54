/**
 * The vocabulary of indicator sets: `Indicator`, `IndicatorSet` and their parts. The types are
 * inferred from the zod schemas in `schema/indicator-set.ts`, so what TypeScript accepts and what
 * a JSON file must contain are the same thing.
 * @module
 */
import type * as z from 'zod/mini';
import type {
  comparatorSchema,
  customizationSchema,
  indicatorSchema,
  indicatorSetRulesSchema,
  indicatorSetSchema,
  labelSchema,
  programmeSchema,
  scopeSchema,
  stageSchema,
  thresholdsSchema,
  variationRuleSchema,
} from '../schema/indicator-set.js';

/**
 * A text in Chinese (zh-CN) and English.
 * @category Indicators
 * @example
 * ```ts
 * const name: Label = { zh: '社会认可度', en: 'social recognition' };
 * ```
 */
export interface Label extends z.infer<typeof labelSchema> {}

/**
 * A supervision programme: `compulsory-basic` (2012), `compulsory-quality` (2017), `preschool`
 * (2020) or `supervision-reform` (2020).
 * @category Indicators
 * @example
 * ```ts
 * const programme: Programme = 'compulsory-quality';
 * ```
 */
export type Programme = z.infer<typeof programmeSchema>;

/**
 * A stage (学段): `primary` (小学), `junior` (初中) or `kindergarten` (幼儿园).
 * @category Indicators
 * @example
 * ```ts
 * const stage: Stage = 'junior';
 * ```
 */
export type Stage = z.infer<typeof stageSchema>;

/**
 * How a value meets its threshold: `gte` (≥), `gt` (>), `lte` (≤), `lt` (<), `eq` (=), `bool` (a
 * judgement that holds or not) or `none` (measured, compared only through the CV rule).
 * @category Indicators
 * @example
 * ```ts
 * const atLeast: Comparator = 'gte';
 * ```
 */
export type Comparator = z.infer<typeof comparatorSchema>;

/**
 * Where an indicator is measured: at each `institution` (school section or kindergarten) or once
 * for the `county`.
 * @category Indicators
 * @example
 * ```ts
 * const scope: Scope = 'institution';
 * ```
 */
export type Scope = z.infer<typeof scopeSchema>;

/**
 * Thresholds as decimal strings, keyed by stage; `all` holds for every stage without its own.
 * @category Indicators
 * @example
 * ```ts
 * const qualifiedTeachers: Thresholds = { primary: '4.2', junior: '5.3' };
 * ```
 */
export interface Thresholds extends z.infer<typeof thresholdsSchema> {}

/**
 * One indicator: plain, serialisable data. How its value is computed lives in the metric registry
 * (`metric`), so a province can change thresholds and wording without code.
 * @category Indicators
 * @example
 * ```ts
 * const indicator = compulsoryQuality2017.indicators.find((i) => i.id === 'key-teachers-per-100');
 * indicator?.thresholds; //=> { primary: '1', junior: '1' }
 * ```
 */
export interface Indicator extends z.infer<typeof indicatorSchema> {}

/**
 * A set's rule for the inter-school coefficient of variation (差异系数): each indicator on its own
 * (2017) or the mean of several (composite, 2012), with limits per stage.
 * @category Indicators
 * @example
 * ```ts
 * compulsoryQuality2017.rules.variation?.limits; //=> { primary: '0.50', junior: '0.45' }
 * ```
 */
export interface VariationRule extends z.infer<typeof variationRuleSchema> {}

/**
 * The rules of a set beside its indicators: the 6-of-7 rule (`minMet`, `floorRatio`), the CV
 * rule, which schools are excluded, and the weights for splitting whole-school stock.
 * @category Indicators
 * @example
 * ```ts
 * compulsoryQuality2017.rules.minMet; //=> 6
 * ```
 */
export interface IndicatorSetRules extends z.infer<typeof indicatorSetRulesSchema> {}

/**
 * One change recorded by `customizeIndicatorSet`.
 * @category Indicators
 * @example
 * ```ts
 * const change: Customization = { kind: 'threshold', target: 'gross-enrolment', from: { all: '85' }, to: { all: '90' } };
 * ```
 */
export interface Customization extends z.infer<typeof customizationSchema> {}

/**
 * An indicator set: a versioned list of indicators with its rules, such as
 * `compulsory-quality-2017`.
 * @category Indicators
 * @example
 * ```ts
 * const set: IndicatorSet = compulsoryQuality2017;
 * set.id; //=> 'compulsory-quality-2017'
 * ```
 */
export interface IndicatorSet extends Omit<z.infer<typeof indicatorSetSchema>, 'rules' | 'indicators'> {
  /** The set's rules. */
  rules: IndicatorSetRules;
  /** The indicators. */
  indicators: Indicator[];
}
