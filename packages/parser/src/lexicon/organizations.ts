// Word lists are `|`-joined strings split once at load: smaller in the bundle (see common.ts).

import { pairs } from './pairs.js';
import { NAME_GLUE } from './titles.js';

/**
 * Head words that make a capitalised name an organization wherever they stand in it
 * ("Islamic Republic News Agency", "Ministry of Defence", "Port Workers Union").
 */
export const ORG_HEADS: ReadonlySet<string> = new Set((
  'agency|ministry|department|university|college|school|academy|institute|institutes|institution|' +
  'foundation|council|committee|commission|union|association|federation|confederation|league|' +
  'party|court|tribunal|police|army|navy|force|forces|guard|guards|brigade|brigades|' +
  'parliament|congress|senate|assembly|government|administration|office|authority|board|' +
  'bureau|service|services|centre|center|centres|centers|hospital|clinic|club|fc|organization|' +
  'organisation|company|corporation|corp|inc|incorporated|ltd|limited|llc|llp|plc|' +
  'ag|gmbh|sa|nv|bv|spa|group|holdings|partners|bank|fund|trust|society|' +
  'network|times|post|news|journal|press|herald|gazette|tribune|telegraph|guardian|' +
  'church|movement|front|coalition|alliance|cabinet|reserve|exchange|airlines|orchestra|philharmonic|' +
  'choir|chorus|library|infirmary|legislature|co-operative|cooperative|co-op|' +
  'airways|motors|industries|energy|technologies|systems|labs|laboratories|pharmaceuticals|' +
  'capital|investment|investments|watch|farmers|securities|insurance|media|studios|records|broadcasting|railways|' +
  'railway|rail|chamber|secretariat|directorate|command|corps|consortium|' +
  'cooperative|co-op|collective|team|unit|squad|taskforce|helpline|hotline|observatory|program|' +
  'programme|initiative|campaign|charity|mission|regiment|battalion|regulator|ombudsman|org|community|' +
  // the same in the languages institution names keep untranslated ("Bankhaus Leitner", "Institut Pasteur")
  'bankhaus|banco|banca|banque|institut|instituto|istituto|universität|université|' +
  'universidad|università|universidade|fondation|fundación|fundação|fondazione|stiftung|' +
  'groupe|grupo|gruppo|compagnie|compañía|société|sociedad|verein|verband|ministerio|' +
  'ministère|ministerium|agence|agencia|partido|parti|partei|federación|fédération|fábrica|fabrica|' +
  'oficina|casa|casas|conseil|consejo|conselho|consiglio|' +
  // Welsh and Irish: "Ysgol Glan Dyfi", "Cyngor Gwynedd", "Coláiste Íde"
  'ysgol|coleg|prifysgol|cyngor|scoil|coláiste|ollscoil|comhairle|páirtí|école|ecole|escuela|escola|scuola|' +
  'hochschule|fromagerie|superintendencia|superintendência|commissioners|division|bloc|kommune|' +
  'kommun|gemeinde|junta|collectif|colectivo|comune|ayuntamiento|câmara|cámara|éditions|editions|' +
  'edições|ediciones|verlag|disques|scuderia|comédie|atelier|defensoría|' +
  'defensoria|frente|senter|zentrum|centrum|centro|patrol|forum|rescue|elementary|' +
  // Indian associations and unions: "Nashik Nagrik Manch", "Krishnai Dudh Sangh"
  'manch|sangh|samiti|sangathan|sanghatana|radio|friends|' +
  'treasury|inspectorate|registry|ombudsman|directorate|nation'
).split('|'));

/** Suffixes after which the name is a company: "Solvane AG", "Acme Inc.", "Nortech plc". */
export const ORG_SUFFIXES: ReadonlySet<string> = new Set((
  'ag|inc|inc.|corp|corp.|co|co.|ltd|ltd.|llc|llp|plc|gmbh|sa|s.a.|nv|' +
  'n.v.|bv|spa|s.p.a.|ab|asa|oyj|se|kk|pty|group|holdings|corporation|' +
  'company|limited|incorporated|s.a.c.|s.a.c|sac|pjsc|ltda|bhd|tbk'
).split('|'));

/**
 * Organizations news copy names without a head word: international bodies, armed groups,
 * parties, agencies and large companies. Lower-case keys; the value is the canonical name.
 */
