#!/usr/bin/env node
// Parse an article text file and print its schema.org JSON-LD.
//
//   node index.mjs [FILE] [--check]
//
// FILE defaults to ../sample/article.txt. With --check it also verifies the result (used by the
// repository's test suite): the JSON-LD holds a NewsArticle with the parsed headline, and the
// offline checker finds no errors. It exits 1 otherwise.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@newsmark/parser';
import { toJsonLd } from '@newsmark/jsonld';
import { checkJsonLd } from '@newsmark/jsonld/check';

const args = process.argv.slice(2);
const check = args.includes('--check');
const file = args.find((a) => !a.startsWith('--')) ?? fileURLToPath(new URL('../sample/article.txt', import.meta.url));

const text = readFileSync(file, 'utf8');
const article = parseArticle(text);
const jsonld = toJsonLd(article);
console.log(JSON.stringify(jsonld, null, 2));

if (check) {
  const problems = [];
  const news = jsonld['@graph'].find((node) => node['@type'] === 'NewsArticle');
  if (!news) problems.push('no NewsArticle node in the @graph');
  else if (news.headline !== article.headline) problems.push(`NewsArticle headline is ${JSON.stringify(news.headline)}, parsed headline is ${JSON.stringify(article.headline)}`);
  if (article.quotes.length === 0) problems.push('the parser found no quotes in the sample article');
  for (const issue of checkJsonLd(jsonld)) if (issue.severity === 'error') problems.push(`checker: ${issue.message}`);
  if (problems.length > 0) {
    console.error(`node-basic example failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.error(`node-basic example ok: NewsArticle "${news.headline}" with ${article.quotes.length} quotes and ${article.entities.length} entities`);
}
