// Shared helpers of the integration tests: reach the extension through its API, open samples of the
// workspace (samples/), find text in a document.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'source-lens.source-lens';

/** What the tests need of the extension's API (activate()'s return value); extend per test. */
export interface SourceLensTestApi {
  /** Resolves once no analysis is pending or running. */
  whenIdle(): Promise<unknown>;
}

/** Activates Source Lens, waits until its analysis is idle and returns its API. */
export async function activateExtension<T extends SourceLensTestApi = SourceLensTestApi>(): Promise<T> {
  const ext = vscode.extensions.getExtension<T>(EXTENSION_ID);
  assert.ok(ext, `extension ${EXTENSION_ID} is not loaded in this extension host`);
  const api = await ext.activate();
  assert.ok(api && typeof api.whenIdle === 'function', 'activate() returns an API with whenIdle()');
  await api.whenIdle();
  return api;
}

/** The (first) workspace folder of the test window: samples/. */
export function workspaceFolder(): vscode.WorkspaceFolder {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test window has no workspace folder (expected samples/)');
  return folder;
}

/** URI of a file of the (first) workspace folder, e.g. sampleUri('000_d8508d2c3bfe9f15.txt'). */
export function sampleUri(fileName: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceFolder().uri, fileName);
}

/** Opens a sample in an editor, waits for the analysis to settle and returns the editor. */
export async function openSample(fileName: string, options: vscode.TextDocumentShowOptions = {}): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(sampleUri(fileName));
  const editor = await vscode.window.showTextDocument(doc, { preview: false, ...options });
  await (await activateExtension()).whenIdle();
  return editor;
}

/** Offset of the `occurrence`-th (1-based) match of `text` in the document; fails the test if absent. */
export function offsetOf(doc: vscode.TextDocument, text: string, occurrence = 1): number {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = doc.getText().indexOf(text, at + 1);
    if (at < 0) assert.fail(`"${text}" (occurrence ${occurrence}) not found in ${doc.uri.path.split('/').pop()}`);
  }
  return at;
}

/** Position of `text` in the document, plus `delta` characters (e.g. 1 to stand inside it). */
export function positionOf(doc: vscode.TextDocument, text: string, delta = 0, occurrence = 1): vscode.Position {
  return doc.positionAt(offsetOf(doc, text, occurrence) + delta);
}

/** Range covering `text` in the document. */
export function rangeOf(doc: vscode.TextDocument, text: string, occurrence = 1): vscode.Range {
  const start = offsetOf(doc, text, occurrence);
  return new vscode.Range(doc.positionAt(start), doc.positionAt(start + text.length));
}

/** Polls `condition` until it returns a truthy value (returned) or `timeoutMs` passes (test fails). */
export async function waitFor<T>(condition: () => T | Promise<T>, message: string, timeoutMs = 10_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for: ${message}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Closes every editor (between tests that check the active editor). */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}
