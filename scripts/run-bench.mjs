// `npm run bench`: bundles bench/index.ts with esbuild (TypeScript, our src imported directly)
// into .bench/index.mjs and runs it with --expose-gc so benches can collect between tasks.
// Arguments are passed through: `npm run bench -- variation` runs only benches whose name
// contains "variation".
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.bench', 'index.mjs');

await build({
  entryPoints: [join(root, 'bench', 'index.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});

const child = spawnSync(process.execPath, ['--expose-gc', outfile, ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (child.error) throw child.error;
process.exit(child.status ?? 1);
