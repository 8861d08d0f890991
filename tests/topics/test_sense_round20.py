"""A twentieth round of disambiguation cases, all seven kinds: negation and denial,
"City, State" and bare namesakes, demonyms licensed by what they qualify, acronyms written
in lower case, names that are not places, seats of power, and the themes a story is about.
The registers are airline and airport notices, central-bank statements, police blotters,
real-estate news, tech product launches, festival line-ups, university rankings, insurance
claims, agriculture prices, celebrity news and opinion columns; the places lean to North
Africa and the Sahel, East Africa, Central Asia, Southeast Asia, Mexico's and Brazil's
states, Australian states, small towns in the American Midwest and South, Romania and
Iberia. Each row is a title, a body, topics that must be tagged and topics that must not;
about half the rows of each kind keep the obvious reading, so a rule that discounts too
much fails as surely as one that discounts too little; the guards are ordinary sentences
that any rule these rows bring must leave as they were read."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Diverted flight",
        "Airport notice: Kenya Airways said its Nairobi flight was diverted to Mombasa "
        "because of fog, not a terrorist threat.",
        ("Kenya", "Aviation"),
        ("Terrorism",),
    ),
    (
        "Pipeline option",
        "Turkmenistan did not rule out selling gas to Europe through a pipeline under the "
        "Caspian Sea, its foreign minister said.",
        ("Turkmenistan", "Natural gas"),
        (),
    ),
    (
        "Claims rejected",
        "Insurance claims: the insurer rejected claims from potato farmers in Tasmania, "
        "saying the crop losses were caused by blight, not floods.",
        ("Tasmania",),
        ("Floods",),
    ),
    (
        "Quake dead",
        "Morocco's interior ministry denied that any foreigners were among the dead after "
        "the earthquake in the Atlas mountains.",
        ("Morocco", "Earthquakes"),
        (),
    ),
    (
        "Tourist's death",
        "Thailand's disease control department said the tourist who died in Phuket did not "
        "have bird flu.",
        ("Thailand",),
        ("Infectious diseases",),
    ),
    (
        "Dengue spreads",
        "Hanoi's health department said the dengue outbreak in the city was not yet under control.",
        ("Hanoi", "Vietnam", "Infectious diseases"),
        (),
    ),
    (
        "Vote date",
        "Mali's junta said the presidential election would not be postponed again and would "
        "be held in February.",
        ("Mali", "Elections"),
        (),
    ),
    (
        "Phone launch",
        "Tech launch: the maker's new budget smartphone has no AI features and sells for $199 "
        "in Malaysia.",
        ("Smartphones", "Malaysia"),
        ("Artificial intelligence",),
    ),
]

CITY_STATE: list[Case] = [
    (
        "Levee inspection",
        "Cairo, Illinois: engineers will inspect the town's levee next week, the county said.",
        ("Illinois",),
        ("Cairo", "Egypt"),
    ),
    (
        "Outlet expansion",
        "Real-estate news from Lebanon, Tennessee: the outlet mall off Interstate 40 will add "
        "30 stores next year.",
        ("Tennessee",),
        ("Lebanon",),
    ),
    (
        "Cathedral tickets",
        "Toledo, Spain: the cathedral will charge tourists 12 euros from June, the "
        "archdiocese said.",
        ("Spain",),
        ("Toledo", "Ohio"),
    ),
    (
        "Heat record",
        "Mérida, Yucatán, reached 43C on Tuesday, its hottest day on record.",
        ("Mérida", "Yucatán", "Mexico"),
        ("Spain", "Mérida (Venezuela)"),
    ),
    (
        "Port lease review",
        "Darwin's port lease to a Chinese company will be reviewed, the Northern Territory "
        "government said.",
        ("Darwin", "Australia"),
        (),
    ),
    (
        "Rig count",
        "Odessa, Texas: the number of drilling rigs in the Permian basin fell for a third week.",
        ("Texas",),
        ("Odesa", "Ukraine"),
    ),
    (
        "Militia clashes",
        "Militias clashed in Tripoli overnight, Libya's unity government said.",
        ("Tripoli", "Libya"),
        ("Lebanon", "Tripoli (Lebanon)"),
    ),
    (
        "Container record",
        "The port of Valencia handled a record 5.6 million containers last year, Spain's "
        "ports authority said.",
        ("Valencia (Spain)", "Spain"),
        ("Venezuela",),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Spotted",
        "Celebrity news: the actor was spotted leaving a Thai massage parlour in Los Angeles "
        "on Friday.",
        ("Los Angeles",),
        ("Thailand",),
    ),
    (
        "Rice prices",
        "Thai rice export prices rose to $600 a tonne, the exporters' association said.",
        ("Thailand",),
        (),
    ),
    (
        "Salon prices",
        "Beauty column: a Brazilian wax now costs about £45 in Manchester, a survey of "
        "salons found.",
        (),
        ("Brazil",),
    ),
    (
        "Podium sweep",
        "Kenyan runners swept the podium at the Boston Marathon on Monday.",
        ("Kenya",),
        (),
    ),
    (
        "Rankings climb",
        "University rankings: the university's Portuguese department climbed ten places in "
        "the subject tables.",
        (),
        ("Portugal",),
    ),
    (
        "Border blockade",
        "Romanian truckers blocked the border crossing with Hungary for a second day over "
        "fuel prices.",
        ("Romania",),
        (),
    ),
    (
        "Crowd warms up",
        "Festival report: 40,000 fans started a Mexican wave before the headliners came on at "
        "the Reading festival.",
        (),
        ("Mexico",),
    ),
    (
        "Wine exports",
        "Moldovan wine exports to Poland doubled in the first half of the year.",
        ("Moldova",),
        (),
    ),
]

CASE: list[Case] = [
    (
        "asean meets on myanmar",
        "asean foreign ministers meet in kuala lumpur to discuss the crisis in myanmar.",
        ("ASEAN",),
        (),
    ),
    (
        "ecb names coach",
        "ecb names new england women's head coach after ashes defeat.",
        ("Cricket",),
        ("European Central Bank",),
    ),
    (
        "ecb holds rates",
        "ecb holds rates as euro zone inflation eases to 2.1%.",
        ("European Central Bank",),
        (),
    ),
    (
        "au pair agency fined",
        "au pair agency fined for underpaying young workers in adelaide.",
        (),
        ("African Union",),
    ),
    (
        "au suspends niger",
        "au suspends niger after the military seizes power.",
        ("African Union",),
        (),
    ),
    (
        "pa system fault",
        "airport notice: a pa system fault delayed boarding for several flights at hobart airport.",
        ("Aviation",),
        ("Palestinian Authority",),
    ),
    (
        "rsf index",
        "rsf ranks norway first in its press freedom index for another year.",
        ("Press freedom",),
        ("Rapid Support Forces",),
    ),
    (
        "rsf shells el fasher",
        "rsf shells el fasher as sudan's war enters its third year.",
        ("Rapid Support Forces",),
        (),
    ),
]

NAMES: list[Case] = [
    (
        "Jewellery line",
        "Celebrity news: Georgia May Jagger launched a jewellery line in Milan on Thursday.",
        ("Milan",),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Berth notice",
        "Port notice: the cargo ship Kota Bharu will berth at Mombasa on Thursday to unload rice.",
        ("Mombasa", "Kenya"),
        ("Kota Bharu", "Malaysia"),
    ),
    (
        "Marathon day",
        "Thousands ran the Porto Marathon along the river on Sunday, closing roads across Porto.",
        ("Porto", "Portugal"),
        (),
    ),
    (
        "Car review",
        "Car review: the new Hyundai Santa Fe seats seven and is quieter on the motorway than "
        "the last.",
        (),
        ("Santa Fe", "Argentina", "New Mexico"),
    ),
    (
        "Festival returns",
        "Festival line-up: Rock in Rio returns to Rio de Janeiro in September, with three "
        "nights of headliners.",
        ("Rio de Janeiro", "Brazil"),
        (),
    ),
    (
        "Lisbon line-up",
        "Festival line-up: Rock in Rio Lisboa named its June headliners at a launch in Lisbon.",
        ("Lisbon", "Portugal"),
        ("Rio de Janeiro", "Brazil"),
    ),
    (
        "Derby trouble",
        "Police blotter: Dinamo Bucharest fans clashed with police in central Bucharest "
        "before the derby.",
        ("Bucharest", "Romania"),
        (),
    ),
    (
        "Grape prices",
        "Agriculture prices: Rioja growers will be paid 10% less for their grapes this "
        "harvest, the regional government in Logroño said.",
        ("Spain",),
        ("Argentina", "La Rioja"),
    ),
]

SEATS: list[Case] = [
    (
        "Border crossing",
        "Bangkok urged Naypyidaw to reopen the border crossing at Myawaddy.",
        ("Thailand", "Myanmar"),
        (),
    ),
    (
        "Roadworks",
        "Cambridge: roadworks on Downing Street will close the road to buses until May, the "
        "county council said.",
        ("Cambridge",),
        ("Downing Street",),
    ),
    (
        "Deficit warning",
        "Brussels told Bucharest to cut its budget deficit or face a freeze of its cohesion funds.",
        ("European Union", "Romania"),
        (),
    ),
    (
        "Sprout prices",
        "Agriculture prices: Brussels sprouts fetched 60p a kilo at the farm gate this week, "
        "down a tenth on last year.",
        (),
        ("Brussels", "Belgium", "European Union"),
    ),
    (
        "Palm oil",
        "Beijing lifted its curbs on Malaysian palm oil after talks in Kuala Lumpur.",
        ("China", "Malaysia"),
        (),
    ),
    (
        "Water main",
        "Westminster, Colorado: a burst water main closed two streets on Tuesday, police said.",
        ("Colorado",),
        ("UK Parliament", "City of Westminster"),
    ),
    (
        "Minerals deal",
        "Washington and Tashkent signed a deal on critical minerals, the State Department said.",
        ("United States", "Uzbekistan"),
        ("Washington (state)",),
    ),
    (
        "Pub brawl",
        "Police blotter: a man was arrested after a fight outside the White House pub in "
        "Ripon on Saturday night.",
        (),
        ("White House", "United States"),
    ),
]

THEMES: list[Case] = [
    (
        "Vrancea quake",
        "A magnitude 5.6 earthquake struck Vrancea county on Tuesday and was felt in Bucharest.",
        ("Earthquakes", "Romania"),
        (),
    ),
    (
        "Group chats",
        "Opinion: the rumour spread like wildfire through Kuala Lumpur's group chats before "
        "the minister denied it.",
        ("Kuala Lumpur",),
        ("Wildfires",),
    ),
    (
        "Ground staff walkout",
        "Airport notice: ground staff at Lisbon airport will strike on Friday, and TAP expects "
        "to cancel 200 flights.",
        ("Aviation", "Labour unions", "Lisbon"),
        (),
    ),
    (
        "Barn fire claim",
        "Insurance claims: a lightning strike set fire to a hay barn near Bunbury, Western "
        "Australia, and the insurer paid out within a week.",
        ("Western Australia",),
        ("Labour unions",),
    ),
    (
        "Customer data stolen",
        "Tech news: hackers stole the data of 2 million customers of a mobile operator in "
        "Kyrgyzstan, police in Bishkek said.",
        ("Cybersecurity", "Kyrgyzstan"),
        (),
    ),
    (
        "Top-floor flat",
        "Real-estate news: the top-floor flat in Seville is four flights of stairs up and has "
        "no lift.",
        ("Sevilla", "Spain"),
        ("Aviation",),
    ),
    (
        "Rate held",
        "The National Bank of Tajikistan held its key rate at 9%, saying inflation had eased "
        "to 3.5% in May.",
        ("Tajikistan", "Inflation"),
        (),
    ),
    (
        "Cheap grain",
        "Agriculture prices: a flood of cheap Ukrainian grain pushed wheat prices in Romania "
        "down 15%.",
        ("Romania",),
        ("Floods",),
    ),
]

# Ordinary sentences that must keep their reading beside any rule these rows bring: an
# airline, a strike, an election, inflation, a quake, floods, wildfires and a hack named
# plainly, the Kremlin and Washington speaking for their governments, the ECB in capitals,
# demonyms before people, and cities with their country or state beside them.
GUARDS: list[Case] = [
    (
        "Flights cancelled",
        "Kenya Airways cancelled flights from Nairobi to Mombasa.",
        ("Kenya", "Aviation"),
        (),
    ),
    ("Prices in Vietnam", "Inflation in Vietnam rose to 4% in June.", ("Vietnam", "Inflation"), ()),
    (
        "Fires in the west",
        "Wildfires burned 50,000 hectares in Western Australia.",
        ("Western Australia", "Wildfires"),
        (),
    ),
    (
        "Teachers strike",
        "Teachers in Uganda went on strike over pay.",
        ("Uganda", "Labour unions"),
        (),
    ),
    (
        "Moldova votes",
        "Voters in Moldova elected a new parliament on Sunday.",
        ("Moldova", "Elections"),
        (),
    ),
    (
        "Visit planned",
        "The Kremlin said Putin would visit Tashkent.",
        ("Russia", "Uzbekistan", "Vladimir Putin"),
        (),
    ),
    (
        "Generals sanctioned",
        "Washington imposed sanctions on Myanmar's generals.",
        ("United States", "Myanmar", "Sanctions"),
        (),
    ),
    ("Arrests in Bangkok", "Thai police arrested 20 people in Bangkok.", ("Thailand",), ()),
    (
        "Rates rise",
        "The ECB raised interest rates by a quarter point.",
        ("European Central Bank", "Interest rates"),
        (),
    ),
    ("Sudan talks", "Cairo hosted talks on the war in Sudan.", ("Egypt", "Sudan"), ()),
    (
        "Quake in the north",
        "A magnitude 6.1 earthquake hit northern Thailand.",
        ("Thailand", "Earthquakes"),
        (),
    ),
    (
        "Election site hacked",
        "Hackers attacked Romania's election website.",
        ("Romania", "Cybersecurity"),
        (),
    ),
    (
        "Coffee harvest",
        "Brazil's coffee harvest in Minas Gerais fell 10%.",
        ("Brazil", "Minas Gerais"),
        (),
    ),
    ("Floods in Tanzania", "Floods in Tanzania killed 40 people.", ("Tanzania", "Floods"), ()),
    (
        "Bar shooting",
        "Police in Tulsa said two people were shot outside a bar.",
        ("Tulsa", "Gun violence"),
        (),
    ),
    (
        "Blaze spreads",
        "The blaze spread like wildfire through the dry forest, firefighters said.",
        ("Wildfires",),
        (),
    ),
    (
        "Fire and flood",
        "Disasters like wildfires and floods are becoming more common in Australia.",
        ("Wildfires", "Floods", "Australia"),
        (),
    ),
    (
        "Seville flights",
        "Vueling cancelled four flights from Seville to Barcelona on Monday.",
        ("Aviation", "Sevilla"),
        (),
    ),
    (
        "Dam burst",
        "A flood of water from a burst dam swept through villages in Romania.",
        ("Floods", "Romania"),
        (),
    ),
    (
        "Flood after rain",
        "A flood hit the town of Galati in eastern Romania after heavy rain.",
        ("Floods", "Romania"),
        (),
    ),
    (
        "Regulation gap",
        "Malaysia has no AI regulation yet, the digital minister said.",
        ("Artificial intelligence", "Malaysia"),
        (),
    ),
    (
        "Chip features",
        "The new laptop sold in Malaysia has AI features and no fan.",
        ("Artificial intelligence", "Malaysia"),
        (),
    ),
    (
        "Douro harvest",
        "Portuguese winemakers in the Douro valley expect a smaller harvest.",
        ("Portugal",),
        (),
    ),
    (
        "Var floods",
        "Floods hit the French department of Var on Sunday.",
        ("France", "Floods"),
        (),
    ),
    (
        "Petrol station",
        "A petrol station in Texas sold gas at $2 a gallon after the storm.",
        ("Texas",),
        ("Natural gas",),
    ),
    (
        "Gas to Italy",
        "Azerbaijan sells gas to Italy through a pipeline across Turkey.",
        ("Azerbaijan", "Natural gas"),
        (),
    ),
    (
        "Film shoot",
        "The documentary was shot in Tulsa over two years.",
        ("Tulsa",),
        ("Gun violence",),
    ),
    (
        "Neighbour shot",
        "Police said a man shot and killed his neighbour in Memphis.",
        ("Memphis", "Gun violence"),
        (),
    ),
    (
        "Bird strike",
        "A bird strike forced a TAP flight back to Lisbon airport, and ground staff checked "
        "the engine.",
        ("Aviation", "Lisbon"),
        ("Labour unions",),
    ),
    (
        "Controllers strike",
        "Air traffic controllers in France will strike on Thursday, and airlines expect to "
        "cancel 1,000 flights.",
        ("France", "Labour unions", "Aviation"),
        (),
    ),
    (
        "Stress test",
        "ECB stress test shows euro zone banks can withstand a recession.",
        ("European Central Bank",),
        ("England and Wales Cricket Board", "Cricket"),
    ),
    (
        "ecb cuts",
        "ecb cuts rates again as euro zone growth stalls.",
        ("European Central Bank",),
        ("Cricket",),
    ),
    (
        "Mine expansion",
        "The AU$2 billion mine expansion in Western Australia was approved on Monday.",
        ("Western Australia",),
        ("African Union",),
    ),
    (
        "AU summit",
        "AU leaders met in Addis Ababa to discuss the war in Sudan.",
        ("African Union", "Sudan"),
        (),
    ),
    (
        "Junta talks",
        "Thailand's foreign minister flew to Nay Pyi Taw for talks with the junta.",
        ("Thailand", "Myanmar"),
        (),
    ),
    (
        "Ferry cancelled",
        "The ferry from Kota Bharu to Bangkok was cancelled because of the storm.",
        ("Malaysia", "Thailand"),
        (),
    ),
    (
        "Navy ship arrives",
        "The navy ship arrived in New Zealand on Monday with aid for Tonga.",
        ("New Zealand", "Tonga"),
        (),
    ),
    (
        "Tanker released",
        "The tanker Sri Lanka's navy seized last week was released on Monday.",
        ("Sri Lanka",),
        (),
    ),
    (
        "Veto threat",
        "The White House said on Monday it would veto the bill.",
        ("White House", "United States"),
        (),
    ),
    (
        "Troop ban",
        "The White House bar on transgender troops was challenged in court.",
        ("White House", "United States"),
        (),
    ),
    (
        "Hotel evacuated",
        "The Kremlin said a hotel in Moscow was evacuated after a bomb threat.",
        ("Russia", "Moscow"),
        (),
    ),
    (
        "Plant in Argentina",
        "Hyundai's plant in Argentina will build 20,000 cars a year.",
        ("Argentina",),
        (),
    ),
    (
        "Mexican sales",
        "Nissan Mexico said its sales rose 5% in March.",
        ("Mexico",),
        (),
    ),
    (
        "Third shift",
        "The Toyota Kentucky plant will add a third shift in May.",
        ("Kentucky",),
        (),
    ),
    (
        "Evolution taught",
        "Darwin's theory of evolution was taught in schools from 1900.",
        (),
        ("Australia",),
    ),
    (
        "Troops move north",
        "Israel's army moved into the northern territory of Gaza on Monday.",
        ("Israel",),
        ("Australia",),
    ),
    (
        "Cyclone warning",
        "A cyclone warning was issued for the coast of the Northern Territory.",
        ("Australia",),
        (),
    ),
    (
        "Floods in the northwest",
        "Floods hit La Rioja province in northwest Argentina on Sunday.",
        ("Argentina",),
        ("Spain",),
    ),
    (
        "Governor's emergency",
        "The governor of La Rioja, Argentina, declared a water emergency.",
        ("Argentina",),
        ("Spain",),
    ),
    # a flood of meltwater, a country's course or lessons, a golf course, faculty members,
    # petrol, AU$, a country before a verb after a vessel's word, a maker's arm, Argentina's
    # Rioja: read as before the round-20 rules
    (
        "Glacial lake bursts in Nepal",
        "A flood of meltwater from a glacial lake destroyed bridges in Nepal.",
        ("Floods", "Nepal"),
        (),
    ),
    (
        "Philippines protests",
        "Manila said the Chinese course of action near the Second Thomas Shoal was illegal.",
        ("Philippines", "China"),
        (),
    ),
    (
        "Columbia faculty",
        "Columbia University's Israeli faculty members said they feel unsafe on campus amid the Gaza protests.",
        ("Gaza", "Protests", "Israel"),
        (),
    ),
    (
        "Valderrama hosts LIV",
        "Valderrama, the Spanish course that hosted the 1997 Ryder Cup, will stage the LIV event.",
        ("Golf", "Spain"),
        (),
    ),
    (
        "Greek lessons for Italy",
        "Economists say the Greek lessons of 2010 show Italy must act before its bond yields spike.",
        ("Greece", "Italy"),
        (),
    ),
    (
        "Michigan pump prices",
        "Gas stations in Michigan are selling gas at record prices after the Line 5 pipeline shutdown.",
        ("Michigan",),
        ("Natural gas",),
    ),
    (
        "Canberra aid to Myanmar",
        "Canberra pledged AU$20 million in aid to Myanmar after the 2021 coup by the junta.",
        ("Australia", "Myanmar", "Coups"),
        ("African Union",),
    ),
    (
        "Fiji coup cost",
        "Fiji's 2006 coup cost the economy AU$500 million, Australian officials estimated.",
        ("Fiji", "Coups"),
        ("African Union",),
    ),
    (
        "Iran releases tanker",
        "Iran released the tanker Saudi Arabia had chartered, state media said.",
        ("Iran", "Saudi Arabia"),
        (),
    ),
    (
        "Seized vessel",
        "The vessel South Korea seized was suspected of transferring oil to North Korea in breach of sanctions.",
        ("South Korea", "North Korea"),
        (),
    ),
    (
        "Explosives on ship",
        "Officials inspected the cargo ship Sri Lanka detained last week for carrying undeclared explosives.",
        ("Sri Lanka", "Shipping"),
        (),
    ),
    (
        "Tesla Shanghai output",
        "Tesla Shanghai shipped 80,000 cars in May.",
        ("Tesla", "Shanghai"),
        (),
    ),
    (
        "Milei clashes with governor",
        "Javier Milei attacked Ricardo Quintela, governor of the Argentine province of Rioja, over its quasi-currency.",
        ("Argentina", "Javier Milei"),
        ("Spain",),
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
    "Roadworks": "'Downing Street' after a 'Cambridge:' dateline is read as the seat; "
    "Cambridge, a small city, gets no context from the dateline",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
