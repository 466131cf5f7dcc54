/**
 * Known answers for the items of compulsory-quality-2017 corrected after the item-by-item audit
 * (issue #17, "Fidelity to the standards"; standards.md, "Corrections after the item-by-item
 * audit"): school size names primary and junior schools only, teacher-training funds hold school
 * by school, the unified-standards item includes 两免一补 (国发〔2016〕40号), and migrant children
 * carry no left-behind-children requirement.
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { explainResult } from '../../src/assess/explain.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { county2017Variant, passingCounty2017 } from '../fixtures/county-2017.js';
import { countyResultOf } from './helpers.js';

const byId = (id: string) => compulsoryQuality2017.indicators.find((i) => i.id === id);

/** The passing county with its junior school s06 at 2001 pupils, as a junior or a complete secondary school. */
function bigJunior(kind: 'junior' | 'complete-secondary') {
  const county = passingCounty2017();
  const s06 = county.schools.find((s) => s.id === 's06') as Record<string, unknown> & {
    kind: string;
    sections: { junior?: { pupils: number | string } };
  };
  s06.kind = kind;
  (s06.sections.junior as { pupils: number }).pupils = 2001;
  if (kind === 'complete-secondary') s06.seniorPupils = 900;
  return county;
}

function schoolSizeOf(county: unknown, schoolId: string) {
  const a = assessCompulsory(county, compulsoryQuality2017);
  return a.schools.find((s) => s.schoolId === schoolId)?.results.find((r) => r.indicator === 'school-size');
}

describe('school size (学校规模): 小学、初中 only', () => {
  it('a junior school of 2001 pupils exceeds the cap of 2000', () => {
    const r = schoolSizeOf(bigJunior('junior'), 's06');
    expect(r?.status).toBe('unmet');
    expect(r?.value).toBe(2001);
    expect(r?.shortfall).toBe(1);
  });

  it('a complete secondary school of 2001 compulsory pupils is not applicable (was unmet before the correction)', () => {
    const r = schoolSizeOf(bigJunior('complete-secondary'), 's06');
    expect(r?.status).toBe('not-applicable');
    expect(r?.reason).toBe('not-a-primary-or-junior-school');
  });

  it('a teaching point is not applicable; a nine-year school is judged by the 2500 cap instead', () => {
    const county = passingCounty2017();
    expect(schoolSizeOf(county, 's08')?.status).toBe('not-applicable');
    expect(schoolSizeOf(county, 's05')?.reason).toBe('combined-school');
  });

  it('the indicator cites the correction', () => {
    expect(byId('school-size')?.metric).toBe('primary-junior-school-enrolment');
    expect(byId('school-size')?.source.note).toContain('小学、初中');
  });
});

describe('teacher-training funds (教师培训经费): school by school', () => {
  const withFact = (fact: unknown) =>
    county2017Variant((county) => {
      (county.countyFacts as Record<string, unknown>)['training-funds'] = fact;
    });
  const trainingOf = (fact: unknown) =>
    countyResultOf(assessCompulsory(withFact(fact), compulsoryQuality2017), 'training-funds');

  it('the lowest school at exactly 5 % meets it', () => {
    const r = trainingOf({ value: 5 });
    expect(r.status).toBe('met');
    expect(explainResult(r).en).toBe('5 ≥ 5');
  });

  it('the lowest school at 4.99 % fails it', () => {
    const r = trainingOf({ value: '4.99' });
    expect(r.status).toBe('unmet');
    expect(r.shortfall).toBeCloseTo(0.01, 12);
  });

  it('county totals (412000 ÷ 7800000 = 5.28 %) leave it unknown: they cannot show every school (met before the correction)', () => {
    const r = trainingOf({ numerator: 412000, denominator: 7800000 });
    expect(r.status).toBe('unknown');
    expect(r.missing).toEqual(['countyFacts.training-funds.value (lowest school)']);
  });

  it('a judgement on evidence ({ met }) decides it', () => {
    expect(trainingOf({ met: true, note: '各校均达5%' }).status).toBe('met');
    expect(trainingOf({ met: false }).status).toBe('unmet');
  });
});

describe('wording of the government-guarantee items', () => {
  it('unified standards: the four unifications and 两免一补 covering town and country (国发〔2016〕40号)', () => {
    const indicator = byId('unified-standards');
    expect(indicator?.name.zh).toContain('“两免一补”政策城乡全覆盖');
    expect(indicator?.source.clause).toContain('国发〔2016〕40号');
  });

  it('migrant children: no care system for left-behind children in the item', () => {
    const indicator = byId('migrant-children');
    expect(indicator?.description?.zh).not.toContain('留守');
    expect(indicator?.source.note).toContain('not part of the item');
    expect(indicator?.thresholds).toEqual({ all: '85' });
  });
});
