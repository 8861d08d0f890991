"""A seventeenth round of disambiguation cases, part A, two kinds: names that are not
places (people named like places, clubs named after cities in cricket, rugby league,
cycling, baseball and ice hockey, ships, films, dishes, idioms and era expressions), and
the themes a story is about (space, health policy, courts, medical research, education,
books, commodities, wind power, machine learning, weather, ballots, television and
athletics), tagged from plain wording or left untagged where the word has another sense.
Each row is a title, a body, topics that must be tagged and topics that must not; about
half the rows of names keep the place reading. A third table guards the rules these cases
brought with ordinary sentences that must keep their reading."""

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

# Ordinary sentences that must keep their reading beside the rules these cases brought: a
# club's suffix written in lower case, a currency's letter, a ship's prefix, a turning point
# likened to a place, a work's title, teams named after states, races in metres, novels,
# metals, snow and ice, series, orbits, family doctors and learning software.
GUARDS: list[Case] = [
    (
        "Fans in town",
        "Fans filled Leeds town centre after the Championship final win.",
        ("Leeds",),
        (),
    ),
    (
        "Cup tie",
        "Stockport County beat Luton Town 1-0 in the FA Cup.",
        ("Football",),
        (),
    ),
    (
        "Goalie signed",
        "The Maple Leafs signed their goalie to a C$12m deal on Monday.",
        ("Ice hockey",),
        (),
    ),
    (
        "New foldable",
        "Samsung's Galaxy Z Fold went on sale in Seoul on Friday.",
        ("Samsung", "Seoul"),
        ("Astronomy and space",),
    ),
    (
        "Destroyer repairs",
        "The destroyer USS Texas docked in Glasgow for repairs.",
        ("Glasgow", "Scotland"),
        ("Texas",),
    ),
    (
        "Transfer gossip",
        "Fans said the ins and outs of Leeds transfers were hard to follow.",
        ("Leeds",),
        (),
    ),
    (
        "Late winner",
        "Munich scored a late winner, a moment fans in Bavaria will savour.",
        ("Bavaria",),
        (),
    ),
    (
        "Games open",
        "It was a moment for Paris to celebrate as the Games opened.",
        ("Paris", "France"),
        (),
    ),
    (
        "Defence warning",
        "Analysts warned that Britain faced a Suez moment over its defence spending.",
        ("United Kingdom",),
        ("Suez Canal", "Egypt"),
    ),
    (
        "Diabetes check",
        "A screening of Lagos residents found high rates of diabetes.",
        ("Lagos", "Nigeria"),
        (),
    ),
    (
        "Festival films",
        "The festival will include a screening of films made in Casablanca.",
        ("Casablanca", "Film"),
        (),
    ),
    (
        "New staging",
        "A new staging of the play opened in Berlin on Friday.",
        ("Berlin",),
        (),
    ),
    (
        "Grand Prix",
        "Bahrain will host the opening Grand Prix of the season in March.",
        ("Bahrain", "Motorsport"),
        (),
    ),
    (
        "Stage win",
        "The UAE Team Emirates rider won the stage into Nice.",
        ("Cycling",),
        ("United Arab Emirates",),
    ),
    (
        "Tunnel",
        "The tunnel runs 400 metres under the river and will open in May.",
        (),
        ("Athletics",),
    ),
    (
        "Freestyle gold",
        "She won gold in the 400 metres freestyle at the world championships.",
        ("Swimming",),
        ("Athletics", "Commodities"),
    ),
    (
        "Arms shipment",
        "The US sent Javelin missiles to Ukraine last spring.",
        ("Missiles", "Ukraine"),
        ("Athletics",),
    ),
    (
        "New store",
        "Decathlon opened a new store in Leeds on Saturday.",
        ("Leeds",),
        ("Athletics",),
    ),
    (
        "Field events",
        "She threw the javelin 68 metres to win gold at the Olympics.",
        ("Athletics", "Olympics"),
        ("Commodities",),
    ),
    (
        "Breaststroke record",
        "He set a world record in the 100 metres breaststroke on Sunday.",
        ("Swimming",),
        ("Athletics",),
    ),
    (
        "New approach",
        "Analysts praised her novel approach to pricing the bonds.",
        ("Bonds",),
        ("Books",),
    ),
    (
        "Virus",
        "The novel coronavirus spread to 20 countries within weeks.",
        ("COVID-19",),
        ("Books",),
    ),
    (
        "Cable theft",
        "Thieves stole copper cable from the railway line near Leeds.",
        ("Leeds",),
        ("Commodities",),
    ),
    (
        "Gold mines",
        "Illegal gold mines have poisoned rivers in the Amazon, officials said.",
        (),
        ("Commodities",),
    ),
    (
        "Hockey final",
        "The ice hockey final was played in front of 18,000 fans.",
        ("Ice hockey",),
        ("Weather",),
    ),
    (
        "Book series",
        "The fantasy series of novels has sold five million copies.",
        (),
        ("Television",),
    ),
    (
        "Stage comedy",
        "The comedy series at the Edinburgh festival sold out in a day.",
        ("Edinburgh",),
        ("Television",),
    ),
    (
        "Campaign HQ",
        "The campaign's mission control in Atlanta worked through the night.",
        ("Atlanta",),
        ("Space exploration",),
    ),
    (
        "Her doctor",
        "Her family doctor referred her to a specialist.",
        (),
        ("Health policy",),
    ),
    (
        "Library courses",
        "The library offers learning courses for adults.",
        (),
        ("Artificial intelligence",),
    ),
]

TABLES = {
    "names": NAMES,
    "themes": THEMES,
    "guards": GUARDS,
}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {
    "Drug study": "a trial of a drug that enrols patients is not read as medical research: "
    "'trial' alone is as often a court's, and no word of a study but 'enrolled' is near",
    "Canton ballot": "a ballot in which voters back a measure (a tax) is read as an "
    "election, not a referendum",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
