// The engine's data model. Every span is [start, end) in JavaScript string indices
// into the document text, and `text === documentText.slice(start, end)`.

export interface Span {
  start: number;
  end: number;
}

/** One article as the engine receives it. `file` is the caller's name for it (a relative path). */
export interface SourceDocument {
  file: string;
  text: string;
}

export interface Paragraph extends Span {
  /** True when the whole paragraph is page furniture (donation appeal, share line, counter...). */
  boilerplate: boolean;
}

export interface Sentence extends Span {
  /** Index into DocumentStructure.paragraphs. */
  paragraph: number;
  /** True when the sentence lies in boilerplate: no figures, claims or links come from it. */
  boilerplate: boolean;
  /** True for a heading-like line (no final punctuation, title case, short). */
  heading: boolean;
}

export interface DocumentStructure {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  /** Ranges of page boilerplate (merged, sorted). */
  boilerplate: Span[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'equipment' | 'event';

export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /** Same string for every mention of one thing across the whole corpus. */
  canonical: string;
  /** Title or role written next to a person mention ("Chilean President", "Palace spokesman"). */
  role?: string;
  /** The type is the extractor's fallback for a lone unknown word: it weighs little when mentions vote on a type. */
  guessed?: boolean;
  /** A lone company name acting in its own right ("Varnelco issued a statement"): never short for one of its models. */
  maker?: boolean;
}

export type FigureKind = 'money' | 'percent' | 'quantity' | 'date' | 'ratio';

/** A year, a [first, last] range, or null when the text gives no number ("billions", "In October"). */
export type FigureValue = number | [number, number] | null;

export interface Figure extends Span {
  text: string;
  kind: FigureKind;
  value: FigureValue;
  /** USD, EUR, INR, RUB, %, pp, year, month, days, decades, units, people, ordinal, x ... */
  unit: string;
  /** Approximator or bound written with the figure: nearly, over, less than, about, up to... */
  qualifier?: string;
  /** What the figure measures, in words taken from its sentence ("bilateral trade", "US tariff on Chilean exports"). */
  about: string;
  /** Index into DocumentStructure.sentences. */
  sentence: number;
}

export type SpeakerKind = 'person' | 'organization' | 'description';

export interface Quote extends Span {
  /** Exactly the text between the quotation marks. */
  text: string;
  /** Canonical speaker name, or an unnamed speaker's description ("senior Chilean Foreign Ministry official"). */
  speaker: string;
  speakerKind: SpeakerKind;
  /** Span of the attribution that names the speaker (the "he said" or "said Jana K. Holm"), when there is one. */
  attribution?: Span;
  sentence: number;
}

export type ClaimKind = 'reported' | 'factual';

export interface Claim extends Span {
  text: string;
  kind: ClaimKind;
  /** Who the claim is attributed to, for reported speech. */
  speaker?: string;
  sentence: number;
}

export interface DocumentAnalysis {
  file: string;
  text: string;
  structure: DocumentStructure;
  entities: EntityMention[];
  figures: Figure[];
  quotes: Quote[];
  claims: Claim[];
}

export type GroupKind = 'figure' | 'quote' | 'claim';
export type GroupRelation = 'agree' | 'variant' | 'conflict';

export interface GroupMember extends Span {
  file: string;
  text: string;
  /** For figures: the value as written in this source, for a conflict's sides. */
  value?: FigureValue;
}

export interface CrossSourceGroup {
  id: string;
  kind: GroupKind;
  relation: GroupRelation;
  /** One line a reader can take in: what is shared, and for a conflict, both sides. */
  note: string;
  members: GroupMember[];
  /** For a claim group on who a person is (sources name different offices or bodies): the person's canonical name. */
  identityOf?: string;
}

export interface CorpusAnalysis {
  documents: DocumentAnalysis[];
  groups: CrossSourceGroup[];
}
