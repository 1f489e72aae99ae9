// The corpus: every article in the workspace. Files matching the source patterns are read from disk;
// open documents of the article language override them (unsaved edits win); a document switched to
// another language leaves the corpus. Fires onDidChange whenever the set or any text changes.

import * as vscode from 'vscode';
import { EXCLUDE_GLOB, LANGUAGE_ID } from '../config';
import { isExcluded, isSourceScheme, sourceGlobs } from './patterns';

export interface CorpusEntry {
  readonly uri: vscode.Uri;
  /** The name the analysis knows the file by (workspace-relative path). */
  readonly file: string;
  readonly text: string;
  /** Document version for open documents; undefined when read from disk. */
  readonly version?: number;
}

const MAX_FILE_BYTES = 8 * 1024 * 1024; // an article larger than this is not an article

export class SourceCorpus implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  /** Text read from disk, by URI string, for files matching the source patterns. */
  private readonly disk = new Map<string, { uri: vscode.Uri; text: string }>();
  /** Open documents in the article language, by URI string. */
  private readonly open = new Map<string, { uri: vscode.Uri; text: string; version: number }>();
  /** Matching files open in another language: the user said they are not articles. */
  private readonly excluded = new Set<string>();
  private watchers: vscode.Disposable[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];
  private scanSeq = 0;

  constructor(private readonly log: vscode.LogOutputChannel) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((d) => this.onOpen(d)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => void this.onClose(d)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('files.associations')) void this.rescan();
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => void this.rescan()),
    );
  }

  /** Every source, sorted by file name so that the analysis (and navigation order) is stable. */
  entries(): CorpusEntry[] {
    const byKey = new Map<string, CorpusEntry>();
    for (const [key, d] of this.disk) if (!this.excluded.has(key)) byKey.set(key, { uri: d.uri, file: fileName(d.uri), text: d.text });
    for (const [key, d] of this.open) byKey.set(key, { uri: d.uri, file: fileName(d.uri), text: d.text, version: d.version });
    const entries = [...byKey.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    // Two URIs with one relative name (multi-root edge case) must not collide in the analysis.
    const seen = new Set<string>();
    return entries.map((e) => {
      let file = e.file;
      for (let n = 2; seen.has(file); n++) file = `${e.file} (${n})`;
      seen.add(file);
      return file === e.file ? e : { ...e, file };
    });
  }

  /** Finds every source again (startup, Refresh, changed associations) and re-arms the watchers. */
  async rescan(): Promise<void> {
    const seq = ++this.scanSeq;
    const globs = sourceGlobs();
    this.resetWatchers(globs);
    const found = new Map<string, vscode.Uri>();
    for (const glob of globs) {
      try {
        for (const uri of await vscode.workspace.findFiles(glob, EXCLUDE_GLOB)) if (!isExcluded(uri)) found.set(uri.toString(), uri);
      } catch (err) {
        this.log.warn(`Cannot search for ${String(glob)}: ${String(err)}`);
      }
    }
    const texts = await Promise.all([...found.values()].map(async (uri) => [uri, await this.read(uri)] as const));
    if (seq !== this.scanSeq) return; // a newer scan is under way
    this.disk.clear();
    for (const [uri, text] of texts) if (text !== undefined) this.disk.set(uri.toString(), { uri, text });
    this.open.clear();
    this.excluded.clear();
    for (const doc of vscode.workspace.textDocuments) this.track(doc);
    this.log.info(`Corpus: ${this.entries().length} source(s)`);
    this.changed.fire();
  }

  private resetWatchers(globs: vscode.GlobPattern[]): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    for (const glob of globs) {
      const watcher = vscode.workspace.createFileSystemWatcher(glob);
      this.watchers.push(
        watcher,
        watcher.onDidCreate((uri) => void this.onDiskChange(uri)),
        watcher.onDidChange((uri) => void this.onDiskChange(uri)),
        watcher.onDidDelete((uri) => this.onDiskDelete(uri)),
      );
    }
  }

  private async onDiskChange(uri: vscode.Uri): Promise<void> {
    if (isExcluded(uri)) return;
    const text = await this.read(uri);
    if (text === undefined) return;
    const key = uri.toString();
    const before = this.disk.get(key)?.text;
    this.disk.set(key, { uri, text });
    // An open document already supplies the text; a save of it changes nothing here.
    if (before !== text && !this.open.has(key)) this.changed.fire();
  }

  private onDiskDelete(uri: vscode.Uri): void {
    if (this.disk.delete(uri.toString()) && !this.open.has(uri.toString())) this.changed.fire();
  }

  /** Records an open document; returns true when the corpus changed. */
  private track(doc: vscode.TextDocument): boolean {
    if (!isSourceScheme(doc.uri) || isExcluded(doc.uri)) return false;
    const key = doc.uri.toString();
    if (doc.languageId === LANGUAGE_ID) {
      const previous = this.open.get(key)?.text ?? (this.excluded.has(key) ? undefined : this.disk.get(key)?.text);
      const text = doc.getText();
      this.excluded.delete(key);
      this.open.set(key, { uri: doc.uri, text, version: doc.version });
      return previous !== text;
    }
    // A matching file opened in another language: the user switched it away from articles.
    const wasSource = this.open.delete(key) || (this.disk.has(key) && !this.excluded.has(key));
    if (this.disk.has(key)) this.excluded.add(key);
    return wasSource;
  }

  private onOpen(doc: vscode.TextDocument): void {
    if (this.track(doc)) this.changed.fire();
  }

  private onEdit(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    if (!this.open.has(key) || doc.languageId !== LANGUAGE_ID) return;
    this.open.set(key, { uri: doc.uri, text: doc.getText(), version: doc.version });
    this.changed.fire();
  }

  private async onClose(doc: vscode.TextDocument): Promise<void> {
    const key = doc.uri.toString();
    const wasOpen = this.open.delete(key);
    const wasExcluded = this.excluded.delete(key);
    if (!wasOpen && !wasExcluded) return;
    if (this.disk.has(key)) {
      // Closed without saving: the disk has the text again.
      const text = await this.read(doc.uri);
      if (text !== undefined) this.disk.set(key, { uri: doc.uri, text });
      else this.disk.delete(key);
    }
    this.changed.fire();
  }

  private async read(uri: vscode.Uri): Promise<string | undefined> {
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > MAX_FILE_BYTES) {
        this.log.warn(`Skipping ${uri.fsPath}: ${stat.size} bytes is too large for an article`);
        return undefined;
      }
      // The editor drops a byte-order mark; so must we, or every offset would be off by one.
      return new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
    } catch (err) {
      // A file deleted between the event and the read is routine (renames, cleanups).
      if (err instanceof vscode.FileSystemError && err.code === 'FileNotFound') this.log.debug(`Gone before it could be read: ${uri.toString()}`);
      else this.log.warn(`Cannot read ${uri.toString()}: ${String(err)}`);
      return undefined;
    }
  }

  dispose(): void {
    for (const w of this.watchers) w.dispose();
    for (const s of this.subscriptions) s.dispose();
    this.changed.dispose();
  }
}

/** The analysis name of a URI: workspace-relative with forward slashes, else the full path or URI. */
export function fileName(uri: vscode.Uri): string {
  if (uri.scheme === 'untitled') return uri.toString();
  return vscode.workspace.asRelativePath(uri).replace(/\\/g, '/');
}
