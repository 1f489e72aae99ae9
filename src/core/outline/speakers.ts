// The Speakers view as plain data: each speaker with their quotes and reported claims, and under each
// statement every source carrying it (its own file first, then the other members of its groups).
// Ids are built from names and per-file ordinals, not offsets, so expansion survives edits.

import type { CorpusAnalysis, EntityType, GroupKind, SpeakerKind, Span } from '../types';
import { corpusLookup, membersOf, type CorpusLookup } from '../query';
import { clip, matchesFilter, oneLine } from './text';
import type { SourcePlace } from './types';

export type SpeakerEntryKind = SpeakerKind | EntityType;

export interface SpeakerSource extends SourcePlace {
  id: string;
  /** True for the statement's own place. */
  own: boolean;
}

export interface SpeakerStatement {
  id: string;
  kind: 'quote' | 'claim';
  speaker: string;
  file: string;
  start: number;
  end: number;
  text: string;
  /** Ids of the cross-source groups the statement belongs to. */
  groupIds: string[];
  /** Number of distinct files carrying the statement (1 when only its own source). */
  sourceCount: number;
  /** Own place first, then the other members of its groups. */
  sources: SpeakerSource[];
}

export interface SpeakerEntry {
  id: string;
  name: string;
  kind: SpeakerEntryKind;
  role?: string;
  quoteCount: number;
  claimCount: number;
  /** Files in which the speaker is quoted or reported. */
  files: string[];
  statements: SpeakerStatement[];
}

export interface SpeakersTreeOptions {
  /** Keep only speakers / statements matching this text (speaker name, role, statement text). */
  filter?: string;
}

export function buildSpeakersTree(analysis: CorpusAnalysis, options: SpeakersTreeOptions = {}): SpeakerEntry[] {
  const index = corpusLookup(analysis);
  const entries = new Map<string, SpeakerEntry>();
  const kindOf = speakerKinds(analysis);
  const entry = (name: string): SpeakerEntry => {
    let e = entries.get(name);
    if (!e) {
      const kind = kindOf.get(name) ?? 'description';
      const role = kind === 'person' ? index.roleOf(name) : undefined;
      e = { id: `speaker:${name}`, name, kind, role, quoteCount: 0, claimCount: 0, files: [], statements: [] };
      entries.set(name, e);
    }
    return e;
  };

  for (const doc of analysis.documents) {
    const ordinals = new Map<string, number>();
    const nextId = (speaker: string, kind: 'quote' | 'claim') => {
      const key = `${speaker}\u0000${kind}`;
      const n = (ordinals.get(key) ?? 0) + 1;
      ordinals.set(key, n);
      return `speaker:${speaker}/${kind}:${doc.file}#${n}`;
    };
    for (const q of doc.quotes) {
      const e = entry(q.speaker);
      e.quoteCount++;
      e.statements.push(statement(index, nextId(q.speaker, 'quote'), 'quote', q.speaker, doc.file, q, q.text));
    }
    for (const c of doc.claims) {
      if (!c.speaker) continue;
      // A reported claim around a quote by the same speaker repeats that quote: the quote stands for it.
      const repeatsQuote = doc.quotes.some((q) => q.speaker === c.speaker && q.start < c.end && c.start < q.end);
      if (repeatsQuote) continue;
      const e = entry(c.speaker);
      e.claimCount++;
      e.statements.push(statement(index, nextId(c.speaker, 'claim'), 'claim', c.speaker, doc.file, c, c.text));
    }
  }

  const filter = options.filter?.trim();
  const out: SpeakerEntry[] = [];
  for (const e of entries.values()) {
    e.files = [...new Set(e.statements.map((s) => s.file))];
    if (filter && !matchesFilter(filter, e.name, e.role)) {
      const statements = e.statements.filter((s) => matchesFilter(filter, s.text));
      if (statements.length === 0) continue;
      out.push({ ...e, statements });
    } else {
      out.push(e);
    }
  }
  // Most quoted first; people and organisations before unnamed descriptions at equal counts.
  const kindRank = (k: SpeakerEntryKind) => (k === 'description' ? 1 : 0);
  return out.sort(
    (a, b) =>
      b.quoteCount - a.quoteCount ||
      b.claimCount - a.claimCount ||
      kindRank(a.kind) - kindRank(b.kind) ||
      a.name.localeCompare(b.name),
  );
}

/** Speaker kinds: from the quotes, else from an entity with the same canonical name, else a description. */
function speakerKinds(analysis: CorpusAnalysis): Map<string, SpeakerEntryKind> {
  const kinds = new Map<string, SpeakerEntryKind>();
  for (const d of analysis.documents) for (const q of d.quotes) if (!kinds.has(q.speaker)) kinds.set(q.speaker, q.speakerKind);
  for (const d of analysis.documents) for (const e of d.entities) if (!kinds.has(e.canonical)) kinds.set(e.canonical, e.type);
  return kinds;
}

function statement(
  index: CorpusLookup,
  id: string,
  kind: 'quote' | 'claim',
  speaker: string,
  file: string,
  span: Span,
  text: string,
): SpeakerStatement {
  const groups = index.groupsAt(kind as GroupKind, file, span);
  const own: SpeakerSource = { ...index.place(file, { ...span, text }), id: `${id}/source:own`, own: true };
  const others = membersOf(index, groups, file)
    .filter((m) => !(m.file === file && m.start === span.start && m.end === span.end))
    .map((m, i) => ({ ...index.place(m.file, m), id: `${id}/source:${m.file}#${i + 1}`, own: false }));
  const sources = [own, ...others];
  return {
    id,
    kind,
    speaker,
    file,
    start: span.start,
    end: span.end,
    text: oneLine(text),
    groupIds: groups.map((g) => g.id),
    sourceCount: new Set(sources.map((s) => s.file)).size,
    sources,
  };
}

/** "5 quotes · 2 claims · 3 sources" */
export function speakerCounts(e: SpeakerEntry): string {
  const parts: string[] = [];
  // A speaker known only from reported speech shows no "0 quotes".
  if (e.quoteCount > 0 || e.claimCount === 0) parts.push(`${e.quoteCount} ${e.quoteCount === 1 ? 'quote' : 'quotes'}`);
  if (e.claimCount > 0) parts.push(`${e.claimCount} ${e.claimCount === 1 ? 'claim' : 'claims'}`);
  parts.push(`${e.files.length} ${e.files.length === 1 ? 'source' : 'sources'}`);
  return parts.join(' · ');
}

/** The label of a statement: a quote in quotation marks, a claim as written; clipped to one line. */
export function statementLabel(s: SpeakerStatement, max = 90): string {
  return s.kind === 'quote' ? `“${clip(s.text, max - 2)}”` : clip(s.text, max);
}
