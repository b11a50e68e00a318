// Property tests: whatever the text, parseArticle returns a valid Article whose spans slice back
// to their text, and whose JSON-LD passes the offline checker. Misuse throws NewsmarkError.
//
// fast-check picks a new seed each run and prints it with the shrunk counterexample on failure;
// replay one with `fc.assert(…, { seed, path })`.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ArticleSchema, type Article, type Span } from '@newsmark/schema';
// @newsmark/jsonld is imported from source by path: it already has @newsmark/parser as a
// devDependency, and the reverse dependency would be a cycle that turbo refuses to run.
import { toJsonLd } from '../../jsonld/src/index.js';
import { checkJsonLd } from '../../jsonld/src/check.js';
import { NewsmarkError, parseArticle } from '../src/index.js';

const NUM_RUNS = 300;

// ---------------------------------------------------------------------------------------------
// Arbitraries

const QUOTE_MARKS = ['“', '”', '‘', '’', '"', "'", '«', '»', '„', '‹', '›'];
const DASHES = ['—', '–', '-'];
const SPACES = [' ', ' ', ' ', '\t', '\u00a0', '\u2009', '\u200b', '\ufeff'];
const BREAKS = ['\n', '\n\n', '\r\n', '\r\n\r\n', '\r', '\r\r', ' \n \n'];
const WORDS = ['said', 'says', 'told', 'added', 'according to', 'he', 'she', 'they', 'the', 'Mr', 'Ms.', 'Dr.', 'Smith', 'Ana Ruiz', 'Acme Corp', 'Reuters', 'Paris', 'U.S.', 'March 3, 2025', '$5m', '12%', "don't", 'workers’', "rock 'n' roll", 'By', 'Read more', 'Advertisement'];

/** One code unit of any value: control characters, lone surrogates and all. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

/** Pieces rich in what the parser must tell apart: quote marks, dashes, spaces, breaks, words. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...QUOTE_MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...DASHES) },
  { weight: 6, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 3, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzAEIMOSTÉ'), minLength: 1, maxLength: 8 }) },
  { weight: 3, arbitrary: fc.constantFrom('.', ',', ';', ':', '!', '?', '…', '(', ')', '[', ']', '0', '7', '1990s') },
  { weight: 1, arbitrary: codeUnit },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);

/** Free text made of those pieces. */
const richText = fc.array(piece, { maxLength: 200 }).map((parts) => parts.join(''));

// Irregular white space inside names too: spans must slice back to the text as written.
const name = fc.constantFrom('Maria Lopez', 'John Smith', 'Dr. Ana Ruiz', 'the minister', 'he', 'She', 'a spokesperson for Acme Corp', 'Reuters', 'O’Brien', 'Prime Minister Jane Doe', 'Ana  Ruiz', 'Dr.\u00a0Jane Doe');
const cue = fc.constantFrom('said', 'says', 'told reporters', 'added', 'continued', 'asked', 'wrote');
const open = fc.constantFrom('“', '"', '‘', "'", '«', '„', '');
const close = fc.constantFrom('”', '"', '’', "'", '»', '“', '');
const words = fc.array(fc.constantFrom('We', 'will', 'not', 'back', 'down', 'on', 'this', 'the', 'plan', 'works', 'in', 'Paris', 'today', 'it’s', 'workers’', 'union'), { minLength: 1, maxLength: 12 }).map((w) => w.join(' '));
const sentence = fc.oneof(
  fc.tuple(open, words, close, name, cue).map(([o, w, c, n, v]) => `${o}${w},${c} ${n} ${v}.`),
  fc.tuple(name, cue, open, words, close).map(([n, v, o, w, c]) => `${n} ${v}: ${o}${w}.${c}`),
  fc.tuple(open, words, close, name, cue, open, words, close).map(([o1, w1, c1, n, v, o2, w2, c2]) => `${o1}${w1},${c1} ${n} ${v}, ${o2}${w2}.${c2}`),
  fc.tuple(name, cue, words).map(([n, v, w]) => `According to ${n}, ${w}. ${n} ${v} so.`),
  words.map((w) => `${w[0]!.toUpperCase()}${w.slice(1)}.`),
);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const header = fc.tuple(
  words,
  fc.option(name.map((n) => `By ${n}`)),
  fc.option(fc.constantFrom('March 3, 2025', 'Updated 11:42 PM EDT, Sun July 20, 2025', '2025-06-02', 'Oct. 3, 2025')),
  fc.option(fc.constantFrom('LONDON (Reuters) — ', 'PARIS, France — ', 'WASHINGTON (AP) - ')),
);

