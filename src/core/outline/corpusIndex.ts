// Lookups the outline builders share: documents by file, the groups a span belongs to, the sentence
// around an offset. Built once per analysis (cached by object identity) so providers stay cheap.

import type {
  Claim,
  CorpusAnalysis,
  CrossSourceGroup,
  DocumentAnalysis,
  EntityMention,
  Figure,
  GroupKind,
  GroupMember,
  Quote,
  Span,
} from '../types';
import { oneLine } from './text';
import type { SourcePlace } from './types';

export interface MemberRef {
  group: CrossSourceGroup;
  member: GroupMember;
}

export interface CorpusIndex {
  analysis: CorpusAnalysis;
  document(file: string): DocumentAnalysis | undefined;
  /** Position of a file in the corpus (for stable "own file first, then corpus order" sorting). */
  fileRank(file: string): number;
  /** Groups of `kind` with a member in `file` overlapping `span`. */
  groupsAt(kind: GroupKind, file: string, span: Span): CrossSourceGroup[];
  /** A group member as a place with its sentence. */
  place(file: string, span: Span & { text?: string }): SourcePlace;
  /** Every mention of an entity canonical across the corpus, in corpus order. */
  mentionsOf(canonical: string): { file: string; mention: EntityMention }[];
  /** The most frequent role written next to a person's mentions. */
  roleOf(canonical: string): string | undefined;
  /** The figure at exactly this span, if any (figure group members are figure spans). */
  figureAt(file: string, span: Span): Figure | undefined;
  quoteAt(file: string, span: Span): Quote | undefined;
  claimAt(file: string, span: Span): Claim | undefined;
}

const cache = new WeakMap<CorpusAnalysis, CorpusIndex>();

export function corpusIndex(analysis: CorpusAnalysis): CorpusIndex {
  let index = cache.get(analysis);
  if (!index) {
    index = buildIndex(analysis);
    cache.set(analysis, index);
  }
  return index;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function buildIndex(analysis: CorpusAnalysis): CorpusIndex {
  const docs = new Map<string, DocumentAnalysis>();
  const rank = new Map<string, number>();
  analysis.documents.forEach((d, i) => {
    docs.set(d.file, d);
    rank.set(d.file, i);
  });

  const membersByFile = new Map<string, MemberRef[]>();
  for (const group of analysis.groups) {
    for (const member of group.members) {
      let list = membersByFile.get(member.file);
      if (!list) membersByFile.set(member.file, (list = []));
      list.push({ group, member });
    }
  }

  const mentions = new Map<string, { file: string; mention: EntityMention }[]>();
  const roleCounts = new Map<string, Map<string, number>>();
  for (const d of analysis.documents) {
    for (const mention of d.entities) {
      let list = mentions.get(mention.canonical);
      if (!list) mentions.set(mention.canonical, (list = []));
      list.push({ file: d.file, mention });
      if (mention.role) {
        let counts = roleCounts.get(mention.canonical);
        if (!counts) roleCounts.set(mention.canonical, (counts = new Map()));
        counts.set(mention.role, (counts.get(mention.role) ?? 0) + 1);
      }
    }
  }

  // The sentence(s) a span lies in; a span outside every sentence keeps its own extent.
  const sentenceRange = (d: DocumentAnalysis, span: Span): Span => {
    const probe = { start: span.start, end: Math.max(span.end, span.start + 1) };
    let start = span.start;
    let end = span.end;
    for (const s of d.structure.sentences) {
      if (s.start >= probe.end) break;
      if (overlaps(s, probe)) {
        start = Math.min(start, s.start);
        end = Math.max(end, s.end);
      }
    }
    return { start, end };
  };

  const exactly = <T extends Span>(list: T[] | undefined, span: Span): T | undefined =>
    list?.find((x) => x.start === span.start && x.end === span.end);

  return {
    analysis,
    document: (file) => docs.get(file),
    fileRank: (file) => rank.get(file) ?? Number.MAX_SAFE_INTEGER,
    groupsAt(kind, file, span) {
      const out: CrossSourceGroup[] = [];
      for (const ref of membersByFile.get(file) ?? []) {
        if (ref.group.kind !== kind || out.includes(ref.group)) continue;
        if (overlaps(ref.member, span) || (ref.member.start === span.start && ref.member.end === span.end)) out.push(ref.group);
      }
      return out;
    },
    place(file, span) {
      const d = docs.get(file);
      const text = span.text ?? d?.text.slice(span.start, span.end) ?? '';
      if (!d) return { file, start: span.start, end: span.end, text, sentence: oneLine(text), sentenceStart: span.start, sentenceEnd: span.end };
      const s = sentenceRange(d, span);
      return {
        file,
        start: span.start,
        end: span.end,
        text,
        sentence: oneLine(d.text.slice(s.start, s.end)),
        sentenceStart: s.start,
        sentenceEnd: s.end,
      };
    },
    mentionsOf: (canonical) => mentions.get(canonical) ?? [],
    roleOf(canonical) {
      const counts = roleCounts.get(canonical);
      if (!counts) return undefined;
      return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    },
    figureAt: (file, span) => exactly(docs.get(file)?.figures, span),
    quoteAt: (file, span) => exactly(docs.get(file)?.quotes, span),
    claimAt: (file, span) => exactly(docs.get(file)?.claims, span),
  };
}

/** Members of `groups`, deduplicated by place, sorted: `firstFile` first, then corpus order, then offset. */
export function membersOf(index: CorpusIndex, groups: readonly CrossSourceGroup[], firstFile?: string): GroupMember[] {
  const seen = new Set<string>();
  const out: GroupMember[] = [];
  for (const g of groups) {
    for (const m of g.members) {
      const key = `${m.file}\u0000${m.start}\u0000${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(m);
    }
  }
  return out.sort(
    (a, b) =>
      Number(b.file === firstFile) - Number(a.file === firstFile) ||
      index.fileRank(a.file) - index.fileRank(b.file) ||
      a.start - b.start,
  );
}
