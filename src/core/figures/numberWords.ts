// Reads one number at a token position: digits ("41.3", "4,500") or words ("twenty-five",
// "a dozen", "one hundred and twenty"), with a following scale ("billion", "bn", "crore", "lakh").

import { isCurrencyMark } from '../lexicon/currencies';
import { CARDINAL_WORDS, COLLECTIVE_WORDS, SCALE_WORDS, SPELLED_SCALE_WORDS } from '../lexicon/numberWords';
import { digitValue, isDash, touching, type Token } from './tokens';

export interface NumberPhrase {
  value: number;
  /** Token indices, inclusive. */
  first: number;
  last: number;
  /** Written in words rather than digits. */
  spelled: boolean;
  /** The scale word applied, lower-cased ("billion", "bn", "crore"), if any. */
  scale?: string;
}

/** Scale abbreviations that must touch the digits ("$5bn", "£3.2m", "20k"). */
const GLUED_SCALES = new Set(['bn', 'm', 'mn', 'k', 'b', 'tn', 'trn', 'cr', 'mln', 'bln']);

/** Reads a scale after token `i` (exclusive); returns the last index consumed and the multiplier. */
function readScale(tokens: Token[], i: number): { last: number; factor: number; word: string } | undefined {
  // "a Rs 36,000-crore loan", "a $5-billion deal": the scale hyphenated to the number.
  const dash = tokens[i + 1];
  const hyphenated = tokens[i + 2];
  if (isDash(dash) && touching(tokens[i], dash) && touching(dash, hyphenated) && hyphenated?.kind === 'word' && SPELLED_SCALE_WORDS.has(hyphenated.lower)) {
    return { last: i + 2, factor: SCALE_WORDS.get(hyphenated.lower)!, word: hyphenated.lower };
  }
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word') return undefined;
  const factor = SCALE_WORDS.get(next.lower);
  if (factor === undefined) return undefined;
  const glued = touching(tokens[i], next);
  if (!glued && !SPELLED_SCALE_WORDS.has(next.lower)) return undefined;
  if (glued && !GLUED_SCALES.has(next.lower) && !SPELLED_SCALE_WORDS.has(next.lower)) return undefined;
  // "5 m" followed by a letter word is a unit of length, not millions: only accept a glued "m".
  if (next.lower === 'm' && !glued) return undefined;
  // "the 1,500m runway": thousands written out before a glued "m" are metres (a writer says "1.5bn", not "1,500m").
  if (next.lower === 'm' && /^\d{1,3}(?:,\d{3})+$/.test(tokens[i]!.text) && !isCurrencyMark(tokens[i - 1]?.text ?? '')) return undefined;
  const outer = tokens[i + 2];
  // "24 CR200J trainsets": letters glued to more letters or digits are a model code, not a scale.
  if (outer && touching(next, outer) && (outer.kind === 'num' || outer.kind === 'word')) return undefined;
  // Compound Indian scales: "₹8.6 lakh crore" (8.6 × 10^12), "Rs 40 thousand crore".
  const outerFactor = outer && outer.kind === 'word' && !touching(next, outer) ? SCALE_WORDS.get(outer.lower) : undefined;
  if (outerFactor !== undefined && SPELLED_SCALE_WORDS.has(outer!.lower) && /^(?:crores?|cr)$/.test(outer!.lower)) {
    return { last: i + 2, factor: factor * outerFactor, word: `${next.lower} ${outer!.lower}` };
  }
  return { last: i + 1, factor, word: next.lower };
}

/** A number times its scale, without binary-fraction noise: 4.1 × 10^9 is 4,100,000,000, not 4,099,999,999.9999995. */
function scaled(value: number, factor: number): number {
  return Number((value * factor).toPrecision(12));
}

