// Percentages, multiples, counts, durations and ordinals: "50%", "8 per cent", "2 percentage points",
// "nearly four times the...", "seven-fold", "1.2 billion people", "three-day", "six decades", "17th",
// "fourth-generation", "three-quarters".

import { countsPeople, DESCRIPTOR_NOUNS, isPeopleState } from '../lexicon/people';
import { CARDINAL_WORDS, FRACTION_WORDS, ORDINAL_WORDS, VAGUE_SCALE_WORDS } from '../lexicon/numberWords';
import type { Candidate } from './candidate';
import { yearValue } from './dates';
import { followsNameWord, isDesignator, isIdiomCompound, isInsideName, isReferringExpression, isStormCategory } from './guards';
import { readNumber, type NumberPhrase } from './numberWords';
import { qualifierBefore } from './qualifiers';
import { isTally, TALLY_UNIT } from './tallies';
import { isDash, touching, type Token } from './tokens';
import { compoundUnit, headNounAfter, isTimeUnit, isTitleCaseLine, ofNounBefore, pluralUnit, TIME_PLURALS, TIME_UNITS } from './units';
import { COMMON_VERBS, MODAL_VERBS } from './wordClasses';

/** What the reader found at a position: a figure, or a number to step over (a name, a designator). */
export type MeasureResult = Candidate | { skipTo: number } | undefined;

/** Words after "N times" that make it a multiple rather than a count of occasions. */
const RATIO_FOLLOWERS = new Set([
  'the', 'as', 'more', 'less', 'higher', 'larger', 'greater', 'bigger', 'smaller', 'faster', 'slower',
  'lower', 'what', 'that', 'its', 'their', 'his', 'her', 'our', 'over', 'cheaper', 'costlier', 'stronger',
]);

/** Nouns after a spelled ordinal that make it a count ("his third term", "the fifth round"). */
const ORDINAL_NOUNS = new Set([
  'time', 'term', 'round', 'edition', 'anniversary', 'consecutive', 'straight', 'annual', 'summit', 'session',
  'wave', 'phase', 'tranche', 'generation', 'successive', 'largest', 'biggest', 'highest', 'richest',
  'most', 'tenure', 'meeting', 'visit', 'trip', 'attempt', 'season', 'title', 'victory', 'win', 'place',
]);

/** Words before an ordinal that make it count something: "the third accident", "its fourth loss". */
const ORDINAL_DETERMINERS = new Set(['the', 'its', 'his', 'her', 'their', 'our', 'a', 'this']);
/** Words after an ordinal that show it is not counting a noun ("the third of May", "the fourth and final"). */
const NOT_NOUN_AFTER_ORDINAL = new Set(['of', 'and', 'or', 'to', 'in', 'on', 'at', 'is', 'was', 'were', 'are', 'for', 'from', 'by', 'with', 'that', 'which']);

/** Verbs after which an ordinal is a place: "finished fifth", "was classified eighth", "crossed the line fifth". */
const RESULT_VERBS = new Set(['finished', 'finishing', 'finish', 'finishes', 'placed', 'classified', 'ranked', 'ranks', 'line']);
/** Words before an ordinal that move to or from a place: "slipped to fourth", "from fifth", "as high as fourth". */
const PLACE_ARROWS = new Set(['to', 'from', 'as']);
/** Words after a place that show no noun follows it: "eighth behind", "third overall". */
const AFTER_PLACE = new Set(['behind', 'ahead', 'overall', 'but', 'after', 'before', 'place', 'spot', 'as', 'while', 'when', 'despite']);

const FOLD_WORD = /^(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|hundred|thousand)fold$/;

function isPercentSign(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '%' || token.text === '％');
}

/** "%", "per cent", "percent", "pc" (glued), "percentage points", "basis points"; returns unit and last index. */
function readPercentUnit(tokens: Token[], last: number): { unit: string; last: number } | undefined {
  const next = tokens[last + 1];
  if (!next) return undefined;
  if (isPercentSign(next)) {
    const after = tokens[last + 2];
    if (after?.lower === 'points' || after?.lower === 'point') return { unit: 'pp', last: last + 2 };
    return { unit: '%', last: last + 1 };
  }
  if (next.lower === 'percent' || (next.lower === 'pc' && touching(tokens[last], next))) return { unit: '%', last: last + 1 };
  if (next.lower === 'per' && tokens[last + 2]?.lower === 'cent') return { unit: '%', last: last + 2 };
  if (next.lower === 'percentage' && /^points?$/.test(tokens[last + 2]?.lower ?? '')) return { unit: 'pp', last: last + 2 };
  if (next.lower === 'basis' && /^points?$/.test(tokens[last + 2]?.lower ?? '')) return { unit: 'bp', last: last + 2 };
  if ((next.lower === 'bp' || next.lower === 'bps') && touching(tokens[last], next)) return { unit: 'bp', last: last + 1 };
  // "holds 18.5 per cent of the market, up 2.3 points": bare points moving a percentage are percentage points.
  if (/^points?$/.test(next.lower) && MOVE_WORDS.has(tokens[firstOfNumber(tokens, last) - 1]?.lower ?? '') && sentenceStatesPercent(tokens, last)) {
    return { unit: 'pp', last: last + 1 };
  }
  return undefined;
}

/** Words that say a value moved by the number after them: "up 2.3 points", "fell 4 points". */
const MOVE_WORDS = new Set(['up', 'down', 'by', 'rose', 'fell', 'gained', 'lost', 'dropped', 'climbed', 'slipped', 'added', 'shed']);

/** The first token of the number ending at `last` ("2.3" is one token; a spelled number may be several). */
function firstOfNumber(tokens: Token[], last: number): number {
  let i = last;
  while (i > 0 && tokens[i - 1]!.kind === 'num' && touching(tokens[i - 1], tokens[i])) i--;
  return i;
}

