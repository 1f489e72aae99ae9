// The CLI's readable report: conflicts first, then speakers with their quotes, then the other groups.
// Article text is untrusted: everything taken from it is escaped for Markdown.

import type { CorpusAnalysis, CrossSourceGroup, Quote } from '../types';

const MD_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~]/g;

/** Escapes text so that Markdown renders it literally (no links, emphasis, HTML or headings). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(MD_SPECIAL, (c) => `\\${c}`);
}

export function toMarkdownReport(corpus: CorpusAnalysis): string {
  const lines: string[] = ['# Source Lens report', ''];
  const figureCount = corpus.documents.reduce((n, d) => n + d.figures.length, 0);
  const quoteCount = corpus.documents.reduce((n, d) => n + d.quotes.length, 0);
  lines.push(
    `${corpus.documents.length} sources · ${figureCount} figures · ${quoteCount} quotes · ${corpus.groups.length} cross-source groups`,
    '',
  );

  const conflicts = corpus.groups.filter((g) => g.relation === 'conflict');
  lines.push(`## Conflicts (${conflicts.length})`, '');
  if (conflicts.length === 0) lines.push('No source contradicts another.', '');
  for (const g of conflicts) lines.push(...groupLines(g));

  lines.push('## Speakers', '');
  const bySpeaker = new Map<string, { file: string; quote: Quote }[]>();
  for (const d of corpus.documents) {
    for (const q of d.quotes) {
      const list = bySpeaker.get(q.speaker) ?? [];
      list.push({ file: d.file, quote: q });
      bySpeaker.set(q.speaker, list);
    }
  }
  const speakers = [...bySpeaker.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
  if (speakers.length === 0) lines.push('No quoted speakers.', '');
  for (const [speaker, quotes] of speakers) {
    lines.push(`### ${escapeMarkdown(speaker)} (${quotes.length})`, '');
    for (const { file, quote } of quotes) lines.push(`- “${escapeMarkdown(quote.text)}” — ${escapeMarkdown(file)}`);
    lines.push('');
  }

  for (const kind of ['figure', 'quote', 'claim'] as const) {
    const groups = corpus.groups.filter((g) => g.kind === kind && g.relation !== 'conflict');
    lines.push(`## Shared ${kind}s (${groups.length})`, '');
    for (const g of groups) lines.push(...groupLines(g));
  }
  return lines.join('\n');
}

function groupLines(g: CrossSourceGroup): string[] {
  const out = [`- **${g.relation}** (${g.kind}): ${escapeMarkdown(g.note)}`];
  for (const m of g.members) out.push(`  - ${escapeMarkdown(m.file)}: ${escapeMarkdown(clip(m.text, 160))}`);
  out.push('');
  return out;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
