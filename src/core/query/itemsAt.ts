// "What is at file + offset": the figures, entity mentions, quotes and claims, and the cross-source
// group members, whose span holds an offset. A cursor just after an item still counts as on it.
// One ranking rule for everything: inside (first character included) beats touching the end, then the smaller span,
// then the kind order figure < entity < quote < claim (names and numbers sit inside quotes and claims).

import type { Claim, DocumentAnalysis, EntityMention, Figure, Quote, Span } from '../types';
import type { CorpusLookup, MemberRef } from './corpusLookup';

export type ItemAt =
  | { kind: 'figure'; span: Figure }
  | { kind: 'entity'; span: EntityMention }
  | { kind: 'quote'; span: Quote }
  | { kind: 'claim'; span: Claim };

export type ItemKind = ItemAt['kind'];

/** The innermost item of each kind at an offset (what a hover shows). */
export interface InnermostItems {
  figure?: Figure;
  entity?: EntityMention;
  quote?: Quote;
  claim?: Claim;
}

const KIND_ORDER: Record<ItemKind, number> = { figure: 0, entity: 1, quote: 2, claim: 3 };

/** True when `offset` is inside `span` or touches either end of it. */
export function contains(span: Span, offset: number): boolean {
  return span.start <= offset && offset <= span.end;
}

/** Orders two spans containing `offset`: strictly inside first, then the smaller span. */
function compareSpans(a: Span, b: Span, offset: number): number {
  // A cursor on the first character is on the span; one just after its end only touches it.
  const edge = (s: Span) => Number(offset === s.end);
  return edge(a) - edge(b) || a.end - a.start - (b.end - b.start);
}

/** Every item at `offset` in `doc`, best (innermost) first. */
export function itemsAt(doc: DocumentAnalysis, offset: number): ItemAt[] {
  const items: ItemAt[] = [
    ...doc.figures.filter((s) => contains(s, offset)).map((span) => ({ kind: 'figure' as const, span })),
    ...doc.entities.filter((s) => contains(s, offset)).map((span) => ({ kind: 'entity' as const, span })),
    ...doc.quotes.filter((s) => contains(s, offset)).map((span) => ({ kind: 'quote' as const, span })),
    ...doc.claims.filter((s) => contains(s, offset)).map((span) => ({ kind: 'claim' as const, span })),
  ];
  return items.sort((a, b) => compareSpans(a.span, b.span, offset) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
}

/** The best item of each kind at `offset` (the first of its kind in `itemsAt`). */
export function innermostItemsAt(doc: DocumentAnalysis, offset: number): InnermostItems {
  const out: InnermostItems = {};
  for (const item of itemsAt(doc, offset)) {
    if (item.kind === 'figure') out.figure ??= item.span;
    else if (item.kind === 'entity') out.entity ??= item.span;
    else if (item.kind === 'quote') out.quote ??= item.span;
    else out.claim ??= item.span;
  }
  return out;
}

/** Group members of `file` containing `offset`, innermost first. */
export function membersAt(lookup: CorpusLookup, file: string, offset: number): MemberRef[] {
  return lookup
    .members(file)
    .filter((r) => contains(r.member, offset))
    .sort((a, b) => compareSpans(a.member, b.member, offset));
}

/**
 * The members at `offset` that share the innermost span (a quote can be in a quote group and a claim
 * group with the same span); these are "this" for navigation and Show All Sources.
 */
export function innermostMembersAt(lookup: CorpusLookup, file: string, offset: number): MemberRef[] {
  const all = membersAt(lookup, file, offset);
  if (all.length === 0) return [];
  const first = all[0].member;
  return all.filter((r) => r.member.start === first.start && r.member.end === first.end);
}
