/**
 * Reads an indicator set from untrusted JSON (a province's own set, a file passed to the CLI) and
 * rejects it with field paths when it is malformed or inconsistent, so that no county is ever
 * assessed against a set that cannot be evaluated.
 * @module
 */
import {
  DudaoError,
  type DudaoErrorCode,
  type DudaoIssue,
  type FieldPath,
  type SafeResult,
  safely,
} from '../error.js';
import { Decimal } from '../numeric/decimal.js';
import { indicatorSetSchema } from '../schema/indicator-set.js';
import { parseWithSchema } from '../schema/parse.js';
import type { Comparator, IndicatorSet, Stage } from './types.js';

// Comparators that compare a value with a threshold, so every stage of the indicator needs one.
const COMPARING: ReadonlySet<Comparator> = new Set<Comparator>(['gte', 'gt', 'lte', 'lt', 'eq']);

/**
 * Reads an indicator set (指标体系) from JSON and checks it, or throws a {@link DudaoError} listing
 * every problem with its path.
 *
 * Besides the zod contract (`indicatorSetSchema`), the set must be consistent:
 * - indicator ids are unique, and no alias repeats an id or another alias (`duplicate-id`,
 *   `duplicate-alias`);
 * - the variation (差异系数) rule names only indicators of the set, each once (`unknown-indicator`,
 *   `duplicate-id`), and has a limit for every stage those indicators cover (`missing-limit`);
 * - an indicator compared with `gte`, `gt`, `lte`, `lt` or `eq` has a threshold for each of its
 *   stages, its own or `all` (`missing-threshold`);
 * - `minMet` is not more than the indicators that count towards it, in total and per stage
 *   (`min-met-too-large`), and `floorRatio` lies between 0 and 1 (`out-of-range`).
 *
 * Schema problems carry the codes of `parseWithSchema` (`required`, `invalid-type`, `unknown-key`,
 * …). Every problem found is listed in `error.issues`, not only the first.
 *
 * @category Indicators
 * @param input - the parsed JSON value, or the JSON text itself
 * @returns a new, checked indicator set (the input is not modified)
 * @throws {@link DudaoError} when the input is not a valid, consistent set
 * @example
 * ```ts
 * const set = parseIndicatorSet(JSON.stringify(compulsoryQuality2017));
 * set.rules.minMet; //=> 6
 *
 * parseIndicatorSet({ ...compulsoryQuality2017, rules: { ...compulsoryQuality2017.rules, minMet: 8 } });
 * //=> throws DudaoError { code: 'min-met-too-large', path: ['rules', 'minMet'] }
 * ```
 */
export function parseIndicatorSet(input: unknown): IndicatorSet {
  const value = typeof input === 'string' ? parseJson(input) : input;
  const set = parseWithSchema(indicatorSetSchema, value);
  const [first, ...rest] = consistencyIssues(set);
  if (first !== undefined) throw new DudaoError([first, ...rest]);
  return set;
}

/**
 * Like {@link parseIndicatorSet} (读取指标体系), but returns `{ success, data | error }` instead of
 * throwing.
 *
 * @category Indicators
 * @param input - the parsed JSON value, or the JSON text itself
 * @returns the checked set, or the {@link DudaoError} listing every problem
 * @example
 * ```ts
 * const result = safeParseIndicatorSet({ id: 'x' });
 * result.success; //=> false
 * if (!result.success) result.error.path; //=> ['version'] (code 'required')
 * ```
 */
export function safeParseIndicatorSet(input: unknown): SafeResult<IndicatorSet> {
  return safely(() => parseIndicatorSet(input));
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DudaoError([
      {
        code: 'invalid-json',
        path: [],
        message: `not valid JSON (${reason})`,
        messageZh: `不是有效的 JSON（${reason}）`,
      },
    ]);
  }
}

function issue(code: DudaoErrorCode, path: FieldPath, message: string, messageZh: string): DudaoIssue {
  return { code, path, message, messageZh };
}

