#!/usr/bin/env node
/**
 * Throughput, per-pass cost and linearity of the built parser, with compromise as the baseline.
 *
 *   pnpm bench                      build the packages, then run this
 *   node bench/run.mjs              table (needs packages/parser/dist: run `pnpm build` first)
 *   node bench/run.mjs --json       the same figures as JSON
 *   node bench/run.mjs --rounds 9   more timed rounds (default 7; the median round is reported)
 *
 * Corpus: every eval/articles/*.txt plus the GUM news texts in bench/gum/data/gum-news.json when
 * that file is there. Both libraries parse the same texts in the same process: one warm-up round
 * each, then timed rounds that alternate between them (and which of them goes first), so neither
 * gets a cooler JIT or a luckier moment of machine load. compromise does what a caller who wants
 * names would do: `nlp(text)` then `.people()`, `.places()` and `.organizations()` as arrays.
 *
 * The per-pass breakdown needs the passes, which the package does not export: esbuild bundles
 * packages/parser/src (pipeline, context, options, assemble) into a temporary ESM file, and each
 * pass's `run` is timed in order over the corpus. Its total is close to, not equal to, the
 * `parseArticle` figure (a separate bundle, its own JIT warm-up).
 *
 * Linearity: per-character time on the longest eval article repeated 20 times (blank line
 * between copies) over per-character time on the article alone, best of 5 alternating samples
 * each. Close to 1 means cost grows in proportion to length.
 */
