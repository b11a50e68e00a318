// The word lists in the lexicon are written as `|`-joined strings split once at load
// (`'a|b|c'.split('|')`), not as array literals: quotes and commas cost bundle bytes even gzipped,
// and `|` lists gzip well beside the regexes' `a|b|c` alternations (measured on the minified
// bundle: 232 bytes smaller than arrays, 7 smaller than a `words()` helper, 110 smaller than spaces).
// Maps are written the same way, as `key=value` pairs (see pairs.ts).

/**
 * Words that are capitalised only because they open a sentence or a headline: a capital on
 * them is no evidence of a name. Lower-case.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set((
  'a|an|the|and|but|or|nor|so|yet|for|if|then|than|that|this|these|' +
  'those|there|here|it|its|he|she|they|we|i|you|his|her|their|our|my|' +
  'your|who|whom|whose|what|which|when|where|why|how|in|on|at|by|to|from|' +
  'of|with|without|about|after|before|during|despite|since|until|while|as|into|' +
  'over|under|between|among|amid|against|through|throughout|across|along|alongside|' +
  'around|near|behind|beyond|within|upon|toward|towards|following|according|also|' +
  'both|each|every|all|any|some|many|most|more|much|few|several|such|no|not|' +
  'one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|last|' +
  'next|other|another|however|meanwhile|still|even|just|only|now|today|yesterday|' +
  'tomorrow|tonight|earlier|later|once|again|instead|indeed|perhaps|maybe|although|' +
  'though|because|unless|whether|due|given|like|unlike|including|yes|well|' +
  'is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|' +
  "should|may|might|must|shall|asked|said|says|it’s|it's|we’re|we're|i’m|i'm|" +
  "don’t|don't|let|let’s|let's|mr|mrs|ms|dr|sir|thanks|thank|please|oh|" +
  'consequently|furthermore|moreover|nevertheless|nonetheless|overall|similarly|finally|' +
  'ultimately|currently|recently|previously|initially|eventually|separately|officially|' +
  'late|early|already|almost|nearly|roughly|everyone|nobody|' +
  'someone|anyone|everything|nothing|something|people|police|officials|experts|critics|' +
  'residents|analysts|scientists|researchers|supporters|opponents|investors|workers|fans|' +
  'read|watch|follow|share|click|sign|subscribe|photo|image|video|editing|reporting|' +
  'updated|published|posted|breaking|exclusive|analysis|opinion|comment|live|advertisement|' +
  'new|old|big|small|great|good|bad|high|low|top|young|former|current|local|' +
  'national|international|global|federal|state|public|private|western|eastern|northern|' +
  'southern|central|chief|senior|deputy|acting|interim|annual|monday|tuesday|wednesday|' +
  'thursday|friday|saturday|sunday|january|february|march|april|june|july|august|' +
  'september|october|november|december'
).split('|'));

/**
 * Closed-class words (articles, prepositions, conjunctions, pronouns) that never continue a name
 * written in capitals: one of them capitalised inside a run of names opens a new sentence.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set((
  'the|a|an|in|on|at|for|to|from|with|by|as|but|and|if|when|while|' +
  'after|before|he|she|they|we|it|this|that|there|his|her|their|its|under|over|since|during|' +
  'despite|within|without|across|through|against|among|amid|until'
).split('|'));

/** Language names: capitalised, but neither places nor people ("in English", "Mandarin"). */
export const LANGUAGES: ReadonlySet<string> = new Set((
  'english|french|spanish|german|arabic|chinese|mandarin|cantonese|hindi|urdu|bengali|' +
  'persian|farsi|russian|portuguese|italian|japanese|korean|dutch|swahili|hebrew|latin|' +
  'greek|turkish|polish|ukrainian|welsh|gaelic|tamil|punjabi|pashto|dari|kurdish'
).split('|'));

/**
 * Abbreviations of common nouns, written in capitals but naming no organization: "VAT", "GDP",
 * "the ZIP code", "an IPO". Lower-case keys.
 */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set((
  'vat|gdp|gnp|cpi|zip|fx|ipo|etf|ceo|cfo|coo|gp|atm|suv|ev|evs|ai|it|' +
  'tv|pr|hr|dna|hiv|aids|pdf|usb|gps|ppe|icu|er|gmt|utc|bst|est|pst|' +
  'am|pm|ok|faq|llc|plc|inc|ltd|diy|vip|rsvp|asap|aka|iq|ph|uv|lng|phd|mph|kph|fob|cif|isin|wkn|' +
  // time zones after a time: "07:45 IST"
  'ist|cet|cest|edt|cdt|mdt|pdt|eat|wat|cat|sast|aest|aedt|awst|acst|nzst|nzdt|jst|kst|hkt|sgt|pht|wib'
).split('|'));

/** Words that end an appositive's noun phrase: "a company that …", "a firm based in …". */
export const APPOSITIVE_END: ReadonlySet<string> = new Set('that|which|who|with|for|of|in|at|from|based|and'.split('|'));

/** Prepositions after a role that say where someone works: "an analyst at …", "a coordinator with …". */
export const WORKS_AT: ReadonlySet<string> = new Set('at|with|for|from|in'.split('|'));

/** Auxiliary verbs: with the function words, what ends a name's lower-case run ("… comptes has"). */
export const AUXILIARIES: ReadonlySet<string> = new Set('is|are|was|were|has|have|had|will|would|can|could|may|might|must|should|not'.split('|'));

/**
 * Words that open a phrase fronting a sentence, up to its comma: "Under questioning from X, …",
 * "In a statement, the union said …", "Yesterday, …". What follows the comma is the subject.
 */
export const FRONTING_WORDS: ReadonlySet<string> = new Set((
  'under|after|before|with|without|from|in|at|on|during|despite|following|unlike|like|against|' +
  'among|between|alongside|through|since|until|for|by|earlier|later|yesterday|today'
).split('|'));
