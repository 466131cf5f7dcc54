/**
 * Runs a zod schema over untrusted input and turns every problem into a bilingual
 * {@link DudaoIssue} (a stable code, the field path, an English and a Chinese message), so the
 * schemas of dudao reject input the same way the rest of the library does. Messages in both
 * languages come from one parse: zod's own English and zh-CN locales are applied per parse, and
 * zod's global configuration is never read or changed.
 * @module
 */
import * as z from 'zod/mini';
import { en, zhCN } from 'zod/v4/locales';
import {
  DudaoError,
  type DudaoErrorCode,
  type DudaoIssue,
  type FieldPath,
  type SafeResult,
} from '../error.js';
import { pathOf, wrongKind } from '../guard.js';

/**
 * A problem (问题) with one value, in both languages: what {@link valueSchema} reports when its check
 * fails and what {@link addDudaoIssue} records for a cross-field rule.
 *
 * @category Schemas
 * @example
 * ```ts
 * const problem: BilingualProblem = {
 *   code: 'negative',
 *   message: 'must not be negative (got -3)',
 *   messageZh: '不能为负数（实际为 -3）',
 * };
 * ```
 */
export interface BilingualProblem {
  /** A stable, machine-readable rule name such as `not-integer`. */
  readonly code: DudaoErrorCode;
  /** English message, without the path. */
  readonly message: string;
  /** Chinese (zh-CN) message, without the path. */
  readonly messageZh: string;
}

// The `params` that dudao's own checks attach to zod's `custom` issues. A value check carries the
// function that explains a rejected input (run only on failure, so a valid value costs one call of
// `accept`); a cross-field rule carries its code and Chinese message (the English one is the
// issue's message, so plain `schema.safeParse` users read English too).
interface ValueParams {
  readonly dudao: 'value';
  readonly describe: (input: unknown) => BilingualProblem;
}
interface RuleParams {
  readonly dudao: 'rule';
  readonly code: DudaoErrorCode;
  readonly messageZh: string;
}

/**
 * Builds a zod schema for a single value (取值校验) whose acceptance is one cheap predicate and whose
 * rejection is explained, on failure only, by `describe` in English and Chinese with a stable
 * code. The parsed value is the input itself (no transform), so checking is as fast as the
 * predicate. dudao's quantity and date schemas are built this way.
 *
 * @category Schemas
 * @param accept - a type guard: `true` when the input is acceptable
 * @param describe - explains why an input was rejected (never called for accepted inputs)
 * @returns a zod schema whose output type is the guard's type
 * @example
 * ```ts
 * const evenSchema = valueSchema(
 *   (v): v is number => typeof v === 'number' && v % 2 === 0,
 *   (v) => ({ code: 'invalid-value', message: `must be even (got ${String(v)})`, messageZh: `必须是偶数（实际为 ${String(v)}）` }),
 * );
 * safeParseWithSchema(evenSchema, 3).success; //=> false (code 'invalid-value')
 * ```
 */
export function valueSchema<T>(
  accept: (input: unknown) => input is T,
  describe: (input: unknown) => BilingualProblem,
): z.ZodMiniCustom<T, T> {
  const params: ValueParams = { dudao: 'value', describe };
  // abort: false (z.custom aborts by default) lets the refinements of enclosing objects still run,
  // so that one parse reports every problem of a document.
  return z.custom<T>(accept, { params, abort: false, error: (issue) => describe(issue.input).message });
}

/**
 * Records a broken cross-field rule (跨字段规则) inside a zod `superRefine`, with a stable code and messages
 * in both languages. `path` is relative to the schema the refinement is attached to.
 *
 * @category Schemas
 * @param ctx - the refinement context zod passes to `superRefine`
 * @param path - where the problem is, relative to the refined value
 * @param problem - the rule's code and its English and Chinese messages
 * @example
 * ```ts
 * const rangeSchema = z.object({ min: z.number(), max: z.number() }).superRefine((value, ctx) => {
 *   if (value.min > value.max) {
 *     addDudaoIssue(ctx, ['max'], { code: 'invalid-range', message: 'must be ≥ min', messageZh: '必须不小于 min' });
 *   }
 * });
 * ```
 */
export function addDudaoIssue(
  ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void },
  path: FieldPath,
  problem: BilingualProblem,
): void {
  const params: RuleParams = { dudao: 'rule', code: problem.code, messageZh: problem.messageZh };
  ctx.addIssue({ code: 'custom', path: [...path], message: problem.message, params });
}

