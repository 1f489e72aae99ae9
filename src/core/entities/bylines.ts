// Bylines and credits: "By Helen Marsh, Diplomatic Correspondent", "Edited by: Priya Menon",
// "Reporting by Arjun Mehta and Olga Petrova". The line is page furniture (no figures or claims come from
// it), but the people it names are people of the article.

import { isRoleQualifier, isTitleWord } from '../lexicon/titles';
import { isOrgHeadWord } from '../lexicon/organizations';
import { CREDIT_WORDS, creditLead } from '../text/boilerplate';
import type { Span } from '../types';

/** A later credit in the same line: "; Editing by J. K. Sen". */
const NEXT_CREDIT = new RegExp(String.raw`^\s*${CREDIT_WORDS}\s*`, 'iu');
const NAME = /\p{Lu}[\p{L}’'-]*\.?(?:[ \t]+(?:\p{Lu}[\p{L}’'-]*\.?|(?:de|da|van|von|al|bin|del|la)(?=[ \t]+\p{Lu})))+/gu;

/** Person names in byline and credit lines, as spans. */
export function bylinePeople(text: string): Span[] {
  const out: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    const lead = creditLead(line);
    if (lead !== undefined) {
      // Names stop at a separator that starts dates or outlets: "By Priya Nair | December 6, 2025".
      const body = line.slice(lead).split(/[|•·]/)[0]!;
      let partStart = 0;
      for (const part of body.split(';')) {
        const credit = NEXT_CREDIT.exec(part);
        const names = credit ? part.slice(credit[0].length) : part;
        const offset = lineStart + lead + partStart + (credit ? credit[0].length : 0);
        NAME.lastIndex = 0;
        for (let m = NAME.exec(names); m; m = NAME.exec(names)) {
          const words = m[0].split(/[ \t]+/);
          if (words[0] === 'The' || words.some(isOrgHeadWord) || isRoleWords(words)) continue;
          out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
        }
        partStart += part.length + 1;
      }
    }
    lineStart = lineEnd + 1;
  }
  return out;
}

/** "Diplomatic Correspondent", "Senior Editor": a role after the name, not a name ("J. K. Sen" is a name). */
function isRoleWords(words: string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  const initials = words.slice(0, -1).every((w) => /^\p{Lu}\.$/u.test(w));
  return !initials && (isTitleWord(last) || words.some((w) => isRoleQualifier(w.toLowerCase())));
}
