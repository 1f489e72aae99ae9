// Paragraphs, sentences and page boilerplate of one article, with offsets into its text.
// Articles are prose with one paragraph a line; a sentence never crosses a line break.

import type { DocumentStructure, Paragraph, Sentence, Span } from '../types';
import { AMBIGUOUS_ABBREVIATIONS, NON_FINAL_ABBREVIATIONS, SENTENCE_OPENERS } from './abbreviations';
import { isBoilerplateLine, isShortLabel, startsBoilerplateTail } from './boilerplate';

const TERMINATORS = '.!?…';
const CLOSERS = '”’"\')]»';
const OPENING_QUOTES = '“‘"\'«(';

export function segment(text: string): DocumentStructure {
  const lines = splitLines(text);
  const spansByLine = lines.map((l) => splitSentences(text, l.start, l.end));
  // Furniture is judged line by line; on a line that runs many sentences (a page flattened to one line), sentence
  // by sentence, so the donation appeal at its end does not take the article with it.
  const units = lines.flatMap((l, i) => (spansByLine[i].length >= LONG_LINE_SENTENCES ? spansByLine[i] : [l]));
  const unitFlags = markBoilerplate(text, units);
  const flagOf = new Map<Span, boolean>(units.map((u, n) => [u, unitFlags[n]]));
  const paragraphs: Paragraph[] = lines.map((l, i) => ({
    start: l.start,
    end: l.end,
    boilerplate: flagOf.get(l) ?? spansByLine[i].every((s) => flagOf.get(s)),
  }));
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, index) => {
    const spans = spansByLine[index];
    const line = text.slice(p.start, p.end);
    // (A first line all in Title Case is a headline even in sentences: "Pill Is Tied to Lower Risk. Scientists Urge Caution.")
    const heading = (spans.length === 1 && isHeadingLine(line)) ||
      (index === 0 && spans.length > 1 && lines.length > 1 && line.split(/\s+/).length <= 25 && isTitleCase(line) && TITLE_CASE_SMALL_WORD.test(line));
    for (const s of spans) sentences.push({ ...s, paragraph: index, boilerplate: flagOf.get(s) ?? p.boilerplate, heading });
  });
  return { paragraphs, sentences, boilerplate: boilerplateRanges(text, paragraphs, sentences) };
}

/** A line with this many sentences or more is judged for furniture sentence by sentence. */
const LONG_LINE_SENTENCES = 4;

/** Non-empty lines, trimmed of surrounding whitespace (including no-break spaces). */
function splitLines(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n\r]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && isSpace(text[start])) start++;
    while (end > start && isSpace(text[end - 1])) end--;
    if (end > start) out.push({ start, end });
  }
  return out;
}

function isSpace(ch: string): boolean {
  return /\s/.test(ch); // \s covers U+00A0 and the other Unicode spaces
}

/** Furniture flags of the page's lines (or, on long lines, sentences), in order. */
function markBoilerplate(text: string, lines: Span[]): boolean[] {
  const lineText = lines.map((l) => text.slice(l.start, l.end));
  const flags = lineText.map(isBoilerplateLine);
  // A donation/payment/comments block in the second half of the page takes the rest of the page with it,
  // and the short labels right before it (site links, captions) too.
  const tail = lineText.findIndex((t, i) => i >= lines.length / 2 && startsBoilerplateTail(t));
  if (tail >= 0) {
    let first = tail;
    while (first > 0 && isShortLabel(lineText[first - 1]) && !flags[first - 1]) first--;
    for (let i = first; i < lines.length; i++) flags[i] = true;
  }
  return flags;
}

/** The furniture's ranges: runs of flagged paragraphs, and flagged sentences of paragraphs that are not all furniture. */
function boilerplateRanges(text: string, paragraphs: Paragraph[], sentences: Sentence[]): Span[] {
  const flagged: Span[] = [];
  let lastParagraph = -1;
  for (const s of sentences) {
    const p = paragraphs[s.paragraph];
    if (p.boilerplate && s.paragraph !== lastParagraph) flagged.push({ start: p.start, end: p.end });
    else if (!p.boilerplate && s.boilerplate) flagged.push({ start: s.start, end: s.end });
    lastParagraph = s.paragraph;
  }
  const out: Span[] = [];
  flagged.forEach((f, i) => {
    // The last furniture block runs to the end of the text (trailing whitespace included).
    const end = i === flagged.length - 1 && /^\s*$/.test(text.slice(f.end)) ? text.length : f.end;
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(text.slice(last.end, f.start))) last.end = end;
    else out.push({ start: f.start, end });
  });
  return out;
}

