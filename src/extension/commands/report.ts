// sourceLens.showReport: the core's Markdown report in a new untitled document (never a file on disk),
// with its preview beside it.

import * as vscode from 'vscode';
import { toMarkdownReport } from '../../core/report/markdown';
import type { AnalysisProvider } from '../analysis/model';

export async function showReport(analysis: AnalysisProvider, log: vscode.LogOutputChannel): Promise<vscode.TextDocument | undefined> {
  const snapshot = analysis.current ?? (await analysis.whenIdle?.());
  if (!snapshot) {
    void vscode.window.showInformationMessage('Source Lens has no analysed sources yet.');
    return undefined;
  }
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: toMarkdownReport(snapshot.analysis) });
  await vscode.window.showTextDocument(document, { preview: false });
  try {
    await vscode.commands.executeCommand('markdown.showPreview', document.uri);
  } catch (err) {
    log.debug(`Markdown preview unavailable: ${String(err)}`);
  }
  return document;
}
