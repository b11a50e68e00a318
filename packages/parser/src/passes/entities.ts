import type { MentionDraft, Pass } from '../context.js';
import { APPOSITIVE_END, AUXILIARIES, COMMON_ABBREVIATIONS, FUNCTION_WORDS, LANGUAGES, SENTENCE_OPENERS, WORKS_AT } from '../lexicon/common.js';
import { CUE_VERBS } from '../lexicon/cues.js';
import { MONTHS, WEEKDAYS } from '../lexicon/dates.js';
import { firstNameGender, isCountry, isDemonym, isKnownPlace } from '../lexicon/gazetteer.js';
import { BUSINESS_AGENTS, FOREIGN_FUNCTION_WORDS, FOREIGN_HEADS, LOWER_ORG_TAILS, CLUB_PREFIXES, CLUB_TAILS, CORPORATE_NOUNS, FACILITY_KINDS, KNOWN_ORGS, LEADING_ADJECTIVES, OF_HEADS, ORG_HEADS, ORG_NOUNS, ORG_VERBS, ORG_PREFIXES, ORG_SUFFIXES, ORG_TAILS, PLACE_ABBREVIATIONS, PLACE_HEADS, SURNAME_PLACE_HEADS, COMPASS, INHABITANTS, PLACE_OF, PLACE_NOUNS, PLACE_PREFIXES, PUBLIC_NOUNS, ROMANCE_PLACE_WORDS, LOCAL_TRADES, INSTITUTION_NOUNS, ORG_KINDS, EMPLOYERS_OF, NUMBERED_PLACES, MUNICIPALITIES, DISTRICT_BODIES, REGION_ADJECTIVES, THING_WORDS, isSportsStory } from '../lexicon/organizations.js';
import { LOCAL_PEOPLE, NAME_GLUE, NAME_PARTICLES, NOT_AGENTS, PARTICLE_HYPHEN, PARTY_MEMBERS, PERSON_NOUNS, POST_NOMINALS, REPRESENTS, TITLES } from '../lexicon/titles.js';
import { findAmounts } from '../lib/amounts.js';
import { findBodyDates, mayHoldBodyDate } from '../lib/body-dates.js';
import { isPlaceName, writtenLowerCase, writtenLowerCaseInProse } from '../lib/names.js';
import { isCapitalized, stripPossessive, tokenize, tokenizeSentence, type Token } from '../lib/tokens.js';

const HAS_CAPITAL = /\p{Lu}/u;
const HAS_DIGIT = /\d/;
// "Denver-based", "FIFA-listed": a name, a hyphen, a lower-case modifier.
const HYPHEN_MODIFIER = /^(\p{Lu}[\p{L}.]*)-(\p{Ll}+)$/u;
// (a word without a hyphen needs no regex: with its Unicode classes the match costs far more
// than the test, and most name runs end in no hyphen)
const hyphenModifier = (text: string) => (text.includes('-') ? HYPHEN_MODIFIER.exec(text) : null);
// Sets of single characters are built from a string (its characters); word sets from a
// `|`-joined string: smaller in the bundle than array literals (see lexicon/common.ts).
const OPENING = new Set('“"‘\'([');
const CLOSING = new Set(['”', '"', '’', "'"]);
// "Forecaster", "Pharmacist", "Historian", "Consultant", "Referee", "Mother-of-three": the shapes of
// English agent nouns and hyphenated descriptions.
const AGENT_NOUN = /^\p{Lu}\p{Ll}{3,}(?:er|or|ist|ant|ent|ee)$|^\p{Lu}\p{Ll}+-\p{Ll}/u;
// "-based", "-led", "-backed", "-friendly", "-wide": what a modifier after a name's hyphen looks like
// (not the second half of a given name: "Leung Yiu-chung", "Hye-jin Kwon").
const MODIFIER_WORDS = /^(?:born|led|run|made)$|^\p{Ll}{3,}(?:ed|ing|ly)$|(?:wide|bound|style)$/u;
const HYPHENATED_GIVEN = /^\p{Lu}\p{Ll}+-(\p{Ll}+)$/u;
const CAMPAIGN_VERBS = /^(?:save|stop|protect|defend)$/;
const DOUBLE_BARRELLED = /^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u;
// A month or weekday ("Sept.", "Monday"), by the token's lower case made once in tokenize.
const CALENDAR = (t: Token) => MONTHS.has(lw(t)) || WEEKDAYS.has(lw(t));
const PLACE_PREPOSITIONS = new Set('in|from|near|to|across|outside|into|throughout|around|towards|toward|via|through|at|between'.split('|'));
// ("at" and "between" take organizations and groups too: a name after them is a place only where
// its phrase ends, "talks at Kanjurmarg." but not "analysts at Jefferies said", "between Democratic
// leaders")
const OPEN_PREPOSITIONS = new Set(['at', 'between']);
const LOCATIVES = new Set(['in', 'near']);
const WHERE_PREPOSITIONS = new Set('in|on|across|near|over|along|into|towards|toward|through|throughout|beyond|around|below|above|under|off|past|beside|within|outside'.split('|'));
// What may follow a name that ends its phrase: punctuation, a conjunction or a preposition.
const PHRASE_END = /^(?:[.,;:!?)\]—–-]|and|or|but|where|which|that|in|on|at|near|for|with|from|by|to|as|since|between|this|last)$/;
// (see foreignTail)
const FOREIGN_LOOKING = /[àâçéèêëîïôûùüÿœæáíóúñãõ]|^[dl][’']|(?:iques?|aires?|ales?|elles?|iennes?|aises?|ées?|eux|euses?|ives?|oises?)$/u;
// An English word after such a name ends it: "the Cour des comptes said", "… has warned".
const isEnglishWord = (w: string) => FUNCTION_WORDS.has(w) || AUXILIARIES.has(w) || CUE_VERBS.has(w);

/**
 * Finds entity mentions: capitalised name runs (typed by gazetteers, organization heads and
 * suffixes, titles, first names and context), and money, quantities, percentages and dates.
 * Titles and roles are kept out of the name ("Iranian President Masoud Pezeshkian" → "Masoud
 * Pezeshkian" with role "President"), possessives out of the span ("Iran’s" → "Iran"), and a
 * sentence-initial capital alone is no evidence of a name.
 */
export const entities: Pass = {
  name: 'entities',
  run(ctx) {
    const { input } = ctx;
    // Each sentence is tokenized once, for both scans below (and attribution's).
    // A sentence with no capital letter holds no name: skip tokenizing it.
    const sentenceTokens = ctx.sentences.map((s) => {
      const start = Math.max(s.start, ctx.blocks[s.block]!.contentStart);
      if (!HAS_CAPITAL.test(input.slice(start, s.end))) return [];
      return start === s.start ? tokenizeSentence(input, s) : tokenize(input, start, s.end);
    });
    const midSentence = capitalizedMidSentence(sentenceTokens);
    const mentions: MentionDraft[] = [];
    for (const tokens of sentenceTokens) {
      const firstWord = tokens.findIndex((t) => t.word);
      for (let i = 0; i < tokens.length; i++) {
        if (!tokens[i]!.word) continue;
        // (not "Hye-jin Kwon": before a capital, only a known modifier makes it one, "Nairobi-based")
        let hyphen = hyphenModifier(tokens[i]!.text);
        if (hyphen && isCapitalized(tokens[i + 1]) && !MODIFIER_WORDS.test(hyphen[2]!)) hyphen = null;
        if (hyphen) {
          // "FIFA-listed", "Denver-based": the name before a hyphenated modifier.
          const m = hyphenPrefix(tokens[i]!, hyphen[1]!, hyphen[2]!);
          if (m) mentions.push(m);
          continue;
        }
        if (!startsRun(tokens, i)) continue;
        const j = extendRun(tokens, i);
        const sentenceInitial = i === firstWord;
        for (const m of nameMentions(input, tokens, i, j, sentenceInitial, midSentence)) mentions.push(m);
        i = j;
      }
    }
    // The headline: title case makes every word a capital, so each word or run there is only a
    // candidate, kept by coreference if the body names the same thing.
    const head = ctx.meta.provenance.headline;
    if (head?.span) {
      for (const t of tokenize(input, head.span.start, head.span.end)) {
        if (!isCapitalized(t) && !/^\p{Lu}{2}/u.test(t.text)) continue;
        const { base } = stripPossessive(t.text);
        mentions.push({ start: t.start, end: t.start + base.length, text: base, type: 'person', evidence: 0, headline: true });
      }
    }
    // The dateline names the place the story was filed from: "ROTTERDAM, Netherlands".
    const dateline = ctx.meta.dateline;
    if (dateline) {
      const at = dateline.span.start + input.slice(dateline.span.start, dateline.span.end).indexOf(dateline.place);
      for (const part of dateline.place.matchAll(/[^,]+/g)) {
        const text = part[0].trim();
        const start = at + part.index + part[0].indexOf(text);
        if (text) mentions.push({ start, end: start + text.length, text, type: 'place', evidence: 2 });
      }
    }
    const reference = ctx.meta.datePublished?.slice(0, 10) ?? ctx.options.referenceDate;
    for (const block of ctx.blocks) {
      // Cheap tests first: a paragraph with no digit has no amount; one with neither a digit nor
      // "day" has no date the patterns could read.
      const text = input.slice(block.contentStart, block.end);
      if (HAS_DIGIT.test(text)) mentions.push(...findAmounts(input, block.contentStart, block.end));
      if (mayHoldBodyDate(text)) mentions.push(...findBodyDates(input, block.contentStart, block.end, reference));
    }
    // A match report: "Castlebridge United", "Kingsmoor Town" are clubs, not people or places.
    // (The names that could be clubs first: most articles have none, and then the whole text
    // need not be searched for sports words.)
    const clubs = mentions.filter(clubLike);
    if (clubs.length > 0 && isSportsStory(input)) {
      for (const m of clubs) {
        m.type = 'organization';
        m.evidence = 2;
      }
    }
    mentions.sort((a, b) => a.start - b.start || b.end - a.end);
    // Amount and date patterns win over a name run they overlap ("July 30" is a date).
    const kept: MentionDraft[] = [];
    for (const m of mentions) {
      const last = kept[kept.length - 1];
      if (last && m.start < last.end) {
        const lastIsName = last.type === 'person' || last.type === 'organization' || last.type === 'place';
        const mIsName = m.type === 'person' || m.type === 'organization' || m.type === 'place';
        if (lastIsName && !mIsName) kept[kept.length - 1] = m;
        continue;
      }
      kept.push(m);
    }
    return { ...ctx, mentions: kept };
  },
};

// A name of two words or more that a sports story would make a club: "Castlebridge United",
// "Real Sociedad" (not one already typed by a gazetteer or suffix, unless it is a place).
function clubLike(m: MentionDraft): boolean {
  if (!m.text.includes(' ') || (m.type !== 'place' && m.evidence >= 2)) return false;
  const last = m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase();
  const first = m.text.slice(0, m.text.indexOf(' ')).toLowerCase();
  return CLUB_TAILS.has(last) || CLUB_PREFIXES.has(first);
}

function capitalizedMidSentence(sentenceTokens: readonly Token[][]): Set<string> {
  const seen = new Set<string>();
  for (const tokens of sentenceTokens) {
    let first = true;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (!t.word) continue;
      // (the capital first: a lower-case word needs no look at the word before it)
      if (!first && isCapitalized(t) && !(k > 0 && OPENING.has(tokens[k - 1]!.text))) seen.add(stripPossessive(t.text).base);
      first = false;
    }
  }
  return seen;
}

