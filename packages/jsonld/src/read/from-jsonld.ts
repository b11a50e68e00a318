import type { Author, Dateline, Entity, EntityType, Quote } from '@newsmark/schema';
import { isObject, listOf, own, schemaName, schemaTypes, type JsonObject } from '../terms.js';

/** A quote read back from a `Quotation`: no span, since JSON-LD does not carry one. */
export type QuoteFromJsonLd = Pick<Quote, 'id' | 'text' | 'kind' | 'speakerId'>;

/**
 * The Article fields {@link fromJsonLd} can recover from JSON-LD. It has the shape of a newsmark
 * `Article` where JSON-LD carries the information, and leaves out what it cannot (spans, body,
 * provenance, diagnostics). Entities have no mentions (`mentions: []`).
 */
export interface ArticleFromJsonLd {
  /** Always `"article"`. */
  type: 'article';
  /** Always `"1.0"`. */
  schemaVersion: '1.0';
  /** `headline` (or `name` when there is no headline); `null` when neither is present. */
  headline: string | null;
  /** `datePublished` exactly as written when it is ISO 8601 with an offset; `null` when absent or unreadable. */
  datePublished: string | null;
  /** `dateModified`, read like `datePublished`; absent when absent. */
  dateModified?: string;
  /** From `author`. */
  authors: Author[];
  /** From `contributor` and `editor` (role `"editing"`). */
  contributors: Author[];
  /** From `dateline`: the place, and an agency in parentheses. */
  dateline?: Omit<Dateline, 'span'>;
  /** One per `Quotation` in `hasPart` (or pointing at the article with `isPartOf`); `kind` is always `"direct"`. */
  quotes: QuoteFromJsonLd[];
  /** People, organizations, places, … from `mentions`, `about`, `locationCreated`, `contentLocation` and quote speakers. */
  entities: Entity[];
}

/** A stable code for each {@link ReadIssue}. */
export type ReadIssueCode =
  | 'not-json-ld'
  | 'no-article'
  | 'too-deep'
  | 'duplicate-id'
  | 'headline-from-name'
  | 'invalid-date'
  | 'date-truncated'
  | 'author-type-assumed'
  | 'author-without-name'
  | 'untyped-entity'
  | 'unsupported-entity-type'
  | 'quotation-without-text'
  | 'dangling-reference';

/** Something {@link fromJsonLd} could not read, or read with an assumption. */
export interface ReadIssue {
  /** Stable, kebab-case. */
  code: ReadIssueCode;
  /** `"warning"`: information was lost or is missing; `"info"`: an assumption was made. */
  severity: 'warning' | 'info';
  /** JSON Pointer (RFC 6901) to the value in the input document; `""` for the whole document. */
  path: string;
  /** What happened, in words. */
  message: string;
}

/** What {@link fromJsonLd} returns. */
export interface FromJsonLdResult {
  /** The recovered fields. */
  article: ArticleFromJsonLd;
  /** What could not be read, or was read with an assumption. */
  issues: ReadIssue[];
}

// Documents nested deeper than this are not news markup; the reader stops descending there.
const MAX_DEPTH = 100;

// Subtypes of schema.org Article, NewsArticle's family first. A test keeps this list equal to the
// vocabulary's own subtypes of Article.
export const ARTICLE_TYPES: readonly string[] = [
  'NewsArticle',
  'AnalysisNewsArticle',
  'AskPublicNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReportageNewsArticle',
  'ReviewNewsArticle',
  'Article',
  'AdvertiserContentArticle',
  'APIReference',
  'BlogPosting',
  'DiscussionForumPosting',
  'LiveBlogPosting',
  'MedicalScholarlyArticle',
  'Report',
  'SatiricalArticle',
  'ScholarlyArticle',
  'SocialMediaPosting',
  'TechArticle',
];

