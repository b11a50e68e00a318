// Word lists are `|`-joined strings split once at load: smaller in the bundle (see common.ts).

import { pairs } from './pairs.js';

/**
 * Speech and reporting verbs that attribute a quote to a speaker, in the forms news copy uses
 * them. Past and present forms; participles (-ing) are in PARTICIPLE_CUES because they have no
 * subject of their own ("…, adding that …").
 */
export const CUE_VERBS: ReadonlySet<string> = new Set((
  'said|says|say|told|tells|added|adds|continued|continues|explained|explains|reminded|reminds|advised|advises|' +
  'noted|notes|wrote|writes|asked|asks|replied|replies|stated|states|declared|' +
  'declares|insisted|insists|argued|argues|warned|warns|claimed|claims|recalled|recalls|' +
  'acknowledged|acknowledges|admitted|admits|announced|announces|tweeted|tweets|posted|' +
  'commented|comments|remarked|remarks|observed|observes|suggested|suggests|conceded|' +
  'concedes|countered|counters|cautioned|cautions|urged|urges|vowed|vows|pledged|' +
  'pledges|promised|promises|predicted|predicts|joked|jokes|laughed|shouted|whispered|' +
  'testified|concluded|concludes|emphasized|emphasised|emphasizes|emphasises|stressed|' +
  'stresses|maintained|maintains|contended|contends|complained|complains|boasted|boasts|' +
  'confirmed|confirms|denied|denies|agreed|agrees|responded|responds|answered|answers|' +
  'described|describes|called|calls|dubbed|dubs|labelled|labeled|labels|termed|terms|' +
  'branded|brands|likened|likens|characterized|characterised|characterizes|characterises|' +
  'reported|reports|mused|muses|quipped|quips|sighed|pleaded|begged|' +
  'demanded|demands|exclaimed|murmured|shrugged|beamed|smiled|snapped|fumed|raged|' +
  'lamented|laments|reflected|reflects|recounted|recounts|elaborated|affirmed|' +
  'reiterated|reiterates|asserted|asserts|believes|believed|thinks|thought|felt|feels|' +
  'wondered|wonders|texted|emailed|messaged|indicated|indicates|highlighted|highlights|' +
  'underlined|underscored|signalled|signaled|hinted|alleged|alleges|charged|accused|' +
  'praised|criticized|criticised|condemned|hailed|welcomed|expressed|proclaimed|marvels|marvelled|marveled|repeated|repeats|' +
  'grinned|grins|smiles|laughs|shrugs|chuckled|chuckles|teased|enthused|gushed'
).split('|'));

/** Participles that continue a cue from the same sentence's subject: "…, adding that …". */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set((
  'saying|adding|noting|explaining|calling|describing|likening|warning|arguing|insisting|' +
  'telling|writing|asking|claiming|stating|declaring|urging|stressing|branding|' +
  'labelling|labeling|dubbing|terming|recalling|vowing|pledging|promising|suggesting'
).split('|'));

/** Verbs that only introduce a quote of what was written or posted, with the medium after. */
export const MEDIUM_NOUNS: ReadonlySet<string> = new Set((
  'statement|note|letter|post|tweet|email|interview|release|memo|filing|video|speech'
).split('|'));

/** Pronouns that can name a speaker, with the gender and number they imply. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | 'plural' | 'org'> = new Map(pairs('he=m|she=f|they=plural|it=org|we=plural'));

/** Object pronouns and the subject form they stand for: "according to her" → she. */
export const OBJECT_PRONOUNS: ReadonlyMap<string, string> = new Map(pairs('her=she|him=he|them=they'));

/** Possessive pronouns and the subject form they stand for: "Her advice is simple: “…”" → she. */
export const POSSESSIVE_PRONOUNS: ReadonlyMap<string, string> = new Map(pairs('her=she|his=he'));

/** Adverbs that may stand between a speaker and the cue ("he later said", "she said calmly"). */
export const CUE_ADVERBS: ReadonlySet<string> = new Set((
  'also|later|then|again|once|previously|earlier|recently|reportedly|publicly|privately|' +
  'repeatedly|simply|flatly|firmly|bluntly|quietly|angrily|calmly|proudly|softly|openly|' +
  'frankly|candidly|sharply|herself|himself|themselves|has|had|have|would|will|did|' +
  'famously|memorably|subsequently|ultimately|finally|first|further|often|back'
).split('|'));


/** Nouns for someone speaking on an organization's behalf: the speaker is the organization. */
export const SPOKESPERSON_NOUNS: ReadonlySet<string> = new Set((
  'spokesperson|spokesman|spokeswoman|spokespeople|representative|official|officials|source|' +
  'sources|statement|aide|aides'
).split('|'));

/** Cue verbs accepted only right after a quote ("“…,” she reflected"), never before one. */
export const TAIL_ONLY_CUES: ReadonlySet<string> = new Set((
  'reflects|reflected|thinks|thought|felt|feels|believes|believed|smiled|laughed|' +
  'shrugged|beamed|sighed|wonders|wondered|charged|' +
  'hailed|welcomed|expressed|highlighted|highlights|indicated|indicates|signalled|' +
  'signaled|reports|reported|states|terms|calls|brands|answers'
).split('|'));

/**
 * Words that open a paragraph with a colon as a label without naming a speaker: "UPDATE: …",
 * "Verdict: …", "Editor's note: …". The turns pass takes no turn from them.
 */
export const NOT_SPEAKER_LABELS: ReadonlySet<string> = new Set((
  'update|updated|note|editor\'s note|editor’s note|correction|clarification|watch|read|read more|listen|' +
  'breaking|exclusive|live|photo|photos|video|image|source|sources|credit|tags|topics|related|' +
  'background|context|analysis|verdict|summary|key points|warning|disclaimer|disclosure|published|' +
  'posted|date|by|why|what|how|when|where|who|the bottom line|bottom line|what next|next|' +
  'pictured|above|below|top|caption|transcript|episode|chapter|part|step|tip|fact check|' +
  'opinion|comment|review|rating|score|result|results|final|half-time|full-time|ft|ht'
).split('|'));

/** Verbs that are cues only with "back" after them: "shot back", "fired back", "hit back". */
export const BACK_CUES: ReadonlySet<string> = new Set(['shot', 'fired', 'hit', 'pushed']);
