// Names in quotation marks: titles of works, which agency style puts between quotation marks ("titles such as "Night
// Harbour" and "Kestrel Run""), and what a thing is known as ("crews known as "divers""). They name a thing; nobody
// says them.

import { isTitleShaped, WORK_NOUN } from '../lexicon/works';
import type { Span } from '../types';

type QuotedSpan = Span & { open: number; close: number };

/**
 * What comes right before a title: a list opener ("such as", "including"), or a noun for a kind of work
 * ("the film", "the hit song", "the novel").
 */
const TITLE_INTRODUCED = new RegExp(String.raw`\b(?:such as|including|like|${WORK_NOUN})\s*$`, 'i');

/** After a title, the next item of the same list: `"Night Harbour" and "Kestrel Run"`. */
const NEXT_IN_LIST = /^\s*(?:,|,?\s*(?:and|or|as well as))\s*$/i;

/** `p` is the next item of a list after the title `previous`. */
function nextInList(text: string, previous: QuotedSpan, p: QuotedSpan): boolean {
  const between = text.slice(previous.close, p.open);
  return NEXT_IN_LIST.test(between) || (text[previous.end - 1] === ',' && /^\s+$/.test(between));
}

/** What comes right before a name a thing goes by: "known as", "nicknamed". */
const NAME_INTRODUCED = /\b(?:known[ \u00A0]+as|nicknamed)\s*$/i;

/** At most this many words in a name a thing is known by. */
const MAX_NAME_WORDS = 6;

/**
 * The passages (of one paragraph, in order) that are names: titles of works (title-shaped, and introduced as a work or
 * as an item of a list of them), and short passages after "known as".
 */
export function quotedNameIndexes(text: string, passages: readonly QuotedSpan[]): Set<number> {
  const names = new Set<number>();
  passages.forEach((p, i) => {
    const before = text.slice(Math.max(0, p.open - 40), p.open);
    const words = text.slice(p.start, p.end);
    if (NAME_INTRODUCED.test(before) && words.split(/\s+/).length <= MAX_NAME_WORDS && !/[.!?]$/.test(words)) {
      names.add(i);
      return;
    }
    if (!isTitleShaped(words)) return;
    if (TITLE_INTRODUCED.test(before) || (names.has(i - 1) && nextInList(text, passages[i - 1], p))) names.add(i);
  });
  return names;
}
