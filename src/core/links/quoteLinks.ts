// The same remark quoted by several sources: quotes by the same speaker whose words overlap, paired
// one-to-one between two sources (a source's quote stands for one remark), exact or with wording changes.

import { contentWords } from '../text/words';
import type { CrossSourceGroup, DocumentAnalysis, GroupRelation, Quote } from '../types';
import { CorpusIndex, MAX_POSTING, weightedCosine } from './corpusIndex';
import { summarizeDiff, wordDiff } from './wordDiff';

interface QuoteItem {
  file: string;
  quote: Quote;
  /** Index of the paragraph the quote starts in. */
  paragraph: number;
  features: Set<string>;
  normalized: string;
}

export interface QuoteLinkOptions {
  /** Similarity needed between two quotes of the same speaker. */
  sameSpeakerThreshold: number;
  /** Similarity needed between quotes credited to different speakers (one source may credit someone else). */
  otherSpeakerThreshold: number;
}

export const DEFAULT_QUOTE_OPTIONS: QuoteLinkOptions = {
  sameSpeakerThreshold: 0.2,
  otherSpeakerThreshold: 0.8,
};

export function linkQuotes(documents: readonly DocumentAnalysis[], options: QuoteLinkOptions = DEFAULT_QUOTE_OPTIONS): CrossSourceGroup[] {
  const items: QuoteItem[] = [];
  for (const doc of documents) {
    for (const quote of doc.quotes) {
      if (doc.structure.sentences[quote.sentence]?.boilerplate) continue;
      const features = new Set(contentWords(quote.text).map((w) => w.concept ?? w.stem));
      const paragraph = doc.structure.sentences[quote.sentence]?.paragraph ?? -1;
      items.push({ file: doc.file, quote, paragraph, features, normalized: normalize(quote.text) });
    }
  }
  const index = new CorpusIndex(items);
  const scored: { a: number; b: number; sim: number }[] = [];
  // Candidates share a word (the index skips words too common to tell remarks apart).
  const candidates = index.candidatePairs(1);
  // The sources quoting each speaker's words exactly so.
  const phraseKey = (it: QuoteItem) => `${speakerKey(it.quote.speaker)}|${it.normalized}`;
  const sourcesQuoting = new Map<string, Set<string>>();
  for (const it of items) sourcesQuoting.set(phraseKey(it), (sourcesQuoting.get(phraseKey(it)) ?? new Set()).add(it.file));
  const uses = new Map<string, number>();
  let writersText: string[] | undefined;
  /** Whether the writers use a phrase outside quotation marks (at least `times` times: once may be reported speech). */
  const termOfTheWriters = (phrase: string, times = 1) => {
    let used = uses.get(phrase);
    if (used === undefined) uses.set(phrase, (used = usesIn((writersText ??= textOutsideQuotes(documents)), phrase, 2)));
    return used >= times;
  };
  for (const [a, b] of candidates) {
    const sameSpeaker = speakerKey(items[a].quote.speaker) === speakerKey(items[b].quote.speaker);
    // One speaker's three-word phrase quoted inside another rendering of theirs ("weathered every season") counts too.
    // (Not a term the writers use themselves, again and again: "a managed retreat from the coast".)
    const shorter = items[a].normalized.length <= items[b].normalized.length ? items[a] : items[b];
    const inside = isQuotedInside(items[a], items[b], sameSpeaker ? MIN_FRAGMENT_WORDS - 1 : MIN_FRAGMENT_WORDS) && !termOfTheWriters(shorter.normalized, 2);
    const sim = inside ? 1 : weightedCosine(index, items[a].features, items[b].features);
    // Two- and three-word phrases ("energy security") are shared vocabulary, not one remark.
    // (A whole sentence or clause of one speaker's, "This is a budget for the lenders, not for the people", is a remark
    // however few of its words carry content. So is one speaker's phrase that three sources or more quote word for
    // word and that the writers never use as a term of their own: "steady deliveries" in quotation marks in each.)
    const longEnough = inside || Math.min(items[a].features.size, items[b].features.size) >= MIN_FRAGMENT_WORDS ||
      (sameSpeaker && isRemark(items[a].quote.text) && isRemark(items[b].quote.text)) ||
      (sameSpeaker && items[a].normalized === items[b].normalized && items[a].features.size > 0 && items[a].normalized.includes(' ') &&
        (sourcesQuoting.get(phraseKey(items[a]))?.size ?? 0) >= PHRASE_SOURCES && !termOfTheWriters(items[a].normalized));
    if (longEnough && sim >= (sameSpeaker ? options.sameSpeakerThreshold : options.otherSpeakerThreshold)) scored.push({ a, b, sim });
  }
  // One-to-one between each pair of sources, best first; a split quote ("A," he said. "B.") may pair
  // both halves with one longer rendering, so the longer side may take several.
  scored.sort((p, q) => q.sim - p.sim);
  const bestSimilarity = new Map<number, number>();
  for (const { a, b, sim } of scored) {
    for (const i of [a, b]) if (sim > (bestSimilarity.get(i) ?? 0)) bestSimilarity.set(i, sim);
  }
  const taken = new Set<string>();
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const membersOf = new Map<number, number[]>(items.map((_, i) => [i, [i]]));
  const join = (x: number, y: number) => {
    const [rx, ry] = [find(x), find(y)];
    if (rx === ry) return;
    membersOf.set(ry, [...membersOf.get(ry)!, ...membersOf.get(rx)!]);
    membersOf.delete(rx);
    parent[rx] = ry;
  };
  for (const { a, b } of scored) {
    const [shorter, longer] = items[a].quote.text.length <= items[b].quote.text.length ? [a, b] : [b, a];
    const key = `${shorter}>${items[longer].file}`;
    if (taken.has(key)) continue;
    // Two groups join only if they hold together as a whole: one speaker's two remarks ("demand is huge", "we are
    // ready to build"), each quoted by other sources, are not one remark because a loose pair bridges them.
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb && !holdTogether(index, items, membersOf.get(ra)!, membersOf.get(rb)!, options.sameSpeakerThreshold)) continue;
    const reverse = `${longer}>${items[shorter].file}`;
    if (taken.has(reverse) && items[longer].quote.text.length < 1.6 * items[shorter].quote.text.length) continue;
    taken.add(key);
    // A phrase quoted inside a long rendering leaves that rendering free to meet a fuller one of the phrase's source.
    if (!isPhraseOf(items[shorter], items[longer])) taken.add(reverse);
    join(ra, rb);
    // One source's single long quote may be another's split quote ("A," he said. "B."): the other
    // parts of the split belong to the same remark when the long rendering shares their words.
    // (A long rendering only a little longer than one part must share much of another part's words to hold it too.)
    const lengthRatio = items[longer].quote.text.length / items[shorter].quote.text.length;
    if (lengthRatio >= MIN_SPLIT_RATIO) {
      const needed = lengthRatio >= CLEAR_SPLIT_RATIO ? SPLIT_PART_SIMILARITY : CLOSE_SPLIT_PART_SIMILARITY;
      for (const part of splitParts(items, shorter)) {
        // Unless that part is quoted closer elsewhere: then it is its own remark, and the long one renders another.
        const sim = similarity(index, items[longer], items[part]);
        if (sim >= needed && (bestSimilarity.get(part) ?? 0) <= sim) join(part, longer);
      }
    }
  }
  // Last, a speaker's words quoted in part by one source and in full by another ("a disgrace" in "a disgrace to our
  // country"), for a part that no other rendering has taken and that the writers do not use as a term of their own
  // ("energy security"). It joins the full rendering's group only where that group has nothing from its source yet.
  const linked = new Set(scored.flatMap(({ a, b }) => [a, b]));
  // The sources each group already holds, kept up to date as parts join.
  const filesByRoot = new Map<number, Set<string>>();
  items.forEach((it, i) => {
    const root = find(i);
    const files = filesByRoot.get(root) ?? new Set<string>();
    filesByRoot.set(root, files.add(it.file));
  });
  for (const [a, b] of candidates) {
    const [part, full] = items[a].normalized.length <= items[b].normalized.length ? [a, b] : [b, a];
    if (linked.has(part) || speakerKey(items[a].quote.speaker) !== speakerKey(items[b].quote.speaker)) continue;
    // (A part with some content word, not the same words: "a disgrace" inside "a disgrace to our country".)
    if (items[part].features.size === 0 || items[part].normalized === items[full].normalized) continue;
    // A part in other words still counts when the fuller rendering holds every word of it ("reliable grain
    // deliveries" in "a reliable partner … deliveries of grain"): one source's translation or paraphrase of the same
    // remark. The writers may then repeat the part once, as a headline does.
    const inside = isQuotedInside(items[part], items[full], 1);
    if (!(inside || wordsHeldBy(items[part], items[full])) || termOfTheWriters(items[part].normalized, inside ? 1 : 2)) continue;
    const [partRoot, fullRoot] = [find(part), find(full)];
    const fullFiles = filesByRoot.get(fullRoot)!;
    if (fullFiles.has(items[part].file)) continue;
    join(part, full);
    for (const f of filesByRoot.get(partRoot) ?? []) fullFiles.add(f);
    linked.add(part);
  }
  // A phrase of three words or more that a speaker's fuller rendering holds word for word is that remark, in any
  // source and in the same one (a headline's phrase, the body's full quote): "change is coming" quoted alone belongs
  // with the speech it comes from, and so do both their groups. Renderings are found by the phrase's first three words.
  const byOpening = new Map<string, number[]>();
  items.forEach((it, i) => {
    const words = it.normalized.split(' ');
    const seen = new Set<string>();
    for (let k = 0; k + FRAGMENT_OPENING <= words.length; k++) {
      const opening = words.slice(k, k + FRAGMENT_OPENING).join(' ');
      if (seen.has(opening)) continue;
      seen.add(opening);
      const list = byOpening.get(opening);
      if (list) list.push(i);
      else byOpening.set(opening, [i]);
    }
  });
  items.forEach((part, i) => {
    const opening = part.normalized.split(' ').slice(0, FRAGMENT_OPENING).join(' ');
    const renderings = byOpening.get(opening) ?? [];
    // (An opening hundreds of quotes share, "we will not", finds no particular remark.)
    if (renderings.length > MAX_POSTING) return;
    for (const j of renderings) {
      const full = items[j]!;
      if (find(i) === find(j) || full.normalized.length <= part.normalized.length) continue;
      if (speakerKey(part.quote.speaker) === speakerKey(full.quote.speaker) && isQuotedInside(part, full, FRAGMENT_OPENING) && !termOfTheWriters(part.normalized)) join(i, j);
    }
  });
  const clusters = new Map<number, number[]>();
  items.forEach((_, i) => {
    const r = find(i);
    clusters.set(r, [...(clusters.get(r) ?? []), i]);
  });
  const groups: CrossSourceGroup[] = [];
  for (const cluster of clusters.values()) {
    const members = cluster.map((i) => items[i]);
    if (new Set(members.map((m) => m.file)).size < 2) continue;
    const relation: GroupRelation = new Set(members.map((m) => m.normalized)).size === 1 ? 'agree' : 'variant';
    groups.push({
      id: '',
      kind: 'quote',
      relation,
      note: noteFor(members, relation),
      members: members.map((m) => ({ file: m.file, start: m.quote.start, end: m.quote.end, text: m.quote.text })),
    });
  }
  return groups;
}

