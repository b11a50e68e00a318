// Reading dates as news copy writes them. Hand-written rather than chrono-node: we need only the
// header forms and a few body forms; chrono-node 2.10 measured here adds 14.4 KB gzipped (the
// parser's whole budget is 50 KB) and parses our eval corpus at 5 MB/s on its own, slower than
// the throughput target of the entire parser; and we must never fill in a time zone from the
// machine running the parser.
import { FOREIGN_MONTHS, MONTHS, US_GENERIC_ZONES, WEEKDAYS, ZONES } from '../lexicon/dates.js';

/** A date found in text. */
export interface FoundDate {
  start: number;
  end: number;
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM:00±HH:MM` when a time and a zone were given. */
  iso: string;
}

/** Month names and abbreviations as a regular-expression source, with one capture group. */
export const MONTH_RE = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const WEEKDAY_RE = '(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+)?';
const TIME_RE = '(\\d{1,2})(?:[:.](\\d{2}))?(?: ?([AaPp]\\.?[Mm]\\.?))?(?: ?((?:GMT|UTC)[+-]\\d{1,2}(?::?\\d{2})?|[A-Z]{1,4}))?';

// Each pattern is anchored nowhere and has no nested quantifiers, so matching stays linear.
const ISO = /\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?\b/;
// Case-insensitive: wire and embargo lines write months in capitals ("FEBRUARY 19, 2025").
// (a scraper may glue what follows to the year: "March 18, 20252:47 PM", "03/14/2025March 14")
const YEAR_END = String.raw`(?=\b|\d{1,2}[:.]\d{2}|\d{1,2} [a-z]{3}|[a-z])`;
const MDY = new RegExp(`\\b${WEEKDAY_RE}${MONTH_RE}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${YEAR_END}`, 'i');
// (hyphens too: "3-Feb-2026", a press-release service's)
const DMY = new RegExp(`\\b${WEEKDAY_RE}(\\d{1,2})(?:st|nd|rd|th)?(?:\\s+|-)${MONTH_RE}(?:,?\\s+|-)(\\d{4})${YEAR_END}`, 'i');
// "Mar.19.2025": a month, then day and year after periods.
// "12 de octubre de 2024", "3 mars 2025", "12. Oktober 2024": a day, a month named in another
// language, a year.
const FOREIGN_DMY = new RegExp(`\\b(\\d{1,2})(?:er|º|\\.)?\\s+(?:de\\s+)?(${[...FOREIGN_MONTHS.keys()].join('|')})\\s+(?:de\\s+)?(\\d{4})\\b`, 'iu');
const MDY_DOTTED = new RegExp(`\\b${MONTH_RE}(\\d{1,2})\\.(\\d{4})\\b`, 'i');
const NUMERIC = /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})(?=\b|[A-Z])/;
const NUMERIC_ALL = new RegExp(NUMERIC.source, 'g');
const TIME_BEFORE = new RegExp(`\\b${TIME_RE},? ?$`);
const TIME_AFTER = new RegExp(`^,? ?(?:at )?${TIME_RE}`);

/** A number as two digits at least ("7" → "07"), as dates and times write it. */
export function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Month number for a written month ("Sept.", "October"), or undefined. */
export function monthNumber(word: string): number | undefined {
  return MONTHS.get(word.toLowerCase().replace(/\.$/, ''));
}

/** Weekday number (0 = Sunday) for a written weekday, or undefined. */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS.get(word.toLowerCase().replace(/\.$/, ''));
}

// Second Sunday of March to first Sunday of November: US daylight saving time (since 2007).
function usDst(y: number, m: number, d: number): boolean {
  const nthSunday = (month: number, n: number) => {
    const first = new Date(Date.UTC(y, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  };
  const day = Date.UTC(y, m - 1, d);
  return day >= Date.UTC(y, 2, nthSunday(3, 2)) && day < Date.UTC(y, 10, nthSunday(11, 1));
}

function offsetFor(zone: string, y: number, m: number, d: number): string | undefined {
  const key = zone.toLowerCase();
  if (!ZONES.has(key)) return undefined;
  const fixed = ZONES.get(key);
  if (fixed) return fixed;
  const base = US_GENERIC_ZONES.get(key)!;
  const h = base + (usDst(y, m, d) ? 1 : 0);
  return `-${pad(-h)}:00`;
}

// The date with the time a TIME_RE match read (its groups 1–4: hour, minute, am/pm, zone), or
// undefined unless it is a valid time with a zone.
function withTime(y: number, m: number, d: number, time: RegExpExecArray): string | undefined {
  const [, hour, minute, ampm, zone] = time;
  if (hour === undefined || zone === undefined) return undefined;
  let h = Number(hour);
  const min = minute === undefined ? 0 : Number(minute);
  if (ampm) {
    const pm = /p/i.test(ampm);
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (pm ? 12 : 0);
  } else if (minute === undefined) {
    return undefined; // a bare number next to a date is not a time
  }
  if (h > 23 || min > 59) return undefined;
  const gmt = /^(?:GMT|UTC)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(zone);
  const offset = gmt ? `${gmt[1]}${pad(Number(gmt[2]))}:${gmt[3] ?? '00'}` : offsetFor(zone, y, m, d);
  if (!offset) return undefined;
  return `${y}-${pad(m)}-${pad(d)}T${pad(h)}:${pad(min)}:00${offset}`;
}

const TIME_ONLY = new RegExp(`^(?:at )?${TIME_RE}$`);

/**
 * A `YYYY-MM-DD` date with the time of a separate part of a date line ("07:30 CET" after
 * "22 January 2026 ·"), or undefined when `text` is not a time with a zone.
 */
export function withTimeOf(date: string, text: string): string | undefined {
  const t = TIME_ONLY.exec(text);
  if (!t) return undefined;
  return withTime(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)), t);
}

/**
 * Finds the first full date (day, month and year) in `text`, with a time when a time and a
 * time zone stand next to it ("11:42 PM EDT, Sun July 20, 2025").
 *
 * @returns Offsets relative to `text`, or null.
 */
export function findDate(text: string, doc?: string): FoundDate | null {
  // Every form below has a four-digit year: most lines asked about have none.
  if (!/\d{4}/.test(text)) return null;
  const candidates: FoundDate[] = [];
  const iso = ISO.exec(text);
  if (iso) {
    const [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
    if (validDay(y, m, d)) {
      let value = `${iso[1]}-${iso[2]}-${iso[3]}`;
      if (iso[4] && iso[6]) {
        const off = iso[6] === 'Z' ? '+00:00' : iso[6].includes(':') ? iso[6] : `${iso[6].slice(0, 3)}:${iso[6].slice(3)}`;
        value += `T${iso[4]}:${iso[5]}:00${off}`;
      }
      candidates.push({ start: iso.index, end: iso.index + iso[0].length, iso: value });
    }
  }
  for (const [re, order] of [[MDY, 'mdy'], [DMY, 'dmy'], [MDY_DOTTED, 'mdy'], [FOREIGN_DMY, 'dmy']] as const) {
    const match = re.exec(text);
    if (!match) continue;
    const month = re === FOREIGN_DMY ? FOREIGN_MONTHS.get(match[2]!.toLowerCase()) : monthNumber(order === 'mdy' ? match[1]! : match[2]!);
    const day = Number(order === 'mdy' ? match[2] : match[1]);
    const year = Number(match[3]);
    if (month === undefined || !validDay(year, month, day)) continue;
    let start = match.index;
    let end = start + match[0].length;
    let value = `${year}-${pad(month)}-${pad(day)}`;
    const before = TIME_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
    const after = TIME_AFTER.exec(text.slice(end, end + 24));
    const timedBefore = before && withTime(year, month, day, before);
    const timed = timedBefore || (after && withTime(year, month, day, after));
    if (timed) {
      value = timed;
      if (timedBefore) start -= before![0].length;
      else if (after) end += after[0].length;
    }
    candidates.push({ start, end, iso: value });
  }
  // 22/11/2025: numeric dates only when the order is certain: one number over 12, or dots
  // between them ("04.03.2026"), which only day-first (European) dates use.
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const [a, b, y] = [Number(numeric[1]), Number(numeric[2]), Number(numeric[3])];
    const dotted = numeric[0].includes('.');
    // (ambiguous "12/11/2023": the same day and month either way round, or the order another
    // date on the line settles, "Published on: 12/12/2023 … Modified: 13/12/2023", or one the
    // document spells out, "12/03/2025" beside "March 12, 2025")
    // (or a time zone beside it: "06/04/2025 09:41 BST" is British, day first)
    const order = a === b ? 'dm' : a > 12 || dotted ? 'dm' : b > 12 ? 'md' : (numericOrder(text) ?? zoneOrder(text) ?? (doc === undefined ? undefined : documentOrder(doc)));
    const [d, m] = order === 'dm' ? [a, b] : order === 'md' ? [b, a] : [0, 0];
    if (validDay(y, m, d)) candidates.push({ start: numeric.index, end: numeric.index + numeric[0].length, iso: `${y}-${pad(m)}-${pad(d)}` });
  }
  candidates.sort((a, b) => a.start - b.start);
  return candidates[0] ?? null;
}

// Day first beside a zone of countries that write dates so, month first beside a US zone.
function zoneOrder(text: string): 'dm' | 'md' | undefined {
  const zone = /\b(?:(BST|GMT|CET|CEST|EET|EEST|WET|WEST|IST|SAST|EAT|WAT|AEST|AEDT|ACST|AWST|NZST|NZDT)|(EST|EDT|CST|CDT|MST|MDT|PST|PDT|AKST|HST))\b/.exec(text);
  return zone ? (zone[1] ? 'dm' : 'md') : undefined;
}

// Whether `doc` writes day or month first in its numeric dates, when a date it spells out with a
// month name is one of an ambiguous numeric date's two readings. Kept for the last document asked.
function documentOrder(doc: string): 'dm' | 'md' | undefined {
  if (doc !== orderOf.doc) {
    const spelled = new Set<string>();
    for (const re of [MDY_ALL, DMY_ALL]) {
      for (const m of doc.matchAll(re)) {
        const month = monthNumber(re === MDY_ALL ? m[1]! : m[2]!);
        if (month !== undefined) spelled.add(`${m[3]}-${pad(month)}-${pad(Number(re === MDY_ALL ? m[2] : m[1]))}`);
      }
    }
    let order: 'dm' | 'md' | undefined;
    for (const m of doc.matchAll(NUMERIC_ALL)) {
      const [a, b, y] = [Number(m[1]), Number(m[2]), m[3]!];
      if (spelled.has(`${y}-${pad(b)}-${pad(a)}`)) order ??= 'dm';
      else if (spelled.has(`${y}-${pad(a)}-${pad(b)}`)) order ??= 'md';
    }
    orderOf.doc = doc;
    orderOf.order = order;
  }
  return orderOf.order;
}
const MDY_ALL = new RegExp(MDY.source, 'gi');
const DMY_ALL = new RegExp(DMY.source, 'gi');
const orderOf: { doc: string; order: 'dm' | 'md' | undefined } = { doc: '', order: undefined };

// Whether the numeric dates in `text` put the day first ('dm') or the month ('md'), when one of
// them shows it (a number over 12).
function numericOrder(text: string): 'dm' | 'md' | undefined {
  for (const m of text.matchAll(NUMERIC_ALL)) {
    if (Number(m[1]) > 12) return 'dm';
    if (Number(m[2]) > 12) return 'md';
  }
  return undefined;
}

/** Adds `days` to a `YYYY-MM-DD` date. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** Weekday (0 = Sunday) of a `YYYY-MM-DD` date. */
export function weekdayOf(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