/** Does the sentence around token `i` state a percentage (%, per cent, percent)? */
function sentenceStatesPercent(tokens: Token[], i: number): boolean {
  for (const dir of [-1, 1]) {
    for (let k = i + dir; k >= 0 && k < tokens.length && Math.abs(k - i) < 40; k += dir) {
      const t = tokens[k]!;
      if (t.text === '.' || t.text === '!' || t.text === '?') break;
      if (isPercentSign(t) || t.lower === 'percent' || (t.lower === 'cent' && tokens[k - 1]?.lower === 'per')) return true;
    }
  }
  return false;
}

/** Words of growth before "N times" ("rose six times", "up nearly six times") make it a multiple. */
const GROWTH_WORDS = new Set(['up', 'rose', 'risen', 'rise', 'rises', 'grew', 'grown', 'grow', 'grows', 'increased', 'increase', 'jumped', 'surged', 'soared', 'multiplied', 'expanded']);

function growthBefore(tokens: Token[], first: number): boolean {
  const qualifier = qualifierBefore(tokens, first, true);
  return GROWTH_WORDS.has(tokens[(qualifier ? qualifier.first : first) - 1]?.lower ?? '');
}

/** "six times the", "six-fold", "sixfold", "6x": returns the last index of the multiple. */
function readRatioUnit(tokens: Token[], first: number, last: number): number | undefined {
  const next = tokens[last + 1];
  if (!next) return undefined;
  if (next.lower === 'times' && (RATIO_FOLLOWERS.has(tokens[last + 2]?.lower ?? '') || growthBefore(tokens, first))) return last + 1;
  if (isDash(next) && touching(tokens[last], next) && tokens[last + 2]?.lower === 'fold' && touching(next, tokens[last + 2])) return last + 2;
  if (next.lower === 'fold') return last + 1;
  if (next.lower === 'x' && touching(tokens[last], next) && tokens[last]!.kind === 'num') return last + 1;
  return undefined;
}

/** The part a spelled number and a plural fraction word make ("two" "thirds" → 1/3 each), or undefined. */
function spelledFraction(n: NumberPhrase, word: Token): number | undefined {
  return n.spelled && /s$/.test(word.lower) ? FRACTION_WORDS.get(word.lower) : undefined;
}

/** A hyphenated compound after the number: "two-day", "20-year-old", "three-member"; undefined if none. */
function readCompound(tokens: Token[], n: NumberPhrase): Candidate | { skipTo: number } | undefined {
  const dash = tokens[n.last + 1];
  const word = tokens[n.last + 2];
  if (!isDash(dash) || !touching(tokens[n.last], dash) || !touching(dash, word) || word?.kind !== 'word') return undefined;
  if (isIdiomCompound(tokens, n.last)) return { skipTo: n.last + 2 };
  const fraction = spelledFraction(n, word);
  if (fraction !== undefined) {
    // "two-tenths of a percentage point": a move in percentage points.
    const of = n.last + 3;
    if (tokens[of]?.lower === 'of' && tokens[of + 1]?.lower === 'a' && tokens[of + 2]?.lower === 'percentage' && /^points?$/.test(tokens[of + 3]?.lower ?? '')) {
      return { first: n.first, last: of + 3, kind: 'percent', value: n.value * fraction, unit: 'pp' };
    }
    return { first: n.first, last: n.last + 2, kind: 'quantity', value: n.value * fraction, unit: 'fraction' };
  }
  // "20-year-old": an age
  if (word.lower === 'year' && isDash(tokens[n.last + 3]) && tokens[n.last + 4]?.lower === 'old') {
    return { first: n.first, last: n.last + 4, kind: 'quantity', value: n.value, unit: 'years' };
  }
  if (CARDINAL_WORDS.get(word.lower) !== undefined) return undefined;
  // "a 1,800-strong workforce": a number of people.
  if (word.lower === 'strong') return { first: n.first, last: n.last + 2, kind: 'quantity', value: n.value, unit: 'people' };
  return { first: n.first, last: n.last + 2, kind: 'quantity', value: n.value, unit: compoundUnit(word.lower) };
}

/**
 * Two digit numbers joined by a dash: "10-15 people" is a range of a count; "won 2-1" is a score (see tallies);
 * "2-1" with no noun after it and no word of scoring is two counts or a code.
 */
function readNumberRange(tokens: Token[], n: NumberPhrase): Candidate | { skipTo: number } | undefined {
  const dash = tokens[n.last + 1];
  const second = tokens[n.last + 2];
  if (n.spelled || !isDash(dash) || !touching(tokens[n.last], dash) || !touching(dash, second) || second?.kind !== 'num') return undefined;
  const upper = readNumber(tokens, n.last + 2);
  if (!upper) return undefined;
  const percent = upper.value > n.value ? readPercentUnit(tokens, upper.last) : undefined;
  if (percent) return { first: n.first, last: percent.last, kind: 'percent', value: [n.value, upper.value], unit: percent.unit }; // "5-6%"
  // A score or a vote ("won 5-3", "a 1-2 defeat"): one figure, whichever number is the larger.
  if (isTally(tokens, n.first, upper.last)) return { first: n.first, last: upper.last, kind: 'quantity', value: null, unit: TALLY_UNIT };
  const head = headNounAfter(tokens, upper.last);
  // Bowling figures or a score with no word of scoring beside it ("took 6-42"): each number counts on its own.
  if (head === undefined || upper.value <= n.value) {
    return isScore(tokens, n, upper.last) ? { first: n.first, last: n.last, kind: 'quantity', value: n.value, unit: 'count' } : { skipTo: upper.last };
  }
  return { first: n.first, last: upper.last, kind: 'quantity', value: [n.value, upper.value], unit: head };
}

