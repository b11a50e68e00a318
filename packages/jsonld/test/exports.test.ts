import { describe, expect, it } from 'vitest';

describe('@newsmark/jsonld public API', () => {
  it('should export exactly these names from the main entry', async () => {
    const mod = await import('../src/index.js');
    expect(Object.keys(mod).sort()).toEqual(['JsonLdError', 'fromJsonLd', 'toJsonLd', 'toJsonLdWithReport', 'toScriptTag']);
  });

  it('should export exactly these names from the check entry', async () => {
    const mod = await import('../src/check.js');
    expect(Object.keys(mod).sort()).toEqual(['SCHEMA_ORG_RELEASE', 'checkJsonLd', 'formatCheckIssues']);
  });
});
