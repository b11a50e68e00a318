import type { Article, Author, Entity } from '@newsmark/schema';
import type {
  CityLeaf,
  CountryLeaf,
  CreativeWorkLeaf,
  EventLeaf,
  IdReference,
  ImageObjectLeaf,
  NewsArticleLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  ProductLeaf,
  QuotationLeaf,
  WebPageLeaf,
} from 'schema-dts';
import { JsonLdError } from '../errors.js';
import { SCHEMA_CONTEXT } from '../terms.js';
import type {
  GraphNode,
  ImageOptions,
  JsonLdOptions,
  JsonLdResult,
  JsonLdWarning,
  JsonLdWarningCode,
  NewsArticleGraph,
  WithId,
} from '../types.js';
import { foldPlaceName, isCountryName } from './countries.js';
import { SlugRegistry } from './slug.js';

// Google shows at most about this many characters of a headline; longer ones may be truncated.
const HEADLINE_LIMIT = 110;
// `about` lists the article's main subjects: at most this many people/organizations…
const ABOUT_MAX = 3;
// …each named at least this often…
const ABOUT_MIN_SCORE = 2;
// …and at least this share as often as the most prominent one.
const ABOUT_MIN_SHARE = 0.5;

type AgentKind = 'person' | 'organization' | 'place' | 'event' | 'work' | 'product';

// Entity types that become graph nodes. Dates, money, quantities and percentages are values, not
// things an article is "about" or "mentions" in schema.org's sense, so they are left out.
const NODE_KINDS: ReadonlySet<string> = new Set<AgentKind>(['person', 'organization', 'place', 'event', 'work', 'product']);

/** Everything known about one person, organization, place, … before it is written as a node. */
interface Agent {
  kind: AgentKind;
  name: string;
  id: string;
  entityIds: string[];
  roles: string[];
  aliases: string[];
  sameAs: string[];
  url?: string;
  logo?: string | ImageOptions;
  placeType?: 'Place' | 'Country' | 'City';
  containedIn?: Agent;
}

/**
 * Converts a parsed article to a schema.org JSON-LD graph and reports recommended fields it could
 * not fill. The graph is the same one {@link toJsonLd} returns; the warnings live beside it, not
 * inside it, so the JSON-LD stays clean.
 *
 * @param article - A newsmark Article, as `parseArticle` returns it.
 * @param options - Facts about the article that are not in its text (URL, publisher, images, …).
 * @returns `{ jsonld, warnings }`.
 * @throws {@link JsonLdError} with code `invalid-option` when an option is not what its type says.
 * @example
 * ```ts
 * const { jsonld, warnings } = toJsonLdWithReport(article, { url: 'https://example.com/story' });
 * for (const w of warnings) console.warn(`${w.code}: ${w.message}`);
 * ```
 */
