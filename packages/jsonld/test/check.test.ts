import { describe, expect, it } from 'vitest';
import { checkJsonLd, formatCheckIssues, type CheckIssue } from '../src/check.js';

const CONTEXT = 'https://schema.org';
const brief = (issues: CheckIssue[]): string[] => issues.map((i) => `${i.severity} ${i.code} ${i.path}`);
const vocabOnly = (doc: unknown): string[] => brief(checkJsonLd(doc, { google: false }));

// Each broken document, and exactly the issues it must give (Google's guidance off).
const BROKEN: Array<[string, unknown, string[]]> = [
  ['a misspelled type', { '@context': CONTEXT, '@type': 'NewsArticel', headline: 'x' }, ['error unknown-type /@type']],
  ['a misspelled property', { '@context': CONTEXT, '@type': 'NewsArticle', headlne: 'x' }, ['error unknown-property /headlne']],
  ['a type name used as a property', { '@context': CONTEXT, '@type': 'Thing', Person: 'x' }, ['error unknown-property /Person']],
  ['a property name used as a type', { '@context': CONTEXT, '@type': 'headline' }, ['error unknown-type /@type']],
  ['a property on a type that does not have it', { '@context': CONTEXT, '@type': 'Person', headline: 'x' }, ['error property-not-on-type /headline']],
  ['text where a node is expected', { '@context': CONTEXT, '@type': 'NewsArticle', author: 'Ana' }, ['warning text-for-node /author']],
  ['a number where a node is expected', { '@context': CONTEXT, '@type': 'NewsArticle', author: 42 }, ['error literal-for-node /author']],
  ['a node where text is expected', { '@context': CONTEXT, '@type': 'NewsArticle', headline: { '@type': 'Thing', name: 'x' } }, ['error node-for-literal /headline']],
  ['a number where text is expected', { '@context': CONTEXT, '@type': 'Thing', name: 5 }, ['warning wrong-literal-type /name']],
  ['a day-first date', { '@context': CONTEXT, '@type': 'NewsArticle', datePublished: '25/10/2024' }, ['error malformed-date /datePublished']],
  ['a date that does not exist', { '@context': CONTEXT, '@type': 'Person', birthDate: '2023-02-29' }, ['error malformed-date /birthDate']],
  ['a date-time with a space for T', { '@context': CONTEXT, '@type': 'NewsArticle', dateModified: '2024-10-25 10:00' }, ['error malformed-date /dateModified']],
  ['text for a URL', { '@context': CONTEXT, '@type': 'Thing', url: 'see our site' }, ['error malformed-url /url']],
  ['a relative URL', { '@context': CONTEXT, '@type': 'Thing', url: '/about' }, ['warning relative-url /url']],
  ['a word for a Boolean', { '@context': CONTEXT, '@type': 'NewsArticle', isAccessibleForFree: 'maybe' }, ['error malformed-boolean /isAccessibleForFree']],
  ['a fraction for an Integer', { '@context': CONTEXT, '@type': 'NewsArticle', wordCount: 2.5 }, ['error malformed-number /wordCount']],
  ['a node of the wrong type', { '@context': CONTEXT, '@type': 'NewsArticle', publisher: { '@type': 'Place', name: 'x' } }, ['warning unexpected-type /publisher/@type']],
  [
    'a dangling @id',
    { '@context': CONTEXT, '@graph': [{ '@type': 'NewsArticle', '@id': '#a', author: { '@id': '#nobody' } }] },
    ['error dangling-id /@graph/0/author/@id'],
  ],
  [
    'a dangling @id on the same page as the defined ones',
    { '@context': CONTEXT, '@graph': [{ '@type': 'NewsArticle', '@id': 'https://x.example/a#article', author: { '@id': 'https://x.example/a#ana' } }] },
    ['error dangling-id /@graph/0/author/@id'],
  ],
  [
    'a duplicate @id',
    {
      '@context': CONTEXT,
      '@graph': [
        { '@type': 'Person', '@id': '#p', name: 'A' },
        { '@type': 'Person', '@id': '#p', name: 'B' },
      ],
    },
    ['warning duplicate-id /@graph/1/@id'],
  ],
  ['a reference of the wrong type', { '@context': CONTEXT, '@graph': [{ '@type': 'NewsArticle', '@id': '#a', author: { '@id': '#a' } }] }, ['warning unexpected-type /@graph/0/author/@id']],
  ['a non-string @id', { '@context': CONTEXT, '@type': 'Thing', '@id': 5, name: 'x' }, ['error invalid-id /@id']],
  ['a non-string @type', { '@context': CONTEXT, '@type': 7, name: 'x' }, ['error invalid-type /@type']],
  ['an unknown keyword', { '@context': CONTEXT, '@type': 'Thing', '@foo': 1 }, ['warning unknown-keyword /@foo']],
  ['a nested node without a type', { '@context': CONTEXT, '@type': 'NewsArticle', author: { name: 'Ana' } }, ['warning missing-type /author']],
  ['no @context', { '@type': 'Thing', name: 'x' }, ['error missing-context ']],
  ['another vocabulary as @context', { '@context': 'https://example.org/ctx', '@type': 'Thing' }, ['warning unsupported-context /@context']],
  ['a superseded property', { '@context': CONTEXT, '@type': 'TVSeries', episodes: { '@type': 'Episode', name: 'x' } }, ['warning superseded-term /episodes']],
  ['a pending type', { '@context': CONTEXT, '@type': 'Quotation', text: 'x' }, ['info pending-term /@type']],
  ['a literal in @graph', { '@context': CONTEXT, '@graph': ['x'] }, ['error invalid-node /@graph/0']],
  ['a document that is a string', 'NewsArticle', ['error invalid-document ']],
];

