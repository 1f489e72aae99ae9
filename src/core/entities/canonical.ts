// Corpus-wide canonical names: one string for every mention of one thing across all documents.
// People: the fullest written form ("Jana Holm" + "Jana K. Holm" + "Holm" → "Jana K. Holm"), bare surnames
// resolved only when unambiguous (in the document, else in the corpus). Organisations: acronyms joined to the
// names they abbreviate, spelling variants ("Organisation"/"Organization") joined. Equipment: one designation.

import { withoutAccents } from '../text/fold';
import type { EntityMention, EntityType } from '../types';
import { isOrgHeadWord, isPublicBodyHead, isSeatOfGovernment, lookupKnownBody } from '../lexicon/organizations';
import { isDemonym, isPlaceName, lookupPlace } from '../lexicon/places';
import { parseDesignation } from './equipment';
import { isCommonWord } from './commonWords';
import { AIRLINE_CODE, FLIGHT_LEAD, PLACE_HEADS } from './cues';

/** The words of a name, a nickname's quotes dropped ('Jana "Jay" Holm' → Jana, Jay, Holm). */
function nameWords(name: string): string[] {
  return name.split(/\s+/).filter(Boolean).map((w) => (/^["“‘'].+["”’']$/u.test(w) ? w.slice(1, -1) : w));
}

/** A name without the nickname in quotes inside it: 'Jana "Jay" Holm' → "Jana Holm". */
function withoutNickname(name: string): string {
  return name.replace(/[ \u00A0]["“‘'][^"“”‘’'\s]+["”’'](?=[ \u00A0])/gu, '');
}

function isInitial(word: string): boolean {
  return /^\p{Lu}\.?$/u.test(word);
}

/** Letters that no accent-stripping splits, as plain writing spells them: "Kjær" is "Kjaer", "Łódź" is "Lodz". */
const LIGATURES: Record<string, string> = { æ: 'ae', ø: 'o', œ: 'oe', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', þ: 'th', ð: 'd' };

function fold(word: string): string {
  // Fast path for plain ASCII; otherwise strip accents so "Mbappe" = "Mbappé".
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return withoutAccents(word).toLowerCase().replace(/[æøœßłđıþð]/g, (c) => LIGATURES[c]!);
}

// ---------------------------------------------------------------- people

/**
 * A name word folded over written-out umlauts and the romanisations of one Slavic ending: "Marchenskiy", "Marchenskyy" and "Marchensky" are one
 * surname, "Grigori" and "Grigory" one given name. (Short words keep their ending: "Li" is not "Ly".)
 */
function foldName(word: string): string {
  // German umlauts written out: "Kuehn" is "Kühn" (and "Kuhn"), "Schroeder" is "Schröder".
  const folded = fold(word).replace(/([aou])e(?=.)/g, '$1');
  return folded.length >= 6 ? folded.replace(/(?:iy|yy|ij|ii|i)$/, 'y') : folded;
}

interface PersonCluster {
  canonical: string;
  /** Full words without initials, folded: used to test whether another form is the same person. */
  core: string[];
  last: string;
}

/** Same person: same last word, and the non-initial words of the shorter form all appear in the longer. */
function samePerson(a: string[], b: string[]): boolean {
  if (misspeltSurname(a, b)) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (!short.every((w) => long.includes(w))) return false;
  // The family name written first in one source: "Tanabe Yuko" is "Yuko Tanabe".
  if (a.length === 2 && b.length === 2 && a[0] === b[1] && a[1] === b[0]) return true;
  if (a[a.length - 1] === b[b.length - 1]) return true;
  // Two family names, the second often dropped: "Verónica Huamán" is "Verónica Huamán Quispe", "Andrés Salcedo"
  // is "Andrés Salcedo de la Puente" (the given name must lead both).
  return short.length >= 2 && long.length >= 3 && short[0] === long[0];
}

/**
 * One full name with its surname misspelt by one letter, the given names the same: "Jana Holmberg" and "Jana
 * Holberg". (Not at the surname's end, where a letter makes another name: "Petrov" and "Petrova".)
 */
function misspeltSurname(a: string[], b: string[]): boolean {
  if (a.length !== b.length || a.length < 2 || a.slice(0, -1).some((w, i) => w !== b[i])) return false;
  const x = a[a.length - 1]!;
  const y = b[b.length - 1]!;
  if (x === y || Math.min(x.length, y.length) < MISSPELT_SURNAME_MIN || x.at(-1) !== y.at(-1)) return false;
  return oneLetterApart(x, y);
}

/** Surnames shorter than this may differ by one letter and be two names ("Lee", "Lea"). */
const MISSPELT_SURNAME_MIN = 5;

/** Whether one letter dropped, added or changed turns one word into the other. */
function oneLetterApart(x: string, y: string): boolean {
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  // Past the first difference, the rest matches with the letter skipped (dropped or added) or replaced.
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** 1 for a name written with letters beyond plain ASCII ("Kjær", "Paraná"): the spelling its own language uses. */
function accented(name: string): number {
  return Number(!/^[\x00-\x7f]*$/.test(name));
}

function personClusters(fullNames: string[]): PersonCluster[] {
  // Longest forms first, so shorter forms join the fullest one; of equal forms, the one written most often.
  const count = new Map<string, number>();
  for (const n of fullNames) count.set(n, (count.get(n) ?? 0) + 1);
  const sorted = [...count.keys()].sort(
    (x, y) => nameWords(y).length - nameWords(x).length || count.get(y)! - count.get(x)! || accented(y) - accented(x) || y.length - x.length,
  );
  const clusters: PersonCluster[] = [];
  for (const name of sorted) {
    const core = nameWords(name).filter((w) => !isInitial(w)).map(foldName);
    if (core.length === 0) continue;
    const found = clusters.find((c) => samePerson(c.core, core));
    if (!found) clusters.push({ canonical: withoutNickname(name), core, last: core[core.length - 1] });
    // Of romanisations of one name, the plainest ("Marchensky" over "Marchenskyy", "Marchenskiy").
    else if (core.join(' ') === found.core.join(' ') && nameWords(name).length === nameWords(found.canonical).length && name.length < found.canonical.length) {
      found.canonical = name;
    }
  }
  return clusters;
}

const clusterMemo = new WeakMap<PersonCluster[], Map<string, PersonCluster | undefined>>();

/** The one cluster a written name belongs to, or undefined when none or several fit (memoised per cluster list). */
function clusterFor(name: string, clusters: PersonCluster[]): PersonCluster | undefined {
  let memo = clusterMemo.get(clusters);
  if (!memo) clusterMemo.set(clusters, (memo = new Map()));
  if (memo.has(name)) return memo.get(name);
  const found = findCluster(name, clusters);
  memo.set(name, found);
  return found;
}

function findCluster(name: string, clusters: PersonCluster[]): PersonCluster | undefined {
  const core = nameWords(name).filter((w) => !isInitial(w)).map(foldName);
  if (core.length === 0) return undefined;
  if (core.length === 1) {
    const bySurname = clusters.filter((c) => c.core.length > 1 && c.last === core[0]);
    if (bySurname.length > 0) return bySurname.length === 1 ? bySurname[0] : undefined;
    // A surname misspelt with a stray plural "s" ("said Marchettis" after "Lucia Marchetti"), when only one person fits.
    const misspelt = core[0]!.length >= 6 && core[0]!.endsWith('s') ? clusters.filter((c) => c.core.length > 1 && c.last === foldName(core[0]!.slice(0, -1))) : [];
    if (misspelt.length === 1) return misspelt[0];
    // The name written first: a family name first ("Xi" for "Xi Jinping", "Ms Lim" for "Lim Wei Ling") or a
    // given name used with an honorific ("Mr Hisham" for "Hisham Zulkifli"); only when unambiguous.
    const byFirst = clusters.filter((c) => c.core.length >= 2 && c.core[0] === core[0]);
    if (byFirst.length > 0) return byFirst.length === 1 ? byFirst[0] : undefined;
    // The first of two family names: "Salcedo" for "Andrés Salcedo de la Puente", "Huamán" for "Verónica Huamán Quispe".
    const byMiddle = clusters.filter((c) => c.core.length >= 3 && c.core.slice(1, -1).includes(core[0]!));
    return byMiddle.length === 1 ? byMiddle[0] : undefined;
  }
  const matches = clusters.filter((c) => samePerson(c.core, core));
  return matches.length === 1 ? matches[0] : matches.find((c) => c.canonical === name);
}

// ---------------------------------------------------------------- organisations

/** Spelling-insensitive key: "World Meteorological Organization" = "World Meteorological Organisation". */
function orgKey(name: string): string {
  return fold(name)
    .replace(/[’']/g, "'")
    .replace(/^the\s+/, '')
    // "U.S." is "US".
    .replace(/\b(\p{L})\.(?=\p{L}\.)/gu, '$1')
    .replace(/isation/g, 'ization')
    .replace(/\bcentre\b/g, 'center')
    .replace(/\bdefence\b/g, 'defense')
    .replace(/\blabour\b/g, 'labor')
    .replace(/\bprogramme\b/g, 'program')
    .replace(/[.\s]+/g, ' ')
    .trim()
    // A legal form does not make another company: "Tesla Inc." = "Tesla".
    .replace(LEGAL_FORM_RE, '');
}

/** A company's legal form at the end of its name: "Ltd", "Pvt. Ltd", "Private Limited", "Inc.", "plc", "Bhd". */
const LEGAL_FORM_RE = /,?\s+(?:(?:pvt|private|pte|sdn)\.?\s+)?(?:inc|incorporated|corp|ltd|limited|plc|llc|llp|gmbh|ag|sa|nv|bv|bhd|co)\.?$/i;

/** "Acme Holdings Bhd" → "Acme Holdings": the name people use. */
function withoutLegalForm(name: string): string {
  const stripped = name.replace(LEGAL_FORM_RE, '');
  return stripped.includes(' ') || stripped.length >= 3 ? stripped : name;
}

function hasLegalForm(name: string): boolean {
  return LEGAL_FORM_RE.test(name);
}

/** Is `acronym` the initials of `name`, its hyphenated parts counted apart or not ("INSTC": International North-South …)? */
export function isInitialsOf(acronym: string, name: string): boolean {
  return initialsOf(name) === acronym || initialsOf(name.replace(/[-‑–](?=\p{Lu})/gu, ' ')) === acronym;
}

/** "World Meteorological Organisation" → "WMO" (capitalised words only; of/the/and skipped). */
export function initialsOf(name: string): string {
  return nameWords(name)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

/** Is `short` made of the starts of two or more of `name`'s words, in order ("Codelco": COrporación DEL COBre)? */
export function isSyllabicShortName(short: string, name: string): boolean {
  const target = fold(short);
  const words = name.split(/[ \u00A0-]+/).map(fold).filter(Boolean);
  const match = (at: number, word: number, pieces: number): boolean => {
    if (at === target.length) return pieces >= 2;
    for (let j = word; j < words.length; j++) {
      const w = words[j]!;
      for (let len = Math.min(w.length, target.length - at); len >= 2; len--) {
        if (target.startsWith(w.slice(0, len), at) && match(at + len, j + 1, pieces + 1)) return true;
      }
    }
    return false;
  };
  return words.length >= 2 && match(0, 0, 0);
}

/** Initials with "of" as a lower-case "o": "Department of Health" → "DoH", "Ministry of Defence" → "MoD". */
function ofInitialsOf(name: string): string {
  return nameWords(name)
    .filter((w) => /^\p{Lu}/u.test(w) || w === 'of')
    .map((w) => (w === 'of' ? 'o' : w[0]))
    .join('');
}

/** Whether `acronym` abbreviates `name`, a word in capitals giving all its letters: "USDA" for "U.S. Department of Agriculture". */
export function abbreviates(acronym: string, name: string): boolean {
  const capitalised = nameWords(name).filter((w) => /^\p{Lu}/u.test(w));
  // A short word in capitals gives all its letters: "U.S." in "U.S. Department of Agriculture".
  const letters = capitalised.map((w) => (/^(?:\p{Lu}\.?){2,3}$/u.test(w) ? w.replace(/\./g, '') : w[0])).join('');
  // Any word may give its first one to three letters: "HESCO" for "Hyderabad Electric Supply Company".
  return letters === acronym || prefixesSpell(acronym.toLowerCase(), capitalised.map((w) => w.toLowerCase()));
}

/** Whether the words' prefixes of one to three letters, in order and each word giving one, spell `letters` exactly. */
function prefixesSpell(letters: string, words: readonly string[]): boolean {
  if (words.length === 0) return letters.length === 0;
  const [word, ...rest] = words;
  for (let n = 1; n <= Math.min(3, word!.length, letters.length); n++) {
    if (letters.startsWith(word!.slice(0, n)) && prefixesSpell(letters.slice(n), rest)) return true;
  }
  return false;
}

// ---------------------------------------------------------------- equipment

function equipmentCanonicals(names: string[]): Map<string, string> {
  const parsed = [...new Set(names)].map((name) => ({ name, d: parseDesignation(name) }));
  const groups: Array<typeof parsed> = [];
  for (const item of parsed) {
    if (!item.d) continue;
    const group = groups.find((g) =>
      g.some((o) => {
        const a = item.d!;
        const b = o.d!;
        const la = a.letters.toLowerCase();
        const lb = b.letters.toLowerCase();
        return (
          a.number === b.number &&
          (la.startsWith(lb) || lb.startsWith(la)) &&
          (a.suffix === '' || b.suffix === '' || a.suffix.toLowerCase() === b.suffix.toLowerCase())
        );
      }),
    );
    if (group) group.push(item);
    else groups.push([item]);
  }
  const out = new Map<string, string>();
  for (const group of groups) {
    // The short designation ("KV" over "Kvelar"), with the most specific suffix and any proper name after it.
    const best = [...group].sort(
      (x, y) =>
        x.d!.letters.length - y.d!.letters.length ||
        y.d!.suffix.length - x.d!.suffix.length ||
        y.name.length - x.name.length,
    )[0];
    const from = best.name.indexOf(best.d!.letters + '-');
    const canonical = from >= 0 ? best.name.slice(from) : best.name;
    // Prefer the suffix seen anywhere in the group ("Kvelar-310" + "KV-310MK" → "KV-310MK").
    for (const item of group) out.set(item.name, canonical);
  }
  return out;
}

// ---------------------------------------------------------------- resolution

/** A body's name with a place or nationality in front: "U.S. State Department" → U.S. + "State Department". */
const OWNED_NAME = /^((?:\p{Lu}\.){2,}|\p{Lu}[\p{L}]+)[ \u00A0]+(.+)$/u;

/**
 * "U.S. State Department" is the "State Department" the corpus also names, when no other country owns one (two
 * owners, "Valdorian Foreign Ministry" and "Ruritanian Foreign Ministry", keep the bare "Foreign Ministry" apart).
 */
function withoutSoleOwner(orgNames: readonly string[]): Map<string, string> {
  const names = new Set(orgNames);
  const owned = new Map<string, string>();
  const owners = new Map<string, Set<string>>();
  for (const n of orgNames) {
    const m = OWNED_NAME.exec(n);
    if (!m || !(isPlaceName(m[1]!) || isDemonym(m[1]!)) || !names.has(m[2]!) || nameWords(m[2]!).length < 2) continue;
    owned.set(n, m[2]!);
    owners.set(m[2]!, (owners.get(m[2]!) ?? new Set()).add(lookupPlace(m[1]!)?.canonical ?? m[1]!));
  }
  return new Map([...owned].filter(([, bare]) => owners.get(bare)!.size === 1));
}

/** A company's full name by its corporate word: "Kestrel Oil Corporation", "Huaxin Nickel Group". */
const CORPORATE_FORM = /[ \u00A0](?:Corporation|Corp\.?|Group|Company|Holdings|Industries|Limited)$/;

/** "Civil Protection Ministry": a body's subject before its kind. */
const SUBJECT_FIRST_BODY = /^((?:\p{Lu}[\p{L}-]*[ \u00A0]+(?:and[ \u00A0]+)?){1,4})(Ministry|Department)$/u;
/** "Ministry of Climate Crisis and Civil Protection": the formal order. */
const FORMAL_BODY = /^(Ministry|Department)[ \u00A0]+of[ \u00A0]+(?:the[ \u00A0]+)?(.+)$/u;

/**
 * A ministry or department named by its subject ("Commerce Ministry", "Civil Protection Ministry", "Energy and
 * Mineral Resources Ministry") is the one body of the corpus whose formal name ("Ministry of Commerce and Industry",
 * "Ministry of Climate Crisis and Civil Protection") opens or closes with that subject. A subject with an owner in
 * front ("Valdorian Foreign Ministry") is left alone: the formal name may be another country's.
 */
function formalBodyNames(orgNames: readonly string[]): Map<string, string> {
  const formal = orgNames.flatMap((n) => {
    const m = FORMAL_BODY.exec(n);
    return m ? [{ name: n, kind: m[1]!, subject: subjectWords(m[2]!) }] : [];
  });
  const out = new Map<string, string>();
  for (const n of orgNames) {
    const m = SUBJECT_FIRST_BODY.exec(n);
    if (!m) continue;
    const subject = subjectWords(m[1]!);
    if (subject.length === 0 || isPlaceName(nameWords(m[1]!)[0]!) || isDemonym(nameWords(m[1]!)[0]!)) continue;
    const fits = (words: string[]) =>
      words.length >= subject.length &&
      (subject.every((w, i) => words[i] === w) || subject.every((w, i) => words[words.length - subject.length + i] === w));
    const targets = formal.filter((f) => f.kind === m[2] && fits(f.subject));
    if (targets.length === 1) out.set(orgKey(n), targets[0]!.name);
  }
  return out;
}

/** The words of a body's subject, spelling-folded, without "and" and commas: "Trade, Industry and Energy" → trade industry energy. */
function subjectWords(subject: string): string[] {
  return orgKey(subject).split(/[\s,]+/).filter((w) => w && w !== 'and');
}

/** A region named with its kind after it: "Sindh Province", "Kayes Region" (not "State": "New York State" is no city). */
const REGION_SUFFIX = /^(.+?)[ \u00A0]+(?:Province|Region|District|Prefecture|Governorate|Oblast|County)$/;

/** "Flight ", "flight No. " before an airline's code, and the space some write inside it ("SG 417"): left out of a flight's canonical name. */
const FLIGHT_PREFIX = new RegExp(String.raw`^${FLIGHT_LEAD}(${AIRLINE_CODE})[ \u00A0]?(?=\d)`);

/** A party by its one-word name: "Valdorian Unity Party" is not, "Progressive Party" is. */
const ONE_WORD_PARTY = /^(\p{Lu}\p{Ll}+)[ \u00A0]+Party$/u;

/**
 * What a party's members are called, each standing for the party the corpus names: "the Conservatives" and
 * "Conservative" for the "Conservative Party", "the Democrats" for the "Democratic Party", "Labour" for the "Labour Party".
 */
function partyMemberNames(orgNames: Iterable<string>): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of orgNames) {
    const word = ONE_WORD_PARTY.exec(name)?.[1];
    if (!word) continue;
    const member = word.endsWith('ic') ? word.slice(0, -2) : word;
    for (const form of new Set([word, `${word}s`, member, `${member}s`])) out.set(orgKey(form), name);
  }
  return out;
}

/** The name a mention starts from: its per-document canonical if it has a lexicon one, else its text. */
function baseName(m: EntityMention): string {
  if (m.type === 'place') return lookupPlace(m.text)?.canonical ?? (m.canonical || m.text);
  // A form of the same name as written ("Acme Ltd" for "Acme") counts as written, so the corpus picks the display form.
  if (m.type === 'organization') return m.canonical && orgKey(m.canonical) !== orgKey(m.text) ? m.canonical : lookupKnownBody(m.text) || m.text;
  return m.text;
}

/** A waterway by its head word: its short name is the name before it ("Suez Canal", "Hudson River"). */
const WATERWAY = /^(\p{Lu}\p{Ll}+) (?:Canal|River|Strait|Channel)$/u;

export function resolveCorpus(perDocument: EntityMention[][]): EntityMention[][] {
  const all = perDocument.flat();

  // Organisations: spelling variants and acronyms.
  const orgNames = all.filter((m) => m.type === 'organization').map(baseName);
  const orgByKey = new Map<string, string>();
  const orgCount = new Map<string, number>();
  for (const n of orgNames) orgCount.set(n, (orgCount.get(n) ?? 0) + 1);
  // The most frequent form names the organisation, a form without the legal suffix first ("Tesla" over "Tesla Inc.").
  const byPreference = [...orgCount.keys()].sort(
    (a, b) => Number(hasLegalForm(a)) - Number(hasLegalForm(b)) || (orgCount.get(b) ?? 0) - (orgCount.get(a) ?? 0),
  );
  for (const n of byPreference) {
    const key = orgKey(n);
    if (!orgByKey.has(key)) orgByKey.set(key, withoutLegalForm(n));
  }
  const longOrgs = [...orgCount.keys()].filter((n) => nameWords(n).length > 1);
  const acronymTarget = new Map<string, string>();
  for (const n of orgCount.keys()) {
    // "DoH", "MoD": the "o" stands for "of", written as the name writes it.
    if (/^\p{Lu}o\p{Lu}{1,3}$/u.test(n)) {
      const withOf = longOrgs.filter((l) => ofInitialsOf(l) === n).map((l) => orgByKey.get(orgKey(l)) ?? l);
      if (new Set(withOf).size === 1) acronymTarget.set(n, withOf[0]!);
      continue;
    }
    // "IMF", and the dotted "I.M.F." of some house styles.
    const letters = /^(?:\p{Lu}\.){2,}$/u.test(n) ? n.replace(/\./g, '') : n;
    if (!/^[\p{Lu}\d&]{2,}$/u.test(letters)) continue;
    const targets = [...new Set(longOrgs.filter((l) => abbreviates(letters, l)).map((l) => orgByKey.get(orgKey(l)) ?? l))];
    if (targets.length === 1) acronymTarget.set(n, targets[0]);
    else if (letters !== n && lookupKnownBody(letters)) acronymTarget.set(n, lookupKnownBody(letters)!);
  }
  // An acronym of a place named in full elsewhere in the corpus: "KLIA" for "Kuala Lumpur International Airport".
  const longPlaces = [...new Set(all.filter((m) => m.type === 'place' && nameWords(m.canonical).length > 2).map((m) => m.canonical))];
  const acronymPlace = new Map<string, string>();
  for (const n of orgCount.keys()) {
    if (acronymTarget.has(n) || !/^\p{Lu}{3,}$/u.test(n)) continue;
    const places = longPlaces.filter((l) => isInitialsOf(n, l));
    if (places.length === 1) acronymPlace.set(n, places[0]!);
  }
  const placeTexts = new Set(all.filter((m) => m.type === 'place').map((m) => m.text));
  const ownerDropped = withoutSoleOwner([...orgCount.keys()]);
  const formalBody = formalBodyNames([...orgCount.keys()]);
  const partyOfMember = partyMemberNames(orgCount.keys());

  const equipment = equipmentCanonicals(all.filter((m) => m.type === 'equipment').map((m) => m.text));

  const placeNames = new Set(all.filter((m) => m.type === 'place').map(baseName));
  // "Keflavík Airport" is "Keflavík International Airport" when the corpus names it so.
  const fullAirports = new Map<string, string>();
  for (const name of placeNames) {
    const short = /^(.+) International (Airport|Airfield)$/.exec(name);
    if (short) fullAirports.set(`${short[1]} ${short[2]}`, name);
  }

  // A waterway's short name: "Suez" for the "Suez Canal" the corpus names ("rival Suez", "the Suez route") — not when
  // another place bears the name too (a town "Tila" beside the "Tila River").
  const placesByFirstWord = new Map<string, number>();
  for (const name of placeNames) placesByFirstWord.set(nameWords(name)[0]!, (placesByFirstWord.get(nameWords(name)[0]!) ?? 0) + 1);
  const waterwayShortNames = new Set<string>();
  for (const name of placeNames) {
    const short = WATERWAY.exec(name)?.[1];
    if (short && !isCommonWord(short) && placesByFirstWord.get(short) === 1) waterwayShortNames.add(short);
  }

  // A company's short name: "Huaxin Nickel" for "Huaxin Nickel Group" (a legal form, "Ltd", is already folded by orgKey).
  const shortOrgName = new Map<string, string>();
  for (const n of orgCount.keys()) {
    const words = nameWords(n);
    if (words.length < 3 || !isOrgHeadWord(words[words.length - 1]!)) continue;
    const short = orgKey(words.slice(0, -1).join(' '));
    if (!shortOrgName.has(short)) shortOrgName.set(short, orgByKey.get(orgKey(n)) ?? n);
  }

  // People: full names read as persons, except a company's name seen as a company elsewhere ("Huaxin Nickel").
  const companyOf = (name: string): string | undefined => orgByKey.get(orgKey(name)) ?? shortOrgName.get(orgKey(name));
  const isFullName = (m: EntityMention): boolean => m.type === 'person' && nameWords(m.text).length > 1 && companyOf(m.text) === undefined;
  const corpusPeople = personClusters(all.filter(isFullName).map((m) => m.text));
  const surnameOwners = new Map<string, number>();
  for (const c of corpusPeople) if (c.core.length > 1) surnameOwners.set(c.last, (surnameOwners.get(c.last) ?? 0) + 1);

  const resolved = perDocument.map((mentions) => {
    const docPeople = personClusters(mentions.filter(isFullName).map((m) => m.text));
    // First words of the organisations this document names in full ("Vardhan" of "Vardhan Motors").
    const docOrgFirstWords = new Set(mentions.filter((m) => m.type === 'organization' && nameWords(m.text).length > 1).map((m) => nameWords(m.text)[0]!));
    return mentions.map((m): EntityMention => {
      const out: EntityMention = { ...m };
      const words = nameWords(m.text);
      const singleWord = words.length === 1 && !/^[\p{Lu}\d&.]{2,}$/u.test(m.text);
      // A lone word that is the surname of exactly one person (in the document, else the corpus) is that person.
      if (singleWord && (m.type === 'person' || (m.type === 'organization' && !lookupKnownBody(m.text)))) {
        const local = clusterFor(m.text, docPeople);
        const cluster = local ?? clusterFor(m.text, corpusPeople);
        // A company its own document names in full ("Vardhan" for "Vardhan Motors") keeps that reading against a
        // person of that name in another document.
        const ownCompany = m.type === 'organization' && (m.canonical !== m.text || docOrgFirstWords.has(m.text));
        if (cluster && (local || (surnameOwners.get(cluster.last) === 1 && !ownCompany))) {
          const corpusForm = clusterFor(cluster.canonical, corpusPeople);
          out.type = 'person';
          out.canonical = corpusForm?.canonical ?? cluster.canonical;
          return out;
        }
      }
      // A lone name that only a speech verb made a person ("Kestrel said"), and that no one in the corpus bears
      // in full, is more likely a company or a body.
      if (singleWord && m.type === 'person' && m.guessed && !surnameOwners.has(foldName(m.text))) {
        out.type = 'organization';
      }
      // A name read as a person that is a company's short name elsewhere in the corpus is that company; so is one read
      // as a place by its last word ("Cobalt Ridge" of "Cobalt Ridge Technologies": a ridge is a place's head word).
      const placeByHead = m.type === 'place' && words.length > 1 && PLACE_HEADS.has(words[words.length - 1]!) && !isPlaceName(m.text) && !isSeatOfGovernment(m.text);
      const company = (m.type === 'person' || placeByHead) && words.length > 1 ? companyOf(m.text) : undefined;
      if (company) {
        out.type = 'organization';
        out.canonical = company;
        return out;
      }
      switch (out.type) {
        case 'person':
          out.canonical = clusterFor(m.text, corpusPeople)?.canonical ?? m.text;
          break;
        case 'organization': {
          const base = baseName(m);
          const place = acronymPlace.get(base);
          if (place) {
            out.type = 'place';
            out.canonical = place;
            break;
          }
          // (A waterway's short name is a place; which place it names, the river or a town on it, is left to the corpus.)
          if (singleWord && waterwayShortNames.has(base)) {
            out.type = 'place';
            out.canonical = base;
            break;
          }
          const viaAcronym = acronymTarget.get(base);
          const unowned = ownerDropped.get(base);
          const formal = formalBody.get(orgKey(base)) ?? partyOfMember.get(orgKey(base));
          // (A company's short name joins its full one even when the corpus writes the short one too: "Kestrel Oil" for
          // "Kestrel Oil Corporation"; not a known body: "European Union" is no short name of an agency of it.)
          const corporate = CORPORATE_FORM.test(shortOrgName.get(orgKey(base)) ?? '') && !lookupKnownBody(base) ? shortOrgName.get(orgKey(base)) : undefined;
          out.canonical = viaAcronym ?? (formal && (orgByKey.get(orgKey(formal)) ?? formal)) ?? corporate ?? orgByKey.get(orgKey(unowned ?? base)) ?? shortOrgName.get(orgKey(base)) ?? unowned ?? base;
          break;
        }
        case 'place': {
          // "Sindh Province" is Sindh when the corpus or the gazetteer names it so.
          const base = baseName(m);
          const bare = REGION_SUFFIX.exec(base)?.[1];
          out.canonical = fullAirports.get(base) ?? (bare && (isPlaceName(bare) || placeTexts.has(bare)) ? lookupPlace(bare)?.canonical ?? bare : base);
          break;
        }
        case 'equipment':
          out.canonical = equipment.get(m.text) ?? m.text;
          break;
        case 'event':
          // "Flight SG417", "flight SG 417" and "SG417" name one flight.
          out.canonical = (m.canonical || m.text).replace(FLIGHT_PREFIX, '$1');
          break;
        default:
          out.canonical = m.canonical || m.text;
      }
      return out;
    });
  });

  const allResolved = resolved.flat();
  resolveLoneWords(allResolved, surnameOwners);
  resolveLoneHeads(allResolved);

  // One spelling per name whatever its case or dash: a dateline's "BUNGKU" is "Bungku", a British "Nato" is
  // "NATO", "Indonesia–Japan Business Forum" is "Indonesia-Japan Business Forum", and so is "Japan-Indonesia Business Forum".
  // Accents and apostrophes too: "Parana River" is "Paraná River", "Cox's Bazar" is "Cox’s Bazar".
  const spellingKey = (name: string) => {
    const key = fold(name).replace(/[‑–—]/g, '-').replace(/’/g, "'");
    const pair = /^([\p{L}.]+)-([\p{L}.]+)( .+)$/u.exec(key);
    return pair && isPlaceName(pair[1]!) && isPlaceName(pair[2]!) ? [pair[1], pair[2]].sort().join('-') + pair[3] : key;
  };
  const spellings = new Map<string, Map<string, number>>();
  for (const m of allResolved) {
    const forms = spellings.get(spellingKey(m.canonical)) ?? new Map<string, number>();
    forms.set(m.canonical, (forms.get(m.canonical) ?? 0) + 1);
    spellings.set(spellingKey(m.canonical), forms);
  }
  for (const m of allResolved) {
    const forms = spellings.get(spellingKey(m.canonical))!;
    // The most used form; between equals, the one with the accents its own language writes.
    if (forms.size > 1) m.canonical = [...forms].sort((a, b) => b[1] - a[1] || accented(b[0]) - accented(a[0]) || (a[0] < b[0] ? 1 : -1))[0]![0];
  }

  // One type per canonical name: the majority, so "Trump" guessed as an organisation follows "Donald Trump".
  // (Not a seat of government, which is the building where one goes and the body where one speaks.)
  const votes = new Map<string, Map<EntityType, number>>();
  for (const m of allResolved) {
    if (isSeatOfGovernment(m.canonical)) continue;
    const v = votes.get(m.canonical) ?? new Map<EntityType, number>();
    v.set(m.type, (v.get(m.type) ?? 0) + (m.guessed ? GUESSED_VOTE : 1));
    votes.set(m.canonical, v);
  }
  for (const m of allResolved) {
    const v = votes.get(m.canonical);
    if (!v) continue;
    let best: EntityType = m.type;
    // On a tie the organisation reading loses: it is also the classifier's fallback for an unknown single word.
    for (const [t, n] of v) if (n > (v.get(best) ?? 0) || (n === v.get(best) && best === 'organization')) best = t;
    if (m.type !== best) delete m.guessed;
    m.type = best;
  }
  return resolved;
}

/** Kinds of body a story calls by their kind alone once named: "the Commission" after "the European Commission". */
const LONE_HEADS = new Set(['Commission', 'Council', 'Parliament', 'Ministry', 'Tribunal', 'Agency', 'Authority', 'Board', 'Bank', 'Assembly', 'Senate', 'Commissioner']);

/**
 * "the Commission" is the one body the corpus names in full with that last word ("European Commission"); with two
 * such bodies ("Election Commission", "European Commission") it stays as written.
 */
function resolveLoneHeads(all: EntityMention[]): void {
  const bodiesByHead = new Map<string, Set<string>>();
  for (const m of all) {
    if (m.type !== 'organization') continue;
    const words = nameWords(m.canonical);
    const head = words[words.length - 1]!;
    if (words.length < 2 || !LONE_HEADS.has(head)) continue;
    bodiesByHead.set(head, (bodiesByHead.get(head) ?? new Set()).add(m.canonical));
  }
  for (const m of all) {
    if (m.type !== 'organization' || !LONE_HEADS.has(m.canonical)) continue;
    const bodies = bodiesByHead.get(m.canonical);
    if (bodies?.size === 1) m.canonical = [...bodies][0]!;
  }
}

/** Last words of a company's division rather than of the company itself ("… Gaming", "… Studios"). */
const DIVISION_HEADS = new Set(['gaming', 'games', 'studios', 'entertainment', 'pictures', 'records', 'music', 'publishing', 'cloud', 'labs', 'research', 'esports']);

/** How many times more often than its model (or division) a maker's name must stand alone to stay the maker's. */
const MAKER_ALONE_FACTOR = 3;

/**
 * A lone word that the corpus names in full elsewhere takes that name:
 * - the first word of an organisation's or a product's name ("Huaxin" for "Huaxin Nickel Group", "Muse" for
 *   "Muse Pro 4"), the one the corpus names at least twice as often as any other ("Vardhan Motors" over
 *   "Vardhan Group"); a body named after a place ("Quilén Fire Brigade") does not own the place's name;
 * - the last word of exactly one two-word organisation's name, not its head ("Albion" for "Bristol Albion"), or
 *   the model code that ends exactly one product's name ("K9" for "Kagura K9").
 * A person's surname keeps its person.
 */
function resolveLoneWords(all: EntityMention[], surnameOwners: ReadonlyMap<string, number>): void {
  const corpusPlaces = new Set(all.filter((m) => m.type === 'place').map((m) => m.text));
  const byFirstWord = new Map<string, Map<string, { type: EntityType; count: number }>>();
  const byLastWord = new Map<string, Map<string, EntityType>>();
  for (const m of all) {
    if (m.type !== 'organization' && m.type !== 'equipment') continue;
    const words = nameWords(m.canonical);
    if (words.length < 2) continue;
    const [first, last] = [words[0]!, words[words.length - 1]!];
    if (!isPlaceName(first) && !corpusPlaces.has(first) && !isNamedAfterPlace(words)) {
      const names = byFirstWord.get(first) ?? new Map<string, { type: EntityType; count: number }>();
      // (Counted where the full name is written: a lone word that already took it is not a use of the full name.)
      const written = nameWords(m.text).length > 1 ? 1 : 0;
      names.set(m.canonical, { type: m.type, count: (names.get(m.canonical)?.count ?? 0) + written });
      byFirstWord.set(first, names);
    }
    const endsName = m.type === 'organization'
      ? words.length === 2 && !isOrgHeadWord(last) && !isPlaceName(last) && /^\p{Lu}\p{Ll}+$/u.test(last)
      : /\p{L}/u.test(last) && /\d/.test(last);
    if (endsName) byLastWord.set(last, (byLastWord.get(last) ?? new Map<string, EntityType>()).set(m.canonical, m.type));
  }
  const isLoneWord = (m: EntityMention) =>
    (m.type === 'organization' || m.type === 'person') && m.canonical === m.text && nameWords(m.text).length === 1 &&
    !(m.type === 'person' && surnameOwners.has(foldName(m.text)));
  const take = (m: EntityMention, canonical: string, type: EntityType) => {
    m.type = type;
    m.canonical = canonical;
    delete m.guessed;
  };
  // How often each lone word stands alone: a maker named far more often alone than with a model ("Varnelco" twenty
  // times, "the Varnelco VX42" once) is the maker, not that model.
  // (So is a company named far more often alone than its division: "Varnelco" and "Varnelco Gaming", even where a
  // document's own pass gave the lone word the division's name.)
  // (And of its branch in a country: "Varnelco Ireland".)
  const isPartName = (name: string) => {
    const last = nameWords(name).at(-1) ?? '';
    return /\d/.test(last) || DIVISION_HEADS.has(last.toLowerCase()) || lookupPlace(last)?.kind === 'country';
  };
  const tookPart = (m: EntityMention) =>
    m.type === 'organization' && nameWords(m.text).length === 1 && m.canonical.startsWith(`${m.text} `) && isPartName(m.canonical);
  const aloneCount = new Map<string, number>();
  for (const m of all) if (isLoneWord(m) || tookPart(m)) aloneCount.set(m.text, (aloneCount.get(m.text) ?? 0) + 1);
  for (const m of all) {
    if (!isLoneWord(m) && !tookPart(m)) continue;
    const names = byFirstWord.get(m.text);
    if (!names) continue;
    const [first, second] = [...names].sort((a, b) => b[1].count - a[1].count);
    if (isPartName(first![0]) && (aloneCount.get(m.text) ?? 0) > MAKER_ALONE_FACTOR * Math.max(1, first![1].count)) {
      if (tookPart(m)) m.canonical = m.text;
      continue;
    }
    if (tookPart(m)) continue;
    // A company acting in its own right is not its model's short name.
    if (m.maker && first![1].type === 'equipment') continue;
    if (!second || first![1].count >= 2 * second[1].count) take(m, first![0], first![1].type);
  }
  for (const m of all) {
    const names = isLoneWord(m) ? byLastWord.get(m.text) : undefined;
    if (names?.size === 1) take(m, ...[...names][0]!);
  }
}

/** What a fallback type counts for against a type read from evidence ("in the Copperbelt" outweighs three guesses). */
const GUESSED_VOTE = 0.3;

/** A public or civic body's name ("Valdoria Bankers’ Association"): its first word is the place it serves. */
function isNamedAfterPlace(words: string[]): boolean {
  return words.some((w, k) => k > 0 && isPublicBodyHead(w));
}

/** A capitalised word the extractor left out for lack of evidence in its own document. */
export interface DeferredWord {
  start: number;
  end: number;
  text: string;
  /** The word acts as a company in its own right (see EntityMention.maker). */
  maker?: boolean;
}

/**
 * Adds the deferred words that the corpus vouches for: a person's surname (or full single-word name) or an
 * organisation/equipment name that another document found in running text. Returns new sorted arrays.
 */
export function addCorpusVouched(
  perDocument: EntityMention[][],
  deferredOf: (doc: EntityMention[]) => DeferredWord[],
): EntityMention[][] {
  const known = new Map<string, EntityType>();
  for (const m of perDocument.flat()) {
    const words = nameWords(m.text);
    if (m.type === 'person' && words.length > 1) known.set(words[words.length - 1], 'person');
    // The first of two family names too: "Salcedo" of "Andrés Salcedo de la Puente".
    if (m.type === 'person' && words.length > 2 && /^\p{Lu}\p{Ll}+$/u.test(words[1]!) && !known.has(words[1]!)) known.set(words[1]!, 'person');
    if (!known.has(m.text)) known.set(m.text, m.type);
  }
  return perDocument.map((doc) => {
    const extra = deferredOf(doc)
      .filter((d) => known.has(d.text))
      .map((d): EntityMention => {
        const type = known.get(d.text)!;
        return { start: d.start, end: d.end, text: d.text, type, canonical: d.text, ...(d.maker && type === 'organization' ? { maker: true } : {}) };
      });
    if (extra.length === 0) return doc;
    const merged = [...doc, ...extra].sort((a, b) => a.start - b.start);
    return merged.filter((m, i) => i === 0 || m.start >= merged[i - 1].end);
  });
}
