/**
 * The hand-worked ledger (test/fixtures/ledger-hand.ts) on 2021-12-10: every figure below is
 * counted from the table in the fixture's header, by hand.
 */
import { describe, expect, it } from 'vitest';
import { loadLedger, replayLedger } from '../../src/ledger/fold.js';
import { findIssue } from '../../src/ledger/query.js';
import { Decimal, decimalToJSON } from '../../src/numeric/decimal.js';
import { type BreakdownRow, rectificationBreakdown } from '../../src/scoring/breakdown.js';
import { overdueList } from '../../src/scoring/overdue.js';
import { ledgerReport, ledgerReportToJSON } from '../../src/scoring/report.js';
import {
  type RectificationSummary,
  rectificationSummary,
  rectificationSummaryToJSON,
  summarizeIssues,
} from '../../src/scoring/summary.js';
import { weightedScore } from '../../src/scoring/weighted.js';
import {
  HAND_AS_OF,
  handLedgerDocument,
  handLedgerEvents,
  handLedgerEventsByIssue,
} from '../fixtures/ledger-hand.js';
import { expectPlainData } from '../progress/helpers.js';

const state = replayLedger(handLedgerEvents);
const asOf = HAND_AS_OF;

function ratio(n: number, d: number): Decimal {
  return new Decimal(n).div(d);
}

function row(rows: readonly BreakdownRow[], key: string): RectificationSummary {
  const found = rows.find((r) => r.key === key);
  if (found === undefined) throw new Error(`no group ${key}`);
  return found.summary;
}

/** The figures a summary is checked on, as plain data. */
function figures(s: RectificationSummary) {
  return {
    total: s.total,
    withdrawn: s.withdrawn,
    counted: s.counted,
    byStatus: s.byStatus,
    rectified: s.rectified,
    verifiedOrClosed: s.verifiedOrClosed,
    overdue: s.overdue,
    onTime: s.onTime,
    cleared: s.cleared,
  };
}

describe('rectificationSummary of the hand-worked ledger on 2021-12-10', () => {
  const summary = rectificationSummary(state, { asOf });

  it('counts 41 issues, 1 withdrawn (B11), 40 counted', () => {
    expect(summary.total).toBe(41);
    expect(summary.withdrawn).toBe(1);
    expect(summary.counted).toBe(40);
  });

  it('counts per status: open 2 (A15, C09), in progress 5 (A03, A08, B02, B06, C04), rectified 7, verified 5, closed 21', () => {
    expect(summary.byStatus).toEqual({
      open: 2,
      'in-progress': 5,
      rectified: 7,
      verified: 5,
      closed: 21,
      withdrawn: 1,
    });
  });

  it('整改率 = 33 ÷ 40 = 0.825 (rectified 7 + verified 5 + closed 21)', () => {
    expect(summary.rectified).toBe(33);
    expect(summary.rate).toBe(0.825);
  });

  it('strict rate = (verified 5 + closed 21) ÷ 40 = 0.65', () => {
    expect(summary.verifiedOrClosed).toBe(26);
    expect(summary.strictRate).toBe(0.65);
  });

  it('3 overdue: A08 and C04 (deadline 10-31) and the reopened B02 (deadline 08-31); A15 is due today, A03 was extended', () => {
    expect(summary.overdue).toBe(3);
    expect(overdueList(state, { asOf }).map((e) => [e.id, e.daysOverdue])).toEqual([
      ['B02', 101],
      ['A08', 40],
      ['C04', 40],
    ]);
  });

  it('29 of 33 rectified on time: A05, A19, B05, C07 were late; C02 is on time under its extension, A10 on its deadline day', () => {
    expect(summary.onTime).toBe(29);
    // The number nearest 29/33 (a quotient of two integers in floating point is correctly rounded).
    expect(summary.onTimeRate).toBe(29 / 33);
    expect(findIssue(state, 'C02')?.rectifiedOnTime).toBe(true);
    expect(findIssue(state, 'A10')?.rectifiedOnTime).toBe(true);
    expect(findIssue(state, 'A05')?.rectifiedOnTime).toBe(false);
  });

  it('is not cleared (7 issues are not even rectified)', () => {
    expect(summary.cleared).toBe(false);
  });

  it('writes the JSON of the contract: rates as decimal strings', () => {
    const json = JSON.parse(JSON.stringify(rectificationSummaryToJSON(summary)));
    expect(json).toMatchObject({
      asOf: '2021-12-10',
      total: 41,
      withdrawn: 1,
      rectified: 33,
      rate: '0.825',
      strictRate: '0.65',
      overdue: 3,
      cleared: false,
    });
    // A non-terminating rate is written from its exact fraction, to 40 significant digits.
    expect(json.onTimeRate).toBe(decimalToJSON(ratio(29, 33)));
    // The summary itself is plain data: JSON.stringify writes its rates as numbers that read back the same.
    expect(JSON.parse(JSON.stringify(summary)).rate).toBe(0.825);
  });

  it('is plain data: structuredClone gives an equal copy, every rate a finite number', () => {
    expectPlainData(summary);
    expectPlainData(rectificationSummaryToJSON(summary));
  });

  it('does not depend on the order of events across issues', () => {
    const grouped = replayLedger(handLedgerEventsByIssue);
    expect(rectificationSummary(grouped, { asOf })).toEqual(summary);
  });

  it('loads from the document exactly as from the events', () => {
    expect(loadLedger(handLedgerDocument).state).toEqual(state);
  });
});

