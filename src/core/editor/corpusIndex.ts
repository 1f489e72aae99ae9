// Lookups over one corpus analysis that every editor feature needs: documents by file, the file order,
// and the cross-source group members of each file sorted by offset. Built once per analysis (cached).

import type { CorpusAnalysis, CrossSourceGroup, DocumentAnalysis, GroupMember } from '../types';

export interface MemberRef {
  group: CrossSourceGroup;
  member: GroupMember;
}

export interface EditorIndex {
  readonly corpus: CorpusAnalysis;
  document(file: string): DocumentAnalysis | undefined;
  /** Position of a file in the corpus (the order sources are listed and navigated in). */
  fileOrder(file: string): number;
  /** Every group member in `file`, sorted by start then end. */
  members(file: string): readonly MemberRef[];
}

const cache = new WeakMap<CorpusAnalysis, EditorIndex>();

export function editorIndex(corpus: CorpusAnalysis): EditorIndex {
  let index = cache.get(corpus);
  if (!index) {
    index = buildIndex(corpus);
    cache.set(corpus, index);
  }
  return index;
}

function buildIndex(corpus: CorpusAnalysis): EditorIndex {
  const docs = new Map<string, DocumentAnalysis>();
  const order = new Map<string, number>();
  corpus.documents.forEach((d, i) => {
    docs.set(d.file, d);
    order.set(d.file, i);
  });
  const byFile = new Map<string, MemberRef[]>();
  for (const group of corpus.groups) {
    for (const member of group.members) {
      const list = byFile.get(member.file) ?? [];
      list.push({ group, member });
      byFile.set(member.file, list);
    }
  }
  for (const list of byFile.values()) list.sort((a, b) => a.member.start - b.member.start || a.member.end - b.member.end);
  return {
    corpus,
    document: (file) => docs.get(file),
    fileOrder: (file) => order.get(file) ?? Number.MAX_SAFE_INTEGER,
    members: (file) => byFile.get(file) ?? [],
  };
}
