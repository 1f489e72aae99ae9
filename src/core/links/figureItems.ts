// What each figure mention brings to cross-source linking: the keys that say which figures are comparable, the
// context words that say what it measures, and the marks that keep two readings apart (a dateline's date, a
// person's age, a quarter, a place, the rest of a whole, a threshold, an earlier event).

import { splitClauses } from '../claims/clauses';
import { isPaymentMedium } from '../lexicon/currencies';
import { datesReport } from '../text/datelines';
import { contentWords } from '../text/words';
import { writesWholeWords } from '../text/wholeWords';
import type { DocumentAnalysis, Figure } from '../types';
import { listLeadIns } from './listLeadIn';
import { partOfYearKey, quarterLabels } from './quarterLabels';
import { compatibilityKey, countsByGenericCounter, formatValue, membershipKey, monthLabelAfter, referentKey, secondaryDateKeys } from './figureValues';

export interface FigureItem {
  file: string;
  doc: DocumentAnalysis;
  figure: Figure;
  /** Context features: stems of what it measures and of its clause, entities of its clause. */
  features: Set<string>;
  /** Date labels in the same clause (the period a statistic refers to). */
  period: string;
  /** The month written right after the figure ("7.1% in April"), lower case, or ''. */
  month: string;
  /** The quarter or half of a year the figure is given for ("q2": "5% for Q2"), or ''. */
  quarter: string;
  /** Compatibility keys: the figure's own, and for a generic counter ("units") that of the thing it counts. */
  keys: string[];
  /** For a date: whether the words before it say something starts or ends then ("began on", "due to end on"), or ''. */
  phase: DatePhase;
  /** The date of a dateline or a date line: it dates the report, and compares only with other datelines. */
  dateline: boolean;
  /** For a person's age ("Diatta, 20,", "the 20-year-old forward"), the person's canonical name. */
  agedPerson?: string;
  /** Places named right after the figure in its clause, where it was counted ("800 positions in Tarvia"). */
  places: Set<string>;
  /** A count of the rest of a whole: "the remaining two", "the other three", "the last two". */
  remainder: boolean;
  /** Whether the figure is a threshold or a target ("the 90 seats required to govern alone"), not an outcome. */
  requirement: boolean;
  /** Whether the figure tells of an earlier event the story is measured against ("the worst since 2019, when 30 died"). */
  earlierEvent: boolean;
}

type DatePhase = 'start' | 'end' | '';

const START_WORDS = /^(?:begin|begins|began|beginning|begun|start|starts|started|starting|launch|launches|launched|open|opens|opened|commence|commences|commenced|since|from|effect|effective|force|online|operating|operational|operation|commission|commissioned|commissioning|service)$/i;
const END_WORDS = /^(?:end|ends|ended|ending|finish|finishes|finished|conclude|concludes|concluded|close|closes|closed|expire|expires|expired)$/i;

/**
 * "began on 9 March" and "due to end on March 16" date two moments of one event: neither contradicts the other.
 * A rule that "took effect", "came into force" or is "effective" on a day starts then.
 */
function datePhase(text: string, figure: Figure): DatePhase {
  if (figure.kind !== 'date') return '';
  const words = text.slice(Math.max(0, figure.start - 40), figure.start).split(/[^\p{L}]+/u).filter(Boolean).slice(-3);
  for (let i = words.length - 1; i >= 0; i--) {
    if (START_WORDS.test(words[i]!)) return 'start';
    if (END_WORDS.test(words[i]!)) return 'end';
  }
  return '';
}

/** Concepts of what befalls people, by which a count of them is told: deaths, injuries, evacuations. */
const FATES = new Set(['~death', '~injure', '~evacuate']);
/** How many shared context words a shared fate counts as. */
const FATE_WEIGHT = 6;

/** How far after a figure (in characters) a place still says where it was counted. */
const PLACE_REACH = 50;

/** Words before a count that make it the rest of a whole: "the remaining two", "the other three", "the last two". */
const REMAINDER_BEFORE = /\b(?:remaining|other|last|outstanding|rest of the)[ \u00A0]+$/i;

