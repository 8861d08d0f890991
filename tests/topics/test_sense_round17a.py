"""A seventeenth round of disambiguation cases, part A, two kinds: names that are not
places (people named like places, clubs named after cities in cricket, rugby league,
cycling, baseball and ice hockey, ships, films, dishes, idioms and era expressions), and
the themes a story is about (space, health policy, courts, medical research, education,
books, commodities, wind power, machine learning, weather, ballots, television and
athletics), tagged from plain wording or left untagged where the word has another sense.
Each row is a title, a body, topics that must be tagged and topics that must not; about
half the rows of names keep the place reading."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NAMES: list[Case] = [
    (
        "Nurse's first marathon",
        "Sydney Okafor, a nurse who took up running at 40, finished her first marathon in "
        "under four hours.",
        (),
        ("Sydney", "Australia"),
    ),
    (
        "Grass fire contained",
        "Chelsea Houston, Denver's new fire chief, said crews had the grass fire under "
        "control by dawn.",
        ("Denver",),
        ("Houston", "Texas"),
    ),
    (
        "Big Bash win",
        "The Perth Scorchers beat the Hobart Hurricanes by seven wickets in the Big Bash on "
        "Saturday.",
        ("Cricket",),
        ("Perth", "Hobart", "Hurricanes"),
    ),
    (
        "Mountain stage",
        "A rider for Bahrain Victorious won the mountain stage of the Giro d'Italia on Thursday.",
        ("Cycling",),
        ("Bahrain",),
    ),
    (
        "Restored classic",
        "A restored print of Casablanca will open the film festival, 84 years after Bogart "
        "and Bergman made it.",
        ("Film",),
        ("Casablanca", "Morocco"),
    ),
    (
        "Canteen menu",
        "The school canteen dropped chicken Kiev from its menu after parents complained "
        "about the garlic.",
        (),
        ("Kyiv", "Ukraine"),
    ),
    (
        "Trade deal row",
        "Opposition MPs called the trade deal the government's Munich moment and demanded a vote.",
        (),
        ("Munich", "Germany"),
    ),
    (
        "Frigate returns",
        "The frigate HMS Glasgow returned to Portsmouth on Friday after nine months in the "
        "Red Sea.",
        (),
        ("Glasgow", "Scotland"),
    ),
    (
        "Game postponed",
        "The Astros postponed Friday's game as floodwater filled streets across Houston.",
        ("Houston", "Floods"),
        (),
    ),
    (
        "Arena funding",
        "Toronto city council voted to lend the Maple Leafs C$200m to rebuild their arena "
        "downtown.",
        ("Toronto", "Canada"),
        (),
    ),
    (
        "Grand final parade",
        "Thousands lined the streets of Melbourne for the Storm's parade after their grand "
        "final win.",
        ("Melbourne", "Australia"),
        (),
    ),
    (
        "Prize for a debut",
        "Her debut novel, set in the street markets of Lagos, won a major fiction prize on "
        "Tuesday.",
        ("Lagos", "Nigeria", "Books"),
        (),
    ),
    (
        "Wall memorial",
        "A memorial on a surviving stretch of the Berlin Wall opened in the city's Mitte "
        "district on Sunday.",
        ("Berlin", "Germany"),
        (),
    ),
    (
        "Sewers crumbling",
        "Victorian-era sewers under Manchester are crumbling faster than expected, engineers "
        "warned.",
        ("Manchester",),
        ("Victoria (Australia)", "Victoria"),
    ),
]

THEMES: list[Case] = [
    (
        "Jupiter orbit",
        "The probe entered orbit around Jupiter after a six-year journey, mission "
        "controllers said.",
        ("Space exploration",),
        (),
    ),
    (
        "Pharmacists to prescribe",
        "Pharmacists in England will be allowed to prescribe antibiotics for sore throats "
        "to ease pressure on family doctors.",
        ("Health policy",),
        (),
    ),
    (
        "Mayor convicted",
        "A jury found the former mayor guilty of taking bribes after a six-week trial.",
        ("Courts and justice", "Corruption"),
        (),
    ),
    (
        "Drug study",
        "The trial of the new heart drug enrolled 3,000 patients at 40 hospitals.",
        ("Medical research",),
        ("Courts and justice",),
    ),
    (
        "Reading checks",
        "Pupils will sit a reading check at age six under changes to the primary curriculum.",
        ("Education",),
        (),
    ),
    (
        "Cookery bible",
        "Her cookery book, hailed as the bible of home baking, has sold a million copies.",
        ("Books",),
        ("Religion", "Christianity"),
    ),
    (
        "Copper record",
        "Copper rose to a record as strikes at mines in Chile cut supply.",
        ("Commodities", "Chile"),
        (),
    ),
    (
        "Offshore turbines",
        "The wind farm off the Norfolk coast will power 1.5 million homes once its last "
        "turbines are installed.",
        ("Renewable energy",),
        (),
    ),
    (
        "Fraud software",
        "The bank will use software that learns from past fraud cases to flag suspicious payments.",
        ("Artificial intelligence",),
        (),
    ),
    (
        "Motorways frozen",
        "Snow and ice closed hundreds of schools and left drivers stranded on motorways overnight.",
        ("Weather",),
        (),
    ),
    (
        "Canton ballot",
        "Voters in the canton backed the new tax in Sunday's ballot by 58 percent to 42.",
        ("Referendums",),
        (),
    ),
    (
        "Board re-elected",
        "Shareholders re-elected the board at the annual meeting despite a protest vote over pay.",
        (),
        ("Elections",),
    ),
    (
        "Fantasy axed",
        "The streamer cancelled the fantasy series after two seasons despite a loyal following.",
        ("Television",),
        (),
    ),
    (
        "Gold in the 400m",
        "She won gold in the 400 metres in a championship record of 48.9 seconds.",
        ("Athletics",),
        ("Commodities",),
    ),
]

TABLES = {
    "names": NAMES,
    "themes": THEMES,
}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {
    "Mountain stage": "a cycling team named after a country ('Bahrain Victorious') is read "
    "as the country",
    "Restored classic": "a film's title that is a city ('Casablanca') is read as the city, "
    "even beside 'print' and 'film festival'",
    "Trade deal row": "an idiom of appeasement ('a Munich moment') is read as the city",
    "Frigate returns": "a ship named after a city ('HMS Glasgow') is read as the city",
    "Game postponed": "'floodwater filled streets' is not read as a flood",
    "Arena funding": "'Toronto city council' is not read as the city",
    "Prize for a debut": "'debut novel' and 'fiction prize' are not read as books",
    "Jupiter orbit": "a probe entering orbit around a planet is not read as space exploration",
    "Pharmacists to prescribe": "a rule on who may prescribe medicines is not read as "
    "health policy",
    "Drug study": "a drug's trial enrolling patients is not read as medical research",
    "Cookery bible": "'cookery book' is not read as books",
    "Copper record": "a metal's price record is not read as commodities",
    "Fraud software": "software that learns from past cases is not read as artificial intelligence",
    "Motorways frozen": "'snow and ice' stranding drivers is not read as weather",
    "Canton ballot": "a ballot on a measure (a tax) is read as an election, not a referendum",
    "Fantasy axed": "a streamer cancelling a series is not read as television",
    "Gold in the 400m": "'the 400 metres' is not read as athletics",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
