// Decides what a run of capitalised words is: a person (with its role split off), an organisation,
// a place, equipment, an event — or nothing (a capitalised ordinary word, a nationality adjective, a title).

import type { EntityType } from '../types';
import {
  isCommonAcronym,
  isNationalChapterBody,
  isLeadingOrgWord,
  isNationalInstitution,
  isOrgHeadWord,
  isOrgIntroducingNoun,
  isOrgOfHead,
  isCreditRating,
  isPublicBodyHead,
  isSeatOfGovernment,
  lookupKnownBody,
} from '../lexicon/organizations';
import { isNumberedThing, MEETING_AFTER } from '../lexicon/designators';
import { ORDINAL_WORDS } from '../lexicon/numberWords';
import { isOnePersonNoun, isPeopleGroupNoun, isPlaceGivenName } from '../lexicon/people';
import { SHORT_TIME_ZONES, TIME_ZONES } from '../lexicon/timeZones';
import { opensDatedDateline } from '../text/datelines';
import { datelineStateAt, isDemonym, isDemonymOfPlace, isPlaceName, lookupPlace } from '../lexicon/places';
import { isHonorific, isRoleQualifier, isTitleWord, matchRoleAfter, matchTitleBefore, splitRolePrefix, titlePrefixLength } from '../lexicon/titles';
import { isNameParticle, isPortfolioWord, type Chunk, type Word } from './candidates';
import { hasCommonWordShape, isCalendarWord, isCommonWord } from './commonWords';
import { isEquipmentNoun, isSuffixedProductName, namesProduct, softwareNounAfter } from './equipment';
import { appositiveHead } from '../text/appositive';
import { escapeRegExp } from '../text/regex';
import { wholeWordOffsets, writesWholeWords } from '../text/wholeWords';
import {
  BRAND_WORDS,
  COMPANY_BEFORE,
  COMPANY_SALE_BEFORE,
  COMPANY_STAKE_AFTER,
  COMPASS_WORDS,
  DISASTER_NOUNS,
  ENVOY_TO,
  EVENT_HEADS,
  FLIGHT_CODE,
  GATHERING_AFTER,
  GATHERING_NOUNS,
  HOLDING_IN,
  HOLIDAYS,
  ROUTE_BETWEEN,
  ROUTE_BETWEEN_AND,
  PLACES_SUCH_AS,
  TWO_WORD_HOLIDAYS,
  FESTIVAL_AFTER,
  isOfficeOnly,
  JOINED_TITLE,
  HAILS_FROM,
  JOURNEY_TO,
  KINSHIP_BEFORE,
  LEGAL_PREFIXES,
  LIST_BEFORE,
  LIST_GOES_ON,
  namesMeasure,
  MODEL_AFTER_POSSESSIVE,
  NAMED_STORM,
  OFFICE_OVER,
  OWNED_WORKS,
  PERSON_FOLLOWERS,
  PERSON_OR_BODY_NOUNS,
  PERSONAL_TRADES,
  PLACE_FOLLOWERS,
  PLACE_HEADS,
  PLACE_OF,
  BEARING_OF,
  PLACE_PREPOSITIONS,
  PLACES_AFTER,
  PLACES_OF_BEFORE,
  SHOWN_AT,
  SITE_AFTER,
  SPEECH_VERBS,
  splitOnAnd,
  startsWithPlacePrefix,
  TERRITORIAL_OFFICE_AFTER,
  TITLES_ALSO_SURNAMES,
  TRAINING_SITE_AFTER,
  VENUE_AT,
  VERB_AFTER_NAME,
  VESSEL_PREFIXES,
} from './cues';

export interface RawMention {
  start: number;
  end: number;
  type: EntityType;
  /** Canonical name known at this point (gazetteer, well-known body), else the text. */
  canonical?: string;
  role?: string;
  /** The classifier's fallback type for a lone unknown word, with no evidence behind it. */
  guessed?: boolean;
  /** A place only by the works named after it ("the Codelco mine"), which a company may own. */
  works?: boolean;
}

/** What the document itself tells about names: filled by a first pass over the unambiguous contexts. */
export interface DocumentKnowledge {
  /** Words the document also writes in lower case ("analysts", "meeting"): ordinary words. */
  lowercaseWords: Set<string>;
  /** Person names as written ("Tomás Reyes", "Reyes"), and their last words. */
  personNames: Set<string>;
  surnames: Set<string>;
  /** First words of full person names ("Abdoulaye" of "Abdoulaye Diatta"), which open sentences too ("“Abdoulaye has …"). */
  givenNames: Set<string>;
  /** Other names found in strong contexts, by type. */
  otherNames: Map<string, EntityType>;
  /** Names of `otherNames` held as places only by the works named after them: evidence of a company outweighs it. */
  worksNames: Set<string>;
  /** The first pass, while names are learnt: a place known only by its works is read afresh, so a company can show. */
  learning: boolean;
}

/** What a service district runs: "… Health District", "… School District", "… Water District". */
const SERVICE_DISTRICT = /^(?:Health|School|Water|Fire|Irrigation|Hospital|Transit|Sanitation|Utility|Sewer|Library|Park|Parks)$/;
/** Plural labels a sentence may open with before a body's name: "Organisers Kestrel Motorsport Promotions said". */
const LABELS_BEFORE_NAME = new Set(['Organisers', 'Organizers', 'Officials', 'Analysts', 'Critics', 'Rivals', 'Sponsors', 'Hosts', 'Promoters', 'Regulators', 'Investigators', 'Prosecutors', 'Authorities']);
/** Capitalised function words that belong inside a name: "Doctors Without Borders", "Friends of the Earth". */
const FUNCTION_WORD_IN_NAME = /^(?:Without|With|For|Of|The|And|In|On|At|To|Against)$/;

export function emptyKnowledge(lowercaseWords: Set<string>): DocumentKnowledge {
  return { lowercaseWords, personNames: new Set(), surnames: new Set(), givenNames: new Set(), otherNames: new Map(), worksNames: new Set(), learning: true };
}

function textOf(text: string, words: Word[]): string {
  return text.slice(words[0].start, words[words.length - 1].end);
}

