/**
 * Preschool data in the forms counties have (issue 17, item 3), on the hand-worked county of
 * test/fixtures/preschool-county.ts (862 children in ten kindergartens, population 1000): classes
 * attached to primary schools (小学附设幼儿班), a county without a published population aged 3–5,
 * and established (在编) and non-established teachers with their pay. Known answers by hand, and
 * bad input for every new field.
 */
import { describe, expect, it } from 'vitest';
import { explainResult } from '../../src/assess/explain.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { safeParsePreschoolDataset } from '../../src/schema/preschool.js';
import { preschoolCounty } from '../fixtures/preschool-county.js';
import { countyOf, summary } from '../fixtures/preschool-helpers.js';
import { preschoolProvincialExample } from '../fixtures/provincial-examples.js';

const SET = preschoolProvincialExample;
// biome-ignore lint/suspicious/noExplicitAny: documents are edited as untyped JSON on purpose
type Json = Record<string, any>;
const copy = (): Json => JSON.parse(JSON.stringify(preschoolCounty));

function issuesOf(input: unknown): { code: string; path: string }[] {
  const result = safeParsePreschoolDataset(input);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ code: i.code, path: i.path.join('.') }));
}

// Two classes attached to primary schools: 28 children in a public school, 10 in a private one.
function withAttached(): Json {
  const data = copy();
  data.attachedClasses = [
    {
      id: 'a01',
      name: '李家村小学附设幼儿班',
      ownership: 'public-education',
      children: 28,
      classes: 1,
      township: '石桥乡',
    },
    { id: 'a02', name: '育才民办小学附设幼儿班', ownership: 'private-other', children: 10 },
  ];
  return data;
}

describe('classes attached to primary schools (小学附设幼儿班)', () => {
  const before = assessPreschool(preschoolCounty, SET);
  const after = assessPreschool(withAttached(), SET);

  it('count in gross enrolment: (862 + 28 + 10) ÷ 1000 × 100 = 90', () => {
    expect(summary(countyOf(after, 'gross-enrolment'))).toMatchObject({
      fraction: '900/1000',
      status: 'met',
    });
  });

  it('count in public share by the ownership of their school: (414 + 28) ÷ 900 × 100 = 49.11… < 50', () => {
    expect(summary(countyOf(after, 'public-share'))).toEqual({
      fraction: '442/900',
      value2dp: '49.11',
      status: 'unmet',
      shortfall2dp: '0.89',
    });
  });

  it('count in inclusive coverage: (746 + 28) ÷ 900 × 100 = 86 (the private one is not inclusive)', () => {
    expect(summary(countyOf(after, 'inclusive-coverage'))).toMatchObject({
      fraction: '774/900',
      value2dp: '86.00',
    });
  });

  it('are left out of every kindergarten-level norm and count: children per teacher, class sizes, premises, coverage by kindergartens', () => {
    for (const id of ['children-per-teacher', 'class-size', 'certified-staff']) {
      const a = after.countyIndicators.filter((r) => r.indicator.startsWith(id));
      const b = before.countyIndicators.filter((r) => r.indicator.startsWith(id));
      expect(a).toEqual(b);
    }
    expect(after.kindergartens).toEqual(before.kindergartens);
    expect(after.compliance).toEqual(before.compliance);
    expect(after.byKindergarten).toEqual(before.byKindergarten);
    expect(after.townships).toEqual(before.townships);
    expect(after.totals.kindergartens).toBe(10);
    expect(after.totals.children).toBe(862);
    expect(after.totals.attachedClasses).toEqual({
      count: 2,
      children: 38,
      publicChildren: 28,
      inclusiveChildren: 28,
    });
    expect(before.totals.attachedClasses).toEqual({
      count: 0,
      children: 0,
      publicChildren: 0,
      inclusiveChildren: 0,
    });
  });
});

