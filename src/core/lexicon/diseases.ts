// Letters that name a disease in a code with a number after a hyphen ("SARS-9"): the code is the disease or its
// outbreak, never a machine's model ("Kvelar-220"). A general medical lexicon, shared by the equipment reader and
// the event reader.

const DISEASE_CODE_PREFIXES: ReadonlySet<string> = new Set(['covid', 'sars', 'mers']);

export function isDiseaseCodePrefix(letters: string): boolean {
  return DISEASE_CODE_PREFIXES.has(letters.toLowerCase());
}
