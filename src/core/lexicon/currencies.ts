// Currency signs, codes and names mapped to ISO 4217 codes.

import { SPELLED_SCALE_WORDS } from './numberWords';

/** Signs written before (or occasionally after) an amount. */
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map(Object.entries({
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR', '₽': 'RUB', '₩': 'KRW', '₺': 'TRY',
  '₪': 'ILS', '₦': 'NGN', '₱': 'PHP', '₫': 'VND', '₴': 'UAH', '₸': 'KZT', '฿': 'THB', '₨': 'PKR',
}));

/** Letter prefixes glued to "$" ("US$", "A$", "HK$"). */
export const DOLLAR_PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries({
  US: 'USD', U: 'USD', A: 'AUD', AU: 'AUD', C: 'CAD', CA: 'CAD', CAN: 'CAD', HK: 'HKD', S: 'SGD',
  SG: 'SGD', NZ: 'NZD', NT: 'TWD', R: 'BRL', MX: 'MXN',
}));

/** Letter prefixes glued to "£": "E£68.4" is Egyptian pounds, "L£" Lebanese. */
export const POUND_SIGN_PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries({ E: 'EGP', L: 'LBP' }));

/** Abbreviations written before an amount ("Rs 4,500 crore", "Rs. 300", "Tk 50"). */
export const CURRENCY_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  rs: 'INR', inr: 'INR', re: 'INR', le: 'EGP', tk: 'BDT', rp: 'IDR', rm: 'MYR', sh: 'KES', ksh: 'KES', dh: 'AED', dhs: 'AED',
}));

/** Single letters that stand for a currency when glued to an amount: "N1,574", "N54.2 trillion" (naira), "P7.12 trillion" (peso). */
const GLUED_LETTER_CURRENCIES: ReadonlyMap<string, string> = new Map(Object.entries({ N: 'NGN', P: 'PHP' }));

/**
 * The currency a letter glued to an amount stands for, when the amount shows it is money — a thousands separator,
 * a decimal or a scale word after it ("N1,574", "N54.2 trillion"), unlike "N1 highway".
 */
export function gluedLetterCurrency(letter: string, amount: string, wordAfter: string | undefined, writtenAsMoneyElsewhere = false): string | undefined {
  const code = GLUED_LETTER_CURRENCIES.get(letter);
  // A plain amount ("from P6") counts once the document has written the letter as money elsewhere ("P18 billion").
  return code && (writtenAsMoneyElsewhere || /^\d+[,.]\d/.test(amount) || SPELLED_SCALE_WORDS.has(wordAfter?.toLowerCase() ?? '')) ? code : undefined;
}

/** A currency sign, ISO code or abbreviation written before an amount: "£", "$", "USD", "Rs". */
export function isCurrencyMark(text: string): boolean {
  return CURRENCY_SYMBOLS.has(text) || CURRENCY_CODES.has(text) || (/^\p{Lu}/u.test(text) && CURRENCY_ABBREVIATIONS.has(text.toLowerCase()));
}

/** ISO codes recognised before or after an amount ("USD 5 billion", "5 billion EUR"). */
export const CURRENCY_CODES: ReadonlySet<string> = new Set([
  'USD', 'EUR', 'GBP', 'JPY', 'CNY', 'RMB', 'INR', 'RUB', 'CHF', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD',
  'KRW', 'BRL', 'MXN', 'ZAR', 'TRY', 'SEK', 'NOK', 'DKK', 'PLN', 'PKR', 'BDT', 'LKR', 'NPR', 'IDR',
  'MYR', 'THB', 'PHP', 'VND', 'AED', 'SAR', 'QAR', 'KWD', 'EGP', 'NGN', 'KES', 'UAH', 'KZT', 'ILS',
  'IRR', 'TWD', 'ARS', 'CLP', 'COP', 'PEN', 'LBP', 'SYP', 'SDG',
]);

/** Codes that are written differently from their ISO form. */
export const CODE_ALIASES: ReadonlyMap<string, string> = new Map(Object.entries({ RMB: 'CNY' }));

/** Currency names written after an amount ("5 billion dollars", "300 roubles", "Rs 3 lakh rupees"). */
export const CURRENCY_NAMES: ReadonlyMap<string, string> = new Map(Object.entries({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP',
  sterling: 'GBP', yen: 'JPY', yuan: 'CNY', renminbi: 'CNY', rupee: 'INR', rupees: 'INR',
  ruble: 'RUB', rubles: 'RUB', rouble: 'RUB', roubles: 'RUB', franc: 'CHF', francs: 'CHF',
  won: 'KRW', lira: 'TRY', liras: 'TRY', lire: 'TRY', rand: 'ZAR', peso: 'MXN', pesos: 'MXN',
  real: 'BRL', reais: 'BRL', ringgit: 'MYR', rupiah: 'IDR', baht: 'THB', dirham: 'AED',
  dirhams: 'AED', riyal: 'SAR', riyals: 'SAR', naira: 'NGN', shekel: 'ILS', shekels: 'ILS',
  hryvnia: 'UAH', hryvnias: 'UAH', taka: 'BDT', krona: 'SEK', kronor: 'SEK', krone: 'NOK',
  kroner: 'NOK', zloty: 'PLN', tenge: 'KZT', dong: 'VND', cedi: 'GHS', cedis: 'GHS', shilling: 'KES', shillings: 'KES',
  kwacha: 'ZMW', birr: 'ETB',
}));

/** Letter prefixes glued to the cent sign that write a cedi: "GH¢3,228". */
export const CENT_SIGN_PREFIXES: ReadonlyMap<string, string> = new Map(Object.entries({ GH: 'GHS' }));

/** Words before a currency name that pin the country ("US dollars", "Hong Kong dollars"). */
export const CURRENCY_NAME_QUALIFIERS: ReadonlyMap<string, ReadonlyMap<string, string>> = new Map([
  ['dollars', new Map(Object.entries({ australian: 'AUD', canadian: 'CAD', singapore: 'SGD', taiwan: 'TWD', 'new zealand': 'NZD', 'hong kong': 'HKD' }))],
  ['rupees', new Map(Object.entries({ pakistani: 'PKR', 'sri lankan': 'LKR', nepali: 'NPR', nepalese: 'NPR' }))],
  ['pesos', new Map(Object.entries({ argentine: 'ARS', chilean: 'CLP', colombian: 'COP', philippine: 'PHP' }))],
  ['pounds', new Map(Object.entries({ egyptian: 'EGP', lebanese: 'LBP', syrian: 'SYP', sudanese: 'SDG', british: 'GBP' }))],
  ['francs', new Map(Object.entries({ cfa: 'XOF', swiss: 'CHF', congolese: 'CDF', rwandan: 'RWF', guinean: 'GNF' }))],
]);

/**
 * What an amount can be paid in without saying what it pays for: "$5 million in cash", "a bitcoin payment". Two
 * mentions of one sum, one of them "in bitcoin", are not two things it pays for.
 */
const PAYMENT_MEDIA: ReadonlySet<string> = new Set(['cash', 'bitcoin', 'bitcoins', 'crypto', 'cryptocurrency', 'cryptocurrencies']);

/** Whether a word, in lower case, names a medium of payment. */
export function isPaymentMedium(lowerWord: string): boolean {
  return PAYMENT_MEDIA.has(lowerWord);
}
