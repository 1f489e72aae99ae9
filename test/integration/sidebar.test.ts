// The sidebar's tree data in a real extension host over samples/. The providers are constructed here
// over the running extension's analysis (the same classes the extension registers), since the test
// bundle cannot reach the extension bundle's module instances.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { AnalysisProvider, AnalysisSnapshot } from '../../src/extension/analysis/model';
import { AcrossSourcesTreeProvider, followCursor, SidebarFilter, SpeakersTreeProvider } from '../../src/extension/sidebar';
import type { AcrossNode, SpeakersNode } from '../../src/extension/sidebar';
import { activateExtension, offsetOf, openSample } from './helpers';

const F0 = '000_d8508d2c3bfe9f15.txt';

interface Api {
  whenIdle(): Promise<unknown>;
  readonly current: AnalysisSnapshot | undefined;
}

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : (item.label?.label ?? ''));

describe('sidebar trees', () => {
  let api: Api;
  let analysis: AnalysisProvider;
  const disposables: vscode.Disposable[] = [];

  before(async () => {
    api = await activateExtension<Api>();
    const changed = new vscode.EventEmitter<AnalysisSnapshot>();
    disposables.push(changed);
    analysis = {
      get current() {
        return api.current;
      },
      onDidChange: changed.event,
      refresh: () => undefined,
    };
  });

  after(() => {
    for (const d of disposables) d.dispose();
  });

  function trees() {
    const filter = new SidebarFilter();
    const speakers = new SpeakersTreeProvider(analysis, filter);
    const across = new AcrossSourcesTreeProvider(analysis, filter);
    disposables.push(filter, speakers, across);
    return { filter, speakers, across };
  }

  it('Speakers: speakers with counts → quotes → every source, clicking opens the place', async () => {
    const { speakers } = trees();
    const roots = speakers.getChildren();
    assert.ok(roots.length >= 5, `${roots.length} speakers`);
    const items = roots.map((n) => speakers.getTreeItem(n));
    assert.ok(items.every((i) => typeof i.id === 'string' && /\d+ (quotes?|claims?) · \d+ sources?$/.test(String(i.description))));
    // A speaker quoted by several sources, one of whose quotes other sources also carry.
    const shared = roots
      .flatMap((s) => speakers.getChildren(s).map((st) => ({ s, st })))
      .find(({ st }) => speakers.getChildren(st).length > 1);
    assert.ok(shared, 'a quote carried by several sources');
    const statementItem = speakers.getTreeItem(shared.st);
    assert.equal(statementItem.command?.command, 'sourceLens.openLocation');
    const sources = speakers.getChildren(shared.st);
    const sourceItems = sources.map((n) => speakers.getTreeItem(n));
    assert.ok(new Set(sourceItems.map(label)).size >= 2, 'several files');
    const args = sourceItems[0].command?.arguments?.[0] as { file: string; start: number; end: number };
    assert.ok(args && typeof args.file === 'string' && args.end > args.start);
    assert.equal(speakers.getParent(sources[0]), shared.st, 'parents for reveal');

    // The click command opens the source and selects the quote.
    await vscode.commands.executeCommand(statementItem.command!.command, ...(statementItem.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && !editor.selection.isEmpty, 'a selection in the opened source');
    assert.ok(editor.document.getText(editor.selection).length > 5);
  });

  it('Across Sources: conflicts first, showing the competing values, sources with their sentence', () => {
    const { across } = trees();
    const roots = across.getChildren();
    assert.ok(roots.length > 0);
    const items = roots.map((n) => across.getTreeItem(n));
    assert.equal((items[0].iconPath as vscode.ThemeIcon).id, 'warning');
    const firstNonConflict = roots.findIndex((n: AcrossNode) => n.type === 'group' && n.group.relation !== 'conflict');
    assert.ok(firstNonConflict > 0);
    assert.ok(roots.slice(firstNonConflict).every((n) => n.type === 'group' && n.group.relation !== 'conflict'));
    const vs = items.find((i) => / vs /.test(String(i.description)));
    assert.ok(vs, 'a conflict showing both values');
    assert.match(String(vs.description), /^\S+ \(\d+ sources?\) vs \S+ \(\d+\)/);
    const conflict = roots[items.indexOf(vs)];
    const sides = across.getChildren(conflict);
    assert.ok(sides.length >= 2);
    const leaf = across.getChildren(sides[0])[0];
    const leafItem = across.getTreeItem(leaf);
    assert.match(label(leafItem), /^\d{3}_.*\.txt$/);
    assert.ok(String(leafItem.description).length > 10, 'the sentence');
    assert.equal(leafItem.command?.command, 'sourceLens.openLocation');
  });

  it('tooltips are resolved lazily as escaped, untrusted Markdown', () => {
    const { speakers, across } = trees();
    const node: SpeakersNode = speakers.getChildren()[0];
    const item = speakers.getTreeItem(node);
    assert.equal(item.tooltip, undefined, 'no tooltip until hovered');
    const resolved = speakers.resolveTreeItem(item, node);
    assert.ok(resolved.tooltip instanceof vscode.MarkdownString);
    assert.ok(!resolved.tooltip.isTrusted);
    const group = across.getChildren()[0];
    const tip = across.resolveTreeItem(across.getTreeItem(group), group).tooltip as vscode.MarkdownString;
    assert.match(tip.value, /\\\./, 'file names and text are escaped');
  });

  it('the filter narrows both trees and keeps ids stable', () => {
    const { filter, speakers, across } = trees();
    const before = speakers.getChildren().map((n) => n.id);
    const first = speakers.getChildren()[0];
    const name = label(speakers.getTreeItem(first));
    filter.set(name.split(' ').pop()!);
    const after = speakers.getChildren();
    assert.ok(after.length >= 1 && after.length < before.length);
    assert.ok(after.some((n) => n.id === first.id), 'same id after filtering');
    filter.set('zzzz-no-such-text');
    assert.equal(speakers.getChildren().length, 0);
    assert.equal(across.getChildren().length, 0);
    filter.set('');
    assert.deepEqual(speakers.getChildren().map((n) => n.id), before);
  });

  it('follows the cursor: reveals the quote and its group under it, without focus', async () => {
    const { speakers, across } = trees();
    const revealed: { view: string; node: SpeakersNode | AcrossNode; options?: { focus?: boolean } }[] = [];
    // Stand-ins for the views (visible), recording what would be revealed.
    const view = <T extends SpeakersNode | AcrossNode>(name: string) =>
      ({
        visible: true,
        reveal: async (node: T, options?: { focus?: boolean }) => {
          revealed.push({ view: name, node, options });
        },
      }) as unknown as vscode.TreeView<T>;
    const following = followCursor(analysis, {
      speakers,
      speakersView: view<SpeakersNode>('speakers'),
      acrossSources: across,
      acrossView: view<AcrossNode>('across'),
    });
    disposables.push(following);
    const editor = await openSample(F0);
    const doc = editor.document;
    const at = doc.positionAt(offsetOf(doc, 'What matters to us') + 5);
    editor.selection = new vscode.Selection(at, at);
    const deadline = Date.now() + 5000;
    while (revealed.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const quote = revealed.find((r) => r.view === 'speakers')?.node;
    assert.ok(quote?.type === 'statement' && quote.statement.text.startsWith('What matters to us'), 'the quote in Speakers');
    const place = revealed.find((r) => r.view === 'across')?.node as AcrossNode | undefined;
    assert.ok(place?.type === 'source' && place.source.file === F0 && place.group.kind === 'quote', 'its place in the quote group');
    assert.ok(revealed.every((r) => r.options?.focus === false), 'never takes focus');

    // Turned off: nothing more is revealed.
    const config = vscode.workspace.getConfiguration('sourceLens');
    await config.update('sidebar.followCursor', false, vscode.ConfigurationTarget.Global);
    try {
      const count = revealed.length;
      const elsewhere = doc.positionAt(offsetOf(doc, '50%') + 1);
      editor.selection = new vscode.Selection(elsewhere, elsewhere);
      await new Promise((r) => setTimeout(r, 600));
      assert.equal(revealed.length, count);
    } finally {
      await config.update('sidebar.followCursor', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('the registered views exist and the filter commands run', async () => {
    await vscode.commands.executeCommand('sourceLens.clearSidebarFilter');
    await vscode.commands.executeCommand('workbench.view.extension.sourceLens');
  });
});
