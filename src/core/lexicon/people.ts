// Words that count people: nouns for people ("14 injuries", "17 people", "eleven lives") and the states a
// count of people is in ("34 missing", "19 dead"). Figures use them to read a bare count's unit, links to
// compare counts of people whatever word counts them.

/** States said of a number of people: "34 are missing", "19 dead", "12 were hospitalised". */
const PEOPLE_STATES = new Set(
  `missing dead injured wounded hurt killed displaced evacuated homeless trapped stranded rescued hospitalised
   hospitalized unaccounted arrested detained`.split(/\s+/),
);

/** Nouns whose count is a number of people. */
const PEOPLE_NOUNS = new Set(
  `people person persons individual individuals worker workers employee employees passenger passengers resident residents
   civilian civilians victim victims casualty casualties injury injuries death deaths lives fatalities survivors evacuees
   refugees migrants inhabitants citizens volunteers members children adults students patients staff staffers personnel
   troops soldiers protesters demonstrators voters men women boys girls miners farmers doctors nurses teachers pilots
   drivers labourers laborers dockworkers wharfies crew crews delegates pilgrims tourists visitors fans spectators`.split(/\s+/),
);

export function isPeopleState(lowerWord: string): boolean {
  return PEOPLE_STATES.has(lowerWord);
}

/** A unit that counts people: a noun for people or a state of people. */
export function countsPeople(lowerWord: string): boolean {
  return PEOPLE_NOUNS.has(lowerWord) || PEOPLE_STATES.has(lowerWord);
}

/** Plural nouns for groups of people who speak in the news ("Dealers said", "Residents fled"): never a name. */
const SPEAKING_GROUPS = new Set(
  `dealers traders brokers analysts economists investors bankers officials experts critics activists campaigners witnesses
   observers diplomats lawmakers legislators residents villagers locals relatives neighbours neighbors rescuers firefighters
   medics paramedics police prosecutors lawyers executives managers owners shopkeepers merchants traders exporters importers
   manufacturers producers growers suppliers retailers wholesalers consumers shoppers commuters motorists`.split(/\s+/),
);

/** A plural noun for people: "Dealers", "Residents", "Workers" opening a sentence name no one. */
export function isPeopleGroupNoun(lowerWord: string): boolean {
  return SPEAKING_GROUPS.has(lowerWord) || (PEOPLE_NOUNS.has(lowerWord) && /s$/.test(lowerWord));
}
