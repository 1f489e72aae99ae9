// Two sources telling opposite outcomes for one subject: "Holm will stay on as chief executive" against "Holm will
// leave the company once the deal closes". Such a group disagrees as plainly as one with two figures. Only the words
// right after a named subject count, so a sentence that merely mentions someone who leaves ("Holm, who replaced a
// chief that quit last year, will stay") is read for its subject's own verb, and a negated verb ("will not leave")
// takes no side.

import type { EntityMention } from '../types';

/** Opposed outcomes in general newsroom wording: each pair's sides, by the forms a report writes them in. */
const OPPOSED_OUTCOMES: readonly { sides: readonly [string, string]; forms: readonly [RegExp, RegExp] }[] = [
  {
    sides: ['stays', 'leaves'],
    forms: [
      /^(?:stay|stays|stayed|remain|remains|remained|continue|continues|continued|retain|retains|retained)$/,
      /^(?:leave|leaves|left|depart|departs|departed|quit|quits|resign|resigns|resigned|exit|exits|exited|step|steps|stepped)$/,
    ],
  },
  {
    sides: ['approves', 'rejects'],
    forms: [/^(?:approve|approves|approved|accept|accepts|accepted|endorse|endorses|endorsed)$/, /^(?:reject|rejects|rejected|refuse|refuses|refused|veto|vetoes|vetoed|block|blocks|blocked)$/],
  },
  {
    sides: ['confirms', 'denies'],
    forms: [/^(?:confirm|confirms|confirmed|admit|admits|admitted|acknowledge|acknowledges|acknowledged)$/, /^(?:deny|denies|denied|refute|refutes|refuted)$/],
  },
  {
    sides: ['wins', 'loses'],
    forms: [/^(?:win|wins|won)$/, /^(?:lose|loses|lost)$/],
  },
];

/** "step" leaves only as "step down" or "step aside". */
const STEP = /^(?:step|steps|stepped)$/;
const STEP_PARTICLE = /^(?:down|aside)$/;

/** Words between a subject and its verb that let the verb still be the subject's: auxiliaries, adverbs of report. */
const SUBJECT_REACH = 5;
const NEGATION = /^(?:not|never|no|n[’']t|cannot|won[’']t|didn[’']t|doesn[’']t|don[’']t|isn[’']t|wasn[’']t)$/i;

export interface StanceStatement {
  file: string;
  /** The document's text, the statement's span in it, and the document's entities. */
  text: string;
  start: number;
  end: number;
  entities: readonly EntityMention[];
}

export interface StanceDispute {
  /** The canonical name of the subject both sides speak of. */
  subject: string;
  /** Each side's outcome ("stays", "leaves") and the files that tell it. */
  sides: { outcome: string; files: string[] }[];
}

interface Stance {
  subject: string;
  pair: number;
  side: 0 | 1;
}

/** The outcomes a statement gives its named subjects: the first listed verb within a few words after each name. */
function stancesOf(s: StanceStatement): Stance[] {
  const out: Stance[] = [];
  const inside = s.entities.filter((e) => e.start >= s.start && e.end <= s.end);
  for (const [n, e] of inside.entries()) {
    if (e.type !== 'person' && e.type !== 'organization') continue;
    const words = s.text.slice(e.end, s.end).split(/[^\p{L}’']+/u).filter(Boolean).slice(0, SUBJECT_REACH + 1);
    // (Up to the next clause: "Holm, who …," names the subject of a relative clause, not its verb.)
    // (Nor past the next name, which is a subject of its own: "Varnelco said Holm will stay".)
    const nextName = inside[n + 1];
    const clauseEnd = /[,;:()—–]/.exec(s.text.slice(e.end, nextName?.start ?? s.end));
    const stop = clauseEnd ? e.end + clauseEnd.index : nextName?.start;
    const reach = stop !== undefined ? s.text.slice(e.end, stop).split(/[^\p{L}’']+/u).filter(Boolean).length : words.length;
    for (let k = 0; k < Math.min(words.length, reach); k++) {
      const w = words[k]!.toLowerCase();
      const found = OPPOSED_OUTCOMES.findIndex((o) => o.forms[0].test(w) || o.forms[1].test(w));
      if (found < 0) continue;
      if (STEP.test(w) && !STEP_PARTICLE.test(words[k + 1]?.toLowerCase() ?? '')) continue;
      if (words.slice(0, k).some((x) => NEGATION.test(x))) break;
      out.push({ subject: e.canonical, pair: found, side: OPPOSED_OUTCOMES[found]!.forms[0].test(w) ? 0 : 1 });
      break;
    }
  }
  return out;
}

/** Sources that give one subject opposite outcomes ("will continue in that role" against "will leave"), if any. */
export function stanceDispute(statements: readonly StanceStatement[]): StanceDispute | undefined {
  const byKey = new Map<string, { subject: string; pair: number; files: [Set<string>, Set<string>] }>();
  for (const s of statements) {
    for (const st of stancesOf(s)) {
      const key = `${st.subject}\u0000${st.pair}`;
      const held = byKey.get(key) ?? { subject: st.subject, pair: st.pair, files: [new Set<string>(), new Set<string>()] as [Set<string>, Set<string>] };
      held.files[st.side].add(s.file);
      byKey.set(key, held);
    }
  }
  for (const { subject, pair, files } of byKey.values()) {
    // Two sources at least, each on one side only.
    const [yes, no] = files;
    if (yes.size === 0 || no.size === 0 || [...yes].some((f) => no.has(f))) continue;
    const sides = OPPOSED_OUTCOMES[pair]!.sides;
    return { subject, sides: [{ outcome: sides[0], files: [...yes] }, { outcome: sides[1], files: [...no] }] };
  }
  return undefined;
}
