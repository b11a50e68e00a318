#!/usr/bin/env node
// Parses every article of the evaluation corpus (eval/articles, plus the seed article from
// ../shared/eval when it is there) with the built parser and scores it with the shared scorer.
// Usage: node scripts/eval.mjs [--verbose] [--out DIR]
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { parseArticle } from '../packages/parser/dist/index.js';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const outAt = args.indexOf('--out');
const out = outAt >= 0 ? args[outAt + 1] : mkdtempSync(join(tmpdir(), 'newsmark-eval-'));
const gold = join(out, 'gold');
mkdirSync(gold, { recursive: true });
const shared = join(root, '..', 'shared', 'eval');
const sources = [[join(root, 'eval', 'articles'), join(root, 'eval', 'gold')]];
if (existsSync(join(shared, 'articles'))) sources.push([join(shared, 'articles'), join(shared, 'gold')]);
for (const [articles, golds] of sources) {
  for (const f of readdirSync(articles).filter((f) => f.endsWith('.txt'))) {
    const name = f.slice(0, -4);
    if (!existsSync(join(golds, `${name}.json`))) continue;
    const article = parseArticle(readFileSync(join(articles, f), 'utf8'));
    writeFileSync(join(out, `${name}.json`), JSON.stringify(article, null, 2));
    copyFileSync(join(golds, `${name}.json`), join(gold, `${name}.json`));
  }
}
const scorer = existsSync(join(shared, 'score.mjs')) ? join(shared, 'score.mjs') : null;
if (!scorer) {
  console.log(`parsed into ${out}; ../shared/eval/score.mjs is not here to score them`);
  process.exit(0);
}
const r = spawnSync(process.execPath, [scorer, out, '--gold', gold, ...(args.includes('--verbose') ? ['--verbose'] : [])], { stdio: 'inherit', env: process.env });
process.exit(r.status ?? 1);
