// Pathological inputs, 1 MB each: each must parse in well under a second. Each parse runs in a
// worker thread (test/pathological-worker.mjs, on the BUILT parser in dist/) that is terminated
// after WORKER_TIMEOUT_MS, so a super-linear blow-up fails its test instead of hanging the run.
import { readFileSync, readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const MB = 1_000_000;
/** The bound each parse must meet. Well under a second is the aim; 2 s absorbs CI noise. */
const LIMIT_MS = 2_000;
/** After this long the worker is stopped and the test fails as a hang. */
const WORKER_TIMEOUT_MS = 10_000;

/** `unit` repeated to exactly `length` characters. */
const fill = (unit: string, length = MB) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

const articles = new URL('../../../eval/articles/', import.meta.url);
const realArticles = readdirSync(articles)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, articles), 'utf8'))
  .join('\n\n');

const CASES: [name: string, text: string][] = [
  ['a run of opening quote marks', fill('“')],
  ['no white space at all', fill('Minister.“We,”said-Smith,(Acme)Corp’s$5m;')],
  ['300,000 open brackets', '('.repeat(300_000) + fill(' The minister (said', MB - 300_000)],
  ['100,000 lines of “said he”', '“said he”\n'.repeat(100_000)],
  ['an unclosed quote in every paragraph', fill('“We will not back down, the minister said on Monday in Paris\n\n')],
  ['real articles concatenated', fill(`${realArticles}\n\n`)],
  ['one sentence with quoted words all through it', fill('the so-called “plan” and the “deal” by Acme ')],
  ['one line of ordinary words with no full stop', fill('the plan works in Paris today ')],
];

interface Outcome {
  ms: number;
  counts: Record<string, number>;
}

function parseInWorker(text: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pathological-worker.mjs', import.meta.url), { workerData: { text } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`parse did not finish within ${WORKER_TIMEOUT_MS} ms (worker stopped)`));
    }, WORKER_TIMEOUT_MS);
    worker.once('message', (outcome: Outcome) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(outcome);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

describe('parseArticle on pathological input', () => {
  it.each(CASES)(`should parse 1 MB of %s in under ${LIMIT_MS} ms`, async (name, text) => {
    const { ms, counts } = await parseInWorker(text);
    console.log(`${name}: ${(text.length / MB).toFixed(2)} MB in ${ms.toFixed(0)} ms ${JSON.stringify(counts)}`);
    expect(ms).toBeLessThan(LIMIT_MS);
  }, WORKER_TIMEOUT_MS + 5_000);
});
