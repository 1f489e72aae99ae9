// Calendar figures: full dates, month + year, month alone, years, year ranges, decades, fiscal years.

import type { Candidate } from './candidate';
import { isDash, touching, type Token } from './tokens';
import { TIME_ZONES } from '../lexicon/timeZones';

const MONTHS: ReadonlyMap<string, number> = new Map(Object.entries({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
}));

/** Month names that are also common English words; alone they need a date preposition before them. */
const AMBIGUOUS_MONTHS = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec', 'feb', 'apr', 'sept']);

/** Words that, right before a bare month or year, make it a calendar reference. */
const DATE_LEAD_WORDS = new Set([
  'in', 'on', 'since', 'by', 'until', 'till', 'from', 'through', 'to', 'during', 'before', 'after', 'of',
  'last', 'next', 'this', 'early', 'late', 'mid', 'end', 'between', 'and', 'or', 'around', 'circa', 'as',
]);

const MIN_YEAR = 1800;
const MAX_YEAR = 2100;

/** The month (1–12) a lower-case month name or abbreviation names: "november", "nov", "sept". */
export function monthOfWord(lower: string): number | undefined {
  return MONTHS.get(lower);
}

export function monthNumber(token: Token | undefined): number | undefined {
  if (!token || token.kind !== 'word') return undefined;
  if (token.text[0] !== token.text[0]!.toUpperCase()) return undefined; // months are capitalised
  return MONTHS.get(token.lower);
}

function isPlainDigits(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'num' && /^\d+$/.test(token.text);
}

/** A four-digit year token ("2018"), not "2,018" or "2018.5". */
export function yearValue(token: Token | undefined): number | undefined {
  if (!isPlainDigits(token) || token!.text.length !== 4) return undefined;
  const year = Number(token!.text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** A day of the month, optionally with its ordinal suffix glued ("7", "7th"); returns the last index. */
function readDay(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!isPlainDigits(t) || t!.text.length > 2) return undefined;
  const day = Number(t!.text);
  if (day < 1 || day > 31) return undefined;
  const suffix = tokens[i + 1];
  if (suffix && touching(t, suffix) && /^(st|nd|rd|th)$/.test(suffix.lower)) return i + 1;
  if (suffix && touching(t, suffix) && suffix.kind === 'word') return undefined;
  return i;
}

/** Index after an optional abbreviation dot ("Dec." → skips the dot). */
function skipDot(tokens: Token[], i: number): number {
  // "May", "June" and "July" are whole words: their dot ends the sentence.
  const whole = /^(?:may|june|july)$/i.test(tokens[i]?.text ?? '');
  return !whole && tokens[i + 1]?.text === '.' && touching(tokens[i], tokens[i + 1]) && tokens[i]!.text.length <= 4 ? i + 1 : i;
}

/** The end of a year range that starts with `first` at token `i` ("2024–25", "2004-2008", "2024/25"). */
function readYearRangeEnd(tokens: Token[], i: number, first: number): { last: number; end: number } | undefined {
  const joiner = tokens[i + 1];
  const second = tokens[i + 2];
  if (!joiner || !(isDash(joiner) || joiner.text === '/') || !touching(tokens[i], joiner) || !touching(joiner, second)) return undefined;
  if (!isPlainDigits(second)) return undefined;
  let end: number;
  if (second!.text.length === 2) {
    end = Math.floor(first / 100) * 100 + Number(second!.text);
    if (end <= first) end += 100;
  } else if (second!.text.length === 4) {
    end = Number(second!.text);
  } else {
    return undefined;
  }
  if (end <= first || end - first > 50) return undefined;
  // a glued letter after the range makes it a name or code, not a period
  if (touching(second, tokens[i + 3]) && tokens[i + 3]!.kind !== 'sym') return undefined;
  return { last: i + 2, end };
}

/** True when a month alone at `i` reads as a date rather than the verb/modal ("may", "march"). */
function bareMonthIsDate(tokens: Token[], i: number): boolean {
  const token = tokens[i]!;
  const prev = tokens[i - 1];
  const ledByDateWord = prev !== undefined && DATE_LEAD_WORDS.has(prev.lower);
  if (AMBIGUOUS_MONTHS.has(token.lower)) return ledByDateWord && !touching(prev, token);
  const next = tokens[i + 1];
  // "October Revolution"-style names: a capitalised word right after the month
  if (next && next.kind === 'word' && /^[A-Z]/.test(next.text) && !ledByDateWord) return false;
  return true;
}

/** Reads a date figure at token `i`. */
const QUARTER_ORDINALS = new Map([
  ['first', 1],
  ['second', 2],
  ['third', 3],
  ['fourth', 4],
  ['final', 4],
  ['1st', 1],
  ['2nd', 2],
  ['3rd', 3],
  ['4th', 4],
]);

/** The quarter (1–4) that an ordinal before "quarter" names: "third" → 3, "final" → 4. */
export function quarterNumber(lowerOrdinal: string): number | undefined {
  return QUARTER_ORDINALS.get(lowerOrdinal);
}

function readQuarter(tokens: Token[], i: number): Candidate | undefined {
  const t = tokens[i]!;
  if (!QUARTER_ORDINALS.has(t.lower) || tokens[i + 1]?.lower !== 'quarter') return undefined;
  // "the first quarter", or a label with no article ("GDP growth, first quarter: 2.1%"); not "a first quarter loss".
  const withArticle = tokens[i - 1]?.lower === 'the';
  if (!withArticle && /^[\p{L}\d]/u.test(tokens[i - 1]?.text ?? '')) return undefined;
  const first = withArticle ? i - 1 : i;
  // "the third quarter of 2025" carries its year.
  if (tokens[i + 2]?.lower === 'of') {
    const year = yearValue(tokens[i + 3]);
    if (year !== undefined) return { first, last: i + 3, kind: 'date', value: year, unit: 'year' };
  }
  return { first, last: i + 1, kind: 'date', value: null, unit: 'quarter' };
}

/**
 * A time of day: "4 a.m.", "6 pm", "9pm", "7.45pm", "11:47 p.m.", "11:47 GMT". A date figure with no year; its
 * clock time is part of the wording only.
 */
export function readTime(tokens: Token[], i: number): Candidate | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'num' || !/^\d{1,2}(?:\.\d{2})?$/.test(t.text)) return undefined;
  if (Number(t.text.split('.')[0]) > 24) return undefined;
  let j = i;
  // "11:47"
  let minutes = t.text.includes('.');
  if (!minutes && tokens[i + 1]?.text === ':' && touching(t, tokens[i + 1]) && /^\d{2}$/.test(tokens[i + 2]?.text ?? '') && touching(tokens[i + 1], tokens[i + 2])) {
    j = i + 2;
    minutes = true;
  }
  const next = tokens[j + 1];
  if (!next) return undefined;
  // "pm", "am" glued or spaced
  if (next.kind === 'word' && (next.lower === 'am' || next.lower === 'pm') && (touching(tokens[j], next) || next.start - tokens[j]!.end === 1)) {
    // "am" spaced after a bare hour is the verb in "I am": only glued, or after minutes, or written in capitals
    if (!touching(tokens[j], next) && !minutes && next.text !== 'AM' && next.text !== 'PM') return undefined;
    return { first: i, last: j + 1, kind: 'date', value: null, unit: 'time' };
  }
  // "a.m.", "p.m."
  if (next.kind === 'word' && (next.lower === 'a' || next.lower === 'p') && tokens[j + 2]?.text === '.' && tokens[j + 3]?.lower === 'm' &&
      touching(next, tokens[j + 2]) && touching(tokens[j + 2], tokens[j + 3])) {
    const last = tokens[j + 4]?.text === '.' && touching(tokens[j + 3], tokens[j + 4]) ? j + 4 : j + 3;
    return { first: i, last, kind: 'date', value: null, unit: 'time' };
  }
  // "11:47 GMT"
  if (minutes && !t.text.includes('.') && next.kind === 'word' && TIME_ZONES.has(next.lower) && next.text === next.text.toUpperCase()) {
    return { first: i, last: j + 1, kind: 'date', value: null, unit: 'time' };
  }
  return undefined;
}

