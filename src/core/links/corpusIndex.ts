// An inverted index over statements of the whole corpus: feature → the statements carrying it.
// Candidate pairs come from shared selective features only, so linking never compares all pairs.

export interface Indexed {
  /** Source file; pairs are only formed across different files. */
  file: string;
  features: ReadonlySet<string>;
}

/** A feature carried by more statements than this says too little to propose pairs (keeps candidates sub-quadratic). */
export const MAX_POSTING = 200;

export class CorpusIndex<T extends Indexed> {
  private readonly postings = new Map<string, number[]>();
  private readonly fileCount: number;
  private readonly idfCache = new Map<string, number>();
  private readonly norms = new WeakMap<ReadonlySet<string>, number>();
  private meanNormCache: number | undefined;

  constructor(readonly items: readonly T[]) {
    items.forEach((item, i) => {
      for (const f of item.features) {
        const list = this.postings.get(f);
        if (list) list.push(i);
        else this.postings.set(f, [i]);
      }
    });
    this.fileCount = new Set(items.map((i) => i.file)).size;
  }

  /** Number of items carrying the feature. */
  df(feature: string): number {
    return this.postings.get(feature)?.length ?? 0;
  }

  /** Inverse document frequency over items, smoothed so a feature every item has still weighs a little. */
  idf(feature: string): number {
    let w = this.idfCache.get(feature);
    if (w === undefined) {
      w = Math.log(1 + this.items.length / (1 + this.df(feature)));
      this.idfCache.set(feature, w);
    }
    return w;
  }

  /** Euclidean norm of a feature set under squared IDF weights, cached per set. */
  norm(features: ReadonlySet<string>): number {
    let n = this.norms.get(features);
    if (n === undefined) {
      n = 0;
      for (const f of features) n += this.idf(f) ** 2;
      n = Math.sqrt(n);
      this.norms.set(features, n);
    }
    return n;
  }

  /** Mean norm of the items' feature sets: the length of a typical statement, in weighted features. */
  meanNorm(): number {
    if (this.meanNormCache === undefined) {
      const sum = this.items.reduce((total, item) => total + this.norm(item.features), 0);
      this.meanNormCache = this.items.length ? sum / this.items.length : 1;
    }
    return this.meanNormCache || 1;
  }

  /**
   * Pairs (i < j, different files) sharing at least `minShared` features whose posting lists are no longer
   * than `maxPosting` (frequent features would make the candidate set quadratic and say little).
   */
  candidatePairs(minShared = 1, maxPosting = Math.min(MAX_POSTING, Math.max(8, this.fileCount * 4))): [number, number][] {
    const shared = new Map<number, number>();
    const n = this.items.length;
    for (const list of this.postings.values()) {
      if (list.length < 2 || list.length > maxPosting) continue;
      for (let a = 0; a < list.length; a++) {
        for (let b = a + 1; b < list.length; b++) {
          const i = list[a];
          const j = list[b];
          if (this.items[i].file === this.items[j].file) continue;
          const key = i * n + j;
          shared.set(key, (shared.get(key) ?? 0) + 1);
        }
      }
    }
    const out: [number, number][] = [];
    for (const [key, count] of shared) if (count >= minShared) out.push([Math.floor(key / n), key % n]);
    return out.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  }
}

/** Cosine similarity of two feature sets under the index's IDF weights (binary term frequency). */
export function weightedCosine<T extends Indexed>(index: CorpusIndex<T>, a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const f of small) if (large.has(f)) dot += index.idf(f) ** 2;
  if (dot === 0) return 0;
  return dot / (index.norm(a) * index.norm(b));
}

/**
 * Shared weight over the geometric mean of the two lengths, scaled by a typical statement's length. Unlike
 * the cosine it does not punish a long sentence for the other things it says: a sentence stating two claims
 * still matches each of them. For statements of typical length it equals the cosine.
 * (Measured on eighteen annotated stories: mean claim-link F1 0.544 → 0.580, the seed stories unchanged.)
 */
export function lengthTolerantSimilarity<T extends Indexed>(index: CorpusIndex<T>, a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const cosine = weightedCosine(index, a, b);
  if (cosine === 0) return 0;
  return (cosine * Math.sqrt(index.norm(a) * index.norm(b))) / index.meanNorm();
}
