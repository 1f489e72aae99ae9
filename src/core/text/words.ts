// Content words and their stems: the vocabulary the cross-source linker compares.

import PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer');
import { verbBase } from '../lexicon/irregularVerbs';
import { americanSpelling, conceptOf, phrasalParticlesOf } from '../lexicon/paraphrases';

/** Function words, discourse connectives and reporting filler that say nothing about what a statement is about. */
const STOPWORDS = new Set(
  (
    'a an the and or but nor so yet if then than that this these those there here it its itself he him his she her hers ' +
    'they them their theirs we us our ours you your i me my mine who whom whose which what when where why how ' +
    'is are was were be been being am has have had having do does did doing will would shall should can could may might must ' +
    'of in on at by for with from to into onto over under about above below between among through during before after ' +
    'since until while as per via against within without toward towards upon across along around beyond ' +
    'not no only just also even still very more most much many some any all both each either neither other another such ' +
    'same own too again further once ever now already yet s t one ' +
    'said says say saying told tell added adding according stated noted explained reported ' +
    'mr mrs ms dr ' +
    'however though although despite meanwhile moreover furthermore nevertheless nonetheless thus therefore hence instead ' +
    'whereas whilst because unless whether'
  ).split(' '),
);

export interface Word {
  start: number;
  end: number;
  /** Lower-cased surface form. */
  lower: string;
  stem: string;
  /** The paraphrase class the word belongs to ("~visit" for trip/visit/tour), if any. */
  concept?: string;
}

const stemCache = new Map<string, string>();

export function stem(lowerWord: string): string {
  let s = stemCache.get(lowerWord);
  if (s === undefined) {
    s = PorterStemmer.stem(lowerWord);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(lowerWord, s);
  }
  return s;
}

export function isStopword(lowerWord: string): boolean {
  return STOPWORDS.has(lowerWord);
}

/** Content words (letters, inner hyphens/apostrophes split) in text[from, to), with offsets. */
export function contentWords(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const re = /\p{L}[\p{L}\p{M}]*/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    const lower = m[0].toLowerCase();
    if (lower.length < 2 || STOPWORDS.has(lower)) continue;
    const stemmed = stem(verbBase(americanSpelling(lower)));
    let end = m.index + m[0].length;
    // A phrasal verb ("scaled back") is one word in meaning; its particle is consumed with it.
    let phrasal: string | undefined;
    const particles = phrasalParticlesOf(stemmed, stem);
    const particle = particles && /^\s+(\p{L}+)/u.exec(text.slice(end, Math.min(to, end + 12)));
    if (particle) phrasal = particles.get(particle[1].toLowerCase());
    if (phrasal) {
      end += particle![0].length;
      re.lastIndex = end;
    }
    const concept = phrasal ?? conceptOf(lower, stemmed, stem);
    out.push({ start: m.index, end, lower, stem: stemmed, ...(concept ? { concept } : {}) });
  }
  return out;
}

/** The set of content stems in text[from, to). */
export function stemSet(text: string, from = 0, to = text.length): Set<string> {
  return new Set(contentWords(text, from, to).map((w) => w.stem));
}
