import { strict as assert } from 'node:assert';
import { analyzeCorpus } from '../../src/core/analyze';
import { figureItems, type FigureItem } from '../../src/core/links/figureItems';

/** The linking items of one short article, by the text of their figure. */
function itemsOf(text: string): Map<string, FigureItem> {
  const doc = analyzeCorpus([{ file: 'a.txt', text }]).documents[0]!;
  return new Map(figureItems(doc).map((it) => [it.figure.text, it]));
}

function item(items: Map<string, FigureItem>, text: string): FigureItem {
  const it = items.get(text);
  assert.ok(it, `no item for "${text}" among ${[...items.keys()].join(', ')}`);
  return it;
}

/** The features of an item that start with `prefix`, without it, sorted. */
const featuresWith = (it: FigureItem, prefix: string) =>
  [...it.features].filter((f) => f.startsWith(prefix)).map((f) => f.slice(prefix.length)).sort();

describe('figure items: what each mention brings to linking', () => {
  it('labels a statistic with the period written beside it, not with a date elsewhere in the clause', () => {
    const items = itemsOf('Valdoria’s exports to Tarvia reached $41.2 billion in 2023–24, their highest since 2015.\n');
    const exports = item(items, '$41.2 billion');
    assert.equal(exports.period, '2023–2024');
    assert.deepEqual(featuresWith(exports, 'P:'), ['2023–2024']);
  });

  it('gives a value listed for a quarter that quarter, and the month written right after a value that month', () => {
    const items = itemsOf('The bank projects growth of 6.1% for Q2. Prices rose 4.4% in April, the agency said.\n');
    assert.equal(item(items, '6.1%').quarter, 'q2');
    assert.deepEqual(featuresWith(item(items, '6.1%'), 'Q:'), ['q2']);
    assert.equal(item(items, '4.4%').month, 'april');
    assert.equal(item(items, '4.4%').quarter, '');
  });

  it('marks the rest of a whole and a threshold apart from an outcome', () => {
    const items = itemsOf(
      'Kestrel has delivered four of the seven cranes, and the remaining three are due in March.\n\n' +
        'The Marova party won 112 seats, well above the 90 seats required to govern alone.\n',
    );
    assert.equal(item(items, 'three').remainder, true);
    assert.equal(item(items, 'four').remainder, false);
    assert.equal(item(items, '90').requirement, true);
    assert.equal(item(items, '112').requirement, false);
  });

  it('keys a person’s age to that person, whatever the words around it', () => {
    const items = itemsOf('Ivo Marek, 54, said the port would reopen on Monday.\n');
    const age = item(items, '54');
    assert.equal(age.agedPerson, 'Ivo Marek');
    assert.deepEqual(age.keys, ['age:Ivo Marek']);
  });

  it('says when a date starts or ends something', () => {
    const items = itemsOf('The strike began on 9 March and is due to end on 16 March, the union said.\n');
    assert.equal(item(items, '9 March').phase, 'start');
    assert.equal(item(items, '16 March').phase, 'end');
  });

  it('counts the words beside a figure and what it measures, but not what an amount is paid in', () => {
    const items = itemsOf('The hackers demanded a ransom of $5 million in bitcoin from Varnelco.\n');
    const ransom = item(items, '$5 million');
    assert.ok(featuresWith(ransom, 'N:').includes('ransom'), [...ransom.features].join(' '));
    assert.ok(!featuresWith(ransom, 'N:').some((f) => f.startsWith('bitcoin')));
    assert.ok(!featuresWith(ransom, 'A:').some((f) => f.startsWith('bitcoin')));
  });

  it('leaves page furniture out', () => {
    const items = itemsOf('The fund grew 12% in 2024.\n\nDonate $10 to support our journalism.\n');
    assert.ok(items.has('12%'));
    assert.ok(!items.has('$10'), [...items.keys()].join(', '));
  });
});
