// Speakers view: speaker (name, role, counts) → quotes and reported claims → every source carrying each.

import * as vscode from 'vscode';
import {
  baseName,
  buildSpeakersTree,
  sourceTooltip,
  speakerCounts,
  speakerTooltip,
  statementLabel,
  statementTooltip,
  type SpeakerEntry,
  type SpeakerSource,
  type SpeakerStatement,
} from '../../core/outline';
import type { CorpusAnalysis } from '../../core/types';
import { OutlineTreeProvider, withChildren } from './outlineTree';
import { icon, openCommand, SHARED_COLOR, sourceTreeItem } from './treeItems';

export type SpeakersNode =
  | { type: 'speaker'; id: string; entry: SpeakerEntry; parent?: SpeakersNode; children: SpeakersNode[] }
  | { type: 'statement'; id: string; statement: SpeakerStatement; parent?: SpeakersNode; children: SpeakersNode[] }
  | { type: 'source'; id: string; source: SpeakerSource; parent?: SpeakersNode; children: SpeakersNode[] };

const SPEAKER_ICONS: Record<string, string> = {
  person: 'person',
  organization: 'organization',
  description: 'account',
};

export class SpeakersTreeProvider extends OutlineTreeProvider<SpeakersNode> {
  protected build(analysis: CorpusAnalysis, filter: string): SpeakersNode[] {
    return buildSpeakersTree(analysis, { filter }).map((entry) =>
      withChildren<SpeakersNode>(
        { type: 'speaker', id: entry.id, entry, children: [] },
        entry.statements.map((statement) =>
          withChildren<SpeakersNode>(
            { type: 'statement', id: statement.id, statement, children: [] },
            // A statement only its own source carries is a leaf; clicking it opens that source.
            statement.sources.length > 1
              ? statement.sources.map((source) => ({ type: 'source' as const, id: source.id, source, children: [] }))
              : [],
          ),
        ),
      ),
    );
  }

  protected treeItem(node: SpeakersNode): vscode.TreeItem {
    switch (node.type) {
      case 'speaker': {
        const e = node.entry;
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.description = [e.role, speakerCounts(e)].filter(Boolean).join(' · ');
        item.iconPath = icon(SPEAKER_ICONS[e.kind] ?? 'person');
        item.contextValue = 'sourceLens.speaker';
        item.accessibilityInformation = { label: `${e.name}${e.role ? `, ${e.role}` : ''}, ${speakerCounts(e)}` };
        return item;
      }
      case 'statement': {
        const s = node.statement;
        const shared = s.sourceCount > 1;
        const item = new vscode.TreeItem(
          statementLabel(s),
          node.children.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
        );
        item.description = shared ? `${baseName(s.file)} · ${s.sourceCount} sources` : baseName(s.file);
        item.iconPath = icon(s.kind === 'quote' ? 'quote' : 'comment', shared ? SHARED_COLOR : undefined);
        item.command = openCommand(s);
        item.contextValue = `sourceLens.${s.kind}`;
        return item;
      }
      case 'source':
        return sourceTreeItem(node.source);
    }
  }

  protected tooltip(node: SpeakersNode): string {
    switch (node.type) {
      case 'speaker':
        return speakerTooltip(node.entry);
      case 'statement':
        return statementTooltip(node.statement);
      case 'source':
        return sourceTooltip(node.source);
    }
  }

  /** The innermost quote or claim node at an offset of a file (for following the cursor). */
  statementAt(file: string, offset: number): SpeakersNode | undefined {
    let best: { node: SpeakersNode; size: number } | undefined;
    for (const node of this.rootNodes().flatMap((n) => n.children)) {
      if (node.type !== 'statement') continue;
      const s = node.statement;
      if (s.file !== file || offset < s.start || offset > s.end) continue;
      const size = s.end - s.start;
      if (!best || size < best.size) best = { node, size };
    }
    return best?.node;
  }
}
