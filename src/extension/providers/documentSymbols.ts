// The Outline of an article: its speakers with their quotes, and its figures.

import * as vscode from 'vscode';
import { buildDocumentSymbols, type SymbolData } from '../../core/outline';
import type { AnalysisProvider } from '../analysis/model';
import { awaitCurrentAnalysisOf, LocationMapper } from './locations';

function symbolKind(s: SymbolData): vscode.SymbolKind {
  switch (s.kind) {
    case 'speaker':
      return s.speakerKind === 'organization' ? vscode.SymbolKind.Module : vscode.SymbolKind.Object;
    case 'quote':
      return vscode.SymbolKind.String;
    case 'figures':
      return vscode.SymbolKind.Namespace;
    case 'figure':
      return vscode.SymbolKind.Number;
  }
}

export class ArticleDocumentSymbolProvider implements vscode.DocumentSymbolProvider {
  constructor(private readonly analysis: AnalysisProvider) {}

  async provideDocumentSymbols(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.DocumentSymbol[] | undefined> {
    const source = await awaitCurrentAnalysisOf(this.analysis, document, token);
    if (!source) return undefined;
    const { snapshot } = source;
    const mapper = new LocationMapper(snapshot);
    const convert = (s: SymbolData): vscode.DocumentSymbol | undefined => {
      const range = mapper.range(source.file, s.start, s.end);
      const selection = mapper.range(source.file, s.selectionStart, s.selectionEnd);
      if (!range || !selection) return undefined;
      // The editor requires the selection range inside the full range.
      const full = range.union(selection);
      const symbol = new vscode.DocumentSymbol(s.name, s.detail, symbolKind(s), full, selection);
      symbol.children = s.children.map(convert).filter((c): c is vscode.DocumentSymbol => !!c);
      return symbol;
    };
    return buildDocumentSymbols(snapshot.analysis, source.file)
      .map(convert)
      .filter((s): s is vscode.DocumentSymbol => !!s);
  }
}
