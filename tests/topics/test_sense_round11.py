"""An eleventh round of disambiguation cases, in registers the earlier rounds left out:
radio news bulletins, property listings, sports fixture lines, university press releases,
travel itineraries, wine and food trade press, small-town obituaries, live question-and-
answer chats, headlines in capitals, subtitles and captions, and Indian, Nigerian,
Singaporean and Scottish English. One table per kind: "City, State" and namesakes,
demonyms licensed by what they qualify, and acronyms written in lower case. Each row is a
title, a body, topics that must be tagged and topics that must not."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NAMESAKES: list[Case] = [
    (
        "Six o'clock bulletin",
        "In Athens, Georgia, students returned to campus after the storm cut power to the "
        "dormitories.",
        ("Athens (Georgia)", "Georgia (US state)"),
        ("Athens", "Greece", "Georgia"),
    ),
    (
        "For sale: three-bedroom ranch",
        "Three-bedroom ranch in Lebanon, Ohio, walking distance to schools, asking $289,000.",
        ("Ohio",),
        ("Lebanon",),
    ),
    (
        "Friday night fixtures",
        "Paris, Texas v Tyler Legacy, 7pm; Longview v Marshall, 7.30pm.",
        ("Texas",),
        ("Paris", "France"),
    ),
    (
        "Press release: cheaper sodium batteries",
        "CAMBRIDGE, Mass. - Engineers at a university in Cambridge, Massachusetts, have built a "
        "sodium battery that costs half as much as a lithium cell.",
        ("Cambridge (Massachusetts)", "Massachusetts"),
        ("Cambridge", "England"),
    ),
    (
        "Day 4 of your Highlands tour",
        "Drive north from Edinburgh to Perth, Scotland, for a distillery visit and lunch by "
        "the Tay.",
        ("Scotland",),
        ("Perth", "Australia"),
    ),
    (
        "Obituary: retired teacher, 91",
        "She was born in London, Ontario, and taught grade three there for thirty years "
        "before moving to the farm.",
        ("London (Canada)", "Ontario"),
        ("London", "England"),
    ),
    (
        "BIRMINGHAM, ALABAMA MAYOR UNVEILS BUS PLAN",
        "The mayor said buses would run every ten minutes on the busiest routes from June.",
        ("Birmingham (Alabama)", "Alabama"),
        ("Birmingham", "England"),
    ),
    (
        "Ferry update",
        "Sailings between Vancouver and Victoria, British Columbia, were cancelled for a "
        "second day because of high winds.",
        ("Victoria (Canada)", "British Columbia"),
        ("Victoria", "Victoria (Australia)", "Hong Kong"),
    ),
    (
        "Overnight news in brief",
        "Police in Paris cleared a protest camp near the Seine overnight and made 40 arrests.",
        ("Paris", "France"),
        (),
    ),
    (
        "Snow day closures",
        "Schools in Portland, Bangor and Lewiston are closed on Tuesday, and the Maine Turnpike "
        "is down to one lane.",
        ("Maine",),
        ("Portland", "Oregon"),
    ),
    (
        "Live Q&A with our city desk",
        "Q: Are the bridges open again? A: Yes - Portland police reopened the Burnside Bridge "
        "at 6am after the protest.",
        ("Portland",),
        (),
    ),
    (
        "Statehouse brief",
        "SPRINGFIELD, Ill. - Lawmakers approved the state budget an hour before the deadline.",
        ("Springfield (Illinois)", "Illinois"),
        ("Springfield", "Missouri"),
    ),
    (
        "Ask us anything: the tech conference",
        "Q: is it still on? A: yes, in Austin, TX, from March 9; badges are at the "
        "convention center.",
        ("Austin", "Texas"),
        (),
    ),
    (
        "[Caption] Peach orchards after the frost",
        "Growers in Georgia say the late frost has cost them most of the peach crop, the "
        "state agriculture commissioner said.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "[Subtitles] Night of protest",
        "[crowd chanting] Protesters outside parliament in Tbilisi demanded that Georgia drop "
        "the foreign agents bill.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Pilgrims at the river",
        "Pilgrims waded into the Jordan River near Jericho to be baptised on Sunday morning.",
        (),
        ("Jordan",),
    ),
    (
        "Border reopens",
        "Jordan reopened its main border crossing with Syria, the interior ministry in Amman said.",
        ("Jordan", "Syria"),
        (),
    ),
    (
        "Varsity notes",
        "KINGSTON, Ont. - The university's rowing crew won the Ontario title on the Cataraqui "
        "River on Saturday.",
        ("Kingston (Canada)", "Ontario"),
        ("Kingston", "Jamaica"),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Wine trade weekly",
        "Georgian wine exports to Poland and Ukraine rose 12 per cent in the first half as "
        "qvevri whites found new buyers.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Business on the hour",
        "The Jordanian dinar stayed pegged to the dollar as the central bank raised rates.",
        ("Jordan",),
        (),
    ),
    (
        "For sale: Grade II townhouse",
        "Grade II-listed Georgian townhouse with original sash windows, five bedrooms and a "
        "walled garden.",
        (),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Markets (Lagos desk)",
        "The Turkish lira slid to a record low against the dollar, even as the naira steadied.",
        ("Turkey",),
        (),
    ),
    (
        "Buyback terms",
        "The company will repurchase up to $500m of its shares through a modified Dutch auction "
        "tender offer.",
        (),
        ("Netherlands",),
    ),
    (
        "Obituary: Mabel Hurst, 97",
        "Mabel loved her garden, her grandchildren and a game of Chinese checkers on Tuesday "
        "afternoons at the senior centre.",
        (),
        ("China",),
    ),
    (
        "STADIUM FRENCH FRIES GO UP TO $7",
        "Fans will pay a dollar more for a tray of fries this season, the concessions "
        "manager said.",
        (),
        ("France",),
    ),
    (
        "Press release: layered defences",
        "The health board described a Swiss cheese plan of masks, ventilation and testing to "
        "keep the winter wave down.",
        (),
        ("Switzerland",),
    ),
    (
        "Day 2: coach to the lakes",
        "Breakfast of coffee and a Danish pastry at the hotel before the coach leaves at 8am.",
        (),
        ("Denmark",),
    ),
    (
        "Solar trade note",
        "Chinese exports of solar panels to Europe rose a fifth last year, customs data showed.",
        ("China",),
        (),
    ),
    (
        "Farmers call off protest",
        "Indian farmers' unions called off their agitation after the Centre agreed to raise "
        "the minimum support price for wheat.",
        ("India",),
        (),
    ),
    (
        "Krone peg",
        "The Danish krone weakened towards the edge of its band as the central bank cut rates.",
        ("Denmark",),
        (),
    ),
    (
        "Flower auction report",
        "Dutch growers shipped fewer tulips to Britain this spring as heating costs rose.",
        ("Netherlands",),
        (),
    ),
    (
        "For sale: garden flat",
        "French doors open onto a south-facing patio; gas central heating, no onward chain.",
        (),
        ("France",),
    ),
    (
        "Leisure centre reopens",
        "The Turkish bath and the sauna reopen on Monday after a six-month refurbishment.",
        (),
        ("Turkey",),
    ),
    (
        "Tbilisi stand-off",
        "Georgian opposition parties refused to take up their seats after the disputed "
        "parliamentary election.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Summer school",
        "The course teaches Georgian grammar and script to beginners, with a week in Kutaisi.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
]

CASE: list[Case] = [
    (
        "live chat: defence ministers",
        "nato allies met in brussels and agreed to buy more air defence for ukraine.",
        ("NATO",),
        (),
    ),
    (
        "aid convoys",
        "the un said aid convoys were blocked at the border crossing for a third day.",
        ("United Nations",),
        (),
    ),
    (
        "measles warning",
        "who warned of a measles surge across europe as vaccination rates fell.",
        ("World Health Organization",),
        (),
    ),
    (
        "pakistan talks",
        "imf loan talks with pakistan resume next week after the budget vote.",
        ("IMF", "Pakistan"),
        (),
    ),
    (
        "Gig guide",
        "tickets for the who at the arena go on sale friday at 10am.",
        (),
        ("World Health Organization",),
    ),
    (
        "Live Q&A: the title race",
        "who wins it? honestly, who knows - it could go to the final day.",
        (),
        ("World Health Organization",),
    ),
    (
        "WHO WILL WIN THE TITLE?",
        "Our pundits pick their champions before the final round of matches on Sunday.",
        (),
        ("World Health Organization",),
    ),
    (
        "HELP US FIND OUR DOG",
        "Biscuit went missing near the park on Sunday; he is friendly but shy.",
        (),
        ("United States",),
    ),
    (
        "Watch straps reviewed",
        "A nato strap in olive nylon costs £12 and suits most field watches.",
        (),
        ("NATO",),
    ),
    (
        "[Subtitles] cafe scene",
        "un café, s'il vous plaît - and a glass of water.",
        (),
        ("United Nations",),
    ),
    (
        "output cuts",
        "opec and its allies agreed to extend output cuts to the end of the year.",
        ("OPEC",),
        (),
    ),
    (
        "who chief",
        "who director-general urged donors to fund vaccines for the outbreak.",
        ("World Health Organization",),
        (),
    ),
    (
        "Christmas telly",
        "the doctor who christmas special drew eight million viewers.",
        (),
        ("World Health Organization",),
    ),
    (
        "budget deal",
        "eu leaders agreed the seven-year budget after an all-night summit.",
        ("European Union",),
        (),
    ),
    (
        "house search",
        "fbi agents searched the senator's home on tuesday, his lawyer said.",
        ("FBI",),
        (),
    ),
    (
        "Chat: what does it mean for my loan?",
        "it depends on your bank - most of us will see the new rate in about a month.",
        (),
        ("United States",),
    ),
]

TABLES = {"namesakes": NAMESAKES, "demonyms": DEMONYMS, "case": CASE}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
