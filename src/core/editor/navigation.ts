// Related-statement navigation across files: the locations "this" is linked to, in corpus order
// (file order, then offset), and the next / previous one from a position.

import { innermostMembersAt, type CorpusLookup } from '../query';

export interface SourceLocation {
  file: string;
  start: number;
  end: number;
}

function compare(index: CorpusLookup, a: SourceLocation, b: SourceLocation): number {
  return index.fileRank(a.file) - index.fileRank(b.file) || a.start - b.start || a.end - b.end;
}

function dedupe(index: CorpusLookup, locations: SourceLocation[]): SourceLocation[] {
  const seen = new Set<string>();
  const out: SourceLocation[] = [];
  for (const l of locations.sort((a, b) => compare(index, a, b))) {
    const key = `${l.file}\u0000${l.start}\u0000${l.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ file: l.file, start: l.start, end: l.end });
  }
  return out;
}

export interface RelatedAt {
  /** The statement under the position. */
  current: SourceLocation;
  /** Every member of the groups "this" belongs to, the current one included, in corpus order. */
  locations: SourceLocation[];
}

/** The statements linked to the innermost grouped statement at `file` + `offset`. */
export function relatedAt(index: CorpusLookup, file: string, offset: number): RelatedAt | undefined {
  const refs = innermostMembersAt(index, file, offset);
  if (refs.length === 0) return undefined;
  const current = { file, start: refs[0].member.start, end: refs[0].member.end };
  const locations = dedupe(
    index,
    refs.flatMap((r) => r.group.members.map((m) => ({ file: m.file, start: m.start, end: m.end }))),
  );
  return { current, locations };
}

/**
 * The next (direction 1) or previous (-1) related statement. On a grouped statement: the next member of
 * its group(s), wrapping around. Elsewhere: the nearest grouped statement after / before the position,
 * continuing into the following / preceding files.
 */
export function nextRelated(index: CorpusLookup, file: string, offset: number, direction: 1 | -1): SourceLocation | undefined {
  const related = relatedAt(index, file, offset);
  if (related && related.locations.length > 1) {
    const list = related.locations;
    const at = list.findIndex((l) => compare(index, l, related.current) === 0);
    return list[(at + direction + list.length) % list.length];
  }
  const all = dedupe(
    index,
    index.analysis.documents.flatMap((d) => index.members(d.file).map((r) => ({ file: d.file, start: r.member.start, end: r.member.end }))),
  );
  if (all.length === 0) return undefined;
  const here = { file, start: offset, end: offset };
  if (direction === 1) return all.find((l) => compare(index, l, here) > 0) ?? all[0];
  for (let i = all.length - 1; i >= 0; i--) if (compare(index, all[i], here) < 0 && !(all[i].file === file && all[i].end >= offset)) return all[i];
  return all[all.length - 1];
}
