/**
 * The newsmark article model: zod schemas implementing SPEC.md, their inferred types, and
 * helpers to report validation problems.
 *
 * @packageDocumentation
 */
export {
  SCHEMA_VERSION,
  ArticleSchema,
  AttributionSchema,
  AuthorSchema,
  BlockSchema,
  DatelineSchema,
  DiagnosticSchema,
  EntitySchema,
  MentionSchema,
  ProvenanceSchema,
  QuoteSchema,
  RemovedBlockSchema,
  SourceSchema,
  SpanSchema,
  ValueSchema,
  ENTITY_TYPES,
  QUOTE_KINDS,
  REMOVED_KINDS,
} from './model.js';
export type {
  Article,
  Attribution,
  Author,
  Block,
  Dateline,
  Diagnostic,
  Entity,
  EntityType,
  Mention,
  Provenance,
  Quote,
  QuoteKind,
  RemovedBlock,
  RemovedKind,
  Source,
  Span,
  Value,
} from './model.js';
export { formatIssues, toIssues } from './issues.js';
export type { IssueList, RawIssue, ValidationIssue } from './issues.js';
