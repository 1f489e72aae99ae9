// Word tokens with the facts the entity rules need: capitalisation, possessive "’s", initials, and
// the exact characters between a token and the previous one.

export interface Token {
  start: number;
  /** End of the word itself, without a possessive "’s". */
  end: number;
  text: string;
  /** The word was written with a possessive "’s" / "'s" (which lies in [end, end + 2)). */
  possessive: boolean;
  /** Starts with an upper-case letter (or is an initial like "V." / "D"). */
  capitalised: boolean;
  /** Two or more letters and no lower-case letter ("NATO", "VTN", "U.S.", "NEW"). */
  allCaps: boolean;
  /** Characters between the previous token's end (incl. its possessive) and this token's start. */
  gap: string;
}

// Dotted abbreviations ("U.S.", "U.K."), then words with inner apostrophes ("O’Brien") and an optional "’s".
const TOKEN_RE = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[’'][\p{L}]+)*/gu;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function isLower(ch: string): boolean {
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

export function startsUpper(word: string): boolean {
  return word.length > 0 && isUpper(word[0]);
}

export function startsLower(word: string): boolean {
  return word.length > 0 && isLower(word[0]);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let prevEnd = 0;
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let word = m[0];
    const start = m.index;
    let possessive = false;
    const apostrophe = Math.max(word.indexOf('’'), word.indexOf("'"));
    if (apostrophe > 0) {
      const tail = word.slice(apostrophe + 1);
      if ((tail === 's' || tail === 'S') && word.lastIndexOf('’', apostrophe - 1) < 0) {
        word = word.slice(0, apostrophe);
        possessive = true;
      } else if (!startsUpper(tail)) {
        // "don’t", "it’ll": only the part before the apostrophe is a word; the rest is not a name.
        word = word.slice(0, word.search(/[’']/));
      }
    }
    let end = start + word.length;
    let markLength = possessive ? 2 : 0;
    // A plural possessive: "the Valdoria Bankers’ Association".
    if (!possessive && /s$/.test(word) && /[’']/.test(text[end] ?? '') && /\s/.test(text[end + 1] ?? '')) {
      possessive = true;
      markLength = 1;
    }
    // An initial: a single capital followed by a period ("Jana K. Holm").
    // (Not the unit in "51°C.")
    const unit = text[start - 1] === '°';
    if (word.length === 1 && isUpper(word) && text[end] === '.' && !possessive && !unit) {
      end += 1;
      word += '.';
    }
    // A plus sign closing a name is part of it: "Kestrel+", "Selka+".
    if (!possessive && startsUpper(word) && text[end] === '+' && !/[\p{L}\p{N}]/u.test(text[end + 1] ?? '')) {
      end += 1;
      word += '+';
    }
    const upper = word.toUpperCase();
    tokens.push({
      start,
      end,
      text: word,
      possessive,
      capitalised: startsUpper(word) && !unit,
      // Two or more letters, none lower-case ("VTN", "U.S."; not the initial "K.").
      allCaps: upper === word && word.toLowerCase() !== word && word.length >= 2 && !(word.length === 2 && word[1] === '.'),
      gap: text.slice(prevEnd, start),
    });
    prevEnd = end + markLength;
  }
  return joinHyphenatedGivenNames(tokens, text);
}

/**
 * Korean given names are hyphenated with a lower-case second syllable: "Park Ji-hoon", "Han Seung-woo". After a
 * capitalised word, "Ji" + "-hoon" is one name word (not "state-run", "Lagos-based": a compound's first part is
 * rarely a short capitalised syllable after a name).
 */
function joinHyphenatedGivenNames(tokens: Token[], text: string): Token[] {
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1];
    const prev = out[out.length - 1];
    if (
      next && prev && prev.capitalised && !prev.possessive && /^[ \u00A0]$/.test(t.gap) &&
      /^\p{Lu}\p{Ll}{1,5}$/u.test(t.text) && !t.possessive && next.gap === '-' && /^\p{Ll}{2,5}$/u.test(next.text) &&
      !COMPOUND_SECOND_PARTS.has(next.text) && !/[\p{L}\p{N}]/u.test(text[next.end] ?? '')
    ) {
      out.push({ ...t, end: next.end, text: `${t.text}-${next.text}`, possessive: next.possessive });
      k++;
      continue;
    }
    out.push(t);
  }
  return out;
}

/** Second halves of hyphenated compounds, never syllables of a name. */
const COMPOUND_SECOND_PARTS = new Set(['based', 'led', 'run', 'owned', 'made', 'born', 'style', 'class', 'year', 'old', 'backed', 'linked', 'era', 'type', 'like', 'wide', 'level', 'scale', 'term', 'long', 'free', 'bound', 'held', 'side', 'up', 'in', 'out', 'on', 'off']);
