// Tallies: a score or a vote written as two whole numbers joined by a dash ("won 5-3", "a 1-1 draw", "voted 61-39").
// It is one figure, not two counts nor a range: its second number may be the smaller, and neither counts anything alone.

import type { Candidate } from './candidate';
import { isDash, type Token } from './tokens';

/** The unit of a tally; its value is left null, since two numbers are not a range. */
export const TALLY_UNIT = 'score';

/** Words a tally follows: "beat them 5-3", "led 3-1", "drew 1-1", "voted 61-39", "made it 3-1", "level at 2-2". */
const BEFORE_TALLY = new Set([
  'won', 'win', 'wins', 'winning', 'beat', 'beats', 'beating', 'defeated', 'defeating', 'edged', 'led', 'lead', 'leads',
  'leading', 'lost', 'lose', 'loses', 'losing', 'drew', 'draw', 'draws', 'drawing', 'tied', 'ties', 'trailed', 'trailing',
  'voted', 'votes', 'ruled', 'it', 'at',
]);

/** Words a tally is said of: "a 1-1 draw", "a 1-2 defeat", "a 5-3 shoot-out win", "a 6-3 ruling". */
const TALLY_NOUNS = new Set([
  'win', 'wins', 'victory', 'defeat', 'loss', 'draw', 'lead', 'scoreline', 'thrashing', 'rout', 'triumph', 'shootout',
  'shoot', 'aggregate', 'vote', 'votes', 'decision', 'ruling', 'verdict', 'majority', 'margin',
]);

/** A stage of a match after a tally: "5-3 on penalties", "3-1 at the break", "2-2 after extra time". */
const STAGE_WORDS = new Set(['on', 'in', 'at', 'after']);
const STAGES = new Set(['penalties', 'penalty', 'shootout', 'shoot', 'half', 'halftime', 'extra', 'aggregate', 'full']);

/** Reads each tally as one figure; the numbers it is made of, read alone before, are dropped. In text order. */
export function mergeTallies(tokens: Token[], candidates: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k]!;
    if (!isTallyAt(tokens, c.first)) {
      out.push(c);
      continue;
    }
    const last = c.first + 2;
    out.push({ first: c.first, last, kind: 'quantity', value: null, unit: TALLY_UNIT });
    while (k + 1 < candidates.length && candidates[k + 1]!.first <= last) k++;
  }
  return out;
}

/** Whole number, dash, whole number, written solid, with a word of scoring or voting beside it. */
function isTallyAt(tokens: Token[], i: number): boolean {
  const [a, dash, b] = [tokens[i], tokens[i + 1], tokens[i + 2]];
  if (!isSmallWholeNumber(a) || !isDash(dash) || !isSmallWholeNumber(b)) return false;
  if (dash!.start !== a!.end || b!.start !== dash!.end) return false;
  // A third part ("3-1-2") is a record or a code, not a tally.
  const after = tokens[i + 3];
  if (after && after.start === b!.end && (isDash(after) || after.kind === 'num')) return false;
  const before = tokens[i - 1]?.lower ?? '';
  const next = after?.lower ?? '';
  const then = tokens[i + 4]?.lower ?? '';
  return BEFORE_TALLY.has(before) || TALLY_NOUNS.has(next) || (STAGE_WORDS.has(next) && STAGES.has(then));
}

/** Up to three digits, no separators or decimals: a year range ("2031-32", "2010-2014") starts with four. */
function isSmallWholeNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'num' && /^\d{1,3}$/.test(t.text);
}
