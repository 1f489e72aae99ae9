import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { aboutStems, extractFigures } from '../../src/core/figures';
import type { DocumentStructure, Figure } from '../../src/core/types';

/** One paragraph, one sentence per line, no boilerplate: enough structure for the extractor. */
function plainStructure(text: string): DocumentStructure {
  const sentences: DocumentStructure['sentences'] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (line.length) sentences.push({ start, end: start + line.length, paragraph: sentences.length, boilerplate: false, heading: false });
    start += line.length + 1;
  }
  return { paragraphs: sentences.map((s) => ({ start: s.start, end: s.end, boilerplate: false })), sentences, boilerplate: [] };
}

function figures(text: string): Figure[] {
  return extractFigures(text, plainStructure(text));
}

/** [text, kind, value, unit] of each figure, for compact assertions. */
function brief(text: string): [string, string, unknown, string][] {
  return figures(text).map((f) => [f.text, f.kind, f.value, f.unit]);
}

describe('figures: agency style', () => {
  it('reads money with scale, its subject and a percent with the noun it modifies', () => {
    const text = 'Bilateral trade reached $41.3 billion in 2023–24, while Ottawa imposed 35% tariffs on most exports.';
    assert.deepEqual(brief(text), [
      ['$41.3 billion', 'money', 41.3e9, 'USD'],
      ['2023–24', 'date', [2023, 2024], 'year'],
      ['35%', 'percent', 35, '%'],
    ]);
    const [trade, period, tariff] = figures(text);
    assert.equal(trade!.about, 'Bilateral trade');
    assert.equal(period!.about, 'Bilateral trade'); // a period right after a figure measures the same thing
    assert.equal(tariff!.about, 'tariffs on most exports');
  });

  it('keeps approximators in the span and leaves evaluative words out', () => {
    const text = 'Exports accounted for less than $3 billion, and only 4.5% of imports came from abroad, up nearly four times.';
    const found = figures(text);
    assert.deepEqual(found.map((f) => [f.text, f.qualifier]), [['less than $3 billion', 'less than'], ['4.5%', undefined], ['nearly four times', 'nearly']]);
    assert.equal(found[1]!.about, 'imports');
    assert.equal(found[2]!.kind, 'ratio');
  });

  it('splits "$1 billion (€920 million)" into two amounts about the same deal', () => {
    const found = figures('The firm signed a $1 billion (€920 million) deal with the carrier.');
    assert.deepEqual(found.map((f) => [f.text, f.value, f.unit, f.about]), [
      ['$1 billion', 1e9, 'USD', 'deal with the carrier'],
      ['€920 million', 9.2e8, 'EUR', 'deal with the carrier'],
    ]);
  });

  it('reads full dates, month + year, bare months, decades and year ranges', () => {
    const text = 'On March 14, 2019 the pact of June 2016 was recalled; in October talks resumed, as in the 1980s and in 2004-2008.';
    assert.deepEqual(brief(text), [
      ['March 14, 2019', 'date', 2019, 'year'],
      ['June 2016', 'date', 2016, 'year'],
      ['October', 'date', null, 'month'],
      ['1980s', 'date', [1980, 1989], 'year'],
      ['2004-2008', 'date', [2004, 2008], 'year'],
    ]);
  });

  it('reads vague money in the dominant currency', () => {
    const found = figures('The deal is worth €2 billion; the country has been saving billions since then. It cost billions of dollars.');
    assert.deepEqual(found.map((f) => [f.text, f.kind, f.value, f.unit]), [
      ['€2 billion', 'money', 2e9, 'EUR'],
      ['billions', 'money', null, 'EUR'],
      ['billions of dollars', 'money', null, 'USD'],
    ]);
  });
});

describe('figures: storms and tolls of one', () => {
  it('reads a storm’s category as a measure of its strength, not a label', () => {
    assert.deepEqual(brief('Hurricane Kestrel made landfall as a Category 4 hurricane.'), [['Category 4', 'quantity', 4, 'category']]);
    assert.deepEqual(brief('The hotel is in category 2 of the listing.'), []);
  });

  it('counts a toll of one, but not "one of" or "one person familiar with"', () => {
    assert.deepEqual(brief('The storm left one person dead.').map((f) => f[0]), ['one']);
    assert.deepEqual(brief('The crash left one dead.').map((f) => f[0]), ['one']);
    assert.deepEqual(brief('One of the dead was a child.'), []);
    assert.deepEqual(brief('One person familiar with the talks said the plan would hold.'), []);
  });
});

describe('figures: British style', () => {
  it('reads "per cent", "£3.2bn" and "2024/25"', () => {
    assert.deepEqual(brief('UK inflation rose to 3.2 per cent in 2024/25, costing households £3.2bn.'), [
      ['3.2 per cent', 'percent', 3.2, '%'],
      ['2024/25', 'date', [2024, 2025], 'year'],
      ['£3.2bn', 'money', 3.2e9, 'GBP'],
    ]);
  });

  it('reads a decimal comma before a percent sign as one figure, and keeps thousands apart', () => {
    assert.deepEqual(brief('Inflation in Q4 is seen at 2,9%, and 4,500 jobs went.'), [
      ['2,9%', 'percent', 2.9, '%'],
      ['4,500', 'quantity', 4500, 'jobs'],
    ]);
  });

  it('reads percentage points and dates written day-first', () => {
    assert.deepEqual(brief('The Bank of England cut rates by 0.25 percentage points on 7 August 2025.'), [
      ['0.25 percentage points', 'percent', 0.25, 'pp'],
      ['7 August 2025', 'date', 2025, 'year'],
    ]);
  });
});

describe('figures: Indian style', () => {
  it('reads crore and lakh with rupee signs and codes', () => {
    assert.deepEqual(brief('The Centre allocated Rs 4,500 crore for the scheme and farmers get ₹3 lakh each in FY25.'), [
      ['Rs 4,500 crore', 'money', 4.5e10, 'INR'],
      ['₹3 lakh', 'money', 3e5, 'INR'],
      ['FY25', 'date', 2025, 'year'],
    ]);
    assert.deepEqual(brief('The state will spend ₹5 crore and INR 2 billion on roads.').map((f) => f[2]), [5e7, 2e9]);
  });
});

