import { strict as assert } from 'node:assert';
import { analyzeCorpus } from '../../src/core/analyze';
import { attachLoneStatements, claimFeatures, joinCloseStatements, neighbourMap } from '../../src/core/links/claimLinks';
import { addFigureStatements } from '../../src/core/links/figureStatements';
import { averageLinkageClusters } from '../../src/core/links/clustering';
import { splitByRole } from '../../src/core/links/valueRoles';
import { MAX_POSTING } from '../../src/core/links/corpusIndex';
import { CorpusIndex, lengthTolerantSimilarity, weightedCosine } from '../../src/core/links/corpusIndex';
import { compareValues } from '../../src/core/links/figureValues';
import { quarterLabels } from '../../src/core/links/quarterLabels';
import { countsPeople } from '../../src/core/lexicon/people';
import { DEFAULT_FIGURE_OPTIONS, linkFigures } from '../../src/core/links/figureLinks';
import { extractFigures } from '../../src/core/figures';
import { segment } from '../../src/core/text/segment';
import { wordDiff, summarizeDiff } from '../../src/core/links/wordDiff';
import { dayDispute } from '../../src/core/links/statedDays';
import { stanceDispute } from '../../src/core/links/opposedStances';
import type { CorpusAnalysis, CrossSourceGroup, DocumentAnalysis } from '../../src/core/types';

import { tariffSources, wire } from '../support/tariffReports';

let corpus: CorpusAnalysis;
before(() => {
  corpus = analyzeCorpus(tariffSources);
});

const files = (g: CrossSourceGroup) => [...new Set(g.members.map((m) => m.file))].sort();
const texts = (g: CrossSourceGroup) => g.members.map((m) => `${m.file}:${m.text}`).sort();
/** Each figure group (of one relation, if given) as "file:text ; file:text". */
const figureGroupTexts = (c: CorpusAnalysis, relation?: string) =>
  c.groups.filter((g) => g.kind === 'figure' && (!relation || g.relation === relation)).map((g) => texts(g).join(' ; '));
/** Each figure conflict among `sources` as "file:text ; file:text". */
const conflictTexts = (sources: { file: string; text: string }[]) => figureGroupTexts(analyzeCorpus(sources), 'conflict');
/** Each quote group as "file:text ; file:text", each member cut to its first `width` characters (with its file name). */
const quoteGroupTexts = (c: CorpusAnalysis, width = Infinity) =>
  c.groups.filter((g) => g.kind === 'quote').map((g) => texts(g).map((t) => t.slice(0, width)).join(' ; '));