/** Reads a run of cardinal words starting at `i` ("twenty-five", "three hundred and ten"). */
function readCardinalWords(tokens: Token[], i: number): { value: number; last: number } | undefined {
  const firstValue = CARDINAL_WORDS.get(tokens[i]?.lower ?? '');
  if (tokens[i]?.kind !== 'word' || firstValue === undefined) return undefined;
  let total = 0;
  let current = firstValue;
  let last = i;
  for (;;) {
    const next = tokens[last + 1];
    const after = tokens[last + 2];
    const afterValue = CARDINAL_WORDS.get(after?.lower ?? '');
    const prevValue = CARDINAL_WORDS.get(tokens[last]!.lower);
    if (isDash(next) && touching(tokens[last], next) && touching(next, after) && afterValue !== undefined
      && prevValue !== undefined && prevValue >= 20 && prevValue % 10 === 0 && afterValue > 0 && afterValue < 10) {
      current += afterValue; // "twenty-five"
      last += 2;
    } else if (next?.lower === 'hundred') {
      current = current * 100;
      last += 1;
      const andValue = CARDINAL_WORDS.get(tokens[last + 2]?.lower ?? '');
      if (tokens[last + 1]?.lower === 'and' && andValue !== undefined) {
        current += andValue; // "one hundred and twenty"
        last += 2;
      }
    } else if (next?.lower === 'thousand' && afterValue !== undefined && after?.kind === 'word') {
      total += current * 1000; // "two thousand five hundred"
      current = afterValue;
      last += 2;
    } else {
      break;
    }
  }
  return { value: total + current, last };
}

/** The last token of "and a half" right after token `i` (spaced or hyphenated), or undefined. */
function andAHalfAfter(tokens: Token[], i: number): number | undefined {
  const words: string[] = [];
  let j = i + 1;
  for (; j < tokens.length && words.length < 3; j++) {
    const t = tokens[j]!;
    if (isDash(t) && touching(tokens[j - 1]!, t)) continue;
    if (t.kind !== 'word') break;
    words.push(t.lower);
  }
  return words.join(' ') === 'and a half' ? j - 1 : undefined;
}

/**
 * The number that starts at token `i`, or undefined. Handles "a dozen", "half a dozen",
 * "a million", digits with glued or spelled scales and cardinal words with scales.
 */
export function readNumber(tokens: Token[], i: number): NumberPhrase | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'num') {
    const base = digitValue(t);
    if (!Number.isFinite(base)) return undefined;
    const scale = readScale(tokens, i);
    if (scale) return { value: scaled(base, scale.factor), first: i, last: scale.last, spelled: false, scale: scale.word };
    return { value: base, first: i, last: i, spelled: false };
  }
  if (t.kind !== 'word') return undefined;
  // "a dozen", "half a dozen", "a million"
  if (t.lower === 'a' || t.lower === 'an') {
    const next = tokens[i + 1];
    if (!next) return undefined;
    const collective = COLLECTIVE_WORDS.get(next.lower);
    if (next.lower === 'dozen') return { value: collective ?? 12, first: i, last: i + 1, spelled: true };
    if (SPELLED_SCALE_WORDS.has(next.lower) && SCALE_WORDS.get(next.lower) !== undefined && !['bn', 'mn', 'tn', 'mln', 'bln', 'cr'].includes(next.lower)) {
      return { value: SCALE_WORDS.get(next.lower)!, first: i, last: i + 1, spelled: true, scale: next.lower };
    }
    return undefined;
  }
  if (t.lower === 'half' && tokens[i + 1]?.lower === 'a' && tokens[i + 2]?.lower === 'dozen') {
    return { value: 6, first: i, last: i + 2, spelled: true };
  }
  // "half a million", "half a billion"
  const halfOf = t.lower === 'half' && tokens[i + 1]?.lower === 'a' ? tokens[i + 2] : undefined;
  if (halfOf && SPELLED_SCALE_WORDS.has(halfOf.lower) && SCALE_WORDS.get(halfOf.lower) !== undefined && halfOf.lower !== 'hundred') {
    return { value: SCALE_WORDS.get(halfOf.lower)! / 2, first: i, last: i + 2, spelled: true, scale: halfOf.lower };
  }
  const words = readCardinalWords(tokens, i);
  if (!words) return undefined;
  if (tokens[words.last + 1]?.lower === 'dozen') return { value: words.value * 12, first: i, last: words.last + 1, spelled: true };
  // "two and a half years", "two-and-a-half years"
  const half = andAHalfAfter(tokens, words.last);
  if (half !== undefined) {
    const halfScale = readScale(tokens, half);
    if (halfScale && halfScale.word !== 'hundred') return { value: scaled(words.value + 0.5, halfScale.factor), first: i, last: halfScale.last, spelled: true, scale: halfScale.word };
    return { value: words.value + 0.5, first: i, last: half, spelled: true };
  }
  const scale = readScale(tokens, words.last);
  if (scale && scale.word !== 'hundred') {
    return { value: scaled(words.value, scale.factor), first: i, last: scale.last, spelled: true, scale: scale.word };
  }
  return { value: words.value, first: i, last: words.last, spelled: true };
}
