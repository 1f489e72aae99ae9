// The context cues the classifier reads around a capitalised run: words and patterns before or after a name
// that say what it is ("mayor of X", "the X trade show", "X air base", "X said"). General English only.

import { isTitleWord } from '../lexicon/titles';
import type { Word } from './candidates';

/** Speech verbs right after a name: "X said" is evidence that X is a name (a person's or a body's). */
export const SPEECH_VERBS = new Set(
  `said says told added stated noted argued explained warned wrote insisted claimed tweeted posted announced replied
   responded confirmed denied urged believes thinks suggested stressed emphasised emphasized underlined highlighted
   dismissed acknowledged admitted recalled observed remarked commented cautioned predicted vowed pledged`.split(/\s+/),
);

/** Lower-case words after a name that show the name is a person's ("the Osei administration", "the Kartika government"). */
export const PERSON_FOLLOWERS = new Set(['administration', 'government', 'presidency', 'era', 'cabinet', 'campaign', 'regime', 'aides', 'camp']);

/** Compass points that open a region's name: "West Java", "Northern Cape". */
export const COMPASS_WORDS = new Set(['North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower']);

/** A kinship noun right before a name, with or without the comma of apposition. */
export const KINSHIP_BEFORE =
  /\b(?:son|daughter|wife|husband|mother|father|brother|sister|grandson|granddaughter|grandmother|grandfather|nephew|niece|uncle|aunt|cousin|child|baby|widow|widower)(?:,)?[ \u00A0]+$/;

/** Named storms: "Cyclone Idai", "Typhoon Haiyan". */
export const NAMED_STORM = /^(?:Cyclone|Hurricane|Typhoon|Storm|Tropical Storm|Super Typhoon|Severe Tropical Storm)\s+\p{Lu}\p{Ll}+$/u;

/** Last words that make a run of names an event: "Cold War", "G20 Summit", "Shangri-La Dialogue". */
export const EVENT_HEADS = new Set(
  `war wars revolution games olympics olympiad summit cup championship championships festival expo crisis uprising
   spring accords conference meetings dialogue auction bowl marathon prix open trophy test week depression recession airshow day
   session show fair exhibition rodeo tournament regatta carnival parade gala`.split(/\s+/),
);

