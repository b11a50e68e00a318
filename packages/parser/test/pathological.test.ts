// Pathological inputs, 1 MB each. Each parse runs in a worker thread (test/pathological-worker.mjs,
// on the BUILT parser in dist/) that is terminated after WORKER_TIMEOUT_MS, so a super-linear
// blow-up fails its test instead of hanging the run. Two bounds: an absolute one, loose enough for
// a loaded CI machine, and linearity (1 MB takes at most MAX_RATIO times what 250 KB takes; a
// linear parser shows about 4, a quadratic one about 16). `pnpm bench` reports the speed itself.
import { readFileSync, readdirSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';

const MB = 1_000_000;
/** The bound each parse must meet on a loaded 2-core CI machine (idle: 0.4–1.7 s per case). */
const LIMIT_MS = 5_000;
/** Largest allowed time(1 MB) / time(250 KB): 4 is linear; the slack absorbs timer noise. */
const MAX_RATIO = 8;
/** After this long the worker is stopped and the test fails as a hang. */
const WORKER_TIMEOUT_MS = 20_000;

/** `unit` repeated to exactly `length` characters. */
const fill = (unit: string, length = MB) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

/** Sentences made by `make(0)`, `make(1)`, … up to exactly `length` characters. */
function sentences(length: number, make: (k: number) => string): string {
  const parts: string[] = [];
  for (let k = 0, size = 0; size < length; k++) {
    parts.push(make(k));
    size += parts[parts.length - 1]!.length;
  }
  return parts.join('').slice(0, length);
}
/** A capitalised word of letters only, different for every `k` ("Eqa", "Eqb", …), whose first
 * letter in lower case is everywhere in the text: a search for it in lower case is slow. */
const unknownWord = (k: number) => `Eq${k.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)))}`;

const articles = new URL('../../../eval/articles/', import.meta.url);
const realArticles = readdirSync(articles)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(new URL(f, articles), 'utf8'))
  .join('\n\n');

// Each case is made at any length, so that a quarter-size input has the same make-up.
const CASES: [name: string, make: (length: number) => string][] = [
  ['a run of opening quote marks', (n) => fill('“', n)],
  ['no white space at all', (n) => fill('Minister.“We,”said-Smith,(Acme)Corp’s$5m;', n)],
  ['300,000 open brackets', (n) => '('.repeat(0.3 * n) + fill(' The minister (said', 0.7 * n)],
  ['100,000 lines of “said he”', (n) => fill('“said he”\n', n)],
  ['an unclosed quote in every paragraph', (n) => fill('“We will not back down, the minister said on Monday in Paris\n\n', n)],
  ['real articles concatenated', (n) => fill(`${realArticles}\n\n`, n)],
  ['one sentence with quoted words all through it', (n) => fill('the so-called “plan” and the “deal” by Acme ', n)],
  ['one line of ordinary words with no full stop', (n) => fill('the plan works in Paris today ', n)],
  // A "name" thousands of words long: names inside names must not be searched pair by pair.
  ['one organization name a megabyte long', (n) => fill('Bank of ', n - 8) + 'England.'],
  ['capitalised words with no full stop', (n) => fill('Alpha Beta Gamma Delta ', n)],
  ['nicknames in quotation marks all through one name', (n) => fill('Walter “Walt” ', n)],
  // (each paragraph opens with a different unknown word before a given name: a role or part of
  // the name, which the parser settles by looking the word up among the text's lower-case words)
  ['a different unknown word before a full name in every sentence', (n) => sentences(n, (k) => `${unknownWord(k)} John Smith spoke here.\n\n`)],
  // (every paragraph a transcript turn or an interview answer: each turn is found once)
  ['a transcript of speaker-labelled turns', (n) => fill('BRAMBLE: We went there.\n\nAALTONEN: So did “we”.\n\nSkarn: No.\n\nQ: Why?\n\nA: Because.\n\n', n)],
];

interface Outcome {
  ms: number;
  quarterMs: number;
  counts: Record<string, number>;
}

function parseInWorker(text: string, quarter: string): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./pathological-worker.mjs', import.meta.url), { workerData: { text, quarter } });
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
  it.each(CASES)(`should parse 1 MB of %s in linear time, under ${LIMIT_MS} ms`, async (name, make) => {
    const text = make(MB);
    const { ms, quarterMs, counts } = await parseInWorker(text, make(MB / 4));
    console.log(`${name}: ${(text.length / MB).toFixed(2)} MB in ${ms.toFixed(0)} ms (a quarter in ${quarterMs.toFixed(0)} ms) ${JSON.stringify(counts)}`);
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(ms / Math.max(quarterMs, 25)).toBeLessThan(MAX_RATIO);
  }, WORKER_TIMEOUT_MS + 5_000);
});
