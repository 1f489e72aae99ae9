// General gazetteer: countries with their nationality adjectives/demonyms and capitals, major world
// cities, continents and world regions. General knowledge only — nothing story-specific.

import { withoutAccents } from '../text/fold';

/** One row per country: name | demonyms (adjective, plural nouns) | capital | other names of the country. */
const COUNTRY_ROWS = `
Afghanistan|Afghan,Afghans|Kabul|
Albania|Albanian,Albanians|Tirana|
Algeria|Algerian,Algerians|Algiers|
Andorra|Andorran,Andorrans|Andorra la Vella|
Angola|Angolan,Angolans|Luanda|
Antigua and Barbuda|Antiguan|St. John's|
Argentina|Argentine,Argentinian,Argentines,Argentinians|Buenos Aires|
Armenia|Armenian,Armenians|Yerevan|
Australia|Australian,Australians|Canberra|
Austria|Austrian,Austrians|Vienna|
Azerbaijan|Azerbaijani,Azeri,Azerbaijanis|Baku|
Bahamas|Bahamian,Bahamians|Nassau|The Bahamas
Bahrain|Bahraini,Bahrainis|Manama|
Bangladesh|Bangladeshi,Bangladeshis|Dhaka|
Barbados|Barbadian,Barbadians|Bridgetown|
Belarus|Belarusian,Belarusians|Minsk|
Belgium|Belgian,Belgians|Brussels|
Belize|Belizean|Belmopan|
Benin|Beninese|Porto-Novo|
Bhutan|Bhutanese|Thimphu|
Bolivia|Bolivian,Bolivians|Sucre|
Bosnia and Herzegovina|Bosnian,Bosnians|Sarajevo|Bosnia
Botswana|Botswanan,Batswana|Gaborone|
Brazil|Brazilian,Brazilians|Brasilia|Brasília
Brunei|Bruneian|Bandar Seri Begawan|
Bulgaria|Bulgarian,Bulgarians|Sofia|
Burkina Faso|Burkinabe|Ouagadougou|
Burundi|Burundian|Gitega|
Cambodia|Cambodian,Cambodians|Phnom Penh|
Cameroon|Cameroonian,Cameroonians|Yaounde|Yaoundé
Canada|Canadian,Canadians|Ottawa|
Cape Verde|Cape Verdean|Praia|Cabo Verde
Central African Republic|Central African|Bangui|CAR
Chad|Chadian,Chadians|N'Djamena|
Chile|Chilean,Chileans|Santiago|
China|Chinese|Beijing|PRC,People's Republic of China,Mainland China
Colombia|Colombian,Colombians|Bogota|Bogotá
Comoros|Comorian|Moroni|
Congo|Congolese|Kinshasa|Democratic Republic of the Congo,DRC,DR Congo,Republic of the Congo
Costa Rica|Costa Rican,Costa Ricans|San Jose|San José
Croatia|Croatian,Croat,Croats,Croatians|Zagreb|
Cuba|Cuban,Cubans|Havana|
Cyprus|Cypriot,Cypriots|Nicosia|
Czech Republic|Czech,Czechs|Prague|Czechia
Denmark|Danish,Dane,Danes|Copenhagen|
Djibouti|Djiboutian|Djibouti City|
Dominica|Dominican|Roseau|
Dominican Republic|Dominicans|Santo Domingo|
Ecuador|Ecuadorian,Ecuadorians|Quito|
Egypt|Egyptian,Egyptians|Cairo|
El Salvador|Salvadoran,Salvadorans|San Salvador|
Equatorial Guinea|Equatoguinean|Malabo|
Eritrea|Eritrean,Eritreans|Asmara|
Estonia|Estonian,Estonians|Tallinn|
Eswatini|Swazi|Mbabane|Swaziland
Ethiopia|Ethiopian,Ethiopians|Addis Ababa|
Fiji|Fijian,Fijians|Suva|
Finland|Finnish,Finn,Finns|Helsinki|
France|French,Frenchman,Frenchmen|Paris|
Gabon|Gabonese|Libreville|
Gambia|Gambian,Gambians|Banjul|The Gambia
Georgia|Georgian,Georgians|Tbilisi|
Germany|German,Germans|Berlin|
Ghana|Ghanaian,Ghanaians|Accra|
Greece|Greek,Greeks|Athens|
Grenada|Grenadian|St. George's|
Guatemala|Guatemalan,Guatemalans|Guatemala City|
Guinea|Guinean,Guineans|Conakry|
Guinea-Bissau|Bissau-Guinean|Bissau|
Guyana|Guyanese|Georgetown|
Haiti|Haitian,Haitians|Port-au-Prince|
Honduras|Honduran,Hondurans|Tegucigalpa|
Hungary|Hungarian,Hungarians|Budapest|
Iceland|Icelandic,Icelander,Icelanders|Reykjavik|Reykjavík
India|Indian,Indians|New Delhi|Bharat
Indonesia|Indonesian,Indonesians|Jakarta|
Iran|Iranian,Iranians,Persian|Tehran|Islamic Republic of Iran
Iraq|Iraqi,Iraqis|Baghdad|
Ireland|Irish|Dublin|Republic of Ireland,Eire
Israel|Israeli,Israelis|Jerusalem|
Italy|Italian,Italians|Rome|
Ivory Coast|Ivorian,Ivorians|Yamoussoukro|Cote d'Ivoire,Côte d'Ivoire
Jamaica|Jamaican,Jamaicans|Kingston|
Japan|Japanese|Tokyo|
Jordan|Jordanian,Jordanians|Amman|
Kazakhstan|Kazakh,Kazakhs,Kazakhstani|Astana|
Kenya|Kenyan,Kenyans|Nairobi|
Kiribati|I-Kiribati|Tarawa|
Kosovo|Kosovar,Kosovars|Pristina|
Kuwait|Kuwaiti,Kuwaitis|Kuwait City|
Kyrgyzstan|Kyrgyz|Bishkek|
Laos|Lao,Laotian,Laotians|Vientiane|
Latvia|Latvian,Latvians|Riga|
Lebanon|Lebanese|Beirut|
Lesotho|Basotho|Maseru|
Liberia|Liberian,Liberians|Monrovia|
Libya|Libyan,Libyans|Tripoli|
Liechtenstein|Liechtensteiner|Vaduz|
Lithuania|Lithuanian,Lithuanians|Vilnius|
Luxembourg|Luxembourgish,Luxembourger|Luxembourg City|
Madagascar|Malagasy|Antananarivo|
Malawi|Malawian,Malawians|Lilongwe|
Malaysia|Malaysian,Malaysians|Kuala Lumpur|
Maldives|Maldivian,Maldivians|Malé|
Mali|Malian,Malians|Bamako|
Malta|Maltese|Valletta|
Marshall Islands|Marshallese|Majuro|
Mauritania|Mauritanian,Mauritanians|Nouakchott|
Mauritius|Mauritian,Mauritians|Port Louis|
Mexico|Mexican,Mexicans|Mexico City|
Micronesia|Micronesian|Palikir|
Moldova|Moldovan,Moldovans|Chisinau|Chișinău
Monaco|Monegasque|Monaco|
Mongolia|Mongolian,Mongolians|Ulaanbaatar|Ulan Bator
Montenegro|Montenegrin,Montenegrins|Podgorica|
Morocco|Moroccan,Moroccans|Rabat|
Mozambique|Mozambican,Mozambicans|Maputo|
Myanmar|Burmese,Myanmarese|Naypyidaw|Burma
Namibia|Namibian,Namibians|Windhoek|
Nauru|Nauruan|Yaren|
Nepal|Nepali,Nepalese,Nepalis|Kathmandu|
Netherlands|Dutch|Amsterdam|Holland,The Netherlands,The Hague
New Zealand|New Zealander,New Zealanders,Kiwi|Wellington|
Nicaragua|Nicaraguan,Nicaraguans|Managua|
Niger|Nigerien|Niamey|
Nigeria|Nigerian,Nigerians|Abuja|
North Korea|North Korean,North Koreans|Pyongyang|DPRK
North Macedonia|Macedonian,Macedonians|Skopje|Macedonia
Norway|Norwegian,Norwegians|Oslo|
Oman|Omani,Omanis|Muscat|
Pakistan|Pakistani,Pakistanis|Islamabad|
Palau|Palauan|Ngerulmud|
Palestine|Palestinian,Palestinians|Ramallah|Palestinian Territories
Panama|Panamanian,Panamanians|Panama City|
Papua New Guinea|Papua New Guinean|Port Moresby|PNG
Paraguay|Paraguayan,Paraguayans|Asuncion|Asunción
Peru|Peruvian,Peruvians|Lima|
Philippines|Filipino,Filipinos,Philippine|Manila|The Philippines
Poland|Polish,Pole,Poles|Warsaw|
Portugal|Portuguese|Lisbon|
Qatar|Qatari,Qataris|Doha|
Romania|Romanian,Romanians|Bucharest|
Russia|Russian,Russians|Moscow|Russian Federation
Rwanda|Rwandan,Rwandans|Kigali|
Saint Lucia|Saint Lucian|Castries|St Lucia
Samoa|Samoan,Samoans|Apia|
San Marino|Sammarinese|San Marino|
Saudi Arabia|Saudi,Saudis,Saudi Arabian|Riyadh|
Senegal|Senegalese|Dakar|
Serbia|Serbian,Serb,Serbs,Serbians|Belgrade|
Seychelles|Seychellois|Victoria|
Sierra Leone|Sierra Leonean|Freetown|
Singapore|Singaporean,Singaporeans|Singapore|
Slovakia|Slovak,Slovaks,Slovakian|Bratislava|
Slovenia|Slovenian,Slovene,Slovenians|Ljubljana|
Solomon Islands|Solomon Islander|Honiara|
Somalia|Somali,Somalis|Mogadishu|
South Africa|South African,South Africans|Pretoria|
South Korea|South Korean,South Koreans|Seoul|Republic of Korea,Korea
South Sudan|South Sudanese|Juba|
Spain|Spanish,Spaniard,Spaniards|Madrid|
Sri Lanka|Sri Lankan,Sri Lankans|Colombo|
Sudan|Sudanese|Khartoum|
Suriname|Surinamese|Paramaribo|
Sweden|Swedish,Swede,Swedes|Stockholm|
Switzerland|Swiss|Bern|Berne
Syria|Syrian,Syrians|Damascus|
Taiwan|Taiwanese|Taipei|
Tajikistan|Tajik,Tajiks|Dushanbe|
Tanzania|Tanzanian,Tanzanians|Dodoma|
Thailand|Thai,Thais|Bangkok|
Timor-Leste|Timorese|Dili|East Timor
Togo|Togolese|Lome|Lomé
Tonga|Tongan,Tongans|Nuku'alofa|
Trinidad and Tobago|Trinidadian,Tobagonian|Port of Spain|Trinidad
Tunisia|Tunisian,Tunisians|Tunis|
Turkey|Turkish,Turk,Turks|Ankara|Türkiye,Turkiye
Turkmenistan|Turkmen|Ashgabat|
Tuvalu|Tuvaluan|Funafuti|
Uganda|Ugandan,Ugandans|Kampala|
Ukraine|Ukrainian,Ukrainians|Kyiv|Kiev
United Arab Emirates|Emirati,Emiratis|Abu Dhabi|UAE,U.A.E.,Emirates
United Kingdom|British,Briton,Britons,English,Scottish,Welsh|London|UK,U.K.,Britain,Great Britain
United States|American,Americans|Washington|US,U.S.,USA,U.S.A.,America,United States of America,the States
Uruguay|Uruguayan,Uruguayans|Montevideo|
Uzbekistan|Uzbek,Uzbeks|Tashkent|
Vanuatu|Ni-Vanuatu|Port Vila|
Vatican City|Vatican|Vatican City|Holy See
Venezuela|Venezuelan,Venezuelans|Caracas|
Vietnam|Vietnamese|Hanoi|Viet Nam
Yemen|Yemeni,Yemenis|Sanaa|Sana'a
Zambia|Zambian,Zambians|Lusaka|
Zimbabwe|Zimbabwean,Zimbabweans|Harare|
`;

