// The noun phrase of an appositive right after a name: "Harwick, the country’s busiest container port",
// "Norden Line, the Copenhagen-based carrier", "Dr Tomas Varga, a pharmacologist at the institute". Its head noun
// says what the name is; entities, products and speakers each ask about their own kind of noun.

/** Words that end the appositive's noun phrase: prepositions, relatives and the participles that follow a head. */
const PHRASE_ENDS = new Set(
  `of at for with in on by to from into about over under between that which who whose where when and or but
   across near outside inside beyond along around behind below above off just some after before since than
   operated owned made built used run based dissolved sold known called named launched`.split(/\s+/),
);

const MAX_WORDS = 7;

/** Particles after a participle: "sailing up", "heading out". */
const PARTICLES = new Set(['up', 'down', 'out', 'through', 'along', 'past', 'toward', 'towards', 'back', 'away']);

/**
 * The words of the appositive noun phrase after a name ending at `end` — ", a|an|the …" up to a preposition, a
 * relative word or a comma — lower-cased, head noun last; undefined when no such appositive follows.
 */
export function appositiveAfter(text: string, end: number): string[] | undefined {
  // The appositive opens with an article or a possessive: ", the carrier", ", Valdoria’s state nuclear company".
  const opening = /^,[ \u00A0]+(?:a|an|the|its|their|his|her|\p{Lu}[\p{L}.]*[’']s)[ \u00A0]+/u.exec(text.slice(end, end + 40));
  if (!opening) return undefined;
  const rest = text.slice(end + opening[0].length, end + opening[0].length + 120);
  // Words keep inner digits, commas and hyphens ("9,000-container", "Copenhagen-based").
  const words: string[] = [];
  const tokens = [...rest.matchAll(/[\p{L}\d](?:[\p{L}\d’'-]|,(?=\d))*|[,.;:!?()“”"—–]/gu)].map((m) => m[0]);
  for (const [k, w] of tokens.entries()) {
    if (!/^[\p{L}\d]/u.test(w)) break;
    // Nouns coordinated inside the phrase: "Kestrel's annual food and beverages fair".
    if (words.length > 0 && (w === 'and' || w === 'or') && coordinatesInside(tokens, k + 1)) {
      words.push(w);
      continue;
    }
    if (PHRASE_ENDS.has(w.toLowerCase()) || words.length === MAX_WORDS) break;
    // An article after the head opens a clause: "a syrup the company sold".
    if (words.length > 0 && /^(?:a|an|the)$/i.test(w)) break;
    // A participle with its particle or preposition follows the head: "a 255-metre vessel sailing up the river".
    const next = tokens[k + 1]?.toLowerCase() ?? '';
    if (words.length > 0 && /^\p{Ll}{3,}ing$/u.test(w) && (PHRASE_ENDS.has(next) || PARTICLES.has(next))) break;
    words.push(w.toLowerCase());
  }
  return words.length > 0 ? words : undefined;
}

/**
 * Do the tokens from `from` run on as one or two more lower-case words of the same phrase, to its end at a
 * punctuation mark ("and beverages fair,")? Not when they open a phrase of their own ("and the region's port").
 */
function coordinatesInside(tokens: string[], from: number): boolean {
  let n = 0;
  for (let k = from; k < tokens.length; k++) {
    const t = tokens[k];
    if (!/^[\p{L}\d]/u.test(t)) return n >= 2 && /^[,.;:!?)—–]$/.test(t);
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t) || PHRASE_ENDS.has(t) || /^(?:a|an|the)$/.test(t) || ++n > 3) return false;
  }
  return false;
}

/** The head noun of the appositive after a name, lower case, if any. */
export function appositiveHead(text: string, end: number): string | undefined {
  const words = appositiveAfter(text, end);
  return words?.[words.length - 1];
}
