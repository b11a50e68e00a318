import { isObject, isSchemaContext, listOf, own, schemaName, type JsonObject } from '../terms.js';
import {
  isAbsoluteUrl,
  isBooleanText,
  isDate,
  isDateTime,
  isIntegerText,
  isNumberText,
  isRelativeUrl,
  isTime,
  lacksTimeZone,
  pixels,
} from './values.js';
import { vocabulary, type PropertyInfo, type Vocabulary } from './vocab.js';

/** How bad a {@link CheckIssue} is. */
export type CheckSeverity = 'error' | 'warning' | 'info';

/** A stable code for each {@link CheckIssue}. The README lists what each means. */
export type CheckIssueCode =
  // the document
  | 'invalid-document'
  | 'invalid-node'
  | 'missing-context'
  | 'unsupported-context'
  | 'unknown-keyword'
  | 'too-deep'
  | 'too-many-issues'
  // terms
  | 'unknown-type'
  | 'invalid-type'
  | 'missing-type'
  | 'unknown-property'
  | 'property-not-on-type'
  | 'superseded-term'
  | 'pending-term'
  // values
  | 'text-for-node'
  | 'literal-for-node'
  | 'node-for-literal'
  | 'wrong-literal-type'
  | 'unexpected-type'
  | 'malformed-date'
  | 'malformed-url'
  | 'relative-url'
  | 'malformed-number'
  | 'malformed-boolean'
  // identifiers
  | 'invalid-id'
  | 'dangling-id'
  | 'duplicate-id'
  // Google's Article guidance
  | 'google-missing-headline'
  | 'google-headline-too-long'
  | 'google-missing-image'
  | 'google-image-too-small'
  | 'google-image-narrow'
  | 'google-missing-date-published'
  | 'google-date-without-timezone'
  | 'google-missing-author'
  | 'google-author-type'
  | 'google-author-name'
  | 'google-author-url';

/** One problem in a JSON-LD document. */
export interface CheckIssue {
  /** Stable, kebab-case. */
  code: CheckIssueCode;
  /** JSON Pointer (RFC 6901) to the offending key or value; `""` for the whole document. */
  path: string;
  /** What is wrong, in words, with a suggestion where there is one. */
  message: string;
  /**
   * `error`: invalid schema.org or JSON-LD (consumers will ignore or misread it); `warning`:
   * allowed but probably not what was meant, or against Google's guidance; `info`: worth knowing.
   */
  severity: CheckSeverity;
}

/** Limits and switches of {@link checkJsonLd}. */
export interface CheckOptions {
  /** Deepest nesting (objects and arrays) checked; deeper content gives one `too-deep` error. Default 64. */
  maxDepth?: number;
  /** Stop after this many issues, adding one `too-many-issues`. Default 1000. */
  maxIssues?: number;
  /** Check Article nodes against Google's Article structured-data guidance. Default `true`. */
  google?: boolean;
}

const DEFAULT_MAX_DEPTH = 64;
const DEFAULT_MAX_ISSUES = 1000;
// Google: "we recommend using concise headlines, as long headlines may be truncated"; its former
// hard limit was 110 characters.
const HEADLINE_LIMIT = 110;
// Google: images must be at least 50K pixels when multiplying width and height.
const MIN_IMAGE_PIXELS = 50_000;
// Google Discover shows large images only when they are at least 1200 px wide.
const LARGE_IMAGE_WIDTH = 1200;

// Keywords that may appear on a node object; anything else starting with "@" is unknown.
const NODE_KEYWORDS = new Set(['@context', '@id', '@type', '@graph', '@reverse', '@index', '@included', '@nest']);

interface NodeRecord {
  node: JsonObject;
  path: string;
  types: string[];
}

interface PendingRef {
  id: string;
  path: string;
  prop: PropertyInfo;
  classes: string[];
  mayBeUrl: boolean;
}

