// Shared TreeItem helpers: the click command that opens a source at a place, icons, lazy tooltips.

import * as vscode from 'vscode';
import { baseName, clip, type OutlineLocation, type SourcePlace } from '../../core/outline';

export const OPEN_LOCATION_COMMAND = 'sourceLens.openLocation';

export function openCommand(place: OutlineLocation, title = 'Open Source at Location'): vscode.Command {
  return { command: OPEN_LOCATION_COMMAND, title, arguments: [{ file: place.file, start: place.start, end: place.end }] };
}

export function icon(id: string, color?: string): vscode.ThemeIcon {
  return color ? new vscode.ThemeIcon(id, new vscode.ThemeColor(color)) : new vscode.ThemeIcon(id);
}

/** The leaf item of a source carrying a statement: its file name, its sentence, a click to open it there. */
export function sourceTreeItem(src: SourcePlace): vscode.TreeItem {
  const item = new vscode.TreeItem(baseName(src.file), vscode.TreeItemCollapsibleState.None);
  item.description = clip(src.sentence, 120);
  item.iconPath = icon('file');
  item.command = openCommand(src);
  item.contextValue = 'sourceLens.source';
  return item;
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
