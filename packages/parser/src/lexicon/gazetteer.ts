// Lookup functions over the generated gazetteers (sources and licences: ./generated/NOTICE.md).
// The generated modules hold front-coded strings, which keep the bundle small; each is decoded
// into a Set or Map once, on first use.
// (Imported in the order that gzips smallest in the bundle: given names, then places.)
import { FIRST_NAMES } from './generated/first-names.js';
import { CITIES } from './generated/cities.js';
import { REGIONS } from './generated/regions.js';
import { DEMONYMS } from './generated/demonyms.js';
import { COUNTRIES, COUNTRY_ALIASES } from './generated/countries.js';

/**
 * The entries of a front-coded list: each entry is a digit (how many leading characters it
 * shares with the entry before) followed by the rest of it.
 * @param encoded - a list as the build script writes it
 * @returns its entries, in order
 */
export function decodeList(encoded: string): string[] {
  let prev = '';
  // One match per entry: its digit, then its characters up to the next digit.
  return (encoded.match(/\d\D*/g) ?? []).map((entry) => (prev = prev.slice(0, +entry[0]!) + entry.slice(1)));
}

/**
 * The entries of a tagged list: groups joined by `|`, each a tag letter then a front-coded list.
 * @param encoded - a tagged list as the build script writes it
 * @returns each entry with its tag
 */
export function decodeTagged(encoded: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const group of encoded.split('|')) for (const entry of decodeList(group.slice(1))) out.set(entry, group[0]!);
  return out;
}

let places: Map<string, string> | undefined;
let names: Map<string, 'm' | 'f' | 'u'> | undefined;
let demonyms: Set<string> | undefined;

function placeTable(): Map<string, string> {
  if (places) return places;
  places = new Map();
  // Ambiguous city and region names ("Reading", "Mobile", "Delta") are left out on purpose:
  // only context ("in Reading") makes them places.
  for (const list of [CITIES, REGIONS, COUNTRIES]) for (const p of decodeList(list)) places.set(placeKey(p), p);
  for (const pair of decodeList(COUNTRY_ALIASES)) {
    const [alias, country] = pair.split(':') as [string, string];
    places.set(placeKey(alias), country);
  }
  return places;
}

// Lower case without accents: "São Paulo", "Sao Paulo" and "SAO PAULO" are one key.
function placeKey(name: string): string {
  const lower = name.toLowerCase();
  // (a loop, not /[^\u0000-\u007f]/: names are short and this runs for every candidate name)
  for (let i = 0; i < lower.length; i++) if (lower.charCodeAt(i) > 0x7f) return lower.normalize('NFD').replace(/\p{M}/gu, '');
  return lower;
}

/** True when `name` (any case) is a country, city, region or geographic feature in the gazetteer. */
export function isKnownPlace(name: string): boolean {
  return placeTable().has(placeKey(name));
}

/** The gazetteer's canonical form of a place name ("Britain" → "United Kingdom"), or undefined. */
export function canonicalPlace(name: string): string | undefined {
  return placeTable().get(placeKey(name));
}

/** The gender tag ('m', 'f', 'u') of a known first name, or undefined. */
export function firstNameGender(word: string): 'm' | 'f' | 'u' | undefined {
  // Given names that are also everyday words ("Will", "Hope", AMBIGUOUS_FIRST_NAMES in the
  // generated module) are left out on purpose, as ambiguous city names are: a capitalised
  // "Will" is no evidence of a person. The list is in lower case, as the lookups are.
  names ??= decodeTagged(FIRST_NAMES) as Map<string, 'm' | 'f' | 'u'>;
  const key = word.toLowerCase();
  // (an accent the list does not carry: "Víctor", "Jesús", "Zoë" are Victor, Jesus, Zoe)
  return names.get(key) ?? (/[^\x00-\x7f]/.test(key) ? names.get(key.normalize('NFD').replace(/\p{M}/gu, '')) : undefined);
}

/** True when `word` (any case) is a nationality adjective ("Iranian", "British"). */
export function isDemonym(word: string): boolean {
  demonyms ??= new Set(decodeList(DEMONYMS).map((d) => d.toLowerCase()));
  return demonyms.has(word.toLowerCase());
}

let countries: Set<string> | undefined;

/**
 * True when `name` (any case) is a country, by its name or an alias, or one of the UK's home
 * nations, which field their own national teams ("England", "Wales").
 */
export function isCountry(name: string): boolean {
  if (!countries) {
    countries = new Set('england|scotland|wales|northern ireland'.split('|'));
    for (const c of decodeList(COUNTRIES)) countries.add(c.toLowerCase());
    for (const pair of decodeList(COUNTRY_ALIASES)) countries.add(pair.slice(0, pair.indexOf(':')).toLowerCase());
  }
  return countries.has(name.toLowerCase());
}

