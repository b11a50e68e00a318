import type {
  CityLeaf,
  CountryLeaf,
  CreativeWorkLeaf,
  EventLeaf,
  NewsArticleLeaf,
  OrganizationLeaf,
  PersonLeaf,
  PlaceLeaf,
  ProductLeaf,
  QuotationLeaf,
  WebPageLeaf,
} from 'schema-dts';

/**
 * A schema-dts node type with its `@id` required: every node newsmark writes has one, so the
 * graph's nodes can point at each other by `{"@id": …}`.
 */
export type WithId<T> = T & {
  /** The node's IRI: `${url}#article`, `${idBase}#/schema/person/jane-doe`, … */
  '@id': string;
};

/**
 * Any node of a {@link NewsArticleGraph}. `Quotation` and `spokenByCharacter` are pending
 * schema.org terms; schema-dts 2.x includes pending terms, so its own types are used for them.
 */
export type GraphNode =
  | WithId<NewsArticleLeaf>
  | WithId<WebPageLeaf>
  | WithId<PersonLeaf>
  | WithId<OrganizationLeaf>
  | WithId<PlaceLeaf>
  | WithId<CountryLeaf>
  | WithId<CityLeaf>
  | WithId<EventLeaf>
  | WithId<CreativeWorkLeaf>
  | WithId<ProductLeaf>
  | WithId<QuotationLeaf>;

/** The JSON-LD document {@link toJsonLd} returns: one schema.org context, one `@graph`. */
export interface NewsArticleGraph {
  /** Always `"https://schema.org"`. */
  '@context': 'https://schema.org';
  /** The NewsArticle first, then the WebPage, the publisher, people, organizations, places and quotations. */
  '@graph': GraphNode[];
}

/** An image of the article (or the publisher's logo): a URL, or a URL with its size and caption. */
export interface ImageOptions {
  /** Absolute URL of the image file. */
  url: string;
  /** Width in pixels. */
  width?: number;
  /** Height in pixels. */
  height?: number;
  /** A caption, written as `caption`. */
  caption?: string;
}

/** The organization that publishes the article (Google's `publisher`). */
export interface PublisherOptions {
  /** The publisher's name, e.g. `"The Daily Planet"`. */
  name: string;
  /** The publisher's home page. */
  url?: string;
  /** The publisher's logo: a URL or an {@link ImageOptions}. */
  logo?: string | ImageOptions;
  /** Pages that identify the publisher elsewhere (Wikipedia, Wikidata, social profiles). */
  sameAs?: string | string[];
}

/**
 * Facts about the article that are not in its text. Nothing is assumed: a field left out is left
 * out of the JSON-LD, and {@link toJsonLdWithReport} says which recommended ones are missing.
 */
export interface JsonLdOptions {
  /**
   * The article page's canonical URL. Gives the `WebPage` node (its `@id` is the URL),
   * `mainEntityOfPage`, the NewsArticle's `url`, and the base of page-level `@id`s
   * (`${url}#article`, `${url}#/schema/quotation/q1`).
   */
  url?: string;
  /**
   * Base of the `@id`s of people, organizations and places (`${idBase}#/schema/person/jane-doe`),
   * typically the site's root URL so the same person has the same `@id` on every page. Defaults
   * to `url`. Page-level nodes use `idBase` only when `url` is absent.
   */
  idBase?: string;
  /** The publisher. */
  publisher?: PublisherOptions;
  /** The article's images, written as `image`. */
  images?: ReadonlyArray<string | ImageOptions>;
  /** The article's language as a BCP 47 tag (`"en"`, `"pt-BR"`), written as `inLanguage`. */
  language?: string;
  /** The section(s) of the publication, written as `articleSection`. */
  section?: string | readonly string[];
  /** Whether the article is free to read, written as `isAccessibleForFree`. */
  isAccessibleForFree?: boolean;
  /**
   * URLs that identify a person, organization or place elsewhere, written as `sameAs`. Keys are
   * entity ids (`"e3"`), or names as they appear in the article (authors, entities; matched
   * exactly first, then ignoring case and accents).
   */
  sameAs?: Readonly<Record<string, string | readonly string[]>>;
}

/** A stable code for each {@link JsonLdWarning}. */
export type JsonLdWarningCode =
  | 'missing-headline'
  | 'headline-too-long'
  | 'derived-headline'
  | 'missing-date-published'
  | 'date-without-timezone'
  | 'missing-author'
  | 'missing-publisher'
  | 'missing-publisher-logo'
  | 'missing-image'
  | 'missing-url'
  | 'unattributed-quote'
  | 'unknown-speaker'
  | 'speaker-not-agent'
  | 'empty-quote'
  | 'unused-same-as';

/** Something {@link toJsonLdWithReport} left out or noticed: a recommended field it had no value for. */
export interface JsonLdWarning {
  /** Stable, kebab-case. */
  code: JsonLdWarningCode;
  /** `"warning"`: Google recommends the field; `"info"`: worth knowing, nothing to fix. */
  severity: 'warning' | 'info';
  /** Dotted path into the Article (`"quotes.2"`) or the options (`"options.publisher"`); `""` for the whole article. */
  path: string;
  /** What is missing or odd, in words. */
  message: string;
}

/** What {@link toJsonLdWithReport} returns: the JSON-LD document, and the warnings beside it. */
export interface JsonLdResult {
  /** The JSON-LD document (the same value {@link toJsonLd} returns). */
  jsonld: NewsArticleGraph;
  /** Recommended fields that are missing and other notes; empty when there is nothing to say. */
  warnings: JsonLdWarning[];
}

/** Codes of {@link JsonLdError}. */
export type JsonLdErrorCode = 'invalid-option' | 'invalid-input';
