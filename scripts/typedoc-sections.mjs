// TypeDoc plugin: the API reference is grouped by the task sections of src/index.ts, the one
// file that decides what is public. A line `// @category Issue ledger` starts a section; every
// name exported below it is shown in that category, whatever `@category` its own module gives
// it, so the reference follows what a user wants to do rather than where the code lives.
// A public name outside any section, or a section missing from `categoryOrder` in
// typedoc.json, is reported as an error.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Comment, CommentTag, Converter, ReflectionKind } from 'typedoc';
import ts from 'typescript';

const MARKER = /^\/\/ @category (.+)$/;

/**
 * The section of every name exported by `file`, in the order the sections appear.
 * @param {string} file - the entry point
 * @returns {{ titles: string[], sectionOf: Map<string, string>, outside: string[] }}
 */
export function sectionsOf(file) {
  const text = readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const titles = [];
  const sectionOf = new Map();
  const outside = [];
  let current;
  for (const statement of source.statements) {
    for (const range of ts.getLeadingCommentRanges(text, statement.pos) ?? []) {
      const marker = MARKER.exec(text.slice(range.pos, range.end).trim());
      if (marker === null) continue;
      current = marker[1].trim();
      if (!titles.includes(current)) titles.push(current);
    }
    const clause = ts.isExportDeclaration(statement) ? statement.exportClause : undefined;
    if (clause === undefined || !ts.isNamedExports(clause)) continue;
    for (const element of clause.elements) {
      if (current === undefined) outside.push(element.name.text);
      else sectionOf.set(element.name.text, current);
    }
  }
  return { titles, sectionOf, outside };
}

// The comments TypeDoc reads `@category` from: the reflection's own and its signatures'.
function commentsOf(reflection) {
  const holders = [reflection, ...(reflection.signatures ?? [])];
  if (reflection.type?.type === 'reflection') {
    holders.push(reflection.type.declaration, ...(reflection.type.declaration.signatures ?? []));
  }
  return holders.map((holder) => holder.comment).filter((comment) => comment !== undefined);
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    const entryPoints = app.options.getValue('entryPoints');
    if (entryPoints.length !== 1) {
      app.logger.error(`typedoc-sections: expected one entry point, got ${entryPoints.length}`);
      return;
    }
    const entry = resolve(entryPoints[0]);
    const { titles, sectionOf, outside } = sectionsOf(entry);
    for (const name of outside) {
      app.logger.error(`${entry}: ${name} is exported before the first "// @category" section`);
    }
    const order = app.options.getValue('categoryOrder');
    for (const title of titles) {
      if (!order.includes(title)) {
        app.logger.error(`${entry}: section "${title}" is missing from categoryOrder in typedoc.json`);
      }
    }
    // The exports sit on the project, or on its one module when the entry names itself (`@module dudao`).
    const modules = context.project.getChildrenByKind(ReflectionKind.Module);
    const exports = (context.project.children ?? []).filter((child) => !child.kindOf(ReflectionKind.Module));
    for (const module of modules) exports.push(...(module.children ?? []));
    for (const reflection of exports) {
      const title = sectionOf.get(reflection.name);
      if (title === undefined) {
        app.logger.error(`${reflection.name} is in the reference but in no section of ${entry}`);
        continue;
      }
      const comments = commentsOf(reflection);
      for (const comment of comments) comment.removeTags('@category');
      let target = comments[0];
      if (target === undefined) {
        target = new Comment();
        reflection.comment = target;
      }
      target.blockTags.push(new CommentTag('@category', [{ kind: 'text', text: title }]));
    }
  });
}
