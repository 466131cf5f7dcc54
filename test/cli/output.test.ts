/**
 * Streamed output: the pieces of a JSON document are, joined, exactly what
 * `JSON.stringify(value, null, 2)` writes (so a streamed report is the document it always was),
 * and an `--out` file is written in chunks, or removed when the run fails.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonPieces, type OutputSink, openOutput, writeJson, writeJsonArray } from '../../src/cli/output.js';
import { toDecimal } from '../../src/numeric/decimal.js';

const dir = mkdtempSync(join(tmpdir(), 'dudao-output-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A sink that keeps what it is given, and the pieces it was given. */
function memorySink(): OutputSink & { readonly text: () => string; readonly writes: string[] } {
  const writes: string[] = [];
  return {
    writes,
    text: () => writes.join(''),
    write: async (text) => {
      writes.push(text);
    },
    end: async () => {},
    abort: () => {},
  };
}

async function* fromArray<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

describe('jsonPieces', () => {
  it('joined, equals JSON.stringify(value, null, 2) for every JSON value and depth', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 5 }), (value, depth) => {
        expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
      }),
    );
  });

  it('honours toJSON (Decimals as strings) and leaves out what JSON.stringify leaves out', () => {
    const value = {
      rate: toDecimal('0.825'),
      missing: undefined,
      list: [undefined, () => 1, toDecimal('4.2'), { nested: { deeper: [1, { x: null }] } }],
      date: new Date(Date.UTC(2021, 11, 10)),
      empty: { array: [], object: {} },
      'quote"key': 'line\nbreak',
    };
    for (const depth of [0, 1, 2, 3, 8]) {
      expect([...jsonPieces(value, depth)].join('')).toBe(JSON.stringify(value, null, 2));
    }
  });

  it('writes a big array member by member: no piece holds two members', () => {
    const rows = Array.from({ length: 1000 }, (_, i) => ({ key: `6103${i}`, total: i }));
    const pieces = [...jsonPieces({ breakdowns: { county: rows } }, 3)];
    expect(pieces.length).toBeGreaterThan(1000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(100);
  });
});

describe('writeJsonArray', () => {
  it('writes what JSON.stringify(items, null, 2) writes, items arriving one by one', async () => {
    const lists: unknown[][] = [
      [],
      [{ a: 1 }],
      [{ a: [1, 2], b: { c: 'x' } }, 2, null, 'z', { d: toDecimal('1.5') }],
    ];
    for (const items of lists) {
      const sink = memorySink();
      const count = await writeJsonArray(sink, fromArray(items));
      expect(count).toBe(items.length);
      expect(sink.text()).toBe(`${JSON.stringify(items, null, 2)}\n`);
    }
  });

  it('writes nothing before the first item exists', async () => {
    const sink = memorySink();
    async function* failing(): AsyncGenerator<unknown> {
      yield* [];
      throw new Error('the first county failed');
    }
    await expect(writeJsonArray(sink, failing())).rejects.toThrow('the first county failed');
    expect(sink.writes).toEqual([]);
  });
});

describe('openOutput with --out FILE', () => {
  it('writes the document to the file in chunks', async () => {
    const file = join(dir, 'big.json');
    const value = { rows: Array.from({ length: 20_000 }, (_, i) => ({ i, text: '示例'.repeat(3) })) };
    const sink = openOutput(file);
    await writeJson(sink, value);
    await sink.end();
    expect(readFileSync(file, 'utf8')).toBe(`${JSON.stringify(value, null, 2)}\n`);
  });

  it('abort removes the half-written file', async () => {
    const file = join(dir, 'aborted.json');
    const sink = openOutput(file);
    await sink.write('x'.repeat(200_000));
    expect(existsSync(file)).toBe(true);
    sink.abort();
    expect(existsSync(file)).toBe(false);
  });

  it('abort leaves a file that was there before, and a device, in place', async () => {
    const file = join(dir, 'existing.json');
    writeFileSync(file, 'an earlier report');
    const sink = openOutput(file);
    await sink.write('x');
    sink.abort();
    expect(existsSync(file)).toBe(true);
    const device = openOutput('/dev/null');
    await device.write('x');
    device.abort();
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('a file that cannot be opened is a usage error', () => {
    expect(() => openOutput(join(dir, 'no-such-folder', 'out.json'))).toThrow(/^cannot write /);
  });
});
