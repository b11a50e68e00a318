import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { vocabulary } from '../src/check/vocab.js';
import { ARTICLE_TYPES, ENTITY_TYPE_NAMES } from '../src/read/from-jsonld.js';

const vocab = vocabulary();

describe('the schema.org vocabulary table', () => {
  it('should carry the schema.org attribution and licence in its header', () => {
    const head = readFileSync(new URL('../src/vocab/schemaorg.generated.ts', import.meta.url), 'utf8').slice(0, 1200);
    expect(head).toMatch(/Schema\.org, https:\/\/schema\.org/);
    expect(head).toMatch(/CC BY-SA 3\.0/);
  });

  it('should ship a NOTICE beside the table', () => {
    expect(existsSync(new URL('../src/vocab/NOTICE.md', import.meta.url))).toBe(true);
  });

  it('should name only known classes as superclasses, domains and ranges', () => {
    const unknown = new Set<string>();
    for (const c of vocab.classes.values()) for (const s of c.supers) if (!vocab.classes.has(s)) unknown.add(s);
    for (const p of vocab.properties.values()) for (const d of [...p.domain, ...p.range]) if (!vocab.classes.has(d)) unknown.add(d);
    for (const m of vocab.members.values()) for (const e of m.enumerations) if (!vocab.classes.has(e)) unknown.add(e);
    expect([...unknown]).toEqual([]);
  });

  it("should know NewsArticle's ancestors", () => {
    expect([...vocab.ancestors('NewsArticle')].sort()).toEqual(['Article', 'CreativeWork', 'NewsArticle', 'Thing']);
  });

  it('should mark the data types', () => {
    const dataTypes = [...vocab.classes.values()].filter((c) => c.dataType).map((c) => c.name);
    expect(dataTypes).toEqual(expect.arrayContaining(['Boolean', 'Date', 'DateTime', 'Integer', 'Number', 'Text', 'Time', 'URL']));
    expect(dataTypes).not.toContain('Thing');
  });

  it("should list exactly the vocabulary's Article types in the reader", () => {
    const subtypes = [...vocab.classes.keys()].filter((c) => vocab.isA(c, 'Article'));
    expect([...ARTICLE_TYPES].sort()).toEqual(subtypes.sort());
  });

  it("should read as each entity type only that type's schema.org subtypes", () => {
    const roots = { person: 'Person', organization: 'Organization', place: 'Place', event: 'Event', product: 'Product', work: 'CreativeWork', money: 'MonetaryAmount' } as const;
    const wrong = ENTITY_TYPE_NAMES.flatMap(([type, names]) => names.filter((n) => !vocab.isA(n, roots[type as keyof typeof roots])).map((n) => `${type}:${n}`));
    expect(wrong).toEqual([]);
  });
});
