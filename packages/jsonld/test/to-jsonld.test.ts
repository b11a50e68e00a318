import type { Article } from '@newsmark/schema';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JsonLdError, toJsonLd, toJsonLdWithReport } from '../src/index.js';
import { emptyArticle, wireArticle } from './fixtures/articles.js';
import { OPTIONS, idOf, nodeById, nodeNamed, nodeOfType, nodes, references } from './helpers.js';

const codes = (article: Article, options = {}): string[] => toJsonLdWithReport(article, options).warnings.map((w) => w.code);

describe('toJsonLd', () => {
  it('should match the reviewed fixture for the wire article', () => {
    const file = new URL('./fixtures/wire.jsonld.json', import.meta.url);
    const actual = `${JSON.stringify(toJsonLd(wireArticle(), OPTIONS), null, 2)}\n`;
    if (process.env['UPDATE'] === '1' || !existsSync(file)) writeFileSync(file, actual);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });

  it('should use the schema.org context and put the NewsArticle first in one @graph', () => {
    const doc = toJsonLd(wireArticle(), OPTIONS);
    expect(doc['@context']).toBe('https://schema.org');
    expect(nodes(doc)[0]?.['@type']).toBe('NewsArticle');
  });

  it('should leave the article it is given unchanged', () => {
    const article = wireArticle();
    toJsonLd(article, { ...OPTIONS, sameAs: { e2: 'https://example.org/fnv' } });
    expect(article).toEqual(wireArticle());
  });

  it('should copy the dates exactly as the article has them', () => {
    const article = { ...wireArticle(), datePublished: '2025-06-02T23:30:00-05:00', dateModified: '2025-06-03' };
    const node = nodeOfType(toJsonLd(article, OPTIONS), 'NewsArticle');
    expect([node['datePublished'], node['dateModified']]).toEqual(['2025-06-02T23:30:00-05:00', '2025-06-03']);
  });

  it('should define every node that a reference points at', () => {
    const doc = toJsonLd(wireArticle(), OPTIONS);
    const ids = new Set(nodes(doc).map(idOf));
    expect(references(doc).filter((r) => !ids.has(r))).toEqual([]);
  });

  it('should give every node a distinct @id', () => {
    const ids = nodes(toJsonLd(wireArticle(), OPTIONS)).map(idOf);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('should give the same @ids for the same article and options', () => {
    expect(nodes(toJsonLd(wireArticle(), OPTIONS)).map(idOf)).toEqual(nodes(toJsonLd(wireArticle(), OPTIONS)).map(idOf));
  });

  it('should base people on idBase and the article on url', () => {
    const doc = toJsonLd(wireArticle(), OPTIONS);
    expect(idOf(nodeNamed(doc, 'Jane Doe'))).toBe('https://news.example/#/schema/person/jane-doe');
    expect(idOf(nodeOfType(doc, 'NewsArticle'))).toBe(`${OPTIONS.url}#article`);
  });

  it('should write relative @ids and warn when neither url nor idBase is given', () => {
    const { jsonld, warnings } = toJsonLdWithReport(wireArticle());
    expect(idOf(nodeOfType(jsonld, 'NewsArticle'))).toBe('#article');
    expect(warnings.map((w) => w.code)).toContain('missing-url');
  });

  it('should add a WebPage and mainEntityOfPage only when a url is given', () => {
    const withUrl = toJsonLd(wireArticle(), OPTIONS);
    const withoutUrl = toJsonLd(wireArticle(), { idBase: OPTIONS.idBase });
    expect(nodeOfType(withUrl, 'NewsArticle')['mainEntityOfPage']).toEqual({ '@id': OPTIONS.url });
    expect(nodeById(withUrl, OPTIONS.url)?.['@type']).toBe('WebPage');
    expect(nodes(withoutUrl).some((n) => n['@type'] === 'WebPage' || 'mainEntityOfPage' in n)).toBe(false);
  });

  it('should leave scare quotes out of hasPart', () => {
    const texts = nodes(toJsonLd(wireArticle(), OPTIONS))
      .filter((n) => n['@type'] === 'Quotation')
      .map((n) => n['text']);
    expect(texts).not.toContain('political');
    expect(texts).toHaveLength(4);
  });

  it("should point a quotation's creator and spokenByCharacter at the speaker's node", () => {
    const doc = toJsonLd(wireArticle(), OPTIONS);
    const quotation = nodes(doc).find((n) => n['text'] === 'Shipping lines have been patient,');
    const speaker = { '@id': idOf(nodeNamed(doc, 'Boudewijn Siemons')) };
    expect([quotation?.['creator'], quotation?.['spokenByCharacter'], quotation?.['isPartOf']]).toEqual([
      speaker,
      speaker,
      { '@id': `${OPTIONS.url}#article` },
    ]);
  });

  it('should leave an unattributed quotation without a creator and say so', () => {
    const { jsonld, warnings } = toJsonLdWithReport(wireArticle(), OPTIONS);
    const quotation = nodes(jsonld).find((n) => n['text'] === 'Nobody wins a strike,');
    expect(quotation && 'creator' in quotation).toBe(false);
    expect(warnings.find((w) => w.code === 'unattributed-quote')?.path).toBe('quotes.4');
  });

  it('should write the publisher and an author organization of the same name as one node', () => {
    const doc = toJsonLd(wireArticle(), OPTIONS);
    const article = nodeOfType(doc, 'NewsArticle');
    expect(nodes(doc).filter((n) => n['name'] === 'Reuters')).toHaveLength(1);
    expect(article['author']).toContainEqual(article['publisher']);
  });

  it('should write "editing" credits as editor and other credits as contributor', () => {
    const doc = toJsonLd(wireArticle(), OPTIONS);
    const article = nodeOfType(doc, 'NewsArticle');
    expect([article['editor'], article['contributor']]).toEqual([
      [{ '@id': idOf(nodeNamed(doc, 'Alison Williams')) }],
      [{ '@id': idOf(nodeNamed(doc, 'Bart Meijer')) }],
    ]);
  });

  it("should write a byline role as the author's jobTitle", () => {
    expect(nodeNamed(toJsonLd(wireArticle(), OPTIONS), 'Jane Doe')['jobTitle']).toBe('Senior Correspondent');
  });

  it('should type a listed country as Country and the dateline city as a City inside it', () => {
    const doc = toJsonLd(wireArticle(), OPTIONS);
    const country = nodeNamed(doc, 'Netherlands');
    const city = nodeNamed(doc, 'Rotterdam');
    expect([country['@type'], city['@type'], city['containedInPlace']]).toEqual(['Country', 'City', { '@id': idOf(country) }]);
    expect(nodeOfType(doc, 'NewsArticle')['locationCreated']).toEqual({ '@id': idOf(city) });
  });

  it('should keep a place that no list or dateline identifies a plain Place', () => {
    const article = wireArticle();
    article.dateline = undefined;
    expect(nodeNamed(toJsonLd(article, OPTIONS), 'Rotterdam')['@type']).toBe('Place');
  });

  it('should not write dates or amounts of money as nodes', () => {
    const names = nodes(toJsonLd(wireArticle(), OPTIONS)).map((n) => n['name']);
    expect(names).not.toContain('Monday');
    expect(names).not.toContain('€150 million');
  });

  it('should list the most often named people and organizations in about', () => {
    const doc = toJsonLd(wireArticle(), OPTIONS);
    const about = nodeOfType(doc, 'NewsArticle')['about'];
    expect(about).toEqual(['Federation of Dutch Trade Unions', 'Boudewijn Siemons'].map((n) => ({ '@id': idOf(nodeNamed(doc, n)) })));
  });

  it("should write an organization's acronym as alternateName", () => {
    expect(nodeNamed(toJsonLd(wireArticle(), OPTIONS), 'Federation of Dutch Trade Unions')['alternateName']).toBe('FNV');
  });

  it('should add sameAs by entity id and by name, ignoring case', () => {
    const doc = toJsonLd(wireArticle(), {
      ...OPTIONS,
      sameAs: { e2: 'https://example.org/fnv', 'jane doe': ['https://example.org/jane', 'https://example.org/jd'] },
    });
    expect([nodeNamed(doc, 'Federation of Dutch Trade Unions')['sameAs'], nodeNamed(doc, 'Jane Doe')['sameAs']]).toEqual([
      'https://example.org/fnv',
      ['https://example.org/jane', 'https://example.org/jd'],
    ]);
  });

  it('should warn about a sameAs key that matches nothing', () => {
    expect(codes(wireArticle(), { ...OPTIONS, sameAs: { 'Jane Dough': 'https://example.org/jane' } })).toContain('unused-same-as');
  });

  it('should treat __proto__ and constructor sameAs keys as plain names', () => {
    const sameAs = JSON.parse('{"__proto__": "https://example.org/a", "constructor": "https://example.org/b"}') as Record<string, string>;
    const warnings = toJsonLdWithReport(wireArticle(), { ...OPTIONS, sameAs }).warnings.filter((w) => w.code === 'unused-same-as');
    expect(warnings.map((w) => w.path)).toEqual(['options.sameAs.__proto__', 'options.sameAs.constructor']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('should invent nothing the options do not give', () => {
    const article = nodeOfType(toJsonLd(wireArticle(), { url: OPTIONS.url }), 'NewsArticle');
    expect(['publisher', 'image', 'inLanguage', 'articleSection', 'isAccessibleForFree'].filter((k) => k in article)).toEqual([]);
  });

  it('should warn about every recommended field an empty article lacks', () => {
    expect(codes(emptyArticle()).sort()).toEqual([
      'missing-author',
      'missing-date-published',
      'missing-headline',
      'missing-image',
      'missing-publisher',
      'missing-url',
    ]);
  });

  it('should warn when the headline is over 110 characters', () => {
    expect(codes({ ...wireArticle(), headline: 'x'.repeat(111) }, OPTIONS)).toEqual(['headline-too-long', 'unattributed-quote']);
  });

  it('should say when the headline was derived rather than found', () => {
    const article = { ...wireArticle(), provenance: { headline: { derived: true } } };
    expect(codes(article, OPTIONS)).toContain('derived-headline');
  });

  it('should throw JsonLdError for a relative url option', () => {
    expect(() => toJsonLd(wireArticle(), { url: 'news.example/story' })).toThrow(JsonLdError);
  });

  it('should throw JsonLdError with code invalid-option for a non-positive image width', () => {
    const call = (): unknown => toJsonLd(wireArticle(), { images: [{ url: 'https://news.example/a.jpg', width: -1 }] });
    expect(call).toThrow(expect.objectContaining({ code: 'invalid-option' }));
  });

  it('should give two different people whose names fold to the same slug different @ids', () => {
    const article = wireArticle();
    article.authors = [
      { name: 'Ann-Marie Lee', type: 'person' },
      { name: 'Ann Marie Lee', type: 'person' },
    ];
    const ids = nodes(toJsonLd(article, OPTIONS)).filter((n) => n['@type'] === 'Person' && String(n['name']).startsWith('Ann')).map(idOf);
    expect(ids).toEqual(['https://news.example/#/schema/person/ann-marie-lee', 'https://news.example/#/schema/person/ann-marie-lee-2']);
  });
});
