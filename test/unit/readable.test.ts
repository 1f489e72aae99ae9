import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeCorpus } from '../../src/core/analyze';
import { originalSpan, readableText } from '../../src/core/text/readable';

const readable = (text: string) => readableText(text).text;

/** An article as a mail client or a wire feed saves it: paragraphs wrapped at 60 columns, blank lines between. */
const WRAPPED = [
  'Valdoria and Marova signed a port agreement on Tuesday, ending two',
  'years of talks over fees that had stalled shipping across the strait',
  'and cost exporters an estimated $5.4 billion, officials said.',
  '',
  '“This agreement gives our exporters the certainty they have asked',
  'for since the dispute began,” Trade Minister Arjun Mehra told',
  'reporters in the capital after the signing ceremony ended.',
  '',
  'The Marovan delegation was led by Deputy Prime Minister Ivan',
  'Sorokin, who said the first ships would sail under the new rules',
  'within three weeks and that fees would fall by about 40 per cent.',
].join('\n');

describe('readableText', () => {
  it('turns the breaks inside wrapped paragraphs into spaces and keeps the paragraph breaks', () => {
    const unwrapped = readable(WRAPPED);
    assert.equal(unwrapped.length, WRAPPED.length);
    assert.deepEqual(unwrapped.split('\n\n').map((p: string) => p.includes('\n')), [false, false, false]);
    assert.ok(unwrapped.includes('Deputy Prime Minister Ivan Sorokin, who said'));
    assert.ok(unwrapped.includes('estimated $5.4 billion'));
  });

  it('leaves one-paragraph-a-line articles alone, however many lines', () => {
    const text = Array.from({ length: 8 }, (_, i) =>
      `Paragraph ${i} says that the port authority of Valdoria raised its fees again this week, and that shippers complained to the ministry.`,
    ).join('\n');
    assert.equal(readable(text), text);
  });

  it('does not join short lines that were never wrapped, nor a list item to the line before it', () => {
    const list = ['Valdoria Port Report', 'By Meena Rao', 'Updated: 4 March', 'Share this article', 'Also Read: Fees rise', 'Comments are closed'].join('\n');
    assert.equal(readable(list), list);
    const withItems = `${WRAPPED}\n\nThe agreement covers the following points of the long dispute:\n- port fees for container\n- pilotage rules`;
    const unwrapped = readable(withItems);
    assert.ok(unwrapped.includes('dispute:\n- port fees'));
  });

  it('starts a new paragraph at an indented line, even after a full one', () => {
    // The first paragraph's last line is as full as the wrapped lines before it.
    const indented = WRAPPED.replace('officials said.', 'the port authority said.').replace(/\n\n/g, '\n    ');
    const unwrapped = readable(indented);
    assert.ok(unwrapped.includes('the port authority said.\n    “This agreement'));
    assert.ok(unwrapped.includes('Trade Minister Arjun Mehra told reporters'));
  });

  it('reads Windows line ends as plain ones, and joins a compound cut after its hyphen', () => {
    const crlf = WRAPPED.replace(/\n/g, '\r\n');
    assert.equal(readable(crlf), readable(WRAPPED));
    const cut = WRAPPED.replace('across the strait\nand cost', 'across the Kestrel-\nMarova strait and cost');
    assert.ok(readable(cut).includes('across the Kestrel-Marova strait and cost'));
  });

  it('maps every offset back to the same character of the original, or to the line break it stands for', () => {
    const check = (text: string) => {
      const readable = readableText(text);
      for (let i = 0; i < readable.text.length; i++) {
        const { start, end } = originalSpan(readable, i, i + 1);
        assert.ok(start >= 0 && end <= text.length && start < end);
        if (text[start] !== readable.text[i]) assert.ok(readable.text[i] === ' ' && /\s/.test(text[start]));
      }
      assert.equal(originalSpan(readable, 0, readable.text.length).end, text.length);
    };
    check(WRAPPED.replace(/\n/g, '\r\n'));
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => check(text)));
  });
});

describe('analyzeCorpus on a hard-wrapped article', () => {
  const [doc] = analyzeCorpus([{ file: 'wrapped.txt', text: WRAPPED }]).documents;

  it('reads a name, a figure and a quote that straddle line breaks', () => {
    assert.ok(doc.entities.some((e) => e.type === 'person' && e.text === 'Ivan\nSorokin'));
    const amount = doc.figures.find((f) => f.kind === 'money');
    assert.equal(amount?.value, 5.4e9);
    assert.equal(doc.quotes.length, 1);
    assert.equal(doc.quotes[0].speaker, 'Arjun Mehra');
    assert.ok(doc.quotes[0].text.startsWith('This agreement gives our exporters the certainty they have asked\nfor'));
  });

  it('reads a Windows-saved wrapped article alike, with spans in the offsets of the file', () => {
    const crlf = WRAPPED.replace(/\n/g, '\r\n');
    const [windows] = analyzeCorpus([{ file: 'wrapped.txt', text: crlf }]).documents;
    assert.deepEqual(windows.entities.map((e) => e.text.replace(/\r/g, '')), doc.entities.map((e) => e.text));
    assert.equal(windows.quotes[0].speaker, 'Arjun Mehra');
    for (const span of [...windows.entities, ...windows.figures, ...windows.quotes, ...windows.claims]) assert.equal(span.text, crlf.slice(span.start, span.end));
    for (const s of windows.structure.sentences) assert.ok(s.end <= crlf.length && !/^\s/.test(crlf.slice(s.start, s.end)));
  });

  it('reports spans as slices of the article as written', () => {
    assert.equal(doc.text, WRAPPED);
    for (const span of [...doc.entities, ...doc.figures, ...doc.quotes, ...doc.claims]) assert.equal(span.text, WRAPPED.slice(span.start, span.end));
  });
});
