// Bundle size of the model, zod included (browser platform, minified, gzipped). Raising the
// ceiling happens in the commit that causes the growth, and that commit says why.
import { describe, expect, it } from 'vitest';
import { KB, bundle, nodeImports, report } from '../../../test-support/bundle.js';

/** Ceiling for the whole package, zod included, minified and gzipped. */
const CEILING = 20 * KB;
const entry = new URL('../src/index.ts', import.meta.url);

describe('@newsmark/schema bundle', () => {
  it('should bundle for the browser with no node: imports', () => {
    expect(nodeImports(bundle(entry))).toEqual([]);
  });

  it(`should stay under ${CEILING / KB} KB minified and gzipped, zod included`, () => {
    expect(report('@newsmark/schema', bundle(entry), CEILING)).toBeLessThanOrEqual(CEILING);
  });
});
