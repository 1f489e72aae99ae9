// Named equipment by shape: model designations ("MIM-104", "F-15EX", "V-450", "KV-220", "MiG-29", "F-16s"),
// optionally with the maker written before ("Boeing F-15EX") and a proper name after ("MIM-104 Patriot").

import { isNumberedThing } from '../lexicon/designators';
import { appositiveHead } from '../text/appositive';
import { isDemonym, isPlaceName } from '../lexicon/places';
import { isTitleWord } from '../lexicon/titles';
import { hasCommonWordShape, isCalendarWord, isCommonWord } from './commonWords';
import { isDiseaseCodePrefix } from '../lexicon/diseases';
import { isTitleShaped, withoutClosingPunctuation, WORK_NOUN } from '../lexicon/works';
import type { Span } from '../types';

export interface EquipmentSpan {
  start: number;
  end: number;
}

// Letters, a hyphen, then a number with optional letter/digit suffix. Lookarounds keep it inside word bounds.
// A second number after another hyphen is a variant: "L-72-400", "Tu-154-2".
const DESIGNATION_RE = /(?<![\p{L}\p{N}.-])(\p{Lu}[\p{L}]{0,11})[-‑](\d{1,4}[\p{L}\d]{0,6}(?:[-‑]\d{1,4}[\p{L}\d]{0,2})?|\p{Lu}{1,2}\d{1,3}[\p{L}\d]{0,3})(?![\p{L}\p{N}]|[-‑]\p{N})/gu;

/** Prefixes that make a letters-number shape something other than equipment ("Article-370"; diseases apart). */
const NOT_EQUIPMENT_PREFIX = new Set(
  'h1n1 article section chapter class grade level phase stage size type top under over year page route highway form vol no g p'.split(' '),
);

/** Nouns that mark the capitalised word before them as an equipment name ("Veyra fighter", "Durvan submarines"). */
const EQUIPMENT_NOUNS = new Set(
  `jet jets fighter fighters aircraft airplane airplanes plane planes bomber bombers helicopter helicopters drone drones
   submarine submarines sub subs tank tanks missile missiles rocket rockets launcher launchers frigate frigates destroyer
   destroyers corvette corvettes warship warships carrier carriers rifle rifles howitzer howitzers interceptor
   interceptors airliner airliners satellite satellites class-submarines spacecraft`.split(/\s+/),
);

export function isEquipmentNoun(word: string): boolean {
  return EQUIPMENT_NOUNS.has(word.toLowerCase());
}

/** Nouns for ships, trains and products that a name before or after them names: "vessel Coral Star", "Tussin DX syrup". */
const PRODUCT_NOUNS = new Set(
  `vessel vessels ship ships tanker tankers freighter freighters ferry ferries yacht trawler liner containership
   train trains trainset trainsets locomotive locomotives syrup syrups tablet tablets pill pills capsule capsules inhaler
   smartphone smartphones handset handsets laptop laptops processor processors chipset
   software suite browser chatbot smartwatch smartwatches console consoles headset headsets drillship drillships
   rig rigs scanner scanners limousine limousines sedan sedans hatchback hatchbacks minivan minivans`.split(/\s+/),
);

/** Machines a design's name comes before: "a Hualong One reactor". */
const MACHINE_NOUNS_AFTER = new Set(['reactor', 'reactors', 'turbine', 'turbines']);

/** Nouns of software that even a name ending in an organisation's head word comes before: "the Office suite". */
const SOFTWARE_NOUN_AFTER = /^[ \u00A0]+(?:suite|software|browser)\b/;

/** Is a software noun right after the name ending at `end` ("Quill Office suite", "Office software")? */
export function softwareNounAfter(text: string, end: number): boolean {
  return SOFTWARE_NOUN_AFTER.test(text.slice(end, end + 12));
}

/** Nouns that a maker's name also comes before ("the Pfizer vaccine"): evidence of a product only before or after a comma. */
const MAKER_PRODUCT_NOUNS = new Set('vaccine vaccines drug drugs medicine medicines'.split(' '));

function isProductNoun(lower: string): boolean {
  return PRODUCT_NOUNS.has(lower) || EQUIPMENT_NOUNS.has(lower);
}

/** Lower-case words that end the noun phrase after a name: a product noun must come before any of them. */
const PHRASE_STOPS = /^(?:of|and|or|the|a|an|to|in|on|at|for|with|by|from|is|was|are|were|has|had|have|will|would|said|says|that|which|who|aboard|onboard|via)$/;

