"""A ninth round of disambiguation cases, in registers the earlier rounds left out:
parliamentary sketches, diplomatic readouts, trade press, regional television scripts,
analyst notes, letters to the editor, wire corrections and event listings. One table per
kind: seats of power, demonyms licensed by what they qualify, and the themes a story is
about. Each row is a title, a body, topics that must be tagged and topics that must not."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

SEATS: list[Case] = [
    (
        "Readout of the ministers' call",
        "Canberra and Wellington agreed to coordinate their fisheries patrols in the Pacific.",
        ("Australia",),
        (),
    ),
    (
        "Sketch: the committee room",
        "The chairman wanted to know what Langley had told the White House about the covert "
        "programme, and when.",
        ("CIA", "White House"),
        (),
    ),
    (
        "What's on this weekend",
        "Guided walk around Langley Park, meeting at the visitor centre at 10am; bring boots.",
        (),
        ("CIA",),
    ),
    (
        "Correction: visa curbs",
        "An earlier version of this story misstated the day Foggy Bottom announced the visa "
        "curbs. It was Thursday.",
        ("US State Department",),
        (),
    ),
    (
        "Tool makers wait on export rules",
        "Exporters are waiting to hear whether Washington will loosen the licensing rules for "
        "chipmaking tools.",
        ("United States",),
        (),
    ),
    (
        "Six o'clock script",
        "Pictures now from Strasbourg, where the Christmas market opened tonight despite the rain.",
        (),
        ("European Parliament", "European Court of Human Rights"),
    ),
    (
        "Rates note",
        "Frankfurt is likely to hold rates in April; we expect the first cut in June.",
        ("European Central Bank",),
        (),
    ),
    (
        "Letters: our roads",
        "Sir, the potholes on Whitehall Road have gone unfilled for a year. Will the council "
        "act before someone is hurt?",
        (),
        ("Downing Street", "United Kingdom"),
    ),
    (
        "Readout: foreign ministers",
        "The Quai d'Orsay said the two ministers had discussed the aid convoys held at the border.",
        ("France",),
        (),
    ),
    (
        "Watch exports note",
        "Geneva watchmakers reported a third month of falling exports to China.",
        ("Switzerland", "China"),
        ("United Nations",),
    ),
    (
        "Christmas market listings",
        "Stalls sell mulled wine, Brussels sprouts and roast chestnuts until 8pm.",
        (),
        ("European Commission", "European Union", "Belgium"),
    ),
    (
        "Back to the studio",
        "Ottawa has promised the mill workers a decision on tariff relief by Friday.",
        ("Canada",),
        (),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Rebar prices",
        "Turkish steelmakers cut their export prices for rebar for a second week.",
        ("Turkey",),
        (),
    ),
    (
        "Food festival listings",
        "Saturday: Turkish delight tasting and a Greek yoghurt cookery demonstration.",
        (),
        ("Turkey", "Greece"),
    ),
    (
        "Currency note",
        "We expect the Georgian lari to weaken as remittances slow.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Letters: old windows",
        "Sir, the Georgian terraces of our town deserve better than plastic windows.",
        (),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Correction: copper miner",
        "An earlier version of this story misnamed the Chilean copper miner hit by the strike.",
        ("Chile",),
        (),
    ),
    (
        "Sport at half past",
        "The crowd started a Mexican wave in the second half as the home side sat on its lead.",
        (),
        ("Mexico",),
    ),
    (
        "Sketch: fish and votes",
        "The Danish delegation watched from the gallery as MPs argued about fishing quotas.",
        ("Denmark",),
        (),
    ),
    (
        "Readout: trade ministers",
        "Both ministers welcomed Indonesian plans to expand nickel processing at home.",
        ("Indonesia",),
        (),
    ),
    (
        "Ice cream sales",
        "An Indian summer in September lifted sales of ice cream and barbecue charcoal.",
        (),
        ("India",),
    ),
    (
        "Evening classes",
        "Learn Spanish guitar or French polishing at the community college this autumn.",
        (),
        ("Spain", "France"),
    ),
    (
        "Freight weekly",
        "Norwegian shipowners ordered six new tankers from yards in Busan.",
        ("Norway",),
        (),
    ),
    (
        "Letters: my garden",
        "Sir, the Japanese knotweed from next door has reached my Swedish-style summerhouse.",
        (),
        ("Japan", "Sweden"),
    ),
]

THEMES: list[Case] = [
    (
        "Correction: vote date",
        "An earlier version of this story gave the wrong date for the referendum on the new "
        "constitution. It is on 12 March.",
        ("Referendums",),
        (),
    ),
    (
        "Coming up after the news",
        "The cast of the long-running soap will switch on the town's Christmas lights tonight.",
        ("Television",),
        (),
    ),
    (
        "Cinema listings",
        "Thursday: La Bohème screened live from Covent Garden, 7pm, tickets £15.",
        ("Opera",),
        (),
    ),
    (
        "Nature walks",
        "Saturday: a cricket and grasshopper walk in the meadow with the county insect recorder.",
        (),
        ("Cricket",),
    ),
    (
        "Pharmacy trade",
        "Wholesalers warned that the cap on generic medicine prices would squeeze margins.",
        ("Drug pricing",),
        (),
    ),
    (
        "Packaging results",
        "The plastics group makes shrink film and cling film for supermarket packaging.",
        (),
        ("Film",),
    ),
    (
        "Sector note",
        "Streaming platforms will spend less on scripted dramas next year, we think.",
        ("Television",),
        (),
    ),
    (
        "Letters: leaflets",
        "Sir, the by-election leaflets piling up on my doormat are a waste of paper.",
        ("Elections",),
        (),
    ),
    (
        "Sketch: question time",
        "The minister batted away every question, and the opposition was stumped.",
        (),
        ("Cricket",),
    ),
    (
        "Travel update",
        "Delays on the ring road after a lorry shed its load of tennis balls near the retail park.",
        (),
        ("Tennis",),
    ),
    (
        "Readout: fisheries",
        "The ministers agreed to hold a vote at the next council meeting on the fisheries package.",
        (),
        ("Elections", "Referendums"),
    ),
    (
        "Late train",
        "The conductor checked tickets on the last train to Carlisle.",
        (),
        ("Music",),
    ),
]

TABLES = {"seats": SEATS, "demonyms": DEMONYMS, "themes": THEMES}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
