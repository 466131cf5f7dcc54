/**
 * One lookup for every table of labels (标签表): an id's Chinese and English name from a table,
 * or the id itself in both languages when the table does not know it, so an open list (issue
 * categories, breakdown keys) never prints `undefined`. Lives beside {@link Label} because every
 * layer that names things (ledger, assess, report) may import it.
 * @module
 */
import type { Label } from './types.js';

/**
 * The label of `id` in `table`, as a fresh object; `{ zh: id, en: id }` when the table has no
 * own entry for it (an inherited name such as `constructor` is not an entry).
 * @internal
 */
export function labelled(id: string, table: Readonly<Record<string, Label>>): Label {
  const known = Object.hasOwn(table, id) ? table[id] : undefined;
  return known === undefined ? { zh: id, en: id } : { zh: known.zh, en: known.en };
}
