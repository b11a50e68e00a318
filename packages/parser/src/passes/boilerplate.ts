import type { Author, RemovedBlock } from '@newsmark/schema';
import type { Pass } from '../context.js';
import { BOILERPLATE_RULES, mayBeBoilerplate, type BoilerplateRule } from '../lexicon/boilerplate.js';
import { findDate } from '../lib/dates.js';
import { isNameShaped } from '../lib/names.js';

const FOOTER_HEADING = /^(?:About [\p{Lu}][\p{L}\d&.,'’ -]{1,60}|Forward-Looking Statements|Safe Harbou?r Statement|(?:Media |Investor |Press )?Contacts?:?|Story Source:?|Journal Reference:?|Cite This Page:?.*|###)$/u;
const FOOTER_RULE: BoilerplateRule = { kind: 'other', reason: 'press-release footer', pattern: /$/, maxLength: Infinity };
const LINK_RULE: BoilerplateRule = { kind: 'related', reason: 'related-content link', pattern: /$/, maxLength: 160 };
// "Last modified on Fri 14 Mar 2025 18.02 GMT" at the foot of a page.
const TIMESTAMP = /^(?:last )?(?:updated|modified|published|posted)(?: on)?:? [^!?"“”]{6,60}$/i;
const TIMESTAMP_RULE: BoilerplateRule = { kind: 'date', reason: 'timestamp line', pattern: /$/, maxLength: 80 };

/**
 * Moves whole paragraphs that are not article text (embed leftovers, ads, "Read more" links,
 * sign-up prompts, credits, copyright and share buttons) from the body to `removed`, with a kind
 * and a reason. "(Reporting by …; Editing by …)" names become contributors.
 */
export const boilerplate: Pass = {
  name: 'boilerplate',
  run(ctx) {
    const { input } = ctx;
    const removed: RemovedBlock[] = [...ctx.removed];
    const contributors: Author[] = [...ctx.meta.contributors];
    const blocks: typeof ctx.blocks = [];
    let linkList = false;
    let footer = false;
    for (const block of ctx.blocks) {
      const text = input.slice(block.contentStart, block.end);
      // A press release's "About X" / "Forward-Looking Statements" / "Contacts" heading: what
      // follows to the end is the release's footer, not the story.
      footer ||= FOOTER_HEADING.test(text);
      let rule: BoilerplateRule | undefined = footer ? FOOTER_RULE : mayBeBoilerplate(text) ? BOILERPLATE_RULES.find((r) => text.length <= r.maxLength && r.pattern.test(text)) : undefined;
      // Under a "Related" heading, headline-like lines are links until a real paragraph comes.
      if (!rule && linkList && text.length <= 160 && !/[.!?]["”’]?$/.test(text)) rule = LINK_RULE;
      if (!rule && TIMESTAMP.test(text) && findDate(text)) rule = TIMESTAMP_RULE;
      linkList = rule !== undefined && rule.kind === 'related';
      if (!rule) {
        blocks.push(block);
        continue;
      }
      removed.push({ type: 'removed', kind: rule.kind, reason: rule.reason, text: input.slice(block.start, block.end), span: { start: block.start, end: block.end } });
      if (rule.kind === 'credits') contributors.push(...creditNames(text, block.contentStart));
      const prev = blocks[blocks.length - 1];
      const attached = prev !== undefined && prev.end <= block.start && !/\n[^\S\n]*\n/.test(input.slice(prev.end, block.start));
      const prevText = prev ? input.slice(prev.contentStart, prev.end) : '';
      // "— Name (@handle) October 2, 2025" signs an embedded post: the paragraph just before it
      // is the post's text when it is wholly quoted or sits on the line right above the signature.
      if (prev && rule.kind === 'embed' && /^[—–-]/.test(text) && (attached || /^["“].*["”]$/su.test(prevText))) {
        blocks.pop();
        removed.push({ type: 'removed', kind: 'embed', reason: 'text of an embedded post', text: input.slice(prev.start, prev.end), span: { start: prev.start, end: prev.end } });
      } else if (prev && rule.kind === 'photo' && attached && isCaption(prevText)) {
        // A credit line ("Name/AFP/Getty Images") right under a short line: that line is the caption.
        blocks.pop();
        removed.push({ type: 'removed', kind: 'photo', reason: 'photo caption above its credit', text: input.slice(prev.start, prev.end), span: { start: prev.start, end: prev.end } });
      }
    }
    return { ...ctx, blocks, removed, meta: { ...ctx.meta, contributors } };
  },
};

// A caption is one short descriptive sentence or two: no quotation, no speech.
function isCaption(text: string): boolean {
  return text.length <= 300 && !/["“”«»]/.test(text) && /[.!?)]$|\p{L}$/u.test(text);
}

// "(Reporting by Ana Ruiz and Tom Lee; Editing by Mark Potter)" → three contributors with roles.
function creditNames(text: string, offset: number): Author[] {
  const out: Author[] = [];
  let clauseStart = 0;
  for (const clause of text.split(';')) {
    const at = clause.search(/\bby\s/);
    const begin = clauseStart;
    clauseStart += clause.length + 1;
    if (at < 0) continue;
    const role = clause.slice(0, at).replace(/[^A-Za-z ]/g, '').trim().toLowerCase().replace(/^additional /, '') || 'contributor';
    const close = clause.indexOf(')', at);
    const names = close < 0 ? clause.slice(at + 3) : clause.slice(at + 3, close);
    let from = begin + at + 3;
    for (const piece of names.split(/,|\band\b/)) {
      const name = piece.trim();
      const at = text.indexOf(name, from);
      from = at + name.length;
      if (!isNameShaped(name)) continue;
      out.push({ name, type: 'person', role, span: { start: offset + at, end: offset + at + name.length } });
    }
  }
  return out;
}
