// Problems-panel data for cross-source conflicts: on every figure of a conflict group, an information
// note naming the other sources and their values, with related places at the other sources' sentences.

import type { CorpusAnalysis, GroupMember } from '../types';
import { figureKey } from './acrossSources';
import { corpusLookup } from '../query';
import { baseName, clip, oneLine } from './text';
import type { OutlineLocation } from './types';

export interface RelatedInfoData extends OutlineLocation {
  message: string;
}

export interface ConflictDiagnosticData extends OutlineLocation {
  message: string;
  /** The analysis group id (the diagnostic's code). */
  groupId: string;
  related: RelatedInfoData[];
}

/** Diagnostics per file, for every file in the analysis (files without conflicts map to []). */
export function buildConflictDiagnostics(analysis: CorpusAnalysis): Map<string, ConflictDiagnosticData[]> {
  const index = corpusLookup(analysis);
  const out = new Map<string, ConflictDiagnosticData[]>(analysis.documents.map((d) => [d.file, []]));
  for (const g of analysis.groups) {
    if (g.kind !== 'figure' || g.relation !== 'conflict') continue;
    const about = g.members.map((m) => index.figureAt(m.file, m)?.about).find((a) => !!a);
    for (const m of g.members) {
      const key = figureKey(m);
      const others = g.members.filter((o) => figureKey(o) !== key);
      if (others.length === 0) continue;
      const message = `Other sources differ${about ? ` on ${oneLine(about)}` : ''}: ${describeOthers(others)} (this source: ${oneLine(m.text)})`;
      const related = others.map((o) => {
        const place = index.place(o.file, o);
        return {
          file: o.file,
          start: place.sentenceStart,
          end: place.sentenceEnd,
          // The Problems panel shows the file and position before this; the value and the sentence follow.
          message: `${oneLine(o.text)}: ${clip(place.sentence, 160)}`,
        };
      });
      out.get(m.file)?.push({ file: m.file, start: m.start, end: m.end, message, groupId: g.id, related });
    }
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/** "25% in 002_x.txt; 30% in 003_y.txt, 004_z.txt" — other values, each with the sources giving it. */
function describeOthers(others: GroupMember[]): string {
  const byValue = new Map<string, { text: string; files: string[] }>();
  for (const o of others) {
    const key = figureKey(o);
    let v = byValue.get(key);
    if (!v) byValue.set(key, (v = { text: oneLine(o.text), files: [] }));
    if (!v.files.includes(o.file)) v.files.push(o.file);
  }
  return [...byValue.values()].map((v) => `${v.text} in ${v.files.map(baseName).join(', ')}`).join('; ');
}
