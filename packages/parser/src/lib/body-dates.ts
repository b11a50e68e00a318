// Dates in the body: full dates, month-day and month-year, years after a preposition, seasons of
// a year, and weekdays, "yesterday"/"today" and "last spring"/"this year"/"next week" resolved
// against the publication date when there is one.
import type { MentionDraft } from '../context.js';
import { SEASONS } from '../lexicon/dates.js';
import { MONTH_RE, addDays, monthNumber, pad, weekdayNumber, weekdayOf } from './dates.js';
import { type Relation, resolveSeason, resolveUnit, seasonOfYear } from './periods.js';
import { execAll } from './search.js';

// The shared month pattern, its capture group made non-capturing for use inside larger groups.
const MONTH = MONTH_RE.replace('(', '(?:');
// What "last", "this" and "next" can name: a season or a calendar unit.
const PERIOD = [...SEASONS.keys(), 'year', 'month', 'week'].join('|');
const RELATIVE = String.raw`\b([Ll]ast|[Tt]his|[Nn]ext)\s+(${PERIOD})\b`;
// Every form starts at a word boundary: tested once, before the forms, it turns down a place
// inside a word at one test, not eight (the pattern runs over every paragraph with a digit).
// (The relative form keeps its own, for the cheap test below: a second \b changes nothing.)
const DATE = new RegExp(
  `\\b(?:${[
    String.raw`(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?\b`, // July 30, 2024 / July 30
    String.raw`(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})(?:\s+(\d{4}))?\b`, // 30 July 2024
    String.raw`(${MONTH})\s+(\d{4})\b`, // June 2023
    String.raw`(?:in|since|by|until|during|from|of|late|early|mid-?)\s+(\d{4})\b`, // in 2022
    String.raw`(?:on\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b`,
    String.raw`(yesterday|today)\b`,
    RELATIVE, // last spring
    String.raw`([Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?(\d{4})\b`, // summer of 2023
  ].join('|')})`,
  'g',
);

// A cheap test for text with no date at all: no digit, no "-day" word, no relative period.
const MAY_HOLD_DATE = new RegExp(String.raw`\d|day\b|${RELATIVE}`);

/** False when `text` cannot hold a body date, so callers can skip the full search. */
export function mayHoldBodyDate(text: string): boolean {
  return MAY_HOLD_DATE.test(text);
}

/** Date mentions in `input.slice(start, end)`, with ISO values where they can be resolved. */
export function findBodyDates(input: string, start: number, end: number, reference: string | undefined): MentionDraft[] {
  const text = input.slice(start, end);
  const out: MentionDraft[] = [];
  for (const m of execAll(DATE, text)) {
    let iso: string | undefined;
    let s = m.index;
    if (m[1]) {
      const month = monthNumber(m[1])!;
      const year = m[3] ? Number(m[3]) : reference ? Number(reference.slice(0, 4)) : undefined;
      const day = Number(m[2]);
      if (day < 1 || day > 31) continue;
      if (year !== undefined) iso = `${year}-${pad(month)}-${pad(day)}`;
    } else if (m[4]) {
      const month = monthNumber(m[5]!)!;
      const day = Number(m[4]);
      if (day < 1 || day > 31) continue;
      const year = m[6] ? Number(m[6]) : reference ? Number(reference.slice(0, 4)) : undefined;
      if (year !== undefined) iso = `${year}-${pad(month)}-${pad(day)}`;
    } else if (m[7]) {
      iso = `${m[8]}-${pad(monthNumber(m[7])!)}`;
    } else if (m[9]) {
      iso = m[9];
      s = m.index + m[0].length - 4;
    } else if (m[10]) {
      s = m.index + m[0].length - m[10].length;
      if (reference) {
        const before = text.slice(Math.max(0, m.index - 40), m.index);
        const ahead = /\b(?:will|’ll|'ll|next|to be|is due|are due|plans to|expected to)\b/i.test(before);
        const target = weekdayNumber(m[10])!;
        const now = weekdayOf(reference);
        const delta = ahead ? (target - now + 7) % 7 || 7 : -((now - target + 7) % 7);
        iso = addDays(reference, delta);
      }
    } else if (m[11]) {
      if (reference) iso = m[11].toLowerCase() === 'today' ? reference : addDays(reference, -1);
    } else if (m[12]) {
      const relation = m[12].toLowerCase() as Relation;
      if (reference) iso = SEASONS.has(m[13]!) ? resolveSeason(m[13]!, relation, reference) : resolveUnit(m[13]!, relation, reference);
    } else if (m[14]) {
      iso = seasonOfYear(m[14], Number(m[15]));
    }
    const e = m.index + m[0].length;
    const draft: MentionDraft = { start: start + s, end: start + e, text: text.slice(s, e), type: 'date', evidence: 2 };
    if (iso) draft.value = { iso };
    out.push(draft);
  }
  return out;
}