// Contractions ("I’m", "We’re", "It’s") open no name, whatever their capital.
const CONTRACTION = /^\p{L}+['’](?:m|re|ve|ll|d)$|^(?:it|that|there|he|she|what|let|who|here)['’]s$/iu;

function startsRun(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  // The capital first: it turns down most words with one character test, before any lookup.
  // (A word that isCapitalized turns down starts with no capital, so the regex can only say no.)
  if (!isCapitalized(t) && !(t.text.charCodeAt(0) >= 128 && /^\p{Lu}{2,}/u.test(t.text))) return false;
  // A capitalised preposition or article before a lower-case word opens a sentence whose full
  // stop went missing ("… of FTU In the Kowloon East constituency"), not a name.
  if (SENTENCE_OPENERS.has(t.lower) && /^\p{Ll}/u.test(tokens[i + 1]?.text ?? '')) return false;
  // The pronoun "I" opens no name (a regnal numeral inside one, "Elizabeth I", is not at its start).
  return !isContraction(t.text) && t.text !== 'I';
}

// (every contraction has an apostrophe: a word without one needs no regex)
function isContraction(text: string): boolean {
  return (text.includes("'") || text.includes('’')) && CONTRACTION.test(text);
}

function extendRun(tokens: Token[], i: number): number {
  let j = i;
  while (j + 1 < tokens.length) {
    // "King’s College London": a possessive inside a name goes on only into an organization head.
    const own = stripPossessive(tokens[j]!.text);
    // (and into a place head: "Hawke's Bay")
    const head = tokens[j + 1]?.lower ?? '';
    if (own.possessive && !((ORG_HEADS.has(head) || PLACE_HEADS.has(head)) && !isKnownPlace(own.base) && !KNOWN_ORGS.has(own.base.toLowerCase()))) break;
    // A hyphenated modifier ends the name it follows: "the Abu Dhabi-listed Saqr Freight".
    if (j > i && modifierAfterHyphen(tokens[j]!.text)) break;
    const n = tokens[j + 1]!;
    const after = tokens[j + 2];
    // A legal suffix ends a company name: "Perrin Hale & Co. According to …".
    if (ORG_SUFFIXES.has(tokens[j]!.lower) && j > i) {
      if (n.text === '.' && n.start === tokens[j]!.end) j++;
      break;
    }
    if (n.text === '.' && /^(?:\p{Lu}|\p{Lu}\p{Ll}{1,2}|(?:\p{L}\.)+\p{L})$/u.test(tokens[j]!.text) && n.start === tokens[j]!.end) {
      // "K." in "Christian K. Caruzo", "Dr." before a name, "U.S." — keep the period in the run.
      if (isCapitalized(after) || /^(?:\p{L}\.)+\p{L}$/u.test(tokens[j]!.text)) {
        j++;
        continue;
      }
      break;
    }
    // A nickname in quotation marks inside a name: "Walter “Walt” Ostrowski".
    if (OPENING.has(n.text) && isCapitalized(after) && CLOSING.has(tokens[j + 3]?.text ?? '') && isCapitalized(tokens[j + 4]) && n.start === tokens[j]!.end + 1 && tokens[j + 3]!.start === after!.end) {
      j += 4;
      continue;
    }
    // A capitalised function word inside a run opens a sentence whose full stop went missing:
    // "… DAB's Elizabeth Quat In the New Territories", "… to the U.S. The President later …".
    if (isCapitalized(n) && SENTENCE_OPENERS.has(n.lower) && (n.lower === 'the' || /^\p{Ll}/u.test(after?.text ?? ''))) break;
    // "Route 611", "Interstate 44", "Sector 56", "Route W": a road or district numbered or lettered.
    if (NUMBERED_PLACES.has(tokens[j]!.lower) && /^(?:\d{1,4}[A-Z]?|[A-Z])$/.test(n.text) && n.start === tokens[j]!.end + 1) {
      j++;
      break;
    }
    // The pronoun "I" after a name begins a clause ("one night in Groningen I just couldn't"); a
    // regnal numeral follows a given name ("Elizabeth I").
    // ("Barangay Guitnang Bayan I at around 11:45" keeps its numeral: no verb follows it)
    if (n.text === 'I' && firstNameGender(tokens[j]!.text) === undefined && /^\p{Ll}/u.test(after?.text ?? '') && !/^(?:at|in|on|of|to|from|by|for|with|and|or)$/.test(after!.text)) break;
    if (isCapitalized(n) && !CALENDAR(n)) {
      j++;
      continue;
    }
    // "Calloway Freight plc": a lower-case legal suffix closes a company name.
    if (/^(?:plc|ltd|llc|inc|ag|sa|nv|bv|gmbh|spa|asa|ab)\.?$/.test(n.text) && n.start === tokens[j]!.end + 1) {
      j++;
      break;
    }
    if ((n.text === '&' || NAME_GLUE.has(n.text)) && isCapitalized(after)) {
      j += 2;
      continue;
    }
    // "Hendrik van der Meulen", "Javier de la Serna": particles in a row before the surname.
    if (NAME_GLUE.has(n.text) && NAME_GLUE.has(after?.text ?? '') && isCapitalized(tokens[j + 3])) {
      j += 3;
      continue;
    }
    // "Tariq al-Mansouri": a lower-case particle joined to the surname by a hyphen.
    // (after a title too: "Cllr al-Hashimi said"; after one given name: "Khalfan al-Rawahi")
    if ((j > i || TITLES.has(lw(tokens[j]!)) || (isCapitalized(tokens[j]) && !FUNCTION_WORDS.has(lw(tokens[j]!)))) && PARTICLE_HYPHEN.test(n.text)) {
      j++;
      continue;
    }
    // (an organization's "of" phrase may hold another: "Tribunal for the Law of the Sea")
    if ((n.text === 'of' || n.text === 'for') && (OF_HEADS.has(lastWord(tokens, j)) || inOfPhrase(tokens, i, j)) && (isCapitalized(after) || (after?.text === 'the' && isCapitalized(tokens[j + 3])))) {
      j += after?.text === 'the' ? 3 : 2;
      continue;
    }
    // "and" inside a name: "Department of Health and Social Care" (an organization's "of"
    // phrase), "Securities and Exchange Commission" (what follows ends in an organization head).
    if (n.text === 'and' && isCapitalized(after)) {
      const ofPhrase = inOfPhrase(tokens, i, j);
      let e = j + 2;
      // (over a plural possessive too: "Packaging and Print Workers’ Union")
      while (isCapitalized(tokens[e + 1]) || (/^['’]$/.test(tokens[e + 1]?.text ?? '') && tokens[e + 1]!.start === tokens[e]!.end && /s$/.test(tokens[e]!.text) && isCapitalized(tokens[e + 2]))) e += isCapitalized(tokens[e + 1]) ? 1 : 2;
      // (a head word with a name before it: "Smith Securities and Jones Capital" are two names,
      // "the Securities and Exchange Commission" one)
      // (a demonym names nothing: "the Australian Securities and Investments Commission")
      const named = tokens.slice(i, j).some((t) => t.word && !FUNCTION_WORDS.has(t.lower) && !isDemonym(t.text));
      // ("Northstep Ventures and Caldera Ridge Partners": a plural trade word ends the first name
      // too; not "Port Water and Power Authority", "Pacific Gas and Electric")
      const tail = ORG_TAILS.has(tokens[j]!.lower) && tokens[j]!.lower.endsWith('s');
      const complete = named && (ORG_SUFFIXES.has(tokens[j]!.lower) || ((ORG_HEADS.has(tokens[j]!.lower) || tail) && !ofPhrase));
      // (an "of" phrase goes on through "and" unless a second organization follows: "University
      // of Victoria and Dalhousie University" are two; a single word is no second name, "Ministry
      // of Mines and Energy")
      // (a ministry's portfolios may end in "Government": "Ministry of Rural Development and Local
      // Government", "Department of the Interior and Local Government")
      const portfolio = tokens[e]!.lower === 'government' && tokens.slice(i, j).some((t) => t.lower === 'ministry' || t.lower === 'department');
      const second = ofPhrase && e > j + 2 && hasOrgHead(tokens, j + 2, e) && !portfolio;
      // (a possessive after "and" owns what follows: "in Stockholm and Germany’s Lunavec AG",
      // "the Ministry of Water Resources and Turkey’s agency")
      const owner = () => {
        for (let k = j + 2; k <= e; k++) if (tokens[k]!.word && stripPossessive(tokens[k]!.text).possessive) return true;
        return false;
      };
      if (!complete && !second && (ofPhrase || ORG_HEADS.has(tokens[e]!.lower)) && !owner()) {
        j += 2;
        continue;
      }
    }
    // "Department of Enterprise, Trade and Employment": a listed "of" phrase of an organization.
    if (n.text === ',' && isCapitalized(after) && inOfPhrase(tokens, i, j)) {
      let e = j + 2;
      while (e < tokens.length && e - j < 8 && (isCapitalized(tokens[e]) || tokens[e]!.text === ',')) e++;
      if (tokens[e]?.text === 'and' && isCapitalized(tokens[e + 1]) && !isKnownPlace(after!.text) && !isKnownPlace(tokens[e + 1]!.text)) {
        j = e + 1;
        continue;
      }
    }
    // "Fenland Ratepayers’ Association", "Cocoa Farmers’ Welfare Association": a plural
    // possessive inside a name (the head may come a word or two on).
    if ((n.text === '’' || n.text === "'") && /s$/.test(tokens[j]!.text) && n.start === tokens[j]!.end && isCapitalized(after) && capitalizedHeadWithin(tokens, j + 2, 3)) {
      j += 2;
      continue;
    }
    break;
  }
  return foreignTail(tokens, i, j);
}

/**
 * Where a name goes on in lower case. An institution named in French, Irish or Portuguese keeps
 * its lower-case words: "Cour des comptes", "Tribunal judiciaire de Lyon", "Gendarmerie
 * nationale", "Gailearaí na Trá": after one of their head words, a word goes on the name if it is a
 * function word of those languages, follows one, or looks like one of their adjectives (accents,
 * "-ique", "-aire", "-ale"). And an English name whose head a paper writes in lower case:
 * "Lewisham council", "Bombay high court".
 */
function foreignTail(tokens: Token[], i: number, j: number): number {
  const lower = (t: Token | undefined) => t !== undefined && t.word && /^\p{Ll}/u.test(t.text);
  // (not past a possessive: "Oslo’s city council" is Oslo's)
  const tails = LOWER_ORG_TAILS.get(tokens[j + 1]?.lower ?? '');
  if (tails && !stripPossessive(tokens[j]!.text).possessive) {
    for (const tail of tails) if (tail.every((w, k) => tokens[j + 1 + k]?.lower === w)) return j + tail.length;
  }
  // (the head opens the name, past a capitalised "The" opening the sentence)
  const first = FUNCTION_WORDS.has(tokens[i]!.lower) && i < j ? i + 1 : i;
  if (!FOREIGN_HEADS.has(tokens[first]!.lower)) return j;
  let end = j;
  let afterFunction = false;
  for (let k = j + 1; k < tokens.length && k <= j + 8; k++) {
    const t = tokens[k]!;
    if (!t.word) break;
    const fn = FOREIGN_FUNCTION_WORDS.has(t.lower);
    if (fn) {
      afterFunction = true;
      continue;
    }
    // (a capitalised name after a function word runs on: "… do Médio Tapajós")
    if ((lower(t) && !isEnglishWord(t.lower) && (afterFunction || FOREIGN_LOOKING.test(t.text))) || ((afterFunction || end === k - 1) && isCapitalized(t))) {
      end = k;
      afterFunction = false;
      continue;
    }
    break;
  }
  return end;
}

// "Police Brig. Gen. Arnulfo Macaraeg": "Police" opens a rank in some forces, not a police force.
function opensRank(tokens: Token[], from: number, to: number): boolean {
  return from < to && lw(tokens[from]!) === 'police' && TITLES.has(lw(tokens[from + 1]!));
}

// Inside an organization's "of" or "for" phrase: "Department of Health", "Tribunal for the Law".
function inOfPhrase(tokens: Token[], i: number, j: number): boolean {
  return tokens.slice(i, j + 1).some((t) => t.text === 'of' || t.text === 'for') && hasOrgHead(tokens, i, j);
}

function lastWord(tokens: Token[], j: number): string {
  let k = j;
  while (k >= 0 && !tokens[k]!.word) k--;
  return k >= 0 ? stripPossessive(tokens[k]!.text).base.toLowerCase() : '';
}

// The token in lower case without a final period ("Gov." → "gov"); no regex, for it runs for
// nearly every word of a name.
const lw = (t: Token) => (t.lower.endsWith('.') ? t.lower.slice(0, -1) : t.lower);

/** Typed mentions for the name run tokens[i..j]; usually one, none when it is not a name. */
function nameMentions(input: string, tokens: Token[], i: number, j: number, sentenceInitial: boolean, midSentence: Set<string>): MentionDraft[] {
  let from = i;
  let to = j;
  while (to > from && !tokens[to]!.word && !(tokens[to]!.text === '.' && /^(?:\p{L}\.)+\p{L}$/u.test(tokens[to - 1]!.text))) to--;
  // "Rebecca Thorne KC", "Ahmed Ali MP": post-nominal letters are not part of the name.
  if (to > from + 1 && POST_NOMINALS.has(tokens[to]!.text)) to--;
  // "Boseong County Gov. Chang Mi-kyung": an abbreviated title inside a run ends the place or
  // body before it and opens the person after it.
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    const dot = tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === t.end;
    if ((dot || (t.text.endsWith('.') && t.text.length > 2)) && TITLES.has(lw(t)) && tokens[k - 1]!.word && !TITLES.has(lw(tokens[k - 1]!)) && lw(tokens[k - 1]!) !== 'police' && isCapitalized(tokens[dot ? k + 2 : k + 1])) {
      return [...nameMentions(input, tokens, from, k - 1, sentenceInitial, midSentence), ...nameMentions(input, tokens, k, to, false, midSentence)];
    }
  }
  // What the last word carries that is not the name: a possessive ("Iran’s"), or a hyphenated
  // modifier ("the San Francisco-based startup").
  const lastText = tokens[to]!.text;
  let hyphenated = hyphenModifier(lastText);
  if (hyphenated && !MODIFIER_WORDS.test(hyphenated[2]!)) hyphenated = null;
  const cut = hyphenated ? lastText.length - hyphenated[1]!.length : lastText.length - stripPossessive(lastText).base.length;
  const text = () => spanText(input, tokens, from, to, cut);
  const whole = text().toLowerCase();
  if (KNOWN_ORGS.has(whole) || PLACE_ABBREVIATIONS.has(whole) || isKnownPlace(whole)) return [mention(input, tokens, from, to, cut)];
  // "a Texas Republican", "a Wisconsin Democrat": the place a party member is from.
  if (to > from && PARTY_MEMBERS.has(lw(tokens[to]!)) && tokens[to - 1]!.word) {
    const place = input.slice(tokens[from]!.start, tokens[to - 1]!.end);
    if (isKnownPlace(place) || PLACE_ABBREVIATIONS.has(place.toLowerCase())) return [mention(input, tokens, from, to - 1, 0)];
  }

  // Leading words that are not part of the name: sentence-initial function words, titles and
  // roles, demonyms ("Late Iranian President Ebrahim Raisi").
  // A head word followed by a full name is an affiliation or a title, not the name of an
  // organization: "Energy Secretary Lisa Tran", "Acme Bank chief Ana Ruiz".
  // (a place named after a titled person keeps the title too: "King Abdulaziz Port")
  const orgLike = !opensRank(tokens, from, to) && (hasOrgHead(tokens, from, to) || (to > from + 1 && PLACE_HEADS.has(lw(tokens[to]!)) && isCapitalized(tokens[from + 1]))) && firstNameAt(tokens, from + 1, to) < 0;
  const roles: string[] = [];
  while (from <= to) {
    const w = lw(tokens[from]!);
    // ("the State of Texas": a state's formal name, not the title "state")
    // (the whole run was looked up above: only what is left once a word is dropped is new)
    const known = (from > i && isKnownName(text())) || formalPlace(tokens, from, to);
    if (known) break;
    if (!tokens[from]!.word) from++;
    // (an organization keeps its own adjectives: "Central Bank of Iran", "National Grid Group")
    else if (FUNCTION_WORDS.has(w) && (sentenceInitial || w === 'the' || CALENDAR(tokens[from]!)) && !(orgLike && to > from && !SENTENCE_OPENERS.has(w))) from++;
    else if (sentenceInitial && from < to && LEADING_ADJECTIVES.has(w)) from++;
    // (a title that is also a given name, before one more word, is the given name: "Dean Kamen")
    // ("Police Brig. Gen. Arnulfo Macaraeg": see opensRank)
    else if (!orgLike && (TITLES.has(w) || isDemonym(w) || (w === 'pro' && tokens[from + 1]?.lower === 'tem') || opensRank(tokens, from, to)) && from < to && !(to - from === 1 && firstNameGender(tokens[from]!.text) !== undefined && /^\p{Lu}\p{Ll}/u.test(tokens[from]!.text))) {
      // ("Mayor Pro Tem Gabriela Rosales": "pro tem" is part of the title)
      if (TITLES.has(w) || w === 'pro') roles.push(tokens[from]!.text);
      from++;
    } else break;
    sentenceInitial = false;
  }
  // "Governor of Washington Chris Gregoire": the title's "of" phrase is part of the role.
  if (roles.length && from < to && (lw(tokens[from]!) === 'of' || lw(tokens[from]!) === 'for')) {
    let f = firstNameAt(tokens, from + 1, to);
    // (a given name no list knows, before a surname shaped like one: "… Resources Halima Bello-Yusuf")
    if (f < 0 && to - from >= 3 && isCapitalized(tokens[to - 1]) && (DOUBLE_BARRELLED.test(tokens[to]!.text) || HYPHENATED_GIVEN.test(tokens[to]!.text))) f = to - 1;
    // (or before a surname a particle opens: "… Water Resources Hussein al-Obaidi", "… Irrigation
    // Ziad Abu Hamdan")
    if (f < 0 && to - from >= 3) {
      const particle = PARTICLE_HYPHEN.test(tokens[to]!.text) ? to : /^(?:abu|bin|ibn|bint)$/.test(lw(tokens[to - 1]!)) ? to - 1 : -1;
      if (particle - 1 > from + 1 && isCapitalized(tokens[particle - 1])) f = particle - 1;
    }
    if (f > from) {
      roles.push(tokens.slice(from, f).map((t) => t.text).join(' '));
      from = f;
    } else if (f < 0) {
      // "the Minister for Housing", "Secretary of State": with no name after it, one or two words
      // of an of-phrase are the title's portfolio, not a name, unless they name a place or an
      // organization ("Governor of Texas", "Commissioner of the Metropolitan Police").
      let k = from + 1;
      while (k < to && lw(tokens[k]!) === 'the') k++;
      // (or two joined by "and": "Commissioner for Works and Infrastructure")
      const joined = to - k === 2 && (lw(tokens[k + 1]!) === 'and' || tokens[k + 1]!.text === '&');
      if ((to - k <= 1 || joined) && !isKnownName(spanText(input, tokens, k, to, cut)) && !hasOrgHead(tokens, k, to)) return [];
    }
  }
  while (from < to && ['of', 'for', 'and', '&', 'the'].includes(lw(tokens[from]!))) from++;
  if (from > to) return [];
  // Titles alone name no one: "the Chief Executive Officer of the company", "Prime Minister, X".
  if (roles.length > 0 && from === to && TITLES.has(lw(tokens[from]!)) && firstNameGender(tokens[from]!.text) === undefined) return [];
  // "NASA Administrator …" is split by the title below; "NASA Bill Ingalls", "Washington Chris
  // Gregoire": a known organization or place, then a first name, is two mentions.
  {
    let f = firstNameAt(tokens, from + 1, to);
    // (titles right before the first name go with it: "NASA Administrator Charles Bolden")
    while (f > from + 1 && TITLES.has(lw(tokens[f - 1]!))) f--;
    const left = input.slice(tokens[from]!.start, tokens[Math.max(from, f - 1)]!.end).toLowerCase();
    if (f > from && (KNOWN_ORGS.has(left) || isKnownPlace(left) || PLACE_ABBREVIATIONS.has(left) || /^\p{Lu}{2,6}$/u.test(tokens[from]!.text))) {
      return [...nameMentions(input, tokens, from, f - 1, false, midSentence), ...nameMentions(input, tokens, f, to, false, midSentence)];
    }
  }
  // Titles inside the run split it: "Venezuela President Maduro", "Rheinwerk Chief Executive
  // Katrin Seidel" (an affiliation, the titles, then the name).
  // In an organization's name only a title with a full name after it ends the name: "Central
  // Bank of the Republic of Türkiye Governor Selim Karaağaçlı".
  {
    for (let k = from + 1; k < to; k++) {
      if (!TITLES.has(lw(tokens[k]!))) continue;
      let n = k;
      while (n <= to && TITLES.has(lw(tokens[n]!))) n++;
      if (n <= to && isCapitalized(tokens[n]) && (!orgLike || (n < to && isCapitalized(tokens[n + 1]) && !hasOrgHead(tokens, n, to)))) {
        // ("Shipping Minister Dimitra Kouri", "Council Chair Denise Whitlock": common nouns the
        // article also writes in lower case are the title's portfolio, not an organization)
        const portfolio = tokens.slice(from, k).every((t) => !t.word || writtenLowerCase(input, t.lower)) && !isKnownName(spanText(input, tokens, from, k - 1, 0));
        const left = portfolio ? [] : nameMentions(input, tokens, from, k - 1, false, midSentence);
        const right = nameMentions(input, tokens, k, j, false, midSentence);
        // "Kesses MP David Cheruiyot", "Ohio Congressman …": what a representative's title
        // follows is the place they represent.
        if (REPRESENTS.has(lw(tokens[k]!))) {
          for (const m of left) {
            if (m.type === 'person' && m.evidence === 0) {
              m.type = 'place';
              m.evidence = 1;
            }
          }
        }
        return [...left, ...right];
      }
      break;
    }
  }
  // "Pharmacist Sam Rooke", "Forecaster Declan Furlong": a sentence-initial common noun (before
  // a known first name, or shaped like an agent noun) is a role, not part of the name.
  // (not "Fischer Logistics GmbH": what follows must not be an organization's name)
  // (an unknown word before a first name is a role only when the article also writes it in lower
  // case: "Leanne Margaret Hollis" is a full name)
  if (sentenceInitial && from === i && to - from >= 2 && firstNameGender(tokens[from]!.text) === undefined && ((firstNameGender(tokens[from + 1]!.text) !== undefined && (AGENT_NOUN.test(tokens[from]!.text) || writtenLowerCase(input, lw(tokens[from]!)))) || (AGENT_NOUN.test(tokens[from]!.text) && !hasOrgHead(tokens, from + 1, to) && !ORG_TAILS.has(lw(tokens[to]!))))) {
    roles.push(tokens[from]!.text);
    from++;
  }
  // "Addressing McTaggart, she said", "Joining Veridane in 2019, he …": a sentence-initial verb in
  // -ing opens a participle clause; what follows it is the name (not "Beijing", "Ealing Council").
  if (sentenceInitial && from === i && from < to && /^\p{Lu}\p{Ll}{3,}ing$/u.test(tokens[from]!.text) && firstNameGender(tokens[from]!.text) === undefined && !isKnownName(tokens[from]!.text) && !hasOrgHead(tokens, from, to) && !PLACE_HEADS.has(lw(tokens[to]!))) from++;
  const words = tokens.slice(from, to + 1).filter((t) => t.word);
  if (words.length === 0) return [];
  // "Speaking to reporters, Pryce …": a sentence-initial participle alone, with its clause after
  // it, names no one (not "Browning said": a speech verb after it makes it a subject).
  if (words.length === 1 && sentenceInitial && from === i && /^\p{Lu}\p{Ll}{3,}ing$/u.test(words[0]!.text) && firstNameGender(words[0]!.text) === undefined && !isKnownName(words[0]!.text) && /^\p{Ll}/u.test(tokens[to + 1]?.text ?? '') && !CUE_VERBS.has(tokens[to + 1]!.lower)) return [];
  // "AGAIN", "HOST:", "STATE POLICE WARN OF …": words in capitals that the article also writes in
  // lower case are shouting or a label, not an acronym or a name (known names were kept above).
  if (words.every((w) => /^\p{Lu}[\p{Lu}'’-]+$/u.test(w.text))) {
    const long = words.filter((w) => w.text.length >= 3);
    if (long.length > 0 && long.filter((w) => writtenLowerCaseInProse(input, w.lower)).length * 2 >= long.length) return [];
  }
  // "(.HSI)": a market index's ticker; "free on board (FOB)": the initials of the lower-case
  // words before the bracket, a term, not a name.
  if (words.length === 1 && /^\p{Lu}{2,6}$/u.test(words[0]!.text)) {
    if (tokens[from - 1]?.text === '.' && tokens[from - 2]?.text === '(') return [];
    if (tokens[from - 1]?.text === '(' && tokens[to + 1]?.text === ')' && initialsBefore(tokens, from - 1, words[0]!.text)) return [];
  }
  // "MPs", "the CTO", "VAT": capitals that abbreviate a role or a common noun name no one.
  if (words.length === 1 && /^\p{Lu}{2,5}s?$/u.test(words[0]!.text)) {
    const w = words[0]!.lower;
    if (TITLES.has(w) || TITLES.has(w.replace(/s$/, '')) || COMMON_ABBREVIATIONS.has(w)) return [];
  }
  const m = mention(input, tokens, from, to, cut);
  if (hyphenated && (hyphenated[2] === 'based' || hyphenated[2] === 'born') && m.type === 'person' && m.evidence === 0) {
    m.type = 'place';
    m.evidence = 1;
  }
  if (roles.length) {
    m.role = roles.join(' ');
    // A title before a bare name makes it a person: "President Biden", "Ms Penrose" (and "Dr Al
    // Rayes", which only its plural-looking shape had made a company).
    if (m.evidence < 2 && ((m.type !== 'organization' && m.type !== 'place') || m.evidence === 0)) {
      m.type = 'person';
      m.evidence = 2;
    }
  }
  // "from captain Ruairidh Gillon", "analyst Marco Delgado": lower-case role words before the
  // run are a role too, though not evidence of a person ("the regulator Ofwat").
  if (from === i && m.type === 'person') {
    let k = i - 1;
    // (a word between two title words is part of the title: "chief technology officer")
    const titleAt = (n: number) => tokens[n]?.word === true && /^\p{Ll}/u.test(tokens[n]!.text) && TITLES.has(tokens[n]!.text);
    while (k >= 0 && i - k <= 3 && (titleAt(k) || (tokens[k]!.word && /^\p{Ll}+$/u.test(tokens[k]!.text) && !FUNCTION_WORDS.has(tokens[k]!.text) && titleAt(k - 1) && titleAt(k + 1)))) k--;
    if (k < i - 1) {
      m.role = [tokens.slice(k + 1, i).map((t) => t.text).join(' '), m.role].filter(Boolean).join(' ');
      // …and before a full name it is evidence of a person: "spokesman Mehdi Shahrokhi".
      if (words.length > 1) m.evidence = Math.max(m.evidence, 1);
    }
    // "reliever Pete Arrondo", "wicketkeeper Rohan Kulkarni", "the translator Margriet Claes": an
    // agent noun no list holds, right before a full name, says a person (a business's agent noun
    // says an organization: "insurer Golden Meridian").
    const agent = tokens[i - 1];
    if (k === i - 1 && m.evidence === 0 && words.length > 1 && words.length <= 3 && agent?.word && /^\p{Ll}[\p{Ll}-]{3,}(?:er|or|man|woman|ee)$/u.test(agent.text) && !ORG_NOUNS.has(agent.text) && !BUSINESS_AGENTS.has(agent.text) && !FUNCTION_WORDS.has(agent.text) && !NOT_AGENTS.has(agent.text)) m.evidence = 1;
  }
  // "Islamic Republic News Agency (IRNA)": an acronym in brackets right after the name.
  const a = tokens[j + 1];
  const b = tokens[j + 2];
  const c = tokens[j + 3];
  if (a?.text === '(' && b && /^\p{Lu}[\p{Lu}\p{N}&.-]{1,9}$/u.test(b.text) && c?.text === ')') m.acronym = { text: b.text, span: { start: b.start, end: b.end } };
  // What follows the name says it is a person: "Latoya Grimes, who lives across the street",
  // "Ana Ruiz, 34,", "Tomas Reyes, an analyst at Morningstar" (organizations take "which", and an
  // appositive about a company names a trade: "Acme, a maker of …").
  // (A full name only, heading its phrase: in "members of the Church of Scientology, who …" and
  // "In Rotterdam, a spokesman for …" the appositive is about something else.)
  // (not past a trade word: "Mvule Ventures, who backed us" is a firm its founder speaks of as "who")
  if (a?.text === ',' && words.length > 1 && m.evidence < 2 && m.type !== 'place' && !(m.type === 'organization' && m.evidence === 1) && !PLACE_PREPOSITIONS.has(tokens[from - 1]?.lower ?? '') && tokens[from - 1]?.lower !== 'of' && personAppositive(tokens, j + 2)) {
    m.type = 'person';
    m.evidence = 1;
  }
  // What surrounds the name says it is an organization: "Qimma, a think tank", "Reliant Pharmacy,
  // which operates 41 stores", "Lumora's chief executive", "German broadcaster Kanal Acht".
  if (m.evidence < 2 && m.type !== 'place' && !roles.length && (from === i || (from === i + 1 && FUNCTION_WORDS.has(lw(tokens[i]!)))) && orgContext(tokens, from, j)) {
    m.type = 'organization';
    m.evidence = 1;
  }
  // "Red Bank, a city of about 12,000 people", "Marrar, a small town in the Riverina": an
  // appositive whose head is a place noun.
  if (m.type !== 'place' && m.evidence < 3 && placeAppositive(tokens, j + 1)) {
    m.type = 'place';
    m.evidence = 2;
  }
  // Sentence-initial single words need other evidence: a gazetteer, or the same word capitalised
  // mid-sentence somewhere in the article.
  if (m.evidence === 0 && words.length === 1 && sentenceInitial && from === i && !midSentence.has(m.text)) m.initial = true;
  if (words.length === 1 && (isDemonym(m.text) || LANGUAGES.has(m.text.toLowerCase()) || PERSON_NOUNS.has(m.text.toLowerCase()))) return [];
  // Context: "in X", "from San Jose".
  const placePrefix = words.length > 1 && PLACE_PREFIXES.has(words[0]!.lower);
  // Not a given name ("lied to Daniel") nor a doctrine or field ("within Scientology").
  const notPlaceWord = words.length === 1 && (firstNameGender(m.text) !== undefined || /(?:ology|ism|ity)$/.test(m.text));
  // "the port of Apapa", "the Surulere district of Lagos": a common noun for a place names it;
  // so does ", of Malvern," after a name (where someone lives).
  const placeNoun =
    ((PLACE_NOUNS.has(tokens[from - 2]?.text ?? '') || INHABITANTS.has(tokens[from - 2]?.lower ?? '') || PLACE_OF.has(tokens[from - 2]?.lower ?? '')) && tokens[from - 1]?.text === 'of') ||
    PLACE_NOUNS.has(tokens[to + 1]?.text ?? '') ||
    (words.length === 1 && tokens[from - 2]?.text === ',' && tokens[from - 1]?.text === 'of' && (tokens[to + 1]?.text === ',' || tokens[to + 1]?.text === '.')) ||
    // "across the Ozarks", "on the banks of the Meuse", "in the Alentejo": "the" and one or two
    // words, after a preposition of where, ending the phrase (a name before a noun is a modifier:
    // "in the Trump administration")
    // (not a common noun given a capital: "in the House", "under the Constitution", "on the
    // Internet", nor a word the article also writes in lower case)
    (words.length <= 2 && tokens[from - 1]?.text === 'the' && WHERE_PREPOSITIONS.has(tokens[from - 2]?.lower ?? '') && firstNameGender(words[0]!.text) === undefined && PHRASE_END.test(tokens[to + 1]?.text ?? '.') && !words.some((w) => INSTITUTION_NOUNS.has(w.lower) || COMPASS.has(w.lower) || writtenLowerCase(input, w.lower))) ||
    // "neighbouring Serifos", "nearby Wellingborough"
    (words.length === 1 && /^(?:neighbou?ring|nearby)$/.test(tokens[from - 1]?.lower ?? '')) ||
    // "the Bangor firm", "a Bunbury sailmaker", "the Aberdeen side": a lone name before a local
    // business or team is where it is from (a company does not name a firm; "the Labour side"
    // and "the Trump team" are a party's and a person's: a party is known, and "team" is left out)
    // (or a trade word first: "a Clondalkin scaffolding firm"; or someone from there: "a Lagos
    // native", "an Elizabethtown woman")
    (words.length === 1 && /^(?:the|a|an)$/.test(tokens[from - 1]?.lower ?? '') && (LOCAL_TRADES.has(tokens[to + 1]?.text ?? '') || (/^\p{Ll}+$/u.test(tokens[to + 1]?.text ?? '') && LOCAL_TRADES.has(tokens[to + 2]?.text ?? '')) || LOCAL_PEOPLE.has(tokens[to + 1]?.text ?? '')) && firstNameGender(words[0]!.text) === undefined && !INSTITUTION_NOUNS.has(words[0]!.lower));
  // (two or three words no list knows after "in" or "near" are a place too, "grew up in Novi
  // Sad", unless a given name opens them or a possessive ends them: "in Mark Ellison's view";
  // "to" and "from" also take people and organizations: "told RIA Novosti")
  const placeShaped = words.length === 1 || placePrefix || (LOCATIVES.has(tokens[from - 1]?.lower ?? '') && words.filter((w) => !NAME_GLUE.has(w.text)).length <= 3 && firstNameGender(words[0]!.text) === undefined && !stripPossessive(words[words.length - 1]!.text).possessive && !/^['’]/.test(input.charAt(tokens[to]!.end)));
  // (past a lower-case compass adjective: "in western Pará", "across rural Kent")
  const at = REGION_ADJECTIVES.has(tokens[from - 1]?.text ?? '') ? from - 2 : from - 1;
  // (not "according to Ardenvale": a source, not a destination)
  const source = (tokens[at]?.lower === 'to' && tokens[at - 1]?.lower === 'according') || (OPEN_PREPOSITIONS.has(tokens[at]?.lower ?? '') && !PHRASE_END.test(tokens[to + 1]?.text ?? '.'));
  // (not a label before a number, "at Turn 6", "in Pool 2", "in Year 7", nor a title, "from Capt.")
  const label = /^\d/.test(tokens[to + 1]?.text ?? '') || TITLES.has(words[0]!.lower);
  if (m.evidence === 0 && m.type === 'person' && !label && ((placeShaped && !notPlaceWord && !source && PLACE_PREPOSITIONS.has(tokens[at]?.lower ?? '')) || placeNoun)) {
    m.type = 'place';
    m.evidence = 1;
  }
  // "in Abu al-Khasib", "the Shatt al-Arab": a name with an Arabic article and no given name is
  // a place after "in", "near" or "the" (people are "Noor al-Tamimi", "Sheikh Khalid al-Qasimi").
  const prev = tokens[from - 1];
  if (m.type === 'person' && m.evidence < 2 && words.length > 1 && (LOCATIVES.has(prev?.lower ?? '') || prev?.text === 'the') && words.some((w) => PARTICLE_HYPHEN.test(w.text)) && firstNameGender(words[0]!.text) === undefined && !TITLES.has(tokens[from - 2]?.lower ?? '')) {
    m.type = 'place';
    m.evidence = 1;
  }
  // "born in Two Harbors, Minnesota", "near Los Lunas, N.M.": after "in" or "near", a name
  // followed by its state or country is a town, whatever a given name in it suggests ("Ann
  // Arbor"); so is the seat an MP sits for ("the MP for Kettering").
  const seat = tokens[from - 1]?.lower === 'for' && /^(?:mp|mps|msp|mla|mep|td|member)$/.test(tokens[from - 2]?.lower ?? '');
  const stateAfter = () => {
    if (tokens[j + 1]?.text !== ',' || !isCapitalized(tokens[j + 2])) return false;
    return isPlaceName(stateRun(tokens, j + 2));
  };
  if (m.type !== 'place' && m.evidence < 3 && (seat || (LOCATIVES.has(tokens[from - 1]?.lower ?? '') && stateAfter())) && !hasOrgHead(tokens, from, to)) {
    m.type = 'place';
    m.evidence = 2;
  }
  return [m];
}


// ", a … company", "'s shares", "broadcaster …": what is said only of an organization.
function orgContext(tokens: Token[], i: number, j: number): boolean {
  // "Qimma, a Dubai-based economic think tank": an appositive whose head is an organization noun
  // (not "Kerr, a former party official": its head is "official").
  // ("Brennerfracht, the Austrian logistics group", "Ibama, the federal environment agency")
  if (tokens[j + 1]?.text === ',' && (tokens[j + 2]?.lower === 'a' || tokens[j + 2]?.lower === 'an' || tokens[j + 2]?.lower === 'the')) {
    let head = '';
    for (let k = j + 3; k < tokens.length && k <= j + 8; k++) {
      const t = tokens[k]!;
      if (!t.word || APPOSITIVE_END.has(t.lower) || (isCapitalized(t) && !isDemonym(t.text) && !t.text.includes('-'))) break;
      // (a participle after the head ends the phrase: "Véronique Astruc, a mediator appointed by the
      // labour ministry" is a mediator)
      if (head !== '' && /^\p{Ll}+ed$/u.test(t.text)) break;
      head = t.lower;
    }
    // (an agent noun may be a person's trade: "Darnell Hughes, a crane operator at the port";
    // not a business's: "Vantrell, a family-owned supplier")
    if (ORG_NOUNS.has(head) && (!/(?:er|or)$/.test(head) || BUSINESS_AGENTS.has(head))) return true;
  }
  // "Reliant Pharmacy, which operates 41 stores": "which" and what a business does.
  if (tokens[j + 1]?.text === ',' && tokens[j + 2]?.lower === 'which' && ORG_VERBS.has(tokens[j + 3]?.lower ?? '')) return true;
  if (stripPossessive(tokens[j]!.text).possessive && (CORPORATE_NOUNS.has(tokens[j + 1]?.lower ?? '') || (tokens[j + 1]?.lower === 'chief' && tokens[j + 2]?.lower === 'executive'))) return true;
  // "Quenby shares fell", "shares of Veridane rose": a company's stock.
  // (not a region's market: "Asian shares", "European stocks")
  if ((/^(?:shares|stock)$/.test(tokens[j + 1]?.text ?? '') && !/(?:an|ese|ish)$/.test(tokens[j]!.text)) || (/^(?:of|in)$/.test(tokens[i - 1]?.lower ?? '') && /^shares$/i.test(tokens[i - 2]?.text ?? ''))) return true;
  // "the IG Metall union", "the Civic Renewal party": a lower-case kind of organization after it.
  const before = tokens[i - 1];
  const kind = tokens[j + 1]?.text === 'news' ? tokens[j + 2] : tokens[j + 1];
  if (before?.lower === 'the' && kind !== undefined && ORG_KINDS.has(kind.text)) return true;
  // "An Acas spokesperson said": whom a spokesperson speaks for.
  if (/^(?:a|an)$/.test(before?.lower ?? '') && /^spokes(?:person|man|woman)$/.test(tokens[j + 1]?.text ?? '')) return true;
  // "Lincoln-based Fenwold Grain", "Tokyo-listed Hokuyo Setsubi", "state-owned Moldovagaz" (not
  // a name that qualifies a noun after it: "a Tokyo-based M&A consultancy")
  if (before !== undefined && /-(?:based|listed|headquartered|owned|registered|backed|run)$/.test(before.text) && !ORG_NOUNS.has(tokens[j + 1]?.text ?? '')) return true;
  // "according to FactLine": a source no person of the article is named by (a surname after
  // "according to" joins its person when the article has one).
  // (one word: "according to Raj Malhotra" is a person no list knows)
  if (before?.lower === 'to' && tokens[i - 2]?.lower === 'according' && i === j) return true;
  // "an analyst at Harlow Stearns", "a sub-editor at the Cork Clarion", "the owner of Summit Edge
  // Roofing": where someone works, after their trade.
  const at = before?.lower === 'the' ? i - 2 : i - 1;
  const trade = tokens[at - 1];
  // (an agent noun: not "the family home at Bennettsbridge"; nor a name before a noun, "an
  // analyst at Frankfurt consultancy Hallberg")
  if (trade !== undefined && /^\p{Ll}/u.test(trade.text) && !ORG_NOUNS.has(tokens[j + 1]?.text ?? '') && ((tokens[at]?.lower === 'at' && /(?:ist|yst|er|or|ant|ent|ive|fellow|head|chief)$/.test(trade.lower)) || (tokens[at]?.lower === 'of' && EMPLOYERS_OF.has(trade.lower)))) return true;
  // "a spokesperson for DB Cargo": whom a spokesperson speaks for is an organization.
  // (not "an aide to", "a representative for": people have those too)
  if ((before?.lower === 'for' || before?.lower === 'at') && /^spokes(?:person|man|woman)$/.test(tokens[i - 2]?.lower ?? '')) return true;
  // ("the Sligo five-piece the Lettered Hares": past the name's own article)
  const noun = before?.lower === 'the' ? tokens[i - 2] : before;
  return noun !== undefined && noun.word && /^\p{Ll}/u.test(noun.text) && ORG_NOUNS.has(noun.lower) && !PUBLIC_NOUNS.has(noun.lower);
}

// Whether the lower-case words before `k` begin with the letters of `acronym`, one word each.
function initialsBefore(tokens: Token[], k: number, acronym: string): boolean {
  const n = acronym.length;
  for (let x = 0; x < n; x++) {
    const t = tokens[k - n + x];
    if (t === undefined || !t.word || !/^\p{Ll}/u.test(t.text) || t.lower[0] !== acronym[x]!.toLowerCase()) return false;
  }
  return true;
}

// "Dhabi-listed", "Denver-based": a name, a hyphen and a modifier (not "Yiu-chung", a given name).
function modifierAfterHyphen(text: string): boolean {
  const m = hyphenModifier(text);
  return m !== null && MODIFIER_WORDS.test(m[2]!);
}

// ", who …", ", 34,", ", an analyst at …": an appositive that only a person takes.
function personAppositive(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined) return false;
  if (t.lower === 'who') return true;
  if (/^\d{1,2}$/.test(t.text) && tokens[k + 1]?.text === ',') return true;
  // "Ray Castellanos, the city's director of public works": a title at the head of the phrase.
  if (t.lower === 'the' || /^(?:its|his|her|their)$/.test(t.lower)) {
    for (let n = k + 1; n <= k + 5 && n < tokens.length; n++) {
      const w = tokens[n]!;
      if (!w.word || /^\p{Lu}/u.test(w.text)) return false;
      if (TITLES.has(w.lower) && !TITLES.has(tokens[n + 1]?.lower ?? '') && (WORKS_AT.has(tokens[n + 1]?.lower ?? '') || tokens[n + 1]?.lower === 'of' || tokens[n + 1]?.text === ',')) return true;
    }
    return false;
  }
  // "Otávio Lins, professor of hydrology at …": a bare title, then "of" or where it works.
  // (not what a firm or club is too: "owner of", "member of", "leader in")
  if (TITLES.has(t.lower) && !/^(?:owner|member|leader|star|party|union|state|national|top|home|trade)$/.test(t.lower)) {
    if (tokens[k + 1]?.lower === 'of' || WORKS_AT.has(tokens[k + 1]?.lower ?? '')) return true;
  }
  // (a title a word or two on: "Trevor Mairs, executive director of …", "Zhou Wenbin, purchasing
  // manager at …")
  for (let n = k; n <= k + 2 && tokens[n]?.word && /^\p{Ll}/u.test(tokens[n]!.text) && !FUNCTION_WORDS.has(tokens[n]!.lower); n++) {
    const w = tokens[n]!.lower;
    if (n > k && TITLES.has(w) && !/^(?:owner|member|leader|star|party|union|state|national|top|home|trade)$/.test(w) && (tokens[n + 1]?.lower === 'of' || WORKS_AT.has(tokens[n + 1]?.lower ?? ''))) return true;
  }
  if (t.lower !== 'a' && t.lower !== 'an') return false;
  // "a senior policy analyst at", "a coordinator with": a role or agent noun, then where it works.
  for (let n = k + 1; n <= k + 4 && n + 1 < tokens.length; n++) {
    const w = tokens[n]!;
    if (!w.word || /^\p{Lu}/u.test(w.text)) return false;
    if ((TITLES.has(w.lower) || /(?:er|or|ist|yst|ant|ent)$/.test(w.lower)) && WORKS_AT.has(tokens[n + 1]!.lower)) return true;
  }
  return false;
}

// The capitalised run at `k`, with a period that ends an abbreviation ("N.M."), as written.
function stateRun(tokens: Token[], k: number): string {
  let e = k;
  while (isCapitalized(tokens[e + 1]) || (tokens[e + 1]?.text === '.' && tokens[e + 1]!.start === tokens[e]!.end && /^\p{Lu}/u.test(tokens[e]!.text) && tokens[e]!.text.length <= 4)) e++;
  return tokens[k]!.source.slice(tokens[k]!.start, tokens[e]!.end);
}

// ", a city of …", ", a small town in …": a place noun heads the appositive at `k` (the comma).
function placeAppositive(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== ',' || !/^(?:a|an)$/.test(tokens[k + 1]?.lower ?? '')) return false;
  for (let n = k + 2; n <= k + 5 && n < tokens.length; n++) {
    const w = tokens[n]!;
    if (!w.word || /^\p{Lu}/u.test(w.text)) return false;
    if (PLACE_NOUNS.has(w.lower)) return /^(?:of|in|on|near|north|south|east|west|outside|where|that|with|,|\.)$/.test(tokens[n + 1]?.lower ?? '');
    if (FUNCTION_WORDS.has(w.lower)) return false;
  }
  return false;
}

// "Islamic Republic of Iran", "Kingdom of Saudi Arabia", "State of Texas": a state's formal name.
function formalPlace(tokens: Token[], from: number, to: number): boolean {
  // (most runs have no "of": they need no list of their words)
  if (!hasOf(tokens, from, to)) return false;
  const words = tokens.slice(from, to + 1).filter((t) => t.word);
  const of = words.findIndex((w) => w.text === 'of');
  return of > 0 && /^(?:republic|kingdom|emirate|state|states|sultanate|principality|commonwealth)$/i.test(words[of - 1]!.text) && isKnownPlace(words.slice(of + 1).map((w) => w.text).join(' '));
}

function hasOf(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (tokens[k]!.text === 'of') return true;
  return false;
}

// Whether the last two or more words of a lower-case name are a known organization's name.
function endsInKnownOrg(key: string): boolean {
  for (let at = key.indexOf(' '); at >= 0; at = key.indexOf(' ', at + 1)) {
    const tail = key.slice(at + 1);
    if (tail.includes(' ') && KNOWN_ORGS.has(tail)) return true;
  }
  return false;
}

// A known organization or place, by its name in any case.
function isKnownName(text: string): boolean {
  return KNOWN_ORGS.has(text.toLowerCase()) || isKnownPlace(text);
}

// An organization head among the next `n` capitalised words from `k`.
function capitalizedHeadWithin(tokens: Token[], k: number, n: number): boolean {
  for (let e = k; e < k + n && isCapitalized(tokens[e]); e++) if (hasOrgHead(tokens, e, e)) return true;
  return false;
}

function hasOrgHead(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const own = stripPossessive(tokens[k]!.text);
    const w = own.possessive ? own.base.toLowerCase() : tokens[k]!.lower;
    if (ORG_HEADS.has(w)) return true;
    if (k === from && k < to && ORG_PREFIXES.has(w) && tokens[k]!.text === tokens[k]!.text.toUpperCase()) return true;
    // (a suffix ends the name, before the period of its abbreviation: "Pesquera Costa Norte S.A.C.")
    if ((k === to || (k === to - 1 && tokens[to]!.text === '.')) && ORG_SUFFIXES.has(w)) return true;
  }
  return false;
}

function spanText(input: string, tokens: Token[], from: number, to: number, cut: number): string {
  const start = tokens[from]!.start;
  const end = tokens[to]!.end - cut;
  return input.slice(start, end);
}

function mention(input: string, tokens: Token[], from: number, to: number, cut: number): MentionDraft {
  const start = tokens[from]!.start;
  const end = tokens[to]!.end - cut;
  const text = input.slice(start, end);
  const key = text.toLowerCase();
  const words = tokens.slice(from, to + 1).filter((t) => t.word);
  const last = words[words.length - 1]!;
  const draft = (type: MentionDraft['type'], evidence: number): MentionDraft => ({ start, end, text, type, evidence });
  // "OPEC+": a known name with a plus sign, which the tokenizer keeps apart.
  if (cut === 0 && input[end] === '+' && KNOWN_ORGS.has(`${key}+`)) return { start, end: end + 1, text: `${text}+`, type: 'organization', evidence: 2 };
  // (a short form that is also an English word only in capitals: "WHO", not "Who …?")
  if (KNOWN_ORGS.has(key) && !(FUNCTION_WORDS.has(key) && text !== text.toUpperCase())) return draft('organization', 2);
  // An institution named in its own language, with its lower-case words: "Cour des comptes".
  if (words.length > 1 && FOREIGN_HEADS.has(words[0]!.lower) && tokens.slice(from + 1, to + 1).some((t) => t.word && /^\p{Ll}/u.test(t.text))) return draft('organization', 2);
  if (PLACE_ABBREVIATIONS.get(key)) return draft('place', 2);
  if (words.length > 1 && NUMBERED_PLACES.has(words[words.length - 2]!.lower) && /^(?:\d{1,4}[A-Z]?|[A-Z])$/.test(last.text)) return draft('place', 2);
  if (isKnownPlace(text)) return draft('place', 2);
  // "the Philippine Red Cross": a known organization's name at the end makes the run a branch of it.
  if (words.length > 2 && words.length <= 6 && endsInKnownOrg(key)) return draft('organization', 2);
  if (formalPlace(tokens, from, to)) return draft('place', 2);
  // "Kennedy Space Center", "Metro Toronto Convention Centre": a centre that is a site.
  if (words.length > 2 && /^(?:center|centre|reserve)$/.test(last.lower) && FACILITY_KINDS.has(words[words.length - 2]!.lower)) return draft('place', 2);
  if (hasOrgHead(tokens, from, to) && words.length > 1) return draft('organization', 2);
  // "Protect Rural England", "Save Sedgeworth Meadows", "Stop the Pylons": a campaign's name.
  if (words.length > 1 && CAMPAIGN_VERBS.test(words[0]!.lower)) return draft('organization', 1);
  // People's names by their shape: a given name in two hyphenated halves ("Park Ji-woo", "Leung
  // Yiu-chung"), then, less sure, a surname particle ("Jeroen de Vries") or a double-barrelled
  // surname ("Rosa Delgado-Pierce").
  if (words.length > 1 && words.length <= 4) {
    const given = (w: Token) => {
      const halves = HYPHENATED_GIVEN.exec(w.text);
      // (not a compass point: "South-east Asia")
      return halves !== null && !MODIFIER_WORDS.test(halves[1]!) && !COMPASS.has(w.lower);
    };
    if (words.some(given)) return draft('person', 2);
    // (the particles come right before the surname: not "Yacimientos de Litio Bolivianos")
    // ("Huda Al Rayes": a particle may be capitalised, after a given name)
    // (not "Vila Nova de Gaia": a place word opens it; nor "North Rhine-Westphalia": a compass point)
    const particle = NAME_PARTICLES.has(tokens[to - 1]!.text) || (to - 1 > from && NAME_PARTICLES.has(tokens[to - 1]!.lower));
    // (after a Romance word for a place the particle joins the place's parts: "Gave de Pau",
    // "Palais du Rhin", "Santa Maria da Feira", "Pays de la Loire"; people are "Jeroen de Vries")
    if (particle && ROMANCE_PLACE_WORDS.has(words[0]!.lower)) return draft('place', 1);
    if ((particle && !PLACE_HEADS.has(words[0]!.lower) && !COMPASS.has(words[0]!.lower)) || (DOUBLE_BARRELLED.test(last.text) && !COMPASS.has(words[0]!.lower))) return draft('person', 1);
  }
  if (words.length > 1 && (tokens.slice(from, to + 1).some((t) => t.text === '&') || /^\p{Lu}{2,4}$/u.test(last.text))) return draft('organization', 1);
  // "Parsian Gulf Maritime Lines", "Port Talbot Steel": a trade word at the end outweighs a place word.
  // (the head word without a possessive: "the Rift Valley's best-known families")
  const head = stripPossessive(last.text).base.toLowerCase();
  // (not a minister's portfolio: "Emergency Management Minister X", "Minister for Emergency Management")
  const portfolio = TITLES.has(tokens[to + 1]?.lower ?? '') || (/^(?:for|of)$/.test(tokens[from - 1]?.lower ?? '') && TITLES.has(tokens[from - 2]?.lower ?? ''));
  if (words.length > 1 && ORG_TAILS.has(head) && !portfolio) return draft('organization', 1);
  // (not a given name and a surname that is a place word too: "Sarah Hills", "Lena Park")
  const surname = words.length === 2 && SURNAME_PLACE_HEADS.has(head) && firstNameGender(words[0]!.text) !== undefined;
  // "City of Johannesburg", "Town of Kingsford": a municipality by its formal name is its
  // government; "Athlone-Moate Municipal District", "Desert Springs Water District": a district
  // a public service is named for is the body that runs it.
  if (words.length > 2 && MUNICIPALITIES.has(words[0]!.lower) && words[1]!.lower === 'of') return draft('organization', 1);
  if (words.length > 1 && DISTRICT_BODIES.has(words[words.length - 2]!.lower) && /^(?:district|county|region|authority)$/.test(head)) return draft('organization', 1);
  if (words.length > 1 && (PLACE_HEADS.has(words[0]!.lower) || PLACE_HEADS.has(head)) && !surname) return draft('place', 1);
  if (/^\p{Lu}{2,6}$/u.test(text) || /^(?:\p{Lu}\.){2,}$/u.test(text)) return draft('organization', 1);
  // "IE6", "STS-1", "A320": letters and a number are a model or a mission, not a name.
  if (words.length === 1 && /^\p{Lu}{1,4}-?\d{1,4}$/u.test(text)) return draft('product', 1);
  const thing = words.slice(1).map((w) => THING_WORDS.get(w.lower)).find((t) => t !== undefined);
  if (thing && firstNameGender(words[0]!.text) === undefined) return draft(thing, 1);
  if (words.length > 1 && firstNameGender(words[0]!.text) !== undefined) return draft('person', 2);
  // "Ashby Rovers", "Pennine Express Trains": a plural head with no first name is a team,
  // band or company, not a person.
  // (not "Callum Birtles' corner": a name ending in s, then its possessive mark; nor a name
  // after a title, "managing director Sanne Kuipers")
  // (an English plural: not "São Luiz do Tapajós")
  if (words.length > 1 && /[a-z]s$/.test(last.text) && !/(?:ss|us|is)$/.test(last.text) && !/^['’]/.test(input.slice(last.end, last.end + 1)) && !TITLES.has(tokens[from - 1]?.lower ?? '')) return draft('organization', 0);
  // "Environment Canada", "Immigration New Zealand", "Visit Britain": a word that is no given
  // name or place word before a country names a public body or a campaign, not a person. (Not
  // before a city: cities are surnames too, "Valeska Paris", "João Pereira".)
  const country = isCountry(last.text) ? 1 : words.length > 2 && isCountry(`${words[words.length - 2]!.text} ${last.text}`) ? 2 : 0;
  // ("Natural Resources Canada", "Inland Fisheries Ireland": two words before it too)
  if (country > 0 && words.length - country <= 2 && firstNameGender(words[0]!.text) === undefined && !PLACE_PREFIXES.has(words[0]!.lower) && !COMPASS.has(words[0]!.lower) && !FUNCTION_WORDS.has(words[0]!.lower)) return draft('organization', 1);
  // "North Battleford", "Western Cape", "Upper Silesia": no personal name opens with a compass point.
  if (words.length > 1 && COMPASS.has(words[0]!.lower)) return draft('place', 1);
  // "Khalfan al-Rawahi": a surname with an Arabic particle names a person.
  if (words.length > 1 && PARTICLE_HYPHEN.test(last.text)) return draft('person', 1);
  // Anything else is a person with no evidence yet; a lone unknown word too: coreference types
  // it from the rest of the article (a surname, an organization's short form) or drops it.
  return draft('person', 0);
}

function hyphenPrefix(t: Token, name: string, modifier: string): MentionDraft | null {
  const key = name.toLowerCase();
  const draft = (type: MentionDraft['type'], evidence: number): MentionDraft => ({ start: t.start, end: t.start + name.length, text: name, type, evidence });
  if (KNOWN_ORGS.has(key)) return draft('organization', 2);
  if (isKnownPlace(name) || PLACE_ABBREVIATIONS.get(key)) return draft('place', 2);
  if (modifier === 'based' || modifier === 'born') return draft('place', 1);
  if (/^\p{Lu}{2,6}$/u.test(name)) return draft('organization', 1);
  return null;
}

// Index of the first known first name in tokens[from..to] that a capitalised word follows, or -1.
function firstNameAt(tokens: Token[], from: number, to: number): number {
  for (let k = from; k < to; k++) {
    if (isCapitalized(tokens[k]) && firstNameGender(tokens[k]!.text) !== undefined && isCapitalized(tokens[k + 1])) return k;
  }
  return -1;
}
