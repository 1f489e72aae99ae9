import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeCorpus } from '../../src/core/analyze';
import { unwrapHardBreaks } from '../../src/core/text/unwrap';

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

describe('unwrapHardBreaks', () => {
  it('turns the breaks inside wrapped paragraphs into spaces and keeps the paragraph breaks, offsets unchanged', () => {
    const unwrapped = unwrapHardBreaks(WRAPPED);
    assert.equal(unwrapped.length, WRAPPED.length);
    assert.deepEqual(unwrapped.split('\n\n').map((p) => p.includes('\n')), [false, false, false]);
    assert.ok(unwrapped.includes('Deputy Prime Minister Ivan Sorokin, who said'));
    assert.ok(unwrapped.includes('estimated $5.4 billion'));
  });

  it('leaves one-paragraph-a-line articles alone, however many lines', () => {
    const text = Array.from({ length: 8 }, (_, i) =>
      `Paragraph ${i} says that the port authority of Valdoria raised its fees again this week, and that shippers complained to the ministry.`,
    ).join('\n');
    assert.equal(unwrapHardBreaks(text), text);
  });

  it('does not join short lines that were never wrapped, nor a list item to the line before it', () => {
    const list = ['Valdoria Port Report', 'By Meena Rao', 'Updated: 4 March', 'Share this article', 'Also Read: Fees rise', 'Comments are closed'].join('\n');
    assert.equal(unwrapHardBreaks(list), list);
    const withItems = `${WRAPPED}\n\nThe agreement covers the following points of the long dispute:\n- port fees for container\n- pilotage rules`;
    const unwrapped = unwrapHardBreaks(withItems);
    assert.ok(unwrapped.includes('dispute:\n- port fees'));
  });

  it('starts a new paragraph at an indented line, even after a full one', () => {
    // The first paragraph's last line is as full as the wrapped lines before it.
    const indented = WRAPPED.replace('officials said.', 'the port authority said.').replace(/\n\n/g, '\n    ');
    const unwrapped = unwrapHardBreaks(indented);
    assert.ok(unwrapped.includes('the port authority said.\n    “This agreement'));
    assert.ok(unwrapped.includes('Trade Minister Arjun Mehra told reporters'));
  });

  it('keeps length and offsets on any input', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
      const out = unwrapHardBreaks(text);
      assert.equal(out.length, text.length);
      for (let i = 0; i < text.length; i++) if (out[i] !== text[i]) assert.ok(/[\r\n]/.test(text[i]) && out[i] === ' ');
    }));
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

  it('reports spans as slices of the article as written', () => {
    assert.equal(doc.text, WRAPPED);
    for (const span of [...doc.entities, ...doc.figures, ...doc.quotes, ...doc.claims]) assert.equal(span.text, WRAPPED.slice(span.start, span.end));
  });
});
