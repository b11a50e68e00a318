// Writes article.schema.json (at the package root, so that even node10 resolution finds the subpath) from the built zod schema (zod 4's toJSONSchema), so users of
// other languages can validate newsmark output without TypeScript.
import { writeFileSync } from 'node:fs';
import { toJSONSchema } from 'zod/mini';
import { ArticleSchema, SCHEMA_VERSION } from '../dist/index.js';

const schema = toJSONSchema(ArticleSchema, { target: 'draft-2020-12', unrepresentable: 'throw' });
const doc = {
  $id: `https://newsmark.dev/schema/article-${SCHEMA_VERSION}.json`,
  title: 'newsmark Article',
  description: `A parsed news article, newsmark model version ${SCHEMA_VERSION}. See SPEC.md in @newsmark/schema.`,
  ...schema,
};
writeFileSync(new URL('../article.schema.json', import.meta.url), JSON.stringify(doc, null, 2) + '\n');
