// Nothing is lost: every non-blank character of the input is in the body, in `removed`, or in a
// metadata span (headline, dates, authors, dateline).
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article } from '@newsmark/schema';
import { parseArticle } from '../src/index.js';

function uncovered(text: string, a: Article): string[] {
  const covered = new Uint8Array(text.length);
  const mark = (s: { start: number; end: number } | undefined) => {
    if (s) covered.fill(1, s.start, s.end);
  };
  a.body.forEach((b) => mark(b.span));
  a.removed.forEach((r) => mark(r.span));
  a.authors.forEach((x) => mark(x.span));
  mark(a.dateline?.span);
  mark(a.provenance.headline?.span);
  mark(a.provenance.datePublished?.span);
  mark(a.provenance.dateModified?.span);
  const lost: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!covered[i] && /\S/.test(text[i]!)) {
      let j = i;
      while (j < text.length && !covered[j]) j++;
      lost.push(text.slice(i, j).trim());
      i = j;
    }
  }
  return lost.filter(Boolean);
}

const dirs = [new URL('../../../eval/articles/', import.meta.url), new URL('./fixtures/', import.meta.url)];
const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.txt')).map((f) => new URL(f, d)));

describe('coverage of the input', () => {
  for (const file of files) {
    it(`should keep every character of ${file.pathname.split('/').slice(-2).join('/')}`, () => {
      const text = readFileSync(file, 'utf8');
      expect(uncovered(text, parseArticle(text))).toEqual([]);
    });
  }

  it('should keep every character of arbitrary text', () => {
    const chunk = fc.constantFrom('By Jane Doe', 'March 3, 2025', 'Advertisement', '“Go,” she said.', 'DENVER -- The port.', 'Read more: x', '\n', '\n\n', ' ', 'date 2024-10-25 ', 'Jane Doe is a writer.', 'Updated 3 hours ago');
    fc.assert(
      fc.property(fc.array(fc.oneof(chunk, fc.string({ maxLength: 20 })), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(uncovered(text, parseArticle(text))).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
