import { describe, expect, it } from 'vitest';
import { DudaoError, type DudaoIssue } from '../../src/error.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { parseIndicatorSet, safeParseIndicatorSet } from '../../src/indicators/parse.js';
import type { Indicator, IndicatorSet } from '../../src/indicators/types.js';

// A small valid set, written out so each rejection below changes one thing a reader can see.
const tiny = (): IndicatorSet => ({
  id: 'tiny',
  version: '1',
  name: { zh: '小指标体系', en: 'tiny set' },
  programme: 'compulsory-quality',
  source: 'test',
  rules: {
    minMet: 1,
    floorRatio: '0.85',
    variation: { method: 'per-indicator', indicators: ['a'], limits: { primary: '0.50', junior: '0.45' } },
  },
  indicators: [
    {
      id: 'a',
      name: { zh: '甲', en: 'A' },
      programme: 'compulsory-quality',
      aspect: 'resource-allocation',
      scope: 'institution',
      stages: ['primary', 'junior'],
      metric: 'a',
      comparator: 'gte',
      thresholds: { primary: '1', junior: '2' },
      countsTowardsMinMet: true,
      aliases: ['alpha'],
      source: { document: 'test' },
    },
    {
      id: 'b',
      name: { zh: '乙', en: 'B' },
      programme: 'compulsory-quality',
      aspect: 'government-guarantee',
      scope: 'county',
      stages: ['primary', 'junior'],
      metric: 'county-fact-judgement',
      comparator: 'bool',
      thresholds: {},
      source: { document: 'test' },
    },
  ],
});

const withIndicator = (set: IndicatorSet, index: number, patch: Partial<Indicator>): IndicatorSet => ({
  ...set,
  indicators: set.indicators.map((indicator, i) => (i === index ? { ...indicator, ...patch } : indicator)),
});

function issuesOf(input: unknown): DudaoIssue[] {
  const result = safeParseIndicatorSet(input);
  if (result.success) throw new Error('expected a rejection');
  expect(result.error).toBeInstanceOf(DudaoError);
  return [...result.error.issues];
}

const codesAndPaths = (input: unknown) => issuesOf(input).map(({ code, path }) => ({ code, path }));