describe('figures: scores and vote tallies', () => {
  it('reads a score as one figure, whichever number is larger', () => {
    assert.deepEqual(brief('Kestrel beat Tarsk 5-3 on penalties after a 1-1 draw.'), [
      ['5-3', 'quantity', null, 'score'],
      ['1-1', 'quantity', null, 'score'],
    ]);
    assert.deepEqual(brief('Tarsk led 3-1 at the break but suffered a 2–3 defeat.'), [
      ['3-1', 'quantity', null, 'score'],
      ['2–3', 'quantity', null, 'score'],
    ]);
  });

  it('reads a score before a comma or a full stop', () => {
    assert.deepEqual(brief('Marova made it 3-1, but Kestrel came back.').map((f) => f[0]), ['3-1']);
    assert.deepEqual(brief('The tie in Selka ended in a 1-1 draw. Kestrel went through.').map((f) => f[0]), ['1-1']);
  });

  it('reads a vote as one figure', () => {
    assert.deepEqual(brief('The Selka council voted 61-39 to close the bridge.'), [['61-39', 'quantity', null, 'score']]);
  });

  it('leaves ranges alone when nothing speaks of scoring or voting', () => {
    assert.deepEqual(brief('Prices rose 2-3% last year.'), [['2-3%', 'percent', [2, 3], '%']]);
    assert.deepEqual(brief('The 2024-25 budget grew.'), [['2024-25', 'date', [2024, 2025], 'year']]);
    assert.deepEqual(brief('The plan needs 3-4 new ferries.').map((f) => f[2]), [[3, 4]]);
  });
});

describe('figures: quarters of a year', () => {
  it('reads a quarter written in one word with its fiscal year as that year, and a spaced one’s year alone', () => {
    assert.deepEqual(brief('Growth was 5.1% in Q2:2024-25. Q1FY26: Trimmed to 2.7% from 3.4%. For Q2 and Q3 2024-25, output is seen flat.'), [
      ['5.1%', 'percent', 5.1, '%'],
      ['Q2:2024-25', 'date', [2024, 2025], 'year'],
      ['Q1FY26', 'date', 2026, 'year'],
      ['2.7%', 'percent', 2.7, '%'],
      ['3.4%', 'percent', 3.4, '%'],
      ['2024-25', 'date', [2024, 2025], 'year'],
    ]);
  });
});

describe('figures: ranges and compound scales', () => {
  it('reads "lakh crore" as one scale', () => {
    assert.deepEqual(brief('Trade reached about ₹8.6 lakh crore, against Rs 4.4 lakh crore a year earlier.'), [
      ['about ₹8.6 lakh crore', 'money', 8.6e12, 'INR'],
      ['Rs 4.4 lakh crore', 'money', 4.4e12, 'INR'],
    ]);
  });

  it('reads a confidence interval of two decimals as one range', () => {
    assert.deepEqual(brief('The hazard ratio was 0.77 (confidence interval 0.72 to 0.83).').slice(1), [['0.72 to 0.83', 'quantity', [0.72, 0.83], 'count']]);
  });

  it('reads "groups of five to 50 people" as one range of people', () => {
    assert.deepEqual(brief('Tour groups of five to 50 people may stay for up to 15 days.').slice(0, 1), [['five to 50', 'quantity', [5, 50], 'people']]);
  });

  it('keeps the part of a decade in its wording', () => {
    assert.deepEqual(brief('The park was developed in the mid-2010s, after the 1990s boom.'), [
      ['mid-2010s', 'date', [2010, 2019], 'year'],
      ['1990s', 'date', [1990, 1999], 'year'],
    ]);
  });

  it('reads a range as one figure, and "from A to B" as a change between two values', () => {
    assert.deepEqual(brief('Output rose between 2019 and 2022.'), [['2019 and 2022', 'date', [2019, 2022], 'year']]);
    assert.deepEqual(brief('The outage could last two to three quarters.'), [['two to three quarters', 'quantity', [2, 3], 'quarters']]);
    assert.deepEqual(brief('Discounts were $5-6 a barrel, and prices rose 5-6% this year.'), [
      ['$5-6', 'money', [5, 6], 'USD'],
      ['5-6%', 'percent', [5, 6], '%'],
    ]);
    assert.deepEqual(brief('Tariffs rose from 15% to 40%.'), [
      ['15%', 'percent', 15, '%'],
      ['40%', 'percent', 40, '%'],
    ]);
  });

  it('reads a spelled fraction without its hyphen ("Two thirds of members"), but not "two quarters" of a year', () => {
    assert.deepEqual(brief('Two thirds of members had to back the strike, after two quarters of losses.'), [
      ['Two thirds', 'quantity', 2 / 3, 'fraction'],
      ['two quarters', 'quantity', 2, 'quarters'],
    ]);
  });

  it('reads "could range from A to B" as one range: the words before "from" say these are bounds', () => {
    assert.deepEqual(brief('Costs could range from $18 million to $40 million.'), [['$18 million to $40 million', 'money', [18e6, 40e6], 'USD']]);
  });
});

