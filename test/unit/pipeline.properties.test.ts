// Properties of the whole pipeline (analyzeCorpus) on arbitrary and news-like corpora of 1–3 documents:
// it never throws, every span is an exact slice of its document, groups always span several files,
// and the output is deterministic.

import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeCorpus, CancelledError } from '../../src/core/analyze';
import { toAnalysisJson } from '../../src/core/report/json';
import type { CorpusAnalysis, SourceDocument, Span } from '../../src/core/types';

/** Pieces that exercise quotes, figures, entities, speech verbs and paragraph/sentence breaks. */
const NEWS_FRAGMENTS = [
  '“', '”', '"', '‘', '’', "'", '%', '$', '€', '₹', ' per cent', ' percent', ' crore', ' lakh', ' billion', ' million',
  '0', '1', '7', '12', '3.5', '1,200', '2024', '2016–2020', '1990s', ' twice', ' nearly ', ' over ', ' about ',
  ' said', ' says', ' told reporters', ' according to ', ' added', ', he said.', ' she said.',
  'Maria Lopez', 'The Minister', 'President', 'Ministry of Finance', 'Acme Corp', 'Nairobi', 'Brazil', 'In October',
  'the', 'a', 'of', 'and', ' ', ' ', '. ', '.', ', ', ':', '—', ' — ', '–', '-', '(', ')', '\n', '\n\n', '\r\n',
  'Mr.', 'Dr.', 'U.S.', 'e.g.', '…', '?', '!', '\u00a0', '\u200b', '😀', 'é',
];

/** A soup of fragments and arbitrary short strings: broken marks, stray numbers, half sentences. */
const fragmentSoup = fc
  .array(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...NEWS_FRAGMENTS) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) }), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

const WORDS = ['the', 'government', 'will', 'not', 'accept', 'new', 'tariffs', 'on', 'Exports', 'Talks', 'in', 'Geneva', 'Central', 'Bank', 'rose', 'fell', 'by'];
const phrase = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 10 }).map((w) => w.join(' '));
const quoteMarks = fc.constantFrom(['“', '”'], ['"', '"'], ['‘', '’'], ["'", "'"], ['“', '"'], ['«', '»']);
const attribution = fc.constantFrom(
  ' said Maria Lopez, an economist at Acme Corp.', ' he said.', ' the minister told reporters.', ' Lopez said on Monday.',
  ' according to a senior official.', ' — said the Ministry of Finance.', '', ' she added',
);
const figure = fc
  .tuple(fc.constantFrom('', 'nearly ', 'over ', 'about ', 'up to ', 'less than '), fc.constantFrom('$', '€', '₹', 'Rs ', ''),
    fc.constantFrom('3.5', '12', '1,200', '68', 'two', '0.25', '2,50,000'),
    fc.constantFrom('', '%', ' per cent', ' percent', ' billion', ' million', ' crore', ' lakh', ' people', ' tonnes', '-fold', ' percentage points'))
  .map(([q, cur, n, unit]) => `${q}${cur}${n}${unit}`);
/** Whole news-like sentences: quotes with attributions, colon introductions and figure statements. */
const newsSentence = fc.oneof(
  fc.tuple(quoteMarks, phrase, attribution).map(([[o, c], p, a]) => `${o}${p},${c}${a}`),
  fc.tuple(quoteMarks, phrase).map(([[o, c], p]) => `Maria Lopez said: ${o}${p}.${c}`),
  fc.tuple(phrase, figure, fc.constantFrom('2019', '2024', 'October', '2011–16', 'the 1990s')).map(([p, f, y]) => `${p} ${f} in ${y}, officials said.`),
  fc.tuple(fc.constantFrom('Trade', 'Inflation', 'The deficit'), figure, figure).map(([s, a, b]) => `${s} grew ${a} from ${b} a year ago.`),
);
const newsLikeText = fc
  .array(fc.oneof({ weight: 3, arbitrary: newsSentence }, { weight: 1, arbitrary: fragmentSoup }), { maxLength: 8 })
  .chain((parts) => fc.array(fc.constantFrom(' ', '\n', '\n\n', ''), { minLength: parts.length, maxLength: parts.length })
    .map((seps) => parts.map((p, i) => p + seps[i]).join('')));

const unicodeText = fc.string({ unit: 'grapheme', maxLength: 300 });
const anyUnitText = fc.string({ unit: 'binary', maxLength: 200 }); // includes lone surrogates

function corpusOf(text: fc.Arbitrary<string>): fc.Arbitrary<SourceDocument[]> {
  return fc.array(text, { minLength: 1, maxLength: 3 }).map((texts) => texts.map((t, i) => ({ file: `doc${i}.txt`, text: t })));
}

