// Numbers that are not figures: parts of names and model numbers (MIM-104, F-15EX, A320, Boeing 737),
// designators (flight 370, No. 10, #481902, account and phone numbers), clock numbers (a time of day is read
// before these guards, in dates.ts), idioms
// ("zero-sum", "one-sided") and referring expressions ("the two countries", "two old allies").

import { isDesignatorWord } from '../lexicon/designators';
import { isPartOfYearLabel } from './dates';
import { isDash, touching, type Token } from './tokens';
import { TIME_ZONES } from '../lexicon/timeZones';
import { isMeasureUnit, isTimeUnit, TIME_PLURALS } from './units';
import { AUXILIARIES, CONJUNCTIONS, DETERMINERS, PREPOSITIONS, PRONOUNS } from './wordClasses';

/** Letters that may be glued before a number without making it a name. */
const GLUED_PREFIXES = new Set(['fy', 'us', 'rs', 'mid', 'pre', 'post', 'early', 'late', 'inr', 'usd', 'eur', 'gbp', 'h', 'q', 'magnitude']);

/**
 * Letters that may be glued after a number besides the units of measure ("5km", "0.847sec", see isMeasureUnit):
 * ordinals, decades, scales, times of day and the abbreviations the unit lexicon does not read.
 */
const GLUED_SUFFIXES = new Set([
  'st', 'nd', 'rd', 'th', 's', 'bn', 'm', 'mn', 'k', 'b', 'tn', 'trn', 'cr', 'mln', 'bln', 'pc', 'x',
  'sq', 'per', 'am', 'pm', 'h', 'yr', 'yrs', 'kt', 'ml', 'bp', 'bps',
]);

/** A word that may be glued after a number without making it a name: "23rd", "1990s", "5bn", "12km". */
function isGluedSuffix(lower: string): boolean {
  return GLUED_SUFFIXES.has(lower) || isMeasureUnit(lower);
}

/** Second halves of hyphenated compounds that make idioms, not quantities ("zero-sum", "two-way"). */
const IDIOM_COMPOUNDS = new Set([
  'sum', 'sided', 'way', 'off', 'faced', 'pronged', 'hand', 'handed', 'party', 'world', 'class', 'tier',
  'stop', 'dimensional', 'liner', 'size', 'track', 'edged', 'man', 'woman', 'horse', 'note', 'shot',
  'upmanship', 'on', 'time', 'state', 'china', 'rate', 'nation', 'and', 'or', 'to', 'in', 'up',
  // Vehicle and seat classes: "two-wheelers", "a four-seater".
  'wheeler', 'wheelers', 'seater', 'seaters',
]);

/** Plural nouns for the parties of a story: "the two countries" refers to them, it does not count them. */
const PARTY_NOUNS = new Set([
  'countries', 'nations', 'sides', 'leaders', 'men', 'women', 'parties', 'governments', 'states', 'capitals',
  'friends', 'neighbours', 'neighbors', 'powers', 'allies', 'rivals', 'giants', 'presidents', 'ministers',
  'heads', 'delegations', 'superpowers', 'democracies', 'partners', 'brothers', 'sisters', 'sons', 'daughters',
  'camps', 'teams', 'candidates', 'companies', 'firms', 'leaderships', 'premiers', 'counterparts', 'sides',
  'players', 'clubs', 'houses', 'chambers', 'armies', 'militaries', 'economies',
  'communities', 'groups', 'factions', 'blocs', 'others',
]);

/** Words glued before a number: "MIM-104", "F-15EX", "A320", "COVID-19", "G20", "NO15". */
export function isInsideName(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (prev && touching(prev, t)) {
    if (prev.kind === 'word' && !GLUED_PREFIXES.has(prev.lower)) return true;
    if (isDash(prev) || prev.text === '/' || prev.text === '.' || prev.text === '#' || prev.text === '@' || prev.text === '+' || prev.text === ':') {
      const before = tokens[i - 2];
      if (before && touching(before, prev) && (before.kind === 'word' ? !GLUED_PREFIXES.has(before.lower) || prev.text === '.' : before.kind === 'num' && prev.text !== '/' && !isDash(prev))) return true;
      if (prev.text === '#' || prev.text === '@' || prev.text === '+' || prev.text === ':') return true;
    }
  }
  const next = tokens[i + 1];
  if (next && touching(t, next)) {
    if (next.kind === 'word' && !isGluedSuffix(next.lower)) return true;
    if (next.kind === 'num') return true;
    if (next.text === ':' && tokens[i + 2]?.kind === 'num' && touching(next, tokens[i + 2])) return true; // 10:30
    if ((next.text === '/' || next.text === '.' || next.text === '@') && tokens[i + 2]?.kind === 'word' && touching(next, tokens[i + 2])) return true;
  }
  return false;
}

/** Time zones and clock suffixes that make a number a time of day: "7 p.m.", "2140 GMT", "1430 hrs". */
const CLOCK_WORDS = new Set(['am', 'pm', 'hrs', 'hours', 'local', ...TIME_ZONES]);

/** A time of day: "7 p.m.", "9.30 a.m.", "(2140 GMT Monday)", "1430 hrs" — a clock reading, not a figure. */
export function isClockTime(tokens: Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word') return false;
  const word = next.lower;
  // "a.m." / "p.m." arrive as a letter, a dot, "m" and a dot.
  if ((word === 'a' || word === 'p') && tokens[i + 2]?.text === '.' && tokens[i + 3]?.lower === 'm') return true;
  if (!CLOCK_WORDS.has(word)) return false;
  // "hours" only after a 24-hour clock reading ("1430 hours"), never after a count ("48 hours").
  return word === 'hours' || word === 'hrs' || word === 'local' ? /^(?:[01]\d|2[0-3])[0-5]\d$/.test(tokens[i].text) && (word !== 'local' || tokens[i + 2]?.lower === 'time') : true;
}

