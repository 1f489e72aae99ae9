// Money: "$41.3 billion", "US$5m", "€920 million", "£3.2bn", "Rs 4,500 crore", "₹3 lakh",
// "USD 2 billion", "5 billion roubles", "billions of dollars", and a bare "billions" after a money verb.

import {
  CODE_ALIASES, CURRENCY_ABBREVIATIONS, CURRENCY_CODES, CURRENCY_NAME_QUALIFIERS, CURRENCY_NAMES,
  CENT_SIGN_PREFIXES, CURRENCY_SYMBOLS, DOLLAR_PREFIXES, POUND_SIGN_PREFIXES, gluedLetterCurrency,
} from '../lexicon/currencies';
import { codeLabelsNumberedThing } from '../lexicon/designators';
import { SCALE_WORDS, SPELLED_SCALE_WORDS, VAGUE_SCALE_WORDS } from '../lexicon/numberWords';
import type { Candidate } from './candidate';
import { readNumber } from './numberWords';
import { touching, type Token } from './tokens';

/** Currency names that are also ordinary words; they count only after a scale ("5 million won"). */
const AMBIGUOUS_NAMES = new Set(['won', 'real', 'pound', 'pounds', 'rand', 'dong']);

/** Verbs after which a bare "billions" / "millions" is an amount of money. */
const MONEY_VERBS = new Set([
  'save', 'saves', 'saved', 'saving', 'spend', 'spends', 'spent', 'spending', 'cost', 'costs', 'costing',
  'invest', 'invests', 'invested', 'investing', 'lose', 'loses', 'lost', 'losing', 'earn', 'earns', 'earned',
  'earning', 'pay', 'pays', 'paid', 'paying', 'raise', 'raised', 'raising', 'worth', 'owe', 'owes', 'owed',
  'pour', 'poured', 'pouring', 'funnel', 'funnelled', 'funneled', 'siphon', 'siphoned', 'generate',
  'generated', 'generating', 'pocket', 'pocketed', 'wipe', 'wiped', 'borrow', 'borrowed', 'lend', 'lent',
]);

const POUNDS = new Set(['pound', 'pounds']);

const poundsByTokens = new WeakMap<Token[], boolean>();

/**
 * Does the document write amounts in pounds as money ("£750", "sterling", "45 million pounds", "Egyptian pounds")? Then
 * a bare "2,500 pounds" paid to someone is money too, where elsewhere it may be a weight ("2,500 pounds of cargo" stays
 * one either way).
 */
function tokensWritePounds(tokens: Token[]): boolean {
  let found = poundsByTokens.get(tokens);
  if (found === undefined) {
    // (Or "45 million pounds" without "of" after it: a scaled amount of pounds is money.)
    found = tokens.some((t, k) => (t.text === '£' && tokens[k + 1]?.kind === 'num') || t.lower === 'sterling' ||
      (POUNDS.has(t.lower) && tokens[k + 1]?.lower !== 'of' &&
        (SPELLED_SCALE_WORDS.has(tokens[k - 1]?.lower ?? '') || CURRENCY_NAME_QUALIFIERS.get('pounds')!.has(tokens[k - 1]?.lower ?? ''))));
    poundsByTokens.set(tokens, found);
  }
  return found;
}

const letterMoneyByTokens = new WeakMap<Token[], Map<string, boolean>>();

/** Does the document write `letter` glued to an amount that a decimal or a scale word marks as money ("P18 billion")? */
function tokensWriteLetterAsMoney(tokens: Token[], letter: string): boolean {
  let known = letterMoneyByTokens.get(tokens);
  if (!known) letterMoneyByTokens.set(tokens, (known = new Map()));
  let found = known.get(letter);
  if (found === undefined) {
    found = tokens.some((t, k) => t.text === letter && tokens[k + 1]?.kind === 'num' && touching(t, tokens[k + 1]!) &&
      gluedLetterCurrency(letter, tokens[k + 1]!.text, tokens[k + 2]?.text) !== undefined);
    known.set(letter, found);
  }
  return found;
}

