// sourceLens.readAsSource: makes a text file a source by mapping its path to the article language in the
// workspace's files.associations (the file itself is never modified), then re-analyses.

import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/model';
import { LANGUAGE_ID } from '../config';

/** The files.associations key for one file: workspace-relative as a glob, else its absolute path. */
export function associationKey(uri: vscode.Uri): string {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  if (!folder) return uri.fsPath.replace(/\\/g, '/');
  const relative = vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/');
  return `**/${relative}`;
}

export async function readAsSource(analysis: AnalysisProvider, log: vscode.LogOutputChannel, target?: vscode.Uri): Promise<string | undefined> {
  const uri = target instanceof vscode.Uri ? target : vscode.window.activeTextEditor?.document.uri;
  if (!uri) {
    void vscode.window.showInformationMessage('Open a text file to read it as a source.');
    return undefined;
  }
  const key = associationKey(uri);
  const files = vscode.workspace.getConfiguration('files', uri);
  const inWorkspace = !!vscode.workspace.workspaceFolders?.length;
  const inspected = files.inspect<Record<string, string>>('associations');
  const current = (inWorkspace ? inspected?.workspaceValue : inspected?.globalValue) ?? {};
  if (current[key] !== LANGUAGE_ID) {
    await files.update('associations', { ...current, [key]: LANGUAGE_ID }, inWorkspace ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global);
    log.info(`Added files.associations "${key}": "${LANGUAGE_ID}"`);
  }
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open && open.languageId !== LANGUAGE_ID) await vscode.languages.setTextDocumentLanguage(open, LANGUAGE_ID);
  analysis.refresh();
  return key;
}