// schema.org types read as each newsmark entity type: the common ones, not every subtype (the full
// hierarchy lives in the checker's vocabulary, which the main entry does not load).
export const ENTITY_TYPE_NAMES: ReadonlyArray<[EntityType, readonly string[]]> = [
  ['person', ['Person', 'Patient']],
  [
    'organization',
    [
      'Organization', 'NewsMediaOrganization', 'Corporation', 'GovernmentOrganization', 'NGO', 'PoliticalParty',
      'EducationalOrganization', 'CollegeOrUniversity', 'School', 'SportsOrganization', 'SportsTeam',
      'MedicalOrganization', 'LocalBusiness', 'Airline', 'Consortium', 'Cooperative', 'FundingAgency', 'LibrarySystem',
      'PerformingGroup', 'MusicGroup', 'ResearchOrganization', 'WorkersUnion', 'OnlineBusiness',
      'SearchRescueOrganization',
    ],
  ],
  [
    'place',
    [
      'Place', 'Country', 'City', 'State', 'AdministrativeArea', 'Continent', 'Landform', 'BodyOfWater', 'Mountain',
      'LandmarksOrHistoricalBuildings', 'CivicStructure', 'TouristDestination', 'TouristAttraction', 'Residence',
      'Airport', 'GovernmentBuilding', 'Accommodation',
    ],
  ],
  ['event', ['Event', 'Festival', 'Hackathon']],
  ['product', ['Product', 'IndividualProduct', 'ProductModel', 'ProductGroup', 'Vehicle', 'Car', 'Motorcycle', 'Drug']],
  [
    'work',
    [
      'CreativeWork', 'Book', 'Movie', 'TVSeries', 'TVEpisode', 'MusicAlbum', 'MusicRecording', 'MusicComposition',
      'Painting', 'Photograph', 'Legislation', 'Play', 'VideoGame', 'Game', 'Newspaper', 'Periodical',
    ],
  ],
  ['money', ['MonetaryAmount']],
];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

interface Located {
  node: JsonObject;
  path: string;
}

/**
 * Reads a NewsArticle's JSON-LD back into newsmark Article fields, as far as JSON-LD carries them:
 * headline, dates, authors and contributors, dateline, quotations with their speakers, and the
 * mentioned people, organizations and places (without spans). Accepts newsmark's own graphs and
 * the shapes CMSs write: a bare object, an array of objects, `@graph`, `@type` arrays, authors as
 * strings, objects or arrays, terms as `schema:x` or full IRIs. Never throws on a document.
 *
 * @param doc - A parsed JSON-LD document (the value of `JSON.parse`).
 * @returns The recovered article fields and the issues met on the way.
 * @example
 * ```ts
 * const { article, issues } = fromJsonLd(JSON.parse(scriptText));
 * console.log(article.headline, article.authors.map((a) => a.name));
 * ```
 */
