// One-line summary for the status bar: "5 sources · 3 conflicts".

import type { CorpusAnalysis } from '../types';

export interface CorpusSummary {
  sources: number;
  conflicts: number;
  groups: number;
}

export function summarize(corpus: CorpusAnalysis): CorpusSummary {
  return {
    sources: corpus.documents.length,
    conflicts: corpus.groups.filter((g) => g.relation === 'conflict').length,
    groups: corpus.groups.length,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function summaryText(s: CorpusSummary): string {
  return `${plural(s.sources, 'source')} · ${plural(s.conflicts, 'conflict')}`;
}
