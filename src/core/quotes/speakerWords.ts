// Small closed word lists the speaker finder needs. General English; no story-specific names.
// Titles before names come from ../lexicon/titles; these are the quote finder's own lists.

function set(words: string): Set<string> {
  return new Set(words.split(/\s+/).filter(Boolean));
}

/** Nouns that describe a person or group who can speak ("a senior official", "analysts"). Singular and plural. */
export const DESCRIPTOR_NOUNS = set(`
  official officials spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople analyst analysts expert experts
  diplomat diplomats minister ministers professor professors economist economists source sources observer observers
  critic critics researcher researchers scholar scholars fellow fellows director directors adviser advisers advisor advisors
  aide aides ambassador ambassadors envoy envoys lawmaker lawmakers legislator legislators senator senators executive executives
  chief chiefs head heads leader leaders president presidents chairman chairwoman chairperson secretary secretaries
  officer officers commander commanders general generals negotiator negotiators strategist strategists consultant consultants
  specialist specialists academic academics lawyer lawyers attorney attorneys prosecutor prosecutors judge judges witness witnesses
  advocate advocates counsel barrister barristers solicitor solicitors magistrate magistrates justice
  resident residents activist activists campaigner campaigners trader traders investor investors banker bankers insider insiders
  person people representative representatives member members statement report reports
  spokesperson governor governors mayor mayors premier chancellor representative delegate delegates bureaucrat bureaucrats
  correspondent correspondents journalist journalists editor editors author authors manager managers founder founders ceo ceos
  authorities authority government governments ministry agency company firm group think-tank tank
  worker workers employee employees engineer engineers technician technicians operator operators supervisor supervisors
  miner miners farmer farmers doctor doctors nurse nurses teacher teachers student students driver drivers pilot pilots
  passenger passengers survivor survivors victim victims relative relatives neighbour neighbours neighbor neighbors
  villager villagers shopkeeper shopkeepers protester protesters protestor protestors demonstrator demonstrators
  soldier soldiers veteran veterans voter voters customer customers citizen citizens colleague colleagues friend friends
  man men woman women father mother son daughter wife husband brother sister owner owners landlord tenant tenants
  captain coach player players fan fans candidate candidates staffer staffers insider insiders organiser organisers organizer organizers
  federation association union council commission committee board bureau office department club league regulator court
  trust institute foundation
`);

/** Descriptor heads that name a commentator; "the analyst" with no described antecedent is the last named commentator. */
export const COMMENTATOR_NOUNS = set(`
  analyst expert professor economist researcher scholar fellow strategist academic specialist observer commentator
`);

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

/** Auxiliaries and adverbs allowed between a subject and its speech verb ("Russia proudly highlights"). */
export const VERB_MODIFIERS = set(`
  has have had was were is are will would could should may might also later then again previously repeatedly
  reportedly privately publicly openly recently earlier further once still not never just already often frequently
  proudly firmly flatly bluntly openly simply clearly separately jointly initially last this week
`);

