// Turns speaker phrases into speakers: names into the canonical name of their entity mention, pronouns
// ("he said") into the most recent speaker, definite descriptions ("the official said") into the speaker
// they were introduced as, and group references ("both leaders") into the people named next to them.

import type { EntityMention, SpeakerKind, Span } from '../types';
import { isDemonym, isPlaceName } from '../lexicon/places';
import { isKnownNonCompany } from '../lexicon/organizations';
import { speechVerbOf } from '../lexicon/speechVerbs';
import { isRoleQualifier, isTitleWord, matchRoleAfter, matchTitleBefore, roleVariants, titlePrefixLength } from '../lexicon/titles';
import { ANOTHER, isDescriptorNoun, NATIONALITY_HEAD, type SpeakerPhrase } from './speakerPhrase';
import { COMMENTATOR_NOUNS, ISSUING_VERBS, ORGANIZATION_WORDS, STATEMENT_NOUNS, STATING_VERBS } from './speakerWords';
import { withoutPossessive } from './tokens';
import { PREPOSITIONS } from '../figures/wordClasses';
import { escapeRegExp } from '../text/regex';
import { appositiveAfter } from '../text/appositive';

export interface Speaker {
  name: string;
  kind: SpeakerKind;
}

interface Antecedent {
  at: number;
  speaker: Speaker;
  /** Lower-case role words said of this speaker ("palace spokesman", "senior chilean foreign ministry official"). */
  role: string;
  /** A speaker that first appeared as a description ("A senior ... official") rather than a name. */
  described: boolean;
  /** A plural description ("Pakistani officials"): never "he" or "she". */
  plural: boolean;
  /** A name said with another's ("Ivan Sorokin and chief legal officer Jana Holm said"): the two are "they". */
  joint?: boolean;
}

/** Nouns for a business that "the company said" may stand for, whatever the company is called. */
const CORPORATE_NOUNS = new Set(['company', 'firm', 'operator', 'carmaker', 'automaker', 'miner', 'refiner', 'lender', 'insurer', 'airline', 'manufacturer', 'producer', 'retailer', 'conglomerate',
  // A publisher is a business too: "the site added", "the newspaper reported".
  'site', 'website', 'newspaper', 'broadcaster', 'outlet', 'publication']);

/** How many sentences after an unresolved description a person holding its role may be named. */
const NAMED_NEXT_REACH = 2;

/** Nouns for a sports club: "the club said" in a report on a transfer means the club the report is about. */
const TEAM_NOUNS = new Set(['club', 'team', 'side']);
/** How many sentences back "the club" looks for the clubs it may mean. */
const MAIN_BODY_REACH = 8;

/**
 * Nouns for a body of members of any kind: "the group said" after a company, a cartel of states or a campaign. They
 * mean the body the report is about, named most in the last few sentences, not one named in passing since.
 */
const MEMBERSHIP_NOUNS = new Set(['group', 'alliance', 'coalition', 'organization', 'organisation']);

/** Nouns for a public body that oversees others: "the regulator said" after "the Food Safety Authority". */
const REGULATOR_NOUNS = new Set(['regulator', 'watchdog']);
/** Nouns for any public body: "the agency said" after "the World Health Organization issued an alert". */
const PUBLIC_BODY_NOUNS = new Set(['agency', 'body', 'organisation', 'organization', 'institution']);
/** Bodies that are no company: "the company said" never means them. */
const PUBLIC_BODY_RE = /\b(?:ministry|department|government|agency|council|commission|embassy|court|tribunal|parliament|senate|assembly|police|army|navy|force|guard|trust|foundation|society|association|university|institute|institutet|college|school|hospital|charity|union|federation|authority|board|bureau|office|organi[sz]ation)\b/;
const REGULATOR_BODY_RE = /\b(?:authority|agency|commission|administration|board|bureau|office|organi[sz]ation|regulator|watchdog|ministry|department|directorate|inspectorate)\b/;

/** A noun for a written statement (STATEMENT_NOUNS), as a regular-expression group. */
const STATEMENT_NOUN = `(?:${[...STATEMENT_NOUNS].join('|')})`;
/** Verbs of issuing and of saying in a statement, as regular-expression groups. */
const ISSUING_VERB = `(?:${[...ISSUING_VERBS].join('|')}|put[ \u00A0]+out)`;
const STATING_VERB = `(?:${[...STATING_VERBS].join('|')})`;
/** "… said in a statement", "… issued a statement", right after the issuer's name. */
const ISSUED_STATEMENT_AFTER = new RegExp(
  String.raw`^[’']?s?[ \u00A0]+(?:\p{Ll}+[ \u00A0]+)?${STATING_VERB}[ \u00A0]+in[ \u00A0]+(?:a|its)[ \u00A0]+(?:\p{Ll}+[ \u00A0]+)?${STATEMENT_NOUN}\b` +
    String.raw`|^[ \u00A0]+${ISSUING_VERB}[ \u00A0]+(?:a|its)[ \u00A0]+(?:\p{Ll}+[ \u00A0]+)?${STATEMENT_NOUN}\b`,
  'u',
);
/** "a statement from", "the release issued by": the issuer is named next. */
const STATEMENT_FROM_BEFORE = new RegExp(String.raw`\b${STATEMENT_NOUN}[ \u00A0]+(?:${ISSUING_VERB}[ \u00A0]+)?(?:from|by)[ \u00A0]+(?:the[ \u00A0]+)?$`, 'iu');

/** "The ministry said in a statement", "the company issued a statement": a body described, issuing a statement. */
const DESCRIBED_ISSUER = new RegExp(
  String.raw`\b[Tt]he[ \u00A0]+(\p{Ll}+)[ \u00A0]+(?:${STATING_VERB}[ \u00A0]+in|${ISSUING_VERB})[ \u00A0]+(?:a|its)[ \u00A0]+(?:\p{Ll}+[ \u00A0]+)?${STATEMENT_NOUN}\b`,
  'gu',
);
/** "In a statement, the ministry said": the issuer follows. */
const IN_A_STATEMENT_BEFORE = new RegExp(String.raw`\bin (?:a|its) ${STATEMENT_NOUN},[ \u00A0]+(?:the[ \u00A0]+)?$`, 'iu');

/** A body described with up to two modifiers, right before a word: "The central bank " (said). */
const DESCRIBED_BODY_BEFORE = /\b[Tt]he[ \u00A0]+((?:\p{Ll}+[ \u00A0]+){0,2}?)(\p{Ll}+)[ \u00A0]+$/u;

/** How many sentences back a pronoun may reach for a speaker before the nearest person mention wins. */
const PRONOUN_REACH = 3;

/** A head noun that names a body ("company", "regulator", "ministry"), not a person. */
function isBodyNoun(head: string): boolean {
  return CORPORATE_NOUNS.has(head) || REGULATOR_NOUNS.has(head) || PUBLIC_BODY_NOUNS.has(head) || ORGANIZATION_WORDS.has(head);
}

