/**
 * Known answers for the corrections of issue #17 ("Fidelity to the standards") outside the 2017
 * wording: provincial parameters without a national threshold (preschool 500 yuan and 75 %,
 * Henan's 40 training hours, Shanghai's monthly visits), items reported for reference (the
 * preschool accident veto, about 5 schools per responsible inspector), the 2012 public
 * satisfaction switch, the rounding convention of a set, and the figures counties print for
 * comparison (the 2017 "综合差异系数", inclusive coverage by kindergartens). Sources:
 * standards.md, "Corrections after the item-by-item audit".
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { explainResult } from '../../src/assess/explain.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { DudaoError } from '../../src/error.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { customizeIndicatorSet } from '../../src/indicators/customize.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { supervisionReform2020 } from '../../src/indicators/supervision-reform-2020.js';
import { assessSupervisionReform } from '../../src/inspection/reform.js';
import { dataset, primaryMeetingAll, school, section2017 } from '../fixtures/compulsory-builders.js';
import { county2017Variant } from '../fixtures/county-2017.js';
import { preschoolCounty } from '../fixtures/preschool-county.js';
import { countyOf } from '../fixtures/preschool-helpers.js';
import {
  preschoolProvincialExample,
  supervisionReformProvincialExample,
} from '../fixtures/provincial-examples.js';

function withPreschoolFacts(facts: Record<string, unknown>, vetoes?: Record<string, boolean>) {
  const data = structuredClone(preschoolCounty) as Record<string, unknown>;
  data.countyFacts = { ...(data.countyFacts as object), ...facts };
  if (vetoes !== undefined) data.vetoes = vetoes;
  return data;
}

describe('preschool: 500 yuan per child and 75 % are provincial parameters', () => {
  it('the national set leaves a figure unknown (it was met at 500 ≥ 500 before the correction)', () => {
    const a = assessPreschool(
      withPreschoolFacts({ 'public-funding-per-child': { value: 500 } }),
      preschool2020,
    );
    const r = countyOf(a, 'public-funding-per-child');
    expect(r.status).toBe('unknown');
    expect(r.missing).toEqual(['thresholds.public-funding-per-child (provincial parameter)']);
    expect(countyOf(a, 'non-established-teacher-pay').status).toBe('unknown');
    expect(a.reasons.filter((x) => x.code === 'unknown').map((x) => x.indicator)).toEqual([
      'public-funding-per-child',
      'inclusive-subsidy-per-child',
      'non-established-teacher-pay',
    ]);
  });

  it('the national set decides a judgement on evidence', () => {
    const a = assessPreschool(
      withPreschoolFacts({ 'public-funding-per-child': { met: false, note: '未达省定标准' } }),
      preschool2020,
    );
    expect(countyOf(a, 'public-funding-per-child').status).toBe('unmet');
  });

  it('the provincial example decides 500 ≥ 500 and 3600 ÷ 4800 × 100 = 75 ≥ 75 exactly; 499.99 fails', () => {
    const a = assessPreschool(withPreschoolFacts({}), preschoolProvincialExample);
    expect(explainResult(countyOf(a, 'inclusive-subsidy-per-child')).en).toBe('500 ≥ 500');
    expect(explainResult(countyOf(a, 'non-established-teacher-pay')).en).toBe('3600 ÷ 4800 × 100 = 75 ≥ 75');
    const b = assessPreschool(
      withPreschoolFacts({ 'public-funding-per-child': { value: '499.99' } }),
      preschoolProvincialExample,
    );
    expect(countyOf(b, 'public-funding-per-child')).toMatchObject({ status: 'unmet', threshold: 500 });
  });
});

describe('preschool: the accident veto and two items rest on third-party labels only', () => {
  it('a major accident is reported but does not fail the county under the national set (it did before)', () => {
    const a = assessPreschool(
      withPreschoolFacts({}, { 'major-accidents': true, 'falsified-data': false }),
      preschool2020,
    );
    const veto = a.vetoes.find((v) => v.indicator === 'major-accidents');
    expect(veto).toMatchObject({ status: 'unmet', advisory: true });
    expect(a.reasons.some((r) => r.code === 'veto')).toBe(false);
  });

  it('a province whose text has the veto switches it on: { advisory: { "major-accidents": false } }', () => {
    const province = customizeIndicatorSet(preschoolProvincialExample, {
      id: 'preschool-with-accident-veto',
      advisory: { 'major-accidents': false },
    });
    expect(province.changes).toEqual([
      { kind: 'indicator', target: 'major-accidents', from: { advisory: true }, to: { advisory: false } },
    ]);
    const a = assessPreschool(
      withPreschoolFacts({}, { 'major-accidents': true, 'falsified-data': false }),
      province,
    );
    expect(a.reasons.filter((r) => r.code === 'veto').map((r) => r.indicator)).toEqual(['major-accidents']);
  });
});

describe('supervision reform: provincial practice is not national', () => {
  const facts = {
    'inspector-training-hours': { value: 40 },
    'visits-per-school-per-month': { numerator: 1440, denominator: 1440 },
    'schools-per-inspector': { numerator: 131, denominator: 26 },
  };
  const data = {
    schemaVersion: 1,
    county: { code: '999101', name: '合成县' },
    year: 2022,
    countyFacts: facts,
  };
  const byId = (a: ReturnType<typeof assessSupervisionReform>, id: string) =>
    a.countyIndicators.find((r) => r.indicator === id);

  it('40 hours and monthly visits are unknown under the national set; { met } decides them', () => {
    const a = assessSupervisionReform(data, supervisionReform2020);
    expect(byId(a, 'inspector-training-hours')?.missing).toEqual([
      'thresholds.inspector-training-hours (provincial parameter)',
    ]);
    expect(byId(a, 'visits-per-school-per-month')?.status).toBe('unknown');
    const judged = assessSupervisionReform(
      { ...data, countyFacts: { 'inspector-training-hours': { met: true } } },
      supervisionReform2020,
    );
    expect(byId(judged, 'inspector-training-hours')?.status).toBe('met');
  });

  it('131 schools ÷ 26 inspectors = 5.04 is reported against "about 5" but decides nothing nationally; Henan’s 1 : 5 fails it', () => {
    const national = assessSupervisionReform(data, supervisionReform2020);
    expect(byId(national, 'schools-per-inspector')).toMatchObject({ status: 'unmet', advisory: true });
    expect(national.reasons.some((r) => r.indicator === 'schools-per-inspector')).toBe(false);
    const henan = assessSupervisionReform(data, supervisionReformProvincialExample);
    expect(henan.reasons.find((r) => r.indicator === 'schools-per-inspector')?.code).toBe('indicator-unmet');
    expect(byId(henan, 'inspector-training-hours')?.status).toBe('met');
    expect(byId(henan, 'visits-per-school-per-month')?.status).toBe('met');
  });
});

describe('2012 public satisfaction: a reference by default, a condition by switch', () => {
  // 1019 ÷ 1200 × 100 = 84.916… < 85.
  const county = county2017Variant((c) => {
    c.survey = { respondents: 1200, satisfied: 1019 };
  });

  it('the default (advisory) reports it unmet without a reason', () => {
    const a = assessCompulsory(county, compulsoryBasic2012);
    expect(a.socialRecognition).toMatchObject({ status: 'unmet', advisory: true });
    expect(a.reasons.some((r) => r.indicator === 'social-recognition')).toBe(false);
  });

  it('advisory: { "social-recognition": false } makes 85 % a condition', () => {
    const condition = customizeIndicatorSet(compulsoryBasic2012, {
      id: 'compulsory-basic-2012-satisfaction-condition',
      advisory: { 'social-recognition': false },
    });
    expect(condition.changes).toEqual([
      { kind: 'indicator', target: 'social-recognition', from: { advisory: true }, to: { advisory: false } },
    ]);
    const a = assessCompulsory(county, condition);
    expect(a.socialRecognition?.advisory).toBe(false);
    expect(a.reasons.find((r) => r.indicator === 'social-recognition')?.code).toBe('indicator-unmet');
    expect(a.status).toBe('failed');
  });

  it('an unknown id in advisory is refused with its path', () => {
    try {
      customizeIndicatorSet(compulsoryBasic2012, { id: 'x-2012', advisory: { 'no-such-item': true } });
      expect.fail('no error');
    } catch (error) {
      expect(error).toBeInstanceOf(DudaoError);
      expect((error as DudaoError).issues[0]).toMatchObject({
        code: 'unknown-indicator',
        path: ['advisory', 'no-such-item'],
      });
    }
  });
});

/**
 * Two primary schools of 100 pupils with 150 178.7 and 49 821.3 yuan of equipment: 1501.787 and
 * 498.213 yuan per pupil, mean 1000, S = 501.787, CV = 0.501787 exactly. Every other indicator is
 * equal in both schools (CV 0).
 */