/**
 * Validates (校验) `input` with a zod schema and returns the parsed data, or throws a {@link DudaoError}
 * listing every problem found (not only the first), each with a stable code, its path from the
 * root and an English and a Chinese message. The input is never mutated.
 *
 * Codes: `required` (missing field), `invalid-type`, `invalid-enum`, `invalid-value`,
 * `unknown-key` (one issue per unknown field, with a suggestion when a known field is close),
 * `too-small`, `too-big`, `not-integer`, `negative`, `not-finite`, `not-a-number`,
 * `schema-version`, `invalid-shape` (no alternative of a union matched), and the codes of
 * dudao's own rules (`duplicate-id`, `stage-not-allowed`, …).
 *
 * @category Schemas
 * @param schema - any zod schema (dudao's or your own)
 * @param input - untrusted data, for example the result of `JSON.parse`
 * @param rootPath - prefix for every issue path, when `input` sits inside a larger document
 * @returns the parsed data
 * @throws {@link DudaoError} when the input does not satisfy the schema
 * @example
 * ```ts
 * parseWithSchema(teacherCountsSchema, { fullTime: 48, pe: 3 }); //=> { fullTime: 48, pe: 3 }
 * parseWithSchema(teacherCountsSchema, { fullTime: 48.5 }, ['teachers']);
 * //=> throws DudaoError { code: 'not-integer', path: ['teachers', 'fullTime'], messageZh: '必须是整数（实际为 48.5）' }
 * ```
 */
export function parseWithSchema<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  rootPath: FieldPath = [],
): z.output<S> {
  const result = safeParseWithSchema(schema, input, rootPath);
  if (result.success) return result.data;
  throw result.error;
}

/**
 * Validates (校验) like {@link parseWithSchema}, but returns `{ success: true, data }` or
 * `{ success: false, error }` instead of throwing.
 *
 * @category Schemas
 * @param schema - any zod schema
 * @param input - untrusted data
 * @param rootPath - prefix for every issue path
 * @returns the parsed data or the {@link DudaoError} listing every issue
 * @example
 * ```ts
 * const result = safeParseWithSchema(teacherCountsSchema, { pe: -3 });
 * if (!result.success) result.error.issues[0]?.code; //=> 'negative'
 * ```
 */
export function safeParseWithSchema<S extends z.core.$ZodType>(
  schema: S,
  input: unknown,
  rootPath: FieldPath = [],
): SafeResult<z.output<S>> {
  // A wrong schema or root path is the caller's mistake, thrown (as by every function), not a
  // problem of the input, returned.
  if (typeof (schema as { safeParse?: unknown } | null)?.safeParse !== 'function') {
    wrongKind(schema, ['schema'], { en: 'a zod schema', zh: 'zod 模式' });
  }
  pathOf(rootPath, ['rootPath']);
  // A per-parse error map (never z.config) keeps messages English whatever the application set
  // globally; reportInput keeps each rejected value so the zh-CN message can be built from it.
  // Called as a method (classic and mini schemas both have it), so a schema's own safeParse runs.
  const parser = schema as unknown as z.ZodMiniType<z.output<S>>;
  const result = parser.safeParse(input, { error: englishError, reportInput: true });
  if (result.success) return { success: true, data: result.data };
  const issues: DudaoIssue[] = [];
  for (const issue of result.error.issues) convertIssue(issue, rootPath, schema, issues);
  const [first, ...rest] = issues;
  if (first === undefined) {
    // Unreachable: a failed parse has at least one issue. Kept so the error is never empty.
    const fallback: DudaoIssue = {
      code: 'invalid',
      path: rootPath,
      message: 'invalid input',
      messageZh: '无效输入',
    };
    return { success: false, error: new DudaoError([fallback]) };
  }
  return { success: false, error: new DudaoError([first, ...rest]) };
}

const englishLocale = /* @__PURE__ */ en();
const chineseLocale = /* @__PURE__ */ zhCN();

function englishError(issue: z.core.$ZodRawIssue): string | undefined {
  return unwrapMessage(englishLocale.localeError(issue));
}

function localeMessages(issue: z.core.$ZodIssue): { message: string; messageZh: string } {
  const raw = issue as unknown as z.core.$ZodRawIssue;
  return {
    message: unwrapMessage(englishLocale.localeError(raw)) ?? issue.message,
    messageZh: unwrapMessage(chineseLocale.localeError(raw)) ?? '无效输入',
  };
}

function unwrapMessage(result: { message: string } | string | undefined | null): string | undefined {
  if (result === undefined || result === null) return undefined;
  return typeof result === 'string' ? result : result.message;
}

type ZodIssueWithExtras = z.core.$ZodIssue & { readonly params?: unknown };