/** Article-shaped text: header lines, quoted and attributed paragraphs, stray noise between. */
const articleText = fc
  .tuple(
    header,
    fc.array(fc.oneof({ weight: 6, arbitrary: paragraph }, { weight: 1, arbitrary: richText }), { minLength: 1, maxLength: 8 }),
    fc.constantFrom(...BREAKS),
  )
  .map(([[headline, byline, date, dateline], paragraphs, sep]) =>
    [headline, byline, date, `${dateline ?? ''}${paragraphs[0]}`, ...paragraphs.slice(1)].filter((x) => x !== null).join(sep),
  );

const anyText = fc.oneof(richText, articleText, fc.string({ unit: codeUnit, maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));

/**
 * A single line of thousands of characters: no line breaks at all. Time limits on long input
 * are pathological.test.ts's job (in a worker that can be stopped); this checks the output.
 */
const longLine = fc
  .tuple(fc.array(fc.oneof(sentence, piece.filter((p) => !/[\r\n]/.test(p))), { minLength: 1, maxLength: 20 }), fc.integer({ min: 2_000, max: 10_000 }))
  .map(([parts, length]) => {
    const unit = parts.join(' ').replace(/[\r\n]/g, ' ') || 'x';
    return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  });

// ---------------------------------------------------------------------------------------------
// Invariants

// JSON.stringify leaves no-break and other odd spaces as they are; spell them out so a failure
// message shows why two strings that look alike differ.
const show = (s: string) => JSON.stringify(s).replace(/[\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

function inside(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start <= span.end && span.end <= length;
}

/** Every span with a verbatim `text` (or name): where it fails to slice back, a line saying so. */
function verbatimProblems(input: string, a: Article): string[] {
  const problems: string[] = [];
  const check = (where: string, span: Span | undefined, text: string | undefined) => {
    if (span === undefined) return;
    if (!inside(span, input.length)) problems.push(`${where}: span ${JSON.stringify(span)} outside [0, ${input.length}]`);
    else if (text !== undefined && input.slice(span.start, span.end) !== text) {
      problems.push(`${where}: slices to ${show(input.slice(span.start, span.end))}, text is ${show(text)}`);
    }
  };
  a.quotes.forEach((q, i) => {
    check(`quotes[${i}]`, q.span, q.text);
    check(`quotes[${i}].attribution.cue`, q.attribution?.cue?.span, q.attribution?.cue?.text);
    check(`quotes[${i}].attribution.speakerMention`, q.attribution?.speakerMention?.span, q.attribution?.speakerMention?.text);
  });
  a.entities.forEach((e, i) => e.mentions.forEach((m, j) => check(`entities[${i}].mentions[${j}]`, m.span, m.text)));
  a.authors.forEach((au, i) => check(`authors[${i}]`, au.span, au.name));
  a.contributors.forEach((au, i) => check(`contributors[${i}]`, au.span, au.name));
  a.removed.forEach((r, i) => check(`removed[${i}]`, r.span, r.text));
  if (a.dateline) check('dateline', a.dateline.span, a.dateline.text);
  for (const [key, source] of Object.entries(a.provenance)) check(`provenance.${key}`, source?.span, source?.text);
  a.diagnostics.forEach((d, i) => check(`diagnostics[${i}]`, d.span, undefined));
  return problems;
}

const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Body blocks: inside the input, in order, not overlapping, text a folded tail of the slice. */
function bodyProblems(input: string, a: Article): string[] {
  const problems: string[] = [];
  let previousEnd = 0;
  a.body.forEach((b, i) => {
    if (!inside(b.span, input.length)) problems.push(`body[${i}]: span ${JSON.stringify(b.span)} outside [0, ${input.length}]`);
    if (b.span.start < previousEnd) problems.push(`body[${i}]: starts at ${b.span.start}, before the previous block ends (${previousEnd})`);
    previousEnd = b.span.end;
    // The text folds white space and may drop a leading dateline: what is left is the end of the slice.
    if (!fold(input.slice(b.span.start, b.span.end)).endsWith(b.text)) problems.push(`body[${i}]: text ${show(b.text)} is not the end of its folded slice`);
  });
  return problems;
}

// ---------------------------------------------------------------------------------------------

describe('parseArticle on arbitrary text', () => {
  it('should never throw and always return an Article that ArticleSchema accepts', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const result = ArticleSchema.safeParse(parseArticle(text));
        expect(result.success ? [] : result.error.issues).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('should record the input length as textLength', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parseArticle(text).textLength).toBe(text.length);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('should give every quote, cue, speaker, mention, author, removed block and dateline a span that slices back to its text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(verbatimProblems(text, parseArticle(text))).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('should keep body blocks inside the input, in order, with text read from their span', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(bodyProblems(text, parseArticle(text))).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('should never give two entities the same mention span, nor one entity two overlapping mentions', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const problems: string[] = [];
        const owner = new Map<string, string>();
        for (const e of parseArticle(text).entities) {
          e.mentions.forEach((m, k) => {
            const key = `${m.span.start}:${m.span.end}`;
            if (owner.has(key) && owner.get(key) !== e.id) problems.push(`${key} in ${owner.get(key)} and ${e.id}`);
            owner.set(key, e.id);
            const next = e.mentions[k + 1];
            if (next && next.span.start < m.span.end) problems.push(`${e.id} mentions overlap at ${key}`);
          });
        }
        expect(problems).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('should return the same Article for the same text', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        expect(parseArticle(text)).toEqual(parseArticle(text));
      }),
      { numRuns: 100 },
    );
  });

  it('should produce JSON-LD that checkJsonLd accepts without errors', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const errors = checkJsonLd(toJsonLd(parseArticle(text))).filter((issue) => issue.severity === 'error');
        expect(errors).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it('should handle very long lines: valid output, spans that slice back', () => {
    fc.assert(
      fc.property(longLine, (text) => {
        const article = parseArticle(text);
        expect(ArticleSchema.safeParse(article).success).toBe(true);
        expect([...verbatimProblems(text, article), ...bodyProblems(text, article)]).toEqual([]);
      }),
      { numRuns: 20 },
    );
  }, 60_000);
});

describe('parseArticle misuse', () => {
  const codeOf = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (error) {
      return error instanceof NewsmarkError ? error.code : `not a NewsmarkError: ${String(error)}`;
    }
    return undefined;
  };

  it('should throw NewsmarkError invalid-input for any non-string input', () => {
    fc.assert(
      fc.property(
        fc.anything().filter((x) => typeof x !== 'string'),
        (value) => {
          expect(codeOf(() => parseArticle(value as string))).toBe('invalid-input');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('should throw NewsmarkError input-too-large for input over maxLength', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 50 }), richText, (maxLength, over, text) => {
        const input = text.padEnd(maxLength + over, 'x').slice(0, maxLength + over);
        expect(codeOf(() => parseArticle(input, { maxLength }))).toBe('input-too-large');
      }),
      { numRuns: 100 },
    );
  });

  it('should accept input of exactly maxLength', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 500 }), richText, (maxLength, text) => {
        const input = text.padEnd(maxLength, 'x').slice(0, maxLength);
        expect(codeOf(() => parseArticle(input, { maxLength }))).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  it('should throw NewsmarkError invalid-option for a bad maxLength', () => {
    const badMaxLength = fc.oneof(
      fc.integer({ max: 0 }),
      fc.double().filter((n) => !Number.isInteger(n) || n < 1),
      fc.anything().filter((x) => typeof x !== 'number' && x !== undefined),
    );
    fc.assert(
      fc.property(badMaxLength, (maxLength) => {
        expect(codeOf(() => parseArticle('text', { maxLength } as never))).toBe('invalid-option');
      }),
      { numRuns: 100 },
    );
  });

  it('should throw NewsmarkError invalid-option for a referenceDate that is not YYYY-MM-DD', () => {
    const badDate = fc.oneof(
      fc.string().filter((s) => !/^\d{4}-\d{2}-\d{2}$/.test(s)),
      fc.anything().filter((x) => typeof x !== 'string' && x !== undefined),
    );
    fc.assert(
      fc.property(badDate, (referenceDate) => {
        expect(codeOf(() => parseArticle('text', { referenceDate } as never))).toBe('invalid-option');
      }),
      { numRuns: 100 },
    );
  });

  it('should throw NewsmarkError invalid-option for an unknown option name', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }).filter((k) => k !== 'maxLength' && k !== 'referenceDate' && k !== '__proto__'),
        fc.anything(),
        (key, value) => {
          expect(codeOf(() => parseArticle('text', { [key]: value } as never))).toBe('invalid-option');
        },
      ),
      { numRuns: 100 },
    );
  });

  it('should throw NewsmarkError invalid-option for options that are not an object', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.constant(null), fc.string(), fc.integer(), fc.boolean(), fc.double()),
        (options) => {
          expect(codeOf(() => parseArticle('text', options as never))).toBe('invalid-option');
        },
      ),
      { numRuns: 50 },
    );
  });
});