describe('figures: units', () => {
  it('reads "a doubling of" as a multiple, and vehicle classes ("two-wheelers", "a four-seater") as no count', () => {
    assert.deepEqual(brief('Sales of two-wheelers fell and a four-seater costs more, with a doubling of fares and the tripling of rents.'), [
      ['doubling', 'ratio', 2, 'x'], ['tripling', 'ratio', 3, 'x'],
    ]);
  });

  it('reads an exchange rate as an amount of the currency its clause is about, and a rate given beside it too', () => {
    const text = 'The naira traded at 1,625 per dollar on the official market and at around 1,700 on the parallel market. The rupee closed at 90.4 to the dollar. The side scored 3 per game.';
    assert.deepEqual(figures(text).map((f) => [f.text, f.kind, f.value, f.unit]), [
      ['1,625', 'money', 1625, 'NGN'], ['around 1,700', 'money', 1700, 'NGN'], ['90.4', 'money', 90.4, 'INR'], ['3', 'quantity', 3, 'count'],
    ]);
  });

  it('reads thousands before a glued "m" as metres, and a currency before it as millions', () => {
    assert.deepEqual(figures('The jet stopped on the 1,500m runway.').map((f) => [f.text, f.kind, f.value, f.unit]), [['1,500', 'quantity', 1500, 'metres']]);
    assert.deepEqual(figures('The fee was £1,500m.').map((f) => [f.kind, f.value]), [['money', 1.5e9]]);
  });

  it('reads teen and tens multiples written as one word', () => {
    assert.deepEqual(figures('Damages rose fifteenfold, and the fine fiftyfold.').map((f) => [f.text, f.kind, f.value]), [['fifteenfold', 'ratio', 15], ['fiftyfold', 'ratio', 50]]);
  });

  it('reads a glued degree sign, power units in either spelling, and the noun after paired adjectives', () => {
    const units = (text: string) => figures(text).map((f) => f.unit);
    assert.deepEqual(units('Jacobabad hit 51°C on Monday.'), ['°C']);
    assert.deepEqual(units('The shortfall reached 7,200MW, against 6,500 megawatts a day earlier.'), ['megawatts', 'megawatts']);
    assert.deepEqual(units('The breach exposed records of 9.4 million current and former customers.'), ['customers']);
  });

  it('counts what "of them" refers to, never a unit of time or a designator', () => {
    const units = (text: string) => figures(text).map((f) => f.unit);
    assert.deepEqual(units('Patients were followed for a median of 7.2 years, during which 38,900 of them developed glaucoma.'), ['years', 'patients']);
    assert.deepEqual(
      units('The trial enrolled 1.4 million adults with Type 2 diabetes for eight years. About 41,000 of them developed glaucoma.'),
      ['adults', 'years', 'adults'],
    );
  });

  it('counts what the whole counts past its owner\'s name: "Two of the board\'s 15 members"', () => {
    const units = (text: string) => figures(text).map((f) => f.unit);
    assert.deepEqual(units('Two of the board’s 15 members argued for a cut.'), ['members', 'members']);
    assert.deepEqual(units("Three of the Harbour Authority's nine pilots were on duty."), ['pilots', 'pilots']);
  });

  it('reads a place in a race or a table as an ordinal, but not an ordinal before its noun', () => {
    const found = (text: string) => figures(text).map((f) => [f.text, f.value, f.unit]);
    assert.deepEqual(found('Reyes crossed the line fifth but a penalty dropped him to eighth. Holm finished second.'), [
      ['fifth', 5, 'ordinal'], ['eighth', 8, 'ordinal'], ['second', 2, 'ordinal'],
    ]);
    assert.deepEqual(found('Valdoria slipped from third to fourth in the table.'), [['third', 3, 'ordinal'], ['fourth', 4, 'ordinal']]);
    assert.deepEqual(found('The data went to third parties, and he served as third secretary. A second later it fell.'), []);
  });

  it('reads a decimal before a unit of time as a measure, even after "line", and "sec" as seconds', () => {
    const found = (text: string) => figures(text).map((f) => [f.text, f.value, f.unit]);
    assert.deepEqual(found('Reyes crossed the line 0.847 seconds ahead of Holm.'), [['0.847 seconds', 0.847, 'seconds']]);
    assert.deepEqual(found('He won by 3 sec.'), [['3', 3, 'seconds']]);
    assert.deepEqual(found('Holm won by 0.847sec; the stop took 2.4secs and the race 95mins.'), [
      ['0.847', 0.847, 'seconds'], ['2.4', 2.4, 'seconds'], ['95', 95, 'minutes'],
    ]);
    assert.deepEqual(found('Take line 5 to the airport.'), []);
  });

  it('reads one unit of time after a preposition of duration, not in "twice a day" or "a year ago"', () => {
    const found = (text: string) => figures(text).map((f) => [f.text, f.value, f.unit]);
    assert.deepEqual(found('The board will publish its report within a year.'), [['a year', 1, 'years']]);
    assert.deepEqual(found('Both sides have until Friday; he trained in Varnelco for one year.'), [['one year', 1, 'years']]);
    assert.deepEqual(found('Storms now intensify in less than a day.'), [['less than a day', 1, 'days']]);
    assert.deepEqual(found('He spoke for nearly an hour.'), [['nearly an hour', 1, 'hours']]);
    assert.deepEqual(found('Inspections stopped for about a week after the threat.'), [['about a week', 1, 'weeks']]);
    assert.deepEqual(found('He takes the pills twice a day. A year ago it was cheaper.').filter((f) => f[2] !== 'times'), []);
    assert.deepEqual(found('Prices rose for the second time in a month.').filter((f) => f[2] !== 'ordinal'), []);
    assert.deepEqual(found('It happened in a year when prices rose, after a week-long strike cost a day’s pay.').map((f) => f[0]), ['week-long']);
  });

  it('counts the noun after modifiers joined by "and", but not across a second number or into "measles"', () => {
    const units = (text: string) => figures(text).map((f) => [f.value, f.unit]);
    assert.deepEqual(units('The mine will create 12,000 direct and indirect jobs.'), [[12000, 'jobs']]);
    assert.deepEqual(units('Varnelco will hire up to 1 lakh skilled and semi-skilled workers.'), [[100000, 'workers']]);
    assert.deepEqual(units('The clinic has 100 staff and 50 volunteers.'), [[100, 'staff'], [50, 'volunteers']]);
    assert.deepEqual(units('Officials logged 2,314 suspected and confirmed measles cases.'), [[2314, 'cases']]);
    // (A vague count after "and" is a second count: the state before it is what the first one counts.)
    assert.deepEqual(units('The blast in Marova left four dead and hundreds homeless.'), [[4, 'dead']]);
  });

  it('gives a count that leaves out its noun at the end of a contrasting clause the noun of the count before it', () => {
    const units = (text: string) => figures(text).map((f) => [f.value, f.unit]);
    assert.deepEqual(units('Kestrel took 312 seats, while the Greens fell to 91.'), [[312, 'seats'], [91, 'seats']]);
    assert.deepEqual(units('Projections give Kestrel about 310 seats and the Greens about 95.'), [[310, 'seats'], [95, 'seats']]);
    // (Not without a contrasting word between, nor when a noun follows.)
    assert.deepEqual(units('He has 3 children, aged 5.').map((u) => u[1]), ['children', 'count']);
    assert.deepEqual(units('Kestrel won 312 seats, while the Greens took 91 wards.').map((u) => u[1]), ['seats', 'wards']);
  });

  it('keeps a unit already plural after a hyphen: "a 14-years wait" counts years', () => {
    assert.deepEqual(figures('It ended a 14-years wait for a title.').map((f) => [f.value, f.unit]), [[14, 'years']]);
  });

  it('reads speeds written every way as one unit, and metric units in either spelling', () => {
    const units = (text: string) => figures(text).map((f) => [f.value, f.unit]);
    assert.deepEqual(units('Winds of 180 kmph gusted to 200 km/h, or 190 kilometres per hour.'), [[180, 'km/h'], [200, 'km/h'], [190, 'km/h']]);
    assert.deepEqual(units('The storm moved at 12 miles an hour.'), [[12, 'mph']]);
    assert.deepEqual(units('They bored a 66cm shaft, a 66-centimeter hole in all.'), [[66, 'centimetres'], [66, 'centimetres']]);
  });

  it('ends the counted noun at an irregular plural or an adverb: "4,000 people once it opens"', () => {
    assert.deepEqual(figures('The plant will employ around 4,000 people once it opens.').map((f) => f.unit), ['people']);
    assert.deepEqual(figures('It has 300 staff now at risk.').map((f) => f.unit), ['staff']);
    assert.deepEqual(figures('It ended a run of seven consecutive cuts that lowered the rate.').map((f) => f.unit), ['cuts']);
    assert.deepEqual(
      figures('They include about 1,900 positions in Korea, 1,100 at its plant in Chennai and about 650 at its factory in Wrexham.').map((f) => f.unit),
      ['positions', 'positions', 'positions'],
    );
    assert.deepEqual(figures('Imports fell to about 1.2 million bpd, from 1.8 million barrels a day.').map((f) => f.unit), ['barrels', 'barrels']);
  });

  it('reads a verb-like word after a possessive as part of the noun phrase: "the world’s mined supply"', () => {
    assert.equal(figures('Borneo now produces about 55 per cent of the world’s mined supply.')[0].about, 'world’s mined supply');
    assert.equal(figures("Ruritania's discounted crude imports rose 12% last year.")[0].about, "Ruritania's discounted crude imports");
  });

  it('finds the noun past a hyphenated adjective and a model name, and reads an age after a name', () => {
    assert.deepEqual(brief('Chile flies more than 250 Swedish-designed KV-220MK fighters.'), [['more than 250', 'quantity', 250, 'fighters']]);
    assert.equal(figures('Chile flies more than 250 Swedish-designed KV-220MK fighters.')[0].about, 'Swedish-designed KV-220MK fighters');
    assert.deepEqual(brief('The engineer, Ankit Sharma, 29, of Jamshedpur, had joined in May.'), [['29', 'quantity', 29, 'years'], ['May', 'date', null, 'month']]);
    assert.deepEqual(brief('Ruritania forward, 20, signs a long deal'), [['20', 'quantity', 20, 'years']]);
    // In brackets, as sports pages write it, when the person then acts; not a party's seats.
    assert.deepEqual(brief('Selka captain Ivo Marek (27) has joined Kestrel FC.'), [['27', 'quantity', 27, 'years']]);
    assert.deepEqual(brief('The Greens (41) and Unity (12) will sit in opposition.').map((f) => f[3]), ['count', 'count']);
    assert.deepEqual(brief('About 410,000 of the affected vehicles were sold in the US.'), [['About 410,000', 'quantity', 410000, 'vehicles']]);
    assert.deepEqual(brief('The ministry has given Kaito 30 days to report; Airbus 320 jets flew on.'), [['30 days', 'quantity', 30, 'days']]);
  });

  it('counts the noun past a country written "U.S." or "US" and past a body’s name with "of"', () => {
    assert.deepEqual(brief('Gunmen attacked two U.S. plant-safety inspectors.'), [['two', 'quantity', 2, 'inspectors']]);
    assert.equal(figures('Gunmen attacked two U.S. plant-safety inspectors.')[0].about, 'U.S. plant-safety inspectors');
    assert.deepEqual(brief('Gunmen attacked two US agriculture inspectors.'), [['two', 'quantity', 2, 'inspectors']]);
    assert.deepEqual(brief('Gunmen attacked two US Department of Agriculture inspectors.'), [['two', 'quantity', 2, 'inspectors']]);
  });

  it('reads one unit of time in "week-long" and "weeklong", units in "720-km", and "twice Japan’s" as a ratio', () => {
    assert.deepEqual(brief('A week-long strike, a weeklong stoppage and a decade-long deal.'), [
      ['week-long', 'quantity', 1, 'weeks'], ['weeklong', 'quantity', 1, 'weeks'], ['decade-long', 'quantity', 1, 'decades'],
    ]);
    assert.deepEqual(brief('It will finance a 720-km line.'), [['720-km', 'quantity', 720, 'kilometres']]);
    assert.deepEqual(brief('Chinese investment was more than twice Japan’s. He rang twice.'), [['more than twice', 'ratio', 2, 'x'], ['twice', 'quantity', 2, 'times']]);
  });

  it('reads a scale hyphenated to its number, "N-strong" as people, and scaled values without float noise', () => {
    assert.deepEqual(brief('Japan lent $4.1 billion, a Rs 36,000-crore loan, to a 1,800-strong workforce.'), [
      ['$4.1 billion', 'money', 4100000000, 'USD'], ['Rs 36,000-crore', 'money', 360000000000, 'INR'], ['1,800-strong', 'quantity', 1800, 'people'],
    ]);
  });

  it('keeps a particle hyphenated to its word in what a figure measures: "a 36-hour follow-up voyage"', () => {
    const [trip] = figures('The ferry began a 36-hour follow-up voyage to the island.');
    assert.equal(trip.about, 'follow-up voyage to the island');
  });

  it('says what a measure measures, not its unit: "a depth of 10 km" is about depth', () => {
    const [depth] = figures('It was centred at a depth of 10 km, the survey said.');
    assert.deepEqual([depth.value, depth.unit, depth.about], [10, 'kilometres', 'depth']);
  });

  it('reads magnitudes however written', () => {
    assert.deepEqual(brief('The magnitude 7.1 quake struck. A 7.1-magnitude quake hit. It measured 6.9 on the Richter scale.'), [
      ['7.1', 'quantity', 7.1, 'magnitude'], ['7.1-magnitude', 'quantity', 7.1, 'magnitude'], ['6.9', 'quantity', 6.9, 'magnitude'],
    ]);
    // Said of a quake: "put the magnitude … at", "measuring"; a plain decimal elsewhere keeps its own unit.
    assert.deepEqual(brief('The centre put the magnitude of the quake at 7.2. The strongest aftershock measured 5.9. Prices rose 2.5 points.').map((f) => f[3]), [
      'magnitude', 'magnitude', 'points',
    ]);
  });

  it('counts people by what befell them: "17 of them died", "Of them, 17 survived", "12 were hospitalised"', () => {
    assert.deepEqual(brief('Forty-three children fell ill, and 17 of them died.'), [['Forty-three', 'quantity', 43, 'children'], ['17', 'quantity', 17, 'people']]);
    assert.deepEqual(brief('Of them, 17 survived.'), [['17', 'quantity', 17, 'people']]);
    // Spelled too: a part of a group already counted; "the two of them" and "two of us" refer.
    assert.deepEqual(brief('Forty children were admitted. Nine of them died.'), [['Forty', 'quantity', 40, 'children'], ['Nine', 'quantity', 9, 'people']]);
    assert.deepEqual(brief('The two of them met, and two of us stayed.'), []);
    assert.deepEqual(brief('The death toll from Monday’s earthquake in Karnali Province rose to 587 on Wednesday.'), [['587', 'quantity', 587, 'people']]);
    // The cedi, by its sign and by its name.
    assert.deepEqual(brief('The price rose to GH¢3,228 a bag, from 3,100 cedis.'), [['GH¢3,228', 'money', 3228, 'GHS'], ['3,100 cedis', 'money', 3100, 'GHS']]);
    // One unit of time, when a qualifier measures it; not "a year" alone.
    assert.deepEqual(brief('The strike lasted about a week, and the plant ran for more than a decade. Repairs took a year.'), [
      ['about a week', 'quantity', 1, 'weeks'], ['more than a decade', 'quantity', 1, 'decades'],
    ]);
    // Half of one unit of time; not "half a day’s pay".
    assert.deepEqual(brief('The ferry sank half an hour out of port. Rescuers spent half a day searching and lost half a day’s pay.'), [
      ['half an hour', 'quantity', 0.5, 'hours'], ['half a day', 'quantity', 0.5, 'days'],
    ]);
    // A range whose currency follows its high end, with the scale too.
    assert.deepEqual(brief('Workers earn 80,000 to 120,000 roubles a month; managers between 3 and 5 million rupees.'), [
      ['80,000 to 120,000 roubles', 'money', [80000, 120000], 'RUB'], ['3 and 5 million rupees', 'money', [3000000, 5000000], 'INR'],
    ]);
    // A tally of deaths counts people as a toll does; a bare count after "deaths" alone does not.
    assert.deepEqual(brief('By Tuesday the official count of heatstroke deaths had reached at least 86.'), [['at least 86', 'quantity', 86, 'people']]);
    assert.deepEqual(brief('The number of dead rose to 40.'), [['40', 'quantity', 40, 'people']]);
    // Those aboard a craft are people, and so is the whole of a known number a verb of harm takes.
    assert.deepEqual(brief('The Kestrel ferry capsized off Tarsk with 212 on board.'), [['212', 'quantity', 212, 'people']]);
    assert.deepEqual(brief('All 64 aboard survived.'), [['64', 'quantity', 64, 'people']]);
    assert.deepEqual(brief('The fire killed all 23 and spread to the next street.'), [['23', 'quantity', 23, 'people']]);
    assert.deepEqual(brief('The ferry carried 212 passengers and nine crew aboard the vessel.').map((f) => f[3]), ['passengers', 'crew']);
    assert.deepEqual(brief('Nairobi awaits the last two of five Kestrel-9 squadrons; Atomprom is building four more reactors.'), [
      ['two', 'quantity', 2, 'squadrons'], ['five', 'quantity', 5, 'squadrons'], ['four', 'quantity', 4, 'reactors'],
    ]);
    assert.deepEqual(brief('Valdoria delivered three Kestrel-9 squadrons, and the remaining two are due soon.'), [
      ['three', 'quantity', 3, 'squadrons'], ['two', 'quantity', 2, 'squadrons'],
    ]);
    assert.deepEqual(brief('It ordered eight patrol ships, two of which will be built locally, for its 96-aircraft fleet.'), [
      ['eight', 'quantity', 8, 'ships'], ['two', 'quantity', 2, 'ships'], ['96-aircraft', 'quantity', 96, 'aircraft'],
    ]);
  });

  it('counts the machines past a maker and a spaced model code ("ten CAT 797F haul trucks")', () => {
    assert.deepEqual(brief('The mine ordered ten CAT 797F haul trucks.'), [['ten', 'quantity', 10, 'trucks']]);
    const [jets] = figures('The airline flies 12 Boeing 737 jets.');
    assert.deepEqual([jets.unit, jets.about], ['jets', 'Boeing 737 jets']);
    // Past the model's own name too: "24 Velkor VK 39 Strix E fighters".
    assert.deepEqual(brief('The air force will buy 24 Velkor VK 39 Strix E fighters.'), [['24', 'quantity', 24, 'fighters']]);
  });
});

