// Speakers a document only describes ("the Chilean president said") whom the rest of the corpus names: the one
// person the document mentions whose roles, across all the sources, hold every word of the description.

import { escapeRegExp } from '../text/regex';
import { isDemonym } from '../lexicon/places';
import { isRoleQualifier, isTitleWord } from '../lexicon/titles';
import type { EntityMention, Quote } from '../types';

/** Each person's roles across the corpus, lower case, joined: "chilean president | president". */
export function corpusRolesOf(mentions: readonly EntityMention[]): Map<string, string> {
  const roles = new Map<string, string>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.role) continue;
    roles.set(m.canonical, `${roles.get(m.canonical) ?? ''} | ${m.role.toLowerCase()}`);
  }
  return roles;
}

/**
 * Gives a quote whose speaker is a bare office ("Chilean president", "prime minister") to the one person its
 * document mentions whom the corpus gives that office. A description with more in it ("senior official at a
 * refiner") names no office holder, and two candidates leave the description as it was.
 */
export function resolveOfficeHolders(quotes: Quote[], entities: readonly EntityMention[], corpusRoles: ReadonlyMap<string, string>): void {
  const mentioned = [...new Set(entities.filter((e) => e.type === 'person').map((e) => e.canonical))];
  for (const q of quotes) {
    if (q.speakerKind !== 'description') continue;
    const words = q.speaker.toLowerCase().split(/\s+/).filter(Boolean);
    const office = words.some((w) => isTitleWord(w)) && words.every((w) => isTitleWord(w) || isRoleQualifier(w) || isDemonym(w));
    if (!office) continue;
    const patterns = words.map((w) => new RegExp(`\\b${escapeRegExp(w)}\\b`));
    const holders = mentioned.filter((p) => patterns.every((re) => re.test(corpusRoles.get(p) ?? '')));
    if (holders.length !== 1) continue;
    q.speaker = holders[0]!;
    q.speakerKind = 'person';
  }
}
