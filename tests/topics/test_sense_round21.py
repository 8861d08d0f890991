"""A twenty-first round of disambiguation cases, all seven kinds: negation and denial,
"City, State" and bare namesakes, demonyms licensed by what they qualify, acronyms written
in lower case, names that are not places, seats of power, and the themes a story is about.
The registers are shipping and port notices, court sentencing, school-board news, the wine
and food trade, museum exhibitions, mining, space agencies, fashion weeks, esports, labour
disputes and weather warnings; the places lean to the Caucasus, the Pacific islands,
Central America and the Caribbean, Scandinavia, the Balkans, Pakistan and Bangladesh,
Indonesia and the Philippines, Canada's provinces and Italy's and Germany's regions. Each
row is a title, a body, topics that must be tagged and topics that must not; about half the
rows of each kind keep the obvious reading, so a rule that discounts too much fails as
surely as one that discounts too little; the guards are ordinary sentences that any rule
these rows bring must leave as they were read."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Tunnel collapse",
        "Mining: inspectors ruled out an earthquake as the cause of the tunnel collapse at a "
        "nickel mine on Sulawesi, blaming heavy rain.",
        ("Sulawesi", "Indonesia"),
        ("Earthquakes",),
    ),
    (
        "Fraud claims",
        "Georgia's election commission found no evidence of fraud in Saturday's parliamentary "
        "vote, though observers disputed its count.",
        ("Georgia", "Elections"),
        ("Georgia (US state)",),
    ),
    (
        "Sentence passed",
        "Court sentencing: a judge in Oslo jailed the man for 12 years, saying the attack was "
        "motivated by a personal dispute, not by terrorism.",
        ("Oslo", "Norway"),
        ("Terrorism",),
    ),
    (
        "Strike called off",
        "Port notice: dockers at the port of Gothenburg called off their strike after the union "
        "reached a pay deal with the terminal operator.",
        ("Gothenburg", "Sweden", "Labour unions"),
        (),
    ),
    (
        "Swell warning",
        "Weather warning: Samoa's disaster office said the high swell on the south coast was "
        "caused by a distant storm, not a tsunami.",
        ("Samoa",),
        ("Tsunamis",),
    ),
    (
        "Polio rumours",
        "Pakistan's health ministry denied rumours that the polio vaccine causes infertility "
        "and urged parents in Peshawar to vaccinate their children.",
        ("Pakistan", "Peshawar", "Vaccines"),
        (),
    ),
    (
        "Final delayed",
        "Esports: organisers said the final in Copenhagen was delayed by a power cut in the "
        "arena, not a cyberattack.",
        ("Copenhagen", "Denmark"),
        ("Cybersecurity",),
    ),
    (
        "Siege exhibition",
        "Museum exhibition: the history museum in Sarajevo said its show on the siege of the "
        "city would not be cancelled despite the funding cuts.",
        ("Sarajevo", "Bosnia and Herzegovina", "Museums"),
        (),
    ),
]

CITY_STATE: list[Case] = [
    (
        "School closure",
        "Paris, Ontario: the school board voted to close the town's oldest primary school in June.",
        ("Ontario",),
        ("Paris", "France"),
    ),
    (
        "Cruise season",
        "Victoria, British Columbia: the harbour authority said cruise ship calls would rise 12% "
        "this season.",
        ("British Columbia", "Victoria (Canada)"),
        ("Victoria (Australia)", "Australia"),
    ),
    (
        "Cigar exports",
        "Santiago, Dominican Republic: cigar makers in the Cibao valley said tobacco exports "
        "rose 8% last year.",
        ("Dominican Republic",),
        ("Chile",),
    ),
    (
        "Winter calls",
        "Port notice: the port of Kingston expects 300 cruise calls this winter, Jamaica's port "
        "authority said.",
        ("Kingston", "Jamaica"),
        ("Kingston (Canada)", "Ontario"),
    ),
    (
        "Contract vote",
        "Hamilton, Ontario: steelworkers at the city's mill voted to accept a four-year contract.",
        ("Hamilton", "Ontario"),
        ("Hamilton (New Zealand)", "New Zealand"),
    ),
    (
        "Bora wind",
        "Ferries from Split to the islands were cancelled as the bora wind gusted to 150 km/h, "
        "Croatia's harbour master said.",
        ("Split", "Croatia"),
        (),
    ),
    (
        "Ash fall",
        "León, Nicaragua: the Cerro Negro volcano spewed ash over farms west of the city on "
        "Tuesday.",
        ("Nicaragua", "Volcanoes"),
        ("Spain", "León (Spain)", "Mexico"),
    ),
    (
        "Food festival",
        "Halifax, West Yorkshire: the town's Piece Hall will host a cheese and cider festival "
        "in August.",
        (),
        ("Halifax", "Nova Scotia", "Canada"),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Pastry sales",
        "Food trade: a bakery chain in Leeds said its sales of Danish pastries rose 20% in the "
        "run-up to Christmas.",
        ("Leeds",),
        ("Denmark",),
    ),
    (
        "Rerouted vessels",
        "Danish shipping group Maersk said it would keep routing its vessels around the Cape "
        "of Good Hope.",
        ("Denmark", "Shipping"),
        (),
    ),
    (
        "Salmon exports",
        "Norwegian salmon exports to China rose 30% in May, the seafood council said.",
        ("Norway", "China"),
        (),
    ),
    (
        "Breakfast menu",
        "Food trade: a diner chain in Ohio added Canadian bacon to its breakfast menu this month.",
        ("Ohio",),
        ("Canada",),
    ),
    (
        "Ship crews",
        "Filipino seafarers make up about a quarter of the world's merchant ship crews, the "
        "shipping federation said.",
        ("Philippines",),
        (),
    ),
    (
        "Boots on the runway",
        "Fashion week: leather boots with Cuban heels were the hit of the menswear shows in "
        "Copenhagen.",
        ("Copenhagen",),
        ("Cuba",),
    ),
    (
        "Wine to China",
        "Wine trade: Georgian wine exports to China rose 40% last year, the national wine "
        "agency in Tbilisi said.",
        ("Georgia", "Tbilisi"),
        ("Georgia (US state)",),
    ),
    (
        "Silver show",
        "Museum exhibition: a show of Georgian silver and furniture opens at the museum in York "
        "next month.",
        ("York",),
        ("Georgia", "Georgia (US state)"),
    ),
]

CASE: list[Case] = [
    (
        "esa delays rover",
        "esa delays launch of its mars rover to 2029 after budget talks with member states.",
        ("European Space Agency",),
        (),
    ),
    (
        "esa listing challenged",
        "ranchers challenge esa listing for grey wolves in montana federal court.",
        ("Montana",),
        ("European Space Agency",),
    ),
    (
        "imf approves tranche",
        "imf approves $1.1bn loan tranche for pakistan after budget passes parliament.",
        ("IMF", "Pakistan"),
        (),
    ),
    (
        "icc fines bangladesh",
        "icc fines bangladesh for slow over rate in the chattogram test against sri lanka.",
        ("Cricket", "Bangladesh"),
        ("International Criminal Court",),
    ),
    (
        "icc warrant",
        "icc judges issue arrest warrant for former philippine president over drug war killings.",
        ("International Criminal Court", "Philippines"),
        (),
    ),
    (
        "asia reunion tour",
        "asia announce reunion tour, with the prog rock veterans playing stockholm in may.",
        ("Stockholm",),
        ("Asia",),
    ),
    (
        "who warns of cholera",
        "who warns cholera is spreading in haiti as clinics in port-au-prince run short of "
        "vaccines.",
        ("World Health Organization", "Haiti"),
        (),
    ),
    (
        "the who add date",
        "the who add a second wembley date after the rock band's farewell show sells out.",
        (),
        ("World Health Organization",),
    ),
]

NAMES: list[Case] = [
    (
        "Menswear opens",
        "Fashion week: models in Panama hats and linen suits opened the menswear shows in "
        "Florence.",
        ("Florence",),
        ("Panama",),
    ),
    (
        "Derby win",
        "Red Star Belgrade beat Partizan 2-1 in the Belgrade derby on Sunday.",
        ("Belgrade", "Serbia"),
        (),
    ),
    (
        "Title fight",
        "Israel Adesanya will headline the UFC card in Perth in February.",
        ("Mixed martial arts", "Perth"),
        ("Israel",),
    ),
    (
        "Ham exports",
        "Food trade: Parma ham exports to Japan rose 15%, the producers' consortium in Parma said.",
        ("Parma", "Italy"),
        (),
    ),
    (
        "Rival circuits",
        "Opinion: the balkanisation of esports into rival leagues is driving sponsors away.",
        (),
        ("Balkans",),
    ),
    (
        "Photography show",
        "Museum exhibition: a show of Victorian photography opens at the gallery in Edinburgh "
        "next week.",
        ("Edinburgh",),
        ("Victoria", "Victoria (Australia)", "Australia"),
    ),
    (
        "Front row",
        "Fashion week: Sydney Sweeney sat in the front row at the Milan show on Friday.",
        ("Milan",),
        ("Sydney", "Australia"),
    ),
    (
        "Cup final flares",
        "Dinamo Tbilisi fans lit flares at the cup final in Batumi, and police detained six.",
        ("Georgia", "Batumi"),
        ("Georgia (US state)",),
    ),
]

SEATS: list[Case] = [
    (
        "Steel tariffs",
        "Ottawa told Washington it would match any new tariffs on Canadian steel.",
        ("Canada", "United States", "Tariffs"),
        (),
    ),
    (
        "Subsidy vote",
        "MEPs in Strasbourg voted to tighten the rules on farm subsidies on Wednesday.",
        ("European Parliament",),
        ("France",),
    ),
    (
        "Christmas market",
        "Strasbourg's Christmas market drew 3 million visitors this year, the city said.",
        ("Strasbourg", "France"),
        ("European Parliament",),
    ),
    (
        "Bakery opens",
        "Seattle: a new bakery opened on Capitol Hill, the neighbourhood's business group said.",
        ("Seattle",),
        ("US Congress",),
    ),
    (
        "Direct shipping",
        "Dhaka and Islamabad agreed to resume direct shipping links after a break of decades.",
        ("Bangladesh", "Pakistan"),
        (),
    ),
    (
        "Accession frozen",
        "Brussels froze Tbilisi's accession talks after parliament passed the foreign agents law.",
        ("European Union", "Georgia"),
        ("Georgia (US state)",),
    ),
    (
        "Half marathon",
        "Runners in the Edinburgh half marathon will loop around Holyrood Park on Sunday.",
        ("Edinburgh",),
        ("Scottish Parliament",),
    ),
    (
        "Security pact",
        "Canberra and Port Moresby signed a security pact covering policing and defence.",
        ("Australia", "Papua New Guinea"),
        (),
    ),
]

THEMES: list[Case] = [
    (
        "Autonomy vote",
        "Voters in Veneto backed greater autonomy from Rome in a referendum on Sunday.",
        ("Veneto", "Italy", "Referendums"),
        (),
    ),
    (
        "Second season",
        "The streaming series 'Tsunami' filmed its second season in Bali, its producers said.",
        ("Bali", "Indonesia"),
        ("Tsunamis",),
    ),
    (
        "Season opener",
        "Madama Butterfly opens the opera season at the Teatro Massimo in Palermo.",
        ("Opera", "Palermo"),
        (),
    ),
    (
        "Innings win",
        "Mehidy took five wickets as Bangladesh beat Zimbabwe by an innings in Sylhet.",
        ("Cricket", "Bangladesh", "Zimbabwe"),
        (),
    ),
    (
        "Protein flour",
        "Food trade: a farm in Luzon breeds crickets for a protein flour it sells to bakeries.",
        ("Luzon", "Philippines"),
        ("Cricket",),
    ),
    (
        "Insulin cap",
        "Quebec will cap what pharmacies can charge for insulin from July, the health minister "
        "said.",
        ("Quebec", "Drug pricing"),
        (),
    ),
    (
        "Walkout at the mine",
        "Labour dispute: miners at an iron ore mine in northern Sweden walked out over shift "
        "patterns, their union said.",
        ("Sweden", "Labour unions"),
        (),
    ),
    (
        "Tournament win",
        "Esports: the Filipino team took the tournament in Jakarta by storm, winning every match.",
        ("Jakarta", "Indonesia"),
        ("Weather", "Hurricanes"),
    ),
]

# Ordinary sentences that must keep their reading beside any rule these rows bring: a
# strike, a quake, a tsunami, a heatwave, a hurricane and a drought named plainly, the
# European Parliament and the ICC and WHO in capitals, a country's parliament in its
# capital, a cricket match, and cities with their country beside them.
GUARDS: list[Case] = [
    (
        "Dockers strike",
        "Dockers in Gothenburg went on strike over pay.",
        ("Gothenburg", "Sweden", "Labour unions"),
        (),
    ),
    (
        "Quake off Sumatra",
        "A magnitude 6.4 earthquake struck off Sumatra.",
        ("Sumatra", "Indonesia", "Earthquakes"),
        (),
    ),
    (
        "Tsunami in Samoa",
        "A tsunami hit the coast of Samoa after the quake.",
        ("Samoa", "Tsunamis"),
        (),
    ),
    (
        "Budget approved",
        "The European Parliament approved the EU budget in Strasbourg.",
        ("European Parliament",),
        (),
    ),
    (
        "Test in Karachi",
        "Pakistan beat Bangladesh by six wickets in the Karachi Test.",
        ("Cricket", "Pakistan", "Bangladesh"),
        (),
    ),
    (
        "War crimes charge",
        "The ICC charged the former president with crimes against humanity.",
        ("International Criminal Court",),
        (),
    ),
    (
        "Law passed",
        "Georgia's parliament in Tbilisi passed the foreign agents law.",
        ("Georgia", "Tbilisi"),
        ("Georgia (US state)",),
    ),
    (
        "Hurricane in Jamaica",
        "A hurricane hit Jamaica on Wednesday, cutting power to most of the island.",
        ("Jamaica", "Hurricanes"),
        (),
    ),
    (
        "Rinks closed",
        "Ottawa's mayor closed the city's outdoor rinks because of the thaw.",
        ("Ottawa",),
        (),
    ),
    (
        "Heat in Sicily",
        "A heatwave in Sicily pushed temperatures to 45C.",
        ("Sicily", "Heatwaves"),
        (),
    ),
    (
        "Outbreak over",
        "The WHO declared the cholera outbreak in Haiti over.",
        ("World Health Organization", "Haiti"),
        (),
    ),
    (
        "Canal traffic",
        "Drought cut traffic through the Panama Canal by a third.",
        ("Panama", "Drought"),
        (),
    ),
    # a US state's senate, a maker's heels, a hearing on Capitol Hill beside another city, a
    # town written with its capital beside a derby, a city's own derby, a period's adjective
    # before a mine, a film's title beside a real storm: read as before the round-21 rules
    (
        "Governor signs",
        "Georgia's governor signed the bill after the state senate passed it.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    ("Shoe sales", "Italian heels maker Ferragamo posted higher sales.", ("Italy",), ()),
    (
        "Hearing held",
        "Senators on Capitol Hill held a hearing with Seattle officials.",
        ("US Congress", "Seattle"),
        (),
    ),
    (
        "Derby crash",
        "A crash in Derby closed the A38, and the derby between Leeds and Sheffield went ahead.",
        ("Derby", "England"),
        (),
    ),
    ("Madrid derby", "Real Madrid beat Atletico in the Madrid derby.", ("Madrid", "Spain"), ()),
    ("Silver mine", "A Georgian silver mine near Kutaisi cut output.", ("Georgia",), ()),
    (
        "Film premiere",
        "The film 'Hurricane' premiered in Havana, and a hurricane hit Cuba a week later.",
        ("Film", "Cuba", "Hurricanes"),
        (),
    ),
    (
        "Arrests in Java",
        "Indonesian police arrested 12 people in Surabaya.",
        ("Indonesia", "Surabaya"),
        (),
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
    "Silver show": "York (156,000 people) is below the size at which a city's name alone "
    "tags it and needs England or the UK beside it; a museum gives it no country",
    "asia reunion tour": "a band is read only by a capitalised name beside a band's or a "
    "gig's word; 'asia announce reunion tour' in lower case, with 'prog rock veterans', "
    "has neither",
    "Ham exports": "Parma (198,000 people) is below the size at which a city's name alone "
    "tags it and needs Italy beside it; 'Parma ham' names no country",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