describe('figures: numbers in words', () => {
  it('reads a share given as "half of", an ordinal "second" after a determiner, a minute of duration and the last "one" of a list of counts', () => {
    assert.deepEqual(brief('At least 90 people were hurt, nearly half of them in Marova, in the second violent storm of the season.'), [
      ['At least 90', 'quantity', 90, 'people'],
      ['nearly half', 'quantity', 0.5, 'fraction'],
      ['second', 'quantity', 2, 'ordinal'],
    ]);
    assert.deepEqual(brief('In the first half of 2024 the lights flickered for more than a minute. Wait a minute. He left a second later.'), [
      ['2024', 'date', 2024, 'year'],
      ['more than a minute', 'quantity', 1, 'minutes'],
    ]);
    assert.deepEqual(brief('Forty died in Valdoria, three in Kestrel and one in Marova.').map((f) => f[0]), ['Forty', 'three', 'one']);
  });

  it('reads a magnitude joined to its word by a dash, or after "registered as a"', () => {
    assert.deepEqual(brief('A magnitude–6.4 earthquake struck; the quake was registered as a 6.2 by the survey.'), [
      ['6.4', 'quantity', 6.4, 'magnitude'],
      ['6.2', 'quantity', 6.2, 'magnitude'],
    ]);
  });

  it('reads bare points that move a percentage as percentage points, and leaves index points and scores alone', () => {
    assert.deepEqual(brief('It now holds 18.5 per cent of the market, up 2.3 points on a year earlier.'), [
      ['18.5 per cent', 'percent', 18.5, '%'],
      ['2.3 points', 'percent', 2.3, 'pp'],
    ]);
    assert.deepEqual(brief('The index rose 500 points.').map((f) => f[3]), ['points']);
  });

  it('adds "and a half", spaced or hyphenated, before a scale or a unit', () => {
    assert.deepEqual(brief('For two and a half years, two-and-a-half million people waited.'), [
      ['two and a half years', 'quantity', 2.5, 'years'],
      ['two-and-a-half million', 'quantity', 2.5e6, 'people'],
    ]);
  });

  it('reads "double" as a multiple after "more than" before a name\'s possessive, and after "to" as a verb of plans', () => {
    assert.deepEqual(brief('It aims to more than double Caledon’s output and plans to triple production, but will not double down.'), [
      ['more than double', 'ratio', 2, 'x'],
      ['triple', 'ratio', 3, 'x'],
    ]);
  });

  it('reads "tens of thousands" whole and an ordinal before an adjective and noun', () => {
    assert.deepEqual(brief('Tens of thousands of workers live nearby; it was the third fatal accident this year.'), [
      ['Tens of thousands', 'quantity', null, 'workers'],
      ['third', 'quantity', 3, 'ordinal'],
    ]);
    assert.deepEqual(brief('A second later the fourth and final round began.'), []);
  });

  it('reads counts, dozens, durations, ordinals and fractions', () => {
    assert.deepEqual(brief('Peru has received two of the four units ordered in 2017 during a three-day visit.'), [
      ['two', 'quantity', 2, 'units'],
      ['four', 'quantity', 4, 'units'],
      ['2017', 'date', 2017, 'year'],
      ['three-day', 'quantity', 3, 'days'],
    ]);
    assert.deepEqual(brief('About a dozen protesters marked the 17th summit of a partnership of nearly six decades.'), [
      ['About a dozen', 'quantity', 12, 'protesters'],
      ['17th', 'quantity', 17, 'ordinal'],
      ['nearly six decades', 'quantity', 6, 'decades'],
    ]);
    assert.deepEqual(brief('Three-quarters of voters want a fourth-generation jet and a seven-fold rise.'), [
      ['Three-quarters', 'quantity', 0.75, 'fraction'],
      ['fourth-generation', 'quantity', 4, 'generation'],
      ['seven-fold', 'ratio', 7, 'x'],
    ]);
  });

  it('reads proportions and number ranges, a score as one figure, and the two numbers of bowling figures', () => {
    assert.deepEqual(brief('One in four adults and 1 in 5 children were hurt; 10-15 people fled after the 2-1 defeat.'), [
      ['One in four', 'quantity', 0.25, 'fraction'],
      ['1 in 5', 'quantity', 0.2, 'fraction'],
      ['10-15', 'quantity', [10, 15], 'people'],
      ['2-1', 'quantity', null, 'score'],
    ]);
    assert.deepEqual(brief('Holloway took 6-42 before lunch.').map((f) => f[0]), ['6', '42']);
  });

  it('counts people after verbs that take people as their object, and stops at the end of a line', () => {
    assert.deepEqual(brief('Ferry fire kills at least 19\nOperator says crew followed drills'), [['at least 19', 'quantity', 19, 'people']]);
    assert.deepEqual(brief('The blast injured 14 and the firm hired 300 on Monday.'), [
      ['14', 'quantity', 14, 'people'],
      ['300', 'quantity', 300, 'people'],
    ]);
  });

  it('reads the counted thing past names joined by "and", and in Title Case headlines', () => {
    assert.deepEqual(brief('The firm is recalling 40,000 Aria and Brio hatchbacks.'), [['40,000', 'quantity', 40000, 'hatchbacks']]);
    assert.deepEqual(brief('Maker Recalls 1.2 Million Sora X5 And Hikari Cars Fitted With Faulty Airbags'), [['1.2 Million', 'quantity', 1.2e6, 'cars']]);
  });

  it('reads units glued to the number and names them as when written out', () => {
    assert.deepEqual(brief('It burnt about 12,000ha as it hit 41.5C with gusts of 80km/h, against 12,000 hectares and 41.5 degrees Celsius.'), [
      ['about 12,000', 'quantity', 12000, 'hectares'],
      ['41.5', 'quantity', 41.5, '°C'],
      ['80', 'quantity', 80, 'km/h'],
      ['12,000', 'quantity', 12000, 'hectares'],
      ['41.5', 'quantity', 41.5, '°C'],
    ]);
  });

  it('reads "twice" as a count of times or a ratio, and "Dozens more" as a vague count', () => {
    assert.deepEqual(brief('Dozens more are missing. The wind turned twice, and fires were twice as likely.'), [
      ['Dozens', 'quantity', null, 'count'],
      ['twice', 'quantity', 2, 'times'],
      ['twice', 'ratio', 2, 'x'],
    ]);
  });

  it('counts people in "34 are missing", "the toll reaches 19" and an age after a name at the end of a sentence', () => {
    assert.deepEqual(brief('At least 19 people died and 34 are missing. The toll reached 21, said student Ana Ruiz, 19.'), [
      ['At least 19', 'quantity', 19, 'people'],
      ['34', 'quantity', 34, 'people'],
      ['21', 'quantity', 21, 'people'],
      ['19', 'quantity', 19, 'years'],
    ]);
  });

  it('counts people left without something they need: "82,000 without power"', () => {
    assert.deepEqual(brief('After the gale, 82,000 without power waited for crews in Marova.'), [
      ['82,000', 'quantity', 82000, 'people'],
    ]);
  });

  it('looks past a model name for the counted noun, and a glued unit ends the phrase', () => {
    assert.deepEqual(brief('Spain sent four Erickson S-64 Air-Crane heavy-lift helicopters as more than 30,000ha burnt.'), [
      ['four', 'quantity', 4, 'helicopters'],
      ['more than 30,000', 'quantity', 30000, 'hectares'],
    ]);
  });

  it('reads "two-tenths of a percentage point" as a move of 0.2 points', () => {
    assert.deepEqual(brief('A strike would knock two-tenths of a percentage point off growth.'), [['two-tenths of a percentage point', 'percent', 0.2, 'pp']]);
  });

  it('reads rate moves in basis and percentage points, glued codes of any currency, and quarters as periods', () => {
    assert.deepEqual(brief('A half-point rise, then half a percentage point; yields rose 18bp to 41bp on VDR62bn of bonds in the first quarter.'), [
      ['half-point', 'percent', 0.5, 'pp'],
      ['half a percentage point', 'percent', 0.5, 'pp'],
      ['18bp', 'percent', 18, 'bp'],
      ['41bp', 'percent', 41, 'bp'],
      ['VDR62bn', 'money', 62e9, 'VDR'],
      ['the first quarter', 'date', null, 'quarter'],
    ]);
  });

  it('reads "more than double the target", "doubled" and "could double" as multiples, and a quarter named as a label without an article', () => {
    assert.deepEqual(brief('Inflation is more than double the target. - GDP growth, first quarter: 2.1%. Exports doubled; a double-digit rise.'), [
      ['more than double', 'ratio', 2, 'x'],
      ['first quarter', 'date', null, 'quarter'],
      ['2.1%', 'percent', 2.1, '%'],
      ['doubled', 'ratio', 2, 'x'],
    ]);
    assert.deepEqual(brief('Exports could double within three years; sales nearly tripled. He doubled down on a double standard.'), [
      ['double', 'ratio', 2, 'x'],
      ['three years', 'quantity', 3, 'years'],
      ['nearly tripled', 'ratio', 3, 'x'],
    ]);
    assert.deepEqual(brief('It is a few billion dollars at most; several million euros went missing; it cost Dh19.1 billion.'), [
      ['a few billion dollars', 'money', null, 'USD'],
      ['several million euros', 'money', null, 'EUR'],
      ['Dh19.1 billion', 'money', 19.1e9, 'AED'],
    ]);
    assert.deepEqual(brief('Up to half a million people fled.'), [['Up to half a million', 'quantity', 500000, 'people']]);
  });

  it('gives a population count the unit people', () => {
    const [population] = figures('The country has a population of nearly 1.2 billion.');
    assert.deepEqual([population!.text, population!.value, population!.unit, population!.about], ['nearly 1.2 billion', 1.2e9, 'people', 'population']);
  });
});

