import { describe, expect, it } from 'vitest';
import { DudaoError, type DudaoIssue } from '../../src/error.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { customizeIndicatorSet, type IndicatorSetChanges } from '../../src/indicators/customize.js';
import { parseIndicatorSet } from '../../src/indicators/parse.js';
import type { Indicator, IndicatorSet } from '../../src/indicators/types.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

// A deep-frozen copy of the 2017 set that is not the built-in object itself.
const frozenBase = (): IndicatorSet => deepFreeze(parseIndicatorSet(JSON.stringify(compulsoryQuality2017)));

const find = (set: IndicatorSet, id: string): Indicator | undefined =>
  set.indicators.find((i) => i.id === id);

function issuesOf(fn: () => unknown): DudaoIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DudaoError);
    return [...(error as DudaoError).issues];
  }
  throw new Error('expected a DudaoError');
}

const extraIndicator: Indicator = {
  id: 'boarding-beds',
  name: { zh: '寄宿生床位', en: 'beds per boarding pupil' },
  programme: 'compulsory-quality',
  aspect: 'government-guarantee',
  item: 'boarding',
  scope: 'institution',
  stages: ['primary', 'junior'],
  metric: 'beds-per-boarder',
  comparator: 'gte',
  thresholds: { all: '1' },
  source: { document: '某省实施办法', clause: '第十条' },
};