describe('a county without a published population aged 3–5', () => {
  it('gets gross enrolment unknown with a reason in both languages, not a validation error', () => {
    const data = copy();
    delete data.populationAged3to5;
    const a = assessPreschool(data, SET);
    const gross = countyOf(a, 'gross-enrolment');
    expect(gross.status).toBe('unknown');
    expect(gross.missing).toEqual(['populationAged3to5']);
    expect(explainResult(gross)).toEqual({
      en: 'unknown: missing populationAged3to5',
      zh: '无法判定：缺少 populationAged3to5',
    });
    expect(a.totals.populationAged3to5).toBeNull();
    expect(a.warnings).toContainEqual({
      code: 'population-not-given',
      path: ['populationAged3to5'],
      en: 'no resident population aged 3 to 5 is given, so gross enrolment (gross-enrolment) is unknown: give populationAged3to5, or the published rate in countyFacts["gross-enrolment"]',
      zh: '未提供学前三年适龄人口，毛入园率（gross-enrolment）无法判定：请填写 populationAged3to5，或在 countyFacts["gross-enrolment"] 中填写公布的毛入园率',
    });
    // the other access figures do not need the population
    expect(countyOf(a, 'public-share').status).toBe('unmet');
    expect(a.status).not.toBe('passed');
  });

  it('the published rate in countyFacts decides it instead (衡南县 reports 83.1 %), and no warning is given', () => {
    const data = copy();
    delete data.populationAged3to5;
    data.countyFacts['gross-enrolment'] = { value: '83.1' };
    const a = assessPreschool(data, SET);
    expect(countyOf(a, 'gross-enrolment')).toMatchObject({ status: 'unmet', value: 83.1, basis: 'fact' });
    expect(a.warnings.map((w) => w.code)).not.toContain('population-not-given');
  });
});

// Public kindergartens k01, k02, k03, k04, k09 (12, 6, 5, 4, 2 teachers):
//   established 8 + 4 + 5 + 2 + 0 = 19, paid 960 000 + 480 000 + 600 000 + 240 000 = 2 280 000 (120 000 each);
//   non-established 4 + 2 + 0 + 2 + 2 = 10, paid 216 000 + 10.8 万元 + 96 000 + 120 000 = 540 000 (54 000 each).
//   54 000 ÷ 120 000 × 100 = 45 < 75. k05 (private) pays whatever: it is not read.
function withPay(): Json {
  const data = copy();
  delete data.countyFacts['non-established-teacher-pay'];
  const split: Record<string, [number, number, Json]> = {
    k01: [8, 4, { established: 960_000, nonEstablished: 216_000 }],
    k02: [4, 2, { established: 480_000, nonEstablished: '10.8', nonEstablishedUnit: '万元' }],
    k03: [5, 0, { established: '60', establishedUnit: '万元' }],
    k04: [2, 2, { established: 240_000, nonEstablished: 96_000 }],
    k09: [0, 2, { nonEstablished: 120_000 }],
    k05: [0, 7, { nonEstablished: 1 }],
  };
  for (const k of data.kindergartens) {
    const entry = split[k.id];
    if (entry === undefined) continue;
    k.staff.establishedTeachers = entry[0];
    k.staff.nonEstablishedTeachers = entry[1];
    k.teacherPay = entry[2];
  }
  return data;
}

describe('established (在编) and non-established teachers and the pay ratio', () => {
  it('54 000 ÷ 120 000 × 100 = 45 < 75 over the public kindergartens (万元 converted exactly)', () => {
    const result = countyOf(assessPreschool(withPay(), SET), 'non-established-teacher-pay');
    expect(result.status).toBe('unmet');
    expect(result.value).toBe(45);
    expect(result.numerator).toBe(54_000);
    expect(result.denominator).toBe(120_000);
    expect(result.exact).toEqual({ numerator: '10260000', denominator: '22800000', scale: 100 });
    expect(result.shortfall).toBe(30);
  });

  it('the national set has no threshold for it: unknown, as with a county fact', () => {
    const result = countyOf(assessPreschool(withPay(), preschool2020), 'non-established-teacher-pay');
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual(['thresholds.non-established-teacher-pay (provincial parameter)']);
  });

  it('a county fact still takes precedence (3600 ÷ 4800 = 75 %)', () => {
    const data = withPay();
    data.countyFacts['non-established-teacher-pay'] = { numerator: 3600, denominator: 4800 };
    expect(countyOf(assessPreschool(data, SET), 'non-established-teacher-pay')).toMatchObject({
      status: 'met',
      value: 75,
      basis: 'fact',
    });
  });

  it('a missing split makes it unknown, naming the figure', () => {
    const data = withPay();
    delete data.kindergartens[2].staff.establishedTeachers;
    delete data.kindergartens[3].teacherPay.nonEstablished;
    const result = countyOf(assessPreschool(data, SET), 'non-established-teacher-pay');
    expect(result.status).toBe('unknown');
    expect(result.missing).toEqual([
      'kindergartens[2].staff.establishedTeachers',
      'kindergartens[3].teacherPay.nonEstablished',
    ]);
  });

  it('without pay in any kindergarten the result is exactly what it was (the county fact is missing)', () => {
    const data = copy();
    delete data.countyFacts['non-established-teacher-pay'];
    data.kindergartens[0].staff.establishedTeachers = 8;
    const result = countyOf(assessPreschool(data, SET), 'non-established-teacher-pay');
    expect(result.missing).toEqual(['countyFacts.non-established-teacher-pay']);
  });
});

