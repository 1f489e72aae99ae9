// Tooltip Markdown for the sidebar's items, built lazily by the tree (resolveTreeItem). Article text is
// untrusted: every piece of it is escaped; the only formatting is ours. No links, no HTML.

import type { AcrossGroupEntry, AcrossSide } from './acrossSources';
import type { SpeakerEntry, SpeakerStatement } from './speakers';
import { speakerCounts } from './speakers';
import { baseName, clip, escapeMarkdownText as esc, plural } from './text';
import type { SourcePlace } from './types';

const KIND_NAMES: Record<string, string> = {
  person: 'person',
  organization: 'organisation',
  description: 'unnamed speaker',
  place: 'place',
  equipment: 'equipment',
  event: 'event',
};

/** The sentence with the place's own text in bold (both escaped). */
export function sentenceWithEmphasis(place: SourcePlace, max = 400): string {
  const { sentence, text } = place;
  const at = text ? sentence.indexOf(text.replace(/\s+/g, ' ').trim()) : -1;
  if (at < 0 || !text.trim()) return esc(clip(sentence, max));
  const core = text.replace(/\s+/g, ' ').trim();
  const before = sentence.slice(0, at);
  const after = sentence.slice(at + core.length);
  const room = Math.max(40, max - core.length);
  const head = before.length > room / 2 ? `…${before.slice(before.length - Math.floor(room / 2))}` : before;
  const tail = after.length > room / 2 ? `${after.slice(0, Math.floor(room / 2))}…` : after;
  return `${esc(head)}**${esc(clip(core, max))}**${esc(tail)}`;
}

export function speakerTooltip(e: SpeakerEntry): string {
  const lines = [`**${esc(e.name)}** — ${KIND_NAMES[e.kind] ?? e.kind}`];
  if (e.role) lines.push('', `_${esc(e.role)}_`);
  lines.push('', speakerCounts(e), '');
  for (const file of e.files) {
    const here = e.statements.filter((s) => s.file === file);
    const quotes = here.filter((s) => s.kind === 'quote').length;
    const claims = here.length - quotes;
    const parts = [quotes ? plural(quotes, 'quote') : '', claims ? plural(claims, 'claim') : ''].filter(Boolean);
    lines.push(`- ${esc(baseName(file))}: ${parts.join(', ')}`);
  }
  return lines.join('\n');
}

export function statementTooltip(s: SpeakerStatement): string {
  const what = s.kind === 'quote' ? 'Quote' : 'Reported claim';
  const lines = [`**${what}** — ${esc(s.speaker)}`, '', `> ${esc(clip(s.text, 600))}`, ''];
  const others = s.sources.filter((x) => !x.own);
  lines.push(`In ${esc(baseName(s.file))}`);
  if (others.length > 0) {
    lines.push('', `Also in ${plural(new Set(others.map((o) => o.file)).size, 'other source')}:`, '');
    for (const o of others) lines.push(`- ${esc(baseName(o.file))}: ${sentenceWithEmphasis(o, 240)}`);
  }
  return lines.join('\n');
}

export function sourceTooltip(place: SourcePlace): string {
  return [`**${esc(baseName(place.file))}**`, '', sentenceWithEmphasis(place)].join('\n');
}

export function groupTooltip(g: AcrossGroupEntry): string {
  const relation = g.relation === 'conflict' ? 'Conflict' : g.relation === 'variant' ? 'Different wording' : 'Agreement';
  const lines = [`**${relation}** (${g.kind}) — ${plural(g.sourceCount, 'source')}`, '', esc(g.note), ''];
  for (const side of g.sides) {
    if (g.showSides) lines.push(`- **${esc(side.label)}** (${plural(side.sourceCount, 'source')})`);
    for (const src of side.sources) lines.push(`${g.showSides ? '  ' : ''}- ${esc(baseName(src.file))}: ${sentenceWithEmphasis(src, 240)}`);
  }
  return lines.join('\n');
}

export function sideTooltip(side: AcrossSide): string {
  const lines = [`**${esc(side.label)}** — ${plural(side.sourceCount, 'source')}`, ''];
  for (const src of side.sources) lines.push(`- ${esc(baseName(src.file))}: ${sentenceWithEmphasis(src, 240)}`);
  return lines.join('\n');
}
