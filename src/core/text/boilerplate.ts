// Page furniture that scrapers carry along with an article: donation appeals, payment details,
// share/follow lines, comment counters, "Also Read" teasers, bylines. None of it is reporting,
// so no figures, claims or links may come from it.

/**
 * Payment details give the number or handle: "Bank AC # 0412 7730915", "Vipps: #481902", "UPI ID: news@bank1". A
 * story about them is news: "change my bank account", "stolen account numbers and sort codes".
 */
const PAYMENT_DETAILS =
  /\b(?:bank\s+(?:ac|a\/c|account)|account (?:no|number|for international payments)|iban|swift code|sort code|routing number|paypal|vipps|upi id)\b\.?\s*[:#-]?\s*(?:no\.?\s*)?[:#]?\s*[\p{Lu}\d][\p{Lu}\d@.\/-]*\d/iu;

/** A paragraph matching one of these is boilerplate on its own, whatever its length. */
const BOILERPLATE_LINE_PATTERNS: RegExp[] = [
  /^comments? (are|is) closed\.?$/i,
  /^\d{1,6}\s*(comments?|shares?|views?|reactions?)?$/i,
  /^(also read|read also|read more|see also|more from|recommended for you)\b/i,
  /^(photo|image|file photo|picture|video)( credit)?\s*:/i,
  /\b(donate (here|now|today)|make a donation|your donation|every contribution|consider supporting us|support our journalism|powers our journalism)\b/i,
  PAYMENT_DETAILS,
  /\b(all rights reserved|copyright ©)/i,
  /^advertisement$/i,
  /^(?:sign up|subscribe)\b.*\b(?:newsletter|inbox|alerts?)\b/i,
  /\bdelivered (?:straight |directly )?to your inbox\b/i,
  /^\d{1,3}\s*-?\s*(?:min|mins|minutes?)\s+read$/i,
  /^(?:tags|topics|filed under|categories|keywords|related topics)\s*:/i,
  // Agency credits, captions and reading prompts: "(With inputs from PTI)", "(Photo: Reuters)", "Story continues below this ad".
  /^\(?\s*with inputs from\b[^.]{0,60}\)?\.?$/i,
  /^\(?\s*(?:photo|image|picture|video|file photo|representational (?:image|photo|picture))\s*(?::[^)]{0,60})?\)?$/i,
  /^(?:story continues below|continue reading|read (?:the )?full (?:article|story)|click here to|download (?:the|our) app|disclaimer\s*:|also watch\s*:)/i,
  // Breadcrumbs: "Home › News › World › Health".
  /^[^.!?›»]{1,40}(?:\s[›»>]\s[^.!?›»>]{1,40}){2,}$/,
  // "Home / World / Live updates": a breadcrumb opened by the site's home.
  /^home\s*[\/|›»>]\s*\S/i,
  // "Follow Rashtra TV for all the live updates.", "Watch: PM hugs visitor at airport | VIDEO".
  /^follow\b.{0,40}\bfor (?:all )?(?:the )?(?:latest|live)\b/i,
  /^(?:watch|video|listen|photos|gallery)\s*:/i,
  // Share and follow bars: "Share on WhatsApp | Facebook | X", "Follow us on Google News and Telegram for updates."
  /^(?:share|follow|connect with us|find us)\b.{0,60}\b(?:facebook|twitter|whatsapp|telegram|linkedin|instagram|youtube|threads|bluesky|google news|email)\b/i,
  /\b(?:support (?:independent|quality|free|our) journalism|contribute as little as|help us keep (?:our )?(?:reporting|journalism) free)\b/i,
  /^(?:editor[’']?s picks|trending( now)?|most read|most popular|top stories|you may also like|more stories|related (?:stories|articles|news)|latest news|more on this)\b/i,
];

/** Words that credit the people behind an article: "Edited by:", "Reporting by", "Additional reporting by". */
export const CREDIT_WORDS = String.raw`(?:(?:additional\s+)?reporting|editing|edited|written|reported|compiled|produced|translated|writing)\s+by\s*:?`;

/** "Edited by: X", the wire's "(Reporting by X; Editing by Y)", or "By" before a name of two words or more. */
const CREDIT_LINE = new RegExp(String.raw`^[ \t]*\(?[ \t]*(?:${CREDIT_WORDS}\s+(?=\p{Lu})|by\s+(?=\p{Lu}[\p{L}.’'-]*\s+\p{Lu}))`, 'iu');

/**
 * For a byline or credit line — "By Helen Marsh, Diplomatic Correspondent", "By Priya Nair | December 6, 2025",
 * "Edited by: Darko Ilic" — the length of its opening words, where the names start. Undefined for any other
 * line, including running text that opens with "By" ("By Monday, the talks had stalled.").
 */
export function creditLead(line: string): number | undefined {
  if (line.length > 120 || /[.!?]["”]?\s*$/.test(line)) return undefined;
  return CREDIT_LINE.exec(line)?.[0].length;
}

/** Only a short label-like line (no sentence punctuation) matching one of these is boilerplate. */
const SHORT_LABEL_PATTERNS: RegExp[] = [
  /^(share|share this|follow us|follow|subscribe|sign up|like us|tweet|email|print|support|donate|related|watch|listen|advertisement)\b/i,
  /\b(leave a comment|post a comment|add a comment|click here|download (our|the) app|newsletter)\b/i,
];

export function isBoilerplateLine(line: string): boolean {
  const t = line.trim();
  if (t.length === 0) return false;
  if (BOILERPLATE_LINE_PATTERNS.some((re) => re.test(t)) || creditLead(t) !== undefined) return true;
  return isShortLabel(t) && SHORT_LABEL_PATTERNS.some((re) => re.test(t));
}

/** Donation/payment/comment blocks at the end of a page: once one starts, the rest of the page is furniture. */
const TAIL_START_PATTERNS: RegExp[] = [
  /\b(donate (here|now|today)|make a donation|every contribution|consider supporting us|support our journalism)\b/i,
  /\b(?:support (?:independent|quality|free) journalism|contribute as little as)\b/i,
  /\b(?:please consider (?:a contribution|contributing|a donation|supporting)|if you value (?:our|this|independent)\b[^.]{0,40}\b(?:journalism|reporting|work)|is reader-supported)\b/i,
  /^comments? (are|is) closed\.?$/i,
  PAYMENT_DETAILS,
];

export function startsBoilerplateTail(line: string): boolean {
  const t = line.trim();
  return TAIL_START_PATTERNS.some((re) => re.test(t));
}

/** A short line with no sentence punctuation: a caption, a section label or a site link ("Our ... Website"). */
export function isShortLabel(line: string): boolean {
  const t = line.trim();
  if (!t) return true;
  if (/[.!?:”"]$/.test(t)) return false;
  return t.split(/\s+/).length <= 6;
}
