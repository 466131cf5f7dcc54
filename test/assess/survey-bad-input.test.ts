/**
 * Bad input for every field of the survey document, the frame and the rules: each is refused with
 * a DudaoError that names the code and the path, in English and Chinese; nothing is computed
 * from a bad value.
 */
import { describe, expect, it } from 'vitest';
import {
  assessSurvey,
  customizeSurveyRules,
  parseRecognitionSurvey,
  recognitionFromSurvey,
  surveyPlan,
} from '../../src/assess/survey.js';
import { DudaoError } from '../../src/error.js';
import { SURVEY_RULES } from '../../src/indicators/survey-rules.js';
import type { SurveyRules } from '../../src/schema/survey.js';
import { validSurvey } from '../fixtures/survey.js';

// biome-ignore lint/suspicious/noExplicitAny: documents are plain JSON, broken field by field
type Loose = any;

function issuesOf(call: () => unknown): { code: string; path: string }[] {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(DudaoError);
    const issues = (error as DudaoError).issues;
    for (const issue of issues) {
      expect(issue.message.length).toBeGreaterThan(0);
      expect(issue.messageZh.length).toBeGreaterThan(0);
    }
    return issues.map((issue) => ({ code: issue.code, path: issue.path.join('.') }));
  }
  throw new Error('expected a DudaoError');
}

const survey = (change: (s: Loose) => void): Loose => {
  const s: Loose = validSurvey();
  change(s);
  return s;
};

