// Inlay hints: the speaker after a quote's closing mark ("— Ivan Sorokin"). editor.inlayHints.enabled
// governs them as usual; sourceLens.inlayHints.speakers turns them off for articles.

import * as vscode from 'vscode';
import { speakerHints } from '../../core/editor';
import { snapshotMatches, type AnalysisProvider } from '../analysis/model';
import { LANGUAGE_ID, speakerHintsEnabled } from '../config';

export function registerSpeakerHints(analysis: AnalysisProvider): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.InlayHintsProvider = {
    onDidChangeInlayHints: changed.event,
    provideInlayHints(document, range) {
      if (!speakerHintsEnabled()) return [];
      const snapshot = analysis.current;
      const doc = snapshot?.documentOf(document.uri);
      if (!snapshot || !doc || !snapshotMatches(snapshot, document)) return [];
      const from = document.offsetAt(range.start);
      const to = document.offsetAt(range.end);
      return speakerHints(doc)
        .filter((h) => h.offset >= from && h.offset <= to)
        .map((h) => {
          const hint = new vscode.InlayHint(document.positionAt(h.offset), h.label);
          hint.paddingLeft = true;
          hint.tooltip = `Speaker of this quote, as Source Lens understood it: ${h.speaker}`;
          return hint;
        });
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerInlayHintsProvider({ language: LANGUAGE_ID }, provider),
    analysis.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('sourceLens.inlayHints')) changed.fire();
    }),
  );
}
