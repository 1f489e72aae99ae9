// Above each quote other sources also carry: "Also quoted in 2 sources: …", opening the peek view on them.

import * as vscode from 'vscode';
import { buildQuoteLenses } from '../../core/outline';
import type { AnalysisProvider } from '../analysis/model';
import { currentAnalysisOf, LocationMapper } from './locations';

const SETTING = 'sourceLens.codeLens.enabled';

export class QuoteCodeLensProvider implements vscode.CodeLensProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analysis: AnalysisProvider) {
    this.subscriptions = [
      this.changed,
      analysis.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(SETTING)) this.changed.fire();
      }),
    ];
  }

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    if (!vscode.workspace.getConfiguration().get<boolean>(SETTING, true)) return [];
    const snapshot = this.analysis.current;
    const source = currentAnalysisOf(snapshot, document);
    if (!snapshot || !source) return [];
    const mapper = new LocationMapper(snapshot);
    const lenses: vscode.CodeLens[] = [];
    for (const lens of buildQuoteLenses(snapshot.analysis, source.file)) {
      const range = mapper.range(source.file, lens.start, lens.end);
      const locations = mapper.locations(lens.locations);
      if (!range || locations.length === 0) continue;
      lenses.push(
        new vscode.CodeLens(range, {
          title: lens.title,
          tooltip: 'Show the other sources quoting this',
          command: 'editor.action.showReferences',
          arguments: [document.uri, range.start, locations],
        }),
      );
    }
    return lenses;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}
