// Writes the JSON Schemas of dudao's input documents (scripts/json-schemas.ts) to dist/schemas/,
// which the package exports as `dudao/schemas/<name>.json`. Run by `npm run build` after tsup.
// The generator is TypeScript that imports the zod schemas from src/, so it is bundled with
// esbuild in memory and run from there; nothing of it reaches dist/ but the JSON files.
//
//   node scripts/build-schemas.mjs              writes dist/schemas/*.json
//   node scripts/build-schemas.mjs --out DIR    writes them to DIR instead
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where `npm run build` writes the schemas, relative to the repository root. */
export const schemaDir = 'dist/schemas';

/** The schema files as the build writes them: each file name with its text. */
export async function builtSchemaFiles() {
  const result = await build({
    entryPoints: [join(root, 'scripts', 'json-schemas.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  const generator = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return generator
    .jsonSchemaFiles()
    .map(({ file, schema }) => ({ file, text: generator.schemaFileText(schema) }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const at = process.argv.indexOf('--out');
  const out = resolve(root, at >= 0 ? (process.argv[at + 1] ?? '') : schemaDir);
  const files = await builtSchemaFiles();
  mkdirSync(out, { recursive: true });
  for (const { file, text } of files) writeFileSync(join(out, file), text);
  console.log(`JSON Schemas: ${files.map((f) => f.file).join(', ')} written to ${out}`);
}
