// Agency copy sets some subheads in capitals: "PORT DEAL ‘WILL PAY FOR ITSELF’, SAYS MEHRA". The attribution reader
// knows a verb by its lower case and a name by its capital, so such a line is read as if written in title case.

import { speechVerbOf } from '../lexicon/speechVerbs';
import type { Span } from '../types';

/**
 * The text with each all-capitals line among `lines` rewritten in title case, its speech verbs in lower case
 * ("Port Deal ‘Will Pay For Itself’, says Mehra"). Same length as `text`, so every offset still holds.
 */
export function withShoutedLinesCased(text: string, lines: readonly Span[]): string {
  // The text in pieces, joined once: unchanged stretches and recased lines (`lines` are sorted and apart).
  const pieces: string[] = [];
  let copied = 0;
  for (const line of lines) {
    const slice = text.slice(line.start, line.end);
    if (!isShouted(slice)) continue;
    const cased = slice.replace(/\p{L}+/gu, (word) => {
      const lower = word.toLowerCase();
      const recased = speechVerbOf(lower) ? lower : word[0] + lower.slice(1);
      return recased.length === word.length ? recased : word;
    });
    pieces.push(text.slice(copied, line.start), cased);
    copied = line.end;
  }
  if (pieces.length === 0) return text;
  pieces.push(text.slice(copied));
  return pieces.join('');
}

/** A line of several words with no lower-case letter at all. */
function isShouted(line: string): boolean {
  return !/\p{Ll}/u.test(line) && (line.match(/\p{Lu}{2,}/gu)?.length ?? 0) >= 3;
}
