// Shared TreeItem helpers: the click command that opens a source at a place, icons, lazy tooltips.

import * as vscode from 'vscode';
import type { OutlineLocation } from '../../core/outline';

export const OPEN_LOCATION_COMMAND = 'sourceLens.openLocation';

export function openCommand(place: OutlineLocation, title = 'Open Source at Location'): vscode.Command {
  return { command: OPEN_LOCATION_COMMAND, title, arguments: [{ file: place.file, start: place.start, end: place.end }] };
}

export function icon(id: string, color?: string): vscode.ThemeIcon {
  return color ? new vscode.ThemeIcon(id, new vscode.ThemeColor(color)) : new vscode.ThemeIcon(id);
}

export const SHARED_COLOR = 'sourceLens.sharedBadgeForeground';
export const CONFLICT_COLOR = 'sourceLens.conflictForeground';

/** Tooltip Markdown built from untrusted article text (already escaped by the core builders): no commands, no HTML. */
export function markdownTooltip(markdown: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(markdown);
  md.isTrusted = false;
  md.supportHtml = false;
  return md;
}
