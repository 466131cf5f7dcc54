/**
 * Tamper evidence for a ledger (台账防篡改): a SHA-256 hash chain over the events. Each event's
 * hash covers its canonical JSON and the previous hash, so changing, removing, inserting or
 * reordering any event changes every hash from that point on, and `verifyLedger` names the first
 * event that no longer matches.
 *
 * What the chain guarantees, and what it does not: a hash needs no key, so anyone can compute
 * one. A chain checked on its own shows that it is internally consistent, not that it is the
 * chain that was sealed: a removed tail leaves a shorter consistent chain, and an edited history
 * can be sealed again from scratch. The seal (`{ head, count }`, the last hash and the number of
 * events) closes the first gap when it is checked; a seal kept where the editor cannot change it
 * (the caller's database, a signed report, the supervising body's copy) closes both; a seal kept
 * inside the document only protects against edits made without sealing again, unless an app signs
 * it (`signLedgerDocument`, `verifySignedLedgerDocument`, with a key the editor does not have).
 *
 * SHA-256 comes from `@noble/hashes` (1.x): a small, audited, dependency-free implementation that
 * is synchronous and runs unchanged in browsers and Node (Web Crypto's `subtle.digest` is
 * asynchronous, and `node:crypto` is off limits outside the CLI). Version 1.x ships both ESM and
 * CommonJS and supports every Node 20, which our CommonJS build and `engines` need. Signatures
 * are the app's: dudao hands it the bytes to sign and never holds a key.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { DudaoError, type DudaoIssue, dudaoError, type FieldPath, quoteInput } from '../error.js';
import { expectKind, optionsOf } from '../guard.js';
import {
  type LedgerDocument,
  type LedgerEvent,
  type LedgerSeal,
  ledgerSealSchema,
  parseLedgerDocument,
} from '../schema/ledger.js';
import { safeParseWithSchema } from '../schema/parse.js';

/**
 * An event with its chain hash (链式哈希).
 *
 * @category Ledger
 * @example
 * ```ts
 * const sealed: SealedEvent = { event, hash: '5d1c…' };
 * ```
 */
export interface SealedEvent {
  /** The event, unchanged. */
  readonly event: LedgerEvent;
  /** SHA-256, lowercase hex, of the previous hash followed by the event's canonical JSON. */
  readonly hash: string;
}

/**
 * The outcome of {@link verifyLedger} and {@link verifyLedgerDocument} (验签结果): `ok` with the
 * chain's count and head, or why not (`reason`):
 *
 * - `hash`: the stored hash of the event at `index` does not match its recomputed hash (an
 *   edited, removed, inserted or moved event; only for chains with stored hashes);
 * - `count`: the chain is consistent but holds `actual` events where the seal says `expected`;
 *   `index` is the first missing (a removed tail) or extra (an appended) event;
 * - `head`: as many events as sealed, but a different head: an edited history (sealed again,
 *   or not, in a document);
 * - `unsealed`: a document without a seal, and no seal given to check it against;
 * - `signature`: the seal matches, but its signature is missing or does not verify
 *   ({@link verifySignedLedgerDocument}).
 *
 * @category Ledger
 * @example
 * ```ts
 * const ok: LedgerVerification = { ok: true, count: 6, head: '5d1c…' };
 * const broken: LedgerVerification = { ok: false, reason: 'hash', index: 2, expected: 'a3f0…', actual: '77b1…' };
 * const cut: LedgerVerification = { ok: false, reason: 'count', index: 4, expected: 6, actual: 4 };
 * ```
 */