describe('bad input in the new preschool fields (codes and paths)', () => {
  it('established and non-established teachers cannot exceed the full-time teachers (parts-exceed-total)', () => {
    const data = copy();
    data.kindergartens[0].staff.establishedTeachers = 8;
    data.kindergartens[0].staff.nonEstablishedTeachers = 5; // 13 > 12
    expect(issuesOf(data)).toEqual([
      { code: 'parts-exceed-total', path: 'kindergartens.0.staff.nonEstablishedTeachers' },
    ]);
    data.kindergartens[0].staff.nonEstablishedTeachers = 4.5;
    expect(issuesOf(data)).toEqual([
      { code: 'not-integer', path: 'kindergartens.0.staff.nonEstablishedTeachers' },
    ]);
  });

  it('teacher pay: money, a unit of 元 or 万元, within 10⁹ 万元, and a unit needs its amount', () => {
    const data = copy();
    data.kindergartens[0].teacherPay = { established: -1 };
    expect(issuesOf(data)).toEqual([{ code: 'negative', path: 'kindergartens.0.teacherPay.established' }]);
    data.kindergartens[0].teacherPay = { established: 1, establishedUnit: 'yuan' };
    expect(issuesOf(data)).toEqual([
      { code: 'invalid-enum', path: 'kindergartens.0.teacherPay.establishedUnit' },
    ]);
    data.kindergartens[0].teacherPay = { established: '2000000000', establishedUnit: '万元' };
    expect(issuesOf(data)).toEqual([{ code: 'too-big', path: 'kindergartens.0.teacherPay.established' }]);
    data.kindergartens[0].teacherPay = { nonEstablishedUnit: '万元' };
    expect(issuesOf(data)).toEqual([{ code: 'required', path: 'kindergartens.0.teacherPay.nonEstablished' }]);
    data.kindergartens[0].teacherPay = { average: 1 };
    expect(issuesOf(data)).toEqual([{ code: 'unknown-key', path: 'kindergartens.0.teacherPay.average' }]);
  });

  it('attached classes: ids unique, children a count, ownership known, no unknown fields', () => {
    const data = withAttached();
    data.attachedClasses[1].id = 'a01';
    data.attachedClasses[0].children = -2;
    data.attachedClasses[0].ownership = 'public';
    data.attachedClasses[0].teachers = 2;
    expect(issuesOf(data)).toEqual([
      { code: 'invalid-enum', path: 'attachedClasses.0.ownership' },
      { code: 'negative', path: 'attachedClasses.0.children' },
      { code: 'unknown-key', path: 'attachedClasses.0.teachers' },
      { code: 'duplicate-id', path: 'attachedClasses.1.id' },
    ]);
    delete data.attachedClasses[1].name;
    expect(issuesOf(data)).toContainEqual({ code: 'required', path: 'attachedClasses.1.name' });
  });

  it('a population, when given, is still a count', () => {
    const data = copy();
    data.populationAged3to5 = '98.5';
    expect(issuesOf(data)).toEqual([{ code: 'not-integer', path: 'populationAged3to5' }]);
  });
});
