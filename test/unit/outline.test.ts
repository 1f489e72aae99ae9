import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from '../../src/core/analyze';
import {
  buildAcrossSourcesTree,
  buildConflictDiagnostics,
  buildDocumentSymbols,
  buildQuoteLenses,
  buildSpeakersTree,
  relatedLocations,
  searchWorkspaceSymbols,
  speakerCounts,
} from '../../src/core/outline';
import { positionAt } from '../../src/core/query';
import type { CorpusAnalysis } from '../../src/core/types';

// The outline builders over the five sample articles (the real corpus the extension is tried on).
const SAMPLES = path.join(__dirname, '..', '..', 'samples');
const FIRST = '000_d8508d2c3bfe9f15.txt';

let corpus: CorpusAnalysis;
before(() => {
  const files = readdirSync(SAMPLES).filter((f) => f.endsWith('.txt')).sort();
  corpus = analyzeCorpus(files.map((file) => ({ file, text: readFileSync(path.join(SAMPLES, file), 'utf8') })));
});

const textOf = (file: string) => corpus.documents.find((d) => d.file === file)!.text;

describe('outline: speakers tree (samples)', () => {
  it('lists a speaker quoted in several sources, with counts, role and quotes carried by other sources', () => {
    const tree = buildSpeakersTree(corpus);
    const peskov = tree.find((s) => s.name === 'Dmitry Peskov');
    assert.ok(peskov, 'no entry for the Kremlin spokesman');
    assert.equal(peskov.kind, 'person');
    assert.match(peskov.role ?? '', /Kremlin/);
    assert.ok(peskov.files.length >= 3, `quoted in ${peskov.files.length} sources`);
    assert.match(speakerCounts(peskov), /\d+ quotes · .*\d+ sources/);
    const shared = peskov.statements.find((s) => s.kind === 'quote' && s.text.startsWith('What matters to us'));
    assert.ok(shared, 'the shared quote is under the speaker');
    assert.equal(shared.sources[0].file, shared.file, 'own source first');
    assert.ok(shared.sources[0].own);
    const files = new Set(shared.sources.map((s) => s.file));
    assert.ok(files.size >= 3, `carried by ${files.size} sources`);
    for (const src of shared.sources) assert.ok(src.sentence.length >= src.text.length - 2, 'each source comes with its sentence');
  });

  it('gives every node a unique id that does not depend on offsets', () => {
    const ids = buildSpeakersTree(corpus).flatMap((s) => [s.id, ...s.statements.flatMap((st) => [st.id, ...st.sources.map((x) => x.id)])]);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(ids.every((id) => !/:\d{3,}$/.test(id)));
  });

  it('filters by speaker name or by words of a quote', () => {
    const byName = buildSpeakersTree(corpus, { filter: 'peskov' });
    assert.deepEqual(byName.map((s) => s.name), ['Dmitry Peskov']);
    const byWords = buildSpeakersTree(corpus, { filter: 'optics underscore' });
    assert.ok(byWords.length >= 1);
    assert.ok(byWords.every((s) => s.statements.every((st) => /optics underscore/i.test(st.text))));
    assert.equal(buildSpeakersTree(corpus, { filter: 'zzzz-nothing' }).length, 0);
  });
});

describe('outline: across-sources tree (samples)', () => {
  it('puts conflicts first and shows the competing values with their counts', () => {
    const tree = buildAcrossSourcesTree(corpus);
    const firstOther = tree.findIndex((g) => g.relation !== 'conflict');
    assert.ok(firstOther > 0, 'there are conflicts');
    assert.ok(tree.slice(firstOther).every((g) => g.relation !== 'conflict'), 'no conflict after the first non-conflict');
    const tariff = tree.find((g) => g.kind === 'figure' && g.relation === 'conflict' && g.description.startsWith('50%'));
    assert.ok(tariff, 'the tariff conflict');
    assert.equal(tariff.description, '50% (3 sources) vs 25% (1)');
    assert.equal(tariff.sides.length, 2);
    assert.ok(tariff.showSides);
    assert.deepEqual(tariff.sides.map((s) => s.sourceCount), [3, 1]);
    assert.ok(tariff.sides[1].sources[0].sentence.includes('25%'));
  });

  it('then figures, quotes and claims, with unique stable ids', () => {
    const tree = buildAcrossSourcesTree(corpus).filter((g) => g.relation !== 'conflict');
    const order = tree.map((g) => g.kind);
    const rank = { figure: 0, quote: 1, claim: 2 };
    for (let i = 1; i < order.length; i++) assert.ok(rank[order[i - 1]] <= rank[order[i]], `${order[i - 1]} before ${order[i]}`);
    const all = buildAcrossSourcesTree(corpus);
    const ids = all.flatMap((g) => [g.id, ...g.sides.flatMap((s) => [s.id, ...s.sources.map((x) => x.id)])]);
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(all.every((g) => !g.id.includes(g.groupId)), 'tree ids are not the ordinal analysis ids');
  });

  it('filters groups by their text', () => {
    const tree = buildAcrossSourcesTree(corpus, { filter: '25%' });
    assert.ok(tree.length >= 1);
    assert.ok(tree.every((g) => g.sides.some((s) => s.sources.some((x) => x.text.includes('25%') || x.sentence.includes('25%'))) || g.note.includes('25%')));
  });
});

