// "What is at file + offset": the entity, figure, quote and claim under a position, and the cross-source
// group members there. An offset touching a span's end counts (a cursor just after a word is "on" it).

import type { Claim, DocumentAnalysis, EntityMention, Figure, Quote, Span } from '../types';
import type { EditorIndex, MemberRef } from './corpusIndex';

export interface ItemsAt {
  entity?: EntityMention;
  figure?: Figure;
  quote?: Quote;
  claim?: Claim;
}

export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** The innermost span containing `offset`; ties go to the one the offset is strictly inside. */
function innermost<T extends Span>(spans: readonly T[], offset: number): T | undefined {
  let best: T | undefined;
  for (const s of spans) {
    if (!contains(s, offset)) continue;
    if (!best || rank(s, offset) < rank(best, offset)) best = s;
  }
  return best;
}

function rank(s: Span, offset: number): number {
  // Strictly inside beats touching the end; then the shorter span wins.
  return (offset === s.end ? 1e12 : 0) + (s.end - s.start);
}

export function itemsAt(doc: DocumentAnalysis, offset: number): ItemsAt {
  return {
    entity: innermost(doc.entities, offset),
    figure: innermost(doc.figures, offset),
    quote: innermost(doc.quotes, offset),
    claim: innermost(doc.claims, offset),
  };
}

/** Group members of `file` containing `offset`, innermost first. */
export function membersAt(index: EditorIndex, file: string, offset: number): MemberRef[] {
  return index
    .members(file)
    .filter((r) => contains(r.member, offset))
    .sort((a, b) => rank(a.member, offset) - rank(b.member, offset));
}

/**
 * The members at `offset` that share the innermost span (a quote can be in a quote group and a claim
 * group with the same span); these are "this" for navigation and Show All Sources.
 */
export function innermostMembersAt(index: EditorIndex, file: string, offset: number): MemberRef[] {
  const all = membersAt(index, file, offset);
  if (all.length === 0) return [];
  const first = all[0].member;
  return all.filter((r) => r.member.start === first.start && r.member.end === first.end);
}

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
