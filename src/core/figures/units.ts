// The unit of a counted quantity: the head noun that follows the number ("1.5 billion people",
// "three MIM-104 units", "two pending shipments"), or the noun it is "of" ("a population of 1.4 billion").

import { CARDINAL_WORDS, VAGUE_SCALE_WORDS } from '../lexicon/numberWords';
import { qualifierBefore } from './qualifiers';
import { isDash, touching, type Token } from './tokens';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, isPronoun, COMMON_VERBS } from './wordClasses';

/** Nouns whose count is a number of people. */
const PEOPLE_NOUNS = new Set(['population', 'populace', 'workforce', 'electorate', 'membership', 'crowd', 'audience', 'headcount', 'toll', 'turnout']);

/** Singular time units and their plural. */
export const TIME_UNITS: ReadonlyMap<string, string> = new Map(Object.entries({
  second: 'seconds', minute: 'minutes', hour: 'hours', day: 'days', night: 'nights', week: 'weeks', fortnight: 'fortnights',
  month: 'months', year: 'years', decade: 'decades', century: 'centuries', millennium: 'millennia',
  quarter: 'quarters', term: 'terms', session: 'sessions',
}));

/** The plural names of the units of time: "seconds", "days", "decades". */
export const TIME_PLURALS: ReadonlySet<string> = new Set(TIME_UNITS.values());

/** A unit of time, singular or plural: "day", "seconds". */
export function isTimeUnit(lower: string): boolean {
  return TIME_UNITS.has(lower) || TIME_PLURALS.has(lower);
}

function isStopWord(token: Token): boolean {
  const w = token.lower;
  return PREPOSITIONS.has(w) || DETERMINERS.has(w) || AUXILIARIES.has(w) || CONJUNCTIONS.has(w) || isPronoun(token) || COMMON_VERBS.has(w) || CLAUSE_ADVERBS.has(w);
}

/** Adverbs that end a noun phrase: "4,000 people once it opens", "300 jobs now at risk", "nine crew aboard the ferry". */
const CLAUSE_ADVERBS = new Set([
  'once', 'twice', 'again', 'ever', 'never', 'often', 'now', 'already', 'currently', 'recently', 'still', 'also', 'reportedly', 'not',
  'aboard', 'onboard', 'abroad', 'overseas', 'ashore',
]);

/** Endings of adjectives before a counted noun: "consecutive", "successive", "additional", "annual". */
const ADJECTIVE_ENDING = /(?:ive|al|ous|ful|ic|ent|ant)$/;

/** Plural nouns without the -s that ends the counted noun phrase: "4,000 people once it opens". */
const IRREGULAR_PLURALS = new Set(['people', 'men', 'women', 'children', 'police', 'personnel', 'cattle', 'livestock']);

/**
 * The head noun of the noun phrase right after token `last`, lower-cased, or undefined.
 * Skips modifiers, model names ("MIM-104") and hyphenated compounds; stops at verbs, prepositions, punctuation.
 */
