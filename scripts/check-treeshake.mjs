// Tree-shaking check: a user who imports only the statistics core must not pay for zod, the
// schemas or the indicator data. Bundles the built package as a user's bundler would.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

// The ESM entry a bundler picks for `import … from 'dudao'`, read from the exports map.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entry = resolve(pkg.exports['.'].import.default);

const cases = [
  {
    name: 'coefficientOfVariation',
    source:
      "import { coefficientOfVariation } from 'dudao';\nconsole.log(coefficientOfVariation([1, 3], [1, 1]));\n",
    forbidden: [
      { what: 'zod', pattern: /zod|ZodError|\$ZodType/ },
      { what: 'indicator data', pattern: /qualified-teachers-per-100/ },
      { what: 'date-fns', pattern: /date-fns|startOfISOWeek/ },
      { what: 'docx', pattern: /["']docx["']|wordprocessingml/ },
    ],
  },
  {
    // The supervision opinion as Markdown: the Word writer (the docx package) is loaded only by
    // renderSupervisionOpinionDocx, so a bundle without it does not carry the package.
    name: 'renderSupervisionOpinionMarkdown',
    source:
      "import { renderSupervisionOpinionMarkdown } from 'dudao';\nconsole.log(renderSupervisionOpinionMarkdown);\n",
    forbidden: [{ what: 'docx', pattern: /["']docx["']|wordprocessingml|new Packer|class Packer/ }],
  },
];

let failed = false;
for (const c of cases) {
  const result = await build({
    stdin: { contents: c.source, resolveDir: process.cwd(), sourcefile: 'entry.mjs' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: false,
    logLevel: 'silent',
    alias: { dudao: entry },
  });
  const code = result.outputFiles[0].text;
  const found = c.forbidden.filter((f) => f.pattern.test(code)).map((f) => f.what);
  const kb = (code.length / 1024).toFixed(1);
  if (found.length > 0) {
    failed = true;
    console.error(`tree-shaking: import { ${c.name} } pulls in ${found.join(', ')} (${kb} KiB)`);
  } else {
    console.log(
      `tree-shaking: import { ${c.name} } from 'dudao' bundles to ${kb} KiB without ${c.forbidden.map((f) => f.what).join(', ')}`,
    );
  }
}
// zod is a peer dependency: the build imports it and never carries a copy of its own.
const zodSource = /\$constructor\(\s*["']\$ZodType["']/;
const builtFiles = readdirSync('dist', { recursive: true })
  .map(String)
  .filter((file) => /\.(?:c?js)$/.test(file));
const withZod = builtFiles.filter((file) => zodSource.test(readFileSync(join('dist', file), 'utf8')));
if (withZod.length > 0) {
  failed = true;
  console.error(`zod is bundled into ${withZod.join(', ')}: it must stay external (a peer dependency)`);
} else {
  console.log(`zod stays external in all ${builtFiles.length} built files`);
}

process.exit(failed ? 1 : 0);
