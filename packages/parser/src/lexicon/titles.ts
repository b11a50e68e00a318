// Word lists are `|`-joined strings split once at load: smaller in the bundle (see common.ts).

import { pairs } from './pairs.js';

/**
 * Titles and roles written before a name ("President Masoud Pezeshkian", "Dr. Okafor"). They are
 * not part of the name; the entity keeps them as roles. Lower-case keys; a trailing period is
 * ignored when matching.
 */
export const TITLES: ReadonlySet<string> = new Set((
  'mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|lord|lady|rev|reverend|father|' +
  'sister|brother|rabbi|imam|sheikh|sheik|ayatollah|pope|cardinal|bishop|archbishop|' +
  'president|vice|prime|minister|premier|chancellor|secretary|deputy|foreign|finance|' +
  'defense|defence|interior|health|education|justice|energy|trade|economy|home|' +
  'king|queen|prince|princess|emperor|sultan|emir|crown|' +
  'governor|gov|mayor|senator|sen|representative|rep|congressman|congresswoman|councillor|' +
  'councilor|councilman|councilwoman|alderman|speaker|leader|chairman|chairwoman|chair|' +
  'commissioner|ambassador|envoy|spokesman|spokeswoman|spokesperson|attorney|general|judge|' +
  'chief|executive|officer|ceo|cfo|coo|cto|founder|co-founder|director|manager|' +
  'coach|captain|capt|colonel|col|major|maj|lieutenant|lt|sergeant|sgt|admiral|adm|brig|brigadier|olympian|paralympian|' +
  'gen|commander|cmdr|marshal|corporal|private|detective|inspector|constable|superintendent|' +
  'sheriff|dean|principal|headteacher|mp|mep|state|late|former|ex|acting|interim|' +
  'then|incoming|outgoing|assistant|associate|senior|junior|labour|conservative|' +
  'democratic|republican|opposition|party|union|national|supreme|top|head|lawmaker|' +
  'striker|midfielder|defender|goalkeeper|forward|winger|quarterback|pitcher|' +
  'economist|analyst|scientist|researcher|biologist|doctor|nurse|lawyer|chef|author|' +
  'novelist|singer|actor|actress|designer|architect|engineer|activist|campaigner|' +
  'candidate|nominee|challenger|incumbent|veteran|star|legend|administrator|' +
  'secretary-general|president-elect|owner|boss|chairperson|treasurer|registrar|provost|' +
  'vice-president|vice-chancellor|msp|mla|cllr|cr|tem|engr|atty|maître|maitre|pastor|elder|member|supervisor|' +
  // (plurals before a list of names: "Judges Lisa Carrow and Emeka Ndubisi")
  'judges|magistrates|councillors|councilors|messrs|drs|' +
  // ("Her Honour said:": how a court report names the judge)
  'honour|honor|' +
  'garda|gda|det|counsel|barrister|' +
  // Pakistani and Nigerian assembly members and police ranks: "each MNA's", "CSP Ibrahim Lawan"
  'mna|mpa|csp|dsp|asp|' +
  // bands, teams and squads: "Frontman Ruairi Callow", "bandmate Kezia Lowe", "Freshman Mia Kealoha"
  'frontman|frontwoman|bandmate|teammate|freshman|sophomore|rookie|striker|midfielder|defender|' +
  'goalkeeper|winger|guitarist|bassist|drummer|vocalist|' +
  'solicitor|prosecutor|taoiseach|tánaiste|tanaiste'
).split('|'));

/**
 * Particles inside personal names, lower case: "Anna de Vries", "Ludwig van Beethoven", "bin
 * Salman", and the Irish "Eoghan Mac Cárthaigh", "Máire Ní Bhriain", "Seán Ó Dálaigh".
 */
export const NAME_PARTICLES: ReadonlySet<string> = new Set((
  'de|del|della|der|van|von|da|di|du|la|le|los|las|des|bin|ibn|al|el|dos|das|ter|mac|ó|ní|nic|uí'
).split('|'));

/** Lower-case words inside names: "Department for Transport", "Bank of England", "Anna de Vries". */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', '&', ...NAME_PARTICLES]);

/**
 * Honorifics that mark the following name as a person, with the gender they imply (one list per
 * gender: smaller in the bundle than pairs; the Map is only looked up, never iterated).
 */
