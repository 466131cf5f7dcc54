/**
 * A tiny seeded pseudo-random generator for the bundled sample city (示例数据): the sample is
 * generated in code, and a fixed seed makes it the same on every machine and in every run. The
 * generator is mulberry32 (a 32-bit state advanced by a Weyl step and mixed by two multiplications),
 * written here from its published description; it is fast, small and good enough to jitter
 * figures, and it is not for anything that needs real randomness. Internal to `src/sample/`.
 * @module
 */

/**
 * A seeded source of numbers. Every call advances the state, so the order of calls is part of the
 * sample's definition: add new draws at the end of a builder, never in the middle.
 *
 * @category Sample data
 * @example
 * ```ts
 * const random = createRandom(2025);
 * random.int(10, 20); //=> a whole number from 10 to 20, the same on every run
 * ```
 */
export interface Random {
  /** The next number in [0, 1). */
  readonly next: () => number;
  /** A whole number from `min` to `max`, both included. */
  readonly int: (min: number, max: number) => number;
  /** A number in [`min`, `max`). */
  readonly between: (min: number, max: number) => number;
  /** One item of a non-empty list. */
  readonly pick: <T>(items: readonly T[]) => T;
}

/**
 * Creates a generator from a 32-bit seed (mulberry32).
 *
 * @category Sample data
 * @param seed - any integer; only its low 32 bits count
 * @returns the generator
 * @example
 * ```ts
 * const a = createRandom(7);
 * const b = createRandom(7);
 * a.next() === b.next(); //=> true
 * ```
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}