describe('figures: what is not a figure', () => {
  it('reads times of day as dates without a year, with their qualifier, but not page timestamps', () => {
    assert.deepEqual(brief('The plane left shortly before 7 p.m. and she spoke at 9.30 a.m. The quake struck at 11:47 pm, after talks that lasted 48 hours.'), [
      ['shortly before 7 p.m.', 'date', null, 'time'],
      ['9.30 a.m.', 'date', null, 'time'],
      ['11:47 pm', 'date', null, 'time'],
      ['48 hours', 'quantity', 48, 'hours'],
    ]);
    // A live blog's timestamp line, an update line and "I am" are none.
    assert.deepEqual(brief('Last Updated: 18:42 IST\n\n17:55 IST\n\nI am 5 am sure.'), []);
  });

  const cases = [
    'Valdoria acquired the KV-220 while Chile flies the F-15EX, the F-16, V-450 tanks and MIM-104 systems.',
    'A Boeing 737 and an Airbus A320 landed on runway 27 as flight 370 was found near seat 14.',
    'Sales of the iPhone 15 and Windows 11 rose after the Covid-19 slump, Article 370 and the G20 meeting.',
    'Send money to AC # 0412 7730915, account NO15 0412 7730 915, or Vipps: #481902. Call No. 10.',
    'They met on Thursday, just days ago, earlier this year, and again the following day, as for decades.',
    'His first visit since he first took office; his last visit came just months ago.',
    'The two countries and the two sides agreed, both leaders said, like two old allies.',
    'It is one of the key issues; trade deals are not zero-sum games at this annual summit.',
  ];
  for (const text of cases) {
    it(`finds none in: ${text.slice(0, 50)}...`, () => assert.deepEqual(brief(text), []));
  }

  it('counts spelled numbers before party nouns unless they refer to parties already named', () => {
    assert.deepEqual(brief('Five companies had complained, with two other firms.'), [
      ['Five', 'quantity', 5, 'companies'],
      ['two', 'quantity', 2, 'count'],
    ]);
    assert.deepEqual(brief('It was a summit between two countries, like two old allies; the two companies agreed.'), []);
    assert.deepEqual(brief('It lost money over the three years to the end of the season.'), [['three years', 'quantity', 3, 'years']]);
    assert.deepEqual(brief('Floods hit Zambezia’s 22 districts; the rate was 2.0%, double the threshold.'), [
      ['22', 'quantity', 22, 'districts'],
      ['2.0%', 'percent', 2, '%'],
      ['double', 'ratio', 2, 'x'],
    ]);
  });

  it('reads no scale glued to a model code, and nothing inside the names it is given', () => {
    assert.deepEqual(brief('The line will use 24 CR200J trainsets, costing Rs 500 cr.'), [
      ['24', 'quantity', 24, 'trainsets'],
      ['Rs 500 cr', 'money', 5e9, 'INR'],
    ]);
    const text = 'It makes the Lumio 7M, sold for $30 a month.';
    const name = { start: text.indexOf('Lumio'), end: text.indexOf(',') };
    assert.deepEqual(extractFigures(text, plainStructure(text), [name]).map((f) => f.text), ['$30']);
  });

  it('drops figures inside boilerplate sentences and ranges, and lone counters', () => {
    const text = 'Sorokin Visits Lusmara\n42\nTrade reached $3 billion.\nDonate $10 today.';
    const structure = plainStructure(text);
    structure.sentences[3]!.boilerplate = true;
    assert.deepEqual(extractFigures(text, structure).map((f) => f.text), ['$3 billion']);
    structure.boilerplate = [{ start: text.indexOf('Trade'), end: text.indexOf('Donate') }];
    assert.deepEqual(extractFigures(text, structure).map((f) => f.text), []);
  });
});

