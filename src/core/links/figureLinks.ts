// The same figure in several sources. Two figures are about the same thing when they have a
// compatible kind and unit and their contexts (what they measure, the clause around them, the
// entities there) are alike. Same value → agree/variant; different value → conflict, naming both sides.

import { contentWords } from '../text/words';
import type { CrossSourceGroup, DocumentAnalysis, Figure } from '../types';
import { averageLinkageClusters, type Edge } from './clustering';
import { CorpusIndex, weightedCosine } from './corpusIndex';
import { conflictGroup, sameFigureGroup } from './figureGroups';
import { figureItems, type FigureItem } from './figureItems';
import { splitByRole } from './valueRoles';
import { admits, clockMinutesOf, compareValues, compatibilityKey, isApproximation, isBound, rangeOf, writtenPrecision } from './figureValues';

export interface FigureLinkOptions {
  /** Context similarity above which two figures with the same value are the same figure. */
  sameThreshold: number;
  /** Context similarity above which two figures with different values report the same thing (a conflict). */
  conflictThreshold: number;
  /** The same, for values within a fifth of each other (see NEAR_VALUES). */
  nearConflictThreshold: number;
  /** The same, for near values other than dates, in one unit, where neither is a bound the other fits. */
  nearCountConflictThreshold: number;
}

export const DEFAULT_FIGURE_OPTIONS: FigureLinkOptions = {
  sameThreshold: 0.12,
  conflictThreshold: 0.3,
  nearConflictThreshold: 0.21,
  nearCountConflictThreshold: 0.14,
};

/** How much of the usual context a same precise or distinctive value needs (measured on the annotated stories). */
const PRECISE_VALUE_FACTOR = 0.5;

/**
 * A value of three significant digits or more ("41.3", "214", "48.6%"), or a time to the minute ("8:41 a.m."): seldom
 * two different things at once.
 */
function isPrecise(f: Figure): boolean {
  if (isTimeToTheMinute(f)) return true;
  return f.kind !== 'date' && typeof f.value === 'number' && (writtenPrecision(f)?.significant ?? 0) >= 3;
}

/** "8:41 a.m.", not "9 a.m.". */
function isTimeToTheMinute(f: Figure): boolean {
  return (clockMinutesOf(f) ?? 0) % 60 !== 0;
}

/** A similarity bar that any shared context word clears (a similarity of 0 does not). */
const ANY_SHARED_WORD = Number.MIN_VALUE;

/** The share of the conflict context two values stated once by each source need (measured on fifteen annotated stories). */
const DISTINCT_CONFLICT_FACTOR = 0.9;

/** Values whose ratio is at least this are a hair apart: "77.8%" and "78.4%". */
const HAIR_VALUES = 0.95;
/** The share of the near-conflict context such precise values need (measured on fifteen annotated stories). */
const HAIR_FACTOR = 0.75;
/** How much of the context evidence two near values need when their sentences share an agreed figure (a frame). */
const FRAME_FACTOR = 0.8;

/** Sources agreeing on a figure before one more source's different value disputes it on loose context evidence. */
const CONSENSUS_SOURCES = 2;
/** How near that value must be (measured on forty annotated stories: 14 against 19 is, 4 against 14 is not). */
const CONSENSUS_CLOSENESS = 0.6;

/** Whether two figures count in one word or in two words for one thing: "19 dead" and "21 killed". */
function sameUnitWord(a: Figure, b: Figure): boolean {
  if (a.unit === b.unit) return true;
  const [x, y] = [contentWords(a.unit), contentWords(b.unit)];
  return x.length === 1 && y.length === 1 && x[0]!.concept !== undefined && x[0]!.concept === y[0]!.concept;
}

/**
 * Whether a lone source's value is near enough to a value several sources agree on to dispute it: near in ratio
 * ("19" against "14"), or a small count one apart ("four dead" against "5 killed"), which no ratio measures well.
 */
function nearEnoughToDispute(a: Figure, b: Figure): boolean {
  return closeness(a, b) >= CONSENSUS_CLOSENESS || oneApart(a, b);
}

function oneApart(a: Figure, b: Figure): boolean {
  const [x, y] = [a.value, b.value];
  return typeof x === 'number' && typeof y === 'number' && Number.isInteger(x) && Number.isInteger(y) && Math.abs(x - y) === 1;
}

/** A single value below ten ("two days", "3%"): such values recur for different things. */
function hasSmallValue(f: Figure): boolean {
  return typeof f.value === 'number' && Math.abs(f.value) < 10;
}

/** A count below ten ("two people", "four of the seven"). */
function isSmallCount(f: Figure): boolean {
  return f.kind === 'quantity' && hasSmallValue(f);
}

/** How much better another figure of a sentence must match a figure's own surroundings to take its place. */
const OUTMATCH_MARGIN = 0.3;