describe('cross-source links', () => {
  it('links the same trade figure in two sources as agreeing', () => {
    const g = corpus.groups.find((x) => x.kind === 'figure' && x.members.some((m) => m.text === '$740 billion'));
    assert.ok(g, 'no group for the trade figure');
    assert.equal(g.relation, 'agree');
    assert.deepEqual(texts(g), ['daily.txt:$740 billion', 'wire.txt:$740 billion']);
  });

  it('reports a conflict between 35% and 25% tariffs, naming both sides', () => {
    const g = corpus.groups.find((x) => x.kind === 'figure' && x.relation === 'conflict');
    assert.ok(g, 'no figure conflict');
    assert.deepEqual(texts(g), ['daily.txt:35%', 'weekly.txt:25%', 'wire.txt:35%']);
    assert.match(g.note, /35%/);
    assert.match(g.note, /25%/);
  });

  it('groups one remark quoted with different wording as a variant', () => {
    const g = corpus.groups.find((x) => x.kind === 'quote');
    assert.ok(g, 'no quote group');
    assert.equal(g.relation, 'variant');
    assert.deepEqual(files(g), ['daily.txt', 'weekly.txt', 'wire.txt']);
    assert.match(g.note, /Maria Lindqvist/);
  });

  it('links paraphrased claims across sources', () => {
    const g = corpus.groups.find((x) => x.kind === 'claim' && x.members.some((m) => /pork and brandy/.test(m.text)));
    assert.ok(g, 'no claim group for the retaliation threat');
    assert.deepEqual(files(g), ['daily.txt', 'wire.txt']);
  });

  it('reads "more than 3%" as consistent with 3.2%, and never sets 13 deaths against 6,000 employees', () => {
    const blast = analyzeCorpus([
      {
        file: 'a.txt',
        text: 'Nickel prices on the London Metal Exchange rose 3.2% on Tuesday after the blast.\nThe smelter employs about 6,000 workers. A similar blast in 2023 killed 13 workers at the site.',
      },
      {
        file: 'b.txt',
        text: 'Nickel prices on the London Metal Exchange rose more than 3% on Tuesday after the blast.\nThe smelter, which employs some 6,000 workers, was shut. Another blast killed 13 workers in 2023.',
      },
    ]);
    const figureGroups = blast.groups.filter((g) => g.kind === 'figure').map((g) => `${g.relation}: ${texts(g).join(' ; ')}`);
    assert.ok(figureGroups.includes('variant: a.txt:3.2% ; b.txt:more than 3%'), figureGroups.join('\n'));
    assert.ok(!figureGroups.some((g) => g.startsWith('conflict')), figureGroups.join('\n'));
  });

  it('calls the same figure in another house style, or dated by the day of the report, an agreement', () => {
    const recall = analyzeCorpus([
      { file: 'a.txt', text: 'Kaito Motors on March 12 recalled 1.2 million cars after its shares fell 4.8% in Tokyo trading.' },
      { file: 'b.txt', text: 'Kaito Motors recalled 1.2 million cars, and its shares fell 4.8 per cent in Tokyo trading.' },
    ]);
    const figureGroups = recall.groups.filter((g) => g.kind === 'figure').map((g) => `${g.relation}: ${texts(g).join(' ; ')}`);
    assert.ok(figureGroups.includes('agree: a.txt:1.2 million ; b.txt:1.2 million'), figureGroups.join('\n'));
    assert.ok(figureGroups.includes('agree: a.txt:4.8% ; b.txt:4.8 per cent'), figureGroups.join('\n'));
  });

  it('agrees on money however the currency is written, and ignores a date that is not the figure\'s period', () => {
    const cost = analyzeCorpus([
      { file: 'a.txt', text: 'Kaito estimates the cost of the recall at 180 billion yen. Its shares fell 4.8%, their steepest drop since 2020.' },
      { file: 'b.txt', text: 'Kaito has set aside ¥180bn to cover the cost of the recall. Its shares fell 4.8 per cent in Tokyo.' },
    ]);
    const figureGroups = cost.groups.filter((g) => g.kind === 'figure').map((g) => `${g.relation}: ${texts(g).join(' ; ')}`);
    assert.ok(figureGroups.includes('agree: a.txt:180 billion yen ; b.txt:¥180bn'), figureGroups.join('\n'));
    assert.ok(figureGroups.includes('agree: a.txt:4.8% ; b.txt:4.8 per cent'), figureGroups.join('\n'));
  });

  it('never counts a vague "tens of thousands" as the same figure as an exact count of the same noun', () => {
    const town = analyzeCorpus([
      { file: 'a.txt', text: 'The smelter blast killed 19 workers in the town, which hosts migrant workers from across the region.' },
      { file: 'b.txt', text: 'The town now hosts tens of thousands of migrant workers, and the blast killed 19 workers there.' },
    ]);
    assert.deepEqual(figureGroupTexts(town), ['a.txt:19 ; b.txt:19']);
  });

  it('sets a reported count against the nearer of two other counts, not an earlier disaster\'s', () => {
    const fire = analyzeCorpus([
      { file: 'a.txt', text: 'The wildfire has killed 19 people in the valley. It is the deadliest since a fire killed 11 people.' },
      { file: 'b.txt', text: 'The fire killed 21 people, the deadliest in the valley.' },
    ]);
    assert.deepEqual(figureGroupTexts(fire, 'conflict'), ['a.txt:19 ; b.txt:21']);
  });

  it('reads what a line of a list measures from the line leading into the list', () => {
    const outlook = analyzeCorpus([
      { file: 'a.txt', text: 'The Valdoria central bank trimmed its inflation forecast on Tuesday, with prices seen rising more slowly.\n\nHere are the new estimates:\n\nFY26: Cut to 2.4% from 3.1%\n\nFY27: Cut to 3.8% from 4.5%' },
      { file: 'b.txt', text: 'Valdoria’s central bank raised its forecast for economic growth this year to 7.1 per cent, and sees inflation at 2.4 per cent.' },
    ]);
    assert.ok(figureGroupTexts(outlook).includes('a.txt:2.4% ; b.txt:2.4 per cent'), figureGroupTexts(outlook).join('\n'));
  });

  it('links a quarter’s forecast with the same quarter’s, never with another quarter’s of the same value', () => {
    const outlook = analyzeCorpus([
      { file: 'a.txt', text: 'The Valdoria central bank now sees growth of 5.8% in Q1, 5.2% in Q2 and 4.9% in Q3.' },
      { file: 'b.txt', text: 'Valdoria’s central bank projected growth with Q1 at 5.2%, Q2 at 5.4% and Q3 at 4.9%.' },
    ]);
    assert.deepEqual(figureGroupTexts(outlook), ['a.txt:4.9% ; b.txt:4.9%']);
  });

  it('reads the quarter of each value: after it, before it, in order with “respectively”, and for the value it was cut from', () => {
    const labels = (text: string) => {
      const doc = analyzeCorpus([{ file: 'a.txt', text }]).documents[0]!;
      return doc.structure.sentences.flatMap((s, i) => [...quarterLabels(text, s, doc.figures.filter((f) => f.sentence === i))].map(([start, q]) => `${doc.figures.find((f) => f.start === start)!.text}=${q}`));
    };
    assert.deepEqual(labels('Growth is seen at 5.8% for Q1, 5.2% for Q2 and 4.9% in the third quarter.'), ['5.8%=q1', '5.2%=q2', '4.9%=q3']);
    assert.deepEqual(labels('For Q2 and Q3, it sees growth of 6% and 5.5%, respectively.'), ['6%=q2', '5.5%=q3']);
    assert.deepEqual(labels('Q2FY26: Trimmed to 2.7% from 3.4%\nQ3FY26: Seen at 4.1%'), ['2.7%=q2', '3.4%=q2', '4.1%=q3']);
    assert.deepEqual(labels('Output rose 3% in 2024, when H2 emissions fell 8%.'), []);
  });

  it('keeps a quarter of a fiscal year apart from the whole year', () => {
    const outlook = analyzeCorpus([
      { file: 'a.txt', text: 'Valdoria’s central bank sees inflation easing in FY26 as food prices fall.' },
      { file: 'b.txt', text: 'The Valdoria central bank sees inflation easing.\n\nQ1FY26: Trimmed to 2.7% from 3.4% as food prices fall' },
    ]);
    assert.deepEqual(figureGroupTexts(outlook), []);
  });

  it('sets a monthly reading against the same month\'s, not against the month before', () => {
    const cpi = analyzeCorpus([
      { file: 'a.txt', text: 'Consumer prices rose 7.4% in April from a year earlier, up from 6.2% in March, the statistics office said.' },
      { file: 'b.txt', text: 'The central bank said consumer price inflation touched 7.1% in April, after 6.2% in March.' },
    ]);
    assert.deepEqual(figureGroupTexts(cpi, 'conflict'), ['a.txt:7.4% ; b.txt:7.1%']);
  });

  it('links a three-word phrase of one speaker quoted inside a fuller rendering, but not a common pair of words', () => {
    const friendship = analyzeCorpus([
      { file: 'a.txt', text: '“Our friendship has weathered every season, and it will not bend,” Prime Minister Rina Kartika said.' },
      { file: 'b.txt', text: 'Prime Minister Rina Kartika said the ties had “weathered every season” and spoke of “energy security”.' },
      { file: 'c.txt', text: 'Analysts said Kenya prized its “energy security”, Prime Minister Rina Kartika said.' },
    ]);
    const quoteGroups = quoteGroupTexts(friendship);
    assert.deepEqual(quoteGroups, ['a.txt:Our friendship has weathered every season, and it will not bend, ; b.txt:weathered every season']);
  });

  it('links a whole sentence of one speaker with few content words, rendered with small changes', () => {
    const budget = analyzeCorpus([
      { file: 'a.txt', text: '“This is a budget for the lenders, not for the people,” opposition leader Mirza Alam said.' },
      { file: 'b.txt', text: '“This is a budget written for the lenders, not for the people of Bangladesh,” opposition leader Mirza Alam said.' },
    ]);
    assert.equal(budget.groups.filter((g) => g.kind === 'quote').length, 1);
  });

  it('joins both parts of a split quote to one rendering only a little longer, when it holds the other part\'s words too', () => {
    const talks = analyzeCorpus([
      { file: 'a.txt', text: 'Analyst Jana Holm was blunt. “The visitors came with a long shopping list and the hosts came with a long list of worries,” Holm said. “Both got something, but neither got everything.”' },
      { file: 'b.txt', text: 'Analyst Jana Holm was blunt. “The visitors came with a long shopping list, the hosts with a long list of worries. Both got something, neither got everything,” Holm said.' },
      { file: 'c.txt', text: 'Analyst Jana Holm spoke. “The visitors came with a long shopping list and the hosts came with a long list of worries,” Holm said. “I expect a second round.”' },
    ]);
    const quoteGroups = quoteGroupTexts(talks, 14);
    assert.deepEqual(quoteGroups, ['a.txt:Both got ; a.txt:The visi ; b.txt:The visi ; c.txt:The visi']);
  });

  it('links two renderings of one clause of a speaker\'s with few content words, and not two short phrases', () => {
    const rubble = analyzeCorpus([
      { file: 'a.txt', text: 'Interior Minister Ivan Sorokin visited the site. “We will not leave a single citizen under the rubble,” Sorokin said.' },
      { file: 'b.txt', text: 'Interior Minister Ivan Sorokin vowed that “no citizen of ours will be left under the rubble”.' },
      { file: 'c.txt', text: 'Interior Minister Ivan Sorokin spoke of “the ruins” and “our people”.' },
    ]);
    const quoteGroups = quoteGroupTexts(rubble, 12);
    assert.deepEqual(quoteGroups, ['a.txt:We wil ; b.txt:no cit']);
  });

  it('lets a long rendering meet the full rendering of a source that also quotes a phrase of it', () => {
    const court = analyzeCorpus([
      { file: 'a.txt', text: 'Judge Tomás Reyes ruled on Monday. “The evidence before this court shows a pattern of neglect that no family should have to endure. I have ordered a full inquiry,” Reyes said.' },
      { file: 'b.txt', text: 'The court found “a pattern of neglect that no family should have to endure”.\n\nLater Reyes added: “The evidence before this court shows a pattern of neglect that no family should ever have to endure. I have ordered a full inquiry into the ward.”' },
    ]);
    const quoteGroups = quoteGroupTexts(court, 16);
    assert.ok(quoteGroups.some((g) => g.includes('a.txt:The eviden') && g.includes('b.txt:The eviden')), quoteGroups.join(' | '));
  });

  it('reads a quote in a paragraph of its own after “…,” he added. as the next remark, not the rest of the split one', () => {
    const outbreak = analyzeCorpus([
      { file: 'a.txt', text: 'Health minister Meena Rao spoke on Friday.\n\n“This should worry every one of us,” she added.\n\n“We will send teams to every district in the coming weeks to trace contacts, vaccinate families and treat the sick.”' },
      { file: 'b.txt', text: 'Health minister Meena Rao said the outbreak was serious. “This should worry every one of us, and the spread beyond our borders is very alarming,” Rao said.' },
    ]);
    const quoteGroups = quoteGroupTexts(outbreak, 12);
    assert.deepEqual(quoteGroups, ['a.txt:This s ; b.txt:This s']);
  });

  it('sets no far values against each other when their sentences name different years', () => {
    const quakes = analyzeCorpus([
      { file: 'a.txt', text: 'The toll is more than double that of the 2011 earthquake in Varna, which killed 604 people.' },
      { file: 'b.txt', text: 'The 2019 earthquake in Kestrel killed 1,284 people, officials said.' },
    ]);
    assert.equal(quakes.groups.filter((g) => g.kind === 'figure' && g.relation === 'conflict').length, 0);
  });

  it('sets a delegation of about 100 officials against a 120-member delegation', () => {
    const visit = analyzeCorpus([
      { file: 'a.txt', text: 'The president would be accompanied by a delegation of about 100 officials and business executives.' },
      { file: 'b.txt', text: 'The president was accompanied by a 120-member delegation of ministers, officials and business leaders.' },
    ]);
    const conflict = visit.groups.find((g) => g.kind === 'figure' && g.relation === 'conflict');
    assert.deepEqual(conflict && texts(conflict), ['a.txt:about 100', 'b.txt:120-member']);
  });

  it('keeps the other part of a split quote out of a long rendering when that part is quoted closer elsewhere', () => {
    const judge = analyzeCorpus([
      { file: 'a.txt', text: 'Justice Meera Iyer ruled on Tuesday. “These children were handed poison in a bottle carrying the label of a medicine,” Iyer said. “The right to life does not end at the chemist’s counter.”' },
      { file: 'b.txt', text: 'Justice Meera Iyer ruled on Tuesday. “The right to life does not end at the chemist’s counter. A parent who buys a syrup is entitled to assume that what is in the bottle is what is on the label,” Iyer wrote.' },
      { file: 'c.txt', text: 'Justice Meera Iyer ruled on Tuesday. “These children were given poison in a bottle that bore the label of a medicine,” Iyer said.' },
    ]);
    const quoteGroups = quoteGroupTexts(judge, 20).sort();
    assert.deepEqual(quoteGroups, ['a.txt:The right to l ; b.txt:The right to l', 'a.txt:These children ; c.txt:These children']);
  });

  it('gives claims that hold the same linked figure, or two sides of a disputed one, a shared feature', () => {
    const cpi = analyzeCorpus([
      { file: 'a.txt', text: 'Consumer prices rose 7.4% in April from a year earlier, the statistics office said.' },
      { file: 'b.txt', text: 'Annual inflation touched 7.1% in April from a year earlier, driven by vegetables.' },
    ]);
    const conflict = cpi.groups.find((g) => g.kind === 'figure' && g.relation === 'conflict');
    assert.ok(conflict, 'no figure conflict');
    const figureGroupOf = new Map(conflict.members.map((m) => [`${m.file}:${m.start}`, 'g1']));
    const [fa, fb] = cpi.documents.map((doc) => claimFeatures(doc, doc.claims[0], new Map(), figureGroupOf));
    const shared = [...fa].filter((f) => fb.has(f) && /^G\d:/.test(f));
    assert.ok(shared.length > 0, `no shared figure-group feature in ${[...fa].join(' ')}`);
  });

  it('reads a capital and a nationality word as the country they stand for', () => {
    const sanctions = analyzeCorpus([
      { file: 'a.txt', text: 'Refiners have cut orders as Washington widened sanctions on Valdorian producers.' },
      { file: 'b.txt', text: 'The United States has widened sanctions on producers in Valdoria.' },
    ]);
    const [fa, fb] = sanctions.documents.map((doc) => claimFeatures(doc, doc.claims[0]));
    assert.ok(fa.has('E:united states') && fb.has('E:united states'), [...fa].join(' '));
    assert.ok(!fa.has('E:washington') || fa.has('E:united states'));
  });

  it('lets a clause that names no one speak of the names before it in its sentence', () => {
    const fares = analyzeCorpus([{ file: 'a.txt', text: 'Varnelco Airways cut its fares again on Monday, making it the cheapest carrier in the region.' }]);
    const doc = fares.documents[0];
    const clause = doc.claims.find((c) => c.text.startsWith('making'));
    assert.ok(clause, `no second clause in ${doc.claims.map((c) => c.text).join(' | ')}`);
    assert.ok(claimFeatures(doc, clause).has('E:varnelco airways'), [...claimFeatures(doc, clause)].join(' '));
  });

  it('compares "five units" with "five squadrons" of the model just named', () => {
    const deal = analyzeCorpus([
      { file: 'a.txt', text: 'The MIM-104 system has become a symbol of the partnership. Valdoria agreed in 2018 to buy five units for $5.4 billion.' },
      { file: 'b.txt', text: 'Deliveries of the MIM-104 are running late. Valdoria has received three of the five squadrons it ordered in 2018.' },
    ]);
    assert.ok(figureGroupTexts(deal).includes('a.txt:five ; b.txt:five'), figureGroupTexts(deal).join(' | '));
  });

  it('counts fans and supporters as one crowd', () => {
    const march = analyzeCorpus([
      { file: 'a.txt', text: 'About 2,000 fans marched to the Portway stadium before Saturday’s game against the takeover.' },
      { file: 'b.txt', text: 'More than 3,000 supporters marched to the Portway stadium before Saturday’s game against the takeover.' },
    ]);
    assert.deepEqual(figureGroupTexts(march, 'conflict'), ['a.txt:About 2,000 ; b.txt:More than 3,000']);
  });

  it('sets a 12-member council against a group of 13 nations, however each names the members', () => {
    const bloc = analyzeCorpus([
      { file: 'a.txt', text: 'The 12-member Selka Council agreed on Monday to open its ports to Marovan freight after two days of talks in Tarsk.' },
      { file: 'b.txt', text: 'Meeting in Tarsk for the first time since the floods, the group of 13 nations in the Selka Council said on Monday it would let Marovan freight use its ports, ending a dispute over grain that had run since the spring.' },
    ]);
    assert.deepEqual(figureGroupTexts(bloc, 'conflict'), ['a.txt:12-member ; b.txt:13']);
  });

  it('compares minutes with hours: a 90-minute interview against a two-hour one', () => {
    const talk = analyzeCorpus([
      { file: 'a.txt', text: 'Ivan Sorokin gave a 90-minute interview to the channel on Tuesday.' },
      { file: 'b.txt', text: 'Ivan Sorokin gave a two-hour interview to the channel on Tuesday.' },
    ]);
    assert.deepEqual(figureGroupTexts(talk, 'conflict'), ['a.txt:90-minute ; b.txt:two-hour']);
  });

  it('takes a share written to fewer decimals for the same figure: 52.4% and 52.41%', () => {
    const vote = analyzeCorpus([
      { file: 'a.txt', text: 'Tomás Reyes won 52.4% of the valid votes in Sunday’s run-off, the electoral tribunal said.' },
      { file: 'b.txt', text: 'Reyes took 52.41 per cent of valid votes in the run-off, according to the tribunal.' },
    ]).groups.filter((g) => g.kind === 'figure' && g.members.some((m) => m.text === '52.4%'));
    assert.deepEqual(vote.map((g) => [g.relation, g.members.map((m) => m.text).sort()]), [['variant', ['52.4%', '52.41 per cent']]]);
  });

  it('reads bare "pesos" as the peso the corpus writes with its sign, so the amounts meet', () => {
    const c = analyzeCorpus([
      { file: 'a.txt', text: 'Infrastructure spending was set at 1.62 trillion pesos, covering roads and bridges.' },
      { file: 'b.txt', text: 'Infrastructure outlays are set at ₱1.62 trillion, covering roads and bridges.' },
    ]);
    assert.equal(c.documents[0]!.figures[0]!.unit, 'PHP');
    assert.deepEqual(figureGroupTexts(c), ['a.txt:1.62 trillion pesos ; b.txt:₱1.62 trillion']);
    // An amount that borrowed the currency of its sentence follows too; a sign of another country's currency does not.
    const rates = analyzeCorpus([
      { file: 'a.txt', text: 'The budget is 7.12 trillion pesos. The peso closed at 58.20 against the dollar.' },
      { file: 'b.txt', text: 'The budget is ₱7.12 trillion, and a deal worth ₹500 crore was signed.' },
    ]);
    assert.deepEqual(rates.documents.flatMap((d) => d.figures.filter((f) => f.kind === 'money').map((f) => `${f.text}:${f.unit}`)),
      ['7.12 trillion pesos:PHP', '58.20:PHP', '₱7.12 trillion:PHP', '₹500 crore:INR']);
    // With no sign anywhere, "pesos" keeps its default reading.
    assert.equal(analyzeCorpus([{ file: 'a.txt', text: 'It cost 40 million pesos.' }]).documents[0]!.figures[0]!.unit, 'MXN');
  });

  it('reads pounds as the pound each document names, and a bracketed conversion as no evidence of the story\'s currency', () => {
    const units = (c: CorpusAnalysis) => c.documents.flatMap((d) => d.figures.filter((f) => f.kind === 'money').map((f) => `${d.file}:${f.text}:${f.unit}`));
    const c = analyzeCorpus([
      { file: 'a.txt', text: 'A dollar bought about 69.15 Egyptian pounds, up from 50.85 pounds in the morning.' },
      { file: 'b.txt', text: 'The pound was trading at about E£68.4, and the loan of $9.2bn (£7.3bn) was approved.' },
      { file: 'c.txt', text: 'The pound weakened to 68.40 to the dollar after the bank let it float, wiping 2.1 million pounds off a fund.' },
    ]);
    assert.deepEqual(units(c), [
      'a.txt:about 69.15 Egyptian pounds:EGP', 'a.txt:50.85 pounds:EGP',
      'b.txt:about E£68.4:EGP', 'b.txt:$9.2bn:USD', 'b.txt:£7.3bn:GBP',
      'c.txt:68.40:EGP', 'c.txt:2.1 million pounds:EGP',
    ]);
    // A document that writes sterling reads a bare "2,500 pounds" as money; a weight stays a weight.
    const award = analyzeCorpus([{ file: 'a.txt', text: 'The court awarded 750 pounds to each claimant, and the firm set aside 45 million pounds. It shipped 2,500 pounds of cargo.' }]);
    assert.deepEqual(units(award), ['a.txt:750 pounds:GBP', 'a.txt:45 million pounds:GBP']);
    assert.deepEqual(units(analyzeCorpus([{ file: 'a.txt', text: 'The parcel weighed 750 pounds.' }])), []);
  });

  it('compares gigawatts with megawatts', () => {
    const goal = analyzeCorpus([
      { file: 'a.txt', text: 'Valdoria aims to raise its nuclear capacity to 100 GW by 2047, the minister said.' },
      { file: 'b.txt', text: 'Valdoria aims to raise its nuclear capacity to 100,000 MW by 2047, officials said.' },
    ]).groups.filter((g) => g.kind === 'figure' && g.members.some((m) => m.text === '100'));
    assert.deepEqual(goal.map((g) => [g.relation, g.members.map((m) => m.text).sort()]), [['variant', ['100', '100,000']]]);
  });

  it('compares ships with vessels and a decade with ten years', () => {
    const deal = analyzeCorpus([
      { file: 'a.txt', text: 'Japan will supply six offshore patrol vessels to Indonesia and sign a decade-long gas supply deal with Jakarta.' },
      { file: 'b.txt', text: 'Japan will supply eight patrol ships to Indonesia and sign a 10-year gas supply deal with Jakarta.' },
    ]);
    assert.deepEqual(figureGroupTexts(deal, 'conflict'), ['a.txt:six ; b.txt:eight']);
    assert.ok(figureGroupTexts(deal).includes('a.txt:decade-long ; b.txt:10-year'), figureGroupTexts(deal).join(' | '));
  });

  it('lets a third source open a third side of a disputed figure', () => {
    const toll = analyzeCorpus([
      { file: 'a.txt', text: 'The death toll from the earthquake in Karnali province rose to 587 on Wednesday, the disaster authority said.' },
      { file: 'b.txt', text: 'The death toll from the earthquake in Karnali province rose to 612 on Wednesday, the home ministry said.' },
      { file: 'c.txt', text: 'The death toll from the earthquake in Karnali province rose to 540 on Wednesday, the provincial police said.' },
    ]);
    assert.deepEqual(figureGroupTexts(toll, 'conflict'), ['a.txt:587 ; b.txt:612 ; c.txt:540']);
    assert.match(toll.groups.find((g) => g.kind === 'figure')!.note, /587 \(a\.txt\) vs 612 \(b\.txt\) vs 540 \(c\.txt\)|vs .* vs /);
  });

  it('compares union members with workers, jobs with roles and a week with seven days', () => {
    const strike = analyzeCorpus([
      { file: 'a.txt', text: 'About 1,800 members of the dockers’ union walked off the job on Monday in a seven-day stoppage. The union says automation would put 300 jobs at risk.' },
      { file: 'b.txt', text: 'Some 2,100 dock workers of the union walked off the job on Monday in a week-long stoppage. The union says about 300 roles would disappear with automation.' },
    ]);
    const groups = figureGroupTexts(strike);
    assert.ok(groups.includes('a.txt:About 1,800 ; b.txt:Some 2,100'), groups.join(' | '));
    assert.ok(groups.includes('a.txt:seven-day ; b.txt:week-long'), groups.join(' | '));
    assert.ok(groups.includes('a.txt:300 ; b.txt:about 300'), groups.join(' | '));
  });

  it('counts a nationality in the plural as people', () => {
    const permits = analyzeCorpus([
      { file: 'a.txt', text: 'About 72,000 Kenyan citizens received German work permits in 2024, the presidential aide said.' },
      { file: 'b.txt', text: 'Around 72,000 Kenyans got German work permits in 2024, officials said.' },
    ]);
    assert.ok(figureGroupTexts(permits).includes('a.txt:About 72,000 ; b.txt:Around 72,000'), figureGroupTexts(permits).join(' | '));
  });

  it('counts a people in "-ians" as people, and a count left without power as people', () => {
    const outage = analyzeCorpus([
      { file: 'a.txt', text: 'More than 82,000 Valdorians lost power as the storm crossed the coast on Friday.' },
      { file: 'b.txt', text: 'In Valdoria, some 82,000 people had no electricity once the storm crossed the coast.' },
      { file: 'c.txt', text: 'The storm crossed the coast of Valdoria on Friday, leaving 82,000 without power.' },
    ]);
    assert.ok(figureGroupTexts(outage).includes('a.txt:More than 82,000 ; b.txt:some 82,000 ; c.txt:82,000'), figureGroupTexts(outage).join(' | '));
  });

  it('counts defendants as people, so "31 defendants" and "31 men" found guilty meet', () => {
    const verdict = analyzeCorpus([
      { file: 'a.txt', text: 'The court in Tarsk on Monday found 31 defendants guilty of fraud after a long trial.' },
      { file: 'b.txt', text: 'All 31 men were found guilty of fraud by the court in Tarsk on Monday.' },
    ]);
    assert.ok(figureGroupTexts(verdict).includes('a.txt:31 ; b.txt:31'), figureGroupTexts(verdict).join(' | '));
  });

  it('counts games, matches and appearances as one thing', () => {
    const career = analyzeCorpus([
      { file: 'a.txt', text: 'Mehra has scored 212 goals in 364 games for Kestrel since his debut.' },
      { file: 'b.txt', text: 'The striker scored 212 goals in 364 appearances for Kestrel after his debut.' },
    ]);
    assert.ok(figureGroupTexts(career).includes('a.txt:364 ; b.txt:364'), figureGroupTexts(career).join(' | '));
  });

  it('links report dates only with report dates, and compares hours with days', () => {
    const attack = analyzeCorpus([
      { file: 'a.txt', text: 'KUALA LUMPUR, Nov 7 - The hackers gave the airline 72 hours to pay the ransom after the attack on November 6.' },
      { file: 'b.txt', text: 'Wednesday 7 November 2026\n\nThe hackers gave the airline three days to pay the ransom after the attack on Nov 6.' },
    ]);
    const groups = figureGroupTexts(attack);
    assert.ok(groups.includes('a.txt:Nov 7 ; b.txt:7 November 2026'), groups.join(' | '));
    assert.ok(groups.includes('a.txt:72 hours ; b.txt:three days'), groups.join(' | '));
    assert.deepEqual(figureGroupTexts(attack, 'conflict'), []);
  });

  it('compares calendar days, however written, and never sets the start of an event against its end', () => {
    const recall = analyzeCorpus([
      { file: 'a.txt', text: 'The regulator recalled the batch of 12,000 bottles on Nov. 4, three weeks after the first deaths. The strike began on 9 March.' },
      { file: 'b.txt', text: 'The batch was not recalled by the regulator until 11 November, after the first deaths. The strike is due to end on March 16.' },
    ]);
    assert.deepEqual(figureGroupTexts(recall, 'conflict'), ['a.txt:Nov. 4 ; b.txt:11 November']);
    assert.ok(figureGroupTexts(recall).every((g) => !g.includes('March')));
  });

  it('links a month of a year with its year, and a day with its month, as variants', () => {
    const visit = analyzeCorpus([
      { file: 'a.txt', text: 'Osei last visited Kenya in November 2019, months before the election. Washington raised levies on Kenyan goods on August 27.' },
      { file: 'b.txt', text: 'Osei last visited Kenya in 2019, months before the election. Washington raised levies on Kenyan goods in August.' },
    ]);
    const variants = figureGroupTexts(visit, 'variant');
    assert.ok(variants.includes('a.txt:November 2019 ; b.txt:2019'), variants.join(' | '));
    assert.ok(variants.includes('a.txt:August 27 ; b.txt:August'), variants.join(' | '));
  });

  it('links scores written alike, and never sets two different scores against each other', () => {
    const final = analyzeCorpus([
      { file: 'a.txt', text: 'Kestrel took the Varling cup from Tarsk 5-3 on penalties after a 1-1 draw in Marova.' },
      { file: 'b.txt', text: 'Kestrel lifted the Varling cup, beating Tarsk 5–3 on penalties. The two sides drew 1-1 in Marova.' },
    ]);
    const groups = figureGroupTexts(final);
    assert.ok(groups.includes('a.txt:5-3 ; b.txt:5–3'), groups.join(' | '));
    assert.ok(groups.includes('a.txt:1-1 ; b.txt:1-1'), groups.join(' | '));
    assert.deepEqual(figureGroupTexts(final, 'conflict'), []);
  });

  it('reads an approximation as the value it rounds, and a value with fewer decimals as the same, strictly within half its last digit', () => {
    const figure = (text: string) => extractFigures(text, segment(text))[0]!;
    assert.equal(compareValues(figure('Trade reached about $41 billion.'), figure('Trade reached $41.3 billion.')), 'nested');
    assert.equal(compareValues(figure('Sales were about 15 million units.'), figure('Sales were 14.5 million units.')), 'different');
    assert.equal(compareValues(figure('Trade reached nearly $59 billion.'), figure('Trade reached $64 billion.')), 'different');
    // one value written to fewer decimals, with no word of approximation, is the same figure
    assert.equal(compareValues(figure('Trade reached $41.3 billion.'), figure('Trade reached $41.32 billion.')), 'same');
    assert.equal(compareValues(figure('Imported coal makes up nearly 40% of supply.'), figure('Imported coal makes up 36% of supply.')), 'different');
    // a bound met by an exact value, but not by another estimate
    assert.equal(compareValues(figure('More than 750,000 people fled.'), figure('Some 760,000 people fled.')), 'different');
    assert.equal(compareValues(figure('More than 750,000 people fled.'), figure('In all, 760,000 people fled.')), 'nested');
    // two estimates are two values, however coarse one of them is
    assert.equal(compareValues(figure('Intake fell to roughly 1 million barrels a day.'), figure('Intake fell to about 1.2 million bpd.')), 'different');
    assert.equal(compareValues(figure('Intake fell to roughly 1 million barrels a day.'), figure('Intake fell to 1.2 million bpd.')), 'nested');
  });

  it('reads one whole unit of time ("a decade") as the same as a value it rounds, and no further', () => {
    const figure = (text: string) => extractFigures(text, segment(text))[0]!;
    assert.equal(compareValues(figure('It was the first strike at the plant in a decade.'), figure('It was the first strike at the plant in nine years.')), 'same');
    assert.equal(compareValues(figure('It was the first flood there in a century.'), figure('It was the first flood there in 108 years.')), 'same');
    assert.equal(compareValues(figure('It was the first strike at the plant in a decade.'), figure('It was the first strike at the plant in 13 years.')), 'different');
    assert.equal(compareValues(figure('It was the first strike at the plant in a decade.'), figure('It was the first strike at the plant in nearly nine years.')), 'different');
  });

  it('never calls two months of one year the same date (they may conflict)', () => {
    const made = analyzeCorpus([
      { file: 'a.txt', text: 'The batch was manufactured in September 2025 at the Baddi plant, the regulator said.' },
      { file: 'b.txt', text: 'The batch was manufactured in October 2025 at the Baddi plant, the regulator said.' },
    ]);
    assert.ok(figureGroupTexts(made, 'agree').concat(figureGroupTexts(made, 'variant')).every((g) => !g.includes('2025')));
    assert.deepEqual(figureGroupTexts(made, 'conflict'), ['a.txt:September 2025 ; b.txt:October 2025']);
  });

  it('compares counts of people whatever noun counts them', () => {
    const staff = analyzeCorpus([
      { file: 'a.txt', text: 'The smelter employs about 6,000 people at the Bungku industrial park.' },
      { file: 'b.txt', text: 'The smelter employs around 6,500 workers at the Bungku industrial park.' },
    ]);
    const g = staff.groups.find((x) => x.kind === 'figure');
    assert.ok(g, 'no figure group');
    assert.equal(g.relation, 'conflict');
    assert.deepEqual(texts(g), ['a.txt:about 6,000', 'b.txt:around 6,500']);
  });

  it('compares counts of one thing under other nouns, and puts a headline beside its body on one side of a conflict', () => {
    const recall = analyzeCorpus([
      {
        file: 'a.txt',
        text: 'Maker recalls 40,000 cars as airbag fault injures 17\nThe maker said it would recall 40,000 vehicles after 17 people were injured by faulty airbags.',
      },
      { file: 'b.txt', text: 'The maker is recalling 40,000 automobiles. Its airbags have injured 14 people so far, the maker said.' },
    ]);
    const count = recall.groups.find((x) => x.kind === 'figure' && x.members.some((m) => m.text === '40,000'));
    assert.ok(count, 'no group for the recalled vehicles');
    assert.deepEqual(files(count), ['a.txt', 'b.txt']);
    assert.equal(count.members.length, 3);
    const injured = recall.groups.find((x) => x.kind === 'figure' && x.relation === 'conflict');
    assert.ok(injured, 'no conflict on the injured');
    assert.deepEqual(texts(injured), ['a.txt:17', 'a.txt:17', 'b.txt:14']);
  });

  it('lets a headline join the body sentence it summarises in one claim group', () => {
    const storm = analyzeCorpus([
      {
        file: 'a.txt',
        text: 'Storm Shuts Port of Valencia for Three Days\nVALENCIA (Wire) — A violent storm shut the port of Valencia for three days this week, stranding dozens of cargo ships.',
      },
      {
        file: 'b.txt',
        text: 'Valencia counts the cost\nThe port of Valencia was shut for three days by a violent storm, leaving dozens of cargo ships stranded offshore.',
      },
    ]);
    const g = storm.groups.find((x) => x.kind === 'claim' && x.members.some((m) => m.text.startsWith('Storm Shuts')));
    assert.ok(g, 'the headline is in no claim group');
    assert.deepEqual(
      g.members.map((m) => `${m.file}:${m.text.slice(0, 24)}`).sort(),
      ['a.txt:Storm Shuts Port of Vale', 'a.txt:VALENCIA (Wire) — A viol', 'b.txt:The port of Valencia was'],
    );
  });

  it('links two statements made only of words most statements share, when nothing else is closer', () => {
    const towns = ['Kestrel', 'Marova', 'Selka', 'Dunmore', 'Ostrava', 'Tiven', 'Brask', 'Halden', 'Corrin', 'Pellam'];
    const strike = analyzeCorpus([
      { file: 'a.txt', text: `The ferry strike is growing. ${towns.map((t) => `Ferry crews in ${t} joined the growing strike.`).join(' ')}` },
      { file: 'b.txt', text: `The ferry strike keeps growing. ${towns.map((t) => `The growing ferry strike reached ${t}.`).join(' ')}` },
    ]);
    const g = strike.groups.find((x) => x.kind === 'claim' && x.members.some((m) => m.text === 'The ferry strike is growing.'));
    assert.ok(g, 'the two statements are in no claim group');
    assert.deepEqual(texts(g), ['a.txt:The ferry strike is growing.', 'b.txt:The ferry strike keeps growing.']);
  });

  it('never links a body statement to another in the same file, and every group spans two files', () => {
    for (const g of corpus.groups) {
      assert.ok(files(g).length >= 2, `group ${g.id} has one file`);
      const keys = g.members.map((m) => `${m.file}:${m.start}:${m.end}`);
      assert.equal(new Set(keys).size, keys.length, `group ${g.id} repeats a member`);
      const text = (file: string) => corpus.documents.find((d) => d.file === file)!.text;
      const bodyFiles = g.members.filter((m) => m.start > text(m.file).indexOf('\n')).map((m) => m.file);
      assert.equal(new Set(bodyFiles).size, bodyFiles.length, `group ${g.id} has two body statements of one file`);
    }
  });

  it('lists conflicts first and gives groups unique ids', () => {
    const relations = corpus.groups.map((g) => g.relation);
    const firstOther = relations.findIndex((r) => r !== 'conflict');
    assert.ok(relations.slice(firstOther).every((r) => r !== 'conflict'));
    assert.equal(new Set(corpus.groups.map((g) => g.id)).size, corpus.groups.length);
  });

  it('finds nothing to link in a single source', () => {
    assert.deepEqual(analyzeCorpus([{ file: 'wire.txt', text: wire }]).groups, []);
  });
});

