// Runs one parse in a worker thread for pathological.test.ts, so a parse that never ends can be
// stopped (worker.terminate()) instead of freezing the test run. Loads the BUILT parser: run
// `pnpm --filter @newsmark/parser build` first (turbo's test task does).
import { parentPort, workerData } from 'node:worker_threads';

const { parseArticle } = await import(new URL('../dist/index.js', import.meta.url).href);

const text = workerData.text;
// A quarter of the input first (which also warms the parser up), then the whole: the ratio of
// the two times tells linear from super-linear whatever the machine's speed.
const quarter = workerData.quarter;
let start = performance.now();
parseArticle(quarter);
const quarterMs = performance.now() - start;
start = performance.now();
const article = parseArticle(text);
const ms = performance.now() - start;
parentPort.postMessage({
  ms,
  quarterMs,
  counts: { body: article.body.length, quotes: article.quotes.length, entities: article.entities.length, diagnostics: article.diagnostics.length },
});
