#!/usr/bin/env node
/**
 * Converts the GUM news subset (CoNLL-U Plus, CorefUD style) into bench/gum/data/gum-news.json, a
 * compact file the benchmark and tests read without the corpus: per document the raw article text
 * and, as character spans into it, the quotations, the scare quotes and the person, organisation
 * and place mentions.
 *
 * Usage: node bench/gum/build.mjs [path/to/gum-news]   (default: ../shared/benchmarks/gum-news
 * beside the repository). The folder holds conllu/*.conllu and LICENSE-GUM.txt.
 *
 * Text, as SOURCE.md describes it: sentences (`# text =`) joined by a space, paragraphs (`# newpar`)
 * by a blank line. Quotation markup: GUM marks speech and other quotations with <quote> and scare
 * quotes, titles and words-as-words with <q> ("' courageous achievement '", "\" Hope \""); both
 * tags enclose the quotation marks, which are trimmed here so that a span holds the words inside
 * the marks, as a newsmark Quote's span does.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '..', '..');
const sourceDir = resolve(process.argv[2] ?? join(repoRoot, '..', 'shared', 'benchmarks', 'gum-news'));
const OUT = join(here, 'data', 'gum-news.json');

/** Mention types kept: the ones newsmark's entity recogniser names. */
const TYPES = new Set(['person', 'organization', 'place']);
/** The official GUM split (SOURCE.md). */
const SPLIT = { homeopathic: 'dev', iodine: 'dev', nasa: 'test', sensitive: 'test' };

/**
 * Parses one CoNLL-U document into sentences of word tokens.
 * @param {string} source
 */
function parseConllu(source) {
  const meta = {};
  const sentences = [];
  let sentence = null;
  let newPar = false;
  for (const line of source.split('\n')) {
    if (line.startsWith('# newpar') && !line.startsWith('# newpar_')) newPar = true;
    const m = /^# meta::(\w+) = (.*)$/.exec(line);
    if (m) meta[m[1]] = m[2];
    if (line.startsWith('# text = ')) {
      sentence = { text: line.slice('# text = '.length), newPar, words: [], ranges: [] };
      sentences.push(sentence);
      newPar = false;
      continue;
    }
    if (!sentence || !/^\d/.test(line)) continue;
    const cols = line.split('\t');
    const misc = Object.fromEntries(
      cols[9] === '_' ? [] : cols[9].split('|').map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
    );
    if (/^\d+-\d+$/.test(cols[0])) {
      const [from, to] = cols[0].split('-').map(Number);
      sentence.ranges.push({ from, to, form: cols[1], misc });
    } else if (/^\d+$/.test(cols[0])) {
      sentence.words.push({ id: Number(cols[0]), form: cols[1], upos: cols[3], xpos: cols[4], head: Number(cols[6]), misc });
    }
  }
  return { meta, sentences };
}

/**
 * Gives each word its character span inside the sentence text, and checks the text against the
 * tokens' SpaceAfter values.
 */
function alignSentence(sentence, docName) {
  const { text, words, ranges } = sentence;
  let cursor = 0;
  let rebuilt = '';
  const rangeAt = new Map(ranges.map((r) => [r.from, r]));
  for (let i = 0; i < words.length; i++) {
    const range = rangeAt.get(words[i].id);
    if (range) {
      // A multiword token ("Trump's" = "Trump" + "'s"): place the parts inside its surface form.
      while (text[cursor] === ' ') cursor++;
      if (!text.startsWith(range.form, cursor)) throw new Error(`${docName}: cannot find "${range.form}" in "${text}"`);
      const end = cursor + range.form.length;
      let inner = cursor;
      const parts = words.filter((w) => w.id >= range.from && w.id <= range.to);
      parts.forEach((w, k) => {
        const at = text.slice(inner, end).toLowerCase().indexOf(w.form.toLowerCase());
        const start = at === -1 ? inner : inner + at;
        const stop = k === parts.length - 1 ? end : at === -1 ? start : start + w.form.length;
        w.start = start;
        w.end = stop;
        inner = stop;
      });
      rebuilt += range.form + (range.misc.SpaceAfter === 'No' ? '' : ' ');
      cursor = end;
      i += parts.length - 1;
      continue;
    }
    const w = words[i];
    while (text[cursor] === ' ') cursor++;
    if (!text.startsWith(w.form, cursor)) throw new Error(`${docName}: cannot find "${w.form}" at ${cursor} in "${text}"`);
    w.start = cursor;
    w.end = cursor + w.form.length;
    cursor = w.end;
    rebuilt += w.form + (w.misc.SpaceAfter === 'No' ? '' : ' ');
  }
  if (rebuilt.trimEnd() !== text) throw new Error(`${docName}: SpaceAfter does not rebuild "${text}"`);
}