describe('figure conflicts between near values', () => {
  const flood = (count: string) =>
    `Floods swept the northern valley on Monday, officials said.\n\nThe army has deployed ${count} helicopters to lift families from flooded homes.\n\nRescuers pulled 30 people from rooftops in the town of Varensk.`;
  const ministry =
    'Rescue teams worked through the night as the river burst its banks in the north.\n\nMore than fifty helicopters and boats are taking part in the operation, the defence ministry said, with soldiers lifting families from flooded homes.\n\nThe regional governor called it the worst flood in decades.';
  const conflicts = (count: string, kind = 'figure') =>
    analyzeCorpus([
      { file: 'a.txt', text: flood(count) },
      { file: 'b.txt', text: ministry },
    ]).groups.filter((g) => g.relation === 'conflict' && g.kind === kind).map((g) => g.members.map((m) => m.text).sort());

  it('sees "48 helicopters" and "more than fifty helicopters" in like contexts as a conflict', () => {
    assert.deepEqual(conflicts('48'), [['48', 'More than fifty']]);
  });

  it('makes the two statements of a disputed figure a conflicting claim, though their other words differ', () => {
    assert.deepEqual(conflicts('48', 'claim'), [
      ['More than fifty helicopters and boats are taking part in the operation, the defence ministry said', 'The army has deployed 48 helicopters to lift families from flooded homes.'],
    ]);
  });

  it('reads "units" as the things named before them, so "410,000 vehicles" and "430,000 units" can conflict', () => {
    const groups = analyzeCorpus([
      {
        file: 'a.txt',
        text: 'Rivale Motors is recalling scooters and cars over a faulty brake hose.\n\nRegulators said about 410,000 of the recalled vehicles had been sold in Canada.',
      },
      {
        file: 'b.txt',
        text: 'The recall covers 2021-2024 model year vehicles.\n\nThe recall covers vehicles sold in Europe and Canada. Of these, about 430,000 units were sold in Canada, according to the company.',
      },
    ]).groups;
    const conflict = groups.find((g) => g.relation === 'conflict');
    assert.deepEqual(conflict?.members.map((m) => m.text).sort(), ['about 410,000', 'about 430,000']);
  });

  it('links counts of one named model whatever noun follows it', () => {
    const groups = analyzeCorpus([
      { file: 'a.txt', text: 'Spain has sent two Canadair CL-415 water bombers to fight the fire near the coast.' },
      { file: 'b.txt', text: 'Two CL-415 planes from Spain are scooping seawater to fight the fire.' },
    ]).groups;
    assert.ok(groups.some((g) => g.kind === 'figure' && g.members.map((m) => m.text.toLowerCase()).sort().join() === 'two,two'));
  });

  it('does not read a count far from the other one in the same weak context as a conflict', () => {
    assert.deepEqual(conflicts('12'), []);
  });
});

