// Medicines by their international non-proprietary names, which news writes in lower case ("the pill
// lirexatide"). The WHO builds those names from stems that say what a drug is: "-mab" for a monoclonal
// antibody, "-glutide" for a GLP-1 agonist, "-tinib" for a kinase inhibitor. Only stems that no English word
// ends in are listed, and only those of the newer drug classes that stories are written about.

const DRUG_STEMS = [
  'mab', // monoclonal antibodies: adalimumab, lecanemab
  'atide', 'utide', // peptides: semaglutide, tirzepatide (not "nucleotide", "riptide", "yuletide")
  'tinib', 'ciclib', 'parib', 'lisib', 'rafenib', 'zomib', // kinase, PARP and proteasome inhibitors
  'gliflozin', 'gliptin', // diabetes: dapagliflozin, sitagliptin
  'previr', 'buvir', 'navir', 'tegravir', 'ciclovir', // antivirals: sofosbuvir, nirmatrelvir
  'kinra', 'nercept', // interleukin and TNF blockers
];

/** A word of seven letters or more ending in a drug stem, capitalised or not. */
const DRUG_NAME = new RegExp(`(?<![\\p{L}\\d-])\\p{L}\\p{Ll}{3,}(?:${DRUG_STEMS.join('|')})(?![\\p{L}\\d-])`, 'gu');

/** Each medicine named in the text by its non-proprietary name, with the lower-case canonical all its spellings share. */
export function medicineNames(text: string): { start: number; end: number; canonical: string }[] {
  return [...text.matchAll(DRUG_NAME)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, canonical: m[0].toLowerCase() }));
}
