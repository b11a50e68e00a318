// Bundle measurement for the packages' size tests: an entry bundled from source with its
// dependencies the way a browser app's bundler sees it, minified, then gzipped.
//
// platform 'browser' makes esbuild fail on any `node:` or other Node built-in import, so a
// library that reaches for Node APIs fails its size test rather than in a user's bundler.
import { buildSync, type Metafile } from 'esbuild';
import { gzipSync } from 'node:zlib';

/** One kibibyte, the unit of every ceiling. */
export const KB = 1024;

/** A bundled entry: its minified code, its gzipped size and what it imports. */
export interface Bundle {
  code: Uint8Array;
  gzipped: number;
  metafile: Metafile;
}

const cache = new Map<string, Bundle>();

/** Bundles the entry at `url` (a file URL) once and caches the result. */
export function bundle(url: URL): Bundle {
  const hit = cache.get(url.href);
  if (hit) return hit;
  const result = buildSync({
    entryPoints: [url.pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    metafile: true,
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const out = { code, gzipped: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
  cache.set(url.href, out);
  return out;
}

/** The `node:` modules a bundle imports (none, for a library that runs in browsers). */
export function nodeImports(b: Bundle): string[] {
  return Object.values(b.metafile.inputs)
    .flatMap((input) => input.imports.map((i) => i.path))
    .filter((path) => path.startsWith('node:'));
}

/** Prints a bundle's sizes beside its ceiling and returns the gzipped size. */
export function report(name: string, b: Bundle, ceiling: number): number {
  console.log(`${name}: ${(b.code.length / KB).toFixed(1)} KB minified, ${(b.gzipped / KB).toFixed(1)} KB gzipped (ceiling ${ceiling / KB} KB)`);
  return b.gzipped;
}