import { readFileSync, readdirSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const PARSER_DIST = join(root, 'packages/parser/dist/index.js');
const PARSER_SRC = join(root, 'packages/parser/src');
const ARTICLES = join(root, 'eval/articles');
const GUM = join(root, 'bench/gum/data/gum-news.json');

/** What the README promises; the table marks each figure against these. */
export const TARGETS = { mbPerSecond: 10, timesCompromise: 60, linearity: 1.3 };
const REPEAT = 20;
const WARM_UP_ROUNDS = 3;
const LINEARITY_SAMPLES = 5;

/**
 * Reads the benchmark corpus.
 * @returns {{ texts: { name: string, text: string }[], notes: string[] }}
 */
export function loadCorpus() {
  const notes = [];
  const texts = readdirSync(ARTICLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => ({ name: `eval/${f}`, text: readFileSync(join(ARTICLES, f), 'utf8') }));
  if (existsSync(GUM)) {
    for (const doc of JSON.parse(readFileSync(GUM, 'utf8')).docs) texts.push({ name: `gum/${doc.name}`, text: doc.text });
  } else {
    notes.push('bench/gum/data/gum-news.json not found: GUM texts skipped (run node bench/gum/build.mjs)');
  }
  return { texts, notes };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function timeRound(fn, texts) {
  const t0 = performance.now();
  for (const { text } of texts) fn(text);
  return performance.now() - t0;
}

// Runs `fn(text)` until at least `minMs` have passed (and at least `minRuns` times); ms per call.
function timePerCall(fn, text, minMs, minRuns) {
  let runs = 0;
  const t0 = performance.now();
  let elapsed = 0;
  while (runs < minRuns || elapsed < minMs) {
    fn(text);
    runs++;
    elapsed = performance.now() - t0;
  }
  return elapsed / runs;
}

/** Bundles the parser's passes from source into a temporary module and imports it. */
async function loadPasses() {
  const { build } = await import('esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'newsmark-bench-'));
  const outfile = join(dir, 'passes.mjs');
  try {
    await build({
      stdin: {
        contents: [
          `export { PASSES } from './pipeline.ts';`,
          `export { createContext } from './context.ts';`,
          `export { resolveOptions } from './options.ts';`,
          `export { assemble } from './assemble.ts';`,
        ].join('\n'),
        resolveDir: PARSER_SRC,
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'node',
      target: 'es2022',
      outfile,
      logLevel: 'error',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    // The module is in memory once imported.
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Times each pass (and `assemble`) over the corpus: a warm-up round, then `rounds` rounds.
 * @returns {{ name: string, ms: number }[]} median ms per round, by pass
 */
function passBreakdown(mod, texts, rounds) {
  const names = [...mod.PASSES.map((p) => p.name), 'assemble'];
  const samples = names.map(() => []);
  const options = mod.resolveOptions(undefined);
  for (let r = -WARM_UP_ROUNDS; r < rounds; r++) {
    const totals = names.map(() => 0);
    for (const { text } of texts) {
      let ctx = mod.createContext(text, options);
      mod.PASSES.forEach((pass, i) => {
        const t0 = performance.now();
        ctx = pass.run(ctx);
        totals[i] += performance.now() - t0;
      });
      const t0 = performance.now();
      mod.assemble(ctx);
      totals[names.length - 1] += performance.now() - t0;
    }
    if (r >= 0) totals.forEach((t, i) => samples[i].push(t));
  }
  return names.map((name, i) => ({ name, ms: median(samples[i]) }));
}

function parseArgs(argv) {
  const args = { json: false, rounds: 7 };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--json') args.json = true;
    else if (argv[i] === '--rounds') args.rounds = Number(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}; use --json, --rounds N`);
  }
  if (!Number.isInteger(args.rounds) || args.rounds < 1) throw new Error('--rounds needs a positive integer');
  return args;
}

/**
 * Runs the whole benchmark.
 * @param {{ rounds: number, log?: (line: string) => void }} options
 */
export async function runBench({ rounds, log = () => {} }) {
  if (!existsSync(PARSER_DIST)) throw new Error('packages/parser/dist/index.js is missing: run `pnpm build` (or `pnpm bench`) first');
  const { parseArticle } = await import(pathToFileURL(PARSER_DIST).href);
  const nlp = (await import('compromise')).default;
  const compromise = (text) => {
    const doc = nlp(text);
    return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
  };

  const { texts, notes } = loadCorpus();
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t.text, 'utf8'), 0);
  const chars = texts.reduce((n, t) => n + t.text.length, 0);

  log(`corpus: ${texts.length} articles, ${(bytes / 1e3).toFixed(1)} kB; warming up`);
  // The parser's first rounds run several times slower than later ones while V8 optimises it;
  // compromise settles after one.
  for (let r = 0; r < WARM_UP_ROUNDS; r++) timeRound(parseArticle, texts);
  timeRound(compromise, texts);
  const times = { newsmark: [], compromise: [] };
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? ['compromise', 'newsmark'] : ['newsmark', 'compromise'];
    for (const who of order) times[who].push(timeRound(who === 'newsmark' ? parseArticle : compromise, texts));
    log(`round ${r + 1}/${rounds}: newsmark ${times.newsmark.at(-1).toFixed(0)} ms, compromise ${times.compromise.at(-1).toFixed(0)} ms`);
  }
  const throughput = (ms, all) => ({ ms, roundsMs: all, mbPerSecond: bytes / 1e6 / (ms / 1e3), articlesPerSecond: texts.length / (ms / 1e3) });
  const newsmark = throughput(median(times.newsmark), times.newsmark);
  const baseline = throughput(median(times.compromise), times.compromise);

  log('per-pass breakdown');
  const passes = passBreakdown(await loadPasses(), texts, rounds);
  const passTotal = passes.reduce((n, p) => n + p.ms, 0);

  log('linearity');
  const longest = texts.filter((t) => t.name.startsWith('eval/')).reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const single = longest.text;
  const repeated = Array.from({ length: REPEAT }, () => single).join('\n\n');
  // Alternating samples, best of each: the fastest run is the one least disturbed by other load
  // on the machine, and the ratio compares the two sizes under the same conditions.
  timePerCall(parseArticle, repeated, 500, 3);
  const singles = [];
  const repeats = [];
  for (let k = 0; k < LINEARITY_SAMPLES; k++) {
    singles.push(timePerCall(parseArticle, single, 300, 10) / single.length);
    repeats.push(timePerCall(parseArticle, repeated, 300, 2) / repeated.length);
  }
  const perCharSingle = Math.min(...singles);
  const perCharRepeated = Math.min(...repeats);

  return {
    node: process.version,
    corpus: { articles: texts.length, bytes, chars, notes },
    rounds,
    newsmark,
    compromise: baseline,
    timesCompromise: baseline.ms / newsmark.ms,
    passes: passes.map((p) => ({ ...p, share: p.ms / passTotal })),
    linearity: {
      article: longest.name,
      singleChars: single.length,
      repeatedChars: repeated.length,
      copies: REPEAT,
      usPerKcharSingle: perCharSingle * 1e6,
      usPerKcharRepeated: perCharRepeated * 1e6,
      ratio: perCharRepeated / perCharSingle,
    },
    targets: TARGETS,
  };
}

function mark(ok) {
  return ok ? 'ok' : 'MISSED';
}

/** The human-readable report. */
export function formatReport(r) {
  const pad = (s, n) => String(s).padEnd(n);
  const num = (x, d = 1) => x.toFixed(d).padStart(9);
  const lines = [];
  lines.push(`newsmark benchmark — Node ${r.node}, ${r.corpus.articles} articles, ${(r.corpus.bytes / 1e3).toFixed(1)} kB, median of ${r.rounds} rounds`);
  for (const note of r.corpus.notes) lines.push(`note: ${note}`);
  lines.push('');
  lines.push(`${pad('', 12)}${'ms/round'.padStart(9)}${'MB/s'.padStart(9)}${'art/s'.padStart(9)}`);
  for (const [name, t] of [['newsmark', r.newsmark], ['compromise', r.compromise]]) {
    lines.push(`${pad(name, 12)}${num(t.ms)}${num(t.mbPerSecond, 2)}${num(t.articlesPerSecond, 0)}`);
  }
  lines.push('');
  lines.push(`${pad('pass', 14)}${'ms/round'.padStart(9)}${'share'.padStart(8)}`);
  for (const p of r.passes) lines.push(`${pad(p.name, 14)}${num(p.ms)}${`${(p.share * 100).toFixed(1)}%`.padStart(8)}`);
  lines.push('');
  const lin = r.linearity;
  lines.push(`linearity: ${lin.article} (${lin.singleChars} chars) ${lin.usPerKcharSingle.toFixed(1)} µs/kchar alone, ${lin.usPerKcharRepeated.toFixed(1)} µs/kchar ×${lin.copies} (${lin.repeatedChars} chars)`);
  lines.push('');
  lines.push(`${pad('target', 24)}${'measured'.padStart(10)}${'goal'.padStart(9)}`);
  lines.push(`${pad('throughput (MB/s)', 24)}${num(r.newsmark.mbPerSecond, 2).padStart(10)}${`≥ ${r.targets.mbPerSecond}`.padStart(9)}  ${mark(r.newsmark.mbPerSecond >= r.targets.mbPerSecond)}`);
  lines.push(`${pad('× compromise', 24)}${num(r.timesCompromise, 1).padStart(10)}${`≥ ${r.targets.timesCompromise}`.padStart(9)}  ${mark(r.timesCompromise >= r.targets.timesCompromise)}`);
  lines.push(`${pad(`linearity (×${lin.copies} / ×1)`, 24)}${num(lin.ratio, 2).padStart(10)}${`≤ ${r.targets.linearity}`.padStart(9)}  ${mark(lin.ratio <= r.targets.linearity)}`);
  return lines.join('\n');
}

async function main(argv) {
  const args = parseArgs(argv);
  const result = await runBench({ rounds: args.rounds, log: args.json ? undefined : (line) => process.stderr.write(`${line}\n`) });
  console.log(args.json ? JSON.stringify(result, null, 2) : formatReport(result));
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    await main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
