// Money, percentages and quantities. Every pattern is a flat alternation with bounded
// repetition, so matching stays linear in the input.
import type { MentionDraft } from '../context.js';
import { CURRENCY_SIGNS, CURRENCY_WORDS, LETTER_CURRENCIES, QUANTITY_UNITS, SCALES } from '../lexicon/units.js';
import { execAll } from './search.js';

// Longest first, so "US$" wins over "$" and "KSh" over "Sh".
const alternation = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/\$/g, '\\$')).join('|');
const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
// After a currency sign, thousands may be grouped by spaces too ("R4 500", "€1 200 000").
const SIGNED_NUM = String.raw`\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,]|[.\s\u00a0\u202f]\d)|${NUM}`;
// ("Rs 340-crore", "a $5-million grant": the scale may be hyphenated)
const SCALE = String.raw`(?:[\s-]?(?:thousand|million|billion|trillion|bn|bln|mn|mln|tn|crore|lakh)\b|(?:m|b|k|bn)\b)?`;
const CURRENCY_KEYS = [...CURRENCY_SIGNS.keys()];
// Signs ("$", "US$", "€") and ISO codes ("EUR"); codes are the lexicon's three-letter keys.
const SIGNS = alternation(CURRENCY_KEYS.filter((k) => !/^[a-z]{3}$/.test(k)));
const CODES = alternation(CURRENCY_KEYS.filter((k) => /^[a-z]{3}$/.test(k)));
// (not inside a word: "suppliers 50 cents" holds no "Rs 50")
const SIGN = String.raw`(?<![A-Za-z])(?:${SIGNS}|Rs\.?\s?)`;
const CODE = String.raw`(?:${CODES})\s?`;
const CURRENCY_AT_START = new RegExp(`^(?:${SIGNS}|${CODES})`, 'i');
// (and units of account with no ISO code of their own, "120,000 guineas", or no one country's,
// "60 million dinars")
// (longest first: "Kenyan shillings" before "shillings")
const WORDS = [...CURRENCY_WORDS.keys(), 'pence', 'cents', 'sen', 'guineas', 'dinars', 'dinar'].sort((a, b) => b.length - a.length).join('|').replace(/\./g, '\\.');

// Letter symbols before the number, read case-sensitively.
// (a symbol of two letters or more may stand apart from it: "Rp 3.1 trillion")
const MONEY_LETTER = new RegExp(`\\b(${alternation(LETTER_CURRENCIES.keys())})(?:(?<=[A-Za-z]{2}) )?(?=\\d)(${SIGNED_NUM})(${SCALE})`, 'g');
// ("R$ 41 billion": a space may follow the sign)
const MONEY_SIGN = new RegExp(`(?:${SIGN} ?|\\b${CODE})(${SIGNED_NUM})(${SCALE})(?:\\s?(?:-|–|to)\\s?(?:${SIGN})?(${NUM})(${SCALE}))?`, 'gi');
// (pence may be glued to the number: "6.5p")
// ("1.15-1.25 bln euros": a range before the scale)
const CHANGE_WORD = /\b(?:up|down|by|to|at|of|from|fell|rose|gained|lost|dropped|jumped|climbed|slipped|added|shed)\s$/i;
// ("9c", "6.5p": cents and pence glued to the number)
// ("a 50-million-euro grant": the amount as an adjective, hyphenated)
const MONEY_WORD = new RegExp(`\\b(${NUM})(?:[-–](${NUM}))?(?:[\\s-]?(thousand|million|billion|trillion|bln|bn|mln|mn)\\b)?(?:[\\s-](${WORDS})\\b|(p|c)\\b)`, 'gi');
// "7 350 000 $", "45 €": the sign after the amount, as French writes it (and no amount after it).
const MONEY_SIGN_AFTER = new RegExp(`(?<![\\d.,$€£])(${SIGNED_NUM})(${SCALE}) ?([$€£])(?!\\s?\\d)`, 'g');
const PERCENT = new RegExp(`\\b(${NUM})\\s?(?:%|percent\\b|per cent\\b|percentage points?\\b)`, 'gi');
const UNITS = alternation(QUANTITY_UNITS);
const QUANTITY = new RegExp(`\\b(${NUM})(?:\\s(thousand|million|billion)\\b)?\\s(${UNITS})\\b`, 'gi');

