// The engine's entry point: a corpus of articles in, everything the editor shows out.

import { extractClaims } from './claims';
import { extractEntityMentions, resolveCanonicals } from './entities';
import { extractFigures } from './figures';
import { harmonizeCurrencyFamilies } from './figures/currencyFamilies';
import { linkCorpus } from './links';
import { extractQuotes } from './quotes';
import { corpusRolesOf, resolveOfficeHolders } from './quotes/corpusRoles';
import { segment } from './text/segment';
import { originalSpan, readableText, type ReadableText } from './text/readable';
import type { CorpusAnalysis, CrossSourceGroup, DocumentAnalysis, SourceDocument, Span } from './types';

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
  // Hard-wrapped articles are read with their soft line breaks as spaces, and CRLF line ends as LF; offsets map back.
  const readable = originals.map((s) => readableText(s.text));
  const sources = originals.map((s, i) => (readable[i].origin ? { ...s, text: readable[i].text } : s));
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
  harmonizeCurrencyFamilies(documents);
  const groups = linkCorpus(documents, check);
  check();
  restoreOriginalText(documents, groups, originals, readable);
  return { documents, groups };
}

/** Spans of an article read differently from its file (see readableText) are given back in the file's offsets and text. */
function restoreOriginalText(documents: DocumentAnalysis[], groups: CrossSourceGroup[], originals: readonly SourceDocument[], readable: ReadableText[]): void {
  const readableByFile = new Map<string, { readable: ReadableText; original: string }>();
  documents.forEach((doc, i) => {
    if (!readable[i].origin) return;
    const original = originals[i].text;
    readableByFile.set(doc.file, { readable: readable[i], original });
    const remap = (span: Span) => Object.assign(span, originalSpan(readable[i], span.start, span.end));
    for (const span of [...doc.entities, ...doc.figures, ...doc.quotes, ...doc.claims]) {
      remap(span);
      span.text = original.slice(span.start, span.end);
    }
    for (const q of doc.quotes) if (q.attribution) remap(q.attribution);
    const { paragraphs, sentences, boilerplate } = doc.structure;
    for (const span of [...paragraphs, ...sentences, ...boilerplate]) remap(span);
    doc.text = original;
  });
  if (readableByFile.size === 0) return;
  for (const g of groups) {
    for (const m of g.members) {
      const known = readableByFile.get(m.file);
      if (!known) continue;
      Object.assign(m, originalSpan(known.readable, m.start, m.end));
      m.text = known.original.slice(m.start, m.end);
    }
  }
}
