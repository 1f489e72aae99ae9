// Finds the attribution of each quoted passage: the phrase that says who spoke it, right after the quote
// ("…,” he said), right before it ("According to X, “…", "X dismissed the concerns: “…"), around it in
// the same sentence ("X said the issue ranks “high on the list.”") or, failing that, in
// the quote before it (split quotes, quote paragraphs that continue a speaker).

import { isThinkingVerb, speechVerbOf } from '../lexicon/speechVerbs';
import type { Sentence, Span } from '../types';
import type { QuotedPassage } from './quoteSpans';
import { clauseSubject, forwardPhrase, isSpeechVerbAt, phraseEndingAt, SpeakerPhrase, subjectBefore, withPostModifierBefore } from './speakerPhrase';
import { ISSUING_VERBS, STATEMENT_NOUNS } from './speakerWords';
import { PREPOSITIONS } from '../figures/wordClasses';
import { Token, tokenize } from './tokens';

export type AttributionSource = 'after' | 'before' | 'sentence' | 'continued';

export interface RawAttribution {
  phrase: SpeakerPhrase;
  /** Span of the attribution phrase ("he said", "said Jana K. Holm", "According to the Trade Policy Institute"). */
  span: Span;
  source: AttributionSource;
}

/**
 * Max tokens between a post-quote speaker phrase and its verb ("Arjun Mehra from the Centre … told VTN",
 * "Jana Holm, head of the … program at the … (TPI), a Santiago think tank, told VTN").
 */
const MAX_SUBJECT_TO_VERB = 32;

/** Speaker phrases are already limited to names, pronouns and people nouns; "it" only speaks for an organisation. */
function canSpeak(p: SpeakerPhrase): boolean {
  return p.kind !== 'pronoun' || p.head !== 'i';
}


function isAccordingTo(tokens: Token[], i: number): boolean {
  return tokens[i]?.lower === 'according' && tokens[i + 1]?.lower === 'to';
}

/** Who "according to" at `i` names: the phrase after it, or the issuer of a statement it names. */
function accordingToSource(text: string, tokens: Token[], i: number, sentenceStart: number): SpeakerPhrase | undefined {
  const read = forwardPhrase(text, tokens, i + 2, tokens.length, sentenceStart);
  return read && issuerOfStatement(text, tokens, read, sentenceStart);
}

/** The index of the first token after `phrase`, searching from `from`. */
function tokenAfter(tokens: Token[], phrase: SpeakerPhrase, from = 0): number {
  let k = from;
  while (k < tokens.length && tokens[k].end <= phrase.end) k++;
  return k;
}

/** "according to a statement from Varnelco": the issuer named after the statement speaks. */
function issuerOfStatement(text: string, tokens: Token[], phrase: SpeakerPhrase, sentenceStart: number): SpeakerPhrase {
  if (phrase.kind !== 'description' || !STATEMENT_NOUNS.has(phrase.head ?? '')) return phrase;
  let k = tokenAfter(tokens, phrase);
  if (ISSUING_VERBS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'from' && tokens[k]?.lower !== 'by') return phrase;
  const issuer = forwardPhrase(text, tokens, k + 1, tokens.length, sentenceStart);
  return issuer && issuer.kind !== 'pronoun' ? issuer : phrase;
}

/**
 * A person's name in apposition after a one-person description and a comma: "the ministry spokesman, Arun Mehta",
 * with the index of the token after the name (the caller says what may follow it).
 */
function nameInApposition(text: string, tokens: Token[], phrase: SpeakerPhrase, sentenceStart: number): { name: SpeakerPhrase; after: number } | undefined {
  if (phrase.kind !== 'description' || phrase.plural) return undefined;
  const comma = tokenAfter(tokens, phrase);
  if (tokens[comma]?.text !== ',') return undefined;
  const name = forwardPhrase(text, tokens, comma + 1, tokens.length, sentenceStart);
  if (name?.kind !== 'name' || name.name?.organization) return undefined;
  return { name, after: tokenAfter(tokens, name, comma + 1) };
}