/**
 * A fiscal year at token `i` ("FY" then digits), as a figure opening at token `first`. A single fiscal year is the
 * year as written: countries start it in different months ("FY2026" ends in March 2026 in India, in March 2027 in
 * Japan).
 */
function readFiscalYear(tokens: Token[], i: number, first: number): Candidate | undefined {
  const j = i + 1;
  if (!isPlainDigits(tokens[j])) return undefined;
  const digits = tokens[j]!.text;
  if (digits.length === 2) return { first, last: j, kind: 'date', value: 2000 + Number(digits), unit: 'year' };
  const start = yearValue(tokens[j]);
  if (start === undefined) return undefined;
  const range = readYearRangeEnd(tokens, j, start);
  if (range) return { first, last: range.last, kind: 'date', value: [start, range.end], unit: 'year' };
  return { first, last: j, kind: 'date', value: start, unit: 'year' };
}

/** "Q3", "H1": a quarter or half of a year written as a label. */
export function isPartOfYearLabel(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  const n = tokens[i + 1];
  if (!t || t.kind !== 'word' || !touching(t, n) || n!.kind !== 'num') return false;
  return (t.text === 'Q' && /^[1-4]$/.test(n!.text)) || (t.text === 'H' && /^[12]$/.test(n!.text));
}

/**
 * A quarter or half of a year written as one word with the year it belongs to: "Q1:2024-25", "Q2FY26", "H1:2024".
 * The figure is the year it names. Spaced ("Q3 2024-25", "Q2 FY26"), the year is a figure of its own; a bare "Q3"
 * only labels the figures beside it.
 */
