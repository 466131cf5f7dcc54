/**
 * Argument checks of the renderers (报告参数检查): their options (the language, a title, a
 * notice) are checked before a report is written; the results they render are checked by the
 * modules that define them.
 * @module
 */
import type { FieldPath } from '../error.js';
import { expectShape, type FieldKind, langOf, optionsOf, wrongKind } from '../guard.js';
import type { Lang } from './format.js';

/**
 * Reads a renderer's options: `undefined` is none; `lang` must be `zh` or `en`; `extra` gives
 * the kinds of its other fields. Returns the options and the language (`zh` by default).
 * @internal
 */
export function reportOptionsOf<T extends { readonly lang?: Lang }>(
  options: T | undefined,
  extra: Readonly<Record<string, FieldKind>> = {},
): T & { readonly lang: Lang } {
  const checked = optionsOf(options, { lang: 'string', ...extra });
  return { ...checked, lang: langOf(checked.lang) };
}

/**
 * Throws a DudaoError unless `value` is a text for a report: a string, or `{ zh, en }`.
 * @internal
 */
export function expectText(value: unknown, path: FieldPath): void {
  if (typeof value === 'string') return;
  const what = { en: 'a text, or { zh, en }', zh: '文本或 { zh, en }' };
  if (typeof value !== 'object' || value === null) wrongKind(value, path, what);
  expectShape(value, path, what, { zh: 'string', en: 'string' });
}
