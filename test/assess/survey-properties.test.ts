/**
 * Laws of the social-recognition survey checked on random surveys (fast-check): scaling every
 * count by k keeps every rate and share; moving respondents between areas changes only the area
 * checks and area rates; a plan adds up to its margins and passes its own checks; the decision
 * on the threshold is exact.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessSurvey, type SurveyAssessment, surveyPlan } from '../../src/assess/survey.js';
import { SURVEY_RULES } from '../../src/indicators/survey-rules.js';
import {
  type RecognitionSurvey,
  SURVEY_AREAS,
  SURVEY_GROUPS,
  type SurveyCell,
  type SurveyRespondent,
} from '../../src/schema/survey.js';

const OPTIONS = SURVEY_RULES.options.map((o) => o.id);
const QUESTIONS = ['overall', 'nearby', 'burden'];
const frame = { population: 400000, areas: { urban: 160000, town: 80000, rural: 160000 } };

const document = (parts: Partial<RecognitionSurvey>): RecognitionSurvey => ({
  schemaVersion: 1,
  county: { code: '610399', name: '性质检验县' },
  frame,
  ...parts,
});

// A cell: respondents, and for each question counts per option that add up to at most them.
const cellArb = fc
  .record({
    group: fc.constantFrom(...SURVEY_GROUPS),
    area: fc.constantFrom(...SURVEY_AREAS),
    respondents: fc.integer({ min: 0, max: 300 }),
    weights: fc.array(fc.array(fc.nat(10), { minLength: OPTIONS.length, maxLength: OPTIONS.length }), {
      minLength: 1,
      maxLength: QUESTIONS.length,
    }),
  })
  .map(({ group, area, respondents, weights }): SurveyCell => {
    const answers: Record<string, Record<string, number>> = {};
    weights.forEach((w, q) => {
      const sum = w.reduce((a, b) => a + b, 0) || 1;
      const counts: Record<string, number> = {};
      OPTIONS.forEach((option, i) => {
        counts[option] = Math.floor(((w[i] as number) * respondents) / sum);
      });
      answers[QUESTIONS[q] as string] = counts;
    });
    return { group, area, respondents, answers };
  });

const cellsArb = fc.uniqueArray(cellArb, { selector: (c) => `${c.group}/${c.area}`, maxLength: 18 });

const respondentArb: fc.Arbitrary<SurveyRespondent> = fc.record({
  group: fc.constantFrom(...SURVEY_GROUPS),
  area: fc.constantFrom(...SURVEY_AREAS),
  answers: fc.dictionary(fc.constantFrom(...QUESTIONS), fc.constantFrom(...OPTIONS), { maxKeys: 3 }),
});

const rates = (a: SurveyAssessment) => ({
  overall: a.overall.value,
  groups: a.groups.map((g) => [g.rate.value, g.share]),
  areas: a.areas.map((x) => [x.rate.value, x.share]),
  questions: a.questions.map((q) => [q.question, q.rate.value]),
  shareChecks: a.sample.checks.filter((c) => c.check !== 'size').map((c) => c.met),
});

describe('survey laws', () => {
  it('scaling every count by k keeps every rate, share and share check', () => {
    fc.assert(
      fc.property(cellsArb, fc.integer({ min: 2, max: 7 }), (cells, k) => {
        const scaled = cells.map((cell) => ({
          ...cell,
          respondents: Number(cell.respondents) * k,
          answers: Object.fromEntries(
            Object.entries(cell.answers).map(([q, counts]) => [
              q,
              Object.fromEntries(Object.entries(counts).map(([o, n]) => [o, Number(n) * k])),
            ]),
          ),
        }));
        expect(rates(assessSurvey(document({ cells: scaled })))).toEqual(
          rates(assessSurvey(document({ cells }))),
        );
      }),
    );
  });

  it('moving respondents between areas changes only the area checks and the area figures', () => {
    fc.assert(
      fc.property(
        fc.array(respondentArb, { minLength: 1, maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(...SURVEY_AREAS)), { maxLength: 20 }),
        (respondents, moves) => {
          const moved = respondents.map((r) => ({ ...r }));
          for (const [i, area] of moves) (moved[i % moved.length] as SurveyRespondent).area = area;
          const before = assessSurvey(document({ respondents }));
          const after = assessSurvey(document({ respondents: moved }));
          const fixed = (a: SurveyAssessment) => ({
            overall: a.overall,
            groups: a.groups,
            questions: a.questions,
            checks: a.sample.checks.filter((c) => c.check !== 'area-share'),
          });
          expect(fixed(after)).toEqual(fixed(before));
        },
      ),
    );
  });

  it('one record per questionnaire and counts per cell give the same assessment', () => {
    fc.assert(
      fc.property(fc.array(respondentArb, { maxLength: 60 }), (respondents) => {
        const cells: SurveyCell[] = [];
        for (const r of respondents) {
          let cell = cells.find((c) => c.group === r.group && c.area === r.area);
          if (cell === undefined) {
            cell = { group: r.group, area: r.area, respondents: 0, answers: {} };
            cells.push(cell);
          }
          cell.respondents = Number(cell.respondents) + 1;
          for (const [q, option] of Object.entries(r.answers)) {
            const counts = cell.answers[q] ?? {};
            cell.answers[q] = counts;
            counts[option] = Number(counts[option] ?? 0) + 1;
          }
        }
        const a = assessSurvey(document({ respondents }));
        const b = assessSurvey(document({ cells }));
        // Question order follows first appearance in either form; compare as sets.
        const sorted = (x: SurveyAssessment) => ({
          ...x,
          questions: [...x.questions].sort((p, q) => p.question.localeCompare(q.question)),
        });
        expect(sorted(a)).toEqual(sorted(b));
      }),
    );
  });

  it('a plan adds up to its margins, keeps parents at least half, and passes its own checks', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc
          .tuple(fc.nat(10_000_000), fc.nat(10_000_000), fc.nat(10_000_000))
          .filter(([u, t, r]) => u + t + r > 0),
        (population, [urban, town, rural]) => {
          const areas = { urban, town, rural };
          const plan = surveyPlan({ population, areas });
          // 1.5 ‰ rounded up, computed in integers: ceil(population × 15 / 10000).
          expect(plan.total).toBe(Math.max(600, Math.floor((population * 15 + 9999) / 10000)));
          const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
          expect(sum(plan.groups.map((g) => g.size))).toBe(plan.total);
          expect(sum(plan.areas.map((a) => a.size))).toBe(plan.total);
          for (const g of plan.groups) {
            expect(sum(plan.cells.filter((c) => c.group === g.group).map((c) => c.size))).toBe(g.size);
          }
          for (const a of plan.areas) {
            expect(sum(plan.cells.filter((c) => c.area === a.area).map((c) => c.size))).toBe(a.size);
          }
          expect((plan.groups[0]?.size ?? 0) * 2).toBeGreaterThanOrEqual(plan.total);
          const cells: SurveyCell[] = plan.cells
            .filter((c) => c.size > 0)
            .map((c) => ({ group: c.group, area: c.area, respondents: c.size, answers: {} }));
          const result = assessSurvey({ ...document({ cells }), frame: { population, areas } });
          expect(result.sample.valid).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('the threshold decision is exact: s of n satisfied meets 85 % exactly when 100 s ≥ 85 n', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 5000 })
          .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        ([n, s]) => {
          const result = assessSurvey(
            document({
              cells: [
                {
                  group: 'parents',
                  area: 'urban',
                  respondents: 300 + n,
                  answers: { q: { satisfied: s, dissatisfied: n - s } },
                },
                { group: 'teachers', area: 'town', respondents: 300, answers: {} },
                { group: 'residents', area: 'rural', respondents: 0, answers: {} },
              ],
              frame: { population: 1, areas: { urban: 300 + n, town: 300, rural: 0 } },
            }),
          );
          expect(result.sample.valid).toBe(true);
          expect(result.recognition.met).toBe(100 * s >= 85 * n);
        },
      ),
    );
  });
});
