import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { splitClauses } from '../../src/core/claims/clauses';
import { segment } from '../../src/core/text/segment';
import { appositiveAfter } from '../../src/core/text/appositive';

const sentencesOf = (text: string) => segment(text).sentences.map((s) => text.slice(s.start, s.end));

describe('segment: sentences', () => {
  it('keeps abbreviations, initials and decimals inside one sentence', () => {
    const text =
      'Mr. Smith met Dr. Jones at 9 a.m. on Friday in Washington. Jana K. Holm said growth hit 8.2 per cent. ' +
      'The U.S. President spoke. No. 10 said nothing.';
    assert.deepEqual(sentencesOf(text), [
      'Mr. Smith met Dr. Jones at 9 a.m. on Friday in Washington.',
      'Jana K. Holm said growth hit 8.2 per cent.',
      'The U.S. President spoke.',
      'No. 10 said nothing.',
    ]);
  });

  it('ends a sentence after a dotted acronym when a sentence opener follows', () => {
    assert.deepEqual(sentencesOf('Talks were held in the U.S. The deal was signed later.'), [
      'Talks were held in the U.S.',
      'The deal was signed later.',
    ]);
  });

  it('ends sentences inside closing quotes, and not before a lower-case attribution', () => {
    const text = '“We will not yield,” she said. “The talks are over.” He left. “Why now?” he asked.';
    assert.deepEqual(sentencesOf(text), [
      '“We will not yield,” she said.',
      '“The talks are over.”',
      'He left.',
      '“Why now?” he asked.',
    ]);
  });

  it('never crosses a line break and trims no-break spaces', () => {
    const text = 'Headline Without Stop\n\u00a0\nFirst paragraph ends here.\nSecond one.';
    const s = segment(text);
    assert.equal(s.paragraphs.length, 3);
    assert.deepEqual(sentencesOf(text), ['Headline Without Stop', 'First paragraph ends here.', 'Second one.']);
    assert.equal(s.sentences[0].heading, true);
    assert.equal(s.sentences[1].heading, false);
  });
});

describe('segment: number signs', () => {
  it('keeps "No." before a code inside the sentence, and ends a sentence at an answering "No."', () => {
    const text = 'Sorokin left on flight No. RSD-1 for Lisbon. He met No. 10 officials. Is it? No. Never.';
    const s = segment(text);
    assert.deepEqual(s.sentences.map((x) => text.slice(x.start, x.end)), [
      'Sorokin left on flight No. RSD-1 for Lisbon.', 'He met No. 10 officials.', 'Is it?', 'No.', 'Never.',
    ]);
  });
});

