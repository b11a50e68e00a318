// zod/mini: the same schemas as classic zod, but tree-shakable functions instead of methods, so
// a bundle carries only the validators used (classic zod alone is ~90 KB min+gz; see size test).
import * as z from 'zod/mini';

/** The version of SPEC.md this package implements. */
export const SCHEMA_VERSION = '1.0' as const;

const offset = z.int().check(z.gte(0));

/**
 * A `{start, end}` range of UTF-16 offsets into the original input string.
 *
 * @example
 * ```ts
 * SpanSchema.parse({ start: 0, end: 4 });
 * ```
 */
export const SpanSchema = z
  .object({ start: offset, end: offset })
  .check(z.refine((s) => s.end >= s.start, { message: 'end must be greater than or equal to start', path: ['end'] }));

/**
 * A piece of text with the span it was read from.
 *
 * @example
 * ```ts
 * MentionSchema.parse({ text: 'IRNA', span: { start: 10, end: 14 }, kind: 'acronym' });
 * ```
 */
export const MentionSchema = z.object({
  text: z.string(),
  span: SpanSchema,
  kind: z.optional(z.enum(['name', 'surname', 'acronym', 'pronoun', 'description', 'cue'])),
});

/**
 * Where a metadata value came from: a span in the text, or `derived: true`.
 *
 * @example
 * ```ts
 * SourceSchema.parse({ derived: true });
 * ```
 */
export const SourceSchema = z.object({
  span: z.optional(SpanSchema),
  derived: z.boolean(),
  text: z.optional(z.string()),
});

/**
 * Provenance of the article's headline and dates.
 *
 * @example
 * ```ts
 * ProvenanceSchema.parse({ headline: { derived: true } });
 * ```
 */
export const ProvenanceSchema = z.object({
  headline: z.optional(SourceSchema),
  datePublished: z.optional(SourceSchema),
  dateModified: z.optional(SourceSchema),
});

/**
 * An author or contributor: a person, or an organization such as a news agency.
 *
 * @example
 * ```ts
 * AuthorSchema.parse({ name: 'Reuters', type: 'organization' });
 * ```
 */
export const AuthorSchema = z.object({
  name: z.string().check(z.minLength(1)),
  type: z.enum(['person', 'organization']),
  role: z.optional(z.string()),
  span: z.optional(SpanSchema),
});

/**
 * The place (and agency) opening wire copy, e.g. `DENVER (AP) —`.
 *
 * @example
 * ```ts
 * DatelineSchema.parse({ text: 'DENVER', place: 'DENVER', span: { start: 0, end: 6 } });
 * ```
 */
export const DatelineSchema = z.object({
  text: z.string(),
  place: z.string(),
  agency: z.optional(z.string()),
  span: SpanSchema,
});

/**
 * A body paragraph.
 *
 * @example
 * ```ts
 * BlockSchema.parse({ type: 'paragraph', id: 'p1', text: 'Hello.', span: { start: 0, end: 6 } });
 * ```
 */
export const BlockSchema = z.object({
  type: z.literal('paragraph'),
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  span: SpanSchema,
});

/** Kinds of boilerplate a {@link RemovedBlock} can be. */
export const REMOVED_KINDS = [
  'header',
  'byline',
  'date',
  'embed',
  'advertisement',
  'related',
  'newsletter',
  'follow',
  'photo',
  'credits',
  'copyright',
  'share',
  'author-bio',
  'other',
] as const;

/**
 * Text set aside from the body, with why.
 *
 * @example
 * ```ts
 * RemovedBlockSchema.parse({ type: 'removed', kind: 'advertisement', reason: 'ad label', text: 'Advertisement', span: { start: 0, end: 13 } });
 * ```
 */
export const RemovedBlockSchema = z.object({
  type: z.literal('removed'),
  kind: z.enum(REMOVED_KINDS),
  reason: z.string(),
  text: z.string(),
  span: SpanSchema,
});

/**
 * Why a quote has its speaker: the method, the cue and the speaker's words.
 *
 * @example
 * ```ts
 * AttributionSchema.parse({ method: 'adjacent-cue' });
 * ```
 */
export const AttributionSchema = z.object({
  method: z.enum(['adjacent-cue', 'according-to', 'continuation', 'reported-speech', 'preceding-speaker', 'speaker-label']),
  cue: z.optional(MentionSchema),
  speakerMention: z.optional(MentionSchema),
});

/** Kinds of {@link Quote}. */
export const QUOTE_KINDS = ['direct', 'partial', 'scare', 'nested'] as const;

/**
 * A quotation: the words inside the marks (or after a speaker's label in a transcript or an
 * interview), and who said them.
 *
 * @example
 * ```ts
 * QuoteSchema.parse({ id: 'q1', text: 'Go', span: { start: 1, end: 3 }, kind: 'direct' });
 * ```
 */
