// Noun phrases that can name a speaker, read from tokens next to a speech verb: a name ("Palace spokesman
// Ivan Sorokin", "Chile’s Ministry of Foreign Affairs"), a pronoun ("he"), a description ("A senior Chilean
// Foreign Ministry official", "Analysts") or a group reference ("both leaders").

import { isDemonym, isPlaceName } from '../lexicon/places';
import { AGENT_PARTICIPLES, speechVerbOf } from '../lexicon/speechVerbs';
import { isRoleQualifier, isTitleWord, titlePrefixLength } from '../lexicon/titles';
import { hasCommonWordShape, isCalendarWord, isCommonWord } from '../entities/commonWords';
import {
  DESCRIPTOR_NOUNS,
  DETERMINERS,
  NP_BREAKERS,
  ORGANIZATION_WORDS,
  PERSONAL_PRONOUNS,
  POSSESSIVE_DETERMINERS,
  SPEAKER_ONLY_VERBS,
  VERB_MODIFIERS,
} from './speakerWords';
import { isInitial, Token, withoutPossessive } from './tokens';

export type PhraseKind = 'name' | 'pronoun' | 'description' | 'group';

export interface SpeakerPhrase {
  kind: PhraseKind;
  /** Span of the whole noun phrase. */
  start: number;
  end: number;
  /** For 'name': the name itself, titles and possessive owners removed. */
  name?: { start: number; end: number; text: string; organization: boolean };
  /** For 'description' / 'group': the phrase without its article ("senior Chilean Foreign Ministry official"). */
  description?: string;
  /** Lower-case head noun of a description ("official"), or the pronoun. */
  head?: string;
  plural?: boolean;
}

const MAX_PHRASE_TOKENS = 12;

/** The head given to "the Swede" and "the 58-year-old": it names no role, only the person the story is about. */
export const NATIONALITY_HEAD = '(nationality)';

/** The head of a bare "another" as a speaker: one more of the kind described just before. */
export const ANOTHER = 'another';

export function isDescriptorNoun(lower: string): boolean {
  return DESCRIPTOR_NOUNS.has(lower) || isTitleWord(lower) || hasAgentShape(lower);
}

/** Nouns for people by what they do or are, beyond the listed ones: "firefighter", "rescuer", "grandmother", "paramedic". */
const AGENT_NOUN_RE = /^[a-z]{3,}(?:fighter|worker|keeper|maker|holder|owner|rescuer|er|or|ist|ian|eer|ic|mother|father|man|woman|wife|husband|parent|child)s?$/;
/** Words of those shapes that name no person. */
const NOT_AGENT_NOUNS = new Set(
  `after other another either neither whether together however never ever over under water paper order letter number
   matter power border center centre corner quarter summer winter weather answer chapter cover error factor sector
   member motor rather further later earlier error mirror interior exterior major minor floor door color colour
   favour favor labour labor honour honor harbour harbor traffic public music topic logic panic clinic republic
   magic epic plastic fabric tactic basic electric senior junior superior inferior prior former latter upper lower inner
   outer tender transfer offer disaster register shelter filter cluster barrier chamber charter character container
   computer counter encounter newsletter theater theatre poster powder rubber thunder timber fever river silver tower
   trigger wonder banner dinner manner remainder reminder shower layer lever meter liter litre parameter diameter
   behavior behaviour corridor reactor vector tractor elevator generator radiator terror horror sensor processor
   indicator`.split(/\s+/),
);

function hasAgentShape(lower: string): boolean {
  return AGENT_NOUN_RE.test(lower) && !NOT_AGENT_NOUNS.has(lower) && !NOT_AGENT_NOUNS.has(lower.replace(/s$/, ''));
}

/** A capitalised word that is only capitalised because it opens the sentence ("Analysts say", "A senior ..."). */
function isCommonWordCapitalised(t: Token, sentenceStart: number): boolean {
  if (!t.capitalized || t.start !== sentenceStart) return false;
  return DETERMINERS.has(t.lower) || POSSESSIVE_DETERMINERS.has(t.lower) || DESCRIPTOR_NOUNS.has(t.lower) ||
    PERSONAL_PRONOUNS.has(t.lower) || t.lower === 'media' || t.lower === 'both' ||
    // "However, a senior official ... admitted", "Asked whether ..., she replied"
    isCommonWord(t.text) || hasCommonWordShape(t.text);
}

function isNameToken(t: Token, sentenceStart: number): boolean {
  return t.capitalized && !isCommonWordCapitalised(t, sentenceStart);
}

/** Connectors allowed inside an organisation name ("Ministry of External Affairs", "Bank for ..."). */
function isNameConnector(tokens: Token[], i: number, runHasOrganizationWord: boolean): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!next || !next.capitalized) return false;
  if (t.lower === '&') return true;
  if (runHasOrganizationWord && (t.lower === 'of' || t.lower === 'for' || t.lower === 'and' || t.lower === 'on')) return true;
  if (t.lower !== 'and') return false;
  const title = capitalisedTitleAhead(tokens, i + 1);
  // Two portfolios in one title: "Energy and Mineral Resources Minister Jane Doe".
  if (title > i + 1) return true;
  // Two titles: "Kestrel President and Chief Legal Officer Daniel Whitcomb", "President and CEO".
  const before = tokens[i - 1];
  return title >= 0 && before !== undefined && before.capitalized && isTitleWord(before.lower);
}

