// The text the engine reads, which may differ from the file in its line breaks only. Hard-wrapped articles
// (saved from e-mail, wire feeds or a text-mode browser) break every paragraph into lines of at most ~72
// characters, so a name, a figure or a quote may straddle a line break, and the engine reads one paragraph a
// line: soft breaks become one space, and a compound cut after its hyphen ("well-" / "known") is joined.
// Windows line ends (CRLF) become plain ones. Every offset into the readable text maps back to the file.

/** Lines that fill a wrapped paragraph are at most this long; a page with longer lines is not hard-wrapped. */
const MAX_WRAP_WIDTH = 100;
/** Narrower than this, lines are columns or lists, not wrapped prose. */
const MIN_WRAP_WIDTH = 40;
/** Share of text lines that must come close to the wrap width for a page to count as hard-wrapped. */
const MIN_FULL_SHARE = 0.5;
/** A line counts as full when it reaches this share of the wrap width. */
const FULL_LINE = 0.7;
/** At least this many text lines, so a short note with a few breaks is left alone. */
const MIN_LINES = 6;

/** A line that starts an item of its own, whatever the line before it: a bullet, a number, a dash. */
const ITEM_START = /^\s*(?:[-*•–—]\s|\d{1,3}[.)]\s)/;

export interface ReadableText {
  text: string;
  /** For each index of `text`, and one past its end, the offset in the original; absent when the text is the original. */
  origin?: number[];
}

/** The text as the engine reads it (see the module comment), with the way back to the original's offsets. */
export function readableText(original: string): ReadableText {
  const lines = linesOf(original);
  const width = wrapWidth(original, lines);
  // Breaks to replace: [from, to) of the original → what stands for them.
  const replacements: { from: number; to: number; by: string }[] = [];
  if (width !== undefined) {
    for (let i = 0; i + 1 < lines.length; i++) {
      const line = lines[i];
      const next = lines[i + 1];
      if (!isSoftBreak(original, line, next, width)) continue;
      const hyphenated = /\p{L}-$/u.test(original.slice(line.contentEnd - 2, line.contentEnd)) && /^\p{L}/u.test(original.slice(next.start, next.start + 1));
      replacements.push({ from: line.contentEnd, to: next.start, by: hyphenated ? '' : ' ' });
    }
  }
  const crlf = original.includes('\r\n');
  if (replacements.length === 0 && !crlf) return { text: original };
  const out: string[] = [];
  const origin: number[] = [];
  let r = 0;
  for (let i = 0; i < original.length; ) {
    const rep = replacements[r];
    if (rep && i === rep.from) {
      for (const ch of rep.by) {
        out.push(ch);
        origin.push(i);
      }
      i = rep.to;
      r++;
      continue;
    }
    if (original[i] === '\r' && original[i + 1] === '\n') {
      i++;
      continue;
    }
    out.push(original[i]);
    origin.push(i);
    i++;
  }
  origin.push(original.length);
  return { text: out.join(''), origin };
}

/** The original span of a span of the readable text. */
export function originalSpan(readable: ReadableText, start: number, end: number): { start: number; end: number } {
  const origin = readable.origin;
  if (!origin) return { start, end };
  const from = origin[start];
  return { start: from, end: end > start ? origin[end - 1] + 1 : from };
}

interface Line {
  start: number;
  /** End of the line's text, before trailing spaces and the break. */
  contentEnd: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    let end = stop;
    while (end > start && /\s/.test(text[end - 1])) end--;
    out.push({ start, contentEnd: end });
    if (newline < 0) break;
    start = newline + 1;
  }
  return out;
}

/** A break inside a wrapped paragraph: the line before it is full, since the next line's first word would not have fitted. */
function isSoftBreak(text: string, line: Line, next: Line, width: number): boolean {
  if (line.contentEnd === line.start || next.contentEnd === next.start) return false;
  const lineText = text.slice(line.start, line.contentEnd);
  const nextText = text.slice(next.start, next.contentEnd);
  if (ITEM_START.test(nextText)) return false;
  // An indented first line opens a paragraph of its own.
  if (indentOf(nextText) > indentOf(lineText)) return false;
  const firstWord = /^\S+/.exec(nextText.trimStart())?.[0] ?? '';
  return lineText.length + 1 + firstWord.length > width;
}

function indentOf(line: string): number {
  return /^[ \t\u00A0]*/.exec(line)![0].length;
}

/** The width a hard-wrapped page was wrapped at, or undefined when it is not hard-wrapped. */
function wrapWidth(text: string, lines: Line[]): number | undefined {
  const lengths = lines.map((l) => l.contentEnd - l.start).filter((n) => n > 0);
  if (lengths.length < MIN_LINES) return undefined;
  const sorted = [...lengths].sort((a, b) => a - b);
  // The longest lines but for a few strays (a URL, a table row).
  const width = sorted[Math.floor(0.95 * (sorted.length - 1))];
  if (width > MAX_WRAP_WIDTH || width < MIN_WRAP_WIDTH) return undefined;
  const full = lengths.filter((n) => n >= FULL_LINE * width && n <= width).length;
  if (full < MIN_FULL_SHARE * lengths.length) return undefined;
  // Wrapped prose runs on: most full lines are followed by more text, not by a blank line.
  let runOn = 0;
  lines.forEach((l, i) => {
    const next = lines[i + 1];
    if (next && l.contentEnd - l.start >= FULL_LINE * width && next.contentEnd > next.start) runOn++;
  });
  return runOn >= 0.5 * full && /[.!?]/.test(text) ? width : undefined;
}
