"""A seventeenth round of disambiguation cases, part B, five kinds: negation and denial,
"City, State" and bare namesakes, demonyms licensed by what they qualify, acronyms written
in lower case, and seats of power. The registers are finance wire briefs, court reporting,
travel advisories, local television briefs, science press releases and opinion columns;
the places lean to Eastern Europe, Central Asia, South Asia, Oceania, the Caribbean,
Canadian provinces, Australian states, English counties and small US towns. Each row is a
title, a body, topics that must be tagged and topics that must not; about half the rows of
each kind keep the obvious reading, so a rule that discounts too much fails as surely as
one that discounts too little; the guards are ordinary sentences that the rules these rows
brought must leave as they were read."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Trader acquitted",
        "A court in Almaty found no links between the fuel trader and an Islamic State cell "
        "and acquitted him on all counts.",
        ("Almaty", "Kazakhstan"),
        ("Islamic State",),
    ),
    (
        "Oath of allegiance",
        "Prosecutors in Bishkek told the court the accused had sworn allegiance to Islamic "
        "State Khorasan before travelling to Turkey.",
        ("Bishkek", "Kyrgyzstan", "Islamic State Khorasan"),
        (),
    ),
    (
        "Police post bombed",
        "The Pakistani Taliban claimed the bombing of a police post in Khyber Pakhtunkhwa "
        "that killed four officers on Monday.",
        ("Pakistani Taliban", "Khyber Pakhtunkhwa", "Pakistan"),
        (),
    ),
    (
        "Power deal",
        "Nepal will buy its winter power from India rather than China, the energy minister "
        "told reporters in Kathmandu.",
        ("Nepal", "India", "Kathmandu"),
        ("China",),
    ),
    (
        "Election commission hacked",
        "Moldova's president denied the opposition's claims and blamed Russia for the "
        "cyberattack on the election commission.",
        ("Moldova", "Russia", "Cybersecurity"),
        (),
    ),
    (
        "Outbreak denied",
        "Uzbekistan's health ministry dismissed reports of a cholera outbreak in Samarkand "
        "as rumours spread on messaging apps.",
        ("Uzbekistan",),
        ("Infectious diseases",),
    ),
    (
        "Fact check",
        "A viral post falsely claimed that NATO troops had landed at a port in Latvia, "
        "fact-checkers found.",
        (),
        ("NATO",),
    ),
    (
        "Montego Bay shooting",
        "The Jamaica Constabulary Force said the shooting of three men in Montego Bay was "
        "gang-related and not a robbery.",
        ("Jamaica", "Gun violence"),
        (),
    ),
    (
        "Loud boom",
        "Seismologists found no sign of an earthquake behind the loud boom heard across "
        "northern Tasmania on Saturday night.",
        ("Tasmania",),
        ("Earthquakes",),
    ),
    (
        "Marine heatwave",
        "The marine heatwave off New Zealand last summer was not a natural fluke but was "
        "driven by climate change, university researchers said in a study.",
        ("New Zealand", "Climate change"),
        (),
    ),
]

CITY_STATE: list[Case] = [
    (
        "Water tower vote",
        "Moscow, Idaho, approved a new water tower at Tuesday's council meeting.",
        ("Idaho",),
        ("Moscow", "Russia"),
    ),
    (
        "Kingston outage",
        "Power returned to most of Kingston on Sunday after the storm brought down lines "
        "across the island.",
        ("Kingston", "Jamaica"),
        ("Ontario",),
    ),
    (
        "Hottest night",
        "Perth recorded its hottest December night on record, with the temperature staying "
        "above 30C until dawn.",
        ("Perth", "Australia"),
        (),
    ),
    (
        "Tay floods",
        "The River Tay burst its banks in Perth, flooding homes near the North Inch, the "
        "Scottish environment agency said.",
        ("Scotland",),
        ("Australia",),
    ),
    (
        "Ginseng farms",
        "Tobacco farmers near Delhi, Ontario, have turned to growing ginseng for export.",
        ("Ontario",),
        ("Delhi", "India"),
    ),
    (
        "Coal shipments",
        "Coal shipments from Newcastle, New South Wales, rose 4% in the quarter, the port "
        "authority said.",
        ("New South Wales", "Coal"),
        ("England", "United Kingdom"),
    ),
    (
        "Footfall halves",
        "Market traders in Boston, Lincolnshire, say footfall has halved since the bypass opened.",
        (),
        ("Boston", "United States"),
    ),
    (
        "Stadium roof",
        "A tornado tore part of the roof off a baseball stadium in St. Petersburg, Florida, "
        "on Wednesday night.",
        ("Florida",),
        ("Saint Petersburg", "Russia"),
    ),
    (
        "Circus museum",
        "The circus museum in Peru, Indiana, reopened after a year of repairs.",
        ("Indiana",),
        ("Peru",),
    ),
    (
        "Indus rises",
        "Floodwater entered homes in Hyderabad, Sindh, after the Indus rose overnight.",
        ("Pakistan", "Sindh"),
        ("India",),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Lari weakens",
        "The Georgian lari weakened past 2.8 to the dollar on Monday as tourism receipts fell.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Listed terraces",
        "The Georgian terraces around the London square were listed by the council in 1972.",
        ("London",),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Baths restored",
        "The council will restore the Victorian Turkish baths in Harrogate and reopen them "
        "in the spring.",
        (),
        ("Turkey",),
    ),
    (
        "Near miss report",
        "The safety board used the Swiss cheese model to show how four small errors lined "
        "up before the near miss.",
        (),
        ("Switzerland",),
    ),
    (
        "Dinar peg",
        "The Jordanian dinar has been pegged to the US dollar since 1995, the central bank "
        "noted in its annual report.",
        ("Jordan",),
        (),
    ),
    (
        "Bauxite law",
        "A new Guinean mining law requires bauxite companies to refine part of their ore "
        "in the country.",
        ("Guinea",),
        ("Papua New Guinea", "Equatorial Guinea", "Guinea-Bissau"),
    ),
    (
        "Schools enrolment",
        "Enrolment in Kazakh-language schools rose by a fifth this year, the education "
        "ministry said.",
        ("Kazakhstan",),
        (),
    ),
    (
        "Flood defences column",
        "Delaying the flood defences again is playing Russian roulette with the town, "
        "writes our columnist.",
        (),
        ("Russia",),
    ),
    (
        "Tea auction",
        "Prices at the Sri Lankan tea auction in Colombo reached a record this week.",
        ("Sri Lanka",),
        (),
    ),
    (
        "Best in show",
        "An Afghan hound called Zola won best in show at the county show in Dorset.",
        (),
        ("Afghanistan",),
    ),
]

CASE: list[Case] = [
    (
        "imf approves tranche",
        "imf approves $330m tranche for sri lanka after its latest review.",
        ("IMF", "Sri Lanka"),
        (),
    ),
    (
        "who said what",
        "who said what: the key lines from last night's budget debate in the council.",
        (),
        ("World Health Organization",),
    ),
    (
        "fbi searches home",
        "fbi agents searched a home in a small ohio town in a wire fraud case.",
        ("FBI", "Ohio"),
        (),
    ),
    (
        "join us for carols",
        "join us for carols on the village green this friday, mince pies provided.",
        (),
        ("United States",),
    ),
    (
        "it's official",
        "it's official: the village fete is back in june after two years off.",
        (),
        ("Italy",),
    ),
    (
        "eu fines app store",
        "eu fines tech giant €1.8bn over app store rules after a four-year probe.",
        ("European Union",),
        (),
    ),
    (
        "kazakhstan over quota",
        "kazakhstan pumps above its opec+ oil quota for a fifth month.",
        ("OPEC", "Kazakhstan"),
        (),
    ),
    (
        "fed up with potholes",
        "fed up with potholes, villagers in the valley fill them in themselves.",
        (),
        ("Federal Reserve",),
    ),
    (
        "un peacekeepers leave",
        "un peacekeepers in south sudan hand over their base to local police.",
        ("United Nations", "South Sudan"),
        (),
    ),
    (
        "doctor who returns",
        "doctor who returns to bbc one on christmas day with a new companion.",
        (),
        ("World Health Organization",),
    ),
]

SEATS: list[Case] = [
    (
        "Pipeline talks",
        "The Kremlin said talks with Baku on the gas pipeline would resume next week.",
        ("Russia", "Azerbaijan"),
        (),
    ),
    (
        "Spaceport grant",
        "Whitehall sources said the grant for the spaceport in Cornwall would be withdrawn.",
        ("Downing Street",),
        (),
    ),
    (
        "Cenotaph cleaned",
        "Workers cleaned the Cenotaph on Whitehall ahead of Remembrance Sunday.",
        (),
        ("Downing Street",),
    ),
    (
        "Intercept protest",
        "Canberra lodged a protest with Beijing over the intercept of a navy patrol plane.",
        ("Australia", "China"),
        (),
    ),
    (
        "Coldest morning",
        "Canberra shivered through its coldest morning in a decade as the temperature fell "
        "to minus 8C.",
        ("Canberra",),
        (),
    ),
    (
        "Border clash blame",
        "Islamabad accused Kabul of sheltering militants after the border clash.",
        ("Pakistan", "Afghanistan"),
        (),
    ),
    (
        "Judicial deadline",
        "Brussels gave Warsaw until March to restore the independence of the courts.",
        ("European Commission", "Poland"),
        (),
    ),
    (
        "Chocolate museum",
        "A chocolate museum in Brussels doubled its visitor numbers this summer.",
        ("Brussels", "Belgium"),
        ("European Commission",),
    ),
    (
        "Cyprus talks",
        "Geneva talks on Cyprus ended without a deal, the UN envoy said on Friday.",
        ("United Nations", "Cyprus"),
        ("Switzerland",),
    ),
    (
        "Airport snowed in",
        "Heavy snow closed the airport in Astana on Friday and delayed trains to Almaty.",
        ("Astana", "Kazakhstan"),
        (),
    ),
]

# Ordinary sentences that keep their reading beside the rules these rows brought: a lowercase
# word before a demonym is no part of it, a gang licenses a shooting, a seat grants a
# deadline, a British county places the town before it, a claim made "falsely" is called
# false, and a monument stands on Whitehall.
GUARDS: list[Case] = [
    (
        "Coffee harvest",
        "Papua New Guinean coffee growers had a record harvest this year.",
        ("Papua New Guinea",),
        ("Guinea",),
    ),
    (
        "Oil output",
        "Equatorial Guinean oil output fell by a tenth last year.",
        ("Equatorial Guinea",),
        ("Guinea",),
    ),
    (
        "Town retaken",
        "The South Sudanese army said it had retaken the town.",
        ("South Sudan",),
        ("Sudan",),
    ),
    (
        "Film wraps",
        "The shooting of the gang film wrapped in Belfast this week.",
        ("Belfast",),
        ("Gun violence",),
    ),
    (
        "Gangs hold the capital",
        "Gangs control most of the capital, the UN said, after the shooting of a police "
        "officer in Port-au-Prince.",
        ("Gun violence", "Haiti"),
        (),
    ),
    (
        "Standing ovation",
        "Vienna gave the visiting orchestra a standing ovation on Sunday.",
        ("Vienna", "Austria"),
        (),
    ),
    (
        "Warm welcome",
        "Paris gave the cyclists a warm welcome at the end of the final stage.",
        ("Paris", "France"),
        (),
    ),
    (
        "Ferry port",
        "Ferries from Portsmouth, Hampshire, to Caen were cancelled in the storm.",
        ("Portsmouth", "England"),
        (),
    ),
    (
        "Three hubs",
        "Flights from Boston, Dallas and Chicago were cancelled on Friday.",
        ("Boston", "Dallas", "Chicago"),
        (),
    ),
    (
        "Award for a pub",
        "A pub in Richmond, Virginia, won a national award.",
        ("Richmond", "Virginia"),
        (),
    ),
    (
        "Rigged claims",
        "Several accounts falsely claimed that the election had been rigged.",
        ("Elections",),
        (),
    ),
    (
        "Prices claim",
        "The minister falsely claimed that inflation had fallen, the watchdog said.",
        ("Inflation",),
        (),
    ),
    (
        "Statue repair",
        "A row over the statue grew as Whitehall refused to pay for its repair.",
        ("Downing Street",),
        (),
    ),
    (
        "Pressure on Whitehall",
        "The cuts put pressure on Whitehall to find the money elsewhere.",
        ("Downing Street",),
        (),
    ),
]

TABLES = {
    "negation": NEGATION,
    "city_state": CITY_STATE,
    "demonyms": DEMONYMS,
    "case": CASE,
    "seats": SEATS,
    "guards": GUARDS,
}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {
    "Fact check": "the subject of a claim called false ('falsely claimed that NATO troops had "
    "landed') stays evidence unless the claim is of a link, as in 'Claims that Hamas fired "
    "the rockets are false'",
    "Tay floods": "bare 'Perth' beside 'Scottish' and the River Tay is still read as the "
    "Australian city",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
