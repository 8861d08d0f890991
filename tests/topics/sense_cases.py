"""Hand-written disambiguation cases for the senses that are not places: negation and
denial, names that are not places, lowercase acronyms, and story themes. Each row is a
title, a body, topics that must be tagged and topics that must not. About half the rows of
each kind keep a topic tagged, so a rule that discounts too much fails as surely as one
that discounts too little."""

from __future__ import annotations

Case = tuple[str, str, tuple[str, ...], tuple[str, ...]]  # title, body, tagged, not tagged

NEGATION: list[Case] = [
    (
        "Arson inquiry",
        "Investigators found no links between the arson and Hamas, the prosecutor said.",
        (),
        ("Hamas",),
    ),
    (
        "Leeds stabbing",
        "Police have ruled out terrorism as a motive for the stabbing in Leeds.",
        ("Leeds",),
        ("Terrorism",),
    ),
    (
        "Coup attempt",
        "The junta denied any involvement of the Wagner Group in the failed coup.",
        ("Coups",),
        ("Wagner Group",),
    ),
    (
        "Airline outage",
        "The airline said the outage was not related to a cyberattack.",
        ("Aviation",),
        ("Cybersecurity",),
    ),
    (
        "Reactors stay open",
        "Unlike Germany, France has kept its nuclear power plants running.",
        ("France", "Nuclear power"),
        ("Germany",),
    ),
    (
        "Cable damage",
        "There is no evidence that Russia was behind the cable damage, Finnish officials said.",
        ("Finland",),
        ("Russia",),
    ),
    (
        "Lyon blast",
        "Police said the explosion in Lyon was not a terrorist attack but a gas leak.",
        ("Lyon", "France"),
        ("Terrorism",),
    ),
    (
        "Blackout cause",
        "A grid operator spokesman said the blackout had nothing to do with sabotage by Russia.",
        (),
        ("Russia",),
    ),
    (
        "Suspect profile",
        "Police said the suspect had no ties to Islamic State and acted alone.",
        (),
        ("Islamic State",),
    ),
    (
        "Attack blame",
        "Hamas was not behind the attack, Israeli intelligence concluded.",
        ("Israel",),
        ("Hamas",),
    ),
    (
        "March organisers",
        "The group, which is not affiliated with Hezbollah, organised the march in Sidon.",
        (),
        ("Hezbollah",),
    ),
    (
        "Host chosen",
        "Turkey, rather than Greece, will host the next round of talks.",
        ("Turkey",),
        ("Greece",),
    ),
    (  # a double negation is no denial
        "Talks possible",
        "Iran did not rule out talks with the United States, its foreign minister said.",
        ("Iran", "United States"),
        (),
    ),
    (  # "not only ... but also" adds, it does not deny
        "Heat records",
        "The heatwave broke records not only in Spain but also in Portugal.",
        ("Spain", "Portugal", "Heatwaves"),
        (),
    ),
    (  # the one who denies is what the story is about
        "Ukraine denies",
        "Ukraine denied any role in the drone attack on the refinery near Moscow.",
        ("Ukraine", "Russia"),
        (),
    ),
    (  # a negated predicate says something about its subject
        "Summit snub",
        "Russia was not invited to the peace summit in Switzerland.",
        ("Russia", "Switzerland"),
        (),
    ),
    (
        "Strike on Kharkiv",
        "There were no casualties in the missile strike on Kharkiv, the governor said.",
        ("Kharkiv", "Ukraine"),
        (),
    ),
    (  # denial in one clause, the group named as the actor in the next
        "Rocket fire",
        "Hezbollah denied firing the rockets, but Israel said the group launched them "
        "from southern Lebanon.",
        ("Hezbollah", "Israel", "Lebanon"),
        (),
    ),
    (
        "Bombing claimed",
        "No group has claimed the bombing in Mogadishu, which officials blamed on al-Shabaab.",
        ("al-Shabaab", "Somalia"),
        (),
    ),
    (
        "Ship seized",
        "Contrary to earlier reports, the tanker was not carrying weapons for the Houthis.",
        (),
        ("Houthis",),
    ),
    (
        "Fire cause",
        "Officials ruled out arson and said there was no sign of a terrorist attack.",
        (),
        ("Terrorism",),
    ),
    (
        "Probe widens",
        "Prosecutors in Paris said they had found no evidence of Chinese involvement.",
        ("France",),
        ("China",),
    ),
    (  # the negation is in another sentence
        "Raid in Kabul",
        "The Taliban raided the compound in Kabul. No one was hurt.",
        ("Taliban", "Afghanistan"),
        (),
    ),
    (
        "Ceasefire holds",
        "Israel and Hamas did not fire a single shot overnight as the ceasefire held.",
        ("Israel", "Hamas", "Peace talks"),
        (),
    ),
]

