// Closed word classes of English used by the figures scanner to find noun phrases without a tagger.

export const DETERMINERS = new Set([
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your',
  'each', 'every', 'some', 'any', 'no', 'all', 'both', 'such', 'another', 'other', 'most', 'many', 'much',
  'more', 'less', 'fewer', 'several', 'few', 'whose', 'which', 'what',
]);

export const PREPOSITIONS = new Set([
  'of', 'in', 'on', 'at', 'to', 'for', 'from', 'by', 'with', 'without', 'over', 'under', 'above', 'below',
  'about', 'around', 'into', 'onto', 'through', 'during', 'since', 'until', 'till', 'before', 'after',
  'between', 'among', 'amid', 'amidst', 'against', 'toward', 'towards', 'across', 'per', 'via', 'than',
  'despite', 'within', 'beyond', 'upon', 'like', 'near', 'off', 'out', 'up', 'down', 'as',
]);

export const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'having', 'do', 'does',
  'did', 'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "it's", "'s",
]);

/** Modal verbs, after which a bare verb follows: "could double", "will rise". */
export const MODAL_VERBS: ReadonlySet<string> = new Set(['will', 'would', 'could', 'can', 'may', 'might', 'should', 'must', 'shall', "'ll"]);

export const PRONOUNS = new Set([
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'them', 'who', 'whom', 'which', 'that',
  'there', 'here', 'itself', 'themselves', 'himself', 'herself', 'one',
]);

/** A pronoun token — not "US" in capitals, which is the country. */
export function isPronoun(token: { text: string; lower: string }): boolean {
  return PRONOUNS.has(token.lower) && token.text !== 'US';
}

export const CONJUNCTIONS = new Set([
  'and', 'or', 'but', 'nor', 'yet', 'so', 'while', 'whereas', 'though', 'although', 'because', 'if',
  'when', 'where', 'as', 'unless', 'whether', 'then', 'however', 'also', 'even', 'still',
]);

/** Adverbs and fillers that never carry what a figure measures. */
export const FILLERS = new Set([
  'now', 'already', 'currently', 'recently', 'just', 'only', 'also', 'still', 'so', 'far', 'not', 'nearly',
  'almost', 'about', 'around', 'roughly', 'some', 'record', 'estimated', 'further', 'very',
  'reportedly', 'once', 'twice', 'again', 'ever', 'never', 'often', 'well', 'least', 'most', 'up', 'than',
]);

/** Frequent news verbs in all their forms, for the words a suffix test misses. */
export const COMMON_VERBS = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'has', 'have', 'had', 'say', 'says', 'said', 'reach', 'reaches',
  'hit', 'hits', 'rise', 'rises', 'rose', 'risen', 'fall', 'falls', 'fell', 'fallen', 'grow', 'grows', 'grew',
  'grown', 'stand', 'stands', 'stood', 'make', 'makes', 'made', 'take', 'takes', 'took', 'taken', 'get',
  'gets', 'got', 'give', 'gives', 'gave', 'pay', 'pays', 'paid', 'cost', 'costs', 'spend', 'spends', 'spent',
  'buy', 'buys', 'bought', 'sell', 'sells', 'sold', 'win', 'wins', 'won', 'lose', 'loses', 'lost', 'see',
  'sees', 'saw', 'seen', 'set', 'sets', 'put', 'puts', 'cut', 'cuts', 'come', 'comes', 'came', 'go', 'goes',
  'went', 'gone', 'hold', 'holds', 'held', 'keep', 'keeps', 'kept', 'tops', 'totals',
  'account', 'accounts', 'comprise', 'comprises', 'amount', 'amounts', 'receive', 'receives', 'operate',
  'operates', 'supply', 'supplies', 'impose', 'imposes', 'add', 'adds', 'begin', 'begins', 'began', 'begun',
  'meet', 'meets', 'met', 'become', 'becomes', 'became', 'bring', 'brings', 'brought', 'leave', 'leaves',
  'left', 'send', 'sends', 'sent', 'soar', 'soars', 'surge', 'surges', 'jump', 'jumps', 'climb', 'climbs',
  'drop', 'drops', 'slip', 'slips', 'double', 'doubles', 'triple', 'triples', 'estimate', 'estimates',
  'own', 'owns', 'employ', 'employs', 'export', 'import', 'want', 'wants', 'need', 'needs', 'seek', 'seeks',
  'sought', 'agree', 'agrees', 'sign', 'signs', 'order', 'orders', 'deliver', 'delivers', 'plan', 'plans',
  'expect', 'expects', 'show', 'shows', 'shown', 'remain', 'remains', 'represent', 'represents',
  // irregular past forms a suffix test cannot see
  'struck', 'fought', 'built', 'caught', 'drew', 'drove', 'flew', 'led', 'meant', 'ran', 'sat', 'shot', 'spoke',
  'told', 'thought', 'threw', 'wrote', 'chose', 'broke', 'hit', 'felt', 'found', 'knew', 'slid', 'sank', 'shrank',
]);