export const QuoteSchema = z.object({
  id: z.string().check(z.minLength(1)),
  text: z.string(),
  span: SpanSchema,
  kind: z.enum(QUOTE_KINDS),
  speakerId: z.optional(z.string()),
  attribution: z.optional(AttributionSchema),
  parentId: z.optional(z.string()),
});

/** Types of {@link Entity}. */
export const ENTITY_TYPES = [
  'person',
  'organization',
  'place',
  'date',
  'money',
  'quantity',
  'percent',
  'event',
  'work',
  'product',
] as const;

/**
 * A normalised value for a date, amount of money or quantity.
 *
 * @example
 * ```ts
 * ValueSchema.parse({ amount: 10e9, currency: 'USD' });
 * ```
 */
export const ValueSchema = z.object({
  iso: z.optional(z.string()),
  amount: z.optional(z.number()),
  maxAmount: z.optional(z.number()),
  currency: z.optional(z.string()),
  unit: z.optional(z.string()),
});

/**
 * A named thing with all its mentions merged.
 *
 * @example
 * ```ts
 * EntitySchema.parse({ id: 'e1', type: 'place', name: 'Kazan', mentions: [{ text: 'Kazan', span: { start: 5, end: 10 } }] });
 * ```
 */
export const EntitySchema = z.object({
  id: z.string().check(z.minLength(1)),
  type: z.enum(ENTITY_TYPES),
  name: z.string().check(z.minLength(1)),
  mentions: z.array(MentionSchema),
  aliases: z.optional(z.array(z.string())),
  roles: z.optional(z.array(z.string())),
  value: z.optional(ValueSchema),
});

/**
 * Something the parser noticed but could not settle.
 *
 * @example
 * ```ts
 * DiagnosticSchema.parse({ code: 'no-date', severity: 'info', message: 'No publication date found.' });
 * ```
 */
export const DiagnosticSchema = z.object({
  code: z.string().check(z.regex(/^[a-z][a-z0-9-]*$/, 'code must be kebab-case')),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  span: z.optional(SpanSchema),
});

const isoDate = z
  .string()
  .check(z.regex(/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/, 'expected an ISO 8601 date or date-time with offset'));

/**
 * A parsed article: the root of the model.
 *
 * @example
 * ```ts
 * const result = ArticleSchema.safeParse(JSON.parse(json));
 * if (!result.success) console.error(formatIssues(result.error));
 * ```
 */
export const ArticleSchema = z.object({
  type: z.literal('article'),
  schemaVersion: z.literal(SCHEMA_VERSION),
  headline: z.nullable(z.string()),
  datePublished: z.nullable(isoDate),
  dateModified: z.optional(isoDate),
  authors: z.array(AuthorSchema),
  contributors: z.array(AuthorSchema),
  dateline: z.optional(DatelineSchema),
  provenance: ProvenanceSchema,
  body: z.array(BlockSchema),
  removed: z.array(RemovedBlockSchema),
  quotes: z.array(QuoteSchema),
  entities: z.array(EntitySchema),
  diagnostics: z.array(DiagnosticSchema),
  textLength: offset,
});

/** A `{start, end}` range into the input. See SPEC.md § Span. */
export type Span = z.infer<typeof SpanSchema>;
/** Text with its span. See SPEC.md § Mention. */
export type Mention = z.infer<typeof MentionSchema>;
/** Origin of a metadata value. See SPEC.md § Provenance. */
export type Source = z.infer<typeof SourceSchema>;
/** Origins of headline and dates. See SPEC.md § Provenance. */
export type Provenance = z.infer<typeof ProvenanceSchema>;
/** An author or contributor. See SPEC.md § Author. */
export type Author = z.infer<typeof AuthorSchema>;
/** A wire-copy dateline. See SPEC.md § Dateline. */
export type Dateline = z.infer<typeof DatelineSchema>;
/** A body paragraph. See SPEC.md § Block. */
export type Block = z.infer<typeof BlockSchema>;
/** Boilerplate kept aside. See SPEC.md § RemovedBlock. */
export type RemovedBlock = z.infer<typeof RemovedBlockSchema>;
/** The kind of a removed block. */
export type RemovedKind = RemovedBlock['kind'];
/** Why a quote has its speaker. See SPEC.md § Attribution. */
export type Attribution = z.infer<typeof AttributionSchema>;
/** A quotation. See SPEC.md § Quote. */
export type Quote = z.infer<typeof QuoteSchema>;
/** The kind of a quote. */
export type QuoteKind = Quote['kind'];
/** A normalised value. See SPEC.md § Entity. */
export type Value = z.infer<typeof ValueSchema>;
/** A named thing with its mentions. See SPEC.md § Entity. */
export type Entity = z.infer<typeof EntitySchema>;
/** The type of an entity. */
export type EntityType = Entity['type'];
/** A parser diagnostic. See SPEC.md § Diagnostic. */
export type Diagnostic = z.infer<typeof DiagnosticSchema>;
/** A parsed article. See SPEC.md § Article. */
export type Article = z.infer<typeof ArticleSchema>;
