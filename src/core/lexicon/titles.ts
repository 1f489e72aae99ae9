// Titles and roles that stand next to a person's name ("Chilean President", "Palace spokesman",
// "a professor of international relations"). Used by the entity extractor (to keep titles out of person
// spans and record them as roles) and by the quote attributor (to recognise "the official", "the analyst").

import { isOrgHeadWord, lookupKnownBody } from './organizations';
import { isDemonym, isPlaceName } from './places';

/** Head nouns of a role: a role phrase must contain one of these. */
const CORE_TITLES = new Set(
  `president presidents president-elect vice-president premier chancellor minister ministers secretary secretaries
   secretary-general director-general under-secretary king queen prince princess emperor empress pope sheikh emir
   crown monarch sultan ayatollah governor mayor senator senators congressman congresswoman congressmen lawmaker lawmakers
   regent regents legislator legislators mp mps mep deputy spokesman spokeswoman spokesperson spokespeople spokesmen ambassador
   ambassadors envoy envoys diplomat diplomats consul attaché general admiral colonel lieutenant major captain
   commander marshal sergeant brigadier chief chiefs head heads director directors chairman chairwoman chairperson
   chair ceo cfo coo cto founder co-founder owner executive executives professor professors prof prof. dr dr. doctor
   analyst analysts expert experts economist economists researcher researchers fellow fellows scholar scholars
   official officials officer officers adviser advisers advisor advisors aide aides leader leaders justice judge
   attorney commissioner commissioners lawyer lawyers journalist journalists correspondent correspondents editor
   editors reporter reporters author historian strategist consultant consultants negotiator negotiators
   representative representatives ruler rulers dean rector lecturer president's mr mr. mrs mrs. ms ms. sir dame
   lord lady rev rev. reverend father imam rabbi cardinal bishop archbishop sen sen. rep rep. gov gov. gen gen.
   col col. lt lt. capt capt. cmdr adm adm. pm spokesperson's staff strongman dictator tsar czar magnate tycoon
   billionaire activist activists campaigner campaigners manager managers partner partners principal president-elect
   candidate nominee incumbent speaker whip eam treasurer comptroller inspector superintendent commissar
   menteri besar datuk dato dato' datin tun brig brig. maj maj. sgt sgt. cpl in-charge incharge`.split(/\s+/),
);

/** Words that qualify a role without being one ("senior", "former", "Defense", "Foreign"). */
const ROLE_QUALIFIERS = new Set(
  `senior junior former ex- new incoming outgoing acting interim deputy vice assistant associate visiting distinguished
   top chief prime foreign defence defense finance external affairs home interior trade commerce health education
   energy economy economic agriculture transport justice labour labor environment culture press information
   communications national security intelligence military army navy naval air force police state federal regional
   provincial district local general principal managing executive research policy political international
   relations strategic studies program programme department ministry white house long-time longtime veteran
   leading prominent retired permanent special lead supreme opposition party union cabinet first second
   deputy-head co former- additional joint media`.split(/\s+/),
);

/** Connectors allowed inside a role ("chief of staff", "Minister of External Affairs", "head of the programme"). */
const ROLE_CONNECTORS = new Set(['of', 'for', 'the', 'and', '&']);

/** Honorifics written before a name ("Mr", "Dr", "Sir"): titles even though they are short. */
const HONORIFICS = new Set(
  'mr mr. mrs mrs. ms ms. dr dr. prof prof. sir dame lord lady rev rev. sen sen. rep rep. gov gov. gen gen. col col. lt lt. capt capt. adm adm. shri smt sheikh datuk dato datin tun'.split(' '),
);

function normaliseWord(word: string): string {
  // ("Prime Minister-elect", "chairman-designate": the office before it is taken.)
  return word.replace(/[’']s$/i, '').replace(/[’']/g, "'").toLowerCase().replace(/-(?:elect|designate)$/, '');
}

/** True for a role head noun such as "president", "spokesman", "official", "analyst", "professor". */
export function isTitleWord(word: string): boolean {
  return CORE_TITLES.has(normaliseWord(word));
}

