"""The word tables and patterns the resolver reads around a mention: government verbs, what a
demonym qualifies, state abbreviations, the words of lists and places."""

from __future__ import annotations

import re

from alerts.topics.senses import DOMAIN_WORDS, word_set

PLACE_KINDS = frozenset(("region", "country", "subdivision", "city"))
NAMED_KINDS = frozenset(("city", "subdivision"))  # places a person may be named after
SMALLER_KINDS = frozenset(("country", "city"))  # places a county or a street is named after
COURTS = "Courts and justice"  # the theme above every court (see `acting_institution`)
# After a seat's name, the town's own bodies: the place, not its institution (see `local`).
LOCAL_BODIES = word_set(
    "district appeals municipal municipality city council mayor police regional local airport"
)
QUALIFIER_KINDS = frozenset(("country", "subdivision"))
# Between a qualifier and the place it qualifies, written first: "the Texas city of Paris".
TOWN_OF = re.compile(r" (?:city|town|village|suburb|port|community|county) of ")
LIST_GOES_ON = re.compile(r",? (?:and|or) ")
# After a place's name, the heads of a paper's, a club's or an exchange's name: "the New
# York Times", "New York Post", "New York Mets" (not "New York Governor", "New York Marathon").
NAME_GOES_ON = re.compile(r" ([A-Z][a-z]+)")
ORGANISATION_HEADS = word_set(
    "times post daily stock review magazine observer herald yankees mets knicks rangers "
    "giants jets islanders liberty philharmonic"
)
LIST_GAP = re.compile(r"\s+(?:(?:and|or)\s+)?")  # between two names of a list, folded
# A capitalised word and a comma right before a mention: a town it may qualify.
TOWN_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Z][a-z]+), $")
WORD = re.compile(r"\w+")
# After a list's "and": words that go on naming places ("and the wider Caucasus", "and
# others in the region", "and elsewhere in West Africa").
LIST_WORDS = word_set(
    "the a an other others elsewhere beyond its their parts neighbouring neighboring nearby "
    "several many some more most all across further wider much"
)
CAPITAL_PRIOR = 2.5e9
# A capital named as the one who speaks or acts stands for its government ("Washington said").
# Not the present "votes": a headline's "Georgia votes" is an electorate, a US state's as often.
GOVERNMENT_VERBS = word_set(
    "said says warned warns replied responded protested condemned urged announced accused "
    "rejected denied insisted agreed imposed retaliated summoned recalled demanded "
    "threatened welcomed signalled signaled vowed hit reached signed struck sealed pledged "
    "approved backed opposed vetoed criticised criticized slammed expelled ordered deployed "
    "confirmed blamed accused pressed told asked wants plans proposed suspended halted froze "
    "lifted eased extended offered sent resumed restored recognised recognized declined "
    "refused dismissed objected hailed praised sought seeks proposes insists rejects warns "
    "urges demands threatens denies accuses hits tightened tightens toughened loosened "
    "imposes expels summons protests condemns rebuffed snubbed scrapped revoked renewed "
    "unveiled launched issued lodged retorted countered admitted acknowledged conceded "
    "cautioned complained slapped slaps blacklisted banned bans blocked blocks barred "
    "curbed targeted designated voted passed adopted opened opens probed fined fines "
    "act acts acted attend attends attended boycott boycotts boycotted intervene intervened "
    "declared declares"
)
# A capital right after one of these is what the government acts on ("accused Washington").
OBJECT_VERBS = word_set(
    "accused warned urged told asked pressed blamed criticised criticized condemned "
    "summoned sanctioned"
)
# Between a capital and its verb: auxiliaries, adverbs and days ("Washington has warned",
# "Ottawa on Monday replied", "Turkey may not attend"); "and"/"or" join another subject
# ("Washington and Moscow agreed", "may or may not").
BEFORE_VERB = word_set(
    "has have had will would could should may might must is was not never also quickly "
    "swiftly later then again already reportedly publicly formally officially repeatedly "
    "immediately on monday tuesday wednesday thursday friday saturday sunday today yesterday "
    "tonight long previously recently now still"
)
# After a modal, the bare verb acts as the forms above do ("Washington will loosen the rules",
# "Ottawa may retaliate"); alone it is no more than a headline's noun ("Ottawa ban").
MODALS = word_set("will would could should may might must")
# What befalls a place, after a form of "be" ("Brussels was hit by heavy rain"): the town
# suffers it, where "Brussels hit Google with a fine" acts.
BEFALLS = word_set("hit struck")
BE_FORMS = word_set("is was were are been being")
BARE_VERBS = word_set(
    "say warn reply respond protest condemn urge announce reject deny insist agree impose "
    "retaliate summon recall demand threaten welcome sign approve back oppose veto expel "
    "order deploy confirm block ban bar curb lift ease loosen tighten extend offer send "
    "resume restore recognise recognize decline refuse suspend halt freeze propose sanction"
)
# These bare verbs are as much a town's ("Geneva will launch a new tram line", "Strasbourg
# will open its Christmas market"): after a modal they act for the seat's institution only
# with a policy's object or a product soon after ("Brussels will adopt new rules",
# "Cupertino will unveil its new phones"), and never in a sentence that names a town's own
# bodies or people ("the city council said", "tenants' groups say").
POLICY_BARE_VERBS = word_set(
    "stop end scrap drop rethink reconsider unveil launch issue open probe fine designate target "
    "adopt pass"
)
POLICY_OBJECTS = word_set(
    "sanctions rules rule regulation regulations tariffs tariff duties levy levies bill bills "
    "law laws ban bans directive directives measures embargo restrictions curbs controls "
    "legislation decree reforms reform policy policies probe investigation inquiry fines "
    "penalties visa visas treaty deal resolution talks reading group organisation "
    "organization phones phone iphone iphones ipad devices laptops chips products"
)
# A seat that sets rates is its central bank ("Frankfurt raised rates", "Frankfurt held
# rates at 2 per cent"), only as the verb's subject: not "In Frankfurt, yields rose" nor
# "Frankfurt-based Deutsche Bank raised rates on savings".
RATE_VERBS = word_set(
    "raise raises raised hold holds held hike hikes hiked cut cuts lower lowers lowered "
    "keep keeps kept leave leaves left"
)
RATE_OBJECTS = word_set("rates interest")
TOWN_WORDS = word_set(
    "city council councils councillor councillors mayor cantonal canton regional municipal "
    "municipality borough residents tenants neighbourhood neighborhood county state"
)
JOINERS = word_set("and or")
# A seat that grants another government time sets it a deadline, as only a government does
# ("Brussels gave Warsaw until March", "Moscow has given Kyiv a deadline"): the verb, then a
# deadline's word within three words (not "Vienna gave the orchestra a standing ovation").
GRANT_VERBS = word_set("gave gives given giving")
DEADLINE_WORDS = word_set("until till deadline ultimatum")
HOST_VERBS = word_set("host hosts hosted hosting")  # a seat that hosts is a place
# An envoy is sent to a government: a capital after one of these and "to" or "from" stands
# for it ("recalled its ambassador from Washington"), and so does one whose envoys these are
# ("Washington's envoy", "Tehran's negotiators"); an embassy or diplomats *in* a city are at
# the place ("protesters stormed the embassy in Brussels").
ENVOY_WORDS = word_set(
    "ambassador ambassadors envoy envoys emissary emissaries negotiator negotiators"
)
ENVOY_PREPOSITIONS = word_set("to from")
# What one government aims at another comes from its seat as its envoys do ("rejected
# criticism from Washington over the law", "pressure from Beijing"), when the seat ends its
# phrase: not "criticism from Washington fans".
PRESSURE_WORDS = word_set(
    "criticism criticisms pressure pressures rebuke rebukes condemnation demands demand "
    "ultimatum warnings warning threats threat objections"
)
PHRASE_ENDS = word_set(
    "over on about after and but that for to in as at which amid despite before against"
)
# What a government answers, owned by its seat, stands for it as its envoys do ("Washington's
# reply", "Moscow's response"); only a seat's: "Georgia's response to the storm" may be a
# US state's.
STANCE_NOUNS = word_set(
    "response responses reply replies retort riposte stance objection objections ultimatum"
)
# A name right after one of these is where something is, even in a text that names a person
# alike ("Austin Butler played a bar in Austin"): see `one_sense_per_text`.
LOCATIVES = word_set("in near outside inside across around throughout downtown")
# So is a name that ends a phrase naming part of a town ("the old town of Riga", "the streets
# of Lyon") or a locative with a part of town between ("in central Milan", "in old Tbilisi").
PLACE_PHRASE_BEFORE = re.compile(
    r"\b(?:(?:town|city|centre|center|heart|streets|outskirts|suburbs|quarter|port) of"
    r"|(?:in|across|around|through) (?:central|downtown|old|greater|northern|southern|"
    r"eastern|western|north|south|east|west))\s$"
)
# A capital right after one of these is where something happens, not who acts ("police in
# Athens said").
PLACE_PREPOSITIONS = word_set(
    "in at from to of near outside inside across for into through toward towards around "
    "over between via within"
)
KIND_PRIORS = {"region": 4e9, "country": 3e9, "subdivision": 2e9}
# The Associated Press's abbreviations of US states, as datelines write them after a city
# ("Athens, Ga."); postal codes ("Athens, GA") are read from `US_STATES`.
AP_STATES = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Kans.": "Kansas", "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland",
    "Mass.": "Massachusetts", "Mich.": "Michigan", "Minn.": "Minnesota",
    "Miss.": "Mississippi", "Mo.": "Missouri", "Mont.": "Montana", "Neb.": "Nebraska",
    "Nev.": "Nevada", "N.H.": "New Hampshire", "N.J.": "New Jersey", "N.M.": "New Mexico",
    "N.Y.": "New York", "N.C.": "North Carolina", "N.D.": "North Dakota",
    "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania", "R.I.": "Rhode Island",
    "S.C.": "South Carolina", "S.D.": "South Dakota", "Tenn.": "Tennessee", "Tex.": "Texas",
    "Vt.": "Vermont", "Va.": "Virginia", "Wash.": "Washington", "W.Va.": "West Virginia",
    "Wis.": "Wisconsin", "Wyo.": "Wyoming",
}  # fmt: skip
# Canadian Press abbreviations of Canada's provinces ("London, Ont.", "Victoria, B.C.").
CP_PROVINCES = {
    "Alta.": "Alberta", "B.C.": "British Columbia", "Man.": "Manitoba", "N.B.": "New Brunswick",
    "N.L.": "Newfoundland and Labrador", "Nfld.": "Newfoundland and Labrador",
    "N.S.": "Nova Scotia", "Ont.": "Ontario", "P.E.I.": "Prince Edward Island",
    "Que.": "Quebec", "Sask.": "Saskatchewan",
}  # fmt: skip
STATE_ABBREVIATION = re.compile(r" ((?:[A-Z]\.){2,3}|W\.Va\.|[A-Z][a-z]{1,4}\.|[A-Z]{2}\b)")
SENTENCE_BREAK = re.compile(r"[.!?;]\s")  # where a sentence or a clause of its own ends
US = frozenset(("United States",))  # the countries of a US state
ABBREVIATED_COUNTRIES = (US, frozenset(("Canada",)))
# The country whose first-level subdivisions are nations that field their own sides
# ("England beat India"): like a country's, their names read as a team still name them.
NATIONS_OF = frozenset(("United Kingdom",))
# The counties of Britain that follow a town's name as a US state follows one ("Boston,
# Lincolnshire", "Hythe, Hampshire"), which no topic names: the town is a place in the county,
# not its namesake elsewhere (see `_county_after`). Not those that name a bigger place too
# ("Durham", "Norfolk", "Kent", "Surrey", "Cleveland": cities elsewhere that are topics),
# nor "Down", an everyday word.
BRITISH_COUNTIES = (
    "Bedfordshire", "Berkshire", "Buckinghamshire", "Cambridgeshire", "Cheshire", "Cornwall",
    "Cumbria", "Derbyshire", "Devon", "Dorset", "East Sussex", "East Yorkshire", "Essex",
    "Gloucestershire", "Hampshire", "Herefordshire", "Hertfordshire", "Isle of Wight",
    "Lancashire", "Leicestershire", "Lincolnshire", "Merseyside", "North Yorkshire",
    "Northamptonshire", "Northumberland", "Nottinghamshire", "Oxfordshire", "Rutland",
    "Shropshire", "Somerset", "South Yorkshire", "Staffordshire", "Suffolk",
    "Tyne and Wear", "Warwickshire", "West Midlands", "West Sussex", "West Yorkshire",
    "Wiltshire", "Worcestershire", "Greater Manchester", "Aberdeenshire", "Ayrshire",
    "Fife", "Lanarkshire", "Perthshire", "Argyll", "Gwynedd", "Powys", "Pembrokeshire",
    "Carmarthenshire", "Ceredigion", "Denbighshire", "Flintshire", "Anglesey",
    "County Antrim", "County Armagh", "County Down", "County Fermanagh", "County Tyrone",
)  # fmt: skip
# A county after a town's name and a comma, that ends its phrase: not a list going on
# ("Ipswich, Suffolk and Norwich", "Truro, Cornwall, Exeter").
COUNTY_AFTER = re.compile(
    r" ("
    + "|".join(sorted(BRITISH_COUNTIES, key=len, reverse=True))
    + r")\b(?!,? (?:and|or) [A-Z]|, [A-Z]|[\w'\u2019-])"
)
# What an ambiguous demonym qualifies, one word apart at most, when it names the country
# ("Guinean bauxite exports", "Polish shipyards", "Indian spinners"): the economy, language,
# culture, geography and government words of `senses`, and industries, trades, sport and
# the people of a country.
DEMONYM_NOUNS = DOMAIN_WORDS + tuple(
    sorted(
        word_set(
            """shipyard shipyards mine mines miners mining port ports refinery refineries refiners
    airline airlines carrier steel steelmakers industry industries oil gas coal farms fishermen
    producers manufacturers carmakers lender lenders bonds stocks shares markets market
    players team side squad athletes footballers striker spinners bowlers batsmen cricketers
    boxer runners cyclists skiers swimmers coach workers nationals migrants students
    refugees voters diplomats embassy ambassador envoy delegation ministry navy coastguard
    singer band artists novelist composer director painter writer designer chef dishes
    dish recipes history heritage folk nationalists nationalism independence election
    elections economist central capital output production harvest crop crops bauxite cobalt
    copper gold diamonds cocoa coffee tea cotton rice wheat lithium uranium ore exporter
    national ballet opera orchestra theatre railway railways dream grandmaster champion
    champions wrestler wrestlers weightlifter judoka boxers cuisine shortstop shortstops
    pitchers outfielders catchers baseball rugby mineral water brandy beer vodka spirits
    honey fruit carpets rugs textiles garments wool cashmere fish fisheries script scripts
    dialect dialects speakers translation entry entrant contestant contestants songs singers
    singing polyphony pack forwards scrum fifteen fans supporters federation league clubs
    hydropower electricity energy pipeline wages pensions tourists peaks glaciers gorge
    cabinet prosecutors judges diplomat intelligence passport passports visa citizenship
    roots ancestry descent winger wingers midfielder defender goalkeeper prop flanker ski"""
        )
        - set(DOMAIN_WORDS)
    )
)
DEMONYM_NEXT = frozenset(DEMONYM_NOUNS)
# "eastern Turkey", "northern Niger": a part of a country, never of a bird or a river.
COMPASS_WORDS = word_set(
    "northern southern eastern western central northeastern northwestern southeastern southwestern"
)  # "north-eastern" is read by its last word
# What a country does besides governing ("Guinea held a referendum", "Chad exports oil").
COUNTRY_VERBS = word_set(
    "held holds hosted hosts exported exports imported imports produced produces borrowed "
    "defaulted devalued"
)
# What befalls or happens in a country, right before "in" and its name ("floods in Chad",
# "a coup in Niger", "fighting in Georgia"): a place, not a person called so.
HAPPENS_IN = word_set(
    "floods flooding drought famine hunger fighting clashes violence unrest coup protests "
    "elections election outbreak outbreaks epidemic cholera measles insurgency rebellion "
    "refugees displaced earthquake landslides heatwave"
)
# What only a nation has, and what only a state has, in one word or two: a name a country
# shares with a US state is the one whose kind owns it ("Georgia's ruling party",
# "Georgia's governor", "Georgia's Gov. Kemp"); not a word that a state's teams, voters or
# courts also use alone ("Georgia's defense", "Georgia's ruling on ballots").
OWNED_BY = (
    (
        "country",
        frozenset(
            (
                "parliament", "parliamentary", "president", "junta", "embassy", "embassies",
                "ambassador", "navy", "monarch", "patriarch", "prime minister",
                "ruling party", "ruling coalition", "foreign minister", "foreign ministry",
                "defence minister", "defence ministry", "defense minister", "defense ministry",
            )
        ),
    ),
    ("subdivision", frozenset(("governor", "gov", "legislature", "statehouse", "gubernatorial"))),
)  # fmt: skip
# The one or two words a possessive owns in the source, each no compound ("prime-time").
OWNED_WORDS = re.compile("['\u2019]" r"s\s+([^\W_]+)(?![\w-])(?:\s+([^\W_]+)(?![\w-]))?")
# "lessons in Polish", "translated into Polish", "speaks Polish": a language named after the
# words that take one, as the last word before the demonym.
LANGUAGE_BEFORE = word_set(
    "in into speak speaks spoke spoken speaking learn learns learning learnt learned teach "
    "teaches teaching taught fluent"
)
# "Turkish and Polish": a demonym paired with another one names a nation or its language.
PAIRED_DEMONYM_BEFORE = re.compile(r"([A-Z][a-z]+) (?:and|or) $")
# The word right before a demonym in the source, across a space or a hyphen ("Pan-African").
PREFIX_BEFORE = re.compile(r"([^\W\d_]+)[ -]+$")
# "Latin American", "North Korean": the demonym is part of another one.
DEMONYM_PREFIXES = word_set(
    "latin south north central east west african native asian anglo pan meso equatorial new"
)
