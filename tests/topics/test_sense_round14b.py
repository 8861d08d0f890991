"""A fourteenth round of disambiguation cases, second part: names that are not places,
seats of power, and the themes a story is about, in the registers of sport and
entertainment pages, wire copy on governments and institutions, and business news. A film
director and a footballer named like cities, franchises and clubs named after their towns,
an office idiom and a war named after a peninsula beside the places themselves; capitals and
buildings that speak for a government or an assembly, and the cities that host a
parliament or an agency when the city itself is the story; elections, a referendum, a
series, an opera, a Test match, a grand prix, a pricing deal and a chatbot, beside the
same words used as figures of speech. Each row is a title, a body, topics that must be
tagged and topics that must not; about half the rows of each kind keep the obvious
reading, so a rule that discounts too much fails as surely as one that discounts too
little."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NAMES: list[Case] = [
    (
        "Festival opener",
        "Sofia Coppola's new film will open the festival in Venice this August, organisers said.",
        ("Venice", "Film"),
        ("Sofia", "Bulgaria"),
    ),
    (
        "Smog alert",
        "Smog over Sofia prompted the mayor to make city buses free on Tuesday.",
        ("Sofia", "Bulgaria"),
        (),
    ),
    (
        "NBA roundup",
        "The Charlotte Hornets beat the Memphis Grizzlies 112-104 in the NBA on Friday night.",
        ("Basketball",),
        ("Charlotte", "Memphis"),
    ),
    (
        "Play-off party",
        "Hornets fans packed bars across Charlotte as the team clinched a play-off place.",
        ("Charlotte",),
        (),
    ),
    (
        "Depay double",
        "Memphis Depay scored twice as Corinthians beat Palmeiras in São Paulo on Sunday.",
        ("São Paulo", "Brazil"),
        ("Memphis",),
    ),
    (
        "Print works shake-up",
        "The new editor promised to end the Spanish practices that had grown up at the print "
        "works.",
        (),
        ("Spain",),
    ),
    (
        "Memorial restored",
        "Volunteers have restored the Crimean War memorial in the town square, 170 years "
        "after it was unveiled.",
        (),
        ("Crimea", "Ukraine", "Russia"),
    ),
    (
        "Ferry hit",
        "Ukraine said its sea drones struck a Russian ferry off Crimea on Sunday.",
        ("Crimea", "Ukraine"),
        (),
    ),
    (
        "Manager sacked",
        "Sheffield Wednesday sacked their manager after a fifth straight league defeat.",
        (),
        ("Sheffield",),
    ),
    (
        "Crucible queues",
        "Fans queued outside the Crucible in Sheffield for tickets to the snooker final.",
        ("Sheffield", "Snooker"),
        (),
    ),
    (
        "Galaxy sign striker",
        "The Galaxy signed a striker from Celtic on a two-year deal, the MLS club said.",
        (),
        ("Astronomy and space",),
    ),
    (
        "Ship aground",
        "A container ship ran aground outside the port of Savannah, Georgia, on Tuesday.",
        ("Savannah", "Georgia (US state)"),
        ("Georgia",),
    ),
]

SEATS: list[Case] = [
    (
        "Envoy summoned",
        "Wellington summoned Beijing's ambassador after a research ship entered its waters "
        "without notice.",
        ("New Zealand", "China"),
        (),
    ),
    (
        "Test delayed",
        "Heavy rain in Wellington delayed the start of the rugby Test by an hour.",
        ("Wellington", "New Zealand"),
        (),
    ),
    (
        "Envoy to travel",
        "Foggy Bottom said the envoy would travel to Cairo next week for ceasefire talks.",
        ("US State Department", "United States", "Cairo"),
        (),
    ),
    (
        "Visit announced",
        "The Élysée said the president would host the Lebanese prime minister on Friday.",
        ("France", "Lebanon"),
        (),
    ),
    (
        "Speed limit vote",
        "The Senedd voted to lower the speed limit on rural roads to 40mph.",
        ("Senedd", "Wales"),
        (),
    ),
    (
        "Budget agreed",
        "Stormont ministers agreed a budget after months of deadlock over health spending.",
        ("Northern Ireland",),
        (),
    ),
    (
        "Packaging rules",
        "Lawmakers in Strasbourg approved new rules on packaging waste by 400 votes to 150.",
        ("European Parliament",),
        ("France",),
    ),
    (
        "Christmas market",
        "Strasbourg's Christmas market drew record crowds this weekend despite the cold.",
        ("Strasbourg", "France"),
        ("European Parliament",),
    ),
    (
        "Fleeing the fighting",
        "The UN refugee agency in Geneva said 200,000 people had fled the fighting in a week.",
        ("UNHCR",),
        ("Switzerland",),
    ),
    (
        "Tram derails",
        "A tram derailed in central Geneva on Monday, injuring four passengers.",
        ("Geneva", "Switzerland"),
        ("United Nations",),
    ),
    (
        "Barley dispute",
        "Canberra said it would take Beijing to the WTO over tariffs on barley.",
        ("Australia", "China", "WTO"),
        (),
    ),
    (
        "Farmers protest",
        "Police in The Hague used water cannon on farmers protesting against nitrogen rules.",
        ("The Hague", "Netherlands"),
        ("International Criminal Court", "International Court of Justice"),
    ),
]

THEMES: list[Case] = [
    (
        "By-election called",
        "Voters in the seat will go to the polls in a by-election on 3 July after the MP "
        "stood down.",
        ("Elections",),
        (),
    ),
    (
        "Independence vote",
        "The island's parliament approved a plan to hold a referendum on independence next year.",
        ("Referendums",),
        (),
    ),
    (
        "Final season",
        "The final season of the hospital drama will stream from October, the broadcaster said.",
        ("Television",),
        ("Health",),
    ),
    (
        "World premiere",
        "The new opera, set in a mining village, has its world premiere at the festival in June.",
        ("Opera",),
        (),
    ),
    (
        "Day two at Lord's",
        "England declared on 421 for seven on day two at Lord's, with Root unbeaten on 140.",
        ("Cricket",),
        (),
    ),
    (
        "Pole position",
        "Norris took pole for Sunday's British Grand Prix by a tenth of a second.",
        ("Formula One",),
        (),
    ),
    (
        "Medicines deal",
        "Medicare will pay less for ten widely used medicines from January under prices "
        "negotiated with drugmakers.",
        ("Drug pricing",),
        (),
    ),
    (
        "Coding assistant",
        "The start-up released a chatbot that it says can write and debug software code.",
        ("Artificial intelligence",),
        (),
    ),
    (
        "Spending row",
        "The hospital budget has become a political football, the opposition leader said.",
        (),
        ("Football",),
    ),
    (
        "Succession question",
        "The chief executive was stumped when asked who would run the merged company.",
        (),
        ("Cricket",),
    ),
    (
        "High street hopes",
        "Retailers are hoping for a blockbuster Christmas after the budget struck a sour "
        "note with shoppers.",
        (),
        ("Film", "Music"),
    ),
    (
        "Rate cut",
        "The rate cut is a shot in the arm for house builders, analysts said.",
        (),
        ("Vaccines",),
    ),
]

TABLES = {"names": NAMES, "seats": SEATS, "themes": THEMES}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
