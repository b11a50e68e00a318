import type { Pass } from './context.js';
// Not imported in pass order: a bundle lays modules out in import order, and this order, found by
// measuring, gzips about 1 KB smaller than pass order (packages/parser/test/size.test.ts).
import { coreference } from './passes/coreference.js';
import { turns } from './passes/turns.js';
import { metadata } from './passes/metadata.js';
import { quotes } from './passes/quotes.js';
import { segment } from './passes/segment.js';
import { normalize } from './passes/normalize.js';
import { boilerplate } from './passes/boilerplate.js';
import { entities } from './passes/entities.js';
import { sentences } from './passes/sentences.js';
import { attribution } from './passes/attribution.js';
import { innerNames } from './passes/inner-names.js';

/**
 * The parser, in order. Each pass is pure: it reads the context and returns a new one.
 * `assemble` then turns the final context into an Article.
 */
export const PASSES: readonly Pass[] = [
  normalize, // lines and line ends (the input itself is never rewritten)
  segment, // paragraphs: blank-line separated, one per line, or hard-wrapped lines rejoined
  metadata, // headline, date, byline, dateline, closing author bio
  boilerplate, // embeds, ads, "Read more", newsletter prompts, credits → removed
  sentences, // sentence spans inside body paragraphs
  quotes, // quotation marks paired into quotes; apostrophes told apart
  turns, // speaker-labelled turns of transcripts and interviews ("BRAMBLE: …", "A: …") as quotes
  attribution, // cue verbs and speaker words for each quote ("…," he continued)
  entities, // people, organizations, places, dates, money, quantities
  coreference, // mentions merged into entities; speakers resolved to entity ids
  innerNames, // names inside longer names ("Texas" in "University of Texas") as mentions too
];
