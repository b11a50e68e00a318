import type { Pass, Sentence } from '../context.js';
import { ABBREVIATIONS } from '../lexicon/abbreviations.js';
import { isDigit, isSpace, isUpper } from '../text.js';

// Sets of single characters, built from a string (its characters): smaller in the bundle.
const CLOSERS = new Set('"”’\')]»');
const OPENERS = new Set('"“‘\'([«');

/**
 * Splits each body paragraph into sentences: a `.`, `!` or `?` (with any closing quote or
 * bracket) followed by space and a capital, digit or opening quote ends one, unless the word
 * before the period is an abbreviation ("Mr.", "U.S.", "Oct.") or an initial ("Christian K.").
 */
export const sentences: Pass = {
  name: 'sentences',
  run(ctx) {
    const { input } = ctx;
    const out: Sentence[] = [];
    ctx.blocks.forEach((block, b) => {
      let start = block.contentStart;
      for (let i = block.contentStart; i < block.end; i++) {
        const ch = input[i]!;
        if (ch !== '.' && ch !== '!' && ch !== '?') continue;
        let j = i + 1;
        while (j < block.end && CLOSERS.has(input[j]!)) j++;
        if (j >= block.end || !isSpace(input[j])) continue;
        let k = j;
        while (k < block.end && isSpace(input[k])) k++;
        const next = input[k];
        if (!(isUpper(next) || isDigit(next) || (next !== undefined && OPENERS.has(next)))) continue;
        if (ch === '.' && isAbbreviation(input, i, block.contentStart)) continue;
        out.push({ start, end: j, block: b });
        start = k;
        i = k - 1;
      }
      if (start < block.end) out.push({ start, end: block.end, block: b });
    });
    return { ...ctx, sentences: out };
  },
};

// The word ending at the period `dot`: an abbreviation or a single capital initial.
function isAbbreviation(input: string, dot: number, floor: number): boolean {
  let s = dot;
  while (s > floor && !isSpace(input[s - 1]) && !OPENERS.has(input[s - 1]!)) s--;
  const word = input.slice(s, dot);
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "Christian K. Caruzo"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // "U.S", "a.m"
  return ABBREVIATIONS.has(word.toLowerCase());
}
