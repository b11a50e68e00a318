// Small helpers shared by the writer, the reader and the checker: how a schema.org term may be
// spelled in a document, and safe access to untrusted objects.

/** The `@context` value newsmark writes. */
export const SCHEMA_CONTEXT = 'https://schema.org' as const;

// A document written against the schema.org context may name a term bare (`headline`), as a
// compact IRI (`schema:headline`) or as a full IRI over either scheme.
const SCHEMA_IRI_PREFIXES = ['https://schema.org/', 'http://schema.org/', 'schema:'];

/**
 * The schema.org local name of a term, or `undefined` when the term belongs to another vocabulary
 * (a full IRI elsewhere, or a compact IRI with another prefix such as `og:title`).
 */
export function schemaName(term: string): string | undefined {
  for (const prefix of SCHEMA_IRI_PREFIXES) {
    if (term.startsWith(prefix)) {
      const rest = term.slice(prefix.length);
      return rest.length > 0 && !rest.includes('/') && !rest.includes('#') ? rest : undefined;
    }
  }
  // Under the schema.org context a bare word is a schema.org term; anything with a colon is an
  // IRI of its own (`og:title`, `http://example.org/x`).
  return term.length > 0 && !term.includes(':') && !term.startsWith('@') ? term : undefined;
}

/** A plain JSON object (not an array, not null). */
export type JsonObject = Record<string, unknown>;

/** True for a non-null, non-array object. */
export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * An own property of an untrusted object. Reading through `Object.hasOwn` keeps a document's
 * `__proto__` or `constructor` keys from resolving to `Object.prototype` members.
 */
export function own(obj: JsonObject, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** A value as a list: arrays as they are, `undefined`/`null` as empty, anything else as one item. */
export function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The schema.org local names of a node's `@type` (other vocabularies' types are left out). */
export function schemaTypes(node: JsonObject): string[] {
  const out: string[] = [];
  for (const t of listOf(own(node, '@type'))) {
    if (typeof t !== 'string') continue;
    const name = schemaName(t);
    if (name !== undefined) out.push(name);
  }
  return out;
}

/** True for the `@context` values that mean "the schema.org vocabulary". */
export function isSchemaContext(value: unknown): boolean {
  if (typeof value === 'string') return /^https?:\/\/schema\.org\/?$/.test(value);
  if (Array.isArray(value)) {
    // `["https://schema.org", {"@language": "en"}]`: one schema.org entry, the rest only keywords.
    return value.some(isSchemaContext) && value.every((c) => isSchemaContext(c) || isKeywordOnlyContext(c));
  }
  if (isObject(value)) {
    const vocab = own(value, '@vocab');
    return typeof vocab === 'string' && /^https?:\/\/schema\.org\/$/.test(vocab) && isKeywordOnlyContext(value);
  }
  return false;
}

// A context object that defines no terms of its own (only @vocab, @language, @base, …).
function isKeywordOnlyContext(value: unknown): boolean {
  return isObject(value) && Object.keys(value).every((k) => k.startsWith('@'));
}