// Documents that are fine, however they are written.
const VALID: Array<[string, unknown]> = [
  ['a property inherited from Thing', { '@context': CONTEXT, '@type': 'NewsArticle', name: 'x', dateline: 'PARIS' }],
  ['a property valid on one of two types', { '@context': CONTEXT, '@type': ['Person', 'CreativeWork'], headline: 'x', birthDate: '2000-01-01' }],
  ['terms as compact and full IRIs', { '@context': CONTEXT, '@type': 'schema:Thing', 'https://schema.org/name': 'x', 'schema:url': 'https://x.example/' }],
  ['an enumeration member as text', { '@context': CONTEXT, '@type': 'Offer', availability: 'https://schema.org/InStock' }],
  ['an enumeration member by @id', { '@context': CONTEXT, '@type': 'Offer', availability: { '@id': 'https://schema.org/InStock' } }],
  ['a URL as an @id reference', { '@context': CONTEXT, '@type': 'Thing', url: { '@id': 'https://x.example/' } }],
  ['a page URL for mainEntityOfPage', { '@context': CONTEXT, '@type': 'Thing', '@id': 'https://x.example/a#thing', mainEntityOfPage: { '@id': 'https://x.example/a' } }],
  ['a reference to another site', { '@context': CONTEXT, '@type': 'NewsArticle', author: { '@id': 'https://elsewhere.example/#ana' } }],
  ['a value object', { '@context': CONTEXT, '@type': 'Thing', name: { '@value': 'x', '@language': 'en' } }],
  ['a list', { '@context': CONTEXT, '@type': 'NewsArticle', author: { '@list': [{ '@type': 'Person', name: 'A' }] } }],
  ['a bare number for an image width', { '@context': CONTEXT, '@type': 'ImageObject', width: 1200, height: '630' }],
  ['a Boolean written as text', { '@context': CONTEXT, '@type': 'NewsArticle', isAccessibleForFree: 'False' }],
  ['another vocabulary\'s property', { '@context': CONTEXT, '@type': 'Thing', 'og:title': 'x', 'http://purl.org/dc/terms/title': 'y' }],
  ['a context array with a language', { '@context': [CONTEXT, { '@language': 'en' }], '@type': 'Thing', name: 'x' }],
  ['a top-level array', [{ '@context': CONTEXT, '@type': 'Thing' }, { '@context': CONTEXT, '@type': 'Person', name: 'x' }]],
  ['a date-time with an offset', { '@context': CONTEXT, '@type': 'Event', startDate: '2024-10-25T08:00+02:00' }],
];

