// Source Lens extension entry: wires the corpus, the analysis service and the editor features. Activation
// returns at once; the first analysis runs in the background.

import * as path from 'node:path';
import * as vscode from 'vscode';
import { AnalysisService } from './analysis/analysisService';
import type { AnalysisSnapshot } from './analysis/model';
import { registerCommands } from './commands';
import { SourceCorpus } from './corpus/sourceCorpus';
import { DecorationController } from './editor/decorations';
import { registerHover } from './editor/hover';
import { registerSpeakerHints } from './editor/inlayHints';
import { registerProviders } from './providers';
import { registerSidebar } from './sidebar';
import { SourceLensStatusBar } from './statusBar';

/** What activate() returns: lets tests (and other extensions) wait for the analysis. */
export interface SourceLensApi {
  whenIdle(): Promise<AnalysisSnapshot | undefined>;
  readonly current: AnalysisSnapshot | undefined;
  /** The status-bar item's text. */
  readonly statusBarText: string;
  /** Counts of the decorations last applied to a document, by kind (entity types, figures, quotes, shared, conflicts). */
  decorationCounts(uri: vscode.Uri): Record<string, number> | undefined;
}

export function activate(context: vscode.ExtensionContext): SourceLensApi {
  const log = vscode.window.createOutputChannel('Source Lens', { log: true });
  const corpus = new SourceCorpus(log);
  const analysis = new AnalysisService(corpus, log, path.join(context.extensionPath, 'dist', 'analysisWorker.js'));
  const decorations = new DecorationController(analysis);
  const statusBar = new SourceLensStatusBar(analysis);
  context.subscriptions.push(
    log,
    corpus,
    analysis,
    decorations,
    statusBar,
    registerHover(analysis),
    registerSpeakerHints(analysis),
    registerCommands(analysis, log),
  );
  // Each of these registers its own disposables on the context; one failing must not take the rest down.
  for (const [name, register] of [
    ['sidebar', registerSidebar],
    ['providers', registerProviders],
  ] as const) {
    try {
      register(context, analysis);
    } catch (err) {
      log.error(`Registering the ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    }
  }
  analysis.start();
  log.info('Source Lens activated');
  return {
    whenIdle: () => analysis.whenIdle(),
    get current() {
      return analysis.current;
    },
    get statusBarText() {
      return statusBar.text;
    },
    decorationCounts: (uri) => decorations.appliedTo(uri),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
