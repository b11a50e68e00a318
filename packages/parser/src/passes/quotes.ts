import type { Diagnostic } from '@newsmark/schema';
import type { Pass, QuoteDraft } from '../context.js';
import { isDigit, isLetter, isSpace, isUpper, trimSpan } from '../text.js';

// Guillemets are a family of their own: only » closes «, and “…” inside them is a nested quote.
type Family = 'double' | 'single' | 'angle';
type Role = 'open' | 'close' | 'either' | 'none';

// Sets of single characters, built from a string (its characters): smaller in the bundle.
const OPEN_PUNCT = new Set('([{—–-/“‘«"\'');
const CLOSE_PUNCT = new Set('.,;:!?)]}—–-”’»"\'…');
// Elisions that open with an apostrophe: 'em, 'til, 'cause, 'tis, 'twas, 'n' (rock 'n' roll).
const ELISION = /^(?:em|til|cause|tis|twas|n|round|bout)\b/i;

// Every mark familyOf knows. The scans below go from one mark to the next: reading each
// character of the body was most of this pass's time.
const MARKS = /["'«»‹›“”„‘’]/g;

// Offsets of the quotation marks and apostrophes in input[from, end).
function marksIn(input: string, from: number, end: number): number[] {
  const out: number[] = [];
  for (const m of input.slice(from, end).matchAll(MARKS)) out.push(from + m.index);
  return out;
}

function familyOf(ch: string): Family | undefined {
  if (ch === '“' || ch === '”' || ch === '"' || ch === '„') return 'double';
  if (ch === '‘' || ch === '’' || ch === "'") return 'single';
  if (ch === '«' || ch === '»' || ch === '‹' || ch === '›') return 'angle';
  return undefined;
}

/**
 * Decides whether the mark at `i` can open or close a quote, from its shape and the characters
 * around it. Apostrophes are told apart here: a mark between two letters (don’t, O’Brien), an
 * elision ('90s, 'em, rock 'n' roll) or a mark right after a digit (6'2") is not a quote mark.
 */
function roleOf(input: string, i: number, floor: number, ceil: number): Role {
  const ch = input[i]!;
  const prev = i > floor ? input[i - 1] : undefined;
  const next = i + 1 < ceil ? input[i + 1] : undefined;
  const leftOk = prev === undefined || isSpace(prev) || OPEN_PUNCT.has(prev);
  const rightOk = next === undefined || isSpace(next) || CLOSE_PUNCT.has(next);
  const canOpen = leftOk && next !== undefined && !isSpace(next);
  const canClose = rightOk && prev !== undefined && !isSpace(prev);
  if (familyOf(ch) === 'single') {
    if (isLetter(prev) && isLetter(next)) return 'none'; // don’t, O’Brien
    if (canOpen && (isDigit(next) || ELISION.test(input.slice(i + 1, i + 7)))) return 'none'; // ’90s, 'em
    // 6'2", 6’2”; a curly mark after a year closes a quote: "… for 2025 to 2029’ and"
    if (isDigit(prev) && ch !== '‘' && (ch === "'" || isDigit(next) || next === '”' || next === '"')) return 'none';
    if ((prev === 'n' || prev === 'N') && familyOf(input[i - 2] ?? '') === 'single') return 'none'; // rock ’n’ roll
  }
  // French spacing sets guillemets off from the words they enclose: « Water is now … », he said.
  if (ch === '«' && leftOk && next !== undefined && isSpace(next)) return 'open';
  if (ch === '»' && rightOk && prev !== undefined && isSpace(prev)) return 'close';
  if (ch === '“' || ch === '‘' || ch === '«' || ch === '„' || ch === '‹') return canOpen || !canClose ? 'open' : 'close';
  if (ch === '”' || ch === '’' || ch === '»' || ch === '›') return canClose || !canOpen ? 'close' : 'open';
  if (canOpen && canClose) return 'either';
  if (canOpen) return 'open';
  if (canClose) return 'close';
  return 'none';
}

// A closing single mark after "s" and before a lower-case word is more likely a plural
// possessive (the workers’ union) than the end of a quote.
// (Not before a preposition, conjunction or verb, which no possessive takes: "she had ‘serious
// reservations’ about the decision".)
function isWeakClose(input: string, i: number): boolean {
  const prev = input[i - 1];
  if (prev !== 's' && prev !== 'S') return false;
  return isSpace(input[i + 1]) && /\p{Ll}/u.test(input[i + 2] ?? '') && !AFTER_CLOSE.test(input.slice(i + 2, i + 10));
}
const AFTER_CLOSE = /^(?:about|as|to|in|on|at|from|with|for|by|of|was|were|is|are|had|has|after|before|because|when|while|that|which|than|if|into|until|unless|since|but)\b/;

interface Open {
  family: Family;
  /** Offset of the opening mark. */
  at: number;
  block: number;
  /** A possessive-looking close seen while this quote was open, kept as a fallback. */
  weak?: number;
}

/**
 * Pairs quotation marks into quotes across the body: curly, straight and angle marks, quotes that
 * run over several paragraphs (each reopens the mark, only the last closes), and quotes nested in
 * quotes. The document's primary family is double marks when it uses any, else single (UK
 * style); the other family only nests inside the primary one, which keeps apostrophes in US copy
 * from ever opening a quote. Linear: one scan, constant work per character.
 */
export const quotes: Pass = {
  name: 'quotes',
  run(ctx) {
    const { input, blocks } = ctx;
    const primary = primaryFamily(ctx.input, blocks);
    const out: QuoteDraft[] = [];
    const diagnostics: Diagnostic[] = [...ctx.diagnostics];
    const stack: Open[] = [];

    const emit = (open: Open, closeAt: number, endBlock: number, parent: number | undefined) => {
      const span = trimSpan(input, open.at + 1, closeAt);
      if (span.end <= span.start) return;
      const draft: QuoteDraft = {
        span,
        outer: { start: open.at, end: closeAt + 1 },
        block: open.block,
        endBlock,
        kind: parent === undefined ? 'direct' : 'nested',
      };
      if (parent !== undefined) draft.parent = parent;
      out.push(draft);
    };

    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b]!;
      // A quote still open from the paragraph before continues only if this one reopens it.
      if (stack.length > 0) {
        let k = block.contentStart;
        while (k < block.end && isSpace(input[k])) k++;
        const reopen = k < block.end ? input[k]! : '';
        const top = stack[0]!;
        if (familyOf(reopen) === top.family && roleOf(input, k, block.contentStart, block.end) !== 'close') {
          stack.length = 1; // nested quotes do not carry over paragraphs
          scan(b, k + 1);
          continue;
        }
        // Some copy breaks a quoted passage into paragraphs without reopening the mark: the
        // quote goes on if this paragraph closes it before opening another.
        if (closesFirst(b, top.family)) {
          stack.length = 1;
          scan(b, block.contentStart);
          continue;
        }
        unclosed(stack[0]!, b - 1);
        stack.length = 0;
      }
      scan(b, block.contentStart);
    }
    if (stack.length > 0) unclosed(stack[0]!, blocks.length - 1);

    function unclosed(open: Open, lastBlock: number) {
      if (open.weak !== undefined) {
        emit(open, open.weak, lastBlock, undefined);
        return;
      }
      diagnostics.push({ code: 'unclosed-quote', severity: 'warning', message: 'A quotation mark opened here is never closed.', span: { start: open.at, end: open.at + 1 } });
    }

    function scan(b: number, from: number) {
      const block = blocks[b]!;
      for (const i of marksIn(input, from, block.end)) {
        const family = familyOf(input[i]!)!;
        const role = roleOf(input, i, block.contentStart, block.end);
        if (role === 'none') continue;
        const depth = stack.length;
        const top = stack[depth - 1];
        // The family that may act here: at depth 0 the primary one; inside a quote, closing it
        // or opening the other family.
        if (top && family === top.family && role !== 'open') {
          if (family === 'single' && isWeakClose(input, i) && top.weak === undefined) {
            top.weak = i;
            continue;
          }
          stack.pop();
          emit(top, i, b, depth >= 2 ? indexOfDraft(stack[depth - 2]!) : undefined);
          continue;
        }
        if (role === 'close') continue;
        // (but a curly double mark opens a quote in UK copy too, and a guillemet in any copy:
        // neither is ever an apostrophe)
        if (!top && family !== primary && input[i] !== '“' && family !== 'angle') continue;
        if (top && family === top.family) {
          // A second opener of the same family while one is open: the first one's close was a
          // possessive-looking mark, or was lost. Close at the fallback if we have one.
          if (top.weak !== undefined) {
            stack.pop();
            emit(top, top.weak, b, depth >= 2 ? indexOfDraft(stack[depth - 2]!) : undefined);
            stack.push({ family, at: i, block: b });
          }
          continue;
        }
        if (depth >= 2) continue; // deeper nesting is too rare to be worth the ambiguity
        stack.push({ family, at: i, block: b });
      }
      // Nested quotes never outlive their paragraph.
      while (stack.length > 1) stack.pop();
      const top = stack[0];
      if (top && top.weak !== undefined && !paragraphReopens(b + 1, top.family)) {
        stack.pop();
        emit(top, top.weak, b, undefined);
      }
    }

    function closesFirst(b: number, family: Family): boolean {
      const block = blocks[b]!;
      for (let i = block.contentStart; i < block.end; i++) {
        if (familyOf(input[i]!) !== family) continue;
        const role = roleOf(input, i, block.contentStart, block.end);
        if (role === 'close' || role === 'either') return role === 'close' || i > block.contentStart;
        if (role === 'open') return false;
      }
      return false;
    }

    function paragraphReopens(b: number, family: Family): boolean {
      const block = blocks[b];
      if (!block) return false;
      let k = block.contentStart;
      while (k < block.end && isSpace(input[k])) k++;
      return familyOf(input[k] ?? '') === family;
    }

    // Outer quotes are emitted after their nested ones; a nested quote records the outer
    // quote's future index by the outer opening offset, fixed up below.
    function indexOfDraft(open: Open): number {
      return -1 - open.at;
    }

    // Order by position and resolve parent references (stored as -1 - openingOffset).
    const sorted = [...out].sort((a, b) => a.outer.start - b.outer.start);
    const byOpen = new Map(sorted.map((q, i) => [q.outer.start, i]));
    for (const q of sorted) {
      if (q.parent !== undefined) {
        const parent = byOpen.get(-1 - q.parent);
        if (parent === undefined) delete q.parent;
        else q.parent = parent;
      }
    }
    return { ...ctx, quotes: sorted.map(classify(input)), diagnostics };
  },
};

