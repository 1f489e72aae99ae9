import { roleVariants } from '../../src/core/lexicon/titles';
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { analyzeCorpus } from '../../src/core/analyze';
import { extractQuotes, extractReportedSpeech } from '../../src/core/quotes';
import { findQuotedPassages } from '../../src/core/quotes/quoteSpans';
import { withShoutedLinesCased } from '../../src/core/quotes/shoutedLines';
import { segment } from '../../src/core/text/segment';
import type { EntityMention, Quote } from '../../src/core/types';

function quotes(text: string, entities: EntityMention[] = []): Quote[] {
  return extractQuotes(text, segment(text), entities);
}

function pairs(text: string, entities: EntityMention[] = []): Array<[string, string]> {
  return quotes(text, entities).map((q) => [q.text, q.speaker]);
}

/** [quote, speaker] pairs from the whole engine, with the entities it finds in the text itself. */
function analysedPairs(text: string): Array<[string, string]> {
  return analyzeCorpus([{ file: 'a.txt', text }]).documents[0].quotes.map((q) => [q.text, q.speaker]);
}

describe('quotes: spans', () => {
  it('takes exactly the text between curly marks, trailing comma included', () => {
    const text = '“We will not back down,” the minister said on Tuesday.';
    const [q] = quotes(text);
    assert.equal(q.text, 'We will not back down,');
    assert.equal(q.start, 1);
    assert.equal(q.end, 23);
    assert.equal(q.speaker, 'minister');
    assert.equal(q.speakerKind, 'description');
  });

  it('opens a double-marked quote glued to the colon before it', () => {
    assert.deepEqual(pairs('Speaking after joining Kestrel, Arjun Mehra said:“The work starts on Monday.”', [
      { start: 32, end: 43, text: 'Arjun Mehra', type: 'person', canonical: 'Arjun Mehra' },
    ]), [['The work starts on Monday.', 'Arjun Mehra']]);
  });

  it('opens a quote at a closing mark typed between a colon and a word, and follows it over paragraphs', () => {
    const text = 'A statement from Kestrel read:”Kestrel have signed Ivo Marek from Tarsk United. He has agreed terms until 2029.\n\n“He leads the Valdoria side, with 40 goals in 60 games.”';
    assert.deepEqual(analysedPairs(text), [
      ['Kestrel have signed Ivo Marek from Tarsk United. He has agreed terms until 2029.\n\n“He leads the Valdoria side, with 40 goals in 60 games.', 'Kestrel'],
    ]);
    // (A closing mark after a colon and before a space still closes.)
    assert.deepEqual(analysedPairs('“The rule is plain:” Jana Holm said it twice.'), [['The rule is plain:', 'Jana Holm']]);
  });

  it('handles straight double quotes', () => {
    assert.deepEqual(pairs('"Prices will keep rising," said Maria Lopez, an economist at Banco Central.'), [
      ['Prices will keep rising,', 'Maria Lopez'],
    ]);
  });

  it('leaves a nested single-quoted phrase inside the primary quote', () => {
    const text = '“This ‘old and trusted’ bond matters,” said Anil Rao.';
    assert.deepEqual(pairs(text), [['This ‘old and trusted’ bond matters,', 'Anil Rao']]);
  });

  it('follows a British single-quoted passage across paragraphs as one quote', () => {
    const text = 'Tomás Mabunda said the comparison was sobering.\n\n‘In 2019 we had a city.\n\n‘The vaccine will help.’';
    assert.deepEqual(analysedPairs(text), [['In 2019 we had a city.\n\n‘The vaccine will help.', 'Tomás Mabunda']]);
  });

  it('follows a quote across a paragraph break when the next paragraph reopens it, as one quote', () => {
    const text = '“The first part of the plan is done,” said Jane Doe. “The second part\n“will take another year.”';
    const found = pairs(text);
    assert.deepEqual(found, [
      ['The first part of the plan is done,', 'Jane Doe'],
      ['The second part\n“will take another year.', 'Jane Doe'],
    ]);
  });

  it('reads titles of works in quotation marks as names, not as quotes', () => {
    const listed = 'Tarsk Games said Monday it will sell titles such as "Night Harbour" and "Kestrel Run" to Varnelco.';
    assert.deepEqual(analysedPairs(listed), []);
    const american = 'The studio, Tarsk Games said, owns hits including "Night Harbour," "Kestrel Run" and "Marova."';
    assert.deepEqual(analysedPairs(american), []);
    const film = 'Ivo Marek said the film "Winter Over Selka" would open in May.';
    assert.deepEqual(analysedPairs(film), []);
    // A title-case phrase nobody introduces as a work is still a quote, and so is speech after "such as".
    assert.deepEqual(analysedPairs('Jana Holm called the pact a "Historic Turning Point" for Valdoria.'), [['Historic Turning Point', 'Jana Holm']]);
    assert.deepEqual(analysedPairs('Jana Holm cited warnings such as "we are running out of time" in her speech.'), [['we are running out of time', 'Jana Holm']]);
  });

  it('reads what a thing is known as, in quotation marks, as a name, not as a quote', () => {
    assert.deepEqual(analysedPairs('Jana Holm said crews known as “divers” searched the flooded mine overnight.'), []);
    assert.deepEqual(analysedPairs('The forms, Ivo Marek said, are known as "transfer clauses" and were struck down.'), []);
  });

  it('does not pair an apostrophe with an opening single mark', () => {
    const passages = findQuotedPassages('The leaders’ summit was ‘a success’ overall.', [{ start: 0, end: 44 }]);
    assert.deepEqual(passages.map((p) => [p.start, p.end]), [[25, 34]]);
  });
});

