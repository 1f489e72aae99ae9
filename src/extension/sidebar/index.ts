// The Source Lens sidebar: the Speakers and Across Sources trees, their filter, and cursor following.

import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/model';
import { AcrossSourcesTreeProvider, type AcrossNode } from './acrossSourcesTree';
import { SidebarFilter } from './filter';
import { followCursor } from './followCursor';
import { SpeakersTreeProvider, type SpeakersNode } from './speakersTree';

export { AcrossSourcesTreeProvider, type AcrossNode } from './acrossSourcesTree';
export { SidebarFilter } from './filter';
export { followCursor, type FollowedViews } from './followCursor';
export { SpeakersTreeProvider, type SpeakersNode } from './speakersTree';

export const SPEAKERS_VIEW = 'sourceLens.speakers';
export const ACROSS_SOURCES_VIEW = 'sourceLens.acrossSources';

export interface Sidebar {
  filter: SidebarFilter;
  speakers: SpeakersTreeProvider;
  acrossSources: AcrossSourcesTreeProvider;
  speakersView: vscode.TreeView<SpeakersNode>;
  acrossView: vscode.TreeView<AcrossNode>;
}

let registered: Sidebar | undefined;

/** The registered sidebar (for tests and other features in the same bundle); undefined before registration. */
export function currentSidebar(): Sidebar | undefined {
  return registered;
}

export function registerSidebar(context: vscode.ExtensionContext, analysis: AnalysisProvider): Sidebar {
  const filter = new SidebarFilter();
  const speakers = new SpeakersTreeProvider(analysis, filter);
  const acrossSources = new AcrossSourcesTreeProvider(analysis, filter);
  const speakersView = vscode.window.createTreeView(SPEAKERS_VIEW, { treeDataProvider: speakers, showCollapseAll: true });
  const acrossView = vscode.window.createTreeView(ACROSS_SOURCES_VIEW, { treeDataProvider: acrossSources, showCollapseAll: true });

  const showFilter = () => {
    const text = filter.text;
    const description = text ? `Filter: ${text}` : undefined;
    speakersView.description = description;
    acrossView.description = description;
    // Only a filter can empty a tree that has an analysis; say so rather than show a blank view.
    const none = (tree: { rootNodes(): unknown[] }) =>
      text && analysis.current && tree.rootNodes().length === 0 ? `Nothing matches “${text}”.` : undefined;
    speakersView.message = none(speakers);
    acrossView.message = none(acrossSources);
  };

  const sidebar: Sidebar = { filter, speakers, acrossSources, speakersView, acrossView };
  registered = sidebar;
  void vscode.commands.executeCommand('setContext', 'sourceLens.sidebarFiltered', false);
  context.subscriptions.push(
    filter,
    speakers,
    acrossSources,
    speakersView,
    acrossView,
    filter.onDidChange(showFilter),
    analysis.onDidChange(showFilter),
    vscode.commands.registerCommand('sourceLens.filterSidebar', () => filter.prompt()),
    vscode.commands.registerCommand('sourceLens.clearSidebarFilter', () => filter.set('')),
    followCursor(analysis, sidebar),
    { dispose: () => (registered = registered === sidebar ? undefined : registered) },
  );
  return sidebar;
}