/** Lower-case words from tokens[i] that end, within four words, in a title ("chief legal officer"): the last title's index, or -1. */
function lowerRoleAhead(tokens: Token[], i: number, limit: number): number {
  let lastTitle = -1;
  for (let k = i; k < limit && k - i < 4; k++) {
    const t = tokens[k]!;
    if (!t.isWord || t.capitalized) break;
    if (isTitleWord(t.lower) && !speechVerbOf(t.lower)) lastTitle = k;
    else if (!isRoleQualifier(t.lower) && !ROLE_FIELDS.has(t.lower)) break;
  }
  return lastTitle;
}

/** Fields inside a compound title: "chief legal officer", "chief operating officer", "managing director". */
const ROLE_FIELDS = new Set(['legal', 'financial', 'operating', 'technology', 'information', 'executive', 'general', 'managing', 'commercial', 'marketing']);

/**
 * Lower-case words from tokens[i] that end, within three words, in a role noun right before a capitalised name:
 * "competition chief Ilaria Benedetti" after "EU". Returns the index of the role noun, or -1.
 */
function roleBeforeNameAt(tokens: Token[], i: number, limit: number, sentenceStart: number): number {
  for (let k = i; k < limit && k - i < 3; k++) {
    const t = tokens[k]!;
    if (!t.isWord || t.capitalized) return -1;
    if ((isTitleWord(t.lower) || isDescriptorNoun(t.lower)) && !speechVerbOf(t.lower)) {
      const next = tokens[k + 1];
      return next !== undefined && k + 1 < limit && isNameToken(next, sentenceStart) ? k : -1;
    }
  }
  return -1;
}

/** The index of the first capitalised title among the capitalised words from tokens[i], within four ("Mineral Resources Minister", "Chief Legal Officer"), or -1. */
function capitalisedTitleAhead(tokens: Token[], i: number): number {
  for (let k = i; k < tokens.length && k - i < 4; k++) {
    const t = tokens[k]!;
    if (!t.isWord || !t.capitalized) return -1;
    if (isTitleWord(t.lower)) return k;
  }
  return -1;
}

/**
 * Classifies tokens[from, to) as a speaker phrase. Returns undefined for phrases that cannot speak
 * ("the trip", "the roots of their alliance").
 */
export function classifyPhrase(text: string, tokens: Token[], from: number, to: number, sentenceStart: number): SpeakerPhrase | undefined {
  while (from < to && (!tokens[from].isWord || tokens[from].lower === 'and')) from++;
  // A sentence adverb before the subject: "However, a senior official ... admitted".
  if (from + 2 < to && tokens[from].start === sentenceStart && tokens[from + 1].text === ',' && isCommonWord(tokens[from].text)) from += 2;
  while (to > from && !tokens[to - 1].isWord && !(tokens[to - 1].text === '.' && isInitial(tokens[to - 2]))) to--;
  if (to <= from) return undefined;
  const start = tokens[from].start;
  const end = tokens[to - 1].end;
  if (to - from === 1 && PERSONAL_PRONOUNS.has(tokens[from].lower)) {
    return { kind: 'pronoun', start, end, head: tokens[from].lower };
  }
  // "“…,” read one banner. Another proclaimed, “…”": a bare "another" is one more of what spoke just before.
  if (to - from === 1 && tokens[from].lower === ANOTHER) return { kind: 'pronoun', start, end, head: ANOTHER };
  // "the Swede said", "the Brazilian added": a nationality standing for the person just named.
  if (to - from === 2 && tokens[from].lower === 'the' && tokens[from + 1].capitalized && isDemonym(tokens[from + 1].text) && !/s$/.test(tokens[from + 1].lower)) {
    return { kind: 'description', start, end, description: tokens[from + 1].text, head: NATIONALITY_HEAD, plural: false };
  }
  // "the 58-year-old said": an age standing for the person just named, like a nationality.
  if (to - from === 2 && tokens[from].lower === 'the' && /^\d{1,3}-year-old$/.test(tokens[from + 1].lower)) {
    return { kind: 'description', start, end, description: tokens[from + 1].text, head: NATIONALITY_HEAD, plural: false };
  }
  // A lone word opening the sentence right before a verb that only a speaker does is the subject, even when shaped
  // like a common word: "Varling said", "Redding issued a statement". ("Polling suggests" and "Projections say" are no
  // speakers; a participle opener would be set off by a comma.)
  if (to - from === 1 && tokens[from].start === sentenceStart && tokens[from].capitalized && hasCommonWordShape(tokens[from].text) &&
    !isCommonWord(tokens[from].text) && !isDescriptorNoun(tokens[from].lower) && SPEAKER_ONLY_VERBS.has(tokens[to]?.lower ?? '')) {
    return { kind: 'name', start, end, name: { start, end, text: tokens[from].text, organization: false } };
  }
  let name = headName(text, tokens, from, to, sentenceStart);
  // "a Santiago think tank": an indefinite article before a bare name is not a speaker phrase.
  // But "a gleaming Sir Arjun", "an emotional Mehra": an epithet between the article and the person who ends the phrase.
  if (name && (tokens[from].lower === 'a' || tokens[from].lower === 'an')) {
    const between = tokens.filter((t) => t.start > tokens[from]!.start && t.end <= name!.start);
    const epithet = name.end === end && !name.organization && between.some((t) => !t.capitalized) &&
      between.every((t) => t.isWord && (!t.capitalized || isTitleWord(t.lower)));
    if (!epithet) return undefined;
  }
  // "the Senate press office", "the Valdorian foreign ministry": a body of the named owner speaks.
  if (name) {
    const rest = tokens.filter((t) => t.start >= name!.end && t.end <= end);
    const body = rest.length > 0 && rest.length <= 2 && rest.every((t) => t.isWord && !t.capitalized) && ORGANIZATION_WORDS.has(rest[rest.length - 1]!.lower);
    if (body) name = { ...name, end, text: text.slice(name.start, end), organization: true };
    return { kind: 'name', start, end, name };
  }
  // No name: a description must end in a noun for a person or a group of people.
  const last = tokens[to - 1];
  const head = withoutPossessive(last.lower);
  if (!isDescriptorNoun(head)) return undefined;
  let first = from;
  // The article goes; so does "one" in "One worker, who spoke on condition of anonymity, said".
  while (first < to - 1 && /^(?:a|an|the|one)$/.test(tokens[first].lower)) first++;
  const words = tokens.slice(first, to);
  const plural = /s$/.test(head) && !/ss$/.test(head);
  // "both leaders", "the two sides", and any people counted as two: "the two executives said" after two names.
  const counted = words.some((w) => w.lower === 'both' || w.lower === 'two');
  const leaders = words.length <= 3 && (counted || words.some((w) => w.lower === 'the')) &&
    (/^(?:leaders|sides|men|women|presidents|ministers|premiers|countries)$/.test(head) || (counted && plural));
  let description = text.slice(tokens[first].start, end);
  const opener = withoutPossessive(tokens[first].text);
  if (tokens[first].start === sentenceStart && !isDemonym(opener) && !isPlaceName(opener)) {
    description = description[0].toLowerCase() + description.slice(1);
  }
  return { kind: leaders || (words.length === 1 && head === 'both') ? 'group' : 'description', start, end, description, head, plural };
}

