/**
 * The 2012 basic balance assessment (教督〔2012〕3号): the worked examples 1 and 2 of
 * worked-examples.md through the engine, and the composite CV (the mean of 8 single CVs) against
 * 0.65 (primary) and 0.55 (junior). All datasets are synthetic except the figures of the two
 * worked examples, which come from public documents (sources S5 and S7).
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { exactValueOf, explainResult } from '../../src/assess/explain.js';
import { compulsoryBasic2012 } from '../../src/indicators/compulsory-basic-2012.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { type DatasetData, dataset, type SchoolData, school } from '../fixtures/compulsory-builders.js';
import { expectSignificant, HP, referenceCv, resultOf, sectionOf, sig, variationOf } from './helpers.js';

const SET = compulsoryBasic2012;

describe('worked example 1 (S5): books per pupil of five primary schools through the engine', () => {
  const pupils = [45, 37, 89, 76, 55];
  const books = [279, 137, 935, 160, 402];
  const schools = pupils.map((p, i) =>
    school(`x${i + 1}`, 'primary', {
      pupils: p,
      classes: 2,
      teachers: {},
      stock: { books: books[i] as number },
    }),
  );
  const a = assessCompulsory(dataset(schools), SET);
  const v = variationOf(a, 'books-per-pupil', 'primary');

  it('weights by enrolment: CV = 0.51525662988… (mean 1913 / 302 = 6.3344…), not the unweighted 0.48877…', () => {
    // mean = 1913 / 302 = 6.33443708609…; Σ (pᵢ/302)(xᵢ − mean)² = 10.6527867029…; S = 3.26386070519…;
    // CV = S / mean = 0.515256629884476… (the document rounds to 0.52).
    const reference = referenceCv(
      books.map((b, i) => [b, pupils[i] as number] as const),
      pupils,
    );
    expectSignificant(v.mean, new HP(1913).div(302));
    expectSignificant(v.standardDeviation, reference.s);
    expectSignificant(v.cv, reference.cv);
    expect(v.cv?.toFixed(5)).toBe('0.51526');
    expect(v.totalWeight.toString()).toBe('302');
    // The unweighted population CV of the five values, ≈ 0.48877, is what a wrong implementation gives.
    const xs = books.map((b, i) => new HP(b).div(pupils[i] as number));
    const mu = xs.reduce((s, x) => s.plus(x), new HP(0)).div(5);
    const unweighted = xs
      .reduce((s, x) => s.plus(x.minus(mu).pow(2)), new HP(0))
      .div(5)
      .sqrt()
      .div(mu);
    expect(unweighted.toFixed(5)).toBe('0.48877');
    expect(new HP(v.cv ?? Number.NaN).minus(unweighted).abs().gt('0.02')).toBe(true);
  });

  it('reports each school value exactly: 279 / 45 = 6.2, 935 / 89 = 10.505617977…', () => {
    expect(resultOf(sectionOf(a, 'x1', 'primary'), 'books-per-pupil').value?.toString()).toBe('6.2');
    const x3 = resultOf(sectionOf(a, 'x3', 'primary'), 'books-per-pupil');
    expect(sig(x3.value, 12)).toBe('10.5056179775');
    expect(sig(exactValueOf(x3), 30)).toBe('10.5056179775280898876404494382');
  });

  it('measures the single CV without a limit of its own (2012 judges the composite only)', () => {
    expect([v.status, v.met, v.limit]).toEqual(['measured', null, null]);
  });

  it('leaves the composite unknown while the other 7 indicators lack data, never met', () => {
    const other = variationOf(a, 'computers-per-100', 'primary');
    expect([other.status, other.cv, other.missing]).toEqual([
      'unknown',
      null,
      ['x1', 'x2', 'x3', 'x4', 'x5'],
    ]);
    expect(a.composite).toHaveLength(1);
    expect(a.composite?.[0]).toMatchObject({ stage: 'primary', cv: null, met: null, status: 'unknown' });
    expect(a.status).not.toBe('passed');
  });
});

describe('worked example 2 (S7): a nine-year school with 166 primary and 210 junior pupils shares 23 226 books', () => {
  const nineYear: SchoolData = {
    id: 'n1',
    name: '九年一贯制学校',
    kind: 'nine-year',
    ownership: 'public',
    sections: {
      primary: { pupils: 166, classes: 6, teachers: {} },
      junior: { pupils: 210, classes: 5, teachers: {} },
    },
    sharedStock: { books: 23226 },
  };
  // A teaching point of 80 pupils: 2012 leaves every teaching point out, 2017 only those under 50.
  const teachingPoint = school('t1', 'primary', { pupils: 80, classes: 3, teachers: {} }, 'teaching-point');
  const a = assessCompulsory(dataset([nineYear, teachingPoint]), SET);

  it('gives the primary section 23 226 × 166 / 397 = 9711.627… books and the junior 23 226 × 231 / 397 = 13 514.372…', () => {
    // Weighted pupils: 166 × 1 + 210 × 1.1 = 166 + 231 = 397.
    const [p] = sectionOf(a, 'n1', 'primary').derived;
    const [j] = sectionOf(a, 'n1', 'junior').derived;
    expect(p?.field).toBe('books');
    expect(p?.schoolTotal.toString()).toBe('23226');
    // 3 855 516 / 397 = 9711.6272040302267002518891687657430730478…, exact in `exact`
    expect(p?.exact).toEqual({ numerator: '3855516', denominator: '397', scale: 1 });
    expectSignificant(p?.value, new HP(23226 * 166).div(397), 15);
    expect(p?.value.toFixed(1)).toBe('9711.6');
    // 5 365 206 / 397 = 13 514.372795969773299748110831234256926952…
    expect(j?.exact).toEqual({ numerator: '5365206', denominator: '397', scale: 1 });
    expectSignificant(j?.value, new HP(23226 * 231).div(397), 15);
    expect(j?.value.toFixed(1)).toBe('13514.4');
    expectSignificant(p?.share, new HP(166).div(397), 15);
    expectSignificant(j?.share, new HP(231).div(397), 15);
    // Nothing is lost in the split: 3 855 516 + 5 365 206 = 23 226 × 397.
    expect(
      new HP(p?.exact.numerator ?? 0)
        .plus(j?.exact.numerator ?? 0)
        .div(397)
        .toString(),
    ).toBe('23226');
  });

  it('computes books per pupil from the split: 23 226 / 397 = 58.5037… (primary) and 1.1 × that = 64.3541… (junior)', () => {
    const primary = resultOf(sectionOf(a, 'n1', 'primary'), 'books-per-pupil');
    const junior = resultOf(sectionOf(a, 'n1', 'junior'), 'books-per-pupil');
    expect(sig(primary.value, 15)).toBe('58.5037783375315');
    expect(sig(junior.value, 15)).toBe('64.3541561712846');
    // the exact fractions: 23 226 × 166 ÷ (397 × 166) and 23 226 × 231 ÷ (397 × 210)
    expect(sig(exactValueOf(primary), 30)).toBe('58.5037783375314861460957178841');
    expect(sig(exactValueOf(junior), 30)).toBe('64.3541561712846347607052896725');
    expect(explainResult(primary).en).toBe('9711.627204… ÷ 166 = 58.503778…');
    expect(primary.derived?.[0]?.field).toBe('books');
  });

  it('excludes every teaching point under 2012 (reason "teaching-point"), but only those under 50 pupils under 2017', () => {
    expect(a.excluded.map((e) => [e.schoolId, e.reason])).toEqual([['t1', 'teaching-point']]);
    const a2017 = assessCompulsory(dataset([nineYear, teachingPoint]), compulsoryQuality2017);
    expect(a2017.excluded).toEqual([]);
    expect(a2017.sections.map((s) => s.schoolId)).toContain('t1');
  });

  it('has no 6-of-7 rule in 2012: sections carry rule null and passed null', () => {
    const section = sectionOf(a, 'n1', 'primary');
    expect([section.rule, section.passed]).toEqual([null, null]);
  });
});

/**
 * Two schools per stage with equal pupils, so each single CV is |a − b| / (a + b) for the two
 * per-pupil values a and b (mean (a + b)/2, S = |a − b|/2).
 */