/** Do two groups of renderings, joined, keep a mean similarity across them of at least `threshold`? */
function holdTogether(index: CorpusIndex<QuoteItem>, items: QuoteItem[], x: number[], y: number[], threshold: number): boolean {
  if (x.length === 1 && y.length === 1) return true;
  // Each rendering with the other parts of its split quote: "A," he said. "B." is one remark, whichever part matches.
  const withParts = (i: number) => [i, ...splitParts(items, i)];
  const partsOfY = y.map(withParts);
  let sum = 0;
  let pairs = 0;
  for (const i of x) {
    const partsOfI = withParts(i);
    y.forEach((j, n) => {
      if (items[i].file === items[j].file) return;
      let best = 0;
      for (const p of partsOfI) for (const q of partsOfY[n]!) best = Math.max(best, similarity(index, items[p], items[q], MIN_FRAGMENT_WORDS - 1));
      sum += best;
      pairs++;
    });
  }
  return pairs === 0 || sum / pairs >= threshold;
}

/** Words a split quote's other part must share with the long rendering (it is already known to be the same remark). */
const SPLIT_PART_SIMILARITY = 0.05;
/** How much longer than one part of a split quote a rendering must be to hold its other parts too. */
const MIN_SPLIT_RATIO = 1.1;
/** Above this ratio the long rendering plainly holds more than the part it matched. */
const CLEAR_SPLIT_RATIO = 1.5;
/** What another part must share with a rendering only a little longer than the part it matched. */
const CLOSE_SPLIT_PART_SIMILARITY = 0.2;
/** Characters of attribution that may separate the parts of one split quote. */
const MAX_SPLIT_GAP = 240;

