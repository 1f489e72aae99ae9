// The figures extractor: money, percentages, multiples, counts, durations, ordinals and dates,
// parsed and normalised, each with the words of its sentence saying what it measures.

import { CURRENCY_NAMES } from '../lexicon/currencies';
import { opensWithPublicationLabel } from '../text/datelines';
import type { DocumentStructure, Figure, Span } from '../types';
import { describeAbout } from './about';
import type { Candidate } from './candidate';
import { qualifierBefore } from './qualifiers';
import { mergeRanges } from './ranges';
import { scanCandidates } from './scan';
import { overlapsAny, sentenceIndexAt } from './sentences';
import { tokenize } from './tokens';

export { aboutStems } from './about';

/** The currency most often stated in the document; USD when none is. */
function dominantCurrency(candidates: Candidate[]): string {
  const counts = new Map<string, number>();
  for (const c of candidates) if (c.kind === 'money' && !c.currencyUnknown) counts.set(c.unit, (counts.get(c.unit) ?? 0) + 1);
  let best = 'USD';
  let bestCount = 0;
  for (const [code, count] of counts) if (count > bestCount) { best = code; bestCount = count; }
  return best;
}

/** True when the figure is the only thing on its line (scans only the blanks around it). */
function standsAlone(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] !== '\n' && /\s/.test(text[i]!)) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  let j = end;
  while (j < text.length && text[j] !== '\n' && /\s/.test(text[j]!)) j++;
  return j >= text.length || text[j] === '\n';
}

const CURRENCY_NAME = [...CURRENCY_NAMES.keys()].join('|');
const CURRENCY_WORD = new RegExp(`\\b(${CURRENCY_NAME})\\b`, 'gi');
const PER_CURRENCY = new RegExp(`^[ \\u00A0]+(?:per|to[ \\u00A0]+(?:the|one|a)|against[ \\u00A0]+the|a)[ \\u00A0]+(?:US[ \\u00A0]+|U\\.S\\.[ \\u00A0]+)?(${CURRENCY_NAME})\\b`, 'i');

/**
 * The currency a bare number is a rate of: "the naira traded at 1,625 per dollar", "the rupee closed at 90.4 to the
 * dollar". The rate is quoted against one currency and counts another, named earlier in the sentence.
 */
function exchangeRateCurrency(text: string, structure: DocumentStructure, figure: Figure): string | undefined {
  const against = PER_CURRENCY.exec(text.slice(figure.end, figure.end + 30));
  if (!against) return undefined;
  const base = CURRENCY_NAMES.get(against[1]!.toLowerCase());
  const sentence = structure.sentences[figure.sentence];
  if (!sentence) return undefined;
  let counted: string | undefined;
  for (const m of text.slice(sentence.start, figure.start).matchAll(CURRENCY_WORD)) {
    const code = CURRENCY_NAMES.get(m[1]!.toLowerCase());
    if (code && code !== base) counted = code;
  }
  return counted;
}

/**
 * Finds and normalises the figures of one document. Boilerplate sentences yield none, and neither do the
 * numbers inside `names` (equipment names found by the entity extractor: "Ecolite 9M", "Muse Pro 4").
 */
export function extractFigures(text: string, structure: DocumentStructure, names: readonly Span[] = []): Figure[] {
  const tokens = tokenize(text);
  const candidates = mergeRanges(tokens, scanCandidates(tokens));
  const currency = dominantCurrency(candidates);
  const figures: Figure[] = [];
  const kept: { candidate: Candidate; figure: Figure }[] = [];
  let lastRate: { sentence: number; end: number; currency: string } | undefined;
  for (const c of candidates) {
    let first = c.first;
    let qualifier: string | undefined;
    // A date takes no qualifier ("around 2020" is rare and "in about 2020" rarer); a time of day does ("about 6 p.m.").
    if (c.kind !== 'date' || c.unit === 'time') {
      const q = qualifierBefore(tokens, c.first, tokens[c.first]!.kind === 'word');
      if (q && !tokens.slice(q.first, c.first).some((t, k) => k > 0 && t.start > tokens[q.first + k - 1]!.end + 1)) {
        first = q.first;
        qualifier = q.text;
      }
    }
    const start = tokens[first]!.start;
    const end = tokens[c.last]!.end;
    if (overlapsAny(structure.boilerplate, start, end) || overlapsAny(names, start, end)) continue;
    if (c.kind === 'quantity' && standsAlone(text, start, end)) continue; // a counter or page number on its own line
    // A live blog's timestamp alone on its line, or the time a page was published or updated: page furniture.
    if (c.unit === 'time' && (standsAlone(text, start, end) || opensWithPublicationLabel(text.slice(text.lastIndexOf('\n', start - 1) + 1, start)))) continue;
    const sentence = sentenceIndexAt(structure, start);
    if (sentence >= 0 && structure.sentences[sentence]!.boilerplate) continue;
    const figure: Figure = {
      start, end, text: text.slice(start, end), kind: c.kind, value: c.value,
      unit: c.currencyUnknown ? currency : c.unit, about: '', sentence,
    };
    if (qualifier) figure.qualifier = qualifier;
    // "The naira traded at 1,625 per dollar": an exchange rate is an amount of the currency the clause is about.
    // So is a second rate given in parallel: "… per dollar on the official market and at around 1,700 on the parallel one".
    const bare = figure.kind === 'quantity' && figure.unit === 'count';
    const parallel = bare && lastRate && lastRate.sentence === sentence && /^[^.;]{0,80}\band[ \u00A0]+(?:at|to)[ \u00A0]+$/.test(text.slice(lastRate.end, start));
    const rated = bare ? (exchangeRateCurrency(text, structure, figure) ?? (parallel ? lastRate!.currency : undefined)) : undefined;
    if (rated) {
      figure.kind = 'money';
      figure.unit = rated;
      lastRate = { sentence, end, currency: rated };
    }
    kept.push({ candidate: { ...c, first }, figure });
    figures.push(figure);
  }
  describeAbout(text, tokens, structure, kept);
  return figures;
}