export type LedgerVerification =
  | {
      /** Every hash matches (and the seal, when there is one to check). */
      readonly ok: true;
      /** Events checked. */
      readonly count: number;
      /** The last hash (the chain's head), or the starting hash for an empty chain. */
      readonly head: string;
    }
  | {
      /** A hash does not match. */
      readonly ok: false;
      /** A stored hash differs from the recomputed one. */
      readonly reason: 'hash';
      /** The index of the first event whose hash does not match. */
      readonly index: number;
      /** The hash recomputed from the events. */
      readonly expected: string;
      /** The hash stored with the event. */
      readonly actual: string;
    }
  | {
      /** The chain does not match its seal. */
      readonly ok: false;
      /** The number of events differs from the seal's count. */
      readonly reason: 'count';
      /** The first missing event (fewer events) or the first extra one (more events). */
      readonly index: number;
      /** The seal's count. */
      readonly expected: number;
      /** The number of events in the chain. */
      readonly actual: number;
    }
  | {
      /** The chain does not match its seal. */
      readonly ok: false;
      /** As many events as sealed, but another head: some event differs. */
      readonly reason: 'head';
      /** The seal's head. */
      readonly expected: string;
      /** The head recomputed from the events. */
      readonly actual: string;
    }
  | {
      /** Nothing to verify against. */
      readonly ok: false;
      /** The document has no seal and none was given. */
      readonly reason: 'unsealed';
    }
  | {
      /** The seal is not signed by the expected key. */
      readonly ok: false;
      /** The signature is missing or does not verify. */
      readonly reason: 'signature';
    };

// Events are a few levels deep; anything deeper than this is a mistake or a cycle, refused
// before it can exhaust the stack.
const MAX_DEPTH = 64;

