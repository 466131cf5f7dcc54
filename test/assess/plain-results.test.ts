/**
 * Results are plain data: every field an own enumerable property holding numbers, strings,
 * booleans, null, arrays or plain objects, so that `structuredClone`, spread, `Object.keys`,
 * JSON and deep equality all see every field. Figures are the numbers documented on `Figure`;
 * `exactValueOf` and `explainResult` give the exact value and the arithmetic. Synthetic data and
 * the package's sample city.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { countyIndicatorResult } from '../../src/assess/evaluate.js';
import { exactFractionOf, exactValueOf, explainResult } from '../../src/assess/explain.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import type { Indicator } from '../../src/indicators/types.js';
import { sampleCity } from '../../src/sample/index.js';
import { dataset, primaryMeetingAll, school, section2017 } from '../fixtures/compulsory-builders.js';
import { resultOf, sectionOf } from './helpers.js';

function oneSection(pupils: number, qualified: number, teaching?: string) {
  const resources = { ...primaryMeetingAll(pupils), qualified };
  const data = dataset([
    school(
      'e1',
      'primary',
      section2017(pupils, teaching === undefined ? resources : { ...resources, teaching }),
    ),
  ]);
  return sectionOf(assessCompulsory(data, compulsoryQuality2017), 'e1', 'primary');
}

/** Every value reachable from `value` is plain: no class instance, no getter, no function, no non-finite number. */
function expectPlain(value: unknown, path = '$'): void {
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || value === undefined)
    return;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${path} is ${value}`);
    return;
  }
  if (typeof value !== 'object') throw new Error(`${path} is a ${typeof value}`);
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== Array.prototype && proto !== null)
    throw new Error(
      `${path} is an instance of ${String((proto as { constructor?: { name?: string } }).constructor?.name)}`,
    );
  for (const [key, descriptor] of Object.entries(Object.getOwnPropertyDescriptors(value))) {
    if (key === 'length' && Array.isArray(value)) continue;
    if (descriptor.get !== undefined || descriptor.set !== undefined)
      throw new Error(`${path}.${key} is a getter`);
    if (!descriptor.enumerable) throw new Error(`${path}.${key} is not enumerable`);
    expectPlain(descriptor.value, `${path}.${key}`);
  }
}

describe('plain indicator results', () => {
  it('an unmet ratio: 20 ÷ 500 × 100 = 4 < 4.2, shortfall 0.2, as numbers, in JSON and in a clone', () => {
    const r = resultOf(oneSection(500, 20), 'qualified-teachers-per-100');
    expect([r.value, r.numerator, r.denominator, r.scale, r.threshold, r.shortfall]).toEqual([
      4, 20, 500, 100, 4.2, 0.2,
    ]);
    expect(explainResult(r)).toEqual({ en: '20 ÷ 500 × 100 = 4 < 4.2', zh: '20 ÷ 500 × 100 = 4 < 4.2' });
    expect(exactValueOf(r)?.toString()).toBe('4');
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect([json.value, json.shortfall, json.threshold, json.numerator, json.denominator]).toEqual([
      4, 0.2, 4.2, 20, 500,
    ]);
    expect(structuredClone(r)).toStrictEqual(r);
    expect({ ...r }).toStrictEqual(r);
    expect(Object.keys(r)).toEqual(expect.arrayContaining(['value', 'numerator', 'shortfall', 'threshold']));
  });

  it('a met ratio exactly on its threshold: 21 ÷ 500 × 100 = 4.2 ≥ 4.2, null shortfall', () => {
    const r = resultOf(oneSection(500, 21), 'qualified-teachers-per-100');
    expect([r.met, r.value, r.shortfall]).toEqual([true, 4.2, null]);
    expect(explainResult(r).en).toBe('21 ÷ 500 × 100 = 4.2 ≥ 4.2');
  });

  it('a decimal string with more digits than a double holds keeps its exact fraction in `exact`', () => {
    // 2249.99999999999999999 m² (a 22-digit string) ÷ 500 pupils is just below 4.5 m² per pupil
    const r = resultOf(oneSection(500, 25, '2249.99999999999999999'), 'teaching-area-per-pupil');
    expect(r.met).toBe(false);
    expect(r.exact).toEqual({ numerator: '2249.99999999999999999', denominator: '500', scale: 1 });
    expect(exactValueOf(r)?.toString()).toBe('4.49999999999999999998');
    // the shortfall is worked out exactly: 4.5 − 4.49999999999999999998 = 2e-20
    expect(r.shortfall).toBe(2e-20);
    expect(r.value).toBe(4.5); // the nearest double: the decision, not the number, is exact
    expect(explainResult(r).en).toBe('2250… ÷ 500 = 4.5… < 4.5');
    expect(exactFractionOf(r)?.numerator.toString()).toBe('2249.99999999999999999');
  });

  it('a county result spreads its indicator fields over a plain result without changing it', () => {
    const r = resultOf(oneSection(500, 20), 'qualified-teachers-per-100');
    const indicator = {
      aspect: 'resources',
      item: 'x-item',
      veto: false,
      advisory: false,
    } as unknown as Indicator;
    const county = countyIndicatorResult(indicator, r);
    expect([county.aspect, county.item, county.veto, county.value, county.shortfall]).toEqual([
      'resources',
      'x-item',
      false,
      4,
      0.2,
    ]);
    expect('aspect' in r).toBe(false);
  });

  it('property: every result of a section is plain and survives structuredClone and JSON unchanged', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 400 }),
        (hundreds, qualified) => {
          for (const r of oneSection(hundreds * 100, qualified).results) {
            expectPlain(r);
            expect(structuredClone(r)).toStrictEqual(r);
            const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
            for (const key of ['value', 'numerator', 'denominator', 'threshold', 'shortfall'] as const)
              expect(json[key] ?? null).toBe(r[key] ?? null);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('whole assessments are plain data', () => {
  for (const county of sampleCity.counties) {
    it(`${county.compulsory.county.name}: compulsory 2017 and 2012, and preschool`, () => {
      for (const set of [compulsoryQuality2017, compulsoryBasic2012]) {
        const assessment = assessCompulsory(county.compulsory, set);
        expectPlain(assessment);
        expect(structuredClone(assessment)).toStrictEqual(assessment);
        for (const v of assessment.variation) if (v.cv !== null) expect(typeof v.cv).toBe('number');
      }
      if (county.preschool !== undefined) {
        const preschool = assessPreschool(county.preschool, preschool2020);
        expectPlain(preschool);
        expect(structuredClone(preschool)).toStrictEqual(preschool);
      }
    });
  }
});