/** Two small whole numbers joined by a dash in running text, not part of a code ("A-2-1") or a date ("2024-25"). */
function isScore(tokens: Token[], n: NumberPhrase, upperLast: number): boolean {
  const a = tokens[n.first]!.text;
  const b = tokens[upperLast]!.text;
  const before = tokens[n.first - 1];
  const after = tokens[upperLast + 1];
  const glued = (x: Token | undefined, y: Token | undefined) => x !== undefined && y !== undefined && touching(x, y);
  return /^\d{1,3}$/.test(a) && /^\d{1,3}$/.test(b) && !glued(before, tokens[n.first]) && !glued(tokens[upperLast], after);
}

/**
 * What a person does after an age in brackets, perhaps after an auxiliary: "Marek (27) has joined", "Holm (41) said".
 * A party's seats in brackets ("Unity (12) will sit") are not followed so.
 */
const PERSON_VERB_AFTER_BRACKET = /^(?:(?:has|had|is|was|will|would)\s+)?(?:joined|joins|join|signed|signs|sign|said|says|told|scored|scores|died|dies|became|becomes|moved|moves|left|leaves)\b/i;

/** The unit of a plain count: "of the four units", the following noun, or "population of ...". */
function countUnit(tokens: Token[], n: NumberPhrase): string {
  // The second number of a score ("the 2-1 defeat") counts what the first does, not the noun after it.
  const dash = tokens[n.first - 1];
  if (isDash(dash) && touching(dash, tokens[n.first]) && tokens[n.first - 2]?.kind === 'num' && touching(tokens[n.first - 2], dash)) return 'count';
  // An age in apposition to a name or a person: "Ankit Sharma, 29, of Jamshedpur", "Ndegwa, 73, said", "Senegal forward, 20,".
  const before = tokens[n.first - 1];
  const name = tokens[n.first - 2];
  const after = tokens[n.last + 1];
  // (A hyphenated given name ends in lower case: "Kang Tae-joon, 67,".)
  const hyphenatedName = name?.kind === 'word' && isDash(tokens[n.first - 3]) && touching(tokens[n.first - 3]!, name) && /^\p{Lu}/u.test(tokens[n.first - 4]?.text ?? '');
  const person = name?.kind === 'word' && (/^\p{Lu}/u.test(name.text) || DESCRIPTOR_NOUNS.has(name.lower) || hyphenatedName);
  const ageLike = !n.spelled && Number.isInteger(n.value) && n.value >= 1 && n.value <= 120;
  if (ageLike && before?.text === ',' && person && (after === undefined || /^(?:[,)."”]|of)$/.test(after.lower))) return 'years';
  // Or in brackets after a name, as sports pages write it: "Selka striker Ivo Marek (27) has joined …".
  const bracketed = before?.text === '(' && after?.text === ')' && touching(before, tokens[n.first]) && touching(tokens[n.last], after);
  if (ageLike && bracketed && name?.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(name.text) &&
      PERSON_VERB_AFTER_BRACKET.test(tokens.slice(n.last + 2, n.last + 4).map((t) => t.text).join(' '))) {
    return 'years';
  }
  // "two of five Kestrel-9 squadrons": the part counts what the whole counts.
  if (tokens[n.last + 1]?.lower === 'of' && tokens[n.last + 2]?.kind !== undefined && tokens[n.last + 2]?.lower !== 'the') {
    const whole = readNumber(tokens, n.last + 2);
    const head = whole ? headNounAfter(tokens, whole.last) : undefined;
    if (head) return head;
  }
  if (tokens[n.last + 1]?.lower === 'of' && tokens[n.last + 2]?.lower === 'the') {
    // "two of the board's 15 members": the whole's number comes after the owner's name.
    const owner = possessiveEnd(tokens, n.last + 3);
    const later = readNumber(tokens, n.last + 3) ?? (owner === undefined ? undefined : readNumber(tokens, owner + 1));
    if (later) return headNounAfter(tokens, later.last) ?? 'count';
    // "410,000 of the affected vehicles"
    const whole = headNounAfter(tokens, n.last + 2);
    if (whole) return whole;
  }
  // "17 died", "17 of them died", "Of them, 17 survived": what befell them says they are people.
  const partitive = tokens[n.last + 1]?.lower === 'of' && /^(?:them|those|these|whom)$/.test(tokens[n.last + 2]?.lower ?? '');
  const verbAt = partitive ? n.last + 3 : n.last + 1;
  if (PEOPLE_FATE_VERBS.test(tokens[verbAt]?.lower ?? '') || (partitive && statesPeople(tokens, verbAt - 1))) return 'people';
  // "patrol ships …, two of which will be built locally": the plural noun the partitive refers back to.
  if (partitive || (tokens[n.last + 1]?.lower === 'of' && tokens[n.last + 2]?.lower === 'which')) {
    const referent = pluralNounBefore(tokens, n.first) ?? (partitive ? countedNounBefore(tokens, n.first) : undefined);
    if (referent) return referent;
  }
  if (!partitive && countsThoseAboard(tokens, n.last)) return 'people';
  const head = partitive ? undefined : headNounAfter(tokens, n.last);
  if (head !== undefined) return head;
  // "the remaining two are due in 2026": the things counted were named before.
  if (/^(?:remaining|last|final|other|first)$/.test(tokens[n.first - 1]?.lower ?? '')) {
    const referent = pluralNounBefore(tokens, n.first, 40);
    if (referent) return referent;
  }
  // A list that names its noun once: "about 1,900 positions in South Korea, 1,100 at its plant in India and 650 in Wales".
  const opening = qualifierBefore(tokens, n.first, false)?.first ?? n.first;
  const listItem = /^(?:,|and)$/.test(tokens[opening - 1]?.lower ?? '') && /^(?:at|in|from|across)$/.test(tokens[n.last + 1]?.lower ?? '');
  const listed = listItem ? countedNounBefore(tokens, n.first, true) : undefined;
  if (listed) return listed;
  // A count that ends its clause with its noun left out, set beside a count of that noun:
  // "Kestrel took 310 seats, while the Greens fell to 95."
  const elided = clauseEndsAfter(tokens, n.last) ? parallelCountNoun(tokens, n.first) : undefined;
  if (elided) return elided;
  return ofNounBefore(tokens, n.first) ?? (countsPeopleAfterVerb(tokens, n.first) || statesPeople(tokens, n.last) || followsToll(tokens, n.first) ? 'people' : 'count');
}

/**
 * The nearest plural noun in the `reach` tokens before token `first` (within its clause unless reaching further):
 * lower-case, or opening the sentence ("Patients were followed …, during which 38,900 of them"). A unit of
 * time is passed over: "for a median of 7.2 years, during which 38,900 of them" does not count years.
 */
function pluralNounBefore(tokens: Token[], first: number, reach = 12): string | undefined {
  for (let j = first - 1; j >= Math.max(0, first - reach); j--) {
    const t = tokens[j]!;
    if ((reach <= 12 && (t.text === '.' || t.text === ';')) || t.text === '\n') return undefined;
    const opensSentence = j === 0 || /^[.\n]$/.test(tokens[j - 1]!.text);
    const plural = /^[a-z]{3,}s$/.test(t.text) || (opensSentence && /^[A-Z][a-z]{2,}s$/.test(t.text));
    if (t.kind === 'word' && plural && !/(?:ss|us|is)$/.test(t.lower) && !COMMON_VERBS.has(t.lower) && !isTimeUnit(t.lower)) return t.lower;
  }
  return undefined;
}

/** Words that set a second clause beside the first: "…, while the Greens fell to 95". */
const CONTRASTING = /^(?:while|whereas|with|and|but|against|versus|vs|compared)$/;

/** Does the number at `last` end its clause: punctuation or the end of the text next? */
function clauseEndsAfter(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return next === undefined || (next.kind === 'sym' && /^[.,;:)\n–—-]$/.test(next.text));
}

/** The plural noun a count of the sentence before a contrasting word counts (see countedNounBefore). */
function parallelCountNoun(tokens: Token[], first: number): string | undefined {
  for (let j = first - 1; j >= Math.max(0, first - 30); j--) {
    const t = tokens[j]!;
    if (t.text === '\n' || t.text === '.') return undefined;
    if (t.kind === 'word' && CONTRASTING.test(t.lower)) return countedNounBefore(tokens, j, true);
  }
  return undefined;
}

/**
 * What the last count before a partitive "of them" counted, within its paragraph: "… 1.4 million adults with
 * Type 2 diabetes … About 41,000 of them developed dementia" counts adults.
 */
function countedNounBefore(tokens: Token[], first: number, sameSentence = false): string | undefined {
  for (let j = first - 1; j >= Math.max(0, first - 60); j--) {
    const t = tokens[j]!;
    if (t.text === '\n' || (sameSentence && t.text === '.')) return undefined;
    // (not a designator: "Type 2 diabetes", "Phase 3 trials")
    const numeric = t.kind === 'num' || (t.kind === 'word' && CARDINAL_WORDS.has(t.lower));
    if (!numeric || touching(tokens[j - 1], t) || /^\p{Lu}/u.test(tokens[j - 1]?.text ?? '')) continue;
    const number = readNumber(tokens, j);
    const head = number ? headNounAfter(tokens, number.last) : undefined;
    if (head && /s$/.test(head) && !isTimeUnit(head)) return head;
  }
  return undefined;
}

/** Is the number a magnitude: after "magnitude", before "(-)magnitude" or "on the Richter scale"? */
function isMagnitude(tokens: Token[], n: NumberPhrase): boolean {
  if (n.value > 12 || n.scale) return false;
  if (tokens[n.first - 1]?.lower === 'magnitude' || (isDash(tokens[n.first - 1]) && tokens[n.first - 2]?.lower === 'magnitude')) return true;
  const after = tokens[n.last + 1];
  const afterDash = isDash(after) ? tokens[n.last + 2] : after;
  if (afterDash?.lower === 'magnitude') return true;
  if (after?.lower === 'on' && tokens[n.last + 2]?.lower === 'the' && tokens[n.last + 3]?.lower === 'richter') return true;
  // "put the magnitude of the quake at 7.2", "the strongest aftershock measured 5.9": a decimal said of a quake.
  if (!/\./.test(tokens[n.first]?.text ?? '') || n.value < 2) return false;
  const before = tokens.slice(Math.max(0, n.first - 10), n.first).map((t) => t.lower);
  // ("registered as a 6.2": an article between.)
  const verbAt = /^an?$/.test(before[before.length - 1] ?? '') ? before.length - 2 : before.length - 1;
  const measured = ['measuring', 'measured', 'at', 'of', 'as'].includes(before[verbAt] ?? '');
  return measured && before.some((w) => QUAKE_WORDS.has(w));
}

/** Words a magnitude is said of. */
const QUAKE_WORDS = new Set(['magnitude', 'quake', 'earthquake', 'aftershock', 'aftershocks', 'tremor', 'tremors', 'temblor', 'shock']);

/** Verbs that only people (or animals) do, right after a bare count: "17 died", "three survived". */
const PEOPLE_FATE_VERBS = /^(?:died|perished|drowned|survived|starved|suffocated|fled|escaped)$/;

/**
 * "the death toll reaches 19", "toll rose to 21", "The toll from Monday's earthquake in Karnali province climbed
 * to 587": a toll counts people, however far its subject stands from the number, within the sentence.
 */
function followsToll(tokens: Token[], first: number): boolean {
  for (let j = first - 1; j >= Math.max(0, first - 25); j--) {
    const t = tokens[j]!;
    if (t.kind === 'num' || t.text === '.' || t.text === ';' || t.text === '\n') return false;
    if (t.lower === 'toll' || t.lower === 'tolls') return true;
    // So does a tally of deaths: "the official count of heatstroke deaths had reached 86", "the number of dead rose to 40".
    if (CASUALTY_NOUNS.test(t.lower) && tokens.slice(Math.max(0, j - 4), j).some((w, k, near) => TALLY_NOUNS.test(w.lower) && near[k + 1]?.lower === 'of')) return true;
  }
  return false;
}

const CASUALTY_NOUNS = /^(?:deaths|dead|fatalities|casualties|victims|injured)$/;
const TALLY_NOUNS = /^(?:count|number|tally)$/;

/**
 * A bare count said to be in a state of people: "34 are missing", "12 were hospitalised"; or left without
 * something people need: "41,000 without power", "thousands without homes".
 */
function statesPeople(tokens: Token[], last: number): boolean {
  if (tokens[last + 1]?.lower === 'without') return true;
  let j = last + 1;
  while (j < last + 4 && /^(?:are|were|is|was|remain|remained|have|has|had|been|still|now|reported|listed|as)$/.test(tokens[j]?.lower ?? '')) j++;
  return j > last + 1 && isPeopleState(tokens[j]?.lower ?? '');
}

/** Verbs whose bare numeric object is a number of people: "the blast killed 19", "injures at least 17". */
const PEOPLE_OBJECT_VERBS = /^(?:kill|injure|hurt|wound|maim|sicken|evacuate|displace|strand|rescue|arrest|detain|hospitali[sz]e|employ|hire)(?:s|es|ed|d|ing)?$/;

function countsPeopleAfterVerb(tokens: Token[], first: number): boolean {
  const qualifier = qualifierBefore(tokens, first, false);
  let at = (qualifier?.first ?? first) - 1;
  // "killing all 212": the whole of a known number.
  if (tokens[at]?.lower === 'all') at--;
  const verb = tokens[at];
  return verb?.kind === 'word' && PEOPLE_OBJECT_VERBS.test(verb.lower);
}

/** A bare count of those aboard a craft: "212 on board", "all 40 aboard", "the 12 onboard". */
function countsThoseAboard(tokens: Token[], last: number): boolean {
  const next = tokens[last + 1]?.lower;
  return next === 'aboard' || next === 'onboard' || (next === 'on' && tokens[last + 2]?.lower === 'board');
}

/** Word-only forms: "sixfold", "fourth-generation", "his third term", "a quarter of", "week-long". */
function readWordForms(tokens: Token[], i: number): MeasureResult {
  const t = tokens[i]!;
  // "a week-long strike", "a decade-long deal", "a weeklong stoppage": one unit of time.
  const glued = /^(\p{Ll}+)long$/u.exec(t.lower);
  if (glued && LONG_UNITS.has(glued[1]!) && /^\p{Ll}/u.test(t.text)) return { first: i, last: i, kind: 'quantity', value: 1, unit: TIME_UNITS.get(glued[1]!)! };
  if (LONG_UNITS.has(t.lower) && /^\p{Ll}/u.test(t.text) && isDash(tokens[i + 1]) && touching(t, tokens[i + 1]!) && touching(tokens[i + 1]!, tokens[i + 2]) && tokens[i + 2]?.lower === 'long') {
    return { first: i, last: i + 2, kind: 'quantity', value: 1, unit: TIME_UNITS.get(t.lower)! };
  }
  const fold = FOLD_WORD.exec(t.lower);
  if (fold) {
    const value = CARDINAL_WORDS.get(fold[1]!) ?? (fold[1] === 'hundred' ? 100 : 1000);
    return { first: i, last: i, kind: 'ratio', value, unit: 'x' };
  }
  const ordinal = ORDINAL_WORDS.get(t.lower);
  if (ordinal !== undefined && ordinal >= 2) {
    const dash = tokens[i + 1];
    const word = tokens[i + 2];
    if (isDash(dash) && touching(t, dash) && touching(dash, word) && word?.kind === 'word' && !isIdiomCompound(tokens, i)) {
      return { first: i, last: i + 2, kind: 'quantity', value: ordinal, unit: word.lower };
    }
    const next = tokens[i + 1];
    if (next && ORDINAL_NOUNS.has(next.lower) && /^[a-z]/.test(t.text)) return { first: i, last: i, kind: 'quantity', value: ordinal, unit: 'ordinal' };
    // "the third fatal accident", "its fourth straight loss": a determiner, the ordinal, then the noun phrase.
    // ("a second later" keeps "second" out: from three on, an ordinal word is never a unit, and "second" after another
    // determiner is one: "the second violent storm".)
    const before = tokens[i - 1];
    if ((ordinal >= 3 || before?.lower !== 'a') && /^[a-z]/.test(t.text) && before && ORDINAL_DETERMINERS.has(before.lower) && next?.kind === 'word' && /^[a-z]/.test(next.text) && !NOT_NOUN_AFTER_ORDINAL.has(next.lower)) {
      return { first: i, last: i, kind: 'quantity', value: ordinal, unit: 'ordinal' };
    }
    // A place in a race or a table, standing alone: "finished fifth", "dropping him to eighth", "from fifth to eighth".
    const result = RESULT_VERBS.has(before?.lower ?? '');
    if ((ordinal >= 3 || result) && /^[a-z]/.test(t.text) && (result || PLACE_ARROWS.has(before?.lower ?? '')) &&
        (next === undefined || next.kind === 'sym' || NOT_NOUN_AFTER_ORDINAL.has(next.lower) || AFTER_PLACE.has(next.lower))) {
      return { first: i, last: i, kind: 'quantity', value: ordinal, unit: 'ordinal' };
    }
    return undefined;
  }
  // "more than a decade", "within a week", "for a year": one unit of time, when a qualifier or a preposition of
  // duration says it is measured.
  if ((t.lower === 'a' || t.lower === 'an') && isOneSpanOfTime(tokens, i)) {
    return { first: i, last: i + 1, kind: 'quantity', value: 1, unit: TIME_UNITS.get(tokens[i + 1]!.lower)! };
  }
  // "half an hour", "half a century": half of one unit of time (not "half a day's pay", "half a century-old rule").
  if (t.lower === 'half' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an') && SPAN_UNITS.has(tokens[i + 2]?.text ?? '') &&
    !opensCompoundOrPossessive(tokens, i + 2)) {
    return { first: i, last: i + 2, kind: 'quantity', value: 0.5, unit: TIME_UNITS.get(tokens[i + 2]!.lower)! };
  }
  // "a quarter of", "a third of"
  if ((t.lower === 'a' || t.lower === 'one') && FRACTION_WORDS.get(tokens[i + 1]?.lower ?? '') !== undefined && tokens[i + 2]?.lower === 'of' && tokens[i + 1]!.lower !== 'half') {
    return { first: i, last: i + 1, kind: 'quantity', value: FRACTION_WORDS.get(tokens[i + 1]!.lower)!, unit: 'fraction' };
  }
  // "nearly half of them", "Half of the victims": a share (but "the first half of 2024" is a period).
  if (t.lower === 'half' && tokens[i + 1]?.lower === 'of' && !NOT_A_SHARE_BEFORE_HALF.has(tokens[i - 1]?.lower ?? '')) {
    return { first: i, last: i, kind: 'quantity', value: 0.5, unit: 'fraction' };
  }
  // "a half-point rise", "a quarter-point cut", "half a percentage point": a move in percentage points.
  if ((t.lower === 'half' || t.lower === 'quarter') && isDash(tokens[i + 1]) && touching(t, tokens[i + 1]) && tokens[i + 2]?.lower === 'point') {
    return { first: i, last: i + 2, kind: 'percent', value: t.lower === 'half' ? 0.5 : 0.25, unit: 'pp' };
  }
  if ((t.lower === 'half' || t.lower === 'quarter') && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'percentage' && /^points?$/.test(tokens[i + 3]?.lower ?? '')) {
    return { first: i, last: i + 3, kind: 'percent', value: t.lower === 'half' ? 0.5 : 0.25, unit: 'pp' };
  }
  // "twice as likely" is a ratio; "the wind turned twice" a count of times.
  if (t.lower === 'twice' || t.lower === 'thrice') {
    const value = t.lower === 'twice' ? 2 : 3;
    // "twice as large", "twice the size", "twice Japan’s", "twice that of": a multiple of something.
    const next = tokens[i + 1];
    const multipleOf = next?.lower === 'as' || next?.lower === 'the' || next?.lower === 'that' || POSSESSIVE_WORDS.has(next?.lower ?? '') ||
      (next?.kind === 'word' && /^\p{Lu}/u.test(next.text) && (/['’]s$/.test(next.text) || /^['’]/.test(tokens[i + 2]?.text ?? '')));
    return multipleOf ? { first: i, last: i, kind: 'ratio', value, unit: 'x' } : { first: i, last: i, kind: 'quantity', value, unit: 'times' };
  }
  // "more than double the target", "nearly triple its size": a multiple; "a double-digit rise", "doubled" are not.
  const multiple = MULTIPLE_WORDS.get(t.lower);
  if (multiple) {
    const lead = tokens[i - 1]?.lower ?? '';
    const next = tokens[i + 1];
    // "more than double Caledon’s output": a name's possessive follows like "its".
    const follows = MULTIPLE_FOLLOWERS.has(next?.lower ?? '') || (next?.kind === 'word' && /^\p{Lu}\p{L}*['’]s$/u.test(next.text));
    // "plans to double production", "aims to triple its capacity" (but "to double down" is an idiom).
    const infinitive = lead === 'to' && next?.kind === 'word' && next.lower !== 'down' && tokens[i - 2]?.kind === 'word';
    // "exports could double within three years", "profit will double": a verb after a modal (not "will double down").
    const afterModal = MODAL_VERBS.has(lead) && next?.lower !== 'down' && !isDash(next);
    if ((MULTIPLE_LEADS.has(lead) && follows) || infinitive || afterModal) return { first: i, last: i, kind: 'ratio', value: multiple, unit: 'x' };
  }
  // "a doubling of transport fares", "the tripling of prices": the multiple as a noun.
  const multiplying = /ing$/.test(t.lower) ? MULTIPLE_WORDS.get(`${t.lower.slice(0, -3)}e`) : undefined;
  if (multiplying && /^(?:a|the)$/.test(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'of') {
    return { first: i, last: i, kind: 'ratio', value: multiplying, unit: 'x' };
  }
  // "trade more than doubled", "sales nearly tripled" (not "doubled down").
  const multiplied = t.lower.endsWith('ed') ? MULTIPLE_WORDS.get(t.lower.slice(0, -1)) : undefined;
  if (multiplied && tokens[i + 1]?.lower !== 'down' && !isDash(tokens[i + 1]) && !isDash(tokens[i - 1])) {
    return { first: i, last: i, kind: 'ratio', value: multiplied, unit: 'x' };
  }
  // "hundreds of people", "thousands of troops"
  const vague = VAGUE_SCALE_WORDS.get(t.lower);
  // "Dozens more are missing": more of the people just counted.
  if (vague !== undefined && /s$/.test(t.lower) && tokens[i + 1]?.lower === 'more' && t.lower !== 'scores') {
    return { first: i, last: i, kind: 'quantity', value: null, unit: 'count' };
  }
  // ("hundreds of thousands" is read at "thousands").
  if (vague !== undefined && tokens[i + 1]?.lower === 'of' && t.lower !== 'scores' && !VAGUE_SCALE_WORDS.has(tokens[i + 2]?.lower ?? '')) {
    const head = headNounAfter(tokens, i + 1);
    // "tens of thousands", "hundreds of thousands": the whole phrase is the figure.
    const outer = tokens[i - 1]?.lower === 'of' && /^(?:tens|hundreds|thousands)$/.test(tokens[i - 2]?.lower ?? '') ? i - 2 : i;
    if (head) return { first: outer, last: i, kind: 'quantity', value: null, unit: head };
  }
  return undefined;
}

/** Is "one" at `i` the last item of a list of counts in one pattern: "…, three in Marova and one in Selka"? */
function endsListOfCounts(tokens: Token[], i: number): boolean {
  const joiner = tokens[i - 1]?.lower;
  const preposition = tokens[i + 1];
  if ((joiner !== 'and' && joiner !== ',') || !preposition || !/^(?:in|at|from|on)$/.test(preposition.lower)) return false;
  // The item before: a number followed by the same preposition, within a few words.
  for (let j = i - 2; j >= Math.max(0, i - 8); j--) {
    if (tokens[j]!.text === '.' || tokens[j]!.text === ';') return false;
    if (tokens[j + 1]?.lower === preposition.lower && (tokens[j]!.kind === 'num' || (CARDINAL_WORDS.get(tokens[j]!.lower) ?? 0) >= 2)) return true;
  }
  return false;
}

/**
 * "one dead", "one person was killed", "killed one person": "one" counting the dead, the hurt or the missing (a state
 * of people, or a word of dying or killing, right after "one" or within a few words of "one person").
 */
function isTollOfOne(tokens: Token[], i: number): boolean {
  const isToll = (lower: string) => isPeopleState(lower) || DYING_WORDS.has(lower);
  const next = tokens[i + 1]?.lower ?? '';
  if (isToll(next)) return true;
  if (!countsPeople(next) && !ONE_PERSON_NOUNS.has(next)) return false;
  for (let j = Math.max(0, i - 3); j <= i + 5 && j < tokens.length; j++) {
    if (j !== i && isToll(tokens[j]!.lower)) return true;
  }
  return false;
}

/** Words of dying and killing beyond the states of people ("killed", "dead"). */
const DYING_WORDS = new Set(['died', 'dies', 'kill', 'kills', 'killing', 'death', 'fatality']);
/** Singular nouns for one person that the people lexicon, written for counts, leaves out. */
const ONE_PERSON_NOUNS = new Set(['man', 'woman', 'child', 'boy', 'girl']);

/** Words before "half of" that make it a part of something, not a share: "the first half of the year". */
const NOT_A_SHARE_BEFORE_HALF = new Set(['the', 'a', 'one', 'first', 'second', 'other', 'latter', 'former', 'this', 'that', 'its', 'their', 'his', 'her', 'each', 'and']);

/** Units of time a qualified "a" measures: "more than a decade", "about a week", "less than a day". */
const SPAN_UNITS = new Set(['minute', 'hour', 'day', 'week', 'fortnight', 'month', 'year', 'decade', 'century']);

/** Prepositions that make "a week", "one year" a length of time: "within a week", "for a year", "in a decade". */
const DURATION_PREPOSITIONS = new Set(['within', 'for', 'in', 'over', 'across']);

/**
 * Words after "in a year" that make it a point in time, not a length: "in a year when prices rose", "for a day after
 * the vote" (a qualifier still measures: "for about a week after the threat").
 */
const NOT_A_SPAN_AFTER = new Set(['when', 'where', 'which', 'that', 'ago', 'earlier', 'later', 'before', 'after', 'since']);

/**
 * Does "a"/"an"/"one" at `i` with the time unit after it measure a length of time? It does after a qualifier ("more
 * than a decade") or a preposition of duration ("within a week"), but not in "twice a day", "a year ago", "a week-long
 * strike" (a compound, read elsewhere) or "a day's pay".
 */
function isOneSpanOfTime(tokens: Token[], i: number): boolean {
  const unit = tokens[i + 1];
  if (!unit || unit.kind !== 'word' || !SPAN_UNITS.has(unit.lower) || !/^[a-z]/.test(unit.text)) return false;
  const after = tokens[i + 2];
  if (opensCompoundOrPossessive(tokens, i + 1)) return false;
  if (qualifierBefore(tokens, i, true)) return true;
  const before = tokens[i - 1]?.lower ?? '';
  if (!DURATION_PREPOSITIONS.has(before) || NOT_A_SPAN_AFTER.has(after?.lower ?? '')) return false;
  // "for the second time in a month" counts times, as "twice a day" does.
  if (before === 'in' && /^times?$/.test(tokens[i - 2]?.lower ?? '')) return false;
  // "in a year of turmoil", "over a decade of growth" describe the time; "within a month of the ruling" measures it.
  return !((before === 'in' || before === 'over') && after?.lower === 'of');
}

/** Whether the word at `i` runs on into a compound or a possessive: "week-long", "day’s pay". */
function opensCompoundOrPossessive(tokens: Token[], i: number): boolean {
  const after = tokens[i + 1];
  return after !== undefined && touching(tokens[i], after) && (isDash(after) || /^['’]/.test(after.text));
}

/** Time units that take "-long": "a week-long strike", "a decade-long deal". */
const LONG_UNITS = new Set(['hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century']);

const POSSESSIVE_WORDS = new Set(['its', 'their', 'his', 'her', 'our', 'my', 'your']);

const MULTIPLE_WORDS = new Map([
  ['double', 2],
  ['triple', 3],
  ['treble', 3],
  ['quadruple', 4],
]);
/** Words before "double" that make it a multiple stated about something, not a verb or an adjective ("2.0%, double the threshold"). */
const MULTIPLE_LEADS = new Set(['than', 'nearly', 'almost', 'roughly', 'about', 'around', 'some', 'over', 'is', 'was', 'are', 'were', 'be', 'been', 'now', 'still', ',']);
const MULTIPLE_FOLLOWERS = new Set(['the', 'that', 'what', 'last', ...POSSESSIVE_WORDS]);

/** Reads a percent, ratio or quantity starting at token `i`. */
export function readMeasure(tokens: Token[], i: number): MeasureResult {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'num' && (isInsideName(tokens, i) || isDesignator(tokens, i))) {
    let j = i;
    while (tokens[j + 1] && touching(tokens[j], tokens[j + 1]) && tokens[j + 1]!.kind !== 'sym') j++;
    return { skipTo: j };
  }
  const n = readNumber(tokens, i);
  if (!n) return t.kind === 'word' ? readWordForms(tokens, i) : undefined;

  const percent = readPercentUnit(tokens, n.last);
  if (percent) return { first: n.first, last: percent.last, kind: 'percent', value: n.value, unit: percent.unit };
  const ratioLast = readRatioUnit(tokens, n.first, n.last);
  if (ratioLast !== undefined) return { first: n.first, last: ratioLast, kind: 'ratio', value: n.value, unit: 'x' };

  if (n.spelled && n.value === 1 && tokens[n.last + 1]?.lower === 'in') {
    const of = readNumber(tokens, n.last + 2);
    if (of && of.value > 1) return { first: n.first, last: of.last, kind: 'quantity', value: 1 / of.value, unit: 'fraction' };
  }
  // Spelled "one" and "zero" almost never count anything ("one of", "one day", "zero-sum").
  if (n.spelled && n.value <= 1 && !n.scale) {
    const compound = n.value === 1 ? readCompound(tokens, n) : undefined;
    if (compound && 'kind' in compound && TIME_UNITS.get(tokens[n.last + 2]!.lower)) return compound;
    // "in one week", "for one year": a duration.
    if (n.value === 1 && n.first === n.last && isOneSpanOfTime(tokens, n.first)) {
      return { first: n.first, last: n.last + 1, kind: 'quantity', value: 1, unit: TIME_UNITS.get(tokens[n.last + 1]!.lower)! };
    }
    // "43 in the north, three in the west and one in the south": the last count of a list.
    if (n.value === 1 && n.first === n.last && endsListOfCounts(tokens, n.first)) return { first: n.first, last: n.last, kind: 'quantity', value: 1, unit: 'count' };
    // "left one person dead", "one dead": a toll of one is read like any other toll.
    if (!(n.value === 1 && n.first === n.last && isTollOfOne(tokens, n.first))) return { skipTo: n.last };
  }
  // "magnitude 7.1", "a 7.1-magnitude quake", "6.9 on the Richter scale": a magnitude, whatever noun follows
  // (read before the hyphenated compounds, which would make "magnitudes" of it).
  if (isStormCategory(tokens, n.first)) return { first: n.first - 1, last: n.last, kind: 'quantity', value: n.value, unit: 'category' };
  if (isMagnitude(tokens, n)) {
    const dash = tokens[n.last + 1];
    const glued = isDash(dash) && touching(tokens[n.last]!, dash!) && tokens[n.last + 2]?.lower === 'magnitude';
    return { first: n.first, last: glued ? n.last + 2 : n.last, kind: 'quantity', value: n.value, unit: 'magnitude' };
  }
  const compound = readCompound(tokens, n);
  if (compound) return compound;
  // "Two thirds of members", "three fifths of the seats": a spelled fraction, unhyphenated (not "two quarters", a
  // span of time).
  const part = tokens[n.last + 1];
  const fraction = part && part.lower !== 'quarters' && !n.scale && tokens[n.last + 2]?.lower === 'of' ? spelledFraction(n, part) : undefined;
  if (fraction !== undefined) return { first: n.first, last: n.last + 1, kind: 'quantity', value: n.value * fraction, unit: 'fraction' };
  const range = readNumberRange(tokens, n);
  if (range) return range;
  // "1 in 5 children", "one in four adults": a proportion
  const denominator = tokens[n.last + 1]?.lower === 'in' ? readNumber(tokens, n.last + 2) : undefined;
  if (denominator && denominator.value > n.value && n.value > 0) {
    return { first: n.first, last: denominator.last, kind: 'quantity', value: n.value / denominator.value, unit: 'fraction' };
  }

  // numeric ordinal: "23rd"
  const suffix = tokens[n.last + 1];
  if (!n.scale && t.kind === 'num' && suffix && touching(t, suffix) && /^(st|nd|rd|th)$/.test(suffix.lower)) {
    return { first: n.first, last: n.last + 1, kind: 'quantity', value: n.value, unit: 'ordinal' };
  }

  if (n.spelled) {
    if (!n.scale && isReferringExpression(tokens, n.first, n.last, n.value)) return { skipTo: n.last };
    // "Formula One", "Group of Seven": a capitalised number word inside a name
    if (/^[A-Z]/.test(t.text) && tokens[i - 1] && /^[A-Z]/.test(tokens[i - 1]!.text) && tokens[i - 1]!.kind === 'word') return { skipTo: n.last };
  } else if (!n.scale && followsNameWord(tokens, i) && !verbInTitleCase(tokens, i) && yearValue(t) === undefined && !isTimeUnit(tokens[n.last + 1]?.lower ?? '')) {
    return { skipTo: n.last }; // "Boeing 737", "Airbus 320" — but "gave Kaito 30 days" counts days
  }
  const next = tokens[n.last + 1];
  // "eight decades", "30 days": the time unit belongs to the figure
  if (next && next.kind === 'word' && /^[a-z]/.test(next.text) && (TIME_PLURALS.has(next.lower) || (n.value === 1 && TIME_UNITS.get(next.lower)))) {
    return { first: n.first, last: n.last + 1, kind: 'quantity', value: n.value, unit: TIME_PLURALS.has(next.lower) ? next.lower : pluralUnit(next.lower) };
  }
  const unit = next?.lower === 'times' ? 'times' : countUnit(tokens, n);
  return { first: n.first, last: n.last, kind: 'quantity', value: n.value, unit };
}

/** "Death Toll Crosses 170", "Quake Killed 12": in a Title Case headline a verb before a number is capitalised too. */
function verbInTitleCase(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  return prev !== undefined && /^\p{Lu}\p{Ll}+(?:[^s]s|ed)$/u.test(prev.text) && isTitleCaseLine(tokens, i);
}

/** The index of the possessive that ends a name of up to four words from `from` ("board's", "central bank's"). */
function possessiveEnd(tokens: Token[], from: number): number | undefined {
  for (let j = from; j < from + 4 && tokens[j]?.kind === 'word'; j++) if (/'s$|s'$/.test(tokens[j]!.lower)) return j;
  return undefined;
}
