/**
 * Checks of a function's arguments (参数检查), made before the function reads them, so that an
 * argument of the wrong kind (a missing one, `null` for an object, a string for a list, options
 * that are not an object) is a {@link DudaoError} with a path and a message in both languages,
 * never a `TypeError` from deep inside. Untrusted documents are validated in full by their zod
 * schemas; a value dudao itself produced (an assessment, a ledger state, a report, an indicator
 * set) is checked by its kind and its main fields only, and its nested values are trusted.
 * This module imports only the error module: every layer may use it.
 * @module
 */
import { dudaoError, type FieldPath, quoteInput } from './error.js';

/** The kinds of value an argument or a field can be checked for. */
type Kind = 'object' | 'array' | 'string' | 'number' | 'finite' | 'boolean' | 'function' | 'null';

/**
 * What a field must be: a kind, or kinds joined by `|` (`'number|null'`), with a final `?` when
 * the field may be absent (`'string?'`).
 * @internal
 */
export type FieldKind = `${Kind}` | `${Kind}?` | `${Kind}|${Kind}` | `${Kind}|${Kind}?`;

/**
 * A description of an argument for messages: what it must be, in English and Chinese.
 * @internal
 */
export interface What {
  readonly en: string;
  readonly zh: string;
}

const KIND_WORDS: Readonly<Record<Kind, What>> = {
  object: { en: 'an object', zh: '对象' },
  array: { en: 'an array', zh: '数组' },
  string: { en: 'a string', zh: '字符串' },
  number: { en: 'a number', zh: '数字' },
  finite: { en: 'a finite number', zh: '有限数值' },
  boolean: { en: 'true or false', zh: '布尔值' },
  function: { en: 'a function', zh: '函数' },
  null: { en: 'null', zh: 'null' },
};

function isKind(value: unknown, kind: Kind): boolean {
  switch (kind) {
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    case 'array':
      return Array.isArray(value);
    case 'null':
      return value === null;
    case 'finite':
      return typeof value === 'number' && Number.isFinite(value);
    default:
      return typeof value === kind;
  }
}

function wordsOf(kinds: readonly Kind[]): What {
  const words = kinds.map((k) => KIND_WORDS[k]);
  return { en: words.map((w) => w.en).join(' or '), zh: words.map((w) => w.zh).join('或') };
}

/**
 * Throws the DudaoError for a value of the wrong kind: `required` when it is undefined, else
 * `invalid-type`, with what it must be.
 * @internal
 */
export function wrongKind(value: unknown, path: FieldPath, what: What): never {
  const shown = quoteInput(value);
  throw dudaoError(
    value === undefined ? 'required' : 'invalid-type',
    path,
    `must be ${what.en} (got ${shown})`,
    `必须是${what.zh}（实际为 ${shown}）`,
  );
}

/**
 * Throws a DudaoError (`required` when `value` is undefined, else `invalid-type`) unless `value`
 * is of `kind`. An object is a non-null, non-array object; a `finite` is a number other than NaN
 * and ±Infinity.
 * @internal
 */
export function expectKind(value: unknown, kind: Kind, path: FieldPath, what?: What): void {
  if (!isKind(value, kind)) wrongKind(value, path, what ?? KIND_WORDS[kind]);
}

/**
 * The fields of a shape, prepared once (see {@link shapeOf}): each field's name, whether it may
 * be absent, and the kinds it may have.
 * @internal
 */
export type Shape = readonly {
  readonly name: string;
  readonly optional: boolean;
  readonly kinds: readonly Kind[];
}[];

/**
 * Prepares the field kinds of a shape for {@link expectShape}: done once, at module level, for
 * the shapes checked on every call.
 * @internal
 */
export function shapeOf(fields: Readonly<Record<string, FieldKind>>): Shape {
  return Object.entries(fields).map(([name, spec]) => {
    const optional = spec.endsWith('?');
    return { name, optional, kinds: (optional ? spec.slice(0, -1) : spec).split('|') as Kind[] };
  });
}

/**
 * Checks the kinds of an object's fields (the object itself first): `fields` maps each field the
 * caller reads to what it must be (or is a {@link Shape} prepared by {@link shapeOf}). Reads each
 * field once, through ordinary property access.
 * @internal
 */
