import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES } from '../src/lexicon/boilerplate.js';

// The top-level alternatives of a pattern's source ("a|(b|c)|d" → "a", "(b|c)", "d").
function alternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      current += c + source[++i];
      continue;
    }
    if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      out.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  out.push(current);
  return out;
}

const UNICODE_ONLY = /\\[pP]\{|\\u\{|[\u{10000}-\u{10FFFF}]/u;

// Every paragraph of an article is tested against the rules, so what a rule costs per character
// is what the parser costs per character. These check the two shapes that made V8 slow.
describe('boilerplate rules', () => {
  it('should carry the u flag only where a pattern uses a Unicode-mode feature', () => {
    const needless = BOILERPLATE_RULES.filter((r) => r.pattern.unicode && !UNICODE_ONLY.test(r.pattern.source));
    expect(needless.map((r) => r.pattern.source)).toEqual([]);
  });

  it('should not open an unanchored alternative with \\b under the i and u flags together', () => {
    // (V8 tests such a word boundary at every character, several times slower than under i alone:
    // put the alternative in a rule without u.)
    const slow = BOILERPLATE_RULES.filter((r) => r.pattern.unicode && r.pattern.ignoreCase).flatMap((r) =>
      alternatives(r.pattern.source).filter((a) => a.startsWith('\\b')),
    );
    expect(slow).toEqual([]);
  });

  it('should find the alternatives of a pattern at its top level only', () => {
    expect(alternatives(String.raw`^a(?:b|c)|[|(]d\||e`)).toEqual(['^a(?:b|c)', String.raw`[|(]d\|`, 'e']);
  });
});
