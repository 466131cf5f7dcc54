/**
 * Runs every TypeScript code block of README.md and docs/*.md, so the guides cannot rot.
 *
 * Each ```ts block is a self-contained module: `from 'dudao'` is rewritten to the source entry,
 * the block is bundled with esbuild (dependencies stay external) into
 * node_modules/.cache/dudao-docs/ and imported. Blocks run with the repository root as working
 * directory, so they may read `examples/…` with `readFileSync`. A line of the form
 * `expr; //=> literal`, where the literal is a single-quoted string, a number, a boolean or null,
 * is asserted (a string containing `…` is elided and not asserted). A block whose first line is
 * `// not run: <reason>` is skipped.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const entry = join(root, 'src', 'index.ts');
const cacheDir = join(root, 'node_modules', '.cache', 'dudao-docs');

interface Block {
  /** The Markdown file, relative to the root. */
  readonly file: string;
  /** The line of the opening fence (1-based). */
  readonly line: number;
  /** The code. */
  readonly code: string;
}

/** Extracts the ```ts (or ```typescript) blocks of a Markdown text. */
function extractBlocks(file: string, text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)(`{3,})\s*(ts|typescript)\s*$/.exec(lines[i] ?? '');
    if (open === null) {
      // Skip other fenced blocks whole, so a ```ts inside them is not taken for a block.
      const other = /^(\s*)(`{3,})/.exec(lines[i] ?? '');
      if (other !== null) {
        const fence = other[2] ?? '```';
        for (i++; i < lines.length && !(lines[i] ?? '').trim().startsWith(fence); i++);
      }
      continue;
    }
    const indent = open[1]?.length ?? 0;
    const fence = open[2] ?? '```';
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && (lines[j] ?? '').trim() !== fence; j++)
      body.push((lines[j] ?? '').slice(indent));
    blocks.push({ file, line: i + 1, code: body.join('\n') });
    i = j;
  }
  return blocks;
}

const LITERAL = /^('(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?|true|false|null)(?=$|[\s:,(])/;

// An array of simple literals at the start of `text` (e.g. `['a', 2, true]`), or undefined.
function arrayLiteral(text: string): string | undefined {
  if (!text.startsWith('[')) return undefined;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === "'") {
      const end = /^'(?:[^'\\]|\\.)*'/.exec(text.slice(i));
      if (end === null) return undefined;
      i += end[0].length - 1;
    } else if (ch === '[') depth++;
    else if (ch === ']' && --depth === 0) {
      const literal = text.slice(0, i + 1);
      const asJson = literal.replace(/'((?:[^'\\]|\\.)*)'/g, (_, body: string) => JSON.stringify(body));
      try {
        JSON.parse(asJson);
        return literal;
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}

function balanced(expr: string): boolean {
  let depth = 0;
  for (const ch of expr.replace(/'(?:[^'\\]|\\.)*'/g, "''")) {
    if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** Turns `expr; //=> literal` lines into assertions; returns the code and how many there are. */
function withAssertions(code: string, where: string): { code: string; assertions: number } {
  let assertions = 0;
  const lines = code.split('\n').map((line, k) => {
    const m = /^(\s*)([^\s].*?);\s*\/\/=>\s*(.*)$/.exec(line);
    if (m === null) return line;
    const [, indent = '', expr = '', rest = ''] = m;
    const literal = LITERAL.exec(rest.trim())?.[1] ?? arrayLiteral(rest.trim());
    if (literal === undefined || literal.includes('…')) return line;
    if (/^(const|let|var|import|export|return|if|for|while)\b/.test(expr) || !balanced(expr)) return line;
    assertions++;
    return `${indent}__docsCheck((${expr}), ${literal}, ${JSON.stringify(`${where} +${k + 1}: ${expr}`)});`;
  });
  const check = `
function __docsCheck(actual: unknown, expected: unknown, where: string): void {
  const same = Array.isArray(expected)
    ? JSON.stringify(actual) === JSON.stringify(expected)
    : Object.is(actual, expected);
  if (!same) {
    throw new Error(\`\${where}: expected \${JSON.stringify(expected)}, got \${JSON.stringify(actual)}\`);
  }
}
`;
  return { code: `${lines.join('\n')}\n${assertions > 0 ? check : ''}`, assertions };
}

function markdownFiles(): string[] {
  const docs = readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs];
}

