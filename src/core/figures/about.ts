// What a figure measures, in words of its own sentence. Tried in order:
//   1. the noun phrase the figure modifies or is "of": "50% tariffs on most Chilean exports", "35% of Chile's imports";
//   2. the subject the figure is predicated of: "Bilateral trade reached $41.3 billion";
//   3. for a date or multiple right after another figure ("$41.3 billion in 2023–24"), that figure's `about`;
//   4. the words of the clause that follows ("In October, the administration added ...").

import type { DocumentStructure, Figure } from '../types';
import type { Candidate } from './candidate';
import { isDash, type Token } from './tokens';
import { isMeasureUnit } from './units';
import { isPaymentMedium } from '../lexicon/currencies';
import { AUXILIARIES, COMMON_VERBS, CONJUNCTIONS, DETERMINERS, FILLERS, isPronoun, MODAL_VERBS, PREPOSITIONS, PRONOUNS } from './wordClasses';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const porter: { stem(word: string): string } = require('natural/lib/natural/stemmers/porter_stemmer');

type Role = 'content' | 'link' | 'det' | 'verb' | 'stop' | 'dash' | 'punct' | 'figure';

/** Prepositions that join the parts of one noun phrase ("share of imports", "tariffs on exports"). */
const LINKS = new Set(['of', 'on', 'in', 'for', 'to', 'from', 'between', 'with', 'and', 'into', 'against', 'over']);

/** Nouns of change: "a six-fold increase" measures the growth of something named elsewhere. */
const CHANGE_NOUNS = new Set([
  'increase', 'rise', 'jump', 'growth', 'decline', 'drop', 'fall', 'gain', 'surge', 'hike', 'cut', 'reduction',
  'boost', 'decrease', 'slump', 'leap', 'expansion', 'contraction',
]);

/** Nouns for a body of people or things counted by what they hold: "a delegation of 100 officials", "a fleet of 40 ships". */
const COLLECTIVE_NOUNS = new Set([
  'delegation', 'team', 'teams', 'crowd', 'group', 'contingent', 'fleet', 'convoy', 'batch', 'consignment', 'shipment',
  'cohort', 'squad', 'unit', 'force', 'workforce', 'staff', 'panel', 'caravan', 'flotilla', 'column',
]);

/** -ing and -ed words that are nouns or adjectives, not verbs. */
const NOT_VERBS = new Set([
  'meeting', 'building', 'funding', 'spending', 'training', 'morning', 'evening', 'ceiling', 'opening', 'hearing',
  'briefing', 'offering', 'landing', 'warning', 'shipping', 'rating', 'setting', 'thing', 'king', 'ring', 'wing',
  'string', 'spring', 'bring', 'earnings', 'savings', 'holdings', 'proceeding', 'financing', 'manufacturing',
  'engineering', 'banking', 'housing', 'lending', 'pricing', 'sibling', 'shed', 'bed', 'red', 'hundred', 'need',
  'seed', 'speed', 'creed', 'breed', 'feed', 'greed', 'steed', 'weed',
]);

const MAX_WORDS = 8;

/** Pronouns that open a relative clause about the phrase before them. */
const RELATIVE_PRONOUNS = new Set(['which', 'who']);

/** Words after which a lone word is a verb: modals, "to" and the forms of "do". */
const MODALS = new Set([...MODAL_VERBS, 'to', 'did', 'does', 'do']);

const RELATIVE_TIME = new Set(['next', 'last', 'this', 'previous', 'coming', 'past', 'following', 'earlier', 'later']);

function looksVerbal(t: Token): boolean {
  if (!/^[a-z]/.test(t.text)) return false;
  if (NOT_VERBS.has(t.lower)) return false;
  if (COMMON_VERBS.has(t.lower) || AUXILIARIES.has(t.lower)) return true;
  return (t.lower.length > 4 && /ed$/.test(t.lower)) || (t.lower.length > 5 && /ing$/.test(t.lower));
}

