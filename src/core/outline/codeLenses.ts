// CodeLens data: above each quote that other sources also carry, where else it is quoted.

import type { CorpusAnalysis } from '../types';
import { corpusLookup, membersOf } from '../query';
import { baseName, plural } from './text';
import type { OutlineLocation } from './types';

export interface QuoteLensData {
  /** The quote's own span. */
  start: number;
  end: number;
  title: string;
  /** The other places quoting it (other files, and other parts in this file), for the peek view. */
  locations: OutlineLocation[];
}

const MAX_NAMES = 3;

export function buildQuoteLenses(analysis: CorpusAnalysis, file: string): QuoteLensData[] {
  const index = corpusLookup(analysis);
  const doc = index.document(file);
  if (!doc) return [];
  const lenses: QuoteLensData[] = [];
  for (const q of doc.quotes) {
    const groups = index.groupsAt('quote', file, q);
    const others = membersOf(index, groups).filter((m) => !(m.file === file && m.start === q.start && m.end === q.end));
    const files = [...new Set(others.map((m) => m.file).filter((f) => f !== file))];
    if (files.length === 0) continue;
    const names = files.slice(0, MAX_NAMES).map(baseName).join(', ');
    const more = files.length > MAX_NAMES ? ` +${files.length - MAX_NAMES}` : '';
    lenses.push({
      start: q.start,
      end: q.end,
      title: `Also quoted in ${plural(files.length, 'source')}: ${names}${more}`,
      locations: others.map((m) => ({ file: m.file, start: m.start, end: m.end })),
    });
  }
  return lenses;
}
