"""A thirteenth round of disambiguation cases, in registers the earlier rounds left out:
company and club statements, airport and transport notices, adult-education listings,
property and architecture pages, car recall notices, gig guides, hurried posts from
readers, festival and Test-match copy, and rolling world-news briefs. One table per kind:
negation and denial, "City, State" and bare namesakes, demonyms licensed by what they
qualify, acronyms written in lower case, names that are not places, seats of power, and the
themes a story is about. Each row is a title, a body, topics that must be tagged and topics
that must not; about half the rows of each kind keep the obvious reading, so a rule that
discounts too much fails as surely as one that discounts too little."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Refinery blaze",
        "Officials in Texas ruled out terrorism and said the fire at the refinery was caused "
        "by a faulty valve.",
        ("Texas",),
        ("Terrorism",),
    ),
    (
        "Airport outage explained",
        "Officials confirmed the outage at Dubai's airport was caused by a cyberattack, not a "
        "power fault.",
        ("Dubai", "Cybersecurity"),
        (),
    ),
    (
        "Governor rejects claims",
        "The central bank governor dismissed claims that Hezbollah had moved money through "
        "Lebanese banks, calling them baseless.",
        ("Lebanon",),
        ("Hezbollah",),
    ),
    (
        "Rocket fire",
        "A Hamas spokesman denied that the group had fired the rockets and blamed a splinter "
        "faction.",
        ("Hamas",),
        (),
    ),
    (
        "Fact check: the flood photo",
        "The photo of flooded streets shared this week was not taken in Jakarta; it shows a "
        "2019 storm in Manila.",
        ("Manila", "Philippines"),
        ("Jakarta", "Indonesia"),
    ),
    (
        "Retailer blames the calendar",
        "The retailer said the weak quarter was not caused by inflation but by a late Easter.",
        (),
        ("Inflation",),
    ),
    (
        "Carmaker statement",
        "The carmaker said it had not ruled out job cuts at its plants in Germany.",
        ("Germany",),
        (),
    ),
    (
        "Loan talks",
        "The finance minister refused to deny that Ghana had reopened talks with the IMF on a "
        "new loan.",
        ("Ghana", "IMF"),
        (),
    ),
]

NAMESAKES: list[Case] = [
    (
        "Gas leak downtown",
        "Police in Moscow, Idaho, asked residents to avoid downtown after a gas leak on Main "
        "Street.",
        ("Idaho",),
        ("Moscow", "Russia"),
    ),
    (
        "Signal fault",
        "Sydney's trains stopped for two hours on Monday after a signal fault at Central station.",
        ("Sydney", "Australia"),
        ("Sydney (Canada)",),
    ),
    (
        "Curling comes to Cape Breton",
        "Sydney, Nova Scotia, will host the national curling championship next March.",
        ("Nova Scotia",),
        ("Sydney", "Australia"),
    ),
    (
        "Water main burst",
        "A water main burst in Alexandria, Virginia, flooding two blocks of Old Town.",
        ("Virginia",),
        ("Alexandria", "Egypt"),
    ),
    (
        "Snow closes schools",
        "Heavy snow closed schools across Birmingham and the rest of the West Midlands on Tuesday.",
        ("Birmingham", "England"),
        (),
    ),
    (
        "Heat at the Acropolis",
        "Tourists queued for hours at the Acropolis in Athens as temperatures reached 40C.",
        ("Athens", "Greece"),
        ("Athens (Georgia)",),
    ),
    (
        "Tuition freeze",
        "Queen's University in Kingston, Ontario, will freeze tuition for domestic students "
        "next year.",
        ("Ontario",),
        ("Kingston", "Jamaica"),
    ),
    (
        "Metro hours extended",
        "Hyderabad's metro will run until midnight on Sunday for fans leaving the stadium.",
        ("Hyderabad", "India"),
        ("Pakistan",),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Soy shipments",
        "Brazilian exports of soybeans rose 12% in March, the trade ministry said.",
        ("Brazil",),
        (),
    ),
    (
        "Breakfast menu",
        "The cafe's French toast and Danish pastries had sold out by nine on Saturday.",
        (),
        ("France", "Denmark"),
    ),
    (
        "Adult education",
        "Evening classes in Turkish and Polish start at the library next month.",
        ("Turkey", "Poland"),
        (),
    ),
    (
        "First date tips",
        "The couple went Dutch on dinner and shared a taxi home.",
        (),
        ("Netherlands",),
    ),
    (
        "Prices climb",
        "Nigerian inflation climbed to 33% in June, the statistics office said.",
        ("Nigeria", "Inflation"),
        (),
    ),
    (
        "Touchline row",
        '"Pardon my French," the coach said after a heated exchange with the fourth official.',
        (),
        ("France",),
    ),
    (
        "Festival prizes",
        "A Mexican film about two sisters won the audience award at the festival.",
        ("Mexico", "Film"),
        (),
    ),
    (
        "Christmas market opens",
        "Turkish delight and Belgian waffles are on sale at the stalls until Christmas Eve.",
        (),
        ("Turkey", "Belgium"),
    ),
]

CASE: list[Case] = [
    (
        "argentina forecast",
        "the imf cut its growth forecast for argentina on tuesday.",
        ("IMF", "Argentina"),
        (),
    ),
    (
        "sanctions agreed",
        "eu leaders agreed new sanctions on russia late on thursday.",
        ("European Union", "Russia"),
        (),
    ),
    (
        "output deal",
        "opec and its allies agreed to raise oil output from august.",
        ("OPEC",),
        (),
    ),
    (
        "Reader post",
        "can someone tell us why the trains are late AGAIN?? third time this week",
        (),
        ("United States",),
    ),
    (
        "Gig guide",
        "Interpol play the Roundhouse on Friday, with support from a local trio.",
        (),
        ("Interpol",),
    ),
    (
        "school threat",
        "the fbi said it was investigating a bomb threat at the high school.",
        ("FBI",),
        (),
    ),
    (
        "cholera update",
        "who officials said the cholera outbreak in yemen was slowing.",
        ("World Health Organization", "Yemen"),
        (),
    ),
    (
        "New mural",
        "The mural reads 'un mundo mejor' in tall blue letters across the gable wall.",
        (),
        ("United Nations",),
    ),
]

NAMES: list[Case] = [
    (
        "Casting news",
        "Florence Pugh will film the thriller in Budapest this spring, the studio said.",
        ("Budapest", "Hungary"),
        ("Florence", "Italy"),
    ),
    (
        "Signing confirmed",
        "Inter Milan confirmed the signing of a goalkeeper on a three-year deal.",
        (),
        ("Milan",),
    ),
    (
        "Budget talks",
        '"It is time to talk turkey about the budget," the council leader said.',
        (),
        ("Turkey",),
    ),
    (
        "Home of the week",
        "The Victorian terrace has been restored with its original fireplaces and tiles.",
        (),
        ("Victoria (Australia)",),
    ),
    (
        "Recall notice",
        "The carmaker recalled 40,000 Santa Fe SUVs over a wiring fault.",
        (),
        ("New Mexico",),
    ),
    (
        "Browser update",
        "Opera, the web browser, has added a built-in VPN for its mobile users.",
        (),
        ("Opera",),
    ),
    (
        "River bursts its banks",
        "Flooding closed roads around Florence after the Arno burst its banks.",
        ("Florence", "Italy"),
        (),
    ),
    (
        "Border reopens",
        "Jordan reopened its border crossing with Syria on Monday.",
        ("Jordan", "Syria"),
        (),
    ),
]

SEATS: list[Case] = [
    (
        "Grain deal",
        "The Kremlin said it saw no reason to extend the grain deal.",
        ("Russia",),
        (),
    ),
    (
        "Chipmaker inquiry",
        "Brussels opened an antitrust investigation into the chipmaker's pricing.",
        ("European Commission",),
        ("Belgium",),
    ),
    (
        "Airport strike",
        "Brussels airport cancelled half its flights because of a strike by security staff.",
        ("Belgium",),
        ("European Union", "European Commission"),
    ),
    (
        "Warrant sought",
        "Prosecutors in The Hague have asked judges to issue a warrant for the general.",
        ("International Criminal Court",),
        ("Netherlands",),
    ),
    (
        "Rents rise",
        "Rents in Geneva rose 6% last year, the steepest rise in Switzerland.",
        ("Geneva", "Switzerland"),
        ("United Nations",),
    ),
    (
        "Membership bid",
        "Ankara accused Stockholm of harbouring militants, delaying its NATO bid.",
        ("Turkey", "Sweden", "NATO"),
        (),
    ),
    (
        "Transport strike",
        "Rome's buses ran on a Sunday timetable during the transport strike.",
        ("Rome", "Italy"),
        (),
    ),
    (
        "Defence review",
        "Whitehall sources said the defence review would be delayed until the autumn.",
        ("United Kingdom",),
        (),
    ),
]

THEMES: list[Case] = [
    (
        "Ghana votes",
        "Voters in Ghana go to the polls on Saturday to choose a new president, with the "
        "economy the main issue.",
        ("Elections", "Ghana"),
        (),
    ),
    (
        "Captaincy",
        "The squad will elect a new captain at the end of the season.",
        (),
        ("Elections",),
    ),
    (
        "Casino vote",
        "Residents of the island will vote in a referendum next month on whether to allow casinos.",
        ("Referendums",),
        (),
    ),
    (
        "Jewellery shop raid",
        "The raid played out like a scene from a film, one witness told police.",
        (),
        ("Film",),
    ),
    (
        "Second Test, day two",
        "Australia were bowled out for 212 in Perth, with the openers falling cheaply to the "
        "new ball.",
        ("Cricket",),
        (),
    ),
    (
        "Hailstorm",
        "Hailstones the size of tennis balls smashed car windscreens across the town.",
        (),
        ("Tennis",),
    ),
    (
        "Insulin price cut",
        "The drugmaker agreed to cut the list price of its insulin by 70% after pressure from "
        "lawmakers.",
        ("Drug pricing",),
        (),
    ),
    (
        "Boardroom row",
        "The row between the two chief executives has become a soap opera, one investor said.",
        (),
        ("Opera", "Television"),
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
    "Governor rejects claims": "'Lebanese banks' inside the denied claim loses Lebanon with "
    "it; a demonym keeps its negation ('not by an Israeli strike', 'launched from Iranian "
    "territory'), and nothing tells where money moved from what is denied",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