type Frame =
  | { kind: 'top'; value: unknown; path: string; depth: number }
  | { kind: 'node'; value: unknown; path: string; depth: number }
  | { kind: 'value'; value: unknown; path: string; depth: number; prop: PropertyInfo };

class Stop extends Error {}

/**
 * Checks a JSON-LD document against the schema.org vocabulary (release 30.0, shipped with the
 * package, no network) and, for Article nodes, Google's Article guidance. Reports unknown types and
 * properties (with a "did you mean"), properties used on the wrong type, text or numbers where a
 * node is expected and the reverse, malformed dates, URLs, numbers and booleans, dangling and
 * duplicate `@id`s. Never throws on a document, however deep or large.
 *
 * @param doc - A parsed JSON-LD document (the value of `JSON.parse`).
 * @param options - Depth and issue limits; `google: false` to skip Google's guidance.
 * @returns The issues in the order the walk meets them (a node's own issues before its values'),
 *   then identifier issues, then Google's guidance.
 * @example
 * ```ts
 * import { checkJsonLd } from '@newsmark/jsonld/check';
 * const issues = checkJsonLd(JSON.parse(text));
 * const errors = issues.filter((i) => i.severity === 'error');
 * ```
 */
export function checkJsonLd(doc: unknown, options: CheckOptions = {}): CheckIssue[] {
  const checker = new Checker(vocabulary(), options);
  try {
    checker.run(doc);
  } catch (e) {
    if (!(e instanceof Stop)) throw e;
  }
  return checker.issues;
}

/**
 * Formats issues one a line: `severity path code: message`.
 *
 * @param issues - From {@link checkJsonLd}.
 * @returns A multi-line report; empty for no issues.
 * @example
 * ```ts
 * console.error(formatCheckIssues(checkJsonLd(doc)));
 * // error /@graph/0/headlin unknown-property: Unknown property "headlin"; did you mean "headline"?
 * ```
 */
export function formatCheckIssues(issues: readonly CheckIssue[]): string {
  return issues.map((i) => `${i.severity} ${i.path || '/'} ${i.code}: ${i.message}`).join('\n');
}

class Checker {
  readonly issues: CheckIssue[] = [];
  private readonly maxDepth: number;
  private readonly maxIssues: number;
  private readonly google: boolean;
  private readonly stack: Frame[] = [];
  private readonly seen = new Set<object>();
  private readonly nodes: NodeRecord[] = [];
  private readonly records = new Map<object, NodeRecord>();
  private readonly definitions = new Map<string, NodeRecord[]>();
  private readonly refs: PendingRef[] = [];
  private readonly noted = new Set<string>();
  private tooDeep = false;

  constructor(
    private readonly vocab: Vocabulary,
    options: CheckOptions,
  ) {
    this.maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
    this.maxIssues = options.maxIssues ?? DEFAULT_MAX_ISSUES;
    this.google = options.google ?? true;
  }

  run(doc: unknown): void {
    if (!isObject(doc) && !Array.isArray(doc)) {
      this.add('invalid-document', 'error', '', 'A JSON-LD document is a JSON object or an array of objects.');
      return;
    }
    this.stack.push({ kind: 'top', value: doc, path: '', depth: 0 });
    while (this.stack.length > 0) {
      const frame = this.stack.pop() as Frame;
      if (frame.depth > this.maxDepth) {
        if (!this.tooDeep) {
          this.tooDeep = true;
          this.add('too-deep', 'error', frame.path, `Nested deeper than ${this.maxDepth} levels; the content below is not checked.`);
        }
        continue;
      }
      if (frame.kind === 'top') this.top(frame.value, frame.path, frame.depth);
      else if (frame.kind === 'node') this.node(frame.value, frame.path, frame.depth);
      else this.value(frame.value, frame.path, frame.depth, frame.prop);
    }
    this.checkIdentifiers();
    if (this.google) for (const n of this.nodes) if (n.types.some((t) => this.vocab.isA(t, 'Article'))) this.googleArticle(n);
  }

  // ----- walking -----