/** Titles abbreviated before a name ("Gov. Rao") and spelled out after it ("the governor said"). */
const ABBREVIATED_TITLES: readonly [string, string][] = [
  ['governor', 'gov'], ['senator', 'sen'], ['representative', 'rep'], ['general', 'gen'], ['colonel', 'col'],
  ['lieutenant', 'lt'], ['captain', 'capt'], ['admiral', 'adm'], ['sergeant', 'sgt'], ['brigadier', 'brig'],
  ['major', 'maj'], ['commander', 'cmdr'],
];

/**
 * Role nouns that name one office in different house styles: "the judge" after "Justice Rao", "the lawyer"
 * after "senior advocate Rao", "the spokeswoman" after "spokesperson Rao".
 */
const ROLE_EQUIVALENTS: readonly string[][] = [
  ['judge', 'justice', 'magistrate'],
  ['lawyer', 'advocate', 'counsel', 'attorney', 'barrister', 'solicitor'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['doctor', 'dr', 'physician'],
  ['executive', 'ceo'],
  ['chairman', 'chairwoman', 'chairperson', 'chair'],
  ['professor', 'prof'],
  ['prime minister', 'premier'],
  ...ABBREVIATED_TITLES,
];

/**
 * "the Valdorian leader" after "President Osei", "the Lusmaran leader" after "Prime Minister Kartika": a leader is
 * any of these offices; but a president is no prime minister.
 */
const LEADER_OFFICES = ['leader', 'president', 'prime minister', 'premier', 'chancellor'];

/** "the officer" after "Air Marshal X" or "Colonel Y": an officer is any of these ranks. */
const OFFICER_RANKS = withAbbreviations(['officer', 'general', 'colonel', 'major', 'captain', 'lieutenant', 'marshal', 'admiral', 'commander', 'brigadier', 'commodore', 'inspector', 'superintendent']);

/** The words and the abbreviations written for them ("colonel" and "col"). */
function withAbbreviations(words: string[]): string[] {
  return [...words, ...ABBREVIATED_TITLES.filter(([word]) => words.includes(word)).map(([, short]) => short)];
}

/** The role noun (lower case) and the nouns that name the same office. */
export function roleVariants(head: string): string[] {
  if (head === 'leader') return LEADER_OFFICES;
  if (head === 'officer') return OFFICER_RANKS;
  return ROLE_EQUIVALENTS.find((words) => words.includes(head)) ?? [head];
}

/** True for a word that can qualify a role ("senior", "former", "Foreign", "Defense"). */
export function isRoleQualifier(word: string): boolean {
  return ROLE_QUALIFIERS.has(normaliseWord(word));
}

export function isHonorific(word: string): boolean {
  return HONORIFICS.has(word.toLowerCase());
}

export interface RoleMatch {
  start: number;
  end: number;
  text: string;
}

interface Word {
  start: number;
  end: number;
  text: string;
}

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}.’'&-]*/gu;

