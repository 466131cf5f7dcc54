/**
 * The fast decision paths agree with exact arithmetic. An outcome of plain numbers is decided by
 * its float when clearly apart from the threshold and by exact integers when both sides are whole
 * numbers; the same outcome without those hints is decided by Decimal arithmetic alone. Property
 * tests put values on, just below and just above whole and decimal thresholds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { evaluateIndicator, floorBoundOf } from '../../src/assess/evaluate.js';
import { exactFractionOf } from '../../src/assess/explain.js';
import type { MetricOutcome } from '../../src/assess/metrics.js';
import { plainNumberOf } from '../../src/assess/plain-ratio.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { preschoolMetrics } from '../../src/assess/preschool-metrics.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import type { Indicator } from '../../src/indicators/types.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { coefficientOfVariation } from '../../src/numeric/variation/index.js';
import { sampleCity } from '../../src/sample/index.js';
import { parsePreschoolDataset } from '../../src/schema/preschool.js';

function indicator(threshold: string, comparator: Indicator['comparator']): Indicator {
  return {
    id: 'x',
    name: { zh: '测试', en: 'test' },
    aspect: 'resources',
    scope: 'institution',
    stages: ['kindergarten'],
    metric: 'x',
    comparator,
    thresholds: { all: threshold },
    source: { document: 'test', clause: 'test' },
  } as unknown as Indicator;
}

function outcomes(numerator: number, denominator: number, scale: number): [MetricOutcome, MetricOutcome] {
  const n = new Decimal(numerator);
  const d = new Decimal(denominator);
  const s = new Decimal(scale);
  const exactOnly: MetricOutcome = {
    kind: 'ratio',
    numerator: n,
    denominator: d,
    exact: { numerator: n, denominator: d, scale: s },
    basis: 'schools',
  };
  const hinted: MetricOutcome = {
    ...exactOnly,
    plain: { numerator, denominator, scale },
  };
  return [exactOnly, hinted];
}

describe('fast decisions agree with exact ones', () => {
  it('37 of 37 certified (× 100) meets ≥ 100 exactly; 36 of 37 does not', () => {
    const certified = indicator('100', 'gte');
    expect(evaluateIndicator(certified, outcomes(37, 37, 100)[1]).met).toBe(true);
    expect(evaluateIndicator(certified, outcomes(36, 37, 100)[1]).met).toBe(false);
  });

  it('300 children for 20 teachers (15) meets ≤ 15; 301 does not', () => {
    const ratio = indicator('15', 'lte');
    expect(evaluateIndicator(ratio, outcomes(300, 20, 1)[1]).met).toBe(true);
    expect(evaluateIndicator(ratio, outcomes(301, 20, 1)[1]).met).toBe(false);
  });

  it('property: on, below and above whole and decimal thresholds, both paths decide alike', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: -2, max: 2 }),
        fc.constantFrom(['100', 100], ['15', 1], ['4.2', 100], ['0.85', 1], ['85', 100]),
        fc.constantFrom<Indicator['comparator']>('gte', 'lte', 'gt', 'lt', 'eq'),
        (denominator, nudge, [threshold, scale], comparator) => {
          // A numerator that puts the ratio on the threshold when one exists, then nudged.
          const onThreshold = Math.round((Number(threshold) * denominator) / (scale as number));
          const numerator = Math.max(0, onThreshold + nudge);
          const [exactOnly, hinted] = outcomes(numerator, denominator, scale as number);
          const set = indicator(threshold as string, comparator);
          expect(evaluateIndicator(set, hinted).met).toBe(evaluateIndicator(set, exactOnly).met);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('figures written as decimal strings', () => {
  it('plainNumberOf: a string stands for its float only when the float prints back as the same decimal', () => {
    expect(plainNumberOf(812)).toBe(812);
    expect(plainNumberOf('3900.5')).toBe(3900.5);
    expect(plainNumberOf('0.1')).toBe(0.1);
    // Fixed decimals as spreadsheets write them: trailing zeros of the fraction change nothing.
    expect(plainNumberOf('3900.50')).toBe(3900.5);
    expect(plainNumberOf('12.00')).toBe(12);
    expect(plainNumberOf('100.')).toBe(100);
    // Other spellings of the same decimal are left to exact arithmetic.
    expect(plainNumberOf('3900.5e0')).toBeUndefined();
    expect(plainNumberOf('0012')).toBeUndefined();
    expect(plainNumberOf('-0.00')).toBeUndefined();
    // Trailing zeros of a whole number are digits, not decoration.
    expect(plainNumberOf('1200.0')).toBe(1200);
    expect(plainNumberOf('0.10000000000000000555')).toBeUndefined();
    expect(plainNumberOf('12345678901234567890.5')).toBeUndefined();
    expect(plainNumberOf(new Decimal('1.5'))).toBeUndefined();
  });

  it('the sample counties assess to the same JSON with quantities as numbers, as decimal strings, or as strings only exact arithmetic reads', () => {
    for (const county of sampleCity.counties) {
      const asStrings = JSON.parse(
        JSON.stringify(county.compulsory, (key, value) =>
          typeof value === 'number' && key !== 'year' && key !== 'schemaVersion' ? String(value) : value,
        ),
      ) as unknown;
      // Non-integers in exponent form ("3900.5e0"): no float is taken to stand for them, so
      // every such figure takes the exact path.
      const exactOnly = JSON.parse(
        JSON.stringify(county.compulsory, (_key, value) =>
          typeof value === 'number' && !Number.isInteger(value) ? `${value}e0` : value,
        ),
      ) as unknown;
      for (const set of [compulsoryQuality2017, compulsoryBasic2012]) {
        const expected = JSON.stringify(assessCompulsory(county.compulsory, set));
        expect(JSON.stringify(assessCompulsory(asStrings, set))).toBe(expected);
        expect(JSON.stringify(assessCompulsory(exactOnly, set))).toBe(expected);
      }
    }
  });

  it('so do the preschool datasets', () => {
    for (const county of sampleCity.counties) {
      const asStrings = JSON.parse(
        JSON.stringify(county.preschool, (key, value) =>
          typeof value === 'number' && !['year', 'schemaVersion', 'plannedYear'].includes(key)
            ? String(value)
            : value,
        ),
      ) as unknown;
      const exactOnly = JSON.parse(
        JSON.stringify(county.preschool, (_key, value) =>
          typeof value === 'number' && !Number.isInteger(value) ? `${value}e0` : value,
        ),
      ) as unknown;
      const expected = JSON.stringify(assessPreschool(county.preschool, preschool2020));
      expect(JSON.stringify(assessPreschool(asStrings, preschool2020))).toBe(expected);
      expect(JSON.stringify(assessPreschool(exactOnly, preschool2020))).toBe(expected);
    }
  });

  it('county metrics give the same outcomes whether or not they reuse the assessed kindergartens', () => {
    for (const county of sampleCity.counties) {
      const dataset = parsePreschoolDataset(county.preschool);
      const { kindergartens } = assessPreschool(county.preschool, preschool2020);
      for (const indicator of preschool2020.indicators) {
        const metric = preschoolMetrics[indicator.metric];
        if (metric?.level !== 'county') continue;
        const alone = metric.compute({ dataset, set: preschool2020 }, indicator);
        const reusing = metric.compute({ dataset, set: preschool2020, kindergartens }, indicator);
        expect(JSON.stringify(evaluateIndicator(indicator, reusing))).toBe(
          JSON.stringify(evaluateIndicator(indicator, alone)),
        );
      }
    }
  });
});

describe('the CVs an assessment reports agree with the exact path over its results', () => {
  it('every CV of the sample counties (2017 and 2012 sets): same decision, same value to 12 digits', () => {
    let checked = 0;
    for (const county of sampleCity.counties) {
      for (const set of [compulsoryQuality2017, compulsoryBasic2012]) {
        const assessment = assessCompulsory(county.compulsory, set);
        for (const entry of assessment.variation) {
          if (entry.cv === null) continue;
          const sections = assessment.sections.filter((s) => s.stage === entry.stage);
          const values = sections.map((section) => {
            const result = section.results.find((r) => r.indicator === entry.indicator);
            const fraction = result === undefined ? null : exactFractionOf(result);
            if (fraction === null) throw new Error(`no fraction for ${entry.indicator}`);
            return fraction;
          });
          const exact = coefficientOfVariation(
            values,
            sections.map((section) => section.pupils),
            entry.limit === null ? { exact: true } : { limit: entry.limit, exact: true },
          );
          if (entry.limit !== null) expect(entry.met).toBe(exact.withinLimit);
          const relative = Math.abs((entry.cv - (exact.cv as number)) / (exact.cv as number));
          expect(relative).toBeLessThan(1e-12);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('the floor the plan works out once is the floor evaluateIndicator works out alone', () => {
    const threshold = new Decimal('4.2');
    const ratio = new Decimal('0.85');
    expect(floorBoundOf(threshold, ratio, 'gte').value.toString()).toBe('3.57');
    expect(floorBoundOf(new Decimal('45'), ratio, 'lte').value.toFixed(6)).toBe('52.941176');
    const gte = indicator('4.2', 'gte');
    for (const [numerator, expected] of [
      [357, true],
      [356, false],
    ] as const) {
      const [exactOnly] = outcomes(numerator, 100, 1);
      const alone = evaluateIndicator(gte, exactOnly, { floorRatio: ratio });
      const planned = evaluateIndicator(gte, exactOnly, {
        floorRatio: ratio,
        floorBound: floorBoundOf(threshold, ratio, 'gte'),
      });
      expect(alone.aboveFloor).toBe(expected);
      expect(planned.aboveFloor).toBe(expected);
    }
  });
});
