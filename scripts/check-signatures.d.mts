// Types of scripts/check-signatures.mjs, for the test that imports it.
import type { Application, ProjectReflection } from 'typedoc';

/** A parameter or return type that shows an anonymous type over the limit. */
export interface OversizedType {
  /** The function or method, e.g. `dudao.assessCompulsory`. */
  readonly signature: string;
  /** The parameter's name, or `returns`. */
  readonly position: string;
  /** Characters of the longest anonymous type in it. */
  readonly length: number;
}

export const LIMIT: number;
export function oversizedTypes(project: ProjectReflection, limit?: number): OversizedType[];
export function load(app: Application): void;