/** Attribution in text[from, to) directly after a closing mark: "…,” said X", "…,” X told VTN", "…,” according to X". */
export function attributionAfter(text: string, from: number, to: number, sentenceStart: number): RawAttribution | undefined {
  const tokens = tokenize(text, from, to);
  let i = 0;
  while (i < tokens.length && (tokens[i].text === ',' || tokens[i].text === '—' || tokens[i].text === '–')) i++;
  if (i >= tokens.length) return undefined;
  if (isAccordingTo(tokens, i)) {
    const phrase = accordingToSource(text, tokens, i, sentenceStart);
    return phrase && { phrase, span: { start: tokens[i].start, end: phrase.end }, source: 'after' };
  }
  if (isSpeechVerbAt(tokens, i)) {
    // Inverted order: "said Karim Benali of ...", "added the official".
    const phrase = forwardPhrase(text, tokens, i + 1, tokens.length, sentenceStart);
    if (!phrase) return undefined;
    // "said the council's coordinator, Edmilson Galibi.": the name in apposition, ending the sentence or the clause.
    const apposed = nameInApposition(text, tokens, phrase, sentenceStart);
    if (apposed && (apposed.after >= tokens.length || /^[.,;]$/.test(tokens[apposed.after]!.text))) {
      return { phrase: apposed.name, span: { start: tokens[i].start, end: apposed.name.end }, source: 'after' };
    }
    return { phrase, span: { start: tokens[i].start, end: phrase.end }, source: 'after' };
  }
  let phrase = forwardPhrase(text, tokens, i, tokens.length, sentenceStart);
  if (!phrase || !canSpeak(phrase)) return undefined;
  let k = tokenAfter(tokens, phrase, i);
  // "…,” the ministry spokesman, Arun Mehta, told reporters: the name in apposition is who speaks.
  const apposed = nameInApposition(text, tokens, phrase, sentenceStart);
  if (apposed && tokens[apposed.after]?.text === ',') {
    phrase = apposed.name;
    k = apposed.after + 1;
  }
  for (let n = 0; k < tokens.length && n < MAX_SUBJECT_TO_VERB; k++, n++) {
    const t = tokens[k];
    if (t.text === '.' || t.text === ';' || t.text === '“' || t.text === '"') break;
    if (isSpeechVerbAt(tokens, k)) {
      // "…,” a senior official involved in the talks told reporters: the description keeps how the source knows.
      const speaker = withPostModifierBefore(text, tokens, phrase, k);
      return { phrase: speaker, span: { start: speaker.start, end: t.end }, source: 'after' };
    }
    if (isAccordingTo(tokens, k)) break;
  }
  return undefined;
}

/**
 * Attribution in text[from, to) before an opening mark, within its sentence: "According to X, …",
 * "X, in remarks to the press, dismissed the concerns:", "X said the issue ranks", ", said X, ".
 */