export function headNounAfter(tokens: Token[], last: number): string | undefined {
  let head: string | undefined;
  let headIsName = false;
  let words = 0;
  // In a Title Case headline capitals say nothing about names: "1.2 Million Sora X5 And Hikari Cars Pulled".
  // (Only asked once a capitalised word is met, since it reads the whole line.)
  let titleCaseLine: boolean | undefined;
  const inTitleCase = () => (titleCaseLine ??= isTitleCaseLine(tokens, last));
  // Names in the phrase ("Erickson S-64 Air-Crane") do not use up the five words a noun phrase may take.
  for (let j = last + 1; j < tokens.length && words < 5 && j <= last + 12; j++) {
    const t = tokens[j]!;
    // "51°C", "104°F": the degree sign glued between the number and its scale.
    if (j === last + 1 && t.text === '°' && t.start === tokens[last]!.end) {
      const scale = tokens[j + 1];
      if (scale?.kind === 'word' && scale.start === t.end && /^[cf]$/.test(scale.lower)) return scale.lower === 'c' ? '°C' : '°F';
    }
    if (j === last + 1) {
      const speed = speedUnitAt(tokens, j);
      if (speed) return speed;
    }
    // "six 1,000 MW units", "a 700 km stretch", "180 kmph gusts": a unit of measure right after the number is the unit,
    // whatever noun follows. (Not a single letter: "10 m" may be millions.)
    if (j === last + 1 && t.kind === 'word' && t.text.length >= 2 && MEASURE_UNITS.has(t.lower)) return unitName(t.lower, tokens, last);
    if (t.kind === 'sym') {
      if (isDash(t) && t.start === tokens[j - 1]!.end && tokens[j + 1]?.start === t.end) continue; // inside "MIM-104"
      break;
    }
    if (t.kind === 'num') {
      if (t.start === tokens[j - 1]!.end) continue; // the 400 of "MIM-104"
      // the code after a maker's name ("ten CAT 797F haul trucks", "24 JAS 39 Gripen E fighters"), when the noun
      // phrase goes on after it, past the model's own name
      const suffix = tokens[j + 1]?.kind === 'word' && tokens[j + 1]!.start === t.end; // the F of "797F"
      let k = j + (suffix ? 2 : 1);
      while (k <= j + 3 && tokens[k]?.kind === 'word' && /^\p{Lu}/u.test(tokens[k]!.text)) k++;
      const next = tokens[k];
      if (headIsName && !inTitleCase() && next?.kind === 'word' && /^\p{Ll}/u.test(next.text)) continue;
      break;
    }
    // "four more reactors", "two additional units": the counted noun follows.
    if (j === last + 1 && (t.lower === 'more' || t.lower === 'additional' || t.lower === 'extra') && tokens[j + 1]?.kind === 'word') continue;
    // "seven consecutive cuts", "two successive hikes": after an adjective, a plural that is also a verb is the noun.
    const pluralNounAfterAdjective = head !== undefined && ADJECTIVE_ENDING.test(head) && COMMON_VERBS.has(t.lower) && /[a-z]s$/.test(t.lower) && !AUXILIARIES.has(t.lower);
    if (isStopWord(t) && !pluralNounAfterAdjective) {
      // Names joined by "and" name the kinds of one counted thing: "1.2 million Sora X5 and Hikari cars".
      const names = headIsName && /^\p{Lu}/u.test(tokens[j + 1]?.text ?? '');
      if (names && (t.lower === 'and' || t.lower === 'or') && words < 4) {
        head = undefined;
        continue;
      }
      // "9.4 million current and former customers": paired adjectives before the counted noun.
      if ((t.lower === 'and' || t.lower === 'or') && head !== undefined && ((PAIRED_ADJECTIVES.has(head) && PAIRED_ADJECTIVES.has(tokens[j + 1]?.lower ?? '')) || pairedModifierBefore(tokens, last, j, head))) {
        head = undefined;
        continue;
      }
      // "two US Department of Agriculture inspectors": a body's name, "of" and all, before the counted noun.
      if (names && t.lower === 'of' && !inTitleCase()) continue;
      break;
    }
    // the letters of a model code ("X" of "Sora X5") say nothing about what is counted
    if (tokens[j + 1]?.kind === 'num' && tokens[j + 1]!.start === t.end && /^\p{Lu}{1,2}$/u.test(t.text)) continue;
    // a past participle after a noun starts a reduced relative clause ("units ordered in 2017"),
    // unless it is the second half of a compound adjective ("Swedish-designed fighters")
    const compound = isDash(tokens[j - 1]) && tokens[j - 1]!.end === t.start;
    const lowerCase = /^[a-z]/.test(t.text) || inTitleCase();
    if (head !== undefined && /ed$/.test(t.lower) && lowerCase && !compound) break;
    // A unit glued to the number ("30,000ha burnt") is the whole noun phrase.
    if (j === last + 1 && t.start === tokens[last]!.end) return unitName(t.lower, tokens, last);
    head = t.lower;
    headIsName = /^\p{Lu}/u.test(t.text);
    if (!headIsName || inTitleCase()) words++;
    if (isPluralNoun(t.lower) && lowerCase) break; // plural head reached
  }
  return head === undefined ? undefined : unitName(head, tokens, last);
}

