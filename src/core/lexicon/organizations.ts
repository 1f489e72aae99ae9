// Organisation-name lexicon: head words and legal suffixes that end (or start) an organisation's name,
// nouns that introduce one ("firm", "broadcaster"), and well-known international bodies and seats of government.

/** Words that make a capitalised run an organisation name when they end it ("Lusmara Research Foundation"). */
const HEAD_WORDS = new Set(
  `university universities college school academy institute institution foundation initiative trust fund
   ministry ministries department office bureau agency agencies commission committee council board authority
   organisation organization union league federation association alliance coalition confederation society club
   state party parliament congress senate assembly duma knesset court tribunal bank banks exchange reserve
   limited ltd ltd. inc inc. corp corp. corporation company co co. plc llc llp gmbh ag sa nv group holdings
   industries enterprises partners capital ventures investments systems technologies technology labs laboratories
   motors electric atomics airlines airways aerospace aeronautics aviation dynamics electronics petroleum steel pharmaceuticals
   pharma telecom communications networks media news times post herald tribune journal gazette express telegraph
   guardian review broadcasting television radio press agency service services forces army navy marines guard
   police centre center forum program programme project network observatory hospital clinic museum library
   church mission commissions secretariat command brigade regiment division battalion
   fleet directorate railways shipping shipyard shipyards dockyard dockyards shipbuilding marine motor telecoms sports
   fellowship ministries congregation rovers wanderers hotspur fc afc motorsport motorsports racing promotions productions pictures films entertainment gaming esports
   works mills studios records intelligence research analytics consulting consultancy securities insights associates platforms
   administration inspectorate regulator commissioner ombudsman mutual brigade embassy consulate produce farms growers packers exporters importers exports
   minerals mining mines metals resources energy power utilities chemicals materials commodities logistics freight
   maritime lines engineering construction builders developers properties realty insurance assurance financial
   bancorp brands foods beverages biotech therapeutics semiconductors software solutions automotive front movement
   laboratory lab healthcare remedies terminals force survey jury daily chronicle courier inquirer dispatch examiner sentinel bulletin record
   economics advisory advisors advisers drilling energi energia energía énergie asa ab oyj spa s.a. s.a s.p.a. n.v. b.v. a.g.
   comunicazioni telecomunicazioni comunicaciones telecomunicaciones comunicações telecomunicações télécommunications
   gruppo grupo groupe banca banco banque compagnia compañía companhia compagnie società sociedad sociedade société
   assicurazioni seguros ferrovie ferrocarriles aerolíneas petróleos holding mobile wireless cellular broadband telecommunications
   processors refiners traders roasters millers brewers distillers lifesciences biosciences sciences pharmaceutical
   biologicals formulations dal sena morcha ratings mobility cooperative co-operative system copper zinc aluminium aluminum cement cements paints textiles sugar fertilisers fertilizers`.split(/\s+/),
);

/** Heads that take an "of"-tail: "Bank of England", "Ministry of External Affairs", "Centre of Chilean Studies". */
const OF_HEADS = new Set(
  `university college school academy institute ministry department office bureau commission committee council
   board authority organisation organization union league federation association society party court bank
   centre center house chamber embassy consulate army navy corps church order republic kingdom federation
   secretary-general parliament assembly museum library fund council program programme corporation company forces
   service agency administration directorate inspectorate foundation centers centres institutes`.split(/\s+/),
);

/**
 * Heads of public and civic bodies, unlike companies':
 * - their names often join two fields with "and": "Food and Drug Administration", "Law and Justice Party"
 *   ("Tata and Mahindra Group" is two companies);
 * - they are often named after the place they serve: "Marenza Chamber of Commerce", "Quilén Fire Brigade",
 *   whose first word alone names the place ("Kaito" alone still names "Kaito Motors").
 */
const PUBLIC_BODY_HEADS = new Set(
  `administration agency authority board bureau commission council service services office institute department
   directorate inspectorate tribunal committee survey regulator executive association associations chamber commerce
   exchange brigade federation union university college school police ministry society club league party court
   hospital museum library church academy assembly parliament senate government centre center force forces corps
   laboratory`.split(/\s+/),
);