export const KNOWN_ORGS: ReadonlyMap<string, string> = new Map([
  // Names whose lower-case form is the key.
  ...(
    'United Nations|NATO|European Union|BRICS|OPEC|OPEC+|UNESCO|UNICEF|UNHCR|FIFA|' +
    'UEFA|NHS|BBC|CNN|NASA|FBI|CIA|Pentagon|Kremlin|White House|Downing Street|' +
    'Hamas|Hezbollah|Taliban|ISIS|al-Qaeda|Houthis|Reuters|Associated Press|AFP|' +
    'Bloomberg|Google|Apple|Microsoft|Amazon|Meta|Tesla|Nvidia|OpenAI|Samsung|' +
    'Toyota|Volkswagen|Boeing|Airbus|Shell|ExxonMobil|Chevron|BP|Gazprom|Aramco|' +
    'Instagram|Twitter|Facebook|TikTok|YouTube|Telegram|WhatsApp|Netflix|Spotify|' +
    'Uber|Interpol|Europol|Greenpeace|Amnesty International|Red Cross|IRNA|Xinhua|' +
    'TASS|Al Jazeera|Congress|Senate|Parliament|Labour|Eurostat|Federal Reserve|CDC|' +
    'Ofcom|Ofgem|Ofwat|Ofsted|Treasury|An Garda Síochána|Garda Síochána|Dáil|Seanad|Oireachtas|HSBC|Barclays|Goldman Sachs|JPMorgan|Liberal Democrats|Nasdaq|NYSE|G7|G20|' +
    'Islamic State|Premier League|Bundesliga|La Liga|Serie A|Ligue 1|Eredivisie|' +
    // legislatures by their own name
    'Bundestag|Bundesrat|Knesset|State Duma|Riksdag|Storting|Folketing|Sejm|Lok Sabha|Rajya Sabha|' +
    'Verkhovna Rada|Eduskunta|Althing|Stortinget|Euronext'
  ).split('|').map((name) => [name.toLowerCase(), name] as const),
  // Parties by their members' name: "Labour and the Conservatives backed the plan".
  ...pairs(
    'conservatives=Conservative Party|greens=Green Party|lib dems=Liberal Democrats|' +
    'democrats=Democratic Party|republicans=Republican Party|social democrats=Social Democratic Party|' +
    // Short forms and other spellings, with the name they stand for.
    'un=United Nations|u.n.=United Nations|eu=European Union|' +
    'who=World Health Organization|imf=International Monetary Fund|' +
    'wto=World Trade Organization|ioc=International Olympic Committee|al qaeda=al-Qaeda|' +
    'ap=Associated Press|the red cross=Red Cross|tories=Conservative Party|' +
    'gop=Republican Party|ecb=European Central Bank|fed=Federal Reserve|' +
    'sec=Securities and Exchange Commission|fda=Food and Drug Administration|' +
    'epa=Environmental Protection Agency|ons=Office for National Statistics'
  ),
]);

/**
 * Acronyms and short forms that name places, not organizations ("U.S.", "UK", "UAE", the dotted
 * state and province forms of datelines: "Dartmouth, N.S."). The value is the canonical place
 * name. A dotted form is also known without its last period, which a sentence's full stop takes.
 */
export const PLACE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(pairs(
  'u.s.=United States|us=United States|usa=United States|' +
  'u.s.a.=United States|america=United States|uk=United Kingdom|u.k.=United Kingdom|' +
  'britain=United Kingdom|great britain=United Kingdom|uae=United Arab Emirates|' +
  'drc=Democratic Republic of the Congo|eu=|la=Los Angeles|nyc=New York City|l.a.=Los Angeles|d.c.=Washington, D.C.|' +
  'n.s.=Nova Scotia|b.c.=British Columbia|n.b.=New Brunswick|p.e.i.=Prince Edward Island|' +
  'n.l.=Newfoundland and Labrador|n.y.=New York|n.j.=New Jersey|n.h.=New Hampshire|n.m.=New Mexico|' +
  'n.c.=North Carolina|n.d.=North Dakota|s.c.=South Carolina|s.d.=South Dakota|r.i.=Rhode Island|' +
  'nsw=New South Wales|qld=Queensland'
).flatMap(([short, place]) => (short.endsWith('.') ? [[short, place], [short.slice(0, -1), place]] : [[short, place]])));

