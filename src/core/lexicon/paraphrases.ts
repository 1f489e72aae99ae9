// Words that news reports use interchangeably for one idea, and British/American spelling pairs.
// Comparing statements across outlets needs them: one writes "trip", another "visit"; one "defence",
// another "defense". General newsroom vocabulary only — nothing tied to one story.

const CONCEPTS: string[][] = [
  ['visit', 'trip', 'tour', 'journey'],
  ['buy', 'buyer', 'purchase', 'purchaser', 'procure', 'procurement', 'acquire', 'acquisition'],
  ['import', 'intake'],
  ['export', 'shipment'],
  ['sell', 'sale', 'supply', 'supplier', 'deliver', 'delivery'],
  ['agreement', 'deal', 'contract', 'accord', 'pact', 'treaty'],
  ['talk', 'negotiation', 'negotiate', 'discussion', 'discuss', 'dialogue'],
  ['impose', 'levy', 'slap'],
  ['tariff', 'duty', 'duties', 'levies'],
  ['increase', 'rise', 'raise', 'grow', 'growth', 'surge', 'soar', 'expand', 'boost', 'climb', 'jump'],
  ['decrease', 'decline', 'fall', 'drop', 'reduce', 'reduction', 'cut', 'shrink', 'lower', 'slash'],
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
  ['sanction', 'penalty', 'restriction', 'measure'],
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
  ['death', 'dead', 'die', 'died', 'kill', 'killed', 'fatality', 'fatal'],
  ['vehicle', 'car', 'automobile', 'motorcar'],
  ['aircraft', 'plane', 'airplane', 'aeroplane', 'airliner'],
  ['fire', 'blaze', 'wildfire', 'bushfire', 'inferno', 'flames'],
  ['home', 'house', 'dwelling'],
];

/** British → American spelling endings and words, applied before stemming. */
const SPELLING: [RegExp, string][] = [
  [/ence$/, 'ense'], // defence, offence, licence
  [/our$/, 'or'], // labour, favour
  [/ourite$/, 'orite'],
  [/tre$/, 'ter'], // centre, metre
  [/ise$/, 'ize'],
  [/ised$/, 'ized'],
  [/ising$/, 'izing'],
  [/isation$/, 'ization'],
  [/ogue$/, 'og'],
  [/lled$/, 'led'],
  [/lling$/, 'ling'],
];
const SPELLING_EXCEPTIONS = new Set(['since', 'hence', 'fence', 'evidence', 'sequence', 'science', 'experience', 'presence', 'influence', 'conference', 'sentence', 'audience', 'confidence', 'difference', 'independence', 'intelligence', 'reference', 'violence', 'silence', 'sense', 'hour', 'our', 'four', 'pour', 'tour', 'your', 'sour', 'flour', 'rise', 'wise', 'otherwise', 'precise', 'concise', 'promise', 'premise', 'exercise', 'expertise', 'enterprise', 'surprise', 'compromise', 'advertise', 'franchise', 'merchandise', 'dialogue', 'tell', 'fell', 'sell', 'well', 'will', 'still', 'fill', 'kill', 'call', 'fall', 'all', 'wall', 'ball', 'hall', 'mall', 'tall', 'bill', 'skill', 'till', 'dwell', 'spell', 'shell', 'smell', 'swell', 'yell']);

export function americanSpelling(lowerWord: string): string {
  if (lowerWord.length < 5 || SPELLING_EXCEPTIONS.has(lowerWord)) return lowerWord;
  for (const [re, rep] of SPELLING) if (re.test(lowerWord)) return lowerWord.replace(re, rep);
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
