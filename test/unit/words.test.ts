import { wholeWordOffsets, writesWholeWords } from '../../src/core/text/wholeWords';
import { strict as assert } from 'node:assert';
import { americanSpelling } from '../../src/core/lexicon/paraphrases';
import { contentWords } from '../../src/core/text/words';

const keys = (text: string) => contentWords(text).map((w) => w.concept ?? w.stem);

describe('content words', () => {
  it('meets British and American spellings in every inflection', () => {
    assert.deepEqual(keys('organised travelled labour defence centres'), keys('organized traveled labor defense centers'));
    assert.deepEqual(keys('the realisation'), keys('the realization'));
    assert.deepEqual(keys('roubles programmes aluminium tyres sceptical'), keys('rubles programs aluminum tires skeptical'));
  });

  it('keeps words that only look British, so they still match their own inflections', () => {
    assert.deepEqual(keys('rising'), keys('rise'));
    assert.deepEqual(keys('falling'), keys('fall'));
    assert.equal(americanSpelling('promised'), 'promised');
    assert.equal(americanSpelling('installed'), 'installed');
    assert.equal(americanSpelling('flour'), 'flour');
    assert.equal(americanSpelling('evidence'), 'evidence');
  });

  it('reads a phrasal verb as the concept it means and consumes its particle', () => {
    const words = contentWords('Refiners scaled back purchases.');
    assert.deepEqual(words.map((w) => w.concept ?? w.stem), keys('Refiners reduced purchases.'));
    const verb = words[1];
    assert.equal('Refiners scaled back purchases.'.slice(verb.start, verb.end), 'scaled back');
  });

  it('reads irregular past forms as their verb, so "prices rose" meets "prices rise" and "bought" meets "buy"', () => {
    assert.deepEqual(keys('prices rose, exports fell, refiners bought'), keys('prices rise, exports fall, refiners buy'));
    assert.deepEqual(keys('sales grew'), keys('sales increased'));
  });

  it('reads market verbs of movement as rise and fall, but not "gained independence"', () => {
    assert.deepEqual(keys('the krone slipped, shares tumbled, bonds rallied'), keys('the krone fell, shares dropped, bonds rose'));
    assert.notDeepEqual(keys('gained'), keys('rose'));
  });

  it('knows newsroom synonyms for evacuations and households', () => {
    assert.deepEqual(keys('evacuated households'), keys('fled families'));
  });

  it('knows that a fine is a penalty and that appealing challenges a ruling', () => {
    assert.deepEqual(keys('fined appeal'), keys('penalty challenge'));
  });

  it('drops discourse connectives, which say how a sentence hangs on the last, not what it is about', () => {
    assert.deepEqual(keys('However, Kestrel Port reopened, though slowly, because the strike ended.'), keys('Kestrel Port reopened slowly; the strike ended.'));
  });

  it('leaves a verb with an unrelated particle alone', () => {
    assert.deepEqual(keys('They came back'), ['came', 'back']);
  });
});

describe('whole words', () => {
  it('finds a word or phrase only where it stands whole, left to right and without overlaps', () => {
    const text = 'Varling’s history: Varling, Varlings, 2012 and 12 in Varling Bay; Varling.';
    assert.deepEqual(wholeWordOffsets(text, 'Varling'), [0, 19, 53, 66]);
    assert.deepEqual(wholeWordOffsets(text, '12'), [47]);
    assert.deepEqual(wholeWordOffsets('aa aa aa', 'aa aa'), [0]);
    assert.equal(writesWholeWords('the Kestrel party', 'Kestrel'), true);
    assert.equal(writesWholeWords('the Kestrels', 'Kestrel'), false);
    assert.equal(writesWholeWords('anything', ''), false);
  });
});