export function toJsonLdWithReport(article: Article, options: JsonLdOptions = {}): JsonLdResult {
  if (typeof article !== 'object' || article === null || !Array.isArray(article.entities)) {
    throw new JsonLdError('invalid-input', 'toJsonLd expects a newsmark Article (the value parseArticle returns).', {
      cause: article,
    });
  }
  const warnings: JsonLdWarning[] = [];
  const warn = (code: JsonLdWarningCode, severity: JsonLdWarning['severity'], path: string, message: string): void => {
    warnings.push({ code, severity, path, message });
  };

  const url = options.url === undefined ? undefined : absoluteUrl(options.url, 'url');
  const idBase = options.idBase === undefined ? undefined : absoluteUrl(options.idBase, 'idBase');
  const pageBase = withoutFragment(url ?? idBase ?? '');
  const entityBase = withoutFragment(idBase ?? url ?? '');
  if (url === undefined) {
    warn(
      'missing-url',
      'warning',
      'options.url',
      idBase === undefined
        ? 'No url: no WebPage or mainEntityOfPage, and @ids are relative ("#article"), so they resolve against the page that embeds them.'
        : 'No url: no WebPage or mainEntityOfPage.',
    );
  }

  const registry = new AgentRegistry(entityBase);
  const articleId = `${pageBase}#article`;

  // The publisher first: an author or entity with the same name is the same organization.
  const publisher = options.publisher;
  let publisherAgent: Agent | undefined;
  if (publisher !== undefined) {
    if (typeof publisher.name !== 'string' || publisher.name.trim() === '') {
      throw new JsonLdError('invalid-option', 'options.publisher.name must be a non-empty string.', { cause: publisher });
    }
    publisherAgent = registry.add('organization', publisher.name);
    if (publisher.url !== undefined) publisherAgent.url = absoluteUrl(publisher.url, 'publisher.url');
    if (publisher.logo !== undefined) publisherAgent.logo = checkImage(publisher.logo, 'publisher.logo');
    for (const s of typeof publisher.sameAs === 'string' ? [publisher.sameAs] : (publisher.sameAs ?? [])) {
      pushUnique(publisherAgent.sameAs, absoluteUrl(s, 'publisher.sameAs'));
    }
    if (publisher.logo === undefined) {
      warn('missing-publisher-logo', 'info', 'options.publisher.logo', 'The publisher has no logo.');
    }
  } else {
    warn('missing-publisher', 'warning', 'options.publisher', 'No publisher: Google recommends naming the publishing organization.');
  }

  const authorAgents = article.authors.map((a) => addAuthor(registry, a, true));
  const editorAgents: Agent[] = [];
  const contributorAgents: Agent[] = [];
  for (const c of article.contributors) {
    // "(Editing by …)" has its own schema.org property; schema.org's editor must be a Person.
    if (c.type === 'person' && c.role !== undefined && /\bedit/i.test(c.role)) editorAgents.push(addAuthor(registry, c, false));
    else contributorAgents.push(addAuthor(registry, c, false));
  }

  const entityAgents = new Map<string, Agent>();
  for (const e of article.entities) {
    if (!NODE_KINDS.has(e.type)) continue;
    const agent = registry.add(e.type as AgentKind, e.name);
    agent.entityIds.push(e.id);
    for (const r of e.roles ?? []) if (e.type === 'person') pushUnique(agent.roles, r);
    // Surnames are not alternate names of a person, but acronyms and short forms of organizations
    // and places are ("IRNA", "U.S.").
    if (e.type !== 'person') for (const a of e.aliases ?? []) if (a !== e.name) pushUnique(agent.aliases, a);
    if (e.type === 'place' && [e.name, ...(e.aliases ?? [])].some(isCountryName)) agent.placeType = 'Country';
    entityAgents.set(e.id, agent);
  }

  // A dateline "CITY, Country" says where the story was filed and that the city is in that
  // country: evidence enough to type the city's entity as a City inside a Country.
  const locationCreated = datelineCity(article, registry, entityAgents);

  const sameAsUsed = applySameAs(options.sameAs, registry.all(), article.entities);
  if (options.sameAs !== undefined) {
    for (const key of Object.keys(options.sameAs)) {
      if (!sameAsUsed.has(key)) {
        warn('unused-same-as', 'warning', `options.sameAs.${key}`, `sameAs key "${key}" matches no author, publisher or entity.`);
      }
    }
  }

  // ----- the NewsArticle -----
  const node: WithId<NewsArticleLeaf> = { '@type': 'NewsArticle', '@id': articleId };
  if (typeof article.headline === 'string' && article.headline !== '') {
    node.headline = article.headline;
    if (article.headline.length > HEADLINE_LIMIT) {
      warn(
        'headline-too-long',
        'warning',
        'headline',
        `The headline has ${article.headline.length} characters; Google may truncate headlines over ${HEADLINE_LIMIT}.`,
      );
    }
    if (article.provenance?.headline?.derived === true) {
      warn('derived-headline', 'info', 'provenance.headline', 'The headline was derived by the parser, not found in the text.');
    }
  } else {
    warn('missing-headline', 'warning', 'headline', 'No headline: Google recommends one.');
  }
  if (typeof article.datePublished === 'string' && article.datePublished !== '') {
    node.datePublished = article.datePublished;
    checkTimeZone(article.datePublished, 'datePublished', warn);
  } else {
    warn('missing-date-published', 'warning', 'datePublished', 'No datePublished: Google recommends one.');
  }
  if (typeof article.dateModified === 'string' && article.dateModified !== '') {
    node.dateModified = article.dateModified;
    checkTimeZone(article.dateModified, 'dateModified', warn);
  }
  if (authorAgents.length > 0) node.author = authorAgents.map(ref);
  else warn('missing-author', 'warning', 'authors', 'No author: Google recommends naming the author(s).');
  if (contributorAgents.length > 0) node.contributor = contributorAgents.map(ref);
  if (editorAgents.length > 0) node.editor = editorAgents.map(ref);
  if (publisherAgent !== undefined) node.publisher = ref(publisherAgent);
  if (article.dateline !== undefined && article.dateline.text !== '') node.dateline = article.dateline.text;
  if (locationCreated !== undefined) node.locationCreated = ref(locationCreated);
  if (options.images !== undefined && options.images.length > 0) {
    node.image = options.images.map((img, i) => imageValue(checkImage(img, `images.${i}`)));
  } else {
    warn('missing-image', 'warning', 'options.images', 'No image: Google recommends at least one (1200 px wide or more).');
  }
  if (options.language !== undefined) node.inLanguage = options.language;
  if (options.section !== undefined) node.articleSection = typeof options.section === 'string' ? options.section : [...options.section];
  if (options.isAccessibleForFree !== undefined) node.isAccessibleForFree = options.isAccessibleForFree;
  if (url !== undefined) {
    node.url = url;
    node.mainEntityOfPage = { '@id': url };
  }
  const about = mainSubjects(article, entityAgents);
  if (about.length > 0) node.about = about.map(ref);
  const mentioned = uniqueAgents([...entityAgents.values()]);
  if (mentioned.length > 0) node.mentions = mentioned.map(ref);

  // ----- Quotations -----
  const quotations: WithId<QuotationLeaf>[] = [];
  const quoteSlugs = new SlugRegistry();
  article.quotes.forEach((q, i) => {
    // A scare quote ("political") is a word held at arm's length, not something anyone said.
    if (q.kind === 'scare') return;
    if (q.text.trim() === '') {
      warn('empty-quote', 'info', `quotes.${i}`, `Quote ${q.id} is empty and is left out.`);
      return;
    }
    const quotation: WithId<QuotationLeaf> = {
      '@type': 'Quotation',
      '@id': `${pageBase}#/schema/quotation/${quoteSlugs.slugFor(q.id, q.id)}`,
      text: q.text,
    };
    if (q.speakerId === undefined) {
      warn('unattributed-quote', 'info', `quotes.${i}`, `Quote ${q.id} has no speaker; its Quotation has no creator.`);
    } else {
      const speaker = entityAgents.get(q.speakerId);
      if (speaker === undefined) {
        const known = article.entities.some((e) => e.id === q.speakerId);
        if (known) {
          warn('speaker-not-agent', 'info', `quotes.${i}`, `Quote ${q.id}'s speaker ${q.speakerId} is not a person or organization.`);
        } else {
          warn('unknown-speaker', 'warning', `quotes.${i}.speakerId`, `Quote ${q.id}'s speakerId ${q.speakerId} names no entity.`);
        }
      } else if (speaker.kind === 'person' || speaker.kind === 'organization') {
        quotation.creator = ref(speaker);
        quotation.spokenByCharacter = ref(speaker);
      } else {
        warn('speaker-not-agent', 'info', `quotes.${i}`, `Quote ${q.id}'s speaker "${speaker.name}" is a ${speaker.kind}, not a person or organization.`);
      }
    }
    quotation.isPartOf = { '@id': articleId };
    quotations.push(quotation);
  });
  if (quotations.length > 0) node.hasPart = quotations.map((q) => ({ '@id': q['@id'] }));

  const graph: GraphNode[] = [node];
  if (url !== undefined) {
    const page: WithId<WebPageLeaf> = { '@type': 'WebPage', '@id': url, url };
    if (typeof article.headline === 'string' && article.headline !== '') page.name = article.headline;
    if (options.language !== undefined) page.inLanguage = options.language;
    graph.push(page);
  }
  for (const agent of registry.all()) graph.push(agentNode(agent));
  graph.push(...quotations);

  return { jsonld: { '@context': SCHEMA_CONTEXT, '@graph': graph }, warnings };
}

