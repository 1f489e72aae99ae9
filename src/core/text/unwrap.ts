// Hard-wrapped articles (saved from e-mail, wire feeds or a text-mode browser) break every paragraph into lines
// of at most ~72 characters, so a name, a figure or a quote may straddle a line break. The engine reads one
// paragraph a line; this finds the soft breaks and turns them into spaces. One character for one, so every
// offset into the unwrapped text is an offset into the original.

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

/**
 * The text with the line breaks inside hard-wrapped paragraphs replaced by spaces, or the text itself when it is
 * not hard-wrapped. A break is soft when the line before it is full: the next line's first word would not have
 * fitted on it.
 */
export function unwrapHardBreaks(text: string): string {
  const lines = linesOf(text);
  const width = wrapWidth(text, lines);
  if (width === undefined) return text;
  let out: string[] | undefined;
  for (let i = 0; i + 1 < lines.length; i++) {
    const line = lines[i];
    const next = lines[i + 1];
    if (line.contentEnd === line.start || next.contentEnd === next.start) continue;
    const nextText = text.slice(next.start, next.contentEnd);
    if (ITEM_START.test(nextText)) continue;
    // An indented first line opens a paragraph of its own.
    if (indentOf(nextText) > indentOf(text.slice(line.start, line.contentEnd))) continue;
    const firstWord = /^\S+/.exec(nextText.trimStart())?.[0] ?? '';
    const length = line.contentEnd - line.start;
    if (length + 1 + firstWord.length <= width) continue;
    // UTF-16 units, not code points, so indices stay offsets.
    out ??= text.split('');
    for (let k = line.contentEnd; k < next.start; k++) out[k] = ' ';
  }
  return out ? out.join('') : text;
}

interface Line {
  start: number;
  /** End of the line's text, before trailing spaces and the break. */
  contentEnd: number;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  const re = /[^\n]*(?:\n|$)/g;
  for (let m = re.exec(text); m && m[0].length > 0; m = re.exec(text)) {
    const start = m.index;
    let end = start + m[0].length;
    while (end > start && /\s/.test(text[end - 1])) end--;
    out.push({ start, contentEnd: end });
    if (re.lastIndex >= text.length) break;
  }
  return out;
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

function indentOf(line: string): number {
  return /^[ \t\u00A0]*/.exec(line)![0].length;
}
