// Words that news reports use interchangeably for one idea, and British/American spelling pairs.
// Comparing statements across outlets needs them: one writes "trip", another "visit"; one "defence",
// another "defense". General newsroom vocabulary only — nothing tied to one story.

const CONCEPTS: string[][] = [
  ['visit', 'trip', 'tour', 'journey'],
  ['buy', 'buyer', 'purchase', 'purchaser', 'procure', 'procurement', 'acquire', 'acquisition'],
  ['import', 'intake'],
  ['export', 'shipment'],
  ['sell', 'sale', 'supply', 'supplier', 'deliver', 'delivery'],
  ['agreement', 'deal', 'contract', 'accord', 'pact', 'treaty', 'memorandum', 'memoranda', 'mou', 'mous', 'document'],
  ['talk', 'negotiation', 'negotiate', 'discussion', 'discuss', 'dialogue'],
  ['impose', 'levy', 'slap'],
  ['tariff', 'duty', 'duties', 'levies'],
  ['increase', 'rise', 'raise', 'grow', 'growth', 'surge', 'soar', 'expand', 'boost', 'climb', 'jump', 'rally', 'rebound', 'leap', 'spike', 'swell'],
  ['decrease', 'decline', 'fall', 'drop', 'reduce', 'reduction', 'cut', 'shrink', 'lower', 'slash', 'slip', 'slide', 'dip', 'tumble', 'plunge', 'sink'],
  ['weapon', 'arm', 'arms', 'weaponry', 'armament', 'munition'],
  ['defense', 'military', 'security'],
  ['production', 'manufacture', 'manufacturing', 'produce', 'build', 'make'],
  ['joint', 'jointly', 'co-production', 'coproduction', 'together'],
  ['relationship', 'ties', 'relations', 'partnership', 'cooperation', 'alliance'],
  ['country', 'nation', 'state'],
  ['leader', 'head', 'chief'],
  ['say', 'state', 'tell', 'claim', 'assert', 'declare', 'confirm'],
  ['worry', 'concern', 'fear', 'anxiety'],
  ['pressure', 'demand', 'push'],
  ['sanction', 'restriction', 'measure'],
  ['fine', 'fined', 'fines', 'penalty', 'penalties', 'penalise', 'penalize'],
  ['appeal', 'challenge', 'contest', 'overturn'],
  ['delay', 'postpone', 'disrupt', 'disruption', 'pending', 'stall'],
  ['meet', 'meeting', 'summit', 'talks'],
  ['economy', 'economic'],
  ['strategy', 'strategic'],
  ['isolate', 'isolation', 'exclude', 'shun'],
  ['war', 'conflict', 'invasion', 'fighting'],
  ['company', 'firm', 'business', 'corporation'],
  ['market', 'trade', 'commerce'],
  ['rarely', 'seldom', 'infrequently'],
  ['fund', 'finance', 'support', 'bankroll'],
  ['crude', 'oil', 'petroleum'],
  ['official', 'diplomat', 'government'],
  ['analyst', 'expert', 'observer', 'scholar'],
  ['major', 'top', 'biggest', 'largest', 'main', 'primary', 'leading', 'key'],
  ['long', 'decade', 'decades', 'longstanding', 'historic', 'historically', 'traditional'],
  ['balance', 'balancing', 'hedge'],
  ['injure', 'injury', 'injured', 'hurt', 'wound', 'wounded', 'harm'],
  ['death', 'dead', 'die', 'died', 'kill', 'killed', 'fatality', 'fatal', 'slay', 'slain', 'murder'],
  ['vehicle', 'car', 'automobile', 'motorcar'],
  ['aircraft', 'plane', 'airplane', 'aeroplane', 'airliner'],
  ['vessel', 'ship', 'boat'],
  ['container', 'teu', 'teus'],
  ['job', 'role', 'position', 'post', 'worker', 'employee', 'staff', 'workforce', 'employ', 'employment'],
  ['fire', 'blaze', 'wildfire', 'bushfire', 'inferno', 'flames'],
  ['home', 'house', 'dwelling'],
  ['household', 'family'],
  ['evacuate', 'evacuation', 'evacuee', 'flee', 'fled', 'displace', 'displacement'],
  ['land', 'landing', 'touchdown'],
];

/** Concepts that name countable things, which a generic counter ("430,000 units") can stand for. */
const COUNTABLE_THING_CONCEPTS = new Set(['~vehicle', '~aircraft', '~vessel', '~container', '~home', '~weapon', '~job']);

export function isCountableThingConcept(concept: string): boolean {
  return COUNTABLE_THING_CONCEPTS.has(concept);
}

/**
 * Phrasal verbs that mean one listed concept: "scaled back its purchases" reduces them. Keyed by the
 * verb's base form and its particle; the particle then adds nothing of its own.
 */
const PHRASAL_VERBS: [string, string, string][] = [
  ['scale', 'back', 'decrease'],
  ['scale', 'down', 'decrease'],
  ['cut', 'back', 'decrease'],
  ['cut', 'down', 'decrease'],
  ['pull', 'back', 'decrease'],
  ['roll', 'back', 'decrease'],
  ['wind', 'down', 'decrease'],
  ['step', 'up', 'increase'],
  ['ramp', 'up', 'increase'],
  ['scale', 'up', 'increase'],
  ['stock', 'up', 'buy'],
  ['shore', 'up', 'fund'],
  ['prop', 'up', 'fund'],
  ['put', 'off', 'delay'],
  ['hold', 'up', 'delay'],
  ['sit', 'down', 'meet'],
  ['sign', 'up', 'agreement'],
  ['touch', 'down', 'land'],
];

/** Verb stem → particle → concept. */
let phrasalIndex: Map<string, Map<string, string>> | undefined;