/** Well-known cities that are not national capitals, plus alternative names of cities (alias=canonical). */
const CITIES = `
La Paz,Brazzaville,Mumbai,Bombay=Mumbai,Kolkata,Calcutta=Kolkata,Chennai,Madras=Chennai,Bengaluru,Bangalore=Bengaluru,Hyderabad,Ahmedabad,Pune,
Delhi=New Delhi,Jaipur,Lucknow,Karachi,Lahore,Rawalpindi,Peshawar,Chittagong,Shanghai,Hong Kong,Shenzhen,Guangzhou,Wuhan,
Chengdu,Tianjin,Osaka,Kyoto,Yokohama,Busan,Ho Chi Minh City,Saigon=Ho Chi Minh City,Dubai,Sharjah,Jeddah,Mecca,Medina,Istanbul,
Izmir,Tel Aviv,Haifa,Gaza City,Aleppo,Mosul,Basra,Isfahan,Mashhad,St Petersburg,St. Petersburg,Saint Petersburg,
Vladivostok,Novosibirsk,Yekaterinburg,Kazan,Sochi,Murmansk,Kharkiv,Odesa,Odessa=Odesa,Lviv,Dnipro,Mariupol,Kherson,Donetsk,
Luhansk,Zaporizhzhia,Sevastopol,Bakhmut,Avdiivka,Pokrovsk,Geneva,Zurich,Davos,Munich,Frankfurt,Hamburg,Cologne,Milan,Naples,
Venice,Florence,Barcelona,Marseille,Lyon,Manchester,Birmingham,Liverpool,Glasgow,Edinburgh,Cardiff,Belfast,Oxford,Cambridge,
Rotterdam,Antwerp,Strasbourg,Gdansk,Krakow,New York,New York City,Los Angeles,Chicago,Houston,San Francisco,Seattle,Boston,
Miami,Atlanta,Dallas,Detroit,Philadelphia,Las Vegas,Silicon Valley,Toronto,Montreal,Vancouver,Sydney,Melbourne,Brisbane,Perth,
Auckland,Sao Paulo,São Paulo,Rio de Janeiro,Lagos,Johannesburg,Cape Town,Durban,Mombasa,Casablanca,Alexandria,Benghazi,
Kandahar,Herat,Mazar-i-Sharif,Jalalabad,Almaty,Samarkand,Tashkent,Kabul,Quetta,Srinagar,Jammu,Ladakh,Goa,Kochi,Thiruvananthapuram,
Calgary,Edmonton,Winnipeg,Adelaide,Canberra,Valparaiso,Valparaíso,Antofagasta,Guadalajara,Monterrey,Medellin,Medellín,Cordoba,Córdoba,
Coimbatore,Nagpur,Surat,Kanpur,Indore,Bhopal,Patna,Visakhapatnam,Vadodara,Ludhiana,Agra,Varanasi,Amritsar,Madurai,Mangaluru,
Mysuru,Bhubaneswar,Guwahati,Ranchi,Raipur,Dehradun,Noida,Gurugram,Gurgaon=Gurugram,Nashik,Kozhikode,Faisalabad,Multan,Sialkot,
Gujranwala,Sukkur,Khulna,Rajshahi,Sylhet,Barishal,Barisal=Barishal,Rangpur,Mymensingh,Chattogram=Chittagong,Narayanganj,Gazipur,
Mandalay,Naypyidaw,Naypyitaw=Naypyidaw,Sittwe,Krasnodar,Belgorod,Kursk,Bryansk,Rostov-on-Don,Nizhny Novgorod,Samara,Omsk,Irkutsk
`;

