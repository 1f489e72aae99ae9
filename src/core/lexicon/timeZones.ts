// Time zones as written after a clock time. Plain data, shared by the figure reader (a clock reading is no figure)
// and the entity reader (a zone after a clock reading is no name).

/** Time zones written after a clock time: "11:47 GMT", "2140 GMT". */
export const TIME_ZONES: ReadonlySet<string> = new Set(
  'gmt utc ist est edt cst cdt pst pdt bst cet cest msk jst wib eat wat sast'.split(' '),
);

/**
 * Short North American zones ("6 a.m. ET", "9 p.m. PT"): zones only right after a clock time, since "pt" and "ct"
 * are also abbreviations of points and carats after a bare number.
 */
export const SHORT_TIME_ZONES: ReadonlySet<string> = new Set(['et', 'ct', 'mt', 'pt']);
