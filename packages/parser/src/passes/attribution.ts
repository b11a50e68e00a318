import type { Pass, QuoteDraft, Sentence, SpeakerRef } from '../context.js';
import { BACK_CUES, CUE_ADVERBS, CUE_VERBS, MEDIUM_NOUNS, OBJECT_PRONOUNS, PARTICIPLE_CUES, POSSESSIVE_PRONOUNS, SPEAKER_PRONOUNS, TAIL_ONLY_CUES } from '../lexicon/cues.js';
import { FRONTING_WORDS, FUNCTION_WORDS } from '../lexicon/common.js';
import { NAME_CONNECTORS, NAME_PARTICLES, PARTICLE_HYPHEN, TITLES } from '../lexicon/titles.js';
import { isPlaceName } from '../lib/names.js';
import { lastAtOrBefore } from '../lib/search.js';
import { isCapitalized, stripPossessive, tokenize, tokenizeSentence, type Token } from '../lib/tokens.js';

const DETERMINERS = new Set('the|a|an|his|her|its|their|our|one|another|this|that'.split('|'));
const CLAUSE_OPENERS = new Set('who|which|whose|whom|a|an|the|also|now|then|once|himself|herself|speaking|aged'.split('|'));
// Longest stretch between a speaker and its cue ("X, the club's long-serving manager, said").
const MAX_DESCRIPTION = 8;
// A scare quote is a word or a short phrase: "the so-called “deal”".
const SCARE_MAX_WORDS = 4;

// ("shot back", "fired back", "hit back": a verb that is a cue only with "back" after it)
const isCue = (t: Token | undefined) => t !== undefined && t.word && (CUE_VERBS.has(t.lower) || (BACK_CUES.has(t.lower) && t.source.startsWith(' back', t.end)));
// Before a quote, some verbs are too often not speech at all ("it reflects a …", "she felt").
const isHeadCue = (t: Token | undefined) => isCue(t) && !TAIL_ONLY_CUES.has(t!.lower);
const isParticiple = (t: Token | undefined) => t !== undefined && t.word && PARTICIPLE_CUES.has(t.lower);
const isAdverb = (t: Token | undefined) => t !== undefined && t.word && CUE_ADVERBS.has(t.lower);
const lower = (t: Token | undefined) => (t ? t.lower : '');

/**
 * Finds, for each quote, the cue and the words naming its speaker, by the shapes news copy uses:
 * "…," X said / "…," said X, the title / X said: "…" / X told reporters "…" / according to X /
 * X called it "…" / X said the plan was "…" / "…," he continued, and a quote that follows an
 * attributed one in the same paragraph with no cue of its own. A short quote with no cue becomes
 * a scare quote. Resolving the words to an entity is coreference's job.
 */
