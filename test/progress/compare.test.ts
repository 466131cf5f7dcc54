/**
 * Hand-worked progress of 进步县 (SYNTHETIC, test/fixtures/progress-county.ts) from 2021 to 2022
 * under the 2017 high-quality balance set. Every figure below is derived in the comments.
 */
import { describe, expect, it } from 'vitest';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { compareAssessments } from '../../src/progress/compare.js';
import { progressItems } from '../../src/progress/items.js';
import { readiness } from '../../src/progress/readiness.js';
import { trajectory } from '../../src/progress/trajectory.js';
import { assessed, changeOf, expectPlainData, near } from './helpers.js';

const set = compulsoryQuality2017;
const a2021 = assessed(2021);
const a2022 = assessed(2022);

describe('readiness of the hand-worked county', () => {
  // Counted county-level requirements: 1 precondition + 19 government-guarantee items (20 listed;
  // school-size-combined is not applicable: no nine-year school) + 10 education-quality items + social
  // recognition + 7 primary CVs (no junior school, so no junior CV) = 38.
  it('2021: 34 of 38 met; 3 unmet (teacher exchange, social recognition, sports CV); 1 unknown', () => {
    const r = readiness(a2021, { set });
    expect(r.indicators).toMatchObject({ met: 34, unmet: 3, unknown: 1, counted: 38 });
    expect(r.indicators.share).toBe(34 / 38);
    expect(r.byAspect.map((a) => [a.aspect, a.met, a.counted])).toEqual([
      ['precondition', 1, 1],
      // 19 counted: teacher-exchange unmet (9 < 10), teacher-exchange-key unknown → 17 met.
      ['government-guarantee', 17, 19],
      ['education-quality', 10, 10],
      ['social-recognition', 0, 1],
      // sports CV 17/33 > 0.50; the other six CVs are 0 (both schools equal) or 1/5 (multimedia 3 vs 2).
      ['variation', 6, 7],
    ]);
    // p1 passes 7 of 7; p2 meets 5 (sports 6.4 < 7.5, multimedia 2 < 2.3, both ≥ 85 %): fails.
    expect(r.sections).toMatchObject({ unit: 'section', passing: 1, failing: 1, unknown: 0, counted: 2 });
    expect(r.sections.share).toBe(0.5);
    expect(r.vetoes).toEqual({ triggered: ['illegal-school-choice'], unknown: [], total: 6 });
    expect(r.unknown.map((u) => u.key)).toEqual(['county:teacher-exchange-key']);
  });

  it('2021 distance: (1/10 + 1/51 + 1/33) ÷ 37 = 841/207570', () => {
    // teacher exchange: (10 − 9) ÷ 10 = 1/10
    // social recognition: (85 − 1000/1200×100) ÷ 85 = (5/3) ÷ 85 = 1/51
    // sports CV: (17/33 − 1/2) ÷ (1/2) = (1/66) × 2 = 1/33
    // sum = (561 + 110 + 170)/5610 = 841/5610; 37 decided indicators (38 − 1 unknown).
    const r = readiness(a2021, { set });
    expect(r.distance.decided).toBe(37);
    const expected = new Decimal(841).div(207570);
    // The CV is correct to at least 12 significant digits (numeric/variation/float-filter.ts), the rest to 40.
    expect(near(r.distance.value, expected, '1e-14')).toBe(true);
    expect(r.distance.terms.map((t) => t.key)).toEqual([
      'county:teacher-exchange', // 0.1
      'variation:sports-area-per-pupil:primary', // 0.0303…
      'social-recognition:social-recognition', // 0.0196…
    ]);
    expect(r.distance.terms[0]?.relativeShortfall).toBe(0.1);
    expect(r.distance.terms[1]?.relativeShortfall).toBeCloseTo(1 / 33, 12);
    expect(near(r.distance.terms[2]?.relativeShortfall, new Decimal(1).div(51))).toBe(true);
  });

  it('2022: 37 of 38 met; only teacher pay unmet; distance (3/193) ÷ 38 = 3/7334', () => {
    const r = readiness(a2022, { set });
    expect(r.indicators).toMatchObject({ met: 37, unmet: 1, unknown: 0, counted: 38 });
    // teacher pay 95000/96500 = 190/193 < 1: shortfall 3/193, relative 3/193 (threshold 1).
    expect(r.distance.decided).toBe(38);
    expect(near(r.distance.value, new Decimal(3).div(7334))).toBe(true);
    expect(r.sections).toMatchObject({ passing: 2, failing: 0, counted: 2 });
    expect(r.vetoes.triggered).toEqual([]);
    expect(r.unknown).toEqual([]);
  });
});

