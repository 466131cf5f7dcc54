/**
 * Streamed output for big runs (a province, the nation, a long ledger history): text goes to
 * standard output or to the `--out` file in pieces of about 64 KiB, waiting for a slow reader
 * (backpressure), so that memory does not grow with the size of the report and no document is
 * ever built as one string (V8 strings stop at about 512 MiB).
 * @module
 */
import { once } from 'node:events';
import { closeSync, existsSync, fstatSync, unlinkSync, writeFileSync } from 'node:fs';
import process from 'node:process';
import { openOutFile } from './shared.js';

/** Characters gathered before they are written: few system calls, little memory. */
const CHUNK = 1 << 16;

/**
 * Where a command writes its report, piece by piece: call `write` for each piece (awaiting it),
 * then `end`; on a failure, `abort` (an `--out` file this run created is removed rather than left
 * half written; a file that was there before, a device or a pipe is only closed).
 * @example
 * ```ts
 * const sink = openOutput(args.flags.get('out'));
 * try {
 *   for (const county of counties) await sink.write(render(county));
 *   await sink.end();
 * } catch (error) {
 *   sink.abort();
 *   throw error;
 * }
 * ```
 */
export interface OutputSink {
  /** Adds text; resolves when the sink can take more (at once, unless a chunk was flushed). */
  write(text: string): Promise<void>;
  /** Writes what is left and closes an `--out` file. */
  end(): Promise<void>;
  /** Stops writing; an `--out` file is closed, and removed when this run created it. */
  abort(): void;
}

/**
 * Opens the output of a command: the `--out` file (a file that cannot be opened is a usage
 * error, `cannot-write`) or standard output.
 * @param out - the value of `--out`, if any
 * @returns the sink
 * @example
 * ```ts
 * const sink = openOutput('report.jsonl');
 * await sink.write('{"county":"610328"}\n');
 * await sink.end();
 * ```
 */
export function openOutput(out: string | true | undefined): OutputSink {
  let parts: string[] = [];
  let size = 0;
  const take = (): string => {
    const text = parts.join('');
    parts = [];
    size = 0;
    return text;
  };
  if (typeof out !== 'string') {
    const flush = async (): Promise<void> => {
      // `write` returns false when the pipe's buffer is full: wait until the reader drains it. A
      // failing stdout rejects `once` (and main.ts reports it).
      if (!process.stdout.write(take())) await once(process.stdout, 'drain');
    };
    return {
      write: async (text) => {
        parts.push(text);
        size += text.length;
        if (size >= CHUNK) await flush();
      },
      end: async () => {
        if (size > 0) await flush();
      },
      abort: () => {
        parts = [];
        size = 0;
      },
    };
  }
  // Only a regular file this run created is removed on failure: never a file that was there
  // before, and never a device or a pipe (`--out /dev/stdout`).
  const created = !existsSync(out);
  const fd = openOutFile(out);
  const removable = created && fstatSync(fd).isFile();
  let open = true;
  const close = (): void => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    // Writing to a file waits for the disk: there is no buffer to fill up.
    write: async (text) => {
      parts.push(text);
      size += text.length;
      if (size >= CHUNK) writeFileSync(fd, take());
    },
    end: async () => {
      if (size > 0) writeFileSync(fd, take());
      close();
    },
    abort: () => {
      parts = [];
      size = 0;
      try {
        close();
        if (removable) unlinkSync(out);
      } catch {
        // Already gone, or the failure was the file itself: the error being reported says more.
      }
    },
  };
}

type Json = unknown;