/**
 * The particles that make a verb (given by its stem) a listed phrasal verb, each with the concept it then means;
 * undefined for the great majority of words, so callers look at the next word only after such a verb.
 */
export function phrasalParticlesOf(verbStem: string, stemOf: (w: string) => string): ReadonlyMap<string, string> | undefined {
  if (!phrasalIndex) {
    phrasalIndex = new Map();
    for (const [verb, particle, concept] of PHRASAL_VERBS) {
      const key = stemOf(verb);
      const particles = phrasalIndex.get(key) ?? new Map<string, string>();
      particles.set(particle, `~${concept}`);
      phrasalIndex.set(key, particles);
    }
  }
  return phrasalIndex.get(verbStem);
}

/**
 * British → American spellings, applied before stemming. Each rule looks at the word's base and its
 * inflection, so "organised"/"organizing" and "travelled"/"traveling" meet, while words that only look
 * British ("rising", "falling", "promise", "flour") keep their form and still match their own inflections.
 */
const ISE_WORD = /^(.{3,}?)is(e|ed|es|ing|ation|ations)$/;
/** Words in -ise that American English spells the same way. */
const ISE_KEEP = new Set(
  ('advertise advise apprise appraise arise braise bruise chastise circumcise comprise compromise concise cruise demise ' +
    'despise devise disguise enterprise excise exercise expertise franchise guise improvise incise likewise merchandise ' +
    'noise otherwise paradise poise praise precise premise promise raise reprise revise supervise surmise surprise ' +
    'televise treatise turquoise tortoise porpoise valise wise clockwise').split(' '),
);
/** -lled/-lling: British doubles the l of an unstressed final syllable (travel, cancel, signal). */
const LLED_WORD = /^(.+[aeiou])ll(ed|ing|er|ers)$/;
const L_DOUBLING_BASES = new Set(
  ('travel cancel label model fuel level channel tunnel counsel jewel marvel quarrel shovel signal total dial equal ' +
    'initial pedal rival marshal libel funnel panel parcel pencil snorkel yodel grovel revel duel').split(' '),
);
const OUR_WORD = /^(.{2,})our(s|ed|ing|ite|ites|able|er|ers|ful)?$/;
const OUR_KEEP = new Set('flour devour detour contour velour amour paramour troubadour scour'.split(' '));
const ENCE_WORD = /^(defen|offen|licen|preten)c(e|es)$/;
/** -re words American English spells -er. */
const RE_WORD = /^(.+)re(s|d)?$/;
const RE_BRITISH = new Set('centre metre theatre litre fibre calibre sombre spectre sabre lustre mitre nitre'.split(' '));

/** British spellings no rule covers, by their stem-like start; the inflection after it is kept ("roubles" → "rubles"). */
const BRITISH_WORDS: [RegExp, string][] = [
  [/^rouble/, 'ruble'], [/^programme/, 'program'], [/^aluminium/, 'aluminum'], [/^tyre/, 'tire'], [/^grey/, 'gray'],
  [/^jewellery/, 'jewelry'], [/^sceptic/, 'skeptic'], [/^mould/, 'mold'], [/^plough/, 'plow'], [/^storey/, 'story'],
  [/^manoeuvr/, 'maneuver'], [/^paediatric/, 'pediatric'], [/^haemorrhag/, 'hemorrhag'], [/^anaesthe/, 'anesthe'],
  [/^oestrogen/, 'estrogen'], [/^foetus/, 'fetus'], [/^cheque/, 'check'], [/^enrol(?!l)/, 'enroll'], [/^fulfil(?!l)/, 'fulfill'],
];

export function americanSpelling(lowerWord: string): string {
  if (lowerWord.length < 4) return lowerWord;
  for (const [british, american] of BRITISH_WORDS) if (british.test(lowerWord)) return lowerWord.replace(british, american);
  if (lowerWord.length < 5) return lowerWord;
  let m = ISE_WORD.exec(lowerWord);
  if (m && !ISE_KEEP.has(`${m[1]}ise`)) return `${m[1]}iz${m[2]}`;
  m = LLED_WORD.exec(lowerWord);
  if (m && L_DOUBLING_BASES.has(`${m[1]}l`)) return `${m[1]}l${m[2]}`;
  m = OUR_WORD.exec(lowerWord);
  if (m && !OUR_KEEP.has(`${m[1]}our`)) return `${m[1]}or${m[2] ?? ''}`;
  m = ENCE_WORD.exec(lowerWord);
  if (m) return `${m[1]}s${m[2]}`;
  m = RE_WORD.exec(lowerWord);
  if (m && RE_BRITISH.has(`${m[1]}re`)) return `${m[1]}er${m[2] === 'd' ? 'ed' : m[2] ?? ''}`;
  if (/ogue$/.test(lowerWord) && lowerWord.length > 6) return lowerWord.slice(0, -2);
  return lowerWord;
}

/** Concept of each listed word and of its stem, so inflections ("reduced", "purchases") find it too. */
let conceptIndex: Map<string, string> | undefined;

/** The concept a (lower-case) word with the given stem belongs to, if any. */
export function conceptOf(lowerWord: string, stemmed: string, stemOf: (w: string) => string): string | undefined {
  if (!conceptIndex) {
    conceptIndex = new Map();
    for (const words of CONCEPTS) {
      for (const w of words) {
        const id = `~${words[0]}`;
        if (!conceptIndex.has(w)) conceptIndex.set(w, id);
        const st = `#${stemOf(americanSpelling(w))}`;
        if (!conceptIndex.has(st)) conceptIndex.set(st, id);
      }
    }
  }
  return conceptIndex.get(lowerWord) ?? conceptIndex.get(`#${stemmed}`);
}
