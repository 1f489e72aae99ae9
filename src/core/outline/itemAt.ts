// "What is at this offset": the figures, entity mentions, quotes and claims whose span holds an offset
// in one document, innermost (most specific) first. A cursor just after an item still counts as on it.

import type { Claim, DocumentAnalysis, EntityMention, Figure, Quote, Span } from '../types';

export type OutlineItem =
  | { kind: 'figure'; span: Figure }
  | { kind: 'entity'; span: EntityMention }
  | { kind: 'quote'; span: Quote }
  | { kind: 'claim'; span: Claim };

const contains = (s: Span, offset: number) => s.start <= offset && offset <= s.end;

// Figures and names are smaller than the quotes and claims around them; among equals the order here decides.
const KIND_RANK: Record<OutlineItem['kind'], number> = { figure: 0, entity: 1, quote: 2, claim: 3 };

export function itemsAt(doc: DocumentAnalysis, offset: number): OutlineItem[] {
  const items: OutlineItem[] = [
    ...doc.figures.filter((s) => contains(s, offset)).map((span) => ({ kind: 'figure' as const, span })),
    ...doc.entities.filter((s) => contains(s, offset)).map((span) => ({ kind: 'entity' as const, span })),
    ...doc.quotes.filter((s) => contains(s, offset)).map((span) => ({ kind: 'quote' as const, span })),
    ...doc.claims.filter((s) => contains(s, offset)).map((span) => ({ kind: 'claim' as const, span })),
  ];
  // Strictly inside beats touching at an edge; then smaller spans, then the kind order.
  const edge = (s: Span) => Number(offset === s.start || offset === s.end);
  return items.sort(
    (a, b) =>
      edge(a.span) - edge(b.span) ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      a.span.end - a.span.start - (b.span.end - b.span.start),
  );
}
