// The part both sidebar trees share: nodes with parents (so reveal works), rebuilt on every analysis or
// filter change, with stable ids so expansion state survives refreshes; tooltips resolved lazily.

import * as vscode from 'vscode';
import type { CorpusAnalysis } from '../../core/types';
import type { AnalysisProvider } from '../analysis/model';
import type { SidebarFilter } from './filter';
import { markdownTooltip } from './treeItems';

export interface TreeNode {
  id: string;
  parent?: TreeNode;
  children: TreeNode[];
}

export abstract class OutlineTreeProvider<N extends TreeNode> implements vscode.TreeDataProvider<N>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<N | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: N[] | undefined;
  private builtFor: CorpusAnalysis | undefined;
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    protected readonly analysis: AnalysisProvider,
    protected readonly filter: SidebarFilter,
  ) {
    this.subscriptions = [
      this.changed,
      analysis.onDidChange(() => this.refresh()),
      filter.onDidChange(() => this.refresh()),
    ];
  }

  /** Builds the root nodes (with children and parents) for an analysis and filter text. */
  protected abstract build(analysis: CorpusAnalysis, filter: string): N[];
  protected abstract treeItem(node: N): vscode.TreeItem;
  /** Markdown (article text escaped) for a node's tooltip, computed on hover. */
  protected abstract tooltip(node: N): string | undefined;

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  /** The current root nodes (built on demand). */
  rootNodes(): N[] {
    const snapshot = this.analysis.current;
    if (!snapshot) return [];
    if (!this.roots || this.builtFor !== snapshot.analysis) {
      this.roots = this.build(snapshot.analysis, this.filter.text);
      this.builtFor = snapshot.analysis;
    }
    return this.roots;
  }

  /** Every node, depth first. */
  *allNodes(): Generator<N> {
    const stack = [...this.rootNodes()].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      yield node;
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as N);
    }
  }

  getChildren(element?: N): N[] {
    return element ? (element.children as N[]) : this.rootNodes();
  }

  getParent(element: N): N | undefined {
    return element.parent as N | undefined;
  }

  getTreeItem(element: N): vscode.TreeItem {
    const item = this.treeItem(element);
    item.id = element.id;
    return item;
  }

  resolveTreeItem(item: vscode.TreeItem, element: N): vscode.TreeItem {
    if (item.tooltip === undefined) {
      const markdown = this.tooltip(element);
      if (markdown) item.tooltip = markdownTooltip(markdown);
    }
    return item;
  }

  dispose(): void {
    for (const d of this.subscriptions) d.dispose();
  }
}

/** Links children to their parent and returns the parent (for building node trees inline). */
export function withChildren<N extends TreeNode>(node: N, children: TreeNode[]): N {
  node.children = children;
  for (const c of children) c.parent = node;
  return node;
}
