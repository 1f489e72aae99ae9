// The one lookup over a corpus analysis that the editor features and the outline builders share:
// documents by file, the file order, each file's cross-source group members, the groups at a span,
// a place with its sentence, entity mentions and roles, the item at exactly a span. Built once per
// analysis (cached by object identity) so hovers, providers and trees stay cheap.

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
import { sentenceRange } from './sentences';

/** A cross-source group member together with its group. */
export interface MemberRef {
  group: CrossSourceGroup;
  member: GroupMember;
}

/** A place in a source together with the sentence around it (what a reader sees in a list). */
export interface SourcePlace {
  file: string;
  start: number;
  end: number;
  /** The text at the place (a figure, a quote, a claim). */
  text: string;
  /** The sentence(s) around the place, on one line. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}

export interface CorpusLookup {
  readonly analysis: CorpusAnalysis;
  document(file: string): DocumentAnalysis | undefined;
  /** Position of a file in the corpus: the order sources are listed and navigated in (unknown files last). */
  fileRank(file: string): number;
  /** Every group member in `file`, sorted by start then end. */
  members(file: string): readonly MemberRef[];
  /** Groups of `kind` with a member in `file` overlapping `span`. */
  groupsAt(kind: GroupKind, file: string, span: Span): CrossSourceGroup[];
  /** A place as shown in lists: its text and the sentence around it. */
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

const cache = new WeakMap<CorpusAnalysis, CorpusLookup>();

export function corpusLookup(analysis: CorpusAnalysis): CorpusLookup {
  let lookup = cache.get(analysis);
  if (!lookup) {
    lookup = buildLookup(analysis);
    cache.set(analysis, lookup);
  }
  return lookup;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Collapses all whitespace (including line breaks) to single spaces, so a sentence fits one list line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function buildLookup(analysis: CorpusAnalysis): CorpusLookup {
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
  for (const list of membersByFile.values()) list.sort((a, b) => a.member.start - b.member.start || a.member.end - b.member.end);

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

  const exactly = <T extends Span>(list: T[] | undefined, span: Span): T | undefined =>
    list?.find((x) => x.start === span.start && x.end === span.end);

  return {
    analysis,
    document: (file) => docs.get(file),
    fileRank: (file) => rank.get(file) ?? Number.MAX_SAFE_INTEGER,
    members: (file) => membersByFile.get(file) ?? [],
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
export function membersOf(lookup: CorpusLookup, groups: readonly CrossSourceGroup[], firstFile?: string): GroupMember[] {
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
      lookup.fileRank(a.file) - lookup.fileRank(b.file) ||
      a.start - b.start,
  );
}
