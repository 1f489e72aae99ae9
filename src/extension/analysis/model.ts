// What the editor features see of the analysis: the latest corpus analysis and how to map its files
// to editor URIs. Implemented by the analysis service; consumed by decorations, hovers, the sidebar and
// the providers, so none of them depends on how or where the analysis runs.

import type * as vscode from 'vscode';
import type { CorpusAnalysis, DocumentAnalysis } from '../../core/types';

export interface AnalysisSnapshot {
  readonly analysis: CorpusAnalysis;
  /** The editor URI of a file named in the analysis (DocumentAnalysis.file / GroupMember.file). */
  uriOf(file: string): vscode.Uri;
  /** The analysis file name of an editor URI, if that document is a source. */
  fileOf(uri: vscode.Uri): string | undefined;
  /** The analysed document for an editor URI, if it is a source. */
  documentOf(uri: vscode.Uri): DocumentAnalysis | undefined;
  /**
   * The document version each file was analysed at (open editors); undefined for files read from disk.
   * Features apply offsets to an open document only when its version still matches.
   */
  versionOf(file: string): number | undefined;
  /**
   * True when the analysis offsets of this document are valid for it now: the version analysed, or an
   * identical text (a file read from disk and then opened). Use before mapping offsets to positions.
   */
  matches?(document: vscode.TextDocument): boolean;
}

/** Whether the snapshot's offsets apply to this document as it is now (see AnalysisSnapshot.matches). */
export function snapshotMatches(snapshot: AnalysisSnapshot, document: vscode.TextDocument): boolean {
  if (snapshot.matches) return snapshot.matches(document);
  const doc = snapshot.documentOf(document.uri);
  if (!doc) return false;
  const version = snapshot.versionOf(doc.file);
  return version === document.version || (version === undefined && document.getText() === doc.text);
}

export interface AnalysisProvider {
  /** The latest complete analysis, or undefined before the first one finishes. */
  readonly current: AnalysisSnapshot | undefined;
  /** Fires after every completed analysis. */
  readonly onDidChange: vscode.Event<AnalysisSnapshot>;
  /** Re-reads every source and analyses again (the Refresh command). */
  refresh(): void;
  /** True while an analysis is scheduled or running. */
  readonly busy?: boolean;
  /** Fires when `busy` changes. */
  readonly onDidChangeBusy?: vscode.Event<boolean>;
  /** Resolves with the latest snapshot once no analysis is scheduled or running. */
  whenIdle?(): Promise<AnalysisSnapshot | undefined>;
}
