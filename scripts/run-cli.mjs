// `npm run demo` and `npm run cli -- <command> …`: bundles the command line from src/cli/main.ts
// with esbuild (under a second, no `npm run build` needed) into .cli/dudao.mjs and runs it with the
// given arguments, so a fresh clone runs `npm ci && npm run demo` straight away.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, '.cli', 'dudao.mjs');

await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
});

const child = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
if (child.error) throw child.error;
process.exit(child.status ?? 1);
