"""A nineteenth round of disambiguation cases, all seven kinds: negation and denial,
"City, State" and bare namesakes, demonyms licensed by what they qualify, acronyms written
in lower case, names that are not places, seats of power, and the themes a story is about.
The registers are court listings, stock-exchange filings, school and club newsletters,
transport strike notices, obituaries, match reports, recipes and food news, and
science-journal summaries; the places lean to West and Southern Africa, the Gulf states,
South Asia, the Andes, the Baltic states, Mongolia, Japan, Canadian provinces, Ireland and
New Zealand. Each row is a title, a body, topics that must be tagged and topics that must
not; about half the rows of each kind keep the obvious reading, so a rule that discounts
too much fails as surely as one that discounts too little; the guards are ordinary
sentences that any rule these rows bring must leave as they were read."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Rumble in Pokhara",
        "Nepal's seismology centre said the rumble heard across Pokhara on Sunday night was "
        "thunder, not an earthquake.",
        ("Nepal",),
        ("Earthquakes",),
    ),
    (
        "Patients cleared",
        "Zambia's health ministry said tests on the five patients admitted in Lusaka came "
        "back negative for cholera.",
        ("Zambia",),
        ("Infectious diseases",),
    ),
    (
        "Trolleybus strike notice",
        "Strike notice: trolleybus drivers in Vilnius will walk out on Friday; buses and "
        "trains will not be affected.",
        ("Lithuania",),
        ("Rail transport",),
    ),
    (
        "Sylhet floods",
        "The floods not only cut roads around Sylhet but also swamped rice fields across "
        "north-east Bangladesh, the disaster ministry said.",
        ("Bangladesh", "Floods"),
        (),
    ),
    (
        "Ruby mine raid",
        "Police in northern Mozambique said the raid on the ruby mine was the work of armed "
        "robbers, not Islamic State fighters.",
        ("Mozambique",),
        ("Islamic State",),
    ),
    (
        "Appeal rejected",
        "Court list: the court in Muscat rejected the appeal of two men convicted of "
        "smuggling hashish and did not reduce their sentences.",
        ("Oman", "Courts and justice"),
        (),
    ),
    (
        "Output steady",
        "Kuwait's oil ministry denied reports that it would cut crude output, saying "
        "production would stay at current levels.",
        ("Kuwait", "Oil"),
        (),
    ),
    (
        "Exchange clarifies",
        "The Colombo Stock Exchange said in a filing that the miner was not under "
        "investigation and that trading in its shares had not been suspended.",
        ("Sri Lanka", "Stock markets"),
        (),
    ),
]

CITY_STATE: list[Case] = [
    (
        "Saturday market",
        "Halifax, West Yorkshire: the Piece Hall will host a food market every Saturday in "
        "December, the council said.",
        (),
        ("Halifax", "Canada", "Nova Scotia"),
    ),
    (
        "Harbour fog",
        "Fog closed the harbour in Halifax on Tuesday, and ferries to Dartmouth were held "
        "until noon.",
        ("Halifax", "Canada"),
        (),
    ),
    (
        "Diesel queues",
        "Fuel queues stretched for blocks in Santa Cruz, Bolivia, as diesel imports ran short.",
        ("Bolivia",),
        ("Philippines", "California"),
    ),
    (
        "Tax freeze",
        "Regina city council froze property taxes for a second year, the mayor said on Monday.",
        ("Regina", "Canada"),
        (),
    ),
    (
        "Fluoride stays",
        "Councillors in Hamilton, New Zealand, voted on Thursday to keep fluoride in the "
        "city's water.",
        ("New Zealand",),
        ("Canada", "Ontario"),
    ),
    (
        "Refinery jobs",
        "Lima, Ohio: the refinery will cut 200 jobs next year, its owner said in a filing.",
        ("Ohio",),
        ("Lima", "Peru"),
    ),
    (
        "Vendors protest",
        "Street vendors in Lima protested on Monday against a new licensing law.",
        ("Lima", "Peru"),
        (),
    ),
    (
        "Perahera ends",
        "Elephants led the Esala Perahera through the streets of Kandy on the festival's "
        "final night.",
        ("Kandy", "Sri Lanka"),
        (),
    ),
]

DEMONYMS: list[Case] = [
    (
        "New on Queen Street",
        "Food news: a Mongolian barbecue restaurant opens on Queen Street in Auckland next "
        "week, serving stir-fried noodles.",
        ("Auckland",),
        ("Mongolia",),
    ),
    (
        "Winter losses",
        "Mongolian herders lost a million head of livestock in the harsh winter, the "
        "emergency agency said.",
        ("Mongolia",),
        (),
    ),
    (
        "Garment march",
        "Bangladeshi garment workers marched in Gazipur on Sunday to demand higher wages.",
        ("Bangladesh",),
        (),
    ),
    (
        "Recipe of the week",
        "Recipe of the week: a slow-cooked Irish stew with lamb neck, potatoes and thyme.",
        (),
        ("Ireland",),
    ),
    (
        "Cocoa price",
        "Ghanaian cocoa farmers will be paid 20% more per bag this season, the cocoa board said.",
        ("Ghana",),
        (),
    ),
    (
        "Library cat",
        "School newsletter: the Persian cat that lives in the library has been named Biscuit "
        "by Year 3.",
        (),
        ("Iran",),
    ),
    (
        "Signs law",
        "The Latvian parliament voted to remove Russian-language signs from state offices "
        "by the end of the year.",
        ("Latvia",),
        (),
    ),
    (
        "Breeder dies",
        "Obituary: Margaret Hale, who bred Afghan hounds in Kent for fifty years, has died "
        "aged 91.",
        (),
        ("Afghanistan",),
    ),
]

CASE: list[Case] = [
    (
        "opec+ extends cuts",
        "opec+ agreed to extend its output cuts into next year, gulf delegates said after "
        "the meeting in riyadh.",
        ("OPEC",),
        (),
    ),
    (
        "imf approves loan",
        "imf approves $3bn loan for sri lanka as reforms take hold.",
        ("IMF", "Sri Lanka"),
        (),
    ),
    (
        "ecowas summit",
        "ecowas leaders meet in abuja to discuss the juntas in the sahel.",
        ("ECOWAS",),
        (),
    ),
    (
        "knife pesto",
        "recipe: who needs a food processor? this pesto is made with a knife and a board.",
        (),
        ("World Health Organization",),
    ),
    (
        "gcc 14 released",
        "gcc 14 released with better c++ support and faster builds.",
        (),
        ("Gulf Cooperation Council",),
    ),
    (
        "parking at pick-up",
        "school newsletter: parents are fed up with cars parked on the zigzag lines at "
        "pick-up time.",
        (),
        ("Federal Reserve",),
    ),
    (
        "walking lowers bp",
        "science summary: a daily walk lowered bp by 5 points in older adults, the trial found.",
        (),
        ("BP",),
    ),
    (
        "icc seeks warrant",
        "icc prosecutor seeks arrest warrant for myanmar junta chief over crimes against "
        "the rohingya.",
        ("International Criminal Court",),
        (),
    ),
]

NAMES: list[Case] = [
    (
        "Anchorage notice",
        "Notice to mariners: the bulk carrier Star Kuwait will anchor off Tauranga, New "
        "Zealand, on Tuesday to await a berth.",
        ("New Zealand",),
        ("Kuwait",),
    ),
    (
        "Midwife dies",
        "Obituary: Florence Mabuza, a midwife who delivered thousands of babies in Soweto, "
        "died on Sunday aged 88.",
        (),
        ("Florence", "Italy"),
    ),
    (
        "Top of the league",
        "Match report: Sporting Cristal beat Alianza Lima 2-0 in Lima on Sunday to go top "
        "of the league.",
        ("Lima", "Peru", "Football"),
        (),
    ),
    (
        "Gig review",
        "Gig review: the veteran rock band Kansas played their hits to a packed hall in "
        "Cork on Friday.",
        ("Cork",),
        ("Kansas",),
    ),
    (
        "Tomato soup",
        "Recipe: add a dash of Tabasco to the tomato soup and finish with crème fraîche.",
        (),
        ("Mexico",),
    ),
    (
        "Cup final march",
        "Riga FC fans marched through the old town of Riga before the cup final.",
        ("Riga", "Latvia"),
        (),
    ),
    (
        "Stage four",
        "The Dakar Rally's fourth stage, across the dunes of Saudi Arabia's Empty Quarter, "
        "was won by a Toyota crew.",
        ("Saudi Arabia", "Motorsport"),
        ("Senegal", "Dakar"),
    ),
    (
        "Welsh derby",
        "Match report: Jordan Oman scored twice as Swansea beat Cardiff in the Welsh derby.",
        ("Football", "Wales"),
        ("Jordan", "Oman"),
    ),
]

SEATS: list[Case] = [
    (
        "Extradition request",
        "Dhaka asked New Delhi to extradite the former prime minister, the foreign ministry said.",
        ("Bangladesh", "India"),
        (),
    ),
    (
        "Schools shut",
        "Dhaka's schools closed for a week as the temperature reached 41C.",
        ("Dhaka",),
        (),
    ),
    (
        "Flights restored",
        "Abu Dhabi and Doha restored direct flights after a three-year rift.",
        ("United Arab Emirates", "Qatar"),
        (),
    ),
    (
        "Housing debate",
        "Protesters gathered outside Leinster House as TDs debated the housing bill.",
        ("Ireland",),
        (),
    ),
    (
        "Cardamom buns",
        "Capitol Hill, Seattle: a new bakery opened on Broadway this week, serving cardamom buns.",
        ("Seattle",),
        ("US Congress",),
    ),
    (
        "Cross-country race",
        "Runners braved the frost at the Parliament Hill cross-country race on Hampstead "
        "Heath, London.",
        ("London",),
        ("Canada",),
    ),
    (
        "Coastguard protest",
        "Tokyo protested to Beijing over a Chinese coastguard ship near the Senkaku Islands.",
        ("Japan", "China"),
        (),
    ),
    (
        "Diplomat expelled",
        "The Kremlin called Estonia's expulsion of a Russian diplomat from Tallinn a hostile act.",
        ("Russia", "Estonia"),
        (),
    ),
]

THEMES: list[Case] = [
    (
        "Strain left",
        "Science summary: a study in Nature Geoscience found that the 2015 Nepal earthquake "
        "released only part of the strain along the fault.",
        ("Earthquakes", "Nepal"),
        (),
    ),
    (
        "Sunday ride",
        "Cycling club newsletter: check your tyre inflation before Sunday's ride to Kaikoura.",
        (),
        ("Inflation",),
    ),
    (
        "Prices slow",
        "Colombo consumer price inflation slowed to 4% in May, the central bank said.",
        ("Inflation", "Sri Lanka"),
        (),
    ),
    (
        "School council",
        "School newsletter: the school council election will be held on Friday, and Year 6 "
        "candidates give their speeches on Wednesday.",
        (),
        ("Elections",),
    ),
    (
        "New route",
        "Oman Air will start flights from Muscat to Kathmandu in March, the airline said in "
        "a filing.",
        ("Aviation", "Oman"),
        (),
    ),
    (
        "Free meals",
        "The pilot scheme for free school meals will be extended to every primary school in "
        "Saskatchewan.",
        ("Saskatchewan",),
        ("Aviation",),
    ),
    (
        "Reservoirs shrink",
        "Glaciers feeding La Paz's reservoirs have shrunk by half, and the city rationed "
        "water through a second dry season.",
        ("La Paz", "Bolivia", "Drought"),
        (),
    ),
    (
        "Chief executive quits",
        "Stock-exchange filing: the board called the chief executive's resignation an "
        "earthquake for the company, and its shares fell 9%.",
        (),
        ("Earthquakes",),
    ),
]

# Ordinary sentences that must keep their reading beside any rule these rows bring: an
# earthquake, a cholera outbreak, an election, inflation and a strike named plainly, the Fed
# and the WHO in capitals, the Kremlin and Downing Street speaking for their governments, a
# city with its country or province beside it, and demonyms that do mean their country.
GUARDS: list[Case] = [
    (
        "Quake in Hokkaido",
        "A magnitude 6 earthquake shook Hokkaido on Monday.",
        ("Japan", "Earthquakes"),
        (),
    ),
    (
        "Rate rise",
        "The Fed raised interest rates by a quarter point.",
        ("Federal Reserve",),
        (),
    ),
    (
        "Cholera outbreak",
        "Zambia confirmed a cholera outbreak in Lusaka.",
        ("Zambia", "Infectious diseases"),
        (),
    ),
    (
        "Irish vote",
        "Irish voters go to the polls on Friday in a general election.",
        ("Ireland", "Elections"),
        (),
    ),
    ("Prices in Ghana", "Inflation in Ghana rose to 23% in March.", ("Ghana", "Inflation"), ()),
    (
        "Talks resume",
        "The Kremlin said talks with Kyiv would resume next week.",
        ("Russia", "Ukraine"),
        (),
    ),
    (
        "Gulf visit",
        "Downing Street said the prime minister would visit Oman.",
        ("Downing Street", "Oman"),
        (),
    ),
    (
        "Mining law march",
        "Thousands marched in Lima, Peru, against the new mining law.",
        ("Peru",),
        (),
    ),
    (
        "Cigarettes seized",
        "Estonian customs seized cigarettes at the port of Tallinn.",
        ("Estonia",),
        (),
    ),
    (
        "Copper mine deal",
        "Mongolia signed a deal to expand the Oyu Tolgoi copper mine.",
        ("Mongolia",),
        (),
    ),
    (
        "Storm outages",
        "A storm knocked out power across Nova Scotia, including Halifax.",
        ("Nova Scotia", "Halifax"),
        (),
    ),
    (
        "Factories reopen",
        "Garment factories in Dhaka reopened after the strike.",
        ("Dhaka", "Bangladesh"),
        (),
    ),
    (
        "Measles in Nepal",
        "The WHO said measles cases rose in Nepal.",
        ("World Health Organization", "Nepal"),
        (),
    ),
    (
        "League leaders",
        "Riga FC won again on Sunday, and Riga now lead the league by four points.",
        (),
        ("Latvia",),
    ),
    (
        "Club visit",
        "Riga FC players visited a children's hospital in Riga.",
        ("Riga", "Latvia"),
        (),
    ),
    (
        "Budget vote",
        "Congress on Capitol Hill voted on the budget on Tuesday.",
        ("US Congress",),
        (),
    ),
    (
        "Shutdown talks",
        "Lawmakers on Capitol Hill, Washington, worked through the night to avert a shutdown.",
        ("US Congress",),
        (),
    ),
    (
        "Budget tabled",
        "Ottawa: MPs on Parliament Hill debated the federal budget.",
        ("Canada",),
        (),
    ),
    (
        "Convoy protest",
        "Truckers blocked the streets around Parliament Hill for a third day.",
        ("Canada",),
        (),
    ),
    (
        "Monaco race",
        "Leclerc won the Monaco Grand Prix on Sunday.",
        ("Monaco", "Motorsport"),
        (),
    ),
    (
        "Marathon record",
        "Kipchoge won the Berlin Marathon in a world record time.",
        ("Berlin", "Germany"),
        (),
    ),
    (
        "Rally in the capital",
        "Thousands joined a rally in Dakar on Saturday to demand the release of opposition "
        "leaders.",
        ("Dakar", "Senegal"),
        ("Motorsport",),
    ),
    (
        "Shares rally",
        "Oil shares staged a rally on Friday, the second stage of a recovery.",
        (),
        ("Motorsport",),
    ),
    (
        "Test won",
        "Match report: Durham beat Sussex by six wickets at Chester-le-Street to go top of "
        "the table.",
        ("Cricket",),
        ("Football",),
    ),
    (
        "Tries at the death",
        "Match report: Leicester beat Bath 24-17, scoring three tries and a late penalty in "
        "the scrum.",
        ("Rugby",),
        ("Football",),
    ),
    # a test's result: only a negative one for the disease named discounts it
    (
        "Cholera confirmed",
        "Tests on two patients in Lusaka came back positive for cholera, Zambia's health "
        "ministry said.",
        ("Zambia", "Infectious diseases"),
        (),
    ),
    (
        "Mixed results",
        "Of the 12 patients tested in Lusaka, three were positive and the rest came back "
        "negative for cholera.",
        ("Infectious diseases",),
        (),
    ),
    (
        "Dengue ruled out",
        "Samples from Kathmandu tested negative for dengue, but doctors said measles was "
        "spreading.",
        ("Nepal", "Infectious diseases"),
        (),
    ),
    ("Outlook cut", "The agency said the ruling was negative for Zambia's banks.", ("Zambia",), ()),
    # drought named plainly; a dry season alone and rationed power are none
    ("Drought in Kenya", "Kenya's drought killed 2 million livestock.", ("Kenya", "Drought"), ()),
    (
        "Dry season",
        "The dry season in Ghana runs from November to March.",
        ("Ghana",),
        ("Drought",),
    ),
    (
        "Power cuts",
        "South Africa rationed electricity for a tenth day as power stations broke down.",
        ("South Africa",),
        ("Drought",),
    ),
    # prices, not air: inflation of wages, houses or a country stays
    (
        "Wage pressure",
        "Wage inflation in Chile climbed to 7%, the central bank said.",
        ("Chile", "Inflation"),
        (),
    ),
    (
        "Tyre prices",
        "Tyre prices rose 12% as inflation in Turkey hit 60%.",
        ("Turkey", "Inflation"),
        (),
    ),
    (
        "House prices",
        "House price inflation in New Zealand slowed to 2% in June.",
        ("New Zealand", "Inflation"),
        (),
    ),
    # a city's council, a president's race and the European Union's vote are political
    (
        "Kenya vote",
        "The opposition candidate won the presidential election in Kenya.",
        ("Kenya", "Elections"),
        (),
    ),
    (
        "Council vote",
        "Auckland's city council election will be held in October, and 40 candidates are standing.",
        ("Auckland", "Elections"),
        (),
    ),
    (
        "Debate night",
        "The three candidates for president debated on television in Bogota.",
        ("Colombia", "Elections"),
        (),
    ),
    (
        "EU vote",
        "Turnout in the European Union elections rose in Estonia.",
        ("Estonia", "Elections"),
        (),
    ),
    # a quake with a magnitude stays one, whatever it was for
    (
        "Chip shock",
        "Shares of Taiwan's chipmakers fell after a magnitude 7.4 jolt; analysts called it "
        "the worst earthquake for the industry in 25 years.",
        ("Taiwan", "Earthquakes"),
        (),
    ),
    (
        "Second quake",
        "An earthquake for the second time in a week shook Santiago, Chile.",
        ("Chile", "Earthquakes"),
        (),
    ),
    # a demonym before what is not a dish keeps its country
    (
        "Coal exports",
        "Mongolian coal exports to China rose 20% in May.",
        ("Mongolia", "China"),
        (),
    ),
    (
        "Port blockade",
        "French fishermen blocked the port of Calais.",
        ("France",),
        (),
    ),
    # sides of matches in other sports, Capitol Hill before a name, negative tests beside an
    # outbreak: read as before the round-19 rules
    (
        "Fiji stun Samoa in Pacific derby",
        "Fiji scored five tries to beat Samoa 38-10 in the Pacific derby in Suva, despite a yellow card and a penalty count of 12-4.",
        ("Fiji", "Samoa"),
        ("Football",),
    ),
    (
        "Canada beat Sweden in overtime",
        "Canada scored twice on the power play and beat Sweden 4-3 in overtime at the world championship in Prague; Sweden took a late penalty.",
        ("Canada", "Sweden"),
        ("Football",),
    ),
    (
        "Serbia beat Greece at EuroBasket",
        "Serbia scored 30 points in the third quarter to beat Greece 89-80 in a Balkan derby; Jokic had 14 rebounds and 9 assists.",
        ("Serbia", "Greece"),
        ("Football",),
    ),
    (
        "Denmark win handball final",
        "Denmark scored 12 goals in the second half to beat France 34-29 in the handball final in Stockholm, with one penalty saved.",
        ("Denmark", "France"),
        ("Football",),
    ),
    (
        "Hungary win water polo derby",
        "Hungary scored five goals in the third period to beat Serbia in a water polo derby in Budapest; a penalty shot sealed it.",
        ("Hungary", "Serbia"),
        ("Football",),
    ),
    (
        "Japan beat South Korea in volleyball",
        "Japan scored 25 points in the deciding set to beat South Korea in a volleyball derby in Osaka; a net penalty gave them match point.",
        ("Japan", "South Korea"),
        ("Football",),
    ),
    (
        "Jackson testifies",
        "After hearings on Capitol Hill, Jackson told reporters the committee would subpoena the records.",
        ("US Congress",),
        (),
    ),
    (
        "Houston congressman files impeachment articles",
        "On Capitol Hill, Houston congressman Al Green filed articles of impeachment against the president.",
        ("US Congress",),
        (),
    ),
    (
        "Phoenix mayor in Washington",
        "Back on Capitol Hill, Phoenix Mayor Kate Gallego testified on water shortages before a Senate panel.",
        ("US Congress",),
        (),
    ),
    (
        "Austin defends budget",
        "Speaking on Capitol Hill, Austin said the Pentagon needed a full-year budget to keep shipyards running.",
        ("US Congress", "Pentagon"),
        (),
    ),
    (
        "Budget talks stall",
        "On Capitol Hill, Boston Democrats joined a letter urging the speaker to hold a vote.",
        ("US Congress",),
        (),
    ),
    (
        "Bird flu near Iowa farm",
        "The herd came back negative for bird flu after an outbreak on a nearby farm in Iowa killed 3 million hens.",
        ("Infectious diseases",),
        (),
    ),
    (
        "TB screening on Lampedusa",
        "Screening of 40 migrants on Lampedusa came back negative for tuberculosis, easing fears of an outbreak at the reception centre.",
        ("Lampedusa", "Infectious diseases"),
        (),
    ),
    # a drought of goals, trophies or money is a long wait, not a dry season
    (
        "Goal drought over",
        "The striker ended a five-month goal drought with a header against Leeds.",
        (),
        ("Drought",),
    ),
    (
        "Money dries up",
        "A funding drought has forced dozens of fintech startups to cut staff.",
        (),
        ("Drought",),
    ),
    (
        "Cattle lost",
        "The drought in northern Kenya has killed thousands of cattle this year.",
        ("Kenya", "Drought"),
        (),
    ),
    (
        "Early universe",
        "The probe will look for traces of cosmic inflation in the oldest light in the sky.",
        (),
        ("Inflation",),
    ),
    (
        "Deduction",
        "The points deduction is an earthquake for the Scottish Premiership, its clubs said.",
        (),
        ("Earthquakes",),
    ),
    (
        "Parade eve",
        "Volunteers started the inflation of the giant balloons on the eve of the parade.",
        (),
        ("Inflation",),
    ),
    (
        "Prices of the staples",
        "The inflation of food prices hit the poorest households in Lagos hardest.",
        ("Inflation", "Lagos"),
        (),
    ),
    (
        "Quake for the valley",
        "A magnitude 6.2 earthquake for the second time in a month shook the valley near Van.",
        ("Earthquakes",),
        (),
    ),
]

TABLES = {
    "negation": NEGATION,
    "city_state": CITY_STATE,
    "demonyms": DEMONYMS,
    "case": CASE,
    "names": NAMES,
    "seats": SEATS,
    "themes": THEMES,
    "guards": GUARDS,
}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {
    "Perahera ends": "Kandy is below the population a bare city name needs and is a given "
    "name, and nothing else names Sri Lanka",
    "Top of the league": "a match report's score, 'beat' and 'top of the league' name no "
    "sport, so Football is not tagged",
    "Quake in Hokkaido": "Hokkaido, a prefecture known from the subdivision list, needs Japan "
    "named in the text, so a bare 'Hokkaido' tags nothing",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