/**
 * Converts a parsed article to a schema.org JSON-LD graph: a `NewsArticle` linked by `@id` to its
 * authors, publisher, the people, organizations and places it mentions, and a `Quotation` for each
 * attributed quote. Dates are copied exactly as the article has them.
 *
 * @param article - A newsmark Article, as `parseArticle` returns it.
 * @param options - Facts about the article that are not in its text (URL, publisher, images, …).
 * @returns The JSON-LD document; serialise it with {@link toScriptTag} to embed it in HTML.
 * @throws {@link JsonLdError} with code `invalid-option` when an option is not what its type says.
 * @example
 * ```ts
 * const article = parseArticle(text);
 * const jsonld = toJsonLd(article, {
 *   url: 'https://example.com/2025/06/port-strike-ends',
 *   publisher: { name: 'Example News', logo: 'https://example.com/logo.png' },
 * });
 * ```
 */
export function toJsonLd(article: Article, options?: JsonLdOptions): NewsArticleGraph {
  return toJsonLdWithReport(article, options).jsonld;
}

// ---------------------------------------------------------------------------------------------

class AgentRegistry {
  private readonly byKey = new Map<string, Agent>();
  private readonly slugs = new Map<string, SlugRegistry>();

  constructor(private readonly base: string) {}

  add(kind: AgentKind, name: string): Agent {
    const key = `${kind}:${foldName(name)}`;
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    let slugs = this.slugs.get(kind);
    if (slugs === undefined) this.slugs.set(kind, (slugs = new SlugRegistry()));
    const agent: Agent = {
      kind,
      name,
      id: `${this.base}#/schema/${kind}/${slugs.slugFor(key, name)}`,
      entityIds: [],
      roles: [],
      aliases: [],
      sameAs: [],
    };
    this.byKey.set(key, agent);
    return agent;
  }

