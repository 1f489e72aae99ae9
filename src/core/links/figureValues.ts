// Comparing figures: which ones can measure the same thing, and how their values relate.

import { monthOfWord, quarterNumber } from '../figures/dates';
import { TALLY_UNIT } from '../figures/tallies';
import { plainDigits } from '../figures/tokens';
import { VAGUE_SCALE_WORDS } from '../lexicon/numberWords';
import { isCountableThingConcept } from '../lexicon/paraphrases';
import { countsPeople } from '../lexicon/people';
import { isDemonym } from '../lexicon/places';
import { contentWords } from '../text/words';
import type { Figure } from '../types';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Figures with the same key are comparable (same kind and unit); undefined for figures never compared. */
export function compatibilityKey(f: Figure): string | undefined {
  if (f.kind === 'date') {
    // A time of day compares with times of day ("about 6 p.m." against "7.45pm").
    if (clockMinutesOf(f) !== undefined) return 'date:time';
    // A calendar day compares with days ("Nov. 4" against "11 November"), not with years (see secondaryDateKeys).
    if (calendarDayOf(f) !== undefined) return 'date:day';
    if (f.value !== null) return 'date:year';
    if (monthOf(f) !== undefined) return 'date:month';
    return quarterOf(f) !== undefined ? 'date:quarter' : undefined;
  }
  if (isBasisPoints(f)) return 'percent:pp';
  const unit = f.kind === 'quantity' ? (inBaseUnit(f)?.unit ?? countedThing(f.unit)) : f.unit.toLowerCase().replace(/s$/, '');
  return `${f.kind}:${unit}`;
}

/**
 * Durations in a smaller unit they are whole multiples of: "about 30 months" = "two and a half years", "a decade-long
 * deal" = "a 10-year deal", "72 hours" = "three days"; minutes in hours, so "a 90-minute interview" can meet "a two-hour"
 * one. Power and energy in one scale each: "100 GW" = "100,000 MW", "2 TWh" = "2,000 GWh".
 */
const UNIT_IN_BASE_UNIT: ReadonlyMap<string, { unit: string; factor: number }> = new Map([
  ['minute', { unit: 'hour', factor: 1 / 60 }], ['minutes', { unit: 'hour', factor: 1 / 60 }],
  ['month', { unit: 'month', factor: 1 }], ['months', { unit: 'month', factor: 1 }],
  ['year', { unit: 'month', factor: 12 }], ['years', { unit: 'month', factor: 12 }],
  ['decade', { unit: 'month', factor: 120 }], ['decades', { unit: 'month', factor: 120 }],
  ['century', { unit: 'month', factor: 1200 }], ['centuries', { unit: 'month', factor: 1200 }],
  ['hour', { unit: 'hour', factor: 1 }], ['hours', { unit: 'hour', factor: 1 }],
  ['day', { unit: 'hour', factor: 24 }], ['days', { unit: 'hour', factor: 24 }],
  ['week', { unit: 'hour', factor: 168 }], ['weeks', { unit: 'hour', factor: 168 }],
  ['fortnight', { unit: 'hour', factor: 336 }], ['fortnights', { unit: 'hour', factor: 336 }],
  ['kilowatts', { unit: 'megawatt', factor: 1e-3 }], ['megawatts', { unit: 'megawatt', factor: 1 }], ['gigawatts', { unit: 'megawatt', factor: 1e3 }],
  ['kilowatt-hours', { unit: 'megawatt-hour', factor: 1e-3 }], ['megawatt-hours', { unit: 'megawatt-hour', factor: 1 }],
  ['gigawatt-hours', { unit: 'megawatt-hour', factor: 1e3 }], ['terawatt-hours', { unit: 'megawatt-hour', factor: 1e6 }],
]);

function inBaseUnit(f: Figure): { unit: string; factor: number } | undefined {
  return f.kind === 'quantity' ? UNIT_IN_BASE_UNIT.get(f.unit.toLowerCase()) : undefined;
}

/** Basis points are hundredths of a percentage point: "50 basis points" is "half a percentage point". */
function isBasisPoints(f: Figure): boolean {
  return f.kind === 'percent' && f.unit.toLowerCase() === 'bp';
}