export function attributionBefore(text: string, from: number, to: number, sentenceStart: number): RawAttribution | undefined {
  const tokens = tokenize(text, from, to);
  for (let i = 0; i < tokens.length; i++) {
    if (!isAccordingTo(tokens, i)) continue;
    const phrase = accordingToSource(text, tokens, i, sentenceStart);
    if (phrase) return { phrase, span: { start: tokens[i].start, end: phrase.end }, source: 'before' };
  }
  const last = tokens[tokens.length - 1];
  // (Not "…, but chairman X said:": the verb before the colon has its own subject, read below.)
  if (last && last.text === ':' && !isSpeechVerbAt(tokens, tokens.length - 2)) {
    // Colon introduction: "X, in remarks to reporters, rejected the claims: “…”".
    const subject = clauseSubject(text, tokens, 0, tokens.length - 1, sentenceStart);
    if (subject && subject.kind !== 'group') {
      return { phrase: subject, span: { start: subject.start, end: last.start }, source: 'before' };
    }
  }
  // A verb of thinking inside what someone said is not the speech: "Tamang said the report confirmed what relatives
  // feared: “…”" is Tamang's. Such a verb counts only when no verb of saying comes before it.
  const firstSaying = tokens.findIndex((t, k) => isSpeechVerbAt(tokens, k) && !isThinkingVerb(t.lower));
  for (let v = tokens.length - 1; v >= 0; v--) {
    if (!isSpeechVerbAt(tokens, v)) continue;
    if (firstSaying >= 0 && firstSaying < v && isThinkingVerb(tokens[v]!.lower)) continue;
    let subject = subjectBefore(text, tokens, v, 0, sentenceStart) ?? mainSubjectOfParticiple(text, tokens, v, sentenceStart) ??
      subjectOfInfinitive(text, tokens, v, sentenceStart);
    if (subject && canSpeak(subject)) {
      // Reported inside another report: "Whitaker said Washington had noted … but that “…”" is Whitaker's.
      let verb = v;
      for (let outer = reportingVerbBefore(tokens, subject.start); outer !== undefined; outer = reportingVerbBefore(tokens, subject.start)) {
        const outerSubject = subjectBefore(text, tokens, outer, 0, sentenceStart) ?? subjectOfInfinitive(text, tokens, outer, sentenceStart);
        if (!outerSubject || !canSpeak(outerSubject)) break;
        subject = outerSubject;
        verb = outer;
      }
      return { phrase: subject, span: { start: subject.start, end: tokens[verb].end }, source: 'before' };
    }
    // Inverted order between two parts of a split quote: "“A,” said X, “B.”"
    if (v === firstWordIndex(tokens) && !/ing$/.test(tokens[v].lower)) {
      const phrase = forwardPhrase(text, tokens, v + 1, tokens.length, sentenceStart);
      if (phrase) return { phrase, span: { start: tokens[v].start, end: phrase.end }, source: 'before' };
    }
  }
  // "Varnelco issued a statement that it was aware of the crash “…”", "the office issued a tweet expressing its “…”":
  // the issuer of the statement speaks.
  const issued = issuedStatementAt(tokens);
  if (issued !== undefined) {
    const subject = subjectBefore(text, tokens, issued.verb, 0, sentenceStart);
    if (subject && canSpeak(subject)) return { phrase: subject, span: { start: subject.start, end: tokens[issued.noun].end }, source: 'before' };
  }
  // "In his words, “…”", "In the words of the mayor, “…”": the owner of the words speaks.
  const inWords = inTheWordsOf(text, tokens, sentenceStart);
  if (inWords) return inWords;
  // A remark owned by its named speaker: "Osei's remark on the budget, that “…”".
  for (let n = tokens.length - 1; n > 0; n--) {
    if (!REMARK_NOUNS.has(tokens[n].lower) || !tokens[n - 1].possessive || !tokens[n - 1].capitalized) continue;
    let k = n - 1;
    while (k > 0 && tokens[k - 1].isWord && tokens[k - 1].capitalized && !tokens[k - 1].possessive) k--;
    const start = tokens[k].start;
    const end = tokens[n - 1].end - 2; // without the "’s"
    if (end <= start) continue;
    const owner: SpeakerPhrase = { kind: 'name', start, end, name: { start, end, text: text.slice(start, end), organization: false } };
    {
      return { phrase: owner, span: { start: owner.start, end: tokens[n].end }, source: 'before' };
    }
  }
  return undefined;
}

/** Nouns for what a body issues to say something: "issued a statement", "put out an emergency notice". */
const ISSUED_NOUNS = new Set([...STATEMENT_NOUNS, 'notice', 'warning', 'alert', 'advisory', 'bulletin', 'directive']);

/**
 * The last "issued (a|an|its) [up to two words] statement that|saying|expressing" among the tokens: the indices of
 * the verb and the noun. What follows is the statement's content.
 */
function issuedStatementAt(tokens: Token[]): { verb: number; noun: number } | undefined {
  for (let v = tokens.length - 1; v >= 0; v--) {
    if (!ISSUING_VERBS.has(tokens[v]!.lower) && tokens[v]!.lower !== 'put') continue;
    let k = v + 1;
    if (tokens[v]!.lower === 'put' && tokens[k]?.lower === 'out') k++;
    if (!/^(?:a|an|its|their|his|her)$/.test(tokens[k]?.lower ?? '')) continue;
    for (let n = k + 1; n <= k + 3 && n < tokens.length; n++) {
      const t = tokens[n]!;
      if (!t.isWord || t.capitalized) break;
      if (ISSUED_NOUNS.has(t.lower) && /^(?:that|saying|expressing|stating|warning|noting)$/.test(tokens[n + 1]?.lower ?? '')) return { verb: v, noun: n };
    }
  }
  return undefined;
}

/** The attribution right after the closing part of a quote that runs over paragraphs: "… cannot switch off,” said X." */
function attributionOfLastPart(text: string, p: QuotedPassage, i: number, passages: QuotedPassage[], sentences: Sentence[]): RawAttribution | undefined {
  if (!p.closed) return undefined;
  const closing = sentences[sentenceIndexAt(sentences, Math.max(p.open, p.close - 1))];
  if (!closing) return undefined;
  const next = passages[i + 1];
  const limit = Math.min(closing.end, next && next.paragraph === p.paragraph ? next.open : closing.end);
  return attributionAfter(text, p.close, Math.max(p.close, limit), closing.start);
}

