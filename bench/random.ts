/**
 * A small deterministic pseudo-random generator for benchmarks and generated test data, so that
 * every run measures the same inputs. Not for anything that needs real randomness.
 * @module
 */

/** A seeded source of uniform numbers in [0, 1) and the skewed helpers built on it. */
export interface Random {
  /** A uniform number in [0, 1). */
  next(): number;
  /** A uniform integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** A standard normal number (Box–Muller). */
  normal(): number;
  /** A log-normal number with the given median and spread (σ of the logarithm). */
  logNormal(median: number, sigma: number): number;
  /** One of the items, uniformly. */
  pick<T>(items: readonly T[]): T;
}

/**
 * mulberry32: a 32-bit generator, tiny, fast and good enough for benchmark data.
 * @param seed - any integer; equal seeds give equal sequences
 */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = (): number => {
    const u = 1 - next(); // (0, 1], so the logarithm is finite
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    normal,
    logNormal: (median, sigma) => median * Math.exp(sigma * normal()),
    pick: (items) => {
      const item = items[Math.floor(next() * items.length)];
      if (item === undefined) throw new RangeError('pick: no items');
      return item;
    },
  };
}

/**
 * A school's enrolment: right-skewed like real counties (many small village schools, a few
 * large town schools), median about 380, clamped to [8, 4500].
 * @param random - the generator
 */
export function schoolEnrolment(random: Random): number {
  return Math.min(4500, Math.max(8, Math.round(random.logNormal(380, 0.9))));
}

/**
 * A school's stock of some resource for its enrolment (books, m², computers): about `perPupil`
 * per pupil, with a log-normal spread between schools.
 * @param random - the generator
 * @param pupils - the school's enrolment
 * @param perPupil - the typical amount per pupil
 * @param sigma - spread between schools (σ of the logarithm)
 */
export function schoolStock(random: Random, pupils: number, perPupil: number, sigma = 0.45): number {
  return Math.max(0, Math.round(pupils * random.logNormal(perPupil, sigma)));
}
