// Shapes of personal names, used where no entity recogniser has run yet (bylines, bios).

import { BYLINE_ROLE_WORDS } from '../lexicon/bylines.js';
import { isKnownPlace } from '../lexicon/gazetteer.js';
import { PLACE_ABBREVIATIONS } from '../lexicon/organizations.js';
import { NAME_PARTICLES } from '../lexicon/titles.js';
// Words that open or sit inside no personal name: determiners and prepositions ("The Daily
// Example", "From Lakeshore Public Media", "News Provided By").
const NOT_IN_NAMES = new Set('the|a|an|our|your|this|that|these|those|my|his|her|their|its|from|by|with|for|in|on|at|of|to|and|or|about|via'.split('|'));
const NAME_TOKEN = /^(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}’'-]*\.?|(?:Mc|Mac|O’|O')\p{Lu}[\p{L}\p{M}]*)$/u;

/**
 * True when `s` reads as a personal name: two to five capitalised words (initials and name
 * particles such as "van", "al" allowed), no digits.
 */
export function isNameShaped(s: string): boolean {
  const tokens = s.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (/\d/.test(s)) return false;
  if (tokens.some((t) => NOT_IN_NAMES.has(t.toLowerCase()))) return false;
  let capitalised = 0;
  for (const [i, t] of tokens.entries()) {
    if (NAME_PARTICLES.has(t) && i > 0 && i < tokens.length - 1) continue;
    if (!NAME_TOKEN.test(t)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

const ROLE_WORDS = new Set(BYLINE_ROLE_WORDS);

/** True when `s` reads as a byline role: a few words, one of them a role word ("Markets writers"). */
export function isRole(s: string): boolean {
  const words = s.toLowerCase().match(/[a-z]+/g) ?? [];
  return words.length > 0 && words.length <= 6 && words.some((w) => ROLE_WORDS.has(w) || ROLE_WORDS.has(w.replace(/s$/, '')));
}

// Whether `word` (lower case) occurs in lower case as a whole word somewhere in `input`. The
// words are gathered once per input, the first time one is asked about: searching the text for
// each word asked would make an input of many such names quadratic.
export function writtenLowerCase(input: string, word: string): boolean {
  return wordsOf(input, lowerWordsOf, LOWER_WORD).has(word);
}

/**
 * Like writtenLowerCase, counting only words of the prose, not of an address: "newsroom@kvrq.com"
 * holds no lower-case "kvrq".
 */
export function writtenLowerCaseInProse(input: string, word: string): boolean {
  return wordsOf(input, proseWordsOf, PROSE_WORD).has(word);
}

function wordsOf(input: string, cache: { input: string; words: ReadonlySet<string> }, re: RegExp): ReadonlySet<string> {
  if (input !== cache.input) {
    cache.input = input;
    cache.words = new Set(input.match(re));
  }
  return cache.words;
}
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu;
const PROSE_WORD = /(?<![\p{L}\p{N}@./])\p{Ll}+(?![\p{L}\p{N}@/]|\.\p{L})/gu;
// (one entry each: the input of the parse running now)
const lowerWordsOf: { input: string; words: ReadonlySet<string> } = { input: '', words: new Set() };
const proseWordsOf: { input: string; words: ReadonlySet<string> } = { input: '', words: new Set() };

/** A known place, or a state's or province's abbreviation ("B.C.", "Que.", "N.M."). */
export function isPlaceName(text: string): boolean {
  return isKnownPlace(text) || PLACE_ABBREVIATIONS.has(text.toLowerCase());
}
