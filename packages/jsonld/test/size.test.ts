// Bundle size, measured the way a browser app's bundler sees the package: each entry point
// bundled from source with its dependencies for the browser platform, minified, gzipped.
//
// Raising a ceiling happens in the commit that causes the growth, and that commit says why.
import { buildSync, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const KB = 1024;
/** Ceiling for the main entry (`@newsmark/jsonld`), minified and gzipped. */
const MAIN_CEILING = 10 * KB;
/**
 * Ceiling for the checker entry (`@newsmark/jsonld/check`), minified and gzipped. Measured at
 * 34.9 KB, nearly all of it the schema.org vocabulary table; 40 KB leaves room for a vocabulary
 * release or two, not for a second copy of it.
 */
const CHECK_CEILING = 40 * KB;

interface Bundle {
  code: Uint8Array;
  metafile: Metafile;
}

const cache = new Map<string, Bundle>();

// platform 'browser' makes esbuild fail on any `node:` or other Node built-in import, so a
// library that reaches for Node APIs fails here rather than in a user's bundler.
function bundle(entry: string): Bundle {
  const hit = cache.get(entry);
  if (hit) return hit;
  const result = buildSync({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const out = { code: result.outputFiles[0]!.contents, metafile: result.metafile };
  cache.set(entry, out);
  return out;
}

function nodeImports(metafile: Metafile): string[] {
  return Object.values(metafile.inputs)
    .flatMap((input) => input.imports.map((i) => i.path))
    .filter((path) => path.startsWith('node:'));
}

function gzipped(entry: string, name: string, ceiling: number): number {
  const { code } = bundle(entry);
  const size = gzipSync(code, { level: 9 }).length;
  console.log(`${name}: ${(code.length / KB).toFixed(1)} KB minified, ${(size / KB).toFixed(1)} KB gzipped (ceiling ${ceiling / KB} KB)`);
  return size;
}

describe('@newsmark/jsonld bundle', () => {
  it('should bundle the main entry for the browser with no node: imports', () => {
    expect(nodeImports(bundle('../src/index.ts').metafile)).toEqual([]);
  });

  it('should bundle the check entry for the browser with no node: imports', () => {
    expect(nodeImports(bundle('../src/check.ts').metafile)).toEqual([]);
  });

  it(`should keep the main entry under ${MAIN_CEILING / KB} KB minified and gzipped`, () => {
    expect(gzipped('../src/index.ts', '@newsmark/jsonld', MAIN_CEILING)).toBeLessThanOrEqual(MAIN_CEILING);
  });

  it('should keep the vocabulary out of the main entry', () => {
    expect(new TextDecoder().decode(bundle('../src/index.ts').code)).not.toContain('actionableFeedbackPolicy');
  });

  it(`should keep the check entry, vocabulary included, under ${CHECK_CEILING / KB} KB minified and gzipped`, () => {
    expect(gzipped('../src/check.ts', '@newsmark/jsonld/check', CHECK_CEILING)).toBeLessThanOrEqual(CHECK_CEILING);
  });
});