export function fromJsonLd(doc: unknown): FromJsonLdResult {
  const issues: ReadIssue[] = [];
  const issue = (code: ReadIssueCode, severity: ReadIssue['severity'], path: string, message: string): void => {
    issues.push({ code, severity, path, message });
  };
  const article: ArticleFromJsonLd = {
    type: 'article',
    schemaVersion: '1.0',
    headline: null,
    datePublished: null,
    authors: [],
    contributors: [],
    quotes: [],
    entities: [],
  };
  if (!isObject(doc) && !Array.isArray(doc)) {
    issue('not-json-ld', 'warning', '', 'The document is not a JSON object or array.');
    return { article, issues };
  }

  const { nodes, byId } = collect(doc, issue);
  const resolve = (value: unknown, path: string): Located | undefined => {
    if (!isObject(value)) return undefined;
    const id = own(value, '@id');
    if (typeof id === 'string' && isReference(value)) {
      const target = byId.get(id);
      if (target === undefined) issue('dangling-reference', 'warning', path, `No node in the document has @id "${id}".`);
      return target;
    }
    return { node: value, path };
  };

  const rank = (n: Located): number => {
    const types = schemaTypes(n.node);
    const ranks = types.map((t) => ARTICLE_TYPES.indexOf(t)).filter((r) => r >= 0);
    return ranks.length > 0 ? Math.min(...ranks) : Infinity;
  };
  let main: Located | undefined;
  for (const n of nodes) if (rank(n) < (main === undefined ? Infinity : rank(main))) main = n;
  if (main === undefined) {
    issue('no-article', 'warning', '', 'No Article or NewsArticle node in the document.');
    return { article, issues };
  }
  const a = main.node;
  const at = (key: string): string => `${main.path}/${escapePointer(key)}`;

  // ----- headline and dates -----
  const headline = texts(values(a, 'headline'))[0];
  const name = texts(values(a, 'name'))[0];
  if (headline !== undefined) article.headline = headline;
  else if (name !== undefined) {
    article.headline = name;
    issue('headline-from-name', 'info', at('name'), 'No headline; the name is used instead.');
  }
  const published = readDate(texts(values(a, 'datePublished'))[0], at('datePublished'), issue);
  if (published !== undefined) article.datePublished = published;
  const modified = readDate(texts(values(a, 'dateModified'))[0], at('dateModified'), issue);
  if (modified !== undefined) article.dateModified = modified;

  // ----- people -----
  const readAgents = (key: string, role?: string): Author[] => {
    const out: Author[] = [];
    listValues(a, key, main.path).forEach(({ value, path }) => {
      const author = readAuthor(value, path, resolve, issue);
      if (author === undefined) return;
      if (role !== undefined) author.role = role;
      out.push(author);
    });
    return out;
  };
  article.authors = readAgents('author');
  article.contributors = [...readAgents('contributor'), ...readAgents('editor', 'editing')];

  const dateline = texts(values(a, 'dateline'))[0];
  if (dateline !== undefined) {
    // "DENVER (AP)": the place, then the agency in brackets at the end.
    const trimmed = dateline.trim();
    const open = trimmed.endsWith(')') ? trimmed.lastIndexOf('(') : -1;
    const place = open > 0 ? trimmed.slice(0, open).trim() : '';
    const agency = open > 0 ? trimmed.slice(open + 1, -1).trim() : '';
    article.dateline = place && agency && !/[()]/.test(agency) ? { text: dateline, place, agency } : { text: dateline, place: dateline };
  }

  // ----- entities -----
  const entities = new Map<unknown, Entity>();
  const entityFor = (value: unknown, path: string): Entity | undefined => {
    if (typeof value === 'string') {
      issue('untyped-entity', 'info', path, `"${value}" is plain text; its type is unknown, so it is left out.`);
      return undefined;
    }
    const target = resolve(value, path);
    if (target === undefined) return undefined;
    const node = target.node;
    const id = own(node, '@id');
    const known = entities.get(typeof id === 'string' ? id : node);
    if (known !== undefined) return known;
    const entity = readEntity(node, `e${entities.size + 1}`, target.path, issue);
    if (entity === undefined) return undefined;
    entities.set(typeof id === 'string' ? id : node, entity);
    return entity;
  };
  for (const key of ['mentions', 'about', 'locationCreated', 'contentLocation']) {
    for (const { value, path } of listValues(a, key, main.path)) entityFor(value, path);
  }

  // ----- quotations -----
  const articleId = own(a, '@id');
  const quotations: Located[] = [];
  for (const { value, path } of listValues(a, 'hasPart', main.path)) {
    const part = resolve(value, path);
    if (part !== undefined && schemaTypes(part.node).includes('Quotation')) quotations.push(part);
  }
  if (typeof articleId === 'string') {
    for (const n of nodes) {
      if (!schemaTypes(n.node).includes('Quotation') || quotations.some((q) => q.node === n.node)) continue;
      const partOf = listOf(values(n.node, 'isPartOf'));
      if (partOf.some((p) => isObject(p) && own(p, '@id') === articleId)) quotations.push(n);
    }
  }
  for (const q of quotations) {
    const text = texts(values(q.node, 'text'))[0] ?? texts(values(q.node, 'name'))[0];
    if (text === undefined) {
      issue('quotation-without-text', 'warning', q.path, 'A Quotation has no text and is left out.');
      continue;
    }
    const quote: QuoteFromJsonLd = { id: `q${article.quotes.length + 1}`, text, kind: 'direct' };
    for (const key of ['spokenByCharacter', 'creator', 'author']) {
      const speaker = listValues(q.node, key, q.path)[0];
      if (speaker === undefined) continue;
      const entity = entityFor(speaker.value, speaker.path);
      if (entity !== undefined) quote.speakerId = entity.id;
      break;
    }
    article.quotes.push(quote);
  }
  article.entities = [...entities.values()];
  return { article, issues };
}