/** "a Category 4 hurricane": a storm's category measures its strength, like a quake's magnitude. */
export function isStormCategory(tokens: Token[], i: number): boolean {
  if (tokens[i - 1]?.lower !== 'category' || !/^[1-5]$/.test(tokens[i]!.text)) return false;
  return tokens.slice(Math.max(0, i - 8), i + 8).some((t) => STORM_WORDS.has(t.lower));
}

const STORM_WORDS = new Set(['hurricane', 'hurricanes', 'storm', 'storms', 'cyclone', 'cyclones', 'typhoon', 'typhoons']);

/** "flight 370", "No. 10", "#481902", "AC # 0412 7730915", runs of digit groups (account and phone numbers). */
export function isDesignator(tokens: Token[], i: number): boolean {
  const t = tokens[i]!;
  if (isClockTime(tokens, i)) return true;
  let prev = tokens[i - 1];
  if (prev?.text === '#' || prev?.text === '№') return true;
  if (prev?.text === '.' && tokens[i - 2]?.lower === 'no' && touching(tokens[i - 2], prev)) return true;
  if (prev?.text === ':' ) prev = tokens[i - 2];
  // (Not a decimal that a unit of time follows: "crossed the line 0.847 seconds ahead".)
  const timed = /[.,]\d/.test(t.text) && isTimeUnit(tokens[i + 1]?.lower ?? '');
  if (prev && prev.kind === 'word' && isDesignatorWord(prev.lower) && !(prev.lower === 'no' && prev.text === 'no') && !timed && !isStormCategory(tokens, i)) return true;
  // digit groups separated by single spaces: "0412 7730 915"
  const next = tokens[i + 1];
  if (next?.kind === 'num' && /^\d+$/.test(t.text) && /^\d+$/.test(next.text) && next.start - t.end === 1) return true;
  const before = tokens[i - 1];
  // (Not the year after a quarter's label: "Q3 2024-25".)
  if (before?.kind === 'num' && /^\d+$/.test(t.text) && /^\d+$/.test(before.text) && t.start - before.end === 1 && !isPartOfYearLabel(tokens, i - 2)) return true;
  return false;
}

/** "zero-sum", "one-sided", "two-way": the compound after the number word is an idiom. */
export function isIdiomCompound(tokens: Token[], last: number): boolean {
  const dash = tokens[last + 1];
  const word = tokens[last + 2];
  return isDash(dash) && touching(tokens[last], dash) && touching(dash, word) && word !== undefined && IDIOM_COMPOUNDS.has(word.lower);
}

/** A capitalised word that could be a brand or title right before a bare number ("Boeing 737", "Flight 370"). */
export function followsNameWord(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  // "Boeing 737", or a camel-case brand ("iPhone 15")
  if (!prev || prev.kind !== 'word' || !/^[A-Z]|^[a-z]+[A-Z]/.test(prev.text)) return false;
  // "Zambezia's 22 districts": a possessive owns the count; it names no model.
  if (/['’]s$/.test(prev.text) || (prev.lower === 's' && /^['’]$/.test(tokens[i - 2]?.text ?? ''))) return false;
  const lower = prev.lower;
  if (PREPOSITIONS.has(lower) || DETERMINERS.has(lower) || CONJUNCTIONS.has(lower) || PRONOUNS.has(lower) || AUXILIARIES.has(lower)) return false;
  if (['nearly', 'almost', 'over', 'about', 'around', 'roughly', 'some', 'just', 'only', 'approximately', 'fewer', 'less', 'more', 'at', 'up'].includes(lower)) return false;
  return true;
}

/** Definite words before a spelled number: "the two", "both three" — those already named, unless a count follows. */
const DEFINITE_BEFORE = new Set(['the', 'these', 'those', 'both', 'all']);

/** Words before a spelled number that make "two companies" the two already named. */
const REFERRING_BEFORE = new Set([...DEFINITE_BEFORE, 'its', 'their', 'our', 'his', 'her', 'like', 'as', 'between']);

/**
 * "the two countries", "two old allies", "the three": a spelled number that refers to parties already
 * named instead of counting something new. `first`/`last` span the number words.
 */
export function isReferringExpression(tokens: Token[], first: number, last: number, value: number): boolean {
  if (value < 2 || value > 12) return false;
  const before = tokens[first - 1];
  // "the two companies", "like two old allies" refer; "Five companies had complained" counts.
  const referring = before !== undefined && REFERRING_BEFORE.has(before.lower);
  for (let j = last + 1; j <= last + 3 && j < tokens.length && referring; j++) {
    const word = tokens[j]!;
    if (word.kind !== 'word') break;
    if (PARTY_NOUNS.has(word.lower)) return true;
    if (/s$/.test(word.lower) && j > last + 1) break;
  }
  // "over the three years to 2025" measures a time; "the three" refers.
  if (before && DEFINITE_BEFORE.has(before.lower) && !TIME_PLURALS.has(tokens[last + 1]?.lower ?? '')) {
    // "two of the four units" counts; "the two sides met" refers.
    const ofToken = tokens[first - 2];
    const countBefore = ofToken?.lower === 'of' && tokens[first - 3] !== undefined;
    if (!countBefore) return true;
  }
  // "the two" / "two of us" (but "Nine of them died" counts a part of a group already counted)
  return tokens[last + 1]?.lower === 'of' && tokens[last + 2]?.lower === 'us';
}
