// Plain data shared by the outline builders: places in files, as file + [start, end) offsets.
// The editor adapter turns these into URIs and ranges; nothing here knows about the editor.

export interface OutlineLocation {
  file: string;
  start: number;
  end: number;
}

/** A place in a source together with the sentence around it (what a reader sees in a list). */
export interface SourcePlace extends OutlineLocation {
  /** The text at the place (a figure, a quote, a claim). */
  text: string;
  /** The sentence(s) around the place, on one line. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
}
