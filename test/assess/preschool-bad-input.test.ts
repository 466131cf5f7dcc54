/**
 * Invalid preschool datasets through `assessPreschool` (throws a DudaoError naming the rule and
 * the field) and `safeAssessPreschool` (returns it); oddities that are warnings, not errors; and
 * sets that cannot assess a preschool dataset. Synthetic datasets.
 */
import { describe, expect, it } from 'vitest';
import { assessPreschool, safeAssessPreschool } from '../../src/assess/preschool.js';
import { DudaoError } from '../../src/error.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { customizeIndicatorSet } from '../../src/indicators/customize.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { deepFreeze, kindergarten, preschoolDataset } from '../fixtures/preschool-builders.js';

const SET = preschool2020;

// Fixtures are edited field by field to break one rule at a time.
// biome-ignore lint/suspicious/noExplicitAny: test fixtures are untyped JSON on purpose
type Loose = any;

function valid(): Loose {
  return preschoolDataset([
    kindergarten({
      id: 'k1',
      ownership: 'public-education',
      classes: [
        ['small', 20],
        ['mixed', 22],
      ],
      teachers: 3,
    }),
  ]);
}

function thrown(input: unknown): DudaoError {
  try {
    assessPreschool(input, SET);
  } catch (error) {
    expect(error).toBeInstanceOf(DudaoError);
    return error as DudaoError;
  }
  throw new Error('assessPreschool did not throw');
}

describe('assessPreschool rejects invalid datasets with the rule and the field', () => {
  it('an unknown ownership: invalid-enum at kindergartens[0].ownership', () => {
    const data = valid();
    data.kindergartens[0].ownership = 'private-profit';
    const error = thrown(data);
    expect([error.code, error.path]).toEqual(['invalid-enum', ['kindergartens', 0, 'ownership']]);
    expect(error.messageZh).toMatch(/[\u4e00-\u9fff]/);
  });

  it('an unknown class type: invalid-enum at kindergartens[0].classes[1].type', () => {
    const data = valid();
    data.kindergartens[0].classes[1].type = 'nursery';
    const error = thrown(data);
    expect([error.code, error.path]).toEqual(['invalid-enum', ['kindergartens', 0, 'classes', 1, 'type']]);
  });

  it('a negative count of children: negative at kindergartens[0].children', () => {
    const data = valid();
    data.kindergartens[0].children = -42;
    const error = thrown(data);
    expect([error.code, error.path]).toEqual(['negative', ['kindergartens', 0, 'children']]);
  });

  it('a fractional class size: not-integer at kindergartens[0].classes[0].children', () => {
    const data = valid();
    data.kindergartens[0].classes[0].children = 20.5;
    const error = thrown(data);
    expect([error.code, error.path]).toEqual(['not-integer', ['kindergartens', 0, 'classes', 0, 'children']]);
  });

  it('a fractional teacher count given as a string: not-integer at staff.fullTimeTeachers', () => {
    const data = valid();
    data.kindergartens[0].staff.fullTimeTeachers = '2.5';
    const error = thrown(data);
    expect([error.code, error.path]).toEqual([
      'not-integer',
      ['kindergartens', 0, 'staff', 'fullTimeTeachers'],
    ]);
  });

  it('a negative population: negative at populationAged3to5', () => {
    const data = valid();
    data.populationAged3to5 = -1;
    expect(thrown(data).path).toEqual(['populationAged3to5']);
  });

  it('every problem of a document in one error', () => {
    const data = valid();
    data.kindergartens[0].ownership = 'x';
    data.kindergartens[0].children = -1;
    expect(
      thrown(data)
        .issues.map((i) => i.code)
        .sort(),
    ).toEqual(['invalid-enum', 'negative']);
  });

  it('safeAssessPreschool returns the same error instead of throwing', () => {
    const data = valid();
    data.kindergartens[0].classes[1].type = 'nursery';
    const result = safeAssessPreschool(data, SET);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.path).toEqual(['kindergartens', 0, 'classes', 1, 'type']);
    expect(safeAssessPreschool(valid(), SET).success).toBe(true);
  });
});

describe('warnings, not errors', () => {
  it('class children that do not sum to the kindergarten’s children: class-children-sum', () => {
    const data = valid();
    data.kindergartens[0].children = 45; // classes: 20 + 22 = 42
    const assessment = assessPreschool(data, SET);
    expect(assessment.warnings.filter((w) => w.code === 'class-children-sum')).toEqual([
      {
        code: 'class-children-sum',
        path: ['kindergartens', 0, 'classes'],
        en: 'children of the classes of k1 add up to 42, the kindergarten has 45',
        zh: 'k1 各班幼儿数之和 42 与在园幼儿数 45 不符',
      },
    ]);
  });

  it('county facts and vetoes the set does not know: unused-fact, unused-veto', () => {
    const data = valid();
    data.countyFacts['gross-enrolement'] = { value: 90 };
    data.vetoes['exam-admission'] = false;
    const codes = assessPreschool(data, SET).warnings.map((w) => [w.code, w.path.join('.')]);
    expect(codes).toEqual([
      ['unused-fact', 'countyFacts.gross-enrolement'],
      ['unused-veto', 'vetoes.exam-admission'],
    ]);
  });

  it('a kindergarten with children but no class list leaves the class-size share unknown', () => {
    const data = valid();
    data.kindergartens.push(
      kindergarten({ id: 'k2', ownership: 'private-other', children: 30, teachers: 2 }),
    );
    const assessment = assessPreschool(data, SET);
    const share = assessment.countyIndicators.find((r) => r.indicator === 'classes-within-size');
    expect([share?.status, share?.missing]).toEqual(['unknown', ['kindergartens[1].classes']]);
  });

  it('does not mutate its input', () => {
    const data = deepFreeze(valid());
    expect(() => assessPreschool(data, SET)).not.toThrow();
  });
});

describe('sets that cannot assess a preschool dataset', () => {
  it('a compulsory set: wrong-programme', () => {
    expect(() => assessPreschool(valid(), compulsoryQuality2017)).toThrowError(
      expect.objectContaining({ code: 'wrong-programme', path: ['set', 'programme'] }),
    );
  });

  it('an indicator with a metric dudao does not have: unknown-metric, at the indicator', () => {
    const base = preschool2020.indicators.find((i) => i.id === 'party-leadership');
    if (base === undefined) throw new Error('no party-leadership');
    const custom = customizeIndicatorSet(preschool2020, {
      id: 'preschool-custom',
      add: [{ ...base, id: 'made-up', aliases: [], metric: 'no-such-metric' }],
    });
    const error = (() => {
      try {
        assessPreschool(valid(), custom);
      } catch (e) {
        return e as DudaoError;
      }
      throw new Error('did not throw');
    })();
    expect([error.code, error.path]).toEqual([
      'unknown-metric',
      ['set', 'indicators', custom.indicators.length - 1, 'metric'],
    ]);
  });
});