NAMES: list[Case] = [
    ("Romcom", "Dakota Johnson stars in the new romantic comedy.", (), ("North Dakota",)),
    (
        "Fashion week",
        "Austin Butler was spotted at a fashion show in Paris.",
        ("France",),
        ("Austin", "Texas"),
    ),
    (
        "Wedding",
        "Brooklyn Beckham married his fiancee in Florida.",
        ("Florida",),
        ("New York City", "New York (state)"),
    ),
    (
        "Premier League",
        "Manchester United beat Everton 2-0 at Old Trafford on Sunday.",
        ("Football",),
        ("Manchester", "England"),
    ),
    ("Album", "Paris Jackson released her second album on Friday.", ("Music",), ("France",)),
    (
        "Cast",
        "Florence Pugh and Orlando Bloom join the cast of the thriller.",
        (),
        ("Florence", "Italy", "Orlando", "Florida"),
    ),
    ("Title fight", "Israel Adesanya lost his UFC title in Perth.", ("Australia",), ("Israel",)),
    (
        "Morning show",
        "Savannah Guthrie returned to host the morning show.",
        (),
        ("Savannah", "Georgia (US state)"),
    ),
    ("Designer", "Victoria Beckham opened a boutique in London.", ("London",), ("Victoria",)),
    (
        "Oscars",
        "Denzel Washington won praise for his role in the film.",
        ("Film",),
        ("Washington, D.C.", "Washington (state)"),
    ),
    ("Courage", "He downed a glass of Dutch courage before the speech.", (), ("Netherlands",)),
    (
        "Office rumours",
        "By the time it reached the board, the plan had gone through Chinese whispers.",
        (),
        ("China",),
    ),
    ("Sweets", "The shop sells Turkish delight and baklava.", (), ("Turkey",)),
    ("Bunker", "The council sold a Cold War-era bunker to a developer.", (), ("Russia",)),
    (
        "Veteran",
        "A Korean War veteran turned 100 on Saturday.",
        (),
        ("South Korea", "Korean Peninsula"),
    ),
    ("Syndrome", "The hostage later showed signs of Stockholm syndrome.", (), ("Sweden",)),
    (
        "Golf recall",
        "Volkswagen recalled 50,000 Golf hatchbacks over faulty airbags.",
        (),
        ("Golf",),
    ),
    ("Jazz win", "The Utah Jazz beat the Lakers 118-110 on Tuesday.", (), ("Music",)),
    (
        "Hockey",
        "The Carolina Hurricanes beat the Rangers 4-2 to level the series.",
        (),
        ("Hurricanes",),
    ),
    (
        "Avalanche",
        "The Colorado Avalanche beat the Stars 3-1 in Denver on Monday.",
        (),
        ("Disasters",),
    ),
    (
        "MLS",
        "Inter Miami beat LA Galaxy 3-1 in front of a sellout crowd.",
        (),
        ("Astronomy and space",),
    ),
    ("Browser", "The Opera browser added a built-in AI assistant.", (), ("Opera",)),
    ("Comets", "The Comets won the league title on Saturday.", (), ("Astronomy and space",)),
    (  # the place itself
        "Floods in Austin",
        "Flash floods closed roads in Austin and San Antonio.",
        ("Austin", "Texas"),
        (),
    ),
    (  # the country itself, with a demonym
        "Dutch election",
        "Dutch voters go to the polls on Wednesday.",
        ("Netherlands", "Elections"),
        (),
    ),
    (
        "Hail storm",
        "Hailstones the size of golf balls smashed windows in Dallas.",
        ("Dallas",),
        ("Golf",),
    ),
]

