// The quarter or half of a year a figure is given for: "5% for Q2", "Q1 at 4.4%", "Q2FY26: Trimmed to 2.7% from 3.4%",
// "6.1% in the third quarter". Reports of a forecast list one value per quarter; two values for different quarters
// are two readings of a series, neither the same figure nor a dispute.

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
  LABEL.lastIndex = 0;
  const span = text.slice(from, to);
  for (let m = LABEL.exec(span); m; m = LABEL.exec(span)) {
    let name: string | undefined;
    if (m[1]) name = m[1].toLowerCase();
    else {
      const n = quarterNumber(m[2]!.toLowerCase());
      if (n !== undefined && (m[3] === 'quarter' || n <= 2)) name = `${m[3] === 'quarter' ? 'q' : 'h'}${n}`;
    }
    if (name && (name[0] === 'q' || Number(name[1]) <= 2)) out.push({ start: from + m.index, end: from + m.index + m[0].length, name });
  }
  return out;
}

/**
 * The quarter or half each figure of one sentence is given for ("q3", "h1"), by figure start, for figures of the
 * kinds a series reports (percentages, money, quantities). A figure with no label of its own is left out.
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