/** Products of a kind, then an example: "drugs such as", "treatments like", "drugs in the same class as". */
const PRODUCT_EXAMPLE_BEFORE = /\b(?:(?:drugs?|medicines?|medications?|treatments?|infusions?|vaccines?|jabs?|pills?|tablets?|injections?|therapies|antibodies)[ \u00A0]+(?:such[ \u00A0]+as|like|including)|(?:same|a)[ \u00A0]+(?:family|class)[ \u00A0]+(?:of[ \u00A0]+drugs[ \u00A0]+)?as)[ \u00A0]+$/;

/** "sold under the brand name Glyvora", "sold as Glyvora", "branded Glyvora": a product's trade name follows. */
const BRAND_BEFORE = /\b(?:brand[ \u00A0]+name|trade[ \u00A0]+name|brand|branded|sold[ \u00A0]+as|marketed[ \u00A0]+as)[ \u00A0]+$/;

/**
 * Does the text around the name at [start, end) say it names a product or a machine: a product noun after it
 * past up to two modifiers ("Tarkan supersonic cruise missiles", "Tussin DX cough syrup"), right before it
 * ("the vessel Coral Star", "cough syrup Tussin DX"), in an appositive (", a 9,000-container vessel"), or after a
 * trade-name cue ("sold as Glyvora")?
 */
export function namesProduct(text: string, start: number, end: number, apposition = appositiveHead(text, end)): boolean {
  if (BRAND_BEFORE.test(text.slice(Math.max(0, start - 24), start))) return true;
  // "drugs in the same class as Ozempic", "infusions such as Leqembi": a product given as an example of its kind.
  if (PRODUCT_EXAMPLE_BEFORE.test(text.slice(Math.max(0, start - 48), start))) return true;
  // Past a code in brackets: "a Hualong One (HPR1000) reactor". (A machine noun names a model only after it: the
  // "six-reactor Tarvia plant" is a place.)
  const bracket = /^[ \u00A0]+\([\p{Lu}\d][\p{L}\d-]{0,11}\)/u.exec(text.slice(end, end + 16));
  if (nounAhead(text, end + (bracket?.[0].length ?? 0), (w) => isProductNoun(w) || MACHINE_NOUNS_AFTER.has(w))) return true;
  // (Or before a comma: "its dengue vaccine, Dengvaxia,"; or the name it was given: "the Kestrel spacecraft, named Tarsk".)
  // (Not any machine before a comma: "more fighter jets, Ivo Marek said".)
  const before = /([\p{Ll}]+),?[ \u00A0]+((?:named|dubbed|christened)[ \u00A0]+)?$/u.exec(text.slice(Math.max(0, start - 32), start));
  if (before && (PRODUCT_NOUNS.has(before[1]!) || MAKER_PRODUCT_NOUNS.has(before[1]!) || (before[2] && EQUIPMENT_NOUNS.has(before[1]!)))) return true;
  return apposition !== undefined && (isProductNoun(apposition) || MAKER_PRODUCT_NOUNS.has(apposition));
}

/**
 * What introduces works or products by their titles in quotes: "titles such as", "top games include", "the maker of".
 * Past the quoted titles before this one in the same list ("“Tide,” “Skyfall” and “Ember”").
 */
const QUOTED_TITLE_CUE = new RegExp(
  `(?:\\b${WORK_NOUN}[ \\u00A0]+` +
    '(?:such[ \\u00A0]+as|including|include|includes|like)|\\b(?:maker|makers|developer|developers|publisher|publishers|creator|creators)[ \\u00A0]+of(?:[ \\u00A0]+the)?)' +
    '[ \\u00A0]+(?:[“"‘\'][^“”"‘’\'\\n]{1,40}[”"’\'][ \\u00A0]*,?[ \\u00A0]*(?:and[ \\u00A0]+|or[ \\u00A0]+)?)*[“"‘\']$',
);

/**
 * Titles in quotes in lists of works or products ("games such as “Night Harbour,” “Ember”"), as spans without the
 * punctuation inside the closing mark.
 */
export function quotedTitles(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/[“"‘']([^“”"‘’'\n]{1,40})[”"’']/gu)) {
    const start = m.index! + 1;
    const end = start + withoutClosingPunctuation(m[1]!).length;
    if (isTitleShaped(m[1]!) && QUOTED_TITLE_CUE.test(text.slice(Math.max(0, start - 200), start))) out.push({ start, end });
  }
  return out;
}

