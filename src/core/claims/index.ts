// Claims: the statements a source makes. Reported speech carries its speaker; every other substantive
// sentence is a factual statement. Cross-source claim links are built from these.

import { extractReportedSpeech } from '../quotes';
import { isHeadline } from '../text/segment';
import { splitClauses } from './clauses';
import type { Claim, DocumentStructure, EntityMention, Quote, Sentence } from '../types';

export function extractClaims(
  text: string,
  structure: DocumentStructure,
  entities: EntityMention[],
  quotes: Quote[],
): Claim[] {
  const reported = extractReportedSpeech(text, structure, entities, quotes).filter(
    (c) => !structure.sentences[c.sentence]?.boilerplate,
  );
  const quoteSpeakerBySentence = new Map<number, string>();
  for (const q of quotes) if (!quoteSpeakerBySentence.has(q.sentence)) quoteSpeakerBySentence.set(q.sentence, q.speaker);

  const claims: Claim[] = [...reported];
  structure.sentences.forEach((s, index) => {
    if (!isStatement(text, s)) return;
    const speaker = quoteSpeakerBySentence.get(index);
    for (const clause of splitClauses(text, s.start, s.end)) {
      // A clause mostly covered by reported speech is that claim already.
      const covered = reported.some((r) => overlap(r, clause) > 0.5 * (clause.end - clause.start));
      if (covered) continue;
      claims.push({
        start: clause.start,
        end: clause.end,
        text: text.slice(clause.start, clause.end),
        kind: speaker ? 'reported' : 'factual',
        ...(speaker ? { speaker } : {}),
        sentence: index,
      });
    }
  });
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** A sentence that states something: not furniture, not a question, and long enough to carry content. */
function isStatement(text: string, s: Sentence): boolean {
  if (s.boilerplate) return false;
  // A headline states the story's main claim; a section heading ("The Shadow of Lisbon") labels, it does not state.
  if (s.heading && !isHeadline(s)) return false;
  const t = text.slice(s.start, s.end);
  if (/\?[”’"']?$/.test(t)) return false;
  return t.split(/\s+/).length >= 4;
}
