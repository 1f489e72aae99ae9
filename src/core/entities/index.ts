// Entity extractor: named people, organisations, places, equipment and events in one document, and
// corpus-wide canonical names. Everything comes from general rules, general lexicons and evidence in the text.

import type { DocumentStructure, EntityMention, Span } from '../types';
import { bylineMentions } from './bylines';
import { buildChunks, buildWords } from './candidates';
import { CENT_SIGN_PREFIXES, CODE_ALIASES, CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_NAME_QUALIFIERS, gluedLetterCurrency } from '../lexicon/currencies';
import { codeLabelsNumberedThing } from '../lexicon/designators';
import { medicineNames } from '../lexicon/medicines';
import { lowerCasePlaces } from '../lexicon/places';
import { AIRLINE_CODE, FLIGHT_LEAD, NAMED_STORM } from './cues';
import { SCALE_WORDS } from '../lexicon/numberWords';
import { addCorpusVouched, initialsOf, isSyllabicShortName, resolveCorpus, type DeferredWord } from './canonical';
import { ChunkClassifier, emptyKnowledge, isFamilyNameFirst, type DocumentKnowledge, type RawMention } from './classify';
import { isCommonWord } from './commonWords';
import { actsAsMaker, findDesignations, quotedTitles } from './equipment';
import { startsLower, tokenize, type Token } from './tokens';
import { harmoniseListedBodies } from './listedBodies';
import { isDiseaseCodePrefix } from '../lexicon/diseases';

export { isCommonWord } from './commonWords';

function makeInRanges(ranges: Span[]): (start: number, end: number) => boolean {
  return (start, end) => ranges.some((r) => start < r.end && r.start < end);
}

