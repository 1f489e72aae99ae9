// Safe Markdown pieces for hover cards: every bit of article text goes through `escapeText`, and the only
// links are command links to Source Lens's own "open location" command with JSON arguments.

import { escapeMarkdown } from '../report/markdown';
import type { DocumentAnalysis } from '../types';
import type { SourceLocation } from './navigation';

export const OPEN_LOCATION_COMMAND = 'sourceLens.openLocation';

/**
 * Escapes untrusted text for Markdown. On top of the report's escaping, ":" and "&" are escaped so that
 * bare URLs are not auto-linked and HTML entities are not decoded.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text).replace(/[:&]/g, (c) => `\\${c}`);
}

/** Shortens to at most `max` characters on a word boundary, with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > max * 0.6 ? cut.slice(0, space) : cut}…`;
}

/** `command:` URI of the open-location command; the JSON is fully percent-encoded (no parentheses). */
export function openLocationUri(location: SourceLocation): string {
  const args = encodeURIComponent(JSON.stringify([{ file: location.file, start: location.start, end: location.end }]));
  return `command:${OPEN_LOCATION_COMMAND}?${args.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}

/** A Markdown link (escaped label) that opens a source at a place. */
export function openLocationLink(label: string, location: SourceLocation, title = 'Open this source here'): string {
  return `[${escapeText(label)}](${openLocationUri(location)} "${title.replace(/["\\]/g, '')}")`;
}

export function baseName(file: string): string {
  return file.split(/[\\/]/).pop() || file;
}

/** The article's first non-empty line, shortened: its headline, as readers know the source by it. */
export function headlineOf(doc: DocumentAnalysis | undefined, max = 60): string {
  if (!doc) return '';
  const line = doc.text.split(/\r?\n/).find((l) => l.trim().length > 0) ?? '';
  return clip(line, max);
}

/** "**file.txt** · *Headline…*" with the file name as a link to `location`. */
export function sourceLabel(doc: DocumentAnalysis | undefined, file: string, location: SourceLocation): string {
  const headline = headlineOf(doc);
  const link = openLocationLink(baseName(file), location);
  return headline ? `${link} · *${escapeText(headline)}*` : link;
}

/**
 * A window of `text` around [start, end) with that part in bold, the rest escaped. The window is the
 * sentence (given) clipped to about `max` characters around the emphasised part.
 */
export function emphasise(text: string, window: { start: number; end: number }, start: number, end: number, max = 240): string {
  let from = Math.min(window.start, start);
  let to = Math.max(window.end, end);
  const slack = Math.max(0, max - (end - start));
  if (to - from > max) {
    from = Math.max(from, start - Math.floor(slack / 2));
    to = Math.min(to, from + Math.max(max, end - from));
  }
  const before = text.slice(from, start).replace(/\s+/g, ' ');
  const middle = text.slice(start, end).replace(/\s+/g, ' ');
  const after = text.slice(end, to).replace(/\s+/g, ' ');
  const lead = from > window.start ? '…' : '';
  const tail = to < window.end ? '…' : '';
  const strong = middle.trim() ? `**${escapeText(middle.trim())}**` : '';
  return `${lead}${escapeText(before.trimStart())}${strong}${escapeText(after.trimEnd())}${tail}`;
}