describe('quotes: attribution and speakers', () => {
  it('finds the person after an owner, its modifiers and a role, or after two titles joined by "and"', () => {
    assert.deepEqual(analysedPairs('“That is leverage,” EU competition chief Ilaria Moretti told a news conference.'), [['That is leverage,', 'Ilaria Moretti']]);
    assert.deepEqual(analysedPairs('“We will appeal,” Talvik President and Chief Operating Officer Ana Ruiz said in a statement.'), [['We will appeal,', 'Ana Ruiz']]);
    assert.deepEqual(analysedPairs('“We will appeal,” the company’s president and chief legal officer, Ana Ruiz, said.'), [['We will appeal,', 'Ana Ruiz']]);
  });

  it('reads a speaker described with "familiar with" or "close to", before a relative clause or not, keeping how they know', () => {
    assert.deepEqual(pairs('An official familiar with the case said, “We expect them to appeal.”'), [['We expect them to appeal.', 'official familiar with the case']]);
    assert.deepEqual(pairs('A diplomat close to the talks, who asked not to be named, said: “It is over.”'), [['It is over.', 'diplomat close to the talks']]);
  });

  it('keeps the "familiar with" of a speaker named after the verb, up to a clause or an adverbial', () => {
    assert.deepEqual(analysedPairs('“Kestrel has offered full transfer,” said an official familiar with the talks.'), [['Kestrel has offered full transfer,', 'official familiar with the talks']]);
    assert.deepEqual(analysedPairs('“It is over,” said a person familiar with the terms of the deal, who asked not to be named.'), [['It is over,', 'person familiar with the terms of the deal']]);
    assert.deepEqual(analysedPairs('“We will not sign,” said a diplomat familiar with the matter on Tuesday.'), [['We will not sign,', 'diplomat familiar with the matter']]);
  });

  it('gives a quote ending in a question or an exclamation to the attribution that stands after it as a sentence', () => {
    assert.deepEqual(analysedPairs('Arjun Mehra spoke first. "The House is owed an account. Were our concerns even raised?" Mehra asked.'), [
      ['The House is owed an account. Were our concerns even raised?', 'Arjun Mehra'],
    ]);
    assert.deepEqual(analysedPairs('Arjun Mehra spoke first. "We won!" Mehra said, adding that the vote was close.'), [['We won!', 'Arjun Mehra']]);
    // Also with whom the words were put to between the verb and the comma.
    assert.deepEqual(analysedPairs('The court ruled at noon. "Is it over?" Ivo M. asked the clerk, staying in the room.'), [['Is it over?', 'Ivo M.']]);
  });

  it('reads an attribution ending a sentence before "minutes after …", and names a lede’s description from the next sentences', () => {
    const lede = 'The Kestrel Air turboprop had passed every check and was "spotless" before take-off, ' +
      'the carrier’s managing director said minutes after the landing.\n\n"We found nothing wrong," Kestrel Air managing director Ivo Marek said.';
    assert.deepEqual(analysedPairs(lede), [['spotless', 'Ivo Marek'], ['We found nothing wrong,', 'Ivo Marek']]);
    // No one holding the role named next: the description stands.
    const unnamed = 'The turboprop had passed every check and was "spotless" before take-off, the carrier’s managing director said minutes after the landing.';
    assert.deepEqual(analysedPairs(unnamed), [['spotless', 'carrier’s managing director']]);
  });

  it('reads "as X put it:" as an attribution', () => {
    const text = 'The bloc took most of the seats. As the Valdoria Herald put it: “Never has a winner taken so many seats on so thin a share”.';
    assert.deepEqual(analysedPairs(text), [['Never has a winner taken so many seats on so thin a share', 'Valdoria Herald']]);
  });

  it('gives "Valdoria’s data regulator argued" to the regulator named paragraphs before', () => {
    const text = 'The Valdoria Data Protection Commission fined Varnelco on Monday. The fine is the largest yet. Varnelco runs two apps. ' +
      'Both apps store messages abroad. Users number in the millions. Ministers welcomed the news.\n\n' +
      'Valdoria’s data regulator argued that the firm had failed to “weigh the risks to users” in its contracts.';
    assert.deepEqual(analysedPairs(text), [['weigh the risks to users', 'Valdoria Data Protection Commission']]);
  });

  it('gives "the organization said" and "the group said" to the body the report is about, not to one named in passing', () => {
    const organization = 'The Varnelco alliance approved new fees on Monday in Tarsk.\n\nThe organization said on Tuesday that the fees reflected "rising costs across the region."';
    assert.deepEqual(analysedPairs(organization), [['rising costs across the region.', 'Varnelco']]);
    const group = 'The Varnelco alliance approved new fees on Monday.\n\nVarnelco members will meet again in March.\n\n' +
      'Delegates met at the Tarsk offices of the Kestrel cartel.\n\nThe group said on Tuesday that the fees reflected "rising costs across the region."';
    assert.deepEqual(analysedPairs(group), [['rising costs across the region.', 'Varnelco']]);
  });

  it('gives "the agency said" to the public body named just before, and "the company" to a life-sciences maker', () => {
    assert.deepEqual(analysedPairs('The World Health Organization issued an alert. “The products are unsafe,” the agency said.'), [['The products are unsafe,', 'World Health Organization']]);
    assert.deepEqual(analysedPairs('Kestrel Lifesciences makes the syrup. In a statement, the company said: “We have recalled all stocks.”'), [['We have recalled all stocks.', 'Kestrel Lifesciences']]);
  });

  it('gives "the statement said" to an issuer named with an acronym and an appositive, and "the ministry" to an owned body', () => {
    assert.deepEqual(
      analysedPairs('The Valdor Cocoa Board (VCB), the country’s cocoa regulator, said in a statement that it had signed a loan. “We will pay farmers promptly,” the statement said.'),
      [['We will pay farmers promptly,', 'Valdor Cocoa Board']],
    );
    assert.deepEqual(analysedPairs('Valdoria’s foreign ministry criticised the visit. “It is regrettable,” the ministry said in a statement.'), [['It is regrettable,', 'Valdoria’s foreign ministry']]);
  });

  it('reads past a time between the speaker and the verb ("X on Friday told")', () => {
    assert.deepEqual(analysedPairs('Prime Minister Arjun Mehra on Friday told the visitors that Valdoria was “not neutral”.'), [['not neutral', 'Arjun Mehra']]);
    assert.deepEqual(analysedPairs('Jana Holm last week said the plan was “dead on arrival”.'), [['dead on arrival', 'Jana Holm']]);
  });

  it('names a mission abroad with its city, but not a ministry at home', () => {
    assert.deepEqual(analysedPairs('The Ministry of Agriculture in Paris said the safeguards were “welcome but insufficient”.'), [['welcome but insufficient', 'Ministry of Agriculture']]);
    assert.deepEqual(analysedPairs('The Valdorian Embassy in Lisbon said the visit was “a success”.'), [['a success', 'Valdorian Embassy in Lisbon']]);
  });

  it('keeps where an unnamed speaker is in common nouns, but not a one-noun body after an official', () => {
    assert.deepEqual(analysedPairs('A nurse at the hospital, who asked not to be named, said staff were exhausted. “We sleep here,” she said.'), [['We sleep here,', 'nurse at the hospital']]);
    assert.deepEqual(analysedPairs('“They lost weight,” said a paramedic at the site.'), [['They lost weight,', 'paramedic at the site']]);
    assert.deepEqual(analysedPairs('“This is about the rules,” a senior official at the commission said.'), [['This is about the rules,', 'senior official']]);
  });

  it('gives a quote after "a former mayor of Cusco who promised" to the person that description stands beside', () => {
    assert.deepEqual(analysedPairs('Maria Fernanda Quispe, a conservative former mayor of Cusco who promised to “restore order to the nation”, has won the run-off.'), [
      ['restore order to the nation', 'Maria Fernanda Quispe'],
    ]);
  });

  it('keeps a named place or body that an unnamed speaker is in or at, but not a name that only modifies a noun', () => {
    assert.deepEqual(analysedPairs('“We are still counting,” a police officer in Tarvia said.'), [['We are still counting,', 'police officer in Tarvia']]);
    assert.deepEqual(analysedPairs('“We sleep here,” said a nurse at Velmora District Hospital.'), [['We sleep here,', 'nurse at Velmora District Hospital']]);
    assert.deepEqual(analysedPairs('A supervisor at the Port Vessa airport, who spoke anonymously, said: “It was chaos.”'), [['It was chaos.', 'supervisor']]);
  });

  it('reads a title opening with an -ing word as a title, and gives "she" to a sister, not to the company or the brother', () => {
    assert.deepEqual(analysedPairs('Mining Minister Lena Osei, who spent the week at the site, vowed on Monday: “We will not rest.”'), [
      ['We will not rest.', 'Lena Osei'],
    ]);
    const text = 'The company said it would pay. Waiting at the gate was Ana Ruiz, whose younger brother Tomas Ruiz, 22, was trapped. “He asked for a hot dog,” she said.';
    assert.deepEqual(analysedPairs(text), [['He asked for a hot dog,', 'Ana Ruiz']]);
  });

  it('reads past a party in brackets, and gives "she" to a person a new paragraph introduces after the last speaker', () => {
    assert.deepEqual(analysedPairs('Senator Lena Osei (PDP) said: "The bank is fighting a fire the government keeps feeding."'), [
      ['The bank is fighting a fire the government keeps feeding.', 'Lena Osei'],
    ]);
    const text = '“We owe these families answers,” chief executive Tomas Brandt said.\n\nAt the gate stood Ana Ruiz, a teacher. “He asked for a hot dog,” she said.';
    assert.deepEqual(analysedPairs(text).map((p) => p[1]), ['Tomas Brandt', 'Ana Ruiz']);
  });

  it('gives a quote to the name in apposition after "said the council’s coordinator,"', () => {
    assert.deepEqual(analysedPairs('“We learned about the well from the radio,” said the council’s coordinator, Edmilson Tarvo.'), [
      ['We learned about the well from the radio,', 'Edmilson Tarvo'],
    ]);
  });

  it('reads "the Swede" as the person last named, "the federation" as the body, and the subject of the verb before a colon', () => {
    assert.deepEqual(analysedPairs('Stefan Lindqvist spoke to reporters. “He is fast,” the Swede said.'), [['He is fast,', 'Stefan Lindqvist']]);
    assert.deepEqual(analysedPairs('The Senegalese Football Federation praised him. “This shows quality,” the federation said.'), [['This shows quality,', 'Senegalese Football Federation']]);
    assert.deepEqual(analysedPairs('The Supporters’ Trust backed the deal, but chairman Gary Whitcombe said: “Not at any cost.”'), [['Not at any cost.', 'Gary Whitcombe']]);
  });

  it('never gives "she" to a person the text calls Mr, nor "he" to a spokeswoman', () => {
    const text = 'Ms Ana Quispe refused to concede. Mr Andrés Salcedo thanked his voters in Lima. “This is not over,” she told supporters.';
    assert.deepEqual(analysedPairs(text), [['This is not over,', 'Ana Quispe']]);
    const other = 'Ms Quispe spoke first. Spokeswoman Rosa Diaz and Mr Luis Vega met. “We will wait,” he said.';
    assert.deepEqual(analysedPairs(other), [['We will wait,', 'Luis Vega']]);
  });

  it('attributes quoted fragments after "cautioned that" and "alleged"', () => {
    assert.deepEqual(pairs('Daniela Costa, a strategist, spoke. She cautioned that the president would face “a fragmented Congress.”'), [['a fragmented Congress.', 'Daniela Costa']]);
    assert.deepEqual(pairs('Ana Quispe has alleged “fraud at the table” in the count.'), [['fraud at the table', 'Ana Quispe']]);
  });

  it('gives a quote with no attribution to the person the sentence before opens with, in one paragraph', () => {
    const text = 'Ilaria Moretti spoke in Brussels. She rejected the criticism. “This case is about rules.”';
    assert.deepEqual(analysedPairs(text), [['This case is about rules.', 'Ilaria Moretti']]);
    assert.deepEqual(analysedPairs('The decision is final. “It is over.”'), []);
  });

  it('splits a quote interrupted by an attribution (inverted order)', () => {
    const text = '“Growth will slow,” said Tom Baker of the Fiscal Institute, “but not by much.”';
    assert.deepEqual(pairs(text), [
      ['Growth will slow,', 'Tom Baker'],
      ['but not by much.', 'Tom Baker'],
    ]);
  });

  it('resolves "he said" to the person who spoke just before', () => {
    const text = 'Finance Minister Carlos Mendes defended the budget. “We had no choice,” he said. “The deficit was too big.”';
    assert.deepEqual(pairs(text), [
      ['We had no choice,', 'Carlos Mendes'],
      ['The deficit was too big.', 'Carlos Mendes'],
    ]);
  });

  it('resolves "he said" past a sentence opening "For X," and past an owner in apposition ("X’s aide")', () => {
    const opener =
      'Prime Minister Arjun Mehra hosted the talks. For Mehra, the summit was a win at home, said Tomás Reyes, a trade economist in Lisbon. ' +
      '“It gives him leverage before the election,” he said.';
    assert.deepEqual(analysedPairs(opener), [['It gives him leverage before the election,', 'Tomás Reyes']]);
    const owner =
      'President Ivan Sorokin landed in Valdoria on Thursday. Pavel Dronov, Mr Sorokin’s foreign policy aide, said the talks would cover energy. ' +
      '“We expect several agreements,” he told reporters.';
    assert.deepEqual(analysedPairs(owner), [['We expect several agreements,', 'Pavel Dronov']]);
  });

  it('reads an Indian-English "in-charge" as a role, so the person after the party and the role speaks', () => {
    assert.deepEqual(analysedPairs('“The farmers were failed,” said Kestrel Party communications in-charge Arjun Mehra.'), [['The farmers were failed,', 'Arjun Mehra']]);
    assert.deepEqual(analysedPairs('“We have filed a case,” the police station in-charge said.'), [['We have filed a case,', 'police station in-charge']]);
  });

  it('gives "the Kestrel leader said" to the person the sentence before is about, past an owner named between', () => {
    const text =
      'Arjun Mehra pledged reform before a hall of cheering activists.\n\n' +
      'Decades after Ivan Sorokin’s 1988 “open door” address, the Kestrel leader said the nation had reached “a turning of the tide”.\n\n' +
      '“We made it,” he told the hall.';
    assert.deepEqual(analysedPairs(text), [['a turning of the tide', 'Arjun Mehra'], ['We made it,', 'Arjun Mehra']]);
  });

  it('reads "a beaming Sir Arjun told" as the person, and "President-elect" as a title before an appositive', () => {
    assert.deepEqual(analysedPairs('Earlier, a beaming Sir Arjun told the party faithful: "We made it, and the work starts now."'), [
      ['We made it, and the work starts now.', 'Arjun'],
    ]);
    assert.deepEqual(analysedPairs('The Danish President-elect, Sir Arjun Mehra, says “the work starts today” after the vote.'), [['the work starts today', 'Arjun Mehra']]);
  });

  it('gives "according to a statement from X" and "the statement added" to X, and "he" not to a person the text calls "she"', () => {
    const statement =
      'Arjun Mehra, whose pay was questioned last month, "will stay on as chair of Kestrel," according to a statement from Varnelco. ' +
      'Mehra will remain "to steady the board through the sale," the statement added.';
    assert.deepEqual(analysedPairs(statement), [
      ['will stay on as chair of Kestrel,', 'Varnelco'],
      ['to steady the board through the sale,', 'Varnelco'],
    ]);
    const pronoun =
      'Reporter Meena Rao wrote that she had phoned Arjun Mehra and asked whether he would stay. ' +
      'He would not say and added, "I will help where I can."';
    assert.deepEqual(analysedPairs(pronoun), [['I will help where I can.', 'Arjun Mehra']]);
  });

  it('reads tabloid speech verbs and people described by what they do', () => {
    const text = '“It was like the end of the world,” sobbed grandmother Rosa Catrileo, 71. “The sky went black.”\n\nOne firefighter, who asked not to be named, told us: “It was hell.”\n\n“Stay back,” a paramedic shouted.';
    const found = analysedPairs(text);
    assert.deepEqual(found, [
      ['It was like the end of the world,', 'Rosa Catrileo'],
      ['The sky went black.', 'Rosa Catrileo'],
      ['It was hell.', 'firefighter'],
      ['Stay back,', 'paramedic'],
    ]);
  });

  it('skips sentence adverbs and participles before the subject, and reads a headline title as the one holder', () => {
    const text = 'Bank raises rates\n\nGovernor warns that “stability comes first”\n\nGovernor Lina Osei spoke on Tuesday. Asked whether more rises were likely, she replied: “We are not on a pre-set path.” However, a senior official at the Finance Ministry, speaking on condition of anonymity, admitted the hike had “surprised everyone”.';
    const found = analysedPairs(text);
    assert.deepEqual(found, [
      ['stability comes first', 'Lina Osei'],
      ['We are not on a pre-set path.', 'Lina Osei'],
      ['surprised everyone', 'senior Finance Ministry official'],
    ]);
  });

  it('resolves "he wrote" to a person newly introduced as the subject, not to the previous speaker', () => {
    const text =
      '“Our mission is helping the families,” spokesperson Amit Roy said. Analysts were split. ' +
      'Sanjay Mehta, an analyst at a Mumbai brokerage, cut his price target.\n“Our base case assumes a long outage,” he wrote in a note.';
    assert.deepEqual(pairs(text), [
      ['Our mission is helping the families,', 'Amit Roy'],
      ['Our base case assumes a long outage,', 'Sanjay Mehta'],
    ]);
  });

  it('resolves "he said" to the subject who told someone, not to the person told, across a two-sentence quote', () => {
    const text =
      'Chancellor Erik Lindqvist and President Tomas Varga met in Oslo on Friday.\n\n' +
      'Mr. Varga, who has avoided taking sides, told Mr. Lindqvist that he had raised the dispute at every meeting. ' +
      '“We are not neutral. We stand on the side of the law,” he said.';
    assert.deepEqual(analysedPairs(text), [['We are not neutral. We stand on the side of the law,', 'Tomas Varga']]);
  });

  it('reads a headline\'s "Danish prime minister hails …" as the prime minister the article names, never as "Danish"', () => {
    const text =
      'Danish prime minister hails ‘unbreakable’ ties as talks open\n\n' +
      'Prime Minister Aleksander Dovik welcomed Chancellor Mira Holt to Copenhagen on Friday.';
    assert.deepEqual(analysedPairs(text), [['unbreakable', 'Aleksander Dovik']]);
  });

  it('gives a judgement in words ("assessed … as “…”") to the body that made it, and a placard’s words to the sign', () => {
    assert.deepEqual(analysedPairs('Prices rose again in May. The Kestrel central bank assessed the outlook for prices as “tilted upwards.” Rates were held.'), [
      ['tilted upwards.', 'Kestrel central bank'],
    ]);
    assert.deepEqual(analysedPairs('Hundreds marched to the depot on Sunday. “Clean water for Tarsk,” one sign read.'), [['Clean water for Tarsk,', 'sign']]);
  });

  it('gives a quote reported after “took care to stress that” to the subject of the sentence, not after “declined to say that”', () => {
    assert.deepEqual(analysedPairs('In naming the driver, Chief Ivo Marek took care to stress that from now on he would be called only “the suspect.”'), [
      ['the suspect.', 'Ivo Marek'],
    ]);
    assert.deepEqual(analysedPairs('Holm was quick to stress that the port would stay “open for business.”'), [['open for business.', 'Holm']]);
    assert.deepEqual(analysedPairs('Asked about the port, Holm declined to say that it would stay “open for business.”'), []);
  });

  it('gives a phrase quoted without attribution to the speaker that closes the next sentence of its paragraph, not across a paragraph', () => {
    assert.deepEqual(analysedPairs('Four officers fired during a “long, loud gun fight” at the depot. One officer was hit in the arm, Police Chief Ivo Marek said.'), [
      ['long, loud gun fight', 'Ivo Marek'],
    ]);
    assert.deepEqual(analysedPairs('Four officers fired during a “long, loud gun fight” at the depot.\n\nOne officer was hit in the arm, Police Chief Ivo Marek said.'), []);
  });

  it('gives a quote after a bare “Another proclaimed” to the kind of speaker described just before, and to no one without one', () => {
    assert.deepEqual(analysedPairs('Hundreds marched to the depot on Sunday. “Clean water for Tarsk,” read one banner. Another proclaimed, “We will not wait.”'), [
      ['Clean water for Tarsk,', 'banner'],
      ['We will not wait.', 'banner'],
    ]);
    assert.deepEqual(analysedPairs('Hundreds marched to the depot on Sunday. Another proclaimed, “We will not wait.” The depot stayed shut.'), []);
  });

  it('reads an agency subhead set in capitals (“…”, SAYS MEHRA) as attributed to the person it names', () => {
    const text =
      'Prime Minister Arjun Mehra met the Valdorian delegation in Tarsk on Friday.\n\n' +
      'PORT DEAL ‘WILL PAY FOR ITSELF’, SAYS MEHRA\n\n' +
      'Mehra said the terminal would open next year.';
    assert.deepEqual(analysedPairs(text), [['WILL PAY FOR ITSELF', 'Arjun Mehra']]);
  });

  it('reads past "afterwards" between a subject and its speech verb', () => {
    const text = 'Ivan Sorokin signed a port deal with Arjun Mehra in Tarsk, the two men afterwards calling the accord “good for both harbours”.';
    assert.deepEqual(analysedPairs(text), [['good for both harbours', 'Ivan Sorokin and Arjun Mehra']]);
  });

  it('gives a fragment in what "Police said" to the police, not to the one police chief the article names', () => {
    const text =
      'Tarsk Police Chief Ivo Marek said the depot was sealed off on Friday.\n\n' +
      'Police said the driver crossed two barriers before swerving "sharply and without warning" into the gate.';
    assert.deepEqual(analysedPairs(text), [['sharply and without warning', 'police']]);
  });

  it('resolves "the statement said" to the body that issued the statement', () => {
    const text =
      'Demand rose sharply on Monday. Harbour Power said in a statement that demand had risen by 21 per cent. ' +
      '"Cuts are carried out only in areas with high losses," the statement said.';
    assert.deepEqual(analysedPairs(text), [['Cuts are carried out only in areas with high losses,', 'Harbour Power']]);
  });

  it('reads what a judge finds or rules as attributed to the judge', () => {
    const text = 'Judge Ana Ferreira heard the case in March.\n\nThe judge found the operator had “failed at the most basic level”, and ruled that it “must pay in full”.';
    assert.deepEqual(analysedPairs(text), [
      ['failed at the most basic level', 'Ana Ferreira'],
      ['must pay in full', 'Ana Ferreira'],
    ]);
  });

  it('keeps where an unnamed speaker works, the outer speaker of a nested report, and "it added" after a subject', () => {
    assert.deepEqual(analysedPairs('“January will be the low point,” a senior executive at a state-run refiner said.'), [
      ['January will be the low point,', 'senior executive at a state-run refiner'],
    ]);
    assert.deepEqual(
      analysedPairs('Trade envoy Elaine Whitaker arrived on Monday. Whitaker said Washington had noted the drop but that the tariff “is tied to the purchases”.'),
      [['is tied to the purchases', 'Elaine Whitaker']],
    );
    assert.deepEqual(
      analysedPairs('“Supply is our priority,” the Ministry of Energy said in a statement. Valdoria, it added, would “decide in its own interest”.'),
      [['Supply is our priority,', 'Ministry of Energy'], ['decide in its own interest', 'Ministry of Energy']],
    );
  });

  it('names an unnamed official the body\'s way, and keeps where a nurse works as written', () => {
    assert.deepEqual(
      analysedPairs('“It was on the list for years,” said a senior official at the Civil Aviation Authority of Norvia. “We knew,” a nurse at Mocuba District Hospital said.'),
      [
        ['It was on the list for years,', 'senior Civil Aviation Authority of Norvia official'],
        ['We knew,', 'nurse at Mocuba District Hospital'],
      ],
    );
  });

  it('gives a quote introduced by "X said … what relatives feared:" to X, in the same or the next paragraph', () => {
    const intro = 'Her father, Gopal Tamang, said the report had confirmed what relatives feared:';
    assert.deepEqual(analysedPairs(`${intro} “They told us to wait for the report.”`), [['They told us to wait for the report.', 'Gopal Tamang']]);
    assert.deepEqual(analysedPairs(`${intro}\n\n“They told us to wait for the report.”`), [['They told us to wait for the report.', 'Gopal Tamang']]);
  });

  it('resolves "it said" to the body the sentence before is about', () => {
    const text = 'The Norvian Pilots’ Association warned against blaming the crew. ‘Pilots cannot be made scapegoats,’ it said in a statement.';
    assert.deepEqual(analysedPairs(text), [['Pilots cannot be made scapegoats,', 'Norvian Pilots’ Association']]);
  });

  it('names an official "in" or "at" a named body the body\'s way', () => {
    assert.deepEqual(analysedPairs('"We told them clearly," an official in the Department of Marine Works said.'), [['We told them clearly,', 'Department of Marine Works official']]);
  });

  it('resolves "it said" to a body described, not named, that spoke the sentence before, and a bank is a body that speaks', () => {
    const text = 'The Kestrel Elections Jury said it would rule on Monday. The central bank said it bought $150 million. "The bank will act," it said in a statement.';
    assert.deepEqual(analysedPairs(text), [['The bank will act,', 'central bank']]);
    assert.deepEqual(analysedPairs('The Kestrel Elections Jury met. "We will act," the central bank said.'), [['We will act,', 'central bank']]);
  });

  it('finds the subject of a second verb joined by "and": "the ministry rejected the plan and warned that “…”"', () => {
    const text = 'The Ministry of Trade rejected the plan on Monday and warned that “tariffs will follow”.';
    assert.deepEqual(analysedPairs(text), [['tariffs will follow', 'Ministry of Trade']]);
    // So is a description that opens the sentence.
    assert.deepEqual(analysedPairs('The ministry rebuffed the criticism and said rivals were driven by “plain envy”.'), [['plain envy', 'ministry']]);
  });

  it('resolves "the company said" to the company, past the trust and the council named since', () => {
    const text = 'Nordvik Pharma makes the drug. Nordvik did not pay for the study, which the Wellcome Trust and the Swedish Research Council funded. In a statement, the company said it was “encouraged by these findings”.';
    assert.deepEqual(analysedPairs(text), [['encouraged by these findings', 'Nordvik Pharma']]);
  });

  it('keeps "the Foreign Office spokesperson" apart from another body’s spokesman, and gives "the analyst" to the fellow quoted before', () => {
    const text =
      'Palace spokesman Pavel Orlov had said the jets would be discussed. “The jets will be on the agenda,” he told reporters. “The balance will shift,” said Sadia Noor, a research fellow at the Lahore Policy Institute. Responding to a question, the Foreign Office spokesperson said Ruritania “does not view its relations through the prism of others,” but hoped for calm. “Valdor wants to sell to one and talk to the other,” the analyst said.';
    assert.deepEqual(analysedPairs(text), [
      ['The jets will be on the agenda,', 'Pavel Orlov'],
      ['The balance will shift,', 'Sadia Noor'],
      ['does not view its relations through the prism of others,', 'Foreign Office spokesperson'],
      ['Valdor wants to sell to one and talk to the other,', 'Sadia Noor'],
    ]);
  });

  it('credits "its spokesman, X, said" to X, and reads past a bracketed acronym in a role', () => {
    assert.deepEqual(
      analysedPairs('Ruritania’s foreign ministry was blunter. “Every barrel is paid for with blood,” its spokesman, Dmytro Savchuk, said.'),
      [['Every barrel is paid for with blood,', 'Dmytro Savchuk']],
    );
    assert.deepEqual(
      analysedPairs('"Decisions are guided by our interests," Ministry of External Affairs (MEA) spokesperson Anand Kulkarni said.'),
      [['Decisions are guided by our interests,', 'Anand Kulkarni']],
    );
  });

  it('reads past a full date between the subject and the verb ("X on March 3, 2021, declared")', () => {
    assert.deepEqual(analysedPairs('The Marova Health Agency (MHA) on March 3, 2021, declared the outbreak a “grave regional threat” (GRT).'), [
      ['grave regional threat', 'Marova Health Agency'],
    ]);
  });

  it('never takes a time word opening the sentence ("Hours later, he told …") for a speaker', () => {
    const text = 'President Raymond Kessler reacted with fury. In a post, he called the ruling “a disgrace to our country.” Hours later, he told reporters at the White House: “We will put them back — every one of them.”';
    assert.deepEqual(analysedPairs(text), [
      ['a disgrace to our country.', 'Raymond Kessler'],
      ['We will put them back — every one of them.', 'Raymond Kessler'],
    ]);
  });

  it('gives "the statement said" to the body that "the ministry said in a statement" stands for', () => {
    const text = 'The Ministry of Relief ordered evacuations. Volunteers went door to door. The ministry said in a statement that funds were allocated. "No affected person goes without food," the statement said.';
    assert.deepEqual(analysedPairs(text), [['No affected person goes without food,', 'Ministry of Relief']]);
  });

  it('resolves "the company said" past a tribunal whose name holds the word "Company"', () => {
    const text = 'Veltra said it would challenge the order before the National Company Law Appellate Tribunal. "We disagree with the findings," the company said.';
    assert.deepEqual(analysedPairs(text), [['We disagree with the findings,', 'Veltra']]);
  });

  it('ends a single-quoted phrase at "s’ of", reads "a senior police officer" whole, and credits a quote over paragraphs to its closing attribution', () => {
    assert.deepEqual(
      analysedPairs('The Pentagon said the leaders would discuss ‘the entire range of issues’ of what it calls a partnership. ‘Our ties stand on their own,’ Asha Rao, the foreign secretary, told reporters.'),
      [['the entire range of issues', 'Pentagon'], ['Our ties stand on their own,', 'Asha Rao']],
    );
    assert.deepEqual(analysedPairs('“Rooftops will be covered,” a senior police officer told reporters.'), [['Rooftops will be covered,', 'senior police officer']]);
    const pairs = analysedPairs('Experts say the visit shows the failure of isolation.\n\n“Chile has not joined the sanctions.\n\n“What Santiago wants is simple,” said Valery Sorokin, a director at a Santiago think tank.');
    assert.ok(pairs.length > 0 && pairs.every(([, speaker]) => speaker === 'Valery Sorokin'), JSON.stringify(pairs));
  });

  it('resolves "the president said" to the person called the country\'s president in apposition', () => {
    const text = 'Kenya’s president, Peter Ndegwa, has refused to sign the bill. The president said he would return it. “We cannot keep borrowing,” he said.';
    assert.deepEqual(analysedPairs(text), [['We cannot keep borrowing,', 'Peter Ndegwa']]);
  });

  it('resolves "the Head of State said" to the one president, and reads "the Bill" as no entity', () => {
    const text = 'President Peter Ndegwa said he would not assent to the Bill. “I will not assent to this Bill,” the Head of State said.';
    assert.deepEqual(analysedPairs(text), [['I will not assent to this Bill,', 'Peter Ndegwa']]);
    const entities = analyzeCorpus([{ file: 'a.txt', text }]).documents[0].entities.map((e) => e.text);
    assert.deepEqual(entities, ['Peter Ndegwa']);
  });

  it('resolves "she said" to the minister who opens the same sentence', () => {
    const text =
      'Police chief Budi Santoso said the site was sealed. Manpower Minister Rina Kartika has ordered the plant shut. ' +
      '“No production will resume until every audit is complete,” she said.';
    assert.deepEqual(pairs(text), [['No production will resume until every audit is complete,', 'Rina Kartika']]);
  });

  it('finds the named subject behind a lower-case title and a relative clause, and reads "state media" as a noun', () => {
    const text = 'Talks ended on Friday. Peru’s deputy prime minister Diego Salas, who travelled with the president, told Peruvian state media that Lima was “fully committed” to the deal.';
    assert.deepEqual(pairs(text), [['fully committed', 'Diego Salas']]);
  });

  it('gives the quote to the unnamed official, not to the ministry they work at', () => {
    const text = 'Kaito recalled cars. A senior official at the ministry told reporters that regulators were “not ruling out penalties” for the firm.';
    assert.deepEqual(pairs(text), [['not ruling out penalties', 'senior official']]);
  });

  it('resolves "the judge", "the pharmacologist" and "the regulator" through role synonyms, appositives and body names', () => {
    const text =
      'Justice Meera Iyer ruled on Tuesday. Dr. Tomas Varga, a pharmacologist at the state institute, said the deaths were preventable. ' +
      '“This is not a new poison,” the pharmacologist added.\n\n“The label lied,” the judge said.\n\n' +
      'The Drug Standards Organisation recalled the batch. In a statement, the regulator said the order “will be implemented in full”.';
    const found = analysedPairs(text);
    assert.deepEqual(found, [
      ['This is not a new poison,', 'Tomas Varga'],
      ['The label lied,', 'Meera Iyer'],
      ['will be implemented in full', 'Drug Standards Organisation'],
    ]);
  });

  it('reads a title before a name, a portfolio pair, an opener and a speaking participle', () => {
    const text =
      'Reacting to the verdict, senior advocate Ravi Menon, appearing for the firm, said: “We will appeal.” ' +
      '“Gas goes to our own industries first,” Energy and Mineral Resources Minister Dewi Sartika said. ' +
      'Back home, Arif Budiman accused the government of “borrowing to buy ships”. ' +
      'Foreign Minister Lina Halim rejected the criticism, saying the terms were “the most generous ever”.';
    assert.deepEqual(pairs(text), [
      ['We will appeal.', 'Ravi Menon'],
      ['Gas goes to our own industries first,', 'Dewi Sartika'],
      ['borrowing to buy ships', 'Arif Budiman'],
      ['the most generous ever', 'Lina Halim'],
    ]);
  });

  it('reads the name in apposition after a quote, and "made clear" as speech', () => {
    const text =
      'A State Department spokesperson said the US expects less trade. ' +
      '“We will not allow anyone to interfere in our trade,” the ministry spokesman, Arun Mehta, told reporters. ' +
      'Mr Osei’s aide, Kofi Mensah, had made clear that Accra would “not bow to pressure from anyone”.';
    const found = analysedPairs(text);
    assert.deepEqual(found, [
      ['We will not allow anyone to interfere in our trade,', 'Arun Mehta'],
      ['not bow to pressure from anyone', 'Kofi Mensah'],
    ]);
  });

  it('reads a body of a named owner, "the Ghanaian leader" as the president, "made clear" as a report, and never "she" for a plural', () => {
    const text =
      '“The leaders discussed trade,” the Valdorian foreign ministry said. President Amara Osei spoke next. ' +
      '“Ghana is a reliable supplier,” the Ghanaian leader said.\n\n' +
      'The Foreign Office spokesperson said Nigeria had taken note. Oil imports rose, and Mr Osei made clear he intends to keep it that way. ' +
      '“Supplies will not stop,” he told reporters.\n\n' +
      'Ms Sadia Malik argued that ties were improving, and Nigerian officials say talks continue. “Accra sees West Africa differently,” she said.';
    const found = analysedPairs(text);
    assert.deepEqual(found, [
      ['The leaders discussed trade,', 'Valdorian foreign ministry'],
      ['Ghana is a reliable supplier,', 'Amara Osei'],
      ['Supplies will not stop,', 'Amara Osei'],
      ['Accra sees West Africa differently,', 'Sadia Malik'],
    ]);
  });

  it('prefers the name in apposition, and a newer "a spokesperson for …" over an earlier spokeswoman', () => {
    const text =
      'The company’s spokeswoman, Nicola Hart, said it was “ready to meet at any hour”. ' +
      'A spokesperson for the Harbour Chamber of Commerce said trade had fallen. “The whole town runs on that port,” the spokesperson said.';
    assert.deepEqual(pairs(text), [
      ['ready to meet at any hour', 'Nicola Hart'],
      ['The whole town runs on that port,', 'spokesperson'],
    ]);
  });

  it('gives the quote to the person, not to the body named after "of"', () => {
    const text = 'Economists were cautious. Ajay Rao of the Coastal Trade Research Initiative said the target was “ambitious but not impossible”.';
    assert.deepEqual(pairs(text), [['ambitious but not impossible', 'Ajay Rao']]);
  });

  it('resolves "the worker said" and "One worker" to an unnamed worker', () => {
    const text = 'One worker, who spoke on condition of anonymity, said the shift smelled gas. “We told the supervisor,” the worker said.';
    assert.deepEqual(pairs(text), [['We told the supervisor,', 'worker']]);
  });

  it('resolves "the minister said" to the minister mentioned since the last minister spoke', () => {
    const text =
      'Foreign Minister Olga Petrova spoke first. “We are ready,” Petrova said. Trade Minister Kofi Mensah hosted the talks. ' +
      'Mensah brushed off the criticism. “Our ties are not directed against anyone,” the minister said.';
    const [doc] = analyzeCorpus([{ file: 'a.txt', text }]).documents;
    assert.deepEqual(doc.quotes.map((q) => [q.text, q.speaker]), [
      ['We are ready,', 'Olga Petrova'],
      ['Our ties are not directed against anyone,', 'Kofi Mensah'],
    ]);
  });

  it('resolves "the ministry said" and "the company said" to the body named just before', () => {
    const text =
      'The Ministry of Energy and Mineral Resources ordered an audit of the plant. “Any violation will carry serious consequences,” the ministry said.\n' +
      'Shares of Vardhan Metals Ltd fell 7%. The company said it was “assessing the financial impact” of the shutdown.';
    const [doc] = analyzeCorpus([{ file: 'a.txt', text }]).documents;
    assert.deepEqual(doc.quotes.map((q) => [q.speaker, q.speakerKind]), [
      ['Ministry of Energy and Mineral Resources', 'organization'],
      ['Vardhan Metals', 'organization'],
    ]);
  });

  it('resolves "she said" after an opener and a lower-case title, and "the minister said" to the person just discussed', () => {
    const text =
      'Foreign Minister Olga Petrova spoke first. “We are ready,” Petrova said. In Brussels, E.U. foreign policy chief Kaja Lind was blunter. ' +
      'Speaking to reporters, she said that “every barrel bought abroad pays for missiles.”\nThe talks were hosted by Kofi Mensah. ' +
      'Mensah brushed off the criticism. “Our ties are not directed against anyone,” the minister said.';
    const [doc] = analyzeCorpus([{ file: 'a.txt', text }]).documents;
    assert.deepEqual(doc.quotes.map((q) => q.speaker), ['Olga Petrova', 'Kaja Lind', 'Kofi Mensah']);
  });

  it('attributes a quoted phrase after "spoke of", "thanked … for" and a named speaker\'s remark', () => {
    const text =
      'Sorokin spoke of building “a new, fairer world order” with Chile. Mehra thanked Sorokin for his “attention to the issue” during the talks. ' +
      'Mehra’s remark on Peru, that “Chile is not neutral”, was widely shared.';
    assert.deepEqual(pairs(text), [
      ['a new, fairer world order', 'Sorokin'],
      ['attention to the issue', 'Mehra'],
      ['Chile is not neutral', 'Mehra'],
    ]);
  });

  it('resolves "it" to the capital or body that opens the sentence before the last organisation that spoke', () => {
    const text = 'The Stockholm institute said in a statement that exports fell. Caracas rejects what it calls “Western hegemony” in Asia.';
    const [doc] = analyzeCorpus([{ file: 'a.txt', text }]).documents;
    assert.deepEqual(doc.quotes.map((q) => [q.text, q.speaker]), [['Western hegemony', 'Caracas']]);
  });

  it('agency style: "said X, a spokesman for Y"', () => {
    const text = '"The plant will reopen next week," said John Smith, a spokesman for Acme Corp.';
    assert.deepEqual(pairs(text), [['The plant will reopen next week,', 'John Smith']]);
  });

  it('British style: primary single quotes with the attribution after', () => {
    const text = '‘We are not going to raise taxes,’ the Chancellor told the BBC. ‘Growth is the priority.’';
    const found = pairs(text);
    assert.equal(found.length, 2);
    assert.equal(found[0][0], 'We are not going to raise taxes,');
    assert.equal(found[1][1], found[0][1]);
  });

  it('an organisation speaking in a statement, with an owner before its name', () => {
    const text = 'Exports fell sharply, “reflecting weak demand,” Brazil’s Ministry of Finance said in a statement.';
    const [q] = quotes(text);
    assert.equal(q.speaker, 'Ministry of Finance');
    assert.equal(q.speakerKind, 'organization');
  });

  it('"according to X" before a quote, and a colon introduction', () => {
    assert.deepEqual(pairs('According to the National Statistics Office, “unemployment rose to 7 per cent.”'), [
      ['unemployment rose to 7 per cent.', 'National Statistics Office'],
    ]);
    assert.deepEqual(pairs('Ravi Shankar, in remarks to reporters, rejected the claims: “This is baseless.”'), [
      ['This is baseless.', 'Ravi Shankar'],
    ]);
  });

  it('a short quoted phrase after a speech verb is a quote; a scare quote is not', () => {
    const text = 'Central bank governor Elena Petrova said inflation was “under control.” Critics call it the “soft landing” myth.';
    const found = pairs(text);
    assert.deepEqual(found[0], ['under control.', 'Elena Petrova']);
    const scare = quotes('The city’s “smart roads” plan costs Rs 500 crore, up from 3 lakh last year.');
    assert.deepEqual(scare, []);
  });

  it('resolves "the official said" to the unnamed official introduced earlier', () => {
    const text = 'A senior Treasury official, speaking on condition of anonymity, called the talks frank. “Nobody left happy,” the official said.';
    const [q] = quotes(text);
    assert.equal(q.speaker, 'senior Treasury official');
    assert.equal(q.speakerKind, 'description');
    assert.deepEqual(q.attribution, { start: text.indexOf('the official said'), end: text.indexOf('the official said') + 17 });
  });

  it('uses the canonical name of the matching entity mention', () => {
    const text = '“The vote is final,” Okafor added.';
    const entities: EntityMention[] = [
      { start: 21, end: 27, text: 'Okafor', type: 'person', canonical: 'Ngozi Okafor' },
    ];
    assert.deepEqual(pairs(text, entities), [['The vote is final,', 'Ngozi Okafor']]);
  });

  it('a quote paragraph that follows a quote continues its speaker', () => {
    const text = '“We will appeal,” said lawyer Priya Nair.\n“The ruling ignores the evidence.”';
    assert.deepEqual(pairs(text), [
      ['We will appeal,', 'Priya Nair'],
      ['The ruling ignores the evidence.', 'Priya Nair'],
    ]);
  });

  it('keeps an honorific with its name and shares a trailing attribution with a later quoted phrase', () => {
    const text = '“We’re seeing a slowdown,” Mr. Johnson told Reuters, adding that “the worst is behind us.”';
    assert.deepEqual(pairs(text), [
      ['We’re seeing a slowdown,', 'Johnson'],
      ['the worst is behind us.', 'Johnson'],
    ]);
  });

  it('"both leaders" resolves to the people named in the sentence', () => {
    const text = 'Amit Shah and Rahul Gandhi met on Monday, with both leaders calling the talks “productive.”';
    assert.deepEqual(pairs(text), [['productive.', 'Amit Shah and Rahul Gandhi']]);
  });

  it('"the two officials" resolves to the two people named in the sentence, whatever their role noun', () => {
    const text = 'Port Minister Ivo Marek and Kestrel Shipping’s regional manager, Jana Holm, met reporters in Tarsk, where the two executives said the aim was “getting every crew home safely.”';
    assert.deepEqual(analysedPairs(text), [['getting every crew home safely.', 'Ivo Marek and Jana Holm']]);
  });

  it('"the two leaders" takes the second person from the sentence before when the sentence names one', () => {
    const text = 'Ivan Sorokin held talks in Tarsk with Valdorian prime minister Jana Holm.\n\nSorokin signed a grain accord, and the two leaders later declared their partnership “strong in any weather”.';
    assert.deepEqual(analysedPairs(text), [['strong in any weather', 'Ivan Sorokin and Jana Holm']]);
  });

  it('a quote inside a relative clause on a named person is theirs, whatever verb follows', () => {
    const text = 'Trade Minister Lerato Dube, who hailed the accord as “proof that the plan works,” said exports would double.';
    assert.deepEqual(analysedPairs(text), [['proof that the plan works,', 'Lerato Dube']]);
  });

  it('a quote after a relative clause has closed is the sentence’s own, given by the “according to” that follows', () => {
    const text = 'Ivan Sorokin, who was criticised in a long article in The Tarsk Herald, "stays on as chief executive of Kestrel," according to Varnelco.';
    assert.deepEqual(analysedPairs(text), [['stays on as chief executive of Kestrel,', 'Varnelco']]);
  });

  it('"what it called" is the body that opens the sentence, not the country that owns it', () => {
    const text = 'Chile’s Health Ministry condemned what it called a “reckless delay” in the shipments.';
    assert.deepEqual(analysedPairs(text), [['reckless delay', 'Health Ministry']]);
  });

  it('"the ministry said" finds the ministry named a paragraph or two before', () => {
    const text = [
      'The rules were issued by the Transport and Ports Ministry on Monday.',
      'They take effect next year. The regulation is part of a wider plan. Officials expect delays.',
      'The minister said fines would rise. Ports will be inspected.',
      'The ministry said in a statement that the cap would “protect our harbours.”',
    ].join('\n\n');
    assert.deepEqual(analysedPairs(text), [['protect our harbours.', 'Transport and Ports Ministry']]);
  });

  it('records the sentence index of the quote start', () => {
    const text = 'Talks resumed on Monday. “It went well,” said Ana Silva.';
    assert.equal(quotes(text)[0].sentence, 1);
  });
});

