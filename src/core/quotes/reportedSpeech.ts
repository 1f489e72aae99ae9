// Speech events outside direct quotes ("Sorokin said Valdoria’s systems would be ...", "Analysts say ...",
// "according to Mehra, ..."): the speaker phrase, and the clause that reports what was said.

import type { DocumentStructure, Span } from '../types';
import { speechVerbOf } from '../lexicon/speechVerbs';
import { forwardPhrase, isMakeClearAt, isSpeechVerbAt, SpeakerPhrase, subjectBefore } from './speakerPhrase';
import { Token, tokenize } from './tokens';

export interface SpeechEvent {
  phrase: SpeakerPhrase;
  sentence: number;
  /** The reported clause (or whole sentence) this event attributes, when it reports more than a direct quote. */
  claim?: Span;
  /** The speech verb, lower case ("said", "feared"); none for "according to". */
  verb?: string;
}

/** Tokens between the speech verb and "that" allowed for 'that'-verbs ("told reporters on Tuesday that"). */
const MAX_TOKENS_BEFORE_THAT = 5;

function inside(spans: readonly Span[], at: number): boolean {
  return spans.some((s) => s.start <= at && at < s.end);
}

/** Does the verb at tokens[v] introduce a reported clause, by its lexicon entry and what follows it? */
function introducesClause(tokens: Token[], v: number): boolean {
  // "made clear (that) …" reports like "said".
  const entry = isMakeClearAt(tokens, v - 1) ? { reported: 'any' as const } : speechVerbOf(tokens[v].lower);
  if (!entry || entry.reported === 'none') return false;
  const next = tokens[v + 1];
  if (!next || next.text === '.' || next.text === ',' || next.text === '”' || next.text === '"') return false;
  if (commentsOnEvent(tokens, v)) return next.lower === 'that' || next.text === ':';
  if (entry.reported === 'any') return true;
  for (let k = v + 1; k < tokens.length && k <= v + 1 + MAX_TOKENS_BEFORE_THAT; k++) {
    if (tokens[k].lower === 'that' || tokens[k].text === ':') return true;
    if (!tokens[k].isWord) return false;
  }
  return tellsAudienceClause(tokens, v);
}

/**
 * "Kestrel's minister arrives on Monday, underscoring the ties": a trailing participle of a verb that is often no
 * speech ("underscore", "highlight", "stress") comments on the event before it, unless that event is itself speech
 * ("she told the assembly, stressing the risks"); it then reports speech only with "that" right after it ("stressing
 * that no deal was near"), not a relative "that" further on ("underscoring ties that have lasted").
 */
function commentsOnEvent(tokens: Token[], v: number): boolean {
  if (!speechVerbOf(tokens[v].lower)?.ambiguous || !/ing$/.test(tokens[v].lower) || tokens[v - 1]?.text !== ',') return false;
  for (let k = 0; k < v - 1; k++) if (isSpeechVerbAt(tokens, k)) return false;
  return true;
}

/** Who a statement is told to: "told reporters", "told Reuters", "told the BBC". */
const AUDIENCE_NOUNS = new Set(
  'reporters journalists correspondents lawmakers legislators parliament senators delegates investors supporters crowd crowds audience media press'.split(' '),
);
/** Words that show a finite clause: "told reporters the air force was accelerating talks". */
const FINITE_WORDS = new Set('is are was were has have had will would could can should may might must did does do'.split(' '));

/** "told reporters the plan was dead": tell, its audience, then a clause with a finite verb and no "that". */
function tellsAudienceClause(tokens: Token[], v: number): boolean {
  if (!/^(?:told|tells|tell|telling)$/.test(tokens[v]!.lower)) return false;
  let k = v + 1;
  // The audience: a listener noun ("reporters", "the press"), or a name ("Reuters", "the BBC").
  if (tokens[k]?.lower === 'the') k++;
  const audience = tokens[k];
  if (!audience || !(AUDIENCE_NOUNS.has(audience.lower) || audience.capitalized)) return false;
  k++;
  while (tokens[k]?.capitalized && tokens[k]!.isWord) k++;
  // (Not past "on Monday" or "in an interview": "told reporters in Kestrel the …" may end in a noun phrase.)
  if (/^(?:on|in)$/.test(tokens[k]?.lower ?? '')) return false;
  const clauseStart = tokens[k];
  if (!clauseStart || !clauseStart.isWord || !/^(?:the|a|an|his|her|its|their|it|he|she|they|we|there|this|these|those)$|^\p{Lu}/u.test(clauseStart.text)) return false;
  for (let j = k + 1; j < tokens.length && j <= k + 8; j++) {
    if (!tokens[j]!.isWord) return false;
    if (FINITE_WORDS.has(tokens[j]!.lower)) return true;
  }
  return false;
}