function consistencyIssues(set: IndicatorSet): DudaoIssue[] {
  const issues: DudaoIssue[] = [];
  const ids = new Map<string, number>();

  set.indicators.forEach((indicator, index) => {
    if (ids.has(indicator.id)) {
      issues.push(
        issue(
          'duplicate-id',
          ['indicators', index, 'id'],
          `duplicate indicator id "${indicator.id}" (first at indicators[${ids.get(indicator.id)}])`,
          `指标编号 "${indicator.id}" 重复（首次出现在 indicators[${ids.get(indicator.id)}]）`,
        ),
      );
    } else {
      ids.set(indicator.id, index);
    }
  });

  // Aliases are accepted wherever an id is (county facts, customisation), so they must be unambiguous.
  const aliases = new Set<string>();
  set.indicators.forEach((indicator, index) => {
    indicator.aliases?.forEach((alias, aliasIndex) => {
      if (ids.has(alias) || aliases.has(alias)) {
        issues.push(
          issue(
            'duplicate-alias',
            ['indicators', index, 'aliases', aliasIndex],
            `alias "${alias}" is already an indicator id or another alias`,
            `别名 "${alias}" 与已有的指标编号或别名重复`,
          ),
        );
      }
      aliases.add(alias);
    });
  });

  set.indicators.forEach((indicator, index) => {
    if (!COMPARING.has(indicator.comparator)) return;
    const { thresholds } = indicator;
    // A provincial parameter may have no threshold at all in a national set; a partial one is still checked.
    if (indicator.provincialThreshold === true && Object.values(thresholds).every((v) => v === undefined))
      return;
    if (indicator.stages.length === 0) {
      if (Object.values(thresholds).every((value) => value === undefined)) {
        issues.push(
          issue(
            'missing-threshold',
            ['indicators', index, 'thresholds'],
            `indicator "${indicator.id}" compares with "${indicator.comparator}" but has no threshold`,
            `指标 "${indicator.id}" 使用比较方式 "${indicator.comparator}"，但没有标准值`,
          ),
        );
      }
      return;
    }
    for (const stage of indicator.stages) {
      if (thresholds[stage] === undefined && thresholds.all === undefined) {
        issues.push(
          issue(
            'missing-threshold',
            ['indicators', index, 'thresholds', stage],
            `indicator "${indicator.id}" has no threshold for stage "${stage}" (nor "all")`,
            `指标 "${indicator.id}" 缺少学段 "${stage}" 的标准值（也没有 "all"）`,
          ),
        );
      }
    }
  });

  const { variation, minMet, floorRatio } = set.rules;
  if (variation !== undefined) {
    const named = new Set<string>();
    const stages = new Set<Stage>();
    variation.indicators.forEach((id, index) => {
      const path = ['rules', 'variation', 'indicators', index];
      const at = ids.get(id);
      if (at === undefined) {
        issues.push(
          issue(
            'unknown-indicator',
            path,
            `the variation rule names "${id}", which is not an indicator of the set`,
            `差异系数规则中的 "${id}" 不是本指标体系的指标`,
          ),
        );
      } else if (named.has(id)) {
        issues.push(
          issue(
            'duplicate-id',
            path,
            `the variation rule names "${id}" twice`,
            `差异系数规则中的 "${id}" 重复`,
          ),
        );
      } else {
        for (const stage of set.indicators[at]?.stages ?? []) stages.add(stage);
      }
      named.add(id);
    });
    for (const stage of stages) {
      if (variation.limits[stage] === undefined && variation.limits.all === undefined) {
        issues.push(
          issue(
            'missing-limit',
            ['rules', 'variation', 'limits', stage],
            `the variation rule has no limit for stage "${stage}" (nor "all")`,
            `差异系数规则缺少学段 "${stage}" 的上限（也没有 "all"）`,
          ),
        );
      }
    }
  }

  if (minMet !== undefined) {
    const counting = set.indicators.filter((indicator) => indicator.countsTowardsMinMet === true);
    const perStage = new Map<Stage, number>();
    for (const indicator of counting) {
      for (const stage of indicator.stages) perStage.set(stage, (perStage.get(stage) ?? 0) + 1);
    }
    if (minMet > counting.length) {
      issues.push(
        issue(
          'min-met-too-large',
          ['rules', 'minMet'],
          `minMet is ${minMet} but only ${counting.length} indicators count towards it`,
          `minMet 为 ${minMet}，但计入达标项数的指标只有 ${counting.length} 项`,
        ),
      );
    } else {
      for (const [stage, count] of perStage) {
        if (minMet > count) {
          issues.push(
            issue(
              'min-met-too-large',
              ['rules', 'minMet'],
              `minMet is ${minMet} but only ${count} indicators count towards it for stage "${stage}"`,
              `minMet 为 ${minMet}，但学段 "${stage}" 计入达标项数的指标只有 ${count} 项`,
            ),
          );
        }
      }
    }
  }

  if (floorRatio !== undefined) {
    const ratio = new Decimal(floorRatio);
    if (ratio.lessThan(0) || ratio.greaterThan(1)) {
      issues.push(
        issue(
          'out-of-range',
          ['rules', 'floorRatio'],
          `floorRatio must lie between 0 and 1 (got "${floorRatio}")`,
          `floorRatio 必须在 0 到 1 之间（实际为 "${floorRatio}"）`,
        ),
      );
    }
  }

  return issues;
}
