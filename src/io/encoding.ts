/**
 * Text encodings of the files counties exchange (文件编码): a CSV saved by Excel on a Chinese
 * Windows system ("CSV (逗号分隔)") is GB18030/GBK, not UTF-8; "CSV UTF-8" has a byte order mark;
 * "Unicode text" is UTF-16 with one. {@link decodeText} reads the bytes as what they are, and says
 * which encoding it read them as, so that an error about unreadable headers can say it too.
 * Pure and browser-safe: the WHATWG `TextDecoder` (every modern browser, Node ≥ 20 with its
 * default full ICU data).
 * @module
 */
import { dudaoError } from '../error.js';
import { expectOneOf, optionsOf } from '../guard.js';
import type { Label } from '../indicators/types.js';

/**
 * The encodings {@link decodeText} reads (文本编码): `utf-8`, `gb18030` (a superset of GBK and
 * GB2312, which it reads too), `utf-16le` and `utf-16be`.
 *
 * @category Input
 * @example
 * ```ts
 * const encoding: TextEncodingName = 'gb18030';
 * ```
 */
export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/**
 * What {@link decodeText} is told to read: one encoding, or `auto` to detect it.
 *
 * @category Input
 * @example
 * ```ts
 * const choice: TextEncodingChoice = 'auto';
 * ```
 */
export type TextEncodingChoice = 'auto' | 'utf-8' | 'gb18030' | 'gbk';

/**
 * Every value a {@link TextEncodingChoice} takes, in the order a form would offer them (`gbk` reads
 * as `gb18030`, of which it is a part).
 *
 * @category Input
 * @example
 * ```ts
 * TEXT_ENCODING_CHOICES.includes('gbk'); //=> true
 * ```
 */
export const TEXT_ENCODING_CHOICES: readonly TextEncodingChoice[] = /* @__PURE__ */ Object.freeze([
  'auto',
  'utf-8',
  'gb18030',
  'gbk',
]);

/**
 * Options of {@link decodeText}.
 *
 * @category Input
 * @example
 * ```ts
 * const options: DecodeTextOptions = { encoding: 'gbk' };
 * ```
 */
export interface DecodeTextOptions {
  /**
   * The encoding to read (default `auto`): `auto` reads a byte order mark's encoding when there
   * is one, else UTF-8 when the bytes are valid UTF-8, else GB18030.
   */
  readonly encoding?: TextEncodingChoice | undefined;
}

/**
 * Text read from bytes, with the encoding it was read as.
 *
 * @category Input
 * @example
 * ```ts
 * const decoded: DecodedText = { text: '学校代码', encoding: 'gb18030', bom: false, detected: true };
 * ```
 */
export interface DecodedText {
  /** The text, without the byte order mark. */
  readonly text: string;
  /** The encoding the bytes were read as. */
  readonly encoding: TextEncodingName;
  /** Whether the bytes began with a byte order mark (dropped from `text`). */
  readonly bom: boolean;
  /** Whether the encoding was detected (`encoding: 'auto'`) rather than given. */
  readonly detected: boolean;
}

/**
 * The name of an encoding as a person reads it, in English and Chinese (`GB18030 (GBK)`, …), for
 * messages that say how a file was read: one {@link Label} per encoding, like every other
 * bilingual name of dudao. Frozen, labels included.
 *
 * @category Input
 * @example
 * ```ts
 * ENCODING_LABELS['gb18030'].zh; //=> 'GB18030（GBK）'
 * ```
 */
export const ENCODING_LABELS: Readonly<Record<TextEncodingName, Readonly<Label>>> =
  /* @__PURE__ */ Object.freeze({
    'utf-8': Object.freeze({ zh: 'UTF-8', en: 'UTF-8' }),
    gb18030: Object.freeze({ zh: 'GB18030（GBK）', en: 'GB18030 (GBK)' }),
    'utf-16le': Object.freeze({ zh: 'UTF-16LE', en: 'UTF-16LE' }),
    'utf-16be': Object.freeze({ zh: 'UTF-16BE', en: 'UTF-16BE' }),
  });

function decoder(encoding: TextEncodingName, fatal: boolean): InstanceType<typeof TextDecoder> {
  try {
    // ignoreBOM: the mark is dropped here, once, whatever the encoding.
    return new TextDecoder(encoding, { fatal, ignoreBOM: true });
  } catch {
    throw dudaoError(
      'unsupported-encoding',
      ['encoding'],
      `this JavaScript runtime cannot decode ${ENCODING_LABELS[encoding].en} (its TextDecoder lacks it: Node.js built without full ICU data?)`,
      `当前 JavaScript 运行环境无法解码 ${ENCODING_LABELS[encoding].zh}（其 TextDecoder 不支持：Node.js 是否缺少完整 ICU 数据？）`,
    );
  }
}

