"""Club and team names as their sport's aliases: a results line names its sport and not the
town a club is named after ("Derby County", "Houston Rockets", "Sporting CP"), while a short
name that is also a word, a people or a place ("Celtic", "Rangers", "Ajax", "Heat",
"Kings", "Crusaders") names its sport only beside the sport's context, and the town itself
stays a place in a story about it. Each row is a title, a body, topics that must be tagged
and topics that must not."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

RESULTS: list[Case] = [
    (
        "Championship round-up",
        "Derby County beat Stoke City 1-0 with a late header on Saturday.",
        ("Football",),
        ("Derby",),
    ),
    (
        "Old Firm",
        "Celtic beat Rangers in the Old Firm derby at Celtic Park.",
        ("Football",),
        ("Glasgow",),
    ),
    (
        "Capital derby",
        "Roma beat Lazio 2-1 in the derby on Sunday evening.",
        ("Football",),
        ("Rome",),
    ),
    (
        "Eredivisie summit",
        "Ajax beat PSV in Eindhoven to go top of the table.",
        ("Football", "Eindhoven"),
        ("Amsterdam",),
    ),
    (
        "Western Conference",
        "The Houston Rockets beat the Phoenix Suns 118-110 on Tuesday night.",
        ("Basketball",),
        ("Houston", "Phoenix"),
    ),
    (
        "Late rally",
        "The Rockets beat the Suns after trailing by 15 in the third quarter.",
        ("Basketball",),
        (),
    ),
    (
        "United win",
        "Manchester United beat Everton 2-0 at Old Trafford.",
        ("Football",),
        ("Manchester",),
    ),
    (
        "Away day",
        "Leeds United fans travelled to the match by coach.",
        ("Football",),
        ("Leeds",),
    ),
    (
        "Istanbul derby",
        "Galatasaray beat Fenerbahce in front of a sell-out crowd.",
        ("Football",),
        (),
    ),
    (
        "Title race",
        "Sporting CP came from behind to beat Benfica in the title race.",
        ("Football",),
        ("Lisbon",),
    ),
    (
        "Superclasico",
        "Boca Juniors drew with River Plate in a tense Superclasico.",
        ("Football",),
        (),
    ),
    (
        "Saudi title race",
        "Al-Hilal beat Al-Nassr to stretch their lead at the top.",
        ("Football",),
        (),
    ),
    (
        "Scottish Premiership",
        "Hibernian beat Heart of Midlothian with a goal in stoppage time.",
        ("Football",),
        ("Edinburgh",),
    ),
    (
        "Stoke stumble",
        "Stoke City sacked their manager after a fifth straight defeat.",
        ("Football",),
        (),
    ),
    (
        "IPL",
        "Chennai Super Kings beat Mumbai Indians by six wickets in Chennai.",
        ("Cricket",),
        ("Mumbai",),
    ),
    (
        "County Championship",
        "Yorkshire CCC bowled out Surrey CCC for 180 on the second day.",
        ("Cricket",),
        (),
    ),
    (
        "Premiership Rugby",
        "Saracens beat Harlequins 30-20 after scoring four tries.",
        ("Rugby",),
        (),
    ),
    (
        "Top 14",
        "Stade Toulousain beat RC Toulon in front of a record crowd.",
        ("Rugby",),
        ("Toulon",),
    ),
    (
        "Original Six",
        "The New York Rangers beat the Toronto Maple Leafs in overtime.",
        ("Ice hockey",),
        ("New York City", "Toronto", "Football"),
    ),
    (
        "American League",
        "The Texas Rangers beat the Houston Astros 5-3 at home.",
        ("Baseball",),
        ("Texas", "Houston", "Football"),
    ),
]

GUARDS: list[Case] = [
    (
        "Folk weekend",
        "A Celtic music festival opened in Glasgow on Friday.",
        ("Glasgow",),
        ("Football",),
    ),
    (
        "Trail closed",
        "Park rangers closed the trail after a landslide.",
        (),
        ("Football", "Ice hockey"),
    ),
    (
        "Shed clear-out",
        "Neighbours found a bottle of Ajax cleaner and some bleach in the shed.",
        (),
        ("Football",),
    ),
    (
        "Record temperatures",
        "The Miami heat wave pushed temperatures several points above the seasonal average.",
        ("Miami", "Heatwaves"),
        ("Basketball",),
    ),
    (
        "Arena show",
        "The Kings of Leon played to a full house on Friday.",
        (),
        ("Basketball",),
    ),
    (
        "Flood warning",
        "Flooding in Derby forced dozens of families from their homes.",
        ("Derby", "Floods"),
        ("Football",),
    ),
    (
        "Minority rights",
        "Roma communities in Slovakia face discrimination in housing, a report said.",
        ("Slovakia",),
        ("Football",),
    ),
    (
        "Hospital strike",
        "An explosion hit the Al-Ahli hospital in Gaza City on Tuesday.",
        ("Gaza",),
        ("Football",),
    ),
    (
        "Court hearing",
        "The man appeared at Derby County Court on Monday.",
        ("Courts and justice",),
        ("Football",),
    ),
    (
        "Holy Land",
        "The Crusaders captured Jerusalem in 1099 after a long siege.",
        ("Jerusalem",),
        ("Rugby",),
    ),
    (
        "Cliff nests",
        "Ospreys nested on the cliffs near Swansea this spring.",
        ("Swansea",),
        ("Rugby",),
    ),
    (
        "Estuary survey",
        "The River Plate estuary separates Argentina and Uruguay.",
        ("Argentina", "Uruguay"),
        ("Football",),
    ),
    (
        "Stage act",
        "A magician performed magic tricks for the children at the library.",
        (),
        ("Basketball",),
    ),
    (
        "Partnership",
        "She joined an old firm of solicitors in Glasgow.",
        ("Glasgow",),
        ("Football",),
    ),
    (
        "Rink rivals",
        "The Rangers beat the Bruins 3-2 after two goals in the third period.",
        ("Ice hockey",),
        ("Football",),
    ),
]

TABLES = {"results": RESULTS, "guards": GUARDS}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {
    "Rink rivals": "bare 'Rangers' is a Scottish club's name to football, whose context "
    "('goals') a hockey story shares",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
