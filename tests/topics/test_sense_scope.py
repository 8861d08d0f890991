"""Disambiguation cases written fresh for each kind, beside `sense_cases` and
`test_places`: the scope of negation and hedging, "City, State" and bare namesakes,
demonyms and country names licensed by what they qualify, and the themes a story is about.
Each row is a title, a body, topics that must be tagged and topics that must not."""

from __future__ import annotations

import pytest

from alerts.topics.classifier import default_classifier
from alerts.topics.taxonomy import bundled_taxonomy

Case = tuple[str, str, tuple[str, ...], tuple[str, ...]]  # title, body, tagged, not tagged

US = "United States"

NEGATION_SCOPE: list[Case] = [
    (
        "Bank hack",
        "The bank said there was no sign that North Korea was involved in the breach.",
        (),
        ("North Korea",),
    ),
    (
        "Mine collapse",
        "Officials in Chile ruled out sabotage in the collapse of the copper mine.",
        ("Chile",),
        (),
    ),
    (
        "Ship seized",
        "Tehran denied any role in the seizure of the tanker off Oman, blaming pirates.",
        ("Oman", "Iran"),
        (),
    ),
    (
        "Protest leader freed",
        "A court cleared the activist of links to Hamas after a two-year trial.",
        (),
        ("Hamas",),
    ),
    (
        "Charges dropped",
        "Prosecutors dropped charges of financing Hezbollah against the Berlin shopkeeper.",
        ("Berlin",),
        ("Hezbollah",),
    ),
    (
        "Drone crash",
        "The army said the drone that crashed near Kyiv was not Russian-made.",
        ("Kyiv", "Ukraine"),
        ("Russia",),
    ),
    (
        "Talks uncertain",
        "It remains unclear whether Hamas will accept the ceasefire proposal.",
        ("Hamas",),
        (),
    ),
    (
        "Summit doubts",
        "Analysts doubt that Venezuela will attend the summit in Brasilia.",
        ("Venezuela", "Brazil"),
        (),
    ),
    (
        "Fire cause",
        "Firefighters said the blaze in Marseille was unrelated to the riots.",
        ("Marseille", "France"),
        (),
    ),
    (
        "Hospital cyberattack",
        "The hospital said the outage was caused by a software fault, not a cyberattack by China.",
        (),
        ("China",),
    ),
    (
        "Minister resigns",
        "The minister denied any involvement of the Rapid Support Forces in the port contracts.",
        (),
        ("Rapid Support Forces",),
    ),
    (
        "Election audit",
        "Auditors found no evidence of Russian interference in the Moldovan election.",
        ("Moldova", "Elections"),
        ("Russia",),
    ),
    (
        "Wagner presence",
        "The Malian government says Wagner Group fighters are still deployed near Timbuktu.",
        ("Wagner Group", "Mali"),
        (),
    ),
    (
        "Inflation outlook",
        "Unlike Turkey, Egypt has seen inflation slow for six straight months.",
        ("Egypt", "Inflation"),
        ("Turkey",),
    ),
    (
        "Attack claimed",
        "Islamic State claimed responsibility for the bombing in Kabul, denying reports it had split.",
        ("Islamic State", "Kabul"),
        (),
    ),
    (
        "Doping probe",
        "The federation said the athlete was cleared of doping and will race in Paris.",
        (),
        (),
    ),
    (
        "Uncertain visit",
        "It is not yet known whether the Pope will visit Argentina next year.",
        ("Argentina",),
        (),
    ),
    (
        "Crash probe",
        "Investigators said terrorism was not suspected in the train crash near Milan.",
        ("Milan", "Rail transport"),
        ("Terrorism",),
    ),
    (
        "Refinery fire",
        "The company said the refinery fire in Rotterdam had nothing to do with the Houthis.",
        ("Rotterdam",),
        ("Houthis",),
    ),
    (
        "Protest arrests",
        "A judge cleared three students of supporting Hamas at the rally.",
        (),
        ("Hamas",),
    ),
    (
        "Ceasefire talks",
        "It is not clear whether Hezbollah will agree to pull back from the border.",
        ("Hezbollah",),
        (),
    ),
    (
        "Pipeline leak",
        "Officials could not confirm whether Ukraine was behind the pipeline sabotage.",
        (),
        ("Ukraine",),
    ),
    (
        "Cyber breach",
        "The ministry said the leak was not the work of China, as first reported.",
        (),
        ("China",),
    ),
    (
        "Air crash",
        "Investigators ruled out a missile strike as the cause of the crash in Kazakhstan.",
        ("Kazakhstan",),
        (),
    ),
    (
        "Market slump",
        "Unlike Japan, South Korea's stock market closed higher on Friday.",
        ("South Korea",),
        ("Japan",),
    ),
    (
        "Stabbing",
        "Police said the attack in Hamburg was not linked to Islamic State.",
        ("Hamburg", "Germany"),
        ("Islamic State",),
    ),
    ("Arms shipment", "Turkey denied reports that it had sent drones to Sudan.", ("Turkey",), ()),
    (
        "Envoy visit",
        "It is uncertain whether the Taliban will send a delegation to the Doha meeting.",
        ("Taliban",),
        (),
    ),
    (
        "Kidnap case",
        "The court dropped charges that the Brazilian businessman had funded Hezbollah.",
        (),
        ("Hezbollah",),
    ),
    (
        "Drone sighting",
        "There is no indication that Russia was involved, Danish police said.",
        ("Denmark",),
        ("Russia",),
    ),
    (
        "Election interference",
        "The election commission said it had found no evidence of Iranian meddling.",
        ("Elections",),
        ("Iran",),
    ),
    (
        "Trade pact",
        "Mexico, rather than Canada, will host the next round of trade talks.",
        ("Mexico", "Trade"),
        ("Canada",),
    ),
    (
        "Factory blaze",
        "Fire officials found no links between the factory blaze and Hezbollah.",
        (),
        ("Hezbollah",),
    ),
    (
        "Hacking",
        "Microsoft said the intrusion was not related to North Korea.",
        (),
        ("North Korea",),
    ),
    (
        "Acquittal",
        "The former mayor was cleared of corruption charges by a court in Seoul.",
        ("Seoul", "South Korea"),
        ("Corruption",),
    ),
    (
        "Militia",
        "Baghdad denied any role of the Popular Mobilization Forces in the drone attack.",
        ("Iraq",),
        ("Popular Mobilization Forces",),
    ),
    (
        "Oil prices",
        "Unlike Saudi Arabia, Iraq plans to raise oil output next month.",
        ("Iraq", "Oil"),
        ("Saudi Arabia",),
    ),
    (
        "Terror case",
        "Prosecutors dropped charges that the teenager had plotted attacks for Islamic State.",
        (),
        ("Islamic State",),
    ),
    (
        "Gas blast",
        "Police ruled out terrorism after the explosion at a block of flats in Lyon.",
        ("Lyon", "France"),
        ("Terrorism",),
    ),
    (
        "Peace talks",
        "It is still unclear whether Russia and Ukraine will meet in Istanbul next week.",
        ("Russia", "Ukraine"),
        (),
    ),
    (
        "Ship attack",
        "It was not immediately clear whether the Houthis were responsible for the attack.",
        (),
        ("Houthis",),
    ),
    (
        "Migration deal",
        "Italy, unlike Spain, has refused to take in the rescued migrants.",
        ("Italy", "Immigration"),
        ("Spain",),
    ),
    (
        "Army statement",
        "The army dismissed rumours of a coup in Bolivia as fake news.",
        ("Bolivia",),
        ("Coups",),
    ),
    (
        "Embassy",
        "Officials said the protest at the embassy in Nairobi was unrelated to Kenya's election.",
        ("Nairobi", "Kenya"),
        (),
    ),
]