describe('the hand-worked issues, one by one', () => {
  it('C01: the failed verification sent it back to work; the second report is the one in force', () => {
    const c01 = findIssue(state, 'C01');
    expect(c01?.status).toBe('verified');
    expect(c01?.verifications.map((v) => v.passed)).toEqual([false, true]);
    expect(c01?.rectifiedAt).toBe('2021-09-20');
    expect(c01?.transitions.map((t) => t.to)).toEqual([
      'open',
      'in-progress',
      'rectified',
      'in-progress',
      'rectified',
      'verified',
    ]);
  });

  it('B02: reopened after close-out, in progress again, overdue against the deadline still in force', () => {
    const b02 = findIssue(state, 'B02');
    expect(b02?.status).toBe('in-progress');
    expect(b02?.reopenings).toEqual([{ at: '2021-10-15', reason: '回头看发现问题反弹' }]);
    expect(b02?.closure).toBeNull();
    expect(b02?.transitions.map((t) => [t.at, t.to])).toEqual([
      ['2021-04-20', 'open'],
      ['2021-05-15', 'in-progress'],
      ['2021-06-30', 'rectified'],
      ['2021-07-20', 'verified'],
      ['2021-07-25', 'closed'],
      ['2021-10-15', 'in-progress'],
    ]);
  });

  it('A03 and C02: the deadline history keeps the first deadline and each extension', () => {
    expect(findIssue(state, 'A03')?.deadline).toBe('2022-06-30');
    expect(findIssue(state, 'C02')?.deadlines).toEqual([
      { at: '2021-04-20', deadline: '2021-09-30', reason: null },
      { at: '2021-09-25', deadline: '2021-11-30', reason: '征地或建设手续跨年度' },
    ]);
  });

  it('A07: a second report on a rectified issue adds evidence and keeps the first report date', () => {
    const a07 = findIssue(state, 'A07');
    expect(a07?.status).toBe('rectified');
    expect(a07?.rectifiedAt).toBe('2021-10-28');
    expect(a07?.rectifications.map((r) => r.supplementary)).toEqual([false, true]);
  });

  it('A12: progress after the report keeps the status rectified', () => {
    const a12 = findIssue(state, 'A12');
    expect(a12?.status).toBe('rectified');
    expect(a12?.progress.map((p) => p.at)).toEqual(['2021-07-01', '2021-11-01']);
  });

  it('B11: withdrawn, out of every rate', () => {
    const b11 = findIssue(state, 'B11');
    expect(b11?.status).toBe('withdrawn');
    expect(b11?.withdrawal).toEqual({ at: '2021-05-10', reason: '与 B01 重复登记' });
  });
});

