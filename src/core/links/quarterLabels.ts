// The quarter or half of a year a figure is given for: "5% for Q2", "Q1 at 4.4%", "Q2FY26: Trimmed to 2.7% from 3.4%",
// "6.1% in the third quarter". Reports of a forecast list one value per quarter; two values for different quarters
// are two readings of a series, neither the same figure nor a dispute. A date a quarter's label makes part of a year
// ("Q2FY26") is that quarter, not the year.

import type { Figure } from '../types';
import { quarterNumber } from '../figures/dates';

/**
 * "Q3", "the third quarter", "the first half" (group 1: "Q" and its number; group 2: the ordinal; 3: quarter|half).
 * ("H2" is as often hydrogen as a half-year.)
 */
const LABEL = /\b(Q[1-4])(?=\b|:|FY)|\b(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+(quarter|half)\b/g;

/** Words between a figure and the "for Q3" that labels it: "5 per cent growth for Q2", "4.1 per cent previously". */
const LABEL_AFTER = /^(?:\s+[\p{L}-]+){0,2}?[\s,]*(?:for|in|during)\s+(?:the\s+)?$/u;

/** A figure that restates an earlier value of the one before it: "trimmed to 2.7% from 3.4%", "5% compared with 4.1%". */
const COMPARATOR_BEFORE = /\b(?:from|than|versus|vs\.?|against|compared\s+(?:with|to)|(?:earlier|previous|prior)\s+(?:estimate|projection|forecast)\s+of)\s+$/i;

interface Label {
  start: number;
  end: number;
  name: string;
}

function labelsIn(text: string, from: number, to: number): Label[] {
  const out: Label[] = [];
  for (const m of text.slice(from, to).matchAll(LABEL)) {
    const name = m[1] ? m[1].toLowerCase() : ordinalLabel(m[2]!, m[3]!);
    if (name) out.push({ start: from + m.index!, end: from + m.index! + m[0].length, name });
  }
  return out;
}

/** "third" + "quarter" → "q3", "first" + "half" → "h1"; undefined for a half past the second. */
function ordinalLabel(ordinal: string, part: string): string | undefined {
  const n = quarterNumber(ordinal.toLowerCase());
  if (n === undefined || (part === 'half' && n > 2)) return undefined;
  return `${part === 'quarter' ? 'q' : 'h'}${n}`;
}

/** A quarter's or half's label as the date reader writes it into a figure ("Q2FY26", "H1:2024"). */
const PART_OF_YEAR = String.raw`(?:Q[1-4]|H[12])`;
const PART_OF_YEAR_OPENING = new RegExp(String.raw`^${PART_OF_YEAR}(?=[:F\d])`);
const PART_OF_YEAR_BEFORE = new RegExp(String.raw`\b${PART_OF_YEAR}[ \u00A0]$`);

/**
 * The key of a date that a quarter's or half's label makes part of a year: "Q2FY26", "Q1:2024-25", "Q3 2024-25".
 * It is that quarter of the year, not the year, and compares with that quarter only.
 */
export function partOfYearKey(text: string, f: Figure): string | undefined {
  if (f.kind !== 'date') return undefined;
  const label = PART_OF_YEAR_OPENING.exec(f.text) ?? PART_OF_YEAR_BEFORE.exec(text.slice(Math.max(0, f.start - 4), f.start));
  return label ? `date:part:${label[0].trim().toLowerCase()}` : undefined;
}

/**
 * The quarter or half each figure of one sentence is given for ("q3", "h1"), by figure start, for figures of the
 * kinds a series reports (percentages, money, quantities); `figures` may be the document's, only the sentence's are
 * read. A figure with no label of its own is left out.
 */
export function quarterLabels(text: string, sentence: { start: number; end: number }, figures: readonly Figure[]): Map<number, string> {
  const out = new Map<number, string>();
  const labels = labelsIn(text, sentence.start, sentence.end);
  if (labels.length === 0) return out;
  const values = figures.filter((f) => f.kind !== 'date' && f.start >= sentence.start && f.end <= sentence.end).sort((a, b) => a.start - b.start);
  // "For Q2 and Q3, growth is seen at 5% and 4.6%, respectively": the labels in order, one per value.
  if (/\brespectively\b/i.test(text.slice(sentence.start, sentence.end))) {
    const before = labels.filter((l) => values.length > 0 && l.end <= values[0]!.start);
    if (before.length >= 2 && before.length === values.length) before.forEach((l, k) => out.set(values[k]!.start, l.name));
    return out;
  }
  // A label right after a figure ("5% for Q2") is that figure's, and labels nothing after it.
  const taken = new Set<Label>();
  for (const f of values) {
    const after = labels.find((l) => l.start >= f.end && LABEL_AFTER.test(text.slice(f.end, l.start)));
    if (after) {
      out.set(f.start, after.name);
      taken.add(after);
    }
  }
  values.forEach((f, k) => {
    if (out.has(f.start)) return;
    const previous = values[k - 1];
    // "from 3.4%" restates the figure before it, for the same quarter.
    if (previous && previous.unit === f.unit && COMPARATOR_BEFORE.test(text.slice(previous.end, f.start))) {
      const label = out.get(previous.start);
      if (label) out.set(f.start, label);
      return;
    }
    // The nearest free label before it, with no other value of its kind between them: "Q1 at 4.4%".
    const before = labels.filter((l) => l.end <= f.start && !taken.has(l)).at(-1);
    if (before && !values.some((o) => o !== f && o.unit === f.unit && o.start >= before.end && o.end <= f.start)) out.set(f.start, before.name);
  });
  return out;
}
