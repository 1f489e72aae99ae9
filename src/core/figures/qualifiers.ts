// Approximators and bounds written before a figure ("nearly", "more than", "up to", "just over").
// Evaluative words ("only", "just", "a mere") are not qualifiers and stay outside the span.

import type { Token } from './tokens';

/** Longest first, so "more than" wins over a lone "than". Each entry is a sequence of lower-case words. */
const QUALIFIERS: readonly (readonly string[])[] = [
  ['a', 'little', 'more', 'than'], ['a', 'little', 'over'], ['slightly', 'more', 'than'], ['slightly', 'less', 'than'],
  ['just', 'over'], ['just', 'under'], ['just', 'shy', 'of'], ['well', 'over'], ['well', 'above'], ['well', 'below'],
  ['well', 'under'], ['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['up', 'to'], ['at', 'least'],
  ['at', 'most'], ['as', 'many', 'as'], ['as', 'much', 'as'], ['as', 'few', 'as'], ['as', 'little', 'as'],
  ['close', 'to'], ['upwards', 'of'], ['in', 'excess', 'of'], ['an', 'estimated'], ['no', 'more', 'than'],
  ['no', 'less', 'than'], ['not', 'more', 'than'], ['north', 'of'], ['south', 'of'], ['shortly', 'after'],
  ['shortly', 'before'], ['just', 'after'], ['just', 'before'], ['nearly'], ['almost'],
  ['over'], ['above'], ['below'], ['under'], ['about'], ['around'], ['roughly'], ['some'], ['approximately'],
  ['circa'], ['estimated'], ['barely'], ['approx'], ['exceeding'], ['nigh'], ['~'],
];

/** Single words that need a digit figure after them to be read as qualifiers ("some 300", not "some one"). */
const NEEDS_DIGITS = new Set(['some', 'over', 'under', 'below', 'above']);

export interface QualifierMatch {
  /** Token index of the qualifier's first word. */
  first: number;
  /** The qualifier as written, lower-cased words joined by single spaces. */
  text: string;
}

/** The qualifier that ends right before token `first`, if any. */
export function qualifierBefore(tokens: Token[], first: number, spelled: boolean): QualifierMatch | undefined {
  for (const words of QUALIFIERS) {
    const start = first - words.length;
    if (start < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[start + k]!.lower === words[k];
    if (!ok) continue;
    if (words.length === 1 && spelled && NEEDS_DIGITS.has(words[0]!)) continue;
    // "in excess of" etc. must not reach across a sentence end
    return { first: start, text: words.join(' ') };
  }
  return undefined;
}