/**
 * The canonical JSON of a value (规范化 JSON), the text the chain hashes: object keys sorted by
 * UTF-16 code units, no whitespace, strings escaped as `JSON.stringify` does (so decimal strings
 * such as `"3900.50"` are kept exactly), numbers as `JSON.stringify` writes them, keys whose value
 * is `undefined` left out. Non-finite numbers, values JSON cannot hold, and nesting deeper than 64
 * levels (or a cycle) are rejected.
 *
 * @category Ledger
 * @param value - JSON-compatible data
 * @returns the canonical text
 * @throws {@link DudaoError} `not-canonical` for NaN, Infinity, functions, symbols, bigints, deep nesting
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: ['x', { d: '0.10', c: null }] }); //=> '{"a":["x",{"c":null,"d":"0.10"}],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return canonical(value, []);
}

function canonical(value: unknown, path: (string | number)[]): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(value)) throw notCanonical(path, String(value));
      return JSON.stringify(value);
    case 'object': {
      if (path.length >= MAX_DEPTH) throw notCanonical(path, `nesting deeper than ${MAX_DEPTH} levels`);
      if (Array.isArray(value)) {
        return `[${value.map((item, i) => (item === undefined ? 'null' : canonical(item, [...path, i]))).join(',')}]`;
      }
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      const parts: string[] = [];
      for (const key of keys) {
        const item = record[key];
        if (item === undefined) continue;
        parts.push(`${JSON.stringify(key)}:${canonical(item, [...path, key])}`);
      }
      return `{${parts.join(',')}}`;
    }
    default:
      throw notCanonical(path, typeof value);
  }
}

function notCanonical(path: FieldPath, what: string): Error {
  return dudaoError(
    'not-canonical',
    path,
    `cannot be written as canonical JSON (got ${what})`,
    `无法写成规范化 JSON（实际为 ${what}）`,
  );
}

// One link of the chain: the hash of the previous hash followed by the event's canonical JSON.
// A problem inside the event is reported under `at` (where the event is in the caller's input).
function chain(previous: string, event: unknown, at: FieldPath): string {
  let text: string;
  try {
    text = canonical(event, []);
  } catch (error) {
    if (!(error instanceof DudaoError)) throw error;
    throw dudaoError(
      'not-canonical',
      [...at, ...error.path],
      'cannot be written as canonical JSON',
      '无法写成规范化 JSON',
    );
  }
  return bytesToHex(sha256(utf8ToBytes(previous + text)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// How a rejected value is shown: quoted and cut (see quoteInput), its kind in Chinese for the zh message.
function shown(value: unknown): { readonly en: string; readonly zh: string } {
  const en = quoteInput(value);
  if (Array.isArray(value)) return { en, zh: '数组' };
  if (isRecord(value)) return { en, zh: '对象' };
  return { en, zh: en };
}

function invalidType(path: FieldPath, what: { en: string; zh: string }, value: unknown): DudaoIssue {
  const got = shown(value);
  return {
    code: 'invalid-type',
    path,
    message: `must be ${what.en} (got ${got.en})`,
    messageZh: `必须是${what.zh}（实际为 ${got.zh}）`,
  };
}

function throwIfAny(issues: DudaoIssue[]): void {
  const [first, ...rest] = issues;
  if (first !== undefined) throw new DudaoError([first, ...rest]);
}

// A list must be a true array: array-likes (`{ length: 1, 0: … }`) are refused, not read.
function checkEvents(events: unknown, path: FieldPath): asserts events is readonly LedgerEvent[] {
  if (!Array.isArray(events)) {
    throwIfAny([invalidType(path, { en: 'an array of events', zh: '事件数组' }, events)]);
    return;
  }
  const issues: DudaoIssue[] = [];
  for (let i = 0; i < events.length; i++) {
    const event: unknown = events[i];
    if (!isRecord(event))
      issues.push(invalidType([...path, i], { en: 'an event (an object)', zh: '事件（对象）' }, event));
  }
  throwIfAny(issues);
}

function checkChain(sealed: unknown): asserts sealed is readonly SealedEvent[] {
  if (!Array.isArray(sealed)) {
    throwIfAny([
      invalidType(
        [],
        { en: 'an array of sealed events ({ event, hash })', zh: '加签事件（{ event, hash }）的数组' },
        sealed,
      ),
    ]);
    return;
  }
  const issues: DudaoIssue[] = [];
  for (let i = 0; i < sealed.length; i++) {
    const entry: unknown = sealed[i];
    if (!isRecord(entry)) {
      issues.push(
        invalidType(
          [i],
          { en: 'a sealed event ({ event, hash })', zh: '加签事件（{ event, hash }）' },
          entry,
        ),
      );
      continue;
    }
    if (!isRecord(entry.event)) {
      issues.push(invalidType([i, 'event'], { en: 'an event (an object)', zh: '事件（对象）' }, entry.event));
    }
    if (typeof entry.hash !== 'string') {
      issues.push(invalidType([i, 'hash'], { en: 'a hash (a string)', zh: '哈希值（字符串）' }, entry.hash));
    }
  }
  throwIfAny(issues);
}

function checkAfter(after: unknown): string {
  if (after === undefined) return '';
  if (typeof after !== 'string') {
    throwIfAny([invalidType(['after'], { en: 'a hash (a string)', zh: '哈希值（字符串）' }, after)]);
  }
  return after as string;
}

// A seal given by the caller, checked as the data contract's `seal`; problems are under `path`.
function checkSeal(seal: unknown, path: FieldPath): LedgerSeal {
  const result = safeParseWithSchema(ledgerSealSchema, seal);
  if (result.success) return result.data;
  const [first, ...rest] = result.error.issues.map((issue) => ({ ...issue, path: [...path, ...issue.path] }));
  throw new DudaoError([first as DudaoIssue, ...rest]);
}

// The chain's count and head against a seal, when there is one.
function against(count: number, head: string, seal: LedgerSeal | undefined): LedgerVerification {
  if (seal !== undefined) {
    if (seal.count !== count) {
      return {
        ok: false,
        reason: 'count',
        index: Math.min(count, seal.count),
        expected: seal.count,
        actual: count,
      };
    }
    if (seal.head !== head) return { ok: false, reason: 'head', expected: seal.head, actual: head };
  }
  return { ok: true, count, head };
}

/**
 * Seals a ledger's events (台账加签): gives each event its chain hash
 * `hash_i = sha256(hash_{i−1} + canonicalJson(event_i))` (UTF-8 text, lowercase hex), starting
 * from `after` (default: the empty string). To extend a sealed ledger, seal the new events with
 * `after` set to the last hash. Events are not changed.
 *
 * @category Ledger
 * @param events - the events, in order
 * @param options - `after`: the hash to chain from (the head of an earlier sealed part)
 * @returns each event with its hash
 * @throws {@link DudaoError} `invalid-type` when `events` is not an array of objects; `not-canonical`
 * @example
 * ```ts
 * const sealed = sealLedger(events);
 * sealed[0]?.hash.length; //=> 64
 * const more = sealLedger(later, { after: sealed.at(-1)?.hash });
 * verifyLedger([...sealed, ...more]).ok; //=> true
 * ```
 */