/** Place words that are surnames too: after a given name they end a person's name ("Sarah Hills"). */
export const SURNAME_PLACE_HEADS: ReadonlySet<string> = new Set('park|hills|wells|street|rivers|banks|marsh|town|fields|woods|lane|mill|brook|ward|plant|pike|chapel|moor|point|range|dock|rock'.split('|'));

/** Words that make a capitalised name a place: "Lake Geneva", "Orange County", "Gulf of Aden". */
export const PLACE_HEADS: ReadonlySet<string> = new Set((
  'lake|river|mount|mountain|mountains|valley|county|province|state|region|district|' +
  'island|islands|bay|gulf|sea|ocean|coast|peninsula|desert|forest|park|canyon|' +
  'city|town|village|borough|street|avenue|road|square|bridge|harbour|harbor|port|' +
  'strait|channel|heights|hills|springs|falls|wells|beach|creek|reef|basin|delta|plain|' +
  'highway|motorway|expressway|freeway|pavilion|' +
  'territory|territories|oblast|prefecture|canton|shire|airport|stadium|arena|stade|estadio|stadio|' +
  // Irish counties written "Co Clare", Philippine villages "Barangay Tumana"
  'co|barangay|township|parish|' +
  // venues and landmarks ("Olympia Theatre", "Pena Palace"); not "Hall" or "Abbey", which are names too
  'theatre|theater|castle|palace|cathedral|tower|market|garden|gardens|museum|station|' +
  'mosque|masjid|temple|shrine|vila|' +
  // land, water and works named like places ("Skelbrook Moor", "Sukkur Barrage", "Camp Crame")
  'moor|moors|gorge|barrage|dam|brook|fjord|canal|reservoir|glacier|sands|point|range|dales|marshes|' +
  'dock|docks|quay|wharf|pier|lane|boulevard|pike|interchange|chapel|meadows|mill|plant|camp|lough|ward|' +
  'rock|volcano|piton|anse|ilha|île|pietra|rocca|monte|' +
  // the same words in the languages place names keep ("Bukit Batok", "Jebel Ali", "Porto Alegre")
  'bukit|kampung|kampong|pulau|tanjung|tanjong|sungai|teluk|jebel|jabal|wadi|lac|mont|puerto|porto'
).split('|'));

/**
 * What a centre is for when it is a building or site, not an institution: "Kennedy Space
 * Center", "Metro Toronto Convention Centre" (but "Nistru Policy Centre" is an organization).
 */
export const FACILITY_KINDS: ReadonlySet<string> = new Set((
  'space|convention|science|art|arts|visitor|visitors|shopping|sports|leisure|community|' +
  'conference|exhibition|trade|aquatic|cultural|performing|heritage|garden|town|' +
  // and reserves that are land or sea, not a central bank: "Galapagos Marine Reserve"
  'marine|nature|game|wildlife|biosphere'
).split('|'));

/**
 * Lower-case nouns for a place, written before "of" or after the name: "the port of Apapa",
 * "the Surulere district", "the village of Ashwell".
 */
export const PLACE_NOUNS: ReadonlySet<string> = new Set((
  'city|town|village|hamlet|district|province|region|county|port|island|suburb|' +
  'neighbourhood|neighborhood|municipality|borough|township|emirate|oblast|prefecture|cities|towns|' +
  'villages|districts|provinces|regions|counties|ports|islands|suburbs|municipalities|' +
  // administrative units of other countries, and land and water a name is given to
  'department|canton|commune|parish|ward|governorate|area|river|valley|basin|delta|estuary|gorge|' +
  'peninsula|archipelago|atoll|marshes|wetlands|plains|highlands|crossing'
).split('|'));

/** Who lives in a place, before "of" and its name: "the people of Basra", "residents of Zinal". */
export const INHABITANTS: ReadonlySet<string> = new Set('people|residents|inhabitants|citizens|villagers|townspeople'.split('|'));

/**
 * Other words before "of" that make the name after it a place: where something lies from it
 * ("20 km south of Kingaroy", "north-west of Basra"), its edges and centre ("the outskirts of
 * Nanango"), who runs a town ("the mayor of Gayndah") and a federation's "state of Rio Grande do Sul".
 */
export const PLACE_OF: ReadonlySet<string> = new Set((
  'north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west|' +
  'outskirts|mayor|deputy-mayor|governor|streets|state'
).split('|'));