describe('figures: numbers in Title Case headlines', () => {
  it('reads a number after a capitalised verb in a Title Case headline, but not a model or show number', () => {
    assert.deepEqual(figures('Death Toll Crosses 170 As Hospitals Run Out Of Beds').map((f) => f.text), ['170']);
    assert.deepEqual(figures('Bigg Boss 19: Shock Eviction This Week For All').map((f) => f.text), []);
    assert.deepEqual(figures('Airline Grounds Boeing 737 Jets After Engine Fire').map((f) => f.text), []);
  });
});

describe('figures: what a list item counts', () => {
  it('gives a list item that leaves out its noun the first item\'s noun with its own place', () => {
    const found = figures('The recall covers 318,000 vehicles in the United States, 162,000 in Japan and 41,500 in Portugal.');
    assert.deepEqual(found.map((f) => [f.text, f.unit, f.about]), [
      ['318,000', 'vehicles', 'vehicles in the United States'], ['162,000', 'vehicles', 'vehicles in Japan'], ['41,500', 'vehicles', 'vehicles in Portugal'],
    ]);
  });
});

describe('figures: an age after a hyphenated given name', () => {
  it('reads "Kang Tae-ho, 67," as an age in years', () => {
    assert.deepEqual(figures('The court sentenced Kang Tae-ho, 67, to four years.').map((f) => [f.text, f.unit]), [['67', 'years'], ['four years', 'years']]);
  });
});

