// A light tokenizer for attribution phrases: words (with inner apostrophes, hyphens and dots) and single
// punctuation marks, each with its offsets in the document.

import { NON_FINAL_ABBREVIATIONS } from '../text/abbreviations';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  isWord: boolean;
  /** Starts with an upper-case letter or a digit-free capital ("Sorokin", "U.S", "D"). */
  capitalized: boolean;
  /** Ends in a possessive "’s"/"'s" or plural possessive "s’" ("Chile’s"). */
  possessive: boolean;
}

const TOKEN_RE = /[\p{L}\p{N}]+(?:[’'\-.&][\p{L}\p{N}]+)*|\S/gu;

/** Tokens of text[from, to). Linear: one regex pass. */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const raw = m[0];
    const start = from + m.index;
    const isWord = /^[\p{L}\p{N}]/u.test(raw);
    let possessive = isWord && /[’'][sS]$/.test(raw);
    // Plural possessive "leaders’": the apostrophe is a separate token right after the word.
    if (isWord && !possessive && /s$/.test(raw) && (text[start + raw.length] === '’' || text[start + raw.length] === "'")) {
      const after = text[start + raw.length + 1];
      if (after === undefined || !/[\p{L}]/u.test(after)) possessive = false; // keep as word; the mark is punctuation
    }
    out.push({
      start,
      end: start + raw.length,
      text: raw,
      lower: raw.toLowerCase(),
      isWord,
      capitalized: isWord && /^\p{Lu}/u.test(raw),
      possessive,
    });
  }
  return out;
}

/** The word without its possessive ending: "Chile’s" → "Chile". */
export function withoutPossessive(word: string): string {
  return word.replace(/[’'][sS]$/, '');
}

/**
 * Is this token a word whose following period does not end the phrase: an initial (the "V" in
 * "Jana K. Holm"), a dotted acronym ("E.C.B") or a capitalised title abbreviation ("Mr.", "Dr.", "Gen.")?
 */
export function isInitial(t: Token | undefined): boolean {
  if (!t || !t.isWord) return false;
  // (A dotted acronym, "E.C.B" of "a senior E.C.B. official", is read like an initial.)
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(t.text) || (t.capitalized && NON_FINAL_ABBREVIATIONS.has(t.lower) && t.lower !== 'no');
}
