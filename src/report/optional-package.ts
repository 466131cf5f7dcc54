/**
 * Packages a renderer needs only for one format (the `docx` writer), declared as optional peer
 * dependencies so that an app that never writes that format does not install them. When one is
 * absent, the renderer says which package to install, in Chinese and in English, instead of
 * failing with the module loader's own message.
 * @module
 */
import { DudaoError, dudaoError } from '../error.js';

/** What the app must install for a format, for the message. */
export interface OptionalPackage {
  /** The npm package, e.g. `docx`. */
  readonly name: string;
  /** The output that needs it, e.g. `DOCX output` / `输出 DOCX`. */
  readonly needed: { readonly en: string; readonly zh: string };
}

// Node's loaders say "Cannot find package 'x' imported from …" (ESM, ERR_MODULE_NOT_FOUND) or
// "Cannot find module 'x'" (CommonJS, MODULE_NOT_FOUND). A package that is present but misses one
// of its own dependencies names that other package, and is not reported as absent.
function isAbsent(error: unknown, name: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return false;
  return typeof message === 'string' && (message.includes(`'${name}'`) || message.includes(`"${name}"`));
}

/**
 * Loads an optional package with `load` (a dynamic `import()` of it). When the package is not
 * installed, rejects with a `DudaoError` (`missing-dependency`) that names it and says how to
 * install it; any other failure is passed on as it is.
 * @example
 * ```ts
 * const docx = await loadOptionalPackage(
 *   { name: 'docx', needed: { en: 'DOCX output', zh: '输出 DOCX' } },
 *   () => import('docx'),
 * );
 * ```
 */
export async function loadOptionalPackage<T>(what: OptionalPackage, load: () => Promise<T>): Promise<T> {
  try {
    // `await` inside `try`: esbuild then treats an unresolvable package as handled at run time
    // (a failed import here) rather than as a build error.
    return await load();
  } catch (error) {
    if (error instanceof DudaoError || !isAbsent(error, what.name)) throw error;
    throw dudaoError(
      'missing-dependency',
      [],
      `${what.needed.en} needs the ${what.name} package: npm install ${what.name}`,
      `${what.needed.zh}需要 ${what.name} 包：npm install ${what.name}`,
    );
  }
}