describe('a figure several sources agree on, disputed by one more', () => {
  const treated = [
    'Fire on Lerin island\n\nFirefighters battled the blaze for a second day. Fourteen people were treated at the island hospital, mostly for smoke inhalation.',
    'Lerin wildfire spreads\n\nFourteen people, two of them firefighters, have been treated for burns, the health ministry said.',
    'Tourists flee Lerin fire\n\nHotels were emptied overnight. Fourteen people have been treated in hospital for burns and breathing problems.',
  ];
  const hurt = (count: string) => `Wildfire on Lerin\n\nGreek officials said ${count} people were taken to hospital, two of them firefighters, as winds fanned the flames.`;
  const figureGroups = (sources: string[]) =>
    figureGroupTexts(analyzeCorpus(sources.map((text, i) => ({ file: `${'abcd'[i]}.txt`, text }))));

  it('sets the one source against the three on context that alone would be too loose', () => {
    assert.deepEqual(figureGroups([...treated, hurt('19')]), ['a.txt:Fourteen ; b.txt:Fourteen ; c.txt:Fourteen ; d.txt:19']);
    const conflict = analyzeCorpus([...treated, hurt('19')].map((text, i) => ({ file: `${'abcd'[i]}.txt`, text }))).groups[0];
    assert.equal(conflict?.relation, 'conflict');
  });

  it('does not on the same context against one source only', () => {
    assert.deepEqual(figureGroups([treated[0]!, hurt('19')]), []);
  });

  it('does not when the values are far apart', () => {
    assert.deepEqual(figureGroups([...treated, hurt('four')]), ['a.txt:Fourteen ; b.txt:Fourteen ; c.txt:Fourteen']);
  });

  it('sets a lone "5 killed" against "four dead" in three sources: one apart, and counted by words of one meaning', () => {
    const dead = [
      'Blast at Marova mill\n\nA boiler exploded at a textile mill near Port Selka on Tuesday, leaving four dead and hundreds homeless.',
      'Mill blast in Port Selka\n\nThe explosion left four dead in Port Selka, where a wall fell on a row of houses, the mayor said.',
      'Marova counts the damage\n\nFour dead as a wall falls on houses after the mill explosion, police said.',
      'Selka mourns\n\n5 killed as blast rips through mill district, with a curfew ordered for the weekend.',
    ];
    // (With the near-value thresholds out of reach, only the consensus rule can find it.)
    const docs = analyzeCorpus(dead.map((text, i) => ({ file: `${'abcd'[i]}.txt`, text }))).documents;
    const groups = linkFigures(docs, { ...DEFAULT_FIGURE_OPTIONS, nearConflictThreshold: 0.9, nearCountConflictThreshold: 0.9 });
    assert.deepEqual(groups.map((g) => `${g.relation} ${texts(g).join(' ; ')}`), ['conflict a.txt:four ; b.txt:four ; c.txt:Four ; d.txt:5']);
  });
});

describe('figure conflicts between near values in one frame', () => {
  it('sets two near amounts against each other when their sentences share an agreed figure, on weaker context', () => {
    const sources = [
      { file: 'a.txt', text: 'Kestrel port unveiled a new terminal on Monday. The port wants to grow cargo from roughly 41.2 million tonnes a year now to 60 million tonnes within a decade.' },
      { file: 'b.txt', text: 'Marova harbour chiefs spoke on Tuesday. The port handles 38 million tonnes, the harbour master told reporters, and he expects 60 million tonnes.' },
    ];
    assert.deepEqual(conflictTexts(sources), ['a.txt:roughly 41.2 million ; b.txt:38 million']);
  });
});

describe('figure conflicts between small counts one apart', () => {
  it('sets "three years" against "four years" on the evidence near values need', () => {
    const a = 'Regulator issues alert\n\nThe market regulator issued its second red alert in three years on Monday, after trading in the bond halted.';
    const b = 'Bond trading halted\n\nTrading stopped at noon, the second such alert in four years for the exchange, whose chief spoke at a briefing.';
    // (Their shared context is below the threshold for values far apart.)
    assert.deepEqual(conflictTexts([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }]), ['a.txt:three years ; b.txt:four years']);
  });
});

describe('a vague amount beside a count', () => {
  it('does not let "dozens" in one source stand for its own count, so its different count still disputes the others', () => {
    const a = 'Measles kills 38 in Lerin province\n\nAn outbreak has killed 38 people this year, most of them children, officials said.';
    const b = 'Lerin hospital overwhelmed\n\nThe outbreak has killed 41 people, most of them under five. Officials said the measles outbreak has killed dozens of people this year.';
    const c = 'Lerin vaccination drive\n\nThe outbreak in the province has killed 38 people this year, the health department said.';
    const conflict = analyzeCorpus([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }, { file: 'c.txt', text: c }]).groups.find((g) => g.relation === 'conflict' && g.kind === 'figure');
    assert.ok(conflict, 'no conflict');
    assert.ok(texts(conflict).includes('b.txt:41'), texts(conflict).join(' ; '));
  });
});

describe('near amounts in one unit, on loose context', () => {
  const signing = (amount: string) =>
    `Talbrook sign Okoye\n\nTalbrook have signed the winger Okoye on a four-year contract. He will earn ${amount} a week, his agent said.`;
  const report = 'Okoye joins Talbrook\n\nThe Nigerian forward passed his medical on Monday. English media reported wages of £180,000 a week.';
  const conflictsWith = (amount: string, options: Partial<typeof DEFAULT_FIGURE_OPTIONS> = {}) => {
    const docs = analyzeCorpus([{ file: 'a.txt', text: signing(amount) }, { file: 'b.txt', text: report }]).documents;
    return linkFigures(docs, { ...DEFAULT_FIGURE_OPTIONS, ...options }).filter((g) => g.relation === 'conflict').map((g) => texts(g).join(' ; '));
  };

  it('sets "about £150,000" against "£180,000" a week, which the threshold for near values in general would not', () => {
    assert.deepEqual(conflictsWith('about £150,000'), ['a.txt:about £150,000 ; b.txt:£180,000']);
    assert.deepEqual(conflictsWith('about £150,000', { nearCountConflictThreshold: DEFAULT_FIGURE_OPTIONS.nearConflictThreshold }), []);
  });

  it('never sets a bound against a value it admits on that evidence: "more than £150,000" and "£180,000"', () => {
    assert.deepEqual(conflictsWith('more than £150,000', { nearCountConflictThreshold: DEFAULT_FIGURE_OPTIONS.sameThreshold }), []);
    // (On the same context, the general near-value rule would.)
    assert.deepEqual(conflictsWith('more than £150,000', { nearConflictThreshold: DEFAULT_FIGURE_OPTIONS.sameThreshold }), ['a.txt:more than £150,000 ; b.txt:£180,000']);
  });
});

describe('figure conflicts between values a hair apart', () => {
  it('sets a precise 77.8% turnout against 78.4% on less shared context than other near values', () => {
    // (Their contexts share less than the near-conflict threshold asks of "48" against "more than fifty".)
    const a = 'Peru elects Salcedo\n\nTurnout in the run-off reached 77.8%, the electoral office said, with 19.4 million votes cast. Salcedo won 51.4%.';
    const b = 'Salcedo wins the run-off\n\nSalcedo took 51.4% of the vote. Voters came out in large numbers, and turnout was 78.4%, the office said on Monday.';
    const conflicts = analyzeCorpus([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }]).groups.filter((g) => g.relation === 'conflict' && g.kind === 'figure');
    assert.deepEqual(conflicts.map((g) => texts(g).join(' ; ')), ['a.txt:77.8% ; b.txt:78.4%']);
  });
});

describe('figure conflicts between dates that start one thing', () => {
  it('lets two years said to start one event conflict on the weaker evidence of values a hair apart', () => {
    const a = 'Kisaragi to build plant\n\nKisaragi Electronics said profit rose. The plant in Kulim will create 1,200 jobs and start production in 2028, the company said. Analysts welcomed the news.';
    const b = 'Kisaragi expands\n\nThe company is spending $3.2 billion on a plant in Kulim that will package chips and employ about 1,500 people once production begins in 2029. Shares rose.';
    const docs = analyzeCorpus([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }]).documents;
    // With a near-conflict threshold above their shared context (about 0.30), only the start-date rule finds it.
    const groups = linkFigures(docs, { ...DEFAULT_FIGURE_OPTIONS, nearConflictThreshold: 0.35 }).filter((g) => g.relation === 'conflict');
    assert.deepEqual(groups.map((g) => texts(g).join(' ; ')), ['a.txt:2028 ; b.txt:2029']);
  });
});