// The byte order mark at the start of `bytes`, if any, and its length.
function bomOf(bytes: Uint8Array): { readonly encoding: TextEncodingName; readonly length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  // GB18030's own mark (the encoding of U+FEFF in GB18030).
  if (bytes[0] === 0x84 && bytes[1] === 0x31 && bytes[2] === 0x95 && bytes[3] === 0x33) {
    return { encoding: 'gb18030', length: 4 };
  }
  return null;
}

/**
 * Reads the bytes of a text file (读取文本文件编码) as UTF-8, GB18030/GBK or UTF-16. With
 * `encoding: 'auto'` (the default): a byte order mark decides (UTF-8, UTF-16LE/BE, GB18030);
 * without one, bytes that are valid UTF-8 are read as UTF-8 (strict decoding: a GBK file of
 * Chinese text is almost never valid UTF-8, though two characters alone can be: `--encoding` decides
 * then), else as GB18030, the encoding of "CSV (逗号分隔)" on a
 * Chinese Windows system. A given encoding is read as given (`gbk` as GB18030, its superset);
 * bytes that are not valid UTF-8 when `utf-8` is given are an error (`invalid-encoding`), not
 * replacement characters. A byte order mark is dropped from the text.
 *
 * @category Input
 * @param bytes - the file's bytes
 * @param options - `encoding` (default `auto`)
 * @returns the text and the encoding it was read as
 * @throws {@link DudaoError} `invalid-type` unless `bytes` is a `Uint8Array`; `invalid-enum` for an
 * unknown encoding; `invalid-encoding` for bytes that are not UTF-8 when UTF-8 is given;
 * `unsupported-encoding` when the runtime's `TextDecoder` cannot read GB18030
 * @example
 * ```ts
 * decodeText(new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0xb4, 0xfa, 0xc2, 0xeb])); //=> { text: '学校代码', encoding: 'gb18030', bom: false, detected: true }
 * decodeText(new TextEncoder().encode('学校')).encoding; //=> 'utf-8'
 * ```
 */
export function decodeText(bytes: Uint8Array, options: DecodeTextOptions = {}): DecodedText {
  if (!(bytes instanceof Uint8Array)) {
    throw dudaoError(
      bytes === undefined ? 'required' : 'invalid-type',
      ['bytes'],
      'must be the bytes of a file (a Uint8Array, e.g. a Node.js Buffer)',
      '必须是文件的字节（Uint8Array，例如 Node.js 的 Buffer）',
    );
  }
  const { encoding: given = 'auto' } = optionsOf(options, { encoding: 'string' });
  expectOneOf(given, TEXT_ENCODING_CHOICES, ['options', 'encoding']);
  const choice: TextEncodingChoice = given;
  const bom = bomOf(bytes);
  if (choice === 'auto') {
    if (bom !== null) {
      const text = decoder(bom.encoding, false).decode(bytes.subarray(bom.length));
      return { text, encoding: bom.encoding, bom: true, detected: true };
    }
    try {
      return { text: decoder('utf-8', true).decode(bytes), encoding: 'utf-8', bom: false, detected: true };
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      return {
        text: decoder('gb18030', false).decode(bytes),
        encoding: 'gb18030',
        bom: false,
        detected: true,
      };
    }
  }
  const encoding: TextEncodingName = choice === 'gbk' ? 'gb18030' : choice;
  const skip = bom !== null && bom.encoding === encoding ? bom.length : 0;
  const body = bytes.subarray(skip);
  if (encoding === 'utf-8') {
    try {
      return { text: decoder('utf-8', true).decode(body), encoding, bom: skip > 0, detected: false };
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      throw dudaoError(
        'invalid-encoding',
        ['encoding'],
        'the file is not valid UTF-8: is it GB18030/GBK ("CSV (逗号分隔)" saved by Excel on a Chinese Windows system)? Give encoding gb18030, or auto',
        '文件不是有效的 UTF-8 编码：是否为 GB18030/GBK（中文 Windows 上 Excel 另存的"CSV (逗号分隔)"）？请指定编码 gb18030 或 auto',
      );
    }
  }
  return { text: decoder(encoding, false).decode(body), encoding, bom: skip > 0, detected: false };
}
