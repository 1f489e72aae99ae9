// Find All References / peek: every related statement in every source for the item at the cursor.

import * as vscode from 'vscode';
import { relatedLocations } from '../../core/outline';
import type { AnalysisProvider } from '../analysis/model';
import { currentAnalysisOf, LocationMapper } from './locations';

export class RelatedStatementsReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly analysis: AnalysisProvider) {}

  provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
  ): vscode.Location[] | undefined {
    const snapshot = this.analysis.current;
    const source = currentAnalysisOf(snapshot, document);
    if (!snapshot || !source) return undefined;
    const found = relatedLocations(snapshot.analysis, source.file, document.offsetAt(position));
    if (!found) return undefined;
    const places = context.includeDeclaration ? [found.self, ...found.related] : found.related;
    return new LocationMapper(snapshot).locations(places);
  }
}
