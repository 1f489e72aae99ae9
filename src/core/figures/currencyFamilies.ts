// A bare currency name ("1.62 trillion pesos", "Rs 400 crore") is read with a default country's code, but many
// countries share the name. Where the document, else most of the corpus, writes that currency unambiguously (a sign,
// a code, a country before the name), the bare mentions take that code, so "1.62 trillion pesos" meets "₱1.62 trillion".

import type { Figure } from '../types';

interface CurrencyFamily {
  /** A country named before the currency ("Philippine pesos", "Pakistani rupees"): not a bare mention. */
  countryBefore: RegExp;
  /** The name or abbreviation as written when the country is left out. */
  bare: RegExp;
  /** The code such a bare mention is read with. */
  defaultCode: string;
  /** The codes of the family's currencies. */
  codes: ReadonlySet<string>;
}

function countryBefore(name: string): RegExp {
  return new RegExp(String.raw`\b\p{Lu}\p{Ll}+[ \u00A0]+${name}\b`, 'u');
}

const FAMILIES: readonly CurrencyFamily[] = [
  { countryBefore: countryBefore('pesos?'), bare: /\bpesos?\b/i, defaultCode: 'MXN', codes: new Set(['MXN', 'PHP', 'ARS', 'CLP', 'COP', 'UYU', 'DOP', 'CUP']) },
  { countryBefore: countryBefore('pounds?'), bare: /\bpounds?\b/i, defaultCode: 'GBP', codes: new Set(['GBP', 'EGP', 'LBP', 'SYP', 'SDG']) },
  { countryBefore: countryBefore('rupees?'), bare: /\b(?:rupees?|Rs\.?)(?![\p{L}])/iu, defaultCode: 'INR', codes: new Set(['INR', 'PKR', 'LKR', 'NPR', 'MUR']) },
];

/**
 * Gives bare mentions of a shared currency name the one code their document writes it with unambiguously ("69.15
 * Egyptian pounds", then "50.85 pounds"), else the code most of the corpus's documents write.
 */
export function harmonizeCurrencyFamilies(documents: readonly { text: string; figures: Figure[] }[]): void {
  const money = documents.map((d) => d.figures.filter((f) => f.kind === 'money'));
  const conversions = new Set(documents.flatMap((d, n) => money[n]!.filter((f, k) => k > 0 && isConversion(d.text, money[n]![k - 1]!, f))));
  for (const figures of money) harmonize([figures], conversions);
  harmonize(money, conversions);
}

/** An amount given in brackets right after another converts it: "$9.2bn (£7.3bn)", "Rs 10 lakh (around INR 6.25 lakh)". */
function isConversion(text: string, before: Figure, f: Figure): boolean {
  return before.end <= f.start && /^[ \u00A0]*\([ \u00A0]*$/.test(text.slice(before.end, f.start));
}

/** Words before the number ("about 49.5", "as much as 78"): a qualifier, not a currency. */
const LEADING_QUALIFIER = /^(?:\p{L}+[ \u00A0]+)+(?=\d)/u;

/**
 * Reads the bare mentions of each family in `documents` with the code that more of them write explicitly than all
 * the family's other codes together.
 */
function harmonize(documents: readonly (readonly Figure[])[], conversions: ReadonlySet<Figure>): void {
  const all = documents.flat();
  for (const family of FAMILIES) {
    // Read with the default code for want of a country: the bare name, or an amount that borrowed the currency of the
    // sentence ("the peso closed at 58.20").
    const isBare = (f: Figure) => f.unit === family.defaultCode && !family.countryBefore.test(f.text) &&
      (family.bare.test(f.text) || /^[^\p{L}\p{Sc}]*$/u.test(f.text.replace(LEADING_QUALIFIER, '')));
    const documentsWriting = new Map<string, number>();
    for (const figures of documents) {
      // (A conversion says which currency the reader knows, not which one the story's amounts are in.)
      for (const code of new Set(figures.filter((f) => family.codes.has(f.unit) && !isBare(f) && !conversions.has(f)).map((f) => f.unit))) {
        documentsWriting.set(code, (documentsWriting.get(code) ?? 0) + 1);
      }
    }
    const total = [...documentsWriting.values()].reduce((sum, n) => sum + n, 0);
    const code = [...documentsWriting].find(([, n]) => n > total - n)?.[0];
    if (code === undefined || code === family.defaultCode) continue;
    for (const f of all) if (isBare(f)) f.unit = code!;
  }
}