/** The other parts of the split quote that item `i` belongs to: same file, speaker and paragraph, separated only by an attribution. */
function splitParts(items: QuoteItem[], i: number): number[] {
  const out: number[] = [];
  for (const dir of [-1, 1]) {
    let cur = i;
    for (let k = i + dir; k >= 0 && k < items.length; k += dir) {
      const [first, second] = dir > 0 ? [items[cur], items[k]] : [items[k], items[cur]];
      if (items[k].file !== items[i].file || items[k].quote.speaker !== items[i].quote.speaker) break;
      // (A quote in a paragraph of its own after "…," he added. is the next remark, not the rest of this one.)
      if (second.quote.start - first.quote.end > MAX_SPLIT_GAP || second.paragraph !== first.paragraph) break;
      out.push(k);
      cur = k;
    }
  }
  return out;
}

/** A quoted passage of eight words or more, a sentence or a clause ("no citizen of ours will be left under the rubble"): a remark, not a phrase. */
function isRemark(text: string): boolean {
  return text.split(/\s+/).filter(Boolean).length >= 8;
}

/** A shorter quoted phrase ("energy security") is a common term, not evidence of the same remark. */
const MIN_FRAGMENT_WORDS = 4;
/** Sources that must quote a speaker's short phrase word for word for it to be one remark rather than shared vocabulary. */
const PHRASE_SOURCES = 3;
/** Words a phrase needs to belong with the one fuller rendering that holds it (its speaker must match too). */
const FRAGMENT_OPENING = 3;

