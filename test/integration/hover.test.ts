// Hover cards in a real editor: the shared trade figure, the disputed tariff figure, safety of the
// Markdown (only Source Lens command links), and the setting that turns hovers off.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, openSample, positionOf } from './helpers';

const F0 = '000_d8508d2c3bfe9f15.txt';

async function hoverText(uri: vscode.Uri, position: vscode.Position): Promise<{ text: string; trusted: unknown[] }> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const parts = hovers.flatMap((h) => h.contents);
  const text = parts.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
  return { text, trusted: parts.map((c) => (c instanceof vscode.MarkdownString ? c.isTrusted : undefined)) };
}

/** Escaped the way the hover escapes file names. */
const escaped = (name: string) => name.replace(/[_.]/g, (c) => `\\${c}`);

describe('hover cards', () => {
  let doc: vscode.TextDocument;
  before(async () => {
    await activateExtension();
    doc = (await openSample(F0)).document;
  });

  it('on the bilateral-trade figure lists the other sources and the relation', async () => {
    const at = positionOf(doc, '$68.7 billion', 3);
    const { text } = await hoverText(doc.uri, at);
    assert.match(text, /Figure/);
    assert.ok(text.includes(escaped('001_2bf12179e7f15e39.txt')), 'names 001');
    assert.ok(text.includes(escaped('002_f6f3d427b62fef73.txt')), 'names 002');
    assert.match(text, /variant|agrees/);
    assert.match(text, /command:sourceLens\.openLocation\?/);
  });

  it('on the US tariff figure shows the conflict with 25%', async () => {
    const at = positionOf(doc, '50%', 1);
    const { text } = await hoverText(doc.uri, at);
    assert.match(text, /conflicts/);
    assert.match(text, /\*\*25%\*\*/);
    assert.ok(text.includes(escaped('002_f6f3d427b62fef73.txt')));
  });

  it('links only to Source Lens commands and renders no raw HTML', async () => {
    for (const needle of ['$68.7 billion', '50%', 'Peskov', 'What matters']) {
      const { text } = await hoverText(doc.uri, positionOf(doc, needle, 2));
      for (const m of text.matchAll(/(?<!\\)\]\(([^)\s]*)/g)) assert.match(m[1], /^command:sourceLens\.openLocation\?/);
      assert.doesNotMatch(text, /(?<!\\)</);
    }
  });

  it('hover links open the other source at the figure', async () => {
    const { text } = await hoverText(doc.uri, positionOf(doc, '$68.7 billion', 3));
    const link = /command:sourceLens\.openLocation\?([A-Za-z0-9%._~-]+)/.exec(text);
    assert.ok(link);
    const args = JSON.parse(decodeURIComponent(link[1])) as unknown[];
    await vscode.commands.executeCommand('sourceLens.openLocation', ...args);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor);
    assert.notEqual(editor.document.uri.toString(), doc.uri.toString());
    assert.equal(editor.document.getText(editor.selection), '$68.7 billion');
    await vscode.window.showTextDocument(doc, { preview: false });
  });

  it('sourceLens.hover.enabled = false turns them off', async () => {
    const config = vscode.workspace.getConfiguration('sourceLens');
    await config.update('hover.enabled', false, vscode.ConfigurationTarget.Global);
    try {
      const { text } = await hoverText(doc.uri, positionOf(doc, '50%', 1));
      assert.doesNotMatch(text, /conflicts/);
    } finally {
      await config.update('hover.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
