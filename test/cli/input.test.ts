/**
 * Reading many counties as a stream: a JSON file whose top level is an array gives its elements
 * one by one, exactly as `JSON.parse` of the whole file would (strings holding brackets, commas
 * and escaped quotes, elements cut across read chunks); JSON Lines give one county per non-blank
 * line; malformed text is invalid input at the county's index, or at the root for the array
 * itself; anything else is one document.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { type CountyItem, isJsonLinesFile, openCountyInput } from '../../src/cli/input.js';
import { DudaoError } from '../../src/error.js';

const dir = mkdtempSync(join(tmpdir(), 'dudao-input-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function file(text: string, extension = 'json'): string {
  files += 1;
  const path = join(dir, `input-${files}.${extension}`);
  writeFileSync(path, text);
  return path;
}

async function items(path: string): Promise<CountyItem[]> {
  const input = openCountyInput(path);
  if (!input.many) throw new Error('expected many counties');
  const all: CountyItem[] = [];
  for await (const item of input.counties()) all.push(item);
  return all;
}

async function values(path: string): Promise<unknown[]> {
  return (await items(path)).map((item) => {
    if ('invalid' in item) throw new Error(item.invalid.message);
    return item.value;
  });
}

async function failure(path: string): Promise<DudaoError> {
  try {
    await items(path);
  } catch (error) {
    if (error instanceof DudaoError) return error;
    throw error;
  }
  throw new Error('expected a DudaoError');
}

describe('a JSON array, element by element', () => {
  it('gives what JSON.parse gives, for any array of JSON values and any spacing', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue()), fc.boolean(), async (array, pretty) => {
        const text = pretty ? JSON.stringify(array, null, 2) : JSON.stringify(array);
        expect(await values(file(text))).toEqual(JSON.parse(text));
      }),
      { numRuns: 60 },
    );
  });

  it('strings holding brackets, commas, braces and escaped quotes do not end an element', async () => {
    const array = [{ name: '城关],[{"x', note: 'a\\"],' }, '[', ']', ',', { q: '\\\\' }, [[]], {}];
    expect(await values(file(` \n\uFEFF${JSON.stringify(array)}\n\n`))).toEqual(array);
  });

  it('elements longer than a read chunk (64 KiB) are joined across chunks', async () => {
    const long = { text: `"${'示'.repeat(70_000)}",]` };
    const array = [long, 1, long, { nested: [long] }];
    expect(await values(file(JSON.stringify(array)))).toEqual(array);
  });

  it('an empty array has no counties; the index counts from 0', async () => {
    expect(await items(file('[ ]'))).toEqual([]);
    expect((await items(file('[{"a":1},{"a":2}]'))).map((i) => i.index)).toEqual([0, 1]);
  });

  it('a malformed element is reported at its index, and the others are still read', async () => {
    const all = await items(file('[{"a":1},{"a":},{"a":3}]'));
    expect(all.map((i) => ('invalid' in i ? i.invalid.path : i.value))).toEqual([{ a: 1 }, [1], { a: 3 }]);
    const bad = all[1] as Extract<CountyItem, { invalid: unknown }>;
    expect(bad.invalid.code).toBe('invalid-json');
    expect(bad.invalid.message).toMatch(/: county \[1\] is not valid JSON: /);
  });

  it.each([
    ['an array that is not closed', '[{"a":1},', 'the array is not closed with "]"'],
    ['text after the array', '[{"a":1}] x', 'unexpected text after the array'],
    ['a trailing comma', '[{"a":1},]', 'county [1] is missing'],
    ['a leading comma', '[,{"a":1}]', 'county [0] is missing'],
    ['a stray brace', '[{"a":1}}]', '"}" where county [0] should end'],
  ])('%s is invalid input at the root', async (_, text, message) => {
    const error = await failure(file(text));
    expect(error.issues).toEqual([expect.objectContaining({ code: 'invalid-json', path: [] })]);
    expect(error.message).toContain(message);
  });
});

describe('JSON Lines, line by line', () => {
  it('one county per line; blank lines, CRLF and a byte order mark are fine', async () => {
    const text = '\uFEFF{"a":1}\r\n\r\n{"a":"x,]"}\n   \n[2]\n';
    expect(await values(file(text, 'jsonl'))).toEqual([{ a: 1 }, { a: 'x,]' }, [2]]);
    expect(isJsonLinesFile('nation.NDJSON')).toBe(true);
  });

  it('a line that is not JSON is reported at the county index, with its line number', async () => {
    const all = await items(file('{"a":1}\n\n{"a":\n{"a":3}\n', 'jsonl'));
    expect(all.map((i) => i.index)).toEqual([0, 1, 2]);
    const bad = all[1] as Extract<CountyItem, { invalid: unknown }>;
    expect(bad.invalid.path).toEqual([1]);
    expect(bad.invalid.message).toMatch(/: line 3 is not valid JSON: /);
    expect(bad.invalid.messageZh).toMatch(/：第 3 行不是有效的 JSON：/);
  });
});

describe('one document', () => {
  it('a JSON object is read whole, as before', () => {
    expect(openCountyInput(file('\n {"schemaVersion": 1}'))).toEqual({
      many: false,
      value: { schemaVersion: 1 },
    });
  });

  it('an empty file is invalid JSON; a missing file is a usage error', () => {
    expect(() => openCountyInput(file(''))).toThrow(/is not valid JSON/);
    expect(() => openCountyInput(join(dir, 'missing.json'))).toThrow(/^cannot read /);
    expect(() => openCountyInput(join(dir, 'missing.jsonl'))).toThrow(/^cannot read /);
  });
});