/** "Biratnagar Airport", "Tribhuvan International Airport": the name before it. */
const AIRPORT_OF = /(?<![\p{L}’'])(\p{Lu}\p{Ll}+)(?:[ \u00A0]+International)?[ \u00A0]+Airport\b/gu;

function learn(knowledge: DocumentKnowledge, text: string, m: RawMention): void {
  const name = text.slice(m.start, m.end);
  if (m.type === 'person') {
    // A guess ("Kestrel said") teaches nothing: a company speaks too.
    if (m.guessed) return;
    knowledge.personNames.add(name);
    const words = name.split(/\s+/);
    const last = words[words.length - 1];
    if (words.length > 1 && !/^\p{Lu}\.?$/u.test(last)) knowledge.surnames.add(last);
    // A Korean-style name puts the family name first, before a hyphenated given name: "Oh Seung-hwan" is Mr Oh.
    if (words.length === 2 && isFamilyNameFirst(words[0]!, last)) knowledge.surnames.add(words[0]!);
    // (Not a first name that is also a word: "Will", "Hope" open sentences as words.)
    const first = words[0]!;
    if (words.length > 1 && first.length > 2 && !isCommonWord(first) && !knowledge.lowercaseWords.has(first.toLowerCase())) knowledge.givenNames.add(first);
  } else if (!m.guessed) {
    // "Cyclone Sagarika" makes a bare "Sagarika" the storm, at a sentence's start too (its canonical name is given below).
    if (m.type === 'event' && NAMED_STORM.test(name)) knowledge.otherNames.set(name.split(/\s+/).at(-1)!, 'event');
    // A guess teaches nothing: later mentions must keep their own evidence, or be guessed again.
    // Evidence of a product ("the Quill Office suite") outweighs a body's head word ("Office") or a place's preposition
    // ("rooted in the Dengvaxia scandal"), wherever it comes.
    const held = knowledge.otherNames.get(name);
    // A place only by its works ("the Codelco mine") is a company where the document says so ("state-owned Codelco").
    const company = held === 'place' && m.type === 'organization' && knowledge.worksNames.has(name);
    if (!held || ((held === 'organization' || held === 'place') && m.type === 'equipment') || company) {
      knowledge.otherNames.set(name, m.type);
      if (m.works && !held) knowledge.worksNames.add(name);
      else knowledge.worksNames.delete(name);
    }
  }
}

/** "Lusmara Research Foundation (LRF)": the acronym in brackets right after a name is another name for it. */
function bracketAcronyms(text: string, mentions: RawMention[]): Map<string, { name: string; type: RawMention['type'] }> {
  const out = new Map<string, { name: string; type: RawMention['type'] }>();
  for (const m of mentions) {
    if (m.type !== 'organization' && m.type !== 'equipment' && m.type !== 'event' && m.type !== 'place') continue;
    const after = /^[ \u00A0]*\(([\p{Lu}][\p{Lu}\d&-]{1,9})\)/u.exec(text.slice(m.end, m.end + 16));
    if (!after) continue;
    const name = text.slice(m.start, m.end);
    // A place only by its initials ("Kuala Lumpur International Airport (KLIA)"): "Marenza (Newswire)" credits an agency.
    if (m.type === 'place' && initialsOf(name) !== after[1]) continue;
    out.set(after[1], { name, type: m.type });
  }
  return out;
}

/** "Corporación Nacional del Cobre (Codelco)", "Petróleo Brasileiro (Petrobras)": full name → short name in brackets. */
function bracketShortNames(text: string, mentions: RawMention[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions) {
    // (Not a person's: "Luiz Inácio Lula da Silva (Lula)" gives a short name, not a body's.)
    if (m.type !== 'organization') continue;
    const after = /^[ \u00A0]*\((\p{Lu}\p{Ll}{3,14})\)/u.exec(text.slice(m.end, m.end + 20));
    const name = text.slice(m.start, m.end);
    if (after && isSyllabicShortName(after[1]!, name)) out.set(name, after[1]!);
  }
  return out;
}

/** "Parkinson's disease", "Down syndrome": the person's name there, and alone ("living with Alzheimer's"), names a condition. */
const EPONYMOUS_CONDITION = /(?<![\p{L}’'])(\p{Lu}\p{Ll}+)(?:['’]s)?[ \u00A0]+(?:disease|syndrome|disorder|palsy)\b/gu;

/**
 * A law by its title: "the International Emergency Economic Powers Act", "the Trade Act of 1974", "the Finance Bill".
 * Laws are none of the entity types, and neither is the acronym a text gives one in brackets ("(IEEPA)").
 */
const LAW_TITLE = /(?<![\p{L}’'-])(?:\p{Lu}[\p{L}’'-]*[ \u00A0]+(?:(?:of|and|on|for|the|Through|through)[ \u00A0]+)?){1,8}(?:Act|Bill|Regulation|Directive)(?![\p{L}-])(?:[ \u00A0]+\((\p{Lu}{2,8})\))?/gu;

function lawTitles(text: string): { spans: Span[]; acronyms: Set<string> } {
  const spans: Span[] = [];
  const acronyms = new Set<string>();
  for (const m of text.matchAll(LAW_TITLE)) {
    spans.push({ start: m.index!, end: m.index! + m[0].length });
    if (m[1]) acronyms.add(m[1]);
  }
  return { spans, acronyms };
}

function eponymousConditions(text: string): Set<string> {
  return new Set([...text.matchAll(EPONYMOUS_CONDITION)].map((m) => m[1]!));
}

/** A capital letter glued to an amount, and the word after it: "N1,574", "P18 billion". */
const LETTER_AMOUNT = String.raw`(\p{Lu})(\d[\d,.]*)(?:[ \u00A0-]+(\p{L}+))?`;
const GLUED_LETTER_AMOUNT = new RegExp(`^${LETTER_AMOUNT}`, 'u');
const GLUED_LETTER_AMOUNTS = new RegExp(String.raw`(?<![\p{L}\p{N}])${LETTER_AMOUNT}`, 'gu');

/** The letters the document writes glued to an amount that is plainly money ("P18 billion"): then "P6" is money too. */
function lettersWrittenAsMoney(text: string): Set<string> {
  const letters = new Set<string>();
  for (const m of text.matchAll(GLUED_LETTER_AMOUNTS)) {
    if (gluedLetterCurrency(m[1]!, m[2]!, m[3])) letters.add(m[1]!);
  }
  return letters;
}

/** A road named by its number: "Interstate 10", "State Highway 2", "Route 66". */
const NUMBERED_ROAD = /\b(?:Interstate|(?:National |State |Federal )?Highway|Route|Motorway|Expressway|Autobahn)[ \u00A0][A-Z]?\d{1,4}[A-Z]?\b/g;

/** A flight by its number, with or without the airline's code: "flight 718", "Flight KA 718", "flight No. KA718". */
const NUMBERED_FLIGHT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${FLIGHT_LEAD}(${AIRLINE_CODE}[ \u00A0]?\d{1,4}[A-Z]?|\d{1,4})(?![\p{L}\p{N}]|[.,]\d)`,
  'gu',
);

/** A disease's code: letters, a hyphen and a number ("SARS-9"); an outbreak where the lexicon knows its letters. */
const DISEASE_CODE = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}\d]{1,7})-\d{1,2}(?![\p{L}\p{N}]|-)/gu;
/** An outbreak named by its disease's code ("the Marova-21 pandemic"): an event of its own, and so is the code alone. */
const CODE_NAMED_OUTBREAK = /(?<![\p{L}\p{N}-])(\p{Lu}[\p{L}]{1,7}-\d{1,2})[ \u00A0]+(?:pandemic|epidemic|outbreak)(?![\p{L}\p{N}])/gu;

/** Finds the entity mentions of one document, sorted by start; `canonical` is this document's best guess. */
export function extractEntityMentions(text: string, structure: DocumentStructure): EntityMention[] {
  if (!text) return [];
  const inBoilerplate = makeInRanges(structure?.boilerplate ?? []);
  const equipment = findDesignations(text).filter((s) => !inBoilerplate(s.start, s.end));
  const tokens = tokenize(text);
  // Characters no name may come from: boilerplate and the designations found above.
  const blocked = new Uint8Array(text.length + 1);
  for (const r of [...(structure?.boilerplate ?? []), ...equipment]) blocked.fill(1, Math.max(0, r.start), Math.min(text.length, r.end));
  // A currency's letters are no name: "US$450m", "A$2bn", "VDR62bn", "INR 5,000".
  const lettersAsMoney = lettersWrittenAsMoney(text);
  const gluedCurrencyAt = (start: number) => {
    const m = GLUED_LETTER_AMOUNT.exec(text.slice(start, start + 30));
    return m ? gluedLetterCurrency(m[1]!, m[2]!, m[3], lettersAsMoney.has(m[1]!)) : undefined;
  };
  // "USD30bn", "EUR50 million", "VDR62bn" are money; "COP30 climate summit", "at COP31 in November" name a meeting.
  const codeGluedToAmount = (t: Token): boolean => {
    const code = /^([A-Z]{3})(\d[\d,.]*)([a-z]*)$/i.exec(t.text);
    if (!code || !/^[A-Z]{3}$/.test(code[1]!)) return false;
    const wordAfter = /^[.,\d]*[ \u00A0]+(\p{L}+)/u.exec(text.slice(t.end, t.end + 24))?.[1]?.toLowerCase();
    const scale = code[3] ? code[3].toLowerCase() : wordAfter;
    if (!code[3] && codeLabelsNumberedThing(code[2]!, wordAfter)) return false;
    return CURRENCY_CODES.has(code[1]!) || CODE_ALIASES.has(code[1]!) || SCALE_WORDS.has(scale ?? '');
  };
  const currencyPrefix = (t: Token): boolean =>
    (text[t.end] === '$' && t.text.length <= 3) || (text[t.end] === '¢' && CENT_SIGN_PREFIXES.has(t.text)) || (/^[A-Z]{3}$/.test(t.text) && /\d/.test(text[t.end] ?? '')) ||
    codeGluedToAmount(t) ||
    // "RM300", "Rs500", "Rp10,000": an abbreviated currency glued to its amount.
    (/^\p{L}{2,3}\d/u.test(t.text) && CURRENCY_ABBREVIATIONS.has(/^\p{L}+/u.exec(t.text)![0].toLowerCase())) ||
    // "49.2bn CFA francs": letters that pin a currency's name (the currency lexicon's qualifiers).
    (/^\p{Lu}{2,4}$/u.test(t.text) && CURRENCY_NAME_QUALIFIERS.get(/^[ \u00A0]+(\p{L}+)/u.exec(text.slice(t.end, t.end + 14))?.[1]?.toLowerCase() ?? '')?.has(t.text.toLowerCase()) === true) ||
    // "Tk 8,45,000 crore", "Rs. 300": the abbreviation before a spaced amount.
    (CURRENCY_ABBREVIATIONS.has(t.text.toLowerCase()) && /^\.?[ \u00A0]?\d/.test(text.slice(t.end, t.end + 3))) ||
    // "N1,574", "N54.2 trillion": a currency letter glued to its amount.
    (/^\p{Lu}\d/u.test(t.text) && gluedCurrencyAt(t.start) !== undefined);
  const skip = (t: Token): boolean => blocked[t.start] === 1 || blocked[t.end - 1] === 1 || currencyPrefix(t);
  const words = buildWords(text, tokens, skip);
  const chunks = buildChunks(text, words, structure ?? { paragraphs: [], sentences: [], boilerplate: [] });

  const lowercaseWords = new Set<string>();
  for (const t of tokens) if (startsLower(t.text)) lowercaseWords.add(t.text.toLowerCase());

  // Pass 1 learns names from running text (mid-sentence first, then sentence starts); pass 2 labels everything.
  const knowledge = emptyKnowledge(lowercaseWords);
  // An airport is named after its town: "Biratnagar Airport" makes a bare "Biratnagar" a place.
  for (const m of text.matchAll(AIRPORT_OF)) if (!isCommonWord(m[1]!)) knowledge.otherNames.set(m[1]!, 'place');
  const classifier = new ChunkClassifier(text, knowledge);
  for (const chunk of chunks) if (!chunk.weak && !chunk.initial) for (const m of classifier.classify(chunk)) learn(knowledge, text, m);
  for (const chunk of chunks) if (!chunk.weak && chunk.initial) for (const m of classifier.classify(chunk)) learn(knowledge, text, m);
  knowledge.learning = false;
  for (const e of equipment) knowledge.otherNames.set(text.slice(e.start, e.end), 'equipment');

  classifier.deferred.length = 0;
  const raw: RawMention[] = chunks.flatMap((chunk) => classifier.classify(chunk));
  for (const e of equipment) raw.push({ start: e.start, end: e.end, type: 'equipment' });

  // Acronyms introduced in brackets take the full name as canonical and its type.
  const acronyms = bracketAcronyms(text, raw);
  // A short name made of the full name's syllables ("Corporación Nacional del Cobre (Codelco)") is what the corpus
  // calls it: the full name (an organisation) takes the short one as canonical, and the short one is an organisation.
  const shortNames = bracketShortNames(text, raw);
  const shortForms = new Set(shortNames.values());
  for (const m of raw) {
    const written = text.slice(m.start, m.end);
    const alias = acronyms.get(written);
    if (alias) {
      m.type = alias.type;
      m.canonical = alias.name;
    }
    const short = shortNames.get(written);
    if (short) m.canonical = short;
    if (!alias && shortForms.has(written)) m.type = 'organization';
  }

  // People credited in bylines, even where the byline line is boilerplate; they replace whatever else was read there.
  const credits = bylineMentions(text);
  for (const b of credits.people) {
    for (let k = raw.length - 1; k >= 0; k--) if (raw[k]!.start < b.end && b.start < raw[k]!.end) raw.splice(k, 1);
    raw.push({ start: b.start, end: b.end, type: 'person' });
  }
  for (const p of credits.places) {
    if (raw.some((m) => m.start < p.end && p.start < m.end)) continue;
    raw.push({ start: p.start, end: p.end, type: 'place' });
  }

  // Names a lexicon knows whatever the chunk read (replacing a mention of the same span, never overlapping another):
  // lower-case places ("the eurozone") and medicines by their non-proprietary names ("lirexatide").
  const lexiconNames: [ReturnType<typeof lowerCasePlaces>, RawMention['type']][] = [[lowerCasePlaces(text), 'place'], [medicineNames(text), 'equipment']];
  for (const [names, type] of lexiconNames) {
    for (const n of names) {
      if (inBoilerplate(n.start, n.end)) continue;
      const same = raw.findIndex((m) => m.start === n.start && m.end === n.end);
      if (same >= 0) raw.splice(same, 1);
      else if (raw.some((m) => m.start < n.end && n.start < m.end)) continue;
      raw.push({ start: n.start, end: n.end, type, canonical: n.canonical });
    }
  }

  // Numbered roads are places: "Interstate 10", "Highway 7", "Route 66" (the longer span wins over "Interstate" alone).
  for (const m of text.matchAll(NUMBERED_ROAD)) {
    if (!inBoilerplate(m.index!, m.index! + m[0].length)) raw.push({ start: m.index!, end: m.index! + m[0].length, type: 'place' });
  }

  // Numbered flights and outbreaks by their code name are events, and so is a flight's code alone once the document
  // has called it a flight ("KA718"), or a disease's code once it has named its outbreak ("Marova-21 cases rose").
  // They replace what a chunk read there ("Flight KA" is no body); the airline before stays.
  const flightCodes = new Set<string>();
  const outbreakCodes = new Set<string>();
  const numbered: RawMention[] = [];
  /** Each match is an event; its code (group 1, when it holds a capital) goes to `codes`. */
  const addNamedEvents = (pattern: RegExp, codes: Set<string>) => {
    for (const m of text.matchAll(pattern)) {
      const span = { start: m.index!, end: m.index! + m[0].length, type: 'event' as const };
      if (inBoilerplate(span.start, span.end)) continue;
      numbered.push(span);
      if (m[1] && /[A-Z]/.test(m[1])) codes.add(m[1].replace(/[ \u00A0]/g, ''));
    }
  };
  addNamedEvents(NUMBERED_FLIGHT, flightCodes);
  addNamedEvents(CODE_NAMED_OUTBREAK, outbreakCodes);
  const inNumbered = (start: number, end: number) => numbered.some((n) => n.start <= start && end <= n.end);
  for (const t of tokens) if (flightCodes.has(t.text) && !inNumbered(t.start, t.end)) numbered.push({ start: t.start, end: t.end, type: 'event' });
  for (const m of text.matchAll(DISEASE_CODE)) {
    const [start, end] = [m.index!, m.index! + m[0].length];
    const outbreak = outbreakCodes.has(m[0]) || isDiseaseCodePrefix(m[1]!);
    if (outbreak && !inNumbered(start, end) && !inBoilerplate(start, end)) numbered.push({ start, end, type: 'event' });
  }
  for (const n of numbered) {
    for (let k = raw.length - 1; k >= 0; k--) if (raw[k]!.start < n.end && n.start < raw[k]!.end && raw[k]!.start >= n.start) raw.splice(k, 1);
    raw.push(n);
  }

  // A title in quotes in a list of works or products is one product, whatever its words would make it alone, and one
  // name, lower-case joining words and all ("games such as “Lords of Tarsk”"): it replaces the names read inside it.
  for (const title of quotedTitles(text)) {
    if (inBoilerplate(title.start, title.end) || !raw.some((m) => m.start >= title.start && m.end <= title.end)) continue;
    for (let k = raw.length - 1; k >= 0; k--) if (raw[k]!.start >= title.start && raw[k]!.end <= title.end) raw.splice(k, 1);
    raw.push({ start: title.start, end: title.end, type: 'equipment' });
  }

  // A storm named alone ("Sagarika") is the storm named in full ("Cyclone Sagarika").
  const storms = new Map<string, string>();
  for (const m of raw) {
    const name = text.slice(m.start, m.end);
    if (m.type === 'event' && NAMED_STORM.test(name)) storms.set(name.split(/\s+/).at(-1)!, name);
  }
  for (const m of raw) {
    const full = m.type === 'event' ? storms.get(text.slice(m.start, m.end)) : undefined;
    if (full) m.canonical = full;
  }

  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  harmoniseListedBodies(text, raw);
  const diseases = eponymousConditions(text);
  const laws = lawTitles(text);
  const inLaw = makeInRanges(laws.spans);
  const mentions: EntityMention[] = [];
  let lastEnd = -1;
  for (const m of raw) {
    if (m.start < lastEnd || m.end <= m.start) continue; // keep the first (longest) of overlapping mentions
    if (diseases.has(text.slice(m.start, m.end))) continue;
    // (Nor is a body or a place inside the title: "the Countering America’s Adversaries Act" names the law only.)
    if (inLaw(m.start, m.end) || laws.acronyms.has(text.slice(m.start, m.end))) continue;
    const mention: EntityMention = {
      start: m.start,
      end: m.end,
      text: text.slice(m.start, m.end),
      type: m.type,
      canonical: m.canonical ?? text.slice(m.start, m.end),
    };
    if (m.role) mention.role = m.role;
    if (m.guessed && !acronyms.has(mention.text)) mention.guessed = true;
    if (mention.type === 'organization' && !/\s/.test(mention.text) && actsAsMaker(text, m.end)) mention.maker = true;
    mentions.push(mention);
    lastEnd = m.end;
  }
  const resolved = resolveCorpus([mentions])[0];
  const deferred = classifier.deferred
    .filter((d) => !mentions.some((m) => m.start < d.end && d.start < m.end))
    .map((d) => ({ start: d.start, end: d.end, text: text.slice(d.start, d.end), ...(actsAsMaker(text, d.end) ? { maker: true } : {}) }));
  if (deferred.length > 0) deferredByDocument.set(resolved, deferred);
  return resolved;
}

/**
 * Lone capitalised words at sentence starts or in headings that one document alone cannot vouch for
 * ("Reyes" opening a sentence in an article that never writes the full name). Keyed by the array
 * extractEntityMentions returned, so resolveCanonicals can add them when the corpus names them elsewhere.
 */
const deferredByDocument = new WeakMap<EntityMention[], DeferredWord[]>();

/**
 * Gives every mention a canonical name that is the same across the corpus
 * ("Reyes" and "Tomás Reyes" become one). Input and output: one array per document, same order.
 */
export function resolveCanonicals(perDocument: EntityMention[][]): EntityMention[][] {
  const withDeferred = addCorpusVouched(perDocument, (doc) => deferredByDocument.get(doc) ?? []);
  return resolveCorpus(withDeferred);
}
