// Direct quotes with their speakers, and reported (indirect) speech, for one document.

import { creditsDateline } from '../text/datelines';
import type { Claim, DocumentStructure, EntityMention, Quote, Span } from '../types';
import { isThinkingVerb } from '../lexicon/speechVerbs';
import { attributePassages, openingSubject, RawAttribution, sentenceIndexAt } from './attribution';
import { Speaker, SpeakerResolver } from './coreference';
import { findQuotedPassages, QuotedPassage } from './quoteSpans';
import { findSpeechEvents, SpeechEvent } from './reportedSpeech';
import { withShoutedLinesCased } from './shoutedLines';
import type { SpeakerPhrase } from './speakerPhrase';

interface DocumentSpeech {
  passages: QuotedPassage[];
  attributions: Array<RawAttribution | undefined>;
  events: SpeechEvent[];
  /** For a quote that opens its sentence with no attribution: the person the sentence before opens with. */
  openers: Map<number, SpeakerPhrase>;
  /** Resolved speaker of each phrase, by the phrase's start offset. */
  speakers: Map<number, Speaker>;
}

/** Per-text memo so extractReportedSpeech can reuse the work of extractQuotes on the same document. */
let memo: { text: string; structure: DocumentStructure; entities: EntityMention[]; speech: DocumentSpeech } | undefined;

function analyseSpeech(text: string, structure: DocumentStructure, entities: EntityMention[]): DocumentSpeech {
  if (memo && memo.text === text && memo.structure === structure && memo.entities === entities) return memo.speech;
  const content = structure.paragraphs.filter((p) => !p.boilerplate);
  const passages = findQuotedPassages(text, content).map((p) => ({ ...p, paragraph: paragraphIndex(structure, p.open) }));
  const sentences = structure.sentences;
  const attributions = attributePassages(withShoutedLinesCased(text, sentences), passages, sentences);
  const quoted: Span[] = passages.map((p) => ({ start: p.open, end: p.close }));
  const events = findSpeechEvents(text, structure, quoted);

  // Resolve every speaker phrase in text order, so pronouns and "the official" see only what came before.
  const phrases = new Map<number, SpeakerPhrase>();
  for (const a of attributions) if (a) phrases.set(a.phrase.start, a.phrase);
  for (const e of events) if (!phrases.has(e.phrase.start)) phrases.set(e.phrase.start, e.phrase);
  const openers = new Map<number, SpeakerPhrase>();
  passages.forEach((p, i) => {
    if (attributions[i] || p.continues !== undefined) return;
    const s = sentenceIndexAt(sentences, p.open);
    const previous = sentences[s - 1];
    // Same paragraph only: "She pushed back against the criticism. “This case is not about …”"; or a paragraph that
    // ends on a colon to introduce it: "Jana Holm put it this way:⏎⏎“…”".
    // Or a quote paragraph in the first person right after a paragraph about one person: "Mehra addressed the
    // crisis in polite terms.⏎⏎“As chief of Varnelco, safety is my first priority. …”".
    const introduced = previous !== undefined && /:\s*$/.test(text.slice(previous.start, p.open));
    const samePara = previous !== undefined && sentenceIndexAt(structure.paragraphs, previous.start) === p.paragraph;
    const firstPerson = !samePara && !introduced && FIRST_PERSON_RE.test(text.slice(p.start, p.end));
    if (s < 1 || sentences[s]!.start !== p.open || !previous || (!samePara && !introduced && !firstPerson)) return;
    const subject = openingSubject(text, previous, firstPerson);
    if (!subject) return;
    openers.set(i, subject);
    if (!phrases.has(subject.start)) phrases.set(subject.start, subject);
  });
  // (The agency a dateline credits filed the report; it is no antecedent for "the group said".)
  const resolver = new SpeakerResolver(text, entities.filter((e) => !creditsDateline(text, e.start, e.end)), quoted);
  const sentenceOf = (at: number): number => sentenceIndexAt(sentences, at);
  const speakers = new Map<number, Speaker>();
  for (const phrase of [...phrases.values()].sort((a, b) => a.start - b.start)) {
    const sentence = sentences[sentenceOf(phrase.start)] ?? { start: 0, end: text.length };
    const speaker = resolver.resolve(phrase, sentence, sentenceOf);
    if (speaker && speaker.name) speakers.set(phrase.start, speaker);
  }
  const speech = { passages, attributions, events, openers, speakers };
  memo = { text, structure, entities, speech };
  return speech;
}

/** Words of a speaker talking about themselves. */
const FIRST_PERSON_RE = /\b(?:I|me|my|we|our|us)\b/;

