import { describe, expect, it } from 'vitest';
import { fromJsonLd, toJsonLd } from '../src/index.js';
import { wireArticle } from './fixtures/articles.js';
import { OPTIONS } from './helpers.js';

const codes = (doc: unknown): string[] => fromJsonLd(doc).issues.map((i) => i.code);

describe('fromJsonLd', () => {
  it('should read back the headline, dates, authors and contributors newsmark wrote', () => {
    const { article } = fromJsonLd(toJsonLd(wireArticle(), OPTIONS));
    const original = wireArticle();
    expect({
      headline: article.headline,
      datePublished: article.datePublished,
      dateModified: article.dateModified,
      authors: article.authors,
      contributors: article.contributors.map((c) => c.name),
    }).toEqual({
      headline: original.headline,
      datePublished: original.datePublished,
      dateModified: original.dateModified,
      authors: original.authors.map(({ name, type, role }) => (role ? { name, type, role } : { name, type })),
      contributors: ['Bart Meijer', 'Alison Williams'],
    });
  });

  it('should read back every non-scare quote with its speaker', () => {
    const { article } = fromJsonLd(toJsonLd(wireArticle(), OPTIONS));
    const name = (id?: string): string | undefined => article.entities.find((e) => e.id === id)?.name;
    expect(article.quotes.map((q) => [q.text, name(q.speakerId)])).toEqual(
      wireArticle()
        .quotes.filter((q) => q.kind !== 'scare')
        .map((q) => [q.text, wireArticle().entities.find((e) => e.id === q.speakerId)?.name]),
    );
  });

  it('should read back the people, organizations and places with their types', () => {
    const { article } = fromJsonLd(toJsonLd(wireArticle(), OPTIONS));
    const expected = wireArticle()
      .entities.filter((e) => ['person', 'organization', 'place'].includes(e.type))
      .map((e) => `${e.type}:${e.name}`)
      .sort();
    expect(article.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual(expected);
  });

  it('should read the dateline and its agency', () => {
    expect(fromJsonLd(toJsonLd(wireArticle(), OPTIONS)).article.dateline).toEqual({
      text: 'ROTTERDAM, Netherlands (Reuters)',
      place: 'ROTTERDAM, Netherlands',
      agency: 'Reuters',
    });
  });

  it('should read a bare NewsArticle object with a string author', () => {
    const { article, issues } = fromJsonLd({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Storm hits coast',
      datePublished: '2024-10-25T08:00:00Z',
      author: 'Ana Lima',
    });
    expect([article.headline, article.datePublished, article.authors]).toEqual([
      'Storm hits coast',
      '2024-10-25T08:00:00Z',
      [{ name: 'Ana Lima', type: 'person' }],
    ]);
    expect(issues.map((i) => i.code)).toEqual(['author-type-assumed']);
  });

  it('should find the article in a top-level array and read an @type array', () => {
    const { article } = fromJsonLd([
      { '@context': 'https://schema.org', '@type': 'BreadcrumbList', name: 'crumbs' },
      { '@context': 'https://schema.org', '@type': ['NewsArticle', 'ReportageNewsArticle'], headline: 'In an array' },
    ]);
    expect(article.headline).toBe('In an array');
  });

  it('should prefer the NewsArticle to a WebPage and other articles in an @graph', () => {
    const { article } = fromJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', '@id': 'https://x.example/', name: 'Page' },
        { '@type': 'BlogPosting', headline: 'Related post' },
        { '@type': 'NewsArticle', headline: 'The story' },
      ],
    });
    expect(article.headline).toBe('The story');
  });

  it('should read authors given as an object, an array, an @id reference and givenName/familyName', () => {
    const { article } = fromJsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          author: [
            { '@type': 'Person', name: 'Ana Lima', jobTitle: 'Reporter' },
            { '@id': '#org' },
            { '@type': 'Person', givenName: 'Rui', familyName: 'Costa' },
          ],
        },
        { '@type': 'NewsMediaOrganization', '@id': '#org', name: 'Agência' },
      ],
    });
    expect(article.authors).toEqual([
      { name: 'Ana Lima', type: 'person', role: 'Reporter' },
      { name: 'Agência', type: 'organization' },
      { name: 'Rui Costa', type: 'person' },
    ]);
  });

  it('should read terms written as schema: compact IRIs and full IRIs', () => {
    const { article } = fromJsonLd({
      '@type': 'http://schema.org/NewsArticle',
      'schema:headline': 'Compact',
      'https://schema.org/datePublished': [{ '@value': '2024-01-02' }],
    });
    expect([article.headline, article.datePublished]).toEqual(['Compact', '2024-01-02']);
  });

  it('should keep only the date of a date-time without a time zone, and say so', () => {
    const { article, issues } = fromJsonLd({ '@type': 'NewsArticle', datePublished: '2024-10-25T10:00:00' });
    expect([article.datePublished, issues.map((i) => i.code)]).toEqual(['2024-10-25', ['date-truncated']]);
  });

  it('should leave out a date that is not ISO 8601, and say so', () => {
    const { article, issues } = fromJsonLd({ '@type': 'NewsArticle', datePublished: 'October 25, 2024' });
    expect([article.datePublished, issues.map((i) => i.code)]).toEqual([null, ['invalid-date']]);
  });

  it('should read a Quotation linked only by isPartOf', () => {
    const { article } = fromJsonLd({
      '@graph': [
        { '@type': 'NewsArticle', '@id': '#a', headline: 'h' },
        { '@type': 'Quotation', text: 'We will rebuild.', isPartOf: { '@id': '#a' }, creator: { '@type': 'Person', name: 'Mayor Lee' } },
      ],
    });
    expect(article.quotes).toEqual([{ id: 'q1', text: 'We will rebuild.', kind: 'direct', speakerId: 'e1' }]);
    expect(article.entities.map((e) => e.name)).toEqual(['Mayor Lee']);
  });

  it('should report a document with no article', () => {
    expect(codes({ '@type': 'Recipe', name: 'Soup' })).toEqual(['no-article']);
  });

  it('should report a value that is not a JSON-LD document', () => {
    expect(codes('just a string')).toEqual(['not-json-ld']);
  });

  it('should report a reference to an @id the document does not define', () => {
    expect(codes({ '@type': 'NewsArticle', headline: 'h', author: { '@id': '#ghost' } })).toEqual(['dangling-reference']);
  });

  it('should not follow __proto__ or constructor keys into Object.prototype', () => {
    const doc = JSON.parse('{"@type":"NewsArticle","headline":"h","__proto__":{"polluted":1},"constructor":{"prototype":{"polluted":1}},"author":{"@id":"constructor"}}');
    const { article } = fromJsonLd(doc);
    expect([article.headline, article.authors, ({} as Record<string, unknown>)['polluted']]).toEqual(['h', [], undefined]);
  });

  it('should stop at 100 levels of nesting instead of overflowing the stack', () => {
    let deep: unknown = { '@type': 'NewsArticle', headline: 'deep' };
    for (let i = 0; i < 100_000; i++) deep = { '@type': 'WebPage', mainEntity: deep };
    expect(codes(deep)).toEqual(['too-deep', 'no-article']);
  });
});
