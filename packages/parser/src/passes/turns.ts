import type { BodyBlock, Pass, QuoteDraft, SpeakerRef } from '../context.js';
import { NOT_SPEAKER_LABELS } from '../lexicon/cues.js';
import { trimSpan } from '../text.js';

// "ANITA BRAMBLE, HOST: …", "BRAMBLE: …": a transcript's speaker label in capitals, with an
// optional role after a comma. "Skarn: …": a label in title case (an interview's).
const CAPS_LABEL = /^(\p{Lu}[\p{Lu}\p{M}'’.-]*(?: \p{Lu}[\p{Lu}\p{M}'’.-]*){0,3})(?:, [\p{Lu} ]{2,30})?: (?=\S)/u;
const TITLE_LABEL = /^(\p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*(?: \p{Lu}[\p{Ll}\p{M}'’]+(?:-\p{L}[\p{Ll}\p{M}'’]+)*){0,2}): (?=\S)/u;
// "Q: …" / "A: …" (or "Q." / "A."): an interview's questions and answers.
const QA_LABEL = /^([QA])[:.] (?=\S)/;
// A stage direction between turns: "(SOUNDBITE OF MUSIC)", "[Laughter]".
const DIRECTION = /^[([]/;
// The interviewee, named last in the paragraph that opens the questions: "Edited excerpts from a
// conversation with Meenakshi Raghavachari:".
const INTRO = /\b(?:interview|conversation|spoke|talked|asked|caught up|sat down|excerpts?|edited)\b/i;
const NAME_RUN = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+)+/gu;

interface Turn {
  block: number;
  /** The label's name, and where the words after the label start. */
  name: string;
  nameStart: number;
  textStart: number;
}

/**
 * Speaker-labelled turns: a transcript's or an interview's paragraphs that open with who speaks
 * ("BRAMBLE: …", "Skarn: …", "A: …") carry no quotation marks, yet each is that speaker's words.
 * Each turn becomes a quote, through the unlabelled paragraphs that continue it up to the next
 * label; a quote in marks inside a turn is nested in it. Labels count only where the article uses
 * them as a format: one name labelling two paragraphs or more (a title-case name must also occur
 * outside labels), or questions and answers both.
 */
export const turns: Pass = {
  name: 'turns',
  run(ctx) {
    const { input } = ctx;
    // A dateline read at the head of the first paragraph may be a transcript's first label
    // ("ANITA BRAMBLE, HOST: …"): the labels are read from the paragraph's start; if that one
    // turns out to be a turn's, the dateline is dropped below.
    const dateline = ctx.meta.dateline && ctx.blocks[0] && ctx.meta.dateline.span.start === ctx.blocks[0].start ? ctx.meta.dateline : undefined;
    const blocks = dateline ? [{ ...ctx.blocks[0]!, contentStart: ctx.blocks[0]!.start }, ...ctx.blocks.slice(1)] : ctx.blocks;
    const text = (b: BodyBlock) => input.slice(b.contentStart, b.end);
    const found = new Map<number, Turn>();

    // Transcript and interview labels by name.
    const named = blocks.map((b, k) => {
      const t = text(b);
      const m = CAPS_LABEL.exec(t) ?? TITLE_LABEL.exec(t);
      return m && !NOT_SPEAKER_LABELS.has(m[1]!.toLowerCase()) && m[1] !== 'Q' && m[1] !== 'A' ? { k, m } : undefined;
    });
    // Labels counted by their last word: "ANITA BRAMBLE, HOST" and then "BRAMBLE" are one speaker.
    const surname = (name: string) => name.slice(name.lastIndexOf(' ') + 1).toUpperCase();
    const uses = new Map<string, number>();
    for (const n of named) if (n) uses.set(surname(n.m[1]!), (uses.get(surname(n.m[1]!)) ?? 0) + 1);
    // (once one speaker's label recurs, the text is a transcript: a label in capitals used once,
    // a guest's in an archive clip, is a turn too)
    const transcript = named.some((n) => n && n.m[1] === n.m[1]!.toUpperCase() && uses.get(surname(n.m[1]!))! >= 2);
    // (each title-case name is looked for outside labels once, however many labels it has)
    const outside = new Map<string, boolean>();
    const outsideLabels = (name: string, length: number) => {
      if (!outside.has(name)) outside.set(name, mentionedOutsideLabels(input, name, length));
      return outside.get(name)!;
    };
    for (const n of named) {
      if (!n) continue;
      const name = n.m[1]!;
      const caps = name === name.toUpperCase();
      const recurs = uses.get(surname(name))! >= 2;
      if (caps ? !transcript : !recurs || !outsideLabels(name, n.m[0].length)) continue;
      const b = blocks[n.k]!;
      found.set(n.k, { block: n.k, name, nameStart: b.contentStart, textStart: b.contentStart + n.m[0].length });
    }

    // Questions and answers: the answers are the interviewee's.
    const qa = blocks.map((b) => QA_LABEL.exec(text(b))?.[1]);
    const firstQ = qa.indexOf('Q');
    if (firstQ > 0 && qa.includes('A')) {
      const intro = blocks[firstQ - 1]!;
      // (only a paragraph that introduces the exchange names the interviewee, one that ends with a
      // colon or a short one about the conversation: not a story paragraph that happens to come
      // last, "… from the International Finance Corporation.")
      const lead = text(intro).trimEnd();
      const who = lead.endsWith(':') || (lead.length < 200 && INTRO.test(lead)) ? [...lead.matchAll(NAME_RUN)].pop() : undefined;
      qa.forEach((label, k) => {
        if (label !== 'A' || k < firstQ) return;
        const b = blocks[k]!;
        found.set(k, { block: k, name: who?.[0] ?? '', nameStart: who ? intro.contentStart + who.index : -1, textStart: b.contentStart + 2 + (input[b.contentStart + 2] === ' ' ? 1 : 0) });
      });
    }
    if (found.size === 0) return ctx;
    const keepDateline = dateline !== undefined && !found.has(0);

    // A turn goes on through unlabelled paragraphs up to the next labelled one or a stage
    // direction (not past a question, nor after the last label: the story may go on there).
    const labelled = new Set([...found.keys(), ...qa.flatMap((l, k) => (l ? [k] : []))]);
    const drafts: QuoteDraft[] = [];
    for (const turn of [...found.values()].sort((a, b) => a.block - b.block)) {
      let endBlock = turn.block;
      let k = turn.block + 1;
      while (k < blocks.length && !labelled.has(k) && !DIRECTION.test(text(blocks[k]!)) && !/\?["”’]?$/.test(text(blocks[k]!).trimEnd())) k++;
      if (k > turn.block + 1 && k < blocks.length && (labelled.has(k) || DIRECTION.test(text(blocks[k]!)))) endBlock = k - 1;
      const span = trimSpan(input, turn.textStart, blocks[endBlock]!.end);
      if (span.end <= span.start) continue;
      const speaker: SpeakerRef | undefined = turn.nameStart >= 0 ? { text: turn.name, span: { start: turn.nameStart, end: turn.nameStart + turn.name.length }, kind: 'name' } : undefined;
      drafts.push({ span, outer: span, block: turn.block, endBlock, kind: 'direct', method: 'speaker-label', ...(speaker ? { speaker } : { interviewee: true }) });
    }

    // Merge in text order; a quote in marks inside a turn is nested in it.
    const merged = [...ctx.quotes.map((q, i) => ({ q: { ...q }, old: i })), ...drafts.map((q) => ({ q, old: -1 }))].sort((a, b) => a.q.outer.start - b.q.outer.start || (a.old < 0 ? -1 : 1));
    const index = new Map(merged.map((e, i) => [e.old, i]));
    let turn: number | undefined;
    merged.forEach((e, i) => {
      if (e.old < 0) {
        turn = i;
        return;
      }
      if (e.q.parent !== undefined) e.q.parent = index.get(e.q.parent);
      const t = turn === undefined ? undefined : merged[turn]!.q;
      if (t && e.q.outer.start >= t.span.start && e.q.outer.end <= t.span.end && e.q.parent === undefined) {
        e.q.kind = 'nested';
        e.q.parent = turn;
      }
    });
    if (keepDateline || !dateline) return { ...ctx, quotes: merged.map((e) => e.q) };
    const meta = { ...ctx.meta };
    delete meta.dateline;
    return { ...ctx, meta, blocks, quotes: merged.map((e) => e.q) };
  },
};

// A title-case label is a name only if the article also writes it outside a label ("caught up with
// Skarn backstage"), not a heading word ("Verdict: …").
function mentionedOutsideLabels(input: string, name: string, labelLength: number): boolean {
  let at = input.indexOf(name);
  while (at >= 0) {
    const lineStart = input.lastIndexOf('\n', at - 1) + 1;
    if (at > lineStart || input.slice(at, at + labelLength).indexOf(':') !== name.length) return true;
    at = input.indexOf(name, at + name.length);
  }
  return false;
}
