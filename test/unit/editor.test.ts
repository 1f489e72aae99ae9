import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { analyzeCorpus } from '../../src/core/analyze';
import {
  diffMarkdown,
  escapeText,
  formatFigureValue,
  hoverMarkdown,
  nextRelated,
  openLocationUri,
  planDecorations,
  relatedAt,
  speakerHints,
  summarize,
  summaryText,
} from '../../src/core/editor';
import { corpusLookup, innermostItemsAt, type CorpusLookup } from '../../src/core/query';
import { wordDiff } from '../../src/core/links/wordDiff';
import type { CorpusAnalysis } from '../../src/core/types';

// ---- a tiny invented corpus with hostile text in articles and in a file name ----------------------
const hostileFile = 'b [x](command:evil).txt';
const a = [
  'Ministry Raises Fees <img src=x onerror=alert(1)> `rm -rf`',
  'The ministry on Monday raised the fee to 35% for all [x](command:evil) applicants, officials said.',
  '“We will see [click](command:workbench.action.terminal.new) and <b>bold</b> `code` results soon,” Finance Minister Anna Berg said.',
].join('\n');
const b = [
  'Fees rise at the ministry',
  'The ministry raised the fee to 35% for all applicants on Monday.',
  '“We will see [click](command:workbench.action.terminal.new) and <b>bold</b> `code` results very soon,” said Anna Berg, the finance minister.',
].join('\n');
const c = ['A new fee', 'The ministry raised the fee to 25% for all applicants on Monday.'].join('\n');

/** Every link target in a Markdown string. */
function linkTargets(md: string): string[] {
  return [...md.matchAll(/(?<!\\)\]\(([^)\s]*)/g)].map((m) => m[1]);
}