/** Values whose ratio is at least this are near: "48" and "more than fifty", "19" and "21". */
const NEAR_VALUES = 0.8;

export function linkFigures(documents: readonly DocumentAnalysis[], options: FigureLinkOptions = DEFAULT_FIGURE_OPTIONS): CrossSourceGroup[] {
  const items = documents.flatMap((doc) => figureItems(doc));
  const index = new CorpusIndex(items);
  const aligned = parallelStatements(items);
  const similarity = (a: number, b: number) =>
    aligned.has(pairKey(a, b)) || (items[a].dateline && items[b].dateline) || (items[a].agedPerson !== undefined && items[a].agedPerson === items[b].agedPerson)
      ? 1
      : weightedCosine(index, items[a].features, items[b].features);

  // A figure's own surroundings: the words right by it and what it measures.
  const local = items.map((it) => new Set([...it.features].filter((f) => f.startsWith('N:') || f.startsWith('A:'))));
  const localSimilarity = (a: number, b: number) => weightedCosine(index, local[a]!, local[b]!);
  const bySentence = itemsBySentence(items);
  const sentenceOf = (i: number) => bySentence.get(sentenceKey(items[i]!))!;
  /**
   * Whether `b`'s sentence holds another figure of its kind, of a value `a` does not share, whose own surroundings
   * match `a`'s far better: "Three of the 27 members pushed for a cut, two people familiar with the talks said"
   * answers "Two of the 27 members argued for a cut" with its "Three"; its "two" only shares the value.
   */
  const outmatchedInSentence = (a: number, b: number): boolean => {
    // (Only small counts: a value such as "25%" or "900,000" in two sources is evidence of its own.)
    if (!isSmallCount(items[a]!.figure)) return false;
    const own = localSimilarity(a, b);
    return sentenceOf(b).some((c) => c !== b && items[c]!.keys[0] === items[b]!.keys[0] &&
      compareValues(items[a]!.figure, items[c]!.figure) === 'different' && localSimilarity(a, c) >= own + OUTMATCH_MARGIN);
  };

  /** Whether `b`'s sentence also states `a`'s value, in surroundings no worse matched to `a`'s than `b`'s own. */
  const statesAlike = (a: number, b: number): boolean => {
    if (!sentenceStates(items[b]!, items[a]!.figure)) return false;
    const own = localSimilarity(a, b);
    const rivals = sentenceOf(b).filter((c) => c !== b && compareValues(items[a]!.figure, items[c]!.figure) === 'same' && items[c]!.keys[0] === items[a]!.keys[0]);
    // (A figure outside the items, in a page's furniture, still counts.)
    return rivals.length === 0 || rivals.some((c) => localSimilarity(a, c) + OUTMATCH_MARGIN > own);
  };

  /** Whether `a`'s count and another count of its sentence add up to `b`'s: `a` is a part of that whole. */
  const addsUpTo = (a: number, b: number): boolean => {
    const [fa, fb] = [items[a]!.figure, items[b]!.figure];
    if (fa.kind !== 'quantity' || fb.kind !== 'quantity' || typeof fa.value !== 'number' || typeof fb.value !== 'number' || fa.value >= fb.value) return false;
    const rest = fb.value - fa.value;
    return sentenceOf(a).some((c) => c !== a && items[c]!.figure.kind === 'quantity' && items[c]!.figure.value === rest);
  };

  // Values each source states once → how many sources state them.
  const perValue = statementsPerSource(items);
  const statedOnce = sourcesStatingOnce(items, perValue);
  const onceEach = (i: number) => (statedOnce.get(valueKey(items[i]!)) ?? 0) >= 2;
  /** Whether the item's source states its value once only. */
  const statedOnceBy = (i: number) => perValue.get(valueKey(items[i]!))?.get(items[i]!.file) === 1;
  // Values most sources state, in one unit ("a magnitude 6.4 quake" in four reports of five).
  const widelyNeeded = Math.max(WIDELY_STATED_MIN, new Set(items.map((it) => it.file)).size / 2);
  const widelyStated = (i: number) => (perValue.get(valueKey(items[i]!))?.size ?? 0) >= widelyNeeded && !isRecurringValue(items[i]!.figure);
  // Clusters of the same figure (same or nested value, alike context), by union-find.
  const parent = items.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  /** Whether each of the two sentences holds another figure of one unit with its own, and those two agree (one cluster). */
  const parallelFrame = (a: number, b: number): boolean => {
    const unit = items[a]!.figure.unit;
    if (items[b]!.figure.unit !== unit) return false;
    const others = (i: number) => sentenceOf(i).filter((c) => c !== i && items[c]!.figure.unit === unit);
    const rootsOfB = new Set(others(b).map(find));
    return others(a).some((c) => rootsOfB.has(find(c)) && find(c) !== find(a) && find(c) !== find(b));
  };
  /** The dates each cluster holds, by its root (a cluster of one date is not listed). */
  const datesOfRoot = new Map<number, number[]>();
  const datesOf = (root: number) => datesOfRoot.get(root) ?? (items[root]!.figure.kind === 'date' ? [root] : []);
  /** Whether two clusters hold dates that differ ("2025-26" and "2026-27"): a year nested in both must not join them. */
  const datesApart = (x: number, y: number): boolean => {
    const dy = datesOf(y);
    return dy.length > 0 && datesOf(x).some((i) => dy.some((j) => compareValues(items[i]!.figure, items[j]!.figure) === 'different'));
  };
  const conflictCandidates: { a: number; b: number; sim: number }[] = [];
  const bareDateEdges: Edge[] = [];
  /** Same values in unlike contexts, which a figure both sentences agree on may still tie (see below). */
  const anchorless: [number, number][] = [];
  for (const [a, b] of candidatePairs(items, aligned)) {
    const sim = similarity(a, b);
    const relation = compareValues(items[a].figure, items[b].figure);
    // A value that only fits the other's bound ("more than 3%" and 3.2%) needs the stronger context match of a conflict.
    // So does a vague figure beside an exact one ("billions" and "$4.2 billion"; never "tens of thousands" and "19").
    // Two sources giving the same precise value ("$41.3 billion") need less context to be the same figure.
    // So does a value each source states only once ("founded in 1947", "a 14-month search"), and one most sources state.
    const distinctive = isPrecise(items[a].figure) || (onceEach(a) && onceEach(b)) || (widelyStated(a) && widelyStated(b));
    // A clock time to the minute that each of two sources gives once ("at 2:15 a.m.") marks one moment of the story:
    // any word their contexts share will do.
    const oneMoment = relation === 'same' && isTimeToTheMinute(items[a].figure) && statedOnceBy(a) && statedOnceBy(b);
    const sameNeeded = oneMoment ? ANY_SHARED_WORD : relation === 'same' && distinctive ? options.sameThreshold * PRECISE_VALUE_FACTOR : options.sameThreshold;
    const needed =
      (relation === 'nested' && items[a].figure.kind !== 'date') || relation === 'incomparable' ? options.conflictThreshold : sameNeeded;
    if (relation === 'unrelated') continue;
    // A figure of an earlier event the story is compared with is neither this story's figure nor disputes it.
    if (items[a].earlierEvent !== items[b].earlierEvent) continue;
    // Values for two quarters are two readings of a series ("5% for Q2", "Q1 at 4.4%"); one for a quarter and one
    // for no stated quarter are no dispute either.
    if (items[a].quarter !== items[b].quarter && ((items[a].quarter && items[b].quarter) || relation === 'different')) continue;
    if (relation === 'same' && (outmatchedInSentence(a, b) || outmatchedInSentence(b, a))) continue;
    if (relation === 'same' && sim < needed && items[a].figure.kind !== 'date') anchorless.push([a, b]);
    if (relation !== 'different' && sim >= needed) {
      if (isBareDate(items[a].figure)) bareDateEdges.push({ a, b, similarity: sim });
      // (A date nested in two that differ, "2026" in "2025-26" and in "2026-27", joins one of them, not both.)
      else {
        const [ra, rb] = [find(a), find(b)];
        if (ra !== rb && !datesApart(ra, rb)) {
          parent[ra] = rb;
          const dates = datesOf(ra);
          if (dates.length > 0) datesOfRoot.set(rb, [...datesOf(rb), ...dates]);
          datesOfRoot.delete(ra);
        }
      }
    }
    // "6.2% in March" and "7.1% in April" are two readings of a series, not a disagreement.
    else if (items[a].month && items[b].month && items[a].month !== items[b].month) continue;
    // Nor are the start and the end of one event ("began on 9 March", "ends on March 16"), or a date said to
    // start or end something against one that is not; reports filed on different days disagree on nothing.
    else if (items[a].phase !== items[b].phase || items[a].dateline) continue;
    // Nor are counts of two places: "about 800 positions in Tarvia" and "600 jobs in Marova".
    else if (elsewhere(items[a], items[b])) continue;
    // Nor are a part and the rest of a whole ("three delivered", "the remaining two").
    else if (items[a].remainder !== items[b].remainder) continue;
    // Nor a threshold against an outcome ("the 90 seats required to govern alone", "won 112 seats").
    else if (items[a].requirement !== items[b].requirement) continue;
    // Nor two times of day: a story's events each have their own ("took off at 9:12", "lost contact at 9:20").
    else if (items[a].figure.unit === 'time' && items[b].figure.unit === 'time') continue;
    // Nor a part against the whole it adds up to ("120 passengers and six crew" against "126 people").
    else if (addsUpTo(a, b) || addsUpTo(b, a)) continue;
    else if (relation === 'different' && sim >= options.sameThreshold && sameOrderOfMagnitude(items[a].figure, items[b].figure)) {
      // Below the conflict threshold a pair cannot start a conflict, only bring a figure to a side of one.
      conflictCandidates.push({ a, b, sim });
    }
  }
  // Two sentences that state one agreed figure ("grew 7.4%, its best pace in five quarters", "a five-quarter high of
  // 7.4%") put the same value beside it in one frame, however differently worded: it is one figure too.
  for (const [a, b] of anchorless) {
    if (find(a) === find(b)) continue;
    const anchored = sentenceOf(a).some((c) => c !== a && items[c]!.figure.kind !== 'date' && compareValues(items[c]!.figure, items[a]!.figure) === 'different' &&
      sentenceOf(b).some((d) => d !== b && find(d) === find(c)));
    if (anchored) parent[find(a)] = find(b);
  }
  // A bare month or quarter ("in April") recurs for many things in one story; chaining its links would
  // merge them all. Its groups must hold together as a whole instead.
  for (const cluster of averageLinkageClusters(bareDateEdges, { threshold: options.sameThreshold })) {
    for (const i of cluster) parent[find(i)] = find(cluster[0]);
  }
  const clusters = new Map<number, number[]>();
  items.forEach((_, i) => {
    const root = find(i);
    const list = clusters.get(root);
    if (list) list.push(i);
    else clusters.set(root, [i]);
  });
  // One value stated by each of several sources for two things ("a $4 million fine", "a $4 million grant") is two
  // figures; the roots of the parts, pairwise, so that folding repeats later does not join them again.
  const rolesApart = splitClustersByRole(items, clusters, parent, localSimilarity);

  // A conflict pairs two clusters; each cluster takes part in at most one conflict, the most alike. A
  // cluster that agrees with one side of a conflict (a headline's "injures 17" beside the body's "17
  // people") joins that side.
  const sidesOf = new Map<number, { sides: number[][]; side: number }>();
  const groups: CrossSourceGroup[] = [];
  const conflicts: number[][][] = [];
  // A figure that several sources agree on is well established: one more source giving a near value in a context
  // that matches each of theirs, if only loosely, disputes it ("Fourteen people were treated" in three reports,
  // "19 people had been injured" in a fourth), where one loose match alone would be no evidence.
  const disputesConsensus = (a: number, b: number, ra: number, rb: number): boolean => {
    const fa = items[a].figure;
    const fb = items[b].figure;
    // Not for dates (a story has many years), other units ("36-hour", "two-day"), far values or two estimates.
    if (fa.kind === 'date' || !sameUnitWord(fa, fb) || !nearEnoughToDispute(fa, fb) || (isApproximation(fa) && isApproximation(fb))) return false;
    const [held, lone] = clusters.get(ra)!.length >= clusters.get(rb)!.length ? [clusters.get(ra)!, clusters.get(rb)!] : [clusters.get(rb)!, clusters.get(ra)!];
    const heldFiles = new Set(held.map((i) => items[i]!.file));
    if (heldFiles.size < CONSENSUS_SOURCES || lone.some((i) => heldFiles.has(items[i]!.file))) return false;
    return lone.every((x) => held.every((y) => similarity(x, y) >= options.sameThreshold));
  };
  // The most alike first; between two readings of one count, nearer values are likelier the same quantity
  // ("19" against "Twenty-one" dead, rather than the 11 of an earlier fire).
  const rank = (c: { a: number; b: number; sim: number }) => c.sim * (0.5 + 0.5 * closeness(items[c.a].figure, items[c.b].figure));
  conflictCandidates.sort((p, q) => rank(q) - rank(p));
  for (const { a, b, sim } of conflictCandidates) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    const [held, free, freeItem] = sidesOf.has(ra) ? [sidesOf.get(ra), rb, b] : [sidesOf.get(rb), ra, a];
    // Two sources rarely give near values ("48 aircraft", "more than fifty planes") for different things in like
    // contexts: such a pair starts a conflict on weaker context evidence than values far apart.
    const ratio = closeness(items[a].figure, items[b].figure);
    const near = (ratio >= NEAR_VALUES || oneApart(items[a].figure, items[b].figure)) && !preciseAgainstBound(items[a].figure, items[b].figure);
    // Two precise values a hair apart ("77.8%" and "78.4%" turnout) are one quantity on weaker evidence still.
    // So are two dates said to start (or end) something: "start production in 2028", "once production begins in 2029".
    const hair = near && ((ratio >= HAIR_VALUES && isPrecise(items[a].figure) && isPrecise(items[b].figure)) ||
      (items[a].figure.kind === 'date' && items[a].phase !== '' && items[a].phase === items[b].phase));
    // Values far apart that each source states once ("a 10% sell-on clause", "15 per cent") need a little less.
    const distinctPair = statedOnce.has(valueKey(items[a])) && statedOnce.has(valueKey(items[b]));
    const far = distinctPair ? options.conflictThreshold * DISTINCT_CONFLICT_FACTOR : options.conflictThreshold;
    // Near amounts and counts in one unit ("about 3,000" marchers, "some 5,000") need less still: a story has many
    // dates a year or a month apart, but seldom two near amounts of one unit in like contexts. Not when one is a
    // bound the other fits ("more than 30%", "35 per cent"), which is no disagreement at all.
    const [fa, fb] = [items[a].figure, items[b].figure];
    const nearCount = near && fa.kind !== 'date' && fa.unit === fb.unit && !admits(fa, fb) && !admits(fb, fa);
    const nearNeeded = nearCount ? options.nearCountConflictThreshold : options.nearConflictThreshold;
    // Near values whose sentences each hold one figure of a group that both agree on ("from X to 60 million tonnes" in
    // both) are read in one frame: the two stand for one quantity on weaker context evidence.
    const framed = near && parallelFrame(a, b);
    const strongEnough = sim >= (hair ? Math.min(nearNeeded, options.nearConflictThreshold * HAIR_FACTOR) : near ? nearNeeded * (framed ? FRAME_FACTOR : 1) : far);
    // Values far apart in sentences naming different years ("the 2011 quake killed 604", "the 2023 quakes killed more
    // than 50,000") are two events' figures, not one disputed.
    if (!near && fa.kind !== 'date' && differentYears(items[a], items[b])) continue;
    if (held) {
      if (sidesOf.has(free)) continue;
      // The free figure joins the side that states its value, or, on evidence enough to start a conflict, opens a
      // side of its own: three sources, three tolls (587, 612, "crossed 540").
      let side = held.sides.findIndex((s, n) => n !== held.side && compareValues(items[freeItem].figure, items[s[0]!].figure) === 'same');
      if (side < 0) {
        const differsFromAll = held.sides.every((s) => compareValues(items[freeItem].figure, items[s[0]!].figure) === 'different');
        // A source states one value for one thing: a source already in the dispute opens no further side.
        const filesInDispute = new Set(held.sides.flat().map((i) => items[i]!.file));
        const newSource = clusters.get(free)!.every((i) => !filesInDispute.has(items[i]!.file));
        // (A third value needs the full context evidence, near or not.)
        if (sim < options.conflictThreshold || !differsFromAll || !newSource) continue;
        held.sides.push([]);
        side = held.sides.length - 1;
      }
      // Nor does a figure stated in one sentence with another side ("Acme will hold 60% and Beta the remaining 40%").
      if (held.sides.some((other, n) => n !== side && shareASentence(other, clusters.get(free)!, items))) continue;
      held.sides[side]!.push(...clusters.get(free)!);
      sidesOf.set(free, { sides: held.sides, side });
      continue;
    }
    if (!strongEnough && !disputesConsensus(a, b, ra, rb)) continue;
    // A figure that already has a same-value counterpart in the other source is not contradicted by it.
    if (hasSameValueIn(clusters.get(ra)!, items[b].file, items) || hasSameValueIn(clusters.get(rb)!, items[a].file, items)) continue;
    // Nor by a sentence that states both values ("from 6.2% in March to 7.4% in April"): a series, not a disagreement.
    // (Unless that figure of the same value stands for something else: "two people familiar with the talks" beside "Three of the 27 members".)
    if (statesAlike(a, b) || statesAlike(b, a)) continue;
    // Nor when one source states both in one sentence: "Acme will hold 60% and Beta the remaining 40%" measures two things.
    // A bound that joined a side only by fitting it is let go first: "jumped as much as 9.1% before closing 7.8% higher"
    // states an intraday high beside the close, and the close may still dispute another source's "8.7 per cent".
    // So is a bare month that joined by holding the day ("in August" beside "took effect on Aug. 27").
    let sides = [[...clusters.get(ra)!], [...clusters.get(rb)!]];
    if (shareASentence(sides[0]!, sides[1]!, items)) {
      sides = sides.map((side, n) => {
        const otherSentences = sentencesOf(sides[1 - n]!, items);
        return side.filter((i) => i === a || i === b || !(isBound(items[i]!.figure) || isBareDate(items[i]!.figure)) || !otherSentences.has(sentenceKey(items[i]!)));
      });
      if (shareASentence(sides[0]!, sides[1]!, items)) continue;
    }
    sidesOf.set(ra, { sides, side: 0 });
    sidesOf.set(rb, { sides, side: 1 });
    conflicts.push(sides);
  }
  addRepeatedValues(items, clusters, sidesOf, find);
  foldRepeatedGroups(items, clusters, sidesOf, rolesApart);
  for (const sides of conflicts) groups.push(conflictGroup(sides.map((side) => side.map((i) => items[i]))));
  for (const [root, cluster] of clusters) {
    if (sidesOf.has(root)) continue;
    const members = cluster.map((i) => items[i]);
    if (new Set(members.map((m) => m.file)).size < 2) continue;
    groups.push(sameFigureGroup(members));
  }
  return groups;
}

