/**
 * dudao (督导): China's county-level education supervision standards as exact, explained, pure
 * functions. This file only re-exports; each module says what it holds.
 * @module dudao
 */
export * from './error.js';
export * from './numeric/decimal.js';