const blocks = markdownFiles().flatMap((file) => extractBlocks(file, readFileSync(join(root, file), 'utf8')));

describe('code blocks of the README and the guides', () => {
  it('finds blocks to run', () => {
    expect(blocks.filter((b) => !b.code.startsWith('// not run:')).length).toBeGreaterThan(5);
  });

  it('rewrites and asserts only simple result lines', () => {
    const { code, assertions } = withAssertions(
      "x.status; //=> 'failed'\nconst y = 1; //=> 1\nf(a, [b]).n; //=> 3 (three)\nz; //=> ['a', …]\nw; //=> '4.4… ≥ 4'\nv; //=> ['a', 2] (two)",
      't',
    );
    expect(assertions).toBe(3);
    expect(code).toContain("__docsCheck((v), ['a', 2]");
    expect(code).toContain("__docsCheck((x.status), 'failed'");
    expect(code).toContain('__docsCheck((f(a, [b]).n), 3');
  });

  rmSync(cacheDir, { recursive: true, force: true });

  it('type-checks every block with the project settings', () => {
    const dir = join(cacheDir, 'typecheck');
    mkdirSync(dir, { recursive: true });
    const files = blocks
      .filter((block) => !block.code.startsWith('// not run:'))
      .map((block) => {
        const file = join(dir, `${block.file.replace(/[^\w.-]/g, '_')}-${block.line}.ts`);
        const code = block.code.replace(
          /from\s+(['"])dudao\1/g,
          `from ${JSON.stringify(entry.replace(/\.ts$/, '.js'))}`,
        );
        writeFileSync(file, code);
        return file;
      });
    const config = ts.getParsedCommandLineOfConfigFile(
      join(root, 'tsconfig.json'),
      {},
      {
        ...ts.sys,
        onUnRecoverableConfigFileDiagnostic: () => {},
      },
    );
    if (config === undefined) throw new Error('cannot read tsconfig.json');
    const program = ts.createProgram(files, { ...config.options, noEmit: true });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && files.includes(resolve(d.file.fileName)))
      .map((d) => {
        const where = d.file?.getLineAndCharacterOfPosition(d.start ?? 0);
        return `${d.file?.fileName}:${(where?.line ?? 0) + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
      });
    expect(problems).toEqual([]);
  }, 120_000);
  for (const block of blocks) {
    const where = `${block.file}:${block.line}`;
    const notRun = /^\/\/ not run: (.+)/.exec(block.code);
    if (notRun !== null) {
      it.skip(`${where} (not run: ${notRun[1]})`, () => {});
      continue;
    }
    it(`runs ${where}`, async () => {
      const rewritten = block.code.replace(/from\s+(['"])dudao\1/g, `from ${JSON.stringify(entry)}`);
      expect(rewritten, `${where} must import from 'dudao' only`).not.toMatch(/from\s+['"]\.\.?\//);
      const { code } = withAssertions(rewritten, where);
      const result = await build({
        stdin: { contents: code, loader: 'ts', resolveDir: root, sourcefile: where },
        bundle: true,
        write: false,
        format: 'esm',
        platform: 'node',
        target: 'node20',
        packages: 'external',
        logLevel: 'silent',
      });
      mkdirSync(cacheDir, { recursive: true });
      const out = join(cacheDir, `${block.file.replace(/[^\w.-]/g, '_')}-${block.line}.mjs`);
      writeFileSync(out, result.outputFiles[0]?.text ?? '');
      await import(pathToFileURL(out).href);
    });
  }
});
