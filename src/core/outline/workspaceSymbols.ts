// Go to Symbol in Workspace: speakers and entities whose name matches a typed query, one symbol per
// name per file, located at its first mention there.

import type { CorpusAnalysis, EntityType, SpeakerKind } from '../types';
import { baseName, foldForSearch } from './text';

export interface WorkspaceSymbolData {
  name: string;
  /** The entity type, or 'speaker' for an unnamed speaker known only from quotes. */
  kind: EntityType | 'speaker';
  speakerKind?: SpeakerKind;
  /** Shown next to the name: the type and the file. */
  container: string;
  file: string;
  start: number;
  end: number;
}

/**
 * How well `name` matches `query`: 3 prefix, 2 every word contained, 1 letters in order (fuzzy), 0 none.
 * An empty query matches everything.
 */
export function symbolMatch(query: string, name: string): number {
  const q = foldForSearch(query).trim();
  if (!q) return 1;
  const n = foldForSearch(name);
  if (n.startsWith(q)) return 3;
  const words = q.split(/\s+/);
  if (words.every((w) => n.includes(w))) return 2;
  const letters = q.replace(/\s+/g, '');
  let i = 0;
  for (const c of n) if (c === letters[i]) i++;
  return i === letters.length ? 1 : 0;
}

export function searchWorkspaceSymbols(analysis: CorpusAnalysis, query: string, limit = 500): WorkspaceSymbolData[] {
  const found: { symbol: WorkspaceSymbolData; score: number; rank: number }[] = [];
  analysis.documents.forEach((doc, rank) => {
    const seen = new Set<string>();
    for (const e of doc.entities) {
      if (seen.has(e.canonical)) continue;
      seen.add(e.canonical);
      const score = symbolMatch(query, e.canonical);
      if (!score) continue;
      const container = `${e.type} · ${baseName(doc.file)}`;
      found.push({ symbol: { name: e.canonical, kind: e.type, container, file: doc.file, start: e.start, end: e.end }, score, rank });
    }
    // Speakers named only by a description ("a senior official") have no entity mention; their quotes locate them.
    for (const q of doc.quotes) {
      if (seen.has(q.speaker)) continue;
      seen.add(q.speaker);
      const score = symbolMatch(query, q.speaker);
      if (!score) continue;
      const at = q.attribution ?? q;
      const container = `speaker · ${baseName(doc.file)}`;
      found.push({
        symbol: { name: q.speaker, kind: 'speaker', speakerKind: q.speakerKind, container, file: doc.file, start: at.start, end: at.end },
        score,
        rank,
      });
    }
  });
  return found
    .sort((a, b) => b.score - a.score || a.symbol.name.localeCompare(b.symbol.name) || a.rank - b.rank)
    .slice(0, limit)
    .map((f) => f.symbol);
}
