#!/usr/bin/env node
/**
 * Scores quotation and named-entity spans against the GUM news subset (bench/gum/data/gum-news.json,
 * made by build.mjs), for the built newsmark parser and, as a baseline, compromise, in one run.
 *
 *   node bench/gum/score.mjs              table for newsmark and compromise
 *   node bench/gum/score.mjs --json       the same as JSON
 *   node bench/gum/score.mjs --self-test  checks the gold data and the scorer (gold scores 1, nothing scores 0)
 *   node bench/gum/score.mjs --split test only the documents of one split (train, dev, test)
 *
 * Quotes: a predicted quote that is not a scare quote matches a gold <quote> span if they overlap by
 * at least half of the longer one; scare quotes are scored against gold <q> spans the same way.
 * Matching is one to one, best overlap first.
 *
 * Mentions: every mention of a person, organization or place entity, with its entity's type, is a
 * prediction (newsmark mentions of kind pronoun, description or cue are left out: they are not
 * names). Gold is the GUM mentions of those types whose head is a proper noun. Strict: same type,
 * and the span equals, after trimming spaces, punctuation, a leading "the" and a trailing "'s", the
 * gold mention, its minimal span or its name (see build.mjs). Relaxed: same type and an overlap of at
 * least half of the longer span with one of those. A predicted mention that matches no named gold
 * mention counts against precision.
 *
 * The module exports the pieces (loadGum, scoreDocuments, predictors …) for tests.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** Path of the committed gold data. */
export const GUM_DATA = join(here, 'data', 'gum-news.json');
/** Entity types scored. */
export const TYPES = ['person', 'organization', 'place'];

/**
 * Reads the gold data.
 * @param {string} [path]
 * @returns {{ docs: GoldDoc[] }}
 * @typedef {{ start: number, end: number }} Span
 * @typedef {Span & { minStart: number, minEnd: number, nameStart: number, nameEnd: number, type: string, named: boolean, identity?: string }} GoldMention
 * @typedef {{ name: string, split: string, title: string, text: string, quotes: Span[], scareQuotes: Span[], entities: GoldMention[] }} GoldDoc
 * @typedef {{ quotes: Span[], scareQuotes: Span[], mentions: Array<Span & { type: string }> }} Prediction
 */
export function loadGum(path = GUM_DATA) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

// ---------------------------------------------------------------------------------------------
// Matching

