import type { Entity, Mention } from '@newsmark/schema';
import type { Pass } from '../context.js';
import { canonicalPlace, isCountry } from '../lexicon/gazetteer.js';
import { PLACE_ABBREVIATIONS } from '../lexicon/organizations.js';
import { stripPossessive, tokenize } from '../lib/tokens.js';

const NAMED = new Set<Entity['type']>(['person', 'organization', 'place']);
// Mentions that are not names: a pronoun or description names nothing inside itself.
const NOT_NAMES = new Set<Mention['kind']>(['pronoun', 'description', 'cue']);
const HAS_CAPITAL = /\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
// Words after which a name may begin inside a longer one: "University of Texas", "Museum of the US".
const OPENS_NAME = new Set('of|for|and|the|in|at'.split('|'));

// Bounds that keep the pass linear on junk (a "name" thousands of words long): the longest name
// searched inside, in characters, and the longest inner name, in words.
const MAX_OUTER = 200;
const MAX_INNER = 6;

// Entity names are compared without case and with one apostrophe.
const keyOf = (text: string) => text.toLowerCase().replace(/’/g, "'");

// What can stand inside another name as itself: a place ("Texas"), a person's full name ("Andy
// Warhol"; not a lone surname or given name, "Daniel" in "Daniel Montalvo"), an organization's
// acronym ("NASA"). A common word an organization is named by ("University") cannot.
function canNest(type: Entity['type'], text: string): boolean {
  if (type === 'place') return true;
  if (type === 'person') return text.includes(' ');
  return ACRONYM.test(text);
}

// The country a name inside another names, when it is one: "U.S." in "U.S. Environmental
// Protection Agency" → "United States". Cities are left out: "Toronto Star" is no mention of a city.
function countryOf(text: string): string | undefined {
  const abbreviation = PLACE_ABBREVIATIONS.get(text.toLowerCase());
  if (abbreviation) return abbreviation;
  return isCountry(text) ? canonicalPlace(text) : undefined;
}

/**
 * Names inside longer names: "Andy Warhol" in "the Andy Warhol Foundation", "Texas" in
 * "University of Texas", "U.S." in "U.S. Environmental Protection Agency". The inner words refer
 * to that person, organization or place too, and become one more of its mentions (nested in the
 * longer name's span) when the article also names it on its own, or when they name a country. A
 * name the article never uses on its own is otherwise left alone: "Columbia" inside "British
 * Columbia" is no mention of anything.
 */
export const innerNames: Pass = {
  name: 'inner-names',
  run(ctx) {
    const { input } = ctx;
    // Every name form of every named entity, with the kind its own mentions give that form.
    const byKey = new Map<string, { entity: Entity; kind: Mention['kind'] }>();
    const index = (e: Entity, text: string, kind: Mention['kind']) => {
      const key = keyOf(text);
      if (!byKey.has(key)) byKey.set(key, { entity: e, kind });
    };
    for (const e of ctx.entities) {
      if (!NAMED.has(e.type)) continue;
      if (e.type === 'place') index(e, e.name, 'name');
      for (const m of e.mentions) if (!NOT_NAMES.has(m.kind) && canNest(e.type, m.text)) index(e, m.text, m.kind);
    }
    const added = new Map<Entity, Mention[]>();
    const created: Entity[] = [];
    // The entity an inner run of words names, if any. A country inside an organization's name
    // is one even where the article names it nowhere else ("the UK Health Security Agency"); a
    // country inside a person's name is not ("Georgia Pickett").
    const lookUp = (text: string, outer: Entity) => {
      const hit = byKey.get(keyOf(text));
      if (hit || outer.type !== 'organization') return hit;
      const country = countryOf(text);
      if (country === undefined) return undefined;
      const known = byKey.get(keyOf(country));
      if (known) return known;
      const entity: Entity = { id: `e${ctx.entities.length + created.length + 1}`, type: 'place', name: country, mentions: [] };
      created.push(entity);
      index(entity, country, 'name');
      return byKey.get(keyOf(country))!;
    };
    for (const e of ctx.entities) {
      if (!NAMED.has(e.type)) continue;
      for (const m of e.mentions) {
        if (NOT_NAMES.has(m.kind) || !m.text.includes(' ') || m.text.length > MAX_OUTER) continue;
        const words = tokenize(input, m.span.start, m.span.end).filter((t) => t.word);
        // The longest inner run of words that names something, left to right. It starts the
        // name or follows "of", "the"…: "Korea" in "South Korea" is part of another place.
        for (let a = 0; a < words.length; a++) {
          if (a > 0 && !OPENS_NAME.has(words[a - 1]!.lower)) continue;
          for (let b = Math.min(words.length - 1, a + MAX_INNER - 1); b >= a; b--) {
            if (a === 0 && b === words.length - 1) continue;
            const start = words[a]!.start;
            // Without a possessive ("Warhol" in "Andy Warhol’s Foundation"); with the period of
            // an abbreviation ("U.S." in "U.S. Air Force").
            let end = words[b]!.end - (words[b]!.text.length - stripPossessive(words[b]!.text).base.length);
            if (input[end] === '.' && /\.\p{L}$/u.test(words[b]!.text) && end < m.span.end) end++;
            const text = input.slice(start, end);
            if (!HAS_CAPITAL.test(text.charAt(0))) continue;
            const hit = lookUp(text, e);
            if (hit === undefined || hit.entity === e) continue;
            const list = added.get(hit.entity) ?? [];
            if ([...hit.entity.mentions, ...list].some((o) => o.span.start < end && start < o.span.end)) continue;
            const inner: Mention = { text, span: { start, end } };
            if (hit.kind) inner.kind = hit.kind;
            list.push(inner);
            added.set(hit.entity, list);
            a = b;
            break;
          }
        }
      }
    }
    if (added.size === 0) return ctx;
    // (a country made here has its first mention already: it was made for one)
    const entities = [...ctx.entities, ...created].map((e) => {
      const more = added.get(e);
      return more === undefined ? e : { ...e, mentions: [...e.mentions, ...more].sort((x, y) => x.span.start - y.span.start) };
    });
    return { ...ctx, entities };
  },
};
