/**
 * The public API is what src/index.ts lists, and api/dudao.api.md records it: a change to what
 * users can import shows in review as a change to that file, never by accident.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { apiExports, renderApiReport, reportFile } from '../../scripts/api-report.mjs';
import * as dudao from '../../src/index.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const entry = join(root, 'src', 'index.ts');
const api = apiExports(entry);

describe('the public API', () => {
  it(`matches ${reportFile}`, () => {
    const committed = readFileSync(join(root, reportFile), 'utf8').replace(/\r\n/g, '\n');
    expect(renderApiReport(api), 'public API changed: run `npm run api:update` and review').toBe(committed);
  });

  it('lists as runtime exports exactly the values the entry module has', () => {
    expect(api.runtime.map((e) => e.name)).toEqual(Object.keys(dudao).sort());
    for (const { name, kind } of api.runtime) {
      const value: unknown = (dudao as Record<string, unknown>)[name];
      if (kind === 'function' || kind === 'class') expect(typeof value, name).toBe('function');
      else expect(value, name).toBeDefined();
    }
  });

  it('is an explicit list: src/index.ts only re-exports named bindings and defines nothing', () => {
    const text = readFileSync(entry, 'utf8');
    const source = ts.createSourceFile(entry, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const problems = source.statements.flatMap((statement) => {
      const line = source.getLineAndCharacterOfPosition(statement.getStart(source)).line + 1;
      if (!ts.isExportDeclaration(statement)) return [`line ${line}: not an export … from`];
      if (statement.exportClause === undefined) return [`line ${line}: export * (list the names)`];
      if (!ts.isNamedExports(statement.exportClause)) return [`line ${line}: export * as (list the names)`];
      if (statement.moduleSpecifier === undefined) return [`line ${line}: exports a local binding`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it('puts every export in a section of the reference (a `// @category` line of src/index.ts)', () => {
    const text = readFileSync(entry, 'utf8');
    const source = ts.createSourceFile(entry, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
    const order: string[] = JSON.parse(readFileSync(join(root, 'typedoc.json'), 'utf8')).categoryOrder;
    let section: string | undefined;
    const problems: string[] = [];
    for (const statement of source.statements) {
      for (const range of ts.getLeadingCommentRanges(text, statement.pos) ?? []) {
        const marker = /^\/\/ @category (.+)$/.exec(text.slice(range.pos, range.end).trim());
        if (marker?.[1] === undefined) continue;
        section = marker[1].trim();
        if (!order.includes(section))
          problems.push(`section "${section}" is not in typedoc.json categoryOrder`);
      }
      if (section === undefined)
        problems.push(
          `line ${source.getLineAndCharacterOfPosition(statement.pos).line + 1}: before any section`,
        );
    }
    expect(problems).toEqual([]);
  });

  it('keeps internals out', () => {
    const names = new Set([...api.runtime, ...api.types].map((e) => e.name));
    // A sample of what a user must not come to rely on: fast paths, caches, plan positions,
    // lazy outcome classes, arithmetic constants, the evaluator's building blocks.
    for (const internal of [
      'floatCoefficientOfVariation',
      'plainFiguresOf',
      'createThresholdCache',
      'approxOf',
      'countyIndicatorResult',
      'evaluateIndicator',
      'ZERO',
      'ONE',
      'HUNDRED',
      'PlainRatioOutcome',
      'ThresholdCache',
      'MetricOutcome',
    ]) {
      expect(names.has(internal), internal).toBe(false);
    }
  });
});
