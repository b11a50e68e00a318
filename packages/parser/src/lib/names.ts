// Shapes of personal names, used where no entity recogniser has run yet (bylines, bios).

import { NAME_PARTICLES } from '../lexicon/titles.js';
const DETERMINERS = new Set(['the', 'a', 'an', 'our', 'your', 'this', 'that', 'these', 'those', 'my', 'his', 'her', 'their', 'its']);
const NAME_TOKEN = /^(?:\p{Lu}\.|\p{Lu}[\p{L}\p{M}’'-]*\.?|(?:Mc|Mac|O’|O')\p{Lu}[\p{L}\p{M}]*)$/u;

/**
 * True when `s` reads as a personal name: two to five capitalised words (initials and name
 * particles such as "van", "al" allowed), no digits.
 */
export function isNameShaped(s: string): boolean {
  const tokens = s.trim().split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5) return false;
  if (/\d/.test(s)) return false;
  // "The Daily Example", "Our Correspondent": a determiner opens no personal name.
  if (DETERMINERS.has(tokens[0]!.toLowerCase())) return false;
  let capitalised = 0;
  for (const [i, t] of tokens.entries()) {
    if (NAME_PARTICLES.has(t) && i > 0 && i < tokens.length - 1) continue;
    if (!NAME_TOKEN.test(t)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}
