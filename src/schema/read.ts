/**
 * How the assessments read their datasets (读取数据集): a valid document is vouched for by the
 * fast check derived from its schema ({@link compileAcceptor}) and used as it is, with nothing
 * copied; anything else goes through the public parse function, which throws the
 * {@link DudaoError} listing every problem with its path. Not part of the public API: the public
 * parse functions always return zod's copy of the input.
 * @module
 */
import { type Acceptor, compileAcceptor } from './accept.js';
import { type CompulsoryDataset, compulsoryDatasetSchema, parseCompulsoryDataset } from './compulsory.js';
import { type PreschoolDataset, parsePreschoolDataset, preschoolDatasetSchema } from './preschool.js';

// Each check is built on first use, not at import: where code generation is allowed, building it
// runs `new Function` (after zod's probe), which a page with a strict Content-Security-Policy
// should be able to turn off with `z.config({ jitless: true })` before its first assessment.
// Built once per process; it holds no data and every call gives the same answer.
let acceptCompulsory: Acceptor | undefined;
let acceptPreschool: Acceptor | undefined;

/**
 * Reads a compulsory-education dataset (义务教育数据集) for an assessment.
 *
 * @param input - untrusted data
 * @returns the input itself when the fast check vouches for it, else the parsed copy
 * @throws {@link DudaoError} when the input breaks the contract
 * @example
 * ```ts
 * const dataset = readCompulsoryDataset(JSON.parse(text));
 * ```
 */
export function readCompulsoryDataset(input: unknown): CompulsoryDataset {
  acceptCompulsory ??= compileAcceptor(compulsoryDatasetSchema);
  return acceptCompulsory(input) ? (input as CompulsoryDataset) : parseCompulsoryDataset(input);
}

/**
 * Reads a preschool dataset (学前教育数据集) for an assessment.
 *
 * @param input - untrusted data
 * @returns the input itself when the fast check vouches for it, else the parsed copy
 * @throws {@link DudaoError} when the input breaks the contract
 * @example
 * ```ts
 * const dataset = readPreschoolDataset(JSON.parse(text));
 * ```
 */
export function readPreschoolDataset(input: unknown): PreschoolDataset {
  acceptPreschool ??= compileAcceptor(preschoolDatasetSchema);
  return acceptPreschool(input) ? (input as PreschoolDataset) : parsePreschoolDataset(input);
}