export function expectShape(
  value: unknown,
  path: FieldPath,
  what: What,
  fields: Readonly<Record<string, FieldKind>> | Shape,
): void {
  if (!isKind(value, 'object')) wrongKind(value, path, what);
  const record = value as Record<string, unknown>;
  const shape = Array.isArray(fields) ? (fields as Shape) : shapeOf(fields as Record<string, FieldKind>);
  for (let i = 0; i < shape.length; i++) {
    const { name, optional, kinds } = shape[i] as Shape[number];
    const field = record[name];
    if (optional && field === undefined) continue;
    let ok = false;
    for (let k = 0; k < kinds.length && !ok; k++) ok = isKind(field, kinds[k] as Kind);
    if (!ok) wrongKind(field, [...path, name], wordsOf(kinds));
  }
}

/**
 * Reads an options argument: `undefined` is no options (`{}`), anything else must be an object
 * whose fields have the kinds given (each may be absent).
 * @internal
 */
export function optionsOf<T extends object>(
  value: T | undefined,
  fields: Readonly<Record<string, FieldKind>> = {},
  path: FieldPath = ['options'],
): T {
  if (value === undefined) return {} as T;
  const optional: Record<string, FieldKind> = {};
  for (const [name, spec] of Object.entries(fields)) {
    optional[name] = (spec.endsWith('?') ? spec : `${spec}?`) as FieldKind;
  }
  expectShape(value, path, { en: 'an object of options', zh: '选项对象' }, optional);
  return value;
}

/**
 * Throws a DudaoError (`invalid-enum`) unless `value` is one of `allowed`.
 * @internal
 */
export function expectOneOf<T extends string>(
  value: unknown,
  allowed: readonly T[],
  path: FieldPath,
): asserts value is T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return;
  if (value === undefined)
    wrongKind(value, path, { en: `one of ${allowed.join(', ')}`, zh: allowed.join('、') });
  const shown = quoteInput(value);
  throw dudaoError(
    'invalid-enum',
    path,
    `must be one of ${allowed.join(', ')} (got ${shown})`,
    `必须是 ${allowed.join('、')} 之一（实际为 ${shown}）`,
  );
}

/**
 * The language of a report, `zh` or `en`; `fallback` when undefined.
 * @internal
 */
export function langOf(
  value: unknown,
  fallback: 'zh' | 'en' = 'zh',
  path: FieldPath = ['options', 'lang'],
): 'zh' | 'en' {
  if (value === undefined) return fallback;
  expectOneOf(value, ['zh', 'en'] as const, path);
  return value;
}

/**
 * Reads a field path given as an argument or an option (`options.path`): `undefined` is the root
 * (`[]`); anything else must be an array of strings and whole numbers.
 * @internal
 */
export function pathOf(value: unknown, path: FieldPath = ['options', 'path']): FieldPath {
  if (value === undefined) return [];
  if (
    Array.isArray(value) &&
    value.every((key) => typeof key === 'string' || (typeof key === 'number' && Number.isSafeInteger(key)))
  ) {
    return value as FieldPath;
  }
  return wrongKind(value, path, {
    en: 'a field path (an array of names and indexes)',
    zh: '字段路径（由字段名和序号组成的数组）',
  });
}

/**
 * Throws a DudaoError (`invalid-option`) unless `value` is a whole number from `min` to `max`
 * (the decimals of a rounding, a window of points).
 * @internal
 */
export function expectWholeNumber(value: unknown, min: number, max: number, path: FieldPath): number {
  if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
  if (value === undefined)
    wrongKind(value, path, { en: `a whole number from ${min} to ${max}`, zh: `${min} 到 ${max} 之间的整数` });
  const shown = quoteInput(value);
  throw dudaoError(
    'invalid-option',
    path,
    `must be a whole number from ${min} to ${max} (got ${shown})`,
    `必须是 ${min} 到 ${max} 之间的整数（实际为 ${shown}）`,
  );
}

/**
 * Calls `check` for every index of an array, holes of a sparse array included (`forEach` and
 * `map` skip them, and a later loop by index would meet `undefined`).
 * @internal
 */
export function eachOf<T>(array: readonly T[], check: (item: T, index: number) => void): void {
  for (let i = 0; i < array.length; i++) check(array[i] as T, i);
}