/** " in Tila", " at Mocuba District Hospital", " of the Rajasthan Drugs Control Department": a preposition and a name. */
const NAMED_AFFILIATION = /^[ \u00A0]+(?:in|at|of|from)[ \u00A0]+(?:the[ \u00A0]+)?\p{Lu}[\p{L}’'.-]*(?:[ \u00A0]+(?:(?:of|and|for|de|del|da)[ \u00A0]+)?\p{Lu}[\p{L}’'.-]*)*/u;

/** Unnamed members of a body, named with the body before them: "a senior Finance Ministry official". */
const BODY_MEMBER_NOUNS = new Set(['official', 'executive', 'manager', 'spokesperson', 'spokesman', 'spokeswoman', 'source', 'officer', 'diplomat']);

/** " at a state-run refiner", " at a Lagos bank": where an unnamed speaker works, described (not "at the ministry"). */
const INDEFINITE_AFFILIATION = /^[ \u00A0]+(?:at|in|of|from|with)[ \u00A0]+(?:a|an)[ \u00A0]+(?:[\p{L}-]+[ \u00A0]+){0,4}\p{Ll}[\p{Ll}-]*/u;

/** " at the hospital", " of the state drugs control department": where an unnamed speaker is, in common nouns. */
const DEFINITE_AFFILIATION = /^[ \u00A0]+(?:at|of)[ \u00A0]+the[ \u00A0]+(?:[\p{Ll}-]+[ \u00A0]+){0,4}\p{Ll}[\p{Ll}-]*/u;

/**
 * Where the words after a speaker's place give way to the clause ("at a state-run refiner said", "at the hospital who
 * asked"): the index of the speech verb or "who", or -1. (After an article a verb's form is a noun: "at a state refiner".)
 */
function clauseAfterPlace(words: readonly string[]): number {
  return words.findIndex((w, k) => (speechVerbOf(w) !== undefined && !/^(?:a|an|the)$/.test(words[k - 1] ?? '')) || w === 'who');
}

export class SpeakerResolver {
  private readonly history: Antecedent[] = [];
  private readonly roles = new Map<string, string>();
  private persons: EntityMention[];

  constructor(
    private readonly text: string,
    private readonly entities: readonly EntityMention[],
    /** Spans inside direct quotes: mentions there are not antecedents. */
    private readonly quoted: readonly Span[],
  ) {
    this.persons = entities.filter((e) => e.type === 'person' && !this.isQuoted(e.start));
    if (entities.length === 0) this.persons = personLikeNames(text).filter((e) => !this.isQuoted(e.start));
  }

  /** Resolves a phrase found at its own offset; `sentence` is the sentence holding it. Records it as an antecedent. */
  resolve(phrase: SpeakerPhrase, sentence: Span, sentenceIndexOf: (at: number) => number): Speaker | undefined {
    const speaker = this.resolveOnly(phrase, sentence, sentenceIndexOf);
    if (speaker) this.remember(phrase, speaker);
    return speaker;
  }

  private resolveOnly(phrase: SpeakerPhrase, sentence: Span, sentenceIndexOf: (at: number) => number): Speaker | undefined {
    switch (phrase.kind) {
      case 'name':
        return this.named(phrase, sentenceIndexOf);
      case 'pronoun':
        return this.pronoun(phrase, sentenceIndexOf);
      case 'group':
        return this.group(phrase, sentence, sentenceIndexOf) ?? { name: phrase.description ?? '', kind: 'description' };
      case 'description':
        return this.description(phrase, sentenceIndexOf);
    }
  }

  private remember(phrase: SpeakerPhrase, speaker: Speaker): void {
    let role = phrase.kind === 'description' ? (phrase.description ?? '').toLowerCase() : '';
    if (phrase.kind === 'name' && phrase.name) {
      const before = matchTitleBefore(this.text, phrase.name.start);
      const after = matchRoleAfter(this.text, phrase.name.end);
      const mention = this.mentionAt(phrase.name);
      role = [before?.text, after?.text ?? appositiveRoleAfter(this.text, phrase.name.end), mention?.role].filter(Boolean).join(' ').toLowerCase();
    }
    const joint = phrase.kind === 'name' && phrase.name !== undefined && this.namedWithAnother(phrase.name.end);
    this.history.push({ at: phrase.start, speaker, role, described: phrase.kind === 'description', plural: phrase.plural === true, joint });
  }

  /** Whether another person's name follows `end` after "and" and at most a role in lower case: "… and chief legal officer Jana Holm". */
  private namedWithAnother(end: number): boolean {
    const joined = /^[ \u00A0]+and[ \u00A0]+(?:\p{Ll}[\p{Ll}-]*[ \u00A0]+){0,5}/u.exec(this.text.slice(end, end + 80));
    return joined !== null && this.persons.some((e) => e.start === end + joined[0].length);
  }