describe('figures: money measured by its purpose', () => {
  it('gives an amount "for" something that purpose as what it measures', () => {
    const found = figures('The budget allots ₱1.56 trillion for infrastructure, including new roads.');
    assert.deepEqual(found.map((f) => [f.text, f.about]), [['₱1.56 trillion', 'infrastructure']]);
  });

  it('gives an amount "in" something it is paid as that thing, in a title-case headline too, but not a place or a time', () => {
    const about = (text: string) => figures(text).map((f) => [f.text, f.about]);
    assert.deepEqual(about('The jury told Varnelco to pay the family $3 million in damages.'), [['$3 million', 'damages']]);
    assert.deepEqual(about('Varnelco Ordered to Pay $3 Million in Damages'), [['$3 Million', 'Damages']]);
    assert.deepEqual(about('Kestrel Bank lost $3 million in Tarvia.'), [['$3 million', 'Kestrel Bank']]);
    assert.deepEqual(about('The price of wheat hit $310 in mid-May.'), [['$310', 'price of wheat']]);
  });

  it('takes "in cash" or "in bitcoin" for how an amount is paid, not what it pays for', () => {
    const about = (text: string) => figures(text).map((f) => [f.text, f.about]);
    assert.deepEqual(about('The gang demanded $5 million in bitcoin.'), [['$5 million', 'gang']]);
    assert.deepEqual(about('The gang demanded $5 million in cash.'), [['$5 million', 'gang']]);
  });

  it('reads two words joined by a slash as one word of what an amount measures', () => {
    const about = (text: string) => figures(text).map((f) => [f.text, f.about]);
    assert.deepEqual(about('Kestrel agreed a $5 million cash/stock deal.'), [['$5 million', 'cash/stock deal']]);
  });
});

