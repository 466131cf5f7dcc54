/**
 * Tamper evidence for a ledger (台账防篡改): a SHA-256 hash chain over the events. Each event's
 * hash covers its canonical JSON and the previous hash, so changing, removing, inserting or
 * reordering any event changes every hash from that point on, and `verifyLedger` names the first
 * event that no longer matches.
 *
 * SHA-256 comes from `@noble/hashes` (1.x): a small, audited, dependency-free implementation that
 * is synchronous and runs unchanged in browsers and Node (Web Crypto's `subtle.digest` is
 * asynchronous, and `node:crypto` is off limits outside the CLI). Version 1.x ships both ESM and
 * CommonJS and supports every Node 20, which our CommonJS build and `engines` need.
 * @module
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { dudaoError, type FieldPath } from '../error.js';
import type { LedgerEvent } from '../schema/ledger.js';

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
 * The outcome of {@link verifyLedger}: every hash matches, or the first event whose hash does not.
 *
 * @category Ledger
 * @example
 * ```ts
 * const ok: LedgerVerification = { ok: true, count: 6, head: '5d1c…' };
 * const broken: LedgerVerification = { ok: false, index: 2, expected: 'a3f0…', actual: '77b1…' };
 * ```
 */
export type LedgerVerification =
  | {
      /** Every hash matches. */
      readonly ok: true;
      /** Events checked. */
      readonly count: number;
      /** The last hash (the chain's head), or the starting hash for an empty chain. */
      readonly head: string;
    }
  | {
      /** A hash does not match. */
      readonly ok: false;
      /** The index of the first event whose hash does not match. */
      readonly index: number;
      /** The hash recomputed from the events. */
      readonly expected: string;
      /** The hash stored with the event. */
      readonly actual: string;
    };

/**
 * The canonical JSON of a value (规范化 JSON), the text the chain hashes: object keys sorted by
 * UTF-16 code units, no whitespace, strings escaped as `JSON.stringify` does (so decimal strings
 * such as `"3900.50"` are kept exactly), numbers as `JSON.stringify` writes them, keys whose value
 * is `undefined` left out. Non-finite numbers and values JSON cannot hold are rejected.
 *
 * @category Ledger
 * @param value - JSON-compatible data
 * @returns the canonical text
 * @throws {@link DudaoError} `not-canonical` for NaN, Infinity, functions, symbols, bigints
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

function chain(previous: string, event: LedgerEvent, index: number): string {
  let text: string;
  try {
    text = canonical(event, []);
  } catch (error) {
    const issue = (error as { issues?: { path: FieldPath }[] }).issues?.[0];
    throw dudaoError(
      'not-canonical',
      ['events', index, ...(issue?.path ?? [])],
      'cannot be written as canonical JSON',
      '无法写成规范化 JSON',
    );
  }
  return bytesToHex(sha256(utf8ToBytes(previous + text)));
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
  let previous = options.after ?? '';
  return events.map((event, i) => {
    previous = chain(previous, event, i);
    return { event, hash: previous };
  });
}

/**
 * Verifies a sealed ledger (台账验签): recomputes every chain hash and reports the first event
 * whose stored hash does not match, or `ok` with the chain's head. An edited event fails at its
 * own index; a removed or reordered one at the first index whose predecessor changed.
 *
 * @category Ledger
 * @param sealed - the events with their hashes, as {@link sealLedger} gave them
 * @param options - `after`: the hash the chain started from (default: the empty string)
 * @returns `{ ok: true, count, head }` or `{ ok: false, index, expected, actual }`
 * @example
 * ```ts
 * verifyLedger(sealLedger(events)).ok; //=> true
 * const tampered = sealLedger(events).map((s, i) => (i === 2 ? { ...s, event: { ...s.event, at: '2021-01-01' } } : s));
 * verifyLedger(tampered); //=> { ok: false, index: 2, … }
 * ```
 */
export function verifyLedger(
  sealed: readonly SealedEvent[],
  options: {
    /** The hash the chain started from. Default: the empty string. */
    readonly after?: string | undefined;
  } = {},
): LedgerVerification {
  let previous = options.after ?? '';
  for (let i = 0; i < sealed.length; i++) {
    const entry = sealed[i] as SealedEvent;
    const expected = chain(previous, entry.event, i);
    if (expected !== entry.hash) return { ok: false, index: i, expected, actual: entry.hash };
    previous = expected;
  }
  return { ok: true, count: sealed.length, head: previous };
}
