import type { Author, RemovedBlock } from '@newsmark/schema';
import { removedBlock, type BodyBlock, type Pass } from '../context.js';
import { BOILERPLATE_RULES, FOOTER_HEADING, boilerplateRule, type BoilerplateRule } from '../lexicon/boilerplate.js';
import { MONTH_RE, findDate } from '../lib/dates.js';
import { isNameShaped, isRole } from '../lib/names.js';

// The pass reads only the kind and reason of a rule, so its own verdicts need no pattern or limit.
type Verdict = Pick<BoilerplateRule, 'kind' | 'reason'>;
const FOOTER_RULE: Verdict = { kind: 'other', reason: 'press-release footer' };
const LINK_RULE: Verdict = { kind: 'related', reason: 'related-content link' };
const SUMMARY_ITEM_RULE: Verdict = { kind: 'related', reason: 'summary box item' };
// "Last modified on Fri 14 Mar 2025 18.02 GMT" at the foot of a page.
// (or a date and time alone on a line: "Oct 20, 2026 11:32 AM PT" under a correction note)
const TIMESTAMP = new RegExp(`^(?:(?:first |last )?(?:updated|modified|published|posted)(?: on)?:? [^!?"“”]{6,60}|(?:${MONTH_RE} \\d{1,2},? \\d{4}|\\d{1,2} ${MONTH_RE},? \\d{4}),? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [A-Z]{1,5})?)$`, 'i');
const CAPITALS_LABEL = /^[\p{Lu}\d&'’:-]{2,}(?: [\p{Lu}\d&'’:-]+){0,5}$/u;
const COMMENT_RULE: Verdict = { kind: 'other', reason: 'reader comment' };
const SECTION_RULE: Verdict = { kind: 'other', reason: 'section label' };
const COMMENT_RULES_RULE: Verdict = { kind: 'other', reason: 'comment rules' };
const RESEARCH_VALUE_RULE: Verdict = { kind: 'other', reason: 'research-news footer' };
// ("— Nora Castellanos", or a byline set at the foot: "By Minh Hieu")
const SIGN_OFF = /^(?:[—–-]\s*|By )(\p{Lu}[\p{L}'’. -]{2,50})$/u;
const DESK_CODE = /(?<=[.!?"”])\/[a-z]{2,4}(?:\/[a-z]{2,4}){1,4}$/;
const SIGN_OFF_RULE: Verdict = { kind: 'byline', reason: 'sign-off' };
const PUBLISHED_STAMP = /^(?:first )?(?:published|posted)\b/i;
const TIMESTAMP_RULE: Verdict = { kind: 'date', reason: 'timestamp line' };

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
    const reporters: Author[] = [];
    const signers: Author[] = [];
    let meta = ctx.meta;
    let diagnostics = ctx.diagnostics;
    // A "Key points:" or "Related" heading may close the header: its list starts the body.
    const above = ctx.blocks[0] ? ctx.removed.filter((r) => r.span.end <= ctx.blocks[0]!.start).at(-1) : undefined;
    let linkList = above !== undefined && BOILERPLATE_RULES.some((r) => r.kind === 'related' && r.pattern.test(above.text.trim()));
    let summaryBox = above !== undefined && boilerplateRule(above.text.trim())?.reason === 'summary box heading';
    let footer = false;
    // A sign-up box copied as text: its blurb sits between two of its own prompts. `boxed` is the
    // kept block that came right after a newsletter prompt, if any.
    let lastKind: RemovedBlock['kind'] | undefined;
    let lastReason: string | undefined;
    let boxed: { block: (typeof ctx.blocks)[number]; after: RemovedBlock['kind'] } | undefined;
    const glued = gluedHeadlines(input, ctx.blocks);
    for (let n = 0; n < ctx.blocks.length; n++) {
      let block = ctx.blocks[n]!;
      const text = input.slice(block.contentStart, block.end);
      // A press release's "About X" / "Forward-Looking Statements" / "Contacts" heading: what
      // follows to the end is the release's footer, not the story.
      footer ||= FOOTER_HEADING.test(text);
      // The text of a reader comment follows its "Name | 3 hours ago" header.
      const afterCommentHeader = lastReason === 'reader comment header';
      let rule: Verdict | undefined = afterCommentHeader && text.length <= 800 ? COMMENT_RULE : footer ? FOOTER_RULE : boilerplateRule(text);
      // A comment section's house rules: the short lines under their heading ("Be respectful. …").
      if (!rule && lastReason === 'comment rules' && text.length <= 200) rule = COMMENT_RULES_RULE;
      // A research-news service's label ("ARTICLE PUBLICATION DATE") over its value ("3-Feb-2026").
      if (!rule && lastReason === 'research-news label' && text.length <= 300) rule = RESEARCH_VALUE_RULE;
      // Whether this block sits on the line right under the one before (or under the removed
      // heading above the body), asked only when a rule below needs it.
      const underPrevious = () => {
        const prevEnd = n > 0 ? ctx.blocks[n - 1]!.end : above?.span.end;
        return prevEnd !== undefined && !BLANK_LINE.test(input.slice(prevEnd, block.start));
      };
      // A summary box's items: the lines right under its heading ("What you need to know:").
      if (!rule && summaryBox && text.length <= 300 && underPrevious()) rule = SUMMARY_ITEM_RULE;
      // Under a "Related" heading, headline-like lines are links until a real paragraph comes
      // (a question too, on the line right under the link before it).
      // (a question after another link too; and several links set line under line in one block)
      if (!rule && linkList && text.length <= 160 && (!/[.!?]["”’]?$/.test(text) || (/\?["”’]?$/.test(text) && n > 0 && (underPrevious() || lastReason === LINK_RULE.reason)))) rule = LINK_RULE;
      if (!rule && linkList && text.includes('\n') && text.split('\n').every((l) => l.length <= 160 && !/[.!?]["”’]?$/.test(l.trim()))) rule = LINK_RULE;
      // …and so is a list of them, a dash opening each line.
      if (!rule && linkList && DASH_LIST.test(text)) rule = LINK_RULE;
      // Headlines set line under line between paragraphs: links to other stories.
      if (!rule && glued.has(n)) rule = LINK_RULE;
      // "Reporter, The Lakeshore Brief" under a sign-off: the writer's role.
      if (!rule && lastKind === 'byline' && signers.length > 0 && text.length <= 80 && isRole(text)) {
        rule = SIGN_OFF_RULE;
        signers.at(-1)!.role ??= text;
      }
      // A section label set in capitals inside the body ("THE BIG STORY", "QUICK HITS").
      if (!rule && text.length <= 40 && CAPITALS_LABEL.test(text)) rule = SECTION_RULE;
      // "— Nora Castellanos" closing a newsletter or column: its writer.
      const signOff = !rule && text.length <= 60 ? SIGN_OFF.exec(text) : null;
      if (signOff && isNameShaped(signOff[1]!)) {
        rule = SIGN_OFF_RULE;
        const start = block.contentStart + text.indexOf(signOff[1]!);
        signers.push({ name: signOff[1]!, type: 'person', span: { start, end: start + signOff[1]!.length } });
      }
      // The byline's author alone on a line at the foot: a sign-off ("Julien Marchetti").
      // (in any case: a byline's "MEGAN HOLLIS" is the author "Megan Hollis")
      if (!rule && text.length <= 60 && meta.authors.some((a) => a.name.toLowerCase() === text.toLowerCase())) rule = SIGN_OFF_RULE;
      if (!rule && TIMESTAMP.test(text)) {
        const found = findDate(text);
        if (found) {
          rule = TIMESTAMP_RULE;
          // "First published on: Mar 03, 2026" at the foot, when the header had only "Updated …".
          if (PUBLISHED_STAMP.test(text) && (meta.datePublished === null || meta.provenance.datePublished?.derived)) {
            const span = { start: block.contentStart + found.start, end: block.contentStart + found.end };
            meta = { ...meta, datePublished: found.iso, provenance: { ...meta.provenance, datePublished: { span, derived: false, text: input.slice(span.start, span.end) } } };
            diagnostics = diagnostics.filter((d) => d.code !== 'published-from-updated' && d.code !== 'no-date');
          }
        }
      }
      // (a heading that carries its one link, "Related news: Centre … marks 25 years", opens no list)
      linkList = rule !== undefined && rule.kind === 'related' && !(rule.reason === 'related-content heading' && /:\s+\S/.test(text));
      summaryBox = rule !== undefined && (rule.reason === 'summary box heading' || rule === SUMMARY_ITEM_RULE);
      // "…of its value./kro/ebe/he": wire editors' initials glued to the last sentence.
      const desk = !rule ? DESK_CODE.exec(text) : null;
      if (desk) {
        const at = block.contentStart + desk.index;
        removed.push(removedBlock(input, 'credits', 'desk code', at, block.end));
        block = { ...block, end: at };
      }
      if (!rule) {
        boxed = lastKind === 'newsletter' || lastKind === 'embed' ? { block, after: lastKind } : undefined;
        lastKind = undefined;
        lastReason = undefined;
        blocks.push(block);
        continue;
      }
      // …and an embed's caption sits between the embed's own lines ("@handle", "♬ original sound").
      if (boxed && boxed.after === rule.kind && blocks.at(-1) === boxed.block && isBlurb(input.slice(boxed.block.contentStart, boxed.block.end))) {
        const { start, end } = blocks.pop()!;
        removed.push(removedBlock(input, rule.kind, rule.kind === 'embed' ? 'embed caption' : 'newsletter blurb', start, end));
      }
      boxed = undefined;
      lastKind = rule.kind;
      // (a comment's date under its header still leads to the comment: "Jen T. says:" /
      // "September 19, 2024 at 6:02 am" / the text)
      lastReason = afterCommentHeader && text.length <= 60 && findDate(text) !== null ? 'reader comment header' : rule.reason;
      removed.push(removedBlock(input, rule.kind, rule.reason, block.start, block.end));
      if (rule.kind === 'credits') {
        for (const credit of creditNames(text, block.contentStart)) {
          contributors.push(credit.author);
          if (credit.lead) reporters.push(credit.author);
        }
      }
      const prev = blocks.at(-1);
      const attached = prev !== undefined && prev.end <= block.start && !BLANK_LINE.test(input.slice(prev.end, block.start));
      const prevText = prev ? input.slice(prev.contentStart, prev.end) : '';
      // "— Name (@handle) October 2, 2025" signs an embedded post: the paragraph just before it
      // is the post's text when it is wholly quoted or sits on the line right above the signature.
      if (prev && rule.kind === 'embed' && /^[—–-]/.test(text) && (attached || /^["“].*["”]$/su.test(prevText))) {
        blocks.pop();
        removed.push(removedBlock(input, 'embed', 'text of an embedded post', prev.start, prev.end));
      } else if (prev && (rule.reason === 'post view count' || rule.reason === 'post timestamp') && attached) {
        // "👁 96.2K" under a channel post, "4:12 PM ∙ Mar 11, 2025" under a copied tweet: the post
        // and the account line above it, on the lines right before, belong to the embed.
        for (let step = 0; step < 2; step++) {
          const top = blocks.at(-1);
          const next = step === 0 ? block : removed.at(-1)!.span;
          if (!top || top.end > next.start || BLANK_LINE.test(input.slice(top.end, next.start)) || top.end - top.start > 400) break;
          blocks.pop();
          removed.push(removedBlock(input, 'embed', 'text of an embedded post', top.start, top.end));
        }
      } else if (prev && rule.kind === 'photo' && attached && isCaption(prevText)) {
        // A credit line ("Name/AFP/Getty Images") right under a short line: that line is the caption.
        blocks.pop();
        removed.push(removedBlock(input, 'photo', 'photo caption', prev.start, prev.end));
      }
    }
    // With no byline, the reporters of wire credits or the writer who signs off are the authors.
    const credited = reporters.length > 0 ? reporters : signers;
    const authors = meta.authors.some((a) => a.type === 'person') || credited.length === 0 ? meta.authors : [...credited, ...meta.authors];
    return { ...ctx, blocks, removed, diagnostics, meta: { ...meta, authors, contributors } };
  },
};

const BLANK_LINE = /\n[^\S\n]*\n/;
const DASH_LIST = /^(?:[-–•*] [^\n]{5,160}\n){1,9}[-–•*] [^\n]{5,160}$/;
// A headline: a capital, four to sixteen words, no quotation, no closing period or colon (no
// pipe or handle either: an embedded post's "Name | Official" line is the embed's).
const HEADLINE_LINE = /^(?=.{20,100}$)\p{Lu}[^"“”«»|@\n]*[^.,;:"“”’\s]$/u;

/**
 * Indices of blocks that are headlines set line under line between the paragraphs of an article
 * whose paragraphs are blank-line separated: two or more lines with no blank line between them,
 * each headline-shaped ("Why is my bill going up so much?\nFive councils ask for a bailout"). Not
 * the items of a list that a paragraph ending in a colon opens, nor the summary points that open
 * a story.
 */
function gluedHeadlines(input: string, blocks: readonly BodyBlock[]): ReadonlySet<number> {
  const out = new Set<number>();
  const gaps = blocks.slice(1).map((b, k) => BLANK_LINE.test(input.slice(blocks[k]!.end, b.start)));
  // (an article of one paragraph per line has no blank lines to set the lines apart)
  if (gaps.filter(Boolean).length < 3) return out;
  const headline = (k: number) => {
    const text = input.slice(blocks[k]!.contentStart, blocks[k]!.end);
    return HEADLINE_LINE.test(text) && text.split(' ').length >= 4 && text.split(' ').length <= 16;
  };
  for (let k = 0; k < blocks.length; ) {
    let end = k;
    while (end < gaps.length && !gaps[end] && headline(end + 1)) end++;
    const opener = k > 0 ? input.slice(blocks[k - 1]!.contentStart, blocks[k - 1]!.end) : '';
    // (below two paragraphs at least: at the top of the body such lines are the story's summary)
    if (end > k && k >= 2 && headline(k) && !opener.endsWith(':')) for (let j = k; j <= end; j++) out.add(j);
    k = end + 1;
  }
  return out;
}

// A sign-up box's blurb: a sentence or two of its own, no quotation.
function isBlurb(text: string): boolean {
  return text.length <= 200 && !/["“”«»]/.test(text);
}

// A caption is one short descriptive sentence or two: no quotation, no speech.
function isCaption(text: string): boolean {
  return text.length <= 300 && !/["“”«»]/.test(text) && /[.!?)]$|\p{L}$/u.test(text);
}

// "(Reporting by Ana Ruiz in Lima and Tom Lee; Editing by Mark Potter)" → three contributors with
// roles; the names of the first, plain "Reporting by" clause are the story's lead reporters.
function creditNames(text: string, offset: number): { author: Author; lead: boolean }[] {
  const out: { author: Author; lead: boolean }[] = [];
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
    const lead = begin === 0 && role === 'reporting' && !/additional/i.test(clause);
    for (const piece of names.split(/,|\band\b/)) {
      // "Ana Ruiz in Lima": where the reporter filed from is not part of the name.
      const trimmed = piece.trim();
      const place = trimmed.search(/\sin\s\p{Lu}/u);
      const name = place < 0 ? trimmed : trimmed.slice(0, place);
      const at = text.indexOf(name, from);
      from = at + name.length;
      if (!isNameShaped(name)) continue;
      out.push({ author: { name, type: 'person', role, span: { start: offset + at, end: offset + at + name.length } }, lead });
    }
  }
  return out;
}