/** The speech verb whose complement opens at `start` ("said [that] Washington …"), by token index. */
function reportingVerbBefore(tokens: Token[], start: number): number | undefined {
  let k = tokens.findIndex((t) => t.start >= start) - 1;
  if (k >= 0 && tokens[k]!.lower === 'that') k--;
  return k >= 0 && isSpeechVerbAt(tokens, k) ? k : undefined;
}

/**
 * A quote inside a relative clause on a named speaker, with the clause's own speech verb before it:
 * "Minister Jane Doe, who called the deal “a milestone,” said …". Only a name: "the plan, which …" speaks not.
 */
function relativeClauseSpeaker(text: string, from: number, to: number): RawAttribution | undefined {
  // Most sentences have no ", who": only those are read token by token.
  if (!/,\s+who\s/.test(text.slice(from, to))) return undefined;
  const tokens = tokenize(text, from, to);
  // "X, who was criticised in an article, “stays on,” according to Y": a comma closes the clause before the quote,
  // which is the sentence's own (but not in "X, who said, “…”").
  const last = tokens.length - 1;
  if (tokens[last]?.text === ',' && last >= 1 && !isSpeechVerbAt(tokens, last - 1)) return undefined;
  for (let w = tokens.length - 1; w >= 2; w--) {
    const t = tokens[w];
    if (t.text === '.' || t.text === ';' || t.text === ':' || t.text === '”' || t.text === '"') return undefined;
    if (t.lower !== 'who' || tokens[w - 1].text !== ',') continue;
    let speaks = false;
    for (let k = w + 1; k < tokens.length && !speaks; k++) speaks = isSpeechVerbAt(tokens, k);
    if (!speaks) return undefined;
    const phrase = phraseEndingAt(text, tokens, w - 2, 0, from);
    if (!phrase || phrase.kind !== 'name' || phrase.name?.organization) return undefined;
    return { phrase, span: { start: phrase.start, end: tokens[w].end }, source: 'before' };
  }
  return undefined;
}

/**
 * "Sorokin is risking a row with Holm after saying Kestrel will provide “…”", "The regulator rejected the plan,
 * saying a fine “…”": a speech participle after a conjunction of time or a comma has the main clause's subject, when
 * the sentence opens with it (past an opening adverb or prepositional phrase).
 */
function mainSubjectOfParticiple(text: string, tokens: Token[], v: number, sentenceStart: number): SpeakerPhrase | undefined {
  if (!/ing$/.test(tokens[v]!.lower)) return undefined;
  // "The regulator rejected the plan, saying it “…”": after a comma, only a verb that is always speech ("saying",
  // "arguing"; not "adding" or "noting", which also take things).
  const afterComma = tokens[v - 1]?.text === ',' && speechVerbOf(tokens[v]!.lower)?.ambiguous === false;
  if (!PARTICIPLE_CONJUNCTIONS.has(tokens[v - 1]?.lower ?? '') && !afterComma) return undefined;
  return subjectOpeningTokens(text, tokens, v - 1, sentenceStart);
}

/**
 * The subject that opens the sentence (past an opening adverb or prepositional phrase) and runs up to token `limit`,
 * if the sentence opens among the tokens; `unless` may refuse the words between that opening and the limit.
 */
function subjectOpeningTokens(text: string, tokens: Token[], limit: number, sentenceStart: number, unless?: (between: Token[]) => boolean): SpeakerPhrase | undefined {
  const opening = firstWordIndex(tokens);
  if (opening < 0 || tokens[opening]!.start !== sentenceStart) return undefined;
  const first = pastOpeningPhrase(tokens, opening, limit);
  if (unless?.(tokens.slice(first, limit))) return undefined;
  const subject = clauseSubject(text, tokens, first, limit, sentenceStart);
  return subject && subject.start === tokens[first]?.start && subject.kind !== 'group' ? subject : undefined;
}

/**
 * The token after an opening adverb or prepositional phrase and its comma ("Originally, Holm …", "In a call with
 * investors, Mehra …"), or `first` itself when the clause opens with no such phrase; commas at `limit` or later do not
 * count.
 */