/** Heads before "of" that keep "X of Y" one name: "Bank of England", "Islamic Republic of Iran". */
export const OF_HEADS: ReadonlySet<string> = new Set([
  ...ORG_HEADS, 'republic', 'kingdom', 'state', 'states', 'emirate', 'duchy', 'principality', 'isle', 'gulf', 'bay',
  'sea', 'strait', 'city', 'province', 'county', 'district', 'mount', 'lake', 'cape', 'straits', 'port', 'house',
  'secretary', 'minister', 'prince', 'duke', 'duchess', 'archbishop', 'bishop', 'mayor', 'governor', 'king', 'queen',
  // campaign groups named for what they defend: "Friends of the Earth"; sites: "Museum of Flight"
  'friends', 'museum',
]);

/**
 * Words that make a capitalised run name a thing rather than a person: events ("World Cup",
 * "Science Fair"), works and laws ("Affordable Care Act"), products and vehicles ("Internet
 * Explorer", "Space Shuttle Atlantis"). Such runs are typed event, work or product and kept out
 * of people, organizations and places.
 */
export const THING_WORDS: ReadonlyMap<string, 'event' | 'work' | 'product'> = new Map([
  ...(
    'cup|championship|championships|olympics|games|festival|summit|war|wars|election|' +
    'conference|expo|fair|award|awards|prize|marathon|derby|tournament|trophy|prix|rally|regatta'
  ).split('|').map((word) => [word, 'event'] as const),
  ...'series|show|album|film|act|treaty|accord|agreement|declaration|report|index'.split('|').map((word) => [word, 'work'] as const),
  ...(
    'shuttle|explorer|browser|system|software|app|phone|vr|console|' +
    'rocket|satellite|telescope|vaccine'
  ).split('|').map((word) => [word, 'product'] as const),
]);

/** Words that end company names without being organization heads elsewhere: "Northfold Water". */
export const ORG_TAILS: ReadonlySet<string> = new Set((
  'water|power|gas|electric|utilities|telecom|pharma|foods|brands|logistics|residential|' +
  'homes|construction|steel|cement|analytics|software|solutions|consulting|ventures|retail|' +
  'stores|markets|motors|automotive|aerospace|mining|minerals|oil|petroleum|shipping|' +
  // industries and trades
  'semiconductor|semiconductors|materials|chemicals|hydrogen|solar|renewables|trading|' +
  'biotech|therapeutics|robotics|electronics|instruments|dynamics|packaging|textiles|' +
  'beverages|airline|freight|transport|tours|travel|hotels|resorts|realty|properties|' +
  'advisors|advisers|associates|research|studio|pictures|entertainment|brewery|' +
  'brewing|bakery|dairy|farms|fisheries|lumber|paper|printing|publishing|management|orchards|' +
  'vineyards|winery|distillery|dairies|care|health|healthcare|maritime|marine|aviation|leather|racing|motorsport|' +
  'enterprises|trading|nutrition|infrastructure|express|platinum|metals|lithium|resources|coal|copper|refining|restructuring|' +
  'furniture|seafood|timber|hardware|pharmacy|events|planning|partnership|digital|shop|energi|' +
  'transit|mobility|holding|payments|telecoms|networks|cargo|chemical|' +
  'finance|financial|brokers|roofing|casino|bet|metering|processors|mart|marketing|promotions|cruises|' +
  'fellowship|surveyors|commodities|petrochemical|petrochemicals|engineering|films|consultants|' +
  // news outlets
  'lines|wire|daily|weekly|courier|sentinel|chronicle|observer|dispatch|bulletin|' +
  'ledger|radio|television|magazine|' +
  // the same trades in the languages company names keep untranslated
  'chemie|kemi|química|quimica|energie|energia|énergie|technik|technologie|' +
  'werke|bau|logistik|verpakking|gestion|conseil|industrie|industria|sistemas|' +
  // sports clubs: "Halbury Athletic", "Fenwick Rovers"
  'athletic|rovers|wanderers|harriers|albion|hotspur|rangers|' +
  // fellowships: "Gamblers Anonymous"
  'anonymous'
).split('|'));

/**
 * Last words of club names that are also ordinary place words ("Castlebridge United", "Kingsmoor
 * Town", "Manchester City"): an organization only in a match report.
 */
export const CLUB_TAILS: ReadonlySet<string> = new Set('united|city|town|county|vale|villa|athletic|rovers|wanderers|albion'.split('|'));

