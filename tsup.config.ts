import { defineConfig } from 'tsup';

// ESM keeps one file per source module (splitting), so a bundler honouring
// `sideEffects: false` drops whole modules a user does not import (zod stays out
// of `import { coefficientOfVariation } from 'dudao'`). CJS ships one file.
export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    platform: 'neutral',
    splitting: true,
    treeshake: false,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    sourcemap: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