  find(kind: AgentKind, name: string): Agent | undefined {
    return this.byKey.get(`${kind}:${foldName(name)}`);
  }

  all(): Agent[] {
    return [...this.byKey.values()];
  }
}

function addAuthor(registry: AgentRegistry, author: Author, isAuthor: boolean): Agent {
  const agent = registry.add(author.type, author.name);
  // A byline role ("Senior Correspondent") is a job title; a credit line's ("reporting") is not.
  if (isAuthor && author.type === 'person' && author.role !== undefined && author.role !== '') pushUnique(agent.roles, author.role);
  return agent;
}

function datelineCity(article: Article, registry: AgentRegistry, entities: Map<string, Agent>): Agent | undefined {
  const place = article.dateline?.place;
  if (place === undefined) return undefined;
  const parts = place.split(',').map((p) => p.trim()).filter((p) => p !== '');
  const cityName = parts[0];
  const countryName = parts[parts.length - 1];
  if (parts.length < 2 || cityName === undefined || countryName === undefined || !isCountryName(countryName)) return undefined;
  const places = [...entities.values()].filter((a) => a.kind === 'place');
  const matches = (a: Agent, name: string): boolean =>
    foldPlaceName(a.name) === foldPlaceName(name) || a.aliases.some((x) => foldPlaceName(x) === foldPlaceName(name));
  const city = places.find((a) => matches(a, cityName));
  if (city === undefined || city.placeType === 'Country') return undefined;
  city.placeType = 'City';
  const country = places.find((a) => matches(a, countryName)) ?? registry.find('place', countryName) ?? registry.add('place', countryName);
  country.placeType = 'Country';
  city.containedIn = country;
  return city;
}

// The article's main subjects: the people and organizations it names most often (every mention
// counts, pronouns included, so a mayor referred to as "he" six times outranks a bystander quoted
// once). Quotes are not counted on top: each one already comes with a mention of its speaker.
function mainSubjects(article: Article, entities: Map<string, Agent>): Agent[] {
  const scored = article.entities
    .filter((e: Entity) => e.type === 'person' || e.type === 'organization')
    .map((e, order) => ({ e, order, score: e.mentions.length }))
    .filter((s) => s.score >= ABOUT_MIN_SCORE)
    .sort((a, b) => b.score - a.score || a.order - b.order);
  const top = scored[0]?.score ?? 0;
  const picked = scored.filter((s) => s.score >= top * ABOUT_MIN_SHARE).slice(0, ABOUT_MAX);
  return uniqueAgents(picked.map((s) => entities.get(s.e.id)).filter((a): a is Agent => a !== undefined));
}

function applySameAs(
  map: JsonLdOptions['sameAs'],
  agents: Agent[],
  entities: Article['entities'],
): Set<string> {
  const used = new Set<string>();
  if (map === undefined) return used;
  // Object.entries reads only own keys, so "__proto__" or "constructor" keys are plain names here.
  const entries = Object.entries(map);
  const entityIds = new Set(entities.map((e) => e.id));
  for (const agent of agents) {
    for (const [key, urls] of entries) {
      const hit =
        (entityIds.has(key) && agent.entityIds.includes(key)) || key === agent.name || foldName(key) === foldName(agent.name);
      if (!hit) continue;
      used.add(key);
      for (const u of typeof urls === 'string' ? [urls] : urls) pushUnique(agent.sameAs, absoluteUrl(u, `sameAs.${key}`));
    }
  }
  return used;
}

