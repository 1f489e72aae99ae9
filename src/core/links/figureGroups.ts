// How a figure group is written out: its members, whether the sources agree word for word, and the note a reader
// sees ("3 sources agree: …", "Sources disagree on …: 50% (a.txt) vs 25% (b.txt)").

import type { CrossSourceGroup, GroupMember, GroupRelation } from '../types';
import type { FigureItem } from './figureItems';
import { formatValue, normalizedWording } from './figureValues';

/** The group of one figure stated by several sources. */
export function sameFigureGroup(members: FigureItem[]): CrossSourceGroup {
  const relation = sameRelation(members);
  return { id: '', kind: 'figure', relation, note: sameNote(members, relation), members: members.map(member) };
}

/** The group of one figure the sources disagree on, each side the mentions of one value. */
export function conflictGroup(sides: FigureItem[][]): CrossSourceGroup {
  return { id: '', kind: 'figure', relation: 'conflict', note: conflictNote(sides), members: sides.flat().map(member) };
}

function member(it: FigureItem): GroupMember {
  return { file: it.file, start: it.figure.start, end: it.figure.end, text: it.figure.text, value: it.figure.value };
}

function sameRelation(members: FigureItem[]): GroupRelation {
  const wordings = new Set(members.map((m) => normalizedWording(m.figure)));
  const periods = new Set(members.map((m) => m.period));
  const values = new Set(members.map((m) => formatValue(m.figure)));
  return wordings.size === 1 && periods.size === 1 && values.size === 1 ? 'agree' : 'variant';
}

function describe(it: FigureItem): string {
  return it.figure.about || it.figure.unit;
}

function sameNote(members: FigureItem[], relation: GroupRelation): string {
  const files = new Set(members.map((m) => m.file)).size;
  const head = members[0];
  const what = describe(head);
  if (relation === 'agree') return `${files} sources agree: ${head.figure.text}${what ? ` (${what})` : ''}`;
  const wordings = [...new Set(members.map((m) => m.figure.text + (m.period ? ` [${m.period}]` : '')))].join(' / ');
  return `${files} sources report the same figure in other words: ${wordings}${what ? ` (${what})` : ''}`;
}

function conflictNote(sides: FigureItem[][]): string {
  const what = sides.map((s) => describe(s[0]!)).find((d) => d) ?? '';
  const side = (s: FigureItem[]) => `${s[0]!.figure.text} (${[...new Set(s.map((m) => m.file))].join(', ')})`;
  return `Sources disagree${what ? ` on ${what}` : ''}: ${sides.map(side).join(' vs ')}`;
}