/** The ISO code of a currency sign or code written before an amount at `i`, and where the amount starts. */
function readCurrencyPrefix(tokens: Token[], i: number): { code: string; amountAt: number } | undefined {
  const t = tokens[i]!;
  const symbol = CURRENCY_SYMBOLS.get(t.text);
  if (symbol) return { code: symbol, amountAt: i + 1 };
  if (t.kind !== 'word') return undefined;
  const next = tokens[i + 1];
  // "US$", "A$", "HK$"
  if (next?.text === '$' && touching(t, next) && DOLLAR_PREFIXES.get(t.text)) return { code: DOLLAR_PREFIXES.get(t.text)!, amountAt: i + 2 };
  // "E£68.4"
  if (next?.text === '£' && touching(t, next) && POUND_SIGN_PREFIXES.get(t.text)) return { code: POUND_SIGN_PREFIXES.get(t.text)!, amountAt: i + 2 };
  // "GH¢3,228"
  if (next?.text === '¢' && touching(t, next) && CENT_SIGN_PREFIXES.get(t.text)) return { code: CENT_SIGN_PREFIXES.get(t.text)!, amountAt: i + 2 };
  if (CURRENCY_CODES.has(t.text)) {
    // "COP30 climate summit", "at COP31 in November": a numbered meeting, not 30 Colombian pesos.
    if (next?.kind === 'num' && touching(t, next) && codeLabelsNumberedThing(next.text, tokens[i + 2]?.lower)) return undefined;
    return { code: CODE_ALIASES.get(t.text) ?? t.text, amountAt: i + 1 };
  }
  // Any three-letter code glued to a scaled amount is a currency, listed or not: "VDR62bn", "NGN4.5trn".
  if (/^[A-Z]{3}$/.test(t.text) && next?.kind === 'num' && touching(t, next) && SCALE_WORDS.has(tokens[i + 2]?.lower ?? '')) {
    return { code: t.text, amountAt: i + 1 };
  }
  // "N1,574", "N54.2 trillion": a letter glued to an amount that a separator, a decimal or a scale marks as money
  // (not "N1 highway").
  const letter = next?.kind === 'num' && touching(t, next) ? gluedLetterCurrency(t.text, next.text, tokens[i + 2]?.text) ?? gluedLetterCurrency(t.text, next.text, undefined, tokensWriteLetterAsMoney(tokens, t.text)) : undefined;
  if (letter) return { code: letter, amountAt: i + 1 };
  // "Rs 4,500", "Rs. 300", "Rs4,500"
  const abbreviation = CURRENCY_ABBREVIATIONS.get(t.lower);
  // ("LE 68.4" only in capitals: "Le" opens French names.)
  if (abbreviation && /^[A-Z]/.test(t.text) && t.text !== 'RE' && t.text !== 'Le') {
    const dotted = next?.text === '.' && touching(t, next);
    return { code: abbreviation, amountAt: dotted ? i + 2 : i + 1 };
  }
  return undefined;
}

/** A currency name or code after an amount ending at `last`; returns its code and last index. */
function readCurrencySuffix(tokens: Token[], last: number, scaled: boolean): { code: string; last: number } | undefined {
  let j = last + 1;
  let t = tokens[j];
  if (!t || t.kind !== 'word') return undefined;
  if (CURRENCY_CODES.has(t.text)) return { code: CODE_ALIASES.get(t.text) ?? t.text, last: j };
  // "US dollars", "Australian dollars", "Hong Kong dollars"
  let qualifier = '';
  if (/^[A-Z]/.test(t.text) && !CURRENCY_NAMES.get(t.lower)) {
    const two = `${t.lower} ${tokens[j + 1]?.lower ?? ''}`;
    const namedTwo = tokens[j + 2] && CURRENCY_NAME_QUALIFIERS.get(tokens[j + 2]!.lower)?.get(two);
    if (namedTwo) return { code: namedTwo, last: j + 2 };
    qualifier = t.text === 'US' || t.text === 'U.S' ? 'US' : t.lower;
    j += 1;
    t = tokens[j];
    if (!t || t.kind !== 'word') return undefined;
  }
  const code = CURRENCY_NAMES.get(t.lower);
  if (!code) return undefined;
  // A country's name makes it that country's currency, whatever else the word means: "69.15 Egyptian pounds".
  const specific = qualifier && qualifier !== 'US' ? CURRENCY_NAME_QUALIFIERS.get(t.lower)?.get(qualifier) : undefined;
  if (specific) return { code: specific, last: j };
  if (AMBIGUOUS_NAMES.has(t.lower) && !scaled && !(POUNDS.has(t.lower) && tokens[j + 1]?.lower !== 'of' && tokensWritePounds(tokens))) return undefined;
  if (qualifier && qualifier !== 'US' && !/^[a-z]+(an|ese|ish|i)$/.test(qualifier)) return undefined;
  return { code, last: j };
}

