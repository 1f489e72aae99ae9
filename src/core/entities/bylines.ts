// Bylines and credits: "By Helen Marsh, Diplomatic Correspondent", "Edited by: Priya Menon",
// "Reporting by Arjun Mehta and Olga Petrova". The line is page furniture (no figures or claims come from
// it), but the people it names are people of the article.

import { isRoleQualifier, isTitleWord } from '../lexicon/titles';
import { isPlaceName } from '../lexicon/places';
import { hasCommonWordShape, isCommonWord } from './commonWords';
import { isOrgHeadWord } from '../lexicon/organizations';
import { CREDIT_WORDS, creditLead } from '../text/boilerplate';
import type { Span } from '../types';

/** A later credit in the same line: "; Editing by J. K. Sen". */
const NEXT_CREDIT = new RegExp(String.raw`^\s*${CREDIT_WORDS}\s*`, 'iu');
const NAME = /\p{Lu}[\p{L}’'-]*\.?(?:[ \t]+(?:\p{Lu}[\p{L}’'-]*\.?|(?:de|da|van|von|al|bin|del|la)(?=[ \t]+\p{Lu})))+/gu;

/**
 * A byline without "By", under the headline: "Harriet Lowell in Brussels", "Anand Krishnan | Jakarta",
 * "Kirsty MacLeod Scotland correspondent". The name is two or three capitalised words.
 */
const BARE_BYLINE =
  /^[ \t]*(\p{Lu}[\p{L}’'-]+(?:[ \t]+\p{Lu}[\p{L}’'-]+){1,3})(?:[ \t]+in[ \t]+(\p{Lu}[\p{L}]+(?:[ \t]+\p{Lu}[\p{L}]+)?)|[ \t]*[|•·].*|[ \t]+(?:[\p{Ll}]+[ \t]+)?(?:correspondent|editor|reporter|writer|columnist))[ \t]*$/u;

/** How many non-empty lines from the top a bare byline may stand at (after the headline, within the standfirst). */
const BARE_BYLINE_LINES = 6;

/** The name of a bare byline line, without a place that ends it ("Kirsty MacLeod Scotland correspondent"). */
function bareBylineName(line: string, lowerWords: () => Set<string>): { offset: number; length: number } | undefined {
  if (line.length > 80 || /[.!?:;]["”]?\s*$/.test(line)) return undefined;
  const m = BARE_BYLINE.exec(line);
  if (!m) return undefined;
  if (m[2] !== undefined && !isPlaceName(m[2])) return undefined;
  const words = m[1]!.split(/[ \t]+/);
  while (words.length > 2 && isPlaceName(words[words.length - 1]!)) words.pop();
  if (words.length > 3) return undefined;
  // A title-case subhead ("Protests Erupt in Dhaka") is made of words the article also writes in lower case.
  if (words.some((w) => isPlaceName(w) || isCommonWord(w) || hasCommonWordShape(w) || isOrgHeadWord(w) || isTitleWord(w) || lowerWords().has(w.toLowerCase()))) return undefined;
  const offset = line.indexOf(words[0]!);
  const last = words[words.length - 1]!;
  return { offset, length: line.indexOf(last, offset) + last.length - offset };
}

/** Person names in byline and credit lines, and the places credits file from ("… in Mumbai"), as spans. */
export function bylineMentions(text: string): { people: Span[]; places: Span[] } {
  const people: Span[] = [];
  const places: Span[] = [];
  let lineStart = 0;
  let nonEmpty = 0;
  let lower: Set<string> | undefined;
  const lowerWords = () => (lower ??= new Set(text.match(/(?<![\p{L}])\p{Ll}[\p{L}’'-]*/gu) ?? []));
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (line.trim()) nonEmpty++;
    // Not the headline itself: a bare byline stands under it.
    const bare = nonEmpty > 1 && nonEmpty <= BARE_BYLINE_LINES ? bareBylineName(line, lowerWords) : undefined;
    if (bare) people.push({ start: lineStart + bare.offset, end: lineStart + bare.offset + bare.length });
    // Names stop at a separator that starts dates or outlets ("By Priya Nair | December 6, 2025"); a segment after
    // it may credit someone else ("Written By: Ananya Rao | Edited By: Rohit Varma").
    let segmentStart = 0;
    let credited = false;
    for (const segment of line.split(/[|•·]/)) {
      const indent = segment.length - segment.trimStart().length;
      const lead = creditLead(segment.slice(indent));
      if (lead !== undefined) {
        credited = true;
        people.push(...creditedNames(segment.slice(indent + lead), lineStart + segmentStart + indent + lead));
      }
      segmentStart += segment.length + 1;
    }
    if (credited) places.push(...creditedPlaces(line, lineStart));
    lineStart = lineEnd + 1;
  }
  return { people, places };
}

/** "(Reporting by Ashwin Rao in Mumbai and Kate Holden in London; …)": the places reporters filed from. */
function creditedPlaces(line: string, lineStart: number): Span[] {
  const out: Span[] = [];
  for (const m of line.matchAll(/\bin[ \t]+(\p{Lu}[\p{L}]+(?:[ \t]+\p{Lu}[\p{L}]+)?)/gu)) {
    let name = m[1]!;
    if (!isPlaceName(name)) name = name.split(/[ \t]+/)[0]!;
    if (!isPlaceName(name)) continue;
    const start = lineStart + m.index! + m[0].length - m[1]!.length;
    out.push({ start, end: start + name.length });
  }
  return out;
}

/** The people one credit names, in `body` (the text after "By"), at `offset` in the document. */
function creditedNames(body: string, offset: number): Span[] {
  const out: Span[] = [];
  let partStart = 0;
  for (const part of body.split(';')) {
    const credit = NEXT_CREDIT.exec(part);
    const names = credit ? part.slice(credit[0].length) : part;
    const at = offset + partStart + (credit ? credit[0].length : 0);
    NAME.lastIndex = 0;
    for (let m = NAME.exec(names); m; m = NAME.exec(names)) {
      const words = m[0].split(/[ \t]+/);
      if (words[0] === 'The' || words.some(isOrgHeadWord) || isRoleWords(words)) continue;
      out.push({ start: at + m.index, end: at + m.index + m[0].length });
    }
    partStart += part.length + 1;
  }
  return out;
}

/** "Diplomatic Correspondent", "Senior Editor": a role after the name, not a name ("J. K. Sen" is a name). */
function isRoleWords(words: string[]): boolean {
  const last = words[words.length - 1]!.toLowerCase();
  const initials = words.slice(0, -1).every((w) => /^\p{Lu}\.$/u.test(w));
  return !initials && (isTitleWord(last) || NEWSROOM_ROLES.has(last) || words.some((w) => isRoleQualifier(w.toLowerCase()) || /^(?:staff|desk|bureau|newsroom)$/i.test(w)));
}

/** Who a byline credits when it names no one: "By Staff Writer", "By Our Correspondent", "Web Desk". */
const NEWSROOM_ROLES = new Set(['writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors', 'desk', 'bureau', 'staff', 'team', 'contributor', 'columnist', 'newsroom']);
