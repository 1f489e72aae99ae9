import { strict as assert } from 'node:assert';
import { analyzeCorpus } from '../../src/core/analyze';
import { HEADLINE_RANK, openTogether, statementRanks } from '../../src/core/links/openingStatements';

describe('statementRanks', () => {
  it('ranks the headline −1 and the body’s statements from 0, skipping lines that state nothing', () => {
    const text = [
      'Marova Shuts Old Selka Bridge to Heavy Trucks',
      'By Jana Holm',
      'The Marova city council voted on Tuesday to close the old Selka bridge to heavy trucks.',
      'Will the ferry take them instead?',
      'Inspectors found cracks in two of its piers last month.',
      'Repairs are due to start in the spring.',
    ].join('\n\n');
    const [doc] = analyzeCorpus([{ file: 'a.txt', text }]).documents;
    const ranks = statementRanks(doc);
    const rankOf = (needle: string) => ranks.get(doc.structure.sentences.findIndex((s) => text.slice(s.start, s.end).startsWith(needle)));
    assert.equal(rankOf('Marova Shuts'), HEADLINE_RANK);
    assert.equal(rankOf('By Jana Holm'), undefined);
    assert.equal(rankOf('Will the ferry'), undefined);
    assert.equal(rankOf('The Marova city council'), 0);
    assert.equal(rankOf('Inspectors found'), 1);
    assert.equal(rankOf('Repairs are due'), 2);
  });
});

describe('openTogether', () => {
  it('holds for neighbouring ranks within the headline and the first two statements', () => {
    assert.equal(openTogether(HEADLINE_RANK, HEADLINE_RANK), true);
    assert.equal(openTogether(HEADLINE_RANK, 0), true);
    assert.equal(openTogether(0, 1), true);
    assert.equal(openTogether(1, 1), true);
  });

  it('fails for ranks further apart or past the opening', () => {
    assert.equal(openTogether(HEADLINE_RANK, 1), false);
    assert.equal(openTogether(1, 2), false);
    assert.equal(openTogether(3, 3), false);
  });
});

describe('claim links in the opening', () => {
  // Two reports word one decision apart: they share the bridge's name and little else.
  const council = 'The Marova city council voted on Tuesday to close the old Selka bridge to heavy trucks.';
  const officials = 'Lorries will be kept off the Selka crossing from next month, officials in the port city said.';
  const fillerA = [
    'Rain fell across the region for most of the week, and farmers said the harvest would start late.',
    'A new library opened in the eastern district with a collection of maps and old newspapers.',
    'The local football club signed a young goalkeeper from a second-division side.',
  ];
  const fillerB = [
    'Schools in the north will close early for the winter holiday, the education office said.',
    'A bakery on the main square won a national prize for its rye bread.',
    'The museum plans an exhibition of river paintings in the spring.',
  ];
  const claimGroups = (a: string[], b: string[]) =>
    analyzeCorpus([
      { file: 'a.txt', text: a.join('\n\n') },
      { file: 'b.txt', text: b.join('\n\n') },
    ])
      .groups.filter((g) => g.kind === 'claim')
      .map((g) => g.members.map((m) => `${m.file}:${m.text}`).sort());

  it('links two ledes that state one fact in other words', () => {
    assert.deepEqual(claimGroups([council, ...fillerA], [officials, ...fillerB]), [[`a.txt:${council}`, `b.txt:${officials}`]]);
  });

  it('does not link the same two sentences deep in their articles', () => {
    assert.deepEqual(claimGroups([...fillerA, council], [...fillerB, officials]), []);
  });
});
