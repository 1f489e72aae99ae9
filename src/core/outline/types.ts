// Plain data shared by the outline builders: places in files, as file + [start, end) offsets.
// The editor adapter turns these into URIs and ranges; nothing here knows about the editor.

export interface OutlineLocation {
  file: string;
  start: number;
  end: number;
}

/** A place in a source with the sentence around it; built by the shared lookup (`CorpusLookup.place`). */
export type { SourcePlace } from '../query';
