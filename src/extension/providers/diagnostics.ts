// Cross-source conflicts in the Problems panel: information-level notes on each conflicting figure,
// naming the other sources and their values, related information at the other sources' sentences.

import * as vscode from 'vscode';
import { buildConflictDiagnostics } from '../../core/outline';
import type { AnalysisProvider, AnalysisSnapshot } from '../analysis/model';
import { isFileCurrent, LocationMapper } from './locations';

const SETTING = 'sourceLens.diagnostics.enabled';
export const DIAGNOSTIC_SOURCE = 'Source Lens';

export class ConflictDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analysis: AnalysisProvider) {
    this.subscriptions = [
      this.collection,
      analysis.onDidChange((snapshot) => this.update(snapshot)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SETTING)) this.update(this.analysis.current);
      }),
    ];
    this.update(analysis.current);
  }

  update(snapshot: AnalysisSnapshot | undefined): void {
    if (!snapshot || !vscode.workspace.getConfiguration().get<boolean>(SETTING, true)) {
      this.collection.clear();
      return;
    }
    const mapper = new LocationMapper(snapshot);
    const byFile = buildConflictDiagnostics(snapshot.analysis);
    const keep = new Set<string>();
    for (const [file, list] of byFile) {
      const uri = snapshot.uriOf(file);
      keep.add(uri.toString());
      // Edited since this analysis: keep what is shown until the next analysis catches up.
      if (!isFileCurrent(snapshot, file)) continue;
      const diagnostics: vscode.Diagnostic[] = [];
      for (const d of list) {
        const range = mapper.range(file, d.start, d.end);
        if (!range) continue;
        const diagnostic = new vscode.Diagnostic(range, d.message, vscode.DiagnosticSeverity.Information);
        diagnostic.source = DIAGNOSTIC_SOURCE;
        diagnostic.relatedInformation = d.related
          .map((r) => {
            const location = mapper.location(r);
            return location && new vscode.DiagnosticRelatedInformation(location, r.message);
          })
          .filter((r): r is vscode.DiagnosticRelatedInformation => !!r);
        diagnostics.push(diagnostic);
      }
      this.collection.set(uri, diagnostics);
    }
    // Files no longer in the corpus lose their notes.
    this.collection.forEach((uri) => {
      if (!keep.has(uri.toString())) this.collection.delete(uri);
    });
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
