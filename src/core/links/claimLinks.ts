// Claims stated by several sources: sentences about the same thing, judged by the content words,
// entities and figures they share, weighted by how rare those are in the corpus.

import { isHeadline } from '../text/segment';
import { contentWords } from '../text/words';
import type { Claim, CrossSourceGroup, DocumentAnalysis, EntityMention, GroupRelation } from '../types';
import { averageLinkageClusters, clustersHolding, type Edge } from './clustering';
import { CorpusIndex, MAX_POSTING, lengthTolerantSimilarity, weightedCosine } from './corpusIndex';
import { figureKey } from './figureKeys';
import { addFigureStatements } from './figureStatements';
import { countryStoodFor } from '../lexicon/places';
import { dayDispute, type DayDispute } from './statedDays';
import { stanceDispute, type StanceDispute } from './opposedStances';
import { OPENING_WEIGHT, openTogether, statementRanks } from './openingStatements';

interface ClaimItem {
  file: string;
  doc: DocumentAnalysis;
  claim: Claim;
  features: Set<string>;
  /** The rank of the claim's sentence among its article's statements (see statementRanks). */
  rank: number;
}

export interface ClaimLinkOptions {
  /** Minimum mean similarity inside a group. */
  threshold: number;
  /** Each statement keeps only its most similar candidates, so a corpus of near-copies stays near-linear. */
  neighbours: number;
}

export const DEFAULT_CLAIM_OPTIONS: ClaimLinkOptions = { threshold: 0.21, neighbours: 12 };

/**
 * Features of a claim. `sentenceFeatures` caches the sentence-context part by sentence index, since a
 * sentence's clauses share it.
 */
export function claimFeatures(
  doc: DocumentAnalysis,
  claim: Claim,
  sentenceFeatures = new Map<number, string[]>(),
  figureGroupOf: ReadonlyMap<string, string> = new Map(),
): Set<string> {
  const features = new Set<string>();
  const sentence = doc.structure.sentences[claim.sentence];
  const words = contentWords(doc.text, claim.start, claim.end);
  for (const w of words) {
    features.add(w.concept ?? w.stem);
    // "Chilean copper" speaks of Chile as much as "Chile's copper" does.
    const country = /^\p{Lu}/u.test(doc.text[w.start]) ? countryStoodFor(doc.text.slice(w.start, w.end)) : undefined;
    if (country) features.add(`E:${country.toLowerCase()}`);
  }
  // The rest of the sentence, marked apart: two clauses in like sentences are more likely one claim.
  let context = sentenceFeatures.get(claim.sentence);
  if (!context) {
    context = sentence ? contentWords(doc.text, sentence.start, sentence.end).map((w) => `S:${w.concept ?? w.stem}`) : [];
    sentenceFeatures.set(claim.sentence, context);
  }
  for (const f of context) features.add(f);
  let namesSomeone = false;
  for (const e of doc.entities) if (e.start >= claim.start && e.end <= claim.end) {
    addEntity(features, e);
    namesSomeone = true;
  }
  // A clause that names no one speaks of the names before it in its sentence: in "Valdoria cut its rates, making
  // it the cheapest lender in the region", the second clause is about Valdoria.
  if (!namesSomeone && sentence) {
    for (const e of doc.entities) if (e.start >= sentence.start && e.end <= claim.start && ACTOR_TYPES.has(e.type)) addEntity(features, e);
  }
  for (const f of doc.figures) if (f.start >= claim.start && f.end <= claim.end) {
    const k = figureKey(f);
    if (k) features.add(`F:${k}`);
    // The same figure (or the two sides of one disputed figure) in two sources: likely the same statement.
    // Added as several features, so it weighs like several shared rare words.
    const group = figureGroupOf.get(`${doc.file}:${f.start}`);
    if (group !== undefined) for (let k = 0; k < FIGURE_GROUP_WEIGHT; k++) features.add(`G${k}:${group}`);
  }
  return features;
}

/** The kinds of names a clause can be about without repeating them. */
const ACTOR_TYPES = new Set<EntityMention['type']>(['person', 'organization', 'place']);

function addEntity(features: Set<string>, e: EntityMention): void {
  features.add(`E:${e.canonical.toLowerCase()}`);
  // A capital stands for its government: "Washington widened sanctions" is the United States acting.
  const country = e.type === 'place' ? countryStoodFor(e.canonical) : undefined;
  if (country) features.add(`E:${country.toLowerCase()}`);
}

