// The status-bar item: "$(book) Source Lens: 5 sources · 3 conflicts", a spinner while analysing; a
// click opens the sidebar.

import * as vscode from 'vscode';
import { summarize, summaryText } from '../core/editor';
import type { AnalysisService } from './analysis/analysisService';

export class SourceLensStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('sourceLens.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly analysis: AnalysisService) {
    this.item.name = 'Source Lens';
    this.item.command = 'sourceLens.showSidebar';
    this.subscriptions = [analysis.onDidChange(() => this.update()), analysis.onDidChangeBusy(() => this.update())];
    this.update();
    this.item.show();
  }

  /** The text shown now (read by the integration tests). */
  get text(): string {
    return this.item.text;
  }

  private update(): void {
    const snapshot = this.analysis.current;
    const summary = snapshot ? summaryText(summarize(snapshot.analysis)) : undefined;
    if (this.analysis.busy) {
      this.item.text = `$(sync~spin) Source Lens${summary ? `: ${summary}` : ': analysing…'}`;
      this.item.tooltip = 'Source Lens is analysing the sources…';
    } else {
      this.item.text = `$(book) Source Lens: ${summary ?? summaryText({ sources: 0, conflicts: 0, groups: 0 })}`;
      this.item.tooltip = snapshot
        ? `${snapshot.analysis.groups.length} statements shared across sources. Click to open the Source Lens sidebar.`
        : 'No sources analysed. Click to open the Source Lens sidebar.';
    }
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.item.dispose();
  }
}