describe('checkJsonLd: vocabulary', () => {
  it.each(BROKEN)('should report exactly the issue of %s', (_name, doc, expected) => {
    expect(vocabOnly(doc)).toEqual(expected);
  });

  it.each(VALID)('should accept %s', (_name, doc) => {
    expect(vocabOnly(doc)).toEqual([]);
  });

  it('should suggest the term a misspelling meant', () => {
    const [issue] = checkJsonLd({ '@context': CONTEXT, '@type': 'NewsArticle', datepublished: '2024-01-01' }, { google: false });
    expect(issue?.message).toContain('did you mean "datePublished"?');
  });

  it('should name the replacement of a superseded term', () => {
    const [issue] = checkJsonLd({ '@context': CONTEXT, '@type': 'TVSeries', episodes: [] }, { google: false });
    expect(issue?.message).toContain('"episode"');
  });

  it('should note a pending term once however often it is used', () => {
    const quotation = { '@type': 'Quotation', text: 'x' };
    const codes = checkJsonLd({ '@context': CONTEXT, '@graph': [quotation, { ...quotation }, { ...quotation }] }).map((i) => i.code);
    expect(codes).toEqual(['pending-term']);
  });
});

describe('checkJsonLd: Google Article guidance', () => {
  const good = (): { '@context': string; '@graph': Array<Record<string, unknown>> } => ({
    '@context': CONTEXT,
    '@graph': [
      {
        '@type': 'NewsArticle',
        '@id': 'https://x.example/a#article',
        headline: 'Storm hits coast',
        datePublished: '2024-10-25T08:00:00+02:00',
        image: ['https://x.example/a.jpg'],
        author: [{ '@id': 'https://x.example/#ana' }],
      },
      { '@type': 'Person', '@id': 'https://x.example/#ana', name: 'Ana Lima', url: 'https://x.example/ana' },
    ],
  });
  const withArticle = (change: (a: Record<string, unknown>) => void): unknown => {
    const doc = good();
    change(doc['@graph'][0] as Record<string, unknown>);
    return doc;
  };
  const withAuthor = (change: (a: Record<string, unknown>) => void): unknown => {
    const doc = good();
    change(doc['@graph'][1] as Record<string, unknown>);
    return doc;
  };

  it('should find nothing to say about an article that follows the guidance', () => {
    expect(checkJsonLd(good())).toEqual([]);
  });

  const CASES: Array<[string, unknown, string[]]> = [
    ['a headline over 110 characters', withArticle((a) => (a['headline'] = 'x'.repeat(111))), ['warning google-headline-too-long /@graph/0/headline']],
    ['no headline', withArticle((a) => delete a['headline']), ['warning google-missing-headline /@graph/0']],
    ['no image', withArticle((a) => delete a['image']), ['warning google-missing-image /@graph/0']],
    [
      'an image under 50K pixels',
      withArticle((a) => (a['image'] = { '@type': 'ImageObject', url: 'https://x.example/a.jpg', width: 200, height: 200 })),
      ['warning google-image-too-small /@graph/0/image'],
    ],
    [
      'an image narrower than 1200 px',
      withArticle((a) => (a['image'] = [{ '@type': 'ImageObject', url: 'https://x.example/a.jpg', width: 800, height: 600 }])),
      ['info google-image-narrow /@graph/0/image/0'],
    ],
    ['no datePublished', withArticle((a) => delete a['datePublished']), ['warning google-missing-date-published /@graph/0']],
    [
      'a time without a time zone',
      withArticle((a) => (a['dateModified'] = '2024-10-25T10:00:00')),
      ['warning google-date-without-timezone /@graph/0/dateModified'],
    ],
    ['no author', withArticle((a) => delete a['author']), ['warning google-missing-author /@graph/0']],
    ['an author without a name', withAuthor((p) => delete p['name']), ['warning google-author-name /@graph/0/author/0']],
    ['an author without a url or sameAs', withAuthor((p) => delete p['url']), ['warning google-author-url /@graph/0/author/0']],
    [
      'an author that is a place',
      withAuthor((p) => (p['@type'] = 'Place')),
      ['warning unexpected-type /@graph/0/author/0/@id', 'warning google-author-type /@graph/0/author/0'],
    ],
  ];

  it.each(CASES)('should report %s', (_name, doc, expected) => {
    expect(brief(checkJsonLd(doc))).toEqual(expected);
  });

  it('should skip the guidance when asked', () => {
    expect(checkJsonLd(withArticle((a) => delete a['image']), { google: false })).toEqual([]);
  });
});

