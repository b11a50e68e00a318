// Lookup functions over the generated gazetteers (sources and licences: ./generated/NOTICE.md).
// The generated modules hold '|'-joined strings, which keep the bundle small; each is split into
// a Set or Map once, on first use.
import { CITIES } from './generated/cities.js';
import { COUNTRIES, COUNTRY_ALIASES } from './generated/countries.js';
import { DEMONYMS } from './generated/demonyms.js';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './generated/first-names.js';
import { REGIONS } from './generated/regions.js';

let places: Map<string, string> | undefined;
let names: Map<string, 'm' | 'f' | 'u'> | undefined;
let demonyms: Map<string, string> | undefined;

function placeTable(): Map<string, string> {
  if (places) return places;
  places = new Map();
  // Ambiguous city and region names ("Reading", "Mobile", "Delta") are left out on purpose:
  // only context ("in Reading") makes them places.
  for (const list of [CITIES, REGIONS, COUNTRIES]) for (const p of list.split('|')) places.set(p.toLowerCase(), p);
  for (const pair of COUNTRY_ALIASES.split('|')) {
    const [alias, country] = pair.split(':') as [string, string];
    places.set(alias.toLowerCase(), country);
  }
  return places;
}

/** True when `name` (any case) is a country, city, region or geographic feature in the gazetteer. */
export function isKnownPlace(name: string): boolean {
  return placeTable().has(name.toLowerCase());
}

/** The gazetteer's canonical form of a place name ("Britain" → "United Kingdom"), or undefined. */
export function canonicalPlace(name: string): string | undefined {
  return placeTable().get(name.toLowerCase());
}

/** The gender tag ('m', 'f', 'u') of a known first name, or undefined. */
export function firstNameGender(word: string): 'm' | 'f' | 'u' | undefined {
  if (!names) {
    names = new Map();
    for (const list of [FIRST_NAMES, AMBIGUOUS_FIRST_NAMES]) {
      for (const e of list.split('|')) {
        const [n, g] = e.split(':') as [string, 'm' | 'f' | 'u'];
        names.set(n.toLowerCase(), g);
      }
    }
  }
  return names.get(word.toLowerCase());
}

/** The country a demonym refers to ("Iranian" → "Iran"), or undefined. */
export function demonymPlace(word: string): string | undefined {
  if (!demonyms) {
    demonyms = new Map();
    for (const e of DEMONYMS.split('|')) {
      const [d, p] = e.split(':') as [string, string];
      demonyms.set(d.toLowerCase(), p);
    }
  }
  return demonyms.get(word.toLowerCase());
}