export const HONORIFICS: ReadonlyMap<string, 'm' | 'f' | 'u'> = new Map([
  ...'mr|sir|lord|father|king|prince|sheikh|imam|congressman|spokesman|chairman'.split('|').map((word) => [word, 'm'] as const),
  ...'mrs|ms|miss|dame|lady|sister|queen|princess|congresswoman|spokeswoman|chairwoman'.split('|').map((word) => [word, 'f'] as const),
  ...(
    'mx|dr|prof|professor|rev|rabbi|senator|sen|rep|gov|president|mayor|judge|gen|general|col|capt|' +
    'lt|sgt|coach|minister'
  ).split('|').map((word) => [word, 'u'] as const),
]);

/** Letters written after a name ("Jane Doe KC", "Sam Lee Jr"): not part of the name. Case-sensitive. */
export const POST_NOMINALS: ReadonlySet<string> = new Set('KC|QC|SC|BL|TD|MP|MSP|MEP|MBE|OBE|CBE|KBE|DBE|PhD|MD|Jr|Sr'.split('|'));

/** Titles of those elected for a place: "Kesses MP", "London Mayor" (the place comes first). */
export const REPRESENTS: ReadonlySet<string> = new Set('mp|mla|msp|mep|td|senator|congressman|congresswoman|mayor|governor|councillor|councilor'.split('|'));

/** A surname opened by a lower-case particle and a hyphen: "al-Mansouri", "el-Sisi", "bin-Talal". */
export const PARTICLE_HYPHEN = /^(?:al|el|ul|ad|as|ash|at|az|abu|bin|ibn|bint|ben)-\p{Lu}/u;

/** Lower-case words a name may hold between capitals: the particles, and "y" ("José Ortega y Gasset"). */
export const NAME_GLUE: ReadonlySet<string> = new Set([...NAME_PARTICLES, 'y', 'do']);

/**
 * Nouns for a person, with the gender they imply ('u': either): "“…,” the mother of four said"
 * names the woman the story was just about.
 */
export const PERSON_NOUNS: ReadonlyMap<string, 'm' | 'f' | 'u'> = new Map([
  ...'mother|grandmother|wife|widow|daughter|woman|girl|sister|aunt|niece|granddaughter|mum|mom'.split('|').map((w) => [w, 'f'] as const),
  ...'father|grandfather|husband|widower|son|man|boy|brother|uncle|nephew|grandson|dad'.split('|').map((w) => [w, 'm'] as const),
  ...'parent|grandparent|teenager|pensioner|farmer|resident|homeowner|owner|victim|survivor|student|retiree|veteran|shopkeeper|trader|driver|nurse'.split('|').map((w) => [w, 'u'] as const),
  ...'lawmaker|legislator|politician|player|rider|athlete|golfer|skipper|spaniard|briton|frenchman|dutchman|dane|swede|finn|scot|welshman|irishman|englishman|kiwi|aussie'.split('|').map((w) => [w, 'u'] as const),
]);

/**
 * People a place name before them says are from there: "a Lagos native", "an Elizabethtown
 * woman" (not every PERSON_NOUNS word: "the Velari driver" drives for a team).
 */
export const LOCAL_PEOPLE: ReadonlySet<string> = new Set('native|resident|man|woman|boy|girl|teenager|couple|lawmaker|farmer|grower|businessman|businesswoman|pensioner|mother|father|family'.split('|'));

/** Members of a party after their state: "a Texas Republican". */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set('republican|democrat|tory|conservative|liberal|independent|socialist|nationalist|unionist'.split('|'));

/** Words shaped like agent nouns (-er, -or) that are none: "later", "water", "a silver Volkswagen". */
export const NOT_AGENTS: ReadonlySet<string> = new Set((
  'partner|owner|dealer|silver|later|former|other|another|water|winter|summer|september|october|november|december|number|order|over|under|after|whether|rather|either|never|ever|however|together|longer|older|younger|lower|upper|inner|outer'
).split('|'));

/** Abbreviated titles and the words they stand for: "Col. Yoon" is "the colonel". */
export const TITLE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(pairs(
  'col=colonel|gen=general|lt=lieutenant|capt=captain|cpt=captain|sgt=sergeant|supt=superintendent|' +
  'insp=inspector|det=detective|gov=governor|sen=senator|rep=representative|prof=professor|' +
  'cllr=councillor|cr=councillor|adm=admiral|maj=major|cmdr=commander|dr=doctor|pres=president'
));