function readPartOfYear(tokens: Token[], i: number): Candidate | undefined {
  if (!isPartOfYearLabel(tokens, i)) return undefined;
  let j = i + 2;
  if (tokens[j]?.text === ':' && touching(tokens[j - 1], tokens[j])) j++;
  const year = tokens[j];
  if (!year || !touching(tokens[j - 1], year)) return undefined;
  if (year.kind === 'word' && year.text === 'FY') return readFiscalYear(tokens, j, i);
  const start = yearValue(year);
  if (start === undefined) return undefined;
  const range = readYearRangeEnd(tokens, j, start);
  if (range) return { first: i, last: range.last, kind: 'date', value: [start, range.end], unit: 'year' };
  return { first: i, last: j, kind: 'date', value: start, unit: 'year' };
}

export function readDate(tokens: Token[], i: number): Candidate | undefined {
  const t = tokens[i];
  if (!t) return undefined;

  // "the first quarter", "the third quarter of 2025", "Q3 2025": a quarter of a year is a period.
  const quarter = readQuarter(tokens, i);
  if (quarter) return quarter;

  const month = monthNumber(t);
  if (month !== undefined) {
    const afterMonth = skipDot(tokens, i);
    const dayLast = readDay(tokens, afterMonth + 1);
    if (dayLast !== undefined) {
      // "March 14, 2019" / "Mar. 14 2019" / "March 14"
      let j = dayLast + 1;
      if (tokens[j]?.text === ',') j++;
      const year = yearValue(tokens[j]);
      if (year !== undefined) return { first: i, last: j, kind: 'date', value: year, unit: 'year' };
      if (yearValue(tokens[afterMonth + 1]) === undefined) return { first: i, last: dayLast, kind: 'date', value: null, unit: 'day' };
    }
    const year = yearValue(tokens[afterMonth + 1]);
    if (year !== undefined) return { first: i, last: afterMonth + 1, kind: 'date', value: year, unit: 'year' };
    if (!bareMonthIsDate(tokens, i)) return undefined;
    return { first: i, last: afterMonth === i || MONTHS.get(t.lower) === undefined ? i : afterMonth, kind: 'date', value: null, unit: 'month' };
  }

  // "7 December 2025", "7th December"
  const dayLast = readDay(tokens, i);
  if (dayLast !== undefined && monthNumber(tokens[dayLast + 1]) !== undefined) {
    const afterMonth = skipDot(tokens, dayLast + 1);
    const year = yearValue(tokens[afterMonth + 1]);
    if (year !== undefined) return { first: i, last: afterMonth + 1, kind: 'date', value: year, unit: 'year' };
    return { first: i, last: afterMonth, kind: 'date', value: null, unit: 'day' };
  }

  // Fiscal years: "FY25", "FY2024-25", "FY 2024"
  if (t.kind === 'word' && t.text === 'FY') return readFiscalYear(tokens, i, i);

  // A quarter or half written in one word with its year: "Q1:2024-25", "Q2FY26".
  const labelled = readPartOfYear(tokens, i);
  if (labelled) return labelled;

  const year = yearValue(t);
  if (year === undefined) return undefined;
  const range = readYearRangeEnd(tokens, i, year);
  if (range) return { first: i, last: range.last, kind: 'date', value: [year, range.end], unit: 'year' };
  // "1990s", "1990’s"
  const next = tokens[i + 1];
  if (year % 10 === 0 && touching(t, next)) {
    // "mid-2010s": the part of the decade is part of the figure's wording
    const dash = tokens[i - 1];
    const first = dash && isDash(dash) && touching(dash, t) && /^(?:mid|early|late)$/.test(tokens[i - 2]?.lower ?? '') && touching(tokens[i - 2], dash) ? i - 2 : i;
    if (next!.lower === 's') return { first, last: i + 1, kind: 'date', value: [year, year + 9], unit: 'year' };
    if ((next!.text === '’' || next!.text === "'") && tokens[i + 2]?.lower === 's' && touching(next, tokens[i + 2])) {
      return { first: i, last: i + 2, kind: 'date', value: [year, year + 9], unit: 'year' };
    }
  }
  if (looksLikeCount(tokens, i)) return undefined;
  return { first: i, last: i, kind: 'date', value: year, unit: 'year' };
}

/** "2000 troops": a four-digit number before a plural noun, with no date word before it, is a count. */
function looksLikeCount(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (prev && (DATE_LEAD_WORDS.has(prev.lower) || monthNumber(prev) !== undefined)) return false;
  // "the Nuclear Damage Act, 2010 allows …": the year a named act or code is dated by.
  if (prev?.text === ',' && /^(?:Act|Code|Bill|Rules|Regulations|Ordinance|Amendment|Law)$/.test(tokens[i - 2]?.text ?? '')) return false;
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || touching(tokens[i], next)) return false;
  return /^[a-z]{3,}s$/.test(next.text) && !/(ss|us|is|ous)$/.test(next.text) && !['was', 'has', 'does', 'sees', 'says'].includes(next.text);
}