describe('customizeIndicatorSet', () => {
  it('overrides a threshold stage by stage and records it (known answer)', () => {
    const base = frozenBase();
    const set = customizeIndicatorSet(base, {
      id: 'compulsory-quality-2017-province',
      thresholds: { 'class-size': { primary: '40' } },
    });
    expect(find(set, 'class-size')?.thresholds).toEqual({ primary: '40', junior: '50' });
    expect(set.basedOn).toEqual({ id: 'compulsory-quality-2017', version: '1.0.0' });
    expect(set.changes).toEqual([
      {
        kind: 'threshold',
        target: 'class-size',
        from: { primary: '45', junior: '50' },
        to: { primary: '40', junior: '50' },
      },
    ]);
    expect(set.id).toBe('compulsory-quality-2017-province');
    expect(set.version).toBe(base.version);
    expect(set.name).toEqual(base.name);
    expect(set.source).toBe(base.source);
    expect(set.indicators).toHaveLength(base.indicators.length);
  });

  it('leaves a deep-frozen base, and the built-in set, exactly as they were', () => {
    const base = frozenBase();
    const before = JSON.stringify(base);
    const builtInBefore = JSON.stringify(compulsoryQuality2017);
    const changes: IndicatorSetChanges = {
      id: 'variant',
      thresholds: { 'class-size': { primary: '40' }, 'qualified-teachers-per-100': { junior: '6' } },
      names: { 'class-size': { zh: '班额', en: 'class size' } },
      rules: { minMet: 5, variation: { limits: { junior: '0.40' } } },
      drop: ['multimedia-rooms-per-100'],
      add: [extraIndicator],
    };
    const set = customizeIndicatorSet(base, changes);
    expect(JSON.stringify(base)).toBe(before);
    expect(JSON.stringify(compulsoryQuality2017)).toBe(builtInBefore);
    customizeIndicatorSet(compulsoryQuality2017, changes);
    expect(JSON.stringify(compulsoryQuality2017)).toBe(builtInBefore);
    // The result is a new, unfrozen set that shares nothing with the base.
    expect(Object.isFrozen(set)).toBe(false);
    expect(find(set, 'key-teachers-per-100')).not.toBe(find(base, 'key-teachers-per-100'));
  });

  it('accepts a standards-file alias and records the indicator id', () => {
    const set = customizeIndicatorSet(frozenBase(), {
      id: 'v',
      thresholds: { 'gg-class-size': { junior: '45' } },
    });
    expect(set.changes).toEqual([
      {
        kind: 'threshold',
        target: 'class-size',
        from: { primary: '45', junior: '50' },
        to: { primary: '45', junior: '45' },
      },
    ]);
  });

  it('does not list a change that leaves a value as it was', () => {
    const set = customizeIndicatorSet(frozenBase(), {
      id: 'v',
      thresholds: { 'class-size': { primary: '45' } },
      rules: { minMet: 6, variation: { limits: { primary: '0.50' } } },
    });
    expect(set.changes).toEqual([]);
  });

  it('renames indicators and the set', () => {
    const base = frozenBase();
    const set = customizeIndicatorSet(base, {
      id: 'v',
      name: { zh: '某省优质均衡', en: 'provincial quality balance' },
      names: { 'teacher-pay': { zh: '教师工资', en: 'teacher pay' } },
    });
    expect(find(set, 'teacher-pay')?.name).toEqual({ zh: '教师工资', en: 'teacher pay' });
    expect(set.name).toEqual({ zh: '某省优质均衡', en: 'provincial quality balance' });
    expect(set.changes).toEqual([
      {
        kind: 'name',
        target: '(set)',
        from: base.name,
        to: { zh: '某省优质均衡', en: 'provincial quality balance' },
      },
      {
        kind: 'name',
        target: 'teacher-pay',
        from: find(base, 'teacher-pay')?.name,
        to: { zh: '教师工资', en: 'teacher pay' },
      },
    ]);
  });

  it('changes rules, merging variation limits stage by stage (a province lowering the teaching-point cut-off)', () => {
    const set = customizeIndicatorSet(frozenBase(), {
      id: 'v',
      version: '2021',
      rules: { excludeTeachingPointsBelow: 30, variation: { limits: { junior: '0.40' } }, floorRatio: '0.9' },
    });
    expect(set.version).toBe('2021');
    expect(set.rules.excludeTeachingPointsBelow).toBe(30);
    expect(set.rules.variation?.limits).toEqual({ primary: '0.50', junior: '0.40' });
    expect(set.rules.variation?.method).toBe('per-indicator');
    // Listed in the order of the schema's rules, whatever the order of the changes.
    expect(set.changes).toEqual([
      { kind: 'rule', target: 'floorRatio', from: '0.85', to: '0.9' },
      {
        kind: 'rule',
        target: 'variation.limits',
        from: { primary: '0.50', junior: '0.45' },
        to: { primary: '0.50', junior: '0.40' },
      },
      { kind: 'rule', target: 'excludeTeachingPointsBelow', from: 50, to: 30 },
    ]);
  });

  it('adds a rule the base did not have', () => {
    const set = customizeIndicatorSet(compulsoryBasic2012, { id: 'v', rules: { floorRatio: '0.9' } });
    expect(set.changes).toEqual([{ kind: 'rule', target: 'floorRatio', to: '0.9' }]);
  });

  it('adds an indicator at the end and records it', () => {
    const base = frozenBase();
    const set = customizeIndicatorSet(base, { id: 'v', add: [extraIndicator] });
    expect(set.indicators).toHaveLength(base.indicators.length + 1);
    expect(set.indicators.at(-1)).toEqual(extraIndicator);
    expect(set.changes).toEqual([{ kind: 'add', target: 'boarding-beds', to: extraIndicator }]);
  });

  it('drops an indicator and takes it out of the variation rule, recording both', () => {
    const base = frozenBase();
    const set = customizeIndicatorSet(base, { id: 'v', drop: ['multimedia-rooms-per-100'] });
    expect(find(set, 'multimedia-rooms-per-100')).toBeUndefined();
    expect(set.rules.variation?.indicators).toHaveLength(6);
    expect(set.changes).toEqual([
      { kind: 'drop', target: 'multimedia-rooms-per-100', from: find(base, 'multimedia-rooms-per-100') },
      {
        kind: 'rule',
        target: 'variation.indicators',
        from: base.rules.variation?.indicators,
        to: base.rules.variation?.indicators.filter((id) => id !== 'multimedia-rooms-per-100'),
      },
    ]);
  });

  it('removes the variation rule when its last indicator is dropped', () => {
    const only = customizeIndicatorSet(frozenBase(), {
      id: 'one-cv',
      rules: { variation: { indicators: ['key-teachers-per-100'] } },
    });
    const set = customizeIndicatorSet(only, {
      id: 'no-cv',
      drop: ['key-teachers-per-100'],
      rules: { minMet: 6 },
    });
    expect(set.rules.variation).toBeUndefined();
    expect(set.basedOn).toEqual({ id: 'one-cv', version: '1.0.0' });
    expect(set.changes?.map(({ kind, target }) => ({ kind, target }))).toEqual([
      { kind: 'drop', target: 'key-teachers-per-100' },
      { kind: 'rule', target: 'variation' },
    ]);
  });

  it('replaces an indicator by dropping and adding the same id', () => {
    const replacement: Indicator = { ...extraIndicator, id: 'class-size', metric: 'largest-class-size' };
    const set = customizeIndicatorSet(frozenBase(), { id: 'v', drop: ['class-size'], add: [replacement] });
    expect(find(set, 'class-size')).toEqual(replacement);
    expect(set.changes?.map((c) => c.kind)).toEqual(['drop', 'add']);
  });

  it('result passes parseIndicatorSet and survives a JSON round trip', () => {
    const set = customizeIndicatorSet(frozenBase(), {
      id: 'v',
      thresholds: { 'class-size': { primary: '40' } },
      add: [extraIndicator],
      drop: ['art-room-area'],
    });
    expect(parseIndicatorSet(JSON.stringify(set))).toEqual(set);
  });

  describe('errors name the path in the changes', () => {
    it('unknown indicators in thresholds, names and drop', () => {
      const issues = issuesOf(() =>
        customizeIndicatorSet(frozenBase(), {
          id: 'v',
          thresholds: { 'class-sise': { primary: '40' } },
          names: { nope: { zh: '无', en: 'none' } },
          drop: ['class-size', 'class-size'],
        }),
      );
      expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: 'unknown-indicator', path: ['drop', 1] },
        { code: 'unknown-indicator', path: ['thresholds', 'class-sise'] },
        { code: 'unknown-indicator', path: ['names', 'nope'] },
      ]);
      expect(issues[1]?.message).toBe('no indicator "class-sise" in the set (neither an id nor an alias)');
    });

    it('adding an id the set already has', () => {
      const issues = issuesOf(() =>
        customizeIndicatorSet(frozenBase(), { id: 'v', add: [{ ...extraIndicator, id: 'class-size' }] }),
      );
      expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: 'duplicate-id', path: ['add', 0, 'id'] },
      ]);
    });

    it('keeping the base id', () => {
      const issues = issuesOf(() => customizeIndicatorSet(frozenBase(), { id: 'compulsory-quality-2017' }));
      expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([{ code: 'same-id', path: ['id'] }]);
    });

    it('malformed changes, checked before anything is applied', () => {
      const issues = issuesOf(() =>
        customizeIndicatorSet(frozenBase(), { id: 'v', thresholds: { 'class-size': { primary: 'forty' } } }),
      );
      expect(issues[0]?.path).toEqual(['thresholds', 'class-size', 'primary']);
      const unknownRule = issuesOf(() =>
        customizeIndicatorSet(frozenBase(), {
          id: 'v',
          rules: { minMett: 5 },
        } as unknown as IndicatorSetChanges),
      );
      expect(unknownRule.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: 'unknown-key', path: ['rules', 'minMett'] },
      ]);
      const missingId = issuesOf(() => customizeIndicatorSet(frozenBase(), {} as IndicatorSetChanges));
      expect(missingId.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: 'required', path: ['id'] },
      ]);
    });

    it('an inconsistent result: problems inside an added indicator point under add', () => {
      const issues = issuesOf(() =>
        customizeIndicatorSet(frozenBase(), {
          id: 'v',
          add: [{ ...extraIndicator, thresholds: { primary: '1' } }],
          rules: { minMet: 8 },
        }),
      );
      expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: 'missing-threshold', path: ['add', 0, 'thresholds', 'junior'] },
        { code: 'min-met-too-large', path: ['rules', 'minMet'] },
      ]);
    });

    it('a variation rule naming a dropped indicator', () => {
      const issues = issuesOf(() =>
        customizeIndicatorSet(frozenBase(), {
          id: 'v',
          drop: ['key-teachers-per-100'],
          rules: { variation: { indicators: ['key-teachers-per-100'] } },
        }),
      );
      expect(issues.map(({ code, path }) => ({ code, path }))).toEqual([
        { code: 'unknown-indicator', path: ['rules', 'variation', 'indicators', 0] },
      ]);
    });
  });
});