/** A possessive, then a model designation: "’s F-16", "’s 737". */
export const MODEL_AFTER_POSSESSIVE = /^[’']s[ \u00A0]+(?:\p{Lu}{1,4}[-‑]?\d|\d{3}\b)/u;

/** The parts of a run between its "and"s. */
export function splitOnAnd(words: Word[]): Word[][] {
  const parts: Word[][] = [[]];
  for (const w of words) {
    if (w.text === 'and') parts.push([]);
    else parts[parts.length - 1]!.push(w);
  }
  return parts;
}

/**
 * An office with nobody named: "Minister of Finance", "Coordinating Minister of the Economy" — a title (after
 * capitalised qualifiers) and its of-tail.
 */
export function isOfficeOnly(part: Word[]): boolean {
  const titleAt = part.findIndex((w) => isTitleWord(w.text));
  if (titleAt < 0 || titleAt > 2 || !part.slice(0, titleAt).every((w) => w.capitalised)) return false;
  const tail = part.slice(titleAt + 1);
  if (tail.length === 0) return true;
  return (tail[0]!.text === 'of' || tail[0]!.text === 'for') && tail.slice(1).every((w) => w.capitalised || w.text === 'the') && tail.length <= 5;
}

/** Last words of the capitalised names of measures and plans, which name no entity. */
const MEASURE_HEADS = new Set(['Rate', 'Ratio', 'Index', 'Framework', 'Product']);

/** Words before "Facility" that make it a central bank's or lender's window, not a site: "Overnight Lending Facility". */
const LENDING_WORDS = new Set(['Deposit', 'Lending', 'Credit', 'Liquidity', 'Funding', 'Financing', 'Loan', 'Swap', 'Fund', 'Standing', 'Repo']);

/** Whether a capitalised name, given by its last two words, names a measure or a lending window, not an entity. */
export function namesMeasure(previous: string | undefined, last: string): boolean {
  return MEASURE_HEADS.has(last) || (last === 'Facility' && previous !== undefined && LENDING_WORDS.has(previous));
}

/** Head nouns of a show, fair or tournament, as an appositive names them. */
export const GATHERING_NOUNS = /^(?:show|fair|exhibition|expo|exposition|convention|tournament|festival|championship|marathon|regatta)$/;
/** The same nouns right after a name: "the Lumex trade show", "the Vella film festival". */
export const GATHERING_AFTER = /^[ \u00A0]+(?:(?:trade|air|motor|auto|car|tech|technology|electronics|book|film|music|arts?)[ \u00A0]+)?(?:show|fair|exhibition|expo|convention|tournament|festival)\b/;
/** A product shown, unveiled or presented at a name, in the same clause: the name is the show. */
export const SHOWN_AT = /\b(?:unveil(?:s|ed|ing)?|show(?:s|ed|n|ing)?|present(?:s|ed|ing)?|display(?:s|ed|ing)?|showcas(?:e|es|ed|ing)|exhibit(?:s|ed|ing)?|demonstrat(?:e|es|ed|ing)|debut(?:s|ed|ing)?)\b[^,.;:!?]*\bat[ \u00A0]+(?:the[ \u00A0]+)?$/;

export const PLACE_PREPOSITIONS = new Set(['in', 'near', 'outside', 'across', 'around', 'inside']);

/** An event or an arrival, then "at", right before a name: the name is where it happens. */
export const VENUE_AT = /\b(?:welcome|wreath|ceremony|ceremonies|reception|banquet|dinner|lunch|breakfast|[Ss]ummit|meeting|talks|[Ff]orum|[Ff]air|[Ee]xhibition|[Ee]xpo|[Ff]estival|concert|rally|vigil|parade|protest|protests|sit-in|sit-ins|speech|conference|event|held|hosted|arrived|arriving|landed|landing|gathered|met|stayed|welcomed|received|crash|crashed|accident|runway|plant|plants|smelter|smelters|crossing|mill|mills|refinery|refineries|complex|facility|facilities|factory|factories|base|airbase|battery|batteries|terminal|terminals|mine|mines|site|station|camp|camps|depot|shipyard|warehouse|landslide|landslides|mudslide|mudslides|flood|floods|flooding|fire|fires|blaze|explosion|explosions|blast|blasts|collapse|derailment|stampede|shooting|quake|earthquake|eruption|stranded|stuck|trapped|recorded|fell|queued|camped)[ \u00A0]+at[ \u00A0]+(?:the[ \u00A0]+)?$/;

/** A bearing from a place: "45 km south-west of Selka", "north of the capital, Marova". */
export const BEARING_OF = /\b(?:north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|south-west)[ \u00A0]+of[ \u00A0]+$/i;

/** A settlement or region noun and "of" right before a name. */
export const PLACE_OF = /\b(?:city|cities|town|towns|village|villages|port|province|provinces|state|district|districts|region|regions|capital|island|islands|county|counties|municipality|suburb|neighbourhood|neighborhood|commune|communes|parish|borough|township|canton|mouth|banks|shores|outskirts|residents|inhabitants|villagers|people)[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?$/;
/** Offices that govern a territory ("mayor", "governor", "regent"). */
const TERRITORIAL_OFFICES = ['Mayor', 'Governor', 'Premier', 'Chief Minister', 'Regent', 'Prefect'];
/** Offices that represent one ("senator", "MP for Leeds", "bishop of Durham"). */
const REPRESENTATIVE_OFFICES = ['Congress(?:wo)?man', 'Senator', 'MP', 'Lawmaker', 'Legislator', 'Assembly(?:wo)?man', 'Councill?or', 'Bishop', 'Archbishop'];
/** A capitalised office word or phrase, matched in either case at each word's start ("Chief Minister", "chief minister"). */
const eitherCase = (office: string) => office.replace(/(^|\s)(\p{Lu})(?=\p{Ll})/gu, (_, space: string, c: string) => `${space}[${c}${c.toLowerCase()}]`);

/** An office held over a territory, then "of", "for" or "from", right before a name: "mayor of Arequipa", "MP for Leeds". */
export const OFFICE_OVER = new RegExp(
  `\\b(?:${[...TERRITORIAL_OFFICES, ...REPRESENTATIVE_OFFICES].map(eitherCase).join('|')})[ \\u00A0]+(?:of|for|from)[ \\u00A0]+$`,
  'u',
);

/** A territorial office right after a name: "Batang Regent", "Cusco Governor", "Lagos State Governor". */
export const TERRITORIAL_OFFICE_AFTER = new RegExp(`^(?:[’']s)?[ \\u00A0]+(?:${TERRITORIAL_OFFICES.join('|')})\\b`, 'u');

/** An envoy's posting, then "to", right before a name: "Ambassador to Mexico Daniel Whitcomb". */
export const ENVOY_TO = /\b(?:[Aa]mbassador|[Ee]nvoy|[Hh]igh [Cc]ommissioner|[Cc]onsul|[Cc]onsul[- ][Gg]eneral|[Ee]missary|[Pp]ermanent [Rr]epresentative)[ \u00A0]+to[ \u00A0]+(?:the[ \u00A0]+)?$/;

/** A journey word, then "to" or "from" right before a name. */
export const JOURNEY_TO =
  /\b(?:fly|flies|flew|flown|flying|flight|flights|service|services|route|routes|travel|travell?ed|travell?ing|trip|trips|journey|return|returned|returning|home|back|bound|headed|heading|arrived|arriving|departed|departing|departure|departures|evacuated|moved|drove|sailed|march|marched|marching|walked|walking|rally|rallies|procession|left|leaving|sent|shipped|deployed|dispatched|airlifted)(?:[ \u00A0]+[\p{Ll}-]+)?[ \u00A0]+(?:to|from|toward|towards)[ \u00A0]+$|\b(?:reach|reaches|reached|reaching)[ \u00A0]+$/u;

/** Where a person comes from: "a claimant from Leeds", "a mother of two from Croydon" (not "an analyst from Moody's"). */
export const HAILS_FROM =
  /\b(?:man|men|woman|women|boy|boys|girl|girls|mother|father|son|daughter|wife|husband|couple|family|families|resident|residents|claimant|claimants|pensioner|pensioners|student|students|passenger|passengers|tourist|tourists|pilgrim|pilgrims|villager|villagers|farmer|farmers|trader|traders|victim|victims|survivor|survivors|native|refugee|refugees|migrant|migrants|voter|voters|fan|fans|teenager|child|children|grandmother|grandfather|teacher|teachers|nurse|nurses|doctor|doctors|retiree|retirees|holidaymaker|holidaymakers|visitor|visitors|businessman|businessmen|businesswoman|shopkeeper|shopkeepers|mechanic|mechanics|labourer|labourers|laborer|laborers|accountant|accountants)(?:[ \u00A0]+of[ \u00A0]+\p{Ll}+)?[ \u00A0]+from[ \u00A0]+$/u;

/** Nouns that introduce companies but people too ("rival Jane Doe", "tech giant"). */
export const PERSON_OR_BODY_NOUNS = new Set(['rival', 'rivals', 'giant', 'giants', 'party', 'alliance', 'bloc', 'service', 'wire', 'platform', 'channel', 'network']);

/** Titles that are also family names ("John Major", "Ann Bishop"): a run ending on one may be a name. */
export const TITLES_ALSO_SURNAMES = new Set(['Major', 'General', 'Marshal', 'Bishop', 'Dean', 'Judge', 'King', 'Prince', 'Duke', 'Earl', 'Lord', 'Sheriff', 'Chancellor']);

/** "and" or "&" and the next capitalised word, after a title: "President and Chief Legal Officer". */
export const JOINED_TITLE = /^[ \u00A0]+(?:and|&)[ \u00A0]+(\p{Lu}\p{L}*)/u;

/** Names in a list before a word: "Dhaka, Chattogram, " or "Dhaka and ", each of one to three capitalised words. */
export const LIST_BEFORE = /(?<![\p{L}])(?:\p{Lu}[\p{L}]*(?:[ \u00A0](?:(?:da|de|do|dos|das|del|la)[ \u00A0])?\p{Lu}[\p{L}]*){0,2}(?:,[ \u00A0]+|[ \u00A0]+(?:and|or)[ \u00A0]+))+$/u;

/** One-word holidays and festivals, which are events: "the Deepavali weekend", "before Christmas". */
export const HOLIDAYS = new Set(
  `Christmas Easter Diwali Deepavali Ramadan Eid Holi Hanukkah Thanksgiving Navratri Onam Pongal Passover Vesak Songkran
   Nowruz Aidilfitri Halloween Dashain Tihar Chhath Teej Baisakhi Vaisakhi Lohri Bihu Ugadi Janmashtami Muharram Ramzan
   Chuseok Tet Obon Kwanzaa Purim Sukkot Shavuot Hogmanay Ashura Mawlid Arbaeen`.split(/\s+/),
);

/** Holidays and shopping days of two words: "Black Friday", "Boxing Day". */
export const TWO_WORD_HOLIDAYS = new Set(['Black Friday', 'Cyber Monday', 'Boxing Day', 'Good Friday', 'New Year', 'Labor Day', 'Labour Day', 'Memorial Day', 'Independence Day', 'Republic Day', 'Lunar New Year', 'Chinese New Year']);

/** Festival nouns after a name of several words, past one modifier: "the Inti Raymi festival", "the Fiestas Patrias independence celebration". */
export const FESTIVAL_AFTER = /^[ \u00A0]+(?:\p{Ll}+[ \u00A0]+)?(?:festival|festivals|festivities|celebration|celebrations|holiday|holidays|carnival|parade)\b/u;

/** "shares in", "a stake in": what follows is a company. */
export const HOLDING_IN = /\b(?:shares?|stakes?|investments?|holdings?|interests?|trading)[ \u00A0]+in[ \u00A0]+$/i;

/**
 * Lower-case nouns after a name that make it a place ("Sulawesi island", "Kendari city", "the Tangguh LNG
 * facility"), or that head an appositive saying so (", the country’s busiest container port").
 */
export const PLACE_FOLLOWERS = new Set(
  `province provinces island islands city district region village town port county peninsula valley river strait
   coast prefecture governorate oblast municipality regency suburb neighbourhood neighborhood airport capital harbour
   harbor deposit deposits mine mines oilfield gasfield basin delta plateau desert plant facility refinery stadium
   racecourse districts regions villages towns counties cities prefectures municipalities field fields neighbourhoods
   neighborhoods suburbs terminal terminals crossing crossings`.split(/\s+/),
);

/** Trades a company or a single person may ply: "an importer", "a grower". */
export const PERSONAL_TRADES = new Set(['importer', 'exporter', 'trader', 'dealer', 'supplier', 'producer', 'grower', 'farmer', 'contractor', 'publisher', 'retailer', 'wholesaler', 'distributor', 'broker']);

/** Works that a company owns, after a possessive name: "Hyundai’s plant" names the company, not a place. */
export const OWNED_WORKS = new Set(['plant', 'facility', 'refinery', 'mine', 'mines', 'deposit', 'deposits', 'oilfield', 'gasfield', 'field', 'fields']);

/** The rest of a list after a name: " and Gazipur", " and several other towns", ", Gazipur and Khulna". */
export const LIST_GOES_ON = /^(?:[ \u00A0]+(?:and|or)[ \u00A0]|,[ \u00A0]+\p{Lu}[\p{L}]*(?:[ \u00A0]\p{Lu}[\p{L}]*)*(?:,|[ \u00A0]+(?:and|or)[ \u00A0]))/u;

/** Plural nouns of administrative places, which a list of names comes before or after ("the districts of A, B and C"). */
const PLACE_PLURALS = 'districts|provinces|regions|villages|towns|counties|cities|islands|prefectures|municipalities|states|neighbourhoods|neighborhoods|suburbs';
/** "the districts of A, B and ": a list of places opened by its plural noun. */
export const PLACES_OF_BEFORE = new RegExp(`\\b(?:${PLACE_PLURALS})[ \\u00A0]+of[ \\u00A0]+$`);
/** ", B and C districts": the rest of a list of places closed by its plural noun. */
export const PLACES_AFTER = new RegExp(
  `^(?:(?:,[ \\u00A0]+|[ \\u00A0]+(?:and|or)[ \\u00A0]+)\\p{Lu}[\\p{L}]*(?:[ \\u00A0](?:(?:da|de|do|dos|das|del|la)[ \\u00A0])?\\p{Lu}[\\p{L}]*){0,3})*[ \\u00A0]+(?:${PLACE_PLURALS})\\b`,
  'u',
);

/** A verb right after a name: an auxiliary, "said", or a present or past form ("leaves", "joined"). */
export const VERB_AFTER_NAME = /^[ \u00A0]+(?:is|was|has|had|will|would|can|could|said|says|\p{Ll}{2,}(?:s|ed))\b/u;

/** "the Palam air base", "the Tarvia nuclear power plant": a military or energy site named after its place. */
export const SITE_AFTER = /^[ \u00A0]+(?:(?:air|naval|military|army|nuclear|power|hydroelectric|hydropower|coal|gas|solar|wind|atomic|thermal)[ \u00A0]+){1,2}(?:base|plant|station|facility|complex|project)\b/;

/** "the club's Hambrook training ground": a site where a team trains is a place. */
export const TRAINING_SITE_AFTER = /^[ \u00A0]+training[ \u00A0]+(?:ground|grounds|centre|center|complex|camp|facility|base)\b/;

/** Capitalised last words that make a run of names a place. */
export const PLACE_HEADS = new Set(
  `Park Square Street Avenue Road Bridge Airport Station Harbour Harbor Palace Island Islands Province Region District
   Valley River Strait Sea Ocean Peninsula Coast Mountains Hills Lake Bay Gulf Canal Route Corridor Base Stadium Port
   Highway Freeway Motorway Expressway Pradesh Oblast Krai Prefecture County Territory Governorate Municipality Canton
   Emirate Borough Parish Delta Plateau Desert Basin Shelf Trench Rift Ridge Margin Ground Arena Oval Bazar Bazaar Vineyard Cantonment
   Fault Glacier Gorge Canyon Lagoon Reef Boulevard Quay Quarter Dam Reservoir Barrage Plant Refinery Terminal Railway Subway Tramway Monorail Bhavan Bhawan Marg Chowk
   Circuit Speedway Raceway Racecourse Velodrome Springs Falls Heights Creek Beach Bend Panhandle Highlands Lowlands Wetlands`.split(/\s+/),
);

/** First words of place names abbreviated with a full stop: "St. Louis", "Mt. Kenya", "Ft. Worth". */
const DOTTED_PLACE_PREFIXES = ['St', 'Ste', 'Mt', 'Ft', 'Pt'];

/** Is `word` (without its full stop) an abbreviated first word of a place name? */
export function isDottedPlacePrefix(word: string): boolean {
  return DOTTED_PLACE_PREFIXES.includes(word);
}

/**
 * First words that make a run of names a place, in English and in the languages of many place names:
 * "Puerto Montt", "Santa Cruz", "Villa Alemana", "Cerro Negro", "Los Angeles", "Avenida Costanera", "Fort Worth".
 */
const PLACE_PREFIXES = new Set(
  `Puerto Porto Port Santa Santo San São Sao Villa Vila Ciudad Cerro Río Rio Playa Punta Isla Ilha Lago Laguna Bahía
   Bahia Monte Mount Mont Sierra Costa Avenida Calle Plaza Paseo Rua Praça Fort Lake Cape Cabo Los Las Nueva Nuevo
   Nova Novo Sankt Bukit Kampung Ras Tel Wadi Ain Kafr Rue Place Boulevard Avenue Piazza Mt Ft Pt Greater`
    .split(/\s+/)
    .concat(DOTTED_PLACE_PREFIXES.map((p) => `${p}.`)),
);

/** A name of two words or more opening with a place prefix: "Santa Inés", "Puerto Montt". */
export function startsWithPlacePrefix(name: string): boolean {
  const [first, ...rest] = name.split(/[ \u00A0]+/);
  return rest.length > 0 && PLACE_PREFIXES.has(first);
}

/** Lower-case nouns after a name that make "the <name> <noun>" a named disaster: "the Tralca fire", "the Grenfell fire". */
export const DISASTER_NOUNS = new Set(
  `fire fires wildfire wildfires blaze bushfire bushfires earthquake quake flood floods flooding eruption landslide
   mudslide tsunami cyclone typhoon hurricane storm tornado explosion blast crash derailment collapse spill disaster
   massacre shooting bombing attack attacks pandemic epidemic outbreak`.split(/\s+/),
);

/**
 * Words that, before a place, name a company or a body rather than describe the place: "Air India", "Coal India",
 * and a sport's national body, "Cricket Australia", "Athletics Kenya".
 */
export const BRAND_WORDS = new Set(
  `Air Aero Airlines Airways Rail Railways Post Telecom Radio Television TV Steel Oil Gas Coal Power Petroleum Motors
   Royal Bank Shipping Cement Pharma Telecoms Energy Mobile
   Cricket Rugby Football Athletics Swimming Hockey Tennis Cycling Netball Golf Basketball Rowing Sailing`.split(/\s+/),
);

/** Written before a ship's name: merchant ("MV", "MT") and naval ("HMS", "USS", "INS") prefixes. */
export const VESSEL_PREFIXES = new Set(['MV', 'MS', 'MT', 'SS', 'RMS', 'HMS', 'USS', 'USNS', 'INS', 'HMAS', 'HMCS', 'HMNZS', 'RFS', 'FS', 'CNS']);

/** Written before a company's name in many countries: "PT Vale Indonesia", "PJSC Gazprom". */
export const LEGAL_PREFIXES = new Set(['PT', 'PJSC', 'JSC', 'OJSC', 'OAO', 'PAO', 'ZAO', 'CV', 'LLC', 'TBK']);

/** What only a company is called: "market leader Safaricom", "a unit of Norway's Telenor". */
export const COMPANY_BEFORE = /\b(?:(?:market|industry|sector)[ \u00A0]+leader|(?:unit|subsidiary|arm|division|affiliate)[ \u00A0]+of)[ \u00A0]+(?:the[ \u00A0]+)?(?:\p{Lu}[\p{L}.]*[’']s[ \u00A0]+)?$/u;

/** An airline's designator: two letters, or a letter and a digit ("SG", "6E"). */
export const AIRLINE_CODE = String.raw`(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])`;

/** The word before a flight's number, with the "No." some write: "flight ", "Flight No. ", "flight number ". */
export const FLIGHT_LEAD = String.raw`[Ff]light[ \u00A0]+(?:(?:No\.|number)[ \u00A0]+)?`;

/** An airline's flight code: its designator, then a number ("SG417", "AI101", "6E204"). */
export const FLIGHT_CODE = new RegExp(`^${AIRLINE_CODE}\\d{1,4}[A-Z]?$`);

/** Nouns of a way or a traffic between places, before "between", "linking" or "connecting". */
const ROUTE_NOUNS = String.raw`(?:link|links|line|lines|route|routes|road|roads|highway|highways|railway|rail|corridor|border|flights|trains|ferry|ferries|bridge|pipeline|distance|journey|traffic|tunnel|canal|expressway|motorway)[ \u00A0]+(?:between|linking|connecting)[ \u00A0]+(?:the[ \u00A0]+)?`;
/** A route between two places, or a road linking them: the first name after it is a place. */
export const ROUTE_BETWEEN = new RegExp(String.raw`\b${ROUTE_NOUNS}$`);
/** The second place of such a route: "a rail link between Rasht and ". */
export const ROUTE_BETWEEN_AND = new RegExp(String.raw`\b${ROUTE_NOUNS}\p{Lu}[\p{L}’'-]*(?:[ \u00A0]+\p{Lu}[\p{L}’'-]*){0,3}[ \u00A0]+and[ \u00A0]+(?:the[ \u00A0]+)?$`, 'u');
/** Places given as examples of a kind: "border towns such as Elubo and Aflao", "cities like Rasht". */
export const PLACES_SUCH_AS = /\b(?:towns|cities|villages|places|ports|districts|regions|provinces|states|countries|capitals|hubs|areas|crossings|destinations)[ \u00A0]+(?:such[ \u00A0]+as|like|including)[ \u00A0]+(?:\p{Lu}[\p{L}’'-]*(?:[ \u00A0]+\p{Lu}[\p{L}’'-]*)*(?:,[ \u00A0]+|[ \u00A0]+and[ \u00A0]+|[ \u00A0]+or[ \u00A0]+))*$/u;

/** Words after a name that make it a company: its shares, staff or legal form ("Kestrel Forge shares jumped"). */
export const COMPANY_STAKE_AFTER =
  /^(?:[’']s)?[ \u00A0]+(?:shares(?![ \u00A0]+(?:his|her|their|its|a|an|the|my|our|your)\b)|stock|shareholders|stockholders|employees|workforce|headquarters|Inc\b|Corp\b|Ltd\b|plc\b|LLC\b)/;
/** Words before a name that make it a company: it is bought, merged or invested in ("to buy Kestrel Forge"). */
export const COMPANY_SALE_BEFORE = /\b(?:buy|buys|bought|buying|acquire|acquires|acquired|acquiring|acquisition of|takeover of|merger with|purchase of|stake in|shares of)[ \u00A0]+$/;