function similarity(index: CorpusIndex<QuoteItem>, a: QuoteItem, b: QuoteItem, minFragmentWords = MIN_FRAGMENT_WORDS): number {
  // A fragment quoted inside a fuller rendering is the same remark.
  if (isQuotedInside(a, b, minFragmentWords)) return 1;
  return weightedCosine(index, a.features, b.features);
}

/** Are all the content words of a part of three or more among those of a rendering at least twice as full? */
function wordsHeldBy(part: QuoteItem, full: QuoteItem): boolean {
  return part.features.size >= 3 && part.features.size * 2 <= full.features.size && [...part.features].every((f) => full.features.has(f));
}

/** Is `short` a phrase quoted word for word inside `long`, and less than half its length? */
function isPhraseOf(short: QuoteItem, long: QuoteItem): boolean {
  return short.normalized.length * 2 < long.normalized.length && isQuotedInside(short, long, 1);
}

/** Is the shorter quote, of at least `minWords` words, found word for word inside the longer one? */
function isQuotedInside(a: QuoteItem, b: QuoteItem, minWords: number): boolean {
  const [short, long] = a.normalized.length <= b.normalized.length ? [a.normalized, b.normalized] : [b.normalized, a.normalized];
  return short.split(' ').length >= minWords && ` ${long} `.includes(` ${short} `);
}

/** The documents' text outside quotation marks, one normalised passage (see `normalize`) per stretch between quotes. */
function textOutsideQuotes(documents: readonly DocumentAnalysis[]): string[] {
  const passages: string[] = [];
  for (const doc of documents) {
    let from = 0;
    for (const q of [...doc.quotes].sort((x, y) => x.start - y.start)) {
      if (q.start > from) passages.push(` ${normalize(doc.text.slice(from, q.start))} `);
      from = Math.max(from, q.end);
    }
    passages.push(` ${normalize(doc.text.slice(from))} `);
  }
  return passages;
}

/** How many times a normalised phrase stands in the passages as whole words, counted up to `enough`. */
function usesIn(passages: readonly string[], phrase: string, enough: number): number {
  const needle = ` ${phrase} `;
  let uses = 0;
  for (const passage of passages) {
    for (let at = passage.indexOf(needle); at >= 0; at = passage.indexOf(needle, at + 1)) if (++uses >= enough) return uses;
  }
  return uses;
}

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

function speakerKey(speaker: string): string {
  const words = speaker.toLowerCase().replace(/[^\p{L}\s]/gu, ' ').split(/\s+/).filter(Boolean);
  return words[words.length - 1] ?? '';
}

function noteFor(members: QuoteItem[], relation: GroupRelation): string {
  const speaker = members[0].quote.speaker;
  const files = new Set(members.map((m) => m.file)).size;
  if (relation === 'agree') return `${speaker}, quoted word for word by ${files} sources`;
  const diff = summarizeDiff(wordDiff(members[0].quote.text, members.find((m) => m.normalized !== members[0].normalized)!.quote.text));
  return `${speaker}, quoted by ${files} sources with different wording${diff ? `: ${diff}` : ''}`;
}