/** The quarter (1–4) a quarter-only date names: "the third quarter", "first quarter". */
export function quarterOf(f: Figure): number | undefined {
  if (f.kind !== 'date' || f.value !== null || f.unit !== 'quarter') return undefined;
  const ordinal = /(\S+)\s+quarter$/i.exec(f.text);
  return ordinal ? quarterNumber(ordinal[1].toLowerCase()) : undefined;
}

/** Counters that name no thing of their own: "430,000 units were sold" counts what the text spoke of before. */
const GENERIC_COUNTERS = new Set(['unit', 'units', 'item', 'items', 'piece', 'pieces']);
/** The generic counters and those of a system's batteries: "five units", "five squadrons", "five batteries" of one system. */
const SYSTEM_COUNTERS = new Set([...GENERIC_COUNTERS, 'squadron', 'squadrons', 'battery', 'batteries', 'regiment', 'regiments', 'system', 'systems']);

/** A count by a generic or battery counter: it counts whatever named model the text was just speaking of. */
export function countsByGenericCounter(f: Figure): boolean {
  return f.kind === 'quantity' && SYSTEM_COUNTERS.has(f.unit.toLowerCase());
}

/**
 * The key a count with a generic counter also takes: that of the countable thing named last before it in its
 * paragraph ("… model year vehicles sold in Japan. Of these, about 430,000 units were sold in the US").
 */
export function referentKey(text: string, f: Figure, paragraphStart: number): string | undefined {
  if (f.kind !== 'quantity' || !GENERIC_COUNTERS.has(f.unit.toLowerCase())) return undefined;
  const words = contentWords(text, Math.max(paragraphStart, f.start - 300), f.start);
  for (let i = words.length - 1; i >= 0; i--) {
    const concept = words[i].concept;
    if (concept && isCountableThingConcept(concept)) return `quantity:${concept}`;
  }
  return undefined;
}

/** Collective nouns a count of members can follow: "a group of 24 countries", "a bloc of 11 nations". */
const GROUP_OF_BEFORE = /\b(?:group|bloc|alliance|coalition|union|league|club|federation|grouping|cartel|consortium)\s+of\s+(?:some\s+|about\s+|around\s+|nearly\s+|almost\s+)?$/i;

/**
 * The key a count of a body's members takes, whatever it calls them: "the 23-member alliance", "its 27 members",
 * "a group of 24 countries" all say how big one membership is.
 */
export function membershipKey(text: string, f: Figure): string | undefined {
  if (f.kind !== 'quantity' || typeof f.value !== 'number') return undefined;
  if (/^members?$/i.test(f.unit) || /^member\s+(?:states|countries|nations)$/i.test(f.unit)) return 'quantity:membership';
  return GROUP_OF_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start)) ? 'quantity:membership' : undefined;
}

/** Plurals in "-ians" name people: "Floridians", "Californians", "physicians", "civilians", "musicians". */
const PEOPLE_IN_IANS = /^\p{Ll}{3,}ians$/u;

/** Words for the games a player or a team has played. */
const FIXTURES = /^(?:games|matches|appearances|fixtures|outings)$/;

/** What a count counts, with synonyms made one ("1.2m cars" and "1.2 million vehicles"). */
function countedThing(unit: string): string {
  const lower = unit.toLowerCase();
  // "14 injuries" and "17 people" injured can be one count; so can "72,000 Kenyans" and "72,000 Kenyan citizens".
  if (countsPeople(lower) || (/s$/.test(lower) && isDemonym(lower.slice(0, -1))) || PEOPLE_IN_IANS.test(lower)) return 'people';
  const word = contentWords(lower);
  // "4,000 jobs" and "4,500 workers" count one workforce.
  if (word.length === 1 && word[0].concept === '~job') return 'people';
  // "435 games" and "over 430 appearances" count one career.
  if (FIXTURES.test(lower)) return 'fixtures';
  return word.length === 1 && word[0].concept ? word[0].concept : lower.replace(/s$/, '');
}

const MONTH_LABEL = new RegExp(`^[\\s,]*(?:in|for|during|of)\\s+(${MONTHS.join('|')})\\b`, 'i');

