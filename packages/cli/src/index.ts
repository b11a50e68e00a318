/**
 * The `newsmark` command line as a library: {@link runCli} is what the bin runs, so tests and
 * other programs can run the same command in-process.
 *
 * @packageDocumentation
 */
export { runCli } from './program.js';
export { EXIT_CODES, OUTPUT_FORMATS } from './io.js';
export type { CliIo, ExitCode, OutputFormat } from './io.js';
export { renderHtmlPage } from './render.js';
export { extractJsonLdScripts } from './html.js';
export type { JsonLdScript } from './html.js';