/**
 * The name at the head of tokens[from, to): the last run of capitalised words that is neither a possessive
 * owner ("Chile’s") nor a modifier of a role noun ("Palace" in "Palace spokesman"). Titles are removed.
 */
function headName(text: string, tokens: Token[], from: number, to: number, sentenceStart: number): SpeakerPhrase['name'] {
  let best: SpeakerPhrase['name'];
  let i = from;
  while (i < to) {
    if (!isNameToken(tokens[i], sentenceStart)) {
      i++;
      continue;
    }
    const runStart = i;
    // "Tomás Reyes of Chile", "Ajay Rao from Kestrel": a person's name before "of/from" is who is meant, not the
    // place or body after it.
    if (best && !best.organization && /^(?:of|from)$/.test(tokens[i - 1]?.lower ?? '') && best.end === tokens[i - 2]?.end) break;
    let hasOrganizationWord = false;
    let j = i;
    while (j < to) {
      const t = tokens[j];
      if (isNameToken(t, sentenceStart)) {
        if (ORGANIZATION_WORDS.has(withoutPossessive(t.lower))) hasOrganizationWord = true;
        j++;
        if (t.possessive) break;
      } else if (t.text === '.' && isInitial(tokens[j - 1])) {
        j++;
      } else if (j + 1 < to && isNameConnector(tokens, j, hasOrganizationWord || ORGANIZATION_WORDS.has(tokens[j + 1].lower))) {
        j++;
      } else break;
    }
    const lastToken = tokens[j - 1];
    const next = tokens[j];
    const isOwner = lastToken.possessive;
    const modifiesRole = next !== undefined && j < to && next.isWord && !next.capitalized && isDescriptorNoun(next.lower);
    // A nationality is no name: "Danish prime minister hails …" is a description.
    const nationality = tokens.slice(runStart, j).every((t) => !t.isWord || isDemonym(t.text));
    if (!isOwner && !modifiesRole && !nationality) {
      const words = tokens.slice(runStart, j).filter((t) => t.isWord);
      const skip = hasOrganizationWord ? 0 : titlePrefixLength(words.map((w) => w.text));
      if (skip < words.length) {
        const nameStart = words[skip].start;
        const nameEnd = lastToken.end;
        best = { start: nameStart, end: nameEnd, text: text.slice(nameStart, nameEnd), organization: hasOrganizationWord };
      }
    }
    i = j;
  }
  return best;
}

function isVerbModifier(t: Token): boolean {
  return t.isWord && !t.capitalized && (VERB_MODIFIERS.has(t.lower) || /^\p{Ll}+ly$/u.test(t.text));
}

/**
 * A description that a post-modifier follows up to the verb at tokens[verb] ("a senior official involved in the talks
 * told"), extended over it; otherwise the phrase as it was.
 */
export function withPostModifierBefore(text: string, tokens: Token[], phrase: SpeakerPhrase, verb: number): SpeakerPhrase {
  if (phrase.kind !== 'description') return phrase;
  const after = tokens.findIndex((t) => t.start >= phrase.end);
  if (after < 0 || after >= verb || !POST_MODIFIERS.has(tokens[after]!.lower)) return phrase;
  if (tokens.slice(after, verb).some((t) => !t.isWord)) return phrase;
  return withPostModifier(text, phrase, tokens[verb - 1]!.end);
}

