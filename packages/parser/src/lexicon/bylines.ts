// Word lists are `|`-joined strings split once at load: smaller in the bundle (see common.ts).

/** News agencies and wire services: bylines naming them are organizations, not people. */
export const AGENCIES: readonly string[] = (
  'Reuters|Associated Press|AP|The Associated Press|AFP|Agence France-Presse|Agence France Presse|' +
  'Bloomberg|Bloomberg News|PA|PA Media|Press Association|dpa|DPA|Xinhua|ANSA|EFE|UPI|' +
  'Kyodo|Yonhap|TASS|Anadolu|Anadolu Agency|CNN Wire|AAP|Canadian Press|The Canadian Press'
).split('|');

/** Words that make a byline line's trailing part a job title rather than another name. */
export const BYLINE_ROLE_WORDS: readonly string[] = (
  'correspondent|reporter|editor|writer|columnist|contributor|staff|desk|bureau|chief|' +
  'producer|analyst|journalist|critic|senior|political|business|science|health|sports|' +
  'technology|environment|economics|news|special|investigations|investigative|affairs|' +
  'communications|organiser|organizer|release|releases'
).split('|');

/**
 * Labels that open a byline: "By", "Written by", "Review by", and with their colon "Text:",
 * "Source:", "WRITER:", "Words:".
 */
export const BY_LABEL = /^(?:by|author(?: of the (?:article|story))?|written by|review by|reviewed by|words by|story by|reported by|report by|reporting by|text by|text(?=:)|source(?=:)|writer(?=:)|words(?=:)|interview by|posted by|published by):?\s+/i;

/** Label words that may open a date line: "Published", "Posted on", "Date:". */
export const DATE_LABELS = /^(?:(published|posted|updated|last updated|last modified|modified|date|dated|first published)(?: on)?:? ?)/i;

/** Labels that mark a date line as the modification date. */
export const MODIFIED_LABELS = /^(?:updated|last updated|last modified|modified)/i;

/** Job words that make a closing sentence an author bio: "X is a Venezuelan writer". */
export const BIO_NOUNS: readonly string[] = (
  'writer|reporter|correspondent|journalist|editor|columnist|contributor|author|freelancer|' +
  'photographer|producer|critic|analyst|fellow|reviewer|presenter|blogger|photojournalist'
).split('|');

/** Verbs that make a closing sentence an author bio: "X covers energy for …". */
export const BIO_VERBS: readonly string[] = 'covers|covering|reports on|writes|has covered|has reported|is based in|edits'.split('|');
