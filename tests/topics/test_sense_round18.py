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

# Ordinary sentences that keep their reading beside the rules and data these rows brought:
# a Philippine city written without its "City", Spain's Andalusia and Costa Rica's colones,
# a vessel's, a car model's and a quoted work's name, the park and palace of Holyrood, a
# striker only beside the game, the octagon only beside a bout, a food bank, carmakers as
# makers, a breed of horse, "did not have" and "tested negative for", a headline's word the
# body uses only to deny it, and the great islands of Indonesia and the Philippines.
GUARDS: list[Case] = [
    (
        "Measles cases rise",
        "Measles cases rose again this month, though one suspected case did not have measles.",
        ("Infectious diseases",),
        (),
    ),
    (
        "Flood warning",
        "Forecasters have not ruled out flooding in the valley overnight.",
        ("Floods",),
        (),
    ),
    (
        "Cholera in the camp",
        "Doctors confirmed three cholera cases in the camp and ruled out typhoid.",
        ("Infectious diseases",),
        (),
    ),
    (
        "Jeepney strike",
        "Jeepney drivers in Makati went on strike over the new fare rules.",
        ("Philippines",),
        (),
    ),
    (
        "Statue unveiled",
        "A statue of President Manuel Quezon was unveiled in the town square.",
        (),
        ("Quezon City",),
    ),
    (
        "Heat in Los Angeles",
        "Los Angeles sweltered through its hottest day of the year.",
        ("Los Angeles",),
        ("Angeles City", "Philippines"),
    ),
    (
        "Kansas City parade",
        "Fans lined the streets of Kansas City for the parade.",
        ("Kansas City",),
        (),
    ),
    (
        "Dressage win",
        "An Andalusian stallion won the dressage class at the county show.",
        (),
        ("Spain", "Andalusia"),
    ),
    (
        "Water cuts",
        "Andalusian farmers blocked roads over the water cuts.",
        ("Andalusia", "Spain"),
        (),
    ),
    (
        "Orange harvest",
        "Orange growers in Seville expect a smaller crop this winter.",
        ("Spain",),
        ("Argentina",),
    ),
    (
        "Cordoba protest",
        "Teachers marched in Córdoba, Argentina's second city, over pay.",
        ("Córdoba", "Argentina"),
        ("Spain",),
    ),
    (
        "Canal port",
        "Cargo through the port of Colón rose as the Panama Canal reopened to larger ships.",
        ("Panama",),
        ("Costa Rica",),
    ),
    (
        "Coffee prices",
        "Costa Rican coffee prices rose to a record at the San José auction.",
        ("Costa Rica",),
        (),
    ),
    (
        "Ferry to Malta",
        "The cruise ship docked in Malta on Monday after the storm passed.",
        ("Malta",),
        (),
    ),
    (
        "Oil tanker seized",
        "Greek coastguards boarded a tanker carrying Russian oil off Crete.",
        ("Greece", "Russia"),
        (),
    ),
    (
        "Airline order",
        "The flag carrier Qatar Airways ordered 20 new jets on Tuesday.",
        ("Qatar",),
        (),
    ),
    (
        "Navy exercise",
        "A Japanese destroyer sailed through the Taiwan Strait on Sunday.",
        ("Japan",),
        (),
    ),
    (
        "Snow in Santa Fe",
        "Santa Fe and Albuquerque woke to a foot of snow on Monday.",
        ("New Mexico",),
        (),
    ),
    (
        "Crash on the highway",
        "An SUV and a lorry collided near Tucson on Sunday night.",
        ("Tucson",),
        (),
    ),
    (
        "Chant",
        "Protesters chanted 'Free Palestine' outside the embassy in London.",
        ("Palestine", "London"),
        (),
    ),
    (
        "Coach speaks",
        "'We are staying in Paris this week,' the coach said of the team's plans.",
        ("Paris",),
        (),
    ),
    ("Book launch", "The novel, set in Lagos, is her third book.", ("Lagos", "Nigeria"), ()),
    (
        "Bus deal",
        "MSPs at Holyrood backed the bus deal by 70 votes to 50.",
        ("Scottish Parliament",),
        (),
    ),
    (
        "Palace visit",
        "The King hosted a garden party at the Palace of Holyroodhouse.",
        ("Edinburgh",),
        ("Scottish Parliament",),
    ),
    ("Two goals", "The striker scored twice as the club won at home.", ("Football",), ()),
    (
        "Port strike",
        "Strikers at the container port blocked the gates on Monday.",
        ("Labour unions",),
        ("Football",),
    ),
    (
        "New signing",
        "The Premier League side signed the striker on a three-year deal.",
        ("Football",),
        (),
    ),
    (
        "Chapel tower",
        "The chapel's octagon tower will be repaired this summer.",
        (),
        ("Mixed martial arts",),
    ),
    ("UFC card", "The UFC will stage a card in Sydney in February.", ("Mixed martial arts",), ()),
    (
        "Food bank use",
        "Food bank use rose by a third this year, the charity said.",
        ("Poverty",),
        (),
    ),
    (
        "Speeding driver",
        "A BMW driver was arrested for speeding through the village at 90mph.",
        (),
        ("Automotive industry",),
    ),
    (
        "Car plant",
        "Stellantis will close a car plant in Italy next year.",
        ("Automotive industry", "Italy"),
        (),
    ),
    (
        "Short of doses",
        "The clinic did not have enough vaccines for the measles outbreak.",
        ("Vaccines", "Infectious diseases"),
        (),
    ),
    ("Talks role", "Iran did not have a role in the talks, the mediators said.", ("Iran",), ()),
    (
        "Malaria diagnosis",
        "The nurse tested negative for Ebola but positive for malaria.",
        ("Infectious diseases",),
        (),
    ),
    (
        "Quake off Sumatra",
        "A strong earthquake struck off Sumatra on Tuesday.",
        ("Indonesia", "Earthquakes"),
        (),
    ),
    ("Typhoon in the north", "The typhoon brought floods to northern Luzon.", ("Philippines",), ()),
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
    "No tsunami warning": "a tsunami that a post claimed and the forecasters said no warning "
    "was issued for is still read as one",
    "Quarry blast": "Tuzla is below the population a bare city name needs, and nothing else "
    "names Bosnia",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
