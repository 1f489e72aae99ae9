// Find All References / peek: every related statement in every source for the item at the cursor.

import * as vscode from 'vscode';
import { relatedLocations } from '../../core/outline';
import type { AnalysisProvider } from '../analysis/model';
import { awaitCurrentAnalysisOf, LocationMapper } from './locations';

export class RelatedStatementsReferenceProvider implements vscode.ReferenceProvider {
  constructor(private readonly analysis: AnalysisProvider) {}

  async provideReferences(
    document: vscode.TextDocument,
    position: vscode.Position,
    context: vscode.ReferenceContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.Location[] | undefined> {
    const source = await awaitCurrentAnalysisOf(this.analysis, document, token);
    if (!source) return undefined;
    const { snapshot } = source;
    const found = relatedLocations(snapshot.analysis, source.file, document.offsetAt(position));
    if (!found) return undefined;
    const places = context.includeDeclaration ? [found.self, ...found.related] : found.related;
    return new LocationMapper(snapshot).locations(places);
  }
}
