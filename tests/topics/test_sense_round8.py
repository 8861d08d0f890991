"""An eighth round of disambiguation cases, in registers the earlier rounds left out:
newsletters, question-and-answer explainers, podcast show notes, school and community
bulletins, biographies, travel advisories, weather and disaster updates, product news,
sports previews and advice columns. One table per kind: negation and denial, "City, State"
and bare namesakes, demonyms licensed by what they qualify, lowercase acronyms, names that
are not places, seats of power, and the themes a story is about. Each row is a title, a
body, topics that must be tagged and topics that must not."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "What we know about the depot blaze",
        "Was it an attack? No. Fire crews say the blaze was an electrical fault and police "
        "have ruled out terrorism.",
        (),
        ("Terrorism",),
    ),
    (
        "Episode 41 show notes",
        "Our guest, a historian, argues the 1990s bombings had nothing to do with Al-Qaeda.",
        (),
        ("Al-Qaeda",),
    ),
    (
        "Travel advisory: Kenya",
        "The advice for Kenya is unchanged; officials said the blast at a quarry near Nairobi "
        "was not linked to al-Shabaab.",
        ("Kenya",),
        ("al-Shabaab",),
    ),
    (
        "Subscriber newsletter",
        "Good news: Friday's app outage was not a cyberattack but a failed software update.",
        (),
        ("Cybersecurity",),
    ),
    (
        "Match preview",
        "Security will be tight on Saturday, though police say the emailed threat to the "
        "stadium had no link to Islamic State.",
        (),
        ("Islamic State",),
    ),
    (
        "Life of a reporter",
        "Born in Lahore, she spent two decades covering the Pakistani Taliban, who never "
        "forgave her reporting.",
        ("Pakistani Taliban",),
        (),
    ),
    (
        "FAQ: is the truce holding?",
        "Has Hezbollah fired since the truce? Israeli officials say it has not, but the group "
        "has not ruled out resuming attacks.",
        ("Hezbollah", "Israel"),
        (),
    ),
    (
        "Cyclone update",
        "No deaths have been reported in Bangladesh since the cyclone made landfall, but "
        "thousands of homes were flattened.",
        ("Bangladesh",),
        (),
    ),
    (
        "Battery recall",
        "Samsung said the fires were not caused by its chargers, and recalled the phones anyway.",
        ("Samsung",),
        (),
    ),
    (
        "School bulletin",
        "The lockdown on Tuesday was a drill. There was no threat of terrorism to the school "
        "at any point.",
        (),
        ("Terrorism",),
    ),
]

QUALIFIED: list[Case] = [
    (
        "Community bulletin",
        "The library in Paris, Texas, will host a quilting fair on Saturday.",
        (),
        ("Paris", "France"),
    ),
    (
        "Tornado warning",
        "A tornado warning is in effect for Birmingham, Alabama, until 9pm.",
        ("Birmingham (Alabama)",),
        ("Birmingham",),
    ),
    (
        "Travel advisory: strikes",
        "Flights to Athens resumed after the air-traffic strike ended, Greek officials said.",
        ("Athens", "Greece"),
        ("Athens (Georgia)",),
    ),
    (
        "Founders newsletter",
        "Our reporter spent a week in Cambridge, Massachusetts, with biotech founders.",
        ("Cambridge (Massachusetts)",),
        ("Cambridge",),
    ),
    (
        "Episode 9: the border towns",
        "We drive from London, Ontario, to Windsor to ask voters about the trade war.",
        ("London (Canada)",),
        ("London",),
    ),
    (
        "Heat update",
        "Temperatures in Perth are expected to pass 44C on Friday, forecasters said.",
        ("Perth", "Australia"),
        (),
    ),
    (
        "Obituary: a fiddler",
        "Born in Sydney, Nova Scotia, the fiddler toured Cape Breton for fifty years.",
        ("Sydney (Canada)",),
        ("Sydney", "Australia"),
    ),
    (
        "Flood update",
        "The river crested in Springfield, Illinois, overnight and the levees held.",
        ("Springfield (Illinois)",),
        ("Springfield (Massachusetts)",),
    ),
    (
        "Jobs newsletter",
        "A chipmaker will build a plant in Manchester, New Hampshire, creating 900 jobs.",
        ("Manchester (New Hampshire)",),
        ("Manchester", "United Kingdom"),
    ),
    (
        "Storm watch",
        "Flash flood warnings were issued for Columbus, Georgia, as the storm moved inland.",
        ("Columbus (Georgia)", "Georgia (US state)"),
        ("Georgia",),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Markets newsletter",
        "Argentine bond prices jumped after the IMF deal, and the peso steadied.",
        ("Argentina",),
        (),
    ),
    (
        "Dear Maggie",
        "My husband insists on French kissing in front of the children. Is that normal?",
        (),
        ("France",),
    ),
    (
        "Recipe corner",
        "This week: a Swiss roll with raspberry jam, and a Danish pastry in ten minutes.",
        (),
        ("Switzerland", "Denmark"),
    ),
    (
        "Episode 22 show notes",
        "Why did Japanese exports to China fall for a third month, and what can Tokyo do?",
        ("Japan", "China"),
        (),
    ),
    (
        "Curriculum letter",
        "Year 7 will study Greek myths and Egyptian hieroglyphs this term.",
        (),
        ("Greece", "Egypt"),
    ),
    (
        "Border advisory",
        "Kenyan authorities closed two crossings after clashes with Somali militiamen.",
        ("Kenya", "Somalia"),
        (),
    ),
    (
        "Garden column",
        "Plant Dutch irises now, and mulch the Spanish bluebells before the first frost.",
        (),
        ("Netherlands", "Spain"),
    ),
    (
        "Chip news",
        "The Taiwanese chipmaker said its new plant would start production next year.",
        ("Taiwan",),
        (),
    ),
    (
        "Harvest update",
        "Polish farmers warned the drought would cut the wheat harvest by a fifth.",
        ("Poland", "Drought"),
        (),
    ),
    (
        "Coach profile",
        "He trained in Brazilian jiu-jitsu for years before opening a gym in Ohio.",
        ("Ohio",),
        ("Brazil",),
    ),
]

LOWERCASE: list[Case] = [
    (
        "newsletter: the nato spending pledge explained",
        "allies meet next month to agree a new defence spending target for the alliance.",
        ("NATO",),
        (),
    ),
    (
        "ep 12: who really runs the imf?",
        "we talk bailouts, loan conditions and the fund's board.",
        ("IMF",),
        (),
    ),
    (
        "faq: who can get the flu jab?",
        "adults over 65 and pregnant women can book at their pharmacy.",
        (),
        ("World Health Organization",),
    ),
    (
        "gig guide",
        "local band fbi play the village hall on friday, tickets at the door.",
        (),
        ("FBI",),
    ),
    (
        "tech: nasa picks spacex for lunar lander",
        "the space agency awarded the contract on tuesday.",
        ("NASA", "SpaceX"),
        (),
    ),
    (
        "parish notice",
        "isis the cat has gone missing from the vicarage, please check your sheds.",
        (),
        ("Islamic State",),
    ),
    (
        "advisory: un pulls staff from sudan city",
        "the un moved its staff out after fighting near the airport.",
        ("United Nations", "Sudan"),
        (),
    ),
    (
        "explainer: what the fed cut means for your mortgage",
        "the central bank lowered its benchmark rate by a quarter point.",
        ("Federal Reserve", "Interest rates"),
        (),
    ),
    (
        "recap: ecb holds, lagarde hints at june cut",
        "euro-area inflation eased to 2.4% last month.",
        ("European Central Bank",),
        (),
    ),
    (
        "school news",
        "the pta thanks everyone who baked for the fete; who knew we had so many bakers?",
        (),
        ("World Health Organization",),
    ),
]

NOT_PLACES: list[Case] = [
    (
        "Episode 30 show notes",
        "Our guest this week is Paris Hilton, talking about her new memoir.",
        (),
        ("Paris", "France"),
    ),
    (
        "Weekend preview",
        "Aston Villa host Newcastle United on Saturday with both sides chasing a top-four finish.",
        ("Football",),
        ("Newcastle",),
    ),
    (
        "Ask Ruth",
        "My boyfriend says we should always go Dutch on dates. Who should pay?",
        (),
        ("Netherlands",),
    ),
    (
        "About our volunteer",
        "A Vietnam War veteran, Frank ran a hardware store in Ohio for thirty years.",
        ("Ohio",),
        ("Vietnam",),
    ),
    (
        "Side dish of the week",
        "Brussels sprouts, roasted with bacon and chestnuts, take twenty minutes.",
        (),
        ("Brussels",),
    ),
    (
        "Friday football",
        "Sheffield United welcome Leeds United under the lights on Friday night.",
        ("Football",),
        ("Sheffield", "Leeds"),
    ),
    (
        "Lecture tour",
        "Jordan Peterson's new lecture tour begins in Toronto next month.",
        ("Toronto",),
        ("Jordan",),
    ),
    (
        "Gig guide",
        "Texas play the Usher Hall in Edinburgh on Friday, with support from Alabama 3.",
        ("Edinburgh",),
        ("Texas", "Alabama"),
    ),
    (
        "Episode 31 show notes",
        "Georgia May Jagger on modelling, music and growing up in London.",
        ("London",),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Summer style",
        "Panama hats and Chelsea boots are back in the shops this summer.",
        (),
        ("Panama",),
    ),
]

SEATS: list[Case] = [
    (
        "Explainer: what the Kremlin wants",
        "The Kremlin has said little in public, but its demands have not changed.",
        ("Russia",),
        (),
    ),
    (
        "Westminster newsletter",
        "Whitehall is bracing for spending cuts, civil servants say.",
        ("United Kingdom",),
        (),
    ),
    (
        "Episode 5: inside Foggy Bottom",
        "Former diplomats on how Foggy Bottom handles a crisis abroad.",
        ("US State Department",),
        (),
    ),
    (
        "EU politics newsletter",
        "MEPs head back to Strasbourg on Monday to vote on the migration pact.",
        ("European Parliament",),
        (),
    ),
    (
        "FAQ: the tech fines",
        "Why does Brussels want to fine the tech giants, and what do they say?",
        ("European Union",),
        (),
    ),
    (
        "Getting around",
        "The Pentagon City mall is a short metro ride from the airport.",
        (),
        ("Pentagon",),
    ),
    (
        "Headset launch",
        "Cupertino unveiled its new headset on Monday, and its shares rose.",
        ("Apple Inc.",),
        (),
    ),
    (
        "School trip",
        "Our sixth-formers visited the White House Farm museum in Essex on Tuesday.",
        (),
        ("White House",),
    ),
    (
        "Markets newsletter",
        "Threadneedle Street signalled a rate cut in the spring, sending gilts higher.",
        ("Bank of England",),
        (),
    ),
    (
        "Episode 14 show notes",
        "Tehran's negotiators and Washington's envoy met in Muscat for a second round.",
        ("Iran", "United States", "Oman"),
        (),
    ),
]

THEMES: list[Case] = [
    (
        "Episode 7: the vote that never was",
        "Why Scotland's second independence referendum stalled, and what comes next.",
        ("Referendums", "Scotland"),
        (),
    ),
    (
        "TV newsletter",
        "The final series of the spy drama lands on Channel 4 next week.",
        ("Television",),
        (),
    ),
    (
        "Community bulletin",
        "The choir's staging of The Magic Flute runs at the parish hall until Saturday.",
        ("Opera",),
        (),
    ),
    (
        "Final-day preview",
        "England need 240 runs to win on the final day at Headingley.",
        ("Cricket",),
        (),
    ),
    (
        "FAQ: your prescriptions",
        "Pharmacies will charge less for common medicines after the government capped drug prices.",
        ("Drug pricing",),
        (),
    ),
    (
        "Ask Ruth: noisy nights",
        "A cricket chirping behind my radiator keeps me up all night. What can I do?",
        (),
        ("Cricket",),
    ),
    (
        "Funding round",
        "The startup raised $200m to build chips for training large language models.",
        ("Artificial intelligence", "Semiconductors"),
        (),
    ),
    (
        "Camera review",
        "The new camera takes 35mm film cartridges and costs $400.",
        (),
        ("Film",),
    ),
    (
        "Music newsletter",
        "The band's third album went straight to number one in the charts.",
        ("Music",),
        (),
    ),
    (
        "Class election",
        "Pupils will choose a head girl and head boy by secret ballot on Friday.",
        (),
        ("Elections",),
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
    "Gig guide": "a band named like a US state ('Texas play the Usher Hall') reads as the state",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