function baseRole(t: Token): Role {
  if (t.kind === 'sym') return isDash(t) ? 'dash' : 'punct';
  if (t.kind === 'num') return 'figure';
  const w = t.lower;
  if (LINKS.has(w)) return 'link';
  if (DETERMINERS.has(w)) return 'det';
  if (looksVerbal(t)) return 'verb';
  if (PREPOSITIONS.has(w) || isPronoun(t) || CONJUNCTIONS.has(w) || FILLERS.has(w) || /^[a-z]+ly$/.test(t.text)) return 'stop';
  return 'content';
}

/** Token roles for one document, with figure tokens marked and glued names ("MIM-104") kept as content. */
function tokenRoles(tokens: Token[], figureOf: Int32Array): Role[] {
  const roles: Role[] = tokens.map(baseRole);
  for (let j = 0; j < tokens.length; j++) {
    const t = tokens[j]!;
    const prev = tokens[j - 1];
    const next = tokens[j + 1];
    const gluedLeft = prev !== undefined && prev.end === t.start;
    const gluedRight = next !== undefined && t.end === next.start;
    if (figureOf[j]! >= 0) roles[j] = 'figure';
    else if (t.kind === 'num' && (gluedLeft || gluedRight)) roles[j] = 'content';
    else if (t.kind === 'num' && prev?.kind === 'word' && /^\p{Lu}/u.test(prev.text) && next?.kind === 'word') roles[j] = 'content'; // "Boeing 737 jets"
    else if (roles[j] === 'dash' && t.text !== '—' && gluedLeft && gluedRight) roles[j] = 'content'; // "full-scale", "MIM-104"
    else if ((t.text === "'" || t.text === '’') && gluedLeft) roles[j] = 'content'; // "countries’"
    // the word after a glued dash belongs to the compound: "Swedish-designed", "state-run"
    // (so does a particle: "follow-up voyage", "follow-on order", "build-up")
    if (prev && isDash(prev) && prev.end === t.start && tokens[j - 2]?.end === prev.start) {
      const particle = (roles[j] === 'stop' || roles[j] === 'link') && /^[-‑]$/.test(prev.text) && t.kind === 'word' && tokens[j - 2]!.kind === 'word';
      if (roles[j] === 'verb' || particle) roles[j] = 'content';
    }
  }
  // After a possessive comes a noun phrase: "the world's supply", "the world's mined supply".
  for (let j = 1; j < tokens.length; j++) {
    if (roles[j] !== 'verb' || AUXILIARIES.has(tokens[j]!.lower) || !isPossessiveEnd(tokens, j - 1)) continue;
    roles[j] = 'content';
    if (/(?:ed|ing)$/.test(tokens[j]!.lower) && roles[j + 1] === 'verb' && !AUXILIARIES.has(tokens[j + 1]!.lower)) roles[j + 1] = 'content';
  }
  // an -ed/-ing word right before a content word is an adjective ("discounted Valdorian oil", "pending shipments")
  // (but not after a subject: "the company reported revenue"; a possessive is no subject: "the world's mined supply")
  for (let j = 0; j < tokens.length - 1; j++) {
    const afterSubject = roles[j - 1] === 'content' && !isPossessiveEnd(tokens, j - 1);
    if (roles[j] === 'verb' && roles[j + 1] === 'content' && !afterSubject && !AUXILIARIES.has(tokens[j]!.lower) && !COMMON_VERBS.has(tokens[j]!.lower)) roles[j] = 'content';
  }
  return roles;
}

/** Does token `j` end a possessive: "world's" (one token), or the apostrophe of "countries’"? */
function isPossessiveEnd(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (!t) return false;
  if (t.text === "'" || t.text === '’') return tokens[j - 1]?.end === t.start;
  return /'s$/.test(t.lower);
}

interface Context {
  text: string;
  tokens: Token[];
  roles: Role[];
  figureOf: Int32Array;
}

function slice(ctx: Context, first: number, last: number): string {
  return ctx.text.slice(ctx.tokens[first]!.start, ctx.tokens[last]!.end);
}