/** Words of a match report; with a score line ("3-1") they make an article one. */
export const SPORTS_WORD = /\b(?:goals?|match|penalty|striker|midfielder|goalkeeper|coach|league|tournament|kick-off|half-time|World Cup)\b/;

/** A sports story: a match report (a sports word and a score line) or a transfer story (several sports words). */
export function isSportsStory(input: string): boolean {
  if (!SPORTS_WORD.test(input)) return false;
  return SCORE.test(input) || (input.match(SPORTS_WORDS_ALL)?.length ?? 0) >= 4;
}
const SPORTS_WORDS_ALL = new RegExp(SPORTS_WORD.source, 'g');

/** First words of club names: "Olympique Vendée", "Sporting Braga", "Real Sociedad", "AS Roma". */
export const CLUB_PREFIXES: ReadonlySet<string> = new Set(['olympique', 'sporting', 'atlético', 'atletico', 'real', 'dynamo', 'dinamo', 'racing', 'deportivo', 'borussia', 'inter', 'fc', 'ac', 'as', 'sc', 'afc', 'cf', 'sv', 'tsv', 'vfb', 'vfl', 'fk', 'nk', 'sk', 'bk', 'cd', 'ud', 'rc', 'kv']);
/** A score line: "3-1", "2 – 0". */
export const SCORE = /\b\d{1,2} ?[–-] ?\d{1,2}\b/;


/** Nouns that describe an organization: "the company said", "the ministry said", "broadcaster Kanal Acht". */
export const ORG_NOUNS: ReadonlySet<string> = new Set((
  'company|firm|group|ministry|agency|department|government|club|union|council|bank|' +
  'league|organization|organisation|party|team|university|airline|police|court|commission|' +
  'regulator|authority|board|operator|carrier|retailer|charity|insurer|lender|startup|' +
  'start-up|manufacturer|maker|developer|utility|broadcaster|network|newspaper|publisher|' +
  'hospital|school|college|institute|foundation|association|federation|office|service|' +
  'administration|campaign|committee|panel|embassy|military|army|navy|prosecutors|prosecution|' +
  'report|statement|label|band|tank|brand|chain|supplier|consultancy|broker|brokerage|alliance|' +
  'coalition|cooperative|co-operative|co-op|consortium|watchdog|body|society|trust|fund|force|bloc|' +
  'cartel|institution|exchange|collective|' +
  // bands and the trades that go before a company's name: "Norwegian trio Nattsvermer",
  // "shipbuilder Halcyra", "the liquidators Brandt Ellery"
  'trio|duo|quartet|four-piece|five-piece|shipbuilder|carmaker|automaker|chipmaker|drugmaker|' +
  'contractor|app|platform|protocol|processor|liquidators|administrators|organisers|organizers|' +
  'distributor|exporter|importer|wholesaler|grocer|refiner'
).split('|'));

/** Lower-case kinds of organization after a name: "the IG Metall union", "the Tasnim news agency". */
export const ORG_KINDS: ReadonlySet<string> = new Set('union|party|agency|alliance|coalition|charity|label|movement|conglomerate'.split('|'));

/** Lower-case roles before "of" that an organization, not a place, has: "the owner of Summit Edge Roofing". */
export const EMPLOYERS_OF: ReadonlySet<string> = new Set((
  'owner|owners|founder|co-founder|ceo|cto|cfo|coo|chairman|chairwoman|director|manager|pastor|' +
  'principal|shareholders|employees|shareholder|employee'
).split('|'));

/**
 * Legal forms written before a company's name, in capitals: Indonesia's "PT Arunika Karya" and
 * "CV Maju Jaya", Russia's "JSC Rosatom", "PAO Sberbank".
 */
export const ORG_PREFIXES: ReadonlySet<string> = new Set('pt|cv|jsc|ojsc|pjsc|pao|oao|ooo|zao'.split('|'));

/**
 * An institution named after the place it serves ends in one of these heads, with only the
 * modifiers below between: in "Galway Circuit Criminal Court", "Kingston City Council", "Leeds
 * University", "Gatwick Airport" the first word alone is the place, not a short form of the
 * institution (as "Solvane" is of "Solvane AG"; a club's "Ipswich Town" ends in no such head).
 */
export const SEAT_HEADS: ReadonlySet<string> = new Set(
  'court|courts|council|university|hospital|airport|station|police|garda|cathedral|library|museum|infirmary|harbour|harbor'.split('|'),
);
export const SEAT_MODIFIERS: ReadonlySet<string> = new Set(
  'circuit|criminal|civil|crown|magistrates|high|district|county|city|town|borough|municipal|regional|general|royal|fire|police|central'.split('|'),
);

