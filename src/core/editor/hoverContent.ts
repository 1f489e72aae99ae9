// Hover cards as Markdown strings (pure; the extension wraps them in a trusted-for-our-commands-only
// MarkdownString). Every piece of article text is escaped; the only links open a source at a place.

import { summarizeDiff, wordDiff, type WordDiffPart } from '../links/wordDiff';
import type { Claim, CrossSourceGroup, DocumentAnalysis, EntityMention, Figure, GroupMember, GroupRelation, Quote, Span } from '../types';
import { innermostItemsAt, membersAt, sentenceAt, type CorpusLookup } from '../query';
import { describeFigure, sameValue } from './figureText';
import { baseName, clip, emphasise, escapeText, openLocationLink, sourceLabel } from './markdownText';

const MAX_MEMBERS = 8;
const MAX_QUOTES = 6;

const RELATION_LABEL: Record<GroupRelation, string> = {
  agree: '✓ agrees',
  variant: '≈ variant',
  conflict: '≠ conflicts',
};

/** The whole hover at a position: the figure or entity there, the quote around it, and a grouped claim. */
export function hoverMarkdown(index: CorpusLookup, file: string, offset: number): string | undefined {
  const doc = index.document(file);
  if (!doc) return undefined;
  const at = innermostItemsAt(doc, offset);
  const sections: string[] = [];
  if (at.figure) sections.push(figureHover(index, doc, at.figure));
  else if (at.entity) sections.push(entityHover(index, at.entity));
  if (at.quote) sections.push(quoteHover(index, doc, at.quote));
  else if (at.claim && !at.figure) {
    const claim = claimHover(index, doc, at.claim);
    if (claim) sections.push(claim);
  }
  return sections.length ? sections.join('\n\n---\n\n') : undefined;
}

/** Groups of `kind` with a member in `file` exactly at / around `span`. */
function groupsOf(index: CorpusLookup, file: string, span: Span, kind: CrossSourceGroup['kind']): { group: CrossSourceGroup; self: GroupMember }[] {
  return membersAt(index, file, span.start)
    .filter((r) => r.group.kind === kind && r.member.start <= span.start && r.member.end >= span.end)
    .map((r) => ({ group: r.group, self: r.member }));
}

/** A member in its sentence, the member's text in bold. */
function memberInContext(index: CorpusLookup, m: GroupMember): string {
  const doc = index.document(m.file);
  if (!doc) return escapeText(clip(m.text, 200));
  const sentence = sentenceAt(doc, m.start) ?? m;
  return emphasise(doc.text, sentence, m.start, m.end);
}

function moreLine(shown: number, total: number): string[] {
  return total > shown ? [`- …and ${total - shown} more`] : [];
}

export function figureHover(index: CorpusLookup, doc: DocumentAnalysis, figure: Figure): string {
  const lines = [`**Figure** \`${figure.kind}\` · ${escapeText(describeFigure(figure))}`];
  if (figure.about) lines.push('', `Measures: *${escapeText(clip(figure.about, 120))}*`);
  const groups = groupsOf(index, doc.file, figure, 'figure');
  if (groups.length === 0) {
    lines.push('', 'No other source reports this figure.');
    return lines.join('\n');
  }
  for (const { group, self } of groups) {
    lines.push('', `**${RELATION_LABEL[group.relation]}** — ${escapeText(clip(group.note, 200))}`, '');
    const others = group.members.filter((m) => m !== self);
    for (const m of others.slice(0, MAX_MEMBERS)) {
      const relation: GroupRelation = group.relation === 'conflict' ? (sameValue(m.value, self.value) ? 'agree' : 'conflict') : group.relation;
      lines.push(`- ${sourceLabel(index.document(m.file), m.file, m)} — **${RELATION_LABEL[relation]}**  `, `  ${memberInContext(index, m)}`);
    }
    lines.push(...moreLine(Math.min(others.length, MAX_MEMBERS), others.length));
  }
  return lines.join('\n');
}

/** Word differences as Markdown: removed words struck through, added words in bold. */
export function diffMarkdown(parts: readonly WordDiffPart[], maxWords = 60): string {
  const out: string[] = [];
  let words = 0;
  for (const p of parts) {
    if (words >= maxWords) {
      out.push('…');
      break;
    }
    const text = clip(p.text, Math.max(20, (maxWords - words) * 8));
    words += p.text.split(' ').length;
    const safe = escapeText(text);
    out.push(p.kind === 'same' ? safe : p.kind === 'removed' ? `~~${safe}~~` : `**${safe}**`);
  }
  return out.join(' ');
}