/** The month written right after a figure ending at `end` ("7.1% in April" → "april"), or ''. */
export function monthLabelAfter(text: string, end: number): string {
  return MONTH_LABEL.exec(text.slice(end, end + 24))?.[1]?.toLowerCase() ?? '';
}

const DAY_MONTH = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?\b/i;
const MONTH_DAY = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\d)/i;

/** The day a date names, as month × 100 + day ("Nov. 4" → 1104, "11 November 2025" → 1111), or undefined. */
export function calendarDayOf(f: Figure): number | undefined {
  if (f.kind !== 'date') return undefined;
  for (const [re, dayGroup, monthGroup] of [[MONTH_DAY, 2, 1], [DAY_MONTH, 1, 2]] as const) {
    const m = re.exec(f.text);
    if (!m) continue;
    const month = monthOfWord(m[monthGroup]!.toLowerCase());
    const day = Number(m[dayGroup]);
    if (month !== undefined && day >= 1 && day <= 31) return month * 100 + day;
  }
  return undefined;
}

const MONTH_YEAR = /\b([a-z]{3,9})\.?,?\s+(\d{4})\b/i;

/** A month of a year without a day, as year × 12 + month ("October 2025"), or undefined. */
export function monthOfYear(f: Figure): number | undefined {
  if (f.kind !== 'date' || typeof f.value !== 'number') return undefined;
  const m = MONTH_YEAR.exec(f.text);
  const month = m ? monthOfWord(m[1]!.toLowerCase()) : undefined;
  return month === undefined ? undefined : Number(m![2]) * 12 + month;
}

/** The month a month-only date names (0–11). */
export function monthOf(f: Figure): number | undefined {
  const m = /\b(january|february|march|april|may|june|july|august|september|october|november|december)\b/i.exec(f.text);
  return m ? MONTHS.indexOf(m[1].toLowerCase()) : undefined;
}

/**
 * The keys a date also compares under: a day with its bare month ("August 27", "in August"), a month of a year
 * with its bare month too ("November 2019", "November"); it already compares with years under its own key.
 */
export function secondaryDateKeys(f: Figure): string[] {
  if (f.kind !== 'date') return [];
  return calendarDayOf(f) !== undefined || monthOfYear(f) !== undefined ? ['date:month'] : [];
}

interface DateParts {
  year?: number;
  month?: number;
  day?: number;
}

/** Year, month and day a date states, where it states them; undefined for a range or a quarter. */
function datePartsOf(f: Figure): DateParts | undefined {
  if (f.kind !== 'date' || Array.isArray(f.value)) return undefined;
  const day = calendarDayOf(f);
  const year = typeof f.value === 'number' ? f.value : undefined;
  if (day !== undefined) return { year, month: Math.floor(day / 100), day: day % 100 };
  const monthYear = monthOfYear(f);
  if (monthYear !== undefined) return { year, month: (monthYear % 12) + 1 };
  const month = monthOf(f);
  if (month !== undefined) return { month: month + 1 };
  return year !== undefined ? { year } : undefined;
}

/** Dates of different precision: "same" at the same precision, "nested" when the finer lies in the coarser. */
function compareDateParts(a: DateParts, b: DateParts): 'same' | 'nested' | 'different' {
  let shared = 0;
  for (const k of ['year', 'month', 'day'] as const) {
    if (a[k] === undefined || b[k] === undefined) continue;
    if (a[k] !== b[k]) return 'different';
    shared++;
  }
  if (shared === 0) return 'different';
  const precision = (p: DateParts) => (p.day !== undefined ? 3 : p.month !== undefined ? 2 : 1) + (p.year !== undefined ? 0.5 : 0);
  return precision(a) === precision(b) ? 'same' : 'nested';
}

type Range = [number, number];

/** The values a figure states, in the unit its compatibility key names (basis points as percentage points). */
export function rangeOf(f: Figure): Range | undefined {
  const day = calendarDayOf(f);
  if (day !== undefined) return [day, day];
  if (f.kind === 'date' && f.value === null) {
    const m = monthOf(f) ?? quarterOf(f);
    return m === undefined ? undefined : [m, m];
  }
  if (f.value === null) return undefined;
  const scale = isBasisPoints(f) ? 0.01 : inBaseUnit(f)?.factor ?? 1;
  return Array.isArray(f.value) ? [f.value[0] * scale, f.value[1] * scale] : [f.value * scale, f.value * scale];
}