  private push(frames: Frame[]): void {
    // Reversed, so the stack pops them in document order.
    for (let i = frames.length - 1; i >= 0; i--) this.stack.push(frames[i] as Frame);
  }

  private top(value: unknown, path: string, depth: number): void {
    if (Array.isArray(value)) {
      this.push(value.map((v, i) => ({ kind: 'top', value: v, path: `${path}/${i}`, depth: depth + 1 })));
      return;
    }
    if (!isObject(value)) {
      this.add('invalid-node', 'error', path, 'Expected a node object here.');
      return;
    }
    this.context(value, path, true);
    const graph = own(value, '@graph');
    const rest = Object.keys(value).filter((k) => k !== '@context' && k !== '@graph');
    if (graph !== undefined) {
      const items = listOf(graph);
      const base = Array.isArray(graph) ? `${path}/@graph` : undefined;
      this.push(items.map((v, i) => ({ kind: 'node', value: v, path: base === undefined ? `${path}/@graph` : `${base}/${i}`, depth: depth + 2 })));
      // A top-level object with @graph and other properties describes the graph itself.
      if (rest.length > 0) this.node(value, path, depth, true);
      return;
    }
    this.node(value, path, depth, true);
  }

  private context(obj: JsonObject, path: string, required: boolean): void {
    if (!Object.hasOwn(obj, '@context')) {
      if (required) this.add('missing-context', 'error', path, 'No @context: add "@context": "https://schema.org".');
      return;
    }
    if (!isSchemaContext(own(obj, '@context'))) {
      this.add(
        'unsupported-context',
        'warning',
        `${path}/@context`,
        'The @context is not the schema.org context; terms are checked as schema.org terms anyway.',
      );
    }
  }

  private node(value: unknown, path: string, depth: number, contextChecked = false): void {
    if (!isObject(value)) {
      this.add('invalid-node', 'error', path, 'Expected a node object here.');
      return;
    }
    if (this.seen.has(value)) return;
    this.seen.add(value);
    if (!contextChecked) this.context(value, path, false);

    const keys = Object.keys(value);
    const hasProperties = keys.some((k) => !k.startsWith('@'));
    const id = own(value, '@id');
    if (id !== undefined && typeof id !== 'string') this.add('invalid-id', 'error', `${path}/@id`, '@id must be a string (an IRI).');
    const types = this.types(value, path, hasProperties);
    const record: NodeRecord = { node: value, path, types };
    this.nodes.push(record);
    this.records.set(value, record);
    if (typeof id === 'string' && keys.some((k) => k !== '@id' && k !== '@context')) {
      const list = this.definitions.get(id);
      if (list === undefined) this.definitions.set(id, [record]);
      else list.push(record);
    }

    const frames: Frame[] = [];
    for (const key of keys) {
      const at = `${path}/${pointer(key)}`;
      const v = value[key];
      if (key.startsWith('@')) {
        if (!NODE_KEYWORDS.has(key)) this.add('unknown-keyword', 'warning', at, `${quote(key)} is not a JSON-LD keyword allowed on a node.`);
        else if (key === '@graph' || key === '@included') {
          if (!contextChecked || key === '@included') {
            listOf(v).forEach((item, i) => frames.push({ kind: 'node', value: item, path: Array.isArray(v) ? `${at}/${i}` : at, depth: depth + 2 }));
          }
        }
        continue;
      }
      const name = schemaName(key);
      // Terms of other vocabularies (og:title, http://purl.org/dc/terms/title) are not ours to judge.
      if (name === undefined) continue;
      const prop = this.vocab.properties.get(name);
      if (prop === undefined) {
        const isClass = this.vocab.classes.has(name);
        const hint = isClass ? '' : this.vocab.suggest(name, 'property');
        this.add(
          'unknown-property',
          'error',
          at,
          isClass
            ? `${quote(name)} is a schema.org type, not a property.`
            : `Unknown property ${quote(name)}${hint ? `; did you mean "${hint}"?` : '.'}`,
        );
        continue;
      }
      this.termNotes(prop, at);
      if (types.length > 0 && prop.domain.length > 0 && !types.some((t) => prop.domain.some((d) => this.vocab.isA(t, d)))) {
        this.add(
          'property-not-on-type',
          'error',
          at,
          `${quote(name)} is not a property of ${types.join(' or ')}; schema.org defines it on ${prop.domain.join(', ')}.`,
        );
      }
      frames.push({ kind: 'value', value: v, path: at, depth: depth + 1, prop });
    }
    this.push(frames);
  }

