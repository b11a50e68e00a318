import type { Article } from '@newsmark/schema';
import { toJsonLd, toScriptTag, type JsonLdOptions } from '@newsmark/jsonld';
import type { OutputFormat } from './io.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/**
 * Renders an article as a small standalone HTML page: its JSON-LD in a `<script
 * type="application/ld+json">` in `<head>` (escaped by `toScriptTag`, so article text cannot end
 * the script early), and the headline and body paragraphs, HTML-escaped, in `<body>`.
 *
 * @param article - A parsed article, from `parseArticle`.
 * @param options - Passed to `toJsonLd`: facts that are not in the text (page URL, publisher, language).
 * @returns The page, ending with a newline.
 * @example
 * ```ts
 * import { parseArticle } from '@newsmark/parser';
 * import { renderHtmlPage } from '@newsmark/cli';
 *
 * const page = renderHtmlPage(parseArticle('Port strike ends\n\n“We are back,” Ms Doe said.'));
 * page.includes('application/ld+json'); // true
 * ```
 */
export function renderHtmlPage(article: Article, options: JsonLdOptions = {}): string {
  const title = article.headline ?? 'Untitled article';
  const paragraphs = article.body.map((block) => `<p>${escapeHtml(block.text)}</p>`);
  return [
    '<!doctype html>',
    options.language === undefined ? '<html>' : `<html lang="${escapeHtml(options.language)}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    ...(options.url === undefined ? [] : [`<link rel="canonical" href="${escapeHtml(options.url)}">`]),
    toScriptTag(toJsonLd(article, options)),
    '</head>',
    '<body>',
    '<article>',
    ...(article.headline === null ? [] : [`<h1>${escapeHtml(article.headline)}</h1>`]),
    ...paragraphs,
    '</article>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Serialises an article in one output format.
 *
 * `lines: false` gives one standalone document (pretty-printed JSON, or an HTML page). `lines:
 * true` gives one NDJSON line without its newline: `{"id","article"}` for json and ndjson,
 * `{"id","jsonld"}` for jsonld, `{"id","html"}` for html.
 */
export function renderArticle(article: Article, format: OutputFormat, lines: boolean, id: string, options: JsonLdOptions = {}): string {
  if (!lines) {
    if (format === 'html') return renderHtmlPage(article, options);
    if (format === 'jsonld') return `${JSON.stringify(toJsonLd(article, options), null, 2)}\n`;
    return `${JSON.stringify(article, null, 2)}\n`;
  }
  if (format === 'html') return JSON.stringify({ id, html: renderHtmlPage(article, options) });
  if (format === 'jsonld') return JSON.stringify({ id, jsonld: toJsonLd(article, options) });
  return JSON.stringify({ id, article });
}