describe('breakdowns of the hand-worked ledger', () => {
  it('by county: 610323 17/20 = 0.85, 610328 8/10 = 0.8 (one withdrawn), 610330 8/10 = 0.8', () => {
    const rows = rectificationBreakdown(state, { asOf, by: 'county' });
    expect(rows.map((r) => r.key)).toEqual(['610323', '610328', '610330']);
    expect(figures(row(rows, '610323'))).toEqual({
      total: 20,
      withdrawn: 0,
      counted: 20,
      byStatus: { open: 1, 'in-progress': 2, rectified: 4, verified: 2, closed: 11, withdrawn: 0 },
      rectified: 17,
      verifiedOrClosed: 13,
      overdue: 1,
      onTime: 15,
      cleared: false,
    });
    expect(figures(row(rows, '610328'))).toEqual({
      total: 11,
      withdrawn: 1,
      counted: 10,
      byStatus: { open: 0, 'in-progress': 2, rectified: 2, verified: 1, closed: 5, withdrawn: 1 },
      rectified: 8,
      verifiedOrClosed: 6,
      overdue: 1,
      onTime: 7,
      cleared: false,
    });
    expect(figures(row(rows, '610330'))).toEqual({
      total: 10,
      withdrawn: 0,
      counted: 10,
      byStatus: { open: 1, 'in-progress': 1, rectified: 1, verified: 2, closed: 5, withdrawn: 0 },
      rectified: 8,
      verifiedOrClosed: 7,
      overdue: 1,
      onTime: 7,
      cleared: false,
    });
    expect(row(rows, '610323').rate).toBe(0.85);
    expect(row(rows, '610323').strictRate).toBe(0.65);
    expect(row(rows, '610328').rate).toBe(0.8);
    expect(row(rows, '610328').strictRate).toBe(0.6);
    expect(row(rows, '610330').rate).toBe(0.8);
    expect(row(rows, '610330').strictRate).toBe(0.7);
  });

  it('by lead department: 教育局 17/17, 财政局 6/7, 编办 3/4, 人社局 5/5, 自然资源局 2/4, 住建局 0/3', () => {
    const rows = rectificationBreakdown(state, { asOf, by: 'responsible' });
    // Keys in code-unit order, the same on every machine.
    expect(rows.map((r) => r.key)).toEqual(['人社局', '住建局', '教育局', '编办', '自然资源局', '财政局']);
    const expected: Record<string, [number, number, number, number, number, number, number]> = {
      // unit: [total, withdrawn, counted, rectified, verifiedOrClosed, overdue, onTime]
      教育局: [18, 1, 17, 17, 13, 0, 16],
      财政局: [7, 0, 7, 6, 6, 0, 5],
      编办: [4, 0, 4, 3, 3, 1, 3],
      人社局: [5, 0, 5, 5, 3, 0, 4],
      自然资源局: [4, 0, 4, 2, 1, 1, 1],
      住建局: [3, 0, 3, 0, 0, 1, 0],
    };
    for (const [
      unit,
      [total, withdrawn, counted, rectified, verifiedOrClosed, overdue, onTime],
    ] of Object.entries(expected)) {
      const s = row(rows, unit);
      expect(
        [s.total, s.withdrawn, s.counted, s.rectified, s.verifiedOrClosed, s.overdue, s.onTime],
        unit,
      ).toEqual([total, withdrawn, counted, rectified, verifiedOrClosed, overdue, onTime]);
      expect(s.rate, unit).toBe(rectified / counted);
    }
    expect(row(rows, '住建局').rate).toBe(0);
    expect(row(rows, '住建局').onTimeRate).toBeNull();
    expect(row(rows, '人社局').rate).toBe(1);
    expect(row(rows, '自然资源局').strictRate).toBe(0.25);
    expect(row(rows, '教育局').byStatus).toEqual({
      open: 0,
      'in-progress': 0,
      rectified: 4,
      verified: 3,
      closed: 10,
      withdrawn: 1,
    });
  });

  it('lead groups add up to the whole ledger; with supporting units, an issue counts once per unit', () => {
    const lead = rectificationBreakdown(state, { asOf, by: 'responsible' });
    expect(lead.reduce((n, r) => n + r.summary.total, 0)).toBe(41);
    const all = rectificationBreakdown(state, { asOf, by: 'responsible', responsible: 'all' });
    // 教育局 leads 18 issues and supports 10 more: A02 A03 A08 A11 A12 A13 B02 B09 C07 C09.
    const supports = state.issues.filter((i) => i.supporting.includes('教育局')).length;
    expect(row(all, '教育局').total).toBe(18 + supports);
    expect(supports).toBe(10);
  });

  it('by source inspection: provincial process 19/24, municipal return visit 14/16 = 0.875', () => {
    const rows = rectificationBreakdown(state, { asOf, by: 'source' });
    expect(
      rows.map((r) => [r.key, r.summary.total, r.summary.counted, r.summary.rectified, r.summary.overdue]),
    ).toEqual([
      ['bj-2021-09-return', 16, 16, 14, 0],
      ['sx-2021-04-process', 25, 24, 19, 3],
    ]);
    expect(row(rows, 'bj-2021-09-return').rate).toBe(0.875);
    expect(row(rows, 'sx-2021-04-process').strictRate).toBe(16 / 24);
  });

  it('by severity: major 12/18 rectified (one withdrawn), minor 21/22', () => {
    const rows = rectificationBreakdown(state, { asOf, by: 'severity' });
    expect(rows.map((r) => [r.key, r.summary.total, r.summary.counted, r.summary.rectified])).toEqual([
      ['major', 19, 18, 12],
      ['minor', 22, 22, 21],
    ]);
  });

  it('by scope kind and scope: departments are 编办 ×4 and 人社局 ×2', () => {
    const kinds = rectificationBreakdown(state, { asOf, by: 'scope-kind' });
    expect(kinds.map((r) => [r.key, r.summary.total])).toEqual([
      ['county', 8],
      ['department', 6],
      ['school', 27],
    ]);
    const scopes = rectificationBreakdown(state, { asOf, by: 'scope' });
    expect(row(scopes, 'department:编办').total).toBe(4);
    expect(row(scopes, 'department:人社局').total).toBe(2);
    expect(row(scopes, 'school:a-s01').total).toBe(2);
  });

  it('by commonality and mode add up to the whole', () => {
    for (const by of ['commonality', 'mode', 'category', 'programme', 'level'] as const) {
      const rows = rectificationBreakdown(state, { asOf, by });
      expect(
        rows.reduce((n, r) => n + r.summary.total, 0),
        by,
      ).toBe(41);
      expect(
        rows.reduce((n, r) => n + r.summary.rectified, 0),
        by,
      ).toBe(33);
    }
  });

  it('a group appears once it has an issue: on 2021-06-01 only the provincial inspection exists', () => {
    expect(rectificationBreakdown(state, { asOf: '2021-06-01', by: 'source' }).map((r) => r.key)).toEqual([
      'sx-2021-04-process',
    ]);
  });
});