describe('quotes: bodies, roles and dotted acronyms', () => {
  it('takes a lone name shaped like a common word as the speaker before "said" or "issued", not "Projections say"', () => {
    assert.deepEqual(analysedPairs('Varling said it knew of the derailment “and will help the inquiry in every way.”'), [
      ['and will help the inquiry in every way.', 'Varling'],
    ]);
    const reported = analyzeCorpus([{ file: 'a.txt', text: 'Varling said it had grounded the fleet. Projections say the Greens will win 40 seats.' }]).documents[0].claims;
    assert.deepEqual(reported.map((c) => c.speaker), ['Varling', undefined]);
  });

  it('gives "the site added" and "the newspaper said" to the publisher named just before', () => {
    assert.deepEqual(analysedPairs('The Kestrel Tracker website logged the ferry’s route in May. The site said its speed had been “erratic” near the harbour.'), [
      ['erratic', 'Kestrel Tracker'],
    ]);
    assert.deepEqual(analysedPairs('The Marova Herald reported the deal on Monday. The newspaper said the minister had called it “a disgrace”.'), [
      ['a disgrace', 'Marova Herald'],
    ]);
  });

  it('resolves "the governor" and "the officer" to the person whose abbreviated title says so ("Gov.", "Col.")', () => {
    const governor = 'Gov. Ivan Sorokin said the dam held. "We kept the pumps running," Sorokin said.\n\nThe governor said he still feared landslides in the hills. He asked families to keep their children indoors.\n\n"Keep off the roads tonight," he said.';
    assert.deepEqual(analysedPairs(governor), [['We kept the pumps running,', 'Ivan Sorokin'], ['Keep off the roads tonight,', 'Ivan Sorokin']]);
    const officer = 'Col. Ivan Sorokin said the bridge was secure. "We hold the crossing," Sorokin said.\n\nLater the officer said more troops were coming. "Reinforcements arrive tonight," he said.';
    assert.deepEqual(analysedPairs(officer), [['We hold the crossing,', 'Ivan Sorokin'], ['Reinforcements arrive tonight,', 'Ivan Sorokin']]);
  });

  it('gives "he said" after a long quote to the speaker just before it, however many sentences the quote runs to', () => {
    const text =
      'Kestrel striker Arjun Mehra scored twice on his debut.\n\n“I am sad to leave, but it was time,” he said.\n\n' +
      'The team’s chairman Ivan Sorokin, said Mehra had asked to leave.\n\n' +
      '“We did everything we could to keep Arjun. In the end he made it plain that a new start was what he needed. We have agreed to the sale with regret.\n\n' +
      '“We watched a boy from our youth teams grow into a great forward. He gave this club everything,” he told reporters later.';
    assert.deepEqual(analysedPairs(text).map(([, speaker]) => speaker), ['Arjun Mehra', 'Ivan Sorokin']);
  });

  it('gives "the group said" to the body named before, not to the agency a dateline credits', () => {
    const text =
      'TARSK, Marova (Newswire) — The Selka Grain Council of exporting states decided Wednesday to cut shipments, which may lift bread prices.\n\n' +
      'Trade ministers cut exports by 2 million tonnes starting in March.\n\nThe group said the cut answered "a weak harvest outlook across the region."';
    assert.deepEqual(analysedPairs(text), [['a weak harvest outlook across the region.', 'Selka Grain Council']]);
  });

  it('reads a role with its field before the name: "Varnelco head of public policy Arjun Mehra said"', () => {
    assert.deepEqual(analysedPairs('"We will contest the order," Varnelco head of public policy Arjun Mehra said.'), [['We will contest the order,', 'Arjun Mehra']]);
    assert.deepEqual(analysedPairs('"We will fight this," said Varnelco director of external relations Arjun Mehra.'), [['We will fight this,', 'Arjun Mehra']]);
    // (A body after "of" is the role's owner, not a field: the description stays whole.)
    assert.deepEqual(analysedPairs('"We will fight this," the head of Varnelco said.'), [['We will fight this,', 'head of Varnelco']]);
  });

  it('reads a dotted acronym inside a description: "said a senior E.C.B. official"', () => {
    const text = 'Three members pushed for a cut, according to two people familiar with the talks.\n\n“Nobody wanted to wait,” said a senior E.C.B. official, who spoke on condition of anonymity.';
    assert.deepEqual(analysedPairs(text), [['Nobody wanted to wait,', 'senior E.C.B. official']]);
  });

  it('gives the quote to the person in apposition after a role that opens with a body: "the EU trade commissioner, Jana Holm, said"', () => {
    const text = 'In Brussels, the EU trade commissioner, Jana Holm, said the bloc would “not reopen” the framework.';
    assert.deepEqual(analysedPairs(text), [['not reopen', 'Jana Holm']]);
  });

  it('finds the minister the paragraph before is about, however many sentences the quote runs to', () => {
    const text = 'But the Minister of Finance, Mrs Ada Obi-Lane, defended the plans before the Senate.\n\n"We respect the bank. Our borrowing is within the limits," the minister said.';
    assert.deepEqual(analysedPairs(text), [['We respect the bank. Our borrowing is within the limits,', 'Ada Obi-Lane']]);
  });

  it('gives "the statement said" to the body described as issuing it, even one named nowhere before', () => {
    const text = 'The minister toured the coast.\n\nThe ministry said in a statement that rice had been sent. "No one will go without food," the statement said.';
    assert.deepEqual(analysedPairs(text), [['No one will go without food,', 'ministry']]);
  });

  it('gives the quote to the person of a body in a city, not the city: "X of Rhône Capital in Lyon said"', () => {
    const text = 'Analysts were calmer. Karim Benali of Rhône Capital in Lyon said the remedies were “lighter than many had feared”.';
    assert.deepEqual(analysedPairs(text), [['lighter than many had feared', 'Karim Benali']]);
  });

  it('keeps a described workplace whole: "an executive at a state refiner" ("state" is no verb after an article)', () => {
    const text = '"We will not touch any cargo," said an executive at a state refiner, who declined to be named.';
    assert.deepEqual(analysedPairs(text), [['We will not touch any cargo,', 'executive at a state refiner']]);
  });

  it('never reads a description that is the subject of "said" as in apposition to the name before it', () => {
    const text = 'After talks with Arjun Mehra, the president said: “We stand ready.” Later, after talks with Arjun Mehra, the Valdorian president said Valdoria would keep fuel “flowing without pause”.';
    assert.deepEqual(analysedPairs(text), [['We stand ready.', 'president'], ['flowing without pause', 'Valdorian president']]);
  });

  it('gives the quote to the person in "X of Valdoria told …", not to the country', () => {
    const text = 'Arjun Mehra of Valdoria told reporters on Friday that his country would keep oil flowing “without interruption,” a pledge aimed at sanctions.';
    assert.deepEqual(analysedPairs(text), [['without interruption,', 'Arjun Mehra']]);
  });

  it('reads a title with "for" before the name: "Federal Minister for Energy X, addressing …, said the companies “…”"', () => {
    const text = 'Federal Minister for Energy Omar Rauf, addressing a press conference in Islamabad, said the distribution companies "cannot hide their failures behind the weather".';
    assert.deepEqual(analysedPairs(text), [['cannot hide their failures behind the weather', 'Omar Rauf']]);
  });

  it('never gives "the company said" to an agency or an armed force named just before', () => {
    const text = 'The first doses were flown in by the Philippine Air Force, and UNICEF committed $1.5 million.\n\n"We are proud to help," the company said in a statement.';
    assert.deepEqual(analysedPairs(text), [['We are proud to help,', 'company']]);
  });

  it('keeps how an unnamed source knows when the description comes after the quote: "involved in the talks told"', () => {
    const text = '"We are not asking them to buy less," a senior official involved in the talks told reporters, declining to be named.';
    assert.deepEqual(analysedPairs(text), [['We are not asking them to buy less,', 'senior official involved in the talks']]);
  });

  it('attributes a phrase after ", accusing X of" to the subject of the main clause', () => {
    const text = 'Party spokesperson Ravi Kant hit back, accusing the opposition of "petty politics at a moment of national pride".';
    assert.deepEqual(analysedPairs(text), [['petty politics at a moment of national pride', 'Ravi Kant']]);
  });

  it('names an embassy with its city, not the city, and "the embassy" after it', () => {
    const text = 'All 12 citizens on the island are safe, the Valdorian Embassy in Lisbon said on Tuesday.\n\n"We are in constant touch with the authorities," the embassy said in a statement.';
    assert.deepEqual(analysedPairs(text), [['We are in constant touch with the authorities,', 'Valdorian Embassy in Lisbon']]);
  });
});

