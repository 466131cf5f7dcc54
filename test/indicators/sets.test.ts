import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { builtInIndicatorSets, getIndicatorSet } from '../../src/indicators/built-in.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { parseIndicatorSet } from '../../src/indicators/parse.js';
import type { Indicator, IndicatorSet } from '../../src/indicators/types.js';

const byId = (set: IndicatorSet, id: string): Indicator => {
  const found = set.indicators.find((indicator) => indicator.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
};
const ofAspect = (set: IndicatorSet, aspect: string): Indicator[] =>
  set.indicators.filter((indicator) => indicator.aspect === aspect);

describe.each([
  ['compulsory-quality-2017', compulsoryQuality2017],
  ['compulsory-basic-2012', compulsoryBasic2012],
] as const)('built-in set %s', (id, set) => {
  it('has its id and passes parseIndicatorSet unchanged', () => {
    expect(set.id).toBe(id);
    expect(parseIndicatorSet(set)).toEqual(set);
  });

  it('survives a JSON round trip (JSON.stringify → parseIndicatorSet) as an equal set', () => {
    expect(parseIndicatorSet(JSON.stringify(set))).toEqual(set);
    expect(parseIndicatorSet(JSON.parse(JSON.stringify(set)))).toEqual(set);
  });

  it('names every indicator in Chinese and English and cites a document with a clause and a confidence', () => {
    for (const indicator of set.indicators) {
      expect(indicator.name.zh.length, indicator.id).toBeGreaterThan(0);
      expect(indicator.name.en.length, indicator.id).toBeGreaterThan(0);
      expect(indicator.name.zh, indicator.id).toMatch(/\p{Script=Han}/u);
      expect(indicator.source.document, indicator.id).toBe(set.source);
      expect(indicator.source.clause, indicator.id).toMatch(/§\d/);
      expect(indicator.source.confidence, indicator.id).toBeDefined();
      expect(indicator.programme, indicator.id).toBe(set.programme);
    }
  });

  it('has unique ids, and no alias repeats an id or another alias', () => {
    const ids = set.indicators.map((indicator) => indicator.id);
    const aliases = set.indicators.flatMap((indicator) => indicator.aliases ?? []);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set([...ids, ...aliases]).size).toBe(ids.length + aliases.length);
  });

  it('is frozen, so no caller can change the standard for everyone', () => {
    expect(Object.isFrozen(set)).toBe(true);
    expect(Object.isFrozen(set.indicators[0]?.thresholds)).toBe(true);
    expect(() => {
      (set.rules as { minMet?: number }).minMet = 1;
    }).toThrow(TypeError);
  });

  it('is registered under its id', () => {
    expect(builtInIndicatorSets[id]).toBe(set);
    expect(getIndicatorSet(id)).toBe(set);
  });
});

