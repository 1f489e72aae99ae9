// Datelines and date lines: where and when a report was filed — "SANTA CLARA, Calif. —", "LONDON (Reuters) -",
// "MARENZA, May 6 (Newswire) -", "Published: March 17, 2026". Sentences, entities and figure links each ask about
// them; their shapes live here, in one place.

/** A dateline from the start of its line up to the dash: "SANTA CLARA, Calif. ", "LONDON (Reuters) ", "BRUSSELS, Nov 12 (Global Wire) ". */
const DATELINE_BEFORE_DASH = /(?:^|\n)[ \t]*\p{Lu}[\p{Lu} .'’-]+(?:,[^\n—–]{1,40})?(?:\([^)\n]{1,30}\))?[ \t]*$/u;

/** Whether the dash at `dashAt` closes a dateline, so the story's first sentence starts after it. */
export function dashEndsDateline(text: string, dashAt: number): boolean {
  return /[—–-]/.test(text[dashAt] ?? '') && DATELINE_BEFORE_DASH.test(text.slice(Math.max(0, dashAt - 60), dashAt));
}

/** Whether text[start, end) is the agency a dateline credits ("LONDON (Reuters) —"): who filed the report, not an actor in it. */
export function creditsDateline(text: string, start: number, end: number): boolean {
  const close = /^\)[ \t]*/.exec(text.slice(end, end + 8));
  return text[start - 1] === '(' && close !== null && dashEndsDateline(text, end + close[0].length);
}

/** ", May 6" after a place: a month and a day. */
const MONTH_DAY_AFTER_COMMA = /^,[ \u00A0]*(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \u00A0]+\d/;

/** Whether the word text[start, end) opens its line and a month and day follow it: "MARENZA, May 6 (Newswire) -". */
export function opensDatedDateline(text: string, start: number, end: number): boolean {
  return MONTH_DAY_AFTER_COMMA.test(text.slice(end, end + 16)) && /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 4), start));
}

/** A capitalised place and a comma from the start of the line: "KUALA LUMPUR, " before "Nov 7 -". */
const PLACE_AND_COMMA = /^[\p{Lu}][\p{Lu}\p{M} .’'-]{1,40},\s*$/u;
/** The label of a line that says when a page was published or updated: "Published:", "Last updated on". */
const PUBLICATION_LABEL = String.raw`(?:first |last )?(?:published|updated|posted|dated)(?: on)?`;
const OPENS_WITH_PUBLICATION_LABEL = new RegExp(String.raw`^\s*${PUBLICATION_LABEL}\b`, 'i');
/** What may stand before a date alone on its line: a label and a weekday. */
const DATE_LINE_BEFORE = new RegExp(String.raw`^\s*(?:${PUBLICATION_LABEL}\s*:?\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?$`, 'i');

/** Whether a line opens with the label of a publication time: "Updated: 10:15 IST", "Published on …". */
export function opensWithPublicationLabel(line: string): boolean {
  return OPENS_WITH_PUBLICATION_LABEL.test(line);
}
/** And after it: a time of day and separators. */
const DATE_LINE_AFTER = /^[\s,|·•–—-]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?|[A-Z]{2,4})?)?[\s|·•]*$/i;

/**
 * Whether the date text[start, end) is that of a dateline or a date line ("KUALA LUMPUR, Nov 7 -", "Wednesday
 * 15 April 2026", "Published: March 17, 2026"): it dates the report, not anything the report tells.
 */
export function datesReport(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (PLACE_AND_COMMA.test(before)) return true;
  const lineEnd = text.indexOf('\n', end);
  const after = text.slice(end, lineEnd < 0 ? text.length : lineEnd);
  return DATE_LINE_BEFORE.test(before) && DATE_LINE_AFTER.test(after);
}