describe('figure conflicts between values each source states once', () => {
  const a = 'Albion sign Diatta\n\nEstrela keep a 10% sell-on clause on any future transfer of the forward, the club said.';
  const b = 'Diatta joins Albion\n\nThe Portuguese club will also receive 15 per cent of any future sale under a sell-on clause.';
  // Their shared context is about 0.32: below this threshold, above nine tenths of it.
  const conflictsOf = (x: string, y: string) =>
    linkFigures(analyzeCorpus([{ file: 'a.txt', text: x }, { file: 'b.txt', text: y }]).documents, { ...DEFAULT_FIGURE_OPTIONS, conflictThreshold: 0.34 })
      .filter((g) => g.relation === 'conflict').map((g) => texts(g).join(' ; '));

  it('sets 10% against 15 per cent on nine tenths of the usual conflict context', () => {
    assert.deepEqual(conflictsOf(a, b), ['a.txt:10% ; b.txt:15 per cent']);
  });

  it('asks the full context when a source states the value twice', () => {
    const twice = 'Diatta joins Albion\n\nThe Portuguese club will also receive 15 per cent of any future sale under a sell-on clause, and 15 per cent of bonuses.';
    assert.deepEqual(conflictsOf(a, twice), []);
  });
});

describe('figure conflicts against a source that states both values', () => {
  const docs = [
    'Venture signed\n\nKorvo will take a 60 per cent stake in the venture, with the state miner holding the rest.',
    'Venture signed\n\nThe state miner will hold a 40 percent stake in the venture, officials said.',
    'Venture signed\n\nKorvo will hold 60% of the venture and the state miner the remaining 40%, he said.',
  ].map((text, n) => ({ file: `${n}.txt`, text }));
  it('sets no stake against the other when one sentence states both: two holders, not a dispute', () => {
    const groups = linkFigures(analyzeCorpus(docs).documents);
    assert.deepEqual(groups.filter((g) => g.relation === 'conflict').map((g) => texts(g).join(' ; ')), []);
    assert.ok(groups.some((g) => texts(g).join(' ; ') === '0.txt:60 per cent ; 2.txt:60%'), JSON.stringify(groups.map(texts)));
  });
});

describe('figure links across units and bare dates', () => {
  const a =
    'Central bank raises rates by 50 basis points\n\nThe Bank of Norvia raised its policy rate by 50 basis points to 4.5% on Tuesday.\n\nConsumer prices rose from 5.1% in March to 6.3% in April, the statistics office said.\n\nThe bank also sold $900 million of currency reserves in April to prop up the crown.\n\nThe governor expects inflation to peak in the third quarter.';
  const b =
    'Norvia lifts rates half a percentage point\n\nThe central bank increased borrowing costs by half a percentage point, to 4.5%.\n\nInflation climbed to 6.3% in April from 5.1% in March, official data showed.\n\nIt spent $900 million of its reserves defending the crown in April alone.\n\nPrices should peak in the third quarter, the governor said.';
  let figureGroups: string[][];
  before(() => {
    figureGroups = analyzeCorpus([
      { file: 'a.txt', text: a },
      { file: 'b.txt', text: b },
    ])
      .groups.filter((g) => g.kind === 'figure')
      .map((g) => g.members.map((m) => `${m.file}:${m.text}`).sort());
  });

  it('reads 50 basis points and half a percentage point as one figure', () => {
    assert.ok(figureGroups.some((g) => g.includes('a.txt:50 basis points') && g.includes('b.txt:half a percentage point')));
  });

  it('links a quarter named without a year', () => {
    assert.ok(figureGroups.some((g) => g.join() === 'a.txt:the third quarter,b.txt:the third quarter'));
  });

  it('keeps two uses of one bare month apart, and a series of months is no conflict', () => {
    assert.equal(figureGroups.filter((g) => g.join() === 'a.txt:April,b.txt:April').length, 2);
    assert.ok(figureGroups.every((g) => !(g.includes('a.txt:March') && g.includes('b.txt:April'))));
  });
});

describe('figure links between durations in months and years', () => {
  it('reads 30 months and two and a half years as one duration', () => {
    const groups = figureGroupTexts(analyzeCorpus([
      { file: 'a.txt', text: 'Construction of the Kestrel smelter will take about 30 months, the company said.\n' },
      { file: 'b.txt', text: 'Construction of the Kestrel smelter is expected to take around two and a half years.\n' },
    ]));
    assert.deepEqual(groups, ['a.txt:about 30 months ; b.txt:around two and a half years']);
  });

  it('reports 16 months against two years as a conflict', () => {
    assert.deepEqual(conflictTexts([
      { file: 'a.txt', text: 'The Marova bridge repairs were delayed by 16 months, the ministry said.\n' },
      { file: 'b.txt', text: 'The Marova bridge repairs were delayed by two years, the ministry said.\n' },
    ]), ['a.txt:16 months ; b.txt:two years']);
  });
});

describe('figure links between spans of time and speeds', () => {
  it('reads "less than a day" and "less than 24 hours" as one span', () => {
    const groups = figureGroupTexts(analyzeCorpus([
      { file: 'a.txt', text: 'Cyclone Marova grew into a severe storm in less than a day, forecasters said.\n' },
      { file: 'b.txt', text: 'Cyclone Marova grew into a severe storm in less than 24 hours, forecasters said.\n' },
    ]));
    assert.deepEqual(groups, ['a.txt:less than a day ; b.txt:less than 24 hours']);
  });

  it('sets a wind speed in "kmph" against one in "km/h"', () => {
    assert.deepEqual(conflictTexts([
      { file: 'a.txt', text: 'Cyclone Marova made landfall with sustained winds of 180 kmph, the weather office said.\n' },
      { file: 'b.txt', text: 'Cyclone Marova made landfall with sustained winds of 165 km/h, the weather office said.\n' },
    ]), ['a.txt:180 ; b.txt:165']);
  });
});

describe('figure links between a value and its repeat in a quoted speech', () => {
  it('joins a speech’s "after 12 years", quoted by two sources, to the group one of them states it in', () => {
    const groups = figureGroupTexts(analyzeCorpus([
      { file: 'a.txt', text: 'Arjun Mehra became premier, closing 12 years of Kestrel Party government.\n\nHe said the nation had “a chance after 12 years to choose its own road.”\n' },
      { file: 'b.txt', text: 'Arjun Mehra will take office after his alliance won outright to close 12 years of Kestrel Party government.\n' },
      { file: 'c.txt', text: '“We can look ahead, with the nation given a chance after 12 years to choose its own road,” Mr Mehra said.\n' },
    ]));
    assert.deepEqual(groups, ['a.txt:12 years ; a.txt:12 years ; b.txt:12 years ; c.txt:12 years']);
  });
});

describe('figure conflicts between parts and their whole, and between times of day', () => {
  it('does not set "120 passengers and six crew" against "126 people" on board', () => {
    assert.deepEqual(conflictTexts([
      { file: 'a.txt', text: 'The Kestrel Air jet was carrying 120 passengers and six crew when it crashed near Marova.\n' },
      { file: 'b.txt', text: 'All 126 people on board the Kestrel Air jet were killed when it crashed near Marova.\n' },
      { file: 'c.txt', text: 'The Kestrel Air jet crashed near Marova with 126 people on board, the airline said.\n' },
    ]), []);
  });

  it('does not set one event’s time of day against another’s', () => {
    assert.deepEqual(conflictTexts([
      { file: 'a.txt', text: 'The Kestrel Air flight to Marova took off at 9:12 a.m. local time on Sunday, the airline said in a statement.\n' },
      { file: 'b.txt', text: 'The Kestrel Air flight to Marova lost contact at 9:20 a.m. local time on Sunday, the airline said in a statement.\n' },
    ]), []);
  });
});

describe('figure links between times of day', () => {
  const takeoff = (time: string) => analyzeCorpus([
    { file: 'a.txt', text: `The Kestrel Air jet took off from Tarsk at ${time} on Sunday. It lost contact at 9:18 a.m.` },
    { file: 'b.txt', text: `The jet departed at ${time} local time in heavy rain, air traffic data showed. Rescuers reached the site at 11:40 a.m.` },
  ]).groups.filter((g) => g.kind === 'figure').map((g) => g.members.map((m) => m.text).join(' = '));

  it('links a time to the minute on loose context, as a precise value, but not a round hour', () => {
    assert.deepEqual(takeoff('9:12 a.m.'), ['9:12 a.m. = 9:12 a.m.']);
    assert.deepEqual(takeoff('9 a.m.'), []);
  });
});

describe('figure links for a value most sources state', () => {
  const reports = [
    { file: 'a.txt', text: 'Rescuers in Tarsk searched the rubble of a school on Wednesday, a day after the magnitude 6.4 earthquake struck Valdoria.' },
    { file: 'b.txt', text: 'The 6.4-magnitude quake knocked down hundreds of walls across Valdoria, officials said.' },
    { file: 'c.txt', text: 'Leaders sent condolences to Valdoria after Tuesday’s magnitude 6.4 tremor left the capital in ruins.' },
    { file: 'd.txt', text: 'The magnitude 6.4 earthquake was felt across Valdoria, and power failed in Selka.' },
    { file: 'e.txt', text: 'Schools across Marova stayed shut on Wednesday as engineers checked bridges for damage.' },
  ];
  const figureGroups = (sources: typeof reports) =>
    analyzeCorpus(sources).groups.filter((g) => g.kind === 'figure').map((g) => g.members.map((m) => `${m.file}:${m.text}`).join(' = '));

  it('links a value four sources of five state on loose context', () => {
    assert.deepEqual(figureGroups(reports), ['a.txt:6.4 = b.txt:6.4-magnitude = c.txt:6.4 = d.txt:6.4']);
  });

  it('asks the usual context of a value only two sources state', () => {
    assert.deepEqual(figureGroups([reports[1]!, reports[2]!, reports[4]!]), []);
  });
});

describe('figure links between ages', () => {
  it('links an age in brackets after a name with the same person’s "27-year-old"', () => {
    const c = analyzeCorpus([
      { file: 'a.txt', text: 'Selka captain Ivo Marek (27) has joined Kestrel FC from Tarsk United on a three-season contract.' },
      { file: 'b.txt', text: 'Kestrel FC unveiled Ivo Marek at its ground on Saturday. The 27-year-old striker still had a season to run at Tarsk United.' },
    ]);
    assert.deepEqual(c.groups.filter((g) => g.kind === 'figure').map((g) => g.members.map((m) => `${m.file}:${m.text}`).join(' = ')), ['a.txt:27 = b.txt:27-year-old']);
  });
});

describe('figure conflicts between a threshold and an outcome', () => {
  it('does not set "the 76 seats needed for a majority" against "has won 94 seats"', () => {
    assert.deepEqual(conflictTexts([
      { file: 'a.txt', text: 'The Kestrel leader will form the government, holding the 76 seats required for a majority in the assembly.\n' },
      { file: 'b.txt', text: 'The Kestrel alliance passed the threshold of 76 seats needed for a majority late on Sunday.\n' },
      { file: 'c.txt', text: 'With every result in the assembly declared, the Kestrel alliance has won 94 seats.\n' },
    ]), []);
  });
});

describe('figure links between jobs and workers', () => {
  it('reads "1,800 jobs" and "1,800 workers" as one workforce', () => {
    const groups = analyzeCorpus([
      { file: 'a.txt', text: 'The new smelter in Kuala Tanjung will create 1,800 jobs when it opens, the company said.' },
      { file: 'b.txt', text: 'Once running, the Kuala Tanjung smelter will employ 1,800 workers, the company said.' },
    ]).groups.filter((g) => g.kind === 'figure').map((g) => g.members.map((m) => `${m.file}:${m.text}`).sort().join());
    assert.ok(groups.includes('a.txt:1,800,b.txt:1,800'), JSON.stringify(groups));
  });
});

describe('quote links for a remark quoted in part', () => {
  it('links "a disgrace" to "a disgrace to our country" by the same speaker, but not a term the writers use themselves', () => {
    const groups = analyzeCorpus([
      { file: 'a.txt', text: 'President Raymond Kessler called the ruling “a disgrace to our country.” He said tariffs were about “energy security for our industry,” he added.' },
      { file: 'b.txt', text: 'President Raymond Kessler called the ruling “a disgrace.” The case tested energy security. Kessler wanted “energy security,” he said.' },
    ]).groups.filter((g) => g.kind === 'quote').map((g) => texts(g).sort().join(' ; '));
    assert.deepEqual(groups, ['a.txt:a disgrace to our country. ; b.txt:a disgrace.']);
  });
});

describe('quote links for a remark quoted in part and in other words', () => {
  const full = 'Ivan Sorokin told growers in Marova: “Tarvia has always been a reliable partner. Our farmers will keep up deliveries of grain to every port in Valdoria, whatever the weather.”';
  const quoteGroups = (b: string) =>
    analyzeCorpus([{ file: 'a.txt', text: full }, { file: 'b.txt', text: b }]).groups.filter((g) => g.kind === 'quote').map((g) => texts(g).sort().join(' ; '));

  it('links a three-word part whose every word the fuller rendering holds, though not word for word, even after a headline repeats it', () => {
    assert.deepEqual(quoteGroups('Sorokin promises reliable grain deliveries\n\nIvan Sorokin said Tarvia would ensure “reliable grain deliveries” to Valdoria.'), [
      `a.txt:${full.slice(full.indexOf('“') + 1, -1)} ; b.txt:reliable grain deliveries`,
    ]);
  });

  it('does not link a part with a word the rendering lacks, a two-word part, or a term the writers use again and again', () => {
    assert.deepEqual(quoteGroups('Ivan Sorokin said Tarvia would ensure “reliable grain harvests” to Valdoria.'), []);
    assert.deepEqual(quoteGroups('Ivan Sorokin said Tarvia would ensure “reliable grain” to Valdoria.'), []);
    assert.deepEqual(quoteGroups('Reliable grain deliveries are a goal of Valdoria. Ivan Sorokin said Tarvia would ensure “reliable grain deliveries”. Reliable grain deliveries matter.'), []);
  });
});

