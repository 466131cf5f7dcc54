/**
 * Splits a county's schools and kindergartens among the checking groups of an inspection
 * (督导组分组): sizes as equal as possible, a township kept with one group when asked, every
 * assignment explained. Deterministic: the same institutions, in any order, give the same plan.
 * @module
 */
import { dudaoError, quoteInput } from '../error.js';
import { eachOf, expectKind, wrongKind } from '../guard.js';
import type { Label } from '../indicators/types.js';
import { type ScopedInstitution, scopedInstitutionsSchema } from '../schema/inspection.js';
import { parseWithSchema } from '../schema/parse.js';

/**
 * Options of {@link planTeams}.
 *
 * @category Inspections
 * @example
 * ```ts
 * const options: PlanTeamsOptions = { groups: 3, by: 'township' };
 * ```
 */
export interface PlanTeamsOptions {
  /** How many checking groups (检查组), or their names (one per group). */
  readonly groups: number | readonly string[];
  /** `township`: keep each township (乡镇) with one group; `none`: split freely. */
  readonly by: 'township' | 'none';
  /** Plan out-of-scope institutions too (default: only those with `inScope: true`). */
  readonly includeOutOfScope?: boolean;
}

/**
 * One checking group of a {@link TeamPlan}: its name, its institutions and their townships.
 *
 * @category Inspections
 * @example
 * ```ts
 * plan.groups[0]; //=> { index: 0, name: { zh: '第1组', en: 'Group 1' }, size: 5, institutions: [...], townships: ['城关镇'] }
 * ```
 */
export interface TeamGroupPlan {
  /** Position, from 0. */
  readonly index: number;
  /** The group's name in both languages (given names are used for both). */
  readonly name: Label;
  /** Number of institutions. */
  readonly size: number;
  /** Ids of its institutions, in the order assigned. */
  readonly institutions: readonly string[];
  /** Townships it visits, in the order assigned (institutions without a township add none). */
  readonly townships: readonly string[];
}

/**
 * Why one institution went to its group.
 *
 * @category Inspections
 * @example
 * ```ts
 * plan.assignments[0]?.explanation.en;
 * //=> '城关镇 (5 institutions) → Group 1: townships go largest first, each to the group with the fewest institutions so far (0)'
 * ```
 */
export interface TeamAssignment {
  /** The institution's id. */
  readonly institution: string;
  /** Its county. */
  readonly county: string;
  /** Its township, when known. */
  readonly township?: string;
  /** The group's index. */
  readonly group: number;
  /** The reason, in both languages. */
  readonly explanation: Label;
}

/**
 * A split of institutions among checking groups (督导组分组方案).
 *
 * @category Inspections
 * @example
 * ```ts
 * const plan: TeamPlan = planTeams(institutions, { groups: 2, by: 'none' });
 * plan.spread; //=> 0
 * ```
 */
export interface TeamPlan {
  /** How the split was made. */
  readonly by: 'township' | 'none';
  /** The groups. */
  readonly groups: readonly TeamGroupPlan[];
  /** One per planned institution, in the order assigned. */
  readonly assignments: readonly TeamAssignment[];
  /** Ids left out because they are out of scope. */
  readonly skipped: readonly string[];
  /** Largest group size minus smallest. */
  readonly spread: number;
  /** The guaranteed bound on `spread`: the largest township's size (`township`) or 1 (`none`); 0 with nothing to plan. */
  readonly bound: number;
}

