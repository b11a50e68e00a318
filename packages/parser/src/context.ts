import type { Author, Dateline, Diagnostic, Entity, Provenance, Quote, RemovedBlock, Span } from '@newsmark/schema';
import type { ResolvedOptions } from './options.js';

/** A line of the input, without its line break. */
export interface Line extends Span {
  /** True when the line holds only white space. */
  blank: boolean;
}

/** A paragraph-sized piece of the input, before boilerplate is set aside. */
export interface Segment extends Span {
  /** Index of its first line in `Context.lines`. */
  firstLine: number;
  /** Number of lines joined into this segment (hard-wrapped text joins several). */
  lineCount: number;
}

/** A body paragraph under construction: `contentStart` moves past a dateline or a date prefix. */
export interface BodyBlock extends Span {
  contentStart: number;
}

/** A sentence inside one body block. */
export interface Sentence extends Span {
  block: number;
}

/** A speaker as the attribution pass found it: the words, and what kind of words they are. */
export interface SpeakerRef {
  text: string;
  span: Span;
  kind: 'name' | 'pronoun' | 'description';
}

/** A quote under construction. */
export interface QuoteDraft {
  /** Inside the marks. */
  span: Span;
  /** Including the marks (the close may be missing in a paragraph-continued quote). */
  outer: Span;
  block: number;
  endBlock: number;
  kind: Quote['kind'];
  parent?: number;
  method?: NonNullable<Quote['attribution']>['method'];
  cue?: { text: string; span: Span };
  speaker?: SpeakerRef;
  /** Index of an earlier quote whose speaker this one shares ("he continued", a split quote). */
  sameAs?: number;
  /** An interview's answer whose interviewee no label names: the person the article names most. */
  interviewee?: boolean;
}

/** A candidate entity mention found by the entities pass. */
export interface MentionDraft extends Span {
  text: string;
  type: Entity['type'];
  /** Title or role words seen right before the name ("President"). */
  role?: string;
  /** Normalised value for dates, money and quantities. */
  value?: Entity['value'];
  /** How sure the type is: 2 gazetteer/suffix/title, 1 context, 0 shape only. */
  evidence: number;
  /** Other forms of the same value: the two ends of a range ("$48", "$55" in "$48 to $55"). */
  parts?: string[];
  /** A lone sentence-initial word: a name only if the article names it elsewhere. */
  initial?: boolean;
  /** Found in the headline, whose capitals say nothing: kept only if the body names it too. */
  headline?: boolean;
  /** Acronym given in brackets right after the name: "Islamic Republic News Agency (IRNA)". */
  acronym?: { text: string; span: Span };
}

/** Metadata found in the header and footer. */
export interface Meta {
  headline: string | null;
  datePublished: string | null;
  dateModified?: string;
  authors: Author[];
  contributors: Author[];
  dateline?: Dateline;
  provenance: Provenance;
}

/** The state every pass reads and returns a new version of. */
export interface Context {
  readonly input: string;
  readonly options: ResolvedOptions;
  lines: Line[];
  segments: Segment[];
  meta: Meta;
  /** Segments that are body text, after metadata and boilerplate are taken out. */
  blocks: BodyBlock[];
  removed: RemovedBlock[];
  sentences: Sentence[];
  quotes: QuoteDraft[];
  mentions: MentionDraft[];
  entities: Entity[];
  /** Entity id for each quote index, filled by coreference. */
  speakerIds: (string | undefined)[];
  diagnostics: Diagnostic[];
}

/** A named, pure step of the parser: it returns a new context and never mutates its argument. */
export interface Pass {
  name: string;
  run(ctx: Context): Context;
}

/** Makes the empty context the first pass starts from. */
export function createContext(input: string, options: ResolvedOptions): Context {
  return {
    input,
    options,
    lines: [],
    segments: [],
    meta: { headline: null, datePublished: null, authors: [], contributors: [], provenance: {} },
    blocks: [],
    removed: [],
    sentences: [],
    quotes: [],
    mentions: [],
    entities: [],
    speakerIds: [],
    diagnostics: [],
  };
}

/** A block set aside as `kind` for `reason`: the input from `start` to `end`. */
export function removedBlock(input: string, kind: RemovedBlock['kind'], reason: string, start: number, end: number): RemovedBlock {
  return { type: 'removed', kind, reason, text: input.slice(start, end), span: { start, end } };
}