/** Nouns that introduce an organisation's name: "maritime intelligence firm Varnelco", "broadcaster VTN". */
const INTRODUCING_NOUNS = new Set(
  `firm firms company companies group groups agency agencies broadcaster broadcasters newspaper newspapers
   outlet outlets network networks daily weekly magazine website portal platform channel tank producer producers
   manufacturer manufacturers maker makers giant giants startup start-up lender lenders bank banks carrier
   carriers airline airlines operator operators insurer insurers refiner refiners exporter exporters importer
   conglomerate organisation organization party alliance bloc watchdog regulator consultancy institute university
   publisher publication tabloid wire service rival rivals supplier suppliers contractor contractors corporation
   corporations majors monopoly utility utilities drugmaker drugmakers carmaker carmakers automaker automakers shipbuilder
   retailer retailers arm unit subsidiary subsidiaries affiliate affiliates club clubs side outfit franchise`.split(/\s+/),
);

/**
 * Large companies in the news whose names read like a person's ("Lockheed Martin", "Goldman Sachs") or like an
 * ordinary capitalised word at a sentence's start ("Glencore opened …"): a general lexicon, named as they write themselves.
 */
const KNOWN_COMPANIES: readonly string[] = `Lockheed Martin,Northrop Grumman,General Dynamics,Raytheon,BAE Systems,
  Jaguar Land Rover,Goldman Sachs,Morgan Stanley,JPMorgan Chase,JPMorgan,Johnson & Johnson,Procter & Gamble,Marks & Spencer,
  Saudi Aramco,Aramco,Sinopec,PetroChina,Nvidia,TSMC,ExxonMobil,Chevron,TotalEnergies,Glencore,ArcelorMittal,Maersk`
  .split(',')
  .map((n) => n.trim());

const COMPANY_NAMES: ReadonlySet<string> = new Set(KNOWN_COMPANIES);

/** Well-known bodies by acronym or short name, with a full name (general lexicon). */
const KNOWN_BODIES: Record<string, string> = {
  UN: 'United Nations', 'U.N.': 'United Nations', NATO: 'NATO', EU: 'European Union', 'E.U.': 'European Union',
  BRICS: 'BRICS', SCO: 'SCO', IMF: 'International Monetary Fund', WTO: 'World Trade Organization',
  WHO: 'World Health Organization', G7: 'G7', G8: 'G8', G20: 'G20', 'G-7': 'G7', 'G-20': 'G20',
  OPEC: 'OPEC', 'OPEC+': 'OPEC+', ASEAN: 'ASEAN', SAARC: 'SAARC', AU: 'African Union', OSCE: 'OSCE', OECD: 'OECD',
  IAEA: 'International Atomic Energy Agency', UNESCO: 'UNESCO', UNICEF: 'UNICEF', UNHCR: 'UNHCR', ICC: 'International Criminal Court',
  ICJ: 'International Court of Justice', CIA: 'CIA', FBI: 'FBI', NSA: 'NSA', KGB: 'KGB', FSB: 'FSB', GRU: 'GRU',
  MI6: 'MI6', MI5: 'MI5', Mossad: 'Mossad', Pentagon: 'Pentagon', Kremlin: 'Kremlin', 'White House': 'White House',
  'Downing Street': 'Downing Street', Elysee: 'Elysee', 'Élysée': 'Elysee', Congress: 'Congress', Senate: 'Senate',
  Duma: 'Duma', 'State Duma': 'Duma', Knesset: 'Knesset', Bundestag: 'Bundestag', Politburo: 'Politburo',
  'Lok Sabha': 'Lok Sabha', 'Rajya Sabha': 'Rajya Sabha', Hamas: 'Hamas', Hezbollah: 'Hezbollah', Taliban: 'Taliban',
  APEC: 'APEC', AUKUS: 'AUKUS', Interpol: 'Interpol', Europol: 'Europol',
  'World Bank': 'World Bank', Reuters: 'Reuters', AFP: 'AFP', AP: 'Associated Press', BBC: 'BBC', CNN: 'CNN',
  PTI: 'PTI', ANI: 'ANI', TASS: 'TASS', Xinhua: 'Xinhua', Bloomberg: 'Bloomberg',
  // Parties' nicknames: "the Tories" are the Conservative Party, the "GOP" the Republican Party.
  Tory: 'Conservative Party', Tories: 'Conservative Party', GOP: 'Republican Party',
  ECB: 'European Central Bank', Fed: 'Federal Reserve', RBI: 'Reserve Bank of India', BJP: 'BJP',
  'Red Cross': 'Red Cross', 'Red Crescent': 'Red Crescent', 'Amnesty International': 'Amnesty International',
  'Human Rights Watch': 'Human Rights Watch', Greenpeace: 'Greenpeace', MSF: 'Médecins Sans Frontières',
  'Médecins Sans Frontières': 'Médecins Sans Frontières', 'Doctors Without Borders': 'Médecins Sans Frontières',
  'United Nations Children’s Fund': 'UNICEF', "United Nations Children's Fund": 'UNICEF', 'UN Children’s Fund': 'UNICEF',
  "UN Children's Fund": 'UNICEF', 'United Nations High Commissioner for Refugees': 'UNHCR', 'UN refugee agency': 'UNHCR',
  WFP: 'World Food Programme', 'World Food Programme': 'World Food Programme', 'World Food Program': 'World Food Programme',
  ...Object.fromEntries(KNOWN_COMPANIES.map((n) => [n, n])),
};