CASE: list[Case] = [
    (
        "nato allies pledge air defence for ukraine",
        "Defence ministers of the alliance met in Brussels and agreed to send more Patriot "
        "systems to Kyiv.",
        ("NATO", "Ukraine"),
        (),
    ),
    (
        "fbi searches home of former adviser",
        "Federal agents searched the house as part of a Justice Department investigation.",
        ("FBI",),
        (),
    ),
    (
        "cia chief makes secret visit to kyiv",
        "The spy agency's director met Ukrainian intelligence officials, US officials said.",
        ("CIA",),
        (),
    ),
    (
        "opec+ agrees deeper output cut",
        "Oil producers led by Saudi Arabia agreed to cut crude production by a million "
        "barrels per day.",
        ("OPEC",),
        (),
    ),
    (
        "imf approves $3bn loan for pakistan",
        "The fund's board approved the bailout after Islamabad raised taxes.",
        ("IMF", "Pakistan"),
        (),
    ),
    (
        "nasa delays crewed moon mission",
        "The space agency said the astronauts would now fly in 2027.",
        ("NASA",),
        (),
    ),
    (
        "ecb holds rates as inflation cools",
        "Policymakers in Frankfurt kept the deposit rate at 2 percent as euro zone "
        "inflation eased.",
        ("European Central Bank",),
        (),
    ),
    (
        "nba finals: celtics beat mavericks",
        "Boston took a 2-0 lead in the best-of-seven series with a 105-98 win.",
        ("Basketball",),
        (),
    ),
    (
        "fifa opens disciplinary case",
        "Football's world governing body charged the federation after fans invaded the pitch "
        "at the World Cup qualifier.",
        ("Football",),
        (),
    ),
    (
        "ukraine says russian drones hit odesa port",
        "Grain silos were damaged overnight.",
        ("Ukraine", "Russia"),
        (),
    ),
    (
        "idf says it killed hamas commander in gaza",
        "The Israeli military said the strike targeted a senior commander.",
        ("Israel Defense Forces", "Hamas"),
        (),
    ),
    (
        "who warns of cholera surge",
        "The World Health Organization said cases rose in Sudan and Yemen.",
        ("World Health Organization",),
        (),
    ),
    (
        "Isis flower shop opens",
        "The isis florist opened a second branch on the high street.",
        (),
        ("Islamic State",),
    ),
    (
        "Temple restored",
        "Restorers finished work on the temple of Isis at Philae in Egypt.",
        ("Egypt",),
        ("Islamic State",),
    ),
    (
        "Club culture",
        "Attacking football is in the club's dna, the coach said.",
        ("Football",),
        ("Biology",),
    ),
    (
        "turkish jets strike pkk targets in iraq",
        "The defence ministry said militants were killed in the strikes in northern Iraq.",
        ("PKK", "Iraq"),
        (),
    ),
    (
        "Nato in Europe",
        "Nato leaders met in The Hague.",
        ("NATO",),
        (),
    ),
    (
        "Band tour",
        "The band announced a world tour after years of silence.",
        ("Music",),
        ("Islamic State",),
    ),
    (
        "nhs waiting lists grow",
        "Hospitals in England reported longer waits for routine operations, the health "
        "secretary said.",
        ("Health policy",),
        (),
    ),
    (
        "Chip maker",
        "Shares of tsmc rose after it reported record quarterly profit.",
        ("Earnings",),
        (),
    ),
    (
        "un security council meets",
        "The council discussed the war in Sudan.",
        ("Sudan",),
        (),
    ),
]