function pastOpeningPhrase(tokens: readonly Token[], first: number, limit: number): number {
  const word = tokens[first];
  if (!word) return first;
  if (/ly$/.test(word.lower) && tokens[first + 1]?.text === ',' && first + 1 < limit) return first + 2;
  if (!PREPOSITIONS.has(word.lower)) return first;
  const comma = tokens.findIndex((t, k) => k > first + 1 && k < first + 16 && k < limit && t.text === ',');
  return comma > 0 ? comma + 1 : first;
}

const PARTICIPLE_CONJUNCTIONS = new Set(['after', 'before', 'while', 'when', 'since', 'by']);

/**
 * "Marek took care to stress that …", "Holm was quick to stress that …": a speech verb in the infinitive,
 * with "that" after it, has the subject of the sentence's main clause, when the sentence opens with it (past an
 * opening phrase). Not after a refusal or a request: "Marek declined to say that …" says nothing.
 */
function subjectOfInfinitive(text: string, tokens: Token[], v: number, sentenceStart: number): SpeakerPhrase | undefined {
  if (tokens[v - 1]?.lower !== 'to' || tokens[v + 1]?.lower !== 'that') return undefined;
  return subjectOpeningTokens(text, tokens, v - 1, sentenceStart, (between) => between.some((t) => UNSAID_BEFORE_INFINITIVE.has(t.lower)));
}

/** Words before "to say that" that leave it unsaid or someone else's: "declined to", "was asked to", "not". */
const UNSAID_BEFORE_INFINITIVE = new Set(['declined', 'declines', 'refused', 'refuses', 'not', "n't", 'never', 'asked', 'urged', 'told',
  'wants', 'wanted', 'expected', 'due', 'likely', 'unlikely', 'unwilling', 'reluctant', 'afraid']);

/** "In his words," / "In the words of X," opening the text before a quote. */
function inTheWordsOf(text: string, tokens: Token[], sentenceStart: number): RawAttribution | undefined {
  const i = firstWordIndex(tokens);
  if (i < 0 || tokens[i].lower !== 'in') return undefined;
  const owner = tokens[i + 1]?.lower;
  const pronoun = owner === 'his' ? 'he' : owner === 'her' ? 'she' : owner === 'their' ? 'they' : undefined;
  if (pronoun && tokens[i + 2]?.lower === 'words') {
    const phrase: SpeakerPhrase = { kind: 'pronoun', start: tokens[i + 1].start, end: tokens[i + 1].end, head: pronoun };
    return { phrase, span: { start: tokens[i].start, end: tokens[i + 2].end }, source: 'before' };
  }
  if (owner === 'the' && tokens[i + 2]?.lower === 'words' && tokens[i + 3]?.lower === 'of') {
    const read = forwardPhrase(text, tokens, i + 4, tokens.length, sentenceStart);
    const phrase = read && (nameInApposition(text, tokens, read, sentenceStart)?.name ?? read);
    if (phrase && phrase.kind !== 'pronoun') return { phrase, span: { start: tokens[i].start, end: phrase.end }, source: 'before' };
  }
  return undefined;
}

/** Nouns for something said, owned by who said it ("Osei's remark"). */
const REMARK_NOUNS = new Set(['remark', 'remarks', 'words', 'comment', 'comments', 'statement', 'assertion', 'pledge', 'promise', 'warning', 'message', 'slogan', 'quip', 'claim', 'vow']);

function firstWordIndex(tokens: Token[]): number {
  return tokens.findIndex((t) => t.isWord);
}

/**
 * Attributions of all passages. Passages in one sentence that have none of their own share the sentence's:
 * a later quote's trailing attribution ("“A” — … — and “B,” the ministry said") or an earlier quote's.
 */
