/**
 * Object schemas (对象模式) of zod/mini on the parser that classic zod uses for objects. zod/mini's
 * objects are checked key by key by zod's interpreter; classic zod's by a parser zod generates
 * for each shape, which validates a county about 1.5 times as fast. These constructors build
 * zod/mini objects (`instanceof ZodMiniObject`, with `shape`, working with `extend`, `partial` and
 * every other zod function) on that generated parser, from zod's core (`$ZodObjectJIT`). Where
 * code generation is not allowed (a Content Security Policy without `unsafe-eval`, or
 * `z.config({ jitless: true })`), zod falls back to its interpreter by itself.
 * @module
 */
import * as z from 'zod/mini';
// Named imports from zod's core: `z.core.…` would bundle all of the core, locales included.
import { $constructor, $ZodObjectJIT } from 'zod/v4/core';

// What zod's constructors call on a new instance (declared as an assertion, which TS cannot call
// through a namespace).
interface Initialiser {
  init(inst: object, def: object): void;
}

const ZodMiniObjectJit = /* @__PURE__ */ $constructor(
  'ZodMiniObject',
  (inst: z.ZodMiniObject, def: z.core.$ZodObjectDef) => {
    ($ZodObjectJIT as Initialiser).init(inst, def);
    (z.ZodMiniType as Initialiser).init(inst, def);
    // Read when asked, as zod/mini does: `extend` and `partial` give a shape that is a getter.
    Object.defineProperty(inst, 'shape', { get: () => def.shape, configurable: true });
  },
) as unknown as new (
  def: z.core.$ZodObjectDef,
) => z.ZodMiniObject;

function objectWith(catchall: z.core.$ZodType | undefined) {
  return <T extends z.core.$ZodLooseShape>(shape: T) =>
    new ZodMiniObjectJit(
      catchall === undefined ? { type: 'object', shape } : { type: 'object', shape, catchall },
    );
}

/** `z.strictObject` of zod/mini (unknown keys refused), on the generated parser. */
export const strictObject = /* @__PURE__ */ objectWith(/* @__PURE__ */ z.never()) as unknown as <
  T extends z.core.$ZodLooseShape,
>(
  shape: T,
) => z.ZodMiniObject<T, z.core.$strict>;

/** `z.object` of zod/mini (unknown keys dropped), on the generated parser. */
export const object = /* @__PURE__ */ objectWith(undefined) as unknown as <T extends z.core.$ZodLooseShape>(
  shape: T,
) => z.ZodMiniObject<T, z.core.$strip>;

/** `z.looseObject` of zod/mini (unknown keys kept), on the generated parser. */
export const looseObject = /* @__PURE__ */ objectWith(/* @__PURE__ */ z.unknown()) as unknown as <
  T extends z.core.$ZodLooseShape,
>(
  shape: T,
) => z.ZodMiniObject<T, z.core.$loose>;
