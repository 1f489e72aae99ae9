// Tallies: a score or a vote written as two whole numbers joined by a dash ("won 5-3", "a 1-1 draw", "voted 61-39").
// It is one figure, not two counts nor a range: its second number may be the smaller, and neither counts anything alone.

import { isDash, touching, type Token } from './tokens';

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

/**
 * Is `tokens[first..last]` (whole number, dash, whole number, written solid) a tally? Only with a word of scoring or
 * voting beside it, and not inside a code ("A-3-1", "3-1-2") or a year range ("2031-32" starts with four digits).
 */
export function isTally(tokens: Token[], first: number, last: number): boolean {
  const [a, dash, b] = [tokens[first], tokens[first + 1], tokens[last]];
  if (last !== first + 2 || !isSmallWholeNumber(a) || !isDash(dash) || !isSmallWholeNumber(b)) return false;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  const partOfCode = (t: Token | undefined, glued: boolean) => t !== undefined && glued && (isDash(t) || t.kind !== 'sym');
  if (partOfCode(before, touching(before, a)) || partOfCode(after, touching(b, after))) return false;
  const next = after?.lower ?? '';
  const then = tokens[last + 2]?.lower ?? '';
  return BEFORE_TALLY.has(before?.lower ?? '') || TALLY_NOUNS.has(next) || (STAGE_WORDS.has(next) && STAGES.has(then));
}

/** Up to three digits, no separators or decimals. */
function isSmallWholeNumber(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'num' && /^\d{1,3}$/.test(t.text);
}