describe('comparison 2021 → 2022', () => {
  const c = compareAssessments(a2021, a2022, { set });

  it('met change = newly met − newly lost = 4 − 1 = 3', () => {
    expect(c.metChange).toBe(3);
    expect(c.newlyMet.map((x) => x.key)).toEqual([
      'county:teacher-exchange',
      'county:teacher-exchange-key',
      'social-recognition:social-recognition',
      'variation:sports-area-per-pupil:primary',
    ]);
    expect(c.newlyLost.map((x) => x.key)).toEqual(['county:teacher-pay']);
    expect(c.before).toEqual({ year: 2021, status: 'failed' });
    expect(c.after).toEqual({ year: 2022, status: 'failed' });
  });

  it('teacher exchange: 9 → 10.5, +1.5; gap 1 → −0.5, change −1.5', () => {
    const x = changeOf(c.changes, 'county:teacher-exchange');
    expect(x.before?.value).toBe(9); // 54/600×100
    expect(x.after?.value).toBe(10.5); // 63/600×100
    expect(x.valueChange).toBe(1.5);
    expect(x.before?.gap).toBe(1);
    expect(x.after?.gap).toBe(-0.5);
    expect(x.gapChange).toBe(-1.5);
    expect(x.movement).toBe('newly-met');
    expect(x.explanation.zh).toBe('每年交流轮岗教师比例：9 → 10.5（标准 ≥ 10），由未达标变为达标，变化 +1.5');
    expect(x.explanation.en).toBe(
      'teachers rotated between schools per year: 9 → 10.5 (standard ≥ 10), from not met to met, change +1.5',
    );
  });

  it('key teachers among exchanged: unknown → 14/63 = 22.2…% (met), no value change', () => {
    const x = changeOf(c.changes, 'county:teacher-exchange-key');
    expect(x.before?.status).toBe('unknown');
    expect(near(x.after?.value, new Decimal(1400).div(63))).toBe(true);
    expect(x.valueChange).toBeNull();
    expect(x.movement).toBe('newly-met');
  });

  it('teacher pay: 98000/96500 → 95000/96500, change −3000/96500 = −6/193: newly lost', () => {
    const x = changeOf(c.changes, 'county:teacher-pay');
    expect(near(x.valueChange, new Decimal(-6).div(193))).toBe(true);
    // gap: 1 − 196/193 = −3/193 → 1 − 190/193 = 3/193; change 6/193.
    expect(near(x.gapChange, new Decimal(6).div(193))).toBe(true);
    expect(x.movement).toBe('newly-lost');
  });

  it('social recognition: 1000/1200 → 1044/1200 = 83.3… → 87, +11/3', () => {
    const x = changeOf(c.changes, 'social-recognition:social-recognition');
    expect(x.after?.value).toBe(87);
    expect(near(x.valueChange, new Decimal(11).div(3))).toBe(true);
  });

  it('primary sports CV: 17/33 → 5/11 (0.515 → 0.455), now within 0.50', () => {
    // Equal weights: CV = |x₁ − x₂| ÷ (x₁ + x₂): 2021 (20 − 6.4)/26.4 = 17/33, 2022 (20 − 7.5)/27.5 = 5/11.
    const x = changeOf(c.variation, 'variation:sports-area-per-pupil:primary');
    expect(near(x.before?.value, new Decimal(17).div(33), '1e-12')).toBe(true);
    expect(near(x.after?.value, new Decimal(5).div(11), '1e-12')).toBe(true);
    // change 5/11 − 17/33 = (15 − 17)/33 = −2/33
    expect(near(x.valueChange, new Decimal(-2).div(33), '1e-12')).toBe(true);
    expect(x.after?.threshold).toBe(0.5);
    expect(x.movement).toBe('newly-met');
    // Multimedia CV stays 1/5: (3 − 2)/(3 + 2).
    const m = changeOf(c.variation, 'variation:multimedia-rooms-per-100:primary');
    expect(m.before?.value).toBe(0.2);
    expect(m.valueChange).toBe(0);
    expect(m.movement).toBe('still-met');
    expect(c.variation).toHaveLength(7);
  });

  it('p2 newly passes the 6-of-7 rule: 5 → 6 met (sports 6.4 → 7.5)', () => {
    expect(c.sections.newlyFailing).toEqual([]);
    expect(c.sections.newlyPassing).toHaveLength(1);
    const p2 = c.sections.newlyPassing[0];
    expect(p2).toMatchObject({
      institutionId: 'p2',
      stage: 'primary',
      before: { passed: false, metCount: 5 },
      after: { passed: true, metCount: 6 },
      movement: 'newly-passing',
    });
    expect(p2?.explanation.zh).toBe('河西小学（小学）：资源配置指标达标 5 项 → 6 项，由未达标变为达标');
    const sports = changeOf(c.changes, 'section:p2:primary:sports-area-per-pupil');
    // Worked out exactly, then rounded once: 1.1, not the float 7.5 − 6.4 = 1.0999999999999996.
    expect(sports.valueChange).toBe(1.1); // 3000/400 − 2560/400
    expect(sports.gapChange).toBe(-1.1); // 7.5 − 7.5 − (7.5 − 6.4)
    expect(sports.movement).toBe('newly-met');
  });

  it('veto cleared; teaching points added and gone', () => {
    const veto = changeOf(c.vetoes, 'veto:illegal-school-choice');
    expect(veto.movement).toBe('newly-met');
    expect(veto.explanation.zh).toBe('违规择校：由已发生变为未发生');
    expect(c.institutions).toEqual({
      added: [{ id: 't1', name: '新村教学点' }],
      gone: [{ id: 't0', name: '旧庄教学点' }],
    });
  });

  it('reverse comparison mirrors: met change −3, newly lost ↔ newly met', () => {
    const back = compareAssessments(a2022, a2021, { set });
    expect(back.metChange).toBe(-3);
    expect(back.newlyLost.map((x) => x.key).sort()).toEqual(c.newlyMet.map((x) => x.key).sort());
    expect(back.newlyMet.map((x) => x.key)).toEqual(['county:teacher-pay']);
    expect(back.sections.newlyFailing.map((s) => s.institutionId)).toEqual(['p2']);
  });

  it('without a set, names are the indicator ids', () => {
    const bare = compareAssessments(a2021, a2022);
    expect(changeOf(bare.changes, 'county:teacher-exchange').name).toEqual({
      zh: 'teacher-exchange',
      en: 'teacher-exchange',
    });
  });
});

describe('progress results are plain data', () => {
  it('items, readiness, comparisons and trajectories survive structuredClone, every figure a finite number', () => {
    const items = progressItems(a2021, { set });
    expectPlainData(items);
    expect(items.find((i) => i.key === 'county:teacher-exchange')).toMatchObject({
      value: 9,
      threshold: 10,
      gap: 1,
      relativeShortfall: 0.1,
    });
    expectPlainData(readiness(a2021, { set }));
    expectPlainData(compareAssessments(a2021, a2022, { set }));
    expectPlainData(
      trajectory(
        [
          { date: '2021-12-31', assessment: a2021 },
          { date: '2022-12-31', assessment: a2022 },
        ],
        { set, targetYear: 2025 },
      ),
    );
  });
});
