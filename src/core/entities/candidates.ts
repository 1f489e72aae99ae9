// Candidate name runs: maximal runs of capitalised words ("Chilean President Tomás Reyes",
// "Ministry of External Affairs", "St Aldric’s College London"), with the context the classifier needs.

import type { DocumentStructure, Span } from '../types';
import { isOrgHeadWord, isOrgOfHead, isPublicBodyHead, lookupKnownBody } from '../lexicon/organizations';
import { isDemonym, isPlaceName } from '../lexicon/places';
import { isHonorific, isTitleWord } from '../lexicon/titles';
import { dashEndsDateline } from '../text/datelines';
import type { Token } from './tokens';
import { isCalendarWord, isCommonWord } from './commonWords';
import { isDottedPlacePrefix, PLACE_HEADS } from './cues';

/** A word for the name rules: one token, or hyphen-joined tokens that form one name ("Indo-Pacific"). */
export interface Word extends Token {
  /** Index of the word's first token in the document's token list. */
  index: number;
}

export interface Chunk {
  words: Word[];
  /** The first word starts a sentence (its capital says nothing about being a name). */
  initial: boolean;
  /** The run lies in a title-case heading: only names known from elsewhere are taken. */
  weak: boolean;
}

/** Labels of captions and graphics, written before a colon ("Source:", "Photo:"). */
const CAPTION_LABELS = new Set(['source', 'sources', 'photo', 'photos', 'credit', 'credits', 'graphic', 'image', 'video', 'note', 'notes']);

const PARTICLES = new Set(['de', 'da', 'van', 'von', 'bin', 'ibn', 'al', 'el', 'der', 'den', 'du', 'dos', 'das', 'di', 'le', 'la', 'del', 'do', 'las', 'los', 'ng']);

/** A lower-case particle inside a name: "Mohammed bin Salman", "Ursula von der Leyen", "Avenida del Mar", "Bangko Sentral ng Pilipinas". */
export function isNameParticle(word: string): boolean {
  return PARTICLES.has(word);
}
const SPACE_RE = /^[ \u00A0]$/;
const HYPHEN_RE = /^[-‑–]$/;

function knownAlone(text: string): boolean {
  return isPlaceName(text) || lookupKnownBody(text) !== undefined || isDemonym(text);
}

/**
 * Joins hyphenated capitalised tokens into one word when the whole is one name ("Indo-Pacific", "Rolls-Royce"),
 * but keeps "Peru-Chile" or "U.S.–Chile" apart because each part is a name on its own.
 */
export function buildWords(text: string, tokens: Token[], skip: (t: Token) => boolean): Word[] {
  const words: Word[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (skip(t)) continue;
    // "S&P", "AT&T", "H&M": initials joined by an ampersand are one name.
    if (t.capitalised && /^\p{Lu}{1,3}$/u.test(t.text) && tokens[i + 1]?.gap === '&' && /^\p{Lu}{1,3}$/u.test(tokens[i + 1]!.text) && !skip(tokens[i + 1]!)) {
      const last = tokens[i + 1]!;
      words.push({ start: t.start, end: last.end, text: text.slice(t.start, last.end), possessive: last.possessive, capitalised: true, allCaps: true, gap: t.gap, index: i });
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length && !tokens[j].possessive && HYPHEN_RE.test(tokens[j + 1].gap) && tokens[j + 1].capitalised && t.capitalised && !skip(tokens[j + 1])) j++;
    if (j > i) {
      const whole = text.slice(t.start, tokens[j].end);
      const parts = tokens.slice(i, j + 1);
      // A combining prefix makes one word of what follows: "Pan-American", "Trans-Siberian".
      const combining = /^(?:Pan|Trans|Inter|Sub|Anti|Post|Pre|Neo)$/.test(parts[0].text);
      const joinAsOne = combining || isPlaceName(whole) || lookupKnownBody(whole) !== undefined || !parts.some((p) => knownAlone(p.text));
      if (joinAsOne) {
        const last = tokens[j];
        words.push({
          start: t.start,
          end: last.end,
          text: whole,
          possessive: last.possessive,
          capitalised: true,
          allCaps: parts.every((p) => p.allCaps),
          gap: t.gap,
          index: i,
        });
        i = j;
        continue;
      }
    }
    words.push({ start: t.start, end: t.end, text: t.text, possessive: t.possessive, capitalised: t.capitalised, allCaps: t.allCaps, gap: t.gap, index: i });
  }
  return words;
}

/**
 * A line with several long words in lower case, which Title Case would have capitalised: its capitals mark names, as
 * in running text.
 */