export function sealLedger(
  events: readonly LedgerEvent[],
  options: {
    /** The hash to chain from: the last hash of an earlier sealed part. Default: the empty string. */
    readonly after?: string | undefined;
  } = {},
): SealedEvent[] {
  optionsOf(options);
  checkEvents(events, ['events']);
  let previous = checkAfter(options.after);
  return events.map((event, i) => {
    previous = chain(previous, event, ['events', i]);
    return { event, hash: previous };
  });
}

/**
 * Verifies a sealed ledger (台账验签): recomputes every chain hash and reports the first event
 * whose stored hash does not match (`reason: 'hash'`), or `ok` with the chain's count and head.
 * An edited event fails at its own index; a removed or reordered one at the first index whose
 * predecessor changed.
 *
 * On its own this shows only that the chain is consistent. A removed tail leaves a shorter
 * consistent chain, and an edited history sealed again from scratch is consistent too: give the
 * `seal` (`{ head, count }`) kept from when the chain was sealed, and those fail with
 * `reason: 'count'` (at the first missing or extra event) or `reason: 'head'`. The seal is only
 * as trustworthy as the place it was kept (see {@link verifySignedLedgerDocument}).
 *
 * The input is checked before any hash: anything but an array of `{ event, hash }` objects (an
 * array-like `{ length: 1, 0: … }`, `null`, an entry that is `null`) is refused with a
 * {@link DudaoError} listing every problem.
 *
 * @category Ledger
 * @param sealed - the events with their hashes, as {@link sealLedger} gave them
 * @param options - `after`: the hash the chain started from (default: the empty string); `seal`:
 *   the head and count to check against
 * @returns `{ ok: true, count, head }`, or `{ ok: false, reason, … }` ({@link LedgerVerification})
 * @throws {@link DudaoError} `invalid-type` for input that is not a sealed chain, a seal's own
 *   codes (e.g. `invalid-hash` at `['seal', 'head']`), `not-canonical`
 * @example
 * ```ts
 * verifyLedger(sealLedger(events)).ok; //=> true
 * const tampered = sealLedger(events).map((s, i) => (i === 2 ? { ...s, event: { ...s.event, at: '2021-01-01' } } : s));
 * verifyLedger(tampered); //=> { ok: false, reason: 'hash', index: 2, … }
 * const kept = { head: sealLedger(events).at(-1)?.hash ?? '', count: events.length };
 * verifyLedger(sealLedger(events).slice(0, 3), { seal: kept }); //=> { ok: false, reason: 'count', index: 3, … }
 * ```
 */
export function verifyLedger(
  sealed: readonly SealedEvent[],
  options: {
    /** The hash the chain started from. Default: the empty string. */
    readonly after?: string | undefined;
    /** The head and count the chain must end with (kept when it was sealed). Default: none. */
    readonly seal?: LedgerSeal | undefined;
  } = {},
): LedgerVerification {
  optionsOf(options);
  checkChain(sealed);
  let previous = checkAfter(options.after);
  const seal = options.seal === undefined ? undefined : checkSeal(options.seal, ['seal']);
  for (let i = 0; i < sealed.length; i++) {
    const entry = sealed[i] as SealedEvent;
    const expected = chain(previous, entry.event, [i, 'event']);
    if (expected !== entry.hash) return { ok: false, reason: 'hash', index: i, expected, actual: entry.hash };
    previous = expected;
  }
  return against(sealed.length, previous, seal);
}

/**
 * A ledger document with its seal (已加签的台账).
 *
 * @category Ledger
 * @example
 * ```ts
 * const sealed: SealedLedgerDocument = sealLedgerDocument({ schemaVersion: 1, events });
 * sealed.seal.count; //=> events.length
 * ```
 */
export type SealedLedgerDocument = LedgerDocument & {
  /** The seal of the document's events. */
  readonly seal: LedgerSeal;
};