/** Nouns that stand for an organization named by another word: "the bench" for the court that sat. */
export const NOUN_ALIASES: ReadonlyMap<string, string> = new Map([['bench', 'court']]);

/** Nouns for public bodies: "the energy ministry", "the city council". */
export const PUBLIC_NOUNS: ReadonlySet<string> = new Set('ministry|department|council|agency|commission|authority|regulator|government|office|board'.split('|'));

/** Nouns for a business: "the company said" names the article's main company. */
export const COMPANY_NOUNS: ReadonlySet<string> = new Set('company|firm|group|maker|retailer|carrier|operator|lender|insurer|startup|start-up|manufacturer|developer|utility|airline|business|bank|chain|brand'.split('|'));

/**
 * What only an organization has, after its possessive: "Veltrane's shares", "Lumora's chief
 * executive", "Acme's headquarters" (not a workforce or members: towns and parties have them).
 */
export const CORPORATE_NOUNS: ReadonlySet<string> = new Set((
  'shares|shareholders|stock|board|headquarters|revenue|revenues|profit|profits|sales|' +
  'ceo|subsidiary|subsidiaries|director|founder|chairman|chairwoman|spokesperson|spokesman|spokeswoman|' +
  'coordinator|members|staff|volunteers|rivals|competitors|customers|clients|products|software|' +
  'platform|valuation|earnings|investors|executives|takeover|acquisition'
).split('|'));

/**
 * What a business does, after "which": "Reliant Pharmacy, which operates 41 stores" (a place takes
 * "which" too, but not these verbs: "Lloydminster, which has been without a team").
 */
export const ORG_VERBS: ReadonlySet<string> = new Set((
  'operates|owns|employs|makes|sells|runs|builds|produces|manufactures|supplies|' +
  'provides|announced|reported|declined|represents|develops|manages|publishes|trades|' +
  'ran|operated|owned|employed|made|sold|built|produced|supplied|provided|developed|' +
  'managed|published'
).split('|'));

/** First words of many multi-word place names: "San Jose", "Port Talbot", "North Shields". */
export const PLACE_PREFIXES: ReadonlySet<string> = new Set('san|santa|los|las|el|new|port|fort|saint|st|north|south|east|west|upper|lower|great|little|mount|lake|cape|glen|grand|old'.split('|'));

/**
 * Lower-case nouns for a local business, club or trade that a place name before them says where
 * it is from: "the Bangor firm", "a Bunbury sailmaker", "the Drôme club", "the Aberdeen side".
 */
export const LOCAL_TRADES: ReadonlySet<string> = new Set((
  'firm|club|side|outfit|brewery|distillery|winery|bakery|builder|builders|contractor|sailmaker|' +
  'electrician|plumber|trainer|choir|four-piece|five-piece|trio|quartet|courthouse|hospice|' +
  'roofing|engineering|haulier|haulage|dealership|landlord|developer|housebuilder|cooperative|co-op'
).split('|'));

/**
 * Common nouns written with a capital for an institution, a text or a competition, which "in
 * the" does not make places: "in the House", "under the Constitution", "in the Championship".
 */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set((
  'house|commons|lords|chamber|capitol|constitution|budget|championship|premiership|internet|web|' +
  'kingdom|crown|bill|act|plan|law|stand|stage|cup|league|final|finals|games|olympics|bible|' +
  'gospel|koran|quran|treaty|charter|code|convention|summit|programme|program|scheme|fund'
).split('|'));

/**
 * French, Spanish, Portuguese and Italian words for a place, before a particle and its name:
 * "Palais du Rhin", "Quinta da Ribeira", "Côte de Saint-Roch" (a name with "de" after any other
 * word is most often a person's: "Jeroen de Vries").
 */
export const ROMANCE_PLACE_WORDS: ReadonlySet<string> = new Set((
  'santa|santo|são|san|saint|sainte|palais|pays|côte|col|gave|corne|ponte|pont|quinta|citadelle|' +
  'halles|salle|foz|praça|plaza|place|port|puerto|porto|rio|río|vila|villa|val|mont|monte|lac|' +
  'lago|île|isla|ilha|serra|sierra|cabo|cap|château|parc|parque|rue|avenida|calle|rua|baie|' +
  'bahía|golfe|golfo|pointe|punta|ponta|pic|pico|gare|praia|playa|plage|campo|quai|barrio|bairro'
).split('|'));