describe('the survey document', () => {
  const cases: [string, (s: Loose) => void, string, string][] = [
    ['schemaVersion 2', (s) => (s.schemaVersion = 2), 'schema-version', 'schemaVersion'],
    ['an unknown field', (s) => (s.respondentz = []), 'unknown-key', 'respondentz'],
    ['no county', (s) => delete s.county, 'required', 'county'],
    ['a fractional year', (s) => (s.year = 2024.5), 'not-integer', 'year'],
    ['no frame', (s) => delete s.frame, 'required', 'frame'],
    ['a negative population', (s) => (s.frame.population = -1), 'negative', 'frame.population'],
    ['a fractional population', (s) => (s.frame.population = 400000.5), 'not-integer', 'frame.population'],
    ['a population of 0', (s) => (s.frame.population = 0), 'not-positive', 'frame.population'],
    ['a population of NaN', (s) => (s.frame.population = Number.NaN), 'not-a-number', 'frame.population'],
    ['a rural population missing', (s) => delete s.frame.areas.rural, 'required', 'frame.areas.rural'],
    [
      'every area population 0',
      (s) => (s.frame.areas = { urban: 0, town: 0, rural: 0 }),
      'not-positive',
      'frame.areas',
    ],
    ['an unknown area in the frame', (s) => (s.frame.areas.suburb = 5), 'unknown-key', 'frame.areas.suburb'],
    ['a fractional number issued', (s) => (s.issued = 700.5), 'not-integer', 'issued'],
    ['fewer issued than valid', (s) => (s.issued = 599), 'valid-exceeds-issued', 'issued'],
    ['neither cells nor respondents', (s) => delete s.cells, 'survey-form', ''],
    ['both cells and respondents', (s) => (s.respondents = []), 'survey-form', ''],
    ['an unknown group', (s) => (s.cells[0].group = 'tourists'), 'invalid-enum', 'cells.0.group'],
    ['an unknown area', (s) => (s.cells[0].area = 'suburb'), 'invalid-enum', 'cells.0.area'],
    ['respondents −1', (s) => (s.cells[0].respondents = -1), 'negative', 'cells.0.respondents'],
    ['respondents 1.5', (s) => (s.cells[0].respondents = 1.5), 'not-integer', 'cells.0.respondents'],
    ['respondents as text', (s) => (s.cells[0].respondents = 'many'), 'not-a-number', 'cells.0.respondents'],
    [
      'an answer count −1',
      (s) => (s.cells[0].answers.overall.satisfied = -1),
      'negative',
      'cells.0.answers.overall.satisfied',
    ],
    [
      'an answer count 2.5',
      (s) => (s.cells[0].answers.overall.neutral = 2.5),
      'not-integer',
      'cells.0.answers.overall.neutral',
    ],
    [
      'more answers than respondents',
      (s) => (s.cells[0].answers.overall.satisfied = 81 + 120),
      'answers-exceed-respondents',
      'cells.0.answers.overall',
    ],
    [
      'an empty question id',
      (s) => (s.cells[0].answers = { '': { satisfied: 1 } }),
      'too-small',
      'cells.0.answers.',
    ],
    ['answers as a list', (s) => (s.cells[0].answers = []), 'invalid-type', 'cells.0.answers'],
    ['a cell given twice', (s) => s.cells.push({ ...s.cells[0] }), 'duplicate-cell', 'cells.15'],
    ['an unknown field in a cell', (s) => (s.cells[0].note = 'x'), 'unknown-key', 'cells.0.note'],
    [
      'more than 100 questions',
      (s) => (s.cells[0].answers = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`q${i}`, {}]))),
      'too-big',
      'cells.0.answers',
    ],
    ['over 1,000,000 respondents in all', (s) => (s.cells[0].respondents = 1_000_000), 'too-big', 'cells'],
  ];
  for (const [name, change, code, path] of cases) {
    it(`refuses ${name} (${code} at ${path || '(root)'})`, () => {
      expect(issuesOf(() => assessSurvey(survey(change)))).toContainEqual({ code, path });
    });
  }

  const perRespondent = (one: Loose): Loose => {
    const { cells: _cells, ...rest } = validSurvey();
    return { ...rest, respondents: [one] };
  };
  const respondentCases: [string, Loose, string, string][] = [
    ['an unknown group', { group: 'x', area: 'urban', answers: {} }, 'invalid-enum', 'respondents.0.group'],
    ['no area', { group: 'parents', answers: {} }, 'required', 'respondents.0.area'],
    [
      'an answer that is a count',
      { group: 'parents', area: 'urban', answers: { q: 3 } },
      'invalid-type',
      'respondents.0.answers.q',
    ],
    [
      'an empty id',
      { id: '', group: 'parents', area: 'urban', answers: {} },
      'too-small',
      'respondents.0.id',
    ],
    [
      'an unknown field',
      { group: 'parents', area: 'urban', answers: {}, age: 40 },
      'unknown-key',
      'respondents.0.age',
    ],
  ];
  for (const [name, one, code, path] of respondentCases) {
    it(`refuses a respondent with ${name} (${code} at ${path})`, () => {
      expect(issuesOf(() => parseRecognitionSurvey(perRespondent(one)))).toContainEqual({ code, path });
    });
  }

  it('refuses an answer option outside the rules scale, naming where it is', () => {
    expect(
      issuesOf(() => assessSurvey(survey((s) => (s.cells[2].answers.overall = { 'very-happy': 1 })))),
    ).toEqual([{ code: 'unknown-answer-option', path: 'cells.2.answers.overall.very-happy' }]);
    expect(
      issuesOf(() => assessSurvey(perRespondent({ group: 'parents', area: 'urban', answers: { q: 'meh' } }))),
    ).toEqual([{ code: 'unknown-answer-option', path: 'respondents.0.answers.q' }]);
  });

  it('refuses fewer issued than valid questionnaires in the per-respondent form too', () => {
    expect(
      issuesOf(() =>
        parseRecognitionSurvey({
          ...perRespondent({ group: 'parents', area: 'urban', answers: {} }),
          issued: 0,
        }),
      ),
    ).toContainEqual({ code: 'valid-exceeds-issued', path: 'issued' });
  });

  it('refuses a survey that is not an object', () => {
    expect(issuesOf(() => assessSurvey(null as Loose))).toContainEqual({ code: 'invalid-type', path: '' });
  });
});