/** A description extended over its post-modifier, up to `end`: "person" → "person familiar with the terms of the deal". */
function withPostModifier(text: string, phrase: SpeakerPhrase, end: number): SpeakerPhrase {
  if (!phrase.description || end <= phrase.end) return phrase;
  return { ...phrase, end, description: phrase.description + text.slice(phrase.end, end) };
}

/** Adjectives and participles that follow a speaker to say how they know: "familiar with the matter", "close to the talks". */
const POST_MODIFIERS = new Set(['familiar', 'close', 'briefed', 'knowledgeable', 'involved', 'privy', 'aware', 'closest']);
const POST_MODIFIER_LINKS = new Set(['with', 'to', 'on', 'about', 'in']);

/** Hard clause boundaries a subject never crosses. */
function isHardBoundary(t: Token): boolean {
  return !t.isWord && /^[“”"‘;:—–!?]$/.test(t.text);
}

/**
 * The subject of the speech verb at tokens[verb], reading backwards but not before tokens[floor].
 * "Palace spokesman Ivan Sorokin said", "Sorokin, in remarks to Chilean media, dismissed",
 * "analysts and officials contacted by VTN say", "with both ministers promoting".
 */
export function subjectBefore(text: string, tokens: Token[], verb: number, floor: number, sentenceStart: number): SpeakerPhrase | undefined {
  let j = verb - 1;
  while (j >= floor && isVerbModifier(tokens[j])) j--;
  // "Mehra on Friday told …", "Holm last week said …": a time before the verb is no subject.
  const time = timeAdverbialBefore(tokens, j, floor);
  if (time !== undefined) j = time;
  while (j >= floor && isVerbModifier(tokens[j])) j--;
  // "Senator Jane Doe (PDP) said": a party or a state in brackets after the name.
  if (j >= floor && tokens[j].text === ')') {
    let open = j - 1;
    while (open > floor && j - open < 8 && tokens[open].text !== '(') open--;
    if (tokens[open]?.text === '(') j = open - 1;
  }
  if (j < floor) return undefined;
  if (tokens[j].text === ',') {
    // ", saying that …": a participle after a comma belongs to the main clause; its subject speaks when the
    // clause opens with a person ("Jane Doe rejected the criticism, saying …").
    if (/ing$/.test(tokens[verb].lower)) {
      const subject = clauseSubject(text, tokens, floor, j, sentenceStart);
      return subject?.kind === 'name' && !subject.name?.organization && subject.start === tokens[floor]?.start ? subject : undefined;
    }
    return subjectBeforeAppositive(text, tokens, j, floor, sentenceStart);
  }
  // A second verb of one subject: "the two leaders set a goal … and pledged to “…”".
  if (tokens[j].lower === 'and' && !/ing$/.test(tokens[verb].lower)) {
    const subject = clauseSubject(text, tokens, floor, j, sentenceStart);
    // (A description only when it opens the sentence: "The ministry rebuffed the criticism and said …".)
    return subject && (subject.kind !== 'description' || subject.start === sentenceStart) ? subject : undefined;
  }
  const phrase = phraseEndingAt(text, tokens, j, floor, sentenceStart) ?? subjectBeforeRelativeClause(text, tokens, j, floor, sentenceStart);
  return (phrase && (personBeforeAffiliation(text, tokens, phrase, floor, sentenceStart) ?? bodyBeforePlace(text, tokens, phrase, floor, sentenceStart))) ?? phrase;
}

/** A weekday or a month as a name: "Friday", "December" (not "may", "march"). */
function isDayOrMonth(t: Token | undefined): boolean {
  return t !== undefined && t.isWord && t.capitalized && isCalendarWord(t.text);
}

/**
 * The index before a time adverbial ending at tokens[j] ("on Friday", "on 4 December", "last week", "earlier this
 * month"), or undefined when none ends there.
 */
function timeAdverbialBefore(tokens: Token[], j: number, floor: number): number | undefined {
  let k = j;
  // "on March 3, 2021,": the year and its commas go with the date.
  const yearAt = tokens[k]?.text === ',' ? k - 1 : k;
  if (yearAt - 1 >= floor && /^\d{4}$/.test(tokens[yearAt]!.text) && tokens[yearAt - 1]!.text === ',' && /^\d{1,2}$/.test(tokens[yearAt - 2]?.text ?? '')) k = yearAt - 2;
  // "on 4 December", "on December 4": a day number beside the month.
  if (k >= floor && /^\d{1,2}$/.test(tokens[k]!.text) && isDayOrMonth(tokens[k - 1])) k--;
  if (k >= floor && isDayOrMonth(tokens[k])) {
    if (k - 1 >= floor && /^\d{1,2}$/.test(tokens[k - 1]!.text)) k--;
    if (k - 1 >= floor && /^(?:on|last|this|next|early|late)$/.test(tokens[k - 1]!.lower)) return k - 2;
    return undefined;
  }
  if (k - 1 >= floor && /^(?:week|month|year)$/.test(tokens[k]!.lower) && /^(?:last|this)$/.test(tokens[k - 1]!.lower)) {
    return tokens[k - 2]?.lower === 'earlier' ? k - 3 : k - 2;
  }
  return undefined;
}

/** "the Valdorian Embassy in Lisbon said": the body in that place speaks, named with its place, not the place. */
function bodyBeforePlace(text: string, tokens: Token[], phrase: SpeakerPhrase, floor: number, sentenceStart: number): SpeakerPhrase | undefined {
  if (phrase.kind !== 'name' || !phrase.name || !isPlaceName(withoutPossessive(phrase.name.text))) return undefined;
  const first = tokens.findIndex((t) => t.start === phrase.start);
  if (first - 2 < floor || tokens[first - 1]?.lower !== 'in') return undefined;
  const body = phraseEndingAt(text, tokens, first - 2, floor, sentenceStart);
  // "Karim Benali of Rhône Capital in Lyon said": the person who works there (read back, the name runs over "of").
  const bodyFirst = body ? tokens.findIndex((t) => t.start === body.start) : -1;
  const ofAt = bodyFirst < 0 ? -1 : tokens.findIndex((t, k) => k > bodyFirst && k < first - 2 && t.lower === 'of');
  if (ofAt > 0) {
    const workplace = { start: tokens[ofAt + 1]!.start, end: tokens[first - 2]!.end };
    const org: SpeakerPhrase = { kind: 'name', ...workplace, name: { ...workplace, text: text.slice(workplace.start, workplace.end), organization: true } };
    const person = personBeforeAffiliation(text, tokens, org, floor, sentenceStart);
    if (person) return person;
  }
  if (body?.kind !== 'name' || !body.name?.organization) return undefined;
  // A mission abroad is named with its city ("the Embassy of Valdoria in Bucharest"); a body at home is not ("the
  // Ministry of Agriculture in Paris" is the Ministry of Agriculture).
  return withPostingPlace(text, body);
}

/** Bodies that one state keeps in many places, told apart by where they are. */
const POSTED_BODY = /\b(?:Embassy|Consulate|Consulate[- ]General|High Commission|Mission|Delegation|Office|Bureau|Branch)\b/;

/** "A worker who asked not to be named because he was not authorised to speak said": the noun before "who". */
function subjectBeforeRelativeClause(text: string, tokens: Token[], last: number, floor: number, sentenceStart: number): SpeakerPhrase | undefined {
  for (let k = last; k > floor && last - k < 30; k--) {
    const t = tokens[k];
    if (isHardBoundary(t) || t.text === ',') return undefined;
    if (t.lower === 'who') {
      const phrase = phraseEndingAt(text, tokens, k - 1, floor, sentenceStart);
      if (!phrase || phrase.kind === 'pronoun') return undefined;
      // "a former mayor of Cusco who promised …": who holds an office over a place, not the place.
      const office = phrase.kind === 'name' ? personBeforeAffiliation(text, tokens, phrase, floor, sentenceStart, true) : undefined;
      return office ?? phrase;
    }
  }
  return undefined;
}

/** "Ajay Rao of the Trade Institute said": the person before "of/at/from", not their organisation. */
function personBeforeAffiliation(
  text: string,
  tokens: Token[],
  phrase: SpeakerPhrase,
  floor: number,
  sentenceStart: number,
  /** Also an office over a named place ("mayor of Cusco"), where the name cannot be the person. */
  officeOverPlace = false,
): SpeakerPhrase | undefined {
  const first = tokens.findIndex((t) => t.start === phrase.start);
  const link = tokens[first - 1];
  if (first - 2 < floor || !link || !/^(?:of|at|from)$/.test(link.lower)) return undefined;
  const person = phraseEndingAt(text, tokens, first - 2, floor, sentenceStart);
  if (!person) return undefined;
  // "A senior official at the ministry told …": the official speaks, the ministry is where they work.
  if (person.kind === 'description') {
    const office = officeOverPlace && person.head !== undefined && isTitleWord(person.head);
    return phrase.kind !== 'name' || phrase.name?.organization || office ? person : undefined;
  }
  if (!isNameToken(tokens[first - 2], sentenceStart)) return undefined;
  return person.kind === 'name' && !person.name?.organization ? person : undefined;
}

/** The noun phrase that ends at tokens[last], read backwards. */
export function phraseEndingAt(text: string, tokens: Token[], last: number, floor: number, sentenceStart: number): SpeakerPhrase | undefined {
  let k = last;
  let first = last + 1;
  // The end of a post-modifier read past ("familiar with the case"): a description keeps it.
  let modifierEnd: number | undefined;
  const isPostModifierAt = (link: number) => link > floor && POST_MODIFIER_LINKS.has(tokens[link]!.lower) && POST_MODIFIERS.has(tokens[link - 1]!.lower);
  while (k >= floor && last - k < MAX_PHRASE_TOKENS) {
    const t = tokens[k];
    if (t.isWord) {
      if (PERSONAL_PRONOUNS.has(t.lower) && !t.capitalized || (t.capitalized && PERSONAL_PRONOUNS.has(t.lower) && t.start === sentenceStart)) {
        if (k === last) first = k;
        break;
      }
      // "people close to Osei", "an official familiar with the case": the subject comes before the modifier.
      if (isPostModifierAt(k)) {
        modifierEnd ??= tokens[last]!.end;
        k -= 2;
        last = k;
        first = k + 1;
        continue;
      }
      if (t.lower === 'by' && k > floor && AGENT_PARTICIPLES.has(tokens[k - 1].lower)) {
        // "experts contacted by VTN": the agent is not the subject; restart before the participle.
        k -= 2;
        last = k;
        first = k + 1;
        continue;
      }
      if (isNameToken(t, sentenceStart)) {
        first = k;
      } else if (NP_BREAKERS.has(t.lower) && !(t.lower === 'of' && k + 1 <= last && tokens[k + 1].capitalized && k > floor && tokens[k - 1].capitalized)) {
        break;
      } else if (t.lower === 'and') {
        const left = tokens[k - 1];
        if (!left || k - 1 < floor || !left.isWord || NP_BREAKERS.has(left.lower)) break;
        first = k;
      } else if (speechVerbOf(t.lower) && k !== last && !t.capitalized && !isDescriptorNoun(t.lower)) {
        break;
      } else {
        first = k;
        if (DETERMINERS.has(t.lower) && t.lower !== 'two' && t.lower !== 'both' || POSSESSIVE_DETERMINERS.has(t.lower)) {
          // "familiar with the case": the determiner opens the modifier's object.
          if (!isPostModifierAt(k - 1)) break;
          modifierEnd ??= tokens[last]!.end;
          k -= 3;
          last = k;
          first = k + 1;
          continue;
        }
      }
    } else if (t.text === '.' && k > floor && isInitial(tokens[k - 1])) {
      first = k;
    } else {
      break;
    }
    k--;
  }
  if (first > last) return undefined;
  const phrase = classifyPhrase(text, tokens, first, last + 1, sentenceStart);
  return phrase?.kind === 'description' && modifierEnd !== undefined ? withPostModifier(text, phrase, modifierEnd) : phrase;
}

/**
 * Verb preceded by a comma: the words between commas are appositives ("A senior official, speaking
 * anonymously, described"); the subject is the first segment of the clause that reads as a speaker.
 */
function subjectBeforeAppositive(text: string, tokens: Token[], comma: number, floor: number, sentenceStart: number): SpeakerPhrase | undefined {
  let clauseStart = comma;
  while (clauseStart > floor && !isHardBoundary(tokens[clauseStart - 1])) clauseStart--;
  return clauseSubject(text, tokens, clauseStart, comma + 1, sentenceStart, true);
}

/**
 * The subject at the start of the clause tokens[from, to): the first comma-separated segment that reads as a
 * speaker, skipping adverbial and participial openers ("Speaking to reporters, X rejected the claims:").
 * With `wholeSegment`, a description must fill its segment (an appositive, not the start of a clause).
 */
export function clauseSubject(text: string, tokens: Token[], from: number, to: number, sentenceStart: number, wholeSegment = false): SpeakerPhrase | undefined {
  const segments: Array<[number, number]> = [];
  let segStart = from;
  for (let i = from; i <= to; i++) {
    if (i === to || tokens[i].text === ',') {
      if (i > segStart) segments.push([segStart, i]);
      segStart = i + 1;
    }
  }
  for (let n = 0; n < segments.length; n++) {
    const [s, e] = segments[n]!;
    const first = tokens[s];
    // Adverbial and participial segments ("Speaking to reporters", "in remarks to the media") are not subjects.
    // (Not "Mining Minister Carolina Vidal": an -ing word before a capitalised title is part of the title.)
    const participle = /ing$/.test(first.lower) && !(tokens[s + 1]?.capitalized && s + 1 < e);
    if (first.isWord && (NP_BREAKERS.has(first.lower) || participle)) continue;
    const phrase = forwardPhrase(text, tokens, s, e, sentenceStart);
    if (!phrase) continue;
    // "The company’s spokeswoman, Jane Doe, said": the name in apposition is who speaks. So in "the EU trade
    // commissioner, Jane Doe, said", where the segment opens with a name but ends in a noun for a person.
    const rolePhrase = phrase.kind === 'description' || (phrase.kind === 'name' && isDescriptorNoun(tokens[e - 1]!.lower) && tokens[e - 1]!.start >= phrase.end);
    if (rolePhrase && !phrase.plural && segments[n + 1]) {
      const [ns, ne] = segments[n + 1]!;
      const named = forwardPhrase(text, tokens, ns, ne, sentenceStart);
      if (named?.kind === 'name' && !named.name?.organization && named.end === tokens[ne - 1]!.end) return named;
    }
    if (!wholeSegment || phrase.end === tokens[e - 1].end || phrase.kind === 'name') return phrase;
    // A description with its affiliation still fills the segment: "a senior official at the Finance Ministry".
    const after = tokens.findIndex((t, k) => k >= s && k < e && t.start >= phrase.end);
    // "A person familiar with the terms of the deal": the description keeps what says how they know.
    if (phrase.kind === 'description' && after > 0 && POST_MODIFIERS.has(tokens[after].lower)) return withPostModifier(text, phrase, tokens[e - 1]!.end);
    if (phrase.kind === 'description' && after > 0 && /^(?:at|of|from|with|in)$/.test(tokens[after].lower)) return phrase;
  }
  return undefined;
}

/**
 * The noun phrase starting at tokens[from] and reading forwards, not past tokens[limit]: "Karim Benali"
 * in "said Karim Benali of the Trade Policy Institute", "the official" in "the official said".
 */
export function forwardPhrase(text: string, tokens: Token[], from: number, limit: number, sentenceStart: number): SpeakerPhrase | undefined {
  const phrase = forwardPhraseOnly(text, tokens, from, limit, sentenceStart);
  return phrase && withPostingPlace(text, phrase);
}

/** A mission abroad named with its city, however the speaker is read: "the Embassy of Valdoria in Reykjavik said". */
function withPostingPlace(text: string, phrase: SpeakerPhrase): SpeakerPhrase {
  if (phrase.kind !== 'name' || !phrase.name?.organization || !POSTED_BODY.test(phrase.name.text)) return phrase;
  const place = /^[ \u00A0]+in[ \u00A0]+(\p{Lu}[\p{L}’'-]*(?:[ \u00A0]\p{Lu}[\p{L}’'-]*)*)/u.exec(text.slice(phrase.name.end, phrase.name.end + 40));
  if (!place || !isPlaceName(place[1]!)) return phrase;
  const end = phrase.name.end + place[0].length;
  return { ...phrase, end: Math.max(phrase.end, end), name: { ...phrase.name, end, text: text.slice(phrase.name.start, end) } };
}