describe('quote links for a phrase and the speech it comes from', () => {
  it('puts a three-word phrase, quoted alone in a headline and in another source, with the fuller renderings that hold it', () => {
    const groups = analyzeCorpus([
      { file: 'a.txt', text: 'Holm: “the tide has turned”\n\nJana Holm told supporters in Selka: “You marched, you organised, you voted, and the tide has turned.”\n' },
      { file: 'b.txt', text: 'Jana Holm said “the tide has turned” as the count ended.\n\n“You marched, you organised and you voted. The tide has turned,” Holm said.\n' },
    ]).groups.filter((g) => g.kind === 'quote').map((g) => texts(g).sort().join(' ; '));
    assert.equal(groups.length, 1, JSON.stringify(groups));
    for (const text of ['a.txt:the tide has turned', 'b.txt:the tide has turned']) assert.ok(groups[0]!.includes(text), groups[0]);
    assert.equal(groups[0]!.split(' ; ').length, 4, groups[0]);
  });
});

describe('quote links for a term the writers use themselves', () => {
  it('does not link a quoted term the writers use again and again to the speech that holds it, but does a phrase they report once', () => {
    const groups = analyzeCorpus([
      { file: 'a.txt', text: 'The agency declared a national grid alert on Monday. “Today I declared a national grid alert, and I expect every utility to act,” Jana Holm said.' },
      { file: 'b.txt', text: 'Jana Holm said she was “sorry to have been left waiting”. A national grid alert is the highest warning. “Today I declared a national grid alert, and I expect all utilities to act,” Holm said.' },
      { file: 'c.txt', text: 'Holm said the region was under a “national grid alert”. She was sorry to have been left waiting, she said. “I was sorry to have been left waiting so long for the data,” Holm said.' },
    ]).groups.filter((g) => g.kind === 'quote').map((g) => texts(g).sort().join(' ; '));
    assert.deepEqual(groups.sort(), [
      'a.txt:Today I declared a national grid alert, and I expect every utility to act, ; b.txt:Today I declared a national grid alert, and I expect all utilities to act,',
      'b.txt:sorry to have been left waiting ; c.txt:I was sorry to have been left waiting so long for the data,',
    ]);
  });
});

describe('quote links for a two-word phrase', () => {
  it('links one speaker’s phrase that three sources quote word for word, but not a term the writers use themselves', () => {
    const groups = (sources: { file: string; text: string }[]) =>
      analyzeCorpus(sources).groups.filter((g) => g.kind === 'quote').map((g) => texts(g).sort().join(' ; '));
    assert.deepEqual(groups([
      { file: 'a.txt', text: 'Ivan Sorokin promised “steady deliveries” of grain to Valdoria.' },
      { file: 'b.txt', text: 'Ivan Sorokin pledged “steady deliveries” to Valdoria on Friday.' },
      { file: 'c.txt', text: 'Sorokin vowed “steady deliveries” whatever the weather.' },
    ]), ['a.txt:steady deliveries ; b.txt:steady deliveries ; c.txt:steady deliveries']);
    assert.deepEqual(groups([
      { file: 'a.txt', text: 'The ministers discussed energy security at length. Ivan Sorokin spoke of “energy security” on Monday.' },
      { file: 'b.txt', text: 'Ivan Sorokin said “energy security” mattered most.' },
      { file: 'c.txt', text: 'Sorokin named “energy security” first.' },
    ]), []);
  });
});

describe('figure conflicts over what befell people', () => {
  it('sets the killed against the killed and the injured against the injured, however the sentences are told', () => {
    const conflicts = conflictTexts([
      {
        file: 'a.txt',
        text: 'A container ship slammed into a pier of the Vitória bridge before dawn on Monday, killing at least three people and shutting the river to grain exports, officials said. Twelve people were injured, four of them seriously, the provincial health ministry said.',
      },
      {
        file: 'b.txt',
        text: 'Four people were killed, including two highway workers and a truck driver, according to the provincial health ministry, and 17 others were injured when the ship hit the Vitória bridge.',
      },
    ]);
    assert.deepEqual(conflicts.sort(), ['a.txt:Twelve ; b.txt:17', 'a.txt:at least three ; b.txt:Four']);
  });
});

describe('figure conflicts over the day a rule took effect', () => {
  it('sets "took effect on August 27" against "since August 7", though a bare "August" sits beside one of them', () => {
    const conflicts = analyzeCorpus([
      { file: 'a.txt', text: 'The penalty, which took effect on August 27, lifted total duties to 40%.' },
      { file: 'b.txt', text: 'The US has levied an additional duty on Ruritanian goods since August 7 as a penalty, lifting total duties to 40 per cent.' },
      { file: 'c.txt', text: 'The penalty announced in August took effect Aug. 27, lifting total duties to 40 percent.' },
    ]).groups.filter((g) => g.kind === 'figure' && g.relation === 'conflict').map((g) => texts(g));
    assert.equal(conflicts.length, 1);
    for (const side of ['a.txt:August 27', 'b.txt:August 7', 'c.txt:Aug. 27']) assert.ok(conflicts[0]!.includes(side), JSON.stringify(conflicts));
  });
});

describe('quote groups that hold together', () => {
  it('keeps one speaker\'s two remarks apart though a loose pair of renderings bridges them', () => {
    const c = analyzeCorpus([
      { file: 'a.txt', text: 'Ivan Sorokin said: "Demand for clean energy is huge, and small reactors can go where big ones cannot."' },
      { file: 'b.txt', text: 'Ivan Sorokin said: "Demand for clean energy is enormous. Small reactors can go where large ones cannot."' },
      { file: 'c.txt', text: 'Ivan Sorokin said: "We are ready to build large units and to localise the production of small reactors here."' },
      { file: 'd.txt', text: 'Ivan Sorokin said: "We are ready not only to build big units but to localise production of small reactors here."' },
    ]);
    assert.deepEqual(quoteGroupTexts(c, 20).sort(), ['a.txt:Demand for cle ; b.txt:Demand for cle', 'c.txt:We are ready t ; d.txt:We are ready n']);
  });
});

describe('figure conflicts over the day a plant starts', () => {
  it('reads "begin operating", "come online" and "commissioned" as one start, so 2026 and 2027 disagree', () => {
    const conflicts = conflictTexts([
      { file: 'a.txt', text: 'Four more are under construction, and Unit 3 of the Marova plant is expected to begin operating in 2026, the operator said.' },
      { file: 'b.txt', text: 'The works have been dogged by delays, and officials now expect Unit 3 of the Marova plant to come online only in 2027.' },
    ]);
    assert.deepEqual(conflicts, ['a.txt:2026 ; b.txt:2027']);
  });
});

describe('figure conflicts between parts of a whole', () => {
  it('sets the delivered against the delivered and the rest against the rest, never one against the other', () => {
    const conflicts = conflictTexts([
      { file: 'a.txt', text: 'Ruritania ordered five squadrons in 2018. Three have arrived and the remaining two are due in 2027.' },
      { file: 'b.txt', text: 'Ruritania ordered five squadrons in 2018. Two have arrived and the other three are due in 2027.' },
    ]);
    assert.deepEqual(conflicts.sort(), ['a.txt:Three ; b.txt:Two', 'a.txt:two ; b.txt:three']);
  });
});

describe('figure conflicts between counts of places', () => {
  it('never sets a count in one place against a count in another, and counts posts as jobs', () => {
    const conflicts = conflictTexts([
      { file: 'a.txt', text: 'The maker will cut 4,800 jobs. They include about 1,900 positions in Korea, 1,100 at its plant in Chennai and about 650 at its factory in Wrexham.' },
      { file: 'b.txt', text: 'Of the 4,800 posts the maker will cut, about 1,900 will go in Korea, around 1,300 at the plant in Chennai and 650 at its factory in Wrexham.' },
    ]);
    assert.deepEqual(conflicts, ['a.txt:1,100 ; b.txt:around 1,300']);
  });
});

describe('figure conflicts between documents and agreements', () => {
  it('counts the documents a summit exchanges as its agreements', () => {
    const conflicts = conflictTexts([
      { file: 'a.txt', text: 'The two sides exchanged 19 intergovernmental documents at the summit on Friday, the presidency said.' },
      { file: 'b.txt', text: 'Valdoria and Ruritania signed 16 agreements at the summit on Friday, officials said.' },
    ]);
    assert.deepEqual(conflicts, ['a.txt:19 ; b.txt:16']);
  });
});

describe('figure conflicts between jobs and workers', () => {
  it('sets "employ around 4,000 people" against "absorb 4,500 workers" and "About 4,000 jobs"', () => {
    const conflicts = conflictTexts([
      { file: 'a.txt', text: 'The Brenhaven cell plant is expected to employ around 4,000 people once it opens.' },
      { file: 'b.txt', text: 'The Brenhaven cell plant is expected to absorb 4,500 workers once fully operational.' },
      { file: 'c.txt', text: 'About 4,000 jobs are expected at the Brenhaven cell plant once it opens.' },
    ]);
    assert.deepEqual(conflicts, ['a.txt:around 4,000 ; b.txt:4,500 ; c.txt:About 4,000']);
  });
});

describe('figure links between people counted by different nouns', () => {
  it('sets "9.4 million customers" against "9.7 million people" in like contexts', () => {
    const conflicts = analyzeCorpus([
      { file: 'a.txt', text: 'The 2023 data breach exposed the records of 9.4 million customers, the court heard.' },
      { file: 'b.txt', text: 'The 2023 data breach exposed the personal records of 9.7 million people, the court heard.' },
    ]).groups.filter((g) => g.kind === 'figure' && g.relation === 'conflict').map((g) => texts(g));
    assert.deepEqual(conflicts, [['a.txt:9.4 million', 'b.txt:9.7 million']]);
  });
});

describe('figure conflicts in an accident report', () => {
  it('sets "23 people were injured" against "26 others injured", and "landed about 620 metres" against "touched down roughly 680 metres"', () => {
    const conflicts = conflictTexts([
      { file: 'a.txt', text: 'Seven passengers were killed and 23 people were injured. The plane landed about 620 metres beyond the runway threshold, the report said.' },
      { file: 'b.txt', text: 'Seven passengers were killed and 26 others injured. The aircraft touched down roughly 680 metres along the runway, the report said.' },
    ]);
    assert.deepEqual(conflicts.sort(), ['a.txt:23 ; b.txt:26', 'a.txt:about 620 ; b.txt:roughly 680']);
  });
});

describe('figure links for distinctive values', () => {
  const a =
    'Orvane buys Caledon\n\nOrvane Motors will buy Caledon, ending a 14-month search for a buyer. Caledon, founded in 1947 as a coachbuilder, has been squeezed by cheaper imports. About 1,200 jobs will go.';
  const b =
    'Caledon sold to Orvane\n\nThe firm, which has built buses in Falkirk since 1947, confirmed the sale. Its chief executive led the 14-month sale process. Unions said 1,200 jobs were at risk.';
  const groupsOf = (x: string, y: string) =>
    analyzeCorpus([{ file: 'a.txt', text: x }, { file: 'b.txt', text: y }]).groups.filter((g) => g.kind === 'figure').map((g) => texts(g).join(' ; '));

  it('links a value each source states once on less context than a common one', () => {
    assert.ok(groupsOf(a, b).includes('a.txt:14-month ; b.txt:14-month'));
  });

  it('asks the usual context of a value a source states twice', () => {
    assert.ok(!groupsOf(a, `${b} A 14-month warranty comes with each bus.`).some((g) => g.includes('14-month')));
  });
});

describe('averageLinkageClusters', () => {
  // A headline (0) and a body sentence (1) of source a, each alike one statement of b (2) and c (3).
  const edges = [
    { a: 0, b: 2, similarity: 0.5 },
    { a: 1, b: 3, similarity: 0.5 },
    { a: 0, b: 3, similarity: 0.3 },
    { a: 1, b: 2, similarity: 0.3 },
    { a: 2, b: 3, similarity: 0.2 },
  ];
  const keyOf = (i: number) => ['a#headline', 'a', 'b', 'c'][i]!;
  const sourceOf = (i: number) => ['a', 'a', 'b', 'c'][i]!;

  it('leaves pairs from one source out of a group’s mean, as they never get an edge', () => {
    // Across the two pairs: 0.3 + 0.3 + 0.2 over three cross-source pairs is 0.27; over all four, 0.2.
    assert.deepEqual(averageLinkageClusters(edges, { threshold: 0.25, exclusiveKey: keyOf, sourceOf }), [[0, 1, 2, 3]]);
    assert.deepEqual(averageLinkageClusters(edges, { threshold: 0.25, exclusiveKey: keyOf }).sort(), [[0, 2], [1, 3]]);
  });
});

