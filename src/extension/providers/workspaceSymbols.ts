// Go to Symbol in Workspace: speakers and entities by name, one per name per file.

import * as vscode from 'vscode';
import { searchWorkspaceSymbols, type WorkspaceSymbolData } from '../../core/outline';
import type { AnalysisProvider } from '../analysis/model';
import { LocationMapper } from './locations';

const KINDS: Record<WorkspaceSymbolData['kind'], vscode.SymbolKind> = {
  person: vscode.SymbolKind.Object,
  organization: vscode.SymbolKind.Module,
  place: vscode.SymbolKind.Namespace,
  equipment: vscode.SymbolKind.Struct,
  event: vscode.SymbolKind.Event,
  speaker: vscode.SymbolKind.Object,
};

export class SpeakerWorkspaceSymbolProvider implements vscode.WorkspaceSymbolProvider {
  constructor(private readonly analysis: AnalysisProvider) {}

  provideWorkspaceSymbols(query: string): vscode.SymbolInformation[] {
    const snapshot = this.analysis.current;
    if (!snapshot) return [];
    const mapper = new LocationMapper(snapshot);
    const out: vscode.SymbolInformation[] = [];
    for (const s of searchWorkspaceSymbols(snapshot.analysis, query)) {
      const location = mapper.location(s);
      if (location) out.push(new vscode.SymbolInformation(s.name, KINDS[s.kind], s.container, location));
    }
    return out;
  }
}