/** Trims link and determiner tokens from both ends of [first, last]; undefined if nothing content is left. */
function trim(ctx: Context, first: number, last: number): [number, number] | undefined {
  while (first <= last && ctx.roles[first] !== 'content') first++;
  while (last >= first && ctx.roles[last] !== 'content') last--;
  return first <= last ? [first, last] : undefined;
}

/** The noun phrase right after the figure (or after its "of"). Returns token bounds. */
function rightPhrase(ctx: Context, from: number, end: number): [number, number] | undefined {
  const { tokens, roles } = ctx;
  let j = from;
  // "$1 billion (€920 million) deal": step over a parenthesised figure
  if (tokens[j]?.text === '(') {
    let k = j + 1;
    while (k < end && k < j + 8 && roles[k] === 'figure') k++;
    if (tokens[k]?.text === ')' && k > j + 1) j = k + 1;
  }
  if (tokens[j]?.lower === 'of') {
    j++;
    while (j < end && (roles[j] === 'det' || roles[j] === 'figure')) j++;
  }
  if (j >= end || roles[j] !== 'content') return undefined;
  // "next year", "this month": a time adverbial, not what the figure measures
  if (RELATIVE_TIME.has(tokens[j]!.lower)) return undefined;
  const first = j;
  let links = 0;
  let words = 0;
  let last = j;
  for (; j < end && words < MAX_WORDS; j++) {
    const role = roles[j];
    if (role === 'content') { last = j; words++; continue; }
    if (role === 'link' && links === 0 && tokens[j]!.lower !== 'and') { links++; continue; }
    if (role === 'det' && roles[j - 1] === 'link') continue;
    if (slashJoined(ctx, j)) continue;
    break;
  }
  return trim(ctx, first, last);
}

/** A slash written tight between two words joins them into one ("a cash/stock deal", "an oil/gas field"). */
function slashJoined(ctx: Context, j: number): boolean {
  const { tokens, roles } = ctx;
  const [before, slash, after] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  return slash?.text === '/' && before !== undefined && after !== undefined && roles[j - 1] === 'content' && roles[j + 1] === 'content' &&
    !isMeasureUnit(before.lower) && before.end === slash.start && slash.end === after.start;
}

interface LeftResult {
  phrase?: [number, number];
  /** The figure met right before, through nothing but link words ("$41.3 billion in 2023–24"). */
  leaningOn?: number;
}

/** The subject or noun phrase the figure is predicated of, walking left past verbs and prepositions. */
function leftPhrase(ctx: Context, before: number, begin: number, withVerb: boolean): LeftResult {
  const { tokens, roles, figureOf } = ctx;
  let j = before;
  let steps = 0;
  let onlyLinks = true;
  let leaningOn: number | undefined;
  let onlyParticiple = true;
  while (j >= begin && steps < 14) {
    const role = roles[j]!;
    if (role === 'figure') {
      if (onlyLinks && leaningOn === undefined) leaningOn = figureOf[j]!;
    } else if (role === 'punct' && tokens[j]!.text === ',' && onlyParticiple && steps > 0) {
      // "..., saving billions": the participle's subject is the phrase before the comma
      onlyParticiple = false;
    } else if (role === 'punct' && tokens[j]!.text === ',' && RELATIVE_PRONOUNS.has(tokens[j + 1]?.lower ?? '')) {
      // "the currency, which slipped 0.4%": the relative clause speaks of the phrase before its comma
    } else if (role === 'content' || role === 'punct') {
      break;
    } else if (role !== 'link') {
      onlyLinks = false;
    }
    if (!(role === 'verb' && /ing$/.test(tokens[j]!.lower)) && role !== 'punct') onlyParticiple = false;
    j--;
    steps++;
  }
  if (j < begin || roles[j] !== 'content') return { leaningOn };
  const last = j;
  let words = 0;
  let links = 0;
  for (; j >= begin && words < MAX_WORDS; j--) {
    const role = roles[j];
    if (role === 'content') { words++; continue; }
    if (role === 'link' && links < 2 && j - 1 >= begin && (roles[j - 1] === 'content' || (roles[j - 1] === 'det' && roles[j - 2] === 'content'))) { links++; continue; }
    if (role === 'det' && roles[j - 1] === 'link' && roles[j + 1] === 'content') continue;
    break;
  }
  const phrase = trim(ctx, j + 1, last);
  // "could shrink by 2%": a lone word after a modal is a verb; look for the subject before it
  if (phrase && phrase[0] === phrase[1] && j >= begin && MODALS.has(tokens[j]!.lower)) {
    const subject = leftPhrase(ctx, j, begin, false);
    if (subject.phrase) return { phrase: subject.phrase, leaningOn };
  }
  // for dates a lone noun says little: keep the verb before it ("gained independence", "took office")
  if (withVerb && phrase && phrase[0] === phrase[1]) {
    let k = phrase[0] - 1;
    if (roles[k] === 'link') k--;
    if (k >= begin && roles[k] === 'verb' && !AUXILIARIES.has(tokens[k]!.lower)) phrase[0] = k;
  }
  return { phrase, leaningOn };
}