function nextLowerWord(text: string, end: number): string | undefined {
  const m = /^(?:[’']s)?[ \u00A0]+([\p{Ll}][\p{L}-]*)/u.exec(text.slice(end, end + 40));
  return m ? m[1] : undefined;
}

/**
 * Is the capitalised word at [start, end) a name of its own in running text: after a lower-case word other than an
 * article, or after a comma, and before neither another capitalised word nor a title ("Environment chairman", "Justice
 * Department")?
 */
function standsAloneAt(text: string, start: number, end: number): boolean {
  const before = /(\p{Ll}+|,)[ \u00A0]+$/u.exec(text.slice(Math.max(0, start - 30), start));
  if (!before || /^(?:the|a|an)$/.test(before[1]!)) return false;
  const after = /^(?:[’']s)?[ \u00A0]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1];
  return after === undefined || (!/^\p{Lu}/u.test(after) && !isTitleWord(after));
}

/** How many times a word stands alone as a name in the text (see standsAloneAt). */
function standingAloneCount(text: string, word: string): number {
  return wholeWordOffsets(text, word).filter((at) => standsAloneAt(text, at, at + word.length)).length;
}

/** The apostrophes of a possessive and the spaces between two words of a name, as articles write them. */
const POSSESSIVE_MARKS = ['’', "'"];
const NAME_SPACES = [' ', '\u00A0'];

/** A preposition of place right before a name, with "the": "into Downing Street", "at the White House". */
const LOCATIVE_BEFORE = /\b(?:into|in|at|inside|outside|from)[ \u00A0]+(?:the[ \u00A0]+)?$/;

function previousWord(text: string, start: number): string | undefined {
  const m = /([\p{L}]+)[ \u00A0]+$/u.exec(text.slice(Math.max(0, start - 40), start));
  return m ? m[1] : undefined;
}

/**
 * Do the last few of `words` spell out `letters` — in order, the first word giving the first letter and the last
 * word the last ("diethylene glycol" → "deg", "gross domestic product" → "gdp")?
 */
function spellsOut(words: readonly string[], letters: string): boolean {
  // (Up to two more words than letters: "of" and "the" are skipped, as in "emergency of national concern".)
  for (let k = 1; k <= Math.min(words.length, letters.length + 2); k++) {
    const term = words.slice(-k);
    if (term[0]![0] !== letters[0] || term[k - 1]![0] !== letters[letters.length - 1]) continue;
    const joined = term.join(' ');
    let at = 0;
    for (const c of letters) {
      at = joined.indexOf(c, at) + 1;
      if (at === 0) break;
    }
    if (at > 0) return true;
  }
  return false;
}

/** Words before "the" and a gathering's name that make it an occasion attended, not a body: "at the", "sidelines of the". */
const GATHERING_ATTENDED = /\b(?:at|sidelines[ \u00A0]+of|told|addressed|addressing|attended|attending|opened|opening)[ \u00A0]+the[ \u00A0]+$/i;

/** Last words of a machine's or weapon's name. */
const MACHINE_NAME_END = /^(?:Aircraft|Reactors?|Missiles?|Rifles?|Helicopters?|Submarines?|Frigates?|Destroyers?|Corvettes?|Drones?|Rockets?|Launchers?|Howitzers?|Interceptors?|Airliners?|Spacecraft|Warships?)$/;

/** Portfolios listed after an office's "of" or "for", up to the last one's "and": "of Trade and ", "for Energy, Climate and ". */
const PORTFOLIOS_TO_AND = String.raw`[ \u00A0]+(?:of|for)[ \u00A0]+(?:the[ \u00A0]+)?\p{Lu}\p{L}+(?:,[ \u00A0]+\p{Lu}\p{L}+)*[ \u00A0]+and[ \u00A0]+`;
/** An office of several portfolios up to its "and": "Minister of Trade and ", "Secretary for Energy, Climate and ". */
const PORTFOLIO_AND_BEFORE = new RegExp(String.raw`\b((?:Minister|Secretary|Commissioner|Ministry)${PORTFOLIOS_TO_AND})$`, 'u');
/** An office, its portfolio list and the last portfolio, at the start of a run: "Union Minister of Ports, Shipping and Waterways ". */
const OFFICE_WITH_PORTFOLIOS = new RegExp(String.raw`^(?:\p{Lu}\p{L}+[ \u00A0]+)?(\p{Lu}\p{L}+)${PORTFOLIOS_TO_AND}\p{Lu}\p{L}+[ \u00A0]+`, 'u');

/** A place noun, then what it is called: "a camp they call", "an encampment named", "the square known as". */
const PLACE_NAMED_AS = /\b(?:camp|camps|encampment|settlement|village|town|neighbourhood|neighborhood|square|shelter|site)\b(?:[ \u00A0]+(?:they|locals|residents|people|families|relatives|protesters)(?:[ \u00A0]+have)?)?[ \u00A0]+(?:call|calls|called|named|dubbed|known[ \u00A0]+as)[ \u00A0]+$|\b(?:call|calls|called|named|name|dubbed)[ \u00A0]+(?:their|the|its|our)[ \u00A0]+(?:camp|encampment|settlement|shelter)[ \u00A0]+$/;

/** A short family name before a hyphenated given name, Korean style: "Oh Seung-hwan", "Lee Min-ji". */
export function isFamilyNameFirst(first: string, second: string): boolean {
  return /^\p{Lu}\p{Ll}{1,4}$/u.test(first) && /^\p{Lu}\p{Ll}+[-‑]\p{Ll}+$/u.test(second);
}

function opensKoreanName(words: readonly Word[]): boolean {
  return words.length >= 2 && isFamilyNameFirst(words[0]!.text, words[1]!.text);
}

/** The word before a name, past "the" and a compass or position word: "in the southeastern Aegean", "across northern Luzon". */
const PREPOSITION_BEFORE_PLACE =
  /([\p{L}]+)[ \u00A0]+(?:the[ \u00A0]+)?(?:(?:(?:north|south)(?:[-‑]?(?:east|west))?|east|west)(?:ern)?[ \u00A0]+|(?:central|far|upper|lower)[ \u00A0]+)?$/u;

/**
 * An article, preposition or conjunction capitalised only because it opens the sentence, which no name begins with.
 * (Not every preposition: "Near East Foundation", "Up Bank".)
 */
const SENTENCE_OPENING_FUNCTION_WORD =
  /^(?:The|A|An|For|In|At|On|With|From|By|After|Before|As|Like|Unlike|But|And|While|When|Since|To|Under|Despite|Amid|Against|Through|Within|Without|Including)$/;

/** A number word opening the sentence: "Four Chilean Air Force pilots". */
const SENTENCE_OPENING_COUNT = /^(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Dozens|Hundreds|Thousands)$/;

/** A legislature named alone: a body wherever it sits, however the text also writes the word. */
const LEGISLATURE = /^(?:Parliament|Congress|Senate)$/;

/** "the Liberia-flagged Coral Bay": a ship's flag state before its name. */
const FLAGGED_BEFORE = /[-‑]flagged[ \u00A0]+(?:\p{Ll}+[ \u00A0]+){0,2}$/u;

/** Lower-case nouns after a name that make it a named protest or day: "the Occupy Parliament march", "Saba Saba day". */
const PROTEST_AFTER = /^[ \u00A0]+(?:march|marches|rally|rallies|protest|protests|demonstration|demonstrations|vigil|walkout|sit-in|day)\b/;

/** Premises and people of a business, after its name: "outside Veltra offices", "Korlo staff". */
const BUSINESS_PREMISES_AFTER = /^[ \u00A0]+(?:offices|headquarters|stores|factories|plants|warehouses|branches|outlets|showrooms|premises|staff|employees|executives)\b/;

export class ChunkClassifier {
  /** Lone capitalised words left out for lack of evidence (sentence starts, headings): the corpus may vouch for them. */
  readonly deferred: Array<{ start: number; end: number }> = [];
  /** standingAloneCount per word, counted once per document. */
  private readonly standingAloneCounts = new Map<string, number>();

  constructor(
    private readonly text: string,
    private readonly knowledge: DocumentKnowledge,
  ) {}

  /** A word that is ordinary English here (common word, written lower case elsewhere, a title, a month...). */
  isOrdinary(word: string): boolean {
    const w = word.replace(/[’']s$/, '');
    return (
      isCommonWord(w) ||
      this.knowledge.lowercaseWords.has(w.toLowerCase()) ||
      isTitleWord(w) ||
      isRoleQualifier(w) ||
      isCalendarWord(w) ||
      isDemonym(w)
    );
  }

  private standingAlone(word: string): number {
    let n = this.standingAloneCounts.get(word);
    if (n === undefined) this.standingAloneCounts.set(word, (n = standingAloneCount(this.text, word)));
    return n;
  }

  /** A name the document or the lexicons already vouch for. */
  private isKnownName(name: string): boolean {
    return (
      isPlaceName(name) ||
      lookupKnownBody(name) !== undefined ||
      this.knowledge.personNames.has(name) ||
      this.knowledge.surnames.has(name) ||
      this.knowledge.otherNames.has(name)
    );
  }

  classify(chunk: Chunk): RawMention[] {
    let words = chunk.words;
    // A club named "<Town> United" ("Leeds United"): "United" ends no other kind of name.
    if (!chunk.weak && words.length >= 2 && words.at(-1)!.text === 'United' && words.every((w) => w.capitalised)) {
      const from = SENTENCE_OPENING_FUNCTION_WORD.test(words[0]!.text) ? 1 : 0;
      if (words.length - from >= 2) return [this.mention(words.slice(from), 'organization')];
    }
    // Headings: only names known from elsewhere — but a byline ("Edited by: Jane Doe") names a person.
    if (chunk.weak) {
      const byline = /\b[Bb]y:?[ \u00A0]*$/.test(this.text.slice(Math.max(0, words[0].start - 8), words[0].start));
      return byline && words.length >= 2 ? this.strong(words) : this.knownInside(words);
    }
    if (chunk.initial) {
      if (titlePrefixLength(words.map((w) => (w.possessive ? `${w.text}’s` : w.text))) > 0) return this.strong(words);
      const first = words[0];
      if (this.isKnownName(textOf(this.text, words))) return this.strong(words);
      // "“Abdoulaye has dreamed of …”": the first name of a person named in full, as the subject of a verb.
      if (words.length === 1 && this.knowledge.givenNames.has(first.text) && VERB_AFTER_NAME.test(this.text.slice(first.end, first.end + 20))) {
        return [this.person(words)];
      }
      // "Insurer Andes Mutual", "Broadcaster VTN": the noun introduces the organisation's name.
      if (words.length > 1 && isOrgIntroducingNoun(first.text) && words[1].capitalised) return [this.mention(words.slice(1), 'organization')];
      // Structure vouches for the whole run: an organisation or event head at its end ("The Tata Group", "World War II").
      if (words.length > 1 && (isOrgHeadWord(words[words.length - 1].text) || this.isEventRun(words))) {
        // (Not its opening article or preposition: "For Kestrel Energy, the sanctions bite hardest".)
        // (Nor a count before a country's body: "Four Chilean Air Force pilots", where "Three Gorges Dam" keeps its number.)
        const counted = SENTENCE_OPENING_COUNT.test(first.text) && (isDemonym(words[1]!.text) || isPlaceName(words[1]!.text));
        const from = SENTENCE_OPENING_FUNCTION_WORD.test(first.text) || counted ? 1 : 0;
        return this.strong(words.slice(from));
      }
      // Drop ordinary words that are capitalised only because they open the sentence ("Meeting Osei", "Neighbouring Argentina").
      // (Not one the document writes as a name in running text too: "of Varling’s fleet", then "Varling issued".)
      const shapedOrdinary = hasCommonWordShape(first.text) && this.standingAlone(first.text) === 0 &&
        (words.length === 1 || this.isKnownName(textOf(this.text, words.slice(1))));
      // (Not a Korean family name before its hyphenated given name: "Oh Seung-hwan and Kang Tae-joon were sentenced".)
      // (Nor a plural for the people named next: "Astronauts Ivo Marek and Jana Holm flew".)
      const peopleNamed = words.length > 1 && !first.allCaps && isPeopleGroupNoun(first.text.toLowerCase());
      if (!opensKoreanName(words) && !this.isKnownName(first.text) && (this.isOrdinary(first.text) || shapedOrdinary || peopleNamed)) {
        // (A word only shaped like one, "Varling", may still be a name the corpus knows: "Varling intends to".)
        if (!this.isOrdinary(first.text)) this.deferred.push({ start: first.start, end: first.end });
        words = words.slice(1);
        while (words.length > 0 && !words[0].capitalised) words = words.slice(1);
        return words.length > 0 ? this.strong(words) : [];
      }
      if (words.length === 1 && !this.hasNameEvidence(first)) {
        this.defer(first);
        return [];
      }
    }
    return this.strong(words);
  }

  /** Evidence for a lone sentence-initial word: lexicon, known name, acronym, or "X said". */
  private hasNameEvidence(word: Word): boolean {
    if (this.isKnownName(word.text)) return true;
    if (word.allCaps && !isCommonAcronym(word.text)) return true;
    // "Vostok, Valdoria’s biggest oil company, agreed": an appositive says what the name is.
    const head = appositiveHead(this.text, word.end);
    if (head && (isOrgIntroducingNoun(head) || PLACE_FOLLOWERS.has(head))) return true;
    const next = nextLowerWord(this.text, word.end);
    if (next === undefined) return false;
    // "X said", "X administration", and an owner before a role: "Microsoft founder", "Gazprom chief".
    return SPEECH_VERBS.has(next) || PERSON_FOLLOWERS.has(next) || (isTitleWord(next) && !this.isOrdinary(word.text) && !hasCommonWordShape(word.text));
  }

  /** The type a lone name has by the lexicons or the rest of the document: a person, a place, a known body. */
  private knownTypeOf(name: string): EntityType | undefined {
    if (this.knowledge.personNames.has(name) || this.knowledge.surnames.has(name)) return 'person';
    if (isPlaceName(name)) return 'place';
    if (lookupKnownBody(name)) return 'organization';
    if (this.knowledge.learning && this.knowledge.worksNames.has(name)) return undefined;
    return this.knowledge.otherNames.get(name);
  }

  /** In headings: only the names the lexicons or the rest of the document vouch for (longest first). */
  private knownInside(words: Word[]): RawMention[] {
    const out: RawMention[] = [];
    let i = 0;
    while (i < words.length) {
      let matched = 0;
      for (let len = Math.min(6, words.length - i); len >= 1; len--) {
        const part = words.slice(i, i + len);
        if (!part[0].capitalised || !part[len - 1].capitalised) continue;
        if (len > 1 && part.slice(0, -1).some((w) => w.possessive)) continue;
        if (this.isKnownName(textOf(this.text, part))) {
          out.push(...this.strong(part));
          matched = len;
          break;
        }
      }
      // "Lagos reacts to Osei-Kartika summit": two names the document knows, joined in a heading.
      if (!matched) {
        const pair = this.knownPair(words[i]!);
        if (pair) out.push(...pair);
        else this.defer(words[i]);
      }
      i += matched || 1;
    }
    return out;
  }

  /** "Osei-Kartika", "Valdoria–Lusmara": a word of two names the document knows, as two mentions. */
  private knownPair(word: Word): RawMention[] | undefined {
    const pair = /^(\p{Lu}[\p{L}]+)[-‑–](\p{Lu}[\p{L}]+)$/u.exec(word.text);
    if (!pair) return undefined;
    const parts = [
      { ...word, end: word.start + pair[1]!.length, text: pair[1]! },
      { ...word, start: word.end - pair[2]!.length, text: pair[2]! },
    ];
    const typed = parts.map((part) => this.knownTypeOf(part.text));
    if (typed.some((t) => t === undefined)) return undefined;
    return parts.map((part, k) => (typed[k] === 'person' ? this.person([part]) : this.mention([part], typed[k]!)));
  }

  private defer(word: Word): void {
    if (word.capitalised && !this.isOrdinary(word.text) && (!hasCommonWordShape(word.text) || this.standingAlone(word.text) > 0) && !/^\p{Lu}\.?$/u.test(word.text)) {
      this.deferred.push({ start: word.start, end: word.end });
    }
  }

  private mention(words: Word[], type: EntityType, canonical?: string, role?: string): RawMention {
    const m: RawMention = { start: words[0].start, end: words[words.length - 1].end, type };
    if (canonical) m.canonical = canonical;
    if (role) m.role = role;
    return m;
  }

  /**
   * A name of the type the document gave it. A place known only by the works named after it ("the Varnelco plant") is
   * weak evidence, like a guess: another source's company reading may outweigh it.
   */
  private knownMention(words: Word[], type: EntityType): RawMention {
    const m = this.mention(words, type);
    return type === 'place' && this.knowledge.worksNames.has(this.text.slice(m.start, m.end)) ? { ...m, guessed: true } : m;
  }

  private person(words: Word[], role?: string): RawMention {
    const start = words[0].start;
    const end = words[words.length - 1].end;
    const found = role ?? matchTitleBefore(this.text, start)?.text ?? matchRoleAfter(this.text, end)?.text;
    return this.mention(words, 'person', undefined, found);
  }

  /** A run in running text (not a heading, or its sentence-initial word already dealt with). */
  strong(words: Word[]): RawMention[] {
    const text = this.text;
    const whole = textOf(text, words);
    const texts = words.map((w) => (w.possessive ? `${w.text}’s` : w.text));
    const last = words[words.length - 1];
    // Time zones, weekdays, fiscal periods and accounting terms together name nothing: "GMT Monday", "FY26 EBITDA".
    if (words.every((w) => isCalendarWord(w.text) || isCommonAcronym(w.text))) return [];
    // A credit rating after a name is not part of it: "rates Chile BBB".
    if (words.length > 1 && isCreditRating(last.text)) return this.strong(words.slice(0, -1));
    if (this.labelsANumber(words)) return [];
    // A dateline of several words: "SANTA CLARA, Calif. —", "SAN JOSE, Costa Rica —", where a body's head word
    // names the place too ("MARENZA SPACE CENTER, Kestrel —"; a name built on another place's as well).
    if (words.length >= 2 && words.every((w) => w.allCaps) && this.placeAfterComma(last.end)) return [this.mention(words, 'place')];
    // "CEO of Kestrel Motorsport Promotions": an office of a body, after a name; the body is the entity.
    // So is "The President of the European Commission", "Governor of the Bank of England".
    const officeOf = words[0].text === 'The' ? words.slice(1) : words;
    if (officeOf.length >= 3 && isTitleWord(officeOf[0]!.text) && officeOf[1]!.text === 'of' && !isOrgHeadWord(officeOf[0]!.text)) {
      const body = officeOf.slice(2);
      while (body.length > 0 && !body[0]!.capitalised) body.shift();
      // (A body with an organisation's head word, or a name that is no portfolio: "CEO of Varnelco", not "Minister of Finance".)
      const named = body.some((w) => w.capitalised && isOrgHeadWord(w.text)) ||
        // (Two words at most: "Chancellor of the Exchequer Rachel Reeves" is an office, then its holder.)
        (body.length > 0 && body.length <= 2 && body.every((w) => w.capitalised && !isPortfolioWord(w.text) && !this.isOrdinary(w.text)) &&
          !this.knowledge.personNames.has(textOf(this.text, body)));
      if (named && body.every((w) => w.capitalised || isNameParticle(w.text))) return this.strong(body);
    }
    // "Organisers Kestrel Motorsport Promotions said": a plural label for who they are, then the name.
    if (words.length >= 3 && LABELS_BEFORE_NAME.has(words[0].text) && words.slice(1).every((w) => w.capitalised && !FUNCTION_WORD_IN_NAME.test(w.text))) {
      return this.strong(words.slice(1));
    }
    // An office with its portfolio list, then the holder: "Minister of Ports, Shipping and Waterways Meena Rao".
    const office = OFFICE_WITH_PORTFOLIOS.exec(whole);
    if (office && isTitleWord(office[1]!)) {
      const holder = words.filter((w) => w.start >= words[0].start + office[0].length);
      if (holder.length >= 2 && holder.every((w) => w.capitalised && !isOrgHeadWord(w.text))) return [this.person(holder, office[0].trim())];
    }
    // The last portfolio of an office joined by "and", then the holder: "Minister of Trade and [Industry Kofi Mensah]".
    if (words.length >= 3 && words.slice(1).every((w) => w.capitalised && !isOrgHeadWord(w.text))) {
      const office = PORTFOLIO_AND_BEFORE.exec(text.slice(Math.max(0, words[0].start - 80), words[0].start));
      if (office) return [this.person(words.slice(1), `${office[1]}${words[0].text}`)];
    }
    // "Monetary Policy Rate", "Consumer Price Index", "Cash Reserve Ratio": a measure's name, capitalised or not.
    if (words.length >= 2 && namesMeasure(words.at(-2)?.text, last.text) && !words.some((w) => isPlaceName(w.text) && w !== words[0])) return [];
    const disaster = this.namedDisaster(words);
    if (disaster) return [disaster];
    if (this.namesProtestOrDay(words, whole)) return [this.mention(words, 'event')];

    // "Ambassador to Mexico Daniel Whitcomb": the posting's country, then the envoy.
    const posting = this.postingThenPerson(words);
    if (posting) return posting;

    // Offices alone, joined by "and": "the Minister of Finance and Coordinating Minister of the Economy" names no one.
    if (words.some((w) => w.text === 'and') && splitOnAnd(words).every((part) => isOfficeOnly(part))) return [];

    // 1. A role at the front: "Chilean President Tomás Reyes", "U.S. President Donald Trump", "Senior Fellow".
    const { ownerEnd, roleEnd } = splitRolePrefix(texts);
    // Not a title word that opens a body's name ("Premier Division"), and a name after it ("Premier Division Kestrel").
    if (roleEnd === 1 && ownerEnd === 0 && words.length >= 2 && isOrgHeadWord(words[1]!.text) && words[2]?.text !== 'of') {
      const rest = words.slice(2);
      return [this.mention(words.slice(0, 2), 'organization'), ...(rest.length > 0 && rest[0]!.capitalised ? this.strong(rest) : [])];
    }
    // Not a role when the run is an organisation's name: "Directorate General of Civil Aviation", "General Dynamics".
    // (But "Group Chief Executive Jane Doe" is a title before a person's name.)
    const nameAfterRole = words.length - roleEnd >= 2 && roleEnd >= 2 && words.every((w) => w.capitalised) && words.slice(roleEnd).every((w) => !isOrgHeadWord(w.text));
    // (Nor a body's head with an "of"-tail of members: "House of Representatives", "Chamber of Deputies".)
    const orgNamed = words.length > 1 && ((isOrgHeadWord(last.text) && roleEnd < words.length) || (isOrgHeadWord(words[0].text) && isTitleWord(words[1].text) && !nameAfterRole) ||
      (words.length === 3 && isOrgOfHead(words[0].text) && words[1].text === 'of' && isTitleWord(last.text)));
    if (roleEnd > 0 && !orgNamed) {
      const out: RawMention[] = this.owner(words.slice(0, ownerEnd));
      const rest = words.slice(roleEnd);
      while (rest.length > 0 && !rest[0].capitalised) rest.shift();
      if (rest.length > 0) {
        let roleText = text.slice(words[0].start, words[roleEnd - 1].end);
        // A portfolio listed past the role: "Minister for Culture, Tourism and Civil Aviation Mira Thapa" — the name
        // is the run of words after the portfolio's last ordinary word.
        if (/\b(?:for|of)\b/.test(roleText) && rest.some((w) => w.text === 'and')) {
          let k = rest.length - 1;
          while (k >= 0 && !(rest[k]!.text === 'and' || isCommonWord(rest[k]!.text) || isOrgHeadWord(rest[k]!.text))) k--;
          if (k >= 0 && rest.length - k - 1 >= 2) {
            roleText = text.slice(words[0].start, rest[k]!.end);
            rest.splice(0, k + 1);
          }
        }
        const restText = textOf(text, rest);
        // An honorific names a person, even one whose name is a place's ("Mr Lagos").
        if (!isHonorific(roleText) && (isPlaceName(restText) || lookupKnownBody(restText) || (rest.length > 1 && rest.some((w) => isOrgHeadWord(w.text))))) {
          out.push(...this.strong(rest));
        } else {
          out.push(this.person(rest, roleText));
        }
      }
      return out;
    }

    // A run ending on a title is an owner and a role when another title joins it ("Kestrel President and Chief Legal
    // Officer Daniel Whitcomb") or no name follows ("made Varnelco Mining CEO"): the owner alone is named — not a
    // name like "John Major", nor a body of members ("Council of Ministers").
    if (words.length >= 2 && isTitleWord(last.text) && !TITLES_ALSO_SURNAMES.has(last.text)) {
      let ownerEnd = words.length - 1;
      while (ownerEnd > 0 && (isTitleWord(words[ownerEnd - 1]!.text) || isRoleQualifier(words[ownerEnd - 1]!.text))) ownerEnd--;
      const joined = JOINED_TITLE.exec(text.slice(last.end, last.end + 30));
      if (joined && (isTitleWord(joined[1]!) || isRoleQualifier(joined[1]!))) return this.owner(words.slice(0, ownerEnd));
      // (A lone owner word that heads a body is a body's name with a title in it: "Council Chairman".)
      const ownerNamed = ownerEnd > 1 || (ownerEnd === 1 && !isOrgHeadWord(words[0]!.text));
      const opensWithRole = isTitleWord(words[0]!.text) || isRoleQualifier(words[0]!.text);
      if (ownerNamed && !opensWithRole && words.every((w) => w.capitalised)) return this.owner(words.slice(0, ownerEnd));
    }

    // 2. Whole-name look-ups — but "Lagos said", after "Esteban Lagos", is the person, not the city.
    if (words.length === 1 && this.knowledge.surnames.has(whole) && SPEECH_VERBS.has(nextLowerWord(text, last.end) ?? '')) return [this.person(words)];
    const place = lookupPlace(whole);
    if (place) {
      if (place.canonical === 'the West') return [this.mention(words, 'place', 'the West')];
      return [this.mention(words, 'place', place.canonical)];
    }
    // An acronym the text itself spells out as a measure ("Marginal Swap Facility (MSF)") names none of the
    // bodies a lexicon knows by those letters.
    if (words.length === 1 && last.allCaps && this.isTermAcronym(whole)) return [];
    const body = lookupKnownBody(whole);
    // "moved into Downing Street", "spoke at the White House": the building, not the government in it.
    if (body && isSeatOfGovernment(body) && LOCATIVE_BEFORE.test(text.slice(Math.max(0, words[0].start - 12), words[0].start))) return [this.mention(words, 'place', body)];
    if (body) return [this.mention(words, 'organization', body)];
    // "a former Costa Rican vice president", "Sri Lankan officials": a nationality of a place of several words.
    if (words.length <= 3 && words.every((w) => w.capitalised && !w.allCaps) && isDemonymOfPlace(whole) && !isPlaceName(whole)) return [];
    // A country before a known body of its own: "US Federal Reserve", "UK Met Office"; or before a public body whose
    // name runs over "and": "U.S. Food and Drug Administration".
    const owned = words.slice(1);
    if (words.length >= 3 && lookupPlace(words[0].text)?.kind === 'country' &&
        (lookupKnownBody(textOf(text, owned)) || (owned.some((w) => w.text === 'and') && (isPublicBodyHead(last.text) || (isOrgOfHead(owned[0]!.text) && owned[1]?.text === 'for'))))) {
      return [...this.strong(words.slice(0, 1)), ...this.strong(owned)];
    }
    if (words.length >= 2 && isDemonym(words[0].text) && isNationalChapterBody(textOf(text, words.slice(1)))) return [this.mention(words, 'organization')];
    // "the Scottish Government", "the Welsh Parliament": a nation's own institution, named with its adjective.
    if (words.length === 2 && isDemonym(words[0].text) && isNationalInstitution(last.text)) return [this.mention(words, 'organization')];
    // "European Kestrel users": a nationality before a name the document writes on its own is no part of it.
    if (words.length === 2 && isDemonym(words[0].text) && !isOrgHeadWord(last.text) && writtenAloneMoreOften(text, last.text, whole)) {
      return this.strong(words.slice(1));
    }
    if (words.length === 1 && /^(?:West|East)$/.test(whole) && previousWord(text, words[0].start) === 'the') {
      return [this.mention(words, 'place', `the ${whole}`)];
    }
    // (While names are learnt, a place known only by its works is read afresh, so evidence of a company can show.)
    const knownType = this.knowledge.learning && this.knowledge.worksNames.has(whole) ? undefined : this.knowledge.otherNames.get(whole);
    // An office, not a body: "the Head of State said".
    if (/^Head of (?:State|Government)$/.test(whole)) return [];

    // A flight: "Flight SG417", and the airline before it apart ("Sagarmatha Airways Flight SG417").
    const flight = words.findIndex((w, k) => w.text === 'Flight' && k === words.length - 2 && FLIGHT_CODE.test(last.text));
    if (flight >= 0) return [...(flight > 0 ? this.strong(words.slice(0, flight)) : []), this.mention(words.slice(flight), 'event')];

    // 3. Events: "Cold War", "World War II", "G20 Summit".
    if (this.isEventRun(words)) return [this.mention(words, 'event')];

    // A power project is its site: "the Kudra Nuclear Power Project", "the Tarn Hydroelectric Project".
    if (words.length >= 3 && last.text === 'Project' && /^(?:Power|Hydroelectric|Hydropower|Hydel|Hydro|Solar|Wind)$/.test(words[words.length - 2]!.text)) return [this.mention(words, 'place')];

    // 4. Organisations by their head word: "Pacific Research Foundation", "Chilean Foreign Ministry",
    //    "Ministry of External Affairs", "St Aldric’s College London".
    if (words.length >= 2) {
      // A body named the Spanish or Portuguese way, its head first: "Minera Altamira", "Grupo Bimbo".
      if (isLeadingOrgWord(words[0].text) && words.slice(1).every((w) => w.capitalised || isNameParticle(w.text))) return [this.mention(words, 'organization')];
      // Software named like a body: "the Quill Office suite" (a product, though "Office" ends many bodies' names),
      // and so wherever the corpus has shown it to be one.
      if (words.length <= 4 && (softwareNounAfter(text, last.end) || knownType === 'equipment')) return [this.mention(words, 'equipment')];
      const hasOfTail = words.some((w) => !w.capitalised && (w.text === 'of' || w.text === 'for'));
      if (isOrgHeadWord(last.text) || endsAirlineName(words) || (hasOfTail && isOrgOfHead(words[0].text))) return [this.mention(words, 'organization')];
      // "Dhaka Chamber of Commerce and Industry", "Kenya Bureau of Standards": a place, then a body's head and its of-tail.
      if (words.some((w, k) => k > 0 && w.capitalised && isOrgOfHead(w.text) && words[k + 1]?.text === 'of')) return [this.mention(words, 'organization')];
      // "Transport for London", "Citizens for Clean Air": capitalised words joined by "for" name a body (a role such
      // as "Minister for Europe" was split off above).
      const forAt = words.findIndex((w) => w.text === 'for');
      if (forAt > 0 && words[forAt - 1]!.capitalised && words[forAt + 1]?.capitalised && !isTitleWord(words[0].text)) return [this.mention(words, 'organization')];
      const headAt = words.findIndex((w, k) => k > 0 && isOrgHeadWord(w.text));
      if (headAt > 0 && words.slice(headAt + 1).every((w) => isPlaceName(w.text))) return [this.mention(words, 'organization')];
      // "Valdorian Air Force Chinooks": a body's name, then the machines it flies, named in the plural.
      const machines = words[headAt + 1];
      if (headAt > 0 && headAt === words.length - 2 && machines && /^\p{Lu}\p{Ll}+s$/u.test(machines.text) && !isOrgHeadWord(machines.text) && !isPlaceName(machines.text)) {
        return [this.mention(words.slice(0, headAt + 1), 'organization'), this.mention([machines], 'equipment')];
      }
      // Places by their head word: "Bungku Industrial Park", "Northern Sea Route", "Palam Air Base" — unless the
      // text calls it a ship or a product: "the container ship Coral Bay", "the Panama-flagged Coral Bay".
      // (A country's railway is its operator: "Bangladesh Railway will procure trains".)
      const nationalOperator = words.length === 2 && last.text === 'Railway' && lookupPlace(words[0]!.text)?.kind === 'country';
      if (nationalOperator) return [this.mention(words, 'organization')];
      // A space station is a craft in orbit, not a place on the ground: "the International Space Station".
      if (words.length >= 2 && last.text === 'Station' && words[words.length - 2]!.text === 'Space') return [this.mention(words, 'equipment')];
      // (An appeals court is named by its number: "the Ninth Circuit".)
      const beforeLast = words[words.length - 2]?.text ?? '';
      if (last.text === 'Circuit' && (ORDINAL_WORDS.has(beforeLast.toLowerCase()) || /^(?:Federal|D\.C\.)$/.test(beforeLast))) {
        return [this.mention(words, 'organization')];
      }
      // A district that runs a service is a body: "Caldera Public Health District", "Marova School District".
      if (last.text === 'District' && words.length >= 3 && SERVICE_DISTRICT.test(words[words.length - 2]!.text)) return [this.mention(words, 'organization')];
      if (PLACE_HEADS.has(last.text) && words.every((w) => w.capitalised)) {
        const vessel = FLAGGED_BEFORE.test(text.slice(Math.max(0, words[0].start - 30), words[0].start)) || namesProduct(text, words[0].start, last.end) ||
          this.knowledge.otherNames.get(whole) === 'equipment';
        return [this.mention(words, vessel ? 'equipment' : 'place')];
      }
      if (startsWithPlacePrefix(whole) && words.length <= 4 && words.every((w) => w.capitalised || isNameParticle(w.text)) && !this.knowledge.personNames.has(whole)) {
        return [this.mention(words, 'place')];
      }
    }

    if (words.length >= 2 && LEGAL_PREFIXES.has(words[0].text)) return [this.mention(words, 'organization')];
    // A ship: "the MV Luangwa Star", "HMS Queen Elizabeth", "INS Vikrant".
    if (words.length >= 2 && VESSEL_PREFIXES.has(words[0].text)) return [this.mention(words, 'equipment')];

    // An acronym in front of a person's name is the owner of an unwritten role: "NSA Ajit Doval", "BJP MP ...".
    const rest = words.slice(1);
    if (words[0].allCaps && !/^(?:\p{Lu}\.)+$/u.test(words[0].text) && rest.length >= 2 && rest.every((w) => w.capitalised && !w.allCaps && !this.isOrdinary(w.text))) {
      return [this.mention([words[0]], 'organization', lookupKnownBody(words[0].text)), this.person(rest)];
    }

    // 5. Runs with a place inside: split when the rest is ordinary or a known person, else a name built on a
    //    place ("Coal India", "Air India").
    if (words.length >= 2) {
      // "Esteban Lagos", when "Mr Lagos" is said too or a title comes before ("chief executive Esteban Lagos"): a
      // person whose surname is also a place's name.
      const titleBefore = matchTitleBefore(text, words[0].start) !== undefined;
      const surname = this.knowledge.surnames.has(last.text) || this.knowledge.personNames.has(last.text) || titleBefore;
      // A given name that is also a place's ("Sofia Castellanos", "Victoria Lopez") when a title or a role says so.
      const titled = titleBefore || matchRoleAfter(text, last.end) !== undefined;
      // So is one common as a given name before a word that is no place, body or ordinary word: "Sofia Marchetti".
      const surnameAfter = !isPlaceName(last.text) && !isOrgHeadWord(last.text) && !lookupKnownBody(last.text);
      // (Not before a plural, which names a team: "Carolina Panthers".)
      const givenName = words.length <= 3 && isPlaceGivenName(words[0].text) && !this.isOrdinary(last.text) && !last.allCaps && !/s$/.test(last.text);
      const givenNameIsPlace = surnameAfter && (titled || givenName);
      if (words.length <= 4 && (surname || titled || givenNameIsPlace) && words.every((w) => w.capitalised || isNameParticle(w.text)) && (!isPlaceName(words[0].text) || givenNameIsPlace)) {
        return [this.person(words)];
      }
      const pieces = this.splitOnPlaces(words);
      if (pieces) return pieces;
    }

    // 6. Everything else.
    if (words.every((w) => !w.capitalised || this.isOrdinary(w.text))) {
      if (words.length === 1) return this.singleOrdinary(words[0]);
      return [];
    }
    if (words.length === 1) return this.single(words[0], knownType);
    if (knownType) return [this.knownMention(words, knownType)];
    // An appositive that calls it a company: "Nordhavn Line, the Copenhagen-based carrier" — but a trade a person
    // plies too, after "said", is a person's: "said Vikram Rao, a Pune-based importer".
    const apposedHead = appositiveHead(text, last.end) ?? '';
    if (isOrgIntroducingNoun(apposedHead)) {
      const saidBefore = SPEECH_VERBS.has(previousWord(text, words[0].start)?.toLowerCase() ?? '');
      const personal = saidBefore && PERSONAL_TRADES.has(apposedHead) && words.length <= 3 && words.every((w) => !w.allCaps && !isOrgHeadWord(w.text));
      return [personal ? this.person(words) : this.mention(words, 'organization')];
    }
    // What an appositive calls a place: "El Sauce, the world's largest underground mine", "Port Quill, a fishing town".
    if (PLACE_FOLLOWERS.has(apposedHead) && !isOrgHeadWord(last.text) && !this.knowledge.personNames.has(whole)) return [this.mention(words, 'place')];
    // A camp or a settlement and what people call it: "a tented camp they call Campamento Esperanza".
    if (PLACE_NAMED_AS.test(text.slice(Math.max(0, words[0].start - 60), words[0].start))) return [this.mention(words, 'place')];
    // A machine's name that ends in what it is: "Advanced Medium Combat Aircraft", "Small Modular Reactor".
    if (words.length >= 2 && MACHINE_NAME_END.test(last.text) && !isOrgHeadWord(last.text)) return [this.mention(words, 'equipment')];
    // A product or a machine named as such: "Tussin DX cough syrup", "E5 Series Shinkansen trains", "the vessel Coral Star".
    if (words.length <= 4 && !isOrgHeadWord(last.text) && namesProduct(text, words[0].start, last.end)) return [this.mention(words, 'equipment')];
    // A site named after its place: "the Tangguh LNG facility".
    const site = this.siteNamedAfter(last.end);
    if (site && !isOrgHeadWord(last.text)) return [this.siteMention(words, site, last.end)];
    // Capitals make an organisation ("GE Aerospace", "HSBC Holdings") — but dotted initials are a person's.
    const isInitials = (w: Word): boolean => /^(?:\p{Lu}\.)+$/u.test(w.text) && !isPlaceName(w.text);
    // (A guess from shape alone: other mentions with evidence outvote it.)
    // (Not a name in capitals throughout, "JANA HOLM": that is the page's typography, not an acronym.)
    const shouted = words.length >= 2 && words.every((w) => w.allCaps && w.text.length >= 3);
    if ((words.some((w) => w.allCaps && !isInitials(w)) && !shouted) || words.some((w) => /\d/.test(w.text))) {
      return [{ ...this.mention(words, 'organization'), guessed: true }];
    }
    // A compass point before a name after a place preposition: "in West Java", "across Northern Luzon".
    if (words.length <= 3 && COMPASS_WORDS.has(words[0].text) && words.slice(1).every((w) => w.capitalised && !isOrgHeadWord(w.text)) &&
        (this.followsPlacePreposition(words[0].start, last.end) || isPlaceName(textOf(text, words.slice(1))))) {
      return [this.mention(words, 'place')];
    }
    // A leading ordinary word mid-sentence ("Special Envoy"): drop it and look again.
    // Only list words here: a first name that is also a lower-case word elsewhere ("Bill", "Frank") must stay.
    if ((isCommonWord(words[0].text) || isRoleQualifier(words[0].text)) && !this.knowledge.personNames.has(whole) && !opensKoreanName(words)) {
      const rest = words.slice(1);
      while (rest.length > 0 && !rest[0].capitalised) rest.shift();
      return rest.length > 0 ? this.strong(rest) : [];
    }
    if (this.followsRoleAt(words[0].start) || this.calledCompanyAt(words[0].start)) return [this.mention(words, 'organization')];
    // "Premier League club Bristol Albion", "shipping firm Norden Line": a noun that introduces a company or a club.
    const introducer = previousWord(text, words[0].start);
    // (Not "leftist rival Verónica Huamán": a rival or a giant may be a person.)
    if (introducer && /^\p{Ll}/u.test(introducer) && isOrgIntroducingNoun(introducer) && !PERSON_OR_BODY_NOUNS.has(introducer)) {
      return [this.mention(words, 'organization')];
    }
    if (words.length <= 5 && words.every((w) => w.capitalised || isNameParticle(w.text))) {
      const next = nextLowerWord(text, last.end);
      if (next && isEquipmentNoun(next) && words.length <= 2 && !this.knowledge.personNames.has(whole)) {
        return [this.mention(words, 'equipment')];
      }
      if (!this.knowledge.personNames.has(whole)) {
        // "the Chikondi North deposit", "Hebei Yanshan province": a site noun after the name.
        const site = this.siteNamedAfter(last.end);
        if (site) return [this.siteMention(words, site, last.end)];
        if (this.followsPlacePreposition(words[0].start, last.end)) return [this.mention(words, 'place')];
        if (this.isListedWithPlace(words[0].start, last.end)) return [this.mention(words, 'place')];
        // A person's name takes no article: "told the Forth Valley Record", "in the Jatiya Sangsad".
        if (this.followsArticle(words[0].start)) return [{ ...this.mention(words, 'organization'), guessed: true }];
        // A maker before its model: "Halvard Marten’s HM-40", "Orla Aero’s 320" (a guess: a person may own one).
        if (MODEL_AFTER_POSSESSIVE.test(text.slice(last.end, last.end + 16))) return [{ ...this.mention(words, 'organization'), guessed: true }];
      }
      // A name ending in a trade the text also writes in lower case is a company's: "Varnelco Gaming", "Kestrel Mining".
      const trade = words.length >= 2 && /ing$/.test(last.text) && this.knowledge.lowercaseWords.has(last.text.toLowerCase());
      // A company's stock, staff or sale: "Kestrel Forge shares jumped", "to buy Kestrel Forge" (a guess).
      if (!this.knowledge.personNames.has(whole) && (trade || COMPANY_STAKE_AFTER.test(text.slice(last.end, last.end + 24)) ||
          COMPANY_SALE_BEFORE.test(text.slice(Math.max(0, words[0].start - 30), words[0].start)))) {
        return [{ ...this.mention(words, 'organization'), guessed: true }];
      }
      // No person's name ends in a number word ("Hualong One", "Formula One"): a guess that evidence elsewhere outvotes.
      // Nor opens with a nationality ("Danish Superliga", "Swiss Railways": a title would come between).
      if ((/^(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)$/.test(last.text) || (words.length <= 3 && isDemonym(words[0].text))) &&
          !this.knowledge.personNames.has(whole)) {
        return [{ ...this.mention(words, 'organization'), guessed: true }];
      }
      // An owner and what it owns, where the text also writes the first word's possessive before the second
      // ("Varnelco Skyhawk reaches orbit", "Varnelco’s Skyhawk capsule"): no person's given name takes a possessive
      // before the surname. The owner is a guess (a country owns things too); the thing is read on its own.
      if (words.length === 2 && !words[0].possessive && !this.knowledge.personNames.has(whole) && this.writtenAsOwned(words[0].text, last.text)) {
        return [{ ...this.mention([words[0]], 'organization'), guessed: true }, ...this.strong([last])];
      }
      return [this.person(words)];
    }
    return [this.mention(words, 'organization')];
  }

  /** "the Tralca fire", "the 2019 Cerro Negro fire": a name with a disaster noun after it, as one event. */
  private namedDisaster(words: Word[]): RawMention | undefined {
    const last = words[words.length - 1];
    const m = /^[ \u00A0]+(\p{Ll}+)\b/u.exec(this.text.slice(last.end, last.end + 24));
    if (!m || !DISASTER_NOUNS.has(m[1])) return undefined;
    if (!/\b[Tt]he[ \u00A0]+(?:\d{4}[ \u00A0]+|\p{Ll}+[ \u00A0]+)?$/u.test(this.text.slice(Math.max(0, words[0].start - 30), words[0].start))) return undefined;
    if (words.every((w) => isPlaceName(w.text) || isDemonym(w.text)) || this.knowledge.personNames.has(textOf(this.text, words))) return undefined;
    // A body's name before it ("the Kestrel Air crash", "the Selka Mining disaster") names whose it was, not the event.
    if (words.length > 1 && (isOrgHeadWord(last.text) || endsAirlineName(words))) return undefined;
    return { start: words[0].start, end: last.end + m[0].length, type: 'event' };
  }

  /**
   * "the Occupy Parliament march", "Saba Saba day": a named protest or day of two words or more (not "the Nairobi
   * march", held in a place, nor "the Amina Odhiambo rally", a person's).
   */
  private namesProtestOrDay(words: Word[], whole: string): boolean {
    const last = words[words.length - 1]!;
    if (words.length < 2 || !PROTEST_AFTER.test(this.text.slice(last.end, last.end + 16)) || !words.every((w) => w.capitalised)) return false;
    if (words.some((w) => isPlaceName(w.text) || isDemonym(w.text)) || this.knowledge.otherNames.get(whole) === 'place') return false;
    return !this.knowledge.personNames.has(whole) && !this.knowledge.surnames.has(last.text);
  }

  /**
   * A label or code before a number, not a name: "Line 4", "Unit 5" (model names were read as equipment
   * already), "Room B2", "flight No. RSD-1" (a numbered flight is read as an event apart: "flight GA 612").
   */
  private labelsANumber(words: Word[]): boolean {
    const last = words[words.length - 1];
    const after = this.text.slice(last.end, last.end + 8);
    if (words.length === 2) return isNumberedThing(words[0].text) && /^[A-Z]{0,2}\d+[A-Z]?$/.test(last.text);
    if (words.length !== 1) return false;
    if (last.allCaps) return (last.text.length <= 3 && /^[ \u00A0]+\d/.test(after)) || /^[-‑]\d/.test(after);
    return (isNumberedThing(last.text) || this.isOrdinary(last.text)) && /^[ \u00A0]+\d+\b(?![.,]\d)/.test(after);
  }

  /**
   * A one-word name of a show or a tournament: "the Lumex trade show", "Lumex, the big electronics fair", or where a
   * product is shown ("will unveil the chip at Lumex in Osaka").
   */
  private namesGathering(word: Word, apposition: string | undefined): boolean {
    if (apposition && GATHERING_NOUNS.test(apposition)) return true;
    if (GATHERING_AFTER.test(this.text.slice(word.end, word.end + 24))) return true;
    const before = this.text.slice(Math.max(0, word.start - 80), word.start);
    if (!SHOWN_AT.test(before)) return false;
    // "at Lumex in Osaka": a show is held in a city; "at Harvard in March" names no show.
    const city = /^[ \u00A0]+in[ \u00A0]+((?:\p{Lu}[\p{L}.]*[ \u00A0]?){1,3})/u.exec(this.text.slice(word.end, word.end + 40));
    return city !== null && this.isPlaceLike(city[1]!.trim());
  }

  /** "Cold War", "World War II", "G20 Summit": two or more words ending in an event head. */
  private isEventRun(words: Word[]): boolean {
    if (words.length < 2) return false;
    const last = words[words.length - 1].text;
    const whole = textOf(this.text, words);
    // A trade congress: "Mobile World Congress" (a bare "Congress" is a legislature or a party).
    if (words.length >= 2 && words[words.length - 2]!.text === 'World' && last === 'Congress') return true;
    // Festivals of several words: "Eid al-Adha", "Eidul Azha", "Diwali Mela".
    if (HOLIDAYS.has(words[0]!.text.replace(/[-‑].*$/, '')) || /^Eid(?:ul|[-‑]ul)$/.test(words[0]!.text)) return true;
    if (TWO_WORD_HOLIDAYS.has(whole)) return true;
    // "the Inti Raymi festival", "the Fiestas Patrias independence celebration": a festival named.
    if (FESTIVAL_AFTER.test(this.text.slice(words[words.length - 1]!.end, words[words.length - 1]!.end + 40)) && !words.every((w) => isPlaceName(w.text))) return true;
    // Named operations: "Operation Desert Storm", "Operation Clean Water".
    if (/^(?:Operation|Operación|Operação|Opération|Operazione)$/.test(words[0]!.text) && words.every((w) => w.capitalised)) return true;
    // Protest movements named for what they occupy: "Occupy Wall Street", "Occupy Central".
    if (words[0]!.text === 'Occupy' && words.length >= 2 && words.every((w) => w.capitalised)) return true;
    // Named storms: "Cyclone Idai", "Hurricane Maria", "Typhoon Haiyan", "Tropical Storm Alberto".
    if (NAMED_STORM.test(whole)) return true;
    // A gathering for business: "Kenya-Uganda Business Forum", "Global Investors Forum" (a standing body is
    // named otherwise: "World Economic Forum").
    if (/^(?:Business|Investors?|Investment|Trade)$/.test(words[words.length - 2]!.text) && /^(?:Forum|Conclave|Meet)$/.test(last)) return true;
    // A forum or conclave one speaks at, or that is held in a city, is the gathering: "told the Baltic Grain Forum in Riga",
    // "on the sidelines of the Pacific Mobility Conclave" (but "the Grain Forum said", "a fellow at the Policy Forum": a body).
    if (/^(?:Forum|Conclave|Expo)$/.test(last) && !this.followsRoleAt(words[0]!.start)) {
      const first = words[0]!.start;
      const before = this.text.slice(Math.max(0, first - 40), first);
      if (GATHERING_ATTENDED.test(before) || (/\bthe[ \u00A0]+$/i.test(before) && this.placedIn(words[words.length - 1]!.end))) return true;
    }
    // A Grand Prix by its short name: "the Indian GP", "Monaco GP".
    if (last === 'GP' && words.length === 2 && (isDemonym(words[0]!.text) || isPlaceName(words[0]!.text))) return true;
    if (!EVENT_HEADS.has(last.toLowerCase()) && !(/^(?:[IVX]+|One|Two)$/.test(last) && /\bWar\b/.test(whole))) return false;
    return !words.every((w) => isPlaceName(w.text));
  }

  /** Is the name at `start` called what only a company is ("market leader X", "a unit of Y's X")? */
  private calledCompanyAt(start: number): boolean {
    return COMPANY_BEFORE.test(this.text.slice(Math.max(0, start - 50), start));
  }

  /** A place then a name right after an envoy's posting ("Ambassador to Mexico Daniel Whitcomb"), split in two. */
  private postingThenPerson(words: Word[]): RawMention[] | undefined {
    if (words.length < 2 || !ENVOY_TO.test(this.text.slice(Math.max(0, words[0].start - 40), words[0].start))) return undefined;
    for (let len = Math.min(3, words.length - 1); len >= 1; len--) {
      const name = textOf(this.text, words.slice(0, len));
      const place = lookupPlace(name);
      const body = place ? undefined : lookupKnownBody(name);
      const rest = words.slice(len);
      if (!(place || body) || !rest.every((w) => w.capitalised)) continue;
      const where = place ? this.mention(words.slice(0, len), 'place', place.canonical) : this.mention(words.slice(0, len), 'organization', body);
      // "Sir Ian Fox": an honorific or title in front is the envoy's role.
      const envoy = splitRolePrefix(rest.map((w) => w.text)).roleEnd > 0 ? this.strong(rest) : [this.person(rest)];
      return [where, ...envoy];
    }
    return undefined;
  }

  /** "analysts at X", "a professor at X", "senior fellow with X": X is where the role is held, an organisation. */
  private followsRoleAt(start: number): boolean {
    // (Not "a congresswoman from X": an office over a territory, which is a place.)
    if (OFFICE_OVER.test(this.text.slice(Math.max(0, start - 40), start))) return false;
    const m = /([\p{L}]+)[ \u00A0]+(?:at|with|from)[ \u00A0]+(?:the[ \u00A0]+)?$/u.exec(this.text.slice(Math.max(0, start - 50), start));
    return m !== null && isTitleWord(m[1]);
  }

  /** The owner in front of a role ("U.S." Treasury Secretary, "Palace" Spokesman, "General Motors" CEO). */
  private owner(words: Word[]): RawMention[] {
    const named = words.filter((w) => w.capitalised);
    if (named.length === 0 || named.every((w) => isDemonym(w.text))) return [];
    const name = textOf(this.text, words);
    const place = lookupPlace(name);
    if (place) return [this.mention(words, 'place', place.canonical)];
    const body = lookupKnownBody(name);
    if (body) return [this.mention(words, 'organization', body)];
    // A national institution is a body, portfolio or not: "Treasury Secretary", "Army chief", "Senate leader".
    if (words.length === 1 && isNationalInstitution(name)) return [this.mention(words, 'organization')];
    // A portfolio, not a body: "Manpower Minister", "Mineral Resources Minister", "UK Defence Secretary" (the
    // places or known bodies inside it still count).
    const last = words[words.length - 1]!;
    const portfolio = /^[ \u00A0]+(?:Minister|Ministers|Secretary|Secretaries|Commissioner)\b/.test(this.text.slice(last.end, last.end + 16));
    if (!portfolio && words.length > 1 && isOrgHeadWord(last.text)) return [this.mention(words, 'organization')];
    // "Kestrel Beach Police Chief", "Kestrel Valley police": a name ending in a place's head word is the place served.
    if (words.length > 1 && PLACE_HEADS.has(last.text) && words.every((w) => w.capitalised)) return [this.mention(words, 'place')];
    // "Batang Regent", "Cusco Governor": the territory an office is held over.
    if (TERRITORIAL_OFFICE_AFTER.test(this.text.slice(last.end, last.end + 20)) && words.every((w) => w.capitalised && !w.allCaps && !this.isOrdinary(w.text))) {
      return [this.mention(words, 'place')];
    }
    // Places or known bodies inside ("U.S. Treasury", "Senate Majority") are mentions of their own.
    const known = words.filter((w) => w.capitalised && (isPlaceName(w.text) || lookupKnownBody(w.text) || isNationalInstitution(w.text)));
    if (known.length > 0 && !(known.length === 1 && words.length === 1)) return known.flatMap((w) => this.owner([w]));
    if (portfolio) return [];
    // Otherwise an unknown name holding a role is an organisation ("Varnelco Platforms CEO", "Nvidia chief").
    if (words.every((w) => w.capitalised && !this.isOrdinary(w.text))) return [this.mention(words, 'organization')];
    return [];
  }

  /** An ordinary word standing alone: only "X administration" style evidence makes it a person. */
  private singleOrdinary(word: Word): RawMention[] {
    // A legislature capitalised is the body, though the text also writes "parliament" in lower case.
    if (LEGISLATURE.test(word.text)) return [this.mention([word], 'organization')];
    if (this.knowledge.personNames.has(word.text) || this.knowledge.surnames.has(word.text)) return [this.person([word])];
    // A word that qualifies roles ("Environment Minister"), standing alone as a name in the middle of sentences more
    // than once ("voted for Environment", "a rally for Environment."), is a party or body named after its cause:
    // wherever it is not part of a longer name ("The Environment chairman", "Environment has taken").
    if (isRoleQualifier(word.text) && !isCommonWord(word.text) && !this.knowledge.lowercaseWords.has(word.text.toLowerCase()) &&
        !/^(?:[’']s)?[ \u00A0]+\p{Lu}/u.test(this.text.slice(word.end, word.end + 4)) && this.standingAlone(word.text) >= 2) {
      return [this.mention([word], 'organization')];
    }
    return [];
  }

  private single(word: Word, knownType: EntityType | undefined): RawMention[] {
    const w = word.text;
    // A legislature is a body wherever it sits: "protesters outside Parliament".
    if (LEGISLATURE.test(w)) return [this.mention([word], 'organization')];
    // "the Bill", "this Act": a law under debate, capitalised in house style, names no entity.
    if (/^(?:Bill|Act|Budget)$/.test(w) && /\b(?:the|this|that)[ \u00A0]+$/i.test(this.text.slice(Math.max(0, word.start - 6), word.start))) return [];
    if (this.calledCompanyAt(word.start)) return [this.mention([word], 'organization')];
    if (HOLIDAYS.has(w)) return [this.mention([word], 'event')];
    // "the COP30 climate summit": a numbered meeting's name (a standing group such as the G20 is known as a body).
    // So is one that something happens at, before or during: "will press the case at COP31 in November".
    if (/^\p{Lu}{2,5}\d{1,3}$/u.test(w) && !lookupKnownBody(w) &&
        (MEETING_AFTER.test(this.text.slice(word.end, word.end + 40)) || /\b(?:at|before|after|during|ahead[ \u00A0]+of)[ \u00A0]+(?:the[ \u00A0]+)?$/.test(this.text.slice(Math.max(0, word.start - 16), word.start)))) {
      return [this.mention([word], 'event')];
    }
    const state = datelineStateAt(this.text, word.start, word.end);
    if (state) return [this.mention([word], 'place', state)];
    if (isSuffixedProductName(this.text, word.start, word.end)) return [this.mention([word], 'equipment')];
    // "the Osei-Kartika talks", "Valdoria–Lusmara ties": two names joined to modify a noun are two mentions.
    if (!knownType && nextLowerWord(this.text, word.end) !== undefined) {
      const pair = this.knownPair(word);
      if (pair) return pair;
    }
    if (isCalendarWord(w) || isCommonAcronym(w) || /^\p{Lu}\.?$/u.test(w) || (!word.allCaps && isPeopleGroupNoun(w.toLowerCase()))) return [];
    if (this.knowledge.personNames.has(w) || this.knowledge.surnames.has(w)) return [this.person([word])];
    const next = nextLowerWord(this.text, word.end);
    const prev = previousWord(this.text, word.start);
    if (next && PERSON_FOLLOWERS.has(next) && !word.allCaps) return [this.person([word])];
    // (Not a thing's "owner", which is as often a company: "Kestrel owner Varnelco".)
    const title = matchTitleBefore(this.text, word.start);
    // (Nor "their official Zerbo account": after a determiner, "official" is an adjective.)
    const adjective = title !== undefined && /^official$/i.test(title.text) && next !== undefined && !SPEECH_VERBS.has(next) &&
      /\b(?:the|a|an|its|their|his|her|our|my|your)[ \u00A0]+$/i.test(this.text.slice(Math.max(0, title.start - 12), title.start));
    if (title && !/\bowners?$/i.test(title.text) && !adjective) return [this.person([word])];
    // "his son, Aarav,", "her daughter Mia": a relative named after the kinship noun.
    if (KINSHIP_BEFORE.test(this.text.slice(Math.max(0, word.start - 16), word.start))) return [this.person([word])];
    const glued = this.text.slice(word.end, word.end + 8);
    // "Honolulu-based", "Lagos-headquartered": where something is based is a place.
    if (/^[-‑](?:based|headquartered)\b/.test(glued)) return [this.mention([word], 'place')];
    // "Mogami-class frigates": a class of ships or aircraft is named after its first unit.
    if (/^[-‑]class\b/.test(glued)) return [this.mention([word], 'equipment')];
    // What the text says of this mention outweighs a weaker reading of another: "its vaccine, Dengvaxia," after
    // "rooted in the Dengvaxia scandal" read it as a place.
    if (knownType && knownType !== 'equipment' && knownType !== 'person' && namesProduct(this.text, word.start, word.end)) return [this.mention([word], 'equipment')];
    if (knownType) return [this.knownMention([word], knownType)];
    // "the club's Hambrook training ground", "the Palam air base": a site named after its place.
    if (TRAINING_SITE_AFTER.test(this.text.slice(word.end, word.end + 30)) || SITE_AFTER.test(this.text.slice(word.end, word.end + 40))) {
      return [this.mention([word], 'place')];
    }
    if ((prev && isOrgIntroducingNoun(prev)) || this.followsRoleAt(word.start)) return [this.mention([word], 'organization')];
    if (next && isEquipmentNoun(next)) return [this.mention([word], 'equipment')];
    // What an appositive calls it: ", the Copenhagen-based carrier", ", a 9,000-container vessel", ", a fishing town".
    const apposition = appositiveHead(this.text, word.end);
    if (apposition && isOrgIntroducingNoun(apposition)) return [this.mention([word], 'organization')];
    if (namesProduct(this.text, word.start, word.end, apposition)) return [this.mention([word], 'equipment')];
    if (apposition && PLACE_FOLLOWERS.has(apposition)) return [this.mention([word], 'place')];
    // ", a student", ", a Valdorian national": one person.
    if (apposition && isOnePersonNoun(apposition)) return [this.person([word])];
    if (this.namesGathering(word, apposition)) return [this.mention([word], 'event')];
    // "from Jakarta to Cirebon": the end of a route that starts at a place.
    const route = /\bfrom[ \u00A0]+((?:\p{Lu}[\p{L}]*[ \u00A0]?){1,3})[ \u00A0]+(?:to|toward|towards)[ \u00A0]+$/u.exec(this.text.slice(Math.max(0, word.start - 50), word.start));
    if (route && this.isPlaceLike(route[1].trim())) return [this.mention([word], 'place')];
    // A dateline: "MARENZA, May 6 (Newswire) -" at the start of a line.
    if (word.allCaps && opensDatedDateline(this.text, word.start, word.end)) return [this.mention([word], 'place')];
    // A dateline or an address: "BUNGKU, Indonesia —", "Jamshedpur, India".
    if (this.placeAfterComma(word.end)) return [this.mention([word], 'place')];
    // A time zone after a clock time: "at 4.15pm EST", "by 6 a.m. CT".
    const zone = TIME_ZONES.has(w.toLowerCase()) || SHORT_TIME_ZONES.has(w.toLowerCase());
    if (word.allCaps && zone && /\d(?:[ \u00A0]*[ap]\.?m\.?|[:.]\d\d)[ \u00A0]+$/i.test(this.text.slice(Math.max(0, word.start - 12), word.start))) return [];
    if (word.allCaps && !this.isTermAcronym(w)) return [this.mention([word], 'organization')];
    if (word.allCaps) return [];
    // A capital inside the word ("IndiGo", "PayPal") names a brand, never a person ("McDonald", "DeSantis" aside).
    if (/^\p{Lu}\p{Ll}{2,}\p{Lu}/u.test(w) && !/^(?:Mac|Mc|De|Di|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}/u.test(w)) {
      return [this.mention([word], 'organization')];
    }
    // "the governor of Tarvia said": the office's territory, whatever verb follows.
    if (OFFICE_OVER.test(this.text.slice(Math.max(0, word.start - 40), word.start))) return [this.mention([word], 'place')];
    if (next && SPEECH_VERBS.has(next)) {
      // "the Commission said": a person's name takes no article.
      if (this.followsArticle(word.start)) return [this.mention([word], 'organization')];
      // "Kestrel said" alone is weak: a company speaks too. The corpus decides (a person is named in full somewhere).
      return [{ ...this.person([word]), guessed: true }];
    }
    // "shares in Kaito", "a stake in Northport": a holding is in a company.
    if (HOLDING_IN.test(this.text.slice(Math.max(0, word.start - 20), word.start))) return [this.mention([word], 'organization')];
    // "in the Varnelco mine": the preposition places the works, not the name before them.
    if (next && OWNED_WORKS.has(next) && this.siteNamedAfter(word.end) === 'place') return [this.siteMention([word], 'place', word.end)];
    if (this.followsPlacePreposition(word.start, word.end)) return [this.mention([word], 'place')];
    // "between Santa Inés and Collinque", "Dhaka, Chattogram and Gazipur": a name listed with a place is a place.
    if (this.isListedWithPlace(word.start, word.end)) return [this.mention([word], 'place')];
    // "the Jakarta–Bandung line": joined by a dash to a place, a place too.
    if (this.dashJoinedToPlace(word)) return [this.mention([word], 'place')];
    // "Californian", "Bavarian": the people or things of a known place, not a name.
    if (isDemonymOfPlace(w)) return [];
    const site = this.siteNamedAfter(word.end);
    if (site) return [this.siteMention([word], site, word.end)];
    // A name the corpus also writes as a demonym ("Lusmara" and "Lusmarans") is a country's.
    if (this.hasDemonym(w)) return [this.mention([word], 'place')];
    return [{ ...this.mention([word], 'organization'), guessed: true }];
  }

  /**
   * Is the name at [start, end) the object of a place preposition, with or without the article ("in Serrada",
   * "in the Copperbelt", "in Andhra Pradesh")? Not when it owns what follows: "in Osei’s party".
   */
  private followsPlacePreposition(start: number, end: number): boolean {
    if (/^[’']s\b/.test(this.text.slice(end, end + 3))) return false;
    // "outside Veltra offices", "in Korlo stores": a business's premises or people, not a place.
    if (BUSINESS_PREMISES_AFTER.test(this.text.slice(end, end + 14))) return false;
    const window = this.text.slice(Math.max(0, start - 50), start);
    // "the port city of Beira", "the districts of Mocuba": what a settlement or region is called.
    if (PLACE_OF.test(window) || OFFICE_OVER.test(window) || BEARING_OF.test(window)) return true;
    // "a ceremonial welcome at Sandora Bhavan", "laid a wreath at Korvan Ghat", "landed at Meriva": a venue.
    if (VENUE_AT.test(window)) return true;
    // "a rail link between Rasht and Astara", "the highway linking Sefwi and Bibiani", "towns such as Elubo and Aflao".
    if (ROUTE_BETWEEN.test(window) || ROUTE_BETWEEN_AND.test(window) || PLACES_SUCH_AS.test(this.text.slice(Math.max(0, start - 120), start))) return true;
    // "at Kelmora in Gujarat", "at the Varn Centre in Delhi": a site, placed in a known place.
    if (/\bat[ \u00A0]+(?:the[ \u00A0]+)?$/.test(window) && this.placedIn(end)) return true;
    const before = PREPOSITION_BEFORE_PLACE.exec(window);
    if (before !== null && PLACE_PREPOSITIONS.has(before[1].toLowerCase())) return true;
    // "flights to Heathrow", "flew home from Leeds": where a journey goes or starts; "a claimant from Leeds": a home.
    return JOURNEY_TO.test(window) || HAILS_FROM.test(window);
  }

  /** Does "in <a known place>", or "near" and a name, follow the name ending at `end`? */
  private placedIn(end: number): boolean {
    // "at Kelbo near Tarsk": only a place is placed near another name.
    if (/^,?[ \u00A0]+near[ \u00A0]+\p{Lu}/u.test(this.text.slice(end, end + 12))) return true;
    const m = /^[ \u00A0]+in[ \u00A0]+(?:the[ \u00A0]+)?(\p{Lu}[\p{L}]*(?:[ \u00A0]\p{Lu}[\p{L}]*)?)/u.exec(this.text.slice(end, end + 40));
    return m !== null && (isPlaceName(m[1]!) || isPlaceName(m[1]!.split(/[ \u00A0]/)[0]!));
  }

  /**
   * Does a place follow the name ending at `end` after a comma, as in a dateline or an address: "BUNGKU,
   * Indonesia", "SAN JOSE, Costa Rica", "SANTA CLARA, Calif."?
   */
  private placeAfterComma(end: number): boolean {
    const after = /^[ \u00A0]*,[ \u00A0]*(\p{Lu}[\p{L}]*(?:[ \u00A0]\p{Lu}[\p{L}]*)?)/u.exec(this.text.slice(end, end + 30));
    if (!after) return false;
    const at = end + after[0].length - after[1]!.length;
    const first = after[1]!.split(/[ \u00A0]/)[0]!;
    return isPlaceName(after[1]!) || isPlaceName(first) || datelineStateAt(this.text, at, at + first.length) !== undefined;
  }

  /**
   * What a site noun after the name ending at `end` makes it: "Sulawesi island", "the Tangguh LNG facility" are
   * places; "Hyundai’s plant", "Vale’s mines" name the company that owns the works.
   */
  private siteNamedAfter(end: number): 'place' | 'organization' | undefined {
    const noun = nextLowerWord(this.text, end);
    if (!noun || !PLACE_FOLLOWERS.has(noun)) return undefined;
    return OWNED_WORKS.has(noun) && /^[’']s\b/u.test(this.text.slice(end, end + 3)) ? 'organization' : 'place';
  }

  /**
   * A name before a site noun. Before works a company may own ("the Codelco mine", "the Tata plant") the place reading
   * gives way to the document's evidence of a company; "Sulawesi island" is a place outright.
   */
  private siteMention(words: Word[], site: 'place' | 'organization', end: number): RawMention {
    const mention = this.mention(words, site);
    return site === 'place' && OWNED_WORKS.has(nextLowerWord(this.text, end) ?? '') ? { ...mention, works: true, guessed: !this.knowledge.learning } : mention;
  }

  /** Whether the document writes `owner`’s possessive right before `owned`: "Varnelco’s Skyhawk". */
  private writtenAsOwned(owner: string, owned: string): boolean {
    return POSSESSIVE_MARKS.some((mark) => NAME_SPACES.some((space) => writesWholeWords(this.text, `${owner}${mark}s${space}${owned}`)));
  }

  /** Is the name right after "the" (not "the late")? */
  private followsArticle(start: number): boolean {
    return /(?:^|[^\p{L}])[Tt]he[ \u00A0]+$/u.test(this.text.slice(Math.max(0, start - 5), start));
  }

  /**
   * Is the name at `start` in a list with a place before it: "Dhaka, Chattogram, Narayanganj and Gazipur"?
   * Members are bare capitalised names joined by commas, the last by "and"/"or".
   */
  private isListedWithPlace(start: number, end?: number): boolean {
    const before = LIST_BEFORE.exec(this.text.slice(Math.max(0, start - 120), start));
    // A list that its plural place noun opens or closes: "the districts of Mocuba, Namacurra and Maganja da Costa",
    // "neighbouring Mugu and Kalikot districts".
    if (end !== undefined) {
      const listStart = start - (before?.[0].length ?? 0);
      if (PLACES_OF_BEFORE.test(this.text.slice(Math.max(0, listStart - 40), listStart))) return true;
      if (PLACES_AFTER.test(this.text.slice(end, end + 120))) return true;
    }
    if (!before) return false;
    const items = before[0].split(/,|[ \u00A0]+(?:and|or)[ \u00A0]+/).map((m) => m.trim()).filter((m) => m !== '');
    // One name and a comma before it may be an apposition ("the Central Bank of Nigeria, Olumide Adebanjo,"): a list
    // then goes on after the name ("Dhaka, Chattogram and Gazipur").
    if (items.length === 1 && !/[ \u00A0]+(?:and|or)[ \u00A0]+$/.test(before[0]) && end !== undefined &&
        !LIST_GOES_ON.test(this.text.slice(end, end + 60))) {
      return false;
    }
    return items.some((m) => this.isPlaceLike(m));
  }

  /** Is the name joined by a dash, with no spaces, to a place before or after it ("Jakarta–Bandung", "Bandung-Jakarta")? */
  private dashJoinedToPlace(word: Word): boolean {
    const before = /(\p{Lu}[\p{L}]+)[-‑–]$/u.exec(this.text.slice(Math.max(0, word.start - 30), word.start));
    const after = /^[-‑–](\p{Lu}[\p{L}]+)/u.exec(this.text.slice(word.end, word.end + 30));
    return (before !== null && this.isPlaceLike(before[1]!)) || (after !== null && this.isPlaceLike(after[1]!));
  }

  private termAcronyms: Set<string> | undefined;

  /** An acronym the document spells out in lower case: "diethylene glycol (DEG)" names a substance, not a body. */
  private isTermAcronym(word: string): boolean {
    if (!this.termAcronyms) {
      this.termAcronyms = new Set();
      // Each bracketed acronym, and what stands right before it (scanning from the brackets keeps this linear).
      // (Or after ", or": "a water emergency of national concern, or WENC".)
      for (const bracket of this.text.matchAll(/\((\p{Lu}{2,6})\)|,[ \u00A0]+or[ \u00A0]+(\p{Lu}{2,6})\b/gu)) {
        const before = `${this.text.slice(Math.max(0, bracket.index! - 80), bracket.index!)} `.replace(/[ \u00A0]+$/u, ' ');
        const acronym = (bracket[1] ?? bracket[2])!;
        // "Monetary Policy Rate (MPR)": a measure's acronym.
        const measure = /(?:(\p{Lu}\p{Ll}+)[ \u00A0]+)?(\p{Lu}\p{Ll}+)[ \u00A0]+$/u.exec(before);
        if (measure && namesMeasure(measure[1], measure[2]!)) this.termAcronyms.add(acronym);
        // "gross domestic product (GDP)", "diethylene glycol (DEG)": lower-case words that spell it out.
        const words = /((?:\p{Ll}[\p{Ll}-]*[ \u00A0]+){1,8})$/u.exec(before)?.[1]!.trim().split(/[ \u00A0]+/) ?? [];
        if (spellsOut(words, acronym.toLowerCase())) this.termAcronyms.add(acronym);
      }
    }
    return this.termAcronyms.has(word);
  }

  private readonly demonymCache = new Map<string, boolean>();

  /** Does the document write a demonym of `name`: "Lusmaran(s)", "Valdorian(s)", "Korean", "Japanese"? */
  private hasDemonym(name: string): boolean {
    let found = this.demonymCache.get(name);
    if (found === undefined) {
      const stem = name.replace(/[aeiouy]$/, '');
      // The name itself never counts: "Lusmara" + "ns", "Iraq" + "i", "Japan" + "ese", "Kore(a)" + "ans", "Ital(y)" + "ians".
      const forms = `${escapeRegExp(name)}(?:ns?|is?|ese)|${escapeRegExp(stem)}(?:ians?|ans?)`;
      found = name.length >= 4 && new RegExp(`(?:^|[^\\p{L}])(?:${forms})(?![\\p{L}])`, 'u').test(this.text);
      this.demonymCache.set(name, found);
    }
    return found;
  }

  /** A place by the gazetteer, by this document's other names, or by its first word ("Santa Inés"). */
  private isPlaceLike(name: string): boolean {
    return isPlaceName(name) || this.knowledge.otherNames.get(name) === 'place' || startsWithPlacePrefix(name);
  }

  private splitOnPlaces(words: Word[]): RawMention[] | undefined {
    const spans: Array<{ from: number; to: number }> = [];
    for (let i = 0; i < words.length; i++) {
      for (let len = Math.min(5, words.length - i); len >= 1; len--) {
        const part = words.slice(i, i + len);
        if (!part[len - 1].capitalised) continue;
        const name = textOf(this.text, part);
        if (isPlaceName(name) || lookupKnownBody(name)) {
          spans.push({ from: i, to: i + len });
          i += len - 1;
          break;
        }
      }
    }
    if (spans.length === 0) return undefined;
    // A carrier or utility named after its country: "Air India", "Coal India", "Royal Air Maroc".
    if (words.length >= 2 && BRAND_WORDS.has(words[0].text) && spans.some((s) => s.from > 0)) return [this.mention(words, 'organization')];
    const out: RawMention[] = [];
    let cursor = 0;
    const rest: Word[][] = [];
    for (const s of spans) {
      if (s.from > cursor) rest.push(words.slice(cursor, s.from));
      cursor = s.to;
    }
    if (cursor < words.length) rest.push(words.slice(cursor));
    const restIsOrdinary = rest.every((piece) =>
      piece.every((w) => !w.capitalised || this.isOrdinary(w.text) || this.knowledge.personNames.has(w.text) || this.knowledge.surnames.has(w.text)),
    );
    if (!restIsOrdinary) return [this.mention(words, 'organization')];
    for (const piece of rest) {
      const names = piece.filter((w) => w.capitalised && !this.isOrdinary(w.text));
      for (const n of names) out.push(this.person([n]));
    }
    for (const s of spans) out.push(...this.strong(words.slice(s.from, s.to)));
    return out.sort((a, b) => a.start - b.start);
  }
}

/** Does the text write `word` on its own (not inside `phrase`) more often than it writes `phrase`? */
function writtenAloneMoreOften(text: string, word: string, phrase: string): boolean {
  const inPhrase = wholeWordOffsets(text, phrase).length;
  return wholeWordOffsets(text, word).length - inPhrase > inPhrase;
}

/** An airline named "X Air" ("Kestrel Air"; "Air" ends no other kind of name). */
function endsAirlineName(words: readonly Word[]): boolean {
  return words.length >= 2 && words[words.length - 1]!.text === 'Air';
}
