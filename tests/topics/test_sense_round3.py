"""A third round of disambiguation cases, written fresh for every kind at once: negation
and denial, "City, State" and bare namesakes, demonyms licensed by what they qualify,
lowercase acronyms, names that are not places, seats of power that stand for a government
or an institution, and the themes a story is about. Each row is a title, a body, topics
that must be tagged and topics that must not."""

from __future__ import annotations

import pytest

from tests.topics.sense_cases import Case, check_case, unknown_topics

NEGATION: list[Case] = [
    (
        "Depot blaze",
        "Fire investigators said the depot blaze had no connection to the PKK.",
        (),
        ("PKK",),
    ),
    (
        "Madrid stabbing",
        "Prosecutors in Madrid ruled out a jihadist motive for the stabbing.",
        ("Madrid", "Spain"),
        ("Jihadist groups", "Terrorism"),
    ),
    (
        "Canal grounding",
        "Egypt's canal authority denied that the Houthis played any part in the grounding.",
        ("Egypt",),
        ("Houthis",),
    ),
    (
        "Exchange outage",
        "The outage at the stock exchange was not caused by a cyberattack, the operator said.",
        (),
        ("Cybersecurity",),
    ),
    (
        "Gas deal",
        "Unlike Austria, Switzerland stayed out of the joint gas purchasing scheme.",
        ("Switzerland",),
        ("Austria",),
    ),
    (  # a hedge on what the subject will do keeps the subject
        "Beirut talks",
        "It is unclear whether Hezbollah will send a delegation to the talks in Beirut.",
        ("Hezbollah", "Beirut"),
        (),
    ),
    (
        "Nightclub shooting",
        "Police said the shooting outside a Houston nightclub had no ties to Islamic State.",
        ("Houston",),
        ("Islamic State",),
    ),
    (
        "Poultry deaths",
        "Vets ruled out bird flu as the cause of the poultry deaths on the farm.",
        (),
        ("Infectious diseases",),
    ),
    (
        "Border attack",
        "Kenyan police said the attack near the Somali border was not the work of al-Shabaab.",
        ("Kenya",),
        ("al-Shabaab",),
    ),
    (
        "Tanker sinks",
        "The tanker sank after an engine fire, not a Ukrainian drone, the Russian navy said.",
        ("Russia",),
        ("Ukraine",),
    ),
    (
        "Drone crash",
        "Officials said the drone that crashed in a field in Romania was not Russian.",
        ("Romania",),
        ("Russia",),
    ),
    (  # a denied denial: the strike stays possible
        "Nuclear sites",
        "Israel has not ruled out a strike on Iran's nuclear sites, a minister said.",
        ("Israel", "Iran"),
        (),
    ),
    (
        "Refinery blast",
        "Officials in Texas blamed the refinery blast on a valve failure and dismissed "
        "claims of Iranian involvement.",
        ("Texas",),
        ("Iran",),
    ),
    (  # the one who denies is the subject
        "Shelling",
        "Turkey denied that its artillery had shelled villages in northern Iraq.",
        ("Turkey", "Iraq"),
        (),
    ),
    (  # "not the only" adds
        "Expulsions",
        "Britain was not the only country to expel Russian diplomats; Poland did too.",
        ("United Kingdom", "Russia", "Poland"),
        (),
    ),
    (
        "Budget cuts",
        "The finance minister insisted the spending cuts were unrelated to IMF demands.",
        (),
        ("IMF",),
    ),
    (
        "Flight diverted",
        "Investigators found no trace of explosives on the diverted flight and ruled out "
        "a terrorist plot.",
        ("Aviation",),
        ("Terrorism",),
    ),
    (
        "Mali clashes",
        "Contrary to rumours, Wagner Group fighters took no part in the clashes in Mali.",
        ("Mali",),
        ("Wagner Group",),
    ),
    (
        "Pipeline leak",
        "Norwegian officials said there was no indication of Russian sabotage behind the "
        "pipeline leak.",
        ("Norway",),
        ("Russia",),
    ),
    (  # what the group denies is what the story is about
        "Kidnapping",
        "Boko Haram denied kidnapping the schoolgirls in Borno state.",
        ("Boko Haram", "Borno"),
        (),
    ),
    (
        "Cyber probe",
        "The bank said the data leak was an internal error and not a hack by Chinese groups.",
        (),
        ("China",),
    ),
]

