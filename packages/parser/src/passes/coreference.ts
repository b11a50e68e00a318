import type { Entity, Mention, Span } from '@newsmark/schema';
import type { MentionDraft, Pass, QuoteDraft, SpeakerRef } from '../context.js';
import { FRONTING_WORDS } from '../lexicon/common.js';
import { CUE_VERBS, OBJECT_PRONOUNS, POSSESSIVE_PRONOUNS, SPEAKER_PRONOUNS, SPOKESPERSON_NOUNS } from '../lexicon/cues.js';
import { canonicalPlace, firstNameGender, isCountry, isDemonym } from '../lexicon/gazetteer.js';
import { COMPANY_NOUNS, KNOWN_ORGS, NOUN_ALIASES, OF_HEADS, ORG_HEADS, ORG_NOUNS, ORG_SUFFIXES, PLACE_ABBREVIATIONS, PUBLIC_NOUNS, SCORE, SEAT_HEADS, SEAT_MODIFIERS, SPORTS_WORD } from '../lexicon/organizations.js';
import { HONORIFICS, NAME_CONNECTORS, PERSON_NOUNS, TITLE_ABBREVIATIONS, TITLES } from '../lexicon/titles.js';
import { writtenLowerCase } from '../lib/names.js';
import { lastAtOrBefore } from '../lib/search.js';
import { foldSpace, isFolded, isSpace } from '../text.js';

// A prepositional phrase opening a sentence, up to its comma: "Under questioning from X, …" (not
// "For X, …", which names whose view the sentence gives).
const FRONTED_PHRASE = new RegExp(`^(?:${[...FRONTING_WORDS].filter((w) => w !== 'for' && w !== 'by').map((w) => w[0]!.toUpperCase() + w.slice(1)).join('|')})\\b[^,.]{0,120},`);

const DESCRIPTION_SKIP = new Set('the|a|an|its|their|his|her|our'.split('|'));
// Public bodies are not "the company".
const ORG_HEADS_PUBLIC = /\b(?:Ministry|Department|Commission|Agency|Council|Government|Authority|Court|Police|Parliament|Congress|Senate|Office|Committee|Union|Association|Federation|University|Institute|School|Hospital|Party|Nations|Organization|Organisation)\b/;

interface Draft {
  type: Entity['type'];
  key: string;
  name: string;
  mentions: (Mention & { evidence: number })[];
  roles: Set<string>;
  aliases: Set<string>;
  gender?: 'm' | 'f' | 'u';
  value?: Entity['value'];
  speaker: boolean;
  /** Start offsets of its mentions, to refuse a second mention at the same place. */
  starts: Set<number>;
}

/** A mention in the position index, for lookups by offset. */
interface Indexed {
  start: number;
  end: number;
  d: Draft;
}

// How far back a description or pronoun looks, in mentions: enough for any article, bounded so
// that text made of thousands of quotes stays linear.
const LOOKBACK = 400

// Names are nearly always single-spaced: split those on the space, without a regex.
const tokensOf = (s: string) => (s === '' ? [] : isFolded(s) ? s.split(' ') : s.split(/\s+/).filter(Boolean));
// tokensOf(s).length without making the array: the number of runs of non-space characters.
function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 128 && isSpace(s[i]));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
// NFKC leaves ASCII text as it is, and the ICU call is most of what this costs.
const NON_ASCII = /[^\x00-\x7f]/;
// The same few organization names are keyed over and over (each mention, each lookup): keep
// recent keys. Cleared when full, so memory stays bounded whatever the input.
const KEY_CACHE_SIZE = 4096;
function cached(keyOf: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let key = cache.get(s);
    if (key === undefined) {
      if (cache.size >= KEY_CACHE_SIZE) cache.clear();
      key = keyOf(s);
      cache.set(s, key);
    }
    return key;
  };
}
// A name's key: NFKC, lower case, one apostrophe, no final period. Cheap enough to need no cache
// (a cache lookup costs more than the string calls for most names).
function norm(s: string): string {
  let key = (NON_ASCII.test(s) ? s.normalize('NFKC') : s).toLowerCase();
  if (key.includes('’')) key = key.replaceAll('’', "'");
  // (a name a hard-wrapped line broke, "Port of Hood\nRiver", is the same name on one line)
  key = foldSpace(key);
  return key.endsWith('.') ? key.slice(0, -1) : key;
}

/**
 * Merges mentions into entities and resolves each quote's speaker to an entity id.
 * People: a surname or honorific mention ("Maduro", "Ms Penrose") joins the full name introduced
 * earlier. Organizations: an acronym given in brackets, a known short form, or the name without
 * its legal suffix ("Solvane" ↔ "Solvane AG"). Speakers: names by the same rules; pronouns to
 * the nearest compatible earlier speaker or person; descriptions ("the company", "the Iranian
 * president") to the entity they were attached to.
 */