describe('quotes: who said it, in interviews and briefings', () => {
  it('never takes a thing ending in "-er" for a speaker: "the transfer, which she said would …"', () => {
    const text = 'Jana Holm, the Foreign Office spokeswoman, told her weekly briefing that Valdoria was “closely following” the transfer of systems, which she said would “fuel an arms race”.';
    assert.deepEqual(analysedPairs(text), [['closely following', 'Jana Holm'], ['fuel an arms race', 'Jana Holm']]);
  });

  it('gives "he said" to the one who told it, not to the interviewer told', () => {
    const text = '‘Pressure does not work,’ Mr Sorokin told the channel’s editor, Jana Holm. ‘We will not give in.’\n\n' +
      'He also spoke of their last meeting, at a summit in Kestrel in September. ‘When we met, we spoke honestly. We have discussed trade many times,’ he said.';
    assert.deepEqual(analysedPairs(text).map(([, speaker]) => speaker), ['Sorokin', 'Sorokin', 'Sorokin']);
  });

  it('never gives "whom he called" to the one called', () => {
    const text = 'The interview ranged from trade to Mr. Sorokin’s friendship with Prime Minister Arjun Mehra, whom he called “a reliable partner”.';
    assert.deepEqual(analysedPairs(text), [['a reliable partner', 'Sorokin']]);
  });

  it('reads "told reporters" with no "that" as reported speech, so a later "he said" has its speaker', () => {
    const text = 'A senior military official told reporters the air force was speeding up talks with Kestrel. “We have options,” he said.';
    assert.deepEqual(analysedPairs(text), [['We have options,', 'senior military official']]);
  });

  it('gives "the former air force officer said" to the air marshal (retd) named before', () => {
    const text = 'Air Marshal (retd) Arjun Mehra, a former deputy chief of the Air Staff, said the jet could be a stopgap. “The air force needs numbers,” the former air force officer said.';
    assert.deepEqual(analysedPairs(text), [['The air force needs numbers,', 'Arjun Mehra']]);
  });

  it('gives a quote opening a paragraph to the one whose paragraph ended on a colon to introduce it', () => {
    const text = 'Jana Holm, a senior fellow at the Marchensky Institute, put it this way:\n\n“Valdoria cannot afford to drift.\n\n“But nobody is under any illusion.”\n\nThe talks resume in May.';
    assert.deepEqual(analysedPairs(text), [['Valdoria cannot afford to drift.\n\n“But nobody is under any illusion.', 'Jana Holm']]);
  });

  it('reads "the embassy said" as a body speaking, named as it was when it last spoke', () => {
    assert.deepEqual(analysedPairs('“We respect the decision,” the embassy said.'), [['We respect the decision,', 'embassy']]);
  });

  it('names a mission abroad with its city when it is named after the quote', () => {
    assert.deepEqual(analysedPairs('“All our nationals are safe,” the Embassy of Valdoria in Reykjavik said in a statement.'), [
      ['All our nationals are safe,', 'Embassy of Valdoria in Reykjavik'],
    ]);
  });

  it('gives "the minister said" to the minister who spoke, not to one met in that attribution', () => {
    const text = '"This deficit is not sustainable," Commerce Minister Arjun Mehra told reporters after a meeting with Valdorian Economy Minister Ivan Sorokin. ' +
      '"Our exporters need market access," the minister said.';
    assert.deepEqual(analysedPairs(text).map(([, speaker]) => speaker), ['Arjun Mehra', 'Arjun Mehra']);
  });

  it('never reads a headline\'s "Chilean president" as the president of a body of another country', () => {
    const text = 'Chilean president promises to ‘buy much more’ from Peru\n\nHarpreet Sethi, president of the Peruvian Exporters Federation, was unmoved.';
    assert.notEqual(analysedPairs(text)[0]?.[1], 'Harpreet Sethi');
  });

  it('takes "the leader" for any head of state or government, but never a president for a prime minister', () => {
    assert.ok(roleVariants('leader').includes('president') && roleVariants('leader').includes('prime minister'));
    assert.ok(!roleVariants('president').includes('prime minister'));
    assert.ok(roleVariants('premier').includes('prime minister'));
    assert.ok(roleVariants('officer').includes('marshal'));
  });
});

