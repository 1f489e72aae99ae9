// Identity statements: what a source says a person is — the office written with the name and the body the
// person belongs to ("Palace spokesman Ivan Sorokin", "Jana K. Holm, a professor of economics at the Marova
// Institute", "Arjun Mehra of Varnelco"). Sources that describe one person make a claim about them, and a reader
// checking who someone is wants those descriptions side by side.

import { isDemonym } from '../lexicon/places';
import { speechVerbOf } from '../lexicon/speechVerbs';
import { isHonorific, isRoleQualifier, isTitleWord, matchRoleAfter, matchTitleBefore, roleVariants, type RoleMatch } from '../lexicon/titles';
import type { EntityMention, Span } from '../types';

export interface IdentityStatement extends Span {
  text: string;
  /** The person's canonical name. */
  person: string;
  /** The offices named, one word each ("spokesman", "minister"); generic heads ("head", "chief") left out. */
  offices: string[];
  /** The bodies the person is placed in, by canonical name. */
  bodies: string[];
}

/** What joins a role or a name to the body it belongs to: "analyst at X", "director of X", "Holm of X". */
const AFFILIATION_LINK = /^,?\s+(?:at|of|with|for|from)\s+(?:the\s+)?$/;

/** Heads that fit any office: "head of X", "the bank's chief", "a senior official". */
const GENERIC_HEADS = new Set(['head', 'chief', 'leader', 'official', 'officer']);

/**
 * Offices that sources name in different words for one post, so a difference among them is no dispute:
 * commentators (an analyst in one source is a fellow or an economist in another), the heads of a body (a chief
 * executive is its president or managing director elsewhere), ministers (the "PM"), lawmakers (an "MP").
 */
const OFFICE_FAMILIES: [string, string[]][] = [
  ['commentator', ['analyst', 'expert', 'economist', 'fellow', 'researcher', 'scholar', 'strategist', 'consultant', 'professor', 'prof', 'lecturer']],
  ['head of a body', ['executive', 'ceo', 'president', 'chairman', 'chairwoman', 'chairperson', 'chair', 'director', 'director-general', 'owner', 'founder', 'co-founder', 'managing', 'principal']],
  ['minister', ['minister', 'pm', 'eam', 'premier', 'menteri', 'secretary']],
  ['lawmaker', ['lawmaker', 'mp', 'mep', 'legislator', 'congressman', 'congresswoman', 'senator', 'representative']],
];
const FAMILY_OF = new Map(OFFICE_FAMILIES.flatMap(([family, words]) => words.map((w) => [w, family] as [string, string])));

/** A past office is no claim about what the person is now ("a former deputy governor"). */
const PAST = /\b(?:former|ex-|retired|erstwhile|then|onetime|one-time|late)\b/i;

/** Each person mention with an office or an affiliation written beside it, as an identity statement. */
export function identityStatements(text: string, entities: readonly EntityMention[]): IdentityStatement[] {
  const out: IdentityStatement[] = [];
  const bodies = entities.filter((e) => e.type === 'organization');
  for (const m of entities) {
    if (m.type !== 'person') continue;
    let start = m.start;
    let end = m.end;
    const roles: string[] = [];
    const before = matchTitleBefore(text, m.start) ?? roleBeforeComma(text, m.start);
    // "lawyer for Mr. Oh" is another person's office.
    if (before && !ownedByAnother(before.text)) {
      start = before.start;
      roles.push(before.text);
    }
    // "Holm of the Marova Institute": the body straight after the name; else a role in apposition, then its body.
    let body = bodyAt(text, bodies, m.end);
    if (!body) {
      const after = roleAfter(text, m.end);
      if (after) {
        roles.push(after.text);
        end = after.end;
        body = bodyAt(text, bodies, after.end);
      }
    }
    const placedIn = new Set<string>();
    if (body) {
      end = body.end;
      placedIn.add(body.canonical);
    }
    // Bodies inside the role before the name ("Varnelco chief executive").
    for (const b of bodies) if (b.start >= start && b.end <= m.start) placedIn.add(b.canonical);
    const offices = officesOf(roles.filter((r) => !PAST.test(r)));
    if (offices.length === 0 && placedIn.size === 0) continue;
    out.push({ start, end, text: text.slice(start, end), person: m.canonical, offices, bodies: [...placedIn].sort() });
  }
  return out;
}

/** "lawyer for Mr.", "envoy to": the role ends in a connector (an honorific aside), so it is held for someone else. */
function ownedByAnother(role: string): boolean {
  const words = role.split(/\s+/);
  while (words.length > 0 && isHonorific(words[words.length - 1]!)) words.pop();
  return /^(?:for|of|to|and|the)$/i.test(words[words.length - 1] ?? '');
}

/** "The energy minister, Danish Chaudhry": a role set off by a comma before the name. */
function roleBeforeComma(text: string, nameStart: number): RoleMatch | undefined {
  if (!/^,\s$/.test(text.slice(nameStart - 2, nameStart))) return undefined;
  const role = matchTitleBefore(text, nameStart - 2);
  return role && isTitleWord(role.text.split(/\s+/).pop() ?? '') ? role : undefined;
}

/**
 * The role in apposition after a name (", a professor of economics", ", Varnelco’s chief executive"), only when
 * it is the name's description: its words lead to the office without a verb or a second noun phrase in between
 * (", told reporters", ", a gesture the leader reserves for …").
 */
function roleAfter(text: string, nameEnd: number): RoleMatch | undefined {
  const role = matchRoleAfter(text, nameEnd);
  if (!role) return undefined;
  const words = role.text.split(/\s+/);
  const office = words.findIndex((w) => isTitleWord(w) && !isHonorific(w));
  if (office < 0) return undefined;
  const lead = words.slice(0, office);
  // At most two plain modifiers ("a telecoms analyst", "a sports economist"); no article or relative word among them.
  const plain = lead.filter((w) => /^\p{Ll}+$/u.test(w) && !isRoleQualifier(w) && !isDemonym(w));
  if (plain.length > 2 || lead.some((w) => /^(?:a|an|the|who|which|that|whose)$/i.test(w))) return undefined;
  // A verb opens a clause, not a description ("told reporters", "speaking to reporters").
  const first = words[0] ?? '';
  if (/^\p{Ll}+(?:ed|ing)$/u.test(first) || speechVerbOf(first.toLowerCase())) return undefined;
  return role;
}

/** The organisation mention that follows `offset` after "at", "of", "with" (and an optional "the"). */
function bodyAt(text: string, bodies: readonly EntityMention[], offset: number): EntityMention | undefined {
  for (const b of bodies) {
    if (b.start < offset || b.start > offset + 12) continue;
    if (AFFILIATION_LINK.test(text.slice(offset, b.start))) return b;
  }
  return undefined;
}

/** The offices a role names, one word per office ("spokeswoman" and "spokesperson" are one), commentators as one. */
function officesOf(roles: readonly string[]): string[] {
  const offices = new Set<string>();
  for (const role of roles) {
    for (const raw of role.split(/\s+/)) {
      if (isHonorific(raw)) continue;
      const w = raw.replace(/[’']s$/i, '').replace(/[^\p{L}-]/gu, '').toLowerCase();
      const singular = w.endsWith('s') && isTitleWord(w.slice(0, -1)) ? w.slice(0, -1) : w;
      if (!isTitleWord(singular) || GENERIC_HEADS.has(singular)) continue;
      offices.add(FAMILY_OF.get(singular) ?? roleVariants(singular)[0]!);
    }
  }
  return [...offices].sort();
}
