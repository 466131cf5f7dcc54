/**
 * The issue sheet (问题整改台账) in the layout offices exchange: the sixteen columns, one row per
 * issue raised by the day, and one issue of the sample followed by hand through its events
 * (measures, progress, evidence, verification, close-out), with names from the city's documents.
 */
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import { loadLedger, replayLedger } from '../../src/ledger/fold.js';
import { issueSheet } from '../../src/report/issue-sheet.js';
import { sampleCity } from '../../src/sample/index.js';

const { state } = loadLedger(sampleCity.ledger);
const institutions = Object.fromEntries(
  sampleCity.counties.flatMap((c) => [
    ...c.compulsory.schools.map((s) => [s.id, s.name]),
    ...c.preschool.kindergartens.map((k) => [k.id, k.name]),
  ]),
);
const names = {
  counties: Object.fromEntries(sampleCity.counties.map((c) => [c.code, c.name.zh])),
  institutions,
  inspections: { 'SL-2025-05-process': '省级过程督导（2025年5月）' },
};

describe('issueSheet', () => {
  it('has the sixteen columns offices exchange, in their order', () => {
    const sheet = issueSheet(state, { asOf: sampleCity.asOf });
    expect(sheet.name).toBe('问题整改台账');
    expect(sheet.columns).toEqual([
      '序号',
      '问题来源',
      '县（区）',
      '学校/单位',
      '问题类别',
      '共性/个性',
      '问题描述',
      '整改措施',
      '牵头单位',
      '配合单位',
      '责任人',
      '整改时限',
      '整改进展',
      '佐证材料',
      '当前状态',
      '销号日期',
    ]);
  });

  it('lists every issue raised by the day, numbered from 1, in the order raised', () => {
    const raised = sampleCity.ledger.events.filter((e) => e.type === 'issue-raised');
    expect(issueSheet(state, { asOf: sampleCity.asOf }).rows).toHaveLength(raised.length);
    // On the last day of the process supervision's raising (2025-05-28), only its issues.
    const early = raised.filter((e) => e.at <= '2025-05-28').length;
    const sheet = issueSheet(state, { asOf: '2025-05-28' });
    expect(sheet.rows).toHaveLength(early);
    expect(sheet.rows.map((r) => r[0])).toEqual(Array.from({ length: early }, (_, i) => String(i + 1)));
  });

  it('follows one issue through its events, with names for ids', () => {
    const first = state.issues[0];
    if (first === undefined) throw new Error('the sample has issues');
    const sheet = issueSheet(state, { asOf: sampleCity.asOf, names });
    const row = sheet.rows[0] ?? [];
    const scope = first.issue.scope;
    const id = scope.kind === 'school' ? scope.schoolId : '';
    expect(row[1]).toBe('省级过程督导（2025年5月）');
    expect(row[2]).toBe('东湖县');
    expect(row[3]).toBe(institutions[id]);
    expect(row[4]).toBe('资源配置');
    expect(row[6]).toBe(first.issue.description);
    expect(row[7]).toBe(first.measures.map((m) => m.text).join('；'));
    expect(row[8]).toBe(first.lead.join('；'));
    expect(row[9]).toBe(first.supporting.join('；'));
    expect(row[11]).toBe(first.deadline);
    const last = first.progress[first.progress.length - 1];
    expect(row[12]).toBe(`${last?.at} ${last?.text}`);
    expect(row[13]).toBe(first.rectifications.flatMap((r) => r.evidence.map((e) => e.title)).join('；'));
    expect(first.status).toBe('closed');
    expect(row[14]).toBe('已销号');
    expect(row[15]).toBe(first.closure?.at);
  });

  it('on an earlier day, the status and the steps of that day', () => {
    const first = state.issues[0];
    if (first === undefined) throw new Error('the sample has issues');
    const day = first.raisedAt;
    const row = issueSheet(state, { asOf: day }).rows[0] ?? [];
    expect(row[14]).toBe('未整改');
    expect(row[15]).toBe('');
    expect(row[13]).toBe('');
    // Without names: the inspection id with its level, the county code.
    expect(row[1]).toBe('SL-2025-05-process（省级）');
    expect(row[2]).toBe(first.issue.county);
  });

  it('in English', () => {
    const sheet = issueSheet(state, { asOf: sampleCity.asOf, lang: 'en' });
    expect(sheet.columns[0]).toBe('No.');
    expect(sheet.rows[0]?.[1]).toBe('SL-2025-05-process (provincial)');
    expect(sheet.rows[0]?.[14]).toBe('closed');
  });

  it('refuses bad input with paths', () => {
    expect(() => issueSheet(state, { asOf: '2026-02-30' })).toThrow(DudaoError);
    expect(() => issueSheet({} as typeof state, { asOf: '2026-01-01' })).toThrow(DudaoError);
    try {
      issueSheet(state, { asOf: '2026-01-01', names: { counties: { a: 3 as unknown as string } } });
      expect.unreachable();
    } catch (error) {
      expect((error as DudaoError).path).toEqual(['names', 'counties', 'a']);
    }
    expect(issueSheet(replayLedger([]), { asOf: '2026-01-01' }).rows).toEqual([]);
  });
});