export function attributePassages(text: string, passages: QuotedPassage[], sentences: Sentence[]): Array<RawAttribution | undefined> {
  const sentenceOf = passages.map((p) => sentenceIndexAt(sentences, p.open));
  const own = passages.map((p, i) => {
    const s = sentences[sentenceOf[i]];
    if (!s) return undefined;
    // A continued quote keeps its first part's speaker, unless only the last part is attributed (below).
    if (p.continues !== undefined) return attributionOfLastPart(text, p, i, passages, sentences);
    // A quote of several sentences: the trailing attribution is in the sentence where the quote closes.
    const closing = sentences[sentenceIndexAt(sentences, Math.max(p.open, p.close - 1))] ?? s;
    const next = passages[i + 1];
    const afterLimit = Math.min(closing.end, next && next.paragraph === p.paragraph ? next.open : closing.end);
    // "X, who hailed the deal as “…,” said …": the quote is X's, whatever follows it.
    const relative = relativeClauseSpeaker(text, s.start, p.open);
    if (relative) return relative;
    const after = p.closed ? attributionAfter(text, p.close, Math.max(p.close, afterLimit), closing.start) ?? attributionAfterQuestion(text, p, closing, sentences, next) : undefined;
    if (after) return after;
    const headline = p.open === s.start && p.closed ? speakerAfterColon(text, p.close, closing) : undefined;
    if (headline) return headline;
    const prev = passages[i - 1];
    const beforeFrom = Math.max(s.start, prev && prev.paragraph === p.paragraph ? prev.close : s.start);
    return attributionBefore(text, beforeFrom, p.open, s.start) ?? (next && sentenceOf[i + 1] === sentenceOf[i] ? undefined : trailingAttribution(text, p, closing));
  });
  // A quote running over paragraphs whose attribution closes it ("“A.⏎“B,” said X.") is X's from its first part.
  for (let i = passages.length - 1; i >= 0; i--) {
    const first = passages[i]!.continues;
    if (first !== undefined && own[i] && !own[first]) own[first] = own[i];
  }
  return passages.map((p, i) => {
    if (p.continues !== undefined) return undefined;
    if (own[i]) return own[i];
    for (let j = i + 1; j < passages.length && sentenceOf[j] === sentenceOf[i]; j++) {
      const a = own[j];
      if (a && a.source === 'after') return { ...a, source: 'sentence' as const };
    }
    for (let j = i - 1; j >= 0 && sentenceOf[j] === sentenceOf[i]; j--) {
      const a = own[j];
      if (a) return { ...a, source: 'sentence' as const };
    }
    return attributionOfNextSentence(text, p, passages[i + 1], sentences);
  });
}

/**
 * "Officers fired during a “long, loud gun fight”. One was hit, Chief Ivo Marek said.": a paraphrase that ends in
 * its speaker's name covers the sentence before it in its paragraph, and so a phrase quoted there. Only when the next
 * sentence quotes nothing itself and closes on the attribution.
 */
function attributionOfNextSentence(text: string, p: QuotedPassage, next: QuotedPassage | undefined, sentences: Sentence[]): RawAttribution | undefined {
  if (!p.closed) return undefined;
  const closing = sentenceIndexAt(sentences, Math.max(p.open, p.close - 1));
  const following = sentences[closing + 1];
  if (!following || following.start < p.close || /\n/.test(text.slice(p.close, following.start))) return undefined;
  if (next && next.open < following.end) return undefined;
  const attribution = trailingAttribution(text, p, following);
  return attribution && { ...attribution, source: 'sentence' };
}

/**
 * "“Were our concerns even raised?” Qureshi asked.": a question or an exclamation ends its sentence, so the attribution
 * after it stands as a sentence of its own. It is the quote's when that sentence is only the attribution, or the
 * attribution and a comma ("Qureshi asked, adding …").
 */
function attributionAfterQuestion(text: string, p: QuotedPassage, closing: Sentence, sentences: Sentence[], next: QuotedPassage | undefined): RawAttribution | undefined {
  if (!/[?!]/.test(text[p.end - 1] ?? '') || closing.end > p.close) return undefined;
  const following = sentences[sentenceIndexAt(sentences, closing.end) + 1] ?? sentences.find((s) => s.start >= closing.end);
  if (!following || !/^[ \u00A0]*$/.test(text.slice(p.close, following.start))) return undefined;
  const limit = next && next.open < following.end ? next.open : following.end;
  const attribution = attributionAfter(text, following.start, limit, following.start);
  if (!attribution) return undefined;
  const rest = text.slice(attribution.span.end, limit);
  // (Or the attribution and whom the words were addressed to: "Marek asked the clerk, …".)
  return /^\s*(?:[.,]|$)/.test(rest) || ADDRESSEE_THEN_END.test(rest) || WHEN_THEN_END.test(rest) ? attribution : undefined;
}

/**
 * When the words were said, then the sentence's end: " moments before the race.", " shortly after the vote.",
 * " as the crowd cheered." (no clause the verb reports), past the particle of "called out", "cried out".
 */