/** How many rare shared words one shared figure group counts as (measured on six annotated stories: 2 is best). */
const FIGURE_GROUP_WEIGHT = 2;

/** A figure's place in a dispute: its figure group, and its side, named by the value it states. */
export interface ConflictSide {
  group: number;
  value: string;
}

/** What the figure and quote groups already link: claims made only of those add nothing. */
export interface KnownLinks {
  /** `file:start` of figures in a conflict group → the group and the side it takes. */
  conflictingFigures: ReadonlyMap<string, ConflictSide>;
  /** `file:start` of each quote → its quote group id. */
  quoteGroupOf: ReadonlyMap<string, string>;
  /** `file:start` of each linked figure → its figure group id. */
  figureGroupOf?: ReadonlyMap<string, string>;
}

export function linkClaims(
  documents: readonly DocumentAnalysis[],
  known: KnownLinks,
  checkCancelled?: () => void,
  options: ClaimLinkOptions = DEFAULT_CLAIM_OPTIONS,
): CrossSourceGroup[] {
  const conflictingSpans = known.conflictingFigures;
  const items: ClaimItem[] = [];
  for (const doc of documents) {
    const sentenceFeatures = new Map<number, string[]>();
    const ranks = statementRanks(doc);
    for (const claim of doc.claims) {
      const features = claimFeatures(doc, claim, sentenceFeatures, known.figureGroupOf);
      items.push({ file: doc.file, doc, claim, features, rank: ranks.get(claim.sentence)! });
    }
  }
  const index = new CorpusIndex(items);
  const quoteGroupOfClaim = items.map((it) => quoteGroupInside(it, known.quoteGroupOf));
  const similarity = (a: number, b: number) => {
    const s = lengthTolerantSimilarity(index, items[a].features, items[b].features);
    return openTogether(items[a].rank, items[b].rank) ? s * OPENING_WEIGHT : s;
  };
  const scored: Edge[] = [];
  // Any feature short of the corpus-wide cap proposes pairs: in a few long articles the words a claim is made of are
  // carried by dozens of statements, and the cap alone keeps a large corpus sub-quadratic.
  for (const [a, b] of index.candidatePairs(2, MAX_POSTING)) {
    // Two renderings of one quoted remark are already a quote group.
    if (quoteGroupOfClaim[a] !== undefined && quoteGroupOfClaim[a] === quoteGroupOfClaim[b]) continue;
    const s = similarity(a, b);
    if (s >= options.threshold * EDGE_FLOOR) scored.push({ a, b, similarity: s });
  }
  checkCancelled?.();
  const edges = strongestPerItem(scored, options.neighbours);
  const clusters = averageLinkageClusters(edges, { threshold: options.threshold, exclusiveKey: (i) => exclusiveKeyOf(items[i]), sourceOf: (i) => items[i].file, checkCancelled });
  const neighbours = neighbourMap(edges);
  joinCloseStatements(clusters, neighbours, options.threshold * JOIN_FACTOR, (i) => exclusiveKeyOf(items[i]), (i) => items[i].file);
  attachLoneStatements(clusters, neighbours, options.threshold * LONE_TIE_FACTOR, (i) => exclusiveKeyOf(items[i]));
  if (known.figureGroupOf) addFigureStatements(clusters, items, known.figureGroupOf, similarity, options.threshold * EDGE_FLOOR);
  return clusters.map((cluster, n) => {
    const members = cluster.map((i) => items[i]);
    const figureConflict = figuresConflict(members, conflictingSpans);
    const spans = members.map((m) => ({ file: m.file, text: m.doc.text, start: m.claim.start, end: m.claim.end, entities: m.doc.entities }));
    const days = figureConflict ? undefined : dayDispute(spans);
    const stances = figureConflict || days ? undefined : stanceDispute(spans);
    const relation = figureConflict || days || stances ? 'conflict' : wordingRelation(index, members);
    return {
      id: `claim-${n + 1}`,
      kind: 'claim',
      relation,
      note: days ? dayNote(members, days) : stances ? stanceNote(members, stances) : noteFor(members, relation),
      members: members.map((m) => ({ file: m.file, start: m.claim.start, end: m.claim.end, text: m.claim.text })),
    };
  });
}