  /** Where the quote that an attribution at `at` closes opens ("“A. B,” the minister said"), else `at` itself. */
  private quoteOpening(at: number): number {
    const closed = this.quoted.find((q) => q.end <= at && /^[\s,.’”"']*$/u.test(this.text.slice(q.end, at)));
    return closed?.start ?? at;
  }

  private isQuoted(at: number): boolean {
    return this.quoted.some((q) => q.start <= at && at < q.end);
  }

  private mentionAt(span: Span): EntityMention | undefined {
    let best: EntityMention | undefined;
    let bestScore = 0;
    for (const e of this.entities) {
      const overlap = Math.min(e.end, span.end) - Math.max(e.start, span.start);
      if (overlap <= 0) continue;
      const score = overlap + (e.type === 'person' ? 1000 : e.type === 'organization' ? 500 : 0);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    return best;
  }

  private named(phrase: SpeakerPhrase, sentenceIndexOf: (at: number) => number): Speaker | undefined {
    const name = phrase.name;
    if (!name) return undefined;
    const mention = this.mentionAt(name);
    const plain = withoutPossessive(name.text);
    // "the Gunners said", "the Valdorians said": a team's nickname, plural, capitalised and used once for variety, for
    // the body the article is about. (Not a nationality, "the Swedes", nor a group named again and again, "the Houthis".)
    if (/^\p{Lu}\p{Ll}+s$/u.test(plain) && !isDemonym(plain.toLowerCase()) && /\bthe[ \u00A0]+$/i.test(this.text.slice(Math.max(0, name.start - 5), name.start)) &&
      (!mention || (mention.canonical === plain && this.entities.filter((e) => e.canonical === plain).length === 1))) {
      const team = this.mainOrganisationBefore(name.start, sentenceIndexOf);
      if (team) return team;
    }
    // "the Senate press office": the body is named by more than its owner's mention.
    if (mention && name.organization && mention.end < name.end && mention.start >= name.start) return { name: name.text, kind: 'organization' };
    if (mention && (mention.type === 'person' || mention.type === 'organization' || mention.type === 'place')) {
      return { name: mention.canonical, kind: mention.type === 'person' ? 'person' : 'organization' };
    }
    const organization = name.organization || isPlaceName(plain);
    if (!plain.includes(' ')) {
      // A surname alone: the fuller name used earlier for the same person ("Holm added" after "Jana Holm").
      const fuller = this.entities.find((e) => e.type === 'person' && lastWord(e.text) === plain) ??
        undefined;
      if (fuller) return { name: fuller.canonical, kind: 'person' };
      for (let i = this.history.length - 1; i >= 0; i--) {
        const h = this.history[i].speaker;
        if (h.kind !== 'description' && lastWord(h.name) === plain) return h;
      }
    }
    return { name: plain, kind: organization ? 'organization' : 'person' };
  }

  private pronoun(phrase: SpeakerPhrase, sentenceIndexOf: (at: number) => number): Speaker | undefined {
    const head = phrase.head ?? '';
    const here = sentenceIndexOf(phrase.start);
    if (head === 'it') {
      // "Valdoria rejects what it calls …": the body or capital that opens the same sentence (the owner in
      // "Mexico’s Agriculture Ministry" is not it).
      // (Not the subject that a parenthetical "it added" follows: "Valdoria, it added, would continue …".)
      const body = this.entities.find((e) => (e.type === 'organization' || e.type === 'place') && e.end <= phrase.start &&
        !/^[’']s\b/u.test(this.text.slice(e.end, e.end + 3)) && !/^,[ \u00A0]*$/.test(this.text.slice(e.end, phrase.start)) &&
        sentenceIndexOf(e.start) === here && !this.isQuoted(e.start) && this.subjectOfSentence(e, sentenceIndexOf));
      if (body) return { name: body.canonical, kind: 'organization' };
      const spoken = this.latestEntry((a) => a.speaker.kind === 'organization');
      // Else the body the sentence before is about, if no body has spoken since: "The Pilots’ Association warned
      // against blaming the crew. ‘…,’ it said."
      const opener = this.entities.find((e) => e.type === 'organization' && sentenceIndexOf(e.start) === here - 1 && !this.isQuoted(e.start) &&
        this.subjectOfSentence(e, sentenceIndexOf));
      if (opener && (!spoken || spoken.at < opener.start)) return { name: opener.canonical, kind: 'organization' };
      // Or a body described, not named, that spoke in this sentence or the one before: "The central bank said it bought
      // dollars. “…,” it said."
      const described = this.describedBodySpeaking(phrase.start, sentenceIndexOf);
      if (described && (!spoken || spoken.at < described.at)) return described.speaker;
      return spoken?.speaker;
    }
    if (head === ANOTHER) {
      // Only a described speaker of this sentence or the one before has "another" of its kind.
      const described = this.latestEntry((a) => a.described);
      return described && this.sentencesApart(described.at, phrase.start, sentenceIndexOf) <= 1 ? described.speaker : undefined;
    }
    if (head === 'they' || head === 'we') {
      return this.latest((a) => a.speaker.kind !== 'person' || a.speaker.name.includes(' and ') || a.joint === true);
    }
    // he / she: the latest speaker if recent, else the latest person mentioned outside quotes. A person
    // introduced as the subject of this or the previous sentence, after that speaker, is the newer topic:
    // "Sanjay Mehta, an analyst at X, cut his target. “…,” he wrote."
    // A person the text calls by the other gender ("Ms Huamán", "her party") is not "he".
    const gender = head === 'he' ? 'm' : head === 'she' ? 'f' : undefined;
    const fits = (name: string) => !gender || (this.genderOf(name) ?? gender) === gender;
    // (A body described, "the company said", is "it", never "he" or "she".)
    const speaker = this.latestEntry((a) => (a.speaker.kind === 'person' || (a.described && !a.plural && !isBodyNoun(a.role.trim().split(/\s+/).at(-1) ?? ''))) && fits(a.speaker.name));
    // (The newer topic is the last person named, if the gender allows; not an earlier one in their place.)
    // (Not the one a relative "whom" refers to: "… Mehra, whom he called “a friend”" is someone else's word for Mehra.)
    const notWhom = (e: EntityMention) => !/^,?\s+whom\b/.test(this.text.slice(e.end, e.end + 9));
    const last = this.lastPersonBefore(phrase.start, notWhom);
    const topic = last && fits(last.canonical) ? last : undefined;
    const mention = topic ?? this.lastPersonBefore(phrase.start, (e) => fits(e.canonical) && notWhom(e));
    // The subject of that sentence, when the last person named is its object: "Mr Varga told Mr Lindqvist … “…,” he said."
    const subject = topic && (this.subjectOfSentence(topic, sentenceIndexOf) ?? this.subjectBefore(topic, fits, sentenceIndexOf));
    if (subject && topic && (!speaker || topic.start > speaker.at) && this.sentencesApart(topic.start, phrase.start, sentenceIndexOf) <= 1) {
      return { name: subject.canonical, kind: 'person' };
    }
    // A person named in this paragraph after the last speaker, who spoke in an earlier paragraph, is the newer
    // antecedent: "… Lagos said.⏎Among those waiting was Camila Rojas … “…,” she said."
    // (Not a name that only modifies a noun: "the Osei-Kartika meeting".)
    const modifier = /[-–‑]$/.test(this.text.slice(0, mention?.start ?? 0)) || /^[-–‑]/.test(this.text.slice(mention?.end ?? 0));
    if (mention && speaker && !modifier && mention.start > speaker.at && !this.text.slice(mention.end, phrase.start).includes('\n') &&
        this.text.slice(speaker.at, mention.start).includes('\n')) {
      return { name: mention.canonical, kind: 'person' };
    }
    // (Sentences inside the quote do not count: "“A. B. C. D,” he said" is as near as "“A,” he said".)
    if (speaker && this.sentencesApart(speaker.at, phrase.start, sentenceIndexOf) <= PRONOUN_REACH) return speaker.speaker;
    // (Not the one the last speaker told it to: "“…,” Mr Varga told the channel’s editor, Jana Holm." is Varga's sentence.)
    const addressee = mention && speaker && sentenceIndexOf(mention.start) === sentenceIndexOf(speaker.at) &&
      /\b(?:told|tells|telling|asked|informed|assured|briefed)\b/.test(this.text.slice(speaker.at, mention.start));
    if (mention && !addressee && (!speaker || mention.start > speaker.at)) return { name: mention.canonical, kind: 'person' };
    return speaker?.speaker;
  }

  private genders: Map<string, 'm' | 'f'> | undefined;

  /**
   * The gender the text gives a person, if it gives one: an honorific ("Mr", "Ms") or a gendered role
   * ("spokeswoman", "chairman"), or the pronoun of their own report ("Holm said she"). (Other pronouns near a name
   * are no evidence: "Begum … her son … his kidneys".)
   */
  private genderOf(name: string): 'm' | 'f' | undefined {
    if (!this.genders) {
      const votes = new Map<string, number>();
      const vote = (canonical: string, v: number) => votes.set(canonical, (votes.get(canonical) ?? 0) + v);
      for (const e of this.persons) {
        const before = this.text.slice(Math.max(0, e.start - 12), e.start);
        if (/\b(?:Mr|Sir|Lord|King|Prince)\.?\s+$/.test(before)) vote(e.canonical, 3);
        if (/\b(?:Mrs|Ms|Miss|Madam|Dame|Lady|Queen|Princess)\.?\s+$/.test(before)) vote(e.canonical, -3);
        // "whose younger brother Benjamín Rojas", "her son, Aarav,": a kinship noun right before the name.
        const kin = this.text.slice(Math.max(0, e.start - 24), e.start);
        if (/\b(?:brother|son|father|husband|nephew|uncle|grandson|grandfather|boyfriend),?\s+$/i.test(kin)) vote(e.canonical, 2);
        if (/\b(?:sister|daughter|mother|wife|niece|aunt|granddaughter|grandmother|girlfriend|widow),?\s+$/i.test(kin)) vote(e.canonical, -2);
        // "Jana Holm tweeted that she …": the pronoun of the person's own report is theirs (weaker than a title).
        const own = /^\s+(\p{Ll}+)\s+(?:that\s+)?(he|she)\b/u.exec(this.text.slice(e.end, e.end + 40));
        if (own && speechVerbOf(own[1]!) !== undefined) vote(e.canonical, own[2] === 'he' ? 1 : -1);
        const role = e.role?.toLowerCase() ?? '';
        if (/\b(?:\w+man|father|son|husband|brother)\b/.test(role)) vote(e.canonical, 2);
        if (/\b(?:\w+woman|mother|daughter|wife|sister)\b/.test(role)) vote(e.canonical, -2);
      }
      this.genders = new Map([...votes].filter(([, v]) => v !== 0).map(([k, v]) => [k, v > 0 ? 'm' : 'f']));
    }
    return this.genders.get(name);
  }

  /** The last person mention (outside quotes) ending before `at` that passes `test`. */
  private lastPersonBefore(at: number, test: (e: EntityMention) => boolean = () => true): EntityMention | undefined {
    for (let i = this.persons.length - 1; i >= 0; i--) {
      const e = this.persons[i]!;
      if (e.end <= at && test(e)) return e;
    }
    return undefined;
  }

  /** Every role written next to any mention of this person in the document, lower-case. */
  private rolesOf(canonical: string): string {
    let roles = this.roles.get(canonical);
    if (roles === undefined) {
      roles = this.entities
        .filter((e) => e.canonical === canonical)
        .flatMap((e) => [e.role ?? appositiveRoleAfter(this.text, e.end), roleBeforeComma(this.text, e.start), matchTitleBefore(this.text, e.start)?.text])
        .filter((r): r is string => r !== undefined)
        .map((r) => r.toLowerCase())
        .join(' ');
      this.roles.set(canonical, roles);
    }
    return roles;
  }

  /** Sentences from the one holding `from` to the one holding `to`, not counting those a quote opens ("“A. B,” he said"). */
  private sentencesApart(from: number, to: number, sentenceIndexOf: (at: number) => number): number {
    let apart = 0;
    let current = sentenceIndexOf(from);
    for (let at = from; at <= to; at++) {
      const index = sentenceIndexOf(at);
      if (index === current) continue;
      current = index;
      if (!this.isQuoted(at) && !/["“‘']/u.test(this.text[at] ?? '')) apart++;
    }
    return apart;
  }

  /**
   * The body or person that issued a statement in this or the two sentences before: "K-Electric said in a
   * statement that …", "In a statement, the ministry said …", "the embassy issued a statement".
   */
  private statementIssuerBefore(at: number, sentenceIndexOf: (at: number) => number): Speaker | undefined {
    const here = sentenceIndexOf(at);
    for (let i = this.entities.length - 1; i >= 0; i--) {
      const e = this.entities[i]!;
      if (e.end > at || this.isQuoted(e.start) || (e.type !== 'organization' && e.type !== 'person')) continue;
      if (here - sentenceIndexOf(e.start) > 2) break;
      // (Past an acronym in brackets and an appositive: "the Ghana Cocoa Board (COCOBOD), the cocoa regulator, said in a statement".)
      const after = this.text.slice(e.end, e.end + 160).replace(/^[ \u00A0]*\([^()]{1,12}\)/, '').replace(/^,[^,.;:“”"]{1,80},/, '');
      const before = this.text.slice(Math.max(0, e.start - 40), e.start);
      // (Or named as its issuer: "according to a statement from Varnelco".)
      if (ISSUED_STATEMENT_AFTER.test(after) || IN_A_STATEMENT_BEFORE.test(before) ||
          STATEMENT_FROM_BEFORE.test(before)) {
        return { name: e.canonical, kind: e.type === 'person' ? 'person' : 'organization' };
      }
    }
    // "The ministry said in a statement that …": the body the description stands for.
    const windowStart = Math.max(0, at - 600);
    let described: RegExpExecArray | undefined;
    for (const m of this.text.slice(windowStart, at).matchAll(DESCRIBED_ISSUER)) described = m;
    if (described && isBodyNoun(described[1]!.toLowerCase())) {
      const start = windowStart + described.index!;
      if (here - sentenceIndexOf(start) <= 2 && !this.isQuoted(start)) {
        const head = described[1]!.toLowerCase();
        // (Named nowhere before, the body is still better than the statement: "the ministry".)
        return this.organisationNamedBefore({ kind: 'description', start, end: start + described[0].length, description: head, head, plural: false }, sentenceIndexOf) ??
          { name: head, kind: 'description' };
      }
    }
    return undefined;
  }

  /**
   * The body last named or described ("the airline") as the subject of this or one of the two sentences before, outside
   * quotes: who issued a post or statement that names no issuer ("The ferry operator shared a video. “…,” the tweet said").
   */
  private bodyActingBefore(at: number, sentenceIndexOf: (at: number) => number): Speaker | undefined {
    const here = sentenceIndexOf(at);
    // (As the subject of its sentence: the body that acted, not one acted on.)
    let named: EntityMention | undefined;
    for (let i = this.entities.length - 1; i >= 0 && !named; i--) {
      const e = this.entities[i]!;
      if (e.end > at) continue;
      if (here - sentenceIndexOf(e.start) > 2) break;
      if (e.type === 'organization' && !this.isQuoted(e.start) && this.subjectOfSentence(e, sentenceIndexOf)) named = e;
    }
    const opensSentence = (start: number) => {
      let k = start;
      while (k > 0 && /\s/.test(this.text[k - 1]!)) k--;
      return k === 0 || sentenceIndexOf(k - 1) !== sentenceIndexOf(start);
    };
    const windowStart = Math.max(0, at - 600);
    let described: { start: number; end: number; head: string } | undefined;
    for (const m of this.text.slice(windowStart, at).matchAll(/\bThe[ \u00A0]+(\p{Ll}+)\b/gu)) {
      const start = windowStart + m.index!;
      if (isBodyNoun(m[1]!) && !this.isQuoted(start) && opensSentence(start)) described = { start, end: start + m[0].length, head: m[1]! };
    }
    if (described && (!named || named.start < described.start) && here - sentenceIndexOf(described.start) <= 2) {
      const phrase: SpeakerPhrase = { kind: 'description', start: described.start, end: described.end, description: described.head, head: described.head, plural: false };
      return this.organisationNamedBefore(phrase, sentenceIndexOf) ?? { name: described.head, kind: 'description' };
    }
    return named && { name: named.canonical, kind: 'organization' };
  }

  /** The last "the <body> said" in this sentence or the one before, outside quotes: the body, named if it was. */
  private describedBodySpeaking(at: number, sentenceIndexOf: (at: number) => number): { at: number; speaker: Speaker } | undefined {
    const windowStart = Math.max(0, at - 400);
    let found: { start: number; end: number; modifiers: string; head: string } | undefined;
    for (const verb of this.text.slice(windowStart, at).matchAll(/(?<=[ \u00A0])\p{Ll}+\b/gu)) {
      if (speechVerbOf(verb[0]) === undefined) continue;
      const verbAt = windowStart + verb.index!;
      const body = DESCRIBED_BODY_BEFORE.exec(this.text.slice(Math.max(0, verbAt - 60), verbAt));
      if (body && isBodyNoun(body[2]!)) found = { start: verbAt - body[0].length, end: verbAt - 1, modifiers: body[1]!, head: body[2]! };
    }
    if (!found || this.isQuoted(found.start) || sentenceIndexOf(at) - sentenceIndexOf(found.start) > 1) return undefined;
    const description = `${found.modifiers}${found.head}`.trim();
    const phrase: SpeakerPhrase = { kind: 'description', start: found.start, end: found.end, description, head: found.head, plural: false };
    return { at: found.start, speaker: this.organisationNamedBefore(phrase, sentenceIndexOf) ?? { name: description, kind: 'description' } };
  }

  /** A person named earlier in the mention's sentence, outside quotes, who is that sentence's subject. */
  private subjectBefore(mention: EntityMention, fits: (name: string) => boolean, sentenceIndexOf: (at: number) => number): EntityMention | undefined {
    const sentence = sentenceIndexOf(mention.start);
    const earlier = this.persons.filter((e) => e.end <= mention.start && sentenceIndexOf(e.start) === sentence && !this.isQuoted(e.start));
    const first = earlier[0];
    return first && first.canonical !== mention.canonical && fits(first.canonical) ? this.subjectOfSentence(first, sentenceIndexOf) : undefined;
  }

  /** The mention if it opens its sentence, after nothing but capitalised title words ("Manpower Minister X has…"). */
  private subjectOfSentence(mention: EntityMention, sentenceIndexOf: (at: number) => number): EntityMention | undefined {
    // The start of the mention's sentence, at most 80 characters back.
    const here = sentenceIndexOf(mention.start);
    let from = mention.start;
    while (from > 0 && mention.start - from < 80 && sentenceIndexOf(from - 1) === here) from--;
    if (from > 0 && sentenceIndexOf(from - 1) === here) return undefined;
    // Before the mention: an optional opener ending in a comma ("In Brussels,"), then only capitalised
    // words and titles ("E.U. foreign policy chief").
    // (A bracketed "(retd)" or "(Dr)" among the titles: "Air Marshal (retd) X".)
    const lead = this.text.slice(from, mention.start).replace(/^[\s"“”'‘’]+/u, '').replace(/\([\p{L}.]{1,6}\)/gu, '');
    const words = lead.replace(/^[^,]{1,40},\s+/, '').split(/\s+/).filter(Boolean);
    // (A capitalised preposition opens a phrase, not a title: "For Mehra, the summit was …" is not about Mehra acting.)
    const titleLike = (w: string) => (/^\p{Lu}/u.test(w) && !PREPOSITIONS.has(w.toLowerCase())) || isTitleWord(w.toLowerCase()) || isRoleQualifier(w.toLowerCase()) || /^(?:of|the|and)$/.test(w);
    // An owner is not the subject: in "Ivan Sorokin, Mr Kestrel’s aide, said", the subject is Sorokin.
    if (/^[’']s\b/u.test(this.text.slice(mention.end, mention.end + 3)) || /[’']s$/u.test(mention.text)) return undefined;
    return words.every(titleLike) ? mention : undefined;
  }

  /**
   * "the ministry said" after "the Ministry of Energy and Mineral Resources"; "the company said" after
   * "Vardhan Metals": the latest organisation named in the last few sentences that fits the noun.
   */
  private organisationNamedBefore(phrase: SpeakerPhrase, sentenceIndexOf: (at: number) => number): Speaker | undefined {
    const head = phrase.head ?? '';
    if (!isBodyNoun(head)) return undefined;
    // "The group", "the organization": the body the report is about.
    if (MEMBERSHIP_NOUNS.has(head)) return this.mainOrganisationBefore(phrase.start, sentenceIndexOf);
    const corporate = CORPORATE_NOUNS.has(head);
    const regulator = REGULATOR_NOUNS.has(head);
    const here = sentenceIndexOf(phrase.start);
    // A body whose name holds the noun ("the ministry" for "the Energy Ministry", "the airline" for "Kestrel Airlines")
    // may be a paragraph or two back, and goes before a nearer one that only fits the kind of noun ("the company"
    // for "Vardhan Metals"), which must be near.
    let kindFit: EntityMention | undefined;
    let found: EntityMention | undefined;
    for (let i = this.entities.length - 1; i >= 0 && !found; i--) {
      const e = this.entities[i]!;
      if (e.end > phrase.start || e.type !== 'organization' || this.isQuoted(e.start)) continue;
      const distance = here - sentenceIndexOf(e.start);
      if (distance > 8) break;
      const name = e.canonical.toLowerCase();
      // (A public body is no company, even one with "Company" in its name: "the National Company Law Tribunal".)
      // (Nor a known agency or government body: "the company said" after "UNICEF has committed …".)
      if (corporate && (PUBLIC_BODY_RE.test(name) || isKnownNonCompany(e.canonical))) continue;
      const publicBody = PUBLIC_BODY_NOUNS.has(head) && (PUBLIC_BODY_RE.test(name) || REGULATOR_BODY_RE.test(name) || isKnownNonCompany(e.canonical));
      const nameWords = name.split(/\s+/);
      if (nameWords.includes(head) || nameWords.includes(`${head}s`)) found = e;
      // (A regulator may be further back: a report names few bodies that oversee others.)
      else if (!kindFit && regulator && REGULATOR_BODY_RE.test(name)) kindFit = e;
      else if (!kindFit && distance <= 4 && (corporate || publicBody)) kindFit = e;
    }
    const e = found ?? kindFit;
    if (!e) return undefined;
    // The body as it was named when it spoke, if it has: "the Valdorian Embassy in Lisbon said" before "the embassy said".
    const spoken = this.latestEntry((a) => a.speaker.kind === 'organization' && a.speaker.name.startsWith(`${e.canonical} `));
    return spoken?.speaker ?? { name: e.canonical, kind: 'organization' };
  }

  /**
   * The organisation named most often so far, among those named in the last few sentences, outside quotes: what "the
   * club said" means in a report on a club that names its rivals in passing. Ties go to the latest named.
   */
  private mainOrganisationBefore(at: number, sentenceIndexOf: (at: number) => number): Speaker | undefined {
    const here = sentenceIndexOf(at);
    const counts = new Map<string, number>();
    const recent = new Set<string>();
    let latest = '';
    for (const e of this.entities) {
      if (e.end > at) break;
      if (e.type !== 'organization' || this.isQuoted(e.start)) continue;
      counts.set(e.canonical, (counts.get(e.canonical) ?? 0) + 1);
      if (here - sentenceIndexOf(e.start) <= MAIN_BODY_REACH) recent.add(e.canonical);
      latest = e.canonical;
    }
    let best: string | undefined;
    for (const name of recent) {
      const n = counts.get(name)!;
      const held = best === undefined ? -1 : counts.get(best)!;
      if (n > held || (n === held && name === latest)) best = name;
    }
    return best === undefined ? undefined : { name: best, kind: 'organization' };
  }

  /**
   * "Lusmara’s foreign ministry criticised the visit. “…” the ministry said": a body described by its owner and not
   * named as such, in the last two sentences; it speaks as that description.
   */
  private ownedBodyBefore(phrase: SpeakerPhrase, sentenceIndexOf: (at: number) => number): Speaker | undefined {
    const head = phrase.head ?? '';
    if (!isBodyNoun(head) || CORPORATE_NOUNS.has(head)) return undefined;
    const windowStart = Math.max(0, phrase.start - 400);
    const owned = new RegExp(`\\b\\p{Lu}[\\p{L}.-]*(?:[ \\u00A0]\\p{Lu}[\\p{L}.-]*)*[’']s(?:[ \\u00A0]+\\p{Ll}+){0,2}?[ \\u00A0]+${escapeRegExp(head)}\\b`, 'gu');
    let found: RegExpExecArray | undefined;
    for (const m of this.text.slice(windowStart, phrase.start).matchAll(owned)) found = m;
    if (!found) return undefined;
    const at = windowStart + found.index!;
    if (this.isQuoted(at) || sentenceIndexOf(phrase.start) - sentenceIndexOf(at) > 2) return undefined;
    return { name: found[0], kind: 'description' };
  }

  private description(given: SpeakerPhrase, sentenceIndexOf: (at: number) => number): Speaker {
    const phrase = this.withAffiliation(given);
    const own: Speaker = { name: phrase.description ?? '', kind: 'description' };
    // "the Swede": the person last named.
    if (phrase.head === NATIONALITY_HEAD) {
      const person = this.lastPersonBefore(phrase.start);
      return person ? { name: person.canonical, kind: 'person' } : own;
    }
    // "Maria Quispe, a former mayor of Cusco who promised to “…”": a description in apposition to a named person.
    // (Not a description that is itself the subject of a speech verb: "after talks with Mehra, the president said".)
    const verbAfter = /^\s+(\p{Ll}+)/u.exec(this.text.slice(phrase.end, phrase.end + 20))?.[1];
    const subject = verbAfter !== undefined && speechVerbOf(verbAfter) !== undefined;
    const described = subject ? undefined : this.persons.find((e) => e.end <= phrase.start && /^,\s*$/.test(this.text.slice(e.end, phrase.start)));
    if (described) return { name: described.canonical, kind: 'person' };
    const text = this.text.slice(phrase.start, phrase.end).toLowerCase();
    // (An owner makes a description definite: "Valdoria’s privacy watchdog" is the one watchdog of Valdoria.)
    const definite = /^(?:the|this|that)\s/.test(text) || /^\p{Lu}[\p{L}.-]*(?:[ \u00A0]\p{Lu}[\p{L}.-]*)*[’']s[ \u00A0]/u.test(this.text.slice(phrase.start, phrase.end));
    // "the Head of State said": the one president or monarch the article names.
    if (/^the head of state$/.test(text)) {
      const heads = [...new Set(this.persons.filter((e) => /\b(?:president|king|queen|emperor|monarch)\b/.test(this.rolesOf(e.canonical))).map((e) => e.canonical))];
      if (heads.length === 1) return { name: heads[0]!, kind: 'person' };
    }
    // "the statement said": whoever issued it ("K-Electric said in a statement that …").
    // So does "according to a press release" when a body just issued one.
    if (STATEMENT_NOUNS.has(phrase.head ?? '')) {
      const issuer = this.statementIssuerBefore(phrase.start, sentenceIndexOf) ?? this.bodyActingBefore(phrase.start, sentenceIndexOf);
      if (issuer) return issuer;
    }
    const head = phrase.head ?? '';
    const hasRole = new RegExp(`\\b(?:${roleVariants(head).map(escapeRegExp).join('|')})\\b`);
    // Headline style drops the article: "Governor warns that “…”" is the one governor the article names.
    // So does a nationality before a title: "Danish prime minister hails …" is the one prime minister whose
    // roles say so, or the one among several whose roles name the nationality too.
    const words = text.split(/\s+/);
    const nationality = words.length > 1 && isDemonym(words[0]!) ? words[0]! : undefined;
    const titleWords = nationality ? words.slice(1) : words;
    // (Not a body: "Police said" is the force, not the one police chief the article names.)
    if (!definite && !phrase.plural && !isBodyNoun(head) && titleWords.every((w) => /^\p{L}+$/u.test(w)) && (titleWords.length === 1 || (nationality && titleWords.length <= 3))) {
      const holds = (canonical: string) => {
        const roles = this.rolesOf(canonical);
        return hasRole.test(roles) && titleWords.slice(0, -1).every((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`).test(roles));
      };
      let holders = [...new Set(this.entities.filter((e) => e.type === 'person' && holds(e.canonical)).map((e) => e.canonical))];
      // (A holder whose roles name another nationality is not it: "Chilean president promises …" is not the president
      // of the Peruvian exporters' federation.)
      if (nationality) {
        const otherNationality = (h: string) => this.rolesOf(h).split(/[^\p{L}]+/u).some((w) => w !== nationality && isDemonym(w));
        holders = holders.filter((h) => this.rolesOf(h).includes(nationality) || !otherNationality(h));
      }
      if (holders.length > 1 && nationality) holders = holders.filter((h) => this.rolesOf(h).includes(nationality));
      if (holders.length === 1) return { name: holders[0]!, kind: 'person' };
    }
    if (!definite || phrase.plural) return own;
    const body = this.organisationNamedBefore(phrase, sentenceIndexOf) ?? this.ownedBodyBefore(phrase, sentenceIndexOf) ??
      (TEAM_NOUNS.has(head) ? this.mainOrganisationBefore(phrase.start, sentenceIndexOf) : undefined);
    if (body) return body;
    // The body a description names must be the antecedent's: "the Foreign Office spokesperson" is not the Palace's.
    const bodyWords = (phrase.description ?? '').split(/\s+/).filter((w) => /^\p{Lu}/u.test(w) && !isDemonym(w.toLowerCase()));
    const bodyPatterns = bodyWords.map((w) => new RegExp(`\\b${escapeRegExp(w.toLowerCase())}\\b`));
    const servesBody = (roles: string) => bodyPatterns.every((p) => p.test(roles));
    // The latest speaker introduced with this role: "the official" → "A senior ... official".
    const byRole = this.latestEntry((a) => hasRole.test(a.role) && servesBody(a.role.toLowerCase()));
    // Unless a person holding that role was mentioned since: "Trade Minister Rao hosted. “…,” the minister said."
    const holder = this.lastPersonBefore(phrase.start, (e) => hasRole.test(this.rolesOf(e.canonical)) && servesBody(this.rolesOf(e.canonical)));
    // Or the person the previous sentence is about, if nothing said of them contradicts the role:
    // "Dr. Rao brushed off the criticism. “…,” the minister said." (However many sentences the quote runs to.)
    // (Passing over a person only named in the description's own sentence, or only as an owner: "Years after
    // Sorokin’s speech, the Kestrel leader said" speaks of the subject before.)
    const descriptionSentence = sentenceIndexOf(phrase.start);
    const latest = this.lastPersonBefore(phrase.start, (e) => sentenceIndexOf(e.start) < descriptionSentence || this.subjectOfSentence(e, sentenceIndexOf) !== undefined);
    let topic = latest && this.subjectOfSentence(latest, sentenceIndexOf);
    const roles = topic ? this.rolesOf(topic.canonical).replace(/\b(?:dr|mr|mrs|ms|prof|sir|dame)\b\.?/g, '').trim() : '';
    // (A nationality in the description must be the topic's: "after talks with Mehra, the Chilean president said" is not Mehra.)
    const nationalityOf = (words[0] === 'the' ? words[1] : words[0]) ?? '';
    const foreign = isDemonym(nationalityOf) && !new RegExp(`\\b${escapeRegExp(nationalityOf)}\\b`).test(roles);
    // (Nor someone named earlier in the sentence the description is the subject of: "after talks with Mehra, the president said".)
    const sameSentence = subject && sentenceIndexOf(topic?.start ?? -1) === sentenceIndexOf(phrase.start);
    if (topic && (roles !== '' && (!hasRole.test(roles) || !servesBody(roles)) || foreign || sameSentence || COMMENTATOR_NOUNS.has(head) || sentenceIndexOf(this.quoteOpening(phrase.start)) - sentenceIndexOf(topic.start) > 1)) {
      topic = undefined;
    }
    // "A spokesperson for the chamber said …" introduced since then is the newer antecedent.
    const introduced = this.indefiniteDescriptionBefore(phrase.start, head);
    // (Not someone named in that speaker's own attribution: "…,” Minister Rao told reporters after a meeting with
    // Minister Voss. “…,” the minister said." is Rao again.)
    const inByRoleSentence = (e: EntityMention) => byRole !== undefined && sentenceIndexOf(e.start) === sentenceIndexOf(byRole.at);
    const newest = [holder, topic].filter((e): e is EntityMention => e !== undefined && (!byRole || (e.start > byRole.at && !inByRoleSentence(e))))
      .sort((a, b) => b.start - a.start)[0];
    const newestAt = Math.max(newest?.start ?? -1, byRole?.at ?? -1);
    if (introduced && introduced.at > newestAt) return { name: introduced.description, kind: 'description' };
    if (newest) return { name: newest.canonical, kind: 'person' };
    if (byRole) return byRole.speaker;
    if (introduced) return { name: introduced.description, kind: 'description' };
    // "the analyst" with no analyst introduced: the last named commentator.
    if (COMMENTATOR_NOUNS.has(head)) {
      const named = this.latest((a) => a.speaker.kind === 'person');
      if (named) return named;
    }
    // A lede's description that the next sentences name: "…, the carrier’s managing director said.⏎⏎“…,” Kestrel Air
    // managing director Ivo Marek said."
    const namedNext = this.persons.find((e) => e.start > phrase.end && sentenceIndexOf(e.start) - descriptionSentence <= NAMED_NEXT_REACH &&
      hasRole.test(this.rolesOf(e.canonical)) && servesBody(this.rolesOf(e.canonical)));
    if (namedNext) return { name: namedNext.canonical, kind: 'person' };
    return { name: phrase.description ?? head, kind: 'description' };
  }

  /**
   * An unnamed speaker keeps where they are or whom they serve when it is a name ("a police officer in Tila", "a nurse
   * at Mocuba District Hospital") or a described workplace ("a trader at a Lagos bank"); "an official at the ministry"
   * stays "official". An official of a named body is written the body's way ("senior Civil Aviation Authority official").
   */
  private withAffiliation(phrase: SpeakerPhrase): SpeakerPhrase {
    if (!phrase.description || phrase.plural) return phrase;
    const window = this.text.slice(phrase.end, phrase.end + 80);
    const m = NAMED_AFFILIATION.exec(window) ?? INDEFINITE_AFFILIATION.exec(window) ?? this.definiteAffiliation(window, phrase.head ?? '');
    // (A described workplace ends before the verb that follows it: "at a state-run refiner said".)
    const affiliation = m?.[0].replace(/\.$/, '').replace(/(?:[ \u00A0]+\p{Ll}+)+$/u, (tail) => {
      const words = tail.trim().split(/[ \u00A0]+/);
      const verb = clauseAfterPlace(words);
      return verb < 0 ? tail : verb === 0 ? '' : ' ' + words.slice(0, verb).join(' ');
    });
    if (!affiliation || affiliation.trim().split(/\s+/).length > 8) return phrase;
    // The name must end the phrase: in "at the Kuala Lumpur airport" it only modifies the noun after it.
    const after = this.text.slice(phrase.end + affiliation.length, phrase.end + affiliation.length + 16);
    const nextWord = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
    const endsPhrase = /^(?:\s*[,.;:!?)”"]|\s*$)/.test(after) || nextWord === 'who' || (nextWord !== undefined && speechVerbOf(nextWord) !== undefined);
    if (!endsPhrase) return phrase;
    // An official of a named body is written the body's way: "a senior official at the Civil Aviation Authority"
    // is a "senior Civil Aviation Authority official", as a reader would say it.
    const body = /^[ \u00A0]+(?:at|of|with|in|from)[ \u00A0]+the[ \u00A0]+(\p{Lu}.*)$/u.exec(affiliation)?.[1];
    const head = phrase.head ?? '';
    if (body && BODY_MEMBER_NOUNS.has(head) && phrase.description.endsWith(head)) {
      return { ...phrase, end: phrase.end + affiliation.length, description: `${phrase.description.slice(0, -head.length)}${body} ${head}` };
    }
    return { ...phrase, end: phrase.end + affiliation.length, description: phrase.description + affiliation };
  }

  /**
   * "A nurse at the hospital", "a paramedic at the site", "an official of the state drugs control department": where the
   * speaker is, in common nouns. Not a body named by one noun after an official ("a senior official at the commission"),
   * which readers call by the body's name ("a senior CCI official"), not by "the commission".
   */
  private definiteAffiliation(window: string, head: string): RegExpExecArray | null {
    const m = DEFINITE_AFFILIATION.exec(window);
    if (!m) return null;
    const words = m[0].trim().split(/[ \u00A0]+/).slice(2);
    const verb = clauseAfterPlace(words);
    const nouns = verb < 0 ? words : words.slice(0, verb);
    return nouns.length === 1 && BODY_MEMBER_NOUNS.has(head) ? null : m;
  }

  /** "A senior Chilean Foreign Ministry official" before `at`, outside quotes, without the article. */
  private indefiniteDescriptionBefore(at: number, head: string): { description: string; at: number } | undefined {
    const window = this.text.slice(Math.max(0, at - 2000), at);
    const offset = Math.max(0, at - 2000);
    // The description ends in its head noun, as canonical descriptions do ("senior Valdorian Foreign Ministry official").
    const re = new RegExp(`\\b(?:[Aa]n?)\\s+((?:[\\p{L}’'-]+\\s+){0,6}?${escapeRegExp(head)})\\b`, 'gu');
    let found: { description: string; at: number } | undefined;
    for (let m = re.exec(window); m; m = re.exec(window)) {
      const start = offset + m.index;
      // "Dr. Jane Doe, a pharmacologist at …" describes a named person, who is the antecedent instead.
      const appositive = this.persons.some((e) => e.end <= start && /^,\s*$/.test(this.text.slice(e.end, start)));
      if (!this.isQuoted(start) && !appositive) found = { description: m[1]!, at: start };
    }
    return found;
  }

  private group(phrase: SpeakerPhrase, sentence: Span, sentenceIndexOf: (at: number) => number): Speaker | undefined {
    const names: string[] = [];
    for (const e of this.persons) {
      if (e.start < sentence.start || e.end > sentence.end || names.includes(e.canonical)) continue;
      names.push(e.canonical);
    }
    if (names.length < 2) {
      for (const n of capitalisedNames(this.text, sentence, phrase.start)) if (!names.includes(n)) names.push(n);
    }
    // "Sorokin met Holm in Tarsk. Sorokin signed a grain accord, and the two leaders declared …": the other one was
    // named in the sentence before (the latest named there).
    if (names.length === 1) {
      const other = this.lastPersonBefore(sentence.start, (e) => !names.includes(e.canonical));
      if (other && sentenceIndexOf(other.start) === sentenceIndexOf(sentence.start) - 1) names.push(other.canonical);
    }
    if (names.length < 2) return undefined;
    return { name: names.join(' and '), kind: 'person' };
  }

  private latestEntry(test: (a: Antecedent) => boolean): Antecedent | undefined {
    for (let i = this.history.length - 1; i >= 0; i--) if (test(this.history[i])) return this.history[i];
    return undefined;
  }

  private latest(test: (a: Antecedent) => boolean): Speaker | undefined {
    return this.latestEntry(test)?.speaker;
  }
}

/** ", a pharmacologist at the institute": a noun for a person in an appositive right after a name. */
function appositiveRoleAfter(text: string, end: number): string | undefined {
  const words = appositiveAfter(text, end);
  return words && isDescriptorNoun(words[words.length - 1]!) ? words.join(' ') : undefined;
}

function lastWord(name: string): string {
  const words = name.trim().split(/\s+/);
  return withoutPossessive(words[words.length - 1] ?? '');
}

/**
 * Person-like capitalised names in a sentence before `until`, for when no entity mentions are given:
 * runs of capitalised words that are not the sentence's first word, not possessive owners and not places.
 */
function capitalisedNames(text: string, sentence: Span, until: number): string[] {
  const out: string[] = [];
  const re = /\p{Lu}[\p{L}\-]+(?:\s+\p{Lu}[\p{L}\-]+)*(?:[’']s)?/gu;
  const slice = text.slice(sentence.start, until);
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    if (m.index === 0 || /[’']s$/.test(m[0]) || isPlaceName(m[0])) continue;
    out.push(m[0]);
  }
  return out;
}

/**
 * Person-like names when no entity mentions are given: runs of two to four capitalised words, titles removed
 * ("Finance Minister Carlos Mendes" → "Carlos Mendes"), that are neither places nor organisations.
 */
function personLikeNames(text: string): EntityMention[] {
  const out: EntityMention[] = [];
  const re = /\p{Lu}[\p{L}\-]*\.?(?:\s+\p{Lu}[\p{L}\-]*\.?)+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const words = m[0].split(/\s+/);
    const skip = titlePrefixLength(words);
    const nameWords = words.slice(skip);
    if (nameWords.length < 2 || nameWords.length > 4) continue;
    if (nameWords.some((w) => ORGANIZATION_WORDS.has(w.toLowerCase())) || isPlaceName(nameWords.join(' '))) continue;
    const name = nameWords.join(' ');
    const start = m.index + m[0].length - name.length;
    if (text.slice(start, m.index + m[0].length) !== name) continue;
    out.push({ start, end: start + name.length, text: name, type: 'person', canonical: name });
  }
  return out;
}

/** A role in apposition before a name: "Kenya’s president, Peter Ndegwa", "the company’s chief executive, Jane Doe". */
function roleBeforeComma(text: string, start: number): string | undefined {
  const m = /(?:^|[\s(“"])(?:the|a|an|its|their|\p{Lu}[\p{L}.]*[’']s)[ \u00A0]+((?:\p{Ll}[\p{L}-]*[ \u00A0]+){0,3}\p{Ll}[\p{L}-]*),[ \u00A0]+$/u.exec(text.slice(Math.max(0, start - 60), start));
  return m?.[1];
}
