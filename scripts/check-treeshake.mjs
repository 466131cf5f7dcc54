// Tree-shaking and bundle-size check: bundles the built package as a user's bundler would (esbuild,
// platform browser, minified) and fails when a bundle pulls in what it must not, or when its gzip
// size is above the goal (issue #16: assessCompulsory with its schema ≤ 60 KiB gzip,
// coefficientOfVariation alone ≤ 20 KiB gzip). Prints the minified and gzip size of each bundle,
// and what share of it zod and decimal.js are.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

// The ESM entry a bundler picks for `import … from 'dudao'`, read from the exports map.
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const entry = resolve(pkg.exports['.'].import.default);

const KIB = 1024;

// `input` is tested against the paths of the modules in the bundle (esbuild's metafile), `pattern`
// against the bundled code.
const classicZod = {
  what: "zod's classic API (dudao's schemas use zod/mini)",
  input: /node_modules\/zod\/v4\/classic\//,
};
const otherLocales = {
  what: 'zod locales other than en and zh-CN',
  input: /node_modules\/zod\/v4\/locales\/(?!en\.js$|zh-CN\.js$)/,
};
const anyZod = { what: 'zod', input: /node_modules\/zod\// };
const dateFns = { what: 'date-fns', input: /node_modules\/date-fns\// };
// The Word writer, loaded only by renderSupervisionOpinionDocx.
const docx = { what: 'docx', input: /node_modules\/docx\// };
// The metric registry (its ids) and the built-in indicator sets (their ids).
const metricRegistry = { what: 'the metric registry', pattern: /qualified-teachers-per-100/ };
const indicatorData = { what: 'indicator data', pattern: /compulsory-quality-2017|preschool-2020-henan/ };

const cases = [
  {
    name: 'coefficientOfVariation',
    source:
      "import { coefficientOfVariation } from 'dudao';\nconsole.log(coefficientOfVariation([1, 3], [1, 1]));\n",
    maxGzipKiB: 20,
    forbidden: [anyZod, metricRegistry, indicatorData, dateFns, docx],
  },
  {
    name: 'assessCompulsory, compulsoryDatasetSchema',
    source:
      "import { assessCompulsory, compulsoryDatasetSchema } from 'dudao';\nconsole.log(assessCompulsory, compulsoryDatasetSchema);\n",
    maxGzipKiB: 60,
    forbidden: [classicZod, otherLocales, indicatorData, dateFns, docx],
  },
  {
    name: '* as dudao',
    source: "import * as dudao from 'dudao';\nconsole.log(dudao);\n",
    forbidden: [classicZod, otherLocales],
  },
  {
    // The supervision opinion as Markdown: the Word writer (the docx package) is loaded only by
    // renderSupervisionOpinionDocx, so a bundle without it does not carry the package.
    name: 'renderSupervisionOpinionMarkdown',
    source:
      "import { renderSupervisionOpinionMarkdown } from 'dudao';\nconsole.log(renderSupervisionOpinionMarkdown);\n",
    forbidden: [docx],
  },
];

const kib = (bytes) => `${(bytes / KIB).toFixed(1)} KiB`;

let failed = false;
for (const c of cases) {
  const result = await build({
    stdin: { contents: c.source, resolveDir: process.cwd(), sourcefile: 'entry.mjs' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    minify: true,
    metafile: true,
    logLevel: 'silent',
    alias: { dudao: entry },
  });
  const output = result.outputFiles[0];
  const code = output.text;
  const gzip = gzipSync(output.contents).length;
  // Modules that add code (a re-exporting index adds none).
  const inputs = Object.entries(Object.values(result.metafile.outputs)[0].inputs).filter(
    ([, i]) => i.bytesInOutput > 0,
  );
  const share = (re) =>
    inputs.filter(([path]) => re.test(path)).reduce((sum, [, i]) => sum + i.bytesInOutput, 0);
  const found = c.forbidden
    .filter((f) => (f.input ? inputs.some(([path]) => f.input.test(path)) : f.pattern.test(code)))
    .map((f) => f.what);
  const label = `import { ${c.name} } from 'dudao'`.replace('{ * as dudao }', '* as dudao');
  console.log(
    `bundle size: ${label}: ${kib(code.length)} minified, ${kib(gzip)} gzip` +
      ` (zod ${kib(share(/node_modules\/zod\//))}, decimal.js ${kib(share(/node_modules\/decimal\.js\//))} minified)`,
  );
  if (found.length > 0) {
    failed = true;
    console.error(`tree-shaking: ${label} pulls in ${found.join(', ')}`);
  } else {
    console.log(`tree-shaking: ${label} bundles without ${c.forbidden.map((f) => f.what).join(', ')}`);
  }
  if (c.maxGzipKiB !== undefined && gzip > c.maxGzipKiB * KIB) {
    failed = true;
    console.error(`bundle size: ${label} is ${kib(gzip)} gzip, above the goal of ${c.maxGzipKiB} KiB`);
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
