/**
 * A fast acceptance check (快速校验) derived from a zod schema: `compileAcceptor(schema)` returns a
 * predicate that answers `true` only when zod would accept the input and return a value equal to
 * it (no transform, no stripped key, no default). Anything the predicate does not understand,
 * and every input it cannot vouch for, answers `false`, and the caller then parses with zod,
 * which reports the problems with their paths. The schema stays the one contract: the predicate
 * is built from its definition (`_zod.def`), and dudao's cross-field rules run as they are, from
 * the table that {@link refineWith} fills when a schema is defined.
 *
 * Why: zod copies every object and array it parses and allocates a result per field, which on a
 * national dataset costs more than reading the JSON. A valid document, the common case, needs
 * none of that: the predicate walks it once and allocates nothing.
 *
 * Understood: strict and plain objects (no unknown key either way, own enumerable keys only),
 * arrays with length checks, records with string keys, unions, optional, `z.custom` (dudao's
 * value schemas), strings with length checks, enums, literals, booleans, and numbers with the
 * safe-integer format and inclusive or exclusive bounds. Objects must be plain (`Object.prototype`
 * or no prototype), as `JSON.parse` makes them.
 * @module
 */
import { z } from 'zod';

/**
 * The signature of a cross-field rule as dudao writes it: it reads the value defensively and
 * reports problems through `ctx.addIssue`.
 */
type Rule = (value: never, ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void }) => void;

// The rules attached by refineWith, per schema it returned (the base schema's rules first). Filled
// when modules define their schemas and never changed afterwards: a table, not state.
const rulesOf = new WeakMap<object, readonly Rule[]>();

// Refinements that must run even when a sibling field already failed, so that one parse reports
// every problem of a document. The rules read the value defensively.
const ALWAYS = { when: (): boolean => true };

/**
 * Attaches a cross-field rule (跨字段规则) to a schema with zod's `superRefine`, run even when a
 * field of the value already failed (so one parse reports every problem), and records the rule
 * so that {@link compileAcceptor} can run it too.
 *
 * @param schema - the schema to refine
 * @param rule - reads the value defensively, reports with `addDudaoIssue(ctx, …)`; it must let
 *   what `ctx.addIssue` throws pass (the fast check stops a rule at its first problem that way)
 * @returns the refined schema
 * @example
 * ```ts
 * const rangeSchema = refineWith(z.strictObject({ min: z.number(), max: z.number() }), (value, ctx) => {
 *   if (value.min > value.max) addDudaoIssue(ctx, ['max'], { code: 'min-above-max', message: 'must be ≥ min', messageZh: '必须不小于 min' });
 * });
 * ```
 */
export function refineWith<S extends z.ZodType>(
  schema: S,
  rule: (value: z.output<S>, ctx: { addIssue(issue: z.core.$ZodSuperRefineIssue): void }) => void,
): S {
  const refined = schema.superRefine(rule, ALWAYS) as unknown as S;
  rulesOf.set(refined, [...(rulesOf.get(schema) ?? []), rule as Rule]);
  return refined;
}

/**
 * A predicate that vouches for valid input: `true` means zod accepts it and returns an equal value.
 */
export type Acceptor = (input: unknown) => boolean;

type Def = { readonly type: string; readonly checks?: readonly unknown[] } & Readonly<
  Record<string, unknown>
>;
type Check = { readonly check?: unknown } & Readonly<Record<string, unknown>>;

const NEVER: Acceptor = () => false;

function defOf(schema: unknown): Def | undefined {
  const def = (schema as { _zod?: { def?: unknown } } | null | undefined)?._zod?.def;
  return typeof def === 'object' && def !== null && typeof (def as { type?: unknown }).type === 'string'
    ? (def as Def)
    : undefined;
}