export function quoteHover(index: CorpusLookup, doc: DocumentAnalysis, quote: Quote): string {
  const kind = quote.speakerKind === 'description' ? 'unnamed source' : quote.speakerKind;
  const lines = [`**Quote** · said by **${escapeText(quote.speaker)}** (${kind})`];
  const groups = groupsOf(index, doc.file, quote, 'quote');
  if (groups.length === 0) {
    lines.push('', 'No other source carries these words.');
    return lines.join('\n');
  }
  for (const { group, self } of groups) {
    const others = group.members.filter((m) => m !== self);
    lines.push('', `**${RELATION_LABEL[group.relation]}** — also quoted by ${others.length} other source${others.length === 1 ? '' : 's'}`, '');
    for (const m of others.slice(0, MAX_MEMBERS)) {
      const parts = wordDiff(quote.text, m.text);
      const changed = parts.some((p) => p.kind !== 'same');
      const summary = changed ? summarizeDiff(parts) : '';
      lines.push(
        `- ${sourceLabel(index.document(m.file), m.file, m)}${changed ? ` — wording differs: ${escapeText(clip(summary, 160))}` : ' — same words'}  `,
        `  “${changed ? diffMarkdown(parts) : escapeText(clip(m.text, 300))}”`,
      );
    }
    lines.push(...moreLine(Math.min(others.length, MAX_MEMBERS), others.length));
  }
  return lines.join('\n');
}

const TYPE_LABEL: Record<EntityMention['type'], string> = {
  person: 'person',
  organization: 'organisation',
  place: 'place',
  equipment: 'equipment',
  event: 'event',
};

export function entityHover(index: CorpusLookup, entity: EntityMention): string {
  const lines = [`**${escapeText(entity.canonical)}** · ${TYPE_LABEL[entity.type]}`];
  const roles = new Set<string>();
  const counts: { doc: DocumentAnalysis; first: EntityMention; count: number }[] = [];
  for (const d of index.analysis.documents) {
    const mine = d.entities.filter((e) => e.canonical === entity.canonical && e.type === entity.type);
    for (const e of mine) if (e.role) roles.add(e.role.replace(/\s+/g, ' ').trim());
    if (mine.length) counts.push({ doc: d, first: mine[0], count: mine.length });
  }
  if (roles.size) lines.push('', `Roles: ${[...roles].slice(0, 6).map((r) => escapeText(clip(r, 60))).join(' · ')}`);
  const identity = entity.type === 'person' ? index.analysis.groups.find((g) => g.identityOf === entity.canonical) : undefined;
  if (identity) {
    lines.push('', `**${RELATION_LABEL[identity.relation]}** — sources describe this person differently:`, '');
    for (const m of identity.members.slice(0, MAX_MEMBERS)) lines.push(`- ${sourceLabel(index.document(m.file), m.file, m)} — ${escapeText(clip(m.text, 140))}`);
  }
  lines.push('', `Mentioned in ${counts.length} source${counts.length === 1 ? '' : 's'}:`, '');
  for (const c of counts.slice(0, MAX_MEMBERS)) {
    lines.push(`- ${sourceLabel(c.doc, c.doc.file, { file: c.doc.file, start: c.first.start, end: c.first.end })} — ${c.count}×`);
  }
  lines.push(...moreLine(Math.min(counts.length, MAX_MEMBERS), counts.length));
  const quotes = index.analysis.documents.flatMap((d) => d.quotes.filter((q) => q.speaker === entity.canonical).map((q) => ({ d, q })));
  if (quotes.length) {
    lines.push('', `Quotes (${quotes.length}):`, '');
    for (const { d, q } of quotes.slice(0, MAX_QUOTES)) {
      lines.push(`- “${escapeText(clip(q.text, 140))}” — ${openLocationLink(baseName(d.file), { file: d.file, start: q.start, end: q.end })}`);
    }
    lines.push(...moreLine(Math.min(quotes.length, MAX_QUOTES), quotes.length));
  }
  return lines.join('\n');
}

export function claimHover(index: CorpusLookup, doc: DocumentAnalysis, claim: Claim): string | undefined {
  const groups = groupsOf(index, doc.file, claim, 'claim');
  if (groups.length === 0) return undefined;
  const lines = [`**Claim**${claim.speaker ? ` · reported from **${escapeText(claim.speaker)}**` : ''}`];
  for (const { group, self } of groups) {
    const others = group.members.filter((m) => m !== self);
    lines.push('', `**${RELATION_LABEL[group.relation]}** — ${escapeText(clip(group.note, 160))}`, '');
    for (const m of others.slice(0, MAX_MEMBERS)) {
      lines.push(`- ${sourceLabel(index.document(m.file), m.file, m)}  `, `  ${escapeText(clip(m.text, 240))}`);
    }
    lines.push(...moreLine(Math.min(others.length, MAX_MEMBERS), others.length));
  }
  return lines.join('\n');
}
