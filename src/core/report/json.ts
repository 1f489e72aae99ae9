// The CLI's machine-readable output: schema source-lens/analysis@1 (extra fields are allowed by the schema).

import type { CorpusAnalysis } from '../types';

export const ANALYSIS_SCHEMA = 'source-lens/analysis@1';

export interface AnalysisJson {
  schema: typeof ANALYSIS_SCHEMA;
  documents: { file: string; chars: number }[];
  entities: object[];
  figures: object[];
  quotes: object[];
  claims: object[];
  groups: object[];
  notes: string[];
}

export function toAnalysisJson(corpus: CorpusAnalysis): AnalysisJson {
  const out: AnalysisJson = {
    schema: ANALYSIS_SCHEMA,
    documents: [],
    entities: [],
    figures: [],
    quotes: [],
    claims: [],
    groups: [],
    notes: [
      'Offsets are JavaScript string indices into the UTF-8 decoded file, end exclusive.',
      'Claims are every substantive sentence; kind "reported" ones carry the speaker they are attributed to.',
    ],
  };
  for (const d of corpus.documents) {
    const file = d.file;
    out.documents.push({ file, chars: d.text.length });
    for (const e of d.entities) {
      out.entities.push({ file, start: e.start, end: e.end, text: e.text, type: e.type, canonical: e.canonical, ...(e.role ? { role: e.role } : {}) });
    }
    for (const f of d.figures) {
      out.figures.push({
        file, start: f.start, end: f.end, text: f.text, kind: f.kind, value: f.value, unit: f.unit, about: f.about,
        ...(f.qualifier ? { qualifier: f.qualifier } : {}),
      });
    }
    for (const q of d.quotes) {
      out.quotes.push({ file, start: q.start, end: q.end, text: q.text, speaker: q.speaker, speaker_kind: q.speakerKind });
    }
    for (const c of d.claims) {
      out.claims.push({ file, start: c.start, end: c.end, text: c.text, kind: c.kind, ...(c.speaker ? { speaker: c.speaker } : {}) });
    }
  }
  for (const g of corpus.groups) {
    out.groups.push({
      id: g.id, kind: g.kind, relation: g.relation, note: g.note,
      members: g.members.map((m) => ({ file: m.file, start: m.start, end: m.end, text: m.text, ...(m.value !== undefined ? { value: m.value } : {}) })),
    });
  }
  return out;
}
