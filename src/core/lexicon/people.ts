// Words that count people: nouns for people ("14 injuries", "17 people", "eleven lives") and the states a
// count of people is in ("34 missing", "19 dead"). Figures use them to read a bare count's unit, links to
// compare counts of people whatever word counts them.

/** States said of a number of people: "34 are missing", "19 dead", "12 were hospitalised". */
const PEOPLE_STATES = new Set(
  `missing dead injured wounded hurt killed displaced evacuated homeless trapped stranded rescued hospitalised
   hospitalized unaccounted arrested detained slain murdered drowned kidnapped abducted sickened jailed`.split(/\s+/),
);

/** Nouns whose count is a number of people. */
const PEOPLE_NOUNS = new Set(
  `people person persons individual individuals worker workers employee employees passenger passengers resident residents
   civilian civilians victim victims casualty casualties injury injuries death deaths lives fatalities survivors evacuees
   refugees migrants inhabitants citizens volunteers members children adults students patients staff staffers personnel
   troops soldiers protesters demonstrators voters men women boys girls miners farmers doctors nurses teachers pilots
   drivers labourers laborers dockworkers wharfies crew crews delegates pilgrims tourists visitors fans spectators
   customers users subscribers consumers clients shoppers claimants plaintiffs applicants recruits others officials
   ministers executives diplomats lawmakers legislators journalists envoys supporters marchers participants attendees mourners
   attackers assailants suspects hostages prisoners inmates detainees firefighters rescuers officers inspectors players
   athletes defendants co-defendants jurors witnesses judges lawyers attorneys convicts offenders perpetrators nationals`.split(/\s+/),
);

/** A singular noun for one person, whose plural counts people: "a student", "a Valdorian national", "a nurse". */
export function isOnePersonNoun(lowerWord: string): boolean {
  return !/s$/.test(lowerWord) && PEOPLE_NOUNS.has(`${lowerWord}s`);
}

/** Compounds of "men", "women" or "people" count people too: "four gunmen", "200 firemen", "townspeople". */
const PEOPLE_COMPOUND = /^[a-z]{3,}(?:men|women|people)$/;
/** Words that end so without being people. */
const NOT_PEOPLE_COMPOUNDS = new Set(['specimen', 'regimen', 'abdomen', 'acumen', 'bitumen', 'semen', 'hymen', 'stamen', 'albumen', 'cerumen']);

export function isPeopleState(lowerWord: string): boolean {
  return PEOPLE_STATES.has(lowerWord);
}

/** Plurals of "-ist", the practitioners of a trade or a creed: "machinists", "scientists", "unionists" ("lists" is no trade). */
const PEOPLE_BY_TRADE = /^[a-z]{4,}ists$/;

/** A unit that counts people: a noun for people or a state of people. */
export function countsPeople(lowerWord: string): boolean {
  return PEOPLE_NOUNS.has(lowerWord) || PEOPLE_STATES.has(lowerWord) || (PEOPLE_COMPOUND.test(lowerWord) && !NOT_PEOPLE_COMPOUNDS.has(lowerWord)) ||
    PEOPLE_BY_TRADE.test(lowerWord);
}

/** Nouns that describe a person or group who can speak ("a senior official", "analysts", "dealers"). Singular and plural. */
export const DESCRIPTOR_NOUNS: ReadonlySet<string> = new Set(
  `official officials spokesman spokesmen spokeswoman spokeswomen spokesperson spokespeople analyst analysts expert experts
  diplomat diplomats minister ministers professor professors economist economists source sources observer observers
  critic critics researcher researchers scholar scholars fellow fellows director directors adviser advisers advisor advisors
  aide aides ambassador ambassadors envoy envoys lawmaker lawmakers legislator legislators senator senators executive executives
  chief chiefs head heads leader leaders president presidents chairman chairwoman chairperson secretary secretaries
  officer officers commander commanders general generals negotiator negotiators strategist strategists consultant consultants
  specialist specialists academic academics lawyer lawyers attorney attorneys prosecutor prosecutors judge judges witness witnesses
  advocate advocates counsel barrister barristers solicitor solicitors magistrate magistrates justice
  eyewitness eyewitnesses bystander bystanders onlooker onlookers
  resident residents activist activists campaigner campaigners trader traders investor investors banker bankers insider insiders
  person people representative representatives member members statement report reports release communique communiqué post tweet site website
  spokesperson governor governors mayor mayors premier chancellor representative delegate delegates bureaucrat bureaucrats
  correspondent correspondents journalist journalists editor editors author authors manager managers founder founders ceo ceos
  authorities authority government governments ministry agency company firm group think-tank tank organisation organization alliance coalition
  worker workers employee employees engineer engineers technician technicians operator operators supervisor supervisors
  miner miners farmer farmers doctor doctors nurse nurses teacher teachers student students driver drivers pilot pilots
  passenger passengers survivor survivors victim victims relative relatives neighbour neighbours neighbor neighbors
  villager villagers shopkeeper shopkeepers protester protesters protestor protestors demonstrator demonstrators
  soldier soldiers veteran veterans voter voters customer customers citizen citizens colleague colleagues friend friends
  man men woman women father mother son daughter wife husband brother sister owner owners landlord tenant tenants
  captain coach player players fan fans candidate candidates staffer staffers insider insiders organiser organisers organizer organizers
  federation association union council commission committee board bureau office department club league regulator court
  trust institute foundation embassy embassies consulate tribunal watchdog
  bank banks lender lenders insurer insurers carmaker carmakers automaker automakers airline airlines manufacturer manufacturers
  producer producers retailer retailers refiner refiners exporter exporters importer importers
  dealer dealers broker brokers merchant merchants rescuer rescuers firefighter firefighters medic medics paramedic paramedics
  commuter commuters motorist motorists consumer consumers shopper shoppers
  forward forwards striker strikers midfielder midfielders defender defenders goalkeeper goalkeepers winger wingers
  batter batters bowler bowlers batsman batsmen athlete athletes sprinter sprinters runner runners
  police investigator investigators detective detectives scientist scientists army military navy
  astronaut astronauts cosmonaut cosmonauts
  sign signs banner banners placard placards poster posters`.split(/\s+/),
);

/** Plural nouns for the trades that speak as a group ("Exporters said", "Growers warned"). */
const TRADE_GROUPS = new Set('exporters importers manufacturers producers growers suppliers retailers wholesalers'.split(' '));

/** A plural noun for people: "Dealers", "Residents", "Workers" opening a sentence name no one. */
export function isPeopleGroupNoun(lowerWord: string): boolean {
  return /s$/.test(lowerWord) && (DESCRIPTOR_NOUNS.has(lowerWord) || PEOPLE_NOUNS.has(lowerWord) || TRADE_GROUPS.has(lowerWord));
}

/**
 * Places whose names are also common given names: "Sofia Marchetti" and "Florence Okafor" are people, where
 * "Sofia Airport" is a place's (the word after the place decides). Not the cities that name clubs and teams, nor
 * countries, whose names lead so many bodies'.
 */
const PLACE_GIVEN_NAMES = new Set(
  `Sofia Florence Victoria Savannah Charlotte Madison Regina Lourdes Carmen Alexandria Eugene Beverly Aurora Marion
   Virginia Carolina`.split(/\s+/),
);

export function isPlaceGivenName(word: string): boolean {
  return PLACE_GIVEN_NAMES.has(word);
}