/**
 * Reads the Entity column: "(12-person-new-…-minspan-link[-Identity]" opens a mention, a ")" right
 * after it closes a one-word mention, "12)" closes mention 12.
 * @returns {Array<{ open: true, id: string, fields: string[] } | { open: false, id: string }>}
 */
function parseEntityColumn(value) {
  const events = [];
  let pos = 0;
  while (pos < value.length) {
    if (value[pos] === '(') {
      let end = pos + 1;
      while (end < value.length && value[end] !== '(' && value[end] !== ')') end++;
      const fields = value.slice(pos + 1, end).split('-');
      events.push({ open: true, id: fields[0], fields });
      if (value[end] === ')') {
        events.push({ open: false, id: fields[0] });
        end++;
      }
      pos = end;
    } else {
      const m = /^(\d+)\)/.exec(value.slice(pos));
      if (!m) throw new Error(`bad Entity value: ${value}`);
      events.push({ open: false, id: m[1] });
      pos += m[0].length;
    }
  }
  return events;
}

/** Reads an XML column value such as `<q><ref>` or `</w></ref>` into tag events in order. */
function parseXmlColumn(value) {
  return [...value.matchAll(/<(\/?)([a-z]+)[^>]*>/g)].map((m) => ({ close: m[1] === '/', tag: m[2] }));
}

