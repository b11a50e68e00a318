import type { DefaultTreeAdapterTypes } from 'parse5';

/**
 * A `<script type="application/ld+json">` found in an HTML page by {@link extractJsonLdScripts}.
 *
 * @example
 * ```ts
 * const [first]: JsonLdScript[] = await extractJsonLdScripts(page);
 * console.log(`script ${first.index} on line ${first.line}:`, JSON.parse(first.text));
 * ```
 */
export interface JsonLdScript {
  /** 1-based position among the page's JSON-LD scripts. */
  index: number;
  /** The script's text, as the browser would read it. */
  text: string;
  /** 1-based line of the `<script>` tag in the page. */
  line: number;
}

/**
 * Finds every JSON-LD script in an HTML page, with a real HTML parser (parse5, the WHATWG
 * algorithm browsers use), so comments, CDATA look-alikes, odd casing and `type` parameters are
 * read the way a browser or a search engine reads them.
 *
 * @param html - The page.
 * @returns The scripts in document order; an empty array when there are none.
 * @example
 * ```ts
 * import { extractJsonLdScripts } from '@newsmark/cli';
 *
 * const scripts = await extractJsonLdScripts('<script type="application/ld+json">{"@type":"NewsArticle"}</script>');
 * JSON.parse(scripts[0].text)['@type']; // 'NewsArticle'
 * ```
 */
export async function extractJsonLdScripts(html: string): Promise<JsonLdScript[]> {
  // parse5 is ESM-only; a dynamic import keeps the CommonJS build of this package loadable.
  const { parse } = await import('parse5');
  const document = parse(html, { sourceCodeLocationInfo: true });
  const found: JsonLdScript[] = [];
  const stack: DefaultTreeAdapterTypes.Node[] = [document];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if ('tagName' in node && node.tagName === 'script' && isJsonLdType(node)) {
      const text = node.childNodes.map((child) => ('value' in child && child.nodeName === '#text' ? child.value : '')).join('');
      found.push({ index: 0, text, line: node.sourceCodeLocation?.startLine ?? 0 });
    }
    // A <template>'s content is a separate fragment, inert in browsers: not walked.
    const children: DefaultTreeAdapterTypes.Node[] = 'childNodes' in node ? node.childNodes : [];
    // Reversed onto the stack, so nodes come off in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return found.map((script, i) => ({ ...script, index: i + 1 }));
}

function isJsonLdType(element: DefaultTreeAdapterTypes.Element): boolean {
  const type = element.attrs.find((attr) => attr.name === 'type')?.value ?? '';
  return type.split(';')[0]!.trim().toLowerCase() === 'application/ld+json';
}
