// Accent folding, shared by every comparison that must not care how a writer spells "José" or "Jose".

/** The text with its combining accents removed: "San José" → "San Jose", "Bogotá" → "Bogota". */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}