describe('weightedScore of the hand-worked ledger (major 2, minor 1)', () => {
  it('(12 × 2 + 21) ÷ (18 × 2 + 22) = 45/58; strict (12 × 2 + 14) ÷ 58 = 38/58', () => {
    const score = weightedScore(state, { asOf });
    expect(score.totalWeight).toBe(58);
    expect(score.rectifiedWeight).toBe(45);
    expect(score.verifiedWeight).toBe(38);
    // The numbers nearest 45/58 and 38/58.
    expect(score.score).toBe(45 / 58);
    expect(score.strictScore).toBe(38 / 58);
    expect(score.weights).toEqual({ major: 2, minor: 1, categories: {} });
  });

  it('is plain data: structuredClone gives an equal copy, every figure a finite number', () => {
    expectPlainData(
      weightedScore(state, { asOf, weights: { major: '2.5', categories: { 'large-classes': 3 } } }),
    );
  });

  it('with equal weights, the score is the rectification rate', () => {
    const score = weightedScore(state, { asOf, weights: { major: 1, minor: 1 } });
    expect(score.score).toBe(0.825);
  });

  it('category factors multiply the severity weight: large-classes × 3', () => {
    // large-classes (counted): A01 A09 A16 B01 C01 major, all rectified; C09 major, open. B11 withdrawn.
    // Extra weight: 5 rectified × 2 × 2 more = +20 rectified; 6 × 2 × 2 = +24 total.
    const score = weightedScore(state, { asOf, weights: { categories: { 'large-classes': 3 } } });
    expect(score.totalWeight).toBe(58 + 24);
    expect(score.rectifiedWeight).toBe(45 + 20);
  });

  it('rejects a negative weight with its path', () => {
    expect(() => weightedScore(state, { asOf, weights: { major: -1 } })).toThrow(
      expect.objectContaining({ code: 'negative', path: ['weights', 'major'] }),
    );
  });
});

