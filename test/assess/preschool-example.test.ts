/**
 * Worked example 3 (worked-examples.md; 衡南县 preschool plan, 2020) reproduced from a dataset that
 * matches its totals (test/fixtures/preschool-hengnan.ts): 155 kindergartens, 25 113 children,
 * 10 301 in public kindergartens, 7 629 in inclusive private ones, 984 full-time teachers, and a
 * population of 30 220 chosen so that the gross enrolment rate is the reported 83.1 % to one
 * decimal (83.10 % to two; 25 113 ÷ 0.831 is not a whole number).
 */
import { describe, expect, it } from 'vitest';
import { exactValueOf, explainResult } from '../../src/assess/explain.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { preschoolGaps } from '../../src/assess/preschool-gap.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { renderPreschoolMarkdown } from '../../src/report/preschool-markdown.js';
import { countyOf, summary } from '../fixtures/preschool-helpers.js';
import { HENGNAN_POPULATION, hengnan2020 } from '../fixtures/preschool-hengnan.js';

const SET = preschool2020;
const assessment = assessPreschool(hengnan2020, SET);

describe('worked example 3: 衡南县 2020', () => {
  it('has the published totals', () => {
    const t = assessment.totals;
    expect(t.kindergartens).toBe(155);
    expect(t.children.toString()).toBe('25113');
    expect(String(t.byOwnership['public-education'].children + t.byOwnership['public-other'].children)).toBe(
      '10301',
    );
    expect(t.byOwnership['private-inclusive'].children.toString()).toBe('7629');
    expect(t.fullTimeTeachers?.toString()).toBe('984');
    expect(HENGNAN_POPULATION).toBe(30220);
  });

  it('public share = 10301 / 25113 = 41.02 % → below 50 %', () => {
    const r = countyOf(assessment, 'public-share');
    expect(summary(r)).toEqual({
      fraction: '10301/25113',
      value2dp: '41.02',
      status: 'unmet',
      shortfall2dp: '8.98',
    });
    expect(exactValueOf(r)?.eq(new Decimal(1030100).div(25113))).toBe(true);
    expect(r.value).toBe(new Decimal(1030100).div(25113).toNumber());
  });

  it('inclusive coverage = (10301 + 7629) / 25113 = 71.40 % → below 80 %', () => {
    const r = countyOf(assessment, 'inclusive-coverage');
    expect(summary(r)).toEqual({
      fraction: '17930/25113',
      value2dp: '71.40',
      status: 'unmet',
      shortfall2dp: '8.60',
    });
    expect(exactValueOf(r)?.eq(new Decimal(1793000).div(25113))).toBe(true);
    expect(r.value).toBe(new Decimal(1793000).div(25113).toNumber());
  });

  it('children per teacher = 25113 / 984 = 25.52 → above 15', () => {
    const r = countyOf(assessment, 'children-per-teacher');
    expect(summary(r)).toEqual({
      fraction: '25113/984',
      value2dp: '25.52',
      status: 'unmet',
      shortfall2dp: '10.52',
    });
  });

  it('gross enrolment 25113 / 30220 = 83.10 % (the reported 83.1 %) → below 85 %', () => {
    const r = countyOf(assessment, 'gross-enrolment');
    expect(summary(r)).toEqual({
      fraction: '25113/30220',
      value2dp: '83.10',
      status: 'unmet',
      shortfall2dp: '1.90',
    });
    expect(r.value?.toFixed(1)).toBe('83.1');
  });

  it('the reported 83.1 % can also be given as a county fact, which takes precedence', () => {
    const withFact = assessPreschool(
      { ...hengnan2020, countyFacts: { 'gross-enrolment': { value: '83.1' } } },
      SET,
    );
    const r = countyOf(withFact, 'gross-enrolment');
    expect([r.basis, r.status, explainResult(r).en]).toEqual(['fact', 'unmet', '83.1 < 85']);
    // The kindergartens give 83.100596…, not 83.1: a warning, not an error.
    expect(withFact.warnings.map((w) => w.code)).toContain('fact-differs-from-data');
    // A bare value gives no population, so no places can be worked out.
    expect(preschoolGaps(withFact, SET).grossEnrolment?.places).toBeNull();
  });

  it('fails; the facts, classes, areas and certificates the plan does not give are unknown, never met', () => {
    expect(assessment.status).toBe('failed');
    expect(countyOf(assessment, 'classes-within-size').status).toBe('unknown');
    expect(countyOf(assessment, 'certified-teachers').status).toBe('unknown');
    expect(countyOf(assessment, 'party-leadership').status).toBe('unknown');
    expect(assessment.reasons.filter((r) => r.code === 'indicator-unmet').map((r) => r.indicator)).toEqual([
      'gross-enrolment',
      'inclusive-coverage',
      'public-share',
      'children-per-teacher',
    ]);
    // A field missing from all 155 kindergartens is listed in full in `missing`, shortened in words.
    const share = countyOf(assessment, 'building-area-share-from-2017');
    expect(share.missing).toHaveLength(155);
    expect(explainResult(share).en).toBe(
      'unknown: missing kindergartens[0].plannedYear, kindergartens[1].plannedYear, kindergartens[2].plannedYear and 152 more',
    );
  });
});

