// Average-linkage agglomerative clustering over a sparse similarity graph. A group must hold
// together as a whole (its mean pairwise similarity stays above the threshold), which keeps chains
// of loosely related statements (A~B, B~C, A≁C) from collapsing into one group.

export interface Edge {
  a: number;
  b: number;
  similarity: number;
}

export function averageLinkageClusters(count: number, edges: readonly Edge[], threshold: number, canJoin?: (a: number[], b: number[]) => boolean): number[][] {
  const members = new Map<number, number[]>();
  const clusterOf = new Array<number>(count);
  for (let i = 0; i < count; i++) clusterOf[i] = i;
  // Sum of pair similarities between two clusters, keyed "low:high".
  const sums = new Map<string, number>();
  const key = (x: number, y: number) => (x < y ? `${x}:${y}` : `${y}:${x}`);
  for (const e of edges) {
    if (e.a === e.b) continue;
    for (const i of [e.a, e.b]) if (!members.has(i)) members.set(i, [i]);
    const k = key(e.a, e.b);
    sums.set(k, (sums.get(k) ?? 0) + e.similarity);
  }
  for (;;) {
    let best: { x: number; y: number; avg: number } | undefined;
    for (const [k, sum] of sums) {
      const [x, y] = k.split(':').map(Number);
      const avg = sum / (members.get(x)!.length * members.get(y)!.length);
      if (avg < threshold || (best && avg <= best.avg)) continue;
      if (canJoin && !canJoin(members.get(x)!, members.get(y)!)) continue;
      best = { x, y, avg };
    }
    if (!best) break;
    const { x, y } = best;
    const merged = [...members.get(x)!, ...members.get(y)!];
    members.set(x, merged);
    members.delete(y);
    for (const i of merged) clusterOf[i] = x;
    // Fold y's sums into x's.
    const update = new Map<string, number>();
    for (const [k, sum] of sums) {
      const [p, q] = k.split(':').map(Number);
      if ((p === x && q === y) || (p === y && q === x)) continue;
      if (p === y || q === y) {
        const other = p === y ? q : p;
        const nk = key(x, other);
        update.set(nk, (update.get(nk) ?? sums.get(nk) ?? 0) + sum);
        sums.delete(k);
      }
    }
    sums.delete(key(x, y));
    for (const [k, v] of update) sums.set(k, v);
  }
  return [...members.values()].filter((m) => m.length > 1).map((m) => m.sort((p, q) => p - q));
}
