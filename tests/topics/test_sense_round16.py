"""A sixteenth round of disambiguation cases, all seven kinds: negation and denial, "City,
State" and bare namesakes, demonyms licensed by what they qualify, acronyms written in
lower case, names that are not places, seats of power, and the themes a story is about.
The places, groups, clubs and seats lean to Africa, the Gulf, Latin America, South-East
Asia and the Nordic countries; the themes to by-elections, ballet, jazz, e-sports, rowing,
hockey, cybersecurity, launches and vaccines. Each row is a title, a body, topics that must
be tagged and topics that must not; about half the rows of each kind keep the obvious
reading."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Market blaze",
        "Police in Nairobi found no links to al-Shabaab in the fire at a city market.",
        ("Nairobi", "Kenya"),
        ("al-Shabaab",),
    ),
    (
        "Checkpoint ambush",
        "Boko Haram claimed the ambush on an army checkpoint in Borno on Tuesday.",
        ("Boko Haram", "Borno"),
        (),
    ),
    (
        "Refinery blast",
        "Nigerian officials ruled out a terrorist attack in the blast at a refinery near Lagos.",
        ("Lagos", "Nigeria"),
        ("Terrorism",),
    ),
    (
        "Port delays",
        "The delays at the port of Singapore were caused by a software fault, not a "
        "cyberattack, the operator said.",
        ("Singapore",),
        ("Cybersecurity",),
    ),
    (
        "Market strike",
        "The RSF denied any role in the drone strike on a market in El Fasher.",
        ("Rapid Support Forces", "El Fasher"),
        (),
    ),
    (
        "Fuel subsidies",
        "Unlike Ghana, Senegal has kept its fuel subsidies in place this year.",
        ("Senegal",),
        ("Ghana",),
    ),
    (
        "Hotel siege",
        "JNIM said its fighters carried out the siege of a hotel in Bamako.",
        ("JNIM", "Bamako", "Mali"),
        (),
    ),
    (
        "Ferry sinking",
        "Investigators in Tanzania found no evidence of a bomb in the sinking of a ferry on "
        "Lake Victoria.",
        ("Tanzania",),
        ("Terrorism",),
    ),
    (
        "Gallery stabbing",
        "Police in Copenhagen said the knife attack at a gallery was being treated as terrorism.",
        ("Copenhagen", "Denmark", "Terrorism"),
        (),
    ),
    (
        "Aid workers taken",
        "Mozambican police said there was no evidence that Islamic State was behind the "
        "kidnapping of two aid workers.",
        ("Mozambique",),
        ("Islamic State",),
    ),
]

NAMESAKES: list[Case] = [
    (
        "Water main burst",
        "A water main burst in Dublin, California, closing two streets on Tuesday.",
        ("California",),
        ("Dublin", "Ireland"),
    ),
    (
        "Cigar festival",
        "Havana, Florida, held its first cigar festival on Saturday.",
        ("Florida",),
        ("Havana", "Cuba"),
    ),
    (
        "Power cuts",
        "Power cuts in Havana left thousands without fans during the heatwave.",
        ("Havana", "Cuba"),
        (),
    ),
    (
        "Fair returns",
        "The county fair returns to Delhi, New York, next week.",
        ("New York (state)",),
        ("Delhi", "India"),
    ),
    (
        "Schools shut by smog",
        "Schools in Delhi closed as smog thickened over the city.",
        ("Delhi", "India"),
        (),
    ),
    (
        "Mill reopens",
        "A paper mill in Norway, Michigan, reopened with 80 jobs.",
        ("Michigan",),
        ("Norway",),
    ),
    (
        "Library saved",
        "Residents of Toronto, Ohio, voted to keep their public library open.",
        ("Ohio",),
        ("Toronto", "Canada"),
    ),
    (
        "Night market",
        "A new night market opened in Manila on Friday.",
        ("Manila", "Philippines"),
        (),
    ),
    (
        "Beaches closed",
        "Naples, Florida, closed two beaches after a red tide.",
        ("Florida",),
        ("Italy",),
    ),
    (
        "Canal route",
        "The Amsterdam marathon will pass the Rijksmuseum and run along the canals this year.",
        ("Amsterdam", "Netherlands"),
        (),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Growth slows",
        "The Ghanaian economy grew more slowly than expected in the third quarter.",
        ("Ghana", "Economy"),
        (),
    ),
    (
        "Wine exports",
        "Georgian wine exports to China rose by a third last year.",
        ("Georgia", "China"),
        ("Georgia (US state)",),
    ),
    (
        "Language app",
        "A new app teaches Icelandic to the children of migrant families.",
        ("Iceland",),
        (),
    ),
    (
        "Film season",
        "A season of Senegalese cinema opens at the arts centre on Friday.",
        ("Senegal",),
        (),
    ),
    (
        "Rain delay",
        "The crowd did a Mexican wave during the rain delay at the ground.",
        (),
        ("Mexico",),
    ),
    (
        "Warm October",
        "Gardeners enjoyed an Indian summer, with 24C in the second week of October.",
        (),
        ("India",),
    ),
    (
        "Long coast",
        "The Chilean coastline stretches more than 4,000 kilometres from north to south.",
        ("Chile",),
        (),
    ),
    (
        "Salon prices",
        "The salon now charges £150 for a Brazilian blow-dry.",
        (),
        ("Brazil",),
    ),
    (
        "Remittances",
        "The Jordanian economy relies heavily on remittances and tourism, the World Bank said.",
        ("Jordan", "Economy", "World Bank"),
        (),
    ),
    (
        "Empty office",
        "Half the office took French leave on Friday afternoon.",
        (),
        ("France",),
    ),
]

CASE: list[Case] = [
    (
        "ecowas suspends niger",
        "ecowas suspends niger after coup and calls emergency summit in abuja.",
        ("ECOWAS", "Niger", "Abuja"),
        (),
    ),
    (
        "asean leaders meet in jakarta",
        "asean leaders meet in jakarta on the myanmar crisis.",
        ("ASEAN", "Jakarta", "Myanmar"),
        (),
    ),
    (
        "opec agrees deeper cuts",
        "opec agrees deeper oil output cuts at vienna meeting.",
        ("OPEC", "Oil"),
        (),
    ),
    (
        "wfp warns of famine",
        "wfp warns of famine in south sudan as aid funding dries up.",
        ("World Food Programme", "South Sudan"),
        (),
    ),
    (
        "msf clinic shelled",
        "msf clinic shelled in khartoum, two staff hurt.",
        ("Doctors Without Borders", "Khartoum"),
        (),
    ),
    (
        "wto rules on steel",
        "wto rules against china in steel tariffs dispute.",
        ("WTO", "China", "Tariffs"),
        (),
    ),
    (
        "isis and osiris",
        "isis and osiris: egyptian gods exhibition opens at the city museum.",
        (),
        ("Islamic State",),
    ),
    (
        "au revoir to the old ferry",
        "au revoir to the old ferry as the new boat enters service on monday.",
        (),
        ("African Union",),
    ),
    (
        "un-missable gigs",
        "un-missable gigs this weekend, from folk in the park to jazz at the pier.",
        (),
        ("United Nations",),
    ),
    (
        "nato jets scrambled",
        "nato jets scrambled to shadow russian bombers over the baltic sea.",
        ("NATO", "Russia"),
        (),
    ),
]

NAMES: list[Case] = [
    (
        "Open lead",
        "Georgia Hall shot a 66 to take a two-stroke lead at the Women's Open.",
        ("Golf",),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "One-year deal",
        "Jordan Henderson signed a one-year deal with Ajax on Monday.",
        (),
        ("Jordan",),
    ),
    (
        "Band on tour",
        "Drummer Chad Smith said the band would tour again next year.",
        (),
        ("Chad",),
    ),
    (
        "Thousands displaced",
        "Floods in Chad have displaced 200,000 people, the UN said.",
        ("Chad", "Floods", "United Nations"),
        (),
    ),
    (
        "Super League",
        "Shanghai Port beat Beijing Guoan 3-1 in the Chinese Super League on Sunday.",
        ("Football",),
        ("Beijing",),
    ),
    (
        "Pay talks stall",
        "Pay talks between the two unions have become a Mexican stand-off.",
        ("Labour unions",),
        ("Mexico",),
    ),
    (
        "Bath house reopens",
        "An Ottoman-era bath house in Athens reopened as a museum on Saturday.",
        ("Athens", "Greece"),
        ("Turkey",),
    ),
    (
        "Late winner",
        "LA Galaxy beat the Sounders 2-1 with a goal in stoppage time.",
        (),
        ("Astronomy and space",),
    ),
    (
        "Schools close in heat",
        "Jordan closed schools in Amman as temperatures reached 45C.",
        ("Jordan", "Amman"),
        (),
    ),
    (
        "Distant galaxy",
        "Astronomers have mapped a galaxy 13 billion light years from Earth.",
        ("Astronomy and space",),
        (),
    ),
]

SEATS: list[Case] = [
    (
        "Sudan talks",
        "Riyadh said it would host a new round of talks on Sudan next week.",
        ("Saudi Arabia", "Sudan"),
        (),
    ),
    (
        "Ambassador recalled",
        "Nairobi recalled its ambassador from Kinshasa on Thursday.",
        ("Kenya", "Democratic Republic of the Congo"),
        (),
    ),
    (
        "Land law",
        "Pretoria rejected criticism from Washington over its new land law.",
        ("South Africa", "United States"),
        (),
    ),
    (
        "Packaging rules",
        "Lawmakers in Strasbourg voted to tighten the rules on plastic packaging.",
        ("European Parliament",),
        ("France",),
    ),
    (
        "Christmas market",
        "The Christmas market in Strasbourg drew two million visitors this year.",
        ("France",),
        ("European Parliament",),
    ),
    (
        "Thousands flee",
        "In Geneva, the UN refugee agency said 40,000 people had fled the fighting.",
        ("UNHCR",),
        ("Switzerland",),
    ),
    (
        "Ambassador summoned",
        "Wellington summoned the Chinese ambassador over the hacking claims.",
        ("New Zealand", "China"),
        (),
    ),
    (
        "Budget approved",
        "Stormont approved the budget on Tuesday after a long debate.",
        ("Northern Ireland Assembly",),
        (),
    ),
    (
        "Roads flooded",
        "Heavy rain flooded roads in Riyadh on Monday.",
        ("Riyadh", "Saudi Arabia"),
        (),
    ),
    (
        "Envoy to travel",
        "Foggy Bottom said the envoy would travel to Manila next week.",
        ("US State Department", "Manila"),
        (),
    ),
]

THEMES: list[Case] = [
    (
        "Seat lost",
        "Labour lost the by-election in the northern seat by 400 votes.",
        ("Elections", "Labour Party (UK)"),
        (),
    ),
    (
        "New Swan Lake",
        "The Royal Ballet's new Swan Lake opens at Covent Garden on Friday.",
        ("Arts and culture",),
        (),
    ),
    (
        "Three days of bands",
        "The jazz festival will feature 40 bands over three days by the river.",
        ("Music",),
        (),
    ),
    (
        "World final",
        "Twenty thousand fans watched the League of Legends world final in Seoul.",
        ("Video games", "Seoul"),
        (),
    ),
    (
        "Gold for the eight",
        "The women's eight won rowing gold at the world championships.",
        ("Sport",),
        (),
    ),
    (
        "Overtime win",
        "The Maple Leafs beat the Canadiens 3-2 in overtime on Saturday.",
        ("Ice hockey",),
        (),
    ),
    (
        "Hospital systems down",
        "A ransomware attack shut down the hospital's computer systems for a week.",
        ("Cybersecurity",),
        (),
    ),
    (
        "Satellites launched",
        "A rocket carrying two satellites lifted off from French Guiana on Thursday.",
        ("Space exploration",),
        (),
    ),
    (
        "Flu jabs",
        "Pharmacies began offering flu jabs to the over-65s this week.",
        ("Vaccines",),
        (),
    ),
    (
        "Budget vote",
        "The two party leaders played a game of chess over the budget vote.",
        (),
        ("Chess",),
    ),
]

TABLES = {
    "negation": NEGATION,
    "namesakes": NAMESAKES,
    "demonyms": DEMONYMS,
    "case": CASE,
    "names": NAMES,
    "seats": SEATS,
    "themes": THEMES,
}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {
    "ecowas suspends niger": "a country's name that is also a word, written in lower case "
    "('niger'), is left unread even beside a coup and 'ecowas'",
    "Seat lost": "bare 'Labour' is not read as the UK party even beside a by-election",
    "Budget vote": "'a game of chess' used of politics is read as the game",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
