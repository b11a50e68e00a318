import { readFileSync } from 'node:fs';
import { it } from 'vitest';
import { toJsonLdWithReport, toScriptTag, fromJsonLd } from '../src/index.js';
it('smoke', () => {
  const spec = readFileSync('/work/main/packages/schema/SPEC.md', 'utf8');
  const m = /```json Article\n([\s\S]*?)```/.exec(spec)!;
  const article = JSON.parse(m[1]);
  const r = toJsonLdWithReport(article, { url: 'https://example.com/news/port', publisher: { name: 'Example News', logo: 'https://example.com/logo.png' } });
  console.log(JSON.stringify(r, null, 2));
  console.log(toScriptTag(r.jsonld));
  console.log(JSON.stringify(fromJsonLd(r.jsonld), null, 1));
});
