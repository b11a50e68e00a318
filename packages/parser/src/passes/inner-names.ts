import type { Entity, Mention } from '@newsmark/schema';
import type { Pass } from '../context.js';
import { stripPossessive, tokenize } from '../lib/tokens.js';

const NAMED = new Set<Entity['type']>(['person', 'organization', 'place']);
// Mentions that are not names: a pronoun or description names nothing inside itself.
const NOT_NAMES = new Set<Mention['kind']>(['pronoun', 'description', 'cue']);
const HAS_CAPITAL = /\p{Lu}/u;
const ACRONYM = /^\p{Lu}{2,6}$/u;
// Words after which a name may begin inside a longer one: "University of Texas", "Museum of the US".
const OPENS_NAME = new Set(['of', 'for', 'and', 'the', 'in', 'at']);

// What can stand inside another name as itself: a place ("Texas"), a person's full name ("Andy
// Warhol"; not a lone surname or given name, "Daniel" in "Daniel Montalvo"), an organization's
// acronym ("NASA"). A common word an organization is named by ("University") cannot.
function canNest(type: Entity['type'], text: string): boolean {
  if (type === 'place') return true;
  if (type === 'person') return text.includes(' ');
  return ACRONYM.test(text);
}

// Entity names are compared without case and with one apostrophe.
const keyOf = (text: string) => text.toLowerCase().replace(/’/g, "'");

/**
 * Names inside longer names: "Andy Warhol" in "the Andy Warhol Foundation", "Texas" in
 * "University of Texas", "Canada" in "Environment Canada". When the article also names that
 * person, organization or place on its own, the inner words refer to it as well, and become one
 * more of its mentions (nested in the longer name's span). A name the article never uses on its
 * own is left alone: "Columbia" inside "British Columbia" alone is no mention of anything.
 */
export const innerNames: Pass = {
  name: 'inner-names',
  run(ctx) {
    const { input } = ctx;
    // Every name form of every named entity, with the kind its own mentions give that form.
    const byKey = new Map<string, { entity: Entity; kind: Mention['kind'] }>();
    for (const e of ctx.entities) {
      if (!NAMED.has(e.type)) continue;
      for (const m of e.mentions) {
        if (NOT_NAMES.has(m.kind) || !canNest(e.type, m.text)) continue;
        const key = keyOf(m.text);
        if (!byKey.has(key)) byKey.set(key, { entity: e, kind: m.kind });
      }
    }
    if (byKey.size === 0) return ctx;
    const added = new Map<Entity, Mention[]>();
    for (const e of ctx.entities) {
      if (!NAMED.has(e.type)) continue;
      for (const m of e.mentions) {
        if (NOT_NAMES.has(m.kind) || !m.text.includes(' ')) continue;
        const words = tokenize(input, m.span.start, m.span.end).filter((t) => t.word);
        // The longest inner run of words that is another entity's name, left to right. It starts
        // the name or follows "of", "the"…: "Korea" in "South Korea" is part of another place.
        for (let a = 0; a < words.length; a++) {
          if (a > 0 && !OPENS_NAME.has(words[a - 1]!.lower)) continue;
          for (let b = words.length - 1; b >= a; b--) {
            if (a === 0 && b === words.length - 1) continue;
            const start = words[a]!.start;
            // (without a possessive: "Warhol" in "the Andy Warhol’s Foundation")
            const end = words[b]!.end - (words[b]!.text.length - stripPossessive(words[b]!.text).base.length);
            const text = input.slice(start, end);
            if (!HAS_CAPITAL.test(text.charAt(0))) continue;
            const hit = byKey.get(keyOf(text));
            if (hit === undefined || hit.entity === e) continue;
            const list = added.get(hit.entity) ?? [];
            const taken = [...hit.entity.mentions, ...list].some((o) => o.span.start < end && start < o.span.end);
            if (taken) continue;
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
    const entities = ctx.entities.map((e) => {
      const more = added.get(e);
      if (more === undefined) return e;
      return { ...e, mentions: [...e.mentions, ...more].sort((x, y) => x.span.start - y.span.start) };
    });
    return { ...ctx, entities };
  },
};
