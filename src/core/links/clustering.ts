// Average-linkage agglomerative clustering over a sparse similarity graph. A group must hold
// together as a whole (its mean pairwise similarity stays above the threshold), which keeps chains
// of loosely related statements (A~B, B~C, A≁C) from collapsing into one group.
// Merges come from a max-heap of cluster links with lazy invalidation, so the cost is O(E log E).

export interface Edge {
  a: number;
  b: number;
  similarity: number;
}

export interface ClusterOptions {
  /** Minimum mean pairwise similarity of a merged cluster. */
  threshold: number;
  /** Items with the same key never share a cluster (one statement per source). */
  exclusiveKey?: (item: number) => string;
  /**
   * The source of each item. Pairs from one source never get an edge, so they are left out of the mean rather than
   * counted as unlike: a headline beside its body sentence does not pull a group apart.
   */
  sourceOf?: (item: number) => string;
  /** Checked now and then; throwing from it aborts the clustering. */
  checkCancelled?: () => void;
}

interface Cluster {
  members: number[];
  /** Members per source (when sources are given). */
  sources: Map<string, number>;
  keys: Set<string>;
  version: number;
  /** Sum of pair similarities to each neighbouring cluster (missing pairs count 0). */
  links: Map<number, number>;
}

interface HeapEntry {
  avg: number;
  x: number;
  y: number;
  vx: number;
  vy: number;
}

export function averageLinkageClusters(edges: readonly Edge[], options: ClusterOptions): number[][] {
  const clusters = new Map<number, Cluster>();
  const clusterOf = (i: number): Cluster => {
    let c = clusters.get(i);
    if (!c) {
      const sources = new Map(options.sourceOf ? [[options.sourceOf(i), 1]] : []);
      c = { members: [i], sources, keys: new Set(options.exclusiveKey ? [options.exclusiveKey(i)] : []), version: 0, links: new Map() };
      clusters.set(i, c);
    }
    return c;
  };
  for (const e of edges) {
    if (e.a === e.b) continue;
    const a = clusterOf(e.a);
    const b = clusterOf(e.b);
    a.links.set(e.b, (a.links.get(e.b) ?? 0) + e.similarity);
    b.links.set(e.a, (b.links.get(e.a) ?? 0) + e.similarity);
  }
  const heap = new MaxHeap<HeapEntry>((p, q) => p.avg - q.avg);
  const push = (x: number, y: number) => {
    const cx = clusters.get(x)!;
    const cy = clusters.get(y)!;
    let pairs = cx.members.length * cy.members.length;
    for (const [source, n] of cx.sources) pairs -= n * (cy.sources.get(source) ?? 0);
    if (pairs <= 0) return;
    const avg = cx.links.get(y)! / pairs;
    if (avg >= options.threshold) heap.push({ avg, x, y, vx: cx.version, vy: cy.version });
  };
  for (const [x, c] of clusters) for (const y of c.links.keys()) if (x < y) push(x, y);

  let steps = 0;
  for (let top = heap.pop(); top; top = heap.pop()) {
    if (++steps % 512 === 0) options.checkCancelled?.();
    const cx = clusters.get(top.x);
    const cy = clusters.get(top.y);
    if (!cx || !cy || cx.version !== top.vx || cy.version !== top.vy) continue; // stale entry
    if ([...cy.keys].some((k) => cx.keys.has(k))) continue;
    // Merge y into x.
    cx.members.push(...cy.members);
    for (const k of cy.keys) cx.keys.add(k);
    for (const [source, n] of cy.sources) cx.sources.set(source, (cx.sources.get(source) ?? 0) + n);
    cx.links.delete(top.y);
    for (const [other, sum] of cy.links) {
      if (other === top.x) continue;
      cx.links.set(other, (cx.links.get(other) ?? 0) + sum);
      const co = clusters.get(other)!;
      co.links.delete(top.y);
      co.links.set(top.x, cx.links.get(other)!);
    }
    clusters.delete(top.y);
    cx.version++;
    for (const other of cx.links.keys()) push(top.x, other);
  }
  return [...clusters.values()].filter((c) => c.members.length > 1).map((c) => c.members.sort((p, q) => p - q));
}

/** A binary max-heap. */
class MaxHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly compare: (a: T, b: T) => number) {}

  push(item: T): void {
    const a = this.items;
    a.push(item);
    for (let i = a.length - 1; i > 0; ) {
      const parent = (i - 1) >> 1;
      if (this.compare(a[i], a[parent]) <= 0) break;
      [a[i], a[parent]] = [a[parent], a[i]];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.compare(a[l], a[m]) > 0) m = l;
        if (r < a.length && this.compare(a[r], a[m]) > 0) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

/** Each item → the indices of the clusters holding it (an item may be in several). */
export function clustersHolding(clusters: readonly (readonly number[])[]): Map<number, number[]> {
  const holding = new Map<number, number[]>();
  clusters.forEach((cluster, c) => cluster.forEach((i) => recordHolding(holding, i, c)));
  return holding;
}

/** Records in a `clustersHolding` map that `cluster` now holds `item`. */
export function recordHolding(holding: Map<number, number[]>, item: number, cluster: number): void {
  const held = holding.get(item);
  if (held) held.push(cluster);
  else holding.set(item, [cluster]);
}
