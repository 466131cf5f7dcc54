/** ENCODING_LABELS: the common bilingual `Label` of every encoding decodeText reads, frozen. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Label } from '../../src/indicators/types.js';
import { decodeText, ENCODING_LABELS, type TextEncodingName } from '../../src/io/encoding.js';

const NAMES: readonly TextEncodingName[] = ['utf-8', 'gb18030', 'utf-16le', 'utf-16be'];

describe('ENCODING_LABELS', () => {
  it('is typed with the common Label, one per encoding name', () => {
    expectTypeOf(ENCODING_LABELS).toEqualTypeOf<Readonly<Record<TextEncodingName, Readonly<Label>>>>();
    expectTypeOf(ENCODING_LABELS.gb18030).toExtend<Label>();
    expect(Object.keys(ENCODING_LABELS).sort()).toEqual([...NAMES].sort());
  });

  it('names each encoding in Chinese and English, GB18030 with the GBK it also reads', () => {
    expect(ENCODING_LABELS.gb18030).toEqual({ zh: 'GB18030（GBK）', en: 'GB18030 (GBK)' });
    for (const name of NAMES) {
      expect(ENCODING_LABELS[name].zh.length).toBeGreaterThan(0);
      expect(ENCODING_LABELS[name].en.length).toBeGreaterThan(0);
    }
  });

  it('labels the encoding decodeText reports (a GB18030 file read with auto)', () => {
    // 学校代码 in GB18030.
    const decoded = decodeText(new Uint8Array([0xd1, 0xa7, 0xd0, 0xa3, 0xb4, 0xfa, 0xc2, 0xeb]));
    expect(decoded.text).toBe('学校代码');
    expect(ENCODING_LABELS[decoded.encoding].en).toBe('GB18030 (GBK)');
  });

  it('is frozen, labels included: no caller can change another caller’s messages', () => {
    expect(Object.isFrozen(ENCODING_LABELS)).toBe(true);
    for (const name of NAMES) expect(Object.isFrozen(ENCODING_LABELS[name])).toBe(true);
  });
});