/** A lower-case role noun within the next two plain words from `from`: the compound goes on to it. */
function descriptorNounAhead(tokens: Token[], from: number, limit: number): boolean {
  for (let k = from; k < Math.min(limit, from + 2); k++) {
    const t = tokens[k]!;
    if (!t.isWord || t.capitalized || NP_BREAKERS.has(t.lower) || speechVerbOf(t.lower)) return false;
    if (isDescriptorNoun(t.lower)) return true;
  }
  return false;
}

function forwardPhraseOnly(text: string, tokens: Token[], from: number, limit: number, sentenceStart: number): SpeakerPhrase | undefined {
  let i = from;
  while (i < limit && tokens[i].text === ',') i++;
  if (i >= limit) return undefined;
  const startIndex = i;
  const t0 = tokens[i];
  if (!t0.isWord) return undefined;
  if (PERSONAL_PRONOUNS.has(t0.lower)) return classifyPhrase(text, tokens, i, i + 1, sentenceStart);
  // "its spokesman, Dmytro Savchuk, said": the body's person, named in apposition after the role.
  if ((t0.lower === 'its' || t0.lower === 'their') && i + 1 < limit && isDescriptorNoun(tokens[i + 1]!.lower)) return forwardPhrase(text, tokens, i + 1, limit, sentenceStart);
  let sawName = false;
  let sawHeadNoun = false;
  let hasOrganizationWord = false;
  let end = i;
  for (; i < limit && i - startIndex < MAX_PHRASE_TOKENS; i++) {
    const t = tokens[i];
    if (t.isWord) {
      if (isNameToken(t, sentenceStart)) {
        sawName = true;
        if (ORGANIZATION_WORDS.has(withoutPossessive(t.lower))) hasOrganizationWord = true;
        end = i + 1;
        continue;
      }
      // (A title takes "for" too: "Federal Minister for Energy Tariq Bhatti"; not "of", as "the Head of State" is no name.)
      const titleFor = t.lower === 'for' && i > startIndex && isTitleWord(tokens[i - 1]!.lower);
      if (sawName && isNameConnector(tokens, i, hasOrganizationWord || titleFor || (i + 1 < limit && ORGANIZATION_WORDS.has(tokens[i + 1].lower)))) {
        continue;
      }
      if (sawName) {
        // A body of the named owner: "the Senate press office", "the Valdorian foreign ministry".
        const next = tokens[i + 1];
        if (ORGANIZATION_WORDS.has(t.lower)) {
          end = i + 1;
          continue;
        }
        if (i + 1 < limit && next?.isWord && !next.capitalized && ORGANIZATION_WORDS.has(next.lower) && !speechVerbOf(t.lower)) {
          end = i + 2;
          i++;
          continue;
        }
        // Modifiers, then a role noun and the name: "EU competition chief Ilaria Benedetti".
        const role = isDescriptorNoun(t.lower) ? -1 : roleBeforeNameAt(tokens, i, limit, sentenceStart);
        if (role > i) {
          sawName = false;
          sawHeadNoun = true;
          end = role + 1;
          i = role;
          continue;
        }
        // A lower-case role noun right after an owner name: "Palace spokesman ...", "Chile’s foreign ministry".
        if (isDescriptorNoun(t.lower) && !speechVerbOf(t.lower)) {
          sawName = false;
          sawHeadNoun = true;
          end = i + 1;
          continue;
        }
        break;
      }
      // Two roles of one person: "the company's president and chief legal officer, Daniel Whitcomb, said".
      if (sawHeadNoun && t.lower === 'and') {
        const role = lowerRoleAhead(tokens, i + 1, limit);
        if (role > i) {
          end = role + 1;
          i = role;
          continue;
        }
      }
      // A role with its field before the name: "head of public policy Arjun Mehra".
      if (sawHeadNoun && t.lower === 'of' && isTitleWord(tokens[i - 1]!.lower)) {
        const name = fieldThenName(tokens, i + 1, limit, sentenceStart);
        if (name > i) {
          end = name;
          i = name - 1;
          continue;
        }
      }
      if (NP_BREAKERS.has(t.lower) || speechVerbOf(t.lower) && !isDescriptorNoun(t.lower)) break;
      // A lower-case title before a name: "Peru's deputy prime minister Diego Salas".
      if (sawHeadNoun && (isTitleWord(t.lower) || isRoleQualifier(t.lower)) && titleLeadsToName(tokens, i, limit, sentenceStart)) {
        end = i + 1;
        continue;
      }
      // (A noun may still lead to a later head: "the police station in-charge", "the army press officer".)
      if (sawHeadNoun && !isDescriptorNoun(t.lower) && !descriptorNounAhead(tokens, i + 1, limit)) break;
      if (isDescriptorNoun(t.lower)) sawHeadNoun = true;
      end = i + 1;
    } else if (t.text === '.' && i > startIndex && isInitial(tokens[i - 1])) {
      end = i + 1;
    } else if (sawName && t.text === '(' && tokens[i + 2]?.text === ')' && /^\p{Lu}{2,}$/u.test(tokens[i + 1]?.text ?? '')) {
      // "Ministry of External Affairs (MEA) spokesperson Anand Kulkarni": the acronym in brackets belongs to the name.
      i += 2;
    } else break;
  }
  if (end <= startIndex) return undefined;
  const phrase = classifyPhrase(text, tokens, startIndex, end, sentenceStart);
  return phrase?.kind === 'description' ? withPostModifierAfter(text, tokens, phrase, end, limit) : phrase;
}

