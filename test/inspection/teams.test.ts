import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { planTeams } from '../../src/inspection/teams.js';
import type { ScopedInstitution } from '../../src/schema/inspection.js';
import { expectPlainData } from '../progress/helpers.js';

/** SYNTHETIC: 城关镇 5 schools, 河口镇 3, 山阳乡 2, one school without a township, one out of scope. */
function school(id: string, township?: string, inScope = true): ScopedInstitution {
  return {
    county: '999301',
    programme: 'compulsory-quality',
    id,
    inScope,
    ...(township === undefined ? {} : { township }),
  };
}
const county: ScopedInstitution[] = [
  school('c1', '城关镇'),
  school('c2', '城关镇'),
  school('c3', '城关镇'),
  school('c4', '城关镇'),
  school('c5', '城关镇'),
  school('h1', '河口镇'),
  school('h2', '河口镇'),
  school('h3', '河口镇'),
  school('s1', '山阳乡'),
  school('s2', '山阳乡'),
  school('x1', '城关镇', false),
];

function failure(fn: () => unknown): DudaoError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DudaoError) return error;
    throw error;
  }
  throw new Error('did not throw');
}

describe('planTeams (督导组分组)', () => {
  it('by township, 2 groups: 城关镇 (5) to group 1, then 河口镇 (3) and 山阳乡 (2) to group 2: 5 and 5', () => {
    const plan = planTeams(county, { groups: 2, by: 'township' });
    expect(plan.groups.map((g) => [g.size, g.townships])).toEqual([
      [5, ['城关镇']],
      [5, ['河口镇', '山阳乡']],
    ]);
    expect(plan.spread).toBe(0);
    expect(plan.bound).toBe(5);
    expect(plan.skipped).toEqual(['x1']);
    expect(plan.assignments.find((a) => a.institution === 'h1')?.explanation).toEqual({
      en: '河口镇 (3 institutions) → Group 2: townships go largest first, each to the group with the fewest institutions so far (0)',
      zh: '河口镇（3 所）→ 第2组：乡镇按机构数从多到少分配，每次分给当时机构最少的组（已有 0 所）',
    });
  });

  it('is plain data: structuredClone gives an equal copy, every number finite', () => {
    expectPlainData(planTeams(county, { groups: 2, by: 'township' }));
  });

  it('by township, 3 named groups: 5 | 3 | 2, spread 3 within the bound 5', () => {
    const plan = planTeams(county, { groups: ['甲组', '乙组', '丙组'], by: 'township' });
    expect(plan.groups.map((g) => [g.name.zh, g.size, g.institutions])).toEqual([
      ['甲组', 5, ['c1', 'c2', 'c3', 'c4', 'c5']],
      ['乙组', 3, ['h1', 'h2', 'h3']],
      ['丙组', 2, ['s1', 's2']],
    ]);
    expect(plan.spread).toBe(3);
  });

  it('ties between townships of equal size go by name, ties between groups to the first one', () => {
    const plan = planTeams([school('b1', 'B镇'), school('a1', 'A镇')], { groups: 2, by: 'township' });
    expect(plan.groups.map((g) => g.townships)).toEqual([['A镇'], ['B镇']]);
  });

  it('treats an institution without a township as a block of its own', () => {
    const plan = planTeams([...county, school('z1')], { groups: 2, by: 'township' });
    expect(plan.groups.map((g) => g.size)).toEqual([6, 5]);
    expect(plan.assignments.find((a) => a.institution === 'z1')?.explanation.zh).toBe(
      'z1（未填乡镇，单独分配）→ 第1组：当时机构最少的组（已有 5 所）',
    );
  });

  it('by none, 3 groups: 10 schools in runs of 4, 3, 3 in township order (code points: 城 < 山 < 河)', () => {
    const plan = planTeams(county, { groups: 3, by: 'none' });
    expect(plan.groups.map((g) => g.institutions)).toEqual([
      ['c1', 'c2', 'c3', 'c4'],
      ['c5', 's1', 's2'],
      ['h1', 'h2', 'h3'],
    ]);
    expect(plan.spread).toBe(1);
    expect(plan.bound).toBe(1);
    expect(plan.assignments[0]?.explanation.en).toBe(
      'Group 1 takes 4 of 10 institutions in order of township and id (3 groups: 1 of 4, 2 of 3)',
    );
  });

  it('plans out-of-scope institutions when asked', () => {
    const plan = planTeams(county, { groups: 2, by: 'none', includeOutOfScope: true });
    expect(plan.assignments).toHaveLength(11);
    expect(plan.skipped).toEqual([]);
  });

  it('plans nothing for no institutions', () => {
    const plan = planTeams([], { groups: 2, by: 'township' });
    expect(plan.groups.map((g) => g.size)).toEqual([0, 0]);
    expect([plan.spread, plan.bound]).toEqual([0, 0]);
  });

  it('rejects 0 or 2.5 groups, a repeated group name, an unknown split, and an institution listed twice', () => {
    expect(failure(() => planTeams(county, { groups: 0, by: 'none' }))).toMatchObject({
      code: 'invalid-groups',
      path: ['groups'],
    });
    expect(failure(() => planTeams(county, { groups: 2.5, by: 'none' })).code).toBe('invalid-groups');
    expect(failure(() => planTeams(county, { groups: ['甲', '甲'], by: 'none' }))).toMatchObject({
      code: 'duplicate-group-name',
      path: ['groups', 1],
    });
    expect(failure(() => planTeams(county, { groups: 2, by: 'village' as unknown as 'none' }))).toMatchObject(
      { code: 'invalid-enum', path: ['by'] },
    );
    expect(
      failure(() => planTeams([...county, school('c1', '城关镇')], { groups: 2, by: 'none' })),
    ).toMatchObject({
      code: 'duplicate-institution',
      path: ['institutions', 11, 'id'],
    });
  });

  it('does not mutate its input', () => {
    const input = county.map((i) => ({ ...i }));
    const before = JSON.stringify(input);
    planTeams(input, { groups: 3, by: 'township' });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('planTeams: invariants (property tests)', () => {
  const institutionsArb = fc
    .uniqueArray(
      fc.record({
        id: fc.stringMatching(/^[a-z][0-9]{1,3}$/),
        township: fc.option(fc.constantFrom('东镇', '西镇', '南乡', '北乡', '中街道'), { nil: undefined }),
        inScope: fc.boolean(),
      }),
      { selector: (i) => i.id, maxLength: 60 },
    )
    .map((list) =>
      list.map(({ id, township, inScope }) => ({
        county: '999301',
        programme: 'preschool' as const,
        id,
        inScope,
        ...(township === undefined ? {} : { township }),
      })),
    );
  const groupsArb = fc.integer({ min: 1, max: 8 });
  const byArb = fc.constantFrom('township' as const, 'none' as const);

  it('places every in-scope institution exactly once and nothing else', () => {
    fc.assert(
      fc.property(institutionsArb, groupsArb, byArb, (institutions, groups, by) => {
        const plan = planTeams(institutions, { groups, by });
        const placed = plan.groups.flatMap((g) => g.institutions).sort();
        const expected = institutions
          .filter((i) => i.inScope)
          .map((i) => i.id)
          .sort();
        expect(placed).toEqual(expected);
        expect(plan.assignments.map((a) => a.institution).sort()).toEqual(expected);
        expect(plan.groups.reduce((sum, g) => sum + g.size, 0)).toBe(expected.length);
      }),
    );
  });

  it('keeps sizes within 1 (none) or within the largest township (township), and keeps townships whole', () => {
    fc.assert(
      fc.property(institutionsArb, groupsArb, byArb, (institutions, groups, by) => {
        const plan = planTeams(institutions, { groups, by });
        const sizes = plan.groups.map((g) => g.size);
        const spread = Math.max(...sizes) - Math.min(...sizes);
        expect(plan.spread).toBe(spread);
        const inScope = institutions.filter((i) => i.inScope);
        if (by === 'none') {
          expect(spread).toBeLessThanOrEqual(1);
          return;
        }
        const blockSizes = new Map<string, number>();
        for (const i of inScope) {
          const key = i.township ?? `#${i.id}`;
          blockSizes.set(key, (blockSizes.get(key) ?? 0) + 1);
        }
        const largest = Math.max(0, ...blockSizes.values());
        expect(plan.bound).toBe(largest);
        expect(spread).toBeLessThanOrEqual(largest);
        const groupOfTownship = new Map<string, number>();
        for (const a of plan.assignments) {
          if (a.township === undefined) continue;
          const seen = groupOfTownship.get(a.township);
          if (seen !== undefined) expect(a.group).toBe(seen);
          groupOfTownship.set(a.township, a.group);
        }
      }),
    );
  });

  it('is deterministic: the same institutions in any order give the same plan', () => {
    fc.assert(
      fc.property(
        institutionsArb.chain((list) =>
          fc.tuple(
            fc.constant(list),
            fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
          ),
        ),
        groupsArb,
        byArb,
        ([list, shuffled], groups, by) => {
          const a = planTeams(list, { groups, by });
          const b = planTeams(shuffled, { groups, by });
          expect(b.groups).toEqual(a.groups);
        },
      ),
    );
  });
});
