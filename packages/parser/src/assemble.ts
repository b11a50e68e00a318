import type { Article, Block, Quote } from '@newsmark/schema';
import type { Context } from './context.js';
import { foldSpace } from './text.js';

// The model version produced. A type import keeps zod out of the parser bundle; the type check
// fails if @newsmark/schema moves to another version.
const SCHEMA_VERSION: Article['schemaVersion'] = '1.0';

/** Turns the final context into the public Article shape. */
export function assemble(ctx: Context): Article {
  const { input, meta } = ctx;
  const body: Block[] = ctx.blocks.map((b, i) => ({
    type: 'paragraph',
    id: `p${i + 1}`,
    text: foldSpace(input.slice(b.contentStart, b.end)),
    span: { start: b.start, end: b.end },
  }));
  const quotes: Quote[] = ctx.quotes.map((q, i) => {
    const out: Quote = { id: `q${i + 1}`, text: input.slice(q.span.start, q.span.end), span: q.span, kind: q.kind };
    const speakerId = ctx.speakerIds[i];
    if (speakerId && q.kind !== 'scare') out.speakerId = speakerId;
    if (q.method && q.kind !== 'scare') {
      out.attribution = { method: q.method };
      if (q.cue) out.attribution.cue = { text: q.cue.text, span: q.cue.span, kind: 'cue' };
      if (q.speaker) out.attribution.speakerMention = { text: q.speaker.text, span: q.speaker.span, kind: q.speaker.kind };
    }
    if (q.parent !== undefined) out.parentId = `q${q.parent + 1}`;
    return out;
  });
  const article: Article = {
    type: 'article',
    schemaVersion: SCHEMA_VERSION,
    headline: meta.headline,
    datePublished: meta.datePublished,
    authors: meta.authors,
    contributors: meta.contributors,
    provenance: meta.provenance,
    body,
    removed: [...ctx.removed].sort((a, b) => a.span.start - b.span.start),
    quotes,
    entities: ctx.entities,
    diagnostics: ctx.diagnostics,
    textLength: input.length,
  };
  if (meta.dateModified) article.dateModified = meta.dateModified;
  if (meta.dateline) article.dateline = meta.dateline;
  return article;
}
