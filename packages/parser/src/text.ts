// Small helpers over the original input string. All offsets are UTF-16 code units.
import type { Span } from '@newsmark/schema';

/** True for white space, including no-break and other Unicode spaces. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  // The passes ask this of one character at a time, most often an ASCII one: no regex for those.
  const c = ch.charCodeAt(0);
  if (c < 128 && ch.length === 1) return c === 32 || (c >= 9 && c <= 13);
  return /\s/.test(ch);
}

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(input: string, start: number, end: number): Span {
  while (start < end && isSpace(input[start])) start++;
  while (end > start && isSpace(input[end - 1])) end--;
  return { start, end };
}

/** Folds runs of white space (line breaks included) to one space. */
export function foldSpace(s: string): string {
  // Most paragraphs have nothing to fold: single spaces between words, none at the ends.
  return isFolded(s) ? s : s.replace(/\s+/g, ' ').trim();
}

/** True when `s` has no white space but single spaces between other characters: foldSpace leaves it as it is. */
export function isFolded(s: string): boolean {
  let prevSpace = true; // a space at the start needs trimming
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return false;
      prevSpace = true;
    } else if (c <= 13 || (c >= 128 && isSpace(s[i]))) {
      // Tabs, line breaks and other white space are folded; control characters are taken to
      // be white space here, which only sends them to the regex.
      return false;
    } else prevSpace = false;
  }
  return !prevSpace || s.length === 0;
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
export function isUpper(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128 && ch.length === 1) return c >= 65 && c <= 90;
  return UPPER.test(ch);
}
export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128 && ch.length === 1) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