type Row8 = readonly [number, number, number, number, number, number, number, number];

function compositeCounty(juniorSeniorTitle: [number, number] = [2, 18]): DatasetData {
  const primary = (id: string, t: Row8): SchoolData =>
    school(id, 'primary', {
      pupils: 100,
      classes: 3,
      teachers: { fullTime: t[5], aboveRequiredQualification: t[6], seniorTitle: t[7] },
      stock: {
        teachingAuxiliaryArea: t[0],
        sportsArea: t[1],
        equipmentValue: t[2],
        computers: t[3],
        books: t[4],
      },
    });
  const junior = (id: string, t: Row8): SchoolData =>
    school(id, 'junior', {
      pupils: 200,
      classes: 4,
      teachers: { fullTime: t[5], aboveRequiredQualification: t[6], seniorTitle: t[7] },
      stock: {
        teachingAuxiliaryArea: t[0],
        sportsArea: t[1],
        equipmentValue: t[2],
        computers: t[3],
        books: t[4],
      },
    });
  return dataset(
    [
      // teaching, sports, equipment, computers, books, full-time, qualified, senior title
      primary('pA', [300, 400, 100000, 10, 1000, 5, 4, 2]),
      primary('pB', [500, 600, 300000, 30, 3000, 7, 6, 4]),
      junior('jC', [400, 200, 200000, 20, 4000, 10, 8, juniorSeniorTitle[0]]),
      junior('jD', [1600, 1800, 800000, 80, 16000, 15, 12, juniorSeniorTitle[1]]),
    ],
    {
      countyFacts: { 'provincial-basic-standards': { met: true }, 'government-work-score': { value: 90 } },
      survey: { respondents: 1200, satisfied: 1000 },
    },
  );
}