function checkDefs(def: Def): Check[] | undefined {
  const checks: Check[] = [];
  for (const check of def.checks ?? []) {
    const checkDef = (check as { _zod?: { def?: unknown } } | null)?._zod?.def;
    if (typeof checkDef !== 'object' || checkDef === null) return undefined;
    checks.push(checkDef as Check);
  }
  return checks;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

// Length checks shared by strings and arrays; undefined when a check is not one of them.
function lengthBounds(checks: readonly Check[]): { min: number; max: number } | undefined {
  let min = 0;
  let max = Number.POSITIVE_INFINITY;
  for (const check of checks) {
    if (check.check === 'min_length' && typeof check.minimum === 'number') min = Math.max(min, check.minimum);
    else if (check.check === 'max_length' && typeof check.maximum === 'number')
      max = Math.min(max, check.maximum);
    else if (check.check === 'length_equals' && typeof check.length === 'number') {
      min = Math.max(min, check.length);
      max = Math.min(max, check.length);
    } else return undefined;
  }
  return { min, max };
}

// The dudao rules recorded for a schema whose only checks they are; undefined otherwise.
function rulesFor(schema: unknown, def: Def): readonly Rule[] | undefined {
  const count = def.checks?.length ?? 0;
  if (count === 0) return [];
  const rules = typeof schema === 'object' && schema !== null ? rulesOf.get(schema) : undefined;
  return rules !== undefined && rules.length === count ? rules : undefined;
}

// A broken rule stops at its first problem: its context throws this marker (a constant, so a valid
// document allocates nothing here and no state is kept).
const BROKEN: unique symbol = Symbol('broken rule');
const STOP_AT_FIRST_PROBLEM = {
  addIssue(): never {
    throw BROKEN;
  },
};

function passesRules(rules: readonly Rule[], value: unknown): boolean {
  try {
    for (const rule of rules) rule(value as never, STOP_AT_FIRST_PROBLEM);
  } catch (error) {
    if (error === BROKEN) return false;
    throw error;
  }
  return true;
}

// What an object node needs, once its definition is understood: its keys, their schemas and the
// dudao rules on it. Undefined when the fast check cannot vouch for it (the closures and the
// generated code share this decision).
interface ObjectNode {
  readonly keys: readonly string[];
  readonly shape: Readonly<Record<string, unknown>>;
  readonly rules: readonly Rule[];
}

function objectNode(schema: unknown, def: Def): ObjectNode | undefined {
  const rules = rulesFor(schema, def);
  const shape = def.shape;
  if (rules === undefined || typeof shape !== 'object' || shape === null) return undefined;
  // A catchall other than `never` (strictObject) or none (object, which strips unknown keys) could
  // accept and change extra keys; unknown keys are refused either way.
  if (def.catchall !== undefined && defOf(def.catchall)?.type !== 'never') return undefined;
  const keys = Object.keys(shape);
  if (keys.includes('__proto__') || Object.getOwnPropertySymbols(shape).length > 0) return undefined;
  return { keys, shape: shape as Readonly<Record<string, unknown>>, rules };
}

// An array node: its length bounds and dudao rules (its checks are either all dudao rules or all
// length checks).
interface ArrayNode {
  readonly min: number;
  readonly max: number;
  readonly rules: readonly Rule[];
}

function arrayNode(schema: unknown, def: Def): ArrayNode | undefined {
  const rules = rulesFor(schema, def);
  if (rules !== undefined) return { min: 0, max: Number.POSITIVE_INFINITY, rules };
  const checks = checkDefs(def);
  const bounds = checks && lengthBounds(checks);
  return bounds && { ...bounds, rules: [] };
}

function objectAcceptor(schema: unknown, def: Def, depth: number): Acceptor {
  const node = objectNode(schema, def);
  if (node === undefined) return NEVER;
  const { keys, shape, rules } = node;
  const fields = keys.map((key) => ({ key, accept: build(shape[key], depth + 1) }));
  const known = new Set(keys);
  return (input) => {
    if (!isPlainObject(input)) return false;
    for (const key in input) if (!known.has(key)) return false;
    for (const field of fields) if (!field.accept(input[field.key])) return false;
    return rules.length === 0 || passesRules(rules, input);
  };
}

function arrayAcceptor(schema: unknown, def: Def, depth: number): Acceptor {
  const node = arrayNode(schema, def);
  if (node === undefined) return NEVER;
  const { min, max, rules } = node;
  const accept = build(def.element, depth + 1);
  return (input) => {
    if (!Array.isArray(input) || input.length < min || input.length > max) return false;
    for (let index = 0; index < input.length; index++) if (!accept(input[index])) return false;
    return rules.length === 0 || passesRules(rules, input);
  };
}

function recordAcceptor(def: Def, depth: number): Acceptor {
  if (defOf(def.keyType)?.type !== 'string' || (def.checks?.length ?? 0) > 0) return NEVER;
  const acceptKey = build(def.keyType, depth + 1);
  const acceptValue = build(def.valueType, depth + 1);
  return (input) => {
    if (!isPlainObject(input)) return false;
    if (Object.getOwnPropertySymbols(input).length > 0) return false;
    for (const key in input) {
      // zod drops a `__proto__` key and skips non-enumerable ones: refuse both, and inherited keys.
      if (key === '__proto__' || !Object.hasOwn(input, key)) return false;
      if (!acceptKey(key) || !acceptValue(input[key])) return false;
    }
    return Object.keys(input).length === Object.getOwnPropertyNames(input).length;
  };
}

function numberAcceptor(def: Def): Acceptor {
  const checks = checkDefs(def);
  if (checks === undefined || def.coerce === true) return NEVER;
  if (def.format !== undefined && def.format !== 'safeint') return NEVER;
  const integer = def.format === 'safeint';
  let low = Number.NEGATIVE_INFINITY;
  let high = Number.POSITIVE_INFINITY;
  let lowInclusive = true;
  let highInclusive = true;
  for (const check of checks) {
    if (typeof check.value !== 'number' || typeof check.inclusive !== 'boolean') return NEVER;
    if (check.check === 'greater_than') {
      low = check.value;
      lowInclusive = check.inclusive;
    } else if (check.check === 'less_than') {
      high = check.value;
      highInclusive = check.inclusive;
    } else return NEVER;
  }
  return (input) =>
    typeof input === 'number' &&
    Number.isFinite(input) &&
    (!integer || Number.isSafeInteger(input)) &&
    (lowInclusive ? input >= low : input > low) &&
    (highInclusive ? input <= high : input < high);
}

function build(schema: unknown, depth: number): Acceptor {
  const def = defOf(schema);
  if (def === undefined || depth > 32) return NEVER;
  switch (def.type) {
    case 'object':
      return objectAcceptor(schema, def, depth);
    case 'array':
      return arrayAcceptor(schema, def, depth);
    case 'record':
      return recordAcceptor(def, depth);
    case 'optional': {
      if ((def.checks?.length ?? 0) > 0) return NEVER;
      const inner = build(def.innerType, depth + 1);
      return (input) => input === undefined || inner(input);
    }
    case 'union': {
      // Plain unions only: z.xor (exclusive) and discriminated unions carry more in their definition.
      if (Object.keys(def).some((key) => key !== 'type' && key !== 'options')) return NEVER;
      if (!Array.isArray(def.options)) return NEVER;
      const options = def.options.map((option: unknown) => build(option, depth + 1));
      return (input) => options.some((accept) => accept(input));
    }
    case 'custom': {
      const accept = def.fn;
      if (typeof accept !== 'function' || (def.checks?.length ?? 0) > 0) return NEVER;
      return (input) => accept(input) === true;
    }
    case 'string': {
      // A string format (z.email(), z.uuid(), …) is a check carried by the definition itself.
      if (def.coerce === true || def.format !== undefined || def.check !== undefined) return NEVER;
      const checks = checkDefs(def);
      const bounds = checks && lengthBounds(checks);
      if (bounds === undefined) return NEVER;
      return (input) => typeof input === 'string' && input.length >= bounds.min && input.length <= bounds.max;
    }
    case 'enum': {
      if ((def.checks?.length ?? 0) > 0 || typeof def.entries !== 'object' || def.entries === null)
        return NEVER;
      const values = new Set(Object.values(def.entries));
      return (input) => (typeof input === 'string' || typeof input === 'number') && values.has(input);
    }
    case 'literal': {
      if ((def.checks?.length ?? 0) > 0 || !Array.isArray(def.values)) return NEVER;
      const values = new Set<unknown>(def.values);
      return (input) => values.has(input);
    }
    case 'boolean':
      return (def.checks?.length ?? 0) > 0 || def.coerce === true
        ? NEVER
        : (input) => typeof input === 'boolean';
    case 'number':
      return numberAcceptor(def);
    default:
      return NEVER;
  }
}

// ── Generated code ──────────────────────────────────────────────────────────────────────────
// Where the environment allows `new Function` (zod's own probe, which honours
// `z.config({ jitless: true })` for pages with a strict Content-Security-Policy), the predicate of
// every object and array is generated as straight-line code: property reads with inline caches and
// a `switch` over the known keys, instead of closures called through arrays. It decides exactly as
// the closures above (the tests run both); any node it does not generate calls its closure.

interface Generation {
  readonly lines: string[];
  /** Closures, Sets and rule lists the generated code refers to by index. */
  readonly refs: unknown[];
  count: number;
}

function ref(g: Generation, value: unknown): string {
  g.refs.push(value);
  return `r[${g.refs.length - 1}]`;
}

// A boolean expression that is true when `value` (a variable name) passes the schema. Objects,
// arrays and optional wrap generated code; every other node calls its closure (one definition of
// each value rule).
function expression(schema: unknown, value: string, g: Generation, depth: number): string {
  const def = defOf(schema);
  if (def === undefined || depth > 32) return 'false';
  if (def.type === 'object' || def.type === 'array') {
    const name =
      def.type === 'object' ? objectFunction(schema, def, g, depth) : arrayFunction(schema, def, g, depth);
    return name === undefined ? 'false' : `${name}(${value})`;
  }
  if (def.type === 'optional' && (def.checks?.length ?? 0) === 0) {
    return `(${value} === undefined || ${expression(def.innerType, value, g, depth + 1)})`;
  }
  const accept = build(schema, depth);
  return accept === NEVER ? 'false' : `${ref(g, accept)}(${value})`;
}

function objectFunction(schema: unknown, def: Def, g: Generation, depth: number): string | undefined {
  const node = objectNode(schema, def);
  if (node === undefined) return undefined;
  const { keys, shape, rules } = node;
  const name = `f${g.count++}`;
  const body: string[] = [
    `function ${name}(x) {`,
    '  if (typeof x !== "object" || x === null) return false;',
    '  const p = getPrototypeOf(x);',
    '  if (p !== objectPrototype && p !== null) return false;',
  ];
  if (keys.length === 0) body.push('  for (const k in x) return false;');
  else {
    body.push('  for (const k in x) {', '    switch (k) {');
    for (const key of keys) body.push(`      case ${JSON.stringify(key)}:`);
    body.push('        continue;', '      default:', '        return false;', '    }', '  }');
  }
  keys.forEach((key, i) => {
    body.push(`  const v${i} = x[${JSON.stringify(key)}];`);
    body.push(`  if (!(${expression(shape[key], `v${i}`, g, depth + 1)})) return false;`);
  });
  body.push(rules.length === 0 ? '  return true;' : `  return passesRules(${ref(g, rules)}, x);`, '}');
  g.lines.push(body.join('\n'));
  return name;
}

function arrayFunction(schema: unknown, def: Def, g: Generation, depth: number): string | undefined {
  const node = arrayNode(schema, def);
  if (node === undefined) return undefined;
  const name = `f${g.count++}`;
  const max = node.max === Number.POSITIVE_INFINITY ? '' : ` || x.length > ${node.max}`;
  const element = expression(def.element, 'v', g, depth + 1);
  g.lines.push(
    [
      `function ${name}(x) {`,
      `  if (!isArray(x) || x.length < ${node.min}${max}) return false;`,
      '  for (let i = 0; i < x.length; i++) {',
      '    const v = x[i];',
      `    if (!(${element})) return false;`,
      '  }',
      node.rules.length === 0 ? '  return true;' : `  return passesRules(${ref(g, node.rules)}, x);`,
      '}',
    ].join('\n'),
  );
  return name;
}

function generate(schema: unknown): Acceptor | undefined {
  const g: Generation = { lines: [], refs: [], count: 0 };
  const root = expression(schema, 'input', g, 0);
  const source = `"use strict";\n${g.lines.join('\n')}\nreturn (input) => ${root};`;
  try {
    const factory = new Function(
      'r',
      'passesRules',
      'getPrototypeOf',
      'objectPrototype',
      'isArray',
      source,
    ) as (...args: unknown[]) => Acceptor;
    return factory(g.refs, passesRules, Object.getPrototypeOf, Object.prototype, Array.isArray);
  } catch {
    return undefined;
  }
}

/**
 * Options of {@link compileAcceptor}.
 */
export interface AcceptorOptions {
  /**
   * Generate code for objects and arrays (faster on large documents). Defaults to what zod
   * decides for its own parsers: on where `new Function` is allowed and `z.config({ jitless })`
   * is not set.
   */
  readonly jit?: boolean;
}

/**
 * Builds the fast acceptance check of a schema (see the module comment). The predicate allocates
 * nothing for valid input and never throws for any input a dudao rule reads defensively.
 *
 * @param schema - a zod schema
 * @param options - `{ jit }`: whether to generate code (see {@link AcceptorOptions})
 * @returns a predicate: `true` only when zod accepts the input and returns a value equal to it
 * @example
 * ```ts
 * const accept = compileAcceptor(z.strictObject({ id: z.string().min(1) }));
 * accept({ id: 's01' }); //=> true
 * accept({ id: 's01', extra: 1 }); //=> false (zod reports the unknown key)
 * ```
 */
export function compileAcceptor(schema: z.ZodType, options: AcceptorOptions = {}): Acceptor {
  const jit = options.jit ?? (z.core.globalConfig.jitless !== true && z.core.util.allowsEval.value);
  return (jit ? generate(schema) : undefined) ?? build(schema, 0);
}
