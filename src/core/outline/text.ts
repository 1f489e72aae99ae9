// Small text helpers for labels and tooltips. Article text is untrusted: anything that ends up in
// Markdown goes through escapeMarkdownText so it renders literally (no links, emphasis, HTML, headings).

import { withoutAccents } from '../text/fold';

/** Every ASCII punctuation character CommonMark lets us backslash-escape that could start syntax. */
const MARKDOWN_SPECIAL = /[\\`*_{}[\]()#+\-.!|<>~&:=$"']/g;

/** Escapes text so Markdown renders it literally; line breaks and runs of spaces become one space. */
export function escapeMarkdownText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(MARKDOWN_SPECIAL, (c) => `\\${c}`);
}

/** Collapses all whitespace (including line breaks) to single spaces. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** One line, at most `max` characters, cut at a word boundary with an ellipsis. */
export function clip(text: string, max: number): string {
  const line = oneLine(text);
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "1 source" / "3 sources". */
export function plural(n: number, word: string, pluralWord = `${word}s`): string {
  return `${n} ${n === 1 ? word : pluralWord}`;
}

/** Lower case without diacritics, for matching typed filters and symbol queries. */
export function foldForSearch(text: string): string {
  return withoutAccents(text)
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"');
}

/** True when every whitespace-separated word of `filter` occurs in one of `texts` (case and accent blind). */
export function matchesFilter(filter: string, ...texts: (string | undefined)[]): boolean {
  const words = foldForSearch(filter).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const hay = foldForSearch(texts.filter((t): t is string => !!t).join('\n'));
  return words.every((w) => hay.includes(w));
}

/** The base name of a file path (sources are named by relative path; lists show only the name). */
export function baseName(file: string): string {
  const i = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return i >= 0 ? file.slice(i + 1) : file;
}
