// Navigation providers for articles: references, outline, workspace symbols, quote lenses, conflict diagnostics.

import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/model';
import { QuoteCodeLensProvider } from './codeLens';
import { ConflictDiagnostics } from './diagnostics';
import { ArticleDocumentSymbolProvider } from './documentSymbols';
import { ARTICLE_SELECTOR } from './locations';
import { RelatedStatementsReferenceProvider } from './references';
import { SpeakerWorkspaceSymbolProvider } from './workspaceSymbols';

export function registerProviders(context: vscode.ExtensionContext, analysis: AnalysisProvider): void {
  const codeLenses = new QuoteCodeLensProvider(analysis);
  context.subscriptions.push(
    vscode.languages.registerReferenceProvider(ARTICLE_SELECTOR, new RelatedStatementsReferenceProvider(analysis)),
    vscode.languages.registerDocumentSymbolProvider(ARTICLE_SELECTOR, new ArticleDocumentSymbolProvider(analysis), {
      label: 'Source Lens',
    }),
    vscode.languages.registerWorkspaceSymbolProvider(new SpeakerWorkspaceSymbolProvider(analysis)),
    codeLenses,
    vscode.languages.registerCodeLensProvider(ARTICLE_SELECTOR, codeLenses),
    new ConflictDiagnostics(analysis),
  );
}
