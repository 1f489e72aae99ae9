// The Outline of one article as plain data: its speakers, each with their quotes, then a "Figures"
// node with the figures. Ranges are offsets; the adapter converts them to positions.

import type { CorpusAnalysis, Figure, Quote, SpeakerKind, Span } from '../types';
import { corpusLookup } from '../query';
import { clip, plural } from './text';

export type SymbolDataKind = 'speaker' | 'quote' | 'figures' | 'figure';

export interface SymbolData {
  name: string;
  detail: string;
  kind: SymbolDataKind;
  /** For speakers: person, organization or description. */
  speakerKind?: SpeakerKind;
  /** The whole extent (contains the children). */
  start: number;
  end: number;
  /** What to select when the symbol is picked (inside start..end). */
  selectionStart: number;
  selectionEnd: number;
  children: SymbolData[];
}

export function buildDocumentSymbols(analysis: CorpusAnalysis, file: string): SymbolData[] {
  const index = corpusLookup(analysis);
  const doc = index.document(file);
  if (!doc) return [];
  const otherFiles = (kind: 'quote' | 'figure', span: Span) =>
    new Set(index.groupsAt(kind, file, span).flatMap((g) => g.members.map((m) => m.file)).filter((f) => f !== file)).size;

  const bySpeaker = new Map<string, Quote[]>();
  for (const q of doc.quotes) {
    let list = bySpeaker.get(q.speaker);
    if (!list) bySpeaker.set(q.speaker, (list = []));
    list.push(q);
  }
  const symbols: SymbolData[] = [];
  for (const [speaker, quotes] of bySpeaker) {
    const children = quotes.map((q) => {
      const others = otherFiles('quote', q);
      return leaf(`“${clip(q.text, 70)}”`, others ? `also in ${plural(others, 'other source')}` : '', 'quote', q);
    });
    const spans: Span[] = quotes.flatMap((q) => (q.attribution ? [q, q.attribution] : [q]));
    const first = quotes[0];
    const selection = first.attribution ?? first;
    const role = quotes[0].speakerKind === 'person' ? index.roleOf(speaker) : undefined;
    symbols.push({
      name: speaker,
      detail: [role, plural(quotes.length, 'quote')].filter(Boolean).join(' · '),
      kind: 'speaker',
      speakerKind: first.speakerKind,
      start: Math.min(...spans.map((s) => s.start)),
      end: Math.max(...spans.map((s) => s.end)),
      selectionStart: selection.start,
      selectionEnd: selection.end,
      children,
    });
  }
  symbols.sort((a, b) => a.start - b.start);

  if (doc.figures.length > 0) {
    const children = doc.figures.map((f: Figure) => {
      const conflict = index.groupsAt('figure', file, f).some((g) => g.relation === 'conflict');
      const others = otherFiles('figure', f);
      const detail = [f.about, conflict ? 'other sources differ' : others ? `also in ${plural(others, 'other source')}` : '']
        .filter(Boolean)
        .join(' · ');
      return leaf(f.text, detail, 'figure', f);
    });
    const first = doc.figures[0];
    symbols.push({
      name: 'Figures',
      detail: plural(doc.figures.length, 'figure'),
      kind: 'figures',
      start: Math.min(...doc.figures.map((f) => f.start)),
      end: Math.max(...doc.figures.map((f) => f.end)),
      selectionStart: first.start,
      selectionEnd: first.end,
      children,
    });
  }
  return symbols;
}

function leaf(name: string, detail: string, kind: SymbolDataKind, span: Span): SymbolData {
  return { name, detail, kind, start: span.start, end: span.end, selectionStart: span.start, selectionEnd: span.end, children: [] };
}