function convertIssue(
  issue: z.core.$ZodIssue,
  prefix: FieldPath,
  root: z.core.$ZodType | undefined,
  out: DudaoIssue[],
): void {
  const relative = issue.path.map((key) => (typeof key === 'symbol' ? String(key) : key));
  const path: FieldPath = [...prefix, ...relative];
  const push = (problem: BilingualProblem, at: FieldPath): void => {
    out.push({ code: problem.code, path: at, message: problem.message, messageZh: problem.messageZh });
  };
  if (issue.code === 'unrecognized_keys') {
    const known = root === undefined ? undefined : objectKeysAt(root, relative);
    for (const key of issue.keys) push(unknownKeyProblem(key, known), [...path, key]);
  } else if (issue.code === 'invalid_key') {
    // A record key that breaks its schema (too long, empty): its own problems, at the key.
    for (const nested of issue.issues) push(problemOf(nested, relative[relative.length - 1]), path);
  } else if (issue.code === 'invalid_union') {
    const branch = closestBranch(issue.errors);
    if (branch === undefined)
      push(unionProblem(root === undefined ? undefined : unionShapesAt(root, relative)), path);
    else for (const nested of branch) convertIssue(nested, path, undefined, out);
  } else {
    push(problemOf(issue, relative[relative.length - 1]), path);
  }
}

function problemOf(issue: z.core.$ZodIssue, lastKey: string | number | undefined): BilingualProblem {
  switch (issue.code) {
    case 'custom': {
      const params = (issue as ZodIssueWithExtras).params;
      if (isValueParams(params)) return issue.input === undefined ? REQUIRED : params.describe(issue.input);
      if (isRuleParams(params))
        return { code: params.code, message: issue.message, messageZh: params.messageZh };
      return { code: 'invalid', message: issue.message, messageZh: '无效输入' };
    }
    case 'invalid_type': {
      if (issue.input === undefined) return REQUIRED;
      if (issue.expected === 'int' && typeof issue.input === 'number' && Number.isFinite(issue.input)) {
        const shown = String(issue.input);
        return {
          code: 'not-integer',
          message: `must be a whole number (got ${shown})`,
          messageZh: `必须是整数（实际为 ${shown}）`,
        };
      }
      return { code: 'invalid-type', ...localeMessages(issue) };
    }
    case 'invalid_value': {
      if (lastKey === 'schemaVersion') return schemaVersionProblem(issue.input, issue.values);
      if (issue.input === undefined) return REQUIRED;
      return { code: issue.values.length > 1 ? 'invalid-enum' : 'invalid-value', ...localeMessages(issue) };
    }
    case 'too_small':
      return { code: 'too-small', ...localeMessages(issue) };
    case 'too_big':
      return { code: 'too-big', ...localeMessages(issue) };
    case 'invalid_format':
      return { code: 'invalid-format', ...localeMessages(issue) };
    case 'not_multiple_of':
      return { code: 'not-multiple-of', ...localeMessages(issue) };
    case 'invalid_element':
      return { code: 'invalid-element', ...localeMessages(issue) };
    case 'unrecognized_keys':
      return { code: 'unknown-key', ...localeMessages(issue) };
    case 'invalid_union':
      return { code: 'invalid-shape', ...localeMessages(issue) };
    case 'invalid_key':
      return { code: 'invalid-value', ...localeMessages(issue) };
    default:
      // Every zod issue code is mapped above, so that DudaoErrorCode stays a closed list; a code
      // a later zod adds is reported as `invalid` until dudao names it.
      issue satisfies never;
      return { code: 'invalid', ...localeMessages(issue as z.core.$ZodIssue) };
  }
}

function unionProblem(shapes: string | undefined): BilingualProblem {
  if (shapes === undefined) {
    return {
      code: 'invalid-shape',
      message: 'does not match any allowed form',
      messageZh: '不符合任何允许的格式',
    };
  }
  return {
    code: 'invalid-shape',
    message: `must have one of these forms: ${shapes}`,
    messageZh: `必须是以下格式之一：${shapes}`,
  };
}

const REQUIRED: BilingualProblem = {
  code: 'required',
  message: 'is required but missing',
  messageZh: '缺少必填项',
};

function isValueParams(params: unknown): params is ValueParams {
  return (
    typeof params === 'object' &&
    params !== null &&
    (params as { dudao?: unknown }).dudao === 'value' &&
    typeof (params as { describe?: unknown }).describe === 'function'
  );
}

function isRuleParams(params: unknown): params is RuleParams {
  return (
    typeof params === 'object' &&
    params !== null &&
    (params as { dudao?: unknown }).dudao === 'rule' &&
    typeof (params as { code?: unknown }).code === 'string' &&
    typeof (params as { messageZh?: unknown }).messageZh === 'string'
  );
}

