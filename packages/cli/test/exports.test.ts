import { describe, expect, it } from 'vitest';

describe('@newsmark/cli public API', () => {
  it('should export exactly these names', async () => {
    const mod = await import('../src/index.js');
    expect(Object.keys(mod).sort()).toEqual(['EXIT_CODES', 'OUTPUT_FORMATS', 'extractJsonLdScripts', 'renderHtmlPage', 'runCli']);
  });
});
