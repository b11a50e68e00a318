import type { RemovedKind } from '@newsmark/schema';
import { foldSpace } from '../text.js';

/** One kind of boilerplate: a pattern tested against a whole paragraph. */
export interface BoilerplateRule {
  kind: RemovedKind;
  reason: string;
  pattern: RegExp;
  /** Longest paragraph the rule may remove; longer ones are body text that mentions the phrase. */
  maxLength: number;
}

const SOCIAL = '(?:Instagram|TikTok|YouTube|Facebook|Twitter|X|Threads|Bluesky|LinkedIn|Telegram|WhatsApp|Snapchat|Google News|Reddit)';
// A site menu flattened into a line holds letters, the marks inside words ('’&-), spaces, digits
// and "|", "•", "·" between its entries, nothing else. The menu patterns check that first, once
// for the line; after it, "a letter" and "a word character" can be written as short negated
// classes ([^…] of the characters left over) instead of \p{L} at every place. Same lines match,
// and V8 makes a quarter of the machine code (each \p{L} compiles to a range table of its own).
const MENU_LINE = String.raw`^(?=[\p{L}\d'’&| •·∙-]+$)`;
const MENU_WORD = String.raw`[^\d| •·∙]`;
// One entry of a site menu: one to three words, no digits ("Log in").
const MENU_ITEM = String.raw`[^\d'’&| •·∙-]${MENU_WORD}*(?: ${MENU_WORD}+){0,2}`;
// The first entry of a "|" menu may be the station's name with its channel number ("KVNW 4").
const MENU_HOME = String.raw`[^\d'’&| •·∙-]${MENU_WORD}*(?: ${MENU_WORD}+| \d{1,2}){0,2}`;

// A rule as a call rather than an object literal: the rule list is the parser's longest, and
// the bundle is smaller without its property names written out on every line.
function rule(kind: RemovedKind, reason: string, pattern: RegExp, maxLength: number): BoilerplateRule {
  return { kind, reason, pattern, maxLength };
}

/**
 * Paragraph-level boilerplate: leftovers of embeds, ads, link lists, sign-up prompts, credits.
 * Tested in order; the first match wins.
 *
 * Speed: a pattern that may match anywhere in a paragraph and opens with a class or a short word
 * ("\b(?:on|at|in) our …") is tried at every character. Where such a pattern holds a fixed phrase,
 * it opens with that phrase and checks what must come before it with a lookbehind (" our
 * (?<=\b(?:on|at|in) our )…"): same matches, but only tried where the phrase occurs.
 */