describe('outline: related locations, symbols, lenses, diagnostics (samples)', () => {
  it('relates the 50% figure to the same figure in several other files', () => {
    const at = textOf(FIRST).indexOf('50%');
    const found = relatedLocations(corpus, FIRST, at + 1);
    assert.ok(found);
    assert.equal(found.item.kind, 'figure');
    assert.deepEqual(found.self, { file: FIRST, start: at, end: at + 3 });
    const files = new Set(found.related.map((l) => l.file));
    assert.ok(files.size >= 3, `related in ${[...files].join(', ')}`);
    assert.ok(!files.has(FIRST) || found.related.every((l) => l.start !== at));
    for (const l of found.related) assert.match(textOf(l.file).slice(l.start, l.end), /\d+%/);
  });

  it('relates a name to every mention of the same entity in every file', () => {
    const text = textOf(FIRST);
    const at = text.indexOf('Peskov');
    const found = relatedLocations(corpus, FIRST, at + 2);
    assert.ok(found);
    assert.equal(found.item.kind, 'entity');
    assert.ok(new Set(found.related.map((l) => l.file)).size >= 3);
  });

  it('lists the file’s speakers with their quotes in the outline, and a Figures node', () => {
    const symbols = buildDocumentSymbols(corpus, FIRST);
    const speaker = symbols.find((s) => s.kind === 'speaker' && s.name === 'Dmitry Peskov');
    assert.ok(speaker);
    assert.ok(speaker.children.length >= 2);
    assert.ok(speaker.children.every((c) => c.kind === 'quote' && c.name.startsWith('“')));
    for (const s of symbols) {
      assert.ok(s.start <= s.selectionStart && s.selectionEnd <= s.end, `${s.name}: selection inside range`);
      for (const c of s.children) assert.ok(s.start <= c.start && c.end <= s.end, `${c.name} inside ${s.name}`);
    }
    const figures = symbols.find((s) => s.kind === 'figures');
    assert.ok(figures?.children.some((c) => c.name === '50%' && /differ/.test(c.detail)));
  });

  it('finds a speaker and an entity by part of the name', () => {
    const hits = searchWorkspaceSymbols(corpus, 'pesk');
    assert.ok(hits.length >= 3);
    assert.ok(hits.every((h) => h.name === 'Dmitry Peskov'));
    assert.equal(new Set(hits.map((h) => h.file)).size, hits.length, 'one symbol per name per file');
    for (const h of hits) assert.equal(textOf(h.file).slice(h.start, h.end), corpus.documents.find((d) => d.file === h.file)!.entities.find((e) => e.start === h.start)!.text);
    const unnamed = searchWorkspaceSymbols(corpus, 'foreign ministry official');
    assert.ok(unnamed.some((h) => h.kind === 'speaker'));
  });

  it('puts a lens over a quote other sources carry, naming them', () => {
    const lenses = buildQuoteLenses(corpus, FIRST);
    const lens = lenses.find((l) => textOf(FIRST).slice(l.start, l.end).startsWith('What matters to us'));
    assert.ok(lens);
    assert.match(lens.title, /^Also quoted in 2 sources: 001_\S+, 004_\S+$/);
    assert.equal(lens.locations.length, 2);
  });

  it('notes a conflicting figure with the other source and value, related to its sentence', () => {
    const diags = buildConflictDiagnostics(corpus);
    assert.deepEqual([...diags.keys()].sort(), corpus.documents.map((d) => d.file).sort());
    const file = '002_f6f3d427b62fef73.txt';
    const d = diags.get(file)!.find((x) => textOf(file).slice(x.start, x.end) === '25%');
    assert.ok(d, 'a note on the 25% tariff');
    assert.match(d.message, /^Other sources differ on .+: 50% in 000_d8508d2c3bfe9f15\.txt, 001_2bf12179e7f15e39\.txt, 004_a3f1ff2c5ebd2943\.txt/);
    assert.equal(d.related.length, 3);
    for (const r of d.related) {
      assert.notEqual(r.file, file);
      assert.ok(textOf(r.file).slice(r.start, r.end).includes('50%'), 'related range is the other sentence');
    }
  });
});

describe('outline: positions', () => {
  it('converts offsets like the editor does, for \\n, \\r\\n and \\r line breaks', () => {
    const text = 'ab\ncd\r\nef\rgh';
    assert.deepEqual(positionAt(text, 0), { line: 0, character: 0 });
    assert.deepEqual(positionAt(text, 4), { line: 1, character: 1 });
    assert.deepEqual(positionAt(text, 7), { line: 2, character: 0 });
    assert.deepEqual(positionAt(text, 10), { line: 3, character: 0 });
    assert.deepEqual(positionAt(text, 99), { line: 3, character: 2 });
  });
});
