// Cross-source links: the same figure, the same quote, the same claim, across different files.

import type { CrossSourceGroup, DocumentAnalysis } from '../types';
import { linkClaims, type ConflictSide } from './claimLinks';
import { linkFigures } from './figureLinks';
import { linkQuotes } from './quoteLinks';

/** `checkCancelled` throws to abort; it is called between phases and inside the long ones. */
export function linkCorpus(documents: DocumentAnalysis[], checkCancelled?: () => void): CrossSourceGroup[] {
  const figureGroups = linkFigures(documents);
  checkCancelled?.();
  const quoteGroups = linkQuotes(documents);
  checkCancelled?.();
  // Each figure of a conflict → its group and side (the sides state different values).
  const conflictingFigures = new Map<string, ConflictSide>();
  figureGroups.forEach((g, n) => {
    if (g.relation === 'conflict') for (const m of g.members) conflictingFigures.set(`${m.file}:${m.start}`, { group: n, value: JSON.stringify(m.value) });
  });
  const figureGroupOf = new Map<string, string>();
  figureGroups.forEach((g, n) => g.members.forEach((m) => figureGroupOf.set(`${m.file}:${m.start}`, String(n))));
  const quoteGroupOf = new Map<string, string>();
  quoteGroups.forEach((g, n) => g.members.forEach((m) => quoteGroupOf.set(`${m.file}:${m.start}`, String(n))));
  const groups = [...figureGroups, ...quoteGroups, ...linkClaims(documents, { conflictingFigures, quoteGroupOf, figureGroupOf }, checkCancelled)];
  const order = { conflict: 0, variant: 1, agree: 2 };
  groups.sort((a, b) => order[a.relation] - order[b.relation]);
  const counters = { figure: 0, quote: 0, claim: 0 };
  return groups.map((g) => ({ ...g, id: `${g.kind}-${++counters[g.kind]}` }));
}
