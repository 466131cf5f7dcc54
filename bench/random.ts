/**
 * A small deterministic pseudo-random generator for benchmarks and generated test data, so that
 * every run measures the same inputs. Not for anything that needs real randomness.
 * @module
 */
import { createRandom as createSampleRandom } from '../src/sample/random.js';

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
 * mulberry32 (the sample data's generator, `src/sample/random.ts`), with the skewed helpers the
 * benchmarks need on top. The same seed gives the same sequence as the sample's generator.
 * @param seed - any integer; equal seeds give equal sequences
 */
export function createRandom(seed: number): Random {
  const { next, int } = createSampleRandom(seed);
  const normal = (): number => {
    const u = 1 - next(); // (0, 1], so the logarithm is finite
    const v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  return {
    next,
    int,
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
