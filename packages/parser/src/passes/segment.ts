import type { Line, Pass, Segment } from '../context.js';
import { BY_LABEL, DATE_LABELS } from '../lexicon/bylines.js';
import { MONTH_RE } from '../lib/dates.js';
import { trimSpan } from '../text.js';

/**
 * Groups lines into paragraph-sized segments. Three layouts occur in the wild:
 * - blank-line separated paragraphs (most copy);
 * - one paragraph per line with no blank lines (many scrapes);
 * - hard-wrapped text, lines broken near a fixed column inside each paragraph (email, wire feeds).
 * A run of non-blank lines is rejoined only where the text looks hard-wrapped; elsewhere each line
 * stands alone, which also keeps header lines (headline, byline, date) apart.
 */
export const segment: Pass = {
  name: 'segment',
  run(ctx) {
    const { input, lines } = ctx;
    const width = wrapWidth(lines);
    const segments: Segment[] = [];
    let current: Segment | undefined;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      if (line.blank) {
        current = undefined;
        continue;
      }
      const span = trimSpan(input, line.start, line.end);
      const prev = i > 0 ? lines[i - 1]! : undefined;
      // (the first line is the headline: a byline or date line under it stands alone even in
      // hard-wrapped text, "Baker City hospital to stop … / By DANA KOWALCZYK | …", "… fire risk /
      // KYODO NEWS - Jun 17, 2026 - 19:42 | All, Japan")
      const underHeadline = segments.length === 1 && current?.lineCount === 1;
      // (and a byline under a standfirst: "By Marcus Whitfield", a capital B and a name)
      const header = (underHeadline && isHeaderLine(input.slice(span.start, span.end))) || (segments.length <= 3 && /^By \p{Lu}/u.test(input.slice(span.start, span.end)));
      if (current && prev && !prev.blank && width > 0 && !header && continuesWrappedLine(input, prev, line, width, underHeadline)) {
        current.end = span.end;
        current.lineCount++;
      } else {
        current = { start: span.start, end: span.end, firstLine: i, lineCount: 1 };
        segments.push(current);
      }
    }
    return { ...ctx, segments };
  },
};

// A byline or a date line by its opening label ("By …", "Report by …", "PUBLISHED: …", "Posted …"), or a line
// that holds a date with its year and reads as no sentence (fewer than three lower-case words).
// (or a name and a reporter's role after a comma, every word capitalised: "Anaru Tipene, Rural
// Reporter")
const isHeaderLine = (line: string) =>
  BY_LABEL.test(line) || DATE_LABELS.test(line) || (DATED.test(line) && (line.match(/(?<!\p{L})\p{Ll}/gu)?.length ?? 0) < 3) || NAME_AND_ROLE.test(line);
const NAME_AND_ROLE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,3}, (?:\p{Lu}\p{L}+ ){0,2}(?:Reporter|Editor|Correspondent|Writer|Journalist|Columnist|Critic)$/u;
const DATED = new RegExp(`\\b(?:${MONTH_RE} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH_RE},? \\d{4})\\b|\\b\\d{4}-\\d\\d-\\d\\d\\b`);

/**
 * The column text was wrapped at, or 0 when it was not hard-wrapped. Hard-wrapped text has many
 * lines ending within a few columns of one maximum, that maximum well under paragraph length.
 */
function wrapWidth(lines: readonly Line[]): number {
  const lengths = lines.filter((l) => !l.blank).map((l) => l.end - l.start);
  if (lengths.length < 6) return 0;
  const sorted = [...lengths].sort((a, b) => a - b);
  const p90 = sorted[Math.floor(sorted.length * 0.9)]!;
  if (p90 < 40 || p90 > 100) return 0;
  const near = lengths.filter((n) => n >= p90 - 15 && n <= p90 + 5).length;
  return near / lengths.length >= 0.5 ? p90 : 0;
}

// A line continues the previous one when the previous line ran close to the wrap column (so the
// break was the wrapper's, not the writer's). A line well past the column was never wrapped, so
// neither it nor the line before it joins: a headline over its standfirst ("… by six wickets").
// A wrapper breaks a line only where the next word would not fit: when a short line (a
// paragraph's last, or a line of its own) opens with a word that would have fit on the line
// before, even at a column a little short of the measured one, the writer broke it ("… | All,
// Japan, Business" over "Share").
// Under the headline every line is held to that (a standfirst set under its headline: "… in OT" /
// "Gagne makes 29 saves …").
function continuesWrappedLine(input: string, prev: Line, line: Line, width: number, underHeadline: boolean): boolean {
  const prevLen = trimSpan(input, prev.start, prev.end);
  const length = prevLen.end - prevLen.start;
  if (length < width - 20 || length > width + 8 || line.end - line.start > width + 8 || line.end <= line.start) return false;
  const own = trimSpan(input, line.start, line.end);
  if (own.end - own.start >= width - 20 && !underHeadline) return true;
  const firstWord = /\S*/.exec(input.slice(own.start, own.end))![0].length;
  return length + 1 + firstWord > width - 2;
}
