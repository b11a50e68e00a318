import type { GraphNode, NewsArticleGraph } from '../src/index.js';

/** The options most tests use: a page URL, a site-wide id base and a publisher. */
export const OPTIONS = {
  url: 'https://news.example/2025/06/02/rotterdam-strike',
  idBase: 'https://news.example/',
  publisher: { name: 'Reuters', url: 'https://www.reuters.example/', logo: { url: 'https://news.example/logo.png', width: 600, height: 60 } },
  images: [{ url: 'https://news.example/img/port.jpg', width: 1600, height: 900, caption: 'The port on Monday' }],
  language: 'en',
  section: 'World',
  isAccessibleForFree: true,
} as const;

/** The graph's nodes as plain records, for reading fields schema-dts types as unions. */
export function nodes(doc: NewsArticleGraph): Array<Record<string, unknown>> {
  return doc['@graph'] as unknown as Array<Record<string, unknown>>;
}

/** The node with this @type (the first one). */
export function nodeOfType(doc: NewsArticleGraph, type: string): Record<string, unknown> {
  const found = nodes(doc).find((n) => n['@type'] === type);
  if (found === undefined) throw new Error(`no ${type} node`);
  return found;
}

/** The node with this @id. */
export function nodeById(doc: NewsArticleGraph, id: unknown): Record<string, unknown> | undefined {
  return nodes(doc).find((n) => n['@id'] === id);
}

/** The node whose name is `name`. */
export function nodeNamed(doc: NewsArticleGraph, name: string): Record<string, unknown> {
  const found = nodes(doc).find((n) => n['name'] === name);
  if (found === undefined) throw new Error(`no node named ${name}`);
  return found;
}

/** Every `{"@id": …}` reference anywhere in a value. */
export function references(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) references(v, out);
  else if (typeof value === 'object' && value !== null) {
    const keys = Object.keys(value);
    const id = (value as Record<string, unknown>)['@id'];
    if (keys.length === 1 && typeof id === 'string') out.push(id);
    else for (const k of keys) references((value as Record<string, unknown>)[k], out);
  }
  return out;
}

/** A graph node's `@id`. */
export function idOf(node: GraphNode | Record<string, unknown>): string {
  return (node as { '@id': string })['@id'];
}