/** Minutes after midnight of a time of day: "6 p.m." → 1080, "7.45pm" → 1185, "11:47 GMT" → 707. */
export function clockMinutesOf(f: Figure): number | undefined {
  if (f.kind !== 'date' || f.unit !== 'time') return undefined;
  const m = /(\d{1,2})(?:[:.](\d{2}))?\s*(a\.?\s?m\.?|p\.?\s?m\.?|[A-Z]{3,4})?\s*$/i.exec(f.text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const pm = /^p/i.test(m[3] ?? '');
  const am = /^a/i.test(m[3] ?? '');
  if (pm && hour < 12) hour += 12;
  if (am && hour === 12) hour = 0;
  return hour * 60 + Number(m[2] ?? 0);
}

/**
 * same: equal values (or both vague, like "billions"); nested: one period lies inside the other
 * ("2025" in "2024–25"); different: values that cannot both be right; incomparable: a vague and an exact one
 * that it may round; unrelated: a vague one and an exact one of another order ("dozens" and 6,000).
 */
export function compareValues(a: Figure, b: Figure): 'same' | 'nested' | 'different' | 'incomparable' | 'unrelated' {
  // Scores are the same when written alike; two different scores are two moments of a match, never a dispute.
  const sa = tallyOf(a);
  const sb = tallyOf(b);
  if (sa !== undefined || sb !== undefined) return sa === sb ? 'same' : 'unrelated';
  const ta = clockMinutesOf(a);
  const tb = clockMinutesOf(b);
  if (ta !== undefined && tb !== undefined) return ta === tb ? 'same' : 'different';
  // Dates with a month or a day compare part by part: "November 2019" lies in 2019, "August 27" in August.
  const pa = datePartsOf(a);
  const pb = datePartsOf(b);
  if (pa && pb && (pa.month !== undefined || pb.month !== undefined)) return compareDateParts(pa, pb);
  const ra = rangeOf(a);
  const rb = rangeOf(b);
  if (!ra || !rb) {
    if (!ra && !rb) return 'same';
    // "tens of thousands" may be a rounding of 42,000, never of 19.
    const [vague, exact] = ra ? [b, ra] : [a, rb!];
    const span = vagueSpan(vague);
    return span && (exact[1] < span[0] || exact[0] > span[1]) ? 'unrelated' : 'incomparable';
  }
  const eq = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x));
  if (eq(ra[0], rb[0]) && eq(ra[1], rb[1])) return 'same';
  const inside = (p: Range, q: Range) => p[0] >= q[0] && p[1] <= q[1];
  if (a.kind === 'date' && (inside(ra, rb) || inside(rb, ra)) && (ra[0] !== ra[1]) !== (rb[0] !== rb[1])) return 'nested';
  // A bound that the other value satisfies: "3.2%" and "more than 3%".
  // (Not by another estimate: "more than 750,000 people" and "nearly 800,000" are two readings of one count.)
  if (a.kind !== 'date' && ((satisfies(a.qualifier, ra, rb) && !isApproximation(b)) || (satisfies(b.qualifier, rb, ra) && !isApproximation(a)))) return 'nested';
  // An approximation of the other's exact value: "about $41 billion" and "$41.3 billion".
  if (a.kind !== 'date' && (roundsTo(a, b, rb) || roundsTo(b, a, ra))) {
    // "52.4%" and "52.41%": one value to fewer decimals, no word of approximation — the same figure.
    // So is "a decade" beside "nine years": a round way to say it.
    const plainRounding = (coarse: Figure, fine: Figure) =>
      !coarse.qualifier && !fine.qualifier && ((writtenPrecision(coarse)?.decimals ?? 0) > 0 || isOneWholeUnit(coarse));
    return plainRounding(a, b) || plainRounding(b, a) ? 'same' : 'nested';
  }
  return 'different';
}

