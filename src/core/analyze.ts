// The engine's entry point: a corpus of articles in, everything the editor shows out.

import { extractClaims } from './claims';
import { extractEntityMentions, resolveCanonicals } from './entities';
import { extractFigures } from './figures';
import { harmonizeCurrencyFamilies } from './figures/currencyFamilies';
import { linkCorpus } from './links';
import { extractQuotes } from './quotes';
import { corpusRolesOf, resolveOfficeHolders } from './quotes/corpusRoles';
import { segment } from './text/segment';
import { unwrapHardBreaks } from './text/unwrap';
import type { CorpusAnalysis, CrossSourceGroup, DocumentAnalysis, SourceDocument } from './types';

export interface AnalyzeOptions {
  /** Checked between documents and between phases; analysis stops with CancelledError when it returns true. */
  isCancelled?: () => boolean;
}

export class CancelledError extends Error {
  constructor() {
    super('analysis cancelled');
    this.name = 'CancelledError';
  }
}

export function analyzeCorpus(originals: readonly SourceDocument[], options: AnalyzeOptions = {}): CorpusAnalysis {
  const check = () => {
    if (options.isCancelled?.()) throw new CancelledError();
  };
  // Hard-wrapped articles are read with their soft line breaks as spaces (same length, same offsets).
  const sources = originals.map((s) => {
    const text = unwrapHardBreaks(s.text);
    return text === s.text ? s : { ...s, text };
  });
  const structures = sources.map((s) => {
    check();
    return segment(s.text);
  });
  const mentions = resolveCanonicals(sources.map((s, i) => extractEntityMentions(s.text, structures[i])));
  const corpusRoles = corpusRolesOf(mentions.flat());
  const documents: DocumentAnalysis[] = sources.map((s, i) => {
    check();
    const structure = structures[i];
    const entities = mentions[i];
    const figures = extractFigures(s.text, structure, entities.filter((e) => e.type === 'equipment'));
    const quotes = extractQuotes(s.text, structure, entities);
    // "the Chilean president said" in a source that names him only later, or as "Mr X": the corpus knows his office.
    resolveOfficeHolders(quotes, entities, corpusRoles);
    const claims = extractClaims(s.text, structure, entities, quotes);
    return { file: s.file, text: s.text, structure, entities, figures, quotes, claims };
  });
  check();
  // "1.62 trillion pesos" in one source, "₱1.62 trillion" in another: one currency, once the corpus says which.
  harmonizeCurrencyFamilies(documents.map((d) => d.figures));
  const groups = linkCorpus(documents, check);
  check();
  restoreOriginalText(documents, groups, originals);
  return { documents, groups };
}

/** Spans of an unwrapped article quote the article as written, line breaks included. */
function restoreOriginalText(documents: DocumentAnalysis[], groups: CrossSourceGroup[], originals: readonly SourceDocument[]): void {
  const originalByFile = new Map<string, string>();
  documents.forEach((doc, i) => {
    const original = originals[i].text;
    if (doc.text === original) return;
    originalByFile.set(doc.file, original);
    for (const span of [...doc.entities, ...doc.figures, ...doc.quotes, ...doc.claims]) span.text = original.slice(span.start, span.end);
    doc.text = original;
  });
  if (originalByFile.size === 0) return;
  for (const g of groups) {
    for (const m of g.members) {
      const original = originalByFile.get(m.file);
      if (original !== undefined) m.text = original.slice(m.start, m.end);
    }
  }
}
