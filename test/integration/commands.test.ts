// Commands: next / previous related statement across files, Show All Sources, open location, the
// status bar, Toggle Highlights, Read This File as a Source, the report.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { activateExtension, positionOf, sampleUri, waitFor, workspaceFolder, type SourceLensTestApi } from './helpers';

const F0 = '000_d8508d2c3bfe9f15.txt';
const F1 = '001_2bf12179e7f15e39.txt';
const LANGUAGE = 'source-lens-article';

interface Api extends SourceLensTestApi {
  whenIdle(): Promise<{ analysis: { documents: { file: string }[] } } | undefined>;
  readonly statusBarText: string;
}

const api = () => activateExtension<Api>();

async function openAt(name: string, needle: string, delta = 1): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(sampleUri(name));
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const pos = positionOf(doc, needle, delta);
  editor.selection = new vscode.Selection(pos, pos);
  await api();
  return editor;
}

const baseName = (uri: vscode.Uri) => uri.path.split('/').pop();

describe('commands', () => {
  before(async () => {
    await api();
  });

  it('next related statement lands on the same figure in another file', async () => {
    await openAt(F0, '$68.7 billion');
    await vscode.commands.executeCommand('sourceLens.nextRelated');
    const editor = vscode.window.activeTextEditor!;
    assert.equal(baseName(editor.document.uri), F1);
    assert.equal(editor.document.getText(editor.selection), '$68.7 billion');
  });

  it('previous related statement goes back, and wraps around past the first source', async () => {
    await vscode.commands.executeCommand('sourceLens.previousRelated');
    let editor = vscode.window.activeTextEditor!;
    assert.equal(baseName(editor.document.uri), F0);
    assert.equal(editor.document.getText(editor.selection), '$68.7 billion');
    await vscode.commands.executeCommand('sourceLens.previousRelated');
    editor = vscode.window.activeTextEditor!;
    assert.notEqual(baseName(editor.document.uri), F0);
    assert.equal(editor.document.getText(editor.selection), '$68.7 billion');
  });

  it('show all sources runs on a grouped statement', async () => {
    await openAt(F0, '50%');
    await vscode.commands.executeCommand('sourceLens.showAllSources');
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('openLocation accepts {uri, range}', async () => {
    const uri = sampleUri(F1);
    await vscode.commands.executeCommand('sourceLens.openLocation', { uri, range: new vscode.Range(0, 0, 0, 5) });
    const editor = vscode.window.activeTextEditor!;
    assert.equal(baseName(editor.document.uri), F1);
    assert.equal(editor.document.getText(editor.selection).length, 5);
  });

  it('the status bar counts sources and conflicts', async () => {
    const a = await api();
    assert.match(a.statusBarText, /^\$\(book\) Source Lens: 5 sources · \d+ conflicts?$/);
  });

  it('toggle highlights flips sourceLens.highlights.enabled', async () => {
    const config = () => vscode.workspace.getConfiguration('sourceLens');
    const before = config().get<boolean>('highlights.enabled');
    const inspected = config().inspect<boolean>('highlights.enabled');
    try {
      await vscode.commands.executeCommand('sourceLens.toggleHighlights');
      assert.equal(config().get<boolean>('highlights.enabled'), !before);
      await vscode.commands.executeCommand('sourceLens.toggleHighlights');
      assert.equal(config().get<boolean>('highlights.enabled'), before);
    } finally {
      await config().update('highlights.enabled', inspected?.globalValue, vscode.ConfigurationTarget.Global);
    }
  });

  it('read as source maps the file in files.associations and analyses it', async () => {
    const root = workspaceFolder().uri.fsPath;
    const dotVscode = path.join(root, '.vscode');
    const hadDotVscode = fs.existsSync(dotVscode);
    const settingsFile = path.join(dotVscode, 'settings.json');
    const hadSettings = fs.existsSync(settingsFile) ? fs.readFileSync(settingsFile, 'utf8') : undefined;
    const name = `zz-read-as-source-${process.pid}.txt`;
    const file = path.join(root, name);
    fs.writeFileSync(file, 'A Test Article\nThe agency said imports rose by 12% last year.\n');
    const files = () => vscode.workspace.getConfiguration('files');
    const previous = files().inspect<Record<string, string>>('associations')?.workspaceValue;
    try {
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
      await vscode.window.showTextDocument(doc, { preview: false });
      await vscode.commands.executeCommand('sourceLens.readAsSource');
      const assoc = files().inspect<Record<string, string>>('associations')?.workspaceValue ?? {};
      const key = Object.keys(assoc).find((k) => k.endsWith(name));
      assert.ok(key, 'an association for the file was written');
      assert.equal(assoc[key], LANGUAGE);
      await waitFor(() => vscode.workspace.textDocuments.find((d) => d.uri.fsPath === file)?.languageId === LANGUAGE, 'the language to switch');
      const snapshot = await waitFor(async () => {
        const s = await (await api()).whenIdle();
        return s?.analysis.documents.some((d) => d.file.endsWith(name)) ? s : undefined;
      }, 'the file to be analysed');
      assert.ok(snapshot.analysis.documents.length >= 6);
      assert.equal(fs.readFileSync(file, 'utf8'), 'A Test Article\nThe agency said imports rose by 12% last year.\n', 'the article is untouched');
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      await files().update('associations', previous, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(file, { force: true });
      if (hadSettings !== undefined) fs.writeFileSync(settingsFile, hadSettings);
      else if (!hadDotVscode) fs.rmSync(dotVscode, { recursive: true, force: true });
      await waitFor(async () => {
        const s = await (await api()).whenIdle();
        return s && !s.analysis.documents.some((d) => d.file.endsWith(name));
      }, 'the temporary file to leave the corpus');
    }
  });

  it('show report opens an untitled Markdown document with the report', async () => {
    await vscode.commands.executeCommand('sourceLens.showReport');
    const report = await waitFor(
      () => vscode.workspace.textDocuments.find((d) => d.isUntitled && d.languageId === 'markdown' && d.getText().startsWith('# Source Lens report')),
      'the report document',
    );
    assert.match(report.getText(), /5 sources/);
    await vscode.window.showTextDocument(report);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });
});

describe('analysis service', () => {
  interface Snapshot {
    analysis: { documents: { file: string; text: string }[]; groups: unknown[] };
    versionOf(file: string): number | undefined;
    fileOf(uri: vscode.Uri): string | undefined;
  }
  const idle = async () => (await api()).whenIdle() as unknown as Promise<Snapshot | undefined>;

  it('unsaved edits win over the disk and are analysed at their version', async () => {
    const editor = await openAt(F0, '$68.7 billion');
    const doc = editor.document;
    try {
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'EDITED '));
      const snapshot = await waitFor(async () => {
        const s = await idle();
        const file = s?.fileOf(doc.uri);
        return s && file && s.versionOf(file) === doc.version ? s : undefined;
      }, 'the edited version to be analysed');
      const analysed = snapshot.analysis.documents.find((d) => d.file === snapshot.fileOf(doc.uri));
      assert.ok(analysed?.text.startsWith('EDITED '));
      const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, '50%', 1))) ?? [];
      const text = hovers.flatMap((h) => h.contents).map((c) => (typeof c === 'string' ? c : c.value)).join('\n');
      assert.match(text, /conflicts/, 'the hover follows the edited offsets');
    } finally {
      const shown = await vscode.window.showTextDocument(doc);
      if (doc.getText().startsWith('EDITED ')) await shown.edit((e) => e.delete(new vscode.Range(0, 0, 0, 'EDITED '.length)));
      if (doc.isDirty) await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitFor(async () => {
      const s = await idle();
      return s?.analysis.documents.some((d) => d.file === s.fileOf(doc.uri) && !d.text.startsWith('EDITED '));
    }, 'the reverted text to be analysed');
  });

  it('analyses in a worker thread when the corpus is larger than the threshold', async () => {
    const config = vscode.workspace.getConfiguration('sourceLens');
    try {
      await config.update('analysis.workerThresholdChars', 0, vscode.ConfigurationTarget.Global);
      await vscode.commands.executeCommand('sourceLens.refresh');
      const s = await idle();
      assert.equal(s?.analysis.documents.length, 5);
      assert.ok((s?.analysis.groups.length ?? 0) > 10);
    } finally {
      await config.update('analysis.workerThresholdChars', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