/** The least similarity, as a share of the grouping threshold, that counts as two statements being alike at all. */
const EDGE_FLOOR = 0.75;

/** How much closer than the grouping threshold a statement must be, on average, to join a second group. */
const JOIN_FACTOR = 1.3;

/** How much stronger than the grouping threshold one tie must be for a statement no group took to join a group. */
const LONE_TIE_FACTOR = 1.4;

/**
 * Lets a statement join further groups it is close to as a whole: a sentence such as "the minister came to
 * shore up shipping ties amid pressure over port fees" states two claims, and clustering puts it in one group only.
 * A group still takes one statement per source. Closeness is judged against the other sources' members only: a
 * group holding the statement's own headline is not less alike for it.
 */
export function joinCloseStatements(
  clusters: number[][],
  neighbours: Neighbours,
  minMean: number,
  keyOf: (i: number) => string,
  fileOf: (i: number) => string = keyOf,
): void {
  const joins = clusters.map((cluster) => {
    const keys = new Set(cluster.map(keyOf));
    const candidates = new Set<number>();
    for (const i of cluster) for (const j of neighbours.get(i)?.keys() ?? []) if (!keys.has(keyOf(j))) candidates.add(j);
    // The closest qualifying statement of each source joins.
    const bestByKey = new Map<string, { item: number; mean: number }>();
    for (const j of candidates) {
      const near = neighbours.get(j)!;
      const others = cluster.filter((i) => fileOf(i) !== fileOf(j));
      const mean = others.reduce((sum, i) => sum + (near.get(i) ?? 0), 0) / others.length;
      const held = bestByKey.get(keyOf(j));
      if (mean >= minMean && (!held || mean > held.mean)) bestByKey.set(keyOf(j), { item: j, mean });
    }
    return [...bestByKey.values()].map((b) => b.item);
  });
  clusters.forEach((cluster, n) => {
    cluster.push(...joins[n]);
    cluster.sort((p, q) => p - q);
  });
}

/**
 * Gives a statement that no group took the group of the member it is most like, when that one tie is strong: three
 * sources stating one fact in three vocabularies leave the third alike to one of the others only, and the group's
 * mean then keeps it out. A group still takes one statement per source.
 */
export function attachLoneStatements(clusters: number[][], neighbours: Neighbours, minTie: number, keyOf: (i: number) => string): void {
  // Statement → the groups holding it (a statement may be in several, see joinCloseStatements).
  const clustersOf = clustersHolding(clusters);
  const attachments: { item: number; cluster: number; tie: number }[] = [];
  for (const [item, near] of neighbours) {
    if (clustersOf.has(item)) continue;
    let best: { cluster: number; tie: number } | undefined;
    for (const [member, tie] of near) {
      if (tie < minTie || (best && tie <= best.tie)) continue;
      const cluster = clustersOf.get(member)?.find((c) => !clusters[c].some((i) => keyOf(i) === keyOf(item)));
      if (cluster !== undefined) best = { cluster, tie };
    }
    if (best) attachments.push({ item, ...best });
  }
  // (Two lone statements of one source tied to one group: the stronger tie joins.)
  const joined = new Set<string>();
  const changed = new Set<number>();
  for (const { item, cluster } of attachments.sort((p, q) => q.tie - p.tie)) {
    const key = `${cluster}|${keyOf(item)}`;
    if (joined.has(key)) continue;
    joined.add(key);
    clusters[cluster].push(item);
    changed.add(cluster);
  }
  for (const cluster of changed) clusters[cluster].sort((p, q) => p - q);
}

/** Each statement → its neighbours in the similarity graph, with the similarity of each. */
export type Neighbours = ReadonlyMap<number, ReadonlyMap<number, number>>;

/** The neighbours of each statement, from the edges of the similarity graph. */
export function neighbourMap(edges: readonly Edge[]): Neighbours {
  const neighbours = new Map<number, Map<number, number>>();
  const link = (x: number, y: number, s: number) => {
    let m = neighbours.get(x);
    if (!m) neighbours.set(x, (m = new Map()));
    m.set(y, s);
  };
  for (const e of edges) {
    link(e.a, e.b, e.similarity);
    link(e.b, e.a, e.similarity);
  }
  return neighbours;
}

