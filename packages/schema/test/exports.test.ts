import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('@newsmark/schema public API', () => {
  it('should export exactly these names', async () => {
    const mod = await import('../src/index.js');
    expect(Object.keys(mod).sort()).toEqual([
      'ArticleSchema',
      'AttributionSchema',
      'AuthorSchema',
      'BlockSchema',
      'DatelineSchema',
      'DiagnosticSchema',
      'ENTITY_TYPES',
      'EntitySchema',
      'MentionSchema',
      'ProvenanceSchema',
      'QUOTE_KINDS',
      'QuoteSchema',
      'REMOVED_KINDS',
      'RemovedBlockSchema',
      'SCHEMA_VERSION',
      'SourceSchema',
      'SpanSchema',
      'ValueSchema',
      'formatIssues',
      'toIssues',
    ]);
  });

  it('should ship a JSON Schema that describes the article root', () => {
    const file = new URL('../article.schema.json', import.meta.url);
    expect(existsSync(file)).toBe(true);
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    expect(schema.$schema).toMatch(/2020-12/);
    expect(schema.required).toEqual(expect.arrayContaining(['headline', 'datePublished', 'body', 'quotes', 'entities']));
    expect(schema.properties.quotes.items.properties.kind.enum).toEqual(['direct', 'partial', 'scare', 'nested']);
  });
});
