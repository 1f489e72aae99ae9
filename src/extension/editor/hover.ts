// Hover cards: built as Markdown by the core (src/core/editor/hoverContent.ts), shown here in a
// MarkdownString that may run only Source Lens's own commands and renders no HTML.

import * as vscode from 'vscode';
import { corpusLookup } from '../../core/query';
import { hoverMarkdown, OPEN_LOCATION_COMMAND } from '../../core/editor';
import { snapshotMatches, type AnalysisProvider } from '../analysis/model';
import { hoverEnabled, LANGUAGE_ID } from '../config';

/** The only commands a hover link may run. */
export const HOVER_COMMANDS = [OPEN_LOCATION_COMMAND, 'sourceLens.showAllSources'];

export function trustedMarkdown(value: string): vscode.MarkdownString {
  const md = new vscode.MarkdownString(value);
  md.supportHtml = false;
  md.isTrusted = { enabledCommands: HOVER_COMMANDS };
  return md;
}

export function registerHover(analysis: AnalysisProvider): vscode.Disposable {
  return vscode.languages.registerHoverProvider(
    { language: LANGUAGE_ID },
    {
      provideHover(document, position) {
        if (!hoverEnabled()) return undefined;
        const snapshot = analysis.current;
        const file = snapshot?.fileOf(document.uri);
        if (!snapshot || file === undefined || !snapshotMatches(snapshot, document)) return undefined;
        const offset = document.offsetAt(position);
        const markdown = hoverMarkdown(corpusLookup(snapshot.analysis), file, offset);
        if (!markdown) return undefined;
        const wordRange = document.getWordRangeAtPosition(position);
        return new vscode.Hover(trustedMarkdown(markdown), wordRange);
      },
    },
  );
}