/** The values a vague figure can stand for: "dozens" 24–99, "tens of thousands" 10,000–99,999, "billions" 1e9–1e12. */
function vagueSpan(f: Figure): Range | undefined {
  const words = f.text.toLowerCase().split(/\s+/);
  let scaleAt = words.length - 1;
  while (scaleAt >= 0 && (!VAGUE_SCALE_WORDS.has(words[scaleAt]) || words[scaleAt] === 'dozens' || words[scaleAt] === 'scores')) scaleAt--;
  if (scaleAt < 0) return /\bdozens\b/.test(f.text.toLowerCase()) ? [24, 99] : undefined;
  const scale = VAGUE_SCALE_WORDS.get(words[scaleAt])!;
  // "tens of thousands", "hundreds of millions", "dozens of thousands": a multiple of the scale.
  const multiple = scaleAt >= 2 && words[scaleAt - 1] === 'of' ? words[scaleAt - 2] : undefined;
  if (multiple === 'tens') return [10 * scale, 100 * scale - 1];
  if (multiple === 'hundreds') return [100 * scale, 1000 * scale - 1];
  if (multiple === 'dozens') return [24 * scale, 100 * scale - 1];
  // "hundreds" is 100–999; "thousands", "millions" … reach up to the next named scale.
  return [scale, scale * (scale === 100 ? 10 : 1000) - 1];
}

const LOWER_BOUNDS = /^(?:more than|over|above|at least|upwards of|in excess of|greater than|no less than)$/;
const UPPER_BOUNDS = /^(?:less than|under|below|up to|at most|fewer than|no more than|as many as|as much as)$/;
/** How far past a bound the other value may lie ("more than 3%" for 3.2%, not for 4%). */
const BOUND_MARGIN = 0.1;

/** A lower or upper bound rather than a value: "above 30 per cent", "more than 450", "up to €10 million". */
export function isBound(f: Figure): boolean {
  const q = f.qualifier?.toLowerCase() ?? '';
  return LOWER_BOUNDS.test(q) || UPPER_BOUNDS.test(q);
}

/** Is `bound` a bound that the value of `other` lies within, however far: "more than 30%" admits 35%. */
export function admits(bound: Figure, other: Figure): boolean {
  const q = bound.qualifier?.toLowerCase() ?? '';
  const b = rangeOf(bound);
  const o = rangeOf(other);
  if (!b || !o || b[0] !== b[1] || o[0] !== o[1]) return false;
  return (LOWER_BOUNDS.test(q) && o[0] >= b[0]) || (UPPER_BOUNDS.test(q) && o[0] <= b[0]);
}

/** Does the exact value `other` fit the figure `bound` qualified by `qualifier`? */
function satisfies(qualifier: string | undefined, bound: Range, other: Range): boolean {
  if (!qualifier || bound[0] !== bound[1] || other[0] !== other[1]) return false;
  const q = qualifier.toLowerCase();
  const x = bound[0];
  const y = other[0];
  // A bound is read as a round figure just past the value ("more than 3%" for 3.2%), not as any larger one.
  // Approximations ("about 15 million" against 14.5 million) still state another value: a conflict.
  if (LOWER_BOUNDS.test(q)) return y > x && y <= x * (1 + BOUND_MARGIN);
  if (UPPER_BOUNDS.test(q)) return y < x && y >= x * (1 - BOUND_MARGIN);
  return false;
}

const APPROXIMATORS = /^(?:about|around|roughly|approximately|nearly|almost|some|close to|an estimated|estimated|just under|just over)$/;

/** An estimate: "about 5,200", "roughly 1 million", "nearly 40%". */
export function isApproximation(f: Figure): boolean {
  return f.qualifier !== undefined && APPROXIMATORS.test(f.qualifier.toLowerCase());
}

/**
 * Is the value `other` what the figure `coarse` rounds? An approximation ("about $41 billion" for $41.3 billion) or a
 * value written with fewer decimals ("$41.3 billion" for $41.32 billion) — strictly within half its last digit, so
 * "about 15 million" is not 14.5 million. Round tens and hundreds ("nearly 40%") count as exact; only thousands
 * and more ("about 70,000") stand for a rounding of their last zeros. Two estimates are two values: "roughly 1
 * million" does not round "about 1.2 million".
 */
