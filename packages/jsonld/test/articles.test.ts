// End to end: Articles (parsed from the repository's evaluation texts, the SPEC.md example and the
// hand-built fixtures) → toJsonLd → the checker finds no errors, and jsonld.js expands the output
// without dropping a term.
import { parseArticle } from '@newsmark/parser';
import { ArticleSchema, type Article } from '@newsmark/schema';
import jsonld from 'jsonld';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkJsonLd } from '../src/check.js';
import { toJsonLd, type NewsArticleGraph } from '../src/index.js';
import { emptyArticle, hostileArticle, wireArticle } from './fixtures/articles.js';
import { OPTIONS } from './helpers.js';

const ROOT = new URL('../../../', import.meta.url);

function texts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const dir = new URL('eval/articles/', ROOT);
  if (existsSync(dir)) {
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) out.push([`eval/articles/${f}`, readFileSync(new URL(f, dir), 'utf8')]);
  }
  const sample = new URL('examples/sample/article.txt', ROOT);
  if (existsSync(sample)) out.push(['examples/sample/article.txt', readFileSync(sample, 'utf8')]);
  return out;
}

function specExample(): Article {
  const spec = readFileSync(new URL('packages/schema/SPEC.md', ROOT), 'utf8');
  const block = /```json Article\n([\s\S]*?)```/.exec(spec)?.[1];
  if (block === undefined) throw new Error('SPEC.md has no `json Article` example');
  return ArticleSchema.parse(JSON.parse(block));
}

const HAND_BUILT: Array<[string, () => Article]> = [
  ['the SPEC.md example', specExample],
  ['the wire fixture', wireArticle],
  ['the hostile fixture', hostileArticle],
  ['the empty fixture', emptyArticle],
];
const ARTICLES: Array<[string, () => Article]> = [...texts().map(([name, text]): [string, () => Article] => [name, () => parseArticle(text)]), ...HAND_BUILT];

// ----- an offline jsonld.js document loader serving a minimal schema.org context -----

const CONTEXT = JSON.parse(readFileSync(new URL('./fixtures/schemaorg-context.jsonld', import.meta.url), 'utf8')) as unknown;
const BASE = 'https://page.example/story';
const SCHEMA = 'https://schema.org/';

async function documentLoader(url: string): Promise<{ contextUrl: null; documentUrl: string; document: unknown }> {
  if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: null, documentUrl: url, document: CONTEXT };
  throw new Error(`offline: refusing to load ${url}`);
}

// Walks an input node and its expanded form side by side and lists every key or value that did
// not survive expansion.
function lost(input: unknown, expanded: unknown, path: string, out: string[]): string[] {
  if (typeof input !== 'object' || input === null) {
    const e = expanded as Record<string, unknown> | undefined;
    const kept = e?.['@value'] ?? (typeof e?.['@id'] === 'string' ? e['@id'] : undefined);
    const want = typeof input === 'string' && e?.['@id'] !== undefined ? new URL(input, BASE).href : input;
    if (kept !== want) out.push(`${path} (value ${JSON.stringify(input)})`);
    return out;
  }
  const inNode = input as Record<string, unknown>;
  const exNode = (expanded ?? {}) as Record<string, unknown>;
  for (const key of Object.keys(inNode)) {
    if (key === '@context') continue;
    const at = `${path}/${key}`;
    if (key === '@id') {
      if (exNode['@id'] !== new URL(String(inNode['@id']), BASE).href) out.push(at);
    } else if (key === '@type') {
      const want = [inNode['@type']].flat().map((t) => `${SCHEMA}${String(t)}`);
      if (JSON.stringify(exNode['@type']) !== JSON.stringify(want)) out.push(at);
    } else {
      const values = [inNode[key]].flat();
      const kept = exNode[`${SCHEMA}${key}`];
      if (!Array.isArray(kept) || kept.length !== values.length) out.push(at);
      else values.forEach((v, i) => lost(v, kept[i], `${at}/${i}`, out));
    }
  }
  return out;
}

async function lostInExpansion(doc: NewsArticleGraph): Promise<string[]> {
  const expanded = await jsonld.expand(doc, { documentLoader, safe: true, base: BASE });
  const out: string[] = [];
  if (expanded.length !== doc['@graph'].length) out.push(`@graph: ${doc['@graph'].length} nodes in, ${expanded.length} out`);
  doc['@graph'].forEach((node, i) => lost(node, expanded[i], `/@graph/${i}`, out));
  return out;
}

describe('toJsonLd output', () => {
  it('should have hand-built fixtures that are valid Articles', () => {
    const invalid = HAND_BUILT.filter(([, make]) => !ArticleSchema.safeParse(make()).success).map(([name]) => name);
    expect(invalid).toEqual([]);
  });

  it.each(ARTICLES)('should give no checker errors for %s', (_name, make) => {
    const errors = checkJsonLd(toJsonLd(make(), OPTIONS)).filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
  });

  it.each(ARTICLES)('should give no checker errors for %s without options', (_name, make) => {
    const errors = checkJsonLd(toJsonLd(make())).filter((i) => i.severity === 'error');
    expect(errors).toEqual([]);
  });

  it.each(ARTICLES)('should expand with jsonld.js without dropping a term for %s', async (_name, make) => {
    expect(await lostInExpansion(toJsonLd(make(), OPTIONS))).toEqual([]);
  });

  it('should notice a key missing from an expanded node', () => {
    expect(lost({ '@type': 'Thing', name: 'x', url: 'https://a.example/' }, { '@type': [`${SCHEMA}Thing`] }, '', [])).toEqual(['/name', '/url']);
  });

  it('should notice a term that expansion drops', async () => {
    const doc = toJsonLd(wireArticle(), OPTIONS);
    // A keyword-like key is dropped by expansion (and jsonld.js's safe mode rejects it).
    (doc['@graph'][0] as unknown as Record<string, unknown>)['@headline'] = 'x';
    await expect(lostInExpansion(doc)).rejects.toThrow();
  });
});
