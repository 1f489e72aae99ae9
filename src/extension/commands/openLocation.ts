// sourceLens.openLocation: opens a source and selects a place in it. Used by hover links, the sidebar
// and navigation. Arguments come from command links, so they are validated, never trusted.

import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/model';
import { isSourceLocation, rangeIn, toRange, toUri, type OpenLocationArgs } from './locations';

export async function openLocation(analysis: AnalysisProvider, log: vscode.LogOutputChannel, args: OpenLocationArgs | undefined): Promise<vscode.TextEditor | undefined> {
  let uri: vscode.Uri;
  let range: vscode.Range | undefined;
  let document: vscode.TextDocument;
  try {
    if (isSourceLocation(args)) {
      const snapshot = analysis.current;
      if (!snapshot) return undefined;
      // Only files of the analysis can be opened by name: a link cannot point anywhere else.
      if (!snapshot.analysis.documents.some((d) => d.file === args.file)) {
        log.warn(`openLocation: ${args.file} is not a source`);
        return undefined;
      }
      uri = snapshot.uriOf(args.file);
      document = await vscode.workspace.openTextDocument(uri);
      range = rangeIn(document, args);
    } else if (args && 'uri' in args && args.uri) {
      uri = toUri(args.uri);
      document = await vscode.workspace.openTextDocument(uri);
      range = toRange(args.range);
    } else {
      log.warn('openLocation: no location given');
      return undefined;
    }
  } catch (err) {
    log.error(`openLocation failed: ${String(err)}`);
    void vscode.window.showWarningMessage('Source Lens could not open that source.');
    return undefined;
  }
  const editor = await vscode.window.showTextDocument(document, { preview: true, selection: range });
  if (range) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}
