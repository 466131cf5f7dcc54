// The public API report: every name `import … from 'dudao'` offers, with its kind, sorted, read
// from src/index.ts by the TypeScript compiler. api/dudao.api.md is this report committed, and
// test/api/api-report.test.ts fails when the two differ, so a change to the public surface shows
// in review as a change to that file.
//
//   node scripts/api-report.mjs           prints the report
//   node scripts/api-report.mjs --update  writes api/dudao.api.md (`npm run api:update`)
import { writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the committed report lives, relative to the repository root. */
export const reportFile = 'api/dudao.api.md';

// The declarations behind an exported name: through `export { x } from`, to where x is written.
function resolved(checker, symbol) {
  return symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
}

// `export type { X }` and `export { type X }` export only the type meaning of X, even of a class.
function typeOnly(symbol) {
  return (symbol.declarations ?? []).some(
    (d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly),
  );
}

function valueKind(flags) {
  if (flags & ts.SymbolFlags.Class) return 'class';
  if (flags & ts.SymbolFlags.Function) return 'function';
  if (flags & ts.SymbolFlags.Enum) return 'enum';
  if (flags & ts.SymbolFlags.Variable) return 'const';
  if (flags & ts.SymbolFlags.ValueModule) return 'namespace';
  return undefined;
}

// A class or an enum is also a type, but it is listed once, with the values.
function typeKind(flags) {
  if (flags & ts.SymbolFlags.Interface) return 'interface';
  if (flags & ts.SymbolFlags.TypeAlias) return 'type';
  return undefined;
}

/**
 * The exports of src/index.ts as the compiler sees them: `runtime` are the names a user can
 * import as values (functions, classes, constants), `types` the interfaces and type aliases (a
 * class's or enum's own type is not listed again). Both sorted by name.
 */
export function apiExports(entry = join(root, 'src', 'index.ts')) {
  const program = ts.createProgram([entry], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    skipLibCheck: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source && checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`cannot read the exports of ${entry}`);
  const runtime = [];
  const types = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const name = symbol.getName();
    const flags = resolved(checker, symbol).flags;
    const value = typeOnly(symbol) ? undefined : valueKind(flags);
    const type = typeOnly(symbol) ? (typeKind(flags) ?? valueKind(flags)) : typeKind(flags);
    if (value !== undefined) runtime.push({ name, kind: value });
    if (type !== undefined) types.push({ name, kind: type });
    if (value === undefined && type === undefined) throw new Error(`export ${name}: unknown kind`);
  }
  const byName = (a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  return { runtime: runtime.sort(byName), types: types.sort(byName) };
}

/** The report as Markdown: one line per export, so a diff shows each name added or removed. */
export function renderApiReport(api = apiExports()) {
  const line = (e) => `- \`${e.name}\` ${e.kind}`;
  return [
    '# dudao: public API',
    '',
    'Everything `import … from "dudao"` offers, read from `src/index.ts` by `scripts/api-report.mjs`.',
    '`test/api/api-report.test.ts` fails when this file and `src/index.ts` disagree. Do not edit it by',
    'hand: run `npm run api:update` and review the diff, because a name removed or renamed here is a',
    'breaking change for users.',
    '',
    `## Runtime exports (${api.runtime.length})`,
    '',
    ...api.runtime.map(line),
    '',
    `## Type exports (${api.types.length})`,
    '',
    'Interfaces and type aliases; a class is listed once, above.',
    '',
    ...api.types.map(line),
    '',
  ].join('\n');
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const report = renderApiReport();
  if (process.argv.includes('--update')) {
    writeFileSync(join(root, reportFile), report);
    const api = apiExports();
    console.log(`${reportFile}: ${api.runtime.length} runtime exports, ${api.types.length} type exports`);
  } else {
    process.stdout.write(report);
  }
}