/**
 * "12,000 direct and indirect jobs", "1 lakh skilled and semi-skilled workers": one word right after the number, not
 * a plural noun, then "and"/"or" and a few words ending in a plural noun with no number between — modifiers shared by
 * the counted noun. ("100 staff and 50 volunteers" counts two things.)
 */
function pairedModifierBefore(tokens: Token[], last: number, conjunction: number, head: string): boolean {
  if (conjunction !== last + 2 || /[a-z]s$/.test(head) || IRREGULAR_PLURALS.has(head) || INVARIANT_PLURALS.has(head)) return false;
  for (let k = conjunction + 1; k <= conjunction + 5 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind === 'num' || (t.kind === 'sym' && !isDash(t))) return false;
    if (t.kind !== 'word') continue;
    // "four dead and hundreds homeless": a second count, however vague.
    if (VAGUE_SCALE_WORDS.has(t.lower) || CARDINAL_WORDS.has(t.lower)) return false;
    if (isStopWord(t)) return false;
    if (/^[a-z]/.test(t.text) && isPluralNoun(t.lower)) return true;
  }
  return false;
}

/** Nouns that end in -s but are one thing: "2,314 measles cases", "three news outlets". */
const SINGULAR_IN_S = new Set(['measles', 'mumps', 'rabies', 'herpes', 'diabetes', 'news', 'species', 'series', 'politics', 'economics', 'physics', 'athletics', 'logistics']);

/** A plural noun by its form: "workers", "people" — not "bus", "crisis", "measles". */
function isPluralNoun(lower: string): boolean {
  return (/[a-z]s$/.test(lower) && !/(ss|us|is)$/.test(lower) && !SINGULAR_IN_S.has(lower)) || IRREGULAR_PLURALS.has(lower);
}

/** Adjectives paired before a counted noun: "current and former customers", "new or existing users". */
const PAIRED_ADJECTIVES = new Set(['current', 'former', 'existing', 'new', 'past', 'present', 'active', 'retired', 'serving', 'future']);

/** Abbreviated and American-spelt units under one name, so "12,000ha" and "12,000 hectares" compare. */
const UNIT_ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({
  ha: 'hectares', hectare: 'hectares', km: 'kilometres', kms: 'kilometres', kilometers: 'kilometres', kilometer: 'kilometres',
  kilometre: 'kilometres', m: 'metres', meters: 'metres', meter: 'metres', metre: 'metres', cm: 'centimetres', mm: 'millimetres',
  kg: 'kilograms', kilos: 'kilograms', t: 'tonnes', tons: 'tonnes', mt: 'tonnes', l: 'litres', liters: 'litres', litre: 'litres',
  centimetre: 'centimetres', centimeter: 'centimetres', centimeters: 'centimetres',
  millimetre: 'millimetres', millimeter: 'millimetres', millimeters: 'millimetres',
  kilogram: 'kilograms', tonne: 'tonnes', ton: 'tonnes', inch: 'inches', foot: 'feet', mile: 'miles',
  c: '°C', f: '°F', kmh: 'km/h', kph: 'km/h', kmph: 'km/h', mi: 'miles', ft: 'feet', lbs: 'pounds', lb: 'pounds',
  mw: 'megawatts', megawatt: 'megawatts', gw: 'gigawatts', gigawatt: 'gigawatts', kw: 'kilowatts', kilowatt: 'kilowatts',
  // a rate's period is often written apart ("3 million tonnes of gas a year"): counts compare by what they count
  sec: 'seconds', secs: 'seconds', min: 'minutes', mins: 'minutes', hr: 'hours', hrs: 'hours',
  bpd: 'barrels', mwh: 'megawatt-hours', gwh: 'gigawatt-hours', kwh: 'kilowatt-hours', twh: 'terawatt-hours',
}));

/** Units of measure written after a number ("10 km", "41 degrees"), in any of the spellings above. */
const MEASURE_UNITS = new Set([...UNIT_ALIASES.keys(), ...UNIT_ALIASES.values(), 'acres', 'acre', 'mw', 'gw', 'kw', 'mph', 'knots', 'degrees', 'degree']);

