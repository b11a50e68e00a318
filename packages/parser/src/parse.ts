import type { Article } from '@newsmark/schema';
import { assemble } from './assemble.js';
import { createContext } from './context.js';
import { NewsmarkError } from './errors.js';
import { resolveOptions, type ParseOptions } from './options.js';
import { PASSES } from './pipeline.js';

/**
 * Parses raw news article text into the newsmark model: metadata, body paragraphs, boilerplate
 * set aside, quotes with their speakers, and entities with merged mentions. Every extracted item
 * has a span into `text`.
 *
 * Never throws on odd text (it records diagnostics instead); throws {@link NewsmarkError} only
 * for misuse: a non-string `text`, `text` longer than `options.maxLength`, or a bad option.
 *
 * @param text - The article as plain text (header lines, body, footer), any line endings.
 * @param options - See {@link ParseOptions}.
 * @returns The parsed article; it validates against `ArticleSchema` from `@newsmark/schema`.
 * @example
 * ```ts
 * import { parseArticle } from '@newsmark/parser';
 *
 * const article = parseArticle('“We are back,” Ms Doe said.');
 * article.quotes[0].text; // 'We are back,'
 * ```
 */
export function parseArticle(text: string, options?: ParseOptions): Article {
  if (typeof text !== 'string') {
    throw new NewsmarkError('invalid-input', `parseArticle expects a string, got ${text === null ? 'null' : typeof text}`, { cause: text });
  }
  const resolved = resolveOptions(options);
  if (text.length > resolved.maxLength) {
    throw new NewsmarkError(
      'input-too-large',
      `input is ${text.length} characters, over maxLength ${resolved.maxLength}; raise the maxLength option to parse it`,
    );
  }
  let ctx = createContext(text, resolved);
  for (const pass of PASSES) ctx = pass.run(ctx);
  return assemble(ctx);
}

/** The names of the parser's passes, in the order they run. */
export const PASS_NAMES: readonly string[] = PASSES.map((p) => p.name);