/**
 * Splits each group of mentions of one value by what the mentions measure (see `splitByRole`), in place: `clusters`
 * and the union-find `parent` then hold the parts. Returns "root:root" for each two parts of one split group.
 */
function splitClustersByRole(
  items: readonly FigureItem[],
  clusters: Map<number, number[]>,
  parent: number[],
  localSimilarity: (a: number, b: number) => number,
): Set<string> {
  const apart = new Set<string>();
  for (const [root, cluster] of [...clusters]) {
    const first = items[cluster[0]!]!;
    if (first.figure.kind === 'date' || first.figure.value === null || cluster.some((i) => valueKey(items[i]!) !== valueKey(first))) continue;
    const parts = splitByRole(cluster, (i) => items[i]!.file, localSimilarity);
    if (parts.length < 2) continue;
    clusters.delete(root);
    for (const part of parts) {
      for (const i of part) parent[i] = part[0]!;
      clusters.set(part[0]!, part);
    }
    for (const p of parts) for (const q of parts) if (p !== q) apart.add(`${p[0]}:${q[0]}`);
  }
  return apart;
}

/**
 * A value a source repeats ("27 miners … the 27 men … all 27") is one figure: its other mentions join the group
 * (and the side of a dispute) that one of them is in, when they are in no group of their own. (Measured on
 * seventeen annotated stories: a small gain overall, and the sample articles' annotators group repeats so.)
 */