QUALIFIED_CITIES: list[Case] = [
    (
        "Plant closes",
        "A poultry plant in Athens, Georgia, will cut 300 jobs, the company said.",
        ("Georgia (US state)", US),
        ("Greece", "Georgia"),
    ),
    (
        "Flood warning",
        "Forecasters warned of flash floods in Lebanon, Tennessee, on Friday.",
        ("Tennessee",),
        ("Lebanon",),
    ),
    (
        "Mayor elected",
        "Voters in Paris, Texas, picked a new mayor on Saturday.",
        ("Texas",),
        ("France", "Paris"),
    ),
    (
        "Steel mill",
        "The steel mill in Sydney, Nova Scotia, is set to be demolished.",
        ("Nova Scotia", "Canada"),
        ("Sydney", "Australia"),
    ),
    (
        "Civil rights museum",
        "The civil rights institute in Birmingham, Alabama, reopened after renovations.",
        ("Alabama",),
        ("England", "United Kingdom"),
    ),
    (
        "Bridge reopens",
        "A bridge in Moscow, Idaho, reopened after a month of repairs.",
        ("Idaho",),
        ("Russia", "Moscow"),
    ),
    (
        "Opera house",
        "The new opera house in Sydney's harbour drew record crowds.",
        ("Sydney", "Australia"),
        ("Nova Scotia",),
    ),
    (
        "Warehouse fire",
        "A fire destroyed a warehouse in Birmingham on Tuesday, West Midlands police said.",
        ("Birmingham", "United Kingdom"),
        ("Alabama",),
    ),
    (
        "Heat record",
        "Temperatures in Athens reached 44C as Greece battled wildfires.",
        ("Athens", "Greece"),
        ("Georgia (US state)",),
    ),
    (
        "Traffic",
        "Commuters in Paris faced strikes on the metro for a third day.",
        ("Paris", "France"),
        ("Texas",),
    ),
    (
        "School board",
        "The school board in Toledo, Ohio, approved a new budget.",
        ("Ohio",),
        ("Spain",),
    ),
    (
        "Festival",
        "A jazz festival in Perth, Scotland, drew 10,000 visitors.",
        ("Scotland",),
        ("Australia",),
    ),
    (
        "Tech jobs",
        "The chipmaker will open an office in Cambridge, Massachusetts.",
        ("Massachusetts", US),
        ("England",),
    ),
    (
        "Factory",
        "A car parts factory opened in London, Ontario, creating 400 jobs.",
        ("Ontario", "Canada"),
        ("United Kingdom",),
    ),
    (
        "College",
        "A college in Melbourne, Florida, expanded its aerospace program.",
        ("Florida", US),
        ("Australia",),
    ),
    ("Port", "Dockworkers in Portland, Maine, ended a week-long strike.", ("Maine",), ("Oregon",)),
    (
        "Storm",
        "A storm knocked out power across Syracuse, New York, overnight.",
        ("New York (state)",),
        ("Italy",),
    ),
    (
        "Mall",
        "A shooting at a mall in Dublin, Ohio, left two people injured.",
        ("Ohio",),
        ("Ireland",),
    ),
    (
        "Shooting",
        "Two people were shot outside a bar in Columbus, Georgia, early on Sunday.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    (
        "Layoffs",
        "A paper mill in Berlin, New Hampshire, will lay off 200 workers.",
        ("New Hampshire",),
        ("Berlin", "Germany"),
    ),
    (
        "Tornado",
        "A tornado touched down near Dublin, Georgia, damaging several homes.",
        ("Georgia (US state)",),
        ("Ireland", "Dublin"),
    ),
    (
        "Casino",
        "A new casino opened in Vienna, Virginia, last week.",
        ("Virginia",),
        ("Austria", "Vienna"),
    ),
    (
        "Concert",
        "The orchestra played to a packed hall in Vienna on Saturday.",
        ("Vienna", "Austria"),
        ("Virginia",),
    ),
    ("Fire", "A fire gutted a historic church in Dublin city centre.", ("Dublin", "Ireland"), ()),
    (
        "Plant",
        "The carmaker will build a battery plant near Athens, Tennessee.",
        ("Tennessee",),
        ("Greece",),
    ),
    (
        "Harbour",
        "Ferries resumed service between Sydney and Manly after the storm.",
        ("Sydney", "Australia"),
        (),
    ),
    (
        "Floods",
        "Flooding closed roads in Manchester, New Hampshire, on Monday.",
        ("New Hampshire",),
        ("United Kingdom", "England"),
    ),
    (
        "Transit",
        "Manchester's tram network will expand to the airport, the mayor said.",
        ("Manchester", "United Kingdom"),
        ("New Hampshire",),
    ),
    (
        "Hospital",
        "Nurses at a hospital in Alexandria, Virginia, voted to unionise.",
        ("Virginia",),
        ("Egypt",),
    ),
    (
        "Tourism",
        "Hotels in Alexandria were fully booked as Egyptians flocked to the coast.",
        ("Egypt",),
        ("Virginia",),
    ),
    (
        "Shooting",
        "Police in Rome, Georgia, arrested a man after a shooting at a gas station.",
        ("Georgia (US state)",),
        ("Italy", "Rome"),
    ),
    (
        "Ferry",
        "Ferry service from Sydney, Nova Scotia, to Newfoundland was cancelled.",
        ("Nova Scotia",),
        ("Australia",),
    ),
    ("Refinery", "A refinery in Odessa, Texas, reported a leak.", ("Texas",), ("Ukraine",)),
    (
        "Hurricane",
        "Residents of Naples, Florida, cleaned up after the hurricane.",
        ("Florida",),
        ("Italy",),
    ),
    (
        "Mill",
        "A textile mill in Florence, Alabama, closed after 80 years.",
        ("Alabama",),
        ("Italy",),
    ),
    (
        "Port strike",
        "Dockworkers in Hamburg began a 48-hour walkout over pay.",
        ("Hamburg", "Germany", "Labour unions"),
        (),
    ),
    (
        "Heat",
        "A heatwave in Athens forced the Acropolis to close at noon.",
        ("Athens", "Greece"),
        ("Georgia (US state)",),
    ),
    (
        "Barbecue",
        "Athens, Ga., hosted a barbecue festival on Saturday.",
        ("Georgia (US state)",),
        ("Greece",),
    ),
    (
        "Rally",
        "Thousands rallied in Paris against the pension reform.",
        ("Paris", "France"),
        ("Texas",),
    ),
    (
        "University",
        "A university in Birmingham, Ala., won a grant for cancer research.",
        ("Alabama",),
        ("United Kingdom",),
    ),
    (
        "Election",
        "Voters in Lebanon, Pennsylvania, approved a school levy.",
        ("Pennsylvania",),
        ("Lebanon",),
    ),
    ("Crash", "A bus crashed in Lebanon's Bekaa Valley, killing four.", ("Lebanon",), ("Ohio",)),
]