export const coreference: Pass = {
  name: 'coreference',
  run(ctx) {
    const { input } = ctx;
    const drafts: Draft[] = [];
    // Drafts by type, then by key: a lookup builds no "type:key" string to hash.
    const byKey = new Map<Draft['type'], Map<string, Draft>>();
    const keyed = (type: Draft['type']) => {
      let map = byKey.get(type);
      if (!map) byKey.set(type, (map = new Map()));
      return map;
    };
    const personKeys = keyed('person');
    const orgKeys = keyed('organization');
    const placeKeys = keyed('place');
    const speakerSpans = new Set<number>();
    for (const q of ctx.quotes) if (q.speaker?.kind === 'name') speakerSpans.add(q.speaker.span.start);

    // Lookup tables, kept up to date as drafts are added, so that each lookup is constant time.
    const bySurname = new Map<string, Draft>();
    const byMiddle = new Map<string, Draft>();
    const byGiven = new Map<string, Draft>();
    // First words that open two people's names: no lone word stands for either.
    const sharedFirst = new Set<string>();
    // The person the article names most, once it has been asked for (an interview's subject).
    let mostNamed: { d: Draft | undefined } | undefined;
    // Everyone with a surname, for "Mr Ogundipe" when Ms Ogundipe was introduced first.
    const surnameAll = new Map<string, Set<Draft>>();
    const orgByAlias = new Map<string, Draft>();
    const orgByFirst = new Map<string, Draft>();
    // First words of institutions named after their seat ("Galway" of "Galway Circuit Court").
    const seatPlaces = new Set<string>();
    // How many organizations' names each word opens: a word that opens two ("Basra Water
    // Directorate", "Basra Oil Company") names where they are, and read as a place it stays one.
    const firstOf = new Map<string, number>();
    const opensOrgs = (key: string) => (firstOf.get(key) ?? 0) >= 2;
    const add = (d: Draft) => {
      drafts.push(d);
      keyed(d.type).set(d.key, d);
      if (d.type === 'person') indexPerson(d);
      if (d.type === 'organization') {
        const words = tokensOf(d.key);
        // (not a place's name before its institution's words: "Galway" of "Galway Circuit Court")
        const seat = words.length > 1 && SEAT_HEADS.has(words[words.length - 1]!) && words.slice(1, -1).every((w) => SEAT_MODIFIERS.has(w));
        if (seat && !isDemonym(words[0]!) && !/(?:ean|ian|ese)$/.test(words[0]!)) seatPlaces.add(words[0]!);
        if (words.length > 1 && !ORG_HEADS.has(words[0]!)) firstOf.set(words[0]!, (firstOf.get(words[0]!) ?? 0) + 1);
        if (words.length > 1 && !seat && !ORG_HEADS.has(words[0]!) && !orgByFirst.has(words[0]!)) orgByFirst.set(words[0]!, d);
      }
      return d;
    };
    const indexPerson = (d: Draft) => {
      const words = tokensOf(d.key);
      if (words.length < 2) return;
      // Of two people with one surname, the bare surname stays with the one introduced first
      // ("Ferriter" is Dana Ferriter after her father Michael Ferriter appears); the other is
      // then written by given name ("Michael").
      const surname = words[words.length - 1]!;
      const family = surnameAll.get(surname);
      if (family === undefined) surnameAll.set(surname, new Set([d]));
      else family.add(d);
      const before = bySurname.get(surname);
      if (before === undefined || before === d || tokensOf(before.key).length < 2) bySurname.set(surname, d);
      if (!byGiven.has(words[0]!)) byGiven.set(words[0]!, d);
      else if (byGiven.get(words[0]!) !== d) sharedFirst.add(words[0]!);
      // "Park Ji-woo", "Kang Min-jae": a hyphenated given name after the surname (East Asian order).
      if (words.length === 2 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(tokensOf(d.name)[1] ?? '')) bySurname.set(words[0]!, d);
      for (const w of words.slice(1, -1)) byMiddle.set(w, d);
    };
    const addMention = (d: Draft, m: MentionDraft | { start: number; end: number; text: string; evidence: number }, kind?: Mention['kind']) => {
      if (d.starts.has(m.start)) return;
      const last = d.mentions[d.mentions.length - 1];
      if (last && last.span.start < m.end && m.start < last.span.end) return;
      d.starts.add(m.start);
      const entry: Mention & { evidence: number } = { text: m.text, span: { start: m.start, end: m.end }, evidence: m.evidence };
      if (kind) entry.kind = kind;
      d.mentions.push(entry);
      if (m.text !== d.name) {
        d.aliases.add(m.text);
        if (d.type === 'organization') orgByAlias.set(norm(m.text), d);
      }
    };
    const draft = (type: Draft['type'], key: string, name: string): Draft => ({ type, key, name, mentions: [], roles: new Set(), aliases: new Set(), speaker: false, starts: new Set() });

    const names: MentionDraft[] = [];
    const others: MentionDraft[] = [];
    for (const m of ctx.mentions) (m.type === 'person' || m.type === 'organization' || m.type === 'place' ? names : others).push(m);

    // First the mentions that carry their own type evidence, in text order, then lone words.
    const multi: MentionDraft[] = [];
    const single: MentionDraft[] = [];
    const headline: MentionDraft[] = [];
    for (const m of names) (m.headline ? headline : m.evidence > 0 || wordCount(m.text) > 1 ? multi : single).push(m);
    const recurring = new Map<string, number>();
    for (const m of single) if (!m.initial) recurring.set(norm(m.text), (recurring.get(norm(m.text)) ?? 0) + 1);
    // A word only ever written after an article or a possessive ("the Hajj", "the Internet", "his
    // Polaroids") is a common thing with a capital, not a name, however often it recurs.
    const bare = new Set<string>();
    for (const m of single) if (!DETERMINED.test(input.slice(Math.max(0, m.start - 12), m.start))) bare.add(norm(m.text));
    // "Manchester, Leeds, Sheffield, York and Newcastle": names listed with a known place, however
    // long the list, are places too (unless other evidence says otherwise).
    const listedPlaces = new Set<number>();
    const listedOrgs = new Set<number>();
    const andListed = new Set<number>();
    {
      const LIST = /^(?:,\s*|\s+and\s+|,\s+and\s+|\s+or\s+|,\s+or\s+)$/;
      let group: MentionDraft[] = [];
      // (a list with "and" or "or" in it: "In Chile, Tambraya said" may hold none)
      let joined = false;
      const close = () => {
        // (not "Wanjiru Kamau, Kenya’s environment minister": a possessive opens an appositive)
        if (group.some((x) => x.type === 'place' && x.evidence > 0 && !/^['’]s?\b/.test(input.slice(x.end, x.end + 3)))) {
          for (const x of group) if (x.evidence === 0) listedPlaces.add(x.start);
          if (joined) for (const x of group) if (x.evidence === 0) andListed.add(x.start);
        } else if (joined && group.some((x) => x.type === 'organization' && x.evidence > 0) && !group.some((x) => x.type === 'person' && x.evidence > 0)) {
          // "the IFC and Norfund", "Microsoft, Salesforce and …": names listed with an
          // organization, and with no place or person, are organizations too.
          // (not a common noun split off a long name: "Environment and Climate Change Canada")
          for (const x of group) if (x.evidence === 0 && !writtenLowerCase(input, norm(x.text).split(' ')[0]!)) listedOrgs.add(x.start);
        }
        group = [];
        joined = false;
      };
      for (const m of names) {
        const last = group[group.length - 1];
        const between = last ? input.slice(last.end, m.start) : '';
        if (last && !(last.end <= m.start && LIST.test(between))) close();
        else if (last) joined ||= /\b(?:and|or)\b/.test(between);
        group.push(m);
      }
      close();
    }
    // (a word listed with a place once, in a list with "and" or "or", is a place wherever else it
    // stands: "from Rotorua and Napier", then "the Napier line")
    // (not a word that speaks somewhere, "Tambraya said", nor one placed in another place: "Ferrolho
    // in Lisbon and Halvmåne in Copenhagen")
    const listedKeys = new Set<string>();
    for (const m of names) if (andListed.has(m.start) && !/^\s+in\s/.test(input.slice(m.end, m.end + 4))) listedKeys.add(norm(m.text));
    for (const m of names) if (speakerSpans.has(m.start)) listedKeys.delete(norm(m.text));
    for (const m of multi) {
      // "sold to Halvorsen": a place read from context alone that names a company or person;
      // "Hollis's lawyer": an organization read from context alone that is a person's surname.
      const guessed = m.evidence < 2 && wordCount(m.text) === 1;
      const known = guessed && m.type === 'place' ? (opensOrgs(norm(m.text)) ? undefined : findOrg(norm(m.text)) ?? findPerson(norm(m.text))) : guessed && m.type === 'organization' && !findOrg(norm(m.text)) ? findPerson(norm(m.text)) : undefined;
      if (known) addMention(known, m, 'name');
      else if (m.type === 'organization') orgMention(m);
      else if (m.type === 'place') placeMention(m);
      else if (m.evidence === 0 && listedPlaces.has(m.start)) placeMention({ ...m, evidence: 1 });
      else if (m.evidence === 0 && listedOrgs.has(m.start)) orgMention({ ...m, evidence: 1 });
      // (a name no rule typed, that the article already named as a place: "filed by Rio Grande do Sul")
      else if (m.evidence === 0 && placeKeys.has(norm(m.text))) placeMention(m);
      else personMention(m);
    }
    // "the University", "the Ministry": an organization's head word, capitalised after "the",
    // is its short form; which organization is settled once every name is in the index below.
    const headForms: MentionDraft[] = [];
    for (const m of single) {
      const key = norm(m.text);
      if (ORG_HEADS.has(key) && /\bthe\s$/i.test(input.slice(Math.max(0, m.start - 4), m.start))) {
        headForms.push(m);
        continue;
      }
      const person = findPerson(key, m.role ? genderOf(m) : undefined);
      if (person) {
        addMention(person, m, 'surname');
        continue;
      }
      const opened = opensOrgs(key) ? placeKeys.get(key) : undefined;
      if (opened) {
        addMention(opened, m, 'name');
        continue;
      }
      const org = findOrg(key);
      if (org) {
        addMention(org, m, org.aliases.has(m.text) && /^\p{Lu}+$/u.test(m.text) ? 'acronym' : 'name');
        continue;
      }
      // A capital that only opens a sentence is no evidence of a name by itself.
      if (m.initial) continue;
      // A word the article keeps capitalising mid-sentence is a name even if no list knows it:
      // a first name alone ("Gloria") is a person, anything else most often an organization.
      const place = placeKeys.get(key);
      if (place) {
        addMention(place, m, 'name');
        continue;
      }
      // (not a label before a number: "Turn 6", "Pool 2")
      if ((recurring.get(key) ?? 0) >= 2 && bare.has(key) && !m.role && !speakerSpans.has(m.start) && nameLikeWord(m.text) && !TITLES.has(key) && !/^\s\d/.test(input.slice(m.end, m.end + 2))) {
        if (listedKeys.has(key) || seatPlaces.has(key)) placeMention({ ...m, evidence: 1 });
        else if (firstNameGender(m.text) !== undefined) personMention({ ...m, evidence: 1 });
        else orgMention({ ...m, evidence: 1 });
        continue;
      }
      // A lone word before which a title stood ("Mr Diaz") is a person; a lone unknown word
      // that speaks ("Lumora said") with no person of that name is more often a company (a title
      // that speaks, "the Taoiseach said", is its holder's, settled with the quotes).
      if (m.role !== undefined && !TITLES.has(key)) personMention({ ...m, evidence: 1 });
      else if (speakerSpans.has(m.start) && !TITLES.has(key)) orgMention({ ...m, evidence: 1 });
      // In a list with a place: "Middlesbrough, Hartlepool and Stockton-on-Tees"; or with an
      // organization.
      else if (listedPlaces.has(m.start)) placeMention({ ...m, evidence: 1 });
      else if (listedOrgs.has(m.start)) orgMention({ ...m, evidence: 1 });
    }

    // Headline words join an entity the body names (a surname, an organization, a place), or a
    // place or organization the lists know; nothing else in a headline is taken for a name.
    for (const m of headline) {
      const key = norm(m.text);
      // (an acronym only in capitals: "The Woman Who Listens" names no World Health Organization)
      const expands = KNOWN_ORGS.get(key);
      if (expands !== undefined && expands.toLowerCase() !== key && m.text !== m.text.toUpperCase()) continue;
      const known = findPerson(key) ?? findOrg(key) ?? placeKeys.get(norm(canonicalPlace(m.text) ?? PLACE_ABBREVIATIONS.get(key) ?? m.text));
      if (known) addMention(known, m, known.type === 'person' && wordCount(known.key) > 1 ? 'surname' : 'name');
      else if (expands !== undefined) orgMention({ ...m, evidence: 2 });
    }

    function personMention(m: MentionDraft) {
      const key = norm(m.text);
      const existing = findPerson(key, m.role ? genderOf(m) : undefined);
      if (existing) {
        addMention(existing, m, wordCount(m.text) > 1 ? 'name' : 'surname');
        if (m.role) existing.roles.add(m.role);
        if (wordCount(m.text) > wordCount(existing.name)) existing.name = m.text;
        if (wordCount(key) > wordCount(existing.key)) {
          existing.key = key;
          indexPerson(existing);
        }
        return;
      }
      const d = add(draft('person', key, m.text));
      const g = genderOf(m);
      if (g) d.gender = g;
      if (m.role) d.roles.add(m.role);
      addMention(d, m, 'name');
      const apposition = /^,\s+(?:the|a|an|who is|who was)\s+([^,.;]{2,80})[,.;]/.exec(input.slice(m.end, m.end + 90));
      if (apposition) {
        d.roles.add(apposition[1]!);
        // "Darnell Hughes, a crane operator, …": the appositive is evidence of a person.
        d.mentions[d.mentions.length - 1]!.evidence = Math.max(1, m.evidence);
      }
    }
    // orgMention and placeMention make the mention an organization's or a place's whatever its
    // draft type (a lone word typed from the rest of the article keeps its 'person' draft type).
    function orgMention(m: MentionDraft) {
      const normal = norm(m.text);
      const known = KNOWN_ORGS.get(normal);
      const d = findOrg(normal) ?? add(draft('organization', orgKey(m.text), known ?? m.text));
      addMention(d, m, /^\p{Lu}{2,}$/u.test(m.text) ? 'acronym' : 'name');
      if (m.acronym) {
        const acronym = norm(m.acronym.text);
        d.aliases.add(m.acronym.text);
        orgByAlias.set(acronym, d);
        orgKeys.set(acronym, d);
      }
      if (known && wordCount(known) >= wordCount(d.name)) d.name = known;
      else if (wordCount(m.text) > wordCount(d.name) && !KNOWN_ORGS.has(norm(d.name))) d.name = m.text;
    }
    function placeMention(m: MentionDraft) {
      // "Paris" after "Valeska Paris": the surname of a person the article named.
      if (wordCount(m.text) === 1) {
        const person = bySurname.get(norm(m.text));
        if (person) return addMention(person, m, 'surname');
      }
      // "ROTTERDAM" in a dateline is Rotterdam.
      const written = /^[\p{Lu}\s.'’-]+$/u.test(m.text) && m.text.length > 3 ? m.text.toLowerCase().replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()) : m.text;
      const canonical = PLACE_ABBREVIATIONS.get(norm(m.text)) || canonicalPlace(written) || written;
      const key = norm(canonical);
      const d = placeKeys.get(key) ?? add(draft('place', key, canonical));
      addMention(d, m, 'name');
    }
    function findPerson(key: string, gender?: 'm' | 'f' | 'u'): Draft | undefined {
      const direct = personKeys.get(key);
      if (direct) return direct;
      // A surname, a middle name, or a shorter or longer form of a person introduced earlier.
      // (Most keys looked up are one word: those need no split.)
      if (key !== '' && key.indexOf(' ') < 0 && isFolded(key)) return surnameFor(key, gender) ?? byMiddle.get(key) ?? givenOnly(key);
      const parts = tokensOf(key);
      const last = parts[parts.length - 1]!;
      if (parts.length === 1) return bySurname.get(last) ?? byMiddle.get(last) ?? givenOnly(last);
      const d = bySurname.get(last);
      if (!d) return undefined;
      const full = tokensOf(d.key);
      if (parts.length < full.length && parts.every((p) => full.includes(p))) return d;
      if (parts.length > full.length && full.every((p) => parts.includes(p))) return d;
      return undefined;
    }
    // The person a bare surname names; an honorific's gender picks among a family ("Mr Ogundipe").
    function surnameFor(key: string, gender: 'm' | 'f' | 'u' | undefined): Draft | undefined {
      const first = bySurname.get(key);
      if (first === undefined || (gender !== 'm' && gender !== 'f') || first.gender !== (gender === 'm' ? 'f' : 'm')) return first;
      for (const d of surnameAll.get(key) ?? []) if (d.gender !== first.gender) return d;
      return first;
    }
    // "Michael" for Michael Ferriter: a known given name alone, for the person introduced with it;
    // and any first word that opens one person's name only: a family name written first ("Zhao"
    // for Zhao Lei, "Ri" for Ri Son-gwon), a given name no list knows ("Kezia").
    // (the person must be one by evidence, not a name run no rule has typed yet: "House" is no
    // one's first name in "House Freedom Caucus")
    function givenOnly(key: string): Draft | undefined {
      if (firstNameGender(key) !== undefined) return byGiven.get(key);
      const d = sharedFirst.has(key) ? undefined : byGiven.get(key);
      return d && d.mentions.some((m) => m.evidence > 0) ? d : undefined;
    }
    function findOrg(key: string): Draft | undefined {
      return (
        orgKeys.get(key) ??
        orgKeys.get(orgKey(key)) ??
        orgByAlias.get(key) ??
        // A short form: "Calloway" for "Calloway Freight plc", "Kingsholm" for "Kingsholm United".
        (wordCount(key) === 1 && !ORG_HEADS.has(key) && !seatPlaces.has(key) ? orgByFirst.get(key) : undefined)
      );
    }

    // Every name mention so far, by position: speakers and descriptions look things up here.
    // (Only people, organizations and places are drafted yet: dates, money and quantities join
    // after the speakers are resolved, so a date is never a speaker: "…, Tuesday said".)
    const index: Indexed[] = [];
    for (const d of drafts) for (const m of d.mentions) index.push({ start: m.span.start, end: m.span.end, d });
    index.sort((a, b) => a.start - b.start);
    const quoteSpans: Span[] = [];
    for (const q of ctx.quotes) if (q.kind !== 'nested') quoteSpans.push(q.span);
    const inQuote = (at: number) => {
      const q = quoteSpans[lastAtOrBefore(quoteSpans, at)];
      return q !== undefined && at < q.end;
    };

    for (const m of headForms) {
      const head = norm(m.text);
      const d = nearestOrgNamed(head, m.start);
      if (d) addMention(d, m, 'name');
    }

    // Speakers, in text order: a pronoun looks back at the speakers and people before it.
    const speakerIds: (Draft | undefined)[] = [];
    ctx.quotes.forEach((q, qi) => {
      speakerIds[qi] = q.kind === 'nested' || q.kind === 'scare' ? undefined : resolveSpeaker(q, qi);
      if (speakerIds[qi]) speakerIds[qi]!.speaker = true;
    });

    function resolveSpeaker(q: QuoteDraft, qi: number): Draft | undefined {
      if (q.sameAs !== undefined) return speakerIds[q.sameAs];
      if (q.interviewee) return mostNamedPerson();
      const ref = q.speaker;
      if (!ref) return undefined;
      if (ref.kind === 'name') return nameSpeaker(ref);
      if (ref.kind === 'pronoun') return pronounSpeaker(ref, qi);
      return appositiveName(ref) ?? trailingName(ref) ?? descriptionSpeaker(ref);
    }

    // "said the cellist Fenella Marsh": a description that ends in a person's name is that person;
    // "according to the Wisconsin Department of Natural Resources": an organization's name after
    // its article is that organization.
    function trailingName(ref: SpeakerRef): Draft | undefined {
      const hit = index[lastAtOrBefore(index, ref.span.end - 1)];
      if (!hit || hit.end !== ref.span.end || hit.start <= ref.span.start) return undefined;
      if (hit.d.type === 'person') return hit.d;
      return hit.d.type === 'organization' && /^the\s+$/i.test(input.slice(ref.span.start, hit.start)) ? hit.d : undefined;
    }

    function nameSpeaker(ref: SpeakerRef): Draft | undefined {
      // The name is the last capitalised run: "Kingsholm manager Declan Moyo" → "Declan Moyo";
      // but a person "of" an organization is the person: "Frederike Olsen of Bankhaus Leitner".
      let words = ref.text.split(/\s+/);
      const of = words.indexOf('of');
      if (of >= 2 && !OF_HEADS.has(norm(words[of - 1]!)) && words.slice(0, of).every((w) => /^\p{Lu}/u.test(w))) words = words.slice(0, of);
      const lastLower = words.findLastIndex((w, i) => i < words.length - 1 && !NAME_CONNECTORS.has(w) && (/^\p{Ll}/u.test(w) || (TITLES.has(norm(w)) && !TITLES.has(norm(words[i + 1]!)))));
      if (lastLower >= 0) words = words.slice(lastLower + 1);
      // "the Taoiseach said", "the Prime Minister said": a title alone is the person it was given
      // to, not a name of its own.
      const titled = words.map(norm).filter((w) => !DESCRIPTION_SKIP.has(w));
      if (titled.length > 0 && titled.every((w) => TITLES.has(w))) {
        // ("Her Honour": the judge)
        if (titled.length === 1 && /^honou?r$/.test(titled[0]!)) return nearest('person', ref.span.start, (d) => ['judge', 'magistrate', 'justice'].some((w) => holdsRole(d, [w], [w])));
        return nearest('person', ref.span.start, (d) => holdsRole(d, titled, titled));
      }
      // "the Spaniard said", "the German said": a nationality for the person just named.
      if (titled.length === 1 && (isDemonym(titled[0]!) || PERSON_NOUNS.has(titled[0]!))) return personJustNamed(ref.span.start, PERSON_NOUNS.get(titled[0]!) ?? 'u');
      const coreStart = ref.span.start + ref.text.lastIndexOf(words.join(' '));
      const coreEnd = coreStart + words.join(' ').length;
      for (let k = lastAtOrBefore(index, coreEnd - 1); k >= 0 && index[k]!.end > coreStart - 200; k--) {
        const hit = index[k]!;
        // (a country speaks for its government: "North Korea said" is the place's mention, not a
        // second entity over the same words)
        if (hit.start < coreEnd && coreStart < hit.end) return hit.d;
      }
      // "Police said": a generic organization noun stands for the article's organization of that kind.
      if (words.length === 1 && ORG_NOUNS.has(norm(words[0]!))) {
        const kind = norm(words[0]!);
        const byKind = nearestOrgNamed(kind, ref.span.start);
        if (byKind) return byKind;
      }
      // Titles are not part of the name: "Ms Penrose" → "Penrose".
      let k = 0;
      let gender: 'm' | 'f' | 'u' | undefined;
      while (k < words.length - 1 && TITLES.has(norm(words[k]!))) {
        gender ??= HONORIFICS.get(norm(words[k]!));
        k++;
      }
      while (k < words.length - 1 && isDemonym(words[k]!)) k++;
      const name = words.slice(k).join(' ');
      const key = norm(name);
      const found = findPerson(key, gender) ?? findOrg(key);
      if (found) return found;
      if (isDemonym(name) || PLACE_ABBREVIATIONS.has(key)) return undefined;
      // "Analysts said", "Diplomats said": a common noun that opens the sentence, which the
      // article also writes in lower case, is no name.
      // (but "Analysts at Harcourt Lane Securities said": the organization they speak for)
      if (words.length - k === 1 && writtenLowerCase(input, key) && firstNameGender(name) === undefined) {
        const at = /^\s+(?:at|from|with)\s+(?:the\s+)?/.exec(input.slice(ref.span.end, ref.span.end + 12));
        const hit = at ? index[lastAtOrBefore(index, ref.span.end + at[0].length)] : undefined;
        return hit && hit.start === ref.span.end + at![0].length && hit.d.type === 'organization' ? hit.d : undefined;
      }
      const start = ref.span.start + ref.text.indexOf(name);
      // A date or an amount is no speaker: "According to the bureau, Tuesday could bring …".
      const other = others[lastAtOrBefore(others, start + name.length - 1)];
      if (other !== undefined && other.end > start) return undefined;
      const type = ORG_HEADS.has(norm(words[words.length - 1]!)) ? 'organization' : 'person';
      const d = add({ ...draft(type, type === 'organization' ? orgKey(name) : key, name), speaker: true });
      if (gender) d.gender = gender;
      addMention(d, { start, end: start + name.length, text: name, evidence: 1 }, 'name');
      return d;
    }

    function pronounSpeaker(ref: SpeakerRef, qi: number): Draft | undefined {
      // Object forms read as their subject forms: "according to her" → she.
      const pronoun = ref.text.toLowerCase();
      const want = SPEAKER_PRONOUNS.get(OBJECT_PRONOUNS.get(pronoun) ?? POSSESSIVE_PRONOUNS.get(pronoun) ?? pronoun);
      const compatible = (d: Draft | undefined) => {
        if (!d) return false;
        if (want === 'org' || want === 'plural') return d.type === 'organization' || (want === 'plural' && d.type === 'person');
        if (d.type !== 'person') return false;
        return !d.gender || d.gender === 'u' || d.gender === want;
      };
      // An earlier quote's speaker in the same paragraph: "“…,” Smith said. “…,” he added."
      const block = ctx.quotes[qi]!.block;
      for (let p = qi - 1; p >= 0 && ctx.quotes[p]!.endBlock === block; p--) {
        if (compatible(speakerIds[p])) return speakerIds[p];
      }
      // Else the subject of the nearest sentence before it that names a compatible person: the
      // first such mention in that sentence, outside quoted words.
      for (let si = lastAtOrBefore(ctx.sentences, ref.span.start); si >= 0 && si >= lastAtOrBefore(ctx.sentences, ref.span.start) - 12; si--) {
        const s = ctx.sentences[si]!;
        if (s.block < block - 3) break;
        // The pronoun's own sentence counts too, up to the pronoun: "Earl Dupree, 71, …, said he".
        const until = Math.min(s.end, ref.span.start);
        // "A spokeswoman for the Nelson company said …. “…,” she said.": the spokeswoman speaks
        // for the organization.
        // (A pronoun's gender is never 'u': "spokesperson" suits any pronoun, "spokeswoman" only
        // "she", "spokesman" any other.)
        const spokes = SPOKES_SUBJECT.exec(input.slice(s.start, until));
        const noun = spokes?.[1]!.toLowerCase();
        if (spokes && (want === 'm' || want === 'f') && (noun === 'spokesperson' || (noun === 'spokeswoman') === (want === 'f'))) {
          const phrase = spokes[0].slice(0, spokes[0].lastIndexOf(' '));
          const org = descriptionSpeaker({ text: phrase, span: { start: s.start, end: s.start + phrase.length }, kind: 'description' });
          if (org) return org;
        }
        // The first person in the sentence whose gender is known to match, else the first of
        // unknown gender ("Kingsholm's chairwoman, Ruth Ambrose, said …" → she = Ambrose).
        // (a name in a phrase fronting the sentence is not its subject: "Under questioning from
        // MSP Rhoda Gillespie, Ms Linklater conceded …" → she = Linklater)
        const fronted = FRONTED_PHRASE.exec(input.slice(s.start, until));
        const frontEnd = fronted ? s.start + fronted[0].length : s.start;
        let first: { d: Draft; rank: number } | undefined;
        for (let k = lastAtOrBefore(index, s.start - 1) + 1; k < index.length && index[k]!.start < until; k++) {
          const { d, start } = index[k]!;
          if (!compatible(d) || inQuote(start)) continue;
          const rank = (d.type === 'person' && d.gender === want ? 0 : 1) + (start < frontEnd ? 2 : 0);
          if (!first || rank < first.rank) first = { d, rank };
        }
        if (first) return first.d;
      }
      // A paragraph of quote alone continues the previous paragraph's last speaker.
      for (let p = qi - 1; p >= 0 && block - ctx.quotes[p]!.endBlock <= 1; p--) {
        if (compatible(speakerIds[p])) return speakerIds[p];
      }
      return undefined;
    }

    function opensSentence(at: number): boolean {
      const sentence = ctx.sentences[lastAtOrBefore(ctx.sentences, at)];
      // (after at most two words: "The American Red Cross said")
      return sentence !== undefined && at - sentence.start <= 40 && /^(?:\S+\s+){0,2}$/.test(input.slice(sentence.start, at));
    }

    function blockOf(at: number): number {
      return lastAtOrBefore(ctx.blocks, at);
    }

    // "Oman’s undersecretary for diplomatic affairs, Sheikh Khalfan …, said": the person the
    // description's appositive names.
    function appositiveName(ref: SpeakerRef): Draft | undefined {
      const comma = /^,\s+/.exec(input.slice(ref.span.end, ref.span.end + 4));
      if (!comma) return undefined;
      let at = ref.span.end + comma[0].length;
      // (past the titles before the name: "Sheikh", "Dr.")
      for (let w = /^(\p{L}+)\.?\s+/u.exec(input.slice(at, at + 20)); w && TITLES.has(w[1]!.toLowerCase()); w = /^(\p{L}+)\.?\s+/u.exec(input.slice(at, at + 20))) at += w[0].length;
      const hit = index[lastAtOrBefore(index, at)];
      return hit && hit.start === at && hit.d.type === 'person' && input[hit.end] === ',' ? hit.d : undefined;
    }

    // The person the article names most: an interview's subject (found once, however many
    // answers ask: see `mostNamed`).
    function mostNamedPerson(): Draft | undefined {
      if (mostNamed) return mostNamed.d;
      let best: Draft | undefined;
      for (const d of drafts) if (d.type === 'person' && d.mentions.length > (best?.mentions.length ?? 1)) best = d;
      mostNamed = { d: best };
      return best;
    }

    function descriptionSpeaker(ref: SpeakerRef): Draft | undefined {
      const words = ref.text.toLowerCase().replace(/[’']s\b/g, '').split(/\s+/);
      // "a spokeswoman for Solvane" / "Solvane's spokesman": the organization speaks.
      const spokes = words.findIndex((w) => SPOKESPERSON_NOUNS.has(w));
      if (spokes >= 0) {
        const rest = ref.text.split(/\s+/).slice(spokes + 1).join(' ').replace(/^(?:for|of|at|from)\s+(?:the\s+)?/i, '');
        const before = ref.text.split(/\s+/).slice(0, spokes).join(' ').replace(/^(?:the|a|an)(?:\s+|$)/i, '').replace(/[’']s$/, '');
        const named = (rest && (findOrg(norm(rest)) ?? findPerson(norm(rest)))) || (before && findOrg(norm(before)));
        if (named) return named;
        // "the spokesman" alone: the person introduced with that role ("Foreign Ministry spokesman X").
        if (!rest && !before) {
          const person = nearest('person', ref.span.start, (d) => [...d.roles].some((r) => norm(r).split(/\s+/).includes(words[spokes]!)));
          if (person) return person;
        }
        // "a department spokesperson": the nearest organization whose name has that word.
        const kind = norm(before).split(/\s+/).pop();
        const byKind = kind ? nearestOrgNamed(kind, ref.span.start) : undefined;
        return byKind ?? nearest('organization', ref.span.start);
      }
      // (a noun for an organization by another of its words: "the bench" for the court that sat)
      const head = NOUN_ALIASES.get(words[words.length - 1]!) ?? words[words.length - 1]!;
      if (ORG_NOUNS.has(head)) {
        // "the central bank": the organization named most whose name has all the description's
        // words, else the nearest one with its head word.
        const inner = words.filter((w) => !DESCRIPTION_SKIP.has(w));
        const matching = prominent(ref.span.start, (d) => d.type === 'organization' && inner.every((w) => norm(d.name).includes(w))) ?? nearest('organization', ref.span.start, (d) => norm(d.name).includes(head));
        if (matching) return matching;
        // "the infrastructure ministry said": a public body the article names only this way is an
        // organization of its own, not whichever organization was named last.
        const named = ref.text.replace(/^(?:the|a|an)\s+/i, '');
        if (PUBLIC_NOUNS.has(head) && named.split(/\s+/).length >= 2 && !/[’']s\b|^(?:its|his|her|their|our)\b/i.test(named)) {
          const key = norm(named);
          const d = orgKeys.get(key) ?? add({ ...draft('organization', key, named), speaker: true });
          const start = ref.span.start + ref.text.indexOf(named);
          addMention(d, { start, end: start + named.length, text: named, evidence: 1 }, 'description');
          return d;
        }
        // "the company": a company named earlier in the same paragraph (outside the quote), else the article's main
        // company (the one named most so far), rather than whichever organization came last.
        if (COMPANY_NOUNS.has(head)) {
          const block = blockOf(ref.span.start);
          const business = (d: Draft, inBlock: (b: number) => boolean, subject: boolean) =>
            !ORG_HEADS_PUBLIC.test(d.name) && d.mentions.some((m) => m.span.start < ref.span.start && inBlock(blockOf(m.span.start)) && !inQuote(m.span.start) && (!subject || opensSentence(m.span.start) || CUE_VERBS.has(/^\s+(\p{Ll}+)/u.exec(input.slice(m.span.end, m.span.end + 14))?.[1] ?? '')));
          const local = nearest('organization', ref.span.start, (d) => business(d, (b) => b === block, false));
          // (else one that opened a sentence of the paragraph before, or spoke in it: "Velmar
          // Chemie … said it had cut output. / “…,” the company said.", "In a statement, Tirelo
          // Platinum said …")
          const previous = local ?? nearest('organization', ref.span.start, (d) => business(d, (b) => b === block - 1, true));
          return previous ?? prominent(ref.span.start, (d) => d.type === 'organization' && !ORG_HEADS_PUBLIC.test(d.name));
        }
        // Else the organization that last opened a sentence ("Immigration New Zealand said in a
        // statement …. “…,” the agency said."), rather than one named in passing.
        const block = blockOf(ref.span.start);
        const subject = nearest('organization', ref.span.start, (d) => d.mentions.some((m) => m.span.start < ref.span.start && blockOf(m.span.start) >= block - 1 && opensSentence(m.span.start)));
        return subject ?? nearest('organization', ref.span.start);
      }
      // "the 27-year-old", "the 54-year-old herder": the person whose age that is ("Villalobos,
      // 27,"), else the one the story is about.
      const age = words.map((w) => /^(\d{1,3})-year-old$/.exec(w)?.[1]).find((a) => a !== undefined);
      if (age) {
        const aged = nearest('person', ref.span.start, (d) => d.mentions.some((m) => input.startsWith(`, ${age}`, m.span.end) || input.slice(Math.max(0, m.span.start - 16), m.span.start).includes(`${age}-year-old`)));
        return aged ?? prominent(ref.span.start, (d) => d.type === 'person');
      }
      // "the Iranian president", "the biologist": the person that role was attached to.
      const holder = nearest('person', ref.span.start, (d) => holdsRole(d, [head], words.filter((w) => !DESCRIPTION_SKIP.has(w))));
      if (holder) return holder;
      // "the mother of four said", "the farmer said": a noun for a person is the person the
      // paragraph or the one before was about, of that gender.
      const of = words.indexOf('of');
      const kind = PERSON_NOUNS.get(of > 0 ? words[of - 1]! : head);
      return kind ? personJustNamed(ref.span.start, kind) : undefined;
    }

    // The person of that gender ('u': any) the paragraph at `at` or the one before was about:
    // the last one whose name opened a sentence there (as its subject: not "Brennecke's engineer"),
    // else the last one named there.
    function personJustNamed(at: number, kind: 'm' | 'f' | 'u'): Draft | undefined {
      const block = blockOf(at);
      const fits = (d: Draft, subject: boolean) =>
        (kind === 'u' || !d.gender || d.gender === 'u' || d.gender === kind) && d.mentions.some((m) => m.span.start < at && blockOf(m.span.start) >= block - 1 && (!subject || (opensSentence(m.span.start) && !/^['’]/.test(input.charAt(m.span.end)))));
      return nearest('person', at, (d) => fits(d, true)) ?? nearest('person', at, (d) => fits(d, false));
    }

    function prominent(before: number, accept: (d: Draft) => boolean): Draft | undefined {
      const counts = new Map<Draft, number>();
      let best: Draft | undefined;
      for (let k = lastAtOrBefore(index, before - 1), seen = 0; k >= 0 && seen < LOOKBACK; k--, seen++) {
        const { d } = index[k]!;
        if (!accept(d)) continue;
        const n = (counts.get(d) ?? 0) + 1;
        counts.set(d, n);
        // Ties go to the one named last, which the backward walk met first.
        if (!best || n > counts.get(best)!) best = d;
      }
      return best;
    }

    // The nearest organization before `before` with `word` among the words of its name.
    function nearestOrgNamed(word: string, before: number): Draft | undefined {
      return nearest('organization', before, (d) => tokensOf(norm(d.name)).includes(word));
    }

    function nearest(type: Draft['type'], before: number, accept: (d: Draft) => boolean = () => true): Draft | undefined {
      for (let k = lastAtOrBefore(index, before - 1), seen = 0; k >= 0 && seen < LOOKBACK; k--, seen++) {
        const { d, end } = index[k]!;
        if (end <= before && d.type === type && accept(d)) return d;
      }
      return undefined;
    }

    // Dates, money and quantities: one entity per distinct value.
    for (const m of others) {
      const key = m.value?.iso ?? norm(m.text);
      const d = keyed(m.type).get(key) ?? add(draft(m.type, key, m.text));
      if (m.value && !d.value) d.value = m.value;
      addMention(d, m);
      for (const part of m.parts ?? []) d.aliases.add(part);
    }

    // A match report ("Belgium 3 – 0 Panama", "Sweden defeated South Korea"): a country that
    // plays is its national team, an organization.
    if (SPORTS_WORD.test(input) && SCORE.test(input)) {
      for (const d of drafts) if (d.type === 'place' && isCountry(d.name) && d.mentions.some((m) => playsMatch(input, m.span))) d.type = 'organization';
    }

    // "Moved 11 side projects to Lumora", then "Lumora's rivals": a lone word read as a place only
    // from the words around it, that the article also names as an organization, is that
    // organization (a gazetteer's place keeps its own entity: "Georgia" the state and the club).
    for (let x = drafts.length - 1; x >= 0; x--) {
      const d = drafts[x]!;
      if (d.type !== 'place' || d.speaker || d.key.includes(' ') || d.mentions.some((m) => m.evidence > 1)) continue;
      const org = orgKeys.get(d.key);
      if (!org || !org.mentions.some((m) => m.evidence > 0)) continue;
      for (const m of d.mentions) addMention(org, { start: m.span.start, end: m.span.end, text: m.text, evidence: m.evidence }, m.kind);
      org.mentions.sort((a, b) => a.span.start - b.span.start);
      drafts.splice(x, 1);
    }

    // Keep people with some evidence: a gazetteer first name or title, a speaker, or more than
    // one mention. A capitalised pair with none of these is too often a phrase, not a name.
    const kept = drafts.filter((d) => (d.type !== 'person' && d.type !== 'organization') || d.speaker || d.mentions.length > 1 || d.mentions.some((m) => m.evidence > 0));
    const firstAt = new Map<Draft, number>();
    for (const d of kept) {
      let min = Infinity;
      for (const m of d.mentions) if (m.span.start < min) min = m.span.start;
      firstAt.set(d, min);
    }
    kept.sort((a, b) => firstAt.get(a)! - firstAt.get(b)!);
    const ids = new Map<Draft, string>();
    const out: Entity[] = kept.map((d, i) => {
      const id = `e${i + 1}`;
      ids.set(d, id);
      const mentions = d.mentions.map(withoutEvidence).sort((a, b) => a.span.start - b.span.start);
      const name = foldSpace(d.name);
      const e: Entity = { id, type: d.type, name, mentions };
      const aliases: string[] = [];
      for (const alias of d.aliases) {
        const a = foldSpace(alias);
        if (a !== name && !aliases.includes(a)) aliases.push(a);
      }
      if (aliases.length) e.aliases = aliases;
      if (d.roles.size) e.roles = [...d.roles];
      if (d.value) e.value = d.value;
      return e;
    });
    return { ...ctx, entities: out, speakerIds: speakerIds.map((d) => (d ? ids.get(d) : undefined)) };
  },
};

// A sentence whose subject is a spokesperson: "A spokeswoman for the Nelson company said".
const SPOKES_SUBJECT = /^(?:an? |the )?(?:[\p{L}’'-]+ ){0,3}?(spokes(?:wo)?man|spokesperson)\b[^.,;“"]{0,60}? (?:said|says|told|added)\b/iu;
const DETERMINED = /\b(?:the|a|an|his|her|its|their|our|your|my|this|that|these|those|\d+) $/i;
const PLAYS_AFTER = /^,? ?(?:\d{1,2} ?[–-] ?\d{1,2}\b|(?:defeated|beat|beats|faced|faces|drew|draws|lost|loses|won|wins|scored|trailed|led|qualified|knocked|thrashed|edged)\b)/;
const PLAYS_BEFORE = /(?:\b\d{1,2} ?[–-] ?\d{1,2}(?: to)?|\b(?:defeated|beat|beats|faced|faces|against|versus|vs\.?|thrashed|edged)) ?$/;

// Whether a mention is a side in a match: next to a score, or subject or object of a match verb.
function playsMatch(input: string, span: { start: number; end: number }): boolean {
  return PLAYS_AFTER.test(input.slice(span.end, span.end + 24)) || PLAYS_BEFORE.test(input.slice(Math.max(0, span.start - 24), span.start));
}

// A mention as the model has it, without the evidence score kept while merging.
function withoutEvidence(m: Mention & { evidence: number }): Mention {
  const out: Mention = { text: m.text, span: m.span };
  if (m.kind !== undefined) out.kind = m.kind;
  return out;
}

function genderOf(m: MentionDraft): 'm' | 'f' | 'u' | undefined {
  if (m.role) {
    for (const w of m.role.split(/\s+/)) {
      const g = HONORIFICS.get(norm(w));
      if (g && g !== 'u') return g;
    }
  }
  const words = m.text.split(/\s+/);
  const given = words[0] ? firstNameGender(words[0]) : undefined;
  if (given !== undefined || words.length < 2) return given;
  // Slavic surnames carry gender: "Wrzesińska", "Petrova", "Nováková" (f); "Kowalski", "Kędzierski" (m).
  const surname = words[words.length - 1]!;
  if (/(?:ska|cka|dzka|ová|ova|eva)$/.test(surname)) return 'f';
  if (/(?:ski|cki|dzki|sky)$/.test(surname)) return 'm';
  return undefined;
}

// An organization's key: its normalised name without "the" and legal suffixes, or the key of the
// known organization it is a short form of.
const orgKey = cached((name) => {
  let key = norm(name);
  if (key.startsWith('the')) key = key.replace(/^the\s+/, '');
  // (a single-spaced name splits on the space alone, as on /\s+/)
  const words = isFolded(key) ? key.split(' ') : key.split(/\s+/);
  while (words.length > 1 && ORG_SUFFIXES.has(words[words.length - 1]!)) words.pop();
  key = words.join(' ');
  const known = KNOWN_ORGS.get(key);
  return known ? norm(known) : key;
});

// A single word that can stand for a name: not "I" or a contraction ("I’ve"), not a group or
// belief word made from a demonym or an -ism ("Zionists", "Americans", "Westerners").
function nameLikeWord(word: string): boolean {
  if (word.length < 2 || /['’]/.test(word)) return false;
  if (/(?:ists?|isms?|ians?|ans|ese|ers)$/.test(word)) return false;
  return !isDemonym(word) && !isDemonym(word.replace(/s$/, ''));
}

// Whether one of the person's roles holds all of `words` (lower case: "president" for "Iranian
// President"), or names the same chief officer as `title` by initials, both ways ("the CTO" for
// "chief technology officer", "the chief executive" for "CEO").
function holdsRole(d: { roles: ReadonlySet<string> }, words: readonly string[], title: readonly string[]): boolean {
  const chief = (w: readonly string[]) => (w.length === 1 && /^c[a-z]o$/.test(w[0]!) ? w[0]!.slice(0, 2) : w[0] === 'chief' ? w.slice(0, 2).map((x) => x[0]).join('') : '');
  const asked = chief(title);
  return [...d.roles].some((r) => {
    const role = r.toLowerCase().split(/\s+/).map((w) => TITLE_ABBREVIATIONS.get(w.replace(/\.$/, '')) ?? w);
    if (words.every((w) => role.includes(w))) return true;
    return asked !== '' && chief(role.slice(role.indexOf('chief') >= 0 ? role.indexOf('chief') : role.length - 1)) === asked;
  });
}
