/**
 * The social-recognition survey (社会认可度调查), worked by hand: a plan for a county of 520,000
 * residents, and three surveys of a county of 400,000 (one valid, one whose parents' share is
 * too low, one with no rural respondents), then the bridge to the set's recognition indicator.
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import {
  assessSurvey,
  customizeSurveyRules,
  recognitionFromSurvey,
  safeAssessSurvey,
  surveyPlan,
} from '../../src/assess/survey.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { SURVEY_RULES } from '../../src/indicators/survey-rules.js';
import { sampleCity } from '../../src/sample/index.js';
import { parseWithSchema } from '../../src/schema/parse.js';
import { type RecognitionSurvey, type SurveyCell, surveyRulesSchema } from '../../src/schema/survey.js';
import { validSurvey, withCells } from '../fixtures/survey.js';

describe('surveyPlan: 1.5 ‰ of residents, at least 600, parents at least half, areas in proportion', () => {
  const frame = { population: 520000, areas: { urban: 208000, town: 104000, rural: 208000 } };

  it('520,000 residents: 780 questionnaires (520,000 × 1.5 ‰), parents 390, each other group 78', () => {
    const plan = surveyPlan(frame);
    expect(plan.byRate).toBe(780);
    expect(plan.total).toBe(780);
    expect(plan.groups.map((g) => [g.group, g.size])).toEqual([
      ['parents', 390],
      ['students', 78],
      ['teachers', 78],
      ['principals', 78],
      ['deputies', 78],
      ['residents', 78],
    ]);
  });

  it('areas 40 / 20 / 40 %: 312 urban, 156 town, 312 rural, and every cell adds up to both margins', () => {
    const plan = surveyPlan(frame);
    expect(plan.areas.map((a) => a.size)).toEqual([312, 156, 312]);
    const cell = (group: string) => plan.cells.filter((c) => c.group === group).map((c) => c.size);
    // Parents: 390 × 0.4 = 156, × 0.2 = 78 exactly.
    expect(cell('parents')).toEqual([156, 78, 156]);
    // Others: 78 × 0.4 = 31.2, 78 × 0.2 = 15.6. The town column needs 156 − 78 − 5 × 15 = 3 more
    // (largest remainders 0.6: students, teachers, principals); urban and rural 1 more each (0.2:
    // deputies urban, residents rural).
    expect(cell('students')).toEqual([31, 16, 31]);
    expect(cell('teachers')).toEqual([31, 16, 31]);
    expect(cell('principals')).toEqual([31, 16, 31]);
    expect(cell('deputies')).toEqual([32, 15, 31]);
    expect(cell('residents')).toEqual([31, 15, 32]);
  });

  it('300,000 residents: 1.5 ‰ would be 450, so the minimum 600 applies', () => {
    const plan = surveyPlan({ population: 300000, areas: { urban: 1, town: 1, rural: 1 } });
    expect(plan.byRate).toBe(450);
    expect(plan.total).toBe(600);
  });

  it('rounds the rate up: 400,001 residents need 601 (600.0015)', () => {
    expect(surveyPlan({ population: 400001, areas: { urban: 1, town: 0, rural: 0 } }).total).toBe(601);
  });

  it('an odd total still gives parents at least half: 601 → 301', () => {
    const plan = surveyPlan({ population: 400001, areas: { urban: 1, town: 0, rural: 0 } });
    expect(plan.groups[0]?.size).toBe(301);
    expect(plan.groups.reduce((sum, g) => sum + g.size, 0)).toBe(601);
  });

  it('a province with a 1 ‰ rate and a maximum of 1,000 (济源-style banding is coarser)', () => {
    const rules = customizeSurveyRules(SURVEY_RULES, {
      id: 'ha-preschool',
      name: { zh: '河南省学前', en: 'Henan preschool' },
      sampling: { rate: '0.001', minimum: 200, maximum: 1000 },
    });
    expect(surveyPlan({ population: 1_500_000, areas: { urban: 1, town: 1, rural: 1 } }, rules).total).toBe(
      1000,
    );
    expect(surveyPlan({ population: 150_000, areas: { urban: 1, town: 1, rural: 1 } }, rules).total).toBe(
      200,
    );
  });
});

describe('assessSurvey: the three cases of the issue', () => {
  it('a valid sample: 600 questionnaires, parents 50 %, areas 40 / 20 / 40 % as the population; 519 of 600 satisfied = 86.5 % ≥ 85 %', () => {
    const result = assessSurvey(validSurvey());
    expect(result.plan.total).toBe(600);
    expect(result.respondents).toBe(600);
    expect(result.sample.valid).toBe(true);
    expect(result.sample.checks.every((c) => c.met && c.reason === null)).toBe(true);
    expect(result.overall).toEqual({ satisfied: 519, answered: 600, excluded: 0, value: 86.5 });
    expect(result.groups.map((g) => [g.group, g.rate.satisfied, g.rate.answered])).toEqual([
      ['parents', 252, 300],
      ['students', 89, 100],
      ['teachers', 93, 100],
      ['principals', 0, 0],
      ['deputies', 46, 50],
      ['residents', 39, 50],
    ]);
    expect(result.groups[0]?.rate.value).toBe(84); // parents alone: 252 ÷ 300
    expect(result.groups[3]?.rate.value).toBeNull(); // no principals surveyed
    expect(result.areas.map((a) => [a.area, a.rate.satisfied, a.rate.answered])).toEqual([
      ['urban', 214, 240],
      ['town', 106, 120],
      ['rural', 199, 240],
    ]);
    expect(result.recognition).toEqual({
      status: 'met',
      met: true,
      value: 86.5,
      numerator: 519,
      denominator: 600,
      scale: 100,
      threshold: 85,
      comparator: 'gte',
      shortfall: null,
      reasons: [],
    });
  });

  it("parents' share too low: 255 of 600 = 42.5 % < 50 %, so recognition is unknown even at 100 % satisfied", () => {
    const cells = validSurvey().cells as SurveyCell[];
    const moved = cells.map((cell) => {
      // Move 15 % of the parents to "other residents", area by area (18 / 9 / 18).
      const shift = cell.area === 'town' ? 9 : 18;
      const all = (n: number) => ({ overall: { satisfied: n } });
      if (cell.group === 'parents')
        return {
          ...cell,
          respondents: Number(cell.respondents) - shift,
          answers: all(Number(cell.respondents) - shift),
        };
      if (cell.group === 'residents')
        return {
          ...cell,
          respondents: Number(cell.respondents) + shift,
          answers: all(Number(cell.respondents) + shift),
        };
      return { ...cell, answers: all(Number(cell.respondents)) };
    });
    const result = assessSurvey(withCells(moved));
    expect(result.groups[0]?.respondents).toBe(255);
    expect(result.overall.value).toBe(100);
    expect(result.sample.valid).toBe(false);
    const failed = result.sample.checks.filter((c) => !c.met);
    expect(failed.map((c) => c.check)).toEqual(['group-share']);
    expect(failed[0]?.reason).toEqual({
      en: 'parents are 42.5 % of respondents (255 of 600), below the required 50 %',
      zh: '学生家长占调查对象的 42.5%（600 人中 255 人），低于要求的 50%',
    });
    expect(result.recognition.status).toBe('unknown');
    expect(result.recognition.met).toBeNull();
    expect(result.recognition.reasons).toEqual([failed[0]?.reason]);
    expect(recognitionFromSurvey(result)).toBeUndefined();
  });

  it('a missing area: no rural respondents where 40 % of the residents live; urban 66.67 % and town 33.33 % are off too', () => {
    const cells: SurveyCell[] = [
      {
        group: 'parents',
        area: 'urban',
        respondents: 200,
        answers: { overall: { satisfied: 190, neutral: 10 } },
      },
      {
        group: 'parents',
        area: 'town',
        respondents: 100,
        answers: { overall: { satisfied: 95, neutral: 5 } },
      },
      { group: 'teachers', area: 'urban', respondents: 100, answers: { overall: { satisfied: 100 } } },
      { group: 'teachers', area: 'town', respondents: 50, answers: { overall: { satisfied: 50 } } },
      {
        group: 'residents',
        area: 'urban',
        respondents: 100,
        answers: { overall: { satisfied: 90, dissatisfied: 10 } },
      },
      {
        group: 'residents',
        area: 'town',
        respondents: 50,
        answers: { overall: { satisfied: 45, dissatisfied: 5 } },
      },
    ];
    const result = assessSurvey(withCells(cells));
    expect(result.sample.valid).toBe(false);
    const byArea = result.sample.checks.filter((c) => c.check === 'area-share');
    expect(byArea.map((c) => c.met)).toEqual([false, false, false]);
    const rural = byArea[2];
    expect(rural).toMatchObject({
      area: 'rural',
      respondents: 0,
      share: 0,
      populationShare: 0.4,
      difference: 0.4,
    });
    expect(rural?.reason).toEqual({
      en: 'no respondents from rural areas, where 40 % of the residents live (allowed difference 5 percentage points)',
      zh: '没有乡村调查对象，而乡村常住人口占 40%（允许相差 5 个百分点）',
    });
    expect(byArea[0]?.reason?.en).toBe(
      'urban respondents are 66.67 % of the sample (400 of 600) against 40 % of the residents; allowed difference 5 percentage points',
    );
    // Size and parents are fine: only the areas fail.
    expect(result.sample.checks.filter((c) => c.check !== 'area-share').every((c) => c.met)).toBe(true);
    expect(result.recognition.status).toBe('unknown');
    expect(result.recognition.reasons).toHaveLength(3);
    // The satisfaction is still reported: 570 of 600 = 95 %.
    expect(result.overall.value).toBe(95);
  });

  it('a small sample: 599 of the 600 required', () => {
    const cells = (validSurvey().cells as SurveyCell[]).map((cell) =>
      cell.group === 'residents' && cell.area === 'urban'
        ? { ...cell, respondents: 19, answers: { overall: { satisfied: 19 } } }
        : cell,
    );
    const result = assessSurvey(withCells(cells));
    const size = result.sample.checks[0];
    expect(size).toMatchObject({ check: 'size', met: false, respondents: 599, required: 600 });
    expect(size?.reason?.zh).toBe(
      '有效问卷 599 份，少于应收集的 600 份（常住人口 400000 的 1.5‰，且不少于 600 份）',
    );
  });

  it('valid returns: 600 valid of 857 issued = 70.01 % passes ≥ 70 %; of 858 (69.93 %) it does not', () => {
    const at = (issued: number) => assessSurvey({ ...validSurvey(), issued });
    const ok = at(857).sample.checks[1];
    expect(ok).toMatchObject({
      check: 'return-rate',
      met: true,
      respondents: 600,
      issued: 857,
      minRate: 0.7,
    });
    const short = at(858);
    expect(short.sample.valid).toBe(false);
    expect(short.sample.checks[1]?.reason).toEqual({
      en: '600 valid questionnaires of 858 issued (69.93 %), below the required 70 %',
      zh: '发放问卷 858 份，有效问卷 600 份（69.93%），低于要求的 70%',
    });
    expect(short.recognition.status).toBe('unknown');
    // Without a number issued there is nothing to check.
    expect(assessSurvey(validSurvey()).sample.checks.map((c) => c.check)).not.toContain('return-rate');
  });

  it('exactly 70 %: 700 valid of 1,000 issued passes (100 more parents: 40 urban, 20 town, 40 rural)', () => {
    const cells = (validSurvey().cells as SurveyCell[]).map((cell) => {
      if (cell.group !== 'parents') return cell;
      const more = cell.area === 'town' ? 20 : 40;
      return { ...cell, respondents: Number(cell.respondents) + more };
    });
    const result = assessSurvey({ ...withCells(cells), issued: 1000 });
    expect(result.sample.checks[1]).toMatchObject({ check: 'return-rate', met: true, rate: 0.7 });
    expect(result.sample.valid).toBe(true);
    expect(assessSurvey({ ...withCells(cells), issued: 1001 }).sample.checks[1]?.met).toBe(false);
  });

  it('exactly on the threshold: 510 of 600 = 85 % meets ≥ 85 %; 509 does not (shortfall 1/6 point)', () => {
    const at = (satisfied: number) =>
      assessSurvey(
        withCells(
          (validSurvey().cells as SurveyCell[]).map((cell, i) => {
            const n = Number(cell.respondents);
            // Everybody satisfied except in the first cell (parents, urban, 120 respondents).
            const yes = i === 0 ? n - (600 - satisfied) : n;
            return { ...cell, answers: { overall: { satisfied: yes, dissatisfied: n - yes } } };
          }),
        ),
      );
    expect(at(510).recognition).toMatchObject({ status: 'met', value: 85, shortfall: null });
    const below = at(509).recognition;
    expect(below.status).toBe('unmet');
    expect(below.shortfall).toBeCloseTo(1 / 6, 12);
    expect(below.reasons[0]?.en).toBe('satisfaction 84.83 % (509 of 600 answers) is below 85 %');
  });

  it('one record per questionnaire gives the same result as the counts', () => {
    const counts = validSurvey();
    const respondents = (counts.cells as SurveyCell[]).flatMap((cell) =>
      Object.entries(cell.answers.overall ?? {}).flatMap(([option, n]) =>
        Array.from({ length: Number(n) }, () => ({
          group: cell.group,
          area: cell.area,
          answers: { overall: option },
        })),
      ),
    );
    const { cells: _cells, ...rest } = counts;
    expect(assessSurvey({ ...rest, respondents })).toEqual(assessSurvey(counts));
  });

  it("不了解 left out when a province's rules exclude it: 5 fewer answers counted", () => {
    const rules = customizeSurveyRules(SURVEY_RULES, {
      id: 'exclude-unknown',
      name: { zh: '不了解不计', en: "don't know excluded" },
      options: SURVEY_RULES.options.map((o) =>
        o.id === 'unknown' ? { ...o, counts: 'excluded' as const } : o,
      ),
    });
    const result = assessSurvey(validSurvey(), rules);
    expect(result.overall).toMatchObject({ satisfied: 519, answered: 595, excluded: 5 });
  });

  it('an overall question: only its answers count towards the overall figure', () => {
    const survey = withCells(
      (validSurvey().cells as SurveyCell[]).map((cell) => ({
        ...cell,
        answers: { ...cell.answers, 'school-choice': { dissatisfied: Number(cell.respondents) } },
      })),
    );
    expect(assessSurvey(survey).overall.value).toBe(43.25); // 519 ÷ 1200 pooled
    const rules = customizeSurveyRules(SURVEY_RULES, {
      id: 'q',
      name: { zh: '总体题', en: 'overall question' },
      overallQuestion: 'overall',
    });
    const result = assessSurvey(survey, rules);
    expect(result.overall.value).toBe(86.5);
    expect(result.questions.map((q) => [q.question, q.rate.value])).toEqual([
      ['overall', 86.5],
      ['school-choice', 0],
    ]);
  });

  it('never changes its input', () => {
    const survey = validSurvey();
    const copy = structuredClone(survey);
    assessSurvey(survey);
    surveyPlan(survey.frame);
    expect(survey).toEqual(copy);
  });

  it('results are plain data: JSON and structuredClone keep them whole', () => {
    const result = assessSurvey(validSurvey());
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(structuredClone(result)).toEqual(result);
  });
});

describe('recognitionFromSurvey: the dataset field of the set recognition indicator', () => {
  const county = sampleCity.counties[0] as (typeof sampleCity.counties)[number];

  it('a valid survey gives { respondents: answers, satisfied }, and the 2017 set reads exactly 86.5 %', () => {
    const field = recognitionFromSurvey(assessSurvey(validSurvey()));
    expect(field).toEqual({ respondents: 600, satisfied: 519 });
    const a = assessCompulsory({ ...county.compulsory, survey: field }, compulsoryQuality2017);
    expect(a.socialRecognition?.status).toBe('met');
    expect(a.socialRecognition?.value).toBe(86.5);
  });

  it('an invalid sample gives undefined: without the field the indicator is unknown, not met or unmet', () => {
    const field = recognitionFromSurvey(assessSurvey(withCells([])));
    expect(field).toBeUndefined();
    const { survey: _survey, ...withoutSurvey } = county.preschool;
    const a = assessPreschool(withoutSurvey, preschool2020);
    expect(a.socialRecognition?.status).toBe('unknown');
  });
});

describe('SURVEY_RULES', () => {
  it('is valid against its own schema and frozen', () => {
    expect(parseWithSchema(surveyRulesSchema, SURVEY_RULES)).toEqual(SURVEY_RULES);
    expect(Object.isFrozen(SURVEY_RULES.groups.parents)).toBe(true);
  });

  it('names a source for every rule, with a confidence', () => {
    const rules = SURVEY_RULES.sources.map((s) => s.rule);
    for (const rule of [
      'threshold',
      'sampling.rate',
      'sampling.minimum',
      'groups.parents',
      'areaTolerance',
      'options',
    ]) {
      expect(rules).toContain(rule);
    }
  });

  it('safeAssessSurvey returns the error instead of throwing', () => {
    const result = safeAssessSurvey({ schemaVersion: 1 } as unknown as RecognitionSurvey);
    expect(result.success).toBe(false);
  });
});
