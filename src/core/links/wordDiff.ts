// Word-level differences between two renderings of one remark, for notes and hover cards.

export interface WordDiffPart {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

const MAX_WORDS = 400; // LCS is quadratic; quotes are short, but article text is untrusted

/** Diff of `a` → `b` by words (longest common subsequence), adjacent parts of one kind merged. */
export function wordDiff(a: string, b: string): WordDiffPart[] {
  const x = a.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const y = b.split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
  const norm = (w: string) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const n = x.length;
  const m = y.length;
  const lcs: Uint16Array[] = Array.from({ length: n + 1 }, () => new Uint16Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = norm(x[i]) === norm(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const parts: WordDiffPart[] = [];
  const push = (kind: WordDiffPart['kind'], word: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += ` ${word}`;
    else parts.push({ kind, text: word });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (norm(x[i]) === norm(y[j])) {
      push('same', y[j]);
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) push('removed', x[i++]);
    else push('added', y[j++]);
  }
  while (i < n) push('removed', x[i++]);
  while (j < m) push('added', y[j++]);
  return parts;
}

/** "increasing our business → expanding our bilateral trade"-style summary of what changed. */
export function summarizeDiff(parts: WordDiffPart[], max = 3): string {
  const changes: string[] = [];
  for (let k = 0; k < parts.length && changes.length < max; k++) {
    const p = parts[k];
    if (p.kind === 'same') continue;
    const next = parts[k + 1];
    if (p.kind === 'removed' && next?.kind === 'added') {
      changes.push(`“${p.text}” → “${next.text}”`);
      k++;
    } else changes.push(p.kind === 'removed' ? `without “${p.text}”` : `adds “${p.text}”`);
  }
  return changes.join('; ');
}
