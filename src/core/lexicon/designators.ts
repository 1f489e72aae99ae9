// Words that label a thing by its number ("flight 370", "Line 4", "Room B2", "No. RSD-1"): the number or code
// after them names something, it does not count anything and is not a name of its own.

import { SCALE_WORDS } from './numberWords';

/** Lower-case words after which a number is a label, not a count. Safe to apply to running text. */
const DESIGNATOR_WORDS = new Set([
  'no', 'nos', 'number', 'flight', 'flights', 'seat', 'runway', 'account', 'ac', 'a/c', 'acct', 'iban', 'phone',
  'tel', 'telephone', 'mobile', 'fax', 'ext', 'room', 'gate', 'platform', 'route', 'highway', 'page', 'pages',
  'chapter', 'section', 'article', 'clause', 'paragraph', 'resolution', 'rule', 'bus', 'train', 'line',
  'version', 'episode', 'season', 'vol', 'volume', 'issue', 'code', 'pin', 'id', 'ward', 'sector', 'plot',
  'block', 'unit', 'suite', 'apartment', 'apt', 'floor', 'level', 'grade', 'class', 'category', 'tier',
  'vipps', 'swift', 'routing', 'sort', 'postcode', 'zip', 'box', 'ref', 'reference', 'ticket', 'order',
  'item', 'exhibit', 'annex', 'schedule', 'table', 'figure', 'fig', 'step', 'stage', 'phase', 'mark', 'mk',
  'model', 'type', 'serial', 'lot', 'batch', 'pier', 'terminal', 'hangar', 'bay', 'dock', 'lane', 'street',
]);

/**
 * Parts of a site or a building that a capitalised label numbers ("Reactor 5", "Furnace 2", "Wing B"). Too
 * common as ordinary words ("a well 100 metres deep") to stop a figure after them in lower case.
 */
const NUMBERED_PARTS = new Set(
  'units building reactor track tower hall pump well shaft furnace kiln plant pad exit zone berth flat wing row group form case file'.split(' '),
);

/** A lower-case word after which a number is a label: "flight 370", "No. 10", "account 5573". */
export function isDesignatorWord(lower: string): boolean {
  return DESIGNATOR_WORDS.has(lower);
}

/** A word (any case, a final dot allowed) that labels a numbered thing: "Line", "Room", "Reactor", "No.". */
export function isNumberedThing(word: string): boolean {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return DESIGNATOR_WORDS.has(lower) || NUMBERED_PARTS.has(lower);
}

/** What a numbered meeting is ("COP30 climate summit", "G20 leaders talks"): an optional kind, then the meeting. */
const MEETING_KINDS = ['climate', 'annual', 'leaders', 'ministerial', 'peace', 'trade', 'nuclear', 'security'];
const MEETING_NOUNS = ['summit', 'conference', 'talks', 'negotiations', 'meeting'];

/** A meeting noun right after a code, past an optional kind: the code names a meeting, not money ("COP30 climate summit"). */
export const MEETING_AFTER = new RegExp(`^[ \\u00A0]+(?:(?:${MEETING_KINDS.join('|')})[ \\u00A0]+)?(?:${MEETING_NOUNS.join('|')})\\b`);

/** A lower-case word that may follow a numbered meeting's code (its kind or the meeting noun). */
function isMeetingWord(lower: string): boolean {
  return MEETING_KINDS.includes(lower) || MEETING_NOUNS.includes(lower);
}

/**
 * Whether a code glued to a number ("COP30", "USD30") labels a numbered thing rather than an amount of a currency:
 * a meeting word follows ("COP30 climate summit"), or a bare one- or two-digit number with no scale after it ("at
 * COP31 in November"; amounts glued to a code carry a scale: "USD30bn", "EUR50 million"). `wordAfter` is the
 * lower-case word after the number.
 */
export function codeLabelsNumberedThing(digits: string, wordAfter: string | undefined): boolean {
  const after = wordAfter ?? '';
  return (/^\d{1,3}$/.test(digits) && isMeetingWord(after)) || (/^\d{1,2}$/.test(digits) && !SCALE_WORDS.has(after));
}