  private types(node: JsonObject, path: string, hasProperties: boolean): string[] {
    const raw = own(node, '@type');
    const at = `${path}/@type`;
    if (raw === undefined) {
      if (hasProperties) this.add('missing-type', 'warning', path, 'This node has no @type, so consumers cannot tell what it describes.');
      return [];
    }
    const list = Array.isArray(raw) ? raw : [raw];
    if (list.length === 0 || list.some((t) => typeof t !== 'string')) {
      this.add('invalid-type', 'error', at, '@type must be a string or an array of strings.');
    }
    const known: string[] = [];
    list.forEach((t, i) => {
      if (typeof t !== 'string') return;
      const name = schemaName(t);
      if (name === undefined) return;
      const where = Array.isArray(raw) ? `${at}/${i}` : at;
      const info = this.vocab.classes.get(name);
      if (info === undefined) {
        const hint = this.vocab.properties.has(name) ? undefined : this.vocab.suggest(name, 'class');
        this.add(
          'unknown-type',
          'error',
          where,
          this.vocab.properties.has(name)
            ? `${quote(name)} is a schema.org property, not a type.`
            : `Unknown type ${quote(name)}${hint ? `; did you mean "${hint}"?` : '.'}`,
        );
        return;
      }
      this.termNotes(info, where);
      known.push(name);
    });
    return known;
  }

  // Superseded and pending terms are noted once per document, at their first use.
  private termNotes(term: { name: string; pending: boolean; supersededBy?: string }, path: string): void {
    if (term.supersededBy !== undefined && !this.noted.has(`s:${term.name}`)) {
      this.noted.add(`s:${term.name}`);
      this.add('superseded-term', 'warning', path, `${quote(term.name)} is superseded by "${term.supersededBy}".`);
    }
    if (term.pending && !this.noted.has(`p:${term.name}`)) {
      this.noted.add(`p:${term.name}`);
      this.add('pending-term', 'info', path, `${quote(term.name)} is a pending schema.org term: it may change, and search engines may ignore it.`);
    }
  }

