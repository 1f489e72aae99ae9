// Turning analysis locations ({file, start, end}) and command arguments into editor locations.

import * as vscode from 'vscode';
import type { SourceLocation } from '../../core/editor';
import type { AnalysisSnapshot } from '../analysis/model';

/** Arguments of sourceLens.openLocation: analysis offsets, or an editor URI and range. */
export type OpenLocationArgs = SourceLocation | { uri: vscode.Uri | string | { scheme: string; path: string }; range?: RangeLike };

type PositionLike = { line: number; character: number };
type RangeLike = vscode.Range | { start: PositionLike; end: PositionLike } | [PositionLike, PositionLike];

export function toUri(value: vscode.Uri | string | { scheme: string; path: string }): vscode.Uri {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return vscode.Uri.parse(value);
  return vscode.Uri.from(value as { scheme: string; path: string });
}

export function toRange(value: RangeLike | undefined): vscode.Range | undefined {
  if (!value) return undefined;
  if (value instanceof vscode.Range) return value;
  const [start, end] = Array.isArray(value) ? value : [value.start, value.end];
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

export function isSourceLocation(value: unknown): value is SourceLocation {
  const v = value as SourceLocation;
  return !!v && typeof v.file === 'string' && Number.isInteger(v.start) && Number.isInteger(v.end);
}

/** The editor range of analysis offsets in an opened document (clamped by positionAt). */
export function rangeIn(document: vscode.TextDocument, location: SourceLocation): vscode.Range {
  return new vscode.Range(document.positionAt(location.start), document.positionAt(location.end));
}

/** Editor locations for analysis locations; documents are opened (not shown) to map offsets. */
export async function toLocations(snapshot: AnalysisSnapshot, locations: readonly SourceLocation[]): Promise<vscode.Location[]> {
  const out: vscode.Location[] = [];
  for (const l of locations) {
    const uri = snapshot.uriOf(l.file);
    const document = await vscode.workspace.openTextDocument(uri);
    out.push(new vscode.Location(uri, rangeIn(document, l)));
  }
  return out;
}
