/**
 * Pinned demo: the Markdown `dudao demo` prints for the bundled sample city, in Chinese and
 * English, kept as readable files under `__snapshots__/`. Any change to an assessment, a gap plan,
 * the ledger figures or the city report of the sample shows up as a reviewable diff;
 * `vitest -u` rewrites them.
 */
import { describe, expect, it } from 'vitest';
import { renderDemo } from '../../src/cli/commands/demo.js';

describe('the demo report of the sample city', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`Markdown (${lang})`, async () => {
      await expect(renderDemo('md', lang)).toMatchFileSnapshot(`__snapshots__/demo.${lang}.md`);
    });
  }
});
