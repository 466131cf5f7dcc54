/**
 * Reading many counties without holding them all (a province, the nation): a JSON file whose
 * top level is an array is read element by element, and a JSON Lines file (`.jsonl`, one county
 * per line) line by line. Memory holds one county at a time, whatever the size of the file.
 * @module
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { DudaoError, type DudaoIssue } from '../error.js';
import { cannotRead, readJson } from './shared.js';

/**
 * One county read from a file of many: its index (from 0, the first element of the array or
 * first non-blank line) and its parsed JSON, or the problem when its text is not JSON.
 * @example
 * ```ts
 * const item: CountyItem = { index: 0, value: { schemaVersion: 1 } };
 * ```
 */
export type CountyItem =
  | {
      /** Position of the county in the file, from 0. */
      readonly index: number;
      /** Its parsed JSON (not yet validated). */
      readonly value: unknown;
    }
  | {
      /** Position of the county in the file, from 0. */
      readonly index: number;
      /** Why its text is not JSON (`invalid-json` at `[index]`). */
      readonly invalid: DudaoIssue;
    };

/**
 * What a county file holds: one county (a JSON object, read whole as before), or many (a JSON
 * array or JSON Lines), read again from the start each time `counties()` is called.
 * @example
 * ```ts
 * const input = openCountyInput('province.jsonl');
 * if (input.many) for await (const item of input.counties()) console.log(item.index);
 * ```
 */
export type CountyInput =
  | {
      /** One document. */
      readonly many: false;
      /** Its parsed JSON. */
      readonly value: unknown;
    }
  | {
      /** Many counties. */
      readonly many: true;
      /** The counties, in order, read as they are needed. */
      readonly counties: () => AsyncIterable<CountyItem>;
    };

/**
 * Whether a file is JSON Lines (`.jsonl` or `.ndjson`): one JSON document per line.
 * @example
 * ```ts
 * isJsonLinesFile('nation.jsonl'); //=> true
 * ```
 */
export function isJsonLinesFile(file: string): boolean {
  return /\.(jsonl|ndjson)$/i.test(file);
}

// The first character of the file that is not white space (or a byte order mark), read from its
// first bytes only; '' for an empty file.
function firstCharacter(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw cannotRead(file, error);
  }
  try {
    const buffer = Buffer.alloc(1 << 16);
    let position = 0;
    for (;;) {
      let read: number;
      try {
        read = readSync(fd, buffer, 0, buffer.length, position);
      } catch (error) {
        throw cannotRead(file, error);
      }
      if (read === 0) return '';
      // White space and the mark are single code units: a character cut at the end does not matter.
      const match = /[^\s\uFEFF]/.exec(buffer.toString('utf8', 0, read));
      if (match !== null) return match[0];
      position += read;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens a county file: JSON Lines (`.jsonl`, `.ndjson`) and JSON files whose top level is an
 * array are many counties, read as a stream; any other JSON file is one document, read whole.
 * An unreadable file is a usage error; malformed JSON is invalid input.
 * @param file - the path
 * @returns the input
 * @example
 * ```ts
 * openCountyInput('examples/county-compulsory.json').many; //=> false
 * ```
 */
export function openCountyInput(file: string): CountyInput {
  if (isJsonLinesFile(file)) {
    firstCharacter(file); // an unreadable file is a usage error now, not in the middle of a run
    return { many: true, counties: () => jsonLines(file) };
  }
  if (firstCharacter(file) === '[') return { many: true, counties: () => arrayElements(file) };
  return { many: false, value: readJson(file) };
}

function invalidJson(
  file: string,
  index: number,
  where: { readonly en: string; readonly zh: string },
  error: unknown,
): CountyItem {
  const reason = (error as Error).message;
  return {
    index,
    invalid: {
      code: 'invalid-json',
      path: [index],
      message: `${file}: ${where.en} is not valid JSON: ${reason}`,
      messageZh: `${file}：${where.zh}不是有效的 JSON：${reason}`,
    },
  };
}

function structureError(file: string, message: string, messageZh: string): DudaoError {
  return new DudaoError([
    { code: 'invalid-json', path: [], message: `${file}: ${message}`, messageZh: `${file}：${messageZh}` },
  ]);
}

async function* jsonLines(file: string): AsyncGenerator<CountyItem> {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Number.POSITIVE_INFINITY,
  });
  let lineNumber = 0;
  let index = 0;
  for await (const raw of lines) {
    lineNumber += 1;
    const line = lineNumber === 1 && raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
    if (line.trim() === '') continue;
    try {
      yield { index, value: JSON.parse(line) };
    } catch (error) {
      yield invalidJson(file, index, { en: `line ${lineNumber}`, zh: `第 ${lineNumber} 行` }, error);
    }
    index += 1;
  }
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

// Splits a top-level JSON array into the texts of its elements, without parsing them: outside
// strings, a comma or a closing bracket at nesting depth 0 ends an element. Each element is then
// parsed on its own, so a malformed one is reported at its index.
async function* arrayElements(file: string): AsyncGenerator<CountyItem> {
  let opened = false; // the array's `[` has been read
  let closed = false; // and its `]`
  let depth = 0;
  let inString = false;
  let escaped = false;
  let parts: string[] = [];
  let index = 0;
  let commas = 0;
  const element = (text: string): CountyItem | 'empty' => {
    if (text.trim() === '') return 'empty';
    try {
      return { index, value: JSON.parse(text) };
    } catch (error) {
      return invalidJson(file, index, { en: `county [${index}]`, zh: `县 [${index}] ` }, error);
    }
  };
  for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 16 })) {
    const text = chunk as string;
    let start = 0;
    let i = 0;
    if (!opened) {
      i = text.indexOf('[');
      // openCountyInput saw `[` first: only white space or a byte order mark comes before it.
      if (i === -1) continue;
      opened = true;
      i += 1;
      start = i;
    } else if (closed) {
      if (text.trim() !== '') {
        throw structureError(file, 'unexpected text after the array', '数组之后有多余的内容');
      }
      continue;
    }
    for (; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
      } else if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth += 1;
      else if (depth > 0 && (c === CLOSE_BRACE || c === CLOSE_BRACKET)) depth -= 1;
      else if (depth === 0 && (c === COMMA || c === CLOSE_BRACKET || c === CLOSE_BRACE)) {
        parts.push(text.slice(start, i));
        const item = element(parts.join(''));
        parts = [];
        start = i + 1;
        if (c === CLOSE_BRACE) {
          throw structureError(
            file,
            `"}" where county [${index}] should end`,
            `县 [${index}] 结尾处出现 "}"`,
          );
        }
        if (item === 'empty') {
          // `[]` is an empty list; `[,` and `[1,]` are not JSON.
          if (c === COMMA || commas > 0) {
            throw structureError(file, `county [${index}] is missing`, `缺少县 [${index}]`);
          }
        } else {
          yield item;
          index += 1;
        }
        if (c === COMMA) commas += 1;
        else {
          closed = true;
          if (text.slice(i + 1).trim() !== '') {
            throw structureError(file, 'unexpected text after the array', '数组之后有多余的内容');
          }
          break;
        }
      }
    }
    if (!closed) parts.push(text.slice(start));
  }
  if (!closed) {
    throw structureError(file, 'the array is not closed with "]"', '数组缺少结尾的 "]"');
  }
}
