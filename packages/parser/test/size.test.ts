// Bundle size, measured the way a browser app's bundler sees the package: src/index.ts bundled
// with its dependencies (@newsmark/schema, and what it pulls in) for the browser platform,
// minified, gzipped.
//
// Raising the ceiling happens in the commit that causes the growth, and that commit says why.
import { buildSync, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const KB = 1024;
/** Ceiling for the parser, lexicons and dependencies included, minified and gzipped. */
const CEILING = 50 * KB;

interface Bundle {
  code: Uint8Array;
  metafile: Metafile;
}

let cached: Bundle | undefined;

// platform 'browser' makes esbuild fail on any `node:` or other Node built-in import, so a
// library that reaches for Node APIs fails here rather than in a user's bundler.
function bundle(): Bundle {
  if (cached) return cached;
  const result = buildSync({
    entryPoints: [new URL('../src/index.ts', import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  cached = { code: result.outputFiles[0]!.contents, metafile: result.metafile };
  return cached;
}

function nodeImports(metafile: Metafile): string[] {
  return Object.values(metafile.inputs)
    .flatMap((input) => input.imports.map((i) => i.path))
    .filter((path) => path.startsWith('node:'));
}

describe('@newsmark/parser bundle', () => {
  it('should bundle for the browser with no node: imports', () => {
    expect(nodeImports(bundle().metafile)).toEqual([]);
  });

  it(`should stay under ${CEILING / KB} KB minified and gzipped, dependencies included`, () => {
    const { code } = bundle();
    const gzipped = gzipSync(code, { level: 9 }).length;
    console.log(`@newsmark/parser: ${(code.length / KB).toFixed(1)} KB minified, ${(gzipped / KB).toFixed(1)} KB gzipped (ceiling ${CEILING / KB} KB)`);
    expect(gzipped).toBeLessThanOrEqual(CEILING);
  });
});
