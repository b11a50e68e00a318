#!/usr/bin/env node
// Builds a small static site: one HTML page per article text in articles/, each with its
// schema.org JSON-LD in a <script type="application/ld+json"> in <head>, and an index page.
//
//   node build.mjs            → dist/index.html, dist/articles/NAME.html
//
// Then `newsmark check dist/articles` checks every page's JSON-LD (see package.json).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@newsmark/parser';
import { toJsonLd, toScriptTag } from '@newsmark/jsonld';

const SITE = 'https://news.example.com';
const PUBLISHER = { name: 'Example News', url: `${SITE}/`, logo: `${SITE}/logo.png` };

const here = fileURLToPath(new URL('.', import.meta.url));
const source = join(here, 'articles');
const out = join(here, 'dist');

const slugify = (name) => name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Article text is untrusted: escape it before it goes into HTML. */
const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);

function page({ title, head = '', body }) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · ${PUBLISHER.name}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`;
}

rmSync(out, { recursive: true, force: true });
mkdirSync(join(out, 'articles'), { recursive: true });

const index = [];
for (const file of readdirSync(source).filter((f) => f.endsWith('.txt')).sort()) {
  const slug = basename(file, '.txt');
  const url = `${SITE}/articles/${slug}.html`;
  const article = parseArticle(readFileSync(join(source, file), 'utf8'));
  // Facts that are not in the text (URL, publisher, language, images, author pages) come from
  // the site, not the parser.
  const jsonld = toJsonLd(article, {
    url,
    idBase: SITE,
    publisher: PUBLISHER,
    language: 'en',
    images: [{ url: `${SITE}/images/${slug}.jpg`, width: 1200, height: 675 }],
    sameAs: Object.fromEntries(article.authors.map((a) => [a.name, `${SITE}/authors/${slugify(a.name)}.html`])),
  });
  const headline = article.headline ?? slug;
  const byline = article.authors.map((a) => a.name).join(', ');
  const body = [
    '<article>',
    `<h1>${escapeHtml(headline)}</h1>`,
    byline || article.datePublished ? `<p class="byline">${escapeHtml([byline, article.datePublished].filter(Boolean).join(' · '))}</p>` : '',
    ...article.body.map((block) => `<p>${escapeHtml(block.text)}</p>`),
    '</article>',
  ].filter(Boolean);
  // toScriptTag escapes <, > and & inside the JSON, so no article text can close the script early.
  writeFileSync(join(out, 'articles', `${slug}.html`), page({ title: headline, head: toScriptTag(jsonld), body: body.join('\n') }));
  index.push(`<li><a href="articles/${slug}.html">${escapeHtml(headline)}</a></li>`);
  console.log(`built articles/${slug}.html: ${article.quotes.length} quotes, ${article.entities.length} entities`);
}
writeFileSync(join(out, 'index.html'), page({ title: 'Latest news', body: `<h1>Latest news</h1>\n<ul>\n${index.join('\n')}\n</ul>` }));
console.log(`built index.html (${index.length} articles)`);
