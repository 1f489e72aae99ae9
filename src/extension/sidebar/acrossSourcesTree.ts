// Across Sources view: cross-source groups (conflicts first) → the competing values or wordings →
// the sources behind each with their sentence.

import * as vscode from 'vscode';
import {
  buildAcrossSourcesTree,
  groupTooltip,
  plural,
  sideTooltip,
  sourceTooltip,
  type AcrossGroupEntry,
  type AcrossSide,
  type AcrossSource,
} from '../../core/outline';
import type { CorpusAnalysis } from '../../core/types';
import { OutlineTreeProvider, withChildren } from './outlineTree';
import { CONFLICT_COLOR, icon, SHARED_COLOR, sourceTreeItem } from './treeItems';

export type AcrossNode =
  | { type: 'group'; id: string; group: AcrossGroupEntry; parent?: AcrossNode; children: AcrossNode[] }
  | { type: 'side'; id: string; side: AcrossSide; group: AcrossGroupEntry; parent?: AcrossNode; children: AcrossNode[] }
  | { type: 'source'; id: string; source: AcrossSource; group: AcrossGroupEntry; parent?: AcrossNode; children: AcrossNode[] };

const KIND_ICONS: Record<AcrossGroupEntry['kind'], string> = {
  figure: 'symbol-number',
  quote: 'quote',
  claim: 'comment-discussion',
};

export class AcrossSourcesTreeProvider extends OutlineTreeProvider<AcrossNode> {
  protected build(analysis: CorpusAnalysis, filter: string): AcrossNode[] {
    return buildAcrossSourcesTree(analysis, { filter }).map((group) => {
      const sourceNodes = (side: AcrossSide): AcrossNode[] =>
        side.sources.map((source) => ({ type: 'source' as const, id: source.id, source, group, children: [] }));
      const children = group.showSides
        ? group.sides.map((side) => withChildren<AcrossNode>({ type: 'side', id: side.id, side, group, children: [] }, sourceNodes(side)))
        : group.sides.flatMap(sourceNodes);
      return withChildren<AcrossNode>({ type: 'group', id: group.id, group, children: [] }, children);
    });
  }

  protected treeItem(node: AcrossNode): vscode.TreeItem {
    switch (node.type) {
      case 'group': {
        const g = node.group;
        const item = new vscode.TreeItem(g.label, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = g.description;
        item.iconPath =
          g.relation === 'conflict'
            ? icon('warning', CONFLICT_COLOR)
            : icon(KIND_ICONS[g.kind], g.relation === 'agree' ? SHARED_COLOR : undefined);
        item.contextValue = `sourceLens.group.${g.relation}`;
        const relation = g.relation === 'conflict' ? 'conflict' : g.relation === 'variant' ? 'different wording' : 'agreement';
        item.accessibilityInformation = { label: `${relation}: ${g.label}, ${g.description}` };
        return item;
      }
      case 'side': {
        const item = new vscode.TreeItem(node.side.label, vscode.TreeItemCollapsibleState.Expanded);
        item.description = plural(node.side.sourceCount, 'source');
        item.iconPath = icon(node.group.kind === 'figure' ? 'symbol-value' : 'quote');
        item.contextValue = 'sourceLens.side';
        return item;
      }
      case 'source':
        return sourceTreeItem(node.source);
    }
  }

  protected tooltip(node: AcrossNode): string {
    switch (node.type) {
      case 'group':
        return groupTooltip(node.group);
      case 'side':
        return sideTooltip(node.side);
      case 'source':
        return sourceTooltip(node.source);
    }
  }

  /** The source node of a group (by analysis group id) at an offset of a file, else the group's node. */
  nodeForGroup(groupId: string, file: string, offset: number): AcrossNode | undefined {
    const groupNode = this.rootNodes().find((n) => n.type === 'group' && n.group.groupId === groupId);
    if (!groupNode) return undefined;
    for (const node of this.allNodesUnder(groupNode)) {
      if (node.type === 'source' && node.source.file === file && node.source.start <= offset && offset <= node.source.end) return node;
    }
    return groupNode;
  }

  private *allNodesUnder(node: AcrossNode): Generator<AcrossNode> {
    for (const child of node.children) {
      yield child;
      yield* this.allNodesUnder(child);
    }
  }
}