function addRepeatedValues(
  items: FigureItem[],
  clusters: Map<number, number[]>,
  sidesOf: Map<number, { sides: number[][]; side: number }>,
  find: (i: number) => number,
): void {
  // The roots of groups (two sources or more), and file|value → the group holding one of its mentions.
  const grouped = new Set([...clusters].filter(([root, c]) => sidesOf.has(root) || new Set(c.map((i) => items[i]!.file)).size >= 2).map(([root]) => root));
  const holder = new Map<string, number>();
  items.forEach((it, i) => {
    if (grouped.has(find(i))) holder.set(`${it.file}|${valueKey(it)}`, find(i));
  });
  items.forEach((it, i) => {
    const root = find(i);
    if (grouped.has(root) || it.figure.value === null) return;
    // Not a date ("2026" dates a budget and an inflation reading) or a small count ("two days" before and after):
    // those recur for different things.
    // Nor a figure of an earlier event ("since 2019, when 12 died" beside this story's 12 dead).
    if (it.figure.kind === 'date' || hasSmallValue(it.figure) || it.earlierEvent) return;
    const target = holder.get(`${it.file}|${valueKey(it)}`);
    if (target === undefined) return;
    const side = sidesOf.get(target);
    if (side) {
      side.sides[side.side]!.push(i);
    } else {
      clusters.get(target)!.push(i);
    }
    const own = clusters.get(root)!;
    own.splice(own.indexOf(i), 1);
  });
}

