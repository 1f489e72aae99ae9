// A figure's comparable identity: kind, unit and value, written as one string.

import type { Figure } from '../types';

export function figureKey(f: Pick<Figure, 'kind' | 'unit' | 'value'>): string | undefined {
  if (f.value === null) return undefined;
  const v = Array.isArray(f.value) ? `${f.value[0]}-${f.value[1]}` : String(f.value);
  return `${f.kind}:${f.unit}:${v}`;
}