describe('compulsoryQuality2017 (教督〔2017〕6号)', () => {
  const set = compulsoryQuality2017;

  it('has the rules of the 2017 measures: 6 of 7, 85 % floor, per-indicator CV 0.50 / 0.45', () => {
    expect(set.programme).toBe('compulsory-quality');
    expect(set.source).toBe('教督〔2017〕6号《县域义务教育优质均衡发展督导评估办法》');
    expect(set.rules).toEqual({
      minMet: 6,
      floorRatio: '0.85',
      variation: {
        method: 'per-indicator',
        indicators: [
          'qualified-teachers-per-100',
          'key-teachers-per-100',
          'pe-art-teachers-per-100',
          'teaching-area-per-pupil',
          'sports-area-per-pupil',
          'equipment-value-per-pupil',
          'multimedia-rooms-per-100',
        ],
        limits: { primary: '0.50', junior: '0.45' },
      },
      excludeKinds: ['special-education'],
      excludeTeachingPointsBelow: 50,
      splitWeights: { primary: '1', junior: '1.1', senior: '1.32', completeSecondarySenior: '1.2' },
    });
  });

  it('has exactly the 7 resource indicators with their thresholds per stage', () => {
    const resources = ofAspect(set, 'resource-allocation');
    expect(Object.fromEntries(resources.map((i) => [i.id, i.thresholds]))).toEqual({
      'qualified-teachers-per-100': { primary: '4.2', junior: '5.3' },
      'key-teachers-per-100': { primary: '1', junior: '1' },
      'pe-art-teachers-per-100': { primary: '0.9', junior: '0.9' },
      'teaching-area-per-pupil': { primary: '4.5', junior: '5.8' },
      'sports-area-per-pupil': { primary: '7.5', junior: '10.2' },
      'equipment-value-per-pupil': { primary: '2000', junior: '2500' },
      'multimedia-rooms-per-100': { primary: '2.3', junior: '2.4' },
    });
    for (const indicator of resources) {
      expect(indicator).toMatchObject({
        scope: 'institution',
        stages: ['primary', 'junior'],
        comparator: 'gte',
        countsTowardsMinMet: true,
        metric: indicator.id,
      });
      expect(indicator.unit).toBeDefined();
    }
    expect(set.indicators.filter((i) => i.countsTowardsMinMet === true)).toHaveLength(7);
    expect(byId(set, 'teaching-area-per-pupil').unit).toEqual({ zh: '平方米/生', en: 'm² per pupil' });
    expect(byId(set, 'equipment-value-per-pupil').unit?.en).toBe('yuan per pupil');
  });

  it('groups the government-guarantee indicators into exactly 15 items', () => {
    const guarantee = ofAspect(set, 'government-guarantee');
    const items = new Set(guarantee.map((indicator) => indicator.item));
    expect(items.has(undefined)).toBe(false);
    expect([...items]).toEqual([
      'school-layout',
      'unified-standards',
      'music-art-rooms',
      'school-size',
      'class-size',
      'small-school-funding',
      'special-education-funding',
      'teacher-pay',
      'teacher-training-360',
      'staffing-county-management',
      'teacher-exchange',
      'certified-teachers',
      'nearby-enrolment',
      'high-school-quota',
      'migrant-children',
    ]);
    expect(guarantee.filter((i) => i.item === 'music-art-rooms').map((i) => i.id)).toEqual([
      'music-art-rooms',
      'music-room-area',
      'art-room-area',
    ]);
    expect(guarantee.filter((i) => i.item === 'teacher-exchange').map((i) => i.id)).toEqual([
      'teacher-exchange',
      'teacher-exchange-key',
    ]);
  });

  it('states the government-guarantee thresholds of the standards file', () => {
    const pick = (id: string) => {
      const { scope, metric, comparator, thresholds } = byId(set, id);
      return { scope, metric, comparator, thresholds };
    };
    expect(pick('music-art-rooms')).toEqual({
      scope: 'institution',
      metric: 'music-art-rooms-per-12-classes',
      comparator: 'gte',
      thresholds: { all: '1' },
    });
    expect(pick('music-room-area').thresholds).toEqual({ all: '96' });
    expect(pick('art-room-area').thresholds).toEqual({ all: '90' });
    expect(pick('school-size')).toEqual({
      scope: 'institution',
      // 小学、初中 only (corrections after the audit): not teaching points or complete secondary schools
      metric: 'primary-junior-school-enrolment',
      comparator: 'lte',
      thresholds: { all: '2000' },
    });
    expect(pick('school-size-combined')).toMatchObject({
      metric: 'school-enrolment-combined',
      thresholds: { all: '2500' },
    });
    expect(pick('class-size')).toEqual({
      scope: 'institution',
      metric: 'largest-class-size',
      comparator: 'lte',
      thresholds: { primary: '45', junior: '50' },
    });
    expect(pick('special-education-funding')).toEqual({
      scope: 'county',
      metric: 'county-fact-value',
      comparator: 'gte',
      thresholds: { all: '6000' },
    });
    expect(pick('teacher-pay')).toMatchObject({ metric: 'county-fact-ratio', thresholds: { all: '1' } });
    expect(pick('teacher-training-360')).toMatchObject({
      metric: 'county-fact-percent',
      thresholds: { all: '100' },
    });
    expect(pick('teacher-exchange').thresholds).toEqual({ all: '10' });
    expect(pick('teacher-exchange-key').thresholds).toEqual({ all: '20' });
    expect(pick('certified-teachers')).toMatchObject({
      metric: 'certified-teachers-share',
      thresholds: { all: '100' },
    });
    expect(byId(set, 'nearby-enrolment-primary')).toMatchObject({
      stages: ['primary'],
      thresholds: { all: '100' },
    });
    expect(byId(set, 'nearby-enrolment-junior')).toMatchObject({
      stages: ['junior'],
      thresholds: { all: '95' },
    });
    expect(pick('high-school-quota').thresholds).toEqual({ all: '50' });
    expect(pick('migrant-children').thresholds).toEqual({ all: '85' });
    for (const id of [
      'school-layout',
      'unified-standards',
      'small-school-funding',
      'staffing-county-management',
    ]) {
      expect(pick(id)).toEqual({
        scope: 'county',
        metric: 'county-fact-judgement',
        comparator: 'bool',
        thresholds: {},
      });
    }
    for (const id of ['music-art-rooms', 'music-room-area', 'art-room-area']) {
      expect(byId(set, id).countsTowardsMinMet).toBe(false);
    }
  });

  it('has 9 education-quality items; monitoring holds a level judgement and a difference rate below 0.15', () => {
    const quality = ofAspect(set, 'education-quality');
    expect(new Set(quality.map((i) => i.item)).size).toBe(9);
    expect(quality.every((i) => i.item !== undefined)).toBe(true);
    expect(byId(set, 'junior-retention')).toMatchObject({ comparator: 'gte', thresholds: { all: '95' } });
    expect(byId(set, 'disabled-enrolment')).toMatchObject({ comparator: 'gte', thresholds: { all: '95' } });
    expect(byId(set, 'training-funds')).toMatchObject({ comparator: 'gte', thresholds: { all: '5' } });
    expect(byId(set, 'quality-monitoring-level')).toMatchObject({
      item: 'quality-monitoring',
      comparator: 'bool',
    });
    expect(byId(set, 'quality-monitoring-difference')).toMatchObject({
      item: 'quality-monitoring',
      metric: 'county-fact-value',
      comparator: 'lt',
      thresholds: { all: '0.15' },
    });
  });

  it('makes social recognition below 85 % a veto, and has 6 other vetoes', () => {
    expect(byId(set, 'social-recognition')).toMatchObject({
      aspect: 'social-recognition',
      metric: 'survey-satisfaction',
      comparator: 'gte',
      thresholds: { all: '85' },
      veto: true,
    });
    const vetoes = ofAspect(set, 'veto');
    expect(vetoes.map((i) => i.id)).toEqual([
      'exam-admission',
      'illegal-school-choice',
      'key-schools-or-classes',
      'unfilled-posts',
      'major-accidents',
      'falsified-data',
    ]);
    for (const veto of vetoes) {
      expect(veto).toMatchObject({ scope: 'county', metric: 'veto-flag', comparator: 'bool', veto: true });
    }
  });

  it('has the basic-balance precondition', () => {
    expect(byId(set, 'basic-balance-3-years')).toMatchObject({
      aspect: 'precondition',
      scope: 'county',
      metric: 'county-fact-judgement',
      comparator: 'bool',
    });
  });

  it('keeps the standards-file ids as aliases', () => {
    expect(byId(set, 'qualified-teachers-per-100').aliases).toContain('ra-qualified-teachers');
    expect(byId(set, 'teacher-exchange').aliases).toContain('gg-exchange-10');
    expect(byId(set, 'illegal-school-choice').aliases).toContain('veto-school-choice');
  });

  it('carries the confidence column: room areas medium / medium-low, vetoes from recollection medium', () => {
    expect(byId(set, 'music-room-area').source.confidence).toBe('medium');
    expect(byId(set, 'art-room-area').source.confidence).toBe('medium-low');
    expect(byId(set, 'unfilled-posts').source.confidence).toBe('medium');
    expect(byId(set, 'exam-admission').source.confidence).toBe('high');
  });
});

