"""Disambiguation cases, one table per kind: each row is a text, topics that must be tagged
and topics that must not. The sentences are our own; several rows per kind keep the place
or group tagged, so a rule that discounts too much fails as surely as one that discounts
too little."""

from __future__ import annotations

import pytest

from alerts.topics.classifier import default_classifier

Case = tuple[str, str, tuple[str, ...], tuple[str, ...]]  # title, body, tagged, not tagged


def _check(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    found = {m.name for m in default_classifier().classify(title, body)}
    missing = [t for t in tagged if t not in found]
    wrong = [t for t in absent if t in found]
    assert not missing and not wrong, f"missing {missing}, wrongly tagged {wrong}: {found}"


NEGATION: list[Case] = [
    (  # a danger denied is only what follows "of" at once: the place invaded is the story
        "Strait patrols",
        "Officials said there was no immediate threat of a Chinese invasion of Taiwan.",
        ("Taiwan",),
        (),
    ),
    (
        "Warehouse blast",
        "Detectives found no links to Hezbollah, and said the owner had stored fireworks.",
        (),
        ("Hezbollah",),
    ),
    (
        "Fire at depot",
        "Officials ruled out terrorism after the fire at the fuel depot.",
        (),
        ("Terrorism",),
    ),
    (
        "Shooting suspect",
        "The family denied any role of the Taliban in the shooting.",
        (),
        ("Taliban",),
    ),
    (
        "Crash inquiry",
        "The crash was not related to Iran, investigators said on Friday.",
        (),
        ("Iran",),
    ),
    (
        "Reactors",
        "Unlike Belgium, the Netherlands kept its reactors running through the winter.",
        ("Netherlands",),
        ("Belgium",),
    ),
    (
        "Cyber attack",
        "There was no evidence of Russian involvement, the agency said.",
        (),
        ("Russia",),
    ),
    (
        "Stabbing",
        "Police said the stabbing was not an act of terrorism.",
        (),
        ("Terrorism",),
    ),
    (  # the denial is in its own clause: the other clause still names Hamas
        "Rocket fire",
        "Israel said Hamas fired the rockets, but Egypt found no links to Hezbollah.",
        ("Hamas", "Israel", "Egypt"),
        ("Hezbollah",),
    ),
    (  # a mention outside any negation keeps the topic
        "Hezbollah denies",
        "Hezbollah denied any role in the attack, while Israel blamed Hezbollah.",
        ("Hezbollah", "Israel"),
        (),
    ),
    (
        "Iran talks",
        "Iran did not attend the talks in Oman on Sunday.",
        ("Iran", "Oman"),
        (),
    ),
    ("Riots", "The ministry said Syria had no role in the riots.", (), ("Syria",)),
    ("Ambush", "Officials said the Taliban were not behind the ambush.", (), ("Taliban",)),
    ("Probe", "There was no Russian involvement, the report found.", (), ("Russia",)),
    ("Fire", "Police said there was no terrorist motive behind the fire.", (), ("Terrorism",)),
    ("Crash", "The crash was unrelated to Hezbollah, police said.", (), ("Hezbollah",)),
    ("Quotas", "Saudi Arabia had no plans to cut output, Kuwait said.", ("Saudi Arabia",), ()),
]


PERSONS_AND_CLUBS: list[Case] = [
    ("Trailer", "Orlando Bloom's new film opens next week.", (), ("Orlando",)),
    ("Obituary", "Milan Kundera died in Paris aged 94.", ("Paris",), ("Milan",)),
    ("Horror", "Jordan Peele's third horror film opens in October.", (), ("Jordan",)),
    ("Ligue 1", "Lyon sacked their coach after a poor start to the season.", (), ("Lyon",)),
    ("Exile", "Shakhtar Donetsk play their home games in Poland.", ("Poland",), ("Donetsk",)),
    ("A-League", "Perth Glory sacked their coach after the derby.", (), ("Perth",)),
    (
        "Premiere",
        "Sydney Sweeney and Chelsea Handler arrived at the premiere in a long limousine.",
        (),
        ("Sydney", "Australia"),
    ),
    (
        "Golf",
        "Jordan Spieth finished two shots clear on Sunday.",
        (),
        ("Jordan",),
    ),
    (
        "Basketball",
        "Former star Kevin Houston coached the youth side.",
        (),
        ("Houston", "Texas"),
    ),
    (
        "Derby",
        "Aston Villa drew with Liverpool 1-1 while Leeds United beat Bristol City.",
        (),
        ("Liverpool", "Bristol"),
    ),
    (
        "Champions League",
        "Real Madrid hosted Bayern Munich in the semifinal.",
        (),
        ("Madrid", "Munich"),
    ),
    (
        "Finals",
        "The Denver Nuggets beat the Phoenix Suns 112-104 in game five.",
        (),
        ("Denver", "Phoenix"),
    ),
    (
        "Comets beaten",
        "The Comets lost the league match to the Rockets on Saturday.",
        (),
        ("Astronomy and space",),
    ),
    (
        "Defence",
        "Defence minister Israel Katz said the Israel Defense Forces would stay.",
        ("Israel",),
        (),
    ),
    ("Ministers", "Israel Katz met Jordan Bardella in Paris.", ("France",), ("Jordan",)),
    (
        "Phones",
        "Samsung unveiled the Galaxy S24 smartphone.",
        ("Smartphones",),
        ("Astronomy and space",),
    ),
    ("Browser", "Perplexity launched its Comet browser.", (), ("Astronomy and space",)),
    ("Sky", "A bright comet will pass Earth in March.", ("Astronomy and space",), ()),
    (  # the city itself is still a city
        "Floods",
        "Floods closed roads in Houston and Dallas on Monday.",
        ("Houston", "Dallas", "Texas"),
        (),
    ),
    (
        "Jordan border",
        "King Abdullah said Jordan would reopen its border crossing.",
        ("Jordan",),
        (),
    ),
    (
        "Madrid summit",
        "Leaders met in Madrid to discuss migration.",
        ("Madrid", "Spain"),
        (),
    ),
]


IDIOMS_AND_PERIODS: list[Case] = [
    ("Vandals", "The Spanish Civil War memorial was vandalised.", (), ("Spain",)),
    ("Budget", "The chancellor is on a sticky wicket with the budget.", (), ("Cricket",)),
    ("Old age", "Doctors warned of a loneliness epidemic.", (), ("Pandemics",)),
    ("Streets", "An epidemic of knife crime has hit the city.", (), ("Pandemics",)),
    ("Merger", "The blockbuster deal values the drugmaker at $40bn.", (), ("Film",)),
    ("Fair play", "The minister said the decision was just not cricket.", (), ("Cricket",)),
    ("Curriculum", "Pupils read Greek myths this term.", (), ("Greece",)),
    ("Tribute", "Brazil legend Ronaldo opened a school in Sao Paulo.", ("Brazil",), ()),
    ("Snack", "She ate a box of Turkish delight on the train.", (), ("Turkey",)),
    ("Speech", "He needed some Dutch courage before the wedding speech.", (), ("Netherlands",)),
    ("Rumours", "The plan changed like Chinese whispers in the office.", (), ("China",)),
    ("Dinner", "They served French fries and a Greek salad.", (), ("France", "Greece")),
    ("Auction", "A Cold War-era bunker was sold to a Korean War veteran.", (), ("South Korea",)),
    ("Housing", "Victorian terraces line the street in Leeds.", ("Leeds",), ("Victoria",)),
    ("Relics", "A Soviet-era tractor stood in the yard.", (), ("Russia", "Soviet Union")),
    ("Quitting", "He quit smoking cold turkey last year.", (), ("Turkey",)),
    (  # the same words about the place itself still count
        "Trade",
        "French wine exports to China rose, and Turkish farmers sold more hazelnuts.",
        ("France", "China", "Turkey"),
        (),
    ),
    ("Vietnam veterans", "Vietnam signed a trade deal with Japan.", ("Vietnam", "Japan"), ()),
]


METONYMY: list[Case] = [
    ("Hotel sold", "The Trump Hotel in Chicago was sold to investors.", ("Donald Trump",), ()),
    ("Defence", "The Pentagon said the carrier would stay.", ("United States",), ()),
    ("Tariffs", "Ottawa replied that the duties were unfair.", ("Canada",), ()),
    ("Visas", "Canberra protested the decision.", ("Australia",), ()),
    ("Bill", "Holyrood voted for the bill.", ("Scotland", "United Kingdom"), ()),
    ("Sanctions", "The Kremlin rejected the proposal.", ("Russia",), ()),
    ("Brexit", "Downing Street said talks would go on.", ("United Kingdom",), ()),
    (
        "Vote",
        "MEPs in Strasbourg backed the new asylum rules.",
        ("European Parliament",),
        ("France",),
    ),
    (
        "Aid",
        "UN agencies in Geneva warned that aid to Sudan was running out.",
        ("United Nations", "Sudan"),
        ("Switzerland",),
    ),
    ("Market", "A Christmas market opened in Strasbourg.", ("France",), ()),
    (  # a seat licenses its institution's ambiguous name
        "Results",
        "Apple, based in Cupertino, reported record sales.",
        ("Apple Inc.",),
        (),
    ),
    ("Housing", "The city council of Cupertino approved new housing.", (), ("Apple Inc.",)),
    ("Tariffs reply", "Washington said the tariffs would stay.", ("United States",), ()),
    (
        "Ferries",
        "Ferries in Washington stopped as storms hit Seattle.",
        ("Washington (state)",),
        ("Washington, D.C.",),
    ),
    ("Lake", "Tourists crowded the lake shore in Geneva.", ("Switzerland",), ()),
]


GAZETTEER: list[Case] = [
    (
        "Storm",
        "A storm toppled trees in Athens, Georgia, overnight.",
        ("United States",),
        ("Greece", "Georgia"),
    ),
    ("Factory", "A factory closed in Lebanon, Ohio.", ("Ohio", "United States"), ("Lebanon",)),
    ("Strike", "Dock workers walked out in Athens.", ("Athens", "Greece"), ()),
    ("Metro", "A new metro line opened in Lagos.", ("Nigeria",), ()),
    ("Heat", "Temperatures hit 45C in Hyderabad.", ("India",), ("Pakistan",)),
    ("Floods", "Rain flooded Porto Alegre and its suburbs.", ("Brazil",), ()),
    ("Hurricane", "The hurricane struck Tampa, Florida.", ("Florida", "United States"), ()),
    ("Tornado", "A tornado hit Paris, Texas, on Monday.", ("Texas",), ("France",)),
    (
        "Campus",
        "Students in Athens and Atlanta marched on Tuesday.",
        ("Georgia (US state)", "United States"),
        ("Greece",),
    ),
    ("Protest", "Crowds gathered in Barcelona and Madrid.", ("Spain",), ()),
    ("Trams", "Trams stopped in Melbourne, Victoria.", ("Australia",), ()),
    ("Fans", "Fans filled the streets of Naples.", ("Italy",), ()),
]


CONTEXT: list[Case] = [
    (
        "idf strikes gaza",
        "The Israeli military said it hit targets in Gaza.",
        ("Israel Defense Forces",),
        (),
    ),
    ("Idf", "Idf is a small software firm in Ohio.", (), ("Israel Defense Forces",)),
    ("Georgian cuisine", "Georgian cuisine is having a moment in London.", ("Georgia",), ()),
    ("Harvest", "Georgian wine makers expect a record harvest.", ("Georgia",), ()),
    ("Economy", "The Georgian economy grew 7 percent, the central bank said.", ("Georgia",), ()),
    ("Language", "A school teaching the Georgian language opened in Batumi.", ("Georgia",), ()),
    ("Phosphate", "Jordanian exports of potash rose.", ("Jordan",), ()),
    ("Atlanta", "Georgia lawmakers in Atlanta passed the budget.", ("Georgia (US state)",), ()),
    ("Border", "Chad closed its border with Sudan.", ("Chad", "Sudan"), ()),
    ("Pipeline", "Georgia and Azerbaijan signed a pipeline deal.", ("Georgia",), ()),
    (
        "Architecture",
        "Georgian townhouses in Dublin sold quickly.",
        ("Ireland",),
        ("Georgia",),
    ),
    (
        "isis claims attack",
        "The jihadist militants claimed the bombing near Raqqa in Syria.",
        ("Islamic State",),
        (),
    ),
    ("Band reunion", "The post-metal band Isis played in Los Angeles.", (), ("Islamic State",)),
    (
        "nato summit ends",
        "Allied leaders met in Brussels; the alliance agreed on defence spending and Ukraine.",
        ("NATO",),
        (),
    ),
    (
        "isis florist",
        "The isis flower shop opened a second branch in town.",
        (),
        ("Islamic State",),
    ),
]


THEMES: list[Case] = [
    ("Video", "The firm unveiled an AI model that makes video.", ("Artificial intelligence",), ()),
    (
        "Detectives",
        "The police drama was renewed for a third series.",
        ("Television",),
        ("Police",),
    ),
    ("Host", "The quiz show host will retire.", ("Television",), ()),
    ("Scots vote", "Scotland will hold a second referendum on independence.", ("Referendums",), ()),
    ("Finale", "The drama series ends with a two-hour season finale.", ("Television",), ()),
    ("La Scala", "The opera premiere at La Scala drew a standing ovation.", ("Opera",), ()),
    ("Ashes", "England's bowlers took six wickets as the Test match resumed.", ("Cricket",), ()),
    ("Insulin", "The new rule caps prescription drug prices for insulin.", ("Drug pricing",), ()),
    ("Chips", "The tech firm opened a data centre in Ireland.", ("Technology",), ()),
    ("Cinema", "The film, directed by a newcomer, topped the box office.", ("Film",), ()),
    ("NHS", "Waiting lists at NHS hospitals grew again.", ("Health policy",), ()),
    ("Soap", "The soap opera was renewed for another year.", ("Television",), ("Opera",)),
    ("Packaging", "The plant makes plastic film for food packaging.", (), ("Film",)),
]


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), NEGATION)
def test_negation(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), PERSONS_AND_CLUBS)
def test_persons_and_clubs(
    title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), IDIOMS_AND_PERIODS)
def test_idioms_and_periods(
    title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), METONYMY)
def test_metonymy(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), GAZETTEER)
def test_gazetteer(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), CONTEXT)
def test_context(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check(title, body, tagged, absent)


@pytest.mark.parametrize(("title", "body", "tagged", "absent"), THEMES)
def test_themes(title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]) -> None:
    _check(title, body, tagged, absent)