describe('checkJsonLd: untrusted input', () => {
  it('should treat __proto__ and constructor keys as unknown terms without polluting Object.prototype', () => {
    const doc = JSON.parse(
      '{"@context":"https://schema.org","@type":"Thing","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},"hasOwnProperty":1}',
    );
    expect(vocabOnly(doc)).toEqual(['error unknown-property /__proto__', 'error unknown-property /constructor', 'error unknown-property /hasOwnProperty']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('should treat __proto__ as an unknown type and @id without special meaning', () => {
    const doc = JSON.parse('{"@context":"https://schema.org","@graph":[{"@type":"__proto__","@id":"__proto__","name":"x"},{"@type":"Thing","@id":"constructor","subjectOf":{"@id":"__proto__"}}]}');
    expect(vocabOnly(doc)).toEqual(['error unknown-type /@graph/0/@type']);
  });

  it('should report 100,000 levels of nested nodes as too deep instead of overflowing the stack', () => {
    let doc: Record<string, unknown> = { '@type': 'CreativeWork', name: 'bottom' };
    for (let i = 0; i < 100_000; i++) doc = { '@type': 'CreativeWork', subjectOf: doc };
    doc['@context'] = CONTEXT;
    const started = performance.now();
    const codes = checkJsonLd(doc).map((i) => i.code);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(codes).toEqual(['too-deep']);
  });

  it('should report 100,000 levels of nested arrays parsed from JSON as too deep', () => {
    const json = `{"@context":"https://schema.org","@type":"Thing","name":${'['.repeat(100_000)}"x"${']'.repeat(100_000)}}`;
    expect(checkJsonLd(JSON.parse(json)).map((i) => i.code)).toEqual(['too-deep']);
  });

  it('should honour a lower maxDepth', () => {
    const doc = { '@context': CONTEXT, '@type': 'CreativeWork', subjectOf: { '@type': 'CreativeWork', subjectOf: { '@type': 'CreativeWork' } } };
    expect(brief(checkJsonLd(doc, { maxDepth: 2 }))).toEqual(['error too-deep /subjectOf/subjectOf']);
  });

  it('should check a document with a 5 MB string and a 5 MB key quickly, with short messages', () => {
    const huge = '</script>'.repeat(600_000);
    const doc = { '@context': CONTEXT, '@type': 'Thing', name: huge, url: huge, [huge]: 1 };
    const started = performance.now();
    const issues = checkJsonLd(doc);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(issues.map((i) => i.code)).toEqual(['unknown-property', 'malformed-url']);
    expect(Math.max(...issues.map((i) => i.message.length))).toBeLessThan(300);
  });

  it('should stop at maxIssues and say so', () => {
    const doc: Record<string, unknown> = { '@context': CONTEXT, '@type': 'Thing' };
    for (let i = 0; i < 50; i++) doc[`bogus${i}`] = i;
    const issues = checkJsonLd(doc, { maxIssues: 10 });
    expect([issues.length, issues.at(-1)?.code]).toEqual([11, 'too-many-issues']);
  });

  it('should terminate on an object graph with a cycle', () => {
    const node: Record<string, unknown> = { '@context': CONTEXT, '@type': 'CreativeWork' };
    node['subjectOf'] = node;
    expect(checkJsonLd(node)).toEqual([]);
  });
});

describe('formatCheckIssues', () => {
  it('should write one line per issue with severity, path, code and message', () => {
    const text = formatCheckIssues(checkJsonLd({ '@context': CONTEXT, '@type': 'NewsArticel' }));
    expect(text).toBe('error /@type unknown-type: Unknown type "NewsArticel"; did you mean "NewsArticle"?');
  });
});