describe('the rules', () => {
  const rules = (change: (r: Loose) => void): SurveyRules => {
    const r: Loose = structuredClone(SURVEY_RULES);
    change(r);
    return r;
  };
  const cases: [string, (r: Loose) => void, string, string][] = [
    ['a rate above 1', (r) => (r.sampling.rate = '1.5'), 'too-big', 'sampling.rate'],
    ['a negative rate', (r) => (r.sampling.rate = -0.001), 'negative', 'sampling.rate'],
    ['a fractional minimum', (r) => (r.sampling.minimum = 600.5), 'not-integer', 'sampling.minimum'],
    ['a maximum below the minimum', (r) => (r.sampling.maximum = 500), 'invalid-range', 'sampling.maximum'],
    ['planned shares adding up to 1.1', (r) => (r.groups.parents.share = '0.6'), 'shares-not-one', 'groups'],
    [
      'a minimum above the plan',
      (r) => (r.groups.parents.minShare = '0.55'),
      'min-above-share',
      'groups.parents.minShare',
    ],
    ['a group missing', (r) => delete r.groups.students, 'required', 'groups.students'],
    [
      'an unknown group',
      (r) => (r.groups.tourists = { share: '0', minShare: null }),
      'unknown-key',
      'groups.tourists',
    ],
    ['a return rate above 1', (r) => (r.minReturnRate = '1.2'), 'too-big', 'minReturnRate'],
    ['a tolerance of 2', (r) => (r.areaTolerance = 2), 'too-big', 'areaTolerance'],
    ['a threshold of 101 %', (r) => (r.threshold = '101'), 'out-of-range', 'threshold'],
    ['a threshold as a word', (r) => (r.threshold = 'high'), 'not-a-number', 'threshold'],
    ['no options', (r) => (r.options = []), 'too-small', 'options'],
    ['two options with one id', (r) => r.options.push({ ...r.options[0] }), 'duplicate-id', 'options.5.id'],
    ['an unknown scoring', (r) => (r.options[0].counts = 'happy'), 'invalid-enum', 'options.0.counts'],
    [
      'no option counted as satisfied',
      (r) => (r.options = [{ id: 'no', name: { zh: '否', en: 'no' }, counts: 'not-satisfied' }]),
      'no-satisfied-option',
      'options',
    ],
    [
      'a source without confidence',
      (r) => delete r.sources[0].confidence,
      'required',
      'sources.0.confidence',
    ],
    ['an empty overall question id', (r) => (r.overallQuestion = ''), 'too-small', 'overallQuestion'],
  ];
  for (const [name, change, code, path] of cases) {
    it(`refuses ${name} (${code} at rules.${path})`, () => {
      expect(issuesOf(() => assessSurvey(validSurvey(), rules(change)))).toContainEqual({
        code,
        path: `rules.${path}`,
      });
      expect(issuesOf(() => surveyPlan(validSurvey().frame, rules(change)))).toContainEqual({
        code,
        path: `rules.${path}`,
      });
    });
  }

  it('an override needs its own id and name, and refuses unknown fields', () => {
    expect(issuesOf(() => customizeSurveyRules(SURVEY_RULES, {} as Loose))).toEqual([
      { code: 'required', path: 'override.id' },
      { code: 'required', path: 'override.name' },
    ]);
    expect(
      issuesOf(() =>
        customizeSurveyRules(SURVEY_RULES, { id: 'x', name: { zh: '例', en: 'x' }, rate: '0.001' } as Loose),
      ),
    ).toContainEqual({ code: 'unknown-key', path: 'override.rate' });
  });

  it('an override whose merged shares no longer add up to 1 is refused', () => {
    expect(
      issuesOf(() =>
        customizeSurveyRules(SURVEY_RULES, {
          id: 'x',
          name: { zh: '例', en: 'x' },
          groups: { residents: { share: '0.2' } },
        }),
      ),
    ).toEqual([{ code: 'shares-not-one', path: 'override.groups' }]);
  });

  it('customizing never changes the base rules', () => {
    const before = structuredClone(SURVEY_RULES);
    customizeSurveyRules(SURVEY_RULES, {
      id: 'x',
      name: { zh: '例', en: 'x' },
      groups: { parents: { minShare: '0.4' } },
    });
    expect(SURVEY_RULES).toEqual(before);
  });
});

describe('recognitionFromSurvey', () => {
  it('refuses anything but a survey assessment', () => {
    expect(issuesOf(() => recognitionFromSurvey({} as Loose))).toContainEqual({
      code: 'required',
      path: 'assessment.rules',
    });
    expect(issuesOf(() => recognitionFromSurvey('x' as Loose))).toContainEqual({
      code: 'invalid-type',
      path: 'assessment',
    });
  });
});
