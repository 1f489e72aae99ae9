// A bare currency name ("1.62 trillion pesos", "Rs 400 crore") is read with a default country's code, but many
// countries share the name. Where the corpus writes that currency unambiguously elsewhere (a sign, a code, a country
// before the name), the bare mentions take that code, so that "1.62 trillion pesos" meets "₱1.62 trillion".

import type { Figure } from '../types';

interface CurrencyFamily {
  /** The currency's name ("pesos"). */
  name: RegExp;
  /** The name or abbreviation as written when the country is left out. */
  bare: RegExp;
  /** The code such a bare mention is read with. */
  defaultCode: string;
  /** The codes of the family's currencies. */
  codes: ReadonlySet<string>;
}

const FAMILIES: readonly CurrencyFamily[] = [
  { name: /pesos?/, bare: /\bpesos?\b/i, defaultCode: 'MXN', codes: new Set(['MXN', 'PHP', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'CUP']) },
  { name: /rupees?/, bare: /\b(?:rupees?|Rs\.?)(?![\p{L}])/iu, defaultCode: 'INR', codes: new Set(['INR', 'PKR', 'LKR', 'NPR', 'MUR']) },
];

/** Gives bare mentions of a shared currency name the one code the corpus writes it with unambiguously. */
export function harmonizeCurrencyFamilies(figuresByDocument: readonly Figure[][]): void {
  const all = figuresByDocument.flat().filter((f) => f.kind === 'money');
  for (const family of FAMILIES) {
    // A country named before the currency ("Philippine pesos", "Pakistani rupees"): not a bare mention.
    const countryBefore = new RegExp(String.raw`\b\p{Lu}\p{Ll}+[ \u00A0]+${family.name.source}\b`, 'u');
    // Read with the default code for want of a country: the bare name, or an amount that borrowed the currency of the
    // sentence ("the peso closed at 58.20").
    const isBare = (f: Figure) => f.unit === family.defaultCode && !countryBefore.test(f.text) &&
      (family.bare.test(f.text) || /^[^\p{L}\p{Sc}]*$/u.test(f.text));
    const explicit = new Set(all.filter((f) => family.codes.has(f.unit) && !isBare(f)).map((f) => f.unit));
    if (explicit.size !== 1) continue;
    const [code] = [...explicit];
    if (code === family.defaultCode) continue;
    for (const f of all) if (isBare(f)) f.unit = code!;
  }
}
