"""Ordinary sentences that the narrower sense rules must leave alone: a list of countries
that goes on, a team's name as everyday words, a trade's own news, a subject beside a
doubted link, an embassy in a city, an ensemble that performed, a number after a town that
is no score, the subject of a claim called false, what a hedge does not doubt, a court's
jury, "US" in a headline in capitals, "who" asking a question (in capitals too), "us" as
an object pronoun, a trade that tells namesakes apart, the everyday uses of words the
themes gained, a verb paired with a demonym, a name that plays no gig, a film named
plainly, a landmark in the possessive, civil servants and a club's fans, a theme's own
things, an incident called a drama and "shows" as a verb, the readings kept beside them,
the courts told apart, where a picture was made, the place a choice sets aside, the state
after a small town, countries as sides, host cities, verbless denials, storms named as
people are, a headline opened by a lowercase "us" beside capitals, a seat that suffers
what befalls it, regions named in English, what did not follow ("did not trigger a
tsunami") beside what "there was no" leaves as it is ("there was no electricity in Gaza"),
a place's own moment, works that are no titles, metals, festivals and filming that are no
trade, weather or gunfire, a US town named after a region, and a country's name
or its people's that is a bird's or a thing's in lower case. Each row is a
title, a body, topics that must be tagged and topics that must not."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

LISTS: list[Case] = [
    (
        "Caucasus fears",
        "Ukraine, Georgia, and the Baltic states fear Russian pressure.",
        ("Ukraine", "Georgia"),
        ("Georgia (US state)",),
    ),
    (
        "Sanctions talks",
        "Sanctions on Armenia, Georgia and the wider Caucasus were discussed.",
        ("Armenia", "Georgia"),
        ("Georgia (US state)",),
    ),
    (
        "Gas cut",
        "Russia has cut gas to Moldova, Georgia and others in the region.",
        ("Moldova", "Georgia"),
        ("Georgia (US state)",),
    ),
    (
        "Pipeline deal",
        "Azerbaijan, Georgia, and the United States signed the pipeline deal.",
        ("Azerbaijan",),
        (),
    ),
    (
        "Cocoa traders",
        "Traders in Lagos, Ghana and elsewhere in West Africa expect a smaller crop.",
        ("Lagos", "Ghana"),
        (),
    ),
    (
        "Eastern partners",
        "Ukraine, Georgia and Moldova seek closer ties with the European Union.",
        ("Ukraine", "Georgia", "Moldova"),
        ("Georgia (US state)",),
    ),
    (
        "Medal table",
        "Mexico, Georgia, Japan win medals on the last day of the championships.",
        ("Mexico", "Georgia", "Japan"),
        ("Georgia (US state)",),
    ),
    (
        "Water talks",
        "Jordan and Egypt discuss sharing water from the new desalination plant.",
        ("Jordan", "Egypt"),
        (),
    ),
    (
        "Border crossing",
        "Trucks queued for days at the crossing between Syria and Jordan.",
        ("Syria", "Jordan"),
        (),
    ),
    (
        "Swing states",
        "Voters in Texas, Georgia and Arizona queued for hours on election day.",
        ("Texas", "Georgia (US state)", "Arizona"),
        ("Georgia",),
    ),
    (
        "Hall of fame",
        "Michael Jordan and Scottie Pippen were honoured at the ceremony.",
        (),
        ("Jordan",),
    ),
]

EVERYDAY: list[Case] = [
    (
        "Outage",
        "A Seattle storm knocked out power to thousands of homes overnight.",
        ("Seattle",),
        ("Basketball",),
    ),
    (
        "Seattle Storm Knocks Out Power To Thousands",
        "Crews worked through the night to restore power across the city.",
        ("Seattle",),
        ("Basketball",),
    ),
    (
        "Indiana Fever Cases Climb As Flu Season Peaks",
        "Hospitals across the state reported more admissions this week.",
        (),
        ("Basketball",),
    ),
    (
        "Restaurants",
        "British restaurants are closing at a record rate as costs rise.",
        ("United Kingdom",),
        (),
    ),
    (
        "Licensing",
        "Dubai restaurants face new licensing rules from the municipality.",
        ("Dubai",),
        (),
    ),
    (
        "Curfew",
        "Delhi restaurants were told to shut by 11pm during the smog emergency.",
        ("Delhi",),
        (),
    ),
    (
        "Concert review",
        "The Cleveland Orchestra performed Mahler on Friday to a full hall.",
        ("Cleveland",),
        (),
    ),
    (
        "Council bins",
        "Westminster City Council sent residents a bill for the new bins.",
        (),
        ("UK Parliament",),
    ),
    (
        "Covid Home Test Kits Recalled",
        "The regulator said some kits gave false negatives.",
        (),
        ("Cricket",),
    ),
    (
        "Camping kit",
        "A Swiss Army knife is handy on any camping trip.",
        (),
        ("Military", "Switzerland"),
    ),
    (
        "Drill",
        "The Swiss army held its first drill with the new rifles.",
        ("Military",),
        (),
    ),
    (
        "Recruits",
        "The army recruited 5,000 soldiers last year.",
        ("Military",),
        (),
    ),
    (
        "Spa menu",
        "Thai massage and a sauna for £40, Tuesdays only.",
        (),
        ("Thailand",),
    ),
    (
        "Rice trade",
        "Thai rice exports rose for a third month.",
        ("Thailand",),
        (),
    ),
    (
        "Garden centre",
        "A Japanese maple for the shady corner, and a Canadian goose on the pond.",
        (),
        ("Japan", "Canada"),
    ),
    (
        "Carmakers",
        "Japanese carmakers raised output in May.",
        ("Japan",),
        (),
    ),
    (
        "Smoke",
        "Canadian wildfire smoke drifted over New York.",
        ("Canada",),
        (),
    ),
    (
        "GEORGIAN TOWNHOUSE FOR SALE",
        "Five bedrooms, a walled garden and parking for two cars.",
        (),
        ("Salé", "Morocco", "Georgia"),
    ),
    (
        "Coastal floods",
        "Floods hit Salé and Rabat, Moroccan officials said.",
        ("Salé", "Morocco"),
        (),
    ),
    (
        "Travel kit",
        "Pack an EU plug adapter and a Nato strap for your watch.",
        (),
        ("European Union", "NATO"),
    ),
    (
        "Spelling it out",
        "Spell it using the NATO phonetic alphabet: alpha, bravo, charlie.",
        (),
        ("NATO",),
    ),
    (
        "Summit",
        "NATO leaders agreed to raise defence spending; EU ministers backed the plan.",
        ("NATO", "European Union"),
        (),
    ),
    (
        "Plug-in cars",
        "The EU plans to ban new petrol cars from 2035.",
        ("European Union",),
        (),
    ),
]

SUBJECTS: list[Case] = [
    (
        "Sanctions",
        "There is nothing to suggest Russia will retaliate against the sanctions, officials said.",
        ("Russia",),
        (),
    ),
    (
        "Rates outlook",
        "There is nothing to suggest the Bank of England will cut interest rates in May.",
        ("Bank of England",),
        (),
    ),
    (
        "New manager",
        "Tuchel had never worked in England before taking the job.",
        ("England",),
        (),
    ),
    (
        "Exporter",
        "The company has never dealt with China before, its chief said.",
        ("China",),
        (),
    ),
    (
        "Crash inquiry",
        "Investigators don't think the Boeing 737 crash in Nepal was caused by pilot error.",
        ("Boeing", "Nepal"),
        (),
    ),
    (
        "Ceasefire doubts",
        "Officials do not believe the ceasefire will be backed by Russia.",
        ("Peace talks",),
        (),
    ),
]

SEATS: list[Case] = [
    (
        "Embassy protest",
        "Protesters stormed the Israeli embassy in Brussels on Saturday.",
        ("Brussels",),
        ("European Commission",),
    ),
    (
        "Talks stall",
        "Diplomats in Geneva said the talks had stalled.",
        ("Geneva",),
        (),
    ),
    (  # a train that stops at a seat is no government acting
        "Timetable change",
        "Eurostar trains from Brussels will stop at Lille from June.",
        ("Belgium", "Lille"),
        ("European Commission",),
    ),
    (
        "Night trains",
        "The night train from Vienna will stop running in December.",
        ("Vienna", "Austria"),
        ("IAEA",),
    ),
    (  # a seat that will act is its government or its company; a place that will be passed
        "Metro plans",
        "Paris will open a new metro line next year.",
        ("Paris", "France"),
        (),
    ),
    (
        "Walking tour",
        "Visitors to Vienna will pass the old town hall on the tour.",
        ("Vienna",),
        ("IAEA",),
    ),
    (
        "Abbey service",
        "Westminster Abbey will host the memorial service.",
        (),
        ("UK Parliament",),
    ),
    (
        "Best in show",
        "The Westminster Kennel Club show crowned a poodle best in show.",
        (),
        ("UK Parliament",),
    ),
    (  # a UN office's name is the UN; a seat without it stays the town
        "Darfur deliveries",
        "OCHA said aid deliveries to Darfur had doubled since March.",
        ("United Nations", "Darfur"),
        (),
    ),
    (
        "Benefit concert",
        "A concert in Geneva raised money for families hit by the floods.",
        ("Geneva", "Switzerland"),
        ("United Nations",),
    ),
]

HEADLINES: list[Case] = [
    (  # "US" after an imperative in a headline in capitals is the pronoun; in running text not
        "JOIN US FOR THE LIVE Q&A",
        "Our panel answers questions on pensions.",
        (),
        ("United States",),
    ),
    (
        "Subsidy deal",
        "The deal will help US farmers sell more soybeans to Japan.",
        ("United States", "Japan"),
        (),
    ),
    (
        "SANCTIONS WILL HURT US, WARNS RUSSIA",
        "Moscow said new curbs on its banks would backfire.",
        ("Russia",),
        (),
    ),
    (
        "EU Road Map For Ukraine Membership Unveiled",
        "The plan sets out the reforms Kyiv must make first.",
        ("European Union",),
        (),
    ),
    (
        "UN Field Hospital Opens In Gaza",
        "Doctors began treating patients within hours.",
        ("United Nations",),
        (),
    ),
    (
        "Outage",
        "A Google Drive outage hit millions of users on Monday.",
        ("Google",),
        (),
    ),
    (
        "Fact check",
        "Debunking Russian myths about the war in Ukraine.",
        ("Russia",),
        (),
    ),
    (
        "Markets",
        "Blue-chip stocks rallied as AI shares surged.",
        (),
        ("Semiconductors",),
    ),
    (
        "Recount",
        "Georgia counties begin a hand count of ballots.",
        ("Elections",),
        (),
    ),
    (
        "Salmon funding",
        "Washington's delegation in Congress backs salmon funding, and senators said Seattle "
        "would benefit.",
        ("Washington (state)",),
        ("Washington, D.C.",),
    ),
    (
        "US TROOPS LEAVE DESERT BASE",
        "The last soldiers left on Tuesday.",
        ("United States",),
        (),
    ),
    (
        "TRUMP PLEDGES TO HELP US FARMERS",
        "Growers fear the new duties will close their markets.",
        ("United States",),
        (),
    ),
    (
        "JOIN US FOR THE SUMMER FAIR",
        "Stalls and rides on the green from noon.",
        (),
        ("United States",),
    ),
    (
        "NICE TRY, FRANCE",
        "Les Bleus lost 2-1 at home.",
        ("France",),
        ("Nice",),
    ),
    (
        "SPLIT DECISION IN CROATIA VOTE",
        "The coalition is divided over the budget.",
        ("Croatia",),
        ("Split",),
    ),
    (
        "NICE ATTACK: FRANCE MOURNS",
        "A truck drove into crowds in Nice on Thursday.",
        ("Nice", "France"),
        (),
    ),
    (
        "BUFFALO SHOOTING: GUNMAN CHARGED",
        "The attack in Buffalo, New York, killed ten.",
        ("Buffalo",),
        (),
    ),
    (
        "PARIS POLICE CLEAR CAMP",
        "Officers moved in at dawn.",
        ("Paris",),
        (),
    ),
]

THREATS: list[Case] = [
    (
        "Strait",
        "The minister says there is no threat of China invading Taiwan this year.",
        ("China", "Taiwan"),
        (),
    ),
    (
        "Rates",
        "Investors see no risk of a Fed rate hike before the summer.",
        ("Federal Reserve",),
        (),
    ),
]

# Beside the words that make a name a street, an idiom or a creature: the same words used
# of the institution, the country or the sport itself.
ALIKE: list[Case] = [
    (
        "Maps",
        "The Google Street View car mapped the village last week.",
        ("Google",),
        (),
    ),
    (
        "Policy paper",
        "Officials said the White House Road Map for AI would be published on Monday.",
        ("White House",),
        (),
    ),
    (
        "Rugby",
        "The French polished off Italy 40-10 in Rome.",
        ("France", "Italy"),
        (),
    ),
    (
        "Flamenco night",
        "The Spanish guitarist played to a packed hall in Seville.",
        ("Spain",),
        (),
    ),
    (
        "Transfer",
        "Jordan will sign a new contract with the club on Friday, his agent said.",
        (),
        ("Jordan",),
    ),
    (
        "Sports day",
        "Pupils played cricket and rounders all afternoon.",
        ("Cricket",),
        (),
    ),
    (
        "Hygiene",
        "Soap and water are enough for most cuts, the nurse said.",
        (),
        ("Television",),
    ),
    (
        "Fishing rules",
        "Inspectors criticised Spanish fishing practices in the Bay of Biscay.",
        ("Spain",),
        (),
    ),
    (
        "Ports review",
        "Practices at Spanish ports were reviewed by the ministry this spring.",
        ("Spain",),
        (),
    ),
    (
        "Tang murals",
        "Chinese wall paintings from the Tang dynasty go on show next month.",
        ("China",),
        (),
    ),
    (
        "Summer visitors",
        "The Great Wall of China drew record numbers of visitors this summer.",
        ("China",),
        (),
    ),
    (
        "Sledging",
        "Cricket: the fielders kept up a steady chirp at the new batter all afternoon.",
        ("Cricket",),
        (),
    ),
    (
        "Sledging review",
        "Sledging in cricket, the chirps from close fielders, is under review.",
        ("Cricket",),
        (),
    ),
    (
        "Set piece",
        "Ireland won the first scrum of the match and never looked back.",
        ("Rugby", "Ireland"),
        (),
    ),
    (
        "Collapsed scrum",
        "Press reports said the scrum had collapsed twice before half-time.",
        ("Rugby",),
        (),
    ),
    (
        "Regulator debate",
        "The politics of football ownership dominated the debate on the regulator.",
        ("Football",),
        (),
    ),
    (
        "Regulator lobbying",
        "Football clubs lobbied for political support for the new regulator.",
        ("Football",),
        (),
    ),
    (
        "New record",
        "The band's new album features photos of their home town.",
        ("Music",),
        (),
    ),
    (
        "Signing",
        "Photo: the singer signs copies of her album at a record shop in Lagos.",
        ("Music", "Lagos"),
        (),
    ),
    (
        "Bypolls",
        "The bypolls in three constituencies will be held on 12 March.",
        ("Elections",),
        (),
    ),
    (
        "New logo",
        "The assembly polled its members on the new logo.",
        (),
        ("Elections",),
    ),
]

# A number after a town's name that is no score, in a story about sport.
SCORES: list[Case] = [
    (
        "Cup final trip",
        "Fans arrived in Madrid 2 hours before kick-off for the cup final.",
        ("Madrid", "Spain"),
        (),
    ),
    (
        "Away days",
        "Supporters left Lyon 3 days before the final in the league's longest trip.",
        ("Lyon", "France"),
        (),
    ),
]

# A claim the sentence calls false: its subject, and a place where the claimed thing
# happened, stay; only what a link claims of a subject is denied.
CLAIMS: list[Case] = [
    (
        "Vote claims",
        "Claims that the election in Georgia was rigged are false, observers said.",
        ("Elections",),
        (),
    ),
    (
        "Flood reports",
        "Reports that flooding hit Lagos were confirmed by the governor.",
        ("Lagos", "Floods"),
        (),
    ),
    (
        "Border posts",
        "Hamas said posts claiming its fighters had crossed the fence were false.",
        ("Hamas",),
        (),
    ),
    (
        "Rocket claims",
        "Claims that Hamas fired the rockets are false, the army said.",
        ("Hamas",),
        (),
    ),
]

# A prize, a racket or health said of people and games, beside the same words said of things.
FIGURES: list[Case] = [
    (
        "New release",
        "The Oscar-winning director's new film opens on Friday.",
        ("Film",),
        (),
    ),
    (
        "Health funding",
        "The health secretary announced more funding for hospitals.",
        ("Health",),
        (),
    ),
    (
        "Results call: strikes",
        "Despite the strikes, the company is in rude health.",
        (),
        ("Health",),
    ),
    (
        "War anniversary",
        "The invasion of Ukraine began three years ago.",
        ("Armed conflict", "Ukraine"),
        (),
    ),
    (
        "Tackle count",
        "He made 20 tackles as the All Blacks won in Dublin.",
        ("Rugby",),
        (),
    ),
    (
        "Club shop",
        "Rackets sold out at the Wimbledon shop after the final.",
        ("Tennis",),
        (),
    ),
]

# A sport's or an art's name before a company's or a body's word: the trade itself.
TRADES: list[Case] = [
    (
        "Label signing",
        "Universal Music Group signed the rapper.",
        ("Music",),
        (),
    ),
    (
        "Captaincy",
        "Cricket Australia named a new captain for the Test series.",
        ("Cricket",),
        (),
    ),
    (
        "Broadcast rights",
        "The Tennis Channel will show the final live.",
        ("Tennis",),
        (),
    ),
]

# A jury of a prize or a festival beside a court's.
JURIES: list[Case] = [
    (
        "Song contest winner sued; jury to decide damages",
        "The singer's former manager says he is owed a share of the prize money.",
        ("Courts and justice",),
        (),
    ),
    (
        "Festival fraud: jury convicts organiser",
        "The organiser sold tickets to a music festival that never took place.",
        ("Courts and justice",),
        (),
    ),
    (
        "Contest rigging case: jury deadlocked",
        "The judge sent the jurors home after three days without a decision.",
        ("Courts and justice",),
        (),
    ),
    (
        "Documentary prize",
        "The festival jury praised the documentary's editing.",
        (),
        ("Courts and justice",),
    ),
    (
        "Mayor indicted",
        "A grand jury in Atlanta indicted the former mayor.",
        ("Courts and justice", "Atlanta"),
        (),
    ),
    (
        "Old Bailey verdict",
        "The jury at the Old Bailey found the driver guilty.",
        ("Courts and justice",),
        (),
    ),
    (
        "Berlin festival jury",
        "The Berlin Film Festival announced its jury.",
        (),
        ("Courts and justice",),
    ),
    (
        "Eurovision jury",
        "The jury of the Eurovision Song Contest awarded Sweden 12 points.",
        ("Sweden",),
        ("Courts and justice",),
    ),
    (
        "Jurors chosen",
        "Jurors were chosen for the trial of the former festival director.",
        ("Courts and justice",),
        (),
    ),
    (
        "Fraud case",
        "A jury acquitted the award-winning director of fraud on Friday.",
        ("Courts and justice",),
        (),
    ),
]

# Beside the words of a hedge or a doubt: a little of something else, none of a group's
# people, a doubted timetable, a question about what a subject will do, a link established;
# and a denial beside a negated rank ("not the first time"), which still denies.
DOUBTS: list[Case] = [
    (
        "Blast cause",
        "The blast was not a Hamas attack, police said.",
        (),
        ("Hamas",),
    ),
    (
        "Lone gunman",
        "Not Hamas but a lone gunman carried out the attack.",
        (),
        ("Hamas",),
    ),
    (
        "New leader",
        "Little is known about the Taliban's new leader.",
        ("Taliban",),
        (),
    ),
    (
        "Room to manoeuvre",
        "Iran has little room to manoeuvre in the talks.",
        ("Iran",),
        (),
    ),
    (
        "Commanders named",
        "The report named none of the Hamas commanders.",
        ("Hamas",),
        (),
    ),
    (
        "Pact question",
        "Analysts questioned whether Sweden would join the pact.",
        ("Sweden",),
        (),
    ),
    (
        "Jet rollout",
        "Experts cast doubt on the timetable for Poland's rollout of the new jets.",
        ("Poland",),
        (),
    ),
    (
        "Missile origin",
        "Investigators have established that the Houthis fired the missile.",
        ("Houthis",),
        (),
    ),
    (
        "Talks attendance",
        "Officials have not said whether the Taliban will attend the talks.",
        ("Taliban",),
        (),
    ),
    (  # a referendum on a plan or a proposal is a ballot
        "Term limits",
        "Voters rejected the referendum on the president's plan to extend term limits.",
        ("Referendums",),
        (),
    ),
    (
        "Constitution vote",
        "Ireland holds a referendum on the government's proposal to change the constitution.",
        ("Referendums", "Ireland"),
        (),
    ),
]

# A lowercase English word that is also an acronym ("who", "us"), and lowercase copy.
LOWERCASE: list[Case] = [
    ("us to raise tariffs on cars", "", ("United States",), ()),
    ("us to host the next summit", "", ("United States",), ()),
    ("tell us to stop", "", (), ("United States",)),
    (
        "uk inflation rises to 3.5pc",
        "Prices rose faster than expected in March.",
        ("United Kingdom", "Inflation"),
        (),
    ),
    (
        "uae growth slows",
        "Output fell in the second quarter.",
        ("United Arab Emirates",),
        (),
    ),
    (
        "chat: the deal",
        "the band nato played two encores and the prices were fair.",
        (),
        ("NATO",),
    ),
    (
        "chat: watch bands",
        "my nato strap prices went up, who knew.",
        (),
        ("NATO", "World Health Organization"),
    ),
    (
        "chat: the outbreak",
        "who warned you about the outbreak? nobody told us.",
        (),
        ("World Health Organization",),
    ),
    (
        "chat: jabs",
        "who cares about the vaccine rollout, honestly. i just want my jab.",
        (),
        ("World Health Organization",),
    ),
    (
        "Ward report",
        "Nurses who warned of the outbreak were ignored, the inquiry found.",
        (),
        ("World Health Organization",),
    ),
    (
        "chat: watch straps",
        "a nato strap in olive nylon fits most field watches.",
        (),
        ("NATO",),
    ),
    (
        "gig list",
        "tickets for the who and the kinks at the arena go on sale friday.",
        (),
        ("World Health Organization",),
    ),
    (
        "gig review",
        "the who rules! best gig of the year, says our reviewer.",
        (),
        ("World Health Organization",),
    ),
    (
        "Swim club",
        "pool rules: no running. the who tribute band plays friday.",
        (),
        ("World Health Organization",),
    ),
    (
        "chat: the raid",
        "fbi raids home of former adviser, his lawyer says.",
        ("FBI",),
        (),
    ),
    (
        "chat: the deal",
        "my un-official guess is the deal falls through.",
        (),
        ("United Nations",),
    ),
    (
        "chat: oil",
        "oil up 3%. opec meets monday.",
        ("OPEC",),
        (),
    ),
    (
        "hurried: the envoy",
        "the un envoy arrived in the capital for talks with the rebels.",
        ("United Nations",),
        (),
    ),
    (
        "hurried: new sanctions",
        "us slaps new sanctions on iranian oil exports",
        ("United States",),
        (),
    ),
    (
        "hurried: growth",
        "the us economy grew 3% in the second quarter, beating forecasts.",
        ("United States",),
        (),
    ),
    (
        "hurried: the talks",
        "us officials say the talks in geneva went well.",
        ("United States",),
        (),
    ),
    (
        "chat: match day",
        "us lot are off to the match on saturday, see you there",
        (),
        ("United States",),
    ),
    (
        "chat: holidays",
        "us too! readers share their worst holiday stories",
        (),
        ("United States",),
    ),
    (
        "chat: the derby",
        "us and them: a history of the derby, from the first game to the last",
        (),
        ("United States",),
    ),
    (
        "chat: call",
        "give us a call if you see anything suspicious near the school.",
        (),
        ("United States",),
    ),
    (
        "chat: batting order",
        "who opens the batting for the second test? the selectors are split.",
        (),
        ("World Health Organization",),
    ),
    (
        "hurried: the emergency",
        "who declares end to covid emergency after three years",
        ("World Health Organization",),
        (),
    ),
    (
        "BOOSTERS",
        "WHO SHOULD GET A COVID BOOSTER THIS WINTER?",
        (),
        ("World Health Organization",),
    ),
    (
        "SURGE",
        "WHO WARNS OF A COVID SURGE ACROSS EUROPE",
        ("World Health Organization",),
        (),
    ),
    (
        "hurried: gas",
        "eu eyes ban on russian lng imports from next year",
        ("European Union",),
        (),
    ),
    (
        "hurried: scramble",
        "nato jets scrambled over the baltic sea after russian planes flew near the border",
        ("NATO",),
        (),
    ),
    (
        "hurried: outlook",
        "imf: global growth to slow to 2.7% next year",
        ("IMF",),
        (),
    ),
    (
        "hurried: prices",
        "uk inflation falls to 2% for the first time in three years",
        ("United Kingdom",),
        (),
    ),
    (
        "chat: the office",
        "who has flu? half the office is off sick this week",
        (),
        ("World Health Organization",),
    ),
    (
        "JABS",
        "WHO GETS A FREE FLU JAB THIS YEAR? OUR GUIDE",
        (),
        ("World Health Organization",),
    ),
    (
        "hurried: bird flu",
        "who warns bird flu could spread more easily between people",
        ("World Health Organization",),
        (),
    ),
    (
        "hurried: screening",
        "nhs to use ai to spot cancer earlier, health secretary says",
        ("Health policy",),
        (),
    ),
    (
        "hurried: measles",
        "who: measles cases up sharply across europe",
        ("World Health Organization",),
        (),
    ),
    (
        "hurried: settled status",
        "eu citizens living in britain must apply for settled status by june.",
        ("European Union",),
        (),
    ),
    (
        "chat: players",
        "who: the five players to watch this season",
        (),
        ("World Health Organization",),
    ),
    (
        "chat: fantasy",
        "who to pick for your fantasy team this week",
        (),
        ("World Health Organization",),
    ),
    (
        "chat: snow",
        "us to the rescue: neighbours clear snow from the path",
        (),
        ("United States",),
    ),
]

# Namesakes that the words of a trade or of a state's politics, or what a name owns, tell
# apart ("Georgia's ruling party", "Georgia's governor"); a county or a street named after
# a country or a city ("Lebanon County"); namesakes read together, the most prominent
# first ("Richmond and Vancouver"); and big cities that another state named keeps, as it
# is where someone is from or a town's own state.
NAMESAKES: list[Case] = [
    (
        "Law on foreign influence",
        "Georgia's ruling party passed the law on foreign influence.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Budget signed",
        "Georgia's governor signed the budget.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Guard deployed",
        "Georgia's national guard was sent to Atlanta.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "University head quits",
        "The University of Georgia's president resigned.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Growth figures",
        "Georgia's economy grew 9 per cent, the statistics office said.",
        (),
        ("Georgia (US state)",),
    ),
    (
        "Royal visit",
        "Jordan's king met the visiting president in Amman.",
        ("Jordan",),
        (),
    ),
    (
        "County budget",
        "Lebanon County commissioners approved the budget.",
        (),
        ("Lebanon",),
    ),
    (
        "Township meeting",
        "Paris Township trustees met on Monday to discuss the new fire station.",
        (),
        ("Paris", "France"),
    ),
    (
        "Search in the woods",
        "Athens County sheriff's deputies searched the woods for the missing hiker.",
        (),
        ("Athens", "Greece"),
    ),
    (
        "Road closed",
        "Cuba Street in Wellington was closed after the crash.",
        ("Wellington",),
        ("Cuba",),
    ),
    (
        "Sandstorm",
        "Kuwait City was hit by a sandstorm on Monday.",
        ("Kuwait",),
        (),
    ),
    (
        "Fire station reopens",
        "The London Road Fire Station reopened after the refit.",
        ("London",),
        (),
    ),
    (
        "Avenue closed",
        "In Paris, the avenue was closed for the parade and Lebanon's ambassador watched.",
        ("Paris", "Lebanon"),
        (),
    ),
    (
        "Property taxes",
        "Richmond and Vancouver raised property taxes.",
        ("Richmond (Canada)", "Vancouver"),
        ("Richmond", "Virginia"),
    ),
    (
        "Strikes",
        "Athens and Thessaloniki were hit by strikes.",
        ("Athens", "Greece"),
        ("Athens (Georgia)",),
    ),
    (
        "State of emergency",
        "Richmond and Norfolk declared a state of emergency.",
        ("Richmond", "Virginia"),
        ("Richmond (Canada)",),
    ),
    (
        "Games bid",
        "Birmingham and Manchester bid for the games.",
        ("Birmingham", "Manchester"),
        ("Birmingham (Alabama)", "Manchester (New Hampshire)"),
    ),
    (
        "Downtown march",
        "Protesters marched through downtown Portland, Oregon's largest city.",
        ("Portland", "Oregon"),
        (),
    ),
    (
        "Arrest after protest",
        "A Texas man was arrested in Portland after the protest.",
        ("Portland",),
        (),
    ),
    (
        "Tourists robbed",
        "Two Texas tourists were robbed in Paris on Tuesday.",
        ("Paris", "France"),
        (),
    ),
    (
        "Road trip plans",
        "Portland is the start of our Oregon coast trip; Maine comes next year.",
        ("Portland",),
        (),
    ),
    (
        "Frost and the orchards",
        "Peach growers in Georgia and Armenia lost much of the crop to frost.",
        ("Georgia", "Armenia"),
        ("Georgia (US state)",),
    ),
    (
        "Statehouse",
        "Georgia state lawmakers passed the budget on Friday.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Brandy exports",
        "Georgian peach brandy sold well at the Tbilisi fair.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
]

# The everyday and the trade's own uses of the words the themes and places gained for box
# offices, counts, launches, trial readouts, landmarks and seats that answer: each word must
# still be read as ordinary text uses it.
WIDENED: list[Case] = [
    ("Derby day", "Chelsea beat Arsenal 2-0 at Stamford Bridge.", ("Football",), ()),
    ("Winger signed", "Arsenal signed the winger for a club-record fee.", ("Football",), ()),
    (
        "Port figures",
        "Singapore's port handled a record volume of cargo last year.",
        ("Singapore",),
        (),
    ),
    ("Tonight", "The second episode of the drama series airs on Sunday.", ("Television",), ()),
    ("Bar fight", "A violent episode outside the bar left two men injured.", (), ("Television",)),
    ("Oscar nods", "The actress earned an Oscar nomination for the role.", ("Film",), ()),
    ("Award", "She won an Oscar in 2019.", ("Film",), ()),
    ("Friday", "The thriller, starring Florence Pugh, opens on Friday.", ("Film",), ()),
    ("Podcast", "In this episode, two chefs argue about bread.", (), ("Television",)),
    ("New bakery", "Oscar and his sister opened a bakery in the village.", (), ("Film",)),
    (
        "Lakeside",
        "Madison, the Wisconsin capital, has frozen lakes most winters.",
        ("Madison", "Wisconsin"),
        (),
    ),
    (
        "Tosca in Sydney",
        "The opera house in Sydney staged Tosca with a new soprano.",
        ("Opera", "Sydney"),
        (),
    ),
    ("Studios", "Hollywood studios cut their budgets for sequels this year.", ("Film",), ()),
    ("Count", "The returning officer announced a turnout of 41%.", ("Elections",), ()),
    (
        "Holiday shortage",
        "Gamers face a shortage of graphics processors before the holidays.",
        ("Semiconductors",),
        (),
    ),
    ("Score", "The director wrote the film's musical score himself.", (), ("Theatre",)),
    ("Opening", "The musical opened on Broadway to warm reviews.", ("Theatre",), ()),
    ("Fete", "The school's brass band played at the summer fete.", ("Music",), ()),
    ("Council tax", "Homes in the top council tax band will pay more.", (), ("Music",)),
    ("Road scheme", "Phase 3 of the bypass opens in May.", (), ("Medical research",)),
    (
        "Relapses halved",
        "The drug cut relapses by half in a phase 3 trial.",
        ("Medical research",),
        (),
    ),
    (
        "Winter viruses",
        "RSV cases rose sharply among infants this month.",
        ("Infectious diseases",),
        (),
    ),
    (
        "Third round",
        "The FA Cup third round draw paired the holders with a non-league side.",
        ("Football",),
        (),
    ),
    (
        "Bestsellers",
        "The novel went straight in at number one on the bestseller list.",
        ("Books",),
        ("Music",),
    ),
    ("Rankings", "The party went in at number one in the latest rankings.", (), ("Music",)),
    ("Race day", "She used her inhaler twice during the race.", (), ("Drug pricing",)),
    ("Guard hurt", "The guard was shot in the leg during the robbery.", (), ("Vaccines",)),
    ("Clinic", "The clinic offers a flu shot to everyone over 65.", ("Vaccines",), ()),
    ("Theft", "A laptop was stolen from the car overnight.", (), ("Technology",)),
    (
        "New model",
        "The company launched a laptop with its own processor.",
        ("Technology",),
        (),
    ),
    ("Park life", "Canada geese nested by the lake all spring.", (), ("Canada",)),
    ("Airport cull", "Canada will allow a cull of geese near airports.", ("Canada",), ()),
    (
        "Visitors back",
        "Tourism in Orlando returns to pre-pandemic levels, Florida officials said.",
        ("Orlando",),
        (),
    ),
    ("Comeback", "Charlotte Church returns to the stage in a new musical.", (), ("Charlotte",)),
    ("Pressure", "Pressure on Downing Street grew after the vote.", ("Downing Street",), ()),
    (
        "Budget talks",
        "Capitol Hill's budget negotiators met again on Monday.",
        ("US Congress",),
        (),
    ),
    (
        "House view",
        "Threadneedle Street's house view is that inflation will fall by the summer.",
        ("Bank of England",),
        (),
    ),
    ("Lunch", "The new pub on Capitol Hill serves lunch until three.", (), ("US Congress",)),
    ("Within hours", "Moscow's reply to the sanctions came within hours.", ("Russia",), ()),
    (
        "Storm",
        "Georgia's response to the hurricane near Savannah was praised by residents.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
]

# Names that only look like the narrower readings: a county or a borough that is the city's
# own, a state named only as where someone came from or beside the famous city's own
# country, "Georgia's" before what a state's team or voters have, a lowercase "who" that
# asks, an acronym before a verb, a file's extension, and "US" in a headline in capitals
# as the country's adjective or as the pronoun after a polite or inviting word.
OVERREACH: list[Case] = [
    (
        "Hills ablaze",
        "Los Angeles County fire crews told thousands of people to leave as the flames spread.",
        ("Los Angeles", "California", "United States"),
        (),
    ),
    (
        "Bills going up",
        "The London Borough of Camden will put council tax up by 5 per cent next year.",
        ("London", "England", "United Kingdom"),
        (),
    ),
    (
        "New governor",
        "Nairobi County Governor Jane Mwangi promised to clear the rubbish from the markets.",
        ("Nairobi", "Kenya"),
        (),
    ),
    (
        "Dockers wanted",
        "Mombasa County officials said the port would hire 2,000 dockers this year.",
        ("Mombasa", "Kenya"),
        (),
    ),
    (
        "Cycle paths",
        "Brooklyn Borough President Maria Ortiz asked for protected cycle paths downtown.",
        ("New York City",),
        (),
    ),
    (
        "Track safety",
        "A senator from Illinois said Washington has to act on track safety after the crash.",
        ("Washington, D.C.",),
        (),
    ),
    (
        "Bus arrives",
        "A bus with 40 asylum seekers from Texas pulled into Portland on Friday, officials said.",
        ("Portland", "Oregon"),
        (),
    ),
    (
        "Diverted",
        "A flight from California to Newark landed in Chicago after a smoke alarm went off.",
        ("Newark", "New Jersey"),
        (),
    ),
    (
        "Port promotion",
        "Ohio's governor met Greek shipowners in Athens on Tuesday to sell the state's ports.",
        ("Athens", "Greece", "Ohio"),
        (),
    ),
    (
        "Second half",
        "Georgia's defense kept Alabama to ten points after the break on Saturday.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Kickoff moved",
        "Georgia's prime-time kickoff against Tennessee was moved to 7.30pm.",
        (),
        ("Georgia",),
    ),
    (
        "Primary date",
        "Georgia's presidential primary will be held on March 12, officials in Atlanta said.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Ballot ruling",
        "Georgia's ruling on absentee ballots was upheld by the appeals court in Atlanta.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Guard units",
        "Georgia's Army National Guard sent 300 soldiers to help after the floods in Savannah.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Census figures",
        "Georgia's foreign-born population grew fastest in the suburbs of Atlanta.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Budget veto",
        "Georgia's Gov. Brian Kemp vetoed the budget on Friday.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Flu jabs: who can get one this winter",
        "Health officials said jabs will be offered to over-65s from October.",
        (),
        ("World Health Organization",),
    ),
    (
        "Explainer: who pays for the new vaccine rollout",
        "Councils and health boards will split the cost, ministers said.",
        (),
        ("World Health Organization",),
    ),
    (
        "outbreak at school",
        "the outbreak has reached three schools. who knew it would return. the health board is "
        "running vaccine clinics.",
        (),
        ("World Health Organization",),
    ),
    (
        "Air defence",
        "NATO plugs a gap in its eastern air defences with German missile batteries.",
        ("NATO",),
        (),
    ),
    (
        "Loophole closed",
        "The EU plugs a loophole that let shell firms dodge sanctions.",
        ("European Union",),
        (),
    ),
    (
        "Trip chat",
        "sorry the png didn't upload - the pacific route map is below, we leave from sydney.",
        (),
        ("Papua New Guinea",),
    ),
    (
        "VISIT US NATIONAL PARKS FREE ON VETERANS DAY",
        "Entry fees are waived at every national park on Monday.",
        ("United States",),
        (),
    ),
    (
        "PLEASE HELP US FIND OUR CAT",
        "Tabby went missing near the school on Sunday.",
        (),
        ("United States",),
    ),
    (
        "SHARE YOUR SNOW PHOTOS WITH US",
        "Send your pictures of the first snowfall to the newsroom.",
        (),
        ("United States",),
    ),
]

# A language after the words that take one, or a demonym paired with another, names the
# nation; a capitalised verb paired with an everyday word does not.
LANGUAGES: list[Case] = [
    (
        "Clean And Polish: Winter Boot Care",
        "Brush off the mud, let the leather dry, then apply a thin coat of wax.",
        (),
        ("Poland",),
    ),
    (
        "Rinse and Polish",
        "Rinse and Polish: the car wash on the ring road reopens on Monday.",
        (),
        ("Poland",),
    ),
    (
        "Menus in two languages",
        "The cafe prints its menus in English and Polish for the builders next door.",
        ("Poland",),
        (),
    ),
    (
        "Interpreter wanted",
        "The clinic needs a volunteer who is fluent in Polish for its Tuesday sessions.",
        ("Poland",),
        (),
    ),
]
# A name that plays where no gig is spoken of is what it names: an agency, a national side.
GIGS: list[Case] = [
    (
        "Fugitive traced",
        "Interpol played a key role in tracing the fugitive to a flat in Marseille, police said.",
        ("Interpol",),
        (),
    ),
    (
        "Six Nations preview",
        "Ireland play Wales in Dublin on Saturday with the title at stake.",
        ("Ireland",),
        (),
    ),
    (
        "Festival line-up",
        "Asia headline the Friday night, with support from a Swedish trio.",
        (),
        ("Asia",),
    ),
]
# Films and serials named plainly, not likened to.
SCREENS: list[Case] = [
    (
        "From page to screen",
        "The novel became a film in 1999, starring a young Kate Winslet.",
        ("Film",),
        (),
    ),
    (
        "Soap to end",
        "The long-running soap opera will end after 40 years, the broadcaster said.",
        ("Television",),
        (),
    ),
    (
        "Festival diary",
        "Films like this thriller rarely get a cinema release, the festival director said.",
        ("Film",),
        (),
    ),
]
# A place's landmark in the possessive or pictured keeps the place (only a person has a new
# film or a wife); a drama at a hospital, a blockbuster at the cinema and a day without
# cricket keep their plain readings.
OWNED: list[Case] = [
    (
        "Ferries halted",
        "Sydney Harbour's ferries were halted by high winds on Monday.",
        ("Sydney", "Australia"),
        (),
    ),
    (
        "Dome closes",
        "Florence Cathedral's dome will close to visitors for repairs in March.",
        ("Florence", "Italy"),
        (),
    ),
    (
        "New Year at dawn",
        "Sydney Harbour was pictured at dawn on the first day of the year.",
        ("Sydney", "Australia"),
        (),
    ),
    (
        "Drone view",
        "Florence Cathedral was photographed from a drone during the restoration.",
        ("Florence", "Italy"),
        (),
    ),
    (
        "Zoo birth",
        "Memphis Zoo's new baby giraffe made its first public appearance on Sunday.",
        ("Memphis",),
        (),
    ),
    (
        "Rooftop rescue",
        "Medical staff at the hospital were praised for their calm handling of the drama.",
        ("Health",),
        ("Television",),
    ),
    (
        "Opening weekend",
        "The superhero blockbuster took $150m at the box office on its opening weekend.",
        ("Film",),
        (),
    ),
    (
        "Summer release",
        "The studio's summer blockbuster opens in cinemas on Friday.",
        ("Film",),
        (),
    ),
    (
        "Washout",
        "Rain meant there was no cricket at Lord's on the second day.",
        ("Cricket",),
        (),
    ),
]
# Civil servants and a civil war named plainly, a city's appointment, a club's fans who
# travel to a city, a cricket win in a city: the places the words beside them keep.
CLUBS_AND_WARS: list[Case] = [
    (
        "Pay strike",
        "Spanish civil servants went on strike on Monday over pay.",
        ("Spain",),
        (),
    ),
    (
        "Displaced",
        "The civil war in Sudan has displaced millions of people.",
        ("Sudan",),
        (),
    ),
    (
        "Tourism chief",
        "Barcelona appointed a new tourism chief, the city council said.",
        ("Barcelona", "Spain"),
        (),
    ),
    (
        "Away trip",
        "Maccabi Tel Aviv fans travelled to Amsterdam for the match.",
        ("Amsterdam",),
        ("Tel Aviv",),
    ),
    (
        "Test win",
        "Fans in Perth celebrated the victory over England in the Test.",
        ("Perth",),
        (),
    ),
]
# A theme's acronym before a product's word is the theme's own thing ("an AI model", "an F1
# car"), a booster jab is a dose, a quiz show is television; a papal election is the
# church's, a presidential one an election; an epidemic of measles is one, and a wicket
# taken is cricket.
THEME_THINGS: list[Case] = [
    (
        "Coding model",
        "The company unveiled an AI model that can write and test code.",
        ("Artificial intelligence",),
        (),
    ),
    (
        "Practice crash",
        "Hamilton crashed his F1 car in the first practice session.",
        ("Formula One",),
        (),
    ),
    (
        "Winter doses",
        "Over-75s can book a booster jab at their local pharmacy from Monday.",
        ("Vaccines",),
        (),
    ),
    (
        "Host steps down",
        "The quiz show's host will step down after 20 years.",
        ("Television",),
        (),
    ),
    (
        "Conclave",
        "Cardinals met in the Sistine Chapel for the papal election.",
        ("Catholic Church",),
        ("Elections",),
    ),
    (
        "Polling day",
        "The presidential election will be held on 5 November.",
        ("Elections",),
        (),
    ),
    (
        "Camp outbreak",
        "An epidemic of measles swept through the camps last winter.",
        ("Pandemics", "Infectious diseases"),
        (),
    ),
    (
        "Cholera deaths",
        "The cholera epidemic has killed 200 people in Yemen.",
        ("Pandemics", "Yemen"),
        (),
    ),
    (
        "Next pandemic",
        "The next pandemic could come from bird flu, scientists warned.",
        ("Pandemics",),
        (),
    ),
    (
        "First ball",
        "The bowler took a wicket with his first ball of the day.",
        ("Cricket",),
        (),
    ),
]
# An incident called a drama, "shows" as a verb and a video-game fair; a footballer who
# stars in a win; cricket whether or not it returns; a civil war named after its country; a
# city that appoints officials; a landmark pictured and an institution that directs: the
# plain readings, which the television, film, period, club and person rules leave alone.
INCIDENTS_AND_VERBS: list[Case] = [
    ("Police drama in Paris as gunman holds hostages", "", ("Paris",), ("Television",)),
    ("Hospital drama as patients evacuated after fire in Lagos", "", ("Lagos",), ("Television",)),
    ("Medical drama on flight as passenger collapses over Turkey", "", (), ("Television",)),
    ("Medical drama at Heathrow as pilot falls ill", "", (), ("Television",)),
    (
        "Legal drama over the late tycoon's will continues in Hong Kong",
        "",
        ("Hong Kong",),
        ("Television",),
    ),
    ("A police drama unfolded outside the embassy in Nairobi", "", ("Nairobi",), ("Television",)),
    ("Crowds flock to the Tokyo Game Show", "", ("Video games",), ("Television",)),
    ("A leaked group chat shows ministers discussing the deal", "", (), ("Television",)),
    (
        "The game shows how far England have fallen",
        "England lost 3-0 at Wembley.",
        (),
        ("Television",),
    ),
    (
        "The quiz shows that voters in Kenya know little of the budget",
        "",
        ("Kenya",),
        ("Television",),
    ),
    ("The quiz shows voters are confused about Brexit", "", (), ("Television",)),
    ("Their chat shows a rift inside the cabinet", "", (), ("Television",)),
    ("Each game shows Messi is still decisive", "Inter Miami won again.", (), ("Television",)),
    (
        "Salah stars as Liverpool beat Chelsea",
        "The forward's goals and the films of his celebration went viral.",
        (),
        ("Film",),
    ),
    (
        "Whether or not cricket returns to the Olympics, India will host",
        "The ICC met in Dubai.",
        ("Cricket",),
        (),
    ),
    ("Dublin Civil War memorial unveiled near the river", "", ("Dublin",), ()),
    ("Lebanon civil war memorial unveiled", "", ("Lebanon",), ()),
    ("Syria civil war veterans struggle to find work", "", ("Syria",), ()),
    ("Sudan civil war generation grows up in camps", "", ("Sudan",), ()),
    ("Ukraine war veterans struggle to find work", "", ("Ukraine",), ()),
    (
        "Barcelona appointed a new police chief after the Champions League final",
        "Fans had clashed with officers near the stadium.",
        ("Barcelona",),
        (),
    ),
    (
        "Kenya appointed a new sports minister after the Olympics",
        "The athletes won four gold medals.",
        ("Kenya",),
        (),
    ),
    ("Paris appointed a security chief for the Olympic marathon", "", ("Paris",), ()),
    ("Istanbul appointed a new governor before the Champions League final", "", ("Istanbul",), ()),
    ("Lagos appointed a new police commissioner after football violence", "", ("Lagos",), ()),
    (
        "Kyiv Zhuliany was pictured after the strike",
        "The airport was hit by a drone.",
        ("Kyiv",),
        (),
    ),
    ("Lagos Ikoyi was photographed from the air after the flood", "", ("Lagos",), ()),
    ("Tokyo Skytree was photographed at dawn", "", ("Japan",), ()),
    ("The Tokyo Skytree was photographed at dawn", "", ("Tokyo",), ()),
    ("Dubai Creek was pictured from a helicopter", "", ("Dubai",), ()),
    (
        "Berlin Tegel was photographed before it closed",
        "The airport shut in 2020.",
        ("Berlin",),
        (),
    ),
    (
        "Havana Vieja was photographed as it crumbled",
        "The old city is a Unesco site.",
        ("Havana",),
        (),
    ),
    ("Cairo Tahrir was pictured full of protesters", "", ("Cairo",), ()),
    ("Seoul Namsan was pictured under snow", "", ("Seoul",), ()),
    ("Houston Methodist directed patients to other hospitals", "", ("Houston",), ()),
    ("The Adelaide Festival's opening film sold out within an hour", "", ("Australia",), ()),
    (
        "Papal elections are held in secret",
        "Cardinals vote in the Sistine Chapel.",
        ("Catholic Church",),
        ("Elections",),
    ),
    ("US adds jobs at a blockbuster pace", "", ("United States",), ("Film",)),
]
# What those narrowed rules still read: a drama or a show beside the screen's words, a
# role an actor stars as, a past war's name, a club's coach sacked, a person pictured.
KEPT_READINGS: list[Case] = [
    ("Police drama filmed in Belfast wins Bafta", "", ("Television", "Belfast"), ()),
    ("Detective drama returns for a fifth series", "", ("Television",), ()),
    ("Quiz show host retires after 30 years", "", ("Television",), ()),
    (
        "Zendaya stars as a tennis player in new film",
        "The film premiered in Los Angeles.",
        ("Film",),
        (),
    ),
    ("Parade", "A Vietnam War veteran led the parade in Chicago.", ("Chicago",), ("Vietnam",)),
    ("Milan sacked Pioli after a derby defeat", "", (), ("Milan",)),
    ("Dugout", "Milan appointed Conte as head coach after the derby.", (), ("Milan",)),
    ("Paris Hilton was spotted in Cannes", "", ("Cannes",), ("Paris",)),
    ("Debut", "Regina Kingsley directed the film in Toronto.", ("Toronto",), ("Regina",)),
    ("Merger talks", "The studio agreed a blockbuster deal with a streaming rival.", (), ("Film",)),
]
# The courts at The Hague told apart by their own words; the fund by its forecasts.
COURTS: list[Case] = [
    (
        "Advisory opinion",
        "Judges in The Hague gave an advisory opinion on the duties of states over climate change.",
        ("International Court of Justice",),
        ("International Criminal Court",),
    ),
    (
        "Slow over rates",
        "The ICC fined both sides for slow over rates in the final Test.",
        ("Cricket",),
        ("International Criminal Court",),
    ),
    (
        "kenya outlook",
        "the imf kept its growth forecast for kenya unchanged at 5%.",
        ("IMF", "Kenya"),
        (),
    ),
]

# Where a picture was made, affirmed, and a place beside other negated verbs, kept.
PICTURES: list[Case] = [
    (
        "Correction",
        "The photo was taken in Jakarta, not in Manila as first reported.",
        ("Jakarta", "Indonesia"),
        (),
    ),
    (
        "Missing trader",
        "Police said the trader had not been seen in Lagos since March.",
        ("Lagos", "Nigeria"),
        (),
    ),
    (
        "Location scouts",
        "The series, which was not a hit at first, was filmed in Belfast over two summers.",
        ("Belfast",),
        (),
    ),
]

# Words the themes gained that have other uses: a club's or an award's name standing alone
# is the club or the award; the same name before a surname is a person, and the theme's
# context words are read only in the sense they have for it.
NARROWED: list[Case] = [
    ("Chelsea beat Fulham 3-0", "Two goals before the break settled it.", ("Football",), ()),
    ("Everton 2 Brentford 1", "A header from a late corner won a scrappy game.", ("Football",), ()),
    ("Chelsea 1-1 Brighton", "A deflected effort earned the visitors a point.", ("Football",), ()),
    ("Chelsea v Brighton: team news", "Both sides have injury worries.", ("Football",), ()),
    (
        "Chelsea complete signing of Dutch defender",
        "He has agreed a six-year deal.",
        ("Football",),
        (),
    ),
    ("Chelsea sack head coach after five straight defeats", "", ("Football",), ()),
    (
        "Everton takeover completed",
        "The new owners hold 94 per cent of the club.",
        ("Football",),
        (),
    ),
    ("Chelsea Clinton to address charity gala", "Donors gather in New York.", (), ("Football",)),
    ("Chelsea Flower Show opens its gates", "Gardeners queued from dawn.", (), ("Football",)),
    ("Oscar night: the full list of winners", "Who took home a statuette.", ("Film",), ()),
    ("Oscar snub for veteran star sparks outcry", "Fans were angry.", ("Film",), ()),
    ("New adaptation starring Olivia Colman arrives in March", "", ("Film",), ()),
    ("Tonight's episode sees the Dingle family face eviction", "", ("Television",), ()),
    ("Oscar Wilde's house restored", "The playwright lived there for a decade.", (), ("Film",)),
    ("Oscar Piastri on pole", "It was an Oscar Piastri masterclass in qualifying.", (), ("Film",)),
    ("Minister's wit", "The line read like an Oscar Wilde epigram.", (), ("Film",)),
    (
        "Weekly podcast",
        "In the latest episode of our weekly podcast we discuss interest rates.",
        (),
        ("Television",),
    ),
    (
        "Anniversary",
        "It was a dark episode in the nation's history, the president said.",
        (),
        ("Television",),
    ),
    ("Spending bill fell flat on Capitol Hill", "Lawmakers criticised it.", ("US Congress",), ()),
    (
        "Plan fell flat",
        "The plan fell flat in Downing Street, officials said.",
        ("Downing Street",),
        (),
    ),
    (
        "Rates",
        "The Bank held rates flat on Threadneedle Street, as expected.",
        ("Bank of England",),
        (),
    ),
    (
        "Downing Street's new residents move in",
        "The family arrived on Monday.",
        ("Downing Street",),
        (),
    ),
    ("Bar", "The bar on Threadneedle Street was packed with traders.", (), ("Bank of England",)),
    ("G20 summit opens in Cannes", "Western leaders arrived for two days of talks.", (), ("Film",)),
    ("Drama in Cannes as superyacht sinks in harbour", "Six crew were rescued.", (), ("Film",)),
    ("Restaurant takings in Cannes fall", "Owners blame the strong euro.", (), ("Film",)),
    ("Bystander films horror crash on motorway", "A lorry jack-knifed.", (), ("Film",)),
    ("Festival opener", "A horror film opens the festival in Cannes tonight.", ("Film",), ()),
    ("Laptop theft", "Officers launched an appeal after a laptop was stolen.", (), ("Technology",)),
    ("Launch", "The company unveiled a new laptop with a faster processor.", ("Technology",), ()),
    (
        "Flu jab campaign begins",
        "Over-65s can book from Monday.",
        ("Vaccines", "Infectious diseases"),
        (),
    ),
    ("Covid jab uptake falls among over-50s", "", ("Vaccines", "COVID-19"), ()),
    ("Second miss", "Saka, off with flu, shot wide from six yards.", (), ("Vaccines",)),
    ("Miss", "Saka, off with flu all week, shot wide from six yards.", (), ("Vaccines",)),
    ("Round three", "Fury, recovering from flu, landed a stiff jab.", (), ("Vaccines",)),
    ("Officer who shot man granted immunity", "The family will appeal.", (), ("Vaccines",)),
    ("Revolt", "The vote spurs a revolt among right-wingers in the coalition.", (), ("Football",)),
    (
        "Drive",
        "Down 14-0, Washington's response was a drive capped by a touchdown.",
        (),
        ("United States",),
    ),
    (
        "Homecoming",
        "The army welcomed returning officers from the peacekeeping mission.",
        (),
        ("Elections",),
    ),
    (
        "Recycling",
        "The council came in at number one in the league table for recycling, a record.",
        (),
        ("Music",),
    ),
    (
        "Airline price hike angers passengers",
        "Travellers should pack medications in hand luggage.",
        (),
        ("Drug pricing",),
    ),
]

# A seat doing what its town does, a market word beside a city, a hedge on a link, a doubt
# about a claim, a company's word in a headline in title case, a tally that is no score, a
# clause after a fact check's verdict, and everyday uses of a sport's or a theme's word.
TOWNS_AND_HEDGES: list[Case] = [
    (
        "Christmas market",
        "Strasbourg will open its Christmas market on Friday, with extra guards at the gates.",
        ("Strasbourg", "France"),
        ("European Parliament",),
    ),
    (
        "Metro plan",
        "Brussels will open a new metro line to Bordet in 2031, the regional transport company said.",
        ("Brussels",),
        ("European Commission",),
    ),
    (
        "Airport",
        "Frankfurt will open its new Terminal 3 in April, the airport operator said.",
        ("Frankfurt", "Germany"),
        ("European Central Bank",),
    ),
    (
        "Trams",
        "Geneva will launch a new tram line to the border next year, cantonal officials said.",
        ("Geneva",),
        ("United Nations",),
    ),
    (
        "Motor show",
        "Geneva will issue parking permits to visitors during the motor show.",
        ("Geneva",),
        ("United Nations",),
    ),
    (
        "Library",
        "Cupertino will open a new public library next spring, the city council said.",
        (),
        ("Apple Inc.",),
    ),
    (
        "Leisure centre",
        "Langley will open a new leisure centre in the summer, the borough council said.",
        (),
        ("CIA",),
    ),
    (
        "Salmon",
        "Washington will adopt tougher limits on salmon fishing, the state's wildlife commission said.",
        (),
        ("Washington, D.C.",),
    ),
    (
        "Housing",
        "Strasbourg must stop the spread of short-term rentals, tenants' groups say.",
        ("Strasbourg",),
        ("European Parliament",),
    ),
    (
        "Digital rules",
        "Brussels will adopt new rules on app stores before the summer.",
        ("European Commission",),
        (),
    ),
    (
        "European stocks slip",
        "In Frankfurt, the DAX fell 1.2 percent while the Bund yield rose six basis points.",
        ("Frankfurt", "Germany"),
        ("European Central Bank",),
    ),
    (
        "Savings rates",
        "Frankfurt-based Deutsche Bank raised rates on easy-access savings by a quarter point.",
        ("Frankfurt",),
        ("European Central Bank",),
    ),
    (
        "Markets",
        "Investors saw little sign that the Federal Reserve would cut rates before July.",
        ("Federal Reserve", "Monetary policy"),
        (),
    ),
    (
        "Demands",
        "The Kremlin has shown little sign of softening its demands over Ukraine.",
        ("Ukraine",),
        (),
    ),
    (
        "Trade",
        "Scant signs of progress came out of the US-China trade talks in Geneva.",
        ("United States", "China"),
        (),
    ),
    (
        "Diplomacy",
        "Europe has played little role in the Gaza ceasefire talks, officials admit.",
        ("Peace talks",),
        (),
    ),
    (
        "Arson",
        "Detectives found little evidence linking the fire to Hamas.",
        (),
        ("Hamas",),
    ),
    (
        "Phone maker",
        "Analysts cast doubt on reports that Apple will launch a folding iPhone next year.",
        ("Apple Inc.",),
        (),
    ),
    (
        "Grid",
        "Engineers cast doubt on the claim that Spain's blackout was caused by solar power.",
        ("Spain",),
        (),
    ),
    (
        "Q&A",
        "MPs questioned the claims made by Huawei about the safety of its equipment.",
        ("Huawei",),
        (),
    ),
    (
        "Inquiry",
        "Lawyers for the family questioned the reports from Israel's army about the strike.",
        ("Israel",),
        (),
    ),
    (
        "AI Labs Race to Hire Top Researchers",
        "Salaries have doubled in two years, recruiters say.",
        ("Artificial intelligence",),
        (),
    ),
    (
        "Crypto Mobile Wallets Hit by Outage",
        "Users could not send funds for six hours.",
        ("Cryptocurrency",),
        (),
    ),
    (
        "Cricket Mobile App Crashes During Final",
        "Millions of fans lost the live score.",
        ("Cricket",),
        (),
    ),
    (
        "Hosts",
        "The tournament's matches are split by country: United States 78, Mexico 13, Canada 13.",
        ("United States", "Mexico", "Canada"),
        (),
    ),
    (
        "Medal table",
        "After day nine the medal table reads China 22, Japan 14, Australia 12.",
        ("China", "Japan", "Australia"),
        (),
    ),
    (
        "Fact check",
        "Videos showing Russian missiles striking Kyiv spread widely, though some were fake.",
        ("Kyiv", "Ukraine"),
        (),
    ),
    (
        "Chile vote",
        "Voters will hold a referendum on the country's first written constitution in May.",
        ("Referendums",),
        (),
    ),
    (
        "Term limits",
        "Parliament approved a referendum on the president's tenure, to be held in March.",
        ("Referendums",),
        (),
    ),
    (
        "Rugby Tackles Concussion With Lower Tackle Height",
        "The new law applies from next season.",
        ("Rugby",),
        (),
    ),
    (
        "World Rugby tackles head injuries",
        "The governing body will lower the legal tackle height in the community game.",
        ("Rugby",),
        (),
    ),
    (
        "Grieving mother",
        "Emma Stone gives an Oscar-worthy performance as a grieving mother in the new drama.",
        ("Film",),
        (),
    ),
    (
        "Murder trial",
        "The jury was shown CCTV films of the attack on the night of the killing.",
        (),
        ("Film",),
    ),
    (
        "Late-night licence",
        "Westminster council's licensing committee approved an amendment to late-night opening rules.",
        (),
        ("UK Parliament",),
    ),
    (
        "Silica study",
        "Researchers tracked the health of industry workers exposed to silica dust.",
        ("Health",),
        (),
    ),
    (
        "Teen champion",
        "She picked up a tennis racket at four and turned professional at fifteen.",
        ("Tennis",),
        (),
    ),
]

# A town the gazetteer lacks, then a name a US state shares with a country or a city: the
# state; not a sentence's opening word, a list, or a town beside the country's own context.
SMALL_TOWNS: list[Case] = [
    (
        "County fair",
        "Valdosta, Georgia, will host the county fair for the first time in a decade.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Stove ban",
        "The city council in Ithaca, New York, voted to phase out gas stoves.",
        ("New York (state)",),
        ("New York City",),
    ),
    (
        "Resort town",
        "Batumi, Georgia, a resort on the Black Sea, drew record numbers of tourists.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Birthplace",
        "Gori, Georgia, an hour's drive from Tbilisi, has a museum in the house where "
        "Stalin was born.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Neighbours",
        "Armenia, Georgia, and Azerbaijan sent ministers to the talks.",
        ("Armenia", "Georgia", "Azerbaijan"),
        ("Georgia (US state)",),
    ),
    (
        "Protest",
        "Meanwhile, Georgia, which applied to join the EU, summoned the ambassador.",
        (),
        ("Georgia (US state)",),
    ),
]

# A choice's locative: the place right after "rather than in" is the one set aside; one
# after "unlike in" is where something else happened, and a place later in the sentence,
# or before the contrast, is named plainly.
CONTRASTS: list[Case] = [
    (
        "Heat records",
        "Unlike in Spain, the heatwave in Italy broke no records this summer.",
        ("Italy", "Spain"),
        (),
    ),
    (
        "Scans",
        "Patients will be scanned in Leeds instead of in Sheffield from next month.",
        ("Leeds",),
        ("Sheffield",),
    ),
    (
        "Venue moved",
        "The talks will be held in Vienna rather than in Geneva, diplomats said.",
        ("Vienna",),
        ("Geneva",),
    ),
    (
        "Calm march",
        "Unlike the protests in Paris, the march in Rome passed off peacefully.",
        ("Paris", "Rome"),
        (),
    ),
    (
        "Rents",
        "Rents in Lyon fell this year, unlike in previous years.",
        ("Lyon",),
        (),
    ),
    (
        "Away win",
        "Unlike at home, the side won in Madrid on Saturday.",
        ("Madrid",),
        (),
    ),
]

# A country's name standing for its side still names the country; a club named after its
# city is the club; and "beat" with no game in its sentence is no result.
SIDES: list[Case] = [
    (
        "India win Test",
        "India beat England by 150 runs in the second Test at Edgbaston.",
        ("India", "England", "Cricket"),
        (),
    ),
    (
        "World Cup hosting vote",
        "Australia beat Qatar to host the 2034 World Cup after a long bidding contest.",
        ("Australia", "Qatar"),
        (),
    ),
    (
        "Shoe exports",
        "Vietnam beat China as the top supplier of shoes to the US, the footwear league table "
        "showed.",
        ("Vietnam", "China"),
        (),
    ),
    (
        "Football: Brazil beat Argentina",
        "Brazil beat Argentina 1-0 in a World Cup qualifier.",
        ("Brazil", "Argentina", "Football"),
        (),
    ),
    (
        "Derby result",
        "Manchester United beat Everton 2-0 at Old Trafford.",
        ("Football",),
        ("Manchester",),
    ),
    (
        "Match report",
        "Leeds beat Bristol 3-1 in the league on Saturday.",
        (),
        ("Leeds", "Bristol"),
    ),
    (
        "Startup rankings",
        "The league season ended early. Leeds beat Bristol as the best city for startups.",
        ("Leeds", "Bristol"),
        (),
    ),
]

# A city named like a larger country's state needs context; the state's own country or
# cities decide.
STATES_AND_CITIES: list[Case] = [
    (
        "Bushfires in Victoria",
        "Bushfires in Victoria forced thousands to flee their homes.",
        ("Wildfires",),
        ("China", "Hong Kong"),
    ),
    (
        "State budget",
        "The Victoria state budget cut spending on schools.",
        (),
        ("China", "Hong Kong"),
    ),
    (
        "Bushfire warning",
        "Bushfires in Victoria forced thousands to flee, Australian officials said.",
        ("Victoria (Australia)",),
        ("Hong Kong",),
    ),
    (
        "Harbour ferries",
        "Ferries crossed the harbour in Victoria, Hong Kong's old centre.",
        ("Hong Kong",),
        ("Victoria (Australia)",),
    ),
    ("Alhambra crowds", "Tourists crowded the Alhambra in Granada.", ("Granada", "Spain"), ()),
    (
        "Modi visits Bihar",
        "Prime Minister Narendra Modi opened a new highway in Bihar ahead of state polls.",
        ("Bihār", "India"),
        (),
    ),
    (
        "Monsoon floods",
        "Floods hit Maharashtra after heavy rain in Mumbai.",
        ("Mahārāshtra", "Mumbai"),
        (),
    ),
    ("Murals", "Diego Rivera painted murals of workers.", (), ("Uruguay",)),
    ("Pilgrims", "Pilgrims walked to Canterbury Cathedral.", (), ("New Zealand",)),
    (
        "Fire in New York",
        "A fire in a New York apartment block killed three people.",
        ("New York City", "New York (state)", "United States"),
        (),
    ),
    (
        "Lake-effect snow",
        "Snow fell across upstate New York and Buffalo.",
        ("New York (state)",),
        ("New York City",),
    ),
    (
        "State capitol",
        "Lawmakers in Albany passed New York's budget.",
        ("New York (state)",),
        ("New York City",),
    ),
]

# An event named after its host city names the city too.
EVENTS: list[Case] = [
    (
        "Venice film festival",
        "The Venice Film Festival opened with an Italian drama.",
        ("Venice", "Film"),
        (),
    ),
    (
        "Melbourne Cup",
        "The Melbourne Cup drew 100,000 racegoers to Flemington.",
        ("Melbourne", "Horse racing"),
        (),
    ),
    ("Hard-court final", "The Miami Open final was delayed by rain.", ("Miami", "Tennis"), ()),
    (
        "Festival lineup",
        "The Toronto International Film Festival announced its lineup.",
        ("Toronto", "Film"),
        (),
    ),
]

# A headline with no verb denies what follows "not": "X not Y".
VERBLESS: list[Case] = [
    (
        "Explosion not terrorism",
        "Police said the explosion in Manchester was not terrorism.",
        ("Manchester",),
        ("Terrorism",),
    ),
    (
        "Outage not a cyberattack",
        "The bank said the outage was not caused by a cyberattack.",
        (),
        ("Cybersecurity",),
    ),
    (
        "Blast was gas, not terrorism, police say",
        "The explosion at the depot was caused by a leak.",
        (),
        ("Terrorism",),
    ),
    (
        "Police do not rule out terrorism",
        "Detectives are examining the blast at the depot.",
        ("Terrorism",),
        (),
    ),
    (
        "Why the attack was not a hate crime but terrorism",
        "Prosecutors explained the charges against the attacker.",
        ("Terrorism",),
        (),
    ),
]

# Words a reader takes for a theme, and their everyday uses that are not it.
THEME_WORDS: list[Case] = [
    (
        "Shooting in Chicago",
        "Three people were shot dead in Chicago's South Side on Saturday night.",
        ("Gun violence", "Chicago"),
        (),
    ),
    ("Night sky", "A shooting star streaked across the sky.", (), ("Gun violence",)),
    ("On location", "The shooting of the film wrapped in Rome.", (), ("Gun violence",)),
    (
        "Storm warning",
        "A storm brought winds of 90mph and heavy snow to the north.",
        ("Weather",),
        (),
    ),
    ("Budget row", "A political storm erupted over the budget.", (), ("Weather",)),
    ("Twister", "A tornado tore through three towns in Oklahoma.", ("Weather",), ()),
    (
        "Gold hits record",
        "Gold hit a record high as investors sought safety.",
        ("Commodities",),
        (),
    ),
    ("Podium", "The team won gold at the Olympics.", (), ("Commodities",)),
    (
        "Celtic win title",
        "Celtic won the Scottish Premiership title with a 3-0 win in Glasgow.",
        ("Football", "Scotland"),
        (),
    ),
    (
        "Nigeria reach final",
        "Nigeria beat South Africa on penalties to reach the Africa Cup of Nations final.",
        ("Football", "Nigeria", "South Africa"),
        (),
    ),
    (
        "Australia retain Ashes",
        "Australia retained the Ashes after a draw in Melbourne.",
        ("Cricket",),
        (),
    ),
    ("Scattered", "The ashes of the poet were scattered at sea.", (), ("Cricket",)),
    (
        "Court ruling",
        "The court ruled that the law was unconstitutional.",
        ("Courts and justice",),
        (),
    ),
    (
        "Race to the bottom",
        "Unions warned of a race to the bottom on wages.",
        ("Labour unions",),
        (),
    ),
    ("Cheaper loans", "Credit unions offered cheaper loans.", (), ("Labour unions",)),
    ("Goalkeeper saves every shot in the shooting drill", "", (), ("Gun violence",)),
    (
        "Two dead in park shooting",
        "Police are hunting a gunman after the shooting in the park left two people dead.",
        ("Gun violence",),
        (),
    ),
    (
        "Political storm erupts over leaked memo",
        "The forecast for the party is bleak, one MP said.",
        (),
        ("Weather",),
    ),
    (
        "Brewing storm in the bond market, says analyst",
        "Traders forecast more volatility.",
        (),
        ("Weather",),
    ),
    (
        "Coast battered",
        "The storm brought winds of 90mph and flooding to the coast overnight.",
        ("Weather",),
        (),
    ),
    ("Tornado fighter jets retired by the RAF", "", (), ("Weather",)),
    (
        "Tornado kills four",
        "A tornado tore through two towns in Oklahoma on Sunday.",
        ("Weather",),
        (),
    ),
    ("Investors cheer as Team GB tops the gold medal table", "", (), ("Commodities",)),
    ("Her gold-plated pension angers investors", "", (), ("Commodities",)),
    (
        "Olympic champion's gold medal sold at auction",
        "Investors bid from 12 countries.",
        (),
        ("Commodities",),
    ),
    (
        "Safe haven",
        "Gold rose to a record high as traders sought a safe haven.",
        ("Commodities",),
        (),
    ),
    (
        "Credit unions see record deposits",
        "Members earn better savings rates than at banks, salaries aside.",
        (),
        ("Labour unions",),
    ),
    (
        "Civil unions to be extended to all couples",
        "The bill also changes pension rights for partners.",
        (),
        ("Labour unions",),
    ),
    (
        "Pay talks",
        "Unions warned of strikes after the pay offer was rejected.",
        ("Labour unions",),
        (),
    ),
    (
        "Royal court ruled by intrigue, says historian",
        "The new book covers the Tudor court.",
        (),
        ("Courts and justice",),
    ),
    (
        "Ban overturned",
        "The court ruled that the ban on street protests was unlawful.",
        ("Courts and justice",),
        (),
    ),
    ("New York Times sues AI company", "", (), ("New York City",)),
    ("Crowds flock to the Tokyo Game Show", "", ("Tokyo", "Video games"), ("Television",)),
    ("Small banks face new capital rules from regulators", "", ("Banking",), ()),
    ("Banks tighten lending to small firms", "", ("Banking",), ()),
    (
        "Food banks see record demand",
        "Families struggling with loans and bills queued for parcels.",
        (),
        ("Banking",),
    ),
    (
        "New this week",
        "A new thriller directed by Kathryn Bigelow is out on Friday.",
        ("Film",),
        (),
    ),
    ("Teaching unions warn of walkouts", "", ("Labour unions",), ()),
    (
        "Unions threaten strikes",
        "Rail unions said members would stop work next month.",
        ("Labour unions",),
        (),
    ),
]

# Sayings, landmarks and words that license a sense beside them, kept to their own reading:
# a marathon run, a bank's river or holiday, a medicine given rather than priced, the
# assembly at Westminster beside the city's bridge and square.
SAYINGS_AND_LANDMARKS: list[Case] = [
    (
        "Berlin marathon",
        "She finished the Berlin marathon in under three hours.",
        ("Athletics", "Berlin"),
        (),
    ),
    (
        "Sold out",
        "The marathon, not the half-marathon, sold out first this year.",
        ("Athletics",),
        (),
    ),
    (
        "Pace of recovery",
        "Recovery will be a sprint, not a marathon, the coach said.",
        (),
        ("Athletics",),
    ),
    (
        "Long haul",
        "Rebuilding the town is not a sprint but a marathon, the mayor said.",
        (),
        ("Athletics",),
    ),
    (
        "After surgery",
        "The nurse gave the patient insulin after the operation.",
        (),
        ("Drug pricing",),
    ),
    (
        "Capped forty times",
        "The striker, capped 40 times, takes insulin for his diabetes.",
        (),
        ("Drug pricing",),
    ),
    (
        "Rent cap",
        "Rents will be capped at 3% a year, and the charity hands out medicines.",
        (),
        ("Drug pricing",),
    ),
    (
        "Copays cut",
        "Patients will pay no more than $35 a month out-of-pocket for insulin.",
        ("Drug pricing",),
        (),
    ),
    ("River rises", "The river burst its banks after three days of rain.", (), ("Banking",)),
    ("Donations", "The food bank asked for donations of pasta and rice.", (), ("Banking",)),
    ("Opening hours", "Shops will be open on the bank holiday Monday.", (), ("Banking",)),
    (
        "Deficit narrows",
        "Egypt's current account deficit narrowed, the bank said.",
        ("Egypt",),
        ("Banking",),
    ),
    (
        "App failure",
        "Customers of the bank could not pay by card after its app failed, and card payments "
        "resumed only at noon.",
        ("Banking",),
        (),
    ),
    ("Bill approved", "MPs at Westminster approved the bill.", ("UK Parliament",), ()),
    (
        "Fireworks",
        "Crowds filled Trafalgar Square for the New Year fireworks.",
        ("London",),
        ("UK Parliament",),
    ),
]

# Banks, forecasts, gold, prices and names kept to their everyday readings: a river's, a food
# or a seed bank and a bank holiday; a storm forecast; investors in gold; what insurers pay
# beside no medicine; a marathon run; New York's governor, fashion week and marathon.
EVERYDAY_READINGS: list[Case] = [
    ("Food bank sees record demand from families behind on loans", "", (), ("Banking",)),
    (
        "Volunteers at the food bank say more callers are behind on rent and loans",
        "",
        (),
        ("Banking",),
    ),
    ("Blood bank appeals for donors as plasma deposits fall", "", (), ("Banking",)),
    (
        "Homes on the river bank flooded; the council is offering loans for repairs",
        "",
        (),
        ("Banking",),
    ),
    (
        "Shoppers spent heavily over the bank holiday weekend, mostly with card payments",
        "",
        (),
        ("Banking",),
    ),
    ("Chancellor banks on lower interest rates to lift growth", "", (), ("Banking",)),
    ("Club banks on academy players as its loans expire", "", (), ("Banking",)),
    ("Piggy bank lessons: how children learn about interest rates", "", (), ("Banking",)),
    ("Seed bank stores deposits of rare wheat varieties", "", (), ("Banking",)),
    ("Silt deposits built up along the bank after the river burst", "", (), ("Banking",)),
    ("Floods left thick mud deposits on the banks of the Severn", "", ("Floods",), ("Banking",)),
    (
        "Cafés on the Left Bank of Paris struggle to repay pandemic loans",
        "",
        ("Paris",),
        ("Banking",),
    ),
    ("Farmers on the banks of the Nile seek loans after the harvest failed", "", (), ("Banking",)),
    (
        "The gunman was cornered on the canal bank, police said, after a spree of robberies of loans shops",
        "",
        (),
        ("Banking",),
    ),
    ("She chose the marathon, not a sprint event, for her last Olympics", "", ("Athletics",), ()),
    ("He ran the marathon, not a sprint, in 2:05 to take the title", "", ("Athletics",), ()),
    (
        "Holidaymakers told to pack their prescriptions, as travel insurers pay only for emergencies",
        "",
        (),
        ("Drug pricing",),
    ),
    (
        "Care home residents pay out-of-pocket for rooms while nurses hand out medications",
        "",
        (),
        ("Drug pricing",),
    ),
    (
        "Pet owners face out-of-pocket bills as vets raise prices for medications",
        "",
        (),
        ("Drug pricing",),
    ),
    ("Storm forecast to reach Ireland by Friday", "", ("Weather",), ()),
    ("Storms forecast for the bank holiday weekend", "", ("Weather",), ("Banking",)),
    ("Storm of the century forecast for New England", "", ("Weather",), ()),
    ("A storm of hail and wind lashed the town overnight", "", ("Weather",), ()),
    ("Investors pile into gold as shares fall", "", ("Commodities",), ()),
    ("Gold jumps as investors seek shelter from tariffs", "", ("Commodities",), ()),
    ("Gold falls as investors return to the dollar", "", ("Commodities",), ()),
    ("Central bank gold buying slows while investors sell", "", ("Commodities",), ()),
    ("Forecast for the weekend: storm and then sunshine", "", ("Weather",), ()),
    ("New York Governor signs rent bill", "", ("New York (state)",), ()),
    ("New York Fashion Week opens with a tribute", "", ("New York City",), ()),
    ("New York Marathon draws 50,000 runners", "", ("New York City", "Athletics"), ()),
    ("Police in New York Tuesday arrested three men", "", ("New York (state)",), ()),
    ("New York Democrats back the mayor", "", ("New York (state)",), ()),
    ("In New York Muslims gathered for Eid prayers", "", ("New York (state)",), ()),
    ("A New York Judge blocks the law", "", ("New York (state)",), ()),
    ("Flights to New York London-bound passengers were rebooked", "", ("New York (state)",), ()),
    ("Heavy snow in New York Sunday closes schools", "", ("New York (state)", "Weather"), ()),
    ("New York Attorney General sues oil firm", "", ("New York (state)",), ()),
    ("New York Harbor ferry collides with barge", "", ("New York (state)",), ()),
    ("Bank cuts mortgage rates for first-time buyers", "", ("Banking",), ()),
    ("Banks slow to pass on higher interest rates to savers", "", ("Banking",), ()),
    ("An Ohio bank froze deposits after a cyber attack on its systems", "", ("Banking",), ()),
    ("Banks report record profits as loans and deposits grow", "", ("Banking",), ()),
    ("A run on the bank forced regulators to act", "", ("Banking",), ()),
    (
        "Mud deposits on the banks of the Severn",
        "Volunteers cleared the towpath.",
        (),
        ("Banking",),
    ),
    ("Chancellor banks on lower interest rates", "", (), ("Banking",)),
]

# A name a person shares with a country is the country where something befalls it ("floods
# in Chad"), not where a capitalised surname follows; an idiom written with a hyphen
# ("stand-off", "blow-dry") is the idiom written as one word; a lowercase acronym before
# what an agency runs or does ("msf hospital", "ecowas suspends") is the agency.
HAPPENINGS_AND_HYPHENS: list[Case] = [
    (
        "Cholera deaths",
        "An outbreak of cholera in Chad has killed 40 people, health officials said.",
        ("Chad",),
        (),
    ),
    (
        "Schools shut",
        "Unrest in Niger has closed schools for a second week.",
        ("Niger",),
        ("Nigeria",),
    ),
    (
        "New album",
        "The album deals with the violence in Chad Morgan's home town and his years on the road.",
        (),
        ("Chad",),
    ),
    (
        "Book fair",
        "The Mexican stand at the book fair drew the biggest crowds on Saturday.",
        ("Mexico",),
        (),
    ),
    (
        "Border dispute",
        "The standoff on the Mexican border ended after talks between the two police forces.",
        ("Mexico",),
        (),
    ),
    (
        "Dry season",
        "A long Brazilian dry season has cut the coffee harvest by a fifth.",
        ("Brazil",),
        (),
    ),
    (
        "msf hospital hit",
        "msf hospital hit by shelling in northern gaza, staff evacuated.",
        ("Doctors Without Borders",),
        (),
    ),
    (
        "ecowas suspends mali",
        "ecowas suspends mali from the bloc after the second coup in a year.",
        ("ECOWAS",),
        (),
    ),
    (
        "who nurses trust",
        "who nurses trust most: a survey of ward staff on their managers.",
        (),
        ("World Health Organization",),
    ),
]
# A theme's words read where they mean it: rowing with oars and medals, not neighbours
# rowing; a rocket lifting off, not a lid; a dance company, not ballet flats; a game whose
# title has "of" in it is no team called "the ...s"; a women's open is golf's beside a
# stroke or shot lead, and a league named with its country is football's.
THEME_SENSES: list[Case] = [
    (
        "Sculls gold",
        "She won gold in the single sculls at the rowing world championships.",
        ("Sport",),
        (),
    ),
    (
        "Hedge feud",
        "The neighbours have been rowing over the hedge for years, the council said.",
        (),
        ("Sport",),
    ),
    (
        "Dawn launch",
        "The rocket lifted off at dawn carrying a weather satellite.",
        ("Space exploration",),
        (),
    ),
    (
        "Stuck jar",
        "The lid lifted off easily once the jar had been warmed under the tap.",
        (),
        ("Space exploration",),
    ),
    (
        "Winter tour",
        "The Bolshoi Ballet will tour six cities this winter.",
        ("Arts and culture",),
        (),
    ),
    (
        "Office shoes",
        "She wore ballet flats to the office to save her feet.",
        (),
        ("Arts and culture",),
    ),
    (
        "Record viewers",
        "The League of Legends final drew record viewers online on Sunday.",
        ("Video games",),
        (),
    ),
    (
        "Squash final",
        "She reached the final of the Women's Open squash event in Cairo.",
        (),
        ("Golf",),
    ),
    (
        "Two-shot lead",
        "The Korean rookie holds a two-shot lead at the Women's Open after a round of 67.",
        ("Golf",),
        (),
    ),
    (
        "Grand Final",
        "Wigan beat Hull KR to win the Super League Grand Final on Saturday.",
        (),
        ("Football",),
    ),
    (
        "Top of the table",
        "Al Hilal went top of the Saudi Pro League with a 2-0 win on Friday.",
        ("Football",),
        (),
    ),
]
# Pressure that comes from a seat comes from its government ("criticism from Washington over
# the law"), not from people named after its town ("criticism from Washington fans").
PRESSURE_FROM: list[Case] = [
    (
        "Chip exports",
        "Seoul dismissed pressure from Washington over its chip exports to China.",
        ("United States", "South Korea"),
        (),
    ),
    (
        "Coach hits back",
        "The coach brushed off criticism from Washington fans after a third straight defeat.",
        (),
        ("United States",),
    ),
    (
        "Reef warning",
        "Manila rejected a warning from Beijing about the reef on Monday.",
        ("Philippines", "China"),
        (),
    ),
]

NAMED_STORMS: list[Case] = [
    (
        "Coast braced",
        "Storm Ciaran brought winds of 90mph to the south coast overnight.",
        ("Weather",),
        (),
    ),
    (
        "Red warning",
        "Forecasters issued a red warning as Storm Babet approached Scotland.",
        ("Weather", "Scotland"),
        (),
    ),
    (
        "Casting news",
        "Storm Reid will star in the new drama series, the studio said.",
        ("Television",),
        ("Weather",),
    ),
    (
        "Charity gala",
        "Storm Keating hosted the charity gala in Dublin on Saturday.",
        ("Dublin",),
        ("Weather",),
    ),
]
PRONOUN_OPENINGS: list[Case] = [
    (
        "us slaps sanctions on Iran",
        "The measures target the country's oil exports.",
        ("United States", "Iran"),
        (),
    ),
    (
        "us against the world",
        "Fans of Leeds United sang the old chant all night.",
        ("Football",),
        ("United States",),
    ),
    (
        "Tell us what you think",
        "Readers respond to the budget plans from Ottawa.",
        (),
        ("United States",),
    ),
]
SEATS_BEFALLEN: list[Case] = [
    (
        "Wet weekend",
        "Brussels was hit by heavy rain and flash floods on Sunday.",
        ("Brussels", "Belgium"),
        ("European Commission",),
    ),
    (
        "Outage",
        "Brussels was hit by a power cut that stopped the metro for an hour.",
        ("Brussels",),
        ("European Commission",),
    ),
    (
        "Fine",
        "Brussels hit the search giant with a fine over its advertising rules.",
        ("European Commission",),
        (),
    ),
]
REGIONS_IN_ENGLISH: list[Case] = [
    (
        "Search called off",
        "The coastguard found no trace of the missing fishermen off Sicily.",
        ("Sicily", "Italy"),
        (),
    ),
    (
        "Water protests",
        "Hundreds marched in Palermo over the water shortages.",
        ("Palermo", "Sicily"),
        (),
    ),
    (
        "State elections",
        "Voters in Saxony and Thuringia go to the polls on Sunday.",
        ("Saxony", "Thuringia", "Germany"),
        (),
    ),
    (
        "Holiday",
        "We spent a week in Brittany, France, walking the coast.",
        ("Brittany", "France"),
        (),
    ),
    (
        "Game day",
        "Brittany Mahomes cheered from the stands in Kansas City.",
        ("Kansas City",),
        ("Brittany",),
    ),
    (
        "Carolina storms",
        "Storms hit the Piedmont region of North Carolina overnight.",
        ("North Carolina",),
        ("Piedmont", "Italy"),
    ),
]
NOTHING_THERE: list[Case] = [
    (
        "Blackout",
        "There was no electricity in Gaza for a third day as fuel ran out.",
        ("Energy", "Gaza"),
        (),
    ),
    (
        "Acapulco storm",
        "No hurricane warning had been issued when the storm hit Acapulco.",
        ("Hurricanes",),
        (),
    ),
    (
        "Price rises",
        "There has been no inflation this high in Argentina since the 1990s, economists said.",
        ("Inflation", "Argentina"),
        (),
    ),
    (
        "Offshore quake",
        "No tsunami warning was issued after the magnitude 6.2 quake.",
        ("Earthquakes",),
        ("Tsunamis",),
    ),
    (
        "Coastal quake",
        "A tsunami warning was issued after the magnitude 7.4 quake.",
        ("Earthquakes", "Tsunamis"),
        (),
    ),
    (
        "Tanker refloated",
        "There was no oil spill when the tanker ran aground, the company said.",
        (),
        ("Pollution",),
    ),
    (
        "Tanker aground",
        "There was an oil spill when the tanker ran aground, the company said.",
        ("Pollution",),
        (),
    ),
    (
        "Rocket fire",
        "There is no doubt Hamas fired the rockets, the army said.",
        ("Hamas",),
        (),
    ),
]
WIDER_CONTEXT: list[Case] = [
    (
        "Chile quake",
        "The earthquake off Chile did not trigger a tsunami, officials said.",
        ("Chile", "Earthquakes"),
        ("Tsunamis",),
    ),
    (
        "Chile quake",
        "The earthquake off Chile triggered a small tsunami, officials said.",
        ("Chile", "Tsunamis"),
        (),
    ),
    (
        "gop senators block border bill",
        "The vote failed late on Thursday.",
        ("Republican Party",),
        (),
    ),
    (
        "Seat held",
        "Labour held the seat in the by-election, beating the Tories by 4,000 votes.",
        ("Labour Party (UK)", "Elections"),
        (),
    ),
    (
        "Job cuts",
        "Amazon will cut 14,000 corporate jobs, the company said on Tuesday.",
        ("Amazon.com",),
        ("Amazon rainforest",),
    ),
    (
        "Forest fires",
        "Fires in the Amazon rose by a third as wildfires spread, satellite data showed.",
        ("Amazon rainforest", "Wildfires"),
        ("Amazon.com",),
    ),
]
LIKENESSES_AND_NAMESAKES: list[Case] = [
    (
        "Flagship store",
        "The label had its London moment when it opened a store on Bond Street.",
        ("London",),
        (),
    ),
    (
        "Sea walls",
        "The adaptation of Jakarta to rising seas will cost billions, officials said.",
        ("Jakarta", "Indonesia"),
        (),
    ),
    (
        "Border checks",
        "Screening of Goma for mpox cases began on Monday at the border.",
        ("Goma",),
        (),
    ),
    (
        "Deep find",
        "Miners struck gold 400 metres underground at a mine in Ghana.",
        ("Ghana",),
        ("Athletics",),
    ),
    (
        "Signal failure",
        "Thieves stole copper wire from the railway near Derby, cutting the power supply to signals.",
        ("Derby",),
        ("Commodities",),
    ),
    (
        "Ice city",
        "Harbin's snow and ice festival drew a million visitors this winter.",
        ("Harbin",),
        ("Weather",),
    ),
    (
        "Filming halted",
        "The shooting of the gang drama in south London was halted after neighbours complained.",
        ("London",),
        ("Gun violence",),
    ),
    (
        "Peace format",
        "Paris and Berlin want to revive the Normandy format talks with Moscow and Kyiv.",
        ("Ukraine",),
        ("Normandy",),
    ),
    (
        "Auction",
        "Letters by Hermann Hesse, the German novelist, sold at auction in Zurich.",
        ("Zurich",),
        ("Hesse",),
    ),
    (
        "First woman mayor",
        "Andalusia, Alabama, elected its first woman mayor.",
        ("Alabama",),
        ("Andalusia", "Spain"),
    ),
]
CASED_NAMES: list[Case] = [
    (
        "Tight race",
        "Poles vote on Sunday in a presidential race too close to call.",
        ("Poland", "Elections"),
        (),
    ),
    (
        "Spring clean",
        "Volunteers polish the brass and paint the flag poles before the parade.",
        (),
        ("Poland",),
    ),
    (
        "Cup run",
        "Swedes celebrated the win in the streets of the capital.",
        ("Sweden",),
        (),
    ),
    (
        "Quake",
        "A strong quake hit eastern Turkey on Monday, damaging hundreds of homes.",
        ("Turkey", "Earthquakes"),
        (),
    ),
    (
        "Prices",
        "Inflation in Turkey rose to 60% in the year to March.",
        ("Turkey", "Inflation"),
        (),
    ),
    (
        "Christmas dinner",
        "The turkey was dry, but the stuffing was good.",
        (),
        ("Turkey",),
    ),
    (
        "Bird flu",
        "Turkey farmers fear bird flu before Christmas.",
        (),
        ("Turkey",),
    ),
    (
        "Fun run",
        "The Thanksgiving Turkey Trot drew 5,000 runners downtown.",
        (),
        ("Turkey",),
    ),
]
TABLES = {
    "everyday readings": EVERYDAY_READINGS,
    "lists": LISTS,
    "contrasts": CONTRASTS,
    "small towns": SMALL_TOWNS,
    "everyday": EVERYDAY,
    "subjects": SUBJECTS,
    "seats": SEATS,
    "headlines": HEADLINES,
    "threats": THREATS,
    "alike": ALIKE,
    "scores": SCORES,
    "claims": CLAIMS,
    "doubts": DOUBTS,
    "juries": JURIES,
    "figures": FIGURES,
    "trades": TRADES,
    "lowercase": LOWERCASE,
    "namesakes": NAMESAKES,
    "widened": WIDENED,
    "overreach": OVERREACH,
    "languages": LANGUAGES,
    "gigs": GIGS,
    "screens": SCREENS,
    "owned": OWNED,
    "clubs and wars": CLUBS_AND_WARS,
    "theme things": THEME_THINGS,
    "incidents and verbs": INCIDENTS_AND_VERBS,
    "kept readings": KEPT_READINGS,
    "courts": COURTS,
    "pictures": PICTURES,
    "narrowed": NARROWED,
    "towns and hedges": TOWNS_AND_HEDGES,
    "sides": SIDES,
    "states and cities": STATES_AND_CITIES,
    "events": EVENTS,
    "verbless": VERBLESS,
    "theme words": THEME_WORDS,
    "sayings and landmarks": SAYINGS_AND_LANDMARKS,
    "happenings and hyphens": HAPPENINGS_AND_HYPHENS,
    "theme senses": THEME_SENSES,
    "pressure from": PRESSURE_FROM,
    "named storms": NAMED_STORMS,
    "pronoun openings": PRONOUN_OPENINGS,
    "seats befallen": SEATS_BEFALLEN,
    "regions in English": REGIONS_IN_ENGLISH,
    "nothing there": NOTHING_THERE,
    "wider context": WIDER_CONTEXT,
    "likenesses and namesakes": LIKENESSES_AND_NAMESAKES,
    "cased names": CASED_NAMES,
}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {
    "Tanker refloated": "'there was no oil spill' denies the spill, but 'there was no "
    "electricity' or 'no inflation this high' keep their topics: no rule tells them apart",
    "Exporter": "'has never dealt with' reads as a denial of a tie (as 'has never worked with "
    "Hezbollah'); the 'before' that makes it a first time comes after the mention",
    "Township meeting": "a township after a city's name may be the city's own, as 'Nairobi "
    "County' is; with no US state named, nothing says this one lies elsewhere",
    "Search in the woods": "a county after a city's name may be the city's own, as 'Los "
    "Angeles County' is; with no US state named, nothing says this one lies elsewhere",
    "Podcast": "'this episode' with no medium named is read as a show's: 'episode' is its own "
    "context, as a show's episode is so often written alone",
    "New bakery": "'Oscar' alone, with no surname, is read as the award, its own context",
    "Airline price hike angers passengers": "a price rise anywhere in the text licenses "
    "'medications': context is read text-wide, not beside the drug word",
    "Grieving mother": "'an Oscar-worthy performance' reads the prize as a manner; the film's "
    "words beside it ('the new drama') are context the sense rules do not see",
    "Late-night licence": "'amendment' is Parliament's context for 'Westminster'; a council "
    "after the name is the borough's, but after 'EU' or 'NATO' it is the body's, so no rule yet",
    "Teen champion": "'a tennis racket' is read as a thing; the sport's own words after it "
    "('turned professional') are context the idiom rule does not see",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