/** Words after a figure that make it a threshold: "90 seats required to govern alone", "the 60 votes needed". */
const REQUIREMENT_AFTER = /^(?:[ \u00A0]+\p{Ll}+)?[ \u00A0]+(?:needed|required|necessary)\b/u;
/** Words before one that make it a threshold or a target: "the threshold of 76", "a target of 5%". */
const REQUIREMENT_BEFORE = /\b(?:threshold|target|minimum|quota|requirement)[ \u00A0]+of[ \u00A0]+$/;

/**
 * The words before a figure, from its sentence's start, that put it in an earlier event the story is measured against:
 * "the deadliest attack since March 2019, when 51 people were killed". (Up to the clause's end: no full stop or semicolon.)
 */
const EARLIER_EVENT_BEFORE = /\bsince[ \u00A0]+(?:(?:early|late|mid-?)[ \u00A0]*)?(?:\p{Lu}\p{Ll}+\.?[ \u00A0]+)?(?:\d{1,2},?[ \u00A0]+)?\d{4},?[ \u00A0]+when\b[^.;]*$/u;

/** Shared by all dateline dates, whose wording around says nothing about them: the same day is the same. */
const DATELINE_FEATURE = 'DATELINE';

/** Is the date `o` the period label of `figure`: right after it ("in 2024–25") or opening its clause before it? */
function labelsPeriod(text: string, figure: Figure, o: Figure): boolean {
  if (o.start >= figure.end) return /^[\s,]*(?:\(?\s*(?:in|for|during|over|of)\s+(?:the\s+)?(?:(?:fiscal|financial|calendar)\s+)?(?:years?\s+)?)?$/i.test(text.slice(figure.end, o.start));
  return figure.start - o.end <= 60 && !/\b(?:since|after|before|until)\s*$/i.test(text.slice(Math.max(0, o.start - 8), o.start));
}

export function figureItems(doc: DocumentAnalysis): FigureItem[] {
  const clausesBySentence = new Map<number, { start: number; end: number }[]>();
  const clauseOf = (f: Figure) => {
    const s = doc.structure.sentences[f.sentence];
    if (!s) return { start: f.start, end: f.end };
    let clauses = clausesBySentence.get(f.sentence);
    if (!clauses) clausesBySentence.set(f.sentence, (clauses = splitClauses(doc.text, s.start, s.end, { cutAtAs: true })));
    return clauses.find((c) => c.start <= f.start && f.end <= c.end) ?? s;
  };
  const leadInOf = listLeadIns(doc.text, doc.structure);
  const quarterBySentence = new Map<number, Map<number, string>>();
  /** The quarter a figure is given for, or ''. */
  const quarterOf = (f: Figure) => {
    const s = doc.structure.sentences[f.sentence];
    if (!s) return '';
    let labels = quarterBySentence.get(f.sentence);
    if (!labels) quarterBySentence.set(f.sentence, (labels = quarterLabels(doc.text, s, doc.figures)));
    return labels.get(f.start) ?? '';
  };
  const modelAt = new Map(doc.entities.filter((e) => e.type === 'equipment').map((e) => [e.start, e.canonical]));
  /**
   * For a count by a generic or battery counter ("five units", "four of the seven squadrons"), the model the text
   * named last before it in its paragraph, within a few sentences.
   */
  const modelBefore = (figure: Figure) => {
    if (!countsByGenericCounter(figure)) return undefined;
    const paragraph = doc.structure.paragraphs[doc.structure.sentences[figure.sentence]?.paragraph ?? -1];
    const from = Math.max(paragraph?.start ?? 0, figure.start - 300);
    const named = doc.entities.filter((e) => e.type === 'equipment' && e.start >= from && e.end <= figure.start).at(-1);
    return named?.canonical;
  };
  /** The canonical name of a model named right after `end`, past one space. */
  const modelAfter = (end: number) => {
    const gap = /^\s{1,2}/.exec(doc.text.slice(end, end + 2));
    return gap ? modelAt.get(end + gap[0].length) : undefined;
  };
  return doc.figures
    .filter((f) => !doc.structure.sentences[f.sentence]?.boilerplate && compatibilityKey(f) !== undefined)
    .map((figure) => {
      const clause = clauseOf(figure);
      const features = new Set<string>();
      const add = (from: number, to: number, prefix = '') => {
        for (const w of contentWords(doc.text, from, to)) features.add(prefix + (w.concept ?? w.stem));
      };
      // The sentence gives the topic; the clause, marked apart, weighs the figure's own surroundings twice.
      const sentence = doc.structure.sentences[figure.sentence] ?? clause;
      const sentenceEntities = doc.entities.filter((e) => e.start >= sentence.start && e.end <= sentence.end);
      add(sentence.start, sentence.end);
      // A line of a list ("• Q3: 7.1%") takes its topic from the line leading into the list.
      for (const span of leadInOf(figure.sentence)) add(span.start, span.end);
      add(clause.start, clause.end, 'C:');
      // What a figure measures is usually right next to it: "three-day strike", "fees of 12%".
      // (What it is paid in, "in bitcoin", says nothing of what it pays for.)
      const near = contentWords(doc.text, clause.start, clause.end).filter((w) => !isPaymentMedium(w.lower));
      const before = near.filter((w) => w.end <= figure.start).slice(-3);
      const after = near.filter((w) => w.start >= figure.end).slice(0, 3);
      for (const w of [...before, ...after]) features.add(`N:${w.concept ?? w.stem}`);
      // What befell the people a count counts ("killing at least three people", "Four people were killed") names the
      // quantity more surely than the rest of two differently told sentences: it weighs like several shared words.
      const fate = figure.kind === 'quantity'
        ? [...before, ...after]
            .filter((w) => w.concept !== undefined && FATES.has(w.concept))
            .sort((x, y) => Math.abs(x.start - figure.start) - Math.abs(y.start - figure.start))[0]?.concept
        : undefined;
      if (fate) for (let k = 0; k < FATE_WEIGHT; k++) features.add(`F${k}:${fate}`);
      if (figure.about) {
        // What it measures named by an entity counts as that entity: "the Tories" and "the Conservatives" are one party.
        const named = sentenceEntities.filter((e) => writesWholeWords(figure.about!, e.text));
        for (const w of contentWords(figure.about).filter((x) => !isPaymentMedium(x.lower))) {
          const e = named.find((x) => x.text.includes(figure.about!.slice(w.start, w.end)));
          features.add(`A:${e ? `E:${e.canonical.toLowerCase()}` : w.concept ?? w.stem}`);
        }
      }
      for (const e of sentenceEntities) features.add(`E:${e.canonical.toLowerCase()}`);
      // The period a statistic covers is a year or a span of years ("in 2024–25"); a day or a month
      // ("announced on March 12") dates the report, not the figure.
      // It stands next to the figure ("$41.2 billion in 2023–24", "In 2023–24, exports reached …"), not at the
      // far end of the clause ("fell 4.8%, their steepest drop since 2020").
      const period = doc.figures
        .filter((o) => o !== figure && o.kind === 'date' && o.value !== null && !/[a-z]/i.test(o.text) && o.start >= clause.start && o.end <= clause.end)
        .filter((o) => labelsPeriod(doc.text, figure, o))
        .map((o) => formatValue(o))
        .join(',');
      // Two figures for the same period ("in 2019") more likely state one statistic.
      for (const p of period.split(',')) if (p) features.add(`P:${p}`);
      const month = monthLabelAfter(doc.text, figure.end);
      const quarter = quarterOf(figure);
      // Two values given for one quarter more likely state one statistic.
      if (quarter) features.add(`Q:${quarter}`);
      const paragraph = doc.structure.paragraphs[doc.structure.sentences[figure.sentence]?.paragraph ?? -1];
      const referent = referentKey(doc.text, figure, paragraph?.start ?? 0);
      // A dateline's date compares only with other datelines (the day of each report).
      const dateline = figure.kind === 'date' && datesReport(doc.text, figure.start, figure.end);
      // A person's age compares only with that person's age in other sources, whatever the words around it.
      const agedPerson = ageOf(doc, figure);
      const partOfYear = partOfYearKey(doc.text, figure);
      const keys = dateline
        ? ['date:dateline']
        : agedPerson
          ? [`age:${agedPerson}`]
          : partOfYear
            ? [partOfYear]
            : [compatibilityKey(figure)!, ...secondaryDateKeys(figure), ...(referent ? [referent] : [])];
      if (dateline) features.add(DATELINE_FEATURE);
      if (agedPerson) features.add(`AGE:${agedPerson}`);
      // "two Canadair CL-415 water bombers" and "two CL-415 planes" count one named model, whatever noun follows it.
      const model = figure.kind === 'quantity' ? modelAfter(figure.end) ?? modelBefore(figure) : undefined;
      if (model) keys.push(`quantity:model:${model.toLowerCase()}`);
      // A story seldom counts two memberships: the size of a body, however worded, weighs like a shared fate.
      const membership = dateline || agedPerson ? undefined : membershipKey(doc.text, figure);
      if (membership) {
        if (!keys.includes(membership)) keys.push(membership);
        for (let k = 0; k < FATE_WEIGHT; k++) features.add(`F${k}:${membership}`);
      }
      // (Up to the next comma or figure: "about 800 will go in Tarvia, around 450 at the plant in Marova".)
      const stop = /[,;]/.exec(doc.text.slice(figure.end, figure.end + PLACE_REACH));
      const nextFigure = doc.figures.find((o) => o.start >= figure.end && o.sentence === figure.sentence);
      const reach = Math.min(figure.end + (stop?.index ?? PLACE_REACH), nextFigure?.start ?? Infinity, clause.end);
      const places = new Set(
        doc.entities
          .filter((e) => e.type === 'place' && e.start >= figure.end && e.end <= reach)
          .filter((e) => /\b(?:in|at|across)[ \u00A0]+(?:the[ \u00A0]+)?$/.test(doc.text.slice(Math.max(0, e.start - 12), e.start)))
          .map((e) => e.canonical),
      );
      const remainder = figure.kind === 'quantity' && REMAINDER_BEFORE.test(doc.text.slice(Math.max(0, figure.start - 24), figure.start));
      const requirement = figure.kind !== 'date' && (REQUIREMENT_AFTER.test(doc.text.slice(figure.end, figure.end + 30)) || REQUIREMENT_BEFORE.test(doc.text.slice(Math.max(0, figure.start - 24), figure.start)));
      const earlierEvent = EARLIER_EVENT_BEFORE.test(doc.text.slice(sentence.start, figure.start));
      return { file: doc.file, doc, figure, features, period, month, quarter, keys, phase: datePhase(doc.text, figure), dateline, places, remainder, requirement, earlierEvent, ...(agedPerson ? { agedPerson } : {}) };
    });
}

/**
 * The person whose age a figure gives, by canonical name: "Diatta, 20,", "aged 71", "the 20-year-old forward
 * Abdoulaye Diatta" — the person named right before the comma, else the nearest named in the sentence.
 */
function ageOf(doc: DocumentAnalysis, f: Figure): string | undefined {
  if (f.kind !== 'quantity' || !/^years?$/i.test(f.unit) || typeof f.value !== 'number' || f.value < 1 || f.value > 120) return undefined;
  const text = doc.text;
  const after = text.slice(f.end, f.end + 12);
  const before = text.slice(Math.max(0, f.start - 8), f.start);
  const yearOld = /-year-old\b|\byears? old\b/i.test(f.text) || /^[-‑ ]year[-‑ ]old\b|^ years? old\b/i.test(after);
  const aged = /\baged\s+$/i.test(before);
  const apposed = /^\d{1,3}$/.test(f.text) && ((/,\s*$/.test(before) && /^\s*,/.test(after)) || (/\($/.test(before) && /^\)/.test(after)));
  if (!yearOld && !aged && !apposed) return undefined;
  const people = doc.entities.filter((e) => e.type === 'person');
  if (apposed) {
    // The comma or bracket that opens the apposition: the name ends right before it.
    const opening = Math.max(text.lastIndexOf(',', f.start), text.lastIndexOf('(', f.start));
    const named = people.find((e) => /^\s*$/.test(text.slice(e.end, opening)) && e.end <= opening);
    return named?.canonical;
  }
  const sentence = doc.structure.sentences[f.sentence];
  if (!sentence) return undefined;
  const nearestIn = (from: number, to: number) =>
    people.filter((e) => e.start >= from && e.end <= to).sort((a, b) => Math.abs(a.start - f.start) - Math.abs(b.start - f.start))[0];
  // "The 63-year-old farmer was asleep …" names him in the sentence before: the last person named before it.
  const namedBefore = people.filter((e) => e.end <= sentence.start && sentence.start - e.end < 300).at(-1);
  return (nearestIn(sentence.start, sentence.end) ?? namedBefore)?.canonical;
}