QUALIFIED: list[Case] = [
    (
        "Tornado",
        "A tornado tore through Columbus, Georgia, overnight, damaging dozens of homes.",
        ("Columbus (Georgia)", "Georgia (US state)"),
        ("Columbus", "Georgia"),
    ),
    (
        "Hiring freeze",
        "The university in Cambridge, Massachusetts, announced a hiring freeze.",
        ("Cambridge (Massachusetts)",),
        ("Cambridge", "United Kingdom"),
    ),
    (
        "Crash",
        "Police in London, Ontario, charged a driver after the crash.",
        ("London (Canada)", "Ontario", "Canada"),
        ("London", "United Kingdom"),
    ),
    (
        "Mayor",
        "Voters in Birmingham, Alabama, elected a new mayor on Tuesday.",
        ("Birmingham (Alabama)",),
        ("Birmingham", "United Kingdom"),
    ),
    (
        "Plant closure",
        "The closure of the mill will cost 400 jobs in Manchester, New Hampshire.",
        ("Manchester (New Hampshire)",),
        ("Manchester", "United Kingdom"),
    ),
    (
        "Water main",
        "A burst water main flooded streets in Kingston, Ontario.",
        ("Kingston (Canada)",),
        ("Kingston", "Jamaica"),
    ),
    (
        "Road closures",
        "Flooding closed roads across Birmingham on Tuesday, the council said.",
        ("Birmingham", "United Kingdom"),
        ("Birmingham (Alabama)",),
    ),
    (
        "Tripoli clashes",
        "Clashes broke out in Tripoli, Lebanon, after the disputed vote.",
        ("Tripoli (Lebanon)", "Lebanon"),
        ("Libya",),
    ),
    (
        "Hospital",
        "Paris, Texas, opened a new hospital wing on Monday.",
        ("Texas",),
        ("France", "Paris"),
    ),
    (
        "Cold case",
        "Police in Moscow, Idaho, reopened the case of the missing student.",
        ("Idaho",),
        ("Russia", "Moscow"),
    ),
    (
        "Memorial",
        "Dublin, Ohio, hosts the golf tournament every June.",
        ("Ohio", "Golf"),
        ("Ireland", "Dublin"),
    ),
    (
        "Waterfront",
        "Alexandria, Virginia, approved a plan to rebuild its waterfront.",
        ("Alexandria (Virginia)", "Virginia"),
        ("Egypt", "Alexandria"),
    ),
    (
        "Bridge",
        "Perth, Scotland, will get a new bridge over the Tay.",
        ("Scotland",),
        ("Australia", "Perth"),
    ),
    (
        "Harbour",
        "Cruise ships returned to Victoria, British Columbia, for the summer season.",
        ("Victoria (Canada)", "British Columbia"),
        ("Hong Kong",),
    ),
    (
        "March",
        "Protesters marched through Santiago on Thursday against pension reform.",
        ("Santiago", "Chile"),
        ("Spain",),
    ),
    (
        "Refinery fire",
        "Richmond, California, declared an emergency after the refinery fire.",
        ("Richmond (California)", "California"),
        ("Virginia",),
    ),
    (
        "Car plant",
        "The carmaker will build a plant in Córdoba, Argentina.",
        ("Córdoba", "Argentina"),
        ("Spain",),
    ),
    (
        "Hamilton",
        "Hamilton, New Zealand, will host the rowing championships.",
        ("Hamilton (New Zealand)", "New Zealand"),
        ("Canada", "Formula One"),
    ),
    (
        "Snow",
        "Syracuse, New York, recorded four feet of snow in two days.",
        ("Syracuse", "New York (state)"),
        ("Italy",),
    ),
    (
        "Coal port",
        "Coal shipments from Newcastle, New South Wales, fell for a third month.",
        ("Newcastle", "Australia"),
        ("Newcastle upon Tyne", "United Kingdom"),
    ),
    (
        "New wing",
        "The Texas city of Paris opened a new hospital wing.",
        ("Texas",),
        ("France", "Paris"),
    ),
    (
        "First woman mayor",
        "The Ohio town of Lebanon elected its first woman mayor.",
        ("Ohio",),
        ("Lebanon",),
    ),
    (
        "Emergency",
        "San José, Costa Rica, declared a state of emergency after the floods.",
        ("Costa Rica",),
        ("California",),
    ),
    (
        "Factory fire",
        "A factory fire in Valencia, Venezuela, killed three workers.",
        ("Venezuela",),
        ("Spain",),
    ),
    (
        "Arrests",
        "Police in Rome, Georgia, arrested two men after the robbery.",
        ("Georgia (US state)",),
        ("Italy", "Georgia"),
    ),
    (
        "Heat record",
        "Hyderabad, Sindh, recorded its hottest day on record.",
        ("Hyderabad (Pakistan)", "Pakistan"),
        ("India",),
    ),
    (  # a bare name is the most populous namesake
        "Monsoon",
        "Flooding hit Hyderabad after record monsoon rains.",
        ("Hyderabad", "India"),
        ("Pakistan",),
    ),
    (
        "Steel mill",
        "Sydney, Nova Scotia, lost its last steel mill.",
        ("Sydney (Canada)", "Canada"),
        ("Australia",),
    ),
    (  # a bare capital with its country nearby
        "Power cuts",
        "Residents of Tripoli in northern Lebanon protested against power cuts.",
        ("Lebanon",),
        ("Libya",),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Mineral water",
        "Exports of Georgian mineral water to Ukraine doubled last year.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Currency",
        "The Georgian lari fell to a record low against the dollar.",
        ("Georgia", "Currencies"),
        ("Georgia (US state)",),
    ),
    ("Fertiliser", "Jordanian phosphate producers raised their prices.", ("Jordan",), ()),
    (
        "Lira",
        "The Turkish lira slid after the central bank cut rates.",
        ("Turkey", "Currencies"),
        (),
    ),
    (
        "Border blockade",
        "Polish farmers blocked crossings on the border with Ukraine.",
        ("Poland", "Ukraine"),
        (),
    ),
    (
        "Alphabet",
        "The Georgian alphabet was added to UNESCO's heritage list.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (  # an era, not a country
        "Listed homes",
        "A terrace of Georgian townhouses in Bath was given listed status.",
        (),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Shortstop",
        "Dominican shortstops made up a fifth of the league's opening-day rosters.",
        ("Dominican Republic",),
        (),
    ),
    (
        "Bauxite",
        "Guinean bauxite exports to China rose by a third.",
        ("Guinea", "China"),
        (),
    ),
    (
        "Patrols",
        "Chadian troops patrolled the border with Sudan.",
        ("Chad", "Sudan"),
        (),
    ),
    ("Uranium", "Nigerien uranium output fell after the coup.", ("Niger",), ("Nigeria",)),
    (
        "Franc",
        "The Swiss franc rose as investors sought a haven.",
        ("Switzerland", "Currencies"),
        (),
    ),
    (
        "Cashmere",
        "A Mongolian cashmere brand opened its first shop in London.",
        ("Mongolia", "London"),
        (),
    ),
    (
        "Heritage",
        "Mansaf, the Jordanian national dish of lamb and yoghurt, won heritage status.",
        ("Jordan",),
        (),
    ),
    (
        "Whiskey",
        "Irish whiskey sales in America rose ten percent.",
        ("Ireland",),
        (),
    ),
    (
        "Gold",
        "Malian gold output fell as the junta raised royalties.",
        ("Mali",),
        (),
    ),
    (
        "Dinar",
        "The Kuwaiti dinar remains the world's most valuable currency.",
        ("Kuwait", "Currencies"),
        (),
    ),
    (
        "Wine",
        "Georgia's wine exports to Russia hit a record, the agriculture ministry in Tbilisi said.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Oil output",
        "Chad's oil output rose after the new pipeline opened.",
        ("Chad", "Oil"),
        (),
    ),
    (
        "Economy",
        "Jordan's economy grew 2.5 percent as tourism recovered.",
        ("Jordan",),
        (),
    ),
    (
        "Franc",
        "The Guinean franc weakened against the euro.",
        ("Guinea", "Currencies"),
        (),
    ),
    (
        "Peaches",
        "Georgia's peach growers lost half their crop to a late frost near Macon.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
]

LOWERCASE: list[Case] = [
    (
        "Eastern flank",
        "nato allies pledged more troops to the alliance's eastern flank.",
        ("NATO",),
        (),
    ),
    ("Loan", "the imf approved a $3bn loan to Egypt.", ("IMF", "Egypt"), ()),
    (
        "Manhunt",
        "the fbi arrested the suspect after a three-day manhunt.",
        ("FBI",),
        (),
    ),
    ("Launch", "nasa delayed the launch of its moon rocket again.", ("NASA",), ()),
    ("Output", "opec agreed to cut oil output from May.", ("OPEC", "Oil"), ()),
    (
        "Inspection",
        "iaea inspectors visited the nuclear plant on Friday.",
        ("IAEA",),
        (),
    ),
    (
        "Sanctions",
        "eu leaders agreed a new package of sanctions on Russia.",
        ("European Union", "Sanctions", "Russia"),
        (),
    ),
    (
        "Outbreak",
        "the who declared the mpox outbreak a global health emergency.",
        ("World Health Organization",),
        (),
    ),
    (
        "Director",
        "the cia director met Ukrainian intelligence officials in Kyiv.",
        ("CIA", "Kyiv"),
        (),
    ),
    (
        "Polls",
        "the afd surged in the polls ahead of the state election in Saxony.",
        ("Alternative for Germany",),
        (),
    ),
    (
        "State vote",
        "the bjp won the state election in Haryana.",
        ("BJP", "Elections"),
        (),
    ),
    (
        "Strikes",
        "the idf said its jets struck targets in southern Lebanon.",
        ("Israel Defense Forces", "Lebanon"),
        (),
    ),
    (
        "Rates",
        "the ecb held interest rates at 2 percent.",
        ("European Central Bank", "Interest rates"),
        (),
    ),
    (  # a band
        "Reunion",
        "Isis played their first show in a decade at a club in Boston.",
        ("Boston",),
        ("Islamic State",),
    ),
    (  # a band
        "Farewell tour",
        "The Who announced a farewell tour of North America.",
        (),
        ("World Health Organization",),
    ),
    (  # the band, capitalised after "the", beside the health agency's words
        "Charity gig",
        "The Who announced a charity concert for pandemic relief and vaccine research.",
        ("Music",),
        ("World Health Organization",),
    ),
    (
        "Doctors",
        "Doctors who treated the patients said the hospital was overwhelmed.",
        (),
        ("World Health Organization",),
    ),
    (
        "Roadworks",
        "Residents said they were fed up with the roadworks on the high street.",
        (),
        ("Federal Reserve",),
    ),
    (
        "Interview",
        "She told us the pandemic changed how the school teaches.",
        (),
        ("United States",),
    ),
    (
        "Cafe",
        "The sign above the cafe read un peu de tout.",
        (),
        ("United Nations",),
    ),
    (
        "Ceasefire",
        "the un security council called for an immediate ceasefire in Sudan.",
        ("UN Security Council", "Sudan"),
        (),
    ),
]

NOT_PLACES: list[Case] = [
    (
        "Tour cancelled",
        "The psychologist Jordan Peterson cancelled the rest of his tour.",
        (),
        ("Jordan",),
    ),
    (
        "Casting",
        "Orlando Bloom joined the cast of the fantasy drama.",
        (),
        ("Orlando",),
    ),
    (
        "Catwalk",
        "Victoria Beckham showed her new collection at a catwalk show.",
        ("Fashion industry",),
        ("Victoria", "Hong Kong"),
    ),
    (
        "Revival",
        "Denzel Washington will star in the Broadway revival of Othello.",
        ("Theatre",),
        ("Washington (state)", "Washington, D.C."),
    ),
    (
        "Hiatus",
        "Country duo Florida Georgia Line announced an indefinite hiatus.",
        (),
        ("Florida", "Georgia (US state)", "Georgia"),
    ),
    (
        "Estate",
        "Whitney Houston's estate sold the rights to her catalogue.",
        (),
        ("Houston",),
    ),
    (
        "Brace",
        "Memphis Depay scored twice in the second half.",
        (),
        ("Memphis", "Tennessee"),
    ),
    (
        "Soundtrack",
        "Charlotte Gainsbourg recorded the soundtrack for the film.",
        ("Film",),
        ("Charlotte",),
    ),
    (
        "Column",
        "India Knight wrote in her column that the rules were unfair.",
        (),
        ("India",),
    ),
    (
        "Drummer",
        "Chad Smith, the drummer, said the band would tour next year.",
        (),
        ("Chad",),
    ),
    (
        "Derby",
        "Bayern Munich thrashed Borussia Dortmund 4-0 on Saturday.",
        ("Football",),
        ("Munich", "Dortmund"),
    ),
    (
        "Trade",
        "The Chicago Bulls traded their point guard on Thursday.",
        ("Basketball",),
        ("Chicago",),
    ),
    (
        "Signing",
        "Inter Milan signed the Argentine striker for 40 million euros.",
        ("Football", "Argentina"),
        ("Milan",),
    ),
    (
        "Quitting",
        "Smokers who quit cold turkey were more likely to relapse, the study found.",
        (),
        ("Turkey",),
    ),
    (
        "Budget talks",
        "Talks on the budget turned into a Mexican standoff between the two parties.",
        (),
        ("Mexico",),
    ),
    (
        "Tax form",
        "The new tax form was double Dutch to most small firms.",
        (),
        ("Netherlands",),
    ),
    (
        "Defence",
        "The back four had more holes than Swiss cheese, the manager admitted.",
        (),
        ("Switzerland",),
    ),
    (
        "Memorial",
        "A Vietnam War memorial was unveiled in Melbourne on Sunday.",
        ("Melbourne",),
        ("Vietnam",),
    ),
    (
        "Candidate",
        "An Iraq War veteran is running for the state senate.",
        (),
        ("Iraq",),
    ),
    (
        "Apartment blocks",
        "Soviet-era apartment blocks in Riga will be insulated.",
        ("Latvia",),
        ("Russia",),
    ),
    (
        "Play-offs",
        "The Houston Rockets beat the Phoenix Suns in overtime.",
        (),
        ("Missiles", "Houston", "Phoenix"),
    ),
    (
        "Stanley Cup",
        "The Tampa Bay Lightning lifted the Stanley Cup.",
        ("Ice hockey",),
        ("Weather",),
    ),
    (
        "New phone",
        "Samsung's new Galaxy phone has a brighter screen.",
        ("Samsung",),
        ("Astronomy and space",),
    ),
    (
        "Ice hockey",
        "The Carolina Hurricanes beat the Rangers 3-2.",
        ("Ice hockey",),
        ("Hurricanes",),
    ),
    (  # an everyday word as the surname, and the verb of a person right after
        "Anthem",
        "Charlotte Church sang the anthem before the rugby final in Cardiff.",
        ("Cardiff", "Rugby"),
        ("Charlotte", "North Carolina"),
    ),
    (  # the same words as a street's name
        "Road closed",
        "Charlotte Church Street was closed for repairs.",
        ("Charlotte",),
        (),
    ),
    (
        "Car found",
        "Charlotte Police said his car was found abandoned.",
        ("Charlotte",),
        (),
    ),
    (  # a country's name as a given name, with a role in apposition
        "Gala",
        "Ireland Baldwin, the model, walked the red carpet at the gala.",
        (),
        ("Ireland",),
    ),
    (
        "Baby news",
        "Ireland Baldwin shared a photo of her newborn daughter.",
        (),
        ("Ireland",),
    ),
    (  # a country's name heading a company's
        "Developer",
        "China Evergrande, the developer, said his board would meet on Friday.",
        ("China",),
        (),
    ),
]

SEATS: list[Case] = [
    ("Response", "The Kremlin said it would respond in kind.", ("Russia",), ()),
    (
        "Incursion",
        "Tokyo lodged a protest with Beijing over the incursion.",
        ("Japan", "China"),
        (),
    ),
    (
        "Steel",
        "Washington imposed new tariffs on Chinese steel.",
        ("United States", "Tariffs", "China"),
        (),
    ),
    (
        "Fine",
        "Brussels fined the tech giant 2 billion euros for abusing its dominance.",
        ("European Commission",),
        ("Belgium",),
    ),
    (
        "Envoy",
        "Pretoria recalled its ambassador to Israel.",
        ("South Africa", "Israel"),
        (),
    ),
    (
        "Visas",
        "Wellington announced tougher visa rules for students.",
        ("New Zealand",),
        (),
    ),
    (
        "Trip",
        "The Elysée said the president would travel to Algiers next week.",
        ("France", "Algiers"),
        (),
    ),
    (
        "Rates",
        "Frankfurt is expected to hold rates in June, economists said.",
        ("European Central Bank",),
        ("Germany",),
    ),
    (
        "Warrant",
        "Judges in The Hague issued an arrest warrant for the militia leader.",
        ("International Criminal Court",),
        ("Netherlands",),
    ),
    (
        "Enrichment",
        "The Vienna-based nuclear watchdog said Iran had resumed enrichment.",
        ("IAEA", "Iran"),
        ("Austria",),
    ),
    (
        "Budget",
        "Stormont ministers agreed the budget after weeks of wrangling.",
        ("Northern Ireland Assembly",),
        (),
    ),
    ("Bill", "The Knesset passed the bill in a late-night vote.", ("Israel",), ()),
    ("Vote", "The Bundestag voted to lift the debt brake.", ("Germany",), ()),
    (
        "Militants",
        "Islamabad accused Kabul of harbouring militants.",
        ("Pakistan", "Afghanistan"),
        (),
    ),
    ("First reading", "The Duma approved the bill in a first reading.", ("Russia",), ()),
    (
        "Spokesman",
        "A spokesman for the Blue House said the summit would go ahead.",
        ("South Korea",),
        (),
    ),
    (
        "Aid package",
        "Capitol Hill Republicans blocked the aid package.",
        ("US Congress", "Republican Party"),
        (),
    ),
    (
        "Plenary",
        "MEPs meeting in Strasbourg voted to tighten the rules on packaging.",
        ("European Parliament",),
        ("France",),
    ),
    (
        "Ties restored",
        "Riyadh and Tehran agreed to reopen their embassies.",
        ("Saudi Arabia", "Iran"),
        (),
    ),
    (
        "Summons",
        "Whitehall summoned the Chinese ambassador over the spying case.",
        ("United Kingdom", "China"),
        (),
    ),
    (
        "Walkout",
        "Delegates staged a diplomatic walkout as the foreign minister began his speech.",
        ("Diplomacy",),
        ("Labour unions",),
    ),
]

THEMES: list[Case] = [
    (
        "Constitution",
        "Chileans rejected the draft constitution in a plebiscite.",
        ("Referendums", "Chile"),
        (),
    ),
    (
        "Ballot questions",
        "Voters in Ecuador approved nine of the eleven ballot questions on security.",
        ("Referendums", "Ecuador"),
        (),
    ),
    (
        "Pilot",
        "The sitcom's pilot episode was filmed in front of a studio audience.",
        ("Television",),
        (),
    ),
    ("Emmys", "The miniseries swept the Emmys on Sunday night.", ("Television",), ()),
    (
        "Traviata",
        "The tenor withdrew from the new production of La Traviata at Covent Garden.",
        ("Opera",),
        (),
    ),
    (
        "Bayreuth",
        "Wagner's Ring cycle returns to Bayreuth this summer.",
        ("Opera",),
        ("Wagner Group",),
    ),
    (
        "ODI",
        "The spinner took five wickets as Sri Lanka won the one-day international in Colombo.",
        ("Cricket", "Sri Lanka"),
        (),
    ),
    ("Auction", "The IPL auction set a record for an overseas bowler.", ("Cricket",), ()),
    (
        "Declaration",
        "England declared on 450 for six at Trent Bridge.",
        ("Cricket",),
        (),
    ),
    (
        "Hearing",
        "Senators grilled drug company executives over the list prices of cancer drugs.",
        ("Drug pricing",),
        (),
    ),
    (
        "Price caps",
        "India capped the prices of 40 essential medicines.",
        ("Drug pricing", "India"),
        (),
    ),
    (
        "Auction",
        "A sale of Impressionist paintings at Sotheby's raised $300m.",
        ("Visual arts",),
        (),
    ),
    ("Memoir", "The memoir topped the bestseller list for a tenth week.", ("Books",), ()),
    (
        "Runoff",
        "Turnout in the presidential runoff was the lowest since 1990.",
        ("Elections",),
        (),
    ),
    (
        "Sales",
        "The sequel to the hit video game sold ten million copies in a week.",
        ("Video games",),
        (),
    ),
    (
        "Transfer",
        "The play transfers to Broadway after a sold-out run in London.",
        ("Theatre", "London"),
        (),
    ),
    ("Nine-darter", "The Dutchman hit a nine-darter at Ally Pally.", ("Darts",), ()),
    (
        "Box office",
        "The space opera grossed $150m in its first weekend.",
        ("Film",),
        ("Opera",),
    ),
    (
        "Night sounds",
        "Crickets chirped as campers gathered around the fire.",
        (),
        ("Cricket",),
    ),
    (
        "Equipment",
        "The hospital bought a new series of scanners for its cancer ward.",
        (),
        ("Television",),
    ),
    (
        "Independence",
        "New Caledonia held a third independence vote, which loyalists won.",
        ("Referendums",),
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
ROWS = [(kind, *row) for kind, table in TABLES.items() for row in table]


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_every_named_topic_exists(kind: str) -> None:
    """A row that names an unknown topic could never fail."""
    assert not unknown_topics(TABLES[kind])


@pytest.mark.parametrize(("kind", "title", "body", "tagged", "absent"), ROWS)
def test_sense(
    kind: str, title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    check_case(title, body, tagged, absent)
