/**
 * Derives a provincial (or any local) variant of an indicator set: override thresholds and names,
 * change rules, add or drop indicators. The result is a new, checked set that records what it is
 * based on and every change made, so a report can say exactly where a variant departs from the
 * national standard. The base set is never modified.
 * @module
 */
import * as z from 'zod/mini';
import { DudaoError, type DudaoIssue } from '../error.js';
import {
  indicatorSchema,
  indicatorSetRulesSchema,
  indicatorSetSchema,
  labelSchema,
  thresholdsSchema,
  variationRuleSchema,
} from '../schema/indicator-set.js';
import { parseWithSchema } from '../schema/parse.js';
import { recordOf } from '../schema/refine.js';
import { expectIndicatorSet } from './guards.js';
import { parseIndicatorSet } from './parse.js';
import type {
  Customization,
  Indicator,
  IndicatorSet,
  IndicatorSetRules,
  Label,
  Thresholds,
  VariationRule,
} from './types.js';

/**
 * Rule changes for {@link customizeIndicatorSet}: any rule of {@link IndicatorSetRules}, where
 * `variation` may be partial and its `limits` are merged stage by stage into the base limits.
 *
 * @category Indicators
 * @example
 * ```ts
 * const stricter: IndicatorSetRuleChanges = { variation: { limits: { junior: '0.40' } }, excludeTeachingPointsBelow: 30 };
 * ```
 */
export type IndicatorSetRuleChanges = Omit<Partial<IndicatorSetRules>, 'variation'> & {
  /** Replaces the given parts of the variation rule; `limits` are merged per stage. */
  readonly variation?: Partial<VariationRule>;
};

/**
 * What {@link customizeIndicatorSet} changes. Indicators are named by id or by one of their
 * aliases (`gg-class-size` works for `class-size`).
 *
 * @category Indicators
 * @example
 * ```ts
 * const changes: IndicatorSetChanges = {
 *   id: 'compulsory-quality-2017-example',
 *   thresholds: { 'class-size': { primary: '40' } },
 *   drop: ['school-size-combined'],
 * };
 * ```
 */
export interface IndicatorSetChanges {
  /** The new set's id (kebab case, and different from the base id: a variant is another set). */
  readonly id: string;
  /** The new set's version. Default: the base version. */
  readonly version?: string;
  /** The new set's name. Default: the base name. */
  readonly name?: Label;
  /** The document the variant comes from (e.g. a provincial 实施办法). Default: the base source. */
  readonly source?: string;
  /** New thresholds per indicator, merged stage by stage into the current ones. */
  readonly thresholds?: Readonly<Record<string, Thresholds>>;
  /** New names per indicator (both languages). */
  readonly names?: Readonly<Record<string, Label>>;
  /** Rule changes; see {@link IndicatorSetRuleChanges}. */
  readonly rules?: IndicatorSetRuleChanges;
  /** Indicators to add, after the drops (so dropping and adding one id replaces it). */
  readonly add?: readonly Indicator[];
  /** Ids (or aliases) of indicators to drop. Dropped indicators also leave the variation rule. */
  readonly drop?: readonly string[];
  /**
   * Switches per indicator between a condition (`false`: it decides the verdict) and a reference
   * (`true`: reported, never deciding), for rules the sources disagree on, such as 2012 public
   * satisfaction.
   */
  readonly advisory?: Readonly<Record<string, boolean>>;
}

// The runtime form of `IndicatorSetChanges`, so that changes read from JSON are checked with paths
// relative to the changes object.
const changesSchema = /* @__PURE__ */ z.strictObject({
  id: indicatorSetSchema.shape.id,
  version: z.optional(z.string().check(z.minLength(1))),
  name: z.optional(labelSchema),
  source: z.optional(z.string().check(z.minLength(1))),
  thresholds: z.optional(recordOf(z.string(), thresholdsSchema)),
  names: z.optional(recordOf(z.string(), labelSchema)),
  rules: z.optional(
    z.extend(indicatorSetRulesSchema, { variation: z.optional(z.partial(variationRuleSchema)) }),
  ),
  add: z.optional(z.array(indicatorSchema)),
  drop: z.optional(z.array(z.string().check(z.minLength(1)))),
  advisory: z.optional(recordOf(z.string(), z.boolean())),
});

// The target used in `changes` for the set's own name (indicator ids are kebab case, so it cannot clash).
const SET_TARGET = '(set)';

