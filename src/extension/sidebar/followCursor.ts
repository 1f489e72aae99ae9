// Following the editor cursor: reveal (without taking focus) the tree item for the quote, claim or
// cross-source group under the cursor, in whichever Source Lens view is visible.

import * as vscode from 'vscode';
import { relatedLocations } from '../../core/outline';
import type { AnalysisProvider } from '../analysis/model';
import { ARTICLE_LANGUAGE, currentAnalysisOf } from '../providers/locations';
import type { AcrossNode, AcrossSourcesTreeProvider } from './acrossSourcesTree';
import type { SpeakersNode, SpeakersTreeProvider } from './speakersTree';

const SETTING = 'sourceLens.sidebar.followCursor';
const DELAY_MS = 150;

export interface FollowedViews {
  speakers: SpeakersTreeProvider;
  speakersView: vscode.TreeView<SpeakersNode>;
  acrossSources: AcrossSourcesTreeProvider;
  acrossView: vscode.TreeView<AcrossNode>;
}

export function followCursor(analysis: AnalysisProvider, views: FollowedViews): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const subscription = vscode.window.onDidChangeTextEditorSelection((e) => {
    if (e.textEditor.document.languageId !== ARTICLE_LANGUAGE) return;
    if (!views.speakersView.visible && !views.acrossView.visible) return;
    if (!vscode.workspace.getConfiguration().get<boolean>(SETTING, true)) return;
    // Debounced: moving the cursor with the keyboard fires many events.
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => revealAt(analysis, views, e.textEditor), DELAY_MS);
  });
  return new vscode.Disposable(() => {
    if (timer) clearTimeout(timer);
    subscription.dispose();
  });
}

function revealAt(analysis: AnalysisProvider, views: FollowedViews, editor: vscode.TextEditor): void {
  const snapshot = analysis.current;
  const source = currentAnalysisOf(snapshot, editor.document);
  if (!snapshot || !source) return;
  const offset = editor.document.offsetAt(editor.selection.active);
  const reveal = { select: true, focus: false, expand: false };
  const ignore = () => undefined; // a node that vanished in a refresh meanwhile is not an error

  if (views.speakersView.visible) {
    const node = views.speakers.statementAt(source.file, offset);
    if (node) views.speakersView.reveal(node, reveal).then(undefined, ignore);
  }
  if (views.acrossView.visible) {
    const related = relatedLocations(snapshot.analysis, source.file, offset);
    const group = related?.groups[0];
    const node = group && views.acrossSources.nodeForGroup(group.id, source.file, offset);
    if (node) views.acrossView.reveal(node, reveal).then(undefined, ignore);
  }
}