function paragraphIndex(structure: DocumentStructure, at: number): number {
  return Math.max(0, sentenceIndexAt(structure.paragraphs, at));
}

/** Direct quotes with their speakers. `entities` carry corpus-wide canonical names. Sorted by start. */
export function extractQuotes(text: string, structure: DocumentStructure, entities: EntityMention[]): Quote[] {
  const { passages, attributions, events, openers, speakers } = analyseSpeech(text, structure, entities);
  const sentences = structure.sentences;
  const quotes: Array<Quote | undefined> = [];
  // A quote that runs on into a paragraph reopened by a quotation mark is one quote: passage → its quote.
  const quoteOf: number[] = [];
  passages.forEach((p, i) => {
    const sentence = sentenceIndexAt(sentences, p.open);
    const attribution = attributions[i];
    const first = p.continues !== undefined && !attribution ? quoteOf[p.continues] : undefined;
    const continued = first !== undefined ? quotes[first] : undefined;
    if (continued) {
      continued.end = p.end;
      continued.text = text.slice(continued.start, p.end);
      quoteOf[i] = first!;
      quotes.push(undefined);
      return;
    }
    quoteOf[i] = i;
    // A nickname inside a name is no quote: 'Ivo "Kit" Marek'.
    if (entities.some((e) => e.start < p.start && p.end < e.end)) {
      quotes.push(undefined);
      return;
    }
    let speaker = attribution ? speakers.get(attribution.phrase.start) : undefined;
    if (!speaker && !attribution) speaker = continuedSpeaker(p, i, quotes, passages, sentences, events, speakers);
    if (!speaker && openers.has(i)) speaker = speakers.get(openers.get(i)!.start);
    if (!speaker) {
      quotes.push(undefined);
      return;
    }
    quotes.push({
      start: p.start,
      end: p.end,
      text: text.slice(p.start, p.end),
      speaker: speaker.name,
      speakerKind: speaker.kind,
      attribution: attribution ? { ...attribution.span } : undefined,
      sentence,
    });
  });
  return quotes.filter((q): q is Quote => q !== undefined).sort((a, b) => a.start - b.start);
}

/**
 * Speaker of a quote with no attribution of its own: the rest of a quote continued from the previous
 * paragraph, or a quote opening its sentence right after a quote by X or a sentence reporting X's words.
 */
function continuedSpeaker(
  p: QuotedPassage,
  i: number,
  quotes: Array<Quote | undefined>,
  passages: QuotedPassage[],
  sentences: DocumentStructure['sentences'],
  events: SpeechEvent[],
  speakers: Map<number, Speaker>,
): Speaker | undefined {
  if (p.continues !== undefined) return asSpeaker(quotes[p.continues]);
  const s = sentenceIndexAt(sentences, p.open);
  const sentence = sentences[s];
  if (!sentence || sentence.start !== p.open) return undefined; // a phrase inside narration is a scare quote
  const previous = quotes[i - 1];
  if (previous && i > 0) {
    const prevClose = sentenceIndexAt(sentences, Math.max(passages[i - 1].open, passages[i - 1].close - 1));
    if (s - prevClose <= 1 && s - sentenceIndexAt(sentences, passages[i - 1].open) <= 3) return asSpeaker(previous);
  }
  // The last report of saying there; a verb of thinking only when nothing is said ("X said … what relatives feared:").
  const before = events.filter((e) => e.sentence === s - 1);
  const event = before.filter((e) => !isThinkingVerb(e.verb ?? '')).at(-1) ?? before.at(-1);
  return event ? speakers.get(event.phrase.start) : undefined;
}

function asSpeaker(q: Quote | undefined): Speaker | undefined {
  return q ? { name: q.speaker, kind: q.speakerKind } : undefined;
}

/** Reported (indirect) speech attributed to a speaker: "Sorokin said Valdoria’s air defence systems would be ...". */
export function extractReportedSpeech(
  text: string,
  structure: DocumentStructure,
  entities: EntityMention[],
  _quotes: Quote[],
): Claim[] {
  const { events, speakers } = analyseSpeech(text, structure, entities);
  const claims: Claim[] = [];
  for (const e of events) {
    const speaker = speakers.get(e.phrase.start);
    if (!e.claim || !speaker) continue;
    if (claims.some((c) => c.start === e.claim!.start && c.end === e.claim!.end)) continue;
    claims.push({
      start: e.claim.start,
      end: e.claim.end,
      text: text.slice(e.claim.start, e.claim.end),
      kind: 'reported',
      speaker: speaker.name,
      sentence: e.sentence,
    });
  }
  return claims.sort((a, b) => a.start - b.start);
}