/** Words after a company's lone name that only the company, never its product, is the subject of. */
const MAKER_ACTION_AFTER = /^[ \u00A0]+(?:(?:has|had|also|later|then)[ \u00A0]+)?(?:issued|issues|released|releases|published|put[ \u00A0]+out|announced|announces|said|says|stated|confirmed|declined|told|added)\b/;
/** A possessive before the maker's model or products: "Varnelco’s best-selling 550 model", "Varnelco's VX fleet". */
const MAKER_POSSESSIVE_AFTER = /^[’']s[ \u00A0]+((?:[\p{L}\d-]+[ \u00A0]+){0,2}[\p{L}\d-]+)/u;
const MAKER_OWNED_NOUNS = new Set(['model', 'models', 'fleet', 'fleets', 'lineup', 'range', 'products', 'factory', 'plant']);

/**
 * Does the lone name ending at `end` act as a maker in its own right ("Varnelco issued a statement", "Varnelco’s
 * best-selling 550 model"), and so name the company, even where the document also names one of its models in full?
 */
export function actsAsMaker(text: string, end: number): boolean {
  const after = text.slice(end, end + 60);
  if (MAKER_ACTION_AFTER.test(after)) return true;
  const owned = MAKER_POSSESSIVE_AFTER.exec(after);
  return owned !== null && owned[1]!.split(/[ \u00A0]+/).some((w) => /\d/.test(w) || MAKER_OWNED_NOUNS.has(w) || isProductNoun(w.toLowerCase()));
}

/**
 * A name with a model letter after a hyphen ("Euvichol-S", "Tenvo-XR") before a product or maker's product noun
 * ("oral cholera vaccine", "tablets"): a product, even though a maker's name also comes before "vaccine".
 */
export function isSuffixedProductName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}\p{Ll}{2,}[-‑]\p{Lu}{1,2}$/u.test(text.slice(start, end))) return false;
  // (Past up to three modifiers, and "systems" too: "the Kestra-S shoulder-fired air defence missile", "Kestra-S portable
  // air defense systems".)
  return nounAhead(text, end, (w) => isProductNoun(w) || MAKER_PRODUCT_NOUNS.has(w) || w === 'system' || w === 'systems', 3);
}

/** Is one of the lower-case words after `end` (a noun past up to two modifiers, before any phrase stop) `wanted`? */
const NOUN_AHEAD = [2, 3].map((n) => new RegExp(`^[ \\u00A0]+((?:[\\p{Ll}][\\p{L}-]*[ \\u00A0]+){0,${n}}[\\p{Ll}][\\p{L}-]*)`, 'u'));

function nounAhead(text: string, end: number, wanted: (lower: string) => boolean, modifiers: 2 | 3 = 2): boolean {
  const ahead = NOUN_AHEAD[modifiers - 2]!.exec(text.slice(end, end + 70));
  for (const w of ahead?.[1]!.split(/[ \u00A0]+/) ?? []) {
    if (PHRASE_STOPS.test(w)) return false;
    if (wanted(w)) return true;
  }
  return false;
}

