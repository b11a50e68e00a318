/**
 * The offline JSON-LD checker: schema.org 30.0 vocabulary rules and Google's Article guidance,
 * with no network access. A separate entry point (`@newsmark/jsonld/check`) because the
 * vocabulary table it ships is larger than the rest of the package.
 *
 * @packageDocumentation
 */
export { checkJsonLd, formatCheckIssues } from './check/check.js';
export type { CheckIssue, CheckIssueCode, CheckOptions, CheckSeverity } from './check/check.js';
export { SCHEMA_ORG_RELEASE } from './vocab/schemaorg.generated.js';
