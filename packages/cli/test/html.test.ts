import { describe, expect, it } from 'vitest';
import { extractJsonLdScripts } from '../src/html.js';

describe('extractJsonLdScripts', () => {
  it('should find JSON-LD scripts whatever the tag case or type parameters', async () => {
    const page = '<html><head>\n<SCRIPT TYPE="Application/LD+JSON; charset=utf-8">{"a":1}</SCRIPT>\n</head><body><script type="application/ld+json">{"b":2}</script></body></html>';
    const scripts = await extractJsonLdScripts(page);
    expect(scripts.map((s) => [s.index, s.line, s.text])).toEqual([
      [1, 2, '{"a":1}'],
      [2, 3, '{"b":2}'],
    ]);
  });

  it('should ignore scripts inside comments and scripts of other types', async () => {
    const page = '<!-- <script type="application/ld+json">{"c":3}</script> --><script>var x = "application/ld+json";</script><script type="application/json">{}</script>';
    expect(await extractJsonLdScripts(page)).toEqual([]);
  });

  it('should read a script body the way a browser does, up to the first </script>', async () => {
    const page = '<script type="application/ld+json">{"t":"<b>"}</script>';
    expect((await extractJsonLdScripts(page))[0]!.text).toBe('{"t":"<b>"}');
  });
});