function inSentenceCase(line: string): boolean {
  const content = line.split(/\s+/).filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
  const lower = content.filter((w) => /^\p{Ll}/u.test(w)).length;
  return lower >= 3 && lower >= 0.25 * content.length;
}

/** Spans of lines that read as headings, whose capitals say nothing of names (title case, or all capitals). */
export function headingRanges(text: string, structure: DocumentStructure): Span[] {
  const ranges: Span[] = [];
  // (A heading in sentence case keeps what its capitals say: "Three ministers were ousted, among them Defence Secretary
  // Jana Holm".)
  for (const s of structure.sentences ?? []) if (s.heading && !inSentenceCase(text.slice(s.start, s.end))) ranges.push({ start: s.start, end: s.end });
  const lineRe = /[^\n]+/g;
  for (let m = lineRe.exec(text); m; m = lineRe.exec(text)) {
    const line = m[0].trim();
    if (!line) continue;
    const words = line.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
    // A line in capitals ("BREAKING: CHILE AND PERU SIGN DEAL") says nothing about names by its case.
    if (words.length >= 3 && !/\p{Ll}/u.test(line)) {
      ranges.push({ start: m.index, end: m.index + m[0].length });
      continue;
    }
    if (/[.!?…:;”"’)\]]$/.test(line)) continue;
    if (words.length === 0 || words.length > 20) continue;
    const content = words.filter((w) => w.replace(/[^\p{L}]/gu, '').length >= 4);
    const capitals = content.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (content.length >= 2 && capitals / content.length >= 0.6 && !inSentenceCase(line)) ranges.push({ start: m.index, end: m.index + m[0].length });
  }
  return ranges;
}

/** True when `pos` begins a sentence: only quotes, brackets and spaces between it and a line start or . ! ? : */
export function startsSentence(text: string, pos: number, sentenceStarts: Set<number>): boolean {
  if (sentenceStarts.has(pos)) return true;
  let i = pos - 1;
  while (i >= 0 && /[\s“‘"'(\[«*•]/.test(text[i]) && text[i] !== '\n') i--;
  if (sentenceStarts.has(i + 1)) return true;
  if (i < 0 || text[i] === '\n') return true;
  if (/[.!?:;…]/.test(text[i]) && !/\b(?:\p{Lu}\.)+$/u.test(text.slice(Math.max(0, i - 6), i + 1))) return true;
  // After a dateline's dash the story's first sentence starts: "SANTA CLARA, Calif. — Regulators fined …".
  return dashEndsDateline(text, i);
}

function inRanges(pos: number, ranges: Span[]): boolean {
  return ranges.some((r) => pos >= r.start && pos < r.end);
}

/** What ministries and departments are in charge of: "Ministry of Land, Infrastructure, Transport and Tourism". */
const PORTFOLIO_WORDS = new Set(
  `land lands infrastructure transport transportation tourism trade industry industries commerce defence defense finance
   health education energy agriculture fisheries forestry forests environment climate culture sport sports youth labour
   labor employment justice interior economy economic planning housing communications information technology science
   innovation mines mining petroleum water resources development welfare security veterans affairs family families
   women children heritage arts media digital aviation shipping ports railways roads works food farming rural urban
   investment investments waterways highways electricity power oil gas coal steel textiles telecommunications posts
   irrigation statistics livestock cooperatives consumer immigration citizenship refugees`.split(/\s+/),
);

/** A ministry's portfolio word ("Land", "Transport"), not a named body ("England", "Airbus"). */
export function isPortfolioWord(word: string): boolean {
  return PORTFOLIO_WORDS.has(word.toLowerCase());
}

/**
 * From words[j] (a capitalised word after a comma), the index of the last word of a list of capitalised items
 * closed by "and <Capitalised>" ("Infrastructure, Transport and Tourism"); j - 1 if the words are not such a list.
 */
function listEnd(words: Word[], j: number): number {
  let k = j;
  for (let items = 0; k < words.length && items < 6; items++) {
    if (!words[k].capitalised || !isPortfolioWord(words[k].text)) return j - 1;
    const and = words[k + 1];
    if (and && /^,[ \u00A0]+$/.test(and.gap) && and.capitalised) {
      k += 1;
      continue;
    }
    if (and && SPACE_RE.test(and.gap) && and.text === 'and' && words[k + 2]?.capitalised && SPACE_RE.test(words[k + 2].gap)) return k + 2;
    return j - 1;
  }
  return j - 1;
}

/** From words[j], the index of a public body's head closing a run of up to four capitalised words, or -1. */
function publicBodyEnd(words: Word[], j: number): number {
  for (let k = j; k < words.length && k < j + 4; k++) {
    const w = words[k];
    if (!w.capitalised || (k > j && !SPACE_RE.test(w.gap))) return -1;
    if (isPublicBodyHead(w.text) && k > j) return k;
    if (w.possessive) return -1;
  }
  return -1;
}

/** Opening and closing marks of a nickname set inside a name. */
const NICKNAME_OPEN = /^[ \u00A0]["“‘']$/;
const NICKNAME_CLOSE = /^["”’'][ \u00A0]$/;

/** Is words[j] one capitalised word in quotes, with a capitalised word right after: the `"Jay" Holm` of 'Jana "Jay" Holm'? */
function nicknameAt(words: readonly Word[], j: number): boolean {
  const [nick, after] = [words[j], words[j + 1]];
  return nick !== undefined && after !== undefined && nick.capitalised && !nick.possessive && !nick.allCaps && NICKNAME_OPEN.test(nick.gap) &&
    NICKNAME_CLOSE.test(after.gap) && after.capitalised && (nick.gap[1] !== '“' || after.gap[0] === '”') && (nick.gap[1] !== '‘' || after.gap[0] === '’');
}

/** A particle elided onto the capitalised word it joins: "d'Ivoire", "d’Estaing". */
const ELIDED_PARTICLE = /^[dl][’']\p{Lu}/u;

/** Runs of capitalised words joined by single spaces, with "of"-tails of organisation heads and name particles. */
export function buildChunks(text: string, words: Word[], structure: DocumentStructure): Chunk[] {
  const sentenceStarts = new Set<number>();
  // The first word of every line counts too: list items and table rows start afresh ("- Target: 3%").
  for (const m of text.matchAll(/(?:^|\n)[ \t]*(?:[-•*·–—][ \t]+)?(?=\S)/g)) sentenceStarts.add(m.index! + m[0].length);
  for (const s of structure.sentences ?? []) {
    let p = s.start;
    // Quotes, brackets and list bullets before the first word ("- Core inflation, April: 6.1%").
    while (p < s.end && /[\s“‘"'(\[•*·–—-]/.test(text[p])) p++;
    sentenceStarts.add(p);
  }
  const headings = headingRanges(text, structure);
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < words.length) {
    const w = words[i];
    if (!w.capitalised) {
      i++;
      continue;
    }
    const run: Word[] = [w];
    let inOfTail = false;
    let j = i + 1;
    while (j < words.length) {
      const prev = run[run.length - 1];
      const next = words[j];
      // A list inside an "of"-tail: "Ministry of Land, Infrastructure, Transport and Tourism".
      if (inOfTail && /^,[ \u00A0]+$/.test(next.gap) && next.capitalised && isPortfolioWord(prev.text)) {
        const end = listEnd(words, j);
        if (end > j) {
          for (let k = j; k <= end; k++) run.push(words[k]);
          j = end + 1;
          continue;
        }
      }
      // "Kenya-Uganda Business Forum", "Indonesia–Japan Business Forum": a pair of places naming what follows.
      const pairNamed = words[j + 1];
      const placePair = HYPHEN_RE.test(next.gap) && prev.capitalised && next.capitalised && isPlaceName(prev.text) && isPlaceName(next.text) &&
        pairNamed !== undefined && SPACE_RE.test(pairNamed.gap) && pairNamed.capitalised && !isPlaceName(pairNamed.text);
      // "Mr. Marchensky", "St. Louis": the full stop of an honorific or of a place name's first word is no break.
      const afterHonorific = run.length === 1 && /^\.[ \u00A0]$/.test(next.gap) && (isHonorific(`${prev.text}.`) || isDottedPlacePrefix(prev.text)) && next.capitalised;
      // A nickname in quotes between a given name and a surname: 'Jana "Jay" Holm', 'Ivo “Kit” Marek'.
      const nickname = nicknameAt(words, j) && !prev.possessive && prev.capitalised;
      if (nickname) {
        run.push(next, words[j + 1]!);
        j += 2;
        continue;
      }
      if (!SPACE_RE.test(next.gap) && !(HYPHEN_RE.test(next.gap) && (prev.text === 'al' || prev.text === 'el')) && !placePair && !afterHonorific) break;
      // An elided particle glued to a capital continues the name: "Côte d'Ivoire", "Giscard d’Estaing".
      // A caption's label ends the name before it: "… into Varnelco Source: Kestrel, Varnelco".
      if (next.capitalised && text[next.end] === ':' && CAPTION_LABELS.has(next.text.toLowerCase())) break;
      if (next.capitalised || ELIDED_PARTICLE.test(next.text)) {
        // A possessive ends a name, except in names like "St Aldric’s College London".
        // So do places named for someone: "Cox’s Bazar", "St Martin’s Island".
        // And days named for someone: "National Farmers’ Day", "Mother’s Day".
        if (prev.possessive && ((!isOrgHeadWord(next.text) && !PLACE_HEADS.has(next.text) && next.text !== 'Day') || knownAlone(prev.text))) break;
        run.push(next);
        j++;
        continue;
      }
      if (prev.possessive) break;
      const lower = next.text.toLowerCase();
      const after = words[j + 1];
      const after2 = words[j + 2];
      const capAfter = after && SPACE_RE.test(after.gap) && after.capitalised;
      // "Transport for London": a name joined by "for" to the place it serves.
      // (Only before a place: "£48m from Feyenoord for Luka Petrović" names a club and a player.)
      const forName = lower === 'for' && run.length === 1 && !isCommonWord(prev.text) && !isPlaceName(prev.text) && !isDemonym(prev.text) &&
        capAfter && isPlaceName(after!.text) && !(after2 && SPACE_RE.test(after2.gap) && after2.capitalised);
      if ((lower === 'of' || lower === 'for') && (isOrgOfHead(prev.text) || isTitleWord(prev.text) || inOfTail || forName)) {
        if (capAfter) {
          run.push(next);
          inOfTail = true;
          j++;
          continue;
        }
        if (after && after.text === 'the' && after2 && SPACE_RE.test(after2.gap) && after2.capitalised) {
          run.push(next, after);
          inOfTail = true;
          j += 2;
          continue;
        }
      }
      // "Institute for Research on Public Policy", "Committee on Foreign Relations" (not
      // "the Ministry of Finance on Monday").
      if (lower === 'on' && (inOfTail || isOrgOfHead(prev.text)) && capAfter && !isCalendarWord(after!.text) && !isPlaceName(after!.text)) {
        run.push(next);
        inOfTail = true;
        j++;
        continue;
      }
      // "Ministry of Trade and Industry" — but not "the Bank of Jakarta and Chinese state lenders".
      // (One "and" to a tail: "the Ministry of Ports, Shipping and Waterways and Varnelco" names two bodies.)
      const tailHasAnd = run.some((w) => w.text === 'and' || w.text === '&');
      if ((lower === 'and' || lower === '&') && inOfTail && capAfter && !isDemonym(after!.text) && !tailHasAnd) {
        run.push(next);
        j++;
        continue;
      }
      // "Food and Drug Administration", "National Disaster Risk Reduction and Management Authority": a few
      // capitalised words, "and", then capitalised words up to a public body's head.
      const named = run.filter((w) => !/^(?:the|a|an)$/i.test(w.text));
      // (A country in front stays a mention of its own, split off later: "U.S. Food and Drug Administration".)
      // (Not two bodies: "Nepal Police and Armed Police Force".)
      const owned = named.length >= 2 && (isPlaceName(named[0]!.text) || isDemonym(named[0]!.text)) && !isOrgHeadWord(prev.text) ? named.slice(1) : named;
      const shortRun = owned.length <= 1 || (owned.length <= 5 && !isPlaceName(owned[0]!.text) && !isDemonym(owned[0]!.text));
      // (Not a person named after a lower-case role: "security adviser Jana Holm and National Energy Council …".)
      const afterRole = i > 0 && !words[i - 1]!.capitalised && isTitleWord(words[i - 1]!.text.toLowerCase()) && SPACE_RE.test(w.gap);
      if (lower === 'and' && shortRun && !afterRole && !inOfTail && capAfter && !isDemonym(prev.text) && !isPlaceName(prev.text) && !isDemonym(after!.text)) {
        const end = publicBodyEnd(words, j + 1);
        if (end > j) {
          for (let k = j; k <= end; k++) run.push(words[k]);
          j = end + 1;
          continue;
        }
      }
      // Name particles: "Mohammed bin Salman", "Ursula von der Leyen", "Bashar al-Assad".
      const hyphenatedAfter = after && HYPHEN_RE.test(after.gap) && after.capitalised && (lower === 'al' || lower === 'el');
      if (PARTICLES.has(lower) && (capAfter || hyphenatedAfter || (after && PARTICLES.has(after.text) && SPACE_RE.test(after.gap))) && !inOfTail) {
        run.push(next);
        j++;
        continue;
      }
      break;
    }
    // Drop connectors left dangling at the end.
    while (run.length > 1 && !run[run.length - 1].capitalised && !ELIDED_PARTICLE.test(run[run.length - 1].text)) run.pop();
    chunks.push({
      words: run,
      initial: startsSentence(text, w.start, sentenceStarts),
      weak: inRanges(w.start, headings),
    });
    i += run.length;
  }
  return chunks;
}
