/**
 * The hash chain: hash_i = sha256(hash_{i−1} + canonical JSON of event_i), from the empty string.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sealLedger, verifyLedger } from '../../src/ledger/seal.js';
import type { LedgerEvent } from '../../src/schema/ledger.js';
import { handLedgerEvents } from '../fixtures/ledger-hand.js';

const events = handLedgerEvents.slice(0, 12) as LedgerEvent[];

describe('canonicalJson', () => {
  it('sorts keys, drops whitespace and undefined, keeps decimal strings as written', () => {
    expect(canonicalJson({ b: 1, a: ['x', { d: '0.10', c: null, e: undefined }] })).toBe(
      '{"a":["x",{"c":null,"d":"0.10"}],"b":1}',
    );
    expect(canonicalJson({ 中: '文', a: '"q"' })).toBe('{"a":"\\"q\\"","中":"文"}');
  });

  it('does not depend on the order keys were written in', () => {
    expect(canonicalJson({ type: 'issue-closed', at: '2021-12-10', issueId: 'Q' })).toBe(
      canonicalJson({ issueId: 'Q', at: '2021-12-10', type: 'issue-closed' }),
    );
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(
      expect.objectContaining({ code: 'not-canonical', path: ['a'] }),
    );
    expect(() => canonicalJson({ a: [1, Number.POSITIVE_INFINITY] })).toThrow(
      expect.objectContaining({ path: ['a', 1] }),
    );
  });
});

describe('sealLedger / verifyLedger', () => {
  it('chains SHA-256 over the previous hash and the canonical event, from the empty string', () => {
    const sealed = sealLedger(events);
    const first = bytesToHex(sha256(utf8ToBytes(canonicalJson(events[0]))));
    const second = bytesToHex(sha256(utf8ToBytes(first + canonicalJson(events[1]))));
    expect(sealed[0]?.hash).toBe(first);
    expect(sealed[1]?.hash).toBe(second);
    expect(sealed.map((s) => s.event)).toEqual(events);
  });

  it('uses SHA-256: the FIPS 180-2 answer for "abc"', () => {
    expect(bytesToHex(sha256(utf8ToBytes('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('verifies an untouched chain, and extends one from its head', () => {
    const sealed = sealLedger(events.slice(0, 5));
    const more = sealLedger(events.slice(5), { after: sealed.at(-1)?.hash });
    const all = [...sealed, ...more];
    expect(all).toEqual(sealLedger(events));
    const result = verifyLedger(all);
    expect(result).toEqual({ ok: true, count: 12, head: all.at(-1)?.hash });
    expect(verifyLedger(more, { after: sealed.at(-1)?.hash }).ok).toBe(true);
    expect(verifyLedger([])).toEqual({ ok: true, count: 0, head: '' });
  });

  it('reports the first event whose hash does not match: an edited event', () => {
    const sealed = sealLedger(events);
    const tampered = sealed.map((s, i) => (i === 4 ? { ...s, event: { ...s.event, at: '2021-01-01' } } : s));
    const result = verifyLedger(tampered);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.index).toBe(4);
      expect(result.actual).toBe(sealed[4]?.hash);
    }
  });

  it('a removed event breaks the chain at the next one; a swap at the first moved one', () => {
    const sealed = sealLedger(events);
    const removed = [...sealed.slice(0, 3), ...sealed.slice(4)];
    expect(verifyLedger(removed)).toMatchObject({ ok: false, index: 3 });
    const swapped = [...sealed];
    [swapped[6], swapped[7]] = [swapped[7] as (typeof sealed)[number], swapped[6] as (typeof sealed)[number]];
    expect(verifyLedger(swapped)).toMatchObject({ ok: false, index: 6 });
  });

  it('re-sealing a tampered history gives other hashes from the edit on', () => {
    const edited = events.map((e, i) => (i === 8 ? { ...e, at: '2021-01-01' } : e));
    const a = sealLedger(events);
    const b = sealLedger(edited);
    expect(b.slice(0, 8)).toEqual(a.slice(0, 8));
    for (let i = 8; i < events.length; i++) expect(b[i]?.hash).not.toBe(a[i]?.hash);
  });
});
