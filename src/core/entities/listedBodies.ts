// Names listed together after "at" are of one kind: in "played on loan at Kestrel Rovers, Tarsk, Marova City and Selka
// United", a body among them makes the two-word names bodies too, not people.

import type { RawMention } from './classify';

/** What may stand between two names of one list: a comma, or a last "and"/"or". */
const LIST_JOIN = /^(?:,[ \u00A0]+|,?[ \u00A0]+(?:and|or)[ \u00A0]+)$/;
/** The preposition before a list of the places one was at: "spells at", "worked at", "studied at". */
const AT_BEFORE = /(?:^|[ \u00A0])at[ \u00A0]+$/;
/** Lists shorter than this are too little evidence: "at Holm and Varnelco" may name a person's shop. */
const MIN_LISTED = 3;

/**
 * Retypes as organisations the people of a list of names after "at" that holds an organisation, when none of those
 * people has a title or role to show for it. `raw` is sorted by start; mentions are changed in place.
 */
export function harmoniseListedBodies(text: string, raw: RawMention[]): void {
  let run: RawMention[] = [];
  const close = () => {
    if (run.length >= MIN_LISTED && AT_BEFORE.test(text.slice(Math.max(0, run[0]!.start - 4), run[0]!.start))) {
      const people = run.filter((m) => m.type === 'person');
      if (run.some((m) => m.type === 'organization') && people.every((m) => !m.role)) for (const m of people) m.type = 'organization';
    }
    run = [];
  };
  for (const m of raw) {
    const last = run[run.length - 1];
    if (last && m.start >= last.end && LIST_JOIN.test(text.slice(last.end, m.start))) run.push(m);
    else {
      close();
      run = [m];
    }
  }
  close();
}
