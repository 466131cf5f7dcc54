/**
 * scripts/check-signatures.mjs finds every public signature that shows a large anonymous type,
 * and only those: run on a tiny fixture API with one such signature.
 */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application } from 'typedoc';
import { describe, expect, it } from 'vitest';
import { LIMIT, oversizedTypes } from '../../scripts/check-signatures.mjs';

const fixture = join(
  resolve(dirname(fileURLToPath(import.meta.url)), '..'),
  'fixtures',
  'typedoc-signatures',
);

describe('check-signatures', () => {
  it('reports the large anonymous parameter type and nothing else', async () => {
    const app = await Application.bootstrap({
      entryPoints: [join(fixture, 'index.ts')],
      tsconfig: join(fixture, 'tsconfig.json'),
      logLevel: 'Error',
      plugin: [],
    });
    const project = await app.convert();
    expect(project).toBeDefined();
    if (project === undefined) return;
    const found = oversizedTypes(project);
    expect(found.map(({ signature, position }) => `${signature} ${position}`)).toEqual([
      'index.inline input',
    ]);
    expect(found[0]?.length).toBeGreaterThan(LIMIT);
    // With a limit above it, nothing; with a limit of 10, the small return type too.
    expect(oversizedTypes(project, 1000)).toEqual([]);
    expect(oversizedTypes(project, 10).map(({ signature, position }) => `${signature} ${position}`)).toEqual([
      'index.inline input',
      'index.small returns',
    ]);
  }, 120_000);
});