/** A span with the quotation marks and spaces at either end trimmed off. */
function trimQuoteSpan(text, start, end) {
  const slice = text.slice(start, end);
  const lead = slice.length - slice.replace(/^[\s"'“”‘’«»„‚]+/, '').length;
  const trail = slice.length - slice.replace(/[\s"'“”‘’«»„‚]+$/, '').length;
  return { start: start + lead, end: Math.max(start + lead, end - trail) };
}

/** The mention's syntactic head: its first word whose head word lies outside the mention. */
function headWord(span) {
  const ids = new Set(span.map((w) => w.id));
  return span.find((w) => !ids.has(w.head)) ?? span[0];
}

/**
 * Named: the mention's syntactic head is a proper noun ("Hamdullah Mohib", "the United States";
 * not "critics of U.S. President Donald Trump's policies"). The Wikipedia identity is repeated on
 * every mention of an entity, pronouns included, so it does not by itself make a mention a name.
 */
function isNamed(span) {
  return headWord(span).upos === 'PROPN';
}

/**
 * The spans a correct prediction may have, besides the whole mention (which includes determiners,
 * titles, appositions and relative clauses: "Afghan Ambassador to the United States Hamdullah
 * Mohib"): the minimal span GUM annotates (minspan, the mention's head words by position from 1)
 * and the name itself: the head with the proper nouns around it that belong to it ("Hamdullah Mohib").
 */
function mentionSpans(span, minspan, where) {
  const heads = minspan.split(',').map((k) => span[Number(k) - 1]).filter(Boolean);
  if (heads.length === 0) throw new Error(`${where} has no minspan words`);
  // Grow from the head over adjacent proper-noun words (XPOS NNP/NNPS: GUM tags "United" in
  // "United States" as a VERB but NNP) that attach to the name grown so far or that it attaches to.
  const head = headWord(span);
  let from = span.indexOf(head);
  let to = from;
  const joins = (w) => w && /^NNPS?$/.test(w.xpos) && span.slice(from, to + 1).some((n) => n.id === w.head || n.head === w.id);
  for (let grew = true; grew; ) {
    grew = false;
    if (joins(span[from - 1])) (from -= 1), (grew = true);
    if (joins(span[to + 1])) (to += 1), (grew = true);
  }
  const name = span.slice(from, to + 1);
  return {
    start: span[0].start,
    end: span.at(-1).end,
    minStart: Math.min(...heads.map((h) => h.start)),
    minEnd: Math.max(...heads.map((h) => h.end)),
    nameStart: Math.min(...name.map((h) => h.start)),
    nameEnd: Math.max(...name.map((h) => h.end)),
  };
}

function convert(file) {
  const name = basename(file, '.conllu').replace(/^GUM_news_/, '');
  const { meta, sentences } = parseConllu(readFileSync(file, 'utf8'));
  // Lay out the document text and each word's offset in it.
  let text = '';
  const words = [];
  sentences.forEach((s, i) => {
    alignSentence(s, name);
    if (i > 0) text += s.newPar ? '\n\n' : ' ';
    const base = text.length;
    text += s.text;
    for (const w of s.words) words.push({ ...w, start: base + w.start, end: base + w.end, sentence: i });
  });

  const entities = [];
  const quotes = [];
  const scareQuotes = [];
  const openMentions = new Map(); // id → stack of { first, fields }
  const openTags = { quote: [], q: [] };
  words.forEach((w, index) => {
    // Close-before-open would be wrong for one-word mentions, so events run in the written order.
    for (const e of w.misc.Entity ? parseEntityColumn(w.misc.Entity) : []) {
      if (e.open) {
        const stack = openMentions.get(e.id) ?? [];
        stack.push({ first: index, fields: e.fields });
        openMentions.set(e.id, stack);
        continue;
      }
      const opened = openMentions.get(e.id)?.pop();
      if (!opened) throw new Error(`${name}: mention ${e.id} closed but not open`);
      const [, type, , , , minspan, , identity] = opened.fields;
      if (!TYPES.has(type)) continue;
      const span = words.slice(opened.first, index + 1);
      entities.push({ ...mentionSpans(span, minspan, `${name}: mention ${e.id}`), type, named: isNamed(span), ...(identity ? { identity: decodeURIComponent(identity) } : {}) });
    }
    for (const t of w.misc.XML ? parseXmlColumn(w.misc.XML) : []) {
      if (!(t.tag in openTags)) continue;
      if (!t.close) {
        openTags[t.tag].push(w.start);
        continue;
      }
      const start = openTags[t.tag].pop();
      if (start === undefined) throw new Error(`${name}: </${t.tag}> without <${t.tag}>`);
      (t.tag === 'quote' ? quotes : scareQuotes).push(trimQuoteSpan(text, start, w.end));
    }
  });
  for (const [id, stack] of openMentions) if (stack.length > 0) throw new Error(`${name}: mention ${id} never closed`);
  for (const [tag, stack] of Object.entries(openTags)) if (stack.length > 0) throw new Error(`${name}: <${tag}> never closed`);

  const bySpan = (a, b) => a.start - b.start || a.end - b.end;
  return {
    name,
    split: SPLIT[name] ?? 'train',
    title: meta.title,
    sourceURL: meta.sourceURL,
    dateCreated: meta.dateCreated,
    text,
    quotes: quotes.sort(bySpan),
    scareQuotes: scareQuotes.sort(bySpan),
    entities: entities.sort(bySpan),
  };
}

const conlluDir = join(sourceDir, 'conllu');
const files = readdirSync(conlluDir)
  .filter((f) => f.endsWith('.conllu'))
  .sort()
  .map((f) => join(conlluDir, f));
const docs = files.map(convert);
const data = {
  description:
    'GUM news subset: Wikinews articles with quotation, scare-quote and person/organization/place mention spans. Built by bench/gum/build.mjs.',
  source: 'https://github.com/amir-zeldes/gum (dep/GUM_news_*.conllu, commit 72ce5ac14978a324c2fd18d49484e65292cbe316)',
  license: 'Texts: Wikinews, CC BY 2.5. Annotations: GUM, CC BY 4.0. See bench/gum/LICENSE-GUM.txt and README.md.',
  docs,
};
mkdirSync(dirname(OUT), { recursive: true });
// One document per line: small diffs when the converter changes.
writeFileSync(OUT, `{"description":${JSON.stringify(data.description)},"source":${JSON.stringify(data.source)},"license":${JSON.stringify(data.license)},"docs":[\n${docs.map((d) => JSON.stringify(d)).join(',\n')}\n]}\n`);
// Copied by content: the shared folder's files are read-only and copyFileSync keeps the mode.
writeFileSync(join(here, 'LICENSE-GUM.txt'), readFileSync(join(sourceDir, 'LICENSE-GUM.txt')));

const count = (key, pred = () => true) => docs.reduce((n, d) => n + d[key].filter(pred).length, 0);
console.log(
  `${docs.length} documents, ${docs.reduce((n, d) => n + d.text.length, 0)} characters: ` +
    `${count('quotes')} quotes, ${count('scareQuotes')} scare quotes, ${count('entities')} person/organization/place mentions ` +
    `(${count('entities', (e) => e.named)} named) → ${OUT}`,
);
