"""A fourteenth round of disambiguation cases, first part: negation and denial, "City,
State" and bare namesakes, demonyms licensed by what they qualify, and acronyms written in
lower case. The registers are wire copy, local news, business pages and hurried headlines:
fire and police statements, school boards and water notices, wine and property pages,
sloppy all-lower-case posts. Each row is a title, a body, topics that must be tagged and
topics that must not; about half the rows of each kind keep the obvious reading, so a rule
that discounts too much fails as surely as one that discounts too little."""

from __future__ import annotations

from tests.topics.sense_cases import Case, known_misses_test, table_tests

NEGATION: list[Case] = [
    (
        "Warehouse blaze",
        "Fire investigators found no links to al-Qaeda in the warehouse blaze in Marseille, "
        "the prefect said.",
        ("Marseille", "France"),
        ("Al-Qaeda",),
    ),
    (
        "Station stabbing",
        "Police in Manchester have ruled out terrorism after a man was stabbed at Piccadilly "
        "station on Friday night.",
        ("Manchester",),
        ("Terrorism",),
    ),
    (
        "Drones over the airport",
        "Norwegian police said there was nothing to suggest that Russia was behind the drone "
        "flights over Bergen airport.",
        ("Norway",),
        ("Russia",),
    ),
    (
        "Tanker hit",
        "The Houthis denied targeting the tanker in the Red Sea and said the ship had struck "
        "a mine.",
        ("Houthis", "Red Sea"),
        (),
    ),
    (
        "Blast near the capital",
        "Turkish officials denied any role of the PKK in the blast near Ankara, which they "
        "blamed on a leaking gas canister.",
        ("Ankara", "Turkey"),
        ("PKK",),
    ),
    (
        "Sinkhole on the high street",
        "Council engineers said the sinkhole on the high street was not related to last "
        "week's earthquake but to a burst water pipe.",
        (),
        ("Earthquakes",),
    ),
    (
        "Rates diverge",
        "Unlike Japan, South Korea has raised interest rates twice this year to cool house prices.",
        ("South Korea", "Interest rates"),
        ("Japan",),
    ),
    (
        "Troops for Haiti",
        "The prime minister said he had not ruled out sending police officers to Haiti to "
        "help restore order.",
        ("Haiti",),
        (),
    ),
    (
        "Gunman's pledge",
        "Prosecutors said the gunman had pledged allegiance to Islamic State and was not "
        "known to the security services.",
        ("Islamic State",),
        (),
    ),
    (
        "Synagogue shooting",
        "Investigators said there was no indication that Hezbollah was involved in the "
        "shooting outside a synagogue in Buenos Aires.",
        ("Buenos Aires", "Argentina"),
        ("Hezbollah",),
    ),
    (
        "Checkpoint attack",
        "No soldiers were killed when the Pakistani Taliban attacked a checkpoint near the "
        "Afghan border, Pakistan's army said.",
        ("Pakistani Taliban", "Pakistan"),
        (),
    ),
    (
        "Hospital strike denied",
        "Israel said it had not struck the hospital in Gaza and blamed a misfired rocket.",
        ("Israel", "Gaza"),
        (),
    ),
]

NAMESAKES: list[Case] = [
    (
        "Furniture plant fire",
        "Firefighters in Lebanon, Tennessee, spent the night battling a blaze at a furniture "
        "plant.",
        ("Tennessee",),
        ("Lebanon",),
    ),
    (
        "Parking plan approved",
        "The city council in Rome, Georgia, approved a new downtown parking plan on Monday.",
        ("Georgia (US state)",),
        ("Rome", "Italy", "Georgia"),
    ),
    (
        "New bridge over the Tay",
        "A new footbridge over the Tay in Perth, Scotland, will open to walkers in the spring.",
        ("Scotland",),
        ("Australia",),
    ),
    (
        "Shark sighting",
        "Perth's beaches were closed on Saturday after a shark was seen off Cottesloe.",
        ("Perth", "Australia"),
        (),
    ),
    (
        "Track meet",
        "Birmingham, Alabama, will host the regional high school track meet next May.",
        ("Alabama",),
        ("Birmingham", "England"),
    ),
    (
        "Trams suspended",
        "Manchester's trams were suspended for three hours after a power failure in the city "
        "centre.",
        ("Manchester", "United Kingdom"),
        (),
    ),
    (
        "Boil-water notice lifted",
        "A boil-water notice was lifted in London, Ontario, on Thursday after tests came "
        "back clean.",
        ("Ontario",),
        ("London", "United Kingdom"),
    ),
    (
        "Boats sunk in storm",
        "Fishermen in Alexandria said the storm sank three boats in the eastern harbour.",
        ("Alexandria", "Egypt"),
        ("Alexandria (Virginia)",),
    ),
    (
        "School start delayed",
        "The school board in Dublin, Ohio, voted to delay the start of classes by a week.",
        ("Ohio",),
        ("Dublin", "Ireland"),
    ),
    (
        "Rents rise again",
        "Rents in Dublin rose again in the third quarter, a property website said.",
        ("Dublin", "Ireland"),
        (),
    ),
    (
        "Launch scrubbed",
        "Crowds gathered on the beaches of Melbourne, Florida, but the rocket launch was "
        "scrubbed because of high winds.",
        ("Florida",),
        ("Melbourne", "Australia"),
    ),
    (
        "Curfew imposed",
        "Police imposed a curfew in parts of Kingston after a spate of shootings over the weekend.",
        ("Kingston", "Jamaica"),
        ("Kingston (Canada)",),
    ),
]

