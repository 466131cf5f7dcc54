/**
 * The hash chain: hash_i = sha256(hash_{i−1} + canonical JSON of event_i), from the empty string.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
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
    expect(result).toMatchObject({ ok: false, reason: 'hash' });
    if (!result.ok && result.reason === 'hash') {
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

describe('verifyLedger refuses what is not a sealed chain, with a DudaoError (never a TypeError)', () => {
  const [entry] = sealLedger(events);
  /** `[entry, <hole>, entry]`: a sparse array. */
  const holed = (): unknown[] => {
    const array: unknown[] = [entry];
    array[2] = entry;
    return array;
  };

  it.each([
    ['an array-like', { length: 1, 0: entry }, 'an object'],
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a string', 'sealed', '"sealed"'],
    ['a number', 3, '3'],
  ])('%s: invalid-type at the root', (_, input, shown) => {
    const run = () => verifyLedger(input as never);
    expect(run).toThrow(DudaoError);
    expect(run).toThrow(
      expect.objectContaining({ code: 'invalid-type', path: [], message: expect.stringContaining(shown) }),
    );
  });

  it.each([
    ['a null entry', [entry, null], [1]],
    ['a hole', holed(), [1]],
    ['an entry that is an array', [entry, [entry]], [1]],
    ['an entry without its event', [entry, { hash: entry?.hash }], [1, 'event']],
    ['an event that is not an object', [entry, { event: 'issue-closed', hash: entry?.hash }], [1, 'event']],
    ['a hash that is not a string', [entry, { event: entry?.event, hash: 42 }], [1, 'hash']],
  ])('%s: invalid-type at its path', (_, input, path) => {
    const run = () => verifyLedger(input as never);
    expect(run).toThrow(DudaoError);
    expect(run).toThrow(expect.objectContaining({ code: 'invalid-type', path }));
  });

  it('the whole chain is checked before any hash, so a malformed tail is an error even after a broken hash', () => {
    const broken = { ...entry, hash: '0'.repeat(64) };
    expect(() => verifyLedger([broken, null] as never)).toThrow(expect.objectContaining({ path: [1] }));
  });

  it('a seal to check against must be a seal: a 64-digit lowercase hex head and a whole count', () => {
    const sealed = sealLedger(events);
    for (const [seal, path] of [
      [{ head: 'abc', count: 12 }, ['seal', 'head']],
      [{ head: sealed.at(-1)?.hash, count: -1 }, ['seal', 'count']],
      [{ head: sealed.at(-1)?.hash, count: 1.5 }, ['seal', 'count']],
      [null, ['seal']],
    ] as const) {
      expect(() => verifyLedger(sealed, { seal: seal as never })).toThrow(
        expect.objectContaining({ path: expect.arrayContaining([...path]) }),
      );
    }
  });

  it('an event nested beyond reason, or holding a cycle, is not-canonical (not a stack overflow)', () => {
    let deep: Record<string, unknown> = {};
    const root = deep;
    for (let i = 0; i < 10_000; i++) {
      const next = {};
      deep.a = next;
      deep = next;
    }
    expect(() => canonicalJson(root)).toThrow(expect.objectContaining({ code: 'not-canonical' }));
    const cyclic: Record<string, unknown> = { type: 'issue-closed' };
    cyclic.self = cyclic;
    let error: unknown;
    try {
      sealLedger([cyclic as never]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DudaoError);
    expect((error as DudaoError).code).toBe('not-canonical');
    expect((error as DudaoError).path.slice(0, 3)).toEqual(['events', 0, 'self']);
  });
});

describe('verifyLedger against a seal kept by the caller (head and count)', () => {
  const sealed = sealLedger(events);
  const kept = { head: sealed.at(-1)?.hash as string, count: sealed.length };

  it('the chain alone cannot see a removed tail: every remaining hash still matches', () => {
    expect(verifyLedger(sealed.slice(0, 9)).ok).toBe(true);
  });

  it('with the seal, a removed tail is reason "count" at the first missing event', () => {
    expect(verifyLedger(sealed.slice(0, 9), { seal: kept })).toEqual({
      ok: false,
      reason: 'count',
      index: 9,
      expected: 12,
      actual: 9,
    });
    expect(verifyLedger([], { seal: kept })).toMatchObject({ ok: false, reason: 'count', index: 0 });
  });

  it('with the seal, events appended after it are reason "count" at the first extra one', () => {
    const more = sealLedger(handLedgerEvents.slice(12, 14) as LedgerEvent[], { after: kept.head });
    expect(verifyLedger([...sealed, ...more], { seal: kept })).toMatchObject({
      ok: false,
      reason: 'count',
      index: 12,
    });
  });

  it('an edited history sealed again passes on its own, and fails against the kept head: reason "head"', () => {
    const edited = events.map((e, i) => (i === 3 ? { ...e, at: '2021-01-01' } : e));
    const resealed = sealLedger(edited);
    expect(verifyLedger(resealed).ok).toBe(true);
    expect(verifyLedger(resealed, { seal: kept })).toEqual({
      ok: false,
      reason: 'head',
      expected: kept.head,
      actual: resealed.at(-1)?.hash,
    });
  });

  it('an untouched chain matches its seal, and a stored hash that does not match is reason "hash"', () => {
    expect(verifyLedger(sealed, { seal: kept })).toEqual({ ok: true, count: 12, head: kept.head });
    const tampered = sealed.map((s, i) => (i === 4 ? { ...s, event: { ...s.event, at: '2021-01-01' } } : s));
    expect(verifyLedger(tampered, { seal: kept })).toMatchObject({ ok: false, reason: 'hash', index: 4 });
  });
});
