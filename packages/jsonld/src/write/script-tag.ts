import { JsonLdError } from '../errors.js';

// Inside <script>, the HTML tokenizer ends the element at "</script" in any case, and "<!--"
// followed by "<script" switches it into a state where even "</script>" does not end it. JSON has
// no business with "<", ">" or "&" outside strings, and inside strings JSON's own \uXXXX escapes
// mean the same characters, so escaping all three makes every such sequence impossible.
// U+2028/U+2029 are escaped too: valid in JSON strings but line terminators in older JavaScript,
// which breaks pages that read the block with eval-like code.
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Readonly<Record<string, string>> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

/** Options of {@link toScriptTag}. */
export interface ScriptTagOptions {
  /** Indent the JSON by this many spaces (0–10); compact when absent. */
  indent?: number;
}

/**
 * Serialises a JSON-LD document as an HTML `<script type="application/ld+json">` element that no
 * string inside the document can end early: `<`, `>`, `&`, U+2028 and U+2029 are written as
 * `\u003c`-style escapes, which JSON parsers read back as the same characters.
 *
 * @param jsonld - The document, e.g. from {@link toJsonLd}. Must be JSON-serialisable.
 * @param options - `indent`: pretty-print with this many spaces.
 * @returns The element as a string, ready to put in an HTML `<head>` or `<body>`.
 * @throws {@link JsonLdError} with code `invalid-input` when the value cannot be serialised as JSON
 *   (a cycle, a BigInt, or a top-level value such as a function that has no JSON form).
 * @example
 * ```ts
 * const html = toScriptTag(toJsonLd(article, { url }));
 * // <script type="application/ld+json">{"@context":"https://schema.org",…}</script>
 * ```
 */
export function toScriptTag(jsonld: object, options: ScriptTagOptions = {}): string {
  let json: string | undefined;
  try {
    json = JSON.stringify(jsonld, null, options.indent);
  } catch (cause) {
    throw new JsonLdError('invalid-input', 'toScriptTag: the value cannot be serialised as JSON.', { cause });
  }
  if (typeof json !== 'string') {
    throw new JsonLdError('invalid-input', 'toScriptTag: the value has no JSON form.', { cause: jsonld });
  }
  const safe = json.replace(UNSAFE, (c) => ESCAPES[c] ?? c);
  return `<script type="application/ld+json">${safe}</script>`;
}
