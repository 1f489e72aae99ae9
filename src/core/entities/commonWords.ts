// Ordinary English words that are often capitalised at the start of a sentence or in a title-case heading.
// A capitalised word from this list is only taken as (part of) a name when other evidence says so.

const COMMON = new Set(
  `a an the this that these those there here it its it's i we you he she they me us him her them my our your his their
   nobody somebody someone anyone anybody everyone everybody nothing something anything everything
   mine ours yours theirs who whom whose what which when where why how whatever whoever whenever wherever
   and or but nor so yet for if unless because although though while whereas since until till as than then
   once after before during despite in on at to from by with without within into onto upon about above below
   across against along amid amidst among amongst around behind beneath beside besides between beyond down
   inside near off out outside over past per plus through throughout toward towards under underneath unlike up
   via of not no yes all any both each either every few many more most much neither none other others several
   some such own same also even just only still too very already again almost always ever never often perhaps
   maybe indeed instead meanwhile moreover furthermore however nevertheless nonetheless otherwise therefore thus
   hence accordingly likewise similarly consequently additionally overall ultimately finally first second third
   firstly secondly lastly next last new old former latter earlier later now today tomorrow yesterday tonight
   recently currently previously initially eventually soon well like according given regarding including
   following ahead amid speaking asked asked talking writing reporting looking meeting seeing noting citing
   back home abroad away elsewhere nearby overseas together apart
   moment moments minute minutes hour hours days weeks months years decades nights mornings evenings
   is are was were be been being am do does did done have has had having can could may might must shall should
   will would let let's say says said tell told see seen get got make made take took go went come came give gave
   one two three four five six seven eight nine ten hundred thousand million billion trillion dozens dozen
   half quarter once twice key major minor main top big small large great high low long short full whole
   good bad best worst better worse more less least true false real free fair open close clear early late
   numbers number reports report media analysts experts officials observers critics sources source people
   countries country nations nation leaders leader government governments state states officials world
   agenda defence defense trade energy economy economic geopolitics geopolitical strategic strategy partnership
   partnerships relations relationship ties security policy politics political power powers market markets
   test message shadow visit visits trip summit talks deal deals agreement agreements pressure sanctions
   tariffs tariff oil gas war peace crisis growth investment business industry technology cooperation
   autonomy signaling signalling balance balancing why rooted testing asymmetric special privileged
   bilateral multilateral global regional international national domestic foreign local public private
   military nuclear civil civilian social cultural financial commercial industrial historical historic
   modern ancient central northern southern eastern western north south east west northeast northwest
   southeast southwest upper lower inner outer annual daily weekly monthly yearly breaking exclusive analysis
   opinion editorial comment comments update live watch read more share photo video image story news
   note notes background context explainer timeline faq summary conclusion introduction chapter section part
   january february march april may june july august september october november december
   jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
   new year
   company companies firm firms group groups ministry party parties agency department council committee police army
   navy court courts cabinet administration office embassy union bank banks university school
   rs re rp mr mrs ms dr sir madam yes no ok okay oh hello thanks thank please sorry
   edited written posted published updated reviewed produced compiled translated photographed
   despite amid why how what who where when whether
   celsius fahrenheit kelvin centigrade
   anglican catholic protestant orthodox evangelical methodist baptist lutheran presbyterian pentecostal christian
   muslim islamic jewish hindu buddhist sikh jain sunni shia shiite
   god gods almighty heaven heavens`.split(/\s+/),
);

/** True for a word that is ordinary English when capitalised at a sentence start or in a heading. */
export function isCommonWord(word: string): boolean {
  return COMMON.has(word.replace(/[’']s$/, '').toLowerCase());
}

/** Months and weekdays: capitalised mid-sentence but never entities here. */
const CALENDAR = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul aug
   sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun`.split(/\s+/),
);

export function isCalendarWord(word: string): boolean {
  // "July-September", "Jan-Mar": a span of months is a date too.
  return word.split(/[-‑–]/).every((part) => CALENDAR.has(part.replace(/\.$/, '').toLowerCase()));
}

/** Word shapes that are almost never names: adverbs, gerunds, participles, abstract nouns. */
export function hasCommonWordShape(word: string): boolean {
  return /^\p{Lu}\p{Ll}{2,}(?:ly|ing|ings|ed|tion|tions|sion|sions|ment|ments|ness|ity|ities|ism|isms|ance|ence|ship|ships|ical|ically|ive|ives|ous|able|ible)$/u.test(
    word,
  );
}
