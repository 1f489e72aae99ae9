// Finds the primary quoted passages of a document: text between straight (") or curly (“ ” / ‘ ’) marks,
// with quotes nested inside another quote left out, and quotes that run over a paragraph break (an opening
// mark with no closing mark in its paragraph, continued by a new opening mark) followed across paragraphs.

import type { Span } from '../types';
import { quotedNameIndexes } from './quotedNames';

export interface QuotedPassage extends Span {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or the paragraph end when the quote runs on to the next paragraph. */
  close: number;
  /** False when the paragraph ends before the closing mark. */
  closed: boolean;
  /** Index of the paragraph holding the passage. */
  paragraph: number;
  /** Index (in the returned array) of the earlier part of the same quote, for quotes continued across paragraphs. */
  continues?: number;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const OPENING_MARKS = new Set(['“', '"', '‘', "'"]);

function isSpaceOrNone(ch: string | undefined): boolean {
  return ch === undefined || /\s/.test(ch);
}

/**
 * The opening mark at `i`, if the mark there can open a quote: at a word start (after space, bracket, dash or another
 * opening mark), or a double mark glued to a colon ("Holm said:“We are ready …”"). A closing curly mark between a
 * colon and a word opens as a slip of typing ("read:”We have signed …"), standing for “.
 */
function openingMarkAt(text: string, i: number, from: number): string | undefined {
  const before = i > from ? text[i - 1] : undefined;
  const after = text[i + 1];
  if (isSpaceOrNone(after)) return undefined;
  const mark = text[i] === '”' && before === ':' && LETTER_OR_DIGIT.test(after!) ? '“' : text[i]!;
  if (!OPENING_MARKS.has(mark)) return undefined;
  return before === undefined || /[\s([{—–\-/“‘"']/.test(before) || (before === ':' && (mark === '“' || mark === '"')) ? mark : undefined;
}

/** A mark that can close a quote: right after a non-space, not followed by a letter or digit. */
function canClose(text: string, i: number, to: number): boolean {
  const after = i + 1 < to ? text[i + 1] : undefined;
  if (after !== undefined && LETTER_OR_DIGIT.test(after)) return false;
  return !isSpaceOrNone(text[i - 1]);
}

/** A word that cannot follow a plural possessive ("the leaders’ summit"), so the mark before it closes a quote. */
const FUNCTION_WORD_AFTER = /^[ \u00A0]+(?:of|in|and|or|but|to|as|at|for|from|on|with|by|that|which|is|was|were|are|said|says|told|when|while|after|before|because|if|than)\b/;

/** The closing single mark (’ or ') for an opening one at `open`; apostrophes of "leaders’ summit" are avoided when possible. */
function findSingleClose(text: string, open: number, to: number, mark: string): number {
  let fallback = -1;
  let plainFallback = -1;
  let inDouble = false;
  for (let i = open + 1; i < to; i++) {
    const ch = text[i];
    if (ch === '“') inDouble = true;
    else if (ch === '”') inDouble = false;
    if (ch !== mark || inDouble || !canClose(text, i, to)) continue;
    const before = text[i - 1];
    const after = i + 1 < to ? text[i + 1] : undefined;
    // Punctuation right inside or after the mark, or the paragraph end: a real closing mark.
    if (/[,.!?…;:]/.test(before) || after === undefined || /[,.;:!?)\]—–]/.test(after)) return i;
    // "‘the entire range of issues’ of what …": a function word after "s’" ends a quote; a possessive takes a noun.
    if (before === 's' && FUNCTION_WORD_AFTER.test(text.slice(i + 1, i + 14))) return i;
    if (before !== 's' && plainFallback < 0) plainFallback = i;
    if (fallback < 0) fallback = i;
  }
  return plainFallback >= 0 ? plainFallback : fallback;
}

function findDoubleClose(text: string, open: number, to: number, mark: string): number {
  const closer = mark === '“' ? '”' : '"';
  for (let i = open + 1; i < to; i++) {
    if (text[i] === closer && (closer === '”' || canClose(text, i, to))) return i;
    // Mixed marks, as a slip of typing or conversion: “We must remain vigilant," Holm said. "…” — a straight mark
    // after the quote's last punctuation closes a curly one, and a curly closing mark a straight one.
    if (closer === '”' && text[i] === '"' && /[,.!?]/.test(text[i - 1] ?? '') && /^(?:\s|$)/.test(text.slice(i + 1, i + 2))) return i;
    if (closer === '"' && text[i] === '”' && canClose(text, i, to)) return i;
    // A straight mark typed after a space, as in "… we will hold firm, " she said: after the quote's last
    // punctuation and before a space it cannot open a quote, so it closes this one.
    if (closer === '"' && text[i] === '"' && text[i - 1] === ' ' && /[,.!?]/.test(text[i - 2] ?? '') && isSpaceOrNone(i + 1 < to ? text[i + 1] : undefined)) return i;
  }
  return -1;
}

/** Quoted passages of one paragraph text[from, to). */
function passagesInParagraph(text: string, from: number, to: number, paragraph: number): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  for (let i = from; i < to; i++) {
    const mark = openingMarkAt(text, i, from);
    if (!mark) continue;
    const single = mark === '‘' || mark === "'";
    if (mark === "'" && i > from && LETTER_OR_DIGIT.test(text[i - 1])) continue;
    const closeAt = single ? findSingleClose(text, i, to, mark === '‘' ? '’' : "'") : findDoubleClose(text, i, to, mark);
    if (closeAt < 0) {
      // A single mark with no partner is an apostrophe or a stray mark; a double one runs to the paragraph end, and so
      // does a curly single mark opening a paragraph (British style, a quote running on into the next paragraph).
      if (single && !(mark === '‘' && i === from)) continue;
      const end = trimEnd(text, i + 1, to);
      if (end > i + 1) out.push({ start: i + 1, end, open: i, close: to, closed: false, paragraph });
      break;
    }
    if (closeAt > i + 1 && /\S/.test(text.slice(i + 1, closeAt))) {
      out.push({ start: i + 1, end: trimEnd(text, i + 1, closeAt), open: i, close: closeAt + 1, closed: true, paragraph });
    }
    i = closeAt; // everything inside is this quote's own text: nested quotes are skipped
  }
  return out;
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/** All primary quoted passages but names (titles of works, what a thing is known as), sorted by start. `paragraphs` are the document's paragraph spans. */
export function findQuotedPassages(text: string, paragraphs: readonly Span[]): QuotedPassage[] {
  const out: QuotedPassage[] = [];
  paragraphs.forEach((p, index) => {
    const inParagraph = passagesInParagraph(text, p.start, p.end, index);
    const names = quotedNameIndexes(text, inParagraph);
    const found = names.size ? inParagraph.filter((_, i) => !names.has(i)) : inParagraph;
    const previous = out[out.length - 1];
    // News convention: an unclosed quote continues when the next paragraph opens with a quotation mark.
    if (found.length > 0 && previous && !previous.closed && previous.paragraph === index - 1 && found[0].open === p.start) {
      found[0].continues = out.length - 1;
    }
    out.push(...found);
  });
  return out;
}
