// Kinds of works and products known by a title, which agency style writes between quotation marks ("the film
// "Night Harbour"", "games such as "Kestrel Run""), and the shape of such a title. Shared by the entity reader (such
// a title names a product) and the quote reader (nobody says it).

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

/** Title-case words, with the short words a title leaves in lower case; no sentence punctuation inside. */
const TITLE_WORDS = /^\p{Lu}[\p{L}\p{N}'’&:-]*(?:\s+(?:\p{Lu}[\p{L}\p{N}'’&:-]*|\p{N}+|of|the|a|an|and|or|in|on|at|to|for|from|with|by))*$/u;

/** At most this many words: a longer title-case passage is more likely a headline-style remark. */
const MAX_TITLE_WORDS = 8;

/**
 * The passage between quotation marks without the list's comma or the sentence's full stop that American style puts
 * inside them ("Night Harbour," "Kestrel Run.").
 */
export function withoutClosingPunctuation(passage: string): string {
  return passage.replace(/[,.]$/, '');
}

/** Looks like the title of a work: title case, short, first person absent ("Lords of Tarsk", "Night Harbour,"). */
export function isTitleShaped(passage: string): boolean {
  const words = withoutClosingPunctuation(passage);
  return words.split(/\s+/).length <= MAX_TITLE_WORDS && TITLE_WORDS.test(words) && !/\b(?:I|We|My|Our)\b/.test(words);
}

