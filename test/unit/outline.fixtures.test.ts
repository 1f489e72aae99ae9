import { strict as assert } from 'node:assert';
import { analyzeCorpus } from '../../src/core/analyze';
import {
  buildAcrossSourcesTree,
  buildConflictDiagnostics,
  buildDocumentSymbols,
  buildSpeakersTree,
  escapeMarkdownText,
  groupTooltip,
  relatedLocations,
  searchWorkspaceSymbols,
  sourceTooltip,
  speakerTooltip,
  statementTooltip,
} from '../../src/core/outline';
import { itemsAt } from '../../src/core/query';
import type { CorpusAnalysis } from '../../src/core/types';

import { tariffSources, weekly, wire } from '../support/tariffReports';

// One more report, with hostile text inside a quote.
const HOSTILE = '[click](command:workbench.action.quit) <img src=x onerror=alert(1)> **loud** `code` # heading http://evil.example';
const hostile = [
  'Lindqvist speaks out',
  `“We cannot let our car industry be undercut ${HOSTILE} by subsidised imports,” Maria Lindqvist said on Tuesday.`,
].join('\n');

let corpus: CorpusAnalysis;
before(() => {
  corpus = analyzeCorpus([...tariffSources, { file: 'hostile.txt', text: hostile }]);
});

describe('outline: invented reports', () => {
  it('has the commissioner as a speaker with quotes in several sources', () => {
    const e = buildSpeakersTree(corpus).find((s) => s.name === 'Maria Lindqvist');
    assert.ok(e);
    assert.ok(e.files.length >= 3, e.files.join(', '));
    const shared = e.statements.find((s) => s.file === 'wire.txt' && s.kind === 'quote');
    assert.ok(shared);
    assert.deepEqual(shared.sources.map((s) => s.file).slice(0, 1), ['wire.txt']);
    assert.ok(shared.sources.some((s) => s.file === 'weekly.txt'), 'the weekly’s wording is among the sources');
  });

  it('leads the across-sources tree with the tariff conflict, its sides by value', () => {
    const [first] = buildAcrossSourcesTree(corpus);
    assert.equal(first.relation, 'conflict');
    assert.equal(first.kind, 'figure');
    assert.equal(first.description, '35% (2 sources) vs 25% (1)');
    assert.deepEqual(first.sides[1].sources.map((s) => s.file), ['weekly.txt']);
  });

  it('relates a quote to its wording in the other files', () => {
    const at = wire.indexOf('car industry');
    const found = relatedLocations(corpus, 'wire.txt', at);
    assert.ok(found);
    assert.equal(found.item.kind, 'quote');
    assert.deepEqual([...new Set(found.related.map((l) => l.file))].sort(), ['daily.txt', 'hostile.txt', 'weekly.txt']);
  });

  it('prefers the innermost item at an offset', () => {
    const doc = corpus.documents.find((d) => d.file === 'weekly.txt')!;
    const items = itemsAt(doc, weekly.indexOf('25%') + 1);
    assert.equal(items[0].kind, 'figure');
    assert.deepEqual(itemsAt(doc, -5), []);
  });

  it('outlines a file’s speaker with the quote', () => {
    const symbols = buildDocumentSymbols(corpus, 'weekly.txt');
    const speaker = symbols.find((s) => s.kind === 'speaker');
    assert.equal(speaker?.name, 'Maria Lindqvist');
    assert.equal(speaker.children[0].kind, 'quote');
    assert.deepEqual(buildDocumentSymbols(corpus, 'missing.txt'), []);
  });

  it('finds an entity by partial, accent- and case-blind name', () => {
    assert.ok(searchWorkspaceSymbols(corpus, 'LINDQ').some((s) => s.name === 'Maria Lindqvist'));
    assert.ok(searchWorkspaceSymbols(corpus, 'lindqvíst').some((s) => s.name === 'Maria Lindqvist'));
    assert.ok(searchWorkspaceSymbols(corpus, 'mlq').some((s) => s.name === 'Maria Lindqvist'), 'letters in order');
    assert.deepEqual(searchWorkspaceSymbols(corpus, 'qqqzzz'), []);
  });

  it('notes the 25% with the other sources’ 35%', () => {
    const d = buildConflictDiagnostics(corpus).get('weekly.txt')!;
    assert.equal(d.length, 1);
    assert.match(d[0].message, /^Other sources differ.*: 35% in wire\.txt, daily\.txt \(this source: 25%\)$/);
    assert.deepEqual(d[0].related.map((r) => r.file).sort(), ['daily.txt', 'wire.txt']);
    assert.equal(buildConflictDiagnostics(corpus).get('hostile.txt')!.length, 0);
  });
});

describe('outline: tooltips escape article text', () => {
  // Live syntax: one of these characters without the backslash that makes it literal.
  const DANGER = /(?<!\\)\[click|(?<!\\)\]\(|(?<!\\)<img|(?<!\\)\*\*loud|(?<!\\)`code|(^|\s)# heading|http:\/\//;

  it('escapeMarkdownText backslash-escapes every syntax character and keeps the text', () => {
    const escaped = escapeMarkdownText(HOSTILE);
    assert.doesNotMatch(escaped, DANGER);
    assert.equal(escaped.replace(/\\(.)/g, '$1'), HOSTILE);
    assert.doesNotMatch(escaped.replace(/\\./g, ''), /[\\`*_{}[\]()#+\-.!|<>~&:]/);
    assert.equal(escapeMarkdownText('a\n\nb'), 'a b');
  });

  it('no tooltip of the hostile source carries live Markdown or HTML', () => {
    const speaker = buildSpeakersTree(corpus).find((s) => s.statements.some((st) => st.file === 'hostile.txt'));
    assert.ok(speaker);
    const statement = speaker.statements.find((st) => st.file === 'hostile.txt')!;
    assert.ok(statement.text.includes('<img'), 'the fixture’s quote kept the hostile text');
    const tips = [
      speakerTooltip(speaker),
      statementTooltip(statement),
      ...statement.sources.map(sourceTooltip),
      ...speaker.statements.map(statementTooltip),
      ...buildAcrossSourcesTree(corpus).map(groupTooltip),
    ];
    for (const tip of tips) assert.doesNotMatch(tip, DANGER);
    assert.ok(tips.some((t) => t.includes('\\<img')), 'the text is there, escaped');
  });
});