interface Block {
  readonly key: string;
  readonly name: string;
  readonly township: string | undefined;
  readonly members: ScopedInstitution[];
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// More groups than any county has inspectors: the bound keeps a mistyped number from building
// millions of empty groups.
const MAX_GROUPS = 1000;

function groupNames(groups: number | readonly string[]): Label[] {
  if (typeof groups !== 'number' && !Array.isArray(groups)) {
    wrongKind(groups, ['groups'], {
      en: 'a number of groups or a list of group names',
      zh: '检查组数量或检查组名称列表',
    });
  }
  if (typeof groups === 'number') {
    if (!Number.isInteger(groups) || groups < 1 || groups > MAX_GROUPS) {
      throw dudaoError(
        'invalid-groups',
        ['groups'],
        `needs a whole number of groups from 1 to ${MAX_GROUPS} (got ${groups})`,
        `检查组数必须是 1 到 ${MAX_GROUPS} 之间的整数（实际为 ${groups}）`,
      );
    }
    return Array.from({ length: groups }, (_, i) => ({ zh: `第${i + 1}组`, en: `Group ${i + 1}` }));
  }
  if (groups.length === 0) {
    throw dudaoError('invalid-groups', ['groups'], 'needs at least one group name', '至少需要一个检查组');
  }
  const seen = new Set<string>();
  eachOf(groups, (name, i) => {
    if (typeof name !== 'string' || name.length === 0) {
      throw dudaoError(
        'invalid-groups',
        ['groups', i],
        'a group name must be a non-empty string',
        '检查组名称不能为空',
      );
    }
    if (seen.has(name)) {
      throw dudaoError(
        'duplicate-group-name',
        ['groups', i],
        `group name ${quoteInput(name)} is used twice`,
        `检查组名称 ${quoteInput(name)} 重复`,
      );
    }
    seen.add(name);
  });
  return groups.map((name) => ({ zh: name, en: name }));
}

/**
 * Splits institutions among N checking groups (督导组分组) so that group sizes are as equal as
 * possible, and explains every assignment.
 *
 * - `by: 'township'`: each township (乡镇, per county) stays with one group. Townships go largest
 *   first (ties by name, then county) into the group with the fewest institutions so far (ties:
 *   the first group). An institution without a township is a block of its own, named by its id.
 *   Guarantee: sizes differ by at most the size of the largest township.
 * - `by: 'none'`: institutions in order of county, township and id are cut into N consecutive
 *   runs, the first `n mod N` one longer, so a township mostly stays together. Guarantee: sizes
 *   differ by at most 1.
 *
 * Every planned institution appears exactly once. Out-of-scope institutions are left out (listed
 * in `skipped`) unless `includeOutOfScope` is set.
 *
 * @category Inspections
 * @param institutions - the institutions (validated here; no county, programme and id twice)
 * @param options - the number (or names) of groups and how to split
 * @returns the plan
 * @throws {@link DudaoError} `invalid-groups` / `duplicate-group-name` at `groups`, `invalid-enum`
 *   at `by`, or the institutions' problems at `institutions[i]…`
 * @example
 * ```ts
 * // 城关镇 5 schools, 河口镇 3, 山阳乡 2, 2 groups
 * const plan = planTeams(institutions, { groups: 2, by: 'township' });
 * plan.groups.map((g) => [g.size, g.townships]); //=> [[5, ['城关镇']], [5, ['河口镇', '山阳乡']]]
 * plan.spread; //=> 0 (bound: 5)
 * ```
 */
export function planTeams(institutions: unknown, options: PlanTeamsOptions): TeamPlan {
  expectKind(options, 'object', ['options'], {
    en: 'an object of options ({ groups, by })',
    zh: '选项对象（{ groups, by }）',
  });
  const names = groupNames(options.groups);
  if (options.by !== 'township' && options.by !== 'none') {
    throw dudaoError(
      'invalid-enum',
      ['by'],
      `must be "township" or "none" (got ${quoteInput(options.by)})`,
      `必须是 "township" 或 "none"（实际为 ${quoteInput(options.by)}）`,
    );
  }
  const all = parseWithSchema(scopedInstitutionsSchema, institutions, ['institutions']);
  const planned = all.filter((i) => i.inScope || options.includeOutOfScope === true);
  const skipped = all.filter((i) => !(i.inScope || options.includeOutOfScope === true)).map((i) => i.id);
  const loads = names.map(() => 0);
  const members: string[][] = names.map(() => []);
  const townships: string[][] = names.map(() => []);
  const assignments: TeamAssignment[] = [];
  const assign = (institution: ScopedInstitution, group: number, explanation: Label): void => {
    loads[group] = (loads[group] ?? 0) + 1;
    members[group]?.push(institution.id);
    const township = institution.township;
    const list = townships[group];
    if (township !== undefined && list !== undefined && !list.includes(township)) list.push(township);
    assignments.push({
      institution: institution.id,
      county: institution.county,
      ...(township === undefined ? {} : { township }),
      group,
      explanation,
    });
  };

  let bound = 0;
  if (options.by === 'township') {
    const blocks = new Map<string, Block>();
    for (const institution of planned) {
      const township = institution.township;
      const key =
        township === undefined
          ? `\u0001${institution.county}\u0000${institution.id}`
          : `${institution.county}\u0000${township}`;
      let block = blocks.get(key);
      if (block === undefined) {
        block = { key, name: township ?? institution.id, township, members: [] };
        blocks.set(key, block);
      }
      block.members.push(institution);
    }
    const ordered = [...blocks.values()].sort(
      (a, b) =>
        b.members.length - a.members.length || compareText(a.name, b.name) || compareText(a.key, b.key),
    );
    for (const block of ordered) {
      block.members.sort((a, b) => compareText(a.id, b.id));
      bound = Math.max(bound, block.members.length);
      let group = 0;
      loads.forEach((load, i) => {
        if (load < (loads[group] ?? 0)) group = i;
      });
      const before = loads[group] ?? 0;
      const name = names[group] as Label;
      const size = block.members.length;
      const explanation: Label =
        block.township === undefined
          ? {
              en: `${block.name} (no township given, a block of its own) → ${name.en}: the group with the fewest institutions so far (${before})`,
              zh: `${block.name}（未填乡镇，单独分配）→ ${name.zh}：当时机构最少的组（已有 ${before} 所）`,
            }
          : {
              en: `${block.name} (${size} institution${size === 1 ? '' : 's'}) → ${name.en}: townships go largest first, each to the group with the fewest institutions so far (${before})`,
              zh: `${block.name}（${size} 所）→ ${name.zh}：乡镇按机构数从多到少分配，每次分给当时机构最少的组（已有 ${before} 所）`,
            };
      for (const institution of block.members) assign(institution, group, explanation);
    }
  } else {
    const ordered = [...planned].sort(
      (a, b) =>
        compareText(a.county, b.county) ||
        compareText(a.township ?? '', b.township ?? '') ||
        compareText(a.id, b.id),
    );
    const n = ordered.length;
    const groups = names.length;
    const base = Math.floor(n / groups);
    const longer = n % groups;
    bound = n === 0 ? 0 : 1;
    let position = 0;
    for (let group = 0; group < groups; group++) {
      const size = base + (group < longer ? 1 : 0);
      const name = names[group] as Label;
      const explanation: Label = {
        en: `${name.en} takes ${size} of ${n} institutions in order of township and id (${groups} groups: ${longer} of ${base + 1}, ${groups - longer} of ${base})`,
        zh: `${name.zh}按乡镇和编号顺序承担 ${n} 所中的 ${size} 所（${groups} 个组：${longer} 个组各 ${base + 1} 所，${groups - longer} 个组各 ${base} 所）`,
      };
      for (let k = 0; k < size; k++) {
        const institution = ordered[position];
        position += 1;
        if (institution !== undefined) assign(institution, group, explanation);
      }
    }
  }

  const sizes = loads;
  const spread = sizes.length === 0 ? 0 : Math.max(...sizes) - Math.min(...sizes);
  return {
    by: options.by,
    groups: names.map((name, index) => ({
      index,
      name,
      size: loads[index] ?? 0,
      institutions: members[index] ?? [],
      townships: townships[index] ?? [],
    })),
    assignments,
    skipped,
    spread,
    bound,
  };
}
