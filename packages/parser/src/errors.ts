/** Codes of {@link NewsmarkError}: each names one way of misusing the API. */
export type NewsmarkErrorCode = 'invalid-input' | 'input-too-large' | 'invalid-option';

/**
 * Thrown only for misuse of the API (a non-string input, input over `maxLength`, a bad option).
 * Odd or broken article text never throws: it yields diagnostics on the result.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle(buffer as unknown as string);
 * } catch (error) {
 *   if (error instanceof NewsmarkError && error.code === 'invalid-input') console.error(error.message);
 * }
 * ```
 */
export class NewsmarkError extends Error {
  /** Which misuse this is. */
  readonly code: NewsmarkErrorCode;

  /**
   * @param code - Which misuse this is.
   * @param message - What was wrong and how to fix it.
   * @param options - `cause`: the underlying error or offending value, when there is one.
   */
  constructor(code: NewsmarkErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsmarkError';
    this.code = code;
  }
}
