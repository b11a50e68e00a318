// Fixture pairs: test/fixtures/NAME.txt and the Article it must parse to, NAME.json.
// A missing expected file, or UPDATE=1, writes it; review the diff.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleSchema } from '@newsmark/schema';
import { parseArticle } from '../src/index.js';

const dir = new URL('./fixtures/', import.meta.url);
const cases = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4));

describe('fixtures', () => {
  for (const name of cases) {
    it(`should parse ${name}.txt to ${name}.json`, () => {
      const text = readFileSync(new URL(`${name}.txt`, dir), 'utf8');
      const actual = JSON.parse(JSON.stringify(parseArticle(text)));
      expect(ArticleSchema.safeParse(actual).success).toBe(true);
      const expectedFile = new URL(`${name}.json`, dir);
      if (process.env.UPDATE || !existsSync(expectedFile)) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    });
  }
});