function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = [];
  WORD_RE.lastIndex = 0;
  const slice = text.slice(from, to);
  for (let m = WORD_RE.exec(slice); m; m = WORD_RE.exec(slice)) {
    let w = m[0];
    // A sentence-final period is not part of the word, except in abbreviations like "U.S." or "Dr.".
    if (w.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(w) && !HONORIFICS.has(w.toLowerCase())) w = w.slice(0, -1);
    words.push({ start: from + m.index, end: from + m.index + w.length, text: w });
  }
  return words;
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A word that may stand just before a role as its owner: "Palace", "U.S.", "Chile’s", "Chilean", "Reyes’s". */
function isRoleOwner(word: string): boolean {
  if (isDemonym(word)) return true;
  if (!isCapitalised(word)) return false;
  return /[’']s$/.test(word) || isPlaceName(word) || /^\p{Lu}[\p{L}.]*$/u.test(word);
}

/** An owner the lexicons know: a demonym, a place or a well-known body ("Chilean", "U.S.", "Pentagon"). */
function isKnownOwner(word: string): boolean {
  const bare = word.replace(/[’']s$/, '');
  return isDemonym(bare) || isPlaceName(bare) || lookupKnownBody(bare) !== undefined;
}

/**
 * The role phrase that ends right before `offset` (only spaces between), e.g. "Chilean President" before
 * "Tomás Reyes", "Palace spokesman" before "Ivan Sorokin", "Reyes’s chief of staff" before "Ivan Sorokin".
 */
export function matchTitleBefore(text: string, offset: number): RoleMatch | undefined {
  const from = Math.max(0, offset - 120);
  const words = wordsIn(text, from, offset);
  let first = -1; // index of the earliest word in the role
  let sawTitle = false;
  let expectedEnd = offset;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    // A "(retd)" after the rank is passed over: "Air Marshal (retd) X".
    if (/^(?:retd|retired|rtd)$/i.test(w.text) && text[w.start - 1] === '(' && /^\.?\)\s*$/.test(text.slice(w.end, expectedEnd))) {
      expectedEnd = w.start - 1;
      continue;
    }
    // Only whitespace may separate role words from each other and from the name.
    if (!/^\s*$/.test(text.slice(w.end, expectedEnd))) break;
    const lower = normaliseWord(w.text);
    const possessive = /[’']s$/.test(w.text);
    if (!possessive && (CORE_TITLES.has(lower) || (sawTitle && ROLE_QUALIFIERS.has(lower)))) {
      if (CORE_TITLES.has(lower)) sawTitle = true;
      first = i;
    } else if (sawTitle && ROLE_CONNECTORS.has(lower) && i > 0 && first >= 0) {
      // "chief of staff": a connector needs a role word on its left too.
      const left = normaliseWord(words[i - 1].text);
      if (!CORE_TITLES.has(left) && !ROLE_QUALIFIERS.has(left)) break;
      first = i;
    } else if (sawTitle && isRoleOwner(w.text)) {
      first = i;
      // An owner such as "U.S." or "Chile’s" closes the role; a demonym may follow an owner ("U.S. Army").
      if (i > 0 && isRoleOwner(words[i - 1].text) && /^\s*$/.test(text.slice(words[i - 1].end, w.start)) &&
        isCapitalised(words[i - 1].text) && !/[’']s$/.test(words[i - 1].text) && isPlaceName(words[i - 1].text)) {
        first = i - 1;
      }
      break;
    } else {
      break;
    }
    expectedEnd = w.start;
  }
  if (first < 0 || !sawTitle) return undefined;
  // Do not start a role on a connector.
  while (first < words.length && ROLE_CONNECTORS.has(normaliseWord(words[first].text))) first++;
  if (first >= words.length) return undefined;
  const start = words[first].start;
  // (Through a closing bracket: "Air Marshal (retd)".)
  const last = words[words.length - 1].end;
  const end = text[last] === ')' ? last + 1 : last;
  return { start, end, text: text.slice(start, end) };
}

/**
 * The role in an appositive right after a name: ", a professor of international relations at ...",
 * ", Senior Fellow at ...", ", a former ambassador to Peru,". Returns the role words up to "at/of/from/with"
 * + organisation or the next comma.
 */
export function matchRoleAfter(text: string, offset: number): RoleMatch | undefined {
  const m = /^,\s+(?:(?:a|an|the)\s+)?/.exec(text.slice(offset, offset + 12));
  if (!m) return undefined;
  const start = offset + m[0].length;
  const limit = Math.min(text.length, start + 140);
  const stop = text.slice(start, limit).search(/[,;.:!?()“”"—–]|\s(?:at|from|with|in|who)\s|\s(?:told|said|says|added)\b/);
  const end = start + (stop < 0 ? limit - start : stop);
  // "talks with Arjun Mehra, the Chilean president said …": the role opens a clause of its own, no apposition.
  if (/^\s(?:told|said|says|added)\b/.test(text.slice(end, end + 8))) return undefined;
  const words = wordsIn(text, start, end);
  if (words.length === 0 || words.length > 10) return undefined;
  // ", and market leader Safaricom" goes on with a list; it describes nobody before it.
  if (/^(?:and|or|but|while|nor)$/i.test(words[0]!.text)) return undefined;
  if (!words.slice(0, 5).some((w) => CORE_TITLES.has(normaliseWord(w.text)))) return undefined;
  const last = words[words.length - 1];
  return { start, end: last.end, text: text.slice(start, last.end) };
}

export interface RolePrefix {
  /** Words [0, ownerEnd) name who the role belongs to ("U.S.", "Pentagon", "General Motors"); may be empty. */
  ownerEnd: number;
  /** Words [0, roleEnd) are the whole role phrase; the name starts at roleEnd. */
  roleEnd: number;
}

const NAME_SUFFIXES = /^(?:Jr\.?|Sr\.?|[IVX]+)$/;

function isRoleWord(lower: string): boolean {
  return CORE_TITLES.has(lower) || ROLE_QUALIFIERS.has(lower);
}

/**
 * Splits the role off the front of a capitalised run: ["U.S.","Treasury","Secretary","Janet","Yellen"] →
 * owner 2, role 3; ["Chilean","President","Tomás","Reyes"] → owner 1, role 2; ["Chancellor","of","the",
 * "Exchequer","Rachel","Reeves"] → owner 0, role 4; ["Senior","Fellow"] → role 2; ["Jana","K.","Holm"] → 0.
 */
export function splitRolePrefix(words: readonly string[]): RolePrefix {
  const lower = words.map(normaliseWord);
  const possessive = words.map((w) => /[’']s$/.test(w));
  // The last role head that still has a name after it (or ends the run).
  let head = -1;
  for (let k = 0; k < words.length; k++) {
    if (possessive[k]) break;
    if (!CORE_TITLES.has(lower[k])) continue;
    if (k > 0 && !/^\p{Lu}/u.test(words[k])) continue;
    head = k;
  }
  if (head < 0) return { ownerEnd: 0, roleEnd: 0 };
  // "Chancellor of the Exchequer", "Minister of External Affairs": the of-tail belongs to the role.
  let roleEnd = head + 1;
  if (roleEnd < words.length && (lower[roleEnd] === 'of' || lower[roleEnd] === 'for')) {
    let j = roleEnd + 1;
    if (lower[j] === 'the') j++;
    const tailStart = j;
    while (j < words.length && isRoleWord(lower[j])) j++;
    // One capitalised word: "of the Exchequer" — but "President of the Manufacturers Association of Nigeria" is the
    // president of a body, named in full after the role.
    const bodyAfter = j === tailStart && words.slice(j, j + 4).some((w, k) => k > 0 && isOrgHeadWord(w));
    if (bodyAfter) return { ownerEnd: 0, roleEnd: tailStart };
    if (j === tailStart && j < words.length - 1) j++;
    if (j > tailStart && j < words.length) roleEnd = j;
  }
  const rest = words.slice(roleEnd);
  if (rest.length > 0 && (rest.every((w) => NAME_SUFFIXES.test(w)) || !/^\p{Lu}/u.test(rest[0]))) return { ownerEnd: 0, roleEnd: 0 };
  // Walk back over qualifiers and other role words; what is left in front is the owner.
  let ownerEnd = head;
  while (ownerEnd > 0 && (isRoleWord(lower[ownerEnd - 1]) || ROLE_CONNECTORS.has(lower[ownerEnd - 1])) && !possessive[ownerEnd - 1]) ownerEnd--;
  // A run that ends on a title word after unknown words is more likely a name ("John Major").
  if (rest.length === 0 && ownerEnd > 0 && !words.slice(0, ownerEnd).every(isKnownOwner)) return { ownerEnd: 0, roleEnd: 0 };
  return { ownerEnd, roleEnd };
}

/**
 * How many leading words of a capitalised run form a role rather than a name:
 * ["Chilean","President","Tomás","Reyes"] → 2, ["Prime","Minister","Arjun","Mehra"] → 2, ["Jana","K.","Holm"] → 0.
 */
export function titlePrefixLength(words: readonly string[]): number {
  return splitRolePrefix(words).roleEnd;
}
