import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { JsonLdError, toJsonLd, toScriptTag } from '../src/index.js';
import { hostileArticle } from './fixtures/articles.js';
import { OPTIONS } from './helpers.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// Every <script> element a browser would build from this HTML, found with a real HTML parser.
function scripts(html: string): Element[] {
  const out: Element[] = [];
  const todo: Node[] = [parse(`<!doctype html><html><head>${html}</head><body><p>after</p></body></html>`)];
  while (todo.length > 0) {
    const node = todo.pop() as Node;
    if ('tagName' in node && node.tagName === 'script') out.push(node);
    if ('childNodes' in node) todo.push(...node.childNodes);
    if ('content' in node) todo.push(node.content);
  }
  return out;
}

function scriptText(el: Element): string {
  return el.childNodes.map((c) => ('value' in c ? c.value : '')).join('');
}

// Strings that end or confuse a <script> element when written unescaped.
const HOSTILE = [
  '</script>',
  '</script >',
  '</SCRIPT/>',
  '</scRipt\t>',
  '<!--',
  '<!-- <script>',
  '<script>',
  '-->',
  ']]>',
  '& &amp; &lt;',
  '\u2028\u2029',
];

describe('toScriptTag', () => {
  it('should wrap the JSON in one application/ld+json script element', () => {
    const html = toScriptTag({ '@context': 'https://schema.org', '@type': 'Thing', name: 'x' });
    expect(html).toBe('<script type="application/ld+json">{"@context":"https://schema.org","@type":"Thing","name":"x"}</script>');
  });

  it.each(HOSTILE)('should keep %j inside the element and read back unchanged', (hostile) => {
    const doc = { '@context': 'https://schema.org', '@type': 'Thing', name: `a${hostile}b`, [`key${hostile}`]: hostile };
    const found = scripts(toScriptTag(doc));
    expect(found).toHaveLength(1);
    expect(JSON.parse(scriptText(found[0] as Element))).toEqual(doc);
  });

  it('should survive every hostile string of an article in one document', () => {
    const jsonld = toJsonLd(hostileArticle(), OPTIONS);
    const found = scripts(toScriptTag(jsonld));
    expect(found.map((el) => el.attrs)).toEqual([[{ name: 'type', value: 'application/ld+json' }]]);
    expect(JSON.parse(scriptText(found[0] as Element))).toEqual(jsonld);
  });

  it('should leave no raw <, >, &, U+2028 or U+2029 between the tags', () => {
    const html = toScriptTag(toJsonLd(hostileArticle(), OPTIONS));
    const inner = html.slice('<script type="application/ld+json">'.length, -'</script>'.length);
    expect(inner).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('should indent when asked and still escape', () => {
    const html = toScriptTag({ name: '</script>' }, { indent: 2 });
    expect(html).toBe('<script type="application/ld+json">{\n  "name": "\\u003c/script\\u003e"\n}</script>');
  });

  it('should throw JsonLdError for a value with a cycle', () => {
    const doc: Record<string, unknown> = {};
    doc['self'] = doc;
    expect(() => toScriptTag(doc)).toThrow(JsonLdError);
  });

  it('should escape a long hostile string in linear time', () => {
    const doc = { name: '</script><!--'.repeat(200_000) };
    const started = performance.now();
    const html = toScriptTag(doc);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(scripts(html)).toHaveLength(1);
  });
});
