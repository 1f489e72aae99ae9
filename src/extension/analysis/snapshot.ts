// An AnalysisSnapshot: one finished corpus analysis plus the URI ↔ file mapping and the document
// versions it was computed for.

import * as vscode from 'vscode';
import type { CorpusAnalysis, DocumentAnalysis } from '../../core/types';
import type { CorpusEntry } from '../corpus/sourceCorpus';
import type { AnalysisSnapshot } from './model';

export function createSnapshot(analysis: CorpusAnalysis, entries: readonly CorpusEntry[]): AnalysisSnapshot {
  const uriByFile = new Map<string, vscode.Uri>();
  const fileByUri = new Map<string, string>();
  const versionByFile = new Map<string, number | undefined>();
  for (const e of entries) {
    uriByFile.set(e.file, e.uri);
    fileByUri.set(e.uri.toString(), e.file);
    versionByFile.set(e.file, e.version);
  }
  const docByFile = new Map<string, DocumentAnalysis>(analysis.documents.map((d) => [d.file, d]));
  // A document whose version moved on but whose text is unchanged (opened after a disk read, undo)
  // still fits; remember the answer per version so the text is compared once.
  const matchCache = new Map<string, { version: number; ok: boolean }>();

  const snapshot: AnalysisSnapshot = {
    analysis,
    uriOf(file) {
      const known = uriByFile.get(file);
      if (known) return known;
      const folder = vscode.workspace.workspaceFolders?.[0];
      return folder ? vscode.Uri.joinPath(folder.uri, file) : vscode.Uri.file(file);
    },
    fileOf: (uri) => fileByUri.get(uri.toString()),
    documentOf(uri) {
      const file = fileByUri.get(uri.toString());
      return file === undefined ? undefined : docByFile.get(file);
    },
    versionOf: (file) => versionByFile.get(file),
    matches(document) {
      const file = fileByUri.get(document.uri.toString());
      const doc = file === undefined ? undefined : docByFile.get(file);
      if (!file || !doc) return false;
      if (versionByFile.get(file) === document.version) return true;
      const key = document.uri.toString();
      const cached = matchCache.get(key);
      if (cached && cached.version === document.version) return cached.ok;
      const ok = document.getText() === doc.text;
      matchCache.set(key, { version: document.version, ok });
      return ok;
    },
  };
  return snapshot;
}
