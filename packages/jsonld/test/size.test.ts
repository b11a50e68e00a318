// Bundle size ceilings, measured the way a consumer's bundler sees the package: each entry point
// bundled from source with its dependencies, minified, gzipped. Raise a ceiling only in the change
// that needs it, and say why there.
import { buildSync } from 'esbuild';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const MAIN_CEILING = 10 * 1024;
const CHECK_CEILING = 40 * 1024;

function bundle(entry: string): Buffer {
  const result = buildSync({
    entryPoints: [new URL(entry, import.meta.url).pathname],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  return Buffer.from(result.outputFiles[0]?.contents ?? new Uint8Array());
}

describe('bundle size', () => {
  it(`should keep the main entry under ${MAIN_CEILING} bytes min+gz`, () => {
    expect(gzipSync(bundle('../src/index.ts'), { level: 9 }).length).toBeLessThan(MAIN_CEILING);
  });

  it('should keep the vocabulary out of the main entry', () => {
    expect(bundle('../src/index.ts').toString('utf8')).not.toContain('actionableFeedbackPolicy');
  });

  it(`should keep the check entry, vocabulary included, under ${CHECK_CEILING} bytes min+gz`, () => {
    expect(gzipSync(bundle('../src/check.ts'), { level: 9 }).length).toBeLessThan(CHECK_CEILING);
  });
});
