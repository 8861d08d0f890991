"""Sense cases from a probe bank of ordinary sentences read against what a reader expects:
a warning that was not given, a hunger strike, a formal protest, free shipping, a vessel
or a car model named after a place, a street named after a state, a name the headline
shortens from the body's longer one or opens with as the body writes it in lower case, a
strike named with its industry, and an industry a demonym qualifies. Each row is a title, a body, topics that must be
tagged and topics that must not; the guards keep the plain readings beside them."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

PROBES: list[Case] = [
    (
        "No tsunami threat",
        "Seismologists said there was no tsunami threat after a magnitude 6.1 earthquake "
        "off Tonga.",
        ("Tonga", "Earthquakes"),
        ("Tsunamis",),
    ),
    (
        "Hunger strike",
        "A jailed activist in Cairo began a hunger strike.",
        ("Cairo", "Egypt"),
        ("Hunger",),
    ),
    (
        "Aground",
        "The tanker Texas ran aground off the coast of Norway.",
        ("Norway", "Shipping"),
        ("Texas",),
    ),
    (
        "On sale",
        "Hyundai's new Santa Fe went on sale in Seoul, the carmaker said.",
        ("Seoul", "South Korea"),
        ("Santa Fe", "Argentina"),
    ),
    (
        "Rally",
        "Protesters gathered on Pennsylvania Avenue outside the White House.",
        ("White House", "Protests"),
        ("Pennsylvania",),
    ),
    (
        "Brent",
        "Brent crude rose above $80 a barrel.",
        ("Oil",),
        ("Brent", "England"),
    ),
    (
        "Refiners",
        "Indian refiners bought more Russian oil in March.",
        ("India", "Russia"),
        (),
    ),
    (
        "Vaccine study",
        "Researchers in Oslo found no link between the HPV vaccine and fatigue in teenagers.",
        ("Oslo", "Vaccines"),
        (),
    ),
    (
        "Rail strike off",
        "The rail strike planned for Monday in Belgium has been called off after a pay deal.",
        ("Belgium", "Rail transport", "Labour unions"),
        (),
    ),
    (
        "Turkey prices",
        "The price of a Christmas turkey rose 10% at supermarkets in Dundee, Scotland.",
        ("Dundee", "Scotland"),
        ("Turkey",),
    ),
    (
        "Free shipping",
        "The retailer in Stockholm offers free shipping on all orders.",
        ("Stockholm", "Retail"),
        ("Shipping",),
    ),
    (
        "Incursion",
        "Tokyo lodged a formal protest over the incursion by Chinese coastguard ships.",
        ("Japan", "China"),
        ("Protests",),
    ),
]

GUARDS: list[Case] = [
    (
        "Famine",
        "Hunger strikes millions in Sudan as the war drags on.",
        ("Hunger", "Sudan"),
        (),
    ),
    (
        "Tsunami warning",
        "Japan issued a tsunami warning after a strong earthquake off Hokkaido.",
        ("Japan", "Tsunamis", "Earthquakes"),
        (),
    ),
    (
        "Tanker seized",
        "The tanker Iran seized last week was released on Monday.",
        ("Iran",),
        (),
    ),
    (
        "Toyota in Kentucky",
        "Toyota's new Kentucky plant will build hybrid cars.",
        ("Toyota", "Kentucky"),
        (),
    ),
    (
        "Texas storms",
        "Storms flooded roads across Texas, and Houston closed its schools.",
        ("Texas", "Houston"),
        (),
    ),
    (
        "Paris talks",
        "Paris hosted talks on the Paris Agreement, and the city's mayor opened them.",
        ("Paris", "Climate change"),
        (),
    ),
    (
        "Leeds in the title",
        "Leeds council approved a new tram line for the city centre.",
        ("Leeds",),
        (),
    ),
    (
        "Link ruled out",
        "Police found no link between the warehouse fire and Hezbollah.",
        (),
        ("Hezbollah",),
    ),
    (
        "Turkey votes",
        "Voters in Turkey elect a new parliament while turkey farmers count their flocks.",
        ("Turkey",),
        (),
    ),
    (
        "Shipping rates",
        "Shipping rates from Shanghai to Rotterdam doubled as container ships avoided the Red Sea.",
        ("Shipping", "Shanghai"),
        (),
    ),
    (
        "Tokyo march",
        "Thousands joined a protest in Tokyo against the new defence law.",
        ("Protests", "Tokyo"),
        (),
    ),
]

TABLES = {"probes": PROBES, "guards": GUARDS}
# Rows the rules still read wrongly, by title, with why.
KNOWN_MISSES: dict[str, str] = {}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