/** A title-like line: no closing punctuation, or a short stand-alone question. */
function isHeadingLine(line: string): boolean {
  const words = line.split(/\s+/).length;
  if (/[?]$/.test(line)) return words <= 12;
  // A Title Case headline may end on a quotation: 'Minister Calls It "Brazil's Passport To The Future"'.
  if (/[”"’]$/.test(line) && !/[.!?,][”"’]$/.test(line)) return words <= 25 && isTitleCase(line);
  return !/[.!:;,”"’…]$/.test(line) && words <= 20;
}

/** A short word that only Title Case capitalises mid-line: "Pill Is Tied", "Warns Of", "Rates As". */
const TITLE_CASE_SMALL_WORD = /\s(?:Is|Are|Was|Were|Be|Has|Have|Will|Can|As|In|On|For|With|After|Over|From|Into|To|Of|And)\s/;

/** Nearly every word of four letters or more capitalised. */
function isTitleCase(line: string): boolean {
  const long = line.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? [];
  return long.length >= 4 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.8 * long.length;
}

/** The article's headline: a heading-like line of its first paragraph (later ones are section headings). */
export function isHeadline(s: Sentence): boolean {
  return s.heading && s.paragraph === 0;
}

/** Sentence spans inside one paragraph [from, to). */
export function splitSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  let start = from;
  for (let i = from; i < to; i++) {
    if (!TERMINATORS.includes(text[i])) continue;
    let j = i + 1;
    while (j < to && (TERMINATORS.includes(text[j]) || CLOSERS.includes(text[j]))) j++;
    if (j >= to || !isSpace(text[j])) continue;
    let k = j;
    while (k < to && isSpace(text[k])) k++;
    if (k >= to) break;
    if (!opensSentence(text, i, k)) continue;
    out.push({ start, end: j });
    start = k;
    i = k - 1;
  }
  if (start < to) out.push({ start, end: to });
  return out;
}

/** Is there a sentence boundary between the terminator at `dot` and the next word at `next`? */
function opensSentence(text: string, dot: number, next: number): boolean {
  const c = text[next];
  if (/\p{Ll}/u.test(c)) return false;
  if (!/[\p{Lu}\d]/u.test(c) && !OPENING_QUOTES.includes(c)) return false;
  if (text[dot] !== '.') return true;
  const token = wordBeforeDot(text, dot);
  if (!token) return true;
  const lower = token.toLowerCase();
  // "No. 10", "flight No. RSD-1": a number sign before a code; "No. It was not." is an answer.
  if (lower === 'no') return !/\d/.test(c) && !/^\S*\d/.test(text.slice(next, next + 12)) && !/\b(?:flight|room|platform|gate|unit|account|case|item|seat|line|number)\s+$/i.test(text.slice(Math.max(0, dot - 20), dot - 2));
  if (NON_FINAL_ABBREVIATIONS.has(lower)) return false;
  if (/^\p{Lu}$/u.test(token)) return false; // an initial: "Jana K. Holm"
  const dotted = token.includes('.');
  if (dotted || AMBIGUOUS_ABBREVIATIONS.has(lower)) {
    if (OPENING_QUOTES.includes(c)) return true;
    const nextWord = /^[\p{L}']+/u.exec(text.slice(next, next + 24));
    return !!nextWord && SENTENCE_OPENERS.has(nextWord[0].toLowerCase());
  }
  return true;
}

/** The letters-and-inner-dots token that ends right before `dot`: "U.S" in "U.S.", "Mr" in "Mr.". */
function wordBeforeDot(text: string, dot: number): string {
  let s = dot;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1])) s--;
  return text.slice(s, dot).replace(/^\.+/, '');
}