function assertSpan(span: Span & { text: string }, docText: string, what: string): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.start <= span.end && span.end <= docText.length, `${what}: [${span.start}, ${span.end}) out of bounds`);
  assert.equal(span.text, docText.slice(span.start, span.end), `${what}: text is not the slice`);
}

function assertWellFormed(sources: SourceDocument[], corpus: CorpusAnalysis): void {
  assert.equal(corpus.documents.length, sources.length);
  const textByFile = new Map(sources.map((s) => [s.file, s.text]));
  for (const doc of corpus.documents) {
    assert.equal(doc.text, textByFile.get(doc.file));
    const sentences = doc.structure.sentences.length;
    for (const [key, items] of Object.entries({ entities: doc.entities, figures: doc.figures, quotes: doc.quotes, claims: doc.claims })) {
      items.forEach((item, i) => assertSpan(item, doc.text, `${doc.file} ${key}[${i}]`));
    }
    for (const item of [...doc.figures, ...doc.quotes, ...doc.claims]) {
      assert.ok(item.sentence >= 0 && item.sentence < sentences, `sentence index ${item.sentence} of ${sentences}`);
    }
    for (const q of doc.quotes) {
      if (q.attribution) assert.ok(q.attribution.start >= 0 && q.attribution.start <= q.attribution.end && q.attribution.end <= doc.text.length);
    }
  }
  for (const g of corpus.groups) {
    const files = new Set(g.members.map((m) => m.file));
    assert.ok(files.size >= 2, `group ${g.id} lies in ${files.size} file(s)`);
    g.members.forEach((m, i) => {
      const text = textByFile.get(m.file);
      assert.ok(text !== undefined, `group ${g.id} names unknown file ${m.file}`);
      assertSpan(m, text, `group ${g.id} member ${i}`);
    });
  }
}

function checkCorpus(sources: SourceDocument[]): void {
  const first = analyzeCorpus(sources);
  assertWellFormed(sources, first);
  const again = analyzeCorpus(sources.map((s) => ({ ...s })));
  assert.deepEqual(toAnalysisJson(again), toAnalysisJson(first), 'same input, same output');
}

describe('pipeline: properties of analyzeCorpus', function () {
  this.timeout(30_000);

  it('arbitrary unicode corpora: no exception, exact spans, multi-file groups, deterministic', function () {
    fc.assert(fc.property(corpusOf(unicodeText), checkCorpus), { numRuns: 150 });
  });

  it('arbitrary UTF-16 (lone surrogates included): same guarantees', function () {
    fc.assert(fc.property(corpusOf(anyUnitText), checkCorpus), { numRuns: 75 });
  });

  it('news-like corpora with quotes, figures, names and speech verbs: same guarantees', function () {
    fc.assert(fc.property(corpusOf(newsLikeText), checkCorpus), { numRuns: 120 });
  });

  it('corpora sharing sentences across files (so groups form): same guarantees', function () {
    const shared = fc.array(newsSentence, { minLength: 1, maxLength: 5 });
    const corpus = fc
      .tuple(shared, fc.array(fc.tuple(newsLikeText, fc.nat()), { minLength: 2, maxLength: 3 }))
      .map(([common, docs]) => docs.map(([own, seed], i) => ({ file: `doc${i}.txt`, text: rotate(common, seed).join('\n') + '\n' + own })));
    fc.assert(fc.property(corpus, checkCorpus), { numRuns: 60 });
  });

  it('cancellation: isCancelled () => true throws CancelledError', function () {
    const sources = [{ file: 'a.txt', text: 'The central bank raised rates by 0.5 per cent on Tuesday, its governor said.' }];
    assert.throws(() => analyzeCorpus(sources, { isCancelled: () => true }), (err: unknown) => err instanceof CancelledError);
  });

  it('cancellation part-way through also throws CancelledError', function () {
    const text = '“Prices will rise by 4%,” said Ana Silva, an economist at Banco Norte.\nExports fell 12 per cent in 2023.';
    const sources = [1, 2, 3].map((i) => ({ file: `d${i}.txt`, text }));
    let calls = 0;
    assert.throws(() => analyzeCorpus(sources, { isCancelled: () => ++calls > 2 }), CancelledError);
  });

  it('an empty corpus and empty documents analyse to nothing', function () {
    assert.deepEqual(analyzeCorpus([]), { documents: [], groups: [] });
    const corpus = analyzeCorpus([{ file: 'e.txt', text: '' }]);
    assert.equal(corpus.documents[0].entities.length + corpus.documents[0].figures.length + corpus.documents[0].quotes.length, 0);
    assert.deepEqual(corpus.groups, []);
  });
});

/** The items rotated by `seed` places, so files share sentences in different orders. */
function rotate<T>(items: T[], seed: number): T[] {
  const k = items.length === 0 ? 0 : seed % items.length;
  return [...items.slice(k), ...items.slice(0, k)];
}
