import type { JsonLdErrorCode } from './types.js';

/**
 * Thrown only for misuse of the API: an option that is not what its type says (a relative URL, a
 * non-finite image width), a value `toScriptTag` cannot serialise. An article with missing fields
 * never throws: it yields warnings (see `toJsonLdWithReport`).
 *
 * @example
 * ```ts
 * try {
 *   toJsonLd(article, { url: 'example.com/story' });
 * } catch (error) {
 *   if (error instanceof JsonLdError && error.code === 'invalid-option') console.error(error.message);
 * }
 * ```
 */
export class JsonLdError extends Error {
  /** Which misuse this is. */
  readonly code: JsonLdErrorCode;

  /**
   * @param code - Which misuse this is.
   * @param message - What was wrong and how to fix it.
   * @param options - `cause`: the underlying error or offending value, when there is one.
   */
  constructor(code: JsonLdErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'JsonLdError';
    this.code = code;
  }
}