/** A well-known body that is no company ("UNICEF", "the Pentagon"): never what "the company" refers to. */
export function isKnownNonCompany(name: string): boolean {
  return lookupKnownBody(name) !== undefined && !COMPANY_NAMES.has(name) && !NEWS_AGENCIES.has(name);
}

/** News agencies and broadcasters among the known bodies: companies too. */
const NEWS_AGENCIES = new Set(['Reuters', 'AFP', 'AP', 'Associated Press', 'BBC', 'CNN', 'PTI', 'ANI', 'TASS', 'Xinhua', 'Bloomberg']);

/** Bodies with national chapters, named with a nationality in front: "the Chilean Red Cross", "Turkish Red Crescent". */
const NATIONAL_CHAPTER_BODIES = new Set(['Red Cross', 'Red Crescent']);

export function isNationalChapterBody(name: string): boolean {
  return NATIONAL_CHAPTER_BODIES.has(name);
}

/** A nation's or region's own institutions, named with its adjective: "the Scottish Government", "Welsh Parliament". */
const NATIONAL_INSTITUTIONS = new Set(['Government', 'Parliament', 'Cabinet', 'Treasury', 'Senate', 'Assembly', 'Executive', 'Army', 'Navy']);

export function isNationalInstitution(name: string): boolean {
  return NATIONAL_INSTITUTIONS.has(name);
}

/** Capitalised acronyms that are ordinary words, not organisations. */
const COMMON_ACRONYMS = new Set(
  `IT AI GDP GNP CEO CFO COO CTO TV PR HR ID VAT GST FY AM PM BC AD OK LNG LPG CNG CO2 PhD MBA MP MPs MEP NGO NGOs
   FDI GW MW KW KM KG USD EUR INR RUB GBP JPY CNY SUV EV EVs UAV UAVs ICBM ICBMs SMR SMRs PDF URL FAQ DNA RNA HIV
   AIDS COVID SARS IPO ETF ESG R&D B2B SME SMEs Q1 Q2 Q3 Q4 H1 H2 YoY IOU VIP RSVP OBE UTC GMT ASAP AKA FTA MoU MoUs
   NB PS OP ED GWh MWh kWh TWh GWe MWe TW TEU TEUs bpd mtpa MTPA bcm Bcm tcf Tcf MMBtu mmBtu
   PET MRI CT ICU GP GPs IVF BMI ECG EEG OTC API APIs ORS TB ER A&E`.split(/\s+/),
);

