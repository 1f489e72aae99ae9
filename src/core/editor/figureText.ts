// How a figure's value reads in a hover: "68,700,000,000 USD", "50 %", "2024–2025", "a time of day" or "no exact value".

import type { Figure, FigureValue } from '../types';

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

function formatNumber(n: number, unit: string): string {
  // Years read better without thousands separators.
  return unit === 'year' || unit === 'decades' ? String(n) : NUMBER.format(n);
}

export function formatFigureValue(value: FigureValue | undefined, unit: string): string {
  if (value === null || value === undefined) return unit === 'time' ? 'a time of day' : 'no exact value';
  const body = Array.isArray(value) ? `${formatNumber(value[0], unit)}–${formatNumber(value[1], unit)}` : formatNumber(value, unit);
  if (!unit || unit === 'year' || unit === 'units') return body;
  return unit === '%' ? `${body}%` : `${body} ${unit}`;
}

export function describeFigure(f: Figure): string {
  const value = formatFigureValue(f.value, f.unit);
  return f.qualifier ? `${f.qualifier} ${value}` : value;
}

/** Same written value (typography aside): used to tell agreeing from conflicting members of a conflict. */
export function sameValue(a: FigureValue | undefined, b: FigureValue | undefined): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}
