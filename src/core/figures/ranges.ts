// Two figures written as one range: "between 2019 and 2022", "two to three quarters", "$5-6 a barrel",
// "from 2020 to 2024". The scanner reads each end on its own; here they become one figure [low, high].

import type { Candidate } from './candidate';
import { digitValue, isDash, type Token } from './tokens';

/** Merges adjacent candidates that form a range. Input and output are in text order. */
export function mergeRanges(tokens: Token[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const low = candidates[k]!;
    const high = candidates[k + 1];
    const merged = high && rangeOf(tokens, low, high);
    if (merged) {
      out.push(merged);
      k++;
    } else {
      out.push(low);
    }
  }
  return out;
}

/** Verbs of change before "X to Y": the figures are a step and a level, or two levels. */
const CHANGE_VERBS = /^(?:rose|rise|rises|risen|fell|fall|falls|fallen|climbed|climb|climbs|jumped|jump|dropped|drop|drops|slipped|slid|surged|soared|increased|decreased|declined|gained|lost|grew|shrank|raised|cut|lifted|lowered|widened|narrowed|up|down)$/;

/** Words before "from X to Y" that make X and Y the bounds of one range. */
const RANGE_WORDS = /^(?:range|ranges|ranged|ranging|vary|varies|varied|varying|anywhere|anything)$/;

function rangeOf(tokens: Token[], low: Candidate, high: Candidate): Candidate | undefined {
  const joiner = joinerBetween(tokens, low, high);
  if (!joiner) return undefined;
  const a = low.value;
  const b = high.value;
  if (typeof a !== 'number' || typeof b !== 'number' || b <= a) return undefined;
  const opener = tokens[low.first - 1]?.lower;
  if (low.kind === 'date' && high.kind === 'date') {
    // Years only, and only when the words say it is a span: "between 2019 and 2022", "from 2020 to 2024".
    if (low.unit !== 'year' || high.unit !== 'year' || b - a > 50) return undefined;
    const framed = (joiner === 'and' && opener === 'between') || (joiner === 'to' && opener === 'from');
    return framed ? { first: low.first, last: high.last, kind: 'date', value: [a, b], unit: 'year' } : undefined;
  }
  if (joiner === 'and' && opener !== 'between') return undefined;
  // "rose from 25% to 50%", "rose 18bp to 41bp": a change between two values, not a range — but "could range from $5
  // million to $9 million", "anywhere from 40 to 60 people" give the bounds of one.
  const bounded = opener === 'from' && joiner === 'to' && RANGE_WORDS.test(tokens[low.first - 2]?.lower ?? '');
  if ((opener === 'from' && !bounded) || (joiner === 'to' && CHANGE_VERBS.test(opener ?? ''))) return undefined;
  // "two to three quarters": a bare count, then the same number with its unit.
  // "groups of five to 50 people": the count's unit is the one after its high end.
  // (The low end is bare when "to" follows it right away.)
  const bareLow = low.unit === 'count' || tokens[low.last + 1]?.lower === 'to';
  if (low.kind === 'quantity' && high.kind === 'quantity' && high.unit !== 'count' && (bareLow || low.unit === high.unit)) {
    return { first: low.first, last: high.last, kind: 'quantity', value: [a, b], unit: high.unit };
  }
  // "a confidence interval of 0.72 to 0.83": two decimals of one measure.
  if (low.kind === 'quantity' && high.kind === 'quantity' && low.unit === 'count' && high.unit === 'count' &&
      low.first === low.last && high.first === high.last && /^\d+\.\d+$/.test(tokens[low.first]!.text) && /^\d+\.\d+$/.test(tokens[high.first]!.text)) {
    return { first: low.first, last: high.last, kind: 'quantity', value: [a, b], unit: 'count' };
  }
  // "5% to 6%", "4 to 5 per cent".
  if (high.kind === 'percent' && (low.kind === 'percent' ? low.unit === high.unit : low.kind === 'quantity' && tokens[low.last + 1]?.lower === 'to')) {
    return { first: low.first, last: high.last, kind: 'percent', value: [a, b], unit: high.unit };
  }
  // "$5-6", "$5 to $6": money, then a bare number or money in the same currency.
  if (low.kind === 'money' && ((high.kind === 'quantity' && high.unit === 'count') || (high.kind === 'money' && high.unit === low.unit))) {
    return { first: low.first, last: high.last, kind: 'money', value: [a, b], unit: low.unit };
  }
  // "80,000 to 120,000 roubles", "between 3 and 5 million rupees": a bare number, then money whose currency (and
  // scale) comes after it.
  if (low.kind === 'quantity' && low.unit === 'count' && high.kind === 'money' && low.first === low.last) {
    const written = digitValue(tokens[high.first]!);
    const scale = Number.isFinite(written) && written > 0 && b / written > 1 ? b / written : 1;
    const from = a * scale;
    if (from < b && from * 10 >= b) return { first: low.first, last: high.last, kind: 'money', value: [from, b], unit: high.unit };
  }
  return undefined;
}

/** The word or dash joining two figures with nothing else between them: "to", "and", "-". */
function joinerBetween(tokens: Token[], low: Candidate, high: Candidate): string | undefined {
  const between = tokens.slice(low.last + 1, high.first);
  if (between.length !== 1) return undefined;
  const t = between[0]!;
  if (isDash(t)) return t.end === tokens[high.first]!.start && t.start === tokens[low.last]!.end ? '-' : undefined;
  return t.lower === 'to' || t.lower === 'and' ? t.lower : undefined;
}
