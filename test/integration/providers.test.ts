// Navigation providers in a real extension host over samples/: Find All References across files, the
// Outline's speakers and quotes, Go to Symbol in Workspace, quote CodeLenses, conflict diagnostics.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, offsetOf, openSample, sampleUri, waitFor } from './helpers';

const F0 = '000_d8508d2c3bfe9f15.txt';
const F2 = '002_f6f3d427b62fef73.txt';
const baseName = (uri: vscode.Uri) => uri.path.split('/').pop() ?? '';

describe('providers', () => {
  before(async () => {
    await activateExtension();
  });

  it('Find All References on the 50% figure lists the same figure in several files', async () => {
    const editor = await openSample(F0);
    const doc = editor.document;
    const position = doc.positionAt(offsetOf(doc, '50%') + 1);
    const locations = await waitFor(
      async () => {
        const found = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, position);
        return found && found.length > 0 ? found : undefined;
      },
      'references on the 50% figure',
    );
    const files = new Set(locations.map((l) => baseName(l.uri)));
    assert.ok(files.size >= 3, `references in ${[...files].join(', ')}`);
    assert.ok(files.has(F0), 'the figure itself is included (includeDeclaration)');
    for (const l of locations) {
      const other = await vscode.workspace.openTextDocument(l.uri);
      assert.match(other.getText(l.range), /^\d+%$/, `${baseName(l.uri)} ${other.getText(l.range)}`);
    }
  });

  it('the Outline lists the file’s speakers with their quotes', async () => {
    const editor = await openSample(F0);
    const symbols = await waitFor(
      async () => {
        const found = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
        return found && found.length > 0 ? found : undefined;
      },
      'document symbols',
    );
    const speakers = symbols.filter((s) => s.kind === vscode.SymbolKind.Object || s.kind === vscode.SymbolKind.Module);
    assert.ok(speakers.length >= 2, `speakers: ${symbols.map((s) => s.name).join(', ')}`);
    const withQuotes = speakers.find((s) => s.children.length >= 2);
    assert.ok(withQuotes, 'a speaker with two quotes');
    for (const q of withQuotes.children) {
      assert.equal(q.kind, vscode.SymbolKind.String);
      assert.ok(withQuotes.range.contains(q.range), 'quote inside its speaker');
      assert.ok(editor.document.getText(q.selectionRange).length > 3);
    }
  });

  it('answers the Outline of a just-edited article with the analysis of that edit, not an empty outline', async () => {
    // The editor asks for symbols once per document version and keeps the answer, so the provider must wait for
    // the pending analysis of the new version rather than answer before it arrives.
    const editor = await openSample(F2);
    const doc = editor.document;
    try {
      await editor.edit((e) => e.insert(doc.positionAt(doc.getText().length), '\n'));
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      assert.ok(symbols && symbols.length > 0, 'the first answer for the edited version is empty');
    } finally {
      if (doc.isDirty) {
        await vscode.window.showTextDocument(doc);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
    }
  });

  it('Go to Symbol in Workspace finds a speaker by part of the name, in several files', async () => {
    const editor = await openSample(F0);
    const doc = editor.document;
    // The query is a piece of a speaker's name taken from the quotes' attribution, not written here.
    const at = offsetOf(doc, 'Peskov');
    const query = doc.getText(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 4))).toLowerCase();
    const symbols = await waitFor(
      async () => {
        const found = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', query);
        return found?.some((s) => s.name.toLowerCase().includes(query)) ? found : undefined;
      },
      `workspace symbols for "${query}"`,
    );
    const hits = symbols.filter((s) => s.name.toLowerCase().includes(query));
    assert.ok(new Set(hits.map((s) => baseName(s.location.uri))).size >= 3);
  });

  it('shows a lens over a quote other sources carry, opening the peek view', async () => {
    const editor = await openSample(F0);
    const lenses = await waitFor(
      async () => {
        const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri);
        return found?.some((l) => l.command?.title.startsWith('Also quoted in')) ? found : undefined;
      },
      'a quote lens',
    );
    const lens = lenses.find((l) => l.command?.title.startsWith('Also quoted in'))!;
    assert.match(lens.command!.title, /^Also quoted in \d+ sources?: \d{3}_/);
    assert.equal(lens.command!.command, 'editor.action.showReferences');
    const [uri, , locations] = lens.command!.arguments as [vscode.Uri, vscode.Position, vscode.Location[]];
    assert.equal(uri.toString(), editor.document.uri.toString());
    assert.ok(locations.length >= 1 && locations.every((l) => l.uri.toString() !== uri.toString()));
  });

  it('lists a cross-source conflict as an information diagnostic related to another file', async () => {
    await activateExtension();
    const uri = sampleUri(F2);
    const diagnostic = await waitFor(
      () => vscode.languages.getDiagnostics(uri).find((d) => d.source === 'Source Lens' && (d.relatedInformation?.length ?? 0) > 0),
      'a Source Lens diagnostic on 002',
    );
    assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Information);
    assert.match(diagnostic.message, /^Other sources differ/);
    const related = diagnostic.relatedInformation![0];
    assert.notEqual(related.location.uri.toString(), uri.toString());
    assert.ok(diagnostic.message.includes(baseName(related.location.uri)), 'the message names the other source');
    const other = await vscode.workspace.openTextDocument(related.location.uri);
    assert.ok(other.getText(related.location.range).length > 10, 'related range is the other source’s sentence');
  });

  it('turning diagnostics off clears them', async () => {
    const config = vscode.workspace.getConfiguration('sourceLens');
    const uri = sampleUri(F2);
    try {
      await config.update('diagnostics.enabled', false, vscode.ConfigurationTarget.Global);
      await waitFor(() => !vscode.languages.getDiagnostics(uri).some((d) => d.source === 'Source Lens'), 'diagnostics cleared');
    } finally {
      await config.update('diagnostics.enabled', undefined, vscode.ConfigurationTarget.Global);
    }
    await waitFor(() => vscode.languages.getDiagnostics(uri).some((d) => d.source === 'Source Lens'), 'diagnostics back');
  });
});
