"""Place cases, one table per kind: "City, State" and namesakes, big cities under the names
English copy gives them, demonyms read by what they qualify, and seats of power that stand
for a government or an institution. Each row is a title, a body, topics that must be tagged
and topics that must not; the sentences are our own. Every table keeps places tagged as
well as kept out, so a rule that drops too much fails as surely as one that drops too
little."""

from __future__ import annotations

import pytest

from alerts.topics.classifier import default_classifier

Case = tuple[str, str, tuple[str, ...], tuple[str, ...]]  # title, body, tagged, not tagged


def _check(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    found = {m.name for m in default_classifier().classify(title, body)}
    missing = [t for t in tagged if t not in found]
    wrong = [t for t in absent if t in found]
    assert not missing and not wrong, f"missing {missing}, wrongly tagged {wrong}: {found}"


US = "United States"

QUALIFIED: list[Case] = [
    (
        "Tornado damages homes",
        "A tornado tore the roofs off homes in Athens, Georgia, late on Tuesday.",
        ("Athens (Georgia)", "Georgia (US state)", US),
        ("Greece", "Athens", "Georgia"),
    ),
    (
        "Budget approved",
        "The city council of Lebanon, Ohio, approved a $40 million budget on Monday.",
        ("Ohio", US),
        ("Lebanon",),
    ),
    (
        "Water main breaks",
        "A water main broke in Paris, Texas, leaving 3,000 homes without water.",
        ("Texas",),
        ("Paris", "France"),
    ),
    (
        "Steel plant to close",
        "The last steel plant in Birmingham, Alabama, will close next year, its owner said.",
        ("Birmingham (Alabama)", "Alabama"),
        ("Birmingham", "England", "United Kingdom"),
    ),
    (
        "Campus strike",
        "Teaching assistants walked out at the university in London, Ontario, on Monday.",
        ("London (Canada)", "Ontario", "Canada"),
        ("London", "United Kingdom"),
    ),
    (
        "Biotech lab expands",
        "The start-up will double its lab space in Cambridge, Massachusetts, by spring.",
        ("Massachusetts",),
        ("Cambridge", "England"),
    ),
    (
        "Farm town festival",
        "Thousands came to the lentil festival in Moscow, Idaho, at the weekend.",
        ("Idaho",),
        ("Moscow", "Russia"),
    ),
    (
        "Golf tournament",
        "The tournament returns to Dublin, Ohio, in June for its 50th edition.",
        ("Ohio",),
        ("Dublin", "Ireland"),
    ),
    (
        "Harbour ferry",
        "A new ferry will link Portland, Maine, with Nova Scotia from July.",
        ("Maine",),
        ("Portland", "Oregon"),
    ),
    (
        "Car plant",
        "The carmaker will build a new plant near Valencia, Spain, employing 3,000 people.",
        ("Valencia (Spain)", "Spain"),
        ("Valencia", "Venezuela"),
    ),
    (
        "Water protest",
        "Residents of San José, Costa Rica, blocked roads over water cuts.",
        ("San José (Costa Rica)", "Costa Rica"),
        ("San Jose", "California"),
    ),
    (
        "Stadium vote",
        "Voters in Springfield, Illinois, backed the new stadium by a narrow margin.",
        ("Springfield (Illinois)", "Illinois"),
        ("Springfield", "Missouri", "Massachusetts"),
    ),
    (
        "Festival",
        "The arts festival in Perth, Scotland, sold out within a day.",
        ("Scotland",),
        ("Perth", "Australia"),
    ),
    (
        "Steelworks",
        "The steelworks in Hamilton, Ontario, laid off 500 workers.",
        ("Hamilton", "Ontario"),
        ("Hamilton (New Zealand)", "New Zealand"),
    ),
    (
        "Shipyard",
        "The shipyard in Sydney, Nova Scotia, won a navy contract.",
        ("Canada",),
        ("Sydney", "Australia", "New South Wales"),
    ),
    (
        "Flooding",
        "Flood water reached the old town of Alexandria, Virginia, on Sunday night.",
        ("Alexandria (Virginia)", "Virginia"),
        ("Alexandria", "Egypt"),
    ),
    (
        "Historic centre",
        "Tourists packed the cathedral in Toledo, Spain, over Easter.",
        ("Spain",),
        ("Toledo", "Ohio"),
    ),
    (
        "Mill town",
        "The paper mill in Rome, Georgia, will cut a third of its staff.",
        ("Georgia (US state)",),
        ("Rome", "Italy", "Georgia"),
    ),
    (
        "Office park",
        "The defence contractor opened an office in Vienna, Virginia, near the capital.",
        ("Virginia",),
        ("Vienna", "Austria"),
    ),
    (
        "Primary",
        "Candidates held rallies in Manchester, New Hampshire, before the primary.",
        ("Manchester (New Hampshire)", "New Hampshire"),
        ("Manchester", "England"),
    ),
    (  # the famous namesake, named with its country
        "Paris fashion week",
        "Designers showed their spring lines in Paris, France, on Tuesday.",
        ("Paris", "France"),
        ("Texas",),
    ),
    (  # a bare name is the famous one
        "Pension protest",
        "Tens of thousands marched through Athens against the pension cuts.",
        ("Athens", "Greece"),
        ("Athens (Georgia)", "Georgia (US state)"),
    ),
    (  # ... unless the other places of the text say otherwise
        "College town",
        "Police in Athens said the suspect fled toward Atlanta on Interstate 85.",
        ("Athens (Georgia)", "Georgia (US state)"),
        ("Athens", "Greece"),
    ),
    (
        "Election",
        "Georgia's ruling party claimed victory as crowds gathered in Tbilisi.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Runoff",
        "Georgia voters returned to the polls in Atlanta and Savannah on Tuesday.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Arrests",
        "Police in Birmingham, England, arrested two men.",
        ("Birmingham", "England"),
        ("Alabama",),
    ),
    (
        "Beaches closed",
        "Beaches in St. Petersburg, Florida, were closed after the spill.",
        ("Florida",),
        ("Russia",),
    ),
    ("Wildfire", "Tourists fled wildfires near Lagos, Portugal.", ("Portugal",), ("Nigeria",)),
    (
        "Ferries",
        "Ferries from Victoria, British Columbia, were cancelled in the storm.",
        ("British Columbia", "Canada"),
        ("Australia",),
    ),
    (
        "Bushfire",
        "Bushfires threatened homes near Perth, Western Australia.",
        ("Perth", "Western Australia", "Australia"),
        ("Scotland",),
    ),
    ("Crops", "Farmers in Mexico, Missouri, lost their crops.", ("Missouri",), ("Mexico",)),
    ("Levee", "Flooding hit Cairo, Illinois, on Sunday.", ("Illinois",), ("Egypt", "Cairo")),
    # AP-style and postal abbreviations of US states
    (
        "Tornado",
        "A tornado hit Athens, Ga., on Tuesday.",
        ("Athens (Georgia)", "Georgia (US state)"),
        ("Greece", "Georgia"),
    ),
    ("Taxes", "The city of Lebanon, Pa., raised property taxes.", ("Pennsylvania",), ("Lebanon",)),
    ("Arrests", "Police in Paris, TX said two men were arrested.", ("Texas",), ("France",)),
    ("Plant", "The mill in Portland, Ore., will close.", ("Portland", "Oregon"), ()),
    ("Fire", "A fire broke out in Birmingham, Ala., overnight.", ("Alabama",), ("England",)),
    (  # a list of places, not a qualifier
        "Summit",
        "Leaders from Canada, Mexico and Brazil met in Ottawa, Canada's capital.",
        ("Canada", "Mexico", "Brazil", "Ottawa"),
        (),
    ),
    (
        "Factory layoffs",
        "A parts maker in Columbus, Georgia, will cut 300 jobs.",
        ("Georgia (US state)", "Columbus (Georgia)"),
        ("Georgia", "Columbus"),
    ),
    (
        "Heat record",
        "Temperatures hit 44C in Athens as tourists sheltered indoors.",
        ("Athens", "Greece"),
        ("Georgia (US state)",),
    ),
    (
        "Zoning vote",
        "Voters in Paris, Tennessee, rejected a new hotel tax.",
        ("Tennessee",),
        ("Paris", "France"),
    ),
    (
        "Storm damage",
        "High winds knocked down trees across Alexandria, Virginia.",
        ("Virginia", "Alexandria (Virginia)"),
        ("Egypt", "Alexandria"),
    ),
    (
        "Motorway crash",
        "Two people died in a crash outside Birmingham on the M6.",
        ("Birmingham",),
        ("Birmingham (Alabama)",),
    ),
    (
        "Floods",
        "The River Tay burst its banks in Perth, Scotland.",
        ("Scotland",),
        ("Australia",),
    ),
    (
        "Refinery fire",
        "A fire broke out at a fuel depot in Tripoli, Lebanon.",
        ("Lebanon",),
        ("Libya", "Tripoli"),
    ),
    (
        "Concert",
        "The band will play Kingston, Ontario, next month.",
        ("Ontario",),
        ("Jamaica",),
    ),
    (
        "Arrest",
        "Police in Springfield, Illinois, arrested a suspect in the shooting.",
        ("Illinois", "Springfield (Illinois)"),
        ("Springfield (Massachusetts)",),
    ),
    (
        "Campus protest",
        "Students in Córdoba, Argentina, protested against budget cuts.",
        ("Argentina",),
        ("Spain",),
    ),
    (
        "Rents",
        "Rents in Dublin rose 8% last year, a property website said.",
        ("Dublin", "Ireland"),
        ("Ohio",),
    ),
    (
        "Tech jobs",
        "Chipmakers are hiring in San Jose as demand for AI servers grows.",
        ("San Jose",),
        ("Costa Rica",),
    ),
    (
        "Mayor elected",
        "Voters in Valencia, Spain, chose a new mayor on Sunday.",
        ("Spain",),
        ("Venezuela",),
    ),
    (
        "Derailment",
        "A freight train derailed near Moscow, Idaho, spilling grain.",
        ("Idaho",),
        ("Russia",),
    ),
    (
        "Bridge",
        "The old bridge in Florence reopened to tourists.",
        ("Florence", "Italy"),
        (),
    ),
    (
        "Plant closure",
        "The carmaker will shut its plant in Lancaster, Pennsylvania.",
        ("Pennsylvania",),
        ("England",),
    ),
    (
        "Bus crash",
        "A bus overturned near Santiago, killing seven.",
        ("Chile",),
        ("Spain",),
    ),
    (
        "Shelter",
        "A new homeless shelter opened in Manchester, New Hampshire.",
        ("New Hampshire",),
        ("England", "Manchester"),
    ),
    (
        "Heat",
        "Temperatures in Alexandria hit 41C as Egypt endured a heatwave.",
        ("Alexandria", "Egypt"),
        ("Virginia",),
    ),
    (
        "Tornado",
        "A tornado touched down outside Jackson, Mississippi.",
        ("Mississippi",),
        (),
    ),
    (
        "Election",
        "Voters in Hamilton, Ontario, elected a new mayor.",
        ("Ontario",),
        ("New Zealand",),
    ),
    (
        "Rally",
        "The candidate held a rally in Birmingham on Saturday.",
        ("Birmingham", "England"),
        ("Alabama",),
    ),
    (
        "Storm",
        "Flights were cancelled in Portland, Oregon, as snow fell.",
        ("Oregon",),
        ("Maine",),
    ),
    (
        "Quake",
        "A strong earthquake shook Valparaíso, Chile.",
        ("Chile",),
        (),
    ),
    (
        "Port",
        "Dockworkers at the port of Alexandria went on strike.",
        ("Alexandria", "Egypt"),
        ("Virginia",),
    ),
    (
        "Plant",
        "The chipmaker will build a plant near Syracuse, New York.",
        ("New York (state)",),
        ("Italy",),
    ),
    (
        "Flood",
        "The river flooded homes in Worcester, Massachusetts.",
        ("Massachusetts",),
        ("England",),
    ),
    (
        "Mill",
        "The paper mill in Newcastle, New South Wales, will close.",
        ("New South Wales",),
        ("England",),
    ),
    (
        "Jobs",
        "Rents in Melbourne rose faster than in Sydney last year.",
        ("Melbourne", "Sydney", "Australia"),
        ("Florida",),
    ),
    (
        "Fire",
        "A wildfire forced evacuations near Athens, Greece's capital.",
        ("Athens", "Greece"),
        ("Georgia (US state)",),
    ),
    (
        "Parade",
        "Thousands attended the St Patrick's Day parade in Birmingham, Alabama.",
        ("Alabama",),
        ("England",),
    ),
]

CITIES: list[Case] = [
    ("Derby night", "Fans flooded the streets of Seville after the final whistle.", ("Spain",), ()),
    (
        "Beer festival",
        "Six million visitors are expected at this year's Oktoberfest in Munich.",
        ("Munich", "Germany"),
        (),
    ),
    (
        "Cathedral",
        "Police cordoned off the square outside Cologne cathedral on Saturday.",
        ("Germany",),
        (),
    ),
    ("Housing", "Rents in Lisbon have doubled in five years.", ("Lisbon", "Portugal"), ()),
    ("Car maker", "The carmaker will cut 2,000 jobs at its plant in Turin.", ("Italy",), ()),
    ("Museum", "Queues at the Uffizi in Florence stretched for hours.", ("Italy",), ()),
    ("Rubbish", "Rubbish piled up in the streets of Naples during the strike.", ("Italy",), ()),
    (
        "Air raid",
        "Sirens sounded across Kiev overnight as drones approached.",
        ("Kyiv", "Ukraine"),
        (),
    ),
    ("Port", "Dock workers in Gothenburg walked out on Monday.", ("Gothenburg", "Sweden"), ()),
    ("Monsoon", "Monsoon rains flooded the railway lines of Bombay.", ("Mumbai", "India"), ()),
    ("Tram", "Calcutta's last trams will stop running next year.", ("Kolkata", "India"), ()),
    (
        "Scooters",
        "Traffic in Saigon slowed to a crawl in the rain.",
        ("Ho Chi Minh City", "Vietnam"),
        (),
    ),
    (
        "Fuel queues",
        "Motorists queued for hours at petrol stations in Lagos.",
        ("Lagos", "Nigeria"),
        (),
    ),
    (
        "Heatwave",
        "Power cuts left Karachi without air conditioning in 45C heat.",
        ("Pakistan",),
        (),
    ),
    ("Storm", "Flood water filled the underpasses of Houston overnight.", ("Houston", "Texas"), ()),
    ("Heat", "Phoenix recorded its 30th straight day above 110F.", ("Phoenix", "Arizona"), ()),
    ("Stadium", "Osaka will host the expo's closing ceremony.", ("Osaka", "Japan"), ()),
    ("Metro", "Marseilles opened two new metro stations.", ("Marseille", "France"), ()),
    ("Start-ups", "Investors poured money into Bangalore's software start-ups.", ("India",), ()),
    ("Old town", "Tourists crowded the old town of Cracow at the weekend.", ("Poland",), ()),
    ("Banks", "Bankers in Zurich expect rates to stay low.", ("Zurich", "Switzerland"), ()),
    ("Election", "Voters in Rotterdam and Utrecht went to the polls.", ("Netherlands",), ()),
    ("Outbreak", "Cases in Wuhan rose for a third day.", ("Wuhan", "China"), ()),
    ("Chennai rains", "Schools in Madras were shut after heavy rain.", ("Chennai", "India"), ()),
    ("Port strike", "Dock workers at Oporto went on strike.", ("Porto", "Portugal"), ()),
    ("Flooding", "Rain flooded the streets of Chittagong.", ("Bangladesh",), ()),
    ("Premier", "The Nova Scotia premier called an early election.", ("Canada",), ()),
    ("Bushfires", "Bushfires in Tasmania forced evacuations.", ("Tasmania", "Australia"), ()),
    ("Floods", "Floods in Kerala killed 20 people.", ("Kerala", "India"), ()),
    ("Sermon", "The Archbishop of Canterbury spoke at the service.", (), ("New Zealand",)),
    ("Shifts", "Factories across the Midlands cut shifts.", (), ("Zimbabwe",)),
    (
        "Mayor",
        "The Hague's mayor banned the march.",
        ("Netherlands",),
        ("International Criminal Court",),
    ),
    # everyday words and names are not cities
    ("Weekend", "It was a nice day for a walk along the river.", (), ("Nice", "France")),
    ("Eyesight", "Reading glasses are cheaper online.", (), ("Reading", "England")),
    ("Phones", "Mobile phone sales fell in the third quarter.", (), ("Mobile", "Alabama")),
    ("Board", "The board was split over the merger.", (), ("Split", "Croatia")),
    ("Film", "Florence Pugh stars in the new thriller.", (), ("Florence", "Italy")),
    (
        "Film festival",
        "Stars arrived in Venice for the premiere of the new Almodóvar film.",
        ("Venice", "Italy"),
        (),
    ),
    (
        "Palme d'Or",
        "The Romanian drama won the top prize at Cannes on Saturday.",
        ("Cannes", "France"),
        (),
    ),
    (
        "Floods",
        "Venice raised its flood barriers as the tide hit 1.4 metres.",
        ("Venice", "Italy"),
        (),
    ),
    (
        "Skaters",
        "Skaters filled the boardwalk at Venice Beach on Sunday.",
        ("Los Angeles",),
        ("Italy",),
    ),
    (
        "Crossing",
        "Aid trucks queued at the Rafah crossing into Gaza.",
        ("Rafah", "Gaza"),
        (),
    ),
    (
        "Strikes",
        "Air strikes hit Khan Younis overnight, health officials said.",
        ("Khan Younis", "Palestine"),
        (),
    ),
    (
        "Front line",
        "Russian forces pressed their assault on Pokrovsk.",
        ("Pokrovsk", "Ukraine"),
        (),
    ),
    (
        "Migrants",
        "Migrants set off in small boats from beaches near Calais.",
        ("Calais", "France"),
        (),
    ),
    (
        "Port queues",
        "Lorries queued for 20 miles outside the port of Dover.",
        ("Dover", "England"),
        (),
    ),
    (
        "Capital",
        "Lawmakers in Dover, Delaware, passed the budget.",
        ("Delaware",),
        ("England", "Dover"),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Offensive",
        "The Congolese army retook Goma.",
        ("Democratic Republic of the Congo",),
        ("Republic of the Congo",),
    ),
    (
        "Clashes",
        "Congolese troops clashed with rebels near Brazzaville.",
        ("Republic of the Congo",),
        ("Democratic Republic of the Congo",),
    ),
    ("Storm", "American Samoa declared a state of emergency.", ("American Samoa", US), ("Samoa",)),
    ("Exports", "Latin American exporters gained from the weak dollar.", (), (US,)),
    (
        "Wine trade",
        "Georgian wine exports rose 20% in the first half.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    ("Growth", "The Georgian economy grew 9% last year.", ("Georgia",), ("Georgia (US state)",)),
    ("Language law", "Georgian-language schools will get new textbooks.", ("Georgia",), ()),
    ("Church", "A Georgian Orthodox priest led the procession.", ("Georgia",), ()),
    ("Villages", "Georgian villagers near the boundary line were evacuated.", ("Georgia",), ()),
    (
        "Currency",
        "The Georgian currency fell to a record low against the dollar.",
        ("Georgia",),
        (),
    ),
    ("Cuisine", "Georgian cuisine is having a moment in London restaurants.", ("Georgia",), ()),
    ("Film", "A Georgian film won the top prize at the festival.", ("Georgia",), ()),
    ("Poet", "The Georgian poet read from her new collection.", ("Georgia",), ()),
    ("Terraces", "Georgian terraces line the square in Bath.", (), ("Georgia",)),
    (
        "Bauxite",
        "Guinean bauxite exports hit a record in March.",
        ("Guinea",),
        ("Papua New Guinea",),
    ),
    (
        "Miners",
        "Congolese miners dug cobalt by hand in Kolwezi.",
        ("Democratic Republic of the Congo",),
        (),
    ),
    ("Rupee", "The Indian economy grew faster than expected.", ("India",), ()),
    ("Cricket", "Indian spinners took eight wickets on the second day.", ("India",), ()),
    ("Reservation", "The American Indian tribe won its water-rights case.", (), ("India",)),
    ("Shipyards", "Polish shipyards won orders for six ferries.", ("Poland",), ()),
    ("Nail polish", "She bought shoe polish and a nail file.", (), ("Poland",)),
    (
        "Baseball",
        "Dominican baseball players signed record contracts.",
        ("Dominican Republic",),
        (),
    ),
    ("Exports", "Macedonian farmers sold their peppers abroad.", ("North Macedonia",), ()),
    ("Lira", "The Turkish lira slumped after the rate cut.", ("Turkey",), ()),
    ("Dessert", "A box of Turkish delight was left on the table.", (), ("Turkey",)),
    ("Texan oil", "Texan oil producers pumped a record in May.", ("Texas",), ()),
    (
        "Caucasus",
        "Georgians rallied in Tbilisi against the foreign agents law.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Vintage",
        "Georgian wine producers are looking to China for growth.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Fuel",
        "The Jordanian government raised fuel prices for the third time.",
        ("Jordan",),
        (),
    ),
    (
        "Property",
        "A Georgian mansion in Bath sold for £4m.",
        (),
        ("Georgia",),
    ),
    (
        "Bauxite",
        "Guinean bauxite output rose 10% in the first half.",
        ("Guinea",),
        (),
    ),
    (
        "Troops",
        "Jordanian troops intercepted drones over the north of the kingdom.",
        ("Jordan",),
        (),
    ),
    (
        "Junta",
        "The Nigerien junta ordered French troops to leave.",
        ("Niger",),
        (),
    ),
    (
        "Refugees",
        "Sudanese refugees crossed into Chad at the rate of 1,000 a day.",
        ("Sudan", "Chad"),
        (),
    ),
    (
        "Port stake",
        "Chinese investors bought a stake in the port.",
        ("China",),
        (),
    ),
    (
        "Blockade",
        "Polish farmers blocked the border crossing again.",
        ("Poland",),
        (),
    ),
    (
        "Hotel",
        "The hotel occupies a Georgian townhouse near the river.",
        (),
        ("Georgia",),
    ),
    (
        "Tourism",
        "Jordanian tourism has suffered since the war began.",
        ("Jordan",),
        (),
    ),
    (
        "Tbilisi",
        "Georgian police detained dozens of protesters overnight.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Cheese",
        "Georgian cheese makers won three medals at the fair.",
        ("Georgia",),
        (),
    ),
    (
        "Ballet",
        "The Georgian National Ballet will tour the US.",
        ("Georgia",),
        (),
    ),
    (
        "Mines",
        "Congolese cobalt miners went on strike.",
        ("Democratic Republic of the Congo",),
        (),
    ),
    (
        "Harvest",
        "Georgian hazelnut exports hit a record this year.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Reforms",
        "The Jordanian parliament approved a new electoral law.",
        ("Jordan",),
        (),
    ),
    (
        "Architecture",
        "The couple restored a Georgian farmhouse in Kent.",
        (),
        ("Georgia",),
    ),
    (
        "Mining",
        "Nigerien uranium exports to France have stopped.",
        ("Niger",),
        (),
    ),
    (
        "Food",
        "Georgian cuisine is having a moment in London.",
        ("Georgia",),
        (),
    ),
    (
        "Trade",
        "Georgian wine exports to Russia fell by a third.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Dinner",
        "They dined in a Georgian dining room with candlelight.",
        (),
        ("Georgia",),
    ),
    (
        "Army",
        "Jordanian jets struck drug smugglers on the Syrian border.",
        ("Jordan",),
        (),
    ),
    (
        "Market",
        "Peruvian copper output rose 5%.",
        ("Peru",),
        (),
    ),
    (
        "Art",
        "An exhibition of Armenian carpets opened in Paris.",
        ("Armenia", "Paris"),
        (),
    ),
    (
        "Art",
        "The Georgian Orthodox Church condemned the exhibition.",
        ("Georgia",),
        (),
    ),
    (
        "Banking",
        "Jordanian banks reported higher profits.",
        ("Jordan",),
        (),
    ),
    (
        "Novel",
        "Her novel is set in a Georgian rectory in Somerset.",
        (),
        ("Georgia",),
    ),
    (
        "Sport",
        "The Georgian rugby team beat Romania.",
        ("Georgia",),
        (),
    ),
    (
        "Cocoa",
        "Ivorian cocoa farmers demanded higher prices.",
        ("Ivory Coast",),
        (),
    ),
]

METONYMY: list[Case] = [
    ("Drills", "The Pentagon said the drills would continue.", ("Pentagon", US), ()),
    ("Tariffs", "Ottawa replied to the tariff threat within hours.", ("Canada",), ()),
    ("Detention", "Canberra protested the detention of an Australian writer.", ("Australia",), ()),
    (
        "Bill",
        "Holyrood voted to pass the assisted dying bill.",
        ("Scottish Parliament", "Scotland"),
        (),
    ),
    ("Treaty", "Washington and Moscow agreed to extend the treaty.", (US, "Russia"), ()),
    ("Sanctions", "Washington imposed sanctions on two shipping firms.", (US,), ()),
    ("Trade", "Beijing hit back with tariffs on soybeans.", ("China",), ()),
    ("Protest", "Tokyo lodged a formal protest over the incursion.", ("Japan",), ()),
    ("Deal", "Tehran rejected the proposal as unbalanced.", ("Iran",), ()),
    ("Gas", "Moscow denied cutting gas supplies to Moldova.", ("Russia", "Moldova"), ()),
    ("Envoy", "London and Paris urged a ceasefire.", ("United Kingdom", "France"), ()),
    ("Response", "Washington has warned it will respond.", (US,), ()),
    ("Plan", "Berlin, Paris and Rome backed the plan.", ("Germany", "France", "Italy"), ()),
    ("Talks", "Kyiv said talks could resume next week.", ("Ukraine",), ()),
    (
        "Vote",
        "MEPs meeting in Strasbourg voted to ban the practice.",
        ("European Parliament",),
        ("France",),
    ),
    (
        "Plenary",
        "Strasbourg backed the new rules for artificial intelligence in a plenary vote.",
        ("European Parliament",),
        ("France",),
    ),
    (
        "Aid",
        "UN agencies in Geneva warned that aid would run out in May.",
        ("United Nations",),
        ("Switzerland",),
    ),
    (
        "Court",
        "The ICC in The Hague issued an arrest warrant for the general.",
        ("International Criminal Court",),
        ("Netherlands",),
    ),
    (
        "Stormont",
        "Stormont agreed a budget after months of delay.",
        ("Northern Ireland Assembly",),
        (),
    ),
    ("Kremlin", "The Kremlin said no decision had been taken.", ("Russia",), ()),
    ("Elysee", "The Élysée confirmed the visit.", ("France",), ()),
    (
        "Downing St",
        "Downing Street said the prime minister had full confidence in her.",
        ("United Kingdom",),
        (),
    ),
    ("Intelligence", "Seoul and Tokyo agreed to share intelligence.", ("South Korea", "Japan"), ()),
    ("Shoal", "Beijing on Monday warned Manila over the shoal.", ("China", "Philippines"), ()),
    ("Envoy", "New Delhi summoned the Canadian envoy.", ("India", "Canada"), ()),
    ("Accession", "Ankara has threatened to block the accession.", ("Turkey",), ()),
    ("Trade deal", "Ottawa and Washington reached a trade deal.", ("Canada", US), ()),
    ("Embargo", "Havana accused Washington of tightening the embargo.", ("Cuba", US), ()),
    ("Protest", "Police in Athens said the march was peaceful.", ("Greece",), ()),
    ("Extradition", "Bogotá said it would not extradite him.", ("Colombia",), ()),
    ("Request", "Bern rejected the request for legal help.", ("Switzerland",), ()),
    (
        "Fine",
        "Brussels fined the carmaker under the bloc's competition rules.",
        ("European Commission", "European Union"),
        ("Belgium",),
    ),
    (
        "Gas",
        "Brussels wants member states to cut gas use by 15%.",
        ("European Union",),
        ("Belgium",),
    ),
    (
        "War crimes",
        "Judges in The Hague convicted the warlord of war crimes.",
        ("International Criminal Court",),
        ("Netherlands",),
    ),
    # the city itself, not its government or an institution
    (
        "Raid",
        "A police raid in Brussels led to three arrests.",
        ("Belgium",),
        ("European Commission",),
    ),
    ("Marathon", "Runners set off through Geneva's old town on Sunday.", ("Switzerland",), ()),
    (
        "Christmas market",
        "Strasbourg's Christmas market opened to crowds.",
        ("France",),
        ("European Parliament",),
    ),
    (
        "Snow",
        "Washington State troopers closed the pass after heavy snow.",
        ("Washington (state)",),
        ("Washington, D.C.",),
    ),
    (
        "Soybean row",
        "Beijing retaliated with tariffs on American soybeans.",
        ("China",),
        (),
    ),
    (
        "Sanctions",
        "Brussels has proposed a new package of sanctions on Moscow.",
        ("European Union", "Russia"),
        ("Belgium",),
    ),
    (
        "Envoy summoned",
        "Ottawa summoned the Indian envoy on Tuesday.",
        ("Canada",),
        (),
    ),
    (
        "Cholera",
        "WHO officials in Geneva warned of a cholera outbreak in Sudan.",
        ("World Health Organization",),
        ("Switzerland",),
    ),
    (
        "Plastics ban",
        "Lawmakers in Strasbourg voted to ban single-use vapes.",
        ("European Parliament",),
        ("France",),
    ),
    (
        "Incursion",
        "Tokyo protested the incursion by Chinese coastguard ships.",
        ("Japan",),
        (),
    ),
    (
        "Kremlin",
        "The Kremlin dismissed the report as fiction.",
        ("Russia",),
        (),
    ),
    (
        "Nuclear test",
        "Wellington condemned the missile test.",
        ("New Zealand",),
        (),
    ),
    (
        "Report",
        "Delhi hit back at the report on religious freedom.",
        ("India",),
        (),
    ),
    (
        "Ties restored",
        "Riyadh and Tehran agreed to restore diplomatic ties.",
        ("Saudi Arabia", "Iran"),
        (),
    ),
    (
        "Heatwave",
        "A heatwave hit Ottawa on Monday, with temperatures above 35C.",
        ("Ottawa", "Canada"),
        (),
    ),
    (
        "Uranium",
        "Inspectors in Vienna said Iran had sped up uranium enrichment.",
        ("IAEA",),
        ("Austria",),
    ),
    (
        "Fiscal rules",
        "Downing Street said the fiscal rules would not change.",
        ("Downing Street", "United Kingdom"),
        (),
    ),
    (
        "Ruling",
        "Judges in The Hague ordered Israel to allow aid into Gaza.",
        ("International Court of Justice",),
        ("Netherlands",),
    ),
    (
        "Coup",
        "Washington suspended military aid after the coup.",
        ("United States",),
        (),
    ),
    (
        "Tariffs",
        "Canberra protested against the new steel tariffs.",
        ("Australia",),
        (),
    ),
    (
        "Vote",
        "Holyrood voted to back the bill.",
        ("Scotland",),
        (),
    ),
    (
        "Spy row",
        "Moscow expelled two British diplomats.",
        ("Russia",),
        (),
    ),
    (
        "Rights council",
        "Diplomats in Geneva adopted a resolution on Sudan.",
        ("United Nations",),
        ("Switzerland",),
    ),
    (
        "Talks",
        "Seoul and Tokyo agreed to share missile data.",
        ("South Korea", "Japan"),
        (),
    ),
    (
        "Envoy",
        "Ottawa recalled its ambassador to Riyadh.",
        ("Canada",),
        (),
    ),
    (
        "Aid",
        "Geneva-based UN agencies appealed for $4bn for Sudan.",
        ("United Nations",),
        ("Switzerland",),
    ),
    (
        "Tariffs",
        "Berlin warned that a trade war would hurt everyone.",
        ("Germany",),
        (),
    ),
    (
        "Heat",
        "A heatwave sent temperatures in Berlin above 38C.",
        ("Berlin", "Germany"),
        (),
    ),
    (
        "Row",
        "The Pentagon said it would send more destroyers to the region.",
        ("Pentagon", "United States"),
        (),
    ),
    (
        "Deal",
        "Washington and Beijing agreed to cut tariffs.",
        ("United States", "China"),
        (),
    ),
    (
        "Protest",
        "Ankara summoned the Swedish ambassador over the burning.",
        ("Turkey",),
        (),
    ),
    (
        "Ruling",
        "Strasbourg ruled that the ban violated free speech.",
        ("European Court of Human Rights",),
        ("France",),
    ),
    (
        "Budget",
        "Brussels approved Italy's budget plan.",
        ("European Union", "Italy"),
        ("Belgium",),
    ),
    (
        "Visit",
        "Tourists flocked to Brussels for the Christmas market.",
        ("Brussels", "Belgium"),
        (),
    ),
]


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), QUALIFIED)
def test_city_state_and_namesakes(
    title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), CITIES)
def test_big_cities_by_their_english_names(
    title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), DEMONYMS)
def test_demonyms_with_domain_context(
    title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), METONYMY)
def test_seats_of_power_stand_for_governments(
    title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    _check(title, body, tagged, absent)
