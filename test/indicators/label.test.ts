/**
 * One lookup for every table of labels: a known id gives its Chinese and English name (a fresh
 * object, so a caller cannot change the table); an unknown id, or a name every object inherits,
 * gives the id itself in both languages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelled } from '../../src/indicators/label.js';
import { ISSUE_CATEGORY_LABELS, issueCategoryLabel } from '../../src/ledger/categories.js';

const TABLE = { books: { zh: '图书', en: 'books' } };

describe('labelled', () => {
  it('a known id: its name in both languages, as a copy', () => {
    const label = labelled('books', TABLE);
    expect(label).toEqual({ zh: '图书', en: 'books' });
    expect(label).not.toBe(TABLE.books);
  });

  it('an unknown id, or an inherited name (constructor, __proto__, toString): the id in both languages', () => {
    for (const id of ['食堂管理', 'constructor', '__proto__', 'toString', ''])
      expect(labelled(id, TABLE)).toEqual({ zh: id, en: id });
  });

  it('issueCategoryLabel is labelled over ISSUE_CATEGORY_LABELS, for every string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...Object.keys(ISSUE_CATEGORY_LABELS))), (id) => {
        expect(issueCategoryLabel(id)).toEqual(labelled(id, ISSUE_CATEGORY_LABELS));
      }),
    );
    expect(issueCategoryLabel('large-classes')).toEqual({ zh: '大班额', en: 'large classes' });
  });
});
