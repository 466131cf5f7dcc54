// Types of scripts/api-report.mjs, for the test that imports it.

/** One exported name and its kind (`function`, `class`, `const`, `interface`, `type`, …). */
export interface ApiEntry {
  readonly name: string;
  readonly kind: string;
}

/** The exports of the public entry, each list sorted by name. */
export interface ApiExports {
  readonly runtime: readonly ApiEntry[];
  readonly types: readonly ApiEntry[];
}

export const reportFile: string;
export function apiExports(entry?: string): ApiExports;
export function renderApiReport(api?: ApiExports): string;
