// Maps offsets to sentences and boilerplate ranges of a DocumentStructure.

import type { DocumentStructure, Span } from '../types';

/** Index of the sentence containing `offset`, or -1 when no sentence contains it. */
export function sentenceIndexAt(structure: DocumentStructure, offset: number): number {
  const sentences = structure.sentences;
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) high = mid - 1;
    else if (offset >= s.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** True when [start, end) overlaps one of the merged, sorted ranges. */
export function overlapsAny(ranges: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const r = ranges[mid]!;
    if (end <= r.start) high = mid - 1;
    else if (start >= r.end) low = mid + 1;
    else return true;
  }
  return false;
}