/**
 * Derives a variant of an indicator set (自定义指标体系), for example a province's own thresholds,
 * and returns it as a new, checked set. The base set is not modified.
 *
 * The changes apply in this order: `drop`, `add`, `thresholds` (merged stage by stage), `names`,
 * `advisory` (listed as `indicator` changes, `{ advisory }` from and to), `rules` (variation `limits` merged stage by stage). The new set has `basedOn: { id, version }`
 * of the base and `changes` lists every change made as `{ kind, target, from, to }`: `threshold`
 * and `name` (target: the indicator id, or `(set)` for the set's name), `add` and `drop` (target:
 * the indicator id), and `rule` (target: the rule, e.g. `minMet` or `variation.limits`). Dropping an
 * indicator that the variation rule names removes it from the rule (recorded as a `rule` change on
 * `variation.indicators`; the rule itself goes when no indicator is left). A change that leaves a
 * value as it was is not listed. The id, version and source describe the new set and are not
 * listed. When the base is itself a variant, `basedOn` names that variant and `changes` lists only
 * this step.
 *
 * @category Indicators
 * @param base - the set to start from (built-in or parsed)
 * @param changes - what to change; see {@link IndicatorSetChanges}
 * @returns the new set, checked by {@link parseIndicatorSet}
 * @throws {@link DudaoError} when `changes` is malformed, names an unknown indicator
 *   (`unknown-indicator`, path e.g. `['thresholds', 'class-sise']` or `['drop', 0]`), adds an id
 *   already in the set (`duplicate-id`, path `['add', i, 'id']`), keeps the base id (`same-id`),
 *   or yields an inconsistent set (the codes of {@link parseIndicatorSet}; problems inside an added
 *   indicator have paths under `['add', i]`)
 * @example
 * ```ts
 * // A province caps primary classes at 40 pupils and excludes teaching points below 30 pupils.
 * const province = customizeIndicatorSet(compulsoryQuality2017, {
 *   id: 'compulsory-quality-2017-province',
 *   name: { zh: '某省县域义务教育优质均衡发展督导评估', en: 'Provincial high-quality balance' },
 *   thresholds: { 'class-size': { primary: '40' } },
 *   rules: { excludeTeachingPointsBelow: 30 },
 * });
 * province.basedOn; //=> { id: 'compulsory-quality-2017', version: '1.0.0' }
 * province.changes;
 * //=> [
 * //   { kind: 'name', target: '(set)', from: { zh: '县域义务教育优质均衡发展督导评估（教督〔2017〕6号）', en: '…' }, to: { zh: '某省…', en: '…' } },
 * //   { kind: 'threshold', target: 'class-size', from: { primary: '45', junior: '50' }, to: { primary: '40', junior: '50' } },
 * //   { kind: 'rule', target: 'excludeTeachingPointsBelow', from: 50, to: 30 },
 * // ]
 * compulsoryQuality2017.rules.excludeTeachingPointsBelow; //=> 50 (unchanged)
 * ```
 */
export function customizeIndicatorSet(base: IndicatorSet, changes: IndicatorSetChanges): IndicatorSet {
  expectIndicatorSet(base, ['base']);
  const input = parseWithSchema(changesSchema, changes);
  const issues: DudaoIssue[] = [];
  const log: Customization[] = [];

  if (input.id === base.id) {
    issues.push({
      code: 'same-id',
      path: ['id'],
      message: `a variant needs its own id, not the base id "${base.id}"`,
      messageZh: `派生指标体系须使用新的编号，不能沿用 "${base.id}"`,
    });
  }

  const indicators: Indicator[] = base.indicators.map((indicator) => copy(indicator));
  let rules: IndicatorSetRules = copy(base.rules);

  const dropped: string[] = [];
  input.drop?.forEach((ref, index) => {
    const at = findIndicator(indicators, ref);
    const removed = at < 0 ? undefined : indicators.splice(at, 1)[0];
    if (removed === undefined) {
      issues.push(unknownIndicator(['drop', index], ref));
      return;
    }
    dropped.push(removed.id);
    log.push({ kind: 'drop', target: removed.id, from: copy(removed) });
  });
  if (rules.variation !== undefined && dropped.some((id) => rules.variation?.indicators.includes(id))) {
    const { variation } = rules;
    const kept = variation.indicators.filter((id) => !dropped.includes(id));
    if (kept.length > 0) {
      log.push({
        kind: 'rule',
        target: 'variation.indicators',
        from: [...variation.indicators],
        to: [...kept],
      });
      rules = { ...rules, variation: { ...variation, indicators: kept } };
    } else {
      log.push({ kind: 'rule', target: 'variation', from: copy(variation) });
      const { variation: _removed, ...rest } = rules;
      rules = rest;
    }
  }

  const keptCount = indicators.length;
  input.add?.forEach((indicator, index) => {
    if (findIndicator(indicators, indicator.id) >= 0) {
      issues.push({
        code: 'duplicate-id',
        path: ['add', index, 'id'],
        message: `the set already has an indicator "${indicator.id}" (drop it first to replace it)`,
        messageZh: `指标体系中已有指标 "${indicator.id}"（如需替换，请先删除）`,
      });
      return;
    }
    indicators.push(copy(indicator));
    log.push({ kind: 'add', target: indicator.id, to: copy(indicator) });
  });

  for (const [ref, thresholds] of Object.entries(input.thresholds ?? {})) {
    const indicator = indicators[findIndicator(indicators, ref)];
    if (indicator === undefined) {
      issues.push(unknownIndicator(['thresholds', ref], ref));
      continue;
    }
    const merged: Thresholds = { ...indicator.thresholds, ...thresholds };
    if (!same(merged, indicator.thresholds)) {
      log.push({
        kind: 'threshold',
        target: indicator.id,
        from: copy(indicator.thresholds),
        to: copy(merged),
      });
      indicator.thresholds = merged;
    }
  }

  for (const [ref, name] of Object.entries(input.names ?? {})) {
    const indicator = indicators[findIndicator(indicators, ref)];
    if (indicator === undefined) {
      issues.push(unknownIndicator(['names', ref], ref));
      continue;
    }
    if (!same(name, indicator.name)) {
      log.push({ kind: 'name', target: indicator.id, from: copy(indicator.name), to: copy(name) });
      indicator.name = name;
    }
  }

  for (const [ref, advisory] of Object.entries(input.advisory ?? {})) {
    const indicator = indicators[findIndicator(indicators, ref)];
    if (indicator === undefined) {
      issues.push(unknownIndicator(['advisory', ref], ref));
      continue;
    }
    const was = indicator.advisory === true;
    if (was !== advisory) {
      log.push({ kind: 'indicator', target: indicator.id, from: { advisory: was }, to: { advisory } });
      if (advisory) indicator.advisory = true;
      else delete indicator.advisory;
    }
  }

  if (input.rules !== undefined) rules = changeRules(rules, input.rules, log);

  const [first, ...rest] = issues;
  if (first !== undefined) throw new DudaoError([first, ...rest]);

  const setLog: Customization[] = [];
  if (input.name !== undefined && !same(input.name, base.name)) {
    setLog.push({ kind: 'name', target: SET_TARGET, from: copy(base.name), to: copy(input.name) });
  }

  const candidate: IndicatorSet = {
    id: input.id,
    version: input.version ?? base.version,
    name: input.name ?? base.name,
    programme: base.programme,
    source: input.source ?? base.source,
    basedOn: { id: base.id, version: base.version },
    changes: [...setLog, ...log],
    rules,
    indicators,
  };
  try {
    return parseIndicatorSet(candidate);
  } catch (error) {
    if (!(error instanceof DudaoError)) throw error;
    // Problems inside an added indicator are reported where the author wrote it: under `add`.
    const [mappedFirst, ...mappedRest] = error.issues.map((found) => {
      const [root, index, ...tail] = found.path;
      if (root === 'indicators' && typeof index === 'number' && index >= keptCount) {
        return { ...found, path: ['add', index - keptCount, ...tail] };
      }
      return found;
    });
    if (mappedFirst === undefined) throw error;
    throw new DudaoError([mappedFirst, ...mappedRest]);
  }
}