  private value(value: unknown, path: string, depth: number, prop: PropertyInfo): void {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      this.push(value.map((v, i) => ({ kind: 'value', value: v, path: `${path}/${i}`, depth: depth + 1, prop })));
      return;
    }
    const { dataTypes, classes } = this.range(prop);
    if (!isObject(value)) {
      this.literal(value, path, prop, dataTypes, classes);
      return;
    }
    if (Object.hasOwn(value, '@value')) {
      this.literal(own(value, '@value'), `${path}/@value`, prop, dataTypes, classes);
      return;
    }
    for (const container of ['@list', '@set']) {
      if (Object.hasOwn(value, container)) {
        const items = listOf(own(value, container));
        this.push(items.map((v, i) => ({ kind: 'value', value: v, path: `${path}/${container}/${i}`, depth: depth + 2, prop })));
        return;
      }
    }
    const id = own(value, '@id');
    const isReference = Object.keys(value).every((k) => k === '@id');
    const mayBeUrl = dataTypes.includes('URL');
    if (isReference) {
      if (typeof id !== 'string') {
        this.add('invalid-id', 'error', `${path}/@id`, '@id must be a string (an IRI).');
        return;
      }
      const member = schemaName(id);
      if (member !== undefined && this.isMemberOf(member, classes)) return;
      if (classes.length === 0 && !mayBeUrl && dataTypes.length > 0) {
        this.add('node-for-literal', 'error', path, `${quote(prop.name)} expects ${describe(dataTypes)}, not a node reference.`);
        return;
      }
      this.refs.push({ id, path: `${path}/@id`, prop, classes, mayBeUrl });
      return;
    }
    if (classes.length === 0 && dataTypes.length > 0) {
      this.add('node-for-literal', 'error', path, `${quote(prop.name)} expects ${describe(dataTypes)}, not a node.`);
    } else {
      const types = this.nodeTypes(value);
      if (types.length > 0 && classes.length > 0 && !this.compatible(types, classes)) {
        this.add('unexpected-type', 'warning', `${path}/@type`, `${quote(prop.name)} expects ${classes.join(' or ')}, not ${types.join(' or ')}.`);
      }
    }
    this.stack.push({ kind: 'node', value, path, depth: depth + 1 });
  }

  private literal(value: unknown, path: string, prop: PropertyInfo, dataTypes: string[], classes: string[]): void {
    const name = quote(prop.name);
    const texty = dataTypes.some((t) => (this.vocab.isA(t, 'Text') && t !== 'URL') || this.vocab.isA(t, 'Quantity'));
    if (typeof value === 'string') {
      if (dataTypes.length === 0 && classes.length === 0) return;
      if (texty) return;
      if (classes.length > 0 && this.isMemberOf(schemaName(value) ?? value, classes)) return;
      if (dataTypes.length === 0) {
        this.add(
          'text-for-node',
          'warning',
          path,
          `${name} expects ${classes.join(' or ')}; schema.org accepts text here, but consumers such as Google want a node with a @type.`,
        );
        return;
      }
      if (this.stringMatches(value, dataTypes)) return;
      if (dataTypes.includes('URL') && isRelativeUrl(value)) {
        this.add('relative-url', 'warning', path, `${quote(shorten(value))} is a relative URL; write it absolute so it means the same on every page.`);
        return;
      }
      const code = dataTypes.some((t) => t === 'Date' || t === 'DateTime' || t === 'Time')
        ? 'malformed-date'
        : dataTypes.includes('URL')
          ? 'malformed-url'
          : dataTypes.some((t) => this.vocab.isA(t, 'Number'))
            ? 'malformed-number'
            : 'malformed-boolean';
      this.add(code, 'error', path, `${quote(shorten(value))} is not a valid ${describe(dataTypes)} for ${name}.`);
      return;
    }
    if (typeof value === 'number' || typeof value === 'boolean') {
      if (dataTypes.length === 0 && classes.length === 0) return;
      const kind = typeof value;
      const fits =
        kind === 'boolean'
          ? dataTypes.includes('Boolean')
          : (dataTypes.includes('Number') || dataTypes.includes('Float') || (dataTypes.includes('Integer') && Number.isInteger(value))) ||
            // A bare number for a Distance or QuantitativeValue (an image's width) is what Google's
            // own examples and most CMSs write; it is accepted.
            dataTypes.some((t) => this.vocab.isA(t, 'Quantity')) ||
            classes.some((c) => this.vocab.isA(c, 'QuantitativeValue'));
      if (fits) return;
      if (dataTypes.includes('Integer') && kind === 'number' && !dataTypes.includes('Number')) {
        this.add('malformed-number', 'error', path, `${name} expects an Integer, not ${String(value)}.`);
      } else if (dataTypes.length === 0) {
        this.add('literal-for-node', 'error', path, `${name} expects ${classes.join(' or ')}, not a ${kind}.`);
      } else if (texty) {
        this.add('wrong-literal-type', 'warning', path, `${name} expects ${describe(dataTypes)}; write the ${kind} as a string.`);
      } else {
        this.add('wrong-literal-type', 'error', path, `${name} expects ${describe(dataTypes)}, not a ${kind}.`);
      }
      return;
    }
    this.add('invalid-node', 'error', path, `A value of ${name} must be a string, number, boolean or object.`);
  }

  private stringMatches(value: string, dataTypes: string[]): boolean {
    for (const t of dataTypes) {
      if (t === 'Date' && isDate(value)) return true;
      if (t === 'DateTime' && isDateTime(value)) return true;
      if (t === 'Time' && isTime(value)) return true;
      if (t === 'URL' && isAbsoluteUrl(value)) return true;
      if ((t === 'Number' || t === 'Float') && isNumberText(value)) return true;
      if (t === 'Integer' && isIntegerText(value)) return true;
      if (t === 'Boolean' && isBooleanText(value)) return true;
    }
    return false;
  }

  // ----- identifiers -----

  private checkIdentifiers(): void {
    for (const [id, defs] of this.definitions) {
      for (const dup of defs.slice(1)) {
        this.add(
          'duplicate-id',
          'warning',
          `${dup.path}/@id`,
          `@id ${quote(id)} is also defined at ${(defs[0] as NodeRecord).path || '/'}; consumers merge the two, which is rarely what was meant.`,
        );
      }
    }
    const bases = new Set([...this.definitions.keys()].map(documentPart));
    for (const ref of this.refs) {
      const target = this.definitions.get(ref.id)?.[0];
      if (target === undefined) {
        // A reference is dangling when it can only mean a node of this document: a fragment, a
        // blank node, a relative IRI, or an IRI on the same page as the document's own nodes. An
        // absolute URL where a URL is allowed (mainEntityOfPage) points at the web, not the graph.
        const absolute = /^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(ref.id) && !ref.id.startsWith('_:');
        const internal = !absolute || (bases.has(documentPart(ref.id)) && !(ref.mayBeUrl && !ref.id.includes('#')));
        if (internal) this.add('dangling-id', 'error', ref.path, `No node in this document has @id ${quote(ref.id)}.`);
        continue;
      }
      if (target.types.length > 0 && ref.classes.length > 0 && !this.compatible(target.types, ref.classes)) {
        this.add(
          'unexpected-type',
          'warning',
          ref.path,
          `${quote(ref.prop.name)} expects ${ref.classes.join(' or ')}; ${quote(ref.id)} is a ${target.types.join(' or ')}.`,
        );
      }
    }
  }

  // ----- Google's Article guidance -----

  private googleArticle(n: NodeRecord): void {
    const get = (name: string): Array<{ value: unknown; path: string }> => propertyValues(n.node, name, n.path);
    const headline = get('headline');
    if (headline.length === 0) this.add('google-missing-headline', 'warning', n.path, 'Google recommends a headline for articles.');
    for (const h of headline) {
      const text = typeof h.value === 'string' ? h.value : undefined;
      if (text !== undefined && text.length > HEADLINE_LIMIT) {
        this.add('google-headline-too-long', 'warning', h.path, `The headline has ${text.length} characters; Google may truncate it (keep it within ${HEADLINE_LIMIT}).`);
      }
    }
    const images = get('image');
    if (images.length === 0) this.add('google-missing-image', 'warning', n.path, 'Google recommends at least one image for articles.');
    for (const img of images) {
      const node = this.resolve(img.value);
      if (node === undefined) continue;
      const width = pixels(propertyValues(node.node, 'width', node.path)[0]?.value);
      const height = pixels(propertyValues(node.node, 'height', node.path)[0]?.value);
      if (width !== undefined && height !== undefined && width * height < MIN_IMAGE_PIXELS) {
        this.add('google-image-too-small', 'warning', img.path, `The image is ${width}×${height}; Google wants at least ${MIN_IMAGE_PIXELS} pixels (width × height).`);
      } else if (width !== undefined && width < LARGE_IMAGE_WIDTH) {
        this.add('google-image-narrow', 'info', img.path, `The image is ${width} px wide; Google Discover shows large images only from ${LARGE_IMAGE_WIDTH} px.`);
      }
    }
    const published = get('datePublished');
    if (published.length === 0) this.add('google-missing-date-published', 'warning', n.path, 'Google recommends datePublished for articles.');
    for (const d of [...published, ...get('dateModified')]) {
      if (typeof d.value === 'string' && lacksTimeZone(d.value)) {
        this.add('google-date-without-timezone', 'warning', d.path, `${quote(d.value)} has a time but no time zone; Google may read it in the wrong one.`);
      }
    }
    const authors = get('author');
    if (authors.length === 0) this.add('google-missing-author', 'warning', n.path, 'Google recommends an author for articles.');
    for (const a of authors) {
      // Plain-text authors already have a text-for-node warning.
      const node = this.resolve(a.value);
      if (node === undefined) continue;
      if (!node.types.some((t) => this.vocab.isA(t, 'Person') || this.vocab.isA(t, 'Organization'))) {
        this.add('google-author-type', 'warning', a.path, 'Google wants each author to be a Person or an Organization.');
      }
      if (propertyValues(node.node, 'name', node.path).length === 0) {
        this.add('google-author-name', 'warning', a.path, "Google wants each author's name.");
      }
      if (propertyValues(node.node, 'url', node.path).length === 0 && propertyValues(node.node, 'sameAs', node.path).length === 0) {
        this.add('google-author-url', 'warning', a.path, 'Google recommends a url (or sameAs) that identifies the author.');
      }
    }
  }

  // ----- helpers -----

  private resolve(value: unknown): NodeRecord | undefined {
    if (!isObject(value)) return undefined;
    const id = own(value, '@id');
    if (typeof id === 'string' && Object.keys(value).every((k) => k === '@id')) return this.definitions.get(id)?.[0];
    return this.records.get(value);
  }

  private range(prop: PropertyInfo): { dataTypes: string[]; classes: string[] } {
    const dataTypes: string[] = [];
    const classes: string[] = [];
    for (const r of prop.range) (this.vocab.classes.get(r)?.dataType ? dataTypes : classes).push(r);
    return { dataTypes, classes };
  }

  private nodeTypes(node: JsonObject): string[] {
    return listOf(own(node, '@type'))
      .filter((t): t is string => typeof t === 'string')
      .map((t) => schemaName(t))
      .filter((t): t is string => t !== undefined && this.vocab.classes.has(t));
  }

  private compatible(types: string[], classes: string[]): boolean {
    return types.some((t) => classes.some((c) => this.vocab.isA(t, c)));
  }

  private isMemberOf(name: string, classes: string[]): boolean {
    const member = this.vocab.members.get(name);
    return member !== undefined && member.enumerations.some((e) => classes.some((c) => this.vocab.isA(e, c)));
  }

  private add(code: CheckIssueCode, severity: CheckSeverity, path: string, message: string): void {
    if (this.issues.length >= this.maxIssues) {
      this.issues.push({ code: 'too-many-issues', severity: 'error', path: '', message: `Stopped after ${this.maxIssues} issues.` });
      throw new Stop();
    }
    this.issues.push({ code, severity, path, message });
  }
}

// The values of a schema.org property on a node, however its key is spelled, with their paths.
function propertyValues(node: JsonObject, name: string, nodePath: string): Array<{ value: unknown; path: string }> {
  const out: Array<{ value: unknown; path: string }> = [];
  for (const key of Object.keys(node)) {
    if (schemaName(key) !== name) continue;
    const v = node[key];
    const at = `${nodePath}/${pointer(key)}`;
    if (Array.isArray(v)) v.forEach((x, i) => x !== null && out.push({ value: x, path: `${at}/${i}` }));
    else if (v !== null && v !== undefined) out.push({ value: v, path: at });
  }
  return out;
}

function documentPart(iri: string): string {
  const hash = iri.indexOf('#');
  return hash === -1 ? iri : iri.slice(0, hash);
}

function pointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function describe(dataTypes: string[]): string {
  return dataTypes.join(' or ');
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

function quote(text: string): string {
  return JSON.stringify(shorten(text));
}