function twoSchools() {
  const base = primaryMeetingAll(100);
  return dataset([
    school('a', 'primary', section2017(100, { ...base, equipment: '150178.7' })),
    school('b', 'primary', section2017(100, { ...base, equipment: '49821.3' })),
  ]);
}

describe('a published CV of 0.501787 against ≤ 0.50', () => {
  const equipmentCv = (set = compulsoryQuality2017) =>
    assessCompulsory(twoSchools(), set).variation.find((v) => v.indicator === 'equipment-value-per-pupil');

  it('exactly (dudao’s default): not met, with no rounding field', () => {
    const v = equipmentCv();
    expect(v?.cv).toBeCloseTo(0.501787, 12);
    expect(v?.met).toBe(false);
    expect(v?.rounding).toBeUndefined();
  });

  it('a set that compares 2 decimals: met (0.50 ≤ 0.50), and the exact comparison is shown beside it', () => {
    const v = equipmentCv(
      customizeIndicatorSet(compulsoryQuality2017, {
        id: 'round-2',
        rules: { variation: { compareRounded: 2 } },
      }),
    );
    expect(v?.met).toBe(true);
    expect(v?.rounding).toMatchObject({ places: 2, roundedCv: 0.5, roundedMet: true, exactMet: false });
    expect(v?.rounding?.explanation.en).toBe(
      'CV 0.501787 rounded to 2 decimals is 0.50 ≤ 0.50 (the set compares the rounded figure: met); exactly, 0.501787 > 0.50 (not met)',
    );
    expect(v?.rounding?.explanation.zh).toBe(
      '差异系数 0.501787 保留 2 位小数为 0.50 ≤ 0.50（本指标体系按修约值比较：达标）；按精确值 0.501787 > 0.50（未达标）',
    );
  });

  it('a set that compares 3 decimals: not met (0.502 > 0.50), exactly not met either', () => {
    const v = equipmentCv(
      customizeIndicatorSet(compulsoryQuality2017, {
        id: 'round-3',
        rules: { variation: { compareRounded: 3 } },
      }),
    );
    expect(v?.met).toBe(false);
    expect(v?.rounding).toMatchObject({ places: 3, roundedCv: 0.502, roundedMet: false, exactMet: false });
  });
});