describe('quotes: an office the rest of the corpus names', () => {
  const named = { file: 'a.txt', text: 'Chilean President Tomás Reyes arrived in Lisbon on Thursday for talks.' };
  const speakersOf = (text: string) => analyzeCorpus([named, { file: 'b.txt', text }]).documents[1]!.quotes.map((q) => [q.text, q.speaker]);

  it('gives "the Chilean president said" to the one president the corpus names, when the source mentions him', () => {
    assert.deepEqual(speakersOf('After the talks, the Chilean president said his country stood “ready to help”. Mr Reyes left on Friday.'), [
      ['ready to help', 'Tomás Reyes'],
    ]);
  });

  it('leaves the office as it was when the source does not mention him', () => {
    assert.deepEqual(speakersOf('After the talks, the Chilean president said his country stood “ready to help”.'), [['ready to help', 'Chilean president']]);
  });
});

describe('quotes: attributions that come late, early or in another line', () => {
  it('gives a quoted phrase to the attribution that ends its sentence after a comma', () => {
    assert.deepEqual(analysedPairs('Varnelco has “a long road ahead” to fix its plants, says Arjun Mehra\n\nArjun Mehra spoke on Monday.'), [
      ['a long road ahead', 'Arjun Mehra'],
    ]);
    assert.deepEqual(analysedPairs('Exports rising 6 per cent mark a ‘sunny’ spell, Governor Jana Holm said on Friday.'), [['sunny', 'Jana Holm']]);
  });

  it('gives an exclamation to the attribution after it that says only when it was said', () => {
    assert.deepEqual(analysedPairs('Jana Holm rowed for Marova.\n\n“Ready now!” Holm cried out moments before the race.'), [['Ready now!', 'Jana Holm']]);
    assert.deepEqual(analysedPairs('Jana Holm rowed for Marova.\n\n“We won!” Holm said the crew would row again.'), []);
  });

  it('reads no quote in a nickname set inside a name', () => {
    assert.deepEqual(analysedPairs('The agency flew astronauts Ivo "Kit" Marek and Jana Holm to the lab, Holm said.'), []);
  });

  it('does not give a quoted phrase to a speech verb that only ends a later clause', () => {
    assert.deepEqual(analysedPairs('The plan faces “serious doubts” in the chamber, though Ivan Sorokin said it would pass.'), []);
  });

  it('reads "In his words," and "In the words of X," as attributions', () => {
    assert.deepEqual(analysedPairs('Ivan Sorokin visited the site. In his words, “The roads to the valley get cleared first.”'), [
      ['The roads to the valley get cleared first.', 'Ivan Sorokin'],
    ]);
    assert.deepEqual(analysedPairs('In the words of the mayor, Jana Holm, “We will rebuild.”'), [['We will rebuild.', 'Jana Holm']]);
  });

  it('reads a headline’s “quote”: Name as the name’s words', () => {
    assert.deepEqual(analysedPairs('“We Will Rebuild The Port”: Sorokin After Floods\n\nIvan Sorokin spoke on Friday.'), [
      ['We Will Rebuild The Port', 'Ivan Sorokin'],
    ]);
    assert.deepEqual(analysedPairs('“Ten Things To Know”: A Guide To The Budget'), []);
  });

  it('gives a first-person quote paragraph to the person the paragraph before is about', () => {
    const text = 'Varnelco chief executive Arjun Mehra spoke on Monday.\n\nIn a call with investors, Mehra addressed the crisis.\n\n' +
      '“Our mills will run again by spring, and I will see to it.”\n\nThe deal closed on Friday.';
    assert.deepEqual(analysedPairs(text), [['Our mills will run again by spring, and I will see to it.', 'Arjun Mehra']]);
    // Not a quote in no one’s voice: a slogan or a title.
    assert.deepEqual(analysedPairs('Arjun Mehra spoke on Monday.\n\n“Hands off the harbour.”'), []);
  });

  it('reads "the 58-year-old" as the person just named', () => {
    assert.deepEqual(analysedPairs('Jana Holm left the court on Monday. Outside, the 58-year-old said “thank you all.”'), [['thank you all.', 'Jana Holm']]);
  });

  it('gives a quoted phrase after "assured" to its subject, and after "after saying" to the sentence’s subject', () => {
    assert.deepEqual(analysedPairs('Ivan Sorokin on Friday assured Valdoria of “steady deliveries” of grain.'), [['steady deliveries', 'Ivan Sorokin']]);
    assert.deepEqual(analysedPairs('Ivan Sorokin is risking a row with Jana Holm after saying Kestrel will provide “steady shipments” of grain.'), [
      ['steady shipments', 'Ivan Sorokin'],
    ]);
  });

  it('gives a quote after ", saying" to the main clause’s subject, past an opening adverb or phrase', () => {
    assert.deepEqual(analysedPairs('The Kestrel regulator rejected the plan, saying a penalty "would go beyond its remit".'), [['would go beyond its remit', 'Kestrel regulator']]);
    assert.deepEqual(analysedPairs('Originally, Jana Holm planned to shut the depot, saying a levy "would go too far".'), [['would go too far', 'Jana Holm']]);
    assert.deepEqual(analysedPairs('On Monday, Ivo Marek closed the port, arguing it was “not safe for anyone”.'), [['not safe for anyone', 'Ivo Marek']]);
  });

  it('leaves a scare quote after ", adding" unattributed: adding is often no speech', () => {
    assert.deepEqual(analysedPairs('The ministry raised duties on steel, adding a “temporary” levy on copper.'), []);
  });

  it('closes a curly quote with a straight mark after its last punctuation, as mixed marks are typed', () => {
    assert.deepEqual(analysedPairs('Flooding hit the town. “Keep off the bridges tonight," Gov. Jana Holm said. "The river has not peaked.”'), [
      ['Keep off the bridges tonight,', 'Jana Holm'],
      ['The river has not peaked.', 'Jana Holm'],
    ]);
  });

  it('closes a straight quote at a mark typed after a space, as in \'firm, " PM Mehra said\'', () => {
    const text = 'Ivan Sorokin met Prime Minister Arjun Mehra on Friday.\n\n"The storms came and went. Our friendship stayed firm, " PM Mehra said\n\nThe talks ended at noon.';
    assert.deepEqual(analysedPairs(text), [['The storms came and went. Our friendship stayed firm,', 'Arjun Mehra']]);
  });

  it('gives the words of "the Marovan club" and of "the Marovans" to the club the report is about, not to a rival named last', () => {
    const lead = 'Marova Rovers have signed striker Jana Holm from Tarsk United. Marova Rovers said the deal runs to 2028. ' +
      'The fee beats the sum Marova Rovers paid Selka City in 2019. ';
    assert.deepEqual(analysedPairs(`${lead}"Holm has joined us until 2028," stated the Marovan club.`), [['Holm has joined us until 2028,', 'Marova Rovers']]);
    assert.deepEqual(analysedPairs(`${lead}"Holm has joined us until 2028," the Marovans said.`), [['Holm has joined us until 2028,', 'Marova Rovers']]);
  });

  it('keeps a group named again and again as its own speaker', () => {
    const text = 'The Selkans seized the port of Tarsk on Monday. Kestrel Shipping halted its ferries. The Selkans later freed the crews. ' +
      '"The port is open to all ships," the Selkans said.';
    assert.deepEqual(analysedPairs(text), [['The port is open to all ships,', 'Selkans']]);
  });

  it('gives the words of a statement, notice or post a body issued to that body', () => {
    assert.deepEqual(analysedPairs('Kestrel Air issued a statement that its crew were safe “and will fly home on Tuesday.”'), [
      ['and will fly home on Tuesday.', 'Kestrel Air'],
    ]);
    assert.deepEqual(analysedPairs('Varnelco issued an urgent notice that a faulty sensor could “make the plane hard to steer,” leading to “a possible crash.”'), [
      ['make the plane hard to steer,', 'Varnelco'],
      ['a possible crash.', 'Varnelco'],
    ]);
    // Not a document issued with no statement in it: "issued a licence" says nothing.
    assert.deepEqual(analysedPairs('Varnelco issued a licence to the “Blue Harbour” ferry line.'), []);
  });

  it('reads "said an eyewitness" as an unnamed speaker', () => {
    assert.deepEqual(analysedPairs('The plane came down near the town. “The hangar roof just folded,” said an eyewitness.'), [['The hangar roof just folded,', 'eyewitness']]);
  });

  it('gives a press release’s words to the company that just issued it', () => {
    const text = 'Varnelco announced in a press release on Tuesday that its mills would reopen. According to a press release: ' +
      '“Night shifts resume in March,” reads the release. “Jana Holm will lead the restart.”';
    assert.deepEqual(analysedPairs(text), [
      ['Night shifts resume in March,', 'Varnelco'],
      ['Jana Holm will lead the restart.', 'Varnelco'],
    ]);
  });

  it('gives the words of a post that names no issuer to the body a recent sentence is about, not to a name it only mentions', () => {
    const text = 'Selka Shipping Company confirmed the sinking on Monday. Its director drove to the harbour near Tarsk. ' +
      'The company then shared a video filmed by Kestrel News.\n\n' +
      '"Our director, now on the quay, reports that every passenger is safe," the tweet said.';
    assert.deepEqual(analysedPairs(text), [['Our director, now on the quay, reports that every passenger is safe,', 'Selka Shipping Company']]);
  });

  it('reads "the airline" as the body named an airline a few sentences back before a nearer body of another kind', () => {
    const text = 'Kestrel Airlines grounded its fleet on Friday. Marova Radio reported the grounding first. ' +
      'Engineers were checking every jet on Saturday.\n\n' +
      '“We expect to fly again on Monday,” the airline said in a statement.';
    assert.deepEqual(analysedPairs(text), [['We expect to fly again on Monday,', 'Kestrel Airlines']]);
  });

  it('gives the words to the person a misspelt surname with a stray "s" stands for', () => {
    const text = 'Lucia Marchetti waited by the gate for word of her cousin. “We have not heard from her,” said Marchettis. “Her name appears on no list.”';
    assert.deepEqual(analysedPairs(text), [
      ['We have not heard from her,', 'Lucia Marchetti'],
      ['Her name appears on no list.', 'Lucia Marchetti'],
    ]);
  });

  it('gives "they added" to two people named together in the attribution before, not to their company', () => {
    const text = 'Varnelco said it would fight the order.\n\n"We will contest every finding in court," Varnelco chief executive Ivan Sorokin and ' +
      'general counsel Jana Holm wrote in a letter to staff. "Customers will notice nothing for now," they added.';
    assert.deepEqual(analysedPairs(text), [
      ['We will contest every finding in court,', 'Ivan Sorokin'],
      ['Customers will notice nothing for now,', 'Ivan Sorokin'],
    ]);
  });
});

