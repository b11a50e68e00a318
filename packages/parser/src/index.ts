/**
 * Raw news article text → the newsmark model (see `@newsmark/schema`).
 *
 * @packageDocumentation
 */
export { parseArticle, PASS_NAMES } from './parse.js';
export { NewsmarkError } from './errors.js';
export type { NewsmarkErrorCode } from './errors.js';
export { DEFAULT_MAX_LENGTH } from './options.js';
export type { ParseOptions } from './options.js';
