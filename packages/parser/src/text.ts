// Small helpers over the original input string. All offsets are UTF-16 code units.
import type { Span } from '@newsmark/schema';

/** True for white space, including no-break and other Unicode spaces. */
export function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/** Shrinks a span so it neither starts nor ends with white space. */
export function trimSpan(input: string, start: number, end: number): Span {
  while (start < end && isSpace(input[start])) start++;
  while (end > start && isSpace(input[end - 1])) end--;
  return { start, end };
}

/** Folds runs of white space (line breaks included) to one space. */
export function foldSpace(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const UPPER = /\p{Lu}/u;
const LETTER = /\p{L}/u;
export function isUpper(ch: string | undefined): boolean {
  return ch !== undefined && UPPER.test(ch);
}
export function isLetter(ch: string | undefined): boolean {
  return ch !== undefined && LETTER.test(ch);
}
export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}
