// Turning the outline builders' file + offset places into editor locations. Offsets are converted over
// the analysed text itself, so they are right for the version analysed; a place in a document that is
// open with a different version (edited since) is stale and is left out.

import * as vscode from 'vscode';
import type { OutlineLocation } from '../../core/outline';
import { positionAt } from '../../core/query';
import type { DocumentAnalysis } from '../../core/types';
import type { AnalysisProvider, AnalysisSnapshot } from '../analysis/model';

export const ARTICLE_LANGUAGE = 'source-lens-article';
export const ARTICLE_SELECTOR: vscode.DocumentSelector = { language: ARTICLE_LANGUAGE };

function openDocument(uri: vscode.Uri): vscode.TextDocument | undefined {
  const key = uri.toString();
  return vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
}

/** True when the analysis' offsets for `file` still describe the text of its open document (if open). */
export function isFileCurrent(snapshot: AnalysisSnapshot, file: string, document = openDocument(snapshot.uriOf(file))): boolean {
  if (!document) return true;
  const version = snapshot.versionOf(file);
  // Analysed from disk: the open document matches it only while it has no unsaved changes.
  if (version === undefined) return !document.isDirty;
  return version === document.version;
}

/** The analysed document behind an editor document, when the analysis is current for it. */
export function currentAnalysisOf(
  snapshot: AnalysisSnapshot | undefined,
  document: vscode.TextDocument,
): { file: string; doc: DocumentAnalysis } | undefined {
  if (!snapshot) return undefined;
  const file = snapshot.fileOf(document.uri);
  const doc = file === undefined ? undefined : snapshot.documentOf(document.uri);
  if (file === undefined || !doc || !isFileCurrent(snapshot, file, document)) return undefined;
  return { file, doc };
}

/**
 * The snapshot and analysed document for an editor document as it is now, waiting for the analysis that is
 * scheduled or running when the latest one is for another version. Providers the editor asks once per
 * version (the Outline caches its answer until the next edit) must not answer "nothing" just because an
 * edit's analysis has not arrived yet.
 */
export async function awaitCurrentAnalysisOf(
  analysis: AnalysisProvider,
  document: vscode.TextDocument,
  token: vscode.CancellationToken,
): Promise<{ snapshot: AnalysisSnapshot; file: string; doc: DocumentAnalysis } | undefined> {
  let snapshot = analysis.current;
  let source = currentAnalysisOf(snapshot, document);
  if (!source && analysis.whenIdle) {
    let onCancel: vscode.Disposable | undefined;
    const cancelled = new Promise<undefined>((resolve) => (onCancel = token.onCancellationRequested(() => resolve(undefined))));
    try {
      snapshot = await Promise.race([analysis.whenIdle(), cancelled]);
    } finally {
      onCancel?.dispose();
    }
    if (token.isCancellationRequested) return undefined;
    source = currentAnalysisOf(snapshot, document);
  }
  return snapshot && source ? { snapshot, ...source } : undefined;
}

export class LocationMapper {
  private readonly texts = new Map<string, string>();
  private readonly current = new Map<string, boolean>();

  constructor(private readonly snapshot: AnalysisSnapshot) {
    for (const d of snapshot.analysis.documents) this.texts.set(d.file, d.text);
  }

  /** The range of [start, end) in `file`, or undefined when the file is unknown or its open version is newer. */
  range(file: string, start: number, end: number): vscode.Range | undefined {
    const text = this.texts.get(file);
    if (text === undefined || !this.isCurrent(file)) return undefined;
    const a = positionAt(text, start);
    const b = positionAt(text, end);
    return new vscode.Range(a.line, a.character, b.line, b.character);
  }

  location(loc: OutlineLocation): vscode.Location | undefined {
    const range = this.range(loc.file, loc.start, loc.end);
    return range && new vscode.Location(this.snapshot.uriOf(loc.file), range);
  }

  locations(locs: readonly OutlineLocation[]): vscode.Location[] {
    return locs.map((l) => this.location(l)).filter((l): l is vscode.Location => !!l);
  }

  private isCurrent(file: string): boolean {
    let ok = this.current.get(file);
    if (ok === undefined) this.current.set(file, (ok = isFileCurrent(this.snapshot, file)));
    return ok;
  }
}
