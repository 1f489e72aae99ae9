// Small closed word lists the speaker finder needs. General English; no story-specific names.
// Titles before names come from ../lexicon/titles; these are the quote finder's own lists.

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Nouns that describe a person or group who can speak: shared with the entity extractor, in the people lexicon. */
export { DESCRIPTOR_NOUNS } from '../lexicon/people';

/** Descriptor heads that name a commentator; "the analyst" with no described antecedent is the last named commentator. */
export const COMMENTATOR_NOUNS = set(`
  analyst expert professor economist researcher scholar fellow strategist academic specialist observer commentator
`);

/**
 * Nouns for a written statement, which speaks for whoever issued it ("the statement said", "a release from X",
 * "the post on social media said").
 */
export const STATEMENT_NOUNS = set('statement release communique communiqué post tweet');

/** Verbs of putting a statement out ("issued a statement", "posted a notice"); "put out" too, as two words. */
export const ISSUING_VERBS = set('issued released published posted sent');

/**
 * Verbs whose subject can only be someone speaking ("said", "told", "issued" a statement), unlike "say" or "suggest"
 * ("Projections say", "Polling suggests").
 */
export const SPEAKER_ONLY_VERBS: ReadonlySet<string> = new Set([...ISSUING_VERBS, ...set('said told added stated wrote tweeted')]);

/** Verbs of saying something in a statement ("said in a statement", "warned in its release"). */
export const STATING_VERBS = set('said says added announced stated confirmed warned communicated');

/** Words ending an organisation name ("... Ministry of External Affairs", "... Research Initiative"). */
export const ORGANIZATION_WORDS = set(`
  ministry department office agency bureau council commission committee board authority administration government
  parliament assembly congress senate court bank fund foundation institute institution initiative centre center university
  college school academy association federation union league party organisation organization corporation corp company
  co inc ltd plc group holdings partners forum network service services trust society alliance coalition army navy force
  forces police kremlin cabinet secretariat embassy mission observatory programme program project tribunal exchange
`);

export const PERSONAL_PRONOUNS = set('he she they it we i');
export const POSSESSIVE_DETERMINERS = set('his her their its our my your');
export const DETERMINERS = set('a an one the this that these those both several many some other two three four few');

/** Lower-case words that end a subject noun phrase when walking backwards from its verb. */
export const NP_BREAKERS = set(`
  with by of in on at for from to into onto over under about above below between among through during before after
  since until while as per via against within without toward towards upon across along around beyond than
  when where whereas whether if although though because but or nor so yet then that which who whom whose what how why
  is are was were be been being am has have had do does did will would shall should can could may might must
  not no also even still just only already now recently later again further there here it its
`);

/** Auxiliaries and adverbs allowed between a subject and its speech verb ("Valdoria proudly highlights"). */
export const VERB_MODIFIERS = set(`
  has have had was were is are will would could should may might also later then again previously repeatedly
  reportedly privately publicly openly recently earlier further once still not never just already often frequently
  proudly firmly flatly bluntly openly simply clearly separately jointly initially last this week afterwards afterward
`);