/** "billions of dollars", "tens of billions of euros", or a bare "billions" after a money verb. */
function readVagueMoney(tokens: Token[], i: number): Candidate | undefined {
  // "a few billion dollars", "several million euros", "a couple of billion rupees": an amount no one counted.
  const few = tokens[i]?.lower === 'several' ? 1 : tokens[i]?.lower === 'a' && tokens[i + 1]?.lower === 'few' ? 2 :
    tokens[i]?.lower === 'a' && tokens[i + 1]?.lower === 'couple' && tokens[i + 2]?.lower === 'of' ? 3 : 0;
  if (few > 0 && SPELLED_SCALE_WORDS.has(tokens[i + few]?.lower ?? '')) {
    const currency = readCurrencySuffix(tokens, i + few, false);
    if (currency) return { first: i, last: currency.last, kind: 'money', value: null, unit: currency.code };
  }
  let j = i;
  // "tens of billions", "hundreds of millions"
  if ((tokens[j]?.lower === 'tens' || tokens[j]?.lower === 'hundreds') && tokens[j + 1]?.lower === 'of') j += 2;
  const vague = tokens[j];
  if (!vague || !['billions', 'millions', 'trillions', 'crores', 'lakhs'].includes(vague.lower) || VAGUE_SCALE_WORDS.get(vague.lower) === undefined) return undefined;
  if (tokens[j + 1]?.lower === 'of') {
    const currency = readCurrencySuffix(tokens, j + 1, true);
    if (currency) return { first: i, last: currency.last, kind: 'money', value: null, unit: currency.code };
    return undefined; // "millions of people" is a count, left to the quantity reader
  }
  const before = tokens[i - 1];
  const currencyBefore = before && readCurrencyPrefix(tokens, i - 1);
  if (currencyBefore && touching(before, tokens[i])) return undefined; // "$billions" is read from the sign
  if (before && MONEY_VERBS.has(before.lower)) return { first: i, last: j, kind: 'money', value: null, unit: '', currencyUnknown: true };
  return undefined;
}

/** Reads a money figure starting at token `i`. */
export function readMoney(tokens: Token[], i: number): Candidate | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const prefix = readCurrencyPrefix(tokens, i);
  if (prefix) {
    const amount = readNumber(tokens, prefix.amountAt);
    if (amount && !amount.spelled) {
      // "$41.3 billion" — also swallow a redundant currency name ("Rs 3 lakh rupees")
      const suffix = readCurrencySuffix(tokens, amount.last, true);
      const last = suffix && suffix.code === prefix.code ? suffix.last : amount.last;
      return { first: i, last, kind: 'money', value: amount.value, unit: prefix.code };
    }
    const vague = tokens[prefix.amountAt];
    if (vague && ['billions', 'millions', 'trillions'].includes(vague.lower)) {
      return { first: i, last: prefix.amountAt, kind: 'money', value: null, unit: prefix.code };
    }
    return undefined;
  }
  const amount = readNumber(tokens, i);
  if (amount) {
    const suffix = readCurrencySuffix(tokens, amount.last, amount.scale !== undefined);
    if (suffix) return { first: i, last: suffix.last, kind: 'money', value: amount.value, unit: suffix.code };
    return undefined;
  }
  return readVagueMoney(tokens, i);
}