describe('the 2017 "综合差异系数" counties print: informational, no verdict', () => {
  it('is the mean of the seven CVs: (0.501787 + 6 × 0) ÷ 7 = 0.071683857…', () => {
    const a = assessCompulsory(twoSchools(), compulsoryQuality2017);
    const composite = a.informationalComposite?.[0];
    expect(composite?.stage).toBe('primary');
    expect(composite?.components).toHaveLength(7);
    expect(composite?.cv).toBeCloseTo(0.501787 / 7, 14);
    expect(composite?.label).toEqual({
      zh: '综合差异系数（仅供参考，不作判定）',
      en: 'composite CV (for information, no verdict)',
    });
    expect(composite && 'met' in composite).toBe(false);
    // The verdict comes from the per-indicator CV only.
    expect(
      a.reasons.some((r) => r.code === 'cv-over-limit' && r.indicator === 'equipment-value-per-pupil'),
    ).toBe(true);
    expect(a.composite).toBeUndefined();
  });

  it('is absent for the 2012 set, whose composite decides', () => {
    const a = assessCompulsory(twoSchools(), compulsoryBasic2012);
    expect(a.informationalComposite).toBeUndefined();
  });
});

describe('inclusive coverage by kindergartens, beside the official figure by children', () => {
  it('reports both, labelled: the official share counts children', () => {
    const a = assessPreschool(preschoolCounty, preschool2020);
    const official = countyOf(a, 'inclusive-coverage');
    expect(official.denominator).toBe(a.totals.children);
    const byKindergarten = a.byKindergarten.inclusiveCoverage;
    expect(byKindergarten.denominator).toBe(a.totals.kindergartens);
    expect(byKindergarten.explanation.zh).toContain('非官方口径；官方按在园幼儿数计');
  });
});