/**
 * For a figure that opens its sentence ("In October, the administration added a tariff on goods"):
 * the clause's subject, verb and object, without determiners and figures.
 */
function clauseAfter(ctx: Context, from: number, end: number): string | undefined {
  const { roles, tokens } = ctx;
  let j = from;
  while (j < end && (roles[j] === 'punct' || roles[j] === 'det' || roles[j] === 'stop')) j++;
  const subjectStart = j;
  while (j < end && (roles[j] === 'content' || (tokens[j]!.lower === 'and' && roles[j + 1] === 'content'))) j++;
  if (j === subjectStart) return undefined;
  const parts = [slice(ctx, subjectStart, j - 1)];
  const verbStart = j;
  while (j < end && (roles[j] === 'verb' || roles[j] === 'stop')) j++;
  const verbs = tokens.slice(verbStart, j).filter((t, k) => roles[verbStart + k] === 'verb' && !AUXILIARIES.has(t.lower));
  if (verbs.length) parts.push(verbs[verbs.length - 1]!.text);
  while (j < end && (roles[j] === 'det' || roles[j] === 'figure')) j++;
  const object = rightPhrase(ctx, j, end);
  if (object) parts.push(slice(ctx, ...object));
  return parts.join(' ');
}

/** The main clause after a time that opens its sentence with "later", "into …" or "after …" and a comma. */
function leadingTimeClause(ctx: Context, from: number, end: number): string | undefined {
  const next = ctx.tokens[from]?.lower;
  if (next !== 'later' && next !== 'into' && next !== 'after') return undefined;
  for (let j = from + 1; j < Math.min(end, from + 6); j++) if (ctx.tokens[j]!.text === ',') return mainClauseWords(ctx, j + 1, end);
  return undefined;
}

/** The first content words and verbs of a clause, up to its next comma: "she and Marek were safe on board" → "Marek safe board". */
function mainClauseWords(ctx: Context, from: number, end: number): string | undefined {
  const words: string[] = [];
  for (let j = from; j < end && words.length < MAX_WORDS && ctx.tokens[j]!.text !== ','; j++) {
    if (ctx.roles[j] === 'content' || (ctx.roles[j] === 'verb' && !AUXILIARIES.has(ctx.tokens[j]!.lower))) words.push(ctx.tokens[j]!.text);
  }
  return words.length ? words.join(' ') : undefined;
}

/** Words after "in" that say how or when an amount counts, not what it is: "in total", "in real terms". */
const NOT_PAID_AS = new Set(['total', 'all', 'terms', 'part', 'addition', 'full', 'return', 'exchange', 'value', 'recent', 'each', 'mid', 'early', 'late']);

/**
 * What an amount is paid as, from "in" and a common noun right after it ("$3 million in damages"): a name there
 * ("in Texas", "in March") says where or when. In a headline written in title case ("$3 Million in Damages") the
 * amount's own scale word is capitalised too.
 */
