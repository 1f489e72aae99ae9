// Walks the tokens of a document once and collects figure candidates, left to right, without overlaps.

import type { Candidate } from './candidate';
import { readDate, readTime } from './dates';
import { isDesignator, isInsideName } from './guards';
import { readMeasure } from './measures';
import { readMoney } from './money';
import type { Token } from './tokens';

export function scanCandidates(tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A time of day ("4 a.m.", "11:47 GMT") before the guards, which take clock numbers for designators.
    const time = readTime(tokens, i);
    if (time) {
      found.push(time);
      i = time.last;
      continue;
    }
    if (t.kind === 'num' && (isInsideName(tokens, i) || isDesignator(tokens, i))) {
      // step over the whole glued name ("F-15EX", "0412 7730915")
      while (tokens[i + 1] && tokens[i + 1]!.start === tokens[i]!.end && tokens[i + 1]!.kind !== 'sym') i++;
      continue;
    }
    const money = readMoney(tokens, i);
    const figure = money ?? readDate(tokens, i);
    if (figure) {
      found.push(figure);
      i = figure.last;
      continue;
    }
    const measure = readMeasure(tokens, i);
    if (!measure) continue;
    if ('skipTo' in measure) {
      i = Math.max(i, measure.skipTo);
      continue;
    }
    found.push(measure);
    i = measure.last;
  }
  return found;
}