/** Words that take a number or a letter to name a road or a district: "Route 611", "Sector 56". */
export const NUMBERED_PLACES: ReadonlySet<string> = new Set('route|highway|interstate|sector|junction|exit|road|platform|terminal|gate|zone|ward|district'.split('|'));

/** A municipality by its formal name is its government: "City of Johannesburg". */
export const MUNICIPALITIES: ReadonlySet<string> = new Set('city|town|municipality|borough|village|township'.split('|'));

/** What a district is named for when it is the body that runs it: "Desert Springs Water District". */
export const DISTRICT_BODIES: ReadonlySet<string> = new Set('municipal|school|water|fire|conservation|irrigation|health|hospital|sanitation|library|transit|utility|drainage|sewer|port'.split('|'));

/** Compass words: no personal name opens with one ("North Battleford", "Upper Silesia"). */
export const COMPASS: ReadonlySet<string> = new Set('north|south|east|west|northern|southern|eastern|western|upper|lower|greater|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest'.split('|'));

/** Lower-case words between a preposition and a place: "in western Pará", "across rural Kent". */
export const REGION_ADJECTIVES: ReadonlySet<string> = new Set((
  'northern|southern|eastern|western|central|rural|coastal|downtown|suburban|north-eastern|north-western|' +
  'south-eastern|south-western|northeastern|northwestern|southeastern|southwestern'
).split('|'));

/**
 * Agent nouns that name a business, not a person's trade, heading an appositive: "Vantrell, a
 * family-owned supplier" (not "a crane operator").
 */
export const BUSINESS_AGENTS: ReadonlySet<string> = new Set((
  'supplier|retailer|manufacturer|maker|carrier|insurer|lender|broadcaster|publisher|regulator|broker|' +
  'distributor|wholesaler|exporter|importer|provider|producer'
).split('|'));

/**
 * Adjectives news copy puts before a company's name at the start of a sentence: not part of the
 * name ("Rival Sunwoo Shipbuilding said", "Embattled Halbrook Foods warned").
 */
export const LEADING_ADJECTIVES: ReadonlySet<string> = new Set((
  'rival|fellow|embattled|troubled|struggling|beleaguered|ailing|defunct|cash-strapped|loss-making|' +
  'debt-laden|state-owned|state-run|state-backed|family-owned|family-run|scandal-hit|crisis-hit'
).split('|'));

/**
 * Head words of institutions named in French, Irish, Portuguese and Spanish, whose names go on
 * in lower case: "Cour des comptes", "Tribunal judiciaire de Lyon", "Páirtí an Phobail".
 */
export const FOREIGN_HEADS: ReadonlySet<string> = new Set((
  'cour|tribunal|conseil|haut|haute|gendarmerie|société|fédération|association|institut|caisse|' +
  'département|ministère|agence|assemblée|banque|comité|confédération|front|libertés|union|' +
  'amharclann|gailearaí|páirtí|casas|instituto|consejo|ministerio|comisión|partido|corte|agenzia|istituto|' +
  'banco|banca|universidad|universidade|université|fundación|fundação|fondazione|asociación|associação|' +
  'associazione|cámara|câmara|ayuntamiento|junta|prefeitura|musée|museo|museu|laboratorio|laboratoire|clube|filmes'
).split('|'));

/** Function words inside such names: the name particles, and "les", "et", "na", "do", "für" … */
export const FOREIGN_FUNCTION_WORDS: ReadonlySet<string> = new Set([...NAME_GLUE, ...'les|et|en|pour|sur|contre|na|an|do|e|für|die|und|zu'.split('|')]);

/**
 * Heads some papers write in lower case after a place ("Lewisham council", "Bombay high court"),
 * by their first word: most name runs are followed by none of these words, and are let go after
 * one lookup.
 */
export const LOWER_ORG_TAILS: ReadonlyMap<string, readonly (readonly string[])[]> = (() => {
  const byFirst = new Map<string, string[][]>();
  for (const tail of 'city council|county council|district council|borough council|town council|regional council|provincial council|provincial police|council|high court|district court'.split('|')) {
    const words = tail.split(' ');
    byFirst.set(words[0]!, [...(byFirst.get(words[0]!) ?? []), words]);
  }
  return byFirst;
})();