function paidAs(ctx: Context, last: number, end: number): string | undefined {
  const phrase = rightPhrase(ctx, last + 2, end);
  if (!phrase) return undefined;
  const head = ctx.tokens[phrase[0]]!;
  const titleCase = /^\p{Lu}\p{Ll}+$/u.test(ctx.tokens[last]!.text);
  if (NOT_PAID_AS.has(head.lower) || isPaymentMedium(head.lower) || (/^\p{Lu}/u.test(head.text) && !titleCase)) return undefined;
  return slice(ctx, ...phrase);
}

/** Token index range [begin, end) of each sentence, computed in one pass over the tokens. */
function sentenceTokenRanges(tokens: Token[], structure: DocumentStructure): [number, number][] {
  const ranges: [number, number][] = [];
  let j = 0;
  for (const s of structure.sentences) {
    while (j < tokens.length && tokens[j]!.start < s.start) j++;
    const begin = j;
    while (j < tokens.length && tokens[j]!.end <= s.end) j++;
    ranges.push([begin, j]);
  }
  return ranges;
}

/** Token range of the line around a figure that lies in no sentence (at most 200 tokens each way). */
function lineTokens(tokens: Token[], text: string, first: number, last: number): [number, number] {
  const newlineBetween = (a: Token, b: Token): boolean => text.slice(a.end, b.start).includes('\n');
  let begin = first;
  while (begin > 0 && first - begin < 200 && !newlineBetween(tokens[begin - 1]!, tokens[begin]!)) begin--;
  let end = last + 1;
  while (end < tokens.length && end - last < 200 && !newlineBetween(tokens[end - 1]!, tokens[end]!)) end++;
  return [begin, end];
}

/** Fills `about` on each figure, in document order (later figures may borrow from earlier ones). */
export function describeAbout(text: string, tokens: Token[], structure: DocumentStructure, items: { candidate: Candidate; figure: Figure }[]): void {
  const figureOf = new Int32Array(tokens.length).fill(-1);
  items.forEach((item, index) => { for (let j = item.candidate.first; j <= item.candidate.last; j++) figureOf[j] = index; });
  const ctx: Context = { text, tokens, roles: tokenRoles(tokens, figureOf), figureOf };

  const sentenceRanges = sentenceTokenRanges(tokens, structure);
  /** Per sentence, the last earlier non-date figure with an `about`, for figures that borrow one. */
  const lastMeasured = new Map<number, Figure>();

  items.forEach((item) => {
    const { candidate: c, figure: f } = item;
    const [begin, end] = sentenceRanges[f.sentence] ?? lineTokens(tokens, text, c.first, c.last);
    const right = rightPhrase(ctx, c.last + 1, end);
    const left = leftPhrase(ctx, c.first - 1, begin, c.kind === 'date');
    const borrowed = left.leaningOn !== undefined ? items[left.leaningOn]?.figure.about : undefined;
    const previousFigure = lastMeasured.get(f.sentence);
    const previous = previousFigure ? { figure: previousFigure } : undefined;
    const isDuration = c.kind === 'quantity' && /^(days|weeks|months|years|decades|centuries|hours|minutes)$/.test(c.unit);
    const rightIsOf = tokens[c.last + 1]?.lower === 'of';

    // "a depth of 10 km", "a line of 720 kilometres": a unit of measure says nothing; what it measures comes before.
    const rightIsUnit = right !== undefined && right[1] === right[0] && isMeasureUnit(tokens[right[0]]!.lower) && left.phrase !== undefined;

    let about: string | undefined;
    if (right && !(isDuration && rightIsOf) && !rightIsUnit) {
      const head = tokens[right[0]]!.lower;
      if (CHANGE_NOUNS.has(head) && (c.kind === 'ratio' || c.kind === 'percent')) {
        const base = left.phrase ? slice(ctx, ...left.phrase) : previous?.figure.about;
        about = base ? `${base} ${head}` : slice(ctx, ...right);
      } else {
        about = slice(ctx, ...right);
      }
    }
    // "Half an hour after liftoff, the crew docked", "40 minutes into the flight, the pilots lost contact": a time that
    // opens its sentence measures the wait for what the main clause tells.
    const lead = isDuration && c.first === begin ? leadingTimeClause(ctx, c.last + 1, end) : undefined;
    if (lead) about = lead;
    // "a delegation of about 100 officials" measures the delegation, as "a 120-member delegation" does.
    const collective = tokens[c.first - 1]?.lower === 'of' ? tokens[c.first - 2]?.lower : undefined;
    if (about && collective && COLLECTIVE_NOUNS.has(collective) && c.kind === 'quantity') about = `${collective} of ${about}`;
    // A list item that leaves its noun out takes the first item's, with its own place: "318,000 vehicles in the United
    // States, 162,000 in Japan and 41,500 in Australia" — the last counts vehicles in Australia.
    const listed = c.kind !== 'date' && previousFigure && previousFigure.unit === f.unit ? listItemAbout(text, tokens, c, previousFigure.about) : undefined;
    if (listed) about = listed;
    // "allots P1.56 trillion for infrastructure", "₱62bn for military modernisation": money measured by its purpose.
    if (!about && c.kind === 'money' && tokens[c.last + 1]?.lower === 'for') {
      const purpose = rightPhrase(ctx, c.last + 2, end);
      if (purpose) about = slice(ctx, ...purpose);
    }
    // "$3 million in damages", "€40m in aid": money measured by what it is paid as.
    if (!about && c.kind === 'money' && tokens[c.last + 1]?.lower === 'in') about = paidAs(ctx, c.last, end);
    if (!about && c.kind === 'date' && borrowed) about = borrowed;
    if (!about && left.phrase) about = slice(ctx, ...left.phrase);
    if (!about && borrowed) about = borrowed;
    if (!about && right) about = slice(ctx, ...right);
    if (!about && c.kind !== 'date' && previous) about = previous.figure.about;
    if (!about) about = clauseAfter(ctx, c.last + 1, end);
    f.about = about ?? (c.kind === 'date' && end - begin === c.last - c.first + 1 ? 'dateline' : '');
    if (f.kind !== 'date' && f.about) lastMeasured.set(f.sentence, f);
  });
}

