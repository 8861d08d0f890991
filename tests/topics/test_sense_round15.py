"""A fifteenth round of disambiguation cases, all seven kinds: negation and denial, "City,
State" and bare namesakes, demonyms licensed by what they qualify, acronyms written in
lower case, names that are not places, seats of power, and the themes a story is about.
The registers are police and fire statements, local news, food and property pages, hurried
all-lower-case headlines, sport and entertainment pages, wire copy on governments and
institutions, and business news. Each row is a title, a body, topics that must be tagged
and topics that must not; about half the rows of each kind keep the obvious reading, so a
rule that discounts too much fails as surely as one that discounts too little."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Depot fire",
        "Police found no links to Hezbollah in the fire at a bus depot in Hamburg, a "
        "spokesman said.",
        ("Hamburg", "Germany"),
        ("Hezbollah",),
    ),
    (
        "Tanker attack",
        "The Houthis denied any role in the attack on a tanker in the Red Sea on Monday.",
        ("Houthis", "Red Sea"),
        (),
    ),
    (
        "Card payments frozen",
        "The bank said the outage that froze card payments for six hours was not related to "
        "a cyberattack.",
        ("Banking",),
        ("Cybersecurity",),
    ),
    (
        "Petrol car ban",
        "Unlike Norway, Sweden has no plans to ban the sale of new petrol cars.",
        ("Sweden",),
        ("Norway",),
    ),
    (
        "Mosque bombing",
        "Islamic State claimed responsibility for the bombing of a mosque in Kabul on Friday.",
        ("Islamic State", "Kabul"),
        (),
    ),
    (
        "Flats explosion",
        "Police in Milan have ruled out a terrorist motive for the explosion at a block of flats.",
        ("Milan", "Italy"),
        ("Terrorism",),
    ),
    (
        "Rocket fire",
        "Israel said Hamas was behind the rocket fire from Gaza overnight.",
        ("Hamas", "Israel", "Gaza"),
        (),
    ),
    (
        "Financing arrests",
        "Spanish police arrested three men in Madrid suspected of raising money for al-Qaeda.",
        ("Al-Qaeda", "Madrid", "Spain"),
        (),
    ),
    (
        "Cable cut",
        "Estonian officials said there was no evidence that Russia had cut the undersea cable.",
        ("Estonia",),
        ("Russia",),
    ),
    (
        "Station stabbing",
        "Police in Brussels said the stabbing at the station was being treated as a terrorist "
        "attack.",
        ("Brussels", "Terrorism"),
        (),
    ),
]

NAMESAKES: list[Case] = [
    (
        "Water main break",
        "A water main break flooded streets in Paris, Texas, on Wednesday morning.",
        ("Texas",),
        ("Paris", "France"),
    ),
    (
        "Paper mill to close",
        "The paper mill in Berlin, New Hampshire, will close next spring, its owner said.",
        ("New Hampshire",),
        ("Berlin", "Germany"),
    ),
    (
        "Metro strike",
        "A strike shut the metro in Berlin for most of Thursday.",
        ("Berlin", "Germany"),
        (),
    ),
    (
        "Tornado damage",
        "A tornado touched down near Moscow, Idaho, damaging several farm buildings.",
        ("Idaho",),
        ("Moscow", "Russia"),
    ),
    (
        "Flights grounded",
        "Heavy snow in Moscow grounded flights at two of the city's airports.",
        ("Moscow", "Russia"),
        (),
    ),
    (
        "County fair",
        "Thousands came to the county fair in Toledo, Ohio, over the weekend.",
        ("Ohio",),
        ("Spain",),
    ),
    (
        "Mayor re-elected",
        "The mayor of Cairo, Illinois, was re-elected on Tuesday.",
        ("Illinois",),
        ("Cairo", "Egypt"),
    ),
    (
        "Bus lanes",
        "New bus lanes will ease traffic jams in Cairo, the governor said.",
        ("Cairo", "Egypt"),
        (),
    ),
    (
        "Night protest",
        "Protesters gathered outside parliament in Tbilisi, Georgia, on Sunday night.",
        ("Tbilisi", "Georgia"),
        ("Georgia (US state)",),
    ),
    (
        "River clean-up",
        "Volunteers cleared rubbish from the banks of the Thames in London on Saturday.",
        ("London", "United Kingdom"),
        (),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Wine exports",
        "Moldovan wine exports rose by a fifth last year, led by sales to Poland.",
        ("Moldova", "Poland"),
        (),
    ),
    (
        "Growth forecast",
        "The Egyptian economy is expected to grow 4% this year, the IMF said.",
        ("Egypt", "Economy", "IMF"),
        (),
    ),
    (
        "Language classes",
        "Free Ukrainian language classes will start at the town library in March.",
        ("Ukraine",),
        (),
    ),
    (
        "Sold out by nine",
        "The café's Danish pastries sell out by nine every morning.",
        (),
        ("Denmark",),
    ),
    (
        "Lunch menu",
        "The lunch menu offers a Greek salad, French fries and a Spanish omelette.",
        (),
        ("Greece", "France", "Spain"),
    ),
    (
        "Missing cat",
        "A Persian cat went missing from a house on Elm Street on Sunday.",
        (),
        ("Iran",),
    ),
    (
        "Culture week",
        "A week of Bolivian culture, with music and food, opens at the town hall on Friday.",
        ("Bolivia",),
        (),
    ),
    (
        "Herders move",
        "Kyrgyz herders moved their flocks to higher pastures as the drought dragged on.",
        ("Kyrgyzstan", "Drought"),
        (),
    ),
    (
        "Holes in the plan",
        "The plan has more holes than Swiss cheese, the opposition said.",
        (),
        ("Switzerland",),
    ),
    (
        "Flat for rent",
        "The flat has French windows opening onto a small balcony.",
        (),
        ("France",),
    ),
]

CASE: list[Case] = [
    (
        "un envoy in sanaa",
        "un envoy meets houthi leaders in sanaa to push for a truce.",
        ("United Nations", "Sanaa"),
        (),
    ),
    (
        "ecb holds rates",
        "ecb holds interest rates steady as eurozone inflation eases.",
        ("European Central Bank", "Interest rates"),
        (),
    ),
    (
        "cia chief in cairo",
        "cia director flies to cairo for talks on the gaza hostages.",
        ("CIA", "Cairo"),
        (),
    ),
    (
        "wto steel ruling",
        "wto rules against tariffs on steel from china.",
        ("WTO", "China"),
        (),
    ),
    (
        "iaea inspectors return",
        "iaea inspectors return to iran's nuclear sites after a two-year gap.",
        ("IAEA", "Iran"),
        (),
    ),
    (
        "nasa delays launch",
        "nasa delays moon rocket launch over a fuel leak.",
        ("NASA",),
        (),
    ),
    (
        "us against the world",
        "it's us against the world, says coach after cup win.",
        (),
        ("United States",),
    ),
    (
        "who won the derby",
        "who won the derby? the result and the best moments from saturday's match.",
        (),
        ("World Health Organization",),
    ),
    (
        "icc bans spinner",
        "the icc has banned the spinner for a suspect bowling action after the test in lahore.",
        ("Cricket",),
        ("International Criminal Court",),
    ),
    (
        "fed up commuters",
        "fed up commuters walked to work after the trains were cancelled again.",
        (),
        ("Federal Reserve",),
    ),
]

NAMES: list[Case] = [
    (
        "Red carpet",
        "Sydney Sweeney arrived at the premiere in a vintage gown.",
        (),
        ("Sydney", "Australia"),
    ),
    (
        "Harbour swim",
        "Thousands swam across Sydney Harbour on New Year's morning.",
        ("Sydney", "Australia"),
        (),
    ),
    (
        "Derby win",
        "Real Madrid beat Sevilla 2-0 at the Bernabéu on Sunday.",
        ("Football",),
        ("Madrid",),
    ),
    (
        "Fans march",
        "Bayern Munich fans marched through the centre of Munich before the final.",
        ("Munich", "Germany"),
        (),
    ),
    (
        "New thriller",
        "Florence Pugh will star in a new thriller set on a cruise ship.",
        (),
        ("Italy",),
    ),
    (
        "Arno floods",
        "The Arno burst its banks in Florence, flooding streets in the old city.",
        ("Italy", "Floods"),
        (),
    ),
    (
        "Tax rules",
        "To most voters the new tax rules are double Dutch, the survey found.",
        ("Taxation",),
        ("Netherlands",),
    ),
    (
        "Charity walk",
        "A Vietnam War veteran has walked 500 miles to raise money for a hospice.",
        (),
        ("Vietnam",),
    ),
    (
        "Bomb found",
        "A second world war bomb was found on a building site in Cologne on Tuesday.",
        ("Germany",),
        (),
    ),
    (
        "Rockets win",
        "The Rockets beat the Suns 118-110 in Houston on Saturday night.",
        ("Houston", "Basketball"),
        ("Space exploration", "Astronomy and space"),
    ),
]

SEATS: list[Case] = [
    (
        "Coast guard protest",
        "Tokyo protested to Beijing after a coast guard ship entered disputed waters.",
        ("Japan", "China"),
        (),
    ),
    (
        "Talks to resume",
        "The Kremlin said talks with Washington would resume next month.",
        ("Russia", "United States"),
        (),
    ),
    (
        "Blossom peaks early",
        "The cherry blossom in Washington peaked early this year, the park service said.",
        ("Washington, D.C.",),
        ("White House",),
    ),
    (
        "Media law",
        "Brussels warned Budapest that it could lose EU funds over the new media law.",
        ("European Union", "Hungary"),
        ("Belgium",),
    ),
    (
        "Tram strike",
        "A tram strike in Brussels left commuters stranded on Monday.",
        ("Brussels", "Belgium"),
        ("European Union",),
    ),
    (
        "Warrant issued",
        "Judges in The Hague issued an arrest warrant for the former militia leader.",
        ("International Criminal Court",),
        ("Netherlands",),
    ),
    (
        "Convoys arrive",
        "Officials at the UN in Geneva said aid convoys had reached the city.",
        ("United Nations",),
        ("Switzerland",),
    ),
    (
        "Housing bill",
        "The Dáil passed the housing bill late on Thursday.",
        ("Ireland",),
        (),
    ),
    (
        "Spending bill blocked",
        "Capitol Hill Republicans blocked the spending bill on Wednesday.",
        ("US Congress", "Republican Party"),
        (),
    ),
    (
        "Bridge closed",
        "Westminster Bridge was closed for an hour after a bus broke down.",
        ("London",),
        ("UK Parliament",),
    ),
]

THEMES: list[Case] = [
    (
        "Snap poll",
        "The prime minister called a snap general election for 12 March.",
        ("Elections",),
        (),
    ),
    (
        "Self-rule vote",
        "Voters in the region backed greater self-rule in a referendum on Sunday.",
        ("Referendums",),
        (),
    ),
    (
        "Second series",
        "The crime drama's second series will air on BBC One in the autumn.",
        ("Television",),
        ("Crime",),
    ),
    (
        "Carmen returns",
        "The company's new production of Carmen opens at the opera house on Saturday.",
        ("Opera",),
        (),
    ),
    (
        "First day in Perth",
        "Australia were bowled out for 188 on the first day of the Test in Perth.",
        ("Cricket",),
        (),
    ),
    (
        "Insulin cap",
        "A new rule caps what insurers pay for insulin at $35 a month.",
        ("Drug pricing",),
        (),
    ),
    (
        "Sundance prize",
        "The documentary won the top prize at the Sundance film festival.",
        ("Film",),
        (),
    ),
    (
        "Faster chip",
        "The chipmaker unveiled a faster processor for data centres.",
        ("Semiconductors",),
        (),
    ),
    (
        "Merger talks",
        "The merger talks are a marathon, not a sprint, the chief executive said.",
        (),
        ("Athletics",),
    ),
    (
        "Budget reaction",
        "The chancellor's budget hit all the right notes with small firms.",
        (),
        ("Music",),
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
    "Blossom peaks early": "bare 'Washington' with no state, federal or city word beside it "
    "is left unread, as the state and the capital share the name",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
