// Cross-source identity claims: where sources disagree on who a person is. One calls a man the palace
// spokesman, another the president's chief of staff; one places an analyst at the Marova Institute, another at
// Varnelco. Those differences are what a reader checking a source wants to see; sources that merely word one
// office differently ("spokesman", "spokesperson") are left alone.

import { identityStatements, type IdentityStatement } from '../claims/identities';
import { initialsOf } from '../entities/canonical';
import type { CrossSourceGroup, DocumentAnalysis } from '../types';

export function linkIdentities(documents: readonly DocumentAnalysis[]): CrossSourceGroup[] {
  // Per person, per file: the fullest description the file gives.
  const byPerson = new Map<string, Map<string, IdentityStatement>>();
  for (const doc of documents) {
    for (const s of identityStatements(doc.text, doc.entities)) {
      let files = byPerson.get(s.person);
      if (!files) byPerson.set(s.person, (files = new Map()));
      const held = files.get(doc.file);
      if (!held || weight(s) > weight(held)) files.set(doc.file, s);
    }
  }
  const groups: CrossSourceGroup[] = [];
  for (const [person, files] of byPerson) {
    const statements = [...files.entries()];
    if (statements.length < 2 || !disputed(statements.map(([, s]) => s))) continue;
    groups.push({
      id: `identity-${groups.length + 1}`,
      kind: 'claim',
      relation: 'variant',
      note: `${statements.length} sources describe ${person} differently: ${descriptions(statements.map(([, s]) => s))}`,
      members: statements.map(([file, s]) => ({ file, start: s.start, end: s.end, text: s.text })),
      identityOf: person,
    });
  }
  return groups;
}

const weight = (s: IdentityStatement) => s.offices.length + s.bodies.length;

const disjoint = (a: readonly string[], b: readonly string[]) => a.length > 0 && b.length > 0 && !a.some((x) => b.includes(x));

/** Two sources name different offices ("spokesman" against "chief of staff") or place the person in different bodies. */
function disputed(statements: readonly IdentityStatement[]): boolean {
  for (let i = 0; i < statements.length; i++) {
    for (let j = i + 1; j < statements.length; j++) {
      const a = statements[i]!;
      const b = statements[j]!;
      if (disjoint(a.offices, b.offices) || (a.bodies.length > 0 && b.bodies.length > 0 && !a.bodies.some((x) => b.bodies.some((y) => sameBody(x, y))))) return true;
    }
  }
  return false;
}

/** Words of a body's name that do not tell one body from another. */
const BODY_WORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'at', '&']);

/**
 * Two names that may be one body: they share a word that is not a connector ("Marova Institute", "Institute of
 * Marova Studies"), or one is the other's initials ("MIS"). Canonical names differ for one body more often than
 * two bodies share a word.
 */
function sameBody(a: string, b: string): boolean {
  const words = (s: string) => s.toLowerCase().replace(/[’']s\b/g, '').split(/[^\p{L}\d]+/u).filter((w) => w.length > 1 && !BODY_WORDS.has(w));
  const wa = words(a);
  const wb = words(b);
  if (wa.some((w) => wb.includes(w))) return true;
  const capitals = (s: string) => s.replace(/[^\p{Lu}]/gu, '');
  return (capitals(a).length >= 2 && initialsOf(b).includes(capitals(a))) || (capitals(b).length >= 2 && initialsOf(a).includes(capitals(b)));
}

/** The distinct descriptions, each once: "Palace spokesman Ivan Sorokin · chief of staff Ivan Sorokin". */
function descriptions(statements: readonly IdentityStatement[]): string {
  const seen = new Set<string>();
  for (const s of statements) seen.add(s.text.replace(/\s+/g, ' '));
  return [...seen].map((t) => (t.length > 70 ? `${t.slice(0, 69)}…` : t)).join(' · ');
}
