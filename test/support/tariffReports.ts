// Three short reports of one invented story, in different house styles: fixtures for the linker and
// the outline builders (none of the sample story's names or numbers).

export const wire = [
  'European Commission Raises Tariffs on Chinese Electric Cars',
  'BRUSSELS (Wire) — The European Commission on Tuesday imposed tariffs of 35% on electric vehicles imported from China, citing unfair state subsidies.',
  'Trade between the two blocs reached $740 billion in 2023, according to official data.',
  '“We cannot let our car industry be undercut by subsidised imports,” Trade Commissioner Maria Lindqvist said.',
  'Chinese officials warned that Beijing would respond with measures against European pork and brandy.',
].join('\n');

export const daily = [
  'Brussels slaps duties on Chinese EVs',
  'The European Commission imposed a 35% tariff on Chinese electric vehicles on Tuesday, arguing that state subsidies distort the market.',
  'Bilateral trade reached $740 billion in 2023.',
  '“We cannot let our car industry be undercut by subsidised imports,” said Maria Lindqvist, the trade commissioner.',
  'Beijing has threatened retaliation against European pork and brandy exports.',
].join('\n');

export const weekly = [
  'The EU’s new tariff on Chinese electric cars',
  'The European Commission set a tariff of 25% on electric vehicles from China on Tuesday.',
  'Maria Lindqvist, the trade commissioner, said: “We will not let our car industry be undercut by subsidised imports.”',
  'Analysts said the measures could cost Chinese carmakers billions of dollars.',
].join('\n');

/** The three reports as corpus sources, named by house style. */
export const tariffSources = [
  { file: 'wire.txt', text: wire },
  { file: 'daily.txt', text: daily },
  { file: 'weekly.txt', text: weekly },
];
