/**
 * The public API is what src/index.ts exports, and api/dudao.api.md records it: a change to what
 * users can import shows in review as a change to that file, never by accident.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { apiExports, renderApiReport, reportFile } from '../../scripts/api-report.mjs';
import * as dudao from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const entry = join(root, 'src', 'index.ts');
const api = apiExports(entry);

describe('the public API', () => {
  it(`matches ${reportFile}`, () => {
    const committed = readFileSync(join(root, reportFile), 'utf8').replace(/\r\n/g, '\n');
    expect(renderApiReport(api), 'public API changed: run `npm run api:update` and review').toBe(committed);
  });

  it('lists as runtime exports exactly the values the entry module has', () => {
    expect(api.runtime.map((e) => e.name)).toEqual(Object.keys(dudao).sort());
    for (const { name, kind } of api.runtime) {
      const value: unknown = (dudao as Record<string, unknown>)[name];
      if (kind === 'function' || kind === 'class') expect(typeof value, name).toBe('function');
      else expect(value, name).toBeDefined();
    }
  });
});