DEMONYM_CONTEXT: list[Case] = [
    (
        "Wine exports",
        "Georgian wine exports rose 12% as Tbilisi found new markets.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Restoration",
        "The Georgian terraces in Bath are being restored by a local trust.",
        (),
        ("Georgia",),
    ),
    (
        "Economy",
        "The Jordanian economy grew 2.6% last year, the central bank said.",
        ("Jordan",),
        (),
    ),
    (
        "Refugees",
        "Jordanian authorities said 20,000 Syrians had crossed the border.",
        ("Jordan", "Syria"),
        (),
    ),
    ("Lake", "The Chadian army said fighters had attacked an island on Lake Chad.", ("Chad",), ()),
    (
        "Uranium",
        "Niger's junta suspended the uranium export licence of the French company.",
        ("Niger",),
        (),
    ),
    (
        "Bauxite",
        "Guinean bauxite shipments to China hit a record in March.",
        ("Guinea", "China"),
        ("Equatorial Guinea", "Guinea-Bissau"),
    ),
    (
        "Language",
        "Georgian language classes were added to the school curriculum in Kutaisi.",
        ("Georgia",),
        (),
    ),
    (
        "Mansion",
        "A Georgian mansion in Dublin sold for 4 million euros.",
        ("Ireland",),
        ("Georgia",),
    ),
    ("Film", "A Georgian film won the top prize at the Berlin festival.", ("Georgia", "Film"), ()),
    ("Novelist", "The Jordanian novelist won the Arabic fiction prize.", ("Jordan", "Books"), ()),
    ("Oil", "Chadian oil output fell as a pipeline to Cameroon was repaired.", ("Chad", "Oil"), ()),
    (
        "Cuisine",
        "Georgian cuisine has become popular in Moscow restaurants.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
    (
        "Squares",
        "Georgian squares in Edinburgh's New Town attract tourists.",
        ("Edinburgh",),
        ("Georgia",),
    ),
    (
        "Gold",
        "Nigerien gold miners were trapped after a collapse near the border with Burkina Faso.",
        ("Niger",),
        (),
    ),
    ("Currency", "The Guinean franc slid against the dollar after the election.", ("Guinea",), ()),
    (
        "Georgia senate",
        "Georgia voters will decide a Senate runoff in Atlanta next month.",
        ("Georgia (US state)",),
        ("Georgia",),
    ),
    ("Harvest", "Chadian cotton farmers expect a smaller harvest after the floods.", ("Chad",), ()),
    (
        "Border",
        "Jordan's army said it shot down a drone carrying drugs from Syria.",
        ("Jordan", "Syria"),
        (),
    ),
    (
        "Protests",
        "Thousands marched in central Georgia's capital, Tbilisi, against the bill.",
        ("Georgia",),
        (),
    ),
    ("Decor", "The couple restored a Georgian farmhouse in the Cotswolds.", (), ("Georgia",)),
    (
        "Junta",
        "Guinea's junta leader promised elections by the end of the year.",
        ("Guinea",),
        ("Equatorial Guinea",),
    ),
    (
        "River",
        "Fishermen on the Niger river in Mali report falling catches.",
        ("Mali",),
        ("Niger",),
    ),
    ("Football", "The Georgian striker scored twice for Napoli.", (), ("Georgia (US state)",)),
    ("Drought", "Drought in southern Chad has forced thousands to move.", ("Chad", "Drought"), ()),
    ("Migrants", "Nigerien authorities intercepted 300 migrants heading north.", ("Niger",), ()),
    ("Economy", "Turkey's central bank raised rates to 50%.", ("Turkey",), ()),
    ("Holiday", "Families ordered turkey for Thanksgiving despite higher prices.", (), ("Turkey",)),
    ("Mining", "Guinean officials signed a deal for the Simandou iron ore mine.", ("Guinea",), ()),
    (
        "Tea",
        "Georgian tea growers are reviving Soviet-era plantations near Batumi.",
        ("Georgia",),
        (),
    ),
    ("Dance", "The Georgian national ballet toured Japan.", ("Georgia",), ()),
    ("Bank", "Jordan's central bank kept interest rates unchanged.", ("Jordan",), ()),
    ("Basketball", "Michael Jordan's sneakers sold at auction for $2 million.", (), ("Jordan",)),
    (
        "Troops",
        "Chad's army said it killed 40 Boko Haram fighters near the lake.",
        ("Chad", "Boko Haram"),
        (),
    ),
    (
        "Uranium",
        "France stopped buying uranium from northern Niger after the coup.",
        ("Niger", "France"),
        (),
    ),
    ("Novel", "A Georgian novel set in Bath was adapted for the stage.", (), ("Georgia",)),
    ("Elections", "Guinean voters approved a new constitution.", ("Guinea",), ()),
    ("Dinner", "The chef served roast turkey with cranberry sauce.", (), ("Turkey",)),
    (
        "Power",
        "Turkey's energy ministry signed a gas deal with Azerbaijan.",
        ("Turkey", "Azerbaijan"),
        (),
    ),
    ("Language", "Jordanian Arabic dialects are studied at the university.", ("Jordan",), ()),
    (
        "Coast",
        "Storms hit the Georgian coast along the Black Sea.",
        ("Georgia",),
        ("Georgia (US state)",),
    ),
]

STORY_THEMES: list[Case] = [
    (
        "Cricket",
        "England collapsed on the first day of the first test against India in Chennai.",
        ("Cricket",),
        (),
    ),
    (
        "Vote",
        "Swiss voters rejected a referendum on lowering the voting age.",
        ("Referendums", "Switzerland"),
        (),
    ),
    (
        "Poll",
        "Polls opened in Senegal's presidential election on Sunday.",
        ("Elections", "Senegal"),
        (),
    ),
    (
        "Series",
        "The streaming service renewed the crime drama series for a third season.",
        ("Television",),
        (),
    ),
    ("Premiere", "The opera premiered at La Scala in Milan to a standing ovation.", ("Opera",), ()),
    (
        "Drug prices",
        "A new rule caps the price Medicare pays for insulin and other drugs.",
        ("Drug pricing",),
        (),
    ),
    ("Cannes", "The Cannes film festival opened with a French comedy.", ("Film",), ()),
    (
        "Walkout",
        "Nurses in New Zealand went on strike over pay on Thursday.",
        ("Labour unions", "New Zealand"),
        (),
    ),
    (
        "Quake",
        "A magnitude 6.1 earthquake shook eastern Turkey, damaging buildings.",
        ("Earthquakes", "Turkey"),
        (),
    ),
    (
        "Trial results",
        "A malaria vaccine trial in Kenya showed 77% efficacy.",
        ("Vaccines", "Kenya"),
        (),
    ),
    (
        "Ashes",
        "Australia won the toss and chose to bat at Lord's in the second test.",
        ("Cricket",),
        (),
    ),
    ("Box office", "The animated movie topped the box office for a second weekend.", ("Film",), ()),
    (
        "Polls",
        "Voters in Bavaria go to the polls in state elections on Sunday.",
        ("Elections",),
        (),
    ),
    ("Tremor", "A strong tremor rattled Lima but no damage was reported.", ("Earthquakes",), ()),
    (
        "Dock strike",
        "Dockworkers at Rotterdam walked out, halting container traffic.",
        ("Labour unions",),
        (),
    ),
    ("Festival", "The Venice film festival unveiled its lineup of 21 films.", ("Film",), ()),
    ("Sitcom", "The sitcom's final episode drew 12 million viewers.", ("Television",), ()),
    (
        "Shot",
        "Regulators approved a booster shot for older adults after a phase 3 trial.",
        ("Vaccines",),
        (),
    ),
    ("T20", "Pakistan beat New Zealand by six wickets in the T20 series opener.", ("Cricket",), ()),
    (
        "Cricket",
        "India were 120 for three at lunch on day two of the first test in Perth.",
        ("Cricket",),
        (),
    ),
    (
        "cricket",
        "australia bowled out for 180 on the opening day of the second test",
        ("Cricket",),
        (),
    ),
    ("Exam", "Students sat the first test of the new national exam on Monday.", (), ("Cricket",)),
    (
        "Vote",
        "Scotland could hold a second independence referendum, the first minister said.",
        ("Referendums",),
        (),
    ),
    ("Vote", "Italians voted in a referendum on citizenship rules.", ("Referendums", "Italy"), ()),
    (
        "Ballot",
        "Voters in Ghana chose a new president in a tight election.",
        ("Elections", "Ghana"),
        (),
    ),
    (
        "Drama",
        "The BBC commissioned a six-part drama about the miners' strike.",
        ("Television",),
        (),
    ),
    ("Opera", "The Met opened its season with a new production of Verdi's Otello.", ("Opera",), ()),
    ("Insulin", "Drugmakers agreed to cap insulin prices at $35 a month.", ("Drug pricing",), ()),
    (
        "Berlinale",
        "The Berlin film festival awarded its Golden Bear to a Senegalese director.",
        ("Film",),
        (),
    ),
    (
        "Strike",
        "Airport security staff in Germany went on a 24-hour strike over pay.",
        ("Labour unions",),
        (),
    ),
    ("Quake", "The quake, measured at magnitude 5.8, was felt in Tehran.", ("Earthquakes",), ()),
    (
        "Vaccine",
        "The company began a phase 2 trial of its RSV vaccine in older adults.",
        ("Vaccines",),
        (),
    ),
    ("Airstrike", "An Israeli strike on a school killed 12 people.", (), ("Labour unions",)),
    ("Festival", "The Sundance festival premiered 80 feature films this year.", ("Film",), ()),
    (
        "Series",
        "The second season of the Emmy-winning series starts filming in May.",
        ("Television",),
        (),
    ),
    (
        "Ashes",
        "England were bowled out before tea on day three of the third test at Headingley.",
        ("Cricket",),
        (),
    ),
    (
        "Cricket",
        "pakistan lost the first test by an innings against south africa",
        ("Cricket",),
        (),
    ),
    ("Driving", "She passed her driving test at the first attempt.", (), ("Cricket",)),
    (
        "Nuclear test",
        "North Korea carried out its first test of a new missile.",
        ("North Korea",),
        ("Cricket",),
    ),
    (
        "Referendum",
        "Irish voters rejected two constitutional amendments on family and care.",
        ("Referendums",),
        (),
    ),
    (
        "Election",
        "The ruling party won a majority in the parliamentary election in Japan.",
        ("Elections", "Japan"),
        (),
    ),
    ("Netflix", "Netflix cancelled the fantasy series after two seasons.", ("Television",), ()),
    ("Opera", "The soprano sang Tosca at the Royal Opera House.", ("Opera",), ()),
    (
        "Drug prices",
        "The government will negotiate prices for ten costly medicines with drugmakers.",
        ("Drug pricing",),
        (),
    ),
    (
        "Toronto",
        "The Toronto International Film Festival opened with a documentary.",
        ("Film",),
        (),
    ),
    ("Rail strike", "Train drivers in Britain staged a walkout on Friday.", ("Labour unions",), ()),
    (
        "Quake",
        "An earthquake of magnitude 7.0 struck off the coast of Japan.",
        ("Earthquakes", "Japan"),
        (),
    ),
    ("Malaria", "A vaccine trial in Burkina Faso enrolled 4,800 children.", ("Vaccines",), ()),
    (
        "Strike deal",
        "The union accepted a pay offer, ending a three-month strike.",
        ("Labour unions",),
        (),
    ),
    (
        "Military strike",
        "The strike destroyed an ammunition depot near the front line.",
        (),
        ("Labour unions",),
    ),
    ("Musical", "The musical opened on Broadway to rave reviews.", ("Theatre",), ()),
]

TABLES = {
    "negation": NEGATION_SCOPE,
    "qualified": QUALIFIED_CITIES,
    "demonyms": DEMONYM_CONTEXT,
    "themes": STORY_THEMES,
}
ROWS = [(kind, *row) for kind, table in TABLES.items() for row in table]


@pytest.mark.parametrize("kind", sorted(TABLES))
def test_every_named_topic_exists(kind: str) -> None:
    """A row that names an unknown topic could never fail."""
    taxonomy = bundled_taxonomy()
    unknown = {t for *_, tagged, absent in TABLES[kind] for t in (*tagged, *absent)}
    assert not {t for t in unknown if t not in taxonomy}


@pytest.mark.parametrize(("kind", "title", "body", "tagged", "absent"), ROWS)
def test_sense(
    kind: str, title: str, body: str, tagged: tuple[str, ...], absent: tuple[str, ...]
) -> None:
    found = {m.name for m in default_classifier().classify(title, body)}
    missing = [t for t in tagged if t not in found]
    wrong = [t for t in absent if t in found]
    assert not missing and not wrong, f"{kind}: missing {missing}, wrongly tagged {wrong}: {found}"
