/**
 * The hand-worked return visit of test/fixtures/return-visit-hand.ts: every figure of the summary,
 * worked out in the fixture's comment, checked here; the statuses the outcomes lead to; the
 * summary as JSON; and what the summary refuses.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replayLedger } from '../../src/ledger/fold.js';
import { findIssue } from '../../src/ledger/query.js';
import { toJsonDocument } from '../../src/report/json.js';
import {
  type ReturnVisitCounts,
  returnVisitSentence,
  returnVisitSummary,
  returnVisitSummaryToJSON,
} from '../../src/scoring/return-visit.js';
import { rejection } from '../fixtures/ledger-contract.js';
import {
  COUNTY_A,
  COUNTY_B,
  COUNTY_C,
  PROCESS,
  returnVisitEvents,
  VISIT,
} from '../fixtures/return-visit-hand.js';

const events = returnVisitEvents();
const state = replayLedger(events);
const AS_OF = '2024-11-30';
const summary = returnVisitSummary(state, { inspection: VISIT, asOf: AS_OF });

// due, rechecked, [R, B, N, NA], newIssues, rated, rate
function figures(c: ReturnVisitCounts): unknown[] {
  const o = c.outcomes;
  return [
    c.due,
    c.rechecked,
    c.notRechecked,
    [o.rectified, o['basically-rectified'], o['not-rectified'], o['not-applicable']],
    c.newIssues,
    c.rated,
    c.rate,
  ];
}

describe('the hand-worked return visit (35 provincial issues, 26 rechecked, 5 new)', () => {
  it('is the ledger of examples/return-visit.json, for the command line', () => {
    const file = JSON.parse(
      readFileSync(join(import.meta.dirname, '../../examples/return-visit.json'), 'utf8'),
    );
    expect(file).toEqual({ schemaVersion: 1, events });
  });

  it('the ledger holds 35 provincial issues, 5 new ones and a county self-check issue', () => {
    expect(state.issues.filter((i) => i.issue.source.inspection === PROCESS)).toHaveLength(35);
    expect(state.issues.filter((i) => i.issue.source.inspection === VISIT)).toHaveLength(5);
    expect(state.issues).toHaveLength(41);
  });

  it('knows the visit from the ledger alone: first day 2024-11-04, counties A and B', () => {
    expect(summary.inspection).toBe(VISIT);
    expect(summary.asOf).toBe(AS_OF);
    expect(summary.start).toBe('2024-11-04');
    expect(summary.counties).toEqual([COUNTY_A, COUNTY_B]);
  });

  it('due 31, rechecked 26, not rechecked 5; R 12, B 5, N 7, NA 2; 5 new; rate 12 ÷ 24 = 0.5', () => {
    expect(figures(summary)).toEqual([31, 26, 5, [12, 5, 7, 2], 5, 24, 0.5]);
    expect(summary.rateNote).toBeNull();
  });

  it('says it in one sentence, in Chinese and English', () => {
    expect(summary.sentence).toEqual({
      zh: '复查问题 26 个：已整改 12 个，基本整改 5 个，未整改 7 个，不再适用 2 个；新发现问题 5 个；另有 5 个应复查问题未复查',
      en: '26 issues rechecked: 12 rectified, 5 basically rectified, 7 not rectified, 2 no longer applicable; 5 new issues found; 5 issues due for recheck not rechecked',
    });
  });

  it('per county: A 5/11, B 7/13; county C was not visited', () => {
    expect(summary.byCounty.map((g) => [g.key, ...figures(g)])).toEqual([
      [COUNTY_A, 15, 12, 3, [5, 2, 4, 1], 2, 11, 5 / 11],
      [COUNTY_B, 16, 14, 2, [7, 3, 3, 1], 3, 13, 7 / 13],
    ]);
    expect(summary.byCounty.some((g) => g.key === COUNTY_C)).toBe(false);
    expect(returnVisitSentence(summary.byCounty[0] as ReturnVisitCounts).zh).toBe(
      '复查问题 12 个：已整改 5 个，基本整改 2 个，未整改 4 个，不再适用 1 个；新发现问题 2 个；另有 3 个应复查问题未复查',
    );
  });

  it('per school and kindergarten', () => {
    expect(summary.bySchool.map((g) => [g.key, ...figures(g)])).toEqual([
      ['kindergarten:a-k01', 2, 2, 0, [0, 1, 1, 0], 0, 2, 0],
      ['kindergarten:b-k01', 1, 1, 0, [0, 1, 0, 0], 1, 1, 0],
      ['school:a-s01', 3, 3, 0, [2, 0, 1, 0], 1, 3, 2 / 3],
      ['school:a-s02', 3, 2, 1, [1, 1, 0, 0], 0, 2, 0.5],
      ['school:a-s03', 2, 2, 0, [1, 0, 1, 0], 0, 2, 0.5],
      ['school:a-s04', 1, 1, 0, [0, 0, 0, 1], 1, 0, null],
      ['school:b-s01', 4, 3, 1, [2, 1, 0, 0], 1, 3, 2 / 3],
      ['school:b-s02', 3, 3, 0, [2, 0, 1, 0], 0, 3, 2 / 3],
      ['school:b-s03', 2, 2, 0, [1, 0, 1, 0], 0, 2, 0.5],
      ['school:b-s04', 1, 1, 0, [0, 0, 0, 1], 0, 0, null],
    ]);
  });

  it('per lead unit, and with supporting units', () => {
    expect(summary.byUnit.map((g) => [g.key, ...figures(g)])).toEqual([
      ['住建局', 2, 2, 0, [2, 0, 0, 0], 0, 2, 1],
      ['教育局', 24, 19, 5, [7, 5, 5, 2], 4, 17, 7 / 17],
      ['编办', 1, 1, 0, [0, 0, 1, 0], 0, 1, 0],
      ['财政局', 4, 4, 0, [3, 0, 1, 0], 1, 4, 0.75],
    ]);
    const all = returnVisitSummary(state, { inspection: VISIT, asOf: AS_OF, responsible: 'all' });
    // 教育局 also supports A04, A05, B05, B07 (R, R, R, R); 人社局 supports B12 (N).
    const edu = all.byUnit.find((g) => g.key === '教育局') as ReturnVisitCounts;
    expect(figures(edu)).toEqual([28, 23, 5, [11, 5, 5, 2], 4, 21, 11 / 21]);
    expect(figures(all.byUnit.find((g) => g.key === '人社局') as ReturnVisitCounts)).toEqual([
      1,
      1,
      0,
      [0, 0, 1, 0],
      0,
      1,
      0,
    ]);
  });

  it('lists every due issue with the status before the visit, its recheck and the status after', () => {
    const rows = summary.items.map((i) => [i.issueId, i.before, i.recheck?.outcome ?? null, i.status]);
    expect(rows).toEqual([
      ['A01', 'rectified', 'rectified', 'verified'],
      ['A02', 'rectified', 'rectified', 'verified'],
      ['A03', 'rectified', 'rectified', 'verified'],
      ['A04', 'rectified', 'rectified', 'verified'],
      ['A05', 'closed', 'rectified', 'closed'],
      ['A06', 'rectified', 'basically-rectified', 'in-progress'],
      ['A07', 'in-progress', 'basically-rectified', 'in-progress'],
      ['A08', 'rectified', 'not-rectified', 'in-progress'],
      ['A09', 'in-progress', 'not-rectified', 'in-progress'],
      ['A10', 'open', 'not-rectified', 'open'],
      ['A11', 'closed', 'not-rectified', 'in-progress'],
      ['A12', 'in-progress', 'not-applicable', 'withdrawn'],
      ['A13', 'in-progress', null, 'in-progress'],
      ['A14', 'rectified', null, 'rectified'],
      ['A15', 'in-progress', null, 'in-progress'],
      ['B01', 'rectified', 'rectified', 'verified'],
      ['B02', 'rectified', 'rectified', 'verified'],
      ['B03', 'rectified', 'rectified', 'verified'],
      ['B04', 'rectified', 'rectified', 'verified'],
      ['B05', 'rectified', 'rectified', 'verified'],
      ['B06', 'rectified', 'rectified', 'verified'],
      ['B07', 'closed', 'rectified', 'closed'],
      ['B08', 'rectified', 'basically-rectified', 'in-progress'],
      ['B09', 'rectified', 'basically-rectified', 'in-progress'],
      ['B10', 'in-progress', 'basically-rectified', 'in-progress'],
      ['B11', 'in-progress', 'not-rectified', 'in-progress'],
      ['B12', 'open', 'not-rectified', 'open'],
      ['B13', 'rectified', 'not-rectified', 'in-progress'],
      ['B14', 'in-progress', 'not-applicable', 'withdrawn'],
      ['B15', 'in-progress', null, 'in-progress'],
      ['B16', 'open', null, 'open'],
    ]);
    const b13 = summary.items.find((i) => i.issueId === 'B13');
    expect(b13?.recheck).toMatchObject({ at: '2024-11-07', from: 'in-progress', to: 'in-progress' });
    const a01 = summary.items.find((i) => i.issueId === 'A01');
    expect(a01?.recheck?.evidence).toEqual([{ title: '现场照片', ref: 'A01/photo.jpg' }]);
  });

  it('lists the new issues; the one fixed on the spot is outside the figures', () => {
    expect(summary.found.map((f) => [f.issueId, f.county, f.scope, f.raisedAt, f.status])).toEqual([
      ['A-M01', COUNTY_A, 'school:a-s01', '2024-11-05', 'open'],
      ['A-M02', COUNTY_A, 'school:a-s04', '2024-11-05', 'verified'],
      ['B-M01', COUNTY_B, 'school:b-s01', '2024-11-08', 'open'],
      ['B-M02', COUNTY_B, 'kindergarten:b-k01', '2024-11-08', 'open'],
      ['B-M03', COUNTY_B, 'county', '2024-11-08', 'open'],
    ]);
    expect(summary.outside).toEqual(['A-M02']);
  });

  it('leaves out what is not due: a withdrawn issue, county C, an issue raised after the visit began', () => {
    const due = new Set(summary.items.map((i) => i.issueId));
    for (const id of ['A16', 'C01', 'C02', 'C03', 'A-S01']) expect(due.has(id)).toBe(false);
  });

  it('mid-visit (2024-11-05): county A rechecked, two new issues, nothing outside yet', () => {
    const mid = returnVisitSummary(state, { inspection: VISIT, asOf: '2024-11-05' });
    expect(figures(mid)).toEqual([31, 12, 19, [5, 2, 4, 1], 2, 11, 5 / 11]);
    expect(mid.outside).toEqual([]);
  });

  it('by default on the ledger latest event (2024-12-10); a later report changes the status, not the outcome', () => {
    const latest = returnVisitSummary(state, { inspection: VISIT });
    expect(latest.asOf).toBe('2024-12-10');
    expect(figures(latest)).toEqual(figures(summary));
    expect(latest.items.find((i) => i.issueId === 'B08')?.status).toBe('rectified');
  });

  it('with the inspection itself: its counties and first day decide what was due', () => {
    const withC = returnVisitSummary(state, {
      inspection: { id: VISIT, counties: [COUNTY_A, COUNTY_B, COUNTY_C], dates: { start: '2024-11-04' } },
      asOf: AS_OF,
    });
    // C01–C03 are due too, and not rechecked: due 34, not rechecked 8.
    expect(figures(withC)).toEqual([34, 26, 8, [12, 5, 7, 2], 5, 24, 0.5]);
    expect(withC.byCounty.find((g) => g.key === COUNTY_C)?.due).toBe(3);
    const onlyB = returnVisitSummary(state, {
      inspection: { id: VISIT, counties: [COUNTY_B] },
      asOf: AS_OF,
    });
    // County A's rechecks are now outside the visit's counties.
    expect(figures(onlyB)).toEqual([16, 14, 2, [7, 3, 3, 1], 5, 13, 7 / 13]);
    expect(onlyB.outside).toEqual([
      ...['A01', 'A02', 'A03', 'A04', 'A05', 'A06', 'A07', 'A08', 'A09', 'A10', 'A11', 'A12'],
      'A-M02',
    ]);
  });

  it('statuses in the ledger follow the outcomes: verifications, reopenings and withdrawals', () => {
    const a01 = findIssue(state, 'A01');
    expect(a01?.verifications.at(-1)).toEqual({
      at: '2024-11-04',
      passed: true,
      by: '市回访督导组',
      reason: null,
    });
    expect(a01?.verifiedAt).toBe('2024-11-04');
    const a06 = findIssue(state, 'A06');
    expect(a06?.verifications.at(-1)?.passed).toBe(false);
    expect(a06?.rectifiedAt).toBeNull();
    const a11 = findIssue(state, 'A11');
    expect(a11?.reopenings).toEqual([{ at: '2024-11-05', reason: '现场核查未整改到位' }]);
    expect(a11?.closure).toBeNull();
    const a12 = findIssue(state, 'A12');
    expect(a12?.withdrawal).toEqual({ at: '2024-11-05', reason: '学校已撤并，问题不再适用' });
    expect(findIssue(state, 'A05')?.closure?.at).toBe('2024-07-20');
    expect(findIssue(state, 'B13')?.rechecks.map((r) => r.outcome)).toEqual([
      'basically-rectified',
      'not-rectified',
    ]);
  });

  it('writes every rate as its exact fraction in JSON, counts as numbers', () => {
    const json = toJsonDocument(returnVisitSummaryToJSON(summary)) as Record<string, unknown>;
    expect(json.rate).toBe('0.5');
    expect(json.due).toBe(31);
    expect(json.outcomes).toEqual({
      rectified: 12,
      'basically-rectified': 5,
      'not-rectified': 7,
      'not-applicable': 2,
    });
    const byCounty = json.byCounty as { rate: string; rated: number }[];
    expect(byCounty[0]?.rate).toBe('0.4545454545454545454545454545454545454545');
    expect(byCounty[0]?.rated).toBe(11);
    const bySchool = json.bySchool as { key: string; rate: string | null }[];
    expect(bySchool.find((g) => g.key === 'school:a-s04')?.rate).toBeNull();
    expect(JSON.parse(JSON.stringify(summary))).toEqual(summary);
  });
});

describe('what the summary refuses', () => {
  it('an inspection the ledger never names: unknown-inspection at ["inspection"]', () => {
    const error = rejection(() => returnVisitSummary(state, { inspection: 'M-2099-01-return', asOf: AS_OF }));
    expect(error.code).toBe('unknown-inspection');
    expect(error.path).toEqual(['inspection']);
    expect(error.message).toContain('M-2099-01-return');
    expect(error.messageZh).toContain('台账中没有督导活动');
  });

  it('a date that is not a calendar date: invalid-date at ["asOf"]', () => {
    const error = rejection(() => returnVisitSummary(state, { inspection: VISIT, asOf: '2024-11-31' }));
    expect([error.code, error.path]).toEqual(['invalid-date', ['asOf']]);
  });

  it('an empty inspection id: invalid-type at ["inspection"]', () => {
    const error = rejection(() => returnVisitSummary(state, { inspection: '' }));
    expect([error.code, error.path]).toEqual(['invalid-type', ['inspection']]);
  });

  it('a summary of a visit with nothing rechecked has a null rate and says why', () => {
    const s = returnVisitSummary(state, { inspection: VISIT, asOf: '2024-11-03' });
    expect(figures(s)).toEqual([31, 0, 31, [0, 0, 0, 0], 0, 0, null]);
    expect(s.rateNote?.zh).toContain('无可计算复查整改率的问题');
  });
});