/** Distances that, per hour, make a speed: "180 km/h", "112 miles per hour", "180 kilometres an hour". */
const SPEED_BY_DISTANCE: ReadonlyMap<string, string> = new Map([
  ['km', 'km/h'], ['kms', 'km/h'], ['kilometres', 'km/h'], ['kilometers', 'km/h'], ['kilometre', 'km/h'], ['kilometer', 'km/h'],
  ['miles', 'mph'], ['mile', 'mph'], ['mi', 'mph'],
]);

/** The speed unit written from token `j` on ("km/h", "kilometres per hour", "miles an hour"), if any. */
function speedUnitAt(tokens: Token[], j: number): string | undefined {
  const speed = SPEED_BY_DISTANCE.get(tokens[j]?.lower ?? '');
  if (!speed) return undefined;
  const slash = tokens[j + 1];
  const hour = tokens[j + 2]?.lower ?? '';
  if (slash?.text === '/' && touching(tokens[j]!, slash) && /^(?:h|hr|hour)$/.test(hour)) return speed;
  if (/^(?:per|an|a)$/.test(slash?.lower ?? '') && hour === 'hour') return speed;
  return undefined;
}

/** Is the lower-case word a unit of measure rather than a thing counted? */
export function isMeasureUnit(lower: string): boolean {
  return MEASURE_UNITS.has(lower);
}

function unitName(head: string, tokens: Token[], last: number): string {
  // "41.5 degrees Celsius": the scale names the unit.
  if (head === 'degrees' || head === 'degree') {
    for (let k = last + 1; k <= last + 3 && k < tokens.length; k++) {
      const scale = tokens[k]!.lower;
      if (scale === 'fahrenheit') return '°F';
      if (scale === 'celsius' || scale === 'centigrade') return '°C';
    }
  }
  return UNIT_ALIASES.get(head) ?? head;
}

/** Is the line around token `at` in Title Case (nearly every longer word capitalised)? */
export function isTitleCaseLine(tokens: Token[], at: number): boolean {
  let from = at;
  while (from > 0 && tokens[from - 1]!.text !== '\n') from--;
  let to = at;
  while (to + 1 < tokens.length && tokens[to + 1]!.text !== '\n') to++;
  let words = 0;
  let capitalised = 0;
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (/^\p{Lu}/u.test(t.text)) capitalised++;
  }
  return words >= 4 && capitalised >= 0.8 * words;
}

/** The noun just before "of" that precedes the number ("population of nearly 1.2 billion" → people). */
export function ofNounBefore(tokens: Token[], first: number): string | undefined {
  const qualifier = qualifierBefore(tokens, first, false);
  if (qualifier) first = qualifier.first;
  if (tokens[first - 1]?.lower !== 'of') return undefined;
  const noun = tokens[first - 2];
  if (!noun || noun.kind !== 'word' || isStopWord(noun)) return undefined;
  return PEOPLE_NOUNS.has(noun.lower) ? 'people' : noun.lower;
}

/** The unit of a hyphenated compound ("two-day" → days, "720-km" → kilometres). */
export function compoundUnit(word: string): string {
  return UNIT_ALIASES.get(word.toLowerCase()) ?? pluralUnit(word);
}

/** Nouns whose plural is the singular: "a 96-aircraft fleet" counts aircraft. */
const INVARIANT_PLURALS = new Set(['aircraft', 'spacecraft', 'hovercraft', 'sheep', 'deer', 'fish', 'series', 'species', 'personnel', 'staff', 'crew', 'equipment', 'livestock', 'cattle']);

/** Plural form of a singular unit word for display ("day" → "days"). */
export function pluralUnit(word: string): string {
  const lower = word.toLowerCase();
  if (INVARIANT_PLURALS.has(lower)) return lower;
  if (TIME_UNITS.get(lower)) return TIME_UNITS.get(lower)!;
  // Already plural: "a 14-years wait".
  if (TIME_PLURALS.has(lower)) return lower;
  if (/[^aeiou]y$/.test(lower)) return lower.slice(0, -1) + 'ies';
  if (/(s|x|ch|sh)$/.test(lower)) return lower + 'es';
  return lower + 's';
}