function amount(num: string, scale: string | undefined): number {
  const base = Number(num.replace(/[,\s]/g, ''));
  const factor = scale ? SCALES.get(scale.replace(/^[\s-]+/, '').toLowerCase()) ?? 1 : 1;
  return base * factor;
}

function currencyOf(text: string): string | undefined {
  if (/^Rs/.test(text)) return 'INR';
  const m = CURRENCY_AT_START.exec(text);
  return m ? CURRENCY_SIGNS.get(m[0].toLowerCase()) : undefined;
}

/** Money, percent and quantity mentions in `input.slice(start, end)`. */
export function findAmounts(input: string, start: number, end: number): MentionDraft[] {
  const text = input.slice(start, end);
  const out: MentionDraft[] = [];
  const push = (m: RegExpExecArray, type: MentionDraft['type'], value: MentionDraft['value']) => {
    const s = m.index;
    let e = s + m[0].length;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    out.push({ start: start + s, end: start + e, text: text.slice(s, e), type, evidence: 2, value });
  };
  for (const m of execAll(MONEY_SIGN, text)) {
    const value: NonNullable<MentionDraft['value']> = { amount: amount(m[1]!, m[2]) };
    const currency = currencyOf(m[0]);
    if (currency) value.currency = currency;
    if (m[3]) value.maxAmount = amount(m[3], m[4] || m[2]);
    push(m, 'money', value);
    if (m[3]) {
      // Each end of a range as written, so "$48 to $55" is also found as "$48" and "$55".
      const at = m[0].search(/\s?(?:-|–|to)\s?(?=\D{0,4}\d)/);
      const dash = /^\s?(?:-|–|to)\s?/.exec(m[0].slice(at))![0];
      out[out.length - 1]!.parts = [m[0].slice(0, at), m[0].slice(at + dash.length).trim()];
    }
  }
  for (const m of execAll(MONEY_SIGN_AFTER, text)) {
    // (not an amount already read with its sign before it: "$5 $" is no second amount)
    if (out.some((o) => o.start < m.index + m[0].length && m.index < o.end)) continue;
    push(m, 'money', { amount: amount(m[1]!, m[2]), currency: CURRENCY_SIGNS.get(m[3]!)! });
  }
  for (const m of execAll(MONEY_LETTER, text)) {
    // One letter and a small bare number is a code ("room R2", "the P4 lane"), not money.
    if (m[1]!.length === 1 && !m[3] && !/[.,]|\d{3}/.test(m[2]!)) continue;
    push(m, 'money', { amount: amount(m[2]!, m[3]), currency: LETTER_CURRENCIES.get(m[1]!)! });
  }
  for (const m of execAll(MONEY_WORD, text)) {
    const unit = (m[4] ?? m[5]!).toLowerCase();
    if ((unit === 'p' || unit === 'c') && (m[3] || m[2])) continue;
    // ("up 9c", "fell 3c to $1.20": a glued "c" is cents only in lower case after a word of change)
    if (unit === 'c' && (m[5] !== 'c' || !CHANGE_WORD.test(text.slice(Math.max(0, m.index - 12), m.index)))) continue;
    const value: NonNullable<MentionDraft['value']> = { amount: amount(m[1]!, m[3]) };
    if (m[2]) value.maxAmount = amount(m[2], m[3]);
    const currency = CURRENCY_WORDS.get(unit) ?? (unit === 'pence' || unit === 'p' ? 'GBP' : unit === 'sen' ? 'MYR' : undefined);
    if (currency) value.currency = currency;
    if (unit === 'pence' || unit === 'cents' || unit === 'sen' || unit === 'p' || unit === 'c') {
      value.amount = value.amount! / 100;
      if (value.maxAmount !== undefined) value.maxAmount /= 100;
    }
    push(m, 'money', value);
  }
  for (const m of execAll(PERCENT, text)) push(m, 'percent', { amount: amount(m[1]!, undefined), unit: '%' });
  for (const m of execAll(QUANTITY, text)) push(m, 'quantity', { amount: amount(m[1]!, m[2]), unit: m[3]!.toLowerCase() });
  return out;
}
