// Offsets to line/character positions over the analysed text itself, with the same line-break rules
// as VS Code (\r\n, \n and \r). Using the analysed text means a position is right for exactly the
// version the analysis was computed for, without opening the document.

export interface LineCharacter {
  line: number;
  character: number;
}

const lineStartCache = new Map<string, number[]>();
const CACHE_LIMIT = 64;

function lineStarts(text: string): number[] {
  let starts = lineStartCache.get(text);
  if (starts) return starts;
  starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  if (lineStartCache.size >= CACHE_LIMIT) lineStartCache.delete(lineStartCache.keys().next().value as string);
  lineStartCache.set(text, starts);
  return starts;
}

/** The line and character of `offset` in `text` (clamped to the text). */
export function positionAt(text: string, offset: number): LineCharacter {
  const starts = lineStarts(text);
  const at = Math.max(0, Math.min(offset, text.length));
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo, character: at - starts[lo] };
}
