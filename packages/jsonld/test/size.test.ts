// Bundle size, measured the way a browser app's bundler sees the package: each entry point
// bundled from source with its dependencies for the browser platform, minified, gzipped.
//
// Raising a ceiling happens in the commit that causes the growth, and that commit says why.
import { describe, expect, it } from 'vitest';
import { KB, bundle, nodeImports, report } from '../../../test-support/bundle.js';

/** Ceiling for the main entry (`@newsmark/jsonld`), minified and gzipped. */
const MAIN_CEILING = 10 * KB;
/**
 * Ceiling for the checker entry (`@newsmark/jsonld/check`), minified and gzipped. Measured at
 * 34.9 KB, nearly all of it the schema.org vocabulary table; 40 KB leaves room for a vocabulary
 * release or two, not for a second copy of it.
 */
const CHECK_CEILING = 40 * KB;

const main = new URL('../src/index.ts', import.meta.url);
const check = new URL('../src/check.ts', import.meta.url);

describe('@newsmark/jsonld bundle', () => {
  it('should bundle the main entry for the browser with no node: imports', () => {
    expect(nodeImports(bundle(main))).toEqual([]);
  });

  it('should bundle the check entry for the browser with no node: imports', () => {
    expect(nodeImports(bundle(check))).toEqual([]);
  });

  it(`should keep the main entry under ${MAIN_CEILING / KB} KB minified and gzipped`, () => {
    expect(report('@newsmark/jsonld', bundle(main), MAIN_CEILING)).toBeLessThanOrEqual(MAIN_CEILING);
  });

  it('should keep the vocabulary out of the main entry', () => {
    expect(new TextDecoder().decode(bundle(main).code)).not.toContain('actionableFeedbackPolicy');
  });

  it(`should keep the check entry, vocabulary included, under ${CHECK_CEILING / KB} KB minified and gzipped`, () => {
    expect(report('@newsmark/jsonld/check', bundle(check), CHECK_CEILING)).toBeLessThanOrEqual(CHECK_CEILING);
  });
});
