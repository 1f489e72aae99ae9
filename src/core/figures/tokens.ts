// A small tokenizer for the figures scanner: words, digit runs and single symbols, with offsets.

export type TokenKind = 'word' | 'num' | 'sym';

export interface Token {
  text: string;
  /** Lower-cased text, with curly apostrophes made straight. */
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
}

// Digits with thousands separators (Western 1,234,567 and Indian 4,50,000) and decimals; words with
// inner apostrophes ("Chile’s" stays one token so possessives do not split noun phrases); any other
// non-space character alone. A line break is a symbol too: no phrase runs from a headline into the
// line below it ("… injures 17⏎Japanese carmaker says …" counts no carmakers).
// Dotted initials in capitals ("U.S.", "U.K.") are one word. A comma before one or two digits and a percent
// sign is a decimal comma ("2,9%"), not a list of two numbers.
const TOKEN_RE = /(\d{1,2},\d{1,2}(?=%)|\d+(?:,\d{2,3})*(?:\.\d+)?)|((?:[A-Z]\.){2,}|[A-Za-z\u00C0-\u024F]+(?:['’][A-Za-z]+)*)|\S|\n/g;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = TOKEN_RE.exec(text)) !== null && match.index < to) {
    const start = match.index;
    const end = Math.min(start + match[0].length, to);
    const value = end === start + match[0].length ? match[0] : text.slice(start, end);
    const kind: TokenKind = match[1] !== undefined ? 'num' : match[2] !== undefined ? 'word' : 'sym';
    let lower = value.toLowerCase();
    if (lower.includes('’')) lower = lower.replace(/’/g, "'");
    tokens.push({ text: value, lower, kind, start, end });
  }
  return tokens;
}

/** True when two neighbouring tokens touch (no space between them). */
export function touching(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** Dashes that join the two ends of a range or a hyphenated compound. */
export function isDash(token: Token | undefined): boolean {
  return token !== undefined && (token.text === '-' || token.text === '–' || token.text === '—' || token.text === '‑');
}

/** Parses a digit token ("4,500", "41.3", "4,50,000", "2,9") to its number. */
export function digitValue(token: Token): number {
  return Number(plainDigits(token.text));
}

/** A written number as plain digits with a decimal point: "4,500" → "4500", "2,9" (a decimal comma) → "2.9". */
export function plainDigits(written: string): string {
  return DECIMAL_COMMA.test(written) ? written.replace(',', '.') : written.replace(/,/g, '');
}

/** One or two digits, a comma, one or two digits: never a thousands separator, so a decimal comma. */
const DECIMAL_COMMA = /^\d{1,2},\d{1,2}$/;