function agentNode(agent: Agent): GraphNode {
  const common = { '@id': agent.id, name: agent.name };
  const sameAs = agent.sameAs.length > 0 ? { sameAs: oneOrMany(agent.sameAs) } : {};
  const alternateName = agent.aliases.length > 0 ? { alternateName: oneOrMany(agent.aliases) } : {};
  switch (agent.kind) {
    case 'person': {
      const person: WithId<PersonLeaf> = { '@type': 'Person', ...common };
      if (agent.roles.length > 0) person.jobTitle = oneOrMany(agent.roles);
      return { ...person, ...sameAs };
    }
    case 'organization': {
      const org: WithId<OrganizationLeaf> = { '@type': 'Organization', ...common, ...alternateName };
      if (agent.url !== undefined) org.url = agent.url;
      if (agent.logo !== undefined) org.logo = imageValue(agent.logo);
      return { ...org, ...sameAs };
    }
    case 'place': {
      const containedInPlace = agent.containedIn === undefined ? {} : { containedInPlace: ref(agent.containedIn) };
      if (agent.placeType === 'Country') {
        const country: WithId<CountryLeaf> = { '@type': 'Country', ...common, ...alternateName, ...sameAs };
        return country;
      }
      if (agent.placeType === 'City') {
        const city: WithId<CityLeaf> = { '@type': 'City', ...common, ...alternateName, ...containedInPlace, ...sameAs };
        return city;
      }
      const place: WithId<PlaceLeaf> = { '@type': 'Place', ...common, ...alternateName, ...containedInPlace, ...sameAs };
      return place;
    }
    case 'event': {
      const event: WithId<EventLeaf> = { '@type': 'Event', ...common, ...alternateName, ...sameAs };
      return event;
    }
    case 'work': {
      const work: WithId<CreativeWorkLeaf> = { '@type': 'CreativeWork', ...common, ...alternateName, ...sameAs };
      return work;
    }
    case 'product': {
      const product: WithId<ProductLeaf> = { '@type': 'Product', ...common, ...alternateName, ...sameAs };
      return product;
    }
  }
}

function imageValue(image: string | ImageOptions): string | ImageObjectLeaf {
  if (typeof image === 'string') return image;
  const out: ImageObjectLeaf = { '@type': 'ImageObject', url: image.url, contentUrl: image.url };
  if (image.width !== undefined) out.width = image.width as unknown as ImageObjectLeaf['width'];
  if (image.height !== undefined) out.height = image.height as unknown as ImageObjectLeaf['height'];
  if (image.caption !== undefined) out.caption = image.caption;
  return out;
}

function checkImage(image: string | ImageOptions, where: string): string | ImageOptions {
  if (typeof image === 'string') return absoluteUrl(image, where);
  if (typeof image !== 'object' || image === null) {
    throw new JsonLdError('invalid-option', `options.${where} must be a URL or { url, width?, height?, caption? }.`, { cause: image });
  }
  absoluteUrl(image.url, `${where}.url`);
  for (const dim of ['width', 'height'] as const) {
    const v = image[dim];
    if (v !== undefined && !(typeof v === 'number' && Number.isFinite(v) && v > 0)) {
      throw new JsonLdError('invalid-option', `options.${where}.${dim} must be a positive number of pixels.`, { cause: v });
    }
  }
  return image;
}

function absoluteUrl(value: unknown, where: string): string {
  if (typeof value === 'string' && /^[a-z][a-z0-9+.-]*:/i.test(value) && !/\s/.test(value)) {
    try {
      new URL(value);
      return value;
    } catch {
      // Falls through to the error below.
    }
  }
  throw new JsonLdError('invalid-option', `options.${where} must be an absolute URL, got ${JSON.stringify(value)}.`, {
    cause: value,
  });
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}

function checkTimeZone(
  value: string,
  field: 'datePublished' | 'dateModified',
  warn: (code: JsonLdWarningCode, severity: JsonLdWarning['severity'], path: string, message: string) => void,
): void {
  if (value.includes('T') && !/(?:Z|[+-]\d{2}:?\d{2})$/.test(value)) {
    warn('date-without-timezone', 'warning', field, `${field} "${value}" has a time but no time zone; Google may read it in the wrong zone.`);
  }
}

function ref(agent: Agent): IdReference {
  return { '@id': agent.id };
}

function uniqueAgents(agents: Agent[]): Agent[] {
  return [...new Set(agents)];
}

function pushUnique(list: string[], value: string): void {
  if (!list.includes(value)) list.push(value);
}

function oneOrMany(values: string[]): string | string[] {
  return values.length === 1 ? (values[0] as string) : [...values];
}

// Names that differ only in case, accents or spacing are the same person ("José" / "Jose").
function foldName(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}