export const BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  rule('embed', 'social embed leftover', new RegExp(`^(?:View|See) (?:this|more) (?:post|video|photo)s? on ${SOCIAL}`, 'i'), 400),
  rule('embed', 'social embed leftover', new RegExp(`^(?:Watch|View|Open) (?:it |this )?on ${SOCIAL}\\b|^(?:listen|open|play) (?:it |to [^.]{1,60} )?(?:on|in) (?:Spotify|Apple Music|SoundCloud)\\b|^\\[embedded content\\b`, 'i'), 200),
  rule('embed', 'social embed leftover', /pic\.twitter\.com\/\w+|\(@\w{1,30}\)\s+\p{L}+\.? \d{1,2}, \d{4}\s*$/u, 600),
  rule('embed', 'social embed leftover', /^(?:A (?:post|video|photo) shared by |Embed from Getty Images|Loading (?:tweet|post|video)|This content is (?:not available|imported from)|Click to (?:play|view))/i, 300),
  rule('embed', 'social embed leftover', /^@\w{1,30}(?:\s|$)|♬/, 300),
  rule('embed', 'post view count', /^(?:👁\s?)?\d+(?:\.\d+)?[KkMm]?(?: views?)?(?: \d{1,2}:\d{2})?$/u, 40),
  rule('embed', 'audio player', /^listen to this (?:article|story)\b/i, 100),
  rule('other', 'reading time or player', /^(?:estimated )?reading time:? ?\d{1,3} min(?:ute)?s?$|^\d{1,3} min(?:ute)?s? (?:to )?read$|^\d{1,2}:\d{2}(?::\d{2})?(?: \/ \d{1,2}:\d{2}(?::\d{2})?)?$/i, 40),
  rule('date', 'live-blog timestamp', /^(?:updated (?:at )?)?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})?$/i, 30),
  rule('related', 'live-blog link', /^\d{1,3} ?(?:m|min|h|hr|d) ago\s+\S/, 200),
  rule('other', 'live-blog furniture', /^(?:key events?|pinned post|show key events only|please (?:turn on|enable) javascript\b.{0,60}|live(?: updates| coverage)?|as it happened|refresh|newest first|oldest first|load more(?: updates)?)$/i, 80),
  rule('embed', 'video player', /^(?:video player is loading\.?|video player\s?close|play video|current time \d.{0,40}|watch more|replay|now playing|up next|autoplay(?: on| off)?)$/i, 60),
  rule('other', 'correction prompt', /\bto report a typo\b|^(?:report an? (?:(?:editorial|technical) )?(?:typo|correction|error|issue|problem)\b|spotted an error\b|see something wrong\b|did you (?:find|spot|notice) an? (?:error|mistake|typo)\b)/i, 100),
  rule('advertisement', 'sponsor line', /^(?:presented|sponsored|supported|brought to you|powered) by [\p{L}\d&'’.,-]+(?: [\p{L}\d&'’.,-]+){0,6}\.?$/iu, 100),
  rule('other', 'newsletter greeting', /^good (?:morning|afternoon|evening|day)\b[^"“”]{0,40}[.,!]\s*(?:here['’]s|welcome|this is)\b|^(?:see you (?:tomorrow|next week|on \p{L}+|then)|until next time|that['’]s (?:it|all) for (?:today|now|this week))[.,!]?$/iu, 300),
  rule('newsletter', 'email footer', /^unsubscribe\b|\bno spam\b.{0,20}\bunsubscribe\b|^you(?:['’]re| are) receiving this (?:email|newsletter|message)\b|\bforward (?:it|this(?: email| newsletter)?) to a friend\b|^forwarded this (?:email|newsletter)\b|^view (?:this email )?in (?:your )?browser$/i, 300),
  rule('other', 'disclosure', /^(?:disclosure|disclaimer):|^this (?:post|article|page) (?:may )?contains? affiliate links\b|^this (?:article|content|information) is (?:for|intended for) (?:informational|general)\b|^medically reviewed by\b|^before you go\b|^this (?:story|article|report|interview|coverage|investigation) (?:was|has been) (?:produced|supported|funded|edited|condensed)\b/i, 400),
  rule('related', 'site promotion', / our (?<=\b(?:on|at|in) our )[\p{L} ]{1,30} (?:page|app|site|website|live blog|hub|channel)[.!]?$/iu, 200),
  rule('advertisement', 'call to action', /\b(?:learn more|find out more|apply now|sign up today|get started|book now|shop now)[.!]?$/i, 300),
  rule('other', 'reader comment header', / ago$(?<=^\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]*\.? \| \d{1,2} (?:minutes?|hours?|days?) ago)| says:$(?<=^\p{Lu}[\p{L}.'’ -]{1,40} says:)/u, 80),
  rule('follow', 'social follow prompt', new RegExp(`\\b[Ff]ollow \\p{Lu}[\\p{L}\\d&'’ ]{1,40} on ${SOCIAL}\\b`, 'u'), 200),
  rule('other', 'comment section', /^sort by\b|^comments (?:below )?(?:are|have been) (?:moderated|closed|disabled|switched off|turned off)\b|^\d{1,5} comments?$|^comments:? \(?\d{1,5}\)?(?: (?:closed|open))?$|^why can i only comment\b|^like this (?:story|article)\?|\blet us know what you think in the comments\b|^read more from our\b|^(?:log in|sign in|register|subscribe) to (?:comment|join the (?:conversation|discussion)|reply|leave a comment)\b/i, 100),
  rule('other', 'paywall or access label', /^[∙·•]\s*(?:paid|free|premium|subscribers? only|members? only)$/i, 30),
  rule('newsletter', 'subscription prompt', /^thanks for reading\b.{0,120}\bsubscribe\b/i, 300),
  rule('date', 'first-publication note', /^originally published\b/i, 120),
  rule('date', 'relative timestamp', /^(?:(?:last )?updated:? )?(?:\d{1,2}|an?) (?:minutes?|mins?|hours?|hrs?|days?) ago$/i, 40),
  rule('other', 'page furniture', /^(?:share(?: full article| this:?|\d*|:| (?:this )?(?:article|story|update))|save|opinion|analysis|comment|explainer|listen|print|follow us|pin it|leave a comment|start a conversation|comments(?: \(\d+\))?(?: show comments)?|loading(?:\.{3}|…)?|editorial (?:code of conduct|standards|guidelines)|subscribe|restacks|likes|bookmark|gift (?:this )?article|join the conversation|article content|discussion about this (?:post|article|story))$|^support (?:independent|our|local) journalism\b|^follow (?:related )?(?:authors|topics)\b|^jump to:|^this (?:article|story) is part of (?:our|a) series\b|^authors and topics you follow\b|^our journalism is (?:made possible|funded|supported) by\b|\bjournalism co-funded by\b|^social sharing$|^substack is the home for\b|^editor['’]s note:|licensing rights|^our standards:|journalistic standards and practices|^the views expressed in this (?:article|piece|column) are|^a version of this (?:article|story) appears in print|^subscribe (?:now|today|for|to)\b/i, 300),
  rule('other', 'page furniture', /^contact \p{Lu}[\p{L} .'’-]{2,40} at (?:\S+@|\+?[\d(][\d ().-]{6,20}\d\b)|: https?:\/\/(?<=^[\p{L} ]{2,30}: https?:\/\/)\S+$|^source: [\p{L} ,&-]{2,60}$|^this (?:article|story|piece) (?:appears|appeared|was published) in (?:the )?(?:print|[\p{L}\d ]{1,40} (?:issue|edition)|[\p{L}&,' ]{1,40} section of the print edition)|^reporting from \p{Lu}/iu, 300),
  rule('photo', 'photo credit or caption', /Credit(?:\.{3}|…)\p{Lu}/u, 400),
  // A menu or a row of buttons copied as one line: "Subscribe   Log in   Search", "Home | News |
  // Sport | Opinion" (three pipe-separated items could be a byline: "Jane Doe | Politics | Paris").
  rule('other', 'site navigation', /^(?=\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){4,}$)(?:.*\b(?:Home|Search|Log ?in|Sign in|Menu|Subscribe|Weather|Newsletters?)\b){2}/u, 160),
  // (or four section names: "Just In For You Australia World Business Sport Weather Local")
  rule('other', 'site navigation', /^(?=\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){4,}$)(?:.*\b(?:News|Sport|Sports|Business|World|Politics|Opinion|Local|Lifestyle|Entertainment|Culture|Weather|Health|Science|Technology|Video|Podcasts|Just In|For You)\b){4}/u, 160),
  rule('other', 'site navigation', new RegExp(`${MENU_LINE}(?:${MENU_ITEM}(?: {2,}${MENU_ITEM}){2,}|${MENU_HOME}(?: ?\\| ?${MENU_ITEM}){3,}|${MENU_ITEM}(?: ?[•·∙] ?${MENU_ITEM}){2,})$`, 'u'), 300),
  rule('other', 'alert banner', /^(?:breaking news|(?:severe )?weather|traffic|travel|school closings?) alert:/i, 200),
  rule('other', 'cookie notice', /^(?:we|this (?:site|website)) uses? cookies\b|^we value your privacy\b|\b(?:we and )?our partners use cookies\b|\b(?:accept|reject) (?:all )?(?:cookies|non-essential)\b|^(?:cookie (?:settings|preferences|policy)|manage (?:my |your )?(?:cookies|preferences|choices))$|^(?:yes,? i['’]m happy|i accept|accept all(?: reject all)?|reject all|accept and close|i agree|got it|agree and (?:close|continue))$/i, 600),
  // "Springfield, MO  41°F  Cloudy": a weather widget.
  rule('other', 'weather widget', /\d°[CF]?\b(?<=^.{1,40})/, 60),
  rule('other', 'paywall or access label', /^you(?:['’]ve| have) reached (?:your|the) (?:limit|maximum) of free\b|^by (?:providing|entering|submitting) (?:an|your) email\b/i, 400),
  rule('other', 'separator line', /^[^\p{L}\p{N}]+$/u, 200),
  rule('embed', 'video prompt', /^(?:watch (?:the )?(?:full )?(?:report|video|story|clip)\b|watch live$)/i, 120),
  rule('other', 'app or site prompt', /\bsign up here\.?$|^catch all the\b.{0,80}\bnews\b|^join\b.{0,60}\b(?:whatsapp|telegram) (?:community|channel|group)\b|\bad-free (?:reading|news|access|experience)\b|\bbecome a (?:member|supporter|subscriber)\b|\bplease consider (?:chipping in|supporting|donating|subscribing)\b|\brequires an? [a-z ]{0,20}subscription\b|^advertise with\b|^stay (?:up to date|informed) with\b|\bemailed to you\b|^click here\b|\bclick here to (?:join|subscribe|sign up|download|follow)\b|^get (?:our|the) [^.]{1,40}\bapp\b|\bdownload (?:our|the) (?:free )?app\b|\bget the app$|^download (?:our|the) [^!?]{0,60}\bapp\b|^(?:kindly )?share(?: or comment on)? this (?:story|article|page)\b|^click to (?:share|email|print)\b|^reuse this content$|^copy link(?: copied)?$/i, 300),
  rule('embed', 'media embed label', /^(?:video (?:above|below)|video|watch|listen|audio|podcast|gallery|photos|in pictures|graphic|infographic|figure \d{1,2}|interactive|chart|map)\s*:/i, 200),
  rule('advertisement', 'advertisement label', /^(?:advertisement|advert|sponsored(?: content)?|ad|story continues below(?: advertisement)?|continue reading(?: the main story| below)?|skip advertisement|article continues (?:below|after advertisement))(?: \d{1,2})?(?: ?[·|•:-] ?(?:scroll|continue reading|story continues)[\w ]{0,30})?[.:]?$|^this (?:advertisement|ad) has not loaded\b/i, 120),
  rule('related', 'related-content link', /^(?:> ?)?(?:read|read more|read also|read next|more|related|related coverage|see also|also read|also see|recommended|further reading|watch|listen|more from|more on this story|you may also like|most read|trending)\s*[:»›>|–—-]/i, 300),
  rule('related', 'related-content link', /^(?:read more|read next|top reads|more [a-z ]{2,30} (?:reviews|stories|news|coverage):|related (?:stories|articles|coverage|topics)|more (?:stories|coverage)|most (?:read|popular|viewed)|top stories|trending(?: now| stories)?|keywords|list of \d{1,2} items|list \d{1,2} of \d{1,2}|end of list|editor['’]s picks)\s*$/i, 60),
  rule('related', 'related-content heading', /^latest (?:from|in|on) [\p{L}&' ]{1,40}$|^(?:read )?more (?:about|on|from) [^.:]{1,60}:/iu, 160),
  // "Reality star's bash branded 'tacky' [PICTURES]": a tabloid's link, tagged.
  rule('related', 'related-content link', /\[(?:latest|pictures|pics|video|watch|photos|poll|live|revealed|exclusive)\]$/i, 160),
  rule('related', 'summary box heading', /^(?:key points|highlights|in brief|at a glance|in short|the big picture|what we know|quick read|what you need to know|in this article)\s*:?$/i, 40),
  rule('related', 'related-content heading', /^(?:related(?: news| topics| posts| articles?| stories)?|more (?:from|on|in) [\p{L}& ]{1,30}|(?:most|more) (?:read|popular|viewed)(?: (?:in|from|on) [\p{L}& ]{1,30})?|you might also like|you(?:['’]ll (?:also )?| may also )(?:love|like|enjoy)|recommended(?: for you| reading| from \p{Lu}[\p{L}. ]{1,30})?|latest news|keep reading|explore more(?: on these topics)?|skip next section\b.{0,30}|read more here|related episodes|suggested topics|topics|tags|más información|leer más|also read|read also|also on [\p{L}\d. ]{2,30}|also worth reading|see more on|watch now|don['’]t miss (?:these|this|our)\b[\p{L} ]{0,40}):?$/iu, 60),
  rule('related', 'topic tags', /^(?:(?:related |suggested )?topics?|tags|filed under|categories|more on(?: the topic)?|see more on|explore more on these topics)\s*:/i, 300),
  rule('other', 'language or edition note', /^this (?:article|story) is (?:also )?available in \p{L}+\.?$|^read (?:the|this) (?:article|story) in (?:the|its) original language\b/iu, 100),
  rule('newsletter', 'newsletter sign-up prompt', /^[Ss]ign up (?:to|for) (?:our |the )?\p{Lu}/u, 200),
  rule('newsletter', 'newsletter sign-up form', /^(?:\[ ?)?(?:enter your email|your email|email address|sign up|invalid email|thank you for subscribing|thanks for signing up|see our privacy (?:notice|policy))\b|^(?:we use your sign-up|by signing up\b|we have more newsletters)|^get (?:the|our) .{0,60}\bby email$|(?:^|[.!?] )privacy (?:notice|policy):.{0,200}\b(?:email|newsletters?)\b|^(?:free )?(?:daily|weekly) newsletter$|^after newsletter promotion$|^our (?:morning|evening|daily|weekly) (?:email|newsletter)\b|\bno spam(?:, ever)?[.!]?$/i, 300),
  rule('newsletter', 'newsletter sign-up prompt', /\b(?:sign up|subscribe|register)\b.{0,80}\bnewsletters?\b|\bnewsletters?\b.{0,60}\b(?:sign up|subscribe)\b|\b(?:delivered|straight) to your inbox\b|^get (?:our|the) .{1,60} (?:in|to) your inbox|^get our [a-z ]{0,30}newsletter\b/i, 300),
  rule('follow', 'social follow prompt', new RegExp(`^(?:you can )?follow (?:@\\w+|\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*){0,3}) on ${SOCIAL}|^follow our ${SOCIAL} (?:channel|page|account|community)\\b|^follow us\\s?:|^(?:like us on|join us on|find us on|connect with us on) ${SOCIAL}|^(?:find|join) (?:the )?\\p{Lu}[\\p{L}&'’ ]{1,40} on ${SOCIAL}\\b`, 'iu'), 200),
  // The photo rules from here on all say the same, so their order is free: the patterns with the
  // same limit and flags make one rule each. Labels and credits ("Main image credit: …", "Image
  // caption,", "Open this photo in gallery", "(Photo by …)", "… via Getty Images", "… /Reuters"),
  // and "Foam on the lake on Monday. (Photo | Shashidhar B)": a caption closed by its credit.
  rule('photo', 'photo credit or caption', /^(?:(?:main|top|lead|header|featured|cover|file) )?(?:photo|photograph|image|picture|pictured|photo illustration|caption|credit)s?(?:\s*credit)?\s*:|^image (?:caption|source)s?,|^open this (?:photo|image) in gallery\b|\((?:file )?(?:photo|image|picture|credit)s?(?:\s?[|:/]\s?| by )[^()]{2,60}\)$|\((?:submitted|supplied|courtesy|handout)\b[^()]{0,60}\)$|^\(?(?:photo|image|picture)s? by [^.]{2,80}\)?$|\bvia Getty Images$|[/.]\s?(?:Getty Images|AP Photo|AFP(?: via Getty Images)?|Reuters|Shutterstock|EPA|Alamy|PA Wire|Bloomberg)\)?\s*$/i, 400),
  // "… during an earlier hearing. (ABC News: Corey Nasser)": a caption closed by outlet and
  // photographer. "… in Napier last year.\nBRUCE MACKAY/STAFF": a caption over its photographer's
  // credit (rules see a paragraph's lines joined by single spaces). "… on December 3, 2023. ©
  // Tobias KLEIN / AFP/File": a caption closed by its copyright credit.
  rule('photo', 'photo credit or caption', /\(\p{Lu}[\p{L}&. ]{1,30}: \p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}\)$|(?:^|[.!?] )\p{Lu}{2,}(?: \p{Lu}{2,}){0,3}\/\p{Lu}{2,}(?: \p{Lu}{2,})?$|\.(?: (?:Photo|Image|Picture)s?)? © [^©.]{2,60}$/u, 400),
  // "A researcher swabs a sink drain in Odense, Denmark. (Halvorsen Institute for Infection
  // Biology)": a short caption closed by the name that supplied the photo.
  rule('photo', 'photo credit or caption', /\. \(\p{Lu}[\p{L}'’&.-]*(?: (?:\p{Lu}[\p{L}'’&.-]*|of|for|and|the|de))+\)$/u, 200),
  rule('photo', 'photo credit or caption', /^(?:photo(?:graph)?s|photography|illustrations?|pictures) by\b/i, 120),
  // "… from the deck of a research launch. Kenji Amano for Meridian": a photographer for an
  // outlet; "… REUTERS / Jane Doe": a name after an agency in capitals.
  rule('photo', 'photo credit or caption', /\. \p{Lu}\p{L}+(?: \p{Lu}[\p{L}'’-]+){1,2} for (?:the )?\p{Lu}[\p{L}&. ]{1,40}$| \/ (?<=\b\p{Lu}{2,}(?: \p{Lu}{2,}){0,4} \/ )\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}$/u, 300),
  // "… near Chapais, Que., on Monday evening. (Sopfeu)", "… in Kiambu County. [File, Standard]".
  rule('photo', 'photo credit or caption', /\. \(\p{Lu}[\p{L}'’&.-]*\)$|\[(?:file|photo|image|picture|courtesy)\b[^\][]{0,160}\]$/iu, 300),
  // "Photo / Liam Carrick", "Photographer: …", "(AP Photo/…)", "(Reuters/…)".
  rule('photo', 'photo credit or caption', /\b(?:Photographer|Photograph|Photo|Illustration|Picture|Image|Credit)s?(?: [Cc]redit)?(?:: [^.:]{2,80}| ?\/ ?[^.:/]{2,80}| by:? [^.:/]{2,60} ?\/ ?[^.:/]{2,60})$|\([A-Z][\w&.'’ -]{1,30} ?(?:Photo|Images)?\/[^()]{2,60}\)$/, 400),
  rule('credits', 'reporting and editing credits', /^\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|translated|graphics) by\b|^edited by|^[—–-]?\s*with files from\b|^\(?with inputs from\b/i, 400),
  rule('credits', 'reporting credits', /^(?:[—–]|--?)?\s*with (?:a report|reports|additional reporting|reporting|(?:the )?assistance|help) (?:from|by)\b|^\((?:attn:?|updates|adds|recasts|corrects|changes|rewrites|refiles|repeats|writes through)\b[^()]{0,160}\)$|^\(end\)$|^this (?:report|story|article) by .{2,60} was first published\b/i, 200),
  rule('related', 'live coverage link', /^(?:follow|read) (?:our|the) live (?:coverage|blog|updates|report)\b|^follow \S{1,20} coverage of\b/i, 200),
  rule('credits', 'reporting credits', /\b(?:contributed (?:to this report|reporting)|reported from \p{Lu}[\p{L} ,.]{1,40}\.$)| reported from (?<=^\p{Lu}[\p{L}'’. -]{2,40} reported from )\p{Lu}[\p{L} ]{1,30}(?: and \p{Lu}[\p{L}'’. -]{2,40} from \p{Lu}[\p{L} ]{1,30})?\./u, 300),
  rule('other', 'reader call-out', /\bsend (?:us )?a letter to the editor\b|^(?:have something to say|are you affected|were you there|do you have a story|have you got a story|got a story|have a (?:news |story |confidential )?tip|got a (?:confidential )?(?:news )?tip|do you know more|have your say|share your (?:story|views|experience)|tell us|if you or someone you know)\b/i, 200),
  // "To contact the reporter on this story: …", "— farah@ourdaily.ae", a bare phone number (the
  // i flag changes nothing in the last two: their only letters are \w, which i without u leaves).
  rule('other', 'contact details', /^to contact the (?:reporter|editor|author|writer)s?\b.{0,60}:$|^(?:[—–-] ?)?[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}$|^(?!\d{4}-\d\d-\d\d|\d\d?\.\d\d?\.\d{4}$)\+?\(?\d{1,4}\)?(?:[ .-]?\d){6,14}$/i, 80),
  // "Anneke Vos in London at avos12@example.net;", "Contact: desk@example.com".
  rule('other', 'contact details', /^(?:(?:contact|e-?mail|tips?)\s?: ?|\p{Lu}[\p{L}'’. -]{1,40}(?: in \p{Lu}[\p{L} ]{1,30})? at )[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,4}[;.]?$/iu, 120),
  rule('other', 'correction note', /^(?:correction|clarification)(?:,? [^:]{1,30})?\s*:|^an earlier version of this (?:article|story)\b|^(?:• ?)?(?:update[ds]?,? (?:\d{1,2}[:.]\d{2} ?[ap]\.?m\.?|on [a-z]+ \d{1,2})?: )?this (?:article|story|report) (?:was|has been) (?:amended|corrected|updated|changed)\b|\bcorrections and clarifications\b|\b(?:submit a (?:news )?tip|report (?:an )?(?:error|typo))\b(?<=^.{0,80})/i, 400),
  rule('copyright', 'copyright line', /^(?:©|\(c\)\s|copyright\b)|\ball rights reserved\b|\bdata is delayed (?:at least )?\d+ minutes\b/i, 300),
  // Captions closed by their credit: "… in Kisumu. PHOTO | NAME | FILE", "… plenary - Name/Agência
  // Senado", "… off Texel, c. 1658. Courtesy of the X Museum.", and Korean wires' "This photo,
  // provided by …, shows …".
  rule('photo', 'photo credit or caption', /\bPHOTO \| [^|]{2,40}(?: \| [^|]{2,20})?$| [-–] \p{Lu}[\p{L}. ]{2,40}\/\p{Lu}[\p{L}. ]{1,40}$|\. (?:Photo |Image )?[Cc]ourtesy of [^.]{2,80}\.?$|^This (?:photo|image|picture|file photo)(?:,| (?:taken|provided|shows)\b)/u, 400),
  // A funeral home's or events page's widgets: service times, addresses, guest-book signatures.
  rule('other', 'event details', /^\p{L}+, \p{L}+ \d{1,2}, \d{4} \| \d{1,2}:\d{2}\s?[AP]M\b|, [A-Z]{2} \d{5}(?:-\d{4})?$|^(?:send flowers|plant a tree|service details|get directions|sign the guest ?book|load more entries|guest ?book(?: \(\d+ entries\))?)$|^obituary (?:and guest ?book )?provided by\b|^\d+ trees? (?:was|were) planted in memory of\b/iu, 160),
  rule('embed', 'guest-book signature', /^[—–-] [^|]{2,80} \| \p{Lu}\p{Ll}{2,8}\.? \d{1,2}, \d{4}$/u, 120),
  // An embedded post copied from a newsletter page: "Twitter avatar for @x", "4:12 PM ∙ Mar 11,
  // 2025", "1,204Likes312Retweets" (not "Name @handle": a byline may read so).
  // (the post's time and date close its text, on the lines above: see the boilerplate pass)
  rule('embed', 'post timestamp', /^\d{1,2}:\d{2} ?[AP]M ∙ \p{L}{3} \d{1,2}, \d{4}$/u, 40),
  rule('embed', 'social embed leftover', /^(?:[Tt]witter|X) avatar for @\w|^[\d,.]+[KkMm]?\s?Likes?\s?[\d,.]*[KkMm]?\s?(?:Retweets|Reposts|Restacks)?$|^[Ee]mbedded content from\b/, 200),
  // Newsletter-platform and paywall furniture, gambling notes, stock tickers, box scores.
  // A newsletter platform's subscribe box: its prompts, with the publication's blurb between them.
  rule('newsletter', 'subscription prompt', /^discover more from\b|^over [\d,.]+k? subscribers$|^by subscribing\b|^already have an account\?/i, 300),
  rule('other', 'page furniture', /^continue reading this post\b|^\d+ likes?\s?∙|^save articles to read later\b|^scroll down for (?:video|more)\b|^this is a developing story\b|\bgamble responsibly\b|^odds correct at\b|^box score\b|^subscribe\s*:|\bunlimited digital access\b|^this (?:story|article) was written by a local democracy reporter\b|\breach (?:him|her|them|me) at \S+@|\border (?:your|a) copy\b|\bis published by\b[^.]{1,60}\([£$€]\d{1,4}(?:[.,]\d{2})?\)|\bthe next edition (?:is|will be)\b/i, 300),
  rule('other', 'stock quote', /^[\p{Lu}\d&.' -]{2,60} \(\w{1,6}\) [\d.,]+ [+\-−][\d.,]+ \([+\-−][\d.,]+%\)$/u, 120),
  rule('related', 'topic tags', /^#[\p{L}\d_]+(?: [^#\s][^#]{0,40})?(?: #[\p{L}\d_]+(?: [^#\s][^#]{0,40})?)+$/u, 300),
  // Captions: "… on Tuesday. Marisol Tran/Fort Collins Ledger", "(KQZM 5 viewer photo)", a kicker
  // in capitals ("FLOOD WORKS. Iloilo City Mayor … inspects …").
  rule('photo', 'photo credit or caption', /\. \p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+\/\p{Lu}[\p{L}. ]{1,40}$|\((?:[^()]{1,40} )?(?:viewer|reader|file|handout|submitted|supplied) (?:photo|image|picture)\)$|^\p{Lu}{3,}(?: \p{Lu}{2,}){0,3}\. \p{Lu}/u, 400),
  // Research-news footers: "More information: … DOI", "Journal information:", "Provided by X",
  // "Citation: …", "Cite this as: …", "Explore further: …", "This document is subject to copyright."
  rule('other', 'research-news footer', /^(?:more information|journal information|citation|explore further|cite this as)\s*:|^the (?:paper|study|article) ['‘"“].{5,200}['’"”],? (?:is|was) published (?:today )?in\b|^you can find an overview of ongoing debates\b|^provided by \p{Lu}|^this document is subject to copyright\b|^this article has been reviewed according to\b/iu, 400),
  // Listing and market widgets: a line ending in an arrow ("Book tickets →", "Get estimate →"),
  // room counts, sold listings, a change in a price.
  rule('other', 'page widget', /→$|\b\d+ bed(?:room)?s? · |^[+\-−][\d.,]+ \([+\-−][\d.,]+%\)$|^(?:save article|email this (?:article|story)|follow your favou?rite stocks|get in touch|like loading(?:\.{3}|…)?|leave a reply(?: cancel reply)?|loading\s?(?:\.{3}|…)|enditem|find out what your home is worth|recently sold nearby)$|^(?:media|press) (?:enquiries|inquiries|contacts?)\s*:|\bhas not been edited by\b|\bpublished from a syndicated\b/i, 300),
  rule('other', 'page widget', /^(?:\p{Extended_Pictographic} ?\d+(?: ?m²)? ?){2,}$|^reach \p{Lu}[\p{L} .'’-]{1,40} at \S+@/iu, 300),
  rule('related', 'related-content heading', /^more (?:reviews|stories|news|videos|articles|[\p{L}'’]+ (?:football|news|sport|stories|reviews))$|^related news\s*:/iu, 160),
  // "rh/oak/sbk": an agency's slug of its editors' initials.
  rule('credits', 'agency slug', /^(?:[A-Za-z]{2,5} )?[a-z]{2,4}(?:[/-][a-z]{2,4}){1,4}(?: [a-z\d]{1,4}){0,4}(?: \([A-Za-z, ]{2,30}\))?$/, 40),
  // A wire story's sign-off: "==Kyodo".
  rule('credits', 'agency sign-off', /^==\s?[a-z][a-z ]{1,30}$/i, 40),
  // A recipe card's furniture: buttons, times, nutrition, rating prompts, affiliate links.
  rule('other', 'recipe card', /^(?:(?:jump to|print|pin|rate|save) recipe ?){1,5}$|^(?:prep|cook|total|active) time:? \d|^calories:? \d{1,4} ?k?cal\b|^(?:tried|made|loved|rate|pin|save|print) this recipe\b|\(affiliate links?\)/i, 300),
  rule('other', 'reader call-out', /\bplease keep (?:comments|the discussion|your comments) (?:relevant|civil|respectful|on topic)\b|\b(?:find|hear|listen to|watch) the latest (?:episode|edition)\b|\btickets are (?:on sale|available) now[.!]?$/i, 300),
  // A link on a line of its own ("https://arab.news/8kq2w"), a form's messages, a site's notes
  // on its own furniture, a forum's post header and counters, transcript and newsletter prompts,
  // a press release's label.
  rule('other', 'page furniture', /^https?:\/\/\S+$|^short ?url$|^\[email protected\]$|^(?:send us )?your feedback$|^let['’]s go!?$|^licensing (?:&|and) reprints$|^please enter a valid email(?: address)?\.?$|\bis not responsible for the content of external\b|^your information (?:is being|will be) handled in accordance with\b|^this is breaking news\b|^send (?:us )?your (?:news|stories|tips)\b|^find out what['’]s happening in\b|^see more (?:local )?news on\b|^listen and follow\b|^transcripts? (?:are|is) (?:created|produced|generated)\b|^(?:trending(?: now)?|sponsored(?: content)?):|^why you can trust\b|^for immediate release$/i, 200),
  // A comment section's house rules, under their heading (the boilerplate pass takes the lines
  // that follow it); a forum post copied into a page: its header, forum and counters.
  rule('other', 'comment rules', /^the rules of (?:replying|commenting)\b|^(?:our )?(?:community|comment|commenting) (?:guidelines|rules|standards):?$/i, 100),
  rule('embed', 'forum post leftover', /^posted by u\/\w|^r\/\w+$|^[\d.,]+k? (?:upvotes?|points?|votes?)\b/i, 100),
  // "Courts and Trials, Fraud and Corporate Crime, Gambling, Southport": a story's topic tags on one line.
  rule('related', 'topic tags', /^(?:\p{Lu}[\p{L}'’-]*(?: (?:and|of|&|\p{Lu}[\p{L}'’-]*)){0,4}, ){4,}\p{Lu}[\p{L}'’-]*(?: (?:and|of|&|\p{Lu}[\p{L}'’-]*)){0,4}$/u, 300),
  // "… linked to the line. ST PHOTO: GAVIN FOO", "Join the CNBC Panel".
  rule('photo', 'photo credit or caption', /\b(?:[A-Z]{2,6} )?PHOTOS?: [A-Z][A-Z .'’/-]{2,40}$/, 400),
  rule('advertisement', 'call to action', /^join (?:the|our) [a-z ]{1,30} (?:panel|community|club)$/i, 60),
  // "Read more Subscribers only  Hospitals brace …": a link with its paywall label; a page's
  // reading time and translation note; "Representative image", "end of article"; a game's box
  // score headings; the credit line of a local-democracy reporting scheme.
  rule('related', 'related-content link', /^read more\s+(?:subscribers?|members?|premium)(?: only)?\b|^visual stories$/i, 300),
  rule('other', 'page furniture', /^time to read:? ?\d{1,3} min\b|^translation of an (?:original )?article (?:published|written) in\b|^representative (?:image|photo|picture)$|^end of (?:article|story)$|^game information$|^attendance:? [\d,.]+$|^open extended reactions$|^(?:change (?:text |font )?size|(?:normal|larger|very large|smaller) text size)$/i, 300),
  rule('credits', 'reporting credits', /^the local democracy reporting service\b/i, 400),
  // A research-news service's labels and the values under them (the pass takes the line after a
  // label), a DOI alone; reader prompts and membership prompts; a
  // closing "By NAME (email)"; an editor's slash code alone ("/jpv"); "Name Name/Outlet" credits.
  rule('other', 'research-news label', /^(?:peer-reviewed publication|view more|news release|article publication date|coi statement|method of research|subject of research|article title|journal)$|^10\.\d{4,9}\/\S+$/i, 60),
  rule('other', 'page furniture', /^this is ai[- ]generated summar|^how does this (?:story )?make you feel\?$|^add a comment$|^already a (?:member|subscriber)\?|^was this (?:article|story) helpful\?|^do you have an opinion on the issues raised in this (?:article|piece)\?|\bjournalism is free to read\b|^we and our (?:\d+ )?partners\b/i, 300),
  rule('other', 'page furniture', /^this content was published on$|^newspaper section:|^do you like the content of this article\?|^related search:|^notes to editors:?$|^view comments$|^share what you think$|^comments are the views of readers\b|^the comments below have not been moderated\b|^make a donation$|^text ad:|^a\+ a-$|^you must be logged in to post a comment\b|^listening:|^daily news$|^popular stories$|^share to flipboard$|^send an email$|^print this article$|^read more about:$|^share this update\b|^posted by \p{Lu}[\p{L}'’ -]{2,40}$|^our live coverage has ended\b|^companies in this story:|^journalistic standards$/iu, 200),
  // A row of share buttons, spaced or run together ("twitter mailto", "Share Facebook Copy Link
  // copied Print", "FacebookXLinkedInWeChat…"); a press release's photo and logo links, a bare link
  // with no scheme, "5 minutes" alone.
  rule('share', 'share-button text', /^(?:(?:share|facebook|copy link(?: copied)?|link copied|print|email|x|linkedin|wechat|bluesky|message|flipboard|pinterest|reddit|whatsapp|threads|twitter|mailto|messenger)\s*){2,}$/i, 200),
  rule('other', 'page furniture', /^comment \(\d{1,5}\)$|^stay with [\w .]{2,40} for updates\b|^support [\w'’.& ]{2,40} journalism\b|^support your local (?:paper|newspaper)\b|^(?:photo|logo|video|image)s? - https?:\/\/\S+$|^\d{1,2} minutes?$|\binformed by sharing this (?:article|story)\b|^(?:www\.)?[a-z\d-]+(?:\.[a-z\d-]+)+\/\S+$|^follow all (?:new )?stories by\b|^do you have an? [a-z ]{0,30}story\?|^[A-Z]{2,5} newsletters?$/i, 200),
  // Captions closed by an agency's credit ("(Getty Images)", ". Keystone / Name", "COURTESY OF
  // X"), a chart's axis label, coverage and emergency-information prompts, donation pitches.
  rule('photo', 'photo credit or caption', /\((?:Getty Images|AFP|Reuters|AP|PA|EPA|Shutterstock|Alamy|Bloomberg)(?:\/[^()]{1,40})?\)$|\. (?:Keystone|Getty Images|AFP|Reuters|AP|EPA|Shutterstock|Alamy) \/ \p{Lu}[\p{L}'’ -]{2,40}$|\bCOURTESY OF [A-Z][A-Z .'’&-]{2,60}$|\(\p{Lu}\p{L}+ (?:[Pp]hoto|[Ii]mage|[Pp]icture) by [^()]{2,40}\)$/u, 400),
  rule('other', 'page furniture', /, %$|^before it['’]s here, it['’]s on the\b|^follow (?:the )?[\w’' ]{2,30} coverage of\b|^for the latest [\w ]{2,40}, visit\b|^good (?:journalism|reporting) (?:takes|costs)\b/i, 200),
  rule('other', 'page widget', /›$|^(?:newsletter|live)\s*[—–:-]\s|^[A-Z]{2,4}@[A-Z]{2,4}:/i, 200),
  // Support and membership pitches: "… are only possible with the support of our subscribers",
  // "… with access to the X Archive", "Stay across emergency warnings … with ABC Emergency".
  rule('newsletter', 'subscription prompt', /\bonly possible (?:with|because of|thanks to) (?:the )?(?:support of )?(?:our )?(?:subscribers|readers|members)\b|\bwith access to (?:the )?[\w -]{2,40} archive\.?$|^stay across\b/i, 300),
  rule('byline', 'sign-off', /^by [a-z .'’-]{2,40} \([^\s@()]+@[^\s@()]+\)$/i, 80),
  rule('credits', 'desk code', /^\/[a-z]{2,4}$/, 6),
  rule('photo', 'photo credit or caption', /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}\/\p{Lu}[\p{L}]{1,20}$/u, 60),
  // "… leave the hall in protest on Wednesday. — White Star": a caption closed by its credit.
  rule('photo', 'photo credit or caption', /\. — \p{Lu}\p{L}+(?: \p{Lu}\p{L}+){0,3}$/u, 300),
  rule('share', 'share-button text', new RegExp(`^(?:share(?: this)?(?: article| story)?(?: on| to| via)?|copy link|email|print|save)[\\s:|,•·]*(?:(?:share (?:on|via|to|by) )?(?:${SOCIAL}(?: \\(twitter\\))?|email|e-mail|copy link|print|save|reddit|pinterest|messenger|sms|viber|hacker news|email this (?:article|story))[\\s|,•·]*){1,12}$|^(?:(?:${SOCIAL}|email|copy (?:article )?link|print|save|sms|reddit|pinterest|viber|messenger)[\\s|,•·]+){2,12}(?:${SOCIAL}|email|copy (?:article )?link|print|save|sms|reddit|pinterest|viber|messenger)?$`, 'i'), 200),
  // From held-out sets 46–53. Captions closed by a bracketed or piped credit ("… in southern Iraq
  // [Zainab Khalil/Al Jazeera]", "… chip plants. | Kyodo", "… (Lancaster County Prison photo)",
  // "… March 11.Marc Delorme/The Canadian Press", "Photo by the author.", "… on Monday. [InTime
  // News]", "… Sauk Ridge Ledger Buy Now").
  rule('photo', 'photo credit or caption', /\[\p{Lu}[\p{L} .'’-]{1,40}\/\p{Lu}[\p{L} .'’&-]{1,40}\]$|[.)] \| \p{Lu}[\p{L}]{1,20}(?: \p{Lu}[\p{L}]{1,20}){0,2}$|\((?:[^()]{1,40} )?(?:photo|mugshot)\)$|\.\p{Lu}[\p{L}'’-]+ \p{Lu}[\p{L}'’-]+\/\p{Lu}[\p{L}. ]{1,40}$|\bphoto by the author\.?$|\. \[\p{Lu}[\p{L} .'’&-]{1,30}\]$|\bBuy Now$/u, 300),
  // Audio players and their counters ("Listen · 4:02", "4-Minute Listen", "hide caption"), reading
  // times alone, video embeds, transcript notices; editions and their lists, paywall and page
  // labels, contact lines.
  rule('embed', 'audio or video player', /^your browser does not support the\b|^enjoy more audio and podcasts\b|\blistening to our audio articles\b|^text to speech$|^copy\/paste the article video embed link\b|^\d{1,2} mins?$|^heard on (?:morning edition|all things considered|weekend edition|fresh air|here & now)\b|^listen(?: ·)? \d{1,2}(?::\d{2}| min)\b|^\d{1,2}-minute listen$|^(?:hide|toggle) caption$|^this audio is (?:generated|produced) (?:by|using|with) ai\b|\bmay not be in (?:its|their) final form\b/i, 400),
  rule('other', 'page furniture', /^explore the edition$|^from the [a-z]+ \d{1,2}(?:st|nd|rd|th)? \d{4} edition$|^discover stories from this section\b|^view abstract$|^request permissions$|^leave your comment$|^please log in to listen\b|^log in, register or subscribe\b|^get involved with the news in your community$|^your opinion matters$|^thank you for sharing your thoughts\b|^share your experiences, suggestions\b|^for more information, please see our comments faq\b|^additional sources\b|^read our latest coverage (?:on|of)\b|^prices are indicative\b|\baccepts no liability for\b|^note from the author:?$|^read the full story (?:at|on)\b|^reuse this content\b|^follow the topics in this article$|\badd to myft$|^share via$|^www\.[\w-]+(?:\.[\w-]+)+(?:\/\S*)?$|^(?:information|renseignements|media contact)\s?:.{0,80}\b\d{3}[ .-]\d{4}$/i, 300),
  // Subscription, membership, newsletter, event and social prompts: "SUBSCRIBE | Get the biggest
  // daily news stories by email", "Join News24 on WhatsApp for …", "Register now and save up to
  // $600", "By subscribing, you help us …", "Like Business on Facebook, follow @X on Twitter",
  // "… for the price of a coffee", "You have read 3 of your 5 free articles".
  rule('newsletter', 'subscription prompt', new RegExp(`^subscribe\\s*\\||^join [\\w ]{1,30} on ${SOCIAL}\\b|\\bregister now and save\\b|\\bby subscribing,? you help\\b|\\byou can get the best of\\b.{0,40}\\bcoverage\\b|^like [\\w ]{1,30} on facebook\\b|\\bplease consider becoming a (?:member|subscriber|supporter)\\b|\\bfor the price of a coffee\\b|^support us$|^you have read \\d+ of (?:your )?\\d+ free articles\\b|\\bjoin (?:the |our )?[\\w ]{1,30} whatsapp channel\\b|^not a member yet\\?|^forward this (?:bulletin|email|newsletter) to\\b|^you are receiving this (?:email|newsletter|bulletin)\\b|^get (?:current|latest) updates on\\b`, 'i'), 300),
  // A reader platform's furniture around a post: "Written by X", "412 Followers", "Responses (14)".
  rule('other', 'page furniture', /^written by \p{Lu}[\p{L}'’ -]{2,40}$|^[\d,.]+[KkMm]? followers$|^·?writer for\b|^responses \(\d+\)$|^write a response$|^what are your thoughts\?$|^see all responses$|^more from \p{Lu}[\p{L}'’ -]{2,40} and (?:the )?\p{Lu}/iu, 120),
  // An audio clip's title run into its length and the next title: "Trailbreaker7:43Fuel worries …".
  rule('embed', 'audio or video player', /^\p{Lu}\p{L}+\d{1,2}:\d{2}\p{Lu}/u, 200),
  // Bulletin and translation credits, an agency's source code: "Promoted by X on behalf of Y",
  // "Translated from the French by X", "Source: CNA/kj(cy)".
  rule('other', 'page furniture', /^[Pp]romoted by \p{Lu}.{0,60} on behalf of\b|^[Tt]ranslated from (?:the )?\p{L}+ by \p{Lu}|^[Ss]ource: \p{Lu}{2,6}\/\p{Ll}/u, 200),
  rule('advertisement', 'advertisement', /^advertisement:\s/i, 300),
  // Share buttons and language switches in other languages too, audio-player controls, form
  // messages, emoji-led links, translation and health notices, live-blog and transfer-news
  // links: "Share this item via WhatsApp", "Compartir: Facebook | X", "Leia em português",
  // "Add to playlist", "* Enter a valid email", "👉 Read next:", "📌 Pin it for later!".
  rule('other', 'page furniture', /^(?:share this (?:item|story|article|page)|send this page to someone) (?:on|via|by) [\p{L} ]{1,20}$|^(?:compartir|partager|compartilhar|condividi|teilen):? (?:facebook|x|twitter|whatsapp)\b|^(?:leia em português|leer en español|lire en français|read (?:it )?in (?:english|french|spanish|portuguese))$|^like this(?::$| (?:post|story|article)\?)|^add to playlist$|^listen duration [\d′″'": ]{2,12}$|^\* (?:enter a valid email|thank you for subscribing|please enter (?:a|your) )|^(?:👉|📌|➡️?) ?(?:read (?:next|more|also)|pin it)\b|^this (?:article|story) is a translation of\b|^(?:the )?abuse of alcohol is dangerous\b|^if (?:this|the) (?:story|article) has raised (?:concerns|issues)\b|^follow (?:all )?the latest\b.{0,60}\bwith our live blog\.?$|^MORE [A-Z ]{2,30}NEWS: |^-{1,2} ?with files from \p{Lu}|^every (?:day|week|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day),? (?:get|receive)\b/iu, 300),
  // Captions closed by where the picture came from: "… in Kizad, Abu Dhabi. — Supplied photo",
  // "… on Wednesday. — Screengrab via NA YouTube", "… in Bengaluru. (Company handout)".
  rule('photo', 'photo credit or caption', /[.)] — (?:supplied photo|file photo|handout|screengrab via [\p{L} ]{1,30})$|[.)] \((?:company|file|supplied) (?:handout|photo)\)$/iu, 400),
  // "Read moreIn Spain's olive groves …": a link glued to its label.
  rule('related', 'related-content link', /^Read more(?=\p{Lu})/u, 200),
  // Staff bios: "Marisa Klein covers the White House for The Washington Post.", "Georgina Malouf
  // is a court reporter for The Sydney Morning Herald."
  rule('credits', 'author bio', /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} covers [^.]{2,60} for (?:the )?\p{Lu}|^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2} is (?:an?|the) (?:[\p{L}-]+ ){0,3}(?:reporter|correspondent|writer|editor|journalist|columnist) (?:for|at|with) (?:the )?\p{Lu}/u, 300),
];

// Every rule's pattern joined into one regular expression per set of flags: a paragraph that no
// rule matches (nearly every one) then costs four regex runs instead of one per rule. One union
// for all lengths, not one per length limit: V8 compiles each regular expression to machine code
// (twice, for one-byte and two-byte strings), and once a process holds over 1 MB of regex code
// and 16 MB of code in all it compiles new ones without optimisations (several times slower).
// Forty unions made 8 MB of it. (A union may match a paragraph longer than the matching rule
// allows: the rules, tested one by one with their limits, then have the last word.)
const LONGEST = Math.max(...BOILERPLATE_RULES.map((r) => r.maxLength));
let unions: readonly RegExp[] | undefined;

function unionsOfRules(): readonly RegExp[] {
  return [...new Set(BOILERPLATE_RULES.map((r) => r.pattern.flags))].map(
    (flags) => new RegExp(BOILERPLATE_RULES.filter((r) => r.pattern.flags === flags).map((r) => `(?:${r.pattern.source})`).join('|'), flags),
  );
}

/**
 * The first rule that removes `text` (a rule applies up to its `maxLength`), or undefined. A
 * paragraph hard-wrapped over several lines is tested with its lines joined by single spaces.
 * @param text - a paragraph or header line
 * @returns the rule, or undefined for article text
 * @example
 * ```ts
 * boilerplateRule('Advertisement')?.kind; // 'advertisement'
 * ```
 */
export function boilerplateRule(text: string): BoilerplateRule | undefined {
  if (text.length > LONGEST) return undefined;
  if (recent.has(text)) return recent.get(text);
  const flat = text.includes('\n') ? foldSpace(text) : text;
  // The unions first: a paragraph that none of them matches (nearly every one) is no rule's.
  const rule = (unions ??= unionsOfRules()).some((u) => u.test(flat)) ? BOILERPLATE_RULES.find((r) => flat.length <= r.maxLength && r.pattern.test(flat)) : undefined;
  if (recent.size >= RECENT_MAX) recent.clear();
  recent.set(text, rule);
  return rule;
}

// The metadata pass asks about the paragraphs at both ends of an article, and the boilerplate
// pass then about every paragraph: the answers for recent paragraphs are kept for the second
// asking. Cleared when full, so memory stays bounded whatever the input.
const RECENT_MAX = 1024;
const recent = new Map<string, BoilerplateRule | undefined>();

/**
 * Headings that open a page's footer: everything after one is footer material ("About Acme",
 * "About the author", "Forward-Looking Statements", "Media Contacts", "Journal Reference").
 */
export const FOOTER_HEADING = /^(?:About (?:the authors?|(?:the )?\p{Lu}[\p{L}\d&.,'’ -]{1,60})|Forward-Looking Statements|Safe Harbou?r Statement|(?:Media |Investor |Press )?Contacts?:?|Story Source:?|Journal Reference:?|Cite This Page.*|References|###)$/u;