// ---------------------------------------------------------------------------------------------

// Every node object in the document, in document order, and the ones that define an @id. The walk
// is iterative with a depth limit, so a hostile document cannot exhaust the call stack.
function collect(
  doc: unknown,
  issue: (code: ReadIssueCode, severity: ReadIssue['severity'], path: string, message: string) => void,
): { nodes: Located[]; byId: Map<string, Located> } {
  const nodes: Located[] = [];
  const byId = new Map<string, Located>();
  const seen = new Set<object>();
  let tooDeep = false;
  const stack: Array<{ value: unknown; path: string; depth: number }> = [{ value: doc, path: '', depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop() as { value: unknown; path: string; depth: number };
    if (typeof value !== 'object' || value === null || seen.has(value)) continue;
    seen.add(value);
    if (depth > MAX_DEPTH) {
      if (!tooDeep) issue('too-deep', 'warning', path, `The document nests deeper than ${MAX_DEPTH} levels; the rest is not read.`);
      tooDeep = true;
      continue;
    }
    const children: Array<{ value: unknown; path: string; depth: number }> = [];
    if (Array.isArray(value)) {
      value.forEach((v, i) => children.push({ value: v, path: `${path}/${i}`, depth: depth + 1 }));
    } else {
      const obj = value as JsonObject;
      if (!Object.hasOwn(obj, '@value') && !isReference(obj) && Object.keys(obj).some((k) => k !== '@context' && k !== '@graph')) {
        nodes.push({ node: obj, path });
        const id = own(obj, '@id');
        if (typeof id === 'string') {
          if (byId.has(id)) issue('duplicate-id', 'info', path, `@id "${id}" is defined more than once; the first definition is read.`);
          else byId.set(id, { node: obj, path });
        }
      }
      for (const key of Object.keys(obj)) {
        if (key === '@context') continue;
        children.push({ value: obj[key], path: `${path}/${escapePointer(key)}`, depth: depth + 1 });
      }
    }
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as (typeof children)[number]);
  }
  return { nodes, byId };
}

function isReference(obj: JsonObject): boolean {
  const keys = Object.keys(obj).filter((k) => k !== '@context');
  return keys.length === 1 && keys[0] === '@id';
}

// The values of a schema.org property, however the key is spelled (headline, schema:headline,
// https://schema.org/headline).
function values(node: JsonObject, name: string): unknown[] {
  return listValues(node, name).map((v) => v.value);
}

function listValues(node: JsonObject, name: string, nodePath = ''): Array<{ value: unknown; path: string }> {
  const out: Array<{ value: unknown; path: string }> = [];
  for (const key of Object.keys(node)) {
    if (schemaName(key) !== name) continue;
    const base = `${nodePath}/${escapePointer(key)}`;
    const raw = node[key];
    const push = (v: unknown, p: string): void => {
      // {"@list": [...]} and {"@set": [...]} are containers, not values.
      const inner = isObject(v) ? (own(v, '@list') ?? own(v, '@set')) : undefined;
      if (Array.isArray(inner)) inner.forEach((x, i) => out.push({ value: x, path: `${p}/@list/${i}` }));
      else if (v !== null && v !== undefined) out.push({ value: v, path: p });
    };
    if (Array.isArray(raw)) raw.forEach((v, i) => push(v, `${base}/${i}`));
    else push(raw, base);
  }
  return out;
}

// String values, with {"@value": …} unwrapped; numbers as their decimal form.
function texts(list: unknown[]): string[] {
  const out: string[] = [];
  for (const v of list) {
    const raw = isObject(v) ? own(v, '@value') : v;
    if (typeof raw === 'string' && raw.trim() !== '') out.push(raw);
    else if (typeof raw === 'number' && Number.isFinite(raw)) out.push(String(raw));
  }
  return out;
}