describe('summaries of special ledgers', () => {
  it('an empty ledger: nothing to rate (rates null with a reason, never NaN), and cleared', () => {
    const s = rectificationSummary(replayLedger([]), { asOf });
    expect(s.total).toBe(0);
    expect(s.rate).toBeNull();
    expect(s.strictRate).toBeNull();
    expect(s.rateNote?.zh).toContain('= 0');
    expect(s.cleared).toBe(true);
    expect(JSON.parse(JSON.stringify(s)).rate).toBeNull();
  });

  it('a ledger whose only issue is withdrawn: total 1, withdrawn 1, rate null, cleared', () => {
    const b11 = findIssue(state, 'B11');
    const s = summarizeIssues(b11 === undefined ? [] : [b11], { asOf });
    expect([s.total, s.withdrawn, s.counted, s.rate, s.cleared]).toEqual([1, 1, 0, null, true]);
  });

  it('cleared once every issue that is not withdrawn is closed (the closed and withdrawn issues alone)', () => {
    const closedOnly = state.issues.filter((i) => i.status === 'closed' || i.status === 'withdrawn');
    const s = summarizeIssues(closedOnly, { asOf });
    expect(s.cleared).toBe(true);
    expect(s.rate).toBe(1);
    expect(s.strictRate).toBe(1);
  });

  it('looks back: on 2021-10-31 the figures are those of the history up to that day', () => {
    const earlier = replayLedger(handLedgerEvents.filter((e) => e.at <= '2021-10-31'));
    expect(rectificationSummary(state, { asOf: '2021-10-31' })).toEqual(
      rectificationSummary(earlier, { asOf: '2021-10-31' }),
    );
  });

  it('rejects a malformed asOf', () => {
    expect(() => rectificationSummary(state, { asOf: '2021-02-30' })).toThrow(
      expect.objectContaining({ code: 'invalid-date', path: ['asOf'] }),
    );
  });
});

describe('ledgerReport', () => {
  it('gathers the summary, every breakdown, the weighted score and the overdue list', () => {
    const report = ledgerReport(state, { asOf });
    expect(report.summary).toEqual(rectificationSummary(state, { asOf }));
    expect(report.overdue.map((e) => e.id)).toEqual(['B02', 'A08', 'C04']);
    const json = JSON.parse(JSON.stringify(ledgerReportToJSON(report)));
    expect(json.rate).toBe('0.825');
    expect(json.breakdowns.county[0]).toMatchObject({ key: '610323', summary: { rate: '0.85', total: 20 } });
    expect(json.overdueIssues[0]).toMatchObject({ id: 'B02', daysOverdue: 101, lead: ['自然资源局'] });
    // Weights and their sums as decimal strings; the scores from the exact sums, to 40 digits.
    expect(json.weighted).toEqual({
      weights: { major: '2', minor: '1', categories: {} },
      totalWeight: '58',
      rectifiedWeight: '45',
      verifiedWeight: '38',
      score: decimalToJSON(ratio(45, 58)),
      strictScore: decimalToJSON(ratio(38, 58)),
    });
  });

  it('writes decimal weights exactly in JSON: major 0.1 × 18 = 1.8 (not the float sum)', () => {
    const report = ledgerReport(state, { asOf, weights: { major: '0.1', minor: 0 } });
    expect(report.weighted.totalWeight).toBe(1.8);
    const json = ledgerReportToJSON(report);
    expect(json.weighted.weights.major).toBe('0.1');
    expect(json.weighted.totalWeight).toBe('1.8');
    // 12 rectified major issues of 18: 1.2 ÷ 1.8 = 2/3
    expect(json.weighted.score).toBe(decimalToJSON(ratio(2, 3)));
  });

  it('is plain data: structuredClone gives an equal copy, every figure a finite number', () => {
    const report = ledgerReport(state, { asOf });
    expectPlainData(report);
    expectPlainData(ledgerReportToJSON(report));
  });
});
