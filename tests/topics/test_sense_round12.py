"""A twelfth round of disambiguation cases, in registers the earlier rounds left out: arts
and concert reviews, box-office reports, sports almanacs and scorecards, tech product
launches, investor letters, diplomatic cables as quoted, radio phone-ins, wedding and
society pages, and trivia quizzes. One table per kind: the themes a story is about (and the
passing or figurative uses that are not), names that are not places (venues, landmarks,
people, products and teams named after places), and seats of power phrased unusually
(passives, possessives, "officials in", institutions by their building). Each row is a
title, a body, topics that must be tagged and topics that must not; about half the rows of
each kind keep a topic, so a rule that discounts too much fails as surely as one that
discounts too little."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

THEMES: list[Case] = [
    (
        "Weekend takings",
        "The animated sequel took $98 million across 4,100 screens in its opening weekend, "
        "knocking the heist thriller off the top spot.",
        ("Film",),
        (),
    ),
    (
        "Review: the finale",
        "The season finale ties up the murder plot neatly, but the writers leave the "
        "sisters' feud hanging for a fourth series.",
        ("Television",),
        (),
    ),
    (
        "Declaration at 3am",
        "The returning officer declared the result just after three: the new member took "
        "the seat with a majority of 1,204 on a turnout of 38%.",
        ("Elections",),
        (),
    ),
    (
        "Almanac: second Test",
        "Australia 312 and 187-4 dec; England 240 and 201 (Root 88, Cummins 5-41). "
        "Australia won by 58 runs.",
        ("Cricket",),
        (),
    ),
    (
        "Export rule tightened",
        "The new rule bars shipments of the most advanced graphics processors, and the "
        "machines that etch them, to China without a licence.",
        ("Semiconductors", "China"),
        (),
    ),
    (
        "Letter to shareholders: third quarter",
        "Our largest holding rose 30% after its RSV shot cut hospital admissions by 70% in "
        "the phase 3 readout.",
        ("Vaccines", "Medical research"),
        (),
    ),
    (
        "Review: La traviata",
        "The new Violetta floated the first-act aria with ease, and the chorus sang the "
        "drinking song as if they meant it.",
        ("Opera",),
        (),
    ),
    (
        "First night",
        "The revival of the musical opened on Thursday; the second act drags, but the big "
        "chorus numbers still land and the understudy was cheered.",
        ("Theatre",),
        (),
    ),
    (
        "Chart week",
        "The band's fourth record went straight in at number one, selling 60,000 copies in "
        "its first week.",
        ("Music",),
        (),
    ),
    (
        "Letter to shareholders: coal",
        "We sold our stake in the coal miner this year: the pace of decarbonisation makes "
        "its pits stranded assets.",
        ("Climate change",),
        (),
    ),
    (
        "Phone-in: the pharmacy",
        "A caller from Leeds said her inhaler now costs £40 a month since the manufacturer "
        "raised the price.",
        ("Drug pricing", "Leeds"),
        (),
    ),
    (
        "Almanac: 1981",
        "Shergar won the Derby by ten lengths, the widest winning margin in the race's "
        "history; his jockey barely moved in the saddle.",
        ("Horse racing",),
        (),
    ),
    (
        "Launch event",
        "The company unveiled a thinner laptop with an in-house processor and 20 hours of "
        "battery life, on sale from next month.",
        ("Technology",),
        (),
    ),
    (
        "Phone-in: the bins",
        "One caller said the council kept moving the goalposts on bin collections and the "
        "whole thing had become a circus.",
        (),
        ("Football",),
    ),
    (
        "Letter to shareholders: buybacks",
        "The rival board's buyback was pure theatre; it did nothing for long-term value.",
        (),
        ("Theatre",),
    ),
    (
        "Announcements: golden wedding",
        "The couple, both in rude health at 80, celebrated with a lunch for forty in the "
        "village hall.",
        (),
        ("Health",),
    ),
    (
        "Letter to shareholders: patience",
        "We are playing a Test match, not a T20: each holding is bought to be kept for a decade.",
        (),
        ("Cricket",),
    ),
    (
        "Announcements: engagement",
        "The couple met at a charity tennis tournament in aid of the hospice and will marry "
        "in the spring.",
        (),
        ("Tennis",),
    ),
    (
        "Review: the courtroom drama",
        "The film is a landslide victory for its young lead, who carries every scene.",
        ("Film",),
        ("Elections", "Disasters"),
    ),
]

NAMES: list[Case] = [
    (
        "Society: the hospital gala",
        "Chelsea Clinton and her husband were among the guests at the hospital gala on "
        "Saturday night.",
        (),
        ("Football",),
    ),
    (
        "Review: the western",
        "Florence Pugh is ferocious as the widowed rancher in this slow-burning western.",
        ("Film",),
        ("Florence", "Italy"),
    ),
    (
        "Stage door",
        "Orlando Bloom returns to the stage next spring in a two-hander about a failing marriage.",
        (),
        ("Orlando", "Florida"),
    ),
    (
        "Almanac: 2020",
        "Jordan Henderson lifted the league trophy in an empty stadium, ending a 30-year wait.",
        ("Football",),
        ("Jordan", "Henderson"),
    ),
    (
        "Box office: the comedian",
        "The comedian sold out Madison Square Garden four nights running, grossing $9 million.",
        (),
        ("Madison", "Wisconsin"),
    ),
    (
        "Weddings",
        "The couple married on the steps of the Sydney Opera House and held the reception "
        "at a harbourside restaurant.",
        ("Sydney", "Australia"),
        ("Opera",),
    ),
    (
        "Concert review: summer season",
        "The orchestra opened its summer season at the Hollywood Bowl with Gershwin and a "
        "new piano concerto.",
        ("Classical music",),
        ("Film",),
    ),
    (
        "Traffic on the bridge",
        "The Brooklyn Bridge was closed to cars for six hours after a barge struck one of its "
        "piers.",
        ("New York City",),
        (),
    ),
    (
        "Investor letter: outerwear",
        "Canada Goose cut its sales forecast after a warm winter left its parkas on the shelves.",
        (),
        ("Canada",),
    ),
    (
        "Spill fine",
        "The operator of the Dakota Access pipeline was fined $40,000 for a crude oil spill "
        "near a river crossing in North Dakota.",
        ("North Dakota", "Oil"),
        (),
    ),
    (
        "Plant jobs",
        "Jaguar Land Rover will cut 500 jobs at its Solihull factory, the carmaker said.",
        ("Solihull", "Automotive industry"),
        (),
    ),
    (
        "Almanac: the 1988 final",
        "Wimbledon beat Liverpool 1-0 in the FA Cup final, Sanchez heading the only goal.",
        ("Football",),
        ("Liverpool", "Tennis"),
    ),
    (
        "Phone-in: the parade",
        "Callers from across Leeds rang in about the promotion party in Millennium Square, "
        "where the city's streets were packed.",
        ("Leeds",),
        (),
    ),
    (
        "Gig review",
        "The band played Wembley Stadium on Saturday to 90,000 fans, their first London show "
        "in a decade.",
        ("London", "Music"),
        (),
    ),
    (
        "Announcements: honeymoon",
        "The couple will honeymoon in Florence, where the groom's family has run a small hotel "
        "since 1962.",
        ("Florence", "Italy"),
        (),
    ),
    (
        "Quiz: round two, art",
        "Q: Georgia O'Keeffe painted flowers and which other subject? A: Bleached animal skulls.",
        (),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Almanac: Boston",
        "The Kenyan runner won the Boston Marathon in 2:05:52, the fastest time ever run on "
        "the course.",
        ("Athletics",),
        (),
    ),
]

SEATS: list[Case] = [
    (
        "Cable, as quoted",
        '"Our request for overflight rights was rebuffed by Beijing," the ambassador wrote.',
        ("China",),
        (),
    ),
    (
        "Phone-in: gas bills",
        "A caller asked whether Moscow's response to the new sanctions would push up gas "
        "prices this winter.",
        ("Russia", "Sanctions"),
        (),
    ),
    (
        "Inspectors to return",
        "Officials in Tehran said the inspectors would be allowed back next month.",
        ("Iran",),
        (),
    ),
    (
        "Jet sale cleared",
        "Foggy Bottom has signed off on the sale of the fighter jets, a diplomat said.",
        ("US State Department", "United States"),
        (),
    ),
    (
        "Reshuffle rumours",
        "Number 10 declined to comment on the reshuffle rumours on Friday.",
        ("Downing Street",),
        (),
    ),
    (
        "Summit dates",
        "The Blue House said the summit with Tokyo would go ahead in June.",
        ("South Korea", "Japan"),
        (),
    ),
    (
        "Letter to shareholders: China",
        "Zhongnanhai has yet to signal whether it will ease the curbs on private tutoring firms.",
        ("China",),
        (),
    ),
    (
        "Envoy summoned",
        "The Quai d'Orsay summoned the ambassador over the remarks on Wednesday.",
        ("France",),
        (),
    ),
    (
        "Rates day",
        "Threadneedle Street held rates at 4.5% on Thursday, as the markets had expected.",
        ("Bank of England",),
        (),
    ),
    (
        "Defence budget passes",
        "The Bundestag approved the defence budget on Friday by a wide margin.",
        ("Germany",),
        (),
    ),
    (
        "Tariff threat",
        "Washington's reply to Ottawa's tariff threat was muted, the investor letter noted.",
        ("United States", "Canada"),
        ("Washington (state)",),
    ),
    (
        "Delegation received",
        "Officials in Pyongyang told the visiting delegation that the border would stay closed.",
        ("North Korea",),
        (),
    ),
    (
        "Announcements: wedding",
        "The couple met while teaching at a school in Tehran and married in Oxford last spring.",
        ("Tehran", "Oxford"),
        (),
    ),
    (
        "Walking tour",
        "A stroll through Foggy Bottom's brick rowhouses ends at a cafe by the river.",
        (),
        ("US State Department",),
    ),
    (
        "New in the City",
        "The sandwich bar on Threadneedle Street opens at 7am for office workers.",
        (),
        ("Bank of England",),
    ),
    (
        "Record ridership",
        "Moscow's metro carried a record nine million passengers on Friday.",
        ("Moscow", "Russia"),
        (),
    ),
    (
        "Architecture tour",
        "Visitors queue for hours to walk up the glass dome on top of the Bundestag in Berlin.",
        ("Berlin",),
        ("Legislation",),
    ),
]

TABLES = {"themes": THEMES, "names": NAMES, "seats": SEATS}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {
    "Letter to shareholders: patience": "'playing a Test match, not a T20' is a figure of "
    "speech for patience",
    "Announcements: engagement": "where a couple met is a passing mention of tennis",
    "Review: the courtroom drama": "'a landslide victory for' an actor is a figure of speech",
    "Review: the western": "an actor 'ferocious as' a role in a western is a film review",
    "Almanac: 2020": "lifting the league trophy is football",
    "Plant jobs": "'its Solihull factory' names the town; the carmaker is English",
    "Almanac: the 1988 final": "'Wimbledon' beating Liverpool in a cup final is a team",
    "Announcements: wedding": "'married in Oxford' with Tehran in the text is the English city",
}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