describe('joinCloseStatements', () => {
  // Statements 0..4; the key is the source file.
  const files = ['a', 'b', 'c', 'c', 'd'];
  const keyOf = (i: number) => files[i];
  it('lets a statement close to a whole group join it as well, one per source', () => {
    const clusters = [[0, 1], [3, 4]];
    const edges = [
      { a: 0, b: 1, similarity: 0.6 },
      { a: 2, b: 0, similarity: 0.4 },
      { a: 2, b: 1, similarity: 0.35 },
      { a: 3, b: 0, similarity: 0.5 },
      { a: 3, b: 1, similarity: 0.5 },
      { a: 3, b: 4, similarity: 0.5 },
    ];
    joinCloseStatements(clusters, neighbourMap(edges), 0.3, keyOf);
    // 3 is closer to [0, 1] than 2 (same source c), so it joins and 2 does not; 3 stays in its own group too.
    assert.deepEqual(clusters, [[0, 1, 3], [3, 4]]);
  });

  it('judges a statement against the other sources’ members, not its own headline beside them', () => {
    // 5 is the headline of source d; d’s body statement 4 is alike to the other sources’ members 0 and 1.
    const sources = ['a', 'b', 'c', 'c', 'd', 'd'];
    const headlineKey = (i: number) => (i === 5 ? 'd#headline' : sources[i]);
    const clusters = [[0, 1, 5]];
    const edges = [{ a: 0, b: 1, similarity: 0.6 }, { a: 0, b: 5, similarity: 0.6 }, { a: 4, b: 0, similarity: 0.35 }, { a: 4, b: 1, similarity: 0.35 }];
    joinCloseStatements(clusters, neighbourMap(edges), 0.3, headlineKey, (i) => sources[i]);
    assert.deepEqual(clusters, [[0, 1, 4, 5]]);
  });

  it('does not join a statement close to only part of a group', () => {
    const clusters = [[0, 1]];
    joinCloseStatements(clusters, neighbourMap([{ a: 0, b: 1, similarity: 0.6 }, { a: 4, b: 0, similarity: 0.5 }]), 0.3, keyOf);
    assert.deepEqual(clusters, [[0, 1]]);
  });
});

describe('attachLoneStatements', () => {
  // Statements 0..5; the key is the source file.
  const files = ['a', 'b', 'c', 'c', 'd', 'e'];
  const keyOf = (i: number) => files[i];

  it('gives a statement no group took the group of the member it is strongly tied to', () => {
    const clusters = [[0, 1], [2, 5]];
    const edges = [
      { a: 0, b: 1, similarity: 0.5 },
      { a: 2, b: 5, similarity: 0.5 },
      // 4 is tied to 1 strongly and to 5 less: it joins [0, 1] only.
      { a: 4, b: 1, similarity: 0.4 },
      { a: 4, b: 5, similarity: 0.32 },
    ];
    attachLoneStatements(clusters, neighbourMap(edges), 0.3, keyOf);
    assert.deepEqual(clusters, [[0, 1, 4], [2, 5]]);
  });

  it('looks past a group that has the source already to another group holding the same member', () => {
    // 0 is in both groups (it joined one of them later); 3 (source c) cannot join [0, 2], which holds 2 of source c.
    const clusters = [[0, 1], [0, 2]];
    attachLoneStatements(clusters, neighbourMap([{ a: 0, b: 2, similarity: 0.5 }, { a: 0, b: 1, similarity: 0.5 }, { a: 3, b: 0, similarity: 0.6 }]), 0.3, keyOf);
    assert.deepEqual(clusters, [[0, 1, 3], [0, 2]]);
  });

  it('lets only the more strongly tied of two lone statements of one source join a group', () => {
    // 2 and 3 are both of source c, lone, and tied to the group [0, 1]: only 2, the stronger tie, joins.
    const clusters = [[0, 1]];
    const edges = [
      { a: 0, b: 1, similarity: 0.5 },
      { a: 2, b: 0, similarity: 0.5 },
      { a: 3, b: 1, similarity: 0.4 },
    ];
    attachLoneStatements(clusters, neighbourMap(edges), 0.3, keyOf);
    assert.deepEqual(clusters, [[0, 1, 2]]);
  });

  it('leaves a weak tie, a statement already grouped, and a group that has the source already', () => {
    const clusters = [[0, 1], [2, 5]];
    const edges = [
      { a: 0, b: 1, similarity: 0.5 },
      { a: 2, b: 5, similarity: 0.5 },
      { a: 4, b: 0, similarity: 0.25 },
      { a: 5, b: 0, similarity: 0.6 },
      { a: 3, b: 5, similarity: 0.6 },
    ];
    attachLoneStatements(clusters, neighbourMap(edges), 0.3, keyOf);
    assert.deepEqual(clusters, [[0, 1], [2, 5]]);
  });
});

describe('claims completed by the figures they carry', () => {
  const outage = (third: string) =>
    analyzeCorpus([
      { file: 'a.txt', text: 'Storm Kestrel cut power to 41,000 homes across Marova on Sunday, the grid operator said.\n\nCrews expect to restore most lines by Tuesday.' },
      { file: 'b.txt', text: 'Storm Kestrel cut power to 41,000 homes in Marova on Sunday, according to the grid operator.\n\nSchools in the region stayed shut.' },
      { file: 'c.txt', text: `Fallen trees blocked roads in the north.\n\n${third}\n\nThe storm moved east overnight.` },
    ]).groups.filter((g) => g.kind === 'claim').map((g) => g.members.map((m) => m.file).join(' '));

  it('adds to a claim group the statement of another source that gives the same figure in other words', () => {
    assert.deepEqual(outage('By nightfall 41,000 homes had no electricity and volunteers were handing out blankets in village halls.'), ['a.txt b.txt c.txt']);
  });

  it('leaves out a statement whose figure is not the one linked', () => {
    assert.deepEqual(outage('By nightfall 12,500 homes had no electricity and volunteers were handing out blankets in village halls.'), ['a.txt b.txt']);
  });

  // Direct: statements 0..2 in sources a, b, c, each carrying the figure at offset 0 of its own document.
  const item = (file: string, kind: 'date' | 'quantity') => ({
    file,
    doc: { file, figures: [{ start: 0, end: 4, kind }] } as unknown as DocumentAnalysis,
    claim: { start: 0, end: 40, text: '', kind: 'factual' as const, sentence: 0 },
  });
  const groupOf = new Map([['a:0', '7'], ['b:0', '7'], ['c:0', '7']]);

  it('makes a group of the statements of a linked figure when they are alike at all', () => {
    const clusters: number[][] = [];
    addFigureStatements(clusters, ['a', 'b'].map((f) => item(f, 'quantity')), groupOf, () => 0.2, 0.15);
    assert.deepEqual(clusters, [[0, 1]]);
    const unlike: number[][] = [];
    addFigureStatements(unlike, ['a', 'b'].map((f) => item(f, 'quantity')), groupOf, () => 0.1, 0.15);
    assert.deepEqual(unlike, []);
  });

  it('does not make a group of statements that only share a year', () => {
    const clusters: number[][] = [];
    addFigureStatements(clusters, ['a', 'b'].map((f) => item(f, 'date')), groupOf, () => 0.2, 0.15);
    assert.deepEqual(clusters, []);
  });

  it('completes a group that already holds two statements of the figure, one statement per source', () => {
    const clusters = [[0, 1]];
    addFigureStatements(clusters, ['a', 'b', 'c'].map((f) => item(f, 'date')), groupOf, () => 0, 0.15);
    assert.deepEqual(clusters, [[0, 1, 2]]);
  });
});

describe('lengthTolerantSimilarity', () => {
  const item = (file: string, words: string) => ({ file, features: new Set(words.split(' ')) });
  // A short statement, a long sentence that states it among other things, and filler statements.
  const short = item('a', 'port strike delay ships');
  const long = item('b', 'port strike delay ships union wage talks minister court ruling appeal');
  const other = item('c', 'port strike wage');
  const filler = ['weather rain', 'election vote count', 'market shares fell'].map((w, i) => item(`f${i}`, w));
  const index = new CorpusIndex([short, long, other, ...filler]);

  it('does not punish a long sentence for the other claims it makes, as the cosine does', () => {
    const cosine = weightedCosine(index, short.features, long.features);
    const tolerant = lengthTolerantSimilarity(index, short.features, long.features);
    assert.ok(tolerant > cosine, `${tolerant} <= ${cosine}`);
    // The long sentence holds all of the short statement: it is closer to it than a statement sharing two words.
    assert.ok(tolerant > lengthTolerantSimilarity(index, short.features, other.features));
  });

  it('is symmetric and zero without shared features', () => {
    assert.equal(lengthTolerantSimilarity(index, short.features, long.features), lengthTolerantSimilarity(index, long.features, short.features));
    assert.equal(lengthTolerantSimilarity(index, short.features, filler[0].features), 0);
  });
});

describe('wordDiff', () => {
  it('shows the words that changed between two renderings', () => {
    const parts = wordDiff('keeping and growing our sales with them', 'keeping and widening our joint ventures with them');
    assert.equal(summarizeDiff(parts), '“growing” → “widening”; “sales” → “joint ventures”');
  });
});

describe('ages of one person', () => {
  it('links the ages sources give one person, whatever the words around them, and sets different ages against each other', () => {
    const a = 'Orla Venn signs for Albion\n\nAlbion signed forward Orla Venn, 20, from Estrela on Tuesday for a club record fee.';
    const b = 'Record deal\n\nKESTON — The 20-year-old Orla Venn completed her move after a medical on Monday.';
    const c = 'Venn arrives\n\nOrla Venn has joined the club. The 21-year-old forward was presented to fans.';
    const groups = analyzeCorpus([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }, { file: 'c.txt', text: c }]).groups;
    const ages = groups.filter((g) => g.kind === 'figure' && g.members.some((m) => /20|21/.test(m.text)));
    assert.deepEqual(ages.map((g) => [g.relation, texts(g).join(' ; ')]), [['conflict', 'a.txt:20 ; b.txt:20-year-old ; c.txt:21-year-old']]);
  });
});

describe('values a source repeats', () => {
  it('adds the other mentions of a repeated value to the group one of them is in, but not repeated years or small counts', () => {
    const a = 'Miners freed\n\nRescuers freed 27 miners from the Velcora mine on Friday. All 27 men were taken to hospital. The mine opened in 2019.';
    const b = 'Velcora rescue ends\n\nThe 27 miners trapped at Velcora since 2019 rules changed were lifted out on Friday.';
    const groups = analyzeCorpus([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }]).groups.filter((g) => g.kind === 'figure');
    const miners = groups.find((g) => g.members.some((m) => m.text === '27'));
    assert.deepEqual(miners && texts(miners), ['a.txt:27', 'a.txt:27', 'b.txt:27']);
  });

  it('folds a group of later mentions into the group where each of its sources first stated the value', () => {
    const a = 'Rescuers drill toward 27 trapped miners at the Velcora mine. Families read out the names of the 27 men at a vigil.';
    const b = 'Rescuers began drilling to reach 27 trapped miners at Velcora. A camera later showed all 27 men alive.';
    const groups = analyzeCorpus([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }]).groups.filter((g) => g.kind === 'figure');
    assert.deepEqual(groups.map((g) => texts(g)), [['a.txt:27', 'a.txt:27', 'b.txt:27', 'b.txt:27']]);
  });
});

describe('figure links between the slain and the people killed', () => {
  it('reads "14 slain" as a count of people, told by their deaths', () => {
    const groups = figureGroupTexts(analyzeCorpus([
      { file: 'a.txt', text: 'Tarsk remembers 14 slain at the station\n\nHundreds gathered on Sunday at Tarsk station.' },
      { file: 'b.txt', text: 'The 14 people killed in the attack on Tarsk station were remembered at a vigil on Sunday.' },
    ]));
    assert.deepEqual(groups, ['a.txt:14 ; b.txt:14']);
  });
});

describe('figures in one frame', () => {
  it('links a value told in unlike words when both sentences state one agreed figure beside it', () => {
    const groups = figureGroupTexts(analyzeCorpus([
      { file: 'a.txt', text: 'Valdoria’s economy expanded 7.4 per cent between July and September, beating every forecast from private lenders, its fastest pace in five quarters.' },
      { file: 'b.txt', text: 'Kestrel Bank economists noted the 7.4% rise in output was a five-quarter high, driven by farm exports and public works.' },
      { file: 'c.txt', text: 'Growth in the quarter was driven by exports, economists said. The pace of growth may slow next quarter as the economy cools. Output rose in each quarter of last year.' },
      { file: 'd.txt', text: 'Farm exports and public works lifted the economy in the quarter. Lenders expect growth to ease in the next quarter.' },
    ])).sort();
    assert.deepEqual(groups, ['a.txt:7.4 per cent ; b.txt:7.4%', 'a.txt:five quarters ; b.txt:five-quarter']);
  });
});

describe('one moment of the story', () => {
  it('links a clock time to the minute that each source gives once, though the sentences around it share little', () => {
    const groups = figureGroupTexts(analyzeCorpus([
      { file: 'a.txt', text: 'The Skyhawk ferry struck rocks off Tarsk at 2:40 a.m. on Sunday, the coast guard said.' },
      { file: 'b.txt', text: 'The ferry hit the rocks off Tarsk around 2:40 a.m. Sunday, coast guard officials said.' },
      { file: 'c.txt', text: 'In Selka, where the ferry had docked before it sank around 2:40 a.m., many families waited at the port for news.' },
      { file: 'd.txt', text: 'Rescuers reached the Skyhawk ferry at 3:15 a.m.' },
    ]));
    assert.deepEqual(groups, ['a.txt:2:40 a.m. ; b.txt:around 2:40 a.m. ; c.txt:around 2:40 a.m.']);
  });
});

describe('figures of an earlier event', () => {
  it('keeps a count told of an earlier event ("since 2017, when 14 were shot") out of this story’s count', () => {
    const groups = figureGroupTexts(analyzeCorpus([
      { file: 'a.txt', text: 'A gunman killed 14 people at Tarsk station on Friday, police said.' },
      { file: 'b.txt', text: 'The 14 people killed at Tarsk station on Friday were named. It was the deadliest attack in Valdoria since May 2017, when 14 people were shot dead at a Selka market.' },
    ]));
    assert.deepEqual(groups, ['a.txt:14 ; b.txt:14']);
  });
});

