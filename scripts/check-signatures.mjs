// The reference names its types. A public signature whose parameter or return type is written
// out in the reference as a large anonymous object type (`{ id: string; name: string; … }` over
// many lines) cannot be read: its type should be a named, documented interface or type alias.
// This file finds such signatures: as a TypeDoc plugin (typedoc.json) it reports each one as an
// error, so `npm run docs` fails; run on its own it prints them all and their number:
//
//   node scripts/check-signatures.mjs              converts src/index.ts as typedoc.json says
//   node scripts/check-signatures.mjs api.json     reads the output of `typedoc --json api.json`
//   … --limit 100                                   another limit, to see what comes next
//
// An anonymous type counts when its rendered text is longer than LIMIT characters, wherever it
// sits in the type: the type itself, an array element, a union member, a type argument
// (`SafeResult<{ … }>`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Application, Converter, FileRegistry, ReflectionKind, TSConfigReader, TypeDocReader } from 'typedoc';

/** The longest anonymous type, in characters of the reference's text, a public signature may show. */
export const LIMIT = 200;

// Every anonymous object or function type inside `type`, outermost only.
function anonymousTypes(type, found = []) {
  if (type === undefined || type === null) return found;
  switch (type.type) {
    case 'reflection':
      found.push(type);
      return found;
    case 'array':
    case 'optional':
    case 'rest':
      return anonymousTypes(type.elementType, found);
    case 'union':
    case 'intersection':
      for (const member of type.types) anonymousTypes(member, found);
      return found;
    case 'tuple':
      for (const element of type.elements ?? []) anonymousTypes(element, found);
      return found;
    case 'namedTupleMember':
      return anonymousTypes(type.element, found);
    case 'reference':
      for (const argument of type.typeArguments ?? []) anonymousTypes(argument, found);
      return found;
    case 'conditional':
      for (const part of [type.checkType, type.extendsType, type.trueType, type.falseType]) {
        anonymousTypes(part, found);
      }
      return found;
    case 'indexedAccess':
      anonymousTypes(type.objectType, found);
      return anonymousTypes(type.indexType, found);
    case 'mapped':
      anonymousTypes(type.parameterType, found);
      anonymousTypes(type.templateType, found);
      return anonymousTypes(type.nameType, found);
    case 'typeOperator':
      return anonymousTypes(type.target, found);
    case 'predicate':
      return anonymousTypes(type.targetType, found);
    case 'templateLiteral':
      for (const [part] of type.tail ?? []) anonymousTypes(part, found);
      return found;
    default:
      return found;
  }
}

// A signature of a named declaration: not one of a function type inside another type, which
// is measured as part of the type that holds it.
function isNamedSignature(signature) {
  let owner = signature.parent;
  while (owner !== undefined && !owner.kindOf(ReflectionKind.Project)) {
    if (owner.kindOf(ReflectionKind.TypeLiteral)) return false;
    owner = owner.parent;
  }
  return true;
}

/**
 * Every parameter or return type of a public signature that shows an anonymous type longer than
 * `limit` characters.
 * @param {import('typedoc').ProjectReflection} project - a converted or revived project
 * @param {number} [limit] - the longest anonymous type allowed
 * @returns {{ signature: string, position: string, length: number }[]} longest first
 */
export function oversizedTypes(project, limit = LIMIT) {
  const found = [];
  for (const signature of project.getReflectionsByKind(ReflectionKind.SomeSignature)) {
    if (!isNamedSignature(signature)) continue;
    const name = signature.parent?.getFriendlyFullName() ?? signature.name;
    const positions = (signature.parameters ?? []).map((parameter) => [parameter.name, parameter.type]);
    positions.push(['returns', signature.type]);
    for (const [position, type] of positions) {
      const length = Math.max(0, ...anonymousTypes(type).map((inline) => inline.toString().length));
      if (length > limit) found.push({ signature: name, position, length });
    }
  }
  return found.sort((a, b) => b.length - a.length || a.signature.localeCompare(b.signature));
}

function describe({ signature, position, length }, limit = LIMIT) {
  const where = position === 'returns' ? 'its return type' : `parameter ${position}`;
  return `${signature}: ${where} shows an anonymous type of ${length} characters (at most ${limit}); name it (an exported, documented interface or type alias)`;
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_END, (context) => {
    for (const problem of oversizedTypes(context.project)) app.logger.error(describe(problem));
  });
}

async function main(args) {
  const at = args.indexOf('--limit');
  const limit = at === -1 ? LIMIT : Number(args[at + 1]);
  if (!Number.isInteger(limit) || limit < 0) throw new Error('--limit takes a whole number of characters');
  const file = args.find((arg, i) => !arg.startsWith('--') && (at === -1 || i !== at + 1));
  let project;
  if (file === undefined) {
    const app = await Application.bootstrapWithPlugins({ logLevel: 'Error', plugin: [] }, [
      new TypeDocReader(),
      new TSConfigReader(),
    ]);
    project = await app.convert();
    if (project === undefined) throw new Error('TypeDoc could not convert the project');
  } else {
    const app = await Application.bootstrap({ logLevel: 'None' });
    const json = JSON.parse(readFileSync(file, 'utf8'));
    project = app.deserializer.reviveProject(json.name ?? 'project', json, {
      projectRoot: process.cwd(),
      registry: new FileRegistry(),
    });
  }
  const problems = oversizedTypes(project, limit);
  for (const problem of problems) console.log(describe(problem, limit));
  const signatures = new Set(problems.map((problem) => problem.signature)).size;
  console.log(
    `${problems.length} parameter or return types in ${signatures} signatures show an anonymous type over ${limit} characters`,
  );
  return problems.length === 0 ? 0 : 1;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