/** "…, 162,000 in Japan": a figure after a list comma or "and", then its own place; the noun from the first item. */
function listItemAbout(text: string, tokens: Token[], c: Candidate, firstAbout: string): string | undefined {
  const before = text.slice(Math.max(0, tokens[c.first]!.start - 6), tokens[c.first]!.start);
  if (!/(?:,|\band)[ \u00A0]+$/.test(before)) return undefined;
  const place = /^[ \u00A0]+(in|at|from|for)[ \u00A0]+((?:the[ \u00A0]+)?\p{Lu}[\p{L}.’'-]*(?:[ \u00A0]+\p{Lu}[\p{L}.’'-]*)*)/u.exec(text.slice(tokens[c.last]!.end, tokens[c.last]!.end + 60));
  const noun = /^(.+?)[ \u00A0]+(?:in|at|from|for)[ \u00A0]/u.exec(firstAbout)?.[1];
  // (A sentence's full stop is not part of the place; the dots of "U.S." are.)
  return place && noun ? `${noun} ${place[1]} ${place[2]!.replace(/(\p{L}{2,})\.$/u, '$1')}` : undefined;
}

const STEM_STOPWORDS = new Set([...DETERMINERS, ...PREPOSITIONS, ...AUXILIARIES, ...PRONOUNS, ...CONJUNCTIONS, ...FILLERS]);

/** Content-word stems of a figure's `about` ("Chile's crude oil imports" → ["chile", "crude", "oil", "import"]). */
export function aboutStems(figure: Pick<Figure, 'about'>): string[] {
  const words = figure.about.toLowerCase().replace(/['’]s\b/g, '').match(/[a-z][a-z-]*[a-z]|[a-z]/g) ?? [];
  const stems: string[] = [];
  for (const word of words) {
    if (STEM_STOPWORDS.has(word)) continue;
    for (const part of word.split('-')) if (part && !STEM_STOPWORDS.has(part)) stems.push(porter.stem(part));
  }
  return stems;
}
