// The Across Sources view as plain data: every cross-source group, conflicts first (then figures,
// quotes, claims), each with its competing values or wordings ("50% (3 sources) vs 25% (1)") and
// the sources behind each side with their sentence.

import type { CorpusAnalysis, CrossSourceGroup, GroupKind, GroupMember, GroupRelation } from '../types';
import { corpusLookup, membersOf, type CorpusLookup } from '../query';
import { clip, foldForSearch, matchesFilter, oneLine, plural } from './text';
import type { SourcePlace } from './types';

export interface AcrossSource extends SourcePlace {
  id: string;
}

export interface AcrossSide {
  id: string;
  /** The value or wording this side gives, as the first of its sources writes it. */
  label: string;
  /** Distinct files on this side. */
  sourceCount: number;
  sources: AcrossSource[];
}

export interface AcrossGroupEntry {
  /** Stable tree id (kind + what the group is about), not the analysis' ordinal group id. */
  id: string;
  groupId: string;
  kind: GroupKind;
  relation: GroupRelation;
  /** What the group is about: a figure's measure, a quote's speaker, a claim's words. */
  label: string;
  /** The competing values or wordings with their counts. */
  description: string;
  note: string;
  /** Distinct files in the group. */
  sourceCount: number;
  /** One side per distinct value (figures) or wording (quotes); claims have one side per source. */
  sides: AcrossSide[];
  /** False when the sides add nothing (one side, or claims): the tree lists the sources directly. */
  showSides: boolean;
}

export interface AcrossSourcesOptions {
  /** Keep only groups whose note, label or member text matches. */
  filter?: string;
}

const KIND_ORDER: Record<GroupKind, number> = { figure: 0, quote: 1, claim: 2 };
const RELATION_ORDER: Record<GroupRelation, number> = { conflict: 0, variant: 1, agree: 2 };

export function buildAcrossSourcesTree(analysis: CorpusAnalysis, options: AcrossSourcesOptions = {}): AcrossGroupEntry[] {
  const index = corpusLookup(analysis);
  const filter = options.filter?.trim();
  const usedIds = new Map<string, number>();
  const uniqueId = (id: string) => {
    const n = (usedIds.get(id) ?? 0) + 1;
    usedIds.set(id, n);
    return n === 1 ? id : `${id}~${n}`;
  };
  const groups = [...analysis.groups].sort(
    (a, b) =>
      Number(b.relation === 'conflict') - Number(a.relation === 'conflict') ||
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      RELATION_ORDER[a.relation] - RELATION_ORDER[b.relation] ||
      fileCount(b) - fileCount(a),
  );
  const out: AcrossGroupEntry[] = [];
  for (const g of groups) {
    const entry = groupEntry(index, g, uniqueId);
    if (filter && !matchesFilter(filter, entry.label, entry.description, g.note, ...g.members.map((m) => m.text))) continue;
    out.push(entry);
  }
  return out;
}

function fileCount(g: CrossSourceGroup): number {
  return new Set(g.members.map((m) => m.file)).size;
}

function groupEntry(index: CorpusLookup, g: CrossSourceGroup, uniqueId: (id: string) => string): AcrossGroupEntry {
  const members = membersOf(index, [g]);
  const label = groupLabel(index, g, members);
  const id = uniqueId(`group:${g.kind}:${foldForSearch(label)}`);
  const sides = sidesOf(g.kind, members).map((side, i) => {
    const sideId = `${id}/side:${i + 1}`;
    const sources = side.map((m, j) => ({ ...index.place(m.file, m), id: `${sideId}/source:${m.file}#${j + 1}` }));
    return {
      id: sideId,
      label: sideLabel(g.kind, side[0]),
      sourceCount: new Set(side.map((m) => m.file)).size,
      sources,
    };
  });
  return {
    id,
    groupId: g.id,
    kind: g.kind,
    relation: g.relation,
    label,
    description: describeSides(g, sides),
    note: oneLine(g.note),
    sourceCount: fileCount(g),
    sides,
    showSides: g.kind !== 'claim' && sides.length > 1,
  };
}

function groupLabel(index: CorpusLookup, g: CrossSourceGroup, members: GroupMember[]): string {
  const first = members[0];
  if (!first) return g.note;
  if (g.kind === 'figure') {
    const about = members.map((m) => index.figureAt(m.file, m)?.about).find((a) => !!a);
    return clip(about ?? first.text, 80);
  }
  if (g.kind === 'quote') {
    const speaker = members.map((m) => index.quoteAt(m.file, m)?.speaker).find((s) => !!s);
    const words = `“${clip(first.text, 50)}”`;
    return speaker ? `${speaker}: ${words}` : words;
  }
  return clip(first.text, 80);
}

/** Figures side by value; quotes side by wording; claims: each source its own side (wordings always differ). */
function sidesOf(kind: GroupKind, members: GroupMember[]): GroupMember[][] {
  const sides = new Map<string, GroupMember[]>();
  members.forEach((m, i) => {
    const key = kind === 'figure' ? figureKey(m) : kind === 'quote' ? wordingKey(m.text) : `claim#${i}`;
    let side = sides.get(key);
    if (!side) sides.set(key, (side = []));
    side.push(m);
  });
  // The side most sources give comes first.
  return [...sides.values()].sort((a, b) => new Set(b.map((m) => m.file)).size - new Set(a.map((m) => m.file)).size);
}

/** The key of a figure's value: the number when there is one, else its words. */
export function figureKey(m: GroupMember): string {
  return m.value !== undefined && m.value !== null ? JSON.stringify(m.value) : wordingKey(m.text);
}

function wordingKey(text: string): string {
  return foldForSearch(text).replace(/[^\p{L}\p{N}%$€£]+/gu, ' ').trim();
}

function sideLabel(kind: GroupKind, m: GroupMember): string {
  if (kind === 'figure') return oneLine(m.text);
  if (kind === 'quote') return `“${clip(m.text, 70)}”`;
  return clip(m.text, 80);
}

function describeSides(g: CrossSourceGroup, sides: AcrossSide[]): string {
  const total = fileCount(g);
  if (g.kind === 'claim') {
    return g.relation === 'conflict' ? `${plural(total, 'source')} · conflicting figures` : plural(total, 'source');
  }
  if (sides.length === 1) return `${sides[0].label} · ${plural(total, 'source')}`;
  if (g.kind === 'quote') return `${plural(total, 'source')} · ${sides.length} wordings`;
  const shown = sides.slice(0, 3).map((s, i) => `${s.label} (${i === 0 ? plural(s.sourceCount, 'source') : s.sourceCount})`);
  const more = sides.length > 3 ? ` +${sides.length - 3}` : '';
  return shown.join(g.relation === 'conflict' ? ' vs ' : ' / ') + more;
}
