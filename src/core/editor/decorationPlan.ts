// Which spans of one file get which decoration: entities by type, figures, quotes, the "shared" badge
// (how many other sources report it) and the conflict mark. The visible part is planned first and the
// total is capped, so a huge file never floods the editor.

import type { EntityType, Span } from '../types';
import type { CorpusLookup } from '../query';
import { baseName } from './markdownText';
import { sameValue } from './figureText';

export interface DecorationSettings {
  entities: boolean;
  figures: boolean;
  quotes: boolean;
  badges: boolean;
  maxPerFile: number;
}

export interface BadgeSpan extends Span {
  /** How many other sources report this. */
  count: number;
  /** Plain-text explanation (the extension escapes it before showing). */
  explanation: string;
}

export interface DecorationPlan {
  entities: Record<EntityType, Span[]>;
  figures: Span[];
  quotes: Span[];
  /** Zero-length anchors after a figure / closing quotation mark. */
  shared: BadgeSpan[];
  conflicts: BadgeSpan[];
  /** True when maxPerFile cut the plan short (then what is visible decides what is drawn). */
  truncated: boolean;
}

type Item =
  | { kind: 'entity'; type: EntityType; span: Span }
  | { kind: 'figure' | 'quote'; span: Span }
  | { kind: 'shared' | 'conflict'; span: BadgeSpan };

const QUOTE_MARKS = /["“”«»„‟'‘’]/;

export function emptyPlan(): DecorationPlan {
  return { entities: { person: [], organization: [], place: [], equipment: [], event: [] }, figures: [], quotes: [], shared: [], conflicts: [], truncated: false };
}

/** Distance from a span to the nearest visible range (0 when it intersects one). */
function distance(span: Span, visible: readonly Span[]): number {
  if (visible.length === 0) return span.start;
  let best = Number.MAX_SAFE_INTEGER;
  for (const v of visible) {
    const d = span.end < v.start ? v.start - span.end : span.start > v.end ? span.start - v.end : 0;
    if (d < best) best = d;
  }
  return best;
}

export function planDecorations(index: CorpusLookup, file: string, settings: DecorationSettings, visible: readonly Span[] = []): DecorationPlan {
  const plan = emptyPlan();
  const doc = index.document(file);
  if (!doc) return plan;
  const items: Item[] = [];
  if (settings.entities) for (const e of doc.entities) items.push({ kind: 'entity', type: e.type, span: { start: e.start, end: e.end } });
  if (settings.figures) for (const f of doc.figures) items.push({ kind: 'figure', span: { start: f.start, end: f.end } });
  if (settings.quotes) for (const q of doc.quotes) items.push({ kind: 'quote', span: { start: q.start, end: q.end } });
  if (settings.badges) items.push(...badges(index, file, doc.text));

  plan.truncated = items.length > settings.maxPerFile;
  const ordered = items
    .map((item, i) => ({ item, i, d: distance(item.span, visible) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, Math.max(0, settings.maxPerFile));
  for (const { item } of ordered) {
    if (item.kind === 'entity') plan.entities[item.type].push(item.span);
    else if (item.kind === 'figure') plan.figures.push(item.span);
    else if (item.kind === 'quote') plan.quotes.push(item.span);
    else if (item.kind === 'shared') plan.shared.push(item.span);
    else if (item.kind === 'conflict') plan.conflicts.push(item.span);
  }
  return plan;
}

/** Badges for grouped figures and quotes of `file` (claims are too long to badge usefully). */
function badges(index: CorpusLookup, file: string, text: string): Item[] {
  const bySpan = new Map<string, { span: Span; others: Set<string>; conflicting: string[] }>();
  for (const { group, member } of index.members(file)) {
    if (group.kind === 'claim') continue;
    const key = `${member.start}:${member.end}`;
    const entry = bySpan.get(key) ?? { span: member, others: new Set<string>(), conflicting: [] };
    for (const m of group.members) if (m.file !== file) entry.others.add(m.file);
    if (group.relation === 'conflict') {
      for (const m of group.members) {
        if (m.file !== file && !sameValue(m.value, member.value)) entry.conflicting.push(`${baseName(m.file)} says “${m.text}”`);
      }
    }
    bySpan.set(key, entry);
  }
  const out: Item[] = [];
  for (const { span, others, conflicting } of bySpan.values()) {
    // After the closing quotation mark when there is one, so the badge does not split the quote.
    const anchor = span.end < text.length && QUOTE_MARKS.test(text[span.end]) ? span.end + 1 : span.end;
    const names = [...others].map(baseName);
    if (others.size > 0) {
      out.push({
        kind: 'shared',
        span: { start: anchor, end: anchor, count: others.size, explanation: `Also reported by ${others.size} other source${others.size === 1 ? '' : 's'}: ${names.join(', ')}` },
      });
    }
    if (conflicting.length > 0) {
      out.push({
        kind: 'conflict',
        span: { start: anchor, end: anchor, count: conflicting.length, explanation: `Contradicted by another source: ${conflicting.join('; ')}` },
      });
    }
  }
  return out;
}
