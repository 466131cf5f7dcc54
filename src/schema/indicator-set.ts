/**
 * The zod contract for indicator sets, so that a province can ship its own set as JSON and have
 * it checked before any county is assessed. The TypeScript types of `indicators/` are inferred
 * from these schemas, so the contract is written once.
 * @module
 */
import { z } from 'zod';

const decimalString = z
  .string()
  .regex(/^[+-]?(?:\d+\.?\d*|\.\d+)$/, { message: 'must be a decimal string such as "4.2"' });

/** A label in both languages. */
export const labelSchema = z.object({ zh: z.string().min(1), en: z.string().min(1) });

/** The programmes dudao knows. */
export const programmeSchema = z.enum([
  'compulsory-basic',
  'compulsory-quality',
  'preschool',
  'supervision-reform',
]);

/** Stages an indicator can apply to. */
export const stageSchema = z.enum(['primary', 'junior', 'kindergarten']);

/** How a value is compared with its threshold. */
export const comparatorSchema = z.enum(['gte', 'gt', 'lte', 'lt', 'eq', 'bool', 'none']);

/** Where an indicator is measured. */
export const scopeSchema = z.enum(['institution', 'county']);

/** How sure the standards file is of an indicator (see standards.md, "How to read this file"). */
export const confidenceSchema = z.enum(['high', 'medium-high', 'medium', 'medium-low', 'low-medium', 'low']);

/** Thresholds keyed by stage, with `all` for one value that holds for every stage. */
export const thresholdsSchema = z
  .object({
    all: decimalString.optional(),
    primary: decimalString.optional(),
    junior: decimalString.optional(),
    kindergarten: decimalString.optional(),
  })
  .strict();

/** One indicator of a set: plain, serialisable data. */
export const indicatorSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be a kebab-case id' }),
    name: labelSchema,
    description: labelSchema.optional(),
    programme: programmeSchema,
    aspect: z.string().min(1),
    item: z.string().min(1).optional(),
    scope: scopeSchema,
    stages: z.array(stageSchema),
    metric: z.string().min(1),
    comparator: comparatorSchema,
    thresholds: thresholdsSchema,
    unit: labelSchema.optional(),
    veto: z.boolean().optional(),
    advisory: z.boolean().optional(),
    countsTowardsMinMet: z.boolean().optional(),
    aliases: z.array(z.string().min(1)).optional(),
    source: z
      .object({
        document: z.string().min(1),
        clause: z.string().optional(),
        confidence: confidenceSchema.optional(),
        note: z.string().optional(),
      })
      .strict(),
  })
  .strict();

/** The inter-school coefficient-of-variation rule of a set. */
export const variationRuleSchema = z
  .object({
    method: z.enum(['per-indicator', 'composite']),
    indicators: z.array(z.string().min(1)).min(1),
    limits: thresholdsSchema,
    compareRounded: z.number().int().min(0).max(20).optional(),
  })
  .strict();

/** Weights for dividing whole-school stock between sections by weighted pupils. */
export const splitWeightsSchema = z
  .object({
    primary: decimalString,
    junior: decimalString,
    senior: decimalString,
    completeSecondarySenior: decimalString,
  })
  .strict();

/** The set's rules beside its indicators. */
export const indicatorSetRulesSchema = z
  .object({
    minMet: z.number().int().min(0).optional(),
    floorRatio: decimalString.optional(),
    variation: variationRuleSchema.optional(),
    excludeKinds: z.array(z.string().min(1)).optional(),
    excludeTeachingPointsBelow: z.union([z.number().int().min(0), z.literal('all')]).optional(),
    splitWeights: splitWeightsSchema.optional(),
  })
  .strict();

/** A record of one change made by `customizeIndicatorSet`. */
export const customizationSchema = z
  .object({
    kind: z.enum(['threshold', 'name', 'rule', 'add', 'drop', 'indicator']),
    target: z.string(),
    from: z.unknown().optional(),
    to: z.unknown().optional(),
  })
  .strict();

/** An indicator set: a versioned list of indicators with its rules. */
export const indicatorSetSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must be a kebab-case id' }),
    version: z.string().min(1),
    name: labelSchema,
    programme: programmeSchema,
    source: z.string().min(1),
    basedOn: z.object({ id: z.string(), version: z.string() }).strict().optional(),
    changes: z.array(customizationSchema).optional(),
    rules: indicatorSetRulesSchema,
    indicators: z.array(indicatorSchema).min(1),
  })
  .strict();
