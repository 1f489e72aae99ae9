// The weekday a statement gives for what it reports: "signed on Friday". Two sources that tell one event and
// name different days disagree about when it happened, as much as two that give different figures. A day counts
// for the event its neighbouring words name, so "identified on Saturday" and "killed twelve on Friday" — two
// events of one story — are no dispute, while "Kestrel on Saturday signed Holm" and "Holm signed with Kestrel
// on Friday" are.

import { contentWords } from '../text/words';

const ON_WEEKDAY = /\bon (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g;

/** Content words looked at on each side of the day. */
const NEAR_WORDS = 4;
/** Words two days' neighbourhoods must share to be about one event. */
const SHARED_WORDS = 2;

export interface DatedStatement {
  file: string;
  /** The document's text and the statement's span in it. */
  text: string;
  start: number;
  end: number;
}

interface StatedDay {
  file: string;
  day: string;
  /** Stems (or paraphrase concepts) of the content words around the day. */
  near: Set<string>;
}

/** The one weekday a statement names after "on", with the words around it; undefined when it names none or several. */
function statedDay(s: DatedStatement): StatedDay | undefined {
  const body = s.text.slice(s.start, s.end);
  const found = [...body.matchAll(ON_WEEKDAY)];
  if (found.length === 0 || new Set(found.map((m) => m[1])).size > 1) return undefined;
  const at = s.start + found[0].index!;
  // (The words of "on Friday" themselves are left out.)
  const words = contentWords(s.text, s.start, s.end).filter((w) => !(w.start >= at && w.start < at + found[0][0].length));
  const before = words.filter((w) => w.end <= at).slice(-NEAR_WORDS);
  const after = words.filter((w) => w.start >= at).slice(0, NEAR_WORDS);
  return { file: s.file, day: found[0][1], near: new Set([...before, ...after].map((w) => w.concept ?? w.stem)) };
}

export interface DayDispute {
  /** Each day named, with the sources (files) that name it, in order of first mention. */
  sides: { day: string; files: string[] }[];
}

/**
 * The days that statements from different sources give for one event, when they give more than one; undefined
 * when they agree or speak of different events.
 */
export function dayDispute(statements: readonly DatedStatement[]): DayDispute | undefined {
  const stated = statements.map(statedDay).filter((d): d is StatedDay => d !== undefined);
  const disputing = new Set<StatedDay>();
  for (const x of stated) {
    for (const y of stated) {
      if (x.file >= y.file || x.day === y.day) continue;
      let shared = 0;
      for (const w of x.near) if (y.near.has(w)) shared++;
      if (shared >= SHARED_WORDS) disputing.add(x).add(y);
    }
  }
  if (disputing.size === 0) return undefined;
  const filesByDay = new Map<string, string[]>();
  for (const d of stated) {
    if (!disputing.has(d)) continue;
    const files = filesByDay.get(d.day) ?? [];
    if (!files.includes(d.file)) files.push(d.file);
    filesByDay.set(d.day, files);
  }
  return { sides: [...filesByDay].map(([day, files]) => ({ day, files })) };
}