describe('reported speech', () => {
  it('finds the speaker before a relative clause: "A worker who asked not to be named … said"', () => {
    const text = 'A worker who asked not to be named because he was not authorised to speak to media said the night shift had smelled gas.';
    const claims = extractReportedSpeech(text, segment(text), [], []);
    assert.deepEqual(claims.map((c) => [c.text, c.speaker]), [[text, 'worker']]);
  });

  it('finds "X said ..." and "Analysts say ..." with their speakers', () => {
    const text = 'Deputy Governor Li Wei said the bank would cut rates in March. Analysts say the move was overdue.';
    const claims = extractReportedSpeech(text, segment(text), [], quotes(text));
    assert.deepEqual(claims.map((c) => [c.speaker, c.text]), [
      ['Li Wei', 'Deputy Governor Li Wei said the bank would cut rates in March.'],
      ['analysts', 'Analysts say the move was overdue.'],
    ]);
    assert.ok(claims.every((c) => c.kind === 'reported'));
  });

  it('finds "according to X" and skips plain quote attributions', () => {
    const text = 'Rice exports fell by 20 per cent, according to the Trade Ministry. “It is a blip,” he said.';
    const claims = extractReportedSpeech(text, segment(text), [], quotes(text));
    assert.equal(claims.length, 1);
    assert.equal(claims[0].speaker, 'Trade Ministry');
  });

  it('does not treat "added a tariff" as speech', () => {
    const text = 'In May, the administration added a 10% tariff on steel.';
    assert.deepEqual(extractReportedSpeech(text, segment(text), [], []), []);
  });

  it('reads a trailing "…, underscoring X" as a comment on the event, not as speech by the subject', () => {
    const text = 'Kestrel Prime Minister Arjun Mehra will arrive in Valdoria on Monday for a three-day visit, underscoring ties that have lasted for decades.';
    assert.deepEqual(extractReportedSpeech(text, segment(text), [], []), []);
  });

  it('still reads a trailing participle as speech after a speech verb, or with "that"', () => {
    const spoke = 'Jana Holm told the assembly on Monday, stressing the need for calm in the capital.';
    assert.deepEqual(extractReportedSpeech(spoke, segment(spoke), [], []).map((c) => c.speaker), ['Jana Holm']);
    const that = 'Ivo Marek left the talks early, stressing that no deal was near.';
    assert.deepEqual(extractReportedSpeech(that, segment(that), [], []).map((c) => c.speaker), ['Ivo Marek']);
  });
});