/**
 * A group made only of later mentions of a value that each of its sources already states in another group
 * ("reached 11 men trapped …", later "read out the names of the 11 men") is that group again: it joins it.
 */
function foldRepeatedGroups(
  items: FigureItem[],
  clusters: Map<number, number[]>,
  sidesOf: Map<number, { sides: number[][]; side: number }>,
  /** "root:root" of groups that must not fold into each other. */
  apart: ReadonlySet<string>,
): void {
  const membersOf = (root: number) => {
    const side = sidesOf.get(root);
    return side ? side.sides[side.side]! : clusters.get(root)!;
  };
  // The value as stated, bound and all: "more than 35 per cent" is not a repeat of "35 per cent".
  const statedKey = (item: FigureItem) => `${item.file}|${valueKey(item)}|${item.figure.qualifier ?? ''}`;
  const grouped = [...clusters.keys()].filter((root) => sidesOf.has(root) || new Set(clusters.get(root)!.map((i) => items[i]!.file)).size >= 2);
  const holders = new Map<string, Set<number>>();
  for (const root of grouped) {
    for (const i of membersOf(root)) {
      const key = statedKey(items[i]!);
      const set = holders.get(key) ?? new Set<number>();
      set.add(root);
      holders.set(key, set);
    }
  }
  for (const root of grouped) {
    if (sidesOf.has(root)) continue;
    const members = clusters.get(root)!;
    const first = items[members[0]!]!;
    if (first.figure.kind === 'date' || first.figure.value === null || hasSmallValue(first.figure)) continue;
    if (members.some((i) => valueKey(items[i]!) !== valueKey(first))) continue;
    // (One source restating it there is enough, when the group's other sources are not in that group already: a
    // speech quoted by two sources, "after 12 years", repeats one source's "12 years of one party's rule".)
    const targets = new Set<number>();
    for (const i of members) for (const r of holders.get(statedKey(items[i]!)) ?? []) if (r !== root) targets.add(r);
    const target = [...targets].find((r) => {
      if (apart.has(`${root}:${r}`)) return false;
      const held = membersOf(r);
      if (held.length === 0) return false;
      const files = new Set(held.map((i) => items[i]!.file));
      return members.every((i) => files.has(items[i]!.file) ? holders.get(statedKey(items[i]!))?.has(r) : true);
    });
    if (target === undefined) continue;
    membersOf(target).push(...members);
    clusters.set(root, []);
  }
}