const WORD_AT_END_RE = /(\p{Lu}[\p{L}]+) $/u;
const MAKER_AT_END_RE = /(?<![\p{L}’'])((?:\p{Lu}[\p{L}]+ ){1,2})$/u;
const WORD_AT_START_RE = /^ (\p{Lu}[\p{L}]+(?:[-‑]\p{Lu}[\p{L}]+)?)(?= [\p{Ll}]|[,.;:]|$)/u;

/** A word that can be (part of) a maker's name: not an ordinary word, a place, a nationality, a title or a date. */
function isMakerWord(word: string): boolean {
  return isNamingWord(word) && !hasCommonWordShape(word);
}

/** Not an ordinary word, a place, a nationality, a title or a date, whatever its shape ("Boeing" looks like a gerund). */
function isNamingWord(word: string): boolean {
  return !isCommonWord(word) && !isPlaceName(word) && !isDemonym(word) && !isTitleWord(word) && !isCalendarWord(word);
}

/** Spans of model designations in `text`, extended by maker and proper name where the text shows them. */
export function findDesignations(text: string): EquipmentSpan[] {
  const spans: EquipmentSpan[] = [];
  // Cheap pre-scan: only places where a hyphen meets a digit can hold a designation.
  const hyphenDigit = /[-‑](?:\d|\p{Lu}{1,2}\d)/gu;
  const starts: number[] = [];
  for (let h = hyphenDigit.exec(text); h; h = hyphenDigit.exec(text)) starts.push(h.index);
  const re = new RegExp(DESIGNATION_RE.source, 'uy');
  for (const hyphen of starts) {
    let from = hyphen - 1;
    while (from > 0 && hyphen - from < 12 && /\p{L}/u.test(text[from - 1])) from--;
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) continue;
    const prefix = m[1];
    // (A year after a word names a plan or an edition: "Vision-2030"; "APR-1400" and "GC-2030", after a code, are models.)
    if (NOT_EQUIPMENT_PREFIX.has(prefix.toLowerCase()) || isDiseaseCodePrefix(prefix) || (/^(?:1[89]|20)\d\d$/.test(m[2]) && /\p{Ll}/u.test(prefix))) continue;
    // A flight, route or account code: "flight RSD-1", "flight No. AI-101", "Room B-2".
    const label = /([\p{L}/]+\.?)\s*$/u.exec(text.slice(Math.max(0, m.index - 16), m.index));
    if (label && isNumberedThing(label[1])) continue;
    let start = m.index;
    let end = m.index + m[0].length;
    // Maker before the designation when it starts with the designation's letters ("Kvelar KV-220MK").
    const before = WORD_AT_END_RE.exec(text.slice(Math.max(0, start - 30), start));
    if (before && prefix.length >= 2 && before[1].toLowerCase().startsWith(prefix.toLowerCase()) && before[1] !== prefix) {
      start -= before[0].length;
    } else {
      // Any maker's name right before it: "Canadair CL-415", "Air Tractor AT-802", "Lockheed Martin F-35".
      const maker = MAKER_AT_END_RE.exec(text.slice(Math.max(0, start - 40), start));
      if (maker && maker[1].trim().split(' ').every(isMakerWord) && !/[.!?:;"“”]\s*$/.test(text.slice(Math.max(0, start - maker[0].length - 3), start - maker[0].length))) {
        start -= maker[0].length;
      }
    }
    // A proper name after it ("MIM-104 Patriot air defense").
    const after = WORD_AT_START_RE.exec(text.slice(end, end + 30));
    if (after) {
      const word = after[1];
      if (isNamingWord(word)) {
        end += after[0].length;
      }
    }
    spans.push({ start, end });
  }
  // A name followed by a short model code without a hyphen: "Sora X5", "Airbus A320", "Audi Q7", "CAT 797F",
  // and a bare number only before a machine noun ("Boeing 737 jets"), since "Kohli 183" is a score.
  for (const m of text.matchAll(SPACED_MODEL_RE)) {
    const name = m[1];
    const codeEnd = m.index! + m[0].length;
    const machine = machineNounAfter(text, codeEnd);
    // A bare number ("Kohli 183" is a score, "Mirage 2000" a year's shape) is a model only before a machine noun, or
    // after a name with a capital inside it, which no person or place has: "SecureGate 5200".
    const camel = /^\p{Lu}\p{Ll}+\p{Lu}/u.test(name);
    if (/^\d+$/.test(m[2]!) && !machine && !(camel && m[2]!.length >= 3)) continue; // "787-9", "797F" or "480 DX" is a model on its own
    // A machine noun after the code, a sub-model after a hyphen ("787-9") or a trim after a space ("737 MAX") is evidence enough for a maker
    // whose name merely looks like a common word ("Boeing").
    const strongCode = machine !== undefined || /[-‑ ]/.test(m[2]!);
    if (isNumberedThing(name) || !(strongCode ? isNamingWord(name) : isMakerWord(name))) continue;
    // "flight GA 612": a label before the name makes the whole a number, not a model.
    const label = /([\p{L}/]+\.?)\s+$/u.exec(text.slice(Math.max(0, m.index! - 16), m.index!));
    if (label && isNumberedThing(label[1])) continue;
    let start = m.index!;
    // Before a machine noun the model takes its maker ("Saab JAS 39", "the Biograph Vision 600 scanner"), and a
    // bare number the names between it and the noun ("JAS 39 Gripen E fighters").
    if (machine || camel) {
      const maker = MAKER_AT_END_RE.exec(text.slice(Math.max(0, start - 40), start));
      if (maker && maker[1].trim().split(' ').every(isMakerWord) && !/[.!?:;"“”]\s*$/.test(text.slice(Math.max(0, start - maker[0].length - 3), start - maker[0].length))) {
        start -= maker[0].length;
      }
    }
    const end = machine && /^\d+$/.test(m[2]!) ? codeEnd + machine.namesLength : codeEnd;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    spans.push({ start, end });
  }
  // A code of capitals glued to a number before a machine noun, past a closing bracket: "(HPR1000) reactor", "A320 jets".
  for (const m of text.matchAll(GLUED_CODE_RE)) {
    const start = m.index!;
    const end = start + m[0].length;
    const after = /^\)/.test(text.slice(end, end + 1)) ? end + 1 : end;
    const machine = machineNounAfter(text, after);
    if (!machine || spans.some((s) => s.start < end && start < s.end)) continue;
    // The names between the code and the machine noun belong to the model: "CR200J Fuxing trainsets".
    spans.push({ start, end: after === end ? end + machine.namesLength : end });
  }
  // A product tier after a name, with or without its generation: "Muse Pro 4", "Nimbus Ultra", "Lumo Mini 2".
  for (const m of text.matchAll(PRODUCT_TIER_RE)) {
    const names = m[1]!.trim().split(' ');
    if (!names.every(isMakerWord)) continue;
    const start = m.index!;
    const end = start + m[0].length;
    if (spans.some((s) => s.start < end && start < s.end)) continue;
    spans.push({ start, end });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** Capitals glued to a number of two digits or more, with an optional letter suffix: "HPR1000", "A320", "CR200J". */
const GLUED_CODE_RE = /(?<![\p{L}\p{N}.-])\p{Lu}{1,5}\d{2,5}\p{Lu}{0,2}(?![\p{L}\p{N}]|[-‑.,:/]\p{N}|%)/gu;

/** One or two names, a tier word that only products carry, and an optional generation number. */
const PRODUCT_TIER_RE = /(?<![\p{L}\p{N}.-])((?:\p{Lu}[\p{Ll}]{2,11} ){1,2})(?:Pro|Ultra|Mini|Lite)(?: \d{1,2})?(?![\p{L}\p{N}]|[-‑.,:/]\p{N}|%)/gu;

const SPACED_MODEL_RE =
  /(?<![\p{L}\p{N}.-])(\p{Lu}[\p{Ll}]{2,11}|\p{Lu}\p{Ll}{1,10}\p{Lu}\p{Ll}{1,10}|\p{Lu}{2,5}) ((?!Q[1-4]\b|H[12]\b|FY)[A-Za-z]{1,2}\d{1,4}[a-zA-Z]{0,2}|\d{1,4}[A-Z]{1,2}|(?!1[89]\d\d\b|20\d\d\b)\d{3,4}[-‑]\d{1,3}[A-Z]{0,2}|(?!1[89]\d\d\b|20\d\d\b)\d{2,4} (?!(?:AM|PM|BC|AD|CE|BCE|GMT|UTC|IST|EST|EDT|PST|CET|BST|MW|GW|KW|KM|MP|MPS)\b)\p{Lu}{2,3}|\d{1,4})(?![\p{L}\p{N}]|[-‑.,:/]\p{N}|%)/gu;

/** Machines, beyond the equipment and product nouns, whose model a bare number names: "CAT 797 trucks", "Boeing 737 fleet". */
const MODEL_NUMBER_NOUNS = new Set(
  'truck trucks haul lorry lorries vehicle vehicles car cars engine engines excavator excavators tractor tractors reactor reactors turbine turbines bus buses model models series fleet'.split(' '),
);

/**
 * A machine noun right after `end`, past up to two names: "Boeing 737 jets", "CAT 797 haul trucks", "A320 Neo planes",
 * "JAS 39 Gripen E fighters"; with the length of those names, which belong to the model.
 */
function machineNounAfter(text: string, end: number): { namesLength: number } | undefined {
  const m = MACHINE_AFTER_RE.exec(text.slice(end, end + 50));
  if (!m) return undefined;
  const noun = m[2]!;
  return isProductNoun(noun) || MODEL_NUMBER_NOUNS.has(noun) || /^(?:SUVs?|S\.U\.V\.)$/.test(noun) ? { namesLength: m[1]!.length } : undefined;
}

/** Up to two names, an optional kind of drive or size ("electric", "twin-engine"), then a lower-case noun or "SUV". */
const MACHINE_AFTER_RE =
  /^((?: \p{Lu}\p{L}*){0,2})(?: (?:electric|hybrid|plug-in|battery-powered|diesel|petrol|gasoline|compact|luxury|mid-size|midsize|twin-engine|wide-body|narrow-body|single-aisle))? (S\.U\.V\.|SUVs?|\p{Ll}+)(?![\p{L}])/u;

/** The designation inside an equipment name: "Tarkan Tk-30MKI" → {letters:"Tk", number:"30", suffix:"MKI"}; "CR200J Fuxing" → CR, 200, J. */
export function parseDesignation(name: string): { letters: string; number: string; suffix: string } | undefined {
  // "Tk-30MKI", and codes with the letters glued to the number: "CR200J", "A320".
  const m = /(\p{Lu}[\p{L}]*)[-‑](\d+)([\p{L}\d]*)/u.exec(name) ?? /(?<![\p{L}\d])(\p{Lu}{1,4})(\d+)([\p{L}\d]*)/u.exec(name);
  if (!m) return undefined;
  return { letters: m[1], number: m[2], suffix: m[3].replace(/s$/, '') };
}
