// Applies the core's decoration plan to every visible article editor, whenever the editors, their
// visible ranges, the settings or the analysis change. Offsets are used only for the document version
// they were computed for. Updates are coalesced and skipped when nothing an editor shows would change,
// which also keeps calls away from editors that are being closed.

import * as vscode from 'vscode';
import { corpusLookup } from '../../core/query';
import { planDecorations, type BadgeSpan, type DecorationPlan } from '../../core/editor';
import { escapeText } from '../../core/editor/markdownText';
import type { Span } from '../../core/types';
import { snapshotMatches, type AnalysisProvider, type AnalysisSnapshot } from '../analysis/model';
import { highlightSettings, LANGUAGE_ID } from '../config';
import { createDecorationTypes, ENTITY_TYPES, type DecorationTypes } from './decorationTypes';

const COALESCE_MS = 30;
const SCROLL_MS = 120;
/** Visible ranges are compared in buckets of this many lines (they matter only for capped files). */
const LINE_BUCKET = 40;

export class DecorationController implements vscode.Disposable {
  private readonly types: DecorationTypes = createDecorationTypes();
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private readonly pending = new Set<vscode.TextEditor>();
  /** What each editor shows now, so an unchanged editor is not decorated again. */
  private readonly shown = new WeakMap<vscode.TextEditor, string>();
  private readonly snapshotIds = new WeakMap<AnalysisSnapshot, number>();
  private nextSnapshotId = 1;
  /** What was last applied per document (counts per decoration kind), for tests and the log. */
  private readonly applied = new Map<string, Record<string, number>>();

  constructor(private readonly analysis: AnalysisProvider) {
    this.subscriptions.push(
      analysis.onDidChange(() => this.requestAll(COALESCE_MS)),
      vscode.window.onDidChangeVisibleTextEditors((editors) => this.request(editors, COALESCE_MS)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.request([e.textEditor], SCROLL_MS)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('sourceLens.highlights')) this.requestAll(COALESCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.applied.delete(d.uri.toString())),
    );
    this.requestAll(0);
  }

  /** Counts of the decorations last applied to a document, by kind. */
  appliedTo(uri: vscode.Uri): Record<string, number> | undefined {
    return this.applied.get(uri.toString());
  }

  private requestAll(delay: number): void {
    this.request(vscode.window.visibleTextEditors, delay);
  }

  private request(editors: readonly vscode.TextEditor[], delay: number): void {
    for (const e of editors) if (e.document.languageId === LANGUAGE_ID || this.shown.has(e)) this.pending.add(e);
    if (this.pending.size === 0) return;
    if (this.timer) {
      if (delay >= SCROLL_MS) return; // already scheduled; a later timer would only delay it
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => this.flush(), delay);
  }

  private flush(): void {
    this.timer = undefined;
    const visible = new Set(vscode.window.visibleTextEditors);
    const editors = [...this.pending];
    this.pending.clear();
    for (const editor of editors) if (visible.has(editor)) this.update(editor);
  }

  private update(editor: vscode.TextEditor): void {
    const document = editor.document;
    const snapshot = this.analysis.current;
    const settings = highlightSettings();
    const file = document.languageId === LANGUAGE_ID ? snapshot?.fileOf(document.uri) : undefined;
    if (!snapshot || file === undefined || !settings.enabled) {
      const before = this.shown.get(editor);
      if (before !== undefined && before !== 'clear') {
        this.clear(editor);
        this.shown.set(editor, 'clear');
      }
      if (document.languageId === LANGUAGE_ID) this.applied.set(document.uri.toString(), {});
      return;
    }
    // Edited since the analysis: the editor moves the existing decorations along with the edits; new
    // offsets are applied only once the analysis of this version arrives.
    if (!snapshotMatches(snapshot, document)) return;
    const visible: Span[] = editor.visibleRanges.map((r) => ({ start: document.offsetAt(r.start), end: document.offsetAt(r.end) }));
    const plan = planDecorations(corpusLookup(snapshot.analysis), file, settings, visible);
    const key = [
      this.idOf(snapshot),
      JSON.stringify(settings),
      plan.truncated ? editor.visibleRanges.map((r) => `${Math.floor(r.start.line / LINE_BUCKET)}-${Math.floor(r.end.line / LINE_BUCKET)}`).join(',') : '',
    ].join('|');
    if (this.shown.get(editor) === key) return;
    this.shown.set(editor, key);
    this.apply(editor, plan);
  }

  private idOf(snapshot: AnalysisSnapshot): number {
    let id = this.snapshotIds.get(snapshot);
    if (id === undefined) {
      id = this.nextSnapshotId++;
      this.snapshotIds.set(snapshot, id);
    }
    return id;
  }

  private apply(editor: vscode.TextEditor, plan: DecorationPlan): void {
    const doc = editor.document;
    const range = (s: Span) => new vscode.Range(doc.positionAt(s.start), doc.positionAt(s.end));
    const counts: Record<string, number> = {};
    for (const type of ENTITY_TYPES) {
      editor.setDecorations(this.types.entities[type], plan.entities[type].map(range));
      counts[type] = plan.entities[type].length;
    }
    editor.setDecorations(this.types.figure, plan.figures.map(range));
    editor.setDecorations(this.types.quote, plan.quotes.map(range));
    editor.setDecorations(
      this.types.shared,
      plan.shared.map((b) => ({ range: range(b), hoverMessage: badgeHover(b), renderOptions: { after: { contentText: ` ⇄${b.count}` } } })),
    );
    editor.setDecorations(this.types.conflict, plan.conflicts.map((b) => ({ range: range(b), hoverMessage: badgeHover(b) })));
    counts.figures = plan.figures.length;
    counts.quotes = plan.quotes.length;
    counts.shared = plan.shared.length;
    counts.conflicts = plan.conflicts.length;
    this.applied.set(doc.uri.toString(), counts);
  }

  private clear(editor: vscode.TextEditor): void {
    for (const t of this.types.all()) editor.setDecorations(t, []);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const s of this.subscriptions) s.dispose();
    this.types.dispose();
  }
}

function badgeHover(b: BadgeSpan): vscode.MarkdownString {
  const md = new vscode.MarkdownString(`**Source Lens** · ${escapeText(b.explanation)}`);
  md.supportHtml = false;
  md.isTrusted = false;
  return md;
}