/**
 * The reported clause: from the speaker phrase (or the sentence start for "according to") to the sentence end,
 * stopping before a colon that introduces a quote and before a trailing participle (", underscoring ...").
 */
function claimSpan(text: string, tokens: Token[], from: number, verbIndex: number, sentence: Span): Span {
  let end = sentence.end;
  for (let k = verbIndex + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (t.text === ':' || (t.text === ',' && tokens[k + 1]?.isWord && !tokens[k + 1].capitalized && /ing$/.test(tokens[k + 1].lower) &&
      tokens[k + 1].lower !== 'including')) {
      end = t.start;
      break;
    }
  }
  while (end > from && /\s/.test(text[end - 1])) end--;
  return { start: from, end };
}

/** Words of text[span] outside the quoted spans. */
function wordsOutsideQuotes(text: string, span: Span, quoted: readonly Span[]): number {
  let count = 0;
  const re = /[\p{L}\p{N}]+/gu;
  const slice = text.slice(span.start, span.end);
  for (let m = re.exec(slice); m; m = re.exec(slice)) if (!inside(quoted, span.start + m.index)) count++;
  return count;
}

/** Speech events of the document in text order; `quoted` are the direct quotes' [open, close) spans. */
export function findSpeechEvents(text: string, structure: DocumentStructure, quoted: readonly Span[]): SpeechEvent[] {
  const out: SpeechEvent[] = [];
  structure.sentences.forEach((s, index) => {
    if (s.boilerplate || s.heading) return;
    const tokens = tokenize(text, s.start, s.end);
    let floor = 0;
    for (let v = 0; v < tokens.length; v++) {
      const t = tokens[v];
      if (inside(quoted, t.start)) {
        floor = v + 1; // a subject never reaches back into a quote
        continue;
      }
      if (t.lower === 'according' && tokens[v + 1]?.lower === 'to') {
        const phrase = forwardPhrase(text, tokens, v + 2, tokens.length, s.start);
        if (!phrase) continue;
        const span = claimSpan(text, tokens, s.start, tokens.length, s);
        const reported = wordsOutsideQuotes(text, span, quoted) - (phrase.end - t.start > 0 ? countWords(text, t.start, phrase.end) : 0) >= 3;
        out.push({ phrase, sentence: index, claim: reported ? span : undefined });
        continue;
      }
      if (!isSpeechVerbAt(tokens, v)) continue;
      const phrase = subjectBefore(text, tokens, v, floor, s.start);
      if (!phrase) continue;
      // "made clear he intends …": the reported clause follows "clear".
      const verbEnd = isMakeClearAt(tokens, v) ? v + 1 : v;
      if (!introducesClause(tokens, verbEnd) && !(tokens[verbEnd + 1]?.text === '“' || tokens[verbEnd + 1]?.text === '"')) {
        // Not a report of speech ("the administration added a tariff"), unless it attributes a quote.
        if (!tokens.slice(v + 1).some((x) => x.text === ':' || inside(quoted, x.start)) && !closesQuote(tokens, phrase, quoted)) continue;
      }
      const from = clauseStart(tokens, phrase.start, floor, s.start);
      const span = claimSpan(text, tokens, from, verbEnd, s);
      const attributionWords = countWords(text, from, tokens[verbEnd]!.end);
      const reported = introducesClause(tokens, verbEnd) && !closesQuote(tokens, phrase, quoted) &&
        wordsOutsideQuotes(text, span, quoted) - attributionWords >= 3;
      out.push({ phrase, sentence: index, claim: reported ? span : undefined, verb: tokens[v]!.lower });
    }
  });
  return out;
}

/**
 * Start of the clause holding a subject that begins at `subjectStart`: after the last comma, semicolon or dash
 * before it ("Ahead of the visit, Palace spokesperson and … Ivan Sorokin underlined"), minus a leading "and"/"but".
 */
function clauseStart(tokens: Token[], subjectStart: number, floor: number, sentenceStart: number): number {
  let i = tokens.findIndex((t) => t.start === subjectStart);
  if (i < 0) return subjectStart;
  while (i > floor && !/^[,;:—–]$/.test(tokens[i - 1].text)) i--;
  while (i < tokens.length && (tokens[i].lower === 'and' || tokens[i].lower === 'but') && tokens[i].start < subjectStart) i++;
  return i <= floor && floor === 0 ? Math.min(sentenceStart, tokens[i]?.start ?? subjectStart) : tokens[i]?.start ?? subjectStart;
}

/** Is the phrase right after a closing quote mark ("…,” he said)? */
function closesQuote(tokens: Token[], phrase: SpeakerPhrase, quoted: readonly Span[]): boolean {
  const i = tokens.findIndex((t) => t.start === phrase.start);
  for (let k = i - 1; k >= 0; k--) {
    if (tokens[k].text === ',') continue;
    return inside(quoted, tokens[k].start);
  }
  return false;
}

function countWords(text: string, from: number, to: number): number {
  return (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
