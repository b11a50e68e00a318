#!/usr/bin/env node
// Measures the peak memory (max RSS) of the built CLI parsing many small NDJSON articles, to show
// that memory stays flat as the batch grows: results are streamed, never collected.
//
//   node bench/cli-rss.mjs                     10,000 then 100,000 articles, --format jsonld
//   node bench/cli-rss.mjs --records 50000 --format json --concurrency 1
//   node bench/cli-rss.mjs --records 100000 --concurrency 1 --heap 40
//
// --heap MB caps the CLI's V8 old space (--max-old-space-size): if the run still completes, the
// live heap did not grow with the batch, whatever the RSS (V8 grows its heap lazily when it can).
//
// It writes the input to a temporary file, runs `node dist/cli.js parse FILE` with stdout to a
// file, and reads the child's own process.resourceUsage() at exit (worker threads included).
import { spawnSync } from 'node:child_process';
import { closeSync, createWriteStream, mkdtempSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    records: { type: 'string', multiple: true },
    format: { type: 'string', default: 'jsonld' },
    concurrency: { type: 'string' },
    heap: { type: 'string' },
  },
});
const sizes = (values.records ?? ['10000', '100000']).map(Number);
const cli = fileURLToPath(new URL('../dist/cli.js', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'newsmark-rss-'));
const hook = join(dir, 'rss-hook.mjs');
writeFileSync(
  hook,
  "import { writeFileSync } from 'node:fs';\n" +
    "process.on('exit', () => writeFileSync(process.env.NEWSMARK_RSS_FILE, JSON.stringify(process.resourceUsage())));\n",
);

const CITIES = ['DENVER', 'LAGOS', 'OSAKA', 'LYON', 'QUITO', 'PERTH'];
const SURNAMES = ['Okafor', 'Lindqvist', 'Tanaka', 'Moreau', 'Salazar', 'Whitfield', 'Haddad', 'Novak'];
/** A small article (about 400 bytes) that varies with i, so caches and interning do not flatter the result. */
function article(i) {
  const a = SURNAMES[i % SURNAMES.length];
  const b = SURNAMES[(i * 7 + 3) % SURNAMES.length];
  const city = CITIES[i % CITIES.length];
  return [
    `Council ${i} approves plan for ${i % 97} new bus routes`,
    '',
    `By Sam ${a}`,
    `March ${(i % 28) + 1}, 2025`,
    '',
    `${city} — The city council voted on Tuesday to approve a $${(i % 50) + 1} million plan for new bus routes.`,
    '',
    `“This is the biggest change to our network in ${(i % 30) + 10} years,” transport chief Maria ${b} said.`,
    '',
    `Opponents said the plan was rushed. "We have not seen the costs," said council member Dan ${a}.`,
  ].join('\n');
}

async function writeInput(path, n) {
  const out = createWriteStream(path);
  for (let i = 0; i < n; i++) {
    if (!out.write(`${JSON.stringify({ id: `a${i}`, text: article(i) })}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
console.log(
  `newsmark parse --format ${values.format}${values.concurrency ? ` --concurrency ${values.concurrency}` : ''}` +
    `${values.heap ? ` (old space capped at ${values.heap} MB)` : ''} on Node ${process.version}`,
);
console.log('records    input      output     time      articles/s  max RSS');
for (const n of sizes) {
  const input = join(dir, `in-${n}.ndjson`);
  const output = join(dir, `out-${n}.ndjson`);
  const usage = join(dir, `usage-${n}.json`);
  await writeInput(input, n);
  const args = [`--import=${hook}`, ...(values.heap ? [`--max-old-space-size=${values.heap}`] : []), cli, 'parse', input, '--format', values.format, '--quiet'];
  if (values.concurrency) args.push('--concurrency', values.concurrency);
  // stdout goes to a file: a pipe back to this process would measure this script's buffering.
  const fd = openSync(output, 'w');
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { ...process.env, NEWSMARK_RSS_FILE: usage }, stdio: ['ignore', fd, 'inherit'] });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  closeSync(fd);
  if (r.status !== 0) throw new Error(`newsmark exited with ${r.status}`);
  const { maxRSS } = JSON.parse(readFileSync(usage, 'utf8'));
  console.log(
    `${String(n).padEnd(10)} ${mb(statSync(input).size).padEnd(10)} ${mb(statSync(output).size).padEnd(10)} ` +
      `${`${seconds.toFixed(1)} s`.padEnd(9)} ${String(Math.round(n / seconds)).padEnd(11)} ${mb(maxRSS * 1024)}`,
  );
  rmSync(input);
  rmSync(output);
}
rmSync(dir, { recursive: true, force: true });

