import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

const spec = readFileSync(new URL('../SPEC.md', import.meta.url), 'utf8');
const examples = [...spec.matchAll(/```json (\w+)\n([\s\S]*?)```/g)].map((m) => ({ type: m[1]!, json: m[2]! }));
const schemas: Record<string, { safeParse(x: unknown): { success: boolean; error?: unknown } }> = {
  Span: api.SpanSchema,
  Article: api.ArticleSchema,
  Provenance: api.ProvenanceSchema,
  Author: api.AuthorSchema,
  Dateline: api.DatelineSchema,
  Block: api.BlockSchema,
  RemovedBlock: api.RemovedBlockSchema,
  Quote: api.QuoteSchema,
  Attribution: api.AttributionSchema,
  Entity: api.EntitySchema,
  Mention: api.MentionSchema,
  Diagnostic: api.DiagnosticSchema,
};

describe('SPEC.md examples', () => {
  it('should have an example for every type the spec defines', () => {
    expect(new Set(examples.map((e) => e.type))).toEqual(new Set(Object.keys(schemas)));
  });
  for (const { type, json } of examples) {
    it(`should accept the ${type} example`, () => {
      const schema = schemas[type];
      expect(schema, `no schema for ${type}`).toBeDefined();
      const result = schema!.safeParse(JSON.parse(json));
      expect(result.error).toBeUndefined();
      expect(result.success).toBe(true);
    });
  }
});

describe('ArticleSchema', () => {
  const article = JSON.parse(examples.find((e) => e.type === 'Article')!.json);

  it('should give path-addressed issues for bad data', () => {
    const bad = structuredClone(article);
    bad.quotes[0].span.end = -1;
    bad.entities[0].type = 'planet';
    delete bad.headline;
    const result = api.ArticleSchema.safeParse(bad);
    expect(result.success).toBe(false);
    const paths = [...new Set(api.toIssues(result.error!).map((i) => i.path))].sort();
    expect(paths).toEqual(['entities.0.type', 'headline', 'quotes.0.span.end']);
    expect(api.formatIssues(result.error!)).toMatch(/^entities\.0\.type: /m);
  });

  it('should reject a span that ends before it starts', () => {
    const result = api.SpanSchema.safeParse({ start: 5, end: 2 });
    expect(result.success).toBe(false);
    expect(api.toIssues(result.error!)[0]!.path).toBe('end');
  });

  it('should reject a date without a time zone when a time is given', () => {
    expect(api.ArticleSchema.safeParse({ ...article, datePublished: '2025-06-02T10:00' }).success).toBe(false);
    expect(api.ArticleSchema.safeParse({ ...article, datePublished: '2025-06-02T10:00-04:00' }).success).toBe(true);
  });

  it('should survive a JSON round trip unchanged', () => {
    expect(api.ArticleSchema.parse(JSON.parse(JSON.stringify(article)))).toEqual(article);
  });
});