DEMONYMS: list[Case] = [
    (
        "Grape harvest",
        "Georgian winemakers expect a record grape harvest after a dry, warm summer.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Townhouse for sale",
        "The Georgian townhouse has five bedrooms, sash windows and a walled garden.",
        (),
        ("Georgia", "Georgia (US state)"),
    ),
    (
        "Growth figures",
        "The Jordanian economy grew 2.6% in the second quarter, helped by a rebound in tourism.",
        ("Jordan", "Economy"),
        (),
    ),
    (
        "Opening day",
        "Dominican players made up more than a tenth of Major League Baseball's opening-day "
        "rosters.",
        ("Dominican Republic", "Baseball"),
        (),
    ),
    (
        "Easter procession",
        "A Dominican friar will lead the Easter procession through the old town on Sunday.",
        (),
        ("Dominican Republic", "Dominica"),
    ),
    (
        "Bauxite boom",
        "Guinean bauxite exports hit a record as demand for aluminium rose.",
        ("Guinea",),
        ("Equatorial Guinea", "Guinea-Bissau"),
    ),
    (
        "Fighting near Goma",
        "Congolese troops clashed with M23 rebels in the hills north of Goma on Tuesday.",
        ("Democratic Republic of the Congo", "M23"),
        ("Republic of the Congo",),
    ),
    (
        "Best seller",
        "The bar's Irish coffee, with cream floated on top, is still its best seller.",
        (),
        ("Ireland",),
    ),
    (
        "Office rumours",
        "By Friday the story had spread through the office like Chinese whispers.",
        (),
        ("China",),
    ),
    (
        "Translation prize",
        "The novel has now been translated into Georgian and Armenian.",
        ("Georgia", "Armenia"),
        ("Georgia (US state)",),
    ),
    (
        "Rain delay",
        "Fans started a Mexican wave to keep warm during the rain delay.",
        (),
        ("Mexico",),
    ),
    (
        "Late warm spell",
        "An Indian summer brought temperatures of 27C to London at the end of September.",
        ("London",),
        ("India",),
    ),
]

CASE: list[Case] = [
    (
        "nato air defence",
        "nato defence ministers agreed in brussels to send more air defence systems to ukraine.",
        ("NATO", "Ukraine"),
        (),
    ),
    (
        "imf loan approved",
        "the imf board approved a $3bn loan to pakistan on friday.",
        ("IMF", "Pakistan"),
        (),
    ),
    (
        "measles warning",
        "who says measles cases in europe tripled last year and urged parents to vaccinate "
        "their children.",
        ("World Health Organization",),
        (),
    ),
    (
        "plot foiled",
        "fbi agents arrested a man in ohio accused of plotting to attack a power station.",
        ("FBI", "Ohio"),
        (),
    ),
    (
        "ev tariffs",
        "eu slaps extra tariffs on chinese electric cars after an anti-subsidy probe.",
        ("European Union", "China"),
        (),
    ),
    (
        "output cuts extended",
        "opec+ extends oil output cuts into next year, saudi energy minister says.",
        ("OPEC", "Saudi Arabia"),
        (),
    ),
    (
        "waiting lists",
        "nhs waiting lists fell for a third month in a row, new figures show.",
        ("Health policy",),
        (),
    ),
    (
        "car park charges",
        "who will pay for the new hospital car park? residents want answers from the health board.",
        (),
        ("World Health Organization",),
    ),
    (
        "Bill criticised",
        "Critics called the bill un-democratic and said it would be rushed through before the "
        "summer recess.",
        (),
        ("United Nations",),
    ),
    (
        "steel tariffs",
        "tell us how the new steel tariffs have hit your business.",
        (),
        ("United States",),
    ),
    (
        "farewell tour",
        "the who announce farewell tour, with a final show at wembley in july.",
        (),
        ("World Health Organization",),
    ),
    (
        "boat race training",
        "rowers were out early on the isis in oxford ahead of the boat race.",
        (),
        ("Islamic State",),
    ),
]

TABLES = {
    "negation": NEGATION,
    "namesakes": NAMESAKES,
    "demonyms": DEMONYMS,
    "case": CASE,
}
# Rows the rules still read wrongly, by title, with why; each must go on failing until a
# general rule reads it (strict), and then leave this list.
KNOWN_MISSES: dict[str, str] = {}
test_every_named_topic_exists, test_sense = table_tests(TABLES, KNOWN_MISSES)
test_every_known_miss_names_a_row = known_misses_test(TABLES, KNOWN_MISSES)
