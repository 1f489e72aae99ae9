// Average-linkage agglomerative clustering over a sparse similarity graph. A group must hold
// together as a whole (its mean pairwise similarity stays above the threshold), which keeps chains
// of loosely related statements (A~B, B~C, A≁C) from collapsing into one group.

export interface Edge {
  a: number;
  b: number;
  similarity: number;
}

interface Link {
  x: number;
  y: number;
  /** Sum of the similarities of all member pairs between clusters x and y (missing pairs count 0). */
  sum: number;
}

export function averageLinkageClusters(
  count: number,
  edges: readonly Edge[],
  threshold: number,
  canJoin?: (a: number[], b: number[]) => boolean,
): number[][] {
  void count;
  const members = new Map<number, number[]>();
  const links = new Map<string, Link>();
  const key = (x: number, y: number) => (x < y ? `${x}:${y}` : `${y}:${x}`);
  // Links touching each cluster, so a merge only revisits its neighbours.
  const neighbours = new Map<number, Set<string>>();
  const addLink = (x: number, y: number, similarity: number) => {
    const k = key(x, y);
    const link = links.get(k);
    if (link) link.sum += similarity;
    else {
      links.set(k, { x: Math.min(x, y), y: Math.max(x, y), sum: similarity });
      for (const c of [x, y]) {
        if (!neighbours.has(c)) neighbours.set(c, new Set());
        neighbours.get(c)!.add(k);
      }
    }
  };
  for (const e of edges) {
    if (e.a === e.b) continue;
    for (const i of [e.a, e.b]) if (!members.has(i)) members.set(i, [i]);
    addLink(e.a, e.b, e.similarity);
  }
  const average = (l: Link) => l.sum / (members.get(l.x)!.length * members.get(l.y)!.length);
  const blocked = new Set<string>(); // pairs canJoin refused; cluster contents only grow, so they stay refused
  for (;;) {
    let best: Link | undefined;
    let bestAvg = threshold;
    for (const [k, l] of links) {
      const avg = average(l);
      if (avg < bestAvg || (best && avg === bestAvg) || blocked.has(k)) continue;
      if (canJoin && !canJoin(members.get(l.x)!, members.get(l.y)!)) {
        blocked.add(k);
        continue;
      }
      best = l;
      bestAvg = avg;
    }
    if (!best) break;
    const { x, y } = best;
    members.set(x, [...members.get(x)!, ...members.get(y)!]);
    members.delete(y);
    links.delete(key(x, y));
    neighbours.get(x)!.delete(key(x, y));
    // Fold y's links into x's.
    for (const k of neighbours.get(y) ?? []) {
      const l = links.get(k);
      if (!l) continue;
      links.delete(k);
      blocked.delete(k);
      const other = l.x === y ? l.y : l.x;
      neighbours.get(other)?.delete(k);
      const nk = key(x, other);
      blocked.delete(nk);
      addLink(x, other, l.sum);
    }
    neighbours.delete(y);
  }
  return [...members.values()].filter((m) => m.length > 1).map((m) => m.sort((p, q) => p - q));
}
