/**
 * assessCity runs the whole chain on the bundled sample city (synthetic data). The figures are
 * the sample's designed outcomes (see test/sample): 东湖县 passes both programmes, 西山县 and
 * 南川区 fail both; 53 of the 78 issues not withdrawn are rectified on 2026-03-31 and 11 are overdue.
 */
import { describe, expect, it } from 'vitest';
import { DudaoError, formatPath } from '../../src/error.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { assessCity } from '../../src/inspection/assess-city.js';
import { sampleCity } from '../../src/sample/index.js';
import { expectPlainData } from '../progress/helpers.js';

const result = assessCity(sampleCity, { asOf: sampleCity.asOf });

describe('assessCity on the sample city', () => {
  it('assesses both programmes for every county, with gaps', () => {
    expect(
      result.counties.map((c) => [
        c.code,
        c.name.zh,
        c.compulsory?.assessment.status,
        c.preschool?.assessment.status,
      ]),
    ).toEqual([
      ['990101', '东湖县', 'passed', 'passed'],
      ['990102', '西山县', 'failed', 'failed'],
      ['990103', '南川区', 'failed', 'failed'],
    ]);
    // A county that passes needs nothing; one that fails has at least one gap to close.
    expect(result.counties[1]?.compulsory?.gaps.sections.length).toBeGreaterThan(0);
  });

  it('reports the ledger on the day: 53 of 78 rectified (80 raised, 2 withdrawn), 11 overdue', () => {
    const summary = result.ledger?.report.summary;
    expect([summary?.total, summary?.withdrawn, summary?.rectified, summary?.overdue]).toEqual([
      80, 2, 53, 11,
    ]);
    expect(result.ledger?.report.breakdowns.responsible.length).toBeGreaterThan(1);
    const points = result.ledger?.series.points ?? [];
    expect(points.at(-1)?.total).toBe(80);
    expect(result.ledger?.series.to).toBe('2026-03-31');
  });

  it('feeds the city report with verdicts, rectification and institutions', () => {
    expect(result.city.rows.map((r) => r.verdict?.status)).toEqual([
      'passed',
      'passed',
      'failed',
      'failed',
      'failed',
      'failed',
    ]);
    expect(result.city.city.coverageBasis).toBe('institutions');
    expect(result.city.rows.reduce((sum, r) => sum + (r.overdue ?? 0), 0)).toBe(11);
  });

  it('is plain data: structuredClone gives an equal copy, every figure a finite number', () => {
    expectPlainData(result);
  });

  it('leaves out ledger events after the day', () => {
    const earlier = assessCity(sampleCity, { asOf: '2025-06-30' });
    const total = earlier.ledger?.report.summary.total ?? 0;
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThan(80);
    expect(earlier.ledger?.series.to).toBe('2025-06-30');
  });

  it('applies the sets it is given', () => {
    const basic = assessCity(sampleCity, { asOf: sampleCity.asOf, compulsorySet: compulsoryBasic2012 });
    expect(basic.sets.compulsory.id).toBe('compulsory-basic-2012');
    expect(basic.counties.map((c) => c.compulsory?.assessment.status)).toEqual([
      'passed',
      'passed',
      'passed',
    ]);
  });

  it("rejects bad input with the path in the city's documents, never a result", () => {
    const codesOf = (input: unknown, asOf = sampleCity.asOf): string[] => {
      try {
        assessCity(input as typeof sampleCity, { asOf });
      } catch (error) {
        if (!(error instanceof DudaoError)) throw error;
        return error.issues.map((issue) => `${formatPath(issue.path)} [${issue.code}]`);
      }
      return [];
    };
    const [first, second] = sampleCity.counties;
    const broken = JSON.parse(JSON.stringify(second?.compulsory)) as {
      schools: { sections: { primary?: { pupils: unknown } } }[];
    };
    const index = broken.schools.findIndex((school) => school.sections.primary !== undefined);
    (broken.schools[index]?.sections.primary as { pupils: unknown }).pupils = -3;
    expect(codesOf({ counties: [first, { ...second, compulsory: broken }] })).toEqual([
      `counties[1].compulsory.schools[${index}].sections.primary.pupils [negative]`,
    ]);
    expect(codesOf({ counties: [first, { ...first }] })).toEqual(['counties[1].code [duplicate-id]']);
    expect(codesOf({ counties: 'all' })[0]).toMatch(/^counties \[/);
    expect(codesOf({ counties: [] })).toEqual(['counties [too-small]']);
    expect(codesOf({ counties: [{ name: '无码县' }] })).toEqual(['counties[0].code [required]']);
    expect(codesOf(sampleCity, '2026-02-30')[0]).toMatch(/^asOf \[/);
    expect(codesOf({ counties: [first], ledger: { events: [{ type: 'nonsense' }] } })[0]).toMatch(
      /^ledger\./,
    );
  });

  it('does not mutate its input', () => {
    const copy = JSON.parse(JSON.stringify(sampleCity)) as typeof sampleCity;
    const before = JSON.stringify(copy);
    assessCity(copy, { asOf: copy.asOf });
    expect(JSON.stringify(copy)).toBe(before);
  });
});