const WHEN_THEN_END = /^[ \u00A0]+(?:out[ \u00A0]+)?(?:(?:a[ \u00A0]+few|several|\p{Ll}+|\d+)[ \u00A0]+(?:seconds|minutes|hours|days|moments)[ \u00A0]+|moments[ \u00A0]+|shortly[ \u00A0]+|just[ \u00A0]+)?(?:before|after|as|during|while|when)[ \u00A0]+[^.!?;:“”"]{1,60}\.$/u;

/** Whom a question was put to, then the sentence's end or a comma: " the clerk, staying …", " the judge.". */
const ADDRESSEE_THEN_END = /^[ \u00A0]+(?:(?:his|her|their|its|the|a|an)[ \u00A0]+)?\p{Ll}+[ \u00A0]*(?:[.,]|$)/u;

/** Headline style: "“We will rebuild the port”: Holm after the floods" — a quote that opens its line, a colon, the speaker's name. */
function speakerAfterColon(text: string, close: number, sentence: Sentence): RawAttribution | undefined {
  const tokens = tokenize(text, close, sentence.end);
  if (tokens[0]?.text !== ':') return undefined;
  const phrase = forwardPhrase(text, tokens, 1, tokens.length, sentence.start);
  if (phrase?.kind !== 'name' || phrase.start !== tokens[1]?.start) return undefined;
  // The name ends the line or a preposition follows it ("… : Sorokin on the visit").
  const next = tokens[tokenAfter(tokens, phrase, 1)];
  if (next && !(next.isWord && !next.capitalized) && !/^[.,;]$/.test(next.text) && !HEADLINE_LINKS.has(next.lower)) return undefined;
  return { phrase, span: { start: tokens[0].start, end: phrase.end }, source: 'after' };
}

/** Capitalised link words of headline style ("… : Holm After Floods", "… : Holm On Budget"). */
const HEADLINE_LINKS = new Set(['amid', 'on', 'as', 'after', 'in', 'at', 'to', 'over', 'before', 'during', 'ahead', 'with', 'for']);

/**
 * "Varnelco has “a long road ahead” to fix its plants, says Arjun Mehra.": an attribution that ends the sentence after
 * its last comma covers a quoted phrase earlier in it. Only a time may follow it ("…, Mehra said on Monday.").
 */
function trailingAttribution(text: string, p: QuotedPassage, sentence: Sentence): RawAttribution | undefined {
  if (!p.closed) return undefined;
  const comma = text.lastIndexOf(',', sentence.end - 1);
  if (comma < p.close) return undefined;
  const attribution = attributionAfter(text, comma, sentence.end, sentence.start);
  if (!attribution) return undefined;
  const rest = text.slice(attribution.span.end, sentence.end);
  return TRAILING_REST_RE.test(rest) ? attribution : undefined;
}

/**
 * What may follow a sentence-final attribution: a day or time ("on Sunday", "minutes after the landing"), and the closing
 * punctuation.
 */
const TRAILING_REST_RE =
  /^(?:\s+(?:on|late|early|this|last)(?:\s+(?:on\s+)?\p{L}+)?|\s+(?:(?:hours|minutes|days|weeks|shortly|soon|moments)\s+)?(?:after|before)\s+[^,;:"“”]{1,60})?\s*[.!]?\s*$/u;

/** Index of the sentence containing offset `at` (binary search; sentences are sorted). */
export function sentenceIndexAt(sentences: readonly Span[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid].start <= at) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best;
}

/**
 * The person a sentence is about when it opens with them: "She pushed back against the criticism." A quote that
 * follows with no attribution of its own is theirs. Only people (a name, he/she, one described person).
 */
export function openingSubject(text: string, sentence: Span, afterOpeningPhrase = false): SpeakerPhrase | undefined {
  const tokens = tokenize(text, sentence.start, sentence.end);
  if (tokens.length === 0) return undefined;
  // "In a call with investors, Mehra addressed the crisis.": past an opening phrase.
  const first = afterOpeningPhrase ? pastOpeningPhrase(tokens, 0, tokens.length) : 0;
  if (first >= tokens.length) return undefined;
  const phrase = clauseSubject(text, tokens, first, tokens.length, sentence.start);
  if (!phrase || phrase.start !== tokens[first]!.start) return undefined;
  if (phrase.kind === 'pronoun') return phrase.head === 'he' || phrase.head === 'she' ? phrase : undefined;
  if (phrase.kind === 'name') return phrase.name?.organization ? undefined : phrase;
  return phrase.kind === 'description' && !phrase.plural ? phrase : undefined;
}
