// Next / previous related statement and Show All Sources, on the statement under the cursor.

import * as vscode from 'vscode';
import { corpusLookup } from '../../core/query';
import { nextRelated, relatedAt } from '../../core/editor';
import { snapshotMatches, type AnalysisProvider, type AnalysisSnapshot } from '../analysis/model';
import { openLocation } from './openLocation';
import { toLocations } from './locations';

interface CursorContext {
  snapshot: AnalysisSnapshot;
  editor: vscode.TextEditor;
  file: string;
  offset: number;
}

function cursorContext(analysis: AnalysisProvider): CursorContext | undefined {
  const editor = vscode.window.activeTextEditor;
  const snapshot = analysis.current;
  if (!editor || !snapshot) return undefined;
  const file = snapshot.fileOf(editor.document.uri);
  if (file === undefined) return undefined;
  if (!snapshotMatches(snapshot, editor.document)) {
    void vscode.window.setStatusBarMessage('Source Lens: still analysing your changes…', 2000);
    return undefined;
  }
  // A selection (as left by navigation) means "this statement": use its start, which lies inside it,
  // rather than the cursor at its end, which may touch only the enclosing sentence.
  const selection = editor.selection;
  const position = selection.isEmpty ? selection.active : selection.start;
  return { snapshot, editor, file, offset: editor.document.offsetAt(position) };
}

export async function goToRelated(analysis: AnalysisProvider, log: vscode.LogOutputChannel, direction: 1 | -1): Promise<void> {
  const ctx = cursorContext(analysis);
  if (!ctx) return;
  const target = nextRelated(corpusLookup(ctx.snapshot.analysis), ctx.file, ctx.offset, direction);
  if (!target) {
    void vscode.window.setStatusBarMessage('Source Lens: no statement here is shared with another source', 3000);
    return;
  }
  await openLocation(analysis, log, target);
}

export async function showAllSources(analysis: AnalysisProvider): Promise<void> {
  const ctx = cursorContext(analysis);
  if (!ctx) return;
  const related = relatedAt(corpusLookup(ctx.snapshot.analysis), ctx.file, ctx.offset);
  if (!related) {
    void vscode.window.setStatusBarMessage('Source Lens: no other source reports this', 3000);
    return;
  }
  const locations = await toLocations(ctx.snapshot, related.locations);
  await vscode.commands.executeCommand('editor.action.showReferences', ctx.editor.document.uri, ctx.editor.document.positionAt(ctx.offset), locations);
}
