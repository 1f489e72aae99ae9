// The scanner's intermediate result: a figure as token indices, before qualifiers and `about`.

import type { FigureKind, FigureValue } from '../types';

export interface Candidate {
  /** Token indices, inclusive. */
  first: number;
  last: number;
  kind: FigureKind;
  value: FigureValue;
  unit: string;
  /** Money whose currency the text did not state ("billions"): filled with the document's dominant currency. */
  currencyUnknown?: boolean;
}