function lower(word: string): string {
  return word.replace(/[’']s$/, '').toLowerCase();
}

/** Words that open a body's name in Spanish, Portuguese, French and Italian: "Minera Altamira", "Grupo Bimbo", "Banco Galicia". */
const LEADING_HEADS = new Set(
  `minera mineradora grupo banco compañía compania companhia empresa sociedad sociedade corporación corporacion industrias
   petróleos petroleos aerolíneas aerolineas fundación fundacion fundação fundacao instituto universidad universidade
   ministerio ministério consejo comisión comision comissão comissao partido frente movimiento société societe compagnie
   banque groupe gruppo società societa agencia agência alianza aliança fuerza força unión união unidad renovación renovacion
   acción accion coalición coalicion sindicato jurado superintendencia rassemblement mouvement partito movimento parti partei
   radio rádio televisión television televisão télévision rede cadena`.split(/\s+/),
);

export function isLeadingOrgWord(word: string): boolean {
  return LEADING_HEADS.has(lower(word));
}

/** "Foundation", "University", "Ltd", "Aerospace" ...: a word that ends an organisation's name. */
export function isOrgHeadWord(word: string): boolean {
  return HEAD_WORDS.has(lower(word));
}

/** "Administration", "Agency", "Chamber", "Brigade" ...: the head of a public or civic body's name. */
export function isPublicBodyHead(word: string): boolean {
  return PUBLIC_BODY_HEADS.has(lower(word));
}

/** "Ministry", "Bank", "Centre" ...: a head that can take an "of" tail ("Bank of England"). */
export function isOrgOfHead(word: string): boolean {
  return OF_HEADS.has(lower(word));
}

/** "firm", "broadcaster", "think tank" ...: a noun written just before an organisation's name, or heading its appositive. */
export function isOrgIntroducingNoun(word: string): boolean {
  return INTRODUCING_NOUNS.has(lower(word));
}

/** The full name of a well-known body written by acronym or short name ("UN", "Pentagon"), if any. */
export function lookupKnownBody(name: string): string | undefined {
  if (Object.prototype.hasOwnProperty.call(KNOWN_BODIES, name)) return KNOWN_BODIES[name];
  return FULL_NAMES.has(name) ? name : undefined;
}

/** Bodies named after the building they sit in: where one goes "into" or speaks "from" is the building. */
const SEATS_OF_GOVERNMENT = new Set(['White House', 'Kremlin', 'Downing Street', 'Elysee', 'Pentagon']);

export function isSeatOfGovernment(canonical: string): boolean {
  return SEATS_OF_GOVERNMENT.has(canonical);
}

/** The full names too ("United Nations", "Associated Press"), so they are known however they are written. */
const FULL_NAMES = new Set(Object.values(KNOWN_BODIES).filter((n) => n.includes(' ')));

export function isCommonAcronym(word: string): boolean {
  // Fiscal and calendar periods ("FY26", "Q3", "H1") and accounting terms are not names.
  return COMMON_ACRONYMS.has(word) || (word.includes('.') && COMMON_ACRONYMS.has(word.replace(/\./g, ''))) || /^(?:FY|CY|Q[1-4]|H[12])\d{0,4}$/.test(word) || /^(?:EBITDA|EBIT|EPS|CAGR|NPA|NPAs|AUM|NAV|ROE|ROI|PAT|PBT|GST|VAT|CPI|WPI|PMI)$/.test(word) ||
    isCreditRating(word);
}

/** A credit rating ("BBB", "AA-", "Baa2", "Caa1"): a grade, not a name. */
export function isCreditRating(word: string): boolean {
  return /^(?:AAA|AA|BBB|BB|CCC|CC)[+-]?$/.test(word) || /^(?:Aaa|Aa[1-3]|Baa[1-3]|Ba[1-3]|Caa[1-3])$/.test(word);
}