/** "said an official familiar with the talks": a description after its verb keeps what says how they know. */
function withPostModifierAfter(text: string, tokens: Token[], phrase: SpeakerPhrase, next: number, limit: number): SpeakerPhrase {
  if (next + 2 >= limit || !POST_MODIFIERS.has(tokens[next]!.lower) || !POST_MODIFIER_LINKS.has(tokens[next + 1]!.lower)) return phrase;
  let k = next + 2;
  while (k < limit && k - next < 10 && tokens[k]!.isWord && !/^(?:who|which|that|and|but)$/.test(tokens[k]!.lower)) {
    // (After a determiner a verb's form is a noun: "the terms".)
    if (speechVerbOf(tokens[k]!.lower) && !DETERMINERS.has(tokens[k - 1]!.lower)) break;
    // The object may take "of" ("the terms of the deal"); another preposition opens an adverbial ("on Tuesday").
    if (NP_BREAKERS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'of' && !DETERMINERS.has(tokens[k]!.lower)) break;
    k++;
  }
  return k > next + 2 ? withPostModifier(text, phrase, tokens[k - 1]!.end) : phrase;
}

/** Lower-case field words from tokens[i] ("public policy", "global affairs") up to a name within four: the name's index, or -1. */
function fieldThenName(tokens: Token[], i: number, limit: number, sentenceStart: number): number {
  for (let k = i; k < limit && k - i < 4; k++) {
    const t = tokens[k]!;
    if (isNameToken(t, sentenceStart)) return k > i ? k : -1;
    if (!t.isWord || t.capitalized || NP_BREAKERS.has(t.lower) || speechVerbOf(t.lower)) return -1;
  }
  return -1;
}

