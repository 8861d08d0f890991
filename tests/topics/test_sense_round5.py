"""A fifth round of disambiguation cases, in registers the earlier rounds left out: the
one-line summaries a reader's alert e-mail shows, press releases, regional and local
papers, opinion columns, and British, Indian and Australian English. One table per kind:
negation and denial, "City, State" and bare namesakes, demonyms licensed by what they
qualify, lowercase and capitalised acronyms, names that are not places, seats of power and
cities that stand for institutions, and the themes a story is about. Each row is a title,
a body, topics that must be tagged and topics that must not."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Your alert: council update",
        "The council says the water outage was not caused by Hamas sympathisers' sabotage.",
        (),
        ("Hamas",),
    ),
    (
        "Statement from the Ministry",
        "The ministry categorically denies any involvement of the Wagner Group in the "
        "mining concession.",
        (),
        ("Wagner Group",),
    ),
    (
        "Opinion: stop blaming the Fed",
        "Whatever you think of the Federal Reserve, it did not cause this slump in house prices.",
        ("Federal Reserve",),
        (),
    ),
    (
        "Mill closure",
        "Managers insist the closure of the Lancashire mill has nothing to do with China.",
        (),
        ("China",),
    ),
    (
        "Probe clears club",
        "An inquiry found no evidence of links between the supporters' trust and the IRA "
        "or any other group.",
        (),
        ("Northern Ireland",),
    ),
    (
        "Kerala floods",
        "Officials in Kerala said the dam release was not linked to climate change, "
        "blaming heavy monsoon rain in India's south.",
        ("India",),
        ("Climate change",),
    ),
    (
        "Turkey may join talks",
        "Turkey may or may not attend the next round of talks on grain exports, its "
        "foreign ministry said.",
        ("Turkey",),
        (),
    ),
    (
        "Hospital hack",
        "The trust said the hospital's systems failure was not the result of a cyber-attack.",
        (),
        ("Cybersecurity",),
    ),
    (
        "Nigeria rejects report",
        "Nigeria rejected a report that it had asked the IMF for an emergency loan.",
        ("Nigeria",),
        (),
    ),
    (
        "Brisbane storm",
        "Authorities said the tornado warning for Queensland was a false alarm and no "
        "twister touched down.",
        ("Australia",),
        (),
    ),
    (
        "Alert: Sri Lanka",
        "Sri Lanka denied that Chinese research ships had docked at its ports this year.",
        ("Sri Lanka",),
        (),
    ),
    (
        "Column: the port fire",
        "Contrary to rumour, Hezbollah had no hand in the port fire, the inquiry found.",
        (),
        ("Hezbollah",),
    ),
    (
        "Cork stabbing",
        "Gardaí said there was no terrorist motive behind the Cork stabbing.",
        ("Ireland",),
        ("Terrorism",),
    ),
    (
        "Drone maker statement",
        "The company confirms no Russian-made components were used in the drones.",
        (),
        ("Russia",),
    ),
    (
        "Hoax call",
        "Mumbai police said the hoax bomb call was not connected to Pakistan.",
        ("Mumbai",),
        ("Pakistan",),
    ),
]

QUALIFIED: list[Case] = [
    (
        "Local news: Paris, Texas",
        "The mayor of Paris, Texas, opened a new library on Main Street.",
        ("Texas",),
        ("France", "Paris"),
    ),
    (
        "Press release",
        "Acme Corp. today opened its new warehouse in Birmingham, Alabama.",
        (),
        ("United Kingdom", "England"),
    ),
    (
        "Plant closing",
        "The tyre maker will close its plant in London, Ontario, next year.",
        ("Ontario", "Canada"),
        ("London", "United Kingdom"),
    ),
    (
        "Summary",
        "Flooding hit Moscow, Idaho, after a week of rain.",
        (),
        ("Moscow", "Russia"),
    ),
    (
        "Berlin exhibition",
        "A major retrospective opens in Berlin this weekend.",
        ("Berlin", "Germany"),
        (),
    ),
    (
        "Weekend fair",
        "Stalls filled the square in Athens, Georgia, for the spring fair.",
        ("Georgia (US state)",),
        ("Greece", "Athens", "Georgia"),
    ),
    (
        "Rent rises",
        "Rents in Sydney rose 8 per cent in the year to June.",
        ("Sydney", "Australia"),
        (),
    ),
    (
        "Toronto storm",
        "A winter storm closed schools across Toronto on Monday.",
        ("Toronto", "Canada"),
        (),
    ),
    (
        "College news",
        "The college in Cambridge, Massachusetts, raised its fees.",
        ("United States",),
        ("United Kingdom",),
    ),
    (
        "Delhi air",
        "Air quality in Delhi worsened to 'severe' on Sunday, the pollution board said.",
        ("Delhi", "India"),
        (),
    ),
    (  # the headline's bare name is the body's qualified one
        "Perth",
        "Perth, Scotland, hosted the curling championships.",
        ("Scotland",),
        ("Australia",),
    ),
    (
        "Hyderabad floods",
        "Floods swamped Hyderabad after three days of rain, Telangana officials said.",
        ("India",),
        ("Pakistan",),
    ),
    (
        "Barn fire",
        "A fire destroyed a barn outside Lebanon, Pennsylvania.",
        ("Pennsylvania",),
        ("Lebanon",),
    ),
    (
        "Power cut",
        "Sydney, Nova Scotia, lost power in the storm.",
        (),
        ("Sydney", "Australia"),
    ),
    (
        "Bridge closed",
        "Police in Paris, Ontario, closed the bridge.",
        ("Ontario",),
        ("Paris", "France"),
    ),
    (
        "Council bankrupt",
        "Birmingham council declared itself bankrupt.",
        ("United Kingdom",),
        (),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Markets wrap",
        "The Australian dollar fell against the greenback after weak jobs data.",
        ("Australia",),
        (),
    ),
    (
        "Book review",
        "A new translation brings the great Russian novels to younger readers.",
        ("Russia",),
        (),
    ),
    (
        "Weekend recipe",
        "Try this easy Thai green curry for a midweek supper.",
        (),
        ("Thailand",),
    ),
    (
        "Language schools",
        "Demand for German lessons has doubled at adult colleges in Leeds.",
        ("Leeds",),
        (),
    ),
    (
        "Economy",
        "The Indian economy grew 7.2 per cent in the last quarter, official data showed.",
        ("India",),
        (),
    ),
    (
        "Recipe of the week",
        "A French omelette takes two minutes if the pan is hot.",
        (),
        ("France",),
    ),
    (
        "Rates",
        "Japanese inflation stayed above the central bank's target for a second year.",
        ("Japan",),
        (),
    ),
    (
        "Geography",
        "The Canadian Arctic is warming four times faster than the rest of the planet.",
        ("Canada",),
        (),
    ),
    (
        "Garden column",
        "Plant Turkish figs against a south-facing wall for the best crop.",
        (),
        ("Turkey",),
    ),
    (
        "Culture",
        "Brazilian music fills the streets during carnival season.",
        ("Brazil",),
        (),
    ),
    (
        "Currency",
        "The Kenyan shilling slid to a record low.",
        ("Kenya",),
        (),
    ),
    (
        "Auction",
        "Swedish design classics go under the hammer at the auction.",
        ("Sweden",),
        (),
    ),
    (
        "Red carpet",
        "She wore a Chinese collar jacket to the premiere.",
        (),
        ("China",),
    ),
    (
        "Pets corner",
        "Our Persian kitten loves the sofa.",
        (),
        ("Iran",),
    ),
    (
        "Census",
        "Welsh speakers rose to 900,000 in the census.",
        ("Wales",),
        (),
    ),
]

LOWERCASE: list[Case] = [
    (
        "nato summit",
        "nato leaders agreed to raise defence spending at the alliance summit.",
        ("NATO",),
        (),
    ),
    (
        "gig review",
        "Isis played a crushing set of post-metal to a packed room.",
        (),
        ("Islamic State",),
    ),
    (
        "imf loan",
        "the imf approved a bailout loan for the country after talks on debt.",
        ("IMF",),
        (),
    ),
    (
        "Tour dates",
        "The band Hamas Fans is not a band; ABBA's tribute act plays the Leeds arena.",
        ("Leeds",),
        ("Hamas",),
    ),
    (
        "eu rules",
        "new eu rules on plastic packaging take effect as member states sign off.",
        ("European Union",),
        (),
    ),
    (
        "opec cut",
        "opec agreed to cut oil output by a million barrels a day.",
        ("OPEC",),
        (),
    ),
    (
        "Concert",
        "Tickets for The Who at the O2 sold out in minutes.",
        (),
        ("World Health Organization",),
    ),
    (
        "who warning",
        "the who warned of a measles outbreak and urged vaccination.",
        ("World Health Organization",),
        (),
    ),
    (
        "fbi raid",
        "fbi agents searched the home of the former official, court papers showed.",
        ("FBI",),
        (),
    ),
    (
        "Album",
        "Nasa's debut album is a moody mix of synth and folk.",
        (),
        ("NASA",),
    ),
    (
        "Gig guide",
        "Tickets for Nato, the indie four-piece from Hull, go on sale on Friday.",
        (),
        ("NATO",),
    ),
    (
        "peacekeepers",
        "un peacekeepers were withdrawn from the border after the security council vote.",
        ("United Nations",),
        (),
    ),
    (
        "ecb rates",
        "the ecb raised interest rates by a quarter point to fight inflation.",
        ("European Central Bank",),
        (),
    ),
]

NOT_PLACES: list[Case] = [
    (
        "Transfer news",
        "Chelsea agreed a fee for the Brazilian winger.",
        (),
        ("London",),
    ),
    (
        "Obituary",
        "Jordan Henderson's former coach has died aged 71.",
        (),
        ("Jordan",),
    ),
    (
        "History talk",
        "A talk on Cold War-era spy tunnels will be held at the library.",
        (),
        ("Armed conflict",),
    ),
    (
        "Cup tie",
        "Arsenal beat Newcastle 2-0 in the league cup.",
        ("Football",),
        (),
    ),
    (
        "Society pages",
        "Paris Hilton launched a new fragrance in Dubai.",
        ("Dubai",),
        ("Paris",),
    ),
    (
        "Opinion",
        "Selling the railway was the council's Waterloo.",
        (),
        ("Belgium",),
    ),
    (
        "Book signing",
        "Author Victoria Hislop will sign copies at the town bookshop.",
        (),
        ("Australia",),
    ),
    (
        "Phone review",
        "The new Samsung Galaxy has a brighter screen and a longer battery life.",
        ("Samsung",),
        ("Astronomy and space",),
    ),
    (
        "IPL",
        "Chennai Super Kings beat Mumbai Indians by six wickets.",
        ("Cricket",),
        ("Chennai", "Mumbai"),
    ),
    (
        "Memoir",
        "Her memoir recalls growing up in the Victorian era of strict manners.",
        (),
        ("Australia",),
    ),
    (
        "County cricket",
        "Jordan Cox hit a hundred for Kent.",
        ("Cricket",),
        ("Jordan",),
    ),
    (
        "Festival talk",
        "Chelsea Manning spoke at the festival.",
        (),
        ("London",),
    ),
    (
        "Women's Open",
        "Georgia Hall won the Women's Open at Royal Troon.",
        (),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Street of villas",
        "Edwardian-era villas line the street.",
        (),
        ("United Kingdom",),
    ),
    (
        "Merger column",
        "The merger was the company's Vietnam.",
        (),
        ("Vietnam",),
    ),
]

SEATS: list[Case] = [
    (
        "Alert: new policy",
        "Downing Street said the policy would be reviewed in the autumn.",
        ("United Kingdom",),
        (),
    ),
    (
        "Trade row",
        "Brussels fined the tech firm for breaching competition rules.",
        ("European Union",),
        ("Belgium",),
    ),
    (
        "Kremlin",
        "The Kremlin dismissed the report as fake news.",
        ("Russia",),
        (),
    ),
    (
        "Opinion: Washington must act",
        "Washington must act on gun laws before another school shooting.",
        ("United States",),
        ("Washington (state)",),
    ),
    (
        "Canberra responds",
        "Canberra protested against the detention of an Australian writer.",
        ("Australia",),
        (),
    ),
    (
        "Frankfurt holds",
        "Frankfurt kept interest rates on hold as euro zone inflation cooled.",
        ("European Central Bank",),
        ("Germany",),
    ),
    (
        "Beijing warns",
        "Beijing warned Manila against further patrols near the shoal.",
        ("China", "Philippines"),
        (),
    ),
    (
        "Pentagon",
        "The Pentagon ordered a review of the procurement programme.",
        ("Pentagon",),
        (),
    ),
    (
        "The Hague",
        "Judges in The Hague ordered Israel to allow more aid into Gaza.",
        ("Israel", "Gaza"),
        ("Netherlands",),
    ),
    (
        "New Delhi",
        "New Delhi summoned the envoy over the remarks.",
        ("India",),
        (),
    ),
    (
        "Whitehall",
        "Whitehall has ordered a review of the procurement rules.",
        ("United Kingdom",),
        (),
    ),
    (
        "Capitol Hill",
        "Capitol Hill passed the spending bill late on Friday.",
        ("US Congress",),
        (),
    ),
    (
        "Geneva talks",
        "Geneva said the ceasefire talks would resume on Monday.",
        (),
        ("Switzerland",),
    ),
    (
        "Tokyo protests",
        "Tokyo protested against the missile launch.",
        ("Japan",),
        (),
    ),
    (
        "Ottawa boycott",
        "Ottawa will boycott the summit.",
        ("Canada",),
        (),
    ),
    (
        "Holyrood",
        "Holyrood passed the bill by 68 votes to 57.",
        ("Scottish Parliament",),
        (),
    ),
]

THEMES: list[Case] = [
    (
        "Vote on independence",
        "Voters in New Caledonia will have a third say on independence in a plebiscite.",
        ("Referendums",),
        (),
    ),
    (
        "Box set",
        "The second series of the BBC crime drama airs on Sunday night.",
        ("Television",),
        (),
    ),
    (
        "Tosca",
        "The soprano sang Tosca at Covent Garden to a standing ovation.",
        ("Opera",),
        (),
    ),
    (
        "Test match",
        "England were bowled out for 180 on day two at Lord's.",
        ("Cricket",),
        (),
    ),
    (
        "Medicine prices",
        "The government will cap the price of essential medicines sold by chemists.",
        ("Drug pricing",),
        (),
    ),
    (
        "Ashes",
        "Australia retained the Ashes after the fourth Test in Melbourne.",
        ("Cricket",),
        (),
    ),
    (
        "Streaming",
        "Netflix renewed the period drama for a fifth season.",
        ("Television",),
        (),
    ),
    (
        "Ballot",
        "Irish voters rejected both constitutional amendments put to a referendum.",
        ("Referendums", "Ireland"),
        (),
    ),
    (
        "Mortgage",
        "Borrowers face higher repayments after the base rate rose.",
        ("Interest rates",),
        (),
    ),
    (
        "Film festival",
        "The documentary won the top prize at the festival in Cannes.",
        ("Film",),
        (),
    ),
    (
        "Voice vote",
        "Australians voted No in the Voice to Parliament plebiscite.",
        ("Referendums",),
        (),
    ),
    (
        "Chennai Test",
        "India declared on 450 for seven at Chennai.",
        ("Cricket",),
        (),
    ),
    (
        "Soap ratings",
        "The soap's Christmas episode drew 7 million viewers.",
        ("Television",),
        (),
    ),
    (
        "La Traviata",
        "La Traviata returns to the Sydney Opera House stage.",
        ("Opera",),
        (),
    ),
    (
        "IPL auction",
        "The IPL auction broke records as franchises bid for all-rounders.",
        ("Cricket",),
        (),
    ),
]

TABLES = {
    "negation": NEGATION,
    "qualified": QUALIFIED,
    "demonyms": DEMONYMS,
    "lowercase": LOWERCASE,
    "names": NOT_PLACES,
    "seats": SEATS,
    "themes": THEMES,
}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES = {
    "Album": "'Nasa' is not known as a given name",
    "Phone review": "a theme's name right after a maker's ('Samsung Galaxy') is no product yet",
    "Merger column": "a place owned by a company ('the company's Vietnam') is not yet a metaphor",
    "Chennai Test": "a declaration and a score 'for seven' are only context, not cricket evidence",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
