// Cross-source links: the same figure, the same quote, the same claim, across different files.

import type { CrossSourceGroup, DocumentAnalysis } from '../types';
import { linkClaims } from './claimLinks';
import { linkFigures } from './figureLinks';
import { linkQuotes } from './quoteLinks';

export function linkCorpus(documents: DocumentAnalysis[], isCancelled?: () => boolean): CrossSourceGroup[] {
  void isCancelled;
  const figureGroups = linkFigures(documents);
  const quoteGroups = linkQuotes(documents);
  const conflictingFigures = new Set<string>();
  for (const g of figureGroups) if (g.relation === 'conflict') for (const m of g.members) conflictingFigures.add(`${m.file}:${m.start}`);
  const quoteGroupOf = new Map<string, string>();
  quoteGroups.forEach((g, n) => g.members.forEach((m) => quoteGroupOf.set(`${m.file}:${m.start}`, String(n))));
  const groups = [...figureGroups, ...quoteGroups, ...linkClaims(documents, { conflictingFigures, quoteGroupOf })];
  const order = { conflict: 0, variant: 1, agree: 2 };
  groups.sort((a, b) => order[a.relation] - order[b.relation]);
  const counters = { figure: 0, quote: 0, claim: 0 };
  return groups.map((g) => ({ ...g, id: `${g.kind}-${++counters[g.kind]}` }));
}
