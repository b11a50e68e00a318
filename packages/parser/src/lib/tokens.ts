/** A word or punctuation mark with its offsets in the input. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for words (letters/digits, with inner apostrophes, hyphens, periods); false for marks. */
  word: boolean;
  /** The string the offsets point into, so a run of tokens can be cut from it exactly. */
  source: string;
}

// Words keep inner apostrophes, hyphens, periods and ampersands: O’Brien, al-Assad, U.S, AT&T.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’.\-&][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

/** Splits `input.slice(start, end)` into tokens with offsets into `input`. */
export function tokenize(input: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  const slice = input.slice(start, end);
  for (const m of slice.matchAll(TOKEN)) {
    const s = start + m.index;
    out.push({ text: m[0], start: s, end: s + m[0].length, word: isWordStart(m[0]), source: input });
  }
  return out;
}

// ASCII fast paths: most characters in English copy are ASCII, and the Unicode property test is
// the hot spot of name finding.
function isWordStart(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(text);
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
  const m = /^(.+?)(?:['’]s|(?<=s)['’])$/u.exec(text);
  return m ? { base: m[1]!, possessive: true } : { base: text, possessive: false };
}
