// Typed access to the extension's settings (contributes.configuration in package.json).

import * as vscode from 'vscode';
import type { DecorationSettings } from '../core/editor';

export const SECTION = 'sourceLens';
export const LANGUAGE_ID = 'source-lens-article';
/** The language's filenamePatterns as a workspace glob. */
export const ARTICLE_GLOB = '**/[0-9][0-9][0-9]_*.txt';
export const EXCLUDE_GLOB = '**/{node_modules,.git}/**';

export interface HighlightSettings extends DecorationSettings {
  enabled: boolean;
}

function section(): vscode.WorkspaceConfiguration {
  return vscode.workspace.getConfiguration(SECTION);
}

export function highlightSettings(): HighlightSettings {
  const c = section();
  return {
    enabled: c.get<boolean>('highlights.enabled', true),
    entities: c.get<boolean>('highlights.entities', true),
    figures: c.get<boolean>('highlights.figures', true),
    quotes: c.get<boolean>('highlights.quotes', true),
    badges: c.get<boolean>('highlights.badges', true),
    maxPerFile: clamp(c.get<number>('highlights.maxPerFile', 1000), 50, 5000),
  };
}

export const hoverEnabled = (): boolean => section().get<boolean>('hover.enabled', true);
export const speakerHintsEnabled = (): boolean => section().get<boolean>('inlayHints.speakers', true);
export const debounceMs = (): number => clamp(section().get<number>('analysis.debounceMs', 400), 0, 5000);
export const workerThresholdChars = (): number => Math.max(0, section().get<number>('analysis.workerThresholdChars', 200000));

function clamp(n: number, lo: number, hi: number): number {
  return Number.isFinite(n) ? Math.min(hi, Math.max(lo, n)) : lo;
}

/** The user's files.associations patterns that map to the article language. */
export function associationPatterns(): string[] {
  const assoc = vscode.workspace.getConfiguration('files').get<Record<string, string>>('associations') ?? {};
  return Object.entries(assoc)
    .filter(([, lang]) => lang === LANGUAGE_ID)
    .map(([pattern]) => pattern);
}
