// The shared pure query layer over a corpus analysis: the cached lookup, what is at an offset,
// sentences around places, and offsets to line/character positions.

export { corpusLookup, membersOf, type CorpusLookup, type MemberRef, type SourcePlace } from './corpusLookup';
export { itemsAt, innermostItemsAt, membersAt, innermostMembersAt, contains, type ItemAt, type ItemKind, type InnermostItems } from './itemsAt';
export { sentenceAt, sentenceRange } from './sentences';
export { positionAt, type LineCharacter } from './positions';
