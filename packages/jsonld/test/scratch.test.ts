import { readFileSync, writeFileSync } from 'node:fs';
import { it } from 'vitest';
import { parseArticle } from '../../parser/src/index.js';
import { toJsonLdWithReport, toScriptTag, fromJsonLd } from '../src/index.js';
import { checkJsonLd, formatCheckIssues } from '../src/check.js';
it('scratch', () => {
  const a = parseArticle(readFileSync('/work/main/examples/sample/article.txt', 'utf8'));
  const r = toJsonLdWithReport(a, { url: 'https://news.example/2025/04/08/oslo-diesel-ferries', idBase: 'https://news.example/', publisher: { name: 'Example News', url: 'https://news.example/', logo: 'https://news.example/logo.png' }, language: 'en' });
  writeFileSync('/tmp/readme-out.json', JSON.stringify(r.jsonld, null, 2));
  console.log(JSON.stringify(r.warnings, null, 2));
  console.log(formatCheckIssues(checkJsonLd(r.jsonld)));
  console.log(toScriptTag({ '@context': 'https://schema.org', '@type': 'Quotation', text: 'He wrote </script><script>alert(1)</script> & left' }));
  const cms = { '@context': 'https://schema.org', '@type': 'NewsArticle', headlne: 'Storm hits coast', datePublished: '2024-10-25 08:00', author: 'Ana Lima', image: 'storm.jpg', publisher: { '@type': 'Organisation', name: 'Coast Times' } };
  console.log(JSON.stringify(cms));
  console.log(formatCheckIssues(checkJsonLd(cms)));
  console.log(JSON.stringify(fromJsonLd(cms), null, 2));
});
