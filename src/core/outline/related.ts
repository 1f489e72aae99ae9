// Every related statement in every source for the item at a position: the cross-source groups holding
// the figure/quote/claim there, or for a name every mention of the same entity in every file.
// Used by Find All References, the peek view and the sidebar's follow-cursor.

import type { CorpusAnalysis, CrossSourceGroup } from '../types';
import { corpusLookup, itemsAt, membersOf, type ItemAt } from '../query';
import type { OutlineLocation } from './types';

export interface RelatedLocations {
  item: ItemAt;
  /** The item itself (include it for Find All References when the caller asks for the declaration). */
  self: OutlineLocation;
  /** The cross-source groups the item belongs to (empty for entities). */
  groups: CrossSourceGroup[];
  /** Every related place in every source, the item's own place excluded; corpus order, then offset. */
  related: OutlineLocation[];
}

/**
 * The innermost item at `offset` that has relations elsewhere; failing that, the innermost item with none.
 * Undefined when the file is not a source or nothing is at the offset.
 */
export function relatedLocations(analysis: CorpusAnalysis, file: string, offset: number): RelatedLocations | undefined {
  const index = corpusLookup(analysis);
  const doc = index.document(file);
  if (!doc) return undefined;
  let fallback: RelatedLocations | undefined;
  for (const item of itemsAt(doc, offset)) {
    const result = relatedOf(analysis, file, item);
    if (result.related.length > 0) return result;
    fallback ??= result;
  }
  return fallback;
}

export function relatedOf(analysis: CorpusAnalysis, file: string, item: ItemAt): RelatedLocations {
  const index = corpusLookup(analysis);
  const self: OutlineLocation = { file, start: item.span.start, end: item.span.end };
  const isSelf = (l: OutlineLocation) => l.file === file && l.start === self.start && l.end === self.end;
  if (item.kind === 'entity') {
    const related = index
      .mentionsOf(item.span.canonical)
      .map(({ file: f, mention }) => ({ file: f, start: mention.start, end: mention.end }))
      .filter((l) => !isSelf(l));
    return { item, self, groups: [], related };
  }
  const groups = index.groupsAt(item.kind, file, item.span);
  const related = membersOf(index, groups)
    .map((m) => ({ file: m.file, start: m.start, end: m.end }))
    .filter((l) => !isSelf(l));
  return { item, self, groups, related };
}
