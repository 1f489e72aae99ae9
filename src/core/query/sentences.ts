// Sentences around offsets and spans, over the analysed document's sentence structure.

import type { DocumentAnalysis, Span } from '../types';

/** The sentence of a document containing `offset` (for showing a member in context). */
export function sentenceAt(doc: DocumentAnalysis, offset: number): Span | undefined {
  const sentences = doc.structure.sentences;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The extent of the sentence(s) a span lies in; a span outside every sentence keeps its own extent. */
export function sentenceRange(doc: DocumentAnalysis, span: Span): Span {
  // An empty span still probes the character at its start.
  const probeEnd = Math.max(span.end, span.start + 1);
  let start = span.start;
  let end = span.end;
  for (const s of doc.structure.sentences) {
    if (s.start >= probeEnd) break;
    if (s.start < probeEnd && span.start < s.end) {
      start = Math.min(start, s.start);
      end = Math.max(end, s.end);
    }
  }
  return { start, end };
}
