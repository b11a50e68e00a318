import type { Author, RemovedBlock } from '@newsmark/schema';
import { removedBlock, type BodyBlock, type Meta, type Pass, type Segment } from '../context.js';
import { AGENCIES, BIO_NOUNS, BIO_VERBS, BY_LABEL, DATE_LABELS, MODIFIED_LABELS } from '../lexicon/bylines.js';
import { BOILERPLATE_RULES, boilerplateRule } from '../lexicon/boilerplate.js';
import { MONTH_RE, findDate, withTimeOf } from '../lib/dates.js';
import { isNameShaped, isRole } from '../lib/names.js';
import { firstNameGender } from '../lexicon/gazetteer.js';
import { ORG_HEADS, PLACE_HEADS } from '../lexicon/organizations.js';
import { foldSpace, isSpace } from '../text.js';

const AGENCY_SET = new Set(AGENCIES.map((a) => a.toLowerCase()));
const AGENCY_WORDS = Math.max(...AGENCIES.map((a) => a.split(' ').length));
// A date line may carry a label, a weekday and a little punctuation besides the date itself.
const DATE_LINE_REST = 16;
const HEADER_ZONE = 10;
const HEADER_LINE_MAX = 200;
const FURNITURE_MAX = 400;
// (and a breadcrumb trail: "Home › News › Obituaries")
const NAV_LINE = /^(?:skip to (?:main )?(?:content|navigation|menu|search)|menu|search|sign in|log in|subscribe|home|news|share|close|open menu|toggle navigation|accessibility links|cookie settings|[\p{L}&' ]{2,30}(?: › [\p{L}&' ]{2,30}){1,5})$/iu;
const HEADLINE_MAX = 200;
// Where a byline's names end: a pipe, a middle dot, a dash, a slash not between two names, a date label.
const WIRE_TAG = /^(?:\((?:LEAD|URGENT|UPDATE(?: \d)?|\d(?:st|nd|rd|th) LD|LD|CORRECTED|REFILE|RECASTS?|EXCLUSIVE)[^)]{0,24}\)|(?:UPDATE|REFILE|CORRECTED) \d?-)\s*(?=\S)/;
const POSTED_ON_BY = /^(?:posted|published|written) on ([^|]{6,40}?) (?=by \p{Lu})/iu;
const PROVIDED_BY = /^(?:news |content )?(?:provided|distributed|issued) by:?$/i;
// A name in capitals throughout, as a sender's line reads ("Halvorsen Museum of Maritime Art").
const ORG_NAME_LINE = /^\p{Lu}[\p{L}&.'’-]*(?: (?:\p{Lu}[\p{L}&.'’-]*|of|and|the|for|de|&))+$/u;
const BYLINE_CUT = /\||\s[·–—-]\s|\s\/\s(?!\p{Lu}\p{Ll}+ \p{Lu})| (?:Published|Posted|Updated)\b/u;
// "The Manila Sentinel / 02:41 PM February 19, 2026": an outlet's name beside the date.
const OUTLET = /^(?:The )?\p{Lu}[\p{L}&'’.-]*(?: \p{Lu}[\p{L}&'’.-]*){0,4}$/u;
const REPEATED_DATE = new RegExp(`\\d{1,2} ${MONTH_RE} ?\\d{4}|${MONTH_RE} \\d{1,2},? ?\\d{4}|\\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\\b`, 'gi');
const DERIVED_HEADLINE_MAX = 110; // Google's Article guidance

// "ROTTERDAM, Netherlands (Reuters) —", "DENVER --", "LONDON, March 3 (Reuters) -"
// (the date after the place may carry its year: "GENEVA, 4 September 2025 –", a press release's)
const DATELINE =
  /^(\p{Lu}[\p{Lu}.'’ -]{0,40}\p{Lu}\.?(?:, ?\p{Lu}[\p{L}.'’ -]{0,30}?)?)(?:, ?(\p{Lu}[a-z]{2,8}\.? \d{1,2}(?:, \d{4})?|\d{1,2} \p{Lu}[a-z]{2,8}\.?(?: \d{4})?))?(?:--\(([^()\n]{2,40})\)--|(?: ?\(([^()\n]{2,40})\))? ?(?:—|–|--|-|:)\s)/u;

/**
 * Reads the header (headline, dates, byline) and footer (closing author bio) around the body,
 * and the dateline that opens the first paragraph. Header lines go to `removed`; their spans stay
 * on the metadata they produced. What is left becomes the body blocks.
 */