/** Do lower-case title words from tokens[i] run straight into a capitalised name? */
function titleLeadsToName(tokens: Token[], i: number, limit: number, sentenceStart: number): boolean {
  for (let k = i; k < limit && k - i < 4; k++) {
    const t = tokens[k];
    if (!t.isWord) return false;
    if (isNameToken(t, sentenceStart)) return true;
    if (!isTitleWord(t.lower) && !isRoleQualifier(t.lower)) return false;
  }
  return false;
}

/** "had made clear that …", "makes clear": a two-word phrase that reports speech as "said" does; true at "made". */
export function isMakeClearAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  return t !== undefined && t.isWord && !t.capitalized && /^(?:make|makes|made|making)$/.test(t.lower) && tokens[i + 1]?.lower === 'clear';
}

/**
 * Is tokens[i] used as a speech verb? A lower-case verb form not followed by a role noun ("think tank",
 * "report authors") and not preceded by an article ("the report", "a statement").
 */
export function isSpeechVerbAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (isMakeClearAt(tokens, i)) return true;
  if (!t || !t.isWord || t.capitalized || !speechVerbOf(t.lower)) return false;
  // Past forms are never nouns ("said analysts"); present forms may be ("think tank", "report authors").
  const past = /ed$/.test(t.lower) || t.lower === 'said' || t.lower === 'told' || t.lower === 'wrote' || t.lower === 'thought';
  const next = tokens[i + 1];
  if (!past && next && next.isWord && !next.capitalized && isDescriptorNoun(next.lower) && !DETERMINERS.has(next.lower)) return false;
  // A noun for a person before their name: "senior advocate Vikram Rao", "counsel Jane Doe".
  if (!past && next?.capitalized && DESCRIPTOR_NOUNS.has(t.lower)) return false;
  const prev = tokens[i - 1];
  // "Peruvian state media", "Chinese state television": a demonym makes the word an adjective's noun, not a verb.
  if (!past && prev && isDemonym(prev.text)) return false;
  return !(prev && (prev.lower === 'a' || prev.lower === 'an' || prev.lower === 'the'));
}
