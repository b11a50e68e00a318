/**
 * newsmark articles → schema.org JSON-LD: a `NewsArticle` graph linked by `@id`
 * ({@link toJsonLd}, {@link toJsonLdWithReport}), a `<script>` element no string can break out of
 * ({@link toScriptTag}), and the way back ({@link fromJsonLd}). The offline checker lives in the
 * separate entry point `@newsmark/jsonld/check` so this one stays small.
 *
 * @packageDocumentation
 */
export { toJsonLd, toJsonLdWithReport } from './write/to-jsonld.js';
export { toScriptTag } from './write/script-tag.js';
export type { ScriptTagOptions } from './write/script-tag.js';
export { fromJsonLd } from './read/from-jsonld.js';
export type {
  ArticleFromJsonLd,
  FromJsonLdResult,
  QuoteFromJsonLd,
  ReadIssue,
  ReadIssueCode,
} from './read/from-jsonld.js';
export { JsonLdError } from './errors.js';
export type {
  GraphNode,
  ImageOptions,
  JsonLdErrorCode,
  JsonLdOptions,
  JsonLdResult,
  JsonLdWarning,
  JsonLdWarningCode,
  NewsArticleGraph,
  PublisherOptions,
  WithId,
} from './types.js';