/** Continents and world regions (alias=canonical where needed). */
const REGIONS = `
Africa,Asia,Europe,North America,South America,Latin America,Central America,Antarctica,Oceania,Australasia,Eurasia,
Middle East,Near East,Far East,Mideast=Middle East,Gulf,Persian Gulf,Arabian Gulf,Gulf of Oman,Red Sea,Black Sea,Baltic Sea,
Baltic,Baltics,Balkans,Caucasus,North Caucasus,Central Asia,South Asia,East Asia,Southeast Asia,South-East Asia=Southeast Asia,
West Asia,Asia-Pacific,Asia Pacific=Asia-Pacific,Indo-Pacific,Pacific,Atlantic,Indian Ocean,Arctic,Mediterranean,Caribbean,
Scandinavia,Nordics,Sahel,Midwest,Patagonia,Amazon Basin,Horn of Africa,Maghreb,Levant,Siberia,Arctic Ocean,Pacific Ocean,Atlantic Ocean,South China Sea,
East China Sea,Taiwan Strait,Strait of Hormuz,Hormuz,Suez Canal,Panama Canal,Bay of Bengal,Arabian Sea,Himalayas,
Moon,Mars,Peninsular Malaysia,East Malaysia,
Carolinas,Dakotas,Panhandle,New England,East Coast,West Coast,Gulf Coast,Great Lakes,Appalachia,Pacific Northwest,Deep South,Great Plains,
Kashmir,Jammu and Kashmir,Crimea,Donbas,Donbass=Donbas,Gaza,Gaza Strip,West Bank,Golan Heights,Tibet,Xinjiang,Hong Kong,Macau,
Punjab,Bengal,Balochistan,Sindh,Kerala,Tamil Nadu,Gujarat,Maharashtra,Karnataka,Uttar Pradesh,Bihar,Assam,Manipur,
Kurdistan,Darfur,Chechnya,Transnistria,Abkhazia,Kaliningrad,Greenland,Scotland,Wales,England,Northern Ireland,
Bavaria,Catalonia,Quebec,California,Texas,Florida,Alaska,Hawaii,French Guiana,Guadeloupe,Martinique,Reunion,Réunion,
New Caledonia,French Polynesia,Puerto Rico,Faroe Islands,Gibraltar,Bermuda,Cayman Islands,Macao=Macau,Western Sahara,
Somaliland,Antarctic,Alberta,Ontario,British Columbia,Manitoba,Saskatchewan,Nova Scotia,
Queensland,New South Wales,Western Australia,Tasmania,Lombardy,Tuscany,Sicily,Sardinia,Andalusia,Patagonia,Atacama,
Arizona,Nevada,Colorado,Oregon,Michigan,Ohio,Illinois,Pennsylvania,Massachusetts,Minnesota,Wisconsin,Missouri,Tennessee,
Kentucky,Louisiana,Alabama,Oklahoma,Nebraska,Iowa,Utah,New Mexico,New Jersey,Connecticut,Maryland,North Carolina,
South Carolina,Virginia,West Virginia,Indiana,Kansas,Mississippi,Maine,Delaware,Arkansas,Idaho,Montana,Wyoming,North Dakota,South Dakota,New Hampshire,Vermont,Rhode Island,Global South,Global North,Soviet Union=Soviet Union,
USSR=Soviet Union,U.S.S.R.=Soviet Union,European Union Area,Eurozone,Sub-Saharan Africa,West Africa,East Africa,North Africa,
Southern Africa,Western Europe,Eastern Europe,Central Europe,Northern Europe,Southern Europe,Western Balkans,Nagorno-Karabakh,
Java,Sumatra,Borneo,Kalimantan,Sulawesi,Bali,Lombok,Flores,Sumbawa,Timor,Halmahera,Maluku,Moluccas,North Maluku,Papua,West Papua,
New Guinea,Aceh,Riau,Banten,Central Java,East Java,West Java,Central Sulawesi,South Sulawesi,Southeast Sulawesi,North Sulawesi,
East Kalimantan,West Kalimantan,Central Kalimantan,South Kalimantan,North Sumatra,West Sumatra,South Sumatra,Nusa Tenggara,
Luzon,Mindanao,Visayas,Palawan,Cebu,Mindoro,Leyte,Samar,Honshu,Hokkaido,Kyushu,Shikoku,Okinawa,Jeju,Hainan,Sakhalin,Kamchatka,
Guangdong,Guangxi,Sichuan,Yunnan,Zhejiang,Jiangsu,Shandong,Henan,Hubei,Hunan,Fujian,Anhui,Hebei,Shanxi,Shaanxi,Gansu,Qinghai,
Guizhou,Jiangxi,Liaoning,Jilin,Heilongjiang,Inner Mongolia,Ningxia,Rajasthan,Madhya Pradesh,Andhra Pradesh,Telangana,Odisha,
Jharkhand,Chhattisgarh,Haryana,Uttarakhand,Himachal Pradesh,West Bengal,Corsica,Crete,Zanzibar,Mallorca,Majorca=Mallorca,Tenerife,
Canary Islands,Azores,Madeira,Balearic Islands,Svalbard,Tierra del Fuego,Galápagos,Galapagos=Galápagos,Galápagos Islands=Galápagos,Galapagos Islands=Galápagos,
Jalisco,Michoacán,Michoacan=Michoacán,Sinaloa,Sonora,Chihuahua,Oaxaca,Chiapas,Veracruz,Yucatán,Yucatan=Yucatán,Tamaulipas,
Nuevo León,Nuevo Leon=Nuevo León,Baja California,Quintana Roo,Zacatecas,Guanajuato,Querétaro,Queretaro=Querétaro,Coahuila,
Puebla,Tabasco,Morelos,Nayarit,Colima,Aguascalientes,Minas Gerais,Rio Grande do Sul,Pernambuco,Ceará,Maranhão,Amazonas,Mato Grosso,
Mato Grosso do Sul,Espírito Santo,Rondônia,Roraima,Tocantins,Alagoas,Sergipe,Piauí,Paraíba,Amapá,Goiás,Bahia,Paraná,Pará,
Mizoram,Tripura,Meghalaya,Nagaland,Arunachal Pradesh,Sikkim,Puducherry,Chandigarh,Lakshadweep,Andaman and Nicobar Islands,
Khyber Pakhtunkhwa,Gilgit-Baltistan,Azad Kashmir,Chittagong Hill Tracts,Rakhine,Rakhine State=Rakhine,Shan State,Kachin,Kachin State=Kachin,
Kayin,Karen State,Kayah,Sagaing,Magway,Bago,Ayeyarwady,Irrawaddy=Ayeyarwady,Tanintharyi,Tatarstan,Bashkortostan,Dagestan,Yakutia,
Kursk Oblast,Belgorod Oblast
`;