describe('one value stated for two things', () => {
  /** The figure groups, each member shown by the `width` characters after it (what it is said for), sorted. */
  const groupsByWordsAfter = (sources: { file: string; text: string }[], width: number): string[] =>
    analyzeCorpus(sources).groups.filter((g) => g.kind === 'figure').map((g) => g.members.map((m) => {
      const text = sources.find((s) => s.file === m.file)!.text;
      return `${m.file}:${text.slice(m.end + 1, m.end + 1 + width)}`;
    }).sort().join(' = ')).sort();

  it('splits mentions by role only when two sources each give both roles, and keeps a value stated past the corpus cap whole', () => {
    // Even ids are one role, odd ids the other; ids alternate between two sources, two ids apart.
    const fileOf = (i: number) => (Math.floor(i / 2) % 2 === 0 ? 'a.txt' : 'b.txt');
    const alike = (x: number, y: number) => (x % 2 === y % 2 ? 0.5 : 0);
    const ids = (n: number) => [...Array(n).keys()];
    assert.deepEqual(splitByRole(ids(8), fileOf, alike), [[0, 2, 4, 6], [1, 3, 5, 7]]);
    assert.deepEqual(splitByRole([0, 1, 2, 6], fileOf, alike), [[0, 1, 2, 6]]);
    assert.deepEqual(splitByRole(ids(MAX_POSTING + 2), fileOf, alike), [ids(MAX_POSTING + 2)]);
  });

  it('splits a value each source gives for a fine and for a grant into two figures', () => {
    const sources = [
      { file: 'a.txt', text: 'Varnelco must pay a $4 million fine for polluting the Selka river, the regulator said. The company will also fund a $4 million grant scheme for farms downstream.' },
      { file: 'b.txt', text: 'The regulator imposed a $4 million fine on Varnelco over the spill. Separately, Varnelco pledged a $4 million grant scheme to help farmers clean their fields.' },
      { file: 'c.txt', text: 'Varnelco accepted the $4 million fine without appeal. Its chief said a $4 million grant scheme would open to farms along the Selka next spring.' },
    ];
    assert.deepEqual(groupsByWordsAfter(sources, 5), ['a.txt:fine  = b.txt:fine  = c.txt:fine ', 'a.txt:grant = b.txt:grant = c.txt:grant']);
  });

  it('keeps a ransom stated "in bitcoin" with the other mentions of the ransom, apart from a sum set aside for customers', () => {
    const sources = [
      { file: 'a.txt', text: 'Hackers who stole Varnelco customer data demanded a $5 million ransom. Varnelco has set aside $5 million to repay its customers.' },
      { file: 'b.txt', text: 'Hackers are now demanding $5 million in bitcoin. They had demanded a $5 million ransom for their silence. Varnelco set aside $5 million to repay customers.' },
      { file: 'c.txt', text: 'The data will be leaked unless the hackers get $5 million in bitcoin. The hackers demanded a $5 million ransom for their silence. Varnelco put aside $5 million for repaying customers.' },
      { file: 'd.txt', text: 'Varnelco rejected the $5 million ransom demand sent in bitcoin. It set aside $5 million to repay customers.' },
    ];
    assert.deepEqual(groupsByWordsAfter(sources, 6), [
      'a.txt:ransom = b.txt:in bit = b.txt:ransom = c.txt:in bit = c.txt:ransom = d.txt:ransom',
      'a.txt:to rep = b.txt:to rep = c.txt:for re = d.txt:to rep',
    ]);
  });
});

describe('a bound stated beside the disputed value', () => {
  it('lets an intraday high go, so the close it is stated with can still dispute another source', () => {
    const a = 'Lumar shares surge\n\nShares of Lumar jumped as much as 9.1% in Oslo trading on Monday before closing up 7.8% after the results.';
    const b = 'Lumar rallies\n\nLumar shares rose 8.7 per cent in Oslo on Monday after the results.';
    const c = 'Lumar results\n\nLumar shares closed 7.8% higher in Oslo on Monday after the results.';
    const conflicts = analyzeCorpus([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }, { file: 'c.txt', text: c }])
      .groups.filter((g) => g.kind === 'figure' && g.relation === 'conflict').map((g) => texts(g));
    assert.ok(conflicts.some((g) => g.includes('b.txt:8.7 per cent') && g.includes('c.txt:7.8%')), JSON.stringify(conflicts));
  });
});

describe('a precise value against a bound', () => {
  it('does not set a precise rate against "above 30 per cent", while approximate counts near a bound still conflict', () => {
    const a = 'Rate rise\n\nThe bank raised its policy rate to 28.5% on Tuesday. Factories borrow at rates above 30 per cent.';
    const b = 'Bank surprises\n\nThe policy rate now stands at 28.5 per cent after the rise on Tuesday, the bank said.';
    const groups = analyzeCorpus([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }]).groups.filter((g) => g.kind === 'figure');
    assert.ok(groups.every((g) => g.relation !== 'conflict'), JSON.stringify(groups.map((g) => texts(g))));
    assert.ok(groups.some((g) => texts(g).join(' ; ') === 'a.txt:28.5% ; b.txt:28.5 per cent'));
  });
});

describe('times of day across sources', () => {
  it('links the same time of day written two ways', () => {
    const a = 'Quake hits\n\nThe earthquake struck at 11:47 pm on Monday near the town of Velcora, officials said.';
    const b = 'Deadly quake\n\nA magnitude 7.1 earthquake struck at 11.47pm on Monday close to Velcora.';
    const groups = analyzeCorpus([{ file: 'a.txt', text: a }, { file: 'b.txt', text: b }]).groups.filter((g) => g.kind === 'figure');
    assert.deepEqual(groups.filter((g) => g.members.some((m) => /11/.test(m.text))).map((g) => [g.relation, texts(g).join(' ; ')]), [
      ['variant', 'a.txt:11:47 pm ; b.txt:11.47pm'],
    ]);
  });
});

describe('figure conflicts beside a count of sources', () => {
  it('sets "Two of the 15 members" against "Three of the 15 members", not against the "two people" who told of it', () => {
    const conflicts = conflictTexts([
      { file: 'a.txt', text: 'Two of the board’s 15 members argued for an immediate cut, according to people familiar with the discussions.' },
      { file: 'b.txt', text: 'Three of the 15 members of the board pushed for an immediate cut on Monday, according to two people familiar with the talks.' },
    ]);
    assert.deepEqual(conflicts, ['a.txt:Two ; b.txt:Three']);
  });
});

describe('figure conflicts between people counted by compound nouns', () => {
  it('sets "at least six armed men" against "four gunmen" in like contexts, and never counts a specimen as a person', () => {
    const conflicts = conflictTexts([
      { file: 'a.txt', text: 'The two inspectors were beaten and robbed by at least six armed men near Kestrel Ridge on Saturday, officials said.' },
      { file: 'b.txt', text: 'The two inspectors were beaten and robbed by four gunmen near Kestrel Ridge on Saturday, officials said.' },
    ]);
    assert.deepEqual(conflicts, ['a.txt:at least six ; b.txt:four']);
    assert.equal(countsPeople('firemen'), true);
    assert.equal(countsPeople('specimen'), false);
  });
});

describe('figure groups of people counted by their trade', () => {
  it('links "33,000 machinists" with "33,000 workers": practitioners of a trade are people', () => {
    const groups = figureGroupTexts(analyzeCorpus([
      { file: 'a.txt', text: 'Varnelco said 12,400 machinists near Selka had stopped work, halting output.' },
      { file: 'b.txt', text: 'About 12,400 workers near Selka walked out at Varnelco, halting output.' },
    ]));
    assert.deepEqual(groups, ['a.txt:12,400 ; b.txt:About 12,400']);
    assert.equal(countsPeople('lists'), false);
  });
});

describe('figure conflicts over a party named two ways', () => {
  it('sets the seats of "the Tories" against those of "the Conservatives": one party, whatever its sources call it', () => {
    const conflicts = conflictTexts([
      { file: 'a.txt', text: 'Forecasters expect the Progressive Party to finish near 380 seats when counting ends, and the Conservatives near 150, a commanding lead for Mr Vance.' },
      { file: 'b.txt', text: 'After 600 constituencies had reported, the Progressive Party had secured 377 seats and the Tories had slumped to 139. Turnout was low.' },
    ]);
    assert.deepEqual(conflicts.sort(), ['a.txt:150 ; b.txt:139', 'a.txt:380 ; b.txt:377']);
  });
});

describe('figure links between a year and the fiscal years around it', () => {
  it('never joins two fiscal years through a year that lies in both', () => {
    const groups = figureGroupTexts(analyzeCorpus([
      { file: 'a.txt', text: 'The Selka central bank raised its growth forecast for 2031-32 to 6.1%. For 2032-33 it sees 5.8%.' },
      { file: 'b.txt', text: 'The Selka central bank now expects growth of 6.1% in 2031-32 and 5.8% in 2032-33.' },
      { file: 'c.txt', text: 'The Selka central bank expects the economy to grow 6.1% in 2032, it said in its forecast.' },
    ]));
    assert.ok(groups.some((g) => g.includes('a.txt:2031-32') && g.includes('b.txt:2031-32')), JSON.stringify(groups));
    for (const group of groups) assert.ok(!(group.includes('2031-32') && group.includes('2032-33')), group);
  });
});


describe('claim conflicts over the day of an event', () => {
  it('sets "on Saturday signed" against "signed … on Friday" when the sources tell one signing', () => {
    const c = analyzeCorpus([
      { file: 'a.txt', text: 'Marova Rovers on Saturday signed striker Jana Holm from Tarsk United on a three-year contract.' },
      { file: 'b.txt', text: 'Jana Holm signed with Marova Rovers on Friday, leaving Tarsk United after nine seasons.' },
      { file: 'c.txt', text: 'Striker Jana Holm on Saturday signed a three-year contract with Marova Rovers.' },
    ]);
    const g = c.groups.find((x) => x.kind === 'claim' && x.members.some((m) => m.text.includes('on Friday')));
    assert.ok(g, JSON.stringify(c.groups.map((x) => texts(x))));
    assert.equal(g.relation, 'conflict');
    assert.match(g.note ?? '', /Saturday \(2 sources\) vs Friday \(1 source\)/);
  });

  it('sees no dispute in two events of one story told on different days', () => {
    const text = (s: string) => ({ text: s, start: 0, end: s.length });
    assert.equal(
      dayDispute([
        { file: 'a.txt', ...text('The man police arrested near Tarsk was named on Saturday as a former night guard.') },
        { file: 'b.txt', ...text('A former night guard burned down a grain warehouse on Friday and fled toward the border.') },
      ]),
      undefined,
    );
    assert.deepEqual(
      dayDispute([
        { file: 'a.txt', ...text('A delivery van hit four cyclists near Tarsk on Friday evening.') },
        { file: 'b.txt', ...text('A delivery van hit four cyclists near Tarsk on Thursday evening.') },
      ])?.sides.map((s) => s.day),
      ['Friday', 'Thursday'],
    );
  });
});

describe('claim conflicts over what a subject does', () => {
  it('sets "will stay on as chief" against "will leave" for one person in two sources', () => {
    const c = analyzeCorpus([
      { file: 'a.txt', text: 'Varnelco said chief executive Arjun Mehra will stay on in that job after the merger with Kestrel closes.' },
      { file: 'b.txt', text: 'Citing people close to the board, the paper said Mehra will quietly leave Varnelco once the merger with Kestrel closes.' },
    ]);
    const g = c.groups.find((x) => x.kind === 'claim' && x.members.some((m) => m.text.includes('quietly leave')));
    assert.ok(g, JSON.stringify(c.groups.map((x) => texts(x))));
    assert.equal(g.relation, 'conflict');
    assert.match(g.note ?? '', /what Arjun Mehra does, stays \(1 source\) vs leaves \(1 source\)/);
  });

  it('takes no side from a negated verb, a relative clause or a verb that belongs to the next name', () => {
    const statement = (file: string, text: string, names: [string, string][]) => ({
      file,
      text,
      start: 0,
      end: text.length,
      entities: names.map(([name, canonical]) => {
        const start = text.indexOf(name);
        return { start, end: start + name.length, text: name, type: 'person' as const, canonical };
      }),
    });
    const stays = statement('a.txt', 'Arjun Mehra will remain chief executive after the merger.', [['Arjun Mehra', 'Arjun Mehra']]);
    assert.equal(stanceDispute([stays, statement('b.txt', 'Mehra will not leave the company after the merger.', [['Mehra', 'Arjun Mehra']])]), undefined);
    assert.equal(stanceDispute([stays, statement('b.txt', 'Mehra, whose deputy resigned last year, will remain in charge.', [['Mehra', 'Arjun Mehra']])]), undefined);
    assert.equal(stanceDispute([stays, statement('b.txt', 'Mehra said Jana Holm will leave after the merger.', [['Mehra', 'Arjun Mehra'], ['Jana Holm', 'Jana Holm']])]), undefined);
    assert.deepEqual(
      stanceDispute([stays, statement('b.txt', 'Mehra is expected to step down after the merger.', [['Mehra', 'Arjun Mehra']])])?.sides.map((s) => s.outcome),
      ['stays', 'leaves'],
    );
  });
});
