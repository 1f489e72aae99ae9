// What a line of a list is about: "• Q3: 7.1%" says nothing of what it measures; the line that leads into the list
// ("Growth projections:") does, and when that line is thin too ("Here are the estimates:"), the paragraph before it.

import { contentWords } from '../text/words';
import type { DocumentStructure, Span } from '../types';

/** A line with fewer content words than this says too little of its own topic. */
const THIN_LINE = 3;
/** How many list lines back a lead-in may stand. */
const MAX_LIST_LINES = 12;

/**
 * A reader of the lead-ins of one document's list lines: for a sentence, the spans that give a thin list line its topic
 * (the lead-in paragraph above the run of thin lines it stands in, and, when the lead-in is thin itself, the paragraph
 * before that); empty for a sentence in a line that says enough itself. Each paragraph's words are counted once, however
 * many figures ask.
 */
export function listLeadIns(text: string, structure: DocumentStructure): (sentenceIndex: number) => Span[] {
  const thin = new Map<number, boolean>();
  const isThin = (paragraph: number): boolean => {
    let known = thin.get(paragraph);
    if (known === undefined) {
      const p = structure.paragraphs[paragraph];
      thin.set(paragraph, (known = p !== undefined && contentWords(text, p.start, p.end).length < THIN_LINE));
    }
    return known;
  };
  const endsWithColon = (paragraph: number): boolean => {
    const p = structure.paragraphs[paragraph]!;
    return /:\s*$/.test(text.slice(p.start, p.end));
  };
  return (sentenceIndex) => {
    const sentence = structure.sentences[sentenceIndex];
    // (The whole line must be thin: a short sentence in a paragraph has that paragraph for its topic.)
    if (!sentence || !isThin(sentence.paragraph)) return [];
    let k = sentence.paragraph - 1;
    for (let lines = 0; k >= 0 && lines < MAX_LIST_LINES && isThin(k) && !endsWithColon(k); lines++) k--;
    const leadIn = structure.paragraphs[k];
    if (!leadIn || leadIn.boilerplate) return [];
    const spans: Span[] = [{ start: leadIn.start, end: leadIn.end }];
    const before = structure.paragraphs[k - 1];
    if (isThin(k) && before && !before.boilerplate) spans.push({ start: before.start, end: before.end });
    return spans;
  };
}