/** Checks that a hover is safe: only our command links, no raw HTML, article backticks escaped. */
function assertSafe(md: string): void {
  for (const target of linkTargets(md)) assert.match(target, /^command:sourceLens\.openLocation\?[A-Za-z0-9%._~-]+$/, `unexpected link ${target}`);
  assert.doesNotMatch(md, /(?<!\\)</, 'raw "<" in hover');
  const withoutKindLabels = md.replace(/`(percent|money|quantity|date|ratio)`/g, '');
  assert.doesNotMatch(withoutKindLabels, /(?<!\\)`/, 'unescaped backtick');
  assert.doesNotMatch(md, /command:evil|command:workbench/, 'a hostile command survived as text that could link');
}

describe('editor: figure values', () => {
  it('reads values with their unit, and says what a figure without one is', () => {
    assert.equal(formatFigureValue(41.3e9, 'USD'), '41,300,000,000 USD');
    assert.equal(formatFigureValue([2024, 2025], 'year'), '2024–2025');
    assert.equal(formatFigureValue(null, 'time'), 'a time of day');
    assert.equal(formatFigureValue(null, 'month'), 'no exact value');
  });
});

describe('editor: hover Markdown', () => {
  let tiny: CorpusLookup;
  before(() => {
    tiny = corpusLookup(analyzeCorpus([{ file: 'a.txt', text: a }, { file: hostileFile, text: b }, { file: 'c.txt', text: c }]));
  });

  it('escapes links, HTML, backticks, colons and entities', () => {
    assert.equal(escapeText('[x](command:evil)'), '\\[x\\]\\(command\\:evil\\)');
    assert.equal(escapeText('<img src=x>'), '\\<img src=x\\>');
    assert.equal(escapeText('`code` & *b* _i_'), '\\`code\\` \\& \\*b\\* \\_i\\_');
    assert.equal(escapeText('https://example.com'), 'https\\://example\\.com');
    assert.equal(escapeText('line\nbreak # not a heading'), 'line break \\# not a heading');
  });

  it('encodes command-link arguments so the link cannot be broken out of', () => {
    const loc = { file: 'x (1) [y]*!.txt', start: 3, end: 9 };
    const uri = openLocationUri(loc);
    const query = uri.slice(uri.indexOf('?') + 1);
    assert.match(query, /^[A-Za-z0-9%._~-]+$/);
    assert.deepEqual(JSON.parse(decodeURIComponent(query)), [loc]);
  });

  it('a figure hover names the other sources, agree vs conflict, safely', () => {
    const md = hoverMarkdown(tiny, 'a.txt', a.indexOf('35%') + 1);
    assert.ok(md);
    assertSafe(md);
    assert.match(md, /\*\*35%\*\*/); // the other source's figure emphasised
    assert.match(md, /\*\*25%\*\*/);
    assert.match(md, /b \\\[x\\\]\\\(command\\:evil\\\)\\\.txt/); // hostile file name escaped in the label
    assert.match(md, /agrees/);
    assert.match(md, /conflicts/);
    const targets = linkTargets(md).map((t) => JSON.parse(decodeURIComponent(t.slice(t.indexOf('?') + 1)))[0].file);
    assert.deepEqual(new Set(targets), new Set([hostileFile, 'c.txt']));
  });

  it('a quote hover shows the speaker and the wording difference, escaped', () => {
    const md = hoverMarkdown(tiny, 'a.txt', a.indexOf('We will') + 2);
    assert.ok(md);
    assertSafe(md);
    assert.match(md, /said by \*\*Anna Berg\*\*/);
    assert.match(md, /\*\*very\*\*/); // the added word
    assert.match(md, /\\<b\\>bold\\<\/b\\>/);
    assert.match(md, /\\`code\\`/);
  });

  it('a claim hover in a headline with HTML and backticks stays safe', () => {
    const md = hoverMarkdown(tiny, 'a.txt', 3);
    if (md) assertSafe(md);
  });

  it('a person hover shows how sources describe the person differently, escaped', () => {
    const wire = '“Rates will rise,” said Jana K. Holm, an economist at the Marova Institute.\n';
    const daily = '“Rates could rise,” said Jana K. Holm, head of research at Varnelco <b>Holdings</b>.\n';
    const index = corpusLookup(analyzeCorpus([{ file: 'wire.txt', text: wire }, { file: 'daily.txt', text: daily }]));
    const md = hoverMarkdown(index, 'wire.txt', wire.indexOf('Holm') + 1);
    assert.ok(md);
    assertSafe(md);
    assert.match(md, /sources describe this person differently/);
    assert.match(md, /Jana K\\\. Holm, an economist at the Marova Institute/);
    assert.match(md, /head of research at Varnelco/);
  });

  it('diffMarkdown strikes removed words and bolds added ones', () => {
    assert.equal(diffMarkdown(wordDiff('keep the old words', 'keep the new words')), 'keep the ~~old~~ **new** words');
  });
});

// ---- the sample corpus -------------------------------------------------------------------------------
const samplesDir = path.join(__dirname, '..', '..', 'samples');
const sampleFiles = readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort();
const F0 = sampleFiles.find((f) => f.startsWith('000_'))!;
const F1 = sampleFiles.find((f) => f.startsWith('001_'))!;
const F2 = sampleFiles.find((f) => f.startsWith('002_'))!;

describe('editor: on the sample corpus', () => {
  let corpus: CorpusAnalysis;
  let index: CorpusLookup;
  let text0: string;
  before(() => {
    corpus = analyzeCorpus(sampleFiles.map((f) => ({ file: f, text: readFileSync(path.join(samplesDir, f), 'utf8') })));
    index = corpusLookup(corpus);
    text0 = index.document(F0)!.text;
  });

  it('finds what is at a position (end inclusive)', () => {
    const at = text0.indexOf('50%');
    assert.equal(innermostItemsAt(index.document(F0)!, at).figure?.text, '50%');
    assert.equal(innermostItemsAt(index.document(F0)!, at + 3).figure?.text, '50%');
    const peskov = text0.indexOf('Peskov');
    const entity = innermostItemsAt(index.document(F0)!, peskov + 1).entity;
    assert.equal(entity?.type, 'person');
    assert.match(entity!.canonical, /Peskov/);
  });

  it('the trade-figure hover lists the other sources with variant/agree', () => {
    const md = hoverMarkdown(index, F0, text0.indexOf('$68.7 billion') + 2)!;
    assertSafe(md);
    assert.match(md, /Figure/);
    assert.match(md, /68,700,000,000 USD/);
    assert.ok(md.includes(F1.replace(/[_.]/g, (ch) => `\\${ch}`)), 'names source 001');
    assert.ok(md.includes(F2.replace(/[_.]/g, (ch) => `\\${ch}`)), 'names source 002');
    assert.match(md, /variant|agrees/);
    assert.match(md, /\*\*\$68\\\.7 billion\*\*/);
  });

  it('the tariff-figure hover shows the conflict with 25%', () => {
    const md = hoverMarkdown(index, F0, text0.indexOf('50%') + 1)!;
    assertSafe(md);
    assert.match(md, /conflicts/);
    assert.match(md, /\*\*25%\*\*/);
  });

  it('next / previous related cycles the group in corpus order across files', () => {
    const at = text0.indexOf('$68.7 billion') + 1;
    const related = relatedAt(index, F0, at)!;
    assert.ok(related.locations.length >= 3);
    const order = related.locations.map((l) => index.fileRank(l.file) * 1e7 + l.start);
    assert.deepEqual(order, [...order].sort((x, y) => x - y));
    const next = nextRelated(index, F0, at, 1)!;
    assert.equal(next.file, F1);
    assert.equal(index.document(F1)!.text.slice(next.start, next.end), '$68.7 billion');
    const prev = nextRelated(index, F0, at, -1)!;
    assert.equal(prev.file, related.locations[related.locations.length - 1].file);
    assert.notEqual(prev.file, F0);
    // Walking forward through the whole group comes back to the start.
    let here = { file: F0, start: related.current.start };
    for (let i = 0; i < related.locations.length; i++) {
      const n = nextRelated(index, here.file, here.start + 1, 1)!;
      here = { file: n.file, start: n.start };
    }
    assert.deepEqual(here, { file: F0, start: related.current.start });
  });

  it('off a grouped statement, next goes to the nearest grouped one after the cursor', () => {
    const first = index.members(F0)[0].member;
    const next = nextRelated(index, F0, 0, 1)!;
    assert.ok(next.file !== F0 || next.start >= 0);
    if (first.start > 0) assert.equal(next.start, first.start);
  });

  it('plans decorations with badges and a conflict mark, capped, visible first', () => {
    const settings = { entities: true, figures: true, quotes: true, badges: true, maxPerFile: 1000 };
    const plan = planDecorations(index, F0, settings);
    assert.ok(plan.figures.length > 0 && plan.quotes.length > 0 && plan.entities.person.length > 0);
    const tariffEnd = text0.indexOf('50%') + 3;
    assert.ok(plan.conflicts.some((b) => b.start === tariffEnd), 'conflict mark after 50%');
    assert.ok(plan.shared.some((b) => b.start === text0.indexOf('$68.7 billion') + '$68.7 billion'.length && b.count === 2));
    const capped = planDecorations(index, F0, { ...settings, maxPerFile: 50 }, [{ start: 2000, end: 2600 }]);
    const all = [...Object.values(capped.entities).flat(), ...capped.figures, ...capped.quotes, ...capped.shared, ...capped.conflicts];
    assert.equal(all.length, 50);
    const inView = (s: { start: number; end: number }) => s.end >= 2000 && s.start <= 2600;
    const fullInView = [...Object.values(plan.entities).flat(), ...plan.figures, ...plan.quotes, ...plan.shared, ...plan.conflicts].filter(inView).length;
    assert.equal(all.filter(inView).length, Math.min(50, fullInView), 'visible items are planned first');
    const off = planDecorations(index, F0, { ...settings, entities: false, badges: false });
    assert.equal(Object.values(off.entities).flat().length + off.shared.length + off.conflicts.length, 0);
  });

  it('speaker hints sit right after a closing quotation mark', () => {
    const doc = index.document(F0)!;
    const hints = speakerHints(doc);
    assert.ok(hints.length > 0);
    for (const h of hints) {
      assert.match(doc.text[h.offset - 1], /["”’']/);
      assert.ok(h.label.startsWith('— '));
    }
  });

  it('summarises for the status bar', () => {
    const s = summarize(corpus);
    assert.equal(s.sources, 5);
    assert.ok(s.conflicts >= 1);
    assert.equal(summaryText({ sources: 1, conflicts: 0, groups: 0 }), '1 source · 0 conflicts');
    assert.match(summaryText(s), /^5 sources · \d+ conflicts?$/);
  });
});