/** Whether a sentence of some source holds a figure of each of two clusters. */
function shareASentence(a: readonly number[], b: readonly number[], items: readonly FigureItem[]): boolean {
  const sentences = sentencesOf(a, items);
  return b.some((i) => sentences.has(sentenceKey(items[i]!)));
}

const sentenceKey = (item: FigureItem) => `${item.file}#${item.figure.sentence}`;

/** The items of each sentence, by `sentenceKey`, in item order. */
function itemsBySentence(items: readonly FigureItem[]): Map<string, number[]> {
  const bySentence = new Map<string, number[]>();
  items.forEach((it, i) => {
    const list = bySentence.get(sentenceKey(it));
    if (list) list.push(i);
    else bySentence.set(sentenceKey(it), [i]);
  });
  return bySentence;
}

function sentencesOf(cluster: readonly number[], items: readonly FigureItem[]): Set<string> {
  return new Set(cluster.map((i) => sentenceKey(items[i]!)));
}

/**
 * A precise unqualified value and a bound: "28.5%" and "above 30 per cent" are seldom two readings of one figure,
 * where "about 38,000" and "more than 40,000" passengers are.
 */
function preciseAgainstBound(a: Figure, b: Figure): boolean {
  const against = (x: Figure, y: Figure) => isBound(x) && !y.qualifier && isPrecise(y);
  return against(a, b) || against(b, a);
}