export interface PlaceEntry {
  /** The name as it is usually written ("United States", "Buenos Aires"). */
  canonical: string;
  kind: 'country' | 'capital' | 'city' | 'region';
}

const placeByKey = new Map<string, PlaceEntry>();
/** Keys of aliases written in capitals ("US", "UAE"): they only match capitals, so "Us" is never a country. */
const capitalsOnlyKeys = new Set<string>();
const demonyms = new Set<string>();
/** Capitals and nationality words → their country ("Washington", "Chilean" → United States, Chile). */
const countryByCapitalOrDemonym = new Map<string, string>();

/**
 * Lookup key: case- and dot-insensitive so "U.S." = "US" and "BUENOS AIRES" = "Buenos Aires"; "of the" = "of", as
 * house styles differ on "Democratic Republic of (the) Congo".
 */
export function placeKey(name: string): string {
  return name
    .replace(/[’']/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/ of the /g, ' of ');
}

function addPlace(name: string, entry: PlaceEntry): void {
  const key = placeKey(name);
  if (!key || placeByKey.has(key)) return;
  placeByKey.set(key, entry);
  if (!/[a-z]/.test(name)) capitalsOnlyKeys.add(key);
}

function addList(list: string, kind: PlaceEntry['kind']): void {
  for (const raw of list.split(',')) {
    const item = raw.trim();
    if (!item) continue;
    const [alias, canonical] = item.split('=');
    addPlace(alias.trim(), { canonical: (canonical ?? alias).trim(), kind });
  }
}

for (const row of COUNTRY_ROWS.split('\n')) {
  if (!row.trim()) continue;
  const [country, dems, capital, aliases] = row.split('|');
  addPlace(country, { canonical: country, kind: 'country' });
  if (capital) {
    addPlace(capital, { canonical: capital, kind: 'capital' });
    countryByCapitalOrDemonym.set(placeKey(capital), country);
  }
  for (const raw of (aliases ?? '').split(',')) {
    const alias = raw.trim();
    if (!alias) continue;
    // The capital's own spelling with its accents ("San José", "Bogotá") is the capital, not the country.
    const capitalSpelling = capital !== undefined && withoutAccents(alias) === capital;
    addPlace(alias, capitalSpelling ? { canonical: alias, kind: 'capital' } : { canonical: country, kind: 'country' });
  }
  for (const d of (dems ?? '').split(',')) {
    if (!d.trim()) continue;
    demonyms.add(d.trim().toLowerCase());
    countryByCapitalOrDemonym.set(placeKey(d), country);
  }
}
addList(CITIES.replace(/\n/g, ''), 'city');
addList(REGIONS.replace(/\n/g, ''), 'region');

/** Adjectives and demonyms that are not countries: regional and bloc adjectives. */
for (const d of [
  'western', 'eastern', 'northern', 'southern', 'european', 'asian', 'african', 'arab', 'arabs', 'soviet', 'eurasian',
  'latin', 'nordic', 'baltic', 'slavic', 'caucasian', 'persian', 'kurdish', 'kurds', 'pashtun', 'tamil', 'sikh', 'hindu',
  'muslim', 'muslims', 'christian', 'christians', 'jewish', 'jews', 'buddhist', 'catholic', 'orthodox', 'sunni', 'shia',
  'shiite', 'europeans', 'asians', 'africans', 'westerners', 'transatlantic', 'mideast',
  'middle-eastern', 'anglo', 'sino', 'indo', 'euro', 'bengali', 'punjabi', 'kashmiri', 'tibetan', 'uyghur', 'uighur',
  'crimean', 'chechen', 'rohingya', 'rohingyas', 'baloch', 'hazara', 'hazaras', 'yazidi', 'yazidis', 'druze', 'maasai',
  'tutsi', 'tutsis', 'hutu', 'hutus', 'bedouin', 'bedouins', 'siberian', 'indigenous', 'aboriginal', 'andean', 'amazonian', 'himalayan', 'scandinavian', 'saharan', 'patagonian', 'scottish', 'english', 'welsh', 'irish', 'american', 'americans', 'british', 'hispanic',
  // Languages and religions: capitalised, never entities here.
  'hindi', 'urdu', 'mandarin', 'cantonese', 'arabic', 'hebrew', 'farsi', 'pashto', 'dari', 'swahili', 'telugu', 'marathi',
  'gujarati', 'malayalam', 'kannada', 'islam', 'christianity', 'judaism', 'hinduism', 'buddhism', 'sikhism',
]) demonyms.add(d);

/** The gazetteer entry for a name, e.g. "U.S." → United States, "BUENOS AIRES" → Buenos Aires. */
const lookupMemo = new Map<string, PlaceEntry | null>();

export function lookupPlace(name: string): PlaceEntry | undefined {
  const memo = lookupMemo.get(name);
  if (memo !== undefined) return memo ?? undefined;
  const found = lookupUncached(name);
  if (lookupMemo.size > 20000) lookupMemo.clear(); // bounded: names seen in a long session
  lookupMemo.set(name, found ?? null);
  return found;
}

function lookupUncached(name: string): PlaceEntry | undefined {
  const key = placeKey(name);
  if (capitalsOnlyKeys.has(key) && /[a-z]/.test(name)) return undefined;
  return placeByKey.get(key);
}

export function isPlaceName(name: string): boolean {
  return lookupPlace(name) !== undefined;
}

/**
 * The country a capital or a nationality word stands for: news writes "Washington widened sanctions" and
 * "Chilean copper" where it means the United States and Chile.
 */
export function countryStoodFor(name: string): string | undefined {
  return countryByCapitalOrDemonym.get(placeKey(withoutAccents(name.replace(/[’']s$/, ''))));
}

/** Nationality adjectives and demonyms ("Chilean", "Peruvians", "Soviet", "Western") — never entities on their own. */
export function isDemonym(word: string): boolean {
  return demonyms.has(word.replace(/[’']s$/, '').toLowerCase());
}

/** The longest number of words in any gazetteer name, to bound look-ups. */
export const MAX_PLACE_WORDS = 5;

/**
 * A demonym built on a gazetteer place ("Californian" on California, "Brazilians" on Brazil, "Canadian" on Canada),
 * for the many the demonym list does not hold.
 */
export function isDemonymOfPlace(word: string): boolean {
  if (isDemonym(word)) return true;
  const w = word.replace(/[’']s$/, '').replace(/(?<=n|i|ese)s$/, '');
  const bases: string[] = [];
  if (w.endsWith('ian')) bases.push(w.slice(0, -3), `${w.slice(0, -3)}a`, `${w.slice(0, -3)}ia`);
  if (w.endsWith('an')) bases.push(w.slice(0, -1), w.slice(0, -2), `${w.slice(0, -2)}a`);
  else if (w.endsWith('n')) bases.push(w.slice(0, -1));
  if (w.endsWith('ese')) bases.push(w.slice(0, -3));
  if (w.endsWith('i')) bases.push(w.slice(0, -1));
  return bases.some((b) => b.length >= 3 && b !== w && isPlaceName(b));
}

/** AP-style abbreviations of US states, as datelines write them after a city ("SANTA CLARA, Calif. —"). */
const STATE_ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries({
  Ala: 'Alabama', Ariz: 'Arizona', Ark: 'Arkansas', Calif: 'California', Colo: 'Colorado', Conn: 'Connecticut',
  Del: 'Delaware', Fla: 'Florida', Ga: 'Georgia', Ill: 'Illinois', Ind: 'Indiana', Kan: 'Kansas', Ky: 'Kentucky',
  La: 'Louisiana', Md: 'Maryland', Mass: 'Massachusetts', Mich: 'Michigan', Minn: 'Minnesota', Miss: 'Mississippi',
  Mo: 'Missouri', Mont: 'Montana', Neb: 'Nebraska', Nev: 'Nevada', Okla: 'Oklahoma', Ore: 'Oregon', Pa: 'Pennsylvania',
  Tenn: 'Tennessee', Tex: 'Texas', Va: 'Virginia', Vt: 'Vermont', Wash: 'Washington', Wis: 'Wisconsin', Wyo: 'Wyoming',
}));

/**
 * The state a dateline abbreviation names: "Calif" in "SANTA CLARA, Calif. —". Only right after "City, " and
 * before its full stop, where the short forms ("Miss", "Wash", "Ind") cannot be words.
 */
export function datelineStateAt(text: string, start: number, end: number): string | undefined {
  const state = STATE_ABBREVIATIONS.get(text.slice(start, end));
  if (!state || text[end] !== '.') return undefined;
  return /\p{Lu}[\p{L}.]*,[ \u00A0]+$/u.test(text.slice(Math.max(0, start - 30), start)) ? state : undefined;
}

/**
 * Places that news writes in lower case: the currency union ("the eurozone", "the euro zone", "the euro area").
 * Each match with the one canonical name all its spellings share.
 */
const LOWER_CASE_PLACES = /(?<![\p{L}-])(?:euro[ \u00A0-]?zone|euro[ \u00A0]area)(?![\p{L}-])/giu;

export function lowerCasePlaces(text: string): { start: number; end: number; canonical: string }[] {
  return [...text.matchAll(LOWER_CASE_PLACES)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, canonical: 'eurozone' }));
}