function roundsTo(coarse: Figure, otherFigure: Figure, other: Range): boolean {
  if (typeof coarse.value !== 'number' || other[0] !== other[1] || other[0] === coarse.value) return false;
  // "a decade", "a week": one whole unit, a round way to put "nine years" or "six days".
  if (isOneWholeUnit(coarse)) {
    const [value] = rangeOf(coarse)!;
    return !isApproximation(otherFigure) && Math.abs(other[0] - value) <= ONE_UNIT_MARGIN * value;
  }
  const approximate = isApproximation(coarse);
  if (approximate && isApproximation(otherFigure)) return false;
  if (coarse.qualifier && !approximate) return false;
  const written = writtenPrecision(coarse);
  if (!written) return false;
  const { number, decimals, trailingZeros } = written;
  // Without an approximator only a value with fewer decimals rounds another ("41.3" for "41.32").
  if (!approximate && decimals === 0 && trailingZeros < 3) return false;
  const step = decimals > 0 ? 10 ** -decimals : trailingZeros >= 3 ? 10 ** trailingZeros : 1;
  const scale = coarse.value / number;
  return Math.abs(other[0] - coarse.value) < (step * scale) / 2;
}

/** One whole unit of time with the indefinite article and no qualifier: "a decade", "a century", "a week". */
function isOneWholeUnit(f: Figure): boolean {
  return !f.qualifier && /^an?[ \u00A0]+(?:decade|century|week|fortnight|month|year)$/i.test(f.text);
}
/** How far from one whole unit a value may lie for the unit to round it (a decade for 8.5 to 11.5 years). */
const ONE_UNIT_MARGIN = 0.15;

/**
 * How precisely a figure's number is written: "$41.32 billion" → 41.32 with 2 decimals and 4 significant digits,
 * "70,000" → 3 trailing zeros and 1 significant digit. Undefined when no digits are written.
 */
export function writtenPrecision(f: Figure): { number: number; decimals: number; trailingZeros: number; significant: number } | undefined {
  const written = /\d[\d,]*(?:\.\d+)?/.exec(f.text)?.[0];
  const digits = written === undefined ? undefined : plainDigits(written);
  if (!digits || Number(digits) === 0) return undefined;
  const decimals = digits.split('.')[1]?.length ?? 0;
  const trailingZeros = decimals > 0 ? 0 : /0*$/.exec(digits)![0].length;
  const significant = (decimals > 0 ? digits.replace('.', '') : digits.slice(0, digits.length - trailingZeros)).replace(/^0+/, '').length;
  return { number: Number(digits), decimals, trailingZeros, significant };
}

export function formatValue(f: Figure): string {
  if (f.value === null) return f.text.toLowerCase();
  return Array.isArray(f.value) ? `${f.value[0]}–${f.value[1]}` : String(f.value);
}

/** The wording of a figure with typographic differences removed ("2024–25" = "2024-25"). */
export function normalizedWording(f: Figure): string {
  // Money is its qualifier, amount and currency, however the currency and scale are written ("¥180bn", "180 billion yen").
  if (f.kind === 'money' && f.value !== null) return `${(f.qualifier ?? '').toLowerCase()}|${formatValue(f)}|${f.unit}`;
  // House style is not wording: "4.8%" = "4.8 per cent", "$2.3bn" = "$2.3 billion", "2024–25" = "2024-25".
  return f.text
    .toLowerCase()
    .replace(/[‐-―−]/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\s?(?:per cent|percent|pc\b)/g, '%')
    .replace(/\s?%/g, '%')
    .replace(/(\d)\s?bn\b/g, '$1 billion')
    .replace(/(\d)\s?(?:mn|m)\b/g, '$1 million')
    .replace(/\bus\$/g, '$')
    .trim();
}

/** A score or vote tally as written, dashes made alike ("5–3" = "5-3"). */
function tallyOf(f: Figure): string | undefined {
  return f.kind === 'quantity' && f.unit === TALLY_UNIT ? normalizedWording(f) : undefined;
}
