/**
 * The preschool indicator set as data (教督〔2020〕1号, standards.md section 3): ids, names, units,
 * sources with their confidence, aliases for the standards file's ids, freezing and registration.
 */
import { describe, expect, it } from 'vitest';
import { preschoolMetrics } from '../../src/assess/preschool-metrics.js';
import { builtInIndicatorSets, getIndicatorSet } from '../../src/indicators/built-in.js';
import { parseIndicatorSet } from '../../src/indicators/parse.js';
import { preschool2020, preschool2020Henan } from '../../src/indicators/preschool-2020.js';
import type { Indicator } from '../../src/indicators/types.js';

const SET = preschool2020;
const byId = (id: string): Indicator => {
  const found = SET.indicators.find((i) => i.id === id);
  if (found === undefined) throw new Error(`no indicator ${id}`);
  return found;
};
const ofAspect = (aspect: string) => SET.indicators.filter((i) => i.aspect === aspect);

describe('preschool2020 (教督〔2020〕1号)', () => {
  it('is a valid, frozen, registered set that survives a JSON round trip', () => {
    expect(SET.id).toBe('preschool-2020');
    expect(SET.programme).toBe('preschool');
    expect(SET.source).toBe('教督〔2020〕1号《县域学前教育普及普惠督导评估办法》');
    expect(parseIndicatorSet(SET)).toEqual(SET);
    expect(parseIndicatorSet(JSON.stringify(SET))).toEqual(SET);
    expect(Object.isFrozen(SET.indicators[0]?.thresholds)).toBe(true);
    expect(builtInIndicatorSets['preschool-2020']).toBe(SET);
    expect(getIndicatorSet('preschool-2020-henan')).toBe(preschool2020Henan);
    expect(Object.isFrozen(preschool2020Henan)).toBe(true);
  });

  it('has the contract ids, each measured by children where it is an access figure', () => {
    expect(ofAspect('access').map((i) => [i.id, i.comparator, i.thresholds.all])).toEqual([
      ['gross-enrolment', 'gte', '85'],
      ['inclusive-coverage', 'gte', '80'],
      ['public-share', 'gte', '50'],
    ]);
    expect([byId('children-per-teacher').comparator, byId('children-per-teacher').thresholds.all]).toEqual([
      'lte',
      '15',
    ]);
  });

  it('has the 11 government-guarantee items (funding as two indicators of one item)', () => {
    const items = new Set(ofAspect('government-guarantee').map((i) => i.item));
    expect(items.size).toBe(11);
    // 500 yuan and 75 % are provincial parameters (one county page, S15; corrections after the
    // audit): no national threshold, flagged provincialThreshold.
    expect(
      ofAspect('government-guarantee')
        .filter((i) => i.item === 'funding')
        .map((i) => [i.thresholds, i.provincialThreshold]),
    ).toEqual([
      [{}, true],
      [{}, true],
    ]);
    expect(byId('non-established-teacher-pay')).toMatchObject({ thresholds: {}, provincialThreshold: true });
    // Third-party labels only: reported for reference.
    expect(byId('conditions-improved').advisory).toBe(true);
    expect(byId('no-major-accident').advisory).toBe(true);
  });

  it('has the 6 care-quality items, with the premises norms, class caps and the 85 % class share', () => {
    expect(new Set(ofAspect('care-quality').map((i) => i.item))).toEqual(
      new Set([
        'premises',
        'class-size',
        'teacher-ratio',
        'certified-staff',
        'science-based-care',
        'no-primary-schooling',
      ]),
    );
    expect(
      ['outdoor-play-area-per-child', 'activity-room-area-per-child', 'building-area-per-child'].map(
        (id) => byId(id).thresholds.all,
      ),
    ).toEqual(['4', '8.17', '10.44']);
    expect(
      ['class-size-small', 'class-size-middle', 'class-size-large', 'class-size-mixed'].map(
        (id) => byId(id).thresholds.all,
      ),
    ).toEqual(['25', '30', '35', '30']);
    expect(byId('classes-within-size').thresholds.all).toBe('85');
    expect(byId('building-area-share-from-2017').thresholds.all).toBe('100');
    expect(byId('building-area-share-before-2017').thresholds.all).toBe('50');
  });

  it('has social recognition ≥ 85 and the vetoes major-accidents and falsified-data', () => {
    expect(byId('social-recognition').thresholds.all).toBe('85');
    // The accident veto rests on a third-party label only for preschool: advisory (corrections after the audit).
    expect(ofAspect('veto').map((i) => [i.id, i.veto, i.advisory === true])).toEqual([
      ['major-accidents', true, true],
      ['falsified-data', true, false],
    ]);
  });

  it('names, sources and units: every indicator in both languages, with a clause and a confidence; medium or low ones say why', () => {
    for (const indicator of SET.indicators) {
      expect(indicator.name.zh, indicator.id).toMatch(/\p{Script=Han}/u);
      expect(indicator.name.en.length, indicator.id).toBeGreaterThan(0);
      expect(indicator.source.document, indicator.id).toBe(SET.source);
      expect(indicator.source.clause, indicator.id).toMatch(/§3\.\d/);
      expect(indicator.source.confidence, indicator.id).toBeDefined();
      if (indicator.source.confidence !== 'high') expect(indicator.source.note, indicator.id).toBeDefined();
      if (indicator.comparator !== 'bool') expect(indicator.unit, indicator.id).toBeDefined();
      expect(indicator.stages).toEqual(['kindergarten']);
      expect(preschoolMetrics[indicator.metric], indicator.metric).toBeDefined();
    }
    expect(byId('public-funding-per-child').source.confidence).toBe('low-medium');
    expect(byId('non-established-teacher-pay').source.confidence).toBe('low-medium');
  });

  it('keeps the standards file’s ids as aliases', () => {
    const aliases = SET.indicators.flatMap((i) => i.aliases ?? []);
    for (const id of [
      'pp-gross-enrolment',
      'pp-inclusive-coverage',
      'pp-public-share',
      'pg-party',
      'pg-planning',
      'pg-network',
      'pg-estate-kg',
      'pg-funding',
      'pg-fees',
      'pg-teacher-pay',
      'pg-safety',
      'pg-supervision',
      'pg-conditions',
      'pg-no-accident',
      'pq-class-size',
      'pq-teacher-ratio',
      'pq-certified',
      'pq-science-care',
      'pq-no-primary',
      'pk-outdoor-area',
      'pk-activity-area',
      'pk-building-area',
      'kg-class-small',
      'kg-class-mixed',
    ]) {
      expect(aliases, id).toContain(id);
    }
  });
});
