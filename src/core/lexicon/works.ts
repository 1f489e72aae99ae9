// Kinds of works and products known by a title, which agency style writes between quotation marks ("the film
// "Night Harbour"", "games such as "Kestrel Run""). General vocabulary, shared by the entity reader (such a title
// names a product) and the quote reader (nobody says it).

const WORK_NOUNS = (
  'title game franchise hit brand product app series show film movie album song single book novel memoir play musical ' +
  'documentary podcast episode sitcom drama opera'
).split(' ');

/** "film" → "films", "documentary" → "documentaries"; "series" stays. */
function plural(noun: string): string {
  if (noun === 'series') return noun;
  return /[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`;
}

/** A noun for a kind of work, singular or plural, as a regular-expression group. */
export const WORK_NOUN = `(?:${[...new Set(WORK_NOUNS.flatMap((n) => [n, plural(n)]))].join('|')})`;