describe('figures: a time that opens its sentence', () => {
  it('measures the wait for what the main clause tells', () => {
    const about = (text: string) => figures(text).map((f) => [f.text, f.about]);
    assert.deepEqual(about('Half an hour after liftoff, the Kestrel crew docked with the station.'), [['Half an hour', 'Kestrel crew docked station']]);
    assert.deepEqual(about('About 40 minutes into the flight, the pilots lost contact with Tarsk.'), [['About 40 minutes', 'pilots lost contact Tarsk']]);
  });
});

describe('figures: a peso written "P"', () => {
  it('reads "P" glued to a scaled or decimal amount as pesos, and then plain "P6" in the same document too', () => {
    assert.deepEqual(brief('The budget of P7.12 trillion raises the tax to P12 per liter from P6, for P18 billion more.'), [
      ['P7.12 trillion', 'money', 7.12e12, 'PHP'], ['P12', 'money', 12, 'PHP'], ['P6', 'money', 6, 'PHP'], ['P18 billion', 'money', 18e9, 'PHP'],
    ]);
    assert.deepEqual(brief('Her P6 visa expired.'), []);
  });
});

describe('figures: units written short, and years of named acts', () => {
  it('takes an abbreviated unit right after the number, whatever noun follows', () => {
    const found = figures('The plant will have six 1,000 MW units, along a 700 km stretch of coast.');
    assert.deepEqual(found.map((f) => [f.text, f.unit]).slice(1), [['1,000', 'megawatts'], ['700', 'kilometres']]);
  });

  it('reads the number after a named act and a comma as its year', () => {
    const found = figures('The Nuclear Damage Act, 2010 allows operators to claim damages.');
    assert.deepEqual(found.map((f) => [f.text, f.kind, f.value]), [['2010', 'date', 2010]]);
  });
});

describe('figures: what a relative clause measures', () => {
  it('gives a figure in a "which" or "who" clause the phrase before its comma', () => {
    const found = figures('The gap weighed on the krone, which slipped 0.4 percent to 10.85 per dollar on Thursday.');
    assert.deepEqual(found.filter((f) => f.kind === 'percent').map((f) => [f.text, f.about]), [['0.4 percent', 'krone']]);
  });
});

describe('figures: sentence index and stems', () => {
  it('points each figure at its sentence', () => {
    const found = figures('Nothing here.\nGrowth hit 8% in 2024.');
    assert.deepEqual(found.map((f) => f.sentence), [1, 1]);
  });

  it('stems the content words of about', () => {
    assert.deepEqual(aboutStems({ about: "Chile's crude oil imports from Peru" }), ['chile', 'crude', 'oil', 'import', 'peru']);
  });
});

describe('figures: properties', () => {
  const newsy = fc.array(fc.constantFrom(
    ' ', ',', '.', '-', '–', '%', '$', '€', '₹', '(', ')', '\n', '0', '1', '5', '9', '2024', '25', 'bn', 'billion', 'crore',
    'lakh', 'per cent', 'nearly', 'more than', 'of the', 'two', 'three', 'a dozen', 'December', 'May', 'fold', 'times',
    'Rs', 'US', 'S-', 'the', 'trade', 's', 'th', '#', 'No.', 'FY', 'day', 'billions', 'of dollars',
  ), { maxLength: 60 }).map((parts) => parts.join(''));

  it('never throws, keeps spans faithful and sorted, and is deterministic', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), newsy), (text) => {
      const structure = plainStructure(text);
      const once = extractFigures(text, structure);
      let previous = -1;
      for (const f of once) {
        assert.ok(f.start >= 0 && f.end <= text.length && f.start < f.end);
        assert.equal(f.text, text.slice(f.start, f.end));
        assert.ok(f.start >= previous);
        previous = f.start;
      }
      assert.deepEqual(extractFigures(text, structure), once);
    }), { numRuns: 400 });
  });

  it('reads any written amount back at its value', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom(['million', 1e6], ['billion', 1e9], ['crore', 1e7]), (n, [scale, factor]) => {
      const [found] = figures(`The budget is $${n} ${scale} this year.`);
      assert.equal(found!.kind, 'money');
      assert.equal(found!.value, n * (factor as number));
    }));
  });
});
