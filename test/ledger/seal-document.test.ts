/**
 * A ledger document that carries its seal (`seal: { head, count }`), what verifying it
 * guarantees, and an app's signature over the seal (issue #18, item 6):
 * - the seal in the document catches damage and edits made without re-sealing;
 * - a seal the caller kept elsewhere also catches a removed tail and an edited chain sealed again;
 * - anyone can re-seal an edited document, so only a signature (a key the editor lacks) makes the
 *   document's own seal trustworthy.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DudaoError } from '../../src/error.js';
import {
  canonicalJson,
  ledgerSealBytes,
  sealLedger,
  sealLedgerDocument,
  signLedgerDocument,
  verifyLedger,
  verifyLedgerDocument,
  verifySignedLedgerDocument,
} from '../../src/ledger/seal.js';
import { type LedgerEvent, parseLedgerDocument, safeParseLedgerDocument } from '../../src/schema/ledger.js';
import { handLedgerEvents } from '../fixtures/ledger-hand.js';
import { dayArbitrary, deepFreeze, historyArbitrary } from './arbitrary.js';

const events = handLedgerEvents.slice(0, 12) as LedgerEvent[];
const document = deepFreeze({ schemaVersion: 1 as const, events });

describe('sealLedgerDocument', () => {
  it('adds seal.head (the chain head of the events) and seal.count; the document is not mutated', () => {
    const sealed = sealLedgerDocument(document);
    expect(sealed.seal).toEqual({ head: sealLedger(events).at(-1)?.hash, count: 12 });
    expect(sealed.events).toEqual(events);
    expect(document).not.toHaveProperty('seal');
  });

  it('a sealed document is a valid ledger document (the seal is in the data contract)', () => {
    const sealed = sealLedgerDocument(document);
    expect(parseLedgerDocument(JSON.parse(JSON.stringify(sealed))).seal).toEqual(sealed.seal);
  });

  it('an empty ledger seals to head "" and count 0', () => {
    expect(sealLedgerDocument({ schemaVersion: 1, events: [] }).seal).toEqual({ head: '', count: 0 });
  });
});

describe('the seal in the schema', () => {
  const doc = (seal: unknown) => ({ schemaVersion: 1, events: [], seal });

  it('head: 64 lowercase hex digits (or "" for no events); count: a whole number ≥ 0', () => {
    expect(safeParseLedgerDocument(doc({ head: '', count: 0 })).success).toBe(true);
    for (const [seal, path] of [
      [{ head: 'ABC', count: 0 }, ['seal', 'head']],
      [{ head: 'f'.repeat(63), count: 0 }, ['seal', 'head']],
      [{ head: '', count: -1 }, ['seal', 'count']],
      [{ head: '', count: '3' }, ['seal', 'count']],
      [{ head: '', count: 0, signature: '' }, ['seal', 'signature']],
      [{ head: '', count: 0, hash: 'x' }, ['seal', 'hash']],
    ] as const) {
      const result = safeParseLedgerDocument(doc(seal));
      expect(result.success).toBe(false);
      if (!result.success) expect(result.error.issues.map((i) => i.path)).toContainEqual(path);
    }
  });

  it('a head of a megabyte is quoted by its first 40 characters', () => {
    const result = safeParseLedgerDocument(doc({ head: 'x'.repeat(1_000_000), count: 0 }));
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.message.length).toBeLessThan(300);
  });
});

describe('verifyLedgerDocument: what it guarantees', () => {
  const sealed = sealLedgerDocument(document);
  const kept = sealed.seal;

  it('an untouched document matches its own seal', () => {
    expect(verifyLedgerDocument(sealed)).toEqual({ ok: true, count: 12, head: kept.head });
  });

  it('a document without a seal has nothing to be verified against: reason "unsealed"', () => {
    expect(verifyLedgerDocument(document)).toEqual({ ok: false, reason: 'unsealed' });
    expect(verifyLedgerDocument(document, { seal: kept })).toMatchObject({ ok: true });
  });

  it('an event edited without re-sealing: reason "head"', () => {
    const edited = { ...sealed, events: events.map((e, i) => (i === 5 ? { ...e, at: '2021-01-01' } : e)) };
    expect(verifyLedgerDocument(edited)).toMatchObject({ ok: false, reason: 'head', expected: kept.head });
  });

  it('a removed tail: reason "count", at the first missing event', () => {
    const cut = { ...sealed, events: events.slice(0, 10) };
    expect(verifyLedgerDocument(cut)).toEqual({
      ok: false,
      reason: 'count',
      index: 10,
      expected: 12,
      actual: 10,
    });
  });

  it('anyone can re-seal an edited document: it then matches its own seal, and only a kept seal catches it', () => {
    const forged = sealLedgerDocument({ ...document, events: events.slice(0, 10) });
    expect(verifyLedgerDocument(forged).ok).toBe(true);
    expect(verifyLedgerDocument(forged, { seal: kept })).toMatchObject({ ok: false, reason: 'count' });
    const reworded = sealLedgerDocument({
      ...document,
      events: events.map((e, i) => (i === 0 ? { ...e, at: '2021-04-19' } : e)),
    });
    expect(verifyLedgerDocument(reworded).ok).toBe(true);
    expect(verifyLedgerDocument(reworded, { seal: kept })).toMatchObject({ ok: false, reason: 'head' });
  });

  it('refuses what is not a ledger document with a DudaoError', () => {
    for (const input of [null, [], { length: 1, 0: sealed }, { schemaVersion: 1, events: [null] }]) {
      expect(() => verifyLedgerDocument(input as never)).toThrow(DudaoError);
    }
  });
});

describe('properties: given the head, any removed tail and any single-event edit is detected', () => {
  const edit = (event: LedgerEvent, day: string, text: string): LedgerEvent[] => {
    const edits: LedgerEvent[] = [];
    if (day !== event.at) edits.push({ ...event, at: day });
    if (event.type === 'issue-raised') {
      edits.push({ ...event, issue: { ...event.issue, description: `${event.issue.description}${text}` } });
    } else edits.push({ ...event, issueId: `${event.issueId}${text}` } as LedgerEvent);
    return edits;
  };

  it('a removed tail of any length', () => {
    fc.assert(
      fc.property(historyArbitrary(40), fc.nat(), (history, k) => {
        const chain = sealLedger(history);
        const verified = verifyLedger(chain);
        if (!verified.ok) throw new Error('an untouched chain verifies');
        const kept = { head: verified.head, count: verified.count };
        const keep = k % history.length; // 0 … n−1 events kept
        const result = verifyLedger(chain.slice(0, keep), { seal: kept });
        expect(result).toMatchObject({ ok: false, reason: 'count', index: keep });
        const doc = verifyLedgerDocument(
          { schemaVersion: 1, events: history.slice(0, keep) },
          { seal: kept },
        );
        expect(doc).toMatchObject({ ok: false, reason: 'count', index: keep });
      }),
      { numRuns: 60 },
    );
  });

  it('any single event edited, the chain sealed again', () => {
    fc.assert(
      fc.property(
        historyArbitrary(40),
        fc.nat(),
        dayArbitrary,
        fc.string({ minLength: 1, maxLength: 3 }),
        (history, i, day, text) => {
          const at = i % history.length;
          const kept = sealLedgerDocument({ schemaVersion: 1, events: history }).seal;
          for (const changed of edit(history[at] as LedgerEvent, day, text)) {
            expect(canonicalJson(changed)).not.toBe(canonicalJson(history[at]));
            const edited = history.map((e, j) => (j === at ? changed : e));
            const resealed = sealLedger(edited);
            expect(verifyLedger(resealed).ok).toBe(true);
            expect(verifyLedger(resealed, { seal: kept })).toMatchObject({ ok: false, reason: 'head' });
            const forged = sealLedgerDocument({ schemaVersion: 1, events: edited });
            expect(verifyLedgerDocument(forged, { seal: kept })).toMatchObject({ ok: false, reason: 'head' });
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('a signature over the seal (HMAC-SHA-256 with Web Crypto)', () => {
  const toHex = (bytes: ArrayBuffer): string => Buffer.from(bytes).toString('hex');
  const fromHex = (hex: string): Uint8Array<ArrayBuffer> => new Uint8Array(Buffer.from(hex, 'hex'));
  const keyOf = (secret: string) =>
    crypto.subtle.importKey(
      'raw',
      new TextEncoder().encode(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );

  it('ledgerSealBytes: the UTF-8 canonical JSON of the format, count and head (known answer)', () => {
    const head = 'ab'.repeat(32);
    expect(new TextDecoder().decode(ledgerSealBytes({ head, count: 2 }))).toBe(
      `{"count":2,"format":"dudao-ledger-seal/1","head":"${head}"}`,
    );
    expect(ledgerSealBytes({ head, count: 2, signature: 'x' })).toEqual(ledgerSealBytes({ head, count: 2 }));
    expect(() => ledgerSealBytes({ head: 'x', count: 2 })).toThrow(DudaoError);
  });

  it('HMAC-SHA-256 of the seal bytes: the RFC 4231-style answer computed independently', async () => {
    const key = await keyOf('key');
    const signed = await signLedgerDocument(document, async (bytes) =>
      toHex(await crypto.subtle.sign('HMAC', key, bytes)),
    );
    const { createHmac } = await import('node:crypto');
    const expected = createHmac('sha256', 'key').update(ledgerSealBytes(signed.seal)).digest('hex');
    expect(signed.seal.signature).toBe(expected);
  });

  it('a signed document verifies; a re-sealed edit (no key) or a wrong key fails with reason "signature"', async () => {
    const key = await keyOf('county secret');
    const sign = async (bytes: Uint8Array<ArrayBuffer>) =>
      toHex(await crypto.subtle.sign('HMAC', key, bytes));
    const check = (bytes: Uint8Array<ArrayBuffer>, signature: string) =>
      crypto.subtle.verify('HMAC', key, fromHex(signature), bytes);
    const signed = await signLedgerDocument(document, sign);
    expect(await verifySignedLedgerDocument(signed, check)).toEqual({
      ok: true,
      count: 12,
      head: sealLedgerDocument(document).seal.head,
    });

    // An editor without the key re-seals and keeps the old signature, or drops it.
    const edited = { ...document, events: events.slice(0, 11) };
    const forged = {
      ...sealLedgerDocument(edited),
      seal: { ...sealLedgerDocument(edited).seal, signature: signed.seal.signature },
    };
    expect(await verifySignedLedgerDocument(forged, check)).toEqual({ ok: false, reason: 'signature' });
    expect(await verifySignedLedgerDocument(sealLedgerDocument(edited), check)).toEqual({
      ok: false,
      reason: 'signature',
    });
    // Edited without re-sealing: the chain no longer matches the seal.
    expect(await verifySignedLedgerDocument({ ...signed, events: events.slice(0, 11) }, check)).toMatchObject(
      {
        ok: false,
        reason: 'count',
      },
    );
    const other = await keyOf('another secret');
    const otherCheck = (bytes: Uint8Array<ArrayBuffer>, signature: string) =>
      crypto.subtle.verify('HMAC', other, fromHex(signature), bytes);
    expect(await verifySignedLedgerDocument(signed, otherCheck)).toEqual({ ok: false, reason: 'signature' });
  });
});