function schemaVersionProblem(input: unknown, values: readonly unknown[]): BilingualProblem {
  const expected = values.map((v) => String(v)).join(' or ');
  if (input === undefined) {
    return {
      code: 'schema-version',
      message: `schemaVersion is missing (this version of dudao reads schemaVersion ${expected})`,
      messageZh: `缺少 schemaVersion（本版本 dudao 读取 schemaVersion ${expected}）`,
    };
  }
  const shown = showValue(input);
  return {
    code: 'schema-version',
    message: `unsupported schemaVersion ${shown} (this version of dudao reads schemaVersion ${expected})`,
    messageZh: `不支持的 schemaVersion ${shown}（本版本 dudao 读取 schemaVersion ${expected}）`,
  };
}

function unknownKeyProblem(key: string, known: readonly string[] | undefined): BilingualProblem {
  // A key far longer than any field name is no typo of one (and edit distance grows with length).
  const suggestion = known === undefined || key.length > 100 ? undefined : closestKey(key, known);
  const shown = JSON.stringify(key.length > 40 ? `${key.slice(0, 40)}…` : key);
  if (suggestion === undefined) {
    return { code: 'unknown-key', message: `unknown field ${shown}`, messageZh: `未知字段 ${shown}` };
  }
  const hint = JSON.stringify(suggestion);
  return {
    code: 'unknown-key',
    message: `unknown field ${shown} (did you mean ${hint}?)`,
    messageZh: `未知字段 ${shown}（是否应为 ${hint}？）`,
  };
}

// Shows a rejected value exactly as it was given (strings quoted and shortened), so a message
// never shows a different number from the input.
function showValue(input: unknown): string {
  if (typeof input === 'string') {
    return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  }
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint')
    return String(input);
  if (input === null) return 'null';
  if (input === undefined) return 'undefined';
  if (Array.isArray(input)) return 'an array';
  return typeof input === 'object' ? 'an object' : typeof input;
}

// When no alternative of a union matched, the one with the fewest problems is most likely what
// the author meant (`{ "numerator": 61 }` lacks a denominator; it is not a malformed `{ value }`).
function closestBranch(
  branches: readonly (readonly z.core.$ZodIssue[])[],
): readonly z.core.$ZodIssue[] | undefined {
  let best: readonly z.core.$ZodIssue[] | undefined;
  let tie = false;
  for (const branch of branches) {
    if (best === undefined || branch.length < best.length) {
      best = branch;
      tie = false;
    } else if (branch.length === best.length) {
      tie = true;
    }
  }
  return tie ? undefined : best;
}

type AnyDef = { readonly type: string } & Record<string, unknown>;

function defOf(schema: unknown): AnyDef | undefined {
  const zod = (schema as { _zod?: { def?: AnyDef } } | undefined)?._zod;
  return zod?.def;
}

function unwrapSchema(schema: unknown): unknown {
  let current = schema;
  for (let depth = 0; depth < 16; depth++) {
    const def = defOf(current);
    if (def === undefined) return current;
    if (
      ['optional', 'nullable', 'default', 'prefault', 'readonly', 'nonoptional', 'catch'].includes(def.type)
    ) {
      current = def.innerType;
    } else if (def.type === 'pipe') {
      // A pipe from an unknown is a check in front of the schema proper (e.g. the ledger's refusal of
      // an own `__proto__` key): its fields are those of what it pipes to.
      current = defOf(def.in)?.type === 'unknown' ? def.out : def.in;
    } else {
      return current;
    }
  }
  return current;
}

// Finds the sub-schema at a data path, through objects, arrays and records, so an unknown-key
// message can suggest the field the author probably meant.
function schemaAt(root: unknown, path: readonly (string | number)[]): unknown {
  let current = unwrapSchema(root);
  for (const key of path) {
    const def = defOf(current);
    if (def === undefined) return undefined;
    if (def.type === 'object') current = (def.shape as Record<string, unknown>)[String(key)];
    else if (def.type === 'array') current = def.element;
    else if (def.type === 'record') current = def.valueType;
    else return undefined;
    if (current === undefined) return undefined;
    current = unwrapSchema(current);
  }
  return current;
}

function objectKeysAt(root: unknown, path: readonly (string | number)[]): string[] | undefined {
  const def = defOf(schemaAt(root, path));
  return def?.type === 'object' ? Object.keys(def.shape as object) : undefined;
}

function unionShapesAt(root: unknown, path: readonly (string | number)[]): string | undefined {
  const def = defOf(schemaAt(root, path));
  if (def?.type !== 'union') return undefined;
  const shapes: string[] = [];
  for (const option of def.options as unknown[]) {
    const optionDef = defOf(unwrapSchema(option));
    if (optionDef?.type !== 'object') return undefined;
    const shape = optionDef.shape as Record<string, unknown>;
    const keys = Object.keys(shape).map((k) => (defOf(shape[k])?.type === 'optional' ? `${k}?` : k));
    shapes.push(`{ ${keys.join(', ')} }`);
  }
  return shapes.join(' | ');
}

function closestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.floor(key.length / 3)) + 1;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
