/**
 * Invalid datasets through `assessCompulsory` (throws a DudaoError naming the rule and the field)
 * and `safeAssessCompulsory` (returns it), and the promise that the input is never mutated.
 * Synthetic datasets.
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory, safeAssessCompulsory } from '../../src/assess/county.js';
import { DudaoError } from '../../src/error.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import type { IndicatorSet } from '../../src/indicators/types.js';
import { dataset, type SchoolData, school } from '../fixtures/compulsory-builders.js';
import { county2017, county2017Variant, deepFreeze } from '../fixtures/county-2017.js';

const SET = compulsoryQuality2017;

function thrown(input: unknown): DudaoError {
  try {
    assessCompulsory(input, SET);
  } catch (error) {
    expect(error).toBeInstanceOf(DudaoError);
    return error as DudaoError;
  }
  throw new Error('assessCompulsory did not throw');
}

const valid = (): SchoolData =>
  school('a1', 'primary', { pupils: 812, classes: 18, teachers: { fullTime: 48 } });

describe('assessCompulsory rejects invalid datasets with the rule and the field', () => {
  it('duplicate school ids: duplicate-id at schools[1].id', () => {
    const error = thrown(dataset([valid(), valid()]));
    expect([error.code, error.path]).toEqual(['duplicate-id', ['schools', 1, 'id']]);
  });

  it('a stage the kind of school cannot have (a primary school with a junior section): stage-not-allowed', () => {
    const bad: SchoolData = { ...valid(), sections: { junior: { pupils: 300, classes: 6, teachers: {} } } };
    const error = thrown(dataset([bad]));
    expect([error.code, error.path]).toEqual(['stage-not-allowed', ['schools', 0, 'sections', 'junior']]);
  });

  it('a teaching point with a junior section: stage-not-allowed', () => {
    const bad: SchoolData = {
      id: 't1',
      name: '教学点',
      kind: 'teaching-point',
      ownership: 'public',
      sections: {
        primary: { pupils: 30, classes: 2, teachers: {} },
        junior: { pupils: 12, classes: 1, teachers: {} },
      },
    };
    const error = thrown(dataset([valid(), bad]));
    expect([error.code, error.path]).toEqual(['stage-not-allowed', ['schools', 1, 'sections', 'junior']]);
  });

  it('a twelve-year school without seniorPupils: missing-senior-pupils', () => {
    const bad: SchoolData = {
      id: 'y1',
      name: '十二年一贯制学校',
      kind: 'twelve-year',
      ownership: 'public',
      sections: { primary: { pupils: 300, classes: 6, teachers: {} } },
      sharedStock: { books: 9000 },
    };
    const error = thrown(dataset([bad]));
    expect([error.code, error.path]).toEqual(['missing-senior-pupils', ['schools', 0, 'seniorPupils']]);
  });

  it.each([812.5, '812.5'])('a count with a fraction (pupils %s): not-integer', (pupils) => {
    const error = thrown(dataset([school('a1', 'primary', { pupils, classes: 18, teachers: {} })]));
    expect([error.code, error.path]).toEqual([
      'not-integer',
      ['schools', 0, 'sections', 'primary', 'pupils'],
    ]);
  });

  it('a negative count (key teachers −1): negative', () => {
    const error = thrown(
      dataset([school('a1', 'primary', { pupils: 812, classes: 18, teachers: { keyCountyOrAbove: -1 } })]),
    );
    expect([error.code, error.path]).toEqual([
      'negative',
      ['schools', 0, 'sections', 'primary', 'teachers', 'keyCountyOrAbove'],
    ]);
  });

  it.each([
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-finite'],
    ['Infinity', 'not-finite'],
    ['abc', 'not-a-number'],
  ])('a sports area of %s: %s', (sportsArea, code) => {
    const error = thrown(
      dataset([
        school('a1', 'primary', {
          pupils: 812,
          classes: 18,
          teachers: {},
          stock: { sportsArea: sportsArea as number },
        }),
      ]),
    );
    expect([error.code, error.path]).toEqual([
      code,
      ['schools', 0, 'sections', 'primary', 'stock', 'sportsArea'],
    ]);
  });

  it('a negative area (−0.5 m²): negative', () => {
    const error = thrown(
      dataset([
        school('a1', 'primary', { pupils: 812, classes: 18, teachers: {}, stock: { sportsArea: '-0.5' } }),
      ]),
    );
    expect([error.code, error.path]).toEqual([
      'negative',
      ['schools', 0, 'sections', 'primary', 'stock', 'sportsArea'],
    ]);
  });

  it('a section with 0 pupils: no-pupils', () => {
    const error = thrown(dataset([school('a1', 'primary', { pupils: 0, classes: 0, teachers: {} })]));
    expect([error.code, error.path]).toEqual(['no-pupils', ['schools', 0, 'sections', 'primary', 'pupils']]);
  });

  it('reports every problem of a document in one error (issues), the first as code and path', () => {
    const error = thrown(
      dataset([
        school('a1', 'primary', { pupils: '812.5', classes: 18, teachers: {} }),
        school('a1', 'primary', { pupils: -3, classes: 18, teachers: {} }),
      ]),
    );
    expect(error.issues.map((i) => i.code).sort()).toEqual(['duplicate-id', 'negative', 'not-integer']);
    expect(error.issues.every((i) => i.messageZh.length > 0)).toBe(true);
  });

  it('a set of another programme: wrong-programme at set.programme', () => {
    const preschool2020: IndicatorSet = {
      ...compulsoryQuality2017,
      id: 'preschool-like',
      programme: 'preschool',
    };
    expect(() => assessCompulsory(county2017, preschool2020)).toThrow(DudaoError);
    const result = safeAssessCompulsory(county2017, preschool2020);
    expect(result.success).toBe(false);
    if (!result.success)
      expect([result.error.code, result.error.path]).toEqual(['wrong-programme', ['set', 'programme']]);
  });
});

describe('safeAssessCompulsory', () => {
  it('returns { success: false, error } instead of throwing', () => {
    const result = safeAssessCompulsory(dataset([valid(), valid()]), SET);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error).toBeInstanceOf(DudaoError);
    expect([result.error.code, result.error.path]).toEqual(['duplicate-id', ['schools', 1, 'id']]);
  });

  it('returns { success: true, data } equal to what assessCompulsory returns', () => {
    const result = safeAssessCompulsory(county2017, SET);
    expect(result.success).toBe(true);
    if (result.success) expect(result.data).toEqual(assessCompulsory(county2017, SET));
  });

  it('rejects a document that is not an object at all', () => {
    for (const input of [null, undefined, 42, 'dataset', []]) {
      const result = safeAssessCompulsory(input, SET);
      expect(result.success).toBe(false);
    }
  });
});

describe('inputs are never mutated', () => {
  it('assesses a deep-frozen dataset (both sets) and leaves it equal to a copy taken before', () => {
    const before = structuredClone(county2017);
    expect(Object.isFrozen(county2017.schools[4]?.sharedStock)).toBe(true);
    assessCompulsory(county2017, compulsoryQuality2017);
    assessCompulsory(county2017, compulsoryBasic2012);
    expect(county2017).toEqual(before);
  });

  it('does not mutate an unfrozen dataset either (the split of shared stock writes nowhere)', () => {
    const data = county2017Variant();
    const before = structuredClone(data);
    assessCompulsory(data, compulsoryQuality2017, { ownership: 'public' });
    expect(data).toEqual(before);
  });

  it('gives the same result for a frozen and an unfrozen copy, and for two runs', () => {
    const frozen = deepFreeze(county2017Variant());
    const first = assessCompulsory(frozen, SET);
    expect(assessCompulsory(county2017Variant(), SET)).toEqual(first);
    expect(assessCompulsory(frozen, SET)).toEqual(first);
  });
});