// What JSON.stringify writes for a value: its `toJSON(key)` result when it has one.
function toJsonValue(value: unknown, key: string): Json {
  if (value !== null && typeof value === 'object') {
    const toJSON = (value as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return toJSON.call(value, key);
  }
  return value;
}

// Values JSON.stringify leaves out of an object (and writes as null in an array).
function isOmitted(value: Json): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

function isContainer(value: Json): value is Record<string, unknown> | unknown[] {
  if (Array.isArray(value)) return true;
  if (value === null || typeof value !== 'object') return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function* pieces(value: Json, depth: number, indent: string): Generator<string> {
  if (depth <= 0 || !isContainer(value)) {
    const text = JSON.stringify(value, null, 2) as string | undefined;
    // A JSON text holds line breaks only between its tokens: indenting them indents the value.
    yield text === undefined ? 'null' : indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    for (let i = 0; i < value.length; i += 1) {
      yield i === 0 ? `[\n${inner}` : `,\n${inner}`;
      const item = toJsonValue(value[i], String(i));
      if (isOmitted(item)) yield 'null';
      else yield* pieces(item, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const key of Object.keys(value)) {
    const member = toJsonValue(value[key], key);
    if (isOmitted(member)) continue;
    yield `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* pieces(member, depth - 1, inner);
  }
  yield first ? '{}' : `\n${indent}}`;
}

/**
 * Opens `--out` (or standard output), lets `write` fill it as a stream and ends it; on failure a
 * half-written `--out` file that this run created is removed, and the error is thrown again.
 * @param out - the `--out` value (`true` or undefined: standard output)
 * @param write - what to write
 * @returns when everything is written and flushed
 * @example
 * ```ts
 * await streamToOutput('report.json', (sink) => writeJson(sink, document));
 * ```
 */
export async function streamToOutput(
  out: string | true | undefined,
  write: (sink: OutputSink) => Promise<void>,
): Promise<void> {
  const sink = openOutput(out);
  try {
    await write(sink);
    await sink.end();
  } catch (error) {
    sink.abort();
    throw error;
  }
}

/**
 * The text of `JSON.stringify(value, null, 2)` in pieces, character for character: arrays and
 * objects down to `depth` levels are written member by member, deeper values in one piece each.
 * A report of any size is written this way without ever being one string.
 * @param value - the value (`toJSON` is honoured; results go through `toJsonDocument` first)
 * @param depth - levels written member by member (default 3)
 * @param indent - spaces before every line but the first, for a value nested in another
 * @returns the pieces
 * @example
 * ```ts
 * [...jsonPieces({ a: [1, 2] })].join('') === JSON.stringify({ a: [1, 2] }, null, 2); //=> true
 * ```
 */
export function jsonPieces(value: unknown, depth = 3, indent = ''): Generator<string> {
  return pieces(toJsonValue(value, ''), depth, indent);
}

/**
 * Writes one JSON document (as `JSON.stringify(value, null, 2)` and a line break) in pieces.
 * @example
 * ```ts
 * await writeJson(sink, ledgerReportToJSON(report));
 * ```
 */
export async function writeJson(sink: OutputSink, value: unknown, depth = 3): Promise<void> {
  await writePieces(sink, jsonPieces(value, depth));
  await sink.write('\n');
}

// Gathers small pieces into one write per chunk: a county's document is thousands of pieces, and
// awaiting each would cost more than writing it.
async function writePieces(sink: OutputSink, pieces: Iterable<string>): Promise<void> {
  let gathered: string[] = [];
  let size = 0;
  for (const piece of pieces) {
    gathered.push(piece);
    size += piece.length;
    if (size >= CHUNK) {
      await sink.write(gathered.join(''));
      gathered = [];
      size = 0;
    }
  }
  if (size > 0) await sink.write(gathered.join(''));
}

/**
 * Writes a JSON array whose items arrive one by one (one county's assessment after another): `[`,
 * each item indented as in `JSON.stringify(items, null, 2)`, `,` between them, `]` and a line
 * break. Memory holds one item's text at a time. The first piece is written once the first item exists, so an item that fails before
 * leaves the output empty.
 * @returns the number of items written
 * @example
 * ```ts
 * await writeJsonArray(sink, assessments()); // '[\n  {\n    "set": …\n  }\n]\n'
 * ```
 */
export async function writeJsonArray(sink: OutputSink, items: AsyncIterable<unknown>): Promise<number> {
  let count = 0;
  for await (const item of items) {
    await sink.write(count === 0 ? '[\n  ' : ',\n  ');
    const value = toJsonValue(item, String(count));
    // One county's document is one piece: built by JSON.stringify itself, it costs half as much.
    await writePieces(sink, isOmitted(value) ? ['null'] : pieces(value, 0, '  '));
    count += 1;
  }
  await sink.write(count === 0 ? '[]\n' : '\n]\n');
  return count;
}
