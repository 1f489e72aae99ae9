import { strict as assert } from 'node:assert';
import { analyzeCorpus } from '../../src/core/analyze';
import { identityStatements } from '../../src/core/claims/identities';
import type { CrossSourceGroup } from '../../src/core/types';

/** The identity statements of one text, as "text [offices] [bodies]". */
function identities(text: string): string[] {
  const [doc] = analyzeCorpus([{ file: 'a.txt', text }]).documents;
  return identityStatements(doc!.text, doc!.entities).map((s) => `${s.text} [${s.offices.join(',')}] [${s.bodies.join(',')}]`);
}

/** The identity groups (claim groups that describe a person) among the sources, as sorted "file:text" lists. */
function identityGroups(sources: { file: string; text: string }[]): string[][] {
  return analyzeCorpus(sources)
    .groups.filter((g: CrossSourceGroup) => g.kind === 'claim' && / describe .* differently/.test(g.note))
    .map((g) => g.members.map((m) => `${m.file}:${m.text}`).sort());
}

describe('identity statements', () => {
  it('reads an office written before the name', () => {
    assert.deepEqual(identities('Palace spokesman Ivan Sorokin said the talks would resume on Monday.'), ['Palace spokesman Ivan Sorokin [spokesman] [Palace]']);
  });

  it('reads a role in apposition with the body it is held at', () => {
    assert.deepEqual(identities('“The deal is fragile,” said Jana K. Holm, a professor of economics at the Marova Institute.'), [
      'Jana K. Holm, a professor of economics at the Marova Institute [commentator] [Marova Institute]',
    ]);
  });

  it('reads a body straight after the name', () => {
    assert.deepEqual(identities('“Prices will fall,” said Arjun Mehra of Varnelco Holdings.'), ['Arjun Mehra of Varnelco Holdings [] [Varnelco Holdings]']);
  });

  it('takes no office from a clause after the name, an unrelated noun phrase, or a role held for someone else', () => {
    assert.deepEqual(identities('The minister met Ivan Sorokin, speaking to reporters at the port, on Friday.'), []);
    assert.deepEqual(identities('The crowd cheered Meena Rao, a gesture the Valdorian leader rarely makes, as she left.'), []);
    assert.deepEqual(identities('A lawyer for Mr. Reyes said the appeal would be filed next week.'), []);
  });

  it('leaves a past office out of what a person is', () => {
    assert.deepEqual(identities('Tomás Reyes, a former deputy governor, said rates would rise.'), []);
  });
});

describe('identity groups', () => {
  const wire = { file: 'wire.txt', text: 'Palace spokesman Ivan Sorokin said the summit would go ahead.\n' };

  it('groups sources that give one person different offices, with every source that describes him', () => {
    const groups = identityGroups([
      wire,
      { file: 'daily.txt', text: 'Palace spokesperson Ivan Sorokin said the summit was on track.\n' },
      { file: 'weekly.txt', text: 'The president’s chief of staff Ivan Sorokin said the summit was on track.\n' },
    ]);
    assert.deepEqual(groups, [[
      'daily.txt:Palace spokesperson Ivan Sorokin',
      'weekly.txt:chief of staff Ivan Sorokin',
      'wire.txt:Palace spokesman Ivan Sorokin',
    ]]);
  });

  it('leaves alone sources that only word one office differently', () => {
    assert.deepEqual(identityGroups([wire, { file: 'daily.txt', text: 'Palace spokesperson Ivan Sorokin said the summit was on track.\n' }]), []);
  });

  it('groups sources that place a commentator in different bodies, not those that name his role differently', () => {
    const atInstitute = { file: 'wire.txt', text: '“Rates will rise,” said Jana K. Holm, an economist at the Marova Institute.\n' };
    const fellow = { file: 'daily.txt', text: '“Rates must rise,” said Jana K. Holm, a senior fellow at the Marova Institute.\n' };
    const elsewhere = { file: 'weekly.txt', text: '“Rates could rise,” said Jana K. Holm, head of research at Varnelco Holdings.\n' };
    assert.deepEqual(identityGroups([atInstitute, fellow]), []);
    assert.deepEqual(identityGroups([atInstitute, elsewhere]), [[
      'weekly.txt:Jana K. Holm, head of research at Varnelco Holdings',
      'wire.txt:Jana K. Holm, an economist at the Marova Institute',
    ]]);
  });
});