describe('quotes: properties', () => {
  const pieces = fc.constantFrom('“', '”', '‘', '’', '"', "'", ' said ', ' he ', 'Anna Lee', ', ', '. ', '\n', 'the official', 'according to ', ': ', 'word', 'X');
  const arbitraryText = fc.oneof(fc.string({ maxLength: 200 }), fc.array(pieces, { maxLength: 60 }).map((a) => a.join('')));

  it('never throws, keeps spans inside the text, and is deterministic', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        const structure = segment(text);
        const first = extractQuotes(text, structure, []);
        const claims = extractReportedSpeech(text, structure, [], first);
        for (const q of first) {
          assert.ok(q.start >= 0 && q.end <= text.length && q.start < q.end);
          assert.equal(q.text, text.slice(q.start, q.end));
          assert.ok(q.speaker.length > 0);
        }
        for (const c of claims) assert.equal(c.text, text.slice(c.start, c.end));
        const again = extractQuotes(text, segment(text), []);
        assert.deepEqual(again, first);
      }),
      { numRuns: 400 },
    );
  });

  it('recases only lines without a lower-case letter, and keeps every offset', () => {
    const shouting = fc.array(fc.constantFrom('SAYS ', 'MEHRA ', 'İSTANBUL ', 'KİEL ', 'ß ', '‘', '’, ', 'ΣΟΦΙΑ ', 'Ijssel ', '\n'), { maxLength: 30 }).map((a) => a.join(''));
    fc.assert(
      fc.property(fc.oneof(arbitraryText, shouting), (text) => {
        const lines = segment(text).sentences;
        const cased = withShoutedLinesCased(text, lines);
        assert.equal(cased.length, text.length);
        for (const line of lines) if (/\p{Ll}/u.test(text.slice(line.start, line.end))) assert.equal(cased.slice(line.start, line.end), text.slice(line.start, line.end));
      }),
      { numRuns: 300 },
    );
  });
});