/** A figure's value with its unit: "quantity:buses|2000". */
function valueKey(item: FigureItem): string {
  return `${item.keys[0]}|${statedValue(item.figure)}`;
}

/** A figure's value as text; a clock time's is its minute of the day ("2:15 a.m." and "2.15am" are one). */
function statedValue(f: Figure): string | undefined {
  if (f.value !== null) return JSON.stringify(f.value);
  const minutes = clockMinutesOf(f);
  return minutes === undefined ? undefined : `clock ${minutes}`;
}

/** How many times each source states each value (by `valueKey`); datelines and figures with no value (save a clock time) left out. */
function statementsPerSource(items: FigureItem[]): Map<string, Map<string, number>> {
  const perValue = new Map<string, Map<string, number>>();
  for (const it of items) {
    if (it.dateline || statedValue(it.figure) === undefined) continue;
    const k = valueKey(it);
    const counts = perValue.get(k) ?? new Map<string, number>();
    counts.set(it.file, (counts.get(it.file) ?? 0) + 1);
    perValue.set(k, counts);
  }
  return perValue;
}

/**
 * Values that each source stating them states only once, and that are not small counts ("founded in 1947", "a
 * 14-month search", "£410 million"), with how many sources state them. Two sources giving such a value are likely
 * stating the same figure.
 */
function sourcesStatingOnce(items: FigureItem[], perValue: ReadonlyMap<string, ReadonlyMap<string, number>>): Map<string, number> {
  const smallCounts = new Set(items.filter((it) => isSmallCount(it.figure)).map(valueKey));
  const out = new Map<string, number>();
  for (const [k, counts] of perValue) if (!smallCounts.has(k) && [...counts.values()].every((n) => n === 1)) out.set(k, counts.size);
  return out;
}

/** The fewest sources that make a value widely stated, whatever the corpus's size. */
const WIDELY_STATED_MIN = 3;

/** A date or a small whole number ("two", "2026"): such values recur for different things. */
function isRecurringValue(f: Figure): boolean {
  return f.kind === 'date' || typeof f.value !== 'number' || (Number.isInteger(f.value) && Math.abs(f.value) < 10);
}

/**
 * Pairs of comparable figures (same kind and unit, different files) that share at least one context word,
 * found through an index keyed by unit and word — never all pairs of the corpus — plus the aligned pairs.
 */
function candidatePairs(items: FigureItem[], aligned: Set<string>): [number, number][] {
  const keyed = items.map((it) => ({ file: it.file, features: new Set(it.keys.flatMap((key) => [...it.features].map((f) => `${key}|${f}`))) }));
  const pairs = new CorpusIndex(keyed).candidatePairs(1);
  const seen = new Set(pairs.map(([a, b]) => pairKey(a, b)));
  for (const k of aligned) {
    if (seen.has(k)) continue;
    const [a, b] = k.split(':').map(Number);
    pairs.push([a, b]);
  }
  return pairs;
}