describe('the 2012 composite CV: the arithmetic mean of the 8 single CVs', () => {
  const a = assessCompulsory(compositeCounty(), SET);
  const single = (stage: 'primary' | 'junior') =>
    (SET.rules.variation?.indicators ?? []).map((id) => variationOf(a, id, stage).cv);

  it('computes the 8 primary CVs as |a − b| / (a + b) and the composite 2.65 / 8 = 0.33125 ≤ 0.65', () => {
    // teaching 3 vs 5 → 2/8 = 0.25; sports 4 vs 6 → 0.2; equipment 1000 vs 3000 → 0.5;
    // computers 10 vs 30 per 100 → 0.5; books 10 vs 30 → 0.5; teachers 0.05 vs 0.07 → 1/6;
    // qualified 0.04 vs 0.06 → 0.2; senior title 0.02 vs 0.04 → 1/3.
    const expected = ['0.25', '0.2', '0.5', '0.5', '0.5', new HP(1).div(6), '0.2', new HP(1).div(3)];
    single('primary').forEach((cv, i) => {
      expectSignificant(cv, new HP(expected[i] as string));
    });
    // (0.25 + 0.2 + 0.5 + 0.5 + 0.5 + 1/6 + 0.2 + 1/3) / 8 = 2.65 / 8 = 0.33125
    const composite = a.composite?.find((c) => c.stage === 'primary');
    expectSignificant(composite?.cv, new HP('0.33125'));
    expect(composite?.limit.toString()).toBe('0.65');
    expect([composite?.status, composite?.met]).toEqual(['met', true]);
    expect(composite?.components.map((c) => c.indicator)).toEqual(SET.rules.variation?.indicators);
  });

  it('meets the junior limit when the composite is exactly 0.55: (0.6 + 0.8 + 0.6 + 0.6 + 0.6 + 0.2 + 0.2 + 0.8) / 8', () => {
    // teaching 2 vs 8 → 6/10 = 0.6; sports 1 vs 9 → 0.8; equipment 1000 vs 4000 → 0.6;
    // computers 10 vs 40 → 0.6; books 20 vs 80 → 0.6; teachers 0.05 vs 0.075 → 0.2;
    // qualified 0.04 vs 0.06 → 0.2; senior title 0.01 vs 0.09 → 0.8. Sum 4.4, mean 0.55.
    const expected = ['0.6', '0.8', '0.6', '0.6', '0.6', '0.2', '0.2', '0.8'];
    single('junior').forEach((cv, i) => {
      expectSignificant(cv, new HP(expected[i] as string));
    });
    const composite = a.composite?.find((c) => c.stage === 'junior');
    expect(composite?.cv?.toString()).toBe('0.55');
    expect(composite?.limit.toString()).toBe('0.55');
    expect(composite?.met).toBe(true);
  });

  it('passes the county: both composites met, precondition met, work score 90 ≥ 85; satisfaction 83.3 % is advisory only', () => {
    expect(a.status).toBe('passed');
    expect(a.reasons).toEqual([]);
    // 1000 / 1200 × 100 = 83.33… < 85, reported but advisory in 2012
    expect(a.socialRecognition?.met).toBe(false);
    expect(a.socialRecognition?.advisory).toBe(true);
  });

  it('fails with "composite-over-limit" when the junior composite is (3.6 + 17/21) / 8 = 0.551190… > 0.55', () => {
    // senior title 2 vs 19 per 200 pupils: CV = 17 / 21 = 0.809523…
    const over = assessCompulsory(compositeCounty([2, 19]), SET);
    const composite = over.composite?.find((c) => c.stage === 'junior');
    expectSignificant(composite?.cv, new HP('3.6').plus(new HP(17).div(21)).div(8));
    expect(composite?.met).toBe(false);
    expect(over.status).toBe('failed');
    expect(over.reasons.map((r) => [r.code, r.stage])).toEqual([['composite-over-limit', 'junior']]);
  });

  it('fails when the county government work score is below 85 (84 < 85)', () => {
    const data = compositeCounty();
    data.countyFacts['government-work-score'] = { value: 84 };
    const low = assessCompulsory(data, SET);
    expect(low.reasons.map((r) => [r.code, r.indicator])).toEqual([
      ['indicator-unmet', 'government-work-score'],
    ]);
  });

  it('fails on the precondition when schools do not meet the provincial basic standards', () => {
    const data = compositeCounty();
    data.countyFacts['provincial-basic-standards'] = { met: false };
    const low = assessCompulsory(data, SET);
    expect(low.reasons.map((r) => [r.code, r.indicator])).toEqual([
      ['precondition', 'provincial-basic-standards'],
    ]);
  });
});
