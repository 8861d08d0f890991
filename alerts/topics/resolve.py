"""Which topic each mention of a taxonomy alias is evidence for, decided before any topic's
rule is evaluated. The rules, in the order they apply to the matcher's hits:

1. Senses (see `senses`): a mention in a negated clause, an idiom, a period, a person's or a
   club's name is discounted for every topic it names, and so is a country's or a city's
   name that heads a county's or a street's ("Lebanon County", "Cuba Street"); a theme's
   word the headline uses and the body uses only to deny it is discounted in the headline
   too ("Measles scare": "did not have measles after all").
2. Metonymy: a place listed as a `metonym` of an institution ("Strasbourg" for the European
   Parliament) stands for that institution when the institution's context occurs in the text,
   or when the place acts as a government does ("Brussels has proposed", see rule 5): the
   seat speaks for what sits there, not for its host country. Several institutions may share
   a seat ("The Hague": both courts); each needs its own context, and one that acts goes to
   the first listed that is no court: courts rule, they do not say or warn, so "The Hague
   said" is the Dutch government; a national capital that acts is its own government
   ("Vienna summoned"), unless a union of its region sits there ("Brussels fined"). A seat
   followed by its town's own bodies ("The Hague district court", "Geneva police") is the
   place, and so is one that hosts ("Vienna hosted the talks"). The place itself (and so its
   country) is then discounted at that mention.
3. Demonyms: an ambiguous demonym, capitalised, names its most prominent country when what
   it qualifies, one word apart at most, is an economy, language, culture, geography,
   government, industry, sport or people word ("Guinean bauxite exports", "Polish
   shipyards"), or after the words that take a language ("lessons in Polish") or paired
   with another demonym ("Turkish and Polish"); not inside another demonym ("Latin
   American"). An ambiguous country name that no other place claims names it alike by what
   it owns, a compass word before it or what its government does ("Niger's junta",
   "eastern Turkey", "Turkey denied"). A name a country shares with a US state is the one
   whose kind owns what follows it ("Georgia's ruling party" is the country, "Georgia's
   governor" the state). Either is the country in a list beside a country named plainly
   ("Jordan and Egypt", "Ukraine, Georgia and Moldova"): a list names peers.
4. Qualifiers: "Athens, Georgia" or "Lebanon, Ohio": a place name followed by a comma and a
   subdivision or country (that ends no list of places), or after one and "city of" ("the
   Texas city of Paris"), is read as the namesake under that subdivision or country; when
   the taxonomy has none, the mention is discounted ("a place in Ohio") and the qualifier
   stands, read as a subdivision before a country ("Rome, Georgia"). A namesake in another
   state is no candidate ("Portland, Maine"). A US state's AP or postal abbreviation
   qualifies alike ("Athens, Ga.", "Paris, TX"), and so does a Canadian province's
   ("London, Ont."), and so does a British county, which no topic names: "Boston,
   Lincolnshire" is a town there (its British namesake, if any: "Portsmouth, Hampshire"),
   not the US city. A name that a subdivision shares with a country or a city, after a
   town the taxonomy does not have, is the subdivision ("Valdosta, Georgia", "Ithaca, New
   York"), unless the text holds another claimant's context.
5. Namesakes: a name claimed by several places (Athens in Greece and in Georgia, Georgia the
   country and the US state) goes to one of those whose rule could hold (an unambiguous
   alias, or an ambiguous one with its context present): the one with most of its ancestors
   among the other places of the text (or above the places teams are named after: "Georgia
   beat Alabama in Athens"), then the more prominent one (countries and regions, then
   subdivisions, then cities by population); the most prominent name is read first, and
   its reading places the names read after it ("Richmond and Vancouver": Vancouver is in
   Canada, so Richmond is too). A capital that acts is its government:
   followed by a government verb, maybe after auxiliaries or a subject joined by "and"
   ("Washington and Moscow agreed", "Beijing has warned"), or by its bare form after a
   modal ("Washington will loosen"), or granting a deadline ("Brussels gave Warsaw until
   March"), and after no preposition, or
   named where an envoy goes ("recalled its ambassador from Washington"). A city whose
   country has a smaller town of its name in a subdivision the text names, while it names
   none of the city's own, is that town: "Portland" beside "Maine" is not in Oregon.

The result says, per mention, why it was discounted, and per topic which mentions it lost
to a namesake, so `alerts topics explain` can show both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import pairwise

from alerts.topics.folding import FoldedText
from alerts.topics.gazetteer import US_STATES
from alerts.topics.matcher import Occurrence
from alerts.topics.senses import (
    DEMONYM_ENDINGS,
    DOMAIN_WORDS,
    LOCALITY_HEADS,
    MentionReader,
    attributive,
    car_model,
    everyday_words,
    is_demonym,
    is_title_case,
    lowercase_name,
    name_beside_place,
    next_word,
    smaller_place,
    word_set,
)

PLACE_KINDS = frozenset(("region", "country", "subdivision", "city"))
NAMED_KINDS = frozenset(("city", "subdivision"))  # places a person may be named after
SMALLER_KINDS = frozenset(("country", "city"))  # places a county or a street is named after
COURTS = "Courts and justice"  # the theme above every court (see `_acting_institution`)
# After a seat's name, the town's own bodies: the place, not its institution (see `_local`).
LOCAL_BODIES = word_set(
    "district appeals municipal municipality city council mayor police regional local airport"
)
QUALIFIER_KINDS = frozenset(("country", "subdivision"))
# Between a qualifier and the place it qualifies, written first: "the Texas city of Paris".
TOWN_OF = re.compile(r" (?:city|town|village|suburb|port|community|county) of ")
_LIST_GOES_ON = re.compile(r",? (?:and|or) ")
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
_WORD = re.compile(r"\w+")
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
# alike ("Austin Butler played a bar in Austin"): see `_one_sense_per_text`.
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
_DEMONYM_NEXT = frozenset(DEMONYM_NOUNS)
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


@dataclass(frozen=True)
class Claimant:
    """A topic that claims an alias: enough of it to choose among namesakes."""

    topic: int
    name: str
    kind: str
    prior: float
    lineage: frozenset[str]
    countries: frozenset[str]  # the countries it is in (itself, for a country)
    homes: frozenset[str]  # the countries and subdivisions above it
    always: bool  # the alias is unambiguous for this topic
    capital: bool  # a country's capital (see GOVERNMENT_VERBS)
    context: frozenset[int]  # pattern ids that license its ambiguous aliases
    towns: frozenset[str] = frozenset()  # other subdivisions with a town of its name


@dataclass
class Resolution:
    """Per text: mentions discounted for every topic, and mentions a topic lost."""

    discounted: dict[Occurrence, str] = field(default_factory=dict)
    lost: dict[int, dict[Occurrence, str]] = field(default_factory=dict)
    confirmed: set[int] = field(default_factory=set)  # topics a qualifier decided for
    teams: set[int] = field(default_factory=set)  # place pattern ids read as a team's name

    def lose(self, topic: int, occurrence: Occurrence, reason: str) -> None:
        """`topic` does not count `occurrence`."""
        self.lost.setdefault(topic, {})[occurrence] = reason


def prior_of(kind: str, population: int, *, capital: bool = False) -> float:
    """How prominent a place is when nothing else decides between namesakes: a capital
    comes after countries and regions but before subdivisions and other cities."""
    return CAPITAL_PRIOR if capital else KIND_PRIORS.get(kind, float(population))


class SenseResolver:
    """Decides the sense of alias mentions for one `RuleSet`.

    Parameters:
        aliases: pattern ids of taxonomy aliases (the only mentions that are discounted).
        themes: alias pattern ids that a theme topic claims (for club names like "the Comets").
        sports: alias pattern ids of sport themes: a team's or a player's name is their sport.
        games: per sport below Sport (by topic), its match words; and the aliases of all of
            them (see `_sides_sport`).
        places: per alias pattern id, the places that claim it.
        metonyms: per metonym pattern id, the institutions it may stand for.
        cues: pattern ids of the words that may open a negated clause.
    """

    def __init__(
        self,
        *,
        aliases: frozenset[int],
        themes: frozenset[int],
        places: Mapping[int, Sequence[Claimant]],
        metonyms: Mapping[int, Sequence[Claimant]],
        cues: frozenset[int] = frozenset(),
        sports: frozenset[int] = frozenset(),
        games: tuple[Mapping[int, frozenset[int]], frozenset[int]] = ({}, frozenset()),
    ) -> None:
        self.aliases = aliases
        self.sports = sports
        self.games, self.sport_words = games
        self.cues = cues
        self.themes = themes
        self.places = dict(places)
        self.metonyms = dict(metonyms)
        self.regions = frozenset(  # a union's bodies speak for a capital: see `_metonymy`
            c.name for claimants in self.places.values() for c in claimants if c.kind == "region"
        )
        self.states = {  # the US states and Canada's provinces by plain name, for abbreviations
            c.name.split(" (")[0]: c
            for claimants in self.places.values()
            for c in claimants
            if c.kind == "subdivision" and c.countries in ABBREVIATED_COUNTRIES
        }
        self._name_kinds = {pid: _name_kinds(c) for pid, c in self.places.items()}
        self._qualifiers = {  # the readings of an alias that may qualify a place before it
            pid: tuple(q for q in claimants if q.kind in QUALIFIER_KINDS)
            for pid, claimants in self.places.items()
        }
        # per text, only these few pattern ids are looked at (see `_demonyms`, `_country_uses`)
        self._demonym_ids = frozenset(
            pid for pid, claimants in self.places.items() if not all(c.always for c in claimants)
        )
        self._countries = {
            pid: claimants[0]
            for pid, claimants in self.places.items()
            if len(claimants) == 1 and not claimants[0].always and claimants[0].kind == "country"
        }
        self._smaller_ids = frozenset(  # names of countries and cities only: `_smaller_places`
            pid
            for pid, claimants in self.places.items()
            if all(c.kind in SMALLER_KINDS for c in claimants)
        )
        self._nations = frozenset(  # names of countries and their nations: a national side
            pid
            for pid, claimants in self.places.items()
            if all(
                c.kind == "country" or (c.kind == "subdivision" and c.countries == NATIONS_OF)
                for c in claimants
            )
        )
        self._country_ids = frozenset(  # names of countries only: their seats and vessels
            pid
            for pid, claimants in self.places.items()
            if all(c.kind == "country" for c in claimants)
        )
        self._town_names = frozenset(  # the names of cities with a smaller namesake
            pid for pid, claimants in self.places.items() if any(c.towns for c in claimants)
        )
        self._shared_countries = {  # a country's name a place elsewhere shares (see `_owners`)
            pid: countries[0]
            for pid, claimants in self.places.items()
            if len(claimants) > 1
            and len(countries := [c for c in claimants if c.kind == "country"]) == 1
        }

    def resolve(
        self, fields: Sequence[FoldedText], found: dict[int, list[Occurrence]]
    ) -> Resolution:
        """Discount mentions (removed from `found` in place) and split namesakes."""
        result = Resolution()
        mentions = [pid for pid in found if pid in self.aliases]
        if not mentions:
            return result
        self._discount(fields, found, mentions, result)
        if self.metonyms:
            self._metonymy(fields, found, result)
        licensed = self._demonyms(fields, found, result)
        self._country_uses(fields, found, result)
        self._namesakes(fields, found, result, licensed)
        if result.teams and self.games and self.sport_words.isdisjoint(found):
            self._sides_sport(fields, found, result)
        return result

    def _sides_sport(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
    ) -> None:
        """Places read as the sides of a match ("Swansea beat Cardiff") name no sport; it is
        the one whose match words the text uses, two of them at least ("scored twice ... in
        the Welsh derby"), when no sport is named by its own words ("six wickets", "a
        scrum"), which name it and decide for it. Only one sport may have them, and no word
        of another may stand beside them: "scored five tries", "14 rebounds", a handball or
        volleyball "derby" (sports the taxonomy does not list, `OTHER_GAMES`) say nothing."""
        present = found.keys()
        qualified = [topic for topic, words in self.games.items() if len(words & present) >= 2]
        if len(qualified) != 1:
            return
        topic = qualified[0]
        own = self.games[topic]
        if any((words - own) & present for other, words in self.games.items() if other != topic):
            return
        if not any(OTHER_GAMES.search(field.text) for field in fields):
            result.confirmed.add(topic)

    def _discount(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[int],
        result: Resolution,
    ) -> None:
        cued = {o[0] for pid in found if pid in self.cues for o in found[pid]}
        themes = [pid for pid in mentions if pid in self.themes]
        theme_spans = {o for pid in themes for o in found[pid]} if themes else set()
        sport_spans = {o for pid in themes if pid in self.sports for o in found[pid]}
        bodies = {  # institutions, groups and people: no place's or theme's reading
            o
            for pid in mentions
            if pid not in self.places and pid not in self.themes
            for o in found[pid]
        }
        countries = {o for pid in self._country_ids.intersection(mentions) for o in found[pid]}
        # a country's seat named by its quarter ("Parliament Hill") reads as an institution's
        bodies |= {o for o in countries if _quarter_name(fields[o[0]].text[o[1] : o[2]])}
        reader = MentionReader(fields, cued, games=sport_spans)
        reasons: dict[Occurrence, str | None] = {}
        spans = sorted({o for pid in mentions for o in found[pid]})
        # the body first: names it shows in full are known when the headline is read
        ordered = [o for o in spans if o[0] == 1] + [o for o in spans if o[0] != 1]
        for occurrence in ordered:
            index, start, end = occurrence
            reasons[occurrence] = reader.reason(
                index,
                start,
                end,
                theme=occurrence in theme_spans,
                sport=occurrence in sport_spans,
                body=occurrence in bodies,
                country=occurrence in countries,
            )
        self._proper_names(fields, found, mentions, reasons)
        self._smaller_places(fields, found, mentions, reasons)
        self._car_models(fields, found, mentions, reasons)
        self._addresses(fields, found, bodies, reasons)
        self._towns_named_like_bodies(fields, found, bodies, reasons)
        _one_sense_per_text(fields, reasons, sport_spans)
        _headline_openers(fields, reasons, theme_spans)
        self._attributive_places(fields, mentions, found, reasons)
        self._headline_denied(themes, found, reasons)
        _headline_in_longer_name(
            fields, [pid for pid in mentions if pid in self.places], found, reasons
        )
        for pid in self._nations.intersection(mentions):  # "India beat England": the sides
            for occurrence in found[pid]:  # name their countries, so the countries are kept
                reason = reasons[occurrence]
                if reason is not None and reason.startswith("team"):
                    reasons[occurrence] = None
                    result.teams.add(pid)
        for pid in mentions:
            kept = [o for o in found[pid] if reasons[o] is None]
            if len(kept) == len(found[pid]):
                continue
            for occurrence in found[pid]:
                reason = reasons[occurrence]
                if reason is not None:
                    result.discounted[occurrence] = reason
                    if reason.startswith(("team", "club")) and pid in self.places:
                        result.teams.add(pid)
            if kept:
                found[pid] = kept
            else:
                del found[pid]

    @staticmethod
    def _headline_denied(
        themes: list[int],
        found: dict[int, list[Occurrence]],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """A theme's word the headline uses and the body uses only to deny it ("Measles
        scare": "the boy did not have measles after all") names what the story rules out:
        the headline's mention is discounted with the body's."""
        for pid in themes:
            body = [o for o in found[pid] if o[0] == 1]
            if not body or not all((reasons[o] or "").startswith("negated") for o in body):
                continue
            for occurrence in found[pid]:
                if occurrence[0] == 0 and reasons[occurrence] is None:
                    reasons[occurrence] = "negated: the body denies it"

    def _attributive_places(
        self,
        fields: Sequence[FoldedText],
        mentions: list[int],
        found: dict[int, list[Occurrence]],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """A place's name that says where a noun is from ("charges against the Berlin
        shopkeeper") is not what is denied: its negation is lifted. Groups keep it ("no role
        of the Hamas leadership"), and so do demonyms ("not by an Israeli strike")."""
        if not any(r and r.startswith("negated") for r in reasons.values()):
            return  # most texts: nothing denied
        for pid in mentions:
            names = {c.name.split(" (")[0].casefold() for c in self.places.get(pid, ())}
            for occurrence in found[pid] if names else ():
                reason = reasons[occurrence]
                if not (reason and reason.startswith("negated")):
                    continue
                index, start, end = occurrence
                named = fields[index].text[start:end] in names  # not "an Israeli strike"
                if named and attributive(fields, occurrence):
                    reasons[occurrence] = None

    def _smaller_places(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[int],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """A country's or a city's name that heads a smaller place's ("Lebanon County",
        "Cuba Street") names that place (see `smaller_place`). A subdivision's keeps it
        before an area's word, "Kent County Council" is Kent's, but not before a street's:
        "Pennsylvania Avenue" is a street. A county after a city's name is the city's own
        ("Los Angeles County", "Nairobi County") unless the text names a US state the city
        is not in ("Paris Township trustees in Ohio")."""
        for pid in self.places.keys() & mentions:
            claimants = self.places[pid]
            if pid not in self._smaller_ids:
                divisions = False
            else:
                divisions = all(c.kind == "country" for c in claimants) or bool(
                    self._us_states(found) - {h for c in claimants for h in c.homes}
                )
            _read_unread(fields, found[pid], reasons, partial(smaller_place, divisions=divisions))

    def _car_models(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[int],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """A place's name after a carmaker's is its model ("the Hyundai Santa Fe"; see
        `car_model`); a country's is the maker's arm there ("Nissan Mexico")."""
        for pid in self.places.keys() & set(mentions):
            if not any(c.kind == "country" for c in self.places[pid]):
                _read_unread(fields, found[pid], reasons, car_model)

    def _addresses(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        bodies: set[Occurrence],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """A seat's quarter followed by ", City" is a quarter of that city, as "City, State"
        is a city of the state ("Capitol Hill, Seattle"), and so is one in a field whose
        dateline names a city ("Seattle: a bakery opened on Capitol Hill"; see `_dateline`);
        not where the city is a capital,
        which may be the seat's own ("Capitol Hill, Washington"), nor where the city's name
        runs on into its clause, a name or a noun's qualifier ("On Capitol Hill, Houston
        congressman Al Green filed…", "…, Austin said")."""
        quarters = [o for o in bodies if reasons[o] is None and o[0] != 2]
        quarters = [o for o in quarters if _quarter_name(fields[o[0]].text[o[1] : o[2]])]
        if not quarters:
            return
        cities = {
            (o[0], o[1]): (o[2], claimants)
            for pid, claimants in self.places.items()
            if pid in found and any(c.kind == "city" for c in claimants)
            for o in found[pid]
        }
        for index, start, end in quarters:
            folded = fields[index]
            begin, finish = folded.span(start, end)
            dateline = _dateline(fields, index, cities)
            if dateline:
                reasons[(index, start, end)] = f"place: in {dateline!r}, the dateline's town"
                continue
            if not folded.source.startswith(", ", finish):
                continue
            at = len(folded.text) - len(folded.text[end:].lstrip())
            stop, city = cities.get((index, at), (at, ()))
            ended = folded.span(at, stop)[1]
            closed = ADDRESS_END.match(folded.source, ended)
            if city and closed and not any(c.capital for c in city):
                named = folded.source[begin:ended]
                reasons[(index, start, end)] = f"place: {named!r}"

    def _towns_named_like_bodies(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        bodies: set[Occurrence],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """An institution's name followed by ", State" where the clause ends is a town of
        that state or province, as a dateline or an address writes it ("Whitehall, Ohio:
        the city council...", "Langley, British Columbia."); a list goes on after it
        ("Congress, Texas and Florida") and a state's own word may follow ("Texas
        officials"). A seat's quarter is left to `_addresses` ("Capitol Hill, Washington")."""
        unread = [o for o in bodies if reasons[o] is None and o[0] != 2]
        unread = [o for o in unread if not _quarter_name(fields[o[0]].text[o[1] : o[2]])]
        if not unread:
            return
        states = {
            (o[0], o[1]): o[2]
            for pid, claimants in self.places.items()
            if pid in found and any(c.kind == "subdivision" for c in claimants)
            for o in found[pid]
        }
        for index, start, end in unread:
            folded = fields[index]
            begin, finish = folded.span(start, end)
            if not folded.source.startswith(", ", finish):
                continue
            at = len(folded.text) - len(folded.text[end:].lstrip())
            stop = states.get((index, at))
            ended = folded.span(at, stop)[1] if stop is not None else None
            if ended is not None and _clause_ends(folded.source, ended):
                reasons[(index, start, end)] = f"place: {folded.source[begin:ended]!r}"

    def _us_states(self, found: dict[int, list[Occurrence]]) -> set[str]:
        """The US states a text names (by any of their names)."""
        return {
            c.name
            for pid in found
            for c in self.places.get(pid, ())
            if c.kind == "subdivision" and c.countries == US
        }

    def _proper_names(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[int],
        reasons: dict[Occurrence, str | None],
    ) -> None:
        """Senses rules 6 and 7: a place's name that no other rule read may be written in
        lower case ("won the derby"), or a city's, a subdivision's or, on firmer evidence, a
        country's may be half of a person's name ("Kingston Rossdale", "Ireland Baldwin, the
        model"; regions are left out, and countries need more, as their names head
        companies': "China Evergrande")."""
        edges: dict[int, set[int]] = {}

        def taken(index: int) -> Callable[[int], bool]:
            def at(offset: int) -> bool:
                if not edges:  # built once per text, and only for a candidate name
                    edges.update(_match_edges(fields, found))
                return offset in edges.get(index, ())

            return at

        for pid in mentions:
            kinds = self._name_kinds.get(pid)
            if kinds is None:
                continue
            named, country, town = kinds
            for occurrence in found[pid]:
                index, start, end = occurrence
                if reasons[occurrence] is not None or index == 2:
                    continue
                folded = fields[index]
                span = folded.span(start, end)
                reason = lowercase_name(folded, span, town=town)
                if reason is None and (named or country):
                    reason = name_beside_place(
                        folded, span, taken=taken(index), headline=index == 0, country=country
                    )
                if reason:
                    reasons[occurrence] = reason

    def _metonymy(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
    ) -> None:
        present = found.keys()
        for pid, institutions in self.metonyms.items():
            if pid not in found:
                continue
            if all(_local(fields[o[0]].text, o[2]) for o in found[pid]):
                del found[pid]  # the place only: no institution's rule may count it
                continue
            meant = [i for i in institutions if i.context & present]
            if not meant:
                meant = self._acting_seat(fields, found, pid, institutions)
                result.confirmed.update(i.topic for i in meant)
            if not meant:
                continue
            institution = meant[0]
            spans = set(found[pid])
            for other in [p for p in found if p != pid and p in self.aliases]:
                kept = [o for o in found[other] if o not in spans]
                for occurrence in set(found[other]) - set(kept):
                    result.discounted[occurrence] = f"stands for {institution.name}"
                if kept:
                    found[other] = kept
                else:
                    del found[other]

    def _acting_seat(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        pid: int,
        institutions: Sequence[Claimant],
    ) -> list[Claimant]:
        """The institution a seat without its context stands for, when the seat acts as a
        government does ("Brussels has proposed"); see `_acting_institution`."""
        spans = found[pid]
        game = not self.sports.isdisjoint(found)
        if not any(_acts(fields[o[0]].text, o[1], o[2], seat=True, game=game) for o in spans):
            return []
        capital = any(  # the seat's place reading, at the same spans
            c.capital
            for other, occurrences in found.items()
            if other in self.places and other != pid and spans[0] in occurrences
            for c in self.places[other]
        )
        actor = _acting_institution(institutions, self.regions if capital else None)
        return [actor] if actor else []

    def _demonyms(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
    ) -> set[Occurrence]:
        """An ambiguous demonym, capitalised, names a country when one of the next two
        words is one of `DEMONYM_NOUNS`: its only country is confirmed, and the mentions
        that several countries claim ("Congolese") are returned for `_namesakes`."""
        licensed: set[Occurrence] = set()
        for pid in self._demonym_ids.intersection(found):
            claimants = self.places[pid]
            for index, start, end in found[pid]:
                text = fields[index].text
                if not text[start:end].endswith(DEMONYM_ENDINGS):
                    break
                begin, _ = fields[index].span(start, end)
                before = text[max(0, start - 12) : start].split()[-1:]
                if (
                    before
                    and before[0] in DEMONYM_PREFIXES
                    and _capital_prefix(fields[index].source, begin)
                ):
                    continue
                if fields[index].source[begin : begin + 1].isupper() and (
                    _DEMONYM_NEXT.intersection(text[end : end + 40].split()[:2])
                    or _language_or_pair(fields[index].source, begin, before)
                ):
                    licensed.add((index, start, end))
                    if len(claimants) == 1:
                        result.confirmed.add(claimants[0].topic)
        return licensed

    def _country_uses(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
    ) -> None:
        """A country's ambiguous name that no other place claims names the country by how
        it is used: what it owns ("Niger's junta", "Turkey's central bank"), a part of it
        ("eastern Turkey") or what its government does ("Turkey denied"). Read here, at
        the few mentions found, rather than as context phrases of every such name."""
        countries = self._countries.keys() & found.keys()
        shared = self._shared_countries.keys() & found.keys()
        if not countries and not shared:
            return  # most texts
        peers = self._country_peers(found)
        for pid in countries:
            country = self._countries[pid]
            name = country.name.casefold()
            named = [o for o in found[pid] if fields[o[0]].text[o[1] : o[2]] == name]
            if any(
                _used_as_country(fields[o[0]], o[1], o[2]) or _listed_with(fields, o, peers)
                for o in named  # not "Georgian"
            ):
                result.confirmed.add(country.topic)
        for pid in shared:
            self._owners(fields, found[pid], pid, result)
            self._listed_countries(fields, found[pid], pid, peers, result)

    def _country_peers(self, found: dict[int, list[Occurrence]]) -> list[Occurrence]:
        """The mentions of countries named unambiguously ("Egypt", "Moldova")."""
        return [
            o
            for pid in found
            if (claimants := self.places.get(pid))
            and len(claimants) == 1
            and claimants[0].always
            and claimants[0].kind == "country"
            for o in found[pid]
        ]

    def _listed_countries(
        self,
        fields: Sequence[FoldedText],
        occurrences: list[Occurrence],
        pid: int,
        peers: list[Occurrence],
        result: Resolution,
    ) -> None:
        """A name a country shares with a place elsewhere is the country where it stands in
        a list beside another country ("Ukraine, Georgia and Moldova"): a list names peers
        (and "Texas, Georgia and Arizona" the state, by its peers' context)."""
        country = self._shared_countries[pid]
        for occurrence in occurrences:
            if _listed_with(fields, occurrence, peers):
                self._decide(occurrence, self.places[pid], (country, country), result)

    def _owners(
        self,
        fields: Sequence[FoldedText],
        occurrences: list[Occurrence],
        pid: int,
        result: Resolution,
    ) -> None:
        """A name a country shares with a place elsewhere is the country where it owns what
        only a nation has ("Georgia's ruling party", "Georgia's prime minister"), and a
        state where it owns what only a state has ("Georgia's governor"); not where it owns
        what both have (an economy, a capital, voters)."""
        for occurrence in occurrences:
            index, start, end = occurrence
            begin, finish = fields[index].span(start, end)
            owned = OWNED_WORDS.match(fields[index].source, finish)
            if owned is None or not fields[index].source[begin : begin + 1].isupper():
                continue
            first, second = owned.group(1).casefold(), (owned.group(2) or "").casefold()
            kind = next((k for k, own in OWNED_BY if {first, f"{first} {second}"} & own), "")
            owner = next((c for c in self.places[pid] if c.kind == kind), None)
            if owner is not None:
                self._decide(occurrence, self.places[pid], (owner, owner), result)

    def _namesakes(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        result: Resolution,
        licensed: set[Occurrence],
    ) -> None:
        mentions = sorted((o, pid) for pid in found if pid in self.places for o in found[pid])
        if not mentions:
            return
        decided = self._qualified(fields, found, mentions, result)
        decided |= self._states_after_towns(fields, found, mentions, decided, result)
        present: set[str] | None = None
        named = self._named_places(fields, found, mentions)
        game = not self.sports.isdisjoint(found)
        for occurrence, pid in self._most_prominent_first(mentions):
            claimants = self.places[pid]
            town = (
                _town_in(claimants, occurrence, named, fields)
                if named and occurrence not in decided
                else None
            )
            if town:
                for claimant in claimants:
                    result.lose(claimant.topic, occurrence, f"a place in {town}")
                continue
            if len(claimants) < 2 or occurrence in decided:
                continue
            if present is None:
                present = self._present(found, result.teams)
            known = present
            support = {  # another place in the text lies in it, or beside it
                c.topic: 2 * (c.name in known) + len(c.homes & known) for c in claimants
            }
            index, start, end = occurrence
            speaks = _acts(fields[index].text, start, end, seat=True, game=game)
            eligible = [
                c
                for c in claimants
                if c.always
                or c.context & found.keys()
                or support[c.topic]
                or (speaks and c.capital)
                or occurrence in licensed
            ]
            eligible = eligible or _default_reading(fields[index], occurrence, claimants)
            if not eligible:
                continue
            winner = max(eligible, key=lambda c: (support[c.topic], c.prior))
            if speaks and any(c.capital for c in eligible):
                winner = max((c for c in eligible if c.capital), key=lambda c: c.prior)
            if not (winner.always or winner.context & found.keys()):
                result.confirmed.add(winner.topic)  # licensed by the places around it
            for claimant in claimants:
                if claimant is not winner:
                    result.lose(claimant.topic, occurrence, f"read as {winner.name}")
            known.update((winner.name, *winner.lineage))  # it places the namesakes after it

    def _most_prominent_first(
        self, mentions: list[tuple[Occurrence, int]]
    ) -> list[tuple[Occurrence, int]]:
        """The mentions by the prominence of their most prominent reading, so that a name
        read first places the lesser namesakes after it: "Richmond and Vancouver" puts
        Vancouver in Canada before Richmond is read, and Richmond with it."""
        return sorted(mentions, key=lambda m: -max(c.prior for c in self.places[m[1]]))

    def _qualified(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[tuple[Occurrence, int]],
        result: Resolution,
    ) -> set[Occurrence]:
        """Rule 4: the mentions a following ", Subdivision" or ", Country" decided (both),
        those a US state's abbreviation follows ("Athens, Ga.", "Athens, GA"), those a
        British county follows (a town there: "Boston, Lincolnshire"), and the same
        name written bare elsewhere in the text (a headline's "Perth" over the body's
        "Perth, Scotland"), when the text qualifies it one way only."""
        decided: set[Occurrence] = set()
        senses: dict[int, set[tuple[Claimant | None, Claimant]]] = defaultdict(set)
        for at, ((first, pid), (second, qualifier)) in enumerate(pairwise(mentions)):
            if self._qualifiers[qualifier] and _qualifies(
                fields, first, second, mentions[at + 2 : at + 3]
            ):
                named, pair = pid, self._qualify((first, pid), (second, qualifier), result)
            elif self._qualifiers[pid] and _town_of(fields, first, second):  # "the Texas city of"
                named, pair = qualifier, self._qualify((second, qualifier), (first, pid), result)
            else:
                continue
            if pair:
                decided.update((first, second))
                senses[named].add(pair)
        for first, pid in mentions:
            state = self._abbreviated(fields[first[0]], first)
            chosen = _qualified_pair(self.places[pid], [state]) if state else None
            if chosen is not None and first not in decided:
                self._decide(first, self.places[pid], chosen, result)
                decided.add(first)
                senses[pid].add(chosen)
        decided |= self._counties(fields, mentions, decided, result)
        for first, pid in mentions:
            if first not in decided and len(senses.get(pid, ())) == 1:
                self._decide(first, self.places[pid], next(iter(senses[pid])), result)
                decided.add(first)
        return decided

    def _states_after_towns(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[tuple[Occurrence, int]],
        decided: set[Occurrence],
        result: Resolution,
    ) -> set[Occurrence]:
        """The mentions read as the subdivision they name after a town the taxonomy does not
        have ("Valdosta, Georgia, will host the fair"; see `_state_after_town`)."""
        read = set()
        for occurrence, pid in mentions:
            claimants = self.places[pid]
            if occurrence in decided or len(claimants) < 2:
                continue
            state = _state_after_town(fields, found, occurrence, claimants)
            if state is not None:
                self._decide(occurrence, claimants, (state, state), result)
                read.add(occurrence)
        return read

    def _qualify(
        self, place: tuple[Occurrence, int], qualifier: tuple[Occurrence, int], result: Resolution
    ) -> tuple[Claimant | None, Claimant] | None:
        """Read the place's mention as the namesake its qualifier picks, and the qualifier as
        that subdivision or country; that reading, when the pair is a qualified place."""
        (first, pid), (second, named) = place, qualifier
        regions = self._qualifiers[named]
        chosen = _qualified_pair(self.places[pid], regions) if regions else None
        if chosen is None:
            return None
        self._decide(first, self.places[pid], chosen, result)
        for claimant in self.places[named]:
            if claimant is not chosen[1]:
                result.lose(claimant.topic, second, f"read as {chosen[1].name}")
        return chosen

    @staticmethod
    def _decide(
        first: Occurrence,
        claimants: Sequence[Claimant],
        chosen: tuple[Claimant | None, Claimant],
        result: Resolution,
    ) -> None:
        """A decided mention (qualified, after a town, owning, listed) is the chosen namesake
        (or a place in the region) only."""
        place, region = chosen
        for claimant in claimants:
            if claimant is not place:
                reason = f"read as {place.name}" if place else f"a place in {region.name}"
                result.lose(claimant.topic, first, reason)
        result.confirmed.add(region.topic)
        if place:
            result.confirmed.add(place.topic)

    def _counties(
        self,
        fields: Sequence[FoldedText],
        mentions: list[tuple[Occurrence, int]],
        decided: set[Occurrence],
        result: Resolution,
    ) -> set[Occurrence]:
        """The mentions a British county follows (see `_county_after`), read as its
        British namesake ("Portsmouth, Hampshire") or as a town of the county, no namesake
        elsewhere ("Boston, Lincolnshire")."""
        read = set()
        for first, pid in mentions:
            county = None if first in decided else self._county_after(fields[first[0]], first)
            if not county:
                continue
            claimants = self.places[pid]
            british = [c for c in claimants if c.countries >= NATIONS_OF]
            if british:
                self._decide(first, claimants, (british[0], british[0]), result)
            else:
                for claimant in claimants:
                    result.lose(claimant.topic, first, f"a place in {county}")
            read.add(first)
        return read

    @staticmethod
    def _county_after(folded: FoldedText, occurrence: Occurrence) -> str | None:
        """The British county that follows the mention after a comma and ends its phrase
        ("Boston, Lincolnshire"): the mention is then a town of that county, its British
        namesake if it has one ("Portsmouth, Hampshire"), and none elsewhere."""
        found = _after_comma(folded, occurrence, COUNTY_AFTER)
        return found.group(1) if found else None

    def _abbreviated(self, folded: FoldedText, occurrence: Occurrence) -> Claimant | None:
        """The US state or Canadian province whose abbreviation follows the mention after a
        comma, if any."""
        found = _after_comma(folded, occurrence, STATE_ABBREVIATION)
        if found is None:
            return None
        written = found.group(1)
        name = AP_STATES.get(written) or CP_PROVINCES.get(written) or US_STATES.get(written, "")
        return self.states.get(name)

    def _named_places(
        self,
        fields: Sequence[FoldedText],
        found: dict[int, list[Occurrence]],
        mentions: list[tuple[Occurrence, int]],
    ) -> dict[str, list[Occurrence]]:
        """The places the text names without a namesake (not what lies above them), with
        where, other than as where a person or a thing is from ("a Texas man was arrested
        in Portland", "migrants from Texas arrived in Portland"); read only when a city
        named has a smaller namesake (see `_town_in`)."""
        if self._town_names.isdisjoint(pid for _, pid in mentions):
            return {}
        named: dict[str, list[Occurrence]] = {}
        for pid in found:
            claimants = self.places.get(pid, ())
            if len(claimants) == 1:
                where = [o for o in found[pid] if not _from_place(fields, o)]
                if where:
                    named.setdefault(claimants[0].name, []).extend(where)
        return named

    def _present(self, found: dict[int, list[Occurrence]], teams: Collection[int]) -> set[str]:
        """The places named without a namesake, and everything above them; and above the
        places that name `teams`, as a team's home says in which country the game is
        ("Georgia beat Alabama in Athens": Alabama's team puts Athens in the United States)."""
        present: set[str] = set()
        for pid in found:
            claimants = self.places.get(pid, ())
            if len(claimants) == 1:
                present.add(claimants[0].name)
                present.update(claimants[0].lineage)
        for pid in teams:
            if len(self.places[pid]) == 1:
                present.update(self.places[pid][0].lineage)
        return present


def _default_reading(
    folded: FoldedText, occurrence: Occurrence, claimants: Sequence[Claimant]
) -> list[Claimant]:
    """The reading a mention nothing decides takes: the one inside the others (`_nested`:
    "a New York flat" is the city, in its state), unless the head of an organisation's name
    follows it (`ORGANISATION_HEADS`: "the New York Times", "New York Post")."""
    following = NAME_GOES_ON.match(folded.source, folded.span(occurrence[1], occurrence[2])[1])
    if following is not None and following.group(1).casefold() in ORGANISATION_HEADS:
        return []
    return _nested(claimants)


def _nested(claimants: Sequence[Claimant]) -> list[Claimant]:
    """The reading that lies in every other ("New York": the city, in the state), which
    a reader takes when nothing decides, as it names them all; or none."""
    return [
        inner
        for inner in claimants
        if all(other is inner or other.name in inner.lineage for other in claimants)
    ][:1]


def _town_in(
    claimants: Sequence[Claimant],
    occurrence: Occurrence,
    named: dict[str, list[Occurrence]],
    fields: Sequence[FoldedText],
) -> str | None:
    """Rule 5: the subdivision named in the city's own sentence where a smaller town shares
    the city's name, when the text names none of the subdivisions the city and its
    namesakes lie in ("Portland" beside "Maine", not Oregon), nor the country of a namesake
    elsewhere, by its name or demonym ("Greek shipowners in Athens"). Only a subdivision of
    the city's own country is read so ("Texas tourists in Paris" are in France), and never
    beside a capital, which the news names far more than any town."""
    if any(c.capital or (c.homes - c.countries) & named.keys() for c in claimants):
        return None
    for town in sorted(t for c in claimants for t in c.towns & named.keys()):
        home = next(c.countries for c in claimants if town in c.towns)
        if any((c.countries - home) & named.keys() for c in claimants):
            return None
        if any(_same_sentence(fields, occurrence, o) for o in named[town]):
            return town
    return None


def _same_sentence(fields: Sequence[FoldedText], one: Occurrence, other: Occurrence) -> bool:
    """Whether two mentions stand in one sentence of one field."""
    if one[0] != other[0]:
        return False
    source = fields[one[0]].source
    first, second = sorted((fields[one[0]].span(*one[1:]), fields[one[0]].span(*other[1:])))
    return not SENTENCE_BREAK.search(source, first[1], second[0])


def _from_place(fields: Sequence[FoldedText], occurrence: Occurrence) -> bool:
    """Whether a place is named as where someone or something is from: after "from" ("a
    bus from Texas") or qualifying the noun after it ("a Texas man")."""
    index, start, _ = occurrence
    return fields[index].text[:start].split()[-1:] == ["from"] or attributive(fields, occurrence)


def _name_kinds(claimants: Sequence[Claimant]) -> tuple[bool, bool, bool]:
    """Whether a place's alias may be half of a person's name (only cities and subdivisions
    claim it), whether only countries claim it (half of a name on firmer evidence), and
    whether it names a town (none of them a capital): see `_proper_names`, which reads this
    per mention."""
    named = all(c.kind in NAMED_KINDS for c in claimants)
    country = all(c.kind == "country" for c in claimants)
    return named, country, named and not any(c.capital for c in claimants)


def _after_comma(
    folded: FoldedText, occurrence: Occurrence, pattern: re.Pattern[str]
) -> re.Match[str] | None:
    """`pattern` matched right after the mention's comma (a qualifier: ", Ga.", ", Kent"),
    or None when no comma follows the mention."""
    _, finish = folded.span(occurrence[1], occurrence[2])
    if folded.source[finish : finish + 1] != ",":
        return None
    return pattern.match(folded.source, finish + 1)


def _capital_prefix(source: str, begin: int) -> bool:
    """Whether the word right before the demonym at source offset `begin` is written with a
    capital, as the first word of a compound demonym is ("North Korean", "Papua New
    Guinean", "Pan-African"), and not as an adjective before one ("a new Guinean mining
    law", "the south Sudanese border town" in a hurried caption); a text in capitals
    throughout keeps the compound."""
    word = PREFIX_BEFORE.search(source, max(0, begin - 24), begin)
    return word is None or not word.group(1)[:1].islower()


def _language_or_pair(source: str, begin: int, before: list[str]) -> bool:
    """Whether the capitalised demonym at source offset `begin` is a language after the words
    that take one ("classes in Polish") or is paired with another demonym ("Turkish and
    Polish"): read from what precedes, as nothing after it need qualify ("start next month")."""
    if before and before[0] in LANGUAGE_BEFORE:
        return True
    paired = PAIRED_DEMONYM_BEFORE.search(source, max(0, begin - 24), begin)
    word = paired.group(1).casefold() if paired else ""
    return is_demonym(word) and word not in everyday_words()  # not "Clean and Polish"


def _used_as_country(folded: FoldedText, start: int, end: int) -> bool:
    """Whether the capitalised name at folded `start:end` owns one of `DEMONYM_NOUNS`, has
    a compass word before it, is where something in `HAPPENS_IN` happens, does what a
    country does (`COUNTRY_VERBS`) or acts as a government (see `_acts`)."""
    begin = folded.span(start, end)[0]
    if not folded.source[begin : begin + 1].isupper():
        return False  # "roast turkey"
    text = folded.text
    before = text[max(0, start - 20) : start].split()
    if before and before[-1] in COMPASS_WORDS:
        return True  # "eastern Turkey"
    following = text[end : end + 40].split()[:3]
    if before[-2:-1] and before[-1] == "in" and before[-2] in HAPPENS_IN:
        after = folded.source[folded.span(start, end)[1] :].lstrip()
        if not after[:1].isupper() and following[:1] != ["s"]:
            return True  # "floods in Chad", not "a role in Chad Smith's film"
    if following[:1] == ["s"] and _DEMONYM_NEXT.intersection(following[1:]):
        return True  # "Niger's junta", "Turkey's central bank"
    verbs = [w for w in following if w not in BEFORE_VERB][:1]
    return bool(verbs and verbs[0] in COUNTRY_VERBS) or _acts(text, start, end)


def _local(text: str, end: int) -> bool:
    """Whether the seat at folded `:end` names its own town's bodies ("The Hague district
    court", "Geneva police") or hosts something ("Vienna hosted the nuclear talks"): the
    place, not the institution seated there."""
    following = text[end : end + 40].split()[:4]
    if following and following[0] in LOCAL_BODIES:
        return True
    verbs = [w for w in following if w not in BEFORE_VERB][:1]
    return bool(verbs) and verbs[0] in HOST_VERBS


def _match_edges(
    fields: Sequence[FoldedText], found: dict[int, list[Occurrence]]
) -> dict[int, set[int]]:
    """Per field, the source offsets where a match starts or ends."""
    edges: dict[int, set[int]] = defaultdict(set)
    for occurrences in found.values():
        for index, start, end in occurrences:
            edges[index].update(fields[index].span(start, end))
    return edges


def _acting_institution(
    institutions: Sequence[Claimant], regions: frozenset[str] | None
) -> Claimant | None:
    """The institution a seat stands for when it speaks or acts with no context of its own:
    the first listed that is no court. A court rules, it does not warn or reply, so a seat
    of courts alone that speaks is its host government ("The Hague said"). A national
    capital (`regions` given: the names of the regions) that acts is its own government
    ("Vienna summoned the ambassador"), unless a region's union sits there ("Brussels
    fined", the European Commission, below Europe)."""
    for institution in institutions:
        if COURTS in institution.lineage:
            continue
        if regions is None or institution.lineage & regions:
            return institution
    return None


def _acts(text: str, start: int, end: int, *, seat: bool = False, game: bool = False) -> bool:
    """Whether the place at folded `start:end` is the subject of a government verb: the
    verb follows, maybe after auxiliaries, adverbs or another subject joined by "and"
    ("Washington and Moscow agreed", "Beijing has warned"), or, for a `seat` of government,
    its bare form after a modal ("Washington will loosen"; "Jordan will sign" is as often a
    player's contract; see `_policy_object`), or a rate's verb ("Frankfurt held rates"),
    or a deadline it grants ("Brussels gave Warsaw until March", see `GRANT_VERBS`),
    or its envoys or, for a `seat`, its answer are named
    ("Washington's envoy", "Washington's reply"), and no preposition comes before the
    place ("police in Athens said" is about a place, not a government); or an envoy is
    sent to it or from it ("recalled its ambassador from Washington"), or pressure comes
    from it (see `PRESSURE_WORDS`). In a text about a
    `game` a team is named after its town, so its answer is its play ("Washington's
    response was a 75-yard drive")."""
    before = text[max(0, start - 24) : start].split()
    if _sent_between(text, before, end):
        return True
    if before and before[-1] in PLACE_PREPOSITIONS:
        return False
    if before and before[-1] in OBJECT_VERBS:
        return True
    following = text[end : end + 80].split()[:6]
    if following[:1] == ["s"] and following[1:2]:
        owned = following[1]
        if owned in ENVOY_WORDS or (seat and not game and owned in STANCE_NOUNS):
            return True
    return not _suffers(following) and _verb_follows(text, end, following, seat=seat, game=game)


def _verb_follows(text: str, end: int, following: Sequence[str], *, seat: bool, game: bool) -> bool:
    """Whether a government's verb comes in the words `following` a place at folded `:end`,
    past auxiliaries, adverbs and another subject joined by "and" (see `_acts`)."""
    joined, modal = 0, False
    for at, word in enumerate(following):
        if word in GOVERNMENT_VERBS or (seat and modal and word in BARE_VERBS):
            return True
        if seat and (
            word in RATE_VERBS
            or (modal and word in POLICY_BARE_VERBS)
            or (not game and word in GRANT_VERBS)
        ):
            return _seat_verb(text, end, following[at:])
        modal = modal or word in MODALS
        if word in JOINERS:
            joined = 2  # the other subject's name: up to two words
        elif joined:
            joined -= 1
        elif word not in BEFORE_VERB:
            return False
    return False


def _suffers(following: Sequence[str]) -> bool:
    """Whether the words after a place, past auxiliaries and adverbs, say it was hit or
    struck (`BEFALLS`): what befalls a town, not what its government does."""
    for before, word in pairwise(following):
        if word in BEFALLS:
            return before in BE_FORMS
        if before not in BEFORE_VERB:
            return False
    return False


def _sent_between(text: str, before: Sequence[str], end: int) -> bool:
    """Whether the words `before` a place at folded `:end` send an envoy to it or from it
    ("its ambassador to Washington") or bring pressure from it ("criticism from Washington
    over the law"), the place ending its phrase."""
    if not before[-2:-1]:
        return False
    if before[-2] in ENVOY_WORDS and before[-1] in ENVOY_PREPOSITIONS:
        return True
    if before[-2] in PRESSURE_WORDS and before[-1] == "from":
        following = text[end : end + 20].split()[:1]
        return not following or following[0] in PHRASE_ENDS
    return False


def _seat_verb(text: str, end: int, verb: Sequence[str]) -> bool:
    """Whether a seat at folded `:end` acts for its institution by the `verb` words that
    follow it: a rate's verb before rates ("Frankfurt held rates"), a deadline it grants
    ("Brussels gave Warsaw until March"), or one of
    `POLICY_BARE_VERBS` with a policy's object (see `_policy_object`)."""
    if verb[0] in RATE_VERBS and RATE_OBJECTS.intersection(verb[1:2]):
        return True
    if verb[0] in GRANT_VERBS:
        return not DEADLINE_WORDS.isdisjoint(verb[1:4])
    return verb[0] in POLICY_BARE_VERBS and _policy_object(text, end)


def _policy_object(text: str, end: int) -> bool:
    """Whether the words after a seat at folded `:end` give one of `POLICY_BARE_VERBS` a
    policy's object or a product (`POLICY_OBJECTS`, within eight words) and name no town's
    body or people (`TOWN_WORDS`, within about a sentence): "Brussels will adopt new
    rules", not "Brussels will open a new metro line, the regional transport company
    said"."""
    words = text[end : end + 200].split()[:25]
    return bool(POLICY_OBJECTS.intersection(words[:8])) and not TOWN_WORDS.intersection(words)


def _one_sense_per_text(
    fields: Sequence[FoldedText],
    reasons: dict[Occurrence, str | None],
    teams: Collection[Occurrence],
) -> None:
    """A name read as a person, a team or a band once is read so wherever it is written
    alike ("Michael Jordan scored 30 ... Jordan added", "Chicago in Adelaide" over "the band
    Chicago played ..."); and a headline that names a team by half
    of the name its body writes in full is read as the team ("Madrid Sign Defender" over
    "Real Madrid signed ..."). Only the headline, where names are cut short: the body's
    "US president" beside a "US Open" stays the country."""

    def written(occurrence: Occurrence) -> str:
        index, start, end = occurrence
        begin, finish = fields[index].span(start, end)
        return fields[index].source[begin:finish]

    names = {
        written(o): reason
        for o, reason in reasons.items()
        if reason and reason.startswith(("person", "team", "club", "band"))
    }
    halves: dict[str, str] = {}
    for team in (written(o) for o in teams if o[0] == 1):
        words = team.split()
        if len(words) > 1 and all(w[:1].isupper() for w in words):  # "Phoenix Suns"
            for half in (" ".join(words[:-1]), words[-1]):
                halves.setdefault(half, f"team: {team!r}")
    if not names and not halves:
        return
    for occurrence, reason in reasons.items():
        folded = fields[occurrence[0]]
        if reason is None and not (_where(folded, occurrence) or _local_match(folded, occurrence)):
            text = written(occurrence)
            earlier = names.get(text) or (halves.get(text) if occurrence[0] == 0 else None)
            if earlier is not None:
                reasons[occurrence] = f"{earlier}, elsewhere in the text"


# Games the taxonomy has no topic for, and a hockey match's own words: their reports use
# football's words ("scored", "derby", "penalty") too (`SenseResolver._sides_sport`).
OTHER_GAMES = re.compile(
    r"\b(?:handball|volleyball|water polo|netball|futsal|lacrosse|hockey|power play|"
    r"power-play|goaltender|quarterback|innings|rugby)\b"
)
# What follows a dateline's town: a colon or a dash (`_dateline`).
DATELINE_END = re.compile(r"\s*(?::|-|\u2013|\u2014)\s")
# The words of a match between a town's clubs, after the town's name (`_local_match`).
LOCAL_MATCH_WORDS = word_set("derby derbies")
# What ends "Capitol Hill, Seattle" as an address: punctuation or the end of the field.
ADDRESS_END = re.compile(r"\s*(?:[,.;:)]|$)")


def _read_unread(
    fields: Sequence[FoldedText],
    occurrences: list[Occurrence],
    reasons: dict[Occurrence, str | None],
    read: Callable[[FoldedText, int, int], str | None],
) -> None:
    """Each occurrence no reading discounted yet, outside the source's name (field 2),
    given the reason `read` finds for it, if any."""
    for occurrence in occurrences:
        index, start, end = occurrence
        if reasons[occurrence] is None and index != 2:
            reasons[occurrence] = read(fields[index], start, end)


# After "Town, State": the clause ends, or goes on after a comma with a lower-case word
# that is no list's ("Whitehall, Ohio, approved", not "Congress, Texas, and Ohio").
TOWN_CLAUSE_END = re.compile(r"\s*(?:[.;:)]|$|,\s+(?!and\b|or\b)[a-z])")


def _clause_ends(source: str, at: int) -> bool:
    """Whether a "Town, State" ends its clause at source index `at` (`TOWN_CLAUSE_END`)."""
    return TOWN_CLAUSE_END.match(source, at) is not None


def _headline_in_longer_name(
    fields: Sequence[FoldedText],
    places: list[int],
    found: dict[int, list[Occurrence]],
    reasons: dict[Occurrence, str | None],
) -> None:
    """A place the headline names alone while the body writes its name only inside a longer
    name ("Brent" over "Brent crude rose", "Paris" over "the Paris Agreement") is that
    name, shortened as headlines shorten: the headline's mention is discounted."""
    if len(fields) < 2:
        return
    longer = [
        fields[1].text[start:end]
        for spans in found.values()
        for index, start, end in spans
        if index == 1 and " " in fields[1].text[start:end]
    ]
    if not longer:
        return
    for pid in places:
        if any(o[0] != 0 for o in found[pid]):
            continue
        for occurrence in found[pid]:
            if reasons[occurrence] is not None:
                continue
            name = fields[0].text[occurrence[1] : occurrence[2]]
            within = next(
                (n for n in longer if name in n.split() or n.startswith(name + " ")), None
            )
            if within is not None:
                reasons[occurrence] = f"part of a longer name: {within!r} in the body"


def _quarter_name(mention: str) -> bool:
    """Whether a folded name of two words or more ends as a quarter's ("capitol hill")."""
    return " " in mention and mention[mention.rfind(" ") + 1 :] in LOCALITY_HEADS


def _where(folded: FoldedText, occurrence: Occurrence) -> bool:
    """Whether a mention says where something is: after a locative word or a phrase naming
    part of a town (`PLACE_PHRASE_BEFORE`) and before no capitalised word ("a bar in
    Austin", "the streets of Austin", not "a film with Austin Butler")."""
    _, start, end = occurrence
    before = folded.text[max(0, start - 24) : start]
    words = before.split()
    if not words or (words[-1] not in LOCATIVES and not PLACE_PHRASE_BEFORE.search(before)):
        return False
    source, finish = folded.source, folded.span(start, end)[1]
    return not (source[finish : finish + 1] == " " and source[finish + 1 : finish + 2].isupper())


def _dateline(
    fields: Sequence[FoldedText],
    index: int,
    cities: Mapping[tuple[int, int], tuple[int, Sequence[Claimant]]],
) -> str | None:
    """The town a field opens with as its dateline, followed by a colon or a dash ("Seattle:
    ...", "CAMBRIDGE - ..."), when it is a city and no capital: a local story, whose quarters
    are the town's. A capital's dateline may be its seat's ("WASHINGTON - ... on Capitol
    Hill")."""
    folded = fields[index]
    at = len(folded.text) - len(folded.text.lstrip())
    stop, claimants = cities.get((index, at), (at, ()))
    if not claimants or any(c.capital for c in claimants):
        return None
    begin, finish = folded.span(at, stop)
    return folded.source[begin:finish] if DATELINE_END.match(folded.source, finish) else None


def _local_match(folded: FoldedText, occurrence: Occurrence) -> bool:
    """Whether a mention names the town of a local match: its clubs' derby ("the Belgrade
    derby" after "Red Star Belgrade beat Partizan" is played in the city), so a club's
    name elsewhere does not make it the club's."""
    return next_word(folded.text, occurrence[2])[0] in LOCAL_MATCH_WORDS


def _headline_openers(
    fields: Sequence[FoldedText],
    reasons: dict[Occurrence, str | None],
    themes: Collection[Occurrence],
) -> None:
    """A headline's first word, capitalised only because it opens a headline in sentence
    case, is read as the body writes the word: "Derby win" over "won the Belgrade derby" is
    the match, and "Turkey prices" over "a Christmas turkey" the bird, as the body writes
    it in lower case only; a headline in title case or capitals capitalises every word, and
    a name the body capitalises stays a name. Not a word of a theme (`themes`), which lower
    case names as well as capitals ("Lira" over "the Turkish lira")."""
    headline = fields[0].source if len(fields) > 1 else ""
    if not headline or is_title_case(headline) or headline.isupper():
        return
    for occurrence, reason in reasons.items():
        index, start, end = occurrence
        if index or reason is not None or occurrence in themes:
            continue
        if headline[: fields[0].span(start, end)[0]].strip():
            continue  # not the headline's first word
        word = fields[0].text[start:end]
        if _written_lower_only(fields[1], word):
            reasons[occurrence] = f"lower case in the body: {word!r}"


def _written_lower_only(folded: FoldedText, word: str) -> bool:
    """Whether a field writes the folded `word` and writes it in lower case every time."""
    spans = [m.span() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", folded.text)]
    return bool(spans) and all(
        folded.source[slice(*folded.span(*span))].islower() for span in spans
    )


def _qualifies(
    fields: Sequence[FoldedText],
    first: Occurrence,
    second: Occurrence,
    after: Sequence[tuple[Occurrence, int]],
) -> bool:
    """Whether `second` follows `first` as ", Qualifier" and ends no list of places
    ("France, Germany and Italy", "Lagos, Ghana, Nairobi", "Moldova, Georgia and others");
    a clause may follow the "and" ("Melbourne, Florida, and watched the launches" is
    qualified)."""
    if first[0] != second[0] or not 0 < second[1] - first[2] <= 3:
        return False
    folded = fields[first[0]]
    begin, finish = folded.span(second[1], second[2])
    if "," not in folded.source[folded.span(first[1], first[2])[1] : begin]:
        return False
    listed = _LIST_GOES_ON.match(folded.source, finish)
    if listed and _continues_list(folded.source, listed.end()):
        return False
    following = after[0][0] if after and after[0][0][0] == second[0] else None
    return following is None or not 0 < following[1] - second[2] <= 3


def _listed_with(
    fields: Sequence[FoldedText], occurrence: Occurrence, peers: list[Occurrence]
) -> bool:
    """Whether the capitalised name at `occurrence` stands in a list right beside one of
    `peers`: only a comma, "and" or "or" between them ("Jordan and Egypt", "Mexico,
    Georgia, Japan"), not "Michael Jordan and Scottie Pippen"."""
    index, start, end = occurrence
    folded = fields[index]
    begin = folded.span(start, end)[0]
    if not folded.source[begin : begin + 1].isupper():
        return False
    text = folded.text
    for peer_index, peer_start, peer_end in peers:
        if peer_index != index:
            continue
        gap = text[peer_end:start] if peer_end <= start else text[end:peer_start]
        if LIST_GAP.fullmatch(gap):
            return True
    return False


def _state_after_town(
    fields: Sequence[FoldedText],
    found: Mapping[int, list[Occurrence]],
    occurrence: Occurrence,
    claimants: Sequence[Claimant],
) -> Claimant | None:
    """The one subdivision among a name's claimants when the name qualifies a town the
    taxonomy does not have, as "City, State" is written: after a comma and a capitalised
    word that names no topic and is no everyday word, and before a comma or the end of a
    sentence that goes on no list, in a text with no claimant's context ("Valdosta,
    Georgia," is the US state, "Ithaca, New York," the state, not the city; not
    "Meanwhile, Georgia," nor "Moldova, Georgia and others")."""
    subdivisions = [c for c in claimants if c.kind == "subdivision"]
    if len(subdivisions) != 1 or any(c.context & found.keys() for c in claimants):
        return None  # "Gori, Georgia, an hour from Tbilisi": the country's own context
    index, start, end = occurrence
    folded = fields[index]
    begin, finish = folded.span(start, end)
    town = TOWN_BEFORE.search(folded.source, 0, begin)
    if town is None or town.group(1).casefold() in everyday_words():
        return None
    if folded.source[finish : finish + 1] not in ("", ",", ".", ";", ")"):
        return None
    listed = _LIST_GOES_ON.match(folded.source, finish)
    if listed and _continues_list(folded.source, listed.end()):
        return None
    before = folded.text[:start].rstrip()
    if any(o[0] == index and o[2] == len(before) for hits in found.values() for o in hits):
        return None  # the word before names a topic: a qualified place or a list
    return subdivisions[0]


def _continues_list(source: str, at: int) -> bool:
    """Whether the words after a list's "and" at `at` go on naming places: a name ("and
    Italy"), more of them ("and the Baltic states", "and others", "and elsewhere"), rather
    than a clause after a qualified place ("and watched the launches")."""
    word = _WORD.match(source, at)
    if word is None:
        return True
    return word.group()[0].isupper() or word.group().lower() in LIST_WORDS


def _town_of(fields: Sequence[FoldedText], first: Occurrence, second: Occurrence) -> bool:
    """Whether `first` names the subdivision or country of the place `second` names, as in
    "the Texas city of Paris" or "the Ohio town of Lebanon"."""
    if first[0] != second[0]:
        return False
    return bool(TOWN_OF.fullmatch(fields[first[0]].text, first[2], second[1]))


def _subdivided(claimant: Claimant) -> bool:
    """The place lies in a subdivision the taxonomy has (not only in a country)."""
    return bool(claimant.homes - claimant.countries)


def _qualified_pair(
    claimants: Sequence[Claimant], regions: Sequence[Claimant]
) -> tuple[Claimant | None, Claimant] | None:
    """The namesake a qualifier picks and the qualifier's reading; no namesake when the
    place is one the taxonomy does not have ("Lebanon, Ohio", "Toledo, Spain": the
    qualifier stands); None when the pair is no qualified place at all."""
    pairs = [(c, q) for c in claimants for q in regions if q.name in c.lineage]
    pairs = pairs or [  # "Sydney, Nova Scotia": the namesake placed only in that country
        (c, q)
        for c in claimants
        for q in regions
        if q.kind == "subdivision"
        and c.kind == "city"
        and c.countries & q.countries
        and not _subdivided(c)
    ]
    if pairs:
        return pairs[0]
    # "City, State" is the usual form: a subdivision reading comes before a country's.
    for region in sorted(regions, key=lambda q: q.kind != "subdivision"):
        if all(_elsewhere(c, region) for c in claimants):
            return None, region
    return None


def _elsewhere(claimant: Claimant, region: Claimant) -> bool:
    """The claimant cannot be the place qualified by `region`: it lies in another country,
    or in another subdivision of it ("Portland, Maine" is not Portland in Oregon). A
    country is a namesake only of a place in a subdivision ("Lebanon, Ohio"): two
    countries or subdivisions make a list ("France, Germany"), unless a subdivision abroad
    is followed by a US state, whose towns are named after regions ("Andalusia, Alabama")."""
    if claimant.kind == "subdivision":
        return region.countries == US and not claimant.countries & region.countries
    if region.name in claimant.lineage:
        return False
    if claimant.kind == "country" and region.kind != "subdivision":
        return False
    if not claimant.countries & region.countries:
        return True
    return region.kind == "subdivision" and _subdivided(claimant)


def place_claimants(claims: Mapping[int, list[Claimant]]) -> dict[int, tuple[Claimant, ...]]:
    """Only the alias pattern ids that some place claims, each with its place claimants."""
    places: dict[int, tuple[Claimant, ...]] = {}
    for pid, claimants in claims.items():
        chosen = tuple(c for c in claimants if c.kind in PLACE_KINDS)
        if chosen:
            places[pid] = chosen
    return places


def group_claims(pairs: Sequence[tuple[int, Claimant]]) -> dict[int, list[Claimant]]:
    """Claimants by pattern id."""
    claims: dict[int, list[Claimant]] = defaultdict(list)
    for pid, claimant in pairs:
        claims[pid].append(claimant)
    return claims