/** Characters two spans share. */
export function overlap(a, b) {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Overlap as a share of the longer span: 1 for equal spans, 0 for disjoint ones. */
export function overlapRatio(a, b) {
  const longer = Math.max(a.end - a.start, b.end - b.start);
  return longer === 0 ? 0 : overlap(a, b) / longer;
}

/**
 * One-to-one matching, best score first (ties: earlier gold, then earlier prediction).
 * @param {number} goldCount
 * @param {number} predCount
 * @param {(g: number, p: number) => number} score  0 for "cannot match"
 * @returns {number} the number of matched pairs
 */
export function matchOneToOne(goldCount, predCount, score) {
  const pairs = [];
  for (let g = 0; g < goldCount; g++) {
    for (let p = 0; p < predCount; p++) {
      const s = score(g, p);
      if (s > 0) pairs.push([s, g, p]);
    }
  }
  pairs.sort((a, b) => b[0] - a[0] || a[1] - b[1] || a[2] - b[2]);
  const usedGold = new Set();
  const usedPred = new Set();
  for (const [, g, p] of pairs) {
    if (usedGold.has(g) || usedPred.has(p)) continue;
    usedGold.add(g);
    usedPred.add(p);
  }
  return usedGold.size;
}

/** A span without spaces, punctuation, a leading "the" or a trailing possessive at its ends. */
export function trimSpan(text, span) {
  let { start, end } = span;
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const slice = text.slice(start, end);
    const lead = slice.length - slice.replace(/^[\s"'“”‘’«».,;:!?()[\]{}—–-]+/, '').replace(/^the\s+/i, '').length;
    const tail = /(?:['’]s?|[\s"“”‘«».,;:!?()[\]{}—–-])+$/.exec(slice.slice(lead));
    const trail = tail ? tail[0].length : 0;
    if (lead > 0 || trail > 0) {
      start += lead;
      end = Math.max(start, end - trail);
      changed = true;
    }
  }
  return { start, end };
}

const sameSpan = (a, b) => a.start === b.start && a.end === b.end;
const RATIO = 0.5;

/**
 * Counts for quotes: gold <quote> against non-scare predictions, gold <q> against scare ones.
 * @param {GoldDoc} doc
 * @param {Prediction} pred
 */
export function scoreQuotes(doc, pred) {
  const count = (gold, predicted) => ({
    tp: matchOneToOne(gold.length, predicted.length, (g, p) => {
      const r = overlapRatio(gold[g], predicted[p]);
      return r >= RATIO ? r : 0;
    }),
    pred: predicted.length,
    gold: gold.length,
  });
  return { quotes: count(doc.quotes, pred.quotes), scareQuotes: count(doc.scareQuotes, pred.scareQuotes) };
}

/**
 * Counts for named mentions per type, strict and relaxed.
 * @param {GoldDoc} doc
 * @param {Prediction} pred
 */
export function scoreMentions(doc, pred) {
  const out = {};
  for (const type of TYPES) {
    const gold = doc.entities.filter((e) => e.named && e.type === type);
    const predicted = pred.mentions.filter((m) => m.type === type);
    const goldSpans = gold.map((g) => [
      { start: g.start, end: g.end },
      { start: g.minStart, end: g.minEnd },
      { start: g.nameStart, end: g.nameEnd },
    ]);
    const goldTrimmed = goldSpans.map((spans) => spans.map((s) => trimSpan(doc.text, s)));
    const predTrimmed = predicted.map((p) => trimSpan(doc.text, p));
    const strict = matchOneToOne(gold.length, predicted.length, (g, p) =>
      goldTrimmed[g].some((s) => s.end > s.start && sameSpan(s, predTrimmed[p])) ? 1 : 0,
    );
    const relaxed = matchOneToOne(gold.length, predicted.length, (g, p) => {
      const r = Math.max(...goldSpans[g].map((s) => overlapRatio(s, predicted[p])));
      return r >= RATIO ? r : 0;
    });
    out[type] = { strict: { tp: strict, pred: predicted.length, gold: gold.length }, relaxed: { tp: relaxed, pred: predicted.length, gold: gold.length } };
  }
  return out;
}

/** Precision, recall and F1 from counts (0 where undefined). */
export function prf({ tp, pred, gold }) {
  const precision = pred === 0 ? 0 : tp / pred;
  const recall = gold === 0 ? 0 : tp / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, pred, gold, precision, recall, f1 };
}

const add = (a, b) => ({ tp: a.tp + b.tp, pred: a.pred + b.pred, gold: a.gold + b.gold });
const ZERO = { tp: 0, pred: 0, gold: 0 };

/**
 * Scores a predictor over documents (micro-averaged over all documents).
 * @param {GoldDoc[]} docs
 * @param {(text: string) => Prediction | Promise<Prediction>} predict
 */
export async function scoreDocuments(docs, predict) {
  const totals = { quotes: ZERO, scareQuotes: ZERO };
  for (const t of TYPES) totals[t] = { strict: ZERO, relaxed: ZERO };
  const started = performance.now();
  for (const doc of docs) {
    const pred = await predict(doc.text);
    const q = scoreQuotes(doc, pred);
    totals.quotes = add(totals.quotes, q.quotes);
    totals.scareQuotes = add(totals.scareQuotes, q.scareQuotes);
    const m = scoreMentions(doc, pred);
    for (const t of TYPES) {
      totals[t] = { strict: add(totals[t].strict, m[t].strict), relaxed: add(totals[t].relaxed, m[t].relaxed) };
    }
  }
  const ms = performance.now() - started;
  const overall = {
    strict: TYPES.reduce((acc, t) => add(acc, totals[t].strict), ZERO),
    relaxed: TYPES.reduce((acc, t) => add(acc, totals[t].relaxed), ZERO),
  };
  const entities = Object.fromEntries(
    [...TYPES.map((t) => [t, totals[t]]), ['overall', overall]].map(([k, v]) => [k, { strict: prf(v.strict), relaxed: prf(v.relaxed) }]),
  );
  return { documents: docs.length, ms: Math.round(ms), quotes: prf(totals.quotes), scareQuotes: prf(totals.scareQuotes), entities };
}

// ---------------------------------------------------------------------------------------------
// Predictors

const NEWSMARK_TYPES = new Set(TYPES);
const NOT_NAMES = new Set(['pronoun', 'description', 'cue']);
const LEADING_MARKS = /^[\s"'“”‘’«»„‚]+/;
const TRAILING_MARKS = /[\s"'“”‘’«»„‚]+$/;

/**
 * newsmark's prediction from a parsed Article.
 * @param {{ quotes: Array<Span & { kind: string }>, entities: Array<{ type: string, mentions: Array<{ span: Span, kind?: string }> }> }} article
 * @returns {Prediction}
 */
export function fromArticle(article) {
  const span = (s) => ({ start: s.start, end: s.end });
  return {
    quotes: article.quotes.filter((q) => q.kind !== 'scare').map((q) => span(q.span)),
    scareQuotes: article.quotes.filter((q) => q.kind === 'scare').map((q) => span(q.span)),
    mentions: article.entities
      .filter((e) => NEWSMARK_TYPES.has(e.type))
      .flatMap((e) => e.mentions.filter((m) => !NOT_NAMES.has(m.kind)).map((m) => ({ ...span(m.span), type: e.type }))),
  };
}

/**
 * Loads the built parser (packages/parser/dist) and returns a predictor.
 * @returns {Promise<(text: string) => Prediction>}
 */
export async function newsmarkPredictor() {
  const entry = resolve(here, '..', '..', 'packages', 'parser', 'dist', 'index.js');
  let parser;
  try {
    parser = await import(pathToFileURL(entry).href);
  } catch (cause) {
    throw new Error(`cannot load ${entry}: build the parser first (pnpm --filter @newsmark/parser build)`, { cause });
  }
  return (text) => fromArticle(parser.parseArticle(text));
}

/**
 * compromise's prediction: people(), places() and organizations() with character offsets, and
 * quotations() as non-scare quotes (compromise does not tell scare quotes apart). Its quotation
 * spans include the marks, which are trimmed as in the gold data.
 * @returns {Promise<(text: string) => Prediction>}
 */
export async function compromisePredictor() {
  const { default: nlp } = await import('compromise');
  const spans = (view) =>
    view.out('offset').map(({ offset }) => ({ start: offset.start, end: offset.start + offset.length }));
  return (text) => {
    const doc = nlp(text);
    const trimMarks = (s) => {
      const slice = text.slice(s.start, s.end);
      const lead = slice.length - slice.replace(LEADING_MARKS, '').length;
      const trail = slice.length - slice.replace(TRAILING_MARKS, '').length;
      return { start: s.start + lead, end: Math.max(s.start + lead, s.end - trail) };
    };
    return {
      quotes: spans(doc.quotations()).map(trimMarks),
      scareQuotes: [],
      mentions: [
        ...spans(doc.people()).map((s) => ({ ...s, type: 'person' })),
        ...spans(doc.places()).map((s) => ({ ...s, type: 'place' })),
        ...spans(doc.organizations()).map((s) => ({ ...s, type: 'organization' })),
      ],
    };
  };
}

/** The predictors the command runs, by name. */
export const predictors = { newsmark: newsmarkPredictor, compromise: compromisePredictor };

// ---------------------------------------------------------------------------------------------
// Checks of the gold data and of the scorer

/**
 * Checks that gold spans slice to sensible text; returns the problems found (none expected).
 * @param {GoldDoc[]} docs
 * @returns {string[]}
 */
export function checkGold(docs) {
  const problems = [];
  const lowercase = [];
  let named = 0;
  for (const doc of docs) {
    const bad = (what, s) => problems.push(`${doc.name}: ${what} ${JSON.stringify(doc.text.slice(s.start, s.end))} at ${s.start}`);
    for (const s of [...doc.quotes, ...doc.scareQuotes]) {
      const t = doc.text.slice(s.start, s.end);
      if (!(s.start < s.end && s.end <= doc.text.length) || /^\s|\s$/.test(t) || /^["“”‘’']|["“”‘’']$/.test(t)) bad('quote', s);
    }
    for (const e of doc.entities) {
      for (const [a, b] of [['start', 'end'], ['minStart', 'minEnd'], ['nameStart', 'nameEnd']]) {
        const t = doc.text.slice(e[a], e[b]);
        if (!(e[a] < e[b] && e[b] <= doc.text.length) || t !== t.trim()) bad(`${e.type} ${a}`, { start: e[a], end: e[b] });
      }
      if (e.minStart < e.start || e.minEnd > e.end || e.nameStart < e.start || e.nameEnd > e.end) bad('head outside mention', e);
      if (e.named) named += 1;
      // A named mention's name starts with a capital or a digit ("FIRST", "U.S."); GUM has a few
      // exceptions ("la Repubblica", and tagging slips such as "critic" as a proper noun).
      if (e.named && !/^[\p{Lu}\d]/u.test(doc.text.slice(e.nameStart, e.nameEnd))) lowercase.push(`${doc.name}:${e.nameStart}`);
    }
  }
  if (lowercase.length > named / 100) problems.push(`${lowercase.length} of ${named} named mentions start in lower case: ${lowercase.join(', ')}`);
  return problems;
}

/**
 * Scorer checks: the gold data predicted as is scores 1 everywhere; an empty prediction scores 0.
 * @param {GoldDoc[]} docs
 * @returns {Promise<string[]>} failures (none expected)
 */
export async function selfTest(docs) {
  const failures = [];
  const byText = new Map(docs.map((d) => [d.text, d]));
  const asGold = (text) => {
    const d = byText.get(text);
    return {
      quotes: d.quotes,
      scareQuotes: d.scareQuotes,
      mentions: d.entities.filter((e) => e.named).map((e) => ({ start: e.nameStart, end: e.nameEnd, type: e.type })),
    };
  };
  const perfect = await scoreDocuments(docs, asGold);
  for (const [what, r] of [['quotes', perfect.quotes], ['scare quotes', perfect.scareQuotes], ...Object.entries(perfect.entities).flatMap(([t, v]) => [[`${t} strict`, v.strict], [`${t} relaxed`, v.relaxed]])]) {
    if (r.gold > 0 && r.f1 !== 1) failures.push(`gold as prediction: ${what} F1 ${r.f1}`);
  }
  const empty = await scoreDocuments(docs, () => ({ quotes: [], scareQuotes: [], mentions: [] }));
  if (empty.entities.overall.relaxed.recall !== 0 || empty.quotes.recall !== 0) failures.push('empty prediction: recall above 0');
  // A prediction shifted by a character still matches relaxed but not strict.
  const shifted = await scoreDocuments(docs, (text) => {
    const g = asGold(text);
    return { ...g, mentions: g.mentions.filter((m) => m.end - m.start >= 6).map((m) => ({ ...m, end: m.end - 1 })) };
  });
  if (!(shifted.entities.overall.relaxed.f1 > shifted.entities.overall.strict.f1)) failures.push('shifted spans: relaxed F1 not above strict F1');
  return failures;
}

// ---------------------------------------------------------------------------------------------
// Command line

const pct = (x) => (100 * x).toFixed(1).padStart(5);

/** The results as a text table, with newsmark's F1 as a share of compromise's. */
export function formatTable(results) {
  const names = Object.keys(results);
  const rows = [['quotes', (r) => r.quotes], ['scare quotes', (r) => r.scareQuotes]];
  for (const t of [...TYPES, 'overall']) {
    rows.push([`${t} strict`, (r) => r.entities[t].strict], [`${t} relaxed`, (r) => r.entities[t].relaxed]);
  }
  const width = 44;
  const lines = [
    (''.padEnd(22) + names.map((n) => n.padEnd(width)).join('')).trimEnd(),
    (''.padEnd(22) + names.map(() => '    P     R    F1  (tp/pred/gold)'.padEnd(width)).join('')).trimEnd(),
  ];
  for (const [label, get] of rows) {
    const cells = names.map((n) => {
      const r = get(results[n]);
      return `${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}  (${r.tp}/${r.pred}/${r.gold})`.padEnd(width);
    });
    lines.push((label.padEnd(22) + cells.join('')).trimEnd());
  }
  if (results.newsmark && results.compromise) {
    const a = results.newsmark.entities.overall.relaxed.f1;
    const b = results.compromise.entities.overall.relaxed.f1;
    const qa = results.newsmark.quotes.f1;
    const qb = results.compromise.quotes.f1;
    lines.push('');
    lines.push(`newsmark / compromise F1: named mentions (relaxed) ${b === 0 ? '–' : (a / b).toFixed(2)}, quotes ${qb === 0 ? '–' : (qa / qb).toFixed(2)}`);
  }
  lines.push(...names.map((n) => `${n}: ${results[n].documents} documents in ${results[n].ms} ms`));
  return lines.join('\n');
}

async function main(argv) {
  const data = loadGum();
  const splitArg = argv.indexOf('--split');
  const docs = splitArg === -1 ? data.docs : data.docs.filter((d) => d.split === argv[splitArg + 1]);
  if (argv.includes('--self-test')) {
    const failures = [...checkGold(data.docs), ...(await selfTest(data.docs))];
    for (const f of failures) console.error(f);
    console.log(failures.length === 0 ? `self-test: ${data.docs.length} documents, gold data and scorer OK` : `self-test: ${failures.length} failures`);
    return failures.length === 0 ? 0 : 1;
  }
  const results = {};
  for (const [name, make] of Object.entries(predictors)) results[name] = await scoreDocuments(docs, await make());
  console.log(argv.includes('--json') ? JSON.stringify(results, null, 2) : formatTable(results));
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
