/**
 * Indicator results compute their value, shortfall and explanation when first read. These tests
 * pin that reading them, serialising them and copying them with `plainIndicatorResult` all give
 * the same figures, so the laziness is invisible to callers. Synthetic data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { countyIndicatorResult, plainIndicatorResult } from '../../src/assess/evaluate.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import type { Indicator } from '../../src/indicators/types.js';
import { dataset, primaryMeetingAll, school, section2017 } from '../fixtures/compulsory-builders.js';
import { resultOf, sectionOf } from './helpers.js';

function oneSection(pupils: number, qualified: number) {
  const data = dataset([
    school('e1', 'primary', section2017(pupils, { ...primaryMeetingAll(pupils), qualified })),
  ]);
  return sectionOf(assessCompulsory(data, compulsoryQuality2017), 'e1', 'primary');
}

describe('lazy indicator results', () => {
  it('an unmet ratio: 20 ÷ 500 × 100 = 4 < 4.2, shortfall 0.2, in fields, JSON and the plain copy', () => {
    const r = resultOf(oneSection(500, 20), 'qualified-teachers-per-100');
    expect([r.value?.toString(), r.shortfall?.toString(), r.explanation.en]).toEqual([
      '4',
      '0.2',
      '20 ÷ 500 × 100 = 4 < 4.2',
    ]);
    const json = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect([json.value, json.shortfall, json.threshold, json.numerator, json.denominator]).toEqual([
      '4',
      '0.2',
      '4.2',
      '20',
      '500',
    ]);
    expect(json.explanation).toEqual({ en: '20 ÷ 500 × 100 = 4 < 4.2', zh: '20 ÷ 500 × 100 = 4 < 4.2' });
    const plain = plainIndicatorResult(r);
    expect(Object.keys(plain)).toContain('value');
    const copy = { ...plain };
    expect([copy.value?.toString(), copy.shortfall?.toString(), copy.status]).toEqual(['4', '0.2', 'unmet']);
  });

  it('a met ratio has a null shortfall in every form', () => {
    const r = resultOf(oneSection(500, 21), 'qualified-teachers-per-100');
    expect(r.shortfall).toBeNull();
    expect((JSON.parse(JSON.stringify(r)) as { shortfall: unknown }).shortfall).toBeNull();
    expect(plainIndicatorResult(r).shortfall).toBeNull();
  });

  it('property: JSON of a result equals JSON of its plain copy, for any whole hundreds of pupils and teachers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 0, max: 400 }),
        (hundreds, qualified) => {
          for (const r of oneSection(hundreds * 100, qualified).results) {
            expect(JSON.stringify(r)).toBe(JSON.stringify(plainIndicatorResult(r)));
            expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity|undefined/);
          }
        },
      ),
      { numRuns: 60 },
    );
  });

  it('fields added to a lazy result (a county result) appear in reads, JSON and the plain copy', () => {
    const r = resultOf(oneSection(500, 20), 'qualified-teachers-per-100');
    const indicator = {
      aspect: 'resources',
      item: 'x-item',
      veto: false,
      advisory: false,
    } as unknown as Indicator;
    const county = countyIndicatorResult(indicator, r);
    expect([county.aspect, county.veto, county.value?.toString(), county.shortfall?.toString()]).toEqual([
      'resources',
      false,
      '4',
      '0.2',
    ]);
    const json = JSON.parse(JSON.stringify(county)) as Record<string, unknown>;
    expect([json.value, json.aspect, json.item, Object.keys(json).at(-1)]).toEqual([
      '4',
      'resources',
      'x-item',
      'advisory',
    ]);
    expect(plainIndicatorResult(county)).toMatchObject({ aspect: 'resources', veto: false, status: 'unmet' });
    // The original result is not changed.
    expect('aspect' in r).toBe(false);
  });
});
