/**
 * quoteInput: how a piece of input appears in an error message (at most 40 characters, then …).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DudaoError, formatPath, quoteInput } from '../src/error.js';

describe('quoteInput', () => {
  it('quotes a short string as JSON, unchanged', () => {
    expect(quoteInput('QY-2021-001')).toBe('"QY-2021-001"');
    expect(quoteInput('say "hi"')).toBe('"say \\"hi\\""');
    expect(quoteInput('x'.repeat(40))).toBe(`"${'x'.repeat(40)}"`);
  });

  it('cuts a longer one after 40 characters and marks the cut with …', () => {
    expect(quoteInput('x'.repeat(41))).toBe(`"${'x'.repeat(40)}…"`);
    expect(quoteInput('长'.repeat(1_000_000))).toBe(`"${'长'.repeat(40)}…"`);
    expect(quoteInput('abcdef', 3)).toBe('"abc…"');
  });

  it('counts code points, so a character outside the BMP is never split', () => {
    expect(quoteInput('𠀀'.repeat(41))).toBe(`"${'𠀀'.repeat(40)}…"`);
    expect(quoteInput('𠀀'.repeat(40))).toBe(`"${'𠀀'.repeat(40)}"`);
  });

  it('writes numbers, booleans, null and undefined as they are; names arrays and objects', () => {
    expect(quoteInput(-3.5)).toBe('-3.5');
    expect(quoteInput(true)).toBe('true');
    expect(quoteInput(null)).toBe('null');
    expect(quoteInput(undefined)).toBe('undefined');
    expect(quoteInput(10n ** 100n)).toBe(`${'1'}${'0'.repeat(39)}…`);
    expect(quoteInput(['a'])).toBe('an array');
    expect(quoteInput({ id: 'x'.repeat(1e6) })).toBe('an object');
  });

  it('is bounded for any string: at most max characters of it, plus quotes, escapes and …', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.integer({ min: 1, max: 60 }),
        (s, max) => {
          const shown = JSON.parse(quoteInput(s, max)) as string;
          const points = [...shown];
          if ([...s].length <= max) expect(shown).toBe(s);
          else {
            expect(points.at(-1)).toBe('…');
            expect(points.length).toBe(max + 1);
            expect(s.startsWith(shown.slice(0, -1))).toBe(true);
          }
        },
      ),
    );
  });
});

describe('formatPath', () => {
  it('writes a path as a reader does', () => {
    expect(formatPath(['schools', 3, 'sections', 'primary', 'pupils'])).toBe(
      'schools[3].sections.primary.pupils',
    );
    expect(formatPath([])).toBe('(root)');
  });

  it('shows a key of 1 MB by its first 40 characters, whole characters only', () => {
    const key = `键${'长'.repeat(1_000_000)}`;
    const written = formatPath(['countyFacts', key, 'value']);
    expect(written).toBe(`countyFacts.键${'长'.repeat(39)}….value`);
    const emoji = '😀'.repeat(100);
    expect(formatPath([emoji])).toBe(`${'😀'.repeat(40)}…`);
    expect(formatPath(['😀'.repeat(40)])).toBe('😀'.repeat(40));
  });

  it('a DudaoError for an unknown key of 1 MB has a short message; its path keeps the key', () => {
    const key = 'k'.repeat(1_000_000);
    const error = new DudaoError([
      { code: 'unknown-key', path: ['countyFacts', key], message: 'unknown', messageZh: '未知' },
    ]);
    expect(error.message.length).toBeLessThan(200);
    expect(error.issues[0]?.path[1]).toBe(key);
  });
});
