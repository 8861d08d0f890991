"""A twenty-second round of disambiguation cases, all seven kinds: negation and denial,
"City, State" and bare namesakes, demonyms licensed by what they qualify, acronyms written
in lower case, names that are not places, seats of power, and the themes a story is about.
The registers are sports results pages, parliament sketches, travel advisories, technology
reviews, stock-market wraps, local council minutes, obituaries of artists, science press
releases, humanitarian appeals, podcast show notes and letters to the editor; the places
lean to West and Central Africa, the Horn and the south of Africa, the Andes and the
Southern Cone, the Levant and Iraq, Iran and Afghanistan, Korea and Taiwan, Poland and
Czechia, the Low Countries, the US Northeast and West, Australia and New Zealand. Each row
is a title, a body, topics that must be tagged and topics that must not; about half the
rows of each kind keep the obvious reading, so a rule that discounts too much fails as
surely as one that discounts too little; the guards are ordinary sentences that any rule
these rows bring must leave as they were read."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Derby halted",
        "Sports results: the Kumasi derby was halted for twenty minutes after a crowd surge, "
        "and police said there was no evidence of a bomb threat.",
        ("Kumasi", "Ghana"),
        ("Terrorism",),
    ),
    (
        "Lake Kivu appeal",
        "Humanitarian appeal: the ferry that capsized on Lake Kivu was not attacked by M23 "
        "rebels, officials in Goma said; the appeal seeks $2 million for the families.",
        ("Goma", "Democratic Republic of the Congo"),
        ("M23",),
    ),
    (
        "Shaft collapse",
        "Officials in Johannesburg said the mine shaft collapse was not caused by an "
        "earthquake but by illegal digging beneath it.",
        ("Johannesburg", "South Africa"),
        ("Earthquakes",),
    ),
    (
        "Prices tamed",
        "Unlike Argentina, Uruguay kept inflation below 6% last year, the central bank in "
        "Montevideo said.",
        ("Uruguay", "Inflation"),
        ("Argentina",),
    ),
    (
        "Raids in the north",
        "Iraq's government did not rule out asking Turkey to halt its airstrikes in the "
        "Kurdistan region, a spokesman in Baghdad said.",
        ("Iraq", "Turkey", "Airstrikes"),
        (),
    ),
    (
        "Antwerp explosion",
        "Police in Antwerp said the explosion at a diamond dealer's office was not a terror "
        "attack but a settling of scores between criminal gangs.",
        ("Antwerp", "Belgium"),
        ("Terrorism",),
    ),
    (
        "Warships nearby",
        "Taiwan's defence ministry said Chinese warships had not entered its waters but had "
        "sailed close to them on Monday.",
        ("Taiwan", "China"),
        (),
    ),
    (
        "Reactor gap",
        "Podcast show notes: this week we ask why Poland still has no nuclear power plant, and "
        "what Czech reactors could teach Warsaw.",
        ("Poland", "Nuclear power", "Czech Republic"),
        (),
    ),
]

CITY_STATE: list[Case] = [
    (
        "Street repaving",
        "Council minutes, Paris, Texas: the city council voted to repave Clarksville Street "
        "and raise water rates by 4%.",
        ("Texas",),
        ("Paris", "France"),
    ),
    (
        "Ferries cancelled",
        "Travel advisory: ferries between Vancouver and Victoria, British Columbia, were "
        "cancelled on Friday because of high winds.",
        ("British Columbia", "Canada"),
        ("Victoria (Australia)", "Australia"),
    ),
    (
        "Reinsurers rally",
        "Stock-market wrap: reinsurers based in Hamilton, Bermuda, rose after a quiet storm "
        "season, while banks in Toronto slipped.",
        (),
        ("Hamilton", "Hamilton (New Zealand)", "New Zealand"),
    ),
    (
        "Painter dies",
        "Obituary: the painter, who was born in Hamilton, New Zealand, in 1931, died in "
        "Auckland on Sunday.",
        ("New Zealand",),
        ("Hamilton", "Canada"),
    ),
    (
        "Dengue emergency",
        "Córdoba, Argentina: the provincial government declared a health emergency over a "
        "dengue outbreak that has filled hospitals.",
        ("Argentina", "Infectious diseases"),
        ("Spain", "Córdoba (Spain)"),
    ),
    (
        "Power cuts",
        "Valencia, Venezuela: power cuts hit the industrial city for a third day, Carabobo's "
        "governor said.",
        ("Venezuela",),
        ("Spain", "Valencia (Spain)"),
    ),
    (
        "Smoke haze",
        "Bushfire smoke shrouded Perth on Tuesday, and schools across Western Australia kept "
        "children indoors.",
        ("Perth", "Western Australia"),
        ("Scotland",),
    ),
    (
        "Mosque visitors",
        "The Mosque-Cathedral of Córdoba drew two million visitors last year, Andalusia's "
        "tourism board said.",
        ("Spain",),
        ("Argentina",),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Wine to Poland",
        "Georgian wine exports to Poland rose 20% last year, the wine agency in Tbilisi said.",
        ("Georgia", "Poland"),
        ("Georgia (US state)",),
    ),
    (
        "Crossing reopens",
        "Jordanian officials said the border crossing with Iraq would reopen on Sunday.",
        ("Jordan", "Iraq"),
        (),
    ),
    (
        "Friar dies",
        "Obituary: the Dominican friar, who painted icons for churches across Bolivia, died "
        "in La Paz aged 88.",
        ("Bolivia",),
        ("Dominican Republic",),
    ),
    (
        "No-knead loaf",
        "Podcast show notes: this week, a no-knead loaf baked in a Dutch oven, and why the "
        "lid matters more than the flour.",
        (),
        ("Netherlands",),
    ),
    (
        "Glassworks cuts",
        "Czech glassmakers will cut 400 jobs as gas prices stay high, the union in Prague said.",
        ("Czech Republic",),
        (),
    ),
    (
        "Best in show",
        "Dog show results: an Afghan hound named Zara won best in show, ahead of a poodle "
        "and two terriers.",
        (),
        ("Afghanistan",),
    ),
    (
        "Vet survey",
        "Persian cats are prone to kidney disease, a survey of veterinary clinics in Auckland "
        "found.",
        ("Auckland",),
        ("Iran",),
    ),
    (
        "Capex raised",
        "Taiwanese chipmakers raised their capital spending by 15%, the island's economy "
        "ministry said.",
        ("Taiwan", "Semiconductors"),
        (),
    ),
]

CASE: list[Case] = [
    (
        "nato chief in warsaw",
        "nato chief visits warsaw as poland lifts defence spending to 4% of gdp.",
        ("NATO", "Poland"),
        (),
    ),
    (
        "opec+ output",
        "opec+ to raise oil output in june, saudi energy minister says.",
        ("OPEC", "Saudi Arabia", "Oil"),
        (),
    ),
    (
        "imf loan for ghana",
        "imf approves $1bn loan for ghana after debt restructuring deal.",
        ("IMF", "Ghana"),
        (),
    ),
    (
        "who warns on cholera",
        "who warns of cholera spreading in sudan's displacement camps.",
        ("World Health Organization", "Sudan"),
        (),
    ),
    (
        "who needs a tablet",
        "tech review: who needs a tablet when the new e-readers do this much?",
        (),
        ("World Health Organization",),
    ),
    (
        "un envoy in muscat",
        "un envoy meets houthi negotiators in muscat to revive the truce talks.",
        ("United Nations", "Houthis", "Oman"),
        (),
    ),
    (
        "Chicago in Adelaide",
        "Concert review: the band Chicago played its 1970s hits to a sold-out arena in "
        "Adelaide on Saturday.",
        ("Adelaide",),
        ("Chicago",),
    ),
    (
        "ira question",
        "Letters: should I move my ira into bonds now that the Fed is cutting rates?",
        (),
        ("Ireland", "Northern Ireland"),
    ),
]

NAMES: list[Case] = [
    (
        "Pianist dies",
        "Obituary: the pianist, whose recording of 'Georgia on My Mind' sold a million "
        "copies, died in Amsterdam aged 84.",
        ("Amsterdam", "Netherlands"),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Care denied",
        "Letters: as a Vietnam-era veteran living in Oregon, I was turned away from the VA "
        "clinic twice this year.",
        ("Oregon",),
        ("Vietnam",),
    ),
    (
        "Café opens",
        "Food review: a new café in Hobart serves Belgian waffles and Danish pastries from 7am.",
        ("Hobart", "Tasmania"),
        ("Belgium", "Denmark"),
    ),
    (
        "Phone review",
        "Tech review: the phone is a Swiss army knife of a device, but its battery dies by 4pm.",
        (),
        ("Switzerland",),
    ),
    (
        "Eredivisie result",
        "Sports results: PSV Eindhoven beat Feyenoord 2-1 at home in Eindhoven on Sunday.",
        ("Eindhoven", "Netherlands"),
        (),
    ),
    (
        "Prodigy drama",
        "Film review: Florence Pugh plays a chess prodigy in a drama shot in Prague.",
        ("Prague", "Czech Republic"),
        ("Florence",),
    ),
    (
        "Phoenix win",
        "Sports results: Wellington Phoenix beat Auckland FC 2-1 in front of 20,000 fans in "
        "Wellington.",
        ("Wellington", "New Zealand"),
        (),
    ),
    (
        "Stage cancelled",
        "Motorsport: the Dakar Rally's fourth stage was cancelled after floods in the Saudi "
        "desert.",
        ("Saudi Arabia", "Motorsport"),
        ("Dakar", "Senegal"),
    ),
]

SEATS: list[Case] = [
    (
        "Report shelved",
        "Parliament sketch: MPs grumbled that Whitehall had sat on the flood report for a year.",
        ("United Kingdom",),
        (),
    ),
    (
        "Aid cuts",
        "Foggy Bottom pushed back against the cuts to foreign aid, diplomats said.",
        ("US State Department", "United States"),
        (),
    ),
    (
        "No retaliation",
        "Zhongnanhai signalled it would not retaliate against Taiwan's new tariffs.",
        ("China", "Taiwan"),
        (),
    ),
    (
        "Judges case",
        "Brussels opened an infringement case against Warsaw over its judicial reforms.",
        ("European Union", "Poland"),
        (),
    ),
    (
        "Airport strike",
        "Travel advisory: a strike will shut Brussels airport on Monday, and trains to Antwerp "
        "will run hourly.",
        ("Brussels", "Belgium", "Aviation"),
        ("European Union",),
    ),
    (
        "Envoy summoned",
        "The Hague summoned Tehran's ambassador after the plot against a dissident was uncovered.",
        ("Netherlands", "Iran"),
        (),
    ),
    (
        "Police station",
        "Whitehall, Ohio: the city council approved plans for a new police station on Broad "
        "Street.",
        ("Ohio",),
        ("Downing Street", "United Kingdom"),
    ),
    (
        "Homes approved",
        "Langley, British Columbia: the township council approved 2,000 homes near the new "
        "SkyTrain line.",
        ("British Columbia", "Canada"),
        ("CIA",),
    ),
]

THEMES: list[Case] = [
    (
        "Dockers walk out",
        "Dock workers in Antwerp went on strike for 48 hours, stranding 200 ships.",
        ("Labour unions", "Shipping", "Belgium"),
        (),
    ),
    (
        "Rapid title",
        "Chess: Poland's top grandmaster won the rapid tournament in Warsaw with a round to spare.",
        ("Chess", "Poland"),
        (),
    ),
    (
        "Housing bill",
        "Parliament sketch: the minister played three-dimensional chess with the opposition "
        "over the housing bill, and lost.",
        (),
        ("Chess",),
    ),
    (
        "New fellows",
        "Science press release: the Royal Society of New Zealand elected 12 new fellows, "
        "including a geologist from Christchurch.",
        ("New Zealand", "Christchurch"),
        ("Elections",),
    ),
    (
        "Streaming hit",
        "TV review: the Korean soap opera about a Busan fish-market family is the streaming "
        "hit of the year.",
        ("Television", "South Korea"),
        ("Opera",),
    ),
    (
        "Soprano dies",
        "Obituary: the soprano, who sang Tosca at La Scala 200 times, died in Buenos Aires "
        "aged 91.",
        ("Opera", "Argentina"),
        (),
    ),
    (
        "Insulin cap",
        "Poland will cap the price of insulin at 5 zloty a pen from January, the health "
        "ministry said.",
        ("Drug pricing", "Poland"),
        (),
    ),
    (
        "Detainees protest",
        "Humanitarian appeal: 40 detainees held without charge in Asmara began a hunger "
        "strike on Monday.",
        ("Eritrea",),
        ("Labour unions",),
    ),
]

# Ordinary sentences that must keep their reading beside any rule these rows bring: floods,
# police, parliaments, markets, the IMF, NATO and the WHO in capitals, wildfires, protests,
# spies, elections, strikes and quakes named plainly.
GUARDS: list[Case] = [
    ("Accra floods", "Floods in Accra killed 12 people.", ("Accra", "Ghana", "Floods"), ()),
    ("Brussels arrests", "Belgian police arrested two men in Brussels.", ("Belgium", "Police"), ()),
    (
        "Agents law",
        "Georgia's parliament passed the foreign agents law on Tuesday.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Taipei shares",
        "Shares in Taiwan fell 2% as chipmakers slid.",
        ("Taiwan", "Stock markets"),
        (),
    ),
    (
        "Forecast cut",
        "The IMF cut its growth forecast for Argentina.",
        ("IMF", "Argentina"),
        (),
    ),
    (
        "Jets scrambled",
        "NATO jets intercepted Russian aircraft over the Baltic Sea.",
        ("NATO", "Russia"),
        (),
    ),
    (
        "Fire near LA",
        "A wildfire near Los Angeles forced 10,000 people to flee.",
        ("Wildfires", "Los Angeles"),
        (),
    ),
    (
        "Farmers protest",
        "Dutch farmers protested in The Hague against nitrogen rules.",
        ("Netherlands", "Protests"),
        (),
    ),
    (
        "Spies hanged",
        "Iran executed two men convicted of spying for Israel.",
        ("Iran", "Israel", "Espionage"),
        (),
    ),
    (
        "Czech vote",
        "Czech voters go to the polls on Saturday to elect a new parliament.",
        ("Czech Republic", "Elections"),
        (),
    ),
    (
        "Nurses strike",
        "Nurses in New Zealand went on strike over pay.",
        ("New Zealand", "Labour unions"),
        (),
    ),
    (
        "Chile quake",
        "A magnitude 6.0 earthquake struck off the coast of Chile.",
        ("Earthquakes", "Chile"),
        (),
    ),
    (
        "Cholera warning",
        "The WHO warned that cholera is spreading in Sudan.",
        ("World Health Organization", "Sudan", "Infectious diseases"),
        (),
    ),
    # a city under its Australian state, and a seat's name in a list of capitals: read as
    # before the round-22 rules
    (
        "Gallery approved",
        "Bendigo, Victoria: the city council approved a new art gallery.",
        ("Bendigo", "Victoria (Australia)", "Australia"),
        (),
    ),
    (
        "Roads cut",
        "Floods cut roads around Townsville, Queensland, on Monday.",
        ("Townsville", "Queensland", "Floods"),
        (),
    ),
    (
        "Deal welcomed",
        "Whitehall, Washington and Brussels all welcomed the deal, diplomats said.",
        ("Downing Street", "United Kingdom", "United States"),
        ("Washington (state)",),
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
    "Reinsurers rally": "'Hamilton' after 'based in' is read as Ontario's city, which "
    "'banks in Toronto' licenses, though 'Hamilton, Bermuda' names the place",
    "Taipei shares": "shares falling in a country are not read as its stock market",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
