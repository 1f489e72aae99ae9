// Words that end with a period without ending a sentence. General English news usage.

/** Abbreviations that are (almost) never sentence-final: a title or a word that expects what follows. */
export const NON_FINAL_ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gen', 'col', 'lt', 'maj', 'capt', 'cmdr', 'adm', 'sgt', 'gov',
    'pres', 'supt', 'insp', 'rev', 'fr', 'hon', 'st', 'mt', 'ft', 'no', 'nos', 'vs', 'v', 'cf', 'viz', 'approx',
    'dept', 'est', 'fig', 'vol', 'pp', 'ch', 'art', 'sec', 'para', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
    'sep', 'sept', 'oct', 'nov', 'dec', 'e.g', 'i.e', 'rs', 'sh', 'shri', 'smt',
  ],
);

/**
 * Abbreviations that may or may not end a sentence ("in the U.S. The talks..." vs "U.S. President").
 * After these, a boundary needs a following word that typically opens a sentence.
 */
export const AMBIGUOUS_ABBREVIATIONS = new Set(['inc', 'corp', 'ltd', 'co', 'jr', 'sr', 'etc', 'a.m', 'p.m', 'bros', 'plc']);

/** Words that commonly open a sentence; used to decide boundaries after ambiguous abbreviations. */
export const SENTENCE_OPENERS = new Set(
  [
    'the', 'this', 'that', 'these', 'those', 'it', 'its', 'he', 'she', 'they', 'we', 'i', 'you', 'there', 'but',
    'and', 'or', 'so', 'yet', 'in', 'on', 'at', 'for', 'as', 'a', 'an', 'his', 'her', 'their', 'our', 'after',
    'before', 'since', 'while', 'when', 'if', 'although', 'though', 'however', 'meanwhile', 'still', 'also',
    'many', 'some', 'most', 'both', 'no', 'not', 'what', 'why', 'how', 'who', 'where', 'officials', 'analysts',
  ],
);
