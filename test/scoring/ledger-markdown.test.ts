/**
 * The Markdown ledger report: rounding happens only here, and the summary sentence reads as a
 * county's report would write it.
 */
import { describe, expect, it } from 'vitest';
import { replayLedger } from '../../src/ledger/fold.js';
import { Decimal } from '../../src/numeric/decimal.js';
import { ledgerSentence, percentText, renderLedgerMarkdown } from '../../src/report/ledger-markdown.js';
import { ledgerReport } from '../../src/scoring/report.js';
import { rectificationSummary } from '../../src/scoring/summary.js';
import { HAND_AS_OF, handLedgerEvents } from '../fixtures/ledger-hand.js';

const state = replayLedger(handLedgerEvents);
const report = ledgerReport(state, { asOf: HAND_AS_OF });

describe('percentText', () => {
  it('rounds half up to 2 decimals, as every report shows percentages', () => {
    expect(percentText(new Decimal(33).div(40))).toBe('82.50%');
    expect(percentText(new Decimal('0.65'))).toBe('65.00%');
    expect(percentText(new Decimal(29).div(33))).toBe('87.88%');
    expect(percentText(new Decimal('0.000049'))).toBe('0.00%');
    expect(percentText(new Decimal('0.00005'))).toBe('0.01%');
    expect(percentText(new Decimal(1))).toBe('100.00%');
    expect(percentText(null)).toBe('—');
  });
});

describe('renderLedgerMarkdown', () => {
  it('opens with the summary sentence of the hand-worked ledger', () => {
    expect(ledgerSentence(report.summary)).toBe('问题整改率 82.50%（33/40），逾期未整改 3 项');
    expect(ledgerSentence(report.summary, 'en')).toBe('Rectification rate 82.50% (33/40), 3 overdue');
    const md = renderLedgerMarkdown(report);
    expect(
      md.startsWith('# 问题整改情况（截至 2021-12-10）\n\n问题整改率 82.50%（33/40），逾期未整改 3 项。'),
    ).toBe(true);
  });

  it('lists every breakdown and the overdue issues, longest overdue first', () => {
    const md = renderLedgerMarkdown(report);
    expect(md).toContain('### 按县（区）');
    expect(md).toContain('| 610323 | 20 | 0 | 17 | 85.00% | 65.00% | 1 | 88.24% | — |');
    expect(md).toContain('### 按责任单位（牵头单位）');
    expect(md).toContain('| 住建局 | 3 | 0 | 0 | 0.00% | 0.00% | 1 | — | — |');
    expect(md).toContain('| B02 | 610328 | 操场被占用 | 正在整改 | 2021-08-31 | 101 | 自然资源局 |');
    expect(md.indexOf('| B02 |')).toBeLessThan(md.indexOf('| A08 |'));
  });

  it('speaks English when asked', () => {
    const md = renderLedgerMarkdown(report, { lang: 'en' });
    expect(md).toContain('# Rectification of issues (as of 2021-12-10)');
    expect(md).toContain('### By responsible unit (lead units)');
    expect(md).toContain('| in progress |');
  });

  it('says when nothing can be rated, and when a ledger is cleared', () => {
    const empty = renderLedgerMarkdown(ledgerReport(replayLedger([]), { asOf: HAND_AS_OF }));
    expect(empty).toContain('暂无可计算整改率的问题');
    expect(empty).toContain('清零：是');
    const closedOnly = rectificationSummary(
      { ...state, issues: state.issues.filter((i) => i.status === 'closed') },
      { asOf: HAND_AS_OF },
    );
    expect(ledgerSentence(closedOnly)).toBe('问题整改率 100.00%（21/21），已全部销号清零');
  });
});