/** Keeps an edge when it is among the `k` strongest of either of its ends. */
export function strongestPerItem(edges: Edge[], k: number): Edge[] {
  const byItem = new Map<number, Edge[]>();
  for (const e of edges) {
    for (const i of [e.a, e.b]) {
      const list = byItem.get(i);
      if (list) list.push(e);
      else byItem.set(i, [e]);
    }
  }
  const keep = new Set<Edge>();
  for (const list of byItem.values()) {
    list.sort((p, q) => q.similarity - p.similarity);
    for (const e of list.slice(0, k)) keep.add(e);
  }
  return edges.filter((e) => keep.has(e));
}

/** The quote group of a quote that makes up most of the claim, if any. */
function quoteGroupInside(item: ClaimItem, quoteGroupOf: ReadonlyMap<string, string>): string | undefined {
  const { claim, doc } = item;
  for (const q of doc.quotes) {
    const overlap = Math.min(q.end, claim.end) - Math.max(q.start, claim.start);
    if (overlap > 0.5 * (claim.end - claim.start)) {
      const group = quoteGroupOf.get(`${item.file}:${q.start}`);
      if (group) return group;
    }
  }
  return undefined;
}

/** Two statements hold opposite sides of one disputed figure ($12 million against $15 million). */
function figuresConflict(members: ClaimItem[], conflictingSpans: ReadonlyMap<string, ConflictSide>): boolean {
  const sidesByGroup = new Map<number, Set<string>>();
  for (const m of members) {
    for (const f of m.doc.figures) {
      const side = f.start >= m.claim.start && f.end <= m.claim.end ? conflictingSpans.get(`${m.file}:${f.start}`) : undefined;
      if (!side) continue;
      const sides = sidesByGroup.get(side.group) ?? new Set<string>();
      sides.add(side.value);
      sidesByGroup.set(side.group, sides);
    }
  }
  return [...sidesByGroup.values()].some((sides) => sides.size >= 2);
}

function wordingRelation(index: CorpusIndex<ClaimItem>, members: ClaimItem[]): GroupRelation {
  // "Agree" when every two sources word it alike (a headline beside its body sentence is not a second source).
  let min = 1;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (members[i].file === members[j].file) continue;
      min = Math.min(min, weightedCosine(index, members[i].features, members[j].features));
    }
  }
  return min >= 0.8 ? 'agree' : 'variant';
}

function dayNote(members: ClaimItem[], days: DayDispute): string {
  const sides = sidesText(days.sides.map((s) => [s.day, s.files.length]));
  return `${sourceCount(members)} sources give different days, ${sides}: ${shortHead(members)}`;
}

function stanceNote(members: ClaimItem[], dispute: StanceDispute): string {
  const sides = sidesText(dispute.sides.map((s) => [s.outcome, s.files.length]));
  return `${sourceCount(members)} sources disagree on what ${dispute.subject} does, ${sides}: ${shortHead(members)}`;
}

/** The sides of a dispute with the number of sources on each: "Friday (2 sources) vs Saturday (1 source)". */
function sidesText(sides: readonly (readonly [string, number])[]): string {
  return sides.map(([label, n]) => `${label} (${n} source${n === 1 ? '' : 's'})`).join(' vs ');
}

function noteFor(members: ClaimItem[], relation: GroupRelation): string {
  const sources = sourceCount(members);
  if (relation === 'conflict') return `${sources} sources state this with conflicting figures: ${shortHead(members)}`;
  return `${sources} sources state this${relation === 'agree' ? ' in the same words' : ''}: ${shortHead(members)}`;
}

/** Sources, not statements: a headline beside its body sentence is one source. */
function sourceCount(members: ClaimItem[]): number {
  return new Set(members.map((m) => m.file)).size;
}

/** The group's first statement, cut to fit a note. */
function shortHead(members: ClaimItem[]): string {
  const head = members[0].claim.text;
  return head.length > 90 ? `${head.slice(0, 89)}…` : head;
}

/**
 * One statement per source in a group, except that a headline may join beside the body sentence it
 * summarises: both state the claim, and a reader jumping between sources should find either.
 */
function exclusiveKeyOf(item: ClaimItem): string {
  const sentence = item.doc.structure.sentences[item.claim.sentence];
  return sentence && isHeadline(sentence) ? `${item.file}#headline` : item.file;
}