export const attribution: Pass = {
  name: 'attribution',
  run(ctx) {
    const { input } = ctx;
    const sentenceAt = locator(ctx.sentences);
    const drafts = ctx.quotes.map((q) => ({ ...q }));
    const outers = drafts.filter((q) => q.kind !== 'nested').map((q) => q.outer);
    // Index of the next top-level quote after each quote, found in one backward sweep.
    const nextTop: (number | undefined)[] = [];
    for (let k = drafts.length - 1, after: number | undefined; k >= 0; k--) {
      nextTop[k] = after;
      if (drafts[k]!.kind !== 'nested') after = k;
    }

    // A sentence is tokenized once (and its tokens shared with the entities pass), however many
    // quotes it holds.
    const tokensIn = (start: number, end: number): Token[] => {
      // An empty stretch (a quote opening its sentence or closing its paragraph) has no tokens:
      // no need to tokenize a sentence, perhaps a megabyte long, to find that out.
      if (end <= start) return [];
      const s = sentenceAt(start);
      if (!s || end > s.end) return tokenize(input, start, end);
      const list = tokenizeSentence(input, s);
      // Tokens do not overlap, so both their starts and their ends ascend: two binary searches
      // find the run of tokens inside [start, end), and one copy takes it.
      const from = lastAtOrBefore(list, start - 1) + 1;
      let lo = from;
      let hi = list.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (list[mid]!.end <= end) lo = mid + 1;
        else hi = mid;
      }
      return list.slice(from, lo);
    };

    drafts.forEach((q, qi) => {
      // (a speaker-labelled turn has its speaker already)
      if (q.kind === 'nested' || q.method === 'speaker-label') return;
      const nextIndex = nextTop[qi];
      const next = nextIndex === undefined ? undefined : drafts[nextIndex];
      // The tail runs from the closing mark to the end of the sentence the next word belongs to
      // ("…hegemonies!” Maduro said …" puts the attribution after a sentence-final mark).
      // The attribution never crosses into the next paragraph.
      const blockEnd = ctx.blocks[q.endBlock]!.end;
      let afterClose = q.outer.end;
      while (afterClose < blockEnd && /\s/.test(input[afterClose]!)) afterClose++;
      const tailSentence = afterClose < blockEnd ? sentenceAt(afterClose) : undefined;
      const tailEnd = Math.min(tailSentence && tailSentence.start <= afterClose ? tailSentence.end : q.outer.end, next ? next.outer.start : Infinity, blockEnd, q.outer.end + TAIL_WINDOW);
      const tail = tokensIn(q.outer.end, Math.max(q.outer.end, tailEnd));
      const quoted = input.slice(q.span.start, q.span.end);
      // A quote running on into its sentence ("“strongly supports” the bill and urged …") has
      // no attribution after it: that needs punctuation at the close.
      // (a nested quote may close first: "…a knife,'" Mr Qadri said.)
      const closed = /[,.!?…—–-]['’‘"”]*$/.test(quoted) || /^\s*[,—–]/.test(input.slice(q.outer.end, q.outer.end + 3));
      const found = closed ? fromTail(tail, /[.!?]$/.test(quoted) && /^\s*\p{Lu}/u.test(input.slice(q.outer.end, q.outer.end + 3))) : null;
      if (found) return Object.assign(q, found, { method: 'adjacent-cue' as const });
      // "“…,” the statement read.": the words go on from the statement quoted just before, whoever
      // issued it.
      const t0 = tail.findIndex((t) => t.word);
      if (closed && t0 >= 0 && DETERMINERS.has(lower(tail[t0])) && MEDIUM_NOUNS.has(lower(tail[t0 + 1])) && /^(?:read|reads|said|says|added|continued|stated)$/.test(lower(tail[t0 + 2]))) {
        for (let p = qi - 1; p >= 0; p--) {
          const prev = drafts[p]!;
          if (prev.kind === 'nested') continue;
          if (q.block - prev.endBlock <= 2 && (prev.speaker || prev.sameAs !== undefined)) return Object.assign(q, { cue: cueOf(tail[t0 + 2]!), sameAs: p, method: 'continuation' as const });
          break;
        }
      }

      const headSentence = sentenceAt(q.outer.start);
      let headStart = headSentence ? headSentence.start : q.outer.start;
      // "The minister said:" closing the paragraph before a quoted paragraph.
      const block = ctx.blocks[q.block]!;
      if (headStart <= block.contentStart && q.block > 0 && /:\s*$/.test(input.slice(ctx.blocks[q.block - 1]!.start, ctx.blocks[q.block - 1]!.end))) {
        const prev = sentenceAt(ctx.blocks[q.block - 1]!.end - 1);
        if (prev) headStart = prev.start;
      }
      headStart = Math.max(headStart, q.outer.start - HEAD_WINDOW);
      const head = withoutQuotes(tokensIn(headStart, q.outer.start), outers);
      const fromHeadResult = fromHead(head, quoted, drafts, qi);
      if (fromHeadResult) return Object.assign(q, fromHeadResult);
      // "Workers would “fight for every job” at the sites, he said.": a closing clause names the
      // speaker of the reported speech the sentence holds.
      const closing = !closed || !found ? fromClosingClause(tail) : null;
      if (closing) return Object.assign(q, closing, { method: 'reported-speech' as const });

      const words = quoted.split(/\s+/).length;
      const startsSentence = headSentence !== undefined && input.slice(headSentence.start, q.outer.start).trim() === '';
      // A quote opening its sentence right after an attributed quote in the same paragraph
      // continues that speaker: "“…,” he said. “…”".
      if (startsSentence && (q.kind === 'direct' || words > SCARE_MAX_WORDS)) {
        for (let p = qi - 1; p >= 0; p--) {
          const prev = drafts[p]!;
          // Passing over nested quotes and scare quotes: "“…,” said X, who rates it a “buy”. “…”"
          if (prev.kind === 'nested' || prev.kind === 'scare') continue;
          if (prev.endBlock !== q.block) break;
          if (prev.speaker || prev.sameAs !== undefined) {
            q.sameAs = p;
            q.method = 'continuation';
          }
          break;
        }
        if (q.method) return;
        // A paragraph that is nothing but a quote, right after a paragraph that ends with an
        // attributed quote: newsroom style for the same speaker going on.
        // So does one a few paragraphs on when the paragraphs between introduce no one else: a
        // question of an interview ("Best gig you’ve ever played?"), a beat ("She pauses."), or
        // narration the same speaker carries ("She liked it, she says, more than …").
        // (or paragraphs: a quote running over several, its marks reopened on each)
        const whole = input.slice(block.contentStart, q.outer.start).trim() === '' && input.slice(q.outer.end, ctx.blocks[q.endBlock]!.end).trim() === '';
        if (q.block > 0 && whole) {
          for (let p = qi - 1; p >= 0; p--) {
            const prev = drafts[p]!;
            if (prev.kind === 'nested') continue;
            const prevBlock = ctx.blocks[prev.endBlock]!;
            const tailLength = prevBlock.end - prev.outer.end;
            const gap = q.block - prev.endBlock;
            let between = gap >= 1 && gap <= CONTINUATION_GAP;
            for (let b = prev.endBlock + 1; between && b < q.block; b++) between = introducesNoOne(input.slice(ctx.blocks[b]!.contentStart, ctx.blocks[b]!.end));
            // (what follows the quote there is its attribution, a clause long at most: "…," Mr
            // Pettigrew said, standing in a paddock still carpeted with silt.)
            const tailOk = tailLength <= 80 || (tailLength <= 160 && !/[.!?]["”’]?\s+\p{Lu}/u.test(input.slice(prev.outer.end, prevBlock.end).trim()));
            if (between && (gap > 1 || tailOk) && (prev.speaker || prev.sameAs !== undefined)) {
              q.sameAs = p;
              q.method = 'continuation';
            }
            break;
          }
          if (q.method) return;
        }
        // "Mayor Ruth Calloway said the vote was a turning point. “For ten years …”": the
        // sentence before, in the same paragraph, reports what the speaker said.
        let before = headSentence ? headSentence.start - 1 : -1;
        while (before > 0 && /\s/.test(input[before]!)) before--;
        const prevSentence = before >= 0 ? sentenceAt(before) : undefined;
        const prevQuote = drafts.slice(Math.max(0, qi - 4), qi).reverse().find((d) => d.kind !== 'nested');
        const quoteInPrev = prevQuote !== undefined && prevQuote.outer.end > (prevSentence?.start ?? Infinity);
        // (or, for a paragraph of quote alone, the last sentence of the paragraph before: "Gaudin,
        // head of strategy at …, said the reaction reflected positioning. / “The market is …”")
        const sameBlock = prevSentence !== undefined && prevSentence.block === headSentence!.block;
        const lastOfBefore = prevSentence !== undefined && whole && prevSentence.block === q.block - 1;
        if (prevSentence && (sameBlock || lastOfBefore) && !quoteInPrev && prevSentence.end - prevSentence.start <= HEAD_WINDOW) {
          const prevTokens = tokenizeSentence(input, prevSentence);
          const reported = fromHead(prevTokens, '', drafts, qi);
          if (reported?.speaker && reported.speaker.kind !== 'description') {
            Object.assign(q, { cue: reported.cue, speaker: reported.speaker, method: 'preceding-speaker' as const });
            return;
          }
          if (!sameBlock) return;
          // "Pellegrini was unapologetic. “My job is …”": a quote standing as its own sentence after
          // one whose subject is a named person speaks for that person.
          const subject = q.kind === 'direct' ? speakerForward(prevTokens, 0) : null;
          const verb = subject ? prevTokens[subject.next] : undefined;
          // (not "Asked whether …, he paused.": a participle opening the sentence is no name)
          if (subject && subject.ref.kind === 'name' && !/^\p{L}+(?:ed|ing)$/u.test(subject.ref.text) && verb?.word && /^\p{Ll}/u.test(verb.text) && !NOT_VERBS.has(verb.lower)) {
            Object.assign(q, { speaker: subject.ref, method: 'preceding-speaker' as const });
            return;
          }
        }
      }
      if (words <= SCARE_MAX_WORDS && !(startsSentence && /[.!?]$/.test(quoted))) q.kind = 'scare';
    });
    return { ...ctx, quotes: drafts };
  },
};

type Found = Pick<QuoteDraft, 'cue' | 'speaker' | 'method' | 'sameAs'>;

// How many paragraphs back a paragraph of quote alone may find the speaker it continues.
const CONTINUATION_GAP = 3;
// A capitalised pair after a sentence's first word: someone (or something) named.
const NAMED_PAIR = /[a-z,;] \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;
const PRONOUN_CUE = /\b(?:she|he) (?:says|said)\b/;

// A paragraph between a speaker's quotes that brings in no new speaker: short and quote-free ("She
// pauses.", an interview question), or narration carried by a pronoun cue ("…, she says, …"), or
// one that names no one.
function introducesNoOne(text: string): boolean {
  if (/[“"«]/.test(text)) return false;
  return text.length <= 60 || PRONOUN_CUE.test(text) || !NAMED_PAIR.test(text);
}

// The cue a token is, or two tokens are ("according to": their words joined by one space).
function cueOf(t: Token, to?: Token): { text: string; span: { start: number; end: number } } {
  return { text: to ? `${t.text} ${to.text}` : t.text, span: { start: t.start, end: (to ?? t).end } };
}

// The subject between a word that frames it and the verb at `i`: "as [he] puts it", "what [she]
// calls".
function framedSubject(tokens: Token[], i: number, frame: string): SpeakerRef | null {
  let k = i - 1;
  while (k >= 0 && i - k <= MAX_DESCRIPTION && tokens[k]!.lower !== frame) k--;
  const subject = lower(tokens[k]) === frame ? speakerForward(tokens, k + 1) : null;
  return subject && subject.next === i ? subject.ref : null;
}

// Where the verb after a subject is: past the comma that closes the name's own appositive
// ("Their bassist, Ingrid Haugland, was"), past ", a former banker who …," when its commas close
// within a description's length, else `i` itself.
function afterAppositive(tokens: Token[], i: number): number {
  if (tokens[i]?.text !== ',') return i;
  // (a preposition opens an appositive too: "Whitcomb, in her ninth season, was blunt:")
  if (tokens[i + 1]?.word && /^\p{Ll}/u.test(tokens[i + 1]!.text) && !CLAUSE_OPENERS.has(tokens[i + 1]!.lower) && !/^(?:in|at|on|from|with|after|since|during|despite|like|near)$/.test(tokens[i + 1]!.lower)) return i + 1;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_DESCRIPTION + 8; k++) if (tokens[k]!.text === ',') return k + 1;
  return i;
}

// "put it" after a subject: "as he puts it", "as one trader put it". Not a speech verb alone.
function putsIt(tokens: Token[], i: number): boolean {
  const t = lower(tokens[i]);
  return (t === 'put' || t === 'puts') && lower(tokens[i + 1]) === 'it';
}

// "…," X said / "…," said X / "…," according to X / "…," X told reporters.
function fromTail(tokens: Token[], sentenceFinal: boolean): Found | null {
  let i = 0;
  while (i < tokens.length && !tokens[i]!.word && /[,—–-]/.test(tokens[i]!.text)) i++;
  const first = tokens[i];
  if (!first) return null;
  if (isCue(first)) {
    // "said X" / "said he"; skip "said in a statement" style objects before a speaker? No:
    // inversion puts the speaker right after the verb ("shot back Sen. Naomi Feld").
    const speaker = speakerForward(tokens, i + (lower(tokens[i + 1]) === 'back' ? 2 : 1));
    if (speaker) return { cue: cueOf(first), speaker: speaker.ref };
    return null;
  }
  if (lower(first) === 'according' && lower(tokens[i + 1]) === 'to' && !sentenceFinal) {
    const speaker = speakerForward(tokens, i + 2);
    if (speaker) return { cue: cueOf(first, tokens[i + 1]), speaker: speaker.ref };
    return null;
  }
  // "“…,” as its president, Paolo Gatti, puts it."
  if (lower(first) === 'as') {
    const speaker = speakerForward(tokens, i + 1);
    const verb = speaker && tokens[speaker.next]?.text === ',' ? speaker.next + 1 : speaker?.next;
    if (speaker && verb !== undefined && putsIt(tokens, verb)) return { cue: cueOf(tokens[verb]!, tokens[verb + 1]), speaker: speaker.ref };
    return null;
  }
  const speaker = speakerForward(tokens, i);
  if (!speaker) return null;
  // After a quote that ends its sentence, the next words start a new sentence: only a bare
  // "Name said." / "he said on Thursday." attributes the quote; "His party has said it will …"
  // does not.
  if (sentenceFinal) {
    const cue = tokens[speaker.next];
    const after = tokens[speaker.next + 1];
    // (and "Molefe told News24.": whom it was told, by name)
    const closes = !after || /^[.,;:!?]$/.test(after.text) || TAIL_CONTINUATIONS.has(lower(after)) || (/^(?:told|tells)$/.test(lower(cue)) && isCapitalized(after));
    return speaker.ref.kind !== 'description' && isCue(cue) && closes ? { cue: cueOf(cue!), speaker: speaker.ref } : null;
  }
  let j = speaker.next;
  // "Chief Samuel Petawabano of the Cree Nation of Mistissini said": the affiliation after the name.
  if (lower(tokens[j]) === 'of' && speaker.ref.kind === 'name') {
    let k = j + 1;
    while (k < tokens.length && k - j <= MAX_DESCRIPTION && (isCapitalized(tokens[k]) || NAME_CONNECTORS.has(lower(tokens[k])))) k++;
    if (k > j + 1 && isCue(skipAdverbs(tokens, k).token)) j = k;
    // (closing an appositive: "his attorney, Hannah Brightbill of Philadelphia, said")
    else if (k > j + 1 && tokens[k]?.text === ',' && isCue(skipAdverbs(tokens, k + 1).token)) j = k + 1;
  }
  // "the band’s singer, Lotte Bang, told us": the appositive's name, then its comma and the verb.
  if (tokens[j]?.text === ',' && isCue(skipAdverbs(tokens, j + 1).token)) j++;
  // "X, the club's manager, said" / "X, who …, said"
  // (a relative clause may run longer: "Yoon Mi-rae, who heads the Haedam branch of the Geoje
  // Shipbuilding Workers' Union, told a rally")
  else if (tokens[j]?.text === ',') {
    const close = tokens.findIndex((t, k) => k > j && t.text === ',');
    const longest = /^(?:who|which)$/.test(lower(tokens[j + 1])) ? 3 * MAX_DESCRIPTION : MAX_DESCRIPTION + 2;
    if (close > j && close - j <= longest && isCue(skipAdverbs(tokens, close + 1).token)) j = close + 1;
  }
  const cue = skipAdverbs(tokens, j);
  if (isCue(cue.token)) return { cue: cueOf(cue.token!), speaker: speaker.ref };
  return null;
}

// ", he said." / ", Olsen said on Tuesday." ending the sentence a quote sits in.
function fromClosingClause(tokens: Token[]): Found | null {
  let end = tokens.length;
  while (end > 0 && /^[.!?]$/.test(tokens[end - 1]!.text)) end--;
  if (end === tokens.length) return null; // the sentence goes on past the next quote
  for (let c = end - 2, seen = 0; c >= 0 && seen < 8; c--, seen++) {
    if (tokens[c]!.text !== ',') continue;
    const speaker = speakerForward(tokens, c + 1);
    if (!speaker || speaker.ref.kind === 'description') return null;
    const cue = skipAdverbs(tokens, speaker.next);
    if (!isCue(cue.token)) return null;
    // Only a short adverbial may follow the verb: "…, he said on Tuesday."
    for (let k = cue.index + 1; k < end; k++) if (!tokens[k]!.word || !TAIL_CONTINUATIONS.has(lower(tokens[k])) && k - cue.index > 3) return null;
    return { cue: cueOf(cue.token!), speaker: speaker.ref };
  }
  return null;
}

function skipAdverbs(tokens: Token[], i: number): { token: Token | undefined; index: number } {
  while (isAdverb(tokens[i])) i++;
  return { token: tokens[i], index: i };
}

// Reads a speaker phrase starting at token `i`: a pronoun, a name (titles included), or a
// description ("the company", "a spokeswoman for Solvane", "the Iranian president").
function speakerForward(tokens: Token[], i: number): { ref: SpeakerRef; next: number } | null {
  const t = tokens[i];
  if (!t || !t.word) return null;
  const lw = t.lower;
  if (SPEAKER_PRONOUNS.has(lw)) return { ref: ref(tokens, i, i, 'pronoun'), next: i + 1 };
  // "said board chair Helen Okoro", "chief executive Mara Quinn said": lower-case role words
  // before the name.
  const roleWord = (w: Token | undefined) =>
    w !== undefined && w.word && (/^\d{1,3}-year-old$/.test(w.text) || (/^\p{Ll}/u.test(w.text) && !isCue(w) && !PARTICLE_HYPHEN.test(w.text) && (TITLES.has(lower(w)) || !FUNCTION_WORDS.has(lower(w)))));
  if (roleWord(t) && !DETERMINERS.has(lw)) {
    let k = i;
    // ("says singer and guitarist Ailsa Kerrigan": roles joined by "and")
    while (k < tokens.length && k - i < 5 && (roleWord(tokens[k]) || (lower(tokens[k]) === 'and' && k > i && roleWord(tokens[k + 1])))) k++;
    if (k > i && isCapitalized(tokens[k])) {
      const name = speakerForward(tokens, k);
      if (name && name.ref.kind === 'name') return name;
    }
    return null;
  }
  // ("I" is the writer or a speaker inside a quote, not a name.)
  // (a surname may open with a lower-case particle: "al-Khafaji said")
  if ((isCapitalized(t) || PARTICLE_HYPHEN.test(t.text)) && !DETERMINERS.has(lw) && t.text !== 'I') {
    let j = i;
    for (;;) {
      while (j + 1 < tokens.length && (nameToken(tokens, j + 1) || (NAME_PARTICLES.has(lower(tokens[j + 1])) && isCapitalized(tokens[j + 2])))) j++;
      // "Kingsholm manager Declan Moyo", "ULB rector Annick Vandermeulen", "ANC regional secretary
      // X": lower-case role words between an affiliation and a name.
      let k = j + 1;
      while (k < tokens.length && k - j <= 3 && roleWord(tokens[k]) && !isAdverb(tokens[k]!)) k++;
      if (k > j + 1 && isCapitalized(tokens[k]) && !isCue(tokens[k])) j = k;
      else break;
    }
    // ("Delgado-Reyes' attorney": a plural possessive's mark stands as a token of its own; not
    // inside a name, "Workers’ Union")
    const mark = /^['’]$/.test(tokens[j + 1]?.text ?? '') && tokens[j + 1]!.start === tokens[j]!.end && /s$/i.test(tokens[j]!.text) && tokens[j + 2]?.word === true && /^\p{Ll}/u.test(tokens[j + 2]!.text);
    if (mark) j++;
    if (mark || stripPossessive(tokens[j]!.text).possessive) {
      // "Venezuela’s Maduro": a possessive place or organization before the name.
      if (isCapitalized(tokens[j + 1])) return speakerForward(tokens, j + 1);
      // "Ms O’Brien’s colleague, union secretary Gareth Pryce": the appositive names the speaker.
      let k = j + 1;
      while (k < tokens.length && k - j <= MAX_DESCRIPTION && tokens[k]!.word) k++;
      if (tokens[k]?.text === ',') {
        const named = speakerForward(tokens, k + 1);
        if (named && named.ref.kind === 'name') return named;
      }
      return k > j + 1 ? { ref: ref(tokens, i, k - 1, 'description'), next: k } : null;
    }
    return { ref: ref(tokens, i, j, 'name'), next: j + 1 };
  }
  if (DETERMINERS.has(lw) || stripPossessive(t.text).possessive) {
    // "According to the Prairie Aquifer Conservation District": an article before a name.
    if (lw === 'the' && isCapitalized(tokens[i + 1])) {
      const name = speakerForward(tokens, i + 1);
      // (not "the Iranian president": a lower-case noun after the capitals makes a description)
      const after = tokens[name?.next ?? 0];
      if (name && name.ref.kind === 'name' && !(after?.word && /^\p{Ll}/u.test(after.text) && !isCue(after))) return name;
    }
    let j = i + 1;
    // ("the mother of four": a number after "of" is part of the description)
    while (j < tokens.length && j - i < MAX_DESCRIPTION && tokens[j]!.word && !isCue(tokens[j]) && !isAdverb(tokens[j]) && !(FUNCTION_WORDS.has(lower(tokens[j])) && !DESCRIPTION_INNER.has(lower(tokens[j])) && !(lower(tokens[j - 1]) === 'of' && COUNT_WORDS.test(lower(tokens[j]))))) j++;
    if (j === i + 1) return null;
    // "explains its president, Rafael Montoro, who …": the appositive names the speaker.
    if (tokens[j]?.text === ',' && isCapitalized(tokens[j + 1])) {
      const named = speakerForward(tokens, j + 1);
      if (named && named.ref.kind === 'name') return named;
    }
    return { ref: ref(tokens, i, j - 1, 'description'), next: j };
  }
  return null;
}

function nameToken(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.text === '.' && i > 0 && /^\p{Lu}[\p{L}]{0,3}$/u.test(tokens[i - 1]!.text)) return true; // Dr. / K.
  // (or a surname opened by a particle, after a capital: "Cllr al-Hashimi said")
  return (isCapitalized(t) && !CUE_VERBS.has(t.lower)) || (PARTICLE_HYPHEN.test(t.text) && isCapitalized(tokens[i - 1]));
}

function ref(tokens: Token[], from: number, to: number, kind: SpeakerRef['kind']): SpeakerRef {
  // Keep a trailing period only when it is part of an abbreviation inside the phrase.
  while (to > from && !tokens[to]!.word) to--;
  const start = tokens[from]!.start;
  const end = tokens[to]!.end;
  return { text: tokens[from]!.source.slice(start, end), span: { start, end }, kind };
}

// X said: "…" / X told reporters "…" / X called it "…" / X said the plan was "…" /
// Where a sentence's subject starts: past a fronted phrase and its comma ("In a statement, the
// INCU said …", "On Monday, X …"), else at its first word.
function subjectStart(head: Token[]): number {
  if (!FRONTING_WORDS.has(lower(head[0]))) return 0;
  for (let k = 1; k < head.length && k <= 10; k++) if (head[k]!.text === ',') return k + 1;
  return 0;
}

// According to X, … "…" / Pezeshkian "noted that …".
function fromHead(head: Token[], quoteText: string, drafts: QuoteDraft[], qi: number): Found | null {
  // The quote itself opens with the cue: Pezeshkian “noted that …”.
  // (not after an auxiliary: in "X said Labour had “promised …”" the verb is Labour's, the words X's)
  const firstWord = /^[\p{L}]+/u.exec(quoteText)?.[0];
  if (firstWord && CUE_VERBS.has(firstWord) && head.length > 0 && !AUXILIARIES.test(lower(head[head.length - 1]))) {
    const subject = subjectBefore(head, head.length);
    if (subject) return { speaker: subject, method: 'reported-speech' };
  }
  for (let i = head.length - 1; i >= 0; i--) {
    const t = head[i]!;
    // "… and, as he puts it, “…”" / "as one trader put it: “…”": the words that follow are the
    // subject's, though "put" is no speech verb of its own.
    if (putsIt(head, i)) {
      // ("Its director, Tom Rangihuna, put it simply: “…”": a colon a word or two after "it")
      const subject = framedSubject(head, i, 'as') ?? (head[head.length - 1]!.text === ':' && head.length - i <= 5 ? subjectBefore(head, i) : null);
      if (subject) return { cue: cueOf(t, head[i + 1]), speaker: subject, method: 'adjacent-cue' };
      continue;
    }
    // "… on what she calls “a shoestring and a kettle”": naming verbs after "what".
    if (isCue(t) && i === head.length - 1) {
      const subject = framedSubject(head, i, 'what');
      if (subject) return { cue: cueOf(t), speaker: subject, method: 'adjacent-cue' };
    }
    // (after a possessive or an article a cue word is a noun: "the union's demands would …")
    if (isHeadCue(t) && (stripPossessive(head[i - 1]?.text ?? '').possessive || DETERMINERS.has(lower(head[i - 1])) || POSSESSIVE_PRONOUNS.has(lower(head[i - 1])))) continue;
    if (isHeadCue(t)) {
      // "… and described X as “…”": a coordinated verb shares the subject of the quote before.
      // (with no quote before it: "Its chairman, X, welcomed the plan but said it was “…”", the
      // sentence's subject)
      if (COORDINATORS.has(lower(head[i - 1]))) {
        const prev = previousInSentence(drafts, qi, head);
        if (prev !== undefined) return { cue: cueOf(t), sameAs: prev, method: 'continuation' };
        const subject = speakerForward(head, subjectStart(head));
        if (subject && subject.ref.kind === 'name' && subject.next < i - 1) return { cue: cueOf(t), speaker: subject.ref, method: 'reported-speech' };
        continue;
      }
      const subject = subjectBefore(head, i);
      const adjacent = head.length - i <= 6 && /[:,]/.test(head[head.length - 1]?.text ?? '');
      if (subject) return { cue: cueOf(t), speaker: subject, method: adjacent ? 'adjacent-cue' : 'reported-speech' };
      continue;
    }
    // "X on Thursday condemned the sanctions, calling them “…”": a participle after a comma
    // shares the subject that opens the sentence.
    if (isParticiple(t)) {
      if (head[i - 1]?.text === ',') {
        const subject = speakerForward(head, subjectStart(head));
        if (subject && subject.ref.kind !== 'description' && subject.next < i && !/^\p{L}+(?:ed|ing)$/u.test(subject.ref.text)) return { cue: cueOf(t), speaker: subject.ref, method: 'reported-speech' };
      }
      continue;
    }
    if (lower(t) === 'according' && lower(head[i + 1]) === 'to') {
      // "According to her, “…”": an object pronoun names the speaker as well.
      const object = OBJECT_PRONOUNS.get(lower(head[i + 2]));
      let speaker = object ? { ref: { ...ref(head, i + 2, i + 2, 'pronoun'), text: head[i + 2]!.text }, next: i + 3 } : speakerForward(head, i + 2);
      // "according to a report prepared for council by engineering firm Bridgeline": the author.
      if (speaker?.ref.kind === 'description') {
        // (the last name before the comma: "by Regina engineering firm Bridgeline")
        let by = -1;
        let last = -1;
        for (let k = speaker.next; k < head.length && head[k]!.text !== ','; k++) {
          if (lower(head[k]) === 'by') by = k;
          else if (by >= 0 && isCapitalized(head[k]) && !isCapitalized(head[k - 1])) last = k;
        }
        const author = last > by && by >= 0 ? speakerForward(head, last) : null;
        if (author?.ref.kind === 'name') speaker = author;
      }
      if (speaker) return { cue: cueOf(t, head[i + 1]), speaker: speaker.ref, method: 'according-to' };
    }
  }
  // "Kowalchuk was blunt: “…”": a sentence whose subject is a name and that ends in a colon
  // introduces that person's words.
  // So does "He put it this way:", and the subject after a question put to it ("Asked whether
  // he would stay on, Raghunathan was blunt:").
  if (head[head.length - 1]?.text === ':') {
    // ("On a conference call with analysts, Castellanos defended the spending:": an opening
    // phrase before the subject)
    const from = OPENING_WORDS.has(lower(head[0])) ? head.findIndex((t) => t.text === ',') + 1 : 0;
    // "Her advice for first-timers is simple:": what the person says is introduced by what is theirs.
    if (POSSESSIVE_PRONOUNS.has(lower(head[from])) && head.length - from <= 10) return { speaker: ref(head, from, from, 'pronoun'), method: 'adjacent-cue' };
    const subject = speakerForward(head, from);
    // (past an appositive: "Their bassist, Ingrid Haugland, was philosophical about it:",
    // "Castagné, a former banker who took control in 2019, was blunt:")
    const at = subject ? afterAppositive(head, subject.next) : -1;
    const verb = subject ? head[at] : undefined;
    // (a pronoun with "put it" or a verb of answering: "she answers immediately:")
    const pronoun = subject?.ref.kind === 'pronoun' && (putsIt(head, at) || (isCue(verb) && head.length - at <= 3));
    // (not an adverb opening the sentence: "Until then, …:", "Then …:")
    // ("Their bassist, X, …" opens with a determiner, not an adverb)
    const person = pronoun || (subject?.ref.kind === 'name' && (!FUNCTION_WORDS.has(lower(head[from])) || DETERMINERS.has(lower(head[from]))));
    if (person && verb?.word && /^\p{Ll}/u.test(verb.text) && !NOT_VERBS.has(verb.lower)) return { speaker: subject.ref, method: 'adjacent-cue' };
  }
  return null;
}

function previousInSentence(drafts: QuoteDraft[], qi: number, head: Token[]): number | undefined {
  const from = head[0]?.start ?? 0;
  for (let p = qi - 1; p >= 0; p--) {
    const d = drafts[p]!;
    if (d.kind === 'nested') continue;
    if (d.outer.start < from) return undefined;
    if (d.speaker || d.sameAs !== undefined) return p;
  }
  return undefined;
}

// How far from a quote its attribution is looked for, in characters: far enough for any real
// sentence, bounded so that a megabyte-long "sentence" stays linear.
const HEAD_WINDOW = 450;
const TAIL_WINDOW = 300;

// Tokens before a quote with other quotes' words taken out: each quote becomes one barrier mark,
// so that a name cannot run across it ("Ask Dr. “Ready,” Maria Lopez said").
function withoutQuotes(tokens: Token[], outers: readonly { start: number; end: number }[]): Token[] {
  if (tokens.length === 0) return tokens;
  // Quotes do not overlap, so the first one that may hold a token starts at or before it.
  let k = Math.max(0, lastAtOrBefore(outers, tokens[0]!.start));
  const out: Token[] = [];
  for (const t of tokens) {
    while (k < outers.length && outers[k]!.end <= t.start) k++;
    const o = outers[k];
    if (o && t.start >= o.start && t.end <= o.end) {
      const last = out[out.length - 1];
      if (!last || last.text !== '“' || last.start !== o.start) out.push({ text: '“', lower: '“', start: o.start, end: o.start, word: false, source: t.source });
      continue;
    }
    out.push(t);
  }
  return out;
}

// Words that may follow "X said" in a bare attribution: "Maduro said on Thursday on …".
const TAIL_CONTINUATIONS = new Set('on|in|at|to|during|after|before|from|last|this|yesterday|today|later|earlier|afterwards|reporters|journalists|the|a|an|via|through|when|while|as'.split('|'));
const AUXILIARIES = /^(?:had|has|have|was|were|is|are|would|will|could|should|might|may|must|be|been)$/;
const COUNT_WORDS = /^(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})$/;
const DESCRIPTION_INNER = new Set('of|for|the|at|from|in|on|chief|senior|deputy|national|local|federal|state|former|new|top|police|officials|people'.split('|'));
// Words after a name that show it is not the subject of a clause of its own.
const NOT_VERBS = new Set(['and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'who', 'whose', 'which', 'that', 'as']);
const COORDINATORS = new Set(['and', 'but', 'then', 'before', 'after', 'or', 'yet']);
const HEAD_PREPOSITIONS = new Set(['of', 'at', 'from', 'for', 'with']);
// Words that open a phrase before a sentence's subject: "On a call with analysts, X …:", "Asked
// whether …, X …:".
const OPENING_WORDS = new Set(['on', 'in', 'at', 'during', 'after', 'before', 'speaking', 'asked']);

// True when tokens[a..b] form one name: capitalised at both ends, with only name words and
// connectors ("Department for Transport", "Ministry of Housing and Local Government") between.
function isNameRun(tokens: Token[], a: number, b: number): boolean {
  if (a > b || !isCapitalized(tokens[a]) || !(isCapitalized(tokens[b]) || tokens[b]!.text === '.')) return false;
  for (let k = a; k <= b; k++) {
    const t = tokens[k]!;
    if (!(nameToken(tokens, k) || NAME_CONNECTORS.has(lower(t)) || ((t.text === '’' || t.text === "'") && /s$/.test(tokens[k - 1]?.text ?? '')))) return false;
  }
  return true;
}

// Start of the capitalised run ending at token j, walking back over name words, connectors
// between capitalised words, and plural possessives inside a name ("Ratepayers’ Association").
function runStart(tokens: Token[], j: number): number {
  let k = j;
  for (;;) {
    const p = tokens[k - 1];
    if (!p) break;
    if (nameToken(tokens, k - 1) && !stripPossessive(p.text).possessive) k--;
    else if ((NAME_CONNECTORS.has(lower(p)) || p.text === '&') && isCapitalized(tokens[k - 2]) && lower(p) !== 'the') k--;
    else if ((p.text === '’' || p.text === "'") && isCapitalized(tokens[k - 2]) && tokens[k - 2]!.text.endsWith('s')) k--;
    else break;
  }
  // Never start on a connector.
  while (k < j && !isCapitalized(tokens[k])) k++;
  return k;
}

// The subject of the verb at `i`: the noun phrase ending right before it. Skips adverbs, a
// bracketed acronym ("The Department for Transport (DfT) said"), and comma-delimited clauses
// ("Maduro, who traveled to Russia, claimed"); an appositive name between commas is the
// subject itself ("The judge, Eleanor Hartsfield, said").
function subjectBefore(tokens: Token[], i: number): SpeakerRef | null {
  let j = i - 1;
  while (j >= 0 && isAdverb(tokens[j])) j--;
  // "…, Sheikh Khalid bin Hamad Al Mannai, who said …": the relative pronoun's antecedent.
  if ((lower(tokens[j]) === 'who' || lower(tokens[j]) === 'which') && tokens[j - 1]?.text === ',') j -= 2;
  for (let skips = 0; skips < 4; skips++) {
    if (tokens[j]?.text === ')') {
      let k = j - 1;
      while (k >= 0 && tokens[k]!.text !== '(' && j - k <= 8) k--;
      if (k < 0 || tokens[k]!.text !== '(') break;
      j = k - 1;
      continue;
    }
    if (tokens[j]?.text !== ',') break;
    let k = j - 1;
    while (k >= 0 && tokens[k]!.text !== ',' && j - k <= 30) k--;
    let a = k + 1;
    let b = j - 1;
    if (lower(tokens[a]) === 'the') a++;
    if (tokens[b]?.text === ')') {
      while (b > a && tokens[b]!.text !== '(') b--;
      b--;
    }
    // A possessive opens the phrase, the name follows: "Venezuela’s Maduro, who …, claimed"
    // (not in a clause that a preposition opens: "X, of West Yorkshire Police's Homicide Team, said",
    // nor in a description: "Pruitt, a medical officer in the agency's Division of …, told").
    if (!HEAD_PREPOSITIONS.has(lower(tokens[a])) && !/^an?$/.test(lower(tokens[a]))) for (let p = b - 1; p >= a; p--) if (stripPossessive(tokens[p]!.text).possessive) { a = p + 1; break; }
    // "Sen. Marcus Ellery, D-Ore., the bill's lead sponsor, told reporters": a party-and-state
    // tag is skipped like any clause.
    const partyTag = b - a <= 1 && /^[DRI]-[A-Z][a-z]{1,4}$/.test(tokens[a]?.text ?? '');
    // "Westhaven, a firm based in Burnaby, B.C., said": a state or country after a town is part
    // of the clause's place, not the subject.
    const placeTail = k > 0 && isCapitalized(tokens[k - 1]) && /^(?:in|near|from|at|outside)$/.test(lower(tokens[runStart(tokens, k - 1) - 1])) && isPlaceName(tokens[a]!.source.slice(tokens[a]!.start, tokens[b]!.end));
    if (!partyTag && !placeTail && isNameRun(tokens, a, b) && !(a === b && tokens[a]!.text === 'I')) return ref(tokens, a, b, 'name');
    const opener = tokens[k + 1];
    const skippable = opener !== undefined && (partyTag || placeTail || CLAUSE_OPENERS.has(lower(opener)) || TITLES.has(lower(opener)) || /^\d/.test(opener.text) || /^\p{Ll}/u.test(opener.text));
    if (k < 0 || !skippable) break;
    j = k;
  }
  if (tokens[j]?.text === ',') j--;
  const t = tokens[j];
  if (!t || !t.word && t.text !== '.') return null;
  const lw = t.lower;
  // "it" before a reporting verb is nearly always a thing ("it reflects …"), not a speaker.
  if (SPEAKER_PRONOUNS.has(lw)) return lw === 'it' ? null : ref(tokens, j, j, 'pronoun');
  if (isCapitalized(t) || (t.text === '.' && isCapitalized(tokens[j - 1]))) {
    const k = runStart(tokens, j);
    // "Rodrigo Salcedo of the Centre Alliance called": the head comes before the preposition.
    let p = k - 1;
    if (lower(tokens[p]) === 'the') p--;
    if (HEAD_PREPOSITIONS.has(lower(tokens[p])) && isCapitalized(tokens[p - 1])) {
      const headStart = runStart(tokens, p - 1);
      // Only a full name heads the phrase; "Observers from the OAS" is headed by the OAS.
      if (p - 1 > headStart && !TITLES.has(lower(tokens[p - 1]))) return ref(tokens, headStart, p - 1, 'name');
    }
    return ref(tokens, k, j, 'name');
  }
  // "the company said", "a spokeswoman for the ministry said"
  if (/^\p{Ll}/u.test(t.text) && !isCue(t) && !MEDIUM_NOUNS.has(lw)) {
    for (let k = j - 1; k >= 0 && j - k < MAX_DESCRIPTION; k--) {
      const w = tokens[k]!;
      if (!w.word) break;
      if (DETERMINERS.has(w.lower) || stripPossessive(w.text).possessive) return ref(tokens, k, j, 'description');
      // A description is a noun phrase: a verb or conjunction inside it means we ran past it.
      if (FUNCTION_WORDS.has(w.lower) && !DESCRIPTION_INNER.has(w.lower)) break;
    }
  }
  return null;
}

// The sentence containing an offset, if any.
function locator(sentences: readonly Sentence[]): (offset: number) => Sentence | undefined {
  return (offset) => {
    const s = sentences[lastAtOrBefore(sentences, offset)];
    return s && offset < s.end ? s : undefined;
  };
}