describe('compulsoryBasic2012 (教督〔2012〕3号)', () => {
  const set = compulsoryBasic2012;

  it('judges 8 variation indicators by a composite CV of at most 0.65 / 0.55', () => {
    expect(set.rules.variation).toEqual({
      method: 'composite',
      indicators: [
        'teaching-area-per-pupil',
        'sports-area-per-pupil',
        'equipment-value-per-pupil',
        'computers-per-100',
        'books-per-pupil',
        'teachers-per-pupil',
        'qualified-teachers-per-pupil',
        'senior-title-teachers-per-pupil',
      ],
      limits: { primary: '0.65', junior: '0.55' },
    });
    const variation = ofAspect(set, 'school-variation');
    expect(variation.map((i) => i.id)).toEqual(set.rules.variation?.indicators);
    for (const indicator of variation) {
      expect(indicator).toMatchObject({
        scope: 'institution',
        stages: ['primary', 'junior'],
        comparator: 'none',
        thresholds: {},
        metric: indicator.id,
      });
    }
  });

  it('excludes every teaching point and special-education school, with no 6-of-7 rule', () => {
    expect(set.rules.excludeTeachingPointsBelow).toBe('all');
    expect(set.rules.excludeKinds).toEqual(['special-education']);
    expect(set.rules.minMet).toBeUndefined();
    expect(set.rules.splitWeights).toEqual({
      primary: '1',
      junior: '1.1',
      senior: '1.32',
      completeSecondarySenior: '1.2',
    });
  });

  it('scores county government work at 85 (medium-high since the audit) and treats public satisfaction as advisory by default', () => {
    expect(byId(set, 'provincial-basic-standards')).toMatchObject({
      aspect: 'precondition',
      comparator: 'bool',
    });
    expect(byId(set, 'government-work-score')).toMatchObject({
      metric: 'county-fact-value',
      comparator: 'gte',
      thresholds: { all: '85' },
      // Guangdong 2016 notice and the MOE feedback to Hebei (S11): corrections after the audit.
      source: { confidence: 'medium-high' },
    });
    const satisfaction = byId(set, 'social-recognition');
    expect(satisfaction).toMatchObject({
      metric: 'survey-satisfaction',
      thresholds: { all: '85' },
      advisory: true,
    });
    expect(satisfaction.veto).toBeUndefined();
    expect(satisfaction.source.note).toMatch(/important reference, not a pass threshold/);
  });
});

describe('getIndicatorSet', () => {
  it('lists the known ids when the id is unknown', () => {
    expect(() => getIndicatorSet('compulsory-2017')).toThrow(DudaoError);
    try {
      getIndicatorSet('compulsory-2017');
    } catch (error) {
      expect(error).toBeInstanceOf(DudaoError);
      const e = error as DudaoError;
      expect(e.code).toBe('unknown-set');
      expect(e.message).toBe(
        `unknown indicator set "compulsory-2017" (known: ${Object.keys(builtInIndicatorSets).join(', ')})`,
      );
      expect(e.message).toContain('compulsory-basic-2012, compulsory-quality-2017');
      expect(e.messageZh).toContain('compulsory-quality-2017');
    }
  });

  it('does not answer to inherited property names', () => {
    expect(() => getIndicatorSet('toString')).toThrow(DudaoError);
  });
});
