"""An eighteenth round of disambiguation cases, all seven kinds: negation and denial,
"City, State" and bare namesakes, demonyms licensed by what they qualify, acronyms written
in lower case, names that are not places, seats of power, and the themes a story is about.
The registers are newsletter blurbs, social posts quoted in articles, headline-only feed
items, corporate announcements, sports results, weather and traffic bulletins, university
and hospital press releases, parish and charity news, and farming and shipping notices;
the places lean to Southern Europe, the Balkans, the Caucasus, Central America, the
Pacific islands, Scandinavia, Indonesia and the Philippines, and small towns in the US,
the UK, Canada and Australia. Each row is a title, a body, topics that must be tagged and
topics that must not; about half the rows of each kind keep the obvious reading, so a rule
that discounts too much fails as surely as one that discounts too little; the guards are
ordinary sentences that the rules these rows brought must leave as they were read."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Measles scare",
        "Tests at the hospital in Nadi showed the boy did not have measles after all, "
        "Fiji's health ministry said on Thursday.",
        ("Fiji",),
        ("Infectious diseases",),
    ),
    (
        "No tsunami warning",
        "A post shared 20,000 times claimed a tsunami would hit Tonga on Friday, but the "
        "meteorological service said no warning had been issued.",
        ("Tonga",),
        ("Tsunamis",),
    ),
    (
        "Cargo ship cleared",
        "Swedish customs said the cargo ship detained in Gothenburg was not carrying goods "
        "bound for Russia and let it sail on Wednesday.",
        ("Gothenburg", "Sweden"),
        ("Russia",),
    ),
    (
        "Quarry blast",
        "Residents near Tuzla felt the ground shake on Monday, but the seismological "
        "institute said it was a quarry blast, not an earthquake.",
        ("Tuzla", "Bosnia and Herzegovina"),
        ("Earthquakes",),
    ),
    (
        "Chapel bombing",
        "The army said fighters loyal to Islamic State set off the bomb at a chapel in "
        "Marawi during Sunday mass.",
        ("Islamic State", "Philippines"),
        (),
    ),
    (
        "Ambrym alert raised",
        "Vanuatu raised the alert level for the volcano on Ambrym and told villagers to "
        "keep five kilometres from the crater.",
        ("Vanuatu", "Volcanoes"),
        (),
    ),
    (
        "Tax agency hack",
        "Costa Rica's government said the ransomware attack on its tax agency was the work "
        "of a criminal gang, not a foreign state.",
        ("Costa Rica", "Cybersecurity"),
        (),
    ),
    (
        "Rain warning",
        "Forecasters have not ruled out flooding in Cumbria as heavy rain moves in from the "
        "west overnight.",
        ("Floods",),
        (),
    ),
]

CITY_STATE: list[Case] = [
    (
        "Tower lights up",
        "Paris, Tennessee, will light its Eiffel Tower replica for the holidays, the parks "
        "department said.",
        ("Tennessee",),
        ("Paris", "France"),
    ),
    (
        "Record visitors",
        "The mosque-cathedral in Córdoba drew a record number of visitors this year, the "
        "Andalusian tourism board said.",
        ("Spain",),
        ("Argentina",),
    ),
    (
        "Bus fares rise",
        "Bus fares in San José will rise by 30 colones from Monday, the transport regulator said.",
        ("Costa Rica",),
        ("San Jose", "California"),
    ),
    (
        "Gritters out",
        "Gritters were out across Birmingham overnight as the temperature fell below "
        "freezing on the ring road.",
        ("Birmingham", "England"),
        ("Alabama",),
    ),
    (
        "Tornado warning",
        "A tornado warning was issued for Cambridge, Ontario, on Thursday afternoon.",
        ("Ontario",),
        ("Cambridge", "England"),
    ),
    (
        "Sailings cancelled",
        "Ferry sailings between Vancouver and Victoria, British Columbia, were cancelled as "
        "the gale strengthened.",
        ("British Columbia",),
        ("Australia",),
    ),
    (
        "First cruise call",
        "A cruise ship docked in Batumi, Georgia, on Tuesday for the first time in five "
        "years, the port said.",
        ("Georgia", "Batumi"),
        ("Georgia (US state)",),
    ),
    (
        "Rodeo finals",
        "Ipswich, Queensland, will host the state rodeo finals in March, the show society "
        "announced.",
        ("Queensland",),
        ("Ipswich", "England"),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Yoghurt line",
        "A dairy co-op in Vermont will double its output of Greek yoghurt after signing a "
        "deal with a supermarket chain.",
        ("Vermont",),
        ("Greece",),
    ),
    (
        "Tanker orders",
        "Greek shipowners ordered 40 new tankers this year, a shipbroker said in its annual "
        "review.",
        ("Greece",),
        (),
    ),
    (
        "This week in town",
        "This week: the best Danish pastries on the high street, and a new Swedish massage "
        "studio opens above the chemist.",
        (),
        ("Denmark", "Sweden"),
    ),
    (
        "Salmon exports",
        "Norwegian salmon exports rose 12% in value in November, the seafood council said.",
        ("Norway",),
        (),
    ),
    (
        "Crews walk out",
        "Icelandic fishing crews went on strike over pay on Monday, leaving trawlers tied up "
        "in port.",
        ("Iceland",),
        (),
    ),
    (
        "Derby result",
        "Forfar beat Brechin 2-0, and the home fans started a Mexican wave midway through "
        "the second half.",
        (),
        ("Mexico",),
    ),
    (
        "Brandy sales",
        "Armenian brandy exports to Russia fell by a third in the first half, the statistics "
        "committee said.",
        ("Armenia", "Russia"),
        (),
    ),
    (
        "Hall repairs",
        "Parish notice: the Venetian blinds in the church hall will be replaced before the "
        "Christmas bazaar.",
        (),
        ("Venice", "Italy"),
    ),
]

CASE: list[Case] = [
    (
        "nato jets scrambled",
        "nato jets scrambled twice over the baltic this week to shadow russian bombers.",
        ("NATO",),
        (),
    ),
    (
        "who warns of dengue",
        "who warns of a dengue surge across the pacific islands as the rainy season starts.",
        ("World Health Organization",),
        (),
    ),
    (
        "nasa picks rover team",
        "nasa picks a university team to build wheels for its next lunar rover.",
        ("NASA",),
        (),
    ),
    (
        "fed holds rates",
        "fed holds rates steady and signals one cut next year as inflation cools.",
        ("Federal Reserve",),
        (),
    ),
    (
        "tell us",
        "tell us about your storm photos: send them to the newsroom before friday.",
        (),
        ("United States",),
    ),
    (
        "taco truck",
        "the taco truck's slogan, 'un taco, una sonrisa', is now painted on its side.",
        (),
        ("United Nations",),
    ),
    (
        "apple harvest down",
        "apple harvest down a third in kent after late frosts, growers say.",
        (),
        ("Apple Inc.",),
    ),
    (
        "amazon of the north",
        "amazon of the north: two canoeists paddle the yukon river for the food bank.",
        (),
        ("Amazon.com", "Amazon rainforest"),
    ),
]

NAMES: list[Case] = [
    (
        "Wheat loading",
        "Shipping notice: the bulk carrier Ocean Malta is due at Geelong on Thursday to load "
        "wheat for Jakarta.",
        ("Geelong",),
        ("Malta",),
    ),
    (
        "Title fight",
        "Israel Adesanya returns to the octagon in Perth next month for a middleweight bout.",
        ("Mixed martial arts",),
        ("Israel",),
    ),
    (
        "SUV recall",
        "Hyundai is recalling 90,000 Tucson and Santa Fe SUVs over a fuel pump fault, the "
        "company said.",
        ("Automotive industry",),
        ("Tucson", "Santa Fe", "Arizona", "New Mexico"),
    ),
    (
        "Board culture",
        "Shareholders said the board suffered from a kind of Stockholm syndrome towards its "
        "founder.",
        (),
        ("Stockholm", "Sweden"),
    ),
    (
        "Cruise call at Apia",
        "The cruise ship Norwegian Jewel docked in Apia on Monday, bringing 2,000 visitors "
        "to Samoa's capital.",
        ("Samoa",),
        ("Norway",),
    ),
    (
        "Olive harvest",
        "Kalamata olive growers in southern Greece expect a smaller harvest after the "
        "summer drought.",
        ("Greece",),
        (),
    ),
    (
        "Covers night",
        "The covers band opened with 'Hotel California' at the Dubbo bowling club on "
        "Saturday night.",
        (),
        ("California",),
    ),
    (
        "Derby in Belgrade",
        "Red Star beat Partizan 2-1 in the Belgrade derby, with fans filling the stadium "
        "long before kick-off.",
        ("Belgrade", "Serbia"),
        (),
    ),
]

SEATS: list[Case] = [
    (
        "Number plates deal",
        "Belgrade and Pristina agreed to recognise each other's car number plates under a "
        "deal brokered by the European Union.",
        ("Serbia", "Kosovo", "European Union"),
        (),
    ),
    (
        "Shelling charge",
        "Yerevan accused Baku of shelling border villages overnight, a charge Azerbaijan's "
        "defence ministry rejected.",
        ("Armenia", "Azerbaijan"),
        (),
    ),
    (
        "Free bus travel",
        "Holyrood voted to extend free bus travel to everyone under 25 from next spring.",
        ("Scottish Parliament",),
        (),
    ),
    (
        "Fun run",
        "A fun run around Holyrood Park raised £20,000 for the children's hospital in Edinburgh.",
        ("Edinburgh",),
        ("Scottish Parliament",),
    ),
    (
        "Ambassador summoned",
        "Jakarta summoned the Australian ambassador over reports that its phones had been tapped.",
        ("Indonesia", "Australia"),
        (),
    ),
    (
        "North Jakarta floods",
        "Floodwater a metre deep swamped north Jakarta after a night of heavy rain, "
        "stranding commuters.",
        ("Jakarta", "Indonesia", "Floods"),
        (),
    ),
    (
        "Water bombers",
        "Ottawa will send two water bombers to help Greece fight the wildfires on Evia.",
        ("Canada", "Greece", "Wildfires"),
        (),
    ),
    (
        "Skateway opens",
        "The Rideau Canal skateway in Ottawa opened for the season after a week of hard frost.",
        ("Ottawa",),
        (),
    ),
]

THEMES: list[Case] = [
    (
        "Hat-trick",
        "The striker's hat-trick lifted the club to third in the table on Saturday.",
        ("Football",),
        (),
    ),
    (
        "Picket line",
        "A striker at the car plant was hurt on the picket line when a lorry tried to cross.",
        (),
        ("Football",),
    ),
    (
        "Bull run",
        "Three runners were gored in the bull run in Pamplona on the festival's opening morning.",
        ("Spain",),
        ("Stock markets", "Financial markets"),
    ),
    (
        "Houses buried",
        "A landslide buried three houses in a village on Sulawesi after days of rain, the "
        "disaster agency said.",
        ("Indonesia",),
        ("Elections",),
    ),
    (
        "Landslide win",
        "The ruling party won a landslide in Samoa's general election, taking 40 of the 51 seats.",
        ("Elections", "Samoa"),
        (),
    ),
    (
        "Boson mass",
        "University physicists measured the mass of the W boson more precisely than ever, "
        "the department said.",
        ("Physics",),
        (),
    ),
    (
        "Stroke unit",
        "The hospital's new stroke unit treated its first patients this week, the trust "
        "said in a press release.",
        ("Health",),
        (),
    ),
    (
        "Food parcels",
        "The food bank in Ballarat handed out a record 900 parcels to families in the week "
        "before Christmas.",
        ("Poverty",),
        (),
    ),
]

# Ordinary sentences that keep their reading beside the rules these rows brought.
GUARDS: list[Case] = []

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
    "Measles scare": "a disease the patient 'did not have' is still read as an outbreak",
    "No tsunami warning": "a tsunami that a post claimed and the forecasters said no warning "
    "was issued for is still read as one",
    "Quarry blast": "'Tuzla' after 'near' is not read as the Bosnian town, and 'not an "
    "earthquake' is not checked",
    "Chapel bombing": "Marawi is missing from the gazetteer, so the Philippines goes untagged",
    "Record visitors": "bare 'Córdoba' beside 'Andalusian' is read as the Argentine city rather "
    "than the Spanish one",
    "Bus fares rise": "bare 'San José' beside fares in colones is read as the Californian city",
    "Wheat loading": "a ship named 'Ocean Malta' after 'the bulk carrier' is read as Malta",
    "Title fight": "'octagon' and 'middleweight bout' do not license mixed martial arts",
    "SUV recall": "models named after towns ('Tucson and Santa Fe SUVs') are read as the towns, "
    "and a recall of SUVs is not the car industry",
    "Cruise call at Apia": "a ship called 'Norwegian Jewel' is read as Norway",
    "Covers night": "a song title in quotes ('Hotel California') is read as the state",
    "Fun run": "Holyrood Park is read as the Scottish Parliament",
    "Picket line": "a 'striker' on a picket line is read as football",
    "Houses buried": "Sulawesi is missing from the gazetteer, so Indonesia goes untagged",
    "Food parcels": "a food bank handing out parcels is not read as poverty",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