/**
 * Seals a ledger document (台账文档加签): validates it and returns a copy with `seal: { head,
 * count }`, the head of the hash chain over its events (as {@link sealLedger} computes it from
 * the empty string) and their number. A seal already there is replaced, and its signature
 * dropped: a new seal needs a new signature. The document is not changed.
 *
 * Anyone can seal a document, so a seal kept inside it shows only that nothing changed without
 * being sealed again. Keep `seal.head` and `seal.count` where an editor cannot change them, or
 * sign them ({@link signLedgerDocument}).
 *
 * @category Ledger
 * @param document - a ledger document
 * @returns the document with its seal
 * @throws {@link DudaoError} when the document breaks the data contract
 * @example
 * ```ts
 * const sealed = sealLedgerDocument({ schemaVersion: 1, events: [] });
 * sealed.seal; //=> { head: '', count: 0 }
 * ```
 */
export function sealLedgerDocument(document: LedgerDocument): SealedLedgerDocument {
  const { seal: _replaced, ...rest } = parseLedgerDocument(document);
  let head = '';
  for (let i = 0; i < rest.events.length; i++) head = chain(head, rest.events[i], ['events', i]);
  return { ...rest, seal: { head, count: rest.events.length } };
}

/**
 * Verifies a ledger document against a seal (台账文档验签): validates the document, recomputes the
 * head of the hash chain over its events, and compares count and head with `options.seal` when
 * given (a seal the caller kept), otherwise with the document's own `seal`.
 *
 * What it guarantees depends on where the seal comes from. Against a seal the caller kept, any
 * change of the events is found: a removed tail or appended events (`reason: 'count'`), any
 * edited, inserted, removed or moved event, even when the document was sealed again
 * (`reason: 'head'`). Against the document's own seal, only changes made without sealing again
 * are found: anyone can re-seal an edited document, because a hash needs no key. To trust a
 * document's own seal, sign it ({@link verifySignedLedgerDocument}). Without any seal the result
 * is `reason: 'unsealed'`.
 *
 * @category Ledger
 * @param document - a ledger document
 * @param options - `seal`: the head and count to check against, instead of the document's own seal
 * @returns `{ ok: true, count, head }`, or `{ ok: false, reason, … }` ({@link LedgerVerification})
 * @throws {@link DudaoError} when the document (or the given seal) breaks the data contract
 * @example
 * ```ts
 * const sealed = sealLedgerDocument({ schemaVersion: 1, events });
 * verifyLedgerDocument(sealed).ok; //=> true
 * verifyLedgerDocument({ ...sealed, events: events.slice(0, -1) }); //=> { ok: false, reason: 'count', … }
 * verifyLedgerDocument({ schemaVersion: 1, events }); //=> { ok: false, reason: 'unsealed' }
 * ```
 */
export function verifyLedgerDocument(
  document: LedgerDocument,
  options: {
    /** The head and count to check against (kept by the caller). Default: the document's own seal. */
    readonly seal?: LedgerSeal | undefined;
  } = {},
): LedgerVerification {
  return verifyDocument(document, optionsOf(options).seal).result;
}

// Validates a document and checks its events against `given`, or else its own seal.
function verifyDocument(
  document: LedgerDocument,
  given: unknown,
): { readonly result: LedgerVerification; readonly seal: LedgerSeal | undefined } {
  const parsed = parseLedgerDocument(document);
  const seal = given === undefined ? parsed.seal : checkSeal(given, ['seal']);
  if (seal === undefined) return { result: { ok: false, reason: 'unsealed' }, seal };
  // The events as given (valid, so JSON data): the text that was sealed.
  const events = document.events;
  let head = '';
  for (let i = 0; i < events.length; i++) head = chain(head, events[i], ['events', i]);
  return { result: against(events.length, head, seal), seal };
}

const SEAL_FORMAT = 'dudao-ledger-seal/1';

/**
 * The bytes an app signs to vouch for a seal (待签名字节): the UTF-8 canonical JSON of
 * `{ count, format: "dudao-ledger-seal/1", head }`, i.e.
 * `{"count":12,"format":"dudao-ledger-seal/1","head":"5d1c…"}`. The signature itself is not part
 * of them. Sign them with any scheme (HMAC-SHA-256 with a shared secret, Ed25519 or ECDSA with a
 * private key) and put the result in `seal.signature`; {@link signLedgerDocument} and
 * {@link verifySignedLedgerDocument} do this with a function the app supplies.
 *
 * @category Ledger
 * @param seal - the seal (`head`, `count`; a `signature` is ignored)
 * @returns the bytes to sign
 * @throws {@link DudaoError} when the seal breaks the data contract (e.g. `invalid-hash` at `['head']`)
 * @example
 * ```ts
 * new TextDecoder().decode(ledgerSealBytes({ head: '', count: 0 })); //=> '{"count":0,"format":"dudao-ledger-seal/1","head":""}'
 * ```
 */