describe('parseIndicatorSet', () => {
  it('accepts a valid set and returns a copy, leaving the input alone', () => {
    const input = tiny();
    const parsed = parseIndicatorSet(input);
    expect(parsed).toEqual(input);
    expect(parsed).not.toBe(input);
    expect(parsed.indicators[0]).not.toBe(input.indicators[0]);
  });

  it('accepts the JSON text of a set', () => {
    expect(parseIndicatorSet(JSON.stringify(tiny()))).toEqual(tiny());
  });

  it('rejects text that is not JSON with code invalid-json', () => {
    expect(codesAndPaths('{ not json')).toEqual([{ code: 'invalid-json', path: [] }]);
  });

  it('reports schema problems with their paths and messages in both languages', () => {
    const set = withIndicator(tiny(), 0, { thresholds: { primary: 'four', junior: '2' } });
    const [issue] = issuesOf(set);
    expect(issue?.path).toEqual(['indicators', 0, 'thresholds', 'primary']);
    expect(issue?.code).toBe('invalid-format');
    expect(issue?.message.length).toBeGreaterThan(0);
    expect(issue?.messageZh).toMatch(/\p{Script=Han}/u);
  });

  it('reports a missing field as required and an unknown field as unknown-key', () => {
    const { version: _version, ...noVersion } = tiny();
    expect(codesAndPaths(noVersion)).toEqual([{ code: 'required', path: ['version'] }]);
    expect(codesAndPaths({ ...tiny(), extra: 1 })).toEqual([{ code: 'unknown-key', path: ['extra'] }]);
  });

  it('rejects a duplicate indicator id at the second occurrence', () => {
    const set = tiny();
    const second = set.indicators[1];
    if (second === undefined) throw new Error('fixture');
    set.indicators[1] = { ...second, id: 'a' };
    expect(codesAndPaths(set)).toEqual([{ code: 'duplicate-id', path: ['indicators', 1, 'id'] }]);
  });

  it('rejects an alias that repeats an id or another alias', () => {
    expect(codesAndPaths(withIndicator(tiny(), 1, { aliases: ['a'] }))).toEqual([
      { code: 'duplicate-alias', path: ['indicators', 1, 'aliases', 0] },
    ]);
    expect(codesAndPaths(withIndicator(tiny(), 1, { aliases: ['beta', 'alpha'] }))).toEqual([
      { code: 'duplicate-alias', path: ['indicators', 1, 'aliases', 1] },
    ]);
  });

  it('rejects a variation rule naming an unknown indicator, or one indicator twice', () => {
    const set = tiny();
    set.rules.variation = { method: 'per-indicator', indicators: ['a', 'zz', 'a'], limits: { all: '0.5' } };
    expect(codesAndPaths(set)).toEqual([
      { code: 'unknown-indicator', path: ['rules', 'variation', 'indicators', 1] },
      { code: 'duplicate-id', path: ['rules', 'variation', 'indicators', 2] },
    ]);
  });

  it('rejects a variation rule without a limit for a stage its indicators cover', () => {
    const set = tiny();
    set.rules.variation = { method: 'per-indicator', indicators: ['a'], limits: { primary: '0.50' } };
    expect(codesAndPaths(set)).toEqual([
      { code: 'missing-limit', path: ['rules', 'variation', 'limits', 'junior'] },
    ]);
  });

  it('rejects a compared indicator without a threshold for one of its stages; `all` covers every stage', () => {
    expect(codesAndPaths(withIndicator(tiny(), 0, { thresholds: { primary: '1' } }))).toEqual([
      { code: 'missing-threshold', path: ['indicators', 0, 'thresholds', 'junior'] },
    ]);
    expect(
      parseIndicatorSet(withIndicator(tiny(), 0, { thresholds: { all: '1' } })).indicators[0]?.thresholds,
    ).toEqual({
      all: '1',
    });
    expect(codesAndPaths(withIndicator(tiny(), 1, { comparator: 'lt', stages: [] }))).toEqual([
      { code: 'missing-threshold', path: ['indicators', 1, 'thresholds'] },
    ]);
  });

  it('rejects minMet above the number of indicators that count towards it', () => {
    const set = tiny();
    set.rules.minMet = 2;
    const [issue] = issuesOf(set);
    expect(issue).toEqual({
      code: 'min-met-too-large',
      path: ['rules', 'minMet'],
      message: 'minMet is 2 but only 1 indicators count towards it',
      messageZh: 'minMet 为 2，但计入达标项数的指标只有 1 项',
    });
  });

  it('rejects minMet above the counting indicators of one stage', () => {
    const set = withIndicator(tiny(), 1, {
      comparator: 'gte',
      thresholds: { all: '1' },
      stages: ['primary'],
      countsTowardsMinMet: true,
    });
    set.rules.minMet = 2;
    expect(issuesOf(set).map(({ code, path, message }) => ({ code, path, message }))).toEqual([
      {
        code: 'min-met-too-large',
        path: ['rules', 'minMet'],
        message: 'minMet is 2 but only 1 indicators count towards it for stage "junior"',
      },
    ]);
  });

  it('refuses a threshold, limit or ratio with more than 15 significant digits (so a result’s number stands for it)', () => {
    const long = withIndicator(tiny(), 0, { thresholds: { primary: '4.20000000000000001', junior: '2' } });
    const [issue] = issuesOf(long);
    expect([issue?.code, issue?.path]).toEqual(['too-precise', ['indicators', 0, 'thresholds', 'primary']]);
    expect(issue?.messageZh).toContain('有效数字不得超过 15 位');
    // 15 significant digits, leading and trailing zeros not counted, are accepted
    for (const ok of ['4.20000000000000', '0.000123456789012345', '123456789012345000', '-0.85'])
      expect(
        safeParseIndicatorSet(withIndicator(tiny(), 0, { thresholds: { primary: ok, junior: '2' } })).success,
      ).toBe(true);
    expect(
      issuesOf(withIndicator(tiny(), 0, { thresholds: { primary: '1234567890123456', junior: '2' } })),
    ).toHaveLength(1);
  });

  it('rejects a floor ratio outside 0..1', () => {
    const set = tiny();
    set.rules.floorRatio = '1.5';
    expect(codesAndPaths(set)).toEqual([{ code: 'out-of-range', path: ['rules', 'floorRatio'] }]);
  });

  it('lists every consistency problem at once, and the error message names the first path', () => {
    const set = withIndicator(tiny(), 0, { thresholds: { primary: '1' } });
    set.rules.minMet = 3;
    const result = safeParseIndicatorSet(set);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues.map((i) => i.code)).toEqual(['missing-threshold', 'min-met-too-large']);
    expect(result.error.message).toBe(
      'indicators[0].thresholds.junior: indicator "a" has no threshold for stage "junior" (nor "all") (and 1 more)',
    );
  });

  it('rejects a set raising minMet of the 2017 set beyond its 7 resource indicators', () => {
    const set = { ...compulsoryQuality2017, rules: { ...compulsoryQuality2017.rules, minMet: 8 } };
    expect(() => parseIndicatorSet(set)).toThrow(DudaoError);
    expect(codesAndPaths(set)).toEqual([{ code: 'min-met-too-large', path: ['rules', 'minMet'] }]);
  });

  it('safeParseIndicatorSet returns data for the built-in sets', () => {
    for (const set of [compulsoryQuality2017, compulsoryBasic2012]) {
      const result = safeParseIndicatorSet(set);
      expect(result.success).toBe(true);
      if (result.success) expect(result.data).toEqual(set);
    }
  });

  it('safeParseIndicatorSet never throws for malformed input', () => {
    for (const input of [null, 42, 'x', [], { id: 'x' }]) {
      expect(safeParseIndicatorSet(input).success).toBe(false);
    }
  });
});