function readDate(
  value: string | undefined,
  path: string,
  issue: (code: ReadIssueCode, severity: ReadIssue['severity'], path: string, message: string) => void,
): string | undefined {
  if (value === undefined) return undefined;
  // "+0000" and "+00:00" are the same offset; the model writes the second.
  const v = value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  if (ISO_DATE.test(v)) return v;
  const day = /^(\d{4}-\d{2}-\d{2})[T ]\d/.exec(v);
  if (day?.[1]) {
    issue('date-truncated', 'warning', path, `"${value}" has a time without a time zone; only the date ${day[1]} is kept.`);
    return day[1];
  }
  issue('invalid-date', 'warning', path, `"${value}" is not an ISO 8601 date; it is left out.`);
  return undefined;
}

function readAuthor(
  value: unknown,
  path: string,
  resolve: (value: unknown, path: string) => Located | undefined,
  issue: (code: ReadIssueCode, severity: ReadIssue['severity'], path: string, message: string) => void,
): Author | undefined {
  if (typeof value === 'string' || (isObject(value) && Object.hasOwn(value, '@value'))) {
    const name = texts([value])[0];
    if (name === undefined) return undefined;
    issue('author-type-assumed', 'info', path, `Author "${name}" is plain text; read as a person.`);
    return { name, type: 'person' };
  }
  const target = resolve(value, path);
  if (target === undefined) return undefined;
  const node = target.node;
  const name = agentName(node);
  if (name === undefined) {
    issue('author-without-name', 'warning', target.path, 'An author has no name and is left out.');
    return undefined;
  }
  const kind = entityType(schemaTypes(node));
  const author: Author = { name, type: kind === 'organization' ? 'organization' : 'person' };
  if (kind !== 'person' && kind !== 'organization') {
    issue('author-type-assumed', 'info', target.path, `Author "${name}" is neither a Person nor an Organization; read as a person.`);
  }
  const jobTitle = texts(values(node, 'jobTitle'))[0];
  if (jobTitle !== undefined) author.role = jobTitle;
  return author;
}

function readEntity(
  node: JsonObject,
  id: string,
  path: string,
  issue: (code: ReadIssueCode, severity: ReadIssue['severity'], path: string, message: string) => void,
): Entity | undefined {
  const types = schemaTypes(node);
  const type = entityType(types);
  if (type === undefined) {
    issue('unsupported-entity-type', 'info', path, `A ${types.join('/') || 'node without @type'} is not read as an entity.`);
    return undefined;
  }
  let name = agentName(node);
  const entity: Entity = { id, type, name: '', mentions: [] };
  if (type === 'money') {
    const amount = Number(texts(values(node, 'value'))[0]);
    const currency = texts(values(node, 'currency'))[0];
    if (Number.isFinite(amount)) entity.value = currency === undefined ? { amount } : { amount, currency };
    name ??= [currency, texts(values(node, 'value'))[0]].filter((x) => x !== undefined).join(' ') || undefined;
  }
  if (name === undefined) {
    issue('unsupported-entity-type', 'info', path, `A ${types.join('/')} without a name is not read as an entity.`);
    return undefined;
  }
  entity.name = name;
  const aliases = texts(values(node, 'alternateName'));
  if (aliases.length > 0) entity.aliases = aliases;
  const roles = texts(values(node, 'jobTitle'));
  if (roles.length > 0) entity.roles = roles;
  return entity;
}

function agentName(node: JsonObject): string | undefined {
  const name = texts(values(node, 'name'))[0];
  if (name !== undefined) return name;
  const given = texts(values(node, 'givenName'))[0];
  const family = texts(values(node, 'familyName'))[0];
  const full = [given, family].filter((x) => x !== undefined).join(' ');
  return full === '' ? undefined : full;
}

function entityType(types: string[]): EntityType | undefined {
  for (const [type, names] of ENTITY_TYPE_NAMES) if (types.some((t) => names.includes(t))) return type;
  return undefined;
}

function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