THEMES: list[Case] = [
    (
        "Voters back change",
        "Irish voters approved the constitutional amendment in Friday's referendum.",
        ("Referendums", "Ireland"),
        (),
    ),
    (
        "Swiss vote",
        "Swiss voters rejected a proposal for a wealth tax in a national vote on Sunday.",
        ("Referendums", "Switzerland"),
        (),
    ),
    (
        "Third series",
        "The BBC has commissioned a third series of the crime drama, with the cast returning.",
        ("Television",),
        (),
    ),
    (
        "Renewal",
        "Netflix renewed the show for a fourth season after strong viewing figures.",
        ("Television",),
        (),
    ),
    (
        "Tosca opens",
        "The new opera by the composer premiered at the Royal Opera House to warm applause.",
        ("Opera",),
        (),
    ),
    (
        "Met season",
        "The soprano sang the title role in Tosca at the Metropolitan Opera.",
        ("Opera",),
        (),
    ),
    (
        "Symphony",
        "The Berlin Philharmonic's chief conductor led Mahler's Fifth Symphony.",
        ("Classical music", "Music"),
        (),
    ),
    (
        "Second Test",
        "India beat Australia by six wickets in the second Test at Adelaide.",
        ("Cricket",),
        (),
    ),
    (
        "Lord's",
        "Root hit a century as England reached 350 for five on the opening day at Lord's.",
        ("Cricket",),
        (),
    ),
    (
        "All Blacks",
        "The All Blacks scored four tries against the Springboks at Eden Park.",
        ("Rugby",),
        (),
    ),
    (
        "US Open final",
        "Sinner beat Alcaraz in straight sets to win the US Open title.",
        ("Tennis",),
        (),
    ),
    (
        "Monaco",
        "Verstappen took pole position for the Monaco Grand Prix ahead of Leclerc.",
        ("Formula One", "Motorsport"),
        (),
    ),
    (
        "Drug prices",
        "The administration finalised a drug-pricing rule that caps what Medicare pays "
        "for insulin.",
        ("Drug pricing",),
        (),
    ),
    (
        "Negotiated prices",
        "Medicare will pay lower prices for ten of the costliest medicines under the "
        "negotiation programme.",
        ("Drug pricing",),
        (),
    ),
    (
        "Polls open",
        "Polls opened across the country as voters chose a new parliament.",
        ("Elections",),
        (),
    ),
    (
        "Cannes",
        "The director's new feature premiered at Cannes to a ten-minute standing ovation.",
        ("Film",),
        (),
    ),
    (
        "New model",
        "OpenAI released a new model that can reason over images and code.",
        ("Artificial intelligence",),
        (),
    ),
    (
        "Warming",
        "Global temperatures last year were 1.5C above pre-industrial levels, scientists said.",
        ("Climate change",),
        (),
    ),
    (
        "Hail",
        "Hail the size of tennis balls fell on the town, the weather service said.",
        ("Weather",),
        ("Tennis",),
    ),
    (
        "Cricket flour",
        "The start-up sells cricket flour and other insect protein to bakers.",
        (),
        ("Cricket",),
    ),
    (
        "Tennis elbow",
        "The carpenter was treated for tennis elbow after months of work.",
        (),
        ("Tennis",),
    ),
    (
        "Street drugs",
        "Police said the street price of cocaine had fallen in the city.",
        ("Drug trafficking",),
        ("Drug pricing",),
    ),
    (
        "Budget vote",
        "Lawmakers passed the budget in a vote on Tuesday.",
        ("Legislation",),
        ("Elections", "Referendums"),
    ),
    (
        "Ashes of victims",
        "The ashes of the victims were scattered at sea.",
        (),
        ("Cricket",),
    ),
    (
        "Season opener",
        "The football season opens on Saturday with a derby.",
        ("Football",),
        ("Television",),
    ),
]
