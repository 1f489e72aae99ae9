// Number words of English: cardinals, ordinals, scale words and fractions.
// Plain data; the parsing lives in src/core/figures/numberWords.ts.

/** Cardinal words below one hundred that stand alone ("twenty-five" is parsed from its parts). */
export const CARDINAL_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
}));

/** Ordinal words ("fifth-generation", "the third summit"). "first" and "last" are listed but rarely figures. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30,
  fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
  hundredth: 100, thousandth: 1000,
}));

/** Multipliers written after a number, including Indian (lakh, crore) and newsroom abbreviations. */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  hundred: 1e2,
  thousand: 1e3, k: 1e3,
  million: 1e6, mn: 1e6, m: 1e6, mln: 1e6,
  billion: 1e9, bn: 1e9, b: 1e9, bln: 1e9,
  trillion: 1e12, tn: 1e12, trn: 1e12,
  lakh: 1e5, lakhs: 1e5, lac: 1e5, lacs: 1e5,
  crore: 1e7, crores: 1e7, cr: 1e7,
}));

/** Scale words that are safe after a number-word or with a space ("5 m" is too ambiguous). */
export const SPELLED_SCALE_WORDS: ReadonlySet<string> = new Set([
  'hundred', 'thousand', 'million', 'billion', 'trillion', 'lakh', 'lakhs', 'lac', 'crore', 'crores',
  'bn', 'mn', 'tn', 'mln', 'bln', 'cr',
]);

/** Plural scale words used vaguely ("billions of dollars", "millions of people"). */
export const VAGUE_SCALE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  hundreds: 1e2, thousands: 1e3, millions: 1e6, billions: 1e9, trillions: 1e12,
  lakhs: 1e5, crores: 1e7, dozens: 12, scores: 20,
}));

/** Fractions written as words ("three-quarters", "two-thirds", "half"). Value is the fraction of one. */
export const FRACTION_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  half: 1 / 2, halves: 1 / 2, third: 1 / 3, thirds: 1 / 3, quarter: 1 / 4, quarters: 1 / 4,
  fifth: 1 / 5, fifths: 1 / 5, tenth: 1 / 10, tenths: 1 / 10,
}));

/** Collective counts: "a dozen", "a score", "a couple of". */
export const COLLECTIVE_WORDS: ReadonlyMap<string, number> = new Map(Object.entries({
  dozen: 12, score: 20, pair: 2, couple: 2,
}));
