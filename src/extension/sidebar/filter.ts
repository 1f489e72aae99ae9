// The sidebar's text filter, shared by both trees; mirrors its state in the `sourceLens.sidebarFiltered`
// context key (which shows the Clear Filter button) and in the views' descriptions.

import * as vscode from 'vscode';

export class SidebarFilter implements vscode.Disposable {
  private value = '';
  private readonly changed = new vscode.EventEmitter<string>();
  readonly onDidChange = this.changed.event;

  get text(): string {
    return this.value;
  }

  set(text: string): void {
    const next = text.trim();
    if (next === this.value) return;
    this.value = next;
    void vscode.commands.executeCommand('setContext', 'sourceLens.sidebarFiltered', next.length > 0);
    this.changed.fire(next);
  }

  /** Asks for the filter text; Escape keeps the current filter. */
  async prompt(): Promise<void> {
    const text = await vscode.window.showInputBox({
      title: 'Filter Source Lens',
      prompt: 'Show speakers, quotes and cross-source groups containing these words (empty clears the filter)',
      placeHolder: 'speaker, words of a quote, a figure…',
      value: this.value,
    });
    if (text !== undefined) this.set(text);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
