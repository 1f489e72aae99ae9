// The speaker shown after a quote's closing mark ("— Ivan Sorokin"), unless the text right there already
// names them.

import type { DocumentAnalysis } from '../types';

export interface SpeakerHint {
  /** Offset just after the closing quotation mark. */
  offset: number;
  label: string;
  speaker: string;
}

const CLOSING = /["”»'’]/;

export function speakerHints(doc: DocumentAnalysis): SpeakerHint[] {
  const hints: SpeakerHint[] = [];
  for (const q of doc.quotes) {
    if (!q.speaker) continue;
    const offset = q.end < doc.text.length && CLOSING.test(doc.text[q.end]) ? q.end + 1 : q.end;
    if (namedRightAfter(doc.text, offset, q.speaker, q.attribution)) continue;
    hints.push({ offset, label: `— ${q.speaker}`, speaker: q.speaker });
  }
  return hints;
}

/** True when the attribution just after the quote already contains the speaker's last name. */
function namedRightAfter(text: string, offset: number, speaker: string, attribution?: { start: number; end: number }): boolean {
  if (!attribution || attribution.start < offset || attribution.start - offset > 3) return false;
  const last = speaker.trim().split(/\s+/).pop()?.toLowerCase();
  return !!last && text.slice(attribution.start, attribution.end).toLowerCase().includes(last);
}