const pairKey = (a: number, b: number) => (a < b ? `${a}:${b}` : `${b}:${a}`);

/**
 * Parallel statements: two sentences (different files) listing figures of the same kinds in the same
 * order, with at least one value in common at the same place — "from 64% in 2011–16 to 41% in 2017–22"
 * and "from 68% in 2006–2010 to 41% in 2016–2020". Their figures pair up by position.
 */
function parallelStatements(items: FigureItem[]): Set<string> {
  const bySentence = itemsBySentence(items);
  // Index sentences by their shape (the sequence of comparable kinds), so only same-shape sentences meet.
  const byShape = new Map<string, number[][]>();
  for (const list of bySentence.values()) {
    if (list.length < 3) continue;
    const shape = list.map((i) => compatibilityKey(items[i].figure)).join('|');
    const same = byShape.get(shape);
    if (same) same.push(list);
    else byShape.set(shape, [list]);
  }
  const out = new Set<string>();
  for (const sentences of byShape.values()) {
    for (let x = 0; x < sentences.length; x++) {
      for (let y = x + 1; y < sentences.length; y++) {
        const [p, q] = [sentences[x], sentences[y]];
        if (items[p[0]].file === items[q[0]].file) continue;
        const anchored = p.some((i, n) => items[i].figure.kind !== 'date' && compareValues(items[i].figure, items[q[n]].figure) === 'same');
        if (anchored) p.forEach((i, n) => out.add(pairKey(i, q[n])));
      }
    }
  }
  return out;
}

/**
 * Sources that disagree on one quantity give values of one order ("50%" vs "25%", "19" vs "21 deaths");
 * "13 workers" and "6,000 workers" are two different counts that merely share a unit.
 */
function sameOrderOfMagnitude(a: Figure, b: Figure): boolean {
  return closeness(a, b) >= 1 / MAX_CONFLICT_RATIO;
}

/** Do both sentences name years, and not the same ones? */
function differentYears(a: FigureItem, b: FigureItem): boolean {
  const [ya, yb] = [yearsOf(a), yearsOf(b)];
  return ya !== '' && yb !== '' && ya !== yb;
}

/** Per document, the years each sentence names ("2011"), sorted and joined; computed once per document. */
const sentenceYears = new WeakMap<DocumentAnalysis, Map<number, string>>();

/** The years its sentence names, as a sorted list ("2011"), or '' for none. */
function yearsOf(item: FigureItem): string {
  let bySentence = sentenceYears.get(item.doc);
  if (!bySentence) {
    const sets = new Map<number, Set<string>>();
    for (const f of item.doc.figures) {
      if (f.kind !== 'date' || typeof f.value !== 'number' || !/^(?:1[89]|20)\d\d$/.test(f.text.trim())) continue;
      sets.set(f.sentence, (sets.get(f.sentence) ?? new Set()).add(String(f.value)));
    }
    bySentence = new Map([...sets].map(([n, years]) => [n, [...years].sort().join(',')]));
    sentenceYears.set(item.doc, bySentence);
  }
  return bySentence.get(item.figure.sentence) ?? '';
}

/** Do two figures name different places right after them, and none in common? */
function elsewhere(a: FigureItem, b: FigureItem): boolean {
  if (a.places.size === 0 || b.places.size === 0) return false;
  for (const p of a.places) if (b.places.has(p)) return false;
  return true;
}

/** A date that names only a month or a quarter, no year. */
function isBareDate(f: Figure): boolean {
  return f.kind === 'date' && f.value === null && !isTimeToTheMinute(f);
}

/** Ratio of the smaller to the larger value (1 for equal values, dates, and figures without a single positive value). */
function closeness(a: Figure, b: Figure): number {
  const mid = (f: Figure) => {
    const range = rangeOf(f);
    return range ? (range[0] + range[1]) / 2 : null;
  };
  const x = mid(a);
  const y = mid(b);
  if (a.kind === 'date' || x === null || y === null || x <= 0 || y <= 0) return 1;
  return Math.min(x, y) / Math.max(x, y);
}

/** Largest ratio between two values still read as one quantity reported differently. */
const MAX_CONFLICT_RATIO = 4;

/** Does the sentence of `item` also state `value` (a figure of the same key and value)? */
function sentenceStates(item: FigureItem, value: Figure): boolean {
  const key = compatibilityKey(value);
  return item.doc.figures.some(
    (f) => f.sentence === item.figure.sentence && f !== item.figure && compareValues(f, value) === 'same' && compatibilityKey(f) === key,
  );
}

function hasSameValueIn(cluster: number[], file: string, items: FigureItem[]): boolean {
  // (A vague amount that joined the cluster, "dozens", states no value: it is no counterpart. A bare month is one.)
  return cluster.some((i) => items[i].file === file && (items[i].figure.value !== null || items[i].figure.kind === 'date'));
}