export function ledgerSealBytes(seal: LedgerSeal): Uint8Array<ArrayBuffer> {
  const { head, count } = checkSeal(seal, []);
  return new Uint8Array(utf8ToBytes(canonical({ count, format: SEAL_FORMAT, head }, [])));
}

/**
 * Seals and signs a ledger document (台账加签并签名): {@link sealLedgerDocument}, then
 * `seal.signature = await sign(ledgerSealBytes(seal))`. dudao never sees a key: `sign` is the
 * app's, e.g. HMAC-SHA-256 with Web Crypto's `crypto.subtle.sign`, returning text (hex or
 * base64). The document is not changed.
 *
 * @category Ledger
 * @param document - a ledger document
 * @param sign - signs the seal's bytes; returns the signature as non-empty text (at most 4096 characters)
 * @returns the document with its signed seal
 * @throws {@link DudaoError} when the document breaks the data contract, or `invalid-signature`
 *   when `sign` does not return non-empty text
 * @example
 * ```ts
 * const signed = await signLedgerDocument(document, async (bytes) => toHex(await crypto.subtle.sign('HMAC', key, bytes)));
 * signed.seal.signature?.length; //=> 64
 * ```
 */
export async function signLedgerDocument(
  document: LedgerDocument,
  sign: (bytes: Uint8Array<ArrayBuffer>) => string | Promise<string>,
): Promise<SealedLedgerDocument> {
  expectKind(sign, 'function', ['sign']);
  const sealed = sealLedgerDocument(document);
  const signature: unknown = await sign(ledgerSealBytes(sealed.seal));
  if (typeof signature !== 'string' || signature === '' || signature.length > 4096) {
    const got = shown(signature);
    throw dudaoError(
      'invalid-signature',
      ['seal', 'signature'],
      `the signing function must return a signature as non-empty text of at most 4096 characters (got ${got.en})`,
      `签名函数须返回不超过 4096 个字符的非空文本签名（实际为 ${got.zh}）`,
    );
  }
  return { ...sealed, seal: { ...sealed.seal, signature } };
}

/**
 * Verifies a signed ledger document (台账验签并核验签名): first the events against the document's
 * own seal ({@link verifyLedgerDocument}: `count`, `head`, `unsealed`), then the seal's signature
 * with the app's `verify`, called with {@link ledgerSealBytes} of the seal and `seal.signature`.
 * A missing signature, or one `verify` rejects, is `reason: 'signature'`.
 *
 * With a key the editor does not have, this catches what a plain seal cannot: an edited or
 * shortened document sealed again (its new seal carries no valid signature). dudao never sees a
 * key: `verify` is the app's, e.g. `crypto.subtle.verify` for HMAC-SHA-256.
 *
 * @category Ledger
 * @param document - a ledger document with a signed seal
 * @param verify - whether `signature` is a valid signature of `bytes`
 * @returns `{ ok: true, count, head }`, or `{ ok: false, reason, … }` ({@link LedgerVerification})
 * @throws {@link DudaoError} when the document breaks the data contract
 * @example
 * ```ts
 * const result = await verifySignedLedgerDocument(signed, (bytes, signature) =>
 *   crypto.subtle.verify('HMAC', key, fromHex(signature), bytes),
 * );
 * result.ok; //=> true
 * ```
 */
export async function verifySignedLedgerDocument(
  document: LedgerDocument,
  verify: (bytes: Uint8Array<ArrayBuffer>, signature: string) => boolean | Promise<boolean>,
): Promise<LedgerVerification> {
  expectKind(verify, 'function', ['verify']);
  const { result, seal } = verifyDocument(document, undefined);
  if (!result.ok) return result;
  if (seal?.signature === undefined) return { ok: false, reason: 'signature' };
  const valid = await verify(ledgerSealBytes(seal), seal.signature);
  return valid === true ? result : { ok: false, reason: 'signature' };
}
