// Splits a sentence into the clauses that each state one thing. News sentences pack several claims:
// "X imposed 50% tariffs, arguing that Y" states the tariff and the rationale; sources that repeat one
// of them should link to that clause, not to the whole sentence.

import type { Span } from '../types';

/**
 * Words that, right after a comma, a dash or a semicolon, open a new claim: participles of
 * attribution and consequence, and subordinators of contrast or circumstance.
 */
const CLAUSE_OPENERS = new Set(
  (
    'arguing citing saying adding noting warning claiming insisting suggesting stressing underscoring highlighting ' +
    'making leaving allowing forcing creating saving pushing prompting raising potentially ' +
    'though although while whereas but yet even as since because after before when with ' +
    'followed including especially particularly testing dominated compared which who'
  ).split(' '),
);

/** Minimum words for a piece to stand as a clause; shorter pieces stay with their neighbour. */
const MIN_WORDS = 4;

/**
 * Punctuation and words that can open a clause: commas, semicolons, colons, dashes (typed as "--" or a spaced
 * hyphen on a plain keyboard), and "amid" unpunctuated.
 */
const CUT_MARKS = String.raw`,|;|:|\s[—–]\s?|—|\s--?\s|(?<![-\s])--(?![-\s])|\s(?=amid\s)`;
/**
 * An unpunctuated "as" that opens a clause ("rose to 587 as rescuers reached…") — not "such as", "seen as",
 * "as much as", "as well as", "as a result", "as the first".
 */
const AS_OPENER = String.raw`(?<!\b(?:such|well|same|known|seen|regarded|described|serve[sd]?|act(?:s|ed)?|work(?:s|ed)?|just|so|far|long|soon|much|many))` +
  String.raw`\s(?=as\s(?!(?:a|an|well|part|of|if|though|much|many|long|far|soon|the\s+(?:first|second|third|largest|biggest|main|only))\b))`;
const CUT_RE = new RegExp(`(?:${CUT_MARKS})\\s*`, 'gu');
const CUT_AT_AS_RE = new RegExp(`(?:${CUT_MARKS}|${AS_OPENER})\\s*`, 'gu');

export interface ClauseOptions {
  /**
   * Also cut before a clause-opening "as" with no comma. Figures want this: the thing a figure measures is in its
   * own clause. Claims do not: "His arrival comes as pressure mounts" states one thing (measured on annotated stories).
   */
  cutAtAs?: boolean;
}

export function splitClauses(text: string, start: number, end: number, options: ClauseOptions = {}): Span[] {
  const cuts: number[] = [];
  const re = new RegExp(options.cutAtAs ? CUT_AT_AS_RE : CUT_RE);
  const body = text.slice(start, end);
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const after = m.index + m[0].length;
    const next = /^[\p{L}]+/u.exec(body.slice(after, after + 20));
    const unpunctuated = /^\s+$/.test(m[0]);
    // An "as" cut needs a clause on both sides.
    if (unpunctuated && /^as\s/.test(body.slice(after)) && (countWords(body.slice(0, m.index)) < 6 || countWords(body.slice(after)) < 5)) continue;
    const isDashOrSemi = /[;—–]|--|\s-\s/.test(m[0]) || unpunctuated;
    if (isDashOrSemi || (next && CLAUSE_OPENERS.has(next[0].toLowerCase()))) cuts.push(after);
  }
  const pieces: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, body.length]) {
    pieces.push({ start: from, end: cut });
    from = cut;
  }
  // Merge pieces that are too short to state a claim into the previous one (or the next, for the first).
  const merged: Span[] = [];
  for (const p of pieces) {
    const words = countWords(body.slice(p.start, p.end));
    const last = merged[merged.length - 1];
    if (last && (words < MIN_WORDS || !statesSomething(body.slice(last.start, last.end)))) last.end = p.end;
    else merged.push({ ...p });
  }
  return merged.map((p) => trimSpan(text, start + p.start, start + p.end)).filter((s) => s.end > s.start);
}

/** Long enough, and more than a name: "Port Mallory Container Terminals (PMCT)," before "which runs …" states nothing. */
function statesSomething(piece: string): boolean {
  return countWords(piece) >= MIN_WORDS && /(?:^|\s)\p{Ll}{3,}/u.test(piece);
}

function countWords(s: string): number {
  return (s.match(/[\p{L}\d]+/gu) ?? []).length;
}

/** Trims spaces and the punctuation that joined the clause to its neighbour. */
function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && /[\s,;:—–-]/.test(text[start])) start++;
  while (end > start && /[\s,;:—–-]/.test(text[end - 1])) end--;
  return { start, end };
}
