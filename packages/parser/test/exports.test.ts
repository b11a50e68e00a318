import { describe, expect, it } from 'vitest';

describe('@newsmark/parser public API', () => {
  it('should export exactly these names', async () => {
    const mod = await import('../src/index.js');
    expect(Object.keys(mod).sort()).toEqual(['DEFAULT_MAX_LENGTH', 'NewsmarkError', 'PASS_NAMES', 'parseArticle']);
  });

  it('should run the passes in the documented order', async () => {
    const { PASS_NAMES } = await import('../src/index.js');
    expect(PASS_NAMES).toEqual(['normalize', 'segment', 'metadata', 'boilerplate', 'sentences', 'quotes', 'turns', 'attribution', 'entities', 'coreference', 'inner-names']);
  });
});
