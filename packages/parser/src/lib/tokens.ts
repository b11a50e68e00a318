import type { Span } from '@newsmark/schema';

/** A word or punctuation mark with its offsets in the input. */
export interface Token {
  text: string;
  /** `text.toLowerCase()`, made once: the passes look words up in lower-case lists many times. */
  lower: string;
  start: number;
  end: number;
  /** True for words (letters/digits, with inner apostrophes, hyphens, periods); false for marks. */
  word: boolean;
  /** The string the offsets point into, so a run of tokens can be cut from it exactly. */
  source: string;
}

// Words keep inner apostrophes, hyphens, periods and ampersands: O’Brien, al-Assad, U.S, AT&T.
// In regular-expression terms a token is `[\p{L}\p{N}\p{M}]+(?:['’.\-&][\p{L}\p{N}\p{M}]+)*`
// or one code point of `[^\s\p{L}\p{N}\p{M}]`; the scanner below finds exactly those, a
// character code at a time, because the Unicode-property regex was the parser's hottest line.

// Character classes: what a code point is to the tokenizer.
const OTHER = 0; // punctuation, symbols: a token of its own
const LETTER = 1; // \p{L} or \p{N}: opens a word
const MARK = 2; // \p{M}: inside a word, but a token that starts with one is not a word
const SPACE = 3; // \s: between tokens
const IS_LETTER = /[\p{L}\p{N}]/u;
const IS_MARK = /\p{M}/u;
const IS_SPACE = /\s/u;
// Classes of BMP characters above ASCII, filled in as they are first met (0 = not yet known,
// else class + 1): the property regexes run once per distinct character, not once per use.
const bmpClass = new Uint8Array(0x10000);

function classOf(cp: number): number {
  if (cp < 128) {
    if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57)) return LETTER;
    return cp === 32 || (cp >= 9 && cp <= 13) ? SPACE : OTHER;
  }
  if (cp < 0x10000) {
    const known = bmpClass[cp]!;
    if (known !== 0) return known - 1;
    const c = slowClass(String.fromCharCode(cp));
    bmpClass[cp] = c + 1;
    return c;
  }
  return slowClass(String.fromCodePoint(cp));
}

function slowClass(ch: string): number {
  if (IS_LETTER.test(ch)) return LETTER;
  if (IS_MARK.test(ch)) return MARK;
  return IS_SPACE.test(ch) ? SPACE : OTHER;
}

// The code point at `i`, reading a surrogate pair only when both halves lie before `end`.
function codePointAt(input: string, i: number, end: number): number {
  const c = input.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = input.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

// Apostrophes, period, hyphen, ampersand: inside a word when letters follow.
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 38;
}

/** Splits `input.slice(start, end)` into tokens with offsets into `input`. */
export function tokenize(input: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const cp = codePointAt(input, i, end);
    const cls = classOf(cp);
    const size = cp > 0xffff ? 2 : 1;
    if (cls === SPACE) {
      i += size;
      continue;
    }
    let j = i + size;
    // Whether toLowerCase could change the text: only capitals and non-ASCII characters can.
    let cased = cp >= 128 || (cp >= 65 && cp <= 90);
    if (cls !== OTHER) {
      for (;;) {
        while (j < end) {
          const c = codePointAt(input, j, end);
          const k = classOf(c);
          if (k !== LETTER && k !== MARK) break;
          if (c >= 128 || (c >= 65 && c <= 90)) cased = true;
          j += c > 0xffff ? 2 : 1;
        }
        if (j + 1 >= end || !isJoiner(input.charCodeAt(j))) break;
        const k = classOf(codePointAt(input, j + 1, end));
        if (k !== LETTER && k !== MARK) break;
        j++;
      }
    }
    const text = input.slice(i, j);
    out.push({ text, lower: cased ? text.toLowerCase() : text, start: i, end: j, word: cls === LETTER, source: input });
    i = j;
  }
  return out;
}

// Tokens of each sentence, made on first request and shared by the passes that read sentences
// word by word (attribution, then entities), so that a sentence is tokenized once per parse.
// Held by the sentence object itself, under a symbol and not enumerable (JSON, spreads and
// Object.keys never see it), so they live as long as the parse that made it. (A WeakMap keyed
// by sentence did the same, but its entries cost the garbage collector more than the tokens.)
const TOKENS = Symbol('tokens');

/** The tokens of `input.slice(s.start, s.end)`, made once per sentence; callers must not modify the list. */
export function tokenizeSentence(input: string, s: Span): Token[] {
  let tokens = (s as Span & { [TOKENS]?: Token[] })[TOKENS];
  if (tokens === undefined) {
    tokens = tokenize(input, s.start, s.end);
    Object.defineProperty(s, TOKENS, { value: tokens });
  }
  return tokens;
}

/** True when the token starts with a capital letter. */
export function isCapitalized(t: Token | undefined): boolean {
  if (t === undefined || !t.word) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}

/** The token without a possessive ending ("Iran’s" → "Iran"), and whether it had one. */
export function stripPossessive(text: string): { base: string; possessive: boolean } {
  // The same as matching /^(.+?)(?:['’]s|(?<=s)['’])$/u on a token (which holds no line break),
  // without running a regex with a lookbehind for every word.
  const n = text.length;
  const last = text.charCodeAt(n - 1);
  // (an "s" in capitals too: "HOLYROOD’S" in a story's capitalised opening words)
  if ((last === 115 || last === 83) && n >= 3 && isApostrophe(text.charCodeAt(n - 2))) return { base: text.slice(0, -2), possessive: true };
  if (isApostrophe(last) && n >= 2 && (text.charCodeAt(n - 2) === 115 || text.charCodeAt(n - 2) === 83)) return { base: text.slice(0, -1), possessive: true };
  return { base: text, possessive: false };
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}
