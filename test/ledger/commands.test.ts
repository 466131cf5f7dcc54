/**
 * The commands: each checks one step against the current state and returns the event, or throws
 * with the code and a path relative to its input. They never change the state.
 */
import { describe, expect, it } from 'vitest';
import {
  addMeasure,
  closeIssue,
  extendDeadline,
  failVerification,
  passVerification,
  raiseIssue,
  reopenIssue,
  reportProgress,
  reportRectification,
  withdrawIssue,
} from '../../src/ledger/events.js';
import { replayLedger } from '../../src/ledger/fold.js';
import { EMPTY_LEDGER_STATE, type LedgerState } from '../../src/ledger/types.js';
import type { Issue, LedgerEvent } from '../../src/schema/ledger.js';
import { contractIssue, rejection } from '../fixtures/ledger-contract.js';
import { deepFreeze } from './arbitrary.js';

const issue: Issue = { ...contractIssue, id: 'QY-2021-001' };
const issueId = issue.id;

describe('the contract example, step by step through the commands', () => {
  it('raise → measure → progress → rectification → verification → close, replaying each event', () => {
    let state: LedgerState = deepFreeze(EMPTY_LEDGER_STATE);
    const history: LedgerEvent[] = [];
    const step = (event: LedgerEvent): void => {
      history.push(event);
      state = deepFreeze(replayLedger([event], state));
    };
    step(raiseIssue(state, { at: '2021-04-20', issue }));
    expect(state.issues[0]?.status).toBe('open');
    step(addMeasure(state, { at: '2021-05-02', issueId, text: '分班并增加教室2间' }));
    expect(state.issues[0]?.status).toBe('in-progress');
    step(reportProgress(state, { at: '2021-07-01', issueId, text: '已完成分班方案' }));
    step(
      reportRectification(state, {
        at: '2021-09-01',
        issueId,
        evidence: [{ title: '分班名册', ref: 'docs/001.pdf' }],
      }),
    );
    expect(state.issues[0]?.status).toBe('rectified');
    step(passVerification(state, { at: '2021-12-05', issueId, by: '市回访督导组' }));
    step(closeIssue(state, { at: '2021-12-10', issueId }));
    expect(state.issues[0]?.status).toBe('closed');
    expect(state.issues[0]?.closure).toEqual({ at: '2021-12-10', by: null });
    expect(history.map((e) => e.type)).toEqual([
      'issue-raised',
      'measure-added',
      'progress-reported',
      'rectification-reported',
      'verification-passed',
      'issue-closed',
    ]);
    expect(state).toEqual(replayLedger(history));
    expect(state.eventCount).toBe(6);
    expect(state.lastEventAt).toBe('2021-12-10');
  });

  it('reopen, fail a verification, extend, withdraw', () => {
    const events: LedgerEvent[] = [
      { type: 'issue-raised', at: '2021-04-20', issue },
      { type: 'rectification-reported', at: '2021-05-01', issueId, evidence: [{ title: '名册' }] },
    ];
    let state = replayLedger(events);
    const failed = failVerification(state, { at: '2021-06-01', issueId, reason: '仍有大班额' });
    state = replayLedger([failed], state);
    expect(state.issues[0]?.status).toBe('in-progress');
    const extended = extendDeadline(state, {
      at: '2021-06-02',
      issueId,
      deadline: '2022-03-31',
      reason: '跨年度',
    });
    state = replayLedger([extended], state);
    expect(state.issues[0]?.deadline).toBe('2022-03-31');
    state = replayLedger(
      [reportRectification(state, { at: '2021-07-01', issueId, evidence: [{ title: '名册' }] })],
      state,
    );
    state = replayLedger([passVerification(state, { at: '2021-07-02', issueId, by: '督导组' })], state);
    state = replayLedger([reopenIssue(state, { at: '2021-08-01', issueId, reason: '反弹' })], state);
    expect(state.issues[0]?.status).toBe('in-progress');
    state = replayLedger([withdrawIssue(state, { at: '2021-08-02', issueId, reason: '合并' })], state);
    expect(state.issues[0]?.status).toBe('withdrawn');
  });
});

describe('commands reject impossible steps with a path relative to their input', () => {
  const raised = deepFreeze(replayLedger([{ type: 'issue-raised', at: '2021-04-20', issue }]));

  it('closing an unverified issue: invalid-transition at the root', () => {
    const error = rejection(() => closeIssue(raised, { at: '2021-05-01', issueId }));
    expect([error.code, error.path]).toEqual(['invalid-transition', []]);
    expect(error.messageZh).toContain('销号须为核查通过的问题');
  });

  it('an unknown issue id: unknown-issue at issueId', () => {
    const error = rejection(() => addMeasure(raised, { at: '2021-05-01', issueId: 'QY-9', text: 'x' }));
    expect([error.code, error.path]).toEqual(['unknown-issue', ['issueId']]);
  });

  it('a duplicate raise: duplicate-issue at issue', () => {
    const error = rejection(() => raiseIssue(raised, { at: '2021-05-01', issue }));
    expect([error.code, error.path]).toEqual(['duplicate-issue', ['issue']]);
  });

  it('a date before the issue was raised: before-raised at at', () => {
    const error = rejection(() => reportProgress(raised, { at: '2021-04-01', issueId, text: 'x' }));
    expect([error.code, error.path]).toEqual(['before-raised', ['at']]);
  });

  it('a malformed date: invalid-date at at (the schema runs first)', () => {
    const error = rejection(() => addMeasure(raised, { at: '2021-02-30', issueId, text: 'x' }));
    expect([error.code, error.path]).toEqual(['invalid-date', ['at']]);
  });

  it('an extension that does not extend: deadline-not-later at deadline', () => {
    const error = rejection(() =>
      extendDeadline(raised, { at: '2021-05-01', issueId, deadline: '2021-10-01', reason: '—' }),
    );
    expect([error.code, error.path]).toEqual(['deadline-not-later', ['deadline']]);
  });

  it('a rectification without evidence: too-small at evidence', () => {
    const error = rejection(() => reportRectification(raised, { at: '2021-05-01', issueId, evidence: [] }));
    expect([error.code, error.path]).toEqual(['too-small', ['evidence']]);
  });

  it('an input with an extra field is refused (unknown-key), as in a document', () => {
    const input = { at: '2021-05-01', issueId, text: 'x', note: 'y' } as unknown as Parameters<
      typeof addMeasure
    >[1];
    const error = rejection(() => addMeasure(raised, input));
    expect([error.code, error.path]).toEqual(['unknown-key', ['note']]);
  });
});
