/**
 * How the assessments read their datasets (读取数据集): a dataset that a parse function returned
 * (frozen and marked, see `validated.ts`) is used as it is; anything else is parsed with zod,
 * which throws the {@link DudaoError} listing every problem with its path. Nothing reaches an
 * assessment without passing the schema. Not part of the public API.
 * @module
 */
import { parseCompulsoryDataset, type ValidCompulsoryDataset } from './compulsory.js';
import { parsePreschoolDataset, type ValidPreschoolDataset } from './preschool.js';
import { isValidated } from './validated.js';

/**
 * Reads a compulsory-education dataset (义务教育数据集) for an assessment.
 *
 * @param input - a dataset from `parseCompulsoryDataset`, or untrusted data
 * @returns the input itself when it is a validated dataset, else the validated copy
 * @throws {@link DudaoError} when the input breaks the contract
 * @example
 * ```ts
 * const dataset = readCompulsoryDataset(JSON.parse(text)); // validated
 * readCompulsoryDataset(dataset) === dataset; //=> true (not validated again)
 * ```
 */
export function readCompulsoryDataset(input: unknown): ValidCompulsoryDataset {
  return isValidated(input, 'compulsory-dataset')
    ? (input as ValidCompulsoryDataset)
    : parseCompulsoryDataset(input);
}

/**
 * Reads a preschool dataset (学前教育数据集) for an assessment.
 *
 * @param input - a dataset from `parsePreschoolDataset`, or untrusted data
 * @returns the input itself when it is a validated dataset, else the validated copy
 * @throws {@link DudaoError} when the input breaks the contract
 * @example
 * ```ts
 * const dataset = readPreschoolDataset(JSON.parse(text)); // validated
 * readPreschoolDataset(dataset) === dataset; //=> true (not validated again)
 * ```
 */
export function readPreschoolDataset(input: unknown): ValidPreschoolDataset {
  return isValidated(input, 'preschool-dataset')
    ? (input as ValidPreschoolDataset)
    : parsePreschoolDataset(input);
}
