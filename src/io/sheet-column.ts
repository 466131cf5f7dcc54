/**
 * One column of a data sheet (数据列), whatever the programme: its Chinese and English headers, the
 * contract field it fills, how its cells are read, whether it is required, its unit, an example
 * and its meaning; and the units columns share. The compulsory school table and the kindergarten
 * sheet describe their columns with it.
 * @module
 */
import type { Label } from '../indicators/types.js';

/**
 * One column of a data sheet (数据列), in CSV and spreadsheets alike: its Chinese and English
 * headers, the contract field it fills, how its cells are read (`Type`), whether it is required,
 * its unit, an example value, and what it means.
 *
 * @category Input
 * @typeParam Type - how the sheet's cells are read (e.g. {@link CompulsoryCsvColumnType})
 * @example
 * ```ts
 * const column: SheetColumn<'count'> = {
 *   zh: '在校生数', en: 'pupils', field: 'sections.<stage>.pupils', type: 'count', required: true,
 *   unit: { zh: '人', en: 'persons' }, example: '812', explanationZh: '在校生数', explanationEn: 'pupils enrolled',
 * };
 * ```
 */
export interface SheetColumn<Type extends string> {
  /** The Chinese header, e.g. `在校生数`. */
  readonly zh: string;
  /** The English header, e.g. `pupils` (matched case-insensitively). */
  readonly en: string;
  /** The contract field it fills, e.g. `sections.<stage>.pupils`, `id` or `classes.small`. */
  readonly field: string;
  /** How its cells are read. */
  readonly type: Type;
  /** Whether the header must be present and every cell filled. */
  readonly required: boolean;
  /** The unit of the numbers, e.g. 人 / persons or 平方米 / m²; `null` for text. */
  readonly unit: Label | null;
  /** An example value as it is typed into a cell, e.g. `812` or `45;44;46`. */
  readonly example: string;
  /** What the column means, in Chinese. */
  readonly explanationZh: string;
  /** What the column means, in English. */
  readonly explanationEn: string;
}

/** 人 / persons. @internal */
export const PERSONS: Label = { zh: '人', en: 'persons' };
/** 平方米 / m². @internal */
export const AREA: Label = { zh: '平方米', en: 'm²' };

/**
 * A column from its parts, in the order of {@link SheetColumn}'s fields.
 * @internal
 */
export const sheetColumn = <Type extends string>(
  zh: string,
  en: string,
  field: string,
  type: Type,
  required: boolean,
  unit: Label | null,
  example: string,
  explanationZh: string,
  explanationEn: string,
): SheetColumn<Type> => ({ zh, en, field, type, required, unit, example, explanationZh, explanationEn });