export const metadata: Pass = {
  name: 'metadata',
  run(ctx) {
    const { input, segments } = ctx;
    const meta: Meta = { headline: null, datePublished: null, authors: [], contributors: [], provenance: {} };
    const removed: RemovedBlock[] = [...ctx.removed];
    const diagnostics = [...ctx.diagnostics];
    const text = (s: Segment) => input.slice(s.start, s.end);
    const drop = (s: Segment, kind: RemovedBlock['kind'], reason: string) =>
      removed.push(removedBlock(input, kind, reason, s.start, s.end));

    // Each header line is read as a date line and as a byline at most once, however many of the
    // checks below ask.
    const datesOf = perSegment((s) => (s.end - s.start < HEADER_LINE_MAX ? readDateParts(text(s), input) : null));
    // Site furniture: navigation, cookie notices, share rows; none of it counts as a header line.
    const isFurniture = perSegment((s) => {
      const line = text(s);
      // (Furniture is short: a long paragraph is not tested against every rule.)
      // (a labelled byline naming a person is a byline, though a rule takes the same shape at the
      // foot of a story: "Posted by Dana Kowalczyk", "By Kim Ji-hoon (kim@example.com)")
      if (line.length > FURNITURE_MAX || !(NAV_LINE.test(line) || boilerplateRule(line) !== undefined)) return false;
      return !BY_LABEL.test(line) || !bylineNamesPerson(line, s.start);
    });
    const dateOrByline = perSegment((s) => datesOf(s) !== null || (s.end - s.start < HEADER_LINE_MAX && readByline(text(s), s.start, false) !== null));
    const isHeader = (s: Segment | undefined): boolean => s !== undefined && !isFurniture(s) && dateOrByline(s);
    // (At most 40 characters: 80 UTF-16 units, for letters outside the BMP.)
    const isMenuItem = (s: Segment | undefined) =>
      s !== undefined && s.lineCount === 1 && s.end - s.start <= 80 && /^[\p{L}\d&'’ -]{1,40}$/u.test(text(s)) && /\p{L}{2}/u.test(text(s)) && text(s).split(/\s+/).length <= 4 && !/^by\s/i.test(text(s)) && datesOf(s) === null;
    // One line of a menu: three or more menu items in a row.
    const inMenu = (k: number) => [k - 2, k - 1, k].some((f) => f >= 0 && isMenuItem(segments[f]) && isMenuItem(segments[f + 1]) && isMenuItem(segments[f + 2]));
    // The headline is the first title-like line above the first byline or date line, passing over
    // a site's name, section labels and breadcrumbs above it, and a standfirst (a longer line right
    // after it), bullets and author names. When only label-like lines are left ("The Weather
    // Farmers" under "FEATURES / FOOD"), the last of them. -1 when the header has no byline or date.
    const chooseHeadline = () => {
      let first = -1;
      for (let k = 0, counted = 0; k < segments.length && counted < HEADER_ZONE; k++) {
        if (isHeader(segments[k])) {
          first = k;
          break;
        }
        if (!isFurniture(segments[k]!) && !inMenu(k)) counted++;
      }
      const titles: number[] = [];
      const labels: number[] = [];
      let previous = -1;
      for (let k = 0; k < first; k++) {
        const line = text(segments[k]!);
        // (right above the byline, with no title or label before it, a short sentence-case title
        // may end in a full stop: "Hospital sink drains harbor a hardy fungus. A new compound may
        // finally reach it."; a standfirst under a label-like title may not)
        const titleLike = isTitleLike(line, segments.length) || (k === first - 1 && titles.length + labels.length === 0 && line.length <= 100 && /\p{L}\.$/u.test(line) && isTitleLike(line.slice(0, -1), segments.length));
        // (nor the sender under a wire service's "NEWS PROVIDED BY" label)
        if (isFurniture(segments[k]!) || inMenu(k) || !titleLike || /^[•·*–-]\s|[↓→▼›»]$/.test(line) || isRole(line) || readByline(line, 0, true) !== null || (k > 0 && PROVIDED_BY.test(text(segments[k - 1]!)) && ORG_NAME_LINE.test(line))) continue;
        if (isLabelLike(line)) {
          labels.push(k);
          continue;
        }
        const standfirst = previous >= 0 && previous === k - 1 && line.length > text(segments[previous]!).length;
        previous = k;
        if (!standfirst) titles.push(k);
      }
      // A site's tagline far above ("Exclusive news … for market professionals") gives way to the
      // title right above the byline; a subline right under the headline does not.
      // (the title may have its standfirst under it: "Headline / Summary sentence / By …")
      const last = titles[titles.length - 1];
      // (and a bare name for a byline: "Headline / Standfirst / Oliver Brandreth / 6 Mar 2025")
      let above = first - 1;
      if (last !== undefined && above > last && readByline(text(segments[above]!), 0, true) !== null) above--;
      const aboveByline = last === above || (last === above - 1 && previous === above);
      if (titles.length > 1 && last !== undefined && aboveByline && titles[titles.length - 2]! < last - 1) return last;
      return titles[0] ?? labels[labels.length - 1] ?? -1;
    };
    // Header material can sit between the headline and the byline (a summary, a caption, share
    // buttons): everything up to the last byline or date line of the first few is header.
    let lastHeader = -1;
    for (let k = 0, counted = 0; k < segments.length && counted < HEADER_ZONE; k++) {
      // Once a header line has been seen, the first sentence of body text ends the header: a
      // "Name | Official" line further down is the body's, not a byline.
      if (lastHeader >= 0 && isSentence(text(segments[k]!))) break;
      if (isHeader(segments[k])) lastHeader = k;
      if (!isFurniture(segments[k]!) && !inMenu(k)) counted++;
    }
    const headlineAt = chooseHeadline();
    let i = 0;
    let firstBodyStart: number | undefined;
    // The header zone is counted in header lines proper: site furniture above them does not use it up.
    let zone = 0;
    for (; i < segments.length && i < HEADER_ZONE + zone; i++) {
      const seg = segments[i]!;
      const line = text(seg);
      if (isFurniture(seg)) {
        zone++;
        drop(seg, 'header', 'site navigation or furniture above the article');
        continue;
      }
      // Header lines are short: long paragraphs skip the date and byline readers.
      const short = line.length < HEADER_LINE_MAX;
      // ("Posted on September 18, 2024 by Dana Kowalczyk" is a byline with its date)
      const dates = short && POSTED_ON_BY.test(line) ? null : datesOf(seg);
      if (dates) {
        for (const date of dates) setDate(meta, date.modified, date.iso, seg.start + date.start, seg.start + date.end, input);
        drop(seg, 'date', dates.some((d) => !d.modified) ? 'publication date line' : 'modification date line');
        continue;
      }
      const date = readDateLine(line, input);
      // A line naming only a news agency: "AFP", "Reuters".
      if (AGENCY_SET.has(line.trim().toLowerCase()) && i > 0) {
        meta.authors.push({ name: line.trim(), type: 'organization', span: { start: seg.start, end: seg.end } });
        drop(seg, 'byline', 'agency byline');
        continue;
      }
      // A line holding only a name is a byline just under the headline, nowhere else.
      const byline = short ? readByline(line, seg.start, meta.authors.length === 0 && meta.headline !== null) : null;
      if (byline) {
        meta.authors.push(...byline.authors);
        if (byline.date) setDate(meta, false, byline.date.iso, seg.start + byline.date.start, seg.start + byline.date.end, input);
        drop(seg, 'byline', 'byline');
        continue;
      }
      // A job title on its own line under the byline: "Chief Football Writer".
      if (meta.authors.length > 0 && isRole(line) && !/[.!?]$/.test(line)) {
        const last = meta.authors[meta.authors.length - 1]!;
        last.role ??= line.trim();
        drop(seg, 'byline', 'author role');
        continue;
      }
      // Above the headline: the site's name, a section label, breadcrumbs.
      if (i < headlineAt) {
        drop(seg, 'header', 'masthead or section label');
        zone++;
        continue;
      }
      if (meta.headline === null && !removed.some((r) => r.kind === 'byline') && (headlineAt < 0 ? isTitleLike(line, segments.length) : i === headlineAt)) {
        // (a headline a hard wrap broke reads on one line, as a block's text does; a wire's tag
        // before it, "(LEAD)", "(2nd LD)", "UPDATE 2-", is not part of it)
        const tag = WIRE_TAG.exec(line)?.[0].length ?? 0;
        if (tag > 0) removed.push(removedBlock(input, 'header', 'wire tag', seg.start, seg.start + tag));
        // (nor a review's star rating set under it: "… for Mossfolk\n★★★★☆")
        const rating = /[★☆]{3,5}$/.exec(line)?.index ?? line.length;
        let cut = rating;
        if (cut < line.length) {
          while (cut > 0 && isSpace(line[cut - 1]!)) cut--;
          removed.push(removedBlock(input, 'header', 'review rating', seg.start + rating, seg.end));
        }
        const stars = line.length - cut;
        meta.headline = foldSpace(line.slice(tag, line.length - stars));
        meta.provenance.headline = { span: { start: seg.start + tag, end: seg.end - stars }, derived: false };
        continue;
      }
      // A standfirst between the headline and the byline: header material, not body.
      const next = segments[i + 1];
      const after = segments[i + 2];
      if (meta.headline !== null && meta.authors.length === 0 && !date && (isHeader(next) || (isHeader(after) && text(next!).length < 120))) {
        drop(seg, 'header', 'standfirst');
        continue;
      }
      if (i < lastHeader) {
        drop(seg, 'header', 'header material above the byline');
        continue;
      }
      // A date written at the head of the first paragraph: "date 2024-10-25 Iranian President …".
      if (date && date.prefix && meta.datePublished === null) {
        // The span takes in the label before the date ("date 2024-10-25"), which is not body text.
        setDate(meta, false, date.iso, seg.start + date.start, seg.start + date.end, input);
        meta.provenance.datePublished = { span: { start: seg.start, end: seg.start + date.end }, derived: false, text: input.slice(seg.start, seg.start + date.end) };
        let start = seg.start + date.end;
        while (start < seg.end && isSpace(input[start])) start++;
        firstBodyStart = start;
      }
      break;
    }

    const body: Segment[] = segments.slice(i);
    if (firstBodyStart !== undefined && body[0]) body[0] = { ...body[0], start: firstBodyStart };

    // A closing bio names the author when no byline did: "Jane Doe covers energy for …".
    // (eight paragraphs back, not counting the footer's own furniture: links, sign-up boxes)
    for (let k = body.length - 1, seen = 0; k >= 1 && seen < 8; k--) {
      const seg = body[k]!;
      const name = bioAuthor(text(seg), meta.authors);
      if (!name) {
        if (boilerplateRule(text(seg)) === undefined) seen++;
        continue;
      }
      // Only footer material may follow a bio; a long paragraph after it means this is body text.
      if (body.slice(k + 1).some((s) => s.end - s.start > 200 && !BOILERPLATE_RULES.some((r) => r.pattern.test(text(s))))) break;
      const start = seg.start + text(seg).indexOf(name);
      if (!meta.authors.some((a) => a.name === name)) {
        if (meta.authors.length === 0) meta.authors.push(author(name, 'person', start));
      }
      drop(seg, 'author-bio', 'closing author bio');
      body.splice(k, 1);
      break;
    }

    const blocks: BodyBlock[] = body.map((s) => ({ start: s.start, end: s.end, contentStart: s.start }));
    // The dateline opens the first paragraph, or the second under a standfirst (a line with no
    // closing full stop: "Children under five are dying …, the organisation warns").
    const lead = blocks[0] ? input.slice(blocks[0].start, blocks[0].end) : '';
    const standfirst = blocks[1] !== undefined && !/[.!?]["”’]?$/.test(lead) && !DATELINE.test(lead);
    const first = standfirst ? blocks[1] : blocks[0];
    if (first) {
      const m = DATELINE.exec(input.slice(first.start, first.end));
      if (m && m[1] && /\p{Lu}{3}/u.test(m[1])) {
        const place = m[1].trim();
        // The match ends with the dash and one space: cut them and the space before the dash.
        const text = m[0].endsWith(')--') ? m[0].slice(0, m[0].lastIndexOf('--(')) : m[0].slice(0, -1).replace(/(?:—|–|--|-|:)$/, '').trimEnd();
        meta.dateline = { text, place, span: { start: first.start, end: first.start + text.length } };
        const agency = m[3] ?? m[4];
        if (agency) meta.dateline.agency = agency.trim();
        first.contentStart = first.start + m[0].length;
        // With no date in the header, a dated dateline dates the story.
        const dated = m[2] ? findDate(m[2]) : null;
        if (dated && meta.datePublished === null) {
          const start = first.start + m[0].indexOf(m[2]!) + dated.start;
          setDate(meta, false, dated.iso, start, start + dated.end - dated.start, input);
        }
      }
    }

    if (meta.datePublished === null && meta.dateModified !== undefined) {
      // "Updated 14 Mar 2025" above the story, "First Published: 13 Mar 2025, 11:42 PM IST" under it.
      const foot = FIRST_PUBLISHED.exec(input);
      const dated = foot ? findDate(foot[1]!) : null;
      if (foot && dated) {
        const start = foot.index + foot[0].length - foot[1]!.length + dated.start;
        setDate(meta, false, dated.iso, start, start + dated.end - dated.start, input);
      }
    }
    if (meta.datePublished === null && meta.dateModified !== undefined) {
      // Only an "Updated …" stamp: the story was published that day or before. Use the date, not
      // the time, and say where it came from.
      meta.datePublished = meta.dateModified.slice(0, 10);
      meta.provenance.datePublished = { derived: true, text: meta.provenance.dateModified?.text ?? meta.dateModified };
      diagnostics.push({ code: 'published-from-updated', severity: 'info', message: 'No publication date in the header; datePublished is the date of the "Updated" stamp.' });
    } else if (meta.datePublished === null) {
      diagnostics.push({ code: 'no-date', severity: 'info', message: 'No publication date found in the header.' });
    }
    if (meta.headline === null && blocks[0]) {
      const derived = deriveHeadline(input.slice(blocks[0].contentStart, blocks[0].end));
      if (derived) {
        meta.headline = derived;
        meta.provenance.headline = { derived: true };
      }
    }
    return { ...ctx, meta, blocks, removed, diagnostics };
  },
};

// A line of its own that gives the first publication date, wherever it stands.
const FIRST_PUBLISHED = /^(?:first|originally) published(?: on)?:? ?([^\n]{6,60})$/imu;

// A reading of a segment, made at most once per segment however often it is asked for.
function perSegment<T>(read: (s: Segment) => T): (s: Segment) => T {
  const cache = new Map<Segment, T>();
  return (s) => {
    if (!cache.has(s)) cache.set(s, read(s));
    return cache.get(s)!;
  };
}

// An author written at `start`.
function author(name: string, type: Author['type'], start: number): Author {
  return { name: type === 'person' ? nameCase(name) : name, type, span: { start, end: start + name.length } };
}

/**
 * A person's name as it is spelled, not as a byline sets it: "MEGAN HOLLIS" → "Megan Hollis",
 * "Inès BOUCHARD" → "Inès Bouchard", "O'BRIEN-SMITH" → "O'Brien-Smith". The span keeps the text
 * as written.
 */
function nameCase(name: string): string {
  return name.replace(/\p{Lu}{2,}(?:['’]\p{Lu}+)?/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase().replace(/(['’])(\p{Ll})/u, (_, mark: string, c: string) => mark + c.toUpperCase()));
}

function setDate(meta: Meta, modified: boolean, iso: string, start: number, end: number, input: string): void {
  const source = { span: { start, end }, derived: false, text: input.slice(start, end) };
  if (modified) {
    meta.dateModified ??= iso;
    meta.provenance.dateModified ??= source;
  } else if (meta.datePublished === null) {
    meta.datePublished = iso;
    meta.provenance.datePublished = source;
  }
}

interface DateLine {
  iso: string;
  start: number;
  end: number;
  modified: boolean;
  /** Characters of the line that are neither label nor date. */
  rest: number;
  /** The date opens a longer paragraph. */
  prefix: boolean;
}

// "Published 3 November 2025 · Last updated 4 November 2025": several labelled dates on a line.
function readDateParts(line: string, doc: string): DateLine[] | null {
  // No part of a line without a four-digit year is a date (findDate), so neither is the line.
  if (!/\d{4}/.test(line)) return null;
  const out: DateLine[] = [];
  let offset = 0;
  // "Embargoed until 11:00 AM ET, Wednesday, February 19, 2025": the story's release time.
  line = line.replace(/^embargoed until:? /i, (m) => ' '.repeat(m.length));
  // ("BMJ 2025; 389 doi: https://doi.org/… (Published 10 June 2025)": a journal's citation, then
  // the date in brackets)
  for (const part of line.split(/([·|•]| \/ |(?<!\blast)\s(?=(?:last\s+)?(?:updated|modified)\b|\((?:published|posted)\b))/i)) {
    if (part === undefined) continue;
    if (/^(?:[·|•]| \/ |\s)$/.test(part)) {
      offset += part.length;
      continue;
    }
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    const d = readDateLine(trimmed, doc);
    offset += part.length;
    if (!d) {
      // "22 January 2026 · 07:30 CET": the time of the date before it.
      const last = out[out.length - 1];
      const timed = last && last.iso.length === 10 ? withTimeOf(last.iso, trimmed) : undefined;
      if (last && timed) {
        last.iso = timed;
        last.end = offset - part.length + lead + trimmed.length;
        continue;
      }
      // "Updated: 09:12 GMT", "Updated 3 hours ago": a label with a time but no date of its own;
      // "4 min read": a reading time.
      // "TNN": an agency or desk tag before the date; "07:30": a time with no zone we know;
      // "From Lakeshore Public Media": the sender of a newsletter; "Published:Saturday | March 8,
      // 2025": a label and the weekday before the date.
      if (trimmed !== '' && !(OUTLET.test(trimmed) && !isNameShaped(trimmed)) && !/^from \p{Lu}[^|·•]{1,60}$|^(?:(?:published|posted|updated)(?: on)?:? ?)?(?:mon|tues|wednes|thurs|fri|satur|sun)day,?$|^(?:last )?(?:updated|atualizado|actualizado|mis à jour|aggiornato|aktualisiert)\b[^,]{0,24}$|^\d{1,3} min(?:ute)?s? read$|^\p{Lu}{2,5}$|^\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: \p{L}{2,5})?$|\bdoi:? ?(?:https?:\/\/doi\.org\/)?10\.\d{4,}/iu.test(trimmed)) return null;
      continue;
    }
    if (d.rest > DATE_LINE_REST) return null;
    const base = offset - part.length + lead;
    out.push({ ...d, start: d.start + base, end: d.end + base });
  }
  return out.length > 0 ? out : null;
}

// (`doc`, the whole input, settles the order of an ambiguous numeric date: see findDate)
function readDateLine(line: string, doc: string): DateLine | null {
  const found = findDate(line, doc);
  if (!found) return null;
  const label = DATE_LABELS.exec(line);
  const labelEnd = label ? label[0].length : 0;
  const before = line.slice(labelEnd, found.start);
  const after = line.slice(found.end);
  // Besides label and date, a date line may hold a time, a spelled-out zone and a reading time.
  const rest = (before + after)
    .replace(/\b(?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?/gi, '')
    .replace(/\b(?:eastern|central|mountain|pacific|greenwich mean|british summer|central european)(?: standard| daylight| summer)? time\b/gi, '')
    .replace(/\b\d{1,3} min(?:ute)?s? read\b/gi, '')
    // Pages that print one date several ways run them together: "3 Mar 20263 Mar 2026Tue 3 Mar 2026".
    .replace(REPEATED_DATE, '')
    .replace(/[\s,.|·•:–—-]+/g, '').length;
  const prefix = before.trim() === '' && after.trim().length > 40;
  return { iso: found.iso, start: found.start, end: found.end, modified: label ? MODIFIED_LABELS.test(label[0]) : false, rest, prefix };
}

/**
 * Whether a labelled byline names a person. A "Source:" line names its writer ("Source: Ebenezer
 * Quaye, Contributor") only by a known given name or with a role after a comma; else it names the
 * body that sent the story ("Source: Ashworth University").
 */
function bylineNamesPerson(line: string, offset: number): boolean {
  const person = readByline(line, offset, false)?.authors.find((a) => a.type === 'person');
  if (person === undefined) return false;
  return !/^source:/i.test(line) || firstNameGender(person.name.split(' ')[0]!) !== undefined || /^source: ?[^,]+, \S/i.test(line);
}

/**
 * Reads a byline: "By X", "By X and Y", "By X, Title", "X | Desk | date", "X, Title Correspondent",
 * or (when `bare` is allowed, just under the headline) a line holding only a name.
 */
function readByline(line: string, offset: number, bare: boolean): { authors: Author[]; date?: { iso: string; start: number; end: number } } | null {
  // "ABC Gippsland / By Hannah Toohey": the outlet or desk before the byline proper.
  const desk = /^\p{Lu}[\p{L}&.' ]{1,40} [/|] (?=by\s)/iu.exec(line);
  if (desk) return readByline(line.slice(desk[0].length), offset + desk[0].length, bare);
  // "Posted on September 18, 2024 by Dana Kowalczyk": the date before the name.
  const dated = POSTED_ON_BY.exec(line);
  if (dated) {
    const found = findDate(dated[1]!);
    const rest = readByline(line.slice(dated[0].length), offset + dated[0].length, bare);
    if (rest && found) return { ...rest, date: { iso: found.iso, start: dated[0].indexOf(dated[1]!) + found.start, end: dated[0].indexOf(dated[1]!) + found.end } };
  }
  // ("Text: Nadia Favre-Bonvin": the label of Swiss and German papers, with its colon; "Author of
  // the article: X" of Canadian chains; "Review by X" of culture pages)
  // ("ByIshaan Kapila, Gurugram": a scraped "By" glued to the name)
  const by = BY_LABEL.exec(line) ?? /^By(?=[A-Z][a-z])/.exec(line);
  // Where the names end: a pipe or middle dot ("X | Desk | date"); a dash or slash, only after
  // "By" ("By: X - Reporter / @handle"; a slash between two names lists them); a date label after
  // a name run into it ("Saima Rauf Qureshi Published March 5, 2026").
  const label = line.search(/ (?:Published|Posted|Updated)\b/);
  // ("Prachi Kulkarni / TNN / Updated: May 16, 2024": slashes between a name, a desk and a date)
  // ("Tess Wairiki-Holloway05:00, Mar 19 2025": a name run into its time)
  const piped = /\|| · /.test(line) || (/ \/ /.test(line) && findDate(line) !== null) || /\p{Ll}\d{1,2}:\d{2}\b/u.test(line) || (by !== null && BYLINE_CUT.test(line)) || (label > 0 && isNameShaped(line.slice(0, label))) || / on \p{Lu}[a-z]{2,8}\.? \d{1,2}, \d{4}/u.test(line);
  let body = by ? line.slice(by[0].length) : line;
  let bodyOffset = by ? by[0].length : 0;
  // "By court reporter Joanna Tulloch": lower-case role words between "By" and the name.
  const roleFirst = by ? /^(?:\p{Ll}+ ){1,3}(?=\p{Lu})/u.exec(body) : null;
  if (roleFirst && isRole(roleFirst[0].trim())) {
    body = body.slice(roleFirst[0].length);
    bodyOffset += roleFirst[0].length;
  }
  let date: { iso: string; start: number; end: number } | undefined;
  if (piped) {
    const found = findDate(line);
    if (found) date = found;
    // "X | Desk | date", "Posted by X on March 2, 2025": the name ends at the pipe or at " on ".
    // "Story by X · Photographs by Y": what follows the separator is someone else's credit.
    const cut = body.search(BYLINE_CUT);
    const pipe = cut >= 0 ? cut : body.search(/(?<=\p{Ll})\d{1,2}:\d{2}\b/u);
    const on = body.search(/ on \p{Lu}/u);
    body = body.slice(0, pipe >= 0 ? pipe : on >= 0 ? on : body.length);
  }
  const trimmedLen = body.trimEnd().length;
  body = body.slice(0, trimmedLen);
  // "By KATIE HARLOW FOR MAILONLINE", "By Jane Doe for The Guardian": the outlet written for.
  const forOutlet = by ? / (?:for|FOR) (?:the |THE )?\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,3}$/u.exec(body) : null;
  if (forOutlet) body = body.slice(0, forOutlet.index);
  // "By Jane Doe in Paris", "By Owen Gatcombe at Castle Lane", "By Jane Doe, Reuters"
  // ("Tom Ashworth at Lord’s", "Jane Doe in St. John's": a place may hold an apostrophe or a period)
  const inPlace = / (?:in|at) (?:the )?\p{Lu}(?:[\p{L}’'. -]*\p{L})?$/u.exec(body);
  // ("By Dara Sok in Phnom Penh and Nguyễn Thu Hà in Can Tho": each name has its place; the
  // places become blanks so that the names keep their offsets)
  if (inPlace && / and \p{Lu}/u.test(inPlace[0])) body = body.replace(PLACE_BEFORE_AND, (m) => ' '.repeat(m.length)).trimEnd();
  else if (inPlace) body = body.slice(0, inPlace.index);
  // "Nadia Fenwright @NADIAFENWRIGHT", "Jordan Whitcombe@in/jordanwhitcombe": a handle after the
  // name, or glued to it.
  const handle = / ?@[\w./-]{1,40}$/.exec(body);
  if (handle) body = body.slice(0, handle.index);
  // "Lena Hartwig with dpa, Reuters": the agencies the story draws on, after the name.
  const withAt = body.lastIndexOf(' with ');
  if (withAt > 0 && body.slice(withAt + 6).split(/, | and /).every((a) => AGENCY_SET.has(a.trim().toLowerCase()))) body = body.slice(0, withAt);
  // "Dewi Anggraini (The Jakarta Post)": the outlet in brackets after the name.
  // (right after the name: not "Kerry Ashworth, Regional Organiser (Yorkshire & Humber)")
  const outlet = body.includes(',') ? null : / \((?:The )?\p{Lu}[\p{L}.&' ]{1,40}\)$/u.exec(body);
  if (outlet) body = body.slice(0, outlet.index);
  // "Helena Pryce Environment correspondent", "By Ellis Braithwaite Local Democracy Reporter": a
  // name, then a role, with no comma.
  // (Not a line that is a role as a whole, under a byline: "Local Democracy Reporter".)
  if (!piped && !/[,&/]| and /.test(body) && (by !== null || bare || !isRole(body))) {
    const words = body.split(/\s+/);
    // (a role is a few words, no sentence: not "Doe told reporters: “We.”")
    // (a third word that is a given name is the surname, not the role's first word: "Gareth Wyn
    // Thomas Local Democracy Reporter")
    const split = (firstNameGender(words[2] ?? '') !== undefined ? [3, 2] : [2, 3]).find((k) => k < words.length && isNameShaped(words.slice(0, k).join(' ')) && !isRole(words.slice(0, k).join(' ')) && isRole(words.slice(k).join(' ')) && !/["“”:;.!?]/.test(words.slice(k).join(' ')));
    if (split !== undefined) {
      // The name as written (its spaces may be non-breaking), so its span slices back to it.
      const name = new RegExp(`^(?:\\S+\\s+){${split - 1}}\\S+`).exec(body)![0];
      const start = offset + bodyOffset;
      return { authors: [{ name, type: 'person', role: words.slice(split).join(' '), span: { start, end: start + name.length } }] };
    }
  }
  if (!by && !piped) {
    // ("Kimberley Hall-Sterling/Staff Reporter": a slash with no spaces before the role)
    const comma = body.search(/,|(?<=\S)\/(?=\S)/);
    const head = comma > 0 ? body.slice(0, comma) : body;
    const tail = comma > 0 ? body.slice(comma + 1) : '';
    // "Jordan Whitecalf and Mireille Gagnon", "María Quintanilla / Iker Etxeberria": names joined
    // by "and" or a slash on a line of their own.
    const names = head.split(/ and | & | \/ /);
    // (not an institution's name on a line of its own: "Halbrook University" above the byline)
    if (!names.every((n) => isNameShaped(n) && !ORG_HEADS.has(n.slice(n.lastIndexOf(' ') + 1).toLowerCase()))) return null;
    // (not a sentence: "Park Ji-woo, an analyst, said shares rose." opens the story)
    const roleTail = tail !== '' && !/[.!?]["”’]?$/.test(tail.trim()) && (isRole(tail) || trailingAgency(tail.trim()) === tail.trim());
    // (or, on a line of its own under the headline, one word for where the writer files from:
    // "Tanvir Hasan Shuvo, Gazipur")
    // (not a venue and its town: "Hensley Meadows, Ludlow", "Humber Street Playhouse, Hull")
    const placeTail = bare && /^\p{Lu}[\p{L}'’-]+$/u.test(tail.trim()) && firstNameGender(tail.trim()) === undefined && !head.toLowerCase().split(' ').some((w) => PLACE_HEADS.has(w) || ORG_HEADS.has(w));
    if (!(roleTail || placeTail || (bare && tail === '' && head.length <= 40 * names.length))) return null;
  }
  // ("GRAIN MARKETS | Weekly review": a section label in capitals, not a name, when no given name
  // opens it and no date goes with it)
  if (piped && !by && !date && /^[\p{Lu}\s'’.-]+$/u.test(body) && firstNameGender(body.split(/\s+/)[0]!) === undefined) return null;
  const authors: Author[] = [];
  // Split "A, B and C" into names; a piece made of role words is the previous author's title.
  const pieces = [...body.matchAll(/[^,&/]+/g)];
  for (const p of pieces) {
    for (const part of splitAnd(p[0], p.index, by !== null)) {
      const name = part.text.trim();
      if (!name) continue;
      const start = offset + bodyOffset + part.index + part.text.indexOf(name);
      const agency = trailingAgency(name);
      if (agency && agency.length < name.length) {
        // "By JOHN SMITH and MARY JONES Associated Press": a name, then the agency.
        const person = name.slice(0, name.length - agency.length).trim();
        authors.push(author(person, 'person', start));
        authors.push(author(agency, 'organization', start + name.length - agency.length));
      } else if (agency) {
        authors.push(author(name, 'organization', start));
      } else if (isRole(name) && authors.length > 0) {
        authors[authors.length - 1]!.role = name;
      } else if (isNameShaped(name) || (by && /^\p{Lu}[\p{L}’'-]+$/u.test(name) && authors.length === 0 && pieces.length === 1)) {
        authors.push(author(name, 'person', start));
      } else if (!by && authors.length === 0) {
        return null;
      }
      // Anything else after a name ("By Chinedu Okafor-Eze, Abeokuta") is a place or a desk.
    }
  }
  if (authors.length === 0) return null;
  // "Renata Albuquerque | Thaís Okumura": more names between the pipes, up to the first that is not one.
  if (piped && !by) {
    let at = line.indexOf('|');
    while (at >= 0) {
      const next = line.indexOf('|', at + 1);
      const segment = line.slice(at + 1, next < 0 ? line.length : next);
      const name = segment.trim();
      if (!isNameShaped(name) || isRole(name) || findDate(name)) break;
      authors.push(author(name, 'person', offset + at + 1 + segment.indexOf(name)));
      at = next;
    }
  }
  return date ? { authors, date } : { authors };
}

// Where each author of "A in X and B in Y" was: " in X" before " and" or the end.
const PLACE_BEFORE_AND = / (?:in|at) (?:the )?\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){0,3}(?= and \p{Lu}|$)/gu;

// ("By A with B": after "By", "with" joins two names as "and" does)
function splitAnd(text: string, index: number, withToo: boolean): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(withToo ? /\s(?:and|with)\s/g : /\sand\s/g)) {
    out.push({ text: text.slice(last, m.index), index: index + last });
    last = m.index + m[0].length;
  }
  out.push({ text: text.slice(last), index: index + last });
  return out;
}

function isTitleLike(line: string, segmentCount: number): boolean {
  if (segmentCount < 2 || line.length < 8 || line.length > HEADLINE_MAX) return false;
  // A headline opens with a capital, a digit or a quotation mark: "from research organizations"
  // is a site's tagline.
  if (/^\p{Ll}/u.test(line)) return false;
  // A final period is allowed in a Title Case headline ("A Town Bet Big. Now the Bill Is Due.").
  const long = line.split(/\s+/).filter((w) => /^\p{L}{4,}/u.test(w));
  const titleCase = long.length > 0 && long.filter((w) => /^\p{Lu}/u.test(w)).length / long.length >= 0.6;
  if (/[:;,]$/.test(line) || (/\.$/.test(line) && !titleCase && !/\b(?:\p{Lu}\.){2,}$/u.test(line))) return false;
  const words = line.split(/\s+/).length;
  // (up to 40 words: a tabloid headline runs long, "Sun Villa star X is banned from driving after …")
  if (words < 2 || words > 40) return false;
  // A headline is not a quote-led paragraph, except in the feature shape "‘…’: Name on topic"
  // ("‘It looks like a graveyard’: seagrass loss … linked to dredging, scientists say").
  return !/^[“"‘'«]/.test(line) || words <= 14 || (/^[“"‘'«][^“”"‘’'«»]{3,160}[”"’'»]: \p{L}/u.test(line) && !/[.!?]$/.test(line));
}

// Body text: a sentence of eight words or more.
function isSentence(line: string): boolean {
  return /[.!?]["”’]?$/.test(line) && line.split(/\s+/).length >= 8;
}

// A site's name or a section label: up to four capitalised words ("The Iberia Courier", "NATION
// & WORLD", "Local News"), or a path ("FEATURES / FOOD & PLACE", "Home › World").
function isLabelLike(line: string): boolean {
  const words = line.trim().split(/\s+/);
  if (/\s[/›»>|·•]\s/.test(line) && words.length <= 8) return true;
  // "EL FARO DEL SUR in English": a site's name set in capitals.
  const capitals = words.filter((w) => /^\p{Lu}{2,}$/u.test(w)).length;
  if (words.length <= 8 && capitals >= 2 && capitals * 2 >= words.length) return true;
  // (or a two-word section name in sentence case: "Retail industry", "World news"; or a running
  // story's kicker: "Ukraine war latest", "Budget live", "Election explainer")
  if (words.length === 2 && /^\p{Lu}\p{Ll}+ \p{Ll}+$/u.test(line.trim())) return true;
  if (words.length <= 4 && /^\p{Lu}/u.test(line) && /\b(?:latest|live|updates|explainer|explained|analysis)$/i.test(line.trim())) return true;
  return words.length <= 5 && words.every((w) => /^(?:\p{Lu}[\p{L}'’&.-]*|&|\d{1,4})$/u.test(w));
}

function bioAuthor(text: string, authors: readonly Author[]): string | null {
  // (under its heading: "About the author\nPriya Natarajan is a senior writer …")
  text = text.replace(/^about the authors?\s*\n/i, '');
  if (text.length > 500) return null;
  // (or by the first name or surname alone of an author the byline gave: "Katrin reports on …",
  // "Ellsworth covers Congress …")
  const m = /^((?:\p{Lu}[\p{L}’'.-]*\.?\s+){0,4}\p{Lu}[\p{L}’'-]+)\s+(is|was|covers|reports|writes|has|taught|teaches|runs|joined|lives|edits)\b/u.exec(text);
  const one = m && !m[1]!.includes(' ') ? m[1]!.toLowerCase() : undefined;
  const byFirstName = one ? authors.find((a) => { const w = a.name.toLowerCase().split(/\s+/); return w.length > 1 && (w[0] === one || w[w.length - 1] === one); }) : undefined;
  if (!m || !(byFirstName || (m[1]!.includes(' ') && isNameShaped(m[1]!)))) return null;
  const afterName = text.slice(m[1]!.length);
  const firstSentence = afterName.slice(0, (afterName.search(/[.!?](\s|$)/) + 1) || afterName.length).toLowerCase();
  const verbs = BIO_VERBS.some((v) => firstSentence.includes(` ${v} `));
  const nouns = (m[2] === 'is' || m[2] === 'was') && BIO_NOUNS.some((n) => new RegExp(`\\b${n}s?\\b`).test(firstSentence));
  // A guest writer's bio: "… is a professor of … The views expressed are the author's own."
  const disclaimer = /\b(?:views|opinions) expressed\b/i.test(text);
  // (the byline's own author, in a short paragraph that gives a way to reach them)
  const reach = text.length <= 300 && /[\w.+-]@[\w-]+\.\w/.test(text) && (byFirstName !== undefined || authors.some((a) => a.name === m[1]));
  // (the byline's own author, "X is a former transport planner …": whatever the job)
  const self = (m[2] === 'is' || m[2] === 'was') && authors.some((a) => a.name === m[1]);
  return verbs || nouns || disclaimer || reach || self ? (byFirstName?.name ?? m[1]!) : null;
}

function deriveHeadline(lede: string): string | null {
  const first = lede.split(/(?<=[.!?])\s+(?=\p{Lu})/u)[0]?.trim();
  if (!first) return null;
  const sentence = first.replace(/[.!?]$/, '');
  if (sentence.length <= DERIVED_HEADLINE_MAX) return sentence;
  const cut = sentence.slice(0, DERIVED_HEADLINE_MAX - 1);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}


// The news agency a byline piece ends with ("Mary Jones Associated Press", "Reuters"), or null.
function trailingAgency(piece: string): string | null {
  const words = piece.split(/\s+/);
  // A tail longer than the longest agency name (and a leading "the") cannot match: start there.
  for (let k = Math.max(0, words.length - AGENCY_WORDS - 1); k < words.length; k++) {
    const tail = words.slice(k).join(' ');
    if (AGENCY_SET.has(tail.toLowerCase()) || AGENCY_SET.has(tail.replace(/^the /i, '').toLowerCase())) return tail;
  }
  return null;
}
