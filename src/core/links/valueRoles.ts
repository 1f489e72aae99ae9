// One value, two things: "a $4 million fine" and "a $4 million grant" in the same reports. Same-value figures
// chain into one group on loose context evidence; when sources each state the value for two different things, the
// group is split by what each mention measures.

import { averageLinkageClusters, type Edge } from './clustering';
import { MAX_POSTING } from './corpusIndex';

export interface RoleSplitOptions {
  /** Least mean similarity of what mentions measure for them to stay one role. */
  threshold: number;
  /** Sources that must each state the value in two roles before a group is split. */
  minSplitSources: number;
}

/** (Measured on seventeen annotated stories: any threshold from 0.08 to 0.14 splits the same groups.) */
export const DEFAULT_ROLE_SPLIT: RoleSplitOptions = { threshold: 0.12, minSplitSources: 2 };

/**
 * The roles of a group of mentions of one value: the group itself, or its parts when at least `minSplitSources`
 * sources each have mentions in two parts that each span two sources. Mentions of no part (a headline's bare
 * "$5 Million") join the part they are most like, else the largest.
 *
 * @param members item ids of the group
 * @param fileOf the source of an item
 * @param localSimilarity how alike two mentions' own surroundings are (what each measures, the words by it)
 */
export function splitByRole(
  members: readonly number[],
  fileOf: (item: number) => string,
  localSimilarity: (a: number, b: number) => number,
  options: RoleSplitOptions = DEFAULT_ROLE_SPLIT,
): number[][] {
  const files = new Set(members.map(fileOf));
  // A source must state the value more than once for it to state it for two things. (The parts are found by comparing
  // every two mentions: a value stated more often than the corpus-wide cap stays whole, so that work stays bounded.)
  if (files.size < 2 || files.size === members.length || members.length > MAX_POSTING) return [[...members]];
  const edges: Edge[] = [];
  for (let x = 0; x < members.length; x++) {
    for (let y = x + 1; y < members.length; y++) {
      const similarity = localSimilarity(members[x]!, members[y]!);
      if (similarity > 0) edges.push({ a: members[x]!, b: members[y]!, similarity });
    }
  }
  const parts = averageLinkageClusters(edges, { threshold: options.threshold })
    .filter((part) => new Set(part.map(fileOf)).size >= 2);
  if (parts.length < 2) return [[...members]];
  // Sources with mentions in two parts or more.
  const partsPerFile = new Map<string, Set<number>>();
  parts.forEach((part, n) => part.forEach((i) => partsPerFile.set(fileOf(i), (partsPerFile.get(fileOf(i)) ?? new Set()).add(n))));
  const splitSources = [...partsPerFile.values()].filter((s) => s.size >= 2).length;
  if (splitSources < options.minSplitSources) return [[...members]];
  const placed = new Set(parts.flat());
  for (const i of members) {
    if (placed.has(i)) continue;
    let best = -1;
    let bestMean = 0;
    parts.forEach((part, n) => {
      const mean = part.reduce((sum, j) => sum + localSimilarity(i, j), 0) / part.length;
      if (mean > bestMean) [best, bestMean] = [n, mean];
    });
    if (best < 0) best = parts.reduce((largest, part, n) => (part.length > parts[largest]!.length ? n : largest), 0);
    parts[best]!.push(i);
  }
  return parts.map((part) => part.sort((p, q) => p - q));
}