// The family used for quotations: the one with more opening marks. UK copy quotes with ‘…’ and
// nests “…” inside; US copy does the reverse; counting openers tells them apart.
function primaryFamily(input: string, blocks: readonly { contentStart: number; end: number }[]): 'double' | 'single' {
  let double = 0;
  let single = 0;
  for (const block of blocks) {
    for (const i of marksIn(input, block.contentStart, block.end)) {
      const ch = input[i]!;
      if (ch === '“' || ch === '«' || ch === '„') double += 2;
      else if (ch === '"') double += 1;
      else if (ch === '‘') single += 2;
      else if (ch === "'" && roleOf(input, i, block.contentStart, block.end) === 'open') single += 2;
    }
  }
  return single > double ? 'single' : 'double';
}

// A first guess at the kind from the quote's own shape; attribution refines it (a short quote
// with no speech cue becomes a scare quote).
function classify(input: string) {
  return (q: QuoteDraft): QuoteDraft => {
    if (q.kind === 'nested') return q;
    const text = input.slice(q.span.start, q.span.end);
    const first = text.replace(/^[^\p{L}\p{N}]+/u, '')[0];
    const words = text.split(/\s+/).length;
    const startsSentence = first !== undefined && (isUpper(first) || isDigit(first));
    return { ...q, kind: startsSentence && (words >= 4 || /[.!?,]$/.test(text)) ? 'direct' : 'partial' };
  };
}