type RuleInput = z.output<typeof changesSchema>['rules'] & object;

// Rule changes are applied, and listed, in the order of the schema's rules.
function changeRules(rules: IndicatorSetRules, changes: RuleInput, log: Customization[]): IndicatorSetRules {
  const next: IndicatorSetRules = { ...rules };
  for (const key of Object.keys(indicatorSetRulesSchema.shape) as (keyof IndicatorSetRules)[]) {
    if (key === 'variation') {
      if (changes.variation !== undefined)
        next.variation = changeVariation(rules.variation, changes.variation, log);
      continue;
    }
    const to = changes[key];
    if (to === undefined || same(to, rules[key])) continue;
    log.push(
      rules[key] === undefined
        ? { kind: 'rule', target: key, to: copy(to) }
        : { kind: 'rule', target: key, from: copy(rules[key]), to: copy(to) },
    );
    Object.assign(next, { [key]: copy(to) });
  }
  return next;
}

function changeVariation(
  old: VariationRule | undefined,
  changes: NonNullable<RuleInput['variation']>,
  log: Customization[],
): VariationRule {
  // Incomplete when the base has no variation rule and the changes lack parts: the final parse says which.
  const merged = { ...old, ...changes, limits: { ...old?.limits, ...changes.limits } } as VariationRule;
  if (old === undefined) {
    log.push({ kind: 'rule', target: 'variation', to: copy(merged) });
    return merged;
  }
  for (const key of ['method', 'indicators', 'limits', 'compareRounded'] as const) {
    if (same(merged[key], old[key])) continue;
    const change: Customization = { kind: 'rule', target: `variation.${key}` };
    if (old[key] !== undefined) change.from = copy(old[key]);
    if (merged[key] !== undefined) change.to = copy(merged[key]);
    log.push(change);
  }
  return merged;
}

function findIndicator(indicators: readonly Indicator[], ref: string): number {
  const byId = indicators.findIndex((indicator) => indicator.id === ref);
  return byId >= 0 ? byId : indicators.findIndex((indicator) => indicator.aliases?.includes(ref) === true);
}

function unknownIndicator(path: DudaoIssue['path'], ref: string): DudaoIssue {
  return {
    code: 'unknown-indicator',
    path,
    message: `no indicator "${ref}" in the set (neither an id nor an alias)`,
    messageZh: `指标体系中没有指标 "${ref}"（既不是编号也不是别名）`,
  };
}

// Indicator sets are plain JSON data, so a JSON copy is a faithful deep copy (and drops freezing).
function copy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

// Key order does not matter: `{ primary, junior }` equals `{ junior, primary }`.
function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, inner]) => inner !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([key, inner]) => [key, canonical(inner)]));
  }
  return value;
}
