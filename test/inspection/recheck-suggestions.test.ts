/**
 * What the data say about the issues a return visit rechecks: the hand-worked 2017 county
 * (test/fixtures/county-2017.ts) fed back 5 issues; a year later only s03's sports ground meets
 * the standard (1500 m² ÷ 200 = 7.5). The visit's outcomes agree with the data except for s02's
 * equipment, which the visit found rectified although the data still show it unmet.
 */
import { describe, expect, it } from 'vitest';
import { assessCompulsory } from '../../src/assess/county.js';
import { findingsFromAssessment } from '../../src/assess/findings.js';
import { assessPreschool } from '../../src/assess/preschool.js';
import { compulsoryQuality2017 } from '../../src/indicators/compulsory-quality-2017.js';
import { preschool2020 } from '../../src/indicators/preschool-2020.js';
import { recheckSuggestions } from '../../src/inspection/recheck-suggestions.js';
import { replayLedger } from '../../src/ledger/fold.js';
import type { LedgerEvent, RecheckOutcome } from '../../src/schema/ledger.js';
import { returnVisitSummary } from '../../src/scoring/return-visit.js';
import { county2017, county2017Variant } from '../fixtures/county-2017.js';
import { preschoolCounty } from '../fixtures/preschool-county.js';

const P = 'sx-2021-04-process/';
const VISIT = 'sx-2021-11-return';
const raised = findingsFromAssessment(assessCompulsory(county2017, compulsoryQuality2017), {
  inspection: { id: 'sx-2021-04-process', level: 'provincial' },
  at: '2021-04-20',
  deadline: '2021-10-31',
});
const report = (id: string): LedgerEvent => ({
  type: 'rectification-reported',
  at: '2021-10-01',
  issueId: P + id,
  evidence: [{ title: '整改报告' }],
});
const recheck = (id: string, outcome: RecheckOutcome): LedgerEvent => ({
  type: 'issue-rechecked',
  at: '2021-11-10',
  issueId: P + id,
  inspection: VISIT,
  outcome,
  finding: '复查情况',
});
const events: LedgerEvent[] = [
  ...raised,
  report('school/s02/primary/equipment-value-per-pupil'),
  report('school/s03/primary/sports-area-per-pupil'),
  recheck('school/s02/primary/equipment-value-per-pupil', 'rectified'),
  recheck('school/s03/primary/sports-area-per-pupil', 'rectified'),
  recheck('school/s04/primary/key-teachers-per-100', 'not-rectified'),
  recheck('county/illegal-school-choice', 'basically-rectified'),
];
const state = replayLedger(events);
const summary = returnVisitSummary(state, { inspection: VISIT, asOf: '2021-11-30' });
const later = assessCompulsory(
  county2017Variant((county) => {
    const s03 = county.schools.find((s) => s.id === 's03') as {
      sections: { primary: { stock: { sportsArea: unknown } } };
    };
    s03.sections.primary.stock.sportsArea = 1500;
  }),
  compulsoryQuality2017,
);

describe('recheckSuggestions', () => {
  it('sets the later data beside each outcome, and tells where they disagree', () => {
    expect(summary.due).toBe(5);
    const rows = recheckSuggestions(state, summary, later).map((s) => [
      s.issueId.replace(P, ''),
      s.met,
      s.outcome,
      s.agrees,
    ]);
    expect(rows).toEqual([
      ['school/s02/primary/equipment-value-per-pupil', false, 'rectified', false],
      ['school/s03/primary/sports-area-per-pupil', true, 'rectified', true],
      ['school/s04/primary/key-teachers-per-100', false, 'not-rectified', true],
      ['school/s04/primary/multimedia-rooms-per-100', false, null, null],
      ['county/illegal-school-choice', false, 'basically-rectified', true],
    ]);
  });

  it('is a suggestion: the note says the recheck decides, and the ledger is untouched', () => {
    const before = structuredClone(state);
    const [, sports] = recheckSuggestions(state, summary, [later]);
    expect(sports?.note).toEqual({
      en: 'the data show it met; the recheck decides',
      zh: '数据显示已达标，以复查结论为准',
    });
    expect(sports?.explanation?.zh).toBe('1500 ÷ 200 = 7.5 ≥ 7.5');
    expect(state).toEqual(before);
  });

  it('ignores assessments of another county or programme', () => {
    expect(recheckSuggestions(state, summary, assessPreschool(preschoolCounty, preschool2020))).toEqual([]);
    expect(recheckSuggestions(state, summary, [])).toEqual([]);
  });
});