describe('segment: boilerplate', () => {
  it('flags a counter under the headline and a donation block with everything after it', () => {
    const text = [
      'Ministers Agree on Budget',
      '12',
      'The finance ministers agreed on a budget of $3 billion on Monday.',
      'Officials said the deal was final.',
      'Our Other Website',
      'Donate Here',
      'Every gift, large or small, keeps our newsroom going.',
      'Bank account: 1234 5678',
      'Comments are closed.',
    ].join('\n');
    const s = segment(text);
    const flagged = s.paragraphs.filter((p) => p.boilerplate).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(flagged, ['12', 'Our Other Website', 'Donate Here', 'Every gift, large or small, keeps our newsroom going.', 'Bank account: 1234 5678', 'Comments are closed.']);
    assert.equal(s.boilerplate[s.boilerplate.length - 1].end, text.length);
  });

  it('judges a page flattened to one line sentence by sentence, so its appeal at the end does not take the article', () => {
    const text =
      'The finance ministers agreed on a budget of $3 billion on Monday. Officials said the deal was final. ' +
      'Valdoria will pay the largest share. Marova agreed to review the terms next year. ' +
      'Please consider supporting our journalism today. Every gift keeps our newsroom going. Comments are closed.';
    const s = segment(text);
    const flagged = s.sentences.filter((x) => x.boilerplate).map((x) => text.slice(x.start, x.end));
    assert.deepEqual(flagged, ['Please consider supporting our journalism today.', 'Every gift keeps our newsroom going.', 'Comments are closed.']);
    assert.equal(s.paragraphs[0].boilerplate, false);
    assert.deepEqual(s.boilerplate, [{ start: text.indexOf('Please'), end: text.length }]);
  });

  it('reads a first line all in Title Case as a headline even when it is written in sentences', () => {
    const text = 'A Cheap Diabetes Pill Is Tied to Lower Dementia Risk. Scientists Urge Caution.\nBOSTON — A pill was linked to lower risk. Scientists urged caution.';
    const s = segment(text);
    assert.deepEqual(s.sentences.map((x) => x.heading), [true, true, false, false]);
  });

  it('does not take a quote about a bank account or PayPal for payment details', () => {
    const text = [
      'Court orders payout',
      '“I had to change my bank account, and I still get scam calls,” she said.',
      'PayPal shares rose 2% on the news.',
      'Hackers took names, bank account numbers and sort codes of 9.4 million customers.',
      'The judge gave the company 21 days to appeal.',
    ].join('\n');
    assert.deepEqual(segment(text).paragraphs.filter((p) => p.boilerplate).map((p) => text.slice(p.start, p.end)), []);
  });

  it('flags a breadcrumb from the home page, live-update prompts and watch teasers', () => {
    const text = ['Home / World / Summit Live', 'Leaders met on Friday.', 'Follow Valley TV for all the live updates.', 'Watch: Leaders Embrace At Airport | VIDEO', 'Talks went on late.'].join('\n');
    const flagged = segment(text).paragraphs.filter((p) => p.boilerplate).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(flagged, ['Home / World / Summit Live', 'Follow Valley TV for all the live updates.', 'Watch: Leaders Embrace At Airport | VIDEO']);
  });

  it('flags a reader appeal that asks for a contribution, and the rest of the page after it', () => {
    const text = [
      'The council approved the plan on Monday.',
      'Work starts in May.',
      'The Valley Courier is reader-supported. If you value our local reporting, please consider a contribution from £3 a month.',
      'Every pound keeps reporters in Falkirk and Stirling.',
    ].join('\n');
    const flagged = segment(text).paragraphs.filter((p) => p.boilerplate).map((p) => text.slice(p.start, p.end));
    assert.deepEqual(flagged, text.split('\n').slice(2));
  });

  it('flags "Also Read", share lines and "Edited by" but not news about donations', () => {
    const text = [
      'The charity said donations rose by 12% last year.',
      'Also Read: Budget talks stall',
      'Share this article',
      'Edited by: A. Editor',
    ].join('\n');
    const flags = segment(text).paragraphs.map((p) => p.boilerplate);
    assert.deepEqual(flags, [false, true, true, true]);
  });

  it('flags breadcrumbs, share and follow bars, appeals, agency credits, captions and reading prompts, but not news about social networks', () => {
    const text = [
      'Home › News › World › Health',
      'Share on WhatsApp | Facebook | X | Telegram',
      'The regulator said Facebook and Telegram removed 400 posts.',
      'Follow us on Google News and Telegram for the latest updates.',
      'Support independent journalism: contribute as little as Rs 199.',
      '(With inputs from PTI)',
      '(Photo: Reuters)',
      'Story continues below this ad',
      'Click here to read the full report of the commission.',
    ].join('\n');
    const flags = segment(text).paragraphs.map((p) => p.boilerplate);
    assert.deepEqual(flags, [true, true, false, true, true, true, true, true, true]);
  });

  it('flags bylines, reading times, tag lists and teaser headings, but not a sentence opening with "By"', () => {
    const text = [
      'By Priya Nair | December 6, 2025 | 5 min read',
      'By Monday, the talks had stalled over 3 issues.',
      '4 min read',
      'Tags: Trade, Tariffs, Europe',
      'Editor’s picks: 5 things to know about the deal',
      '(Reporting by Arjun Mehta; Editing by J. K. Sen)',
    ].join('\n');
    const flags = segment(text).paragraphs.map((p) => p.boilerplate);
    assert.deepEqual(flags, [true, false, true, true, true, true]);
  });
});