describe('worked example 3: what it would take', () => {
  const gaps = preschoolGaps(assessment, SET);

  it('gross enrolment: ceil(85 × 30220 ÷ 100) = 25687 − 25113 = 574 places; ≈ 4 kindergartens at the mean size 25113 ÷ 155 = 162.02', () => {
    const g = gaps.grossEnrolment;
    expect([g?.required?.toString(), g?.places?.toString()]).toEqual(['25687', '574']);
    expect(g?.meanKindergartenSize?.toFixed(2)).toBe('162.02');
    // 574 ÷ 162.019… = 3.54… → 4 (an estimate, at the county's mean size).
    expect(g?.kindergartensNeeded).toBe(4);
    expect(g?.explanation.en).toContain('(an estimate)');
  });

  it('public share: ceil(50 × 25113 ÷ 100) = 12557 − 10301 = 2256 children; 18 of the 131-child private kindergartens (2358 children)', () => {
    const g = gaps.publicShare;
    expect([g?.required.toString(), g?.children.toString()]).toEqual(['12557', '2256']);
    // Largest non-public first: the 33 other private kindergartens of 131 children; 17 × 131 = 2227 < 2256 ≤ 18 × 131.
    expect(g?.conversions).toHaveLength(18);
    expect(g?.conversions.every((c) => c.children === 131 && c.ownership === 'private-other')).toBe(true);
    expect(g?.childrenConverted.toString()).toBe('2358');
  });

  it('inclusive coverage: ceil(80 × 25113 ÷ 100) = 20091 − 17930 = 2161 children; 17 × 131 = 2227 ≥ 2161', () => {
    const g = gaps.inclusiveCoverage;
    expect([g?.required.toString(), g?.children.toString()]).toEqual(['20091', '2161']);
    expect(g?.conversions).toHaveLength(17);
    expect(g?.childrenConverted.toString()).toBe('2227');
  });

  it('teachers: ceil(25113 ÷ 15) = 1675 − 984 = 691 to hire', () => {
    expect([gaps.teachers?.required.toString(), gaps.teachers?.hire.toString()]).toEqual(['1675', '691']);
  });

  it('the Markdown report rounds to 2 decimals, in Chinese by default and in English', () => {
    const zh = renderPreschoolMarkdown(assessment, SET, { gaps });
    expect(zh).toContain('| 公办园在园幼儿占比 | 41.02 | ≥ 50 | 未达标 |');
    expect(zh).toContain('| 普惠性幼儿园覆盖率 | 71.40 | ≥ 80 | 未达标 |');
    expect(zh).toContain('| 在园幼儿与专任教师比 | 25.52 | ≤ 15 | 未达标 |');
    expect(zh).toContain('| 学前三年毛入园率 | 83.10 | ≥ 85 | 未达标 |');
    expect(zh).toContain('需新增学位 574 个');
    expect(zh).toContain('按幼儿园数计');
    const en = renderPreschoolMarkdown(assessment, SET, { lang: 'en', gaps });
    expect(en).toContain('| share of children in public kindergartens | 41.02 | ≥ 50 | not met |');
    expect(en).toContain('574 more places');
    expect(en).toContain('by kindergartens (not the official measure, which counts children)');
  });
});
