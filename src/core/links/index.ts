// Cross-source links: the same figure, the same quote, the same claim, across different files.

import type { CrossSourceGroup, DocumentAnalysis } from '../types';
import { linkClaims, type ConflictSide } from './claimLinks';
import { linkFigures } from './figureLinks';
import { linkIdentities } from './identityLinks';
import { linkQuotes } from './quoteLinks';

/** `checkCancelled` throws to abort; it is called between phases and inside the long ones. */
export function linkCorpus(documents: DocumentAnalysis[], checkCancelled?: () => void): CrossSourceGroup[] {
  const figureGroups = linkFigures(documents);
  checkCancelled?.();
  const quoteGroups = linkQuotes(documents);
  checkCancelled?.();
  // Each linked figure → its group; each figure of a conflict also → its side (the sides state different values).
  const figureGroupOf = new Map<string, string>();
  const conflictingFigures = new Map<string, ConflictSide>();
  figureGroups.forEach((g, n) => {
    for (const m of g.members) {
      const key = `${m.file}:${m.start}`;
      figureGroupOf.set(key, String(n));
      if (g.relation === 'conflict') conflictingFigures.set(key, { group: n, value: JSON.stringify(m.value) });
    }
  });
  const quoteGroupOf = new Map<string, string>();
  quoteGroups.forEach((g, n) => g.members.forEach((m) => quoteGroupOf.set(`${m.file}:${m.start}`, String(n))));
  const groups = [
    ...figureGroups,
    ...quoteGroups,
    ...linkClaims(documents, { conflictingFigures, quoteGroupOf, figureGroupOf }, checkCancelled),
    ...linkIdentities(documents),
  ];
  const order = { conflict: 0, variant: 1, agree: 2 };
  groups.sort((a, b) => order[a.relation] - order[b.relation]);
  const counters = { figure: 0, quote: 0, claim: 0 };
  return groups.map((g) => ({ ...g, id: `${g.kind}-${++counters[g.kind]}` }));
}
