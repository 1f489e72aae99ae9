// Decorations and inlay hints in a real editor: what is drawn on a sample, the settings that turn it
// off or cap it, and the speaker after a quote.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openSample, waitFor, type SourceLensTestApi } from './helpers';

const F0 = '000_d8508d2c3bfe9f15.txt';

interface Api extends SourceLensTestApi {
  decorationCounts(uri: vscode.Uri): Record<string, number> | undefined;
}

const total = (c: Record<string, number>) => Object.values(c).reduce((n, x) => n + x, 0);

describe('decorations and inlay hints', () => {
  let doc: vscode.TextDocument;
  let a: Api;
  before(async () => {
    a = await activateExtension<Api>();
    doc = (await openSample(F0)).document;
  });

  it('draws entities, figures, quotes, shared badges and the conflict mark', async () => {
    const counts = await waitFor(() => {
      const c = a.decorationCounts(doc.uri);
      return c && c.figures > 0 ? c : undefined;
    }, 'decorations on the sample');
    assert.ok(counts.person > 0, 'people');
    assert.ok(counts.quotes > 0, 'quotes');
    assert.ok(counts.shared > 0, 'shared badges');
    assert.ok(counts.conflicts > 0, 'conflict mark (50% vs 25%)');
  });

  it('sourceLens.highlights.enabled = false clears them; maxPerFile caps them', async () => {
    const config = vscode.workspace.getConfiguration('sourceLens');
    try {
      await config.update('highlights.enabled', false, vscode.ConfigurationTarget.Global);
      await waitFor(() => total(a.decorationCounts(doc.uri) ?? { x: 1 }) === 0, 'decorations to clear');
      await config.update('highlights.enabled', undefined, vscode.ConfigurationTarget.Global);
      await config.update('highlights.maxPerFile', 50, vscode.ConfigurationTarget.Global);
      await waitFor(() => total(a.decorationCounts(doc.uri) ?? {}) === 50, 'the cap of 50');
      await config.update('highlights.figures', false, vscode.ConfigurationTarget.Global);
      await waitFor(() => a.decorationCounts(doc.uri)?.figures === 0, 'figures off');
    } finally {
      await config.update('highlights.enabled', undefined, vscode.ConfigurationTarget.Global);
      await config.update('highlights.maxPerFile', undefined, vscode.ConfigurationTarget.Global);
      await config.update('highlights.figures', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => (a.decorationCounts(doc.uri)?.figures ?? 0) > 0, 'decorations back');
  });

  it('shows the speaker after a quote as an inlay hint', async () => {
    const range = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
    const hints = (await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, range)) ?? [];
    const labels = hints.map((h) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join('')));
    assert.ok(labels.some((l) => /^— .*Peskov/.test(l)), `speaker hints: ${labels.join(', ')}`);
  });
});
