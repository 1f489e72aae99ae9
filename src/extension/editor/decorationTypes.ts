// The decoration types: one per entity type, figures, quotes, the shared badge and the conflict mark.
// Colours are the theme colours contributed in package.json; each kind also has a non-colour cue
// (underline style per entity type, a border on figures, a left bar on quotes, a symbol for badges).

import * as vscode from 'vscode';
import type { EntityType } from '../../core/types';

/** A contributed colour as a CSS variable (ThemeColor cannot go inside a textDecoration string). */
const cssVar = (id: string) => `var(--vscode-${id.replace(/\./g, '-')})`;

const ENTITY_STYLE: Record<EntityType, { color: string; line: string }> = {
  person: { color: 'sourceLens.personForeground', line: 'solid' },
  organization: { color: 'sourceLens.organizationForeground', line: 'dotted' },
  place: { color: 'sourceLens.placeForeground', line: 'dashed' },
  equipment: { color: 'sourceLens.equipmentForeground', line: 'double' },
  event: { color: 'sourceLens.eventForeground', line: 'wavy' },
};

export const ENTITY_TYPES = Object.keys(ENTITY_STYLE) as EntityType[];

export interface DecorationTypes extends vscode.Disposable {
  entities: Record<EntityType, vscode.TextEditorDecorationType>;
  figure: vscode.TextEditorDecorationType;
  quote: vscode.TextEditorDecorationType;
  shared: vscode.TextEditorDecorationType;
  conflict: vscode.TextEditorDecorationType;
  all(): vscode.TextEditorDecorationType[];
}

export function createDecorationTypes(): DecorationTypes {
  const entities = Object.fromEntries(
    ENTITY_TYPES.map((type) => {
      const { color, line } = ENTITY_STYLE[type];
      return [type, vscode.window.createTextEditorDecorationType({ textDecoration: `underline ${line} ${cssVar(color)}`, rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed })];
    }),
  ) as Record<EntityType, vscode.TextEditorDecorationType>;
  const figure = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('sourceLens.figureBackground'),
    border: '1px solid',
    borderColor: new vscode.ThemeColor('sourceLens.figureBorder'),
    borderRadius: '3px',
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const quote = vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('sourceLens.quoteBackground'),
    borderStyle: 'none none none solid',
    borderWidth: '0 0 0 2px',
    borderColor: new vscode.ThemeColor('sourceLens.quoteBorder'),
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  });
  const shared = vscode.window.createTextEditorDecorationType({
    after: { color: new vscode.ThemeColor('sourceLens.sharedBadgeForeground'), margin: '0 0 0 0.15em', fontWeight: 'normal' },
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
  });
  const conflict = vscode.window.createTextEditorDecorationType({
    after: { contentText: ' ≠', color: new vscode.ThemeColor('sourceLens.conflictForeground'), fontWeight: 'bold' },
    overviewRulerColor: new vscode.ThemeColor('sourceLens.conflictForeground'),
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedOpen,
  });
  const all = () => [...Object.values(entities), figure, quote, shared, conflict];
  return { entities, figure, quote, shared, conflict, all, dispose: () => all().forEach((t) => t.dispose()) };
}