describe('splitClauses', () => {
  it('splits a sentence at participles and contrast words that open a new claim', () => {
    const text = 'The government imposed 50% tariffs on steel imports, arguing that cheap steel hurt local mills, though exports to Europe rose sharply last year.';
    const clauses = splitClauses(text, 0, text.length).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(clauses, [
      'The government imposed 50% tariffs on steel imports',
      'arguing that cheap steel hurt local mills',
      'though exports to Europe rose sharply last year.',
    ]);
  });

  it('keeps a name that only introduces a relative clause with that clause', () => {
    const text = 'Harbour Bay Container Terminals (HBCT), which runs both terminals, has offered a 12% rise over three years.';
    assert.deepEqual(splitClauses(text, 0, text.length).map((c) => text.slice(c.start, c.end)), [
      'Harbour Bay Container Terminals (HBCT), which runs both terminals, has offered a 12% rise over three years.',
    ]);
  });

  it('splits off the circumstance that "amid" opens, with or without a comma', () => {
    const text = 'The minister arrived to shore up shipping ties amid growing pressure from insurers over the port fees.';
    assert.deepEqual(splitClauses(text, 0, text.length).map((c) => text.slice(c.start, c.end)), [
      'The minister arrived to shore up shipping ties',
      'amid growing pressure from insurers over the port fees.',
    ]);
  });

  it('reads a dash typed as "--" or a spaced hyphen like an em dash, and leaves hyphenated words whole', () => {
    const clauses = (text: string) => splitClauses(text, 0, text.length).map((c) => text.slice(c.start, c.end));
    assert.deepEqual(clauses('Exports rose from $8.1 billion in 2020 to $61 billion in 2025--most of that growth came from fuel.'), [
      'Exports rose from $8.1 billion in 2020 to $61 billion in 2025',
      'most of that growth came from fuel.',
    ]);
    assert.deepEqual(clauses('The port fees were cut in half - a relief for the long-suffering exporters of Valdoria.'), [
      'The port fees were cut in half',
      'a relief for the long-suffering exporters of Valdoria.',
    ]);
  });

  it('cuts before a clause-opening "as" only when asked, and never in "as much as" or "seen as"', () => {
    const clauses = (text: string, cutAtAs: boolean) => splitClauses(text, 0, text.length, { cutAtAs }).map((c) => text.slice(c.start, c.end));
    const toll = 'The flood toll rose to 212 on Tuesday as rescue teams reached the cut-off hill villages.';
    assert.deepEqual(clauses(toll, true), ['The flood toll rose to 212 on Tuesday', 'as rescue teams reached the cut-off hill villages.']);
    assert.deepEqual(clauses(toll, false), [toll]);
    const intraday = 'Shares of Velmora fell as much as 6% in early trading on Monday as investors sold.';
    assert.deepEqual(clauses(intraday, true), [intraday]);
    const role = 'The new coach was seen as a safe pair of hands by most of the squad.';
    assert.deepEqual(clauses(role, true), [role]);
  });

  it('keeps short pieces with their neighbour', () => {
    const text = 'In March, prices fell.';
    assert.deepEqual(splitClauses(text, 0, text.length).map((c) => text.slice(c.start, c.end)), ['In March, prices fell.']);
  });
});

describe('segment: properties', () => {
  it('spans are ordered, in bounds, and sentences lie inside their paragraph', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const s = segment(text);
        let last = 0;
        for (const sentence of s.sentences) {
          assert.ok(sentence.start >= last && sentence.end <= text.length && sentence.start < sentence.end);
          const p = s.paragraphs[sentence.paragraph];
          assert.ok(p.start <= sentence.start && sentence.end <= p.end);
          last = sentence.end;
        }
        assert.deepEqual(segment(text), s);
      }),
      { numRuns: 300 },
    );
  });
});

describe('appositiveAfter', () => {
  it('reads the appositive noun phrase after a name up to a preposition, a participle or a comma', () => {
    const head = (text: string) => appositiveAfter(text, text.indexOf(','));
    assert.deepEqual(head('Norden Line, the Copenhagen-based carrier, diverted ships.'), ['copenhagen-based', 'carrier']);
    assert.deepEqual(head('the Coral Star, a 9,000-container vessel operated by Orient Lines'), ['9,000-container', 'vessel']);
    assert.deepEqual(head('Ravi Menon, a senior lawyer for the company, said'), ['senior', 'lawyer']);
    assert.equal(head('Ravi Menon, who leads the team, said'), undefined);
  });
});
