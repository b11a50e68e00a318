import type { RemovedKind } from '@newsmark/schema';

/** One kind of boilerplate: a pattern tested against a whole paragraph. */
export interface BoilerplateRule {
  kind: RemovedKind;
  reason: string;
  pattern: RegExp;
  /** Longest paragraph the rule may remove; longer ones are body text that mentions the phrase. */
  maxLength: number;
}

const SOCIAL = '(?:Instagram|TikTok|YouTube|Facebook|Twitter|X|Threads|Bluesky|LinkedIn|Telegram|WhatsApp|Snapchat)';
// One entry of a site menu flattened into a line: one to three words, no digits ("Log in").
const MENU_ITEM = String.raw`\p{L}[\p{L}'’&-]*(?: [\p{L}'’&-]+){0,2}`;

/**
 * Paragraph-level boilerplate: leftovers of embeds, ads, link lists, sign-up prompts, credits.
 * Tested in order; the first match wins.
 */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { kind: 'embed', reason: 'social embed leftover', pattern: new RegExp(`^(?:View|See) (?:this|more) (?:post|video|photo)s? on ${SOCIAL}`, 'i'), maxLength: 400 },
  { kind: 'embed', reason: 'social embed leftover', pattern: /^A (?:post|video|photo) shared by /i, maxLength: 300 },
  { kind: 'embed', reason: 'social embed leftover', pattern: new RegExp(`^(?:Watch|View|Open) (?:it |this )?on ${SOCIAL}\\b`, 'i'), maxLength: 200 },
  { kind: 'embed', reason: 'social embed leftover', pattern: /pic\.twitter\.com\/\w+|\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}\s*$/u, maxLength: 600 },
  { kind: 'embed', reason: 'social embed leftover', pattern: /^(?:Embed from Getty Images|Loading (?:tweet|post|video)|This content is (?:not available|imported from)|Click to (?:play|view))/i, maxLength: 300 },
  { kind: 'embed', reason: 'social embed leftover', pattern: /^@\w{1,30}(?:\s|$)|♬/u, maxLength: 300 },
  { kind: 'embed', reason: 'audio player', pattern: /^listen to this (?:article|story)\b/i, maxLength: 100 },
  { kind: 'other', reason: 'reading time or player', pattern: /^(?:estimated )?reading time:? ?\d{1,3} min(?:ute)?s?$|^\d{1,3} min(?:ute)?s? read$|^\d{1,2}:\d{2}(?::\d{2})?(?: \/ \d{1,2}:\d{2}(?::\d{2})?)?$/i, maxLength: 40 },
  { kind: 'date', reason: 'live-blog timestamp', pattern: /^(?:updated (?:at )?)?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})?$/i, maxLength: 30 },
  { kind: 'related', reason: 'live-blog key event link', pattern: /^\d{1,3} ?(?:m|min|h|hr|d) ago\s+\S/, maxLength: 200 },
  { kind: 'other', reason: 'live-blog furniture', pattern: /^(?:key events?|pinned post|show key events only|please (?:turn on|enable) javascript\b.{0,60}|live(?: updates| coverage)?|as it happened|refresh|newest first|oldest first|load more(?: updates)?)$/i, maxLength: 80 },
  { kind: 'embed', reason: 'video player', pattern: /^(?:video player is loading\.?|play video|current time \d.{0,40}|watch more|replay|now playing|up next|autoplay(?: on| off)?)$/i, maxLength: 60 },
  { kind: 'other', reason: 'correction prompt', pattern: /^(?:report an? (?:typo|correction|error)\b|spotted an error\b|see something wrong\b)/i, maxLength: 100 },
  { kind: 'advertisement', reason: 'sponsor line', pattern: /^(?:presented|sponsored|supported|brought to you|powered) by [\p{L}\d&'’.,-]+(?: [\p{L}\d&'’.,-]+){0,6}\.?$/iu, maxLength: 100 },
  { kind: 'other', reason: 'newsletter greeting or sign-off', pattern: /^good (?:morning|afternoon|evening|day)\b[^"“”]{0,40}[.,!]\s*(?:here['’]s|welcome|this is)\b|^(?:see you (?:tomorrow|next week|on \p{L}+|then)|until next time|that['’]s (?:it|all) for (?:today|now|this week))[.,!]?$/iu, maxLength: 300 },
  { kind: 'newsletter', reason: 'email footer', pattern: /^unsubscribe\b|^you(?:['’]re| are) receiving this (?:email|newsletter|message)\b|\bforward (?:it|this(?: email| newsletter)?) to a friend\b|^forwarded this (?:email|newsletter)\b|^view (?:this email )?in (?:your )?browser$/i, maxLength: 300 },
  { kind: 'other', reason: 'disclosure', pattern: /^(?:disclosure|disclaimer):/i, maxLength: 400 },
  { kind: 'related', reason: 'site promotion', pattern: /\b(?:on|at|in) our [\p{L} ]{1,30} (?:page|app|site|website|live blog|hub)[.!]?$/iu, maxLength: 200 },
  { kind: 'advertisement', reason: 'advertisement call to action', pattern: /\b(?:learn more|find out more|apply now|sign up today|get started|book now|shop now)[.!]?$/i, maxLength: 300 },
  { kind: 'other', reason: 'comment section', pattern: /^sort by\b|^(?:log in|sign in|register|subscribe) to (?:comment|join the (?:conversation|discussion)|reply|leave a comment)\b/i, maxLength: 100 },
  { kind: 'other', reason: 'paywall or access label', pattern: /^[∙·•]\s*(?:paid|free|premium|subscribers? only|members? only)$/i, maxLength: 30 },
  { kind: 'newsletter', reason: 'subscription prompt', pattern: /^thanks for reading\b.{0,120}\bsubscribe\b/i, maxLength: 300 },
  { kind: 'date', reason: 'relative timestamp', pattern: /^(?:(?:last )?updated:? )?(?:\d{1,2}|an?) (?:minutes?|mins?|hours?|hrs?|days?) ago$/i, maxLength: 40 },
  { kind: 'other', reason: 'page furniture', pattern: /^(?:share(?: full article| this:?|\d*)|save|opinion|analysis|comment|explainer|live|listen|print|follow us|leave a comment|start a conversation|comments(?: \(\d+\))?|subscribe|restacks|likes|bookmark|discussion about this (?:post|article|story))$|^support (?:independent|our) journalism\b|^substack is the home for\b|^editor['’]s note:|^contact \p{Lu}[\p{L} .'’-]{2,40} at \S+@|^[\p{L} ]{2,30}: https?:\/\/\S+$|^source: [\p{L} ,&-]{2,60}$|licensing rights|^our standards:|^the views expressed in this (?:article|piece|column) are|^a version of this (?:article|story) appears in print|^this (?:article|story|piece) (?:appears|appeared|was published) in (?:the )?(?:print|[\p{L}\d ]{1,40} (?:issue|edition))|^subscribe (?:now|today)\b|^reporting from \p{Lu}/iu, maxLength: 300 },
  { kind: 'photo', reason: 'photo credit or caption', pattern: /Credit(?:\.{3}|…)\p{Lu}/u, maxLength: 400 },
  // A menu or a row of buttons copied as one line: "Subscribe   Log in   Search", "Home | News |
  // Sport | Opinion" (three pipe-separated items could be a byline: "Jane Doe | Politics | Paris").
  { kind: 'other', reason: 'site navigation', pattern: new RegExp(`^${MENU_ITEM}(?: {2,}${MENU_ITEM}){2,}$|^${MENU_ITEM}(?: ?\\| ?${MENU_ITEM}){3,}$|^${MENU_ITEM}(?: ?[•·] ?${MENU_ITEM}){2,}$`, 'u'), maxLength: 300 },
  { kind: 'other', reason: 'cookie notice', pattern: /^(?:we|this (?:site|website)) uses? cookies\b|\b(?:accept|reject) (?:all )?(?:cookies|non-essential)\b|^(?:cookie (?:settings|preferences|policy)|manage (?:cookies|preferences))$/i, maxLength: 600 },
  { kind: 'other', reason: 'separator line', pattern: /^[^\p{L}\p{N}]+$/u, maxLength: 200 },
  { kind: 'embed', reason: 'video prompt', pattern: /^(?:watch (?:the )?(?:full )?(?:report|video|story|clip)\b|watch live$)/i, maxLength: 120 },
  { kind: 'other', reason: 'app or site prompt', pattern: /^click here\b|\bdownload (?:our|the) (?:free )?app\b|\bget the app$|^download (?:our|the) [^.]{0,60}\bapp\b|^(?:kindly )?share(?: or comment on)? this (?:story|article|page)\b|^reuse this content$|^copy link(?: copied)?$/i, maxLength: 200 },
  { kind: 'embed', reason: 'media embed label', pattern: /^(?:video|watch|listen|audio|podcast|gallery|photos|in pictures|graphic|interactive|chart|map)\s*:/i, maxLength: 200 },
  { kind: 'advertisement', reason: 'advertisement label', pattern: /^(?:advertisement|advert|sponsored(?: content)?|ad|story continues below(?: advertisement)?|continue reading(?: the main story| below)?|skip advertisement|article continues (?:below|after advertisement))(?: ?[·|•:-] ?(?:scroll|continue reading|story continues)[\w ]{0,30})?[.:]?$/i, maxLength: 80 },
  { kind: 'related', reason: 'related-content link', pattern: /^(?:read more|read next|more|related|see also|also read|also see|recommended|further reading|watch|listen|more from|more on this story|you may also like|most read|trending)\s*(?::|»|›|>|-|–|—)/i, maxLength: 300 },
  { kind: 'related', reason: 'related-content link', pattern: /^(?:read more|related (?:stories|articles|coverage|topics)|more (?:stories|coverage)|most (?:read|popular|viewed)|top stories|trending now|editor['’]s picks)\s*$/i, maxLength: 60 },
  { kind: 'related', reason: 'summary box heading', pattern: /^(?:key points|highlights|in brief|at a glance|in short|the big picture|what we know|quick read)\s*:?$/i, maxLength: 40 },
  { kind: 'related', reason: 'related-content heading', pattern: /^(?:related news|related|more (?:from|on|in) [\p{L}& ]{1,30}|(?:most|more) (?:read|popular|viewed)|you might also like|recommended(?: for you)?|explore more on these topics|suggested topics|related topics|topics|tags|más información|leer más|related (?:posts|articles?|stories)|also read|read also):?$/iu, maxLength: 60 },
  { kind: 'related', reason: 'topic tags', pattern: /^(?:(?:related )?topics|tags|filed under|categories|more on|see more on)\s*:/i, maxLength: 300 },
  { kind: 'other', reason: 'language or edition note', pattern: /^this (?:article|story) is (?:also )?available in \p{L}+\.?$/iu, maxLength: 100 },
  { kind: 'newsletter', reason: 'newsletter sign-up prompt', pattern: /^[Ss]ign up (?:to|for) (?:our |the )?\p{Lu}/u, maxLength: 200 },
  { kind: 'newsletter', reason: 'newsletter sign-up form', pattern: /^(?:enter your email(?: address)?|your email(?: address)?|email address|sign up|invalid email(?: address)?|thank you for subscribing|thanks for signing up|see our privacy (?:notice|policy))\b|^(?:we use your sign-up|by signing up\b|we have more newsletters)|^get (?:the|our) .{0,60}\bby email$|^privacy (?:notice|policy):.{0,200}\bemail\b/i, maxLength: 300 },
  { kind: 'newsletter', reason: 'newsletter sign-up prompt', pattern: /\b(?:sign up|subscribe|register)\b.{0,80}\bnewsletters?\b|\bnewsletters?\b.{0,60}\b(?:sign up|subscribe)\b|\b(?:delivered|straight) to your inbox\b|^get (?:our|the) .{1,60} (?:in|to) your inbox/i, maxLength: 300 },
  { kind: 'follow', reason: 'social follow prompt', pattern: new RegExp(`^(?:you can )?follow (?:us|him|her|them|@\\w+|the author|[\\p{Lu}][\\p{L}.'’-]*(?: [\\p{Lu}][\\p{L}.'’-]*){0,3}) on ${SOCIAL}`, 'iu'), maxLength: 200 },
  { kind: 'follow', reason: 'social follow prompt', pattern: new RegExp(`^(?:like us on|join us on|find us on|connect with us on) ${SOCIAL}`, 'i'), maxLength: 200 },
  { kind: 'photo', reason: 'photo credit or caption', pattern: /^(?:photo|photograph|image|picture|pictured|photo illustration|caption|credit)s?(?:\s*credit)?\s*:/i, maxLength: 400 },
  { kind: 'photo', reason: 'photo credit or caption', pattern: /^image (?:caption|source)s?,/i, maxLength: 400 },
  { kind: 'photo', reason: 'photo credit or caption', pattern: /\b(?:Photograph|Photo|Illustration|Picture|Image)s?: [^.:]{2,80}$/, maxLength: 400 },
  { kind: 'photo', reason: 'photo credit or caption', pattern: /\b\p{Lu}{2,}(?: \p{Lu}{2,}){0,4} \/ \p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u, maxLength: 300 },
  { kind: 'photo', reason: 'photo credit or caption', pattern: /\((?:AP|AFP|Reuters|Getty Images|EPA|PA|Bloomberg|[A-Z][\w&. ]{1,30}) ?(?:Photo|Images)?\/[^()]{2,60}\)$/, maxLength: 400 },
  { kind: 'photo', reason: 'photo credit or caption', pattern: /^\(?(?:photo|image|picture)s? by [^.]{2,80}\)?$|\/\s?(?:Getty Images|AP Photo|AFP(?: via Getty Images)?|Reuters|Shutterstock|EPA|Alamy|PA Wire|Bloomberg)\)?\s*$/i, maxLength: 400 },
  { kind: 'credits', reason: 'reporting and editing credits', pattern: /^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|translated|graphics) by\b/i, maxLength: 400 },
  { kind: 'credits', reason: 'reporting credits', pattern: /^[—–-]?\s*with (?:additional )?reporting (?:from|by)\b/i, maxLength: 200 },
  { kind: 'related', reason: 'live coverage link', pattern: /^(?:follow|read) (?:our|the) live (?:coverage|blog|updates|report)\b/i, maxLength: 200 },
  { kind: 'credits', reason: 'reporting credits', pattern: /\b(?:contributed (?:to this report|reporting)|reported from \p{Lu}[\p{L} ,.]{1,40}\.$)/u, maxLength: 300 },
  { kind: 'other', reason: 'reader call-out', pattern: /\bsend (?:us )?a letter to the editor\b|^(?:have something to say|are you affected|were you there|do you have a story|have you got a story|got a story|have a (?:news )?tip|got a (?:news )?tip|have your say|share your (?:story|views|experience)|tell us)\b/i, maxLength: 200 },
  { kind: 'other', reason: 'contact details', pattern: /^[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$|^(?!\d{4}-\d\d-\d\d)\+?\(?\d{1,4}\)?(?:[ .-]?\d){6,14}$/, maxLength: 80 },
  { kind: 'other', reason: 'correction note', pattern: /^(?:correction|clarification)\s*:|^this (?:article|story|report) (?:was|has been) (?:amended|corrected|updated|changed)\b/i, maxLength: 400 },
  { kind: 'copyright', reason: 'copyright line', pattern: /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b/i, maxLength: 300 },
  { kind: 'share', reason: 'share-button text', pattern: new RegExp(`^(?:share(?: this)?(?: article| story| on| to| via)?|copy link|email|print|save)[\\s:|,•·]*(?:(?:share (?:on|via|to|by) )?(?:${SOCIAL}|email|e-mail|copy link|print|save|reddit|pinterest|messenger|sms)[\\s|,•·]*){1,12}$`, 'i'), maxLength: 200 },
  { kind: 'share', reason: 'share-button text', pattern: new RegExp(`^(?:(?:${SOCIAL}|email|copy link|print|reddit|pinterest)[\\s|,•·]+){2,12}(?:${SOCIAL}|email|copy link|print|reddit|pinterest)?$`, 'i'), maxLength: 200 },
];

// The patterns of the rules that apply to a paragraph's length, joined into one regular
// expression per set of flags: a paragraph that no rule matches (nearly every one) then costs a
// regex run or two instead of one per rule. Made on first use for each length limit.
const LIMITS = [...new Set(BOILERPLATE_RULES.map((r) => r.maxLength))].sort((a, b) => a - b);
const unions: (readonly RegExp[] | undefined)[] = [];

function unionsFor(limit: number): readonly RegExp[] {
  const rules = BOILERPLATE_RULES.filter((r) => r.maxLength >= limit);
  return [...new Set(rules.map((r) => r.pattern.flags))].map(
    (flags) => new RegExp(rules.filter((r) => r.pattern.flags === flags).map((r) => `(?:${r.pattern.source})`).join('|'), flags),
  );
}

/**
 * False when no rule applies to `text`: none allows its length, or none's pattern matches it.
 * When true, the rules themselves say which one applies.
 * @param text - a paragraph or header line
 * @returns whether some rule may remove it
 * @example
 * ```ts
 * mayBeBoilerplate('Advertisement'); // true
 * ```
 */
export function mayBeBoilerplate(text: string): boolean {
  const k = LIMITS.findIndex((limit) => limit >= text.length);
  if (k < 0) return false;
  return (unions[k] ??= unionsFor(LIMITS[k]!)).some((u) => u.test(text));
}
