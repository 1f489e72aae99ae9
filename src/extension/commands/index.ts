// Registers the core commands (the sidebar registers its own filter commands).

import * as vscode from 'vscode';
import type { AnalysisProvider } from '../analysis/model';
import { SECTION } from '../config';
import { goToRelated, showAllSources } from './navigation';
import { openLocation } from './openLocation';
import type { OpenLocationArgs } from './locations';
import { readAsSource } from './readAsSource';
import { showReport } from './report';

/** Flips sourceLens.highlights.enabled where it is set (workspace), else for the user. */
export async function toggleHighlights(): Promise<boolean> {
  const config = vscode.workspace.getConfiguration(SECTION);
  const next = !config.get<boolean>('highlights.enabled', true);
  const inspected = config.inspect<boolean>('highlights.enabled');
  const target = inspected?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update('highlights.enabled', next, target);
  return next;
}

export function registerCommands(analysis: AnalysisProvider, log: vscode.LogOutputChannel): vscode.Disposable {
  const register = (id: string, run: (...args: never[]) => unknown) =>
    vscode.commands.registerCommand(id, async (...args: never[]) => {
      try {
        return await run(...args);
      } catch (err) {
        log.error(`${id} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return undefined;
      }
    });
  return vscode.Disposable.from(
    register('sourceLens.openLocation', (args: OpenLocationArgs) => openLocation(analysis, log, args)),
    register('sourceLens.nextRelated', () => goToRelated(analysis, log, 1)),
    register('sourceLens.previousRelated', () => goToRelated(analysis, log, -1)),
    register('sourceLens.showAllSources', () => showAllSources(analysis)),
    register('sourceLens.readAsSource', (uri: vscode.Uri) => readAsSource(analysis, log, uri)),
    register('sourceLens.toggleHighlights', () => toggleHighlights()),
    register('sourceLens.refresh', () => analysis.refresh()),
    register('sourceLens.showReport', () => showReport(analysis, log)),
    register('sourceLens.showSidebar', () => vscode.commands.executeCommand('workbench.view.extension.sourceLens')),
  );
}
