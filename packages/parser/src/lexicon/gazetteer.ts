// Lookup functions over the generated gazetteers (see ./generated/NOTICE.md for sources).
// The generated modules hold '|'-joined strings, split once on first use.

const TEMP_PLACES = 'Iran|Venezuela|Russia|Israel|Palestine|Gaza|Kazan|Tehran|Caracas|United States|United Kingdom|France|Germany|China|Netherlands|Denver|Rotterdam|Frankfurt|London|Paris';
const TEMP_NAMES = 'masoud:m|nicolás:m|nicolas:m|ismail:m|ebrahim:m|christian:m|jane:f|john:m';
const TEMP_DEMONYMS = 'Iranian:Iran|Venezuelan:Venezuela|Israeli:Israel|Russian:Russia|Palestinian:Palestine|American:United States|British:United Kingdom';

let places: Set<string> | undefined;
let names: Map<string, string> | undefined;
let demonyms: Map<string, string> | undefined;

/** True when `name` (any case) is a country, city, region or geographic feature in the gazetteer. */
export function isKnownPlace(name: string): boolean {
  places ??= new Set(TEMP_PLACES.toLowerCase().split('|'));
  return places.has(name.toLowerCase());
}

/** The gender tag ('m', 'f', 'u') of a known first name, or undefined. */
export function firstNameGender(word: string): 'm' | 'f' | 'u' | undefined {
  names ??= new Map(TEMP_NAMES.split('|').map((e) => e.split(':') as [string, string]));
  return names.get(word.toLowerCase()) as 'm' | 'f' | 'u' | undefined;
}

/** The country a demonym refers to ("Iranian" → "Iran"), or undefined. */
export function demonymPlace(word: string): string | undefined {
  demonyms ??= new Map(TEMP_DEMONYMS.split('|').map((e) => { const [d, p] = e.split(':') as [string, string]; return [d.toLowerCase(), p]; }));
  return demonyms.get(word.toLowerCase());
}
